"""Render the sample documents of `content.py` to PDF with several producers.

    python samples/make_samples.py [--out samples/pdf] [--no-libreoffice]

reportlab (standard Type 1 fonts and embedded TrueType) always; LibreOffice from .docx
when `soffice` is installed (otherwise those documents fall back to reportlab). Writes
`expected.json` in the folder above the PDFs: per file the strings that must be redacted and kept.
Importable: `render_all(out_dir)` is what the tests and the benchmark use.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content import DOCUMENTS  # noqa: E402

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
PRODUCERS = {
    "nota_subsidieregeling_buurthuizen.pdf": ("reportlab", "Helvetica"),
    "brief_bezwaar_parkeervergunning.pdf": ("reportlab", "DejaVuSans.ttf"),
    "email_planning_informatieavond.pdf": ("reportlab", "LiberationSans-Regular.ttf"),
    "verslag_overleg_jeugdzorg.pdf": ("libreoffice", "Liberation Serif"),
    "burgerbrief_verzoek_kwijtschelding.pdf": ("reportlab", "DejaVuSerif.ttf"),
    "kamerbrief_buurthuizen.pdf": ("libreoffice", "Liberation Sans"),
}
AUTHOR = "Dijkhuizen, F."   # a civil servant's name in the metadata, as real exports have


def _font(name: str) -> str:
    """Register a TrueType font with reportlab (or return a standard-14 name)."""
    if not name.endswith(".ttf"):
        return name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            fname = p.stem
            if fname not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(fname, str(p)))
            return fname
    return "Helvetica"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_reportlab(doc: dict, path: Path, font: str) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1   # byte-identical output for the same input
    fn = _font(font)
    body = ParagraphStyle("body", fontName=fn, fontSize=10, leading=13.5, spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=15, spaceBefore=6)
    story = []
    for kind, val in doc["blocks"]:
        if kind == "h":
            story.append(Paragraph(_esc(val), head))
        elif kind == "p":
            story.append(Paragraph(_esc(val), body))
        elif kind == "lines":
            for line in val:
                story.append(Paragraph(_esc(line) or "&nbsp;", ParagraphStyle("l", parent=body, spaceAfter=0)))
            story.append(Spacer(1, 4))
        elif kind in ("kv", "table"):
            rows = val if kind == "table" else [[k, v] for k, v in val]
            data = [[Paragraph(_esc(c), ParagraphStyle("c", parent=body, spaceAfter=0)) for c in r] for r in rows]
            widths = [35 * mm, 125 * mm] if kind == "kv" else None
            t = Table(data, colWidths=widths, hAlign="LEFT")
            if kind == "table":
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
            story.append(t)
            story.append(Spacer(1, 6))
    d = SimpleDocTemplate(str(path), pagesize=A4, title=doc["file"][:-4].replace("_", " "), author=AUTHOR,
                          creator="redactor samples", leftMargin=22 * mm, rightMargin=22 * mm)
    d.build(story)


def add_blocks(d, blocks) -> None:
    """A document's blocks (headings, paragraphs, line groups, key-value lists, tables) into
    the python-docx Document `d` (also used by benchmarks/corpus.py)."""
    from docx.shared import Pt

    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "lines":
            for line in val:
                d.add_paragraph(line).paragraph_format.space_after = Pt(0)
        elif kind in ("kv", "table"):
            rows = val if kind == "table" else [[k, v] for k, v in val]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if kind == "table":
                t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")


def render_libreoffice(doc: dict, path: Path, font: str) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    from docx import Document
    from docx.shared import Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10.5)
    d.core_properties.author = AUTHOR
    d.core_properties.last_modified_by = AUTHOR
    add_blocks(d, doc["blocks"])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        d.save(src)
        profile = Path(td) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", td, str(src)]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
        out = Path(td) / (path.stem + ".pdf")
        if r.returncode != 0 or not out.exists():
            return False
        shutil.copyfile(out, path)
    return True


def render_all(out_dir: Path, libreoffice: bool = True) -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    expected = {}
    for doc in DOCUMENTS:
        path = out_dir / doc["file"]
        producer, font = PRODUCERS[doc["file"]]
        used = producer
        if producer == "libreoffice" and not (libreoffice and render_libreoffice(doc, path, font)):
            render_reportlab(doc, path, "LiberationSerif-Regular.ttf")
            used = "reportlab"
        elif producer == "reportlab":
            render_reportlab(doc, path, font)
        expected[doc["file"]] = {"kind": doc["kind"], "producer": used,
                                 "redact": doc["redact"], "keep": doc["keep"]}
    # beside the folder, not in it: a dossier folder should hold documents only
    (out_dir.parent / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False),
                                                  encoding="utf-8")
    return expected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "pdf")
    ap.add_argument("--no-libreoffice", action="store_true")
    a = ap.parse_args()
    exp = render_all(a.out, libreoffice=not a.no_libreoffice)
    for name, e in exp.items():
        print(f"{name:45s} {e['producer']:12s} redact {len(e['redact']):2d} keep {len(e['keep']):2d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
