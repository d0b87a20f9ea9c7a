"""Published reports: the productierapport (VWS column spec) and the inventarislijst.

Both list the documents that are published, in input order; both are written atomically.
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from redactor.fsutil import atomic_path
from redactor.models import DocumentOutcome

PRODUCTIERAPPORT_COLUMNS = [
    "ID", "Matter", "Family", "Email Thread ID", "Document", "File Type", "Datum", "Beoordeling",
    "Opgeschort", "Beoordelingsgrond", "Toelichting", "Publieke Link", "Gerelateerd ID", "Zaaknummer",
]
INVENTORY_COLUMNS = ["Nr.", "Document", "Datum", "Beoordeling", "Weigeringsgronden", "Pagina's", "ID"]


def preload() -> None:
    """Import the report libraries ahead (issue 7: the run starts this in a thread while its
    workers load, so the ~0.4 s of imports is not spent after the last document)."""
    import openpyxl.styles  # noqa: F401
    import reportlab.platypus  # noqa: F401


def grounds_cell(grounds: list[str]) -> str:
    """'5.1.1e; 5.1.2e;' as the publication platform expects (sorted, each followed by ';')."""
    return "".join(f"{g}; " for g in sorted(set(grounds))).strip()


def toelichting(o: DocumentOutcome) -> str:
    if o.outcome == "Openbaar":
        return ""
    if o.outcome == "Niet openbaar":
        return f"Document niet openbaar gemaakt op grond van {', '.join(sorted(o.grounds))}."
    parts = []
    labels = {"5.1.2e": "persoonsgegevens (eerbiediging van de persoonlijke levenssfeer)",
              "5.1.1e": "identificatienummers",
              "5.1.1d": "bijzondere persoonsgegevens",
              "5.1.1c": "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
              "5.1.2a": "internationale betrekkingen",
              "5.1.2i": "goed functioneren van de Staat",
              "5.2.1": "persoonlijke beleidsopvattingen"}
    for g in sorted(o.grounds):
        parts.append(f"{g}: {labels.get(g, 'weigeringsgrond')}")
    return "Gedeeltelijk gelakt: " + "; ".join(parts) + "."


def _date(value: str):
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def write_productierapport(path: Path, outcomes: list[DocumentOutcome], matter: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(PRODUCTIERAPPORT_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for o in outcomes:
        ws.append([
            o.doc_id, matter, None, None, o.title or o.name, "pdf", _date(o.date), o.outcome,
            None, grounds_cell(o.grounds) or None, toelichting(o) or None, None, None, None,
        ])
        ws.cell(row=ws.max_row, column=7).number_format = "yyyy-mm-dd"
    widths = [14, 12, 8, 10, 48, 8, 12, 16, 10, 18, 60, 14, 14, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    with atomic_path(path, ".xlsx") as tmp:
        wb.save(tmp)


def inventory_rows(outcomes: list[DocumentOutcome]) -> list[list[str]]:
    return [[str(n), o.title or o.name, o.date, o.outcome, ", ".join(sorted(o.grounds)), str(o.pages), o.doc_id]
            for n, o in enumerate(outcomes, 1)]


def write_inventory_csv(path: Path, outcomes: list[DocumentOutcome]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(INVENTORY_COLUMNS)
    w.writerows(inventory_rows(outcomes))
    with atomic_path(path, ".csv") as tmp:
        # utf-8-sig so that Excel, which Woo teams open it with, shows ë and ö correctly
        tmp.write_text(buf.getvalue(), encoding="utf-8-sig")


def write_inventory_pdf(path: Path, outcomes: list[DocumentOutcome], matter: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=8, leading=10)
    title = "Inventarislijst" + (f" Woo-verzoek {matter}" if matter else "")
    story = [Paragraph(title, styles["Title"]),
             Paragraph(f"{len(outcomes)} documenten, opgesteld op {date.today().isoformat()}", styles["Normal"]),
             Spacer(1, 4 * mm)]
    data = [[Paragraph(f"<b>{c}</b>", cell) for c in INVENTORY_COLUMNS]]
    for row in inventory_rows(outcomes):
        data.append([Paragraph(_escape(v), cell) for v in row])
    widths = [12 * mm, 95 * mm, 24 * mm, 30 * mm, 45 * mm, 16 * mm, 30 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    with atomic_path(path, ".pdf") as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), title=title, author="",
                                creator="redactor", leftMargin=12 * mm, rightMargin=12 * mm)
        doc.build(story)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
