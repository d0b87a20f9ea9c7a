"""Persons: who was found, under which forms, and every other mention of them.

A `PersonRecord` ties the mentions of one person together (in a document and across the
dossier): name parts, the surface forms seen, e-mail addresses, and whether the person is an
office holder found in role (kept) or someone to redact.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .person_forms import Form, forms_for
from .text import TextIndex, Token


@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


@dataclass
class PersonRecord:
    key: str                                  # stable id: "<tv>|<surname>|<first initial>" (lower case)
    first: str = ""                           # first given name as written ("Sanne"), "" if unknown
    given: list[str] = field(default_factory=list)   # all given names
    initials: str = ""                        # initial letters ("JP"), from "J.P." or the given names
    tv: str = ""                              # tussenvoegsel, lower case ("van der")
    surname: str = ""                         # "Meer-Oduya"
    forms: list[str] = field(default_factory=list)   # surface forms seen in the text
    emails: list[str] = field(default_factory=list)
    role: str = ""                            # kept role found for this person ("minister"), "" if none
    keep: bool = False                        # True: office holder in role / officials list -> kept everywhere
    redact: bool = True                       # the complement of keep, kept for readability
    source: str = ""                          # detector of the strongest mention
    docs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        # by hand rather than dataclasses.asdict: this runs for every dossier person of every
        # document, and asdict's recursive deep copy was a tenth of a whole run (issue 7)
        d = dict(self.__dict__)
        for k in _LIST_FIELDS:
            d[k] = list(d[k])
        return d

    def copy(self) -> "PersonRecord":
        return PersonRecord(**self.to_dict())

    @classmethod
    def from_dict(cls, d: dict) -> "PersonRecord":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    @property
    def display(self) -> str:
        parts = [self.first or ".".join(self.initials) + ("." if self.initials else ""), self.tv, self.surname]
        return " ".join(p for p in parts if p)


_LIST_FIELDS = ("given", "forms", "emails", "docs")


def make_key(tv: str, surname: str, first: str, initials: str) -> str:
    ini = (first[:1] or initials[:1]).lower()
    return f"{_fold(tv)}|{_fold(surname)}|{_fold(ini)}"


def initial_letters(initials: str) -> str:
    """"J.P." -> "JP", "Th." -> "T", "IJ." -> "IJ"."""
    out = []
    for part in initials.replace(" ", "").split("."):
        if part:
            out.append(part[0] if part != "IJ" else "IJ")
    return "".join(out)


def record_from_hit(hit, doc_id: str, detector: str) -> PersonRecord:
    first = hit.first[0] if hit.first else ""
    ini = initial_letters(hit.initials) if hit.initials else "".join(f[0] for f in hit.first)
    tv = hit.tv.lower().replace("’", "'")
    sur = hit.surname
    return PersonRecord(key=make_key(tv, sur, first, ini), first=first, given=list(hit.first), initials=ini,
                        tv=tv, surname=sur, forms=[], source=detector, docs=[doc_id])


def _compatible(a: PersonRecord, b: PersonRecord) -> bool:
    if _fold(a.surname) != _fold(b.surname):
        return False
    if a.tv and b.tv and _fold(a.tv) != _fold(b.tv):
        return False
    ia = (a.initials or a.first[:1]).upper()
    ib = (b.initials or b.first[:1]).upper()
    if ia and ib and not (ia.startswith(ib) or ib.startswith(ia)):
        return False
    if a.first and b.first and _fold(a.first) != _fold(b.first):
        return False
    return True


def merge_into(dst: PersonRecord, src: PersonRecord) -> None:
    if dst.source == "weak" and src.source != "weak":
        dst.source = src.source      # stronger evidence for the same person
    if not dst.first and src.first:
        dst.first = src.first
        dst.given = src.given
    if len(src.initials) > len(dst.initials):
        dst.initials = src.initials
    if not dst.tv and src.tv:
        dst.tv = src.tv
    for f in src.forms:
        if f not in dst.forms:
            dst.forms.append(f)
    for e in src.emails:
        if e not in dst.emails:
            dst.emails.append(e)
    for d in src.docs:
        if d not in dst.docs:
            dst.docs.append(d)
    if src.keep and not dst.keep:
        dst.keep, dst.redact, dst.role = True, False, src.role or dst.role
    dst.key = make_key(dst.tv, dst.surname, dst.first, dst.initials)


def _copy(r: PersonRecord) -> PersonRecord:
    return r.copy()


def merge_persons(records: list[PersonRecord]) -> list[PersonRecord]:
    """Merge records that denote the same person (same surname, compatible first names or
    initials; a record without a first name joins the only compatible full record; a
    first-name-only record joins the only record with that first name). Linear in the number of
    records (grouped by surname), so a dossier with many persons stays fast."""
    full = [r for r in records if r.surname]
    firsts = [r for r in records if not r.surname]
    out: list[PersonRecord] = []
    by_surname: dict[str, list[PersonRecord]] = {}
    by_first: dict[str, list[PersonRecord]] = {}
    # most specific first
    full.sort(key=lambda r: (-(bool(r.first) + bool(r.initials) + bool(r.tv)), -len(r.initials)))
    for r in full:
        group = by_surname.setdefault(_fold(r.surname), [])
        cands = [o for o in group if _compatible(o, r)]
        if not (r.first or r.initials):
            # "wethouder Jansen" (kept) is not necessarily "P. Jansen" (redacted): a bare surname
            # joins a full record only when both are treated the same way
            cands = [o for o in cands if o.keep == r.keep]
        if cands and (not (r.first or r.initials) or len(cands) == 1):
            merge_into(cands[0], r)
            continue
        if len(cands) > 1:
            exact = [o for o in cands if _fold(o.first) == _fold(r.first) and o.first]
            merge_into((exact or cands)[0], r)
            continue
        c = _copy(r)
        out.append(c)
        group.append(c)
        if c.first:
            by_first.setdefault(_fold(c.first), []).append(c)
    for r in firsts:
        f = _fold(r.first)
        cands = [o for o in by_first.get(f, []) if o.surname]
        if len(cands) == 1:
            merge_into(cands[0], r)
            continue
        same = [o for o in by_first.get(f, []) if not o.surname]
        if same:
            merge_into(same[0], r)
            continue
        c = _copy(r)
        out.append(c)
        by_first.setdefault(f, []).append(c)
    for r in out:
        r.key = make_key(r.tv, r.surname, r.first, r.initials) if r.surname else f"||{_fold(r.first)}"
    return out


# ---------------------------------------------------------------------- matching

def _units(idx: TextIndex, blocked: set[int]) -> list[tuple[str, int, int, Token, Token]]:
    """Token stream for form matching: consecutive initials ("J. P.") merged into one unit."""
    out = []
    toks = idx.tokens
    text = idx.text
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "init":
            j = i
            txt = t.text
            while j + 1 < n and toks[j + 1].kind == "init" and text[toks[j].end:toks[j + 1].start] in ("", " "):
                j += 1
                txt += toks[j].text
            out.append((txt, t.start, toks[j].end, t, toks[j]))
            i = j + 1
            continue
        w = t.text
        if len(w) >= 4 and w.isupper() and t.kind == "word":
            # a surname in capitals ("VAN: J.C. BIMMEL" in a fax header) is matched as written
            # normally; abbreviations of four letters or more rarely equal a found surname
            w = "-".join(x[:1] + x[1:].lower() for x in w.split("-"))
        out.append((w, t.start, t.end, t, t))
        i += 1
    return out


def form_index(records: list[PersonRecord], lex) -> dict[str, list[tuple[Form, PersonRecord]]]:
    """Every mention form of every record, by its first token, longest first. Built once
    per dossier when the same records are matched against many documents."""
    index: dict[str, list[tuple[Form, PersonRecord]]] = {}
    for r in records:
        for f in forms_for(r, lex):
            index.setdefault(f.tokens[0], []).append((f, r))
    for lst in index.values():
        lst.sort(key=lambda fr: -len(fr[0].tokens))
    return index


_NEXT_NAME = regex.compile(r"[ \u00a0]+((?:\p{Ll}+[ \u00a0]+){0,3})(\p{Lu}\p{Ll}[\p{L}'’-]*)")


def _continues_as_other_name(text: str, end: int, lex) -> bool:
    """A first name followed on the same line by (tussenvoegsels and) a capitalised word
    that is no ordinary word: the first name is part of another name."""
    m = _NEXT_NAME.match(text, end)
    if not m:
        return False
    tvs = m.group(1).split()
    if tvs and not all(w in lex.tv_words for w in tvs):
        return False
    w = m.group(2)
    if tvs == ["van"] and any(ch.isupper() for ch in w[1:]) and not w.isupper():
        return False    # "Jurgen van WarmteStad": a company written in camel case, not a surname
    return not lex.is_word(w)


def find_mentions(idx: TextIndex, records: list[PersonRecord], lex, blocked: set[int], index=None):
    """Yield (start, end, record, form) for every mention of every record in the text.
    Longest forms win; a match never crosses a table cell or a blank line."""
    units = _units(idx, blocked)
    text = idx.text
    if index is None:
        index = form_index(records, lex)
    out = []
    n = len(units)
    i = 0
    while i < n:
        u = units[i]
        cands = index.get(u[0])
        matched = None
        if cands and u[3].i not in blocked and not u[3].in_url:
            for f, r in cands:
                L = len(f.tokens)
                if i + L > n:
                    continue
                ok = True
                for k in range(1, L):
                    a, b = units[i + k - 1], units[i + k]
                    if b[0] != f.tokens[k] or b[3].i in blocked:
                        ok = False
                        break
                    gap = text[a[2]:b[1]]
                    if gap.strip() or "\t" in gap or gap.count("\n") > 1:
                        ok = False
                        break
                if not ok:
                    continue
                last = units[i + L - 1]
                # whole words only: the unit boundaries are token boundaries already; but a
                # surname must not continue with a hyphen part ("Bakker" in "Bakker-Simons")
                nxt = text[last[2]:last[2] + 2]
                prv = text[max(0, u[1] - 1):u[1]]
                if nxt[:1] == "-" and nxt[1:2].isalpha():
                    continue
                if prv == "-" or prv == "@" or prv == ".":
                    if prv == "@":
                        # "@Li-Wei" in a chat is a mention of her; "x@Name" is an address
                        if u[1] >= 2 and not text[u[1] - 2].isspace():
                            continue
                    elif prv != "." or (u[1] >= 2 and text[u[1] - 2].isalnum()):
                        continue
                if L == 1 and u[3].kind == "word" and u[0] != u[3].text:
                    continue    # a word in capitals alone ("GOES"): only with the initials before it
                if f.kind == "first" and L == 1 and _continues_as_other_name(text, last[2], lex):
                    continue    # "Karel" of "Karel de Grotelaan" / "Karel Appel": another name
                matched = (u[1], last[2], r, f, u[3])
                break
        if matched:
            out.append(matched)
            # skip the matched units
            end = matched[1]
            while i < n and units[i][1] < end:
                i += 1
            continue
        i += 1
    return out


def derived_local_parts(r: PersonRecord) -> set[str]:
    """E-mail local parts that can be derived from a name (fleur.vanderlaan, f.vdlaan, ...)."""
    out = set()
    sur = _fold(r.surname).replace(" ", "")
    sur_first = sur.split("-")[0]
    tv = _fold(r.tv).replace(" ", "").replace("'", "")
    tvl = "".join(w[0] for w in _fold(r.tv).replace("'t", "t").split()) if r.tv else ""
    first = _fold(r.first)
    ini = _fold(r.initials or r.first[:1])
    for s in {sur, sur.replace("-", ""), sur_first}:
        for t in {tv, tvl, ""} if tv else {""}:
            body = t + s
            bodies = {body, f"{t}.{s}" if t else s}
            if r.tv:
                bodies.add(".".join(_fold(r.tv).split()) + "." + s)
            for b in bodies:
                if first:
                    out.update({f"{first}.{b}", f"{first}{b}", f"{first}_{b}", f"{first[0]}.{b}", f"{first[0]}{b}"})
                if ini:
                    out.update({f"{ini}.{b}", f"{'.'.join(ini)}.{b}", f"{ini}{b}"})
                out.add(b)
    return {o for o in out if len(o) >= 3}
