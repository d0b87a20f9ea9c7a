"""The self-check's PDFium fast path finds what the pdfminer check finds, and sends the
pages it cannot vouch for to pdfminer."""
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from redactor.errors import SelfCheckError
from redactor.models import Rect, RedactionArea
from redactor.write import redact_pdf, selfcheck
from redactor.write import selfcheck_pdfium as fast

NAME = "Jorien Haverkamp"


def _pdf(path: Path, font: str = "Helvetica", shift: float = 0.0, drop_word: bool = False) -> Rect:
    c = canvas.Canvas(str(path), pagesize=(500, 400), invariant=1)
    if font.endswith(".ttf"):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DV", f"/usr/share/fonts/truetype/dejavu/{font}"))
        font = "DV"
    c.setFont(font, 12)
    c.drawString(50, 300, f"Het verzoek van {NAME} is ontvangen.")
    c.drawString(50 + shift, 280, "Een tweede regel die blijft staan.")
    if not drop_word:
        c.drawString(50, 260, "Derde regel")
    c.showPage()
    c.save()
    from reportlab.pdfbase.pdfmetrics import stringWidth
    x0 = 50 + stringWidth("Het verzoek van ", font, 12)
    return Rect(x0, 296, x0 + stringWidth(NAME, font, 12), 310)


def _problems(src, out, area, labels=None):
    return fast.check(src, out, {0: [area]}, {0: labels or []}, skip_doubtful=False)[0].get(0, [])


def test_unredacted_output_is_caught(tmp_path):
    src = tmp_path / "a.pdf"
    area = _pdf(src)
    probs = _problems(src, src, area)
    assert any("remains inside a redaction area" in p for p in probs)


def test_moved_and_lost_text_is_caught(tmp_path):
    src, moved, lost = tmp_path / "a.pdf", tmp_path / "m.pdf", tmp_path / "l.pdf"
    area = _pdf(src)
    _pdf(moved, shift=0.05)
    _pdf(lost, drop_word=True)
    assert any("is not where it was" in p for p in _problems(src, moved, area))
    assert any("was lost" in p for p in _problems(src, lost, area))


@pytest.mark.parametrize("engine", ["auto", "pdfium", "pdfminer", "both"])
def test_real_redaction_passes(tmp_path, monkeypatch, engine):
    monkeypatch.setenv("REDACTOR_SELFCHECK", engine)
    src = tmp_path / "a.pdf"
    area = _pdf(src)
    res = redact_pdf(src, tmp_path / "out.pdf", [RedactionArea(0, [area], "5.1.2e")])
    assert res.glyphs_removed > 0 and "selfcheck" in res.timings


def test_fractional_widths_checked_within_their_bound(tmp_path, monkeypatch):
    """PDFium keeps /Widths as whole numbers: with reportlab's embedded TrueType (widths
    like 600.0977) its positions drift after a removed run by at most a thousandth of the
    size per removed glyph. The fast path allows exactly that on the line of the removal
    (so no pdfminer run), and nothing anywhere else."""
    ttf, std = tmp_path / "ttf.pdf", tmp_path / "std.pdf"
    a1 = _pdf(ttf, font="DejaVuSans.ttf")
    a2 = _pdf(std)
    assert fast.font_doubts(ttf, [0]) == {0: "font widths with fractions"}
    assert fast.font_doubts(std, [0]) == {}
    monkeypatch.setenv("REDACTOR_SELFCHECK", "auto")
    before = dict(selfcheck.STATS)
    redact_pdf(ttf, tmp_path / "o1.pdf", [RedactionArea(0, [a1], "5.1.2e")])
    redact_pdf(std, tmp_path / "o2.pdf", [RedactionArea(0, [a2], "5.1.2e")])
    assert selfcheck.STATS["pages"] - before["pages"] == 2
    assert selfcheck.STATS["pdfminer_pages"] - before["pdfminer_pages"] == 0
    # the drift is real: strictly compared, the redacted line's tail is "not where it was"
    strict = fast.check_page(*_chars(ttf, tmp_path / "o1.pdf", a1), [a1], [], 0)
    assert any("is not where it was" in p for p in strict)
    # a line without a removal that moved by 0.05 pt is caught, slack or not
    moved = tmp_path / "m.pdf"
    _pdf(moved, font="DejaVuSans.ttf", shift=0.05)
    probs = fast.check_page(*_chars(ttf, moved, a1), [a1], [], 0, fractional_widths=True)
    assert any("is not where it was" in p for p in probs)


def _chars(src, out, area):
    import pypdfium2 as pdfium
    a_doc, b_doc = pdfium.PdfDocument(str(src)), pdfium.PdfDocument(str(out))
    try:
        return fast.read_page(a_doc, 0, [])[0], fast.read_page(b_doc, 0, [area])[0]
    finally:
        a_doc.close()
        b_doc.close()


def test_fractional_page_that_moved_goes_to_pdfminer(tmp_path, monkeypatch):
    """When the bounded check fails on such a page, pdfminer decides (and fails it)."""
    monkeypatch.setenv("REDACTOR_SELFCHECK", "auto")
    src, moved = tmp_path / "a.pdf", tmp_path / "m.pdf"
    area = _pdf(src, font="DejaVuSans.ttf")
    _pdf(moved, font="DejaVuSans.ttf", shift=0.5)
    before = selfcheck.STATS["pdfminer_pages"]
    with pytest.raises(SelfCheckError):
        selfcheck.self_check(src, moved, {0: [area]}, {0: []}, metadata_removed=False)
    assert selfcheck.STATS["pdfminer_pages"] - before == 1


def test_auto_fails_when_pdfminer_confirms(tmp_path, monkeypatch):
    """A doubtful page (fractional widths) that really leaks fails through pdfminer."""
    monkeypatch.setenv("REDACTOR_SELFCHECK", "auto")
    src = tmp_path / "a.pdf"
    area = _pdf(src, font="DejaVuSans.ttf")
    with pytest.raises(SelfCheckError, match="remains inside"):
        selfcheck.self_check(src, src, {0: [area]}, {0: []}, metadata_removed=False)
    std = tmp_path / "s.pdf"
    area = _pdf(std)
    with pytest.raises(SelfCheckError, match="remains inside"):
        selfcheck.self_check(std, std, {0: [area]}, {0: []}, metadata_removed=False)


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_labels_found_on_rotated_pages(tmp_path, monkeypatch, rotate):
    monkeypatch.setenv("REDACTOR_SELFCHECK", "pdfium")
    src = tmp_path / "a.pdf"
    area = _pdf(src)
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        pdf.pages[0].obj.Rotate = rotate
        pdf.save(src)
    res = redact_pdf(src, tmp_path / "out.pdf", [RedactionArea(0, [area], "5.1.2e")])
    assert res.glyphs_removed > 0


def test_same_area_twice_passes(tmp_path, monkeypatch):
    """Two boxes on the same spot (a name found by two rules) draw the label twice;
    PDFium reports the doubled glyphs once."""
    monkeypatch.setenv("REDACTOR_SELFCHECK", "pdfium")
    src = tmp_path / "a.pdf"
    area = _pdf(src)
    res = redact_pdf(src, tmp_path / "out.pdf", [RedactionArea(0, [area], "5.1.2e"),
                                                 RedactionArea(0, [area], "5.1.2e")])
    assert res.glyphs_removed > 0


def test_a_type3_font_beside_fractional_widths_still_goes_to_pdfminer(tmp_path):
    """Fractional widths are allowed for within a bound; a Type3 font on the same page is
    not, even when it is found after them (here in a form XObject the page draws)."""
    src = tmp_path / "a.pdf"
    _pdf(src, font="DejaVuSans.ttf")
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        t3 = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3))
        form = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                               BBox=[0, 0, 10, 10], Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(T3=t3)))
        res = pdf.pages[0].obj.Resources
        res.XObject = pikepdf.Dictionary(Fm1=form)
        pdf.save(src)
    assert fast.font_doubts(src, [0]) == {0: "Type3 font"}
