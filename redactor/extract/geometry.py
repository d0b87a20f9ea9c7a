"""Convert pdfplumber's display coordinates to the page's default user space.

pdfminer renders a page through a rotation CTM chosen from /Rotate and the MediaBox
(`PDFPageInterpreter.process_page`); pdfplumber then flips y and shifts by its own
`page.mediabox`. Every record in `models` uses the content stream's default user space
(y up, unrotated, MediaBox offsets included), so boxes are converted once, here, by
undoing exactly those two steps.
"""
from __future__ import annotations

from dataclasses import dataclass

from redactor.models import Rect


@dataclass(frozen=True, slots=True)
class PageGeometry:
    mediabox: Rect                             # raw MediaBox, user space
    rotation: int                              # 0, 90, 180, 270
    plumber_box: tuple[float, float, float, float]   # pdfplumber's page.mediabox (x0, top, x1, bottom)

    @property
    def display_height(self) -> float:
        return self.plumber_box[3] - self.plumber_box[1]

    def _device_to_user(self, dx: float, dy: float) -> tuple[float, float]:
        mb = self.mediabox
        r = self.rotation
        if r == 90:
            return mb.x1 - dy, dx + mb.y0
        if r == 180:
            return mb.x1 - dx, mb.y1 - dy
        if r == 270:
            return dy + mb.x0, mb.y1 - dx
        return dx + mb.x0, dy + mb.y0

    def _plumber_to_device(self, x: float, top: float) -> tuple[float, float]:
        px0, ptop = self.plumber_box[0], self.plumber_box[1]
        return x - px0, self.display_height - (top - ptop)

    def to_user(self, x0: float, top: float, x1: float, bottom: float) -> Rect:
        """pdfplumber box (x0, top, x1, bottom) → user-space Rect."""
        pts = [self._device_to_user(*self._plumber_to_device(x, t)) for x in (x0, x1) for t in (top, bottom)]
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return Rect(min(xs), min(ys), max(xs), max(ys))

    def user_to_display(self, x: float, y: float) -> tuple[float, float]:
        """User point → displayed page point (u right, v down from the top-left of the MediaBox)."""
        mb = self.mediabox
        r = self.rotation
        if r == 90:
            dx, dy = y - mb.y0, mb.x1 - x
        elif r == 180:
            dx, dy = mb.x1 - x, mb.y1 - y
        elif r == 270:
            dx, dy = mb.y1 - y, x - mb.x0
        else:
            dx, dy = x - mb.x0, y - mb.y0
        return dx, self.display_height - dy

    def text_direction(self, upright: bool) -> int:
        """Reading direction of upright display text, expressed in user space."""
        if not upright:
            return (self.rotation + 90) % 360   # best effort for vertical text
        return {0: 0, 90: 90, 180: 180, 270: 270}[self.rotation]
