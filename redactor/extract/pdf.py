"""A PDF file → `Document`: words with user-space boxes, in content-stream order.

The file is checked with qpdf first (it tells encryption from damage and repairs broken
cross-reference tables); words come from PDFium (fast, default) or pdfplumber. Reading
order is the producer's own (content-stream order): memo headers and side columns are
drawn as separate text flows and lose their meaning when merged line by line.
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

from redactor.errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, TooLargeError
from redactor.extract import pdfium_text
from redactor.extract.layout import assemble
from redactor.models import Document, Page, Rect

# A page with fewer printable characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# A page whose images cover more than this share (and that has little text) is a scan.
SCAN_IMAGE_COVERAGE = 0.5
# A page where most text is drawn invisibly carries an OCR layer (often a copier's).
OCR_LAYER_SHARE = 0.8


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# What a file without a PDF header most likely is (issue 7: a specific message).
_MAGIC = [
    (b"PK\x03\x04", "a ZIP file: a Word/Excel document (.docx/.xlsx) or an archive?"),
    (b"\xd0\xcf\x11\xe0", "an old Office or Outlook file (.doc/.xls/.msg)?"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
]


def check_pdf_header(path: Path) -> None:
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        if not head:
            kind = "empty file"
        else:
            kind = next((what for magic, what in _MAGIC if head.startswith(magic)), "")
            if not kind and head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
                kind = "an HTML page"
            kind = f"no %PDF- header; {kind}" if kind else "no %PDF- header"
        raise NotAPdfError(f"not a PDF ({kind})")


def _inspect(path: Path, max_pages: int, max_page_size: float = 0) -> tuple[bool, list[tuple[Rect, Rect, int]]]:
    """Open with qpdf: (needs a repaired copy, per page (MediaBox, CropBox, /Rotate)).
    Pages larger than `max_page_size` points (UserUnit applied) fail as too-large: such a
    page is either a mistake or a resource bomb (issue 7)."""
    try:
        with pikepdf.open(path) as pdf:
            n = len(pdf.pages)
            if n == 0:
                raise CorruptPdfError("the PDF has no pages")
            if max_pages and n > max_pages:
                raise TooLargeError(f"{n} pages, more than the limit of {max_pages}")
            boxes = []
            for p in pdf.pages:
                mb = Rect(*(float(v) for v in p.mediabox)).normalized()
                cb = Rect(*(float(v) for v in p.cropbox)).normalized()
                if max_page_size:
                    unit = float(p.obj.get("/UserUnit", 1) or 1)
                    side = max(mb.width, mb.height) * unit
                    if side > max_page_size:
                        raise TooLargeError(f"page {len(boxes) + 1} is {side / 72 * 2.54:.0f} cm on its longest "
                                            f"side, more than the limit of {max_page_size:g} pt (--max-page-size)")
                boxes.append((mb, cb, int(p.obj.get("/Rotate", 0)) % 360))
            _check_truncated(path, pdf)
            return bool(pdf.is_encrypted) or bool(pdf.get_warnings()), boxes
    except pikepdf.PasswordError as e:
        raise EncryptedPdfError("encrypted PDF: a password is needed to open it") from e
    except pikepdf.PdfError as e:
        raise CorruptPdfError(f"damaged beyond repair: {str(e)[:200]}") from e


def _check_truncated(path: Path, pdf: pikepdf.Pdf) -> None:
    """Issue 7: a file cut off in the middle (an interrupted download or copy) is refused,
    even where qpdf can rebuild a cross-reference table from what is left: the missing
    part would be silently absent from the published document. A damaged table in an
    otherwise complete file is repaired and processed."""
    warnings = " ".join(pdf.get_warnings()).lower()
    if "unexpected eof" not in warnings:
        return
    with open(path, "rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 2048))
        tail = f.read()
    if b"%%EOF" not in tail:
        raise CorruptPdfError("the file is truncated: it ends in the middle of an object, without %%EOF "
                              "(an incomplete download or copy?)")


def repaired_copy(path: Path) -> io.BytesIO:
    """The file as qpdf reads it: xref rebuilt, empty-user-password encryption removed."""
    buf = io.BytesIO()
    with pikepdf.open(path) as pdf:
        pdf.save(buf)
    buf.seek(0)
    return buf


def _ocr_reason(nchars: int, coverage: float, images: bool, invisible_share: float) -> str:
    if invisible_share >= OCR_LAYER_SHARE and coverage >= SCAN_IMAGE_COVERAGE:
        return "bestaande OCR-laag (niet vertrouwd)"
    if nchars < MIN_TEXT_CHARS and images:
        return "geen tekstlaag"
    if coverage >= SCAN_IMAGE_COVERAGE and nchars < 200:
        return "pagina is grotendeels een afbeelding"
    return ""


def extract_pdf(path: Path, *, doc_id: str = "", sha256: str = "", max_pages: int = 0,
                backend: str = "pdfium", max_page_size: float = 0) -> Document:
    """Read the text layer of every page. Pages that need OCR are marked
    (`Page.ocr_reason`); the OCR step fills in their words."""
    path = Path(path)
    check_pdf_header(path)
    sha256 = sha256 or file_sha256(path)
    needs_repair, boxes = _inspect(path, max_pages, max_page_size)
    read = _read_plumber if backend == "pdfplumber" else _read_pdfium
    try:
        pages, text, meta = read(repaired_copy(path) if needs_repair else path, boxes)
    except Exception as e:   # both libraries raise many unrelated types for broken files
        if needs_repair:
            raise CorruptPdfError(f"cannot extract text: {type(e).__name__}: {str(e)[:200]}") from e
        try:   # what the library cannot read, qpdf may have repaired
            pages, text, meta = read(repaired_copy(path), boxes)
        except Exception:
            raise CorruptPdfError(f"cannot extract text: {type(e).__name__}: {str(e)[:200]}") from e
    return Document(id=doc_id or sha256[:12], source=path, sha256=sha256, pages=pages, text=text, metadata=meta)


def _make_page(i: int, boxes, words, images, coverage, invisible: float) -> Page:
    mb, cb, rot = boxes[i]
    page = Page(index=i, width=cb.width, height=cb.height, rotation=rot, mediabox=mb, cropbox=cb,
                words=words, images=images, image_coverage=coverage)
    page.ocr_reason = _ocr_reason(sum(len(w.text) for w in words), coverage, bool(images), invisible)
    return page


def _read_pdfium(source, boxes):
    pdf = pdfium.PdfDocument(source.getvalue() if isinstance(source, io.BytesIO) else str(source))
    try:
        pages, parts, offset, line_base = [], [], 0, 0
        shared: dict = {}    # issue 7: equal character edges shared across the document
        for i in range(len(pdf)):
            p = pdf[i]
            try:
                raw_words = pdfium_text.page_words(p, shared)
                mb = boxes[i][0]
                images, coverage = pdfium_text.page_images(p, mb.width * mb.height)
                invisible = pdfium_text.invisible_text_share(p) if images else 0.0
            finally:
                p.close()
            n_parts = len(parts)
            words, offset, line_base = assemble(i, raw_words, parts, offset, line_base)
            parts[n_parts:] = ["".join(parts[n_parts:])]   # issue 7: one string per page, not per word
            pages.append(_make_page(i, boxes, words, images, coverage, invisible))
        meta = {k: str(v) for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
    finally:
        pdf.close()
    return pages, "".join(parts), meta


def _read_plumber(source, boxes):
    from redactor.extract.plumber import PlumberReader
    reader = PlumberReader(source)
    try:
        pages, parts, offset, line_base = [], [], 0, 0
        for i in range(len(reader)):
            raw_words, images, coverage = reader.page(i)
            words, offset, line_base = assemble(i, raw_words, parts, offset, line_base)
            pages.append(_make_page(i, boxes, words, images, coverage, 0.0))
        meta = {str(k): str(v) for k, v in reader.metadata.items() if isinstance(v, (str, bytes, int, float))}
    finally:
        reader.close()
    return pages, "".join(parts), meta
