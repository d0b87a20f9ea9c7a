"""The self-check every output passes before it is published.

Independent of the writer's own interpreter and tokenizer: pdfminer.six, the engine under
pdfplumber, re-extracts the characters of every page that had areas, in the original and
in the output (a lean device records the boxes pdfplumber's `page.chars` reports, without
building layout objects; two places where pdfminer departs from the PDF spec, the Tc
placement and the `"` operator, are corrected so that positions are those a viewer uses).
Then
  * no character in the output may have its centre in an area, or be half covered by
    one, except the label glyphs the writer drew (matched by text and box);
  * every output character must be an original character at the same place (x0, y0
    within 0.01 pt): nothing moved, nothing new;
  * every original character that does not meet an area must still be there;
and the file itself must be a single revision with its metadata gone (when asked).
Pages without areas are not re-extracted: their content streams are not touched.

PDFium was tried as a faster engine and rejected: its char origins do not follow /Widths
exactly and its space heuristics change with the surrounding text, so "same place within
0.01 pt" cannot be checked with it.
"""
from __future__ import annotations

import logging
import os
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..errors import SelfCheckError
from ..models import Rect
from .boxes import LabelGlyph
from pdfminer import utils
from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter

from .geometry import H_SHRINK, V_SHRINK, device_box_to_user, invert, quad

TOL = 0.01
_GRID = 0.05
_MARGIN = 0.05       # pt: how far a char may be from an area and still count as meeting it

logging.getLogger("pdfminer").setLevel(logging.ERROR)

# issue 7: pages checked, and how many of them needed pdfminer (per process; the
# pipeline reports the difference per document in its timings)
STATS = {"pages": 0, "pdfminer_pages": 0}


class _CharDevice(PDFTextDevice):
    """pdfminer device that records each char's text and box as pdfminer's LTChar computes
    them (what pdfplumber reports), without building layout objects, and with glyphs placed
    as the PDF spec places them (two pdfminer deviations fixed, see below)."""

    def __init__(self, rsrcmgr):
        super().__init__(rsrcmgr)
        self.chars: list[tuple[str, tuple[float, float, float, float]]] = []

    def begin_page(self, page, ctm):
        self.chars = []
        self.page_ctm = ctm

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = f"(cid:{cid})"
        adv = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():
            vx, vy = font.char_disp(cid)
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bx0, by0, bx1, by1 = -vx, vy + rise + adv, -vx + fontsize, vy + rise
        else:
            d = font.get_descent() * fontsize
            bx0, by0, bx1, by1 = 0.0, d + rise, adv, d + rise + fontsize
        a, b, c, dd, e, f = matrix
        xs = (a * bx0 + c * by0 + e, a * bx1 + c * by0 + e, a * bx0 + c * by1 + e, a * bx1 + c * by1 + e)
        ys = (b * bx0 + dd * by0 + f, b * bx1 + dd * by0 + f, b * bx0 + dd * by1 + f, b * bx1 + dd * by1 + f)
        self.chars.append((text, (min(xs), min(ys), max(xs), max(ys))))
        return adv

    def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace,
                                 wordspace, rise, dxscale, ncs, graphicstate):
        # As the PDF spec has it: Tc (and Tw after code 32) follow every glyph. pdfminer
        # adds Tc *before* each glyph after the first, which puts every glyph of a TJ that
        # starts with a number, and everything after a Tj, off by Tc.
        x, y = pos
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    x += self.render_char(utils.translate_matrix(matrix, (x, y)), font, fontsize, scaling,
                                          rise, cid, ncs, graphicstate)
                    x += charspace
                    if cid == 32 and wordspace:
                        x += wordspace
        return (x, y)


class _Interpreter(PDFPageInterpreter):
    def do__w(self, aw, ac, s):
        # the `"` operator moves to the next line first (pdfminer forgets to)
        self.do_Tw(aw)
        self.do_Tc(ac)
        self.do_T_a()
        self.do_TJ([s])


def page_chars(path: Path, pages: list[int]) -> dict[int, list[tuple[str, Rect]]]:
    """(text, box in default user space) of every char pdfminer finds on the given
    0-based pages (pdfplumber's `page.chars`, without the layout objects)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    want = set(pages)
    out: dict[int, list[tuple[str, Rect]]] = {}
    with open(path, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        rm = PDFResourceManager(caching=True)
        dev = _CharDevice(rm)
        interp = _Interpreter(rm, dev)
        for i, page in enumerate(PDFPage.create_pages(doc)):
            if i > max(want):
                break
            if i not in want:
                continue
            interp.process_page(page)
            inv = invert(dev.page_ctm)
            chars = []
            for t, (x0, y0, x1, y1) in dev.chars:
                q = quad(inv, x0, y0, x1, y1)
                xs = [p[0] for p in q]
                ys = [p[1] for p in q]
                chars.append((t, Rect(min(xs), min(ys), max(xs), max(ys))))
            out[i] = chars
    return out


def plumber_chars(path: Path, pages: list[int]) -> dict[int, list[tuple[str, Rect]]]:
    """The same through pdfplumber's public API (slower; tests compare the two)."""
    import pdfplumber
    from pdfminer.layout import LTChar, LTContainer

    out: dict[int, list[tuple[str, Rect]]] = {}
    with pdfplumber.open(path, pages=[p + 1 for p in pages]) as pdf:
        for page in pdf.pages:
            mb = page.page_obj.mediabox
            rot = int(page.rotation)
            chars: list[tuple[str, Rect]] = []

            def walk(container):
                for o in container:
                    if isinstance(o, LTChar):
                        chars.append((o.get_text(), device_box_to_user(o.bbox, mb, rot)))
                    elif isinstance(o, LTContainer):
                        walk(o)

            walk(page.layout)
            out[page.page_number - 1] = chars
            page.close()
    return out


def _key(x: float, y: float) -> tuple[int, int]:
    return (int(x // _GRID), int(y // _GRID))


class _Index:
    """Multiset of (text, box) looked up by text and lower-left corner within TOL."""

    def __init__(self, items):
        self.b = defaultdict(list)
        for i, (t, r) in enumerate(items):
            self.b[(t,) + _key(r.x0, r.y0)].append(i)
        self.items = items
        self.used = [False] * len(items)

    def take(self, t: str, r: Rect) -> int | None:
        kx, ky = _key(r.x0, r.y0)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for i in self.b.get((t, kx + dx, ky + dy), ()):
                    if self.used[i]:
                        continue
                    o = self.items[i][1]
                    if abs(o.x0 - r.x0) <= TOL and abs(o.y0 - r.y0) <= TOL:
                        self.used[i] = True
                        return i
        return None


def _boxes(rects) -> np.ndarray:
    return np.array([(r.x0, r.y0, r.x1, r.y1) for r in rects], dtype=float).reshape(-1, 4)


def _centre_in(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    cx = ((b[:, 0] + b[:, 2]) / 2)[:, None]
    cy = ((b[:, 1] + b[:, 3]) / 2)[:, None]
    return ((a[:, 0] <= cx) & (cx <= a[:, 2]) & (a[:, 1] <= cy) & (cy <= a[:, 3])).any(axis=1)


def _covered(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """At least half of the box under one area (what a reader would call 'under the box')."""
    area = np.maximum((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]), 1e-6)[:, None]
    w = np.minimum(b[:, 2:3], a[:, 2]) - np.maximum(b[:, 0:1], a[:, 0])
    h = np.minimum(b[:, 3:4], a[:, 3]) - np.maximum(b[:, 1:2], a[:, 1])
    return ((w > 0) & (h > 0) & (w * h / area >= 0.5)).any(axis=1)


def _may_meet(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Could the writer have removed this char? Its shrunken box, grown by a margin for
    rounding, meets an area."""
    dx = ((b[:, 2] - b[:, 0]) * H_SHRINK - _MARGIN)[:, None]
    dy = ((b[:, 3] - b[:, 1]) * V_SHRINK - _MARGIN)[:, None]
    return ((b[:, 0:1] + dx < a[:, 2]) & (a[:, 0] < b[:, 2:3] - dx)
            & (b[:, 1:2] + dy < a[:, 3]) & (a[:, 1] < b[:, 3:4] - dy)).any(axis=1)


def check_page(orig: list, new: list, areas: list[Rect], labels: list[LabelGlyph]) -> list[str]:
    problems: list[str] = []
    a = _boxes(areas)
    lab = _Index([(g.text, g.box) for g in labels])
    rest = [(t, r) for t, r in new if lab.take(t, r) is None]
    if rest:
        b = _boxes([r for _, r in rest])
        inside = _centre_in(b, a) | (_covered(b, a) & np.array([bool(t.strip()) for t, _ in rest]))
    else:
        inside = np.zeros(0, dtype=bool)
    before = _Index(orig)
    for (t, r), bad in zip(rest, inside):
        if bad:
            problems.append(f"text {t!r} at ({r.x0:.2f}, {r.y0:.2f}) remains inside a redaction area")
        elif before.take(t, r) is None:
            problems.append(f"text {t!r} at ({r.x0:.2f}, {r.y0:.2f}) is not where it was in the original")
    lost = [i for i, u in enumerate(before.used) if not u]
    if lost:
        meets = _may_meet(_boxes([orig[i][1] for i in lost]), a)
        for i, m in zip(lost, meets):
            if not m:
                t, r = orig[i]
                problems.append(f"text {t!r} at ({r.x0:.2f}, {r.y0:.2f}) outside every area was lost")
    if not all(lab.used):
        problems.append("a drawn label is missing from the output text")
    return problems


def check_file(out: Path, *, metadata_removed: bool) -> list[str]:
    import pikepdf

    problems = []
    data = out.read_bytes()
    if data.count(b"%%EOF") != 1:
        problems.append("the output has more than one revision")
    with pikepdf.open(out) as pdf:
        if metadata_removed and ("/Info" in pdf.trailer or "/Metadata" in pdf.Root):
            problems.append("document metadata is still present")
    return problems


def self_check(src: Path, out: Path, areas: dict[int, list[Rect]], labels: dict[int, list[LabelGlyph]],
               *, metadata_removed: bool = True) -> None:
    """Raise SelfCheckError (listing the first problems) if `out` fails the check."""
    pages = sorted(areas)
    problems = check_file(out, metadata_removed=metadata_removed)
    # issue 7: PDFium first on every page with areas (selfcheck_pdfium: the same checks,
    # ~20x faster); pdfminer, the reference, on the pages PDFium finds a problem with or
    # cannot vouch for, and its verdict counts there. REDACTOR_SELFCHECK=pdfminer checks
    # every page with pdfminer only, =both with both (a page fails if either fails it).
    engine = os.environ.get("REDACTOR_SELFCHECK", "auto")
    redo = pages
    if pages and engine in ("auto", "pdfium", "both"):
        from .selfcheck_pdfium import check as fast_check
        fast, doubtful = fast_check(src, out, areas, labels, skip_doubtful=engine != "pdfium")
        if engine == "auto":
            redo = sorted(set(fast) | set(doubtful))
        else:
            for p in sorted(fast):
                problems += [f"page {p + 1}: {msg}" for msg in fast[p]]
            if engine == "pdfium":
                redo = []
    STATS["pages"] += len(pages)
    STATS["pdfminer_pages"] += len(redo)
    for i in range(0, len(redo), 25):       # issue 7: in chunks, to bound memory on long documents
        chunk = redo[i:i + 25]
        a = page_chars(src, chunk)
        b = page_chars(out, chunk)
        for p in chunk:
            for msg in check_page(a.get(p, []), b.get(p, []), areas[p], labels.get(p, [])):
                problems.append(f"page {p + 1}: {msg}")
        del a, b
    if problems:
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        raise SelfCheckError("self-check failed: " + "; ".join(problems[:5]) + more)
