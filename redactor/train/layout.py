"""Lines of labelled pieces and how they become the text the extract stage would produce.

A document is built as lines of (text, label) pieces so that span offsets follow from the
text as laid out: `Builder` joins the lines (and wraps paragraphs at a width, as a PDF's
line breaks fall), `merge_columns` mixes a two-column header the way PDF extractors do, and
`table` flattens a table row by row.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

Piece = tuple[str, "str | None"]
Span = tuple[int, int, str]


@dataclass
class Line:
    pieces: list[Piece]
    wrap: int = 0                 # wrap width in characters (0: no wrapping)


def pieces_text(pieces: list[Piece]) -> str:
    return "".join(t for t, _ in pieces)


def wrap_positions(text: str, width: int, first_width: int | None = None) -> list[int]:
    """Indices of spaces to turn into line breaks (greedy fill)."""
    out = []
    line_start = 0
    last_space = -1
    w = first_width or width
    for i, c in enumerate(text):
        if c == " ":
            if i - line_start > w and last_space > line_start:
                out.append(last_space)
                line_start = last_space + 1
                w = width
            last_space = i
    if len(text) - line_start > w and last_space > line_start:
        out.append(last_space)
    return out


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.lines: list[Line] = []
        self.inserted: list[str] = []     # text of each labelled piece, in span order (for tests)

    def line(self, *pieces: Piece | str, wrap: int = 0) -> None:
        ps = [(p, None) if isinstance(p, str) else p for p in pieces]
        self.lines.append(Line([p for p in ps if p[0]], wrap))

    def add(self, line: Line) -> None:
        self.lines.append(line)

    def extend(self, lines: list[Line]) -> None:
        self.lines.extend(lines)

    def build(self, blank_prob: float = 0.0) -> tuple[str, list[Span]]:
        out: list[str] = []
        spans: list[Span] = []
        pos = 0
        for k, ln in enumerate(self.lines):
            if k:
                sep = "\n\n" if self.rng.random() < blank_prob else "\n"
                out.append(sep)
                pos += len(sep)
            text = pieces_text(ln.pieces)
            off = 0
            for t, lab in ln.pieces:
                if lab:
                    spans.append((pos + off, pos + off + len(t), lab))
                    self.inserted.append(t)
                off += len(t)
            if ln.wrap:
                chars = list(text)
                first = max(20, ln.wrap - self.rng.randrange(0, 30)) if self.rng.random() < 0.3 else None
                for i in wrap_positions(text, ln.wrap, first):
                    chars[i] = "\n"
                text = "".join(chars)
            out.append(text)
            pos += len(text)
        return "".join(out), spans


def merge_columns(rng: random.Random, left: list[Line], right: list[Line], p_merge: float = 0.5) -> list[Line]:
    """Two columns as a PDF extractor returns them: line by line merged, or one after the other."""
    r = rng.random()
    if r < p_merge:
        out = []
        offset = rng.randrange(0, 3)
        right = [Line([])] * offset + right
        for i in range(max(len(left), len(right))):
            lp = left[i].pieces if i < len(left) else []
            rp = right[i].pieces if i < len(right) else []
            if lp and rp:
                out.append(Line(lp + [(" ", None)] + rp))
            elif lp or rp:
                out.append(Line(lp or rp))
        return out
    if r < p_merge + (1 - p_merge) / 2:
        return right + left
    return left + right


def table(rng: random.Random, header: list[str] | None, rows: list[list[list[Piece]]],
          overflow: float = 0.15) -> list[Line]:
    """Flatten a table row by row; long O-only cells sometimes spill onto the next line."""
    out = []
    if header:
        out.append(Line([(" ".join(header), None)]))
    for row in rows:
        main: list[Piece] = []
        spill: list[Piece] = []
        for ci, cell in enumerate(row):
            if not cell:
                continue
            if main:
                main.append((" ", None))
            txt = pieces_text(cell)
            if (len(cell) == 1 and cell[0][1] is None and " " in txt and len(txt) > 18
                    and rng.random() < overflow):
                words = txt.split(" ")
                k = rng.randrange(1, len(words))
                main.append((" ".join(words[:k]), None))
                if spill:
                    spill.append((" ", None))
                spill.append((" ".join(words[k:]), None))
            else:
                main.extend(cell)
        out.append(Line(main))
        if spill:
            out.append(Line(spill))
    return out
