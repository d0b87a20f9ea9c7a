"""Words and images of a page through pdfplumber (pdfminer): the reference backend.

Slower than PDFium (pure Python), but its character geometry is the one most PDF tools
agree on; kept for cross-checks and as `--extractor pdfplumber`.
"""
from __future__ import annotations

import io

import pdfplumber
import pikepdf

from redactor.extract.geometry import PageGeometry
from redactor.extract.layout import RawWord
from redactor.models import ImageBox, Rect


def unrotated_copy(path) -> io.BytesIO:
    buf = io.BytesIO()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            if "/Rotate" in page.obj:
                del page.obj["/Rotate"]
        pdf.save(buf)
    buf.seek(0)
    return buf


def upright_share(ppage) -> float:
    """Share of characters that read left→right, upright, on the displayed page."""
    chars = ppage.chars
    if not chars:
        return 1.0

    def reads_normally(c) -> bool:
        m = c.get("matrix")
        if not m:
            return bool(c.get("upright", True))
        a, b, cc, d = m[:4]
        return a > 0 and d > 0 and abs(b) < 1e-6 * max(1, a) and abs(cc) < 1e-6 * max(1, d)
    return sum(1 for c in chars if reads_normally(c)) / len(chars)


def geometry(ppage) -> PageGeometry:
    x0, y0, x1, y1 = (float(v) for v in ppage.page_obj.mediabox)
    mb = Rect(x0, y0, x1, y1).normalized()
    return PageGeometry(mediabox=mb, rotation=int(ppage.rotation or 0) % 360, plumber_box=tuple(ppage.mediabox))


def page_words(ppage) -> list[RawWord]:
    geom = geometry(ppage)
    raw = ppage.extract_words(use_text_flow=True, return_chars=True, keep_blank_chars=False,
                              x_tolerance=1.5, y_tolerance=2.5)
    out = []
    for w in raw:
        text = w["text"]
        upright = bool(w.get("upright", True))
        chars = w.get("chars") or []
        edges: tuple[float, ...] = ()
        if upright and len(chars) == len(text):
            base = w["x0"]
            edges = tuple([c["x0"] - base for c in chars] + [w["x1"] - base])
        size = max((float(c.get("size", 0)) for c in chars), default=w["bottom"] - w["top"])
        out.append(RawWord(text=text, box=geom.to_user(w["x0"], w["top"], w["x1"], w["bottom"]),
                           size=size, char_edges=edges, direction=geom.text_direction(upright)))
    return out


def page_images(ppage) -> tuple[list[ImageBox], float]:
    geom = geometry(ppage)
    images, area = [], 0.0
    for im in ppage.images:
        try:
            box = geom.to_user(im["x0"], im["top"], im["x1"], im["bottom"])
        except (KeyError, TypeError):
            continue
        size = im.get("srcsize") or (0, 0)
        images.append(ImageBox(box=box, name=str(im.get("name", "")),
                               pixel_width=int(size[0] or 0), pixel_height=int(size[1] or 0)))
        area += box.width * box.height
    return images, min(1.0, area / max(1.0, float(ppage.width) * float(ppage.height)))


class PlumberReader:
    """Iterates (raw words, images, coverage) per page, using an unrotated copy for pages
    whose text only reads upright without /Rotate."""

    def __init__(self, source):
        self.source = source
        self.pdf = pdfplumber.open(source)
        self.unrotated = None

    def __len__(self):
        return len(self.pdf.pages)

    def page(self, i: int):
        ppage = self.pdf.pages[i]
        src = ppage
        if ppage.rotation and upright_share(ppage) < 0.5:
            self.unrotated = self.unrotated or pdfplumber.open(unrotated_copy(self._rewound()))
            src = self.unrotated.pages[i]
        try:
            words = page_words(src)
            images, coverage = page_images(src)
        finally:
            src.close()
            if src is not ppage:
                ppage.close()
        return words, images, coverage

    def _rewound(self):
        if hasattr(self.source, "seek"):
            self.source.seek(0)
        return self.source

    @property
    def metadata(self) -> dict:
        return self.pdf.metadata or {}

    def close(self):
        self.pdf.close()
        if self.unrotated is not None:
            self.unrotated.close()
