"""Fonts as the writer needs them: split a shown string into character codes and give each
code the advance a viewer uses (the PDF's /Widths, /W, AFM metrics for the standard 14
fonts without /Widths, Type3 widths through the FontMatrix) and a box height.

Glyph boxes follow pdfminer's convention (baseline + descent .. + 1 font size), because the
areas come from pdfplumber char boxes and the self-check re-extracts with pdfplumber.
"""
from __future__ import annotations

import io
import logging

import pikepdf

from ..errors import UnsupportedPdfError
from . import pdfminer_fixes

log = logging.getLogger(__name__)
pdfminer_fixes.apply()

_STD14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def _name(v) -> str:
    return str(v)[1:] if isinstance(v, pikepdf.Name) else ""


def _num(v, default=0.0) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


class Font:
    """One font dictionary. `codes(data)` -> list of (start, end, code); `width(code)` ->
    advance in text space per unit font size; `descent` likewise (negative)."""

    def __init__(self, fontdict: pikepdf.Dictionary):
        self.obj = fontdict
        self.subtype = _name(fontdict.get("/Subtype"))
        self.basefont = _name(fontdict.get("/BaseFont"))
        self.simple = self.subtype != "Type0"
        self.vertical = False
        self.type3 = self.subtype == "Type3"
        self.widths: list[float] | dict[int, float] = []
        self.default_width = 0.0
        self.descent = 0.0
        self._cmap = None            # nested code->cid dict for predefined multi-byte CMaps
        self._unicode = None
        self.identity = False
        if self.simple:
            self._init_simple(fontdict)
        else:
            self._init_type0(fontdict)

    # ------------------------------------------------------------------ simple fonts
    def _init_simple(self, fd):
        desc = fd.get("/FontDescriptor")
        scale = 0.001
        if self.type3:
            fm = fd.get("/FontMatrix")
            m = [_num(v) for v in fm] if isinstance(fm, pikepdf.Array) and len(fm) == 6 else [0.001, 0, 0, 0.001, 0, 0]
            # pdfminer scales widths and the descent by the FontMatrix "norm" of (1, 1)
            scale = m[0] + m[2]
            vscale = m[1] + m[3]
            bbox = fd.get("/FontBBox")
            if isinstance(desc, pikepdf.Dictionary) and "/FontBBox" in desc:
                bbox = desc.FontBBox
            self.descent = (_num(bbox[1]) if isinstance(bbox, pikepdf.Array) and len(bbox) == 4 else 0.0) * vscale
        # a standard 14 font, or one of the aliases pdfminer knows (Arial, TimesNewRoman,
        # CourierNew and their styles): pdfminer takes descent, MissingWidth and the widths
        # of codes without /Widths from the AFM (see pdfminer_fixes for /Widths)
        std = self._afm_font() if not self.type3 else None
        if isinstance(desc, pikepdf.Dictionary) and not self.type3:
            d = _num(desc.get("/Descent", 0))
            self.descent = -abs(d) * 0.001
            self.default_width = _num(desc.get("/MissingWidth", 0)) * scale
        if std:
            from pdfminer.fontmetrics import FONT_METRICS
            self.descent = -abs(_num(FONT_METRICS[self.basefont][0].get("Descent", 0))) * 0.001
            self.default_width = 0.0
        w = self._afm_widths(std) if std else [self.default_width] * 256
        widths = fd.get("/Widths")
        if isinstance(widths, pikepdf.Array):
            first = int(_num(fd.get("/FirstChar", 0)))
            for i, v in enumerate(widths):
                if 0 <= first + i < 256:
                    w[first + i] = _num(v) * scale
        elif not std:
            raise UnsupportedPdfError(f"font {self.basefont or self.subtype} has no /Widths")
        self.widths = w

    def _afm_font(self) -> str | None:
        """The standard 14 font whose metrics pdfminer uses for this /BaseFont, or None."""
        from pdfminer.fontmetrics import FONT_METRICS
        if self.basefont in _STD14:
            return self.basefont
        m = FONT_METRICS.get(self.basefont)
        if m is None:
            return None
        return next((n for n in sorted(_STD14) if FONT_METRICS[n] is m), None)

    def _afm_widths(self, std: str) -> list[float]:
        """Standard 14 font: the AFM advance of each code's glyph name (reportlab's tables,
        then pdfminer's, which have a few more Latin glyphs; the Euro added by
        pdfminer_fixes)."""
        from pdfminer.encodingdb import name2unicode
        from pdfminer.fontmetrics import FONT_METRICS
        from reportlab.pdfbase import _fontdata
        table = _fontdata.widthsByFontGlyph[std]
        by_char = FONT_METRICS[std][1]
        symbolic = {"Symbol": "SymbolEncoding", "ZapfDingbats": "ZapfDingbatsEncoding"}.get(std)
        base = symbolic or ("WinAnsiEncoding" if self.subtype == "TrueType" else "StandardEncoding")
        out = []
        for n in self._encoding_names(base):
            v = table.get(n) if n else None
            if v is None and n and not symbolic:
                try:
                    v = by_char.get(name2unicode(n))
                except Exception:         # noqa: BLE001 - not a glyph name pdfminer knows
                    v = None
            out.append((v or 0) * 0.001)
        return out

    def _encoding_names(self, default_base: str) -> list[str | None]:
        from reportlab.pdfbase import _fontdata
        enc = self.obj.get("/Encoding")
        base = default_base
        diffs = None
        if isinstance(enc, pikepdf.Name):
            base = _name(enc)
        elif isinstance(enc, pikepdf.Dictionary):
            base = _name(enc.get("/BaseEncoding")) or default_base
            diffs = enc.get("/Differences")
        names = list(_fontdata.encodings.get(base, _fontdata.encodings["StandardEncoding"]))
        names = (names + [None] * 256)[:256]
        if isinstance(diffs, pikepdf.Array):
            code = 0
            for item in diffs:
                if isinstance(item, pikepdf.Name):
                    if 0 <= code < 256:
                        names[code] = _name(item)
                    code += 1
                else:
                    code = int(_num(item))
        return names

    # ------------------------------------------------------------------ composite fonts
    def _init_type0(self, fd):
        enc = fd.get("/Encoding")
        if isinstance(enc, pikepdf.Name):
            cmap_name = _name(enc)
        elif isinstance(enc, pikepdf.Stream):
            cmap_name = _name(enc.get("/CMapName"))
            if int(_num(enc.get("/WMode", 0))) == 1:
                self.vertical = True
        else:
            raise UnsupportedPdfError("Type0 font without /Encoding")
        if cmap_name in ("Identity-H", "Identity-V"):
            self.identity = True
            self.vertical = self.vertical or cmap_name.endswith("-V")
        elif isinstance(enc, pikepdf.Stream):
            raise UnsupportedPdfError(f"embedded CMap {cmap_name or '(unnamed)'}")
        else:
            from pdfminer.cmapdb import CMapDB
            try:
                cm = CMapDB.get_cmap(cmap_name)
            except Exception:
                raise UnsupportedPdfError(f"unknown CMap {cmap_name}") from None
            self._cmap = getattr(cm, "code2cid", None)
            if self._cmap is None:
                raise UnsupportedPdfError(f"CMap {cmap_name} cannot be split into codes")
            self.vertical = self.vertical or cm.is_vertical()
        if self.vertical:
            raise UnsupportedPdfError("vertical writing (WMode 1)")
        kids = fd.get("/DescendantFonts")
        if not isinstance(kids, pikepdf.Array) or len(kids) < 1:
            raise UnsupportedPdfError("Type0 font without descendant")
        cid = kids[0]
        self.default_width = _num(cid.get("/DW", 1000)) * 0.001
        desc = cid.get("/FontDescriptor")
        if isinstance(desc, pikepdf.Dictionary):
            self.descent = -abs(_num(desc.get("/Descent", 0))) * 0.001
        w: dict[int, float] = {}
        arr = cid.get("/W")
        if isinstance(arr, pikepdf.Array):
            items = list(arr)
            i = 0
            while i < len(items):
                first = items[i]
                nxt = items[i + 1] if i + 1 < len(items) else None
                if isinstance(nxt, pikepdf.Array):
                    c = int(_num(first))
                    for k, v in enumerate(nxt):
                        w[c + k] = _num(v) * 0.001
                    i += 2
                elif i + 2 < len(items):
                    c0, c1, v = int(_num(first)), int(_num(nxt)), _num(items[i + 2]) * 0.001
                    if c1 - c0 > 70000:
                        raise UnsupportedPdfError("implausible /W range")
                    for c in range(c0, c1 + 1):
                        w[c] = v
                    i += 3
                else:
                    break
        self.widths = w

    # ------------------------------------------------------------------ splitting
    def codes(self, data: bytes) -> list[tuple[int, int, int]]:
        """(start, end, code) for each character code in a shown string. For composite
        fonts `code` is the CID (what /W is indexed by)."""
        if self.simple:
            return [(i, i + 1, b) for i, b in enumerate(data)]
        if self.identity:
            # an odd trailing byte is not a whole code: viewers and pdfminer ignore it
            return [(i, i + 2, (data[i] << 8) | data[i + 1]) for i in range(0, len(data) - 1, 2)]
        out = []
        i, n = 0, len(data)
        while i < n:
            node = self._cmap
            j = i
            cid = None
            while j < n and isinstance(node, dict):
                node = node.get(data[j])
                j += 1
                if isinstance(node, int):
                    cid = node
                    break
            if cid is None:          # not a valid code: pdfminer skips the byte
                i += 1
                continue
            out.append((i, j, cid))
            i = j
        return out

    def width(self, code: int) -> float:
        if self.simple:
            return self.widths[code]
        return self.widths.get(code, self.default_width)

    def is_space(self, start: int, end: int, code: int) -> bool:
        """Word spacing applies to the single-byte code 32 only."""
        return end - start == 1 and code == 32

    # ------------------------------------------------------------------ text
    def to_unicode(self, data: bytes) -> str:
        """Best-effort text of a string (for cleaning outlines and structure text).
        Codes that cannot be decoded give U+FFFD."""
        if self._unicode is None:
            self._unicode = self._build_unicode()
        m = self._unicode
        return "".join(m.get(c, "\ufffd") for _, _, c in self.codes(data))

    def _build_unicode(self) -> dict[int, str]:
        out: dict[int, str] = {}
        tu = self.obj.get("/ToUnicode")
        if isinstance(tu, pikepdf.Stream):
            try:
                from pdfminer.cmapdb import CMapParser, FileUnicodeMap
                um = FileUnicodeMap()
                CMapParser(um, io.BytesIO(tu.read_bytes())).run()
                for k, v in um.cid2unichr.items():
                    out[k] = v
            except Exception:
                log.debug("unreadable ToUnicode", exc_info=True)
        if self.simple and not self.type3:
            try:
                from pdfminer.encodingdb import name2unicode
                for code, n in enumerate(self._encoding_names(
                        "WinAnsiEncoding" if self.subtype == "TrueType" else "StandardEncoding")):
                    if n and code not in out:
                        try:
                            out[code] = name2unicode(n)
                        except Exception:
                            pass
            except Exception:
                pass
        return out


class FontCache:
    def __init__(self):
        self._fonts: dict = {}

    def get(self, fontdict) -> Font:
        if not isinstance(fontdict, pikepdf.Dictionary):
            raise UnsupportedPdfError("font resource is not a dictionary")
        if not fontdict.is_indirect:      # no stable identity to cache by
            return Font(fontdict)
        key = fontdict.objgen
        f = self._fonts.get(key)
        if f is None:
            f = self._fonts[key] = Font(fontdict)
        return f
