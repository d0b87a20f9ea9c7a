"""A benchmark corpus of a stated size, generated from the samples' content.

    python -m benchmarks.corpus OUT/ [--pages 500] [--seed 7] [--scans 10] [--libreoffice 0.5] [--big N]

Every document is one of the sample documents (`samples/content.py`: memo, letters, e-mail
printout, minutes) with its persons replaced by other invented persons (names drawn from
`rules/lists/*.faker.txt`) and its body lengthened with generated paragraphs, rendered
with LibreOffice from .docx (half of them by default: a word processor's export, as most
real documents are) or with reportlab in one of six fonts (standard Type 1 and embedded
TrueType). A few pages are "scans": a rendered page rasterised, turned slightly and
saved as an image-only PDF. Nothing is taken from outside the project.

Layout of OUT/:
  digital/       born-digital PDFs (memos, letters, e-mails, minutes)
  scans/         image-only PDFs (need OCR)
  big/           with --big N: one N-page PDF (a 100-page memo repeated with pikepdf)
  terms.txt      the invented persons' names (for --terms)
  staff.csv, officials.csv
  corpus.json    what was made (file, kind, producer, pages), seed, totals

The same arguments give byte-identical files (reportlab invariant mode, fixed seed).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import content  # noqa: E402
import make_samples  # noqa: E402

FONTS = ["Helvetica", "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "DejaVuSerif.ttf",
         "LiberationSerif-Regular.ttf", "Times-Roman"]

# Person tokens of the samples: (first names, surnames) that are swapped for invented ones.
FIRST = ["Femke", "Ruben", "Lotte", "Iris", "Sanjay", "Marco", "Yasmina", "Joris", "Annelies",
         "Pieter", "Mustafa", "Elif", "Hendrika"]
LAST = ["Dijkhuizen", "Oosterbeek", "Kranenburg", "Bosschaart", "Wijnands", "Vermaat", "Ramcharan",
        "de Wit", "El Khatib", "van 't Veld", "Van 't Veld", "Storm-Hakkert", "Groen", "Aydoğan-Kaya",
        "Aydoğan", "Smit"]

# Generated body text: ordinary policy prose (project-written), with person slots.
SENTENCES = [
    "De gemeenten hebben in de eerste helft van het jaar {n} aanvragen ingediend.",
    "{P} merkt op dat de termijnen in de praktijk vaak te kort blijken.",
    "Het college is voornemens de regeling in het najaar opnieuw te bezien.",
    "In overleg met {P} is besloten de planning met twee weken te verschuiven.",
    "De uitvoeringskosten bedragen naar verwachting {n} duizend euro per jaar.",
    "De provincie heeft aangegeven bereid te zijn een deel van de kosten te dragen.",
    "Volgens {P} is het draagvlak bij de betrokken organisaties groot.",
    "Er is nog geen overeenstemming over de verdeling van de middelen.",
    "De evaluatie laat zien dat de doelgroep beter wordt bereikt dan in {y}.",
    "Het advies van de commissie wordt in de volgende vergadering besproken.",
    "{P} vraagt of de cijfers per regio kunnen worden uitgesplitst.",
    "De werkgroep komt na de zomer opnieuw bijeen in het Stadskantoor.",
    "Het ministerie ontvangt graag voor {d} een reactie op het concept.",
    "De gevolgen voor kleine gemeenten worden apart in kaart gebracht.",
    "Tijdens het werkbezoek sprak {P} met bewoners en vrijwilligers.",
    "De aanbevelingen uit het rapport worden grotendeels overgenomen.",
    "Voor vragen over dit onderwerp kunt u contact opnemen met {P}.",
    "Het budget voor {y} is in de begroting al gereserveerd.",
    "De resultaten worden gedeeld met de Vereniging van Nederlandse Gemeenten.",
    "Een definitief besluit volgt na de behandeling in de ministerraad.",
]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def _read_list(name: str) -> list[str]:
    p = ROOT / "rules" / "lists" / name
    return [ln.strip() for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


class Persons:
    """A fixed cast of invented persons for the whole corpus."""

    def __init__(self, rng: random.Random, n: int = 60):
        firsts = _read_list("first_names.faker.txt")
        lasts = [s for s in _read_list("surnames.faker.txt") if "'" not in s]
        self.people = []
        seen = set()
        while len(self.people) < n:
            p = (rng.choice(firsts), rng.choice(lasts))
            if p not in seen and p[1] not in LAST:
                seen.add(p)
                self.people.append(p)

    def cast(self, rng: random.Random, k: int) -> list[tuple[str, str]]:
        return rng.sample(self.people, k)


def _email_local(first: str, last: str) -> str:
    return (first + "." + last).lower().replace(" ", "").replace("'", "")


def _substitute(text: str, fmap: dict[str, str], lmap: dict[str, str]) -> str:
    pairs = sorted(list(fmap.items()) + list(lmap.items()), key=lambda kv: -len(kv[0]))

    def mail(m):   # e-mail addresses: lower-case name parts, no spaces
        s = m.group(0)
        for a, b in pairs:
            s = s.replace(a.lower().replace(" ", "").replace("'", ""), b.lower().replace(" ", ""))
        return s
    text = re.sub(r"[\w.\-]+@[\w.\-]+", mail, text)
    for a, b in pairs:
        text = re.sub(r"(?<![\w@.])" + re.escape(a) + r"(?![\w@])", b, text)
    return text


def _paragraph(rng: random.Random, names: list[str], n_sent: int) -> str:
    out = []
    for _ in range(n_sent):
        s = rng.choice(SENTENCES)
        out.append(s.format(P=rng.choice(names), n=rng.randint(3, 480), y=rng.randint(2015, 2024),
                            d=f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"))
    return " ".join(out)


def variant(template: dict, rng: random.Random, persons: Persons, extra_paragraphs: int) -> tuple[dict, list[str]]:
    """A copy of a sample document with other persons and `extra_paragraphs` more body text.
    Returns the document and the full names used."""
    cast = persons.cast(rng, len(FIRST))
    fmap = {a: cast[i][0] for i, a in enumerate(FIRST)}
    lmap = {}
    for i, a in enumerate(LAST):
        new = cast[i % len(cast)][1]
        lmap[a] = new
    names = [f"{f} {l}" for f, l in cast]

    def sub(v):
        if isinstance(v, str):
            return _substitute(v, fmap, lmap)
        if isinstance(v, (list, tuple)):
            return type(v)(sub(x) for x in v)
        return v

    blocks = [(k, sub(v)) for k, v in template["blocks"]]
    # lengthen: generated paragraphs (and the odd heading) before the closing blocks
    cut = max(1, len(blocks) - 1)
    extra = []
    for j in range(extra_paragraphs):
        if j and j % 6 == 0:
            extra.append(("h", f"{2 + j // 6}. {rng.choice(['Uitvoering', 'Financiën', 'Planning', 'Overleg', 'Risico'])}"))
        extra.append(("p", _paragraph(rng, names[:6], rng.randint(3, 7))))
    doc = dict(template, blocks=blocks[:cut] + extra + blocks[cut:])
    return doc, names


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _scan(src: Path, dst: Path, rng: random.Random, dpi: int = 150) -> None:
    """Rasterise the first page, turn it a little, add speckle: an image-only PDF."""
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", str(src),
                        f"{td}/p"], check=True, capture_output=True)
        png = sorted(Path(td).glob("p*.png"))[0]
        im = Image.open(png).convert("L")
        im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        px = im.load()
        for _ in range(im.width * im.height // 2000):
            px[rng.randrange(im.width), rng.randrange(im.height)] = rng.choice((0, 90, 200))
        im.save(dst, "PDF", resolution=dpi)


KINDS = [  # (kind, sample template, share of documents, (min, max) extra paragraphs)
    ("memo", content.NOTA, 0.35, (0, 40)),
    ("letter", content.BRIEF, 0.15, (0, 12)),
    ("letter", content.BURGERBRIEF, 0.1, (0, 8)),
    ("letter", content.KAMERBRIEF, 0.1, (0, 14)),
    ("email", content.EMAIL, 0.2, (0, 16)),
    ("minutes", content.VERSLAG, 0.1, (4, 40)),
]


def _docx(doc: dict, path: Path, font: str) -> None:
    """The document as .docx (as samples/make_samples.py writes it for LibreOffice)."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10.5)
    d.core_properties.author = make_samples.AUTHOR
    make_samples.add_blocks(d, doc["blocks"])
    d.save(path)


def _libreoffice_batch(docx_files: list[Path], out_dir: Path) -> bool:
    """Convert many .docx files with one LibreOffice start."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not docx_files:
        return False
    with tempfile.TemporaryDirectory() as td:
        cmd = [soffice, f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
               "--outdir", str(out_dir), *map(str, docx_files)]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1800)
    return r.returncode == 0


def _trim(path: Path, keep: int) -> None:
    import pikepdf
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        del pdf.pages[keep:]
        pdf.save(path, deterministic_id=True)


def _choose(rng: random.Random):
    r, acc = rng.random(), 0.0
    for kind, tpl, share, span in KINDS:
        acc += share
        if r <= acc:
            return kind, tpl, span
    return KINDS[-1][0], KINDS[-1][1], KINDS[-1][3]


def build(out: Path, pages: int = 500, seed: int = 7, scans: int = 10, libreoffice: float = 0.5,
          big: int = 0, quiet: bool = False) -> dict:
    """Make the corpus (see the module docstring). `pages` counts born-digital pages;
    `scans` image-only pages come on top. `libreoffice` is the share of documents
    rendered through LibreOffice from .docx (as most real documents are: a word processor's
    PDF export), the rest by reportlab in six fonts."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    (out / "digital").mkdir(parents=True)
    rng = random.Random(seed)
    persons = Persons(rng)
    have_lo = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    all_names: set[str] = set()
    docs: list[dict] = []          # {name, kind, doc, producer}
    n = 0

    def make(kind, tpl, span, lo: bool):
        nonlocal n
        doc, names = variant(tpl, rng, persons, rng.randint(*span))
        all_names.update(names)
        n += 1
        name = f"{n:04d}_{kind}_{Path(tpl['file']).stem.split('_', 1)[1]}.pdf"
        return {"name": name, "kind": kind, "doc": doc, "lo": lo}

    # 1. choose the documents; every one is rendered by reportlab first to count pages
    total = 0
    while total < pages:
        kind, tpl, span = _choose(rng)
        d = make(kind, tpl, span, have_lo and rng.random() < libreoffice)
        path = out / "digital" / d["name"]
        font = FONTS[n % len(FONTS)]
        make_samples.render_reportlab(d["doc"], path, font)
        d["producer"] = f"reportlab/{Path(font).stem}"
        total += _pages(path)
        docs.append(d)
    # 2. the LibreOffice share, converted in one batch
    lo = [d for d in docs if d["lo"]]
    if lo:
        with tempfile.TemporaryDirectory() as td:
            src = []
            for d in lo:
                p = Path(td) / (Path(d["name"]).stem + ".docx")
                _docx(d["doc"], p, rng.choice(["Liberation Sans", "Liberation Serif", "DejaVu Sans"]))
                src.append(p)
            if not quiet:
                print(f"  LibreOffice: converting {len(src)} documents ...", file=sys.stderr)
            conv = Path(td) / "pdf"
            conv.mkdir()
            _libreoffice_batch(src, conv)
            for d in lo:
                pdf = conv / d["name"]
                if pdf.exists():
                    shutil.copyfile(pdf, out / "digital" / d["name"])
                    d["producer"] = "libreoffice"
    # 3. exactly `pages` pages: trim at the end, or add reportlab documents
    files, total = [], 0
    for d in docs:
        path = out / "digital" / d["name"]
        np_ = _pages(path)
        if total >= pages:
            path.unlink()
            continue
        if total + np_ > pages:
            _trim(path, pages - total)
            np_ = pages - total
        total += np_
        files.append({"file": f"digital/{d['name']}", "kind": d["kind"], "producer": d["producer"], "pages": np_})
    while total < pages:
        kind, tpl, span = _choose(rng)
        d = make(kind, tpl, span, False)
        path = out / "digital" / d["name"]
        font = FONTS[n % len(FONTS)]
        make_samples.render_reportlab(d["doc"], path, font)
        np_ = _pages(path)
        if total + np_ > pages:
            _trim(path, pages - total)
            np_ = pages - total
        total += np_
        files.append({"file": f"digital/{d['name']}", "kind": kind, "producer": f"reportlab/{Path(font).stem}",
                      "pages": np_})
    if not quiet:
        print(f"  {len(files)} documents, {total} pages", file=sys.stderr)
    if scans:
        (out / "scans").mkdir()
        digital = [f for f in files if f["kind"] in ("letter", "email")] or files
        for i in range(scans):
            src = out / digital[i % len(digital)]["file"]
            dst = out / "scans" / f"scan_{i + 1:03d}.pdf"
            _scan(src, dst, rng)
            files.append({"file": f"scans/{dst.name}", "kind": "scan", "producer": "pillow", "pages": 1})
    if big:
        (out / "big").mkdir()
        make_big(out / "big" / f"memo_{big}_paginas.pdf", big, rng, persons)
        files.append({"file": f"big/memo_{big}_paginas.pdf", "kind": "big", "producer": "libreoffice+pikepdf"
                      if have_lo else "reportlab+pikepdf", "pages": big})
    (out / "terms.txt").write_text("# invented persons of the benchmark corpus\n"
                                   + "\n".join(sorted(all_names)) + "\n", encoding="utf-8")
    staff = sorted(all_names)[:20]
    (out / "staff.csv").write_text("naam,e-mail\n" + "".join(
        f"{s},{_email_local(*s.split(' ', 1))}@minbzk.nl\n" for s in staff), encoding="utf-8")
    shutil.copy(ROOT / "samples" / "officials.csv", out / "officials.csv")
    summary = {"seed": seed, "digital_pages": total, "scan_pages": scans, "big_pages": big,
               "documents": len(files), "files": files}
    (out / "corpus.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    return summary


def make_big(path: Path, pages: int, rng: random.Random | None = None, persons: Persons | None = None,
             base_pages: int = 100) -> None:
    """One long memo: a generated memo of about `base_pages` distinct pages (LibreOffice if
    installed, else reportlab) whose pages are repeated to `pages` pages with pikepdf (fast;
    every page keeps its own text and names)."""
    import pikepdf
    rng = rng or random.Random(1)
    persons = persons or Persons(rng)
    with tempfile.TemporaryDirectory() as td:
        base = Path(td) / "base.pdf"
        doc, _ = variant(content.NOTA, rng, persons, base_pages * 9)
        done = False
        if shutil.which("soffice") or shutil.which("libreoffice"):
            _docx(doc, Path(td) / "base.docx", "Liberation Sans")
            done = _libreoffice_batch([Path(td) / "base.docx"], Path(td)) and base.exists()
        if not done:
            make_samples.render_reportlab(doc, base, "Helvetica")
        with pikepdf.open(base) as src:
            n = len(src.pages)
            out = pikepdf.new()
            for i in range(pages):
                out.pages.append(src.pages[i % n])
            out.save(path, deterministic_id=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=500, help="born-digital pages (default 500)")
    ap.add_argument("--scans", type=int, default=10, help="scanned (image-only) pages on top (default 10)")
    ap.add_argument("--libreoffice", type=float, default=0.5,
                    help="share of documents rendered by LibreOffice from .docx (default 0.5)")
    ap.add_argument("--big", type=int, default=0, help="also one PDF of this many pages")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    s = build(a.out, a.pages, a.seed, a.scans, a.libreoffice, a.big)
    print(f"{s['documents']} documents: {s['digital_pages']} born-digital pages, {s['scan_pages']} scanned, "
          f"big {s['big_pages']} -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
