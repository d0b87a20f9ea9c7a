"""The sample dossier through full detection: every string the samples mark as personal data
is gone from the published PDFs, every string they mark as kept is still there."""
import re
import subprocess

import pytest

from redactor.cli import main
from redactor.errors import ExitCode


def _texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [re.sub(r"\s+", " ", t) for t in (out, raw)]


def _present(s, texts):
    rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, s.split())) + r"(?!\w)")
    return any(rx.search(t) for t in texts)


@pytest.fixture(scope="module")
def published(tmp_path_factory, samples_dir):
    out = tmp_path_factory.mktemp("samples_out")
    root = samples_dir.parent
    rc = main(["run", str(samples_dir), "--out", str(out), "--staff", str(root / "staff.csv"),
               "--officials", str(root / "officials.csv"), "--no-progress"])
    assert rc == ExitCode.OK
    return out / "publish"


def test_expected_redactions_and_keeps(published, samples_expected):
    leaks, lost = [], []
    for name, exp in samples_expected.items():
        texts = _texts(published / name)
        leaks += [(name, s) for s in exp["redact"] if _present(s, texts)]
        lost += [(name, s) for s in exp["keep"] if not _present(s, texts)]
    assert leaks == []
    assert lost == []


def test_zero_redaction_document_is_openbaar(published):
    import openpyxl
    ws = openpyxl.load_workbook(published / "productierapport.xlsx").active
    rows = {r[4]: r[7] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["kamerbrief_buurthuizen.pdf"] == "Openbaar"
    assert rows["burgerbrief_verzoek_kwijtschelding.pdf"] == "Deels openbaar"
