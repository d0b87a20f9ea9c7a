"""Detect: Document -> Findings.

    det = Detector(rules_dir, staff=..., officials=..., terms=[...])
    findings = det.detect(doc)                          # one document
    persons = det.persons(findings)                     # who was found (PersonRecord list)
    findings = det.propagate(doc, findings, dossier_persons)   # + mentions of persons found elsewhere

Recognizers (one interface, registered by type name, configured in rules/detect.yaml) run in
stages over a shared `Analysis` of the document; persons found are propagated to all their
other mentions; role context is annotated for the policy; overlaps are resolved.

The Detector's person work lives in two mixins: persons_doc.py (persons within one document)
and persons_dossier.py (persons across the dossier: `persons`, `propagate`).
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from .. import __version__
from ..errors import RulesError
from ..models import Document, Finding, Label
from . import validators as _validators  # noqa: F401  (registers validators)
from .nlp import entities, load_nlp
from .persons import PersonRecord, merge_persons
from .persons_doc import DocumentPersons
from .persons_dossier import DossierPersons
from .recognizers import (address as _ra, address_after_name as _raa, birthdates as _rb,  # noqa: F401
                          contact as _rct, coordination as _rc,
                          general_numbers as _rgn, initials as _ri, name_fields as _rnf, names as _rn,
                          org_names as _ro, patterns as _rp, signatures as _rsig, special as _rs,
                          user_names as _ru)
from .registry import RECOGNIZERS, Analysis, Recognizer
from .resources import Resources
from .roles import RoleAnnotator
from .terms import TermMatcher
from .text import TextIndex, join_hyphenated

log = logging.getLogger(__name__)

__all__ = ["Detector", "PersonRecord", "merge_persons"]

# label priority when two findings overlap (higher wins)
_PRIORITY = {Label.TERM: 100, Label.IBAN: 90, Label.BSN: 85, Label.ID_NUMBER: 85, Label.EMAIL: 80,
             Label.PHONE: 75, Label.PLATE: 70, Label.DOB: 70, Label.POSTCODE: 65, Label.ADDRESS: 60,
             Label.OTHER: 55, Label.ORG: 50, Label.LOC: 50, Label.PERSON: 40, Label.INITIALS: 35,
             Label.SPECIAL: 10}


class Detector(DocumentPersons, DossierPersons):
    def __init__(self, rules_dir: Path | None = None, *, staff: Path | None = None, officials: Path | None = None,
                 terms: list[str] | None = None, terms_ignore_case: bool = False, terms_ground: str = "5.1.2e",
                 only_terms: bool = False, use_model: bool = True):
        self.res = Resources(rules_dir, staff=staff, officials=officials)
        self.terms = TermMatcher(terms or [], terms_ignore_case, terms_ground)
        self.only_terms = only_terms
        if only_terms and not self.terms.terms:
            raise RulesError("only_terms was asked for, but no terms were given",
                             remedy="give one or more terms (--term / --terms-file)")
        self.recognizers: list[Recognizer] = []
        if not only_terms:
            if use_model:
                self.nlp, self.model_version, self.has_ner = load_nlp()
            else:       # inside a spaCy pipeline: the entities come from the pipeline itself
                self.nlp, self.model_version, self.has_ner = None, "pipeline", False
            for spec in self.res.cfg.get("recognizers") or []:
                typ = spec.get("type")
                if typ not in RECOGNIZERS:
                    raise RulesError(f"rules/detect.yaml: unknown recognizer type {typ!r} (id {spec.get('id')!r}); "
                                     f"known: {', '.join(sorted(RECOGNIZERS))}")
                if spec.get("enabled", True) is False:
                    continue
                rec = RECOGNIZERS[typ](spec.get("id", typ), spec, self.res)
                if "stage" in spec:
                    rec.stage = int(spec["stage"])
                self.recognizers.append(rec)
            self.recognizers.sort(key=lambda r: r.stage)
        else:
            self.nlp, self.model_version, self.has_ner = None, "none", False
        self.roles = RoleAnnotator(self.res.policy, self.res.ctx_list("header_labels"))
        h = hashlib.sha256()
        h.update(__version__.encode())
        h.update(self.res.fingerprint().encode())
        h.update(self.model_version.encode())
        for p in sorted(Path(__file__).parent.rglob("*.py")):
            h.update(p.read_bytes())
        h.update(repr((sorted(self.terms.terms), terms_ignore_case, terms_ground, only_terms)).encode())
        self.version: str = h.hexdigest()[:16]

    # ------------------------------------------------------------------ one document
    def detect(self, doc: Document, *, entities: list[tuple[int, int, str]] | None = None) -> list[Finding]:
        """Findings for one document. `entities` (start, end, label) replaces the model's own
        entities (used by the spaCy component, which runs inside a pipeline with a NER)."""
        self._entities = entities
        text = doc.text or ""
        out: list[Finding] = self.terms.find(doc.id, text) if self.terms.terms else []
        if self.only_terms:
            return sorted(out, key=lambda f: (f.start, -f.end))
        a = self._analysis(doc)
        stages = sorted({r.stage for r in self.recognizers})
        persons_done = roles_done = False
        for st in stages:
            if st >= 4 and not persons_done:
                self._persons_step(a)
                persons_done = True
            if st >= 6 and not roles_done:
                self._roles(a)
                roles_done = True
            for rec in (r for r in self.recognizers if r.stage == st):
                a.findings.extend(rec.analyze(a))
        if not persons_done:
            self._persons_step(a)
        if not roles_done:
            self._roles(a)
        # --- hook (issue 5, branch ocr): on OCR pages, signature/paraph ink found in the scan
        # (image areas with an empty text span) and low-confidence OCR near a likely name
        # (PERSON, score 0.5 -> review). Born-digital signature images: recognizers/signatures.
        if any(p.ocr for p in doc.pages):
            from .signatures import find_scan_findings
            out = out + find_scan_findings(doc, only_ocr_pages=True, not_a_name=self.res.lex.is_not_name)
        # --- end hook
        return join_hyphenated(text, self._resolve(out + a.findings))

    def _analysis(self, doc: Document) -> Analysis:
        text = doc.text or ""
        # the model first: its working memory is gone before the token index is built
        # (a long document would otherwise hold both at its peak)
        if getattr(self, "_entities", None) is not None:
            ner = list(self._entities)
        elif self.has_ner and text.strip():
            ner = entities(self.nlp, text)
        else:
            ner = []
        a = Analysis(doc.id, text, TextIndex.build(text), self.res, doc=doc)
        a.ner = ner
        return a

    def _roles(self, a: Analysis) -> None:
        a.findings = self._resolve(a.findings, keep_internal=True)
        self.roles.annotate(a.index, a.findings)

    # ------------------------------------------------------------------ overlaps
    def _resolve(self, findings: list[Finding], keep_internal: bool = False) -> list[Finding]:
        fs = [f for f in findings if keep_internal or not f.context.get("internal")]
        fs.sort(key=lambda f: (f.start, -f.end, -_PRIORITY.get(f.label, 0)))
        out: list[Finding] = []
        for f in fs:
            drop = False
            for g in out[-12:]:
                if g.end <= f.start or f.end <= g.start:
                    continue
                if f.label == Label.TERM or g.label == Label.TERM or Label.SPECIAL in (f.label, g.label) \
                        or Label.SIGNATURE in (f.label, g.label):
                    if (f.start, f.end, f.label) == (g.start, g.end, g.label):
                        drop = True
                    continue
                if f.label == g.label == Label.PERSON:
                    # one person span: union, keep the stronger evidence
                    if f.end > g.end:
                        g.end = f.end
                        g.text = a_text_slice(findings, g, f)
                    if f.score > g.score:
                        # the stronger evidence explains the finding
                        g.score, g.explanation, g.detector = f.score, f.explanation, f.detector
                        g.context.update(f.context)
                    else:
                        for k, v in f.context.items():
                            g.context.setdefault(k, v)
                    drop = True
                    break
                pf, pg = _PRIORITY.get(f.label, 0), _PRIORITY.get(g.label, 0)
                if pf <= pg:
                    drop = True
                    break
                # f wins over g: remove g
                out.remove(g)
            if not drop:
                out.append(f)
        out.sort(key=lambda f: (f.start, -f.end))
        return out


def a_text_slice(findings, g, f) -> str:
    # the union's text: g.text + the part of f beyond g (both are slices of the same text)
    if f.start <= g.start:
        return f.text
    return g.text[: f.start - g.start] + f.text
