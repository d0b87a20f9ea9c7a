"""Content of the eighth held-out evaluation corpus, one module per family of documents."""
from . import brieven, mail, notas, scans, verslagen

ALL = [notas, brieven, mail, verslagen, scans]
