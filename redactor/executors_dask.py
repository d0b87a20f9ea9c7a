"""The Dask executor (`--executor dask --scheduler tcp://HOST:8786`): the same calls as the
local pool (see `redactor.executors`), submitted to an existing dask.distributed cluster.

A `Worker` is cached per Dask worker process (and calls in one process are serialised:
PDFium is not thread-safe), so the model loads once per Dask worker. Workers must see OUT/
and the input files under the same paths (shared filesystem).
"""
from __future__ import annotations

import os
import threading
import traceback
from typing import Iterable, Iterator

from redactor import executors_worker as executors     # call() reads executors._WORKER
from redactor.config import RunOptions
from redactor.executors_local import _shared_args
from redactor.executors_worker import _THREAD_ENV, _picklable_error, call

_DASK_WORKERS: dict[str, object] = {}
_DASK_LOCK = threading.Lock()


def _opts_key(opts: RunOptions) -> str:
    import hashlib
    import pickle
    return hashlib.sha256(pickle.dumps(opts)).hexdigest()


def dask_call(opts: RunOptions, key: str, method: str, *args):
    """A task on a Dask worker: the `Worker` for these options is made once per worker
    process and reused; calls in one process run one at a time."""
    with _DASK_LOCK:
        w = _DASK_WORKERS.get(key)
        if w is None:
            for k in _THREAD_ENV:
                os.environ.setdefault(k, "1")
            try:
                from redactor.pipeline import Worker
                w = _DASK_WORKERS[key] = Worker(opts)
            except BaseException as e:  # noqa: BLE001 - stops the run (bad rules, missing list)
                return ("init-error", _picklable_error(e), traceback.format_exc())
        executors._WORKER = w
        res = call(method, *args)
    if res[0] == "error":
        res = ("error", _picklable_error(res[1]), res[2])
    return res


def _absolute_arg(a):
    """A relative path given on the command line means the same file on a Dask worker only
    when made absolute (workers have their own working folder)."""
    if isinstance(a, str) and a and not os.path.isabs(a) and os.path.exists(a):
        return os.path.abspath(a)
    return a


def _absolute_opts(opts: RunOptions) -> RunOptions:
    import dataclasses
    from pathlib import Path
    changes = {}
    for f in dataclasses.fields(opts):
        v = getattr(opts, f.name)
        if isinstance(v, Path) and not v.is_absolute():
            changes[f.name] = v.resolve()
    return dataclasses.replace(opts, **changes) if changes else opts


def dask_worker_info() -> dict:
    """For tests and diagnostics: which Workers this Dask worker process holds."""
    return {"pid": os.getpid(), "workers": len(_DASK_WORKERS)}


class DaskExecutor:
    CONNECT_TIMEOUT = 30.0     # seconds to reach the scheduler

    def __init__(self, opts: RunOptions, scheduler=None):
        self.opts = opts
        self.scheduler = scheduler if scheduler is not None else opts.scheduler
        self.client = None
        self._own_client = False

    def __enter__(self):
        try:
            from distributed import Client
        except ImportError:
            from redactor.errors import MissingDependencyError
            raise MissingDependencyError("--executor dask needs dask.distributed: pip install 'redactor[dask]'") from None
        from redactor.errors import BadArgumentsError
        if hasattr(self.scheduler, "scheduler_info") and hasattr(self.scheduler, "submit"):
            self.client = self.scheduler                  # a Client made by the caller (tests)
        else:
            if not self.scheduler:
                raise BadArgumentsError("--executor dask needs --scheduler tcp://HOST:8786")
            try:
                self.client = Client(self.scheduler, timeout=self.CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as e:
                raise BadArgumentsError(f"cannot reach the Dask scheduler {self.scheduler}: {e}") from None
            self._own_client = True
        # the workers run elsewhere, in another folder: every path they get is absolute
        self.opts = _absolute_opts(self.opts)
        self.key = _opts_key(self.opts)
        # the options travel once, not with every task
        self.opts_future = self.client.scatter(self.opts, broadcast=True, hash=False)
        return self

    def __exit__(self, *exc):
        if self._own_client and self.client is not None:
            self.client.close()
        return None

    def run(self, method: str, jobs: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
        import uuid

        from distributed import as_completed
        from redactor.errors import WorkerCrashError

        jobs = list(jobs)
        if not jobs:
            return
        tag = uuid.uuid4().hex[:8]
        # an object every job shares (the dossier's persons) travels once to each worker
        shared = {i: self.client.scatter(obj, broadcast=True, hash=False)
                  for i, obj in _shared_args(jobs).items()}
        futures = {}
        for n, args in enumerate(jobs):
            sent = tuple(shared.get(i, _absolute_arg(a)) for i, a in enumerate(args))
            fut = self.client.submit(dask_call, self.opts_future, self.key, method, *sent,
                                     key=f"redactor-{method}-{tag}-{n}", pure=False, retries=0)
            futures[fut.key] = (fut, args)
        try:
            for fut in as_completed([f for f, _ in futures.values()]):
                _, args = futures.pop(fut.key)
                try:
                    res = fut.result()
                except Exception as e:  # noqa: BLE001 - KilledWorker, lost connection, ...
                    name = type(e).__name__
                    if name == "KilledWorker":
                        res = ("error", WorkerCrashError(
                            "the document killed its Dask worker repeatedly (crash or the workers' "
                            "--memory-limit)"), "")
                    else:
                        res = ("error", RuntimeError(f"Dask: {name}: {e}"), traceback.format_exc())
                fut.release()
                if res[0] == "init-error":
                    raise res[1]
                yield args, res
        finally:
            for fut, _ in futures.values():
                fut.cancel()
