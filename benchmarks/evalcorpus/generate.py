#!/usr/bin/env python3
"""Render the held-out evaluation corpus and derive truth.json from the markup.

    /work/venv/bin/python benchmarks/evalcorpus/generate.py [--only FILE ...] [--keep-tmp]

Every document is defined in content/*.py with [[text|CODE]] markup (see markup.py).
The generator renders each document with its producer (reportlab with standard or
embedded TrueType fonts, python-docx -> LibreOffice, HTML -> Chromium, or a scan of one
of those), then

  * refuses inconsistent markup: one string with two codes, a redact string that also
    occurs unmarked in the same document, a redact string inside a keep string, a keep
    occurrence overlapping a redacted span;
  * extracts the text (pdftotext default mode; for scans the text of the page images'
    source PDF), normalises it (textnorm.py) and counts every truth string;
  * refuses the document when a count differs from what the markup predicts, or when a
    string occurs inside a longer word;
  * writes docs/*.pdf, text/*.txt (scans), truth.json, sources.json, signatures.json.

Exit status 0 only when every document passed every check.
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import textnorm  # noqa: E402
from markup import (HR, KEEP, KV, PB, REDACT, Doc, MarkupError, P, Running, Sig, Sp,  # noqa: E402
                    Tbl, parse)

SEED = 20240917
DOCS_DIR = HERE / "docs"
TEXT_DIR = HERE / "text"
BUILD = "evalcorpus_build"


def use_corpus(folder: Path, seed: int, build: str) -> None:
    """Generate another corpus with this generator: its own content/ package, seed, output
    files and build folder (benchmarks/evalcorpus2 and 3 use this)."""
    global HERE, DOCS_DIR, TEXT_DIR, SEED, BUILD
    HERE, SEED, BUILD = Path(folder).resolve(), seed, build
    DOCS_DIR, TEXT_DIR = HERE / "docs", HERE / "text"
    sys.path.insert(0, str(HERE))
    sys.modules.pop("content", None)


class CorpusError(Exception):
    pass


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ================================================================ recording context

class Ctx:
    """Records every visible text of one document (as markup) while it is rendered."""

    def __init__(self, doc):
        self.doc = doc
        self.segments = []      # (markup, multiplier-key) ; key None = once
        self.sig_names = []

    def rec(self, markup, running=None):
        plain, spans, runs = parse(markup)
        self.segments.append((markup, running))
        return runs

    def rl(self, markup, running=None):
        out = []
        for t, b in self.rec(markup, running):
            t = _x(t).replace("\n", "<br/>")
            out.append(f"<b>{t}</b>" if b else t)
        return "".join(out)

    def html(self, markup):
        out = []
        for t, b in self.rec(markup):
            t = _x(t).replace("\n", "<br>")
            out.append(f"<b>{t}</b>" if b else t)
        return "".join(out)


# ================================================================ signature images

def signature_png(seed, w_px=560, h_px=200, color=(18, 30, 92)):
    """A handwritten-looking scribble (smooth random strokes), PNG bytes with alpha."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    S = 3
    img = Image.new("RGBA", (w_px * S, h_px * S), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    strokes = rnd.randint(2, 3)
    x0 = 0.06
    for k in range(strokes):
        span = rnd.uniform(0.25, 0.5) if k < strokes - 1 else 0.95 - x0
        x1 = min(0.95, x0 + span)
        pts = []
        n = 240
        a1, a2, a3 = rnd.uniform(0.12, 0.3), rnd.uniform(0.05, 0.15), rnd.uniform(0.02, 0.08)
        f1, f2, f3 = rnd.uniform(5, 11), rnd.uniform(13, 23), rnd.uniform(30, 45)
        p1, p2 = rnd.uniform(0, 6.28), rnd.uniform(0, 6.28)
        loop = rnd.uniform(0.015, 0.04)
        base = rnd.uniform(0.45, 0.6)
        for i in range(n):
            t = i / (n - 1)
            x = x0 + (x1 - x0) * t + loop * math.sin(f2 * t * 6.28 + p2)
            y = base + a1 * math.sin(f1 * t * 3.14 + p1) + a2 * math.sin(f2 * t * 3.14) \
                + a3 * math.sin(f3 * t * 3.14) - 0.15 * t
            pts.append((x * w_px * S, y * h_px * S))
        width = S * rnd.randint(3, 4)
        d.line(pts, fill=color + (255,), width=width, joint="curve")
        x0 = x1 + rnd.uniform(0.0, 0.05)
        if x0 > 0.9:
            break
    # underline flourish
    y = h_px * S * rnd.uniform(0.78, 0.88)
    d.line([(w_px * S * 0.1, y), (w_px * S * rnd.uniform(0.6, 0.9), y - S * rnd.uniform(4, 16))],
           fill=color + (255,), width=S * 3)
    img = img.resize((w_px, h_px), Image.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# ================================================================ reportlab

_TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                   "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                    "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                            "dejavu/DejaVuSansCondensed-Oblique.ttf",
                            "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                       "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
    "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                        "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf",
                             "liberation/LiberationSansNarrow-Italic.ttf",
                             "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf",
                       "dejavu/DejaVuSansMono-Oblique.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf"),
}
_STD = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times-Roman": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}
_registered = set()


def rl_fonts(name):
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in _STD:
        return _STD[name]
    if name not in _TTF:
        raise CorpusError(f"unknown font {name}")
    names = (name, name + "-Bold", name + "-Italic", name + "-BoldItalic")
    if name not in _registered:
        for n, f in zip(names, _TTF[name]):
            pdfmetrics.registerFont(TTFont(n, "/usr/share/fonts/truetype/" + f))
        addMapping(name, 0, 0, names[0])
        addMapping(name, 1, 0, names[1])
        addMapping(name, 0, 1, names[2])
        addMapping(name, 1, 1, names[3])
        _registered.add(name)
    return names


def render_rl(doc, ctx, out_pdf, tmp):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, Image, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)
    from reportlab.platypus.flowables import HRFlowable

    o = doc.opts
    reg, bold, ital, bital = rl_fonts(doc.font)
    mono = rl_fonts(o.get("mono", "Courier"))[0]
    sz = doc.size
    lead = o.get("leading", 1.28)
    W, H = A4
    ml, mr, mt, mb = [v * mm for v in o.get("margins", (25, 22, 25, 22))]
    colw = o.get("colofon_w", 0) * mm
    first_top = o.get("first_top", 0) * mm

    def st(name, **kw):
        base = dict(fontName=reg, fontSize=sz, leading=sz * lead, spaceAfter=sz * 0.6)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "body": st("body"),
        "small": st("small", fontSize=sz - 1.5, leading=(sz - 1.5) * lead),
        "title": st("title", fontName=bold, fontSize=sz + 6, leading=(sz + 6) * 1.2, spaceAfter=sz),
        "h1": st("h1", fontName=bold, fontSize=sz + 3, leading=(sz + 3) * 1.25, spaceBefore=sz * 0.6),
        "h2": st("h2", fontName=bold, fontSize=sz + 1, leading=(sz + 1) * 1.25, spaceBefore=sz * 0.5,
                 spaceAfter=sz * 0.3),
        "h3": st("h3", fontName=ital, spaceBefore=sz * 0.3, spaceAfter=sz * 0.2),
        "right": st("right", alignment=TA_RIGHT),
        "center": st("center", alignment=TA_CENTER),
        "mono": st("mono", fontName=mono, fontSize=sz - 1, leading=(sz - 1) * 1.25),
        "quote": st("quote", fontName=ital, leftIndent=10 * mm, rightIndent=8 * mm),
        "bullet": st("bullet", leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=sz * 0.25),
        "cell": st("cell", spaceAfter=0),
    }

    def para(markup, style="body", size=None, sa=None, sb=None, running=None):
        s = styles[style]
        if size or sa is not None or sb is not None:
            kw = {}
            if size:
                kw.update(fontSize=size, leading=size * lead)
            if sa is not None:
                kw["spaceAfter"] = sa
            if sb is not None:
                kw["spaceBefore"] = sb
            s = ParagraphStyle(style + "x", parent=s, **kw)
        text = ctx.rl(markup, running)
        if style == "bullet":
            return Paragraph(text, s, bulletText="\u2022")
        return Paragraph(text, s)

    avail_first = W - ml - mr - colw
    avail = W - ml - mr

    story = []
    for b in doc.blocks:
        fw = avail_first if o.get("narrow_all") else avail_first  # first-page width for tables
        if isinstance(b, P):
            story.append(para(b.text, b.style, b.size, b.space_after, b.space_before))
        elif isinstance(b, Sp):
            story.append(Spacer(1, b.mm * mm))
        elif isinstance(b, PB):
            story.append(PageBreak())
        elif isinstance(b, HR):
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=6))
        elif isinstance(b, Sig):
            png = tmp / f"sig_{b.seed}.png"
            png.write_bytes(signature_png(b.seed))
            im = Image(str(png), width=b.w_mm * mm, height=b.h_mm * mm)
            im.hAlign = "LEFT"
            story.append(im)
        elif isinstance(b, KV):
            fsz = b.size or sz
            cs = ParagraphStyle("kvc", parent=styles["cell"], fontSize=fsz, leading=fsz * 1.25)
            ls = ParagraphStyle("kvl", parent=cs, fontName=bold if b.bold_labels else reg)
            rows = [[Paragraph(ctx.rl(k), ls), Paragraph(ctx.rl(v), cs)] for k, v in b.rows]
            t = Table(rows, colWidths=[fw * b.label_w, fw * (1 - b.label_w)], hAlign="LEFT")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if b.style == "grid":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif b.style == "shaded":
                cmds += [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef4")),
                         ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79"))]
            elif b.style == "lines":
                cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        elif isinstance(b, Tbl):
            fsz = b.size or (sz - 1)
            cs = ParagraphStyle("tc", parent=styles["cell"], fontSize=fsz, leading=fsz * 1.2)
            hs = ParagraphStyle("th", parent=cs, fontName=bold)
            rows = []
            for i, r in enumerate(b.rows):
                rows.append([Paragraph(ctx.rl(c), hs if (b.header and i == 0) else cs) for c in r])
            t = Table(rows, colWidths=[fw * w for w in b.widths], hAlign="LEFT",
                      repeatRows=1 if b.header else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if b.grid:
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")))
            else:
                cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
            if b.header and b.shade:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(b.shade)))
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        else:
            raise CorpusError(f"unknown block {b!r}")

    # running elements (drawn by the page callbacks; recorded once each with their page rule)
    running = []
    for r in doc.running:
        running.append((r, Paragraph(ctx.rl(r.text, running=r.pages),
                                     ParagraphStyle("run", fontName=reg, fontSize=r.size, leading=r.size * 1.25,
                                                    alignment={"left": TA_LEFT, "right": TA_RIGHT,
                                                               "center": TA_CENTER}[r.align]))))
    colofon = [Paragraph(ctx.rl(c), ParagraphStyle("col", fontName=bold if i == 0 and o.get("colofon_bold_first")
                                                    else reg, fontSize=o.get("colofon_size", 7.5),
                                                    leading=o.get("colofon_size", 7.5) * 1.3,
                                                    spaceAfter=3))
               for i, c in enumerate(o.get("colofon", []))]
    logo = o.get("logo")
    logo_paras = []
    if logo:
        for line in logo.get("lines", []):
            logo_paras.append(Paragraph(ctx.rl(line), ParagraphStyle(
                "logo", fontName=ital if logo.get("italic", True) else bold,
                fontSize=logo.get("size", 9.5), leading=logo.get("size", 9.5) * 1.2)))

    def draw_logo(c):
        if not logo:
            return
        kind = logo.get("kind", "rijk")
        col = colors.HexColor(logo.get("color", "#154273"))
        if kind == "rijk":
            bw, bh = 11 * mm, 24 * mm
            x = W / 2 - bw / 2
            c.setFillColor(col)
            c.rect(x, H - bh, bw, bh, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.circle(W / 2, H - bh + 8 * mm, 2.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            y = H - 10 * mm
            for p in logo_paras:
                w, h = p.wrapOn(c, 60 * mm, 30 * mm)
                p.drawOn(c, W / 2 + bw / 2 + 2 * mm, y - h)
                y -= h
        elif kind == "bar":
            c.setFillColor(col)
            c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
            y = H - 5 * mm
            for p in logo_paras:
                p.style.textColor = colors.white
                w, h = p.wrapOn(c, W - 2 * ml, 14 * mm)
                p.drawOn(c, ml, y - h)
                y -= h
        elif kind == "text":
            y = H - 14 * mm
            for p in logo_paras:
                w, h = p.wrapOn(c, 110 * mm, 30 * mm)
                p.drawOn(c, ml, y - h)
                y -= h
            c.setStrokeColor(col)
            c.setLineWidth(2)
            c.line(ml, y - 2 * mm, W - mr, y - 2 * mm)

    def draw_running(c, page_no, first):
        for r, p in running:
            if r.pages == "first" and not first or r.pages == "rest" and first:
                continue
            if "{page}" in r.text:
                p = Paragraph(p.text.replace("{page}", str(page_no)), p.style)
            w, h = p.wrapOn(c, avail, 30 * mm)
            if r.where == "header":
                p.drawOn(c, ml, H - mt + 8 * mm)
            else:
                p.drawOn(c, ml, mb - 8 * mm - h + r.size)

    def on_first(c, d):
        c.saveState()
        draw_logo(c)
        y = H - mt - first_top - o.get("colofon_dy", 0) * mm
        for p in colofon:
            w, h = p.wrapOn(c, colw - 6 * mm, 200 * mm)
            p.drawOn(c, W - mr - colw + 6 * mm, y - h)
            y -= h + 3
        draw_running(c, 1, True)
        c.restoreState()

    def on_later(c, d):
        c.saveState()
        draw_running(c, c.getPageNumber(), False)
        c.restoreState()

    f1 = Frame(ml, mb, avail_first, H - mt - mb - first_top, id="f1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    f2 = Frame(ml, mb, avail if not o.get("narrow_all") else avail_first, H - mt - mb, id="f2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = BaseDocTemplate(str(out_pdf), pagesize=A4, title=doc.title, author=doc.author or "",
                          creator=o.get("creator", "Microsoft® Word voor Microsoft 365"), subject="")
    tpl.addPageTemplates([PageTemplate("first", [f1], onPage=on_first),
                          PageTemplate("later", [f2], onPage=on_later)])
    tpl.build([NextPageTemplate("later")] + story)


# ================================================================ python-docx -> LibreOffice

def build_docx(doc, ctx, out_docx, tmp):
    from docx import Document
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    o = doc.opts
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    ml, mr, mt, mb = o.get("margins", (25, 20, 25, 20))
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(ml), Mm(mr), Mm(mt), Mm(mb)
    sec.header_distance = Mm(10)
    sec.footer_distance = Mm(10)
    width_mm = 210 - ml - mr
    normal = d.styles["Normal"]
    normal.font.name = doc.font
    normal.font.size = Pt(doc.size)
    rpr = normal.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), doc.font)
    normal.paragraph_format.space_after = Pt(o.get("space_after", 8))
    normal.paragraph_format.line_spacing = o.get("line_spacing", 1.25)
    d.core_properties.author = doc.author or ""
    d.core_properties.title = doc.title
    d.core_properties.last_modified_by = doc.author or ""
    import datetime as _dt
    fixed = _dt.datetime.fromisoformat(doc.date + "T10:00:00")
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.revision = 1

    def add_runs(par, markup, size=None, bold=None, italic=None, running=None, color=None):
        for t, b in ctx.rec(markup, running):
            parts = t.split("\n")
            for i, part in enumerate(parts):
                r = par.add_run(part)
                if b or bold:
                    r.bold = True
                if italic:
                    r.italic = True
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
                if i < len(parts) - 1:
                    r.add_break(WD_BREAK.LINE)

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor.lstrip("#"))
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def cell_par(cell, markup, size, bold=False):
        par = cell.paragraphs[0]
        par.paragraph_format.space_after = Pt(1)
        par.paragraph_format.space_before = Pt(1)
        add_runs(par, markup, size=size, bold=bold)

    def set_widths(table, fr):
        table.autofit = False
        for row in table.rows:
            for i, c in enumerate(row.cells):
                c.width = Mm(width_mm * fr[i])
        for i, col in enumerate(table.columns):
            col.width = Mm(width_mm * fr[i])

    first_block = True
    for b in doc.blocks:
        if isinstance(b, P):
            par = d.add_paragraph()
            pf = par.paragraph_format
            size, bold, italic = b.size, None, None
            if b.style == "title":
                size, bold = size or doc.size + 6, True
            elif b.style == "h1":
                size, bold = size or doc.size + 3, True
                pf.space_before = Pt(8)
            elif b.style == "h2":
                size, bold = size or doc.size + 1, True
                pf.space_before = Pt(6)
            elif b.style == "h3":
                italic = True
            elif b.style == "small":
                size = size or doc.size - 1.5
            elif b.style == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif b.style == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.style == "quote":
                italic = True
                pf.left_indent = Mm(10)
            elif b.style == "bullet":
                pf.left_indent = Mm(7)
                pf.first_line_indent = Mm(-5)
                pf.space_after = Pt(2)
                par.add_run("\u2022\t")
            elif b.style == "mono":
                pass
            if b.space_after is not None:
                pf.space_after = Pt(b.space_after)
            if b.space_before is not None:
                pf.space_before = Pt(b.space_before)
            add_runs(par, b.text, size=size, bold=bold, italic=italic)
        elif isinstance(b, Sp):
            par = d.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            r = par.add_run("")
            r.font.size = Pt(max(1, b.mm * 2.2))
        elif isinstance(b, PB):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, HR):
            par = d.add_paragraph()
            pPr = par._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
                bot.set(qn(k), v)
            bdr.append(bot)
            pPr.append(bdr)
        elif isinstance(b, Sig):
            png = tmp / f"sig_{b.seed}.png"
            png.write_bytes(signature_png(b.seed))
            d.add_picture(str(png), width=Mm(b.w_mm), height=Mm(b.h_mm))
        elif isinstance(b, KV):
            size = b.size or doc.size
            t = d.add_table(rows=len(b.rows), cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            if b.style == "grid":
                t.style = "Table Grid"
            else:
                no_borders(t)
            for i, (k, v) in enumerate(b.rows):
                cell_par(t.cell(i, 0), k, size, bold=b.bold_labels)
                cell_par(t.cell(i, 1), v, size)
                if b.style == "shaded":
                    shade(t.cell(i, 0), "#dde6ee")
                    shade(t.cell(i, 1), "#eef3f7")
            set_widths(t, [b.label_w, 1 - b.label_w])
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif isinstance(b, Tbl):
            size = b.size or doc.size - 1
            ncol = len(b.widths)
            t = d.add_table(rows=len(b.rows), cols=ncol)
            if b.grid:
                t.style = "Table Grid"
            else:
                no_borders(t)
            for i, r in enumerate(b.rows):
                for j, c in enumerate(r):
                    cell_par(t.cell(i, j), c, size, bold=(b.header and i == 0))
                    if b.header and i == 0 and b.shade:
                        shade(t.cell(i, j), b.shade)
            set_widths(t, b.widths)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        else:
            raise CorpusError(f"unknown block {b!r}")
        first_block = False  # noqa: F841

    runs_first = [r for r in doc.running if r.pages in ("all", "first")]
    runs_rest = [r for r in doc.running if r.pages in ("all", "rest")]
    if any(r.pages != "all" for r in doc.running):
        sec.different_first_page_header_footer = True
        targets = [(sec.first_page_header, sec.first_page_footer, runs_first, "first"),
                   (sec.header, sec.footer, runs_rest, "rest")]
    else:
        targets = [(sec.header, sec.footer, runs_first, "all")]
    for hdr, ftr, rs, key in targets:
        for where, part in (("header", hdr), ("footer", ftr)):
            items = [r for r in rs if r.where == where]
            part.is_linked_to_previous = False
            for i, r in enumerate(items):
                par = part.paragraphs[0] if i == 0 else part.add_paragraph()
                par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                                 "center": WD_ALIGN_PARAGRAPH.CENTER}[r.align]
                # record each running text once per page rule it is printed under
                add_runs(par, r.text, size=r.size, running=key if r.pages == "all" else r.pages)
    d.save(str(out_docx))


def soffice_convert(docx_files, outdir, tmp):
    if not docx_files:
        return
    prof = tmp / "lo_profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(outdir)] + [str(f) for f in docx_files]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    for f in docx_files:
        if not (Path(outdir) / (Path(f).stem + ".pdf")).exists():
            raise CorpusError(f"LibreOffice did not convert {f}: {r.stderr.decode()[-500:]}")


# ================================================================ HTML -> Chromium

def render_chromium(doc, ctx, out_pdf, tmp):
    html = doc.html(ctx.html)
    src = tmp / (Path(doc.file).stem + ".html")
    src.write_text(html, encoding="utf-8")
    prof = tmp / f"chrome_{Path(doc.file).stem}"
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={prof}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
           f"--print-to-pdf={out_pdf}", src.as_uri()]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if not Path(out_pdf).exists():
        raise CorpusError(f"chromium failed for {doc.file}: {r.stderr.decode()[-800:]}")
    shutil.rmtree(prof, ignore_errors=True)


# ================================================================ scans

def make_scan(doc, pre_pdf, out_pdf, tmp):
    """Rasterise pre_pdf at 200 dpi, rotate a little, add noise, JPEG, image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sc = doc.scan
    rng = np.random.default_rng(sc.get("seed", 1))
    dpi = 200
    prefix = tmp / (Path(doc.file).stem + "_raster")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pre_pdf), str(prefix)], check=True)
    pages = sorted(tmp.glob(prefix.name + "-*.png"))
    imgs = []
    for i, pth in enumerate(pages):
        im = Image.open(pth).convert("L")
        ang = sc.get("rot", [0.6])[i % len(sc.get("rot", [0.6]))]
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        # uneven illumination + grain + a faint copier streak
        h, w = a.shape
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        shade_amt = sc.get("shade", 10)
        a = a - shade_amt * (0.5 + 0.5 * np.sin(3.0 * xx + 1.3 * yy + i))
        a = a + rng.normal(0, sc.get("noise", 7), a.shape)
        if sc.get("streak"):
            x0 = int(w * rng.uniform(0.2, 0.8))
            a[:, x0:x0 + 2] -= 35
        specks = rng.random(a.shape) < sc.get("specks", 0.0004)
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L")
        if sc.get("blur"):
            im = im.filter(ImageFilter.GaussianBlur(sc["blur"]))
        if sc.get("mode") == "bilevel":
            thr = sc.get("threshold", 165)
            im = im.point(lambda v: 255 if v > thr else 0).convert("1")
            p = tmp / f"{Path(doc.file).stem}_p{i + 1}.png"
            im.save(p, "PNG")
        else:
            p = tmp / f"{Path(doc.file).stem}_p{i + 1}.jpg"
            im.save(p, "JPEG", quality=sc.get("quality", 62), optimize=False)
        imgs.append(p)
    if sc.get("ocr_layer"):
        # copier-style: image plus an invisible OCR text layer (tesseract's PDF renderer)
        import pikepdf
        parts = []
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        for p in imgs:
            base = p.with_suffix("")
            subprocess.run(["tesseract", str(p), str(base), "-l", "nld", "--dpi", str(dpi), "pdf"],
                           check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            parts.append(base.with_suffix(".pdf"))
        out = pikepdf.new()
        for q in parts:
            src = pikepdf.open(q)
            out.pages.extend(src.pages)
        out.save(out_pdf)
        return [str(p.name) for p in imgs]
    W, H = A4
    c = canvas.Canvas(str(out_pdf), pagesize=A4, invariant=1)
    for p in imgs:
        c.drawImage(str(p), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return [str(p.name) for p in imgs]


# ================================================================ post-processing

def pdf_date(d):
    return "D:" + d.replace("-", "") + "101500+01'00'"


def finalize(doc, src_pdf, out_pdf, producer_meta=None, creator_meta=None):
    import pikepdf
    with pikepdf.open(src_pdf) as pdf:
        for k in ("/ID", "/DocChecksum"):   # LibreOffice: random; /ID is regenerated from the content
            if k in pdf.trailer:
                del pdf.trailer[k]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        info = pdf.docinfo
        for k in list(info.keys()):
            if k not in ("/Producer", "/Creator"):
                del info[k]
        if doc.author:
            info["/Author"] = doc.author
        info["/Title"] = doc.title
        info["/CreationDate"] = pdf_date(doc.date)
        info["/ModDate"] = pdf_date(doc.date)
        if producer_meta:
            info["/Producer"] = producer_meta
        if creator_meta:
            info["/Creator"] = creator_meta
        pdf.save(out_pdf, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def pdftotext(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, check=True)
    return r.stdout.decode("utf-8")


def page_count(path):
    import pikepdf
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def image_boxes(path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            for im in page.images:
                out.append({"page": i, "box": [round(im["x0"], 1), round(im["top"], 1),
                                               round(im["x1"], 1), round(im["bottom"], 1)]})
    return out


# ================================================================ truth and checks

def _space_pat(s):
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(p) for p in s.split(" ")) + r"(?!\w)")


def derive_truth(doc, ctx, norm_text, pages):
    """Truth items from the recorded markup; raises CorpusError on any inconsistency."""
    errs = []
    codes = {}          # normalised string -> code
    order = []
    segs = []           # (plain, spans, multiplier)
    for markup, running in ctx.segments:
        plain, spans, _ = parse(markup)
        mult = 1 if running is None else {"all": pages, "first": 1, "rest": pages - 1}[running]
        segs.append((plain, spans, mult))
        for a, b, code in spans:
            s = textnorm.normalize(plain[a:b])
            if s != plain[a:b].replace("\n", " "):
                errs.append(f"marked text not normalised: {plain[a:b]!r}")
            if s in codes and codes[s] != code:
                errs.append(f"{s!r} marked as both {codes[s]} and {code}")
            if s not in codes:
                codes[s] = code
                order.append(s)
    redact = [s for s in order if codes[s] in REDACT]
    keep = [s for s in order if codes[s] in KEEP]
    for r in redact:
        for k in keep:
            if r in k:
                errs.append(f"redact string {r!r} occurs inside keep string {k!r}")
    expected = {s: 0 for s in order}
    for plain, spans, mult in segs:
        red_spans = [(a, b) for a, b, c in spans if c in REDACT]
        for s in order:
            occ = [m.start() for m in _space_pat(s).finditer(plain)]
            ends = [m.end() for m in _space_pat(s).finditer(plain)]
            if mult and plain:
                nplain = textnorm.normalize(plain)
                if nplain.count(s) != len(occ):
                    errs.append(f"{s!r} occurs inside a longer word in {nplain[:80]!r}")
            expected[s] += len(occ) * mult
            for st, en in zip(occ, ends):
                inside = any(a <= st and en <= b for a, b in red_spans)
                overlap = any(st < b and a < en for a, b in red_spans)
                if codes[s] in REDACT and not inside:
                    errs.append(f"redact string {s!r} occurs unmarked: ...{plain[max(0, st - 30):en + 30]!r}")
                if codes[s] in KEEP and overlap:
                    errs.append(f"keep string {s!r} overlaps a redacted span: {plain[max(0, st - 30):en + 30]!r}")
    items_r, items_k = [], []
    for s in order:
        n = textnorm.count(norm_text, s)
        nb = textnorm.count_bounded(norm_text, s)
        if n != nb:
            errs.append(f"{s!r}: {n} occurrences but only {nb} as whole words in the extracted text")
        if n != expected[s]:
            errs.append(f"{s!r}: markup predicts {expected[s]}, extracted text has {n}")
        if n == 0:
            errs.append(f"{s!r}: not found in the extracted text")
        if codes[s] in REDACT:
            items_r.append({"text": s, "type": REDACT[codes[s]], "count": n})
        else:
            items_k.append({"text": s, "why": KEEP[codes[s]], "count": n})
    if errs:
        raise CorpusError(f"{doc.file}:\n  " + "\n  ".join(dict.fromkeys(errs)))
    return items_r, items_k


# ================================================================ main

def load_docs():
    from content import ALL
    docs = []
    for mod in ALL:
        docs.extend(mod.docs())
    names = [d.file for d in docs]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise CorpusError(f"duplicate file names: {sorted(dup)}")
    return docs


def producer_label(doc):
    return doc.producer


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="render only these files (truth.json is updated for them)")
    ap.add_argument("--keep-tmp", action="store_true")
    ap.add_argument("--check", action="store_true", help="check only, write nothing")
    a = ap.parse_args(argv)
    random.seed(SEED)
    docs = load_docs()
    if a.only:
        want = set(a.only)
        docs = [d for d in docs if d.file in want]
        if len(docs) != len(want):
            raise SystemExit(f"unknown: {sorted(want - {d.file for d in docs})}")
    # a fixed build folder: reportlab names image XObjects after the image's path, so a random
    # temporary folder would make the PDFs differ from run to run
    tmp = Path(tempfile.gettempdir()) / BUILD
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    DOCS_DIR.mkdir(exist_ok=True)
    TEXT_DIR.mkdir(exist_ok=True)
    truth_path = HERE / "truth.json"
    truth = json.loads(truth_path.read_text()) if (a.only and truth_path.exists()) else {"version": 1, "docs": {}}
    src_path = HERE / "sources.json"
    sources = json.loads(src_path.read_text()) if (a.only and src_path.exists()) else {}
    sig_path = HERE / "signatures.json"
    sigs = json.loads(sig_path.read_text()) if (a.only and sig_path.exists()) else {}
    failures = []
    try:
        # pass 1: build raw PDFs (LibreOffice batched)
        raw = {}
        ctxs = {}
        docx_jobs = []
        for d in docs:
            ctx = Ctx(d)
            ctxs[d.file] = ctx
            stem = Path(d.file).stem
            via = d.scan["via"] if d.producer == "scan" else d.producer
            rawp = tmp / f"{stem}.pdf"
            if via in ("rl-std", "rl-ttf"):
                is_std = d.font in _STD
                if (via == "rl-std") != is_std:
                    raise CorpusError(f"{d.file}: producer {via} but font {d.font}")
                render_rl(d, ctx, rawp, tmp)
            elif via == "lo":
                dx = tmp / f"{stem}.docx"
                build_docx(d, ctx, dx, tmp)
                docx_jobs.append(dx)
            elif via == "chromium":
                render_chromium(d, ctx, rawp, tmp)
            else:
                raise CorpusError(f"{d.file}: unknown producer {via}")
            raw[d.file] = rawp
        soffice_convert(docx_jobs, tmp, tmp)
        # pass 2: scans, metadata, checks, truth
        for d in docs:
            stem = Path(d.file).stem
            ctx = ctxs[d.file]
            rawp = raw[d.file]
            out = DOCS_DIR / d.file
            pages = page_count(rawp)
            text = pdftotext(rawp)
            norm = textnorm.normalize(text)
            try:
                red, keep = derive_truth(d, ctx, norm, pages)
            except CorpusError as e:
                failures.append(str(e))
                continue
            if a.check:
                continue
            info = {"producer": d.producer, "font": d.font, "author_meta": d.author, "kind": d.kind}
            if d.producer == "scan":
                scanned_pdf = tmp / f"{stem}_scan.pdf"
                make_scan(d, rawp, scanned_pdf, tmp)
                prod = d.scan.get("producer_meta", "Xerox AltaLink C8130" if not d.scan.get("ocr_layer")
                                  else "Canon iR-ADV C5840 PDF")
                finalize(d, scanned_pdf, out, producer_meta=prod, creator_meta=d.scan.get("creator_meta", prod))
                (TEXT_DIR / f"{stem}.txt").write_text(text, encoding="utf-8")
                info.update({"via": d.scan["via"], "scan": {k: v for k, v in d.scan.items() if k != "via"}})
                if page_count(out) != pages:
                    failures.append(f"{d.file}: scan has {page_count(out)} pages, source {pages}")
            else:
                finalize(d, rawp, out)
                if textnorm.normalize(pdftotext(out)) != norm:
                    failures.append(f"{d.file}: text changed by post-processing")
            boxes = image_boxes(rawp)
            names = [i["text"] for i in red if i["type"] == "SIGNATURE"]
            if boxes or names:
                for bx, nm in zip(boxes, names + [None] * len(boxes)):
                    bx["name"] = nm
                sigs[d.file] = boxes
            else:
                sigs.pop(d.file, None)
            truth["docs"][d.file] = {"kind": d.kind, "scanned": d.producer == "scan", "pages": pages,
                                     "producer": producer_label(d), "redact": red, "keep": keep}
            sources[d.file] = info
            print(f"{d.file:48s} {d.producer:8s} p{pages} redact {len(red):3d}/{sum(i['count'] for i in red):<4d}"
                  f" keep {len(keep):3d}/{sum(i['count'] for i in keep):<4d}")
    finally:
        if not a.keep_tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print("tmp:", tmp)
    if failures:
        print("\nREFUSED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    if a.check:
        print("check ok")
        return 0
    known = {d.file for d in load_docs()}
    truth["docs"] = {k: truth["docs"][k] for k in sorted(truth["docs"]) if k in known}
    truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    src_path.write_text(json.dumps({k: sources[k] for k in sorted(sources) if k in known},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sig_path.write_text(json.dumps({k: sigs[k] for k in sorted(sigs) if k in known},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for f in DOCS_DIR.glob("*.pdf"):
        if f.name not in known:
            f.unlink()
    tot = {}
    for dd in truth["docs"].values():
        for i in dd["redact"]:
            tot[i["type"]] = tot.get(i["type"], 0) + i["count"]
    print(f"\n{len(truth['docs'])} documents, {sum(d['pages'] for d in truth['docs'].values())} pages; "
          f"redact occurrences by type: {dict(sorted(tot.items()))}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (CorpusError, MarkupError) as e:
        print(f"ERROR: {e}", file=sys.stderr)
        sys.exit(1)
