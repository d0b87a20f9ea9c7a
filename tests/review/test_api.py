"""The review app's HTTP API: every action, access control, CSRF, path traversal."""
from __future__ import annotations

import json
import time
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from redactor.review.app import create_app
from tests.review.conftest import TOKEN

ORIGIN = {"Origin": "http://127.0.0.1:8765"}


def store(client):
    return client.app.state.store


def brief(client):
    return store(client).documents()[0]


def first_finding(client, text="Bosschaart"):
    return next(f for f in store(client).findings(brief(client)["id"]) if f["text"] == text)


# ---------------------------------------------------------------------- pages

def test_dossier_view_and_filters(client):
    r = client.get("/", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "brief_bezwaar_parkeervergunning.pdf" in r.text and "Deels openbaar" in r.text
    d = brief(client)
    client.post(f"/doc/{d['id']}/reviewed", data={"reviewed": "1"})
    r = client.get("/?filter=unreviewed", headers={"Accept": "text/html"})
    assert "brief_bezwaar" not in r.text and "email_planning" in r.text
    r = client.get("/?label=TERM", headers={"Accept": "text/html"})
    assert r.text.count('href="/doc/') == 3
    r = client.get("/?filter=needs_review", headers={"Accept": "text/html"})
    assert r.text.count('href="/doc/') == 0          # terms are decided, nothing flagged


def test_document_view_shows_findings_and_text(client):
    d = brief(client)
    r = client.get(f"/doc/{d['id']}", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert r.text.count('class="finding ') == len(store(client).findings(d["id"]))
    assert 'data-box="' in r.text and "5.1.2e" in r.text
    assert 'class="w hl-redact"' in r.text and ">Spittaalstraat</span>" in r.text


def test_text_pane_has_no_blank_lines_between_text_lines(client):
    """The pane keeps spaces (pre-wrap): whitespace from the template between two line
    elements showed as an empty line after every line of text."""
    import re

    d = brief(client)
    html = client.get(f"/doc/{d['id']}", headers={"Accept": "text/html"}).text
    pane = html[html.index('id="pagetext">') + len('id="pagetext">'):]
    pane = pane[:pane.index("</div>\n")] if "</div>\n" in pane else pane
    assert pane.startswith('<div class="line">'), pane[:80]
    assert pane.count('<div class="line">') > 5
    assert not re.search(r"</div>\s+<div", pane)
    css = client.get("/static/app.css").text
    assert re.search(r"\.pagetext \.line \{[^}]*white-space: pre-wrap", css)
    assert not re.search(r"\.pagetext \{[^}]*pre-wrap", css)


def test_page_image_is_cached_under_internal(client, dossier):
    d = brief(client)
    r = client.get(f"/doc/{d['id']}/page/1.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content[:4] == b"\x89PNG"
    cached = list((dossier / "internal" / "review" / "pages").rglob("*.png"))
    assert len(cached) == 1
    assert client.get(f"/doc/{d['id']}/page/99.png").status_code == 404
    assert client.get(f"/doc/{d['id']}/page/1.png?variant=../../x").status_code == 404
    r = client.get(f"/doc/{d['id']}/page/1.png?variant=published")
    assert r.status_code == 200 and r.content[:4] == b"\x89PNG"


# ---------------------------------------------------------------------- finding actions

def test_accept_reject_and_change_ground(client):
    f = first_finding(client)
    r = client.post(f"/finding/{f['id']}/decide", data={"action": "reject", "reason": "naam van de wethouder"})
    assert r.json()["ok"]
    g = store(client).finding(f["id"])
    assert (g["action"], g["ground"], g["reason"], g["actor"]) == ("keep", "", "naam van de wethouder", "reviewer:tester")
    client.post(f"/finding/{f['id']}/decide", data={"action": "accept"})
    g = store(client).finding(f["id"])
    assert (g["action"], g["ground"]) == ("redact", "5.1.2e")
    client.post(f"/finding/{f['id']}/decide", data={"action": "ground", "ground": "5.1.1e"})
    assert store(client).finding(f["id"])["ground"] == "5.1.1e"
    assert len(store(client).decision_history(f["id"])) == 4
    kinds = [(e["finding"], e["action"], e["actor"]) for e in store(client).audit_entries()[-3:]]
    assert kinds == [(f["id"], "keep", "reviewer:tester"), (f["id"], "redact", "reviewer:tester"),
                     (f["id"], "redact", "reviewer:tester")]


def test_decide_validates_input(client):
    f = first_finding(client)
    assert client.post(f"/finding/{f['id']}/decide", data={"action": "ground", "ground": "6.6"}).status_code == 400
    assert client.post(f"/finding/{f['id']}/decide", data={"action": "explode"}).status_code == 400
    assert client.post(f"/finding/{f['id']}/decide", data={"action": "reject", "reason": "   "}).json()["ok"]
    assert client.post("/finding/abc/decide", data={"action": "reject"}).status_code == 404
    assert client.post("/finding/000000000000-0001/decide", data={"action": "reject"}).status_code == 404


def test_manual_redaction_by_text_and_by_rectangle(client):
    from redactor.review.render import PageView

    d = brief(client)
    doc = store(client).load_document(d["id"])
    a = doc.text.index("Spittaalstraat 41")
    r = client.post(f"/doc/{d['id']}/manual", data={"mode": "text", "start": a, "end": a + 17, "ground": "5.1.2e",
                                                    "reason": "adres van de indiener", "label": "ADDRESS"})
    fid = r.json()["finding"]
    f = store(client).finding(fid)
    assert (f["text"], f["label"], f["action"], f["reason"]) == ("Spittaalstraat 41", "ADDRESS", "redact",
                                                                "adres van de indiener")
    w = next(w for w in doc.pages[0].words if w.text.startswith("7-XKT-42"))
    view = PageView.of(store(client).page(d["id"], 0))
    left, top, width, height = view.to_view(w.box)
    r = client.post(f"/doc/{d['id']}/manual", data={"mode": "rect", "page": 1, "x0": left - 0.002, "y0": top - 0.002,
                                                    "x1": left + width + 0.002, "y1": top + height + 0.002,
                                                    "ground": "5.1.2e", "reason": "kenteken"})
    f = store(client).finding(r.json()["finding"])
    assert f["text"] == "7-XKT-42." and json.loads(f["areas"])[0][0] == 0
    # invalid: nothing selected, a dot, an unknown label
    assert client.post(f"/doc/{d['id']}/manual", data={"mode": "text", "ground": "5.1.2e"}).status_code == 400
    assert client.post(f"/doc/{d['id']}/manual", data={"mode": "rect", "page": 1, "x0": .5, "y0": .5, "x1": .5,
                                                       "y1": .5, "ground": "5.1.2e"}).status_code == 400
    assert client.post(f"/doc/{d['id']}/manual", data={"mode": "text", "start": a, "end": a + 3, "ground": "5.1.2e",
                                                       "label": "<script>"}).status_code == 400


# ---------------------------------------------------------------------- document actions

def test_withhold_unwithhold_and_reviewed(client):
    d = brief(client)
    assert client.post(f"/doc/{d['id']}/withhold", data={"ground": "5.1.2e", "reason": ""}).status_code == 400
    client.post(f"/doc/{d['id']}/withhold", data={"ground": "5.1.2i", "reason": "intern beraad"})
    d2 = store(client).document(d["id"])
    assert (d2["withheld"], d2["withheld_ground"], d2["withheld_reason"]) == (1, "5.1.2i", "intern beraad")
    client.post(f"/doc/{d['id']}/unwithhold", data={"reason": "toch deels openbaar"})
    assert store(client).document(d["id"])["withheld"] == 0
    client.post(f"/doc/{d['id']}/reviewed", data={"reviewed": "1"})
    assert store(client).document(d["id"])["reviewed_by"] == "reviewer:tester"
    client.post(f"/doc/{d['id']}/reviewed", data={"reviewed": "0"})
    assert store(client).document(d["id"])["reviewed"] == 0
    actions = [e["action"] for e in store(client).audit_entries() if e["kind"] == "document"]
    assert actions == ["withhold", "publish", "reviewed", "unreviewed"]


# ---------------------------------------------------------------------- persons

def test_person_view_redact_and_keep_everywhere(client):
    s = store(client)
    with s.transaction() as c:   # what the detector's person linking records (context["person"])
        c.execute("UPDATE findings SET person = 'p:wijnands' WHERE text = 'Lotte Wijnands'")
    ids = [f["id"] for f in s.findings(person="p:wijnands")]
    assert len(ids) == 3
    r = client.get("/persons", headers={"Accept": "text/html"})
    assert "Lotte Wijnands" in r.text
    r = client.get(f"/person?key={quote('p:wijnands')}", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.text.count("<mark") == 3
    assert client.post("/person/decide", data={"key": "p:wijnands", "action": "keep", "reason": ""}).status_code == 400
    r = client.post("/person/decide", data={"key": "p:wijnands", "action": "keep", "reason": "woordvoerder"})
    assert r.json()["changed"] == 3
    assert {(s.finding(i)["action"], s.finding(i)["reason"]) for i in ids} == {("keep", "woordvoerder")}
    r = client.post("/person/decide", data={"key": "p:wijnands", "action": "redact", "ground": "5.1.2e"})
    assert r.json()["changed"] == 3 and {s.finding(i)["action"] for i in ids} == {"redact"}
    assert client.post("/person/decide", data={"key": "nobody", "action": "keep", "reason": "x"}).status_code == 404
    assert client.get("/person?key=nobody").status_code == 404


# ---------------------------------------------------------------------- apply and audit

def test_apply_verify_report_and_downloads(client, dossier):
    f = first_finding(client)
    client.post(f"/finding/{f['id']}/decide", data={"action": "reject"})
    assert client.post("/apply").json()["ok"]
    for _ in range(300):
        st = client.get("/apply/status").json()
        if not st["running"]:
            break
        time.sleep(0.1)
    assert st["error"] == "" and st["result"]["written"] == 1 and st["result"]["failed"] == 0
    r = client.post("/audit/verify")
    assert r.json() == {"ok": True, "problems": [], "warnings": []}
    r = client.post("/audit/report")
    assert any(p.endswith("index.html") for p in r.json()["files"])
    assert client.get("/audit/report/index.html").status_code == 200
    d = brief(client)
    assert client.get(f"/audit/report/{d['id']}.pdf").content[:5] == b"%PDF-"
    r = client.get(f"/files/publish/{d['name']}")
    assert r.status_code == 200 and r.content[:5] == b"%PDF-"
    assert client.get("/files/publish/inventaris.csv").status_code == 200


# ---------------------------------------------------------------------- security

def test_every_request_needs_the_token(dossier):
    app = create_app(dossier, token=TOKEN, reviewer="t")
    c = TestClient(app, base_url="http://127.0.0.1:8765")
    d = app.state.store.documents()[0]["id"]
    for path in ("/", f"/doc/{d}", f"/doc/{d}/page/1.png", "/persons", "/apply", "/audit", "/static/app.js",
                 "/files/publish/inventaris.csv"):
        r = c.get(path)
        assert r.status_code == 401, path
        assert "Geen toegang" in r.text
    assert c.post("/apply", headers=ORIGIN).status_code == 401
    assert c.get("/", headers={"Authorization": "Bearer wrong-token-wrong-token"}).status_code == 401
    assert c.get("/?token=wrong", follow_redirects=False).status_code == 401
    c.cookies.set("redactor_review", TOKEN)                # the raw token is not a session cookie
    assert c.get("/").status_code == 401
    app.state.store.close()


def test_token_link_sets_strict_cookie_and_csrf_is_enforced(dossier):
    app = create_app(dossier, token=TOKEN, reviewer="t")
    c = TestClient(app, base_url="http://127.0.0.1:8765")
    r = c.get(f"/?token={TOKEN}&filter=unreviewed", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/?filter=unreviewed"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and TOKEN.lower() not in cookie
    assert c.get("/").status_code == 200                   # the cookie now authenticates
    fid = app.state.store.findings()[0]["id"]
    url = f"/finding/{fid}/decide"
    csrf = app.state.guard.csrf
    # cookie auth: Origin must be ours AND the CSRF token must be sent
    assert c.post(url, data={"action": "reject", "csrf": csrf}, headers={"Origin": "http://evil.example"}).status_code == 403
    assert c.post(url, data={"action": "reject", "csrf": csrf}, headers={"Origin": "null"}).status_code == 403
    assert c.post(url, data={"action": "reject", "csrf": csrf}).status_code == 403          # no Origin, no Referer
    assert c.post(url, data={"action": "reject"}, headers=ORIGIN).status_code == 403       # no CSRF token
    assert c.post(url, data={"action": "reject", "csrf": "0" * 64}, headers=ORIGIN).status_code == 403
    assert app.state.store.finding(fid)["action"] == "redact"                                # nothing changed
    r = c.post(url, data={"action": "reject", "csrf": csrf}, headers=ORIGIN, follow_redirects=False)
    assert r.status_code == 303 and app.state.store.finding(fid)["action"] == "keep"
    r = c.post(url, data={"action": "accept", "csrf": csrf},
               headers={"Referer": "http://127.0.0.1:8765/doc/x"}, follow_redirects=False)
    assert r.status_code == 303
    # a foreign page's form cannot set the redirect target outside the app
    r = c.post(url, data={"action": "accept", "csrf": csrf, "next": "//evil.example/x"}, headers=ORIGIN,
               follow_redirects=False)
    assert r.headers["location"] == "/"
    app.state.store.close()


def test_host_header_is_checked(client):
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_security_headers(client):
    r = client.get("/", headers={"Accept": "text/html"})
    assert r.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    d = brief(client)
    assert client.get(f"/doc/{d['id']}/page/1.png").headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", [
    "/files/publish/..%2Finternal%2Fcase.sqlite",
    "/files/publish/%2E%2E%2Finternal%2Fcase.sqlite",
    "/files/publish/../internal/case.sqlite",
    "/files/publish/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/files/publish/%2Fetc%2Fpasswd",
    "/static/..%2F..%2Fapp.py",
    "/static/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/audit/report/..%2Fcase.sqlite",
    "/audit/report/..%2F..%2F..%2Fetc%2Fpasswd",
    "/doc/..%2F..%2Fetc%2Fpasswd",
    "/doc/..%2F..%2Fetc%2Fpasswd/page/1.png",
    "/doc/%2Fetc%2Fpasswd/page/1.png",
    "/person?key=..%2F..%2Fetc%2Fpasswd",
])
def test_no_file_outside_the_dossier_or_inside_internal_can_be_read(client, dossier, path):
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert b"root:" not in r.content and b"SQLite format" not in r.content and b"def create_app" not in r.content
