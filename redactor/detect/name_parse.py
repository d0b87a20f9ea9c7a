"""Name forms: tokens grouped into chunks, and a chunk parsed into names
[initials | first names] [tussenvoegsel] surname[-surname].

Parsing only says which tokens would be which part; whether the parse is a person is judged
in name_judge.py, because the same form is a name in one context and not in another.
"""
from __future__ import annotations

from .name_words import A, I, T, W
from .text import TextIndex, Token


def _same_line(ch, j: int) -> bool:
    """Chunk token j stands on the line of the token before it."""
    return ch[j][0].line == ch[j - 1][0].line


class NameParser:
    """Mixin of NameEngine (names.py); expects `self.lex`, `self.cap_tv`, `self.tv_max` and the
    word questions of NameWords."""

    def chunks(self, idx: TextIndex, blocked: set[int]) -> list[list[tuple[Token, str]]]:
        out = []
        cur: list[tuple[Token, str]] = []
        prev: Token | None = None
        text = idx.text
        for t in idx.tokens:
            k = None if t.i in blocked else self.chunk_kind(t)
            if k is None and cur and prev is not None and cur[-1][1] == W and text[prev.end:t.start] == " " \
                    and t.i not in blocked and self._surname_role_word(t, prev):
                k = W     # "Kevin Arts": a surname that is also a role noun, after a first name
            if k is None and cur and prev is not None and cur[-1][1] == T and prev.text.islower() \
                    and any(x[1] == I for x in cur) and text[prev.end:t.start] == " " and t.i not in blocked \
                    and t.kind == "word" and t.text[:1].isupper() and t.text[1:].islower() and len(t.text) > 2:
                k = W     # "J.M. ter Haar": after initials and a tussenvoegsel any capitalised word is the surname
            if k is None:
                if cur:
                    out.append(cur)
                cur = []
                prev = None
                continue
            # a lower-case "van"/"de" may start a chunk ("mevrouw van den Berg"); a name parsed
            # from there needs a title or the tussenvoegsel rule (`lower_tv`, name_judge.py)
            if cur and prev is not None:
                gap = text[prev.end:t.start]
                if "\n" in gap and self._row_break(idx, prev, t):
                    out.append(cur)
                    cur = []
                    cur.append((t, k))
                    prev = t
                    continue
                if gap.strip() or "\t" in gap or gap.count("\n") > 1 or prev.possessive or (
                        gap == "" and not (prev.kind == "init" or t.kind == "init")) or (
                        "\n" in gap and k == W and cur[-1][1] == W and self.fn_strength(t.text) == 2
                        and t.text not in self.lex.surnames):
                    out.append(cur)
                    cur = []
            cur.append((t, k))
            prev = t
        if cur:
            out.append(cur)
        return out

    def _surname_role_word(self, t: Token, prev: Token) -> bool:
        w = t.text
        return (t.kind == "word" and w[:1].isupper() and not w.isupper() and w in self.lex.surnames
                and self.is_person_noun(w) and self.fn_strength(prev.text) >= 1 and not self.lex.is_not_name(w))

    @staticmethod
    def _row_break(idx: TextIndex, prev: Token, t: Token) -> bool:
        """A line break inside a table that is not a wrapped cell: the previous token is not
        in the last cell of its line, or the next token starts a new table row."""
        pl = idx.line_text(prev.line)
        if "\t" in pl and prev.col < pl.count("\t"):
            return True
        return "\t" in idx.line_text(t.line) and t.col == 0 and t.line_start

    # ------------------------------------------------------------------ parsing
    def match_tv(self, ch, k: int, allow_cap: bool) -> int:
        """Length (in tokens) of the longest tussenvoegsel sequence at chunk position k."""
        best = 0
        seq = []
        for j in range(k, min(len(ch), k + self.tv_max)):
            t, kind = ch[j]
            if kind != T:
                break
            w = t.text.lower().replace("’", "'").replace(" ", "")
            if w == "v/d":
                w = "v.d."
            if not allow_cap and t.text[:1].isupper() and j == k and w not in ("ter", "ten", "te", "el", "al", "da", "di", "du", "le", "la"):
                break
            seq.append(w)
            if tuple(seq) in self.lex.tussenvoegsels:
                best = len(seq)
        return best

    def parse_chunk(self, ch, forced: bool) -> list[dict]:
        """Split a chunk into name parses (dicts of token positions per part)."""
        out = []
        k = 0
        n = len(ch)
        while k < n:
            p = self._parse_at(ch, k, forced)
            if p is None:
                k += 1
                continue
            out.append(p)
            k = p["end"]
        return out

    def _parse_at(self, ch, k0: int, forced: bool):
        n = len(ch)
        k = k0
        lower_tv = ch[k0][1] == T and not ch[k0][0].text[:1].isupper()
        inits: list[int] = []
        first: list[int] = []
        unknown_first = False
        while k < n and ch[k][1] == I:
            inits.append(k)
            k += 1
        if not inits:
            while k < n and ch[k][1] == W and len(first) < 3:
                w = ch[k][0].text
                is_fn = self.fn_strength(w) > 0
                if not is_fn and not (forced and not first and self._has_surname_after(ch, k + 1)
                                      and self.quality(w) in ("unknown", "listed")
                                      and self._surname_after_ok(ch, k + 1)):
                    # two unknown capitalised words ("Oluwaseun Adeyemi"): a name, weakly
                    tvn = self.match_tv(ch, k + 1, allow_cap=False) if k + 1 < n and ch[k + 1][1] == T else 0
                    k2 = k + 1 + tvn
                    w2 = ch[k2][0].text if k2 < n else ""
                    if not first and self.quality(w) == "unknown" and k2 < n and ch[k2][1] == W \
                            and self.quality(w2) in ("unknown", "listed") and (w2 not in self.lex.proper or tvn) \
                            and (k2 + 1 >= n or ch[k2 + 1][1] != W) and not self._compound(w):
                        first.append(k)
                        k += 1
                        unknown_first = True
                    break
                first.append(k)
                k += 1
                # middle initials "Jan P. de Vries"
                while k < n and ch[k][1] == I:
                    inits.append(k)
                    k += 1
                if inits:
                    break
            # the last "first name" may be the surname ("Joost Wijnbergen" where both are names)
            if first and not self._has_surname_after(ch, k) and len(first) >= 2 and not inits:
                k = first.pop()
        tv_len = self.match_tv(ch, k, allow_cap=True)
        sur: list[int] = []
        j = k + tv_len
        if j < n and ch[j][1] == W:
            sur.append(j)
            j += 1
            while True:
                # "Tjon A Fong"
                if j + 1 < n and ch[j][1] == A and ch[j + 1][1] == W and ch[j][0].text in ("A", "À"):
                    sur += [j, j + 1]
                    j += 2
                    continue
                # "Joke Oude Geerdink": a prefix word of eastern surnames, after a first name
                if len(sur) == 1 and (first or inits) and j < n and ch[j][1] == W \
                        and ch[sur[0]][0].text.lower() in self.surname_prefix_words:
                    sur.append(j)
                    j += 1
                    continue
                # "Jansen-El Idrissi", "Meer-Van Dijk" (token ends with a capitalised prefix)
                last = ch[sur[-1]][0].text
                if "-" in last and last.rsplit("-", 1)[1].lower() in self.cap_tv and j < n and ch[j][1] == W:
                    sur.append(j)
                    j += 1
                    continue
                break
            if lower_tv and j < n and ch[j][1] == W and _same_line(ch, j):
                return None     # "op naam van Hodan Warsame": a preposition before a full name
            return {"start": k0, "end": j, "inits": inits, "first": first, "tv": (k, k + tv_len), "sur": sur,
                    "unknown_first": unknown_first, "lower_tv": lower_tv}
        if lower_tv:
            return None
        if tv_len:
            # a tussenvoegsel without surname: "Sanne van der" (reversed forms) – only after a first name
            if first or inits:
                return {"start": k0, "end": k + tv_len, "inits": inits, "first": first, "tv": (k, k + tv_len),
                        "sur": [], "dangling_tv": True}
            return None
        if first:
            return {"start": k0, "end": k, "inits": inits, "first": first, "tv": (k, k), "sur": []}
        return None

    def _surname_after_ok(self, ch, k: int) -> bool:
        """The word that would be the surname is name-like (not a place, word or compound)."""
        n = len(ch)
        while k < n and ch[k][1] in (T, I):
            k += 1
        if k >= n:
            return False
        w = ch[k][0].text
        q = self.quality(w)
        return q in ("listed", "word_listed") or (q == "unknown" and not self._compound(w))

    def _has_surname_after(self, ch, k: int) -> bool:
        n = len(ch)
        while k < n and ch[k][1] in (T, I):
            k += 1
        return k < n and ch[k][1] == W
