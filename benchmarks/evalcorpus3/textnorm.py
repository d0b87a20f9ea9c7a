"""Normalisation and counting for the held-out evaluation corpus.

Written from the description of the normalisation in the development corpus'
README (same rules, independent code), so that counts in our truth.json mean
the same thing as counts in the development truth.json:

  1. Unicode NFC; soft hyphens removed; no-break / narrow / figure / thin
     spaces become a space; U+2010 and U+2011 become '-'; curly single quotes
     become "'"; the ff/fi/fl/ffi/ffl ligatures are expanded; form feeds
     become newlines.
  2. A '-' at the end of a line between two lower-case letters is removed
     together with the line break.
  3. Any other '-' at the end of a line keeps the hyphen, loses the break.
  4. Every whitespace run becomes one space; the result is trimmed.

count(norm_text, s) is str.count of normalize(s) in the normalised text; the
generator also checks that this equals the boundary-aware count (no truth
string ever occurs inside a longer word).
"""
import re
import unicodedata

_MAP = {
    0x00AD: None,          # soft hyphen
    0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",
    0x2010: "-", 0x2011: "-",
    0x2018: "'", 0x2019: "'",
    0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
    0x000C: "\n",
}
_LC = "a-zß-öø-ÿāăąćčďđēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżž"
_SOFT_BREAK = re.compile(r"(?<=[%s])-[ \t]*\n\s*(?=[%s])" % (_LC, _LC))
_HARD_BREAK = re.compile(r"-[ \t]*\n\s*(?=\S)")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_MAP)
    text = _SOFT_BREAK.sub("", text)
    text = _HARD_BREAK.sub("-", text)
    return _SPACE.sub(" ", text).strip()


def count(norm_text: str, s: str) -> int:
    return norm_text.count(normalize(s))


def count_bounded(norm_text: str, s: str) -> int:
    pat = re.compile(r"(?<!\w)" + re.escape(normalize(s)) + r"(?!\w)")
    return len(pat.findall(norm_text))


def find_bounded(text: str, s: str):
    """Start offsets of boundary-aware occurrences of s in text (no normalisation)."""
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    return [m.start() for m in pat.finditer(text)]
