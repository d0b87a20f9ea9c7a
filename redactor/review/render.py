"""Page images for the review app, and the mapping between user space and the image.

Pages are rendered with pypdfium2 from the ORIGINAL (or, to compare, from the published
PDF) and cached as PNG under `OUT/internal/review/pages/` only: images of unredacted pages
never leave the dossier's internal folder (the app also sends `Cache-Control: no-store`, so
the browser does not keep them either).

Boxes in the records are in default user space (y up, before /Rotate). The browser works
in fractions of the displayed page (origin top-left, after CropBox and /Rotate); `to_view`
and `from_view` convert between the two.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from redactor.models import Rect

SCALE = 1.6                      # pixels per point (A4 → 952 × 1347 px)
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe


class PageView:
    """The displayed page: CropBox, rotated by /Rotate."""

    def __init__(self, cropbox: Rect, rotation: int):
        self.cb = cropbox.normalized()
        self.rotation = int(rotation) % 360
        w, h = self.cb.width, self.cb.height
        self.width, self.height = (h, w) if self.rotation in (90, 270) else (w, h)

    @classmethod
    def of(cls, page_row) -> "PageView":
        return cls(Rect(*json.loads(page_row["cropbox"])), page_row["rotation"])

    def point_to_view(self, x: float, y: float) -> tuple[float, float]:
        c, r = self.cb, self.rotation
        if r == 0:
            return x - c.x0, c.y1 - y
        if r == 90:
            return y - c.y0, x - c.x0
        if r == 180:
            return c.x1 - x, y - c.y0
        return c.y1 - y, c.x1 - x

    def point_from_view(self, u: float, v: float) -> tuple[float, float]:
        c, r = self.cb, self.rotation
        if r == 0:
            return c.x0 + u, c.y1 - v
        if r == 90:
            return c.x0 + v, c.y0 + u
        if r == 180:
            return c.x1 - u, c.y0 + v
        return c.x1 - v, c.y1 - u

    def to_view(self, rect: Rect) -> tuple[float, float, float, float]:
        """User-space rectangle → (left, top, width, height) as fractions of the displayed page."""
        u0, v0 = self.point_to_view(rect.x0, rect.y0)
        u1, v1 = self.point_to_view(rect.x1, rect.y1)
        left, right = sorted((u0, u1))
        top, bottom = sorted((v0, v1))
        return (left / self.width, top / self.height, (right - left) / self.width, (bottom - top) / self.height)

    def from_view(self, fx0: float, fy0: float, fx1: float, fy1: float) -> Rect:
        """Fractions of the displayed page (two corners) → user-space rectangle, clipped to the page."""
        fx0, fx1 = sorted((min(max(fx0, 0.0), 1.0), min(max(fx1, 0.0), 1.0)))
        fy0, fy1 = sorted((min(max(fy0, 0.0), 1.0), min(max(fy1, 0.0), 1.0)))
        x0, y0 = self.point_from_view(fx0 * self.width, fy0 * self.height)
        x1, y1 = self.point_from_view(fx1 * self.width, fy1 * self.height)
        return Rect(x0, y0, x1, y1).normalized()


def page_png(pdf_path: Path, index: int, cache: Path) -> Path:
    """PNG of one page (as displayed: CropBox and /Rotate applied), cached at `cache`."""
    if cache.exists():
        return cache
    import pypdfium2 as pdfium

    cache.parent.mkdir(parents=True, exist_ok=True)
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            if not 0 <= index < len(pdf):
                raise IndexError(index)
            page = pdf[index]
            image = page.render(scale=SCALE).to_pil()
            page.close()
        finally:
            pdf.close()
    fd, tmp = tempfile.mkstemp(prefix=".page.", suffix=".png", dir=cache.parent)
    os.close(fd)
    try:
        image.save(tmp, format="PNG", optimize=False)
        os.replace(tmp, cache)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return cache
