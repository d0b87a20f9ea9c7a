"""Content of the tenth held-out evaluation corpus, one module per family of documents."""
from . import besluiten, communicatie, overleg, scans

ALL = [besluiten, overleg, communicatie, scans]
