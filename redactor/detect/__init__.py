"""Detect: Document -> Findings.

    det = Detector(rules_dir, staff=..., officials=..., terms=[...])
    findings = det.detect(doc)                          # one document
    persons = det.persons(findings)                     # who was found (PersonRecord list)
    findings = det.propagate(doc, findings, dossier_persons)   # + mentions of persons found elsewhere

Recognizers (one interface, registered by type name, configured in rules/detect.yaml) run in
stages over a shared `Analysis` of the document; persons found are propagated to all their
other mentions; role context is annotated for the policy; overlaps are resolved.
"""
from __future__ import annotations

import hashlib
import logging

import regex
from pathlib import Path

from .. import __version__
from ..errors import RulesError
from ..models import Document, Finding, Label
from . import validators as _validators  # noqa: F401  (registers validators)
from .nlp import entities, load_nlp
from .persons import (PersonRecord, _compatible, _fold, derived_local_parts, find_mentions, make_key,
                      merge_persons, record_from_hit)
from .recognizers import birthdates as _rb, names as _rn, patterns as _rp, signatures as _rsig, special as _rs  # noqa: F401,E501
from .registry import RECOGNIZERS, Analysis, Recognizer
from .resources import Resources
from .roles import RoleAnnotator
from .terms import TermMatcher
from .text import Spans, TextIndex

log = logging.getLogger(__name__)

__all__ = ["Detector", "PersonRecord", "merge_persons"]

# label priority when two findings overlap (higher wins)
_PRIORITY = {Label.TERM: 100, Label.IBAN: 90, Label.BSN: 85, Label.ID_NUMBER: 85, Label.EMAIL: 80,
             Label.PHONE: 75, Label.PLATE: 70, Label.DOB: 70, Label.POSTCODE: 65, Label.ADDRESS: 60,
             Label.OTHER: 55, Label.ORG: 50, Label.LOC: 50, Label.PERSON: 40, Label.INITIALS: 35,
             Label.SPECIAL: 10}


class Detector:
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
            out = out + find_scan_findings(doc, only_ocr_pages=True)
        # --- end hook
        return self._resolve(out + a.findings)

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

    # ------------------------------------------------------------------ persons
    def _records_from_findings(self, doc_id: str, findings: list[Finding]) -> list[PersonRecord]:
        from .names import NameHit
        recs = []
        for f in findings:
            if f.label != Label.PERSON:
                continue
            c = f.context
            first = c.get("first", "").split()
            hit = NameHit(f.start, f.end, first, c.get("initials", ""), c.get("tv", ""), c.get("surname", ""))
            if not hit.surname and not hit.first:
                continue
            weak = f.score < self.res.scores["ordinary_word_at_sentence_start"] + 0.01 and not c.get("staff")
            if weak and not ((hit.first or hit.initials) and hit.surname):
                continue     # weak evidence on a single word: redacted/reviewed where found, not spread
            r = record_from_hit(hit, doc_id, f.detector)
            if weak:
                # a full name on weak evidence ("Kwabena Asante" that the model calls an
                # organisation): its other mentions are redacted for review as well
                r.source = "weak"
            r.forms = [f.text.replace("\n", " ")]
            if c.get("staff"):
                r.source = "list:staff"
            recs.append(r)
        return recs

    def _staff_parts(self, a: Analysis) -> None:
        """Staff-list findings carry only the list name: parse it into name parts."""
        from .recognizers.names import engine
        eng = engine(self.res)
        for f in a.findings:
            if f.label == Label.PERSON and f.context.get("staff") and not f.context.get("surname"):
                idx = TextIndex.build(f.context.get("staff_name", f.text))
                hits = eng.find(idx, set())
                if hits:
                    h = max(hits, key=lambda h: h.end - h.start)
                    f.context.update(first=" ".join(h.first), initials=h.initials, tv=h.tv, surname=h.surname)
                else:
                    parts = f.text.split()
                    f.context.update(first=" ".join(parts[:1]), surname=parts[-1] if len(parts) > 1 else "")

    def _persons_step(self, a: Analysis) -> None:
        self._staff_parts(a)
        a.findings = self._resolve(a.findings, keep_internal=True)
        records = merge_persons(self._records_from_findings(a.doc_id, a.findings))
        self._assign_keys(a.findings, records)
        blocked = self._blocked(a)
        existing = Spans((f.start, f.end) for f in a.findings if f.label == Label.PERSON
                         and f.score >= self.res.scores["person_weak"])
        new = []
        for s, e, r, form, tok in find_mentions(a.index, records, self.res.lex, blocked):
            if existing.overlaps(s, e):
                continue
            sc = self.res.scores["person_propagated"]
            why = "andere vermelding van een gevonden persoon"
            if r.source == "weak":
                sc = self.res.scores["ordinary_word_at_sentence_start"]
                why += " (naam op zwak bewijs: controleren)"
            elif form.single_word and tok.sent_start:
                sc = self.res.scores["ordinary_word_at_sentence_start"]
                why += " (gewoon woord aan zinsbegin: controleren)"
            new.append(a.finding(s, e, Label.PERSON, "rule:propagation", sc, why, person=r.key, layout="propagated",
                                 form=form.kind, first=r.first, initials=r.initials, tv=r.tv, surname=r.surname))
        a.findings.extend(new)
        for f in a.findings:
            if f.label == Label.PERSON:
                r = next((r for r in records if r.key == f.context.get("person")), None)
                if r is not None:
                    t = f.text.replace("\n", " ")
                    if t not in r.forms:
                        r.forms.append(t)
        a.persons = records
        self._link_emails(a)
        self._address_owner(a)

    def _link_emails(self, a: Analysis) -> None:
        """An e-mail address derived from a person's name ("fleur.vanderlaan@", "f.vdlaan@") belongs
        to that person: linked by key, and personal even if its local part looks functional."""
        derived: dict[str, PersonRecord] = {}
        for r in a.persons:
            if r.surname and (r.first or r.initials):
                for lp in derived_local_parts(r):
                    if "." in lp or (r.first and lp.startswith(_fold(r.first))):
                        derived.setdefault(lp, r)
        if not derived:
            return
        for f in a.findings:
            if f.label != Label.EMAIL:
                continue
            local = f.context.get("local", "")
            r = derived.get(local) or derived.get(local.rstrip("0123456789"))
            if r is None:
                continue
            f.context["person"] = r.key
            if r.keep:
                continue
            if f.context.get("mailbox") == "functional":
                f.context["mailbox"] = "personal"
                f.explanation = "persoonlijk e-mailadres: afgeleid van de naam van een gevonden persoon"
            if f.text.lower() not in r.emails:
                r.emails.append(f.text.lower())

    def _address_owner(self, a: Analysis) -> None:
        """An address classified as the organisation's that sits right under (or next to) a
        person's name is that person's address: "De heer X\nStraat 1\n1234 AB Plaats"."""
        persons = [f for f in a.findings if f.label == Label.PERSON]
        addr = [f for f in a.findings if f.label in (Label.ADDRESS, Label.POSTCODE)]
        addr_lines = {a.index.line_of(f.start) for f in addr}
        text = a.text
        org_line = regex.compile(r"(?i)\b(?:postbus|antwoordnummer|bezoekadres|postadres)\b|www\.")
        for f in addr:
            if f.context.get("address") != "organisation":
                continue
            li = a.index.line_of(f.start)
            ls, le = a.index.line_span(li)
            if org_line.search(text, ls, le):
                continue     # a Postbus, visiting address or website line is never a person's address
            if any(ls <= p.start and p.end <= f.start and "\t" not in text[p.end:f.start] for p in persons):
                f.context["address"] = "citizen"
                f.context["address_owner"] = "persoon op dezelfde regel"
                continue
            j = li
            while j - 1 >= 0 and (j - 1) in addr_lines:
                j -= 1
            if j - 1 < 0:
                continue
            ps, pe = a.index.line_span(j - 1)
            cell = text[ps:pe].split("\t")[0]
            letters = sum(ch.isalpha() for ch in cell)
            covered = 0
            for p in persons:
                if ps <= p.start < ps + len(cell):
                    covered += sum(ch.isalpha() for ch in p.text)
            title = sum(len(w) for w in cell.lower().replace(".", " ").split()
                        if w in ("de", "heer", "mevrouw", "mevr", "dhr", "mw", "familie", "fam", "en", "t.a.v", "aan"))
            if letters and covered and covered + title >= 0.6 * letters:
                f.context["address"] = "citizen"
                f.context["address_owner"] = "adresblok onder naam van een persoon"

    def _assign_keys(self, findings: list[Finding], records: list[PersonRecord]) -> None:
        for f in findings:
            if f.label != Label.PERSON or f.context.get("person"):
                continue
            c = f.context
            first = c.get("first", "").split()
            probe = PersonRecord(key="", first=first[0] if first else "", initials=c.get("initials", "").replace(".", ""),
                                 tv=c.get("tv", "").lower(), surname=c.get("surname", ""))
            if probe.surname:
                cands = [r for r in records if _compatible(r, probe)]
                if not cands:
                    cands = [r for r in records if _fold(r.surname) == _fold(probe.surname)]
            else:
                cands = [r for r in records if probe.first and _fold(r.first) == _fold(probe.first)]
            if cands:
                c["person"] = cands[0].key
            elif probe.surname or probe.first:
                c["person"] = make_key(probe.tv, probe.surname, probe.first, probe.initials)

    def _blocked(self, a: Analysis) -> set[int]:
        from .recognizers.names import BLOCKING_LABELS
        out: set[int] = set()
        for f in a.findings:
            if f.label in BLOCKING_LABELS:
                for t in a.index.tokens_in(f.start, f.end):
                    out.add(t.i)
        return out

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

    # ------------------------------------------------------------------ dossier
    def persons(self, findings: list[Finding]) -> list[PersonRecord]:
        """The persons found in one document's findings (merged), with their forms, e-mail
        addresses and whether they are kept (office holder found in role)."""
        kept_roles = set((self.res.policy.get("roles") or {}).get("kept", {}) or {}) | {"party"}
        recs: dict[str, PersonRecord] = {}
        weak_below = self.res.scores["ordinary_word_at_sentence_start"] + 0.01
        # strong evidence first: a single name on weak evidence (a lone first name the model
        # proposes, for review) joins a person found otherwise but is no person by itself
        for f in sorted(findings, key=lambda f: f.score < weak_below):
            if f.label != Label.PERSON:
                continue
            c = f.context
            key = c.get("person")
            if not key:
                continue
            first = c.get("first", "").split()
            r = recs.get(key)
            if r is None and f.score < weak_below and not c.get("staff") and not (
                    c.get("surname") and (first or c.get("initials"))):
                continue
            weak = f.score < weak_below and not c.get("staff")
            if r is None:
                r = recs[key] = PersonRecord(key=key, first=first[0] if first else "", given=first,
                                             initials=c.get("initials", "").replace(".", ""), tv=c.get("tv", "").lower(),
                                             surname=c.get("surname", ""), source="weak" if weak else f.detector,
                                             docs=[f.doc_id])
            else:
                if r.source == "weak" and not weak:
                    r.source = f.detector
                if not r.first and first:
                    r.first, r.given = first[0], first
                ini = c.get("initials", "").replace(".", "")
                if len(ini) > len(r.initials):
                    r.initials = ini
                if not r.tv and c.get("tv"):
                    r.tv = c["tv"].lower()
                if not r.surname and c.get("surname"):
                    r.surname = c["surname"]
            t = f.text.replace("\n", " ")
            if t not in r.forms:
                r.forms.append(t)
            role = c.get("person_role") or c.get("role")
            if role in kept_roles and not r.keep:
                r.keep, r.redact, r.role = True, False, role
            if c.get("staff"):
                r.source = "list:staff"
        for f in findings:
            if f.label == Label.EMAIL and f.context.get("mailbox") == "personal" and f.context.get("person") in recs:
                recs[f.context["person"]].emails.append(f.text.lower())
        # staff-listed persons are never kept
        for r in recs.values():
            if r.source == "list:staff":
                r.keep, r.redact, r.role = False, True, ""
        return list(recs.values())

    def _dossier_records(self, dossier_persons) -> list[PersonRecord]:
        """Merged dossier persons; cached, because the pipeline passes the same list object
        for every document of the dossier. The cache holds that list itself and is hit only
        by the very same object: keyed on ids, a new list could reuse the ids of a freed one
        and get another dossier's persons (found by a test that runs two sentences with the
        same person, once kept and once not)."""
        cached = getattr(self, "_dossier_cache", None)
        if cached and cached[0] is dossier_persons and cached[1] == len(dossier_persons):
            return [r.copy() for r in cached[2]]
        recs = merge_persons([r.copy() if isinstance(r, PersonRecord) else
                              PersonRecord.from_dict(r) for r in dossier_persons])
        recs = [r for r in recs if r.surname or r.first]
        self._dossier_cache = (dossier_persons, len(dossier_persons), recs)
        return [r.copy() for r in recs]

    def _dossier_forms(self):
        """(form index, {form tokens: keep values}) of the cached dossier records, made once
        per dossier rather than once per document (matched read-only)."""
        from .persons import form_index
        recs = self._dossier_cache[2]
        cached = getattr(self, "_forms_cache", None)
        if cached and cached[0] is recs:
            return cached[1], cached[2]
        index = form_index(recs, self.res.lex)
        form_keep: dict[tuple, set[bool]] = {}
        for lst in index.values():
            for fm, r in lst:
                form_keep.setdefault(fm.tokens, set()).add(r.keep)
        self._forms_cache = (recs, index, form_keep)
        return index, form_keep

    def propagate(self, doc: Document, findings: list[Finding], dossier_persons: list[PersonRecord]) -> list[Finding]:
        """All findings of the document plus the mentions of persons found in OTHER documents
        of the dossier (returns the complete, resolved list; existing findings of a person
        who is kept elsewhere in the dossier get that role in their context)."""
        if self.only_terms or not dossier_persons:
            return list(findings)
        recs = self._dossier_records(dossier_persons)
        idx = TextIndex.build(doc.text or "")
        a = Analysis(doc.id, doc.text or "", idx, self.res, findings=list(findings))
        blocked = self._blocked(a)
        # weak mentions (a lone first name, review) may be confirmed by a person of the dossier
        existing = Spans((f.start, f.end) for f in findings if f.label in (Label.PERSON, Label.INITIALS, Label.EMAIL)
                         and f.score >= self.res.scores["person_weak"])
        new = []
        index, form_keep = self._dossier_forms()
        for s, e, r, form, tok in find_mentions(idx, recs, self.res.lex, blocked, index=index):
            if existing.overlaps(s, e):
                continue
            if form.single_word and form.kind == "surname" and not (r.first or r.initials):
                continue     # "de heer Bos" elsewhere does not make every "Bos" in the dossier a person
            sc = self.res.scores["person_dossier"]
            why = "persoon gevonden in een ander document van het dossier"
            if r.source == "weak":
                # found elsewhere on weak evidence only (review there): review here too
                sc = self.res.scores["ordinary_word_at_sentence_start"]
                why += " (daar op zwak bewijs: controleren)"
            if len(form_keep.get(form.tokens, ())) > 1:
                # the same form names a kept office holder and a person to redact: redact, review
                sc = self.res.scores["ordinary_word_at_sentence_start"]
                why += " (dezelfde naam hoort bij een ambtsdrager en bij iemand anders: controleren)"
                r = PersonRecord.from_dict({**r.to_dict(), "keep": False, "role": ""})
            if form.single_word and tok.sent_start:
                sc = self.res.scores["ordinary_word_at_sentence_start"]
                why += " (gewoon woord aan zinsbegin: controleren)"
            ctx = dict(person=r.key, layout="dossier", form=form.kind, first=r.first, initials=r.initials, tv=r.tv,
                       surname=r.surname)
            if r.keep:
                ctx["person_role"] = r.role or "kept"
                ctx["dossier_keep"] = "1"
            new.append(a.finding(s, e, Label.PERSON, "rule:dossier", sc, why, **ctx))
        # existing mentions of persons kept elsewhere in the dossier
        kept = [r for r in recs if r.keep]
        if kept:
            # the document's own persons (all parts known from all their mentions)
            own = {r.key: r for r in self.persons(findings)}
            for f in findings:
                if f.label != Label.PERSON or f.context.get("person_role"):
                    continue
                probe = own.get(f.context.get("person", ""))
                if probe is None or not probe.surname:
                    continue
                for r in kept:
                    if not _compatible(r, probe):
                        continue
                    # a full name here needs the same first name/initials on the kept record
                    if (probe.first or probe.initials) and not (r.first or r.initials):
                        continue
                    f.context["person_role"] = r.role or "kept"
                    f.context["dossier_keep"] = "1"
                    break
        # paraphs of dossier persons (only in paraph contexts)
        a.findings.extend(new)
        if new:
            a.findings = self._resolve(a.findings, keep_internal=True)
            self.roles.annotate(idx, a.findings)
        a.persons = recs
        a.extra["initials_need_context"] = True
        ini = next((r for r in self.recognizers if r.type_name == "initials"), None)
        if ini is not None:
            have = {(f.start, f.end) for f in findings if f.label == Label.INITIALS}
            for f in ini.analyze(a):
                if (f.start, f.end) not in have and f.context.get("person"):
                    f.detector = "rule:dossier"
                    a.findings.append(f)
        return self._resolve(a.findings)


def a_text_slice(findings, g, f) -> str:
    # the union's text: g.text + the part of f beyond g (both are slices of the same text)
    if f.start <= g.start:
        return f.text
    return g.text[: f.start - g.start] + f.text
