"""Special categories of personal data (health, religion, ethnicity, sexual life, political
opinion, criminal records): keywords from rules/special_categories.yaml, flagged for review
only in a sentence that is about an individual person."""
from __future__ import annotations

import re

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer

SENT_END = regex.compile(r"[.!?](?=\s+\p{Lu})|\n\s*\n")


@recognizer("special_category")
class SpecialCategory(Recognizer):
    stage = 6

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        spec = res.special or {}
        self.cats = []
        alts = []
        for i, (name, c) in enumerate((spec.get("categories") or {}).items()):
            kws = c.get("keywords") or []
            if not kws:
                continue
            self.cats.append((name, c.get("reason", name)))
            alts.append(f"(?P<c{len(self.cats) - 1}>" + "|".join(kws) + ")")
        # one pass over the text for all categories
        pat = r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"
        self.rx = None
        if alts:
            try:    # the standard library engine is faster on this plain alternation
                self.rx = re.compile(pat, re.IGNORECASE)
            except re.error:
                self.rx = regex.compile(pat, regex.IGNORECASE)
        cues = spec.get("person_cues") or []
        self.cues = regex.compile(r"(?<![\w])(?:" + "|".join(cues) + r")(?![\w])", regex.IGNORECASE) if cues else None

    def analyze(self, a: Analysis):
        out = []
        if not self.cats:
            return out
        text = a.text
        hits = []
        for m in self.rx.finditer(text):
            gi = int(m.lastgroup[1:])
            name, reason = self.cats[gi]
            hits.append((m.start(), m.end(), name, reason))
        if not hits:
            return out
        persons = [f for f in a.findings if f.label == Label.PERSON and not f.context.get("role")
                   and not f.context.get("citation")]
        for s, e, name, reason in sorted(hits):
            s0, e0 = self._sentence(text, s, e)
            about_person = any(s0 <= f.start < e0 for f in persons)
            if not about_person and not (self.cues and self.cues.search(text, s0, e0)):
                continue
            out.append(a.finding(s, e, Label.SPECIAL, self.detector, self.score,
                                 f"mogelijk bijzonder persoonsgegeven ({reason}) in een zin over een persoon",
                                 category=name, reason=reason))
        return out

    @staticmethod
    def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
        lo = max(0, s - 400)
        seg = text[lo:s]
        cut = max((m.end() for m in SENT_END.finditer(seg)), default=0)
        s0 = lo + cut
        m = SENT_END.search(text, e, min(len(text), e + 400))
        e0 = m.start() + 1 if m else min(len(text), e + 400)
        return s0, e0

