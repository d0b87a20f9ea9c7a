"""Decide stage (interim: search terms only; the policy lands from branch `detect`)."""
from __future__ import annotations

from pathlib import Path

from redactor.models import Action, Decision, Document, Finding, Label


class Policy:
    def __init__(self, rules_dir: Path | None = None, *, officials=None, staff=None):
        pass

    def decide(self, doc: Document, findings: list[Finding]) -> list[Decision]:
        out = []
        for f in findings:
            if f.label == Label.TERM:
                out.append(Decision(f, Action.REDACT, f.context.get("ground", "5.1.2e"),
                                    "zoekterm uit de lijst van de gebruiker", "list:terms"))
        return out
