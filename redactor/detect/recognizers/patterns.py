"""Pattern recognizers: regular expressions + validator + context words + score.

Types registered here: `pattern` (generic), `context_value` (the identifier after a context
word), `email`, `phone`, `address`, `postcode`, `dob`.
"""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import VALIDATORS, Analysis, Recognizer, recognizer
from ..resources import words_regex
from ..validators import normalise_phone, phone_kind


def _alts(items: list[str]) -> "regex.Pattern | None":
    items = [i for i in items or [] if i]
    if not items:
        return None
    return regex.compile(r"(?<![\w])(?:" + "|".join(items) + r")(?![\w])", regex.IGNORECASE)


@recognizer("pattern")
class PatternRecognizer(Recognizer):
    """Presidio-style: `patterns` (each with name, regex, score), optional `validator`,
    `context` words within `context_window` chars (raise the score to `context_score`, or are
    required with `require_context`), `negative_context` that suppresses a match."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.patterns = []
        for p in config.get("patterns", []):
            try:
                self.patterns.append((p.get("name", "p"), regex.compile(p["regex"]), float(p.get("score", self.score)),
                                      bool(p.get("shrink"))))
            except regex.error as e:
                from ...errors import RulesError
                raise RulesError(f"rules/detect.yaml recognizer {id}: bad regex {p.get('regex')!r}: {e}") from e
        v = config.get("validator")
        self.validator = VALIDATORS[v] if v else None
        self.context = _alts(config.get("context", []))
        self.window = int(config.get("context_window", 40))
        self.context_score = float(config.get("context_score", 0.95))
        self.require_context = bool(config.get("require_context"))
        self.negative = _alts(config.get("negative_context", []))
        self.negative_window = int(config.get("negative_window", 25))
        self.emit = config.get("emit", True)
        # a match that fails the validator is still found with a context word next to it
        # (an OCR misread or a typo breaks a checksum, not the fact that it is an account number)
        self.invalid_score = config.get("invalid_with_context_score")
        loose = config.get("invalid_with_context_validator")
        self.loose_validator = VALIDATORS[loose] if loose else (lambda v: True)

    def _has_context(self, text: str, s: int, e: int) -> bool:
        if not self.context:
            return False
        lo, hi = max(0, s - self.window), min(len(text), e + self.window)
        return bool(self.context.search(text, lo, s)) or bool(self.context.search(text, e, hi))

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        seen = set()
        for name, rx, score, shrink in self.patterns:
            for m in rx.finditer(text):
                s, e = m.span()
                val = m.group()
                invalid = False
                if self.validator and not self.validator(val) and self.invalid_score is not None \
                        and self.loose_validator(val) and self._has_context(text, s, e):
                    invalid = True
                elif self.validator and not self.validator(val):
                    if not shrink:
                        continue
                    # try shorter prefixes (a match may run into the next group of digits)
                    ok = False
                    for cut in range(len(val) - 1, 8, -1):
                        v2 = val[:cut].rstrip()
                        if v2 != val[:cut] or (cut < len(val) and val[cut - 1].isalnum() and val[cut].isalnum()):
                            continue
                        if self.validator(v2):
                            e = s + len(v2)
                            val = v2
                            ok = True
                            break
                    if not ok:
                        continue
                if (s, e) in seen:
                    continue
                ctx = self._has_context(text, s, e)
                if self.require_context and not ctx:
                    continue
                if self.negative and not ctx:
                    lo = max(0, s - self.negative_window)
                    if self.negative.search(text, lo, s):
                        continue
                seen.add((s, e))
                sc = max(score, self.context_score) if ctx else score
                expl = f"{self.label.value} ({name})" + (" met contextwoord" if ctx else "")
                if invalid:
                    sc = float(self.invalid_score)
                    expl += f", ongeldig volgens {self.config.get('validator')} (tikfout of leesfout?)"
                elif self.validator:
                    expl += f", geldig volgens {self.config.get('validator')}"
                f = a.finding(s, e, self.label, self.detector, sc, expl, pattern=name, context_word="1" if ctx else "")
                # a person's parts named in the pattern (first, initials, tv, surname) make the
                # finding a person of the document: the other mentions of them are found too
                for k in _PERSON_PARTS:
                    v = m.groupdict().get(k) if rx.groupindex else None
                    if v:
                        f.context[k] = " ".join(v.split())
                if not self.emit:
                    f.context["internal"] = "1"
                out.append(f)
        return out


_PERSON_PARTS = ("first", "initials", "tv", "surname")


@recognizer("context_value")
class ContextValueRecognizer(Recognizer):
    """The identifier right after a context word ("polisnummer IB-7715-30928")."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        ctx = _alts([regex.escape(c).replace(r"\ ", r"\s+") for c in config.get("context", [])])
        val = config.get("value", r"[A-Z0-9][A-Z0-9./\- ]{1,24}[A-Z0-9]")
        self.rx = regex.compile(r"(?i:" + ctx.pattern + r")\s*(?:[:(]\s*)?(?:is\s+|van\s+)?(" + val + r")") if ctx else None

    def analyze(self, a: Analysis):
        out = []
        if not self.rx:
            return out
        for m in self.rx.finditer(a.text):
            s, e = m.span(1)
            v = m.group(1)
            # stop at a lower-case word that may have been swallowed by spaces
            v2 = _VALUE_END.split(v)[0].rstrip(" .-/")
            e = s + len(v2)
            if not any(ch.isdigit() for ch in v2):
                continue
            out.append(a.finding(s, e, self.label, self.detector, self.score,
                                 f"persoonlijk kenmerk na '{m.group().split()[0]}'"))
        return out


class _LazyUpper:
    """The document's upper-case words, computed only when a mailbox needs them."""

    def __init__(self, a: Analysis):
        self.a = a
        self._set = None

    def __contains__(self, w: str) -> bool:
        if self._set is None:
            self._set = {t.text for t in self.a.index.tokens if t.kind == "word" and t.text.isupper() and len(t.text) > 1}
        return w in self._set


_VALUE_END = regex.compile(r"\s+(?=[a-z])|[.,;:]\s|\s(?=\p{Lu}\p{Ll})")


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


def classify_mailbox(local: str, address: str, words: set[str], full: set[str], lex,
                     upper_tokens: set[str] = frozenset(), private: bool = False) -> tuple[str, str]:
    """("functional"|"personal", why). `private`: the domain is a private mail provider's."""
    if address in full:
        return "functional", "adres op lijst functionele mailboxen"
    parts = [p for p in regex.split(r"[._\-+]", local) if p]
    fw = [p for p in parts if p in words]
    if fw:
        rest = [p for p in parts if p not in words]
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


_NOT_HOUSE_NUMBER = regex.compile(
    r"(?i)[ ]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
    r"|-\d{3,}")
_BRACKET_AFTER = regex.compile(r"[ \t]*\(([^()\n]{1,40})\)")
_TOWN_WORD = r"(?:\p{Lu}[\p{L}'’-]*|'s|aan|den|de|op|bij|in|van|a/d|\(\p{Lu}[\p{L}]*\))"
_TOWN = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \-]" + _TOWN_WORD + r"){0,3})(?=[ \t]*(?:$|\n|,|\||·|\.|\t))",
                      regex.MULTILINE)
_PLACE_DATE = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \-]" + _TOWN_WORD + r"){0,3}),[ \t]+\d{1,2}[ \t]+"
                            r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                            r"[ \t]+(?:19|20)\d{2}")
POSTCODE_RE = regex.compile(r"(?<![\w-])([1-9]\d{3})[ \u00a0]?([A-Z]{2})(?![\w-])")


def _line_bounds(text: str, s: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    return ls, (le if le >= 0 else len(text))


def _cell_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    ls, le = _line_bounds(text, s)
    cs = text.rfind("\t", ls, s)
    ce = text.find("\t", e, le)
    return (cs + 1 if cs >= 0 else ls), (ce if ce >= 0 else le)


_CARE_OF = regex.compile(r"(?i)(?<![\w/.])(?:p/a|p\.a\.|per adres|c/o)[ \u00a0]*$")


class _AddressContext:
    """Tells an organisation's own (visiting/postal) address from a private person's address."""

    def __init__(self, res):
        c = res.ctx_list
        self.org_heads = words_regex(c("org_line_heads"), prefix=True)
        self.org_labels = words_regex(c("org_address_labels"))
        self.cit_labels = words_regex(c("citizen_address_labels"))
        self.postbus = regex.compile(r"(?i)\b(?:postbus|antwoordnummer|retouradres|bezoekadres|postadres)\b")
        forms = [f for f in c("legal_forms")] or ["b.v.", "bv", "n.v.", "nv", "v.o.f.", "vof", "c.v.", "holding"]
        self.legal_form = regex.compile(r"(?i)(?<![\w.])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\w])")

    @staticmethod
    def _block(a: Analysis, li: int, step: int, size: int = 3) -> list[str]:
        """Up to `size` non-empty lines next to line li; one blank line in between is allowed
        (OCR output puts blank lines inside address blocks), two end the block."""
        out = []
        j = li + step
        blank = 0
        while 0 <= j < a.index.n_lines and len(out) < size:
            t = a.index.line_text(j).strip()
            j += step
            if not t:
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            out.append(t)
        return out

    def classify(self, a: Analysis, s: int, e: int) -> str:
        text = a.text
        ls, le = _line_bounds(text, s)
        cs, ce = _cell_bounds(text, s, e)
        cell_before = text[cs:s]
        if not cell_before.strip() and cs > ls:
            # the address starts its cell: the label is the cell before ("Locatie\tTurfmarkt 1")
            pcs = text.rfind("\t", ls, cs - 1)
            cell_before = text[(pcs + 1 if pcs >= 0 else ls):cs - 1]
        line = text[ls:le]
        if self.postbus.search(line):
            return "organisation"
        # "p/a Dorpsstraat 3" (per adres, c/o): an organisation without an address of its own
        # uses someone's, in practice a board member's home
        if _CARE_OF.search(cell_before):
            return "citizen"
        if self.cit_labels and self.cit_labels.search(cell_before):
            return "citizen"
        if self.org_labels and self.org_labels.search(cell_before):
            return "organisation"
        # the block of lines around the address (stop at blank lines)
        li = a.index.line_of(s)
        block_before = self._block(a, li, -1)
        block_after = self._block(a, li, +1)
        near = block_before[:2] + block_after[:2]
        if any(self.postbus.search(t) for t in near):
            return "organisation"
        # an organisation's name line right above (letterhead, signature of a civil servant)
        for t in block_before[:2]:
            first_cell = t.split("\t")[-1]
            if self.org_heads and self.org_heads.match(first_cell):
                return "organisation"
            if self.cit_labels and self.cit_labels.search(first_cell):
                return "citizen"
        # a company's address block: its name with a legal form heads the block, possibly with a
        # "t.a.v." line in between ("Bouwbedrijf X B.V." / "t.a.v. de heer Y" / street / postcode)
        for t in self._block(a, li, -1, 4):
            if self.legal_form.search(t.split("\t")[-1]):
                return "organisation"
        if self.org_heads and self.org_heads.match(text[cs:s]):
            return "organisation"
        return "citizen"


@recognizer("address")
class AddressRecognizer(Recognizer):
    """Street + house number: a capitalised word ending in a street suffix (straat, laan, weg,
    plein, gracht, kade, singel, dijk, ...), optionally preceded by modifiers (Korte, Dr., Van
    ...), followed by a house number and addition."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        c = res.ctx_list
        suf = sorted(set(c("street_suffixes")), key=len, reverse=True)
        mods = sorted(set(m.rstrip(".") for m in c("street_modifiers")), key=len, reverse=True)
        hn = config.get("house_number", r"\d{1,5}(?:\s?[-/]?\s?(?:[A-Za-z](?![\w])|bis|hs|I{1,3}))?")
        mod = r"(?:(?:" + "|".join(regex.escape(m[:1].upper() + m[1:]) for m in mods) + r")\.?[ ]+)"
        cap = r"\p{Lu}[\p{L}'’-]*"
        # a word ending in a street suffix ("Esstraat"), or the suffix word itself ("Singel 201")
        # ... also in capitals, as forms are filled in ("LINDENLAAN 4")
        street_word = (r"(?:\p{Lu}[\p{L}'’-]*?(?:" + "|".join(suf) + r")|(?:" +
                       "|".join(x[:1].upper() + x[1:] for x in suf) + r")|\p{Lu}[\p{Lu}'’-]*?(?:" +
                       "|".join(x.upper() for x in suf) + r"))")
        self.rx = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,3}(?:" + cap + r"[ ]+){0,2}" + street_word + r")"
            r"[ \u00a0]+(" + hn + r")(?![\w,.:]\d|\d)", regex.UNICODE)     # not a time ("Dijkhof 10:02")
        # any street name followed by a house number and a postcode ("Broersvest 12a, 3111 EJ")
        self.rx_postcode = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,2}(?:" + cap + r"[ ]+){0,2}" + cap + r")[ \u00a0]+(" + hn +
            r")(?=,?[ \u00a0]+[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![\w]))", regex.UNICODE)
        # an address block: a line (or table cell) of just a street name and a house number, with
        # the postcode starting the next line ("Kwartelkoog 8" / "1834 AB Lutjebroek"); street
        # names need no known suffix there
        self.rx_block = regex.compile(
            r"(?<![^\n\t])[ ]*((?:" + mod + r"){0,2}(?:" + cap + r"[ ]+){0,2}" + cap + r")[ \u00a0]+(" + hn +
            r")(?=[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t]*[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![\w]))", regex.UNICODE)
        # a street name at a line end, its house number starting the next line ("(Nassaulaan" /
        # "29),"): only with punctuation or the line end after the number ("2 auto's" is no address)
        self.rx_wrapped = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,2}" + street_word + r")[ \u00a0]*\n[ \u00a0]*(" + hn +
            r")(?=[ ]*(?:[),;]|$))", regex.UNICODE | regex.MULTILINE)     # not "1. Vraag" (a heading)
        # fast anchor: a word ending in a street suffix right before a house number
        self.anchor = regex.compile(r"(\p{L}+)[ \u00a0]+\d")
        self.anchor_wrapped = regex.compile(r"(\p{L}+)[ \u00a0]*\n[ \u00a0]*\d")
        self.suffixes = tuple(suf)
        self.ctx = _AddressContext(res)

    def _matches(self, text: str):
        seen = set()
        for m in self.rx_postcode.finditer(text):
            seen.add(m.span())
            yield m
        for m in self.rx_block.finditer(text):
            if m.group(1).lower() in ("postbus", "antwoordnummer"):
                continue     # the organisation's own postal address
            if m.span(1)[0] == m.start() and m.span() not in seen:
                seen.add(m.span())
                yield m
        for am in self.anchor_wrapped.finditer(text):
            if not am.group(1).lower().endswith(self.suffixes):
                continue
            lo = max(text.rfind("\n", 0, am.start()) + 1, am.start() - 120)
            for m in self.rx_wrapped.finditer(text, lo, min(len(text), am.end() + 20)):
                if m.start() <= am.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m
        for am in self.anchor.finditer(text):
            if not am.group(1).lower().endswith(self.suffixes):
                continue
            lo = text.rfind("\n", 0, am.start()) + 1
            lo = max(lo, am.start() - 120)
            for m in self.rx.finditer(text, lo, min(len(text), am.end() + 20)):
                if m.start() <= am.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        for m in self._matches(text):
            s, e = m.span()
            street = m.group(1)
            # leading capitalised words must be modifiers or part of the street name; drop a
            # leading word that is an ordinary sentence word ("Ik woon op Loolaan 3")
            words = street.split()
            while len(words) > 1 and self.res.lex.is_word(words[0]) and words[0].lower().rstrip(".") not in \
                    {w.rstrip(".") for w in self.res.ctx_list("street_modifiers")}:
                s += len(words[0])
                s = text.index(words[1], s)
                words = words[1:]
            # a year or a count is not a house number ("Loolaan 2024" is rare but "Wet 2023" is not)
            num = m.group(2)
            if regex.fullmatch(r"(?:19|20)\d{2}", num) and not regex.search(r"(?i)straat|laan|weg|plein|gracht|kade|singel", street):
                continue
            # a date ("Advies 21 januari") or a case number ("Museumplein 2018-29763") after it
            if _NOT_HOUSE_NUMBER.match(text, m.end(2)):
                continue

            kind = self.ctx.classify(a, s, e)
            f = a.finding(s, e, Label.ADDRESS, self.detector, self.score,
                          "adres van de organisatie" if kind == "organisation" else "straat en huisnummer",
                          address=kind)
            out.append(f)
        # an address that is a person's anywhere in the document is theirs everywhere in it
        # ("Adres aanvragers: Esstraat 51" ... "Locatie activiteit: Esstraat 51")
        private = {" ".join(f.text.split()) for f in out if f.context.get("address") != "organisation"}
        for f in out:
            if f.context.get("address") == "organisation" and " ".join(f.text.split()) in private:
                f.context["address"] = "citizen"
                f.explanation = "straat en huisnummer (elders in het document het adres van een persoon)"
        return out


_HOUSE_NUMBER_END = regex.compile(r"(?<![\w/.])\p{L}[\p{L}.'’ -]*[ \u00a0]\d{1,5}(?:[ ]?[-/]?[ ]?[A-Za-z])?[ ]*,?[ \u00a0]*$")


@recognizer("postcode")
class PostcodeRecognizer(Recognizer):
    """Dutch postcode (1234 AB). Only the postcode itself is a finding; the town is kept.
    The address context tells the organisation's own postcode (Postbus, letterhead) apart."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.ctx = _AddressContext(res)
        self.validator = VALIDATORS["postcode"]

    def analyze(self, a: Analysis):
        out = []
        for m in POSTCODE_RE.finditer(a.text):
            s, e = m.span()
            if not self.validator(m.group()):
                continue
            # letter pair must be followed by a town, end of line, comma or be preceded by an address
            after = a.text[e:e + 40]
            before = a.text[max(0, s - 40):s]
            if not (regex.match(r"\s*(?:,?\s*\p{Lu}|$|\n|,|\|)", after) or regex.search(r"\d\s*[A-Za-z]?\s*,?\s*$", before)):
                continue
            # after a street and house number in the same cell ("Kerkewei 12, 9971 AB"): told
            # apart exactly as that address is, from where the street starts
            cs, _ = _cell_bounds(a.text, s, e)
            street = _HOUSE_NUMBER_END.search(a.text, cs, s)
            kind = self.ctx.classify(a, street.start() if street else s, e)
            out.append(a.finding(s, e, Label.POSTCODE, self.detector, self.score,
                                 "postcode van de organisatie" if kind == "organisation" else "postcode",
                                 address=kind))
            # the town after the postcode is a place, never a person ("1782 CK Den Helder")
            t = _TOWN.match(a.text, e)
            if t:
                out.append(a.finding(t.start(1), t.end(1), Label.LOC, self.detector, 0.8,
                                     "plaatsnaam na een postcode", org="1"))
        # "Den Helder, 3 juni 2024": the place of writing before the date
        for m in _PLACE_DATE.finditer(a.text):
            out.append(a.finding(m.start(1), m.end(1), Label.LOC, self.detector, 0.8,
                                 "plaats en datum van het schrijven", org="1"))
        return out


MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
DATE_RE = regex.compile(
    r"(?<![\w-])(?:\d{1,2}\s+" + MONTHS + r"\s+(?:19|20)\d{2}"
    r"|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})(?![\w-])", regex.IGNORECASE)


@recognizer("dob")
class DobRecognizer(Recognizer):
    """A date right after a birth-date word (geboren, geboortedatum, geb.)."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        words = res.ctx_list("dob_words")
        self.ctx = words_regex([w.rstrip(".") for w in words])
        self.window = int(config.get("window", 60))

    def analyze(self, a: Analysis):
        out = []
        if not self.ctx:
            return out
        text = a.text
        for m in self.ctx.finditer(text):
            lo = m.end()
            hi = min(len(text), lo + self.window)
            seg = text[lo:hi]
            # stay within two line breaks (label cell, value cell)
            cut = [i for i, ch in enumerate(seg) if ch == "\n"]
            if len(cut) > 2:
                seg = seg[:cut[2]]
            d = DATE_RE.search(seg)
            if not d:
                continue
            # only the first date, and no other sentence in between
            if regex.search(r"[.!?]\s+\p{Lu}", seg[:d.start()]):
                continue
            s, e = lo + d.start(), lo + d.end()
            out.append(a.finding(s, e, Label.DOB, self.detector, self.score,
                                 f"geboortedatum (na '{m.group()}')"))
        return out


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
                if self.org_heads and not person_in(seg_s, f.start):
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
