"""Page words in columns (issue 7: memory on long documents): the records read back are the
records put in, through the document cache and the case store's blobs."""
import io
import pickle
from array import array

import pytest

from redactor import doccache
from redactor.areas import WordIndex, span_rects
from redactor.extract import extract_pdf
from redactor.models import Document, Page, PageWords, Rect, Word


def _words(page: int, offset: int) -> list[Word]:
    return [
        Word("Verbrugge", page, Rect(100.25, 150.0, 155.5, 162.0), offset, offset + 9, 0,
             tuple(6.0 * i for i in range(10))),
        Word("woont", page, Rect(158.0, 150.0, 190.0, 162.0), offset + 10, offset + 15, 0, (), 90, 87.5),
        Word("hier", page, Rect(10.0, 20.0, 30.0, 32.0), offset + 16, offset + 20, 1, (0.0, 1.0, 2.0, 3.0, 4.0)),
    ]


def test_columns_give_back_the_records():
    ws = _words(3, 40)
    pw = PageWords.of(ws)
    assert len(pw) == 3
    assert list(pw) == ws and pw == ws
    assert pw[1] == ws[1] and pw[-1] == ws[-1] and pw[1:] == ws[1:]
    assert pw[1].confidence == 87.5 and pw[0].confidence is None
    assert pw.start(2) == 56
    with pytest.raises(IndexError):
        pw[3]
    assert pickle.loads(pickle.dumps(pw)) == pw
    assert PageWords.of([]) == [] and not PageWords.of([])


def test_page_stores_a_list_as_columns():
    page = Page(0, 400, 300, 0, Rect(0, 0, 400, 300), Rect(0, 0, 400, 300), _words(0, 0))
    assert isinstance(page.words, PageWords) and page.words == _words(0, 0)


def _doc() -> Document:
    box = Rect(0, 0, 400, 300)
    pages = [Page(i, 400, 300, 0, box, box, _words(i, 100 * i)) for i in range(3)]
    pages.insert(1, Page(3, 400, 300, 0, box, box, []))
    return Document("d", __import__("pathlib").Path("d.pdf"), "0" * 64, pages, "x" * 400)


def test_document_cache_round_trip_and_case_store_blobs():
    doc = _doc()
    f = io.BytesIO()
    doccache.write(f, "k", doc, ("extra",))
    f.seek(0)
    back, extra = doccache.read(f, "k")
    assert extra == ("extra",) and back == doc
    f.seek(0)
    blobs = list(doccache.page_blobs(f, "k"))
    assert [doccache.words_from_blob(b) for b in blobs] == [p.words for p in doc.pages]


def test_blob_of_the_previous_format_still_reads():
    # format 2 (case stores written before PageWords): the packed tuple of flat arrays
    ws = _words(0, 0)
    old = ("".join(w.text for w in ws), array("i", [len(w.text) for w in ws]),
           array("d", [c for w in ws for c in w.box.as_tuple()]),
           array("q", [x for w in ws for x in (w.page, w.start, w.end, w.line, w.direction)]),
           array("d", [float("nan") if w.confidence is None else w.confidence for w in ws]),
           array("i", [len(w.char_edges) for w in ws]), array("d", [e for w in ws for e in w.char_edges]))
    assert doccache.words_from_blob(pickle.dumps(old)) == ws


def test_page_of_and_word_index_across_pages():
    doc = _doc()
    assert [doc.page_of(o) for o in (0, 99, 100, 150, 216, 10_000)] == [0, 0, 1, 1, 2, 2]
    index = WordIndex(doc)
    assert [w.text for w in index.overlapping(105, 114)] == ["Verbrugge", "woont"]
    # a span over a word and the next line's word: one rectangle per line
    areas = span_rects(index, 110, 120)
    assert [(a.page, a.rect.y0) for a in areas] == [(1, 150.0), (1, 20.0)]


def test_extracted_document_survives_the_cache(samples_dir):
    doc = extract_pdf(samples_dir / "brief_bezwaar_parkeervergunning.pdf")
    f = io.BytesIO()
    doccache.write(f, "k", doc, ())
    f.seek(0)
    back, _ = doccache.read(f, "k")
    assert back == doc
    for w in back.words():
        assert back.text[w.start:w.end] == w.text


def test_a_squashed_word_box_gives_a_box_the_audit_can_see():
    """A word of a scan's hidden text layer with a box of 0.12 x 0.24 pt: its area is grown
    around the centre to a box the audit's box finder counts (and a reader sees)."""
    from redactor.log.audit import BOX_MIN
    box = Rect(0, 0, 400, 300)
    words = [Word("Inve", 0, Rect(419.76, 228.68, 419.88, 228.92), 0, 4, 0, ()),
             Word("Verbrugge", 0, Rect(100.0, 150.0, 155.5, 162.0), 5, 14, 1, ())]
    doc = Document("d", __import__("pathlib").Path("d.pdf"), "0" * 64, [Page(0, 400, 300, 0, box, box, words)],
                   "Inve Verbrugge")
    index = WordIndex(doc)
    [tiny] = span_rects(index, 0, 4)
    assert tiny.rect.width > BOX_MIN and tiny.rect.height > BOX_MIN
    assert abs((tiny.rect.x0 + tiny.rect.x1) / 2 - 419.82) < 1e-6
    [normal] = span_rects(index, 5, 14)
    assert normal.rect == Rect(100.0, 150.0, 155.5, 162.0)


def test_a_glyph_drawn_at_the_end_of_its_line_joins_its_word():
    """The words PDFium gives for a LibreOffice line whose "ặ" came from a fallback font, drawn
    after the rest of the line (coordinates from such a letter): one line "Đặng ..." and the
    next line apart."""
    from redactor.extract.layout import RawWord, split_lines
    from redactor.models import Rect

    def word(text, x0, x1, y=712.7, new_line=False):
        n = len(text)
        return RawWord(text=text, box=Rect(x0, y - 2.5, x1, y + 8.2), size=12.0,
                       char_edges=tuple((x1 - x0) * i / n for i in range(n + 1)), new_line=new_line)
    words = [word("heer", 116.9, 141.0), word("Đ", 144.9, 153.7), word("ng", 160.89, 174.25),
             word("ặ", 153.7, 160.9), word("Arnhemseweg", 71.0, 140.0, y=692.7, new_line=True)]
    lines = split_lines(words)
    assert [[w.text for w in ln] for ln in lines] == [["heer", "Đặng"], ["Arnhemseweg"]]
    joined = lines[0][1]
    assert len(joined.char_edges) == len("Đặng") + 1 and abs(joined.box.x1 - 174.25) < 1e-6
