"""The rule layer on its own (the shared detector, policy and sentence helpers are in
tests/conftest.py)."""
from __future__ import annotations

import pytest

from redactor.detect import Detector


@pytest.fixture(scope="session")
def rules_only() -> Detector:
    """The rule layer without the model: only for tests of one rule in isolation (the shipped
    product always runs with the model)."""
    return Detector(use_model=False)
