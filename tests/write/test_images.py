"""Image pixels under an area are painted in the image data (XObjects, inline images,
SMask), for Flate, DCT, CCITT and /Decode-inverted images, and rotated placements."""
import numpy as np
import pikepdf
import pytest
from fixtures.write_producers import CONTROL, SECRET
from helpers import all_bytes, assert_gone, assert_kept, assert_positions, assert_render_same, find_areas

from redactor.errors import UnsupportedPdfError
from redactor.models import RedactionArea, Rect
from redactor.write import redact_pdf

ROWS = {"Im1": 760, "Im2": 680, "Im3": 600, "Im4": 520, "Im6": 200}     # image bottoms, 200 x 60 pt at x 300


def _pixels(obj) -> np.ndarray:
    return np.asarray(pikepdf.PdfImage(obj).as_pil_image().convert("L"), dtype=np.int16)


def _region(arr, area: Rect, x0, y0, w=200.0, h=60.0):
    """Pixels of an image placed at (x0, y0, w, h) that lie well inside `area`."""
    H, W = arr.shape
    c0 = int(np.ceil((max(area.x0, x0) - x0) / w * W)) + 1
    c1 = int((min(area.x1, x0 + w) - x0) / w * W) - 1
    r0 = int(np.ceil((y0 + h - min(area.y1, y0 + h)) / h * H)) + 1
    r1 = int((y0 + h - max(area.y0, y0)) / h * H) - 1
    assert c1 > c0 and r1 > r0
    return arr[r0:r1, c0:c1], (r0, r1, c0, c1)


@pytest.fixture(scope="module")
def redacted(case_pdf, tmp_path_factory):
    src = case_pdf("images")
    areas = find_areas(src, SECRET)
    assert len(areas) == 5
    areas += [RedactionArea(0, [Rect(380, 400, 440, 450)], "5.1.2e"),     # rotated image
              RedactionArea(0, [Rect(330, 310, 390, 340)], "5.1.2e")]     # inline image
    out = tmp_path_factory.mktemp("img") / "images.pdf"
    res = redact_pdf(src, out, areas)
    return src, out, areas, res


def test_image_pixels_painted(redacted):
    src, out, areas, res = redacted
    assert res.images_changed == 7
    with pikepdf.open(src) as a, pikepdf.open(out) as b:
        xa, xb = a.pages[0].Resources.XObject, b.pages[0].Resources.XObject
        used = [str(i.operands[0]) for i in pikepdf.parse_content_stream(b.pages[0].obj) if str(i.operator) == "Do"]
        assert len(used) == 7 and all(n.startswith("/RdxX") for n in used)
        order = [0, 1, 2, 3, 4]        # Do order: the five rows, then the rotated and the inline image
        for k, (name, y) in enumerate(ROWS.items()):
            area = areas[k].rects[0]
            before, after = _pixels(xa["/" + name]), _pixels(xb[used[order[k]]])
            reg_a, _ = _region(before, area, 300, y)
            reg_b, (r0, r1, c0, c1) = _region(after, area, 300, y)
            assert reg_a.std() > 10, f"{name}: the fixture must have detail under the area"
            assert reg_b.max() == reg_b.min(), f"{name}: pixels under the area are not one colour"
            keep = np.ones(after.shape, dtype=bool)
            keep[max(0, r0 - 3):r1 + 3, max(0, c0 - 3):c1 + 3] = False
            assert np.array_equal(before[keep], after[keep]) or name == "Im2", f"{name}: pixels outside changed"
            assert xb[used[order[k]]].get("/Filter") == pikepdf.Name.FlateDecode
        smask = _pixels(xb[used[0]].SMask)
        reg, _ = _region(smask, areas[0].rects[0], 300, 760)
        assert reg.max() == reg.min()
        assert xa["/Im1"].read_raw_bytes() == xa["/Im5"].read_raw_bytes()   # the original is left alone


def test_inline_image_replaced(redacted, case_pdf):
    src, out, areas, _ = redacted
    blob_a, blob_b = all_bytes(src), all_bytes(out)
    with pikepdf.open(src) as a:
        inl = [i for i in pikepdf.parse_content_stream(a.pages[0].obj) if isinstance(i, pikepdf.ContentStreamInlineImage)]
        raw = inl[0].iimage.read_raw_bytes()
    assert raw in blob_a and raw not in blob_b
    with pikepdf.open(out) as b:
        assert not any(isinstance(i, pikepdf.ContentStreamInlineImage) for i in pikepdf.parse_content_stream(b.pages[0].obj))


def test_image_page_renders_same_outside(redacted, tmp_path):
    src, out, areas, _ = redacted
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas)
    # DCT re-encoded losslessly renders exactly too; painted pixels reach up to one image
    # pixel past the area (3 pt for the coarse inline image, ~1.5 pt for the rotated one)
    grown = [(0, Rect(r.x0 - g, r.y0 - g, r.x1 + g, r.y1 + g)) for r, g in ((areas[-2].rects[0], 2), (areas[-1].rects[0], 3))]
    assert_render_same(src, out, areas, tmp_path, extra=grown)


def test_scan_with_invisible_ocr_text(case_pdf, tmp_path):
    src = case_pdf("scanned_ocr")
    areas = find_areas(src, SECRET)
    assert len(areas) == 1
    out = tmp_path / "ocr.pdf"
    res = redact_pdf(src, out, areas)
    assert res.images_changed == 1 and res.glyphs_removed == len(SECRET)
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    with pikepdf.open(out) as b:
        name = [str(i.operands[0]) for i in pikepdf.parse_content_stream(b.pages[0].obj) if str(i.operator) == "Do"][0]
        img = _pixels(b.pages[0].Resources.XObject[name])
    with pikepdf.open(src) as a:
        orig = _pixels(a.pages[0].Resources.XObject.Scan)
    r = areas[0].rects[0]
    reg_b, _ = _region(img, r, 0, 0, 595.2, 841.9)
    reg_a, _ = _region(orig, r, 0, 0, 595.2, 841.9)
    assert reg_a.min() < 100 and reg_b.max() == reg_b.min()
    assert_render_same(src, out, areas, tmp_path)


def test_undecodable_image_fails_closed(tmp_path):
    pdf = pikepdf.new()
    pg = pdf.add_blank_page(page_size=(300, 300))
    img = pdf.make_stream(b"\x00\x01garbage", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=10,
                          Height=10, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=1,
                          Filter=pikepdf.Name.JBIG2Decode)
    pg.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=img))
    pg.obj.Contents = pdf.make_stream(b"q 100 0 0 100 50 50 cm /Im Do Q")
    src = tmp_path / "jbig2.pdf"
    pdf.save(src)
    out = tmp_path / "out.pdf"
    with pytest.raises(UnsupportedPdfError):
        redact_pdf(src, out, [RedactionArea(0, [Rect(60, 60, 90, 90)], "5.1.2e")])
    assert not out.exists() and not list(tmp_path.glob(".out.pdf*"))
    # an area elsewhere on the page does not need the image decoded
    redact_pdf(src, out, [RedactionArea(0, [Rect(200, 200, 250, 250)], "5.1.2e")])
    assert out.exists()


def test_vector_signature_removed(case_pdf, tmp_path):
    src = case_pdf("vector_signature")
    area = RedactionArea(0, [Rect(295, 480, 425, 580)], "5.1.2e")
    out = tmp_path / "vec.pdf"
    res = redact_pdf(src, out, [area])
    assert any("vector path" in w for w in res.warnings)
    with pikepdf.open(out) as pdf:
        data = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pdf.pages[0].obj))
    assert b"345 530" not in data and b"305 520" not in data        # the curves are gone
    assert b"72 530" in data and b"520 530" in data                  # the crossing rule stays
    assert_kept(out, CONTROL)
    assert_render_same(src, out, [area], tmp_path)


def test_ocrmypdf_text_layer(case_pdf, tmp_path):
    """What the OCR stage will produce: ocrmypdf's invisible text layer (a Form XObject
    with a glyphless Identity-H font) over the scan. Words and pixels both go."""
    import shutil
    import subprocess
    import sys

    if not shutil.which("tesseract"):
        pytest.skip("tesseract is not installed")
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        pytest.skip("ocrmypdf is not installed")
    pdf = pikepdf.open(case_pdf("scanned_ocr"))
    pg = pdf.pages[0]
    pg.obj.Contents = pdf.make_stream(b"q 595.2 0 0 841.9 0 0 cm /Scan Do Q")   # the scan alone
    scan = tmp_path / "scan.pdf"
    pdf.save(scan)
    src = tmp_path / "ocr.pdf"
    r = subprocess.run([sys.executable, "-m", "ocrmypdf", "-q", "-l", "nld", "--output-type", "pdf", str(scan), str(src)],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        pytest.skip(f"ocrmypdf failed here: {r.stderr[-300:]}")
    areas = find_areas(src, SECRET)
    assert len(areas) == 1
    out = tmp_path / "out.pdf"
    res = redact_pdf(src, out, areas)
    assert res.images_changed == 1 and res.glyphs_removed >= len(SECRET.replace(" ", ""))
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas)
    assert_render_same(src, out, areas, tmp_path)
