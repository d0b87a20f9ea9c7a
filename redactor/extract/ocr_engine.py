"""Tesseract wrapper: the one place that runs the external `tesseract` program (with a
timeout and typed errors) and reads its hOCR output into lines, words and character boxes in
image pixels. The page images it reads, and their maps to user space, are in `page_image`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from redactor.errors import MissingDependencyError, OcrError
from redactor.extract.page_image import PageImage

LANG = os.environ.get("REDACTOR_OCR_LANG", "nld")
TIMEOUT = float(os.environ.get("REDACTOR_OCR_TIMEOUT", "300"))   # seconds per page

# Tesseract settings: character boxes (for sub-word areas); no second pass over low-confidence
# words as inverted (white-on-black) text, which costs ~10% and does not help on letters.
EXTRA_CONFIG = [c for kv in os.environ.get("REDACTOR_OCR_CONFIG", "tessedit_do_invert=0").split(",") if kv
                for c in ("-c", kv)]


@dataclass(slots=True)
class OcrChar:
    text: str
    x0: float
    x1: float


@dataclass(slots=True)
class OcrWord:
    text: str
    box: tuple[float, float, float, float]      # pixels x0, y0, x1, y1 (y down)
    conf: float
    chars: list[OcrChar]


@dataclass(slots=True)
class OcrLine:
    box: tuple[float, float, float, float]
    size: float                                  # text height in pixels (x_size + descenders)
    angle: float                                 # textangle (0 for horizontal lines)
    words: list[OcrWord]
    slope: float = 0.0                           # baseline slope (pixels down per pixel right)


@lru_cache(maxsize=4)
def tesseract_info(lang: str = LANG) -> tuple[str, str]:
    """(path of tesseract, version); raises MissingDependencyError when it or `lang` is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependencyError(
            "tesseract is not installed (needed to OCR scanned pages)",
            remedy="install it: apt-get install tesseract-ocr tesseract-ocr-nld; or run with --ocr off")
    try:
        v = subprocess.run([exe, "--version"], capture_output=True, timeout=30)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise MissingDependencyError(f"tesseract does not run: {e}",
                                     remedy="reinstall tesseract-ocr") from e
    version = (v.stdout or v.stderr).decode("utf-8", "replace").splitlines()[0:1]
    have = {ln.strip() for ln in langs.stdout.decode("utf-8", "replace").splitlines()[1:]}
    for lg in lang.split("+"):
        if lg not in have:
            raise MissingDependencyError(
                f"tesseract has no language data for '{lg}' (installed: {', '.join(sorted(have)) or 'none'})",
                remedy=f"install it: apt-get install tesseract-ocr-{lg}")
    return exe, (version[0] if version else "tesseract")


def run_tesseract(img: PageImage, *, lang: str = LANG, psm: int = 3, timeout: float = TIMEOUT,
                  extra: list[str] | None = None) -> str:
    """OCR one page image; returns hOCR (with character boxes)."""
    exe, _ = tesseract_info(lang)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="redactor-ocr-") as td:
        path = img.write(os.path.join(td, "page"))
        cmd = [exe, path, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(img.dpi),
               "-c", "hocr_char_boxes=1", *EXTRA_CONFIG, *(extra or []), "hocr"]
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            raise OcrError(f"tesseract took longer than {timeout:.0f} s on one page",
                           remedy="raise REDACTOR_OCR_TIMEOUT, or check the page image") from None
        except OSError as e:
            raise OcrError(f"tesseract could not be started: {e}") from e
    if r.returncode != 0:
        msg = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed (exit {r.returncode}): {' / '.join(msg[-3:])[:300]}")
    return r.stdout.decode("utf-8", "replace")


def run_osd(img: PageImage, timeout: float = 120) -> tuple[int, float]:
    """Tesseract's orientation detection: (degrees the page must be rotated clockwise to be
    upright, confidence). (0, 0) when it cannot tell."""
    exe, _ = tesseract_info(LANG)
    tesseract_info("osd")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="redactor-osd-") as td:
        path = img.write(os.path.join(td, "page"))
        try:
            r = subprocess.run([exe, path, "stdout", "--psm", "0", "--dpi", str(img.dpi), "-l", "osd"],
                               capture_output=True, timeout=timeout, env=env)
        except (subprocess.TimeoutExpired, OSError):
            return 0, 0.0
    out = r.stdout.decode("utf-8", "replace")
    m = re.search(r"Rotate:\s*(\d+)", out)
    c = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not m:
        return 0, 0.0
    return int(m.group(1)) % 360, float(c.group(1)) if c else 0.0


_TITLE = re.compile(r"(\w+)\s+([^;]*)")


def _title(el) -> dict[str, str]:
    return {k: v.strip() for k, v in _TITLE.findall(el.get("title", ""))}


def _bbox(s: str) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in s.split()[:4])
    return x0, y0, x1, y1


_LINE_CLASSES = {"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


def parse_hocr(hocr: str) -> list[OcrLine]:
    """Lines of words (with character boxes and confidences) in tesseract's reading order."""
    hocr = re.sub(r"<!DOCTYPE[^>]*>", "", hocr, count=1)
    try:
        root = ET.fromstring(hocr)
    except ET.ParseError as e:
        raise OcrError(f"tesseract produced unreadable hOCR: {e}") from e
    lines: list[OcrLine] = []
    for el in root.iter():
        if el.get("class") not in _LINE_CLASSES:
            continue
        t = _title(el)
        if "bbox" not in t:
            continue
        size = float(t.get("x_size", "0") or 0) + float(t.get("x_descenders", "0") or 0)
        lb = _bbox(t["bbox"])
        try:
            slope = float(t.get("baseline", "0 0").split()[0])
        except (ValueError, IndexError):
            slope = 0.0
        line = OcrLine(box=lb, size=size or (lb[3] - lb[1]), angle=float(t.get("textangle", "0") or 0), words=[],
                       slope=slope)
        for w in el:
            if w.get("class") != "ocrx_word":
                continue
            wt = _title(w)
            chars: list[OcrChar] = []
            for c in w:
                if c.get("class") == "ocrx_cinfo":
                    ct = _title(c)
                    if "x_bboxes" in ct:
                        cb = _bbox(ct["x_bboxes"])
                        chars.append(OcrChar("".join(c.itertext()), cb[0], cb[2]))
            text = "".join(w.itertext()).strip()
            if not text or "bbox" not in wt:
                continue
            text = re.sub(r"\s+", "", text)
            lines_conf = float(wt.get("x_wconf", "0") or 0)
            line.words.append(OcrWord(text=text, box=_bbox(wt["bbox"]), conf=lines_conf, chars=chars))
        if line.words:
            lines.append(line)
    return lines
