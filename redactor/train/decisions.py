"""Reviewed decisions as NER training evidence.

The fine-tuning code (finetune.py) only needs an iterable of

    (text: str, spans: list[(start, end, label, accepted: bool)])

`load_reviewed_examples(out_dir)` produces that from `OUT/internal/findings.jsonl` (one JSON
object per line) until a case store exists; swap this one function to read the case store.

Which records count:
- only decisions made by a person (`actor` starting with "reviewer:"); decisions by rules or
  the model itself are not evidence, and `review` (undecided) is skipped;
- only name-like labels: PERSON/PER/INITIALS -> PER, ORG -> ORG, LOC -> LOC;
- `redact` -> accepted: the span is a name of that label;
- `keep` -> rejected (negative evidence: the tokens are not that entity), *except* when the
  record shows the name was kept for a public role (an office holder is still a person for the
  NER; the policy keeps the name): then it counts as accepted.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

LABEL_MAP = {"PERSON": "PER", "PER": "PER", "INITIALS": "PER", "ORG": "ORG", "LOC": "LOC"}
ROLE_WORDS = re.compile(r"ambtsdrager|office|minister|staatssecretaris|burgemeester|wethouder|kamerlid|"
                        r"gedeputeerde|commissaris|publiek|public|role\b|rol\b|woordvoerder|spokes|author|auteur|"
                        r"named list|lijst genoemde", re.I)

Example = tuple[str, list[tuple[int, int, str, bool]]]


def _kept_for_role(rec: dict) -> bool:
    ctx = rec.get("context") if isinstance(rec.get("context"), dict) else {}
    if ctx.get("role") or rec.get("role"):
        return True
    text = " ".join(str(rec.get(k, "")) for k in ("reason", "keep_reason", "category", "kind"))
    return bool(ROLE_WORDS.search(text))


def _locate(context: str, text: str, start: int | None) -> int | None:
    if start is not None and 0 <= start and context[start:start + len(text)] == text:
        return start
    # fall back: the occurrence nearest to the given offset
    hits = [m.start() for m in re.finditer(re.escape(text), context)]
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h - (start or 0)))


def records_to_examples(records) -> list[Example]:
    """Group reviewed findings by (doc_id, context) into examples; later decisions win."""
    groups: dict[tuple[str, str], dict[tuple[int, int], tuple[str, bool]]] = {}
    order: list[tuple[str, str]] = []
    for rec in records:
        actor = str(rec.get("actor", ""))
        decision = str(rec.get("decision", "")).lower()
        label = LABEL_MAP.get(str(rec.get("label", "")).upper())
        context = rec.get("context_text")
        text = rec.get("text")
        if not actor.startswith("reviewer:") or decision not in ("redact", "keep") or not label:
            continue
        if not context or not text:
            continue
        start = _locate(context, text, rec.get("context_start"))
        if start is None:
            continue
        accepted = decision == "redact" or (label == "PER" and _kept_for_role(rec))
        key = (str(rec.get("doc_id", "")), context)
        if key not in groups:
            groups[key] = {}
            order.append(key)
        groups[key][(start, start + len(text))] = (label, accepted)
    out = []
    for key in order:
        spans = [(s, e, lab, acc) for (s, e), (lab, acc) in sorted(groups[key].items())]
        out.append((key[1], spans))
    return out


def load_reviewed_examples(out_dir: str | Path) -> list[Example]:
    """Reviewed name decisions from OUT/internal/findings.jsonl as NER examples."""
    path = Path(out_dir) / "internal" / "findings.jsonl"
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                records.append(json.loads(line))
    return records_to_examples(records)
