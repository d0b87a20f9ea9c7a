"""Recording a `redactor run` into the case store, document by document as its results
arrive.

Issue 7: recording used to start after both passes, in the run's own process, with every
document of the dossier loaded at once: serial time that `--jobs` could not divide, and
memory that grew with the dossier. Now the run's process records each document while the
workers are busy with the next ones, holding one document at a time. Each document is its
own short write transaction, so the review app can still save a reviewer's decisions
during a long run (SQLite allows one writer at a time; a run holding the lock for hours
would make them wait past the busy timeout). A run that is killed midway leaves the
documents it recorded (with the same decisions the next run records again: unchanged
decisions add nothing to the audit chain) and an unfinished entry in `runs`; the next run
records the rest, then applies and writes the reports, as an uninterrupted run does.
"""
from __future__ import annotations

import json
from pathlib import Path

from redactor import doccache
from redactor.log.rows import DocumentRows
from redactor.log.store import CaseStore
from redactor.log.store_base import now
from redactor.log.store_convert import _finding_key, areas_json
from redactor.models import Decision


class RunRecording:
    def __init__(self, store: CaseStore, *, actor: str, options: dict, version: str, detector_version: str,
                 started: str):
        self.store, self.actor = store, actor
        self.run_id = store.begin_run("run", actor, options=options, version=version,
                                      detector_version=detector_version, started=started)
        self.counts = {"documents": 0, "findings_new": 0, "decisions": 0, "kept_reviewer": 0, "retired": 0}
        self.recorded: set[str] = set()
        self.position: dict[str, int] = {}       # doc_id -> place in the input order

    # ------------------------------------------------------------------ per document
    def document(self, o, position: int, rows: DocumentRows, decisions: list[Decision]) -> None:
        """Record one finished document: its pages, findings and the detector's decisions
        (a detector decision only when new or changed, never over a reviewer's decision;
        findings no longer produced are retired)."""
        with self.store.transaction() as c:
            self._document(c, o, position, rows, decisions)
            if o.status in ("done", "skipped"):
                # what the run itself wrote: the areas of its own decisions
                self.store.set_published(o.doc_id, output=o.output, output_sha256=o.output_sha256, fp=rows.areas_fp)

    def _document(self, c, o, position: int, rows: DocumentRows, decisions: list[Decision]) -> None:
        store, run_id = self.store, self.run_id
        doc_id = rows.doc_id
        store.upsert_document(c, o, position, rows.text, run_id)
        self.counts["documents"] += 1
        self.recorded.add(o.doc_id)
        with open(rows.cache, "rb") as f:
            store.put_pages(c, doc_id, rows.pages, doccache.page_blobs(f, None))
        existing = {}
        for r in c.execute("SELECT f.*, d.actor AS dactor, d.action AS daction, d.ground AS dground,"
                           " d.reason AS dreason FROM findings f LEFT JOIN decisions d ON d.id = f.decision_id"
                           " WHERE f.doc_id = ? AND f.origin = 'detector'", (doc_id,)):
            existing[_finding_key(r["start"], r["end"], r["label"], r["areas"])] = r
        next_n = 1 + max((int(r["id"].rsplit("-", 1)[1]) for r in existing.values()), default=-1)
        # issue 7: a finding, its decision and the decision's audit entry are rows collected
        # here and inserted with one executemany per table. Decision IDs are given here (the
        # transaction holds the write lock), so a new finding is inserted with its current
        # decision and needs no UPDATE.
        new_findings, updated, new_decisions, new_audit, current = [], [], [], [], []
        next_decision = c.execute("SELECT COALESCE(MAX(id), 0) FROM decisions").fetchone()[0] + 1
        created = now()
        seen: set[str] = set()
        for d, boxes in zip(decisions, rows.boxes):
            f = d.finding
            ajson = areas_json(f.areas)
            old = existing.get(_finding_key(f.start, f.end, f.label.value, ajson))
            fid = old["id"] if old is not None else f"{doc_id}-{next_n:04d}"
            seen.add(fid)
            context, bjson, page = json.dumps(f.context, ensure_ascii=False), areas_json(boxes), boxes[0].page if boxes else 0
            if old is not None:
                updated.append((f.text, f.detector, float(f.score), f.explanation, context, f.person_key, bjson, page,
                                run_id, fid))
                if (old["dactor"] or "").startswith("reviewer:"):
                    self.counts["kept_reviewer"] += 1
                    continue
                if (old["daction"], old["dground"], old["dreason"], old["dactor"]) == (
                        d.action.value, d.ground, d.reason, d.actor):
                    continue
                current.append((next_decision, fid))
            else:
                next_n += 1
                new_findings.append((fid, doc_id, f.start, f.end, f.text, f.label.value, f.detector, float(f.score),
                                     f.explanation, context, f.person_key, ajson, bjson, page, next_decision, run_id,
                                     created))
                self.counts["findings_new"] += 1
            row = {"id": fid, "doc_id": doc_id, "origin": "detector", "start": f.start, "end": f.end,
                   "label": f.label.value, "detector": f.detector, "score": float(f.score), "areas": ajson,
                   "person": f.person_key}
            audit = store.audit_row_for(**store.decision_audit(row, d.action.value, d.ground, d.reason, d.actor,
                                                               d.time or now()))
            new_audit.append(audit)
            new_decisions.append((next_decision, fid, d.action.value, d.ground, d.reason, d.actor, audit[1], run_id,
                                  audit[0]))
            next_decision += 1
            self.counts["decisions"] += 1
        c.executemany("INSERT INTO findings(id, doc_id, origin, start, \"end\", text, label, detector, score,"
                      " explanation, context, person, areas, boxes, page, decision_id, run_id, created)"
                      " VALUES (?, ?, 'detector', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new_findings)
        c.executemany("UPDATE findings SET text = ?, detector = ?, score = ?, explanation = ?, context = ?,"
                      " person = ?, boxes = ?, page = ?, retired = 0, run_id = ? WHERE id = ?", updated)
        c.executemany(store.DECISION_INSERT, new_decisions)
        c.executemany("UPDATE findings SET decision_id = ? WHERE id = ?", current)
        c.executemany(store.AUDIT_INSERT, new_audit)
        for r in existing.values():
            if r["id"] not in seen and not r["retired"]:
                c.execute("UPDATE findings SET retired = 1 WHERE id = ?", (r["id"],))
                store.append_audit(actor=self.actor, kind="decision", doc=doc_id, finding=r["id"], action="retired",
                                   reason="niet meer gevonden bij een nieuwe run",
                                   data={"label": r["label"], "span": [r["start"], r["end"]]})
                self.counts["retired"] += 1

    # ------------------------------------------------------------------ end of the run
    def commit(self, outcomes: list) -> dict:
        """Record the documents without results (failed), mark documents of earlier runs this
        run did not get as removed, and close the run's recording. Returns the counts."""
        with self.store.transaction() as c:
            for o in outcomes:
                if o.doc_id not in self.recorded:
                    self.store.upsert_document(c, o, self.position.get(o.doc_id, 0), "", self.run_id)
                    self.counts["documents"] += 1
            # documents of an earlier run that this run did not get are no longer part of the
            # dossier: not published, not in the reports (their history stays)
            here = [o.doc_id for o in outcomes]
            # "NOT IN (NULL)" matches nothing, so a run without documents needs its own query
            keep = f" AND id NOT IN ({','.join('?' * len(here))})" if here else ""
            gone = c.execute(f"SELECT id FROM documents WHERE status != 'removed'{keep}", here).fetchall()
            for (doc_id,) in gone:
                c.execute("UPDATE documents SET status = 'removed', decided = 0, output_sha256 = '',"
                          " published_fp = '' WHERE id = ?", (doc_id,))
                self.store.append_audit(actor=self.actor, kind="document", doc=doc_id, action="removed",
                                        reason="niet meer in de invoer van de run")
            self.counts["removed"] = len(gone)
            self.store.append_audit(actor=self.actor, kind="run", data={"run": self.run_id, **self.counts})
        return self.counts

    def close(self) -> None:
        """Nothing to undo (every recorded document was its own complete transaction): only
        the store's connection is closed."""
        self.store.close()


def open_recording(out: Path, **kw) -> RunRecording:
    return RunRecording(CaseStore.for_out(out, create=True), **kw)
