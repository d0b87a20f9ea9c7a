"""Recognizer `address_after_name`: a street and house number in brackets right after a
person's name ("De heer Harm X (Zeevang 14) vraagt …", "mevrouw Y (Achterom 3a)"): that
person's address, whatever the street's name ends in. Runs after the persons are found."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer

_IN_BRACKETS = regex.compile(r"[ ]?\((?P<street>(?:\p{Lu}[\p{L}'’.-]*[ ]){1,3})(?P<number>\d{1,5}(?:[ ]?[a-zA-Z])?"
                             r"(?:-\d{1,4})?)\)")


@recognizer("address_after_name")
class AddressAfterName(Recognizer):
    stage = 5

    def analyze(self, a: Analysis):
        out = []
        lex = self.res.lex
        taken = {(f.start, f.end) for f in a.findings if f.label == Label.ADDRESS}
        for f in a.findings:
            if f.label != Label.PERSON or f.context.get("role") or f.context.get("person_role"):
                continue
            m = _IN_BRACKETS.match(a.text, f.end)
            if not m:
                continue
            words = m.group("street").split()
            # not a party, a unit or a date in brackets ("(CDA)", "(DJZ 3)", "(mei 2024)")
            if any(w.isupper() or lex.is_not_name(w) for w in words):
                continue
            s, e = m.start("street"), m.end("number")
            if (s, e) in taken:
                continue
            out.append(a.finding(s, e, Label.ADDRESS, self.detector, self.score,
                                 "adres tussen haakjes na een naam", address="citizen"))
        return out
