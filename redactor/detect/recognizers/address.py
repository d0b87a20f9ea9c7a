"""Addresses: street and house number (a citizen's or the organisation's own) and postcodes.
Dates of birth: birthdates.py."""
from __future__ import annotations

import regex

from ...models import Label
from ..registry import VALIDATORS, Analysis, Recognizer, recognizer
from ..resources import words_regex


_ADDRESS_PREPOSITION = regex.compile(r"(?i)\b(?:aan|op|in)(?:[ ]+de)?[ ]+$")
_NOT_HOUSE_NUMBER = regex.compile(
    r"(?i)[ ]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
    r"|-\d{3,}")
_TOWN_WORD = r"(?:\p{Lu}[\p{L}'’-]*|'s|aan|den|de|op|bij|in|van|a/d|\(\p{Lu}[\p{L}]*\))"
_TOWN = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \-]" + _TOWN_WORD + r"){0,3})(?=[ \t]*(?:$|\n|,|\||·|\.|\t))",
                      regex.MULTILINE)
_PLACE_DATE = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \-]" + _TOWN_WORD + r"){0,3}),[ \t]+\d{1,2}[ \t]+"
                            r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                            r"[ \t]+(?:19|20)\d{2}")
POSTCODE_RE = regex.compile(r"(?<![\w-])([1-9]\d{3})[ \u00a0]?([A-Z]{2})(?![\w-])")


def _line_bounds(text: str, s: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    return ls, (le if le >= 0 else len(text))


def _cell_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    ls, le = _line_bounds(text, s)
    cs = text.rfind("\t", ls, s)
    ce = text.find("\t", e, le)
    return (cs + 1 if cs >= 0 else ls), (ce if ce >= 0 else le)


# what may stand right before a name that runs into a street: initials, a title, a first name
_NAME_BEFORE = regex.compile(r"(?:(?<![\w.])(?P<init>(?:\p{Lu}\.)+)|(?<![\w.])(?P<title>(?i:dhr|mw|mevr)\.)"
                             r"|(?<![\w])(?P<first>\p{Lu}\p{Ll}+))[ ]+$")
_PERSON_TITLE = regex.compile(r"(?<![\w.])(?i:dhr|mw|mevr|fam|de[ ]heer|mevrouw|familie)(?:\.|(?=[ ]))[ ]*\p{Lu}")
_CARE_OF = regex.compile(r"(?i)(?<![\w/.])(?:p/a|p\.a\.|per adres|c/o)[ \u00a0]*$")


class _AddressContext:
    """Tells an organisation's own (visiting/postal) address from a private person's address."""

    def __init__(self, res):
        c = res.ctx_list
        self.org_heads = words_regex(c("org_line_heads"), prefix=True)
        self.org_labels = words_regex(c("org_address_labels"))
        self.cit_labels = words_regex(c("citizen_address_labels"))
        self.org_buildings = words_regex(c("org_address_buildings"))
        self.postbus = regex.compile(r"(?i)\b(?:postbus|antwoordnummer|retouradres|bezoekadres|postadres|p\.?\s?o\.?\s?box)\b")
        # "Mijn postadres is ...": a person gives her own address
        self.own = regex.compile(r"(?i)\b(?:mijn|ons|onze|zijn|haar|hun|uw)\s+(?:post|woon|huis|correspondentie)?adres\b")
        forms = [f for f in c("legal_forms")] or ["b.v.", "bv", "n.v.", "nv", "v.o.f.", "vof", "c.v.", "holding"]
        self.legal_form = regex.compile(r"(?i)(?<![\w.])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\w])")

    @staticmethod
    def _block(a: Analysis, li: int, step: int, size: int = 3) -> list[str]:
        """Up to `size` non-empty lines next to line li; one blank line in between is allowed
        (OCR output puts blank lines inside address blocks), two end the block."""
        out = []
        j = li + step
        blank = 0
        while 0 <= j < a.index.n_lines and len(out) < size:
            t = a.index.line_text(j).strip()
            j += step
            if not t:
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            out.append(t)
        return out

    def named_as_building(self, text: str, s: int, cs: int = 0) -> bool:
        """A business building is named right before the address ("het kantoorpand X 14")."""
        return bool(self.org_buildings) and bool(self.org_buildings.search(text, max(cs, s - 40), s))

    def classify(self, a: Analysis, s: int, e: int) -> str:
        return self.classify_why(a, s, e)[0]

    def classify_why(self, a: Analysis, s: int, e: int) -> tuple[str, bool]:
        """(kind, whether the text said so); without any sign an address is a person's."""
        kind = self._classify(a, s, e)
        return (kind[:-1], False) if kind.endswith("?") else (kind, True)

    def _classify(self, a: Analysis, s: int, e: int) -> str:
        text = a.text
        ls, le = _line_bounds(text, s)
        cs, ce = _cell_bounds(text, s, e)
        cell_before = text[cs:s]
        if not cell_before.strip() and cs > ls:
            # the address starts its cell: the label is the cell before ("Locatie\tTurfmarkt 1")
            pcs = text.rfind("\t", ls, cs - 1)
            cell_before = text[(pcs + 1 if pcs >= 0 else ls):cs - 1]
        line = text[ls:le]
        if self.postbus.search(line):
            return "organisation"
        # "p/a Dorpsstraat 3" (per adres, c/o): an organisation without an address of its own
        # uses someone's, in practice a board member's home
        if _CARE_OF.search(cell_before):
            return "citizen"
        if self.cit_labels and self.cit_labels.search(cell_before):
            return "citizen"
        if self.org_labels and self.org_labels.search(cell_before):
            return "organisation"
        # the block of lines around the address (stop at blank lines)
        li = a.index.line_of(s)
        block_before = self._block(a, li, -1)
        block_after = self._block(a, li, +1)
        if self.own.search(text, max(0, s - 80), s):
            return "citizen"
        # a person's title earlier on the same line, no company in between: a register's row
        # ("26-0031 06-01-2026 dhr. H.J. Stoeve<TAB>Dalerstraat 44"), "mw. X, Kerkweg 3"
        if _PERSON_TITLE.search(text, max(ls, s - 80), s) and not self.legal_form.search(text, max(ls, s - 80), s):
            return "citizen"
        near = block_before[:2] + block_after[:2]
        if any(self.postbus.search(t) for t in near):
            return "organisation"
        # an organisation's name line right above (letterhead, signature of a civil servant)
        for t in block_before[:2]:
            first_cell = t.split("\t")[-1]
            # (also after a function in a signature line: "Woo-coördinator | Rijkswaterstaat")
            if self.org_heads and any(self.org_heads.match(x.strip()) for x in [first_cell] + first_cell.split(" | ")[1:]):
                return "organisation"
            if self.cit_labels and self.cit_labels.search(first_cell):
                return "citizen"
        # a company's address block: its name with a legal form heads the block, possibly with a
        # "t.a.v." line in between ("Bouwbedrijf X B.V." / "t.a.v. de heer Y" / street / postcode)
        for t in self._block(a, li, -1, 4):
            cell = t.split("\t")[-1]
            # a name line of an address block, not running text that mentions a company
            if self.legal_form.search(cell) and (len(cell.split()) <= 8 or "\t" in t) \
                    and not regex.search(r"[.!?]\s+\p{Lu}", cell):
                return "organisation"
        if self.org_heads and self.org_heads.match(text[cs:s]):
            return "organisation"
        # a business building named right before it: "het kantoorpand Hanzeweg 14"
        if self.named_as_building(text, s, cs):
            return "organisation"
        return "citizen?"


_COMPASS_STREETS = ("straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dreef", "hof", "park", "dijk")
_COMPASS = frozenset(("Oost", "West", "Noord", "Zuid", "Noordzijde", "Zuidzijde", "Oostzijde", "Westzijde"))


@recognizer("address")
class AddressRecognizer(Recognizer):
    """Street + house number: a capitalised word ending in a street suffix (straat, laan, weg,
    plein, gracht, kade, singel, dijk, ...), optionally preceded by modifiers (Korte, Dr., Van
    ...), followed by a house number and addition."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        c = res.ctx_list
        suf = sorted(set(c("street_suffixes")), key=len, reverse=True)
        mods = sorted(set(m.rstrip(".") for m in c("street_modifiers")), key=len, reverse=True)
        hn = config.get("house_number", r"\d{1,5}(?:\s?[-/]?\s?(?:[A-Za-z](?![\w])|bis|hs|I{1,3}))?")
        mod = r"(?:(?:" + "|".join(regex.escape(m[:1].upper() + m[1:]) for m in mods) + r")\.?[ ]+)"
        cap = r"\p{Lu}[\p{L}'’-]*"
        # a word ending in a street suffix ("Esstraat"), or the suffix word itself ("Singel 201")
        # ... also in capitals, as forms are filled in ("LINDENLAAN 4")
        street_word = (r"(?:\p{Lu}[\p{L}'’-]*?(?:" + "|".join(suf) + r")|(?:" +
                       "|".join(x[:1].upper() + x[1:] for x in suf) + r")|\p{Lu}[\p{Lu}'’-]*?(?:" +
                       "|".join(x.upper() for x in suf) + r"))")
        self.rx = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,3}(?:" + cap + r"[ ]+){0,2}" + street_word +
            # a compass word after the street's name ("Floralaan Oost 31")
            r"(?:[ ](?:" + "|".join(sorted(_COMPASS, key=len, reverse=True)) + r"))?)"
            r"[ \u00a0]+(" + hn + r")(?![\w,.:]\d|\d)", regex.UNICODE)     # not a time ("Dijkhof 10:02")
        # any street name followed by a house number and a postcode ("Broersvest 12a, 3111 EJ")
        self.rx_postcode = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,2}(?:" + cap + r"[ ]+){0,2}" + cap + r")[ \u00a0]+(" + hn +
            r")(?=,?[ \u00a0]+[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![\w]))", regex.UNICODE)
        # an address block: a line (or table cell) of just a street name and a house number, with
        # the postcode starting the next line ("Kwartelkoog 8" / "1834 AB Lutjebroek"); street
        # names need no known suffix there
        # (lower-case link words inside the name: "Weg naar Laren 142", "Heer van Nesweg")
        link = r"(?:(?:naar|van|de|der|den|het|op|aan|bij|over|achter|langs|ten|ter|'t)[ ]+){0,2}"
        self.rx_block = regex.compile(
            r"(?<![^\n\t])[ ]*((?:" + mod + r"){0,2}(?:" + cap + r"[ ]+" + link + r"){0,2}" + cap + r")[ \u00a0]+(" + hn +
            r")(?=[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t]*[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![\w]))", regex.UNICODE)
        # a street name at a line end, its house number starting the next line ("(Nassaulaan" /
        # "29),"): only with punctuation or the line end after the number ("2 auto's" is no address)
        self.rx_wrapped = regex.compile(
            r"(?<![\w-])((?:" + mod + r"){0,2}" + street_word + r")[ \u00a0]*\n[ \u00a0]*(" + hn +
            r")(?=[ ]*(?:[),;]|$)|[ ]+te[ ]+\p{Lu}|\.[ ])", regex.UNICODE | regex.MULTILINE)
        # any street name where the text says someone lives there ("Hij woont sinds 1987 aan de
        # Nieuwe Veerstal 3 en ..."): no known suffix needed after such a verb
        self.rx_lives = regex.compile(
            r"(?<=(?<![\w-])(?i:woon|woont|wonen|woonde|woonden|woonachtig|wonend|wonende)\b[^.\n]{0,30}?"
            r"(?<![\w-])(?i:aan|op|in)(?:[ ](?:de|het))?[ ]+)((?:" + mod + r"){0,2}(?:" + cap + r"[ ]+){0,2}" + cap +
            r")[ \u00a0]+(" + hn + r")(?=[ ]*(?:[,.;:)\n]|$)|[ ](?:en|te|in|sinds|met|bij|samen|waar)\b)",
            regex.UNICODE)
        # fast anchor: a word ending in a street suffix right before a house number
        self.anchor = regex.compile(r"(\p{L}+)[ \u00a0]+\d")
        self.anchor_wrapped = regex.compile(r"(\p{L}+)[ \u00a0]*\n[ \u00a0]*\d")
        self.suffixes = tuple(suf)
        self.mod_words = {m.lower() for m in mods}
        self.ctx = _AddressContext(res)

    def _matches(self, text: str):
        seen = set()
        for m in self.rx_postcode.finditer(text):
            seen.add(m.span())
            yield m
        for m in self.rx_block.finditer(text):
            if m.group(1).lower() in ("postbus", "antwoordnummer"):
                continue     # the organisation's own postal address
            if m.span(1)[0] == m.start() and m.span() not in seen:
                seen.add(m.span())
                yield m
        for m in self.rx_lives.finditer(text):
            if m.span() not in seen:
                seen.add(m.span())
                yield m
        for am in self.anchor_wrapped.finditer(text):
            if not am.group(1).lower().endswith(self.suffixes):
                continue
            lo = max(text.rfind("\n", 0, am.start()) + 1, am.start() - 120)
            for m in self.rx_wrapped.finditer(text, lo, min(len(text), am.end() + 20)):
                if text[m.end():m.end() + 1] == "." and not _ADDRESS_PREPOSITION.search(text, lo, m.start()):
                    continue      # "…, Westzijde" / "1. Vraag": a numbered heading, not "aan de X" / "77."
                if m.start() <= am.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m
        for am in self.anchor.finditer(text):
            if not am.group(1).lower().endswith(self.suffixes) and am.group(1) not in _COMPASS:
                continue
            lo = text.rfind("\n", 0, am.start()) + 1
            lo = max(lo, am.start() - 120)
            for m in self.rx.finditer(text, lo, min(len(text), am.end() + 20)):
                if m.start() <= am.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m

    def analyze(self, a: Analysis):
        out = []
        text = a.text
        for m in self._matches(text):
            s, e = m.span()
            street = m.group(1)
            # leading capitalised words must be modifiers or part of the street name; drop a
            # leading word that is an ordinary sentence word ("Ik woon op Loolaan 3")
            words = street.split()
            # ("Weg naar Laren 142", "Hof van Heeckeren 3": a link word after it keeps it)
            while len(words) > 1 and self.res.lex.is_word(words[0]) and not words[1][:1].islower() \
                    and words[0].lower().rstrip(".") not in self.mod_words:
                s += len(words[0])
                s = text.index(words[1], s)
                words = words[1:]
            # a person's name runs into the street ("Tamar Oude Elferink Kerkweg 10", "mw. G.
            # Zefanja-Doekhie Dalerstraat 12" in a register printed without tabs): the words
            # before a suffixed street word are the name's when a first name, an initial or a
            # title stands right before them, or the first of them is a first name
            name = self._name_before_street(text, s, words)
            if name is not None:
                ns, st = name
                out.append(a.finding(ns, len(text[:st].rstrip()),
                                     Label.PERSON, self.detector, self.res.scores["person_strong"],
                                     "naam vlak voor een adres (rij zonder tabs)", layout="register"))
                s = st
                words = words[-1:]
            if words[-1] in _COMPASS and len(words) > 1 and not words[-2].lower().endswith(_COMPASS_STREETS) \
                    and m.re is not self.rx_postcode and words[-2].lower().rstrip(".") not in self.mod_words:
                continue      # "Amsterdam Noord 3": a town's district and a count (not "Kleine Oost 14, 1621 GS")
            # a year or a count is not a house number ("Loolaan 2024" is rare but "Wet 2023" is not)
            num = m.group(2)
            if regex.fullmatch(r"(?:19|20)\d{2}", num) and not regex.search(r"(?i)straat|laan|weg|plein|gracht|kade|singel", street):
                continue
            # a date ("Advies 21 januari") or a case number ("Museumplein 2018-29763") after it
            if _NOT_HOUSE_NUMBER.match(text, m.end(2)):
                continue

            kind, said = self.ctx.classify_why(a, s, e)
            f = a.finding(s, e, Label.ADDRESS, self.detector, self.score,
                          "adres van de organisatie" if kind == "organisation" else "straat en huisnummer",
                          address=kind)
            if not said:
                f.context["address_default"] = "1"
            out.append(f)
        # an address the text marks as a business's in one place is that where nothing says
        # otherwise ("kantoorpand Hanzeweg 14" ... "het pand aan de Hanzeweg 14")
        business = {" ".join(f.text.split()) for f in out if f.context.get("address") == "organisation"}
        for f in out:
            if f.context.pop("address_default", None) and " ".join(f.text.split()) in business:
                f.context["address"] = "organisation"
                f.explanation = "adres van de organisatie (elders in het document zo genoemd)"
        # an address that is a person's anywhere in the document is theirs everywhere in it
        # ("Adres aanvragers: Esstraat 51" ... "Locatie activiteit: Esstraat 51")
        private = {" ".join(f.text.split()) for f in out if f.context.get("address") != "organisation"}
        for f in out:
            if f.context.get("address") == "organisation" and " ".join(f.text.split()) in private:
                f.context["address"] = "citizen"
                f.explanation = "straat en huisnummer (elders in het document het adres van een persoon)"
        out += self._repeated_across_lines(a, private, {(f.start, f.end) for f in out})
        return out

    def _name_before_street(self, text: str, s: int, words: list[str]) -> tuple[int, int] | None:
        """(start of the name, start of the street) when the words before a suffixed street
        word belong to a person's name, else None."""
        if len(words) < 2 or not words[-1].lower().endswith(self.suffixes):
            return None
        lead = [w.rstrip(".") for w in words[:-1]]
        mods = self.mod_words
        if any(w.lower() in mods for w in lead[1:]):
            return None
        st = text.index(words[-1], s)
        mb = _NAME_BEFORE.search(text, max(0, s - 30), s)
        if mb and mb.group("first"):
            # ("Tamar Oude Elferink Kerkweg 10": after a first name, "Oude" starts a surname)
            if self.res.lex.is_first_name(mb.group("first")):
                return mb.start("first"), st
        elif mb and lead[0].lower() not in mods:
            # after initials the name starts with them; after a title ("mw.") at the words
            return (mb.start() if mb.group("init") else s), st
        if len(lead) >= 2 and self.res.lex.is_first_name(lead[0]) and lead[0].lower() not in mods \
                and not self.res.lex.is_word(lead[-1]):
            return s, st
        return None

    def _repeated_across_lines(self, a: Analysis, private: set[str], taken: set) -> list:
        """A person's address written elsewhere in the document, with the line break between
        street and number ("uw woning aan de Hooigracht" / "63 aan te wijzen") or where nothing
        else marks it ("Betreft: ... X, Bosrand 4, Lunteren", a street with no known suffix):
        a known address is that address wherever it stands."""
        out = []
        for addr in private:
            parts = addr.rsplit(" ", 1)
            if len(parts) != 2 or not parts[1][:1].isdigit():
                continue
            rx = regex.compile(r"(?<![\w-])" + r"\s+".join(regex.escape(w) for w in parts[0].split()) +
                               r"(?:[ \u00a0]*\n[ \u00a0]*|[ \u00a0]+)" + regex.escape(parts[1]) + r"(?![\w-]|[.,]\d)")
            for m in rx.finditer(a.text):
                if m.span() not in taken:
                    out.append(a.finding(m.start(), m.end(), Label.ADDRESS, self.detector, self.score,
                                         "straat en huisnummer (elders in het document het adres van een persoon)",
                                         address="citizen"))
        return out


_HOUSE_NUMBER_END = regex.compile(r"(?<![\w/.])\p{L}[\p{L}.'’ -]*[ \u00a0]\d{1,5}(?:[ ]?[-/]?[ ]?[A-Za-z])?[ ]*,?[ \u00a0]*$")


@recognizer("postcode")
class PostcodeRecognizer(Recognizer):
    """Dutch postcode (1234 AB). Only the postcode itself is a finding; the town is kept.
    The address context tells the organisation's own postcode (Postbus, letterhead) apart."""

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.ctx = _AddressContext(res)
        self.validator = VALIDATORS["postcode"]

    def analyze(self, a: Analysis):
        out = []
        for m in POSTCODE_RE.finditer(a.text):
            s, e = m.span()
            if not self.validator(m.group()):
                continue
            # letter pair must be followed by a town, end of line, comma or be preceded by an address
            after = a.text[e:e + 40]
            before = a.text[max(0, s - 40):s]
            if not (regex.match(r"\s*(?:,?\s*\p{Lu}|$|\n|,|\|)", after) or regex.search(r"\d\s*[A-Za-z]?\s*,?\s*$", before)):
                continue
            # after a street and house number in the same cell ("Kerkewei 12, 9971 AB"): told
            # apart exactly as that address is, from where the street starts
            cs, _ = _cell_bounds(a.text, s, e)
            street = _HOUSE_NUMBER_END.search(a.text, cs, s)
            if street is None and not a.text[cs:s].strip():
                # the postcode starts its line: the street and number are on the line above
                # ("Hof van Heeckeren 3" / "7201 AB Zutphen") and tell whose it is
                pe = a.text.rfind("\n", 0, cs)
                if pe > 0:
                    ps = a.text.rfind("\n", 0, pe) + 1
                    street = _HOUSE_NUMBER_END.search(a.text, ps, pe)
            kind = self.ctx.classify(a, street.start() if street else s, e)
            out.append(a.finding(s, e, Label.POSTCODE, self.detector, self.score,
                                 "postcode van de organisatie" if kind == "organisation" else "postcode",
                                 address=kind))
            # the town after the postcode is a place, never a person ("1782 CK Den Helder")
            t = _TOWN.match(a.text, e)
            if t:
                out.append(a.finding(t.start(1), t.end(1), Label.LOC, self.detector, 0.8,
                                     "plaatsnaam na een postcode", org="1"))
        # "Den Helder, 3 juni 2024": the place of writing before the date
        for m in _PLACE_DATE.finditer(a.text):
            out.append(a.finding(m.start(1), m.end(1), Label.LOC, self.detector, 0.8,
                                 "plaats en datum van het schrijven", org="1"))
        return out
