"""What a generated document mentions: people and office holders, organisations, places,
dates, phone numbers and reference numbers, as labelled pieces or plain strings.

`Mentions` is a base class of `context.Ctx` only, to keep these makers apart from the frame
filling; it reads the state `Ctx.__init__` sets up (rng, split, register, domain, gem, own_min,
year, office, last_person). Every draw comes from the document's own `rng`, so the order of calls
decides the output.
"""
from __future__ import annotations

from redactor.train import lexicon as lx
from redactor.train import names as nm
from redactor.train.layout import Piece


class Mentions:
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
