"""Layout contexts where a capitalised word is a name on weaker evidence than in running text:
header labels and their cells, e-mail headers, greetings, sign-offs, signature blocks,
attendee lists and the sender lines of chat exports.

Separate from parsing because it looks at whole lines and table cells, not at name tokens; its
result (token index -> layout tag) is one input of judging.
"""
from __future__ import annotations

import regex

from .text import TextIndex

_NUMBERED = regex.compile(r"^\s*\d+[.)]")
_LIST_SEP = regex.compile(r",|\ben\b|;")
_ENTRY_SPLIT = regex.compile(r"(;)")
_ENTRY_NOISE = regex.compile(r"<[^>]*>|\S+@\S+|[\"']")
# a chat export's message head: the sender and the time on a line of their own ("Esmee
# Dijkhof 10:02", "Joris 14-02-2024 10:05", "Joris  10:05 AM"), as Teams, Slack and Signal print
_CHAT_SENDER = regex.compile(
    r"^[ \t]*(?P<v>\p{Lu}[\p{L}'’.-]*(?:[ ]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|te|'t)){0,4})"
    r"[ \t]+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[, ]+)?\d{1,2}:\d{2}(?:[ ]?(?:AM|PM|am|pm|uur))?[ \t]*$")
_HDR_LABEL = regex.compile(r"(?i)^\s*(?:verzonden|onderwerp|datum|sent|subject|date|bijlagen|attachments|prioriteit)\s*:")


_REVERSED_ENTRY = regex.compile(r"[ \t]*(\p{Lu}[\p{L}'’-]+),[ ]+(\p{Lu}\p{Ll}+)")


class NameLayout:
    """Mixin of NameEngine (names.py); expects `self.lex`, `quality` and `is_person_noun`."""

    def _init_layout(self, res) -> None:
        c = res.ctx_list
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
        # a calendar print's fields may have a tab instead of the colon ("Verplicht<TAB>A, B; C, D")
        cal = sorted(c("calendar_header_labels"), key=len, reverse=True)
        tab_form = (r"|(?:" + "|".join(regex.escape(x) for x in cal) + r")[ ]*\t") if cal else ""
        self.email_hdr_re = regex.compile(r"^\s*(?:(?:" + "|".join(regex.escape(x) for x in el) + r")\s*:" + tab_form +
                                          r")\s*(?P<v>.*)$", regex.IGNORECASE)
        self.label_strip = regex.compile(r"[:\s]+$")

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
                m = _CHAT_SENDER.match(line)
                if m:
                    mark(ls + m.start("v"), ls + m.end("v"), "chat")
                    continue
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
            # the name ends where the address or the unit in brackets begins ("(RWS-ZD)")
            name_end = es + len(regex.split(r"[<(]", entry, maxsplit=1)[0])
            # "Hoekveld, Fedde": a surname that is also a word, before a listed first name
            rev = _REVERSED_ENTRY.match(entry)
            word_surname = rev.group(1) if rev and self.fn_strength(rev.group(2)) >= 1 else ""
            for t in idx.tokens_in(es, ee):
                if t.kind != "word" or t.in_url or t.start >= name_end:
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
                if w.lower() in self.lex.tv_words and w.lower() in self.cap_tv:
                    continue      # "Van der Wiel, Hans": a capitalised tussenvoegsel
                if self.lex.is_not_name(w) or self.is_person_noun(w):
                    ok = False
                    break
                q = self.quality(w)
                if q == "word" and w != word_surname:
                    ok = False
                    break
                has_word = True
            if ok and has_word and body.strip():
                mark(es, ee, "email_header")
