"""Affine maps between a page image's pixels, the displayed page and PDF user space.

OCR boxes are measured in pixels of an image that is upright as displayed; redaction areas
must be in the page's default user space. Each step (image matrix, transpose to upright,
render scale, CropBox offset, /Rotate) is an exact affine map, so boxes are carried back by
composing maps rather than by approximations per case.
"""
from __future__ import annotations

from PIL import Image

from redactor.models import Page, Rect

# (a, b, c, d, e, f): x' = a x + c y + e ; y' = b x + d y + f   (PDF order)
Affine = tuple[float, float, float, float, float, float]
IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def mul(m: Affine, n: Affine) -> Affine:
    """m then n (PDF convention: a point is transformed by m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def invert(m: Affine) -> Affine:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        raise ValueError("singular matrix")
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def map_rect(m: Affine, x0: float, y0: float, x1: float, y1: float) -> Rect:
    pts = [apply(m, x, y) for x in (x0, x1) for y in (y0, y1)]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def user_to_display(page: Page) -> Affine:
    """User space → displayed page in points, origin top-left of the CropBox, y down."""
    cb = page.cropbox
    r = page.rotation % 360
    if r == 90:
        return (0.0, 1.0, 1.0, 0.0, -cb.y0, -cb.x0)
    if r == 180:
        return (-1.0, 0.0, 0.0, 1.0, cb.x1, -cb.y0)
    if r == 270:
        return (0.0, -1.0, -1.0, 0.0, cb.y1, cb.x1)
    return (1.0, 0.0, 0.0, -1.0, -cb.x0, cb.y1)


_TRANSPOSES = (None, Image.Transpose.FLIP_LEFT_RIGHT, Image.Transpose.FLIP_TOP_BOTTOM,
               Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270,
               Image.Transpose.TRANSPOSE, Image.Transpose.TRANSVERSE)


def transpose_back(tr, w: int, h: int) -> tuple[Affine, int, int]:
    """For PIL's transpose `tr` of a w × h image: the map from pixel edges of the transposed
    image back to pixel edges of the original, and the transposed size."""
    T = Image.Transpose
    if tr is None:
        return IDENTITY, w, h
    if tr == T.FLIP_LEFT_RIGHT:      # X = w - x
        return (-1.0, 0.0, 0.0, 1.0, w, 0.0), w, h
    if tr == T.FLIP_TOP_BOTTOM:      # Y = h - y
        return (1.0, 0.0, 0.0, -1.0, 0.0, h), w, h
    if tr == T.ROTATE_180:
        return (-1.0, 0.0, 0.0, -1.0, w, h), w, h
    if tr == T.ROTATE_90:            # counter-clockwise: X = y, Y = w - x
        return (0.0, 1.0, -1.0, 0.0, w, 0.0), h, w
    if tr == T.ROTATE_270:           # clockwise: X = h - y, Y = x
        return (0.0, -1.0, 1.0, 0.0, 0.0, h), h, w
    if tr == T.TRANSPOSE:            # X = y, Y = x
        return (0.0, 1.0, 1.0, 0.0, 0.0, 0.0), h, w
    if tr == T.TRANSVERSE:           # X = h - y, Y = w - x
        return (0.0, -1.0, -1.0, 0.0, w, h), h, w
    raise ValueError(tr)


def choose_transpose(px_to_display: Affine, w: int, h: int):
    """The transpose that makes the image upright as displayed: its pixel x axis runs right
    and its y axis down. Returns (transpose or None, upright pixel → original pixel, W, H)."""
    best = None
    for tr in _TRANSPOSES:
        back, W, H = transpose_back(tr, w, h)
        mm = mul(back, px_to_display)
        score = mm[0] / (abs(mm[0]) + abs(mm[1]) + 1e-12) + mm[3] / (abs(mm[2]) + abs(mm[3]) + 1e-12)
        if best is None or score > best[0] + 1e-9:
            best = (score, tr, back, W, H)
    return best[1], best[2], best[3], best[4]
