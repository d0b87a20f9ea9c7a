"""Orchestration: open safely, rewrite the pages that have areas, clean the document,
write the whole file to a temporary name next to the destination, self-check, rename."""
from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pikepdf

from ..errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, UnsupportedPdfError
from ..models import Rect, RedactionArea, WriteResult
from . import boxes, document
from .content import DocState, rewrite_page
from .selfcheck import self_check as run_self_check

log = logging.getLogger(__name__)
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


def _open(src: Path) -> pikepdf.Pdf:
    try:
        with open(src, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise NotAPdfError(f"cannot read {src.name}: {e.strerror}") from None
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{src.name} is not a PDF")
    try:
        pdf = pikepdf.open(src)
    except pikepdf.PasswordError:
        raise EncryptedPdfError(f"{src.name} needs a password") from None
    except (pikepdf.PdfError, ValueError, RuntimeError) as e:
        raise CorruptPdfError(f"{src.name} cannot be read: {e}") from None
    # Opened without a password: only an owner password (permissions) is set. The output is
    # written unencrypted (pikepdf drops encryption unless asked to keep it), which is what
    # publication needs; the restriction is reported as a warning by `_redact`.
    try:
        len(pdf.pages)
    except Exception as e:
        pdf.close()
        raise CorruptPdfError(f"{src.name} has no readable page tree: {e}") from None
    return pdf


def _push_inherited(page: pikepdf.Page) -> None:
    """Make inherited page attributes explicit before the page's own copies change."""
    obj = page.obj
    for key in _INHERITED:
        if key in obj:
            continue
        node, depth = obj.get("/Parent"), 0
        while isinstance(node, pikepdf.Dictionary) and depth < 64:
            if key in node:
                obj[key] = node[key]
                break
            node, depth = node.get("/Parent"), depth + 1


def _check_unsupported(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    af = pdf.Root.get("/AcroForm")
    if isinstance(af, pikepdf.Dictionary) and "/XFA" in af and bool(pdf.Root.get("/NeedsRendering", False)):
        raise UnsupportedPdfError("dynamic XFA form")
    res = page.obj.get("/Resources")
    pats = res.get("/Pattern") if isinstance(res, pikepdf.Dictionary) else None
    if isinstance(pats, pikepdf.Dictionary):
        for _name, p in pats.items():
            if isinstance(p, pikepdf.Stream) and int(p.get("/PatternType", 0)) == 1:
                why = _pattern_risk(p)
                if why:
                    raise UnsupportedPdfError(f"tiling pattern with {why} on a page with areas")


_TEXTURE_STEP = 36.0     # pt: a tiling pattern whose cell repeats at least this often is a texture
_TEXT_OPS = (b"Tj", b"TJ", b"'", b'"')


def _pattern_risk(p: pikepdf.Stream) -> str | None:
    """Why a tiling pattern's cells cannot be left as they are on a page with areas, or
    None. The writer does not rewrite pattern cells: every cell is the same, so what
    one shows under an area it shows wherever the filled shape goes (a hatch, a dotted
    fill made of a tiny image). Text in a cell, or a cell so large that it is drawn once
    (an image placed as a pattern), can put something in one place only: fail closed."""
    try:
        data = p.read_bytes()
    except pikepdf.PdfError:
        return "unreadable content"
    if not any(op in data for op in (b"Tj", b"TJ", b"Do", b"BI", b"'", b'"')):
        return None
    if any(op in data for op in _TEXT_OPS):
        try:
            ops = {str(i.operator) for i in pikepdf.parse_content_stream(p)}
        except pikepdf.PdfError:
            return "unreadable content"
        if ops & {"Tj", "TJ", "'", '"'}:
            return "text"
    xo = p.get("/Resources", {}).get("/XObject") if isinstance(p.get("/Resources"), pikepdf.Dictionary) else None
    if isinstance(xo, pikepdf.Dictionary):
        for _k, x in xo.items():
            if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == pikepdf.Name.Form:
                return "forms"       # could hold text; not looked into
    m = p.get("/Matrix")
    try:
        a, b, c, d = (float(v) for v in list(m)[:4]) if isinstance(m, pikepdf.Array) and len(m) == 6 else (1.0, 0.0, 0.0, 1.0)
        xs, ys = abs(float(p.get("/XStep"))), abs(float(p.get("/YStep")))
    except (TypeError, ValueError):
        return "images in cells of unknown size"
    step_x = xs * (a * a + b * b) ** 0.5
    step_y = ys * (c * c + d * d) ** 0.5
    if max(step_x, step_y) > _TEXTURE_STEP:
        return f"images in {step_x:.0f} x {step_y:.0f} pt cells"
    return None


def _areas_by_page(areas: list[RedactionArea], npages: int) -> dict[int, list[tuple[Rect, str]]]:
    out: dict[int, list[tuple[Rect, str]]] = defaultdict(list)
    for a in areas:
        if not 0 <= a.page < npages:
            raise ValueError(f"redaction area on page {a.page + 1} of a {npages}-page document")
        for r in a.rects:
            r = r.normalized()
            if r.width > 0 and r.height > 0:
                out[a.page].append((r, a.ground))
    return out


def _label_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))


def redact_pdf(src: Path, dst: Path, areas: list[RedactionArea], *, clean_metadata: bool = True,
               label_boxes: bool = True, self_check: bool = True) -> WriteResult:
    """Write a redacted copy of `src` to `dst` (see the package docstring)."""
    src, dst = Path(src), Path(dst)
    if dst.exists() and src.exists() and os.path.samefile(src, dst):
        raise ValueError("the destination is the source; the source is never modified")
    pdf = _open(src)
    try:
        return _redact(pdf, src, dst, areas, clean_metadata, label_boxes, self_check)
    finally:
        pdf.close()


def _redact(pdf, src, dst, areas, clean_metadata, label_boxes, self_check) -> WriteResult:
    by_page = _areas_by_page(areas, len(pdf.pages))
    doc = DocState(pdf)
    labels: dict[int, list] = {}
    touched_mcids: dict[int, set[int]] = {}
    font = _label_font(pdf) if label_boxes else None
    pending_annots = []
    for pno in sorted(by_page):
        page = pdf.pages[pno]
        _push_inherited(page)
        _check_unsupported(pdf, page)
        rects = [r for r, _ in by_page[pno]]
        res = rewrite_page(doc, page, rects)
        rot = int(page.obj.get("/Rotate", 0)) % 360
        drawn, glyphs = boxes.draw(by_page[pno], rot, label_boxes)
        labels[pno] = glyphs
        body = pikepdf.unparse_content_stream(res.instructions)
        data = b"q\n" + body + b"\nQ" * res.open_q + b"\nQ\n" + drawn
        page.obj.Contents = pdf.make_stream(data)
        resources = res.resources
        if resources is None:
            old = page.obj.get("/Resources")
            resources = pikepdf.Dictionary({k: v for k, v in old.items()}) if isinstance(old, pikepdf.Dictionary) else pikepdf.Dictionary()
        if font is not None:
            fonts = resources.get("/Font")
            fonts = pikepdf.Dictionary({k: v for k, v in fonts.items()}) if isinstance(fonts, pikepdf.Dictionary) else pikepdf.Dictionary()
            fonts[boxes.LABEL_FONT] = font
            resources.Font = fonts
        page.obj.Resources = resources
        if res.mcids:
            touched_mcids[pno] = set(res.mcids)
        pending_annots.append((page, rects))

    terms = document.terms_of(doc.removed_text)
    removed_widgets: set = set()
    n_annots = 0
    for page, rects in pending_annots:
        n_annots += document.clean_annotations(page, rects, terms, removed_widgets, clean_metadata)
    if terms:   # annotations elsewhere that repeat a removed word
        done = {p.obj.objgen for p, _ in pending_annots}
        for page in pdf.pages:
            if page.obj.objgen not in done and "/Annots" in page.obj:
                n_annots += document.clean_annotations(page, [], terms, removed_widgets, clean_metadata)
    document.clean_forms(pdf, removed_widgets, bool(by_page))
    document.clean_outline(pdf, terms, drop_all=doc.undecodable)
    document.clean_structure(pdf, touched_mcids, terms)
    document.clean_props(doc.touched_props)
    document.clean_hidden(pdf, clean_metadata)

    timings: dict[str, float] = {}
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pdf.save(tmp, fix_metadata_version=False, deterministic_id=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        if self_check:
            t_check = time.perf_counter()      # issue 7: the self-check is timed on its own
            run_self_check(src, tmp, {p: [r for r, _ in v] for p, v in by_page.items()}, labels,
                           metadata_removed=clean_metadata)
            timings["selfcheck"] = time.perf_counter() - t_check
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    warnings = list(dict.fromkeys(doc.warnings))
    if pdf.is_encrypted:
        warnings.append("owner-password restrictions removed (the file opened without a password)")
    if n_annots:
        warnings.append(f"{n_annots} annotation(s) removed")
    if doc.paths_removed:
        warnings.append(f"{doc.paths_removed} vector path(s) inside areas removed")
    return WriteResult(output=dst, pages=len(pdf.pages), areas=len(areas),
                       glyphs_removed=doc.glyphs_removed, images_changed=doc.images_changed,
                       warnings=warnings, timings=timings)
