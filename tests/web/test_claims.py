"""Claims beside the events recorded for them: the same figures for every claim, in a fixed number of queries."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.records import Article
from marsad.store import open_store
from marsad.store.queries import Filters
from marsad.web.app import create_app
from marsad.web.claims import claims_with_recorded

ARTICLES = [
    # four tallies: ISIS attacks in Diyala and Kirkuk, and in Anbar, in April 2020; protests in Basra in July
    # 2021 (no actor); Turkish strikes in Duhok in November 2021
    ("tally-di", "2020-05-10", "نفذ تنظيم داعش أكثر من 20 هجوما خلال شهر نيسان الماضي في ديالى وكركوك."),
    ("tally-an", "2020-05-11", "نفذ تنظيم داعش 15 هجوما خلال شهر نيسان الماضي في الأنبار."),
    ("tally-ba", "2021-08-01", "شهدت محافظة البصرة أكثر من 10 تظاهرات خلال شهر تموز الماضي للمطالبة بالكهرباء."),
    ("tally-da", "2021-12-02", "Turkish forces carried out 30 air strikes in Duhok last month."),
    # the events: two count for Diyala and Kirkuk (a bombing and an attack); the March bombing is outside the
    # period; the Anbar attack counts for Anbar only; the Basra bombing is no protest
    ("di-april", "2020-05-10", "قتل جنديان بانفجار عبوة ناسفة نفذها تنظيم داعش في قضاء الخالص بمحافظة ديالى يوم 12 نيسان."),
    ("ki-april", "2020-04-20", "قتل ثلاثة من عناصر الشرطة بهجوم شنه تنظيم داعش على نقطة تفتيش في الحويجة بمحافظة كركوك أمس."),
    ("di-march", "2020-03-20", "قتل جندي بانفجار عبوة ناسفة زرعها تنظيم داعش في المقدادية بمحافظة ديالى أمس."),
    ("an-april", "2020-04-15", "قتل أربعة جنود بهجوم شنه تنظيم داعش على موقع عسكري في الرطبة بمحافظة الأنبار أمس."),
    ("ba-protest", "2021-07-16", "تظاهر مئات المحتجين يوم الخميس أمام مبنى محافظة البصرة للمطالبة بالكهرباء."),
    ("ba-bomb", "2021-07-20", "قتل شخص بانفجار عبوة ناسفة في قضاء الزبير بمحافظة البصرة أمس."),
    ("da-strike", "2021-11-17", "A Turkish drone struck a car near Zakho in Duhok province on Tuesday, killing two PKK fighters."),
]
# the number recorded for each claim, by its governorates
RECORDED = {"IQ-DI IQ-KI": 2, "IQ-AN": 1, "IQ-BA": 1, "IQ-DA": 1}


@pytest.fixture(scope="module")
def claims_store(tmp_path_factory, pipeline):
    store = open_store(str(tmp_path_factory.mktemp("claims") / "claims.db"))
    ingest(store, pipeline, [InputItem(i, article=Article(text=t, published=p)) for i, p, t in ARTICLES])
    yield store
    store.close()


def test_each_claim_has_its_recorded_events(claims_store, knowledge):
    with TestClient(create_app(store=claims_store, knowledge=knowledge)) as client:
        claims = client.get("/api/claims").json()["claims"]
        page = client.get("/claims").text
    assert {c["admin1_codes"]: c["recorded"]["count"] for c in claims} == RECORDED
    assert all(len(c["recorded"]["event_ids"]) == c["recorded"]["count"] for c in claims)
    # the page shows the same numbers, a claim a row, newest claim first
    shown = [int(n) for n in re.findall(r'<td class="recorded"><strong>(\d+)</strong>', page)]
    assert shown == [c["recorded"]["count"] for c in claims] == [1, 1, 1, 2]


def test_claims_take_a_fixed_number_of_queries(claims_store):
    def queries(f: Filters) -> tuple[int, int]:
        seen = []

        def listen(conn, cursor, statement, *rest):
            seen.append(statement)

        event.listen(claims_store.engine, "before_cursor_execute", listen)
        try:
            with claims_store.connect() as conn:
                n = len(claims_with_recorded(conn, f, claims_store.dialect))
        finally:
            event.remove(claims_store.engine, "before_cursor_execute", listen)
        return n, len(seen)

    one, many = queries(Filters(actor="turkey-military")), queries(Filters())
    assert one[0] == 1 and many[0] == 4
    assert one[1] == many[1]
