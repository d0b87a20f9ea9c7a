import shutil
import sys
from pathlib import Path

import pytest

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
