"""Terminal output: a progress bar while a dossier runs and a summary table at the end."""
from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text


class _PagesColumn(ProgressColumn):
    def render(self, task) -> Text:
        pages = task.fields.get("pages", 0)
        started = task.fields.get("t0") or time.perf_counter()
        rate = pages / max(1e-6, time.perf_counter() - started)
        return Text(f"{pages} pag. · {rate:.1f} pag./s", style="cyan")


class RunProgress:
    """Two steps per document (analyse, then write); pages are counted once."""

    def __init__(self, console: Console, enabled: bool = True):
        self.console = console
        self.enabled = enabled
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 _PagesColumn(), TimeElapsedColumn(), TextColumn("{task.fields[name]}"),
                                 console=console, transient=False, disable=not enabled)
        self.task = None
        self.pages = 0
        self.seen = 0

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)

    def start(self, steps: int) -> None:
        self.total = steps
        self.task = self.progress.add_task("Lakken", total=steps, pages=0, t0=time.perf_counter(), name="")

    def advance(self, pages: int, name: str) -> None:
        self.seen += 1
        if self.seen <= self.total // 2:   # pages counted in the first pass only
            self.pages += pages
        self.progress.update(self.task, advance=1, pages=self.pages, name=name[:40])

    def log(self, message: str) -> None:
        self.progress.console.print(message)


def summary_table(result) -> Table:
    t = Table(title="Samenvatting", show_header=True, header_style="bold")
    t.add_column("", style="bold")
    t.add_column("aantal", justify="right")
    outcomes = result.outcomes
    t.add_row("documenten", str(len(outcomes)))
    t.add_row("pagina's", str(result.pages))
    t.add_row("tijd", f"{result.seconds:.1f} s ({result.pages / max(result.seconds, 1e-6):.1f} pag./s)")
    for label, n in sorted(result.label_counts.items()):
        t.add_row(f"gelakt: {label}", str(n))
    by_outcome: dict[str, int] = {}
    for o in outcomes:
        if o.status != "failed":
            by_outcome[o.outcome] = by_outcome.get(o.outcome, 0) + 1
    for k, n in sorted(by_outcome.items()):
        t.add_row(f"beoordeling: {k}", str(n))
    skipped = sum(1 for o in outcomes if o.status == "skipped")
    if skipped:
        t.add_row("ongewijzigd (overgeslagen)", str(skipped))
    t.add_row("mislukt", str(len(result.failed)), style="red" if result.failed else None)
    return t
