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
        self.column_heads = set(res.ctx_list("name_column_heads"))
        self.org_heads = set(res.ctx_list("org_line_heads")) | set(res.ctx_list("legal_forms"))

    def analyze(self, a: Analysis):
        out = self._columns(a)
        if self.rx is None:
            return out
        text = a.text
        lex = self.res.lex
        taken = Spans([(f.start, f.end) for f in a.findings if not f.context.get("internal")]
                      + [(f.start, f.end) for f in out])
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


    # ------------------------------------------------------------------ name columns
    def _columns(self, a: Analysis) -> list:
        """The cells under a column head "Naam" (tab-separated rows, up to a blank line): a
        signature list, a call list. The value is cut before an organisation word ("Kwame X
        Politie Oost-Nederland": merged cells) and may end in a bracket ("Bram (invalkracht)")."""
        if not self.column_heads or "\t" not in a.text:
            return []
        lex = self.res.lex
        taken = Spans((f.start, f.end) for f in a.findings if not f.context.get("internal"))
        out = []
        idx = a.index
        li, n = 0, idx.n_lines
        while li < n:
            cells = idx.line_text(li).split("\t")
            col = next((k for k, c in enumerate(cells) if len(cells) > 1 and _head(c) in self.column_heads), None)
            li += 1
            if col is None:
                continue
            last = li + 80
            while li < last and li < n and idx.line_text(li).strip():
                ls, _ = idx.line_span(li)
                row = idx.line_text(li)
                cells = row.split("\t")
                # a row has cells; a line without a tab is a wrapped cell or the text after the table
                if len(cells) > max(col, 1):
                    start = ls + sum(len(c) + 1 for c in cells[:col])
                    f = self._cell_name(a, cells[col], start, taken, lex)
                    if f is not None:
                        out.append(f)
                li += 1
        return out

    def _cell_name(self, a: Analysis, cell: str, start: int, taken: Spans, lex):
        m = _ROW_LEAD.match(cell)
        s = start + (m.end() if m else 0)
        v = _CELL_VALUE.match(a.text, s, start + len(cell))
        if not v:
            return None
        words = v.group().split()
        keep = []
        for w in words:
            if keep and (w.lower().strip(".,") in self.org_heads or w.lower() in _NO_NAME):
                break
            keep.append(w)
        value = " ".join(keep).strip(" ,&")
        rest = a.text[s + len(value):start + len(cell)].strip()
        if len(keep) > 5 or not value or value.lower() in _NO_NAME or (rest and not _BRACKET_REST.fullmatch(rest)
                                                                         and len(keep) == len(words)):
            return None
        if taken.overlaps(s, s + len(value)) or keep[0].lower().strip(".,") in self.org_heads:
            return None
        parts = [w for w in regex.split(r"[ ,.&-]+", value) if w]
        if all(lex.is_word(w) and not lex.is_surname(w) and not lex.is_first_name(w) for w in parts):
            return None
        # name-shaped: capitalised words, initials, tussenvoegsels, "&"/"en"; no abbreviation
        # ("BSN", "NZa") and no sentence ("Storm levert die tekst aan.")
        for w in keep:
            w = w.strip(",")
            if w in ("&", "en") or w.lower() in lex.tv_words or _INITIALS.fullmatch(w):
                continue
            if not w[:1].isupper() or sum(ch.isupper() for ch in w) > 1 and "-" not in w or w.endswith("."):
                return None
        if len(keep) == 1 and any(lex.is_word(w) and not (lex.is_first_name(w) or lex.is_surname(w)) for w in parts):
            return None     # one word ("Netcongestie", "Woo-coördinator": a wrapped function cell)
        return a.finding(s, s + len(value), Label.PERSON, self.detector, 0.8,
                         "naam in de kolom 'Naam' van een tabel", layout="column")


def _head(cell: str) -> str:
    return cell.split("|")[-1].strip(" .:").lower()


_ROW_LEAD = regex.compile(r"[ ]*(?:\d{1,3}[ ]*[|.)]?[ ]*|\|[ ]*)")
_CELL_VALUE = regex.compile(r"[\p{L}][\p{L}'’. ,&-]{0,70}[\p{L}.]|\p{L}")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,5}")
_BRACKET_REST = regex.compile(r"\([^()\n]{1,40}\)")
