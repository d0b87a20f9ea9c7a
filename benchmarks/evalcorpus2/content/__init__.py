"""Content of the second held-out evaluation corpus, one module per family of documents."""
from . import besluiten, extra, mail, notas, scans, verslagen

ALL = [besluiten, extra, notas, mail, verslagen, scans]
