"""Removing the old invisible text of an OCR page: a copier's OCR layer is not trusted and
may hold redacted words."""
from __future__ import annotations

import pikepdf

from redactor.extract.page_image import page_resources
from redactor.models import Rect

_SHOW = {"Tj", "TJ", "'", '"'}


def _hidden_until(ops, resources, page_box: Rect) -> int:
    """Index of the last operator that paints an image over (nearly) the whole page; text
    shown before it is hidden under the scan (a copier's OCR layer drawn below the image).
    -1 when there is no such image."""
    from redactor.extract.affine import IDENTITY, map_rect, mul
    xobjs = resources.get("/XObject") if resources is not None else None
    ctm = IDENTITY
    stack = []
    last = -1
    area = max(1e-6, page_box.width * page_box.height)
    for i, inst in enumerate(ops):
        o = str(inst.operator)
        if o == "q":
            stack.append(ctm)
        elif o == "Q":
            ctm = stack.pop() if stack else IDENTITY
        elif o == "cm":
            try:
                ctm = mul(tuple(float(v) for v in inst.operands), ctm)
            except (TypeError, ValueError):
                return -1
        elif o == "Do" and xobjs is not None:
            x = xobjs.get(str(inst.operands[0]))
            if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Image":
                b = map_rect(ctm, 0, 0, 1, 1)
                w = min(b.x1, page_box.x1) - max(b.x0, page_box.x0)
                h = min(b.y1, page_box.y1) - max(b.y0, page_box.y0)
                if w > 0 and h > 0 and w * h >= 0.85 * area:
                    last = i
    return last


def _strip_ops(ops, hidden_until: int = -1) -> tuple[list, int]:
    """Content instructions with every invisible (Tr 3) text-showing operator removed, and
    every text-showing operator before index `hidden_until` (text under the page image);
    ' and " keep their line move (and " its spacing) so later text stays where it was."""
    out = []
    removed = 0
    tr = 0
    stack: list[int] = []
    for i, inst in enumerate(ops):
        operands, op = inst.operands, inst.operator
        o = str(op)
        if o == "q":
            stack.append(tr)
        elif o == "Q":
            tr = stack.pop() if stack else 0
        elif o == "Tr" and operands:
            try:
                tr = int(operands[0])
            except (TypeError, ValueError):
                pass
        if o in _SHOW and (tr == 3 or i < hidden_until):
            removed += 1
            if o == "'":
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            elif o == '"' and len(operands) >= 2:
                out.append(pikepdf.ContentStreamInstruction([operands[0]], pikepdf.Operator("Tw")))
                out.append(pikepdf.ContentStreamInstruction([operands[1]], pikepdf.Operator("Tc")))
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            continue
        out.append(inst)
    return out, removed


def _forms_of(resources) -> list[tuple[str, pikepdf.Object]]:
    out = []
    if resources is None:
        return out
    xo = resources.get("/XObject")
    if not isinstance(xo, pikepdf.Dictionary):
        return out
    for name, x in xo.items():
        if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form":
            out.append((name, x))
    return out


def _form_users(pdf: pikepdf.Pdf, ocr_pages: set[int]) -> set[tuple[int, int]]:
    """objgen of forms reachable from pages that are not OCR pages (must not be changed)."""
    keep: set[tuple[int, int]] = set()

    def walk(res, depth=0):
        for _, f in _forms_of(res):
            og = f.objgen
            if og in keep or depth > 12:
                continue
            keep.add(og)
            walk(f.get("/Resources"), depth + 1)

    for i, p in enumerate(pdf.pages):
        if i not in ocr_pages:
            walk(page_resources(p.obj))
    return keep


def strip_invisible_text(pdf: pikepdf.Pdf, page: pikepdf.Page, protected: set) -> tuple[int, list[str]]:
    """Remove invisible text from the page content and its forms, and text the page's scan
    image is painted over; (operators removed, warnings)."""
    warnings: list[str] = []
    ops = pikepdf.parse_content_stream(page)
    box = Rect(*(float(v) for v in page.cropbox)).normalized()
    new, removed = _strip_ops(ops, _hidden_until(ops, page_resources(page.obj), box))
    if removed:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    done: set = set()

    def walk(res, depth=0):
        nonlocal removed
        for name, f in _forms_of(res):
            og = f.objgen
            if og in done or depth > 12:
                continue
            done.add(og)
            fops = pikepdf.parse_content_stream(f)
            fnew, n = _strip_ops(fops)
            if n:
                if og in protected and og != (0, 0):
                    warnings.append(f"form {name} with invisible text is shared with a text page; left as is")
                else:
                    f.write(pikepdf.unparse_content_stream(fnew))
                    removed += n
            walk(f.get("/Resources"), depth + 1)

    walk(page.obj.get("/Resources"))
    return removed, warnings
