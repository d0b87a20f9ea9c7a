"""Turn (text, spans) examples into spaCy DocBin files; read the CC0 europeana-nl data.

Spans that do not fall on token boundaries are not silently turned into "O": their tokens
become *missing* annotation ("-"), so the model is neither rewarded nor punished there.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc, DocBin
from spacy.training import offsets_to_biluo_tags, biluo_tags_to_spans

Span = tuple[int, int, str]
EUROPEANA_DEFAULT = Path("/work/shared/data/europeana-nl/enp_NL.kb.bio")

_PUNCT_EDGE = "«»„“”\"'.,;:!?()[]{}·•*^¬/\\|<>"


def make_reference(nlp, text: str, spans: list[Span], stats: Counter | None = None) -> Doc:
    """A Doc tokenised by `nlp` whose entity annotation follows `spans` (missing where misaligned)."""
    doc = nlp.make_doc(text)
    spans = sorted(spans)
    tags = offsets_to_biluo_tags(doc, spans)  # "O" outside entities, "-" where misaligned
    if stats is not None:
        stats["spans"] += len(spans)
        stats["misaligned_tokens"] += sum(1 for t in tags if t == "-")
    ents = biluo_tags_to_spans(doc, tags)
    missing = [doc[i:i + 1] for i, t in enumerate(tags) if t == "-"]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def to_docbin(nlp, examples: Iterable[tuple[str, list[Span]]], stats: Counter | None = None) -> DocBin:
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY"], store_user_data=False)
    for text, spans in examples:
        db.add(make_reference(nlp, text, spans, stats))
    return db


def read_europeana(path: Path = EUROPEANA_DEFAULT) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split(" ")
            if len(parts) < 2 or not parts[0]:
                continue
            rows.append((" ".join(parts[:-1]), parts[-1]))
    return rows


def europeana_examples(path: Path = EUROPEANA_DEFAULT, seed: int = 0, chunk: tuple[int, int] = (40, 160),
                       line_width: tuple[int, int] = (45, 110)) -> list[tuple[str, list[Span]]]:
    """Chunks of the (sentence-less) OCR stream as (text, spans), lines wrapped like a PDF."""
    rows = read_europeana(path)
    rng = random.Random(f"europeana:{seed}")
    out = []
    i = 0
    while i < len(rows):
        n = rng.randrange(*chunk)
        j = min(len(rows), i + n)
        # end the chunk after a token ending a sentence, if one is near
        for k in range(j, min(len(rows), j + 30)):
            if rows[k - 1][0].endswith(".") and not rows[k - 1][1].startswith(("B-", "I-")):
                j = k
                break
        if j < len(rows) and rows[j][1].startswith("I-"):      # never cut inside an entity
            while j < len(rows) and rows[j][1].startswith("I-"):
                j += 1
        toks = rows[i:j]
        i = j
        text_parts, spans, pos = [], [], 0
        cur = None
        width = rng.randrange(*line_width)
        line_len = 0
        for w, tag in toks:
            if text_parts:
                sep = " "
                if line_len + 1 + len(w) > width:
                    sep = "\n"
                    line_len = 0
                else:
                    line_len += 1
                text_parts.append(sep)
                pos += 1
            start = pos
            text_parts.append(w)
            pos += len(w)
            line_len += len(w)
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                if cur:
                    spans.append(cur)
                cur = [start, pos, tag[2:]]
            elif tag.startswith("I-") and cur:
                cur[1] = pos
            else:
                if cur:
                    spans.append(cur)
                cur = None
        if cur:
            spans.append(cur)
        text = "".join(text_parts)
        clean = []
        for s, e, lab in spans:
            while s < e and text[s] in _PUNCT_EDGE:
                s += 1
            while e > s and text[e - 1] in _PUNCT_EDGE and not re.search(r"\b[A-Z]\.$", text[s:e]):
                e -= 1
            if e > s:
                clean.append((s, e, lab))
        out.append((text, clean))
    return out
