"""PER (and ORG, LOC) precision/recall/F1 on CoNLL-2002 Dutch, exact spans.

    PYTHONPATH=. python benchmarks/ner_eval_conll.py [--model DIR] [--file ned.testb] [--errors N]

CoNLL-2002 is used for evaluation only (its licence allows research use in the shared task):
nothing derived from it is trained on, tuned on or shipped. Sentences are fed one by one as
pre-tokenised Docs (the CoNLL tokens), so tokenisation does not affect the score.
Reference points on ned.testb (PER F1): CNN trained on CoNLL train 77.4, Frog 76.2,
deduce 55.1, europeana-only spaCy 11.3.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

DEFAULT = Path(os.environ.get("CONLL2002_NL", "/work/shared/data/conll2002-nl")) / "ned.testb"


def read_conll(path: Path):
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split(" ")
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sents.append((words, tags))
    return sents


def iob_spans(tags):
    spans, start, label = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.add((start, i, label))
                start, label = None, None
            if t.startswith(("B-", "I-")):
                start, label = i, t[2:]
    return spans


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--errors", type=int, default=0, help="print this many PER errors")
    args = ap.parse_args()

    from spacy.tokens import Doc

    from redactor.detect.ner import load_ner
    from redactor.train.evaluate import format_scores, score_sets

    nlp = load_ner(args.model)
    sents = read_conll(args.file)
    docs = [Doc(nlp.vocab, words=w) for w, _ in sents]
    gold, pred, errs = [], [], []
    for (words, tags), doc in zip(sents, nlp.pipe(docs, batch_size=64)):
        g = iob_spans(tags)
        p = {(e.start, e.end, e.label_) for e in doc.ents}
        gold.append(g)
        pred.append(p)
        if args.errors:
            for kind, s in (("FN", g - p), ("FP", p - g)):
                for a, b, lab in s:
                    if lab == "PER":
                        errs.append(f"{kind} {' '.join(words[a:b])!r} :: {' '.join(words[max(0, a - 6):b + 6])}")
    res = score_sets(gold, pred)
    n_per = sum(1 for g in gold for x in g if x[2] == "PER")
    print(f"{args.file} : {len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens, {n_per} PER")
    print(format_scores("CoNLL-2002 (exact spans; MISC ignored)", res))
    for e in errs[:args.errors]:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
