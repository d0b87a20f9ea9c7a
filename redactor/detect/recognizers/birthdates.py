"""Dates of birth: after a birth-date word or under a birth-date column head (`dob`), and in
brackets right after a person's name (`dob_after_name`)."""
from __future__ import annotations

import datetime

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
from ..resources import words_regex

MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
DATE_RE = regex.compile(
    r"(?<![\w-])(?:\d{1,2}\s+" + MONTHS + r"\s+(?:19|20)\d{2}"
    r"|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})(?![\w-])", regex.IGNORECASE)
_WORD_BREAK = regex.compile(r"(?<=\p{L})\n(?=\p{Ll})")


@recognizer("dob")
class DobRecognizer(Recognizer):
    """A date right after a birth-date word (geboren, geboortedatum, geb.)."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        words = res.ctx_list("dob_words")
        self.ctx = words_regex([w.rstrip(".") for w in words])
        self.window = int(config.get("window", 60))

    def analyze(self, a: Analysis):
        out = []
        if not self.ctx:
            return out
        text = a.text
        for m in self.ctx.finditer(text):
            lo = m.end()
            hi = min(len(text), lo + self.window)
            seg = text[lo:hi]
            # stay within two line breaks (label cell, value cell)
            cut = [i for i, ch in enumerate(seg) if ch == "\n"]
            if len(cut) > 2:
                seg = seg[:cut[2]]
            d = DATE_RE.search(seg)
            if not d:
                continue
            # only the first date, and no other sentence in between
            if regex.search(r"[.!?]\s+\p{Lu}", seg[:d.start()]):
                continue
            s, e = lo + d.start(), lo + d.end()
            out.append(a.finding(s, e, Label.DOB, self.detector, self.score,
                                 f"geboortedatum (na '{m.group()}')"))
        out += self._column(a, {f.start for f in out})
        return out

    def _column(self, a: Analysis, found: set[int]) -> list:
        """Dates in a table under a birth-date column head ("Naam<TAB>Geboortedatum"; a
        narrow head may wrap, "Geboortedatu" / "m"): the first date of each row that is old
        enough to be one (a later date in the row is a decision or a check date)."""
        text, out = a.text, []
        # most documents name no birth date at all (a head wrapped inside the word is found
        # by joining a line that goes on in lower case)
        if not self.ctx.search(text) and not self.ctx.search(_WORD_BREAK.sub("", text)):
            return out
        lines = text.split("\n")
        starts = a.index.line_starts
        latest = datetime.date.today().year - 12
        head_until = -1       # the last line of the table under a birth-date head
        col, width = -1, 0    # the head's cell index and cell count, when the head is one line of cells
        for i, ln in enumerate(lines):
            if "\t" not in ln:
                continue
            if i > head_until or (col < 0 and self.ctx.search(ln) and not DATE_RE.search(ln)):
                # (also a column head below a "Geboortedatum<TAB>date" field of the same form)
                nxt = lines[i + 1:i + 4]
                # a narrow head may break inside the word: try the next line fused on too
                if any(self.ctx.search(x) for x in nxt) and not self.ctx.search(ln):
                    continue      # the head is a later line ("Huidig adres<TAB>..." above "Naam<TAB>Geboortedatum")
                if self.ctx.search(" ".join([ln] + nxt)) or (nxt and self.ctx.search(ln + nxt[0])):
                    head_until = i + 60
                    cells = ln.split("\t")
                    col, width = next((k for k, c in enumerate(cells) if self.ctx.search(c)), -1), len(cells)
                    if col >= 0 and DATE_RE.search(ln):
                        col = -1      # a label and its value side by side, no column head
                continue
            cells = ln.split("\t")
            if col >= 0 and len(cells) == width:
                # the row has the head's cells: the date in the birth-date column, at any age
                # ("Kavya<TAB>02-09-2019<TAB>kind" in a list of people moving house)
                d = DATE_RE.fullmatch(cells[col].strip())
                if d:
                    s = starts[i] + sum(len(c) + 1 for c in cells[:col]) + cells[col].index(d.group())
                    if s not in found:
                        out.append(a.finding(s, s + len(d.group()), Label.DOB, self.detector, self.score * 0.95,
                                             "geboortedatum (kolom geboortedatum)"))
                    continue
            for d in DATE_RE.finditer(ln):
                y = regex.search(r"(?:19|20)\d{2}$", d.group())
                if not y or int(y.group()) > latest:
                    continue
                s = starts[i] + d.start()
                if s not in found:
                    out.append(a.finding(s, starts[i] + d.end(), Label.DOB, self.detector, self.score * 0.95,
                                         "geboortedatum (kolom geboortedatum)"))
                break
        return out



@recognizer("dob_after_name")
class DobAfterName(Recognizer):
    """A full date in brackets right after a person's name is their date of birth:
    "haar zoon Emir (08-06-2007)", "J. de Vries (12 maart 1961)". Runs after the persons."""

    stage = 5
    _RX = regex.compile(r"[ \t]*\((\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|\d{1,2} \p{Ll}+ (?:19|20)\d{2})\)")

    def analyze(self, a: Analysis):
        out = []
        for f in a.findings:
            if f.label != Label.PERSON or f.context.get("role") or f.context.get("person_role"):
                continue
            m = self._RX.match(a.text, f.end)
            if m:
                out.append(a.finding(m.start(1), m.end(1), Label.DOB, self.detector, self.score,
                                     "geboortedatum (tussen haakjes na een naam)"))
        return out
