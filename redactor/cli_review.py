"""Commands over the case store: `review`, `apply`, `audit verify`, `audit report`.

Registered into the main parser by `redactor.cli` (two hook lines there)."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from redactor.errors import BadArgumentsError, ExitCode

COMMANDS = ("review", "apply", "audit")


def register(sub) -> None:
    rv = sub.add_parser("review", help="start the reviewer's web app for one dossier (OUT/ of a run)")
    rv.add_argument("out", type=Path, help="output folder of `redactor run`")
    rv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    rv.add_argument("--port", type=int, default=8765)
    rv.add_argument("--reviewer", default="", help="name recorded with every decision (default: $REDACTOR_REVIEWER or "
                                                   "the login name)")
    ap = sub.add_parser("apply", help="rewrite publish/ from the decisions in the case store")
    ap.add_argument("out", type=Path)
    ap.add_argument("--reviewer", default="")
    au = sub.add_parser("audit", help="verify the audit trail, or write the justification report")
    asub = au.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser("verify", help="check the hash chain, the published files and every box in them")
    v.add_argument("out", type=Path)
    r = asub.add_parser("report", help="write the onderbouwing per document (internal/onderbouwing/)")
    r.add_argument("out", type=Path)


def dispatch(args: argparse.Namespace, console) -> int:
    out = args.out
    if not (out / "internal").is_dir():
        raise BadArgumentsError(f"{out} is not an output folder of `redactor run` (no internal/ in it)")
    from redactor.log.store import CaseStore
    from redactor.log.store_base import StoreError
    if args.command != "audit" or args.audit_command != "verify":
        try:
            CaseStore.for_out(out).close()
        except StoreError as e:
            raise BadArgumentsError(str(e)) from e
    if args.command == "review":
        return _review(args, console)
    if args.command == "apply":
        return _apply(args, console)
    if args.audit_command == "verify":
        return _verify(args, console)
    return _report(args, console)


def _reviewer(args) -> str:
    from redactor.apply import default_actor
    return args.reviewer or default_actor().split(":", 1)[1]


def _review(args, console) -> int:
    import uvicorn

    from redactor.review.app import create_app
    from redactor.review.security import LOCAL_HOSTS, TOKEN_ENV, new_token

    token = os.environ.get(TOKEN_ENV) or new_token()
    if len(token) < 16:
        raise BadArgumentsError(f"{TOKEN_ENV} must be at least 16 characters")
    local = args.host in ("127.0.0.1", "localhost", "::1")
    if not local:
        console.print(f"[yellow]let op[/yellow]: de app luistert op {args.host}; iedereen die dit adres en het "
                      "token heeft, kan de ongelakte documenten zien.")
    app = create_app(args.out, token=token, reviewer=_reviewer(args), allowed_hosts=LOCAL_HOSTS if local else None)
    host = f"[{args.host}]" if ":" in args.host else args.host
    console.print(f"Beoordelen: open [bold]http://{host}:{args.port}/?token={token}[/bold]", soft_wrap=True)
    console.print("Stoppen met Ctrl-C.")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return ExitCode.OK


def _apply(args, console) -> int:
    from redactor.apply import apply_dossier

    reviewer = _reviewer(args)
    res = apply_dossier(args.out, actor=f"reviewer:{reviewer}",
                        progress=lambda n, total, name: None)
    console.print(f"Gepubliceerd: {len(res.written)} opnieuw geschreven, {len(res.unchanged)} ongewijzigd, "
                  f"{len(res.withheld)} niet openbaar, {len(res.failed)} mislukt.")
    for doc_id, msg in res.failed:
        console.print(f"[red]MISLUKT[/red] {doc_id}: {msg}", markup=True, highlight=False)
    console.print(f"Laatste hash van de verantwoording: {res.head}")
    return ExitCode.DOCUMENTS_FAILED if res.failed else ExitCode.OK


def _verify(args, console) -> int:
    from redactor.log.audit import verify

    res = verify(args.out)
    for w in res.warnings:
        console.print(f"[yellow]waarschuwing[/yellow]: {w}", highlight=False)
    if res.ok:
        console.print(f"[green]in orde[/green]: {res.entries} regels in de keten (laatste hash {res.head}), "
                      f"{res.documents} documenten, {res.boxes} balken gecontroleerd.", highlight=False)
        return ExitCode.OK
    for p in res.problems:
        console.print(f"[red]FOUT[/red] {p}", markup=True, highlight=False)
    console.print(f"[red]niet in orde[/red]: {len(res.problems)} problemen.")
    return AUDIT_FAILED


def _report(args, console) -> int:
    from redactor.review.report import write_reports

    written = write_reports(args.out)
    console.print(f"Onderbouwing geschreven: {len(written)} bestanden in {args.out / 'internal' / 'onderbouwing'} "
                  "(intern: bevat namen van beoordelaars en hun toelichting).")
    return ExitCode.OK


AUDIT_FAILED = 5   # `redactor audit verify` found a problem (documented in README/docs/review.md)
