"""The command line: parse options, call the library, print. No logic of its own."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from . import __version__
from . import evaluate as evaluation
from .errors import MarsadError
from .evaluate.report import print_detection_report, print_gold_report, print_row_report
from .export import FORMATS, export
from .ingest.files import INPUT_FORMATS, iter_inputs
from .ingest.run import ingest as run_ingest
from .output import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    print_rows,
    write_json,
    write_jsonl,
    write_table,
)
from .pipeline import Pipeline
from .records import STATUSES, Article
from .settings import load_settings
from .store import open_store
from .store.queries import (
    GROUPS,
    PERIODS,
    Filters,
    attach_sources,
    count_events,
    query_claims,
    query_events,
    search_articles,
)
from .store.queries import stats as stats_query


class MarsadGroup(click.Group):
    """Turns every MarsadError into one line on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MarsadError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=MarsadGroup)
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """Marsad: evidence-backed conflict event records from Arabic and English news."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", help="Publication date (YYYY-MM-DD) for every input; anchors 'yesterday', 'last April'.")
@click.option("--lang", type=click.Choice(["ar", "en", "auto"]), default="auto", show_default=True,
              help="Language of the articles; auto looks at the letters.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="How to read the inputs; auto goes by file extension and content.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "json"]), default="table",
              show_default=True, help="table for people; jsonl one record a line; json one document.")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Use knowledge files (actors, triggers, places, words) from this folder [env MARSAD_DATA_DIR].")
def extract(paths, published, lang, input_format, output_format, data_dir) -> None:
    """Extract events and claims from articles: files, folders, or - for stdin.

    \b
    Examples:
      marsad extract examples/ar-diyala-ied.txt --published 2021-03-14
      marsad extract examples/ --format jsonl > records.jsonl
      marsad extract examples/articles.jsonl --format json
      cat article.html | marsad extract - --input-format html --published 2020-05-10

    JSONL input has one article a line: id, text, and optionally published,
    lang, title, url. Every record carries source_id: the input id or path.
    Exits 1 when any input could not be read (the others are still processed).
    """
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give a file, a folder, or - to read standard input")
        paths = ("-",)
    pipeline = Pipeline.from_data_dir(data_dir or load_settings().data_dir)
    failures = 0
    results = []
    writer = {"table": write_table, "jsonl": write_jsonl, "json": None}[output_format]
    items = iter_inputs(paths, input_format, published, None if lang == "auto" else lang, sys.stdin.buffer)
    for item in items:
        if item.error is not None:
            failures += 1
            click.echo(f"Error: {item.error}", err=True)
            continue
        try:
            result = pipeline.extract(item.article, source_id=item.source_id)
        except Exception as exc:  # a bug must not stop the batch: report it and go on
            failures += 1
            click.echo(f"Error: {item.source_id}: internal error while extracting ({type(exc).__name__}: {exc}); "
                       "please report it with this article", err=True)
            continue
        if writer is None:
            results.append(result)
        else:
            writer(result, item.source_id, sys.stdout)
    if output_format == "json":
        write_json(results, sys.stdout)
    if failures:
        click.echo(f"{failures} input(s) failed; see the errors above.", err=True)
        sys.exit(1)


@main.command()
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--detection", type=click.Path(exists=True, dir_okay=False),
              help="Score a sentence-level detection corpus (Arabic GSR format) instead of gold articles.")
@click.option("--kind", type=click.Choice(["assault", "protest"]), default="assault", show_default=True,
              help="With --detection: the class of event to detect.")
@click.option("--acled", type=click.Path(exists=True, dir_okay=False),
              help="Score ACLED-coded rows (CSV): each row's notes is the text, its coded fields the gold.")
@click.option("--ucdp", type=click.Path(exists=True, dir_okay=False),
              help="Score UCDP GED rows (CSV) on their source headlines.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False),
              help="Score this second annotator's labels of the gold file's articles instead of Marsad: "
                   "the annotators' agreement.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True,
              help="List every false positive and false negative with its sentence (one a line; in --json too).")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Use knowledge files from this folder [env MARSAD_DATA_DIR].")
def evaluate(gold, detection, kind, acled, ucdp, against, as_json, errors, data_dir) -> None:
    """Measure extraction quality against hand-labelled data.

    \b
    Examples:
      marsad evaluate bench/gold/ar-test.jsonl
      marsad evaluate bench/gold/ar-dev.jsonl --errors
      marsad evaluate bench/gold/en-test.jsonl --json
      marsad evaluate bench/gold/ar-dev.jsonl --json --errors
      marsad evaluate --detection ../shared/eval/arabic-gsr-assault-dev.jsonl --kind assault
      marsad evaluate --acled ../shared/eval/acled-iraq-2024.csv
      marsad evaluate --ucdp ../shared/eval/ucdp-ged-iraq-1989-2017.csv
      marsad evaluate bench/gold/ar-dev33.jsonl --against bench/gold/agreement/ar-dev33.b.jsonl

    Gold articles are matched one to one (same article, same event type,
    overlapping dates, same governorate when both have one; best field
    agreement first); the report gives event and claim precision, recall and
    F1, field accuracy on matched events, and a confusion table of types.
    With --against, a second annotator's file is scored in Marsad's place:
    how far two people coding the same articles agree.
    """
    pipeline = Pipeline.from_data_dir(data_dir or load_settings().data_dir)
    if detection:
        report = evaluation.evaluate_detection(evaluation.read_detection(detection), kind,
                                               lambda s: pipeline.extract(Article(text=s.text, published=s.published)))
        if as_json:
            click.echo(json.dumps(report.to_json(errors), ensure_ascii=False, indent=2))
        else:
            print_detection_report(report, detection, sys.stdout, errors)
        return
    if acled or ucdp:
        reports = []
        if acled:
            reports.append(evaluation.evaluate_acled(acled, pipeline.extract))
        if ucdp:
            reports.extend(evaluation.evaluate_ucdp(
                ucdp, pipeline.extract, lambda text: evaluation.names_a_place(pipeline.knowledge, text)))
        if as_json:
            click.echo(json.dumps({r.name: r.to_json(errors) for r in reports}, ensure_ascii=False, indent=2))
        else:
            for r in reports:
                print_row_report(r, sys.stdout, errors)
        return
    if not gold:
        raise click.UsageError("give a gold file, --detection FILE, --acled FILE or --ucdp FILE")
    if against and len(gold) != 1:
        raise click.UsageError("--against compares two labellings of one gold file: give exactly one gold file")
    figures = {}
    for path in gold:
        report = evaluation.evaluate_agreement(path, against, pipeline.knowledge.actors) if against else \
            evaluation.evaluate_gold(
                evaluation.read_gold(path),
                lambda g: pipeline.extract(g.article()),
                pipeline.knowledge.actors)
        figures[path] = report.to_json(errors)
        if not as_json:
            print_gold_report(report, path, sys.stdout, errors)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))


# -- the store -------------------------------------------------------------------------------------

def db_option(f):
    return click.option("--db", envvar="MARSAD_DB", default=None,
                        help="Database: a SQLite file (default marsad.db) or a postgresql:// URL [env MARSAD_DB].")(f)


table_format_option = click.option(
    "--format", "output_format", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
    show_default=True, help="table for people; json, jsonl or csv for tools.")


def filter_options(f):
    """The filters every query and export command shares."""
    options = [
        click.option("--since", help="Events on or after this day (YYYY-MM-DD)."),
        click.option("--until", help="Events on or before this day (YYYY-MM-DD)."),
        click.option("--country", help="Country name, e.g. Iraq."),
        click.option("--admin1", help="Governorate: ISO code (IQ-DI) or name (Diyala)."),
        click.option("--actor", help="Actor id (isis) or part of its name."),
        click.option("--type", "type_", help="ACLED event type or sub-event type."),
        click.option("--status", type=click.Choice(STATUSES)),
        click.option("--text", help="Only events from articles whose text matches these words."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _read(db: str | None, query):
    """Run ``query(connection, dialect)`` on the store named by ``--db`` and close it."""
    store = open_store(db)
    try:
        with store.connect() as conn:
            return query(conn, store.dialect)
    finally:
        store.close()


def _events_with_sources(conn, filters: Filters, dialect: str, sources: bool) -> list[dict]:
    rows = query_events(conn, filters, dialect)
    return attach_sources(conn, rows) if sources else rows


def _filters(since, until, country, admin1, actor, type_, status, text, limit=None) -> Filters:
    return Filters(since=since, until=until, country=country, admin1=admin1, actor=actor, type=type_,
                   status=status, text=text, limit=limit)


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that give none.")
@click.option("--lang", type=click.Choice(["ar", "en", "auto"]), default="auto", show_default=True)
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True)
@click.option("--field", "fields", multiple=True, metavar="NAME=COLUMN",
              help="Read a field from another JSON key, e.g. --field text=content --field published=date_extracted.")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Use knowledge files from this folder [env MARSAD_DATA_DIR].")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths, db, published, lang, input_format, fields, data_dir, quiet) -> None:
    """Extract articles and store them: each real event once, with all its sources.

    \b
    Examples:
      marsad ingest examples/
      marsad ingest ../shared/corpus/saudinewsnet-iraq-2015.jsonl --db iraq2015.db
      marsad ingest feed.jsonl --field text=body --field published=pub_date
      marsad ingest news/ --db postgresql://marsad:secret@127.0.0.1/marsad

    Re-ingesting an article changes nothing; an input that fails is recorded
    with its error and the run goes on; an interrupted run resumes where it
    stopped when started again.
    """
    field_map = {}
    for spec in fields:
        name, sep, column = spec.partition("=")
        if not sep or not name or not column:
            raise click.UsageError(f"--field {spec!r}: write it as NAME=COLUMN, e.g. text=content")
        field_map[name.strip()] = column.strip()
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give a file, a folder, or - to read standard input")
        paths = ("-",)
    pipeline = Pipeline.from_data_dir(data_dir or load_settings().data_dir)
    store = open_store(db)
    items = iter_inputs(paths, input_format, published, None if lang == "auto" else lang, sys.stdin.buffer, field_map)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), disable=quiet) as bar:
        task = bar.add_task("ingesting", total=None)
        summary = run_ingest(store, pipeline, items, lambda item: bar.advance(task))
    for error in summary.errors[:20]:
        click.echo(f"Error: {error}", err=True)
    with store.connect() as conn:
        total = count_events(conn, Filters(), store.dialect)
    click.echo(f"articles: {summary.new} new, {summary.known} already known, {summary.failed} failed "
               f"({summary.near_duplicates} republished stories); events: {summary.events}, claims: "
               f"{summary.claims}, new real events: {summary.new_clusters}; real events in the database: {total}")
    store.close()
    if summary.failed:
        sys.exit(1)


@main.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@table_format_option
@click.option("--sources", is_flag=True, help="With json/jsonl: include every source article and its evidence.")
def events(db, since, until, country, admin1, actor, type_, status, text, limit, output_format, sources) -> None:
    """List real events (each reported event once, with its number of sources), newest first.

    \b
    Examples:
      marsad events --admin1 Diyala --since 2015-07-01
      marsad events --actor isis --type "Explosions/Remote violence" --format json --sources
      marsad events --text "الموصل" --format csv > mosul.csv
    """
    filters = _filters(since, until, country, admin1, actor, type_, status, text, limit)
    rows = _read(db, lambda conn, dialect: _events_with_sources(conn, filters, dialect, sources))
    print_rows(rows, output_format, EVENT_COLUMNS, "real events")


@main.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@table_format_option
def claims(db, since, until, country, admin1, actor, type_, status, text, limit, output_format) -> None:
    """List the tallies articles report ("more than 20 attacks in April").

    \b
    Examples:
      marsad claims --actor isis
      marsad claims --since 2020-01-01 --format json
    """
    filters = _filters(since, until, country, admin1, actor, type_, status, text, limit)
    rows = _read(db, lambda conn, dialect: query_claims(conn, filters, dialect))
    print_rows(rows, output_format, CLAIM_COLUMNS, "claims")


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@table_format_option
def search(query, db, limit, output_format) -> None:
    """Search stored articles (Arabic is folded: hamza forms, taa marbuta and proclitics do not matter).

    \b
    Examples:
      marsad search "عبوة ناسفة المقدادية"
      marsad search "Sinjar drone" --format json
    """
    rows = _read(db, lambda conn, dialect: search_articles(conn, query, dialect, limit))
    print_rows(rows, output_format, ("published", "source_id", "title", "snippet"), "articles")


@main.command()
@db_option
@filter_options
@click.option("--by-period", "period", type=click.Choice(PERIODS), default="month",
              show_default=True)
@click.option("--group", "groups", multiple=True, type=click.Choice(GROUPS),
              help="Dimensions to count by (repeatable); default all three.")
@table_format_option
def stats(db, since, until, country, admin1, actor, type_, status, text, period, groups, output_format) -> None:
    """Count real events by period x governorate x actor x type.

    \b
    Examples:
      marsad stats --actor isis --admin1 Diyala
      marsad stats --by-period week --group admin1 --format csv
    """
    by = tuple(groups) or GROUPS
    filters = _filters(since, until, country, admin1, actor, type_, status, text)
    rows = _read(db, lambda conn, dialect: stats_query(conn, filters, dialect, period, by))
    print_rows(rows, output_format, ("period", *by, "events", "fatalities"), "counts")


@main.command(name="export")
@db_option
@filter_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default standard output).")
def export_command(db, since, until, country, admin1, actor, type_, status, text, output_format, output) -> None:
    """Export real events for other tools: ACLED-style CSV, GeoJSON, JSONL or Parquet.

    \b
    Examples:
      marsad export --format acled-csv -o events.csv
      marsad export --format geojson --admin1 Ninawa -o ninawa.geojson
      marsad export --format parquet --since 2015-01-01 -o events.parquet
    """
    filters = _filters(since, until, country, admin1, actor, type_, status, text)
    rows = _read(db, lambda conn, dialect: _events_with_sources(conn, filters, dialect, True))
    if output == "-":
        if output_format == "parquet" and sys.stdout.isatty():
            raise click.UsageError("Parquet is binary: give -o FILE")
        export(rows, output_format, sys.stdout.buffer)
    else:
        with open(output, "wb") as fh:
            export(rows, output_format, fh)
        click.echo(f"{len(rows)} real events written to {output}", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db, host, port) -> None:
    """Serve the web app (pages and /api/) on a database; everything it needs is local.

    \b
    Examples:
      marsad serve                          # marsad.db, http://127.0.0.1:8000/
      marsad serve --db iraq2015.db --port 8080
    """
    import uvicorn

    from .web.app import create_app

    app = create_app(db)
    click.echo(f"Marsad on http://{host}:{port}/ (API description at /api/openapi.json); Ctrl-C stops it", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group()
def token() -> None:
    """Reviewer tokens: the API's write actions and the review pages need one."""


@token.command("create")
@click.argument("name")
@db_option
def token_create(name, db) -> None:
    """Create a reviewer token for NAME (shown once; only its hash is stored).

    \b
    Example:
      marsad token create "Layla Hassan" --db iraq2015.db
    """
    from .store.review import create_token

    store = open_store(db)
    with store.begin() as conn:
        secret = create_token(conn, name)
    store.close()
    click.echo(secret)


if __name__ == "__main__":  # pragma: no cover
    main()
