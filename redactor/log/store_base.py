"""What every part of the case store shares: its error and its clock (the time recorded
with runs, decisions and audit entries)."""
from __future__ import annotations

from datetime import datetime, timezone


class StoreError(Exception):
    """The case store is missing, newer than this program, or inconsistent."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
