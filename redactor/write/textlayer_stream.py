"""Content stream of the OCR text layer: where each kept word goes and how it is drawn."""
from __future__ import annotations

from redactor.models import Word

from .textlayer_font import _Encoding

FONT_NAME = "/RedactorOCR"

_FRAMES = {   # direction → (along unit vector, up unit vector)
    0: ((1.0, 0.0), (0.0, 1.0)),
    90: ((0.0, 1.0), (-1.0, 0.0)),
    180: ((-1.0, 0.0), (0.0, -1.0)),
    270: ((0.0, -1.0), (1.0, 0.0)),
}


def _box_frame(w: Word) -> tuple[float, float, float, float]:
    """(start along, end along, bottom across, top across) of a word box in its reading frame,
    where along grows in reading direction and across grows towards the top of the glyphs."""
    b = w.box
    d = w.direction
    if d == 90:
        return b.y0, b.y1, -b.x1, -b.x0
    if d == 180:
        return -b.x1, -b.x0, -b.y1, -b.y0
    if d == 270:
        return -b.y1, -b.y0, b.x0, b.x1
    return b.x0, b.x1, b.y0, b.y1


def _to_user(d: int, along: float, across: float) -> tuple[float, float]:
    if d == 90:
        return -across, along
    if d == 180:
        return -along, -across
    if d == 270:
        return across, -along
    return along, across


def line_placements(words: list[Word]) -> list[tuple[tuple[float, ...], float, float]]:
    """Text matrix, font size and length for each word of one line.

    The words share one font size (the line's text height) and sit on the line's baseline,
    fitted through the bottoms of the words without descenders, so that text extraction
    sees one line of one size, as it would for born-digital text.
    """
    d = words[0].direction
    frames = [_box_frame(w) for w in words]
    heights = sorted(f[3] - f[2] for f in frames)
    size = heights[len(heights) // 2] if len(heights) < 3 else heights[-(len(heights) // 4) - 1]
    size = max(size, 0.5)
    # baseline: least squares through the bottoms, then again without descender words
    pts = [((f[0] + f[1]) / 2, f[2]) for f in frames]

    def fit(ps):
        if len(ps) < 3:
            y = max(p[1] for p in ps)
            return 0.0, y
        n = len(ps)
        mx = sum(p[0] for p in ps) / n
        my = sum(p[1] for p in ps) / n
        sxx = sum((p[0] - mx) ** 2 for p in ps)
        k = sum((p[0] - mx) * (p[1] - my) for p in ps) / sxx if sxx > 1e-9 else 0.0
        k = max(-0.05, min(0.05, k))          # a scan is never skewed more than ~3°
        return k, my - k * mx

    k, c = fit(pts)
    upper = [p for p in pts if p[1] >= k * p[0] + c - 0.08 * size] or pts
    k, c = fit(upper)
    u, v = _FRAMES.get(d, _FRAMES[0])
    out = []
    for f in frames:
        base = k * f[0] + c
        # never put the baseline outside the word's own box
        base = min(max(base, f[2]), f[3])
        ox, oy = _to_user(d, f[0], base)
        out.append(((u[0], u[1], v[0], v[1], ox, oy), size, f[1] - f[0]))
    return out



def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def layer_stream(words: list[Word], enc: _Encoding, font: str = FONT_NAME) -> tuple[bytes, list[Word], int]:
    """Content for the invisible text of `words`, the words actually written and the number
    of characters drawn."""
    parts = ["BT", "3 Tr"]
    written = []
    nchars = 0
    cur_size = None
    lines: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        if w.text.strip():
            lines.setdefault((w.line, w.direction), []).append(w)
    for key in sorted(lines, key=lambda k: min(w.start for w in lines[k])):
        lw = sorted(lines[key], key=lambda w: w.start)
        for w, (m, size, length) in zip(lw, line_placements(lw)):
            if size <= 0.2 or length <= 0.2:
                continue
            codes, natural = enc.encode(w.text)
            if natural <= 0:
                continue
            tz = 100.0 * length / (natural * size)
            if cur_size != size:
                parts.append(f"{font} {_num(size)} Tf")
                cur_size = size
            parts.append(f"{_num(tz)} Tz")
            parts.append(" ".join(_num(v) for v in m) + " Tm")
            parts.append(f"<{codes.hex()}> Tj")
            written.append(w)
            nchars += sum(1 for b in codes if b != 0x20)
    parts.append("ET")
    return ("\n".join(parts) + "\n").encode("ascii"), written, nchars
