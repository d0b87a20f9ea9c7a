"""Recognizers for persons.

Types: `person_names` (lists + context), `ner_persons` (the model's PER spans, confirmed and
extended by the rules), `staff_list` (the organisation's --staff list). `initials` (paraphs and
action-list owners) is in initials.py, `org_names` in org_names.py.
"""
from __future__ import annotations

import regex

from ...models import Label
from ..name_hit import NameHit
from ..names import NameEngine
from ..persons import _fold
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

    @staticmethod
    def _uncovered_head(a: Analysis, s: int, e: int, covered, lex, titles) -> int | None:
        """"Hui Min Chong<TAB>": the model's span on one line, the rules found only its last
        word; the words before it are capitalised, the first of them a first name or no word,
        and no place (a given name of more than one part, "Min" also a word). The start of the
        found part, or None."""
        toks = [t for t in a.index.tokens_in(s, e)]
        if not 2 <= len(toks) <= 3 or "\n" in a.text[s:e] or "\t" in a.text[s:e] \
                or not all(_capitalised_word(t) for t in toks):
            return None
        last = toks[-1]
        if not covered.covers(last.start) or any(covered.covers(t.start) for t in toks[:-1]):
            return None
        w0 = toks[0].text
        if lex.is_not_name(w0) or w0 in lex.proper or (lex.is_word(w0) and not lex.is_first_name(w0)) \
                or any(t.text.lower() in titles for t in toks):
            return None
        return last.start

    def analyze(self, a: Analysis):
        out = []
        if not a.ner:
            return out
        eng = engine(self.res)
        covered = Spans((f.start, f.end) for f in a.findings if f.label == Label.PERSON)
        blocked = blocked_tokens(a)
        lex = self.res.lex
        for s, e in proposals(a, eng).per:
            if covered.overlaps(s, e):
                head = self._uncovered_head(a, s, e, covered, lex, eng.title_words)
                if head is not None:
                    # (scored above the rules' reading of the last word alone, so that this
                    # reading of the parts explains the merged finding)
                    out.append(a.finding(s, e, Label.PERSON, "model:ner", self.res.scores["person_strong"],
                                         "persoonsnaam volgens het taalmodel (meerdelige voornaam)", layout="ner",
                                         name_kind="full", surname=a.text[head:e].split()[-1],
                                         first=" ".join(a.text[s:head].split())))
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


def _capitalised_word(t) -> bool:
    return t.kind == "word" and t.text[:1].isupper() and t.text[1:].islower()


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
