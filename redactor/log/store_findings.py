"""The case store's queries over findings and their current decisions: per document, page
or person, a finding's decision history, and the persons overview of the review app."""
from __future__ import annotations

import json
import sqlite3

from redactor.log.store_convert import finding_order, json_areas, row_decision
from redactor.models import Decision, PageArea


class FindingQueries:
    FINDING_SELECT = ("SELECT f.*, d.action, d.ground, d.reason, d.actor, d.time AS decided"
                      " FROM findings f LEFT JOIN decisions d ON d.id = f.decision_id")

    def findings(self, doc_id: str | None = None, *, person: str | None = None, page: int | None = None,
                 include_retired: bool = False) -> list[sqlite3.Row]:
        where, args = [], []
        if doc_id is not None:
            where.append("f.doc_id = ?")
            args.append(doc_id)
        if person is not None:
            where.append("f.person = ?")
            args.append(person)
        if not include_retired:
            where.append("f.retired = 0")
        sql = self.FINDING_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.conn.execute(sql, args).fetchall()
        if page is not None:
            rows = [r for r in rows if any(b[0] == page for b in json.loads(r["boxes"]))]
        return sorted(rows, key=finding_order)

    def finding(self, finding_id: str) -> sqlite3.Row | None:
        return self.conn.execute(self.FINDING_SELECT + " WHERE f.id = ?", (finding_id,)).fetchone()

    def decision_history(self, finding_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM decisions WHERE finding_id = ? ORDER BY id", (finding_id,)).fetchall()

    def current_decisions_boxes(self, doc_id: str) -> tuple[list[Decision], list[str], list[list[PageArea]]]:
        """The decisions the writer applies to one document, in a stable order, with their IDs
        and the rectangles each finding covers (as recorded)."""
        decisions, ids, boxes = [], [], []
        for r in self.findings(doc_id):
            if r["action"] is None:
                continue
            decisions.append(row_decision(r))
            ids.append(r["id"])
            boxes.append(json_areas(r["boxes"]))
        return decisions, ids, boxes

    def persons(self) -> list[dict]:
        rows = self.conn.execute(self.FINDING_SELECT + " WHERE f.person != '' AND f.retired = 0").fetchall()
        by: dict[str, list] = {}
        for r in rows:
            by.setdefault(r["person"], []).append(r)
        out = []
        for key, rs in by.items():
            names = [r["text"] for r in rs if r["label"] in ("PERSON",)] or [r["text"] for r in rs]
            display = max(set(names), key=lambda s: (names.count(s), len(s)))
            actions: dict[str, int] = {}
            for r in rs:
                actions[r["action"] or "-"] = actions.get(r["action"] or "-", 0) + 1
            out.append({"key": key, "name": display, "mentions": len(rs), "documents": len({r["doc_id"] for r in rs}),
                        "actions": actions})
        return sorted(out, key=lambda p: (-p["mentions"], p["name"].lower()))
