"""Two places where pdfminer.six (the engine under pdfplumber and the self-check) places
glyphs of the standard 14 fonts differently from every viewer, PDFium (the extract stage)
and the writer, corrected in pdfminer itself so that all of them agree:

  * its metrics for the standard 14 fonts (the Adobe Core14 AFMs) have no Euro glyph,
    so a WinAnsi code 128 (€) in Helvetica/Times/Courier without /Widths gets width 0,
    and every glyph after it on the line sits 0.5-0.6 em too far left;
  * for a font whose /BaseFont is one of the standard 14 names (or an alias such as
    Arial or TimesNewRoman) it takes those AFM widths even when the font dictionary has
    /Widths, which viewers use (Word writes /Arial and /Symbol TrueType fonts with
    /Widths that differ from the AFM, e.g. for €, bullets and symbol glyphs).

Disagreement here made the self-check reject correct outputs (the writer removes the
glyphs PDFium's boxes point at; pdfminer saw them elsewhere), and, with pdfplumber as the
extractor, areas land beside the text a reader sees.

`apply()` is idempotent and is called when `redactor.write` is imported (so before any
self-check). It changes pdfminer for the whole process: pdfplumber reports the corrected
positions too.
"""
from __future__ import annotations

_applied = False

# Euro advance (1/1000 em) in the standard fonts, as the current Adobe/URW metrics and
# PDFium give it (reportlab's AFM tables agree)
_EURO = {"Courier": 600, "Helvetica": 556, "Times-Roman": 500, "Times-Bold": 500, "Times-Italic": 500,
         "Times-BoldItalic": 500}


def _euro_width(name: str) -> int | None:
    try:
        from reportlab.pdfbase import _fontdata
        w = _fontdata.widthsByFontGlyph.get(name, {}).get("Euro")
        if w:
            return int(w)
    except Exception:                     # noqa: BLE001 - reportlab is optional here
        pass
    if name.startswith("Courier"):
        return _EURO["Courier"]
    if name.startswith("Helvetica"):
        return _EURO["Helvetica"]
    return _EURO.get(name)


def apply() -> None:
    global _applied
    if _applied:
        return
    from pdfminer import pdffont
    from pdfminer.fontmetrics import FONT_METRICS
    from pdfminer.pdftypes import list_value, resolve1
    from pdfminer.psparser import literal_name

    for name, (_desc, widths) in FONT_METRICS.items():
        if name in ("Symbol", "ZapfDingbats") or "\u20ac" in widths:
            continue
        w = _euro_width(name)
        if w is not None:
            widths["\u20ac"] = w          # the alias entries share these dicts

    original_init = pdffont.PDFType1Font.__init__

    def __init__(self, rsrcmgr, spec):
        original_init(self, rsrcmgr, spec)
        try:
            base = literal_name(spec.get("BaseFont"))
        except Exception:                 # noqa: BLE001
            return
        if base not in FONT_METRICS or "Widths" not in spec:
            return
        try:
            first = int(resolve1(spec.get("FirstChar", 0)))
            given = list_value(resolve1(spec["Widths"]))
        except Exception:                 # noqa: BLE001 - unreadable: keep pdfminer's own
            return
        widths = dict(self.widths)        # never the shared AFM table itself
        for i, v in enumerate(given):
            v = resolve1(v)
            if isinstance(v, (int, float)):
                widths[first + i] = v     # looked up by code before the AFM's by char
        self.widths = widths

    __init__.__doc__ = "pdfminer's PDFType1Font.__init__, then the font's own /Widths (redactor.write.pdfminer_fixes)"
    pdffont.PDFType1Font.__init__ = __init__
    _applied = True
