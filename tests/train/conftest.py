import warnings

import pytest

warnings.filterwarnings("ignore", message=r".*\[W030\].*")


@pytest.fixture(scope="session")
def ner():
    from redactor.detect.ner import load_ner
    return load_ner()
