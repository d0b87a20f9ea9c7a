"""Kill the run with SIGKILL in the middle of a batch, run the same command again: the
result is the same as that of an uninterrupted run, and nothing is lost."""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import build
    d = tmp_path_factory.mktemp("kill") / "corpus"
    build(d, pages=36, scans=0, libreoffice=0, quiet=True)
    return d


def _cmd(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "redactor", "run", str(corpus / "digital"), "--out", str(out),
            "--terms", str(corpus / "terms.txt"), "--staff", str(corpus / "staff.csv"),
            "--jobs", "2", "--no-progress"]


def _env():
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _result(out: Path) -> dict:
    pub = out / "publish"
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(pub.iterdir()) if p.suffix == ".pdf" and p.name != "inventaris.pdf"}
    rows = [list(r) for r in openpyxl.load_workbook(pub / "productierapport.xlsx").active.iter_rows(values_only=True)]
    hidden = [p.name for p in pub.iterdir() if p.name.startswith(".")]
    return {"pdfs": files, "rows": rows, "inventory": (pub / "inventaris.csv").read_text(encoding="utf-8"),
            "hidden": hidden}


def _wait_for(pred, proc, limit=120.0) -> bool:
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if pred():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    return False


def _kill_when(corpus, out, pred):
    proc = subprocess.Popen(_cmd(corpus, out), cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    hit = _wait_for(pred, proc)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return hit and proc.returncode == -signal.SIGKILL


def _state_docs(out):
    try:
        return len(json.loads((out / "internal" / "state.json").read_text())["documents"])
    except (OSError, ValueError, KeyError):
        return 0


def _published(out):
    pub = out / "publish"
    return len([p for p in pub.glob("*.pdf") if p.name != "inventaris.pdf"]) if pub.is_dir() else 0


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "out"
    r = subprocess.run(_cmd(corpus, out), cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    return _result(out)


@pytest.mark.parametrize("when", ["pass1", "pass2"])
def test_sigkill_then_rerun_gives_the_same_result(corpus, reference, tmp_path, when):
    out = tmp_path / "out"
    if when == "pass1":      # some documents extracted (cache written), none written yet
        pred = lambda: len(list((out / "internal" / "cache").glob("*.pkl"))) >= 3 if (out / "internal" / "cache").is_dir() else False  # noqa: E731
    else:                    # some documents written to publish/ (and recorded in the case store)
        pred = lambda: _published(out) >= 3  # noqa: E731
    assert _kill_when(corpus, out, pred), "the run ended before it could be killed"
    n_docs = len(list((corpus / "digital").glob("*.pdf")))
    # it really was interrupted: the reports, written last, are not there
    assert not (out / "publish" / "productierapport.xlsx").exists()
    assert _state_docs(out) < n_docs
    time.sleep(0.3)                                        # workers die with their parent
    r = subprocess.run(_cmd(corpus, out), cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    got = _result(out)
    assert got["hidden"] == []                              # no partial file left in publish/
    assert got["pdfs"] == reference["pdfs"]                 # same bytes, every document
    assert len(got["pdfs"]) == n_docs
    assert got["rows"] == reference["rows"]                 # same productierapport rows
    assert got["inventory"] == reference["inventory"]
    failures = (out / "internal" / "failures.csv").read_text(encoding="utf-8").splitlines()
    assert failures == ["id,document,kind,reason,remedy,sha256"]
