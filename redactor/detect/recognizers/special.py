"""Special categories of personal data (health, religion, ethnicity, sexual life, political
opinion, criminal records): keywords from rules/special_categories.yaml, flagged for review
only in a sentence that is about an individual person."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer

SENT_SPLIT = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})|\n\s*\n")


@recognizer("special_category")
class SpecialCategory(Recognizer):
    stage = 6

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        spec = res.special or {}
        self.cats = []
        for name, c in (spec.get("categories") or {}).items():
            kws = c.get("keywords") or []
            if not kws:
                continue
            rx = regex.compile(r"(?<![\w-])(?:" + "|".join(kws) + r")(?![\w-])", regex.IGNORECASE)
            self.cats.append((name, c.get("reason", name), rx))
        cues = spec.get("person_cues") or []
        self.cues = regex.compile(r"(?<![\w])(?:" + "|".join(cues) + r")(?![\w])", regex.IGNORECASE) if cues else None

    def analyze(self, a: Analysis):
        out = []
        if not self.cats:
            return out
        text = a.text
        persons = [f for f in a.findings if f.label in (Label.PERSON,) and not f.context.get("role")
                   and not f.context.get("citation")]
        pos = 0
        for part in SENT_SPLIT.split(text) + [""]:
            if not part:
                continue
            s0 = text.find(part, pos)
            if s0 < 0:
                continue
            e0 = s0 + len(part)
            pos = e0
            hits = []
            for name, reason, rx in self.cats:
                for m in rx.finditer(text, s0, e0):
                    hits.append((m.start(), m.end(), name, reason))
            if not hits:
                continue
            about_person = any(s0 <= f.start < e0 for f in persons)
            cue = self.cues.search(text, s0, e0) if self.cues else None
            if not (about_person or cue):
                continue
            for s, e, name, reason in hits:
                out.append(a.finding(s, e, Label.SPECIAL, self.detector, self.score,
                                     f"mogelijk bijzonder persoonsgegeven ({reason}) in een zin over een persoon",
                                     category=name, reason=reason))
        return out
