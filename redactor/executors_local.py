"""The local pool's scheduling side (`LocalExecutor`, see executors.py for what it
guarantees): it starts worker processes, hands out one document per worker, watches each
document's time and memory, and replaces workers that die, hang or grow too large."""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from typing import Iterable, Iterator

from redactor.config import RunOptions
from redactor.executors_limits import _rss_bytes, _signal_name
from redactor.executors_worker import _SharedRef, _worker_main


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
