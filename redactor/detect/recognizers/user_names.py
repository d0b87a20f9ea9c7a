"""Recognizer `user_names`: the login names of an application's users ("ingelogd: bsusilo",
"afgedrukt 17-03-2026 door bwentink", a CRM's "Medewerker" cells), and IP addresses a web
form records with a submission. Both point at one person (5.1.2e)."""
from __future__ import annotations

import regex

from ...models import Label
from ..persons import _fold, derived_local_parts
from ..registry import Analysis, Recognizer, recognizer

_LOGIN = r"[a-z][a-z0-9._-]{3,30}(?<![._-])"
_IPV4 = regex.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.]|\.\d)")


@recognizer("user_names")
class UserNames(Recognizer):
    """A login name is a lower-case word without dictionary meaning right after a label that
    says a user acts (`labels` in rules/detect.yaml), or one made from the name of a person
    found in the document ("rlestari" next to "Ratih Lestari"). Every other occurrence of an
    accepted login in the document is the same user. An IP address is personal where a word
    says so (`ip_context`); runs after the persons are found."""

    stage = 5

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        labels = [x for x in config.get("labels", []) if x]
        self.after_label = regex.compile(r"(?i:" + "|".join(f"(?:{x})" for x in labels) + r")[ \t]*(" + _LOGIN +
                                         r")(?![\w@/]|\.\w)") if labels else None
        self.token = regex.compile(r"(?<![\w@./-])" + _LOGIN + r"(?![\w@/-]|\.\w)")
        ip = [x for x in config.get("ip_context", []) if x]
        self.ip_context = regex.compile(r"(?i:" + "|".join(f"(?:{x})" for x in ip) + r")") if ip else None
        self.ip_window = int(config.get("ip_window", 40))

    def _no_word(self, w: str) -> bool:
        lex = self.res.lex
        return not (lex.is_word(w) or lex.is_not_name(w) or lex.is_word(w.capitalize()) or w in lex.proper
                    or w.capitalize() in lex.proper or w in lex.acronyms or w.upper() in lex.acronyms)

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        logins: dict[str, str] = {}
        if self.after_label is not None:
            for m in self.after_label.finditer(text):
                w = m.group(1)
                if "\n" not in m.group(0) and self._no_word(w):
                    logins.setdefault(w, "gebruikersnaam (na een label)")
        derived: set[str] = set()
        for r in a.persons:
            if not r.keep and (r.first or r.initials):
                # only forms with the initial or first name ("rlestari"): a surname alone in
                # lower case is as often a word of a file name or a title
                bare = {_fold(x) for x in (r.surname, r.surname.replace(" ", ""), r.surname.replace("-", ""))}
                derived |= {d for d in derived_local_parts(r) if d.replace(".", "") not in bare
                            and not d.startswith(tuple(b + "." for b in bare))}
        tokens = list(self.token.finditer(text)) if derived or logins else []
        for m in tokens:
            w = m.group()
            if w in derived and w not in logins and "." not in w[1:] and self._no_word(w):
                logins[w] = "gebruikersnaam (afgeleid van een gevonden naam)"
        for m in tokens:
            why = logins.get(m.group())
            if why:
                out.append(a.finding(m.start(), m.end(), Label.OTHER, self.detector, self.score, why))
        if self.ip_context is not None:
            for m in _IPV4.finditer(text):
                lo = max(0, m.start() - self.ip_window)
                if self.ip_context.search(text, lo, m.start()):
                    out.append(a.finding(m.start(), m.end(), Label.OTHER, self.detector, self.score,
                                         "IP-adres"))
        return out
