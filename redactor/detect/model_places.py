"""Names the model alone calls a person, that the same document uses as a place or an
organisation elsewhere ("in de provincie Cabo Delgado", "de gemeenten Halderberge en
Roosendaal", "(hierna: Kifid)", "het Kifid").

The model judges each mention on its own; one misjudged mention was then spread over the
document and the dossier (real Woo decisions had a province's name redacted 11 times, an
ombudsman institute's 30 times). Only names for which no rule has evidence (no title, no
initials, no layout, no listed first name) are dropped, and only when one of the name's own
occurrences stands where a person cannot.
"""
from __future__ import annotations

import regex

from ..models import Finding, Label

# before an occurrence: the word right before it, lower case
_DEFINED = regex.compile(r"\((?:hierna|hierna\s+te\s+noemen|verder|afgekort)\s*:?\s*(?:de\s+|het\s+)?$", regex.I)
# "Atradius DSB", "Adecs Airinfra BV": an organisation's unit or legal form right after it
_ABBREVIATION_AFTER = regex.compile(r"[ ]+(?:\p{Lu}{2,5}|B\.?V\.?|N\.?V\.?)(?![\p{L}\d.-])")
_PLACE_AFTER_ORG = frozenset(("in", "op", "uit", "bij", "te", "regio"))
# "The European Federation of Energy Traders (EFET)": the name defines its acronym
_ACRONYM_AFTER = regex.compile(r"[ ]*\((\p{Lu}[\p{Lu}\p{Ll}&]{2,9})\)")
_LINK_WORDS = frozenset(("of", "van", "de", "der", "den", "het", "voor", "en", "the", "for", "and", "in", "op", "&"))
_LIST_JOIN = regex.compile(r"^(?:,|en|of)$")


class ModelPlaces:
    def __init__(self, res):
        c = res.ctx_list
        self.lex = res.lex
        self.place_nouns = set(c("model_place_nouns")) | {
            "gemeenten", "provincies", "regio's", "land", "landen", "staat", "staten", "hoofdstad"}
        self.place_preps = set(c("model_place_prepositions"))
        self.weak = res.scores["ordinary_word_at_sentence_start"]
        labels = sorted(c("place_field_labels"), key=len, reverse=True)
        self.place_field = regex.compile(r"(?im)^[ \t]*(?:" + "|".join(regex.escape(x) for x in labels) +
                                         r")[ ]*(?::[ \t]*|\t[ \t]*)$") if labels else None

    def _model_only(self, f: Finding) -> bool:
        """On the model's say, or on the rules' weakest guess ("two unknown capitalised words")."""
        return f.label == Label.PERSON and (f.context.get("layout") in ("ner", "propagated") or
                                            f.context.get("layout") == "body" and f.score <= self.weak)

    def _known_org(self, name: str) -> bool:
        """A listed organisation ("Hermes"), also with a place after it ("Hermes in de Peel")."""
        words = name.split()
        orgs = self.lex.organisations
        return name in orgs or words[0] in orgs and (len(words) == 1 or words[1] in _PLACE_AFTER_ORG)

    def _spells_acronym_after(self, text: str, s: int, e: int) -> bool:
        """The capitalised words ending at the occurrence spell the bracketed acronym after it,
        and two or more of them are ordinary words: an organisation's name ("... Energy Traders
        (EFET)"), not a person's with her paraph ("Lotte Vrij (LV)")."""
        m = _ACRONYM_AFTER.match(text, e)
        if not m:
            return False
        caps = [ch for ch in m.group(1) if ch.isupper()]
        if len(caps) < 3:
            return False
        line_start = text.rfind("\n", 0, s) + 1
        words = [w for w in regex.findall(r"[\p{L}'’&]+", text[max(line_start, s - 120):e])
                 if w.lower() not in _LINK_WORDS]
        spelled = words[-len(caps):]
        if len(spelled) < len(caps) or [w[0] for w in spelled] != caps:
            return False
        lex = self.lex
        return sum(1 for w in spelled if lex.is_word(w) or lex.is_not_name(w)) >= 2

    def _why(self, text: str, s: int, e: int) -> str:
        """Why the occurrence text[s:e] stands where a place or an organisation stands."""
        before = text[max(0, s - 60):s]
        if _DEFINED.search(before):
            return "afkorting gedefinieerd als '(hierna: ...)'"
        if self.place_field is not None and self.place_field.search(before):
            return "waarde van een veld voor een plaats of land"
        if _ABBREVIATION_AFTER.match(text, e):
            return "een afkorting van een organisatie erachter"
        if self._spells_acronym_after(text, s, e):
            return "de naam van een organisatie met haar afkorting erachter"
        words = regex.findall(r"[\p{L}'’]+|[,()]", before)
        if not words:
            return ""
        prev = words[-1].lower()
        if prev in ("het", "the"):
            return f"'{prev}' voor de naam"
        if prev in self.place_preps and not regex.search(r"\n\s*$", before):
            return f"na '{prev}'"
        if prev in self.place_nouns:
            return f"na '{prev}'"
        # the last item of a list after a place noun: "de gemeenten Halderberge en Roosendaal"
        if _LIST_JOIN.match(prev) and len(words) >= 3 and words[-2][:1].isupper():
            head = words[-3].lower()
            if head in self.place_nouns:
                return f"in een opsomming na '{head}'"
        return ""

    def drop(self, text: str, findings: list[Finding]) -> list[Finding]:
        """`findings` without the model-only persons whose name is used as a place or an
        organisation somewhere in `text`."""
        by_key: dict[str, list[Finding]] = {}
        for f in findings:
            if f.label == Label.PERSON and f.context.get("person"):
                by_key.setdefault(f.context["person"], []).append(f)
        drop: set[int] = set()
        for fs in by_key.values():
            if not all(self._model_only(f) for f in fs):
                continue
            names = {" ".join(f.text.split()) for f in fs}
            if all(self._known_org(n) for n in names):
                drop.update(id(f) for f in fs)
                continue
            first = fs[0].context.get("first", "")
            if first and self.lex.is_first_name(first.split()[0]):
                continue       # "Jan Roosendaal": a listed first name is a person's
            why = ""
            for name in names:
                rx = regex.compile(r"(?<![\p{L}\d-])" + r"\s+".join(regex.escape(w) for w in name.split())
                                   + r"(?![\p{L}\d-])")
                for m in rx.finditer(text):
                    why = self._why(text, m.start(), m.end())
                    if why:
                        break
                if why:
                    break
            if why:
                drop.update(id(f) for f in fs)
        if not drop:
            return findings
        return [f for f in findings if id(f) not in drop]
