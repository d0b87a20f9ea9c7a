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

The recognizer only proposes PERSON findings with a score and a layout tag; whether a name is
kept (office holder in role, author) is the policy's business.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .resources import words_regex
from .text import TextIndex, Token

_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_CAMEL_OK = regex.compile(r"^(?:Mc|Mac|O'|D'|De|Van)\p{Lu}")
_LETTERS = regex.compile(r"[\p{L}']+")
_NUMBERED = regex.compile(r"^\s*\d+[.)]")
_LIST_SEP = regex.compile(r",|\ben\b|;")
_ENTRY_SPLIT = regex.compile(r"(;)")
_ENTRY_NOISE = regex.compile(r"<[^>]*>|\S+@\S+|[\"']")
_HDR_LABEL = regex.compile(r"(?i)^\s*(?:verzonden|onderwerp|datum|sent|subject|date|bijlagen|attachments|prioriteit)\s*:")
W, T, I, A = "W", "T", "I", "A"   # chunk token kinds: word, tussenvoegsel, initials, connector


# what may stand before the sender's name at the head of a chat message: a date and a time
_CHAT_HEAD = regex.compile(r"[\s\[]*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[,\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\s\]\-–:]*")


@dataclass
class NameHit:
    start: int
    end: int
    first: list[str] = field(default_factory=list)
    initials: str = ""
    tv: str = ""
    surname: str = ""
    kind: str = ""              # full | init | first | sur | rev
    score: float = 0.0
    layout: str = "body"        # body | header | email_header | signature | greeting | ...
    evidence: str = ""
    title: str = ""
    tokens: tuple[int, int] = (0, 0)
    label: str = ""             # the header label the name stands under ("behandeld door")


class NameEngine:
    def __init__(self, res):
        self.res = res
        self.lex = res.lex
        c = res.ctx_list
        self.sc = res.scores
        self.person_nouns = set(c("person_nouns"))
        self.person_suffixes = tuple(c("person_noun_suffixes"))
        self.block_suffixes = tuple(c("name_blocking_suffixes"))
        self.place_prefixes = set(c("place_prefixes"))
        self.title_words = {w for seq in self.lex.titles for w in seq}
        self.cap_tv = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "el", "al", "le", "la", "da",
                       "di", "du", "von", "zu", "dos", "del", "della", "bin", "ben", "op", "in", "aan", "uit", "bij",
                       "voor", "onder", "over", "mac", "mc", "o'", "d'", "l'"}
        self.tv_max = max((len(s) for s in self.lex.tussenvoegsels), default=1)
        hl = c("header_labels")
        self.header_labels = set(hl)
        self.email_labels = set(c("email_header_labels"))
        self.attendee_labels = set(c("attendee_labels"))
        greet = sorted(c("greetings"), key=len, reverse=True)
        self.greet_re = regex.compile(r"^\s*(?:" + "|".join(regex.escape(g) for g in greet) +
                                      r")\s+(?P<v>[^,!:;\n]{1,80}?)\s*[,!]?\s*$", regex.IGNORECASE)
        so = sorted(c("signoffs"), key=len, reverse=True)
        self.signoff_re = regex.compile(r"^\s*(?:" + "|".join(regex.escape(g) for g in so) +
                                        r")\s*[,!.]?\s*(?:,\s*)?(?P<v>(?-i:\p{Lu})[^,!:;\n]{0,40}?)\s*[.!]?\s*$", regex.IGNORECASE)
        cl = sorted(c("closings"), key=len, reverse=True)
        self.closing_re = regex.compile(r"^\s*(?:" + "|".join(regex.escape(g).replace(r"\ ", r"\s+") for g in cl) +
                                        r")\s*[,!.]*\s*$", regex.IGNORECASE)
        el = sorted(self.email_labels, key=len, reverse=True)
        self.email_hdr_re = regex.compile(r"^\s*(?:" + "|".join(regex.escape(x) for x in el) + r")\s*:\s*(?P<v>.*)$",
                                          regex.IGNORECASE)
        self.label_strip = regex.compile(r"[:\s]+$")
        self.org_after = set(c("org_after"))
        self.qcache: dict[str, str] = {}
        self.lone_first_names = bool(res.cfg.get("lone_first_names", True))
        self._ck_cache: dict[tuple[str, str], str | None] = {}
        kept = (res.policy.get("roles") or {}).get("kept") or {}
        self.office_words = {str(k).lower() for k in kept if " " not in str(k)} - {"lid", "leden"}
        self._cur_office = False

    # ------------------------------------------------------------------ token classes
    def quality(self, w: str) -> str:
        """listed (in a name list, not an ordinary word) | word_listed | word | proper | unknown"""
        q = self.qcache.get(w)
        if q is not None:
            return q
        lex = self.lex
        if "-" in w and not (w in lex.surnames or w in lex.first_names):
            parts = [p for p in w.split("-") if p]
            qs = [self.quality(p) if p[:1].isupper() else ("tv" if p.lower() in lex.tv_words else "word") for p in parts]
            qs = [x for x in qs if x != "tv"] or ["word"]
            if any(x == "proper" for x in qs):
                q = "proper"
            elif all(x == "word" for x in qs):
                q = "word"
            elif any(x == "unknown" for x in qs):
                q = "unknown"
            elif any(x in ("listed", "word_listed") for x in qs):
                q = "listed" if any(x == "listed" for x in qs) else "word_listed"
            else:
                q = "word"
        else:
            in_list = w in lex.surnames or w in lex.first_names
            if lex.is_word(w):
                q = "word_listed" if in_list else "word"
            elif in_list:
                q = "listed"
            elif w in lex.proper:
                q = "proper"
            else:
                q = "unknown"
        self.qcache[w] = q
        return q

    def fn_strength(self, w: str) -> int:
        """2 = first name that is no ordinary word, 1 = first name that is also a word, 0 = none."""
        if not self.lex.is_first_name(w):
            return 0
        if w in self.lex.common_first_names or all(p in self.lex.common_first_names for p in w.split("-")):
            return 2
        return 1 if self.lex.is_word(w) else 2

    def _compound(self, w: str) -> bool:
        """An unknown capitalised word made of ordinary words ("Dakkapellenbeleid")."""
        lw = w.lower()
        words = self.lex.words
        for i in range(3, len(lw) - 3):
            if lw[:i] in words and (lw[i:] in words or (lw[i:].startswith("s") and len(lw) - i > 4 and lw[i + 1:] in words)):
                return True
        return False

    def is_person_noun(self, w: str) -> bool:
        lw = w.lower()
        if lw in self.person_nouns:
            return True
        return len(lw) > 5 and lw.endswith(self.person_suffixes)

    def chunk_kind(self, t: Token) -> str | None:
        if t.in_url:
            return None
        key = (t.kind, t.text)
        k = self._ck_cache.get(key, "?")
        if k == "?":
            k = self._chunk_kind(t)
            self._ck_cache[key] = k
        return k

    def _chunk_kind(self, t: Token) -> str | None:
        if t.kind == "init":
            return I
        if t.kind == "apo":
            return T
        if t.kind != "word":
            return None
        w = t.text
        lw = w.lower()
        if lw in self.lex.tv_words:
            if w.islower() or lw in self.cap_tv:
                return T
        if not w[:1].isupper():
            return None
        if len(w) == 1:
            return A
        lex = self.lex
        if lex.is_not_name(w) or lw in self.title_words or self.is_person_noun(w):
            return None
        if w.isupper():
            return None
        # camel case inside ("ProRail", "JenV") is a brand or abbreviation
        if _CAMEL.search(w) and not (w in lex.surnames or _CAMEL_OK.match(w)):
            return None
        parts = w.split("-")
        if len(parts) > 1 and parts[0].lower() in self.place_prefixes:
            return None
        for p in parts:
            if not p:
                return None
            if p[0].isupper():
                if len(p) > 1 and p.isupper():
                    return None
            elif p.lower() not in lex.tv_words:
                return None
        if lw.endswith(self.block_suffixes) and not (w in lex.surnames or w in lex.first_names) \
                and not any(lw == s for s in self.block_suffixes):
            if not any(pp in lex.surnames for pp in parts if pp[:1].isupper()) or len(parts) == 1:
                return None
        return W

    # ------------------------------------------------------------------ layout contexts
    def layout_contexts(self, idx: TextIndex) -> dict[int, tuple[str, bool]]:
        """token index -> (layout tag, whole_line_required)"""
        out: dict[int, tuple[str, bool]] = {}
        text = idx.text
        n = idx.n_lines

        def mark(s: int, e: int, tag: str, whole: bool = False, label: str = ""):
            for t in idx.tokens_in(s, e):
                if t.i not in out:
                    out[t.i] = (tag, whole, label)

        def next_nonempty(li: int, limit: int = 2) -> int:
            j = li + 1
            while j < n and j <= li + limit:
                if idx.line_text(j).strip():
                    return j
                j += 1
            return -1

        for li in range(n):
            ls, le = idx.line_span(li)
            line = text[ls:le]
            st = line.strip()
            if not st:
                continue
            low = st.lower()
            # e-mail header "Van: ...", "CC: ..."
            m = self.email_hdr_re.match(line)
            if m:
                v = m.group("v")
                if v.strip():
                    self._mark_entries(idx, ls + m.start("v"), le, mark)
                    # a long recipient list wraps onto the next lines
                    j = li + 1
                    while j < n and j <= li + 6:
                        t2 = idx.line_text(j)
                        if not t2.strip() or self.email_hdr_re.match(t2) or _HDR_LABEL.match(t2) \
                                or not (";" in t2 or "<" in t2 or "@" in t2):
                            break
                        self._mark_entries(idx, *idx.line_span(j), mark)
                        j += 1
                else:
                    j = next_nonempty(li)
                    if j >= 0 and not self.email_hdr_re.match(idx.line_text(j)):
                        self._mark_entries(idx, *idx.line_span(j), mark)
                continue
            # header label cells: "Contactpersoon\tNaam", "Behandeld door" + next line
            cells = line.split("\t")
            pos = ls
            for ci, cell in enumerate(cells):
                lab = self.label_strip.sub("", cell.strip().lower())
                has_colon = cell.strip().endswith(":")
                if lab in self.header_labels or (":" in cell and self.label_strip.sub("", cell.split(":")[0].strip().lower()) in self.header_labels):
                    if ":" in cell and not has_colon:
                        # "Aanwezig: A, B en C" in one cell
                        k = cell.index(":")
                        tag = "attendees" if self.label_strip.sub("", cell[:k].strip().lower()) in self.attendee_labels else "header"
                        mark(pos + k + 1, pos + len(cell), tag, label=self.label_strip.sub("", cell[:k].strip().lower()))
                        j = li
                        # attendee lists may continue on the next lines
                        while tag == "attendees":
                            j2 = j + 1
                            if j2 >= n:
                                break
                            t2 = idx.line_text(j2).strip()
                            if not t2 or _NUMBERED.match(t2) or len(t2) > 120:
                                break
                            if not _LIST_SEP.search(t2):
                                break
                            mark(*idx.line_span(j2), tag, label=lab)
                            j = j2
                    elif ci + 1 < len(cells):
                        vs = pos + len(cell) + 1
                        tag = "attendees" if lab in self.attendee_labels else "header"
                        mark(vs, vs + len(cells[ci + 1]), tag, label=lab)
                        # an attendee list in a cell may wrap onto the next lines
                        j = li
                        while tag == "attendees" and ci + 2 == len(cells):
                            j2 = j + 1
                            if j2 >= n:
                                break
                            t2 = idx.line_text(j2)
                            if not t2.strip() or "\t" in t2 or _NUMBERED.match(t2) or \
                                    not _LIST_SEP.search(t2) or len(t2) > 120:
                                break
                            mark(*idx.line_span(j2), tag, label=lab)
                            j = j2
                    elif len(cells) == 1:
                        j = next_nonempty(li, 1)
                        if j >= 0:
                            s2, e2 = idx.line_span(j)
                            first_cell = idx.line_text(j).split("\t")[0]
                            nxt = self.label_strip.sub("", first_cell.strip().lower())
                            if nxt not in self.header_labels:
                                tag = "attendees" if lab in self.attendee_labels else "header"
                                mark(s2, s2 + len(first_cell), tag, label=lab)
                pos += len(cell) + 1
            # greetings "Hoi Sanne," / "Beste Anouk en Lan,"
            if len(st) <= 90:
                m = self.greet_re.match(line)
                if m:
                    mark(ls + m.start("v"), ls + m.end("v"), "greeting")
                    continue
                m = self.signoff_re.match(line)
                if m and len(m.group("v").split()) <= 5:
                    mark(ls + m.start("v"), ls + m.end("v"), "signoff", True)
                    continue
            # signature block after a closing line
            if len(st) <= 40 and self.closing_re.match(line):
                j = li
                taken = 0
                while taken < 4:
                    j = next_nonempty(j, 2)
                    if j < 0:
                        break
                    s2, e2 = idx.line_span(j)
                    t2 = text[s2:e2].strip()
                    if len(t2) > 60 or self.closing_re.match(t2):
                        break
                    mark(s2, e2, "signature", True)
                    taken += 1
        return out

    def _mark_entries(self, idx: TextIndex, s: int, e: int, mark) -> None:
        """Mark the entries of an e-mail header value ("A, B <a@x>; Team X <x@y>") that can be
        a person; an entry with an abbreviation, an ordinary word or an organisation word is a
        functional mailbox ("Woo-coördinatie BZK", "Handhaving Openbare Ruimte")."""
        text = idx.text
        pos = s
        for entry in _ENTRY_SPLIT.split(text[s:e]):
            es, ee = pos, pos + len(entry)
            pos = ee
            if entry == ";" or not entry.strip():
                continue
            body = _ENTRY_NOISE.sub(" ", entry)
            ok = True
            has_word = False
            for t in idx.tokens_in(es, ee):
                if t.kind != "word" or t.in_url or t.start >= es + len(entry.split("<")[0]):
                    continue
                w = t.text
                if w.isupper() and len(w) > 1:
                    ok = False
                    break
                if w[:1].islower():
                    if w.lower() not in self.lex.tv_words:
                        ok = False
                        break
                    continue
                if self.lex.is_not_name(w) or self.is_person_noun(w):
                    ok = False
                    break
                q = self.quality(w)
                if q == "word":
                    ok = False
                    break
                has_word = True
            if ok and has_word and body.strip():
                mark(es, ee, "email_header")

    # ------------------------------------------------------------------ chunks
    def chunks(self, idx: TextIndex, blocked: set[int]) -> list[list[tuple[Token, str]]]:
        out = []
        cur: list[tuple[Token, str]] = []
        prev: Token | None = None
        text = idx.text
        for t in idx.tokens:
            k = None if t.i in blocked else self.chunk_kind(t)
            if k is None:
                if cur:
                    out.append(cur)
                cur = []
                prev = None
                continue
            if not cur and k == T and not t.text[:1].isupper():
                continue      # a lower-case "van"/"de" cannot start a name
            if cur and prev is not None:
                gap = text[prev.end:t.start]
                if "\n" in gap and self._row_break(idx, prev, t):
                    out.append(cur)
                    cur = []
                    cur.append((t, k))
                    prev = t
                    continue
                if gap.strip() or "\t" in gap or gap.count("\n") > 1 or prev.possessive or (
                        gap == "" and not (prev.kind == "init" or t.kind == "init")) or (
                        "\n" in gap and k == W and cur[-1][1] == W and self.fn_strength(t.text) == 2
                        and t.text not in self.lex.surnames):
                    out.append(cur)
                    cur = []
            cur.append((t, k))
            prev = t
        if cur:
            out.append(cur)
        return out

    @staticmethod
    def _row_break(idx: TextIndex, prev: Token, t: Token) -> bool:
        """A line break inside a table that is not a wrapped cell: the previous token is not
        in the last cell of its line, or the next token starts a new table row."""
        pl = idx.line_text(prev.line)
        if "\t" in pl and prev.col < pl.count("\t"):
            return True
        return "\t" in idx.line_text(t.line) and t.col == 0 and t.line_start

    # ------------------------------------------------------------------ parsing
    def match_tv(self, ch, k: int, allow_cap: bool) -> int:
        """Length (in tokens) of the longest tussenvoegsel sequence at chunk position k."""
        best = 0
        seq = []
        for j in range(k, min(len(ch), k + self.tv_max)):
            t, kind = ch[j]
            if kind != T:
                break
            w = t.text.lower().replace("’", "'").replace(" ", "")
            if w == "v/d":
                w = "v.d."
            if not allow_cap and t.text[:1].isupper() and j == k and w not in ("ter", "ten", "te", "el", "al", "da", "di", "du", "le", "la"):
                break
            seq.append(w)
            if tuple(seq) in self.lex.tussenvoegsels:
                best = len(seq)
        return best

    def parse_chunk(self, ch, forced: bool) -> list[dict]:
        """Split a chunk into name parses (dicts of token positions per part)."""
        out = []
        k = 0
        n = len(ch)
        while k < n:
            p = self._parse_at(ch, k, forced)
            if p is None:
                k += 1
                continue
            out.append(p)
            k = p["end"]
        return out

    def _parse_at(self, ch, k0: int, forced: bool):
        n = len(ch)
        k = k0
        if ch[k0][1] == T and not ch[k0][0].text[:1].isupper():
            return None
        inits: list[int] = []
        first: list[int] = []
        unknown_first = False
        while k < n and ch[k][1] == I:
            inits.append(k)
            k += 1
        if not inits:
            while k < n and ch[k][1] == W and len(first) < 3:
                w = ch[k][0].text
                is_fn = self.fn_strength(w) > 0
                if not is_fn and not (forced and not first and self._has_surname_after(ch, k + 1)
                                      and self.quality(w) in ("unknown", "listed")
                                      and self._surname_after_ok(ch, k + 1)):
                    # two unknown capitalised words ("Oluwaseun Adeyemi"): a name, weakly
                    tvn = self.match_tv(ch, k + 1, allow_cap=False) if k + 1 < n and ch[k + 1][1] == T else 0
                    k2 = k + 1 + tvn
                    w2 = ch[k2][0].text if k2 < n else ""
                    if not first and self.quality(w) == "unknown" and k2 < n and ch[k2][1] == W \
                            and self.quality(w2) in ("unknown", "listed") and (w2 not in self.lex.proper or tvn) \
                            and (k2 + 1 >= n or ch[k2 + 1][1] != W) and not self._compound(w):
                        first.append(k)
                        k += 1
                        unknown_first = True
                    break
                first.append(k)
                k += 1
                # middle initials "Jan P. de Vries"
                while k < n and ch[k][1] == I:
                    inits.append(k)
                    k += 1
                if inits:
                    break
            # the last "first name" may be the surname ("Joost Wijnbergen" where both are names)
            if first and not self._has_surname_after(ch, k) and len(first) >= 2 and not inits:
                k = first.pop()
        tv_len = self.match_tv(ch, k, allow_cap=True)
        sur: list[int] = []
        j = k + tv_len
        if j < n and ch[j][1] == W:
            sur.append(j)
            j += 1
            while True:
                # "Tjon A Fong"
                if j + 1 < n and ch[j][1] == A and ch[j + 1][1] == W and ch[j][0].text in ("A", "À"):
                    sur += [j, j + 1]
                    j += 2
                    continue
                # "Jansen-El Idrissi", "Meer-Van Dijk" (token ends with a capitalised prefix)
                last = ch[sur[-1]][0].text
                if "-" in last and last.rsplit("-", 1)[1].lower() in self.cap_tv and j < n and ch[j][1] == W:
                    sur.append(j)
                    j += 1
                    continue
                break
            return {"start": k0, "end": j, "inits": inits, "first": first, "tv": (k, k + tv_len), "sur": sur,
                    "unknown_first": unknown_first}
        if tv_len:
            # a tussenvoegsel without surname: "Sanne van der" (reversed forms) – only after a first name
            if first or inits:
                return {"start": k0, "end": k + tv_len, "inits": inits, "first": first, "tv": (k, k + tv_len),
                        "sur": [], "dangling_tv": True}
            return None
        if first:
            return {"start": k0, "end": k, "inits": inits, "first": first, "tv": (k, k), "sur": []}
        return None

    def _surname_after_ok(self, ch, k: int) -> bool:
        """The word that would be the surname is name-like (not a place, word or compound)."""
        n = len(ch)
        while k < n and ch[k][1] in (T, I):
            k += 1
        if k >= n:
            return False
        w = ch[k][0].text
        q = self.quality(w)
        return q in ("listed", "word_listed") or (q == "unknown" and not self._compound(w))

    def _has_surname_after(self, ch, k: int) -> bool:
        n = len(ch)
        while k < n and ch[k][1] in (T, I):
            k += 1
        return k < n and ch[k][1] == W

    # ------------------------------------------------------------------ judging
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
        if p.get("dangling_tv"):
            return None
        if not sur:
            # first name alone
            if ctx == "role" and len(first) == 1 and self.fn_strength(first[0]) == 2 and not self.lex.is_word(first[0]):
                return s["person_full"], "functie + voornaam"     # "uw medewerker Ricardo"
            if ctx == "role" and len(first) == 1 and self.fn_strength(first[0]) == 2 and not sent_start:
                # a frequent first name that is also a word ("haar zoon Emir"), capitalised
                return s["person_weak"] + 0.1, "functie of relatie + voornaam (ook een woord)"
            if ctx in ("layout", "title", "ner", "display") and layout in (
                    "greeting", "signoff", "signature", "email_header", "header", "attendees", "title", "ner", "display"):
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
                if fs == 2 or (fs == 1 and ctx != "" and layout in ("greeting", "signoff", "signature", "title")):
                    return s["person_strong"], "voornaam in " + layout
                if fq[0] == "unknown" and layout in ("greeting", "signoff", "signature"):
                    return s["person_weak"], "onbekende naam in " + layout
            # a frequent first name on its own in the middle of a sentence ("met Marieke besproken"):
            # weak evidence, redacted and flagged for review
            if not ctx and self.lone_first_names and len(first) == 1 and len(ch) == 1 and not sent_start \
                    and not has_init:
                f0 = first[0]
                if (f0 in self.lex.common_first_names or (f0 in self.lex.proper and self.lex.is_first_name(f0))) \
                        and not self.lex.is_word(f0) and not self.lex.is_surname(f0):
                    return s["ordinary_word_at_sentence_start"], "losse voornaam (controleren)"
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
                if sent_start or any(q not in ("unknown", "listed") for q in sq):
                    return None
                return s["ordinary_word_at_sentence_start"], "twee onbekende woorden met hoofdletter (naam?)"
            if ctx:
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
        if not tv and len(sur) == 1 and sq[0] == "unknown" and any(
                self._compound(part) for part in sur[0].split("-") if self.quality(part) == "unknown"):
            return None     # "Risicoregister", "Lekdijk-West": compounds of ordinary words
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
        if not tv and len(sur) == 1 and sq[0] == "word_listed":
            return None     # "Oost", "Winter" alone: an ordinary word unless a title says otherwise
        if proper and not tv:
            if ctx == "role":
                return s["person_weak"], "functie + naam (ook plaatsnaam)"
            return None
        if ctx == "layout" and layout in ("greeting",) and all(q == "listed" for q in sq) and not tv:
            return s["person_strong"], "naam in aanhef"
        return s["person_strong"] if ctx in ("layout", "display") else s["person_full"], f"achternaam ({ctx or layout})"

    # ------------------------------------------------------------------ prefix context
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

    # ------------------------------------------------------------------ main
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
                cont = self._continuation(idx, ch, p)
                if cont is not None:
                    hits += cont
                    k = p["end"]
                    continue
                self._cur_office = this_ctx == "role" and p["start"] == 0 and ptxt in self.office_words
                j = self.judge(ch, p, this_ctx, this_lay, idx)
                self._cur_office = False
                if j is not None and this_ctx == "layout" and not p["first"] and not p["inits"]:
                    # a bare surname in a layout context must start the entry: not after a
                    # lower-case word ("de wethouder van Lochem") nor inside brackets ("(Zutphen)")
                    t0i = toks[p["start"]].i
                    pt = idx.tokens[t0i - 1] if t0i > 0 else None
                    if pt is not None and ((pt.kind == "word" and pt.text.islower() and pt.text not in self.title_words)
                                           or pt.text == "("):
                        j = None
                if j is None:
                    k += 1
                    continue
                score, why = j
                toks = [c[0] for c in ch]
                st = toks[p["start"]].start
                en = toks[p["end"] - 1].end
                if not this_ctx and ner_other and any(os_ <= st and en <= oe for os_, oe in ner_other):
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
                            nxt is not None and self.quality(nxt.text) == "word"):
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
        first_cell = nl.split("\t")[0].strip()
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

    def _reversed(self, idx: TextIndex, blocked: set[int], layout, used: set[int]) -> list[NameHit]:
        out = []
        text = idx.text
        toks = idx.tokens
        for t in toks:
            if t.kind != "punct" or t.text != "," or t.i == 0 or t.i + 1 >= len(toks):
                continue
            lay, _, _ = layout.get(t.i + 1, ("", False, ""))
            if lay != "email_header":
                lay = ""
            li = t.line
            # left part: chunk tokens on the same line before the comma
            left = []
            j = t.i - 1
            while j >= 0 and toks[j].line == li and j not in blocked:
                k = self.chunk_kind(toks[j])
                gap = text[toks[j].end:toks[left[0]].start] if left else ""
                if k not in (W, T, A) or gap.strip() or "\t" in gap:     # a tab ends the cell
                    break
                left.insert(0, j)
                j -= 1
            if not left or self.chunk_kind(toks[left[-1]]) != W or toks[left[0]].text[:1].islower():
                continue
            # a chat export's message head: "05-06-2024 10:18 Chen, Li-Wei (Team)" or
            # "[05-06-2024 12:20] Wiśniewska, Zofia:" - only a date and time before the name
            ls0, le0 = idx.line_span(li)
            if not lay and _CHAT_HEAD.fullmatch(text[ls0:toks[left[0]].start]) and \
                    text[ls0:toks[left[0]].start].strip():
                lay = "chat_header"
            # the left part starts the entry (line start, ";" or ":" before it)
            if lay != "chat_header" and j >= 0 and toks[j].line == li and \
                    not (toks[j].kind == "punct" and toks[j].text in (";", ":", ">")) \
                    and "\t" not in text[toks[j].end:toks[left[0]].start]:
                continue
            right = []
            j = t.i + 1
            while j < len(toks) and toks[j].line == li and j not in blocked:
                k = self.chunk_kind(toks[j])
                gap = text[toks[right[-1]].end:toks[j].start] if right else ""
                if k not in (W, T, I) or gap.strip() or "\t" in gap:     # a tab ends the cell
                    break
                right.append(j)
                j += 1
            if not right or self.chunk_kind(toks[right[0]]) not in (W, I):
                continue
            # the entry ends here (";", "<", end of line, tab)
            if j < len(toks) and toks[j].line == li:
                nxt = toks[j]
                ends = (";", "<", "(", "[", ":") if lay == "chat_header" else (";", "<", "(", "[")
                if not ((nxt.kind == "punct" and nxt.text in ends) or "\t" in text[toks[right[-1]].end:nxt.start]):
                    continue
            else:
                pass
            # the entry must be the whole line (or the whole table cell) unless in an e-mail header
            if not lay:
                ls, le = idx.line_span(li)
                cs = max(ls, text.rfind("\t", ls, toks[left[0]].start) + 1)
                ce = text.find("\t", toks[right[-1]].end, le)
                ce = le if ce < 0 else ce
                if text[cs:toks[left[0]].start].strip() or text[toks[right[-1]].end:ce].strip(" ;"):
                    continue
            lw = [toks[x].text for x in left if self.chunk_kind(toks[x]) == W]
            rw = [x for x in right if self.chunk_kind(toks[x]) == W]
            ri = [x for x in right if self.chunk_kind(toks[x]) == I]
            rt = [x for x in right if self.chunk_kind(toks[x]) == T]
            if not rw and not ri:
                continue
            # first name(s) first, then tussenvoegsels at the end
            if rt and rt[0] < (rw[-1] if rw else ri[-1]):
                continue
            fq = [self.fn_strength(toks[x].text) for x in rw]
            # "A, Annelies Storm-Hakkert" is a list of names, not "Surname, First"
            if len(rw) > 1 and not all(fq) and not lay:
                continue
            if len(rw) > 1 and fq[-1] == 0 and self.quality(toks[rw[-1]].text) != "unknown":
                continue
            if rw and not any(fq):
                if not lay or not all(self.quality(toks[x].text) == "unknown" for x in rw):
                    continue
            # a surname with tussenvoegsels or two parts ("Van der Wiel", "Kortenhoeven-Dijk")
            # is name-shaped enough for a first name that is also a word
            shaped = any(self.chunk_kind(toks[x]) == T for x in left) or any("-" in w for w in lw)
            if not lay and rw and max(fq) < (1 if shaped else 2):
                continue
            lq = [self.quality(w) for w in lw]
            if any(q == "proper" for q in lq) and not lay:
                continue
            if all(q == "word" for q in lq) and not lay and not shaped:
                continue
            if all(q == "word" for q in lq) and not any(w in self.lex.surnames for w in lw):
                continue
            st, en = toks[left[0]].start, toks[right[-1]].end
            tvt = " ".join(toks[x].text for x in rt)
            lefttv = [toks[x].text for x in left if self.chunk_kind(toks[x]) == T]
            out.append(NameHit(st, en, [toks[x].text for x in rw], "".join(toks[x].text for x in ri),
                               " ".join(lefttv + ([tvt] if tvt else [])).strip(), " ".join(lw), "rev",
                               self.sc["person_strong"], lay or "reversed", "Achternaam, Voornaam",
                               "", (left[0], right[-1])))
            used.update(left)
            used.update(right)
        return out
