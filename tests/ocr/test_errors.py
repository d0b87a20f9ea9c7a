"""Clear errors when tesseract or its Dutch data is missing, or tesseract fails."""
import pytest

from redactor.errors import MissingDependencyError, OcrError
from redactor.extract import extract_pdf, ocr_engine
from redactor.extract.ocr import ocr_document


def test_missing_tesseract(monkeypatch, copier_scan):
    ocr_engine.tesseract_info.cache_clear()
    monkeypatch.setattr(ocr_engine.shutil, "which", lambda name: None)
    doc = extract_pdf(copier_scan[0])
    with pytest.raises(MissingDependencyError) as e:
        ocr_document(doc)
    assert "tesseract is not installed" in str(e.value)
    assert "tesseract-ocr-nld" in e.value.remedy
    ocr_engine.tesseract_info.cache_clear()


def test_missing_language(copier_scan):
    ocr_engine.tesseract_info.cache_clear()
    doc = extract_pdf(copier_scan[0])
    with pytest.raises(MissingDependencyError) as e:
        ocr_document(doc, lang="xyz")
    assert "no language data for 'xyz'" in str(e.value)
    ocr_engine.tesseract_info.cache_clear()


def test_tesseract_failure_is_an_ocr_error(monkeypatch, copier_scan, tmp_path):
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo 'List'; echo nld; exit 0; fi\n"
                    "if [ \"$1\" = --version ]; then echo 'tesseract 5'; exit 0; fi\n"
                    "echo 'Error in pixReadStream: boom' >&2; exit 1\n")
    fake.chmod(0o755)
    ocr_engine.tesseract_info.cache_clear()
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    doc = extract_pdf(copier_scan[0])
    with pytest.raises(OcrError) as e:
        ocr_document(doc)
    assert "tesseract failed (exit 1)" in str(e.value) and "boom" in str(e.value)
    ocr_engine.tesseract_info.cache_clear()
