"""Fixtures for the case store, apply, audit and the review app.

`dossier` runs the real pipeline (`redactor run`, in this process, with the real writer)
over the project's own sample PDFs with search terms, so the case store, publish/ and the
audit chain are made exactly as in production."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "pdf"
# strings from the project's own samples (samples/content.py), never from the shared corpus
TERMS = ["Femke Dijkhuizen", "Bosschaart", "Lotte Wijnands", "Ruben Oosterbeek"]
TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="session")
def writer():
    from redactor.write import redact_pdf
    return redact_pdf


def run_dossier(out: Path, inputs: list[Path], terms=TERMS, matter="TEST-2025-01") -> None:
    from redactor.config import RunOptions
    from redactor.dossier import Dossier

    opts = RunOptions(out=out, matter=matter, terms=list(terms), only_terms=True, jobs=1)
    result = Dossier(inputs, opts).run()
    assert not result.failed, [(o.name, o.error) for o in result.failed]


@pytest.fixture(scope="session")
def dossier_template(tmp_path_factory, writer) -> Path:
    """One run over three sample documents, copied per test (runs take seconds)."""
    base = tmp_path_factory.mktemp("dossier")
    src = base / "in"
    src.mkdir()
    for name in ("brief_bezwaar_parkeervergunning.pdf", "nota_subsidieregeling_buurthuizen.pdf",
                 "email_planning_informatieavond.pdf"):
        shutil.copy(SAMPLES / name, src / name)
    out = base / "out"
    run_dossier(out, [src])
    return base


@pytest.fixture
def dossier(dossier_template, tmp_path, writer) -> Path:
    """A private copy of the run's OUT/ (its originals stay where the run found them)."""
    out = tmp_path / "out"
    shutil.copytree(dossier_template / "out", out)
    # the review cache is per copy
    shutil.rmtree(out / "internal" / "review", ignore_errors=True)
    return out


@pytest.fixture
def client(dossier):
    from fastapi.testclient import TestClient

    from redactor.review.app import create_app

    app = create_app(dossier, token=TOKEN, reviewer="tester")
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        c.headers["Authorization"] = f"Bearer {TOKEN}"
        c.headers["Accept"] = "application/json"
        yield c
    app.state.store.close()


def published_text(out: Path, name: str) -> str:
    """Text of a published PDF as a reader's PDF tool extracts it."""
    import pdfplumber

    with pdfplumber.open(out / "publish" / name) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)
