"""The visible part of a redaction: a filled box per rectangle with its ground written
inside as real text (white Helvetica, sized to fit, upright as the page is displayed).

`label_glyphs` predicts where pdfminer will find each label character, so the self-check
can tell the labels apart from text that should have been removed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..models import Rect
from .geometry import Matrix, apply, num

LABEL_FONT = "/RdxLbl"
_DESCENT = -0.207          # Helvetica AFM, as pdfminer uses it for the box
_CAP = 0.718
_MAX_SIZE = 24.0
_MIN_SIZE = 2.0


@dataclass(frozen=True, slots=True)
class LabelGlyph:
    text: str
    box: Rect                 # default user space, pdfminer convention


@lru_cache(maxsize=256)
def _glyph_width(ch: str) -> float:
    from reportlab.pdfbase.pdfmetrics import getFont
    return getFont("Helvetica").stringWidth(ch, 1.0)


def _escape(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _place(r: Rect, label: str, rotation: int):
    """(text matrix, font size) that centre `label` in r, reading upright on screen."""
    th = math.radians(rotation % 360)
    c, s = round(math.cos(th)), round(math.sin(th))
    corners = [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)]
    us = [x * c + y * s for x, y in corners]          # along the baseline
    vs = [-x * s + y * c for x, y in corners]         # along the glyphs' up direction
    du, dv = max(us) - min(us), max(vs) - min(vs)
    unit = sum(_glyph_width(ch) for ch in label) or 1.0
    size = min(dv * 0.75, du * 0.9 / unit, _MAX_SIZE)
    if size < _MIN_SIZE:
        return None
    u = min(us) + (du - unit * size) / 2
    v = min(vs) + (dv - _CAP * size) / 2
    x, y = u * c - v * s, u * s + v * c
    return (float(c), float(s), float(-s), float(c), x, y), size


def draw(rects: list[tuple[Rect, str]], rotation: int, label_boxes: bool):
    """Content-stream bytes that paint the boxes, and the label glyphs they show."""
    parts = [b"q 0 g 0 G 1 w [] 0 d"]
    glyphs: list[LabelGlyph] = []
    for r, _ in rects:
        parts.append(b"%s %s %s %s re f" % tuple(str(num(v, 4)).encode() for v in (r.x0, r.y0, r.width, r.height)))
    if label_boxes:
        parts.append(b"1 g BT 0 Tc 0 Tw 100 Tz 0 Ts 0 Tr")
        for r, label in rects:
            if not label:
                continue
            placed = _place(r, label, rotation)
            if placed is None:
                continue
            tm, size = placed
            parts.append(b"%s %s Tf %s Tm (%s) Tj" % (
                LABEL_FONT.encode(), str(num(size, 3)).encode(),
                b" ".join(str(num(v, 4)).encode() for v in tm), _escape(label)))
            glyphs += _predict(label, float(num(size, 3)), tuple(float(num(v, 4)) for v in tm))
        parts.append(b"ET")
    parts.append(b"Q")
    return b"\n".join(parts) + b"\n", glyphs


def _predict(label: str, size: float, tm: Matrix) -> list[LabelGlyph]:
    out = []
    x = 0.0
    for ch in label:
        w = _glyph_width(ch) * size
        corners = [apply(tm, x + dx, dy) for dx in (0.0, w) for dy in (_DESCENT * size, (_DESCENT + 1) * size)]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        out.append(LabelGlyph(ch, Rect(min(xs), min(ys), max(xs), max(ys))))
        x += w
    return out

