"""Hand-written content streams for the hard text cases."""
import pikepdf
import pytest
from fixtures.write_producers import CONTROL, SECRET, SECRET2
from helpers import (all_bytes, has_bytes, assert_gone, assert_kept, assert_positions, assert_render_same, find_areas,
                     find_areas_pdfium, plumber_chars)

from redactor.models import RedactionArea, Rect
from redactor.write import redact_pdf


def _redact(case_pdf, name, tmp_path, phrases=(SECRET, SECRET2), finder=find_areas, **kw):
    src = case_pdf(name)
    areas = [a for p in phrases for a in finder(src, p)]
    assert areas, "the test found nothing to redact"
    out = tmp_path / f"{name}.pdf"
    res = redact_pdf(src, out, areas, **kw)
    return src, out, areas, res


@pytest.mark.parametrize("name", ["kerning", "differences", "type3", "split_streams"])
def test_simple_cases(case_pdf, tmp_path, name):
    src, out, areas, res = _redact(case_pdf, name, tmp_path)
    assert res.glyphs_removed > 0
    for s in (SECRET, SECRET2):
        assert_gone(out, s)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas)
    # kerning: one kept glyph on a sub-pixel boundary flips 2 pixels (see helpers)
    assert_render_same(src, out, areas, tmp_path, max_pixels=8 if name == "kerning" else 0)


def test_kerning_inside_the_name_leaves_one_gap(case_pdf, tmp_path):
    """No per-glyph width of the removed text is left: each removed run is one number."""
    src, out, areas, _ = _redact(case_pdf, "kerning", tmp_path)
    with pikepdf.open(out) as pdf:
        ops = [i for i in pikepdf.parse_content_stream(pdf.pages[0].obj) if str(i.operator) == "TJ"]
    first = list(ops[0].operands[0])
    assert [bytes(x) for x in first if isinstance(x, pikepdf.String)] == [b"Gesprek met ", b", daarna koffie."]
    assert sum(1 for x in first if not isinstance(x, pikepdf.String)) == 1
    assert_kept(out, "daarna koffie")


def test_spacing_and_quote_operators(case_pdf, tmp_path):
    """Tc, Tw, Tz, Ts, TL, ' and " (areas from PDFium, which places `"` text and Tc as the
    spec does; pdfplumber does not)."""
    src, out, areas, res = _redact(case_pdf, "spacing", tmp_path, finder=find_areas_pdfium)
    assert len(areas) >= 6 and res.glyphs_removed > 60
    for s in (SECRET, SECRET2):
        assert_gone(out, s)
    for s in (CONTROL, "en de rest", "opent de regel", "zegt ja", "klaar", "Derde regel"):
        assert_kept(out, s, layers=("pdftotext", "pdftotext-raw"))   # pdfminer misplaces `"` text
    assert_render_same(src, out, areas, tmp_path)
    # a name that ends its line leaves no trace of its width: nothing after it needs one
    with pikepdf.open(out) as pdf:
        tjs = [list(i.operands[0]) for i in pikepdf.parse_content_stream(pdf.pages[0].obj) if str(i.operator) == "TJ"]
    knip = [t for t in tjs if any(isinstance(x, pikepdf.String) and bytes(x) == b"Knip " for x in t)]
    assert knip == [[pikepdf.String(b"Knip ")]]


def test_identity_h_with_and_without_tounicode(case_pdf, tmp_path):
    src, codes = case_pdf("identity")
    areas = find_areas(src, SECRET)            # pdfminer reads F1 through the embedded cmap
    assert len(areas) == 2
    out = tmp_path / "identity.pdf"
    redact_pdf(src, out, areas)
    before, after = all_bytes(src), all_bytes(out)
    assert has_bytes(before, codes["secret"]) and not has_bytes(after, codes["secret"])
    assert has_bytes(after, codes["control"])
    assert has_bytes(after, codes["secret2"])    # line 2 was not redacted
    assert_gone(out, SECRET, raw=False)
    assert_positions(src, out, areas)
    assert_render_same(src, out, areas, tmp_path)


def test_shared_form_redacted_on_one_page_only(case_pdf, tmp_path):
    src = case_pdf("shared_form")
    areas = find_areas(src, SECRET, pages={0}) + find_areas(src, SECRET2, pages={0})
    assert {a.page for a in areas} == {0} and len(areas) == 2
    out = tmp_path / "shared.pdf"
    redact_pdf(src, out, areas)
    chars = plumber_chars(out)
    page0 = "".join(t for t, _ in chars[0])
    page1 = "".join(t for t, _ in chars[1])
    assert "Verbrugge" not in page0 and "Hamelink" not in page0
    assert f"Notitie over {SECRET}" in page1 and SECRET2 in page1
    assert CONTROL in page0 and CONTROL in page1
    assert_positions(src, out, areas)
    assert_render_same(src, out, areas, tmp_path)


def test_rotated_pages_and_text(case_pdf, tmp_path):
    src, out, areas, _ = _redact(case_pdf, "rotated", tmp_path, phrases=(SECRET,))
    assert {a.page for a in areas} == {0, 1, 2}
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas, pages={0, 1})
    assert_positions(src, out, areas, strict=False)      # skewed text: upright areas touch neighbours
    # ...and the ink of those neighbours (removed with the name) reaches past the areas
    assert_render_same(src, out, [a for a in areas if a.page < 2], tmp_path, extra=[
        (2, Rect(r.x0 - 8, r.y0 - 8, r.x1 + 8, r.y1 + 8)) for a in areas if a.page == 2 for r in a.rects])
    with pikepdf.open(out) as pdf:                       # the label reads upright on screen
        for i, rot in ((0, 90), (1, 270)):
            data = pdf.pages[i].obj.Contents.read_bytes()
            assert (b"0 1 -1 0 " if rot == 90 else b"0 -1 1 0 ") in data


def test_cropbox_and_mediabox_offset(case_pdf, tmp_path):
    src, out, areas, _ = _redact(case_pdf, "cropped", tmp_path, phrases=(SECRET,))
    r = areas[0].rects[0]
    assert 120 < r.x0 < 140 and 690 < r.y0 < 700        # user space, offsets included
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas)
    assert_render_same(src, out, areas, tmp_path)


def test_hyphenated_name_across_lines(case_pdf, tmp_path):
    src = case_pdf("hyphenated")
    areas = find_areas(src, r"Marloes\s*Verbrug-\s*ge", regex=True)
    assert len(areas) == 1 and len(areas[0].rects) == 2
    out = tmp_path / "hyph.pdf"
    redact_pdf(src, out, areas)
    assert_gone(out, SECRET)
    assert_gone(out, "Verbrug")
    assert_kept(out, "over de planning")
    assert_positions(src, out, areas)
    assert_render_same(src, out, areas, tmp_path)


def test_tight_leading_keeps_neighbour_lines(case_pdf, tmp_path, monkeypatch):
    """On 8.5 pt leading for 10 pt text the area of a name overlaps the glyph boxes of the
    lines above and below it. With the vertical shrink they survive; without it, they
    would go (this measures why the shrink is there)."""
    src = case_pdf("tight_leading")
    areas = find_areas(src, SECRET)
    r = areas[0].rects[0]
    neighbours = [(t, c) for t, c in plumber_chars(src)[0]
                  if c.y0 < r.y1 and r.y0 < c.y1 and c.x0 < r.x1 and r.x0 < c.x1 and not (c.y0 == r.y0)]
    assert len(neighbours) > 10, "the fixture must have overlapping neighbours"
    out = tmp_path / "tight.pdf"
    res = redact_pdf(src, out, areas)
    assert res.glyphs_removed == len(SECRET)
    assert_gone(out, SECRET)
    assert_kept(out, "Hoge letters: Hfdklb Hfdklb")
    assert_positions(src, out, areas)

    from redactor.write import geometry, text
    monkeypatch.setattr(text, "V_SHRINK", 0.0)
    monkeypatch.setattr(geometry, "V_SHRINK", 0.0)
    res0 = redact_pdf(src, tmp_path / "tight0.pdf", areas, self_check=False)
    assert res0.glyphs_removed > res.glyphs_removed + 10


def test_area_covering_part_of_a_word(case_pdf, tmp_path):
    """A reviewer's box over part of a word takes the glyphs it meets, no more."""
    src = case_pdf("kerning")
    chars = [c for t, c in plumber_chars(src)[0]][:40]
    word = [c for c in chars][12:15]                     # "Mar" of the name
    area = RedactionArea(0, [Rect(word[0].x0, word[0].y0, word[-1].x1, word[0].y1)], "5.1.2e")
    out = tmp_path / "part.pdf"
    res = redact_pdf(src, out, [area])
    assert res.glyphs_removed == 3
    assert_positions(src, out, [area])
