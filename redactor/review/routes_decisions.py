"""The review app's decisions: on a finding (accept, reject, another ground), a manual
redaction (text selection or drawn rectangle), and on a whole document (withhold, publish,
reviewed). Form POSTs that redirect back, or JSON when asked."""
from __future__ import annotations

import json

from fastapi import APIRouter, Form, HTTPException, Request

from redactor.models import PageArea
from redactor.review import texts
from redactor.review.context import Review
from redactor.review.render import PageView


def router(review: Review) -> APIRouter:
    routes = APIRouter()
    store, actor, csrf, done = review.store, review.actor, review.csrf, review.done
    get_doc, get_finding = review.get_doc, review.get_finding
    check_ground, check_reason = review.check_ground, review.check_reason

    # ------------------------------------------------------------------ finding actions
    @routes.post("/finding/{fid}/decide", dependencies=[csrf])
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

    @routes.post("/doc/{doc_id}/manual", dependencies=[csrf])
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
    @routes.post("/doc/{doc_id}/withhold", dependencies=[csrf])
    def withhold(request: Request, doc_id: str, ground: str = Form(""), reason: str = Form(""),
                 next: str = Form("")):
        get_doc(doc_id)
        store.withhold(doc_id, check_ground(ground), check_reason(reason), actor)
        return done(request, next or f"/doc/{doc_id}")

    @routes.post("/doc/{doc_id}/unwithhold", dependencies=[csrf])
    def unwithhold(request: Request, doc_id: str, reason: str = Form(""), next: str = Form("")):
        get_doc(doc_id)
        store.unwithhold(doc_id, check_reason(reason), actor)
        return done(request, next or f"/doc/{doc_id}")

    @routes.post("/doc/{doc_id}/reviewed", dependencies=[csrf])
    def reviewed(request: Request, doc_id: str, reviewed: str = Form("1"), next: str = Form("")):
        get_doc(doc_id)
        store.mark_reviewed(doc_id, reviewed == "1", actor)
        return done(request, next or f"/doc/{doc_id}")

    return routes
