"""apply (publish from the decisions) and the audit trail: verify and the onderbouwing."""
from __future__ import annotations

import csv
import json
import shutil
import sqlite3

import openpyxl
import pytest

from redactor.apply import apply_dossier
from redactor.cli import main
from redactor.log.audit import find_boxes, verify
from redactor.log.store import CaseStore
from tests.review.conftest import published_text

AUDIT_FAILED = 5


@pytest.fixture
def reviewed(dossier):
    """The brief with one name kept, an address redacted by hand, the nota withheld; applied."""
    s = CaseStore.for_out(dossier)
    brief, _, nota = s.documents()
    kept = next(f for f in s.findings(brief["id"]) if f["text"] == "Bosschaart")
    s.decide([kept["id"]], "keep", "", "naam mag blijven staan", "reviewer:tester")
    doc = s.load_document(brief["id"])
    a = doc.text.index("Spittaalstraat 41")
    s.add_manual(brief["id"], actor="reviewer:tester", ground="5.1.2e", reason="adres", start=a, end=a + 17)
    s.withhold(nota["id"], "5.2.1", "persoonlijke beleidsopvattingen in intern beraad", "reviewer:tester")
    res = apply_dossier(dossier, actor="reviewer:tester", store=s)
    s.close()
    assert res.failed == []
    return dossier, brief, nota, res


def test_apply_publishes_the_decisions(reviewed):
    out, brief, nota, res = reviewed
    assert res.written == [brief["id"]] and res.withheld == [nota["id"]]
    text = published_text(out, brief["name"])
    assert "Spittaalstraat" not in text                # redacted by hand
    assert text.count("Bosschaart") == 1               # one mention kept, the other still redacted
    assert "Lotte Wijnands" not in text
    assert "Gemeente Zutphen" in text
    assert not (out / "publish" / nota["name"]).exists()


def test_withheld_document_in_inventory_and_productierapport(reviewed):
    out, brief, nota, _ = reviewed
    rows = list(csv.reader((out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";"))
    by_id = {r[6]: r for r in rows[1:]}
    assert by_id[nota["id"]][3] == "Niet openbaar" and by_id[nota["id"]][4] == "5.2.1"
    assert by_id[brief["id"]][3] == "Deels openbaar"
    ws = openpyxl.load_workbook(out / "publish" / "productierapport.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    rec = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert rec[nota["id"]]["Beoordeling"] == "Niet openbaar"
    assert rec[nota["id"]]["Beoordelingsgrond"] == "5.2.1;"
    assert "niet openbaar" in rec[nota["id"]]["Toelichting"].lower()
    # the internal logs follow the decisions too
    findings = [json.loads(x) for x in (out / "internal" / "findings.jsonl").read_text().splitlines()]
    assert any(f["decision"] == "keep" and f["actor"] == "reviewer:tester" for f in findings)
    manifest = json.loads((out / "internal" / "manifest.json").read_text())
    assert {d["id"]: d["outcome"] for d in manifest["documents"]}[nota["id"]] == "Niet openbaar"


def test_apply_is_idempotent(reviewed):
    out, *_ = reviewed
    res = apply_dossier(out, actor="reviewer:tester")
    assert res.written == [] and len(res.unchanged) == 2 and len(res.withheld) == 1
    assert verify(out).ok


def test_verify_passes_after_run_and_after_apply(dossier, reviewed):
    res = verify(dossier)
    assert res.ok, [str(p) for p in res.problems]
    assert res.documents == 3 and res.boxes >= 4


def test_verify_catches_an_edited_log_line(reviewed):
    out, *_ = reviewed
    path = out / "internal" / "audit.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines) if '"actor":"reviewer:tester"' in ln and '"action":"keep"' in ln)
    lines[n] = lines[n].replace("naam mag blijven staan", "naam mag blijven staan (akkoord directeur)")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = verify(out)
    assert not res.ok
    msgs = [str(p) for p in res.problems]
    assert any(m.startswith(f"audit.jsonl regel {n + 1} ") and "hash klopt niet" in m for m in msgs), msgs
    assert main(["audit", "verify", str(out)]) == AUDIT_FAILED


def test_verify_catches_an_edited_database_row_and_a_broken_link(reviewed):
    out, *_ = reviewed
    c = sqlite3.connect(out / "internal" / "case.sqlite")
    c.execute("UPDATE audit SET ground = '5.1.2i' WHERE seq = 3")
    c.commit()
    c.close()
    msgs = [str(p) for p in verify(out).problems]
    assert any("case.sqlite (audit-tabel) regel 3" in m and "hash klopt niet" in m for m in msgs), msgs
    assert any("audit.jsonl regel 3" in m and "wijkt af" in m for m in msgs), msgs


def test_verify_catches_a_deleted_line(reviewed):
    out, *_ = reviewed
    path = out / "internal" / "audit.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    del lines[4]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    msgs = [str(p) for p in verify(out).problems]
    assert any("audit.jsonl regel 5" in m for m in msgs), msgs


def test_verify_catches_a_swapped_pdf(reviewed):
    out, brief, *_ = reviewed
    other = next(p for p in (out / "publish").glob("*.pdf") if p.name not in (brief["name"], "inventaris.pdf"))
    shutil.copy(other, out / "publish" / brief["name"])
    res = verify(out)
    msgs = [str(p) for p in res.problems]
    assert any(m.startswith(f"publish/{brief['name']}") and "hash" in m for m in msgs), msgs
    assert main(["audit", "verify", str(out)]) == AUDIT_FAILED


def test_verify_catches_a_withheld_document_that_is_published(reviewed):
    out, brief, nota, _ = reviewed
    shutil.copy(out / "publish" / brief["name"], out / "publish" / nota["name"])
    msgs = [str(p) for p in verify(out).problems]
    assert any(nota["name"] in m and "niet openbaar" in m for m in msgs), msgs


def test_verify_catches_an_unrecorded_file_and_an_edited_report(reviewed):
    out, *_ = reviewed
    (out / "publish" / "extra.pdf").write_bytes(b"%PDF-1.4\n")
    with open(out / "publish" / "inventaris.csv", "a", encoding="utf-8") as f:
        f.write("99;x;;Openbaar;;1;x\n")
    msgs = [str(p) for p in verify(out).problems]
    assert any("publish/extra.pdf" in m for m in msgs), msgs
    assert any("publish/inventaris.csv" in m and "hash" in m for m in msgs), msgs


def test_box_check_against_recorded_areas(reviewed, tmp_path):
    """Every drawn box needs a recorded area with the same ground, and every recorded area a box."""
    from redactor.log.audit import VerifyResult, _check_boxes

    out, brief, *_ = reviewed
    pdf = out / "publish" / brief["name"]
    boxes = find_boxes(pdf)
    assert boxes and all(b.label == "5.1.2e" for b in boxes)
    s = CaseStore.for_out(out)
    entry = s.last_audit("publish", brief["id"])
    original = tmp_path / "original.pdf"
    shutil.copy(brief["source"], original)
    ok = VerifyResult()
    _check_boxes("x.pdf", pdf, original, entry, ok)
    assert ok.ok and ok.boxes == len(boxes)
    # a box whose decision is not recorded
    missing = json.loads(json.dumps(entry))
    dropped = missing["data"]["areas"][0]["rects"].pop()
    res = VerifyResult()
    _check_boxes("x.pdf", pdf, original, missing, res)
    assert any("geen vastgelegd besluit" in str(p) for p in res.problems), [str(p) for p in res.problems]
    # a recorded area that is not drawn
    extra = json.loads(json.dumps(entry))
    extra["data"]["areas"][0]["rects"].append([dropped[0], dropped[1] - 300, dropped[2], dropped[3] - 300])
    res = VerifyResult()
    _check_boxes("x.pdf", pdf, original, extra, res)
    assert any("niet als balk getekend" in str(p) for p in res.problems), [str(p) for p in res.problems]
    # a box labelled with another ground than the decision's
    other = json.loads(json.dumps(entry))
    for a in other["data"]["areas"]:
        a["ground"] = "5.1.1e"
    res = VerifyResult()
    _check_boxes("x.pdf", pdf, original, other, res)
    assert any("label 5.1.2e" in str(p) and "5.1.1e" in str(p) for p in res.problems)
    s.close()


def test_verify_catches_an_area_whose_decision_was_keep(reviewed):
    """The chain itself is consistent, but a publication shows a box for a kept finding."""
    out, brief, *_ = reviewed
    s = CaseStore.for_out(out)
    kept = next(f for f in s.findings(brief["id"]) if f["action"] == "keep")
    last = s.last_audit("publish", brief["id"])
    data = last["data"]
    data["areas"][0]["decisions"].append(kept["id"])
    with s.transaction():
        s.append_audit(actor="reviewer:tester", kind="publish", doc=brief["id"], action="publish", data=data)
    s.close()
    msgs = [str(p) for p in verify(out).problems]
    assert any(kept["id"] in m and "'keep'" in m for m in msgs), msgs


def test_cli_apply_verify_report(reviewed, capsys):
    out, brief, nota, _ = reviewed
    assert main(["apply", str(out)]) == 0
    assert main(["audit", "verify", str(out)]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["audit", "report", str(out)]) == 0
    rep = out / "internal" / "onderbouwing"
    html = (rep / f"{brief['id']}.html").read_text(encoding="utf-8")
    assert "5.1.2e" in html and "beoordelaar tester" in html and "naam mag blijven staan" in html
    # the onderbouwing says what kind of data, never the redacted text itself
    for secret in ("Lotte Wijnands", "Spittaalstraat", "Bosschaart"):
        assert secret not in html
    assert "Niet openbaar" in (rep / f"{nota['id']}.html").read_text(encoding="utf-8")
    assert (rep / f"{brief['id']}.pdf").read_bytes()[:5] == b"%PDF-"
    assert (rep / "index.html").is_file()
    assert main(["audit", "verify", str(out.parent / "nope")]) == 2


def test_find_boxes_on_rotated_offset_page_and_in_forms(tmp_path, writer):
    """Boxes come out in default user space whatever /Rotate, MediaBox offset or Form
    XObject nesting, with the ground the writer wrote inside."""
    import pikepdf

    from redactor.models import RedactionArea, Rect

    src = tmp_path / "src.pdf"
    pdf = pikepdf.new()
    pg = pdf.add_blank_page(page_size=(400, 600))
    pg.obj.MediaBox = pikepdf.Array([10, 20, 410, 620])
    pg.obj.CropBox = pikepdf.Array([15, 25, 400, 610])
    pg.obj.Rotate = 90
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    inner = pdf.make_stream(b"0 g 10 10 50 20 re f", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                            BBox=pikepdf.Array([0, 0, 200, 200]))
    pg.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font),
                                          XObject=pikepdf.Dictionary(Fi=inner))
    pg.obj.Contents = pdf.make_stream(b"BT /F1 12 Tf 100 500 Td (Geheime naam hier) Tj ET "
                                      b"q 2 0 0 2 100 100 cm /Fi Do Q")
    pdf.save(src)
    dst = tmp_path / "dst.pdf"
    writer(src, dst, [RedactionArea(page=0, rects=[Rect(100, 495, 190, 512)], ground="5.1.2e")])
    boxes = sorted(find_boxes(dst), key=lambda b: b.rect.x0)
    assert [(round(b.rect.x0), round(b.rect.y0), round(b.rect.x1), round(b.rect.y1), b.label) for b in boxes] == [
        (100, 495, 190, 512, "5.1.2e"),      # the writer's box
        (120, 120, 220, 160, ""),            # a dark shape inside a form: (10,10)-(60,30) scaled 2, moved 100
    ]


def test_apply_unpublishes_a_document_whose_self_check_fails(reviewed, monkeypatch):
    import redactor.write
    from redactor.errors import SelfCheckError

    out, brief, *_ = reviewed
    s = CaseStore.for_out(out)
    f = next(f for f in s.findings(brief["id"]) if f["action"] == "keep")
    s.decide([f["id"]], "redact", "5.1.2e", "toch lakken", "reviewer:tester")

    def failing(src, dst, areas):
        raise SelfCheckError("text left under a box on page 1")

    monkeypatch.setattr(redactor.write, "redact_pdf", failing)
    res = apply_dossier(out, actor="reviewer:tester", store=s)
    assert [d for d, _ in res.failed] == [brief["id"]] and "self-check" in res.failed[0][1]
    assert not (out / "publish" / brief["name"]).exists()
    assert s.document(brief["id"])["status"] == "failed"
    inv = (out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert brief["id"] not in inv
    assert s.last_audit("publish", brief["id"])["action"] == "unpublish"
    assert verify(out).ok
    monkeypatch.undo()
    res = apply_dossier(out, actor="reviewer:tester", store=s)    # fixed writer: published again
    assert res.written == [brief["id"]] and (out / "publish" / brief["name"]).exists()
    assert verify(out).ok
    s.close()


def test_rerun_with_fewer_terms_retires_findings(dossier_template, tmp_path, writer):
    from tests.review.conftest import run_dossier

    out = tmp_path / "out"
    shutil.copytree(dossier_template / "out", out)
    run_dossier(out, [dossier_template / "in"], terms=["Bosschaart"])
    s = CaseStore.for_out(out)
    assert {f["text"] for f in s.findings()} == {"Bosschaart"}
    retired = s.findings(include_retired=True)
    assert {f["text"] for f in retired if f["retired"]} >= {"Lotte Wijnands", "Femke Dijkhuizen"}
    assert any(e["action"] == "retired" for e in s.audit_entries())
    assert "Lotte Wijnands" in published_text(out, "brief_bezwaar_parkeervergunning.pdf")
    assert verify(out).ok
    s.close()


def test_review_command_binds_locally_and_prints_the_token(dossier, monkeypatch, capsys):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    monkeypatch.setenv("REDACTOR_REVIEW_TOKEN", "env-token-0123456789abcdef")
    assert main(["review", str(dossier), "--port", "8123"]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert "http://127.0.0.1:8123/?token=env-token-0123456789abcdef" in capsys.readouterr().out.replace("\n", "")
    assert seen["app"].state.guard.token == "env-token-0123456789abcdef"
    monkeypatch.setenv("REDACTOR_REVIEW_TOKEN", "short")
    assert main(["review", str(dossier)]) == 2
    monkeypatch.delenv("REDACTOR_REVIEW_TOKEN")
    assert main(["review", str(dossier)]) == 0
    assert len(seen["app"].state.guard.token) >= 24
    seen["app"].state.store.close()


def test_rerun_without_a_document_and_with_a_new_version_of_another(dossier_template, tmp_path, writer):
    """A document the new run does not get is unpublished and leaves the reports; a new
    version of a file (new ID, same name) is published under the old name."""
    from tests.review.conftest import run_dossier

    out = tmp_path / "out"
    shutil.copytree(dossier_template / "out", out)
    inp = tmp_path / "in"
    shutil.copytree(dossier_template / "in", inp)
    (inp / "email_planning_informatieavond.pdf").unlink()
    nota = inp / "nota_subsidieregeling_buurthuizen.pdf"
    nota.write_bytes(nota.read_bytes() + b"\n%new version\n")
    run_dossier(out, [inp])
    s = CaseStore.for_out(out)
    names = sorted(d["name"] for d in s.documents())
    assert names == ["brief_bezwaar_parkeervergunning.pdf", "nota_subsidieregeling_buurthuizen.pdf"]
    assert not (out / "publish" / "email_planning_informatieavond.pdf").exists()
    assert (out / "publish" / "nota_subsidieregeling_buurthuizen.pdf").exists()
    inv = (out / "publish" / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "email_planning" not in inv and inv.count("nota_subsidieregeling") == 1
    assert len(s.documents(removed=True)) == 4
    res = verify(out)
    assert res.ok, [str(p) for p in res.problems]
    s.close()


def test_commit_of_a_run_without_documents_removes_every_document(dossier):
    """A recording closed with no outcomes at all leaves no document of earlier runs in the
    dossier (an empty "NOT IN ()" list must not turn into "matches nothing")."""
    from redactor.log.recording import open_recording

    rec = open_recording(dossier, actor="run:test", options={}, version="t", detector_version="t",
                         started="2026-01-01T00:00:00Z")
    counts = rec.commit([])
    rec.close()
    s = CaseStore.for_out(dossier)
    assert counts["removed"] == 3 and s.documents() == [] and len(s.documents(removed=True)) == 3
    s.close()
