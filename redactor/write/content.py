"""The content-stream interpreter and rewriter.

Each content stream that can reach an area is parsed once (qpdf's tokenizer via
pikepdf), interpreted with the graphics state, text state and marked-content stack a
viewer keeps, and written back with: glyphs that meet an area removed (text.py), images
that meet one painted (images.py), Form XObjects that meet one rewritten into a private
copy, and unbalanced `Q` operators dropped (they would pop the q...Q the page is wrapped in).
Everything else is passed through as the same parsed instruction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf

from ..errors import UnsupportedPdfError
from ..models import Rect
from . import images, text
from .paths import BUILD, PAINT, PathBuffer
from .fonts import Font, FontCache
from .geometry import IDENTITY, Matrix, mul, num, quad, quad_meets_rect

_OP = pikepdf.Operator
_MAX_DEPTH = 12
_CLEAN_PROPS = ("/ActualText", "/Alt", "/E")


@dataclass
class DocState:
    """What one document's rewrite collects across streams."""

    pdf: pikepdf.Pdf
    fonts: FontCache = field(default_factory=FontCache)
    glyphs_removed: int = 0
    images_changed: int = 0
    paths_removed: int = 0
    removed_text: list[str] = field(default_factory=list)
    undecodable: bool = False                 # removed glyphs whose text is unknown
    touched_props: list = field(default_factory=list)   # named /Properties to clean
    warnings: list[str] = field(default_factory=list)


@dataclass
class StreamResult:
    instructions: list
    changed: bool
    resources: pikepdf.Dictionary | None      # new resources dict if entries were added
    open_q: int                               # q left open at the end
    mcids: set[int]                           # MCIDs whose content lost glyphs


class _TextState:
    __slots__ = ("font", "fs", "tc", "tw", "th", "tl", "rise")

    def __init__(self):
        self.font: Font | None = None
        self.fs = 0.0
        self.tc = 0.0
        self.tw = 0.0
        self.th = 1.0
        self.tl = 0.0
        self.rise = 0.0

    def copy(self) -> "_TextState":
        t = _TextState()
        t.font, t.fs, t.tc, t.tw, t.th, t.tl, t.rise = self.font, self.fs, self.tc, self.tw, self.th, self.tl, self.rise
        return t


def _f(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        raise UnsupportedPdfError(f"operand {v!r} is not a number") from None


def _matrix(ops) -> Matrix:
    if len(ops) != 6:
        raise UnsupportedPdfError("matrix operator without six operands")
    return tuple(_f(v) for v in ops)  # type: ignore[return-value]


class StreamRewriter:
    def __init__(self, doc: DocState, rects: list[Rect], resources, ctm: Matrix = IDENTITY,
                 tstate: _TextState | None = None, depth: int = 0, stack: tuple = (), lw: float = 1.0):
        self.doc = doc
        self.rects = rects
        self.resources = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()
        self.ctm = ctm
        self.ts = tstate.copy() if tstate else _TextState()
        self.depth = depth
        self.stack = stack
        self.lw = lw
        self.new_res: pikepdf.Dictionary | None = None
        self.mcids: set[int] = set()

    # ------------------------------------------------------------------ helpers
    def _meets(self, pts) -> bool:
        return any(quad_meets_rect(pts, r) for r in self.rects)

    def _add_xobject(self, obj) -> pikepdf.Name:
        if self.new_res is None:
            self.new_res = pikepdf.Dictionary({k: v for k, v in self.resources.items()})
            xo = self.resources.get("/XObject")
            self.new_res.XObject = pikepdf.Dictionary({k: v for k, v in xo.items()}) if isinstance(xo, pikepdf.Dictionary) else pikepdf.Dictionary()
        xd = self.new_res.XObject
        k = len(xd)
        while f"/RdxX{k}" in xd:
            k += 1
        name = pikepdf.Name(f"/RdxX{k}")
        xd[name] = obj
        return name

    def _res(self, cat: str, name) -> object:
        d = self.resources.get(cat)
        if not isinstance(d, pikepdf.Dictionary):
            return None
        return d.get(str(name))

    # ------------------------------------------------------------------ main loop
    def run(self, instructions) -> StreamResult:
        out: list = []
        changed = False
        gstack: list = []
        ctm, ts = self.ctm, self.ts
        tm = tlm = IDENTITY
        carry = 0.0
        marks: list = []        # [out index, props, touched, mcid]
        rects = self.rects
        path = PathBuffer()
        lw = self.lw
        for ins in instructions:
            op = str(ins.operator)
            ops = ins.operands
            if op in BUILD:
                path.add(ins, op, ops, ctm)
                continue
            if path.ins:
                if op in ("W", "W*"):
                    path.clip = True
                    path.ins.append(ins)
                    continue
                if op in PAINT and path.droppable(op, ctm, lw, rects):
                    self.doc.paths_removed += 1
                    changed = True
                    path.reset()
                    continue
                out.extend(path.ins)
                path.reset()
            if op in ("Tj", "TJ", "'", '"'):
                if op == "'" or op == '"':
                    if op == '"':
                        ts.tw, ts.tc = _f(ops[0]), _f(ops[1])
                    tlm = mul((1.0, 0.0, 0.0, 1.0, 0.0, -ts.tl), tlm)
                    tm = tlm
                    carry = 0.0
                    items = [ops[-1]]
                elif op == "Tj":
                    items = [ops[0]] if ops else []
                else:
                    items = list(ops[0]) if ops and isinstance(ops[0], pikepdf.Array) else []
                font = ts.font
                if font is None:
                    raise UnsupportedPdfError("text shown without a font")
                res = text.show(font, ts.fs, ts.tc, ts.tw, ts.th, ts.rise, mul(tm, ctm), items, rects)
                if carry and res.items is None and op in ("Tj", "TJ"):
                    out.append(self._gap(carry, ts))
                    carry = 0.0
                if res.items is None:
                    out.append(ins)
                else:
                    changed = True
                    self.doc.glyphs_removed += res.removed
                    for b in res.removed_bytes:
                        t = font.to_unicode(b)
                        if "\ufffd" in t:
                            self.doc.undecodable = True
                        self.doc.removed_text.append(t)
                    for m in marks:
                        m[2] = True
                    # keep the operator itself, with an empty string, so that readers that
                    # treat `"` differently (pdfminer does not move to the next line) still
                    # see the kept text where they saw it before
                    if op == "'":
                        out.append(pikepdf.ContentStreamInstruction([pikepdf.String(b"")], _OP("'")))
                    elif op == '"':
                        out.append(pikepdf.ContentStreamInstruction([ops[0], ops[1], pikepdf.String(b"")], _OP('"')))
                    if carry:
                        out.append(self._gap(carry, ts))
                        carry = 0.0
                    if res.prefix is not None:
                        out.append(pikepdf.ContentStreamInstruction(
                            [pikepdf.Array([num(res.prefix, 4)])], _OP("TJ")))
                    if res.items:
                        out.append(pikepdf.ContentStreamInstruction([pikepdf.Array(res.items)], _OP("TJ")))
                    carry = res.carry
                tm = mul((1.0, 0.0, 0.0, 1.0, res.advance, 0.0), tm)
                continue
            if op == "INLINE IMAGE":
                new = None
                if self._meets(quad(ctm, 0, 0, 1, 1)):
                    xobj = images.inline_to_xobject(self.doc.pdf, ins.iimage, self.resources)
                    new = images.paint_image(self.doc.pdf, xobj, ctm, rects)
                if new is None:
                    out.append(ins)
                else:
                    self.doc.images_changed += 1
                    changed = True
                    out.append(pikepdf.ContentStreamInstruction([self._add_xobject(new)], _OP("Do")))
                continue
            if op == "q":
                gstack.append((ctm, ts.copy(), lw))
            elif op == "Q":
                if not gstack:
                    changed = True      # unbalanced: would pop the wrapper's q
                    continue
                ctm, ts, lw = gstack.pop()
            elif op == "w":
                lw = _f(ops[0]) if ops else lw
            elif op == "cm":
                ctm = mul(_matrix(ops), ctm)
            elif op == "BT":
                tm = tlm = IDENTITY
                carry = 0.0
            elif op == "ET":
                carry = 0.0
            elif op == "Tf":
                fd = self._res("/Font", ops[0]) if ops else None
                if fd is None:
                    raise UnsupportedPdfError(f"font {ops[0] if ops else '?'} not in resources")
                ts.font = self.doc.fonts.get(fd)
                ts.fs = _f(ops[1])
            elif op == "Tc":
                ts.tc = _f(ops[0])
            elif op == "Tw":
                ts.tw = _f(ops[0])
            elif op == "Tz":
                ts.th = _f(ops[0]) / 100.0
            elif op == "TL":
                ts.tl = _f(ops[0])
            elif op == "Ts":
                ts.rise = _f(ops[0])
            elif op in ("Td", "TD"):
                tx, ty = _f(ops[0]), _f(ops[1])
                if op == "TD":
                    ts.tl = -ty
                tlm = mul((1.0, 0.0, 0.0, 1.0, tx, ty), tlm)
                tm = tlm
                carry = 0.0
            elif op == "T*":
                tlm = mul((1.0, 0.0, 0.0, 1.0, 0.0, -ts.tl), tlm)
                tm = tlm
                carry = 0.0
            elif op == "Tm":
                tm = tlm = _matrix(ops)
                carry = 0.0
            elif op == "gs":
                gsd = self._res("/ExtGState", ops[0]) if ops else None
                if isinstance(gsd, pikepdf.Dictionary) and "/Font" in gsd:
                    fa = gsd.Font
                    ts.font = self.doc.fonts.get(fa[0])
                    ts.fs = _f(fa[1])
                if isinstance(gsd, pikepdf.Dictionary) and "/LW" in gsd:
                    lw = _f(gsd.LW)
            elif op == "Do":
                new_ins = self._do(ops[0], ctm, ts, lw)
                if new_ins is not None:
                    out.append(new_ins)
                    changed = True
                    continue
            elif op in ("BDC", "BMC"):
                props = ops[1] if op == "BDC" and len(ops) > 1 else None
                mcid = None
                pd = props
                if isinstance(props, pikepdf.Name):
                    pd = self._res("/Properties", props)
                if isinstance(pd, pikepdf.Dictionary) and "/MCID" in pd:
                    try:
                        mcid = int(pd.MCID)
                    except (TypeError, ValueError):
                        mcid = None
                marks.append([len(out), props, False, mcid, pd])
            elif op == "EMC":
                if marks:
                    idx, props, touched, mcid, pd = marks.pop()
                    if touched:
                        if marks:
                            marks[-1][2] = True
                        if mcid is not None:
                            self.mcids.add(mcid)
                        if isinstance(props, pikepdf.Dictionary) and any(k in props for k in _CLEAN_PROPS):
                            clean = pikepdf.Dictionary({k: v for k, v in props.items() if k not in _CLEAN_PROPS})
                            out[idx] = pikepdf.ContentStreamInstruction([out[idx].operands[0], clean], _OP("BDC"))
                            changed = True
                        elif isinstance(pd, pikepdf.Dictionary) and any(k in pd for k in _CLEAN_PROPS):
                            self.doc.touched_props.append(pd)
            out.append(ins)
        out.extend(path.ins)     # a path never painted: keep it as it was
        # marked content left open at the end still had its glyphs removed
        for idx, props, touched, mcid, pd in marks:
            if touched and mcid is not None:
                self.mcids.add(mcid)
            if touched and isinstance(pd, pikepdf.Dictionary):
                self.doc.touched_props.append(pd)
        return StreamResult(out, changed, self.new_res, len(gstack), self.mcids)

    def _gap(self, carry: float, ts: _TextState):
        scale = ts.fs * ts.th
        if scale == 0 or ts.font is None:
            raise UnsupportedPdfError("cannot keep text position after a removed run")
        return pikepdf.ContentStreamInstruction([pikepdf.Array([num(-carry * 1000.0 / scale, 4)])], _OP("TJ"))

    # ------------------------------------------------------------------ XObjects
    def _do(self, name, ctm: Matrix, ts: _TextState, lw: float):
        xo = self._res("/XObject", name)
        if not isinstance(xo, pikepdf.Stream):
            return None
        sub = xo.get("/Subtype")
        if sub == pikepdf.Name.Image:
            if not self._meets(quad(ctm, 0, 0, 1, 1)):
                return None
            new = images.paint_image(self.doc.pdf, xo, ctm, self.rects)
            if new is None:
                return None
            self.doc.images_changed += 1
            return pikepdf.ContentStreamInstruction([self._add_xobject(new)], _OP("Do"))
        if sub != pikepdf.Name.Form:
            return None
        m = xo.get("/Matrix")
        fm = tuple(float(v) for v in m) if isinstance(m, pikepdf.Array) and len(m) == 6 else IDENTITY
        fctm = mul(fm, ctm)  # type: ignore[arg-type]
        bb = xo.get("/BBox")
        if isinstance(bb, pikepdf.Array) and len(bb) == 4:
            x0, y0, x1, y1 = (float(v) for v in bb)
            if not self._meets(quad(fctm, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))):
                return None
        new = rewrite_form(self.doc, xo, self.rects, fctm, ts, self.resources, self.depth + 1, self.stack, lw)
        if new is None:
            return None
        return pikepdf.ContentStreamInstruction([self._add_xobject(new)], _OP("Do"))


def rewrite_form(doc: DocState, form: pikepdf.Stream, rects, ctm, ts, parent_res, depth, stack, lw=1.0):
    """A rewritten private copy of a Form XObject, or None if nothing in it changed."""
    key = form.objgen
    if depth > _MAX_DEPTH or (key != (0, 0) and key in stack):
        raise UnsupportedPdfError("Form XObjects nested too deep or recursive")
    res = form.get("/Resources")
    if not isinstance(res, pikepdf.Dictionary):
        res = parent_res             # old files let forms use the page's resources
    try:
        instructions = pikepdf.parse_content_stream(form)
    except pikepdf.PdfError as e:
        raise UnsupportedPdfError(f"unreadable form content: {e}") from None
    rw = StreamRewriter(doc, rects, res, ctm, ts, depth, stack + (key,), lw)
    r = rw.run(instructions)
    if not r.changed:
        return None
    data = pikepdf.unparse_content_stream(r.instructions)
    if r.open_q:
        data += b"\nQ" * r.open_q
    new = doc.pdf.make_stream(data)
    for k, v in form.items():
        if k not in ("/Length", "/Filter", "/DecodeParms", "/Metadata", "/PieceInfo", "/LastModified", "/OPI"):
            new[k] = v
    if r.resources is not None:
        new.Resources = r.resources
    elif res is not None and "/Resources" not in form:
        new.Resources = res
    return new


def rewrite_page(doc: DocState, page: pikepdf.Page, rects: list[Rect]) -> StreamResult:
    try:
        instructions = pikepdf.parse_content_stream(page.obj)
    except pikepdf.PdfError as e:
        raise UnsupportedPdfError(f"unreadable page content: {e}") from None
    rw = StreamRewriter(doc, rects, page.obj.get("/Resources"))
    return rw.run(instructions)
