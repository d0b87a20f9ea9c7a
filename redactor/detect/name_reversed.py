"""Reversed names, "Achternaam, Voornaam tv", in e-mail headers, chat message heads and on
lines or table cells of their own.

A pass of its own, before chunking, because the comma splits the name into two chunks that
the left-to-right parser would read as two names.
"""
from __future__ import annotations

import regex

from .name_hit import NameHit
from .name_words import A, I, T, W
from .text import TextIndex

# what may stand before the sender's name at the head of a chat message: a date and a time
# (the date may be left out: "[10:02] Vos, Anne (BZK)" in a Teams chat print)
_CHAT_HEAD = regex.compile(r"[\s\[]*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[,\s]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\s\]\-–:]*")


# a register's row before the name: its number and/or a date ("10 02-06-2026 Vorstenbosch, D.")
# (also a case number and a time: "9 26-0066 23-01-2026 06:45 Bavinck, R.", "2 BZ26-0101 05-01-2026 X, W.A.")
_ROW_PREFIX = regex.compile(r"[ \t]*(?:\d{1,4}[.)]?[ \t]+)?(?:[A-Z]{0,4}\d{2,4}[-/]\d{2,6}[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ \t]+)?"
                            r"(?:\d{1,2}[:.]\d{2}[ \t]+)?")
_BRACKET_REST = regex.compile(r"[ ]*\([^()\n]{1,60}\)[ ]*[;,]?[ ]*")
_TIME_TAIL = regex.compile(r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*")
# a table's column rule that OCR read as a character between two cells ("Keurentjes, M. _ Bakkerij")
_OCR_RULE = regex.compile(r"[ ]+[_|][ ]")


class ReversedNames:
    """Mixin of NameEngine (names.py); expects `self.lex`, `self.sc` and the word questions of
    NameWords."""

    def _reversed(self, idx: TextIndex, blocked: set[int], layout, used: set[int]) -> list[NameHit]:
        out: list[NameHit] = []
        pending: list[NameHit] = []
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
            head = text[ls0:toks[left[0]].start]
            row = bool(head.strip()) and _ROW_PREFIX.fullmatch(head) is not None
            # the left part starts the entry (line start, ";" or ":" before it)
            if lay != "chat_header" and not row and j >= 0 and toks[j].line == li and \
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
            # a transcript's speaker line: "Knol, Pieter 0:00:31" (only a time after the name)
            if not lay and _TIME_TAIL.fullmatch(text[toks[right[-1]].end:idx.line_span(li)[1]]) and \
                    not text[idx.line_span(li)[0]:toks[left[0]].start].strip():
                lay = "chat_header"
                j = len(toks)
            # a register row's "Surname, I." ("4<TAB>Latumahina, R. bewoner, ..."): OCR may lose
            # the tab after the initials, which end the entry by themselves
            row_initials = row and all(self.chunk_kind(toks[x]) == I for x in right)
            cell_rule = _OCR_RULE.match(text, toks[right[-1]].end) is not None
            # the entry ends here (";", "<", end of line, tab)
            if j < len(toks) and toks[j].line == li and not row_initials and not cell_rule:
                nxt = toks[j]
                ends = (";", "<", "(", "[", ":") if lay == "chat_header" else (";", "<", "(", "[")
                if not ((nxt.kind == "punct" and nxt.text in ends) or "\t" in text[toks[right[-1]].end:nxt.start]):
                    continue
            # the entry must be the whole line (or the whole table cell) unless in an e-mail header
            if not lay:
                ls, le = idx.line_span(li)
                cs = max(ls, text.rfind("\t", ls, toks[left[0]].start) + 1)
                ce = text.find("\t", toks[right[-1]].end, le)
                ce = le if ce < 0 else ce
                rest = text[toks[right[-1]].end:ce]
                # a bracket with the function or organisation may follow: "Ottema, F. (KGG)"
                if text[cs:toks[left[0]].start].strip() and not row or rest.strip(" ;") and not (
                        _BRACKET_REST.fullmatch(rest) or row_initials or cell_rule):
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
            pending_only = False
            if rw and not any(fq):
                if lay and all(self.quality(toks[x].text) == "unknown" for x in rw):
                    pass
                elif not lay and all(self.quality(w) == "unknown" for w in lw + [toks[x].text for x in rw]):
                    pending_only = True     # "Nuur, Hibaaq": a name only in a list of such names
                else:
                    continue
            # a surname with tussenvoegsels or two parts ("Van der Wiel", "Kortenhoeven-Dijk")
            # is name-shaped enough for a first name that is also a word
            shaped = any(self.chunk_kind(toks[x]) == T for x in left) or any("-" in w for w in lw)
            if not lay and rw and max(fq) < (1 if shaped else 2) and not pending_only:
                continue
            lq = [self.quality(w) for w in lw]
            # (a register's "Surname, I." after its row number may be a surname that is also a
            # listed proper noun: "Bavinck, R.")
            if any(q == "proper" for q in lq) and not lay and not row_initials:
                continue
            if all(q == "word" for q in lq) and not lay and not shaped:
                continue
            if all(q == "word" for q in lq) and not any(w in self.lex.surnames for w in lw) \
                    and not (lay == "email_header" and rw and max(fq) >= 1):
                continue      # (but "CC:<TAB>Hoekveld, Fedde <…>": a listed first name in a mail header)
            st, en = toks[left[0]].start, toks[right[-1]].end
            tvt = " ".join(toks[x].text for x in rt)
            lefttv = [toks[x].text for x in left if self.chunk_kind(toks[x]) == T]
            (pending if pending_only else out).append(NameHit(st, en, [toks[x].text for x in rw], "".join(toks[x].text for x in ri),
                               " ".join(lefttv + ([tvt] if tvt else [])).strip(), " ".join(lw), "rev",
                               self.sc["person_strong"], lay or "reversed", "Achternaam, Voornaam",
                               "", (left[0], right[-1])))
            if not pending_only:
                used.update(left)
                used.update(right)
        # a line "Surname, First" of unknown words right above or below a found one is the
        # next name of the same list (a wedding schedule: "Jama, Abdi" / "Nuur, Hibaaq")
        lines = {idx.line_of(h.start) for h in out}
        added = True
        while pending and added:
            added = False
            for h in list(pending):
                li = idx.line_of(h.start)
                if li - 1 in lines or li + 1 in lines:
                    pending.remove(h)
                    out.append(h)
                    lines.add(li)
                    used.update(range(h.tokens[0], h.tokens[1] + 1))
                    added = True
        return out
