"""OCR time per page: redactor's OCR step vs bare `tesseract` on the same page image.

    PYTHONPATH=. python benchmarks/ocr_speed.py [PDF ...] [--repeat 3] [--dpi-render 300]

For every page that extraction marks for OCR, the page image redactor would hand to
tesseract is written to a file once; then, interleaved and repeated, we time
  bare:  tesseract IMAGE stdout -l nld --dpi D          (plain text output)
  ours:  page_image() + tesseract hOCR with char boxes + parsing + mapping + ink analysis
         (`redactor.extract.ocr.ocr_page`, i.e. everything ocr_document does per page)
Both run with OMP_THREAD_LIMIT=1. Reported per page: median wall time and median CPU time
(this process + children: the fair measure when the machine is shared) and their ratios.
Not a test: timings depend on the machine and on what else runs on it.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from redactor.extract import extract_pdf  # noqa: E402
from redactor.extract.ocr import _Sources, ocr_page, page_image  # noqa: E402
from redactor.extract.ocr_engine import LANG, tesseract_info  # noqa: E402

DEFAULT = Path("/work/shared/corpus/docs")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (robust on a busy machine)."""
    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    pdfs = a.pdfs or sorted(p for p in DEFAULT.glob("*.pdf"))
    exe, version = tesseract_info(LANG)
    print(f"{version}; OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']}")
    rows = []
    with tempfile.TemporaryDirectory() as td:
        for pdf in pdfs:
            doc = extract_pdf(pdf)
            need = [p for p in doc.pages if p.ocr_reason]
            if not need:
                continue
            src = _Sources(pdf)
            try:
                for page in need:
                    img = page_image(src, page)
                    path = img.write(os.path.join(td, f"{pdf.stem}-{page.index}"))
                    bare, ours, bare_cpu, ours_cpu = [], [], [], []
                    for _ in range(a.repeat):
                        c0, t = _cpu(), time.perf_counter()
                        r = subprocess.run([exe, path, "stdout", "-l", LANG, "--dpi", str(img.dpi)],
                                           capture_output=True)
                        bare.append(time.perf_counter() - t)
                        bare_cpu.append(_cpu() - c0)
                        assert r.returncode == 0, r.stderr
                        c0, t = _cpu(), time.perf_counter()
                        res = ocr_page(page_image(src, page), page)
                        ours.append(time.perf_counter() - t)
                        ours_cpu.append(_cpu() - c0)
                    b, o = statistics.median(bare), statistics.median(ours)
                    bc, oc = statistics.median(bare_cpu), statistics.median(ours_cpu)
                    rows.append((pdf.name, page.index + 1, img.source, img.dpi, b, o, len(res.words), bc, oc))
                    print(f"{pdf.name} p{page.index + 1} ({img.source}, {img.dpi} dpi, {len(res.words)} words): "
                          f"wall bare {b:.2f}s ours {o:.2f}s ratio {o / b:.2f} | "
                          f"cpu bare {bc:.2f}s ours {oc:.2f}s ratio {oc / bc:.2f}", flush=True)
            finally:
                src.close()
    if not rows:
        print("no pages need OCR")
        return 1
    tb = sum(r[4] for r in rows)
    to = sum(r[5] for r in rows)
    cb = sum(r[7] for r in rows)
    co = sum(r[8] for r in rows)
    print(f"pages {len(rows)}: wall: bare {tb / len(rows):.2f} s/page, ours {to / len(rows):.2f} s/page, "
          f"ratio {to / tb:.3f}; cpu (this process + children): bare {cb / len(rows):.2f} s/page, "
          f"ours {co / len(rows):.2f} s/page, ratio {co / cb:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
