"""Writing extraction results: JSONL and JSON for tools, a table for people."""

from __future__ import annotations

import json
from typing import TextIO

from rich.console import Console
from rich.table import Table

from .pipeline import Extraction
from .records import Claim, Event, Quantity


def write_jsonl(result: Extraction, source_id: str, out: TextIO) -> None:
    """One record a line, each with its ``record`` key (event or claim)."""
    for record in result.records():
        out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")


def write_json(results: list[Extraction], out: TextIO) -> None:
    """One JSON document: a list of articles with their events and claims."""
    doc = [{"source_id": r.source_id,
            "article": r.article.to_json() | {"text": None},
            "events": [e.to_json() for e in r.events],
            "claims": [c.to_json() for c in r.claims]} for r in results]
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _quantity(q: Quantity | None) -> str:
    if q is None:
        return ""
    if q.low is not None and q.low == q.high:
        return str(q.best)
    if q.high is None and q.low is not None:
        return f"≥{q.low}"
    if q.low is None and q.high is None:
        return f"~{q.best}"
    return f"{q.low}–{q.high}"


def _where(loc) -> str:
    if loc is None:
        return ""
    parts = [p for p in (loc.place, loc.admin2, loc.admin1) if p] or [loc.country or ""]
    return ", ".join(dict.fromkeys(parts)) + f" ({loc.precision})"


def _when(d) -> str:
    if d is None:
        return ""
    return d.start if d.start == d.end else f"{d.start}…{d.end}"


def _console(out: TextIO) -> Console:
    """A console on ``out`` at least 140 columns wide, so tables fold rather than squeeze."""
    return Console(file=out, width=max(Console(file=out).width, 140), highlight=False)


def write_table(result: Extraction, source_id: str, out: TextIO) -> None:
    """A readable table of one article's records: Arabic evidence shown as written."""
    console = _console(out)
    title = f"{source_id}: {len(result.events)} event(s), {len(result.claims)} claim(s)"
    table = Table(title=title, show_lines=True, title_justify="left")
    for col in ("record", "status", "type", "date", "actors", "where", "killed", "injured", "evidence"):
        table.add_column(col, overflow="fold")
    for rec in result.records():
        if isinstance(rec, Event):
            kind, typ, killed, injured, where = "event", f"{rec.event_type}\n{rec.sub_event_type}", \
                _quantity(rec.fatalities), _quantity(rec.injured), _where(rec.location)
            status = rec.status
        else:
            assert isinstance(rec, Claim)
            kind, typ, killed, injured = "claim", f"{rec.event_type}\ncount {_quantity(rec.count)}", "", ""
            where = "\n".join(_where(loc) for loc in rec.locations)
            status = "tally"
        actors = " → ".join(a.name for a in (rec.actor1, rec.actor2) if a) if (rec.actor1 or rec.actor2) else ""
        table.add_row(kind, status, typ, _when(rec.date), actors, where, killed, injured,
                      rec.evidence.sentence.text)
    console.print(table)


EVENT_COLUMNS = ("date_start", "event_type", "sub_event_type", "status", "admin1", "admin2", "place", "actor1",
                 "actor2", "fatalities_best", "sources", "cluster_id")
CLAIM_COLUMNS = ("date_start", "date_end", "event_type", "actor1_id", "count_low", "count_high", "admin1_codes",
                 "title")


def print_rows(rows: list[dict], fmt: str, columns: tuple[str, ...], what: str, out: TextIO | None = None) -> None:
    """Query results as a table for people, or JSON, JSONL or CSV for tools."""
    import csv
    import sys

    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        console = _console(out)
        table = Table(title=f"{len(rows)} {what}", title_justify="left")
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
        console.print(table)
