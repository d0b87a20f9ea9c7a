"""Contact data: e-mail addresses (personal or functional mailbox), phone numbers (personal,
or an organisation's general number) and the general numbers known only from their context."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
from ..resources import words_regex
from ..validators import normalise_phone, phone_kind
from .patterns import _alts


class _LazyUpper:
    """The document's upper-case words, computed only when a mailbox needs them."""

    def __init__(self, a: Analysis):
        self.a = a
        self._set = None

    def __contains__(self, w: str) -> bool:
        if self._set is None:
            self._set = {t.text for t in self.a.index.tokens if t.kind == "word" and t.text.isupper() and len(t.text) > 1}
        return w in self._set


EMAIL_RE = regex.compile(r"(?<![\w.+'’-])([\w.+'’-]+)@([\w-]+(?:\.[\w-]+)+)(?![\w-]|\.\w)", regex.UNICODE)
# written so that harvesters miss it: "jan.de.vries[at]ziggo.nl", "jdv (at) hotmail (dot) com",
# "jdv1958 @ hotmail . com"
_AT = r"(?:[ ]?[\[({][ ]?(?:at|apenstaartje)[ ]?[\])}][ ]?|[ ]@[ ]?|@[ ])"
_DOT = r"(?:[ ]?[\[({][ ]?(?:dot|punt)[ ]?[\])}][ ]?|[ ]\.[ ]|\.)"
_OBFUSCATION_HINT = regex.compile(r"(?i)[\[({][ ]?(?:at|apenstaartje)[ ]?[\])}]|[ ]@|@[ ]")
EMAIL_OBFUSCATED_RE = regex.compile(r"(?i)(?<![\w.+'’-])([\w.+'’-]+)" + _AT + r"([\w-]+(?:" + _DOT +
                                    r"[\w-]+)*" + _DOT + r"(?:nl|com|net|org|eu|be|de|info|biz|frl|amsterdam))(?![\w-])")


@recognizer("email")
class EmailRecognizer(Recognizer):
    """E-mail addresses; each is marked personal or functional (info@, woo@, a word or an
    organisation acronym as local part)."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.private_domains = set(res.ctx_list("private_mail_domains"))

    def analyze(self, a: Analysis):
        out = []
        words, full = self.res.mailboxes
        lex = self.res.lex
        upper_tokens = _LazyUpper(a)
        for m in _all_emails(a.text):
            s, e = m.span()
            local, domain = m.group(1), regex.sub(r"(?i)[ ]?[\[({]?[ ]?(?:dot|punt)[ ]?[\])}]?[ ]?|[ ]\.[ ]", ".",
                                                  m.group(2))
            local_clean = local.strip(".'’-")
            s += m.group(1).find(local_clean)
            kind, why = classify_mailbox(local_clean.lower(), f"{local_clean}@{domain}".lower(), words, full, lex,
                                         upper_tokens, private=domain.lower() in self.private_domains)
            out.append(a.finding(s, e, Label.EMAIL, self.detector, self.score,
                                 "functionele mailbox: " + why if kind == "functional" else "persoonlijk e-mailadres: " + why,
                                 mailbox=kind, local=local_clean.lower(), domain=domain.lower()))
        return out


def _all_emails(text: str):
    """E-mail addresses, then the obfuscated ones that do not overlap them."""
    plain = list(EMAIL_RE.finditer(text))
    spans = [m.span() for m in plain]
    yield from plain
    if _OBFUSCATION_HINT.search(text):     # the full pattern is slow on long texts
        for m in EMAIL_OBFUSCATED_RE.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                yield m


def _split_compound(w: str, lex, depth: int = 0) -> bool:
    """True when w is an ordinary word or a compound of 2-4 ordinary words (each >= 3 letters),
    also joined by "en" ("bezwaarenberoep") or with an organisation's abbreviation in it
    ("nvwabezwaar", "wobverzoekendjz")."""
    if len(w) >= 3 and (w in lex.words or (w.endswith("s") and (w[:-1] + "'s") in lex.words)
                        or (len(w) <= 6 and w.upper() in lex.acronyms)):
        return True
    if depth >= 3:
        return False
    for i in range(3, len(w) - 2):
        head, rest = w[:i], w[i:]
        if not (head in lex.words and not lex.is_first_name(head.capitalize())
                or i <= 6 and head.upper() in lex.acronyms):
            continue
        if _split_compound(rest, lex, depth + 1) or (rest.startswith("en") and len(rest) > 4
                                                     and _split_compound(rest[2:], lex, depth + 1)):
            return True
    return False


# a country or language next to a functional word ("claims.nl@", "info-en@") is no initial
_REGION_CODES = frozenset(("nl", "be", "de", "en", "fr", "uk", "gb", "eu", "us", "int"))


def classify_mailbox(local: str, address: str, words: set[str], full: set[str], lex,
                     upper_tokens: set[str] = frozenset(), private: bool = False) -> tuple[str, str]:
    """("functional"|"personal", why). `private`: the domain is a private mail provider's."""
    if address in full:
        return "functional", "adres op lijst functionele mailboxen"
    parts = [p for p in regex.split(r"[._\-+]", local) if p]
    fw = [p for p in parts if p in words]
    if fw:
        rest = [p for p in parts if p not in words and p not in _REGION_CODES]
        # "koen.post@", "j.post@": a first name or an initial next to the word -> a person
        if not any(len(p) <= 2 or lex.is_first_name(p.capitalize()) or lex.is_surname(p.capitalize()) for p in rest):
            return "functional", "functioneel woord in adres"
    if any(ch.isdigit() for ch in local) and any(ch.isalpha() for ch in local):
        return "personal", "naam met cijfers"
    if len(parts) >= 2:
        if any(len(p) <= 2 for p in parts):
            return "personal", "initiaal en achternaam"
        if any(lex.is_first_name(p.capitalize()) or lex.is_surname(p.capitalize()) for p in parts):
            return "personal", "voornaam/achternaam"
        if all(_split_compound(p, lex) for p in parts):
            return "functional", "woorden, geen naam"
        return "personal", "vorm voornaam.achternaam"
    w = parts[0] if parts else local
    if w.upper() in upper_tokens and len(w) >= 2:
        return "functional", "afkorting uit het document"
    # "secretariaatgs@", "communicatiebzk@": a functional word with an abbreviation after it
    for i in range(len(w) - 2, len(w) - 4, -1):
        if i >= 6 and w[:i] in words:
            return "functional", "functioneel woord met afkorting"
    cap = w.capitalize()
    if lex.is_first_name(cap) and not lex.is_word(w):
        return "personal", "voornaam"
    if len(w) >= 5 and lex.is_word(w) and not lex.is_surname(cap) and not lex.is_first_name(cap):
        return "functional", "een gewoon woord"     # "fokkerij@": no name in it
    if private and lex.is_surname(cap) and w not in words:
        return "personal", "achternaam"             # "visser@ziggo.nl": a surname, also a word
    # "henkengerda": first names joined
    for i in range(2, len(w) - 1):
        head, tail = w[:i], w[i:]
        if lex.is_first_name(head.capitalize()) and not lex.is_word(head):
            rest = tail[2:] if tail.startswith("en") else tail
            if lex.is_first_name(rest.capitalize()) or lex.is_surname(rest.capitalize()):
                return "personal", "namen samengevoegd"
            if lex.is_surname(tail.capitalize()):
                return "personal", "voornaam+achternaam"
    if _split_compound(w, lex):
        return "functional", "woord(en), geen naam"
    return "personal", "geen functioneel adres herkend"


# between digits: nothing, a space, " - " / "." / "/", a line break; never a tab, which is a
# cell boundary in the extracted text ("0900 8844<tab>06 1299 8073" are two numbers)
_SEP = r"(?:[ ]?[.\-/][ ]?|[ ]|[ ]?\n(?=\d))?"
PHONE_RE = regex.compile(
    r"(?<![\w+/.,-])"
    r"(?:"
    r"(?:\+|00)[ ]?\d{2,3}[ .\-]*(?:\(0\)[ .\-]*)?\d(?:" + _SEP + r"\d){6,10}"   # international
    r"|\(0\d{2,3}\)[ .\-]?\d(?:" + _SEP + r"\d){5,7}"                             # (070) 123 45 67
    r"|0\d(?:" + _SEP + r"\d){8}"                                                     # national 10 digits
    r"|0[89]0[069](?:" + _SEP + r"\d){4,7}"                                           # 0800/0900 service
    r"|14[ .\-]?0\d{2,3}"                                                          # 14 0xx(x)
    r")(?![\w]|[.,]\d)"
)


@recognizer("phone")
class PhoneRecognizer(Recognizer):
    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.general = _alts(config.get("general_context", []))
        self.personal = _alts(config.get("personal_context", []))
        self.window = int(config.get("context_window", 60))
        self.negative = _alts(config.get("negative_context", []))
        ext = config.get("extension")
        self.ext = regex.compile(ext, regex.IGNORECASE) if ext else None

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        general = self.res.general_numbers
        prev_end = 0
        for m in PHONE_RE.finditer(text):
            s, e = m.span()
            raw = m.group()
            if "\n" in raw:
                # a number broken over two lines ("(06 4471" / "0982)"): only when the part before
                # the break is no complete number by itself
                head = raw[:raw.index("\n")].rstrip()
                hn = normalise_phone(head)
                # "06" / "1837 5529": a prefix alone before the break starts the number
                if phone_kind(hn) or (len(hn) < 4 and not regex.fullmatch(r"0\d{1,2}", hn)):
                    raw = head
                    e = s + len(raw)
                    if not regex.match(r"(?![\w]|[.,]\d)", text[e:e + 2]) and text[e:e + 1] != "\n":
                        continue
            # a date and a time ("[03-01-2024 05:50]" in a chat export) are no phone number
            if regex.match(r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}", raw) or regex.match(r"(?:19|20)\d{2}-\d{2}-\d{2}", raw):
                continue
            digits = normalise_phone(raw)
            kind = phone_kind(digits)
            if not kind and " " in raw.strip():
                # the pattern ran on into the next number ("+31 6 5218 7741 0:00:19" in a
                # transcript): the longest prefix that ends at a space and is a number
                cut = raw.rstrip()
                while " " in cut and not kind:
                    cut = cut[:cut.rindex(" ")].rstrip()
                    digits = normalise_phone(cut)
                    kind = phone_kind(digits)
                if kind:
                    raw, e = cut, s + len(cut)
            if not kind:
                continue
            # date-like or amount-like shapes are not phone numbers, nor numbers after a
            # reference-number word ("factuur 0612-3456-78")
            if regex.fullmatch(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", raw.strip()):
                continue
            if self.negative and self.negative.search(text, max(0, s - 30), s) and not (
                    self.personal and self.personal.search(text, max(0, s - 30), s)):
                continue
            if self.ext:
                mx = self.ext.match(text, e)
                if mx:
                    e = mx.end()
                    while e > s and text[e - 1].isspace():
                        e -= 1
            why = ""
            if kind == "service" or digits in general:
                why = "servicenummer (14/0800/0900)" if kind == "service" else "algemeen nummer op lijst"
            else:
                lo = max(prev_end, s - self.window, text.rfind("\n\n", 0, s) + 1)
                before = text[lo:s]
                # only the current sentence
                cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
                if cut >= 0:
                    before = before[cut + 2:]
                g = list(self.general.finditer(before)) if self.general else []
                p = list(self.personal.finditer(before)) if self.personal else []
                if g and (not p or g[-1].start() > p[-1].start()):
                    why = f"algemeen nummer ('{g[-1].group().strip()}')"
                elif not p and kind != "mobile" and _switchboard_like(raw):
                    why = "rond nummer van een organisatie (hoofdnummer)"
                # what the brackets right after it say counts most: "020 - 551 2000 (algemeen)",
                # "(receptie)"; "050 - 367 1234 (rechtstreeks)" after "(receptie) of" is a direct line
                br = _BRACKET_AFTER.match(text, e)
                if br and self.personal and self.personal.search(br.group(1)):
                    why = ""
                elif not why and br and self.general and self.general.search(br.group(1)):
                    why = f"algemeen nummer ('{br.group(1).strip()}')"
            prev_end = e
            if why:
                out.append(a.finding(s, e, Label.PHONE, self.detector, self.score, "algemeen telefoonnummer: " + why,
                                     number="general", kind=kind))
            else:
                out.append(a.finding(s, e, Label.PHONE, self.detector, self.score,
                                     f"telefoonnummer ({'mobiel' if kind == 'mobile' else kind})", number="personal",
                                     kind=kind))
        return out


def _switchboard_like(raw: str) -> bool:
    """Organisations choose numbers that are easy to remember for their switchboards: ending
    in 000 ("088 443 30 00"), four equal digits ("0592 36 55 55") or a repeated group of three
    ("0545 250 250"); about one direct line in 300 looks like this by chance."""
    d = "".join(ch for ch in raw if ch.isdigit())
    if len(d) < 9:
        return False
    return d.endswith("000") or len(set(d[-4:])) == 1 or d[-6:-3] == d[-3:]


_BRACKET_AFTER = regex.compile(r"[ \t]*\(([^()\n]{1,40})\)")


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
            "org_line", r"(?i)\b(?:postbus|antwoordnummer|bezoekadres|postadres|kantooradres)\b|www\.|https?://"))
        ga = [x for x in config.get("general_after", []) or [] if x]
        self.after = regex.compile("|".join(f"(?:{x})" for x in ga), regex.IGNORECASE) if ga else None
        self.personal = _alts(config.get("personal_context", []))
        self.org_heads = words_regex(c("org_line_heads"), prefix=True)
        self.margin = int(config.get("margin_lines", 3))

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
        for f in phones:
            why = ""
            ls, le = a.index.line_span(a.index.line_of(f.start))
            before = _before(text, max(ls, f.start - 30), f.start)
            if self.personal and self.personal.search(before):
                continue
            if f.context.get("number") == "general":
                general_digits.add(normalise_phone(f.text))
                continue
            line = text[ls:le]
            # sentence around the number
            ss = max(text.rfind(". ", 0, f.start), text.rfind("\n\n", 0, f.start), text.rfind("? ", 0, f.start)) + 1
            se_cands = [i for i in (text.find(". ", f.end), text.find("\n\n", f.end)) if i >= 0]
            se = min(se_cands) if se_cands else len(text)
            if (self.org_markers.search(line) or any(ls <= o.start < le for o in org_addr + functional)) \
                    and not person_in(ls, le):
                why = "op een regel met adres, website of mailbox van de organisatie"
            elif any(ss <= o.start < se for o in functional) and not person_in(ss, se):
                why = "naast een functionele mailbox"
            elif self.after and self.after.match(text, f.end, min(len(text), f.end + 60)):
                why = "met openingstijden"
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
