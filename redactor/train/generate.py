"""Generator of NER training text in the genre of the documents redactor reads.

Every generated document is a pair (text, spans): `text` looks like what the extract stage
produces from a PDF (words joined by single spaces within a line, "\\n" between lines,
paragraphs wrapped at a random width, tables flattened row by row, two-column headers
sometimes merged line by line) and `spans` lists (start, end, label) for PER, ORG and LOC.

Determinism: `generate_docs(n, seed, split)` returns the same documents for the same
arguments (no global random state, no set iteration order, no time-dependence).

Split "train" uses the training share of names and frames; split "heldout" uses only the
held-out names (names.held_out) and held-out frames (`frame_held_out`), so that evaluation
on it measures generalisation to unseen names and sentences (layouts are shared).

Annotation guidelines (also in DATA-LICENCES.md):
- PER: a person's name in any form, without titles/honorifics/function ("dhr.", "drs.",
  "minister" stay outside); Outlook "Vries, Jan de" is one span; a paraph standing for a
  person ("SvdM") is PER; office holders are PER. Names inside e-mail addresses are not.
- ORG: organisations incl. ministries, agencies, companies, foundations, parties,
  directorates and their abbreviations; a foundation/hospital/school named after a person
  is ORG as a whole ("Stichting Anna Pieterse Fonds").
- LOC: places, countries, regions, waters, streets (without house number) and buildings;
  a street named after a person is LOC as a whole ("Johan de Wittlaan").
"""
from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

from redactor.train import lexicon as lx
from redactor.train import names as nm
from redactor.train.templates import frames as fr

Piece = tuple[str, "str | None"]
Span = tuple[int, int, str]

LABELS = ("PER", "ORG", "LOC")


# ------------------------------------------------------------------------------------------
# Frames

def frame_held_out(frame: str) -> bool:
    return zlib.crc32(frame.encode("utf-8")) % 7 == 0


_FRAME_CACHE: dict[tuple[str, str], list[str]] = {}


def frames_for(register: str, split: str) -> list[str]:
    key = (register, split)
    if key not in _FRAME_CACHE:
        lines = [ln.strip() for ln in getattr(fr, register).strip().split("\n") if ln.strip()]
        want_held = split == "heldout"
        sel = [ln for ln in lines if frame_held_out(ln) == want_held]
        _FRAME_CACHE[key] = sel or lines
    return _FRAME_CACHE[key]


SLOT_RE = re.compile(r"\{([A-Za-z]+)(?::([a-z]+))?\}|\[\[(.+?)\|([A-Z]+)\]\]")


# ------------------------------------------------------------------------------------------
# Lines and layout

@dataclass
class Line:
    pieces: list[Piece]
    wrap: int = 0                 # wrap width in characters (0: no wrapping)


def pieces_text(pieces: list[Piece]) -> str:
    return "".join(t for t, _ in pieces)


def wrap_positions(text: str, width: int, first_width: int | None = None) -> list[int]:
    """Indices of spaces to turn into line breaks (greedy fill)."""
    out = []
    line_start = 0
    last_space = -1
    w = first_width or width
    for i, c in enumerate(text):
        if c == " ":
            if i - line_start > w and last_space > line_start:
                out.append(last_space)
                line_start = last_space + 1
                w = width
            last_space = i
    if len(text) - line_start > w and last_space > line_start:
        out.append(last_space)
    return out


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.lines: list[Line] = []
        self.inserted: list[str] = []     # text of each labelled piece, in span order (for tests)

    def line(self, *pieces: Piece | str, wrap: int = 0) -> None:
        ps = [(p, None) if isinstance(p, str) else p for p in pieces]
        self.lines.append(Line([p for p in ps if p[0]], wrap))

    def add(self, line: Line) -> None:
        self.lines.append(line)

    def extend(self, lines: list[Line]) -> None:
        self.lines.extend(lines)

    def build(self, blank_prob: float = 0.0) -> tuple[str, list[Span]]:
        out: list[str] = []
        spans: list[Span] = []
        pos = 0
        for k, ln in enumerate(self.lines):
            if k:
                sep = "\n\n" if self.rng.random() < blank_prob else "\n"
                out.append(sep)
                pos += len(sep)
            text = pieces_text(ln.pieces)
            off = 0
            for t, lab in ln.pieces:
                if lab:
                    spans.append((pos + off, pos + off + len(t), lab))
                    self.inserted.append(t)
                off += len(t)
            if ln.wrap:
                chars = list(text)
                first = max(20, ln.wrap - self.rng.randrange(0, 30)) if self.rng.random() < 0.3 else None
                for i in wrap_positions(text, ln.wrap, first):
                    chars[i] = "\n"
                text = "".join(chars)
            out.append(text)
            pos += len(text)
        return "".join(out), spans


def merge_columns(rng: random.Random, left: list[Line], right: list[Line], p_merge: float = 0.5) -> list[Line]:
    """Two columns as a PDF extractor returns them: line by line merged, or one after the other."""
    r = rng.random()
    if r < p_merge:
        out = []
        offset = rng.randrange(0, 3)
        right = [Line([])] * offset + right
        for i in range(max(len(left), len(right))):
            lp = left[i].pieces if i < len(left) else []
            rp = right[i].pieces if i < len(right) else []
            if lp and rp:
                out.append(Line(lp + [(" ", None)] + rp))
            elif lp or rp:
                out.append(Line(lp or rp))
        return out
    if r < p_merge + (1 - p_merge) / 2:
        return right + left
    return left + right


def table(rng: random.Random, header: list[str] | None, rows: list[list[list[Piece]]],
          overflow: float = 0.15) -> list[Line]:
    """Flatten a table row by row; long O-only cells sometimes spill onto the next line."""
    out = []
    if header:
        out.append(Line([(" ".join(header), None)]))
    for row in rows:
        main: list[Piece] = []
        spill: list[Piece] = []
        for ci, cell in enumerate(row):
            if not cell:
                continue
            if main:
                main.append((" ", None))
            txt = pieces_text(cell)
            if (len(cell) == 1 and cell[0][1] is None and " " in txt and len(txt) > 18
                    and rng.random() < overflow):
                words = txt.split(" ")
                k = rng.randrange(1, len(words))
                main.append((" ".join(words[:k]), None))
                if spill:
                    spill.append((" ", None))
                spill.append((" ".join(words[k:]), None))
            else:
                main.extend(cell)
        out.append(Line(main))
        if spill:
            out.append(Line(spill))
    return out


# ------------------------------------------------------------------------------------------
# Document context and slot filling

class Ctx:
    def __init__(self, rng: random.Random, split: str, register: str = "formal"):
        self.rng = rng
        self.split = split
        self.register = register
        self.cast: list[nm.Person] = []
        self.office: list[tuple[str, nm.Person]] = []
        self.gem = self.city()
        self.own_min = rng.choice(lx.MINISTRIES)
        self.domain = rng.choice(lx.MAIL_DOMAINS_GOV)
        if self.domain in ("gemeente.nl", "provincie.nl", "waterschap.nl"):
            self.domain = nm.ascii_fold(self.gem.lower()).replace(" ", "").replace("'", "") + ".nl"
        self.year = rng.randrange(2016, 2026)
        self.last_person: nm.Person | None = None
        self.used: set[str] = set()
        n = rng.randrange(3, 8)
        for _ in range(n):
            self.cast.append(self.new_person())
        self.sender = self.cast[0]
        self.recipient = self.cast[1]

    # people
    def new_person(self, **kw) -> nm.Person:
        p = nm.make_person(self.rng, self.split, **kw)
        p.function = self.rng.choice(lx.FUNCTIONS)
        p.email_domain = self.domain if self.rng.random() < 0.8 else self.rng.choice(
            lx.MAIL_DOMAINS_GOV + lx.MAIL_DOMAINS_PRIV)
        p.org = self.rng.choice(lx.DIR_ABBR)
        return p

    def office_holder(self) -> tuple[str, nm.Person]:
        if not self.office or (len(self.office) < 3 and self.rng.random() < 0.3):
            role = self.rng.choice(lx.OFFICE_ROLES)
            self.office.append((role, self.new_person()))
        return self.rng.choice(self.office)

    def mention(self, p: nm.Person, form: str | None, sentence_start=False) -> list[Piece]:
        form = form or nm.pick_form(self.rng, self.register)
        self.last_person = p
        if form == "title" and sentence_start:
            return nm.render(p, "title", self.rng, sentence_start=True)
        return nm.render(p, form, self.rng, sentence_start=sentence_start)

    # organisations and places
    def city(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(lx.BIG_CITIES)
        if r < 0.53:
            return self.rng.choice(nm.world_city_pool(self.split))
        pool = nm.place_pool(self.split)
        return self.rng.choice(pool)

    def date(self) -> str:
        d, m, y = self.rng.randrange(1, 29), self.rng.randrange(1, 13), self.year
        r = self.rng.random()
        if r < 0.45:
            return f"{d} {lx.MONTHS[m - 1]} {y}"
        if r < 0.7:
            return f"{d:02d}-{m:02d}-{y}" if self.rng.random() < 0.7 else f"{d}-{m}-{y}"
        if r < 0.8:
            return f"{d} {lx.MONTHS[m - 1][:3]}. {y}" if self.rng.random() < 0.5 else f"{d}/{m}/{y}"
        if r < 0.9:
            return f"{d} {lx.MONTHS[m - 1]}"
        return f"{y}-{m:02d}-{d:02d}"

    def long_date(self, english=False) -> str:
        d, m = self.rng.randrange(1, 29), self.rng.randrange(1, 13)
        hh, mm = self.rng.randrange(7, 21), self.rng.randrange(60)
        if english:
            return f"{self.rng.choice(lx.EN_DAYS)}, {d} {lx.EN_MONTHS[m - 1]} {self.year} {hh}:{mm:02d}"
        return f"{self.rng.choice(lx.DAYS)} {d} {lx.MONTHS[m - 1]} {self.year} {hh}:{mm:02d}"

    def time(self) -> str:
        return f"{self.rng.randrange(8, 22)}:{self.rng.choice(['00', '15', '30', '45', '10', '05'])}"

    def phone(self) -> str:
        r = self.rng.random()
        d = lambda n: "".join(str(self.rng.randrange(10)) for _ in range(n))
        if r < 0.3:
            return f"06 {d(2)} {d(2)} {d(2)} {d(2)}" if self.rng.random() < 0.5 else f"06-{d(8)}"
        if r < 0.55:
            return f"070 {d(3)} {d(4)}"
        if r < 0.7:
            return f"+31 (0)6 {d(4)} {d(4)}" if self.rng.random() < 0.5 else f"+31 6 {d(8)}"
        if r < 0.85:
            return f"0{self.rng.randrange(10, 99)}-{d(7)}"
        return f"(0{self.rng.randrange(10, 99)}) {d(3)} {d(2)} {d(2)}"

    def kenmerk(self) -> str:
        r = self.rng.random()
        d = lambda n: "".join(str(self.rng.randrange(10)) for _ in range(n))
        y = self.year
        opts = [f"{y}-{d(10)}", f"{self.own_min[1]}-{y}/{d(6)}", f"Z/{str(y)[2:]}/{d(6)}",
                f"{self.rng.choice(lx.DIR_ABBR)}/{y}-{d(5)}", f"{y}D{d(5)}", f"INT-{y}-{d(4)}",
                f"{d(7)}", f"WOO-{y}-{d(3)}", f"{d(4)}.{d(3)}.{d(3)}"]
        return opts[int(r * len(opts))]

    def postcode(self) -> str:
        return f"{self.rng.randrange(1000, 9999)} {self.rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{self.rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"

    def street(self, number=True, article=False) -> list[Piece]:
        rng = self.rng
        r = rng.random()
        suf = rng.choice(lx.STREET_SUFFIXES)
        if r < 0.4:
            name = rng.choice(lx.STREET_WORDS) + suf
        elif r < 0.6:
            p = self.new_person()
            name = p.surname.split("-")[0] + suf
        elif r < 0.75:
            p = self.new_person()
            name = f"{rng.choice(lx.STREET_TITLE_PREFIX)} {p.last(True)}{suf}"
        elif r < 0.9:
            p = self.new_person(origin="nl")
            name = f"{p.first} {p.last(False)}{suf}"
            if rng.random() < 0.3:
                name = f"{p.initials} {p.last(True)}{suf}"
        else:
            name = f"{rng.choice(lx.STREET_WORDS)} {rng.choice(['Dorp', 'Kerk', 'Molen'])}{suf}" if rng.random() < 0.3 else self.city() + "seweg"
            if " " in name and rng.random() < 0.5:
                name = rng.choice(["Oude", "Nieuwe", "Lange", "Korte"]) + " " + rng.choice(lx.STREET_WORDS).lower() + suf
        out: list[Piece] = []
        if article:
            out.append(("de " if rng.random() < 0.8 else "het ", None))
        out.append((name, "LOC"))
        if number:
            n = str(rng.randrange(1, 250))
            if rng.random() < 0.15:
                n += rng.choice(["a", "b", "-2", " bis", "A", "-III"])
            out.append((" " + n, None))
        return out

    def company(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            p = self.new_person()
            return f"{p.last(True)} {rng.choice(lx.ORG_SECTORS)}" + rng.choice(["", " B.V.", " BV", " bv", " N.V.", " Groep"])
        if r < 0.35:
            a, b = self.new_person(), self.new_person()
            return f"{a.surname} & {b.surname} {rng.choice(['Advocaten', 'Notarissen', 'Accountants', 'Partners', 'Makelaars'])}"
        if r < 0.55:
            pool = nm.company_pool(self.split)
            return rng.choice(pool)
        if r < 0.75:
            return f"{rng.choice(lx.ORG_WORDS_NOUN)}{rng.choice(lx.ORG_SECTORS).lower()}" + rng.choice(["", " B.V.", " BV"])
        if r < 0.9:
            return f"{rng.choice(['Adviesbureau', 'Ingenieursbureau', 'Bouwbedrijf', 'Aannemersbedrijf', 'Bureau', 'Hoveniersbedrijf', 'Transportbedrijf'])} {rng.choice(lx.ORG_WORDS_NOUN)}"
        return f"{rng.choice(lx.ORG_WORDS_ADJ)} {rng.choice(lx.ORG_WORDS_NOUN)} {rng.choice(lx.ORG_SECTORS)}"

    def brand(self) -> str:
        """A made-up organisation name that looks like nothing in particular ("Vorendo", "Kalix Groep")."""
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return rng.choice(nm.company_pool(self.split))
        if r < 0.5:
            return self.company()
        word = nm.pseudo_word(rng)
        r = rng.random()
        if r < 0.3:
            return word
        if r < 0.7:
            return word + " " + rng.choice(["Groep", "Holding", "Nederland", "Benelux", "International", "Bank",
                                           "Verzekeringen", "Zorg", "Wonen", "Energie", "Media", "Telecom"])
        if r < 0.8:
            return word.upper()[:rng.randrange(2, 5)]
        if r < 0.9:
            return word + rng.choice(["tel", "com", "net", "plus", "zorg", "bank", "werk", "huis"])
        return f"{word} {nm.pseudo_word(rng)}"

    def foundation(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return f"{rng.choice(lx.ORG_KINDS)} {rng.choice(lx.ORG_WORDS_ADJ)} {rng.choice(lx.ORG_WORDS_NOUN)}"
        if r < 0.7:
            return f"{rng.choice(lx.ORG_KINDS)} {rng.choice(lx.ORG_WORDS_NOUN)}"
        if r < 0.85:
            return f"{rng.choice(lx.ORG_KINDS)} {self.city()}"
        return f"{rng.choice(['Stichting', 'Vereniging'])} {rng.choice(['Wijkbelang', 'Dorpsbelang', 'Vrienden van', 'Behoud', 'Red'])} {self.city()}"

    def named_after_person(self) -> Piece:
        if self.rng.random() < 0.2:
            tmpl, label = self.rng.choice(lx.ROYAL_NAMED)
            p = self.new_person(origin="nl")
            return (tmpl.replace("{F}", self.rng.choice(lx.ROYAL_FIRST)), label)
        tmpl, label = self.rng.choice(lx.NAMED_AFTER_PERSON)
        p = self.new_person(origin=self.rng.choice(["nl", "nl", "nl", "be", "de", "en"]))
        glued = tmpl.startswith("{P}") and not tmpl.startswith("{P} ")
        r = self.rng.random()
        if r < 0.6:
            name = p.full()
        elif r < 0.85 or glued:
            name = p.last(True)
        else:
            name = f"{p.initials} {p.last(False)}"
        return (tmpl.replace("{P}", name), label)

    def ministry(self, sentence_start=False) -> list[Piece]:
        full, abbr = self.rng.choice(lx.MINISTRIES)
        r = self.rng.random()
        art = "Het " if sentence_start else "het "
        if r < 0.35:
            return [(art, None), (full, "ORG")]
        if r < 0.6:
            return [(art, None), (full.replace("Ministerie", "ministerie"), "ORG")]
        if r < 0.8:
            return [(art, None), (f"ministerie van {abbr}", "ORG")]
        return [(abbr, "ORG")]

    def gemeente(self, sentence_start=False) -> list[Piece]:
        c = self.gem if self.rng.random() < 0.6 else self.city()
        art = "De " if sentence_start else "de "
        if self.rng.random() < 0.75:
            return [(art, None), (f"gemeente {c}", "ORG")]
        return [(f"Gemeente {c}", "ORG")]

    def provincie(self, sentence_start=False) -> list[Piece]:
        p = self.rng.choice(lx.PROVINCES)
        art = "De " if sentence_start else "de "
        if self.rng.random() < 0.7:
            return [(art, None), (f"provincie {p}", "ORG")]
        return [(f"Provincie {p}", "ORG")]

    def org(self, sentence_start=False) -> list[Piece]:
        r = self.rng.random()
        if r < 0.15:
            return self.ministry(sentence_start)
        if r < 0.4:
            return [(self.rng.choice(lx.AGENCIES), "ORG")]
        if r < 0.55:
            return [(self.company(), "ORG")]
        if r < 0.68:
            return [(self.foundation(), "ORG")]
        if r < 0.8:
            return self.gemeente(sentence_start)
        if r < 0.87:
            return self.provincie(sentence_start)
        if r < 0.94:
            return [(self.rng.choice(lx.UNIVERSITIES), "ORG")]
        return [(self.rng.choice(lx.DIR_ABBR), "ORG")]

    def office_mention(self, with_role=True, sentence_start=False) -> list[Piece]:
        role, p = self.office_holder()
        form = self.rng.choices(["sur", "full", "init", "title"], weights=[45, 40, 10, 5])[0]
        name = nm.render(p, form if form != "title" else "sur", self.rng)
        if not with_role:
            return name
        r = self.rng.random()
        if sentence_start:
            role = role[0].upper() + role[1:]
        if role in ("minister", "staatssecretaris") and r < 0.3:
            return [(f"{role} van {self.rng.choice(lx.MINISTER_OF)}, ", None)] + name
        if role == "Kamerlid" and r < 0.5:
            return [(role + " ", None)] + name + [(" (", None), (self.rng.choice(lx.PARTIES), "ORG"), (")", None)]
        if role in ("burgemeester", "wethouder") and r < 0.3:
            return [(role + " ", None)] + name + [(" van ", None), (self.city(), "LOC")]
        return [(role + " ", None)] + name

    def fill(self, frame: str, cast_map: dict[str, nm.Person] | None = None) -> list[Piece]:
        rng = self.rng
        if cast_map is None:
            others = self.cast[2:] if len(self.cast) > 4 else self.cast[:]
            others = others[:]
            rng.shuffle(others)
            cast_map = {"A": others[0], "B": others[1 % len(others)], "C": others[2 % len(others)],
                        "S": self.sender, "R": self.recipient}
        out: list[Piece] = []
        pos = 0
        for m in SLOT_RE.finditer(frame):
            before = frame[pos:m.start()]
            if before:
                out.append((before, None))
            pos = m.end()
            prev = pieces_text(out).rstrip(" ")
            start = (not prev) or prev[-1] in ".!?\n:\"" or prev.endswith("“")
            if m.group(3):
                out.append((m.group(3), m.group(4)))
                continue
            slot, form = m.group(1), m.group(2)
            out.extend(self.slot(slot, form, cast_map, start))
        if frame[pos:]:
            out.append((frame[pos:], None))
        return out

    def slot(self, slot: str, form: str | None, cast_map, start: bool) -> list[Piece]:
        rng = self.rng
        if slot in cast_map:
            return self.mention(cast_map[slot], form, sentence_start=start)
        if slot == "OH":
            if form == "name":
                return self.office_mention(with_role=False)
            return self.office_mention(sentence_start=start)
        if slot == "ORG":
            return self.org(start)
        if slot == "MIN":
            return self.ministry(start)
        if slot == "AGENCY":
            return [(rng.choice(lx.AGENCIES), "ORG")]
        if slot == "COMPANY":
            return [(self.company(), "ORG")]
        if slot == "BRAND":
            return [(self.brand(), "ORG")]
        if slot == "FOUND":
            return [(self.foundation(), "ORG")]
        if slot == "GEM":
            return self.gemeente(start)
        if slot == "PROV":
            return self.provincie(start)
        if slot == "PARTY":
            return [(rng.choice(lx.PARTIES), "ORG")]
        if slot == "UNI":
            return [(rng.choice(lx.UNIVERSITIES), "ORG")]
        if slot == "DIR":
            d = rng.choice(lx.DIRECTORATES)
            if not start and rng.random() < 0.5:
                return [("de ", None), (d[0].lower() + d[1:], "ORG")]
            return [(d, "ORG")]
        if slot == "DIRABBR":
            return [(rng.choice(lx.DIR_ABBR), "ORG")]
        if slot == "NAMED":
            return [self.named_after_person()]
        if slot == "CITY":
            return [(self.city(), "LOC")]
        if slot == "FOREIGN":
            return [(rng.choice(lx.FOREIGN_CITIES) if rng.random() < 0.6 else rng.choice(nm.world_city_pool(self.split)), "LOC")]
        if slot == "COUNTRY":
            return [(rng.choice(lx.COUNTRIES) if rng.random() < 0.6 else rng.choice(nm.country_pool()), "LOC")]
        if slot == "REGION":
            reg = rng.choice(lx.REGIONS)
            if reg.startswith(("de ", "het ")):
                a, b = reg.split(" ", 1)
                return [(a + " ", None), (b, "LOC")]
            return [(reg, "LOC")]
        if slot == "STREET":
            return self.street(number=rng.random() < 0.6, article=rng.random() < 0.5)
        if slot == "CLUB":
            c = self.city()
            return [(rng.choice([f"FC {c}", f"SC {c}", f"{c} Boys", f"VV {c}", f"HC {c}"]), "ORG")]
        if slot == "TOPIC":
            return [(rng.choice(lx.TOPICS), None)]
        if slot == "SUBJ":
            return [(rng.choice(lx.SUBJECTS), None)]
        if slot in ("FUNC", "Func"):
            f = rng.choice(lx.FUNCTIONS)
            if slot == "Func" or start:
                f = f[0].upper() + f[1:]
            return [(f, None)]
        if slot == "ROLE":
            return [(rng.choice(lx.OFFICE_ROLES), None)]
        if slot == "TEAM":
            return [(rng.choice(lx.TEAMS), None)]
        if slot == "TEAMNAME":
            t = rng.choice(lx.TEAMS).split(" ", 1)[1]
            return [(t, None)]
        if slot == "DATE":
            return [(self.date(), None)]
        if slot == "DAY":
            return [(rng.choice(lx.DAYS), None)]
        if slot == "TIME":
            return [(self.time(), None)]
        if slot == "NUM":
            return [(str(rng.choice([rng.randrange(2, 20), rng.randrange(20, 100), rng.randrange(100, 5000)])), None)]
        if slot == "YEAR":
            return [(str(self.year - rng.randrange(0, 4)), None)]
        if slot == "MONTH":
            return [(rng.choice(lx.MONTHS), None)]
        if slot == "KENMERK":
            return [(self.kenmerk(), None)]
        if slot == "PHONE":
            return [(self.phone(), None)]
        if slot == "EMAIL":
            p = self.last_person or self.cast[0]
            return [(p.email(rng), None)]
        if slot == "MAILBOX":
            return [(rng.choice(["woo", "info", "postbus", "secretariaat", "klantcontact", "bezwaar", "communicatie"])
                     + "@" + self.domain, None)]
        if slot == "PRODUCT":
            return [(rng.choice(lx.PRODUCTS), None)]
        if slot in ("Word", "word"):
            w = rng.choice(nm.word_pool(self.split))
            return [(w[0].upper() + w[1:] if slot == "Word" else w, None)]
        if slot == "WORDNAME":
            return [(self.word_phrase(start), None)]
        raise KeyError(slot)

    def word_phrase(self, start: bool) -> str:
        """An ordinary-word use of a surname ("groen licht", "per post"); capitalised only at a start."""
        phrases = [(k, ph) for k, v in lx.WORD_NAMES.items() for ph in v if start or ph.startswith(("{w}", "de ", "het ", "een ", "om ", "in ", "per ", "na ", "zo ", "ter ", "deze ", "eigen "))]
        k, ph = self.rng.choice(phrases)
        w = k.split(" ")[-1].lower()
        s = ph.replace("{w}", w).replace("{W}", w[0].upper() + w[1:])
        if start:
            s = s[0].upper() + s[1:]
        return s

    def sentences(self, register: str, n: int, neg_share: float = 0.25, extra: tuple[str, ...] = ()) -> list[Piece]:
        out: list[Piece] = []
        for i in range(n):
            r = self.rng.random()
            if r < neg_share:
                reg = self.rng.choice(["NEG", "NEG2", "NEG3", "NEG4", "NEG5"])
            elif extra and r < neg_share + 0.2:
                reg = self.rng.choice(extra)
            else:
                reg = register
            if reg == "MAIL" and self.rng.random() < 0.35:
                reg = "MAIL2"
            elif reg in ("NEWS", "MEMO") and self.rng.random() < 0.08:
                reg = "ORGCTX"
            elif reg in ("MAIL", "MINUTES", "MEMO", "CITIZEN", "CHAT") and self.rng.random() < 0.08:
                reg = "LISTS"
            pool = [f for f in frames_for(reg, self.split) if not f.endswith(",")] or frames_for(reg, self.split)
            frame = self.rng.choice(pool)
            if frame in self.used and len(pool) > 3:
                frame = self.rng.choice(pool)
            self.used.add(frame)
            if i:
                out.append((" ", None))
            out.extend(self.fill(frame))
        return out

    def paragraph(self, register: str, n: int | None = None, width: int | None = None, **kw) -> Line:
        n = n or self.rng.randrange(1, 5)
        return Line(self.sentences(register, n, **kw), width or self.width())

    def width(self) -> int:
        if not hasattr(self, "_width"):
            self._width = self.rng.randrange(55, 115)
        return self._width + self.rng.randrange(-5, 6)


# Europeana (CC0) chunks are added in corpus.py; the document templates live in templates/docs.py.

def generate_doc(rng: random.Random, split: str = "train", with_inserted: bool = False):
    """One document as (text, spans); with `with_inserted`, also the inserted entity strings."""
    from redactor.train.templates import docs
    return docs.generate(rng, split, with_inserted=with_inserted)


def generate_docs(n: int, seed: int = 0, split: str = "train") -> list[tuple[str, list[Span]]]:
    """`n` documents, deterministic for (`n`, `seed`, `split`)."""
    out = []
    for i in range(n):
        rng = random.Random(f"{seed}:{split}:{i}")
        out.append(generate_doc(rng, split))
    return out
