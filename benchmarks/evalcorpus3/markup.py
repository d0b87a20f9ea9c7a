"""Content markup and the document model shared by the content modules and generate.py.

Markup inside any visible string:
  [[visible text|CODE]]  a truth item. Upper-case codes are redacted, lower-case codes kept.
  **bold**               bold (outside [[...]] only)
  a newline              forced line break

Redact codes -> truth type:
  P person, I initials/paraph, E e-mail, T phone, A street address, Z postcode,
  B BSN, N IBAN, D date of birth, L licence plate, S printed name under a signature,
  O other personal identifier (service number, policy number, customer number ...)
Keep codes -> truth "why":
  min minister/staatssecretaris, kl Kamerlid, au author of a published work,
  org organisation, pl place/street/building, mb functional mailbox,
  gn general/switchboard number or website, w ordinary word, dt date,
  ken kenmerk/case number, oth other office holder or historical person
"""
import re
from dataclasses import dataclass, field

REDACT = {"P": "PERSON", "I": "INITIALS", "E": "EMAIL", "T": "PHONE", "A": "ADDRESS",
          "Z": "POSTCODE", "B": "BSN", "N": "IBAN", "D": "DOB", "L": "PLATE",
          "S": "SIGNATURE", "O": "OTHER"}
KEEP = {"min": "minister", "kl": "kamerlid", "au": "author", "org": "organisation",
        "pl": "place", "mb": "mailbox", "gn": "general-number", "w": "word", "dt": "date",
        "ken": "kenmerk", "oth": "other"}

_TOKEN = re.compile(r"\[\[(.+?)\|([A-Za-z]+)\]\]|\*\*", re.S)


class MarkupError(ValueError):
    pass


def parse(s):
    """-> (plain, spans, runs). spans: [(start, end, code)] in plain; runs: [(text, bold)]."""
    plain = []
    pos = 0
    spans = []
    runs = []
    bold = False
    n = 0

    def emit(t):
        nonlocal n
        if t:
            plain.append(t)
            if runs and runs[-1][1] == bold:
                runs[-1] = (runs[-1][0] + t, bold)
            else:
                runs.append((t, bold))
            n += len(t)

    for m in _TOKEN.finditer(s):
        emit(s[pos:m.start()])
        if m.group(0) == "**":
            bold = not bold
        else:
            text, code = m.group(1), m.group(2)
            if code not in REDACT and code not in KEEP:
                raise MarkupError(f"unknown code {code!r} in {m.group(0)!r}")
            if "[[" in text or "**" in text:
                raise MarkupError(f"nested markup in {m.group(0)!r}")
            spans.append((n, n + len(text), code))
            emit(text)
        pos = m.end()
    emit(s[pos:])
    if bold:
        raise MarkupError(f"unbalanced ** in {s!r}")
    out = "".join(plain)
    if "[[" in out or "]]" in out:
        raise MarkupError(f"stray brackets in {s!r}")
    return out, spans, runs


def plain(s):
    return parse(s)[0]


# ------------------------------------------------------------------ document model

@dataclass
class P:
    """Paragraph. style: body, small, title, h1, h2, h3, right, center, mono, quote, bullet."""
    text: str
    style: str = "body"
    size: float | None = None
    space_after: float | None = None
    space_before: float | None = None


@dataclass
class KV:
    """Header block of label/value rows. style: plain, grid, shaded, lines."""
    rows: list
    label_w: float = 0.22          # fraction of frame width
    style: str = "plain"
    size: float | None = None
    bold_labels: bool = True


@dataclass
class Tbl:
    rows: list
    widths: list                    # fractions of frame width
    header: bool = True
    size: float | None = None
    grid: bool = True
    shade: str | None = "#d9d9d9"   # header shading


@dataclass
class Sig:
    seed: int
    w_mm: float = 48
    h_mm: float = 17


@dataclass
class Sp:
    mm: float = 4


@dataclass
class PB:
    pass


@dataclass
class HR:
    pass


@dataclass
class Running:
    """Text repeated on pages: where in header/footer; pages all/first/rest."""
    text: str
    where: str = "footer"           # header, footer
    pages: str = "all"              # all, first, rest
    align: str = "left"             # left, right, center
    size: float = 7.5


@dataclass
class Doc:
    file: str
    kind: str
    producer: str                   # rl-std, rl-ttf, lo, chromium, scan
    author: str | None              # Info /Author metadata (not part of the truth)
    title: str
    date: str                       # yyyy-mm-dd, used for the PDF dates
    blocks: list = field(default_factory=list)
    running: list = field(default_factory=list)
    html: object = None             # callable(h) -> html document, for chromium
    font: str = "Helvetica"
    size: float = 10
    opts: dict = field(default_factory=dict)
    scan: dict | None = None        # for producer "scan": via, mode, seed, rot, ocr_layer, ...
    note: str = ""                  # one line for the README table
