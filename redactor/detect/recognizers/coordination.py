"""Recognizer `name_coordination`: a first name joined to a person ("met Gijs en Fleur",
"Fleur, Gijs en ik", "Kees de Boer & Fleur").

A first name that is also an ordinary word ("Fleur", "Roos", "Kees") is no name on its own
in running text, and the model often misses it; joined by "en", "&" or a comma to someone the
document already names as a person, it is a person too. Only listed first names count, and
only single words (a capitalised word after it would make another name the rules judge).
Weak evidence: redacted and flagged for review.
"""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer
from ..text import Spans

# "en" may end a line: "Wim en" / "Joke Smeenk" on an attendance list
_JOIN = r"(?:[ ]*,[ ]*|[ ]+(?:en|&)(?:[ ]+|[ ]*\n[ ]*))"
_AFTER = regex.compile(_JOIN + r"(\p{Lu}\p{Ll}+)(?![\p{L}'’-])")
_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)" + _JOIN + r"$")
_DAY_AFTER = regex.compile(r"[ ]\d{1,2}(?!\d)")
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,})[ ]$")
_NEXT_CAP = regex.compile(r"[ ]+(?:\p{Lu}|(?:van|de|der|den|ter|ten|te)[ ]+\p{Lu})")


def _mid_sentence_and(text: str, s: int, e: int, f) -> bool:
    """A capitalised word joined by "en"/"&" to a first name, where a sentence does not start
    ("de mensen achter de schermen: Beer en Wiebren"): only a name is written so."""
    joined = text[e:f.start] if e <= f.start else text[f.end:s]
    if not regex.fullmatch(r"[ ]+(?:en|&)[ ]+", joined):
        return False
    prev = regex.search(r"(\S+)[ ]*\Z", text[max(0, s - 40):s])
    # after ":" or "," or a lower-case word; not after a capitalised one ("Directie Bouwen")
    # and not where a sentence or a line starts
    return bool(prev) and (prev.group(1)[-1] in ":," or prev.group(1)[:1].islower())


@recognizer("name_coordination")
class NameCoordination(Recognizer):
    stage = 3

    def _with_given_name(self, a: Analysis, s: int, e: int, f):
        """The person text[s:e] with the capitalised word no list knows right before it on its
        line (one space) as the given name, or None without such a word."""
        lex, text = self.res.lex, a.text
        m = _GIVEN_BEFORE.search(text, max(0, s - 30), s)
        if not m:
            return None
        w = m.group(1)
        if lex.is_word(w) or lex.is_not_name(w) or w in lex.proper or lex.is_surname(w) or w in lex.acronyms:
            return None
        return a.finding(m.start(1), e, Label.PERSON, self.detector, self.score, f"naam naast {f.text!r}",
                         layout="coordination", first=w, surname=text[s:e], name_kind="full")

    def analyze(self, a: Analysis):
        lex = self.res.lex
        text = a.text
        # joined to a person found on more than weak evidence, or to a listed first name ("On
        # Thu, May 7": the model's guess at an English date line is no anchor)
        weak = self.res.scores["person_weak"]
        persons = [f for f in a.findings if f.label == Label.PERSON and (f.score >= weak or lex.is_first_name(f.text))]
        if not persons:
            return []
        taken = Spans((f.start, f.end) for f in a.findings if not f.context.get("internal"))
        # one-word persons already found ("Hong" on the model's say)
        single = {(f.start, f.end) for f in a.findings if f.label == Label.PERSON and " " not in f.text}
        out, seen = [], set()
        for f in persons:
            cands = []
            m = _AFTER.match(text, f.end)
            if m:
                cands.append(m.span(1))
            m = _BEFORE.search(text, max(0, f.start - 40), f.start)
            if m:
                cands.append(m.span(1))
            for s, e in cands:
                w = text[s:e]
                if (s, e) not in seen and e <= f.start and (s, e) in single and (lex.is_first_name(w) or lex.is_surname(w)):
                    # "Xiaoling Hong en Joep X" with "Hong" alone found: her given name before it
                    full = self._with_given_name(a, s, e, f)
                    if full is not None:
                        seen.add((s, e))
                        out.append(full)
                        continue
                if (s, e) in seen or taken.overlaps(s, e) or not lex.is_first_name(w) or w in lex.acronyms:
                    continue
                if lex.is_word(w) and w not in lex.common_first_names and not _mid_sentence_and(text, s, e, f):
                    continue      # "Directie Bouwen, Ellen X": a rare first name that is a word
                if _NEXT_CAP.match(text, e):
                    continue      # "Gijs en Fleur Bloemen": a longer name, judged by the name rules
                if _DAY_AFTER.match(text, e):
                    continue      # "Thu, May 10": a date
                seen.add((s, e))
                # "Mingyu Liang en Stef X": an unknown given name before it, the listed word is
                # the surname
                full = self._with_given_name(a, s, e, f) if e <= f.start else None
                if full is not None:
                    out.append(full)
                    continue
                out.append(a.finding(s, e, Label.PERSON, self.detector, self.score,
                                     f"voornaam naast {f.text!r}", layout="coordination", first=w,
                                     name_kind="first"))
        return out
