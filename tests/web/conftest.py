"""A small database built by the tests, and the app over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.records import Article
from marsad.store import open_store
from marsad.store.review import create_token
from marsad.web.app import create_app

ARTICLES = [
    ("diyala", "2021-03-15", "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية أبي صيدا في قضاء المقدادية "
                             "بمحافظة ديالى أمس."),
    ("basra", "2021-07-16", "تظاهر مئات المحتجين يوم الخميس أمام مبنى محافظة البصرة للمطالبة بالكهرباء، وأطلقت "
                            "القوات الأمنية الغاز المسيل للدموع لتفريقهم."),
    ("sinjar", "2021-11-17", "A Turkish drone struck a car near Sinjar on Tuesday, killing two PKK fighters."),
    ("tally", "2020-05-10", "نفذ تنظيم داعش أكثر من 20 هجوما خلال شهر نيسان الماضي في ديالى وكركوك."),
    ("april", "2020-05-10", "قتل جنديان بانفجار عبوة ناسفة نفذها تنظيم داعش في قضاء الخالص بمحافظة ديالى يوم 12 نيسان."),
    ("hostile", "2021-08-02", 'قتل شخص بانفجار عبوة ناسفة في الموصل أمس <script>alert("x")</script> '
                              '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">رابط</a>'),
]


@pytest.fixture(scope="module")
def web_store(tmp_path_factory, pipeline):
    store = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    ingest(store, pipeline, [InputItem(i, article=Article(text=t, published=p)) for i, p, t in ARTICLES])
    with store.begin() as conn:
        store.token = create_token(conn, "Layla")
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(web_store, knowledge):
    with TestClient(create_app(store=web_store, knowledge=knowledge)) as c:
        yield c


def event_id(client, **params) -> str:
    return client.get("/api/events", params=params).json()["events"][0]["cluster_id"]
