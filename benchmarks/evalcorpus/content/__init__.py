"""Content of the evaluation corpus, one module per family of documents."""
from . import brieven, mail, notas

ALL = [notas, brieven, mail]
