"""Surface forms of a person: the ways one `PersonRecord` can be written (full name,
initials, surname, first name, "Surname, First" as Outlook writes it, possessive) and the
paraph forms of the initials ("SvdM")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .lexicon import ordinary_compound

if TYPE_CHECKING:
    from .persons import PersonRecord


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _tv_variants(tv: str) -> list[str]:
    if not tv:
        return [""]
    return list(dict.fromkeys([tv, _cap(tv)]))


@dataclass
class Form:
    tokens: tuple[str, ...]
    kind: str                 # full | initials | surname | first | reversed | possessive
    single_word: bool = False  # a single token that is also an ordinary word (care at sentence starts)


def forms_for(r: PersonRecord, lex) -> list[Form]:
    out: list[Form] = []
    S = r.surname
    tvs = _tv_variants(r.tv)

    def toks(*parts: str) -> tuple[str, ...]:
        return tuple(t for p in parts for t in p.split() if t)

    if S:
        stoks = tuple(S.split())
        given_sets = []
        if r.given:
            given_sets.append(" ".join(r.given))
        if r.first and r.first not in given_sets:
            given_sets.append(r.first)
        for g in given_sets:
            for tv in tvs:
                out.append(Form(toks(g, tv) + stoks, "full"))
        ini_forms = set()
        if r.initials:
            ini_forms.add(".".join(r.initials) + ".")
            ini_forms.add(r.initials[0] + ".")
        elif r.first:
            ini_forms.add(r.first[0] + ".")
        for ini in ini_forms:
            for tv in tvs:
                out.append(Form(toks(tv) and (ini,) + toks(tv) + stoks or (ini,) + stoks, "initials"))
        if r.tv:
            for tv in tvs:
                out.append(Form(toks(tv) + stoks, "surname"))
        word_sur = lex.is_word(S) if len(stoks) == 1 else False
        if not r.tv or not word_sur:
            out.append(Form(stoks, "surname", single_word=word_sur and len(stoks) == 1))
        # possessive without apostrophe: "Van Dijks"
        if not S.endswith(("s", "z", "x")):
            poss = stoks[:-1] + (stoks[-1] + "s",)
            if r.tv:
                for tv in tvs:
                    out.append(Form(toks(tv) + poss, "possessive"))
            if not lex.is_word(poss[-1]):
                out.append(Form(poss, "possessive"))
        # reversed (Outlook): "Meer-Oduya, Sanne van der"
        for g in given_sets + ([".".join(r.initials) + "."] if r.initials else []):
            out.append(Form(stoks + (",",) + toks(g) + toks(r.tv), "reversed"))
            if r.tv:
                out.append(Form(toks(_cap(r.tv)) + stoks + (",",) + toks(g), "reversed"))
    if r.first and (lex.is_first_name(r.first) or not (ordinary_compound(r.first, lex.words) or r.first in lex.proper)):
        # not a "first name" that is two ordinary words: "Meervaart Sloterplas" and
        # "Speelveldtoets Hallof" were read as names, and their first word spread everywhere;
        # nor a place's name that no list has as a first name ("Breukelen Lima" in a table
        # whose cells ran together: the town is not her first name)
        out.append(Form(tuple(r.first.split()), "first", single_word=lex.is_word(r.first)))
        if len(r.given) > 1 and r.given[0] == r.first:
            out.append(Form(tuple(r.given), "first"))     # "Hui Min", "Jan Peter": all given names
    # unique, longest first
    seen = set()
    uniq = []
    for f in sorted(out, key=lambda f: -len(f.tokens)):
        if f.tokens and f.tokens not in seen:
            seen.add(f.tokens)
            uniq.append(f)
    return uniq


def initials_variants(r: PersonRecord) -> frozenset[str]:
    """Paraph / action-list forms: "SvdM", "SM", "JPW", "JKu", "TdB"."""
    return _initials_variants(r.surname, r.initials, r.first, r.tv)


_NAME_PARTS = regex.compile(r"[-\s]")


# issue 7: asked for every person of the dossier in every document; a dossier has far fewer
# distinct names than (persons x documents)
@lru_cache(maxsize=1 << 16)
def _initials_variants(surname: str, initials: str, first: str, tv: str) -> frozenset[str]:
    out: set[str] = set()
    if not surname:
        return frozenset()
    g_all = initials or (first[:1] if first else "")
    g_one = g_all[:1]
    pieces = _NAME_PARTS.split(surname)
    parts = [p for p in pieces if p and p[0].isupper()]
    if not parts or not g_one:
        return frozenset()
    s1 = parts[0][0]
    s_all = "".join(p[0] for p in parts)
    s_two = parts[0][:2] if len(parts[0]) > 1 else parts[0]
    # the lower-case particles inside a double-barrelled surname count too: "Mol-de Jager" -> "MdJ"
    s_tv = "".join(p[0] for p in pieces if p)
    tvl = "".join(w[0] for w in tv.replace("'t", "t").split()) if tv else ""
    # two letters of the first name where colleagues share initials ("JaB" for Jacq B.)
    g_first2 = first[:2] if len(first) >= 3 and first[:1].isupper() and first[1:2].islower() else ""
    for g in {g_all, g_one} | ({g_first2} if g_first2 else set()):
        for s in {s1, s_all, s_two, s_tv}:
            out.add(g + s)
            if tvl:
                out.add(g + tvl + s)
                out.add(g + tvl.upper() + s)
    return frozenset(v for v in out if 2 <= len(v) <= 6)
