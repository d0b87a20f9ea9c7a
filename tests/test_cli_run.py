"""`redactor run` end to end on generated PDFs: outputs re-extracted and checked for real."""
import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from redactor.cli import main
from redactor.errors import ExitCode

TERMS = ["Bosschaart", "Lotte Wijnands", "Spittaalstraat 41", "NL91 ABNA 0417 1643 00"]


def _text(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def _pdftotext(pdf_path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def dossier(tmp_path, samples_dir):
    d = tmp_path / "dossier"
    (d / "post").mkdir(parents=True)
    shutil.copy(samples_dir / "brief_bezwaar_parkeervergunning.pdf", d / "post")
    shutil.copy(samples_dir / "kamerbrief_buurthuizen.pdf", d)
    (d / "kapot.pdf").write_bytes((samples_dir / "nota_subsidieregeling_buurthuizen.pdf").read_bytes()[:300])
    (d / "notitie.pdf").write_text("dit is een tekstbestand met de extensie .pdf")
    terms = tmp_path / "terms.txt"
    terms.write_text("# namen en gegevens\n" + "\n".join(TERMS) + "\n", encoding="utf-8")
    return d, terms


def _run(args) -> int:
    return main(["run", *map(str, args), "--no-progress"])


def test_run_only_terms_end_to_end(dossier, tmp_path):
    d, terms = dossier
    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in d.rglob("*") if p.is_file()}
    rc = _run([d, "--out", out, "--terms", terms, "--only-terms", "--matter", "2025-0142"])
    assert rc == ExitCode.DOCUMENTS_FAILED          # two bad files among good ones

    # originals untouched
    assert {p: p.read_bytes() for p in d.rglob("*") if p.is_file()} == before

    brief = out / "publish" / "brief_bezwaar_parkeervergunning.pdf"
    assert brief.exists()
    for extracted in (_text(brief), _pdftotext(brief)):
        for t in ("Bosschaart", "Lotte", "Wijnands", "Spittaalstraat", "ABNA"):
            assert t not in extracted
        for kept in ("Kuipers-Adema", "Gemeente Zutphen", "parkeervergunning", "14 0575"):
            assert kept in extracted
    assert "5.1.2e" in _text(brief)                 # boxes are labelled with their ground

    # productierapport: 14 columns, right outcome per document
    ws = openpyxl.load_workbook(out / "publish" / "productierapport.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows[0]) == 14 and rows[0][0] == "ID" and rows[0][-1] == "Zaaknummer"
    by_doc = {r[4]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_doc["brief_bezwaar_parkeervergunning.pdf"]["Beoordeling"] == "Deels openbaar"
    assert by_doc["brief_bezwaar_parkeervergunning.pdf"]["Beoordelingsgrond"] == "5.1.2e;"
    assert by_doc["brief_bezwaar_parkeervergunning.pdf"]["Matter"] == "2025-0142"
    assert by_doc["kamerbrief_buurthuizen.pdf"]["Beoordeling"] == "Openbaar"
    assert len(by_doc) == 2

    # failures: one clear line per bad file
    fails = list(csv.DictReader((out / "internal" / "failures.csv").open(encoding="utf-8")))
    kinds = {Path(f["document"]).name: f["kind"] for f in fails}
    assert kinds == {"kapot.pdf": "corrupt", "notitie.pdf": "not-a-pdf"}
    assert not (out / "publish" / "kapot.pdf").exists()

    # findings.jsonl: one line per finding, with boxes and the original text
    recs = [json.loads(line) for line in (out / "internal" / "findings.jsonl").open(encoding="utf-8")]
    assert {r["text"] for r in recs} >= {"Bosschaart", "Lotte Wijnands", "Spittaalstraat 41"}
    assert all(r["boxes"] and r["ground"] == "5.1.2e" and r["decision"] == "redact" for r in recs)

    # manifest: hashes of inputs and outputs
    man = json.loads((out / "internal" / "manifest.json").read_text(encoding="utf-8"))
    docs = {Path(x["input"]).name: x for x in man["documents"]}
    assert len(docs["brief_bezwaar_parkeervergunning.pdf"]["output_sha256"]) == 64
    assert docs["kapot.pdf"]["status"] == "failed"

    # inventory
    inv = (out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "brief_bezwaar_parkeervergunning.pdf" in inv and "Deels openbaar" in inv


def test_second_run_skips_unchanged(dossier, tmp_path):
    d, terms = dossier
    out = tmp_path / "out"
    args = [d, "--out", out, "--terms", terms, "--only-terms"]
    _run(args)
    brief = out / "publish" / "brief_bezwaar_parkeervergunning.pdf"
    first = brief.stat().st_mtime_ns
    state = json.loads((out / "internal" / "state.json").read_text())
    _run(args)
    assert brief.stat().st_mtime_ns == first          # not rewritten
    man = json.loads((out / "internal" / "manifest.json").read_text(encoding="utf-8"))
    statuses = {Path(x["input"]).name: x["status"] for x in man["documents"]}
    assert statuses["brief_bezwaar_parkeervergunning.pdf"] == "skipped"
    assert json.loads((out / "internal" / "state.json").read_text())["documents"] == state["documents"]
    # a changed term list is a changed configuration: the document is redone
    terms.write_text("Bosschaart\n", encoding="utf-8")
    _run(args)
    assert brief.stat().st_mtime_ns != first
    assert "Wijnands" in _text(brief)


def test_name_by_id_and_jobs(dossier, tmp_path):
    d, terms = dossier
    out = tmp_path / "out"
    rc = _run([d, "--out", out, "--terms", terms, "--only-terms", "--name-by", "id", "--jobs", "2"])
    assert rc == ExitCode.DOCUMENTS_FAILED
    ws = openpyxl.load_workbook(out / "publish" / "productierapport.xlsx").active
    ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert len(ids) == 2
    for i in ids:
        assert (out / "publish" / f"{i}.pdf").exists()


@pytest.mark.parametrize("args", [
    ["run", "/nonexistent/dossier", "--out", "/tmp/x"],
    ["run", "--out", "/tmp/x"],
    ["run", ".", "--out", "/tmp/x", "--only-terms"],
    ["run", ".", "--out", "/tmp/x", "--ground", "10.2e"],
    ["frobnicate"],
])
def test_bad_arguments(args):
    assert main(args) == ExitCode.BAD_ARGS


def test_console_script_help():
    r = subprocess.run([sys.executable, "-m", "redactor", "run", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "--only-terms" in r.stdout
