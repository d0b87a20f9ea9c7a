"""Words and images of a page through PDFium (pypdfium2): the fast extraction backend.

PDFium reports character boxes directly in the page's default user space (unrotated,
MediaBox offsets included), which is the space every record uses, so no conversion is
needed. Characters come in content-stream order with generated spaces and line breaks.
"""
from __future__ import annotations

import ctypes
import math
from sys import intern

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from redactor.extract.layout import RawWord
from redactor.models import ImageBox, Rect
from redactor.pdfium_ctypes import RectF, prototype

_SPACES = {" ", "\t", "\xa0", "\u2002", "\u2003", "\u2009", "\u200b", "\x00"}
_BREAKS = {"\r", "\n", "\x0c", "\u2028", "\u2029"}


def _direction(angle: float) -> int:
    deg = math.degrees(angle) % 360
    return int(round(deg / 90.0)) % 4 * 90


class _WordBuilder:
    def __init__(self):
        self.words: list[RawWord] = []
        self.chars: list[tuple[str, float, float, float, float]] = []
        self.size = 0.0
        self.direction = 0
        self.new_line = False
        self.last_origin: tuple[float, float] | None = None

    def flush(self) -> None:
        if not self.chars:
            return
        x0 = min(c[1] for c in self.chars)
        y0 = min(c[2] for c in self.chars)
        x1 = max(c[3] for c in self.chars)
        y1 = max(c[4] for c in self.chars)
        d = self.direction
        if d == 0:
            edges = [c[1] - x0 for c in self.chars] + [x1 - x0]
        elif d == 180:
            edges = [x1 - c[3] for c in self.chars] + [x1 - x0]
        elif d == 90:
            edges = [c[2] - y0 for c in self.chars] + [y1 - y0]
        else:
            edges = [y1 - c[4] for c in self.chars] + [y1 - y0]
        text = "".join(c[0] for c in self.chars)
        if len(edges) != len(text) + 1:
            edges = []
        self.words.append(RawWord(text=text, box=Rect(x0, y0, x1, y1), size=self.size or 10.0,
                                  char_edges=tuple(edges), direction=d, new_line=self.new_line))
        self.chars = []
        self.new_line = False

    def add(self, ch: str, box: tuple[float, float, float, float], origin: tuple[float, float],
            size: float, direction: int) -> None:
        if self.chars:
            ox, oy = self.last_origin
            jump = (direction != self.direction
                    or (direction in (0, 180) and abs(origin[1] - oy) > 0.5 * max(size, 1.0))
                    or (direction in (90, 270) and abs(origin[0] - ox) > 0.5 * max(size, 1.0))
                    or (direction == 0 and origin[0] < ox - 0.5 * max(size, 1.0)))
            if jump:
                self.flush()
        if not self.chars:
            self.size, self.direction = size, direction
        self.chars.append((ch, *box))
        self.last_origin = origin


def page_words_reference(page: pdfium.PdfPage) -> list[RawWord]:
    """The straightforward version of `page_words` (six PDFium calls per character); kept
    as the reference the fast version is tested against."""
    tp = page.get_textpage()
    try:
        raw = tp.raw
        n = pdfium_c.FPDFText_CountChars(raw)
        b = _WordBuilder()
        rect = pdfium_c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        for i in range(n):
            code = pdfium_c.FPDFText_GetUnicode(raw, i)
            ch = chr(code) if 0 < code < 0x110000 else ""
            if ch == "\x02":   # PDFium marks a hyphen at a line end this way
                ch = "-"
            if ch in _BREAKS:
                b.flush()
                b.new_line = True
                continue
            if not ch or ch in _SPACES or ch.isspace() or ch == "\ufffe":
                b.flush()
                continue
            if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
                continue
            pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
            pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
            size = pdfium_c.FPDFText_GetFontSize(raw, i)
            angle = pdfium_c.FPDFText_GetCharAngle(raw, i)
            d = _direction(angle) if angle > 0 else 0
            box = (min(rect.left, rect.right), min(rect.bottom, rect.top),
                   max(rect.left, rect.right), max(rect.bottom, rect.top))
            b.add(ch, box, (ox.value, oy.value), float(size), d)
        b.flush()
        return b.words
    finally:
        tp.close()


# ---------------------------------------------------------------- fast path (issue 7)
# `page_words` gives exactly what `page_words_reference` gives (tests/hostile/
# test_extract_fast.py compares them on every sample and generated document), at about
# twice the speed: the page text comes in one call instead of one call per character;
# font size and angle are asked once per text object (they are properties of the text
# object: its font size and matrix); "is generated" is not asked, because PDFium only
# generates spaces and line breaks, which are skipped before; the PDFium functions are
# called through private ctypes prototypes that take plain addresses (no argument
# conversion per call); and words are gathered in local lists instead of a builder object.

_FAST = None


def _fast_api():
    global _FAST
    if _FAST is None:
        vp, ci, cd = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
        _FAST = (
            prototype("FPDFText_CountChars", (vp,), ci),
            prototype("FPDFText_GetText", (vp, ci, ci, vp), ci),
            prototype("FPDFText_GetUnicode", (vp, ci), ctypes.c_uint),
            prototype("FPDFText_GetTextObject", (vp, ci), vp),
            prototype("FPDFText_GetLooseCharBox", (vp, ci, vp), ci),
            prototype("FPDFText_GetCharOrigin", (vp, ci, vp, vp), ci),
            prototype("FPDFText_GetFontSize", (vp, ci), cd),
            prototype("FPDFText_GetCharAngle", (vp, ci), ctypes.c_float),
        )
    return _FAST


def page_words(page: pdfium.PdfPage, shared: dict | None = None) -> list[RawWord]:
    """Words of a page in content-stream order, with loose character boxes in user space.
    `shared` (one dict per document) lets equal character-edge tuples be one object: a long
    document holds far fewer of them (word texts are interned)."""
    try:
        api = _fast_api()
    except (AttributeError, KeyError, TypeError, OSError):   # another pypdfium2 layout
        return page_words_reference(page)
    count, get_text, get_unicode, get_object, loose_box, char_origin, font_size, char_angle = api
    tp = page.get_textpage()
    try:
        h = ctypes.cast(tp.raw, ctypes.c_void_p).value
        n = count(h)
        words: list[RawWord] = []
        if n <= 0:
            return words
        buf = (ctypes.c_ushort * (n + 1))()
        written = get_text(h, 0, n, buf)
        units = buf[:n]
        if written != n + 1 or any(0xD800 <= u <= 0xDFFF for u in units):
            # the text does not line up with the character indices: PDFium leaves out a
            # character without a Unicode value (a glyph of an emoji font in a chat print),
            # and one outside the BMP takes two UTF-16 units; ask per character instead
            units = [get_unicode(h, i) for i in range(n)]
        rect = RectF()
        prect = ctypes.addressof(rect)
        oxd, oyd = ctypes.c_double(), ctypes.c_double()
        pox, poy = ctypes.addressof(oxd), ctypes.addressof(oyd)
        per_object: dict[int, tuple[float, int]] = {}
        spaces, breaks = _SPACES, _BREAKS
        # the word being built
        chars: list[str] = []
        cx0: list[float] = []
        cy0: list[float] = []
        cx1: list[float] = []
        cy1: list[float] = []
        wsize = 0.0
        wdir = 0
        new_line = False
        lox = loy = 0.0

        def flush():
            nonlocal new_line
            x0, y0, x1, y1 = min(cx0), min(cy0), max(cx1), max(cy1)
            if wdir == 0:
                edges = [v - x0 for v in cx0]
                edges.append(x1 - x0)
            elif wdir == 180:
                edges = [x1 - v for v in cx1]
                edges.append(x1 - x0)
            elif wdir == 90:
                edges = [v - y0 for v in cy0]
                edges.append(y1 - y0)
            else:
                edges = [y1 - v for v in cy1]
                edges.append(y1 - y0)
            text = intern("".join(chars))
            if len(edges) != len(text) + 1:
                edges = []
            ce = tuple(edges)
            if shared is not None:
                ce = shared.setdefault(ce, ce)
            words.append(RawWord(text=text, box=Rect(x0, y0, x1, y1), size=wsize or 10.0,
                                 char_edges=ce, direction=wdir, new_line=new_line))
            chars.clear()
            cx0.clear()
            cy0.clear()
            cx1.clear()
            cy1.clear()
            new_line = False

        for i in range(n):
            code = units[i]
            if code == 0 or code == 0xFFFE:
                code = get_unicode(h, i)      # PDFium's own marks and non-BMP characters
            ch = chr(code) if 0 < code < 0x110000 else ""
            if ch == "\x02":   # PDFium marks a hyphen at a line end this way
                ch = "-"
            if ch in breaks:
                if chars:
                    flush()
                new_line = True
                continue
            if not ch or ch in spaces or ch.isspace() or ch == "\ufffe":
                if chars:
                    flush()
                continue
            obj = get_object(h, i)
            sd = per_object.get(obj) if obj else None
            if sd is None:
                angle = char_angle(h, i)
                sd = (float(font_size(h, i)), _direction(angle) if angle > 0 else 0)
                if obj:
                    per_object[obj] = sd
            size, d = sd
            loose_box(h, i, prect)
            char_origin(h, i, pox, poy)
            ox, oy = oxd.value, oyd.value
            if chars:
                m = 0.5 * max(size, 1.0)
                if (d != wdir or (d in (0, 180) and abs(oy - loy) > m)
                        or (d in (90, 270) and abs(ox - lox) > m)
                        or (d == 0 and ox < lox - m)):
                    flush()
            if not chars:
                wsize, wdir = size, d
            l, r, t, b = rect.left, rect.right, rect.top, rect.bottom
            chars.append(ch)
            cx0.append(l if l < r else r)
            cx1.append(r if r > l else l)
            cy0.append(b if b < t else t)
            cy1.append(t if t > b else b)
            lox, loy = ox, oy
        if chars:
            flush()
        return words
    finally:
        tp.close()


def _matrix_apply(m, x: float, y: float) -> tuple[float, float]:
    return m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f


def page_images(page: pdfium.PdfPage, page_area: float) -> tuple[list[ImageBox], float]:
    """Images painted on the page, with their boxes in user space, and the share of the page
    they cover. Images inside Form XObjects are mapped through the forms' matrices."""
    images: list[ImageBox] = []
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=8):
        try:
            l, bt, r, t = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        container = obj.container
        while container is not None:   # bounds of nested objects are in the form's space
            m = container.get_matrix()
            pts = [_matrix_apply(m, x, y) for x in (l, r) for y in (bt, t)]
            l, r = min(p[0] for p in pts), max(p[0] for p in pts)
            bt, t = min(p[1] for p in pts), max(p[1] for p in pts)
            container = container.container
        try:
            pw, ph = obj.get_px_size()
        except (pdfium.PdfiumError, AttributeError):
            pw = ph = 0
        box = Rect(l, bt, r, t)
        images.append(ImageBox(box=box, name=f"image{len(images)}", pixel_width=int(pw), pixel_height=int(ph)))
        area += box.width * box.height
    return images, min(1.0, area / max(1.0, page_area))


def invisible_text_share(page: pdfium.PdfPage) -> float:
    """Share of text objects drawn invisibly (render mode 3): the mark of an OCR layer."""
    total = invisible = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=8):
        total += 1
        if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
            invisible += 1
    return invisible / total if total else 0.0
