import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import write_cases, write_hidden, write_producers  # noqa: E402


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("writer-fixtures")


@pytest.fixture(scope="session")
def producer_pdfs(fixture_dir) -> dict[str, Path]:
    out = {
        "rl-std": write_producers.reportlab_std(fixture_dir / "rl-std.pdf"),
        "rl-ttf": write_producers.reportlab_ttf(fixture_dir / "rl-ttf.pdf"),
        "rl-ttf-liberation": write_producers.reportlab_ttf(fixture_dir / "rl-ttf-lib.pdf", write_producers.LIBERATION),
    }
    for name, fn in (("lo", write_producers.libreoffice), ("chromium", write_producers.chromium)):
        try:
            p = fn(fixture_dir / f"{name}.pdf", fixture_dir)
        except Exception as e:   # a broken local install is reported, not hidden
            p = None
            print(f"{name} fixture failed: {e}")
        if p is not None:
            out[name] = p
    return out


@pytest.fixture(scope="session")
def case_pdf(fixture_dir):
    cache: dict[str, Path] = {}

    def get(name: str):
        if name not in cache:
            fn = getattr(write_cases, name, None) or getattr(write_hidden, name)
            cache[name] = fn(fixture_dir / f"{name}.pdf")
        return cache[name]

    return get
