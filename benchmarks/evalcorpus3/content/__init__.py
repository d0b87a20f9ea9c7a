"""Content of the third held-out evaluation corpus, one module per family of documents."""
from . import brieven, extra, formulieren, mail, verslagen

ALL = [brieven, verslagen, mail, formulieren, extra]
