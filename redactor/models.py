"""Typed records that cross stage boundaries: extract -> detect -> decide -> write -> log.

Coordinates: every box in these records is in the page's *default user space* as the
content stream sees it (PDF points, origin bottom-left, y up, before /Rotate is applied,
MediaBox offsets included). The writer works in that space directly; anything that shows a
page to a person (review app) converts using `Page.mediabox`, `Page.cropbox` and
`Page.rotation`.

A stage imports only this module and the stages before it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Rect:
    """Axis-aligned rectangle in default user space (y up)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def normalized(self) -> "Rect":
        return Rect(min(self.x0, self.x1), min(self.y0, self.y1),
                    max(self.x0, self.x1), max(self.y0, self.y1))

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: "Rect") -> "Rect":
        return Rect(min(self.x0, other.x0), min(self.y0, other.y0),
                    max(self.x1, other.x1), max(self.y1, other.y1))

    def intersects(self, other: "Rect") -> bool:
        return (self.x0 < other.x1 and other.x0 < self.x1
                and self.y0 < other.y1 and other.y0 < self.y1)

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)

    def __reduce__(self):
        # issue 7: pickled by position; the dataclass default (getstate per field) made the
        # document cache of a 1,000-page PDF take half a minute to write and to read
        return (Rect, (self.x0, self.y0, self.x1, self.y1))


@dataclass(frozen=True, slots=True)
class Word:
    """One word as extracted, with its place in `Document.text`.

    `char_edges` holds len(text)+1 offsets along the baseline direction, relative to the
    start of `box` in reading direction, so that a sub-span of a word (an e-mail address
    inside angle brackets, the name in "Olga's") gets a box of its own.
    """

    text: str
    page: int            # 0-based page index
    box: Rect
    start: int           # offset of the first character in Document.text
    end: int             # offset after the last character
    line: int            # line number within the page (reading order)
    char_edges: tuple[float, ...] = ()
    direction: int = 0   # text direction in user space: 0 = left→right, 90 = bottom→top, 180, 270
    confidence: float | None = None   # OCR confidence 0..100, None for a text layer

    def __reduce__(self):
        # issue 7: pickled by position (see Rect.__reduce__)
        return (Word, (self.text, self.page, self.box, self.start, self.end, self.line,
                       self.char_edges, self.direction, self.confidence))

    def sub_box(self, start: int, end: int) -> Rect:
        """Box of characters [start, end) of this word (offsets relative to the word)."""
        if not self.char_edges or (start <= 0 and end >= len(self.text)):
            return self.box
        e = self.char_edges
        a, b = e[max(0, start)], e[min(len(e) - 1, end)]
        bx = self.box
        if self.direction == 0:
            return Rect(bx.x0 + a, bx.y0, bx.x0 + b, bx.y1)
        if self.direction == 180:
            return Rect(bx.x1 - b, bx.y0, bx.x1 - a, bx.y1)
        if self.direction == 90:
            return Rect(bx.x0, bx.y0 + a, bx.x1, bx.y0 + b)
        return Rect(bx.x0, bx.y1 - b, bx.x1, bx.y1 - a)


@dataclass(frozen=True, slots=True)
class ImageBox:
    """Where an image is painted on a page (for signature and scan handling)."""

    box: Rect
    name: str = ""           # XObject name or "inline"
    pixel_width: int = 0
    pixel_height: int = 0


@dataclass(slots=True)
class Page:
    index: int                               # 0-based
    width: float                             # CropBox width in points (as displayed, unrotated)
    height: float
    rotation: int                            # /Rotate, one of 0, 90, 180, 270
    mediabox: Rect
    cropbox: Rect
    words: list[Word] = field(default_factory=list)
    images: list[ImageBox] = field(default_factory=list)
    ocr: bool = False                        # words came from OCR, not from a text layer
    ocr_reason: str = ""                     # why OCR was used ("no text layer", ...)
    image_coverage: float = 0.0              # share of the page area covered by images


@dataclass(slots=True)
class Document:
    id: str                                  # stable: derived from the file's content hash
    source: Path
    sha256: str
    pages: list[Page]
    text: str                                # all words; " " within a line, "\n" between lines
    title: str = ""
    date: str = ""                           # ISO date (YYYY-MM-DD) or ""
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def words(self):
        for p in self.pages:
            yield from p.words


class Label(str, Enum):
    PERSON = "PERSON"
    INITIALS = "INITIALS"          # initials or paraph standing alone ("JPW", "SvdM")
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    BSN = "BSN"
    IBAN = "IBAN"
    DOB = "DOB"
    PLATE = "PLATE"
    ID_NUMBER = "ID_NUMBER"        # passport, V-number, other identification numbers
    SIGNATURE = "SIGNATURE"        # an image area (handwritten signature, paraph)
    SPECIAL = "SPECIAL"            # special category data (health, religion, ...): review
    TERM = "TERM"                  # a user-supplied search term ("zoek en lak")
    ORG = "ORG"
    LOC = "LOC"
    OTHER = "OTHER"


@dataclass(slots=True)
class Finding:
    """Something a detector found. Carries its explanation from the moment it is made."""

    doc_id: str
    start: int                     # char span in Document.text
    end: int
    text: str
    label: Label
    detector: str                  # recognizer / component / rule id, e.g. "pattern.bsn"
    score: float                   # 0..1
    explanation: str               # Dutch, readable by a reviewer
    # Context the policy needs: role words near the mention ("minister", "wethouder"),
    # the layout context ("e-mail header", "signature block"), a person key that ties
    # mentions of one person together, and anything else a recognizer knows.
    context: dict[str, str] = field(default_factory=dict)
    areas: list["PageArea"] = field(default_factory=list)   # for image findings (signatures)

    @property
    def person_key(self) -> str:
        return self.context.get("person", "")


class Action(str, Enum):
    REDACT = "redact"
    KEEP = "keep"
    REVIEW = "review"   # redacted by default (fail safe) and flagged for a reviewer


@dataclass(slots=True)
class Decision:
    finding: Finding
    action: Action
    ground: str                    # "5.1.2e", "5.1.1e", ... ("" for keep)
    reason: str                    # Dutch, readable by a reviewer
    actor: str                     # "rule:<id>", "list:<name>", "model:<name>", "reviewer:<name>"
    time: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def redacts(self) -> bool:
        return self.action in (Action.REDACT, Action.REVIEW)


@dataclass(frozen=True, slots=True)
class PageArea:
    page: int                      # 0-based
    rect: Rect


@dataclass(slots=True)
class RedactionArea:
    """What the writer removes and labels: one or more rectangles on one page."""

    page: int                      # 0-based
    rects: list[Rect]
    ground: str                    # label drawn in the box, e.g. "5.1.2e"
    decision_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class WriteResult:
    output: Path
    pages: int
    areas: int
    glyphs_removed: int
    images_changed: int
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # issue 7: {"selfcheck": seconds}


@dataclass(slots=True)
class DocumentOutcome:
    """What happened to one input document in a run (read by the log stage)."""

    doc_id: str
    source: str                    # path as given / found
    name: str                      # original file name
    sha256: str
    status: str = "done"           # done | failed | skipped (unchanged since the last run)
    pages: int = 0
    outcome: str = ""              # Openbaar | Deels openbaar | Niet openbaar
    grounds: list[str] = field(default_factory=list)
    date: str = ""
    title: str = ""
    output: str = ""               # path of the published PDF, relative to OUT/
    output_sha256: str = ""
    error_kind: str = ""
    error: str = ""
    label_counts: dict[str, int] = field(default_factory=dict)
    decision_counts: dict[str, int] = field(default_factory=dict)
    ocr_pages: int = 0
    timings: dict[str, float] = field(default_factory=dict)
