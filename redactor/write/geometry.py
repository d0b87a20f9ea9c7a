"""Affine matrices, quads and the tests that decide whether a glyph or image meets an area.

Matrices are PDF-style 6-tuples (a, b, c, d, e, f) mapping row vectors: [x y 1] x M.
`mul(A, B)` is "apply A, then B" (the PDF convention for `cm`: CTM' = M x CTM).
"""
from __future__ import annotations

from decimal import Decimal

from ..models import Rect

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

# Glyph boxes are shrunk before they are tested against an area, by this share of their
# height at top and bottom (so the next line on tight leading is not eaten) and of their
# width at either side (so a neighbour that kerning pulls a little into the area, or whose
# box only touches the area as another program rounded it, stays).
V_SHRINK = 0.15
H_SHRINK = 0.15
_EPS = 1e-9


def mul(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D,
            c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def invert(m: Matrix) -> Matrix | None:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def rectilinear(m: Matrix) -> bool:
    """True if m maps axis-aligned rectangles to axis-aligned rectangles."""
    return (abs(m[1]) < _EPS and abs(m[2]) < _EPS) or (abs(m[0]) < _EPS and abs(m[3]) < _EPS)


def quad(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [apply(m, x0, y0), apply(m, x1, y0), apply(m, x1, y1), apply(m, x0, y1)]


def quad_bbox(pts) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def boxes_meet(a, b) -> bool:
    """Open-interval overlap of two (x0, y0, x1, y1) boxes: touching edges do not meet."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _axes(pts):
    out = []
    for i in range(len(pts)):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % len(pts)]
        out.append((y0 - y1, x1 - x0))
    return out


def convex_meet(p, q) -> bool:
    """Separating-axis test for two convex polygons (lists of points); touching = no."""
    for ax, ay in _axes(p) + _axes(q):
        if abs(ax) < _EPS and abs(ay) < _EPS:
            continue
        pa = [ax * x + ay * y for x, y in p]
        qa = [ax * x + ay * y for x, y in q]
        if max(pa) <= min(qa) + _EPS * (abs(ax) + abs(ay)) or max(qa) <= min(pa) + _EPS * (abs(ax) + abs(ay)):
            return False
    return True


def quad_meets_rect(pts, r: Rect) -> bool:
    rb = (r.x0, r.y0, r.x1, r.y1)
    if not boxes_meet(quad_bbox(pts), rb):
        return False
    return convex_meet(pts, [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)])


def num(v: float, places: int = 5) -> Decimal:
    """A number for a content stream: fixed decimals, no exponent, no '-0'."""
    d = Decimal(f"{v:.{places}f}").normalize()
    if d == 0:
        return Decimal(0)
    return d if d.as_tuple().exponent <= 0 else d.quantize(Decimal(1))


# ----------------------------------------------------------------- page coordinates

def display_matrix(mediabox, rotation: int) -> Matrix:
    """Default user space -> pdfminer device space (origin at the rotated MediaBox's
    lower left, y up), exactly as pdfminer's interpreter sets up its initial CTM."""
    x0, y0, x1, y1 = (float(v) for v in mediabox)
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    rot = rotation % 360
    if rot == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rot == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rot == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def device_box_to_user(box, mediabox, rotation: int) -> Rect:
    """A pdfminer device-space box (x0, y0, x1, y1) -> Rect in default user space."""
    inv = invert(display_matrix(mediabox, rotation))
    assert inv is not None
    x0, y0, x1, y1 = quad_bbox(quad(inv, *box))
    return Rect(x0, y0, x1, y1)


def plumber_box_to_user(page, x0: float, top: float, x1: float, bottom: float) -> Rect:
    """A pdfplumber box (x0, top, x1, bottom: top-left origin of the displayed page) ->
    Rect in default user space. `page` is a pdfplumber Page; its raw /MediaBox and /Rotate
    (as pdfminer resolved it, inherited or not) and /Rotate undo offsets and rotation."""
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    h = page.height
    dev = (x0 - mb_x0, h - (bottom - mb_top), x1 - mb_x0, h - (top - mb_top))
    return device_box_to_user(dev, page.page_obj.mediabox, int(page.rotation))
