"""Paint the pixels of an image that lie under an area, in the image data itself.

The image is decoded to its raw samples (qpdf decodes Flate/LZW/RunLength and, at the
"all" level, DCT; CCITT goes through pikepdf/Pillow), every pixel that touches an area
is set to one value in every component (and in its /SMask and /Mask), and the samples
are written back with Flate, losslessly, keeping /ColorSpace, /BitsPerComponent and
/Decode, so the rest of the image renders exactly as before. A codec that cannot be
decoded here (JBIG2 without a decoder, JPX) fails closed.
"""
from __future__ import annotations

import math
import zlib

import numpy as np
import pikepdf

from ..errors import UnsupportedPdfError
from ..models import Rect
from .geometry import Matrix, apply, invert

_N = pikepdf.Name
_DROP = {"/Filter", "/DecodeParms", "/Length", "/Metadata", "/OPI", "/Alternates", "/Thumb",
         "/SMask", "/Mask", "/PieceInfo", "/StructParent", "/ID", "/Measure", "/PtData"}
_HALF_DIAG = math.sqrt(0.5)


def _filters(d) -> list[str]:
    f = d.get("/Filter")
    if isinstance(f, pikepdf.Name):
        return [str(f)]
    if isinstance(f, pikepdf.Array):
        return [str(x) for x in f]
    return []


def _parms(d) -> list:
    p = d.get("/DecodeParms")
    if isinstance(p, pikepdf.Array):
        return list(p)
    return [p]


def _components(cs, resources=None) -> int:
    if isinstance(cs, pikepdf.Name):
        n = str(cs)
        if n in ("/DeviceGray", "/CalGray", "/G", "/Pattern"):
            return 1
        if n in ("/DeviceRGB", "/CalRGB", "/RGB", "/Lab"):
            return 3
        if n in ("/DeviceCMYK", "/CMYK"):
            return 4
        if n in ("/Indexed", "/I"):
            return 1
        raise UnsupportedPdfError(f"image colour space {n}")
    if isinstance(cs, pikepdf.Array) and len(cs) >= 1:
        fam = str(cs[0])
        if fam in ("/Indexed", "/I", "/Separation", "/CalGray"):
            return 1
        if fam in ("/CalRGB", "/Lab"):
            return 3
        if fam == "/ICCBased":
            return int(cs[1].get("/N", 3))
        if fam == "/DeviceN":
            return len(cs[1])
        if fam in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK"):
            return _components(cs[0])
    raise UnsupportedPdfError("image colour space not understood")


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


def _samples(img: pikepdf.Stream) -> tuple[bytes, int, int, bool]:
    """(raw samples, bits per component, components, is_bilevel_from_codec)."""
    d = img
    filters = _filters(d)
    mask_img = bool(d.get("/ImageMask", False))
    last = filters[-1] if filters else None
    if last in ("/JPXDecode", "/JBIG2Decode") or (last == "/CCITTFaxDecode"):
        if last == "/JPXDecode":
            raise UnsupportedPdfError("JPEG 2000 image under a redaction area")
        try:
            pim = pikepdf.PdfImage(img)
            try:
                pil = pim.as_pil_image(apply_decode_array=False, apply_mask=False)
            except TypeError:         # older pikepdf: /Decode is not applied at all
                pil = pim.as_pil_image()
        except Exception as e:
            raise UnsupportedPdfError(f"cannot decode {last[1:]} image under a redaction area: {e}") from None
        if pil.mode != "1":
            raise UnsupportedPdfError(f"{last[1:]} image decoded to mode {pil.mode}")
        # pikepdf hands the bits over as the filter's output means them (BlackIs1 already
        # applied), before /Decode, which the new stream keeps: 1 = white in DeviceGray
        bits = np.array(pil, dtype=bool)
        data = np.packbits(bits, axis=1).tobytes()
        return data, 1, 1, True
    try:
        level = pikepdf.StreamDecodeLevel.all if last == "/DCTDecode" else pikepdf.StreamDecodeLevel.generalized
        data = img.read_bytes(decode_level=level)
    except Exception as e:
        raise UnsupportedPdfError(f"cannot decode image under a redaction area: {e}") from None
    if mask_img:
        return data, 1, 1, False
    bpc = int(d.get("/BitsPerComponent", 8))
    return data, bpc, _components(d.get("/ColorSpace")), False


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


def paint_image(pdf: pikepdf.Pdf, img: pikepdf.Stream, ctm: Matrix, rects: list[Rect]) -> pikepdf.Stream | None:
    """A painted copy of `img` (placed under `ctm`), or None if no pixel meets an area.
    The original object is left alone: it may be used elsewhere."""
    try:
        w, h = int(img.get("/Width", 0)), int(img.get("/Height", 0))
    except (TypeError, ValueError):
        raise UnsupportedPdfError("image without size") from None
    mask = pixel_mask(w, h, ctm, rects)
    smask = img.get("/SMask")
    smask_new = paint_image(pdf, smask, ctm, rects) if isinstance(smask, pikepdf.Stream) else None
    mk = img.get("/Mask")
    mk_new = paint_image(pdf, mk, ctm, rects) if isinstance(mk, pikepdf.Stream) else None
    if mask is None and smask_new is None and mk_new is None:
        return None
    if mask is not None:
        data, bpc, ncomp, from_codec = _samples(img)
        is_mask = bool(img.get("/ImageMask", False))
        value = _mask_value(img) if is_mask else 0
        data = _paint(data, w, h, bpc, ncomp, mask, value)
    else:
        data, bpc, from_codec = None, None, False
    if data is None:
        new = pdf.make_stream(img.read_raw_bytes())
        for k, v in img.items():
            if k not in ("/Length", "/Metadata", "/SMask", "/Mask"):
                new[k] = v
    else:
        new = pdf.make_stream(zlib.compress(data, 6))
        for k, v in img.items():
            if k not in _DROP:
                new[k] = v
        new.Filter = _N.FlateDecode
        if from_codec:
            new.BitsPerComponent = 1
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
