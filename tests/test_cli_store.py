"""The store commands as a user meets them: ingest, events, claims, search, stats, export."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from marsad.cli import main

from .conftest import REPO


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def _ingest(tmp_path):
    db = str(tmp_path / "m.db")
    articles = tmp_path / "in.jsonl"
    articles.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in [
        {"id": "1", "content": "قتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى أمس.",
         "pub_date": "2021-03-15"},
        {"id": "2", "content": "نفذ تنظيم داعش أكثر من 20 هجوما خلال شهر نيسان الماضي في ديالى وكركوك.",
         "pub_date": "2020-05-10"},
        "not an object",
    ]), encoding="utf-8")
    result = _run("ingest", str(articles), "--db", db, "--field", "text=content", "--field", "published=pub_date",
                  "--quiet")
    return db, result


def test_ingest_summary_failures_and_field_mapping(tmp_path):
    db, result = _ingest(tmp_path)
    assert result.exit_code == 1  # one input failed, and is reported
    assert "articles: 2 new, 0 already known, 1 failed" in result.stdout
    assert "in.jsonl:3: each line must be a JSON object" in result.stderr
    again = _run("ingest", str(tmp_path / "in.jsonl"), "--db", db, "--field", "text=content", "--quiet")
    assert "0 new, 2 already known" in again.stdout


def test_events_claims_search_stats(tmp_path):
    db, _ = _ingest(tmp_path)
    events = json.loads(_run("events", "--db", db, "--admin1", "Diyala", "--format", "json", "--sources").stdout)
    assert len(events) == 1 and events[0]["date_start"] == "2021-03-14"
    assert events[0]["sources"][0]["source_id"] == "1"
    assert json.loads(_run("claims", "--db", db, "--actor", "isis", "--format", "json").stdout)[0]["count_low"] == 21
    found = json.loads(_run("search", "المقداديه", "--db", db, "--format", "json").stdout)
    assert [f["source_id"] for f in found] == ["1"]
    table = list(csv.DictReader(io.StringIO(_run("stats", "--db", db, "--format", "csv").stdout)))
    assert table == [{"period": "2021-03", "admin1": "Diyala", "actor": "", "event_type": "Explosions/Remote violence",
                      "events": "1", "fatalities": "3"}]


def test_export_to_a_file(tmp_path):
    db, _ = _ingest(tmp_path)
    out = tmp_path / "events.geojson"
    result = _run("export", "--db", db, "--format", "geojson", "-o", str(out))
    assert result.exit_code == 0 and "1 real events written" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]["admin1_code"] == "IQ-DI"


def test_bad_field_mapping_and_bad_database_are_one_line(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(REPO / "examples"), "--field", "text", "--db",
                                       str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "write it as NAME=COLUMN" in result.output
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert result.exit_code == 1 and "does not exist" in result.output and "Traceback" not in result.output
