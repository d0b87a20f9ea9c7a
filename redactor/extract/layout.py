"""Backend-neutral page text: words grouped into lines, joined into `Document.text`.

Both extraction backends (pdfium, pdfplumber) produce `RawWord`s in user space and in
content-stream order; this module decides where lines break, where a wide gap is a table
cell boundary ("\t"), and assigns every word its offsets in the document text.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

from redactor.models import Rect, Word


@dataclass(slots=True)
class RawWord:
    text: str
    box: Rect                      # user space
    size: float                    # font size (points)
    char_edges: tuple[float, ...]  # len(text)+1 offsets along the reading direction
    direction: int = 0             # 0, 90, 180, 270
    new_line: bool = False         # the backend saw a line break before this word


def _along(w: RawWord) -> tuple[float, float, float]:
    """(start, end, cross-axis centre) of a word along its reading direction."""
    b = w.box
    if w.direction == 0:
        return b.x0, b.x1, (b.y0 + b.y1) / 2
    if w.direction == 180:
        return -b.x1, -b.x0, -(b.y0 + b.y1) / 2
    if w.direction == 90:
        return b.y0, b.y1, -(b.x0 + b.x1) / 2
    return -b.y1, -b.y0, (b.x0 + b.x1) / 2


def _size(w: RawWord) -> float:
    """The font size to measure gaps by. Some producers write text at size 1 in a scaled text
    matrix, and PDFium then reports 1.0: every space between words looked like a table cell
    boundary ("Nynke<TAB>Kuipers"). An implausibly small size is taken from the box height."""
    b = w.box
    across = (b.y1 - b.y0) if w.direction in (0, 180) else (b.x1 - b.x0)
    return w.size if w.size >= 0.4 * across else 0.75 * across


def _join(a: RawWord, b: RawWord) -> RawWord:
    """`a` and `b` side by side on one baseline (upright text) as one word."""
    x0, x1 = min(a.box.x0, b.box.x0), max(a.box.x1, b.box.x1)
    edges: tuple[float, ...] = ()
    if a.char_edges and b.char_edges:
        edges = tuple(a.char_edges[:-1]) + tuple(b.box.x0 - x0 + e for e in b.char_edges[:-1]) + (x1 - x0,)
    return RawWord(text=a.text + b.text, box=Rect(x0, min(a.box.y0, b.box.y0), x1, max(a.box.y1, b.box.y1)),
                   size=a.size, char_edges=edges, direction=0, new_line=a.new_line)


def splice_late_glyphs(words: list[RawWord]) -> list[RawWord]:
    """Put a glyph drawn after the rest of its line back into its word. A producer draws a
    character its font lacks ("ặ" in "Đặng") from a fallback font in a run of its own at the
    end of the line; the word came out as "Đ ng" with "ặ" on a line of its own. A short word
    (upright, up to 3 characters) that goes back along the same baseline and touches the end
    of an earlier word (and the start of the word after that) joins them."""
    out: list[RawWord] = []
    for w in words:
        if out and w.direction == 0 and len(w.text) <= 3 and out[-1].direction == 0:
            p = out[-1]
            h = max(1.0, min(_size(p), _size(w)))
            c = (w.box.y0 + w.box.y1) / 2
            if abs(c - (p.box.y0 + p.box.y1) / 2) < 0.5 * h and w.box.x0 < p.box.x1 - 0.5 * h:
                tol = 0.15 * h
                for k in range(len(out) - 1, max(-1, len(out) - 60), -1):
                    a = out[k]
                    if a.direction != 0 or abs((a.box.y0 + a.box.y1) / 2 - c) >= 0.5 * h:
                        break
                    if abs(a.box.x1 - w.box.x0) <= tol:
                        joined = _join(a, w)
                        nxt = out[k + 1] if k + 1 < len(out) else None
                        if nxt is not None and nxt.direction == 0 and abs(nxt.box.x0 - w.box.x1) <= tol \
                                and abs((nxt.box.y0 + nxt.box.y1) / 2 - c) < 0.5 * h:
                            joined = _join(joined, nxt)
                            del out[k + 1]
                        out[k] = joined
                        w = None
                        break
                    if abs(w.box.x1 - a.box.x0) <= tol:
                        prev = out[k - 1] if k > 0 else None
                        if prev is not None and prev.direction == 0 and abs(prev.box.x1 - w.box.x0) <= tol \
                                and abs((prev.box.y0 + prev.box.y1) / 2 - c) < 0.5 * h:
                            out[k - 1] = _join(_join(prev, w), a)      # "Đ" + "ặ" + "ng"
                            del out[k]
                        else:
                            joined = _join(w, a)
                            joined.new_line = a.new_line
                            out[k] = joined
                        w = None
                        break
        if w is not None:
            out.append(w)
    return out


def split_lines(words: list[RawWord]) -> list[list[RawWord]]:
    lines: list[list[RawWord]] = []
    prev = None
    for w in splice_late_glyphs(words):
        if prev is None:
            lines.append([w])
            prev = w
            continue
        ps, pe, pc = _along(prev)
        s, e, c = _along(w)
        h = max(1.0, min(_size(prev), _size(w)))
        same = (not w.new_line and w.direction == prev.direction
                and abs(c - pc) < 0.5 * h and s >= pe - 0.5 * h)
        if same:
            lines[-1].append(w)
        else:
            lines.append([w])
        prev = w
    return lines


def assemble(page_index: int, raw: list[RawWord], parts: list[str], offset: int,
             line_base: int) -> tuple[list[Word], int, int]:
    """Append the page's words to `parts`; return (words, new offset, new line base)."""
    words: list[Word] = []
    lines = split_lines(raw)
    for li, line in enumerate(lines):
        if li or offset:
            parts.append("\n")
            offset += 1
        prev = None
        for w in line:
            if prev is not None:
                gap = _along(w)[0] - _along(prev)[1]
                sep = "\t" if gap > 1.5 * max(1.0, _size(w)) else " "
                parts.append(sep)
                offset += 1
            # issue 7: equal texts shared (character edges are shared by the readers), as
            # the document cache does when it reads words back
            words.append(Word(text=sys.intern(w.text), page=page_index, box=w.box, start=offset,
                              end=offset + len(w.text), line=line_base + li,
                              char_edges=w.char_edges, direction=w.direction))
            parts.append(w.text)
            offset += len(w.text)
            prev = w
    return words, offset, line_base + len(lines)
