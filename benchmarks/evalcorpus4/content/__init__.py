"""Content of the fourth held-out evaluation corpus, one module per family of documents."""
from . import besluiten, digitaal, scans, sociaal

ALL = [besluiten, sociaal, digitaal, scans]
