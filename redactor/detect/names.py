"""Person names from lists + context.

How it works:
1. Tokens that can be part of a name are grouped into *chunks*: runs of capitalised words,
   initials ("J.P."), tussenvoegsels ("van der", "'t") and connectors ("Tjon A Fong"), that may
   cross one line break but not a table cell, a blank line or punctuation.
2. Each chunk is parsed left to right into names: [initials | first names] [tussenvoegsel]
   surname[-surname]; "Surname, First tv" is parsed in e-mail headers and on lines of its own.
3. Each parse is judged by the evidence around it: the first-name list, the surname list, the
   ordinary-word list (a capitalised ordinary word is not a name by itself), a title before it
   (dhr., mevrouw, drs.), a role or relation word before it (wethouder, buurman,
   communicatieadviseur), and the layout (header labels, e-mail headers, greetings, sign-offs,
   signature blocks, attendee lists).

The steps live in their own modules, joined here as mixins of one NameEngine so that they
share its lists and caches: name_words.py (what a word can be), name_layout.py (layout
contexts), name_parse.py (chunks and name forms), name_judge.py (evidence and scores),
name_reversed.py ("Achternaam, Voornaam"); this module finds the mentions.

The recognizer only proposes PERSON findings with a score and a layout tag; whether a name is
kept (office holder in role, author) is the policy's business.
"""
from __future__ import annotations

import regex

from .name_hit import NameHit
from .name_judge import _FIRST_OF_ORG, NameJudge
from .name_layout import NameLayout
from .name_parse import NameParser
from .name_reversed import ReversedNames
from .name_words import NameWords, T, W
from .text import TextIndex

# NameHit is re-exported: detect/__init__.py imports it from here
__all__ = ["NameEngine", "NameHit"]

_LETTERS = regex.compile(r"[\p{L}']+")
_LOWER_NEXT = regex.compile(r" \p{Ll}")     # a lower-case word follows on the line
_ACRONYM_NEXT = regex.compile(r"[ ]+\p{Lu}{2,6}\b(?![-./]\w)")


class NameEngine(NameWords, NameLayout, NameParser, NameJudge, ReversedNames):
    def __init__(self, res):
        self.res = res
        self.lex = res.lex
        c = res.ctx_list
        self.sc = res.scores
        self._init_words(res)
        self._init_layout(res)
        self.tv_max = max((len(s) for s in self.lex.tussenvoegsels), default=1)
        self.org_after = set(c("org_after"))
        self.lone_first_names = bool(res.cfg.get("lone_first_names", True))
        self.subject_verbs = set(c("first_name_subject_verbs")) | set(c("initials_speech_verbs"))
        kept = (res.policy.get("roles") or {}).get("kept") or {}
        self.office_words = {str(k).lower() for k in kept if " " not in str(k)} - {"lid", "leden"}
        self._cur_office = False
        self._cur_role = ""
        self.surname_prefix_words = set(c("surname_prefix_words"))
        self.greeting_words = set(c("greeting_addressees"))
        self.unit_words = set(c("unit_words"))
        self.parties = {str(x).lower() for x in ((res.policy.get("roles") or {}).get("parties") or [])}
        self.individual_roles = set(c("individual_role_nouns"))
        self.relation_nouns = set(c("relation_nouns"))
        self.tv_strong = set(c("tv_surname_strong"))
        self.tv_weak = set(c("tv_surname_weak"))
        self.tv_places = set(c("places_with_tussenvoegsel"))

    def find(self, idx: TextIndex, blocked: set[int], ner_spans: list[tuple[int, int]] = (),
             ner_other: list[tuple[int, int]] = (), ner_weak_other: list[tuple[int, int]] = ()) -> list[NameHit]:
        """Names in the text. `ner_spans` are the model's PER spans (proposals the rules confirm
        and extend); `ner_other` its ORG/LOC spans: a name found on list evidence alone inside
        such a span ("Albert Heijn" as a shop) is dropped; `ner_weak_other` ORG spans with no
        organisation evidence (see proposals.py): a name found there goes to review."""
        layout = self.layout_contexts(idx)
        hits: list[NameHit] = []
        used: set[int] = set()
        text = idx.text
        # reversed "Achternaam, Voornaam tv" in e-mail headers and on lines of their own
        hits += self._reversed(idx, blocked, layout, used)
        ner_tok: dict[int, bool] = {}
        for s, e in ner_spans:
            for t in idx.tokens_in(s, e):
                ner_tok[t.i] = True
        for ch in self.chunks(idx, blocked):
            ch = [c for c in ch if c[0].i not in used]
            if not ch:
                continue
            t0 = ch[0][0]
            lay, whole, lab = layout.get(t0.i, ("", False, ""))
            pctx, ptxt = self.prefix(idx, t0)
            display = False
            # display name right before "<address>"
            after = text[ch[-1][0].end:ch[-1][0].end + 3]
            if after.lstrip(" \"'").startswith("<"):
                display = True
            if pctx:
                ctx = pctx
            elif display:
                ctx, lay = "display", lay or "email_display"
            elif lay:
                ctx = "layout"
            elif ner_tok.get(t0.i):
                ctx, lay = "ner", "ner"
            else:
                ctx = ""
            k = 0
            while k < len(ch):
                tk = ch[k][0]
                if k == 0:
                    ctx_k = ctx
                elif lay and lay != "ner":
                    ctx_k = "layout"
                elif ner_tok.get(tk.i):
                    ctx_k = "ner"
                else:
                    ctx_k = ""
                p = self._parse_at(ch, k, bool(ctx_k))
                if p is None:
                    k += 1
                    continue
                if ctx_k == "ner" and k > 0 and not p["sur"] and ner_tok.get(ch[k - 1][0].i):
                    # the tail of a name the model saw whole but the rules could not parse
                    # ("Tjan A Fong"): not a first name on its own (the model span is added whole)
                    k = p["end"]
                    continue
                if p["tv"][1] > p["tv"][0] and len(p["first"]) >= 2 and p["sur"] and ner_other \
                        and ch[p["tv"][0]][0].text.islower():
                    # "Eline Maas van Optisport": the part after "van" is an organisation or place
                    # the model found; the name ends before it
                    ss, se = ch[p["sur"][0]][0].start, ch[p["sur"][-1]][0].end
                    if any(os_ <= ss and se <= oe for os_, oe in ner_other):
                        last = p["first"][-1]
                        p = dict(p, first=p["first"][:-1], sur=[last], tv=(last, last), end=last + 1)
                this_ctx = ctx_k
                this_lay = (lay or ("title" if this_ctx == "title" else "role" if this_ctx == "role"
                                    else "ner" if this_ctx == "ner" else "body"))
                toks = [c[0] for c in ch]
                if p["first"] and p["sur"] and p["first"][0] + 1 == p["sur"][0] and \
                        toks[p["first"][0]].text == toks[p["sur"][0]].text and \
                        "\n" in text[toks[p["first"][0]].end:toks[p["sur"][0]].start]:
                    # "Groet,\nMebrahtu\nMebrahtu X": the first name signs off, the next line
                    # starts the full name; not one name "Mebrahtu Mebrahtu"
                    one = p["first"][0]
                    p = dict(p, sur=[], tv=(one + 1, one + 1), end=one + 1)
                cont = self._continuation(idx, ch, p)
                if cont is not None:
                    hits += cont
                    k = p["end"]
                    continue
                if p.get("dangling_tv") and p["first"] and (_LOWER_NEXT.match(text, ch[p["end"] - 1][0].end)
                                                           or _ACRONYM_NEXT.match(text, ch[p["end"] - 1][0].end)):
                    # "met Roos van de gemeente", "Stan van KWS": the tussenvoegsel is a preposition here
                    p = dict(p, end=p["tv"][0], tv=(p["tv"][0], p["tv"][0]), dangling_tv=False)
                self._cur_office = this_ctx == "role" and p["start"] == 0 and ptxt in self.office_words
                self._cur_role = ptxt if this_ctx == "role" and p["start"] == 0 else ""
                j = self.judge(ch, p, this_ctx, this_lay, idx)
                self._cur_office = False
                if j is not None and this_ctx == "layout" and not p["first"] and not p["inits"]:
                    # a bare surname in a layout context must start the entry: not after a
                    # lower-case word ("de wethouder van Lochem") nor inside brackets ("(Zutphen)")
                    t0i = toks[p["start"]].i
                    pt = idx.tokens[t0i - 1] if t0i > 0 else None
                    s0 = toks[p["start"]].start
                    back = text[max(0, s0 - 80):s0]
                    if pt is not None and ((pt.kind == "word" and pt.text.islower() and pt.text not in self.title_words)
                                           or pt.text == "(") or back.rfind("(") > back.rfind(")"):
                        j = None      # ... nor later in a bracket ("(LK, Wonen Limburg)")
                if j is None:
                    k += 1
                    continue
                score, why = j
                toks = [c[0] for c in ch]
                st = toks[p["start"]].start
                en = toks[p["end"] - 1].end
                if not this_ctx and ner_other and any(os_ <= st and en <= oe for os_, oe in ner_other) \
                        and why != _FIRST_OF_ORG:
                    # (the model's organisation span may take in the first name of a person
                    # named by her employer: "Judith van de MBO Raad")
                    k += 1
                    continue
                if not this_ctx and ner_weak_other and any(os_ <= st and en <= oe for os_, oe in ner_weak_other):
                    score = min(score, self.sc["ordinary_word_at_sentence_start"])
                    why += " (taalmodel: organisatie of plaats?, controleren)"
                if this_ctx == "ner" and not p["first"] and not p["inits"]:
                    # a bare word the model calls a person, inside a title-like phrase: "het
                    # Financieele Dagblad" (article "het", or an ordinary word right after it)
                    t0i = toks[p["start"]].i
                    nxt = ch[p["end"]][0] if p["end"] < len(ch) else None
                    if (t0i > 0 and idx.tokens[t0i - 1].text.lower() == "het") or (
                            nxt is not None and nxt.text[:1].isupper() and self.quality(nxt.text) == "word"):
                        k += 1
                        continue
                if whole and lay in ("signature", "signoff"):
                    # the whole line must be the name (optionally with a title / trailing comma)
                    li = idx.line_of(st)
                    ls, le = idx.line_span(li)
                    before = text[ls:st] if lay == "signature" else ""
                    after = text[en:le]
                    if lay == "signature" and after.strip()[:1] in ("|", ",", "-", "–", "—"):
                        after = ""      # "Piet Jansen | adviseur"
                    rest = (before + " " + after).strip(" ,.\t")
                    rest_words = [w for w in _LETTERS.findall(rest) if w.lower() not in self.title_words]
                    if rest_words:
                        k += 1
                        continue
                first = [toks[i].text for i in p["first"]]
                inits = "".join(toks[i].text for i in p["inits"])
                tv = " ".join(toks[i].text for i in range(*p["tv"]))
                sur = " ".join(toks[i].text for i in p["sur"])
                kind = "init" if inits and not first else "full" if first and sur else "first" if first else "sur"
                hits.append(NameHit(st, en, first, inits, tv, sur, kind, score, this_lay, why,
                                    ptxt if this_ctx == "title" and p["start"] == 0 else "", (toks[p["start"]].i, toks[p["end"] - 1].i),
                                    lab if this_lay in ("header", "attendees") else ""))
                k = p["end"]
        return hits

    def _continuation(self, idx: TextIndex, ch, p) -> list[NameHit] | None:
        """A name cut by a narrow table cell: "Sanne van der" / "Gerrit" at the end of a cell,
        the rest ("Meer-Oduya", "Mennega") alone at the start of the next line."""
        if p["sur"] or p["end"] != len(ch) or not (p["first"] or p["inits"]):
            return None
        if not p.get("dangling_tv") and not p["first"]:
            return None
        if p["first"] and not p.get("dangling_tv") and max(self.fn_strength(ch[i][0].text) for i in p["first"]) < 1:
            return None
        last = ch[-1][0]
        text = idx.text
        nxt = text[last.end:last.end + 1]
        li = last.line
        if nxt not in ("\t", "\n", "") or "\t" not in idx.line_text(li):
            return None
        if li + 1 >= idx.n_lines:
            return None
        nl = idx.line_text(li + 1)
        toks = idx.line_tokens(li + 1)
        cell_toks = [t for t in toks if t.start < idx.line_starts[li + 1] + len(nl.split("\t")[0])]
        kinds = [self.chunk_kind(t) for t in cell_toks]
        # the rest of the name: optional tussenvoegsels and one surname ("Meer-Oduya", "van der Laan")
        if not cell_toks or kinds[-1] != W or not all(k == T for k in kinds[:-1]):
            return None
        if p.get("dangling_tv") and any(k == T for k in kinds):
            return None
        sur = cell_toks[-1]
        if self.quality(sur.text) in ("word", "proper"):
            return None
        extra_tv = " ".join(t.text for t in cell_toks[:-1])
        toks_ch = [c[0] for c in ch]
        first = [toks_ch[i].text for i in p["first"]]
        inits = "".join(toks_ch[i].text for i in p["inits"])
        tv = " ".join(toks_ch[i].text for i in range(*p["tv"])) or extra_tv.lower()
        st = toks_ch[p["start"]].start
        sc = self.sc["person_full"]
        why = "naam over twee regels in een tabelcel"
        return [NameHit(st, last.end, first, inits, tv, sur.text, "full", sc, "table", why),
                NameHit(cell_toks[0].start, sur.end, first, inits, tv, sur.text, "full", sc, "table", why)]
