"""`redactor explain FILE`: every finding of one document with its decision and reason."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from redactor.areas import WordIndex, span_rects
from redactor.decide import Policy
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
    index = WordIndex(doc)
    yield f"{path}  ({doc.page_count} pagina's, {len(decisions)} bevindingen)"
    yield "pag | tekst | soort | besluit | grond | reden | detector | score"
    for d in sorted(decisions, key=lambda d: d.finding.start):
        f = d.finding
        areas = list(f.areas) or span_rects(index, f.start, f.end)
        page = areas[0].page + 1 if areas else "-"
        text = f.text.replace("\n", " ")
        yield (f"{page} | {text} | {f.label.value} | {d.action.value} | {d.ground or '-'} | "
               f"{d.reason} | {f.detector} | {f.score:.2f}")
