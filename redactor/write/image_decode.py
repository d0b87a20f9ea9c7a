"""Decoding an image XObject to its samples, so that images.py can paint them.

The decoders are tried in turn: qpdf first - Flate, LZW, RunLength, ASCII, DCT, and JBIG2
through jbig2dec -, then qpdf again with /DecodeParms cut down to what each filter defines,
then Pillow/pikepdf for DCT streams qpdf refuses, JPEG 2000, CCITT and JBIG2, and as a last
resort PDFium, which decodes whatever a viewer can, to device gray or RGB. An image no
decoder can read fails closed.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

import numpy as np
import pikepdf

from ..errors import UnsupportedPdfError

log = logging.getLogger(__name__)
_N = pikepdf.Name


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
