"""Persons across the dossier: who one document's findings name (its person records), and
the mentions of persons found in OTHER documents of the dossier, including the office
holders kept elsewhere."""
from __future__ import annotations

from ..models import Document, Finding, Label
from .persons import PersonRecord, _compatible, find_mentions, merge_persons
from .registry import Analysis
from .text import Spans, TextIndex, join_hyphenated


class DossierPersons:
    """Mixin of Detector (__init__.py); expects `self.res`, `self.only_terms`, `self.roles`,
    `self.recognizers`, `self._resolve` and `self._blocked` (DocumentPersons)."""

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
            if form.single_word and not r.keep and (form.kind == "surname" or form.kind == "first"
                                                     and r.first not in self.res.lex.common_first_names):
                # "de heer Bos" or "B. Buiten" elsewhere does not make every "Bos" or "Buiten"
                # ("Buiten reikwijdte" in an inventory) in the dossier a person: a single word
                # that is also an ordinary word is found in each document on its own evidence
                # (a frequent first name, "Kees", still goes: the colleague of the other mails)
                continue
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
        return join_hyphenated(doc.text or "", self._resolve(a.findings))
