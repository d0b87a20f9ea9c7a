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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from redactor.errors import SelfCheckError
from redactor.extract.ocr_engine import page_resources
from redactor.models import Document, Page, RedactionArea, Rect, Word

FONT_NAME = "/RedactorOCR"
# Helvetica metrics as every PDF reader knows them (pdfminer ships the AFM widths).
from pdfminer.fontmetrics import FONT_METRICS as _FM  # noqa: E402
from pdfminer.glyphlist import glyphname2unicode as _G2U  # noqa: E402

_DESCENT = -_FM["Helvetica"][0]["Descent"] / 1000.0     # 0.207: baseline above the box bottom
_WIDTHS: dict[str, float] = {k: float(v) for k, v in _FM["Helvetica"][1].items() if isinstance(k, str)}
_U2G: dict[str, str] = {}
for _name, _uni in _G2U.items():
    if len(_uni) == 1 and _uni in _WIDTHS and _uni not in _U2G and not _name.startswith("uni"):
        _U2G[_uni] = _name
# codes WinAnsiEncoding leaves free, used for letters outside it (ı, ł, ş, č, ...)
_FREE_CODES = list(range(1, 32)) + [0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D]
TOLERANCE = 0.05          # points: a kept word may touch an area's edge, not enter it


@dataclass
class TextLayerResult:
    pages: int = 0
    words_written: int = 0
    words_withheld: int = 0          # OCR words left out because they meet a redaction area
    old_text_removed: int = 0        # invisible text-showing operators removed
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ encoding

class _Encoding:
    """Unicode → single-byte codes of the layer's font (cp1252 + /Differences)."""

    def __init__(self):
        self.extra: dict[str, int] = {}

    def _code(self, ch: str) -> int | None:
        try:
            b = ch.encode("cp1252")
            if len(b) == 1 and ch in _WIDTHS:
                return b[0]
        except UnicodeEncodeError:
            pass
        if ch in self.extra:
            return self.extra[ch]
        if ch in _U2G and len(self.extra) < len(_FREE_CODES):
            self.extra[ch] = _FREE_CODES[len(self.extra)]
            return self.extra[ch]
        return None

    def encode(self, text: str) -> tuple[bytes, float]:
        """Codes for `text` and its width in text-space units per point of font size."""
        out = bytearray()
        width = 0.0
        text = unicodedata.normalize("NFC", text)
        if any("\ufb00" <= ch <= "\ufb06" for ch in text):     # ligatures: their letters
            text = "".join(unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in text)
        for ch in text:
            code = self._code(ch)
            if code is None:
                base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
                for c in base or "?":
                    code = self._code(c)
                    if code is None:
                        code, c = ord("?"), "?"
                    out.append(code)
                    width += _WIDTHS.get(c, 556.0)
                continue
            out.append(code)
            width += _WIDTHS.get(ch, 556.0)
        return bytes(out), width / 1000.0

    def font(self, pdf: pikepdf.Pdf) -> pikepdf.Object:
        enc = pikepdf.Dictionary(Type=pikepdf.Name.Encoding, BaseEncoding=pikepdf.Name.WinAnsiEncoding)
        if self.extra:
            diffs: list = []
            for ch, code in sorted(self.extra.items(), key=lambda kv: kv[1]):
                diffs += [code, pikepdf.Name("/" + _U2G[ch])]
            enc.Differences = pikepdf.Array(diffs)
        widths = []
        code_to_char = {code: ch for ch, code in self.extra.items()}
        for code in range(256):
            ch = code_to_char.get(code)
            if ch is None:
                try:
                    ch = bytes([code]).decode("cp1252")
                except UnicodeDecodeError:
                    ch = ""
            widths.append(int(_WIDTHS.get(ch, 0)))
        return pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
            Encoding=enc, FirstChar=0, LastChar=255, Widths=pikepdf.Array(widths)))


# ------------------------------------------------------------------ geometry

_FRAMES = {   # direction → (along unit vector, up unit vector)
    0: ((1.0, 0.0), (0.0, 1.0)),
    90: ((0.0, 1.0), (-1.0, 0.0)),
    180: ((-1.0, 0.0), (0.0, -1.0)),
    270: ((0.0, -1.0), (1.0, 0.0)),
}


def _box_frame(w: Word) -> tuple[float, float, float, float]:
    """(start along, end along, bottom across, top across) of a word box in its reading frame,
    where along grows in reading direction and across grows towards the top of the glyphs."""
    b = w.box
    d = w.direction
    if d == 90:
        return b.y0, b.y1, -b.x1, -b.x0
    if d == 180:
        return -b.x1, -b.x0, -b.y1, -b.y0
    if d == 270:
        return -b.y1, -b.y0, b.x0, b.x1
    return b.x0, b.x1, b.y0, b.y1


def _to_user(d: int, along: float, across: float) -> tuple[float, float]:
    if d == 90:
        return -across, along
    if d == 180:
        return -along, -across
    if d == 270:
        return across, -along
    return along, across


def line_placements(words: list[Word]) -> list[tuple[tuple[float, ...], float, float]]:
    """Text matrix, font size and length for each word of one line.

    The words share one font size (the line's text height) and sit on the line's baseline,
    fitted through the bottoms of the words without descenders, so that text extraction
    sees one line of one size, as it would for born-digital text.
    """
    d = words[0].direction
    frames = [_box_frame(w) for w in words]
    heights = sorted(f[3] - f[2] for f in frames)
    size = heights[len(heights) // 2] if len(heights) < 3 else heights[-(len(heights) // 4) - 1]
    size = max(size, 0.5)
    # baseline: least squares through the bottoms, then again without descender words
    pts = [((f[0] + f[1]) / 2, f[2]) for f in frames]

    def fit(ps):
        if len(ps) < 3:
            y = max(p[1] for p in ps)
            return 0.0, y
        n = len(ps)
        mx = sum(p[0] for p in ps) / n
        my = sum(p[1] for p in ps) / n
        sxx = sum((p[0] - mx) ** 2 for p in ps)
        k = sum((p[0] - mx) * (p[1] - my) for p in ps) / sxx if sxx > 1e-9 else 0.0
        k = max(-0.05, min(0.05, k))          # a scan is never skewed more than ~3°
        return k, my - k * mx

    k, c = fit(pts)
    upper = [p for p in pts if p[1] >= k * p[0] + c - 0.08 * size] or pts
    k, c = fit(upper)
    u, v = _FRAMES.get(d, _FRAMES[0])
    out = []
    for f in frames:
        base = k * f[0] + c
        # never put the baseline outside the word's own box
        base = min(max(base, f[2]), f[3])
        ox, oy = _to_user(d, f[0], base)
        out.append(((u[0], u[1], v[0], v[1], ox, oy), size, f[1] - f[0]))
    return out


def meets(box: Rect, rects: list[Rect], tol: float = TOLERANCE) -> bool:
    for r in rects:
        if (box.x0 < r.x1 - tol and r.x0 + tol < box.x1
                and box.y0 < r.y1 - tol and r.y0 + tol < box.y1):
            return True
    return False


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def layer_stream(words: list[Word], enc: _Encoding, font: str = FONT_NAME) -> tuple[bytes, list[Word], int]:
    """Content for the invisible text of `words`, the words actually written and the number
    of characters drawn."""
    parts = ["BT", "3 Tr"]
    written = []
    nchars = 0
    cur_size = None
    lines: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        if w.text.strip():
            lines.setdefault((w.line, w.direction), []).append(w)
    for key in sorted(lines, key=lambda k: min(w.start for w in lines[k])):
        lw = sorted(lines[key], key=lambda w: w.start)
        for w, (m, size, length) in zip(lw, line_placements(lw)):
            if size <= 0.2 or length <= 0.2:
                continue
            codes, natural = enc.encode(w.text)
            if natural <= 0:
                continue
            tz = 100.0 * length / (natural * size)
            if cur_size != size:
                parts.append(f"{font} {_num(size)} Tf")
                cur_size = size
            parts.append(f"{_num(tz)} Tz")
            parts.append(" ".join(_num(v) for v in m) + " Tm")
            parts.append(f"<{codes.hex()}> Tj")
            written.append(w)
            nchars += sum(1 for b in codes if b != 0x20)
    parts.append("ET")
    return ("\n".join(parts) + "\n").encode("ascii"), written, nchars


# ------------------------------------------------------------------ removing old invisible text

_SHOW = {"Tj", "TJ", "'", '"'}


def _hidden_until(ops, resources, page_box: Rect) -> int:
    """Index of the last operator that paints an image over (nearly) the whole page; text
    shown before it is hidden under the scan (a copier's OCR layer drawn below the image).
    -1 when there is no such image."""
    from redactor.extract.ocr_engine import IDENTITY, map_rect, mul
    xobjs = resources.get("/XObject") if resources is not None else None
    ctm = IDENTITY
    stack = []
    last = -1
    area = max(1e-6, page_box.width * page_box.height)
    for i, inst in enumerate(ops):
        o = str(inst.operator)
        if o == "q":
            stack.append(ctm)
        elif o == "Q":
            ctm = stack.pop() if stack else IDENTITY
        elif o == "cm":
            try:
                ctm = mul(tuple(float(v) for v in inst.operands), ctm)
            except (TypeError, ValueError):
                return -1
        elif o == "Do" and xobjs is not None:
            x = xobjs.get(str(inst.operands[0]))
            if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Image":
                b = map_rect(ctm, 0, 0, 1, 1)
                w = min(b.x1, page_box.x1) - max(b.x0, page_box.x0)
                h = min(b.y1, page_box.y1) - max(b.y0, page_box.y0)
                if w > 0 and h > 0 and w * h >= 0.85 * area:
                    last = i
    return last


def _strip_ops(ops, hidden_until: int = -1) -> tuple[list, int]:
    """Content instructions with every invisible (Tr 3) text-showing operator removed, and
    every text-showing operator before index `hidden_until` (text under the page image);
    ' and " keep their line move (and " its spacing) so later text stays where it was."""
    out = []
    removed = 0
    tr = 0
    stack: list[int] = []
    for i, inst in enumerate(ops):
        operands, op = inst.operands, inst.operator
        o = str(op)
        if o == "q":
            stack.append(tr)
        elif o == "Q":
            tr = stack.pop() if stack else 0
        elif o == "Tr" and operands:
            try:
                tr = int(operands[0])
            except (TypeError, ValueError):
                pass
        if o in _SHOW and (tr == 3 or i < hidden_until):
            removed += 1
            if o == "'":
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            elif o == '"' and len(operands) >= 2:
                out.append(pikepdf.ContentStreamInstruction([operands[0]], pikepdf.Operator("Tw")))
                out.append(pikepdf.ContentStreamInstruction([operands[1]], pikepdf.Operator("Tc")))
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            continue
        out.append(inst)
    return out, removed


def _forms_of(resources) -> list[tuple[str, pikepdf.Object]]:
    out = []
    if resources is None:
        return out
    xo = resources.get("/XObject")
    if not isinstance(xo, pikepdf.Dictionary):
        return out
    for name, x in xo.items():
        if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form":
            out.append((name, x))
    return out


def _form_users(pdf: pikepdf.Pdf, ocr_pages: set[int]) -> set[tuple[int, int]]:
    """objgen of forms reachable from pages that are not OCR pages (must not be changed)."""
    keep: set[tuple[int, int]] = set()

    def walk(res, depth=0):
        for _, f in _forms_of(res):
            og = f.objgen
            if og in keep or depth > 12:
                continue
            keep.add(og)
            walk(f.get("/Resources"), depth + 1)

    for i, p in enumerate(pdf.pages):
        if i not in ocr_pages:
            walk(page_resources(p.obj))
    return keep


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


def strip_invisible_text(pdf: pikepdf.Pdf, page: pikepdf.Page, protected: set) -> tuple[int, list[str]]:
    """Remove invisible text from the page content and its forms, and text the page's scan
    image is painted over; (operators removed, warnings)."""
    warnings: list[str] = []
    ops = pikepdf.parse_content_stream(page)
    box = Rect(*(float(v) for v in page.cropbox)).normalized()
    new, removed = _strip_ops(ops, _hidden_until(ops, page_resources(page.obj), box))
    if removed:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    done: set = set()

    def walk(res, depth=0):
        nonlocal removed
        for name, f in _forms_of(res):
            og = f.objgen
            if og in done or depth > 12:
                continue
            done.add(og)
            fops = pikepdf.parse_content_stream(f)
            fnew, n = _strip_ops(fops)
            if n:
                if og in protected and og != (0, 0):
                    warnings.append(f"form {name} with invisible text is shared with a text page; left as is")
                else:
                    f.write(pikepdf.unparse_content_stream(fnew))
                    removed += n
            walk(f.get("/Resources"), depth + 1)

    walk(page.obj.get("/Resources"))
    return removed, warnings


# ------------------------------------------------------------------ main entry

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
                fname = pp.add_resource(font, pikepdf.Name.Font, prefix="RedactorOCR", replace_existing=False)
                data = streams[page.index].replace(FONT_NAME.encode(), str(fname).encode())
                pp.contents_coalesce()
                body = pp.obj.Contents.read_bytes() if "/Contents" in pp.obj else b""
                pp.obj.Contents = pdf.make_stream(b"q\n" + body + b"\nQ\n" + data)
                res.pages += 1
            pdf.save(tmp)
        verify_text_layer(tmp, doc, rects_by_page, expected)
        os.replace(tmp, pdf_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return res


# ------------------------------------------------------------------ verification

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
