"""`redactor explain FILE`: every finding of one document with its decision and reason."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from redactor.decide import Policy, explain_rows
from redactor.detect import Detector
from redactor.extract import extract_pdf


def explain_file(path: Path, *, rules_dir: Path | None = None, staff: Path | None = None,
                 officials: Path | None = None) -> Iterator[str]:
    detector = Detector(rules_dir, staff=staff, officials=officials)
    policy = Policy(rules_dir, officials=officials, staff=staff)
    doc = extract_pdf(Path(path))
    if any(p.ocr_reason for p in doc.pages):
        from redactor.extract.ocr import ocr_document
        doc = ocr_document(doc)
    findings = detector.detect(doc)
    findings = detector.propagate(doc, findings, detector.persons(findings))
    decisions = policy.decide(doc, findings)
    yield f"{path}  ({doc.page_count} pagina's, {len(decisions)} bevindingen)"
    yield "pag | tekst | soort | besluit | grond | reden | detector | score"
    for row in explain_rows(doc, findings, decisions):
        yield " | ".join(str(v) for v in row)
