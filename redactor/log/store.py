"""The case store: one SQLite database per dossier (`OUT/internal/case.sqlite`).

It holds the documents (with their pages, words and text), the findings, the history of
decisions and the runs; `redactor run` writes into it, and the review app, `redactor apply`
and `redactor audit` read from it. The schema is in `schema.sql` and docs/review.md.

Concurrency: WAL journal, so readers (the review app, audit) never block the writer and a
crash never leaves a half-written database; writes take the write lock up front
(`BEGIN IMMEDIATE`) and wait up to `BUSY_TIMEOUT_MS` for another writer. One connection
per thread.

Every change of a decision goes through this module and appends an entry to the audit
chain (`redactor.log.audit`) in the same transaction; the entries are then mirrored to
`OUT/internal/audit.jsonl`.

Schema versions: `PRAGMA user_version`; `MIGRATIONS[n]` brings a database from version n
to n+1. A database newer than this code is refused.
"""
from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from redactor.log.audit import GENESIS, GROUND_RE, entry_hash, jsonl_line
from redactor.models import (Action, Decision, Document, Finding, ImageBox, Label, Page, PageArea,
                             Rect, Word)

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000
STORE_NAME = "case.sqlite"
AUDIT_JSONL = "audit.jsonl"

# MIGRATIONS[n]: SQL that brings a version-n database to version n+1 (n >= 1).
MIGRATIONS: dict[int, str] = {}


class StoreError(Exception):
    """The case store is missing, newer than this program, or inconsistent."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def store_path(out: Path) -> Path:
    return Path(out) / "internal" / STORE_NAME


def _rect(v) -> Rect:
    return Rect(float(v[0]), float(v[1]), float(v[2]), float(v[3]))


def row_word(page: int, v: list) -> Word:
    return Word(text=v[0], page=page, box=Rect(v[1], v[2], v[3], v[4]), start=v[5], end=v[6], line=v[7],
                char_edges=tuple(v[8]), direction=v[9], confidence=v[10])


def areas_json(areas: Iterable[PageArea]) -> str:
    return json.dumps([[a.page, *a.rect.as_tuple()] for a in areas])


def json_areas(s: str) -> list[PageArea]:
    return [PageArea(int(v[0]), Rect(*v[1:5])) for v in json.loads(s or "[]")]


class CaseStore:
    def __init__(self, path: Path, *, create: bool = False):
        self.path = Path(path)
        self.jsonl = self.path.parent / AUDIT_JSONL
        if not self.path.exists() and not create:
            raise StoreError(f"geen dossierdatabase op {self.path}; voer eerst `redactor run` uit")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._migrate()

    @classmethod
    def for_out(cls, out: Path, *, create: bool = False) -> "CaseStore":
        return cls(store_path(out), create=create)

    # ------------------------------------------------------------------ connections
    @property
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                check_same_thread=False)
            c.row_factory = sqlite3.Row
            c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = NORMAL")
            c.execute("PRAGMA foreign_keys = ON")
            self._local.conn = c
        return c

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction holding the write lock from the start; audit entries appended
        inside it are mirrored to audit.jsonl after the commit."""
        c = self.conn
        if c.in_transaction:           # nested: join the outer transaction
            yield c
            return
        c.execute("BEGIN IMMEDIATE")
        self._local.head = None     # the chain's head, read once per transaction (we hold the lock)
        try:
            yield c
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        finally:
            self._local.head = None
        self.sync_jsonl()

    def _migrate(self) -> None:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} heeft schemaversie {version}; deze redactor kent tot en met "
                                 f"{SCHEMA_VERSION}; werk redactor bij.")
            if version == 0:
                for stmt in _statements((Path(__file__).with_name("schema.sql")).read_text(encoding="utf-8")):
                    c.execute(stmt)
                c.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (now(),))
                version = 1
            while version < SCHEMA_VERSION:
                for stmt in _statements(MIGRATIONS[version]):
                    c.execute(stmt)
                version += 1
            c.execute(f"PRAGMA user_version = {version}")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------------ meta
    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                      (key, value))

    # ------------------------------------------------------------------ audit chain
    def append_audit(self, *, actor: str, kind: str, doc: str = "", finding: str = "", action: str = "",
                     ground: str = "", reason: str = "", data: dict | None = None, time: str | None = None) -> int:
        """Append one entry to the chain. Must run inside `transaction()`."""
        c = self.conn
        if not c.in_transaction:
            raise StoreError("append_audit outside a transaction")
        last = getattr(self._local, "head", None)
        if last is None:
            last = c.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        # round-trip through JSON so that what is hashed is exactly what is stored and read back
        stored = json.dumps(data or {}, ensure_ascii=False)
        entry = {"seq": seq, "time": time or now(), "actor": actor, "kind": kind, "doc": doc or "",
                 "finding": finding or "", "action": action or "", "ground": ground or "",
                 "reason": reason or "", "data": json.loads(stored), "prev": prev}
        h = entry_hash(prev, entry)
        c.execute("INSERT INTO audit(seq, time, actor, kind, doc_id, finding_id, action, ground, reason, data, prev, hash)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (seq, entry["time"], actor, kind, entry["doc"], entry["finding"], entry["action"],
                   entry["ground"], entry["reason"], stored, prev, h))
        self._local.head = (seq, h)
        return seq

    def audit_entries(self, since: int = 0) -> list[dict]:
        rows = self.conn.execute("SELECT * FROM audit WHERE seq > ? ORDER BY seq", (since,)).fetchall()
        return [audit_row(r) for r in rows]

    def last_audit(self, kind: str, doc: str) -> dict | None:
        r = self.conn.execute("SELECT * FROM audit WHERE kind = ? AND doc_id = ? ORDER BY seq DESC LIMIT 1",
                              (kind, doc)).fetchone()
        return audit_row(r) if r else None

    def audit_head(self) -> tuple[int, str]:
        last = self.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (last[0], last[1]) if last else (0, GENESIS)

    def sync_jsonl(self) -> None:
        """Append to audit.jsonl the entries it does not have yet (under a file lock, so the
        review app and a CLI command never interleave lines)."""
        self.jsonl.parent.mkdir(parents=True, exist_ok=True)
        with open(self.jsonl, "a+", encoding="utf-8") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                # counting the lines each time made a run with thousands of transactions
                # quadratic: the count is remembered with the file size it was made at, and
                # recounted only when another process (the review app) changed the file
                size = os.fstat(f.fileno()).st_size
                known = getattr(self, "_jsonl_known", None)
                if known is not None and known[0] == size:
                    have = known[1]
                else:
                    f.seek(0)
                    have = sum(1 for line in f if line.strip())
                new = self.audit_entries(since=have)
                if new:
                    f.seek(0, os.SEEK_END)
                    f.write("".join(jsonl_line(e) + "\n" for e in new))
                    f.flush()
                    os.fsync(f.fileno())
                    have += len(new)
                self._jsonl_known = (os.fstat(f.fileno()).st_size, have)
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    # ------------------------------------------------------------------ runs
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

    # ------------------------------------------------------------------ documents
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

    def put_pages(self, c, doc_id: str, rows: list[tuple], words: Iterable[bytes | str]) -> None:
        """Replace a document's pages by `rows` (redactor.log.rows.page_rows) with each page's
        words (`doccache.page_blobs`), inserted one page at a time."""
        c.execute("DELETE FROM pages WHERE doc_id = ?", (doc_id,))
        c.executemany("INSERT INTO pages(doc_id, idx, width, height, rotation, mediabox, cropbox, ocr, ocr_reason,"
                      " image_coverage, images, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      ((doc_id, *r, w) for r, w in zip(rows, words, strict=True)))

    @staticmethod
    def page_words(p) -> list[Word]:
        """The words of a `pages` row: packed (`doccache`) since issue 7, JSON before."""
        v = p["words"]
        if isinstance(v, bytes):
            from redactor.doccache import words_from_blob
            return words_from_blob(v)
        return [row_word(p["idx"], x) for x in json.loads(v)]

    # ------------------------------------------------------------------ findings & decisions
    FINDING_SELECT = ("SELECT f.*, d.action, d.ground, d.reason, d.actor, d.time AS decided"
                      " FROM findings f LEFT JOIN decisions d ON d.id = f.decision_id")

    def findings(self, doc_id: str | None = None, *, person: str | None = None, page: int | None = None,
                 include_retired: bool = False) -> list[sqlite3.Row]:
        where, args = [], []
        if doc_id is not None:
            where.append("f.doc_id = ?")
            args.append(doc_id)
        if person is not None:
            where.append("f.person = ?")
            args.append(person)
        if not include_retired:
            where.append("f.retired = 0")
        sql = self.FINDING_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.conn.execute(sql, args).fetchall()
        if page is not None:
            rows = [r for r in rows if any(b[0] == page for b in json.loads(r["boxes"]))]
        return sorted(rows, key=finding_order)

    def finding(self, finding_id: str) -> sqlite3.Row | None:
        return self.conn.execute(self.FINDING_SELECT + " WHERE f.id = ?", (finding_id,)).fetchone()

    def decision_history(self, finding_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM decisions WHERE finding_id = ? ORDER BY id", (finding_id,)).fetchall()

    def current_decisions_boxes(self, doc_id: str) -> tuple[list[Decision], list[str], list[list[PageArea]]]:
        """The decisions the writer applies to one document, in a stable order, with their IDs
        and the rectangles each finding covers (as recorded)."""
        decisions, ids, boxes = [], [], []
        for r in self.findings(doc_id):
            if r["action"] is None:
                continue
            decisions.append(row_decision(r))
            ids.append(r["id"])
            boxes.append(json_areas(r["boxes"]))
        return decisions, ids, boxes

    def _decide(self, c, finding: sqlite3.Row, action: str, ground: str, reason: str, actor: str,
                run_id: int | None = None, time: str | None = None) -> int:
        time = time or now()
        data = {"label": finding["label"], "span": [finding["start"], finding["end"]],
                "origin": finding["origin"], "detector": finding["detector"], "score": finding["score"]}
        if finding["origin"] == "manual" or json.loads(finding["areas"]):
            data["areas"] = json.loads(finding["areas"])
        if finding["person"]:
            data["person"] = finding["person"]
        seq = self.append_audit(actor=actor, kind="decision", doc=finding["doc_id"], finding=finding["id"],
                                action=action, ground=ground, reason=reason, data=data, time=time)
        cur = c.execute("INSERT INTO decisions(finding_id, action, ground, reason, actor, time, run_id, audit_seq)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (finding["id"], action, ground, reason, actor, time, run_id, seq))
        c.execute("UPDATE findings SET decision_id = ? WHERE id = ?", (cur.lastrowid, finding["id"]))
        return int(cur.lastrowid)

    def decide(self, finding_ids: list[str], action: str, ground: str, reason: str, actor: str) -> int:
        """A reviewer's decision on one or more findings. Returns how many changed."""
        action = Action(action).value
        if action != Action.KEEP.value and not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        if action == Action.KEEP.value:
            ground = ""
        n = 0
        with self.transaction() as c:
            for fid in finding_ids:
                f = c.execute("SELECT * FROM findings WHERE id = ?", (fid,)).fetchone()
                if f is None:
                    raise StoreError(f"onbekende bevinding {fid}")
                cur = c.execute("SELECT * FROM decisions WHERE id = ?", (f["decision_id"],)).fetchone()
                if cur is not None and (cur["action"], cur["ground"], cur["reason"], cur["actor"]) == (
                        action, ground, reason, actor):
                    continue
                self._decide(c, f, action, ground, reason, actor)
                n += 1
        return n

    def add_manual(self, doc_id: str, *, actor: str, ground: str, reason: str, start: int | None = None,
                   end: int | None = None, areas: list[PageArea] | None = None,
                   label: str = Label.OTHER.value) -> str:
        """A reviewer's own redaction: a text span (start, end) or drawn rectangles."""
        from redactor.areas import WordIndex, span_rects

        if not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        doc = self.load_document(doc_id)
        index = WordIndex(doc)
        if areas:
            # the characters whose centre lies in the rectangle: what the reviewer sees covered
            covered: list[tuple[int, str]] = []
            for a in areas:
                for w in doc.pages[a.page].words:
                    if not w.box.intersects(a.rect):
                        continue
                    for i, ch in enumerate(w.text):
                        b = w.sub_box(i, i + 1)
                        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
                        if a.rect.x0 <= cx <= a.rect.x1 and a.rect.y0 <= cy <= a.rect.y1:
                            covered.append((w.start + i, ch))
            covered.sort()
            start = covered[0][0] if covered else 0
            end = covered[-1][0] + 1 if covered else 0
            text = "".join(ch if n == 0 or off == covered[n - 1][0] + 1 else " " + ch
                           for n, (off, ch) in enumerate(covered))
            boxes = list(areas)
            explicit = list(areas)
        else:
            if start is None or end is None or not (0 <= start < end <= len(doc.text)):
                raise StoreError("ongeldige tekstselectie")
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            text = doc.text[start:end]
            boxes = span_rects(index, start, end)
            explicit = []
            if not boxes:
                raise StoreError("de selectie bevat geen woorden")
        with self.transaction() as c:
            n = c.execute("SELECT COUNT(*) FROM findings WHERE doc_id = ? AND origin = 'manual'", (doc_id,)).fetchone()[0]
            fid = f"{doc_id}-m{n + 1:03d}"
            explanation = "handmatig toegevoegd door de beoordelaar"
            c.execute("INSERT INTO findings(id, doc_id, origin, start, \"end\", text, label, detector, score, explanation,"
                      " context, person, areas, boxes, page, created) VALUES (?, ?, 'manual', ?, ?, ?, ?, 'reviewer', 1.0,"
                      " ?, '{}', '', ?, ?, ?, ?)",
                      (fid, doc_id, start, end, text, label, explanation, areas_json(explicit), areas_json(boxes),
                       boxes[0].page, now()))
            f = c.execute("SELECT * FROM findings WHERE id = ?", (fid,)).fetchone()
            self._decide(c, f, Action.REDACT.value, ground, reason, actor)
        return fid

    # ------------------------------------------------------------------ document decisions
    def withhold(self, doc_id: str, ground: str, reason: str, actor: str) -> None:
        if not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id, action="withhold", ground=ground,
                              reason=reason, time=t)
            c.execute("UPDATE documents SET withheld = 1, withheld_ground = ?, withheld_reason = ?, withheld_by = ?,"
                      " withheld_at = ? WHERE id = ?", (ground, reason, actor, t, doc_id))

    def unwithhold(self, doc_id: str, reason: str, actor: str) -> None:
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id, action="publish", reason=reason, time=t)
            c.execute("UPDATE documents SET withheld = 0, withheld_ground = '', withheld_reason = '', withheld_by = ?,"
                      " withheld_at = ? WHERE id = ?", (actor, t, doc_id))

    def mark_reviewed(self, doc_id: str, reviewed: bool, actor: str) -> None:
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id,
                              action="reviewed" if reviewed else "unreviewed", time=t)
            c.execute("UPDATE documents SET reviewed = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
                      (int(reviewed), actor if reviewed else "", t if reviewed else "", doc_id))

    @staticmethod
    def _require_doc(c, doc_id: str) -> None:
        if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
            raise StoreError(f"onbekend document {doc_id}")

    # ------------------------------------------------------------------ persons
    def persons(self) -> list[dict]:
        rows = self.conn.execute(self.FINDING_SELECT + " WHERE f.person != '' AND f.retired = 0").fetchall()
        by: dict[str, list] = {}
        for r in rows:
            by.setdefault(r["person"], []).append(r)
        out = []
        for key, rs in by.items():
            names = [r["text"] for r in rs if r["label"] in ("PERSON",)] or [r["text"] for r in rs]
            display = max(set(names), key=lambda s: (names.count(s), len(s)))
            actions: dict[str, int] = {}
            for r in rs:
                actions[r["action"] or "-"] = actions.get(r["action"] or "-", 0) + 1
            out.append({"key": key, "name": display, "mentions": len(rs), "documents": len({r["doc_id"] for r in rs}),
                        "actions": actions})
        return sorted(out, key=lambda p: (-p["mentions"], p["name"].lower()))

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


def GROUND_OK(g: str) -> bool:  # noqa: N802 - reads like a constant predicate
    return bool(g) and bool(GROUND_RE.match(g))


def _finding_key(start: int, end: int, label: str, areas: str) -> tuple:
    return (int(start), int(end), label, areas or "[]")


def finding_order(r) -> tuple:
    """Detector findings in the order the detector made them, then manual ones."""
    fid = r["id"]
    tail = fid.rsplit("-", 1)[1]
    manual = tail.startswith("m")
    return (r["doc_id"], manual, int(tail[1:] if manual else tail))


def row_decision(r) -> Decision:
    f = Finding(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"], label=Label(r["label"]),
                detector=r["detector"], score=r["score"], explanation=r["explanation"],
                context=json.loads(r["context"] or "{}"), areas=json_areas(r["areas"]))
    return Decision(finding=f, action=Action(r["action"]), ground=r["ground"] or "", reason=r["reason"] or "",
                    actor=r["actor"], time=r["decided"])


def audit_row(r) -> dict:
    return {"seq": r["seq"], "time": r["time"], "actor": r["actor"], "kind": r["kind"], "doc": r["doc_id"],
            "finding": r["finding_id"], "action": r["action"], "ground": r["ground"], "reason": r["reason"],
            "data": json.loads(r["data"]), "prev": r["prev"], "hash": r["hash"]}


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements (no semicolons inside our statements' strings)."""
    lines = [ln.split("--", 1)[0] for ln in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
