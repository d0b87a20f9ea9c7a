"""The reviewer's whole flow in a real browser: Debian's headless Chromium driven by
Playwright's Python package (no browser download: `executable_path=/usr/bin/chromium`).

Open a document, reject a finding (keyboard), redact by selecting text, redact by drawing a
rectangle, publish, verify the audit trail — then read the published PDF back."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.review.conftest import TOKEN, published_text

CHROMIUM = os.environ.get("REDACTOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
    else:
        if Path(CHROMIUM).exists():
            return
        reason = f"{CHROMIUM} not found (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(reason)     # in CI a missing browser is a failure, not a skip
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(dossier):
    import uvicorn

    from redactor.review.app import create_app

    _need_browser()
    app = create_app(dossier, token=TOKEN, reviewer="tester")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    t.join(10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(server, browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    ctx.close()


def _ready(page):
    """Wait until the page's script has attached its handlers (keys pressed earlier are lost)."""
    from playwright.sync_api import expect
    page.wait_for_load_state("load")
    expect(page.locator("body[data-ready='1']")).to_have_count(1)


def _drag(page, x0, y0, x1, y1):
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, steps=3)
    page.mouse.move(x1, y1, steps=3)
    page.mouse.up()


def test_review_in_the_browser(server, page, dossier):
    from playwright.sync_api import expect

    from redactor.review.render import PageView

    base, app = server
    store = app.state.store
    brief = store.documents()[0]
    doc = store.load_document(brief["id"])

    # the token link logs in and lands on the dossier
    page.goto(f"{base}/?token={TOKEN}")
    expect(page.locator("h1")).to_have_text("Dossier")
    assert "token" not in page.url
    page.click(f"text={brief['name']}")
    expect(page.locator("h1")).to_have_text(brief["name"])
    expect(page.locator(".overlays .box")).to_have_count(len(store.findings(brief["id"])))

    # reject the first "Bosschaart" with the keyboard: select it, press r
    target = next(f for f in store.findings(brief["id"]) if f["text"] == "Bosschaart")
    _ready(page)
    page.click(f"#f-{target['id']} .fhead")
    page.keyboard.press("r")
    expect(page.locator(f"#f-{target['id']} .badge")).to_have_text("Laten staan")
    assert store.finding(target["id"])["actor"] == "reviewer:tester"

    # redact "Spittaalstraat 41" by selecting it in the page text
    a = doc.text.index("Spittaalstraat 41")
    _ready(page)
    page.locator(f'.pagetext .w[data-s="{a}"]').scroll_into_view_if_needed()
    w0 = page.locator(f'.pagetext .w[data-s="{a}"]').bounding_box()
    w1 = page.locator(f'.pagetext .w[data-e="{a + 17}"]').bounding_box()
    _drag(page, w0["x"] + 1, w0["y"] + w0["height"] / 2, w1["x"] + w1["width"] - 1, w1["y"] + w1["height"] / 2)
    expect(page.locator("#manual-form")).to_be_visible()
    expect(page.locator("#manual-preview")).to_contain_text("Spittaalstraat 41")
    page.select_option("#manual-form select[name=label]", "ADDRESS")
    page.fill("#manual-form input[name=reason]", "adres van de indiener")
    page.click("#manual-submit")
    expect(page.locator(".finding", has_text="adres van de indiener")).to_have_count(1)

    # redact the licence plate by drawing a rectangle around it on the page image
    plate = next(w for w in doc.pages[0].words if w.text.startswith("7-XKT-42"))
    left, top, width, height = PageView.of(store.page(brief["id"], 0)).to_view(plate.box)
    _ready(page)
    page.keyboard.press("d")
    page.locator("#pageimg").scroll_into_view_if_needed()
    box = page.locator("#pageimg").bounding_box()
    _drag(page, box["x"] + (left - 0.004) * box["width"], box["y"] + (top - 0.004) * box["height"],
          box["x"] + (left + width + 0.004) * box["width"], box["y"] + (top + height + 0.004) * box["height"])
    expect(page.locator("#manual-preview")).to_contain_text("rechthoek")
    page.fill("#manual-form input[name=reason]", "kenteken")
    page.click("#manual-submit")
    expect(page.locator(".finding", has_text="kenteken")).to_have_count(1)
    manual = [f for f in store.findings(brief["id"]) if f["origin"] == "manual"]
    assert sorted(f["text"] for f in manual) == ["7-XKT-42.", "Spittaalstraat 41"]

    # mark reviewed with the keyboard, then publish
    _ready(page)
    page.keyboard.press("m")
    expect(page.locator("#reviewed-flag")).to_be_visible()
    page.click("header nav >> text=Publiceren")
    page.click("#apply-button")
    expect(page.locator("#apply-done")).to_be_visible(timeout=90_000)
    expect(page.locator("#apply-done")).to_contain_text("1 opnieuw geschreven")

    # the audit trail checks out, in the browser
    page.click("header nav >> text=Verantwoording")
    page.click("#verify-button")
    expect(page.locator("#verify-ok")).to_be_visible()

    # the published PDF: the manual areas are gone, the rejected name is back (once)
    text = published_text(dossier, brief["name"])
    assert "Spittaalstraat" not in text
    assert "7-XKT-42" not in text
    assert text.count("Bosschaart") == 1
    assert "Lotte Wijnands" not in text
    assert "Gemeente Zutphen" in text and "Kuipers-Adema" in text

    # the published version is shown next to the original
    page.goto(f"{base}/doc/{brief['id']}")
    _ready(page)
    page.keyboard.press("v")
    expect(page.locator("#page-published")).to_be_visible()
    for _ in range(100):     # (wait_for_function would need 'unsafe-eval', which the app's CSP forbids)
        if page.evaluate("() => document.getElementById('page-published').naturalWidth") > 100:
            break
        time.sleep(0.1)
    assert page.evaluate("() => document.getElementById('page-published').naturalWidth") > 100
    assert not page.errors, page.errors
    # nothing of the unredacted pages was written outside the dossier's internal folder
    assert list((dossier / "internal" / "review" / "pages").rglob("*.png"))


def test_browser_without_token_is_refused(server, page):
    base, _ = server
    r = page.goto(f"{base}/")
    assert r.status == 401
    assert "Geen toegang" in page.content()


def test_foreign_site_cannot_post(server, page, tmp_path):
    """A page on another origin that posts a form to the app (with the reviewer's cookie
    present) is refused: SameSite=Strict keeps the cookie away, and Origin/CSRF checks
    refuse it anyway."""
    base, app = server
    page.goto(f"{base}/?token={TOKEN}")
    fid = app.state.store.findings()[0]["id"]
    evil = tmp_path / "evil.html"
    evil.write_text(f"<form method=post action='{base}/finding/{fid}/decide'>"
                    "<input name=action value=reject></form><script>document.forms[0].submit()</script>")
    page.goto(evil.as_uri())
    page.wait_for_url(f"{base}/**")
    page.wait_for_load_state()
    # the post reached the app and was refused
    assert "Geen toegang" in page.content() or "Verzoek geweigerd" in page.content()
    assert app.state.store.finding(fid)["action"] == "redact"
