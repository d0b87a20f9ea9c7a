"""The document cache (OUT/internal/cache/ID.pkl) in columns, page by page (issue 7:
speed and memory on long documents).

A file is a sequence of pickles: a header (key, format, the Document's fields except its
pages, every Page's fields except its words, and the caller's extra data such as the
findings), then one pickle per page holding its words as flat arrays (texts, boxes,
offsets, character edges). Pickling the records one object at a time took ~17 s each way
for a 1,000-page memo (500,000 words); in columns it takes a second or two, and because
every page is its own pickle, neither writing nor reading ever holds more than one page's
arrays next to the records. `read` rebuilds equal records; words with equal texts or
character edges share them.

Any record field this module does not know (a field added to `Page` or `Document` later)
travels as it is; a change to `Word` makes `write` fall back to pickling the records.
"""
from __future__ import annotations

import pickle
import sys
from array import array
from dataclasses import fields
from typing import BinaryIO, Iterator

from redactor.models import Document, Page, Rect, Word

FORMAT = "redactor-doccache-2"
_WORD_FIELDS = ("text", "page", "box", "start", "end", "line", "char_edges", "direction", "confidence")
_NAN = float("nan")


class Summary:
    """What a cache holds, without the words: enough for a rerun's first pass."""

    def __init__(self, pages: list[dict]):
        self.page_count = len(pages)
        self.ocr_pages = sum(1 for p in pages if p.get("ocr"))


def _word_fields_known() -> bool:
    return tuple(f.name for f in fields(Word)) == _WORD_FIELDS


def _pack_words(ws: list[Word]) -> tuple:
    texts = "".join(w.text for w in ws)
    lens = array("i", [len(w.text) for w in ws])
    boxes = array("d")
    ints = array("q")
    conf = array("d")
    edges = array("d")
    nedges = array("i")
    for w in ws:
        b = w.box
        boxes.extend((b.x0, b.y0, b.x1, b.y1))
        ints.extend((w.page, w.start, w.end, w.line, w.direction))
        conf.append(_NAN if w.confidence is None else w.confidence)
        nedges.append(len(w.char_edges))
        edges.extend(w.char_edges)
    return (texts, lens, boxes, ints, conf, nedges, edges)


def _unpack_words(packed: tuple, tuples: dict) -> list[Word]:
    texts, lens, boxes, ints, conf, nedges, edges = packed
    intern = sys.intern
    tget = tuples.setdefault
    words: list[Word] = []
    append = words.append
    pos = e = k = m = 0
    for i, n in enumerate(lens):
        ne = nedges[i]
        ce = tuple(edges[e:e + ne])
        c = conf[i]
        append(Word(intern(texts[pos:pos + n]), ints[m], Rect(*boxes[k:k + 4]), ints[m + 1], ints[m + 2],
                    ints[m + 3], tget(ce, ce), ints[m + 4], None if c != c else c))
        pos += n
        e += ne
        k += 4
        m += 5
    return words


def write(f: BinaryIO, key: str, doc: Document, extra: tuple) -> None:
    """Write `doc` (and `extra`, e.g. (findings, timings)) to the open file `f`."""
    if not _word_fields_known():
        pickle.dump((key, "records", (doc,) + tuple(extra)), f, protocol=pickle.HIGHEST_PROTOCOL)
        return
    meta = {fl.name: getattr(doc, fl.name) for fl in fields(Document) if fl.name != "pages"}
    pages = [{fl.name: getattr(p, fl.name) for fl in fields(Page) if fl.name != "words"} for p in doc.pages]
    pickle.dump((key, FORMAT, meta, pages, tuple(extra)), f, protocol=pickle.HIGHEST_PROTOCOL)
    for p in doc.pages:
        pickle.dump(_pack_words(p.words), f, protocol=pickle.HIGHEST_PROTOCOL)


def read(f: BinaryIO, key: str | None, words: bool = True):
    """(Document or Summary, extra) from the open file `f`, or None when the file is for
    another key or in an older format. With `words=False` only the header is read and a
    `Summary` stands in for the Document."""
    head = pickle.load(f)
    if not (isinstance(head, tuple) and len(head) >= 3):
        return None
    if key is not None and head[0] != key:
        return None
    if head[1] == "records":
        payload = head[2]
        doc = payload[0]
        if not words:
            return Summary([{"ocr": p.ocr} for p in doc.pages]), tuple(payload[1:])
        return doc, tuple(payload[1:])
    if head[1] != FORMAT:
        return None
    _, _, meta, pages_meta, extra = head
    if not words:
        return Summary(pages_meta), extra
    tuples: dict = {}
    pages = [Page(words=_unpack_words(pickle.load(f), tuples), **pm) for pm in pages_meta]
    return Document(pages=pages, **meta), extra


def page_blobs(f: BinaryIO, key: str | None) -> Iterator[bytes]:
    """Each page's packed words as bytes, one page at a time (what the case store keeps;
    issue 7: copied from the cache by the run's process instead of turned into JSON).
    ValueError when the file is for another key or in another format."""
    head = pickle.load(f)
    if not (isinstance(head, tuple) and len(head) >= 5) or head[1] != FORMAT or (key is not None and head[0] != key):
        raise ValueError("not a document cache of this run")
    for _ in head[3]:
        yield pickle.dumps(pickle.load(f), protocol=pickle.HIGHEST_PROTOCOL)


def words_from_blob(blob: bytes) -> list[Word]:
    return _unpack_words(pickle.loads(blob), {})
