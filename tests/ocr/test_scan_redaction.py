"""A scanned letter through OCR → findings → areas → writer → text layer.

The writer (branch `writer`) paints areas into image pixels; until it is on main, the tests
use `scanlib.paint_areas`, a stand-in for image-only pages, and run the real writer as well
when `redactor.write.redact_pdf` exists.
"""
import re
import shutil

import pikepdf
import pytest

import scanlib as S
from redactor.areas import decision_areas
from redactor.detect.signatures import find_signatures
from redactor.errors import SelfCheckError
from redactor.models import Action, Decision, Finding, Label, RedactionArea, Rect
from redactor.write.textlayer import add_text_layer
from redactor.write.textlayer_verify import verify_text_layer

try:
    from redactor.write import redact_pdf as _real_writer
except ImportError:
    _real_writer = None

WRITERS = ["stand-in"] + (["writer"] if _real_writer else [])


def _decisions(doc):
    """Redact every mention of the invented civil servant and citizen, and the signature."""
    out = []
    for name in (S.SECRET, S.SECRET_LAST, S.SECRET_FIRST, S.CITIZEN):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            f = Finding(doc.id, m.start(), m.end(), m.group(0), Label.PERSON, "test", 1.0, "test")
            out.append(Decision(f, Action.REDACT, "5.1.2e", "test", "rule:test"))
    sigs = find_signatures(doc)
    assert len(sigs) == 1, sigs
    out += [Decision(f, Action.REDACT, "5.1.2e", "test", "rule:test") for f in sigs]
    return out


@pytest.fixture(scope="module", params=WRITERS)
def redacted(request, ocr_dir, copier_scan, copier_doc):
    src, info = copier_scan
    _, doc = copier_doc
    decisions = _decisions(doc)
    areas = decision_areas(doc, decisions)
    out = ocr_dir / f"redacted-{request.param}.pdf"
    if request.param == "writer":
        _real_writer(src, out, areas)
    else:
        S.paint_areas(src, out, areas)
    result = add_text_layer(out, doc, areas)
    return out, doc, areas, result, info


def test_secret_not_readable_by_ocr_of_output(redacted):
    out, *_ = redacted
    text = S.ocr_text(out)
    assert "Vergunningverlener" in text            # the page is still readable
    for secret in (S.SECRET_LAST, S.SECRET_FIRST, "Hazelhoff", "Brink"):
        assert secret not in text, secret
        assert secret.lower()[:6] not in text.lower(), secret


def test_pixels_under_every_box_are_uniform(redacted):
    out, doc, areas, *_ = redacted
    from redactor.extract.affine import invert
    a, px_to_user = S.page_pixels(out, 0)
    to_px = invert(px_to_user)
    n = 0
    for area in areas:
        for r in area.rects:
            xs = [to_px[0] * x + to_px[2] * y + to_px[4] for x in (r.x0, r.x1) for y in (r.y0, r.y1)]
            ys = [to_px[1] * x + to_px[3] * y + to_px[5] for x in (r.x0, r.x1) for y in (r.y0, r.y1)]
            block = a[int(min(ys)) + 1:int(max(ys)) - 1, int(min(xs)) + 1:int(max(xs)) - 1]
            assert block.size > 0
            # A JPEG scan is written again as JPEG: the 8x8 blocks straddling the area's edge
            # ring with the kept pixels outside it (a function of those only, so nothing of
            # what was painted over). Within 12 levels at the edge, flat a block inside.
            assert int(block.max()) - int(block.min()) <= 12, (r, block.min(), block.max())
            inner = block[8:-8, 8:-8]
            if inner.size:
                assert int(inner.max()) - int(inner.min()) <= 2, (r, inner.min(), inner.max())
            n += 1
    assert n >= 5


def test_signature_image_covered(redacted):
    out, doc, areas, _, info = redacted
    x0, top, x1, bottom = info["signature"]
    H = doc.pages[0].height
    sig = Rect(x0, H - bottom, x1, H - top)
    rects = [r for a in areas for r in a.rects]
    covering = [r for r in rects if r.intersects(sig)]
    assert covering
    # the ink of the drawn squiggle lies within the area (the image has white margins)
    a, px_to_user = S.page_pixels(out, 0)
    from redactor.extract.affine import invert
    to_px = invert(px_to_user)
    xs = [to_px[0] * x + to_px[2] * y + to_px[4] for x in (sig.x0, sig.x1) for y in (sig.y0, sig.y1)]
    ys = [to_px[1] * x + to_px[3] * y + to_px[5] for x in (sig.x0, sig.x1) for y in (sig.y0, sig.y1)]
    region = a[int(min(ys)):int(max(ys)), int(min(xs)):int(max(xs))]
    # after painting: no mid-grey ink strokes left in the signature box (only paper or the box)
    ink = ((region > 30) & (region < 150)).mean()
    assert ink < 0.002, ink


def test_text_layer_has_kept_words_not_secrets(redacted):
    out, doc, areas, result, _ = redacted
    text = S.pdftotext(out)
    for kept in S.KEPT:
        assert kept in text, kept
    for secret in (S.SECRET_LAST, S.SECRET_FIRST, "Hazelhoff"):
        assert secret not in text
    assert result.words_withheld >= 5
    assert result.words_written > 50
    # invisible, and in a standard font
    with pikepdf.open(out) as pdf:
        page = pdf.pages[0]
        fonts = [f.get("/BaseFont") for f in page.resources.Font.values()]
        assert "/Helvetica" in [str(f) for f in fonts]


def test_copier_layer_is_gone(redacted):
    out, *_ = redacted
    text = S.pdftotext(out)
    assert S.COPIER_MARKER not in text
    with pikepdf.open(out) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    data = obj.read_bytes()
                except pikepdf.PdfError:
                    continue
                assert S.COPIER_MARKER.encode() not in data
                assert S.SECRET_LAST.encode() not in data


def test_layer_words_sit_on_their_ocr_boxes(redacted):
    out, doc, areas, *_ = redacted
    import pdfplumber
    with pdfplumber.open(out) as pdf:
        p = pdf.pages[0]
        words = p.extract_words()
    (ocr_w,) = [w for w in doc.words() if w.text == "omgevingsvergunning"]
    (w,) = [w for w in words if w["text"] == "omgevingsvergunning"]
    H = doc.pages[0].height
    assert abs(w["x0"] - ocr_w.box.x0) < 0.5 and abs(w["x1"] - ocr_w.box.x1) < 0.5
    assert abs((H - w["bottom"]) - ocr_w.box.y0) < 4


def test_verification_fails_closed(ocr_dir, copier_scan, copier_doc):
    """An area over a word that is in the layer, or an old layer left behind, is caught."""
    src, _ = copier_scan
    _, doc = copier_doc
    out = ocr_dir / "verify.pdf"
    shutil.copy(src, out)
    add_text_layer(out, doc, [])
    (w,) = [w for w in doc.words() if w.text == "dakkapel"][:1]
    words = [x for x in doc.pages[0].words]
    with pytest.raises(SelfCheckError):
        verify_text_layer(out, doc, {0: [w.box]}, {0: (words, sum(len(x.text) for x in words))})
    # the copier layer still in the file: the character count does not match
    with pytest.raises(SelfCheckError):
        verify_text_layer(src, doc, {}, {0: (words, sum(len(x.text) for x in words))})


def test_output_written_atomically(ocr_dir, copier_scan, copier_doc):
    src, _ = copier_scan
    _, doc = copier_doc
    out = ocr_dir / "atomic.pdf"
    shutil.copy(src, out)
    before = out.read_bytes()
    bad = [RedactionArea(page=5, rects=[Rect(0, 0, 10, 10)], ground="5.1.2e")]
    doc2 = __import__("dataclasses").replace(doc, pages=doc.pages * 2)   # page count mismatch
    with pytest.raises(SelfCheckError):
        add_text_layer(out, doc2, bad)
    assert out.read_bytes() == before
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".atomic")]
