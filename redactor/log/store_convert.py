"""Converting between the case store's rows and JSON columns and the model's objects."""
from __future__ import annotations

import json
from typing import Iterable

from redactor.models import Action, Decision, Finding, Label, PageArea, Rect, Word


def row_word(page: int, v: list) -> Word:
    return Word(text=v[0], page=page, box=Rect(v[1], v[2], v[3], v[4]), start=v[5], end=v[6], line=v[7],
                char_edges=tuple(v[8]), direction=v[9], confidence=v[10])


def areas_json(areas: Iterable[PageArea]) -> str:
    return json.dumps([[a.page, *a.rect.as_tuple()] for a in areas])


def json_areas(s: str) -> list[PageArea]:
    return [PageArea(int(v[0]), Rect(*v[1:5])) for v in json.loads(s or "[]")]


def _finding_key(start: int, end: int, label: str, areas: str) -> tuple:
    return (int(start), int(end), label, areas or "[]")


def finding_order(r) -> tuple:
    """Detector findings in the order the detector made them, then manual ones."""
    fid = r["id"]
    tail = fid.rsplit("-", 1)[1]
    manual = tail.startswith("m")
    return (r["doc_id"], manual, int(tail[1:] if manual else tail))


def row_decision(r) -> Decision:
    f = Finding(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"], label=Label(r["label"]),
                detector=r["detector"], score=r["score"], explanation=r["explanation"],
                context=json.loads(r["context"] or "{}"), areas=json_areas(r["areas"]))
    return Decision(finding=f, action=Action(r["action"]), ground=r["ground"] or "", reason=r["reason"] or "",
                    actor=r["actor"], time=r["decided"])


def audit_row(r) -> dict:
    return {"seq": r["seq"], "time": r["time"], "actor": r["actor"], "kind": r["kind"], "doc": r["doc_id"],
            "finding": r["finding_id"], "action": r["action"], "ground": r["ground"], "reason": r["reason"],
            "data": json.loads(r["data"]), "prev": r["prev"], "hash": r["hash"]}
