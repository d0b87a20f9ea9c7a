"""Redaction of PDFs from real producers: the secret is gone from every extractor, the
decoded streams and the bytes; the control text stays; survivors keep their places; the
page renders the same outside the boxes."""
import pytest
from fixtures.write_producers import CONTROL, EMAIL, SECRET, SECRET2
from helpers import assert_gone, assert_kept, assert_positions, assert_render_same, find_areas

from redactor.write import redact_pdf

PRODUCERS = ["rl-std", "rl-ttf", "rl-ttf-liberation", "lo", "chromium"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_producer(producer, producer_pdfs, tmp_path):
    if producer not in producer_pdfs:
        pytest.skip(f"{producer}: the program that makes this fixture (soffice/chromium) is not installed")
    src = producer_pdfs[producer]
    assert_kept(src, CONTROL)
    for s in (SECRET, SECRET2):          # the test must be able to fail
        with pytest.raises(AssertionError):
            assert_gone(src, s, raw=False)
    areas = find_areas(src, SECRET) + find_areas(src, SECRET2) + find_areas(src, EMAIL)
    assert len(areas) >= 4
    out = tmp_path / "out.pdf"
    res = redact_pdf(src, out, areas)
    assert res.output == out and res.areas == len(areas)
    assert res.glyphs_removed >= len(SECRET.replace(" ", "")) * 2
    for s in (SECRET, SECRET2, EMAIL, "Verbrugge", "Hamelink"):
        assert_gone(out, s)
    assert_kept(out, CONTROL)
    assert_kept(out, "terug met een voorstel")
    assert_positions(src, out, areas)
    # LibreOffice: one kept glyph sits exactly on a half pixel at 72 dpi (see helpers)
    assert_render_same(src, out, areas, tmp_path, max_pixels=60 if producer == "lo" else 0)


def test_labels_are_real_text(producer_pdfs, tmp_path):
    import pdfplumber

    src = producer_pdfs["rl-std"]
    areas = find_areas(src, SECRET, ground="5.1.2e") + find_areas(src, SECRET2, ground="5.1.1e")
    out = tmp_path / "out.pdf"
    redact_pdf(src, out, areas)
    rects = [r for a in areas if a.page == 0 for r in a.rects]
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        chars = [c for c in page.chars
                 if any(r.x0 <= (c["x0"] + c["x1"]) / 2 <= r.x1 and r.y0 <= page.height - (c["top"] + c["bottom"]) / 2 <= r.y1
                        for r in rects)]
    assert "5.1.2e" in text and "5.1.1e" in text
    assert chars and {c["text"] for c in chars} <= set("5.12e")
    assert all(c["fontname"] == "Helvetica" and tuple(c["non_stroking_color"]) == (1,) for c in chars)
    out2 = tmp_path / "nolabel.pdf"
    redact_pdf(src, out2, areas, label_boxes=False)
    with pdfplumber.open(out2) as pdf:
        assert "5.1.2e" not in pdf.pages[0].extract_text()
        assert any(r["non_stroking_color"] in ((0,), (0.0,), 0, [0]) for r in pdf.pages[0].rects)
