"""Ingesting into the store: each article once, each real event once with all its sources, failures kept."""

from __future__ import annotations

from sqlalchemy import func, select

from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.records import Article
from marsad.store.schema import articles, clusters, events, failures, sketches
from marsad.errors import InputError

DIYALA_A = ("قتل ثلاثة جنود من الجيش العراقي وأصيب خمسة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية "
            "أبي صيدا التابعة لقضاء المقدادية في محافظة ديالى أمس الأحد، بحسب مصدر أمني.")
DIYALA_B = ("أعلنت خلية الإعلام الأمني أن عبوة ناسفة انفجرت مساء السبت على دورية للجيش في ناحية أبي صيدا "
            "بقضاء المقدادية، ما أسفر عن مقتل أربعة جنود وإصابة خمسة. وتبنى تنظيم داعش التفجير.")
KIRKUK_OTHER_DAY = ("قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء المقدادية بمحافظة ديالى "
                    "صباح اليوم.")


def _item(source_id, text, published):
    return InputItem(source_id, article=Article(text=text, published=published, lang="ar"))


def _count(store, table) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_same_event_from_two_outlets_is_one_real_event(store, pipeline):
    summary = ingest(store, pipeline, [
        _item("a", DIYALA_A, "2021-03-15"),   # "yesterday, Sunday" = 2021-03-14
        _item("b", DIYALA_B, "2021-03-14"),   # "Saturday evening" = 2021-03-13, a day apart: reports differ
        _item("c", KIRKUK_OTHER_DAY, "2021-03-25"),  # the same district ten days later: another event
    ])
    assert summary.new == 3 and summary.failed == 0
    with store.connect() as conn:
        rows = conn.execute(select(clusters).order_by(clusters.c.date_start)).mappings().all()
    assert len(rows) == 2
    first = rows[0]
    assert first["sources"] == 2
    assert first["admin2"] == "Al-Muqdadiya" and first["place"] == "Abu Saida"
    assert first["status"] == "claimed" and first["actor1_id"] == "isis"
    # fatalities as a range over sources; the best figure is the conservative one
    assert (first["fatalities_low"], first["fatalities_best"], first["fatalities_high"]) == (3, 3, 4)
    assert rows[1]["sources"] == 1


def test_reingesting_changes_nothing(store, pipeline):
    items = [_item("a", DIYALA_A, "2021-03-15"), _item("b", DIYALA_B, "2021-03-14")]
    ingest(store, pipeline, items)
    before = [_count(store, t) for t in (articles, events, clusters, sketches)]
    again = ingest(store, pipeline, items)
    assert again.new == 0 and again.known == 2
    assert [_count(store, t) for t in (articles, events, clusters, sketches)] == before


def test_a_republished_story_is_recognised(store, pipeline):
    copy = DIYALA_A.replace("بحسب مصدر أمني.", "بحسب مصدر أمني تحدث للوكالة.")
    summary = ingest(store, pipeline, [_item("a", DIYALA_A, "2021-03-15"), _item("copy", copy, "2021-03-15")])
    assert summary.near_duplicates == 1
    with store.connect() as conn:
        dup = conn.execute(select(articles.c.near_duplicate_of).where(articles.c.source_id == "copy")).scalar_one()
        original = conn.execute(select(articles.c.article_id).where(articles.c.source_id == "a")).scalar_one()
    assert dup == original
    assert _count(store, clusters) == 1


def test_a_failed_input_is_recorded_and_the_run_goes_on(store, pipeline):
    bad = InputItem("broken.txt", error=InputError("looks like a binary file", "broken.txt"))
    summary = ingest(store, pipeline, [bad, _item("a", DIYALA_A, "2021-03-15")])
    assert summary.failed == 1 and summary.new == 1
    with store.connect() as conn:
        error = conn.execute(select(failures.c.error).where(failures.c.source_id == "broken.txt")).scalar_one()
    assert "binary" in error


def test_a_write_that_fails_rolls_back_only_that_article(store, pipeline, monkeypatch):
    from marsad.store.write import ArticleWriter

    original = ArticleWriter.write

    def flaky(self, conn, result, source_id):
        if source_id == "bad":
            original(self, conn, result, source_id)  # half written, then it breaks
            raise RuntimeError("disk on fire")
        return original(self, conn, result, source_id)

    monkeypatch.setattr(ArticleWriter, "write", flaky)
    summary = ingest(store, pipeline, [_item("a", DIYALA_A, "2021-03-15"), _item("bad", DIYALA_B, "2021-03-14"),
                                       _item("c", KIRKUK_OTHER_DAY, "2021-03-25")])
    assert (summary.new, summary.failed) == (2, 1)
    with store.connect() as conn:
        stored = set(conn.execute(select(articles.c.source_id)).scalars())
        failed = set(conn.execute(select(failures.c.source_id)).scalars())
    assert stored == {"a", "c"} and failed == {"bad"}
    assert _count(store, events) == 2  # nothing of the broken article survived


def test_folded_text_is_kept_where_the_database_searches_it(store, pipeline):
    # the writer reads the database from the connection it writes to: SQLite indexes the folded text in
    # FTS5 and keeps none in the table; PostgreSQL keeps it for its tsvector
    ingest(store, pipeline, [_item("a", DIYALA_A, "2021-03-15")])
    with store.connect() as conn:
        kept = conn.execute(select(articles.c.text_norm)).scalar_one()
        if store.dialect == "sqlite":
            assert kept == ""
            assert conn.exec_driver_sql("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'المقداديه'"
                                        ).scalar_one() == 1
        else:
            assert "المقداديه" in kept
