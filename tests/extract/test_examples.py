"""End-to-end extraction on the example articles shipped in examples/."""

from __future__ import annotations

import pytest

from marsad.records import Article

from ..conftest import REPO


def _extract(pipeline, name, published):
    text = (REPO / "examples" / name).read_text(encoding="utf-8")
    return pipeline.extract(Article(text=text, published=published))


@pytest.fixture(scope="module")
def diyala(pipeline):
    return _extract(pipeline, "ar-diyala-ied.txt", "2021-03-14")


def test_diyala_bombing_told_twice_is_one_event(diyala):
    bombs = [e for e in diyala.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bombs) == 1
    (bomb,) = bombs
    assert bomb.event_type == "Explosions/Remote violence"
    assert bomb.status == "claimed"  # ISIS claimed it through Amaq
    assert bomb.actor1.id == "isis" and bomb.actor2.id == "iraq-army"
    assert (bomb.date.start, bomb.date.end, bomb.date.precision) == ("2021-03-13", "2021-03-13", "day")
    assert bomb.location.admin1_code == "IQ-DI" and bomb.location.admin2 == "Al-Muqdadiya"
    assert bomb.location.precision == "place" and bomb.location.lat is not None
    assert bomb.fatalities.best == 3 and bomb.injured.best == 5


def test_diyala_background_is_not_coded(diyala):
    assert not any("2014" in e.evidence.sentence.text for e in diyala.events)


def test_diyala_evidence_is_the_original_text(diyala):
    bomb = diyala.events[0]
    text = diyala.article.text
    for span in (bomb.evidence.sentence, bomb.evidence.trigger, bomb.evidence.fatalities, bomb.evidence.location):
        assert text[span.start:span.end] == span.text
    assert "ثلاثة" in bomb.evidence.fatalities.text


@pytest.fixture(scope="module")
def basra(pipeline):
    return _extract(pipeline, "ar-basra-protest.txt", "2021-07-16")


def test_basra_protest_with_intervention(basra):
    protest = next(e for e in basra.events if e.event_type == "Protests")
    assert protest.status == "occurred"
    assert protest.date.start == "2021-07-15"  # Thursday before a Friday publication
    assert protest.location.admin1_code == "IQ-BA"
    assert protest.actor1.id == "protesters"
    assert protest.injured.best == 7


def test_basra_dialogue_is_planned(basra):
    planned = [e for e in basra.events if e.status == "planned"]
    assert planned and planned[0].date.start > "2021-07-16"
    assert not any(e.status == "occurred" and e.event_type == "Strategic developments" for e in basra.events)


@pytest.fixture(scope="module")
def kirkuk(pipeline):
    return _extract(pipeline, "en-kirkuk-rockets.txt", "2021-04-21")


def test_kirkuk_rockets_in_english(kirkuk):
    assert kirkuk.article.lang == "en"
    rockets = [e for e in kirkuk.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(rockets) == 1
    (r,) = rockets
    assert r.status == "occurred"
    assert r.date.start == "2021-04-20"  # Tuesday
    assert r.location.admin1_code == "IQ-KI"
    assert r.fatalities is not None and r.fatalities.best == 0


def test_kirkuk_denied_involvement_is_not_a_denied_attack(kirkuk):
    assert not any(e.status == "denied" for e in kirkuk.events)
