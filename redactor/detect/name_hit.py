"""The record of one person name found in a text (see names.py).

Its own module because the finders in names.py and name_reversed.py both make it, and the
recognizers read it without needing the engine.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NameHit:
    start: int
    end: int
    first: list[str] = field(default_factory=list)
    initials: str = ""
    tv: str = ""
    surname: str = ""
    kind: str = ""              # full | init | first | sur | rev
    score: float = 0.0
    layout: str = "body"        # body | header | email_header | signature | greeting | ...
    evidence: str = ""
    title: str = ""
    tokens: tuple[int, int] = (0, 0)
    label: str = ""             # the header label the name stands under ("behandeld door")
