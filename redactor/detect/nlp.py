"""The spaCy pipeline: the shipped NER model, or, when it is missing, a blank Dutch tokenizer
pipeline (with a warning: the rules still work, but without the model persons that no rule
recognises are missed)."""
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


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its memory grows with
# the text: a long document is read in pieces that end at a line break (a blank line when
# there is one), which names do not cross.
CHUNK = 100_000


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each piece at most `size` characters unless a single
    line is longer."""
    out, start, n = [], 0, len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n\n")
        if cut < size // 2:
            cut = window.rfind("\n")
        if cut <= 0:
            nxt = text.find("\n", start + size)
            cut = (nxt if nxt != -1 else n) - start
        out.append((start, text[start:start + cut + 1]))
        start += cut + 1
    if start < n or not out:
        out.append((start, text[start:]))
    return out


def entities(nlp, text: str) -> list[tuple[int, int, str]]:
    out = []
    pieces = chunks(text)
    for (off, _), doc in zip(pieces, nlp.pipe((piece for _, piece in pieces), batch_size=1)):
        out += [(off + e.start_char, off + e.end_char, e.label_) for e in doc.ents]
        for key in ("sc", "spans", "ner"):
            if key in getattr(doc, "spans", {}):
                out += [(off + s.start_char, off + s.end_char, s.label_) for s in doc.spans[key]]
    return _split_across_lines(nlp, text, out)


def _split_across_lines(nlp, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation or place the model runs on into the next line ("Vereniging Oranjebond
    / Jan Hoitinga belt morgen", an address block's "Stichting X / Piet de Vries") would keep
    the person on that line as part of it. Layout lines (fields, address lines, list items)
    are separate units far more often than such a name wraps, so these spans are replaced by
    what the model finds on each of their lines read alone. A person's name across a line
    break stays as it is (it is redacted either way)."""
    out, split = [], []
    for s, e, lab in ents:
        if lab in ("PER", "PERSON") or "\n" not in text[s:e]:
            out.append((s, e, lab))
        else:
            split.append((s, e))
    lines: dict[tuple[int, int], list[tuple[int, int]]] = {}    # each line such a span touches
    for s, e in split:
        ls = text.rfind("\n", 0, s) + 1
        while ls < e:
            le = text.find("\n", ls)
            le = len(text) if le == -1 else le
            if text[ls:le].strip():
                lines.setdefault((ls, le), []).append((s, e))
            ls = le + 1
    keys = list(lines)
    have = set(out)
    for key, doc in zip(keys, nlp.pipe((text[a:b] for a, b in keys), batch_size=32)):
        for x in doc.ents:
            ent = (key[0] + x.start_char, key[0] + x.end_char, x.label_)
            if ent not in have and any(ent[0] < e and s < ent[1] for s, e in lines[key]):
                have.add(ent)
                out.append(ent)
    return out
