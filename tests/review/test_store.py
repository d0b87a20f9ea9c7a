"""The case store: schema and versions, WAL, what a run records, concurrency."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading

import pytest

from redactor.log.audit import check_chain
from redactor.log.store import SCHEMA_VERSION, CaseStore, store_path
from redactor.log.store_base import StoreError
from tests.review.conftest import ROOT, published_text, run_dossier


def test_schema_version_wal_and_tables(dossier):
    s = CaseStore.for_out(dossier)
    assert s.schema_version == SCHEMA_VERSION == 2
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"meta", "runs", "documents", "pages", "findings", "decisions", "audit"} <= tables
    assert s.meta("matter") == "TEST-2025-01"
    s.close()


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "internal" / "case.sqlite"
    CaseStore(p, create=True).close()
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(StoreError, match="schemaversie"):
        CaseStore(p)


def test_missing_store_is_refused(tmp_path):
    with pytest.raises(StoreError):
        CaseStore.for_out(tmp_path)


def test_migrations_run_in_order(tmp_path, monkeypatch):
    from redactor.log import store as st
    p = tmp_path / "case.sqlite"
    CaseStore(p, create=True).close()
    monkeypatch.setattr(st, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(st.MIGRATIONS, 2, "ALTER TABLE documents ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    s = CaseStore(p)
    assert s.schema_version == 3
    assert "note" in [r[1] for r in s.conn.execute("PRAGMA table_info(documents)")]
    s.close()


def test_version_1_store_gets_the_audit_index(tmp_path):
    """A store made by the previous version (no index on the audit chain by document) is
    brought to version 2, and the last-entry lookup uses the index, not a scan of the chain."""
    p = tmp_path / "case.sqlite"
    CaseStore(p, create=True).close()
    c = sqlite3.connect(p)
    c.execute("DROP INDEX audit_doc")
    c.execute("PRAGMA user_version = 1")
    c.commit()
    c.close()
    s = CaseStore(p)
    assert s.schema_version == 2
    plan = " ".join(r[-1] for r in s.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM audit WHERE kind = ? AND doc_id = ? ORDER BY seq DESC LIMIT 1", ("publish", "x")))
    assert "audit_doc" in plan and "SCAN audit" not in plan, plan
    s.close()


def test_run_records_documents_pages_findings_decisions(dossier):
    s = CaseStore.for_out(dossier)
    docs = s.documents()
    assert [d["name"] for d in docs] == ["brief_bezwaar_parkeervergunning.pdf", "email_planning_informatieavond.pdf",
                                         "nota_subsidieregeling_buurthuizen.pdf"]
    brief = docs[0]
    assert brief["pages"] == len(s.pages(brief["id"])) >= 1
    doc = s.load_document(brief["id"])
    assert "Bosschaart" in doc.text and doc.pages[0].words
    fs = s.findings(brief["id"])
    assert {f["text"] for f in fs} == {"Bosschaart", "Lotte Wijnands"}
    assert all(f["action"] == "redact" and f["ground"] == "5.1.2e" and f["actor"] == "list:terms" for f in fs)
    # every detector decision is in the audit chain, chained correctly
    entries = s.audit_entries()
    assert not check_chain(entries, "{n}")
    decided = {e["finding"] for e in entries if e["kind"] == "decision"}
    assert {f["id"] for f in fs} <= decided
    assert {e["kind"] for e in entries} >= {"decision", "run", "publish", "reports", "apply"}
    s.close()


def test_recorded_words_equal_the_extracted_words(dossier):
    """The run copies each page's words from its document cache into the store (packed);
    what the store gives back is what extraction gave, and pages written as JSON by older
    versions still read the same."""
    from redactor.extract import extract_pdf
    from redactor.log.rows import word_row

    s = CaseStore.for_out(dossier)
    brief = s.documents()[0]
    stored = s.load_document(brief["id"])
    fresh = extract_pdf(__import__("pathlib").Path(brief["source"]))
    assert [p.words for p in stored.pages] == [p.words for p in fresh.pages]
    assert sum(len(p.words) for p in stored.pages) > 50
    row = s.pages(brief["id"])[0]
    assert isinstance(row["words"], bytes)
    with s.transaction() as c:
        c.execute("UPDATE pages SET words = ? WHERE doc_id = ? AND idx = 0",
                  (json.dumps([word_row(w) for w in fresh.pages[0].words]), brief["id"]))
    assert s.load_document(brief["id"]).pages[0].words == fresh.pages[0].words
    s.close()


def test_rerun_keeps_reviewer_decisions_and_republishes(dossier_template, tmp_path, writer):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(dossier_template / "out", out)
    s = CaseStore.for_out(out)
    brief = s.documents()[0]
    kept = s.findings(brief["id"])[0]
    s.decide([kept["id"]], "keep", "", "geen persoonsgegeven", "reviewer:tester")
    n_before = len(s.audit_entries())
    s.close()
    run_dossier(out, [dossier_template / "in"])           # the same run again
    s = CaseStore.for_out(out)
    f = s.finding(kept["id"])
    assert f["action"] == "keep" and f["actor"] == "reviewer:tester"
    new = s.audit_entries()[n_before:]
    # no detector decision was re-recorded, and the kept name is published again
    assert not [e for e in new if e["kind"] == "decision"]
    assert published_text(out, brief["name"]).count("Bosschaart") == 1
    s.close()


def test_concurrent_writer_process_and_readers(dossier):
    """A second process writes decisions while this one reads: no errors, no corruption,
    an unbroken chain."""
    s = CaseStore.for_out(dossier)
    ids = [f["id"] for f in s.findings()]
    script = (
        "import sys\n"
        "from redactor.log.store import CaseStore\n"
        f"s = CaseStore.for_out({str(dossier)!r})\n"
        f"ids = {ids!r}\n"
        "for n in range(60):\n"
        "    s.decide([ids[n % len(ids)]], 'keep' if n % 2 else 'redact', '' if n % 2 else '5.1.2e', f'r{n}', 'reviewer:p')\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env={"PYTHONPATH": str(ROOT)})
    errors = []

    def read():
        r = CaseStore.for_out(dossier)
        try:
            while proc.poll() is None:
                r.findings()
                r.audit_entries()
        except Exception as e:  # noqa: BLE001
            errors.append(e)
        finally:
            r.close()

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for n in range(30):   # this process writes too
        s.decide([ids[n % len(ids)]], "redact", "5.1.1e" if n % 2 else "5.1.2e", f"w{n}", "reviewer:q")
    assert proc.wait(60) == 0
    for t in threads:
        t.join()
    assert not errors
    assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    entries = s.audit_entries()
    assert not check_chain(entries, "{n}")
    from redactor.log.audit import read_jsonl
    lines, bad = read_jsonl(s.jsonl)
    assert not bad and [e["hash"] for e in lines] == [e["hash"] for e in entries]
    assert sum(1 for e in entries if e["actor"] in ("reviewer:p", "reviewer:q")) == 90
    s.close()


def test_manual_text_and_rect(dossier):
    from redactor.models import PageArea, Rect

    s = CaseStore.for_out(dossier)
    brief = s.documents()[0]
    doc = s.load_document(brief["id"])
    a = doc.text.index("Spittaalstraat 41")
    fid = s.add_manual(brief["id"], actor="reviewer:t", ground="5.1.2e", reason="adres", start=a - 1, end=a + 18)
    f = s.finding(fid)
    assert f["text"] == "Spittaalstraat 41"          # whitespace around the selection is trimmed
    assert f["origin"] == "manual" and f["action"] == "redact" and f["actor"] == "reviewer:t"
    w = next(w for w in doc.pages[0].words if w.text.startswith("7-XKT-42"))
    fid2 = s.add_manual(brief["id"], actor="reviewer:t", ground="5.1.2e", reason="kenteken",
                        areas=[PageArea(0, Rect(w.box.x0 - 1, w.box.y0 - 1, w.box.x1 + 1, w.box.y1 + 1))])
    f2 = s.finding(fid2)
    assert f2["text"] == "7-XKT-42." and json.loads(f2["areas"])
    with pytest.raises(StoreError):
        s.add_manual(brief["id"], actor="reviewer:t", ground="9.9.9", reason="x", start=a, end=a + 5)
    with pytest.raises(StoreError):
        s.add_manual(brief["id"], actor="reviewer:t", ground="5.1.2e", reason="x", start=5, end=2)
    s.close()


def test_store_lives_in_internal(dossier):
    assert store_path(dossier) == dossier / "internal" / "case.sqlite"
    assert (dossier / "internal" / "audit.jsonl").is_file()
    assert not list((dossier / "publish").glob("*.sqlite"))


def test_a_run_being_recorded_does_not_lock_out_the_review_app(dossier):
    """Each document is recorded in its own transaction: between documents another
    connection (the review app saving a decision) can write at once."""
    from redactor.log.recording import open_recording

    rec = open_recording(dossier, actor="run:test", options={}, version="v", detector_version="d",
                         started="2026-01-01T00:00:00+00:00")
    other = CaseStore.for_out(dossier)
    other.conn.execute("PRAGMA busy_timeout = 100")
    other.set_meta("note", "saved during a run")
    assert CaseStore.for_out(dossier).meta("note") == "saved during a run"
    counts = rec.commit([])
    assert counts["documents"] == 0
    assert other.audit_entries()[-1]["kind"] == "run"
    other.close()
    rec.store.close()


def test_rerun_with_a_changed_detector_decision_records_it_once(dossier_template, tmp_path, writer):
    """A rerun whose detector decides a finding differently (here: another ground for the
    search terms) keeps the finding's ID, appends one decision with its audit entry, makes it
    the current one, and leaves a chain that verifies."""
    from redactor.config import RunOptions
    from redactor.dossier import Dossier
    from redactor.log.audit import verify
    from tests.review.conftest import TERMS

    out = tmp_path / "out"
    shutil.copytree(dossier_template / "out", out)
    s = CaseStore.for_out(out)
    before = {f["id"]: f["ground"] for f in s.findings()}
    n_audit = len(s.audit_entries())
    s.close()
    opts = RunOptions(out=out, matter="TEST-2025-01", terms=list(TERMS), only_terms=True, jobs=1,
                      terms_ground="5.1.2d")
    assert not Dossier([dossier_template / "in"], opts).run().failed
    s = CaseStore.for_out(out)
    after = {f["id"]: f for f in s.findings()}
    assert set(after) == set(before) and before and set(before.values()) == {"5.1.2e"}
    assert {f["ground"] for f in after.values()} == {"5.1.2d"}
    for fid, f in after.items():
        history = s.decision_history(fid)
        assert [h["ground"] for h in history] == ["5.1.2e", "5.1.2d"] and f["decision_id"] == history[-1]["id"]
    new = [e for e in s.audit_entries()[n_audit:] if e["kind"] == "decision"]
    assert sorted(e["finding"] for e in new) == sorted(after) and {e["ground"] for e in new} == {"5.1.2d"}
    assert "5.1.2d" in published_text(out, "brief_bezwaar_parkeervergunning.pdf")
    s.close()
    res = verify(out)
    assert res.ok, [str(p) for p in res.problems]
