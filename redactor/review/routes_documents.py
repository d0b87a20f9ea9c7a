"""The review app's read-only pages: the dossier overview (with its filters) and a
document's page with its findings, overlays and text, and the page images they show."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse

from redactor.extract import file_sha256
from redactor.log.rows import word_row
from redactor.log.store import CaseStore
from redactor.models import Rect
from redactor.review.context import Review
from redactor.review.render import PageView, page_png


def router(review: Review) -> APIRouter:
    routes = APIRouter()
    store, out, pages_cache = review.store, review.out, review.pages_cache
    render, get_doc = review.render, review.get_doc

    # ------------------------------------------------------------------ dossier
    @routes.get("/", response_class=HTMLResponse)
    def dossier_view(request: Request, filter: str = "", label: str = "", person: str = ""):
        stats = _doc_stats(store)
        rows = []
        for d in store.documents():
            s = stats.get(d["id"], _empty_stats())
            rows.append({"d": d, "s": s, "outcome": _outcome(d, s), "status": _status(d)})
        labels = sorted({lbl for r in rows for lbl in r["s"]["labels"]})
        persons = store.persons()
        shown = rows
        if filter == "unreviewed":
            shown = [r for r in shown if not r["d"]["reviewed"]]
        elif filter == "needs_review":
            shown = [r for r in shown if r["s"]["review"]]
        elif filter == "withheld":
            shown = [r for r in shown if r["d"]["withheld"]]
        elif filter == "failed":
            shown = [r for r in shown if r["d"]["status"] == "failed"]
        if label:
            shown = [r for r in shown if label in r["s"]["labels"]]
        if person:
            docs = {f["doc_id"] for f in store.findings(person=person)}
            shown = [r for r in shown if r["d"]["id"] in docs]
        totals = {"documents": len(rows), "pages": sum(r["d"]["pages"] for r in rows),
                  "reviewed": sum(1 for r in rows if r["d"]["reviewed"]),
                  "findings": sum(r["s"]["total"] for r in rows), "review": sum(r["s"]["review"] for r in rows)}
        return render(request, "dossier.html", rows=shown, totals=totals, labels=labels, persons=persons,
                      f_filter=filter, f_label=label, f_person=person)

    # ------------------------------------------------------------------ document
    @routes.get("/doc/{doc_id}", response_class=HTMLResponse)
    def document_view(request: Request, doc_id: str, page: int = 1, f: str = ""):
        d = get_doc(doc_id)
        stats = _doc_stats(store, doc_id).get(doc_id, _empty_stats())
        npages = store.conn.execute("SELECT COUNT(*) FROM pages WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        if not npages:
            return render(request, "document.html", d=d, npages=0, page=None, findings=[], overlays=[], lines=[],
                          others={}, nav=_neighbours(store, doc_id), history={}, all_count=0,
                          outcome=_outcome(d, stats), selected=f)
        page = min(max(page, 1), npages)
        prow = store.page(doc_id, page - 1)
        view = PageView.of(prow)
        all_findings = store.findings(doc_id)
        on_page, overlays, others = [], [], Counter()
        for r in all_findings:
            boxes = json.loads(r["boxes"])
            for p in {b[0] for b in boxes} - {page - 1}:
                others[p + 1] += 1
            mine = [b for b in boxes if b[0] == page - 1]
            if not mine:
                continue
            on_page.append(r)
            for b in mine:
                left, top, w, h = view.to_view(Rect(*b[1:5]))
                overlays.append({"id": r["id"], "action": r["action"] or "", "ground": r["ground"] or "",
                                 "label": r["label"], "box": f"{left:.5f} {top:.5f} {w:.5f} {h:.5f}"})
        lines = _page_lines(d["text"], [word_row(w) for w in store.page_words(prow)], on_page)
        history = {r["id"]: store.decision_history(r["id"]) for r in on_page}
        return render(request, "document.html", d=d, npages=npages, page=page, findings=on_page,
                      overlays=overlays, lines=lines, others=dict(sorted(others.items())),
                      nav=_neighbours(store, doc_id), history=history, all_count=len(all_findings),
                      outcome=_outcome(d, stats), aspect=view.height / view.width * 100, selected=f,
                      published=bool(d["output_sha256"]))

    @routes.get("/doc/{doc_id}/page/{n}.png")
    def page_image(doc_id: str, n: int, variant: str = "original"):
        d = get_doc(doc_id)
        if not 1 <= n <= d["pages"] or variant not in ("original", "published"):
            raise HTTPException(404, "Onbekende pagina")
        if variant == "original":
            src = Path(d["source"])
            cache = pages_cache / doc_id / f"original-{d['sha256'][:16]}-{n}.png"
            if not cache.exists() and src.is_file() and file_sha256(src) != d["sha256"]:
                raise HTTPException(409, "Het origineel is gewijzigd sinds de run; voer redactor run opnieuw uit.")
        else:
            if not d["output_sha256"] or not d["output"]:
                raise HTTPException(404, "Niet gepubliceerd")
            src = (out / d["output"]).resolve()
            if not src.is_relative_to(out / "publish"):
                raise HTTPException(404, "Niet gevonden")
            cache = pages_cache / doc_id / f"published-{d['output_sha256'][:16]}-{n}.png"
        if not src.is_file():
            raise HTTPException(404, "Bestand niet gevonden")
        try:
            path = page_png(src, n - 1, cache)
        except Exception as e:  # noqa: BLE001 - unreadable PDF
            raise HTTPException(500, f"Pagina kon niet worden getoond: {type(e).__name__}") from e
        return FileResponse(path, media_type="image/png")

    return routes


# ---------------------------------------------------------------------- view helpers

def _empty_stats() -> dict:
    return {"labels": {}, "total": 0, "redact": 0, "keep": 0, "review": 0, "grounds": set(), "manual": 0}


def _doc_stats(store: CaseStore, doc_id: str | None = None) -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(_empty_stats)
    rows = store.conn.execute(
        "SELECT f.doc_id, f.label, f.origin, d.action, d.ground, COUNT(*) AS n FROM findings f"
        " JOIN decisions d ON d.id = f.decision_id WHERE f.retired = 0" + (" AND f.doc_id = ?" if doc_id else "") +
        " GROUP BY f.doc_id, f.label, f.origin, d.action, d.ground", (doc_id,) if doc_id else ()).fetchall()
    for r in rows:
        s = out[r["doc_id"]]
        s["labels"][r["label"]] = s["labels"].get(r["label"], 0) + r["n"]
        s["total"] += r["n"]
        s[r["action"]] = s.get(r["action"], 0) + r["n"]
        if r["origin"] == "manual":
            s["manual"] += r["n"]
        if r["action"] in ("redact", "review") and r["ground"]:
            s["grounds"].add(r["ground"])
    return out


def _outcome(d, s: dict) -> dict:
    if d["status"] == "failed":
        return {"text": "Mislukt", "grounds": [], "cls": "failed"}
    if d["withheld"]:
        return {"text": "Niet openbaar", "grounds": [d["withheld_ground"]], "cls": "withheld"}
    grounds = sorted(s["grounds"])
    return {"text": "Deels openbaar" if grounds else "Openbaar", "grounds": grounds,
            "cls": "partial" if grounds else "open"}


def _status(d) -> str:
    return "Beoordeeld" if d["reviewed"] else "Niet beoordeeld"


def _neighbours(store: CaseStore, doc_id: str) -> dict:
    ids = [d["id"] for d in store.documents()]
    i = ids.index(doc_id)
    return {"prev": ids[i - 1] if i > 0 else None, "next": ids[i + 1] if i + 1 < len(ids) else None,
            "n": i + 1, "total": len(ids)}


def _page_lines(text: str, words: list, findings: list) -> list[list[dict]]:
    """The page's words grouped in lines, each word with its char offsets and the findings
    covering it (for highlighting and for mapping a text selection back to offsets)."""
    spans = [(r["start"], r["end"], r) for r in findings if r["end"] > r["start"]]
    lines: dict[int, list] = defaultdict(list)
    for w in words:
        lines[w[7]].append(w)
    out = []
    for ln in sorted(lines, key=lambda k: min(w[5] for w in lines[k])):
        items, prev_end = [], None
        for w in sorted(lines[ln], key=lambda w: w[5]):
            start, end = w[5], w[6]
            if prev_end is not None and start > prev_end:
                items.append({"sep": text[prev_end:start].replace("\n", " ") or " "})
            elif prev_end is not None:
                items.append({"sep": " "})
            hits = [r for (a, b, r) in spans if a < end and b > start]
            cls = ""
            if hits:
                acts = {r["action"] for r in hits}
                cls = "hl-redact" if "redact" in acts else "hl-review" if "review" in acts else "hl-keep"
            items.append({"text": w[0], "s": start, "e": end, "cls": cls, "fids": " ".join(r["id"] for r in hits)})
            prev_end = end
        out.append(items)
    return out
