"""The case store's part of the audit chain: appending entries inside a write transaction
and mirroring them to `OUT/internal/audit.jsonl` (verifying the chain is
`redactor.log.audit`'s job)."""
from __future__ import annotations

import fcntl
import json
import os

from redactor.log.audit import GENESIS, entry_hash, jsonl_line
from redactor.log.store_base import StoreError, now
from redactor.log.store_convert import audit_row


class AuditChain:
    AUDIT_INSERT = ("INSERT INTO audit(seq, time, actor, kind, doc_id, finding_id, action, ground, reason, data,"
                    " prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def append_audit(self, **entry) -> int:
        """Append one entry to the chain (keywords: see `audit_row_for`). Must run inside
        `transaction()`."""
        row = self.audit_row_for(**entry)
        self.conn.execute(self.AUDIT_INSERT, row)
        return row[0]

    def audit_row_for(self, *, actor: str, kind: str, doc: str = "", finding: str = "", action: str = "",
                      ground: str = "", reason: str = "", data: dict | None = None, time: str | None = None) -> tuple:
        """The next entry of the chain as a row for AUDIT_INSERT, which the caller must insert
        (issue 7: the run records a document's entries with one executemany) before the
        transaction ends. The chain's head moves on now."""
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
        self._local.head = (seq, h)
        # issue 7: the line audit.jsonl gets, made now rather than read back after the commit
        lines = getattr(self._local, "lines", None)
        if lines is not None:
            lines.append((seq, jsonl_line({**entry, "hash": h})))
        return (seq, entry["time"], actor, kind, entry["doc"], entry["finding"], entry["action"],
                entry["ground"], entry["reason"], stored, prev, h)

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

    def sync_jsonl(self, lines: list[tuple[int, str]] | None = None) -> None:
        """Append to audit.jsonl the entries it does not have yet (under a file lock, so the
        review app and a CLI command never interleave lines). `lines` are the (seq, line)s of
        the transaction just committed: written as they are when they follow on what the
        file has, else the missing entries are read from the store."""
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
                if lines and lines[0][0] == have + 1 and lines[-1][0] == have + len(lines):
                    text = [line for _, line in lines]
                else:
                    text = [jsonl_line(e) for e in self.audit_entries(since=have)]
                if text:
                    f.seek(0, os.SEEK_END)
                    f.write("".join(line + "\n" for line in text))
                    f.flush()
                    os.fsync(f.fileno())
                    have += len(text)
                self._jsonl_known = (os.fstat(f.fileno()).st_size, have)
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)
