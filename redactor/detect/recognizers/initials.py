"""Recognizer `initials`: paraphs and action-list owners ("SvdM", "JPW", "TdB")."""
from __future__ import annotations

from collections import Counter

import regex

from ...models import Label
from ..person_forms import initials_variants
from ..registry import Analysis, Recognizer, recognizer
from ..resources import words_regex
from ..text import Spans
from .names import postcode_letter_tokens

_CELL_TOKS = regex.compile(r"[\p{L}\d./-]+")
# "Lotte Vrij (LV)", "(LV, secretaris)", "(data-analist; XL)": initials in the brackets after a name
_DECLARED = regex.compile(r"[ \t]*\((?:[^()\n]{0,80}?[;,][ \t]*)?(\p{Lu}[\p{L}]{1,5})[,;)]")
def _initials_pair(text: str, s: int, e: int, lex) -> bool:
    """"HK/TvD": initials joined by a slash to other initials, the pair alone in its cell
    (not "BZK/DGOO": an organisation's abbreviation in it makes it a unit code)."""
    m = _SLASH_PAIR.match(text, max(0, text.rfind("\t", 0, s) + 1, text.rfind("\n", 0, s) + 1))
    if not m or not (m.start() <= s and e <= m.end()):
        return False
    parts = m.group().strip().split("/")
    return all(INITIALS_SHAPE.match(x) and x not in lex.acronyms and x.upper() not in lex.acronyms for x in parts)


_SLASH_PAIR = regex.compile(r"[ ]*\p{Lu}[\p{L}]{1,5}(?:/\p{Lu}[\p{L}]{1,5})+[ ]*(?=\t|\n|$)")
_SLASHED = regex.compile(r"\p{L}+(?:/\p{L}+)+")


def _split_owners(cell: str) -> str:
    """"HK/TvD" -> "HK TvD": a slash between short initials (at most three capitals each; not
    "LAFP/ANAL", an OCR'd unit code)."""
    def one(m):
        parts = m.group().split("/")
        if all(len(p) <= 4 and sum(ch.isupper() for ch in p) <= 3 for p in parts):
            return " ".join(parts)
        return m.group()
    return _SLASHED.sub(one, cell)


_JOINERS = frozenset(("en", "&", "+", "/"))


def _cell_owners(cell: str) -> list[str]:
    """The tokens of a table cell without the words joining owners ("HK/TvD", "GJB / SC")."""
    return [x for x in _CELL_TOKS.findall(_split_owners(cell)) if x not in _JOINERS]


INITIALS_SHAPE = regex.compile(r"^\p{Lu}{1,3}(?:v|vd|vdr|d|t|te|tv|vt|vh)?\p{Lu}{1,2}\p{Ll}?$")


_TV_SHAPE = regex.compile(r"^\p{Lu}{1,2}(?:v|vd|vdr|d|t|te)\p{Lu}$")


def _spelled_out_before(text: str, pos: int, w: str) -> bool:
    """"Memorie van Toelichting (MvT)": the words before the bracket spell the letters."""
    if not text[max(0, pos - 2):pos].endswith("("):
        return False
    words = regex.findall(r"[\p{L}]+", text[max(0, pos - 80):pos])[-len(w):]
    return "".join(x[0] for x in words).lower() == w.lower()


@recognizer("initials")
class Initials(Recognizer):
    """Initials and paraphs: forms derived from the persons found ("SvdM", "JPW", "TdB"), and
    initials-shaped tokens in paraph contexts (paraph/"Wie" columns, "(EK)" at the end of an
    action, next to a date in a paraph table, after "Ingevuld door:")."""

    stage = 4

    def __init__(self, id, config, res):
        super().__init__(id, config, res)
        self.labels = words_regex(res.ctx_list("initials_labels"))
        self.parties = {str(p).lower() for p in ((res.policy.get("roles") or {}).get("parties") or [])}
        self.speech = set(res.ctx_list("initials_speech_verbs"))
        self.date = regex.compile(r"\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?(?![\d/])")

    @staticmethod
    def _with_article(a: Analysis, w: str) -> bool:
        arts = a.extra.get("article_words")
        if arts is None:
            arts = a.extra["article_words"] = {
                toks[i + 1].text for toks in [a.index.tokens] for i in range(len(toks) - 1)
                if toks[i].text.lower() in ("de", "het", "der") and toks[i + 1].kind == "word"}
        return w in arts

    def _initials_column(self, a: Analysis, t) -> bool:
        """The token is alone in its table cell, and the column's head above is an initials
        label ("Nr.<TAB>Actie<TAB>Wie<TAB>Wanneer")."""
        text = a.text
        ls, le = a.index.line_span(t.line)
        cs = text.rfind("\t", ls, t.start)
        ce = text.find("\t", t.end, le)
        if cs < 0 or text[cs + 1:(ce if ce >= 0 else le)].strip() != t.text or not self.labels:
            return False
        col = text[ls:t.start].count("\t")
        for j in range(t.line - 1, max(-1, t.line - 40), -1):
            cells = a.index.line_text(j).split("\t")
            if len(cells) <= col:
                continue
            c = cells[col].strip()
            if self.labels.fullmatch(c.rstrip(":").lower()):
                return True
            if c and not all(INITIALS_SHAPE.match(x) for x in _cell_owners(c)):
                return False     # the nearest other cell above in the column is another head
        return False

    def _dated_paraph(self, a: Analysis, t) -> bool:
        """The token and a date fill its cell ("TK 21-04-2026"), and a paraph label heads the
        block: a line or cell of just "Parafen" / "Paraaf" up to three lines above."""
        text = a.text
        ls, le = a.index.line_span(t.line)
        cs = text.rfind("\t", ls, t.start)
        ce = text.find("\t", t.end, le)
        if text[cs + 1 if cs >= 0 else ls:t.start].strip() or not self.labels \
                or not self.date.fullmatch(text[t.end:ce if ce >= 0 else le].strip()):
            return False
        for j in range(t.line - 1, max(-1, t.line - 4), -1):
            if any(self.labels.fullmatch(c.strip().rstrip(":").lower()) for c in a.index.line_text(j).split("\t")):
                return True
        return False

    def _context(self, a: Analysis, t, derived: bool = True) -> str:
        """Why a token stands where initials stand ('' if it does not)."""
        text = a.text
        ls, le = a.index.line_span(t.line)
        line = text[ls:le]
        # cell of the token
        cs = text.rfind("\t", ls, t.start)
        ce = text.find("\t", t.end, le)
        cell = text[(cs + 1 if cs >= 0 else ls):(ce if ce >= 0 else le)].strip()
        # several owners in one cell: "HK/TvD", "TvD en LB", "HK + LB"
        toks_cell = _cell_owners(cell)
        # a cell/line that holds only initials ("TdB, JPW", "MW")
        if all(INITIALS_SHAPE.match(x) for x in toks_cell if not self.date.fullmatch(x)) and toks_cell:
            if any(self.date.fullmatch(x) for x in toks_cell):
                return "paraaf met datum"
            if derived or "\t" in line or cell == line.strip():
                return "cel met initialen"
        before = text[max(ls, t.start - 2):t.start]
        after = text[t.end:t.end + 2]
        if before.endswith("(") and after.startswith(")") and derived:
            return "initialen tussen haakjes"
        if self.labels and self.labels.search(text[max(ls, t.start - 30):t.start]):
            return "na label voor paraaf"
        if self.date.match(text[t.end:t.end + 12].lstrip()) and len(toks_cell) <= 3:
            return "paraaf met datum"
        # the subject of a sentence in minutes: "EK vraagt waarop dat is gebaseerd"
        if derived and (t.start == ls or before.endswith(". ") or before.endswith("\n") or not text[ls:t.start].strip()) \
                and regex.match(r" \p{Ll}{2,}", text[t.end:t.end + 12]):
            return "initialen als onderwerp van de zin"
        # a sign-off at the end of a message: ". TD" or a line of its own
        if (before.endswith(". ") or before.endswith("\n")) and (after[:1] in ("", "\n") or t.end == le):
            return "afsluitende initialen"
        return ""

    def analyze(self, a: Analysis):
        out = []
        lex = self.res.lex
        derived: dict[str, object] = {}
        for r in a.persons:
            for v in initials_variants(r):
                derived.setdefault(v, r)
        taken = Spans((f.start, f.end) for f in a.findings if f.label in (Label.PERSON, Label.EMAIL))
        # "Lotte Vrij (LV)": the document itself defines these initials as that person, so
        # every other "LV" in it is her too, even where the letters could be an abbreviation
        declared: set[str] = set()
        for f in a.findings:
            if f.label == Label.PERSON:
                m = _DECLARED.match(a.text, f.end)
                x = m.group(1) if m else ""
                # a party or organisation after a name ("Tuinstra (D66)", "(VVD)") is no
                # definition, unless the letters are that person's initials
                # ... and the letters must contain the surname's initial ("Kuiper (DGOO)" is her
                # unit, "Lotte Vrij (LV)" her paraph)
                # (or start with the first name's: "Zeynep Aydın (ZY)")
                sur = (f.context.get("surname") or f.text.split()[-1]).lstrip("'’")
                first = (f.context.get("first") or f.context.get("initials") or "")[:1].upper()
                # ... and where the first name or initials are known, the letters start with
                # them ("Overgoor, T. (DVO)": her directorate)
                if x and INITIALS_SHAPE.match(x) and (x in derived or not (
                        x in lex.acronyms or x.upper() in lex.acronyms or lex.is_word(x) or x in lex.proper)
                        and (first and x[0] == first or not first and sur[:1].upper() in x.upper())):
                    declared.add(x)
        counts = None
        postcode_letters = postcode_letter_tokens(a)
        for t in a.index.tokens:
            if t.kind != "word" or t.in_url or not (2 <= len(t.text) <= 6) or not t.text[:1].isupper() \
                    or t.i in postcode_letters:
                continue
            w = t.text
            if sum(ch.isupper() for ch in w) < 2 and w not in derived:
                continue
            if taken.covers(t.start):
                continue
            # part of a code or compound ("PB-2024-117", "JZ/2024", "MT-overleg"), but not two
            # owners' initials joined by a slash ("HK/TvD")
            if (a.text[t.end:t.end + 1] in ("-", "/", "_", "@", ".") and a.text[t.end + 1:t.end + 2].isalnum()
                    or a.text[t.start - 1:t.start] in ("-", "/", "_", "@") and t.start > 0) \
                    and not _initials_pair(a.text, t.start, t.end, lex):
                continue
            if w.lower() in self.parties and a.text[t.start - 1:t.start] == "(" and a.text[t.end:t.end + 1] == ")":
                continue    # "Gerrit X (GL)": a party alone in brackets, even where it matches the initials
            r = derived.get(w)
            commonword = w in lex.acronyms or lex.is_word(w) or w in lex.proper or w.upper() in lex.acronyms
            ctx = ""
            if r is None and w in declared:
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score,
                                     "initialen van een gevonden persoon (zo afgekort in het document)",
                                     layout="initials"))
                continue
            if r is not None:
                if (commonword or a.extra.get("initials_need_context")) and w not in declared:
                    ctx = self._context(a, t)
                    if not ctx:
                        continue
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score,
                                     "initialen van een gevonden persoon" + (f" ({ctx})" if ctx else ""),
                                     person=r.key, layout="initials"))
                continue
            if commonword and INITIALS_SHAPE.match(w) and self._dated_paraph(a, t):
                # "TK 21-04-2026" in a row of paraphs under "Parafen": an owner and a date
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                     "initialen (paraaf met datum)", layout="initials"))
                continue
            if commonword and INITIALS_SHAPE.match(w) and self._initials_column(a, t):
                # "AR", "DOL" alone in the cell of a "Wie" column: an owner, whatever else it spells
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                     "initialen (kolom met initialen)", layout="initials"))
                continue
            if not INITIALS_SHAPE.match(w) or commonword or w[-1].islower():
                continue
            if self._with_article(a, w):
                continue    # "de NZa": an organisation's abbreviation
            if _TV_SHAPE.match(w) and not _spelled_out_before(a.text, t.start, w):
                # "MvB", "GvdL": capitals around a lower-case van/de/vd are a person's
                # initials wherever they stand (the abbreviations of that shape are listed)
                out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                     "initialen (met tussenvoegsel)", layout="initials"))
                continue
            if w.isupper() and len(w) >= 3:
                if counts is None:     # counted once (a long document: thousands of candidates)
                    counts = Counter(x.text for x in a.index.tokens)
                if counts[w] > 2:
                    continue    # an abbreviation used throughout the text
            ctx = self._context(a, t, derived=False)
            if not ctx or ctx == "afsluitende initialen":
                continue
            out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                                 f"initialen ({ctx})", layout="initials"))
        out += self._row_siblings(a, out, taken)
        if out or derived:
            out += self._speakers(a, taken, {f.start for f in out})
        return out

    _SPEAKER_BEFORE = regex.compile(r"(?:^|[.!?:]\s+|\n|\b(?:zoals|dat|volgens|toen|omdat|nadat|waarop|en)\s+)$",
                                    regex.IGNORECASE)

    def _speakers(self, a: Analysis, taken: Spans, found: set[int]) -> list:
        """Capitals as the subject of a speaker's verb ("SM vraagt of ...", "Zoals SM in het
        overleg al aangaf"), in a document that writes persons' initials elsewhere: a
        participant nobody introduced. Not a listed abbreviation ("GGD meldt"), a party, a place
        or a function word."""
        if not self.speech:
            return []
        text, toks, lex = a.text, a.index.tokens, self.res.lex
        out = []
        for t in toks:
            w = t.text
            if t.kind != "word" or not (2 <= len(w) <= 3) or not w.isupper() or t.start in found \
                    or taken.covers(t.start) or w in lex.acronyms or w in lex.proper or lex.is_not_name(w) \
                    or w.lower() in self.parties:
                continue
            if not self._SPEAKER_BEFORE.search(text[max(0, t.start - 12):t.start]):
                continue
            # the verb within the same clause, a few words on
            for n in toks[t.i + 1:t.i + 9]:
                if n.kind == "punct" and n.text in (",", ".", ";", ":", "(", "?", "!") or n.line != t.line:
                    break
                if n.kind == "word" and n.text in self.speech:
                    out.append(a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.25,
                                         f"initialen (onderwerp van '{n.text}')", layout="initials"))
                    break
        return out

    def _row_siblings(self, a: Analysis, found: list, taken: Spans) -> list:
        """A register printed without its tabs ("IvG Afgehandeld", "RJ afgehandeld" at the start
        of rows): capitals at a row start followed by the same cell value (a status word) as initials
        found there are the same column's owners, in every row they start."""
        text, toks, lex = a.text, a.index.tokens, self.res.lex

        def cell_after(t):      # the word after a token that starts its line ("Afgehandeld", "afgehandeld")
            ls, _ = a.index.line_span(t.line)
            if text[ls:t.start].strip() or t.i + 1 >= len(toks):
                return None
            n = toks[t.i + 1]
            if n.line != t.line or n.kind != "word" or text[t.end:n.start] != " ":
                return None
            # a short word ("in" of "in behandeling") is no value to compare, but the row counts
            # once the same capitals stand before a shared value in another row
            return n.text.lower() if len(n.text) >= 4 else ""
        values = {cell_after(toks[a.index.token_at(f.start)]) for f in found}
        values -= {None, ""}
        if not values:
            return []
        starts = {f.start for f in found}
        rows: dict[str, list] = {}
        for t in toks:
            if t.kind == "word" and 2 <= len(t.text) <= 3 and t.text.isupper() and t.start not in starts \
                    and not taken.covers(t.start):
                v = cell_after(t)
                if v is not None:
                    rows.setdefault(t.text, []).append((t, v))
        out = []
        for w, occ in rows.items():
            if w in lex.acronyms or w in lex.proper or not any(v in values for _, v in occ):
                continue
            out += [a.finding(t.start, t.end, Label.INITIALS, self.detector, self.score - 0.2,
                              "initialen (kolom met initialen, zonder tabs)", layout="initials") for t, _ in occ]
        return out
