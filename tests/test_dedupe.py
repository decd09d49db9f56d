"""The de-duplication rules, case by case."""

from __future__ import annotations

import dataclasses

from marsad.dedupe import ClusterView, best_cluster, is_near_duplicate, joins, reconcile, sketch
from marsad.records import Actor, DateRange, Event, Evidence, Location, Quantity, Span

ISIS = Actor("isis", "Islamic State", "داعش", "Rebel group")
GUNMEN = Actor("unidentified-gunmen", "Unidentified gunmen", "مسلحون مجهولون", "Political militia")
ARMY = Actor("iraq-army", "Military Forces of Iraq", "الجيش", "State forces")


def _event(day="2021-03-14", admin2="Al-Muqdadiya", place=None, actor=ISIS, status="occurred", killed=3,
           article="a1", precision="place"):
    return Event(event_id=f"e-{article}{day}", article_id=article, status=status,
                 event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                 date=DateRange(day, day, "day"), actor1=actor, actor2=None,
                 location=Location("Iraq", "Diyala", "IQ-DI", admin2, place, 33.9, 44.9, precision),
                 fatalities=Quantity(killed, killed, killed), injured=None, evidence=Evidence(Span(0, 1, "x")),
                 confidence=0.8)


CLUSTER = ClusterView("k-1", "Explosions/Remote violence", "claimed", "2021-03-14", "2021-03-14", "day", "IQ-DI",
                      "Al-Muqdadiya", "Abu Saida", "isis", "Rebel group")


def test_near_duplicates_share_most_of_their_sketch():
    text = "انفجرت عبوة ناسفة على دورية للجيش في قضاء المقدادية وقتل ثلاثة جنود وأصيب خمسة آخرون".split()
    edited = text[:-2] + ["بجروح", "متفاوتة"]
    other = "تظاهر مئات المحتجين أمام مبنى محافظة البصرة للمطالبة بتحسين الكهرباء وتوفير فرص العمل".split()
    assert is_near_duplicate(sketch(text), sketch(edited))
    assert not is_near_duplicate(sketch(text), sketch(other))


def test_the_same_event_reported_a_day_apart_joins():
    assert joins(_event(day="2021-03-13"), CLUSTER)
    assert joins(_event(admin2=None, precision="admin1"), CLUSTER)  # one outlet names only the governorate


def test_what_keeps_events_apart():
    assert not joins(_event(day="2021-03-20"), CLUSTER)  # another week
    assert not joins(_event(admin2="Baquba"), CLUSTER)  # another district
    assert not joins(_event(actor=ARMY), CLUSTER)  # another agent
    assert not joins(_event(status="planned"), CLUSTER)
    assert not joins(dataclasses.replace(_event(), event_type="Battles"), CLUSTER)
    vague = dataclasses.replace(_event(), date=DateRange("2021-03-01", "2021-03-31", "month"))
    assert not joins(vague, CLUSTER)  # a month is too vague to identify an event


def test_gunmen_may_be_the_group_another_outlet_names():
    assert joins(_event(actor=GUNMEN), CLUSTER)


def test_the_best_candidate_shares_the_town():
    other = dataclasses.replace(CLUSTER, cluster_id="k-2", place="Muqdadiya")
    assert best_cluster(_event(place="Abu Saida"), [other, CLUSTER]).cluster_id == "k-1"


def test_reconcile_keeps_the_finest_fields_and_a_fatality_range():
    merged = reconcile([_event(killed=3, article="a1", admin2=None, precision="admin1"),
                        _event(killed=5, article="a2", place="Abu Saida"),
                        _event(killed=4, article="a3", status="claimed", place="Abu Saida")])
    assert merged.fatalities == (3, 3, 5)  # best is the conservative figure
    assert merged.location["place"] == "Abu Saida"
    assert merged.status == "claimed" and merged.sources == 3


def test_a_vague_toll_counts_its_least_figure():
    # "dozens were killed" has no best figure, only a range from 24: a total counts 24, not nothing
    dozens = dataclasses.replace(_event(article="a1"), fatalities=Quantity(24, None, 99))
    assert reconcile([dozens]).fatalities == (24, 24, 24)
    assert reconcile([dozens, _event(killed=30, article="a2")]).fatalities == (24, 24, 30)
