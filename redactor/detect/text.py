"""Tokens and lines over `Document.text`.

The rule layer works on its own light tokenisation of the document text (fast, and it keeps
the layout signals the rules need: line starts, tab-separated table cells, sentence starts).
Every token keeps its char span in `Document.text`, so findings are spans into that text.
"""
from __future__ import annotations

import bisect
from sys import intern
from dataclasses import dataclass, field

import regex

# Initials: "J.", "J.P.", "A.B.C.", "Th.", "IJ." (a capital, optionally one of the usual Dutch
# digraph abbreviations, each followed by a dot).
_INIT = r"(?:(?:Th|Ch|Chr|Ph|Joh|Jac|Wm|IJ|\p{Lu})\.){1,6}"
_WORD = r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
TOKEN_RE = regex.compile(
    rf"(?P<init>(?<![\p{{L}}\d]){_INIT}(?![\p{{L}}\d]))"
    rf"|(?P<apo>['’]t(?![\p{{L}}\d])|(?<![\p{{L}}\d])v\.\s?d\.|(?<![\p{{L}}\d])v/d(?![\p{{L}}\d]))"
    rf"|(?P<word>{_WORD})"
    r"|(?P<num>\d+(?:[.,:/]\d+)*)"
    r"|(?P<punct>[^\s\w])"
)
EMAIL_AT = regex.compile(r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+")
URL_HEAD = regex.compile(r"(?i)(?:https?://|www\.)\S+")
DOMAIN_TAIL = regex.compile(r"(?i)\.(?:nl|com|org|eu|net|be|de|info|gov)\b(?:/\S*)?")
_LEFT_DOMAIN = regex.compile(r"[\w.-]+$")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, web addresses and bare domains ("www.ede.nl", "ede.nl/afval").
    Anchored on "@", "http"/"www." and ".nl"-like endings, so the scan stays fast."""
    spans = []
    i = text.find("@")
    while i >= 0:
        lo = max(0, i - 80)
        m = EMAIL_AT.search(text, lo, min(len(text), i + 120))
        while m and m.end() <= i:
            m = EMAIL_AT.search(text, m.end(), min(len(text), i + 120))
        if m and m.start() <= i:
            spans.append((m.start(), m.end()))
            i = text.find("@", m.end())
        else:
            i = text.find("@", i + 1)
    if "www" in text or "http" in text:
        spans += [m.span() for m in URL_HEAD.finditer(text)]
    for m in DOMAIN_TAIL.finditer(text):
        left = _LEFT_DOMAIN.search(text, max(0, m.start() - 80), m.start())
        if left and left.group().strip(".-"):
            spans.append((left.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


SENT_END = {".", "!", "?", ":", ";", "•", "·", "–", "—", "*", ">"}


@dataclass(slots=True)
class Token:
    i: int
    text: str
    start: int
    end: int
    kind: str            # word | init | apo | num | punct
    line: int            # global line number
    col: int = 0         # table cell index on its line (cells separated by "\t")
    in_url: bool = False
    possessive: bool = False    # "Olga's": token is "Olga", the "'s" follows
    line_start: bool = False
    sent_start: bool = False

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def cap(self) -> bool:
        return self.kind in ("word", "init") and self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        return self.kind == "word" and len(self.text) > 1 and self.text.isupper()


@dataclass
class TextIndex:
    text: str
    tokens: list[Token]
    line_starts: list[int]
    _tok_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str) -> "TextIndex":
        line_starts = [0]
        j = text.find("\n")
        while j >= 0:
            line_starts.append(j + 1)
            j = text.find("\n", j + 1)
        url_spans_ = url_spans(text)
        tokens: list[Token] = []
        ui = 0
        line = 0
        col = 0
        last_end = 0
        nurl = len(url_spans_)
        for m in TOKEN_RE.finditer(text):
            s, e = m.span()
            if s > last_end:
                gap = text[last_end:s]
                if "\n" in gap:
                    line += gap.count("\n")
                    col = gap.rsplit("\n", 1)[1].count("\t")
                elif "\t" in gap:
                    col += gap.count("\t")
            last_end = e
            kind = m.lastgroup
            t = intern(m.group())   # issue 7: a long document repeats its words; one string each
            in_url = False
            if nurl:
                while ui < nurl and url_spans_[ui][1] <= s:
                    ui += 1
                in_url = ui < nurl and url_spans_[ui][0] <= s < url_spans_[ui][1]
            if kind == "word" and len(t) > 2 and t[-2] in "'’" and t[-1] in "sS" and t[0].isupper():
                tokens.append(Token(len(tokens), t[:-2], s, e - 2, kind, line, col, in_url, True))
                continue
            tokens.append(Token(len(tokens), t, s, e, kind, line, col, in_url))
        idx = cls(text, tokens, line_starts)
        idx._tok_starts = [t.start for t in tokens]
        idx._mark_starts()
        return idx

    def _mark_starts(self) -> None:
        prev: Token | None = None
        prev_line_text = ""
        for t in self.tokens:
            if prev is None or prev.line != t.line:
                t.line_start = True
            if prev is None:
                t.sent_start = True
            elif prev.kind == "punct" and prev.text in SENT_END:
                t.sent_start = True
            elif t.col != prev.col and t.line == prev.line:
                t.sent_start = True           # a new table cell
            elif t.line_start:
                # A new line starts a sentence when the previous line ended a sentence, or
                # the previous line is a short layout line (header, table cell, list).
                prev_line_text = self.line_text(prev.line).strip()
                if not prev_line_text or prev_line_text[-1] in ".!?:;" or len(prev_line_text) < 45 \
                        or "\t" in prev_line_text or self.text[prev.end:t.start].count("\n") > 1:
                    t.sent_start = True
            prev = t

    # ------------------------------------------------------------------ lookups
    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_span(self, line: int) -> tuple[int, int]:
        s = self.line_starts[line]
        e = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        return s, e

    def line_text(self, line: int) -> str:
        s, e = self.line_span(line)
        return self.text[s:e]

    @property
    def n_lines(self) -> int:
        return len(self.line_starts)

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after offset."""
        return bisect.bisect_left(self._tok_starts, offset)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self._tok_starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            out.append(self.tokens[i])
            i += 1
        return out

    def line_tokens(self, line: int) -> list[Token]:
        s, e = self.line_span(line)
        return self.tokens_in(s, e + 1)

    def gap(self, a: Token, b: Token) -> str:
        """The characters between two tokens."""
        return self.text[a.end:b.start]


class Spans:
    """A fixed set of char spans with an O(log n) overlap test."""

    def __init__(self, spans):
        sp = sorted((s, e) for s, e in spans)
        self.starts = [s for s, _ in sp]
        self.maxend = []
        m = -1
        for _, e in sp:
            m = max(m, e)
            self.maxend.append(m)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.maxend[i - 1] > s

    def covers(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)


_HYPHEN_TAIL = regex.compile(r"-[ \t]*\n[ \t]*(\p{Ll}+)")


def join_hyphenated(text: str, findings: list) -> list:
    """A name or address broken over two lines with a hyphen ("Hoek-" / "stra"): the finding
    takes the rest of the word, so no part of it stays readable. Returns `findings`."""
    for f in findings:
        if f.end < len(text) and text[f.end] == "-":
            m = _HYPHEN_TAIL.match(text, f.end)
            if m:
                f.end = m.end()
                f.text = text[f.start:f.end]
    return findings
