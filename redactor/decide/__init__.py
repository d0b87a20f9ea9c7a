"""Decide: Findings -> Decisions, following rules/policy.yaml.

    pol = Policy(rules_dir, officials=..., staff=...)
    decisions = pol.decide(doc, findings)
    lines = explain(doc, findings, decisions)

Every finding gets one decision: redact / keep / review (review is redacted by default and
flagged for a reviewer), a ground, a reason in Dutch, the actor (rule:<id>, list:staff,
list:officials, model:ner) and — through the finding — a score.
"""
from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from ..detect.lexicon import ListPerson, load_person_csv
from ..detect.resources import default_rules_dir, load_yaml
from ..models import Action, Decision, Document, Finding, Label

__all__ = ["Policy", "explain", "explain_rows"]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).lower().split())


_TV = {"van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "aan", "bij", "uit", "onder",
       "over", "voor", "von", "zu", "du", "da", "di", "del", "la", "le", "el", "al", "bin", "ben"}


def _parts(name: str) -> tuple[str, str, str, str]:
    """(first, initials, tv, surname) of a list name like "drs. M.C. Bruinsma-Terlouw",
    "Kees de Koning", "Koning, Kees de"."""
    n = " ".join(name.replace("\u00a0", " ").split())
    if "," in n:
        sur, rest = [x.strip() for x in n.split(",", 1)]
        rt = rest.split()
        tv = " ".join(t for t in rt if t.lower() in _TV)
        given = [t for t in rt if t.lower() not in _TV]
        n = " ".join(given + ([tv] if tv else []) + [sur])
    toks = [t for t in n.split() if t.lower().rstrip(".") not in
            ("dhr", "mevr", "mw", "mr", "drs", "dr", "ir", "ing", "prof", "de heer", "mevrouw", "heer", "ds", "bc")]
    if not toks:
        return "", "", "", ""
    sur_i = len(toks) - 1
    # surname: last token, plus capitalised tussenvoegsels directly before it
    tv_toks = []
    j = sur_i - 1
    while j >= 0 and toks[j].lower() in _TV:
        tv_toks.insert(0, toks[j])
        j -= 1
    head = toks[: j + 1]
    first = ""
    initials = ""
    for t in head:
        if "." in t or (t.isupper() and len(t) <= 3):
            initials += "".join(ch for ch in t if ch.isalpha() and ch.isupper())
        elif not first:
            first = t
    if not initials and first:
        initials = first[0]
    return first, initials, " ".join(tv_toks).lower(), toks[sur_i]


class _NameList:
    def __init__(self, people: list[ListPerson]):
        self.people = people
        self.parsed = [(p, _parts(p.name)) for p in people]
        # folded once here, not once per finding and list entry (issue 7: speed)
        self.folded = [(p, _fold(p.name), first, _fold(first), ini, tv, _fold(tv), sur, _fold(sur))
                       for p, (first, ini, tv, sur) in self.parsed]
        self.emails = {p.email.lower() for p in people if p.email}

    def match(self, f: Finding) -> ListPerson | None:
        c = f.context
        fs = (c.get("first", "").split() or [""])[0]
        fi = c.get("initials", "").replace(".", "").replace(" ", "") or fs[:1]
        ftv = c.get("tv", "").lower()
        ftv_f = _fold(ftv)
        fsur = c.get("surname", "")
        text, fsur_f, fs_f = _fold(f.text), _fold(fsur), _fold(fs)
        person_sur = c.get("person", "").split("|")[1:2]
        for p, name_f, first, first_f, ini, tv, tv_f, sur, sur_f in self.folded:
            if name_f == text:
                return p
            if not sur:
                continue
            if fsur and fsur_f == sur_f:
                if ftv and tv and ftv_f != tv_f:
                    continue
                if fs and first and fs_f != first_f:
                    continue
                if fi and ini and not (ini.upper().startswith(fi.upper()) or fi.upper().startswith(ini.upper())):
                    continue
                return p
            if not fsur and fs and first and fs_f == first_f and person_sur == [sur_f]:
                return p
        return None


class Policy:
    def __init__(self, rules_dir: Path | None = None, *, officials: Path | None = None, staff: Path | None = None):
        self.rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
        self.cfg = load_yaml(self.rules_dir / "policy.yaml")
        self.review_below = float(self.cfg.get("review_below", 0.6))
        self.defaults = {k: v for k, v in (self.cfg.get("defaults") or {}).items()}
        roles = self.cfg.get("roles") or {}
        self.kept_roles: dict[str, str] = {str(k).lower(): str(v) for k, v in (roles.get("kept") or {}).items()}
        self.party_reason = roles.get("party_reason", "volksvertegenwoordiger in functie")
        self.author_reason = (self.cfg.get("authors") or {}).get("reason", "auteur van gepubliceerd rapport")
        self.hist_reason = (self.cfg.get("historical") or {}).get("reason", "historisch persoon")
        self.person_reasons = self.cfg.get("person_reasons") or {}
        self.label_reasons = {str(k).lower(): str(v) for k, v in (self.cfg.get("header_label_reasons") or {}).items()}
        self.officials = _NameList(load_person_csv(Path(officials), "officials") if officials else [])
        self.staff = _NameList(load_person_csv(Path(staff), "staff") if staff else [])

    # ------------------------------------------------------------------ helpers
    def _default(self, label: Label) -> dict:
        return self.defaults.get(label.value, {"action": "redact", "ground": "5.1.2e", "reason": "persoonsgegeven"})

    def _dec(self, f: Finding, action: str | Action, ground: str, reason: str, actor: str) -> Decision:
        act = Action(action) if not isinstance(action, Action) else action
        if act == Action.REDACT and f.score < self.review_below:
            act = Action.REVIEW
            reason += " (lage zekerheid: controleren)"
        if act == Action.KEEP:
            ground = ""
        return Decision(finding=f, action=act, ground=ground, reason=reason, actor=actor)

    def _actor(self, f: Finding) -> str:
        d = f.detector or "rule:unknown"
        if d.startswith(("rule:", "list:", "model:")):
            return d
        return "rule:" + d

    # ------------------------------------------------------------------ main
    def decide(self, doc: Document, findings: list[Finding]) -> list[Decision]:
        out: list[Decision] = []
        seen: set[tuple[int, int, str]] = set()
        for f in sorted(findings, key=lambda f: (f.start, -f.end)):
            k = (f.start, f.end, f.label.value)
            if k in seen:
                continue
            seen.add(k)
            out.append(self.decide_one(f))
        return out

    def decide_one(self, f: Finding) -> Decision:
        c = f.context
        d = self._default(f.label)
        ground = d.get("ground", "5.1.2e")
        lab = f.label
        if lab == Label.TERM:
            return self._dec(f, Action.REDACT, c.get("ground") or ground, "zoekterm uit de lijst van de gebruiker (zoek en lak)",
                             "list:terms")
        if lab == Label.PERSON:
            return self._person(f, ground)
        if c.get("owner") == "organisation" and lab in (Label.IBAN, Label.OTHER):
            return self._dec(f, Action.KEEP, "", self.cfg.get("org_account_reason", "rekeningnummer of kenmerk van de organisatie"),
                             self._actor(f))
        if lab == Label.INITIALS:
            return self._dec(f, d.get("action", "redact"), ground, d.get("reason", "initialen of paraaf") +
                             (f" ({f.explanation})" if f.explanation else ""), self._actor(f))
        if lab == Label.EMAIL:
            if self.staff.emails and f.text.lower() in self.staff.emails:
                return self._dec(f, Action.REDACT, ground, self.cfg.get("staff_reason", "medewerker op personeelslijst"),
                                 "list:staff")
            if self.officials.emails and f.text.lower() in self.officials.emails:
                return self._dec(f, Action.KEEP, "", self.cfg.get("officials_reason", "ambtsdrager op lijst"),
                                 "list:officials")
            if c.get("mailbox") == "functional":
                return self._dec(f, Action.KEEP, "", self.cfg.get("mailbox_reason", "functionele mailbox"), self._actor(f))
            return self._dec(f, d.get("action", "redact"), ground, d.get("reason", "persoonlijk e-mailadres"),
                             self._actor(f))
        if lab == Label.PHONE:
            if c.get("number") == "general":
                return self._dec(f, Action.KEEP, "", self.cfg.get("general_number_reason", "algemeen telefoonnummer"),
                                 self._actor(f))
            return self._dec(f, d.get("action", "redact"), ground, d.get("reason", "telefoonnummer"), self._actor(f))
        if lab in (Label.ADDRESS, Label.POSTCODE):
            if c.get("address") == "organisation":
                return self._dec(f, Action.KEEP, "", self.cfg.get("org_address_reason", "adres van de organisatie"),
                                 self._actor(f))
            return self._dec(f, d.get("action", "redact"), ground, d.get("reason", "burger: adres"), self._actor(f))
        if lab in (Label.ORG, Label.LOC):
            return self._dec(f, Action.KEEP, "", self.cfg.get("org_reason", d.get("reason", "organisatie")),
                             self._actor(f))
        if lab == Label.SPECIAL:
            reason = d.get("reason", "mogelijk bijzonder persoonsgegeven")
            if c.get("reason"):
                reason += f": {c['reason']}"
            return Decision(finding=f, action=Action.REVIEW, ground=d.get("ground", "5.1.1d"), reason=reason,
                            actor=self._actor(f))
        return self._dec(f, d.get("action", "redact"), ground, d.get("reason", "persoonsgegeven"), self._actor(f))

    def _person(self, f: Finding, ground: str) -> Decision:
        c = f.context
        if c.get("staff") or (self.staff.people and self.staff.match(f)):
            return self._dec(f, Action.REDACT, ground, self.cfg.get("staff_reason", "medewerker op personeelslijst"),
                             "list:staff")
        if self.officials.people:
            p = self.officials.match(f)
            if p is not None:
                why = self.cfg.get("officials_reason", "ambtsdrager op lijst")
                if p.role:
                    why += f" ({p.role})"
                return self._dec(f, Action.KEEP, "", why, "list:officials")
        if c.get("org"):
            return self._dec(f, Action.KEEP, "", self.cfg.get("org_reason", "organisatie"), "rule:org")
        if c.get("historical"):
            return self._dec(f, Action.KEEP, "", self.hist_reason, "rule:historical")
        role = c.get("role") or c.get("person_role")
        if role:
            if role == "party":
                return self._dec(f, Action.KEEP, "", self.party_reason, "rule:role")
            if role in self.kept_roles or role in ("kept", "press"):
                reason = c.get("role_reason") or c.get("person_role_reason") or self.kept_roles.get(role, f"{role} in functie")
                if c.get("dossier_keep"):
                    reason += " (elders in het dossier in functie)"
                elif not c.get("role"):
                    reason += " (elders in het document in functie)"
                return self._dec(f, Action.KEEP, "", reason, "rule:role")
        if c.get("citation") or c.get("person_citation"):
            return self._dec(f, Action.KEEP, "", self.author_reason, "rule:author")
        layout = c.get("layout", "body")
        reason = (self.label_reasons.get(c.get("layout_label", "")) or self.person_reasons.get(layout)
                  or self._default(Label.PERSON).get("reason", "persoonsnaam"))
        return self._dec(f, Action.REDACT, ground, reason, self._actor(f))


# ---------------------------------------------------------------------- explain

def explain_rows(doc: Document, findings: list[Finding], decisions: list[Decision]) -> list[tuple]:
    """(page, text, label, decision, ground, reason, detector, score) per decision."""
    rows = []
    decided = {id(d.finding) for d in decisions}
    spans = {(d.finding.start, d.finding.end, d.finding.label) for d in decisions}
    starts = doc.page_starts()
    for d in sorted(decisions, key=lambda d: (d.finding.start, d.finding.end)):
        f = d.finding
        rows.append((doc.page_of(f.start, starts) + 1, f.text.replace("\n", " "), f.label.value, d.action.value,
                     d.ground or "-", d.reason, f.detector, f"{f.score:.2f}"))
    for f in findings:
        if id(f) not in decided and (f.start, f.end, f.label) not in spans:
            rows.append((doc.page_of(f.start, starts) + 1, f.text.replace("\n", " "), f.label.value, "-", "-",
                         "geen besluit", f.detector, f"{f.score:.2f}"))
    return rows


def explain(doc: Document, findings: list[Finding], decisions: list[Decision]) -> list[str]:
    """Lines "page, text, label, decision, ground, reason, detector, score" (CSV-quoted)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["page", "text", "label", "decision", "ground", "reason", "detector", "score"])
    for r in explain_rows(doc, findings, decisions):
        w.writerow(r)
    return buf.getvalue().rstrip("\n").split("\n")
