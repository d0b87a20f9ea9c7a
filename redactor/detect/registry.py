"""One interface for every recognizer, registered by name (like spaCy factories).

A recognizer type is a class registered with `@recognizer("type-name")`. Instances and their
configuration (patterns, context words, validator, score) live in `rules/detect.yaml`:

    recognizers:
      - id: bsn                 # instance id: becomes the finding's detector "rule:bsn"
        type: pattern           # registered type
        label: BSN
        patterns: [...]
        validator: elfproef     # registered validator (see validators.py)
        context: [bsn, burgerservicenummer]
        score: 0.6

Every recognizer gets the shared `Analysis` of one document and returns findings; the
`Detector` merges them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..models import Finding, Label
from .text import TextIndex

RECOGNIZERS: dict[str, type["Recognizer"]] = {}
VALIDATORS: dict[str, Callable[[str], bool]] = {}


def recognizer(name: str):
    def deco(cls):
        cls.type_name = name
        RECOGNIZERS[name] = cls
        return cls
    return deco


def validator(name: str):
    def deco(fn):
        VALIDATORS[name] = fn
        return fn
    return deco


@dataclass
class Analysis:
    """Everything recognizers share about one document."""

    doc_id: str
    text: str
    index: TextIndex
    res: "object"                                   # detect.resources.Resources
    ner: list[tuple[int, int, str]] = field(default_factory=list)   # model entities (start, end, label)
    findings: list[Finding] = field(default_factory=list)           # filled in stages (earlier recognizers)
    persons: list = field(default_factory=list)     # PersonRecords found so far in this document
    extra: dict = field(default_factory=dict)
    doc: "object" = None                            # the Document (pages, words, images)

    def finding(self, start: int, end: int, label: Label, detector: str, score: float,
                explanation: str, **context: str) -> Finding:
        return Finding(doc_id=self.doc_id, start=start, end=end, text=self.text[start:end],
                       label=label, detector=detector, score=round(float(score), 3),
                       explanation=explanation, context={k: str(v) for k, v in context.items() if v not in (None, "")})


class Recognizer:
    """Base class. Subclasses implement `analyze`."""

    type_name = "base"
    stage = 1          # recognizers run in stage order; later stages see earlier findings

    def __init__(self, id: str, config: dict, res):
        self.id = id
        self.config = config
        self.res = res
        self.label = Label(config.get("label", "OTHER"))
        self.score = float(config.get("score", 0.8))

    @property
    def detector(self) -> str:
        return f"rule:{self.id}"

    def analyze(self, a: Analysis) -> list[Finding]:  # pragma: no cover - interface
        raise NotImplementedError
