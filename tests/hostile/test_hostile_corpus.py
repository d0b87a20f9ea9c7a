"""A batch of hostile files: every file is processed correctly or fails with a specific
reason in failures.csv; the batch finishes; nothing partial is published; memory and time
stay bounded (a worker limited to 1 GB; the whole batch within a few minutes)."""
import csv
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pikepdf
import pytest

from make_hostile import CASES, NAME, build

ROOT = Path(__file__).resolve().parents[2]
SURNAME = NAME.split()[-1]

# file -> (status, error kind, words that must be in the message)
EXPECTED = {
    "encrypted_user.pdf": ("failed", "encrypted", ["password"]),
    "encrypted_owner.pdf": ("done", "", []),
    "xref_broken.pdf": ("done", "", []),
    "unrepairable.pdf": ("failed", "corrupt", ["damaged"]),
    "truncated.pdf": ("failed", "corrupt", ["truncated"]),
    "zero_pages.pdf": ("failed", "corrupt", ["no pages"]),
    "not_a_pdf.pdf": ("failed", "not-a-pdf", ["not a PDF"]),
    "word_as_pdf.pdf": ("failed", "not-a-pdf", ["ZIP"]),
    "bomb_content.pdf": ("failed", "too-large", ["memory limit"]),
    "bomb_image.pdf": ("failed", "too-large", ["memory"]),
    "form_loop.pdf": ("done", "", []),
    "thousand_pages.pdf": ("done", "", []),
    "javascript_attachment.pdf": ("done", "", []),
    "annotations_forms.pdf": ("done", "", []),
    "huge_page.pdf": ("failed", "too-large", ["--max-page-size"]),
    "ordinary.pdf": ("done", "", []),
}


def test_expected_covers_every_case():
    assert set(EXPECTED) == set(CASES)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    build(base / "in")
    terms = base / "terms.txt"
    terms.write_text(NAME + "\n", encoding="utf-8")
    out = base / "out"
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "redactor", "run", str(base / "in"), "--out", str(out),
                        "--terms", str(terms), "--jobs", "2", "--timeout", "120", "--max-memory", "1024",
                        "--no-progress"], cwd=ROOT, capture_output=True, text=True,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    seconds = time.monotonic() - t0
    fails = {Path(row["document"]).name: row
             for row in csv.DictReader((out / "internal" / "failures.csv").open(encoding="utf-8"))}
    return {"rc": r.returncode, "log": r.stdout + r.stderr, "out": out, "fails": fails, "seconds": seconds}


def test_batch_finishes_with_documents_failed(batch):
    assert batch["rc"] == 3, batch["log"][-3000:]          # ExitCode.DOCUMENTS_FAILED
    assert batch["seconds"] < 240


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outcome(batch, name):
    status, kind, words = EXPECTED[name]
    pub = batch["out"] / "publish" / name
    if status == "failed":
        row = batch["fails"].get(name)
        assert row is not None, f"{name} not in failures.csv"
        assert row["kind"] == kind, row
        for w in words:
            assert w.lower() in row["reason"].lower(), row
        assert row["remedy"]
        assert not pub.exists()
    else:
        assert name not in batch["fails"], batch["fails"].get(name)
        assert pub.exists()
        assert not _leaks(pub), f"{SURNAME} still in {name}"


def test_nothing_partial_in_publish(batch):
    names = {p.name for p in (batch["out"] / "publish").iterdir()}
    assert not [n for n in names if n.startswith(".") or n.endswith(".tmp")]
    done = {n for n, e in EXPECTED.items() if e[0] == "done"}
    assert names == done | {"productierapport.xlsx", "inventaris.csv", "inventaris.pdf"}


def test_thousand_pages_kept_every_page(batch):
    with pikepdf.open(batch["out"] / "publish" / "thousand_pages.pdf") as pdf:
        assert len(pdf.pages) == 1000


def test_owner_password_output_is_plain(batch):
    with pikepdf.open(batch["out"] / "publish" / "encrypted_owner.pdf") as pdf:
        assert not pdf.is_encrypted


def test_scripts_attachments_annotations_fields_gone(batch):
    pub = batch["out"] / "publish"
    with pikepdf.open(pub / "javascript_attachment.pdf") as pdf:
        assert len(pdf.attachments) == 0
        names = pdf.Root.get("/Names", {})
        assert "/JavaScript" not in names and "/EmbeddedFiles" not in names
        oa = pdf.Root.get("/OpenAction")
        assert not (isinstance(oa, pikepdf.Dictionary) and oa.get("/S") == "/JavaScript")
    with pikepdf.open(pub / "annotations_forms.pdf") as pdf:
        for a in pdf.pages[0].get("/Annots", []):
            assert SURNAME not in str(a.get("/Contents", "")) and SURNAME not in str(a.get("/V", ""))
        af = pdf.Root.get("/AcroForm")
        for f in (af.get("/Fields", []) if isinstance(af, pikepdf.Dictionary) else []):
            assert SURNAME not in str(f.get("/V", ""))


def _leaks(path: Path) -> bool:
    """The surname anywhere: extracted text, any string, any stream (decoded)."""
    text = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, text=True).stdout
    if SURNAME in text:
        return True
    needle = SURNAME.encode()
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.String) and needle in bytes(obj):
                return True
            if isinstance(obj, pikepdf.Dictionary):
                for _, v in obj.items():
                    if isinstance(v, pikepdf.String) and needle in bytes(v):
                        return True
            if isinstance(obj, pikepdf.Stream):
                try:
                    data = obj.read_bytes()
                except pikepdf.PdfError:
                    data = obj.read_raw_bytes()
                    try:
                        data = zlib.decompress(data)
                    except zlib.error:
                        pass
                if needle in data:
                    return True
    return False
