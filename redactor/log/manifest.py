"""manifest.json (what produced this output, with hashes of every input and output) and
failures.csv (documents that could not be processed, each with a specific reason)."""
from __future__ import annotations

import csv
import io
import json
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from redactor import __version__
from redactor.fsutil import atomic_path, write_text_atomic
from redactor.models import DocumentOutcome

_LIBS = ("pikepdf", "pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "openpyxl", "ocrmypdf")


def library_versions() -> dict[str, str]:
    out = {}
    for name in _LIBS:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def write_manifest(path: Path, *, outcomes: list[DocumentOutcome], versions: dict[str, str],
                   options: dict, started: str, extra_outputs: dict[str, str]) -> None:
    doc = {
        "redactor": __version__,
        "versions": versions,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "libraries": library_versions(),
        "started": started,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "options": options,
        "documents": [
            {"id": o.doc_id, "input": o.source, "input_sha256": o.sha256, "status": o.status,
             "output": o.output or None, "output_sha256": o.output_sha256 or None,
             "outcome": o.outcome or None, "pages": o.pages, "error": o.error or None}
            for o in outcomes
        ],
        "reports": extra_outputs,
    }
    write_text_atomic(path, json.dumps(doc, indent=1, ensure_ascii=False))


FAILURE_COLUMNS = ["id", "document", "kind", "reason", "remedy", "sha256"]


def write_failures(path: Path, failed: list[tuple[DocumentOutcome, str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(FAILURE_COLUMNS)
    for o, remedy in failed:
        w.writerow([o.doc_id, o.source, o.error_kind, o.error, remedy, o.sha256])
    with atomic_path(path, ".csv") as tmp:
        tmp.write_text(buf.getvalue(), encoding="utf-8")
