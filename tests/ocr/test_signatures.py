"""Signature images and paraphs as SIGNATURE findings; low OCR confidence near names → review."""
import dataclasses

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import scanlib as S
from redactor.detect.signatures import find_low_confidence, find_scan_findings, find_signatures
from redactor.extract import extract_pdf
from redactor.extract.layout import RawWord, assemble
from redactor.models import Document, Label, Page, Rect


def test_born_digital_signature_image(letter):
    path, info = letter
    doc = extract_pdf(path)
    (f,) = find_signatures(doc)
    assert f.label == Label.SIGNATURE
    assert f.context["person"] == S.SECRET
    assert f.context["source"] == "image"
    assert f.start == f.end and f.text == ""          # an image finding: no text span
    assert doc.text[f.start:].startswith(S.SECRET)
    (area,) = f.areas
    x0, top, x1, bottom = info["signature"]
    H = doc.pages[0].height
    r = area.rect
    assert r.x0 <= x0 and r.x1 >= x1 and r.y0 <= H - bottom and r.y1 >= H - top
    # the area does not reach the closing line or the printed name
    for w in doc.pages[0].words:
        if w.text in ("groet,", S.SECRET_LAST, "vriendelijke"):
            assert not r.intersects(w.box), w.text
    assert "Handtekening" in f.explanation


def test_signature_in_scan_found_as_ink(copier_doc):
    _, doc = copier_doc
    (f,) = find_signatures(doc)
    assert f.context["source"] == "ink"
    assert f.context["person"] == S.SECRET
    assert f.score >= 0.9


def _page_pdf(path, draw):
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.showPage()
    c.save()


def test_logo_and_photo_are_not_signatures(ocr_dir):
    path = ocr_dir / "logo.pdf"

    def draw(c):
        c.drawImage(ImageReader(S.squiggle_png(300, 120, seed=3)), 400, 760, width=120, height=48)   # letterhead
        c.setFont("Helvetica", 11)
        y = 700
        for t in ["Geachte mevrouw,", "Wij schrijven u over de nieuwe regeling voor het parkeren.",
                  "De regeling gaat in op 1 juli."]:
            c.drawString(72, y, t)
            y -= 16
        c.drawImage(ImageReader(S.squiggle_png(300, 120, seed=4)), 72, 560, width=120, height=48)  # a figure
        c.drawString(72, 540, "Figuur 1: kaart van het gebied.")
    _page_pdf(path, draw)
    assert find_signatures(extract_pdf(path)) == []


def test_paraph_next_to_label(ocr_dir):
    path = ocr_dir / "paraaf.pdf"

    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, "Nota aan de directeur over de planning.")
        c.drawString(72, 600, "Paraaf:")
        c.drawImage(ImageReader(S.squiggle_png(200, 100, seed=9)), 130, 590, width=50, height=25)
        c.drawString(72, 560, "Datum: 3 april 2024")
    _page_pdf(path, draw)
    (f,) = find_signatures(extract_pdf(path))
    assert f.context["kind"] == "paraaf"
    assert f.areas[0].rect.x0 < 131 and f.areas[0].rect.x1 > 179


def _ocr_doc(lines):
    """A Document as OCR would make it: (text, confidence) words per line."""
    raw, confs = [], []
    y = 700.0
    for line in lines:
        x = 72.0
        for n, (t, c) in enumerate(line):
            w = 6.0 * len(t)
            raw.append(RawWord(t, Rect(x, y, x + w, y + 10), 10.0, (), 0, n == 0))
            confs.append(c)
            x += w + 4
        y -= 14
    parts = []
    words, _, _ = assemble(0, raw, parts, 0, 0)
    words = [dataclasses.replace(w, confidence=c) for w, c in zip(words, confs)]
    page = Page(0, 595, 842, 0, Rect(0, 0, 595, 842), Rect(0, 0, 595, 842), words=words, ocr=True,
                ocr_reason="geen tekstlaag")
    return Document("d", S.Path("x.pdf"), "0" * 64, [page], "".join(parts))


def test_low_confidence_near_name_goes_to_review():
    doc = _ocr_doc([
        [("Geachte", 96), ("heer", 95), ("Wqtersl0ot,", 31)],
        [("Het", 96), ("besluit", 95), ("vo1gt", 20), ("binnenkort.", 93)],
        [("Met", 96), ("vriendelijke", 94), ("groet,", 95)],
        [("T.", 90), ("Brqnkhorst", 40)],
    ])
    fs = find_low_confidence(doc)
    texts = {f.text for f in fs}
    assert "Wqtersl0ot," in texts and "Brqnkhorst" in texts
    assert "vo1gt" not in texts                       # an ordinary misread word, no name nearby
    for f in fs:
        assert f.context["ocr_low_confidence"] == "1"
        assert f.label == Label.PERSON
        assert "OCR onzeker" in f.explanation
        assert doc.text[f.start:f.end] == f.text
    assert len(find_scan_findings(doc)) == len(fs)


def test_confident_ocr_gives_no_doubt_findings(copier_doc):
    _, doc = copier_doc
    assert all(f.context.get("confidence") for f in find_low_confidence(doc))
    assert len(find_low_confidence(doc)) <= 2


def test_low_confidence_words_that_are_never_names_stay():
    """'The Purchase' and 'September 2009' read with low confidence in an English annex: the
    words are never names (the detector passes its lexicon); a misread name next to them is
    still flagged."""
    from redactor.detect import Detector
    doc = _ocr_doc([
        [("SLA", 90), ("The", 40), ("Purchase", 41), ("Agreement", 95)],
        [("Panhlors", 35), ("September", 38), ("2009", 95)],
        [("Geachte", 96), ("heer", 95), ("Wqtersl0ot,", 31)],
    ])
    lex = Detector(None).res.lex
    texts = {f.text for f in find_low_confidence(doc, lex.is_not_name)}
    assert "The" not in texts and "September" not in texts and "Wqtersl0ot," in texts, texts
    assert "The" in {f.text for f in find_low_confidence(doc)}
