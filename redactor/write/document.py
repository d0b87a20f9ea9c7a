"""Everything outside the page content that can name a person: annotations and form
fields over an area, metadata (Info, XMP), outlines, attachments, JavaScript, thumbnails,
private application data, structure-tree text of touched content, marked-content text.

Strings elsewhere in the document are matched against the text that was removed (its
words of three or more letters), so a bookmark or a link elsewhere that repeats a
redacted name goes too; if some removed glyphs could not be decoded to text, outlines
are dropped as a whole because they cannot be checked.
"""
from __future__ import annotations

import re

import pikepdf

from ..models import Rect
from .geometry import boxes_meet

_N = pikepdf.Name
_STRUCT_TEXT = ("/Alt", "/ActualText", "/E", "/T")
_ANNOT_TEXT = ("/Contents", "/T", "/RC", "/TU", "/Subj", "/V", "/DV")
_WORD = re.compile(r"[\w@.'’-]+", re.UNICODE)
# parts of Dutch and other names that are also everyday words: matching on them would
# strip every bookmark and link that contains "van" or "der"
_PARTICLES = {"van", "der", "den", "het", "ter", "ten", "von", "del", "des", "dos", "das", "les", "the", "and"}


def terms_of(removed_text: list[str]) -> set[str]:
    out = set()
    for t in removed_text:
        for w in _WORD.findall(t):
            w = w.strip(".'’-")
            if sum(ch.isalnum() for ch in w) >= 3 and w.casefold() not in _PARTICLES:
                out.add(w.casefold())
    return out


def _mentions(value, terms: set[str]) -> bool:
    if not terms or value is None:
        return False
    try:
        if isinstance(value, pikepdf.String):
            s = str(value)
        elif isinstance(value, pikepdf.Stream):
            s = value.read_bytes().decode("utf-8", "replace")
        else:
            s = str(value)
    except Exception:
        return True          # cannot read it: treat as naming someone
    s = s.casefold()
    return any(t in s for t in terms)


def _rect(a) -> tuple | None:
    r = a.get("/Rect")
    if not isinstance(r, pikepdf.Array) or len(r) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in r)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _annot_mentions(a, terms) -> bool:
    if any(_mentions(a.get(k), terms) for k in _ANNOT_TEXT):
        return True
    act = a.get("/A")
    if isinstance(act, pikepdf.Dictionary):
        for k in ("/URI", "/F", "/JS"):
            if _mentions(act.get(k), terms):
                return True
    return False


def clean_annotations(page: pikepdf.Page, rects: list[Rect], terms: set[str],
                      removed_widgets: set, clean_metadata: bool) -> int:
    """Drop annotations over an area (with their popups), file attachments and any
    annotation whose text repeats a removed word. Returns how many were removed."""
    annots = page.obj.get("/Annots")
    if not isinstance(annots, pikepdf.Array):
        return 0
    drop = set()
    keep = []
    items = list(annots)
    for a in items:
        if not isinstance(a, pikepdf.Dictionary):
            continue
        sub = a.get("/Subtype")
        box = _rect(a)
        hit = box is not None and any(boxes_meet(box, (r.x0, r.y0, r.x1, r.y1)) for r in rects)
        if hit or sub == _N.FileAttachment or _annot_mentions(a, terms):
            drop.add(a.objgen if a.is_indirect else id(a))
            p = a.get("/Popup")
            if isinstance(p, pikepdf.Dictionary) and p.is_indirect:
                drop.add(p.objgen)
            if sub == _N.Widget:
                removed_widgets.add(a.objgen)
    for a in items:
        if not isinstance(a, pikepdf.Dictionary):
            continue
        key = a.objgen if a.is_indirect else id(a)
        par = a.get("/Parent")
        if key in drop or (a.get("/Subtype") == _N.Popup and isinstance(par, pikepdf.Dictionary)
                           and par.is_indirect and par.objgen in drop):
            continue
        if clean_metadata and a.get("/Subtype") != _N.Widget:
            for k in ("/T", "/AA", "/Metadata", "/PieceInfo"):
                if k in a:
                    del a[k]
        keep.append(a)
    n = len(items) - len(keep)
    if n:
        if keep:
            page.obj.Annots = pikepdf.Array(keep)
        else:
            del page.obj["/Annots"]
    return n


def _prune_fields(fields, removed: set) -> pikepdf.Array:
    out = []
    for f in fields:
        if not isinstance(f, pikepdf.Dictionary):
            continue
        if f.is_indirect and f.objgen in removed:
            continue
        kids = f.get("/Kids")
        if isinstance(kids, pikepdf.Array) and len(kids):
            new = _prune_fields(kids, removed)
            if not len(new):
                continue
            if len(new) != len(kids):
                f.Kids = new
        out.append(f)
    return pikepdf.Array(out)


def _strip_signatures(fields, depth=0) -> None:
    """A signature value holds the signer's certificate (with their name); the rewrite
    breaks the signature anyway."""
    for f in fields:
        if not isinstance(f, pikepdf.Dictionary) or depth > 32:
            continue
        if f.get("/FT") == _N.Sig and "/V" in f:
            del f["/V"]
        kids = f.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            _strip_signatures(kids, depth + 1)


def clean_forms(pdf: pikepdf.Pdf, removed_widgets: set, touched: bool) -> None:
    if "/Perms" in pdf.Root:
        del pdf.Root["/Perms"]
    af = pdf.Root.get("/AcroForm")
    if not isinstance(af, pikepdf.Dictionary):
        return
    if isinstance(af.get("/Fields"), pikepdf.Array):
        _strip_signatures(af.Fields)
    if touched and "/XFA" in af:
        del af["/XFA"]              # XFA packets repeat every field value
    fields = af.get("/Fields")
    if removed_widgets and isinstance(fields, pikepdf.Array):
        af.Fields = _prune_fields(fields, removed_widgets)
        if not len(af.Fields):
            del pdf.Root["/AcroForm"]


def clean_outline(pdf: pikepdf.Pdf, terms: set[str], drop_all: bool) -> None:
    if "/Outlines" not in pdf.Root:
        return
    if drop_all:
        del pdf.Root["/Outlines"]
        return
    if not terms:
        return

    def prune(items):
        kept = []
        for it in items:
            if _mentions(it.title, terms):
                continue
            it.children[:] = prune(it.children)
            kept.append(it)
        return kept

    try:
        with pdf.open_outline() as ol:
            ol.root[:] = prune(ol.root)
    except Exception:
        del pdf.Root["/Outlines"]     # an outline we cannot read we cannot vouch for


def clean_structure(pdf: pikepdf.Pdf, touched_mcids: dict[int, set[int]], terms: set[str]) -> None:
    """Remove Alt/ActualText/E of structure elements whose content lost glyphs, and any
    structure text that repeats a removed word."""
    root = pdf.Root.get("/StructTreeRoot")
    if not isinstance(root, pikepdf.Dictionary):
        return
    pt = root.get("/ParentTree")
    if touched_mcids and isinstance(pt, pikepdf.Dictionary):
        try:
            tree = pikepdf.NumberTree(pt)
        except Exception:
            tree = None
        for pno, mcids in touched_mcids.items():
            sp = pdf.pages[pno].obj.get("/StructParents")
            if tree is None or sp is None:
                continue
            arr = tree.get(int(sp))
            if not isinstance(arr, pikepdf.Array):
                continue
            for m in mcids:
                if 0 <= m < len(arr):
                    el = arr[m]
                    depth = 0
                    while isinstance(el, pikepdf.Dictionary) and depth < 64 and el.get("/Type") != _N.StructTreeRoot:
                        for k in ("/Alt", "/ActualText", "/E"):
                            if k in el:
                                del el[k]
                        el = el.get("/P")
                        depth += 1
    if not terms:
        return
    seen = set()
    stack = [root.get("/K")]
    while stack:
        el = stack.pop()
        if isinstance(el, pikepdf.Array):
            stack.extend(el)
            continue
        if not isinstance(el, pikepdf.Dictionary):
            continue
        if el.is_indirect:
            if el.objgen in seen:
                continue
            seen.add(el.objgen)
        for k in _STRUCT_TEXT:
            if k in el and _mentions(el.get(k), terms):
                del el[k]
        k = el.get("/K")
        if k is not None:
            stack.append(k)


def clean_hidden(pdf: pikepdf.Pdf, clean_metadata: bool) -> None:
    """Metadata, attachments, JavaScript, thumbnails, private data, web capture."""
    root = pdf.Root
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for k in ("/EmbeddedFiles", "/JavaScript"):
            if k in names:
                del names[k]
    for k in ("/AA", "/SpiderInfo", "/Collection", "/PieceInfo", "/AF"):
        if k in root:
            del root[k]
    oa = root.get("/OpenAction")
    if isinstance(oa, pikepdf.Dictionary) and oa.get("/S") in (_N.JavaScript, _N.Launch):
        del root["/OpenAction"]
    if clean_metadata:
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        if "/Metadata" in root:
            del root["/Metadata"]
    for page in pdf.pages:
        for k in ("/Thumb", "/PieceInfo", "/AA") + (("/Metadata",) if clean_metadata else ()):
            if k in page.obj:
                del page.obj[k]
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        for k in ("/PieceInfo", "/AF") + (("/Metadata",) if clean_metadata else ()):
            if k in obj:
                del obj[k]
        if obj.get("/S") == _N.JavaScript and "/JS" in obj:
            del obj["/JS"]


def clean_props(props: list) -> None:
    for pd in props:
        for k in ("/ActualText", "/Alt", "/E"):
            if k in pd:
                del pd[k]
