"""Fine-tune the NER on reviewed decisions, without forgetting what it knew.

Input: an iterable of (text, spans) with spans (start, end, label, accepted). Each becomes a
*partially annotated* spaCy Example:
- an accepted span is an entity of its label;
- a rejected span's tokens are "O" and the span is also listed in the `incorrect_spans`
  group, so the model is pushed away from exactly that prediction;
- every other token is missing ("-"): no gradient there, which is what protects the rest
  of the model (no false "O" evidence for names nobody reviewed).
Rehearsal: each update also carries fully annotated generated documents, so the model keeps
its behaviour on the genre at large while it adapts to the reviewed cases.
"""
from __future__ import annotations

import random
import sys
import time
import warnings
from pathlib import Path
from typing import Iterable

from redactor.errors import BadArgumentsError

INCORRECT_KEY = "incorrect_spans"


def reviewed_to_example(nlp, text: str, spans: list[tuple[int, int, str, bool]]):
    from spacy.training import Example

    doc = nlp.make_doc(text)
    tags = ["-"] * len(doc)
    incorrect = []
    accepted_tokens = set()
    for s, e, label, acc in spans:
        sp = doc.char_span(s, e, alignment_mode="strict") or doc.char_span(s, e, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        idx = list(range(sp.start, sp.end))
        if acc:
            if len(idx) == 1:
                tags[idx[0]] = f"U-{label}"
            else:
                tags[idx[0]] = f"B-{label}"
                for i in idx[1:-1]:
                    tags[i] = f"I-{label}"
                tags[idx[-1]] = f"L-{label}"
            accepted_tokens.update(idx)
    for s, e, label, acc in spans:
        if acc:
            continue
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        for i in range(sp.start, sp.end):
            if i not in accepted_tokens:
                tags[i] = "O"
        incorrect.append((sp.start_char, sp.end_char, label))
    annots = {"entities": tags}
    if incorrect:
        annots["spans"] = {INCORRECT_KEY: incorrect}
    return Example.from_dict(doc, annots)


def _rehearsal_examples(nlp, n: int, seed: int):
    from spacy.training import Example

    from redactor.train.corpus import make_reference
    from redactor.train.generate import generate_docs

    out = []
    for text, spans in generate_docs(n, seed=seed, split="train"):
        ref = make_reference(nlp, text, spans)
        out.append(Example(nlp.make_doc(text), ref))
    return out


def finetune(nlp, reviewed: Iterable[tuple[str, list]], *, steps: int = 30, seed: int = 0,
             rehearsal: int | None = None, learn_rate: float = 0.0005, drop: float = 0.1,
             batch_reviewed: int = 8, batch_rehearsal: int = 8, log=None):
    """Update `nlp` in place on reviewed examples mixed with generated rehearsal data."""
    from spacy.util import fix_random_seed

    warnings.filterwarnings("ignore", message=r".*\[W030\].*")
    fix_random_seed(seed)
    rng = random.Random(seed)
    reviewed = [reviewed_to_example(nlp, t, s) for t, s in reviewed]
    if not reviewed:
        raise BadArgumentsError("no reviewed name decisions to learn from",
                                remedy="review some findings first (decisions by reviewer:...)")
    n_reh = rehearsal if rehearsal is not None else max(50, 4 * len(reviewed))
    rehearse = _rehearsal_examples(nlp, n_reh, seed=seed + 7919) if n_reh else []
    from thinc.api import Adam

    optimizer = nlp.resume_training(sgd=Adam(learn_rate, L2=0.0, grad_clip=1.0))
    losses_hist = []
    for step in range(steps):
        batch = rng.sample(reviewed, min(batch_reviewed, len(reviewed)))
        if len(batch) < batch_reviewed:                       # oversample small review sets
            batch += rng.choices(reviewed, k=batch_reviewed - len(batch))
        if rehearse:
            batch += rng.sample(rehearse, min(batch_rehearsal, len(rehearse)))
        losses = {}
        nlp.update(batch, sgd=optimizer, drop=drop, losses=losses)
        losses_hist.append(losses.get("ner", 0.0))
        if log and (step % 10 == 0 or step == steps - 1):
            log(f"fine-tune step {step + 1}/{steps} loss {losses.get('ner', 0.0):.3f}")
    return {"reviewed_examples": len(reviewed), "rehearsal_docs": len(rehearse), "steps": steps,
            "final_loss": round(losses_hist[-1], 4) if losses_hist else None}


def main_from_args(args) -> int:
    import spacy

    from redactor.train.cli import finalize_finetuned
    from redactor.train.decisions import load_reviewed_examples
    from redactor.detect.ner import model_path

    findings = Path(args.from_decisions) / "internal" / "findings.jsonl"
    if not findings.exists():
        raise BadArgumentsError(f"no findings file at {findings}",
                                remedy="pass the output folder of a reviewed run (OUT/)")
    examples = load_reviewed_examples(args.from_decisions)
    base = Path(args.model) if args.model else model_path()
    nlp = spacy.load(base)
    t0 = time.time()
    info = finetune(nlp, examples, steps=args.steps or 30, seed=args.seed, rehearsal=args.rehearsal,
                    log=lambda m: print(m, file=sys.stderr, flush=True))
    info.update({"base_model": str(base), "decisions_from": str(args.from_decisions),
                 "seconds": round(time.time() - t0, 1)})
    finalize_finetuned(nlp, Path(args.out), info)
    print(f"fine-tuned model written to {args.out} ({info['reviewed_examples']} reviewed examples, "
          f"{info['rehearsal_docs']} rehearsal documents, {info['steps']} steps)", file=sys.stderr)
    return 0
