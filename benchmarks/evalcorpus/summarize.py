#!/usr/bin/env python3
"""Print the README tables (documents, totals per type and per keep reason) from truth.json.

    python benchmarks/evalcorpus/summarize.py [CORPUS_FOLDER]
"""
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    # another corpus made with this generator: summarize.py benchmarks/evalcorpus2
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    sys.path.insert(0, str(HERE))
    import generate
    if folder != HERE:
        generate.use_corpus(folder, generate.SEED, generate.BUILD)
    load_docs = generate.load_docs
    notes = {d.file: (d.note, d.font, (d.scan or {}).get("via")) for d in load_docs()}
    print("| file | kind | producer | pages | redact strings / occ. | keep strings / occ. | what |")
    print("|---|---|---|---|---|---|---|")
    per_type = collections.Counter()
    per_why = collections.Counter()
    tot = collections.Counter()
    for name, d in truth["docs"].items():
        r, k = d["redact"], d["keep"]
        rc, kc = sum(i["count"] for i in r), sum(i["count"] for i in k)
        note, font, via = notes.get(name, ("", "", None))
        prod = d["producer"] + (f" (via {via})" if via else "")
        print(f"| {name} | {d['kind']} | {prod} | {d['pages']} | {len(r)} / {rc} | {len(k)} / {kc} | {note} |")
        for i in r:
            per_type[i["type"]] += i["count"]
        for i in k:
            per_why[i["why"]] += i["count"]
        tot.update(docs=1, pages=d["pages"], rs=len(r), ro=rc, ks=len(k), ko=kc, scanned=int(d["scanned"]))
    print()
    print(f"{tot['docs']} documents ({tot['scanned']} scanned), {tot['pages']} pages; "
          f"{tot['rs']} redact strings with {tot['ro']} occurrences; {tot['ks']} keep strings with {tot['ko']} "
          "occurrences.")
    print()
    print("redact occurrences per type: " + ", ".join(f"{k} {v}" for k, v in sorted(per_type.items())))
    print()
    print("keep occurrences per why: " + ", ".join(f"{k} {v}" for k, v in sorted(per_why.items())))


if __name__ == "__main__":
    main()
