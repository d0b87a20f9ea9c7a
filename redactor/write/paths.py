"""Vector paths that lie wholly inside an area (a signature drawn with a tablet, a name
turned into outlines) are taken out of the content stream, construction included, so the
shape cannot be recovered from under the box. Paths that only cross an area (table rules,
frames) stay: outside the box they are visible content. Clipping paths always stay: they
decide what is painted elsewhere.
"""
from __future__ import annotations

import math

from ..models import Rect
from .geometry import Matrix, apply

BUILD = frozenset(("m", "l", "c", "v", "y", "h", "re"))
PAINT = frozenset(("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"))
STROKE = frozenset(("S", "s", "B", "B*", "b", "b*"))


class PathBuffer:
    """The instructions of the path under construction and its points in user space."""

    __slots__ = ("ins", "xs", "ys", "clip")

    def __init__(self):
        self.ins: list = []
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.clip = False

    def add(self, ins, op: str, ops, ctm: Matrix) -> None:
        self.ins.append(ins)
        try:
            v = [float(o) for o in ops]
        except (TypeError, ValueError):
            self.clip = True          # unreadable: never drop it
            return
        if op == "re" and len(v) == 4:
            x, y, w, h = v
            pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        else:
            pts = list(zip(v[0::2], v[1::2]))
        for x, y in pts:
            ux, uy = apply(ctm, x, y)
            self.xs.append(ux)
            self.ys.append(uy)

    def droppable(self, op: str, ctm: Matrix, line_width: float, rects: list[Rect]) -> bool:
        if self.clip or op == "n" or not self.xs:
            return False
        # a stroke reaches past its path by half the line width (more at sharp miters:
        # allow the full width, and a point for zero-width hairlines)
        m = 0.0
        if op in STROKE:
            m = max(line_width * math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])), 1.0)
        x0, x1 = min(self.xs) - m, max(self.xs) + m
        y0, y1 = min(self.ys) - m, max(self.ys) + m
        return any(r.x0 <= x0 and x1 <= r.x1 and r.y0 <= y0 and y1 <= r.y1 for r in rects)

    def reset(self) -> None:
        self.ins = []
        self.xs = []
        self.ys = []
        self.clip = False
