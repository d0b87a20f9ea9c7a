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


def split_lines(words: list[RawWord]) -> list[list[RawWord]]:
    lines: list[list[RawWord]] = []
    prev = None
    for w in words:
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
