"""Productierapport, inventory and the document date."""
import csv

import openpyxl
import pytest

from redactor.extract.docdate import document_date, parse_date
from redactor.log.reports import (PRODUCTIERAPPORT_COLUMNS, grounds_cell, write_inventory_csv,
                                  write_inventory_pdf, write_productierapport)
from redactor.models import DocumentOutcome


def _outcomes():
    return [
        DocumentOutcome(doc_id="a1b2c3d4e5f6", source="x/nota.pdf", name="nota.pdf", sha256="0" * 64,
                        pages=2, outcome="Deels openbaar", grounds=["5.1.2e", "5.1.1e"], date="2024-03-12",
                        title="nota.pdf"),
        DocumentOutcome(doc_id="0f9e8d7c6b5a", source="x/brief.pdf", name="brief.pdf", sha256="1" * 64,
                        pages=1, outcome="Openbaar", grounds=[], date="", title="brief.pdf"),
    ]


def test_grounds_cell_format():
    assert grounds_cell(["5.1.2e", "5.1.1e", "5.1.2e"]) == "5.1.1e; 5.1.2e;"
    assert grounds_cell([]) == ""


def test_productierapport_columns_and_values(tmp_path):
    p = tmp_path / "productierapport.xlsx"
    write_productierapport(p, _outcomes(), "2025-0142")
    ws = openpyxl.load_workbook(p).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == PRODUCTIERAPPORT_COLUMNS
    assert len(PRODUCTIERAPPORT_COLUMNS) == 14
    first = dict(zip(rows[0], rows[1]))
    assert first["ID"] == "a1b2c3d4e5f6" and first["Matter"] == "2025-0142"
    assert first["Beoordeling"] == "Deels openbaar"
    assert first["Beoordelingsgrond"] == "5.1.1e; 5.1.2e;"
    assert first["Datum"].date().isoformat() == "2024-03-12"
    assert first["File Type"] == "pdf"
    second = dict(zip(rows[0], rows[2]))
    assert second["Beoordeling"] == "Openbaar" and second["Beoordelingsgrond"] is None


def test_inventory_csv_and_pdf(tmp_path):
    write_inventory_csv(tmp_path / "inv.csv", _outcomes())
    rows = list(csv.reader((tmp_path / "inv.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:6] == ["Nr.", "Document", "Datum", "Beoordeling", "Weigeringsgronden", "Pagina's"]
    assert rows[1][:6] == ["1", "nota.pdf", "2024-03-12", "Deels openbaar", "5.1.1e, 5.1.2e", "2"]
    write_inventory_pdf(tmp_path / "inv.pdf", _outcomes(), "2025-0142")
    import pdfplumber
    with pdfplumber.open(tmp_path / "inv.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Inventarislijst" in text and "nota.pdf" in text and "Deels openbaar" in text


@pytest.mark.parametrize("text,expected", [
    ("Datum 12 maart 2024\nKenmerk 2024-0001", "2024-03-12"),
    ("Verzonden: donderdag 7 maart 2024 16:42", "2024-03-07"),
    ("Den Haag, 03-11-2023", "2023-11-03"),
    ("geboren op 14-07-1982\nDatum: 1 februari 2024", "2024-02-01"),
    ("geen datum hier", ""),
])
def test_document_date(text, expected):
    assert document_date(text) == expected


def test_parse_date_rejects_impossible():
    assert parse_date("31-02-2024") == ""
