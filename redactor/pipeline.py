"""One document through the stages.

Two passes, because a person found in one document must be treated the same way in every
other document of the dossier:

1. `analyse`: extract (and OCR) → detect. The `Document` is cached on disk (internal) so the
   second pass and a rerun do not extract again.
2. `finish`: propagate the dossier's persons → decide → areas → write (with self-check).

Workers call these through `Worker`, which loads the detector, the policy and the NER model
once per process.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from redactor import __version__, doccache
from redactor.areas import areas_from_boxes
from redactor.config import RunOptions
from redactor.decide import Policy
from redactor.detect import Detector
from redactor.errors import DocumentError
from redactor.extract import extract_pdf, file_sha256
from redactor.extract.docdate import document_date
from redactor.log.rows import DocumentRows, document_rows
from redactor.models import Decision, Document, Finding

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Analysis:
    doc_id: str
    cache: str                     # path of the pickled Document
    pages: int
    findings: list[Finding]
    persons: list                  # detect.PersonRecord
    ocr_pages: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    reused: bool = False
    version: str = ""
    detector_version: str = ""


@dataclass(slots=True)
class Finished:
    doc_id: str
    decisions: list[Decision]
    decision_ids: list[str]
    output_sha256: str
    decisions_hash: str
    written: bool
    title: str = ""
    date: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    rows: DocumentRows | None = None     # what the case store records (prepared here, issue 7)


def decisions_fingerprint(decisions: list[Decision]) -> str:
    """Hash of what the writer will do (not of when it was decided), for resume."""
    h = hashlib.sha256()
    for d in decisions:
        f = d.finding
        h.update(json.dumps([f.start, f.end, f.label.value, d.action.value, d.ground,
                             [(a.page, a.rect.as_tuple()) for a in f.areas]]).encode())
    return h.hexdigest()


def outcome_of(decisions: list[Decision], withheld: bool = False) -> tuple[str, list[str]]:
    grounds = sorted({d.ground for d in decisions if d.redacts and d.ground})
    if withheld:
        return "Niet openbaar", grounds
    return ("Deels openbaar" if grounds else "Openbaar"), grounds


class Worker:
    """Holds the loaded detector and policy for one process."""

    def __init__(self, opts: RunOptions):
        self.opts = opts
        self.detector = Detector(opts.rules_dir, staff=opts.staff, officials=opts.officials,
                                 terms=opts.terms, terms_ignore_case=opts.terms_ignore_case,
                                 terms_ground=opts.terms_ground, only_terms=opts.only_terms)
        self.policy = Policy(opts.rules_dir, officials=opts.officials, staff=opts.staff)
        self.cache_dir = Path(opts.out) / "internal" / "cache"
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    @property
    def version(self) -> str:
        """Changes whenever a result could change: redactor, rules, lists, model, options."""
        o = self.opts
        key = json.dumps([__version__, self.detector.version, o.terms, o.terms_ground,
                          o.terms_ignore_case, o.only_terms, o.ocr, o.max_pages, o.max_page_size])
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    # ------------------------------------------------------------ pass 1
    def analyse(self, path: str, doc_id: str, sha256: str) -> Analysis:
        cache = self.cache_dir / f"{doc_id}.pkl"
        key = f"{sha256}:{self.version}"
        cached = _load_cache(cache, key, unpack=False)
        if cached is not None:
            summary, findings, timings = cached
            return Analysis(doc_id, str(cache), summary.page_count, findings, self.detector.persons(findings),
                            ocr_pages=summary.ocr_pages, timings=timings, reused=True,
                            version=self.version, detector_version=self.detector.version)
        t0 = time.perf_counter()
        doc = extract_pdf(Path(path), doc_id=doc_id, sha256=sha256, max_pages=self.opts.max_pages,
                          max_page_size=self.opts.max_page_size)
        t1 = time.perf_counter()
        doc = self._ocr(doc)
        doc.date = document_date(doc.text, doc.metadata)
        doc.title = doc.source.name
        t2 = time.perf_counter()
        findings = self.detector.detect(doc)
        t3 = time.perf_counter()
        timings = {"extract": t1 - t0, "ocr": t2 - t1, "detect": t3 - t2}
        _save_cache(cache, key, (doc, findings, timings))
        pages, ocr_pages = doc.page_count, sum(p.ocr for p in doc.pages)
        del doc     # issue 7: a long document's words go before the persons are gathered
        return Analysis(doc_id, str(cache), pages, findings, self.detector.persons(findings),
                        ocr_pages=ocr_pages, timings=timings,
                        version=self.version, detector_version=self.detector.version)

    def _ocr(self, doc: Document) -> Document:
        # --- hook (issue 5, branch ocr): a text layer hidden under a full-page scan image is
        # a scanner's OCR too (not trusted): mark those pages for OCR as well.
        if self.opts.ocr != "off":
            from redactor.extract.ocr import refine_ocr_reasons
            doc = refine_ocr_reasons(doc)
        # --- end hook
        need = [p for p in doc.pages if p.ocr_reason]
        if not need or self.opts.ocr == "off":
            if need:
                raise DocumentError(f"{len(need)} page(s) without a usable text layer and OCR is off "
                                    f"(page {need[0].index + 1}: {need[0].ocr_reason})")
            return doc
        try:
            from redactor.extract.ocr import ocr_document
        except ImportError:
            raise DocumentError(f"{len(need)} page(s) need OCR (page {need[0].index + 1}: "
                                f"{need[0].ocr_reason}), and OCR is not available in this build") from None
        return ocr_document(doc)

    # ------------------------------------------------------------ pass 2
    def finish(self, analysis: Analysis, dossier_persons: list, publish_path: str,
               previous: dict | None) -> Finished:
        cached = _load_cache(Path(analysis.cache), None)
        if cached is None:
            raise DocumentError("internal cache of the extracted text is missing; rerun with --force")
        doc: Document = cached[0]
        t0 = time.perf_counter()
        findings = self.detector.propagate(doc, analysis.findings, dossier_persons)
        decisions = self.policy.decide(doc, findings)
        ids = [f"{doc.id}-{n:04d}" for n in range(len(decisions))]
        t1 = time.perf_counter()
        rows = document_rows(doc, decisions, ids, analysis.cache)
        t2 = time.perf_counter()
        fp = decisions_fingerprint(decisions)
        out = Path(publish_path)
        timings = {"decide": t1 - t0, "rows": t2 - t1}
        if (previous and previous.get("decisions_hash") == fp and out.exists()
                and previous.get("output_sha256") and file_sha256(out) == previous["output_sha256"]):
            return Finished(doc.id, decisions, ids, previous["output_sha256"], fp, written=False,
                            title=doc.title, date=doc.date, timings=timings, rows=rows)
        from redactor.write import redact_pdf   # imported late: workers that only analyse skip it
        areas = areas_from_boxes(decisions, ids, rows.boxes)
        if not any(p.ocr for p in doc.pages):
            # issue 7: only an OCR text layer needs the words; a long document's words are
            # not held while the writer and its self-check have the file open
            del cached
            doc.pages = []
        from redactor.write import selfcheck as _sc
        pdfminer_before = _sc.STATS["pdfminer_pages"]
        # --- hook (issue 5, branch ocr): OCR pages get an invisible text layer of the words
        # that were not redacted and lose the old (untrusted) OCR layer. The writer's output
        # goes to a temporary file first, so nothing with the old layer is ever published.
        if any(p.ocr for p in doc.pages):
            from redactor.write.textlayer import add_text_layer
            tmp = out.with_name(f".{out.name}.ocr{os.getpid()}.tmp")
            try:
                result = redact_pdf(doc.source, tmp, areas)
                result.warnings.extend(add_text_layer(tmp, doc, areas).warnings)
                os.replace(tmp, out)
            finally:
                if tmp.exists():
                    tmp.unlink()
        else:
            result = redact_pdf(doc.source, out, areas)
        # --- end hook
        # issue 7: the self-check is timed apart from the rest of the writer
        timings["write"] = time.perf_counter() - t2 - result.timings.get("selfcheck", 0.0)
        timings["selfcheck"] = result.timings.get("selfcheck", 0.0)
        timings["selfcheck_pdfminer_pages"] = float(_sc.STATS["pdfminer_pages"] - pdfminer_before)
        return Finished(doc.id, decisions, ids, file_sha256(out), fp, written=True, title=doc.title,
                        date=doc.date, timings=timings, warnings=list(result.warnings), rows=rows)


def label_counts(decisions: list[Decision]) -> dict[str, int]:
    return dict(Counter(d.finding.label.value for d in decisions if d.redacts))


def _load_cache(path: Path, key: str | None, unpack: bool = True):
    """(Document, findings, timings) from the cache, or None. Issue 7: the Document is
    stored page by page in columns (redactor.doccache); `unpack=False` reads only the
    header and gives a `doccache.Summary` (page counts) in place of the Document."""
    try:
        with open(path, "rb") as f:
            got = doccache.read(f, key, words=unpack)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError, ImportError, TypeError,
            KeyError, IndexError):
        return None
    if got is None:
        return None
    doc, extra = got
    return (doc,) + tuple(extra)


def _save_cache(path: Path, key: str, payload) -> None:
    """`payload` is (Document, findings, timings)."""
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        doccache.write(f, key, payload[0], tuple(payload[1:]))
    os.replace(tmp, path)
