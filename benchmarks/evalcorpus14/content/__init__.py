"""Content of the fourteenth held-out evaluation corpus, one module per family of documents."""
from . import brieven, digitaal, notas, overig, scans, verslagen

ALL = [notas, brieven, digitaal, verslagen, overig, scans]
