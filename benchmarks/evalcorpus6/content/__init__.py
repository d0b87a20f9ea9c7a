"""Content of the sixth held-out evaluation corpus, one module per family of documents."""
from . import besluiten, digitaal, scans, verslagen

ALL = [besluiten, verslagen, digitaal, scans]
