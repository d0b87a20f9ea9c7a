"""Which OCR words go into the text layer: none that meets a redaction area, none that
repeats text the page already shows."""
from __future__ import annotations

from pathlib import Path

from redactor.models import Page, Rect, Word

TOLERANCE = 0.05          # points: a kept word may touch an area's edge, not enter it


def meets(box: Rect, rects: list[Rect], tol: float = TOLERANCE) -> bool:
    for r in rects:
        if (box.x0 < r.x1 - tol and r.x0 + tol < box.x1
                and box.y0 < r.y1 - tol and r.y0 + tol < box.y1):
            return True
    return False


def kept_words(page: Page, rects: list[Rect], visible: list[Rect] = ()) -> tuple[list[Word], int]:
    """OCR words for the layer: not those meeting an area (withheld), nor those that read
    text the page already shows as real text (a digital stamp on a scan: no duplicate)."""
    kept, withheld = [], 0
    for w in page.words:
        if meets(w.box, rects, tol=0.0):
            withheld += 1
        elif visible and _covered_share(w.box, visible) >= 0.5:
            continue
        else:
            kept.append(w)
    return kept, withheld


def _covered_share(box: Rect, boxes: list[Rect]) -> float:
    area = max(1e-6, box.width * box.height)
    tot = 0.0
    for b in boxes:
        w = min(box.x1, b.x1) - max(box.x0, b.x0)
        h = min(box.y1, b.y1) - max(box.y0, b.y0)
        if w > 0 and h > 0:
            tot += w * h
    return min(1.0, tot / area)


def _visible_text_boxes(pdf_path: Path, index: int) -> list[Rect]:
    """Boxes of the characters a page draws visibly (real text, not an OCR layer)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    def addr(p) -> int:
        return ctypes.cast(p, ctypes.c_void_p).value or 0

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[index]
        # text painted before a full-page image is hidden under it, not shown
        order: dict[int, int] = {}
        cover = -1
        w, h = page.get_size()
        for n, obj in enumerate(page.get_objects(max_depth=8)):
            order[addr(obj.raw)] = n
            if c.FPDFPageObj_GetType(obj.raw) == c.FPDF_PAGEOBJ_IMAGE:
                try:
                    l, b, r, t = obj.get_bounds()
                except pdfium.PdfiumError:
                    continue
                if (r - l) * (t - b) >= 0.85 * w * h:
                    cover = n
        tp = page.get_textpage()
        try:
            out = []
            rect = c.FS_RECTF()
            for i in range(c.FPDFText_CountChars(tp.raw)):
                obj = c.FPDFText_GetTextObject(tp.raw, i)
                if not obj or c.FPDFTextObj_GetTextRenderMode(obj) in (c.FPDF_TEXTRENDERMODE_INVISIBLE,
                                                                       c.FPDF_TEXTRENDERMODE_CLIP):
                    continue
                if order.get(addr(obj), 1 << 30) < cover:
                    continue
                code = c.FPDFText_GetUnicode(tp.raw, i)
                if code <= 32:
                    continue
                if c.FPDFText_GetLooseCharBox(tp.raw, i, ctypes.byref(rect)):
                    out.append(Rect(min(rect.left, rect.right), min(rect.bottom, rect.top),
                                    max(rect.left, rect.right), max(rect.bottom, rect.top)))
            return out
        finally:
            tp.close()
            page.close()
    finally:
        doc.close()
