import shutil
import sys
from pathlib import Path

import pytest

from redactor.decide import Policy
from redactor.detect import Detector
from redactor.detect.textdoc import document_from_text
from redactor.models import Label

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return ROOT / "samples" / "pdf"


@pytest.fixture(scope="session")
def samples_expected(samples_dir):
    import json
    return json.loads((samples_dir.parent / "expected.json").read_text(encoding="utf-8"))


def have(cmd: str) -> bool:
    return shutil.which(cmd) is not None


# ---- detection and decision on a sentence (tests/detect, tests/decide): one Detector and
# one Policy for the whole session (loading the word lists takes a few seconds)

@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="session")
def policy() -> Policy:
    return Policy()


@pytest.fixture(scope="session")
def find(detector):
    """find(text, label=None) -> list of finding texts (newlines as spaces), in text order."""
    def _find(text: str, label: Label | str | None = None, **ctx):
        doc = document_from_text(text)
        out = []
        for f in detector.detect(doc):
            if label is not None and f.label != Label(label):
                continue
            if any(f.context.get(k) != v for k, v in ctx.items()):
                continue
            out.append(f.text.replace("\n", " "))
        return out
    return _find


@pytest.fixture(scope="session")
def findings(detector):
    def _f(text: str):
        doc = document_from_text(text)
        return doc, detector.detect(doc)
    return _f


@pytest.fixture(scope="session")
def redacted(detector, policy):
    """redacted(text) -> (set of redacted texts, set of kept texts) after detect + decide."""
    def _r(text: str):
        doc = document_from_text(text)
        fs = detector.detect(doc)
        fs = detector.propagate(doc, fs, detector.persons(fs))
        ds = policy.decide(doc, fs)
        red = [d.finding.text.replace("\n", " ") for d in ds if d.redacts]
        keep = [d.finding.text.replace("\n", " ") for d in ds if not d.redacts]
        return red, keep
    return _r
