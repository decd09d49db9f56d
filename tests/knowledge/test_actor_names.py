"""Actor names of 2003-13 news and English wire copy resolve to the ids of actors.tsv (invented sentences)."""

from __future__ import annotations

import pytest

from marsad.records import Article
from marsad.text.normalize import fold_word
from marsad.text.segment import tokens


def _events(pipeline, text, published="2007-06-14"):
    return pipeline.extract(Article(text=text, published=published)).events


@pytest.mark.parametrize(("name", "actor_id"), [
    ("دولة العراق الإسلامية", "al-qaeda"),  # the Islamic State of Iraq, 2006-13: al-Qaeda in Iraq's name then
    ("مجلس شورى المجاهدين", "al-qaeda"),
    ("al-Qaida in Mesopotamia", "al-qaeda"),
    ("Islamic State of Iraq", "al-qaeda"),
    ("Islamic State of Iraq and the Levant", "isis"),  # the longer name is still the Islamic State
    ("المجاميع الخاصة", "special-groups"),
    ("مغاوير الداخلية", "iraq-federal-police"),
    ("الحرس الوطني العراقي", "iraq-army"),
    ("القوات متعددة الجنسيات", "coalition"),
    ("Multi-National Force-Iraq", "coalition"),
    ("مجالس الصحوة", "tribal-mobilization"),
    ("Kataeb Hezbollah", "kataib-hezbollah"),
    ("Asa'ib", "asaib-ahl-al-haq"),
    ("Popular Mobilisation Units", "pmf"),
    ("Mehdi Army", "jaish-al-mahdi"),
    ("بلاك ووتر", "private-security"),
    ("worshippers", "civilians"),
])
def test_name_resolves_to_the_actor(knowledge, name, actor_id):
    toks = tokens(fold_word(name))
    found = [m for m in knowledge.index.scan(toks) if m.kind == "actor"]
    longest = max(m.end - m.start for m in found)
    assert {m.payload for m in found if m.end - m.start == longest} == {actor_id}
    assert longest == len(toks)


def test_ambiguous_words_are_not_names(knowledge):
    # deliberately no aliases: everyday words that name no one actor
    for word in ("أبناء العراق", "الصدريين", "militants", "insurgents", "attackers", "soldiers", "contractors"):
        toks = tokens(fold_word(word))
        assert not any(m.kind == "actor" and (m.start, m.end) == (0, len(toks)) for m in knowledge.index.scan(toks))


def test_islamic_state_of_iraq_attack_in_2007(pipeline):
    (event,) = _events(pipeline, "هاجم مسلحون من دولة العراق الإسلامية نقطة تفتيش لمجالس الصحوة في قضاء الفلوجة أمس.")
    assert event.actor1.id == "al-qaeda"
    assert event.actor2.id == "tribal-mobilization"


def test_interior_commandos_raid(pipeline):
    (event,) = _events(pipeline, "اعتقلت قوة من مغاوير الداخلية خمسة مطلوبين في حي الدورة جنوبي بغداد فجر اليوم.")
    assert event.actor1.id == "iraq-federal-police"


def test_english_special_groups_rockets(pipeline):
    events = _events(pipeline, "Special Groups fighters fired rockets at a Multi-National Force-Iraq base near Basra "
                               "on Tuesday, the military said.")
    assert events and events[0].actor1.id == "special-groups"
    assert events[0].actor2.id == "coalition"


def test_gulf_security_named_by_its_adjective_foils_a_shipment(pipeline):
    # "الأمن البحريني" is Bahrain's forces: the doer of the foiling, not the state its cargo is tied to
    events = _events(pipeline, "أكدت المنامة إحباط الأمن البحريني تهريب شحنة أسلحة مرتبطة بالحرس الثوري قبالة "
                               "سترة أمس.")
    assert events and events[0].actor1.id == "bahrain-forces"


def test_the_saudi_led_coalition_in_yemen_is_saudi_forces(pipeline):
    # "طيران التحالف بقيادة السعودية", "التحالف العربي": the coalition fighting in Yemen is Saudi Arabia's, not the
    # US-led coalition against ISIS that bare "طيران التحالف" names in Iraq
    events = _events(pipeline, "الحديدة – قتل أربعة صيادين في غارة لطيران التحالف بقيادة السعودية على قارب قبالة "
                               "ساحل الخوخة أمس.", "2018-08-20")
    assert events and events[0].actor1.id == "saudi-forces"
    events = _events(pipeline, "قالت مصادر محلية إن طيران التحالف العربي شن صباح اليوم غارتين على معسكر في مديرية "
                               "صرواح بمحافظة مأرب.", "2019-02-11")
    assert events and events[0].actor1.id == "saudi-forces"


@pytest.mark.parametrize("jets, actor_id", [("مقاتلتان أمريكيتان", "us-forces"), ("مقاتلات أميركية", "us-forces"),
                                            ("مقاتلتان تركيتان", "turkey-military")])
def test_arabic_fighter_jets_named_by_their_country(pipeline, jets, actor_id):
    # "two American fighter jets carried out strikes": the jets (dual or plural) name the force flying them
    events = _events(pipeline, f"قال مسؤول إن {jets} نفذت فجر اليوم ضربات على مخزن للأسلحة قرب البوكمال.",
                     "2023-11-09")
    assert events and events[0].actor1 is not None and events[0].actor1.id == actor_id


def test_israeli_soldiers_named_by_their_country(pipeline):
    # "جنود إسرائيليون" names Israel's army, as "جنود أتراك" names Turkey's
    events = _events(pipeline, "اعتدى جنود إسرائيليون بالضرب على رعاة في الأغوار الشمالية صباح اليوم.", "2023-05-02")
    assert events and events[0].actor1 is not None and events[0].actor1.id == "israel-military"


@pytest.mark.parametrize(("name", "actor_id"), [
    # English copy writes an article inside a name with a space as well as a hyphen (the file lists one)
    ("Jaish al Mahdi", "jaish-al-mahdi"),
    ("Ansar al Islam", "ansar-al-islam"),
    # spellings of Iraqi actors in English copy: British "mobilisation", the short names of a militia front
    ("tribal mobilisation forces", "tribal-mobilization"),
    ("Hashd al-Asha'iri", "tribal-mobilization"),
    ("Awliyaa al-Dam", "saraya-awliya-al-dam"),
    ("Peshmarga", "peshmerga"),
    ("ICTS", "iraq-cts"),
    ("municipal official", "officials"),
])
def test_english_spelling_variant_resolves_to_the_actor(knowledge, name, actor_id):
    toks = tokens(fold_word(name))
    found = [m for m in knowledge.index.scan(toks) if m.kind == "actor" and (m.start, m.end) == (0, len(toks))]
    assert {m.payload for m in found} == {actor_id}
@pytest.mark.parametrize("text", [
    "A Marine was wounded by a roadside bomb near Haditha on Sunday, the military said.",
    "A roadside bomb killed a Marine near Haditha on Sunday.",
])
def test_a_single_marine_is_us_forces(pipeline, text):
    # the singular "Marine" names US forces, as "Marines" does
    events = _events(pipeline, text, "2006-10-03")
    assert events and events[0].actor2 is not None and events[0].actor2.id == "us-forces"


def test_syrian_opposition_fighters_are_an_actor_of_their_own(pipeline):
    # "مقاتلو المعارضة" in a Syrian report: the opposition rebels fire, neither nobody nor the regime they fight
    (event,) = [e for e in _events(pipeline, "قصف مقاتلو المعارضة أمس بلدة الفوعة في ريف إدلب بقذائف الهاون، ما أدى "
                                              "إلى مقتل جنديين من قوات النظام.", "2015-07-24")
                if e.event_type == "Explosions/Remote violence"]
    assert event.actor1 is not None and event.actor1.id == "syrian-opposition"


@pytest.mark.parametrize("text", [
    "ونقلت الصحف عن الشرعية اليمنية أمس استعادة السيطرة على مدينة زنجبار بعد معارك قتل فيها عشرات الحوثيين.",
    "واشتبك الجيش اليمني مع مسلحي الحوثي في أطراف مدينة تعز مساء أمس.",
])
def test_the_yemeni_government_side_is_an_actor_of_its_own(pipeline, text):
    # Hadi's forces ("الشرعية اليمنية", "الجيش اليمني"): the side that retakes ground or fights the Houthis, not
    # the Houthis named among the dead
    events = _events(pipeline, text, "2015-08-11")
    assert events and events[0].actor1 is not None and events[0].actor1.id == "yemen-forces"
def test_wedding_guests_are_civilians(pipeline):
    # gunmen firing on the guests of a wedding attack civilians, no clash with an unnamed side
    (event,) = _events(pipeline, "Gunmen fired on guests at a wedding in a village near Diwaniyah on Friday night, "
                                 "killing three people.", "2023-09-16")
    assert event.sub_event_type == "Attack" and event.actor2 is not None and event.actor2.id == "civilians"


def test_kurdish_gunmen_in_turkeys_war_are_the_pkk(pipeline):
    # "المسلحين الأكراد" hit by Turkish jets, as "المتمردين الأكراد": the PKK, not an unidentified armed group
    (event,) = _events(pipeline, "قالت مصادر أمنية تركية إن مقاتلات تركية قصفت أهدافا للمسلحين الأكراد قرب بلدة "
                                 "سيدكان شمال العراق فجر اليوم.", "2016-03-20")
    assert event.actor2 is not None and event.actor2.id == "pkk"
@pytest.mark.parametrize("text, actor", [
    ("An Israeli drone hit a motorbike near Naqoura on Tuesday, killing its rider.", "israel-military"),
    ("Israeli artillery pounded the edge of Khiam on Tuesday afternoon, the agency reported.", "israel-military"),
    ("Russian warplanes bombed a market in Maarat al-Numan on Tuesday, killing nine people.", "russia-military"),
])
def test_a_foreign_army_is_named_by_its_weapon(pipeline, text, actor):
    # a state's drone, artillery or warplanes named by the nationality word are that state's military, as the
    # Turkish ones already were
    events = _events(pipeline, text, "2023-11-22")
    assert events and events[0].actor1 is not None and events[0].actor1.id == actor


def test_bare_government_forces_are_the_forces_of_the_place(pipeline):
    # English "government forces" are Iraq's security forces at home and the state's own abroad (Yemen's forces are
    # named with a qualifier)
    (event,) = _events(pipeline, "Government forces clashed with ISIS militants near Tarmiyah on Sunday.", "2019-06-03")
    assert event.actor1.id == "iraq-security-forces"
    (event,) = _events(pipeline, "Government troops clashed with Houthi fighters in Taiz on Sunday.", "2019-06-03")
    assert {event.actor1.id, event.actor2.id} == {"yemen-forces", "houthis"}
