"""Watching and bounding a worker process: its memory read from /proc (the parent's watch),
the hard address-space cap set inside the worker, and how a worker's death is named."""
from __future__ import annotations

import os
import signal


def _vm_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _limit_address_space(max_memory: int) -> None:
    """Hard backstop for allocations faster than the parent's watch (decompression
    bombs): the address space may grow by the limit beyond what start-up needed."""
    try:
        import resource
        cap = (_vm_kib() * 1024) + max_memory * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass


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
