"""What the case store records of one document, prepared where the document already is.

Issue 7: the run's process records every document into the case store while the workers go
on; turning a document's words into rows and its findings into rectangles is most of that
work and needs the words, which only the worker has in memory. So the worker prepares it
(`document_rows`) and the run's process only executes the inserts
(`redactor.log.recording`), without reading the document back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from redactor.areas import areas_fingerprint, areas_from_boxes, decision_boxes
from redactor.models import Decision, Document, PageArea, Word


@dataclass(slots=True)
class DocumentRows:
    doc_id: str
    text: str
    pages: list[tuple] = field(default_factory=list)        # `page_rows`
    cache: str = ""                                         # the document cache the words are copied from
    boxes: list[list[PageArea]] = field(default_factory=list)   # per decision: the rectangles it covers
    areas_fp: str = ""                                      # fingerprint of the areas the run wrote


def word_row(w: Word) -> list:
    # full precision: apply must compute exactly the areas the run computed
    return [w.text, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.start, w.end, w.line,
            list(w.char_edges), w.direction, w.confidence]


def page_rows(doc: Document) -> list[tuple]:
    """The `pages` table's columns after doc_id, without the words (`words` comes from the
    document cache: `redactor.doccache.page_blobs`)."""
    return [(p.index, p.width, p.height, p.rotation, json.dumps(p.mediabox.as_tuple()),
             json.dumps(p.cropbox.as_tuple()), int(p.ocr), p.ocr_reason, p.image_coverage,
             json.dumps([[*i.box.as_tuple(), i.name, i.pixel_width, i.pixel_height] for i in p.images]))
            for p in doc.pages]


def document_rows(doc: Document, decisions: list[Decision], ids: list[str], cache: str) -> DocumentRows:
    boxes = decision_boxes(doc, decisions)
    return DocumentRows(doc.id, doc.text or "", page_rows(doc), cache, boxes,
                        areas_fingerprint(areas_from_boxes(decisions, ids, boxes)))
