"""OCR of scanned pages: words, boxes in user space for every page geometry, text offsets."""
import pikepdf
import pytest

import scanlib as S
from redactor.extract import extract_pdf
from redactor.extract.ocr import ocr_document
from redactor.extract.affine import map_rect, user_to_display


def _display(page, w):
    return map_rect(user_to_display(page), *w.box.as_tuple())


def _find(doc, text):
    return [w for w in doc.words() if w.text.strip(",.") == text]


def _consistent(doc):
    assert all(doc.text[w.start:w.end] == w.text for w in doc.words())
    starts = [w.start for w in doc.words()]
    assert starts == sorted(starts)


def test_copier_layer_page_is_marked_and_read(copier_doc):
    before, doc = copier_doc
    assert before.pages[0].ocr_reason == "bestaande OCR-laag (niet vertrouwd)"
    page = doc.pages[0]
    assert page.ocr and page.words
    # the copier's words are gone: only what is visible on the scan was read
    assert S.COPIER_MARKER not in doc.text
    for word in ["omgevingsvergunning", "dakkapel", "Vergunningverlener", S.SECRET_LAST]:
        assert word in doc.text, word
    assert all(w.confidence is not None and 0 <= w.confidence <= 100 for w in page.words)
    _consistent(doc)
    # layout.assemble shape: lines separated by \n, words by a space
    assert "Met vriendelijke groet," in doc.text
    assert f"met {S.SECRET}, die" in doc.text


@pytest.mark.parametrize("layout,fmt", [("plain", "jpeg"), ("rotate90", "jpeg"), ("matrix", "flate"),
                                        ("offset", "bilevel")])
def test_boxes_map_back_to_the_page(ocr_dir, letter, layout, fmt):
    """A word's OCR box, shown on the displayed page, is where the letter drew it."""
    src, _ = letter
    orig = extract_pdf(src)
    img = S.rasterise(src, noise=4)
    path = ocr_dir / f"geom_{layout}_{fmt}.pdf"
    S.scan_pdf(path, [img], layout=layout, fmt=fmt)
    doc = ocr_document(extract_pdf(path))
    page = doc.pages[0]
    assert page.ocr
    shift = 10.0 if layout == "offset" else 0.0      # the CropBox is inset by 10 pt
    for text in ["Vergunningverlener", "omgevingsvergunning"]:
        (o,) = _find(orig, text)
        (w,) = _find(doc, text)
        a, b = _display(orig.pages[0], o), _display(page, w)
        assert abs(a.x0 - shift - b.x0) < 2.5 and abs(a.x1 - shift - b.x1) < 2.5, (text, a, b)
        assert abs(a.y1 - shift - b.y1) < 2.5, (text, a, b)
        # the OCR box lies on the text: it starts within the glyph box height
        assert b.y0 > a.y0 - shift - 4
        expected_dir = 90 if layout == "rotate90" else 0
        assert w.direction == expected_dir
    _consistent(doc)


def test_char_edges_give_sub_boxes(copier_doc):
    _, doc = copier_doc
    (w,) = [w for w in doc.words() if w.text == "Vergunningverlener"]
    assert len(w.char_edges) == len(w.text) + 1
    first = w.sub_box(0, 10)          # "Vergunning"
    assert w.box.x0 <= first.x0 < first.x1 < w.box.x1
    assert 0.45 < first.width / w.box.width < 0.65


def test_rendered_page_with_rotation(ocr_dir, letter):
    """A page that is not a single image is rendered (here: /Rotate 270 and an inline image)."""
    src, _ = letter
    img = S.rasterise(src, noise=4)
    path = ocr_dir / "rendered.pdf"
    S.scan_pdf(path, [img], layout="rotate270")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        page.contents_add(pdf.make_stream(b"q 20 0 0 20 20 20 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\x80\x80\x00 EI Q\n"),
                          prepend=False)
        pdf.save(path)
    before = extract_pdf(path)
    from redactor.extract.ocr import _Sources, page_image
    src_ = _Sources(path)
    try:
        assert page_image(src_, before.pages[0]).source == "rendered"
    finally:
        src_.close()
    doc = ocr_document(before)
    page = doc.pages[0]
    assert page.rotation == 270
    orig = extract_pdf(src)
    for text in ["Vergunningverlener", "omgevingsvergunning"]:
        (o,) = _find(orig, text)
        (w,) = _find(doc, text)
        assert w.direction == 270
        a, b = _display(orig.pages[0], o), _display(page, w)
        assert abs(a.x0 - b.x0) < 2.5 and abs(a.x1 - b.x1) < 2.5 and abs(a.y1 - b.y1) < 2.5, (text, a, b)
    _consistent(doc)


def test_mixed_document_keeps_born_digital_words(ocr_dir, letter):
    src, _ = letter
    img = S.rasterise(src, angle=0.5, noise=5)
    scan = ocr_dir / "mixed_scan.pdf"
    S.scan_pdf(scan, [img])
    mixed = ocr_dir / "mixed.pdf"
    with pikepdf.open(src) as a, pikepdf.open(scan) as b:
        out = pikepdf.new()
        out.pages.append(a.pages[0])
        out.pages.append(b.pages[0])
        out.pages.append(a.pages[0])
        out.save(mixed)
    before = extract_pdf(mixed)
    assert [bool(p.ocr_reason) for p in before.pages] == [False, True, False]
    doc = ocr_document(before)
    assert [p.ocr for p in doc.pages] == [False, True, False]
    for i in (0, 2):
        old, new = before.pages[i].words, doc.pages[i].words
        assert [(w.text, w.box, w.char_edges) for w in old] == [(w.text, w.box, w.char_edges) for w in new]
    _consistent(doc)
    # lines numbered through the document, the text of page 3 the same as before
    lines = [w.line for w in doc.words()]
    assert lines == sorted(lines)
    p3_old = before.text[before.pages[2].words[0].start:before.pages[2].words[-1].end]
    p3_new = doc.text[doc.pages[2].words[0].start:doc.pages[2].words[-1].end]
    assert p3_old == p3_new
    assert doc.text.count("Vergunningverlener") == 3


def test_sideways_scan_is_turned(ocr_dir, letter):
    """A page scanned sideways (content turned, no /Rotate) is found by orientation detection."""
    src, _ = letter
    img = S.rasterise(src).transpose(S.Image.Transpose.ROTATE_90)
    path = ocr_dir / "sideways.pdf"
    S.scan_pdf(path, [img])
    doc = ocr_document(extract_pdf(path))
    assert "Vergunningverlener" in doc.text
    (w,) = _find(doc, "Vergunningverlener")
    assert w.box.height > w.box.width          # reads along y in user space
    _consistent(doc)


def test_strongly_skewed_scan_is_straightened(ocr_dir, letter):
    """6 degrees: Tesseract alone loses lines; the page is straightened, and the boxes (mapped
    back through the turn) still cover the words where the skewed scan shows them."""
    import math
    src, _ = letter
    angle = 6.0
    img = S.rasterise(src, angle=angle, noise=5)
    path = ocr_dir / "skew6.pdf"
    S.scan_pdf(path, [img])
    doc = ocr_document(extract_pdf(path))
    for word in ["omgevingsvergunning", "Vergunningverlener", S.SECRET_LAST, "dakkapel"]:
        assert word in doc.text, word
    orig = extract_pdf(src)
    page = doc.pages[0]
    W, H = page.width, page.height
    t = math.radians(angle)
    for text in ["Vergunningverlener", "omgevingsvergunning"]:
        (o,) = _find(orig, text)
        (w,) = _find(doc, text)
        a = _display(orig.pages[0], o)
        # where PIL's turn (counter-clockwise about the centre) put the word's ends
        for px in (a.x0 + 2, a.x1 - 2):
            x, y = px - W / 2, (a.y0 + a.y1) / 2 - H / 2
            rx, ry = x * math.cos(t) + y * math.sin(t) + W / 2, -x * math.sin(t) + y * math.cos(t) + H / 2
            b = _display(page, w)
            assert b.x0 - 1 <= rx <= b.x1 + 1 and b.y0 - 1 <= ry <= b.y1 + 1, (text, (rx, ry), b)
    _consistent(doc)
