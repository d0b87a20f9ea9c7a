"""`redactor train`: generate data, train, evaluate and write the NER model directory.

    redactor train [--out DIR] [--seed N] [--docs N] [--steps N] ...
    redactor train --from-decisions OUT/ [--model DIR] [--out DIR] [--steps N]

The first form is the full, reproducible recipe (config.cfg + generated data + optional
CC0 europeana-nl share). The second fine-tunes an existing model on a dossier's reviewed
decisions (see finetune.py). `main(argv)` returns a process exit code.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PKG = Path(__file__).parent
CONFIG = PKG / "config.cfg"
SHIPPED_MODEL = PKG.parent / "detect" / "model"

MODEL_NAME = "redactor_ner"
MODEL_VERSION = "1.0.0"

SOURCES = [
    {"name": "redactor training-text generator (redactor/train: templates, frames, lexicon)",
     "license": "EUPL-1.2", "author": "redactor developers"},
    {"name": "faker 40.x person, address and company providers (frozen in redactor/train/data/faker_names.json)",
     "url": "https://github.com/joke2k/faker", "license": "MIT", "author": "Daniele Faraglia and contributors"},
    {"name": "OpenTaal word list, a 25,000-word sample of ordinary words (redactor/train/data/opentaal_words.txt)",
     "url": "https://github.com/OpenTaal/opentaal-wordlist", "license": "BSD-3-Clause (OpenTaal: BSD or CC BY 3.0)",
     "author": "OpenTaal, Simon Brouwer e.a., Nederlandstalige TeX Gebruikersgroep"},
    {"name": "Europeana Newspapers NER corpus, enp_NL.kb.bio (a minority share of the training text)",
     "url": "https://github.com/EuropeanaNewspapers/ner-corpora", "license": "CC0-1.0",
     "author": "Europeana Newspapers / KB National Library of the Netherlands"},
]


def _limit_threads(n: int) -> None:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(n))


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="redactor train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("ner-model"),
                    help="model directory to write (ship it by passing redactor/detect/model)")
    ap.add_argument("--seed", type=int, default=0, help="random seed for data and training (default 0)")
    ap.add_argument("--docs", type=int, default=16000, help="generated training documents (default 16000)")
    ap.add_argument("--dev-docs", type=int, default=400, help="generated dev documents for model selection")
    ap.add_argument("--eval-docs", type=int, default=600, help="held-out generated documents for the report")
    ap.add_argument("--steps", type=int, default=None, help="training steps (default: config.cfg)")
    ap.add_argument("--europeana", type=str, default=None,
                    help="path to europeana-nl enp_NL.kb.bio (CC0); 'none' to skip; default: the shared copy if present")
    ap.add_argument("--europeana-share", type=float, default=0.07,
                    help="share of training examples taken from europeana-nl (default 0.07)")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--work", type=Path, default=None, help="working directory (default: a temporary one)")
    ap.add_argument("--keep-work", action="store_true")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--from-decisions", type=Path, default=None, metavar="OUT",
                    help="fine-tune on reviewed decisions in OUT/internal/findings.jsonl")
    ap.add_argument("--model", type=Path, default=None, help="base model for --from-decisions (default: shipped)")
    ap.add_argument("--rehearsal", type=int, default=None,
                    help="generated documents mixed in per fine-tuning pass (default 4x the reviewed examples)")
    return ap


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    args.argv = list(argv)
    _limit_threads(args.threads)
    if args.from_decisions is not None:
        from redactor.train import finetune
        return finetune.main_from_args(args)
    return train(args)


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def build_data(args, work: Path) -> dict:
    import warnings

    from redactor.train.corpus import EUROPEANA_DEFAULT, europeana_examples, to_docbin
    from redactor.train.generate import generate_docs
    from redactor.train.tokenizer import blank_nlp

    warnings.filterwarnings("ignore", message=r".*\[W030\].*")
    nlp = blank_nlp()
    t0 = time.time()
    train = generate_docs(args.docs, seed=args.seed, split="train")
    eur_path = None
    if args.europeana != "none":
        eur_path = Path(args.europeana) if args.europeana else EUROPEANA_DEFAULT
        if not eur_path.exists():
            if args.europeana:
                raise FileNotFoundError(eur_path)
            eur_path = None
    n_eur = 0
    if eur_path is not None and args.europeana_share > 0:
        eur = europeana_examples(eur_path, seed=args.seed)
        want = int(round(len(train) * args.europeana_share / (1 - args.europeana_share)))
        n_eur = min(want, len(eur))
        train += eur[:n_eur]
    stats = Counter()
    to_docbin(nlp, train, stats).to_disk(work / "train.spacy")
    dev = generate_docs(args.dev_docs, seed=args.seed + 1000, split="train")
    to_docbin(nlp, dev).to_disk(work / "dev.spacy")
    info = {"train_docs": len(train) - n_eur, "europeana_chunks": n_eur, "dev_docs": len(dev),
            "train_spans": stats["spans"], "misaligned_tokens": stats["misaligned_tokens"],
            "europeana": str(eur_path) if eur_path else None, "seconds": round(time.time() - t0, 1)}
    _log(f"data: {info}")
    return info


def run_spacy_train(config: Path, work: Path, seed: int, steps: int | None) -> Path:
    import spacy  # noqa: F401
    from spacy.cli.train import train as spacy_train

    import redactor.train.tokenizer  # noqa: F401  (registers the before_init callback)

    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                 "system.seed": seed}
    if steps:
        overrides["training.max_steps"] = steps
        overrides["training.eval_frequency"] = min(500, max(10, steps // 4))
    spacy_train(config, work / "output", overrides=overrides)
    return work / "output" / "model-best"


def evaluate_model(nlp, seed: int, n_eval: int) -> dict:
    from redactor.train.evaluate import evaluate_texts, read_handwritten
    from redactor.train.generate import generate_docs

    held = generate_docs(n_eval, seed=seed + 2000, split="heldout")
    return {
        "heldout_generated": {"docs": n_eval, "seed": seed + 2000, **evaluate_texts(nlp, held)},
        "handwritten": evaluate_texts(nlp, read_handwritten()),
    }


def finalize(model_dir: Path, out: Path, extra_meta: dict) -> None:
    """Copy a trained pipeline to `out` with project meta and a config free of local paths."""
    import spacy

    nlp = spacy.load(model_dir)
    meta = nlp.meta
    meta.update({
        "name": MODEL_NAME, "version": MODEL_VERSION, "lang": "nl",
        "description": "Dutch NER (PER, ORG, LOC) for redactor, trained on generated documents in the genre of "
                       "Dutch government documents (memos, letters, e-mail prints, minutes, notes).",
        "license": "EUPL-1.2", "author": "redactor developers", "sources": SOURCES,
    })
    meta.setdefault("redactor", {}).update(extra_meta)
    nlp.meta = meta
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    prune_strings(nlp, out)
    cfg = (out / "config.cfg").read_text(encoding="utf-8")
    lines = []
    section = ""
    for ln in cfg.split("\n"):
        if ln.startswith("["):
            section = ln
        if section == "[paths]" and (ln.startswith("train =") or ln.startswith("dev =")):
            ln = ln.split("=")[0] + "= null"
        lines.append(ln)
    (out / "config.cfg").write_text("\n".join(lines), encoding="utf-8")


def prune_strings(nlp, model_dir: Path) -> None:
    """Drop the training text's strings from the saved vocab (hash embeddings do not need them).

    The string store otherwise keeps every token seen in training (MBs of generated names).
    Only the entity labels are needed to load; the tokenizer adds what it sees at run time.
    Predictions are unchanged (tests/train/test_model.py checks loading; the training
    report compares nothing that depends on these strings).
    """
    labels = sorted(nlp.get_pipe("ner").labels)
    (model_dir / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def finalize_finetuned(nlp, out: Path, info: dict) -> None:
    """Write a fine-tuned pipeline; its meta records what it was tuned on."""
    meta = dict(nlp.meta)
    meta["version"] = meta.get("version", MODEL_VERSION)
    meta.setdefault("sources", SOURCES)
    meta["license"] = "EUPL-1.2"
    red = dict(meta.get("redactor", {}))
    red.setdefault("finetuned", []).append(info)
    meta["redactor"] = red
    nlp.meta = meta
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    prune_strings(nlp, tmp)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def train(args) -> int:
    import spacy

    from redactor.train.evaluate import format_scores

    t_start = time.time()
    tmp = None
    work = args.work
    if work is None:
        tmp = tempfile.mkdtemp(prefix="redactor-train-")
        work = Path(tmp)
    work.mkdir(parents=True, exist_ok=True)
    try:
        data_info = build_data(args, work)
        t_train = time.time()
        best = run_spacy_train(args.config, work, args.seed, args.steps)
        train_s = time.time() - t_train
        nlp = spacy.load(best)
        scores = evaluate_model(nlp, args.seed, args.eval_docs)
        _log(format_scores("held-out generated documents", {k: v for k, v in scores["heldout_generated"].items()
                                                             if isinstance(v, dict)}))
        _log(format_scores("hand-written snippets", scores["handwritten"]))
        extra = {"recipe": " ".join(["redactor train"] + getattr(args, "argv", [])),
                 "seed": args.seed, "data": data_info, "train_seconds": round(train_s),
                 "wall_minutes_to_evaluation": round((time.time() - t_start) / 60, 1),
                 "evaluation": scores}
        finalize(best, args.out, extra)
        _log(f"model written to {args.out} ({dir_size(args.out) / 1e6:.1f} MB) "
             f"in {(time.time() - t_start) / 60:.1f} min")
        return 0
    finally:
        if tmp and not args.keep_work:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
