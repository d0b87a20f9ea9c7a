"""Every dependency declared in pyproject.toml has a licence entry in docs/dependencies.md.

A new dependency added to `[project] dependencies` or `[project.optional-dependencies]`
without a row (and a licence) in the tables of docs/dependencies.md fails here.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
DOC = ROOT / "docs" / "dependencies.md"

# What the licence cell must never be: a placeholder instead of a verified licence.
NOT_A_LICENCE = {"", "unknown", "?", "-", "—", "todo", "tbd", "n/a", "none", "noassertion"}


def normalise(name: str) -> str:
    """Package name as pip compares them: lower case, runs of `_`, `.`, `-` become `-`
    (PEP 503), extras (`[...]`), version specifiers and markers stripped."""
    m = re.match(r"\s*`?([A-Za-z0-9][A-Za-z0-9._-]*)", name)
    assert m, f"cannot read a package name from {name!r}"
    return re.sub(r"[-_.]+", "-", m.group(1)).lower()


def declared() -> dict[str, str]:
    """Normalised name -> where it is declared ("dependencies" or "optional:EXTRA")."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    out: dict[str, str] = {}
    for req in project.get("dependencies", []):
        out.setdefault(normalise(req), "dependencies")
    for extra, reqs in project.get("optional-dependencies", {}).items():
        for req in reqs:
            out.setdefault(normalise(req), f"optional:{extra}")
    return out


def split_row(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def tables() -> list[tuple[list[str], list[list[str]]]]:
    """The Markdown tables of the doc: (header cells lower-cased, data rows)."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    out = []
    i = 0
    while i < len(lines):
        if (lines[i].lstrip().startswith("|") and i + 1 < len(lines)
                and re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", lines[i + 1])):
            header = [c.lower() for c in split_row(lines[i])]
            rows = []
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                rows.append(split_row(lines[i]))
                i += 1
            out.append((header, rows))
        else:
            i += 1
    return out


def licence_tables():
    """Tables with a `package` column and a `licence` column, as (package idx, licence idx, rows)."""
    found = []
    for header, rows in tables():
        pkg = next((k for k, h in enumerate(header) if h.startswith("package")), None)
        lic = next((k for k, h in enumerate(header) if h.startswith("licence")), None)
        if pkg is not None and lic is not None:
            found.append((header, pkg, lic, rows))
    return found


def documented_names() -> set[str]:
    names: set[str] = set()
    for _header, pkg, _lic, rows in licence_tables():
        for row in rows:
            # a cell may name several packages: `blis`, `cymem`, ...
            for code in re.findall(r"`([^`]+)`", row[pkg]) or [row[pkg]]:
                names.add(normalise(code))
    return names


def test_doc_has_licence_tables():
    assert DOC.is_file(), "docs/dependencies.md is missing"
    assert licence_tables(), "docs/dependencies.md has no table with 'package' and 'licence' columns"


@pytest.mark.parametrize("name", sorted(declared()))
def test_declared_dependency_is_documented(name):
    where = declared()[name]
    assert name in documented_names(), (
        f"{name} (pyproject.toml {where}) has no row in docs/dependencies.md: add it with its "
        f"licence (from the installed distribution's metadata) and why it is compatible with EUPL-1.2"
    )


def test_every_row_has_a_licence():
    bad = []
    for header, pkg, lic, rows in licence_tables():
        for row in rows:
            assert len(row) == len(header), f"row has {len(row)} cells, header {len(header)}: {row}"
            cell = row[lic].strip().strip("`*").strip()
            if cell.lower() in NOT_A_LICENCE or "unknown" in cell.lower():
                bad.append(f"{row[pkg]}: {row[lic]!r}")
    assert not bad, "rows without a licence in docs/dependencies.md:\n" + "\n".join(bad)


def test_data_licence_files_are_linked():
    text = DOC.read_text(encoding="utf-8")
    for rel in ("rules/lists/LICENSES.md", "redactor/train/DATA-LICENCES.md"):
        assert (ROOT / rel).is_file(), f"{rel} is missing"
        assert f"(../{rel})" in text, f"docs/dependencies.md does not link {rel}"
