"""Targeted extraction rules, each on a short invented sentence."""

from __future__ import annotations

from marsad.records import Article


def _events(pipeline, text, published="2022-06-14"):
    return pipeline.extract(Article(text=text, published=published)).events


def test_date_between_commas_joins_verb_and_object(pipeline):
    # the verb, its date set off by commas and its object are one clause
    (event,) = _events(pipeline, "قصفت طائرات حربية تركية، فجر اليوم الثلاثاء، مواقع في ناحية كاني ماسي شمالي دهوك.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "turkey-military"
    assert event.location.admin1_code == "IQ-DA"


def test_named_assassination_recalled_is_no_event(pipeline):
    assert not _events(pipeline, "وارجئت الزيارة تحت وطأة جريمة اغتيال النائب.")
    assert not _events(pipeline, "وتفرقت قيادات الحركة منذ اغتيال زعيمها.")


def test_protesters_burning_a_building_riot(pipeline):
    (event,) = _events(pipeline, "أضرم محتجون غاضبون النار في مقر حزب وسط مدينة الديوانية مساء أمس.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1.kind == "Rioters"


def test_gunmen_of_a_named_group(pipeline):
    (event,) = _events(pipeline, "قتل جنديان بهجوم شنه مسلحون من تنظيم داعش على نقطة للجيش في قضاء الدبس مساء أمس.")
    assert event.actor1.id == "isis"


def test_dual_passive_gives_the_toll(pipeline):
    (event,) = _events(pipeline, "قال مصدر إن مدنيين اثنين قُتلا بانفجار عبوة ناسفة في ناحية بهرز مساء أمس.")
    assert event.fatalities.best == 2


def test_one_family_is_no_toll(pipeline):
    (event,) = _events(pipeline, "قتل خمسة مدنيين من عائلة واحدة في هجوم شنه مسلحو داعش على قرية في قضاء المقدادية أمس.")
    assert event.fatalities.best == 5


def test_no_human_losses(pipeline):
    (event,) = _events(pipeline, "سقط صاروخان داخل مطار بغداد الدولي فجر اليوم، ولم يسفر القصف عن أي خسائر بشرية.")
    assert event.fatalities.best == 0


def test_future_prefix_is_not_part_of_a_name(pipeline):
    # "سرقة" (theft) is not س + الرقة
    result = pipeline.extract(Article(text="اعتقلت الشرطة متهمين بسرقة سيارة في بغداد أمس.", published="2022-06-14"))
    assert all(e.location.country != "Syria" for e in result.events)


def test_aircraft_struck_is_an_air_strike(pipeline):
    (event,) = _events(pipeline, "Unidentified aircraft struck a position held by Kataib Hezbollah near Albu Kamal "
                                 "late on Monday, killing four fighters.", "2019-01-22")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2.id == "kataib-hezbollah"
    assert event.location.admin1_code == "SY-DY"
