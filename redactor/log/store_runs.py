"""What `redactor run` and `redactor apply` write besides decisions: the runs, a run's
documents and pages, and what publish/ holds for each document."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterable

from redactor.log.store_base import now


class RunRecords:
    def begin_run(self, kind: str, actor: str, *, options: dict | None = None, version: str = "",
                  detector_version: str = "", started: str | None = None) -> int:
        with self.transaction() as c:
            cur = c.execute("INSERT INTO runs(kind, started, actor, version, detector_version, options)"
                            " VALUES (?, ?, ?, ?, ?, ?)",
                            (kind, started or now(), actor, version, detector_version,
                             json.dumps(options or {}, ensure_ascii=False, default=str)))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, summary: dict) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
                      (now(), json.dumps(summary, ensure_ascii=False), run_id))

    def last_run(self, kind: str = "run") -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM runs WHERE kind = ? ORDER BY id DESC LIMIT 1", (kind,)).fetchone()

    # ------------------------------------------------------------------ recording a run
    # (redactor.log.recording.RunRecording writes a run document by document with these)
    def upsert_document(self, c, o, position: int, text: str, run_id: int) -> None:
        text = text or ""
        old = c.execute("SELECT id, text FROM documents WHERE id = ?", (o.doc_id,)).fetchone()
        if old is None:
            c.execute("INSERT INTO documents(id, position, name, source, sha256, pages, title, date, text, status,"
                      " error_kind, error, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (o.doc_id, position, o.name, str(Path(o.source).resolve()), o.sha256, o.pages,
                       o.title or o.name, o.date, text, o.status, o.error_kind, o.error, run_id))
        else:
            c.execute("UPDATE documents SET position = ?, name = ?, source = ?, sha256 = ?, pages = ?, title = ?,"
                      " date = ?, text = CASE WHEN ? != '' THEN ? ELSE text END, status = ?, error_kind = ?, error = ?,"
                      " run_id = ? WHERE id = ?",
                      (position, o.name, str(Path(o.source).resolve()), o.sha256, o.pages, o.title or o.name, o.date,
                       text, text, o.status, o.error_kind, o.error, run_id, o.doc_id))
        if o.status in ("done", "skipped"):
            c.execute("UPDATE documents SET output = ?, output_sha256 = ?, decided = 1 WHERE id = ?",
                      (o.output, o.output_sha256, o.doc_id))
        else:
            # a failed document is not published, and apply must not publish it either until a
            # run has recorded its findings and decisions again
            c.execute("UPDATE documents SET output_sha256 = '', published_fp = '', decided = 0 WHERE id = ?",
                      (o.doc_id,))

    def put_pages(self, c, doc_id: str, rows: list[tuple], words: Iterable[bytes | str]) -> None:
        """Replace a document's pages by `rows` (redactor.log.rows.page_rows) with each page's
        words (`doccache.page_blobs`), inserted one page at a time."""
        c.execute("DELETE FROM pages WHERE doc_id = ?", (doc_id,))
        c.executemany("INSERT INTO pages(doc_id, idx, width, height, rotation, mediabox, cropbox, ocr, ocr_reason,"
                      " image_coverage, images, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      ((doc_id, *r, w) for r, w in zip(rows, words, strict=True)))

    # ------------------------------------------------------------------ publication records
    def set_published(self, doc_id: str, *, output: str, output_sha256: str, fp: str, status: str | None = None,
                      error_kind: str = "", error: str = "") -> None:
        """Record what publish/ holds for a document; `status` (done | failed) only when it changes."""
        with self.transaction() as c:
            c.execute("UPDATE documents SET output = ?, output_sha256 = ?, published_fp = ? WHERE id = ?",
                      (output, output_sha256, fp, doc_id))
            if status is not None:
                c.execute("UPDATE documents SET status = ?, error_kind = ?, error = ? WHERE id = ?",
                          (status, error_kind, error, doc_id))
