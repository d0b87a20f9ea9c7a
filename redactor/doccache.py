"""The document cache (OUT/internal/cache/ID.pkl) in columns, page by page (issue 7:
speed and memory on long documents).

A file is a sequence of pickles: a header (key, format, the Document's fields except its
pages, every Page's fields except its words, and the caller's extra data such as the
findings), then one pickle per page holding its words (`PageWords`: flat arrays of texts,
boxes, offsets and character edges). Pickling Word records one object at a time took ~17 s
each way for a 1,000-page memo (500,000 words); in columns it takes a second or two, and
the case store copies a page's pickle as it is. Any field added to `Page` or `Document`
later travels as it is.
"""
from __future__ import annotations

import pickle
from dataclasses import fields
from itertools import accumulate
from typing import BinaryIO, Iterator

from redactor.models import Document, Page, PageWords

FORMAT = "redactor-doccache-3"


class Summary:
    """What a cache holds, without the words: enough for a rerun's first pass."""

    def __init__(self, pages: list[dict]):
        self.page_count = len(pages)
        self.ocr_pages = sum(1 for p in pages if p.get("ocr"))


def _from_v2(packed: tuple) -> PageWords:
    """Words packed by format 2 (case stores written before PageWords) as PageWords."""
    texts, lens, boxes, ints, conf, nedges, edges = packed
    return PageWords(texts, accumulate(lens), boxes, ints,
                     conf if any(c == c for c in conf) else None, accumulate(nedges), edges)


def write(f: BinaryIO, key: str, doc: Document, extra: tuple) -> None:
    """Write `doc` (and `extra`, e.g. (findings, timings)) to the open file `f`."""
    meta = {fl.name: getattr(doc, fl.name) for fl in fields(Document) if fl.name != "pages"}
    pages = [{fl.name: getattr(p, fl.name) for fl in fields(Page) if fl.name != "words"} for p in doc.pages]
    pickle.dump((key, FORMAT, meta, pages, tuple(extra)), f, protocol=pickle.HIGHEST_PROTOCOL)
    for p in doc.pages:
        pickle.dump(p.words, f, protocol=pickle.HIGHEST_PROTOCOL)


def read(f: BinaryIO, key: str | None, words: bool = True):
    """(Document or Summary, extra) from the open file `f`, or None when the file is for
    another key or in an older format. With `words=False` only the header is read and a
    `Summary` stands in for the Document."""
    head = pickle.load(f)
    if not (isinstance(head, tuple) and len(head) >= 3):
        return None
    if key is not None and head[0] != key:
        return None
    if head[1] != FORMAT:
        return None
    _, _, meta, pages_meta, extra = head
    if not words:
        return Summary(pages_meta), extra
    pages = [Page(words=pickle.load(f), **pm) for pm in pages_meta]
    return Document(pages=pages, **meta), extra


def page_blobs(f: BinaryIO, key: str | None) -> Iterator[bytes]:
    """Each page's words (a pickled `PageWords`) as bytes, one page at a time (what the case store keeps;
    issue 7: copied from the cache by the run's process instead of turned into JSON).
    ValueError when the file is for another key or in another format."""
    head = pickle.load(f)
    if not (isinstance(head, tuple) and len(head) >= 5) or head[1] != FORMAT or (key is not None and head[0] != key):
        raise ValueError("not a document cache of this run")
    for _ in head[3]:
        yield pickle.dumps(pickle.load(f), protocol=pickle.HIGHEST_PROTOCOL)


def words_from_blob(blob: bytes) -> PageWords:
    got = pickle.loads(blob)
    return got if isinstance(got, PageWords) else _from_v2(got)
