"""The reviewer's web app over one dossier's case store (FastAPI, server-rendered Jinja2,
a little vanilla JS for selection, drawing and keyboard shortcuts).

Every page and form is in Dutch. State-changing requests are HTML form POSTs that
redirect back (303); the same endpoints answer JSON when asked (`Accept: application/json`),
which is what the API tests and the page's JavaScript use. See docs/review.md for the
routes and security.py for access control.
"""
from __future__ import annotations

import json
import re
import threading
import traceback
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from redactor.extract import file_sha256
from redactor.log.rows import word_row
from redactor.log.store import CaseStore, StoreError
from redactor.models import PageArea, Rect
from redactor.review import texts
from redactor.review.render import PageView, page_png
from redactor.review.security import Guard, LOCAL_HOSTS

HERE = Path(__file__).resolve().parent
DOC_ID_RE = re.compile(r"^[0-9a-f]{12}(?:-\d{1,4})?$")
FINDING_ID_RE = re.compile(r"^[0-9a-f]{12}(?:-\d{1,4})?-(?:\d{4,6}|m\d{3,5})$")
STATIC = {"app.css": "text/css", "app.js": "text/javascript"}
REPORT_NAME_RE = re.compile(r"^(?:index|[0-9a-f]{12}(?:-\d{1,4})?)\.(?:html|pdf)$")
CONTEXT_CHARS = 70


class ApplyJob:
    """The one apply that may run at a time, in a background thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.running = False
        self.progress = (0, 0, "")
        self.result = None
        self.error = ""
        self.started = ""
        self.finished = ""

    def start(self, out: Path, actor: str) -> bool:
        with self.lock:
            if self.running:
                return False
            self.running, self.result, self.error = True, None, ""
            self.started, self.finished = _now(), ""
            self.progress = (0, 0, "")
        threading.Thread(target=self._run, args=(out, actor), daemon=True, name="apply").start()
        return True

    def _run(self, out: Path, actor: str) -> None:
        from redactor.apply import apply_dossier
        store = None
        try:
            store = CaseStore.for_out(out)
            self.result = apply_dossier(out, actor=actor, store=store,
                                        progress=lambda n, total, name: setattr(self, "progress", (n, total, name)))
        except Exception as e:  # noqa: BLE001 - shown to the reviewer
            self.error = f"{type(e).__name__}: {e}"
            traceback.print_exc()
        finally:
            if store is not None:
                store.close()
            self.finished = _now()
            self.running = False


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_app(out: Path, *, token: str, reviewer: str = "beoordelaar",
               allowed_hosts: set[str] | None = LOCAL_HOSTS) -> FastAPI:
    out = Path(out).resolve()
    store = CaseStore.for_out(out)
    guard = Guard(token, allowed_hosts)
    actor = f"reviewer:{reviewer}"
    pages_cache = out / "internal" / "review" / "pages"
    reports_dir = out / "internal" / "onderbouwing"
    job = ApplyJob()

    app = FastAPI(title="redactor review", docs_url=None, redoc_url=None, openapi_url=None)
    app.middleware("http")(guard.middleware)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.globals.update(LABELS=texts.LABELS, ACTIONS=texts.ACTIONS, GROUNDS=texts.GROUNDS,
                       MANUAL_LABELS=texts.MANUAL_LABELS, actor_name=texts.actor_name,
                       ground_title=texts.ground_title, DEFAULT_GROUND=texts.DEFAULT_GROUND, T=texts)
    csrf = Depends(guard.require_csrf)

    # ------------------------------------------------------------------ helpers
    def render(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        ctx.update(request=request, csrf=guard.csrf, reviewer=reviewer, matter=store.meta("matter"),
                   dossier=out.name, job=job)
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def wants_json(request: Request) -> bool:
        return "application/json" in request.headers.get("accept", "")

    def done(request: Request, target: str, **data) -> Response:
        if wants_json(request):
            return JSONResponse({"ok": True, **data})
        return RedirectResponse(_safe_next(request, target), status_code=303)

    def get_doc(doc_id: str):
        if not DOC_ID_RE.match(doc_id):
            raise HTTPException(404, "Onbekend document")
        d = store.document(doc_id)
        if d is None:
            raise HTTPException(404, "Onbekend document")
        return d

    def get_finding(fid: str):
        if not FINDING_ID_RE.match(fid):
            raise HTTPException(404, "Onbekende bevinding")
        f = store.finding(fid)
        if f is None:
            raise HTTPException(404, "Onbekende bevinding")
        return f

    def check_ground(ground: str) -> str:
        if ground not in texts.GROUNDS:
            raise HTTPException(400, f"Onbekende weigeringsgrond: {ground}")
        return ground

    def check_reason(reason: str, default: str = "") -> str:
        reason = " ".join((reason or "").split()) or default
        if not reason:
            raise HTTPException(400, "Geef een reden op.")
        if len(reason) > 1000:
            raise HTTPException(400, "De reden is te lang (maximaal 1000 tekens).")
        return reason

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if wants_json(request):
            return JSONResponse({"ok": False, "error": exc.detail}, status_code=exc.status_code)
        return render(request, "error.html", status=exc.status_code, message=exc.detail, code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        fields = ", ".join(str(e.get("loc", ["", "?"])[-1]) for e in exc.errors())
        return await http_error(request, HTTPException(400, f"Ongeldige of ontbrekende invoer: {fields}"))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        if wants_json(request):
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        return render(request, "error.html", status=400, message=f"Niet uitgevoerd: {exc}", code=400)

    # ------------------------------------------------------------------ static
    @app.get("/static/{name}")
    def static(name: str):
        if name not in STATIC:
            raise HTTPException(404, "Niet gevonden")
        return FileResponse(HERE / "static" / name, media_type=STATIC[name])

    @app.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)

    # ------------------------------------------------------------------ dossier
    @app.get("/", response_class=HTMLResponse)
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
    @app.get("/doc/{doc_id}", response_class=HTMLResponse)
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

    @app.get("/doc/{doc_id}/page/{n}.png")
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

    # ------------------------------------------------------------------ finding actions
    @app.post("/finding/{fid}/decide", dependencies=[csrf])
    def decide(request: Request, fid: str, action: str = Form(...), ground: str = Form(""),
               reason: str = Form(""), next: str = Form("")):
        f = get_finding(fid)
        if action == "accept":
            ground = check_ground(ground or f["ground"] or texts.DEFAULT_GROUND)
            n = store.decide([fid], "redact", ground, check_reason(reason, texts.REASON_ACCEPT), actor)
        elif action == "reject":
            n = store.decide([fid], "keep", "", check_reason(reason, texts.REASON_REJECT), actor)
        elif action == "ground":
            n = store.decide([fid], "redact", check_ground(ground), check_reason(reason, texts.REASON_GROUND),
                             actor)
        else:
            raise HTTPException(400, "Onbekende actie")
        page = json.loads(f["boxes"])[0][0] + 1 if json.loads(f["boxes"]) else 1
        return done(request, next or f"/doc/{f['doc_id']}?page={page}&f={fid}", changed=n)

    @app.post("/doc/{doc_id}/manual", dependencies=[csrf])
    def manual(request: Request, doc_id: str, mode: str = Form(...), ground: str = Form(...),
               reason: str = Form(""), label: str = Form("OTHER"), start: int | None = Form(None),
               end: int | None = Form(None), page: int | None = Form(None), x0: float | None = Form(None),
               y0: float | None = Form(None), x1: float | None = Form(None), y1: float | None = Form(None),
               next: str = Form("")):
        d = get_doc(doc_id)
        ground = check_ground(ground)
        reason = check_reason(reason, texts.REASON_MANUAL)
        if label not in texts.MANUAL_LABELS:
            raise HTTPException(400, "Onbekend label")
        if mode == "text":
            if start is None or end is None:
                raise HTTPException(400, "Selecteer eerst tekst.")
            fid = store.add_manual(doc_id, actor=actor, ground=ground, reason=reason, start=start, end=end,
                                   label=label)
        elif mode == "rect":
            if None in (page, x0, y0, x1, y1) or not 1 <= page <= d["pages"]:
                raise HTTPException(400, "Teken eerst een rechthoek op de pagina.")
            prow = store.page(doc_id, page - 1)
            rect = PageView.of(prow).from_view(x0, y0, x1, y1)
            if rect.width < 1 or rect.height < 1:
                raise HTTPException(400, "De rechthoek is te klein.")
            fid = store.add_manual(doc_id, actor=actor, ground=ground, reason=reason,
                                   areas=[PageArea(page - 1, rect)], label=label)
        else:
            raise HTTPException(400, "Onbekende soort lakking")
        f = store.finding(fid)
        return done(request, next or f"/doc/{doc_id}?page={f['page'] + 1}&f={fid}", finding=fid)

    # ------------------------------------------------------------------ document actions
    @app.post("/doc/{doc_id}/withhold", dependencies=[csrf])
    def withhold(request: Request, doc_id: str, ground: str = Form(""), reason: str = Form(""),
                 next: str = Form("")):
        get_doc(doc_id)
        store.withhold(doc_id, check_ground(ground), check_reason(reason), actor)
        return done(request, next or f"/doc/{doc_id}")

    @app.post("/doc/{doc_id}/unwithhold", dependencies=[csrf])
    def unwithhold(request: Request, doc_id: str, reason: str = Form(""), next: str = Form("")):
        get_doc(doc_id)
        store.unwithhold(doc_id, check_reason(reason), actor)
        return done(request, next or f"/doc/{doc_id}")

    @app.post("/doc/{doc_id}/reviewed", dependencies=[csrf])
    def reviewed(request: Request, doc_id: str, reviewed: str = Form("1"), next: str = Form("")):
        get_doc(doc_id)
        store.mark_reviewed(doc_id, reviewed == "1", actor)
        return done(request, next or f"/doc/{doc_id}")

    # ------------------------------------------------------------------ persons
    @app.get("/persons", response_class=HTMLResponse)
    def persons_view(request: Request):
        return render(request, "persons.html", persons=store.persons())

    @app.get("/person", response_class=HTMLResponse)
    def person_view(request: Request, key: str):
        rows = store.findings(person=key)
        if not rows:
            raise HTTPException(404, "Onbekende persoon")
        docs = {d["id"]: d for d in store.documents()}
        mentions = []
        for r in rows:
            text = docs[r["doc_id"]]["text"]
            a, b = max(0, r["start"] - CONTEXT_CHARS), min(len(text), r["end"] + CONTEXT_CHARS)
            mentions.append({"r": r, "doc": docs[r["doc_id"]], "before": text[a:r["start"]].replace("\n", " "),
                             "mention": text[r["start"]:r["end"]].replace("\n", " "),
                             "after": text[r["end"]:b].replace("\n", " "), "page": r["page"] + 1})
        person = next((p for p in store.persons() if p["key"] == key), None)
        return render(request, "person.html", key=key, person=person, mentions=mentions)

    @app.post("/person/decide", dependencies=[csrf])
    def person_decide(request: Request, key: str = Form(...), action: str = Form(...), ground: str = Form(""),
                      reason: str = Form(""), next: str = Form("")):
        ids = [r["id"] for r in store.findings(person=key)]
        if not ids:
            raise HTTPException(404, "Onbekende persoon")
        if action == "redact":
            n = store.decide(ids, "redact", check_ground(ground or texts.DEFAULT_GROUND),
                             check_reason(reason, texts.REASON_PERSON_REDACT), actor)
        elif action == "keep":
            n = store.decide(ids, "keep", "", check_reason(reason), actor)
        else:
            raise HTTPException(400, "Onbekende actie")
        from urllib.parse import quote
        return done(request, next or f"/person?key={quote(key)}", changed=n)

    # ------------------------------------------------------------------ apply
    @app.get("/apply", response_class=HTMLResponse)
    def apply_view(request: Request):
        names = {d["id"]: d["name"] for d in store.documents()}
        return render(request, "apply.html", names=names)

    @app.post("/apply", dependencies=[csrf])
    def apply_start(request: Request):
        started = job.start(out, actor)
        if wants_json(request):
            return JSONResponse({"ok": started, "running": job.running})
        return RedirectResponse("/apply", status_code=303)

    @app.get("/apply/status")
    def apply_status():
        r = job.result
        return {"running": job.running, "progress": list(job.progress), "error": job.error,
                "result": r.summary() if r else None, "failed": r.failed if r else [], "head": r.head if r else ""}

    # ------------------------------------------------------------------ audit
    @app.get("/audit", response_class=HTMLResponse)
    def audit_view(request: Request):
        seq, head = store.audit_head()
        reports = sorted(p.name for p in reports_dir.glob("*.html")) if reports_dir.is_dir() else []
        return render(request, "audit.html", seq=seq, head=head, verify=None, reports=reports,
                      names={d["id"]: d["name"] for d in store.documents()})

    @app.post("/audit/verify", response_class=HTMLResponse, dependencies=[csrf])
    def audit_verify(request: Request):
        from redactor.log.audit import verify
        res = verify(out)
        if wants_json(request):
            return JSONResponse({"ok": res.ok, "problems": [str(p) for p in res.problems],
                                 "warnings": res.warnings})
        seq, head = store.audit_head()
        reports = sorted(p.name for p in reports_dir.glob("*.html")) if reports_dir.is_dir() else []
        return render(request, "audit.html", seq=seq, head=head, verify=res, reports=reports,
                      names={d["id"]: d["name"] for d in store.documents()})

    @app.post("/audit/report", dependencies=[csrf])
    def audit_report(request: Request):
        from redactor.review.report import write_reports
        written = write_reports(out, store=store)
        return done(request, "/audit", files=[str(p.relative_to(out)) for p in written])

    @app.get("/audit/report/{name}")
    def audit_report_file(name: str):
        if not REPORT_NAME_RE.match(name):
            raise HTTPException(404, "Niet gevonden")
        path = (reports_dir / name).resolve()
        if not path.is_relative_to(reports_dir.resolve()) or not path.is_file():
            raise HTTPException(404, "Niet gevonden")
        resp = FileResponse(path, media_type="application/pdf" if name.endswith(".pdf") else "text/html")
        # the report is a standalone file with its own inline style and no scripts
        resp.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        return resp

    # ------------------------------------------------------------------ published files
    @app.get("/files/publish/{name}")
    def published_file(name: str):
        publish = (out / "publish").resolve()
        allowed = {Path(d["output"]).name for d in store.documents() if d["output_sha256"]}
        allowed |= {"productierapport.xlsx", "inventaris.csv", "inventaris.pdf"}
        if name not in allowed:
            raise HTTPException(404, "Niet gevonden")
        path = (publish / name).resolve()
        if not path.is_relative_to(publish) or not path.is_file():
            raise HTTPException(404, "Niet gevonden")
        return FileResponse(path, filename=name)

    app.state.store = store
    app.state.guard = guard
    app.state.job = job
    return app


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


def _safe_next(request: Request, target: str) -> str:
    """Only redirect within this app (a path, never another host)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
