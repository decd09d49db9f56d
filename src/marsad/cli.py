"""The command line: parse options, call the library, print. No logic of its own."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import MarsadError
from .ingest.files import INPUT_FORMATS, iter_inputs
from .output import write_json, write_jsonl, write_table
from . import evaluate as evaluation
from .evaluate.report import print_detection_report, print_gold_report, print_row_report
from .pipeline import Pipeline
from .records import Article
from .settings import load_settings


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
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True, help="List every false positive and false negative with its sentence.")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Use knowledge files from this folder [env MARSAD_DATA_DIR].")
def evaluate(gold, detection, kind, acled, ucdp, as_json, errors, data_dir) -> None:
    """Measure extraction quality against hand-labelled data.

    \b
    Examples:
      marsad evaluate bench/gold/ar-test.jsonl
      marsad evaluate bench/gold/ar-dev.jsonl --errors
      marsad evaluate bench/gold/en-test.jsonl --json
      marsad evaluate --detection ../shared/eval/arabic-gsr-assault-dev.jsonl --kind assault
      marsad evaluate --acled ../shared/eval/acled-iraq-2024.csv
      marsad evaluate --ucdp ../shared/eval/ucdp-ged-iraq-1989-2017.csv

    Gold articles are matched one to one (same article, same event type,
    overlapping dates, same governorate when both have one; best field
    agreement first); the report gives event and claim precision, recall and
    F1, field accuracy on matched events, and a confusion table of types.
    """
    pipeline = Pipeline.from_data_dir(data_dir or load_settings().data_dir)
    if detection:
        report = evaluation.evaluate_detection(evaluation.read_detection(detection), kind,
                                               lambda s: pipeline.extract(Article(text=s.text, published=s.published)))
        if as_json:
            click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
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
            click.echo(json.dumps({r.name: r.to_json() for r in reports}, ensure_ascii=False, indent=2))
        else:
            for r in reports:
                print_row_report(r, sys.stdout, errors)
        return
    if not gold:
        raise click.UsageError("give a gold file, --detection FILE, --acled FILE or --ucdp FILE")
    figures = {}
    for path in gold:
        report = evaluation.evaluate_gold(
            evaluation.read_gold(path),
            lambda g: pipeline.extract(Article(text=g.text, published=g.published, lang=g.lang)),
            pipeline.knowledge.actors)
        figures[path] = report.to_json()
        if not as_json:
            print_gold_report(report, path, sys.stdout, errors)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
