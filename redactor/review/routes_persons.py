"""The review app's persons: the overview of everyone the findings name, one person's
mentions in context, and one decision for all of a person's mentions."""
from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse

from redactor.review import texts
from redactor.review.context import Review

CONTEXT_CHARS = 70


def router(review: Review) -> APIRouter:
    routes = APIRouter()
    store, actor, csrf, render, done = review.store, review.actor, review.csrf, review.render, review.done
    check_ground, check_reason = review.check_ground, review.check_reason

    @routes.get("/persons", response_class=HTMLResponse)
    def persons_view(request: Request):
        return render(request, "persons.html", persons=store.persons())

    @routes.get("/person", response_class=HTMLResponse)
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

    @routes.post("/person/decide", dependencies=[csrf])
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

    return routes
