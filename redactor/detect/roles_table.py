"""Roles named in another cell of a table row ("Jan X<TAB>wethouder Energie"), a mixin of
RoleAnnotator (roles.py)."""
from __future__ import annotations

import bisect

import regex

from ..models import Finding
from .text import TextIndex

_SENDER_HEADS = {"afzender", "van", "from", "verzender", "auteur", "opsteller", "sender"}
_RECIPIENT_HEADS = {"ontvanger", "geadresseerde", "aan", "to", "ontvangers", "recipient"}
_ROW_NUMBER = regex.compile(r"^(?:\(?\d{1,3}[.)]?|[a-z][.)])\s+")
_SPLIT_WORDS = regex.compile(r"[\s,;()]+")


class TableRoles:
    """Expects `self.role_word`, `self.multi_kept` and `self.fillers` of RoleAnnotator."""

    def role_row(self, idx: TextIndex, f: Finding, persons: list[Finding] = ()) -> str:
        """Another cell of the same table row names the role ("wethouder Energie"), and
        names nobody else ("minister Dorien Abbink" is the role of Abbink only). `persons`
        sorted by start (bisect: a long document has thousands)."""
        li = idx.line_of(f.start)
        ls, le = idx.line_span(li)
        line = idx.text[ls:le]
        if "\t" not in line or self._sender_recipient_table(idx, li):
            return ""
        for cell in line.split("\t"):
            c = cell.strip()
            cs = ls + line.find(cell)
            if not c or (cs <= f.start < cs + len(cell)):
                continue
            if _other_starts_in(persons, cs, cs + len(cell), f):
                continue
            # a row number or list marker before the role ("2 Burgemeester", "3. Wethouder")
            c = _ROW_NUMBER.sub("", c)
            r = self._role_cell(c)
            if r:
                return r
        return ""

    def _role_cell(self, cell: str) -> str:
        """The role a table cell names, or "". A role cell is short ("wethouder Energie",
        "Flemish Minister for Mobility and Public Works": a portfolio after van/voor/of/for
        may be longer); a cell that is a sentence starting with a role word (a chat message
        "Burgemeester X brengt ...") names someone else."""
        w = [x for x in _SPLIT_WORDS.split(cell.lower()) if x]
        if not w:
            return ""
        k = 0
        while k < len(w) - 1 and k < 3 and w[k] in self.fillers:
            k += 1
        role, n = "", 1
        joined = " ".join(w[k:k + 5])
        for m in self.multi_kept:
            if joined == m or joined.startswith(m + " "):
                role, n = m, len(m.split())
                break
        if not role:
            role = self.role_word(w[k])
        if not role:
            return ""
        rest = w[k + n:]
        if len(w) <= 5 or (len(w) <= 10 and rest and rest[0] in ("van", "voor", "of", "for")):
            return role
        return ""

    def _sender_recipient_table(self, idx: TextIndex, li: int) -> bool:
        """The row is in a table with a sender and a recipient column (an inventory list, a
        mail log): its cells name different persons ("J. Jansen<TAB>Minister BZK" is no role
        of Jansen)."""
        heads = getattr(idx, "_sender_recipient_heads", None)
        if heads is None:
            heads = []
            for j in range(idx.n_lines):
                cells = {c.strip(" .:").lower() for c in idx.line_text(j).split("\t")}
                if len(cells) > 1 and cells & _SENDER_HEADS and cells & _RECIPIENT_HEADS:
                    heads.append(j)
            idx._sender_recipient_heads = heads
        return any(h <= li for h in heads)


def _other_starts_in(persons: list[Finding], lo: int, hi: int, f: Finding) -> bool:
    """Does a person other than `f` start in [lo, hi)? `persons` sorted by start."""
    i = bisect.bisect_left(persons, lo, key=lambda p: p.start)
    while i < len(persons) and persons[i].start < hi:
        if persons[i] is not f:
            return True
        i += 1
    return False
