"""The self-check's lean pdfminer device reports what pdfplumber reports, and the
writer's font metrics agree with pdfminer's."""
import pikepdf
import pytest
from helpers import plumber_chars

from redactor.write.fonts import Font
from redactor.write.selfcheck import page_chars


@pytest.mark.parametrize("name", ["kerning", "identity", "shared_form", "rotated", "cropped", "type3", "differences"])
def test_lean_device_matches_pdfplumber(case_pdf, name):
    src = case_pdf(name)
    src = src[0] if isinstance(src, tuple) else src
    ref = plumber_chars(src)
    got = page_chars(src, sorted(ref))
    for p in ref:
        assert [t for t, _ in got[p]] == [t for t, _ in ref[p]]
        for (_, a), (_, b) in zip(got[p], ref[p]):
            assert max(abs(a.x0 - b.x0), abs(a.y0 - b.y0), abs(a.x1 - b.x1), abs(a.y1 - b.y1)) < 1e-6


def test_lean_device_matches_pdfplumber_producers(producer_pdfs):
    for name in ("rl-std", "lo", "chromium"):
        if name not in producer_pdfs:
            continue
        ref = plumber_chars(producer_pdfs[name])
        got = page_chars(producer_pdfs[name], sorted(ref))
        for p in ref:
            assert [t for t, _ in got[p]] == [t for t, _ in ref[p]], name


def test_font_widths_agree_with_pdfminer(producer_pdfs, case_pdf):
    """Advances as the writer computes them = pdfminer's char widths, for standard 14
    fonts (AFM), embedded TrueType (/Widths), Identity-H (/W) and Type3 (FontMatrix)."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    paths = [producer_pdfs["rl-std"], producer_pdfs["rl-ttf"], case_pdf("identity")[0], case_pdf("type3"),
             case_pdf("differences")]
    checked = 0
    for path in paths:
        with open(path, "rb") as fh, pikepdf.open(path) as pdf:
            doc = PDFDocument(PDFParser(fh))
            rm = PDFResourceManager()
            mpage = next(PDFPage.create_pages(doc))
            fonts = pdf.pages[0].Resources.Font
            for name, fd in fonts.items():
                mine = Font(fd)
                from pdfminer.pdftypes import resolve1
                theirs = rm.get_font(None, resolve1(resolve1(mpage.resources["Font"])[name[1:]]))
                for code in range(32, 127) if mine.simple else sorted(mine.widths)[:50]:
                    assert abs(mine.width(code) - theirs.char_width(code)) < 1e-9, (path.name, name, code)
                    checked += 1
                assert abs(mine.descent - theirs.get_descent()) < 1e-9
    assert checked > 300
