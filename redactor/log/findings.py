"""findings.jsonl: one line per finding with its decision — the internal record a reviewer,
an auditor and `redactor train --from-decisions` read. Confidential: it holds the original
text of what was redacted."""
from __future__ import annotations

import json
from pathlib import Path

from redactor.fsutil import atomic_path
from redactor.models import Decision, PageArea

CONTEXT_CHARS = 300


def _context(text: str, start: int, end: int) -> tuple[str, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    a = max(a, start - CONTEXT_CHARS)
    b = min(b, end + CONTEXT_CHARS)
    return text[a:b], start - a


def records_from_boxes(doc_id: str, text: str, decisions: list[Decision], ids: list[str],
                       boxes: list[list[PageArea]]) -> list[dict]:
    """One record per finding with its decision, from the rectangles each finding covers
    (as the case store keeps them: no document needed)."""
    out = []
    for did, d, areas in zip(ids, decisions, boxes):
        f = d.finding
        ctx, ctx_start = _context(text, f.start, f.end)
        out.append({
            "id": did,
            "doc_id": doc_id,
            "page": (areas[0].page + 1) if areas else None,
            "boxes": [{"page": a.page + 1, "rect": [round(v, 2) for v in a.rect.as_tuple()]} for a in areas],
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "label": f.label.value,
            "decision": d.action.value,
            "ground": d.ground,
            "reason": d.reason,
            "actor": d.actor,
            "time": d.time,
            "detector": f.detector,
            "score": round(float(f.score), 4),
            "explanation": f.explanation,
            "person": f.person_key,
            "context_text": ctx,
            "context_start": ctx_start,
        })
    return out


def write_findings(path: Path, records_by_doc: dict[str, list[dict]]) -> int:
    n = 0
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as f:
            for doc_id in sorted(records_by_doc):
                for rec in records_by_doc[doc_id]:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
    return n


def read_findings(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
