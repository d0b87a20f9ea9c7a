"""Content of the ninth held-out evaluation corpus, one module per family of documents."""
from . import brieven, digitaal, scans, verslagen

ALL = [verslagen, brieven, digitaal, scans]
