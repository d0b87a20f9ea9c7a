"""Generator of NER training text in the genre of the documents redactor reads.

Every generated document is a pair (text, spans): `text` looks like what the extract stage
produces from a PDF (words joined by single spaces within a line, "\\n" between lines,
paragraphs wrapped at a random width, tables flattened row by row, two-column headers
sometimes merged line by line) and `spans` lists (start, end, label) for PER, ORG and LOC.

Determinism: `generate_docs(n, seed, split)` returns the same documents for the same
arguments (no global random state, no set iteration order, no time-dependence).

Split "train" uses the training share of names and frames; split "heldout" uses only the
held-out names (names.held_out) and held-out frames (`frame_held_out`), so that evaluation
on it measures generalisation to unseen names and sentences (layouts are shared).

Annotation guidelines (also in DATA-LICENCES.md):
- PER: a person's name in any form, without titles/honorifics/function ("dhr.", "drs.",
  "minister" stay outside); Outlook "Vries, Jan de" is one span; a paraph standing for a
  person ("SvdM") is PER; office holders are PER. Names inside e-mail addresses are not.
- ORG: organisations incl. ministries, agencies, companies, foundations, parties,
  directorates and their abbreviations; a foundation/hospital/school named after a person
  is ORG as a whole ("Stichting Anna Pieterse Fonds").
- LOC: places, countries, regions, waters, streets (without house number) and buildings;
  a street named after a person is LOC as a whole ("Johan de Wittlaan").
"""
from __future__ import annotations

import random

from redactor.train.layout import Span

LABELS = ("PER", "ORG", "LOC")


# The parts: layout.py (lines, wrapping, columns, tables), context.py (document context, frames,
# slot filling), mentions.py (people, organisations, places, dates); the document templates live
# in templates/docs.py; Europeana (CC0) chunks are added in corpus.py.

def generate_doc(rng: random.Random, split: str = "train", with_inserted: bool = False):
    """One document as (text, spans); with `with_inserted`, also the inserted entity strings."""
    from redactor.train.templates import docs
    return docs.generate(rng, split, with_inserted=with_inserted)


def generate_docs(n: int, seed: int = 0, split: str = "train") -> list[tuple[str, list[Span]]]:
    """`n` documents, deterministic for (`n`, `seed`, `split`)."""
    out = []
    for i in range(n):
        rng = random.Random(f"{seed}:{split}:{i}")
        out.append(generate_doc(rng, split))
    return out
