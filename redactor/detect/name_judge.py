"""The evidence for a parsed name: what stands right before it (a title or a role word) and
the score the parse earns in its context, or None when it is not a person.

All the thresholds that decide "name or ordinary word" live here, so they can be read and
tuned together.
"""
from __future__ import annotations

import regex

from .name_words import W
from .text import TextIndex, Token

_VOCATIVE = regex.compile(r",[ ]+\p{Ll}")
_COMMA_PLACE = regex.compile(r",[ ]+(\p{Lu}[\p{L}'’-]+)[ ]*(?:\t|\n|$)")
_FIRST_OF_ORG = "voornaam + van + organisatie (controleren)"
_OF_ACRONYM = regex.compile(r"[ ]+van[ ]+(?:de[ ]+|het[ ]+)?\p{Lu}{2,6}\b(?![-./]\w)")
_UNIT_BRACKET = regex.compile(r"[ ]?\(([\p{Lu}][\p{L}&/-]{1,12})\)")


class NameJudge:
    """Mixin of NameEngine (names.py); expects `self.lex`, `self.sc`, `self.lone_first_names`,
    `self.relation_nouns`, `self._cur_office` and the word questions of NameWords."""

    def judge(self, ch, p: dict, ctx: str, layout: str, idx: TextIndex) -> tuple[float, str] | None:
        """Score a parse given the context: ctx is '', 'title', 'role', 'layout', 'display', 'ner'."""
        toks = [c[0] for c in ch]
        first = [toks[i].text for i in p["first"]]
        sur = [toks[i].text for i in p["sur"] if ch[i][1] == W]
        has_init = bool(p["inits"])
        tv = p["tv"][1] > p["tv"][0]
        start_tok = toks[p["start"]]
        sent_start = start_tok.sent_start
        sq = [self.quality(s) for s in sur]
        fq = [self.quality(f) for f in first]
        s = self.sc
        if ctx in ("", "role") and self.lone_first_names and len(first) == 1 and not has_init and not sur \
                and _OF_ACRONYM.match(idx.text, toks[p["first"][0]].end) and self._plain_first_name(first[0]):
            # "Stan van KWS zei", "Joyce van BZK": a person named by first name and employer
            return s["ordinary_word_at_sentence_start"], _FIRST_OF_ORG
        if p.get("dangling_tv"):
            return None
        if len(sur) == 1 and not first and not has_init and not tv and sur[0] in self.lex.organisations \
                and not (ctx == "layout" and layout in ("greeting", "signoff")):
            return None      # "projectleider Vivare", "verhuurder Portaal": the organisation the role is at
        if p.get("lower_tv") and ctx != "title":
            # "van der Meer" with a lower-case tussenvoegsel and no title: only the
            # tussenvoegsel rule ("de minister van Financiën", "burgemeester van Amsterdam")
            if self._tv_place(toks, p, sur):
                return None
            if self._kin_of(idx, toks, p, sur):
                # "de ouders van Liv", "de moeder van Sanne": the first name of a child or relative
                p["start"] = p["sur"][0]
                return s["ordinary_word_at_sentence_start"], "voornaam na 'ouders/moeder/… van' (controleren)"
            return self._tv_surname(toks, p, sur, [self.quality(w) for w in sur], ctx)
        if not sur:
            # first name alone
            if ctx == "role" and len(first) == 1 and self.fn_strength(first[0]) == 2 and not self.lex.is_word(first[0]):
                return s["person_full"], "functie + voornaam"     # "uw medewerker Ricardo"
            if ctx == "role" and len(first) == 1 and self._cur_role in self.individual_roles \
                    and self.lex.is_surname(first[0]) and not has_init:
                # "wijkagent Brand": a surname that is also a word (and a first name)
                return s["person_weak"], "functie + achternaam (ook een woord)"
            if ctx == "role" and len(first) == 1 and not sent_start and (
                    self.fn_strength(first[0]) == 2
                    or self.fn_strength(first[0]) == 1 and self._cur_role.lower() in self.relation_nouns):
                # a frequent first name that is also a word ("haar zoon Emir"), or any listed
                # one after a relative ("mijn huisgenoot Tuur"), capitalised
                return s["person_weak"] + 0.1, "functie of relatie + voornaam (ook een woord)"
            if ctx in ("layout", "title", "ner", "display") and layout in (
                    "greeting", "signoff", "signature", "email_header", "header", "attendees", "title", "ner", "display",
                    "chat"):
                if has_init and not first:
                    return None
                f0 = first[0]
                fs = self.fn_strength(f0)
                if ctx == "ner" and layout == "ner":
                    # only the model says so: a first name alone in running text is redacted,
                    # but flagged for review (a greeting or a full mention elsewhere confirms it)
                    if fs == 2 and not has_init and self.lex.is_surname(f0) and f0 not in self.lex.common_first_names:
                        return s["person_full"], "achternaam (ner)"      # "Jansen": listed as both
                    if fs == 2 and not has_init:
                        return s["ordinary_word_at_sentence_start"], "losse voornaam volgens het taalmodel (controleren)"
                    return None
                if fs == 2 or (fs == 1 and ctx != "" and layout in ("greeting", "signoff", "signature", "title", "chat")):
                    return s["person_strong"], "voornaam in " + layout
                if fq[0] == "unknown" and layout in ("greeting", "signoff", "signature", "chat"):
                    return s["person_weak"], "onbekende naam in " + layout
            # a frequent first name on its own in the middle of a sentence ("met Marieke besproken"):
            # weak evidence, redacted and flagged for review
            if not ctx and self.lone_first_names and len(first) == 1 and self._alone(ch, p) and not sent_start \
                    and not has_init:
                f0 = first[0]
                if self._plain_first_name(f0):
                    return s["ordinary_word_at_sentence_start"], "losse voornaam (controleren)"
                if f0 in self.lex.common_first_names and f0 not in self.lex.acronyms:
                    # a frequent first name that is also a word or a surname ("zorgt Bram
                    # voor", "met Roos besproken"): capitalised in the middle of a sentence,
                    # where Dutch writes no noun with a capital
                    return s["ordinary_word_at_sentence_start"], "losse voornaam, ook een woord (controleren)"
            if not ctx and self.lone_first_names and len(first) == 1 and self._alone(ch, p) and sent_start \
                    and not has_init and first[0] in self.lex.common_first_names \
                    and _VOCATIVE.match(idx.text, toks[p["end"] - 1].end):
                # "Jurgen, jullie directeur belt mij": a frequent first name addressed at the
                # start of a sentence, a comma and a lower-case word after it
                return s["ordinary_word_at_sentence_start"], "aangesproken voornaam (controleren)"
            if not ctx and self.lone_first_names and len(first) == 1 and self._alone(ch, p) and sent_start \
                    and not has_init and self._subject_of_verb(idx, toks[p["end"] - 1]) \
                    and self._plain_first_name(first[0]):
                # "Mounir weet het bedrag": a first name (no word, no surname) as the subject
                # of a person's verb at the start of a sentence
                return s["ordinary_word_at_sentence_start"], "losse voornaam als onderwerp (controleren)"
            return None
        # all surname parts must look like names, not like places or words
        bad_word = all(q in ("word",) for q in sq)
        proper = any(q == "proper" for q in sq)
        if has_init:
            if bad_word and not tv and ctx == "":
                return None
            if proper and not tv and ctx == "" and not self.lex.is_surname(sur[0]):
                return s["person_weak"], "initialen + achternaam (ook plaatsnaam)"
            return s["person_strong"], "initialen + achternaam"
        if first:
            f_strength = max(self.fn_strength(f) for f in first)
            if p.get("unknown_first"):
                if ctx:
                    return s["person_strong"], f"naam ({ctx or layout})"
                if all(q == "unknown" for q in sq) and self._name_comma_place(idx, toks[p["start"]], toks[p["end"] - 1]):
                    # "5<TAB>Selam Asmerom, Beilen": unknown words opening a table cell, then the
                    # person's place of residence
                    return s["ordinary_word_at_sentence_start"], "naam met woonplaats in een tabel (controleren)"
                if sent_start or any(q not in ("unknown", "listed") for q in sq):
                    return None
                return s["ordinary_word_at_sentence_start"], "twee onbekende woorden met hoofdletter (naam?)"
            if ctx:
                if ctx == "ner" and bad_word and toks[p["sur"][0]].line != toks[p["first"][0]].line:
                    return None     # "Natuur en Wolf" / "Afgedrukt uit ...": a word opening the next line
                if bad_word and f_strength < 2 and ctx not in ("title",):
                    if all(q == "word" for q in fq):
                        return None
                return s["person_strong"], f"voornaam + achternaam ({ctx or layout})"
            if f_strength == 2:
                if proper and not tv:
                    return s["person_weak"], "voornaam + achternaam (ook plaatsnaam)"
                return s["person_full"], "voornaam uit lijst + achternaam"
            if f_strength == 1:
                if bad_word and not tv:
                    return None
                if sent_start and not any(q in ("listed",) for q in sq):
                    return None
                if sent_start:
                    return s["person_weak"], "voornaam (ook woord) + achternaam aan zinsbegin"
                return s["person_weak"] + 0.1, "voornaam (ook woord) + achternaam"
            return None
        # surname alone (with or without tussenvoegsel)
        if self._tv_place(toks, p, sur):
            return None
        if ctx in ("", "ner") and len(sur) == 1 and sq[0] in ("listed", "word_listed") \
                and sur[0] not in self.lex.proper and (not tv or toks[p["tv"][0]].text.lower() != "het") \
                and not self._after_article(idx, toks[p["start"]]) and self._unit_bracket(idx, toks[p["end"] - 1]):
            # "Ook De Wit (Financiën) en Bakker (DGOO) zijn akkoord": a surname with the
            # colleague's unit in brackets
            return s["person_weak"] + 0.1, "achternaam + afdeling tussen haakjes"
        if tv and ctx != "title":
            got = self._tv_surname(toks, p, sur, sq, ctx)
            if got is not None or not ctx:
                return got
        if not ctx:
            return None
        if ctx == "title":
            return s["person_strong"], "aanspreekvorm + achternaam"
        if ctx == "ner" and all(q in ("word", "word_listed") for q in sq):
            return None     # "De Bakker bezorgt brood": only the model, and the surname is an ordinary word
        if ctx == "ner" and not tv and len(sur) == 1 and sur[0] in self.lex.proper:
            return None     # "District Eindhoven": a surname that is also a place, on the model's word alone
        if bad_word and not tv:
            return None
        if (not tv or ctx == "ner" and toks[p["tv"][0]].text.lower() in ("de", "het", "'t")) and len(sur) == 1 \
                and self._compound_word(sur[0]):
            return None     # "Risicoregister", "Lekdijk-West", "De Meervaart": compounds of ordinary words
        if ctx == "ner" and not tv and len(sur) == 1 and "-" in sur[0] and any(
                self.quality(part) == "word" for part in sur[0].split("-") if part[:1].isupper()):
            return None     # "Deventer-Bergweide": a place, not a double-barrelled name
        if ctx == "role" and self._cur_office and all(q in ("word", "word_listed") for q in sq):
            # "wethouder Bakker", "raadsleden Bakker en ...": an office holder's surname that is
            # also a word ("adviseur Groen" stays a department)
            return s["person_weak"], "ambtsdrager + achternaam (ook een woord)"
        if ctx == "role" and not tv and len(sur) == 1 and sq[0] == "word_listed" and self.fn_strength(sur[0]) == 2:
            # "haar zoon Emir": a frequent first name after a relation or role noun is the person
            return s["person_weak"] + 0.1, "functie of relatie + voornaam"
        if ctx == "role" and not tv and len(sur) == 1 and sq[0] == "word_listed" \
                and self._cur_role in self.individual_roles and "-" not in sur[0]:
            # "wijkagent Brand", "buurman Visser": these roles name one person, never a
            # department ("adviseur Groen" stays one)
            return s["person_weak"], "functie + achternaam (ook een woord)"
        if ctx == "layout" and layout in ("greeting", "signoff", "signature") and not tv and len(sur) == 1 \
                and sq[0] == "word_listed" and sur[0].lower() not in self.greeting_words \
                and p["start"] == 0 and len(ch) == 1:
            # "Beste Kok,", "Groet, Visser": a listed surname that is also a word, as the
            # whole address of a greeting or sign-off ("Beste allen," is no name)
            return s["person_weak"] + 0.1, "achternaam bij groet (ook een woord)"
        if not tv and len(sur) == 1 and sq[0] == "word_listed":
            return None     # "Oost", "Winter" alone: an ordinary word unless a title says otherwise
        if proper and not tv:
            if ctx == "role":
                # "teamchef Berkelland": as often the place the role is for; reviewed where it
                # stands and not spread over the document's other mentions of the place
                return s["ordinary_word_at_sentence_start"], "functie + naam (ook plaatsnaam, controleren)"
            return None
        if ctx == "layout" and layout in ("greeting",) and all(q == "listed" for q in sq) and not tv:
            return s["person_strong"], "naam in aanhef"
        return s["person_strong"] if ctx in ("layout", "display") else s["person_full"], f"achternaam ({ctx or layout})"

    def _tv_surname(self, toks, p: dict, sur: list[str], sq: list[str], ctx: str) -> tuple[float, str] | None:
        """A surname with a tussenvoegsel, without a title or first name ("zoals Van der Meer
        aangaf", "adviseur de Graaf"): `rules/context.yaml: tv_surname_strong/weak`. After
        "van", "van de" only a listed surname that is no word ("de minister van Financiën")."""
        tv = " ".join(toks[i].text for i in range(*p["tv"])).lower()
        if p["start"] > 0 and toks[p["start"] - 1].text[:1].isupper():
            return None      # "Kapel in 't Zand", "Huis ten Bosch": a place or building
        if len(sur) != 1 or sq[0] in ("proper", "word") or sur[0] in self.lex.proper \
                or self._compound_word(sur[0]) or not sur[0][:1].isupper() \
                or sur[0][1:2] == "-":
            return None      # ... nor "op de X-Ray", "de E-Mail": one letter before a hyphen
        if tv in self.tv_strong or (ctx == "role" and tv in self.tv_weak and not tv.startswith("van")):
            return self.sc["person_full"], "tussenvoegsel + achternaam"
        if tv in self.tv_weak and (sq[0] == "listed" or self._listed_double(sur[0])):
            return self.sc["person_weak"] + 0.1, "tussenvoegsel + achternaam uit lijst"
        return None

    def _kin_of(self, idx, toks, p: dict, sur: list[str]) -> bool:
        """"<relation noun> van <first name>" ("de ouders van Liv")."""
        tv = [toks[i].text for i in range(*p["tv"])]
        if tv != ["van"] or len(sur) != 1 or not self._plain_first_name(sur[0]):
            return False
        ti = toks[p["tv"][0]].i
        prev = idx.tokens[ti - 1].text.lower() if ti > 0 else ""
        return prev in self.relation_nouns

    def _listed_double(self, w: str) -> bool:
        """"Vries-Bakker": a double surname whose parts are listed surnames ("Noord-Zuid" has
        parts that are never names)."""
        parts = w.split("-")
        return len(parts) == 2 and all(x[:1].isupper() and self.lex.is_surname(x) and not self.lex.is_not_name(x)
                                       for x in parts)

    def _tv_place(self, toks, p: dict, sur: list[str]) -> bool:
        """"Den Helder", "Ter Apel": a place whose name starts like a tussenvoegsel."""
        if not sur:
            return False
        name = " ".join(sur).lower()
        s0 = p["tv"][0]
        # also "Apel" parsed alone after "Ter" was refused
        return any(" ".join(t.text for t in toks[b:s0] + toks[p["tv"][0]:p["tv"][1]]).lower() + " " + name
                   in self.tv_places for b in range(max(0, s0 - 2), s0 + 1))

    def _plain_first_name(self, w: str) -> bool:
        """A first name (frequent, or listed and capitalised only) that is no ordinary word and
        no surname: alone it still names a person."""
        return (w in self.lex.common_first_names or (w in self.lex.proper and self.lex.is_first_name(w))) \
            and not self.lex.is_word(w) and not self.lex.is_surname(w)

    def _name_comma_place(self, idx: TextIndex, first: Token, last: Token) -> bool:
        """The name opens its table cell and ", <listed place>" ends it."""
        text = idx.text
        ls, _ = idx.line_span(first.line)
        cs = text.rfind("\t", ls, first.start)
        if text[(cs + 1 if cs >= 0 else ls):first.start].strip() or cs < 0:
            return False
        m = _COMMA_PLACE.match(text, last.end)
        return bool(m) and m.group(1) in self.lex.proper and not self.lex.is_surname(m.group(1)) \
            and not self.lex.is_first_name(m.group(1))

    def _subject_of_verb(self, idx: TextIndex, last: Token) -> bool:
        """The word right after the name is a person's verb (rules/context.yaml:
        first_name_subject_verbs, initials_speech_verbs)."""
        nxt = idx.tokens[last.i + 1] if last.i + 1 < len(idx.tokens) else None
        return nxt is not None and nxt.line == last.line and nxt.text in self.subject_verbs

    @staticmethod
    def _alone(ch, p: dict) -> bool:
        """The parse is the whole chunk but for lower-case words after it ("met Kees over")."""
        return p["start"] == 0 and all(c[0].text.islower() for c in ch[p["end"]:])

    @staticmethod
    def _after_article(idx: TextIndex, t: Token) -> bool:
        """'het Noord (NH)': an article before the word makes it a noun phrase."""
        return t.i > 0 and idx.tokens[t.i - 1].text.lower() in ("het", "de", "een", "'t")

    def _unit_bracket(self, idx: TextIndex, last: Token) -> bool:
        """A unit in brackets right after the name: an abbreviation ("(DGOO)", "(BZK)") or a
        listed unit word ("(Financiën)"); not a party ("(D66)"): a Kamerlid is judged by the roles."""
        m = _UNIT_BRACKET.match(idx.text, last.end)
        if not m:
            return False
        w = m.group(1)
        if w.lower() in self.parties:
            return False
        return sum(ch.isupper() for ch in w) >= 2 or w.lower() in self.unit_words

    def _compound_word(self, w: str) -> bool:
        """An unknown word whose (hyphen) parts are compounds of ordinary words."""
        return self.quality(w) == "unknown" and any(
            self._compound(part) for part in w.split("-") if self.quality(part) == "unknown")

    def prefix(self, idx: TextIndex, t: Token) -> tuple[str, str]:
        """('title'|'role'|'', text) of what stands right before token t."""
        toks = idx.tokens
        i = t.i - 1
        # skip a comma between a role and a title: "de dijkgraaf, de heer X"
        while i >= 0 and toks[i].kind == "punct" and toks[i].text in (".",) and toks[i].line == t.line:
            i -= 1
        if i < 0:
            return "", ""
        # titles: sequences of up to 3 words ending at i (dots skipped): "de heer", "mevr."
        seq = []
        j = i
        while j >= 0 and len(seq) < 3:
            tj = toks[j]
            if tj.kind == "punct" and tj.text == ".":
                j -= 1
                continue
            if tj.kind != "word" or t.start - tj.end > 40:
                break
            seq.insert(0, tj.text.lower())
            if tuple(seq) in self.lex.titles:
                return "title", " ".join(seq)
            j -= 1
        pw = toks[i]
        if pw.kind == "punct" and pw.text == "," and i > 0 and toks[i - 1].kind == "word" \
                and self.is_person_noun(toks[i - 1].text) and toks[i - 1].text.lower() not in ("lid", "leden", "heer"):
            # apposition: "de DG, Ramdin-Chotkan", "De voorzitter, X"
            return "role", toks[i - 1].text.lower()
        if pw.kind == "word" and self.is_person_noun(pw.text):
            if pw.text.lower() in ("lid", "leden"):
                if i > 0 and toks[i - 1].text.lower() in ("het", "de", "kamer"):
                    return "role", pw.text.lower()
                return "", ""
            if pw.text.lower() == "heer":
                return "title", "heer"
            return "role", pw.text.lower()
        return "", ""
