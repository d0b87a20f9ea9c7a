"""Changing decisions: a reviewer's decisions on findings, manual redactions, and the
decisions on whole documents (withhold, reviewed). Each change appends its audit entry in
the same transaction."""
from __future__ import annotations

import json
import sqlite3

from redactor.log.audit import GROUND_RE
from redactor.log.store_base import StoreError, now
from redactor.log.store_convert import areas_json
from redactor.models import Action, Label, PageArea


class Decisions:
    DECISION_INSERT = ("INSERT INTO decisions(id, finding_id, action, ground, reason, actor, time, run_id, audit_seq)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def decision_audit(self, finding, action: str, ground: str, reason: str, actor: str, time: str) -> dict:
        """The audit entry of a decision on `finding` (a findings row, or a mapping with its columns)."""
        data = {"label": finding["label"], "span": [finding["start"], finding["end"]],
                "origin": finding["origin"], "detector": finding["detector"], "score": finding["score"]}
        if finding["origin"] == "manual" or finding["areas"] != "[]" and json.loads(finding["areas"]):
            data["areas"] = json.loads(finding["areas"])
        if finding["person"]:
            data["person"] = finding["person"]
        return dict(actor=actor, kind="decision", doc=finding["doc_id"], finding=finding["id"],
                    action=action, ground=ground, reason=reason, data=data, time=time)

    def _decide(self, c, finding: sqlite3.Row, action: str, ground: str, reason: str, actor: str,
                run_id: int | None = None, time: str | None = None) -> int:
        time = time or now()
        seq = self.append_audit(**self.decision_audit(finding, action, ground, reason, actor, time))
        cur = c.execute("INSERT INTO decisions(finding_id, action, ground, reason, actor, time, run_id, audit_seq)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (finding["id"], action, ground, reason, actor, time, run_id, seq))
        c.execute("UPDATE findings SET decision_id = ? WHERE id = ?", (cur.lastrowid, finding["id"]))
        return int(cur.lastrowid)

    def decide(self, finding_ids: list[str], action: str, ground: str, reason: str, actor: str) -> int:
        """A reviewer's decision on one or more findings. Returns how many changed."""
        action = Action(action).value
        if action != Action.KEEP.value and not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        if action == Action.KEEP.value:
            ground = ""
        n = 0
        with self.transaction() as c:
            for fid in finding_ids:
                f = c.execute("SELECT * FROM findings WHERE id = ?", (fid,)).fetchone()
                if f is None:
                    raise StoreError(f"onbekende bevinding {fid}")
                cur = c.execute("SELECT * FROM decisions WHERE id = ?", (f["decision_id"],)).fetchone()
                if cur is not None and (cur["action"], cur["ground"], cur["reason"], cur["actor"]) == (
                        action, ground, reason, actor):
                    continue
                self._decide(c, f, action, ground, reason, actor)
                n += 1
        return n

    def add_manual(self, doc_id: str, *, actor: str, ground: str, reason: str, start: int | None = None,
                   end: int | None = None, areas: list[PageArea] | None = None,
                   label: str = Label.OTHER.value) -> str:
        """A reviewer's own redaction: a text span (start, end) or drawn rectangles."""
        from redactor.areas import WordIndex, span_rects

        if not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        doc = self.load_document(doc_id)
        index = WordIndex(doc)
        if areas:
            # the characters whose centre lies in the rectangle: what the reviewer sees covered
            covered: list[tuple[int, str]] = []
            for a in areas:
                for w in doc.pages[a.page].words:
                    if not w.box.intersects(a.rect):
                        continue
                    for i, ch in enumerate(w.text):
                        b = w.sub_box(i, i + 1)
                        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
                        if a.rect.x0 <= cx <= a.rect.x1 and a.rect.y0 <= cy <= a.rect.y1:
                            covered.append((w.start + i, ch))
            covered.sort()
            start = covered[0][0] if covered else 0
            end = covered[-1][0] + 1 if covered else 0
            text = "".join(ch if n == 0 or off == covered[n - 1][0] + 1 else " " + ch
                           for n, (off, ch) in enumerate(covered))
            boxes = list(areas)
            explicit = list(areas)
        else:
            if start is None or end is None or not (0 <= start < end <= len(doc.text)):
                raise StoreError("ongeldige tekstselectie")
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            text = doc.text[start:end]
            boxes = span_rects(index, start, end)
            explicit = []
            if not boxes:
                raise StoreError("de selectie bevat geen woorden")
        with self.transaction() as c:
            n = c.execute("SELECT COUNT(*) FROM findings WHERE doc_id = ? AND origin = 'manual'", (doc_id,)).fetchone()[0]
            fid = f"{doc_id}-m{n + 1:03d}"
            explanation = "handmatig toegevoegd door de beoordelaar"
            c.execute("INSERT INTO findings(id, doc_id, origin, start, \"end\", text, label, detector, score, explanation,"
                      " context, person, areas, boxes, page, created) VALUES (?, ?, 'manual', ?, ?, ?, ?, 'reviewer', 1.0,"
                      " ?, '{}', '', ?, ?, ?, ?)",
                      (fid, doc_id, start, end, text, label, explanation, areas_json(explicit), areas_json(boxes),
                       boxes[0].page, now()))
            f = c.execute("SELECT * FROM findings WHERE id = ?", (fid,)).fetchone()
            self._decide(c, f, Action.REDACT.value, ground, reason, actor)
        return fid

    # ------------------------------------------------------------------ document decisions
    def withhold(self, doc_id: str, ground: str, reason: str, actor: str) -> None:
        if not GROUND_OK(ground):
            raise StoreError(f"onbekende weigeringsgrond {ground!r}")
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id, action="withhold", ground=ground,
                              reason=reason, time=t)
            c.execute("UPDATE documents SET withheld = 1, withheld_ground = ?, withheld_reason = ?, withheld_by = ?,"
                      " withheld_at = ? WHERE id = ?", (ground, reason, actor, t, doc_id))

    def unwithhold(self, doc_id: str, reason: str, actor: str) -> None:
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id, action="publish", reason=reason, time=t)
            c.execute("UPDATE documents SET withheld = 0, withheld_ground = '', withheld_reason = '', withheld_by = ?,"
                      " withheld_at = ? WHERE id = ?", (actor, t, doc_id))

    def mark_reviewed(self, doc_id: str, reviewed: bool, actor: str) -> None:
        with self.transaction() as c:
            self._require_doc(c, doc_id)
            t = now()
            self.append_audit(actor=actor, kind="document", doc=doc_id,
                              action="reviewed" if reviewed else "unreviewed", time=t)
            c.execute("UPDATE documents SET reviewed = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
                      (int(reviewed), actor if reviewed else "", t if reviewed else "", doc_id))

    @staticmethod
    def _require_doc(c, doc_id: str) -> None:
        if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
            raise StoreError(f"onbekend document {doc_id}")


def GROUND_OK(g: str) -> bool:  # noqa: N802 - reads like a constant predicate
    return bool(g) and bool(GROUND_RE.match(g))
