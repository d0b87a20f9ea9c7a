"""The invisible text layer: encoding, placement for every direction, removal of old layers."""
import dataclasses

import pdfplumber
import pikepdf

from redactor.extract.layout import RawWord, assemble
from redactor.models import Document, Page, RedactionArea, Rect
from redactor.write.textlayer import add_text_layer
from redactor.write.textlayer_font import _Encoding


def _blank_pdf(path, rotate=0, form_text=None):
    pdf = pikepdf.new()
    content = b"q 1 g 0 0 595 842 re f Q\n"
    res = pikepdf.Dictionary()
    if form_text:
        font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Courier)
        form = pdf.make_stream(b"BT 3 Tr /F0 12 Tf 100 100 Td (" + form_text + b") Tj ET",
                               Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                               BBox=pikepdf.Array([0, 0, 595, 842]),
                               Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F0=font)))
        res.XObject = pikepdf.Dictionary(Fm0=form)
        content += b"/Fm0 Do\n"
        content += b"BT /F0 12 Tf 3 Tr 100 200 Td (Geheimnaam) ' 4 0 (x) \" ET\n"
        res.Font = pikepdf.Dictionary(F0=font)
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, 595, 842]),
                              Resources=res, Contents=pdf.make_stream(content))
    if rotate:
        page.Rotate = rotate
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)


def _doc(path, words_spec, rotation=0):
    raw = [RawWord(t, Rect(*box), 10.0, (), d, True) for t, box, d in words_spec]
    parts = []
    words, _, _ = assemble(0, raw, parts, 0, 0)
    words = [dataclasses.replace(w, confidence=90.0) for w in words]
    page = Page(0, 595, 842, rotation, Rect(0, 0, 595, 842), Rect(0, 0, 595, 842), words=words, ocr=True,
                ocr_reason="geen tekstlaag")
    return Document("t", path, "0" * 64, [page], "".join(parts))


def test_directions_and_letters(tmp_path):
    p = tmp_path / "dirs.pdf"
    _blank_pdf(p)
    doc = _doc(p, [("Yıldırım", (100, 700, 160, 712), 0),
                   ("Łukasz", (300, 400, 312, 440), 90),
                   ("Šárka", (400, 300, 440, 312), 180),
                   ("Øverby", (200, 200, 212, 250), 270)])
    res = add_text_layer(p, doc, [])
    assert res.words_written == 4
    with pdfplumber.open(p) as pdf:
        chars = pdf.pages[0].chars
    text = "".join(c["text"] for c in chars)
    for t in ("Yıldırım", "Łukasz", "Øverby"):
        assert all(ch in text for ch in t), (t, text)
    H = 842
    for w in doc.pages[0].words:
        # glyph boxes stand on the box bottom (the baseline of an OCR box without descenders)
        # and span the box along the reading direction
        t = 0.25 * min(w.box.width, w.box.height) + 0.5
        b = w.box
        cs = [c for c in chars if b.x0 - t <= c["x0"] and c["x1"] <= b.x1 + t
              and b.y0 - t <= H - c["bottom"] and H - c["top"] <= b.y1 + t]
        assert len(cs) == len(w.text), (w.text, len(cs))
        along = (max(c["x1"] for c in cs) - min(c["x0"] for c in cs)) if w.direction in (0, 180) else \
            (max(c["bottom"] for c in cs) - min(c["top"] for c in cs))
        assert abs(along - (b.width if w.direction in (0, 180) else b.height)) < 0.5, (w.text, along)


def test_old_invisible_text_removed_also_in_forms(tmp_path):
    p = tmp_path / "forms.pdf"
    _blank_pdf(p, form_text=b"Verborgenaam")
    doc = _doc(p, [("Zichtbaar", (100, 700, 160, 712), 0)])
    res = add_text_layer(p, doc, [])
    assert res.old_text_removed == 3
    with pikepdf.open(p) as pdf:
        data = b"".join(o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream))
    assert b"Verborgenaam" not in data and b"Geheimnaam" not in data
    with pdfplumber.open(p) as pdf:
        assert pdf.pages[0].extract_text().strip() == "Zichtbaar"


def test_word_meeting_area_is_in_no_layer(tmp_path):
    p = tmp_path / "area.pdf"
    _blank_pdf(p)
    doc = _doc(p, [("Behouden", (100, 700, 160, 712), 0), ("Weglaten", (100, 680, 160, 692), 0)])
    area = RedactionArea(0, [Rect(150, 685, 200, 690)], "5.1.2e")     # meets "Weglaten" only
    res = add_text_layer(p, doc, [area])
    assert (res.words_written, res.words_withheld) == (1, 1)
    with pdfplumber.open(p) as pdf:
        assert pdf.pages[0].extract_text().strip() == "Behouden"


def test_encoding_falls_back_to_base_letters():
    enc = _Encoding()
    codes, width = enc.encode("Ærø Ș")
    assert width > 0 and len(codes) == 5
    codes, _ = enc.encode("日本")
    assert codes == b"??"
