"""A generated document's context and its sentences: the cast and settings drawn when the
document starts, the sentence frames each split may use, and the filling of a frame's slots
with labelled mentions.

Frames are split between training and held-out use by a hash of their text (not by
position or random draw), so the split stays fixed when frames are added or reordered.
"""
from __future__ import annotations

import random
import re
import zlib

from redactor.train import lexicon as lx
from redactor.train import names as nm
from redactor.train.layout import Line, Piece, pieces_text
from redactor.train.mentions import Mentions
from redactor.train.templates import frames as fr


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


class Ctx(Mentions):
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
