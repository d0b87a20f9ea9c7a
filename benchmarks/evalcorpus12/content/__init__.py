"""Content of the twelfth held-out evaluation corpus, one module per family of documents."""
from . import besluiten, digitaal, intern, scans

ALL = [besluiten, intern, digitaal, scans]
