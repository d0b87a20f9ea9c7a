"""Take the review app's screenshots for docs/review.md from the project's own samples.

    python -m tests.review.screenshots [docs/screenshots]

Runs `samples/pdf` (with samples/staff.csv and samples/officials.csv) into a temporary
folder, starts the app, makes two reviewer decisions so the views show some history, and
saves dossier.png, document.png, person.png and audit.png. Uses Debian's /usr/bin/chromium
through Playwright (no browser download). Never point it at another dossier: screenshots
show the text of the documents.
"""
from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "screenshot-token-0123456789"


def main(target: Path) -> None:
    import uvicorn
    from playwright.sync_api import expect, sync_playwright

    from redactor.config import RunOptions
    from redactor.dossier import Dossier
    from redactor.review.app import create_app
    from tests.review.test_browser import CHROMIUM, CHROMIUM_ARGS, _free_port

    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        opts = RunOptions(out=out, matter="DEMO-2024-01", staff=ROOT / "samples" / "staff.csv",
                          officials=ROOT / "samples" / "officials.csv")
        Dossier([ROOT / "samples" / "pdf"], opts).run()
        app = create_app(out, token=TOKEN, reviewer="j.jansen")
        store = app.state.store
        port = _free_port()
        srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        docs = {d["name"]: d for d in store.documents()}
        nota = docs["nota_subsidieregeling_buurthuizen.pdf"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 950})
            page.goto(f"{base}/?token={TOKEN}")
            # a little history: one document reviewed, one finding kept
            page.goto(f"{base}/doc/{docs['brief_bezwaar_parkeervergunning.pdf']['id']}")
            expect(page.locator("body[data-ready='1']")).to_have_count(1)
            page.keyboard.press("m")
            expect(page.locator("#reviewed-flag")).to_be_visible()
            page.goto(f"{base}/")
            page.screenshot(path=str(target / "dossier.png"), full_page=True)
            findings = store.findings(nota["id"])
            pick = next((f for f in findings if f["action"] == "redact" and f["label"] == "PERSON"), findings[0])
            page.goto(f"{base}/doc/{nota['id']}?page={pick['page'] + 1}&f={pick['id']}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(target / "document.png"))
            persons = store.persons()
            if persons:
                from urllib.parse import quote
                page.goto(f"{base}/person?key={quote(persons[0]['key'])}")
                page.screenshot(path=str(target / "person.png"), full_page=True)
            else:
                print("no persons in the case store (is the detector with person linking on this branch?)")
            page.goto(f"{base}/apply")
            page.click("#apply-button")
            expect(page.locator("#apply-done")).to_be_visible(timeout=120_000)
            page.goto(f"{base}/audit")
            page.click("#verify-button")
            expect(page.locator("#verify-result")).to_be_visible()
            page.screenshot(path=str(target / "audit.png"), full_page=True)
            browser.close()
        srv.should_exit = True
        store.close()
    print(f"screenshots in {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
