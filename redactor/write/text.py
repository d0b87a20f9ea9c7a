"""One text-showing operator: which glyphs meet an area, and the TJ that shows the rest.

Kept glyphs keep their original bytes and their exact position: each run of removed
glyphs (with any kerning numbers around it) becomes one TJ number equal to the whole
distance, so the per-glyph widths of the removed text are not left in the file. A gap at
the end of the operator is not written at all unless a later operator on the same line
needs it (`carry`), where the next visible glyph shows that distance anyway.

pdfminer (and so pdfplumber, and the self-check) adds Tc *before* every glyph that follows
a glyph or a number, where the PDF spec adds it *after* every glyph. The two agree on every
glyph position as long as an operator keeps whether a number precedes its first glyph; the
rewrite therefore never puts a new leading number in front of the first kept glyph when Tc
is not zero, but shows that distance with a separate number-only TJ (`prefix`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf

from ..models import Rect
from .fonts import Font
from .geometry import H_SHRINK, V_SHRINK, Matrix, boxes_meet, num, quad, quad_bbox, quad_meets_rect, rectilinear


@dataclass(slots=True)
class ShowResult:
    advance: float                       # text-space displacement of the whole operator
    removed: int = 0
    items: list | None = None            # TJ array items to write instead (None: unchanged)
    prefix: float | None = None          # TJ number of a separate number-only TJ before it
    carry: float = 0.0                   # text-space displacement not yet written
    removed_bytes: list[bytes] = field(default_factory=list)


def _is_string(it) -> bool:
    return isinstance(it, pikepdf.String)


def _band_is_clear(font: Font, fs: float, rise: float, m: Matrix, rects: list[Rect]) -> bool:
    """For upright (unrotated, unskewed) text: True if no area overlaps the text's
    horizontal band at all, whatever its x extent. The common case, checked first."""
    if abs(m[1]) > 1e-9 or abs(m[2]) > 1e-9:
        return False
    y0 = font.descent * fs + rise
    y1 = y0 + fs
    a = m[3] * y0 + m[5]
    b = m[3] * y1 + m[5]
    lo, hi = (a, b) if a < b else (b, a)
    return not any(r.y0 < hi and lo < r.y1 for r in rects)


def _advance(font: Font, fs: float, tc: float, tw: float, th: float, items: list) -> float:
    """The displacement of a whole text operator, without per-glyph records."""
    x = 0.0
    for it in items:
        if _is_string(it):
            data = bytes(it)
            if font.simple:
                w = font.widths
                x += (sum(map(w.__getitem__, data)) * fs + len(data) * tc + data.count(32) * tw) * th
            else:
                codes = font.codes(data)
                x += (sum(font.width(c) for _, _, c in codes) * fs + len(codes) * tc
                      + sum(1 for s, e, c in codes if e - s == 1 and c == 32) * tw) * th
        else:
            try:
                x -= float(it) * 0.001 * fs * th
            except (TypeError, ValueError):
                pass
    return x


def show(font: Font, fs: float, tc: float, tw: float, th: float, rise: float,
         m: Matrix, items: list, rects: list[Rect]) -> ShowResult:
    if not rects or _band_is_clear(font, fs, rise, m, rects):
        return ShowResult(advance=_advance(font, fs, tc, tw, th, items))
    scale = fs * th
    x = 0.0
    gx: list[float] = []          # x of each glyph (text space)
    gw: list[float] = []          # box width of each glyph (text space)
    gt: list[float] = []          # advance of each glyph (text space)
    lead_number = False
    simple = font.simple
    widths = font.widths
    for it in items:
        if _is_string(it):
            data = bytes(it)
            # (width, word space?) per glyph; one byte per glyph in a simple font (the common
            # case, without font.codes)
            glyphs = ([(widths[c], c == 32) for c in data] if simple else
                      [(font.width(c), e - s == 1 and c == 32) for s, e, c in font.codes(data)])
            for w, space in glyphs:
                tx = w * fs + tc
                if space:
                    tx += tw
                tx *= th
                gx.append(x)
                gw.append(w * scale)
                gt.append(tx)
                x += tx
        else:
            try:
                v = float(it)
            except (TypeError, ValueError):
                continue
            if not gx:
                lead_number = True
            x -= v * 0.001 * scale
    res = ShowResult(advance=x)
    if not gx or not rects or fs == 0 or th == 0:
        return res

    y0 = font.descent * fs + rise
    y1 = y0 + fs
    if y1 < y0:
        y0, y1 = y1, y0
    h = y1 - y0
    y0 += V_SHRINK * h
    y1 -= V_SHRINK * h
    xs = [min(a, a + b) for a, b in zip(gx, gw)]
    xe = [max(a, a + b) for a, b in zip(gx, gw)]
    run = quad_bbox(quad(m, min(xs), y0, max(xe), y1))
    cand = [r for r in rects if boxes_meet(run, (r.x0, r.y0, r.x1, r.y1))]
    if not cand:
        return res

    keep = []
    if rectilinear(m):
        # issue 7: the common case, per glyph, with `apply` and `boxes_meet` written out
        # (the same arithmetic in the same order, so the same verdicts): a third of the
        # writer's time went to these calls
        m0, m1, m2, m3, m4, m5 = m
        boxes = [(r.x0, r.y0, r.x1, r.y1) for r in cand]
        for a, b in zip(xs, xe):
            eps = (b - a) * H_SHRINK
            a += eps
            b -= eps
            ax, ay = m0 * a + m2 * y0 + m4, m1 * a + m3 * y0 + m5
            bx, by = m0 * b + m2 * y1 + m4, m1 * b + m3 * y1 + m5
            gx0, gx1 = (ax, bx) if ax <= bx else (bx, ax)
            gy0, gy1 = (ay, by) if ay <= by else (by, ay)
            for rx0, ry0, rx1, ry1 in boxes:
                if gx0 < rx1 and rx0 < gx1 and gy0 < ry1 and ry0 < gy1:
                    keep.append(False)
                    break
            else:
                keep.append(True)
    else:
        for a, b in zip(xs, xe):
            eps = (b - a) * H_SHRINK
            a += eps
            b -= eps
            q = quad(m, a, y0, b, y1)
            keep.append(not any(quad_meets_rect(q, r) for r in cand))
    if all(keep):
        return res

    out: list = []
    pend_objs: list = []           # original numbers since the last kept glyph
    pend_val = 0.0                 # the same, plus removed advances, in TJ units
    pend_removed = False
    any_kept = False
    cur = bytearray()
    gone = bytearray()
    gi = 0
    for it in items:
        if not _is_string(it):
            try:
                v = float(it)
            except (TypeError, ValueError):
                continue
            pend_objs.append(it)
            pend_val += v
            continue
        data = bytes(it)
        for s, e, _code in font.codes(data):
            if keep[gi]:
                if gone:
                    res.removed_bytes.append(bytes(gone))
                    gone.clear()
                if pend_objs or pend_removed:
                    if cur:
                        out.append(pikepdf.String(bytes(cur)))
                        cur.clear()
                    if not pend_removed:
                        out.extend(pend_objs)
                    elif not any_kept and not lead_number and tc != 0:
                        res.prefix = pend_val
                    else:
                        out.append(num(pend_val, 4))
                    pend_objs, pend_val, pend_removed = [], 0.0, False
                cur += data[s:e]
                any_kept = True
            else:
                pend_removed = True
                pend_val -= gt[gi] * 1000.0 / scale
                gone += data[s:e]
                res.removed += 1
            gi += 1
    if gone:
        res.removed_bytes.append(bytes(gone))
    if cur:
        out.append(pikepdf.String(bytes(cur)))
    if pend_removed:
        res.carry = -pend_val * 0.001 * scale
    else:
        out.extend(pend_objs)
    res.items = out if any_kept else []
    return res
