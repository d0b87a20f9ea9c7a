"""Checks the writer's tests share: finding areas the way the extract stage would (from
pdfplumber char boxes), text from several extractors, every decoded stream, positions of
surviving characters, and rendering outside the boxes."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf

from redactor.models import RedactionArea, Rect
from redactor.write import plumber_box_to_user
from redactor.write.geometry import display_matrix, quad


def _horizontal(c) -> bool:
    m = c["matrix"]
    return abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6 and m[0] > 0


def _stream_text(chars):
    """Chars in content-stream order; a space where the next upright char does not
    continue the line (so a name wrapped onto the next line or in a table cell is found)."""
    out, idx, prev = [], [], None
    for k, c in enumerate(chars):
        if prev is not None and _horizontal(c) and _horizontal(prev):
            same = abs(c["top"] - prev["top"]) < 1.0
            if not same or c["x0"] - prev["x1"] > 0.15 * c["size"] or c["x0"] < prev["x0"] - 0.5:
                out.append(" ")
                idx.append(None)
        out.append(c["text"])
        idx.extend([k] * len(c["text"]))
        prev = c
    return "".join(out), idx


def _line_rects(page, chars):
    """One rect per line of an upright match; one for a match in text turned by a multiple
    of 90 degrees; one per char for skewed text (its bounding box would cover other text)."""
    chars = [c for c in chars if c["text"].strip()]
    if chars and not _horizontal(chars[0]):
        a, b = chars[0]["matrix"][:2]
        if abs(a) < 1e-6 or abs(b) < 1e-6:
            box = (min(c["x0"] for c in chars), min(c["top"] for c in chars),
                   max(c["x1"] for c in chars), max(c["bottom"] for c in chars))
            return [plumber_box_to_user(page, *box)]
        return [plumber_box_to_user(page, c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars]
    lines = []
    for c in chars:
        for ln in lines:
            if abs(ln[1] - c["top"]) < 1.0:
                ln[0] = min(ln[0], c["x0"]); ln[2] = max(ln[2], c["x1"])
                ln[1] = min(ln[1], c["top"]); ln[3] = max(ln[3], c["bottom"])
                break
        else:
            lines.append([c["x0"], c["top"], c["x1"], c["bottom"]])
    return [plumber_box_to_user(page, *ln) for ln in lines]


def find_areas(path: Path, phrase: str, *, regex: bool = False, pages=None, ground="5.1.2e") -> list[RedactionArea]:
    """One area per whole-word occurrence of `phrase` (words may wrap), from pdfplumber
    char boxes converted to default user space."""
    if regex:
        pat = re.compile(phrase)
    else:
        pat = re.compile(r"(?<!\w)" + r"\s*".join(re.escape(p) for p in phrase.split()) + r"(?!\w)")
    out = []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            if pages is not None and i not in pages:
                continue
            chars = page.chars
            text, idx = _stream_text(chars)
            for m in pat.finditer(text):
                cs = [chars[k] for k in dict.fromkeys(idx[m.start():m.end()]) if k is not None]
                out.append(RedactionArea(i, _line_rects(page, cs), ground))
    return out


def find_areas_pdfium(path: Path, phrase: str, ground="5.1.2e") -> list[RedactionArea]:
    """The same from PDFium loose char boxes (already in default user space), as the
    extract stage's default backend reports them."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pat = re.compile(r"(?<!\w)" + r"\s*".join(re.escape(p) for p in phrase.split()) + r"(?!\w)")
    out = []
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            n = raw.FPDFText_CountChars(tp.raw)
            text = "".join(chr(raw.FPDFText_GetUnicode(tp.raw, k) or 32) for k in range(n))
            r = raw.FS_RECTF()
            ox, oy = ctypes.c_double(), ctypes.c_double()
            for m in pat.finditer(text):
                lines: dict[float, list[float]] = {}
                for k in range(m.start(), m.end()):
                    if text[k].isspace() or raw.FPDFText_IsGenerated(tp.raw, k) == 1:
                        continue
                    raw.FPDFText_GetLooseCharBox(tp.raw, k, r)
                    raw.FPDFText_GetCharOrigin(tp.raw, k, ox, oy)
                    b = [min(r.left, r.right), min(r.bottom, r.top), max(r.left, r.right), max(r.bottom, r.top)]
                    ln = lines.setdefault(round(oy.value, 1), b)
                    ln[:] = [min(ln[0], b[0]), min(ln[1], b[1]), max(ln[2], b[2]), max(ln[3], b[3])]
                out.append(RedactionArea(i, [Rect(*v) for v in lines.values()], ground))
            tp.close()
    finally:
        doc.close()
    return out


def text_layers(path: Path) -> dict[str, str]:
    import pypdf

    out = {}
    with pdfplumber.open(path) as pdf:
        out["pdfplumber"] = "\n".join((p.extract_text() or "") + "\n" + "".join(c["text"] for c in p.chars)
                                      for p in pdf.pages)
    out["pypdf"] = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if shutil.which("pdftotext"):
        for mode in ([], ["-raw"]):
            r = subprocess.run(["pdftotext", "-enc", "UTF-8", *mode, str(path), "-"], capture_output=True, text=True)
            out["pdftotext" + "".join(mode)] = r.stdout
    return out


def all_bytes(path: Path) -> bytes:
    """The raw file plus every stream decoded as far as qpdf can (content, forms, XMP,
    attachments, ...)."""
    parts = [path.read_bytes()]
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    parts.append(obj.read_bytes())
                except pikepdf.PdfError:
                    pass
    return b"\n".join(parts)


def _norm(s: str) -> str:
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s)


def has_bytes(blob: bytes, b: bytes) -> bool:
    """b as raw bytes or as a hex string (either case) in blob."""
    return b in blob or b.hex().encode() in blob.lower()


def byte_forms(s: str) -> list[bytes]:
    b = s.encode("latin-1", errors="ignore")
    return [b, s.encode("utf-16-be"), b.hex().encode(), b.hex().upper().encode()]


def assert_gone(path: Path, secret: str, *, raw: bool = True) -> None:
    for layer, t in text_layers(path).items():
        assert secret not in _norm(t), f"{secret!r} still in {layer} text"
        assert secret.replace(" ", "") not in _norm(t).replace(" ", ""), f"{secret!r} (no spaces) in {layer}"
    if raw:
        blob = all_bytes(path)
        for form in byte_forms(secret):
            assert form not in blob, f"{secret!r} still in the file bytes as {form[:40]!r}"


def assert_kept(path: Path, control: str, layers=None) -> None:
    for layer, t in text_layers(path).items():
        if layers is not None and layer not in layers:
            continue
        if layer == "pypdf" and control not in _norm(t):     # pypdf spacing is loose
            assert control.replace(" ", "") in _norm(t).replace(" ", ""), f"{control!r} missing from {layer}"
            continue
        assert control in _norm(t), f"control {control!r} missing from {layer} text"


def plumber_chars(path: Path) -> dict[int, list[tuple[str, Rect]]]:
    out = {}
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            out[i] = [(c["text"], plumber_box_to_user(page, c["x0"], c["top"], c["x1"], c["bottom"])) for c in page.chars]
    return out


def _centre_in(r: Rect, rects) -> bool:
    cx, cy = (r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2
    return any(a.x0 <= cx <= a.x1 and a.y0 <= cy <= a.y1 for a in rects)


def _meets(r: Rect, rects) -> bool:
    return any(r.x0 < a.x1 and a.x0 < r.x1 and r.y0 < a.y1 and a.y0 < r.y1 for a in rects)


def assert_positions(before: Path, after: Path, areas: list[RedactionArea], tol: float = 0.01,
                     strict: bool = True, pages=None) -> None:
    """Every char outside the areas is still there, at the same place (x0, y0 within tol);
    no char of the output has its centre in an area except the drawn label. Not strict:
    a char whose box meets an area may be gone too (skewed text, where an upright area
    cannot avoid touching neighbours)."""
    b, a = plumber_chars(before), plumber_chars(after)
    by_page: dict[int, list[Rect]] = {}
    for ar in areas:
        by_page.setdefault(ar.page, []).extend(ar.rects)
    for p, chars in b.items():
        if pages is not None and p not in pages:
            continue
        rects = by_page.get(p, [])
        labels = [(t, r) for t, r in a[p] if _centre_in(r, rects)]
        assert all(t in "5.1.2e" for t, _ in labels), f"page {p}: text left in an area: {labels}"
        rest = [(t, r) for t, r in a[p] if not _centre_in(r, rects)]
        pool = list(rest)
        for t, r in chars:
            if _centre_in(r, rects):
                continue
            if not strict and _meets(r, rects) and not any(
                    t2 == t and abs(r2.x0 - r.x0) <= tol and abs(r2.y0 - r.y0) <= tol for t2, r2 in pool):
                continue
            hit = next((k for k, (t2, r2) in enumerate(pool)
                        if t2 == t and abs(r2.x0 - r.x0) <= tol and abs(r2.y0 - r.y0) <= tol), None)
            assert hit is not None, f"page {p}: {t!r} at ({r.x0:.3f}, {r.y0:.3f}) moved or lost"
            pool.pop(hit)
        assert not pool, f"page {p}: new text appeared: {pool[:5]}"


def render(path: Path, dpi: int, out: Path) -> list[np.ndarray]:
    from PIL import Image

    subprocess.run(["pdftoppm", "-cropbox", "-r", str(dpi), "-png", str(path), str(out)], check=True, capture_output=True)
    files = sorted(out.parent.glob(out.name + "*.png"))
    return [np.asarray(Image.open(f).convert("RGB"), dtype=np.int16) for f in files]


def area_mask(pdf_path: Path, page: int, rects: list[Rect], shape, dpi: int, grow: int) -> np.ndarray:
    with pikepdf.open(pdf_path) as pdf:
        pg = pdf.pages[page]
        box = [float(v) for v in pg.obj.get("/CropBox", pg.mediabox)]
        rot = int(pg.obj.get("/Rotate", 0))
    m = display_matrix(box, rot)
    disp_h = (box[3] - box[1]) if rot % 180 == 0 else (box[2] - box[0])
    s = dpi / 72.0
    mask = np.zeros(shape[:2], dtype=bool)
    for r in rects:
        pts = quad(m, r.x0, r.y0, r.x1, r.y1)
        xs = [p[0] * s for p in pts]
        ys = [(disp_h - p[1]) * s for p in pts]
        x0, x1 = max(0, int(min(xs)) - grow), min(shape[1], int(np.ceil(max(xs))) + grow)
        y0, y1 = max(0, int(min(ys)) - grow), min(shape[0], int(np.ceil(max(ys))) + grow)
        mask[y0:y1, x0:x1] = True
    return mask


def assert_render_same(before: Path, after: Path, areas: list[RedactionArea], work: Path,
                       dpi: int = 72, grow_pt: float = 2.0, max_pixels: int = 0, extra=()) -> None:
    """Pixel-identical outside the boxes (grown by grow_pt for anti-aliasing and for the ink
    of removed glyphs that reaches past their box). `max_pixels` allows a few: a kept glyph
    whose position lands exactly on poppler's sub-pixel boundary can rasterise differently
    when the renderer's floating-point sum of TJ offsets differs in the 13th digit (the
    position itself is unchanged; pdfminer agrees to 1e-7 pt)."""
    ra = render(before, dpi, work / (before.stem + "-b"))
    rb = render(after, dpi, work / (after.stem + "-a"))
    assert len(ra) == len(rb)
    grow = int(np.ceil(grow_pt * dpi / 72.0))
    for p, (x, y) in enumerate(zip(ra, rb)):
        assert x.shape == y.shape
        rects = [r for a in areas if a.page == p for r in a.rects]
        mask = area_mask(before, p, rects + [r for q, r in extra if q == p], x.shape, dpi, grow)
        d = np.abs(x - y).max(axis=2)
        d[mask] = 0
        n = int((d > 0).sum())
        assert n <= max_pixels, f"page {p}: {n} pixels differ outside the boxes"
        if rects:
            assert (np.abs(x - y).max(axis=2)[mask] > 0).any(), f"page {p}: nothing changed under the boxes"
