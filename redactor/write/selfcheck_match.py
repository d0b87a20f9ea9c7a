"""Matching the output's characters to the original's for the PDFium self-check
(selfcheck_pdfium.py): an index by text and origin, the bound along a line that fractional
font widths explain, and the walk in content order that finds nearly every match without
the index.
"""
from __future__ import annotations

from collections import defaultdict

TOL = 0.01       # points: "the same place"
_GRID = 0.05

# a character PDFium reports: (text, x0, y0, x1, y1 of its loose box, origin or None)
Char = tuple


class _Index:
    """Multiset of (text, origin), looked up by text and origin within TOL."""

    def __init__(self, items: list[tuple[str, float, float]]):
        self.b = defaultdict(list)
        for i, (t, x, y) in enumerate(items):
            self.b[(t, int(x // _GRID), int(y // _GRID))].append(i)
        self.items = items
        self.used = [False] * len(items)

    def take(self, t: str, x: float, y: float) -> int | None:
        kx, ky = int(x // _GRID), int(y // _GRID)
        for i in self.b.get((t, kx, ky), ()):            # nearly always found here
            if not self.used[i]:
                _, ix, iy = self.items[i]
                if abs(ix - x) <= TOL and abs(iy - y) <= TOL:
                    self.used[i] = True
                    return i
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if not dx and not dy:
                    continue
                for i in self.b.get((t, kx + dx, ky + dy), ()):
                    if self.used[i]:
                        continue
                    _, ix, iy = self.items[i]
                    if abs(ix - x) <= TOL and abs(iy - y) <= TOL:
                        self.used[i] = True
                        return i
        return None


def _distinct(glyphs: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """One of each label glyph drawn twice at the same place (two boxes over the same words,
    e.g. a name found by two rules): PDFium reports text drawn twice on the spot once."""
    grid: dict = defaultdict(list)
    out = []
    for t, x, y in glyphs:
        kx, ky = int(x // _GRID), int(y // _GRID)
        if any(abs(x - x2) <= TOL and abs(y - y2) <= TOL
               for dx in (-1, 0, 1) for dy in (-1, 0, 1) for x2, y2 in grid.get((t, kx + dx, ky + dy), ())):
            continue
        grid[(t, kx, ky)].append((x, y))
        out.append((t, x, y))
    return out


_LINE = 1.0      # points: removed chars this close to a char's baseline are on its line


class _Slack:
    """How far along its line a char may be off: the sum of (height / 1000) of the removed
    chars on that line (see `_LineIndex`)."""

    def __init__(self, removed: list[Char]):
        self.lines: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for c in removed:
            self.lines[int(c[2] // _LINE)].append((c[2], (c[4] - c[2]) / 1000.0))

    def __call__(self, y: float) -> float:
        k = int(y // _LINE)
        lines = self.lines
        if k not in lines and k - 1 not in lines and k + 1 not in lines:
            return 0.0
        return sum(h for dk in (-1, 0, 1) for ry, h in lines.get(k + dk, ()) if abs(ry - y) <= _LINE)


class _LineIndex(_Index):
    """For pages whose fonts have widths with fractions. PDFium keeps a font's widths as
    whole numbers (thousandths of the size), so where the writer replaced removed glyphs by a
    shift of their exact width, PDFium places the rest of that line up to one thousandth of
    the size per removed glyph away from where it placed it in the original. A char may
    therefore be off along its line by at most the sum of (height / 1000) of the removed
    chars of that line (the loose box's height exceeds the font size); across its line it
    must still be within TOL. Anything else fails the page, and pdfminer, the reference,
    checks it."""

    def __init__(self, items, slack: "_Slack"):
        super().__init__(items)
        self.slack = slack

    def take(self, t: str, x: float, y: float) -> int | None:
        got = super().take(t, x, y)
        if got is not None:
            return got
        tol = TOL + self.slack(y)
        ky = int(y // _GRID)
        best, dist = None, tol
        kx0, kx1 = int((x - tol) // _GRID), int((x + tol) // _GRID)
        for kx in range(kx0, kx1 + 1):
            for dy in (-1, 0, 1):
                for i in self.b.get((t, kx, ky + dy), ()):
                    if self.used[i]:
                        continue
                    _, ix, iy = self.items[i]
                    if abs(iy - y) <= TOL and abs(ix - x) <= dist:
                        best, dist = i, abs(ix - x)
        if best is not None:
            self.used[best] = True
        return best


class _InOrder:
    """Matches output chars to original chars by walking both in content order: the writer
    keeps the order of what it does not remove, so the match is nearly always the next
    unused original char or one a few places on (past removed ones). A char not found there
    is looked up in the full index (`make_index`, built on first need and sharing `used`),
    so no match is missed that the index would find. `slack(y)`: how far along its line a
    char may be off (fractional widths, see `_LineIndex`). Issue 7: the index lookups were
    a third of the check."""

    AHEAD = 64

    def __init__(self, items: list[tuple[str, float, float]], make_index, slack=None):
        self.items = items
        self.used = [False] * len(items)
        self.next = 0
        self._make = make_index
        self._index = None
        self._slack = slack

    def take(self, t: str, x: float, y: float) -> int | None:
        items, used = self.items, self.used
        tol = None                      # along the line: TOL plus the slack, asked only when needed
        for j in range(self.next, min(len(items), self.next + self.AHEAD)):
            if used[j]:
                continue
            it, ix, iy = items[j]
            if it != t or abs(iy - y) > TOL:
                continue
            dx = abs(ix - x)
            if dx > TOL:
                if self._slack is None:
                    continue
                if tol is None:
                    tol = TOL + self._slack(y)
                if dx > tol:
                    continue
            used[j] = True
            self.next = j + 1           # those skipped stay unused: the index still finds them
            return j
        if self._index is None:
            self._index = self._make(items)
            self._index.used = used
        return self._index.take(t, x, y)
