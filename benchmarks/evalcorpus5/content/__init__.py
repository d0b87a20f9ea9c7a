"""Content of the fifth held-out evaluation corpus, one module per family of documents."""
from . import brieven, digitaal, scans, verslagen

ALL = [brieven, verslagen, digitaal, scans]
