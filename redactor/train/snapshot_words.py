"""Write `data/opentaal_words.txt`: ordinary Dutch words the generator uses as non-names.

A fixed random sample of lower-case words from the OpenTaal word list (BSD licence; see
data/LICENSE.opentaal-BSD.txt), leaving out every word that is also a first name or surname
in the generator's name pools (so "bakker" never becomes an O-example against "Bakker" the
person). Run once by a maintainer from the repository root:

    PYTHONPATH=. python -m redactor.train.snapshot_words [rules/lists/dutch_words.opentaal.txt.gz]
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

from redactor.train import lexicon as lx

HERE = Path(__file__).parent
OUT = HERE / "data" / "opentaal_words.txt"
SRC = Path("rules/lists/dutch_words.opentaal.txt.gz")
WORD = re.compile(r"^[a-zäëïöüéèç]{5,18}$")


def name_words() -> set[str]:
    data = json.loads((HERE / "data" / "faker_names.json").read_text(encoding="utf-8"))
    out = set()
    for d in data["persons"].values():
        for key in ("male", "female", "last"):
            for n in d[key]:
                out.update(w.lower() for w in re.split(r"[ \-]", n))
    for m, f, l in lx.EXTRA_ORIGINS.values():
        for n in m + f + l:
            out.update(w.lower() for w in re.split(r"[ \-]", n))
    out.update(k.split(" ")[-1].lower() for k in lx.WORD_NAMES)
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else SRC
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        words = [w.strip() for w in fh if WORD.match(w.strip())]
    names = name_words()
    words = sorted(w for w in set(words) if w not in names)
    sample = sorted(random.Random(0).sample(words, 25000))
    OUT.write_text("# 25,000 Dutch words sampled from the OpenTaal word list (BSD; see LICENSE.opentaal-BSD.txt),\n"
                   "# without words that are also names in faker_names.json or lexicon.py. Made by snapshot_words.py.\n"
                   + "\n".join(sample) + "\n", encoding="utf-8")
    print(len(words), "candidate words;", len(sample), "written to", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
