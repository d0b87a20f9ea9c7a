"""Handwritten signatures and paraphs as image findings, and doubtful OCR near names.

`find_signatures(doc)` looks at the page's images (image objects of born-digital PDFs, and
ink blobs the OCR step found in scans, `ImageBox.name` "ink:N") and reports those that sit
in a signature block: below a closing line ("Met vriendelijke groet,", "Hoogachtend,",
"De secretaris,", "namens deze,") and/or directly above a printed name. A drawn paraph next
to a "paraaf" label is reported too. Each finding has label SIGNATURE, the image's area
(`Finding.areas`) and the printed name in `context["person"]`, so the policy can
treat the signature like the name under it (redact with 5.1.2e for a civil servant). The
finding's text span is empty (at the start of the printed name): it stands for an image
area, so a detector must not merge it with, or drop it for, the text findings of the name.

`find_low_confidence(doc)` reports OCR words read with low confidence that look like part of
a name (capitalised, next to a title, initials or another capitalised word, or in a
signature block): detection cannot trust a misread name, so these go to review
(`context["ocr_low_confidence"] = "1"`).

`find_scan_findings(doc)` returns both; the detector calls it once per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.models import Document, Finding, ImageBox, Label, Page, PageArea, Rect, Word

# Closing formulas and sign-off lines that precede a signature (matched at the start of a line).
CLOSING = re.compile(
    r"^(met\s+)?(vriendelijke|hartelijke|beleefde|collegiale)\s+groet(en)?\b"
    r"|^hoogachtend\b|^groet(en|jes)?\s*,|^namens\s+(deze|dezen)\b|^w\.g\.|^ondertekend\b"
    r"|^in\s+afwachting\b.*,\s*$|^met\s+dank\b.*,\s*$",
    re.IGNORECASE)
# A short line that names a function and ends in a comma ("De secretaris,", "De minister van
# Financiën,", "Het college van burgemeester en wethouders,") also opens a signature block.
SIGN_OFF = re.compile(r"^(de|het|namens|voor\s+deze)\b[^.;:]{0,90},\s*$", re.IGNORECASE)
PARAPH = re.compile(r"^(paraaf|parafen|paraferingen?|geparafeerd|akkoord)\b", re.IGNORECASE)
TITLES = {"heer", "mevrouw", "mevr", "mevr.", "mw", "mw.", "dhr", "dhr.", "mr.", "mr", "dr.", "dr",
          "drs.", "drs", "ir.", "ir", "ing.", "prof.", "geachte", "beste", "beste,", "dag", "hoi",
          "collega", "aan", "van", "cc", "namens"}
INITIALS = re.compile(r"^([A-Z]\.){1,5}$|^[A-Z]{2,4}$")

# geometry (points)
MAX_BELOW_CLOSING = 170.0     # a signature starts within this distance under the closing line
MAX_NAME_GAP = 60.0           # the printed name starts within this distance under the signature
MIN_W, MIN_H = 18.0, 8.0      # smaller images are specks or bullets
MAX_W, MAX_H = 360.0, 200.0   # larger ones are letterheads, photos or the scan itself
PAD_IMAGE, PAD_INK = 1.5, 4.0
LOW_CONF = 60.0
TEXT_CONF = 55.0


@dataclass(slots=True)
class _Line:
    words: list[Word]
    text: str
    start: int
    end: int
    l: float          # reading frame: x right, y down (points)
    t: float
    r: float
    b: float


def _frame(d: int, box: Rect) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a box in the reading frame of text direction d."""
    if d == 90:
        return box.y0, box.x0, box.y1, box.x1
    if d == 180:
        return -box.x1, box.y0, -box.x0, box.y1
    if d == 270:
        return -box.y1, -box.x1, -box.y0, -box.x0
    return box.x0, -box.y1, box.x1, -box.y0


def _direction(page: Page) -> int:
    counts: dict[int, int] = {}
    for w in page.words:
        counts[w.direction] = counts.get(w.direction, 0) + len(w.text)
    return max(counts, key=counts.get) if counts else 0


def _lines(doc: Document, page: Page, d: int) -> list[_Line]:
    groups: dict[int, list[Word]] = {}
    for w in page.words:
        groups.setdefault(w.line, []).append(w)
    out = []
    for _, ws in sorted(groups.items()):
        ws.sort(key=lambda w: w.start)
        fr = [_frame(d, w.box) for w in ws]
        out.append(_Line(ws, doc.text[ws[0].start:ws[-1].end], ws[0].start, ws[-1].end,
                         min(f[0] for f in fr), min(f[1] for f in fr), max(f[2] for f in fr), max(f[3] for f in fr)))
    return out


def _is_texty(w: Word) -> bool:
    return w.confidence is None or (w.confidence >= TEXT_CONF and sum(c.isalnum() for c in w.text) >= 2)


def _name_like(line: _Line) -> bool:
    """A printed name: 1-6 words, no digits, capitalised words or initials, no sentence."""
    toks = [w.text.strip(",") for w in line.words]
    if not 1 <= len(toks) <= 6 or any(ch.isdigit() for ch in line.text):
        return False
    if line.text.rstrip().endswith((".", ":")) and not INITIALS.match(toks[-1]):
        return False
    caps = sum(1 for t in toks if t[:1].isupper() or INITIALS.match(t))
    particles = sum(1 for t in toks if t.lower() in {"van", "de", "der", "den", "het", "ten", "ter", "te", "in",
                                                      "'t", "d'", "la", "le", "du", "da", "von", "mr.", "dr.",
                                                      "drs.", "ir.", "ing.", "prof."})
    return caps >= 1 and caps + particles == len(toks) and (caps >= 2 or INITIALS.match(toks[0]) is not None
                                                            or len(toks) == 1)


def _candidates(page: Page) -> list[ImageBox]:
    out = []
    for im in page.images:
        b = im.box.normalized()
        w, h = b.width, b.height
        if w < MIN_W and h < MIN_W:
            continue
        if min(w, h) < MIN_H or w > MAX_W or h > MAX_H:
            continue
        if w * h > 0.25 * page.width * page.height:
            continue
        out.append(im)
    return out


def _overlaps_x(a: tuple, b: tuple, slack: float = 0.0) -> bool:
    return a[0] < b[2] + slack and b[0] < a[2] + slack


def _area(page: Page, im: ImageBox, d: int, keep_out: list[Word]) -> Rect:
    """The image box, padded, and pulled back from confident text above and below it."""
    pad = PAD_INK if im.name.startswith("ink:") else PAD_IMAGE
    b = im.box.normalized()
    r = Rect(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad)
    core = _frame(d, b)
    cmid = (core[1] + core[3]) / 2
    # stay on the page
    cb = page.cropbox
    r = Rect(max(r.x0, cb.x0), max(r.y0, cb.y0), min(r.x1, cb.x1), min(r.y1, cb.y1))
    for w in keep_out:
        if not r.intersects(w.box):
            continue
        f = _frame(d, w.box)
        inside = core[0] <= (f[0] + f[2]) / 2 <= core[2] and core[1] <= (f[1] + f[3]) / 2 <= core[3]
        if inside:
            continue
        # shrink the area towards the image, away from the word, in the reading frame
        fr = list(_frame(d, r))
        if (f[1] + f[3]) / 2 < cmid:
            fr[1] = max(fr[1], min(f[3], core[1]))
        else:
            fr[3] = min(fr[3], max(f[1], core[3]))
        r = _unframe(d, fr)
    return r


def _unframe(d: int, f: list[float]) -> Rect:
    l, t, r, b = f
    if d == 90:
        return Rect(t, l, b, r)
    if d == 180:
        return Rect(-r, t, -l, b)
    if d == 270:
        return Rect(-b, -r, -t, -l)
    return Rect(l, -b, r, -t)


def find_signatures(doc: Document, *, only_ocr_pages: bool = False) -> list[Finding]:
    """SIGNATURE findings for signature images and paraphs (all pages, or OCR pages only when
    born-digital signature images are found elsewhere)."""
    out: list[Finding] = []
    for page in doc.pages:
        if only_ocr_pages and not page.ocr:
            continue
        cands = _candidates(page)
        if not cands or not page.words:
            continue
        d = _direction(page)
        lines = _lines(doc, page, d)
        texty = [w for w in page.words if _is_texty(w)]
        used: set[int] = set()
        for im in cands:
            f = _frame(d, im.box.normalized())
            # text lines that the image covers (for OCR pages, the squiggle's own "words")
            inside = [ln for ln in lines if ln.t >= f[1] - 2 and ln.b <= f[3] + 2 and _overlaps_x((ln.l, 0, ln.r), f)]
            above = [ln for ln in lines if ln.b <= f[1] + 0.35 * (f[3] - f[1]) and ln not in inside
                     and f[1] - ln.b < MAX_BELOW_CLOSING]
            below = [ln for ln in lines if ln.t >= f[3] - 0.35 * (f[3] - f[1]) and ln not in inside
                     and ln.t - f[3] < MAX_NAME_GAP and _overlaps_x((ln.l, 0, ln.r), f, 40)]
            above.sort(key=lambda ln: f[1] - ln.b)
            below.sort(key=lambda ln: ln.t - f[3])
            closing = None
            for ln in above:
                if not _overlaps_x((ln.l, 0, ln.r), f, 120):
                    continue
                if CLOSING.search(ln.text.strip()) or SIGN_OFF.match(ln.text.strip()):
                    closing = ln
                    break
                # other text between the closing line and the image: no signature block
                if ln.text.strip() and f[1] - ln.b < 25 and not _name_like(ln):
                    break
            name = next((ln for ln in below[:2] if _name_like(ln)), None)
            paraph = None
            for ln in lines:
                if PARAPH.match(ln.text.strip()) and abs((ln.t + ln.b) / 2 - (f[1] + f[3]) / 2) < 40 \
                        and -10 < f[0] - ln.r < 220:
                    paraph = ln
                    break
                if PARAPH.match(ln.text.strip()) and 0 <= f[1] - ln.b < 40 and _overlaps_x((ln.l, 0, ln.r), f, 30):
                    paraph = ln
                    break
            if closing is None and name is None and paraph is None:
                continue
            is_ink = im.name.startswith("ink:")
            if closing is None and paraph is None and is_ink:
                continue            # an ink blob above a name only: too weak in a scan (stamps, logos)
            key = id(im)
            if key in used:
                continue
            used.add(key)
            area = _area(page, im, d, texty)
            person = name.text.strip().rstrip(",") if name else ""
            kind = "paraaf" if paraph is not None and closing is None else "handtekening"
            score = 0.95 if (closing and name) else 0.85 if (closing or paraph) else 0.7
            src = "inkt in de scan" if is_ink else "afbeelding"
            where = []
            if closing is not None:
                where.append(f"onder '{closing.text.strip()[:40]}'")
            if name is not None:
                where.append(f"boven de naam '{person}'")
            if paraph is not None and closing is None:
                where.append(f"bij '{paraph.text.strip()[:30]}'")
            expl = (f"{'Paraaf' if kind == 'paraaf' else 'Handtekening'} ({src}) op pagina {page.index + 1} "
                    + " en ".join(where) + "; persoonsgegeven (handgeschreven)")
            # An image finding has an empty text span (at the printed name, else after the
            # closing or paraph label): it redacts its area only, and overlap resolution
            # between text findings never merges or drops it.
            start = end = name.start if name is not None else (closing or paraph).end
            text = ""
            ctx = {"person": person, "layout": "signature block" if closing or name else "paraph",
                   "kind": kind, "source": "ink" if is_ink else "image", "image": im.name}
            if closing is not None:
                ctx["closing"] = closing.text.strip()[:80]
            out.append(Finding(doc.id, start, end, text, Label.SIGNATURE, "signature.image", score, expl,
                               context=ctx, areas=[PageArea(page.index, area)]))
    return out


# ------------------------------------------------------------------ doubtful OCR

_WORDISH = re.compile(r"^[\w'’.-]+,?$")


def _caplike(t: str) -> bool:
    t = t.strip(",.;:()")
    return len(t) >= 2 and t[:1].isupper() and sum(c.isalpha() for c in t) >= 2


def find_low_confidence(doc: Document, not_a_name=None) -> list[Finding]:
    """OCR words read with low confidence where a name is likely: review, not silence.
    `not_a_name(word)`: True for a word that is never a name ("The", "September" in an English
    annex); such a word read with low confidence is a misread word, not a misread name."""
    out: list[Finding] = []
    for page in doc.pages:
        if not page.ocr or not page.words:
            continue
        d = _direction(page)
        lines = _lines(doc, page, d)
        sig_lines: set[int] = set()
        for i, ln in enumerate(lines):
            if CLOSING.search(ln.text.strip()) or SIGN_OFF.match(ln.text.strip()):
                sig_lines.update(range(i + 1, min(len(lines), i + 4)))
        for i, ln in enumerate(lines):
            ws = ln.words
            for j, w in enumerate(ws):
                c = w.confidence
                if c is None or c >= LOW_CONF:
                    continue
                t = w.text
                if not _WORDISH.match(t) or "@" in t or sum(ch.isalpha() for ch in t) < 3:
                    continue
                if t.isupper() and len(t) > 5:
                    continue
                if not_a_name is not None and not_a_name(t.strip(",.;:()")):
                    continue
                prev = ws[j - 1].text if j else ""
                nxt = ws[j + 1].text if j + 1 < len(ws) else ""
                reasons = []
                if prev.lower().strip(",") in TITLES or prev.lower() in TITLES:
                    reasons.append(f"na '{prev}'")
                if INITIALS.match(prev.strip(",")) or INITIALS.match(nxt.strip(",")):
                    reasons.append("naast initialen")
                if _caplike(t) and (_caplike(prev) and j > 0 or _caplike(nxt)):
                    reasons.append("naast een woord met hoofdletter")
                if i in sig_lines and _caplike(t):
                    reasons.append("in het ondertekeningsblok")
                if not reasons or not (_caplike(t) or reasons[0].startswith("na ")):
                    continue
                expl = (f"OCR onzeker ({c:.0f}%) voor '{t}' op pagina {page.index + 1}, "
                        f"{' en '.join(reasons)}: mogelijk een (verkeerd gelezen) naam; controleer het origineel")
                out.append(Finding(doc.id, w.start, w.end, t, Label.PERSON, "ocr.low_confidence", 0.5, expl,
                                   context={"ocr_low_confidence": "1", "confidence": f"{c:.0f}",
                                            "page": str(page.index + 1)}))
    return out


def find_scan_findings(doc: Document, *, only_ocr_pages: bool = False, not_a_name=None) -> list[Finding]:
    """Signature/paraph image findings and low-confidence OCR findings of a document."""
    return find_signatures(doc, only_ocr_pages=only_ocr_pages) + find_low_confidence(doc, not_a_name)
