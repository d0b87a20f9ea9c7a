"""Test fixtures for scanned documents, made from project-written letters (invented names).

letter_pdf()      a short Dutch letter (reportlab), optionally with a drawn signature image
rasterise()       pdftoppm → greyscale pixels, optional skew, noise and specks
scan_pdf()        pixels → image-only PDF (JPEG or Flate), with /Rotate and image matrices
                  of choice, optionally with a copier-style invisible OCR layer
paint_areas()     a stand-in for the writer on image-only pages: paints areas into the image
                  pixels and draws the boxes (used until the writer lands on main)
ocr_text()        tesseract on the rendered output (what a reader of the published PDF gets)
"""
from __future__ import annotations

import io
import math
import os
import subprocess
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

# Invented people and places (not from any corpus).
SECRET_FIRST, SECRET_LAST = "Jorinde", "Vlasbloem"
SECRET = f"{SECRET_FIRST} {SECRET_LAST}"
CITIZEN = "Hazelhoff-Brink"
KEPT = ["omgevingsvergunning", "dakkapel", "Vergunningverlener", "Oosterwold"]
COPIER_MARKER = "Kwispelstaart"     # only in the copier's OCR layer, never visible

LETTER = [
    ("Helvetica-Bold", 13, "Gemeente Oosterwold"),
    ("Helvetica", 10, "Afdeling Vergunningen"),
    ("Helvetica", 10, ""),
    ("Helvetica", 11, "Datum: 12 maart 2024"),
    ("Helvetica", 11, "Onderwerp: aanvraag omgevingsvergunning dakkapel"),
    ("Helvetica", 11, ""),
    ("Helvetica", 11, f"Geachte heer {CITIZEN},"),
    ("Helvetica", 11, ""),
    ("Helvetica", 11, "Hierbij bevestigen wij de ontvangst van uw aanvraag voor het plaatsen"),
    ("Helvetica", 11, "van een dakkapel aan de achterzijde van uw woning. Wij nemen binnen"),
    ("Helvetica", 11, "acht weken een besluit. Heeft u vragen, dan kunt u contact opnemen"),
    ("Helvetica", 11, f"met {SECRET}, die uw aanvraag behandelt."),
    ("Helvetica", 11, ""),
    ("Helvetica", 11, "Met vriendelijke groet,"),
]
SIGN_BLOCK_GAP = 62          # points left free for the signature under the closing line
AFTER_SIGNATURE = [
    ("Helvetica", 11, SECRET),
    ("Helvetica", 11, "Vergunningverlener"),
]


def squiggle_png(width: int = 420, height: int = 150, seed: int = 7) -> Image.Image:
    """A handwritten-looking signature: a few overlapping loops in dark blue ink."""
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    pts = []
    for i in range(220):
        t = i / 219
        x = 20 + t * (width - 40)
        y = height / 2 + math.sin(t * 19) * height * 0.28 + math.sin(t * 5.3) * height * 0.12
        pts.append((x, y + rng.normal(0, 1.5)))
    d.line(pts, fill=(20, 30, 110), width=6, joint="curve")
    d.line([(40, height * 0.78), (width - 60, height * 0.7)], fill=(20, 30, 110), width=5)
    return img


def letter_pdf(path: Path, *, signature: bool = True, lines=None) -> dict:
    """Write the letter; returns where things are (display coordinates, top-left origin)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("brief")
    W, H = A4
    y = H - 80
    info = {}
    for font, size, text in (lines or LETTER):
        c.setFont(font, size)
        if text:
            c.drawString(72, y, text)
        y -= size * 1.45
    sig_top = y + 8
    if signature:
        img = squiggle_png()
        c.drawImage(ImageReader(img), 72, y - SIGN_BLOCK_GAP + 14, width=140, height=50)
        info["signature"] = (72, H - (y - SIGN_BLOCK_GAP + 14 + 50), 72 + 140, H - (y - SIGN_BLOCK_GAP + 14))
    y -= SIGN_BLOCK_GAP
    info["sig_region"] = (72, H - sig_top, 72 + 150, H - (y + 12))
    for font, size, text in AFTER_SIGNATURE:
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= size * 1.45
    c.showPage()
    c.save()
    return info


def rasterise(pdf: Path, *, dpi: int = 200, angle: float = 0.0, noise: float = 0.0,
              specks: int = 0, seed: int = 1, page: int = 1) -> Image.Image:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page),
                        str(pdf), os.path.join(td, "p")], check=True)
        png = sorted(Path(td).glob("p*.png"))[0]
        img = Image.open(png).convert("L")
        img.load()
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if noise or specks:
        rng = np.random.default_rng(seed)
        a = np.asarray(img, dtype=np.float32)
        if noise:
            a = a + rng.normal(0, noise, a.shape)
        for _ in range(specks):
            y, x = rng.integers(0, a.shape[0] - 3), rng.integers(0, a.shape[1] - 3)
            a[y:y + 2, x:x + 2] = 40
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img


def _image_xobject(pdf: pikepdf.Pdf, img: Image.Image, fmt: str) -> pikepdf.Stream:
    if fmt == "jpeg":
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        s = pikepdf.Stream(pdf, buf.getvalue())
        s.Filter = pikepdf.Name.DCTDecode
    elif fmt == "bilevel":
        bw = img.point(lambda v: 255 if v > 150 else 0).convert("1")
        raw = np.packbits(np.asarray(bw, dtype=bool), axis=1).tobytes()   # 1 = white
        s = pikepdf.Stream(pdf, zlib.compress(raw))
        s.Filter = pikepdf.Name.FlateDecode
        s.BitsPerComponent = 1
        s.ColorSpace = pikepdf.Name.DeviceGray
        s.Type, s.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        s.Width, s.Height = img.width, img.height
        return s
    else:
        s = pikepdf.Stream(pdf, zlib.compress(img.tobytes()))
        s.Filter = pikepdf.Name.FlateDecode
    s.Type, s.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    s.Width, s.Height = img.width, img.height
    s.ColorSpace = pikepdf.Name.DeviceGray if img.mode == "L" else pikepdf.Name.DeviceRGB
    s.BitsPerComponent = 8
    return s


def scan_pdf(path: Path, images: list[Image.Image], *, dpi: int = 200, fmt: str = "jpeg",
             layout: str = "plain", copier_words: list[list[tuple[str, tuple]]] | None = None) -> None:
    """Image-only PDF, one page per image.

    layout: "plain"     portrait page, image drawn upright with a scaling matrix
            "rotate90"  landscape MediaBox with /Rotate 90; the pixels are stored turned a
                        quarter counter-clockwise so the page displays upright
            "matrix"    portrait page; the pixels are stored turned a quarter clockwise and
                        the image matrix turns them back
            "offset"    MediaBox not at the origin, CropBox smaller than the MediaBox
    copier_words: per page, (text, display box x0, top, x1, bottom in points) drawn invisibly
                  (Tr 3) in Helvetica over the image, like a copier's OCR layer.
    """
    pdf = pikepdf.new()
    for n, img in enumerate(images):
        wpt, hpt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
        ox = oy = 0.0
        if layout == "rotate90":
            stored = img.transpose(Image.Transpose.ROTATE_90)           # counter-clockwise
            mb = [0, 0, hpt, wpt]
            cm = f"{hpt:.4f} 0 0 {wpt:.4f} 0 0 cm"
        elif layout == "rotate270":
            stored = img.transpose(Image.Transpose.ROTATE_270)          # clockwise
            mb = [0, 0, hpt, wpt]
            cm = f"{hpt:.4f} 0 0 {wpt:.4f} 0 0 cm"
        elif layout == "matrix":
            stored = img.transpose(Image.Transpose.ROTATE_270)          # clockwise
            mb = [0, 0, wpt, hpt]
            # unit square → page with a quarter turn counter-clockwise: (u, v) → (wpt(1-v), hpt u)
            cm = f"0 {hpt:.4f} {-wpt:.4f} 0 {wpt:.4f} 0 cm"
        elif layout == "offset":
            stored = img
            ox, oy = 30.0, -20.0
            mb = [ox, oy, ox + wpt, oy + hpt]
            cm = f"{wpt:.4f} 0 0 {hpt:.4f} {ox:.4f} {oy:.4f} cm"
        else:
            stored = img
            mb = [0, 0, wpt, hpt]
            cm = f"{wpt:.4f} 0 0 {hpt:.4f} 0 0 cm"
        xobj = _image_xobject(pdf, stored, fmt)
        content = f"q {cm} /Im0 Do Q\n"
        resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
        if copier_words and copier_words[n]:
            resources.Font = pikepdf.Dictionary(F1=pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
                Encoding=pikepdf.Name.WinAnsiEncoding))
            parts = ["BT 3 Tr"]
            for text, (x0, top, x1, bottom) in copier_words[n]:
                size = max(1.0, (bottom - top))
                # display (top-left) → user, for the plain layout only
                parts.append(f"/F1 {size:.2f} Tf 1 0 0 1 {x0 + ox:.2f} {hpt - bottom + oy + 0.2 * size:.2f} Tm")
                parts.append("(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
            parts.append("ET")
            content += "\n".join(parts) + "\n"
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pikepdf.Array(mb),
                                  Resources=resources, Contents=pdf.make_stream(content.encode("latin-1")))
        if layout in ("rotate90", "rotate270"):
            page.Rotate = int(layout[6:])
        if layout == "offset":
            page.CropBox = pikepdf.Array([ox + 10, oy + 10, ox + wpt - 10, oy + hpt - 10])
        pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)


def paint_areas(src: Path, out: Path, areas) -> None:
    """Stand-in for the writer on image-only pages: every area is painted black into the
    page image's pixels (re-encoded losslessly) and drawn as a box. Only what the tests need."""
    from redactor.extract.affine import invert, mul
    from redactor.extract.page_image import _content_images

    by_page: dict[int, list] = {}
    for a in areas:
        by_page.setdefault(a.page, []).extend(a.rects)
    with pikepdf.open(src) as pdf:
        for index, rects in by_page.items():
            page = pdf.pages[index]
            for name, ctm in _content_images(page, allow_text=True):
                xobj = page.resources.XObject[name]
                img = pikepdf.PdfImage(xobj).as_pil_image().convert("L")
                w, h = img.size
                to_px = invert(mul((1.0 / w, 0.0, 0.0, -1.0 / h, 0.0, 1.0), ctm))
                a = np.array(img)
                for r in rects:
                    xs, ys = [], []
                    for x in (r.x0, r.x1):
                        for y in (r.y0, r.y1):
                            px = to_px[0] * x + to_px[2] * y + to_px[4]
                            py = to_px[1] * x + to_px[3] * y + to_px[5]
                            xs.append(px)
                            ys.append(py)
                    a[max(0, int(min(ys)) - 1):min(h, int(math.ceil(max(ys))) + 1),
                      max(0, int(min(xs)) - 1):min(w, int(math.ceil(max(xs))) + 1)] = 0
                xobj.write(zlib.compress(a.tobytes()), filter=pikepdf.Name.FlateDecode)
                xobj.ColorSpace = pikepdf.Name.DeviceGray
                xobj.BitsPerComponent = 8
                for k in ("/DecodeParms", "/Decode"):
                    if k in xobj:
                        del xobj[k]
            boxes = "".join(f"{r.x0:.3f} {r.y0:.3f} {r.width:.3f} {r.height:.3f} re f\n" for r in rects)
            page.contents_add(pdf.make_stream(b"q 0 g\n" + boxes.encode() + b"Q\n"), prepend=False)
        pdf.save(out)


def page_pixels(pdf: Path, index: int = 0):
    """(grey pixels of the page's single image, pixel → user map)."""
    from redactor.extract.affine import mul
    from redactor.extract.page_image import _content_images

    with pikepdf.open(pdf) as p:
        page = p.pages[index]
        (name, ctm), = _content_images(page, allow_text=True)
        img = pikepdf.PdfImage(page.resources.XObject[name]).as_pil_image().convert("L")
        w, h = img.size
        return np.array(img), mul((1.0 / w, 0.0, 0.0, -1.0 / h, 0.0, 1.0), ctm)


def ocr_text(pdf: Path, dpi: int = 300) -> str:
    """What tesseract reads on the rendered output (all pages)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), os.path.join(td, "p")], check=True)
        for png in sorted(Path(td).glob("p*.png")):
            r = subprocess.run(["tesseract", str(png), "stdout", "-l", "nld", "--psm", "3"],
                               capture_output=True, env=env, check=True)
            out.append(r.stdout.decode("utf-8", "replace"))
    return "\n".join(out)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")
