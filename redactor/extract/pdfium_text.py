"""Words and images of a page through PDFium (pypdfium2): the fast extraction backend.

PDFium reports character boxes directly in the page's default user space (unrotated,
MediaBox offsets included), which is the space every record uses, so no conversion is
needed. Characters come in content-stream order with generated spaces and line breaks.
"""
from __future__ import annotations

import ctypes
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from redactor.extract.layout import RawWord
from redactor.models import ImageBox, Rect

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


def page_words(page: pdfium.PdfPage) -> list[RawWord]:
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
