"""OCR of scanned pages: `ocr_document(doc) -> Document`.

Pages marked by extraction (`Page.ocr_reason`: no text layer, mostly an image, or an
existing OCR layer that is not trusted) are read with Tesseract (Dutch by default). Their
words replace whatever text layer the page had; born-digital pages of the same document keep
their words. The document text is rebuilt for all pages with `layout.assemble`, so OCR text
has the same shape as born-digital text (" " between words, "\t" at wide gaps, "\n" between
lines) and every word's offsets are consistent.

Each OCR word carries its Tesseract confidence (`Word.confidence`, 0..100) and a box in the
page's default user space, mapped exactly from the pixels Tesseract read (the embedded
image's matrix, or the render of the page, with `/Rotate`, CropBox offsets and image
rotations undone). Character edges come from Tesseract's character boxes, so a sub-span of a
word (the name in "Olga's") gets a box of its own.

Ink that is not text (a handwritten signature or paraph, a stamp) is reported as
`ImageBox(name="ink:N")` entries in `Page.images` of OCR pages, so the signature detector
can treat ink blobs in scans like signature images in born-digital PDFs.
"""
from __future__ import annotations

import dataclasses
import io
import math
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

from redactor.errors import OcrError, RedactorError
from redactor.extract.layout import RawWord, assemble
from redactor.extract.affine import map_rect, mul, transpose_back
from redactor.extract.ocr_engine import LANG, OcrLine, OcrWord, parse_hocr, run_osd, run_tesseract, tesseract_info
from redactor.extract.page_image import (
    PageImage, deskewed, embedded_page_image, estimate_skew, pil_image, rendered_page_image,
)
from redactor.extract.ocr_ink import ink_regions
from redactor.models import Document, ImageBox, Page

# Below this mean confidence (or with fewer words than this) a page may be sideways or upside
# down: Tesseract's orientation detection is asked, and the page read again if it says so.
OSD_BELOW_CONF = 55.0
OSD_MIN_WORDS = 8
WEAK_BELOW_WORDS = 20       # a pass with fewer words is checked for orientation and skew
OSD_MIN_CONFIDENCE = 1.5
# Pages skewed by more than this many degrees are straightened before OCR (Tesseract loses
# words from about 3 degrees on); below it the page is read as it is.
DESKEW_ABOVE = 2.0
THREADS = int(os.environ.get("REDACTOR_OCR_THREADS", "1"))


@dataclasses.dataclass(slots=True)
class PageOcr:
    index: int
    words: list[RawWord]
    confidences: list[float]
    ink: list[ImageBox]
    source: str                 # "embedded" | "rendered"
    dpi: int
    rotated: int = 0            # extra rotation applied after orientation detection


def _direction(dx: float, dy: float) -> int:
    deg = math.degrees(math.atan2(dy, dx)) % 360
    return int(round(deg / 90.0)) % 4 * 90


def _char_edges(word, scale: float) -> tuple[float, ...]:
    """Offsets of the character boundaries from the word start, in points along the reading
    direction; () when Tesseract's characters do not line up with the word's text."""
    x0, x1 = word.box[0], word.box[2]
    chars = word.chars
    if len(chars) != len(word.text) or x1 <= x0:
        return ()
    edges = [x0]
    for prev, cur in zip(chars, chars[1:]):
        b = (prev.x1 + cur.x0) / 2.0
        edges.append(min(x1, max(edges[-1], b)))
    edges.append(x1)
    return tuple((e - x0) * scale for e in edges)


# Words that meet at a hyphen and are closer than this share of the line's text height are
# one word that Tesseract split ("Noord-" "Nederland", "DR-" "820-" "-H").
JOIN_GAP = 0.1
# Nobody writes a space before or after the "@" of an e-mail address, but the glyph's side
# bearings make Tesseract split "name" "@domain" in some fonts.
JOIN_GAP_AT = 0.4


def _merge_split_words(line: OcrLine) -> list[OcrWord]:
    out: list[OcrWord] = []
    for w in line.words:
        prev = out[-1] if out else None
        gap = w.box[0] - prev.box[2] if prev is not None else 0.0
        if prev is not None and (
                (gap < JOIN_GAP * line.size and (prev.text.endswith("-") or w.text.startswith("-")))
                or (gap < JOIN_GAP_AT * line.size and (prev.text.endswith("@") or w.text.startswith("@"))
                    and len(prev.text) > 1 and len(w.text) > 1)):
            text, chars = w.text, list(w.chars)
            if prev.text.endswith("-") and text.startswith("-") and w.box[0] < prev.box[2]:
                text, chars = text[1:], chars[1:]      # one hyphen read into both words
            if text:
                out[-1] = OcrWord(text=prev.text + text,
                                  box=(prev.box[0], min(prev.box[1], w.box[1]),
                                       max(prev.box[2], w.box[2]), max(prev.box[3], w.box[3])),
                                  conf=min(prev.conf, w.conf),
                                  chars=prev.chars + chars if len(prev.chars) == len(prev.text)
                                  and len(chars) == len(text) else [])
            continue
        out.append(w)
    return out


def page_words(lines: list[OcrLine], img: PageImage) -> tuple[list[RawWord], list[float]]:
    """Tesseract's lines → RawWords in user space (reading order kept) and confidences."""
    m = img.to_user
    # points per pixel along the upright image axes
    sx = math.hypot(m[0], m[1])
    sy = math.hypot(m[2], m[3])
    base_dir = _direction(m[0], m[1])
    raw: list[RawWord] = []
    conf: list[float] = []
    for line in lines:
        angle = int(round(line.angle / 90.0)) % 4 * 90
        # textangle is counter-clockwise on the image; y runs down in pixels, so a line
        # at 90° reads upwards on the page, i.e. along pixel -y.
        if angle == 0:
            d = base_dir
        else:
            vx, vy = {90: (0, -1), 180: (-1, 0), 270: (0, 1)}[angle]
            d = _direction(m[0] * vx + m[2] * vy, m[1] * vx + m[3] * vy)
        size = line.size * (sy if angle in (0, 180) else sx)
        first = True
        for w in _merge_split_words(line) if angle == 0 else line.words:
            box = map_rect(m, *w.box)
            edges = _char_edges(w, sx) if angle == 0 else ()
            raw.append(RawWord(text=w.text, box=box, size=max(1.0, size), char_edges=edges,
                               direction=d, new_line=first))
            conf.append(w.conf)
            first = False
    return raw, conf


def _mean_conf(lines: list[OcrLine]) -> tuple[float, int]:
    n = tot = 0.0
    words = 0
    for ln in lines:
        for w in ln.words:
            k = len(w.text)
            n += k
            tot += w.conf * k
            words += 1
    return (tot / n if n else 0.0), words


def _rotated(img: PageImage, degrees_cw: int) -> PageImage:
    """The page image turned clockwise by `degrees_cw` (90, 180, 270), with its map."""
    from PIL import Image
    tr = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
          270: Image.Transpose.ROTATE_90}[degrees_cw]
    back, W, H = transpose_back(tr, img.width, img.height)
    return PageImage(width=W, height=H, to_user=mul(back, img.to_user), dpi=img.dpi,
                     source=img.source, image=pil_image(img).transpose(tr))


def _median_skew(lines: list[OcrLine]) -> float:
    """Skew of the text (degrees, counter-clockwise turn that straightens it) from the
    baselines Tesseract fitted, weighted by line length; 0 without enough lines."""
    pts = sorted((math.degrees(math.atan(ln.slope)), ln.box[2] - ln.box[0]) for ln in lines
                 if ln.angle == 0 and len(ln.words) >= 3)
    if len(pts) < 3:
        return 0.0
    half, acc = sum(w for _, w in pts) / 2, 0.0
    for deg, w in pts:
        acc += w
        if acc >= half:
            return deg
    return pts[-1][0]


def _quality(lines: list[OcrLine]) -> float:
    """Characters read with confidence: how much of the page a pass read."""
    return sum(len(w.text) for ln in lines for w in ln.words if w.conf >= 60)


def ocr_image(img: PageImage, *, lang: str = LANG, psm: int = 3) -> tuple[list[OcrLine], PageImage, int]:
    """OCR one page image; a page that is sideways or upside down is turned (orientation
    detection), a page skewed by more than DESKEW_ABOVE degrees is straightened first.
    Small skews are left to Tesseract, which reads them as well (boxes stay tight)."""
    lines = parse_hocr(run_tesseract(img, lang=lang, psm=psm))
    conf, nwords = _mean_conf(lines)
    best = (_quality(lines), lines, img, 0)
    if conf >= OSD_BELOW_CONF and nwords >= WEAK_BELOW_WORDS:
        skew = _median_skew(lines)
        if abs(skew) <= DESKEW_ABOVE:
            return lines, img, 0
    else:
        rot, oconf = run_osd(img)
        if rot and oconf >= OSD_MIN_CONFIDENCE:
            img2 = _rotated(img, rot)
            lines2 = parse_hocr(run_tesseract(img2, lang=lang, psm=psm))
            if _quality(lines2) > best[0]:
                best = (_quality(lines2), lines2, img2, rot)
            conf2, n2 = _mean_conf(lines2)
            if conf2 >= OSD_BELOW_CONF and n2 >= WEAK_BELOW_WORDS and abs(_median_skew(lines2)) <= DESKEW_ABOVE:
                return best[1], best[2], best[3]
        skew = _median_skew(best[1]) if _mean_conf(best[1])[1] >= OSD_MIN_WORDS else 0.0
        if abs(skew) <= DESKEW_ABOVE:
            skew = estimate_skew(best[2])
    if abs(skew) > DESKEW_ABOVE:
        img3 = deskewed(best[2], skew)
        lines3 = parse_hocr(run_tesseract(img3, lang=lang, psm=psm))
        if _quality(lines3) > best[0]:
            best = (_quality(lines3), lines3, img3, best[3])
    return best[1], best[2], best[3]


class _Sources:
    """The PDF opened twice: pikepdf (image objects, matrices) and PDFium (rendering)."""

    def __init__(self, path: Path):
        try:
            self.pike = pikepdf.open(path)
        except pikepdf.PdfError as e:
            raise OcrError(f"cannot open the PDF for OCR: {str(e)[:200]}") from e
        buf = io.BytesIO()
        try:
            self.pdfium = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            self.pike.save(buf)       # repaired by qpdf
            self.pdfium = pdfium.PdfDocument(buf.getvalue())

    def close(self):
        self.pdfium.close()
        self.pike.close()


def page_image(src: _Sources, page: Page) -> PageImage:
    try:
        img = embedded_page_image(src.pike.pages[page.index], page)
    except (pikepdf.PdfError, KeyError, ValueError, TypeError, AttributeError):
        img = None
    if img is None:
        pp = src.pdfium[page.index]
        try:
            img = rendered_page_image(pp, page)
        finally:
            pp.close()
    return img


def ocr_page(img: PageImage, page: Page, *, lang: str = LANG) -> PageOcr:
    lines, used, rot = ocr_image(img, lang=lang)
    raw, conf = page_words(lines, used)
    ink = ink_regions(used, lines)
    boxes = [ImageBox(box=r, name=f"ink:{n}", pixel_width=pw, pixel_height=ph)
             for n, (r, pw, ph) in enumerate(ink)]
    return PageOcr(page.index, raw, conf, boxes, used.source, used.dpi, rot)


HIDDEN_LAYER = "tekstlaag onder de afbeelding (niet vertrouwd)"


def refine_ocr_reasons(doc: Document) -> Document:
    """Mark pages whose text is painted over by a full-page image (a scanner's OCR layer
    drawn under the scan, in an ordinary render mode): that text is not trusted either, the
    page is read again. Pages already marked, or without a large image, are not opened."""
    cands = [p for p in doc.pages if not p.ocr_reason and p.words and p.image_coverage >= 0.5]
    if not cands:
        return doc
    import pypdfium2.raw as c
    try:
        pdf = pdfium.PdfDocument(str(doc.source))
    except pdfium.PdfiumError:
        return doc
    try:
        for page in cands:
            pp = pdf[page.index]
            try:
                area = max(1e-6, page.cropbox.width * page.cropbox.height)
                texts: list[tuple[int, tuple]] = []
                cover = -1
                cover_box = None
                for n, obj in enumerate(pp.get_objects(max_depth=8)):
                    t = c.FPDFPageObj_GetType(obj.raw)
                    try:
                        l, b, r, tp = obj.get_bounds()
                    except pdfium.PdfiumError:
                        continue
                    if t == c.FPDF_PAGEOBJ_TEXT:
                        texts.append((n, (l, b, r, tp)))
                    elif t == c.FPDF_PAGEOBJ_IMAGE and (r - l) * (tp - b) >= 0.85 * area:
                        cover, cover_box = n, (l, b, r, tp)
                if cover < 0 or not texts:
                    continue
                under = [1 for n, (l, b, r, tp) in texts if n < cover and l >= cover_box[0] - 1
                         and r <= cover_box[2] + 1 and b >= cover_box[1] - 1 and tp <= cover_box[3] + 1]
                if len(under) >= 0.8 * len(texts):
                    page.ocr_reason = HIDDEN_LAYER
            finally:
                pp.close()
    finally:
        pdf.close()
    return doc


def ocr_document(doc: Document, *, lang: str = LANG, pages: list[int] | None = None,
                 threads: int = THREADS) -> Document:
    """OCR the pages that need it (or the given page indexes) and return the document with
    those pages' words replaced and the text rebuilt for all pages."""
    want = set(pages) if pages is not None else {p.index for p in doc.pages if p.ocr_reason}
    if not want:
        return doc
    tesseract_info(lang)          # MissingDependencyError before any work
    results: dict[int, PageOcr] = {}
    src = _Sources(doc.source)
    try:
        todo = [p for p in doc.pages if p.index in want]
        if threads <= 1:
            for p in todo:
                results[p.index] = _guard(p, lambda p=p: ocr_page(page_image(src, p), p, lang=lang))
        else:
            with ThreadPoolExecutor(max_workers=threads) as ex:
                futs = {}
                for p in todo:      # images are made here (pikepdf/PDFium are not thread-safe)
                    img = _guard(p, lambda p=p: page_image(src, p))
                    futs[p.index] = (p, ex.submit(ocr_page, img, p, lang=lang))
                    if len(futs) >= threads * 2:
                        _drain(futs, results, keep=threads)
                _drain(futs, results, keep=0)
    finally:
        src.close()
    return rebuild(doc, results)


def _drain(futs: dict, results: dict, keep: int) -> None:
    for idx in sorted(futs)[: max(0, len(futs) - keep)]:
        p, fut = futs.pop(idx)
        results[idx] = _guard(p, fut.result)


def _guard(page: Page, fn):
    try:
        return fn()
    except RedactorError:
        raise
    except Exception as e:  # noqa: BLE001 - PIL/pikepdf/PDFium raise many unrelated types
        raise OcrError(f"OCR of page {page.index + 1} failed: {type(e).__name__}: {str(e)[:200]}") from e


def rebuild(doc: Document, results: dict[int, PageOcr]) -> Document:
    """New Document: OCR words for the pages in `results`, the other pages' words kept (shifted),
    `Document.text` rebuilt so that every word's offsets point at its text."""
    parts: list[str] = []
    offset = 0
    line_base = 0
    pages: list[Page] = []
    for page in doc.pages:
        r = results.get(page.index)
        if r is not None:
            words, offset, line_base = assemble(page.index, r.words, parts, offset, line_base)
            words = [dataclasses.replace(w, confidence=round(c, 1)) for w, c in zip(words, r.confidences)]
            images = [im for im in page.images if not im.name.startswith("ink:")] + r.ink
            pages.append(dataclasses.replace(page, words=words, images=images, ocr=True))
            continue
        old = sorted(page.words, key=lambda w: w.start)
        if not old:
            pages.append(dataclasses.replace(page, words=[]))
            continue
        if offset:
            parts.append("\n")
            offset += 1
        chunk = doc.text[old[0].start:old[-1].end]
        delta = offset - old[0].start
        lo = min(w.line for w in old)
        hi = max(w.line for w in old)
        words = [dataclasses.replace(w, start=w.start + delta, end=w.end + delta,
                                     line=w.line - lo + line_base) for w in old]
        parts.append(chunk)
        offset += len(chunk)
        line_base += hi - lo + 1
        pages.append(dataclasses.replace(page, words=words))
    text = "".join(parts)
    return dataclasses.replace(doc, pages=pages, text=text)
