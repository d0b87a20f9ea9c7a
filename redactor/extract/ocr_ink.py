"""Ink in a page image that OCR did not read as text: handwritten signatures, paraphs, stamps.

Works on a small greyscale copy of the page image (about 75 dpi): dark pixels, minus the
boxes of words Tesseract read with confidence, grouped into blobs on a coarse grid (cells of
about 1 mm, neighbours joined across small gaps so a signature's separate strokes form one
blob). Thin rules (table borders, underlines) and specks are dropped. The result is a list
of boxes in user space; which of them is a signature is decided by the detector.
"""
from __future__ import annotations

from collections import deque

import numpy as np

from redactor.extract.affine import map_rect
from redactor.extract.ocr_engine import OcrLine
from redactor.extract.page_image import PageImage
from redactor.models import Rect

THUMB_DPI = 75
CELL_MM = 1.0
JOIN_CELLS = 3            # strokes closer than this many cells belong to one blob
MIN_SIZE_PT = 12.0        # a blob smaller than this both ways is a speck
MIN_THICK_PT = 4.0        # a blob thinner than this is a rule or underline
MIN_INK_CELLS = 12
TEXT_CONF = 55.0          # words read with at least this confidence are text, not ink


def _is_texty(word) -> bool:
    t = word.text
    alnum = sum(ch.isalnum() for ch in t)
    return word.conf >= TEXT_CONF and alnum >= max(1, len(t) // 2)


def ink_regions(img: PageImage, lines: list[OcrLine]) -> list[tuple[Rect, int, int]]:
    """Boxes (user space, with their size in pixels of `img`) of ink blobs that are not text."""
    grey, s = img.grey(THUMB_DPI)
    a = np.asarray(grey, dtype=np.uint8)
    if a.size == 0:
        return []
    paper = float(np.percentile(a, 80))
    ink_level = float(np.percentile(a, 0.5))
    if paper - ink_level < 40:          # blank or very low contrast page
        return []
    dark = a < (ink_level + paper) / 2
    h, w = dark.shape
    # remove what OCR read as text (with a small margin)
    for ln in lines:
        for wd in ln.words:
            if not _is_texty(wd):
                continue
            x0, y0, x1, y1 = wd.box
            m = 1
            dark[max(0, int(y0 * s) - m):min(h, int(y1 * s) + 1 + m),
                 max(0, int(x0 * s) - m):min(w, int(x1 * s) + 1 + m)] = False
    thumb_dpi = img.dpi * s
    cell = max(1, int(round(CELL_MM / 25.4 * thumb_dpi)))
    gh, gw = h // cell, w // cell
    if gh == 0 or gw == 0:
        return []
    grid = dark[: gh * cell, : gw * cell].reshape(gh, cell, gw, cell).sum(axis=(1, 3))
    # a cell is ink when it has at least 2 dark pixels (isolated noise pixels are not ink)
    occ = grid >= 2
    # ignore a border strip: scanner edges and punch holes
    b = max(1, int(round(8 / 25.4 * thumb_dpi / cell)))
    occ[:b, :] = False
    occ[-b:, :] = False
    occ[:, :b] = False
    occ[:, -b:] = False
    cells = np.argwhere(occ)
    if len(cells) == 0:
        return []
    seen = np.zeros_like(occ, dtype=bool)
    pt_per_px = 72.0 / img.dpi
    out: list[tuple[Rect, int, int]] = []
    j = JOIN_CELLS
    for cy, cx in cells:
        if seen[cy, cx]:
            continue
        q = deque([(cy, cx)])
        seen[cy, cx] = True
        ys, xs = [cy], [cx]
        n = 0
        while q:
            y, x = q.popleft()
            n += 1
            y0, y1 = max(0, y - j), min(gh, y + j + 1)
            x0, x1 = max(0, x - j), min(gw, x + j + 1)
            sub = occ[y0:y1, x0:x1] & ~seen[y0:y1, x0:x1]
            if sub.any():
                for dy, dx in np.argwhere(sub):
                    yy, xx = y0 + dy, x0 + dx
                    seen[yy, xx] = True
                    q.append((yy, xx))
                    ys.append(yy)
                    xs.append(xx)
        if n < MIN_INK_CELLS:
            continue
        # blob box in full-resolution pixels of `img`
        px0 = float(min(xs)) * cell / s
        py0 = float(min(ys)) * cell / s
        px1 = float(max(xs) + 1) * cell / s
        py1 = float(max(ys) + 1) * cell / s
        wpt, hpt = (px1 - px0) * pt_per_px, (py1 - py0) * pt_per_px
        if wpt < MIN_SIZE_PT and hpt < MIN_SIZE_PT:
            continue
        if min(wpt, hpt) < MIN_THICK_PT:
            continue
        out.append((map_rect(img.to_user, px0, py0, px1, py1), int(px1 - px0), int(py1 - py0)))
    return out
