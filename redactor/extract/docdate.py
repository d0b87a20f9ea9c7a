"""The document's own date, for the productierapport and the inventory.

Woo inventories list the date of the document itself: the "Datum" in a memo or letter
header, the "Verzonden" line of an e-mail. Only when the text has none do we fall back to
the PDF's modification or creation date.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WRITTEN = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Labels whose value is the document date; searched first.
_LABELS = re.compile(r"^(?:datum|date|verzonden|sent|verstuurd|dagtekening)\s*:?", re.IGNORECASE | re.MULTILINE)
# Lines that carry other dates (birth, deadlines, received) are not the document date.
_NOT_DOC_DATE = re.compile(r"geboren|geboorte|ontvangen|termijn|uiterlijk|vervalt", re.IGNORECASE)


def _valid(y: int, m: int, d: int) -> str:
    try:
        if 1900 <= y <= 2100:
            return date(y, m, d).isoformat()
    except ValueError:
        pass
    return ""


def parse_date(text: str) -> str:
    """First date in `text` as ISO YYYY-MM-DD, or ""."""
    best = None
    for rx, kind in ((_WRITTEN, "w"), (_NUMERIC, "n"), (_ISO, "i")):
        m = rx.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, kind)
    if best is None:
        return ""
    m, kind = best
    if kind == "w":
        return _valid(int(m.group(3)), MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
    if kind == "n":
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def pdf_date(value: str) -> str:
    """PDF date string (D:YYYYMMDD...) → ISO date."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value or "")
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else ""


def document_date(text: str, metadata: dict[str, str] | None = None, head_chars: int = 4000) -> str:
    head = text[:head_chars]
    for m in _LABELS.finditer(head):
        window = head[m.end():m.end() + 80]
        found = parse_date(window)
        if found:
            return found
    for line in head.splitlines():
        if _NOT_DOC_DATE.search(line):
            continue
        found = parse_date(line)
        if found:
            return found
    metadata = metadata or {}
    for key in ("ModDate", "CreationDate"):
        found = pdf_date(metadata.get(key, ""))
        if found:
            return found
    return ""
