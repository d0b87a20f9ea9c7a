"""The hostile test corpus, made by the tests (nothing here comes from outside the project).

    build(folder) -> {file name: what it is}

Every file is small and quick to make; the 1,000-page file is one short page duplicated
with pikepdf. The person in all of them is the invented "Jorien Haverkamp".
"""
from __future__ import annotations

import io
import zlib
from pathlib import Path

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

NAME = "Jorien Haverkamp"
LINE = f"Het verzoek van {NAME} over de subsidie voor het buurthuis is ontvangen en wordt behandeld."


def _memo(path: Path | None = None, pages: int = 2, name_on=(0,), size=A4) -> bytes:
    """A short memo; the name is on the pages in `name_on`."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for p in range(pages):
        c.setFont("Helvetica", 11)
        y = size[1] - 72
        c.drawString(72, y, f"Nota over het buurthuis, pagina {p + 1}")
        for i in range(6):
            y -= 16
            text = LINE if (p in name_on and i == 2) else "De gemeente heeft de aanvragen van dit jaar bekeken en gewogen."
            c.drawString(72, y, text)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def _save(pdf: pikepdf.Pdf, path: Path, **kw) -> None:
    pdf.save(path, deterministic_id="encryption" not in kw, **kw)


def encrypted_user(path: Path) -> None:
    with pikepdf.open(io.BytesIO(_memo())) as pdf:
        _save(pdf, path, encryption=pikepdf.Encryption(user="geheim", owner="eigenaar", R=6))


def encrypted_owner(path: Path) -> None:
    """Owner password only (anyone may open it; copying and changing are 'forbidden')."""
    perms = pikepdf.Permissions(extract=False, modify_other=False, modify_annotation=False,
                                modify_assembly=False, modify_form=False, print_highres=False)
    with pikepdf.open(io.BytesIO(_memo())) as pdf:
        _save(pdf, path, encryption=pikepdf.Encryption(user="", owner="eigenaar", R=4, allow=perms))


def _classic(data: bytes) -> bytes:
    """The same document with a classic xref table (no object streams)."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True)
    return out.getvalue()


def xref_broken(path: Path) -> None:
    """Every xref offset wrong and the startxref pointing nowhere: qpdf rebuilds it."""
    data = bytearray(_classic(_memo()))
    i = data.rindex(b"\nxref\n") + 1
    j = data.index(b"trailer", i)
    table = data[i:j]
    fixed = bytearray()
    for line in table.split(b"\n"):
        if len(line) >= 18 and line[:10].isdigit():
            line = b"%010d" % (int(line[:10]) + 7) + line[10:]
        fixed += line + b"\n"
    data[i:j] = fixed[:len(table)]
    k = data.rindex(b"startxref")
    data[k:] = b"startxref\n999999\n%%EOF\n"
    path.write_bytes(bytes(data))


def unrepairable(path: Path) -> None:
    """A PDF header, then noise: no objects to rebuild anything from."""
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes((i * 73 + 19) % 256 for i in range(4000)) + b"\n%%EOF\n")


def truncated(path: Path) -> None:
    """The first 55% of a three-page document (an interrupted download)."""
    data = _classic(_memo(pages=3, name_on=(0, 2)))
    path.write_bytes(data[: int(len(data) * 0.55)])


def zero_pages(path: Path) -> None:
    pdf = pikepdf.new()
    _save(pdf, path)


def not_a_pdf(path: Path) -> None:
    path.write_text(f"Notitie van {NAME}: dit is platte tekst met de extensie .pdf\n", encoding="utf-8")


def word_as_pdf(path: Path) -> None:
    """A .docx (a ZIP file) saved with a .pdf extension."""
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document>{NAME}</w:document>")


def deflate_repeated(chunk: bytes, times: int) -> bytes:
    """zlib data that inflates to `chunk` * `times`, made in a moment: one raw deflate block
    ending in a full flush (which resets the window) repeated, then an empty final block
    and the Adler-32 of the whole."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(times):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + block * times + b"\x03\x00" + adler.to_bytes(4, "big")


def bomb(path: Path, size_mb: int = 2048) -> None:
    """A page whose content stream inflates from ~2 MB to `size_mb` MB of spaces."""
    body = deflate_repeated(b" " * (1 << 20), size_mb)
    with pikepdf.open(io.BytesIO(_memo(pages=1))) as pdf:
        page = pdf.pages[0]
        s = pikepdf.Stream(pdf, body)
        s.Filter = pikepdf.Name.FlateDecode
        page.obj.Contents = pikepdf.Array([page.obj.Contents, pdf.make_indirect(s)])
        _save(pdf, path)


def image_bomb(path: Path, side: int = 40000) -> None:
    """A grey image of 40,000 x 40,000 pixels (1.6 GB decoded, 1.6 MB stored) painted
    under the name, so the writer has to change its pixels."""
    rows = 25
    body = deflate_repeated(b"\xff" * (side * rows), side // rows)
    with pikepdf.open(io.BytesIO(_memo(pages=1))) as pdf:
        page = pdf.pages[0]
        img = pikepdf.Stream(pdf, body, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                             Width=side, Height=side, ColorSpace=pikepdf.Name.DeviceGray,
                             BitsPerComponent=8, Filter=pikepdf.Name.FlateDecode)
        page.add_resource(pdf.make_indirect(img), pikepdf.Name.XObject, pikepdf.Name("/Im0"))
        extra = pdf.make_stream(b"q 300 0 0 40 60 700 cm /Im0 Do Q")
        page.obj.Contents = pikepdf.Array([extra, page.obj.Contents])
        _save(pdf, path)


def form_loop(path: Path) -> None:
    """Two Form XObjects that draw each other (A -> B -> A), on the page with the name."""
    with pikepdf.open(io.BytesIO(_memo(pages=1))) as pdf:
        page = pdf.pages[0]
        a = pdf.make_stream(b"q 1 0 0 1 5 5 cm /FB Do Q", Type=pikepdf.Name.XObject,
                            Subtype=pikepdf.Name.Form, BBox=[0, 0, 100, 100])
        b = pdf.make_stream(b"q 1 0 0 1 5 5 cm /FA Do Q", Type=pikepdf.Name.XObject,
                            Subtype=pikepdf.Name.Form, BBox=[0, 0, 100, 100])
        a.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(FB=b))
        b.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(FA=a))
        page.add_resource(a, pikepdf.Name.XObject, pikepdf.Name("/FA"))
        page.obj.Contents = pikepdf.Array([page.obj.Contents, pdf.make_stream(b"q /FA Do Q")])
        _save(pdf, path)


def thousand_pages(path: Path, pages: int = 1000) -> None:
    """1,000 pages: one short page duplicated; the name on every 250th page."""
    named = pikepdf.open(io.BytesIO(_memo(pages=1)))
    plain = pikepdf.open(io.BytesIO(_memo(pages=1, name_on=())))
    out = pikepdf.new()
    for i in range(pages):
        out.pages.append((named if i % 250 == 0 else plain).pages[0])
    _save(out, path)


def javascript_attachment(path: Path) -> None:
    """OpenAction JavaScript, a document-level script and an attached file naming the person."""
    with pikepdf.open(io.BytesIO(_memo(pages=1))) as pdf:
        js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                  JS=pikepdf.String(f"app.alert('{NAME}');")))
        pdf.Root.OpenAction = js
        spec = pikepdf.AttachedFileSpec(pdf, f"Bijlage: brief van {NAME}".encode(), filename="bijlage.txt")
        pdf.attachments["bijlage.txt"] = spec
        names = pdf.Root.Names
        names.JavaScript = pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("init"), js]))
        _save(pdf, path)


def annotations_forms(path: Path) -> None:
    """A sticky note and a filled-in form field that repeat the name from the page text,
    plus an annotation over the name itself."""
    with pikepdf.open(io.BytesIO(_memo(pages=1))) as pdf:
        page = pdf.pages[0]
        note = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[400, 100, 420, 120],
            Contents=pikepdf.String(f"Bellen met {NAME} (06-12345678)"), T=pikepdf.String("F. de Behandelaar")))
        over = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Highlight, Rect=[150, 700, 300, 720],
            Contents=pikepdf.String("naam nagaan")))
        field = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, Rect=[72, 300, 300, 320],
            T=pikepdf.String("aanvrager"), V=pikepdf.String(NAME), P=page.obj))
        page.obj.Annots = pikepdf.Array([note, over, field])
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
        _save(pdf, path)


def huge_page(path: Path) -> None:
    """A page of 200,000 x 200,000 points (70 m): beyond the PDF limit of 14,400."""
    _memo(path, pages=1, size=(200000, 200000))


CASES = {
    "encrypted_user.pdf": encrypted_user,
    "encrypted_owner.pdf": encrypted_owner,
    "xref_broken.pdf": xref_broken,
    "unrepairable.pdf": unrepairable,
    "truncated.pdf": truncated,
    "zero_pages.pdf": zero_pages,
    "not_a_pdf.pdf": not_a_pdf,
    "word_as_pdf.pdf": word_as_pdf,
    "bomb_content.pdf": bomb,
    "bomb_image.pdf": image_bomb,
    "form_loop.pdf": form_loop,
    "thousand_pages.pdf": thousand_pages,
    "javascript_attachment.pdf": javascript_attachment,
    "annotations_forms.pdf": annotations_forms,
    "huge_page.pdf": huge_page,
    "ordinary.pdf": lambda p: _memo(p, pages=2),
}


def build(folder: Path, only: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, make in CASES.items():
        if only and name not in only:
            continue
        make(folder / name)
        out.append(folder / name)
    return out


if __name__ == "__main__":
    import sys
    for p in build(Path(sys.argv[1])):
        print(p, p.stat().st_size)
