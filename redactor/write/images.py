"""Paint the pixels of an image that lie under an area, in the image data itself.

The image is decoded to its samples (`decode`: qpdf first - Flate, LZW, RunLength, ASCII,
DCT, and JBIG2 through jbig2dec -, then qpdf again with /DecodeParms cut down to what each
filter defines, then Pillow/pikepdf for DCT streams qpdf refuses, JPEG 2000, CCITT and
JBIG2, and as a last resort PDFium, which decodes whatever a viewer can, to device gray
or RGB). Every pixel that touches an area is set to one value in every component (and in
its /SMask and /Mask), and the samples are written back with Flate, losslessly, keeping
/ColorSpace, /BitsPerComponent and /Decode where the samples are still the original ones,
so the rest of the image renders as before. An image no decoder can read fails closed.
"""
from __future__ import annotations

import io
import logging
import math
import zlib
from dataclasses import dataclass, field

import numpy as np
import pikepdf

from ..errors import UnsupportedPdfError
from ..models import Rect
from .geometry import Matrix, apply, invert

log = logging.getLogger(__name__)
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


@dataclass
class Raster:
    """Decoded samples of an image, as the rewritten stream will hold them (rows padded to
    whole bytes), and how that stream's dictionary differs from the original's."""

    data: bytes
    bpc: int
    ncomp: int
    how: str                                        # which decoder produced the samples
    keys: dict = field(default_factory=dict)        # entries to set on the new stream
    drop: tuple = ()                                # entries the new stream must not keep
    alpha: bytes | None = None                      # 8-bit soft mask found in the codestream


class _Skip(Exception):
    """This decoder does not apply to the image (not an error)."""


_CCITT_KEYS = ("/K", "/EndOfLine", "/EncodedByteAlign", "/Columns", "/Rows", "/EndOfBlock",
               "/BlackIs1", "/DamagedRowsBeforeError")
_PARM_KEYS = {
    "/FlateDecode": ("/Predictor", "/Colors", "/BitsPerComponent", "/Columns"),
    "/LZWDecode": ("/Predictor", "/Colors", "/BitsPerComponent", "/Columns", "/EarlyChange"),
    "/DCTDecode": ("/ColorTransform",),
    "/CCITTFaxDecode": _CCITT_KEYS,
    "/JBIG2Decode": ("/JBIG2Globals",),
}


def _need(w: int, h: int, bpc: int, ncomp: int) -> int:
    return ((w * ncomp * bpc + 7) // 8) * h


def _check_len(data: bytes, w: int, h: int, bpc: int, ncomp: int) -> bytes:
    need = _need(w, h, bpc, ncomp)
    if len(data) < need:
        raise UnsupportedPdfError(f"image data shorter than its dimensions ({len(data)} < {need} bytes)")
    return data[:need]


def _scratch_decode(img: pikepdf.Stream, filters: list[str], parms: list) -> bytes:
    """The raw data of `img` decoded by qpdf through the given filter chain and parameters
    (in a throw-away file: the document is not touched)."""
    scratch = pikepdf.new()
    try:
        s = scratch.make_stream(img.read_raw_bytes())
        if filters:
            s.Filter = pikepdf.Array([_N(f) for f in filters]) if len(filters) > 1 else _N(filters[0])
        ps = [p if isinstance(p, pikepdf.Dictionary) and len(p) else None for p in parms]
        if any(p is not None for p in ps):
            clean = [pikepdf.Dictionary({k: scratch.copy_foreign(v) if isinstance(v, pikepdf.Stream) else v
                                         for k, v in p.items()}) if p is not None else pikepdf.Dictionary()
                     for p in ps]
            s.DecodeParms = pikepdf.Array(clean) if len(clean) > 1 else clean[0]
        return s.read_bytes(decode_level=pikepdf.StreamDecodeLevel.all)
    finally:
        scratch.close()


def _leading_bytes(img: pikepdf.Stream, filters: list[str]) -> bytes:
    """The data with every filter but the last (the image codec) undone."""
    if len(filters) <= 1:
        return img.read_raw_bytes()
    parms = (_parms(img) + [None] * len(filters))[: len(filters)]
    return _scratch_decode(img, filters[:-1], parms[:-1])


def _dict_shape(img: pikepdf.Stream, is_mask: bool) -> tuple[int, int]:
    if is_mask:
        return 1, 1
    return int(img.get("/BitsPerComponent", 8)), _components(img.get("/ColorSpace"))


def _via_qpdf(img, w, h, filters, is_mask) -> Raster:
    """qpdf's decoders (Flate, LZW, RunLength, ASCII, DCT through libjpeg, JBIG2 through
    jbig2dec when it is installed): the samples exactly as the PDF defines them."""
    if filters and filters[-1] in ("/CCITTFaxDecode", "/JPXDecode"):
        raise _Skip
    bpc, ncomp = _dict_shape(img, is_mask)
    data = img.read_bytes(decode_level=pikepdf.StreamDecodeLevel.all)
    return Raster(_check_len(data, w, h, bpc, ncomp), bpc, ncomp, "qpdf")


def _via_qpdf_clean_parms(img, w, h, filters, is_mask) -> Raster:
    """The same with /DecodeParms reduced to what each filter defines (viewers ignore the
    rest; qpdf refuses a stream whose parameters it does not know, e.g. a /Predictor given
    to DCTDecode)."""
    if not filters or filters[-1] in ("/CCITTFaxDecode", "/JPXDecode"):
        raise _Skip
    parms = (_parms(img) + [None] * len(filters))[: len(filters)]
    clean = []
    changed = False
    for f, p in zip(filters, parms):
        if not isinstance(p, pikepdf.Dictionary):
            clean.append(None)
            continue
        allowed = _PARM_KEYS.get(f, ())
        d = pikepdf.Dictionary({k: v for k, v in p.items() if k in allowed})
        if f in ("/FlateDecode", "/LZWDecode") and int(d.get("/Predictor", 1)) == 1:
            d = pikepdf.Dictionary({k: v for k, v in d.items() if k == "/EarlyChange"})
        changed |= len(d) != len(p)
        clean.append(d if len(d) else None)
    if not changed:
        raise _Skip
    bpc, ncomp = _dict_shape(img, is_mask)
    data = _scratch_decode(img, filters, clean)
    return Raster(_check_len(data, w, h, bpc, ncomp), bpc, ncomp, "qpdf (parameters cleaned)")


def _pil_open(data: bytes):
    from PIL import Image

    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def _via_codec(img, w, h, filters, is_mask) -> Raster:
    """Pillow and pikepdf for what qpdf cannot do: DCT whose stream qpdf refuses, JPEG 2000,
    CCITT G3/G4, JBIG2."""
    last = filters[-1] if filters else None
    if last == "/DCTDecode":
        if is_mask:
            raise UnsupportedPdfError("DCT-encoded stencil mask")
        im = _pil_open(_leading_bytes(img, filters))
        if im.size != (w, h):
            raise UnsupportedPdfError(f"JPEG is {im.size[0]}x{im.size[1]}, the image {w}x{h}")
        _, ncomp = _dict_shape(img, False)
        modes = {"L": 1, "RGB": 3, "CMYK": 4}
        if modes.get(im.mode) != ncomp:
            raise UnsupportedPdfError(f"JPEG decoded to {im.mode} for {ncomp} colour components")
        arr = np.asarray(im, dtype=np.uint8)
        if im.mode == "CMYK":
            # Pillow reads CMYK JPEGs as Adobe writes them (inverted) and turns them back;
            # the DCT filter in PDF hands over the stored values (/Decode says what they mean)
            arr = 255 - arr
        return Raster(arr.tobytes(), 8, ncomp, "Pillow (JPEG)")
    if last == "/JPXDecode":
        if is_mask:
            raise UnsupportedPdfError("JPEG 2000 stencil mask")
        im = _pil_open(_leading_bytes(img, filters))
        if im.size != (w, h):
            raise UnsupportedPdfError(f"JPEG 2000 is {im.size[0]}x{im.size[1]}, the image {w}x{h}")
        alpha = None
        mode = im.mode
        if mode in ("LA", "RGBA"):
            arr = np.asarray(im, dtype=np.uint8)
            if int(img.get("/SMaskInData", 0)) and "/SMask" not in img:
                alpha = arr[..., -1].tobytes()
            im = im.convert(mode[:-1])
            mode = im.mode
        if mode in ("L", "RGB", "CMYK"):
            ncomp = {"L": 1, "RGB": 3, "CMYK": 4}[mode]
            bpc = 8
            data = np.asarray(im, dtype=np.uint8).tobytes()
        elif mode in ("I;16", "I;16B", "I;16L"):
            ncomp, bpc = 1, 16
            data = np.asarray(im).astype(">u2").tobytes()
        else:
            raise UnsupportedPdfError(f"JPEG 2000 decoded to mode {mode}")
        keys: dict = {"/BitsPerComponent": bpc}
        cs = img.get("/ColorSpace")
        if cs is None:
            keys["/ColorSpace"] = {1: _N.DeviceGray, 3: _N.DeviceRGB, 4: _N.DeviceCMYK}[ncomp]
        elif _components(cs) != ncomp:
            raise UnsupportedPdfError(f"JPEG 2000 decoded to {mode} for {_components(cs)} colour components")
        # /Decode means nothing to JPXDecode (except for masks); to Flate samples it would
        return Raster(data, bpc, ncomp, "Pillow (JPEG 2000)", keys, ("/Decode", "/SMaskInData"), alpha)
    if last in ("/CCITTFaxDecode", "/JBIG2Decode"):
        pim = pikepdf.PdfImage(img)
        try:
            pil = pim.as_pil_image(apply_decode_array=False, apply_mask=False)
        except TypeError:         # older pikepdf: /Decode is not applied at all
            pil = pim.as_pil_image()
        if pil.mode != "1":
            raise UnsupportedPdfError(f"{last[1:]} image decoded to mode {pil.mode}")
        if pil.size != (w, h):
            raise UnsupportedPdfError(f"{last[1:]} image is {pil.size[0]}x{pil.size[1]}, the image {w}x{h}")
        # pikepdf hands the bits over as the filter's output means them (BlackIs1 already
        # applied), before /Decode, which the new stream keeps: 1 = white in DeviceGray
        bits = np.array(pil, dtype=bool)
        return Raster(np.packbits(bits, axis=1).tobytes(), 1, 1, f"pikepdf ({last[1:]})",
                      {"/BitsPerComponent": 1})
    raise _Skip


def _via_pdfium(img, w, h, filters, is_mask) -> Raster:
    """Last resort: the pixels as PDFium (Chrome's PDF engine) decodes them, in device
    gray or RGB: every codec and colour space a viewer handles. The new stream says
    DeviceGray/DeviceRGB, 8 bits, no /Decode (PDFium applied it)."""
    if is_mask:
        raise _Skip
    mk = img.get("/Mask")
    if isinstance(mk, pikepdf.Array):
        raise UnsupportedPdfError("colour-key masked image that only PDFium can decode")
    if int(img.get("/SMaskInData", 0)):
        raise UnsupportedPdfError("JPEG 2000 with its soft mask inside that only PDFium can decode")
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    mini = pikepdf.new()
    copy = mini.copy_foreign(img)
    for k in ("/SMask", "/Mask", "/Metadata", "/Alternates", "/OPI"):
        if k in copy:
            del copy[k]
    pg = mini.add_blank_page(page_size=(max(w, 1), max(h, 1)))
    pg.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=copy))
    pg.obj.Contents = mini.make_stream(f"q {w} 0 0 {h} 0 0 cm /Im Do Q".encode())
    buf = io.BytesIO()
    mini.save(buf)
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        objs = list(doc[0].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
        if len(objs) != 1:
            raise UnsupportedPdfError("PDFium does not see the image")
        bm = objs[0].get_bitmap(render=False)
        if (bm.width, bm.height) != (w, h):
            raise UnsupportedPdfError(f"PDFium decoded {bm.width}x{bm.height} for {w}x{h}")
        arr = np.array(bm.to_numpy(), dtype=np.uint8, copy=True)
    finally:
        doc.close()
    if arr.size and int(arr.min()) == int(arr.max()):
        # what PDFium shows for data it cannot read: do not take it for the image
        raise UnsupportedPdfError("PDFium decoded it to one flat colour (damaged data?)")
    if arr.ndim == 2 or arr.shape[2] == 1:
        arr = arr.reshape(h, w)
        ncomp, cs = 1, _N.DeviceGray
    else:
        arr = arr[..., :3]
        if not bm.rev_byteorder:
            arr = arr[..., ::-1]              # BGR(x/A) -> RGB
        ncomp, cs = 3, _N.DeviceRGB
        if (arr[..., 0] == arr[..., 1]).all() and (arr[..., 1] == arr[..., 2]).all():
            arr = arr[..., 0]                 # a gray image, as PDFium hands over any image
            ncomp, cs = 1, _N.DeviceGray
    return Raster(np.ascontiguousarray(arr).tobytes(), 8, ncomp, "PDFium",
                  {"/ColorSpace": cs, "/BitsPerComponent": 8},
                  ("/Decode", "/Intent", "/SMaskInData"))


_DECODERS = (_via_qpdf, _via_qpdf_clean_parms, _via_codec, _via_pdfium)


def decode(img: pikepdf.Stream) -> Raster:
    """The samples of an image, from the first decoder that manages: qpdf, qpdf with
    cleaned parameters, Pillow/pikepdf codecs, PDFium. Fails closed
    (UnsupportedPdfError) when none does."""
    try:
        w, h = int(img.get("/Width", 0)), int(img.get("/Height", 0))
    except (TypeError, ValueError):
        raise UnsupportedPdfError("image without size") from None
    if w <= 0 or h <= 0:
        raise UnsupportedPdfError("image without size")
    filters = _filters(img)
    is_mask = bool(img.get("/ImageMask", False))
    errors: list[str] = []
    for fn in _DECODERS:
        try:
            return fn(img, w, h, filters, is_mask)
        except _Skip:
            continue
        except Exception as e:       # noqa: BLE001 - any decoder failure means: try the next
            errors.append(f"{fn.__name__[5:]}: {e}")
            log.debug("image decoder %s failed", fn.__name__, exc_info=True)
    what = "/".join(f[1:] for f in filters) or "unfiltered"
    raise UnsupportedPdfError(f"cannot decode {what} image under a redaction area ({'; '.join(errors) or 'no decoder'})")

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
