"""Born-digital PDF → `Document`: words with user-space boxes, in reading order.

pdfplumber finds the characters and groups them into words; we keep the producer's
content-stream order (`use_text_flow`) because memo headers and side columns are drawn as
separate text flows and lose their meaning when merged line by line across the page.
"""
from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

import pdfplumber
import pikepdf

from redactor.errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, TooLargeError
from redactor.extract.geometry import PageGeometry
from redactor.models import Document, ImageBox, Page, Rect, Word

log = logging.getLogger(__name__)

# A page with fewer printable characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# A page whose images cover more than this share (and that has little text) is a scan.
SCAN_IMAGE_COVERAGE = 0.5


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_pdf_header(path: Path) -> None:
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        kind = "empty file" if not head else "no %PDF- header"
        raise NotAPdfError(f"not a PDF ({kind})")


def _qpdf_check(path: Path) -> tuple[bool, bool]:
    """Open with qpdf first: it tells encryption apart from damage, and repairs what it can.
    Returns (needs_repair, has_rotated_pages)."""
    try:
        with pikepdf.open(path) as pdf:
            rotated = any(int(p.obj.get("/Rotate", 0)) % 360 for p in pdf.pages)
            return bool(pdf.is_encrypted) or False, rotated
    except pikepdf.PasswordError as e:
        raise EncryptedPdfError("encrypted PDF: a password is needed to open it") from e
    except pikepdf.PdfError as e:
        raise CorruptPdfError(f"damaged beyond repair: {str(e)[:200]}") from e


def _repaired_copy(path: Path, unrotate: bool = False) -> io.BytesIO:
    """The file as qpdf reads it (xref rebuilt, encryption with an empty user password
    removed), optionally with /Rotate cleared so that words come out in user space."""
    buf = io.BytesIO()
    with pikepdf.open(path) as pdf:
        if unrotate:
            for page in pdf.pages:
                if "/Rotate" in page.obj:
                    del page.obj["/Rotate"]
        pdf.save(buf)
    buf.seek(0)
    return buf


def _open(path: Path):
    needs_repair, _ = _qpdf_check(path)
    try:
        return pdfplumber.open(_repaired_copy(path) if needs_repair else str(path))
    except Exception as e:  # pdfminer raises many unrelated types for broken files
        try:
            return pdfplumber.open(_repaired_copy(path))
        except Exception:
            raise CorruptPdfError(f"cannot parse PDF: {type(e).__name__}: {str(e)[:200]}") from e


def _words_to_lines(raw_words: list[dict]) -> list[list[dict]]:
    """Split content-stream-ordered words into display lines."""
    lines: list[list[dict]] = []
    prev = None
    for w in raw_words:
        if prev is None:
            lines.append([w])
        else:
            h = max(1.0, min(prev["bottom"] - prev["top"], w["bottom"] - w["top"]))
            same_line = (abs(w["top"] - prev["top"]) < 0.5 * h
                         and w["x0"] >= prev["x1"] - 0.5 * h
                         and w.get("upright", True) == prev.get("upright", True))
            if same_line:
                lines[-1].append(w)
            else:
                lines.append([w])
        prev = w
    return lines


def _page_words(ppage, geom: PageGeometry, index: int, offset: int, line_base: int,
                parts: list[str]) -> tuple[list[Word], int, int]:
    raw = ppage.extract_words(use_text_flow=True, return_chars=True, keep_blank_chars=False,
                              x_tolerance=1.5, y_tolerance=2.5)
    words: list[Word] = []
    lines = _words_to_lines(raw)
    for li, line in enumerate(lines):
        if li or offset:
            parts.append("\n")
            offset += 1
        prev = None
        for w in line:
            if prev is not None:
                h = max(1.0, w["bottom"] - w["top"])
                sep = "\t" if w["x0"] - prev["x1"] > 1.5 * h else " "
                parts.append(sep)
                offset += 1
            text = w["text"]
            upright = bool(w.get("upright", True))
            box = geom.to_user(w["x0"], w["top"], w["x1"], w["bottom"])
            chars = w.get("chars") or []
            edges: tuple[float, ...] = ()
            if upright and len(chars) == len(text):
                base = w["x0"]
                edges = tuple([c["x0"] - base for c in chars] + [w["x1"] - base])
            words.append(Word(text=text, page=index, box=box, start=offset, end=offset + len(text),
                              line=line_base + li, char_edges=edges,
                              direction=geom.text_direction(upright)))
            parts.append(text)
            offset += len(text)
            prev = w
    return words, offset, line_base + len(lines)


def _page_images(ppage, geom: PageGeometry) -> tuple[list[ImageBox], float]:
    images = []
    area = 0.0
    page_area = max(1.0, float(ppage.width) * float(ppage.height))
    for im in ppage.images:
        try:
            box = geom.to_user(im["x0"], im["top"], im["x1"], im["bottom"])
        except (KeyError, TypeError):
            continue
        size = im.get("srcsize") or (0, 0)
        images.append(ImageBox(box=box, name=str(im.get("name", "")),
                               pixel_width=int(size[0] or 0), pixel_height=int(size[1] or 0)))
        area += box.width * box.height
    return images, min(1.0, area / page_area)


def _rect(box) -> Rect:
    x0, y0, x1, y1 = (float(v) for v in box)
    return Rect(x0, y0, x1, y1).normalized()


def extract_pdf(path: Path, *, doc_id: str = "", sha256: str = "", max_pages: int = 0) -> Document:
    """Read the text layer of every page. Pages without one are marked for OCR
    (`Page.ocr_reason`) and carry no words; the OCR step fills them in."""
    path = Path(path)
    check_pdf_header(path)
    sha256 = sha256 or file_sha256(path)
    pdf = _open(path)
    unrotated = None      # opened on demand: pages whose text reads upright only without /Rotate
    try:
        try:
            n = len(pdf.pages)
        except Exception as e:
            raise CorruptPdfError(f"cannot read the page tree: {type(e).__name__}: {e}") from e
        if n == 0:
            raise CorruptPdfError("the PDF has no pages")
        if max_pages and n > max_pages:
            raise TooLargeError(f"{n} pages, more than the limit of {max_pages}")
        pages: list[Page] = []
        parts: list[str] = []
        offset = 0
        line_base = 0
        for i, ppage in enumerate(pdf.pages):
            source = ppage
            if ppage.rotation and _upright_share(ppage) < 0.5:
                unrotated = unrotated or pdfplumber.open(_repaired_copy(path, unrotate=True))
                source = unrotated.pages[i]
            page, offset, line_base = _extract_page(source, i, parts, offset, line_base,
                                                    rotation=int(ppage.rotation or 0) % 360)
            pages.append(page)
            source.close()
        meta = {str(k): str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, (str, bytes, int, float))}
    except (CorruptPdfError, TooLargeError):
        raise
    except Exception as e:
        raise CorruptPdfError(f"cannot extract text: {type(e).__name__}: {str(e)[:200]}") from e
    finally:
        pdf.close()
        if unrotated is not None:
            unrotated.close()
    return Document(id=doc_id or sha256[:12], source=path, sha256=sha256, pages=pages,
                    text="".join(parts), metadata=meta)


def _upright_share(ppage) -> float:
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


def _extract_page(ppage, index: int, parts: list[str], offset: int, line_base: int,
                  rotation: int) -> tuple[Page, int, int]:
    """`ppage` may come from an unrotated copy (its own rotation 0); `rotation` is the page's
    real /Rotate, recorded for whoever displays the page."""
    obj = ppage.page_obj
    mediabox = _rect(obj.mediabox)
    cropbox = _rect(obj.cropbox) if getattr(obj, "cropbox", None) else mediabox
    geom = PageGeometry(mediabox=mediabox, rotation=int(ppage.rotation or 0) % 360,
                        plumber_box=tuple(ppage.mediabox))
    words, offset, line_base = _page_words(ppage, geom, index, offset, line_base, parts)
    images, coverage = _page_images(ppage, geom)
    page = Page(index=index, width=cropbox.width, height=cropbox.height, rotation=rotation,
                mediabox=mediabox, cropbox=cropbox, words=words, images=images,
                image_coverage=coverage)
    nchars = sum(len(w.text) for w in words)
    if nchars < MIN_TEXT_CHARS and images:
        page.ocr_reason = "geen tekstlaag"          # no text layer
    elif coverage >= SCAN_IMAGE_COVERAGE and nchars < 200:
        page.ocr_reason = "pagina is grotendeels een afbeelding"
    return page, offset, line_base
