"""Role context of person mentions, read from rules/policy.yaml (`roles`, `authors`,
`historical`): the role word next to a name, a party in brackets, the signature of an office
holder, a citation of a published work. The detector records what it sees in the finding's
context; the policy decides what is kept. Citations, historical persons and press quotes:
roles_citation.py; roles in table rows: roles_table.py."""
from __future__ import annotations

import regex

from ..models import Finding, Label
from .roles_citation import Citations
from .roles_table import _SPLIT_WORDS, TableRoles
from .text import TextIndex


_BRACKET = regex.compile(r"\s*\(([^()\n]{1,40})\)")
# (also across a column rule OCR read as "_" or "|": "Sjoerdsma, G. _ wethouder gemeente X")
_APPOS = regex.compile(r"(?:\s*,|[ ]+[_|])\s*(?:de\s+|het\s+)?([\p{L}-]+)")
# after initials that end the name, the next cell's function may follow a space only (OCR)
_AFTER_INITIALS = regex.compile(r"[ ]+([\p{L}-]+)")
_WORDS = regex.compile(r"\p{L}+")
_COLOPHON_LINE = regex.compile(r"(?:ons|uw)?[ ]?(?:kenmerk|referentie|datum|bijlagen?|pagina)\b[ :\t]*[\w/. -]{0,40}$")
# the fields of a memo's head ("Via<TAB>DG X, drs. Y" under "Aan<TAB>de staatssecretaris van Z")
_MEMO_FIELDS = frozenset(("aan", "van", "via", "cc", "bcc", "kopie", "kopie aan", "afschrift aan", "datum", "door"))
# the only words allowed before the name on the line a role phrase wraps to ("... van
# Noardeast-Fryslân, de" / "heer Durk X")
_WRAP_TITLES = frozenset(("de", "heer", "mevrouw", "mw", "mevr", "dhr", "mr", "drs", "dr", "ir", "ing", "prof"))
_FOR_ATTENTION = regex.compile(r"(?i)(?<!\w)(?:t\.?[ ]?a\.?[ ]?v\.?|attn?\.?|ter attentie van)(?!\w)")
_TITLE_OPT = r"(?:(?:de\s+heer|mevrouw|dhr\.?|mevr\.?|mw\.?)\s+)?"
_NAME_SMALL = {"van", "de", "der", "den", "het", "ter", "ten", "te", "t", "dhr", "mevr", "mr", "drs", "dr", "ir", "ing",
               "prof", "heer", "mevrouw", "mw", "en"}


class RoleAnnotator(Citations, TableRoles):
    def __init__(self, policy: dict, header_labels: list[str] | None = None):
        self.header_labels = {h.lower() for h in (header_labels or [])}
        roles = policy.get("roles") or {}
        self.window = int(roles.get("window", 4))
        self.fillers = {str(x).lower() for x in roles.get("fillers", [])}
        self.kept: dict[str, str] = {str(k).lower(): str(v) for k, v in (roles.get("kept") or {}).items()}
        self.kept_after = {str(k).lower(): [str(x).lower() for x in v] for k, v in (roles.get("kept_after") or {}).items()}
        self.single = {k for k in self.kept if " " not in k}
        self.multi_kept = multi = sorted((k for k in self.kept if " " in k), key=len, reverse=True)
        self.multi_re = regex.compile(r"(?i)(?P<role>" + "|".join(regex.escape(m).replace(r"\ ", r"\s+") for m in multi) +
                                      r")(?:\s+(?:in|van|voor)\s+(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*){0,3})?"
                                      r"\s*,?\s*" + _TITLE_OPT + r"$") if multi else None
        self.parties = {str(p).lower() for p in roles.get("parties", [])}
        self.plural = {str(p).lower() for p in roles.get("plural", [])}
        singles = sorted((k for k in self.kept if " " not in k and k not in self.kept_after), key=len, reverse=True)
        self.role_of_re = regex.compile(
            r"(?i)(?<![\w-])(" + "|".join(regex.escape(k) for k in singles) + r")\s+(?:van|voor)\s+"
            r"(?:(?-i:\p{Lu})[\w'’&-]*|en|van|de|der|het|voor)(?:\s+(?:(?-i:\p{Lu})[\w'’&-]*|en|van|de|der|het|voor)){0,6}"
            r"\s*[,(]?\s*" + _TITLE_OPT + r"$") if singles else None     # (also "... van Financiën (X)")
        self.behalf_words = {str(p).lower() for p in roles.get("behalf_words", ["namens", "i.o", "io", "plv", "wnd"])}
        self.party_reason = roles.get("party_reason", "volksvertegenwoordiger in functie")
        self.sig_heads = [str(x).lower() for x in roles.get("signature_heads", [])]
        self.on_behalf = [str(x).lower() for x in roles.get("on_behalf", [])]
        self._init_citations(policy)
        self.bodies = [str(b).lower() for b in roles.get("bodies", [])]
        self.signer_functions = {str(x).lower() for x in roles.get("signer_functions", [])}
        motions = [str(x) for x in roles.get("named_motions", [])]
        self.motion_re = regex.compile(r"(?i)(?<![\w])(?:" + "|".join(regex.escape(m) for m in motions) +
                                       r")-(?:[\p{L}'’ -]{1,40}/)*$") if motions else None
        self.motion_role = str(roles.get("named_motion_role", "kamerlid")).lower()

    # ------------------------------------------------------------------ role words
    def role_word(self, w: str, prev: str = "") -> str:
        lw = w.lower().strip(",.:;()")
        if self._author_mode:
            return lw if lw in self.author_nouns else ""
        if lw in self.kept_after:
            return lw if prev.lower() in self.kept_after[lw] else ""
        if lw in self.single:
            return lw
        return ""

    def role_before(self, idx: TextIndex, f: Finding, persons_by_end: dict[int, Finding]) -> str:
        if self.motion_re is not None and not self._author_mode and \
                self.motion_re.search(idx.text, max(0, f.start - 80), f.start):
            return self.motion_role      # "de motie-Lagerweij/Sutanto": its submitters
        toks = idx.tokens
        i = idx.token_at(f.start) - 1
        hops = 0
        steps = 0
        head_of_list = None
        line = idx.line_of(f.start)
        while i >= 0 and steps <= self.window + 2:
            t = toks[i]
            tl = idx.line_of(t.start)
            if tl < line - 1:
                break
            if tl < line and "\t" in idx.line_text(line) and "\t" in idx.line_text(tl):
                break       # cells side by side ("de secretaris,<TAB>de burgemeester,"): role_signature
            if i + 1 < len(toks) and "\t" in idx.text[t.end:toks[i + 1].start]:
                break       # a table cell ends here: "Nota aan minister<TAB>J. de Vries" is no role
            lw = t.text.lower()
            if t.kind == "punct" and t.text in (".", "!", "?", ";") and not (i > 0 and toks[i - 1].kind in ("word",) and
                                                                                toks[i - 1].text.lower() in self.fillers):
                break
            if t.kind == "punct" and t.text == ")" :
                # skip a bracket "(D66)" after a previous name in a list
                j = i
                while j >= 0 and toks[j].text != "(" and i - j < 8:
                    j -= 1
                i = j - 1
                continue
            if lw in ("en", "&", ",") and hops < 3:
                # a list of names: "Kamerleden A (D66) en B"
                j = i - 1
                while j >= 0 and toks[j].kind == "punct" and toks[j].text in (")",):
                    k = j
                    while k >= 0 and toks[k].text != "(" and j - k < 8:
                        k -= 1
                    j = k - 1
                if j >= 0 and toks[j].end in persons_by_end:
                    prev = persons_by_end[toks[j].end]
                    head_of_list = prev
                    i = idx.token_at(prev.start) - 1
                    hops += 1
                    continue
                if lw == ",":
                    i -= 1
                    steps += 1
                    continue
                break
            r = self.role_word(t.text, toks[i - 1].text if i > 0 else "")
            if r:
                # "namens de minister, X": X acts on the office holder's behalf; but in
                # "namens burgemeester X" (no comma) X is the office holder herself
                if any(toks[k].text.lower().rstrip(".") in self.behalf_words for k in range(max(0, i - 3), i)) \
                        and "," in idx.text[t.end:f.start]:
                    return ""
                # a role word inside the name of a body ("burgemeester en wethouders")
                head = idx.text[max(0, t.start - 40):t.end].lower()
                if any(" ".join(head.split()).endswith(b) for b in self.bodies):
                    return ""
                # a list "A en B" shares the role only when the role word is plural ("Kamerleden A en B")
                # or each name carries a party ("Kamerlid A (D66) en B (VVD)")
                if hops and r not in self.plural and not self.role_after(idx, f)[0] == "party":
                    return ""
                return r
            if lw in self.fillers or t.kind == "punct":
                i -= 1
                steps += 1
                continue
            break
        if self.multi_re:
            ls = max(idx.line_starts[max(0, line - 1)], f.start - 160)
            m = self.multi_re.search(idx.text, ls, f.start)
            if m:
                return " ".join(m.group("role").lower().split())
        # "de staatssecretaris van JenV, X", "minister voor Wonen X": role + organisation + name
        if self.role_of_re:
            up = line - 1
            if up >= 1 and "\t" not in idx.line_text(up) and idx.line_text(up).rstrip().endswith(","):
                up -= 1     # a wrapped cell: "Minister van Binnenlandse" / "Zaken en Koninkrijksrelaties," / X
            lo = max(idx.line_starts[max(0, up)], f.start - 160)
            m = self.role_of_re.search(idx.text, lo, f.start)
            if m and "\n" in idx.text[m.start():f.start]:
                own = idx.text[idx.line_starts[line]:f.start]
                above = idx.text[m.start():idx.line_starts[line]].rstrip()
                if "\t" in own or not above.endswith(",") and any(
                        w.lower() not in _WRAP_TITLES for w in _WORDS.findall(own)):
                    # "Aan<TAB>de minister van X" / "Van<TAB>Name", "Aan de minister van X" / "van
                    # Name, directeur": two fields of a header, not a wrapped signature head
                    m = None
            if m:
                # "namens het college van burgemeester en wethouders van A, X": X signs on
                # behalf of a body (the whole line counts, and the body's own name)
                pre = idx.text[max(0, idx.text.rfind("\n", 0, m.start()) + 1, m.start() - 80):m.start()].lower()
                body = " ".join(idx.text[max(0, m.start() - 40):m.end(1)].lower().split())
                if not any(b in pre.split() for b in self.behalf_words) and \
                        not any(body.endswith(b) for b in self.bodies):
                    return self.role_word(m.group(1))
            # "de wethouders van A en B, X en Y": Y shares the plural role that X has
            if hops and head_of_list is not None:
                hl = idx.line_of(head_of_list.start)
                lo = max(idx.line_starts[max(0, hl - 1)], head_of_list.start - 160)
                m = self.role_of_re.search(idx.text, lo, head_of_list.start)
                if m and m.group(1).lower() in self.plural:
                    pre = idx.text[max(0, m.start() - 25):m.start()].lower()
                    if not any(b in pre.split() for b in self.behalf_words):
                        return self.role_word(m.group(1))
        return ""

    def role_after(self, idx: TextIndex, f: Finding) -> tuple[str, str]:
        text = idx.text
        tail = text[f.end:f.end + 80]
        m = _BRACKET.match(tail)
        if m:
            inner = m.group(1).strip()
            first = _SPLIT_WORDS.split(inner)[0].lower()
            # "Gerbrich Leistra (GL, voorzitter)": her initials, not GroenLinks
            own = "".join(w[0] for w in _WORDS.findall(idx.text[f.start:f.end]) if w[0].isupper()).lower()
            if (inner.lower() in self.parties or first in self.parties) and first != own:
                return "party", inner
            r = self.role_word(first)
            if r:
                return r, inner
        m = _APPOS.match(tail) or (_AFTER_INITIALS.match(tail) if f.text.endswith(".") else None)
        if m:
            r = self.role_word(m.group(1))
            if r:
                return r, ""
        return "", ""

    def _signs_as_official(self, idx: TextIndex, f: Finding) -> bool:
        """A name alone on its line under an office holder's head, with a civil servant's
        function on the next line ("Eva X / plv. Secretaris-Generaal", "X / Hoofd Publiekrecht")
        or a policy `on_behalf` phrase anywhere in the head ("DE MINISTER VAN FINANCIËN, namens
        deze,"): the official signs for the office holder."""
        li = idx.line_of(f.start)
        line = idx.line_text(li)
        if " ".join(line.split()).strip(" ,") != " ".join(idx.text[f.start:f.end].split()) and \
                len(_WORDS.findall(line)) > len(_WORDS.findall(idx.text[f.start:f.end])) + 3:
            return False      # running text, not a signature line
        j = li + 1
        while j < idx.n_lines and not idx.line_text(j).strip():
            j += 1
        if j < idx.n_lines:
            nxt = _SPLIT_WORDS.split(idx.line_text(j).strip().lower())
            if nxt and nxt[0].rstrip(".") in self.signer_functions:
                return True
        above = []
        j = li - 1
        while j >= 0 and len(above) < 3:
            if idx.line_text(j).strip():
                above.append(" ".join(idx.line_text(j).lower().split()))
            j -= 1
        return any(b in a for a in above for b in self.on_behalf)

    def role_below(self, idx: TextIndex, f: Finding, person_lines: set[int]) -> str:
        """A signer whose own function line names an office ("Mirthe X" / "wethouder Cultuur
        en Erfgoed"), also under "namens dezen": a wethouder signs for the college."""
        li = idx.line_of(f.start)
        line = idx.line_text(li)
        if " ".join(line.split()).strip(" ,") != " ".join(idx.text[f.start:f.end].split()):
            return ""
        j = li + 1
        if j >= idx.n_lines or j in person_lines:
            return ""
        below = idx.line_text(j)
        if "\t" in below or any(ch.isdigit() for ch in below):
            return ""     # a table's next row, an address line ("Burgemeester Grothestraat 41")
        w = [x for x in _SPLIT_WORDS.split(below.strip().lower()) if x]
        if not w or len(w) > 8:
            return ""
        return self.role_word(w[0])

    def role_signature(self, idx: TextIndex, f: Finding, person_lines: set[int] | None = None) -> str:
        """The office holder signs: "De minister van ...," (a line ending in a comma) a few lines
        above a name that stands on its own line, with no "namens deze" in between; or an address
        block "Burgemeester van X" right above "de heer Y"."""
        li = idx.line_of(f.start)
        ls, le = idx.line_span(li)
        cs = idx.text.rfind("\t", ls, f.start)
        ce = idx.text.find("\t", f.end, le)
        before = idx.text[(cs + 1 if cs >= 0 else ls):f.start]
        rest = (before + idx.text[f.end:(ce if ce >= 0 else le)]).strip(" ,.\t")
        if rest and len([w for w in _WORDS.findall(rest) if w.lower() not in _NAME_SMALL]) > 2:
            return ""
        if _FOR_ATTENTION.search(before):
            return ""      # "t.a.v. de heer X" under "De burgemeester van Y": someone at the office
        if ":" in before:
            return ""      # a labelled field under the signature ("Behandelaar: X"), not the signer
        # the cell of the name on its line (signatures side by side: "de secretaris,\tde burgemeester,")
        line_txt = idx.text[ls:le]
        cells = line_txt.split("\t")
        cell_i = line_txt[:f.start - ls].count("\t")
        n_cells = len(cells)
        # other cells must be names too (side-by-side signatures), not a label ("Behandeld door\tX")
        for k, c in enumerate(cells):
            c = c.strip()
            if k == cell_i or not c:
                continue
            if c.rstrip(":").lower() in self.header_labels or c.rstrip(":").lower() in _MEMO_FIELDS \
                    or c.endswith(":") or any(
                    w[:1].islower() and w.lower() not in _NAME_SMALL for w in _WORDS.findall(c)):
                return ""

        def cell_of(t: str) -> str:
            if n_cells > 1 and t.count("\t") + 1 == n_cells:
                return t.split("\t")[cell_i]
            return t
        # an address block: "Burgemeester van Leeuwarden" right above "de heer X"
        j = li - 1
        while j >= 0 and not idx.line_text(j).strip():
            j -= 1
        if j >= 0 and ("\t" not in idx.line_text(j) or n_cells > 1):
            prev = cell_of(idx.line_text(j)).strip().lower() if j >= 0 else ""
            w = _SPLIT_WORDS.split(prev)
            if len(w) > 1 and w[0] in ("de", "het") and n_cells == 1:
                # "De burgemeester van Kerkrade" / "de heer mr. R. X" as an address block (not
                # the fields "Aan<TAB>de minister" / "Via<TAB>X" of a memo's head)
                w = w[1:]
            # (one addressee: not a plural role or a list item, "gedeputeerden van de provincies;")
            if w and len(w) <= 6 and self.role_word(w[0]) and (len(w) == 1 or w[1] in ("van", "voor", "der", "")) \
                    and w[0] not in self.plural and not prev.endswith((";", ",")) and ";" not in prev \
                    and (person_lines is None or j not in person_lines):
                # (not a line that names the office holder already: "minister X; Y" in a
                # calendar's attendee cell above "Optioneel<TAB>Z, Samir")
                return self.role_word(w[0])
        # a signature: the closest line above ends with a comma, a head line within 4 lines
        lines = []
        j = li - 1
        while j >= 0 and len(lines) < 4:
            t = cell_of(idx.line_text(j)).strip()
            if t:
                lines.append((j, t))
            j -= 1
        for lj, orig in lines:
            t = orig.lower()
            if any(t.startswith(b) for b in self.on_behalf):
                return ""
            if person_lines is not None and lj in person_lines or ";" in t:
                return ""    # a line that names people ("minister X; Y, Tobias"), not a signature's head
            for h in self.sig_heads:
                if t.startswith(h):
                    for w in _SPLIT_WORDS.split(h):
                        r = self.role_word(w)
                        if r:
                            return r
            # between the head and the name only the wrapped rest of the head line is allowed
            # ("De minister van Binnenlandse Zaken en" / "Koninkrijksrelaties,")
            words = _WORDS.findall(orig)
            if len(orig) <= 8 and len(words) <= 3 and not any(t.startswith(b) for b in self.on_behalf):
                continue     # a few letters read from the ink of the signature itself ("GE sai")
            if _COLOPHON_LINE.match(t):
                continue     # the margin column's reference interleaved ("Ons kenmerk DGKE / 2614…")
            if person_lines is not None and lj in person_lines:
                return ""    # another person's name between the head and this one: that one signed
            if "\t" in orig or len(words) > 5 or any(w[:1].islower() and w not in ("en", "van", "voor", "de", "het")
                                                  for w in words):
                return ""
        return ""

    # ------------------------------------------------------------------ main
    def annotate(self, idx: TextIndex, findings: list[Finding]) -> None:
        persons = [f for f in findings if f.label == Label.PERSON]
        persons_by_end = {f.end: f for f in persons}
        by_start = sorted(persons, key=lambda p: p.start)
        person_lines = {idx.line_of(p.start) for p in persons}
        press_end = self.press_end(idx)
        for f in persons:
            r = self.role_before(idx, f, persons_by_end)
            where = "voor de naam" if r else ""
            if not r:
                r2, inner = self.role_after(idx, f)
                if r2 == "party":
                    f.context["role"] = "party"
                    f.context["role_reason"] = self.party_reason
                    f.context["role_where"] = f"partij ({inner})"
                    continue
                r, where = r2, "na de naam" if r2 else ""
            if not r:
                r = self.role_row(idx, f, by_start)
                where = "in dezelfde tabelrij" if r else ""
            if not r:
                r = self.role_signature(idx, f, person_lines)
                where = "ondertekening" if r else ""
            if r and r not in ("party", "press") and self._signs_as_official(idx, f):
                r, where = "", ""
            if not r:
                r = self.role_below(idx, f, person_lines)
                where = "functie onder de naam" if r else ""
            if r:
                f.context["role"] = r
                f.context["role_reason"] = self.kept.get(r, f"{r} in functie")
                f.context["role_where"] = where
            elif self.is_citation(idx, f, persons_by_end) or self.after_author_noun(idx, f, persons_by_end):
                f.context["citation"] = "1"
            elif self.is_historical(idx, f):
                f.context["historical"] = "1"
            elif self.is_press_quote(idx, f, press_end):
                f.context["role"] = "press"
                f.context["role_reason"] = self.press_reason
                f.context["role_where"] = "persbericht"
        # the same person is treated the same way in the whole document
        by_person: dict[str, list[Finding]] = {}
        for f in findings:
            k = f.context.get("person")
            if k:
                by_person.setdefault(k, []).append(f)
        for k, fs in by_person.items():
            roles = [f for f in fs if f.context.get("role")]
            if roles:
                for f in fs:
                    f.context.setdefault("person_role", roles[0].context["role"])
                    f.context.setdefault("person_role_reason", roles[0].context.get("role_reason", ""))
            elif any(f.context.get("citation") for f in fs):
                for f in fs:
                    f.context.setdefault("person_citation", "1")
            elif any(f.context.get("historical") for f in fs):
                for f in fs:
                    f.context.setdefault("historical", "1")
