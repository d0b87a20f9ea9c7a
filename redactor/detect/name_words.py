"""What a single capitalised word can be in a name: its list quality and its chunk kind.

Kept apart from parsing and judging because every later step (chunking, parsing, judging,
the reversed and e-mail forms, proposals.py) asks these same questions of a word, and the
answers are cached per word.
"""
from __future__ import annotations

import regex

from .lexicon import ordinary_compound
from .text import Token

_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_CAMEL_OK = regex.compile(r"^(?:Mc|Mac|O'|D'|De|Van)\p{Lu}")
W, T, I, A = "W", "T", "I", "A"   # chunk token kinds: word, tussenvoegsel, initials, connector


class NameWords:
    """Mixin of NameEngine (names.py); expects `self.lex`."""

    def _init_words(self, res) -> None:
        c = res.ctx_list
        self.person_nouns = set(c("person_nouns"))
        self.person_suffixes = tuple(c("person_noun_suffixes"))
        self.block_suffixes = tuple(c("name_blocking_suffixes"))
        self.surname_suffixes = tuple(c("surname_capable_suffixes"))
        self.place_prefixes = set(c("place_prefixes"))
        self.title_words = {w for seq in self.lex.titles for w in seq}
        self.cap_tv = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "el", "al", "le", "la", "da",
                       "di", "du", "von", "zu", "dos", "del", "della", "bin", "ben", "op", "in", "aan", "uit", "bij",
                       "voor", "onder", "over", "mac", "mc", "o'", "d'", "l'"}
        self.qcache: dict[str, str] = {}
        self._ck_cache: dict[tuple[str, str], str | None] = {}

    def quality(self, w: str) -> str:
        """listed (in a name list, not an ordinary word) | word_listed | word | proper | unknown"""
        q = self.qcache.get(w)
        if q is not None:
            return q
        lex = self.lex
        if "-" in w and not (w in lex.surnames or w in lex.first_names):
            parts = [p for p in w.split("-") if p]
            qs = [self.quality(p) if p[:1].isupper() else ("tv" if p.lower() in lex.tv_words else "word") for p in parts]
            qs = [x for x in qs if x != "tv"] or ["word"]
            if any(x == "proper" for x in qs):
                q = "proper"
            elif all(x == "word" for x in qs):
                q = "word"
            elif any(x == "unknown" for x in qs):
                q = "unknown"
            elif any(x in ("listed", "word_listed") for x in qs):
                q = "listed" if any(x == "listed" for x in qs) else "word_listed"
            else:
                q = "word"
        else:
            in_list = w in lex.surnames or w in lex.first_names
            if lex.is_word(w):
                q = "word_listed" if in_list else "word"
            elif in_list:
                q = "listed"
            elif w in lex.proper:
                q = "proper"
            else:
                q = "unknown"
        self.qcache[w] = q
        return q

    def fn_strength(self, w: str) -> int:
        """2 = first name that is no ordinary word, 1 = first name that is also a word, 0 = none."""
        if not self.lex.is_first_name(w):
            return 0
        if w in self.lex.common_first_names or all(p in self.lex.common_first_names for p in w.split("-")):
            return 2
        return 1 if self.lex.is_word(w) else 2

    def _compound(self, w: str) -> bool:
        """An unknown capitalised word made of ordinary words ("Dakkapellenbeleid")."""
        return ordinary_compound(w, self.lex.words)

    def is_person_noun(self, w: str) -> bool:
        lw = w.lower()
        if lw in self.person_nouns:
            return True
        return len(lw) > 5 and lw.endswith(self.person_suffixes)

    def chunk_kind(self, t: Token) -> str | None:
        if t.in_url:
            return None
        key = (t.kind, t.text)
        k = self._ck_cache.get(key, "?")
        if k == "?":
            k = self._chunk_kind(t)
            self._ck_cache[key] = k
        return k

    def suffix_blocked(self, t: Token) -> bool:
        """A capitalised word refused as a name part only for a building suffix that also ends
        surnames ("Oudkerk"): a surname when initials come before it."""
        if t.kind != "word" or not t.text[:1].isupper() or t.text.isupper() or "-" in t.text:
            return False
        lw = t.text.lower()
        return (bool(self.surname_suffixes) and lw.endswith(self.surname_suffixes)
                and not any(lw == x for x in self.block_suffixes)
                and not self.lex.is_not_name(t.text) and self._chunk_kind(t) is None)

    def _chunk_kind(self, t: Token) -> str | None:
        if t.kind == "init":
            return I
        if t.kind == "apo":
            return T
        if t.kind != "word":
            return None
        w = t.text
        lw = w.lower()
        if lw in self.lex.tv_words:
            if w.islower() or lw in self.cap_tv:
                return T
        if not w[:1].isupper():
            return None
        if len(w) == 1:
            return A
        lex = self.lex
        if lex.is_not_name(w) or lw in self.title_words or self.is_person_noun(w):
            return None
        if w.isupper():
            return None
        # camel case inside ("ProRail", "JenV") is a brand or abbreviation
        if _CAMEL.search(w) and not (w in lex.surnames or _CAMEL_OK.match(w)):
            return None
        parts = w.split("-")
        if len(parts) > 1 and parts[0].lower() in self.place_prefixes:
            return None
        for p in parts:
            if not p:
                return None
            if p[0].isupper():
                if len(p) > 1 and p.isupper():
                    return None
            elif p.lower() not in lex.tv_words:
                return None
        if lw.endswith(self.block_suffixes) and not (w in lex.surnames or w in lex.first_names) \
                and not any(lw == s for s in self.block_suffixes):
            if not any(pp in lex.surnames for pp in parts if pp[:1].isupper()) or len(parts) == 1:
                return None
        return W
