"""Detect stage (interim: search terms only; the rule layer and NER land from branch `detect`)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from redactor.config import default_rules_dir, tree_hash
from redactor.models import Document, Finding, Label


def term_pattern(term: str, ignore_case: bool = False) -> re.Pattern:
    """Whole-word pattern for a search term that also matches it broken across a line, with
    a hyphen at the line end, or with several spaces between its words."""
    words = term.split()
    parts = []
    for w in words:
        chars = [re.escape(c) for c in w]
        parts.append(r"(?:-?\n)?".join(chars))
    body = r"\s+".join(parts)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE if ignore_case else 0)


class Detector:
    def __init__(self, rules_dir: Path | None = None, *, staff=None, officials=None, terms=None,
                 terms_ignore_case: bool = False, terms_ground: str = "5.1.2e", only_terms: bool = False):
        self.rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
        self.terms = [t.strip() for t in (terms or []) if t.strip()]
        self.terms_ground = terms_ground
        self.patterns = [(t, term_pattern(t, terms_ignore_case)) for t in self.terms]
        self.version = hashlib.sha256((tree_hash(self.rules_dir, staff, officials) + "interim").encode()).hexdigest()[:16]

    def detect(self, doc: Document) -> list[Finding]:
        out = []
        for term, rx in self.patterns:
            for m in rx.finditer(doc.text):
                out.append(Finding(doc.id, m.start(), m.end(), m.group(0), Label.TERM, "terms",
                                   1.0, f"zoekterm '{term}'", context={"ground": self.terms_ground}))
        return out

    def persons(self, findings):
        return []

    def propagate(self, doc, findings, dossier_persons):
        return findings
