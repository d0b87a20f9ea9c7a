"""A scanned letter through the whole pipeline (CLI, --only-terms), and page-level cases of
the text layer: inherited resources, a digital stamp on a scan."""
import subprocess
import sys

import pikepdf

import scanlib as S
from redactor.extract import extract_pdf
from redactor.extract.ocr import ocr_document
from redactor.models import RedactionArea
from redactor.write.textlayer import add_text_layer

ROOT = S.Path(__file__).resolve().parents[2]


def test_cli_run_on_a_scan(ocr_dir, copier_scan):
    src, _ = copier_scan
    inp = ocr_dir / "cli_in"
    inp.mkdir()
    (inp / "scan.pdf").write_bytes(src.read_bytes())
    terms = ocr_dir / "terms.txt"
    terms.write_text(f"{S.SECRET_LAST}\n{S.SECRET_FIRST}\n{S.CITIZEN}\n", encoding="utf-8")
    out = ocr_dir / "cli_out"
    r = subprocess.run([sys.executable, "-m", "redactor", "run", str(inp), "--out", str(out), "--terms", str(terms),
                        "--only-terms", "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=600,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stdout + r.stderr
    pub = out / "publish" / "scan.pdf"
    text = S.pdftotext(pub)
    assert "Vergunningverlener" in text and "omgevingsvergunning" in text
    for s in (S.SECRET_LAST, S.SECRET_FIRST, "Hazelhoff", S.COPIER_MARKER):
        assert s not in text
    assert not [p for p in pub.parent.iterdir() if p.name.startswith(".")]     # no temporary left
    ocr = S.ocr_text(pub)
    assert S.SECRET_LAST not in ocr and "Vergunningverlener" in ocr


def test_inherited_resources_survive(ocr_dir, copier_scan, copier_doc):
    """Scanners often put /Resources on the page tree node: the image must still be found and
    kept when the layer's font is added."""
    src, _ = copier_scan
    path = ocr_dir / "inherited.pdf"
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0].obj
        pdf.Root.Pages.Resources = page.Resources
        del page["/Resources"]
        pdf.save(path)
    before = extract_pdf(path)
    doc = ocr_document(before)
    assert "Vergunningverlener" in doc.text
    add_text_layer(path, doc, [])
    with pikepdf.open(path) as pdf:
        res = pdf.pages[0].obj.Resources
        assert "/XObject" in res and "/Font" in res
    assert "Vergunningverlener" in S.pdftotext(path)
    assert S.COPIER_MARKER not in S.pdftotext(path)
    assert "Vergunningverlener" in S.ocr_text(path)       # the image is still drawn


def test_digital_stamp_on_scan_not_duplicated(ocr_dir, letter):
    src, _ = letter
    img = S.rasterise(src, noise=4)
    path = ocr_dir / "stamp.pdf"
    S.scan_pdf(path, [img])
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        page.obj.Resources.Font = pikepdf.Dictionary(F9=pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
        page.contents_add(pdf.make_stream(b"BT /F9 14 Tf 350 60 Td (Ontvangen Postkamer) Tj ET\n"), prepend=False)
        pdf.save(path)
    before = extract_pdf(path)
    assert before.pages[0].ocr_reason
    doc = ocr_document(before)
    assert "Postkamer" in doc.text           # OCR read the stamp too
    add_text_layer(path, doc, [RedactionArea(0, [], "5.1.2e")])
    text = S.pdftotext(path)
    assert text.count("Postkamer") == 1 and "Vergunningverlener" in text


def test_text_layer_on_rotated_page(ocr_dir, letter):
    """/Rotate 90 with the scan stored sideways: the layer reads upright, as displayed."""
    src, _ = letter
    path = ocr_dir / "rot_layer.pdf"
    S.scan_pdf(path, [S.rasterise(src, noise=4)], layout="rotate90")
    doc = ocr_document(extract_pdf(path))
    secret = [w for w in doc.words() if w.text.strip(",") == S.SECRET_LAST]
    areas = [RedactionArea(0, [w.box for w in secret], "5.1.2e")]
    add_text_layer(path, doc, areas)
    text = S.pdftotext(path)
    assert "Hierbij bevestigen wij de ontvangst" in text
    assert "Vergunningverlener" in text and S.SECRET_LAST not in text


def test_text_hidden_under_the_scan_is_replaced(ocr_dir, copier_scan):
    """A scanner's OCR layer drawn in an ordinary render mode *under* the page image is not
    trusted either: the page is OCR'd and the hidden layer removed."""
    from redactor.extract.ocr import HIDDEN_LAYER, refine_ocr_reasons
    src, _ = copier_scan
    path = ocr_dir / "hidden.pdf"
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0]
        data = page.obj.Contents.read_bytes()
        image_part, text_part = data.split(b"BT 3 Tr", 1)
        # the layer first (visible render mode), then the scan over it
        page.obj.Contents = pdf.make_stream(b"BT 0 Tr" + text_part + b"\n" + image_part)
        pdf.save(path)
    before = extract_pdf(path)
    assert not before.pages[0].ocr_reason and S.COPIER_MARKER in before.text
    refine_ocr_reasons(before)
    assert before.pages[0].ocr_reason == HIDDEN_LAYER
    doc = ocr_document(before)
    assert S.COPIER_MARKER not in doc.text and "Vergunningverlener" in doc.text
    res = add_text_layer(path, doc, [])
    assert res.old_text_removed > 50
    text = S.pdftotext(path)
    assert S.COPIER_MARKER not in text and text.count("Vergunningverlener") == 1


def test_full_detection_redacts_the_signature_in_a_scan(ocr_dir, copier_scan):
    """Without search terms: the detector's hook reports the ink under the closing line, the
    policy redacts it, the writer paints it."""
    import json
    src, info = copier_scan
    inp = ocr_dir / "det_in"
    inp.mkdir()
    (inp / "scan.pdf").write_bytes(src.read_bytes())
    out = ocr_dir / "det_out"
    r = subprocess.run([sys.executable, "-m", "redactor", "run", str(inp), "--out", str(out), "--no-progress"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stdout + r.stderr
    recs = [json.loads(x) for x in (out / "internal" / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    sig = [x for x in recs if x["label"] == "SIGNATURE"]
    assert len(sig) == 1 and sig[0]["decision"] == "redact" and sig[0]["ground"] == "5.1.2e"
    pub = out / "publish" / "scan.pdf"
    a, px_to_user = S.page_pixels(pub, 0)
    from redactor.extract.affine import invert
    to_px = invert(px_to_user)
    x0, top, x1, bottom = info["signature"]
    H = 841.8898
    xs = [to_px[0] * x + to_px[2] * y + to_px[4] for x in (x0 + 4, x1 - 4) for y in (H - bottom + 4, H - top - 4)]
    ys = [to_px[1] * x + to_px[3] * y + to_px[5] for x in (x0 + 4, x1 - 4) for y in (H - bottom + 4, H - top - 4)]
    block = a[int(min(ys)):int(max(ys)), int(min(xs)):int(max(xs))]
    assert int(block.max()) - int(block.min()) <= 2          # painted: no ink left
    assert "Vergunningverlener" in S.pdftotext(pub)


def test_text_layer_gives_the_same_bytes_twice(ocr_dir, copier_scan, copier_doc):
    """A rerun (issue 7: after a kill) must publish the same bytes: the layer's font name is
    not random and the file ID does not come from the clock."""
    src, _ = copier_scan
    _, doc = copier_doc
    got = []
    for k in range(2):
        p = ocr_dir / f"twice{k}.pdf"
        p.write_bytes(src.read_bytes())
        add_text_layer(p, doc, [])
        got.append(p.read_bytes())
    assert got[0] == got[1]
    with pikepdf.open(ocr_dir / "twice0.pdf") as pdf:
        assert "/RedactorOCR0" in pdf.pages[0].obj.Resources.Font
