"""Printing evaluation reports as tables for people."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .detection import DetectionReport
from .rows import RowReport
from .score import NONE, PRF, GoldReport


def _prf_table(title: str, first: str, rows: list[tuple[str, PRF]]) -> Table:
    table = Table(title=title, title_justify="left")
    for col in (first, "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(col)
    for name, prf in rows:
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn))
    return table


def _console(out: TextIO) -> Console:
    return Console(file=out, width=160, highlight=False)


def _print_error(console: Console, head: str, summary: str, sentence: str | None = None) -> None:
    """One error: ``head`` (markup), ``summary`` and the ``sentence`` under it, texts escaped (no markup read in
    them) and never folded (soft_wrap), so each stays one greppable line."""
    console.print(f"{head} {escape(summary)}" + (f"\n    {escape(sentence)}" if sentence is not None else ""),
                  soft_wrap=True)


def print_gold_report(report: GoldReport, title: str, out: TextIO, errors: bool = False) -> None:
    """The figures of a gold file: P/R/F1, field accuracy, confusion of event types, and errors on request."""
    console = _console(out)
    console.print(_prf_table(f"{title}: {report.articles} articles", "records",
                             [("events", report.events), ("claims", report.claims)]))
    fields = Table(title="field accuracy on matched events", title_justify="left")
    fields.add_column("field")
    fields.add_column("accuracy")
    fields.add_column("correct / scored")
    for name, acc in report.event_fields.items():
        fields.add_row(name, f"{acc.value:.3f}", f"{acc.correct} / {acc.total}")
    for name, acc in report.claim_fields.items():
        fields.add_row(f"claim {name}", f"{acc.value:.3f}", f"{acc.correct} / {acc.total}")
    console.print(fields)
    types = sorted({t for pair in report.confusion for t in pair} - {NONE}) + [NONE]
    conf = Table(title="event types: gold (rows) x predicted (columns)", title_justify="left")
    conf.add_column("gold \\ predicted")
    for t in types:
        conf.add_column(t.split("/")[0][:12])
    for g in types:
        conf.add_row(g, *[str(report.confusion.get((g, p), "")) for p in types])
    console.print(conf)
    if errors:
        for e in report.errors:
            _print_error(console, f"[bold]{e.kind} {e.record}[/bold] {e.article_id}:", e.summary, e.sentence)


def print_detection_report(report: DetectionReport, title: str, out: TextIO, errors: bool = False) -> None:
    """Detection P/R/F1 for yes vs easy no and yes vs all no."""
    console = _console(out)
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(report.counts.items()))
    console.print(_prf_table(f"{title} ({report.kind}; {counts}; ambiguous left out)", "comparison",
                             [("yes vs easy no", report.easy), ("yes vs all no", report.all_no)]))
    if errors:
        for kind, sid, text in report.errors:
            _print_error(console, f"[bold]{kind}[/bold] {sid}:", text)


def print_row_report(report: RowReport, out: TextIO, errors: bool = False) -> None:
    """Per-field accuracy of a coded dataset, over all rows and over rows where an event was found."""
    console = _console(out)
    table = Table(title=f"{report.name}: {report.rows} rows, an event found in {report.detected}",
                  title_justify="left")
    for col in ("field", "accuracy (all rows)", "accuracy (rows with an event)"):
        table.add_column(col)
    for name, acc in report.all_rows.items():
        if acc.total:
            found = report.found_rows[name]
            table.add_row(name, f"{acc.value:.3f} ({acc.correct}/{acc.total})",
                          f"{found.value:.3f} ({found.correct}/{found.total})")
    console.print(table)
    if errors:
        for rid, summary, text in report.errors:
            _print_error(console, f"[bold]{rid}[/bold]", summary, text)
