"""The spaCy pipeline: the NER model from the `ner` branch when it is installed, otherwise a
blank Dutch tokenizer pipeline (with a warning: the rules still work, but without the model
persons that no rule recognises are missed)."""
from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

_NLP = None


def load_nlp():
    """(nlp, version string, has_ner). Cached per process."""
    global _NLP
    if _NLP is not None:
        return _NLP
    import spacy
    try:
        mod = importlib.import_module("redactor.detect.ner")
    except ModuleNotFoundError as e:
        if e.name not in ("redactor.detect.ner",):
            raise
        mod = None
    loader = getattr(mod, "load_ner", None) if mod else None
    if loader is None:
        log.warning("redactor.detect.ner.load_ner() not available: using a blank 'nl' pipeline, "
                    "names are found by the rules only")
        nlp = spacy.blank("nl")
        _NLP = (nlp, f"blank-nl-spacy-{spacy.__version__}", False)
        return _NLP
    nlp = loader()
    meta = getattr(nlp, "meta", {}) or {}
    version = f"{meta.get('lang', 'nl')}_{meta.get('name', 'ner')}-{meta.get('version', '0')}"
    _NLP = (nlp, version, "ner" in nlp.pipe_names or any(p for p in nlp.pipe_names if "ner" in p))
    return _NLP


def reset() -> None:
    """Forget the cached pipeline (tests)."""
    global _NLP
    _NLP = None


def entities(nlp, text: str) -> list[tuple[int, int, str]]:
    doc = nlp(text)
    out = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    for key in ("sc", "spans", "ner"):
        if key in getattr(doc, "spans", {}):
            out += [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]
    return out
