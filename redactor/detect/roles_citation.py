"""Person mentions that are no office holder's but still tell the policy something, read from
rules/policy.yaml (`authors`, `press`, `historical`): the author of a cited published work,
a historical person, a spokesperson quoted in a press release."""
from __future__ import annotations

import regex

from ..models import Finding
from .text import TextIndex

_QUOTED = regex.compile(r"[‘“„\"][^’”\"\n]{1,120}[’”\"]")
_NAMES_ONLY = regex.compile(r"(?:\s*(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|te|het|'t|en|&|,)\s*)*")
_IN_BRACKET_YEAR = regex.compile(r"(?:\s*(?:,|en|&)\s*(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|'t)"
                                 r"(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|'t))*)*(?:\s+et\s+al\.?)?"
                                 # a title between the authors and the year: "(X en Y, Planschade, 2022, p. 214)"
                                 r"(?:\s*,\s*\p{Lu}[^()\n,]{2,80})?"
                                 r"\s*,?\s*(?:19|20)\d{2}[a-z]?\s*[);:,]")

# a name followed by a quoted title and a year: a literature reference
_QUOTED_TITLE_YEAR = regex.compile(r",[ \t]*[\u2018\u201c'\u0022][^\u2019\u201d'\u0022\n]{3,150}[\u2019\u201d'\u0022],?[^\n]{0,60}?(?:19|20)\d{2}")

# a reference pointed to ("zie ook:", "bron:", "vgl.") with an unquoted title and a year after it
_SEE_BEFORE = regex.compile(r"(?i)(?:\bzie(?:[ ]+ook)?|\bbron(?:nen)?|\bliteratuur|\bvgl\.|\bcf\.)[ ]*:?[ ]*$")
# the title, then a publisher (capitalised) and the year: "…, De staat van …, SCP 2022"
_TITLE_YEAR = regex.compile(r",[ \t]+\p{Lu}[^\n,\d]{4,150},[ \t]*\p{Lu}[^\n]{0,60}?(?:19|20)\d{2}\b")
_JOIN_BEFORE = regex.compile(r"(?:[ ]*,[ ]*|[ ]+(?:en|&)[ ]+)$")
_JOIN_AFTER = regex.compile(r"(?:[ ]*,[ ]*|[ ]+(?:en|&)[ ]+)")
# a colon and an opening quotation mark after the name (and its organisation) on the same line
_QUOTE_AFTER = regex.compile(r"[^\n:“”\"„‘’.!?]{0,60}:[ ]*[“\"„‘']")
_TITLES = {"ir", "dr", "drs", "prof", "mr", "ing", "dhr", "mevr", "ds"}
_HEAD = 400      # characters: the letterhead and title of a document


class Citations:
    """Mixin of RoleAnnotator (roles.py); expects `self.role_before`, `self.role_word`,
    `self.plural` and `self.fillers`."""

    def _init_citations(self, policy: dict) -> None:
        au = policy.get("authors") or {}
        self.pub_words = [str(x).lower() for x in au.get("publication_words", [])]
        # the publication words, and compounds ending in "rapport" ("geluidsrapport")
        self.pub_re = regex.compile(r"(?i)(?<!\w)(?:" + "|".join(regex.escape(w) for w in self.pub_words) +
                                    r")\w*|\w+rapport(?!\w)") if self.pub_words else None
        self.author_window = int(au.get("window", 14))
        self.author_nouns = {str(x).lower() for x in au.get("author_nouns", [])}
        self._author_mode = False
        yb = au.get("year_bracket", r"\((?:[^()\n]{0,80}[,;]\s*)?(?:19|20)\d{2}[a-z]?\)")
        self.year_after = regex.compile(
            r"(?:\s*(?:,|en|&)\s*(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|te|het|'t|A)"
            r"(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|'t|A)){0,4}){0,6}"
            r"\s*" + yb)
        self.after_name = regex.compile("|".join(f"(?:{x})" for x in au.get("after_name", []))) \
            if au.get("after_name") else None
        ew = "|".join(regex.escape(str(w)) for w in au.get("eponym_words", []))
        self.eponym_before = regex.compile(r"(?i)(?<![\w-])(?:" + ew + r")-$") if ew else None
        self.eponym_names = regex.compile(r"(?i)(?<![\w-])(?:" + ew + r")-((?-i:\p{Lu})[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)") \
            if ew else None
        pr = policy.get("press") or {}
        self.press_doc = [str(x).lower() for x in pr.get("document_words", [])]
        self.press_end_words = [str(x).lower() for x in pr.get("end_words", [])]
        self.press_nouns = {str(x).lower() for x in pr.get("spokesperson_nouns", [])}
        sv = sorted((str(x).lower() for x in pr.get("speech_verbs", [])), key=len, reverse=True)
        self.speech_re = regex.compile(r"(?i)(?<![\w])(?:" + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in sv)
                                       + r")(?![\w])") if sv else None
        self.press_reason = pr.get("reason", "woordvoerder geciteerd in persbericht")
        hi = policy.get("historical") or {}
        ly = hi.get("life_years")
        self.life_years = regex.compile(ly) if ly else None
        hb = [str(x).lower() for x in hi.get("before", [])]
        self.hist_re = regex.compile(r"(?i)(?:" + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in hb) +
                                     r")\s+(?:(?:de|het|een)\s+\p{Ll}+\s+)?(?:(?-i:\p{Lu})[\w'’-]*\s+){0,2}$") if hb else None

    @staticmethod
    def _see_reference(text: str, f: Finding, persons_by_end: dict[int, Finding]) -> bool:
        """A reference pointed to ("zie ook:", "bron:") of one or more authors ("P. de Vries en
        K. Amrani"), then an unquoted title and a year."""
        start, end = f.start, f.end
        for _ in range(4):       # back over the authors before this one
            m = _JOIN_BEFORE.search(text, max(0, start - 6), start)
            prev = persons_by_end.get(m.start()) if m else None
            if prev is None:
                break
            start = prev.start
        if not _SEE_BEFORE.search(text, max(0, start - 20), start):
            return False
        # the persons by start, made only here (rarely) and not per person: that grew with the
        # square of a long document's persons (issue 7)
        by_start = {p.start: p for p in persons_by_end.values()}
        for _ in range(4):       # on over the authors after it
            m = _JOIN_AFTER.match(text, end)
            nxt = by_start.get(m.end()) if m else None
            if nxt is None:
                break
            end = nxt.end
        return bool(_TITLE_YEAR.match(text, end))

    def _eponyms(self, text: str) -> str:
        """The names after "commissie-", "rapport-" ... in the text, one per line (cached per text)."""
        if getattr(self, "_eponym_text", None) is not text:
            names = self.eponym_names.findall(text)
            self._eponym_text, self._eponym_names = text, "\n" + "".join(n + "\n" for n in names)
        return self._eponym_names

    def is_citation(self, idx: TextIndex, f: Finding, persons_by_end: dict[int, Finding]) -> bool:
        text = idx.text
        if self.year_after.match(text, f.end):
            return True
        if self.after_name and self.after_name.match(text, f.end):
            return True     # "Volgens X c.s.", "X et al."
        if self.eponym_before:
            if self.eponym_before.search(text, max(0, f.start - 30), f.start):
                return True     # "het rapport van de commissie-Hammersma"
            sur = f.context.get("surname") or ""
            if len(sur) >= 3 and "\n" + sur + "\n" in self._eponyms(text):
                return True     # "Marjan X" chairs what the text calls "de commissie-X"
        if _QUOTED_TITLE_YEAR.match(text, f.end):
            return True     # "zie Hoogland-Sarmo, ‘Invordering na legalisatie’, JBplus 2023/14"
        if self._see_reference(text, f, persons_by_end):
            return True     # "Zie ook: M. Oudkerk, De staat van het sociaal domein, SCP 2022"
        # inside a bracket that ends in a year: "(Gerritsen en Lutz-Hagedoorn, 2023)"
        op = text.rfind("(", max(0, f.start - 80), f.start)
        if op >= 0 and ")" not in text[op:f.start] and _NAMES_ONLY.fullmatch(text[op + 1:f.start]) \
                and _IN_BRACKET_YEAR.match(text, f.end):
            return True
        if not self.pub_re:
            return False
        # walk back over a list of names to the word before it
        toks = idx.tokens
        i = idx.token_at(f.start) - 1
        hops = 0
        while i >= 0 and hops < 4:
            t = toks[i]
            if t.text.lower() in ("en", "&", ",") and i > 0:
                j = i - 1
                # the previous author's part in brackets: "door A (onderzoeksleider) en B"
                if toks[j].text == ")":
                    k = j - 1
                    while k > 0 and j - k < 6 and toks[k].text != "(" and toks[k].text[:1].islower():
                        k -= 1
                    if k > 0 and toks[k].text == "(" and k < j - 1:
                        j = k - 1
                if toks[j].end in persons_by_end:
                    i = idx.token_at(persons_by_end[toks[j].end].start) - 1
                    hops += 1
                    continue
                # an undetected capitalised name in the list ("van Heijmans en Van Vliet-Kuyper")
                k = j
                while k >= 0 and toks[k].text[:1].isupper() and toks[k].kind in ("word", "init") and j - k < 4:
                    k -= 1
                if k < j:
                    i = k
                    hops += 1
                    continue
            break
        # a title before the (first) name: "door ir. Marten Oosterhof"
        while i > 0 and (toks[i].text == "." or toks[i].text.lower() in _TITLES):
            i -= 1
        # lower case: "Van<TAB>mr. X" is a memo's sender label, not "a study by"
        if i < 0 or toks[i].text not in ("van", "door"):
            return False
        # "Opgemaakt door<TAB>X" / "door: X": a form's field for who drew up this document
        # (an officer's report, a memo), not a sentence citing a published work
        if i + 1 < len(toks) and regex.search(r"[\t:]", text[toks[i].end:toks[i + 1].start + 1]):
            return False
        lo = toks[max(0, i - 2 * self.author_window)].start
        seg = text[lo:toks[i].start]
        seg = _QUOTED.sub(" ", seg)      # a quoted title ("‘Vertrouwen op afstand. Burgers …’") is no sentence end
        cut = max(seg.rfind(". "), seg.rfind(".\n"), seg.rfind("\n\n"))
        if cut >= 0:
            seg = seg[cut:]
        return bool(self.pub_re.search(seg))

    def after_author_noun(self, idx: TextIndex, f: Finding, persons_by_end: dict[int, Finding]) -> bool:
        """"De onderzoekers A en B concluderen ...": researchers named as the authors of a study."""
        if not self.author_nouns:
            return False
        self._author_mode = True
        saved = self.plural
        self.plural = self.plural | self.author_nouns
        try:
            return bool(self.role_before(idx, f, persons_by_end))
        finally:
            self._author_mode = False
            self.plural = saved

    def is_historical(self, idx: TextIndex, f: Finding) -> bool:
        if self.life_years and self.life_years.match(idx.text, f.end):
            return True      # "X (1921–1998)"
        if not self.hist_re:
            return False
        lo = max(0, f.start - 40)
        return bool(self.hist_re.search(idx.text[lo:f.start]))

    def press_end(self, idx: TextIndex) -> int:
        """-1 if the document is no press release, else the offset where the release itself ends
        (the note for the editors) or the end of the text."""
        low = idx.text.lower()
        # a press release says so at its head or ends with a note for the editors; a memo that
        # mentions "het persbericht" in passing is none ("afgestemd met woordvoerder X")
        head = [ln for ln in low[:_HEAD].splitlines() if ln.strip()][:5]
        if not self.press_doc or not (any(w in ln for ln in head if len(ln) <= 60 for w in self.press_doc)
                                      or any(w in low for w in self.press_doc if " " in w)):
            return -1
        ends = [low.find(w) for w in self.press_end_words if w in low]
        return min(ends) if ends else len(low)

    def is_press_quote(self, idx: TextIndex, f: Finding, end: int) -> bool:
        """A spokesperson or a person quoted with a speech verb, in the press release itself."""
        if end < 0 or f.start >= end:
            return False
        text = idx.text
        toks = idx.tokens
        i = idx.token_at(f.start) - 1
        steps = 0
        while i >= 0 and steps < 3:
            t = toks[i]
            if t.kind == "word" and t.text.lower() in self.press_nouns:
                return True
            if t.kind == "word" and (t.text.lower() in self.fillers or t.text[:1].islower() and
                                     (self.role_word(t.text) or t.text.lower() in self.press_nouns)):
                i -= 1
                steps += 1
                continue
            if t.kind == "punct" and t.text in (",",):
                i -= 1
                steps += 1
                continue
            break
        if _QUOTE_AFTER.match(text, f.end):
            return True     # "Directeur X van Bibliotheek Y: “We verwachten …”"
        if self.speech_re:
            # "…”, zegt X" / "X zegt: “…”" with a quotation in the same or the next sentence
            before = text[max(0, f.start - 40):f.start]
            after = text[f.end:f.end + 40]
            near = self.speech_re.search(before.split(".")[-1]) or self.speech_re.match(after.lstrip(" ,:"))
            if near:
                lo, hi = max(0, f.start - 250), min(len(text), f.end + 250)
                if any(q in text[lo:hi] for q in ("“", "”", '"', "„")):
                    return True
        return False
