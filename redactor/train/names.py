"""Fictitious people for the generator, and every way a document can mention them.

Names come from the MIT-licensed faker lists frozen in data/faker_names.json, from the
project-written lists in lexicon.py, and from a small surname synthesiser (root + suffix,
"Steenhuis", "Bloemsma") so that the model cannot get by on memorised names.

A deterministic 1-in-10 share of all first names and surnames is held out (`held_out`):
training never sees those, the held-out evaluation set uses only those.
"""
from __future__ import annotations

import json
import random
import unicodedata
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from redactor.train import lexicon as lx

DATA = Path(__file__).with_name("data") / "faker_names.json"

PREFIXES = ["de", "van", "van der", "van de", "van den", "de", "de", "van", "van der", "ter", "ten",
            "te", "'t", "van 't", "in 't", "op de", "den", "van het", "uit de", "in de", "der", "van"]

ORIGIN_WEIGHTS = {
    "nl": 52, "be": 5, "maghreb": 3, "maghreb2": 6, "tr": 6, "suriname": 5, "pl": 2.5, "in": 1.5,
    "zh": 1.5, "westafrica": 2, "eastafrica": 1, "horn": 1.5, "syaf": 2, "ua": 1.5, "de": 2.5,
    "en": 2, "fr": 1, "es": 1, "pt": 0.7, "it": 1, "ro": 0.7, "hu": 0.5, "cs": 0.5, "id": 0.8,
    "vi": 0.5, "pk": 0.8,
}

SYN_ROOTS = ["Steen", "Bloem", "Hoog", "Laag", "Groen", "Wester", "Ooster", "Noorder", "Zuider", "Brink",
             "Kamp", "Berg", "Veld", "Bos", "Wijn", "Heuvel", "Molen", "Kerk", "Dijk", "Haver", "Rog",
             "Tarwe", "Linde", "Eike", "Beuke", "Wilg", "Hazel", "Ros", "Stal", "Schuur", "Hek", "Brug",
             "Kuil", "Horst", "Veen", "Meer", "Wouden", "Zand", "Klei", "Akker", "Weide", "Hof", "Slot",
             "Kruis", "Lamme", "Hen", "Wolter", "Gerrit", "Harm", "Sieb", "Tjal", "Wiebe", "Jelle", "Rein",
             "Ever", "Geer", "Lub", "Mees", "Nijen", "Olde", "Rade", "Scholte", "Tenk", "Uilen", "Vos",
             "Wessel", "Ybe", "Zwier", "Alder", "Bult", "Dolle", "Elsing", "Fok", "Gals", "Hiem", "Ket"]
SYN_SUFFIXES = ["man", "mans", "sma", "stra", "inga", "ink", "ing", "kamp", "huis", "huizen", "veld",
                "berg", "hof", "dijk", "broek", "beek", "horst", "meijer", "hout", "sen", "en", "s", "ema",
                "enga", "ouw", "boom", "haar", "werf", "gaard", "kes", "ers", "ert", "link", "lo", "holt",
                "schot", "kate", "rink", "sink", "weg", "ma", "da", "ga", "wijk", "rode", "stee"]


def stable_hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_ALWAYS_TRAIN = {n.lower() for n in lx.COMMON_SURNAMES + lx.COMMON_FIRST} | \
    {k.split(" ")[-1].lower() for k in list(lx.WORD_NAMES) + lx.WORD_SURNAME_PERSONS}


def held_out(name: str) -> bool:
    """True for the deterministic 10% of names reserved for evaluation.

    The most common Dutch names and the surnames that are also words are never held out:
    the shipped model has to know them, and the held-out set measures unseen names.
    """
    low = name.lower()
    return low not in _ALWAYS_TRAIN and stable_hash(low) % 10 == 0


def _want(name: str, split: str) -> bool:
    return held_out(name) == (split == "heldout")


def _split_prefix(last: str) -> tuple[str, str]:
    """'van der Meer' -> ('van der', 'Meer'); "'s Gravensande" stays whole."""
    words = last.split(" ")
    i = 0
    while i < len(words) - 1 and words[i][:1].islower() and words[i] not in ("'s",):
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


@lru_cache(maxsize=None)
def _pools(split: str) -> dict:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    pools = {}
    for origin, d in data["persons"].items():
        pools[origin] = (d["male"], d["female"], d["last"])
    for origin, (m, f, l) in lx.EXTRA_ORIGINS.items():
        pools[origin] = (m, f, l)
    # zh: no female list; Chinese given names are not gendered in romanisation
    out = {}
    for origin, (m, f, l) in pools.items():
        m = [n for n in m if _want(n, split)]
        f = [n for n in f if _want(n, split)] or m
        l2 = []
        for n in l:
            pre, base = _split_prefix(n)
            if base and _want(base, split):
                l2.append((pre, base))
        if not m or not l2:
            continue
        out[origin] = (m, f, l2)
    return out


@lru_cache(maxsize=None)
def place_pool(split: str) -> list[str]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    cities = data["places"]["nl_cities"] + data["places"]["be_cities"][:800]
    return [c for c in cities if _want(c, split)]


@lru_cache(maxsize=None)
def word_pool(split: str) -> list[str]:
    """Ordinary Dutch words (OpenTaal sample, BSD), none of them a name in the pools."""
    path = DATA.with_name("opentaal_words.txt")
    words = [w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]
    return [w for w in words if _want(w, split)]


@lru_cache(maxsize=None)
def world_city_pool(split: str) -> list[str]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return [c for c in data["places"]["world_cities"] if _want(c, split)]


_ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "tr", "st",
           "pl", "fl", "gr", "dr", "sk", "x", "qu", "ch", "vr", "sp", "cl"]
_NUCLEI = ["a", "e", "i", "o", "u", "ou", "ei", "ie", "oo", "ee", "y", "ia", "eo"]
_CODAS = ["", "", "", "n", "r", "s", "x", "l", "m", "t", "k", "nd", "rt", "ks", "nt", "co", "ra", "na"]


def pseudo_word(rng: random.Random) -> str:
    """A pronounceable made-up word, capitalised ("Vorendo", "Kalix")."""
    n = rng.choice([2, 2, 2, 3])
    w = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(n)) + rng.choice(_CODAS)
    return w[0].upper() + w[1:]


@lru_cache(maxsize=None)
def country_pool() -> list[str]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return data["places"]["countries_nl"]


@lru_cache(maxsize=None)
def company_pool(split: str) -> list[str]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return [c for c in data["companies"]["large"] if _want(c, split)]


def synth_surname(rng: random.Random) -> str:
    root = rng.choice(SYN_ROOTS)
    suf = rng.choice(SYN_SUFFIXES)
    if root[-1] == suf[0]:
        suf = suf[1:] or "s"
    return root + suf


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass
class Person:
    first: str                    # roepnaam as written in e-mail: "Jan", "Fatima", "Jan-Pieter"
    given: list[str]              # official given names, for initials
    prefix: str                   # "de", "van der", "" (lower case)
    surname: str                  # "Vries", "Meer-Bakker", "Jansen-El Idrissi"
    gender: str                   # "m" / "f"
    origin: str
    academic: str = ""            # "drs.", "mr." ...
    role: str = ""                # "" (civil servant / citizen) or an office role ("minister")
    function: str = ""            # function title (O)
    org: str = ""                 # organisation abbreviation (for Outlook suffixes)
    email_domain: str = ""
    paraph_style: int = 0
    extra: dict = field(default_factory=dict)

    # --- basic pieces ---
    @property
    def initials(self) -> str:
        parts = []
        for g in self.given:
            for piece in g.split("-"):
                if piece:
                    parts.append(piece[0].upper() + ("h." if piece[:2] in ("Th", "Ch") and self.extra.get("th") else "."))
        return "".join(parts) if parts else self.first[0] + "."

    def last(self, cap_prefix: bool) -> str:
        """Surname with its prefix: 'de Vries' or, standing alone, 'De Vries'."""
        if not self.prefix:
            return self.surname
        p = self.prefix
        if cap_prefix:
            p = p[0].upper() + p[1:] if p[0] != "'" else p
        return f"{p} {self.surname}"

    def full(self) -> str:
        return f"{self.first} {self.last(False)}"

    def paraph(self) -> str:
        sur_initial = self.surname[0].upper()
        pre = "".join(w[0] for w in self.prefix.replace("'t", "t").split()) if self.prefix else ""
        style = self.paraph_style
        if style == 0:
            return self.first[0].upper() + pre.lower() + sur_initial
        if style == 1:
            return (self.initials.replace(".", "") + pre.lower() + sur_initial)
        if style == 2:
            return (self.first[0] + pre + sur_initial).upper()
        return self.first[:1].upper() + self.surname[:2].upper() if len(self.surname) > 1 else self.first[0] + sur_initial

    def email(self, rng: random.Random, domain: str | None = None) -> str:
        dom = domain or self.email_domain or "example.nl"
        f = ascii_fold(self.first.lower()).replace(" ", "")
        s = ascii_fold(self.surname.lower()).replace(" ", "").replace("'", "")
        p = ascii_fold(self.prefix.lower()).replace(" ", "").replace("'", "")
        style = rng.randrange(5)
        if style == 0:
            return f"{f}.{p}{s}@{dom}"
        if style == 1:
            return f"{f}.{p + '.' if p else ''}{s}@{dom}"
        if style == 2:
            return f"{ascii_fold(self.initials.lower()).replace('.', '')}.{p}{s}@{dom}"
        if style == 3:
            return f"{f[0]}{p}{s}@{dom}"
        return f"{f}{s[:1]}@{dom}" if rng.random() < 0.5 else f"{s}.{f}@{dom}"


@lru_cache(maxsize=None)
def _word_surnames(split: str) -> list[tuple[str, str]]:
    out = [_split_prefix(k) for k in lx.WORD_SURNAME_PERSONS]
    return [(p, b) for p, b in out if _want(b, split)]


@lru_cache(maxsize=None)
def _baptismal(gender: str, split: str) -> list[str]:
    names = lx.BAPTISMAL_M if gender == "m" else lx.BAPTISMAL_F
    return [n for n in names if _want(n, split)] or names


def _pick_origin(rng: random.Random) -> str:
    keys = list(ORIGIN_WEIGHTS)
    return rng.choices(keys, weights=[ORIGIN_WEIGHTS[k] for k in keys])[0]


def make_person(rng: random.Random, split: str = "train", origin: str | None = None,
                gender: str | None = None) -> Person:
    pools = _pools(split)
    origin = origin or _pick_origin(rng)
    if origin not in pools:
        origin = "nl"
    m, f, l = pools[origin]
    gender = gender or rng.choice("mf")
    firsts = m if gender == "m" else f
    first = rng.choice(firsts)
    # a share of mixed names (Dutch first name + other surname and vice versa)
    if rng.random() < 0.08:
        m2, f2, l2 = pools[rng.choice(list(pools))]
        l = l2
    pre, base = rng.choice(l)
    if origin == "nl" and rng.random() < 0.035 and _word_surnames(split):
        # surnames that are also ordinary words ("Winter", "de Boer"): persons too, not only words
        pre, base = rng.choice(_word_surnames(split))
    if origin in ("nl", "be"):
        r = rng.random()
        if r < 0.12:
            base = synth_surname(rng)
            if not _want(base, split):
                base = rng.choice(l)[1]
        if not pre and rng.random() < 0.22:
            pre = rng.choice(PREFIXES)
        if origin == "be" and pre:
            pre = pre[0].upper() + pre[1:] if rng.random() < 0.6 else pre   # Flemish: "Van Hoof"
    given = [first]
    if origin == "nl" and rng.random() < 0.35:
        given = [rng.choice(_baptismal(gender, split))]
        nick = lx.ROEPNAMEN.get(given[0])
        if nick and rng.random() < 0.7:
            first = rng.choice(nick)
            if not _want(first, split):
                first = given[0]
        else:
            first = given[0]
    if rng.random() < 0.3:
        extra = rng.choice(lx.BAPTISMAL_M if gender == "m" else lx.BAPTISMAL_F) if origin == "nl" else rng.choice(firsts)
        given = given + [extra]
        if rng.random() < 0.2:
            given.append(rng.choice(firsts))
    if rng.random() < 0.04 and origin in ("nl", "be"):
        first = first + "-" + rng.choice(firsts)          # "Jan-Pieter"
        given = first.split("-") + given[1:]
    surname = base
    if rng.random() < (0.12 if gender == "f" else 0.03):
        # double-barrelled: own name + partner's name, partner prefix stays lower case
        pools2 = pools[rng.choice(["nl", "nl", "nl", "maghreb2", "tr", "suriname", "be"]) if rng.random() < 0.5 else origin]
        ppre, pbase = rng.choice(pools2[2])
        partner = f"{ppre} {pbase}" if ppre else pbase
        if rng.random() < 0.5:
            surname = f"{base}-{partner}"
        else:  # partner's name first: "Jansen-van der Meer" -> prefix belongs to first part
            surname = f"{pbase}-{(pre + ' ') if pre else ''}{base}"
            pre = ppre
    p = Person(first=first, given=given, prefix=pre.lower() if origin != "be" else pre, surname=surname,
               gender=gender, origin=origin)
    p.paraph_style = rng.choices([0, 1, 2, 3], weights=[5, 3, 2, 1])[0]
    p.extra["th"] = rng.random() < 0.5
    if rng.random() < 0.15:
        p.academic = rng.choice(lx.ACADEMIC_TITLES)
    return p


# ------------------------------------------------------------------------------------------
# Mentions. A mention is a list of (text, label) pieces; label "PER" marks the name itself,
# None marks text around it (titles, "de heer", the possessive "'s").

TITLE_M = ["dhr.", "de heer", "meneer", "Dhr.", "De heer", "heer", "dhr", "hr."]
TITLE_F = ["mevr.", "mevrouw", "mw.", "Mevr.", "Mevrouw", "Mw.", "mevr", "mw"]


def honorific(p: Person, rng: random.Random, cap: bool = False) -> str:
    t = rng.choice(TITLE_M if p.gender == "m" else TITLE_F)
    if cap:
        t = t[0].upper() + t[1:]
    else:
        t = t[0].lower() + t[1:] if rng.random() < 0.8 else t
    return t


def render(p: Person, form: str, rng: random.Random, *, sentence_start: bool = False) -> list[tuple[str, str | None]]:
    """Render person `p` in `form`; returns pieces [(text, label)]."""
    cap = sentence_start or rng.random() < 0.75     # surname alone: "De Vries" (rule) vs "de Vries"
    if form == "full":
        r = rng.random()
        if r < 0.06 and len(p.given) > 1 and p.origin == "nl":
            return [(f"{p.first} {p.initials} {p.last(False)}" if rng.random() < 0.3 else
                     f"{' '.join(p.given[:2])} {p.last(False)}", "PER")]
        return [(p.full(), "PER")]
    if form == "first":
        return [(p.first, "PER")]
    if form == "sur":
        return [(p.last(cap), "PER")]
    if form == "init":
        ini = p.initials
        r = rng.random()
        if r < 0.25 and len(ini) > 2:
            ini = ini[:2]                               # first initial only
        elif r < 0.3:
            ini = ini.replace(".", "")                  # "JP de Vries"
        elif r < 0.33:
            ini = ini.replace(".", ". ").strip()        # "J. P. de Vries"
        return [(f"{ini} {p.last(False)}", "PER")]
    if form == "title":                                 # dhr. De Vries / mevrouw J. de Vries
        t = honorific(p, rng, cap=sentence_start)
        r = rng.random()
        if r < 0.55:
            name = p.last(rng.random() < 0.8)
        elif r < 0.85:
            name = f"{p.initials} {p.last(False)}"
        else:
            name = p.full()
        return [(t + " ", None), (name, "PER")]
    if form == "academic":
        t = p.academic or rng.choice(lx.ACADEMIC_TITLES)
        if sentence_start:
            t = t[0].upper() + t[1:]
        name = f"{p.initials} {p.last(False)}" if rng.random() < 0.8 else p.full()
        pieces = [(t + " ", None), (name, "PER")]
        if rng.random() < 0.1:
            pieces.append((" " + rng.choice(lx.POST_TITLES), None))
        return pieces
    if form == "outlook":
        r = rng.random()
        given = p.first if rng.random() < 0.8 else p.initials
        if r < 0.6:
            s = f"{p.surname}, {given}" + (f" {p.prefix}" if p.prefix else "")
        elif r < 0.75 and p.prefix:
            s = f"{p.surname} {p.prefix}, {given}"
        elif r < 0.85:
            s = f"{p.last(False)}, {given}"
        else:
            s = f"{p.surname}, {given}" + (f" {p.prefix}" if p.prefix else "")
            if rng.random() < 0.5:
                s = s.upper() if rng.random() < 0.2 else s
        return [(s, "PER")]
    if form == "upper":
        return [(p.full().upper(), "PER")]
    if form == "paraph":
        return [(p.paraph(), "PER")]
    if form == "poss":                                  # possessive: "Jans", "Anna's", "Van Dijks"
        base = rng.choice([p.first, p.last(True), p.full()])
        last = base[-1].lower()
        if last in "sxz":
            return [(base, "PER"), ("'", None)]
        if last in "aeiouy" or rng.random() < 0.3:
            return [(base, "PER"), (rng.choice(["'s", "'s", "’s"]), None)]
        return [(base + "s", "PER")]
    raise ValueError(form)


FORMS = ["full", "first", "sur", "init", "title", "academic", "poss"]


def pick_form(rng: random.Random, register: str) -> str:
    """Mention form distribution by register (formal memo vs. chat)."""
    w = {
        "formal": {"full": 25, "sur": 20, "init": 20, "title": 25, "academic": 5, "first": 3, "poss": 2},
        "informal": {"full": 20, "sur": 14, "init": 4, "title": 4, "academic": 0.5, "first": 55, "poss": 5},
        "minutes": {"full": 15, "sur": 35, "init": 10, "title": 25, "academic": 2, "first": 8, "poss": 3},
        "news": {"full": 45, "sur": 35, "init": 5, "title": 6, "academic": 3, "first": 4, "poss": 2},
    }[register]
    keys = list(w)
    return rng.choices(keys, weights=[w[k] for k in keys])[0]
