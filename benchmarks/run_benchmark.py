"""Throughput and memory of `redactor run` on a corpus of stated size.

    python -m benchmarks.run_benchmark [--pages 500] [--scans 10] [--big 1000] [--jobs 1,2]
                                       [--corpus DIR] [--work DIR] [--json FILE]

Builds (or, with --corpus, takes) a corpus — by default 500 born-digital pages of memos,
letters, e-mail printouts and minutes plus 10 scanned pages, generated from the samples'
content (benchmarks/corpus.py) — and measures, in one go:

  * pdftotext on the same born-digital files (one process per file, as it is used), the
    yardstick every figure is compared with;
  * `redactor run` on the born-digital files with each --jobs value: pages/s end to end
    (wall clock, worker start-up and reports included) and per core, pages/s per stage
    (the sum of that stage's time over all documents: extract, OCR, detect, decide,
    write, self-check), peak memory (largest worker and the whole process tree), the
    share of self-checked pages that needed pdfminer;
  * the mixed corpus (born-digital + scans) once with the largest --jobs;
  * one --big-page PDF with --jobs 1: peak memory of its worker and pages/s; and the same
    for a --big-page PDF of distinct pages (the corpus's born-digital pages, then those of
    a second generated corpus, joined), since the big memo repeats 100 pages and a
    document whose words repeat costs less memory than a real one.

Every run starts from an empty output folder (`--force`; nothing reused). The machine,
its load average before and after, and the versions are printed with the figures: on a
shared machine the figures are only as good as the load was low.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ machine

def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cores": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        from importlib import metadata
        info["libraries"] = {n: metadata.version(n) for n in ("pikepdf", "pypdfium2", "pdfminer.six", "spacy")}
    except Exception:  # noqa: BLE001
        pass
    try:
        info["redactor_commit"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                                 capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    return info


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


# ------------------------------------------------------------------ measuring

class TreeMemory(threading.Thread):
    """Polls the resident memory of a process and its descendants (every 50 ms)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_total = 0
        self.peak_single = 0
        self.stop = threading.Event()

    def run(self):
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
                self.peak_total = max(self.peak_total, sum(rss))
                self.peak_single = max([self.peak_single] + rss)
            except psutil.Error:
                break
            # every 0.2 s: at 0.05 s the sampler itself used ~4% of a core, taken from the
            # measured run at --jobs 2 (the worker peak is exact anyway: ru_maxrss)
            self.stop.wait(0.2)


def run_redactor(inputs: list[Path], out: Path, jobs: int, corpus: Path, extra: list[str] = ()) -> dict:
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "benchmarks._child", *map(str, inputs), "--out", str(out), "--jobs", str(jobs)]
    for name in ("terms", "staff", "officials"):
        f = corpus / (f"{name}.txt" if name == "terms" else f"{name}.csv")
        if f.exists():
            cmd += [f"--{name}", str(f)]
    cmd += list(extra)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    mem = TreeMemory(proc.pid)
    mem.start()
    stdout, stderr = proc.communicate()
    mem.stop.set()
    mem.join()
    outer = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark run failed ({proc.returncode}):\n{stderr[-3000:]}")
    res = json.loads(stdout.strip().splitlines()[-1])
    res["outer_wall"] = outer
    res["peak_tree_mb"] = mem.peak_total / 1e6
    res["peak_process_mb"] = mem.peak_single / 1e6
    res["jobs"] = jobs
    return res


def run_load(corpus: Path, work: Path) -> dict:
    cmd = [sys.executable, "-m", "benchmarks._child", str(corpus), "--out", str(work / "out-load"), "--measure-load"]
    for name in ("terms", "staff", "officials"):
        f = corpus / (f"{name}.txt" if name == "terms" else f"{name}.csv")
        if f.exists():
            cmd += [f"--{name}", str(f)]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    try:
        return json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {}


def pdftotext(files: list[Path]) -> dict:
    if not shutil.which("pdftotext"):
        return {}
    import pypdfium2 as pdfium
    pages = 0
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        pages += len(pdf)
        pdf.close()
    t0 = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-q", str(f), os.devnull], check=False)
    wall = time.perf_counter() - t0
    return {"pages": pages, "wall": wall, "pages_per_s": pages / wall}


# ------------------------------------------------------------------ report

STAGES = ["extract", "ocr", "detect", "decide", "rows", "write", "selfcheck"]


def report(m: dict, pdft: dict, runs: list[dict], mixed: dict | None, big: dict | None, distinct: dict | None,
           corpus: dict,
           load_before: str, load_after: str, load_info: dict | None = None) -> str:
    L = []
    L.append("redactor benchmark")
    L.append(f"machine: {m.get('cpu', '?')}, {m.get('cores')} cores, {m.get('memory_gb', '?')} GB, "
             f"Python {m['python']}, {m['platform']}")
    L.append(f"libraries: {m.get('libraries', {})}; redactor commit {m.get('redactor_commit', '?')}")
    L.append(f"load average (1, 5, 15 min): before {load_before}; after {load_after}")
    L.append(f"corpus: {corpus.get('digital_pages', '?')} born-digital pages in "
             f"{sum(1 for f in corpus.get('files', []) if f['kind'] not in ('scan', 'big'))} documents "
             f"(memos, letters, e-mails, minutes; producers: "
             f"{', '.join(sorted({f['producer'] for f in corpus.get('files', []) if f['kind'] not in ('scan', 'big')}))}), "
             f"{corpus.get('scan_pages', 0)} scanned pages, big PDF {corpus.get('big_pages', 0)} pages")
    if pdft:
        L.append(f"pdftotext (same born-digital files, one process per file): {pdft['pages']} pages in "
                 f"{pdft['wall']:.2f} s = {pdft['pages_per_s']:.1f} pages/s")
    L.append("")
    L.append("born-digital, end to end (wall clock incl. worker start-up and reports):")
    L.append(f"  {'jobs':>4} {'pages':>6} {'wall s':>8} {'pages/s':>8} {'per core':>8} {'vs pdftotext':>12} "
             f"{'peak worker MB':>14} {'peak tree MB':>12} {'failed':>6}")
    base = None
    for r in runs:
        pps = r["pages_done"] / r["wall"]
        base = base or pps
        ratio = f"{pps / pdft['pages_per_s']:.3f}" if pdft and pdft['pages_per_s'] else "-"
        L.append(f"  {r['jobs']:>4} {r['pages_done']:>6} {r['wall']:>8.2f} {pps:>8.1f} {pps / r['jobs']:>8.1f} "
                 f"{ratio:>12} {r['maxrss_children_mb']:>14.0f} {r['peak_tree_mb']:>12.0f} {r['failed']:>6}")
    if len(runs) > 1:
        r1, rn = runs[0], runs[-1]
        L.append(f"  speed-up --jobs {rn['jobs']} vs --jobs {r1['jobs']}: "
                 f"{(rn['pages_done'] / rn['wall']) / (r1['pages_done'] / r1['wall']):.2f}x")
    r = runs[0]
    L.append("")
    L.append(f"per stage (--jobs {r['jobs']}; seconds summed over documents; pages/s of that stage alone, per core):")
    st = r["stage_seconds"]
    for s in STAGES:
        v = st.get(s, 0.0)
        if s == "ocr" and v < 1e-3:
            continue
        L.append(f"  {s:<10} {v:>8.2f} s {r['pages_done'] / v if v > 1e-9 else float('inf'):>9.1f} pages/s")
    rec = st.get("record", 0.0)
    L.append(f"  {'record':<10} {rec:>8.2f} s  (in the run's own process while the workers go on: each document "
             f"into the case store)")
    rep = st.get("reports", 0.0)
    L.append(f"  {'reports':<10} {rep:>8.2f} s  (after the passes, in the run's own process: commit, apply, "
             f"productierapport, inventory, logs)")
    other = r["wall"] - sum(st.get(s, 0.0) for s in STAGES) - rep
    L.append(f"  {'rest':<10} {other:>8.2f} s  (worker start-up, document cache, transfer, state)")
    checked = st.get("selfcheck_pdfminer_pages")
    if checked is not None:
        L.append(f"  self-check pages that needed pdfminer (fonts PDFium does not place exactly, or a doubt): "
                 f"{int(checked)}")
    if load_info:
        L.append(f"  loading detector/policy/lists/model, once per worker process: {load_info['load_worker_s']:.2f} s "
                 f"({load_info['rss_mb']:.0f} MB resident after loading)")
    if mixed:
        L.append("")
        pps = mixed["pages_done"] / mixed["wall"]
        L.append(f"mixed corpus incl. scans (--jobs {mixed['jobs']}): {mixed['pages_total']} pages "
                 f"({mixed['ocr_pages']} by OCR), {mixed['pages_done']} done in {mixed['wall']:.2f} s = "
                 f"{pps:.1f} pages/s; OCR stage {mixed['stage_seconds'].get('ocr', 0.0):.2f} s; "
                 f"failed {mixed['failed']}")
        for k, v in mixed["failures"].items():
            L.append(f"  failed {v}x: {k}")
    for what, b in (("PDF", big), ("PDF of distinct pages", distinct)):
        if not b:
            continue
        L.append("")
        L.append(f"one {b['pages_total']}-page {what} (--jobs 1): {b['wall']:.2f} s = "
                 f"{b['pages_done'] / b['wall']:.1f} pages/s; peak memory of the worker "
                 f"{b['maxrss_children_mb']:.0f} MB (whole tree {b['peak_tree_mb']:.0f} MB); "
                 f"stages: " + ", ".join(f"{s} {b['stage_seconds'].get(s, 0):.1f} s" for s in STAGES
                                         if b['stage_seconds'].get(s)))
        for k, v in b["failures"].items():
            L.append(f"  failed: {k}")
    return "\n".join(L)


def distinct_pdf(digital: Path, work: Path, pages: int) -> Path | None:
    """A `pages`-page PDF of distinct pages: the born-digital pages of the corpus, then those
    of a second corpus generated with another seed (reportlab only: quick), joined."""
    import pikepdf

    from benchmarks import corpus as gen
    more = work / "corpus-distinct"
    if more.exists():
        shutil.rmtree(more)
    gen.build(more, pages=pages, seed=11, scans=0, libreoffice=0, quiet=True)
    out = pikepdf.new()
    for f in sorted(digital.rglob("*.pdf")) + sorted((more / "digital").rglob("*.pdf")):
        with pikepdf.open(f) as src:
            for page in src.pages:
                if len(out.pages) < pages:
                    out.pages.append(page)
    if len(out.pages) < pages:
        return None
    (work / "distinct").mkdir(exist_ok=True)
    path = work / "distinct" / f"distinct_{pages}_pages.pdf"
    out.save(path, deterministic_id=True)
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, help="use this corpus folder (made by benchmarks/corpus.py, or any "
                    "folder of PDFs) instead of generating one")
    ap.add_argument("--pages", type=int, default=500, help="born-digital pages to generate (default 500)")
    ap.add_argument("--scans", type=int, default=10, help="scanned pages to generate (default 10)")
    ap.add_argument("--big", type=int, default=1000, help="pages of the single big PDF (default 1000; 0 = skip)")
    ap.add_argument("--libreoffice", type=float, default=-1,
                    help="share of documents rendered by LibreOffice (default: corpus.py's, 0.5)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values to measure (default 1,2)")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("--no-mixed", action="store_true", help="skip the run with scans")
    ap.add_argument("--no-distinct", action="store_true", help="skip the --big-page PDF of distinct pages")
    a = ap.parse_args(argv)

    work = a.work or Path(tempfile.mkdtemp(prefix="redactor-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.corpus:
        corpus_dir = a.corpus
        meta_file = corpus_dir / "corpus.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    else:
        from benchmarks import corpus as gen
        corpus_dir = work / "corpus"
        print(f"building the corpus in {corpus_dir} ...", file=sys.stderr)
        kw = {} if a.libreoffice < 0 else {"libreoffice": a.libreoffice}
        meta = gen.build(corpus_dir, pages=a.pages, scans=a.scans, big=a.big, quiet=False, **kw)
    digital = corpus_dir / "digital" if (corpus_dir / "digital").is_dir() else corpus_dir
    scans = corpus_dir / "scans"
    bigs = sorted((corpus_dir / "big").glob("*.pdf")) if (corpus_dir / "big").is_dir() else []
    digital_files = sorted(digital.rglob("*.pdf"))
    if not meta:
        meta = {"digital_pages": "?", "files": []}

    m = machine()
    load_before = load()
    print(f"load average before: {load_before}", file=sys.stderr)
    pdft = pdftotext(digital_files)
    load_info = run_load(corpus_dir, work)
    runs = []
    for j in [int(x) for x in a.jobs.split(",") if x.strip()]:
        print(f"run --jobs {j} ...", file=sys.stderr)
        runs.append(run_redactor([digital], work / f"out-j{j}", j, corpus_dir))
    mixed = None
    if not a.no_mixed and scans.is_dir() and any(scans.glob("*.pdf")):
        print("run mixed ...", file=sys.stderr)
        mixed = run_redactor([digital, scans], work / "out-mixed", max(r["jobs"] for r in runs), corpus_dir)
    big = None
    if bigs and a.big:
        print("run big ...", file=sys.stderr)
        big = run_redactor(bigs[:1], work / "out-big", 1, corpus_dir)
    distinct = None
    if a.big and not a.no_distinct:
        path = distinct_pdf(digital, work, a.big)
        if path is not None:
            print("run big, distinct pages ...", file=sys.stderr)
            distinct = run_redactor([path], work / "out-distinct", 1, corpus_dir)
    load_after = load()
    text = report(m, pdft, runs, mixed, big, distinct, meta, load_before, load_after, load_info)
    print(text)
    if a.json:
        a.json.write_text(json.dumps({"machine": m, "load_before": load_before, "load_after": load_after,
                                      "pdftotext": pdft, "runs": runs, "mixed": mixed, "big": big,
                                      "distinct": distinct},
                                     indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
