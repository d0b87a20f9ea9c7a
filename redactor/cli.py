"""Command line: parse arguments, call the pipeline, map exceptions to exit codes."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from rich.console import Console

from redactor import __version__
from redactor.cli_review import COMMANDS as REVIEW_COMMANDS, dispatch as review_dispatch, register as review_register  # review hook
from redactor.errors import BadArgumentsError, ExitCode, RunError

GROUND_RE = r"^5\.(1\.[12][a-i]|2\.1)$"


def _add_run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", type=Path, help="dossier folder(s) and/or PDF files")
    p.add_argument("--out", required=True, type=Path, help="output folder (publish/ and internal/)")
    p.add_argument("--matter", default="", help="Woo request reference (productierapport 'Matter')")
    p.add_argument("--rules", type=Path, help="rules folder (default: the rules shipped with redactor)")
    p.add_argument("--staff", type=Path, help="CSV of the organisation's employees (always redacted)")
    p.add_argument("--officials", type=Path, help="CSV of office holders and publicly named officials (kept)")
    p.add_argument("--terms", type=Path, help="file with search terms to redact everywhere, one per line")
    p.add_argument("--ground", default="5.1.2e", help="ground for --terms (default 5.1.2e)")
    p.add_argument("--ignore-case", action="store_true", help="match --terms regardless of case")
    p.add_argument("--only-terms", action="store_true", help="redact only the --terms, no detection")
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--name-by", choices=("original", "id"), default="original",
                   help="name published PDFs by original file name or by document ID")
    p.add_argument("--max-pages", type=int, default=5000, help="fail documents with more pages (0 = no limit)")
    p.add_argument("--ocr", choices=("auto", "off", "force"), default="auto")
    p.add_argument("--force", action="store_true", help="reprocess every document, even if unchanged")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (logs and CI)")
    # where and within which limits documents are processed (issue 7: redactor/executors.py)
    p.add_argument("--executor", choices=("local", "inline", "dask"), default="local",
                   help="local: --jobs worker processes (default); inline: in this process, no limits "
                        "(debugging); dask: on a Dask cluster (--scheduler)")
    p.add_argument("--scheduler", default="", help="Dask scheduler address for --executor dask, e.g. tcp://HOST:8786")
    p.add_argument("--timeout", type=float, default=900.0,
                   help="seconds per document and pass before it fails as timeout (default 900; 0 = none)")
    p.add_argument("--max-memory", type=int, default=2048,
                   help="MB of memory per worker process; a document needing more fails (default 2048; 0 = none)")
    p.add_argument("--max-page-size", type=float, default=14400.0,
                   help="largest page side in points (default 14400 = 5.08 m, the PDF limit; 0 = none)")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="redactor", description="Woo-lakken van documentdossiers")
    ap.add_argument("--version", action="version", version=f"redactor {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="command", required=True)
    _add_run_args(sub.add_parser("run", help="redact a dossier of PDFs"))
    ex = sub.add_parser("explain", help="print every finding of one PDF with its decision and reason")
    ex.add_argument("file", type=Path)
    for flag in ("--rules", "--staff", "--officials"):
        ex.add_argument(flag, type=Path)
    sub.add_parser("train", help="train the NER model (see `redactor train --help`)", add_help=False)
    review_register(sub)   # review hook: review, apply, audit
    return ap


def _read_terms(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise BadArgumentsError(f"cannot read terms file {path}: {e.strerror}") from e
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _check_file(path: Path | None, what: str) -> None:
    if path is not None and not path.is_file():
        raise BadArgumentsError(f"{what} not found: {path}")


def cmd_run(args, console: Console) -> int:
    import re

    from redactor.config import RunOptions
    from redactor.dossier import Dossier
    from redactor.progress import RunProgress, summary_table

    for p, what in ((args.staff, "staff list"), (args.officials, "officials list"), (args.terms, "terms file")):
        _check_file(p, what)
    if args.rules is not None and not args.rules.is_dir():
        raise BadArgumentsError(f"rules folder not found: {args.rules}")
    if not re.match(GROUND_RE, args.ground):
        raise BadArgumentsError(f"unknown ground {args.ground!r}; use a Woo article such as 5.1.2e")
    if args.jobs < 1:
        raise BadArgumentsError("--jobs must be at least 1")
    if args.executor == "dask" and not args.scheduler:
        raise BadArgumentsError("--executor dask needs --scheduler tcp://HOST:8786")
    if args.timeout < 0 or args.max_memory < 0 or args.max_page_size < 0:
        raise BadArgumentsError("--timeout, --max-memory and --max-page-size cannot be negative")
    terms = _read_terms(args.terms)
    if args.only_terms and not terms:
        raise BadArgumentsError("--only-terms needs --terms with at least one term")
    out = args.out.resolve()
    for inp in args.inputs:
        if inp.exists() and inp.is_dir() and out.is_relative_to(inp.resolve()):
            raise BadArgumentsError(f"--out {args.out} lies inside the dossier {inp}; choose another folder")
    opts = RunOptions(out=out, matter=args.matter, rules_dir=args.rules, staff=args.staff,
                      officials=args.officials, terms=terms, terms_ground=args.ground,
                      terms_ignore_case=args.ignore_case, only_terms=args.only_terms, jobs=args.jobs,
                      name_by=args.name_by, max_pages=args.max_pages, ocr=args.ocr, force=args.force,
                      executor=args.executor, scheduler=args.scheduler, timeout=args.timeout,
                      max_memory=args.max_memory, max_page_size=args.max_page_size)
    show = not args.no_progress and console.is_terminal
    with RunProgress(console, enabled=show) as progress:
        dossier = Dossier(args.inputs, opts, progress=progress)
        if not dossier.files:
            raise BadArgumentsError("no documents found in the input")
        result = dossier.run()
    console.print(summary_table(result))
    for o in result.failed:
        console.print(f"[red]MISLUKT[/red] {o.source}: {o.error_kind}: {o.error}")
    console.print(f"Uitvoer: {out / 'publish'}  (intern: {out / 'internal'})")
    return ExitCode.DOCUMENTS_FAILED if result.failed else ExitCode.OK


def cmd_explain(args, console: Console) -> int:
    from redactor.explain import explain_file

    _check_file(args.file, "file")
    for p, what in ((args.staff, "staff list"), (args.officials, "officials list")):
        _check_file(p, what)
    for line in explain_file(args.file, rules_dir=args.rules, staff=args.staff, officials=args.officials):
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    return ExitCode.OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    console = Console(stderr=False)
    if argv[:1] == ["train"]:
        from redactor.train.cli import main as train_main
        return train_main(argv[1:])
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return ExitCode.OK if e.code == 0 else ExitCode.BAD_ARGS
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "run":
            return cmd_run(args, console)
        if args.command == "explain":
            return cmd_explain(args, console)
        if args.command in REVIEW_COMMANDS:   # review hook
            return review_dispatch(args, console)
        raise BadArgumentsError(f"unknown command {args.command}")
    except RunError as e:
        console.print(f"[red]fout:[/red] {e.message}" + (f"\n  oplossing: {e.remedy}" if e.remedy else ""))
        return e.exit_code
    except KeyboardInterrupt:
        console.print("[yellow]onderbroken[/yellow]: voer hetzelfde commando opnieuw uit om verder te gaan")
        return ExitCode.INTERRUPTED
    except Exception:  # noqa: BLE001 - a bug: show it, with its own exit code
        console.print_exception()
        console.print("[red]interne fout[/red]: meld dit met de foutmelding hierboven")
        return ExitCode.INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
