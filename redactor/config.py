"""Where the rules live and how a run is configured."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def default_rules_dir() -> Path:
    """The rules shipped with redactor: `rules/` beside the package in a checkout or an
    editable install, `redactor/_rules/` in a wheel."""
    for cand in (PACKAGE_DIR.parent / "rules", PACKAGE_DIR / "_rules"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("the rules folder shipped with redactor is missing")


def tree_hash(*paths: Path | None) -> str:
    """SHA-256 over the relative names and contents of every file under the given paths."""
    h = hashlib.sha256()
    for root in paths:
        if root is None:
            continue
        root = Path(root)
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in files:
            if "__pycache__" in p.parts:
                continue
            h.update(str(p.relative_to(root.parent if root.is_file() else root)).encode())
            h.update(b"\0")
            h.update(p.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


@dataclass(slots=True)
class RunOptions:
    out: Path
    matter: str = ""
    rules_dir: Path | None = None
    staff: Path | None = None
    officials: Path | None = None
    terms: list[str] = field(default_factory=list)
    terms_ground: str = "5.1.2e"
    terms_ignore_case: bool = False
    only_terms: bool = False
    jobs: int = 1
    name_by: str = "original"          # original | id
    max_pages: int = 5000
    ocr: str = "auto"                  # auto | off | force
    force: bool = False                # reprocess even when unchanged
    # where and within which limits documents are processed (issue 7; redactor/executors.py)
    executor: str = "local"            # local (worker processes) | inline (this process) | dask
    scheduler: str = ""                # Dask scheduler address (tcp://HOST:8786) for executor dask
    timeout: float = 900.0             # seconds per document and pass (0 = none; local executor)
    max_memory: int = 2048             # MB per worker process (0 = none; local executor)
    max_page_size: float = 14400.0     # points; larger pages fail as too-large (0 = none)
