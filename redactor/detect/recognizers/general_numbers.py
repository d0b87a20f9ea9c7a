"""Recognizer `general_numbers`: landlines that are an organisation's general number, known
only from their context once the persons are found."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
from ..resources import words_regex
from ..validators import normalise_phone
from .patterns import _alts


def _before(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] without a word cut in half at its start."""
    if lo > 0 and text[lo - 1].isalnum():
        while lo < hi and text[lo].isalnum():
            lo += 1
    return text[lo:hi]


@recognizer("general_numbers")
class GeneralNumbers(Recognizer):
    """Tells an organisation's general (switchboard) landline numbers from direct lines, after
    the persons are known (runs late; changes PHONE findings in place, adds none).

    A landline is general when
    * its line holds the organisation's address, Postbus, website or a functional mailbox
      (letterhead, footer: "Postbus 1 · 1000 AA Stad · 020 123 4567") and no person;
    * its sentence offers a functional mailbox and names no person ("mail info@… of bel …");
    * the organisation's name or service stands right before it on its line ("Informatie
      Rijksoverheid (…)", "Gemeente X: …") and no person in between;
    * opening hours follow it ("(op werkdagen van 8.30 tot 17.00 uur)");
    * the same line is printed in the margin (first/last lines) of two or more pages;
    * the same number is general elsewhere in the document (a letterhead number mentioned next
      to a civil servant's name is still the switchboard).
    A personal context word right before it ("rechtstreeks", "mobiel", "direct") keeps it personal."""

    stage = 5

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        c = res.ctx_list
        self.org_markers = regex.compile(config.get(
            "org_line", r"(?i)\b(?:postbus|antwoordnummer|bezoekadres|postadres|kantooradres|p\.?\s?o\.?\s?box)\b|www\.|https?://"))
        ga = [x for x in config.get("general_after", []) or [] if x]
        self.after = regex.compile("|".join(f"(?:{x})" for x in ga), regex.IGNORECASE) if ga else None
        self.personal = _alts(config.get("personal_context", []))
        self.org_heads = words_regex(c("org_line_heads"), prefix=True)
        self.margin = int(config.get("margin_lines", 3))
        self.duty = regex.compile(config["duty_before"]) if config.get("duty_before") else None

    def _margin_lines(self, a: Analysis) -> dict[str, int]:
        """Line text -> number of pages on which it stands among the first/last lines."""
        doc = a.doc
        if doc is None or len(doc.pages) < 2:
            return {}
        text = a.text
        count: dict[str, int] = {}
        for p in doc.pages:
            if not p.words:
                continue
            l0, l1 = a.index.line_of(p.words[0].start), a.index.line_of(p.words[-1].start)
            lines = [a.index.line_text(j).strip() for j in range(l0, l1 + 1)]
            lines = [x for x in lines if x]
            seen = set(lines[:self.margin] + lines[-self.margin:])
            for x in seen:
                count[x] = count.get(x, 0) + 1
        del text
        return count

    @staticmethod
    def _under_a_name(a: Analysis, ls: int, persons: list) -> bool:
        """The line is part of a signature block: a person's name on one of the three lines
        above, without a blank line between ("Vincent X" / "Adviseur" / "Gemeente D | T 078 …":
        the organisation's name starts the line, the number is still his direct line)."""
        lo = ls
        for _ in range(3):
            if lo == 0:
                break
            prev = a.text.rfind("\n", 0, lo - 1) + 1
            line = a.text[prev:lo - 1].strip(" >|\t")
            if not line:
                break       # a blank line (also a quoted one) ends the block
            # the name on a line of its own, as signatures have it
            if any(prev <= p.start < lo and p.label == Label.PERSON and len(line) <= len(p.text) + 3 for p in persons):
                return True
            lo = prev
        return False

    def analyze(self, a: Analysis):
        phones = [f for f in a.findings if f.label == Label.PHONE and f.context.get("kind") == "landline"]
        if not phones:
            return []
        text = a.text
        persons = [f for f in a.findings if f.label in (Label.PERSON, Label.INITIALS)]
        functional = [f for f in a.findings if f.label == Label.EMAIL and f.context.get("mailbox") == "functional"]
        org_addr = [f for f in a.findings if f.label in (Label.ADDRESS, Label.POSTCODE)
                    and f.context.get("address") == "organisation"]
        margin = None

        def person_in(s: int, e: int) -> bool:
            return any(p.start < e and s < p.end for p in persons)

        general_digits = set()
        # lines where a word marks one number as the general one ("T 070 … | algemeen 070 …"):
        # the other numbers on that line are the direct lines it is set against
        said_general = {a.index.line_of(f.start) for f in phones if f.context.get("number") == "general"}
        for f in phones:
            why = ""
            ls, le = a.index.line_span(a.index.line_of(f.start))
            before = _before(text, max(ls, f.start - 30), f.start)
            if self.personal and self.personal.search(before):
                continue
            if f.context.get("number") == "general":
                general_digits.add(normalise_phone(f.text))
                continue
            if a.index.line_of(f.start) in said_general:
                continue
            line = text[ls:le]
            # sentence around the number
            ss = max(text.rfind(". ", 0, f.start), text.rfind("\n\n", 0, f.start), text.rfind("? ", 0, f.start)) + 1
            se_cands = [i for i in (text.find(". ", f.end), text.find(".\n", f.end), text.find("\n\n", f.end)) if i >= 0]
            se = min(se_cands) if se_cands else len(text)
            if (self.org_markers.search(line) or any(ls <= o.start < le for o in org_addr + functional)) \
                    and not person_in(ls, le):
                why = "op een regel met adres, website of mailbox van de organisatie"
            elif any(ss <= o.start < se for o in functional) and not person_in(ss, se):
                why = "naast een functionele mailbox"
            elif self.after and self.after.match(text, f.end, min(len(text), f.end + 60)):
                why = "met openingstijden"
            elif self.duty and self.duty.search(text, max(ss, f.start - 60), f.start) and not person_in(max(ss, ls), se):
                why = "nummer van wie dienst heeft"
            else:
                seg_s = max(ls, ss)
                seg = text[seg_s:f.start]
                if self.org_heads and not person_in(seg_s, f.start) and not self._under_a_name(a, ls, persons):
                    m = None
                    for m in self.org_heads.finditer(seg):
                        pass
                    if m is not None and m.group()[:1].isupper() and len(seg) - m.end() <= 40 and \
                            not regex.search(r"[.!?]\s", seg[m.end():]):
                        why = f"na de naam van de organisatie ('{m.group()}')"
                if not why:
                    if margin is None:
                        margin = self._margin_lines(a)
                    if margin.get(line.strip(), 0) >= 2 and not person_in(ls, le):
                        why = "in de kop- of voettekst van elke pagina"
            if why:
                f.context["number"] = "general"
                f.explanation = "algemeen telefoonnummer: " + why
                general_digits.add(normalise_phone(f.text))
        if general_digits:
            for f in phones:
                if f.context.get("number") != "general" and normalise_phone(f.text) in general_digits:
                    before = _before(text, max(0, f.start - 30), f.start)
                    if self.personal and self.personal.search(before):
                        continue
                    f.context["number"] = "general"
                    f.explanation = "algemeen telefoonnummer: elders in het document als algemeen nummer"
        return []
