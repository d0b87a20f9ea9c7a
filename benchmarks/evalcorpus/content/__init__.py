"""Content of the evaluation corpus, one module per family of documents."""
from . import brieven, notas

ALL = [notas, brieven]
