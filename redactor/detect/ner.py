"""Loader for redactor's trained Dutch NER pipeline (labels PER, ORG, LOC).

    from redactor.detect.ner import load_ner
    nlp = load_ner()                # cached per process and per path
    doc = nlp(document.text)        # doc.ents: spans with .label_ in {"PER", "ORG", "LOC"}

The model ships in `redactor/detect/model/` and loads offline. An organisation that
fine-tuned its own model (`redactor train --from-decisions OUT/ --out DIR`) points to it
with `load_ner(DIR)` or the environment variable REDACTOR_NER_MODEL.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).with_name("model")
ENV_VAR = "REDACTOR_NER_MODEL"
LABELS = ("PER", "ORG", "LOC")

_lock = threading.Lock()


def model_path(path: str | Path | None = None) -> Path:
    """The model directory to use: `path`, else $REDACTOR_NER_MODEL, else the shipped one."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else MODEL_DIR


BARE_TOKENIZER = "redactor.bare_tokenizer.v1"


def _bare_tokenizer():
    from spacy.tokenizer import Tokenizer

    def create(nlp):
        return Tokenizer(nlp.vocab)
    return create


@lru_cache(maxsize=4)
def _load(resolved: str):
    import spacy
    from spacy.util import registry

    # issue 7: spaCy makes the language's default tokenizer (4,670 Dutch special cases) and
    # then replaces all of it with the one saved with the model: half of the worker's model
    # loading (1.1 s -> 0.5 s). An empty tokenizer gets the saved one in full (prefixes,
    # suffixes, infixes, special cases, URL and token matches); tests compare the bytes.
    if not (Path(resolved) / "tokenizer").is_file():
        return spacy.load(resolved)
    if BARE_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(BARE_TOKENIZER, func=_bare_tokenizer)
    nlp = spacy.load(resolved, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    # the tokenizer is the saved one now: its config says so again, so that a pipeline
    # saved from here loads with plain spacy.load (without redactor's factory registered)
    nlp._config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.Tokenizer.v1"}
    return nlp


def load_ner(path: str | Path | None = None):
    """The NER pipeline (a `spacy.Language`), loaded once per process and path."""
    p = model_path(path).resolve()
    if not (p / "meta.json").exists():
        raise FileNotFoundError(f"no NER model at {p} (expected a spaCy pipeline directory with meta.json)")
    with _lock:
        return _load(str(p))
