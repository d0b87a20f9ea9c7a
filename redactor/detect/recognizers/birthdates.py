"""Dates of birth known from their place in the text rather than from a label."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer


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
