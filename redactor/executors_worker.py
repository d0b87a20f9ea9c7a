"""The worker-process side of every executor: the process's `Worker`, made once per process;
`call`, which runs one job and returns (never raises) its exception; and the local pool's
worker loop, which receives jobs (and objects shared by all jobs) over a pipe."""
from __future__ import annotations

import os
import signal
import sys
import traceback

from redactor.config import RunOptions
from redactor.executors_limits import _limit_address_space

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
        _limit_address_space(opts.max_memory)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if msg is None:
            # issue 7: everything a job makes is written (and renamed) before its result is
            # sent, so there is nothing left to tear down; the interpreter's own teardown of
            # the model and lists took ~0.3 s that the run waited for after its last document
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError, AttributeError):
                    pass
            os._exit(0)
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
