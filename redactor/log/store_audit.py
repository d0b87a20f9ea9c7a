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
