"""Recognizers for persons.

Types: `person_names` (lists + context), `ner_persons` (the model's PER spans, confirmed and
extended by the rules), `staff_list` (the organisation's --staff list), `initials` (paraphs and
action-list owners). `org_names` is in org_names.py.
"""
from __future__ import annotations

from collections import Counter

import regex

from ...models import Label
from ..name_hit import NameHit
from ..names import NameEngine
from ..persons import _fold, initials_variants
from ..proposals import proposals
from ..registry import Analysis, Recognizer, recognizer
from ..resources import words_regex
from ..text import Spans
from .address import POSTCODE_RE

BLOCKING_LABELS = {Label.EMAIL, Label.PHONE, Label.ADDRESS, Label.POSTCODE, Label.BSN, Label.IBAN, Label.PLATE,
                   Label.ID_NUMBER, Label.ORG, Label.LOC, Label.DOB, Label.OTHER}


def blocked_tokens(a: Analysis) -> set[int]:
    out: set[int] = set(date_tokens(a)) | postcode_letter_tokens(a)
    for f in a.findings:
        if f.label in BLOCKING_LABELS:
            for t in a.index.tokens_in(f.start, f.end):
                out.add(t.i)
    return out


def _date_re(res):
    rx = getattr(res, "_weekday_date_re", None)
    if rx is None:
        days = words_regex(res.ctx_list("date_weekdays")).pattern
        months = words_regex(res.ctx_list("date_months")).pattern
        # a weekday word, then a date: "Sun, May 10", "Sun 10 May", "zo 10 mei", "Sun, 10-05-2020"
        rx = regex.compile(
            rf"(?<!\w)(?:(?:on|op)[ \t]+)?{days}\.?,?[ \t]+(?:{months}\.?[ \t]+\d{{1,2}}(?!\d)"
            rf"|\d{{1,2}}(?:st|nd|rd|th|e)?\.?[ \t]+{months}(?!\w)|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}(?!\d))",
            regex.IGNORECASE)
        res._weekday_date_re = rx
    return rx


# a postcode with a tab between, as OCR writes table-like lines, only before a place name
# ("3540<TAB>AA<TAB>Utrecht"; "2025<TAB>RM / MK" is a year and a paraph)
_POSTCODE_TAB = regex.compile(r"(?<![\w-])[1-9]\d{3}\t([A-Z]{2})(?=[\t ]+\p{Lu}\p{Ll})")


def postcode_letter_tokens(a: Analysis) -> frozenset[int]:
    """The letters of a postcode ("3540 AA Utrecht"): never initials or a name, also where the
    postcode rule did not report the postcode (an organisation's, or in a company's address)."""
    got = a.extra.get("postcode_letters")
    if got is None:
        spans = [m.span(2) for m in POSTCODE_RE.finditer(a.text)] + \
                [m.span(1) for m in _POSTCODE_TAB.finditer(a.text)]
        got = a.extra["postcode_letters"] = frozenset(t.i for s, e in spans for t in a.index.tokens_in(s, e))
    return got


def date_tokens(a: Analysis) -> frozenset[int]:
    """Tokens of a weekday-and-date expression ("On Sun, May 10, 2020"): never a name."""
    got = a.extra.get("date_tokens")
    if got is None:
        out = set()
        for m in _date_re(a.res).finditer(a.text):
            out.update(t.i for t in a.index.tokens_in(m.start(), m.end()))
        got = a.extra["date_tokens"] = frozenset(out)
    return got


def engine(res) -> NameEngine:
    eng = getattr(res, "_name_engine", None)
    if eng is None:
        eng = NameEngine(res)
        res._name_engine = eng
    return eng


def hit_finding(a: Analysis, h: NameHit, detector: str, label: Label = Label.PERSON):
    f = a.finding(h.start, h.end, label, detector, h.score, h.evidence, layout=h.layout, name_kind=h.kind,
                  first=" ".join(h.first), initials=h.initials, tv=h.tv, surname=h.surname, title=h.title,
                  layout_label=h.label)
    return f


def _names_functional_mailbox(text: str, end: int, functional: set[int]) -> bool:
    m = _DISPLAY_TAIL.match(text, end)
    return bool(m) and m.end() in functional


_DISPLAY_TAIL = regex.compile(r"[ \t]*[\"']?[ \t]*<")


@recognizer("person_names")
class PersonNames(Recognizer):
    stage = 2

    def analyze(self, a: Analysis):
        eng = engine(self.res)
        blocked = blocked_tokens(a)
        prop = proposals(a, eng)
        hits = eng.find(a.index, blocked, prop.per, prop.other, prop.weak_other)
        hits += self._from_emails(a, eng, blocked, hits)
        # "Parkeerbeheer Den Haag <parkeren@denhaag.nl>": the display name of a functional
        # mailbox is the organisation's, not a person's
        functional = {f.start for f in a.findings if f.label == Label.EMAIL and f.context.get("mailbox") == "functional"}
        if functional:
            # (a name with a first name or initials stays a person: "Jan de Vries <info@...>")
            hits = [h for h in hits if h.first or h.initials
                    or not _names_functional_mailbox(a.text, h.end, functional)]
        return [hit_finding(a, h, self.detector) for h in hits]

    def _from_emails(self, a: Analysis, eng: NameEngine, blocked: set[int], hits: list[NameHit]) -> list[NameHit]:
        """A personal address "k.mensah@..." or "koen.post@..." names a person: find that name
        in the text ("Kwame Mensah", "Koen Post") even where no other rule would."""
        out = []
        toks = a.index.tokens
        covered = set()
        for h in hits:
            for t in a.index.tokens_in(h.start, h.end):
                covered.add(t.i)
        by_fold: dict[str, list] | None = None     # capitalised words by folded form, made once
        for f in a.findings:
            if f.label != Label.EMAIL or f.context.get("mailbox") != "personal":
                continue
            parts = [p for p in regex.split(r"[._-]", regex.sub(r"\d+", "", f.context.get("local", ""))) if p]
            if len(parts) < 2:
                continue
            last = parts[-1]
            head = parts[:-1]
            if by_fold is None:
                by_fold = {}
                for t in toks:
                    if t.kind == "word" and t.text[:1].isupper():
                        # surname token: equal to the last part, or its first hyphen part is
                        keys = {_fold(t.text), _fold(t.text.split("-")[0])}
                        for k in keys:
                            by_fold.setdefault(k, []).append(t)
            for t in by_fold.get(last, ()):
                if t.i in blocked or t.i in covered:
                    continue
                # walk back over tussenvoegsels
                j = t.i - 1
                tvs = []
                while j >= 0 and toks[j].kind in ("word", "apo") and toks[j].text.lower() in eng.lex.tv_words:
                    tvs.insert(0, toks[j].text.lower())
                    j -= 1
                if j < 0:
                    continue
                p = toks[j]
                if p.line != t.line and a.text[p.end:toks[j + 1].start].count("\n") > 1:
                    continue
                hd = head
                # tussenvoegsels may be part of the local part: "l.van.gent"
                if len(hd) > 1 and [_fold(x) for x in hd[1:]] == [_fold(x) for x in tvs]:
                    hd = hd[:1]
                if not hd:
                    continue
                h0 = hd[0]
                pf = _fold(p.text)
                ok = False
                if p.kind == "init" and len(h0) <= 2 and pf.startswith(h0[0]):
                    ok = True
                elif p.kind == "word" and p.text[:1].isupper() and eng.chunk_kind(p) == "W":
                    if len(h0) <= 2 and pf.startswith(h0[0]):
                        ok = True
                    elif pf == h0 or pf.replace("-", "") == h0:
                        ok = True
                if not ok:
                    continue
                s = p.start
                # include further initials before ("L.M." split as "L." "M.")
                k = j - 1
                while k >= 0 and toks[k].kind == "init" and a.text[toks[k].end:toks[k + 1].start] in ("", " "):
                    s = toks[k].start
                    k -= 1
                first = [p.text] if p.kind == "word" else []
                inits = p.text if p.kind == "init" else ""
                out.append(NameHit(s, t.end, first, inits, " ".join(tvs), t.text, "full" if first else "init",
                                   self.res.scores["person_strong"], "email_name",
                                   "naam past bij een persoonlijk e-mailadres in het document"))
                for x in range(j, t.i + 1):
                    covered.add(x)
        return out


@recognizer("ner_persons")
class NerPersons(Recognizer):
    """The model proposes PER spans; the rules confirm and extend them (handled inside the
    name engine: a chunk that starts inside a PER span is parsed in 'ner' mode). This
    recognizer adds the PER spans the rules could not parse, with the model's score, so that
    nothing the model found is dropped silently (they go to review when weak)."""

    stage = 3

    def analyze(self, a: Analysis):
        out = []
        if not a.ner:
            return out
        eng = engine(self.res)
        covered = Spans((f.start, f.end) for f in a.findings if f.label == Label.PERSON)
        blocked = blocked_tokens(a)
        for s, e in proposals(a, eng).per:
            if covered.overlaps(s, e):
                continue
            toks = [t for t in a.index.tokens_in(s, e) if t.kind in ("word", "init", "apo")]
            # strip titles and trailing punctuation; all tokens must be name-like
            while toks and (toks[0].text.lower().rstrip(".") in eng.title_words or eng.is_person_noun(toks[0].text)):
                toks = toks[1:]
            if not toks or any(t.i in blocked for t in toks) or \
                    " ".join(t.text for t in toks).lower() in eng.tv_places:
                continue
            if len(toks) >= 2 and all(t.kind == "init" for t in toks[:-1]) and eng.suffix_blocked(toks[-1]):
                # "M. Oudkerk": initials and a surname that ends like a building or street
                out.append(a.finding(toks[0].start, toks[-1].end, Label.PERSON, "model:ner", self.score,
                                     "persoonsnaam volgens het taalmodel (initialen + achternaam)", layout="ner",
                                     name_kind="init", surname=toks[-1].text,
                                     initials="".join(t.text for t in toks[:-1])))
                continue
            if any(eng.chunk_kind(t) is None for t in toks):
                continue
            if not any(eng.chunk_kind(t) == "W" for t in toks):
                continue
            ws = [t.text for t in toks if eng.chunk_kind(t) == "W"]
            qs = [eng.quality(w) for w in ws]
            # the model proposes, the lists confirm: no ordinary words or places, and at least
            # one word that is a listed name or an unknown (non-compound) word
            if any(q == "word" for q in qs):
                continue
            if any(q == "proper" for q in qs) and not (len(ws) > 1 and any(q == "listed" for q in qs)):
                continue      # a place or brand; several name parts with a listed one are a name
            if not any(q in ("listed", "word_listed") or (q == "unknown" and not eng._compound(w))
                       for w, q in zip(ws, qs)):
                continue
            if len(ws) == 1 and qs[0] == "word_listed":
                continue
            if any(eng.quality(part) == "word" or (eng.quality(part) == "unknown" and eng._compound(part))
                   for w in ws if "-" in w for part in w.split("-") if part[:1].isupper()):
                continue    # "Deventer-Bergweide", "Lekdijk-West": places
            out.append(a.finding(toks[0].start, toks[-1].end, Label.PERSON, "model:ner", self.score,
                                 "persoonsnaam volgens het taalmodel", layout="ner",
                                 name_kind="full" if len(ws) > 1 else "sur", surname=ws[-1],
                                 first=" ".join(ws[:-1])))
        return out


@recognizer("staff_list")
class StaffList(Recognizer):
    """Names, e-mail addresses and phone numbers from the organisation's --staff list: always
    found (and redacted by the policy)."""

    stage = 2

    def analyze(self, a: Analysis):
        out = []
        if not self.res.staff:
            return out
        text = a.text
        for p in self.res.staff:
            pats = []
            if p.name:
                body = r"\s+".join(regex.escape(w) for w in p.name.split())
                pats.append((body, Label.PERSON))
            if p.email:
                pats.append((regex.escape(p.email), Label.EMAIL))
            if p.phone:
                digits = regex.sub(r"\D", "", p.phone)
                if len(digits) >= 6:
                    pats.append((r"[\s.\-/()]*".join(digits), Label.PHONE))
            if p.initials and len(p.initials.replace(".", "")) >= 2:
                ini = p.initials.replace(".", "").replace(" ", "")
                pats.append((r"(?-i:" + regex.escape(ini) + r")", Label.INITIALS))
            for body, lab in pats:
                flags = regex.IGNORECASE if lab == Label.EMAIL else 0
                for m in regex.finditer(r"(?<![\w@.])" + body + r"(?![\w@])", text, flags):
                    out.append(a.finding(m.start(), m.end(), lab, "list:staff", self.score,
                                         "staat op de personeelslijst", staff="1", layout="staff",
                                         staff_name=p.name))
        return out


_CELL_TOKS = regex.compile(r"[\p{L}\d./-]+")
# "Lotte Vrij (LV)", "(LV, secretaris)", "(data-analist; XL)": initials in the brackets after a name
_DECLARED = regex.compile(r"[ \t]*\((?:[^()\n]{0,80}?[;,][ \t]*)?(\p{Lu}[\p{L}]{1,5})[,;)]")
def _initials_pair(text: str, s: int, e: int, lex) -> bool:
    """"HK/TvD": initials joined by a slash to other initials, the pair alone in its cell
    (not "BZK/DGOO": an organisation's abbreviation in it makes it a unit code)."""
    m = _SLASH_PAIR.match(text, max(0, text.rfind("\t", 0, s) + 1, text.rfind("\n", 0, s) + 1))
    if not m or not (m.start() <= s and e <= m.end()):
        return False
    parts = m.group().strip().split("/")
    return all(INITIALS_SHAPE.match(x) and x not in lex.acronyms and x.upper() not in lex.acronyms for x in parts)


_SLASH_PAIR = regex.compile(r"[ ]*\p{Lu}[\p{L}]{1,5}(?:/\p{Lu}[\p{L}]{1,5})+[ ]*(?=\t|\n|$)")
_SLASHED = regex.compile(r"\p{L}+(?:/\p{L}+)+")


def _split_owners(cell: str) -> str:
    """"HK/TvD" -> "HK TvD": a slash between short initials (at most three capitals each; not
    "LAFP/ANAL", an OCR'd unit code)."""
    def one(m):
        parts = m.group().split("/")
        if all(len(p) <= 4 and sum(ch.isupper() for ch in p) <= 3 for p in parts):
            return " ".join(parts)
        return m.group()
    return _SLASHED.sub(one, cell)
_JOINERS = frozenset(("en", "&", "+", "/"))
INITIALS_SHAPE = regex.compile(r"^\p{Lu}{1,3}(?:v|vd|vdr|d|t|te|tv|vt|vh)?\p{Lu}{1,2}\p{Ll}?$")


_TV_SHAPE = regex.compile(r"^\p{Lu}{1,2}(?:v|vd|vdr|d|t|te)\p{Lu}$")


def _spelled_out_before(text: str, pos: int, w: str) -> bool:
    """"Memorie van Toelichting (MvT)": the words before the bracket spell the letters."""
    if not text[max(0, pos - 2):pos].endswith("("):
        return False
    words = regex.findall(r"[\p{L}]+", text[max(0, pos - 80):pos])[-len(w):]
    return "".join(x[0] for x in words).lower() == w.lower()


@recognizer("initials")
class Initials(Recognizer):
    """Initials and paraphs: forms derived from the persons found ("SvdM", "JPW", "TdB"), and
    initials-shaped tokens in paraph contexts (paraph/"Wie" columns, "(EK)" at the end of an
    action, next to a date in a paraph table, after "Ingevuld door:")."""

    stage = 4

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.labels = words_regex(res.ctx_list("initials_labels"))
        self.parties = {str(p).lower() for p in ((res.policy.get("roles") or {}).get("parties") or [])}
        self.date = regex.compile(r"\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?(?![\d/])")

    @staticmethod
    def _with_article(a: Analysis, w: str) -> bool:
        arts = a.extra.get("article_words")
        if arts is None:
            arts = a.extra["article_words"] = {
                toks[i + 1].text for toks in [a.index.tokens] for i in range(len(toks) - 1)
                if toks[i].text.lower() in ("de", "het", "der") and toks[i + 1].kind == "word"}
        return w in arts

    def _context(self, a: Analysis, t, derived: bool = True) -> str:
        """Why a token stands where initials stand ('' if it does not)."""
        text = a.text
        ls, le = a.index.line_span(t.line)
        line = text[ls:le]
        # cell of the token
        cs = text.rfind("\t", ls, t.start)
        ce = text.find("\t", t.end, le)
        cell = text[(cs + 1 if cs >= 0 else ls):(ce if ce >= 0 else le)].strip()
        # several owners in one cell: "HK/TvD", "TvD en LB", "HK + LB"
        toks_cell = [x for x in _CELL_TOKS.findall(_split_owners(cell)) if x not in _JOINERS]
        # a cell/line that holds only initials ("TdB, JPW", "MW")
        if all(INITIALS_SHAPE.match(x) for x in toks_cell if not self.date.fullmatch(x)) and toks_cell:
            if any(self.date.fullmatch(x) for x in toks_cell):
                return "paraaf met datum"
            if derived or "\t" in line or cell == line.strip():
                return "cel met initialen"
        before = text[max(ls, t.start - 2):t.start]
        after = text[t.end:t.end + 2]
        if before.endswith("(") and after.startswith(")") and derived:
            return "initialen tussen haakjes"
        if self.labels and self.labels.search(text[max(ls, t.start - 30):t.start]):
            return "na label voor paraaf"
        if self.date.match(text[t.end:t.end + 12].lstrip()) and len(toks_cell) <= 3:
            return "paraaf met datum"
        # the subject of a sentence in minutes: "EK vraagt waarop dat is gebaseerd"
        if derived and (t.start == ls or before.endswith(". ") or before.endswith("\n") or not text[ls:t.start].strip()) \
                and regex.match(r" \p{Ll}{2,}", text[t.end:t.end + 12]):
            return "initialen als onderwerp van de zin"
        # a sign-off at the end of a message: ". TD" or a line of its own
        if (before.endswith(". ") or before.endswith("\n")) and (after[:1] in ("", "\n") or t.end == le):
            return "afsluitende initialen"
        return ""

    def analyze(self, a: Analysis):
        out = []
        lex = self.res.lex
        derived: dict[str, object] = {}
        for r in a.persons:
            for v in initials_variants(r):
                derived.setdefault(v, r)
        taken = Spans((f.start, f.end) for f in a.findings if f.label in (Label.PERSON, Label.EMAIL))
        # "Lotte Vrij (LV)": the document itself defines these initials as that person, so
        # every other "LV" in it is her too, even where the letters could be an abbreviation
        declared: set[str] = set()
        for f in a.findings:
            if f.label == Label.PERSON:
                m = _DECLARED.match(a.text, f.end)
                x = m.group(1) if m else ""
                # a party or organisation after a name ("Tuinstra (D66)", "(VVD)") is no
                # definition, unless the letters are that person's initials
                # ... and the letters must contain the surname's initial ("Kuiper (DGOO)" is her
                # unit, "Lotte Vrij (LV)" her paraph)
                sur = (f.context.get("surname") or f.text.split()[-1]).lstrip("'’")
                if x and INITIALS_SHAPE.match(x) and (x in derived or not (
                        x in lex.acronyms or x.upper() in lex.acronyms or lex.is_word(x) or x in lex.proper)
                        and sur[:1].upper() in x.upper()):
                    declared.add(x)
        counts = None
        postcode_letters = postcode_letter_tokens(a)
        for t in a.index.tokens:
            if t.kind != "word" or t.in_url or not (2 <= len(t.text) <= 6) or not t.text[:1].isupper() \
                    or t.i in postcode_letters:
                continue
            w = t.text
            if sum(ch.isupper() for ch in w) < 2 and w not in derived:
                continue
            if taken.covers(t.start):
                continue
            # part of a code or compound ("PB-2024-117", "JZ/2024", "MT-overleg"), but not two
            # owners' initials joined by a slash ("HK/TvD")
            if (a.text[t.end:t.end + 1] in ("-", "/", "_", "@", ".") and a.text[t.end + 1:t.end + 2].isalnum()
                    or a.text[t.start - 1:t.start] in ("-", "/", "_", "@") and t.start > 0) \
                    and not _initials_pair(a.text, t.start, t.end, lex):
                continue
            if w.lower() in self.parties and a.text[t.start - 1:t.start] == "(" and a.text[t.end:t.end + 1] == ")":
                continue    # "Gerrit X (GL)": a party alone in brackets, even where it matches the initials
            r = derived.get(w)
            commonword = w in lex.acronyms or lex.is_word(w) or w in lex.proper or w.upper() in lex.acronyms
            ctx = ""
            if r is None and w in declared:
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score,
                                     "initialen van een gevonden persoon (zo afgekort in het document)",
                                     layout="initials"))
                continue
            if r is not None:
                if (commonword or a.extra.get("initials_need_context")) and w not in declared:
                    ctx = self._context(a, t)
                    if not ctx:
                        continue
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score,
                                     "initialen van een gevonden persoon" + (f" ({ctx})" if ctx else ""),
                                     person=r.key, layout="initials"))
                continue
            if not INITIALS_SHAPE.match(w) or commonword or w[-1].islower():
                continue
            if self._with_article(a, w):
                continue    # "de NZa": an organisation's abbreviation
            if _TV_SHAPE.match(w) and not _spelled_out_before(a.text, t.start, w):
                # "MvB", "GvdL": capitals around a lower-case van/de/vd are a person's
                # initials wherever they stand (the abbreviations of that shape are listed)
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                     "initialen (met tussenvoegsel)", layout="initials"))
                continue
            if w.isupper() and len(w) >= 3:
                if counts is None:     # counted once (a long document: thousands of candidates)
                    counts = Counter(x.text for x in a.index.tokens)
                if counts[w] > 2:
                    continue    # an abbreviation used throughout the text
            ctx = self._context(a, t, derived=False)
            if not ctx or ctx == "afsluitende initialen":
                continue
            out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                 f"initialen ({ctx})", layout="initials"))
        return out
