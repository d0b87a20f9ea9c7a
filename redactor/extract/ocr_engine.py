"""Tesseract wrapper and page images for OCR.

Everything that touches the external `tesseract` program lives here (one wrapper, with a
timeout and typed errors), together with the code that gets a page's pixels and the exact
affine map from those pixels to the page's default user space.

Page images come from one of two places:

* the page is a single full-page image (a scan): the embedded image is handed to tesseract
  at its native resolution (JPEG bytes untouched when possible, otherwise decoded once);
  its pixel → user-space map is the image matrix (CTM at `Do`) composed with the unit square;
* anything else: the page is rendered with PDFium at `RENDER_DPI`, upright as displayed;
  the map undoes the render scale, the CropBox offset and `/Rotate`.

Either way the image given to tesseract is upright as the page is displayed (rotated by a
multiple of 90° when the image matrix or `/Rotate` say so), and the map takes tesseract's
pixel boxes back to user space exactly.
"""
from __future__ import annotations

import io
import math
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache

import pikepdf
from PIL import Image

from redactor.errors import MissingDependencyError, OcrError
from redactor.models import Page, Rect

RENDER_DPI = 300
LANG = os.environ.get("REDACTOR_OCR_LANG", "nld")
TIMEOUT = float(os.environ.get("REDACTOR_OCR_TIMEOUT", "300"))   # seconds per page
# A page is "a single full-page image" when its only image covers this share of the CropBox.
FULL_PAGE_IMAGE = 0.85
# Image resolutions outside this range are resampled before OCR (tesseract reads 200-400 dpi best).
MIN_DPI, MAX_DPI = 150, 600

# Tesseract settings: character boxes (for sub-word areas); no second pass over low-confidence
# words as inverted (white-on-black) text, which costs ~10% and does not help on letters.
EXTRA_CONFIG = [c for kv in os.environ.get("REDACTOR_OCR_CONFIG", "tessedit_do_invert=0").split(",") if kv
                for c in ("-c", kv)]

Image.MAX_IMAGE_PIXELS = 200_000_000   # a scanned A0 sheet at 600 dpi; larger is refused by PIL


# ------------------------------------------------------------------ affine maps
# (a, b, c, d, e, f): x' = a x + c y + e ; y' = b x + d y + f   (PDF order)
Affine = tuple[float, float, float, float, float, float]
IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def mul(m: Affine, n: Affine) -> Affine:
    """m then n (PDF convention: a point is transformed by m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def invert(m: Affine) -> Affine:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        raise ValueError("singular matrix")
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def map_rect(m: Affine, x0: float, y0: float, x1: float, y1: float) -> Rect:
    pts = [apply(m, x, y) for x in (x0, x1) for y in (y0, y1)]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def user_to_display(page: Page) -> Affine:
    """User space → displayed page in points, origin top-left of the CropBox, y down."""
    cb = page.cropbox
    r = page.rotation % 360
    if r == 90:
        return (0.0, 1.0, 1.0, 0.0, -cb.y0, -cb.x0)
    if r == 180:
        return (-1.0, 0.0, 0.0, 1.0, cb.x1, -cb.y0)
    if r == 270:
        return (0.0, -1.0, -1.0, 0.0, cb.y1, cb.x1)
    return (1.0, 0.0, 0.0, -1.0, -cb.x0, cb.y1)


# ------------------------------------------------------------------ page images

@dataclass
class PageImage:
    """The pixels tesseract reads, and where they lie on the page."""

    width: int                          # pixels, upright as displayed
    height: int
    to_user: Affine                     # pixel (x right, y down; pixel edges) → user space
    dpi: int
    source: str                         # "embedded" | "rendered"
    data: bytes = b""                   # an encoded file tesseract reads (JPEG) ...
    suffix: str = ""
    image: Image.Image | None = None    # ... or decoded pixels
    _thumbs: dict = field(default_factory=dict, repr=False)
    _transpose: int | None = field(default=None, repr=False)   # applied to `data` when decoded

    def write(self, path_stem: str) -> str:
        if self.data:
            path = path_stem + self.suffix
            with open(path, "wb") as f:
                f.write(self.data)
            return path
        img = self.image
        if img.mode not in ("1", "L"):
            # Tesseract reads grey anyway; a third of the bytes to write and read
            img = img.convert("L")
        path = path_stem + (".pbm" if img.mode == "1" else ".pgm")
        img.save(path)
        return path

    def grey(self, max_dpi: int = 75) -> tuple[Image.Image, float]:
        """A small greyscale copy (for ink and skew analysis) and its scale relative to `width`."""
        thumb = self._thumbs.get(max_dpi)
        if thumb is None:
            factor = max(1, int(self.dpi // max_dpi))
            if self.data:
                img = Image.open(io.BytesIO(self.data))
                img.draft("L", (max(1, img.width // factor), max(1, img.height // factor)))
                img = img.convert("L")
                img = _upright(img, self._transpose)
            else:
                img = self.image.convert("L")
            tw, th = max(1, self.width // factor), max(1, self.height // factor)
            if img.size != (tw, th):
                img = img.resize((tw, th), Image.BILINEAR)
            thumb = self._thumbs[max_dpi] = img
        return thumb, thumb.width / self.width


def _upright(img: Image.Image, transpose: int | None) -> Image.Image:
    return img if transpose is None else img.transpose(transpose)


def page_resources(page_obj: pikepdf.Object) -> pikepdf.Object | None:
    """The page's /Resources, inherited from the page tree when the page has none (read only)."""
    node, depth = page_obj, 0
    while node is not None and depth < 64:
        r = node.get("/Resources")
        if isinstance(r, pikepdf.Dictionary):
            return r
        node = node.get("/Parent")
        depth += 1
    return None


def _content_images(pdf_page: pikepdf.Page, allow_text: bool = False) -> list[tuple[str, Affine]] | None:
    """(XObject name, CTM) of every image drawn by the page's own content stream; None when
    the page draws anything we do not follow (forms, inline images, shadings) or visible text."""
    res = page_resources(pdf_page.obj)
    xobjs = res.get("/XObject", {}) if res is not None else {}
    stack: list[tuple[Affine, int]] = []
    ctm = IDENTITY
    tr = 0
    found: list[tuple[str, Affine]] = []
    try:
        ops = pikepdf.parse_content_stream(pdf_page)
    except pikepdf.PdfError:
        return None
    for operands, op in ops:
        o = str(op)
        if o in ("Tj", "TJ", "'", '"') and tr not in (3, 7) and not allow_text:
            return None          # visible text on the page: render it, the image alone is not the page
        if o == "Tr" and operands:
            try:
                tr = int(operands[0])
            except (TypeError, ValueError):
                return None
        elif o == "q":
            stack.append((ctm, tr))
        elif o == "Q":
            ctm, tr = stack.pop() if stack else (IDENTITY, 0)
        elif o == "cm":
            try:
                m = tuple(float(v) for v in operands)
            except (TypeError, ValueError):
                return None
            ctm = mul(m, ctm)
        elif o == "Do":
            name = str(operands[0])
            x = xobjs.get(name) if xobjs is not None else None
            if x is None:
                continue
            if x.get("/Subtype") != "/Image":
                return None
            found.append((name, ctm))
        elif o in ("BI", "INLINE IMAGE", "sh"):
            return None
    return found


_TRANSPOSES = (None, Image.Transpose.FLIP_LEFT_RIGHT, Image.Transpose.FLIP_TOP_BOTTOM,
               Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270,
               Image.Transpose.TRANSPOSE, Image.Transpose.TRANSVERSE)


def transpose_back(tr, w: int, h: int) -> tuple[Affine, int, int]:
    """For PIL's transpose `tr` of a w × h image: the map from pixel edges of the transposed
    image back to pixel edges of the original, and the transposed size."""
    T = Image.Transpose
    if tr is None:
        return IDENTITY, w, h
    if tr == T.FLIP_LEFT_RIGHT:      # X = w - x
        return (-1.0, 0.0, 0.0, 1.0, w, 0.0), w, h
    if tr == T.FLIP_TOP_BOTTOM:      # Y = h - y
        return (1.0, 0.0, 0.0, -1.0, 0.0, h), w, h
    if tr == T.ROTATE_180:
        return (-1.0, 0.0, 0.0, -1.0, w, h), w, h
    if tr == T.ROTATE_90:            # counter-clockwise: X = y, Y = w - x
        return (0.0, 1.0, -1.0, 0.0, w, 0.0), h, w
    if tr == T.ROTATE_270:           # clockwise: X = h - y, Y = x
        return (0.0, -1.0, 1.0, 0.0, 0.0, h), h, w
    if tr == T.TRANSPOSE:            # X = y, Y = x
        return (0.0, 1.0, 1.0, 0.0, 0.0, 0.0), h, w
    if tr == T.TRANSVERSE:           # X = h - y, Y = w - x
        return (0.0, -1.0, -1.0, 0.0, w, h), h, w
    raise ValueError(tr)


def choose_transpose(px_to_display: Affine, w: int, h: int):
    """The transpose that makes the image upright as displayed: its pixel x axis runs right
    and its y axis down. Returns (transpose or None, upright pixel → original pixel, W, H)."""
    best = None
    for tr in _TRANSPOSES:
        back, W, H = transpose_back(tr, w, h)
        mm = mul(back, px_to_display)
        score = mm[0] / (abs(mm[0]) + abs(mm[1]) + 1e-12) + mm[3] / (abs(mm[2]) + abs(mm[3]) + 1e-12)
        if best is None or score > best[0] + 1e-9:
            best = (score, tr, back, W, H)
    return best[1], best[2], best[3], best[4]


def embedded_page_image(pdf_page: pikepdf.Page, page: Page) -> PageImage | None:
    """The page's single full-page image at native resolution, or None when the page is not
    simply one image (then the page is rendered)."""
    imgs = _content_images(pdf_page)
    if not imgs or len(imgs) != 1:
        return None
    name, ctm = imgs[0]
    xobj = page_resources(pdf_page.obj).XObject[name]
    if xobj.get("/ImageMask", False) or "/SMask" in xobj or "/Mask" in xobj:
        return None
    w, h = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
    if w <= 0 or h <= 0:
        return None
    # pixel edges (x right, y down) → unit square → user space
    px_to_unit: Affine = (1.0 / w, 0.0, 0.0, -1.0 / h, 0.0, 1.0)
    px_to_user = mul(px_to_unit, ctm)
    box = map_rect(px_to_user, 0, 0, w, h)
    cb = page.cropbox
    inter = max(0.0, min(box.x1, cb.x1) - max(box.x0, cb.x0)) * max(0.0, min(box.y1, cb.y1) - max(box.y0, cb.y0))
    if inter < FULL_PAGE_IMAGE * cb.width * cb.height:
        return None
    px_to_display = mul(px_to_user, user_to_display(page))
    tr, back, W, H = choose_transpose(px_to_display, w, h)
    to_user = mul(back, px_to_user)
    # resolution along the upright axes
    dpi_x = W / (math.hypot(*_lin(to_user, W, 0)) / 72.0)
    dpi_y = H / (math.hypot(*_lin(to_user, 0, H)) / 72.0)
    dpi = (dpi_x + dpi_y) / 2
    if not (MIN_DPI <= dpi <= MAX_DPI) or abs(dpi_x - dpi_y) > 0.05 * dpi:
        return None      # odd resolution: render at RENDER_DPI instead
    filters = xobj.get("/Filter")
    filters = [filters] if isinstance(filters, pikepdf.Name) else list(filters or [])
    cs = xobj.get("/ColorSpace")
    simple_cs = cs in (pikepdf.Name.DeviceGray, pikepdf.Name.DeviceRGB) or (
        isinstance(cs, pikepdf.Array) and len(cs) == 2 and cs[0] == pikepdf.Name.ICCBased
        and int(cs[1].get("/N", 0)) in (1, 3))
    pi = PageImage(width=W, height=H, to_user=to_user, dpi=int(round(dpi)), source="embedded")
    pi._transpose = tr
    if (filters == [pikepdf.Name.DCTDecode] and simple_cs and tr is None
            and int(xobj.get("/BitsPerComponent", 8)) == 8 and "/Decode" not in xobj):
        pi.data = bytes(xobj.read_raw_bytes())
        pi.suffix = ".jpg"
        return pi
    if "/Decode" in xobj or not (simple_cs or (isinstance(cs, pikepdf.Array) and len(cs) >= 2
                                              and cs[0] == pikepdf.Name.Indexed)):
        return None     # inverted samples, spot colours, ...: PDFium renders them exactly
    try:
        img = _decode_simple(xobj, w, h, filters, cs) or pikepdf.PdfImage(xobj).as_pil_image()
    except Exception:   # unsupported filter (JBIG2 without a decoder, ...): PDFium renders it
        return None
    if img.size != (w, h):
        return None
    pi.image = _upright(img, tr)
    return pi


_GENERIC = {pikepdf.Name.FlateDecode, pikepdf.Name.LZWDecode, pikepdf.Name.RunLengthDecode,
            pikepdf.Name.ASCIIHexDecode, pikepdf.Name.ASCII85Decode}


def _decode_simple(xobj, w: int, h: int, filters, cs) -> Image.Image | None:
    """8-bit grey/RGB or 1-bit grey samples behind generic filters, straight into PIL
    (one decode; pikepdf's PdfImage decodes twice). None for anything else."""
    if not set(filters) <= _GENERIC:
        return None
    bpc = int(xobj.get("/BitsPerComponent", 8))
    n = 1 if cs == pikepdf.Name.DeviceGray else 3 if cs == pikepdf.Name.DeviceRGB else 0
    if n == 0 and isinstance(cs, pikepdf.Array) and len(cs) == 2 and cs[0] == pikepdf.Name.ICCBased:
        n = int(cs[1].get("/N", 0))
    if (n, bpc) not in ((1, 8), (3, 8), (1, 1)):
        return None
    data = xobj.read_bytes()
    mode = "1" if bpc == 1 else "L" if n == 1 else "RGB"
    need = ((w + 7) // 8) * h if bpc == 1 else w * h * n
    if len(data) < need:
        return None
    return Image.frombytes(mode, (w, h), data[:need])


def _lin(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y, m[1] * x + m[3] * y


def pil_image(img: PageImage) -> Image.Image:
    """The page image's pixels (decoded when it is held as a JPEG file)."""
    if img.image is not None:
        return img.image
    pil = Image.open(io.BytesIO(img.data))
    pil.load()
    return pil


def deskewed(img: PageImage, degrees: float) -> PageImage:
    """The page image turned counter-clockwise by `degrees` (to straighten text that runs
    downhill by that angle), on a canvas large enough for all of it, with its exact map."""
    src = pil_image(img).convert("L")
    w, h = src.size
    t = math.radians(degrees)
    c, s_ = math.cos(t), math.sin(t)
    W = int(math.ceil(abs(w * c) + abs(h * s_)))
    H = int(math.ceil(abs(w * s_) + abs(h * c)))
    cx, cy, cX, cY = w / 2, h / 2, W / 2, H / 2
    # output pixel (X, Y) → input pixel (x, y); y runs down, so a visual counter-clockwise
    # turn by t is x' = x cos t + y sin t, y' = -x sin t + y cos t around the centres
    a, b, e = c, -s_, cx - c * cX + s_ * cY
    d, f_, g = s_, c, cy - s_ * cX - c * cY
    out = src.transform((W, H), Image.Transform.AFFINE, (a, b, e, d, f_, g), resample=Image.BICUBIC, fillcolor=255)
    back: Affine = (a, d, b, f_, e, g)          # PDF order: x = a X + b Y + e ; y = d X + f Y + g
    return PageImage(width=W, height=H, to_user=mul(back, img.to_user), dpi=img.dpi, source=img.source, image=out)


def estimate_skew(img: PageImage, max_deg: float = 10.0) -> float:
    """Angle (degrees, counter-clockwise turn that straightens the text) from the projection
    profile of the dark pixels: text lines give the sharpest row profile when level."""
    import numpy as np
    grey, _ = img.grey(50)
    a = np.asarray(grey, dtype=np.uint8)
    if a.size == 0:
        return 0.0
    paper = float(np.percentile(a, 80))
    ink = float(np.percentile(a, 0.5))
    if paper - ink < 40:
        return 0.0
    mask = Image.fromarray(((a < (paper + ink) / 2) * 255).astype(np.uint8))

    def score(deg: float) -> float:
        r = np.asarray(mask.rotate(deg, resample=Image.NEAREST, expand=True), dtype=np.float32)
        rows = r.sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max((score(d), d) for d in np.arange(-max_deg, max_deg + 0.01, 1.0))[1]
    best = max((score(d), d) for d in np.arange(best - 1.0, best + 1.01, 0.1))[1]
    return float(round(best, 2))


def rendered_page_image(pdfium_page, page: Page, dpi: int = RENDER_DPI) -> PageImage:
    """Render the page as displayed (upright, CropBox) at `dpi`, greyscale."""
    scale = dpi / 72.0
    bitmap = pdfium_page.render(scale=scale, grayscale=True, may_draw_forms=True,
                                draw_annots=True, no_smoothtext=False)
    img = bitmap.to_pil()
    if img.mode != "L":
        img = img.convert("L")
    # pixel → display points → user
    px_to_display: Affine = (1.0 / scale, 0.0, 0.0, 1.0 / scale, 0.0, 0.0)
    to_user = mul(px_to_display, invert(user_to_display(page)))
    return PageImage(width=img.width, height=img.height, to_user=to_user, dpi=dpi,
                     source="rendered", image=img)


# ------------------------------------------------------------------ tesseract

@dataclass(slots=True)
class OcrChar:
    text: str
    x0: float
    x1: float


@dataclass(slots=True)
class OcrWord:
    text: str
    box: tuple[float, float, float, float]      # pixels x0, y0, x1, y1 (y down)
    conf: float
    chars: list[OcrChar]


@dataclass(slots=True)
class OcrLine:
    box: tuple[float, float, float, float]
    size: float                                  # text height in pixels (x_size + descenders)
    angle: float                                 # textangle (0 for horizontal lines)
    words: list[OcrWord]
    slope: float = 0.0                           # baseline slope (pixels down per pixel right)


@lru_cache(maxsize=4)
def tesseract_info(lang: str = LANG) -> tuple[str, str]:
    """(path of tesseract, version); raises MissingDependencyError when it or `lang` is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependencyError(
            "tesseract is not installed (needed to OCR scanned pages)",
            remedy="install it: apt-get install tesseract-ocr tesseract-ocr-nld; or run with --ocr off")
    try:
        v = subprocess.run([exe, "--version"], capture_output=True, timeout=30)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise MissingDependencyError(f"tesseract does not run: {e}",
                                     remedy="reinstall tesseract-ocr") from e
    version = (v.stdout or v.stderr).decode("utf-8", "replace").splitlines()[0:1]
    have = {ln.strip() for ln in langs.stdout.decode("utf-8", "replace").splitlines()[1:]}
    for lg in lang.split("+"):
        if lg not in have:
            raise MissingDependencyError(
                f"tesseract has no language data for '{lg}' (installed: {', '.join(sorted(have)) or 'none'})",
                remedy=f"install it: apt-get install tesseract-ocr-{lg}")
    return exe, (version[0] if version else "tesseract")


def run_tesseract(img: PageImage, *, lang: str = LANG, psm: int = 3, timeout: float = TIMEOUT,
                  extra: list[str] | None = None) -> str:
    """OCR one page image; returns hOCR (with character boxes)."""
    exe, _ = tesseract_info(lang)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="redactor-ocr-") as td:
        path = img.write(os.path.join(td, "page"))
        cmd = [exe, path, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(img.dpi),
               "-c", "hocr_char_boxes=1", *EXTRA_CONFIG, *(extra or []), "hocr"]
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            raise OcrError(f"tesseract took longer than {timeout:.0f} s on one page",
                           remedy="raise REDACTOR_OCR_TIMEOUT, or check the page image") from None
        except OSError as e:
            raise OcrError(f"tesseract could not be started: {e}") from e
    if r.returncode != 0:
        msg = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed (exit {r.returncode}): {' / '.join(msg[-3:])[:300]}")
    return r.stdout.decode("utf-8", "replace")


def run_osd(img: PageImage, timeout: float = 120) -> tuple[int, float]:
    """Tesseract's orientation detection: (degrees the page must be rotated clockwise to be
    upright, confidence). (0, 0) when it cannot tell."""
    exe, _ = tesseract_info(LANG)
    tesseract_info("osd")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="redactor-osd-") as td:
        path = img.write(os.path.join(td, "page"))
        try:
            r = subprocess.run([exe, path, "stdout", "--psm", "0", "--dpi", str(img.dpi), "-l", "osd"],
                               capture_output=True, timeout=timeout, env=env)
        except (subprocess.TimeoutExpired, OSError):
            return 0, 0.0
    out = r.stdout.decode("utf-8", "replace")
    m = re.search(r"Rotate:\s*(\d+)", out)
    c = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not m:
        return 0, 0.0
    return int(m.group(1)) % 360, float(c.group(1)) if c else 0.0


_TITLE = re.compile(r"(\w+)\s+([^;]*)")


def _title(el) -> dict[str, str]:
    return {k: v.strip() for k, v in _TITLE.findall(el.get("title", ""))}


def _bbox(s: str) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in s.split()[:4])
    return x0, y0, x1, y1


_LINE_CLASSES = {"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


def parse_hocr(hocr: str) -> list[OcrLine]:
    """Lines of words (with character boxes and confidences) in tesseract's reading order."""
    hocr = re.sub(r"<!DOCTYPE[^>]*>", "", hocr, count=1)
    try:
        root = ET.fromstring(hocr)
    except ET.ParseError as e:
        raise OcrError(f"tesseract produced unreadable hOCR: {e}") from e
    lines: list[OcrLine] = []
    for el in root.iter():
        if el.get("class") not in _LINE_CLASSES:
            continue
        t = _title(el)
        if "bbox" not in t:
            continue
        size = float(t.get("x_size", "0") or 0) + float(t.get("x_descenders", "0") or 0)
        lb = _bbox(t["bbox"])
        try:
            slope = float(t.get("baseline", "0 0").split()[0])
        except (ValueError, IndexError):
            slope = 0.0
        line = OcrLine(box=lb, size=size or (lb[3] - lb[1]), angle=float(t.get("textangle", "0") or 0), words=[],
                       slope=slope)
        for w in el:
            if w.get("class") != "ocrx_word":
                continue
            wt = _title(w)
            chars: list[OcrChar] = []
            for c in w:
                if c.get("class") == "ocrx_cinfo":
                    ct = _title(c)
                    if "x_bboxes" in ct:
                        cb = _bbox(ct["x_bboxes"])
                        chars.append(OcrChar("".join(c.itertext()), cb[0], cb[2]))
            text = "".join(w.itertext()).strip()
            if not text or "bbox" not in wt:
                continue
            text = re.sub(r"\s+", "", text)
            lines_conf = float(wt.get("x_wconf", "0") or 0)
            line.words.append(OcrWord(text=text, box=_bbox(wt["bbox"]), conf=lines_conf, chars=chars))
        if line.words:
            lines.append(line)
    return lines
