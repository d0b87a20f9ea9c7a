"""Access control for the review app.

* Every request needs the access token: `?token=` on the first visit (the app then sets a
  session cookie and redirects to the same URL without the token), the session cookie
  (HttpOnly, SameSite=Strict) afterwards, or `Authorization: Bearer <token>` for scripts.
* State-changing requests (POST) are refused unless they come from the app itself: the
  Origin (or, without it, the Referer) must be the app's own origin, and a request that
  authenticates with the cookie must carry the CSRF token (form field `csrf` or header
  `X-CSRF-Token`), which is derived from the access token and shown only in the app's pages.
* The Host header must be one the app is served as (against DNS rebinding).
* Every response forbids caching (pages show unredacted text and images) and framing,
  sends referrers only to the app itself, and restricts scripts and styles to the app's
  own files (CSP).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlencode, urlsplit

from fastapi import HTTPException, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

COOKIE = "redactor_review"
TOKEN_ENV = "REDACTOR_REVIEW_TOKEN"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Content-Security-Policy": ("default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; "
                                "form-action 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",   # "no-referrer" would make browsers send "Origin: null" on POST
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    def __init__(self, token: str, allowed_hosts: set[str] | None):
        if len(token) < 16:
            raise ValueError("the access token must be at least 16 characters")
        self.token = token
        self.allowed_hosts = allowed_hosts          # None = any host (bound to a non-local address)
        self.session = _derive(token, "session")
        self.csrf = _derive(token, "csrf")

    # ------------------------------------------------------------------ checks
    def host_ok(self, request: Request) -> bool:
        if self.allowed_hosts is None:
            return True
        host = request.headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.lower() in self.allowed_hosts

    def authenticated(self, request: Request) -> str | None:
        """'cookie', 'bearer' or None."""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and hmac.compare_digest(auth[7:].strip().encode(), self.token.encode()):
            return "bearer"
        cookie = request.cookies.get(COOKIE, "")
        if cookie and hmac.compare_digest(cookie.encode(), self.session.encode()):
            return "cookie"
        return None

    def same_origin(self, request: Request) -> bool:
        """The Origin (or Referer) of an unsafe request must be this app. A request with
        neither is allowed only with a bearer token (a script, not a browser)."""
        own = f"{request.url.scheme}://{request.headers.get('host', '')}".lower()
        origin = request.headers.get("origin")
        if origin is not None:
            return origin.lower() == own
        referer = request.headers.get("referer")
        if referer:
            p = urlsplit(referer)
            return f"{p.scheme}://{p.netloc}".lower() == own
        return False

    async def middleware(self, request: Request, call_next) -> Response:
        if not self.host_ok(request):
            return _deny(400, "Onbekende host", "Deze toepassing is alleen bereikbaar via het adres dat bij het "
                                                "starten is getoond.")
        query_token = request.query_params.get("token")
        if query_token is not None and request.method == "GET":
            if not hmac.compare_digest(query_token.encode(), self.token.encode()):
                return _deny(401, "Geen toegang", "Het toegangstoken klopt niet.")
            params = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(params) if params else "")
            resp = RedirectResponse(target, status_code=303)
            resp.set_cookie(COOKIE, self.session, httponly=True, samesite="strict", path="/")
            return _secure(resp)
        how = self.authenticated(request)
        if how is None:
            return _deny(401, "Geen toegang", "Open de link met het toegangstoken die bij het starten van "
                                              "<code>redactor review</code> is getoond.")
        if request.method in UNSAFE_METHODS:
            if how == "cookie" and not self.same_origin(request):
                return _deny(403, "Verzoek geweigerd", "Dit verzoek komt niet van deze toepassing (Origin).")
            if how == "bearer" and (request.headers.get("origin") or request.headers.get("referer")) \
                    and not self.same_origin(request):
                return _deny(403, "Verzoek geweigerd", "Dit verzoek komt niet van deze toepassing (Origin).")
        request.state.auth = how
        return _secure(await call_next(request))

    async def require_csrf(self, request: Request) -> None:
        """Route dependency for every POST: a cookie-authenticated request carries the CSRF token."""
        if getattr(request.state, "auth", None) == "bearer":
            return
        sent = request.headers.get("x-csrf-token")
        if sent is None:
            form = await request.form()
            sent = form.get("csrf")
        if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), self.csrf.encode()):
            raise HTTPException(403, "CSRF-token ontbreekt of klopt niet; laad de pagina opnieuw.")


def _derive(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def _secure(resp: Response) -> Response:
    for k, v in SECURITY_HEADERS.items():
        resp.headers.setdefault(k, v)
    return resp


def _deny(status: int, title: str, text: str) -> Response:
    body = (f"<!doctype html><html lang=nl><meta charset=utf-8><title>{title}</title>"
            f"<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body></html>")
    return _secure(HTMLResponse(body, status_code=status))
