"""Where documents are processed: in worker processes on this machine (default), in this
process (`--executor inline`, for debugging), or on a Dask cluster (`--executor dask`).

Every executor has the same interface: `with make_executor(opts) as ex:` and then
`ex.run(method, jobs)` yields `(args, result)` per job in completion order, where
`result` is `("ok", value)` or `("error", exception, traceback_text)` and `method` is a
method of `redactor.pipeline.Worker`. A `Worker` (detector, policy, model, lists) is made
once per worker process, never per document.

Local pool (`LocalExecutor`)
  Each worker process handles one document at a time, so whatever happens there is
  attributed to exactly that document:
  * an exception → that document fails (the batch goes on);
  * it runs longer than `--timeout` seconds (per document and pass) → the worker is
    killed and replaced, the document fails with `timeout`;
  * its memory grows beyond `--max-memory` MB (resident set, watched from here; and a
    hard address-space limit of the same size above the worker's size after start-up, so
    a decompression bomb meets MemoryError instead of the machine's OOM killer) → the
    worker is killed or recycled, the document fails with `too-large`;
  * the worker process dies (a crash in a PDF library, an outside SIGKILL) → the
    document is retried once, alone (nothing else in flight, so another document cannot
    be the cause); if it kills its worker again it fails with `crash`. The pool is
    refilled with new workers; no other document is lost.
  Workers ignore Ctrl-C; the run's own process stops them.

Dask (`DaskExecutor`)
  Submits the same calls to an existing dask.distributed cluster. A `Worker` is cached per
  Dask worker process (and calls in one process are serialised: PDFium is not
  thread-safe), so the model loads once per Dask worker. Workers must see OUT/ and the
  input files under the same paths (shared filesystem): the document cache
  (OUT/internal/cache) and the published PDFs are written by the workers. `--timeout`
  is not enforced on Dask; memory is bounded by the Dask workers' own `--memory-limit`,
  and a document that kills its worker repeatedly fails with `crash` (Dask's
  KilledWorker).
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from typing import Iterable, Iterator

from redactor.config import RunOptions

log = logging.getLogger(__name__)

_WORKER = None
_RECYCLE = False     # set after a MemoryError: the worker process exits after replying
# Thread pools of numerical libraries: one thread per worker process (the pool is the
# parallelism; more threads per worker only compete for the same cores).
_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def _init_worker(opts: RunOptions, factory=None) -> None:
    """`factory(opts)` makes the worker object (default `redactor.pipeline.Worker`; tests
    pass a stand-in that crashes, hangs or allocates on purpose)."""
    global _WORKER
    if factory is None:
        from redactor.pipeline import Worker as factory
    _WORKER = factory(opts)


def worker():
    return _WORKER


def _picklable_error(e: BaseException) -> BaseException:
    """Exceptions from C extensions do not always pickle; send a plain copy instead."""
    import pickle
    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(e).__name__}: {e}")


def call(method: str, *args):
    """Run `Worker.<method>(*args)` in the current process's worker; exceptions are returned
    (not raised) so that one document's failure never tears down the pool."""
    try:
        return ("ok", getattr(_WORKER, method)(*args))
    except MemoryError:
        global _RECYCLE
        _RECYCLE = True
        from redactor.errors import TooLargeError
        limit = getattr(_WORKER, "opts", None) and _WORKER.opts.max_memory
        return ("error", TooLargeError(f"processing needs more memory than the limit"
                                       f"{f' of {limit} MB per worker (--max-memory)' if limit else ''}"),
                traceback.format_exc())
    except BaseException as e:  # noqa: BLE001 - reported per document by the caller
        return ("error", e, traceback.format_exc())


# ---------------------------------------------------------------------------- inline

class InlineExecutor:
    """In this process, one document after the other; no time or memory limits."""

    def __init__(self, opts: RunOptions):
        self.opts = opts

    def __enter__(self):
        _init_worker(self.opts)
        return self

    def __exit__(self, *exc):
        return None

    def run(self, method: str, jobs: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
        for args in jobs:
            yield args, call(method, *args)


# ---------------------------------------------------------------------------- local pool

def _vm_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel kills this worker when the run's process dies (even by SIGKILL),
    so no orphan keeps writing into OUT/ while the same command is run again."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if parent_pid and os.getppid() != parent_pid:     # the parent died before the call above
        os._exit(1)


class _SharedRef:
    """Stands in a job's arguments for an object sent to each worker once (issue 7: the
    dossier's persons go with every second-pass job; pickling them per job cost as much as
    writing the document)."""
    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key


_SHARED: dict[str, object] = {}


def _resolve(args: tuple) -> tuple:
    return tuple(_SHARED[a.key] if isinstance(a, _SharedRef) else a for a in args)


def _shared_args(jobs: list[tuple], min_jobs: int = 2) -> dict[int, object]:
    """Objects that are the very same object in every job at one argument position, and
    big enough to matter: {position: object}."""
    if len(jobs) < min_jobs:
        return {}
    out = {}
    for i, a in enumerate(jobs[0]):
        if isinstance(a, (list, tuple, dict, set)) and len(a) >= 8 and all(
                len(j) > i and j[i] is a for j in jobs):
            out[i] = a
    return out


def _worker_main(conn, opts: RunOptions, factory=None, parent_pid: int = 0) -> None:
    """A worker process: load once, then one document at a time until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent handles Ctrl-C
    _die_with_parent(parent_pid)
    for k in _THREAD_ENV:
        os.environ.setdefault(k, "1")
    try:
        _init_worker(opts, factory)
    except BaseException as e:  # noqa: BLE001 - reported by the parent (bad rules, ...)
        conn.send(("init-error", _picklable_error(e), traceback.format_exc()))
        return
    if opts.max_memory:
        # Hard backstop for allocations faster than the parent's watch (decompression
        # bombs): the address space may grow by the limit beyond what start-up needed.
        try:
            import resource
            cap = (_vm_kib() * 1024) + opts.max_memory * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        except (ImportError, ValueError, OSError):
            pass
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if msg is None:
            return
        if msg[0] == "share":
            _SHARED[msg[1]] = msg[2]
            continue
        if msg[0] == "unshare":
            _SHARED.pop(msg[1], None)
            continue
        task_id, method, args = msg
        res = call(method, *_resolve(args))
        if res[0] == "error":
            res = ("error", _picklable_error(res[1]), res[2])
        try:
            conn.send((task_id, res, _RECYCLE))
        except Exception as e:  # noqa: BLE001 - e.g. a result that does not pickle
            conn.send((task_id, ("error", RuntimeError(f"result could not be sent: {type(e).__name__}: {e}"),
                                 traceback.format_exc()), _RECYCLE))
        if _RECYCLE:
            return   # after a MemoryError the process may be in a bad state: recycle it


@dataclass
class _Proc:
    proc: mp.Process
    conn: object
    ready: bool = False
    task: tuple | None = None        # (task_id, args, solo)
    started: float = 0.0
    peak_rss: int = 0
    shared: set = field(default_factory=set)   # keys of the shared objects it holds


@dataclass
class _Stats:
    restarts: int = 0
    timeouts: int = 0
    memory_kills: int = 0
    crashes: int = 0
    retries: int = 0
    peak_rss: int = 0                # bytes, largest worker seen by the watch
    events: list[str] = field(default_factory=list)


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _signal_name(code: int | None) -> str:
    if code is None:
        return "unknown"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


class LocalExecutor:
    POLL = 0.2     # seconds between watches of time and memory

    def __init__(self, opts: RunOptions, jobs: int | None = None, factory=None):
        self.opts = opts
        self.factory = factory
        self.jobs = max(1, jobs if jobs is not None else opts.jobs)
        self.timeout = float(opts.timeout or 0)
        self.max_memory = int(opts.max_memory or 0) * 1024 * 1024
        self.ctx = mp.get_context("spawn")   # a clean interpreter per worker (no copied threads)
        self.procs: list[_Proc] = []
        self.stats = _Stats()
        self._task_ids = 0
        self._shared: dict[int, tuple[str, object]] = {}

    # -------------------------------------------------------------- processes
    def _start(self) -> _Proc:
        parent, child = self.ctx.Pipe()
        p = self.ctx.Process(target=_worker_main, args=(child, self.opts, self.factory, os.getpid()), daemon=True,
                             name="redactor-worker")
        p.start()
        child.close()
        w = _Proc(p, parent)
        self.procs.append(w)
        return w

    def _stop(self, w: _Proc, kill: bool = False) -> None:
        if w in self.procs:
            self.procs.remove(w)
        if w.peak_rss > self.stats.peak_rss:
            self.stats.peak_rss = w.peak_rss
        try:
            if kill:
                w.proc.kill()
            else:
                try:
                    w.conn.send(None)
                except OSError:
                    w.proc.kill()
            w.proc.join(5)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(5)
        finally:
            w.conn.close()

    def _check_ready(self, w: _Proc) -> None:
        msg = w.conn.recv()
        if msg[0] == "init-error":
            raise msg[1]
        w.ready = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for w in list(self.procs):
            self._stop(w, kill=exc[0] is not None or w.task is not None)
        return None

    # -------------------------------------------------------------- running
    def _dispatch(self, w: _Proc, method: str, args: tuple, solo: bool) -> bool:
        """Send a job to an idle worker; False (and the worker is gone) if it died idle."""
        self._task_ids += 1
        w.task = (self._task_ids, args, solo)
        w.started = time.monotonic()
        try:
            sent = list(args)
            for i, (key, obj) in self._shared.items():
                if key not in w.shared:
                    w.conn.send(("share", key, obj))
                    w.shared.add(key)
                sent[i] = _SharedRef(key)
            w.conn.send((self._task_ids, method, tuple(sent)))
            return True
        except (OSError, ValueError):
            w.task = None
            self._stop(w, kill=True)
            return False

    def _died(self, w: _Proc, retry: deque, method: str):
        """The worker process of `w` died. Return a result for its document, or None when
        the document is queued for a retry on its own."""
        _, args, solo = w.task
        code = w.proc.exitcode
        self._stop(w, kill=True)
        self.stats.restarts += 1
        if not solo:
            self.stats.retries += 1
            self.stats.events.append(f"worker died ({_signal_name(code)}) during {method}; retrying alone")
            retry.append(args)
            return None
        self.stats.crashes += 1
        from redactor.errors import WorkerCrashError
        mem = (f"; the memory limit of {self.opts.max_memory} MB (--max-memory) may have been reached"
               if self.opts.max_memory and code in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV) else "")
        return ("error", WorkerCrashError(f"the worker process died while processing this document "
                                          f"({_signal_name(code)}), twice{mem}"), "")

    def run(self, method: str, jobs: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
        """Yield (args, result) as each job completes (in completion order)."""
        jobs = list(jobs)
        queue = deque(jobs)
        retry: deque = deque()
        self._shared = {i: (f"{id(self)}-{self._task_ids}-{i}", obj) for i, obj in _shared_args(jobs).items()}
        try:
            yield from self._run(method, queue, retry)
        finally:
            for w in self.procs:
                for key, _ in self._shared.values():
                    if key in w.shared:
                        try:
                            w.conn.send(("unshare", key))
                        except OSError:
                            pass
                        w.shared.discard(key)
            self._shared = {}

    def _run(self, method, queue: deque, retry: deque):
        from redactor.errors import TimeoutError_, TooLargeError

        want = min(self.jobs, len(queue))
        while len(self.procs) < want:
            self._start()
        while queue or retry or any(w.task for w in self.procs):
            # keep the pool full (workers that died were removed)
            want = min(self.jobs, len(queue) + len(retry) + sum(1 for w in self.procs if w.task))
            while len(self.procs) < want:
                self._start()
            # hand out work: retries one at a time with nothing else in flight
            busy = [w for w in self.procs if w.task]
            for w in self.procs:
                if not w.ready or w.task:
                    continue
                if retry:
                    if not busy:
                        if self._dispatch(w, method, retry[0], solo=True):
                            retry.popleft()
                            busy.append(w)
                    break
                if not queue:
                    break
                if self._dispatch(w, method, queue[0], solo=False):
                    queue.popleft()
                    busy.append(w)
            # wait for a result, a death, a worker becoming ready, or the next watch
            waitables = []
            for w in self.procs:
                waitables += [w.conn, w.proc.sentinel]
            ready = set(mp_wait(waitables, timeout=self.POLL))
            now = time.monotonic()
            for w in list(self.procs):
                if not w.ready:
                    if w.conn in ready:
                        try:
                            self._check_ready(w)
                        except (EOFError, OSError):
                            self._stop(w, kill=True)
                            raise RuntimeError(f"a worker process could not start ({_signal_name(w.proc.exitcode)})")
                    elif w.proc.sentinel in ready or not w.proc.is_alive():
                        self._stop(w, kill=True)
                        raise RuntimeError(f"a worker process could not start ({_signal_name(w.proc.exitcode)})")
                    continue
                if w.task is None:
                    if not w.proc.is_alive():
                        self._stop(w, kill=True)
                    continue
                task_id, args, solo = w.task
                if w.conn in ready:
                    try:
                        got_id, res, recycle = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(1)
                        res = self._died(w, retry, method)
                        if res is not None:
                            yield args, res
                        continue
                    w.task = None
                    if recycle:                 # it exits after a MemoryError: replace it
                        self._stop(w)
                    elif queue and not retry and self._dispatch(w, method, queue[0], solo=False):
                        # issue 7: the next job goes out before the caller handles this result
                        # (the run records each document meanwhile), so the worker never waits
                        queue.popleft()
                    yield args, res
                    continue
                if w.proc.sentinel in ready or not w.proc.is_alive():
                    w.proc.join(1)
                    res = self._died(w, retry, method)
                    if res is not None:
                        yield args, res
                    continue
                if self.timeout and now - w.started > self.timeout:
                    self.stats.timeouts += 1
                    self._stop(w, kill=True)
                    yield args, ("error", TimeoutError_(
                        f"processing took longer than the limit of {self.timeout:g} s per document "
                        f"(--timeout), in {'extraction and detection' if method == 'analyse' else 'writing'}"), "")
                    continue
                rss = _rss_bytes(w.proc.pid)
                w.peak_rss = max(w.peak_rss, rss)
                if self.max_memory and rss > self.max_memory:
                    self.stats.memory_kills += 1
                    self._stop(w, kill=True)
                    yield args, ("error", TooLargeError(
                        f"processing needed more than the memory limit of {self.opts.max_memory} MB "
                        f"per worker (--max-memory)"), "")
                    continue


# ---------------------------------------------------------------------------- choice

def make_executor(opts: RunOptions):
    kind = getattr(opts, "executor", "local") or "local"
    if kind == "inline":
        return InlineExecutor(opts)
    if kind == "dask":
        from redactor.executors_dask import DaskExecutor
        return DaskExecutor(opts)
    return LocalExecutor(opts, opts.jobs)
