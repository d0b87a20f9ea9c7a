"""OCR quality and signature coverage on a corpus with ground truth (measuring only).

    PYTHONPATH=. python benchmarks/ocr_quality.py [--corpus /work/shared/corpus] [--redacted OUT/publish]

1. Word accuracy of `ocr_document` on the scanned documents (truth.json `scanned: true`)
   against the text they were rendered from (`text/<stem>.txt`): bag-of-words recall and
   precision (reading order does not count: header blocks may come in another order).
2. Signatures (`signatures.json`): does `find_signatures` report an area over each signature
   image (share of the image box covered; scanned boxes are approximate, so the box is
   compared shrunk by 8 pt; and the share of the original's ink pixels within 8 pt of the
   box, printed words excluded, that no area covers), and, with --redacted, are the pixels of the images under the
   signature box painted in the redacted output (share of pixels that still differ from
   the painted colour; 0 = uniform)?

The corpus is read at run time only; nothing from it is kept in code, rules or tests.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from redactor.detect.signatures import find_signatures  # noqa: E402
from redactor.extract import extract_pdf  # noqa: E402
from redactor.extract.ocr import ocr_document  # noqa: E402
from redactor.models import Rect  # noqa: E402

TOKEN = re.compile(r"\w[\w'.@-]*\w|\w")


def word_accuracy(corpus: Path) -> dict:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    tot = collections.Counter()
    rows = {}
    for name, d in sorted(truth["docs"].items()):
        if not d.get("scanned"):
            continue
        t = time.perf_counter()
        doc = ocr_document(extract_pdf(corpus / "docs" / name))
        secs = time.perf_counter() - t
        ref_text = (corpus / "text" / (Path(name).stem + ".txt")).read_text(encoding="utf-8")
        ref = collections.Counter(TOKEN.findall(ref_text))
        hyp = collections.Counter(TOKEN.findall(doc.text))
        inter = sum((ref & hyp).values())
        rows[name] = dict(pages=doc.page_count, seconds=round(secs, 2), ref_words=sum(ref.values()),
                          recall=round(inter / sum(ref.values()), 4), precision=round(inter / max(1, sum(hyp.values())), 4))
        tot["ref"] += sum(ref.values())
        tot["hyp"] += sum(hyp.values())
        tot["inter"] += inter
        print(f"{name}: {rows[name]}", flush=True)
    summary = dict(word_recall=round(tot["inter"] / tot["ref"], 4), word_precision=round(tot["inter"] / tot["hyp"], 4))
    print("OCR words:", summary)
    return {"docs": rows, "summary": summary}


def signature_coverage(corpus: Path, redacted: Path | None) -> dict:
    sigs = json.loads((corpus / "signatures.json").read_text(encoding="utf-8"))
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    out = {}
    for name, spec in sorted(sigs.items()):
        if name.startswith("_"):
            continue
        doc = extract_pdf(corpus / "docs" / name)
        if any(p.ocr_reason for p in doc.pages):
            doc = ocr_document(doc)
        found = find_signatures(doc)
        for n, im in enumerate(spec["images"]):
            page = doc.pages[im["page"] - 1]
            x0, top, x1, bottom = im["bbox"]
            H = page.mediabox.y1
            box = Rect(x0, H - bottom, x1, H - top)
            shrink = 8.0 if spec.get("approximate") else 0.0
            core = Rect(box.x0 + shrink, box.y0 + shrink, box.x1 - shrink, box.y1 - shrink)
            areas = [a.rect for f in found for a in f.areas if a.page == page.index]
            cov = _covered(core, areas)
            rec = dict(page=im["page"], covered=round(cov, 3), covered_unshrunk=round(_covered(box, areas), 3),
                       findings=len(found),
                       person=[f.context.get("person") for f in found])
            rec["ink_outside_areas"] = _ink_outside(corpus / "docs" / name, page, box, areas)
            if redacted is not None:
                rec["not_uniform"] = _ink_left(redacted, name, page, core, doc)
            out[f"{name}#{n}"] = rec
            print(f"{name} sig {n}: {rec}", flush=True)
    _ = truth
    return out


def _ink_outside(path: Path, page, box: Rect, areas: list[Rect], pad: float = 8.0) -> float | None:
    """Share of the original's ink pixels near the signature (its box padded by `pad`; printed
    words excluded) that lie outside every area found: signature ink the redaction misses."""
    import numpy as np
    import pypdfium2 as pdfium
    scale = 150 / 72
    pdf = pdfium.PdfDocument(str(path))
    try:
        a = np.asarray(pdf[page.index].render(scale=scale, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()
    H = page.mediabox.y1

    def sl(r: Rect, m: float = 0.0):
        return (slice(max(0, int((H - r.y1 - m) * scale)), max(0, int((H - r.y0 + m) * scale))),
                slice(max(0, int((r.x0 - m) * scale)), max(0, int((r.x1 + m) * scale))))

    near = np.zeros(a.shape, dtype=bool)
    near[sl(box, pad)] = True
    for w in page.words:
        if w.confidence is None or w.confidence >= 55:
            near[sl(w.box, 1.0)] = False
    ink = near & (a < 128)
    if not ink.any():
        return None
    covered = np.zeros(a.shape, dtype=bool)
    for r in areas:
        covered[sl(r)] = True
    return round(float((ink & ~covered).sum() / ink.sum()), 4)


def _covered(core: Rect, areas: list[Rect], step: float = 1.0) -> float:
    """Share of `core` covered by the union of `areas` (sampled on a 1 pt grid)."""
    n = hit = 0
    y = core.y0 + step / 2
    while y < core.y1:
        x = core.x0 + step / 2
        while x < core.x1:
            n += 1
            if any(a.x0 <= x <= a.x1 and a.y0 <= y <= a.y1 for a in areas):
                hit += 1
            x += step
        y += step
    return hit / max(1, n)


def _ink_left(redacted: Path, name: str, page, box: Rect, doc) -> dict | None:
    """In the redacted output, the pixels of every image drawn over the signature box (the
    box shrunk by 8 pt when approximate is not needed here: the part of each image inside
    the box): share of them that still differ from the painted colour."""
    import numpy as np
    import pikepdf
    from redactor.extract.affine import invert, mul
    from redactor.extract.page_image import _content_images
    path = next((p for p in redacted.rglob(name)), None)
    if path is None:
        return None
    res = {}
    with pikepdf.open(path) as pdf:
        pp = pdf.pages[page.index]
        for xname, ctm in _content_images(pp, allow_text=True) or []:
            img = pikepdf.PdfImage(pp.resources.XObject[xname]).as_pil_image().convert("L")
            w, h = img.size
            to_px = invert(mul((1.0 / w, 0.0, 0.0, -1.0 / h, 0.0, 1.0), ctm))
            xs = [to_px[0] * x + to_px[2] * y + to_px[4] for x in (box.x0, box.x1) for y in (box.y0, box.y1)]
            ys = [to_px[1] * x + to_px[3] * y + to_px[5] for x in (box.x0, box.x1) for y in (box.y0, box.y1)]
            x0, x1 = max(0, int(min(xs))), min(w, int(max(xs)))
            y0, y1 = max(0, int(min(ys))), min(h, int(max(ys)))
            if x1 <= x0 or y1 <= y0:
                continue
            a = np.asarray(img)[y0:y1, x0:x1]
            vals, counts = np.unique(a, return_counts=True)
            mode = vals[counts.argmax()]
            res[str(xname)] = round(float((np.abs(a.astype(int) - int(mode)) > 12).mean()), 4)
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    ap.add_argument("--redacted", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--skip-words", action="store_true")
    a = ap.parse_args(argv)
    rep = {}
    if not a.skip_words:
        rep["ocr"] = word_accuracy(a.corpus)
    rep["signatures"] = signature_coverage(a.corpus, a.redacted)
    if a.json:
        a.json.write_text(json.dumps(rep, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
