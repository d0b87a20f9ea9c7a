"""`redactor run --executor dask` on a LocalCluster: the same outputs as a local run, and
the detector/policy/model loaded once per Dask worker process."""
import hashlib
import shutil
from pathlib import Path

import openpyxl
import pytest

distributed = pytest.importorskip("distributed")

from redactor.cli import main  # noqa: E402
from redactor.errors import ExitCode  # noqa: E402
from redactor.executors_dask import dask_worker_info  # noqa: E402

TERMS = ["Bosschaart", "Lotte Wijnands", "Femke Dijkhuizen", "Iris Vermaat"]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      worker_dashboard_address=None, silence_logs=40) as c:
        yield c


@pytest.fixture
def dossier(tmp_path, samples_dir):
    d = tmp_path / "dossier"
    d.mkdir()
    for p in sorted(samples_dir.glob("*.pdf")):
        shutil.copy(p, d)
    (d / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    terms = tmp_path / "terms.txt"
    terms.write_text("\n".join(TERMS) + "\n", encoding="utf-8")
    return d, terms


def _outputs(out: Path) -> dict:
    pub = out / "publish"
    pdfs = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(pub.glob("*.pdf"))
            if p.name != "inventaris.pdf"}
    rows = [list(r) for r in openpyxl.load_workbook(pub / "productierapport.xlsx").active.iter_rows(values_only=True)]
    fails = (out / "internal" / "failures.csv").read_text(encoding="utf-8")
    return {"pdfs": pdfs, "rows": rows, "failures": fails}


def test_dask_run_equals_local_run(cluster, dossier, tmp_path):
    d, terms = dossier
    common = ["run", str(d), "--terms", str(terms), "--only-terms", "--no-progress"]
    rc_local = main(common + ["--out", str(tmp_path / "local"), "--jobs", "2"])
    rc_dask = main(common + ["--out", str(tmp_path / "dask"), "--executor", "dask",
                             "--scheduler", cluster.scheduler_address])
    assert rc_local == rc_dask == ExitCode.DOCUMENTS_FAILED      # the broken file, in both
    local, dask = _outputs(tmp_path / "local"), _outputs(tmp_path / "dask")
    assert dask["pdfs"] == local["pdfs"] and len(dask["pdfs"]) == 6
    assert dask["rows"] == local["rows"]
    assert dask["failures"].replace(str(tmp_path / "dask"), "") == local["failures"].replace(str(tmp_path / "local"), "")
    assert (tmp_path / "dask" / "internal" / "manifest.json").exists()
    # the Worker (detector, policy, model) was made once per Dask worker process
    from distributed import Client
    with Client(cluster.scheduler_address) as client:
        info = client.run(dask_worker_info)
    assert all(v["workers"] <= 1 for v in info.values()), info
    assert sum(v["workers"] for v in info.values()) >= 1

    # a rerun on the cluster reuses what was done (resume works the same way)
    rc = main(common + ["--out", str(tmp_path / "dask"), "--executor", "dask",
                        "--scheduler", cluster.scheduler_address])
    assert rc == ExitCode.DOCUMENTS_FAILED
    assert _outputs(tmp_path / "dask")["pdfs"] == local["pdfs"]


def test_dask_needs_a_scheduler(tmp_path, dossier, monkeypatch):
    from redactor.executors_dask import DaskExecutor
    monkeypatch.setattr(DaskExecutor, "CONNECT_TIMEOUT", 2.0)
    d, _ = dossier
    assert main(["run", str(d), "--out", str(tmp_path / "o"), "--executor", "dask"]) == ExitCode.BAD_ARGS
    assert main(["run", str(d), "--out", str(tmp_path / "o"), "--executor", "dask",
                 "--scheduler", "tcp://127.0.0.1:1"]) == ExitCode.BAD_ARGS
