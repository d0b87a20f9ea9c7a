"""Contact data: e-mail addresses (personal or functional mailbox), phone numbers (personal,
or an organisation's general number). The general numbers known only from their context, after
the persons are found: general_numbers.py."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
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
        # (also with the linking s of Dutch compounds: "omgevings|management")
        if not ((head in lex.words or head.endswith("s") and len(head) > 4 and head[:-1] in lex.words)
                and not lex.is_first_name(head.capitalize())
                or i <= 6 and head.upper() in lex.acronyms):
            continue
        if _split_compound(rest, lex, depth + 1) or (rest.startswith("en") and len(rest) > 4
                                                     and _split_compound(rest[2:], lex, depth + 1)):
            return True
    return False


_ROAD = regex.compile(r"[nas]\d{1,3}")
_VOWEL = regex.compile(r"[aeiouy]")
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
    if _ROAD.fullmatch(local):
        return "functional", "wegnummer (project)"          # "n279@", "a12@"
    if any(ch.isdigit() for ch in local) and any(ch.isalpha() for ch in local):
        return "personal", "naam met cijfers"
    # "wsp.parkstad@": an abbreviation (no vowel) with a word or a place, and no name in it
    abbr = [p for p in parts if len(p) >= 3 and not _VOWEL.search(p)]
    if len(parts) >= 2 and abbr and all(lex.is_word(p) or p.capitalize() in lex.proper or _split_compound(p, lex)
                                        for p in parts if p not in abbr) \
            and not any(len(p) <= 2 or lex.is_first_name(p.capitalize()) or lex.is_surname(p.capitalize()) for p in parts):
        return "functional", "afkorting in adres"     # not "pwm.vankessel@": initials and a surname
    # "dorpsraadliessel@": an organisation word with the village's name after it
    if len(parts) == 1 and any(local[:i] in words for i in range(6, len(local) - 2)):
        return "functional", "functioneel woord met plaatsnaam"
    if len(parts) >= 2:
        # "agenda.gs@": an ordinary word that is no name, with an abbreviation (not one
        # letter: "k.agenda@" may be a person's initial)
        longer = [p for p in parts if len(p) >= 3]
        if longer and all(len(p) >= 2 for p in parts) and all(
                (lex.is_word(p) or _split_compound(p, lex)) and not lex.is_first_name(p.capitalize())
                and not lex.is_surname(p.capitalize()) for p in longer):
            return "functional", "woord met afkorting"
        if all(len(p) >= 3 for p in parts) and all(
                lex.is_word(p) or p.capitalize() in lex.proper or _split_compound(p, lex) for p in parts) \
                and any(lex.is_word(p) or _split_compound(p, lex) for p in parts) \
                and not any(lex.is_first_name(p.capitalize()) or lex.is_surname(p.capitalize()) for p in parts):
            return "functional", "woord met plaatsnaam"     # "station.ruinerwold@", "loket.zwolle@"
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


_OLD_PHONE_RE = regex.compile(r"(?<![\w/.,-])0\d{3,4}-\d{4,5}(?![\w]|[.,]\d|-)")
_OLD_PHONE_CONTEXT = regex.compile(r"(?i)\b(?:tel|telefoon\w*|telefonisch|nr|nummer|bereikbaar\s+(?:op|onder)|fax\w*|bel)\b[.:]?\s*(?:nr\.?\s*)?$")


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
            prev_end = self._emit(out, a, s, e, raw, kind, digits, prev_end)
        # numbers of before 1995 (a four- or five-digit area code and a short subscriber
        # number, "01106-2287"), only after a word that says it is a number
        for m in _OLD_PHONE_RE.finditer(text):
            digits = normalise_phone(m.group())
            if 8 <= len(digits) <= 9 and _OLD_PHONE_CONTEXT.search(text, max(0, m.start() - 30), m.start()) \
                    and not any(f.start <= m.start() < f.end for f in out):
                self._emit(out, a, m.start(), m.end(), m.group(), "landline", digits, 0)
        return out

    def _emit(self, out: list, a: Analysis, s: int, e: int, raw: str, kind: str, digits: str, prev_end: int) -> int:
        """Add the number as a general (kept) or a personal one, by list and context."""
        text, general = a.text, self.res.general_numbers
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
        if why:
            out.append(a.finding(s, e, Label.PHONE, self.detector, self.score, "algemeen telefoonnummer: " + why,
                                 number="general", kind=kind))
        else:
            out.append(a.finding(s, e, Label.PHONE, self.detector, self.score,
                                 f"telefoonnummer ({'mobiel' if kind == 'mobile' else kind})", number="personal",
                                 kind=kind))
        return e


_PAIR_TWICE = regex.compile(r"(?<![\d])(\d\d) \1$")


def _switchboard_like(raw: str) -> bool:
    """Organisations choose numbers that are easy to remember for their switchboards: ending
    in 000 ("088 443 30 00"), four equal digits ("0592 36 55 55") or a repeated group of three
    ("0545 250 250"), or a pair written twice as the last two groups ("070 379 80 80"); about
    one direct line in 300 looks like one of the first three by chance, one in 100 of those
    written in pairs like the last."""
    d = "".join(ch for ch in raw if ch.isdigit())
    if len(d) < 9:
        return False
    return d.endswith("000") or len(set(d[-4:])) == 1 or d[-6:-3] == d[-3:] or \
        _PAIR_TWICE.search(raw) is not None


_BRACKET_AFTER = regex.compile(r"[ \t]*\(([^()\n]{1,40})\)")
