"""Fixtures for the scanned-document tests: letters rendered, rasterised and wrapped here."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _have_tesseract_nld() -> bool:
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        return False
    r = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "nld" in r.stdout.split()


pytestmark = pytest.mark.skipif(not _have_tesseract_nld(), reason="tesseract with nld and poppler needed")


def pytest_collection_modifyitems(config, items):
    if _have_tesseract_nld():
        return
    skip = pytest.mark.skip(reason="tesseract with Dutch language data (tesseract-ocr-nld) and pdftoppm needed")
    for item in items:
        if "tests/ocr" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def ocr_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ocr")


@pytest.fixture(scope="session")
def letter(ocr_dir):
    import scanlib as S
    path = ocr_dir / "letter.pdf"
    info = S.letter_pdf(path)
    return path, info


@pytest.fixture(scope="session")
def copier_scan(ocr_dir, letter):
    """A skewed, noisy JPEG scan with a copier-style invisible OCR layer holding the name."""
    import scanlib as S
    from redactor.extract import extract_pdf
    src, info = letter
    img = S.rasterise(src, angle=0.8, noise=6, specks=60)
    words = [(w.text, _display_box(w)) for w in extract_pdf(src).pages[0].words]
    words.append((S.COPIER_MARKER, (300, 40, 380, 50)))
    path = ocr_dir / "scan_copier.pdf"
    S.scan_pdf(path, [img], copier_words=[words])
    return path, info


@pytest.fixture(scope="session")
def copier_doc(copier_scan):
    from redactor.extract import extract_pdf
    from redactor.extract.ocr import ocr_document
    doc = extract_pdf(copier_scan[0])
    return doc, ocr_document(doc)


def _display_box(w, height=841.8898):
    b = w.box
    return (b.x0, height - b.y1, b.x1, height - b.y0)
