"""Handwritten signatures and paraphs as images: a small image on a text page right above or
over the name of a person who signs (signature block) is a SIGNATURE finding whose area is
the image box. Scanned pages (one image for the whole page) are left to OCR handling."""
from __future__ import annotations

from ...models import Label, PageArea
from ..registry import Analysis, Recognizer, recognizer


@recognizer("signature_images")
class SignatureImages(Recognizer):
    stage = 5

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.max_h = float(config.get("max_height", 200))
        self.max_w_share = float(config.get("max_width_share", 0.7))
        self.below = float(config.get("name_below", 70))     # points between image bottom and the name
        self.above = float(config.get("name_above", 30))

    def analyze(self, a: Analysis):
        out = []
        doc = a.doc
        if doc is None or not getattr(doc, "pages", None):
            return out
        persons = [f for f in a.findings if f.label == Label.PERSON]
        if not persons:
            return out
        for page in doc.pages:
            if page.ocr or page.image_coverage > 0.6 or not page.images or not page.words:
                continue
            for im in page.images:
                b = im.box.normalized()
                if b.height > self.max_h or b.width > self.max_w_share * page.width or b.height < 6 or b.width < 15:
                    continue
                best = None
                for w in page.words:
                    wb = w.box.normalized()
                    if wb.x1 < b.x0 - 40 or wb.x0 > b.x1 + 150:
                        continue
                    if wb.y1 <= b.y0:
                        dist = b.y0 - wb.y1           # the name below the image
                        if dist > self.below:
                            continue
                    elif wb.y0 >= b.y1:
                        dist = (wb.y0 - b.y1) * 2      # a name above counts less
                        if dist > self.above * 2:
                            continue
                    else:
                        dist = 0.0                     # the image is painted over the name
                    p = next((f for f in persons if f.start <= w.start < f.end), None)
                    if p is None:
                        continue
                    if best is None or dist < best[0]:
                        best = (dist, p)
                if best is None:
                    continue
                p = best[1]
                f = a.finding(p.start, p.end, Label.SIGNATURE, self.detector, self.score,
                              "handtekening (afbeelding) bij de naam van de ondertekenaar", person=p.context.get("person", ""),
                              signed_by=p.text)
                f.areas = [PageArea(page.index, b)]
                out.append(f)
        return out
