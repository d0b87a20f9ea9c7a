"""Exact-span evaluation of the NER (per label precision, recall, F1)."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

HANDWRITTEN = Path(__file__).with_name("eval_handwritten.txt")
MARK_RE = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]", re.S)

Span = tuple[int, int, str]


def parse_marked(text: str) -> tuple[str, list[Span]]:
    """'[[Jan de Vries|PER]] belde' -> ('Jan de Vries belde', [(0, 12, 'PER')])."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK_RE.finditer(text):
        out.append(text[last:m.start()])
        pos += m.start() - last
        surface, label = m.group(1), m.group(2)
        spans.append((pos, pos + len(surface), label))
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(text[last:])
    return "".join(out), spans


def read_handwritten(path: Path = HANDWRITTEN) -> list[tuple[str, list[Span]]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if not ln.startswith("#")]
    blocks = "\n".join(lines).split("\n====\n")
    out = []
    for b in blocks:
        b = b.strip("\n").replace("====", "").strip("\n")
        if b.strip():
            out.append(parse_marked(b))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f": round(100 * f, 1), "tp": tp, "fp": fp, "fn": fn}


def score_sets(gold: Iterable[set], pred: Iterable[set], labels=("PER", "ORG", "LOC")) -> dict:
    counts = defaultdict(lambda: [0, 0, 0])
    for g, p in zip(gold, pred):
        for lab in labels:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            counts[lab][0] += len(gl & pl)
            counts[lab][1] += len(pl - gl)
            counts[lab][2] += len(gl - pl)
    res = {lab: prf(*counts[lab]) for lab in labels}
    tot = [sum(counts[lab][i] for lab in labels) for i in range(3)]
    res["ALL"] = prf(*tot)
    return res


def evaluate_texts(nlp, examples: list[tuple[str, list[Span]]], errors: list | None = None) -> dict:
    """Run `nlp` on each text; compare predicted entity char spans with gold spans."""
    gold, pred = [], []
    texts = [t for t, _ in examples]
    for (text, spans), doc in zip(examples, nlp.pipe(texts, batch_size=32)):
        g = {(s, e, lab) for s, e, lab in spans}
        p = {(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents}
        gold.append(g)
        pred.append(p)
        if errors is not None:
            for s, e, lab in sorted(g - p):
                errors.append(("FN", lab, text[s:e], _ctx(text, s, e)))
            for s, e, lab in sorted(p - g):
                errors.append(("FP", lab, text[s:e], _ctx(text, s, e)))
    return score_sets(gold, pred)


def _ctx(text: str, s: int, e: int, w: int = 40) -> str:
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def format_scores(name: str, res: dict) -> str:
    rows = [f"{name}"]
    for lab, v in res.items():
        rows.append(f"  {lab:4s} P {v['p']:5.1f} R {v['r']:5.1f} F1 {v['f']:5.1f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    return "\n".join(rows)
