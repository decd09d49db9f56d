"""The event vocabulary: inflected Arabic forms and English wire and press-release forms are found with the right
type and voice, in invented sentences."""

from __future__ import annotations

import pytest

from marsad.records import Article
from marsad.text.normalize import fold_word
from marsad.text.segment import tokens


def _words(text: str) -> str:
    """A phrase as the matcher sees it: folded, split into tokens (a hyphen is a token of its own)."""
    return " ".join(tokens(fold_word(text)))


def _triggers(knowledge, sentence: str) -> set[tuple[str, str, str]]:
    """The trigger matches of a sentence, as (matched words, sub-event type, voice)."""
    toks = tuple(tokens(fold_word(sentence)))
    return {(" ".join(toks[m.start:m.end]), m.payload.sub_event_type, m.payload.voice)
            for m in knowledge.index.scan(toks) if m.kind == "trigger"}


@pytest.mark.parametrize("sentence,words,sub_type,voice", [
    # present tense and dual of fixed verb phrases
    ("قال شهود إن مسلحين يفتحون النار على سيارة مدنية", "يفتحون النار", "Armed clash", "active"),
    ("وكان الجنديان قد تعرضا لهجوم قرب السد", "تعرضا لهجوم", "Armed clash", "passive"),
    ("والخلايا تنصب كمينا للدوريات ليلا", "تنصب كمينا", "Armed clash", "active"),
    # dual construct and definite dual nouns
    ("سقطت قذيفتا هاون على سوق شعبي", "قذيفتا", "Shelling/artillery/missile attack", "noun"),
    ("وأسفر أحد التفجيرين عن أضرار", "التفجيرين", "Remote explosive/landmine/IED", "noun"),
    ("عثر على قنبلتين يدويتين في حقيبة", "قنبلتين يدويتين", "Grenade", "noun"),
    # plural objects of planting, the third-person plural of air strikes
    ("وذكر المصدر أنهم زرعوا عبوات على جانب الطريق", "زرعوا عبوات", "Remote explosive/landmine/IED", "active"),
    ("وقالت مصادر محلية إن طياري التحالف نفذوا غارات على القرية", "نفذوا غارات", "Air/drone strike", "active"),
    # the passive of a raid, the accusative of sniping
    ("دوهمت دار المتهم فجرا", "دوهمت", "Arrests", "passive"),
    ("قتل الرجل قنصا على الطريق", "قنصا", "Attack", "noun"),
    # organising a sit or a march names a protest, not a drone ("مسيرة")
    ("نظمت مسيرة تطالب بفرص العمل", "نظمت مسيرة", "Peaceful protest", "active"),
    ("نظموا وقفة قرب الجامعة", "نظموا وقفة", "Peaceful protest", "active"),
    ("أبطلوا مفعول جسم غريب قرب المدرسة", "أبطلوا مفعول", "Disrupted weapons use", "active"),
    ("تشاجروا في السوق بالعصي", "تشاجروا", "Mob violence", "active"),
])
def test_an_inflected_arabic_form_is_found_with_its_type_and_voice(knowledge, sentence, words, sub_type, voice):
    assert (_words(words), sub_type, voice) in _triggers(knowledge, sentence)


@pytest.mark.parametrize(("phrase", "sub_event_type", "voice"), [
    ("gunbattle", "Armed clash", "noun"),
    ("small-arms fire", "Armed clash", "noun"),
    ("came under mortar fire", "Shelling/artillery/missile attack", "passive"),
    ("mortared", "Shelling/artillery/missile attack", "active"),
    ("air-strike", "Air/drone strike", "noun"),
    ("dynamic strikes", "Air/drone strike", "noun"),
    ("bomb went off", "Remote explosive/landmine/IED", "active"),
    ("was detonated", "Remote explosive/landmine/IED", "passive"),
    ("detonated his explosives", "Suicide bomb", "active"),
    ("gun down", "Attack", "active"),
    ("taken captive", "Abduction/forced disappearance", "passive"),
    ("staged a demonstration", "Peaceful protest", "active"),
    ("rendered safe", "Disrupted weapons use", "active"),
    ("retakes", "Government regains territory", "active"),
    ("overruns", "Non-state actor overtakes territory", "active"),
])
def test_an_english_wire_form_is_found_with_its_type_and_voice(knowledge, phrase, sub_event_type, voice):
    assert (_words(phrase), sub_event_type, voice) in _triggers(knowledge, phrase)


def _events(pipeline, text):
    return pipeline.extract(Article(text=text, published="2016-05-10")).events


def test_headline_present_tense_retakes(pipeline):
    (event,) = _events(pipeline, "Iraqi forces retakes Rutba from Islamic State")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.id == "iraq-security-forces"


def test_mortared_station_is_shelling(pipeline):
    (event,) = _events(pipeline, "Insurgents mortared a police station in the Adhamiya district of Baghdad on "
                                 "Tuesday, wounding three policemen.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_one_word_gunbattle_is_a_clash(pipeline):
    (event,) = _events(pipeline, "A gunbattle between police and gunmen in Mosul left four dead on Friday.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_bomb_squad_rendered_safe(pipeline):
    (event,) = _events(pipeline, "A bomb squad rendered safe two roadside devices on the highway north of Samarra "
                                 "on Thursday.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_removing_bombs_is_disrupted_weapons_use(pipeline):
    # "إزالة" (removal) of the bombs governs them as "تفكيك" does: no blast
    (event,) = _events(pipeline, "وتمكنت فرق الهندسة العسكرية أمس من إزالة أكثر من سبعين عبوة ناسفة من طريق ترابي "
                                 "شمال بلدة الشرقاط.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_arabic_toll_a_week_of_strikes_resulted_in_is_no_event():
    # "أسفرت ... خلال أسبوع عن مقتل": a week's toll of a campaign, no one strike (a deadline "خلال أسبوع" stays)
    from marsad.pipeline import Pipeline
    from marsad.records import Article
    pipeline = Pipeline.from_data_dir()
    text = ("وذكرت وكالة رسمية الأحد أن الضربات الجوية أسفرت خلال أسبوع عن مقتل نحو 150 مسلحا من حزب العمال "
            "الكردستاني وإصابة نحو 200 آخرين.")
    events = pipeline.extract(Article(text=text, published="2015-08-02", lang="ar")).events
    assert not any(e.fatalities is not None and e.fatalities.best == 150 for e in events)


def test_protest_lodged_with_an_envoy_is_no_crowd(pipeline):
    # a ministry summoning an envoy "to register a protest" is diplomacy, not a demonstration
    assert not _events(pipeline, "وأعلنت الخارجية الأردنية أنها استدعت سفير دولة مجاورة في عمان لتسجيل احتجاج "
                                 "على تصريحات مسؤول في بلاده.")
    assert not _events(pipeline, "استدعت الخارجية القائم بالأعمال يوم الاثنين وأبلغته احتجاج الحكومة على الحادثة.")


def test_ground_held_by_a_group_is_no_takeover(pipeline):
    # "المدن الخاضعة لسيطرته" describes who holds the towns; no takeover is told
    events = _events(pipeline, "وصل رئيس الوزراء أمس إلى كركوك لبحث الخطط المتعلقة بطرد داعش من البلدات الخاضعة "
                               "لسيطرته.")
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in events)
    events = _events(pipeline, "وتحدث المحافظ أمس عن أوضاع العائلات في القرى الواقعة تحت سيطرة داعش جنوب كركوك.")
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in events)


def test_ways_to_a_deed_talked_over_are_no_deed(pipeline):
    # "بحث سبل تحرير ..." talks over the ways to retake towns; nothing was retaken
    events = _events(pipeline, "وبحث رئيس الوزراء مع قادة الجيش في سامراء أمس سبل تحرير القرى المحيطة ببلدة الإسحاقي.")
    assert not any(e.event_type == "Battles" for e in events)


def test_violence_across_a_governorate_is_a_roundup(pipeline):
    # a toll "in violence in Diyala province" sums the day's incidents told after it, no event of its own
    assert not _events(pipeline, "أفادت مصادر في الشرطة أمس بمقتل ستة مسلحين وثلاثة مدنيين في أعمال عنف بمحافظة "
                                 "ديالى.")


def test_blasts_in_scattered_districts_are_a_trend(pipeline):
    # "وسقوط قتلى في أحياء متفرقة" sums blasts over a city's districts, as "مناطق متفرقة" does: no event of its own
    # (nor a side, the forces an MP then calls on, given to the one blast told next)
    (event,) = _events(pipeline, "ومع عودة التفجيرات إلى الموصل وسقوط قتلى وجرحى بين المدنيين في أحياء متفرقة طالب "
                                 "النائب القوات الأمنية بتفعيل الجهد الاستخباري. وسجلت في الموصل أمس حوادث تفجير "
                                 "عبوات ناسفة ففي حي الزهور قتل شخص وأصيب ثلاثة آخرون بانفجار عبوة قرب سوق شعبية.")
    assert event.actor2.id == "civilians"


def test_dead_over_an_air_campaign_are_its_toll(pipeline):
    # "قتل ... في هذه الحملة الجوية": the air campaign lasts days, its dead are a toll, no event of one day;
    # a strike told with its own place and day still is one
    assert not _events(pipeline, "وطالب المحافظ بوقف القصف. وقتل وجرح عدد من الرعاة في هذه الحملة الجوية التي "
                                 "بدأها الجيش على الجبال الحدودية.")
    (event,) = _events(pipeline, "وقتل ثلاثة رعاة بغارة جوية على قرية قرب العمادية اليوم.")
def test_a_bombardment_by_an_unnamed_aircraft_is_an_air_strike(pipeline):
    # "لقصف بطائرة مجهولة": the aircraft named after the bombardment noun, of whatever kind, makes it an air strike,
    # not artillery shelling
    (event,) = _events(pipeline, "تعرضت نقطة لقوات حرس الحدود قرب قضاء الرطبة لقصف بطائرة مجهولة فجر اليوم.")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("phrase", ["ولم تُسجل إصابات بشرية", "ولم يسجل سقوط ضحايا"])
def test_arabic_nothing_recorded_among_people_is_no_casualties(pipeline, phrase):
    # "no human injuries were recorded": the shelling's toll is told, none (0 dead, 0 hurt), not left unknown
    (event,) = _events(pipeline, f"سقطت قذائف مدفعية على أطراف قرية حدودية قرب ناحية سيدكان عصر اليوم، {phrase}.")
    assert event.fatalities is not None and event.fatalities.best == 0
    assert event.injured is not None and event.injured.best == 0


@pytest.mark.parametrize("text", [
    "Iraqi troops and tribal fighters entered Ana on Sunday, and by evening the prime minister declared it freed.",
    "Iraqi troops pushed into Ana on Sunday and commanders declared the town free of Islamic State fighters.",
    "Federal police reached the centre of Hawija on Sunday and the army declared the district freed.",
])
def test_a_town_declared_freed_is_ground_retaken(pipeline, text):
    # "declared it freed", "declared the town free of": a town the state declares freed is retaken ground, not a
    # captive's release ("freed" alone stays the freeing of people)
    events = _events(pipeline, text)
    assert events and events[0].sub_event_type == "Government regains territory"


@pytest.mark.parametrize("aim", ["الهادفة إلى", "الرامية إلى"])
def test_arabic_aimed_at_participle_is_a_purpose(pipeline, aim):
    # "المعركة الهادفة إلى فك الحصار": what a battle or campaign is aimed at (a participle of aiming, as يهدف) is
    # not yet done
    text = f"أطلقت فصائل المعارضة أمس معركة جديدة في داريا {aim} فك الحصار المفروض على المدينة."
    events = pipeline.extract(Article(text=text, published="2015-08-08")).events
    assert not [e for e in events if e.sub_event_type == "Government regains territory"]


@pytest.mark.parametrize("text", [
    "The Defence Ministry on Friday denied that its aircraft had struck a farm near Tuz Khurmatu the previous evening.",
    "Ankara denied on Tuesday that Turkish drones had struck a shepherds' camp near Amadiya the previous night.",
])
def test_aircraft_told_in_the_pluperfect_is_an_air_strike(pipeline, text):
    # "its aircraft had struck", "drones had struck": the pluperfect after a denial or report is the air strike's own verb
    events = _events(pipeline, text)
    assert events and all(e.sub_event_type == "Air/drone strike" and e.status == "denied" for e in events)


def test_an_election_rally_is_no_protest(pipeline):
    # supporters cheering a candidate at an election or campaign rally hold no protest
    assert not _events(pipeline, "Thousands of supporters cheered the candidate at an election rally in Basra on "
                                 "Thursday.")
    # a protest held outside one is still told
    assert _events(pipeline, "Hundreds protested outside an election rally in Basra on Thursday, police said.")


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # "den" (وكر in the agencies' English): a cache or hideout found, no blast of the bombs it holds
    ("A force of the 15th Division found, on Wednesday, a den used by ISIS in the Hatra desert, containing twelve "
     "explosive devices.", "Disrupted weapons use"),
    ("Troops raided a terrorist den near Tarmiyah on Wednesday and seized two rifles and a car bomb.",
     "Disrupted weapons use"),
    ("Police destroyed two dens of the group in the Hamrin hills on Wednesday, containing mortar rounds.",
     "Disrupted weapons use"),
    # "هجوم بمتفجرات مزروعة": the planted charges are the means, a remote explosive, no armed clash
    ("وقال مكتب المحافظ إن ثلاثة جنود قتلوا في هجوم بمتفجرات مزروعة على جانب الطريق مساء أمس في ناحية بلدروز.",
     "Remote explosive/landmine/IED"),
    ("وأصيب شرطيان بانفجار عبوات مزروعة قرب مخفر في ناحية بهرز صباح اليوم.", "Remote explosive/landmine/IED"),
    # "فجر مجهولون", "فجر عناصر التنظيم حسينية": unknown men, or men blowing up a place of worship or a school, set off
    # a charge there (as "فجر مبنى", "فجر مقر")
    ("وفجر مجهولون متجرا للمشروبات في العشار ليلة امس.", "Remote explosive/landmine/IED"),
    ("وفجر عناصر التنظيم حسينية في قرية شمال بعقوبة فجر الاحد.", "Remote explosive/landmine/IED"),
    # "open strike", "open-ended strike": a work stoppage, no strike from the air
    ("Dock workers at Umm Qasr port began an open strike on Monday, demanding permanent contracts.",
     "Peaceful protest"),
    ("Staff of the Basra water directorate staged an open-ended strike on Monday, demanding permanent contracts.",
     "Peaceful protest"),
    # "have broken into", "have torn down the blast walls": a live blog's perfect of the riot's own verbs
    ("Wednesday 11:05 – Several hundred unpaid contract workers have broken into the Maysan oil company offices in "
     "Amara.", "Violent demonstration"),
    ("SAMAWA – Crowds angry over water cuts have torn down the blast walls around the Muthanna governorate building.",
     "Violent demonstration"),
])
def test_wording_gives_its_sub_event_type(pipeline, text, sub_event_type):
    events = _events(pipeline, text)
    assert events and all(e.sub_event_type == sub_event_type for e in events)


@pytest.mark.parametrize("text, sub_event_type", [
    # wire headlines put core verbs in the present: "execute" with a plural doer, "slaughters", "blows up",
    # "repels", "shoots down" with a singular one
    ("Gunmen execute six shepherds near Rutba", "Attack"),
    ("ISIS slaughters nine farmers in village near Tuz Khurmatu", "Attack"),
    ("Militant group blows up bridge in Hit", "Remote explosive/landmine/IED"),
    ("Army repels ISIS fighters at Baiji checkpoint", "Armed clash"),
    ("Insurgent cell shoots down drone near Tarmiyah", "Disrupted weapons use"),
])
def test_headline_present_verbs_give_their_event(pipeline, text, sub_event_type):
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_a_shell_with_its_participle_is_shelling(pipeline):
    # "A shell fired by X landed ..." / "a shell hit ...": a shelling, by the side after "by", not a bare killing
    text = "A shell fired by ISIS fighters landed on a house in Tuz Khurmatu on Friday, killing a boy."
    events = pipeline.extract(Article(text=text, published="2016-04-02")).events
    assert [(e.sub_event_type, e.actor1 and e.actor1.id) for e in events] == [
        ("Shelling/artillery/missile attack", "isis")]
