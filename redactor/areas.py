"""Decisions + word boxes → `RedactionArea`s for the writer.

A decision covers a character span of `Document.text`; the area covers exactly the glyphs of
that span: one rectangle per line part (so a name broken across a line gets two boxes) and
nothing of the surrounding words. Words of one span on one line are joined into a single
rectangle so the space between "Van" and "Dam" is covered too.
"""
from __future__ import annotations

import bisect
import hashlib
import json
from array import array
from collections import defaultdict

from redactor.models import Decision, Document, PageArea, RedactionArea, Rect, Word


class WordIndex:
    """Find the words overlapping a character span quickly, making only those records."""

    def __init__(self, doc: Document):
        self.pages = [p.words for p in doc.pages if len(p.words)]
        self.starts = array("q")       # every word's start, in text order (issue 7: no int objects)
        self.where: list[tuple[int, int]] = []   # first position in `starts` per page, page
        for n, pw in enumerate(self.pages):
            self.where.append((len(self.starts), n))
            self.starts.extend(pw.ints[1::5])

    def _word(self, k: int) -> Word:
        first, n = self.where[bisect.bisect_right(self.where, (k, float("inf"))) - 1]
        return self.pages[n][k - first]

    def overlapping(self, start: int, end: int) -> list[Word]:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.starts) and self.starts[i] < end:
            w = self._word(i)
            if w.end > start:
                out.append(w)
            i += 1
        return out


def span_rects(index: WordIndex, start: int, end: int) -> list[PageArea]:
    """Rectangles covering characters [start, end), one per (page, line) run of words."""
    runs: dict[tuple[int, int], Rect] = {}
    order: list[tuple[int, int]] = []
    for w in index.overlapping(start, end):
        a = max(start, w.start) - w.start
        b = min(end, w.end) - w.start
        if b <= a:
            continue
        r = w.sub_box(a, b)
        key = (w.page, w.line)
        if key in runs:
            runs[key] = runs[key].union(r)
        else:
            runs[key] = r
            order.append(key)
    return [PageArea(page=k[0], rect=_visible(runs[k])) for k in order]


MIN_SIDE = 2.5     # points: above the audit's BOX_MIN, so that a box this small is still seen


def _visible(r: Rect) -> Rect:
    """A word box squashed to (almost) nothing (seen in a scan's hidden text layer: 0.1 x 0.2
    pt) would give a box nobody sees and the audit cannot find: grow it around its centre."""
    if r.width >= MIN_SIDE and r.height >= MIN_SIDE:
        return r
    cx, cy = (r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2
    hw, hh = max(r.width, MIN_SIDE) / 2, max(r.height, MIN_SIDE) / 2
    return Rect(cx - hw, cy - hh, cx + hw, cy + hh)


def decision_areas(doc: Document, decisions: list[Decision],
                   ids: list[str] | None = None) -> list[RedactionArea]:
    """One RedactionArea per page and ground, holding every rectangle of the redacting decisions."""
    return areas_from_boxes(decisions, ids, decision_boxes(doc, decisions))


def decision_boxes(doc: Document, decisions: list[Decision]) -> list[list[PageArea]]:
    """Per decision, the rectangles its finding covers: its explicit areas, else its span's."""
    index = WordIndex(doc)
    return [list(d.finding.areas) or span_rects(index, d.finding.start, d.finding.end) for d in decisions]


def areas_from_boxes(decisions: list[Decision], ids: list[str] | None,
                     boxes: list[list[PageArea]]) -> list[RedactionArea]:
    """`decision_areas` from each decision's rectangles as already worked out (the case
    store keeps them per finding), so that nothing needs the document's words again."""
    by_key: dict[tuple[int, str], RedactionArea] = {}
    rect_ids: dict[tuple[int, str], list[str]] = defaultdict(list)
    for n, d in enumerate(decisions):
        if not d.redacts:
            continue
        did = ids[n] if ids else str(n)
        for pa in boxes[n]:
            key = (pa.page, d.ground or "5.1.2e")
            area = by_key.get(key)
            if area is None:
                area = by_key[key] = RedactionArea(page=pa.page, rects=[], ground=key[1])
            area.rects.append(pa.rect)
            if did not in rect_ids[key]:
                rect_ids[key].append(did)
    for key, area in by_key.items():
        area.decision_ids = rect_ids[key]
    return sorted(by_key.values(), key=lambda a: (a.page, a.ground))


def areas_fingerprint(areas: list[RedactionArea]) -> str:
    """What the writer is asked to do, independent of decision IDs and order."""
    key = sorted((a.page, a.ground, sorted([round(v, 2) for v in r.as_tuple()] for r in a.rects)) for a in areas)
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()
