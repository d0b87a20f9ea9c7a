"""The reviewer's web app over one dossier's case store (FastAPI, server-rendered Jinja2,
a little vanilla JS for selection, drawing and keyboard shortcuts).

Every page and form is in Dutch. State-changing requests are HTML form POSTs that
redirect back (303); the same endpoints answer JSON when asked (`Accept: application/json`),
which is what the API tests and the page's JavaScript use. See docs/review.md for the
routes and security.py for access control.

This module builds the app: access control, error pages and the static files. The routes
are in routers by area: routes_documents.py (dossier and document pages, page images),
routes_decisions.py (decisions on findings and documents), routes_persons.py (persons),
routes_publish.py (apply, audit, reports, published files); what they share (the store,
rendering, request checks) is in context.py, the background apply in apply_job.py.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response

from redactor.log.store import CaseStore
from redactor.log.store_base import StoreError
from redactor.review import routes_decisions, routes_documents, routes_persons, routes_publish
from redactor.review.apply_job import ApplyJob
from redactor.review.context import HERE, Review
from redactor.review.security import Guard, LOCAL_HOSTS

STATIC = {"app.css": "text/css", "app.js": "text/javascript"}


def create_app(out: Path, *, token: str, reviewer: str = "beoordelaar",
               allowed_hosts: set[str] | None = LOCAL_HOSTS) -> FastAPI:
    out = Path(out).resolve()
    store = CaseStore.for_out(out)
    guard = Guard(token, allowed_hosts)
    job = ApplyJob()
    review = Review(out, store, guard, reviewer, job)
    render, wants_json = review.render, review.wants_json

    app = FastAPI(title="redactor review", docs_url=None, redoc_url=None, openapi_url=None)
    app.middleware("http")(guard.middleware)

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

    for area in (routes_documents, routes_decisions, routes_persons, routes_publish):
        app.include_router(area.router(review))

    app.state.store = store
    app.state.guard = guard
    app.state.job = job
    return app
