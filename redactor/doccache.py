"""The document cache in columns (issue 7: speed and memory on long documents).

`pack(doc)` turns a `Document` into a few flat arrays per page (word texts, boxes, offsets,
character edges) that pickle as buffers; `unpack` rebuilds the same `Document`. Pickling
the records one object at a time took ~17 s each way for a 1,000-page memo (500,000 words)
and the unpickled copy took 400 MB; in columns it is a fraction of a second to write, and
the rebuilt words share equal values (floats, edge tuples, word texts), which roughly halves
the memory of a long document.

Any record field this module does not know (a field added to `Page` or `Document` later)
travels as it is; a change to `Word` makes `pack` fall back to the records themselves.
"""
from __future__ import annotations

import sys
from array import array
from dataclasses import fields

from redactor.models import Document, Page, Rect, Word

FORMAT = "columns-1"
_WORD_FIELDS = ("text", "page", "box", "start", "end", "line", "char_edges", "direction", "confidence")
_NAN = float("nan")


def _word_fields_known() -> bool:
    return tuple(f.name for f in fields(Word)) == _WORD_FIELDS


def pack(doc: Document):
    if not _word_fields_known():
        return ("records", doc)
    pages = []
    for p in doc.pages:
        meta = {f.name: getattr(p, f.name) for f in fields(Page) if f.name != "words"}
        ws = p.words
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
        pages.append((meta, texts, lens, boxes, ints, conf, nedges, edges))
    meta = {f.name: getattr(doc, f.name) for f in fields(Document) if f.name != "pages"}
    return (FORMAT, meta, pages)


def unpack(data) -> Document:
    if data[0] == "records":
        return data[1]
    if data[0] != FORMAT:
        raise ValueError(f"unknown cache format {data[0]!r}")
    _, meta, packed = data
    tuples: dict[tuple, tuple] = {}
    intern = sys.intern
    tget = tuples.setdefault
    pages = []
    for pmeta, texts, lens, boxes, ints, conf, nedges, edges in packed:
        words = []
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
        pages.append(Page(words=words, **pmeta))
    return Document(pages=pages, **meta)


def page_counts(data) -> tuple[int, int]:
    """(pages, pages read by OCR) without rebuilding the words."""
    if data[0] == "records":
        return data[1].page_count, sum(p.ocr for p in data[1].pages)
    return len(data[2]), sum(1 for pg in data[2] if pg[0].get("ocr"))
