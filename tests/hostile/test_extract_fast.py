"""The fast PDFium word extraction gives exactly what the reference version gives."""
import pypdfium2 as pdfium
import pytest

from redactor.extract import pdfium_text

from make_hostile import CASES


def _compare(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                assert pdfium_text.page_words(page) == pdfium_text.page_words_reference(page), (path.name, i)
            finally:
                page.close()
    finally:
        pdf.close()


def test_fast_words_equal_reference_on_samples(samples_dir):
    files = sorted(samples_dir.glob("*.pdf"))
    assert files
    for f in files:
        _compare(f)


@pytest.mark.parametrize("name", ["annotations_forms.pdf", "form_loop.pdf", "encrypted_owner.pdf"])
def test_fast_words_equal_reference_on_odd_files(tmp_path, name):
    p = tmp_path / name
    CASES[name](p)
    _compare(p)


def test_fast_words_rotated_and_vertical(tmp_path):
    """Rotated text objects, mixed sizes and a hyphen at a line end."""
    from reportlab.pdfgen import canvas
    p = tmp_path / "rot.pdf"
    c = canvas.Canvas(str(p), pagesize=(500, 500))
    c.setFont("Helvetica", 11)
    c.drawString(40, 450, "Gewoon een regel met Verwey-")
    c.drawString(40, 436, "Jonker en H\u00e9l\u00e8ne \u00c7elik")
    for ang in (90, 180, 270, 33):
        c.saveState()
        c.translate(250, 250)
        c.rotate(ang)
        c.setFont("Times-Roman", 9 + ang % 7)
        c.drawString(10, 0, f"Gedraaid {ang} graden Jorien Haverkamp")
        c.restoreState()
    c.setFont("Helvetica", 6)
    c.drawString(40, 40, "klein")
    c.setFont("Helvetica", 16)
    c.drawString(70, 40, "GROOT")
    c.showPage()
    c.save()
    _compare(p)
