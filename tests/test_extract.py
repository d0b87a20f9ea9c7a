"""Extraction gives word boxes in default user space, whatever the page rotation or MediaBox."""
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from redactor.errors import CorruptPdfError, EncryptedPdfError, NotAPdfError
from redactor.extract import extract_pdf


def _pdf_with_word(path: Path, x: float, y: float, rotate: int = 0, mediabox=None) -> None:
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.setFont("Helvetica", 12)
    c.drawString(x, y, "Verbrugge woont hier")
    c.showPage()
    c.save()
    if rotate or mediabox:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            page = pdf.pages[0]
            if rotate:
                page.obj.Rotate = rotate
            if mediabox:
                page.obj.MediaBox = pikepdf.Array(mediabox)
            pdf.save(path)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_word_box_in_user_space(tmp_path, rotate):
    p = tmp_path / f"r{rotate}.pdf"
    _pdf_with_word(p, 100, 150, rotate=rotate)
    doc = extract_pdf(p)
    w = doc.pages[0].words[0]
    assert w.text == "Verbrugge"
    # Helvetica 12 pt drawn at (100, 150): the box starts at x=100 and spans the baseline
    assert abs(w.box.x0 - 100) < 0.05
    assert w.box.y0 < 150 < w.box.y1
    width = w.box.x1 - w.box.x0
    assert 50 < width < 60
    assert doc.pages[0].rotation == rotate


def test_mediabox_offset(tmp_path):
    p = tmp_path / "offset.pdf"
    _pdf_with_word(p, 100, 150, mediabox=[50, 40, 450, 340])
    w = extract_pdf(p).pages[0].words[0]
    assert abs(w.box.x0 - 100) < 0.05 and w.box.y0 < 150 < w.box.y1


def test_sub_box_covers_part_of_word(tmp_path):
    p = tmp_path / "w.pdf"
    _pdf_with_word(p, 100, 150)
    w = extract_pdf(p).pages[0].words[0]
    part = w.sub_box(0, 4)          # "Verb"
    assert part.x0 == pytest.approx(w.box.x0) and part.x1 < w.box.x1 - 20


def test_text_offsets_match_words(samples_dir):
    doc = extract_pdf(samples_dir / "brief_bezwaar_parkeervergunning.pdf")
    assert doc.page_count >= 1
    for w in doc.words():
        assert doc.text[w.start:w.end] == w.text
    assert "Spittaalstraat 41" in doc.text


def test_not_a_pdf(tmp_path):
    p = tmp_path / "memo.pdf"
    p.write_text("Dit is geen PDF maar platte tekst.")
    with pytest.raises(NotAPdfError):
        extract_pdf(p)


def test_truncated_pdf(tmp_path, samples_dir):
    data = (samples_dir / "nota_subsidieregeling_buurthuizen.pdf").read_bytes()
    p = tmp_path / "kapot.pdf"
    p.write_bytes(data[:400])
    with pytest.raises(CorruptPdfError):
        extract_pdf(p)


def test_encrypted_pdf(tmp_path, samples_dir):
    p = tmp_path / "versleuteld.pdf"
    with pikepdf.open(samples_dir / "nota_subsidieregeling_buurthuizen.pdf") as pdf:
        pdf.save(p, encryption=pikepdf.Encryption(user="geheim", owner="geheim"))
    with pytest.raises(EncryptedPdfError):
        extract_pdf(p)


@pytest.mark.parametrize("name", ["nota_subsidieregeling_buurthuizen.pdf", "verslag_overleg_jeugdzorg.pdf",
                                  "email_planning_informatieavond.pdf"])
def test_backends_agree(samples_dir, name):
    """PDFium (default, fast) and pdfplumber (reference) find the same words in the same places."""
    a = extract_pdf(samples_dir / name)
    b = extract_pdf(samples_dir / name, backend="pdfplumber")
    assert [w.text for w in a.words()] == [w.text for w in b.words()]
    for x, y in zip(a.words(), b.words()):
        assert x.page == y.page
        assert abs(x.box.x0 - y.box.x0) < 1.5 and abs(x.box.x1 - y.box.x1) < 1.5
        # pdfminer ignores some fonts' descent; require the boxes to share most of their height
        overlap = min(x.box.y1, y.box.y1) - max(x.box.y0, y.box.y0)
        assert overlap > 0.6 * min(x.box.height, y.box.height)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_rotated_page_both_backends(tmp_path, backend):
    p = tmp_path / "r90.pdf"
    _pdf_with_word(p, 100, 150, rotate=90)
    w = extract_pdf(p, backend=backend).pages[0].words[0]
    assert w.text == "Verbrugge" and abs(w.box.x0 - 100) < 0.5 and w.box.y0 < 150 < w.box.y1


def test_text_at_size_one_in_a_scaled_matrix_keeps_its_spaces(tmp_path):
    """Some producers write body text at font size 1 in a text matrix scaled to 10 pt; PDFium
    then reports size 1.0, and every gap between words was taken for a table cell boundary
    ('Nynke<TAB>Kuipers'), which split names. A real column gap stays a tab."""
    path = tmp_path / "scaled.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    t = c.beginText()
    t.setTextTransform(10, 0, 0, 10, 72, 700)
    t.setFont("Helvetica", 1)
    t.textOut("namens deze: Wietske Hoogeboom")
    c.drawText(t)
    t = c.beginText()
    t.setTextTransform(10, 0, 0, 10, 72, 680)
    t.setFont("Helvetica", 1)
    t.textOut("Datum")
    c.drawText(t)
    t = c.beginText()
    t.setTextTransform(10, 0, 0, 10, 300, 680)
    t.setFont("Helvetica", 1)
    t.textOut("19 oktober 2021")
    c.drawText(t)
    c.save()
    doc = extract_pdf(path)
    assert "namens deze: Wietske Hoogeboom" in doc.text
    assert "Datum\t19 oktober 2021" in doc.text


def _glyph_without_unicode(path: Path) -> Path:
    """A line whose TrueType glyph has no Unicode value (as Chromium prints an emoji its font
    lacks: the .notdef glyph, no ToUnicode entry), followed by more lines of text."""
    from fixtures.write_producers import DEJAVU
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuX", str(DEJAVU)))
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.setFont("DejaVuX", 12)
    c.drawString(40, 250, "Doe ik \u0001")           # a control character: glyph 0, no Unicode
    c.drawString(40, 230, "Waling Koopmanschap 09:40")
    c.drawString(40, 210, "Lijstje staat in de map.")
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for f in pdf.pages[0].Resources.Font.values():
            if "/ToUnicode" in f:
                # drop the control character's entry from the ToUnicode map, as a printed
                # .notdef glyph has none
                cmap = f.ToUnicode.read_bytes().decode("latin-1")
                lines = [ln for ln in cmap.splitlines() if "<0001>" not in ln]
                f.ToUnicode.write("\n".join(lines).encode("latin-1"))
        pdf.save(path)
    return path


def test_glyph_without_unicode_does_not_shift_the_words(tmp_path):
    """PDFium's page text leaves out a character without a Unicode value; the word builder
    must not pair the next characters with the wrong boxes ("W" + "aling")."""
    from redactor.extract.pdfium_text import page_words, page_words_reference
    import pypdfium2 as pdfium
    p = _glyph_without_unicode(tmp_path / "notdef.pdf")
    pg = pdfium.PdfDocument(str(p))[0]
    fast = [(w.text, w.box) for w in page_words(pg)]
    assert fast == [(w.text, w.box) for w in page_words_reference(pg)]
    doc = extract_pdf(p)
    assert "Waling Koopmanschap" in doc.text and "Lijstje staat" in doc.text


def test_a_glyph_drawn_after_its_line_goes_back_into_its_word(tmp_path):
    """LibreOffice draws a character its font lacks ("ặ", "ươ") from a fallback font at the end
    of the line's text object, after a jump back (Tm): the words came out as "Đ ng" with "ặ"
    on a line of its own."""
    from fixtures.write_producers import DEJAVU
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuX", str(DEJAVU)))
    pdfmetrics.registerFont(TTFont("DejaVuFallback", str(DEJAVU)))
    path = tmp_path / "late.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    w = lambda s: pdfmetrics.stringWidth(s, "DejaVuX", 12)       # noqa: E731
    y = 250
    head, late1, mid, late2, tail = "Geachte heer Đ", "ặ", "ng, mevrouw L", "ươ", "ng belde."
    x_mid = 40 + w(head) + w(late1)
    x_tail = x_mid + w(mid) + w(late2)
    t = c.beginText(40, y)
    t.setFont("DejaVuX", 12)
    t.textOut(head)
    t.setTextOrigin(x_mid, y)
    t.textOut(mid)
    t.setTextOrigin(x_tail, y)
    t.textOut(tail)
    t.setFont("DejaVuFallback", 12)              # the fallback font, at the end of the line
    t.setTextOrigin(40 + w(head), y)
    t.textOut(late1)
    t.setTextOrigin(x_mid + w(mid), y)
    t.textOut(late2)
    c.drawText(t)
    c.setFont("DejaVuX", 12)
    c.drawString(40, 230, "Volgende regel.")
    c.save()
    doc = extract_pdf(path)
    assert "Geachte heer Đặng, mevrouw Lương belde." in doc.text, doc.text
    assert "Volgende regel." in doc.text
