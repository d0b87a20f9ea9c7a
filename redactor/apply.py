"""Publish from the case store: rewrite `publish/` (PDFs, productierapport, inventory) and the
internal logs from the current decisions, through the same writer and self-check as
`redactor run`.

`redactor run` calls `after_run` (one hook in `Dossier.run`): it records the run into the
case store and then applies, so that reviewer decisions and withheld documents survive a
rerun. `redactor apply OUT/` and the review app's "Publiceren" button call `apply_dossier`.

A document is rewritten only when the areas it would get differ from the areas it was last
written with (or its published file is missing or changed); every publication and every
withheld document is recorded in the audit chain with the hash of what was written and the
areas drawn, which is what `redactor audit verify` checks the files against.
"""
from __future__ import annotations

import getpass
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from redactor.areas import areas_fingerprint, areas_from_boxes
from redactor.errors import DocumentError
from redactor.extract import file_sha256
from redactor.log.findings import records_from_boxes, write_findings
from redactor.log.manifest import write_failures, write_manifest
from redactor.log.reports import write_inventory_csv, write_inventory_pdf, write_productierapport
from redactor.log.store import CaseStore
from redactor.log.store_base import now
from redactor.models import DocumentOutcome, RedactionArea
from redactor.pipeline import label_counts, outcome_of

log = logging.getLogger(__name__)

PRODUCTIERAPPORT = "productierapport.xlsx"
INVENTORY_CSV = "inventaris.csv"
INVENTORY_PDF = "inventaris.pdf"
REPORTS = (PRODUCTIERAPPORT, INVENTORY_CSV, INVENTORY_PDF)


def default_actor(kind: str = "reviewer") -> str:
    name = os.environ.get("REDACTOR_REVIEWER") or _user()
    return f"{kind}:{name}"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "onbekend"


# ---------------------------------------------------------------------- shared with dossier.py

def write_dossier_logs(out: Path, outcomes: list[DocumentOutcome], records: dict[str, list[dict]], *,
                       matter: str, versions: dict, options: dict, started: str) -> dict[str, str]:
    """The dossier's reports and internal logs: productierapport, inventory (CSV + PDF),
    findings.jsonl, failures.csv, manifest.json. Returns {relative path: sha256} of the
    published reports."""
    out = Path(out)
    publish, internal = out / "publish", out / "internal"
    published = [o for o in outcomes if o.status in ("done", "skipped")]
    write_productierapport(publish / PRODUCTIERAPPORT, published, matter)
    write_inventory_csv(publish / INVENTORY_CSV, published)
    write_inventory_pdf(publish / INVENTORY_PDF, published, matter)
    write_findings(internal / "findings.jsonl", records)
    remedies = {c.kind: c.remedy for c in _subclasses(DocumentError)}
    failed = [(o, remedies.get(o.error_kind, "")) for o in outcomes if o.status == "failed"]
    write_failures(internal / "failures.csv", failed)
    reports = {f"publish/{name}": file_sha256(publish / name) for name in REPORTS}
    write_manifest(internal / "manifest.json", outcomes=outcomes, versions=versions, options=options,
                   started=started, extra_outputs=reports)
    return reports


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


# ---------------------------------------------------------------------- fingerprints

def areas_record(areas: list[RedactionArea]) -> list[dict]:
    return [{"page": a.page, "ground": a.ground, "rects": [[round(v, 2) for v in r.as_tuple()] for r in a.rects],
             "decisions": list(a.decision_ids)} for a in areas]


# ---------------------------------------------------------------------- run → store

def start_recording(dossier, *, started: str, version: str):
    """Open the recording of a `redactor run` (see redactor.log.recording): called between the
    passes, so that each document is recorded as soon as its second pass is done."""
    from redactor.log.recording import open_recording

    opts = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(dossier.opts).items()}
    rec = open_recording(Path(dossier.out), actor=default_actor("run"), options=opts, version=version or "",
                         detector_version=dossier.detector_version, started=started)
    rec.position = {f.doc_id: n for n, f in enumerate(dossier.files)}     # input order
    try:
        rec.store.set_meta("matter", dossier.opts.matter or "")
        rec.store.set_meta("name_by", dossier.opts.name_by)
    except BaseException:
        rec.close()
        raise
    return rec


def record_finished(rec, outcome: DocumentOutcome, fin) -> None:
    """Record one document whose second pass is done (`fin.rows`, prepared by the worker)."""
    if fin.rows is not None:     # without: recorded at the end, like a failed document
        rec.document(outcome, rec.position.get(outcome.doc_id, 0), fin.rows, fin.decisions)


def after_run(dossier, outcomes: list[DocumentOutcome], rec, *, started: str) -> "ApplyResult":
    """Commit the recording of a finished `redactor run`, then apply, so that publish/
    reflects reviewer decisions made before this run."""
    store = rec.store
    try:
        counts = rec.commit(outcomes)
        result = apply_dossier(Path(dossier.out), actor=rec.actor, store=store, started=started)
        store.finish_run(rec.run_id, {**counts, **result.summary()})
    finally:
        rec.close()
    return result


# ---------------------------------------------------------------------- apply

@dataclass
class ApplyResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)     # (doc_id, message)
    reports: dict[str, str] = field(default_factory=dict)
    head: str = ""

    def summary(self) -> dict:
        return {"written": len(self.written), "unchanged": len(self.unchanged), "withheld": len(self.withheld),
                "failed": len(self.failed)}


def apply_dossier(out: Path, *, actor: str | None = None, store: CaseStore | None = None,
                  started: str | None = None, progress=None) -> ApplyResult:
    """Rewrite publish/ from the case store's current decisions."""
    out = Path(out)
    if store is None:
        store = CaseStore.for_out(out)
        try:
            return apply_dossier(out, actor=actor, store=store, started=started, progress=progress)
        finally:
            store.close()
    actor = actor or default_actor()
    started = started or now()
    publish = out / "publish"
    tmp_dir = out / "internal" / "tmp"
    publish.mkdir(parents=True, exist_ok=True)
    tmp_dir.mkdir(parents=True, exist_ok=True)
    result = ApplyResult()
    outcomes: list[DocumentOutcome] = []
    records: dict[str, list[dict]] = {}
    rows = store.documents()
    in_use = {d["output"] or _default_output(store, d) for d in rows}
    # issue 7: the publish entries of documents whose file is already in place are appended
    # together (one transaction for a whole run's documents, not one each); flushed before a
    # file is written and at the end. A process killed in between appends them next time.
    pending: list[dict] = []

    def flush() -> None:
        if pending:
            with store.transaction():
                for entry in pending:
                    store.append_audit(**entry)
            pending.clear()

    for d in store.documents(removed=True):
        if d["status"] == "removed":       # dropped from the input by a later run
            rel = d["output"] or _default_output(store, d)
            # a new version of the file may be published under the same name: leave that one
            _record_unpublished(store, actor, d["id"], rel, None if rel in in_use else out / rel,
                                reason="niet meer in het dossier")
    for n, d in enumerate(rows):
        if progress:
            progress(n, len(rows), d["name"])
        o = DocumentOutcome(doc_id=d["id"], source=d["source"], name=d["name"], sha256=d["sha256"],
                            status=d["status"], pages=d["pages"], title=d["title"], date=d["date"],
                            error_kind=d["error_kind"], error=d["error"])
        outcomes.append(o)
        rel = d["output"] or _default_output(store, d)
        dst = out / rel
        if not d["decided"]:
            # failed in the run: not published; record that if it was published before
            flush()
            _record_unpublished(store, actor, d["id"], rel, dst)
            continue
        # issue 7: from the store's rectangles per finding; the words are not read again
        decisions, ids, boxes = store.current_decisions_boxes(d["id"])
        records[d["id"]] = records_from_boxes(d["id"], d["text"], decisions, ids, boxes)
        o.label_counts = label_counts(decisions)
        for dec in decisions:
            o.decision_counts[dec.action.value] = o.decision_counts.get(dec.action.value, 0) + 1
        if d["withheld"]:
            flush()
            o.status, o.outcome, o.grounds, o.output = "done", "Niet openbaar", [d["withheld_ground"]], ""
            if dst.exists():
                dst.unlink()
            fp = f"withheld:{d['withheld_ground']}"
            last = store.last_audit("publish", d["id"])
            if last is None or last["action"] != "withhold" or last["ground"] != d["withheld_ground"]:
                with store.transaction():
                    store.append_audit(actor=actor, kind="publish", doc=d["id"], action="withhold",
                                       ground=d["withheld_ground"], reason=d["withheld_reason"],
                                       data={"output": None, "was": rel})
            store.set_published(d["id"], output=rel, output_sha256="", fp=fp)
            result.withheld.append(d["id"])
            continue
        areas = areas_from_boxes(decisions, ids, boxes)
        fp = areas_fingerprint(areas)
        o.outcome, o.grounds = outcome_of(decisions)
        current = (d["status"] != "failed" and d["published_fp"] == fp and d["output_sha256"] and dst.exists()
                   and file_sha256(dst) == d["output_sha256"])
        if current:
            sha = d["output_sha256"]
            result.unchanged.append(d["id"])
        else:
            flush()
            try:
                sha = _write(d, areas, dst, tmp_dir)
            except DocumentError as e:
                log.warning("apply: %s failed: %s", d["name"], e)
                o.status, o.error_kind, o.error = "failed", e.kind, e.message
                if dst.exists():
                    dst.unlink()
                store.set_published(d["id"], output=rel, output_sha256="", fp="", status="failed",
                                    error_kind=e.kind, error=e.message)
                _record_unpublished(store, actor, d["id"], rel, dst, reason=f"{e.kind}: {e.message}")
                result.failed.append((d["id"], f"{e.kind}: {e.message}"))
                continue
            store.set_published(d["id"], output=rel, output_sha256=sha, fp=fp, status="done")
            result.written.append(d["id"])
        # an unchanged document keeps the run's status ("skipped" when the run reused it)
        status = d["status"] if current and d["status"] in ("done", "skipped") else "done"
        o.status, o.output, o.output_sha256, o.error_kind, o.error = status, rel, sha, "", ""
        last = store.last_audit("publish", d["id"])
        if (last is None or last["action"] != "publish" or last["data"].get("sha256") != sha
                or last["data"].get("fingerprint") != fp):
            pending.append(dict(actor=actor, kind="publish", doc=d["id"], action="publish",
                                data={"output": rel, "sha256": sha, "fingerprint": fp,
                                      "outcome": o.outcome, "grounds": o.grounds, "areas": areas_record(areas)}))
    flush()
    run = store.last_run("run")
    options = json.loads(run["options"]) if run else {}
    versions = {"run": run["version"] if run else "", "detector": run["detector_version"] if run else ""}
    result.reports = write_dossier_logs(out, outcomes, records, matter=store.meta("matter"), versions=versions,
                                        options=options, started=started)
    with store.transaction():
        store.append_audit(actor=actor, kind="reports", data={"files": result.reports})
        store.append_audit(actor=actor, kind="apply", data=result.summary())
    result.head = store.audit_head()[1]
    return result


def _default_output(store: CaseStore, d) -> str:
    name = f"{d['id']}.pdf" if store.meta("name_by") == "id" else d["name"]
    return f"publish/{name}"


def _write(d, areas, dst: Path, tmp_dir: Path) -> str:
    """Write through the writer (with its self-check) to a temporary file inside OUT/, then
    move it into place, so a failed write never leaves a half-written PDF in publish/."""
    # imported here: after a run every document is usually in place already, and the
    # writer's imports (pikepdf, pdfminer, ...) cost the run's process 0.2 s
    from redactor.write import redact_pdf

    src = Path(d["source"])
    if not src.is_file():
        raise DocumentError(f"original not found: {src}")
    if file_sha256(src) != d["sha256"]:
        raise DocumentError(f"original changed since the run: {src}; run `redactor run` again")
    tmp = tmp_dir / f"{d['id']}.pdf"
    try:
        redact_pdf(src, tmp, areas)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, dst)
    finally:
        if tmp.exists():
            tmp.unlink()
    return file_sha256(dst)


def _record_unpublished(store: CaseStore, actor: str, doc_id: str, rel: str, dst: Path | None,
                        reason: str = "") -> None:
    if dst is not None and dst.exists():
        dst.unlink()
    last = store.last_audit("publish", doc_id)
    if last is not None and last["action"] == "publish":
        with store.transaction():
            store.append_audit(actor=actor, kind="publish", doc=doc_id, action="unpublish",
                               reason=reason or "document mislukt; niet gepubliceerd", data={"output": None, "was": rel})
