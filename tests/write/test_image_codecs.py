"""Image codecs and colour spaces under an area: every decoder in the fallback chain
(qpdf, qpdf with cleaned /DecodeParms, Pillow for DCT and JPEG 2000, pikepdf for JBIG2,
PDFium), the samples painted, the rest unchanged, and the original image or form gone
from the file. Small hand-made images; one image per page, placed at (100, 500) 200 x 100
pt, the area over its left half."""
import io
import shutil
import zlib

import numpy as np
import pikepdf
import pytest
from PIL import Image

from redactor.errors import UnsupportedPdfError
from redactor.models import RedactionArea, Rect
from redactor.write import images, redact_pdf

N = pikepdf.Name
W, H = 40, 20                                       # pixels
AREA = Rect(90, 490, 200, 610)                      # covers image columns 0..19 (and a margin)
LEFT = (slice(None), slice(0, W // 2))
RIGHT = (slice(None), slice(W // 2 + 1, None))      # one column of slack at the edge


def _rng(seed=0):
    return np.random.default_rng(seed)


def _pdf_with(tmp_path, make, name="img.pdf", extra_content=b""):
    """A one-page PDF whose image /Im is made by make(pdf) -> stream."""
    pdf = pikepdf.new()
    pg = pdf.add_blank_page(page_size=(400, 700))
    img = make(pdf)
    pg.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=img))
    pg.obj.Contents = pdf.make_stream(b"q 200 0 0 100 100 500 cm /Im Do Q " + extra_content)
    path = tmp_path / name
    pdf.save(path)
    return path


def _redact(src, tmp_path, rects=(AREA,)):
    out = tmp_path / ("out-" + src.name)
    res = redact_pdf(src, out, [RedactionArea(0, list(rects), "5.1.2e")])
    return out, res


_OPEN: list = []


def _only_image(path):
    """The single image XObject the page draws, and every image stream in the file."""
    pdf = pikepdf.open(path)
    _OPEN.append(pdf)             # the objects handed back live as long as their Pdf
    pg = pdf.pages[0]
    used = [str(i.operands[0]) for i in pikepdf.parse_content_stream(pg.obj) if str(i.operator) == "Do"]
    assert len(used) == 1
    xo = pg.Resources.XObject
    assert list(xo.keys()) == used, "the original image is still in the page's resources"
    all_imgs = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == N.Image]
    return pdf, xo[used[0]], all_imgs


def _samples(img, shape):
    r = images.decode(img)
    dtype = ">u2" if r.bpc == 16 else np.uint8
    return np.frombuffer(r.data, dtype=dtype)[: int(np.prod(shape))].reshape(shape)


# ------------------------------------------------------------------ DCT
def _jpeg(arr, mode, **kw):
    buf = io.BytesIO()
    Image.fromarray(arr, mode).save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


def _smooth(seed, ch):
    """A smooth picture (what JPEG is for): gradients plus a little noise."""
    y, x = np.mgrid[0:H, 0:W]
    base = [(x * 5 + y * 3 + 40 * k) % 256 for k in range(ch)]
    arr = np.stack(base, axis=-1) + _rng(seed).integers(0, 8, size=(H, W, ch))
    return np.clip(arr, 0, 255).astype(np.uint8).squeeze()


@pytest.mark.parametrize("parms", [
    pikepdf.Dictionary(Predictor=1, Colors=1, Columns=W, BitsPerComponent=8),   # as a scanner wrote it
    pikepdf.Dictionary(ColorTransform=1, Predictor=2),
], ids=["predictor", "mixed"])
def test_dct_with_parameters_qpdf_refuses(tmp_path, parms):
    arr = _smooth(1, 1)
    data = _jpeg(arr, "L")
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        data, Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ColorSpace=N.DeviceGray,
        BitsPerComponent=8, Filter=N.DCTDecode, DecodeParms=parms))
    with pikepdf.open(src) as pdf:
        with pytest.raises(pikepdf.PdfError):
            pdf.pages[0].Resources.XObject.Im.read_bytes(decode_level=pikepdf.StreamDecodeLevel.all)
    out, res = _redact(src, tmp_path)
    assert res.images_changed == 1
    pdf, img, all_imgs = _only_image(out)
    assert len(all_imgs) == 1
    got = _samples(img, (H, W)).astype(int)
    orig = np.asarray(Image.open(io.BytesIO(data)), dtype=int)
    assert got[LEFT].max() - got[LEFT].min() <= 2 * images._JPEG_TOL
    assert np.abs(got[:, W // 2 + 8:] - orig[:, W // 2 + 8:]).max() <= 12     # JPEG again, own tables


def test_dct_behind_flate_with_null_parameters(tmp_path):
    """[/FlateDecode /DCTDecode] with /DecodeParms [null << >>] (a real Wob letter)."""
    arr = _smooth(2, 3)
    data = zlib.compress(_jpeg(arr, "RGB"))
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        data, Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ColorSpace=N.DeviceRGB, BitsPerComponent=8,
        Filter=pikepdf.Array([N.FlateDecode, N.DCTDecode]), DecodeParms=pikepdf.Array([None, pikepdf.Dictionary()])))
    out, res = _redact(src, tmp_path)
    _, img, _ = _only_image(out)
    got = _samples(img, (H, W, 3)).astype(int)
    assert got[LEFT].max() - got[LEFT].min() <= 2 * images._JPEG_TOL


def test_cmyk_jpeg_through_pillow_keeps_the_stored_values(tmp_path):
    """Pillow inverts Adobe CMYK JPEGs; the DCT filter in PDF does not (the image's
    /Decode says what the values mean). The fallback must hand over what qpdf would."""
    arr = _rng(3).integers(0, 256, size=(H, W, 4)).astype(np.uint8)
    data = _jpeg(arr, "CMYK")
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        data, Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ColorSpace=N.DeviceCMYK, BitsPerComponent=8,
        Filter=N.DCTDecode, Decode=pikepdf.Array([1, 0] * 4), DecodeParms=pikepdf.Dictionary(Predictor=1)))
    scratch = pikepdf.new()
    plain = scratch.make_stream(data, Width=W, Height=H, ColorSpace=N.DeviceCMYK, BitsPerComponent=8, Filter=N.DCTDecode)
    want = np.frombuffer(plain.read_bytes(decode_level=pikepdf.StreamDecodeLevel.all), np.uint8).reshape(H, W, 4)
    with pikepdf.open(src) as pdf:
        r = images._via_codec(pdf.pages[0].Resources.XObject.Im, W, H, ["/DCTDecode"], False)
    assert r.how == "Pillow (JPEG)"
    assert np.array_equal(np.frombuffer(r.data, np.uint8).reshape(H, W, 4), want)
    out, _ = _redact(src, tmp_path)
    _, img, _ = _only_image(out)
    assert img.Filter == N.FlateDecode and list(img.Decode) == [1, 0] * 4
    got = _samples(img, (H, W, 4))
    assert (got[LEFT] == 0).all()
    assert np.array_equal(got[RIGHT], want[RIGHT])


# ------------------------------------------------------------------ JPEG 2000
@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA"])
def test_jpeg2000(tmp_path, mode):
    ch = {"L": 1, "RGB": 3, "RGBA": 4}[mode]
    arr = _rng(4).integers(0, 256, size=(H, W, ch)).astype(np.uint8).squeeze()
    buf = io.BytesIO()
    Image.fromarray(arr, mode).save(buf, "JPEG2000", irreversible=False)
    extra = {"SMaskInData": 1} if mode == "RGBA" else {}
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        buf.getvalue(), Type=N.XObject, Subtype=N.Image, Width=W, Height=H, Filter=N.JPXDecode,
        Decode=pikepdf.Array([1, 0] * min(ch, 3)), **extra), name=f"jpx-{mode}.pdf")
    out, res = _redact(src, tmp_path)
    _, img, _ = _only_image(out)
    assert img.Filter == N.FlateDecode and img.BitsPerComponent == 8
    assert img.ColorSpace == (N.DeviceGray if ch == 1 else N.DeviceRGB)
    assert "/Decode" not in img            # meaningless for JPX, it would invert Flate samples
    got = _samples(img, (H, W, min(ch, 3))).squeeze()
    color = arr[..., :3] if ch == 4 else arr
    assert (got[LEFT] == 0).all()
    assert np.array_equal(got[RIGHT], color[RIGHT])
    if mode == "RGBA":
        sm = np.asarray(pikepdf.PdfImage(img.SMask).as_pil_image())
        assert (sm[LEFT] == 0).all() and np.array_equal(sm[RIGHT], arr[..., 3][RIGHT])


# ------------------------------------------------------------------ JBIG2
def _jbig2_generic(bits: np.ndarray) -> bytes:
    """An embedded JBIG2 stream (page info, one immediate generic region coded with MMR,
    i.e. CCITT G4 from libtiff, end of page). bits: True = black."""
    import struct
    h, w = bits.shape
    buf = io.BytesIO()
    # libtiff's G4 coder for a mode "1" image writes min-is-black: code the inverse
    Image.fromarray(np.where(bits, 255, 0).astype(np.uint8)).convert("1").save(buf, "TIFF", compression="group4")
    t = Image.open(io.BytesIO(buf.getvalue()))
    off, cnt = t.tag_v2[273][0], t.tag_v2[279][0]
    g4 = buf.getvalue()[off:off + cnt]

    def seg(num, typ, data):
        return struct.pack(">IBBBI", num, typ, 0, 1, len(data)) + data

    page = struct.pack(">IIIIBH", w, h, 0, 0, 0, 0)
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + b"\x01" + g4
    return seg(0, 48, page) + seg(1, 38, region) + seg(2, 49, b"")


def _jbig2_pdf(tmp_path):
    bits = _rng(5).random((H, W)) > 0.6
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        _jbig2_generic(bits), Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ColorSpace=N.DeviceGray,
        BitsPerComponent=1, Filter=N.JBIG2Decode), name="jbig2.pdf")
    return src, bits


def _check_jbig2(out, bits, gray8=False):
    _, img, _ = _only_image(out)
    if gray8:     # PDFium: 8-bit gray, 0 = black
        got = _samples(img, (H, W)) == 0
    else:         # JBIG2Decode output: 0 = black (DeviceGray)
        got = np.unpackbits(_samples(img, (H, (W + 7) // 8)), axis=1)[:, :W] == 0
    assert got[LEFT].all() or (~got[LEFT]).all()
    assert np.array_equal(got[RIGHT], bits[RIGHT])


@pytest.mark.skipif(not shutil.which("jbig2dec"), reason="jbig2dec not installed (scripts/setup.sh)")
def test_jbig2_through_jbig2dec(tmp_path):
    src, bits = _jbig2_pdf(tmp_path)
    out, res = _redact(src, tmp_path)
    assert not any("PDFium" in w for w in res.warnings)
    _check_jbig2(out, bits)


def test_jbig2_without_jbig2dec_falls_back_to_pdfium(tmp_path, monkeypatch):
    import pikepdf.jbig2 as jb

    class Missing(jb.JBIG2DecoderInterface):
        def check_available(self):
            raise jb.DependencyError("jbig2dec - not installed or not found")

        def decode_jbig2(self, jbig2, jbig2_globals):
            raise jb.DependencyError("jbig2dec - not installed or not found")

    saved = jb.get_decoder()
    jb.set_decoder(Missing())
    try:
        src, bits = _jbig2_pdf(tmp_path)
        out, res = _redact(src, tmp_path)
    finally:
        jb.set_decoder(saved)
    assert any("PDFium" in w for w in res.warnings)
    _check_jbig2(out, bits, gray8=True)


# ------------------------------------------------------------------ colour spaces, depths, masks
def _flate_image(pdf, raw: bytes, cs, bpc, **kw):
    return pdf.make_stream(zlib.compress(raw), Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ColorSpace=cs,
                           BitsPerComponent=bpc, Filter=N.FlateDecode, **kw)


def _srgb_icc() -> bytes:
    from PIL import ImageCms
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


CASES = {
    # name: (colour space builder, bits, components)
    "indexed-2bit": (lambda pdf: pikepdf.Array([N.Indexed, N.DeviceRGB, 3, pikepdf.String(bytes(range(12)))]), 2, 1),
    "rgb-16bit": (lambda pdf: N.DeviceRGB, 16, 3),
    "lab": (lambda pdf: pikepdf.Array([N.Lab, pikepdf.Dictionary(WhitePoint=[0.9505, 1, 1.089], Range=[-100, 100, -100, 100])]), 8, 3),
    "calrgb": (lambda pdf: pikepdf.Array([N.CalRGB, pikepdf.Dictionary(WhitePoint=[0.9505, 1, 1.089])]), 8, 3),
    "iccbased": (lambda pdf: pikepdf.Array([N.ICCBased, pdf.make_stream(_srgb_icc(), N=3, Alternate=N.DeviceRGB)]), 8, 3),
    "separation-4bit": (lambda pdf: pikepdf.Array([N.Separation, N("/Spot"), N.DeviceGray, pdf.make_stream(
        b"{1 exch sub}", FunctionType=4, Domain=[0, 1], Range=[0, 1])]), 4, 1),
}


@pytest.mark.parametrize("case", list(CASES))
def test_colour_spaces_and_depths(tmp_path, case):
    make_cs, bpc, ncomp = CASES[case]
    maxv = (1 << bpc) - 1
    vals = _rng(6).integers(0, maxv + 1, size=(H, W, ncomp))
    if bpc == 16:
        raw = vals.astype(">u2").tobytes()
    elif bpc == 8:
        raw = vals.astype(np.uint8).tobytes()
    else:
        bits = np.unpackbits(vals.astype(np.uint8)[..., None], axis=-1)[..., 8 - bpc:].reshape(H, W * ncomp * bpc)
        raw = np.packbits(bits, axis=1).tobytes()
    src = _pdf_with(tmp_path, lambda pdf: _flate_image(pdf, raw, make_cs(pdf), bpc), name=f"{case}.pdf")
    out, res = _redact(src, tmp_path)
    _, img, _ = _only_image(out)
    assert int(img.BitsPerComponent) == bpc and img.ColorSpace is not None
    r = images.decode(img)
    if bpc >= 8:
        got = np.frombuffer(r.data, dtype=">u2" if bpc == 16 else np.uint8).reshape(H, W, ncomp)
    else:
        rowbytes = (W * ncomp * bpc + 7) // 8
        bits = np.unpackbits(np.frombuffer(r.data, np.uint8).reshape(H, rowbytes), axis=1)[:, : W * ncomp * bpc]
        got = np.packbits(np.concatenate([np.zeros((H, W * ncomp, 8 - bpc), np.uint8),
                                          bits.reshape(H, W * ncomp, bpc)], axis=2), axis=2).reshape(H, W, ncomp)
    assert (got[LEFT] == 0).all()
    assert np.array_equal(got[RIGHT], vals[RIGHT])


@pytest.mark.parametrize("decode", [None, [1, 0]])
def test_stencil_mask(tmp_path, decode):
    bits = _rng(7).random((H, W)) > 0.5
    raw = np.packbits(bits, axis=1).tobytes()
    kw = {"Decode": pikepdf.Array(decode)} if decode else {}
    src = _pdf_with(tmp_path, lambda pdf: pdf.make_stream(
        zlib.compress(raw), Type=N.XObject, Subtype=N.Image, Width=W, Height=H, ImageMask=True,
        Filter=N.FlateDecode, **kw), name=f"stencil-{bool(decode)}.pdf")
    out, _ = _redact(src, tmp_path)
    _, img, _ = _only_image(out)
    got = np.unpackbits(_samples(img, (H, (W + 7) // 8)), axis=1)[:, :W].astype(bool)
    unpainted = False if decode else True         # the sample value that leaves the page alone
    assert (got[LEFT] == unpainted).all()
    assert np.array_equal(got[RIGHT], bits[RIGHT])


# ------------------------------------------------------------------ originals leave the file
def test_original_image_and_form_are_not_left_in_the_file(tmp_path):
    """A painted image, a rewritten form: the originals were kept in the page's resources
    (so in the file, for anyone listing the page's images) although nothing drew them."""
    pdf = pikepdf.new()
    pg = pdf.add_blank_page(page_size=(400, 700))
    secret_px = _rng(8).integers(0, 256, size=(H, W)).astype(np.uint8)
    img = _flate_image(pdf, secret_px.tobytes(), N.DeviceGray, 8)
    font = pdf.make_indirect(pikepdf.Dictionary(Type=N.Font, Subtype=N.Type1, BaseFont=N.Helvetica,
                                                Encoding=N.WinAnsiEncoding))
    form = pdf.make_stream(b"BT /F1 12 Tf 0 2 Td (Geheim: Hendrika Ovink) Tj ET", Type=N.XObject, Subtype=N.Form,
                           BBox=[0, 0, 300, 20], Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)))
    twice = _flate_image(pdf, secret_px[::-1].tobytes(), N.DeviceGray, 8)
    pg.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=img, Fm=form, Tw=twice))
    pg.obj.Contents = pdf.make_stream(b"q 200 0 0 100 100 500 cm /Im Do Q q 1 0 0 1 95 300 cm /Fm Do Q "
                                      b"q 200 0 0 100 100 100 cm /Tw Do Q q 40 0 0 20 300 640 cm /Tw Do Q")
    src = tmp_path / "originals.pdf"
    pdf.save(src)
    areas = [RedactionArea(0, [AREA, Rect(90, 295, 400, 320), Rect(90, 90, 200, 210)], "5.1.2e")]
    out = tmp_path / "out.pdf"
    res = redact_pdf(src, out, areas)
    assert res.images_changed == 2
    with pikepdf.open(out) as o:
        blob = b"".join(x.read_bytes() for x in o.objects if isinstance(x, pikepdf.Stream)
                        and x.get("/Subtype") != N.Image)
        raws = [x.read_bytes() for x in o.objects if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == N.Image]
        names = set(o.pages[0].Resources.XObject.keys())
    assert b"Ovink" not in blob
    assert secret_px.tobytes() not in raws                  # the painted image replaced the original
    assert secret_px[::-1].tobytes() in raws                # still drawn, unpainted, at (300, 640)
    assert "/Im" not in names and "/Fm" not in names and "/Tw" in names


# ------------------------------------------------------------------ tiling patterns
def _pattern_page(tmp_path, cell: bytes, step: float, name: str):
    pdf = pikepdf.new()
    pg = pdf.add_blank_page(page_size=(400, 700))
    tile = _flate_image(pdf, _rng(9).integers(0, 256, size=(H, W)).astype(np.uint8).tobytes(), N.DeviceGray, 8)
    font = pdf.make_indirect(pikepdf.Dictionary(Type=N.Font, Subtype=N.Type1, BaseFont=N.Helvetica))
    pat = pdf.make_stream(cell, Type=N.Pattern, PatternType=1, PaintType=1, TilingType=1, BBox=[0, 0, step, step],
                          XStep=step, YStep=step, Resources=pikepdf.Dictionary(
                              XObject=pikepdf.Dictionary(T=tile), Font=pikepdf.Dictionary(F1=font)))
    pg.obj.Resources = pikepdf.Dictionary(Pattern=pikepdf.Dictionary(P0=pat),
                                          Font=pikepdf.Dictionary(F1=font))
    pg.obj.Contents = pdf.make_stream(b"q /Pattern cs /P0 scn 50 50 300 100 re f Q "
                                      b"BT /F1 12 Tf 100 600 Td (Jan de Vries belde) Tj ET")
    src = tmp_path / name
    pdf.save(src)
    return src


def test_tiling_pattern_texture_is_no_reason_to_fail(tmp_path):
    src = _pattern_page(tmp_path, b"q 3.4 0 0 3.4 0 0 cm /T Do Q", 3.4, "texture.pdf")
    out, res = _redact(src, tmp_path, [Rect(95, 595, 170, 615)])
    assert res.glyphs_removed > 0


@pytest.mark.parametrize("cell,step", [(b"BT /F1 8 Tf 0 1 Td (Jan) Tj ET", 20.0),
                                       (b"q 300 0 0 100 0 0 cm /T Do Q", 300.0)], ids=["text", "large-cell"])
def test_tiling_pattern_that_can_hold_something_fails_closed(tmp_path, cell, step):
    src = _pattern_page(tmp_path, cell, step, "risky.pdf")
    with pytest.raises(UnsupportedPdfError, match="tiling pattern"):
        _redact(src, tmp_path, [Rect(95, 595, 170, 615)])
