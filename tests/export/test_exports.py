"""Exports read back by the tools analysts use: csv, json, pyarrow."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from marsad.export import export
from marsad.export.acled import COLUMNS
from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.records import Article
from marsad.store import open_store
from marsad.store.queries import Filters, event_sources, query_events

TEXTS = [
    ("a", "2021-03-15", "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية أبي صيدا في قضاء المقدادية أمس."),
    ("b", "2021-07-16", "تظاهر مئات المحتجين يوم الخميس في محافظة البصرة للمطالبة بالكهرباء."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory, pipeline):
    store = open_store(str(tmp_path_factory.mktemp("export") / "x.db"))
    ingest(store, pipeline, [InputItem(i, article=Article(text=t, published=p)) for i, p, t in TEXTS])
    with store.connect() as conn:
        out = query_events(conn, Filters(), store.dialect)
        for r in out:
            r["sources"] = event_sources(conn, r["cluster_id"])
    store.close()
    return out


def _export(rows, fmt) -> bytes:
    buffer = io.BytesIO()
    export(rows, fmt, buffer)
    return buffer.getvalue()


def test_acled_csv_has_acled_columns_and_conventions(rows):
    table = list(csv.DictReader(io.StringIO(_export(rows, "acled-csv").decode("utf-8"))))
    assert list(table[0].keys()) == COLUMNS
    by_type = {r["event_type"]: r for r in table}
    bomb = by_type["Explosions/Remote violence"]
    assert bomb["event_date"] == "2021-03-14" and bomb["time_precision"] == "1"
    assert bomb["geo_precision"] == "1" and bomb["location"] == "Abu Saida" and bomb["iso"] == "368"
    assert bomb["fatalities"] == "3" and bomb["disorder_type"] == "Political violence"
    assert "عبوة" in bomb["notes"]
    assert bomb["tags"] == "sources=1"  # a count, not the source records the rows carry
    protest = by_type["Protests"]
    assert protest["geo_precision"] == "3" and protest["latitude"] == ""  # a governorate: no invented point
    assert protest["disorder_type"] == "Demonstrations" and protest["inter1"] == "Protesters"


def test_geojson(rows):
    doc = json.loads(_export(rows, "geojson"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    points = {f["properties"]["event_type"]: f["geometry"] for f in doc["features"]}
    assert points["Explosions/Remote violence"]["type"] == "Point"
    assert points["Protests"] is None


def test_jsonl_keeps_sources(rows):
    lines = [json.loads(x) for x in _export(rows, "jsonl").decode("utf-8").splitlines()]
    assert all(line["sources"] and line["sources"][0]["evidence"]["sentence"]["text"] for line in lines)


def test_parquet(rows):
    table = pq.read_table(io.BytesIO(_export(rows, "parquet")))
    assert table.num_rows == 2
    assert {"event_date", "fatalities", "cluster_id", "sources_count"} <= set(table.column_names)
    assert table.column("sources_count").to_pylist() == [1, 1]
