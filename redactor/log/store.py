"""The case store: one SQLite database per dossier (`OUT/internal/case.sqlite`).

It holds the documents (with their pages, words and text), the findings, the history of
decisions and the runs; `redactor run` writes into it, and the review app, `redactor apply`
and `redactor audit` read from it. The schema is in `schema.sql` and docs/review.md.

Concurrency: WAL journal, so readers (the review app, audit) never block the writer and a
crash never leaves a half-written database; writes take the write lock up front
(`BEGIN IMMEDIATE`) and wait up to `BUSY_TIMEOUT_MS` for another writer. One connection
per thread.

Every change of a decision goes through the store (store_decisions.py) and appends an
entry to the audit chain (`redactor.log.audit`) in the same transaction; the entries are
then mirrored to `OUT/internal/audit.jsonl`.

Schema versions: `PRAGMA user_version`; `MIGRATIONS[n]` brings a database from version n
to n+1. A database newer than this code is refused.

This module opens the database, brings its schema up to date and holds the transactions;
the rest of `CaseStore` is in mixins by job: store_audit.py (appending to the audit chain),
store_documents.py (reading documents and pages), store_runs.py (what run and apply
write), store_findings.py (queries over findings), store_decisions.py (changing
decisions); store_convert.py converts rows, store_base.py has the error and the clock.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from redactor.log.store_audit import AuditChain
from redactor.log.store_base import StoreError, now
from redactor.log.store_decisions import Decisions
from redactor.log.store_documents import DocumentReads
from redactor.log.store_findings import FindingQueries
from redactor.log.store_runs import RunRecords

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000
STORE_NAME = "case.sqlite"
AUDIT_JSONL = "audit.jsonl"

# MIGRATIONS[n]: SQL that brings a version-n database to version n+1 (n >= 1).
MIGRATIONS: dict[int, str] = {
    # 2: the last publish entry of a document was found by scanning the whole chain, once per
    # document in every apply (issue 7: quadratic in the size of the dossier)
    1: "CREATE INDEX IF NOT EXISTS audit_doc ON audit(doc_id, kind)",
}


def store_path(out: Path) -> Path:
    return Path(out) / "internal" / STORE_NAME


# one class of mixins rather than separate objects: every part uses the same per-thread
# connection and joins the same transaction (a decision and its audit entry commit together)
class CaseStore(AuditChain, DocumentReads, RunRecords, FindingQueries, Decisions):
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
        self._local.lines = lines = []   # audit.jsonl lines of the entries appended in it
        try:
            yield c
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        finally:
            self._local.head = self._local.lines = None
        self.sync_jsonl(lines)

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


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements (no semicolons inside our statements' strings)."""
    lines = [ln.split("--", 1)[0] for ln in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
