"""Which pages' fonts PDFium does not place exactly as the PDF says (the self-check's fast
path, `selfcheck_pdfium`, needs to know: it either allows for the difference or leaves
the page to pdfminer)."""
from __future__ import annotations

from pathlib import Path


FRACTIONS = "widths with fractions"     # the end of the two doubts PDFium can allow for


def _fraction(v) -> bool:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return True
    return f != round(f)


def font_doubts(path: Path, pages: list[int]) -> dict[int, str]:
    """Pages whose fonts PDFium does not place exactly as the PDF says: widths with
    fractions (PDFium keeps /Widths and /W as whole numbers, so a glyph after a removed
    run lands up to ~0.5 pt off), Type3 fonts, vertical writing."""
    import pikepdf

    doubts: dict[int, str] = {}
    try:
        pdf = pikepdf.open(path)
    except Exception:  # noqa: BLE001 - the pdfminer check will say what is wrong
        return {p: "cannot inspect fonts" for p in pages}
    try:
        verdict: dict = {}

        def font_doubt(font) -> str:
            key = font.objgen if font.is_indirect else id(font)
            if key in verdict:
                return verdict[key]
            why = ""
            sub = font.get("/Subtype")
            if sub == "/Type3":
                why = "Type3 font"
            elif sub == "/Type0":
                enc = font.get("/Encoding")
                if isinstance(enc, pikepdf.Name) and str(enc).endswith("-V"):
                    why = "vertical writing"
                for d in font.get("/DescendantFonts", []) or []:
                    if not isinstance(d, pikepdf.Dictionary):
                        continue
                    if "/DW" in d and _fraction(d.DW):
                        why = why or "CID widths with fractions"
                    for item in d.get("/W", []) or []:
                        vals = item if isinstance(item, pikepdf.Array) else [item]
                        if any(_fraction(v) for v in vals):
                            why = why or "CID widths with fractions"
                            break
            else:
                w = font.get("/Widths")
                if isinstance(w, pikepdf.Array) and any(_fraction(v) for v in w):
                    why = "font widths with fractions"
            verdict[key] = why
            return why

        def walk(res, depth, seen) -> str:
            # a doubt that only fractional widths raise (checked by PDFium within a bound)
            # must not hide one that sends the page to pdfminer (a Type3 font next to it)
            if not isinstance(res, pikepdf.Dictionary) or depth > 12:
                return ""
            found = ""
            fonts = res.get("/Font")
            if isinstance(fonts, pikepdf.Dictionary):
                for _, f in fonts.items():
                    if isinstance(f, pikepdf.Dictionary):
                        why = font_doubt(f)
                        if why and not why.endswith(FRACTIONS):
                            return why
                        found = found or why
            xo = res.get("/XObject")
            if isinstance(xo, pikepdf.Dictionary):
                for _, x in xo.items():
                    if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form":
                        k = x.objgen
                        if k in seen:
                            continue
                        seen.add(k)
                        why = walk(x.get("/Resources"), depth + 1, seen)
                        if why and not why.endswith(FRACTIONS):
                            return why
                        found = found or why
            return found

        for p in pages:
            try:
                why = walk(pdf.pages[p].obj.get("/Resources"), 0, set())
            except Exception:  # noqa: BLE001
                why = "cannot inspect fonts"
            if why:
                doubts[p] = why
    finally:
        pdf.close()
    return doubts
