"""Invisible text layer for OCR pages of a redacted PDF (post-step on the writer's output).

For every page whose words came from OCR (`Page.ocr`):

1. the page's existing invisible text (render mode 3: a copier's OCR layer, which is not
   trusted and may hold redacted words) is removed from the page's content stream and from
   the Form XObjects it draws, and so is text drawn before a full-page image covers it (a
   layer hidden under the scan); visible text and everything else stay as they are;
2. a new invisible text layer is added (render mode 3, standard Helvetica, WinAnsi with a
   /Differences table for Central European letters), one text object per OCR word that is
   *not* redacted, placed and scaled so that each word's glyph boxes span the OCR word box
   (as ocrmypdf's hOCR renderer does). A word whose box meets a redaction area is in no layer.

The result is written to a temporary file beside the output, re-read with PDFium and checked
before it replaces the output (atomically): every invisible character must lie in a kept
word's box and outside every area, and the invisible text must be exactly the kept words
(so the old layer is gone). Any doubt raises `SelfCheckError`; the output is then left as
the writer made it and the caller fails the document.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from redactor.errors import SelfCheckError
from redactor.models import Document, RedactionArea, Rect, Word

from .textlayer_font import _Encoding
from .textlayer_stream import FONT_NAME, layer_stream
from .textlayer_strip import _form_users, strip_invisible_text
from .textlayer_verify import verify_text_layer
from .textlayer_words import _visible_text_boxes, kept_words


@dataclass
class TextLayerResult:
    pages: int = 0
    words_written: int = 0
    words_withheld: int = 0          # OCR words left out because they meet a redaction area
    old_text_removed: int = 0        # invisible text-showing operators removed
    warnings: list[str] = field(default_factory=list)


def own_resources(page_obj: pikepdf.Object) -> None:
    """Give the page its own /Resources when it inherits them from the page tree, so that a
    resource added to the page does not hide the inherited ones."""
    if isinstance(page_obj.get("/Resources"), pikepdf.Dictionary):
        return
    node, depth = page_obj.get("/Parent"), 0
    while node is not None and depth < 64:
        r = node.get("/Resources")
        if isinstance(r, pikepdf.Dictionary):
            page_obj.Resources = pikepdf.Dictionary({k: v for k, v in r.items()})
            return
        node = node.get("/Parent")
        depth += 1
    page_obj.Resources = pikepdf.Dictionary()


def _free_font_name(page_obj: pikepdf.Object) -> pikepdf.Name:
    """/RedactorOCR0, or the next number the page's fonts do not use. pikepdf's `prefix`
    adds a random suffix, which made every run's output differ."""
    fonts = page_obj.Resources.get("/Font")
    n = 0
    while isinstance(fonts, pikepdf.Dictionary) and f"/RedactorOCR{n}" in fonts:
        n += 1
    return pikepdf.Name(f"/RedactorOCR{n}")


def add_text_layer(pdf_path: Path, doc: Document, areas: list[RedactionArea]) -> TextLayerResult:
    """Replace the invisible text of `doc`'s OCR pages in `pdf_path` (the writer's output) by a
    layer of the OCR words that are not redacted. Writes atomically; verifies first."""
    pdf_path = Path(pdf_path)
    res = TextLayerResult()
    ocr_pages = [p for p in doc.pages if p.ocr]
    if not ocr_pages:
        return res
    rects_by_page: dict[int, list[Rect]] = {}
    for a in areas:
        rects_by_page.setdefault(a.page, []).extend(r.normalized() for r in a.rects)
    expected: dict[int, tuple[list[Word], int]] = {}
    tmp = pdf_path.with_name(f".{pdf_path.name}.textlayer{os.getpid()}.tmp")
    try:
        with pikepdf.open(pdf_path) as pdf:
            if len(pdf.pages) != doc.page_count:
                raise SelfCheckError(f"text layer: output has {len(pdf.pages)} pages, the document {doc.page_count}")
            protected = _form_users(pdf, {p.index for p in ocr_pages})
            enc = _Encoding()
            streams: dict[int, bytes] = {}
            for page in ocr_pages:
                visible = _visible_text_boxes(pdf_path, page.index)
                kept, withheld = kept_words(page, rects_by_page.get(page.index, []), visible)
                data, written, nchars = layer_stream(kept, enc)
                streams[page.index] = data
                expected[page.index] = (written, nchars)
                res.words_written += len(written)
                res.words_withheld += withheld
            font = enc.font(pdf)
            for page in ocr_pages:
                pp = pdf.pages[page.index]
                own_resources(pp.obj)
                n, warns = strip_invisible_text(pdf, pp, protected)
                res.old_text_removed += n
                res.warnings += [f"page {page.index + 1}: {w}" for w in warns]
                fname = pp.add_resource(font, pikepdf.Name.Font, name=_free_font_name(pp.obj))
                data = streams[page.index].replace(FONT_NAME.encode(), str(fname).encode())
                pp.contents_coalesce()
                body = pp.obj.Contents.read_bytes() if "/Contents" in pp.obj else b""
                pp.obj.Contents = pdf.make_stream(b"q\n" + body + b"\nQ\n" + data)
                res.pages += 1
            # deterministic: a rerun (issue 7: after a kill) must give the same bytes
            pdf.save(tmp, fix_metadata_version=False, deterministic_id=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)
        verify_text_layer(tmp, doc, rects_by_page, expected)
        os.replace(tmp, pdf_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return res
