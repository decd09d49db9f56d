import dataclasses
import inspect

import pytest

from marsad.records import Article, Event, Evidence, Span, fast_init, record_from_json


def test_records_round_trip_through_json(pipeline):
    result = pipeline.extract(Article(
        text="قتل ثلاثة جنود وأصيب خمسة بانفجار عبوة ناسفة في قضاء المقدادية أمس. "
             "وسجلت المحافظة أكثر من 20 هجوما خلال الشهر الماضي في ديالى وكركوك.",
        published="2021-03-14"))
    assert result.events and result.claims
    for record in result.records():
        assert record_from_json(record.to_json()) == record


def test_article_id_is_stable_over_whitespace():
    assert Article(text="نص  المقال\n").article_id == Article(text="نص المقال").article_id


def _point_class():
    """A frozen, slotted dataclass with a default, a field left out of ``__init__`` and a ``__post_init__``."""

    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        a: int
        b: str = "x"
        c: str = dataclasses.field(default="fixed", init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "b", self.b * 2)

    return Point


def test_fast_init_builds_what_the_dataclass_init_builds():
    plain, fast = _point_class(), fast_init(_point_class())
    assert [(p.name, p.default) for p in inspect.signature(fast).parameters.values()] == \
        [(p.name, p.default) for p in inspect.signature(plain).parameters.values()]
    for args, kwargs in (((1,), {}), ((1, "y"), {}), ((), {"a": 2, "b": "z"})):
        assert dataclasses.astuple(fast(*args, **kwargs)) == dataclasses.astuple(plain(*args, **kwargs))
    with pytest.raises(TypeError):
        fast()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast(1).a = 2
    event = Event("e", "a", "occurred", "Battles", "Armed clash", None, None, None, None, None, None,
                  Evidence(sentence=Span(0, 3, "abc")), 0.5)
    assert event.record == "event" and event.source_id is None
    assert dataclasses.replace(event, source_id="s").source_id == "s"


def test_fast_init_refuses_a_default_factory():
    with pytest.raises(TypeError):
        @fast_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Listed:
            items: list = dataclasses.field(default_factory=list)
