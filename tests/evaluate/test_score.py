"""The scorer itself: known predictions against a known gold file give known figures."""

from __future__ import annotations

import json

import pytest

from marsad.evaluate import evaluate_detection, evaluate_gold, read_detection, read_gold
from marsad.evaluate.detection import published_from_id
from marsad.pipeline import Extraction
from marsad.records import (
    Actor, Article, Claim, DateRange, Event, Evidence, Location, Quantity, Span,
)

SPAN = Span(0, 4, "text")
ISIS = Actor("isis", "Islamic State", "داعش", "Rebel group")
ARMY = Actor("iraq-army", "Military Forces of Iraq", "الجيش", "State forces")


def _event(event_type="Explosions/Remote violence", sub="Remote explosive/landmine/IED", day="2021-03-13",
           code="IQ-DI", admin2="Al-Muqdadiya", actor1=ISIS, killed=3, status="occurred"):
    return Event(event_id=f"e-{day}-{sub}", article_id="a", status=status, event_type=event_type,
                 sub_event_type=sub, date=DateRange(day, day, "day"), actor1=actor1, actor2=ARMY,
                 location=Location("Iraq", "Diyala", code, admin2, None, None, None, "admin2"),
                 fatalities=Quantity(killed, killed, killed) if killed is not None else None, injured=None,
                 evidence=Evidence(SPAN), confidence=0.8)


GOLD = [
    {"id": "g1", "lang": "ar", "published": "2021-03-14", "text": "نص أول",
     "events": [
         {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
          "status": "occurred", "date_start": "2021-03-13", "date_end": "2021-03-13", "actor1": "isis",
          "actor2": "iraq-army", "admin1_code": "IQ-DI", "admin2": "Al-Muqdadiya", "place": None, "fatalities": 3},
         {"event_type": "Battles", "sub_event_type": "Armed clash", "status": "occurred",
          "date_start": "2021-03-12", "date_end": "2021-03-12", "actor1": "isis", "actor2": None,
          "admin1_code": "IQ-KI", "admin2": None, "place": None, "fatalities": None}],
     "claims": [{"actor1": "isis", "event_type": "Battles", "count_low": 21, "count_high": None,
                 "date_start": "2020-04-01", "date_end": "2020-04-30", "admin1_codes": ["IQ-AN"]}]},
    {"id": "g2", "lang": "ar", "published": "2021-03-14", "text": "نص ثان", "events": [], "claims": []},
]

PREDICTED = {
    "نص أول": Extraction(Article(text="نص أول"), (
        _event(),  # matches the first gold event, all fields right
        _event(event_type="Battles", sub="Armed clash", day="2021-03-12", code="IQ-KI", admin2="Al-Hawiga",
               actor1=ARMY, killed=None),  # matches the second: actor1 and admin2 wrong
    ), (Claim(claim_id="c", article_id="a", actor1=ISIS, actor2=None, event_type="Battles",
              count=Quantity(21, 21, None), date=DateRange("2020-04-01", "2020-04-30", "month"),
              locations=(Location("Iraq", "Al Anbar", "IQ-AN", precision="admin1"),),
              evidence=Evidence(SPAN), confidence=0.7),)),
    "نص ثان": Extraction(Article(text="نص ثان"), (_event(day="2021-03-10"),), ()),  # a false positive
}


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD), encoding="utf-8")
    return path


def test_known_predictions_give_known_figures(gold_file, knowledge):
    report = evaluate_gold(read_gold(gold_file), lambda g: PREDICTED[g.text], knowledge.actors)
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 1, 0)
    assert report.events.precision == pytest.approx(2 / 3)
    assert report.events.recall == 1.0
    assert report.events.f1 == pytest.approx(0.8)
    assert (report.event_fields["actor1"].correct, report.event_fields["actor1"].total) == (1, 2)
    assert (report.event_fields["admin2"].correct, report.event_fields["admin2"].total) == (1, 2)
    assert report.event_fields["fatalities"].value == 1.0  # 3 == 3, and None == None
    assert report.event_fields["date"].value == 1.0
    assert (report.claims.tp, report.claims.fp, report.claims.fn) == (1, 0, 0)
    assert report.claim_fields["count_low"].value == 1.0
    assert report.confusion[("(none)", "Explosions/Remote violence")] == 1
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["FIELD", "FP"]


@pytest.mark.parametrize("predicted, gold, counted, strict", [
    (0, None, True, False),     # "no deaths" against a gold left empty: one value in ACLED's terms
    (None, 0, True, False),
    (None, None, True, True),
    (2, None, False, False),
    (2, 3, False, False),
])
def test_fatalities_are_scored_as_acled_counts_and_strictly(predicted, gold, counted, strict, knowledge):
    from marsad.evaluate.gold import GoldEvent
    from marsad.evaluate.score import event_agreement
    gold_event = GoldEvent("Explosions/Remote violence", "Remote explosive/landmine/IED", "occurred",
                           "2021-03-13", "2021-03-13", "isis", "iraq-army", "IQ-DI", "Al-Muqdadiya", None, gold)
    agreement = event_agreement(_event(killed=predicted), gold_event, knowledge.actors)
    assert (agreement["fatalities"], agreement["fatalities_strict"]) == (counted, strict)


def test_a_wrong_type_is_a_miss_and_a_false_alarm(gold_file, knowledge):
    wrong = {"نص أول": Extraction(Article(text="x"), (_event(event_type="Riots", sub="Mob violence"),), ()),
             "نص ثان": Extraction(Article(text="y"), (), ())}
    report = evaluate_gold(read_gold(gold_file), lambda g: wrong[g.text], knowledge.actors)
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 2)
    assert report.confusion[("Explosions/Remote violence", "Riots")] == 1
    assert report.claims.fn == 1


def test_a_bad_gold_line_is_named(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "t", "events": [{"event_type": "Fights", "status": "occurred"}]}\n')
    with pytest.raises(Exception, match=r"bad.jsonl:1: events\[0\]: event_type 'Fights'"):
        list(read_gold(path))


def test_detection_counts_yes_against_easy_and_all_no(tmp_path):
    rows = [("AAW_ARB_20070101.0001-1", "yes", True), ("AAW_ARB_20070101.0001-2", "yes", False),
            ("AAW_ARB_20070101.0001-3", "easy no", True), ("AAW_ARB_20070101.0001-4", "difficult no", True),
            ("AAW_ARB_20070101.0001-5", "ambiguous", True), ("AAW_ARB_20070101.0001-6", "easy no", False)]
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "label": label, "text": i}) for i, label, _ in rows))
    found = {i: hit for i, _, hit in rows}

    def extract(sentence):
        events = (_event(),) if found[sentence.id] else ()
        return Extraction(Article(text="t"), events, ())

    report = evaluate_detection(read_detection(path), "assault", extract)
    assert (report.easy.tp, report.easy.fp, report.easy.fn) == (1, 1, 1)
    assert (report.all_no.tp, report.all_no.fp, report.all_no.fn) == (1, 2, 1)
    assert report.counts["ambiguous"] == 1


def test_publication_date_comes_from_the_gsr_id():
    assert published_from_id("AAW_ARB_20071026.0026-2") == "2007-10-26"
