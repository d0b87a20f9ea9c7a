"""Typed records that cross stage boundaries: extract -> detect -> decide -> write -> log.

Coordinates: every box in these records is in the page's *default user space* as the
content stream sees it (PDF points, origin bottom-left, y up, before /Rotate is applied,
MediaBox offsets included). The writer works in that space directly; anything that shows a
page to a person (review app) converts using `Page.mediabox`, `Page.cropbox` and
`Page.rotation`.

A stage imports only this module and the stages before it.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Sequence
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


_NAN = float("nan")


def _column(code: str, values) -> array:
    # an array of the right type is taken as it is (unpickling: no copy)
    return values if isinstance(values, array) and values.typecode == code else array(code, values)


class PageWords(Sequence):
    """A page's words held in columns; `Word` records are made when they are read.

    Issue 7: a 1,000-page memo has ~470,000 words; as records (a Word, a Rect, four floats
    and the offsets as int objects each) they took ~200 MB, in columns ~80 MB. Readers see
    a sequence of `Word`s (indexing, slicing, iteration, ==); nothing keeps the records, so
    a reader that needs a word twice should hold on to it.
    """

    # texts: one string; text_ends, edge_ends: where word i's text and edges end; boxes: 4
    # per word; ints: 5 per word (page, start, end, line, direction); conf: one per word
    __slots__ = ("texts", "text_ends", "boxes", "ints", "conf", "edge_ends", "edges")

    def __init__(self, texts: str = "", text_ends=(), boxes=(), ints=(), conf=None, edge_ends=(), edges=()):
        self.texts = texts
        self.text_ends = _column("i", text_ends)
        self.boxes = _column("d", boxes)
        self.ints = _column("q", ints)
        self.conf = None if conf is None else _column("d", conf)   # None: no word has a confidence
        self.edge_ends = _column("i", edge_ends)
        self.edges = _column("d", edges)

    @classmethod
    def of(cls, words: Iterable[Word]) -> "PageWords":
        if isinstance(words, PageWords):
            return words
        pw = cls()
        texts, conf = [], []
        ends, boxes, ints, edge_ends, edges = pw.text_ends, pw.boxes, pw.ints, pw.edge_ends, pw.edges
        n = 0
        for w in words:
            texts.append(w.text)
            n += len(w.text)
            ends.append(n)
            b = w.box
            boxes.extend((b.x0, b.y0, b.x1, b.y1))
            ints.extend((w.page, w.start, w.end, w.line, w.direction))
            conf.append(_NAN if w.confidence is None else w.confidence)
            edges.extend(w.char_edges)
            edge_ends.append(len(edges))
        pw.texts = "".join(texts)
        if any(c == c for c in conf):
            pw.conf = array("d", conf)
        return pw

    def __len__(self) -> int:
        return len(self.text_ends)

    def _word(self, i: int) -> Word:
        t0 = self.text_ends[i - 1] if i else 0
        e0 = self.edge_ends[i - 1] if i else 0
        k, m = 4 * i, 5 * i
        ints, b = self.ints, self.boxes
        c = self.conf[i] if self.conf is not None else _NAN
        return Word(self.texts[t0:self.text_ends[i]], ints[m], Rect(b[k], b[k + 1], b[k + 2], b[k + 3]),
                    ints[m + 1], ints[m + 2], ints[m + 3], tuple(self.edges[e0:self.edge_ends[i]]),
                    ints[m + 4], None if c != c else c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._word(j) for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("word index out of range")
        return self._word(i)

    def __iter__(self):
        for i in range(len(self)):
            yield self._word(i)

    def __eq__(self, other) -> bool:
        if isinstance(other, PageWords):   # conf by its bytes: NaN (no confidence) equals NaN
            return (all(getattr(self, a) == getattr(other, a) for a in self.__slots__ if a != "conf")
                    and (self.conf is None) == (other.conf is None)
                    and (self.conf is None or self.conf.tobytes() == other.conf.tobytes()))
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"PageWords({len(self)} words)"

    def __reduce__(self):
        return (PageWords, (self.texts, self.text_ends, self.boxes, self.ints, self.conf,
                            self.edge_ends, self.edges))

    def start(self, i: int) -> int:
        """Word i's offset in Document.text, without making its record."""
        return self.ints[5 * i + 1]


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
    words: PageWords = field(default_factory=PageWords)   # a list of Words given is stored as PageWords
    images: list[ImageBox] = field(default_factory=list)
    ocr: bool = False                        # words came from OCR, not from a text layer
    ocr_reason: str = ""                     # why OCR was used ("no text layer", ...)
    image_coverage: float = 0.0              # share of the page area covered by images

    def __post_init__(self):
        if not isinstance(self.words, PageWords):
            self.words = PageWords.of(self.words)


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

    def page_starts(self) -> list[tuple[int, int]]:
        """(offset of the first word, page index) of every page with words, in text order."""
        return [(p.words.start(0), p.index) for p in self.pages if len(p.words)]

    def page_of(self, offset: int, starts: list[tuple[int, int]] | None = None) -> int:
        """0-based index of the page holding char offset `offset` (0 when no page has
        words). Pass `page_starts()` when asking for many offsets."""
        starts = self.page_starts() if starts is None else starts
        i = bisect.bisect_right(starts, (offset, float("inf"))) - 1
        return starts[i][1] if i >= 0 else 0


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
