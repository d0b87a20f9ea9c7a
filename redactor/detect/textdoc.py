"""A `Document` from plain text (tests, benchmarks, `redactor explain` on text): one page per
form feed, words with their offsets and placeholder boxes."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..models import Document, Page, Rect, Word

_WORD = re.compile(r"[^\s]+")


def document_from_text(text: str, doc_id: str | None = None, source: str = "text") -> Document:
    pages_txt = text.split("\f")
    parts = []
    pages = []
    off = 0
    for pi, ptxt in enumerate(pages_txt):
        words = []
        for li, line in enumerate(ptxt.split("\n")):
            for m in _WORD.finditer(line):
                x0 = 50.0 + 5.0 * m.start()
                y1 = 800.0 - 14.0 * li
                words.append(Word(m.group(), pi, Rect(x0, y1 - 10.0, x0 + 5.0 * len(m.group()), y1),
                                  off + m.start(), off + m.end(), li))
            off += len(line) + 1
        parts.append(ptxt)
        box = Rect(0, 0, 595.0, 842.0)
        pages.append(Page(pi, 595.0, 842.0, 0, box, box, words))
    full = "\n".join(parts)
    sha = hashlib.sha256(full.encode()).hexdigest()
    return Document(doc_id or sha[:12], Path(source), sha, pages, full)
