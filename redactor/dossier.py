"""Run a dossier: every document through the pipeline, then the dossier's reports.

Layout of OUT/:
  publish/   redacted PDFs, productierapport.xlsx, inventaris.csv, inventaris.pdf
  internal/  findings.jsonl, manifest.json, failures.csv, state.json, cache/ (confidential)

`state.json` records per document what was done (input hash, versions, decisions hash,
output hash); it is rewritten during the second pass (at most every STATE_EVERY seconds)
and at its end, so a rerun after a crash or Ctrl-C skips what is unchanged.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

# review hook (issue 6): reports are written by the shared `write_dossier_logs`, and every run
# is recorded into the case store (internal/case.sqlite) by `after_run`, which also re-applies
# reviewer decisions. PRODUCTIERAPPORT etc. are re-exported from there.
from redactor.apply import (INVENTORY_CSV, INVENTORY_PDF, PRODUCTIERAPPORT, after_run, record_finished,  # noqa: F401
                            start_recording, write_dossier_logs)
from redactor.config import RunOptions
from redactor.errors import DocumentError
from redactor.executors import make_executor
from redactor.fsutil import write_text_atomic
from redactor.inputs import InputFile, collect, identify
from redactor.log.reports import preload as preload_reports
from redactor.models import DocumentOutcome
from redactor.pipeline import Analysis, Finished, label_counts, outcome_of

log = logging.getLogger(__name__)

STATE_EVERY = 2.0    # seconds between saves of state.json during a pass


@dataclass
class RunResult:
    outcomes: list[DocumentOutcome]
    pages: int = 0
    seconds: float = 0.0
    label_counts: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


class Dossier:
    def __init__(self, inputs: list[Path], opts: RunOptions, progress=None):
        self.opts = opts
        self.out = Path(opts.out)
        self.publish = self.out / "publish"
        self.internal = self.out / "internal"
        self.files: list[InputFile] = identify(collect(inputs))
        self.progress = progress
        self.state_path = self.internal / "state.json"
        self.detector_version = ""
        self._state_saved = float("-inf")

    # ------------------------------------------------------------------ state
    def _load_state(self) -> dict:
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_state(self, state: dict, now: bool = True) -> None:
        # issue 7: the whole state is rewritten, so rewriting it after every document grew
        # with the square of the dossier; during the pass it is saved at most every
        # STATE_EVERY seconds. A run killed in between only redoes those documents (their
        # outputs are the same; the case store holds each one already).
        t = time.monotonic()
        if not now and t - self._state_saved < STATE_EVERY:
            return
        write_text_atomic(self.state_path, json.dumps(state, indent=1, ensure_ascii=False))
        self._state_saved = t

    def publish_path(self, f: InputFile) -> Path:
        name = f"{f.doc_id}.pdf" if self.opts.name_by == "id" else f.name
        return self.publish / name

    # ------------------------------------------------------------------ run
    def run(self) -> RunResult:
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        t_start = time.perf_counter()
        self.publish.mkdir(parents=True, exist_ok=True)
        self.internal.mkdir(parents=True, exist_ok=True)
        self._sweep_partial()   # issue 7: leftovers of a run that was killed mid-write
        state = {} if self.opts.force else self._load_state()
        docs_state: dict = state.setdefault("documents", {})
        outcomes: dict[str, DocumentOutcome] = {
            f.doc_id: DocumentOutcome(doc_id=f.doc_id, source=str(f.path), name=f.name, sha256=f.sha256)
            for f in self.files}
        by_id = {f.doc_id: f for f in self.files}
        analyses: dict[str, Analysis] = {}
        stage_seconds: dict[str, float] = {}
        if self.progress:
            self.progress.start(len(self.files) * 2)

        threading.Thread(target=preload_reports, name="preload-reports", daemon=True).start()
        with make_executor(self.opts) as ex:
            version = ""
            # pass 1: extract + detect
            # issue 7: largest first, so that no big document starts last and leaves the
            # other workers idle at the end of a pass (results are ordered afterwards)
            by_size = sorted(self.files, key=lambda f: -_size(f.path))
            jobs = [(str(f.path), f.doc_id, f.sha256) for f in by_size]
            for args, res in ex.run("analyse", jobs):
                doc_id = args[1]
                o = outcomes[doc_id]
                if res[0] == "ok":
                    a: Analysis = res[1]
                    analyses[doc_id] = a
                    version = version or a.version
                    self.detector_version = a.detector_version
                    o.pages, o.ocr_pages = a.pages, a.ocr_pages
                    o.timings = dict(a.timings)      # issue 7: per-document stage times
                    _add(stage_seconds, a.timings)
                else:
                    self._fail(o, res, docs_state)
                    self._unpublish(by_id[doc_id])   # issue 7: not left from an earlier run
                if self.progress:
                    self.progress.advance(pages=o.pages, name=o.name)
            # the dossier's persons: one decision per person across the batch
            persons = []
            for doc_id in sorted(analyses):
                persons.extend(analyses[doc_id].persons)
            # pass 2: propagate + decide + write; each document is recorded into the case store
            # as it comes back (issue 7: while the workers go on with the next ones)
            recording = start_recording(self, started=started, version=version)
            jobs = []
            for f in sorted(self.files, key=lambda f: -(analyses[f.doc_id].pages if f.doc_id in analyses else 0)):
                a = analyses.get(f.doc_id)
                if a is None:
                    if self.progress:
                        self.progress.advance(pages=0, name=f.name)
                    continue
                jobs.append((a, persons, str(self.publish_path(f)), docs_state.get(f.doc_id)))
            try:
                for args, res in ex.run("finish", jobs):
                    a = args[0]
                    o = outcomes[a.doc_id]
                    if res[0] == "ok":
                        fin: Finished = res[1]
                        self._done(o, fin, by_id[a.doc_id], docs_state, version)
                        t = time.perf_counter()
                        record_finished(recording, o, fin)
                        _add(stage_seconds, {"record": time.perf_counter() - t})
                        _add(stage_seconds, fin.timings)
                    else:
                        self._fail(o, res, docs_state)
                        self._unpublish(by_id[a.doc_id])
                    self._save_state(state, now=False)
                    if self.progress:
                        self.progress.advance(pages=o.pages, name=o.name)
            except BaseException:
                recording.close()
                self._save_state(state)
                raise
            self._save_state(state)

        ordered = [outcomes[f.doc_id] for f in self.files]
        self._sweep_partial()   # issue 7: temporary files of workers killed for time or memory
        t_reports = time.perf_counter()   # issue 7: the serial part after the passes, measured
        # the recording is committed and the run's decisions applied, which writes the reports
        # (productierapport, inventory, findings, failures, manifest) once, from the store
        after_run(self, ordered, recording, started=started)   # review hook
        stage_seconds["reports"] = time.perf_counter() - t_reports
        result = RunResult(outcomes=ordered, pages=sum(o.pages for o in ordered),
                           seconds=time.perf_counter() - t_start, stage_seconds=stage_seconds)
        for o in ordered:
            for k, v in o.label_counts.items():
                result.label_counts[k] = result.label_counts.get(k, 0) + v
        return result

    # ------------------------------------------------------------------ outcomes
    def _done(self, o: DocumentOutcome, fin: Finished, f: InputFile, docs_state: dict, version) -> None:
        o.status = "done" if fin.written else "skipped"
        o.outcome, o.grounds = outcome_of(fin.decisions)
        o.title, o.date = fin.title or f.name, fin.date
        o.output = str(self.publish_path(f).relative_to(self.out))
        o.output_sha256 = fin.output_sha256
        o.label_counts = label_counts(fin.decisions)
        o.decision_counts = {}
        for d in fin.decisions:
            o.decision_counts[d.action.value] = o.decision_counts.get(d.action.value, 0) + 1
        o.timings = {**o.timings, **fin.timings}
        docs_state[o.doc_id] = {"sha256": o.sha256, "version": version, "decisions_hash": fin.decisions_hash,
                                "output": o.output, "output_sha256": o.output_sha256}

    def _fail(self, o: DocumentOutcome, res: tuple, docs_state: dict) -> None:
        _, exc, tb = res
        o.status = "failed"
        if isinstance(exc, DocumentError):
            o.error_kind, o.error = exc.kind, exc.message
        elif isinstance(exc, KeyboardInterrupt):
            raise exc
        else:
            o.error_kind, o.error = "internal", f"{type(exc).__name__}: {exc}"
            with open(self.internal / "errors.log", "a", encoding="utf-8") as fh:
                fh.write(f"--- {o.doc_id} {o.source}\n{tb}\n")
        o.label_counts = {}
        docs_state.pop(o.doc_id, None)

    def _unpublish(self, f: InputFile) -> None:
        # a document that fails now must not stay published from an earlier run
        p = self.publish_path(f)
        if p.exists():
            p.unlink()
        # issue 7: nor a half-written temporary file of a worker that was killed mid-write
        for tmp in p.parent.glob(f".{p.name}.*.tmp"):
            tmp.unlink(missing_ok=True)

    def _sweep_partial(self) -> None:
        """Remove temporary files a killed run left behind (the writer and the reports write
        `.NAME.xxxx.tmp` beside the target and rename; the cache writes `ID.tmpPID`)."""
        for tmp in self.publish.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        for tmp in self.internal.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        cache = self.internal / "cache"
        if cache.is_dir():
            for tmp in cache.glob("*.tmp*"):
                tmp.unlink(missing_ok=True)


def _size(path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _add(acc: dict[str, float], timings: dict[str, float]) -> None:
    for k, v in timings.items():
        acc[k] = acc.get(k, 0.0) + v
