"""Re-reading the written text layer with PDFium before it may replace the output."""
from __future__ import annotations

from pathlib import Path

from redactor.errors import SelfCheckError
from redactor.models import Document, Rect, Word

from .textlayer_words import TOLERANCE, meets

def _invisible_chars(pdf_path: Path, index: int) -> list[tuple[str, float, float]]:
    """(char, origin x, origin y) of every invisibly drawn character on a page (PDFium)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c
    import ctypes

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[index]
        tp = page.get_textpage()
        try:
            out = []
            ox, oy = ctypes.c_double(), ctypes.c_double()
            for i in range(c.FPDFText_CountChars(tp.raw)):
                if c.FPDFText_IsGenerated(tp.raw, i) == 1:
                    continue
                obj = c.FPDFText_GetTextObject(tp.raw, i)
                if not obj or c.FPDFTextObj_GetTextRenderMode(obj) != c.FPDF_TEXTRENDERMODE_INVISIBLE:
                    continue
                code = c.FPDFText_GetUnicode(tp.raw, i)
                ch = chr(code) if 0 < code < 0x110000 else ""
                if not ch.strip():
                    continue
                c.FPDFText_GetCharOrigin(tp.raw, i, ox, oy)
                out.append((ch, ox.value, oy.value))
            return out
        finally:
            tp.close()
            page.close()
    finally:
        doc.close()


def _inside(x: float, y: float, r: Rect, tol: float) -> bool:
    return r.x0 - tol <= x <= r.x1 + tol and r.y0 - tol <= y <= r.y1 + tol


def verify_text_layer(pdf_path: Path, doc: Document, rects_by_page: dict[int, list[Rect]],
                      expected: dict[int, tuple[list[Word], int]]) -> None:
    """Re-read the invisible text of the OCR pages and compare it with what should be there."""
    for index, (words, nchars) in expected.items():
        rects = rects_by_page.get(index, [])
        chars = _invisible_chars(pdf_path, index)
        if len(chars) != nchars:
            raise SelfCheckError(
                f"text layer on page {index + 1}: {len(chars)} invisible characters, "
                f"expected {nchars} (an old OCR layer left behind, or a word lost)")
        for ch, x, y in chars:
            for r in rects:
                if r.x0 + TOLERANCE < x < r.x1 - TOLERANCE and r.y0 + TOLERANCE < y < r.y1 - TOLERANCE:
                    raise SelfCheckError(f"text layer on page {index + 1}: invisible '{ch}' inside a redaction area")
            if not any(_inside(x, y, w.box, 0.5 + 0.25 * min(w.box.width, w.box.height)) for w in words):
                raise SelfCheckError(f"text layer on page {index + 1}: invisible '{ch}' at "
                                     f"({x:.1f}, {y:.1f}) is not in any kept word")
        for w in words:
            if meets(w.box, rects, tol=0.0):
                raise SelfCheckError(f"text layer on page {index + 1}: a word meeting an area was written")
