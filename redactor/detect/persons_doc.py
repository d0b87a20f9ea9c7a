"""Persons within one document: the person records made from its PERSON findings, the
keys that tie every mention to its person, the other mentions of those persons (propagation
inside the document), and the e-mail addresses and addresses that belong to them."""
from __future__ import annotations

import regex

from ..models import Finding, Label
from .persons import (PersonRecord, _compatible, _fold, derived_local_parts, find_mentions, make_key,
                      merge_persons, record_from_hit)
from .model_places import ModelPlaces
from .registry import Analysis
from .text import Spans, TextIndex


class DocumentPersons:
    """Mixin of Detector (__init__.py); expects `self.res` and `self._resolve`."""

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
            if not self._spreads(f):
                continue
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

    def _spreads(self, f: Finding) -> bool:
        """False for a single word on the model's say alone ("Kifid", "De Meervaart",
        "Speelveldtoets" in real decisions): redacted where the model sees a person, never
        spread over the document or the dossier (one misjudged organisation became hundreds
        of boxes). A surname after van der/van den/ter/ten is name-shaped enough to spread."""
        from .recognizers.names import engine
        c = f.context
        if c.get("layout") != "ner" or c.get("staff") or c.get("first") or c.get("initials"):
            return True
        return (c.get("tv") or "").lower() in engine(self.res).tv_strong

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
        # a name the model alone calls a person, used as a place elsewhere in the text
        mp = getattr(self.res, "_model_places", None)
        if mp is None:
            mp = self.res._model_places = ModelPlaces(self.res)
        kept = mp.drop(a.text, a.findings)
        if len(kept) != len(a.findings):
            keys = {f.context.get("person") for f in kept if f.label == Label.PERSON}
            a.findings = kept
            records = [r for r in records if r.key in keys]
        blocked = self._blocked(a)
        existing = Spans((f.start, f.end) for f in a.findings if f.label == Label.PERSON
                         and f.score >= self.res.scores["person_weak"])
        new = []
        for s, e, r, form, tok in find_mentions(a.index, records, self.res.lex, blocked):
            if existing.overlaps(s, e) and existing.covers(s) and existing.covers(e - 1):
                continue     # (a mention found only in part, "Tesfay" of "Tesfay, Mebrahtu", is added whole)
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
        # a person's address is theirs wherever else the document repeats it
        private = {" ".join(f.text.split()) for f in addr if f.label == Label.ADDRESS and f.context.get("address_owner")}
        for f in addr:
            if f.label == Label.ADDRESS and f.context.get("address") == "organisation" and " ".join(f.text.split()) in private:
                f.context["address"] = "citizen"
                f.context["address_owner"] = "elders in het document het adres van een persoon"

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
        from .recognizers.names import blocked_tokens
        return blocked_tokens(a)
