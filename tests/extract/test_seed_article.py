"""The article that started the project gives what an analyst expects (DESIGN.md, "The motivating article")."""

from __future__ import annotations

import pytest

from marsad.records import Article

from ..conftest import shared_file


@pytest.fixture(scope="module")
def seed(pipeline):
    text = shared_file("corpus/seed-ar-noonpost-36788.txt").read_text(encoding="utf-8")
    return pipeline.extract(Article(text=text, published="2020-05-10"))


def test_isis_tally_of_april(seed):
    claim = next(c for c in seed.claims if c.actor1 and c.actor1.id == "isis")
    assert claim.count.low == 21 and claim.count.high is None
    assert (claim.date.start, claim.date.end) == ("2020-04-01", "2020-04-30")
    assert {loc.admin1_code for loc in claim.locations} >= {"IQ-AN", "IQ-NI", "IQ-SD", "IQ-DI", "IQ-KI"}
    assert "20" in claim.evidence.count.text


def test_militia_tally_since_october_2019(seed):
    claim = next(c for c in seed.claims if c.actor1 and c.actor1.id == "pro-iran-militias")
    assert claim.count.low == 31
    assert claim.date.start == "2019-10-01" and claim.date.end == "2020-05-10"
    assert claim.actor2 is not None and claim.actor2.id in ("coalition", "us-forces")


def test_coalition_left_five_bases(seed):
    event = next(e for e in seed.events if e.actor1 and e.actor1.id == "coalition")
    assert event.event_type == "Strategic developments"
    assert event.status == "occurred"
    assert "انسحبت" in event.evidence.trigger.text
    # the camps lay near areas where ISIS cells are active: ISIS took nothing over, and no receiver is named
    assert event.actor2 is None


def test_strategic_dialogue_is_planned_for_mid_june(seed):
    event = next(e for e in seed.events if e.status == "planned")
    assert event.event_type == "Strategic developments"
    assert event.date.start >= "2020-06-01" and event.date.end <= "2020-06-30"
    # "حوارا شاملا ... بين بغداد وواشنطن": the two capitals stand for the two governments
    assert (event.actor1.id, event.actor2.id) == ("iraq-government", "us-government")


def test_nothing_occurred_from_speculation(seed):
    occurred = [e for e in seed.events if e.status == "occurred"]
    assert [e.actor1.id for e in occurred if e.actor1] == ["coalition"]
    assert len(occurred) == 1
    mosul = [e for e in seed.events if "كما حصل مع الموصل" in e.evidence.sentence.text]
    assert all(e.status == "hypothetical" for e in mosul)


def test_evidence_spans_point_into_the_original_text(seed):
    for record in seed.records():
        ev = record.evidence
        for span in (ev.sentence, ev.trigger, ev.actor1, ev.location, ev.date, ev.count):
            if span is not None:
                assert seed.article.text[span.start:span.end] == span.text
