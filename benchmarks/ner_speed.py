"""NER speed on one core: words per second over generated documents.

    OMP_NUM_THREADS=1 PYTHONPATH=. python benchmarks/ner_speed.py [--model DIR] [--docs N] [--repeat N]

"Words" are whitespace-separated words of the text (what the pipeline's 10,000 words/s target
counts); spaCy tokens are reported too. The first document is run once before timing (warm-up).
Both wall-clock and CPU-time rates are printed: on a shared machine the CPU-time rate (this
process's own CPU seconds) is the better estimate of what one free core does.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import time  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--reference", action="store_true",
                    help="also time an untrained NER of spaCy's default CPU size (width 96, depth 4, "
                         "maxout 3), interleaved with ours: a load-independent speed ratio")
    args = ap.parse_args()

    from redactor.detect.ner import load_ner
    from redactor.train.generate import generate_docs

    t = time.perf_counter()
    nlp = load_ner(args.model)
    load_s = time.perf_counter() - t
    texts = [t for t, _ in generate_docs(args.docs, seed=424242, split="heldout")]
    words = sum(len(t.split()) for t in texts)
    nlp(texts[0])
    best = {"pipe": [0.0, 0.0], "single": [0.0, 0.0]}
    tokens = 0
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=args.batch_size))
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        best["pipe"] = [max(best["pipe"][0], words / wall), max(best["pipe"][1], words / cpu)]
        t, c = time.perf_counter(), time.process_time()
        for x in texts:
            nlp(x)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        best["single"] = [max(best["single"][0], words / wall), max(best["single"][1], words / cpu)]
    print(f"model load {load_s:.2f} s; {len(texts)} docs, {words} words, {tokens} tokens")
    if args.reference:
        ref = _reference_nlp(nlp)
        r_ours = r_ref = 0.0
        for _ in range(args.repeat):
            c = time.process_time()
            for _d in nlp.pipe(texts, batch_size=args.batch_size):
                pass
            r_ours = max(r_ours, words / (time.process_time() - c))
            c = time.process_time()
            for _d in ref.pipe(texts, batch_size=args.batch_size):
                pass
            r_ref = max(r_ref, words / (time.process_time() - c))
        print(f"reference-size NER (96/4/3): {r_ref:,.0f} words/s CPU-time; ours {r_ours:,.0f}: "
              f"{r_ours / r_ref:.2f}x faster")
    for name, label in (("pipe", f"nlp.pipe(batch_size={args.batch_size})"), ("single", "nlp(text) one by one")):
        w, c = best[name]
        print(f"{label:28s} {w:9,.0f} words/s wall   {c:9,.0f} words/s CPU-time")
    return 0


def _reference_nlp(ours):
    """spaCy's default CPU NER size, untrained (speed does not depend on the weights)."""
    from spacy import util
    from spacy.training import Example

    cfg = ours.config.copy()
    cfg = util.load_config_from_str(ours.config.to_str(), overrides={
        "components.ner.model.tok2vec.embed.width": 96, "components.ner.model.tok2vec.encode.width": 96,
        "components.ner.model.tok2vec.encode.depth": 4, "components.ner.model.tok2vec.encode.maxout_pieces": 3,
        "components.ner.model.tok2vec.embed.rows": [5000, 1000, 2500, 2500],
        "initialize.before_init": None, "training.max_steps": 1, "paths.train": None, "paths.dev": None})
    nlp = util.load_model_from_config(cfg.interpolate(), auto_fill=True)
    doc = nlp.make_doc("Jan de Vries werkt in Utrecht bij BZK.")
    ex = Example.from_dict(doc, {"entities": ["B-PER", "I-PER", "L-PER", "O", "O", "U-LOC", "O", "U-ORG", "O"]})
    nlp.initialize(lambda: [ex])
    return nlp


if __name__ == "__main__":
    raise SystemExit(main())
