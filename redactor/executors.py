"""Where documents are processed: in this process, in local worker processes, or (later)
on a Dask cluster. Each worker loads the detector, the policy and the model once."""
from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Iterable, Iterator

from redactor.config import RunOptions

_WORKER = None


def _init_worker(opts: RunOptions) -> None:
    global _WORKER
    from redactor.pipeline import Worker
    _WORKER = Worker(opts)


def worker():
    return _WORKER


def call(method: str, *args):
    """Run `Worker.<method>(*args)` in the current process's worker; exceptions are returned
    (not raised) so that one document's failure never tears down the pool."""
    try:
        return ("ok", getattr(_WORKER, method)(*args))
    except BaseException as e:  # noqa: BLE001 - reported per document by the caller
        import traceback
        return ("error", e, traceback.format_exc())


class LocalExecutor:
    def __init__(self, opts: RunOptions, jobs: int):
        self.opts = opts
        self.jobs = max(1, jobs)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self):
        if self.jobs > 1:
            # spawn: a clean interpreter per worker; fork would copy the parent's threads (rich)
            ctx = mp.get_context("spawn")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker,
                                            initargs=(self.opts,))
        else:
            _init_worker(self.opts)
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def run(self, method: str, jobs: Iterable[tuple]) -> Iterator[tuple[tuple, tuple]]:
        """Yield (args, result) as each job completes (in completion order)."""
        jobs = list(jobs)
        if self.pool is None:
            for args in jobs:
                yield args, call(method, *args)
            return
        pending: dict[Future, tuple] = {}
        it = iter(jobs)
        # keep a bounded number in flight so that a huge dossier does not queue everything
        for args in it:
            pending[self.pool.submit(call, method, *args)] = args
            if len(pending) >= self.jobs * 2:
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                args = pending.pop(fut)
                yield args, fut.result()
                nxt = next(it, None)
                if nxt is not None:
                    pending[self.pool.submit(call, method, *nxt)] = nxt


def make_executor(opts: RunOptions) -> LocalExecutor:
    return LocalExecutor(opts, opts.jobs)


