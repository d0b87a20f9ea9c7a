"""Everything outside the page content: metadata, annotations, form fields, outlines,
attachments, JavaScript, thumbnails, structure tree, marked content, earlier revisions;
and the file-level contract: errors, atomic output, the source untouched."""
import hashlib

import pikepdf
import pytest
from fixtures.write_producers import CONTROL, EMAIL, SECRET, SECRET2
from helpers import all_bytes, assert_gone, assert_kept, assert_positions, assert_render_same, byte_forms, find_areas

from redactor.errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, SelfCheckError
from redactor.models import RedactionArea, Rect
from redactor.write import redact_pdf


@pytest.fixture(scope="module")
def hidden_out(case_pdf, tmp_path_factory):
    src = case_pdf("hidden")
    areas = find_areas(src, SECRET) + find_areas(src, EMAIL)
    assert len(areas) == 2
    out = tmp_path_factory.mktemp("hidden") / "hidden.pdf"
    res = redact_pdf(src, out, areas)
    return src, out, areas, res


def test_hidden_places_fixture_is_dirty(case_pdf):
    blob = all_bytes(case_pdf("hidden"))
    for s in (SECRET, SECRET2, EMAIL):
        assert any(f in blob for f in byte_forms(s)), f"the fixture must contain {s!r}"


def test_hidden_places_cleaned(hidden_out):
    src, out, areas, res = hidden_out
    blob = all_bytes(out)
    for s in (SECRET, "Verbrugge", SECRET2, "Hamelink", EMAIL):
        assert not any(f in blob for f in byte_forms(s)), f"{s!r} left somewhere in the file"
    assert_gone(out, SECRET)
    assert_kept(out, CONTROL)
    with pikepdf.open(out) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        assert "/AcroForm" not in pdf.Root and "/OpenAction" not in pdf.Root
        names = pdf.Root.get("/Names", pikepdf.Dictionary())
        assert "/EmbeddedFiles" not in names and "/JavaScript" not in names
        pg = pdf.pages[0].obj
        assert "/Thumb" not in pg and "/PieceInfo" not in pg
        annots = list(pg.get("/Annots", []))
        assert [str(a.Subtype) for a in annots] == ["/Text"]         # the note elsewhere stays...
        assert "/T" not in annots[0]                                  # ...without its author
        with pdf.open_outline() as ol:
            assert [i.title for i in ol.root] == ["Inleiding"]
        p0, p1 = pdf.Root.StructTreeRoot.K
        assert "/Alt" not in p0 and "/ActualText" not in p0           # touched content
        assert str(p1.Alt) == "Controle"                              # untouched content
        bdc = [i for i in pikepdf.parse_content_stream(pg) if str(i.operator) == "BDC"]
        assert all("/ActualText" not in i.operands[1] for i in bdc if isinstance(i.operands[1], pikepdf.Dictionary))
    assert res.warnings and "annotation" in res.warnings[0]


def test_hidden_positions_and_render(hidden_out, tmp_path):
    src, out, areas, _ = hidden_out
    assert_positions(src, out, areas)
    # the form field and the free-text note over the name had appearances, the link a
    # border: they are gone
    assert_render_same(src, out, areas, tmp_path, extra=[(0, Rect(140, 695, 250, 712)), (0, Rect(270, 695, 420, 712))])


def test_metadata_kept_when_asked(case_pdf, tmp_path):
    src = case_pdf("hidden")
    out = tmp_path / "meta.pdf"
    redact_pdf(src, out, find_areas(src, SECRET), clean_metadata=False)
    with pikepdf.open(out) as pdf:
        assert "/Info" in pdf.trailer and "/Metadata" in pdf.Root


def test_incremental_update_input(case_pdf, tmp_path):
    src = case_pdf("incremental")
    raw = src.read_bytes()
    assert raw.count(b"%%EOF") == 2 and SECRET.encode() in raw       # the old revision names SECRET
    areas = find_areas(src, SECRET2)
    assert len(areas) == 1
    out = tmp_path / "incr.pdf"
    redact_pdf(src, out, areas)
    data = out.read_bytes()
    assert data.count(b"%%EOF") == 1 and b"/Prev" not in data
    for s in (SECRET, SECRET2):
        assert_gone(out, s)
    assert_kept(out, CONTROL)
    assert_positions(src, out, areas)


def test_source_untouched_and_output_atomic(producer_pdfs, tmp_path):
    src = producer_pdfs["rl-std"]
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    areas = find_areas(src, SECRET)
    out = tmp_path / "sub" / "out.pdf"
    redact_pdf(src, out, areas)
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    assert out.exists() and [p.name for p in out.parent.iterdir()] == ["out.pdf"]
    with pytest.raises(ValueError):
        redact_pdf(out, out, areas)
    with pytest.raises(ValueError):
        redact_pdf(src, tmp_path / "x.pdf", [RedactionArea(7, [Rect(0, 0, 10, 10)], "5.1.2e")])


def test_self_check_failure_publishes_nothing(producer_pdfs, tmp_path, monkeypatch):
    """Make the rewriter keep every glyph: the self-check must see text inside the area,
    raise, and leave neither the output nor a temporary file behind."""
    from redactor.write import text

    src = producer_pdfs["rl-std"]
    areas = find_areas(src, SECRET)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous version")
    monkeypatch.setattr(text, "rectilinear", lambda m: True)
    monkeypatch.setattr(text, "boxes_meet", lambda a, b: False)
    with pytest.raises(SelfCheckError) as e:
        redact_pdf(src, out, areas)
    assert "inside a redaction area" in str(e.value)
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_self_check_catches_moved_text(producer_pdfs, tmp_path, monkeypatch):
    """A wrong gap width moves the text after the name: the self-check must notice."""
    from redactor.write import text

    src = producer_pdfs["rl-std"]
    real = text.num
    monkeypatch.setattr(text, "num", lambda v, places=5: real(v * 0.9, places))
    with pytest.raises(SelfCheckError) as e:
        redact_pdf(src, tmp_path / "out.pdf", find_areas(src, SECRET))
    assert "not where it was" in str(e.value)


def test_errors(case_pdf, tmp_path):
    bad = tmp_path / "notpdf.pdf"
    bad.write_bytes(b"hello, this is not a PDF at all")
    with pytest.raises(NotAPdfError):
        redact_pdf(bad, tmp_path / "o1.pdf", [])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 20)
    with pytest.raises(CorruptPdfError):
        redact_pdf(broken, tmp_path / "o2.pdf", [])
    with pytest.raises(EncryptedPdfError):
        redact_pdf(case_pdf("encrypted"), tmp_path / "o3.pdf", [])
    with pytest.raises(NotAPdfError):
        redact_pdf(tmp_path / "missing.pdf", tmp_path / "o4.pdf", [])
    assert not list(tmp_path.glob("o*.pdf"))


def test_no_areas_still_cleans(producer_pdfs, tmp_path):
    src = producer_pdfs["rl-std"]
    out = tmp_path / "clean.pdf"
    res = redact_pdf(src, out, [])
    assert res.glyphs_removed == 0
    with pikepdf.open(out) as pdf:
        assert "/Info" not in pdf.trailer
    assert_positions(src, out, [])


def test_owner_password_only_is_processed(producer_pdfs, tmp_path):
    """A file with only an owner password opens without one: redact it and publish it
    unencrypted, with a warning; a user password is still refused (test_errors)."""
    src = tmp_path / "owner.pdf"
    with pikepdf.open(producer_pdfs["rl-std"]) as pdf:
        pdf.save(src, encryption=pikepdf.Encryption(user="", owner="eigenaar"))
    out = tmp_path / "out.pdf"
    res = redact_pdf(src, out, [])
    assert any("owner-password" in w for w in res.warnings)
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted
