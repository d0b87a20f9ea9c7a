"""Paint the pixels of an image that lie under an area, in the image data itself.

The image is decoded to its samples (image_decode.py). Every pixel that touches an area is
set to one value in every component (and in its /SMask and /Mask), and the samples are
written back keeping /ColorSpace, /BitsPerComponent and /Decode where the samples are still
the original ones, so the rest of the image renders as before: with Flate (lossless), or,
for a JPEG when that is smaller, as a JPEG again with the original's quantisation tables,
checked to have kept the painted pixels painted (`_jpeg_again`). An image no decoder can
read fails closed.
"""
from __future__ import annotations

import io
import logging
import math
import zlib

import numpy as np
import pikepdf

from ..errors import UnsupportedPdfError
from ..models import Rect
from .geometry import Matrix, apply, invert
from .image_decode import Raster, _filters, _leading_bytes, _pil_open, _via_codec, decode

# _via_codec: tests/write/test_image_codecs.py drives that decoder directly, as images._via_codec
__all__ = ["decode", "inline_to_xobject", "paint_image", "pixel_mask", "_via_codec"]

log = logging.getLogger(__name__)
_N = pikepdf.Name
_DROP = {"/Filter", "/DecodeParms", "/Length", "/Metadata", "/OPI", "/Alternates", "/Thumb",
         "/SMask", "/Mask", "/PieceInfo", "/StructParent", "/ID", "/Measure", "/PtData"}
_HALF_DIAG = math.sqrt(0.5)


def pixel_mask(width: int, height: int, ctm: Matrix, rects: list[Rect]) -> np.ndarray | None:
    """Pixels (row 0 = top) whose square touches any rect, for an image painted into the
    unit square under `ctm`. None if no pixel does."""
    inv = invert(ctm)
    if inv is None or width <= 0 or height <= 0:
        return None
    mask = None
    for r in rects:
        pts = []
        for x, y in ((r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)):
            u, v = apply(inv, x, y)
            pts.append((u * width, (1.0 - v) * height))
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        ix0, ix1 = max(0, math.floor(min(xs))), min(width, math.ceil(max(xs)))
        iy0, iy1 = max(0, math.floor(min(ys))), min(height, math.ceil(max(ys)))
        if ix0 >= ix1 or iy0 >= iy1:
            continue
        if mask is None:
            mask = np.zeros((height, width), dtype=bool)
        axis = (abs(pts[0][1] - pts[1][1]) < 1e-6 and abs(pts[1][0] - pts[2][0]) < 1e-6) or \
               (abs(pts[0][0] - pts[1][0]) < 1e-6 and abs(pts[1][1] - pts[2][1]) < 1e-6)
        if axis:
            mask[iy0:iy1, ix0:ix1] = True
            continue
        # rotated or skewed placement: a pixel touches the quad if its centre lies within
        # half a pixel diagonal of it (a slight superset, never a subset)
        yy, xx = np.mgrid[iy0:iy1, ix0:ix1]
        cx, cy = xx + 0.5, yy + 0.5
        area = sum(pts[i][0] * pts[(i + 1) % 4][1] - pts[(i + 1) % 4][0] * pts[i][1] for i in range(4))
        sign = 1.0 if area > 0 else -1.0
        inside = np.ones(cx.shape, dtype=bool)
        for i in range(4):
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % 4]
            ex, ey = x1 - x0, y1 - y0
            length = math.hypot(ex, ey) or 1.0
            dist = sign * (ex * (cy - y0) - ey * (cx - x0)) / length
            inside &= dist >= -_HALF_DIAG
        mask[iy0:iy1, ix0:ix1] |= inside
    if mask is None or not mask.any():
        return None
    return mask


def _paint(data: bytes, width: int, height: int, bpc: int, ncomp: int, mask: np.ndarray, value: int) -> bytes:
    rowbytes = (width * ncomp * bpc + 7) // 8
    need = rowbytes * height
    if len(data) < need:
        raise UnsupportedPdfError("image data shorter than its dimensions")
    arr = np.frombuffer(data[:need], dtype=np.uint8).reshape(height, rowbytes).copy()
    if bpc == 8:
        px = arr[:, : width * ncomp].reshape(height, width, ncomp)
        px[mask] = value
    elif bpc == 16:
        px = arr[:, : width * ncomp * 2].reshape(height, width, ncomp * 2)
        px[mask] = value
    elif bpc in (1, 2, 4):
        bits = np.unpackbits(arr, axis=1)[:, : width * ncomp * bpc].reshape(height, width, ncomp * bpc)
        vbits = [(value >> (bpc - 1 - k)) & 1 for k in range(bpc)] * ncomp
        bits[mask] = np.array(vbits, dtype=np.uint8)
        flat = bits.reshape(height, width * ncomp * bpc)
        pad = rowbytes * 8 - flat.shape[1]
        if pad:
            flat = np.concatenate([flat, np.zeros((height, pad), dtype=np.uint8)], axis=1)
        arr = np.packbits(flat, axis=1)
    else:
        raise UnsupportedPdfError(f"{bpc} bits per component")
    return arr.tobytes()


def _mask_value(d) -> int:
    """For a stencil mask: the sample value that leaves the page unpainted."""
    dec = d.get("/Decode")
    inverted = isinstance(dec, pikepdf.Array) and len(dec) >= 2 and float(dec[0]) == 1.0
    return 0 if inverted else 1


# A JPEG written again is accepted only if every painted pixel decodes to within this much
# of the painted value (blocks straddling the area's edge ring with the kept pixels outside
# it; a small area can ring harder, and then the image is written with Flate instead), and
# everything more than a block inside the area to within 2. The same tolerance is what an
# outside check of "blanked" uses, for every box on its own.
_JPEG_TOL = 12
_JPEG_SHARE = 1.0


def _jpeg_again(img: pikepdf.Stream, r: Raster, data: bytes, w: int, h: int, mask: np.ndarray,
                value: int) -> bytes | None:
    """For a JPEG (gray or RGB): the painted samples as a JPEG again, with the original's
    quantisation tables and sampling (a scan stays about its size, where Flate would make
    it several times larger), or None if that cannot be done faithfully. The painted
    pixels are checked: away from the area's edge (where the 8x8 blocks also hold pixels
    from outside) they must come back as the painted value."""
    if r.how not in ("qpdf", "qpdf (parameters cleaned)", "Pillow (JPEG)") or r.bpc != 8 or r.ncomp not in (1, 3):
        return None
    filters = _filters(img)
    if not filters or filters[-1] != "/DCTDecode":
        return None
    try:
        from PIL import Image, JpegImagePlugin

        orig = _pil_open(_leading_bytes(img, filters))
        if orig.mode != ("L" if r.ncomp == 1 else "RGB") or not getattr(orig, "quantization", None):
            return None
        arr = np.frombuffer(data, dtype=np.uint8).reshape(h, w, r.ncomp)
        im = Image.fromarray(arr[..., 0] if r.ncomp == 1 else arr, "L" if r.ncomp == 1 else "RGB")
        buf = io.BytesIO()
        kw = {"qtables": orig.quantization, "optimize": True}
        if r.ncomp == 3:
            kw["subsampling"] = JpegImagePlugin.get_sampling(orig)
            if kw["subsampling"] == -1:
                del kw["subsampling"]
        im.save(buf, "JPEG", **kw)
        out = buf.getvalue()
        back = np.asarray(_pil_open(out), dtype=np.int16).reshape(h, w, r.ncomp)
    except Exception:           # noqa: BLE001 - Flate it is
        log.debug("JPEG re-encoding failed", exc_info=True)
        return None
    dev = np.abs(back[mask] - value).max(axis=-1)
    if (dev <= _JPEG_TOL).mean() < _JPEG_SHARE:
        return None
    inner = mask.copy()
    for axis in (0, 1):       # erode by 8 pixels: blocks that straddle the edge may ring
        for shift in range(1, 9):
            inner &= np.roll(mask, shift, axis) & np.roll(mask, -shift, axis)
    if inner.any() and np.abs(back[inner] - value).max() > 2:
        return None
    return out


def _encode(img: pikepdf.Stream, r: Raster, data: bytes, w: int, h: int, mask: np.ndarray,
            value: int) -> tuple[bytes, pikepdf.Name]:
    flate = zlib.compress(data, 6)
    jpeg = _jpeg_again(img, r, data, w, h, mask, value)
    if jpeg is not None and len(jpeg) < len(flate):
        return jpeg, _N.DCTDecode
    return flate, _N.FlateDecode


def paint_image(pdf: pikepdf.Pdf, img: pikepdf.Stream, ctm: Matrix, rects: list[Rect],
                notes: list[str] | None = None) -> pikepdf.Stream | None:
    """A painted copy of `img` (placed under `ctm`), or None if no pixel meets an area.
    The original object is left alone: it may be used elsewhere. A decoder other than
    the exact ones (the PDFium fallback, which converts colours) is reported in `notes`."""
    try:
        w, h = int(img.get("/Width", 0)), int(img.get("/Height", 0))
    except (TypeError, ValueError):
        raise UnsupportedPdfError("image without size") from None
    mask = pixel_mask(w, h, ctm, rects)
    smask = img.get("/SMask")
    smask_new = paint_image(pdf, smask, ctm, rects, notes) if isinstance(smask, pikepdf.Stream) else None
    mk = img.get("/Mask")
    mk_new = paint_image(pdf, mk, ctm, rects, notes) if isinstance(mk, pikepdf.Stream) else None
    if mask is None and smask_new is None and mk_new is None:
        return None
    if mask is None:
        new = pdf.make_stream(img.read_raw_bytes())
        for k, v in img.items():
            if k not in ("/Length", "/Metadata", "/SMask", "/Mask"):
                new[k] = v
    else:
        r = decode(img)
        if r.how == "PDFium" and notes is not None:
            what = "/".join(f[1:] for f in _filters(img)) or "unfiltered"
            notes.append(f"a {what} image was decoded by PDFium and rewritten in {r.keys['/ColorSpace']}")
        is_mask = bool(img.get("/ImageMask", False))
        value = _mask_value(img) if is_mask else 0
        data = _paint(r.data, w, h, r.bpc, r.ncomp, mask, value)
        encoded, filt = _encode(img, r, data, w, h, mask, value)
        new = pdf.make_stream(encoded)
        for k, v in img.items():
            if k not in _DROP and k not in r.drop:
                new[k] = v
        for k, v in r.keys.items():
            new[k] = v
        new.Filter = filt
        if r.alpha is not None and smask_new is None:
            alpha = _paint(r.alpha, w, h, 8, 1, mask, 0)
            smask_new = pdf.make_stream(zlib.compress(alpha, 6), Type=_N.XObject, Subtype=_N.Image,
                                        Width=w, Height=h, ColorSpace=_N.DeviceGray, BitsPerComponent=8,
                                        Filter=_N.FlateDecode)
    if smask_new is not None:
        new.SMask = smask_new
    elif isinstance(smask, pikepdf.Stream):
        new.SMask = smask
    if mk_new is not None:
        new.Mask = mk_new
    elif mk is not None:
        new.Mask = mk
    return new


_INLINE_VALUE_ABBREV = {
    "/G": "/DeviceGray", "/RGB": "/DeviceRGB", "/CMYK": "/DeviceCMYK", "/I": "/Indexed",
    "/AHx": "/ASCIIHexDecode", "/A85": "/ASCII85Decode", "/LZW": "/LZWDecode",
    "/Fl": "/FlateDecode", "/RL": "/RunLengthDecode", "/CCF": "/CCITTFaxDecode", "/DCT": "/DCTDecode",
}


def inline_to_xobject(pdf: pikepdf.Pdf, iimage, resources) -> pikepdf.Stream:
    """An inline image as an equivalent image XObject (same samples, same dictionary,
    named colour spaces resolved from the resources)."""
    d = iimage.obj
    s = pdf.make_stream(iimage.read_raw_bytes() if hasattr(iimage, "read_raw_bytes") else bytes(iimage._data))
    for k, v in d.items():
        if isinstance(v, pikepdf.Name) and str(v) in _INLINE_VALUE_ABBREV:
            v = _N(_INLINE_VALUE_ABBREV[str(v)])
        if isinstance(v, pikepdf.Array):
            v = pikepdf.Array([_N(_INLINE_VALUE_ABBREV.get(str(x), str(x))) if isinstance(x, pikepdf.Name) else x for x in v])
        s[k] = v
    cs = s.get("/ColorSpace")
    if isinstance(cs, pikepdf.Name) and str(cs) not in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK"):
        named = resources.get("/ColorSpace") if resources is not None else None
        if isinstance(named, pikepdf.Dictionary) and str(cs) in named:
            s.ColorSpace = named[str(cs)]
        else:
            raise UnsupportedPdfError(f"inline image colour space {cs}")
    s.Type = _N.XObject
    s.Subtype = _N.Image
    return s
