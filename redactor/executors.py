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

Modules: executors_worker.py (what runs inside a worker process), executors_local.py (the
local pool's scheduling), executors_limits.py (memory measured and capped, deaths named),
executors_dask.py.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from redactor.config import RunOptions
from redactor.executors_local import LocalExecutor
from redactor.executors_worker import _init_worker, call

log = logging.getLogger(__name__)


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


# ---------------------------------------------------------------------------- choice

def make_executor(opts: RunOptions):
    kind = getattr(opts, "executor", "local") or "local"
    if kind == "inline":
        return InlineExecutor(opts)
    if kind == "dask":
        from redactor.executors_dask import DaskExecutor
        return DaskExecutor(opts)
    return LocalExecutor(opts, opts.jobs)
