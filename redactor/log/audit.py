"""The tamper-evident audit trail: a hash chain of every decision and every publication.

Each entry is a flat JSON object (seq, time, actor, kind, doc, finding, action, ground,
reason, data, prev). Its hash is SHA-256 over the previous entry's hash followed by the
canonical JSON of the entry (sorted keys, no whitespace, UTF-8, without the `hash` field):

    hash_n = sha256( hash_{n-1} + canonical(entry_n) )        hash_0 = "0" * 64

The chain lives in the case store (table `audit`) and is mirrored line by line to
`OUT/internal/audit.jsonl` (one entry per line, with its hash). `verify` recomputes both,
checks that they agree, that every published file matches the hash recorded when it was
published, and that every box drawn in a published PDF rests on recorded decisions with a
ground.

Kinds of entries:
  decision  a decision on one finding (detector, rule, list or reviewer); data: label, span, areas
  document  a decision on a whole document: withhold / publish / reviewed / unreviewed
  run       a `redactor run` recorded into the store; data: options, counts
  publish   a document (re)written to publish/ or withheld; data: output, sha256, areas
  reports   productierapport and inventory (re)written; data: {path: sha256}
  apply     an apply finished; data: counts
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "time", "actor", "kind", "doc", "finding", "action", "ground", "reason", "data", "prev")
GROUND_RE = re.compile(r"^5\.(?:1\.[12][a-i]|2\.1)$")
GROUND_TOKEN = re.compile(r"5\.(?:1\.[12][a-i]|2\.1)")


def canonical(entry: dict) -> str:
    body = {k: entry[k] for k in ENTRY_FIELDS}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev: str, entry: dict) -> str:
    return hashlib.sha256((prev + canonical(entry)).encode("utf-8")).hexdigest()


def jsonl_line(entry: dict) -> str:
    """One line of audit.jsonl: the entry and its hash, keys sorted."""
    return json.dumps({**{k: entry[k] for k in ENTRY_FIELDS}, "hash": entry["hash"]},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass
class ChainProblem:
    where: str          # "case.sqlite" | "audit.jsonl regel 12" | "publish/x.pdf"
    seq: int | None
    message: str        # Dutch

    def __str__(self) -> str:
        at = f" (entry {self.seq})" if self.seq is not None else ""
        return f"{self.where}{at}: {self.message}"


@dataclass
class VerifyResult:
    problems: list[ChainProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entries: int = 0
    documents: int = 0
    boxes: int = 0
    head: str = GENESIS

    @property
    def ok(self) -> bool:
        return not self.problems


def check_chain(entries: list[dict], where: str) -> list[ChainProblem]:
    """Recompute the chain; report the first entry whose link or hash is wrong, and every
    later one that does not follow from it."""
    problems = []
    prev = GENESIS
    for n, e in enumerate(entries, 1):
        label = where.format(n=n)
        try:
            if e.get("seq") != n:
                problems.append(ChainProblem(label, e.get("seq"), f"volgnummer {e.get('seq')} verwacht {n}"))
            if e.get("prev") != prev:
                problems.append(ChainProblem(label, e.get("seq"), "verwijst niet naar de hash van de vorige regel"))
            h = entry_hash(e["prev"], e)
        except (KeyError, TypeError) as ex:
            problems.append(ChainProblem(label, e.get("seq") if isinstance(e, dict) else None,
                                         f"onleesbare regel ({ex})"))
            prev = e.get("hash", "") if isinstance(e, dict) else ""
            continue
        if h != e.get("hash"):
            problems.append(ChainProblem(label, e.get("seq"),
                                         "hash klopt niet: de regel is na het vastleggen gewijzigd"))
        prev = e.get("hash", "")
    return problems


def read_jsonl(path: Path) -> tuple[list[dict], list[ChainProblem]]:
    entries, problems = [], []
    if not path.exists():
        return entries, problems
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except ValueError:
                problems.append(ChainProblem(f"audit.jsonl regel {n}", None, "geen geldige JSON"))
                entries.append({"seq": None})
    return entries, problems


# ---------------------------------------------------------------------- verify

BOX_DARK = 0.35          # a fill colour darker than this (0 = black) is a redaction box candidate
BOX_MIN = 2.0            # points; thinner filled shapes are rules and table lines
MATCH_SHARE = 0.5        # share of a box (or recorded rectangle) that must overlap its counterpart


@dataclass
class DrawnBox:
    page: int            # 0-based
    rect: object         # models.Rect, user space
    label: str           # the ground drawn inside ("" if none)


def verify(out: Path) -> VerifyResult:
    """Check the chain (case store and audit.jsonl), the published files against the hashes
    recorded when they were published, and every box in every published PDF against the
    recorded decision areas. Read-only."""
    from redactor.extract import file_sha256
    from redactor.log.store import CaseStore
    from redactor.log.store_base import StoreError

    out = Path(out)
    res = VerifyResult()
    try:
        store = CaseStore.for_out(out)
    except StoreError as e:
        res.problems.append(ChainProblem("internal/case.sqlite", None, str(e)))
        return res
    try:
        db = store.audit_entries()
        res.entries = len(db)
        res.head = db[-1]["hash"] if db else GENESIS
        res.problems += check_chain(db, "case.sqlite (audit-tabel) regel {n}")
        lines, bad = read_jsonl(store.jsonl)
        res.problems += bad
        res.problems += check_chain(lines, "audit.jsonl regel {n}")
        for n, (a, b) in enumerate(zip(db, lines), 1):
            if isinstance(b, dict) and "prev" in b and (a["hash"] != b.get("hash") or _safe_canonical(b) != canonical(a)):
                res.problems.append(ChainProblem(f"audit.jsonl regel {n}", a["seq"],
                                                 "wijkt af van de audit-tabel in case.sqlite"))
        if len(lines) < len(db):
            res.problems.append(ChainProblem("audit.jsonl", None, f"mist de regels {len(lines) + 1} t/m {len(db)} "
                                                                   "die wel in case.sqlite staan"))
        elif len(lines) > len(db):
            res.problems.append(ChainProblem("audit.jsonl", None, f"heeft {len(lines) - len(db)} regels meer dan "
                                                                   "case.sqlite"))
        _check_publications(out, store, db, res, file_sha256)
    finally:
        store.close()
    return res


def _safe_canonical(e: dict) -> str | None:
    try:
        return canonical(e)
    except (KeyError, TypeError):
        return None


def _check_publications(out: Path, store, entries: list[dict], res: VerifyResult, file_sha256) -> None:
    decision: dict[str, dict] = {}
    last_publish: dict[str, dict] = {}
    last_reports: dict | None = None
    for e in entries:
        kind = e.get("kind")
        if kind == "decision" and e.get("finding"):
            decision[e["finding"]] = e
        elif kind == "publish":
            last_publish[e["doc"]] = e
            if e.get("action") == "publish":
                for area in e["data"].get("areas", []):
                    for fid in area.get("decisions", []):
                        d = decision.get(fid)
                        if d is None:
                            res.problems.append(ChainProblem(f"publicatie {e['doc']}", e["seq"],
                                                             f"gebied op pagina {area['page'] + 1} zonder besluit ({fid})"))
                        elif d.get("action") not in ("redact", "review") or not GROUND_RE.match(d.get("ground") or ""):
                            res.problems.append(ChainProblem(
                                f"publicatie {e['doc']}", e["seq"],
                                f"gebied op pagina {area['page'] + 1}: besluit {fid} (regel {d['seq']}) is "
                                f"'{d.get('action')}' zonder geldige grond"))
                        elif d.get("ground") != area.get("ground"):
                            res.problems.append(ChainProblem(
                                f"publicatie {e['doc']}", e["seq"],
                                f"gebied op pagina {area['page'] + 1} heeft grond {area.get('ground')}, het besluit "
                                f"{fid} (regel {d['seq']}) {d.get('ground')}"))
        elif kind == "reports":
            last_reports = e
    publish_dir = out / "publish"
    accounted: set[str] = set()
    docs = {d["id"]: d for d in store.documents()}
    published_now = {e["data"]["output"] for e in last_publish.values() if e["action"] == "publish"}
    for doc_id, e in sorted(last_publish.items()):
        res.documents += 1
        if e["action"] == "publish":
            rel = e["data"]["output"]
            accounted.add(rel)
            path = out / rel
            if not path.is_file():
                res.problems.append(ChainProblem(rel, e["seq"], "gepubliceerd bestand ontbreekt"))
                continue
            if file_sha256(path) != e["data"]["sha256"]:
                res.problems.append(ChainProblem(rel, e["seq"], "bestand wijkt af van de vastgelegde hash "
                                                                "(gewijzigd of verwisseld na publicatie)"))
            d = docs.get(doc_id)
            original = Path(d["source"]) if d is not None else None
            _check_boxes(rel, path, original, e, res)
        else:
            was = e["data"].get("was")
            if was and was not in published_now and (out / was).exists():
                res.problems.append(ChainProblem(was, e["seq"], "document is niet openbaar of niet gepubliceerd, "
                                                                "maar staat wel in publish/"))
    if last_reports is not None:
        for rel, sha in last_reports["data"].get("files", {}).items():
            accounted.add(rel)
            path = out / rel
            if not path.is_file():
                res.problems.append(ChainProblem(rel, last_reports["seq"], "rapport ontbreekt"))
            elif file_sha256(path) != sha:
                res.problems.append(ChainProblem(rel, last_reports["seq"], "rapport wijkt af van de vastgelegde hash"))
    if publish_dir.is_dir():
        for p in sorted(publish_dir.iterdir()):
            rel = f"publish/{p.name}"
            if p.is_file() and not p.name.startswith(".") and rel not in accounted:
                res.problems.append(ChainProblem(rel, None, "bestand in publish/ zonder vastgelegde publicatie"))
    for doc_id, d in docs.items():
        if doc_id not in last_publish and d["decided"] and d["status"] != "failed":
            res.warnings.append(f"{d['name']}: nog niet gepubliceerd volgens de keten")
    _warn_stale(store, last_publish, res)


def _warn_stale(store, last_publish: dict, res: VerifyResult) -> None:
    """Decisions changed after the last publication are not an error, but worth saying."""
    for doc_id, e in last_publish.items():
        row = store.conn.execute("SELECT MAX(a.seq) FROM audit a WHERE a.doc_id = ? AND a.kind IN ('decision', 'document')"
                                 " AND a.action NOT IN ('reviewed', 'unreviewed')", (doc_id,)).fetchone()
        if row and row[0] and row[0] > e["seq"]:
            d = store.document(doc_id)
            res.warnings.append(f"{d['name'] if d else doc_id}: besluiten gewijzigd na de laatste publicatie "
                                f"(regel {e['seq']}); publiceer opnieuw")


def _check_boxes(rel: str, path: Path, original: Path | None, entry: dict, res: VerifyResult) -> None:
    from redactor.models import Rect

    try:
        drawn = find_boxes(path)
    except Exception as ex:  # noqa: BLE001 - an unreadable file is a finding, not a crash
        res.problems.append(ChainProblem(rel, entry["seq"], f"PDF niet te lezen: {type(ex).__name__}: {ex}"))
        return
    recorded = [(a["page"], Rect(*r), a["ground"]) for a in entry["data"].get("areas", []) for r in a["rects"]]

    def unmatched(b) -> bool:
        return sum(_inter(b.rect, r) for (p, r, _) in recorded if p == b.page) < MATCH_SHARE * _area(b.rect)

    # dark shapes that were already in the original (table headers, bars) are not redaction
    # boxes; the original is only read when there is such a candidate
    if any(not b.label and unmatched(b) for b in drawn) and original is not None and original.is_file():
        try:
            before = find_boxes(original)
        except Exception:  # noqa: BLE001 - then every unmatched shape counts
            before = []
        drawn = [b for b in drawn if b.label or not any(o.page == b.page and _iou(o.rect, b.rect) > 0.9
                                                        for o in before)]
    unlabeled = 0
    for b in drawn:
        res.boxes += 1
        hits = [(g, _inter(b.rect, r)) for (p, r, g) in recorded if p == b.page]
        covered = sum(a for _, a in hits)
        where = (f"pagina {b.page + 1}, balk ({b.rect.x0:.0f}, {b.rect.y0:.0f}, {b.rect.x1:.0f}, {b.rect.y1:.0f})")
        if covered < MATCH_SHARE * _area(b.rect):
            res.problems.append(ChainProblem(rel, entry["seq"], f"{where}{' met label ' + b.label if b.label else ''} "
                                                                "heeft geen vastgelegd besluit"))
            continue
        ground = max(hits, key=lambda h: h[1])[0]
        if not b.label:
            unlabeled += 1
        elif b.label != ground:
            res.problems.append(ChainProblem(rel, entry["seq"], f"{where} heeft label {b.label}, het besluit grond "
                                                                f"{ground}"))
    for p, r, g in recorded:
        covered = sum(_inter(b.rect, r) for b in drawn if b.page == p)
        if covered < MATCH_SHARE * _area(r):
            res.problems.append(ChainProblem(rel, entry["seq"], f"pagina {p + 1}: vastgelegd gebied "
                                                                f"({r.x0:.0f}, {r.y0:.0f}, {r.x1:.0f}, {r.y1:.0f}) "
                                                                f"met grond {g} is niet als balk getekend"))
    if unlabeled:
        res.warnings.append(f"{rel}: {unlabeled} balk(en) zonder zichtbaar label met de grond")


def find_boxes(path: Path) -> list[DrawnBox]:
    """Dark filled rectangles in a PDF (default user space), each with the ground written
    inside it. Read with PDFium: every path object on the page and inside Form XObjects
    (mapped to page space), and the text PDFium finds within each box."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from redactor.models import Rect

    boxes: list[DrawnBox] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            for obj, matrix in _walk(page, None, (1, 0, 0, 1, 0, 0), 0):
                if obj.type != raw.FPDF_PAGEOBJ_PATH:
                    continue
                fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
                if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
                    continue
                if raw.FPDFPath_CountSegments(obj) > 6:      # not a rectangle (glyph outlines, logos)
                    continue
                r, g, b, a = (ctypes.c_uint(0) for _ in range(4))
                raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a)))
                if a.value < 128 or max(r.value, g.value, b.value) > BOX_DARK * 255:
                    continue
                x0, y0, x1, y1 = _transform_bounds(obj.get_bounds(), matrix)
                if min(x1 - x0, y1 - y0) < BOX_MIN:
                    continue
                # the label is centred in the box: look a little inside, so that a neighbouring
                # glyph touching the box edge is not read as part of it
                dx, dy = min(1.0, 0.1 * (x1 - x0)), min(0.5, 0.1 * (y1 - y0))
                text = "".join(textpage.get_text_bounded(x0 + dx, y0 + dy, x1 - dx, y1 - dy).split())
                m = GROUND_TOKEN.search(text)
                boxes.append(DrawnBox(i, Rect(x0, y0, x1, y1), m.group(0) if m else ""))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return boxes


def _walk(page, form, matrix, depth):
    """Page objects with the matrix that maps their bounds to page space (PDFium gives the
    bounds of an object inside a Form XObject in the form's space)."""
    import pypdfium2.raw as raw

    for obj in page.get_objects(max_depth=0, form=form):
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            if depth < 8:
                m = obj.get_matrix()
                yield from _walk(page, obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix), depth + 1)
        else:
            yield obj, matrix


def _compose(m, n):
    """m then n (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _transform_bounds(bounds, m) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = bounds
    pts = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _dark(color) -> bool:
    if color is None:
        return True                       # the default fill colour is black
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        c = [float(v) for v in color]
    except (TypeError, ValueError):
        return False                      # a pattern: not a plain box
    if len(c) == 1:
        return c[0] <= BOX_DARK
    if len(c) == 3:
        return max(c) <= BOX_DARK
    if len(c) == 4:
        return (1 - c[3]) * (1 - max(c[:3])) <= BOX_DARK
    return False


def _area(r) -> float:
    return max(0.0, r.x1 - r.x0) * max(0.0, r.y1 - r.y0)


def _inter(a, b) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))


def _iou(a, b) -> float:
    i = _inter(a, b)
    u = _area(a) + _area(b) - i
    return i / u if u > 0 else 0.0
