"""The model proposes, the rules confirm or veto.

The NER model's entities (PER, ORG, LOC) are *proposals*. Before the name engine uses them,
each is checked against the layout and the lexicon (all words from `rules/context.yaml`,
section `model_*`):

* a PER span that holds an upper-case abbreviation ("Secretariat DGB", "Team WOO") names a
  mailbox or a unit: treated as ORG;
* a PER span without a first name that stands where a place stands is a place (LOC): after
  "<role> van" ("de wethouder van Heerde"), after a place word or preposition ("in de wijken
  X", "in X"), in a coordination with a place the model found ("tussen Tiel en X"), or when it
  ends in a compass part ("Haarlem-Oost");
* an ORG span is only trusted as a veto for a name when something in or around it says
  "organisation": an organisation word in the span, an abbreviation, an article right before
  it ("bij de Albert Heijn"), an organisation noun before it ("de winkel van X"). An ORG span
  that is shaped like a person's name with none of these ("het advies van Joep Timmerhuis"
  as ORG) is a *weak* ORG: a name found there by the lists is redacted for review instead of
  being dropped (a missed name is a data breach).

Returns a `Proposals` object the recognizers share through `Analysis.extra["proposals"]`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .registry import Analysis


@dataclass
class Proposals:
    per: list[tuple[int, int]] = field(default_factory=list)        # trusted PER spans
    other: list[tuple[int, int]] = field(default_factory=list)      # ORG/LOC spans that veto list-only names
    weak_other: list[tuple[int, int]] = field(default_factory=list)  # ORG spans without organisation evidence
    vetoed: list[tuple[int, int, str]] = field(default_factory=list)  # PER spans turned down, with the reason


def _words(res, name: str) -> set[str]:
    return set(res.ctx_list(name))


class ProposalJudge:
    def __init__(self, res, eng):
        self.res = res
        self.eng = eng
        self.lex = res.lex
        self.place_nouns = _words(res, "model_place_nouns")
        self.place_preps = _words(res, "model_place_prepositions")
        self.org_nouns = _words(res, "model_org_nouns")
        self.place_suffixes = tuple("-" + w for w in _words(res, "model_place_suffixes"))
        self.org_words = (set(res.ctx_list("org_after")) | set(res.ctx_list("org_before")) |
                          set(res.ctx_list("org_line_heads")) | _words(res, "model_org_words"))
        self.org_suffixes = tuple(res.ctx_list("org_suffixes"))
        # organisation words that are no common surnames ("Bos", "Hof", "Huis" are)
        self.strong_org = (set(res.ctx_list("org_before")) | set(res.ctx_list("org_line_heads")) |
                           _words(res, "model_org_words")) - {w.lower() for w in res.lex.surnames if w[:1].isupper()}
        kept = (res.policy.get("roles") or {}).get("kept") or {}
        self.roles = {str(k).lower() for k in kept if " " not in str(k)}

    # ------------------------------------------------------------------ helpers
    def _toks(self, a: Analysis, s: int, e: int):
        return [t for t in a.index.tokens_in(s, e) if t.kind in ("word", "init", "apo", "punct", "num")]

    def _has_first_name(self, toks, strong: bool = False) -> bool:
        need = 2 if strong else 1
        return any(t.kind == "init" or (t.kind == "word" and self.eng.fn_strength(t.text) >= need) for t in toks)

    def _name_shaped_place(self, a: Analysis, s: int, e: int) -> bool:
        """A LOC span that reads as a person's name: a first name from the list or initials,
        then capitalised name words only ("Gerda Blokland", "H.W. Kamsteeg" that the model
        calls a place)."""
        toks = [t for t in self._toks(a, s, e) if t.kind != "punct"]
        ws = [t for t in toks if t.kind == "word" and t.text.lower() not in self.lex.tv_words]
        # initials before the name ("H.W. Kamsteeg") read as a person as much as a first name
        led_by_initials = bool(toks) and toks[0].kind == "init" and len(ws) >= 1
        if not led_by_initials and (len(ws) < 2 or not self._has_first_name(ws[:1], strong=True)):
            return False
        if any(not t.text[:1].isupper() for t in ws):
            return False
        low = [t.text.lower() for t in ws]
        return not any(w in self.strong_org or w in self.place_nouns or w.endswith(self.org_suffixes) or
                       w.endswith(self.place_suffixes) for w in low) and \
            all(self.eng.chunk_kind(t) == "W" for t in ws)

    @staticmethod
    def _abbrev(t) -> bool:
        return t.kind == "word" and len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()

    def _prev(self, a: Analysis, i: int, n: int = 1):
        toks = a.index.tokens
        out = []
        j = i - 1
        while j >= 0 and len(out) < n:
            out.append(toks[j])
            j -= 1
        return out

    def _is_person_noun(self, w: str) -> bool:
        lw = w.lower()
        return lw in self.roles or self.eng.is_person_noun(w)

    def place_position(self, a: Analysis, toks, loc_spans: list[tuple[int, int]]) -> str:
        """Why a span without a first name stands where a place stands ('' if it does not)."""
        if not toks:
            return ""
        first = toks[0]
        words = [t for t in toks if t.kind == "word"]
        if words and words[-1].text.lower().endswith(self.place_suffixes):
            return "plaatsnaam met windrichting"
        prev = self._prev(a, first.i, 3)
        # the model took the role into the span: "Wethouders van Haarlem"
        if len(toks) >= 3 and first.kind == "word" and self._is_person_noun(first.text) \
                and toks[1].text in ("van", "voor"):
            return f"'{first.text} {toks[1].text}' + plaats"
        # "<role> van X", "de wethouder van Heerde" (also when the model took "van" into the span)
        lead = [first] + prev if first.kind == "word" and first.text in ("van", "voor") else prev
        if lead and lead[0].text.lower() in ("van", "voor") and len(lead) > 1 and lead[1].kind == "word" \
                and self._is_person_noun(lead[1].text) and lead[1].text.lower() not in ("heer",):
            return f"'{lead[1].text} {lead[0].text}' + plaats"
        # a place word or preposition right before ("in de wijken X", "in X", "te X")
        k = 0
        while k < len(prev) and prev[k].text.lower() in ("de", "het", "'t"):
            k += 1
        if k < len(prev) and prev[k].kind == "word":
            w = prev[k].text.lower()
            if w in self.place_nouns or (k == 0 and w in self.place_preps):
                return f"na '{prev[k].text}'"
        # coordination with a place the model found: "tussen Tiel en X", "X en Y" (Y a place)
        text = a.text
        s, e = toks[0].start, toks[-1].end
        for ls, le in loc_spans:
            # only neighbours: slicing the gap to every place in a long text is quadratic
            if not (0 <= s - le <= 6 or 0 <= ls - e <= 6):
                continue
            gap = text[le:s] if le <= s else text[e:ls]
            if gap.strip() in ("en", "of", ",", "en de", "of de"):
                return "in een opsomming met een plaats"
        return ""

    def org_evidence(self, a: Analysis, s: int, e: int) -> str:
        toks = self._toks(a, s, e)
        for t in toks:
            if self._abbrev(t):
                return "afkorting"
            if t.kind == "word":
                lw = t.text.lower()
                if lw in self.org_words or (len(lw) > 6 and lw.endswith(self.org_suffixes)):
                    return f"organisatiewoord '{t.text}'"
            if t.text == "&":
                return "'&'"
        if not toks:
            return "leeg"
        prev = self._prev(a, toks[0].i, 4)
        if prev and prev[0].kind == "word" and prev[0].text.lower() in ("de", "het", "een", "der"):
            return f"lidwoord '{prev[0].text}'"
        for t in prev:
            if t.kind == "word" and t.text.lower() in self.org_nouns:
                return f"organisatie-context '{t.text}'"
        # not name-shaped at all (lower-case words, numbers inside): trust the model
        if any(t.kind == "num" for t in toks) or any(t.kind == "word" and t.text[:1].islower()
                                                    and t.text.lower() not in self.lex.tv_words for t in toks):
            return "geen naamvorm"
        if any(t.kind == "word" and t.text.lower() in self.eng.title_words for t in toks):
            return ""
        return ""

    # ------------------------------------------------------------------ main
    def judge(self, a: Analysis) -> Proposals:
        p = Proposals()
        loc, weak_loc = [], []
        for s, e, lab in a.ner:
            if lab in ("LOC", "GPE", "FAC"):
                (weak_loc if self._name_shaped_place(a, s, e) else loc).append((s, e))
        for s, e, lab in a.ner:
            if lab in ("PER", "PERSON"):
                toks = self._toks(a, s, e)
                # "MH = Madelon X", "Beh.: X": a legend's or label's key taken into the name
                k = next((i for i, t in enumerate(toks[:3]) if t.kind == "punct" and t.text in ("=", ":")), -1)
                if k >= 0 and k + 1 < len(toks):
                    s, toks = toks[k + 1].start, toks[k + 1:]
                if any(self._abbrev(t) for t in toks):
                    p.other.append((s, e))
                    p.vetoed.append((s, e, "afkorting in de naam: organisatie of mailbox"))
                    continue
                if not self._has_first_name(toks):
                    why = self.place_position(a, [t for t in toks if t.kind != "punct"], loc)
                    if why:
                        p.other.append((s, e))
                        p.vetoed.append((s, e, "plaats: " + why))
                        continue
                p.per.append((s, e))
            elif lab == "ORG":
                toks = self._toks(a, s, e)
                if any(t.kind == "word" and t.text.lower() in self.eng.title_words for t in toks):
                    continue       # "Dr. Pelsma en Wietske Okkerse": persons, whatever the model says
                if self.org_evidence(a, s, e):
                    p.other.append((s, e))
                else:
                    p.weak_other.append((s, e))
            elif (s, e) in weak_loc:
                p.weak_other.append((s, e))
            elif lab in ("LOC", "GPE", "FAC", "MISC"):
                p.other.append((s, e))
        return p


def proposals(a: Analysis, eng) -> Proposals:
    """The judged model proposals of this document (computed once per Analysis)."""
    p = a.extra.get("proposals")
    if p is None:
        judge = getattr(a.res, "_proposal_judge", None)
        if judge is None:
            judge = a.res._proposal_judge = ProposalJudge(a.res, eng)
        p = a.extra["proposals"] = judge.judge(a)
    return p
