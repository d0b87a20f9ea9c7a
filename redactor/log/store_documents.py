"""Reading the documents a run recorded: the document rows, their pages and words, and the
extracted `Document` rebuilt from them."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from redactor.log.store_base import StoreError
from redactor.log.store_convert import row_word
from redactor.models import Document, ImageBox, Page, Rect, Word


def _rect(v) -> Rect:
    return Rect(float(v[0]), float(v[1]), float(v[2]), float(v[3]))


class DocumentReads:
    def documents(self, *, removed: bool = False) -> list[sqlite3.Row]:
        """The dossier's documents in input order (without those a later run no longer had)."""
        sql = "SELECT * FROM documents" + ("" if removed else " WHERE status != 'removed'") + " ORDER BY position, id"
        return self.conn.execute(sql).fetchall()

    def document(self, doc_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()

    def pages(self, doc_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY idx", (doc_id,)).fetchall()

    def page(self, doc_id: str, idx: int) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM pages WHERE doc_id = ? AND idx = ?", (doc_id, idx)).fetchone()

    def load_document(self, doc_id: str) -> Document:
        """The extracted `Document` as recorded by the run (source, pages, words, text)."""
        d = self.document(doc_id)
        if d is None:
            raise StoreError(f"onbekend document {doc_id}")
        pages = []
        for p in self.pages(doc_id):
            words = self.page_words(p)
            images = [ImageBox(Rect(*v[:4]), v[4], v[5], v[6]) for v in json.loads(p["images"])]
            pages.append(Page(index=p["idx"], width=p["width"], height=p["height"], rotation=p["rotation"],
                              mediabox=_rect(json.loads(p["mediabox"])), cropbox=_rect(json.loads(p["cropbox"])),
                              words=words, images=images, ocr=bool(p["ocr"]), ocr_reason=p["ocr_reason"],
                              image_coverage=p["image_coverage"]))
        return Document(id=d["id"], source=Path(d["source"]), sha256=d["sha256"], pages=pages, text=d["text"],
                        title=d["title"], date=d["date"])

    @staticmethod
    def page_words(p) -> list[Word]:
        """The words of a `pages` row: packed (`doccache`) since issue 7, JSON before."""
        v = p["words"]
        if isinstance(v, bytes):
            from redactor.doccache import words_from_blob
            return words_from_blob(v)
        return [row_word(p["idx"], x) for x in json.loads(v)]
