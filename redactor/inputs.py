"""The documents of a dossier and their stable IDs."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redactor.errors import BadArgumentsError
from redactor.extract import file_sha256

# Files that are never documents (desktop clutter in exported folders).
_IGNORED = {"thumbs.db", "desktop.ini", ".ds_store"}
ID_LENGTH = 12


@dataclass(slots=True)
class InputFile:
    path: Path
    name: str            # file name as published with --name-by original
    sha256: str
    doc_id: str


def collect(paths: list[Path]) -> list[Path]:
    """Files of the dossier: every file under the given folders (recursively, sorted) and
    the given files, in order, each once."""
    seen: set[Path] = set()
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file()
                           and not any(part.startswith(".") for part in q.relative_to(p).parts)
                           and q.name.lower() not in _IGNORED)
        elif p.is_file():
            found = [p]
        else:
            raise BadArgumentsError(f"input not found: {p}")
        for q in found:
            r = q.resolve()
            if r not in seen:
                seen.add(r)
                out.append(q)
    return out


def identify(files: list[Path]) -> list[InputFile]:
    """Content-derived IDs: the same file gets the same ID on every run. Identical copies of
    one file (common in e-mail exports) get a numbered suffix in input order."""
    result: list[InputFile] = []
    used: dict[str, int] = {}
    names: set[str] = set()
    for f in files:
        sha = file_sha256(f)
        base = sha[:ID_LENGTH]
        n = used.get(base, 0)
        used[base] = n + 1
        doc_id = base if n == 0 else f"{base}-{n + 1}"
        name = f.name if f.suffix.lower() == ".pdf" else f.stem + ".pdf"
        if name.lower() in names:
            name = f"{Path(name).stem}_{doc_id}.pdf"
        names.add(name.lower())
        result.append(InputFile(path=f, name=name, sha256=sha, doc_id=doc_id))
    return result
