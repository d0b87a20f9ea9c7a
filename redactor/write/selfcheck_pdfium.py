"""The self-check's fast path (issue 7): the same checks as `selfcheck.check_page`, with
the characters read by PDFium instead of pdfminer.

pdfminer re-extraction cost ~100 ms per page with areas (twice: original and output),
five times everything else together; PDFium reads a page in a few milliseconds. PDFium is
as independent of the writer's own interpreter as pdfminer is (a separate C++ parser and
text engine), so the check keeps its meaning:

  * no output character may have its centre in an area or be half covered by one (PDFium's
    loose character box: origin, advance width, font ascent and descent), except the label
    glyphs the writer drew (matched by text and origin);
  * every output character must be an original character with the same text and origin
    (within 0.01 pt): nothing moved, nothing new;
  * every original character whose box does not meet an area (shrunk as the writer
    shrinks) must still be there.

`selfcheck.self_check` runs this first on every page with areas (pages whose fonts have
widths with fractions within the bound `_LineIndex` explains); a page where it finds a
problem, or whose text PDFium cannot vouch for (characters without a Unicode value, text
at an angle that is not a multiple of 90 degrees, Type3 or vertical fonts), is checked again with pdfminer, the
reference, whose verdict counts for that page. So a document fails exactly when pdfminer
fails it on a doubtful page; on the pages PDFium passes, pdfminer is not run.
"""
from __future__ import annotations

import ctypes
import math
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..models import Rect
from .boxes import _DESCENT, LabelGlyph
from ..pdfium_ctypes import RectF, prototype
from .font_doubts import FRACTIONS, font_doubts
from .geometry import H_SHRINK, V_SHRINK
from .selfcheck_match import Char, _distinct, _Index, _InOrder, _LineIndex, _Slack

_MARGIN = 0.05

_WHITE = frozenset((0x20, 0x0D, 0x0A, 0x09, 0x0C, 0xA0, 0x2002, 0x2003, 0x2009, 0x200B))


_API = None


def _api():
    global _API
    if _API is None:
        vp, ci = ctypes.c_void_p, ctypes.c_int
        _API = (prototype("FPDFText_CountChars", (vp,), ci),
                prototype("FPDFText_GetText", (vp, ci, ci, vp), ci),
                prototype("FPDFText_GetUnicode", (vp, ci), ctypes.c_uint),
                prototype("FPDFText_IsGenerated", (vp, ci), ci),
                prototype("FPDFText_GetLooseCharBox", (vp, ci, vp), ci),
                prototype("FPDFText_GetCharOrigin", (vp, ci, vp, vp), ci),
                prototype("FPDFText_GetCharAngle", (vp, ci), ctypes.c_float))
    return _API


def page_chars(path: Path, pages: list[int], areas: dict[int, list[Rect]] | None = None
               ) -> tuple[dict[int, list[Char]], dict[int, str], dict[int, int]]:
    """PDFium's characters on the given 0-based pages: ({page: chars}, {page: reason why
    PDFium cannot vouch for it}, {page: /Rotate}). See `read_page`."""
    import pypdfium2 as pdfium

    out, doubtful, rotation = {}, {}, {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for pno in pages:
            out[pno], why, rotation[pno] = read_page(pdf, pno, (areas or {}).get(pno, []))
            if why:
                doubtful[pno] = why
    finally:
        pdf.close()
    return out, doubtful, rotation


def read_page(pdf, pno: int, areas: list[Rect]) -> tuple[list[Char], str, int]:
    """(chars, why PDFium cannot vouch for the page or "", /Rotate) of one page of an open
    pypdfium2 document. A char is (text, x0, y0, x1, y1 of its loose box, origin); the
    origin (one more PDFium call) is asked only for chars whose box centre lies in one of
    `areas` (labels, or text that should be gone); the others get None."""
    count, get_text, get_unicode, is_generated, loose_box, char_origin, char_angle = _api()
    bands = _Bands(areas) if areas else None
    by_band = bands.by.get if bands is not None else None
    white = _WHITE
    doubt = ""
    chars: list[Char] = []
    append = chars.append
    page = pdf[pno]
    try:
        rotation = page.get_rotation() % 360
        tp = page.get_textpage()
        try:
            h = ctypes.cast(tp.raw, ctypes.c_void_p).value
            n = count(h)
            if n > 0:
                buf = (ctypes.c_ushort * (n + 1))()
                get_text(h, 0, n, buf)
                units = buf[:n]
                rect = RectF()
                prect = ctypes.addressof(rect)
                ox, oy = ctypes.c_double(), ctypes.c_double()
                pox, poy = ctypes.addressof(ox), ctypes.addressof(oy)
                for i in range(n):
                    code = units[i]
                    if code in white:
                        continue     # spaces carry nothing to leak; PDFium makes its own
                    if code == 0 or code >= 0xD800 and (code <= 0xDFFF or code >= 0xFFFD):
                        code = get_unicode(h, i)
                        if code in (0, 0xFFFD, 0xFFFE) and not doubt:
                            doubt = "characters without a Unicode value"
                    loose_box(h, i, prect)
                    l, r, t, b = rect.left, rect.right, rect.top, rect.bottom
                    if l > r:
                        l, r = r, l
                    if b > t:
                        b, t = t, b
                    origin = None
                    if bands is not None:
                        cx, cy = (l + r) / 2, (b + t) / 2
                        for ax0, ay0, ax1, ay1 in by_band(int(cy // _BAND), ()):
                            if ax0 <= cx <= ax1 and ay0 <= cy <= ay1:
                                char_origin(h, i, pox, poy)
                                origin = (ox.value, oy.value)
                                break
                    append((chr(code) if 0 < code < 0x110000 else "", l, b, r, t, origin))
                if not doubt:
                    # skewed text: PDFium's bounding boxes grow, the check gets vague
                    for i in range(0, n, max(1, n // 64)):
                        a = math.degrees(char_angle(h, i)) % 90
                        if min(a, 90 - a) > 0.5 and is_generated(h, i) != 1:
                            doubt = "text at an angle"
                            break
        finally:
            tp.close()
    finally:
        page.close()
    return chars, doubt, rotation


def label_origin(g: LabelGlyph, rotation: int) -> tuple[float, float]:
    """Where PDFium puts the origin of a label glyph, from the box `boxes._predict` gives
    (pdfminer's convention: descent to descent + size across the baseline)."""
    b = g.box
    rot = rotation % 360
    if rot == 90:
        size = b.x1 - b.x0
        return b.x1 + _DESCENT * size, b.y0
    if rot == 180:
        size = b.y1 - b.y0
        return b.x1, b.y1 + _DESCENT * size
    if rot == 270:
        size = b.x1 - b.x0
        return b.x0 - _DESCENT * size, b.y1
    size = b.y1 - b.y0
    return b.x0, b.y0 - _DESCENT * size


_BAND = 16.0


class _Bands:
    """Areas by horizontal band of _BAND points: a char is tested only against the areas
    whose band its box touches (a dense page has thousands of chars and dozens of areas)."""

    def __init__(self, areas):
        self.by = defaultdict(list)
        for a in areas:
            ax0, ay0, ax1, ay1 = (a.x0, a.y0, a.x1, a.y1) if isinstance(a, Rect) else a
            for k in range(int(ay0 // _BAND), int(ay1 // _BAND) + 1):
                self.by[k].append((ax0, ay0, ax1, ay1))

    def near(self, y0: float, y1: float):
        k0, k1 = int(y0 // _BAND), int(y1 // _BAND)
        if k0 == k1:
            return self.by.get(k0, ())
        out = []
        for k in range(k0, k1 + 1):
            out.extend(self.by.get(k, ()))
        return out


def _arrays(chars: list[Char], areas: list[Rect]) -> tuple[np.ndarray, np.ndarray]:
    b = np.array([c[1:5] for c in chars], dtype=float).reshape(-1, 4)
    a = np.array([(r.x0, r.y0, r.x1, r.y1) if isinstance(r, Rect) else r for r in areas], dtype=float)
    return b, a.reshape(-1, 4)


def _covering(chars: list[Char], areas: list[Rect]) -> list[bool]:
    """Per char: is at least half of its box under one area (what a reader would call
    'under the box')? All chars of the page against all its areas at once."""
    if not chars or not areas:
        return [False] * len(chars)
    b, a = _arrays(chars, areas)
    size = np.maximum((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]), 1e-6)[:, None]
    w = np.minimum(b[:, 2:3], a[:, 2]) - np.maximum(b[:, 0:1], a[:, 0])
    h = np.minimum(b[:, 3:4], a[:, 3]) - np.maximum(b[:, 1:2], a[:, 1])
    return ((w > 0) & (h > 0) & (w * h / size >= 0.5)).any(axis=1).tolist()


def _may_meet(r: Rect, areas) -> bool:
    """Could the writer have removed this char? Its shrunken box, grown by a margin for
    rounding, meets an area ((x0, y0, x1, y1) tuples)."""
    dx = r.width * H_SHRINK - _MARGIN
    dy = r.height * V_SHRINK - _MARGIN
    sx0, sy0, sx1, sy1 = r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy
    return any(sx0 < ax1 and ax0 < sx1 and sy0 < ay1 and ay0 < sy1 for ax0, ay0, ax1, ay1 in areas)


def _meeting(chars: list[Char], areas: list[Rect]) -> list[bool]:
    """`_may_meet` for every char at once (all chars against all areas of the page)."""
    if not chars or not areas:
        return [False] * len(chars)
    b, a = _arrays(chars, areas)
    dx = ((b[:, 2] - b[:, 0]) * H_SHRINK - _MARGIN)[:, None]
    dy = ((b[:, 3] - b[:, 1]) * V_SHRINK - _MARGIN)[:, None]
    return ((b[:, 0:1] + dx < a[:, 2]) & (a[:, 0] < b[:, 2:3] - dx)
            & (b[:, 1:2] + dy < a[:, 3]) & (a[:, 1] < b[:, 3:4] - dy)).any(axis=1).tolist()


def check_page(orig: list[Char], new: list[Char], areas: list[Rect], labels: list[LabelGlyph],
               rotation: int, *, fractional_widths: bool = False) -> list[str]:
    """The checks of the module docstring. "Same place" compares PDFium's loose boxes
    (x0, y0): for the same glyph in the same font, size and matrix the loose box is a
    function of the origin, so it moves exactly when the glyph moves. With
    `fractional_widths`, along the line within the bound `_LineIndex` explains."""
    problems: list[str] = []
    items = [(c[0], c[1], c[2]) for c in orig]
    bands = _Bands(areas)
    if fractional_widths and rotation % 180 == 0:
        slack = _Slack([c for c, m in zip(orig, _meeting(orig, areas)) if m])
        before = _InOrder(items, lambda items: _LineIndex(items, slack), slack)
    else:
        before = _InOrder(items, _Index)
    lab = _Index(_distinct([(g.text,) + label_origin(g, rotation) for g in labels]))
    for (t, x0, y0, x1, y1, origin), covered in zip(new, _covering(new, areas)):
        if origin is not None:           # its centre is inside an area
            if lab.take(t, origin[0], origin[1]) is not None:
                continue
            problems.append(f"text {t!r} at ({x0:.2f}, {y0:.2f}) remains inside a redaction area")
            continue
        if covered and t.strip():
            problems.append(f"text {t!r} at ({x0:.2f}, {y0:.2f}) remains inside a redaction area")
            continue
        if before.take(t, x0, y0) is None:
            problems.append(f"text {t!r} at ({x0:.2f}, {y0:.2f}) is not where it was in the original")
    for i, c in enumerate(orig):
        if not before.used[i] and not _may_meet(Rect(c[1], c[2], c[3], c[4]), bands.near(c[2], c[4])):
            problems.append(f"text {c[0]!r} at ({c[1]:.2f}, {c[2]:.2f}) outside every area was lost")
    if not all(lab.used):
        problems.append("a drawn label is missing from the output text")
    return problems


def check(src: Path, out: Path, areas: dict[int, list[Rect]],
          labels: dict[int, list[LabelGlyph]], *, skip_doubtful: bool = True
          ) -> tuple[dict[int, list[str]], dict[int, str]]:
    """({page: problems}, {page: why PDFium cannot vouch for it}) for the pages with areas.
    With `skip_doubtful`, pages with doubtful fonts are not read (pdfminer checks them)."""
    pages = sorted(areas)
    doubtful = font_doubts(src, pages)
    # issue 7: fractional widths alone are checked here with a bounded slack (`_LineIndex`);
    # only when that fails does pdfminer read the page (a third of ordinary pages had them)
    fractional = {p for p, why in doubtful.items() if why.endswith(FRACTIONS)}
    if skip_doubtful:
        pages = [p for p in pages if p not in doubtful or p in fractional]
    if not pages:
        return {}, doubtful
    import pypdfium2 as pdfium

    problems = {}
    # page by page: a 1,000-page document never has all its characters in memory
    pa, pb = pdfium.PdfDocument(str(src)), pdfium.PdfDocument(str(out))
    try:
        for p in pages:
            a, why_a, _ = read_page(pa, p, [])
            b, why_b, rot = read_page(pb, p, areas[p])
            found = check_page(a, b, areas[p], labels.get(p, []), rot, fractional_widths=p in fractional)
            if p in fractional and not found and rot % 180 == 0:
                del doubtful[p]      # vouched for within the bound
            if why_a or why_b:
                doubtful[p] = why_a or why_b
            if found:
                problems[p] = found
    finally:
        pa.close()
        pb.close()
    return problems, doubtful
