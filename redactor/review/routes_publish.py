"""The review app's publication and audit: starting apply and following it, verifying the
audit chain, writing and showing the justification reports, and serving the published
files."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse

from redactor.review.context import Review

REPORT_NAME_RE = re.compile(r"^(?:index|[0-9a-f]{12}(?:-\d{1,4})?)\.(?:html|pdf)$")


def router(review: Review) -> APIRouter:
    routes = APIRouter()
    store, out, actor, csrf, job = review.store, review.out, review.actor, review.csrf, review.job
    reports_dir, render, wants_json, done = review.reports_dir, review.render, review.wants_json, review.done

    # ------------------------------------------------------------------ apply
    @routes.get("/apply", response_class=HTMLResponse)
    def apply_view(request: Request):
        names = {d["id"]: d["name"] for d in store.documents()}
        return render(request, "apply.html", names=names)

    @routes.post("/apply", dependencies=[csrf])
    def apply_start(request: Request):
        started = job.start(out, actor)
        if wants_json(request):
            return JSONResponse({"ok": started, "running": job.running})
        return RedirectResponse("/apply", status_code=303)

    @routes.get("/apply/status")
    def apply_status():
        r = job.result
        return {"running": job.running, "progress": list(job.progress), "error": job.error,
                "result": r.summary() if r else None, "failed": r.failed if r else [], "head": r.head if r else ""}

    # ------------------------------------------------------------------ audit
    @routes.get("/audit", response_class=HTMLResponse)
    def audit_view(request: Request):
        seq, head = store.audit_head()
        reports = sorted(p.name for p in reports_dir.glob("*.html")) if reports_dir.is_dir() else []
        return render(request, "audit.html", seq=seq, head=head, verify=None, reports=reports,
                      names={d["id"]: d["name"] for d in store.documents()})

    @routes.post("/audit/verify", response_class=HTMLResponse, dependencies=[csrf])
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

    @routes.post("/audit/report", dependencies=[csrf])
    def audit_report(request: Request):
        from redactor.review.report import write_reports
        written = write_reports(out, store=store)
        return done(request, "/audit", files=[str(p.relative_to(out)) for p in written])

    @routes.get("/audit/report/{name}")
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
    @routes.get("/files/publish/{name}")
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

    return routes
