"""Pattern recognizers: regular expressions + validator + context words + score.

Types registered here: `pattern` (generic) and `context_value` (the identifier after a
context word). E-mail, phone and general numbers are in `contact.py`; addresses, postcodes
and dates of birth in `address.py`.
"""
from __future__ import annotations

import regex

from ..registry import VALIDATORS, Analysis, Recognizer, recognizer


def _alts(items: list[str]) -> "regex.Pattern | None":
    items = [i for i in items or [] if i]
    if not items:
        return None
    return regex.compile(r"(?<![\w])(?:" + "|".join(items) + r")(?![\w])", regex.IGNORECASE)


@recognizer("pattern")
class PatternRecognizer(Recognizer):
    """Presidio-style: `patterns` (each with name, regex, score), optional `validator`,
    `context` words within `context_window` chars (raise the score to `context_score`, or are
    required with `require_context`), `negative_context` that suppresses a match."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.patterns = []
        for p in config.get("patterns", []):
            try:
                self.patterns.append((p.get("name", "p"), regex.compile(p["regex"]), float(p.get("score", self.score)),
                                      bool(p.get("shrink"))))
            except regex.error as e:
                from ...errors import RulesError
                raise RulesError(f"rules/detect.yaml recognizer {id}: bad regex {p.get('regex')!r}: {e}") from e
        v = config.get("validator")
        self.validator = VALIDATORS[v] if v else None
        self.context = _alts(config.get("context", []))
        self.window = int(config.get("context_window", 40))
        self.context_score = float(config.get("context_score", 0.95))
        self.require_context = bool(config.get("require_context"))
        self.negative = _alts(config.get("negative_context", []))
        self.negative_window = int(config.get("negative_window", 25))
        self.emit = config.get("emit", True)
        # a match that fails the validator is still found with a context word next to it
        # (an OCR misread or a typo breaks a checksum, not the fact that it is an account number)
        self.invalid_score = config.get("invalid_with_context_score")
        loose = config.get("invalid_with_context_validator")
        self.loose_validator = VALIDATORS[loose] if loose else (lambda v: True)
        # an identifier that belongs to an organisation (kept): by its value (the bank code of
        # the bank of public bodies) or by what follows it ("... ten name van Gemeente X")
        ov, oa = config.get("organisation_value"), config.get("organisation_after")
        self.org_value = regex.compile(ov) if ov else None
        self.org_after = regex.compile(oa) if oa else None

    def _has_context(self, text: str, s: int, e: int) -> bool:
        if not self.context:
            return False
        lo, hi = max(0, s - self.window), min(len(text), e + self.window)
        return bool(self.context.search(text, lo, s)) or bool(self.context.search(text, e, hi))

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        seen = set()
        for name, rx, score, shrink in self.patterns:
            for m in rx.finditer(text):
                s, e = m.span()
                val = m.group()
                invalid = False
                if self.validator and not self.validator(val) and self.invalid_score is not None \
                        and self.loose_validator(val) and self._has_context(text, s, e):
                    invalid = True
                elif self.validator and not self.validator(val):
                    if not shrink:
                        continue
                    # try shorter prefixes (a match may run into the next group of digits)
                    ok = False
                    for cut in range(len(val) - 1, 8, -1):
                        v2 = val[:cut].rstrip()
                        if v2 != val[:cut] or (cut < len(val) and val[cut - 1].isalnum() and val[cut].isalnum()):
                            continue
                        if self.validator(v2):
                            e = s + len(v2)
                            val = v2
                            ok = True
                            break
                    if not ok:
                        continue
                if (s, e) in seen:
                    continue
                if "first" in rx.groupindex and "surname" in rx.groupindex and m.group("first") \
                        and m.start("surname") < m.start("first") and not a.res.lex.is_first_name(m.group("first")):
                    # "Sabajo, K. (Liander)": after "Surname, I." the bracket may hold the
                    # organisation; the reversed-name rules find the person without it
                    continue
                ctx = self._has_context(text, s, e)
                if self.require_context and not ctx:
                    continue
                if self.negative and not ctx:
                    lo = max(0, s - self.negative_window)
                    if self.negative.search(text, lo, s):
                        continue
                seen.add((s, e))
                sc = max(score, self.context_score) if ctx else score
                expl = f"{self.label.value} ({name})" + (" met contextwoord" if ctx else "")
                if invalid:
                    sc = float(self.invalid_score)
                    expl += f", ongeldig volgens {self.config.get('validator')} (tikfout of leesfout?)"
                elif self.validator:
                    expl += f", geldig volgens {self.config.get('validator')}"
                f = a.finding(s, e, self.label, self.detector, sc, expl, pattern=name, context_word="1" if ctx else "")
                # a person's parts named in the pattern (first, initials, tv, surname) make the
                # finding a person of the document: the other mentions of them are found too
                for k in _PERSON_PARTS:
                    v = m.groupdict().get(k) if rx.groupindex else None
                    if v:
                        f.context[k] = " ".join(v.split())
                if self.org_value and self.org_value.search(val) or \
                        self.org_after and self.org_after.match(text, e, min(len(text), e + 80)):
                    f.context["owner"] = "organisation"
                    f.explanation += ", van een organisatie"
                if not self.emit:
                    f.context["internal"] = "1"
                out.append(f)
        return out


_PERSON_PARTS = ("first", "initials", "tv", "surname")


@recognizer("context_value")
class ContextValueRecognizer(Recognizer):
    """The identifier right after a context word ("polisnummer IB-7715-30928")."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        ctx = _alts([regex.escape(c).replace(r"\ ", r"\s+") for c in config.get("context", [])])
        val = config.get("value", r"[A-Z0-9][A-Z0-9./\- ]{1,24}[A-Z0-9]")
        self.rx = regex.compile(r"(?i:" + ctx.pattern + r")\s*(?:[:(]\s*)?(?:is\s+|van\s+)?(" + val + r")") if ctx else None

    def analyze(self, a: Analysis):
        out = []
        if not self.rx:
            return out
        for m in self.rx.finditer(a.text):
            s, e = m.span(1)
            v = m.group(1)
            # stop at a lower-case word that may have been swallowed by spaces
            v2 = _VALUE_END.split(v)[0].rstrip(" .-/")
            e = s + len(v2)
            if not any(ch.isdigit() for ch in v2):
                continue
            out.append(a.finding(s, e, self.label, self.detector, self.score,
                                 f"persoonlijk kenmerk na '{m.group().split()[0]}'"))
        return out


_VALUE_END = regex.compile(r"\s+(?=[a-z])|[.,;:]\s|\s(?=\p{Lu}\p{Ll})")
