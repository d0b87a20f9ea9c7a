"""Rules folder loading: configuration, lists and the organisation's staff/officials lists."""
from __future__ import annotations

import hashlib
import os
from functools import cached_property
from pathlib import Path

import regex
import yaml

from ..errors import RulesError
from .lexicon import Lexicon, ListPerson, load_lexicon, load_person_csv, read_lines
from .validators import normalise_phone


def default_rules_dir() -> Path:
    """$REDACTOR_RULES, else the rules shipped with redactor (see redactor.config)."""
    env = os.environ.get("REDACTOR_RULES")
    if env:
        return Path(env)
    try:
        from ..config import default_rules_dir as shipped
        return shipped()
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[2] / "rules"


def load_yaml(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
    except FileNotFoundError as e:
        raise RulesError(f"rules file not found: {path}") from e
    except yaml.YAMLError as e:
        raise RulesError(f"rules file {path} is not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise RulesError(f"rules file {path}: expected a mapping at the top level")
    return data


def words_regex(words: list[str], *, prefix: bool = False) -> "regex.Pattern | None":
    """Case-insensitive whole-word alternation of literal words/phrases (longest first)."""
    ws = sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)
    if not ws:
        return None
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ws)
    tail = r"\w*" if prefix else ""
    return regex.compile(rf"(?<![\w]){'(?:' + alts + ')'}{tail}(?![\w])", regex.IGNORECASE)


class Resources:
    """Everything the recognizers read from `rules/` (and the --staff/--officials lists)."""

    def __init__(self, rules_dir: Path | None = None, *, staff: Path | None = None,
                 officials: Path | None = None):
        self.rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
        if not self.rules_dir.is_dir():
            raise RulesError(f"rules folder not found: {self.rules_dir}")
        self.cfg = load_yaml(self.rules_dir / "detect.yaml")
        self.context = load_yaml(self.rules_dir / self.cfg.get("context", "context.yaml"))
        pol = self.rules_dir / "policy.yaml"
        self.policy = load_yaml(pol) if pol.exists() else {}
        self.staff_path = Path(staff) if staff else None
        self.officials_path = Path(officials) if officials else None
        self.staff: list[ListPerson] = load_person_csv(self.staff_path, "staff")
        self.officials: list[ListPerson] = load_person_csv(self.officials_path, "officials")
        self.scores = {"person_strong": 0.9, "person_full": 0.85, "person_weak": 0.6,
                       "person_propagated": 0.85, "person_dossier": 0.8,
                       "ordinary_word_at_sentence_start": 0.55}
        self.scores.update(self.cfg.get("scores") or {})

    # ------------------------------------------------------------------ lists
    @cached_property
    def lex(self) -> Lexicon:
        return load_lexicon(self.rules_dir, self.cfg)

    @cached_property
    def mailboxes(self) -> tuple[set[str], set[str]]:
        """(local-part words, complete addresses) of functional mailboxes."""
        f = self.cfg.get("mailboxes")
        words, full = set(), set()
        if f:
            for ln in read_lines(self.rules_dir / f):
                (full if "@" in ln else words).add(ln.lower())
        return words, full

    @cached_property
    def general_numbers(self) -> set[str]:
        f = self.cfg.get("general_numbers")
        out = set()
        if f and (self.rules_dir / f).exists():
            for ln in read_lines(self.rules_dir / f):
                d = normalise_phone(ln)
                if d:
                    out.add(d)
        return out

    @cached_property
    def special(self) -> dict:
        f = self.cfg.get("special_categories")
        return load_yaml(self.rules_dir / f) if f else {}

    def ctx_list(self, name: str) -> list[str]:
        return [str(x).lower() for x in (self.context.get(name) or [])]

    # ------------------------------------------------------------------ fingerprint
    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for p in sorted(self.rules_dir.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                h.update(str(p.relative_to(self.rules_dir)).encode())
                h.update(hashlib.sha256(p.read_bytes()).digest())
        for p in (self.staff_path, self.officials_path):
            if p:
                h.update(hashlib.sha256(p.read_bytes()).digest())
        return h.hexdigest()
