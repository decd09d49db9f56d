"""Queries shared by the CLI and the web app."""

from __future__ import annotations

import pytest

from marsad.errors import UsageError
from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.records import Article
from marsad.store.queries import Filters, attach_sources, count_events, event_sources, query_claims, query_events, search_articles, stats

ARTICLES = [
    ("diyala", "2021-03-15", "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء المقدادية بمحافظة ديالى أمس."),
    ("basra", "2021-07-16", "تظاهر مئات المحتجين يوم الخميس أمام مبنى محافظة البصرة للمطالبة بالكهرباء، وأطلقت "
                            "القوات الأمنية الغاز المسيل للدموع لتفريقهم."),
    ("sinjar", "2021-11-17", "A Turkish drone struck a car near Sinjar on Tuesday, killing two PKK fighters."),
    ("tally", "2020-05-10", "نفذ تنظيم داعش أكثر من 20 هجوما خلال شهر نيسان الماضي في ديالى وكركوك."),
]


@pytest.fixture
def filled(store, pipeline):
    ingest(store, pipeline, [InputItem(i, article=Article(text=t, published=p)) for i, p, t in ARTICLES])
    return store


def _events(store, **kw):
    with store.connect() as conn:
        return query_events(conn, Filters(**kw), store.dialect)


def test_filters(filled):
    assert {r["admin1_code"] for r in _events(filled)} == {"IQ-DI", "IQ-BA", "IQ-NI"}
    assert [r["admin1_code"] for r in _events(filled, admin1="IQ-DI")] == ["IQ-DI"]
    assert [r["admin1_code"] for r in _events(filled, admin1="diyala")] == ["IQ-DI"]
    assert [r["event_type"] for r in _events(filled, type="Protests")] == ["Protests"]
    assert [r["sub_event_type"] for r in _events(filled, type="Air/drone strike")] == ["Air/drone strike"]
    assert [r["actor1_id"] for r in _events(filled, actor="turkey-military")] == ["turkey-military"]
    assert [r["date_start"] for r in _events(filled, since="2021-07-01", until="2021-07-31")] == ["2021-07-15"]
    with filled.connect() as conn:
        assert count_events(conn, Filters(), filled.dialect) == 3


def test_text_filter_folds_arabic_and_proclitics(filled):
    # the article says "بمحافظة ديالى" and "المقدادية": the query may be spelled without the clitic
    assert [r["admin1_code"] for r in _events(filled, text="محافظه ديالي")] == ["IQ-DI"]
    with filled.connect() as conn:
        hits = search_articles(conn, "المقدادية", filled.dialect)
    assert [h["source_id"] for h in hits] == ["diyala"]
    assert "المقدادية" in hits[0]["snippet"]


def test_search_reads_the_query_once(filled, monkeypatch):
    from marsad.store import queries

    calls = []
    read = queries.query_words
    monkeypatch.setattr(queries, "query_words", lambda q: calls.append(q) or read(q))
    with filled.connect() as conn:
        (hit,) = search_articles(conn, "بالمقدادية", filled.dialect)
        assert "المقدادية" in hit["snippet"] and calls == ["بالمقدادية"]
        with pytest.raises(UsageError, match="no words"):
            search_articles(conn, ", -", filled.dialect)


def test_sources_carry_evidence(filled):
    (row,) = _events(filled, admin1="IQ-DI")
    with filled.connect() as conn:
        (source,) = event_sources(conn, row["cluster_id"])
    assert source["source_id"] == "diyala"
    assert source["evidence"]["trigger"]["text"] in ARTICLES[0][2]


def test_batched_sources_match_one_event_at_a_time(filled, monkeypatch):
    # exports attach every event's sources in batches; a batch boundary must not lose or mix any
    monkeypatch.setattr("marsad.store.queries._BATCH", 2)
    rows = _events(filled)
    assert len(rows) == 3
    with filled.connect() as conn:
        one_by_one = {r["cluster_id"]: event_sources(conn, r["cluster_id"]) for r in rows}
        batched = attach_sources(conn, [dict(r) for r in rows])
    assert {r["cluster_id"]: r["sources"] for r in batched} == one_by_one
    assert all(len(r["sources"]) == 1 and r["sources"][0]["evidence"]["trigger"] for r in batched)


def test_claims(filled):
    with filled.connect() as conn:
        (claim,) = query_claims(conn, Filters(actor="isis"), filled.dialect)
    assert claim["count_low"] == 21 and claim["admin1_codes"] == "IQ-DI IQ-KI"


def test_stats_by_month_and_governorate(filled):
    with filled.connect() as conn:
        rows = stats(conn, Filters(), filled.dialect, "month", ("admin1",))
    assert {(r["period"], r["admin1"], r["events"]) for r in rows} == {
        ("2021-03", "Diyala", 1), ("2021-07", "Al Basrah", 1), ("2021-11", "Ninawa", 1)}
    with filled.connect() as conn:
        weekly = stats(conn, Filters(admin1="IQ-NI"), filled.dialect, "week", ("event_type",))
    assert weekly == [{"period": "2021-W46", "event_type": "Explosions/Remote violence", "events": 1,
                       "fatalities": 2}]


def test_bad_filters_are_usage_errors():
    with pytest.raises(UsageError, match="--since"):
        Filters(since="March")
