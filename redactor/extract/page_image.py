"""Page images for OCR: a page's pixels and the exact affine map from those pixels to the
page's default user space.

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
from dataclasses import dataclass, field

import pikepdf
from PIL import Image

from redactor.extract.affine import (
    IDENTITY, Affine, choose_transpose, invert, map_rect, mul, user_to_display,
)
from redactor.models import Page

RENDER_DPI = 300
# A page is "a single full-page image" when its only image covers this share of the CropBox.
FULL_PAGE_IMAGE = 0.85
# Image resolutions outside this range are resampled before OCR (tesseract reads 200-400 dpi best).
MIN_DPI, MAX_DPI = 150, 600

Image.MAX_IMAGE_PIXELS = 200_000_000   # a scanned A0 sheet at 600 dpi; larger is refused by PIL


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
