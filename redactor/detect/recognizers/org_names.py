"""Recognizer `org_names`: organisations, buildings and places that carry a person's name
("Stichting Pieter van Foreest", "Erasmusbrug", "Jan Wiersma Installatietechniek B.V."): kept,
and their tokens are no person's name for the other recognizers."""
from __future__ import annotations

from ...models import Label
from ..registry import Analysis, Recognizer, recognizer


@recognizer("org_names")
class OrgNames(Recognizer):
    """Organisations, buildings and places, including those named after a person ("Stichting
    Pieter van Foreest", "Johan Cruyff Foundation", "Prins Bernhard Cultuurfonds",
    "Van Brienenoordbrug"). Found so that the name inside is not taken for a person; kept."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        c = res.ctx_list
        self.before = set(c("org_before"))
        self.after = set(c("org_after"))
        self.suffixes = tuple(c("org_suffixes"))
        self.street = tuple(c("name_blocking_suffixes"))
        self.surname_suffixes = tuple(c("surname_capable_suffixes")) or ("kerk",)
        self.all_suffixes = tuple(set(self.suffixes + self.street))
        self.trade = set(c("org_after_trade"))
        # function titles: "Hoofd Publiekrecht", "Adviseur Bouw" after a name are no trade name
        self.functions = set(c("person_nouns")) | {"hoofd", "head"}
        self.function_suffixes = tuple(c("person_noun_suffixes"))
        self.trade_suffixes = tuple(c("org_trade_suffixes"))
        self.before_lower = set(c("org_before_lower"))
        self.before_suffixes = tuple(c("org_before_suffixes"))
        self.strong_after = {"foundation", "fonds", "stichting", "ziekenhuis", "instituut", "institute", "museum",
                             "academie", "bv", "b.v.", "nv", "n.v."}
        # legal forms written with dots are tokenised as initials ("B.V."); they still end a name
        self.legal = {w for w in c("legal_forms") if "." in w}
        self.legal_plain = {w.replace(".", "") for w in c("legal_forms")}
        self.loc_words = {"brug", "tunnel", "sluis", "gemaal", "dijk", "haven", "park", "bos", "plein", "straat", "laan",
                          "weg", "kade", "gracht", "singel", "polder", "dreef", "hof"}

    def _title_words(self, lex) -> set[str]:
        tw = getattr(self, "_tw", None)
        if tw is None:
            tw = self._tw = {w.rstrip(".") for seq in lex.titles for w in seq} - {"de", "het"}
        return tw

    def _namey(self, t, lex) -> bool:
        if t.kind == "init":
            return True
        if t.kind == "apo" or t.text == "&":     # "Brouwer & Zn.", "Smit & Partners"
            return True
        if t.kind != "word":
            return False
        if t.text.lower() in lex.tv_words:
            return True
        return t.text[:1].isupper() and not lex.is_not_name(t.text) or t.text in ("Het", "De", "A")

    def _is_trade(self, t, toks, text, lex) -> bool:
        """A firm's trade after a name on the same line ("Kees Hoogland Bouw")."""
        lw = t.text.lower()
        if not t.text[:1].isupper() or t.i == 0:
            return False
        if lw not in self.trade and not (
                "-" not in lw and not (t.text in lex.surnames or t.text in lex.first_names)
                and any(lw.endswith(sx) and len(lw) >= len(sx) + 3 for sx in self.trade_suffixes)):
            return False
        prev = toks[t.i - 1]
        if self._is_function(prev.text):
            return False
        return prev.kind == "word" and prev.text[:1].isupper() and not lex.is_not_name(prev.text) \
            and not text[prev.end:t.start].strip() and "\n" not in text[prev.end:t.start] \
            and "\t" not in text[prev.end:t.start]

    @staticmethod
    def _origin_adjective(t, lex) -> bool:
        """"Ghanese", "Marokkaanse", "Protestantse": a capitalised adjective of a country,
        people or faith (a proper word with the adjective's ending)."""
        w = t.text
        return t.kind == "word" and w[:1].isupper() and w in lex.proper and w.endswith(("se", "sche"))

    @staticmethod
    def _could_be_first_name(w: str, lex) -> bool:
        """A first name or an unknown word, but no surname, ordinary word or place."""
        return not (lex.is_surname(w) or lex.is_word(w) or lex.is_not_name(w) or w in lex.proper)

    def _is_function(self, w: str) -> bool:
        lw = w.lower()
        return lw in self.functions or lw.endswith(self.function_suffixes)

    @staticmethod
    def _trade_stop(toks, j, text, lex) -> bool:
        """Where a trade name ends on the left: at a line break, and at "van" after a
        surname ("Kwame Mensah van Brugtech Onderhoud" is a person of a firm)."""
        if "\n" in text[toks[j - 1].end:toks[j].start]:
            return True
        w = toks[j - 1]
        if not (w.text.islower() and w.text in lex.tv_words and j >= 2):
            return False

        def cap(x):     # a capitalised name word on the same line as the next token
            return toks[x].kind == "word" and toks[x].text[:1].isupper() and not lex.is_not_name(toks[x].text) \
                and not toks[x + 1].sent_start and "\n" not in text[toks[x].end:toks[x + 1].start]
        return cap(j - 2) and (not lex.is_first_name(toks[j - 2].text) or j >= 3 and cap(j - 3))

    def analyze(self, a: Analysis):
        out = []
        toks = a.index.tokens
        lex = self.res.lex
        text = a.text
        n = len(toks)

        # a name found before an address ("mw. G. X Dalerstraat 12" in a register without
        # tabs) is not the first part of the street's name
        person_ends = {f.end for f in a.findings if f.label == Label.PERSON}

        def same_unit(x, y) -> bool:
            gap = text[x.end:y.start]
            return not gap.strip() and "\t" not in gap and gap.count("\n") <= 1 and x.end not in person_ends

        for t in toks:
            if t.kind == "init" and t.text.lower() in self.legal and t.i > 0 and toks[t.i - 1].kind == "word" \
                    and toks[t.i - 1].text[:1].isupper():
                pass
            elif t.kind != "word" or not (t.text[:1].isupper() or t.text in self.before_lower):
                continue
            lw = t.text.lower()
            anchor_after = lw in self.after and t.text[:1].isupper()
            if anchor_after and t.i > 0 and toks[t.i - 1].text.lower() in lex.tv_words and lw not in self.strong_after:
                anchor_after = False     # "Van der Laan", "Ten Bos": a surname
            if not anchor_after and t.text[:1].isupper() and lw.endswith(self.all_suffixes) and "-" not in lw and \
                    not (t.text in lex.surnames or t.text in lex.first_names):
                anchor_after = any(lw.endswith(sx) and len(lw) >= len(sx) + 3 for sx in self.all_suffixes)
            trade = not anchor_after and self._is_trade(t, toks, text, lex)
            anchor_after = anchor_after or trade
            if anchor_after:
                # extend to the left over capitalised words and tussenvoegsels between them
                # ("Willem de Kooning Academie"); an article right before the anchor makes it a
                # common noun ("van de Stichting")
                j = t.i
                while j - 1 >= 0 and j - t.i > -5 and self._namey(toks[j - 1], lex) and same_unit(toks[j - 1], toks[j]) \
                        and not toks[j].sent_start and not (trade and (self._trade_stop(toks, j, text, lex)
                                                                       or self._is_function(toks[j - 1].text))):
                    if toks[j - 1].text.islower() and (j == t.i or toks[j].text.islower()):
                        break
                    j -= 1
                if trade and j > 0 and toks[j - 1].text.islower() and toks[j - 1].text in lex.tv_words and (
                        toks[j].text.islower() or not self._trade_stop(toks, j, text, lex)):
                    anchor_after = False   # stopped inside "van der": a person's name before a trade word
                # do not start with a lower-case tussenvoegsel (or an ampersand)
                while j < t.i and (toks[j].text.islower() or toks[j].text == "&"):
                    j += 1
                if j == t.i and not any(ch.isupper() for ch in t.text[1:]) and lw in self.after:
                    anchor_after = False   # "Fonds" alone: maybe "Stichting X" follows
                elif j == t.i and lw.replace(".", "") in self.legal_plain:
                    anchor_after = False   # "CV" alone (a paraph, a curriculum vitae): no company's name before it
                elif lw not in self.after and lw.endswith(self.surname_suffixes) and (
                        j < t.i and all(toks[x].kind == "init" for x in range(j, t.i))
                        or j == t.i and j > 0 and toks[j - 1].text.lower().rstrip(".") in self._title_words(lex)):
                    anchor_after = False   # "M. Oudkerk", "mevrouw Oudkerk": a surname, not a church
                elif (lw in self.after or trade) and lw not in self.strong_after and j < t.i and all(
                        lex.is_first_name(toks[x].text) or toks[x].text.lower() in lex.tv_words or toks[x].kind == "init"
                        for x in range(j, t.i)) and lex.is_first_name(toks[j].text) and \
                        sum(1 for x in range(j, t.i) if toks[x].kind == "word" and toks[x].text[:1].isupper()) == 1:
                    anchor_after = False   # "Anne Bos", "Pim van der Hof": a first name + a surname that is a place word
            if anchor_after:
                is_loc = any(lw.endswith(x) for x in self.loc_words) or lw.endswith(self.street)
                lab = Label.LOC if is_loc else Label.ORG
                if j == t.i and is_loc:
                    # a single compound ("Erasmusbrug"): a place; only worth a finding when the
                    # compound contains a name
                    pass
                out.append(a.finding(toks[j].start, t.end, lab, self.detector, 0.8,
                                     "organisatie of plaats" + (" (naar een persoon genoemd)" if j < t.i else ""),
                                     org="1"))
                continue
            if (lw in self.before or (t.text.islower() and lw in self.before_lower) or (
                    t.text[:1].isupper() and lw.endswith(self.before_suffixes) and len(lw) > 8)) and t.i + 1 < n \
                    and toks[t.i + 1].text[:1].isupper() and "\n" not in text[t.end:toks[t.i + 1].start] \
                    and not (t.i > 0 and toks[t.i - 1].kind in ("word", "apo") and not t.text.isupper()
                             and toks[t.i - 1].text.lower() in ("de", "der", "den", "van", "ter", "ten", "te", "la", "le", "du", "da")):
                # ("R. de Graaf" is a surname after a tussenvoegsel, not "Graaf X")
                j = t.i
                # not into the next line when that starts a sentence or a field: "Naam
                # organisatie: Stichting X" with "Jan Jansen is secretaris." below it kept
                # the person's name as part of the organisation's
                while j + 1 < n and j - t.i < 5 and self._namey(toks[j + 1], lex) and same_unit(toks[j], toks[j + 1]) \
                        and not toks[j + 1].sent_start:
                    j += 1
                # trailing lower-case tussenvoegsels are not part of it
                while j > t.i and toks[j].text.islower():
                    j -= 1
                # "Balie Stadskantoor<SPACE>Iwona<TAB>": a compound like "stadskantoor" before a
                # lone first name (or unknown word) that ends its cell: a place in a roster, and
                # she works there
                if j == t.i + 1 and lw not in self.before and toks[j].kind == "word" \
                        and self._could_be_first_name(toks[j].text, lex) \
                        and j + 1 < n and "\t" in text[toks[j].end:toks[j + 1].start]:
                    j = t.i
                if j > t.i:
                    lab = Label.ORG
                    st = t.start
                    if t.i > 0 and self._origin_adjective(toks[t.i - 1], lex) and same_unit(toks[t.i - 1], t):
                        st = toks[t.i - 1].start     # "Ghanese Vereniging Akwaaba": the adjective is part of it
                    out.append(a.finding(st, toks[j].end, lab, self.detector, 0.8,
                                         "organisatie (ook als die naar een persoon is genoemd)", org="1"))
        return out
