"""What every route of the review app shares: the dossier and its case store, the reviewer,
rendering a page, answering a form or a JSON request, and checking what a request names
(a document, a finding, a ground, a reason) before the store sees it."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from redactor.log.store import CaseStore
from redactor.review import texts
from redactor.review.apply_job import ApplyJob
from redactor.review.security import Guard

HERE = Path(__file__).resolve().parent
DOC_ID_RE = re.compile(r"^[0-9a-f]{12}(?:-\d{1,4})?$")
FINDING_ID_RE = re.compile(r"^[0-9a-f]{12}(?:-\d{1,4})?-(?:\d{4,6}|m\d{3,5})$")


class Review:
    def __init__(self, out: Path, store: CaseStore, guard: Guard, reviewer: str, job: ApplyJob):
        self.out, self.store, self.guard, self.reviewer, self.job = out, store, guard, reviewer, job
        self.actor = f"reviewer:{reviewer}"
        self.pages_cache = out / "internal" / "review" / "pages"
        self.reports_dir = out / "internal" / "onderbouwing"
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        env = self.templates.env
        env.globals.update(LABELS=texts.LABELS, ACTIONS=texts.ACTIONS, GROUNDS=texts.GROUNDS,
                           MANUAL_LABELS=texts.MANUAL_LABELS, actor_name=texts.actor_name,
                           ground_title=texts.ground_title, DEFAULT_GROUND=texts.DEFAULT_GROUND, T=texts)
        self.csrf = Depends(guard.require_csrf)

    def render(self, request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        ctx.update(request=request, csrf=self.guard.csrf, reviewer=self.reviewer, matter=self.store.meta("matter"),
                   dossier=self.out.name, job=self.job)
        return self.templates.TemplateResponse(request, name, ctx, status_code=status)

    @staticmethod
    def wants_json(request: Request) -> bool:
        return "application/json" in request.headers.get("accept", "")

    def done(self, request: Request, target: str, **data) -> Response:
        if self.wants_json(request):
            return JSONResponse({"ok": True, **data})
        return RedirectResponse(_safe_next(request, target), status_code=303)

    def get_doc(self, doc_id: str):
        if not DOC_ID_RE.match(doc_id):
            raise HTTPException(404, "Onbekend document")
        d = self.store.document(doc_id)
        if d is None:
            raise HTTPException(404, "Onbekend document")
        return d

    def get_finding(self, fid: str):
        if not FINDING_ID_RE.match(fid):
            raise HTTPException(404, "Onbekende bevinding")
        f = self.store.finding(fid)
        if f is None:
            raise HTTPException(404, "Onbekende bevinding")
        return f

    @staticmethod
    def check_ground(ground: str) -> str:
        if ground not in texts.GROUNDS:
            raise HTTPException(400, f"Onbekende weigeringsgrond: {ground}")
        return ground

    @staticmethod
    def check_reason(reason: str, default: str = "") -> str:
        reason = " ".join((reason or "").split()) or default
        if not reason:
            raise HTTPException(400, "Geef een reden op.")
        if len(reason) > 1000:
            raise HTTPException(400, "De reden is te lang (maximaal 1000 tekens).")
        return reason


def _safe_next(request: Request, target: str) -> str:
    """Only redirect within this app (a path, never another host)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
