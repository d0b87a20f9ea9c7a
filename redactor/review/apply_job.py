"""The review app's "Publiceren": `redactor apply` in a background thread, one at a time,
with its progress for the status page to poll."""
from __future__ import annotations

import threading
import traceback
from datetime import datetime, timezone
from pathlib import Path

from redactor.log.store import CaseStore


class ApplyJob:
    """The one apply that may run at a time, in a background thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.running = False
        self.progress = (0, 0, "")
        self.result = None
        self.error = ""
        self.started = ""
        self.finished = ""

    def start(self, out: Path, actor: str) -> bool:
        with self.lock:
            if self.running:
                return False
            self.running, self.result, self.error = True, None, ""
            self.started, self.finished = _now(), ""
            self.progress = (0, 0, "")
        threading.Thread(target=self._run, args=(out, actor), daemon=True, name="apply").start()
        return True

    def _run(self, out: Path, actor: str) -> None:
        from redactor.apply import apply_dossier
        store = None
        try:
            store = CaseStore.for_out(out)
            self.result = apply_dossier(out, actor=actor, store=store,
                                        progress=lambda n, total, name: setattr(self, "progress", (n, total, name)))
        except Exception as e:  # noqa: BLE001 - shown to the reviewer
            self.error = f"{type(e).__name__}: {e}"
            traceback.print_exc()
        finally:
            if store is not None:
                store.close()
            self.finished = _now()
            self.running = False


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
