"""Recognizer `name_fields`: the value of a form field whose label says it is a person's
name ("Achternaam: DE GRAAF-VLIETSTRA", "Voornamen\tJOHANNA MARIA", "Naam aanvrager
BERKHOUT, P.J.").

Forms are often filled in in capitals, and a scanned form is read that way: the name rules
refuse words in capitals (abbreviations), so a name field's value is taken on its label's
word, whatever its case. Labels are in `rules/context.yaml: name_field_labels`; values that
say there is no name ("n.v.t.", "onbekend", "anoniem") are left.
"""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
from ..text import Spans

_VALUE = regex.compile(r"[\p{L}][\p{L}'’. ,-]{0,58}[\p{L}.]|\p{L}")
_NO_NAME = {"n.v.t.", "nvt", "n.v.t", "onbekend", "anoniem", "geen", "nee", "ja", "zie bijlage", "idem",
            "niet van toepassing", "-", "x"}


@recognizer("name_fields")
class NameFields(Recognizer):
    stage = 3

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        labels = sorted({str(x).lower() for x in res.ctx_list("name_field_labels")}, key=len, reverse=True)
        alt = "|".join(regex.escape(x).replace(r"\ ", r"[ ]+") for x in labels)
        # the label starts its line or cell and ends with a colon or a tab
        self.rx = regex.compile(r"(?im)(?:^|(?<=\t))[ ]*(?:" + alt + r")[ ]*(?::[ \t]*|\t[ ]*)(?=\S)") if labels else None

    def analyze(self, a: Analysis):
        if self.rx is None:
            return []
        text = a.text
        lex = self.res.lex
        taken = Spans((f.start, f.end) for f in a.findings if not f.context.get("internal"))
        out = []
        for m in self.rx.finditer(text):
            vs = m.end()
            ve = text.find("\n", vs)
            ve = len(text) if ve == -1 else ve
            tab = text.find("\t", vs, ve)
            ve = tab if tab != -1 else ve
            v = _VALUE.match(text, vs, ve)
            if not v or v.end() < ve and text[v.end():ve].strip():
                continue          # digits, an e-mail address or more after it: no plain name
            value = v.group().strip(" ,")
            if value.lower() in _NO_NAME or len(value.replace(".", "").replace(" ", "")) < 2:
                continue
            s = vs + v.group().index(value)
            if taken.overlaps(s, s + len(value)):
                continue          # the name rules judged it already (a person, office holder, organisation)
            words = [w for w in regex.split(r"[ ,.-]+", value) if w]
            if not value.isupper() and all(lex.is_word(w) and not lex.is_surname(w) and not lex.is_first_name(w)
                                           for w in words):
                continue          # a column head ("Naam\tFunctie") or an ordinary word
            out.append(a.finding(s, s + len(value), Label.PERSON, self.detector, self.score,
                                 "naam in een formulierveld", layout="form",
                                 field=m.group().strip(" \t:").lower()))
        return out
