"""A stand-in for `redactor.write.redact_pdf`, used by these tests ONLY while the real writer
(branch `writer`) is not on this branch. It keeps the writer's contract — text under an area
is gone from the output, everything else stays extractable, each area is drawn as a black
filled box with its ground in white inside — by rebuilding each page: the rendered page with
the areas painted black, an invisible text layer of the characters outside the areas, and
the boxes on top. It is not a redactor: do not use it outside tests.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from redactor.models import RedactionArea, Rect, WriteResult

SCALE = 2.0


def redact_pdf(src: Path, dst: Path, areas: list[RedactionArea]) -> WriteResult:
    import pdfplumber
    import pypdfium2 as pdfium
    from PIL import ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    by_page: dict[int, list[tuple[Rect, str]]] = defaultdict(list)
    for a in areas:
        for r in a.rects:
            by_page[a.page].append((r.normalized(), a.ground))
    removed = 0
    doc = pdfium.PdfDocument(str(src))
    c = canvas.Canvas(str(dst), pageCompression=1)
    c.setAuthor("")
    with pdfplumber.open(str(src)) as plumber:
        for i, ppage in enumerate(plumber.pages):
            w, h = float(ppage.width), float(ppage.height)
            c.setPageSize((w, h))
            img = doc[i].render(scale=SCALE).to_pil().convert("RGB")
            draw = ImageDraw.Draw(img)
            for r, _ in by_page[i]:
                draw.rectangle([r.x0 * SCALE, (h - r.y1) * SCALE, r.x1 * SCALE, (h - r.y0) * SCALE], fill=(0, 0, 0))
            c.drawImage(ImageReader(img), 0, 0, w, h)
            t = c.beginText()
            t.setTextRenderMode(3)
            for ch in ppage.chars:
                box = Rect(ch["x0"], h - ch["bottom"], ch["x1"], h - ch["top"])
                mid = Rect(box.x0 + 0.2 * box.width, box.y0 + 0.3 * box.height,
                           box.x1 - 0.2 * box.width, box.y1 - 0.3 * box.height)
                if any(mid.intersects(r) for r, _ in by_page[i]):
                    removed += 1
                    continue
                size = max(1.0, float(ch.get("size") or (ch["bottom"] - ch["top"])))
                m = ch.get("matrix") or (1, 0, 0, 1, ch["x0"], h - ch["bottom"])
                t.setFont("Helvetica", size)
                t.setTextOrigin(float(m[4]), float(m[5]))
                t.textOut(ch["text"])
            c.drawText(t)
            for r, ground in by_page[i]:
                c.setFillColorRGB(0, 0, 0)
                c.rect(r.x0, r.y0, r.width, r.height, fill=1, stroke=0)
                size = max(3.0, min(7.0, r.height * 0.7))
                c.setFillColorRGB(1, 1, 1)
                c.setFont("Helvetica", size)
                c.drawString(r.x0 + 0.5, r.y0 + (r.height - size) / 2 + 0.15 * size, ground)
            c.showPage()
    c.save()
    doc.close()
    return WriteResult(output=Path(dst), pages=len(plumber.pages), areas=len(areas), glyphs_removed=removed,
                       images_changed=0, warnings=["stand-in writer (tests only)"])
