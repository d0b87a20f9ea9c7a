"""The local pool isolates documents: a crash, a hang or a memory hog fails only its own
document, the pool is refilled, and every other document is processed."""
from pathlib import Path

import pytest

from redactor.config import RunOptions
from redactor.errors import TimeoutError_, TooLargeError, WorkerCrashError
from redactor.executors_local import LocalExecutor

from fake_worker import FakeWorker


def _run(tmp_path, names, jobs=2, timeout=4.0, max_memory=400):
    opts = RunOptions(out=tmp_path / "out", jobs=jobs, timeout=timeout, max_memory=max_memory)
    jobs_ = [(str(tmp_path / n), n, "0" * 64) for n in names]
    with LocalExecutor(opts, jobs, factory=FakeWorker) as ex:
        got = {Path(args[0]).name: res for args, res in ex.run("analyse", jobs_)}
        stats = ex.stats
    return got, stats, opts


def test_crash_hang_hog_fail_only_their_document(tmp_path):
    names = ["a.pdf", "crash.pdf", "b.pdf", "sleep.pdf", "c.pdf", "hog.pdf", "slowhog.pdf",
             "crash-once.pdf", "raise.pdf", "d.pdf"]
    got, stats, opts = _run(tmp_path, names)
    assert set(got) == set(names)                       # every document has a result
    for n in ("a.pdf", "b.pdf", "c.pdf", "d.pdf", "crash-once.pdf"):
        assert got[n][0] == "ok", (n, got[n])
    assert isinstance(got["crash.pdf"][1], WorkerCrashError)
    assert "SIGKILL" in got["crash.pdf"][1].message
    assert isinstance(got["sleep.pdf"][1], TimeoutError_)
    assert "--timeout" in got["sleep.pdf"][1].message
    for n in ("hog.pdf", "slowhog.pdf"):                 # address-space limit or the RSS watch
        assert isinstance(got[n][1], TooLargeError), (n, got[n])
        assert "memory" in got[n][1].message
    assert got["raise.pdf"][0] == "error" and isinstance(got["raise.pdf"][1], ValueError)
    assert stats.retries == 2 and stats.crashes == 1 and stats.timeouts == 1


def test_worker_loads_once_per_process(tmp_path):
    names = [f"doc{i}.pdf" for i in range(12)]
    got, stats, opts = _run(tmp_path, names, jobs=2)
    assert all(r[0] == "ok" for r in got.values())
    pids = {r[1][2] for r in got.values()}
    loads = list((Path(opts.out) / "loads").iterdir())
    assert len(pids) <= 2 and len(loads) == len(pids)   # one Worker per process, not per document


class _BadRules:
    def __init__(self, opts):
        from redactor.errors import RulesError
        raise RulesError("rules/policy.yaml: unknown ground 5.9")


def test_worker_start_failure_is_a_run_error(tmp_path):
    """A worker that cannot load (bad rules) stops the run with that error, not per document."""
    from redactor.errors import RulesError
    opts = RunOptions(out=tmp_path / "out", jobs=2)
    with pytest.raises(RulesError, match="unknown ground"):
        with LocalExecutor(opts, 2, factory=_BadRules) as ex:
            list(ex.run("analyse", [(str(tmp_path / f"x{i}.pdf"), f"x{i}", "0" * 64) for i in range(3)]))


class _Echo:
    def __init__(self, opts):
        pass

    def finish(self, a, persons, path, prev):
        import os
        return (a, len(persons), persons[0], os.getpid())


def test_shared_argument_goes_once_per_worker(tmp_path, monkeypatch):
    """The dossier's persons (the same object in every second-pass job) are sent to each
    worker once and resolved there; results are the same."""
    import redactor.executors_local as ex_mod
    sends = []
    persons = [f"persoon {i}" for i in range(100)]
    jobs = [(f"doc{i}", persons, f"out{i}.pdf", None) for i in range(10)]
    opts = RunOptions(out=tmp_path / "out", jobs=2)
    with LocalExecutor(opts, 2, factory=_Echo) as ex:
        real_dispatch = ex._dispatch

        def counting(w, method, args, solo):
            sends.append(args[1] is persons)
            return real_dispatch(w, method, args, solo)
        monkeypatch.setattr(ex, "_dispatch", counting)
        got = list(ex.run("finish", jobs))
        held = [len(w.shared) for w in ex.procs]
    assert len(got) == 10 and all(r[0] == "ok" for _, r in got)
    assert all(r[1][1] == 100 and r[1][2] == "persoon 0" for _, r in got)
    assert all(args[1] is persons for args, _ in got)        # the caller sees its own args
    assert held == [0] * len(held)                            # released after the pass
    assert ex_mod._shared_args(jobs) == {1: persons}
