"""One measured run of a dossier (started by run_benchmark.py in its own process, so that
its memory is its own). Prints one JSON line with the figures."""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--executor", default="local")
    ap.add_argument("--terms", type=Path)
    ap.add_argument("--staff", type=Path)
    ap.add_argument("--officials", type=Path)
    ap.add_argument("--max-memory", type=int, default=2048)
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--measure-load", action="store_true")
    a = ap.parse_args(argv)

    from redactor.config import RunOptions
    from redactor.dossier import Dossier

    terms = []
    if a.terms:
        terms = [ln.strip() for ln in a.terms.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
    opts = RunOptions(out=a.out.resolve(), terms=terms, staff=a.staff, officials=a.officials, jobs=a.jobs,
                      executor=a.executor, max_memory=a.max_memory, timeout=a.timeout, force=True)
    if a.measure_load:
        # what loading the detector, policy and model costs (once per worker process); in a
        # process of its own, so that the measured runs' memory is not inflated by it
        t = time.perf_counter()
        from redactor.pipeline import Worker
        w = Worker(opts)
        res = getattr(w.detector, "res", None)
        getattr(res, "lex", None)      # the word lists the detector loads on first use
        sys.stdout.write(json.dumps({"load_worker_s": time.perf_counter() - t,
                                     "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}) + "\n")
        return 0

    t0 = time.perf_counter()
    result = Dossier(a.inputs, opts).run()
    wall = time.perf_counter() - t0
    done = [o for o in result.outcomes if o.status in ("done", "skipped")]
    failed = [o for o in result.outcomes if o.status == "failed"]
    kinds: dict[str, int] = {}
    for o in failed:
        kinds[f"{o.error_kind}: {o.error[:80]}"] = kinds.get(f"{o.error_kind}: {o.error[:80]}", 0) + 1
    out = {
        "wall": wall,
        "documents": len(result.outcomes),
        "pages_done": sum(o.pages for o in done),
        "pages_total": result.pages,
        "ocr_pages": sum(o.ocr_pages for o in result.outcomes),
        "failed": len(failed),
        "failures": kinds,
        "stage_seconds": result.stage_seconds,
        "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
