"""Zoek en lak: every occurrence of user-supplied terms.

A term matches as whole words; case-sensitive unless asked otherwise. It also matches where
the layout broke it: across a line break ("Sanne van der\\nMeer"), hyphenated at a line end
("Ver-\\nbrugge"), with a soft hyphen, or where extraction split a word in two ("Ver brugge").
"""
from __future__ import annotations

import regex

from ..models import Finding, Label

# between two characters of one word: nothing, a soft hyphen, a line-end hyphenation, a line
# break, or a single space/tab left by extraction
_IN_WORD = r"(?:\u00ad|-?[ \t]*\n[ \t]*|[ \t])?"
_BETWEEN_WORDS = r"(?:[ \t]*\n[ \t]*|[ \t]+|-[ \t]*\n[ \t]*)"


def term_regex(term: str, ignore_case: bool = False) -> "regex.Pattern | None":
    words = term.split()
    if not words:
        return None
    parts = []
    for w in words:
        chars = [regex.escape(ch) for ch in w]
        parts.append(_IN_WORD.join(chars))
    body = _BETWEEN_WORDS.join(parts)
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(r"(?<![\w])" + body + r"(?![\w])", flags | regex.UNICODE)


class TermMatcher:
    def __init__(self, terms: list[str], ignore_case: bool = False, ground: str = "5.1.2e"):
        self.ground = ground
        self.terms = [t.strip() for t in terms or [] if t and t.strip()]
        self.rx = [(t, term_regex(t, ignore_case)) for t in self.terms]
        self.ignore_case = ignore_case

    def find(self, doc_id: str, text: str) -> list[Finding]:
        out: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for term, rx in self.rx:
            if rx is None:
                continue
            for m in rx.finditer(text):
                s, e = m.span()
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                out.append(Finding(doc_id=doc_id, start=s, end=e, text=text[s:e], label=Label.TERM,
                                   detector="list:terms", score=1.0,
                                   explanation="zoekterm uit de lijst van de gebruiker (zoek en lak)",
                                   context={"term": term, "ground": self.ground}))
        return out
