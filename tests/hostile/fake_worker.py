"""A stand-in for `redactor.pipeline.Worker` whose `analyse` misbehaves on purpose, chosen
by the document name: crash (SIGKILL itself), crash-once (only the first time), sleep
(hang), hog (allocate far beyond the memory limit), slowhog (grow slowly), raise."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path


class FakeWorker:
    loads = 0

    def __init__(self, opts):
        self.opts = opts
        FakeWorker.loads += 1
        marker = Path(opts.out) / "loads"
        marker.mkdir(parents=True, exist_ok=True)
        (marker / str(os.getpid())).write_text("1")

    def analyse(self, path: str, doc_id: str, sha256: str):
        name = Path(path).name
        if name.startswith("crash-once"):
            flag = Path(self.opts.out) / f"{name}.crashed"
            if not flag.exists():
                flag.write_text("x")
                os.kill(os.getpid(), signal.SIGKILL)
        elif name.startswith("crash"):
            os.kill(os.getpid(), signal.SIGKILL)
        elif name.startswith("sleep"):
            time.sleep(120)
        elif name.startswith("hog"):
            blocks = [bytearray(64 << 20) for _ in range(64)]   # 4 GB
            return len(blocks)
        elif name.startswith("slowhog"):
            blocks = []
            for _ in range(40):
                b = bytearray(32 << 20)
                b[::4096] = b"x" * len(b[::4096])                 # touch every page
                blocks.append(b)
                time.sleep(0.05)
            return len(blocks)
        elif name.startswith("raise"):
            raise ValueError("a bug in a recognizer")
        time.sleep(0.05)
        return ("analysed", name, os.getpid())
