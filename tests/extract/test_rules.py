"""Targeted extraction rules, each on a short invented sentence."""

from __future__ import annotations

import pytest

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


def _claims(pipeline, text, published="2022-06-14"):
    return pipeline.extract(Article(text=text, published=published)).claims


def test_tally_takes_the_period_not_the_day_of_the_report(pipeline):
    (claim,) = _claims(pipeline, "The group said in a newsletter published on Thursday that its fighters carried out "
                                 "12 bomb attacks in Kirkuk last week.", "2022-06-10")
    assert (claim.date.start, claim.date.end) == ("2022-05-30", "2022-06-05")


def test_in_may_is_the_month(pipeline):
    (claim,) = _claims(pipeline, "Officials say militants carried out more than 20 roadside bombings in Kirkuk "
                                 "in May.", "2022-06-10")
    assert (claim.date.start, claim.date.end) == ("2022-05-01", "2022-05-31")


def test_lower_case_direction_keeps_the_place(pipeline):
    (event,) = _events(pipeline, "BAGHDAD (Marsad) - Police said on Tuesday they had arrested a senior Islamic State "
                                 "financier during a raid in western Mosul last week.")
    assert event.location.admin1_code == "IQ-NI"


def test_pluperfect_without_date_is_history(pipeline):
    assert not _events(pipeline, "The court found that the men had opened fire on demonstrators near a bridge, "
                                 "killing at least four people.")


def test_on_a_day_is_not_a_target(pipeline):
    (event,) = _events(pipeline, "Two federal police officers were killed on Sunday when Islamic State militants "
                                 "attacked their checkpoint in Daquq district.", "2021-09-13")
    assert event.actor1.id == "isis"


def test_the_strike_as_subject_tells_the_strike(pipeline):
    events = _events(pipeline, "A Turkish drone struck a truck near Sinjar on Sunday, killing three PKK members. "
                               "The monitor said the strike hit a building used as a weapons depot.", "2023-08-14")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_one_sports_word_is_a_ministry_not_a_match(pipeline):
    (event,) = _events(pipeline, "On 13 March 2025, employees of the Ministry of Defense protested in Basrah, "
                                 "demanding land plots.", "2025-03-13")
    assert event.event_type == "Protests"


def test_protest_note_is_no_protest(pipeline):
    assert not _events(pipeline, "استدعت وزارة الخارجية السفير وسلمته مذكرة احتجاج شديدة اللهجة اليوم في بغداد.")


def test_service_name_does_not_block_its_verb(pipeline):
    (event,) = _events(pipeline, "أعلن قائد العمليات أن قوات جهاز مكافحة الإرهاب حررت، أمس الأربعاء، حياً سكنياً "
                                 "في الساحل الأيمن لمدينة الموصل.", "2017-03-09")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.id == "iraq-cts"


def test_a_toll_over_years_is_no_event(pipeline):
    assert not _events(pipeline, "قتلت غارات التحالف 3042 مسلحا منذ 23 أيلول 2014.", published="2015-07-23")
    assert not _events(pipeline, "وقتل أكثر من ألفي عنصر من الميليشيا حتى الآن في سوريا.", published="2015-07-23")
    assert not _events(pipeline, "فجرت المجموعة عشرات السيارات المفخخة في بغداد خلال السنوات الماضية.")


def test_a_war_toll_told_in_passing_is_not_the_event_toll(pipeline):
    (event,) = _events(pipeline, "هاجمت طائرات تركية مقاتلة معسكرات لحزب العمال الكردستاني في قضاء العمادية يوم الأحد، "
                                 "في حملة تهدد عملية سلام مع تمرد أودى بحياة 40 ألف شخص منذ عام 1984.",
                       published="2015-07-27")
    assert event.actor1.id == "turkey-military" and event.fatalities is None


def test_a_year_is_no_toll(pipeline):
    (event,) = _events(pipeline, "وفي كانون الثاني 2015، قتل قيادي في غارة جوية على مدينة القنيطرة.",
                       published="2015-01-20")
    assert event.fatalities is None or event.fatalities.best == 1


def test_a_day_of_the_month_is_no_toll(pipeline):
    # "يوم الأحد 12 آذار": the 12 is the day, the three civilians the toll
    (event,) = _events(pipeline, "قتل، يوم الأحد 12 آذار، ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الطارمية.",
                       published="2023-03-13")
    assert event.fatalities.best == 3 and event.date.start == "2023-03-12"


def test_history_dates_do_not_carry_over(pipeline):
    text = "اندلعت أعمال عنف في مدينة فان في 27 نيسان 1909. وقتل ثلاثة جنود بانفجار عبوة ناسفة في الموصل."
    events = _events(pipeline, text, published="2015-07-22")
    assert all(e.date is None or e.date.start >= "2014-07-22" for e in events)


def test_a_force_of_a_unit_is_the_agent(pipeline):
    # "قوة من" (a force of) introduces the subject as often as the victim: it marks no target
    (event,) = _events(pipeline, "اعتقلت قوة من جهاز مكافحة الإرهاب ثلاثة إرهابيين من داعش في قضاء الفلوجة أمس.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.id == "iraq-cts"


def test_a_seizure_joined_after_a_charge_is_an_event(pipeline):
    # the charge is "بتجارة المخدرات"; "وضبط أسلحة" is a further act of the police, not part of it
    events = _events(pipeline, "أعلنت الشرطة اعتقال خمسة متهمين بتجارة المخدرات وضبط أسلحة بحوزتهم في قضاء الزبير أمس.")
    assert events and events[0].event_type == "Strategic developments"


def test_dateline_date_is_the_day_of_filing(pipeline):
    (event,) = _events(pipeline, "BAGHDAD, March 17 (Reuters) - Two rockets hit the Green Zone late on Monday, "
                                 "police said.", "2020-03-17")
    assert event.date.start == "2020-03-16"


def test_day_before_reporting_verb_is_the_report_day(pipeline):
    (event,) = _events(pipeline, "Karbala police on Monday denied reports that a car bomb had exploded in the city "
                                 "on Sunday evening.", "2019-10-21")
    assert event.status == "denied"
    assert event.date.start == "2019-10-20"


def test_abbreviated_month_does_not_end_the_sentence(pipeline):
    (event,) = _events(pipeline, "On Sept. 14, coalition forces conducted an air strike against an ISIS hideout in "
                                 "Kirkuk province.", "2022-09-16")
    assert event.date.start == "2022-09-14"
    assert event.actor1.id == "coalition"


def test_surer_verb_gives_the_roles_of_a_noun_trigger(pipeline):
    (event,) = _events(pipeline, "Fighters of the Syrian Democratic Forces killed two Islamic State militants and "
                                 "captured a third during a raid in Deir ez-Zor on Monday.", "2020-11-03")
    assert (event.actor1.id, event.actor2.id) == ("sdf", "isis")


def test_armed_men_storming_is_no_riot(pipeline):
    (event,) = _events(pipeline, "Islamic State militants stormed a Peshmerga outpost near Makhmour on Sunday.",
                       "2021-05-04")
    assert (event.event_type, event.actor1.id) == ("Battles", "isis")
    (event,) = _events(pipeline, "أضرم عناصر من تنظيم داعش النار في حقول الحنطة في قضاء الحويجة أمس.")
    assert (event.sub_event_type, event.actor1.id) == ("Looting/property destruction", "isis")


def test_toll_of_an_event_referred_to_is_no_event(pipeline):
    assert not _events(pipeline, "وجاء ذلك بعد يومين من هجوم صاروخي استهدف معسكر التاجي وأسفر عن مقتل جنديين.",
                       "2020-03-19")
    assert not _events(pipeline, "Washington vowed to respond after a rocket attack on Erbil killed a contractor.",
                       "2021-02-26")


def test_sports_report_has_no_events(pipeline):
    text = ("Al-Zawraa beat Al-Shorta 3-1 in the Iraqi Premier League on Tuesday. The visitors bombarded the goal "
            "from the opening whistle. The coach praised his players for killing off the match. "
            "The striker scored twice. The club now leads the league.")
    assert not _events(pipeline, text, "2023-03-29")


def test_age_is_no_toll(pipeline):
    # "يبلغ من العمر 30 عاما": a figure before a unit of time is an age; the singular victim noun counts one
    (event,) = _events(pipeline, "حاول متظاهرون اقتحام مبنى مجلس المحافظة في مدينة الكوت مساء أمس، فأطلقت القوات "
                                 "الأمنية الرصاص الحي، ما أسفر عن مقتل متظاهر يبلغ من العمر اثنين وعشرين عاما.")
    assert event.fatalities.best == 1


def test_deployment_after_an_event_is_no_event(pipeline):
    text = ("قتل شخصان في نزاع عشائري مسلح في قضاء القرنة شمالي البصرة مساء أمس. "
            "وانتشرت قوة من الشرطة في المنطقة لفض النزاع.")
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["Battles"]
    text = ("Gunmen killed two farmers near Amerli on Saturday. "
            "A police brigade stationed in the town said it pursued the attackers.")
    assert all(e.event_type != "Strategic developments" for e in _events(pipeline, text, "2020-06-07"))


def test_speaker_ends_at_that_even_far_from_the_verb(pipeline):
    # a long speaker ("قال مدير ناحية ... ، اليوم الثلاثاء، إن") ends at "إن": the group after it acts
    (event,) = _events(pipeline, "قال مدير ناحية الرشاد التابعة لقضاء داقوق جنوبي كركوك، اليوم الثلاثاء، إن عناصر "
                                 "من تنظيم داعش أضرموا النار في حقول للحنطة مساء الأحد.")
    assert (event.sub_event_type, event.actor1.id) == ("Looting/property destruction", "isis")


def test_subject_of_carried_out_is_the_agent_of_the_noun(pipeline):
    (event,) = _events(pipeline, "أشار البيان إلى أن طائرات القوة الجوية العراقية نفذت مساء أمس الثلاثاء، استنادا إلى "
                                 "معلومات من خلية الصقور الاستخبارية، ضربة جوية استهدفت وكرا للتنظيم في وادي الشاي "
                                 "جنوبي كركوك.")
    assert event.actor1.id == "iraq-air-force"


def test_claimant_named_only_as_speaker_is_the_agent(pipeline):
    text = ("قتل عشرون مدنيا بتفجير انتحاري في سوق شعبي وسط بغداد صباح أمس. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.")
    (event,) = _events(pipeline, text, "2021-01-22")
    assert (event.status, event.actor1.id) == ("claimed", "isis")


def test_source_after_the_event_is_no_party(pipeline):
    # "بحسب ما أفاد مصدر في شرطة المحافظة": the police told of the clash, they did not fight in it
    (event,) = _events(pipeline, "قتل ثلاثة أشخاص في نزاع عشائري مسلح في قضاء المدينة شمالي البصرة مساء أمس، "
                                 "بحسب ما أفاد مصدر في شرطة المحافظة.")
    assert event.actor2 is None or event.actor2.id != "iraq-police"
    # "اشتباكات بين ..." is no source: "بين" there means between
    (event,) = _events(pipeline, "اندلعت أمس اشتباكات عنيفة بين قوات الجيش العراقي ومسلحي وحدات مقاومة سنجار "
                                 "وسط مدينة سنجار.")
    assert {event.actor1.id, event.actor2.id} == {"iraq-army", "ybs"}


def test_tear_gas_canister_is_no_bomb(pipeline):
    # "قنبلة غاز" is riot control, not an explosive device
    events = _events(pipeline, "وقال مسعف إن شابا أصيب بقنبلة غاز في ساحة الخلاني ببغداد ظهر أمس.")
    assert all(e.sub_event_type != "Remote explosive/landmine/IED" for e in events)


def test_force_against_protesters_is_excessive_force(pipeline):
    (event,) = _events(pipeline, "قُتل خمسة متظاهرين برصاص قناصة مجهولين قرب ساحة الحبوبي في الناصرية مساء أمس.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor1.kind == "Protesters"
    assert event.actor2.id == "unidentified-gunmen"


def test_no_one_killed_is_no_event(pipeline):
    text = ("Rockets struck an air base near Baghdad airport late on Tuesday, officials said. "
            "No one was killed, a spokesman said.")
    events = _events(pipeline, text)
    assert all(e.sub_event_type != "Attack" and (e.fatalities is None or e.fatalities.best == 0) for e in events)


def test_airborne_raid_is_an_arrest_not_a_strike(pipeline):
    (event,) = _events(pipeline, "نفذت قوات سوريا الديمقراطية بمساندة مروحيات التحالف عملية إنزال جوي في بلدة الشحيل "
                                 "بريف دير الزور فجر اليوم، أسفرت عن اعتقال قيادي في تنظيم داعش.")
    assert event.sub_event_type == "Arrests"


def test_confessed_part_in_attacks_is_a_charge(pipeline):
    text = ("اعتقلت قوة أمنية خمسة أشخاص في قضاء طوزخورماتو أمس. "
            "وقال الجهاز في بيان إن المعتقلين اعترفوا بالمشاركة في هجمات على نقاط للجيش في ناحية سليمان بيك.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_demanded_withdrawal_is_no_event(pipeline):
    events = _events(pipeline, "A tribal leader on Monday urged supporters to gather in Basra on Friday "
                               "to demand the withdrawal of Turkish troops from northern Iraq.")
    assert all(e.sub_event_type != "Non-violent transfer of territory" for e in events)


def test_among_those_killed_names_victims(pipeline):
    text = ("A suicide bomber blew himself up at a checkpoint in Samarra on Sunday, killing at least 20 people, "
            "officials said. Four policemen were among those killed.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1 is None or event.actor1.kind != "State forces"


def test_the_sides_of_talks_are_the_two_named_between(pipeline):
    # a capital stands for its government only as a side "between" two: elsewhere it is a place
    (event,) = _events(pipeline, "ستبدأ الأسبوع المقبل مفاوضات بين أنقرة وحزب العمال الكردستاني حول وقف إطلاق النار.",
                       "2015-07-20")
    assert (event.actor1.id, event.actor2.id) == ("turkey-government", "pkk")
    (event,) = _events(pipeline, "A truce between Erbil and Baghdad was agreed on Monday over the disputed areas.",
                       "2020-05-12")
    assert (event.actor1.id, event.actor2.id) == ("krg", "iraq-government")


def test_had_belongs_to_the_verb_right_after_it(pipeline):
    # "had been dismissed" is the workers' past; the protest itself is news
    (event,) = _events(pipeline, "On 3 March 2024, some 300 guards whose contracts had been cancelled protested "
                                 "outside the governorate building in Kut.", "2024-03-03")
    assert event.event_type == "Protests" and event.status == "occurred"
    # "had been shelled": the event word's own auxiliary still makes it history
    assert not _events(pipeline, "On 3 March 2024, villagers said their farms had been shelled by the militants "
                                 "near Kut.", "2024-03-03")


def test_lone_side_of_a_battle_is_actor1(pipeline):
    # a clash with an unnamed gang names only the police: ACLED puts the one named side first
    (event,) = _events(pipeline, "قُتل شرطي خلال اشتباك مسلح مع عصابة في مدينة العمارة فجر اليوم.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.id == "iraq-police"
    assert event.actor2 is None
    assert event.evidence.actor1.text == "شرطي" and event.evidence.actor2 is None  # the words move with the actor


def test_anti_narcotics_directorate_is_police(pipeline):
    (event,) = _events(pipeline, "قُتل ضابط في مديرية مكافحة المخدرات خلال اشتباك مع مطلوبين في مدينة العمارة فجر اليوم.")
    assert event.actor1.id == "iraq-police"


def test_violence_against_civilians_targets_civilians(pipeline):
    # the victim is named by no civilian word, yet abduction by gunmen is violence against civilians
    (event,) = _events(pipeline, "اختطف مسلحون مجهولون، مساء أمس، صاحب محل للهواتف في منطقة الدورة جنوبي بغداد.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2.id == "civilians"


def test_peaceful_protest_has_no_target(pipeline):
    # the government the crowd petitions is no party to a peaceful protest
    (event,) = _events(pipeline, "تظاهر المئات أمام مبنى محافظة البصرة أمس مطالبين الحكومة بتوفير فرص العمل.")
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None


def test_an_unnamed_shooter_is_not_filled_in(pipeline):
    # "fire was opened on the protesters": excessive force, but the text names no one who fired
    (event,) = _events(pipeline, "ارتفعت حصيلة ضحايا إطلاق النار على المحتجين في الناصرية إلى عشرة قتلى.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1.id == "protesters" and event.actor2 is None


def test_event_word_inside_a_place_name_is_no_event(pipeline):
    # "ساحة التحرير" (Liberation Square) tells no liberation: the sit-in stays peaceful
    (event,) = _events(pipeline, "نظم العشرات وقفة احتجاجية في ساحة التحرير ببغداد أمس للمطالبة بالإفراج عن زميلهم.")
    assert event.sub_event_type == "Peaceful protest"


def test_weapon_named_actor_after_targeting_verb_is_agent(pipeline):
    (event,) = _events(pipeline, "استهدفت طائرة مسيرة تركية، عصر اليوم، عجلة على طريق قرب ناحية سنوني.")
    assert event.actor1.id == "turkey-military"


def test_turkish_artillery_shelling(pipeline):
    (event,) = _events(pipeline, "تعرضت قرى في ناحية كاني ماسي لقصف مدفعي تركي مساء أمس.")
    assert event.actor1.id == "turkey-military"


def test_source_of_shelling_is_agent(pipeline):
    # "مصدره مواقع الحرس": the positions are where the shells came from, not what they hit
    (event,) = _events(pipeline, "تعرضت قرى حدودية في قضاء بنجوين لقصف مدفعي مصدره مواقع الحرس الثوري الإيراني أمس.")
    assert event.actor1.id == "iran-irgc"


def test_bomb_in_a_market_hits_civilians(pipeline):
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في سوق شعبي بقضاء المقدادية مساء أمس ما أدى إلى مقتل شخصين.")
    assert event.actor2.id == "civilians"


def test_two_groups_of_dead_are_added(pipeline):
    (event,) = _events(pipeline, "أسفرت الاشتباكات في قضاء الحويجة أمس عن مقتل تسعة مسلحين وجنديين اثنين.")
    assert event.fatalities.best == 11
    (event,) = _events(pipeline, "قُتل قيادي في كتائب حزب الله واثنان من مرافقيه بضربة جوية في بغداد أمس.")
    assert event.fatalities.best == 3


def test_a_gunman_joined_to_a_dead_policeman_is_the_other_side(pipeline):
    # after an active "قتل" a state's man joined to the dead is one more of them; a gunman is who fought them
    (event,) = _events(pipeline, "قتل شرطي ومسلح مجهول في تبادل لإطلاق النار قرب سيطرة في قضاء بعقوبة أمس.")
    assert (event.actor1.id, event.actor2.id) == ("unidentified-gunmen", "iraq-police")


def test_one_of_a_group_joined_to_the_dead_is_added(pipeline):
    # "وأحد" (folded to واحد) before a noun of people is "and one of", a second group of dead, not the adjective "one"
    (event,) = _events(pipeline, "قُتل أربعة مسلحين من تنظيم داعش وأحد مقاتلي الحشد العشائري في اشتباك قرب الحويجة أمس.")
    assert event.fatalities.best == 5
    (event,) = _events(pipeline, "أسفر انفجار عبوة ناسفة في سوق بعقوبة أمس عن مقتل شخص واحد وإصابة ثلاثة.")
    assert event.fatalities.best == 1


def test_a_figure_before_a_wounded_verb_joined_by_and_is_not_the_wounded(pipeline):
    # "وأصيب" opens a clause of its own whose subject follows it: the one before it is the second dead
    (event,) = _events(pipeline, "قُتل تاجر وأحد زبائنه وأصيب طفل بجروح، إثر انفجار عبوة ناسفة داخل متجر في الخالص أمس.")
    assert event.fatalities.best == 2


def test_a_kin_noun_joined_to_the_dead_is_a_second_dead(pipeline):
    # "ونجله", "وزوجته": the victim's son or wife named by a noun with its pronoun counts one more
    (event,) = _events(pipeline, "قُتل سائق أجرة ونجله برصاص مسلحين مجهولين في قضاء الخالص مساء أمس.")
    assert event.fatalities.best == 2


def test_an_attempt_on_a_life_implies_no_dead(pipeline):
    # "نجا من محاولة اغتيال": the killing word an attempt governs tells no sure death (ACLED: no figure, 0)
    (event,) = _events(pipeline, "نجا صحفي من محاولة اغتيال بعد أن أطلق مسلحون مجهولون النار على سيارته في الكوت مساء أمس.")
    assert event.fatalities is None or event.fatalities.best == 0
    (event,) = _events(pipeline, "اغتال مسلحون مجهولون صحفيا بإطلاق النار على سيارته في الكوت مساء أمس.")
    assert event.fatalities.best == 1


def test_the_number_of_dead_rose_to_updates_the_toll(pipeline):
    # subject first, masculine verb: "عدد القتلى ... ارتفع إلى" is a toll update, as "ارتفع عدد القتلى إلى" is
    (event,) = _events(pipeline, "قُتل سبعة أشخاص بانفجار سيارة مفخخة في سوق شعبي ببعقوبة صباح أمس. "
                                 "وقال مصدر طبي مساء أمس إن عدد القتلى ارتفع إلى تسعة.")
    assert event.fatalities.best == 9


def test_a_toll_that_rose_raises_the_toll_of_force_on_a_crowd(pipeline):
    # the crowd's dead told first, then the update: the update is not only for battles and bombings
    events = _events(pipeline, "قُتل ثلاثة متظاهرين أمس الأحد حين أطلقت قوات الأمن الرصاص الحي على المحتجين "
                               "في ساحة الحبوبي بالناصرية. وفي حصيلة محدثة صباح اليوم، قالت مصادر طبية إن عدد "
                               "القتلى ارتفع إلى ستة بعد وفاة ثلاثة من الجرحى.")
    assert [e.fatalities.best for e in events if e.fatalities is not None] == [6]


def test_a_state_action_told_with_no_doer_continues_the_force_before(pipeline):
    # the arrest of the next sentence names no doer: the force of the event just told did it
    events = _events(pipeline, "عثرت مفارز مديرية الاستخبارات العسكرية صباح أمس على وكر لعصابات داعش يحتوي على "
                               "عبوات ناسفة في قضاء الحويجة. وفي اليوم التالي جرى إلقاء القبض على إرهابي مطلوب "
                               "للقضاء في القضاء نفسه.", published="2022-06-15")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].actor1 is not None
    assert arrests[0].actor1.id == "iraq-military-intelligence"


def test_second_victim_after_a_long_name_is_added(pipeline):
    # the first victim's unit or group (names, a bracketed short name) stands between it and "and"
    (event,) = _events(pipeline, "قُتل قيادي في قوات البيشمركة (الزيرفاني) وسائقه، مساء أمس، بضربة جوية قرب مخمور.")
    assert event.fatalities.best == 2
    (event,) = _events(pipeline, "An air strike on a car near Qaim on Tuesday killed a leader of the Kataib "
                                 "Hezbollah group and a companion, officials said.")
    assert event.fatalities.best == 2


def test_a_figure_before_its_own_casualty_noun_is_not_the_dead(pipeline):
    # "وخمسة عشر جريحاً": the figure counts the wounded named right after it, not the lone "قتيل" before it
    (event,) = _events(pipeline, "أطلقت قوات الأمن الرصاص الحي لتفريق المحتجين قرب ساحة التحرير في الكوت أمس، "
                                 "وتحدث مصدر طبي عن قتيل وخمسة عشر جريحاً.")
    assert event.fatalities is None or event.fatalities.best != 15
    (event,) = _events(pipeline, "At least six people, including a woman, were killed and 19 wounded when mortar "
                                 "rounds hit a market in Tuz Khurmatu on Friday.", "2022-06-14")
    assert event.fatalities.best == 6


def test_a_toll_risen_to_a_figure_takes_the_noun_after_it(pipeline):
    # the wounded told before the update ("بجراحهم") do not make the new figure the wounded's
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في سوق شعبي وسط الحلة صباح اليوم. وأفاد مصدر طبي بوفاة ثلاثة "
                                 "من المصابين متأثرين بجراحهم، لترتفع حصيلة الانفجار إلى خمسة قتلى وعشرة جرحى.")
    assert event.fatalities.best == 5


def test_a_claimants_toll_is_not_taken(pipeline):
    # ACLED does not take a claimant's toll: the dead told after "زاعماً" are the claim's, the source's toll wins
    (event,) = _events(pipeline, "تبنى تنظيم داعش هجوماً على نقطة للجيش قرب قضاء الدبس مساء الجمعة، زاعماً مقتل "
                                 "سبعة من الجنود.")
    assert event.fatalities is None
    (event,) = _events(pipeline, "Islamic State claimed an attack on an army post near Rutba on Friday, claiming to "
                                 "have killed nine soldiers.", "2022-06-14")
    assert event.fatalities is None


def test_wounded_after_the_dead_are_not_added(pipeline):
    (event,) = _events(pipeline, "قتل ثلاثة مدنيين وخمسة جرحى بانفجار عبوة في بعقوبة أمس.")
    assert event.fatalities.best == 3


def test_condemned_bombing_is_no_event(pipeline):
    # "ندد بالتفجير": a condemnation refers to a bombing told elsewhere
    assert not _events(pipeline, "وندد بالتفجير الذي ضرب سوقا في الناصرية أمس كل من المحافظ ورئيس مجلس المحافظة.")


def test_weapons_a_fight_was_fought_with_are_no_second_event(pipeline):
    # the second sentence tells what the clash of the first was fought with, not a shelling of its own
    text = ("اندلعت اشتباكات بين عشيرتين في ناحية الفهود جنوبي الناصرية مساء أمس. "
            "وقال شهود إن المتقاتلين استخدموا البنادق وقذائف الهاون طوال ساعتين.")
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["Battles"]
    text = ("Two clans fought in the Fuhud subdistrict of Dhi Qar province on Monday night. "
            "Witnesses said the men were using rifles and mortar rounds for two hours.")
    assert [e.event_type for e in _events(pipeline, text)] == ["Battles"]


def test_claim_told_a_day_later_is_the_same_attack(pipeline):
    # the claim is dated the day after the attack: it claims that attack, it is not a second one
    text = ("Gunmen attacked an army checkpoint near Tarmiyah north of Baghdad on Saturday night, killing two soldiers. "
            "The Islamic State group claimed the attack on Sunday.")
    (event,) = _events(pipeline, text, published="2022-06-13")
    assert event.status == "claimed"
    assert event.date.start == "2022-06-11"


def test_toll_update_day_is_not_the_attack_day(pipeline):
    # "rose to five on Thursday" dates the update; the clash told next, on Tuesday, is the same event
    text = ("The death toll from a tribal clash in the Fuhud subdistrict of Dhi Qar province rose to five on Thursday, "
            "a health official said. "
            "The clash broke out between two clans on Tuesday evening over a land dispute.")
    (event,) = _events(pipeline, text, published="2022-06-16")
    assert event.date.start == "2022-06-14"


def test_bare_definite_attack_refers_back(pipeline):
    # "the bombing that hit the market", no agent, no toll, no day: it recalls a bombing told elsewhere
    assert not _events(pipeline, "وقال المحافظ إن التفجير الذي استهدف السوق في مدينة الحلة لن يثني الأهالي عن العودة.")
    # with its agent named, a definite noun that opens the article is its news
    assert _events(pipeline, "تبنى تنظيم داعش الهجوم على نقطة للجيش في قضاء الطارمية.")


def test_event_a_condemnation_reacts_to_is_told_elsewhere(pipeline):
    # the bombing is the object of "condemned", several words on: a reaction, not the report of a bombing
    assert not _events(pipeline, "أدانت وزارة الخارجية في بيان رسمي أمس تفجير سيارة مفخخة في سوق مدينة الحلة.")
    assert not _events(pipeline, "ندد رئيس البرلمان بشدة بالهجوم بالصواريخ على مطار أربيل الدولي مساء الأحد.")
    # a condemnation told after the event does not touch it
    text = "وقال مصدر أمني إن مسلحين قتلوا ثلاثة مدنيين في قضاء الطارمية أمس، فيما أدانت الوزارة الحادث."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Attack"]


def test_dead_of_both_sides_after_a_comma_are_added(pipeline):
    # the wounded after the comma do not stop the second group of dead
    (event,) = _events(pipeline, "وأسفر الاشتباك في قضاء الدبس مساء أمس عن مقتل ثلاثة من عناصر التنظيم وجنديين، "
                                 "وإصابة خمسة آخرين.")
    assert event.fatalities.best == 5


def test_nil_toll_of_the_blast_told_later(pipeline):
    events = _events(pipeline, "ألقى مسلحون مجهولون قنبلة يدوية على منزل تاجر في مدينة الكوت مساء أمس. "
                               "وقالت الشرطة إن الانفجار حطم نوافذ المنزل، ولم يُقتل أو يُصب أحد.")
    assert len(events) == 1
    assert events[0].fatalities.best == 0


def test_nil_toll_makes_no_event_of_a_word_near_it(pipeline):
    # "no one was killed or hurt" beside the shooting-down of one drone is no fact of a new event
    events = _events(pipeline, "استهدفت طائرتان مسيرتان قاعدة قرب مطار كركوك مساء أمس الثلاثاء. وقال مصدر أمني "
                               "إن إحدى الطائرتين أُسقطت قبل وصولها إلى القاعدة دون وقوع إصابات.")
    assert len(events) == 1


def test_toll_rose_to_a_figure_far_from_its_cue(pipeline):
    (event,) = _events(pipeline, "The death toll from a roadside bombing on a minibus near the town of Tarmiyah "
                                 "rose to 9 on Wednesday, a hospital source said.")
    assert event.fatalities.best == 9
    (event,) = _events(pipeline, "ارتفعت حصيلة قتلى تفجير العبوة الناسفة على حافلة صغيرة قرب قضاء الطارمية إلى تسعة.")
    assert event.fatalities.best == 9


def test_dead_of_the_other_side_told_with_also(pipeline):
    (event,) = _events(pipeline, "أعلنت الشرطة مقتل أحد عناصرها خلال اشتباك مع مهربين في قضاء الزبير أمس، "
                                 "مضيفة أن الاشتباك أسفر أيضاً عن مقتل ثلاثة من المهربين.")
    assert event.fatalities.best == 4


def test_air_strikes_backing_an_advance_are_no_event_of_their_own(pipeline):
    events = _events(pipeline, "Army troops backed by coalition air strikes entered the village of Tel Hamra "
                               "near Mosul on Sunday, a military statement said.")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_found_rockets_are_seized_not_fired(pipeline):
    events = _events(pipeline, "Soldiers found rockets and mortar rounds in a cave near Baiji on Monday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_counted_times_make_a_tally_but_several_times_do_not(pipeline):
    text = "Militants have attacked the base at least 30 times with rockets since March, an official said."
    assert _claims(pipeline, text)
    text = "Militants have attacked the base several times with rockets in Anbar on Monday, an official said."
    assert not _claims(pipeline, text)


def test_clan_dispute_is_fought_by_clan_militias(pipeline):
    # ACLED codes the unnamed sides of a clan dispute as clan militias (Unidentified Clan Militia)
    (event,) = _events(pipeline, "قتل رجلان في نزاع عشائري اندلع بين عشيرتين في قضاء الزبير غربي البصرة ليلة أمس.")
    assert event.sub_event_type == "Armed clash" and event.actor1.id == "clan-militia"


def test_suicide_bomber_is_no_state_force(pipeline):
    # the fighters at the checkpoint were hit; a suicide bomber belongs to an armed group
    events = _events(pipeline, "فجر انتحاري نفسه عند حاجز قرب بيجي شمالي صلاح الدين صباح اليوم، ما أسفر عن مقتل "
                               "ثلاثة أشخاص، هم الانتحاري واثنان من مقاتلي الحشد الشعبي.")
    assert events and all(e.actor1 is None or e.actor1.id != "pmf" for e in events)


def test_clash_between_names_first_side_first(pipeline):
    (event,) = _events(pipeline, "دارت أمس اشتباكات متقطعة بين قوات الجيش العراقي ومسلحي وحدات مقاومة سنجار "
                                 "في قرية قرب سنجار.")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "ybs")


def test_group_claiming_the_attack_is_its_agent(pipeline):
    # "تطلق على نفسها" (calls itself) is no target marker: the group that claims the shelling did it
    (event,) = _events(pipeline, "تبنت جماعة تطلق على نفسها اسم «عصبة الثائرين» قصف معسكر للتحالف قرب مطار بغداد "
                                 "مساء أمس.")
    assert event.actor1.id == "usbat-al-thaireen"


def test_group_blamed_for_the_bomb_is_its_agent(pipeline):
    (event,) = _events(pipeline, "قتل شرطي بانفجار عبوة ناسفة استهدفت دوريته قرب بعقوبة مساء أمس، واتهم مصدر أمني "
                                 "خلايا تابعة لتنظيم داعش بزرع العبوة.")
    assert event.actor1.id == "isis"
    text = ("قتل مزارعان بانفجار عبوة ناسفة في بستان قرب الخالص مساء أمس. "
            "وحملت الشرطة المحلية خلايا تنظيم داعش مسؤولية زرع العبوة.")
    (event,) = _events(pipeline, text)
    assert event.actor1.id == "isis"


def test_aims_and_unconfirmed_tolls_are_no_events_of_their_own(pipeline):
    # "to keep the fighting out", "to claim attacks": purposes, not events
    assert not _events(pipeline, "The Kurdistan Regional Government has urged both parties to keep the fighting "
                                 "out of the old market.")
    assert not _events(pipeline, "Experts say Kataib Hezbollah uses front names to claim attacks on bases in Anbar.")
    # "a figure the army did not confirm": the army is the source of doubt, not the killer
    events = _events(pipeline, "Drones struck a convoy near Qaim on Friday. At least 12 militants were killed, "
                               "a figure the army did not confirm.", "2022-06-11")
    assert all(e.actor1 is None or e.actor1.id != "iraq-army" for e in events)


def test_an_event_noun_describing_people_or_gear_is_no_event(pipeline):
    # "Protest organisers", "the bomb squad": the noun says who someone is, not that anything happened
    assert not _events(pipeline, "Protest organisers said on Monday they would meet the governor in Basra.")
    assert not _events(pipeline, "The bomb squad reached the market in Ramadi on Sunday.")
    (event,) = _events(pipeline, "A car bomb killed five people in Kirkuk on Monday.", "2024-01-10")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_an_english_event_noun_opening_an_actor_name_is_no_event(pipeline):
    # "riot police" are police: no riot is told, whatever the article is about
    events = _events(pipeline, "Teachers protested in Kut on Sunday. Riot police moved in after dark, witnesses said.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def _violent_told(pipeline, text):
    """Occurred or claimed violent events of an invented sentence."""
    return [e for e in _events(pipeline, text) if e.status in ("occurred", "claimed")
            and e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")]


def test_relative_clause_recalls_an_earlier_event(pipeline):
    # the journalist and the officer are described by their deaths; the news is the funeral and the visit
    assert not _violent_told(pipeline, "وشارك الآلاف في تشييع الصحفي الذي اغتاله مسلحون مجهولون في بغداد.")
    assert not _violent_told(pipeline, "وزار المحافظ أمس عائلة الضابط الذي قتل في انفجار سيارة مفخخة في كركوك.")
    # a new attack still stands beside the relative clause
    assert _violent_told(pipeline, "قتل مسلحون أمس ثلاثة من الرعاة الذين خرجوا إلى المراعي قرب ناحية العظيم.")


def test_charge_or_suspicion_is_no_event(pipeline):
    assert not _violent_told(pipeline, "ونظرت محكمة الجنايات في بغداد أمس في اتهامه بخطف تاجر من سوق المدينة.")
    assert not _violent_told(pipeline, "وأفرجت الشرطة في كركوك أمس عن شاب أوقف للاشتباه بمشاركته في تفجير عبوة ناسفة.")
    assert not _violent_told(pipeline, "وقالت الشرطة إن للتنظيم علاقة بالوقوف وراء مقتل تاجر في سوق الموصل أمس.")


def test_condemnation_reaches_past_the_statement_details(pipeline):
    # the reaction's object stands more than eight words after the verb of condemnation
    assert not _violent_told(pipeline, "واستنكر محافظ نينوى في بيان صحافي له مساء أمس تلقت الوكالة نسخة منه، تفجيرات سوق الموصل.")
    assert not _violent_told(pipeline, "وأدان رئيس الوزراء في بيان صدر عن مكتبه الإعلامي مساء أمس في بغداد، الهجوم المسلح على كنيسة في الموصل.")


def test_unplaced_event_takes_the_one_governorate_the_article_names(pipeline):
    # the place is told only after the event: the article's one governorate places it, at that precision
    text = "Turkish soldiers clashed with PKK militants in the mountains on Monday. The area lies in Duhok."
    event = next(e for e in _events(pipeline, text) if e.sub_event_type == "Armed clash")
    assert (event.location.admin1_code, event.location.precision) == ("IQ-DA", "admin1")
    # two governorates named: no guess
    text = "Turkish soldiers clashed with PKK militants in the mountains on Monday. Roads to Duhok and Erbil were shut."
    event = next(e for e in _events(pipeline, text) if e.sub_event_type == "Armed clash")
    assert event.location.admin1_code is None


def test_a_protest_march_is_no_month(pipeline):
    # "march" is the month only when a day, a year, "last" or "in" marks it
    (event,) = _events(pipeline, "On 12 June, students organised a protest march from the university to the "
                                 "governorate building in Basra.")
    assert event.sub_event_type == "Peaceful protest" and event.date.start == "2022-06-12"


def test_a_march_to_mark_a_massacre_has_no_dead(pipeline):
    # the dead told after "the anniversary of" are the massacre's, not the marchers'
    event = _events(pipeline, "On 12 June, residents marched in Sinjar, marking the anniversary of the "
                              "massacre in which 500 people were killed.")[0]
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", None)


def test_a_date_after_another_verbs_had_is_not_the_events(pipeline):
    # "in 2019" dates the cancelling, told with "had"; the protest is Sunday's
    (event,) = _events(pipeline, "Guards whose contracts had been cancelled in 2019 protested in Kut on Sunday.")
    assert event.sub_event_type == "Peaceful protest" and event.date.start == "2022-06-12"


def test_foreign_forces_set_up_checkpoints(pipeline):
    # a state's forces abroad are the agent of a security measure as the state's own forces are
    (event,) = _events(pipeline, "Turkish forces set up checkpoints on the road near the village, Duhok.")


def test_drone_belonging_to_an_army_is_the_agent(pipeline):
    # "تابعة لـ" after a weapon names its owner, who fired it, not a target
    (event,) = _events(pipeline, "قالت مصادر محلية إن طائرة مسيرة تابعة للجيش التركي قصفت أمس سيارة قرب قضاء سنجار.")
    assert event.actor1.id == "turkey-military"


def test_dead_struck_by_a_named_weapon_do_not_make_it_the_target(pipeline):
    # "قتل شخصان بضربة من طائرة تركية": the event word between the dead and "من" tells what hit them
    (event,) = _events(pipeline, "قتل شخصان مساء أمس بضربة من طائرة مسيرة تركية قرب ناحية سيدكان.")
    assert event.actor1.id == "turkey-military"
    assert event.fatalities.best == 2


def test_participle_of_blame_names_the_agent_right_after_it(pipeline):
    # "محمّلاً الحرس الثوري المسؤولية": the accuser stands before the participle, the blamed right after
    events = _events(pipeline, "وقال متحدث باسم الحزب إن ثلاث طائرات مسيرة انتحارية ضربت مقره في بلدة عربت في "
                               "السليمانية فجر أمس، محمّلاً الحرس الثوري الإيراني المسؤولية.")
    assert [e.actor1.id for e in events if e.sub_event_type == "Air/drone strike"] == ["iran-irgc"]


def test_dual_and_singular_victim_nouns_count_the_dead(pipeline):
    (event,) = _events(pipeline, "قتل عنصران من الحشد الشعبي بضربة من طائرة مسيرة قرب قضاء سنجار مساء أمس.")
    assert event.fatalities.best == 2


def test_speaker_whose_own_men_did_it_is_the_agent(pipeline):
    # "أن مقاتليها هاجموا": the speaker's own fighters are the subject of the verb
    events = _events(pipeline, "أعلنت قوات الدفاع الشعبي في بيان اليوم أن مقاتليها هاجموا أمس نقطة عسكرية تركية "
                               "في منطقة متينا، ما أسفر عن مقتل جنديين تركيين.")
    (event,) = [e for e in events if e.event_type == "Battles"]
    assert event.actor1.id == "pkk"
    assert event.actor2.id == "turkey-military"


def test_foreign_army_sets_up_its_own_post(pipeline):
    (event,) = _events(pipeline, "قال مختار القرية إن الجيش التركي أقام أمس نقطة عسكرية جديدة قرب ناحية كاني ماسي "
                                 "في دهوك، نقل إليها الجنود بمروحيات.")
    assert event.sub_event_type == "Headquarters or base established"
    assert event.actor1.id == "turkey-military"


def test_a_march_marking_an_anniversary_is_news(pipeline):
    # "anniversary" makes the massacre history, not the march that marks it
    events = _events(pipeline, "On 12 June, hundreds joined a protest march in Sinjar to mark the anniversary of the massacre.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_killed_or_wounded_implies_no_sure_dead(pipeline):
    # any of them may have died, none surely did: no implied toll of one
    event = _events(pipeline, "Turkish soldiers killed or wounded three PKK militants in Metina on Monday.")[0]
    assert event.sub_event_type == "Armed clash" and event.fatalities is None


def test_fatalities_word_gives_the_toll(pipeline):
    (event,) = _events(pipeline, "Tribal gunmen clashed in Amara on Sunday, causing two fatalities.")
    assert event.fatalities.best == 2


def test_a_cause_after_due_to_is_no_event_and_no_future(pipeline):
    # "due to a feud" gives the cause; "is due to" is what tells the future
    (event,) = _events(pipeline, "On 12 June, gunmen shot a shop owner near the market in Amara due to a tribal feud.")
    assert event.status == "occurred" and event.event_type != "Riots"


def test_nil_toll_phrases_with_any(pipeline):
    # "ولم تسجل أي وفيات", "دون تسجيل أي إصابات": no one was killed
    (event,) = _events(pipeline, "فضت قوة من شرطة مكافحة الشغب اعتصاما أمام مبنى المحافظة في الناصرية أمس بالهراوات، "
                                 "ما أدى إلى إصابة سبعة من المعتصمين، ولم تسجل أي وفيات.")
    assert event.fatalities.best == 0
    assert event.injured.best == 7


def test_clash_sides_after_a_plain_noun_and_of(pipeline):
    # "بين قوات البيشمركة وفصائل من الحشد الشعبي": the side named first is actor1
    (event,) = _events(pipeline, "اندلع اشتباك مسلح ليلة أمس بين قوات البيشمركة وفصائل من الحشد الشعبي في قضاء مخمور.")
    assert (event.actor1.id, event.actor2.id) == ("peshmerga", "pmf")


def test_handover_subject_is_actor1_whoever_is_armed(pipeline):
    # a handover has no violent side: the militia it is taken from does not lean to the agent
    (event,) = _events(pipeline, "تسلمت قطعات من الجيش العراقي أمس مسؤولية الملف الأمني في ناحية العياضية التابعة "
                                 "لقضاء تلعفر من ألوية الحشد الشعبي.")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "pmf")


def test_actor_named_right_after_the_dead_was_hit(pipeline):
    # "مقتل جنديين تركيين": the soldiers named after the casualty noun are those hit, not the bombers
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة بدورية في منطقة متينا أمس، ما أسفر عن مقتل جنديين تركيين.")
    assert event.actor1 is None
    assert event.actor2.id == "turkey-military"
    assert event.fatalities.best == 2


def test_command_named_as_a_sector_is_no_party(pipeline):
    # "ضمن قاطع عمليات ديالى": the operations command names the area, the air force struck
    (event,) = _events(pipeline, "وذكرت الخلية أن طائرات القوة الجوية من نوع إف 16 وجهت، مساء أمس، ضربة جوية استهدفت "
                                 "وكرا للإرهابيين في جبال حمرين ضمن قاطع عمليات ديالى، أسفرت عن مقتل أربعة إرهابيين.")
    assert event.actor1.id == "iraq-air-force"


def test_speaker_claiming_the_event_is_the_agent(pipeline):
    # "أعلنت جماعة X ... مسؤوليتها عن تفجير": the speaker claims it, the company's client is no agent
    (event,) = _events(pipeline, "أعلنت جماعة أصحاب الكهف، عبر قناتها في تلغرام، مسؤوليتها عن تفجير عبوة ناسفة استهدفت "
                                 "مساء أمس رتلا لشركة متعاقدة مع التحالف الدولي قرب مدينة الديوانية.")
    assert event.actor1.id == "ashab-al-kahf"
    assert event.status == "claimed"


def test_group_that_planted_the_bomb_told_later_is_the_agent(pipeline):
    # "إن عناصر من داعش زرعوا العبوة": the subject of planting the bomb already told is its agent
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة بعجلة للجيش على الطريق الزراعي شمالي المقدادية أمس، ما أسفر عن "
                                 "استشهاد جندي. وقالت قيادة العمليات إن عناصر من داعش زرعوا العبوة ليلا.")
    assert event.actor1.id == "isis"
    assert event.fatalities.best == 1


def test_and_one_of_the_attackers_adds_to_the_toll(pipeline):
    # "اثنان من مقاتلي الحشد وأحد المهاجمين": 2 and 1 dead ("وأحد" folds to "واحد", the word for one)
    (event,) = _events(pipeline, "دارت اشتباكات أمس قرب قضاء الشرقاط، قتل خلالها اثنان من مقاتلي الحشد وأحد المهاجمين، "
                                 "وأصيب ثلاثة من المقاتلين بجروح.")
    assert event.fatalities.best == 3


def test_nil_toll_told_in_a_later_sentence_completes_the_event(pipeline):
    # the second sentence tells no event of its own; its figures belong to the riot told before
    (event,) = _events(pipeline, "أضرم محتجون غاضبون النار في مقر حزب وسط مدينة الديوانية مساء أمس. وقال شهود إن النيران "
                                 "أتت على أجزاء واسعة من المبنى قبل وصول فرق الدفاع المدني، ولم تسجل أي إصابات.")
    assert event.event_type == "Riots"
    assert event.fatalities.best == 0
    (event,) = _events(pipeline, "Gunmen attacked a checkpoint near Tarmiyah on Monday. Nobody was hurt, police said.")
    assert event.fatalities.best == 0


def test_death_phrases_split_by_the_figure(pipeline):
    # "لقي ثلاثة أشخاص مصرعهم": the figure stands inside the phrase; "ضرب شاب حتى الموت": one dead
    (event,) = _events(pipeline, "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون مساء أمس إثر اشتباك مسلح في قضاء القرنة شمالي البصرة.")
    assert event.fatalities.best == 3


def test_supporting_aircraft_are_no_agent(pipeline):
    # "بإسناد من طيران الجيش": the army aviation backed the operations command, which found the hideout
    (event,) = _events(pipeline, "تمكنت قطعات قيادة عمليات غرب الأنبار أمس، وبإسناد من طيران الجيش، من العثور على مضافة "
                                 "لعصابات داعش في وادي حوران ضمن قاطع الرطبة تحتوي على عبوات ناسفة.")
    assert event.actor1.id == "iraq-ops-western-anbar"


def test_institution_noun_refers_back_to_the_body_named_before(pipeline):
    # "اعتقلت مفارز المديرية": the directorate is the anti-narcotics directorate of police named first
    events = _events(pipeline, "أعلنت مديرية شؤون المخدرات في ميسان اليوم ضبط كمية من الحبوب المخدرة. وفي عملية منفصلة "
                               "جرت يوم السبت الماضي، اعتقلت مفارز المديرية أربعة تجار مخدرات في قضاء الكحلاء.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[-1].actor1.id == "iraq-police"


def test_same_day_and_next_day_count_from_the_day_told_before(pipeline):
    text = ("قتل شخصان مساء الإثنين بضربة من طائرة مسيرة تركية قرب ناحية سيدكان في أربيل. وفي اليوم التالي، قصفت "
            "المدفعية التركية قرية قرب قضاء زاخو في دهوك. وكانت المدفعية الإيرانية قد قصفت صباح اليوم ذاته سفوح جبل "
            "برادوست قرب سيدكان.")
    events = _events(pipeline, text, "2022-08-24")
    days = {e.sub_event_type + (e.actor1.id if e.actor1 else ""): e.date.start for e in events}
    assert days["Air/drone striketurkey-military"] == "2022-08-22"
    assert days["Shelling/artillery/missile attackturkey-military"] == "2022-08-23"


def test_claim_keeps_the_day_of_the_attack_told_after_a_toll_update(pipeline):
    # the attack's day is told after the toll update; the claim's later day is the day of the claim
    text = ("The death toll from an Islamic State attack on an army post near Baiji rose to seven on Wednesday, "
            "a military spokesman said. "
            "Militants attacked the post with machine guns late on Monday, sparking a firefight that lasted an hour. "
            "The Islamic State group claimed the attack through its news agency on Tuesday.")
    (event,) = _events(pipeline, text, published="2022-06-15")
    assert event.status == "claimed"
    assert event.date.start == "2022-06-13"


def test_rpgs_are_the_weapons_of_a_gunfight(pipeline):
    text = ("Gunmen from two rival clans traded machine-gun fire and RPG rounds in the Fuhud subdistrict "
            "of Dhi Qar province on Monday, killing two men.")
    (event,) = _events(pipeline, text)
    assert event.event_type == "Battles"


def test_month_recalled_without_a_day_is_no_event(pipeline):
    # English: an event dated only by a month that ended before publication is recalled history
    text = ("KIRKUK - The coalition handed over a base near Kirkuk to Iraqi forces on Sunday. "
            "In December, a rocket attack on the base killed a contractor.")
    events = _events(pipeline, text, published="2020-03-30")
    assert [e.event_type for e in events] == ["Strategic developments"]


def test_english_part_of_month_or_day_over_a_month_old_is_history(pipeline):
    # English: "in late December" or "on Jan. 3", told in March, recall earlier events; the news is told with its
    # own day
    text = ("KIRKUK - The coalition handed over a base near Kirkuk to Iraqi forces on Sunday. "
            "In late December, a rocket attack on the base killed a contractor.")
    events = _events(pipeline, text, published="2020-03-30")
    assert [e.event_type for e in events] == ["Strategic developments"]
    text = ("KIRKUK - The coalition handed over a base near Kirkuk to Iraqi forces on Sunday. "
            "On Jan. 5, a rocket attack on the base killed a contractor.")
    events = _events(pipeline, text, published="2020-03-30")
    assert [e.event_type for e in events] == ["Strategic developments"]
    # a day within the month is still news
    text = "On March 9, a rocket attack on a base near Kirkuk killed a contractor."
    assert _events(pipeline, text, published="2020-03-30")


def test_english_day_more_than_three_weeks_and_a_half_old_is_history(pipeline):
    # the gold files code no English event older than three weeks: a day 26 days back is recalled, not news
    text = ("KIRKUK - Gunmen shot dead a shepherd near Daquq on Sunday, police said. "
            "On March 4, a rocket attack on a base near Kirkuk killed a contractor.")
    events = _events(pipeline, text, published="2020-03-30")
    assert [e.event_type for e in events] == ["Violence against civilians"]
    # 23 days back (a month's digest told on the 1st) is still news
    assert _events(pipeline, "On March 7, a rocket attack on a base near Kirkuk killed a contractor.",
                   published="2020-03-30")


def test_english_side_near_which_a_drone_struck_was_hit(pipeline):
    # "struck open ground near the coalition base": the coalition is the side aimed at, not the one that flew it
    (event,) = _events(pipeline, "A drone struck open ground near the coalition base at Erbil airport on Tuesday.")
    assert event.actor1 is None
    assert event.actor2.id == "coalition"
    # a launch site "near" a town is still the launch site
    (event,) = _events(pipeline, "Three rockets were fired from Iraqi territory near Zummar on Monday at a base "
                                 "housing U.S. troops in Syria.")
    assert event.location.admin1_code != "IQ-NI"


def test_english_definite_noun_after_an_ordinal_refers_back(pipeline):
    # "The first bomb ..." after a lead that told two blasts retells the first one, no third blast
    text = ("A roadside bomb hit a bus carrying labourers near Baqubah on Sunday, killing three. The first bomb went "
            "off on a farm road in the Khalis district.")
    (event,) = _events(pipeline, text)
    assert event.fatalities.best == 3


def test_definite_mention_placed_only_by_the_dateline_refers_back(pipeline):
    # "the drone" with no place but the dateline's town is the drone told before in another district of that
    # governorate: its "nobody was hurt" completes it
    text = ("ERBIL, Iraq, July 5 (Marsad) - An armed group said on Monday it had launched a drone at Harir air base "
            "in northern Erbil province, which hosts U.S. forces. A U.S. official said the drone was intercepted "
            "before it reached the base and that nobody was hurt.")
    (event,) = _events(pipeline, text, published="2021-07-06")
    assert event.location.admin2 == "Shaqlawa"
    assert event.fatalities is not None and event.fatalities.best == 0


def test_english_group_saying_it_launched_a_weapon_claims_it(pipeline):
    # "said it had launched a drone at": a verb of doing before the event noun; the group's own deed is a claim
    text = ("The Islamic Resistance in Iraq, a coalition of Iran-backed factions, said on Monday it had launched a "
            "drone at Ain al-Asad air base in Anbar province.")
    (event,) = _events(pipeline, text, published="2024-01-16")
    assert event.status == "claimed"
    assert event.actor1.id == "islamic-resistance-in-iraq"
    assert event.actor2 is None or event.actor2.id != "islamic-resistance-in-iraq"


def test_english_deed_a_party_has_nothing_to_do_with_is_a_mention(pipeline):
    # "said it had nothing to do with the attack": the attack told before, denied by a party, no new event
    text = ("A rocket hit an empty warehouse near Baghdad airport on Monday night, causing no casualties, police said. "
            "Kataib Hezbollah rejected the charge on Wednesday, saying it \"had nothing to do\" with the attack, and "
            "demanded that all U.S. forces leave the country.")
    events = _events(pipeline, text, published="2022-06-15")
    assert len(events) == 1


def test_english_same_night_after_a_claim_is_the_attack_night(pipeline):
    # "claimed the attack on Wednesday" dates the claim: "the same night" after it is the night of the attack
    text = ("A drone struck near the airport in Erbil on Tuesday night, causing a fire, officials said. A little-known "
            "group claimed the attack on Wednesday. Officials dismissed as false reports that a second drone had hit "
            "the Harir air base the same night.")
    events = _events(pipeline, text, published="2021-07-08")
    denied = [e for e in events if e.status == "denied"]
    assert denied and denied[0].date.start == "2021-07-06"


def test_english_facilities_used_by_a_group_name_no_weapon_use(pipeline):
    # "used by" names the owner of what was hit; "used" alone tells the weapons a fight was fought with
    (event,) = _events(pipeline, "U.S. forces launched precision strikes against three depots used by Kataib "
                                 "Hezbollah on Wednesday.", published="2024-01-25")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2.id == "kataib-hezbollah"


def test_english_including_list_belongs_to_the_clause_before(pipeline):
    # ", including a headquarters, a depot and a training site at <place>": the objects of the strike and their place
    text = ("U.S. forces conducted precision strikes against three facilities, including a headquarters, a depot and "
            "a training site at Jurf al-Sakhar in Babil province.")
    (event,) = _events(pipeline, text, published="2024-01-25")
    assert event.location.admin1_code == "IQ-BB"


def test_english_blast_heard_after_a_strike_is_that_strike(pipeline):
    # "a loud explosion was heard near the base early on Thursday": the drone attack told before, not a bombing
    text = ("ERBIL, Iraq, Nov 2 (Marsad) - An armed faction said on Thursday it had flown an explosive drone at the "
            "Harir air base in Erbil province. Local residents said a loud explosion was heard near the base early "
            "on Thursday.")
    events = _events(pipeline, text, published="2023-11-02")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_english_protests_a_victim_took_part_in_are_no_event(pipeline):
    # after a killing, what the victim did ("had taken part in the sit-ins", "after helping to organise sit-ins") is no
    # protest of the day
    text = ("Gunmen killed a teachers' union organiser outside his home in Kut on Tuesday, police said. The organiser "
            "had taken part in the city's weekly sit-ins over unpaid salaries.")
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["Violence against civilians"]
    # a protest told as news is still one
    text = ("Gunmen killed a teachers' union organiser outside his home in Kut on Tuesday, police said. Hundreds "
            "of teachers marched through Kut on Wednesday to demand the killers be found.")
    assert len(_events(pipeline, text)) == 2


def test_english_attacks_a_meeting_discussed_are_a_mention(pipeline):
    # "met with party leaders on Tuesday to discuss the attacks": the attacks told before, no clash on Tuesday
    text = ("Rockets struck a base hosting U.S. troops in Anbar on Monday. The prime minister met with party leaders "
            "on Tuesday to discuss the attacks.")
    events = _events(pipeline, text, published="2023-11-22")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_arabic_month_recalled_long_ago_is_no_event(pipeline):
    # Arabic: a whole month that ended more than a month before publication is recalled history; last month
    # (ended within the month) may still be news
    text = "وفي شهر مارس الماضي اعتقلت الشرطة ثلاثة رجال يشتبه في تجنيدهم مقاتلين في مدينة الموصل."
    assert not _events(pipeline, text, published="2015-07-22")
    text = "وفي الشهر الماضي اعتقلت الشرطة ثلاثة رجال يشتبه في تجنيدهم مقاتلين في مدينة الموصل."
    assert len(_events(pipeline, text, published="2015-07-22")) == 1


def test_protest_called_for_is_planned_on_the_coming_day(pipeline):
    text = "NAJAF - A cleric on Tuesday called on his followers to stage a sit-in in Baghdad's Tahrir Square on Friday."
    (event,) = _events(pipeline, text, published="2020-01-14")
    assert event.status == "planned"
    assert event.date.start == "2020-01-17"
    # any other event called for stays hypothetical
    assert all(e.status != "planned" for e in _events(
        pipeline, "The council called on the army to attack the militants near Kirkuk on Friday.", published="2020-01-14"))


def test_a_called_for_march_is_planned_on_its_day(pipeline):
    text = 'NAJAF - A cleric on Tuesday called for a "million-man" march in Baghdad on January 24.'
    (event,) = _events(pipeline, text, published="2020-01-15")
    assert (event.sub_event_type, event.status, event.date.start) == ("Peaceful protest", "planned", "2020-01-24")


def test_had_attacked_with_a_day_told_is_news(pipeline):
    # a "had ..." background cue yields to a day the sentence tells, as a bare "had" does
    text = "The coalition said on Tuesday its aircraft had killed four militants in a strike on Sunday near Al-Qaim."
    (event,) = _events(pipeline, text, published="2019-08-27")
    assert event.sub_event_type == "Air/drone strike"
    assert event.date.start == "2019-08-25"
    assert not _events(pipeline, "The town had been seized by militants before the army arrived.", published="2019-08-27")


def test_diplomatic_protest_and_habit_are_no_protest_event(pipeline):
    # "to protest" closes a purpose phrase; "has repeatedly protested" is a habit, not an event
    assert not _events(pipeline, "The foreign ministry summoned the Turkish ambassador in Baghdad on Monday to protest "
                                 "what it called a violation of sovereignty.")
    assert not _events(pipeline, "Baghdad has repeatedly protested Turkish operations in Duhok as a breach of sovereignty.")
    assert not _events(pipeline, "The advisers stay at a base in Erbil to help fight the Islamic State group.")


def test_participle_after_a_recalled_clause_is_history(pipeline):
    text = ("SINJAR - Hundreds gathered near Sinjar on Saturday to mark ten years since militants overran the town, "
            "killing dozens of villagers.")
    assert not [e for e in _events(pipeline, text, published="2024-08-03") if e.event_type != "Protests"]


def test_event_told_before_takes_nothing_from_the_earlier_one_it_recalls(pipeline):
    text = ("BAGHDAD - Two rockets landed in Baghdad's Green Zone late on Monday, causing no casualties. "
            "The attack came less than a week after a rocket barrage on Camp Taji killed two soldiers.")
    (event,) = _events(pipeline, text, published="2020-03-17")
    assert event.location.admin2 == "Al-Karkh"
    assert not event.fatalities or event.fatalities.best == 0


def test_the_same_day_is_the_day_of_the_event_told_last(pipeline):
    text = ("KOYA, Iraq, Sept 29 - Drone strikes on opposition bases around Koya killed nine people on Wednesday, "
            "the health ministry said on Thursday. "
            "Schools near the bases were closed on Thursday. "
            "On the same day, artillery shelled mountain areas near Sidakan, damaging farmland.")
    shelling = [e for e in _events(pipeline, text, published="2022-09-29")
                if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.date.start for e in shelling] == ["2022-09-28"]


def test_a_day_named_beats_a_day_counted_from_publication(pipeline):
    text = "On Monday, October 16, a shepherd near Kirkuk was shot dead overnight by gunmen."
    (event,) = _events(pipeline, text, published="2017-10-18")
    assert event.date.start == "2017-10-16"


def test_arrest_on_suspicion_of_an_abduction_is_an_arrest(pipeline):
    text = ("BASRA - Police arrested three men in Zubair on Saturday on suspicion of involvement in the kidnapping "
            "of an engineer last week, a spokesman said on Monday.")
    (event,) = _events(pipeline, text, published="2019-05-27")
    assert (event.sub_event_type, event.date.start) == ("Arrests", "2019-05-25")


def test_a_person_seized_is_abducted_and_who_was_recalls(pipeline):
    text = ("BAGHDAD - An engineer kidnapped by gunmen in Karrada last week was released on Sunday, relatives said. "
            "The man was seized on Thursday evening as he left his office by four armed men.")
    events = [e for e in _events(pipeline, text, published="2021-11-08") if e.event_type != "Strategic developments"]
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Abduction/forced disappearance", "2021-11-04")]
    # "who was seized on May 19" describes the man freed; the arrests are the news
    text = "Police arrested two men in Zubair on Saturday. The employee, who was seized by gunmen on May 19, was freed."
    kinds = [e.event_type for e in _events(pipeline, text, published="2019-05-27")]
    assert "Violence against civilians" not in kinds and "Battles" not in kinds


def test_a_person_seized_is_abducted_past_a_place_in_a_clause_describing_him(pipeline):
    # "camps" in the clause set off by "who" describes the man: he, not a place, was seized
    text = ("A truck driver, who delivers flour to a camp for displaced families, was seized by gunmen near Tuz "
            "Khurmatu on Friday.")
    events = _events(pipeline, text, published="2021-11-08")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    # a place as the subject is ground taken
    events = _events(pipeline, "The village, which lies on the road to Tuz Khurmatu, was seized by militants on "
                               "Friday.", published="2021-11-08")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in events)


def test_a_supporting_force_is_no_side(pipeline):
    text = "Army units backed by the coalition attacked militants near Qayyarah on Wednesday."
    (event,) = _events(pipeline, text, published="2016-08-25")
    assert event.actor1 is None or event.actor1.id != "coalition"


def test_mid_may_is_a_month_not_a_modal(pipeline):
    (event,) = _events(pipeline, "Police said on Tuesday they had arrested four militants in Fallujah in mid-May.",
                       published="2022-05-24")
    assert (event.status, event.date.start) == ("occurred", "2022-05-11")
    (event,) = _events(pipeline, "In mid-May gunmen attacked a checkpoint in Fallujah, killing two policemen.",
                       published="2022-05-24")
    assert event.status == "occurred"


def test_little_fighting_is_no_clash_and_without_resistance_a_handover(pipeline):
    assert not _events(pipeline, "Federal forces took back the disputed areas in Kirkuk this week with remarkably "
                                 "little fighting.", published="2017-10-18")
    (event,) = _events(pipeline, "On Tuesday, Peshmerga forces left Sinjar without resistance.", published="2017-10-18")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_a_retreat_after_the_fall_is_part_of_it(pipeline):
    text = ("RAMADI - Islamic State militants seized the government compound in central Ramadi on Sunday. "
            "Security forces withdrew toward a base east of the city, leaving vehicles behind.")
    events = _events(pipeline, text, published="2015-05-18")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_the_bombings_after_a_tally_are_the_tally_s(pipeline):
    text = ("BAQUBA - Militants carried out at least 12 roadside bomb attacks in Diyala province last month, "
            "the security committee said on Thursday. "
            "The committee's report said the bombings killed nine people.")
    assert not _events(pipeline, text, published="2022-02-10")


def test_hundreds_killed_undated_is_a_period_s_toll(pipeline):
    text = ("A court in Baghdad sentenced three former officers on Thursday. "
            "Rights groups noted that hundreds of protesters were killed during the uprising.")
    assert not [e for e in _events(pipeline, text, published="2024-03-28") if e.fatalities]


def test_a_threatened_strike_is_hypothetical(pipeline):
    text = "A Revolutionary Guards commander warned on Tuesday that Iran could strike Kurdish bases near Koya again."
    (event,) = _events(pipeline, text, published="2023-05-16")
    assert (event.status, event.sub_event_type) == ("hypothetical", "Air/drone strike")


def test_a_legitimate_target_threatened_is_no_recalled_event(pipeline):
    # "will be a legitimate target" threatens an attack on a condition; a day carried from the attacks the statement
    # recalls before (a definite noun with its relative clause) does not make the threat that recalled event
    text = ("بغداد – قالت فصائل مسلحة في بيان مساء اليوم إنها نفذت عشرات العمليات منذ العاشر من آذار الماضي. "
            "وذكر البيان أن الهجمات، التي نفذت بالصواريخ، استهدفت قاعدة بلد الجوية في صلاح الدين. "
            "وحذرت الفصائل من أنه «في حال أقدمت القوات الأجنبية على أي اعتداء جديد، فإن قاعدة التاجي شمال بغداد ستكون "
            "هدفاً مشروعاً لصواريخنا»، في إشارة إلى الغارة التي استهدفت مقراً للفصائل مطلع الشهر الجاري.")
    (event,) = _events(pipeline, text)
    assert (event.event_type, event.status) == ("Explosions/Remote violence", "hypothetical")
    assert event.location.admin1_code == "IQ-BG"


def test_a_commanders_own_troops_threat_is_the_forces_threat(pipeline):
    # "his troops" after "warned that" is the speaker's own forces (`self_ref`), so the threat is the army's own word
    # (worth two) even when the army, named before the warning, was already read as the doer too far from the deed
    text = ("A senior commander of the Turkish army warned that his troops would carry out new artillery strikes on the "
            "militants if the attacks went on.")
    (event,) = _events(pipeline, text)
    assert (event.status, event.actor1.id) == ("hypothetical", "turkey-military")
    assert event.event_type == "Explosions/Remote violence"


def test_a_threatened_targeting_takes_the_weapon_named_as_its_means(pipeline):
    # a bare targeting (weight 1) warned of, with its weapon named after a comma (بواسطة), is that kind of attack
    text = ("حذر مسؤول أمني من أن تنظيم داعش قد يحاول استهداف المصلين المتجمعين في الأسواق لإحياء أيام العيد، "
            "بواسطة عجلات مفخخة.")
    (event,) = _events(pipeline, text)
    assert (event.event_type, event.status, event.actor1.id) == ("Explosions/Remote violence", "hypothetical", "isis")


def test_a_list_of_towns_set_off_by_commas_places_the_clause_before(pipeline):
    # ", from Nasiriyah to Shatra and Rifai," is only places linked by from/to/and: the strike's own places
    text = ("Union leaders said the nurses would stage a strike at hospitals across Dhi Qar, from Nasiriyah to Shatra "
            "and Rifai, on Sunday unless their salaries were paid.")
    (event,) = _events(pipeline, text)
    assert (event.event_type, event.status) == ("Protests", "planned")
    assert event.location.admin1_code == "IQ-DQ"


def test_a_side_preparing_strikes_in_the_coming_days_plans_them(pipeline):
    # the state named as the subject of "preparing" is the doer of the strikes planned, told with their near time
    (event,) = _events(pipeline, "Two Western diplomats said Ankara was preparing strikes against PKK positions in "
                                 "the coming days.")
    assert (event.event_type, event.status, event.actor1.id) == ("Explosions/Remote violence", "planned",
                                                                 "turkey-military")
    # men described by what they were preparing when killed plan nothing told as news
    assert not [e for e in _events(pipeline, "The army said it had killed four militants who were preparing attacks "
                                             "on the base in the coming days.") if e.status == "planned"]


def test_a_militias_own_threat_to_hit_american_bases_is_remote_violence(pipeline):
    # "it would hit American bases": the militia's own threat against a foreign force's bases, rockets and drones
    (event,) = _events(pipeline, "Asaib Ahl al-Haq warned in a statement that it would hit American bases across "
                                 "Anbar if the raids on its offices went on.")
    assert (event.event_type, event.status, event.actor1.id) == ("Explosions/Remote violence", "hypothetical",
                                                                 "asaib-ahl-al-haq")


def test_qad_its_verb_then_the_doer_names_the_threatened_deeds_doer(pipeline):
    # "قد يشجع خلايا داعش على تنفيذ تفجيرات": قد, its present verb, then the doer named: a named threat
    (event,) = _events(pipeline, "ويرى محللون أن تقليص الدوريات الليلية قد يشجع خلايا داعش على تنفيذ تفجيرات في "
                                 "قضاء الحويجة.")
    assert (event.event_type, event.status, event.actor1.id) == ("Explosions/Remote violence", "hypothetical", "isis")


def test_clashes_feared_between_two_named_sides_in_a_warned_condition(pipeline):
    # the fight warned of as a condition, both its sides named, is the hypothetical event; a past period told in a
    # later clause does not date it (nor make it a tally)
    text = ("A relief agency warned that if clashes between the Peshmerga and the PKK broke out again in Zakho "
            "district, hundreds of families could lose their homes, undoing the rebuilding of the past year.")
    (event,) = _events(pipeline, text)
    assert (event.event_type, event.status) == ("Battles", "hypothetical")
    assert {event.actor1.id, event.actor2.id} == {"peshmerga", "pkk"}
    assert event.date.start == "2022-06-14"
    # a condition that provokes a party's own threat stays no event
    assert not _events(pipeline, "The ministry said its forces would defend the region with all their strength if "
                                 "attacked further.")


def test_would_in_a_reported_that_clause_is_the_reports_plan(pipeline):
    # "told parliament yesterday that ... would be transferred": a plan reported, dated on publication, not on the
    # day it was told
    (event,) = _events(pipeline, "The defence minister told parliament yesterday that Nineveh province would be "
                                 "transferred to Iraqi security control within three months.")
    assert (event.status, event.date.start) == ("planned", "2022-06-14")
    (event,) = _events(pipeline, "The governor said on Monday that the coalition would hand over control of the base "
                                 "to the Iraqi army next month.")
    assert event.status == "planned"


def test_a_march_named_in_what_they_called_is_the_planned_deed(pipeline):
    # "Organisers of the sit-in" name the movement (a reference, telling none); ", in what they called a march of
    # anger" names the deed of the clause before, a march planned for Tuesday
    text = ("BASRA - Organisers of the sit-in outside the oil company said on Sunday that the workers would walk to the "
            "governorate building in Basra after noon prayers on Tuesday, in what they called a march of anger.")
    (event,) = _events(pipeline, text, published="2022-06-12")
    assert (event.event_type, event.status, event.date.start) == ("Protests", "planned", "2022-06-14")


def test_blame_told_in_a_later_sentence_names_the_agent(pipeline):
    text = ("KHANAQIN - A bomb struck a PMF vehicle on a rural road north of Khanaqin on Wednesday, wounding two fighters. "
            "Officials blamed ISIS.")
    (event,) = _events(pipeline, text, published="2022-02-10")
    assert event.actor1.id == "isis"
    text = ("On Saturday an IED struck an army vehicle east of Tarmiyah, killing one soldier. "
            "Security sources attributed the attack to ISIS cells.")
    (event,) = _events(pipeline, text, published="2021-03-01")
    assert event.actor1.id == "isis"


def test_gunmen_named_after_their_group(pipeline):
    (event,) = _events(pipeline, "ISIS gunmen attacked an SDF checkpoint near Hasakah on Monday, wounding three fighters.",
                       published="2023-01-17")
    assert event.actor1.id == "isis"


def test_sides_between_members_of(pipeline):
    text = "Gunfights between members of Saraya al-Salam and Asaib Ahl al-Haq in Sadr City on Monday killed four people."
    (event,) = _events(pipeline, text, published="2023-10-10")
    assert (event.actor1.id, event.actor2.id) == ("saraya-al-salam", "asaib-ahl-al-haq")


def test_a_toll_update_reaches_a_far_casualty_word(pipeline):
    text = ("SAMARRA - The death toll from an Islamic State attack on a Popular Mobilization Forces post in the desert "
            "east of Samarra rose to 11 on Tuesday, after two wounded fighters died in hospital.")
    (event,) = _events(pipeline, text, published="2020-12-15")
    assert event.fatalities.best == 11


def test_a_grenade_thrown_in_a_gunfight_is_its_weapon(pipeline):
    text = ("BASRA - Two police officers were killed when a raid in Zubair turned into a gun battle on Monday night. "
            "The ministry said gang members opened fire with rifles and threw a grenade as officers approached.")
    events = _events(pipeline, text, published="2022-10-11")
    assert [e.event_type for e in events] == ["Battles"]


def test_weapons_told_as_support_are_no_event_of_their_own(pipeline):
    # "بإسناد من الضربات الجوية", "backed by air strikes": how the clash was fought, not a second event
    for text in ("اشتبكت قوات الجيش العراقي أمس مع عناصر داعش في قضاء الحويجة بإسناد من الضربات الجوية، "
                 "ما أسفر عن مقتل ثلاثة مسلحين.",
                 "Iraqi troops clashed with ISIS fighters near Hawija on Monday, backed by air strikes, "
                 "killing three militants."):
        assert [e.sub_event_type for e in _events(pipeline, text)] == ["Armed clash"]


def test_launch_pad_found_after_an_attack_is_its_aftermath(pipeline):
    # the launch pad found and the rockets intercepted, with no place or day of their own, belong to the attack
    text = ("سقطت ثلاثة صواريخ كاتيوشا مساء أمس على معسكر التاجي شمالي بغداد. "
            "وقال المصدر إن القوات الأمنية عثرت على أسلحة داخل بستان قريب.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    # a find told with its own place is an event of its own
    text = ("سقطت ثلاثة صواريخ كاتيوشا مساء أمس على معسكر التاجي شمالي بغداد. "
            "وقال المصدر إن القوات الأمنية عثرت على أسلحة في قضاء المحمودية.")
    assert "Disrupted weapons use" in [e.sub_event_type for e in _events(pipeline, text)]


def test_an_aim_and_a_conviction_are_no_events(pipeline):
    # "تسعى إلى ضبط النفقات": an aim; "مدان بالاشتراك في تفجير": a charge
    assert _events(pipeline, "قال النائب إن الحكومة تسعى إلى ضبط النفقات التشغيلية في بغداد أمس.") == ()
    assert _events(pipeline, "نفذت السلطات أمس حكما بحق مدان بالاشتراك في تفجير سوق الحلة.") == ()


def test_air_force_backing_an_operation_is_no_strike(pipeline):
    text = "بدأت قطعات الجيش صباح اليوم عملية تفتيش في قضاء مخمور بإسناد من طيران التحالف الدولي."
    assert all(e.sub_event_type != "Air/drone strike" for e in _events(pipeline, text))


def test_a_place_name_opening_on_an_event_word_is_no_event(pipeline):
    # "جرف الصخر" is a town, not bulldozing
    text = "ويقع جرف الصخر ضمن قضاء المسيب، وتفرض عليه الفصائل طوقا أمنيا منذ أمس."
    assert all(e.sub_event_type != "Looting/property destruction" for e in _events(pipeline, text))


def test_a_warning_dated_years_ago_is_history(pipeline):
    text = "فقد يستعيد التنظيم قدرته على شن هجمات في كركوك، كما فعل في حزيران 2014."
    assert _events(pipeline, text, "2023-04-27") == ()


def test_repeated_attempts_are_a_pattern_not_an_event(pipeline):
    text = "ويشهد الشريط الحدودي مع سوريا قرب القائم محاولات تسلل متكررة لعناصر داعش."
    assert _events(pipeline, text) == ()


def test_a_recapture_stays_a_recapture_when_its_battles_tell_of_bombs(pipeline):
    text = ("أعلن قائد العمليات، اليوم الأحد، أن قوات جهاز مكافحة الإرهاب حررت حي الجولان في الفلوجة. "
            "وقال إن المعارك أسفرت عن مقتل العشرات، مشيرا إلى أن الفرق الهندسية تعمل على رفع العبوات الناسفة.")
    events = _events(pipeline, text, "2016-06-26")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_bare_noun_form_after_a_relative_pronoun_is_its_verb(pipeline):
    # "الذي خطفه مسلحون": the man is described by an earlier kidnapping
    text = "وقال مصدر إن المهندس، الذي خطفه مسلحون يوم الجمعة الماضي في كركوك، وجد داخل منزل مهجور."
    assert _events(pipeline, text, "2019-02-20") == ()


def test_an_event_some_days_before_is_referred_to(pipeline):
    # "بعد أربعة أيام على اختطافه": the abduction is only referred to; the arrest is the news
    text = ("اعتقلت قوة من شرطة كركوك أمس مطلوبا بعد أربعة أيام على اختطافه مهندسا في قضاء الدبس.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2019-02-20")] == ["Arrests"]


def test_a_charge_goes_on_over_and(pipeline):
    # "متهمين بالتخطيط للهجوم ونقل العجلة المفخخة": the car bomb is part of the charge
    text = "اعتقلت قوة من شرطة بابل، أمس الأحد، في مدينة الحلة ثلاثة متهمين بالتخطيط للهجوم ونقل العجلة المفخخة."
    assert [e.sub_event_type for e in _events(pipeline, text, "2017-09-04")] == ["Arrests"]
    # a charged deed does not outrank the arrest beside it, nor lend it its day
    text = ("أعلنت قيادة شرطة البصرة، اليوم الأحد، اعتقال تسعة أشخاص متهمين بالمشاركة في نزاع عشائري اندلع "
            "مساء الجمعة في قضاء المدينة.")
    (event,) = _events(pipeline, text, "2023-07-30")
    assert (event.sub_event_type, event.date.start) == ("Arrests", "2023-07-30")


def test_the_security_forces_and_a_service_of_them_are_one_side(pipeline):
    text = ("أعلنت قيادة شرطة البصرة، اليوم الأحد، اعتقال تسعة متهمين في قضاء المدينة. "
            "وذكر البيان أن قوة مشتركة نفذت عملية الدهم صباح اليوم.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2023-07-30")] == ["Arrests"]


def test_a_captive_freed_is_no_territory_regained(pipeline):
    text = "تمكنت قوة من شرطة كركوك أمس من تحرير مهندس يعمل في شركة نفطية في قضاء الدبس."
    assert all(e.sub_event_type != "Government regains territory" for e in _events(pipeline, text, "2019-02-20"))


def test_arabic_event_takes_the_place_of_its_own_clause(pipeline):
    # the arrest told in the second clause is placed by that clause (الدبس), not by the nearer town before it
    text = ("أعلنت شرطة كركوك، أمس الثلاثاء، تفكيك عصابة في مركز مدينة كركوك، "
            "واعتقال اثنين من أفرادها في قرية تابعة لقضاء الدبس شمال غربي المحافظة.")
    events = _events(pipeline, text, "2019-02-20")
    assert [e.location.admin2 for e in events if e.sub_event_type == "Arrests"] == ["Dibis"]


def test_the_province_of_a_source_is_not_the_place_of_the_event(pipeline):
    # "مصدر في شرطة البصرة" names the source's province: the clash told before in Al-Qurna is the same clash
    text = ("قتل ثلاثة أشخاص مساء أمس في نزاع عشائري اندلع بين عشيرتين في قضاء القرنة شمالي محافظة البصرة. "
            "وقال مصدر في شرطة البصرة إن أفراد العشيرتين استخدموا الأسلحة المتوسطة في الاشتباك الذي استمر ساعتين.")
    events = _events(pipeline, text, "2022-01-12")
    assert [e.location.admin2 for e in events] == ["Al-Qurna"]


def test_bombs_defused_over_a_month_are_a_tally(pipeline):
    text = ("قال قائد شرطة الأنبار إن مفارز معالجة المتفجرات فككت أكثر من ثلاثين عبوة ناسفة خلال شهر كانون الأول "
            "الماضي في صحراء الرطبة.")
    assert _events(pipeline, text, "2024-01-08") == ()
    (claim,) = _claims(pipeline, text, "2024-01-08")
    assert claim.count.low == 31


def test_a_call_to_protest_on_a_coming_day_is_planned(pipeline):
    text = "دعت تنسيقيات الحراك المدني إلى تظاهرة حاشدة في ساحة التحرير ببغداد يوم الجمعة المقبل."
    (event,) = _events(pipeline, text, "2016-06-27")
    assert (event.status, event.sub_event_type, event.date.start) == ("planned", "Peaceful protest", "2016-07-01")


def test_a_funeral_march_is_a_march_not_a_drone(pipeline):
    text = "ودعت تنسيقيات الساحة إلى مسيرة تشييع رمزية للسائق تنطلق من ساحة التحرير في بغداد يوم الجمعة المقبل."
    assert [e.event_type for e in _events(pipeline, text, "2019-11-07")] == ["Protests"]


def test_a_demand_for_reinforcements_is_no_deployment(pipeline):
    text = "وهو ما دفع مسؤولين محليين في ديالى إلى المطالبة بإرسال تعزيزات عسكرية عاجلة أمس."
    assert _events(pipeline, text, "2016-10-24") == ()


def test_where_forces_came_from_is_not_where_they_fired(pipeline):
    text = ("قتل متظاهرون في الناصرية فجر الخميس. "
            "وبدأ إطلاق النار فجر الخميس عندما حاولت قوات أمنية وصلت من بغداد فتح الجسرين.")
    events = _events(pipeline, text, "2019-11-29")
    assert {e.location.admin1_code for e in events} == {"IQ-DQ"}


def test_after_opening_a_clause_that_tells_how_they_died_is_the_event(pipeline):
    text = ("لقي اثنان من عناصر وحدات مقاومة سنجار حتفهما مساء أمس السبت، بعد أن استهدفت طائرة مسيرة تركية "
            "سيارتهما في ناحية سنوني.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2022-11-20")] == ["Air/drone strike"]


def test_date_clauses_opening_the_sentence_support_its_first_event(pipeline):
    text = ("مساء الجمعة، الثاني من فبراير/شباط، شنت طائرات أمريكية سلسلة غارات جوية استهدفت مواقع للحشد الشعبي "
            "في قضاء القائم غربي محافظة الأنبار.")
    events = _events(pipeline, text, "2024-02-03")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Air/drone strike", "2024-02-02")]


def test_the_earlier_day_beside_the_day_of_publication_carries_over(pipeline):
    text = ("ناشدت عائلة ناشط مدني في ميسان، اليوم الخميس، الأجهزة الأمنية الكشف عن مصير ابنها بعد اختفائه مساء "
            "الاثنين الماضي في مدينة العمارة. "
            "وقال شقيقه إن أربعة مسلحين اعترضوا طريقه قرب سوق المدينة واقتادوه إلى جهة مجهولة.")
    events = _events(pipeline, text, "2020-08-20")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Abduction/forced disappearance", "2020-08-17")]


def test_blasts_a_witness_heard_are_the_attack_told_before(pipeline):
    text = ("سقط صاروخان من نوع كاتيوشا داخل المنطقة الخضراء وسط بغداد مساء الأحد. "
            "وقال شاهد يسكن في حي الكرادة إنه سمع دوي انفجارين متتاليين.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2020-01-20")] == ["Shelling/artillery/missile attack"]


def test_the_hospital_the_wounded_were_taken_to_is_not_the_place(pipeline):
    text = ("دوى انفجار لغم في أطراف قضاء سنجار يوم الأربعاء الماضي. "
            "قتل الفتى في الحال وأصيب شقيقه بشظايا ونقل إلى مستشفى دهوك.")
    events = _events(pipeline, text, "2019-07-09")
    assert {e.location.admin1_code for e in events} == {"IQ-NI"}


def test_a_raid_that_turns_into_a_deadly_exchange_of_fire_is_a_clash(pipeline):
    text = ("داهمت قوة من مديرية مكافحة المخدرات منزلا في مدينة العمارة أمس، فبادر أفراد العصابة إلى إطلاق النار، "
            "وقتل أحد المطلوبين خلال تبادل إطلاق النار.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2023-01-19")] == ["Armed clash"]


def test_verb_form_after_a_preposition_is_a_verbal_noun(pipeline):
    # "to kill", "about the killing of": the deed is named, not told as done
    assert not _violent_told(pipeline, "ويعتمد التنظيم أسلوبا قديما لقتل الأبرياء في الأسواق.")
    assert not _violent_told(pipeline, "وكتبت الصحف مقالات كثيرة حول قتل النساء في الأرياف.")
    # a verb that tells the deed is still an event
    assert _violent_told(pipeline, "قتل مسلحون مجهولون أمس صاحب متجر في بعقوبة.")


def test_stopping_planning_testing_and_sentencing_are_no_attack(pipeline):
    # what is to stop, what was planned, a weapons test and a court's sentence tell no attack
    assert not _violent_told(pipeline, "واتفق الطرفان أمس على وقف القصف المدفعي على القرى الحدودية في دهوك.")
    assert not _violent_told(pipeline, "وذكر التقرير أن الضابطين خططا لهجمات على قرى في سنجار.")
    assert not _violent_told(pipeline, "وأجرت إيران أمس تجربة إطلاق صاروخ بعيد المدى في الصحراء.")
    assert not _violent_told(pipeline, "ونفذت السلطات أمس حكم الإعدام في رجل أدين بجريمة في البصرة.")
    assert _violent_told(pipeline, "وقصفت المدفعية أمس القرى الحدودية في دهوك.")


def test_reference_reaches_its_event_past_a_span_of_time(pipeline):
    # "four weeks after the bombing", "the investigations into the bombing": the bombing is told elsewhere
    assert not _violent_told(pipeline, "وبعد ثلاثة أسابيع على التفجير الذي ضرب سوق الحلة، أعيد افتتاح السوق أمس.")
    assert not _violent_told(pipeline, "وتواصلت أمس التحقيقات القضائية والأمنية في التفجير الذي استهدف دورية في البصرة.")


def test_killing_verb_without_a_victim_implies_no_death(pipeline):
    # figurative or bare: nobody named as killed, so the implied death is no support
    assert not _violent_told(pipeline, "وقال الكاتب إن السياسات الفاشلة قتلت كل أمل في الإصلاح.")
    assert not _violent_told(pipeline, "والاعتقاد السائد أنه قتل على أيدي الانقلابيين.")
    assert _violent_told(pipeline, "اغتال مسلحون ناشطا.")


def test_people_described_by_what_they_did_or_suffered(pipeline):
    # the confessors and the dead are described by an earlier bombing; the news is the confession and the call
    assert not _violent_told(pipeline, "وعرض التلفزيون أمس اعترافات المسلحين الذين نفذوا الاعتداء بسيارة مفخخة قرب المطار.")
    assert not _violent_told(pipeline, "واتصل المحافظ أمس بأهالي الضحايا الذين سقطوا في تفجير السوق معزيا.")
    # a cleft states the deed: "it was the gunmen who carried out the attack"
    assert _violent_told(pipeline, "وقالت الشرطة إن المسلحين هم الذين نفذوا الهجوم على نقطة التفتيش في الموصل أمس.")


def test_weapon_word_beside_a_past_verb_states_its_use(pipeline):
    assert _violent_told(pipeline, "وانفجرت خمس قذائف هاون قرب مقر الرئيس.")
    assert _violent_told(pipeline, "وقالت الوكالة إن سيارة مفخخة فجرت حافلة للركاب.")
    # a present verb speaks of habits
    assert not _violent_told(pipeline, "وتفتقر هذه العبوات إلى قوة المتفجرات التقليدية التي تنفجر يوميا.")


def test_future_in_a_relative_clause_is_someone_elses_plan(pipeline):
    events = _events(pipeline, "انفجرت عبوة ناسفة أمس في الموصل قرب منزل المحافظ الذي من المقرر أن يزور بغداد.")
    assert [e.status for e in events] == ["occurred"]
    events = _events(pipeline, "ومن المقرر أن يبدأ الهجوم على الموصل غدا.")
    assert all(e.status == "planned" for e in events)


def test_reference_reaches_past_the_incident_noun_and_its_means(pipeline):
    # "the investigation into the incident of the attack ... by means of a bomb": all of it is referred to
    assert not _violent_told(pipeline, "وتواصل أمس التحقيق الأمني في حادث الاعتداء على دورية للشرطة في البصرة بواسطة عبوة ناسفة.")
    assert not _violent_told(pipeline, "وأثارت الصحف ردود فعل كثيرة على عملية الاغتيال في بغداد أمس.")
    # a list of deeds condemned: the nouns joined by و are condemned too
    assert not _violent_told(pipeline, "وأدانت المنظمة في بيانها الصادر مساء أمس عن مكتبها في جنيف بشدة عمليات القتل خارج القانون والاغتيالات في البصرة.")
    assert _violent_told(pipeline, "وانفجرت عبوة ناسفة أمس في البصرة بدورية للشرطة.")


def test_figurative_uses_of_event_words(pipeline):
    # a sharp (verbal) attack, usurping power: no violence
    assert not _violent_told(pipeline, "وشن رئيس الوزراء أمس هجوما حادا على المعارضة في بغداد.")
    assert not _violent_told(pipeline, "واتهم النائب الحكومة أمس باغتصاب السلطة في بغداد.")
    assert _violent_told(pipeline, "وشن مسلحون أمس هجوما على حاجز للجيش في بغداد.")


def test_necessity_and_aim_are_not_done(pipeline):
    assert not _violent_told(pipeline, "وأكد القائد أمس ضرورة قصف مواقع المسلحين في الموصل.")
    assert not _violent_told(pipeline, "وتوجه المسلحون إلى الموصل أمس لتنفيذ هجوم على مقر الشرطة.")
    assert _violent_told(pipeline, "وهاجم المسلحون أمس مقر الشرطة في الموصل.")


def test_exposure_decision_and_ethnic_cleansing_in_general(pipeline):
    assert not _violent_told(pipeline, "وتعد محافظة ديالى الأكثر عرضة لهجمات المسلحين من أي محافظة أخرى.")
    assert not _violent_told(pipeline, "واتخذت الحكومة أمس قرارا بقصف مواقع المسلحين في الموصل.")
    # ethnic cleansing named as a pattern is no single event, nor a government regaining ground
    events = _events(pipeline, "وأقر الرئيس بحدوث عمليات تطهير عرقي في بغداد.")
    assert not [e for e in events if e.event_type in ("Battles", "Violence against civilians")]


def test_a_bomb_that_did_not_go_off_is_denied(pipeline):
    assert not _violent_told(pipeline, "وقال المحققون إن السيارات المفخخة التي لم تنفجر في لندن الأسبوع الماضي كانت بدائية.")
    assert _violent_told(pipeline, "وقال المحققون إن السيارة المفخخة التي انفجرت في الموصل أمس قتلت ثلاثة.")


def test_weapon_word_beside_the_verb_that_used_it(pipeline):
    # the verb may follow the weapon it tells of, and either may be the sentence's chosen event word
    assert _violent_told(pipeline, "وقالت مصادر إن انتحاريا يقود شاحنة مفخخة فجر نفسه وسط سوق شعبي.")
    assert not _violent_told(pipeline, "وقال الضابط إن المسلحين يفجرون العبوات الناسفة كل يوم.")


def test_condemnation_threat_and_conviction_words(pipeline):
    assert not _violent_told(pipeline, "ودانت الجامعة العربية أمس التفجير الذي استهدف سوقا في بغداد.")
    assert not _violent_told(pipeline, "وهدد التنظيم في بيان أمس بشن هجمات جديدة على القوات الأميركية في العراق.")
    assert not _violent_told(pipeline, "وقضت المحكمة أمس في الرياض بسجن خمسة أدينوا بالهجوم على مجمع سكني.")


def test_what_a_meeting_discussed_is_told_elsewhere(pipeline):
    assert not _violent_told(pipeline, "وناقش الاجتماع أمس في بغداد الهجوم على مقر الأمم المتحدة.")


def test_a_verb_between_figure_and_attack_noun_makes_no_tally(pipeline):
    # "17" is the helicopter's model; the helicopter came under attack
    text = "وقال البيان إن مروحية من طراز إم آي 17 تعرضت لهجوم في الموصل أمس."
    assert _violent_told(pipeline, text)
    assert not _claims(pipeline, text)


def test_the_abducted_counted_after_the_verb_support_it(pipeline):
    assert _violent_told(pipeline, "واختطف خمسة موظفين من شركة للاتصالات.")
    assert not _violent_told(pipeline, "وتحدث التقرير عن خطف الصحفيين في العراق.")


def test_light_verb_with_a_verbal_noun_is_the_verb(pipeline):
    # "قاموا باغتيال" is "اغتالوا": its subject is the agent named with an active verb
    events = _violent_told(pipeline, "وقالت الشرطة إن مسلحين مجهولين قاموا باغتيال مختار القرية.")
    assert events and events[0].actor1 is not None
    assert not _violent_told(pipeline, "وإذا قام أي حارس بضرب سجين فإنه يعاقب.")


def test_demonstrative_points_back_and_never_opens(pipeline):
    assert not _violent_told(pipeline, "ورجح مسؤولون أن تكون هذه المجزرة ردا على تفجيرات أمس في المدينة.")
    # with the event told before, "this attack" joins it
    events = _violent_told(pipeline, "وقتل مسلحون أمس خمسة أشخاص في هجوم على حافلة في الموصل، ووصف المحافظ هذا الهجوم بالجبان.")
    assert len(events) == 1


def test_recollections_stories_funerals_and_words(pipeline):
    assert not _violent_told(pipeline, "واستذكر المتحدثون ضحايا مجزرة حلبجة التي ارتكبها النظام السابق.")
    assert not _violent_told(pipeline, "ويصادف اليوم مرور عام على تفجير مرقد الإمامين في سامراء.")
    assert not _violent_told(pipeline, "وفي فيلمه الجديد يروي المخرج قصة جندي قتل في الحرب.")
    assert not _violent_told(pipeline, "وقصف الطيران الإسرائيلي خلال حرب تموز الجسور ومحطات الكهرباء في لبنان.")
    assert not _violent_told(pipeline, "وشيع المئات أمس في النجف جثامين ضحايا التفجير.")
    assert not _violent_told(pipeline, "وهاجم الرئيس الإيراني في خطابه أمس السياسة الأميركية في المنطقة.")
    assert _violent_told(pipeline, "وقال شهود إن مسلحين هاجموا أمس حاجزا للشرطة في الرمادي.")


def test_present_verb_with_its_agent_tells_a_habit(pipeline):
    assert not _violent_told(pipeline, "وقال إن الميليشيات تخطف الأطفال من الشوارع.")
    assert _violent_told(pipeline, "وقال إن الميليشيات خطفت الأطفال من الشوارع.")


def test_an_eruption_of_conflict_is_no_explosion(pipeline):
    assert not _violent_told(pipeline, "وانفجر الصراع أمس بين الرئيس ورئيسة الوزراء في إسلام آباد.")


def test_a_toll_over_recent_months_is_no_event(pipeline):
    assert not _violent_told(pipeline, "وقال إن الطائرات قتلت عددا من قادة التنظيم خلال الأشهر الأخيرة في وزيرستان.")


def test_a_bomb_found_is_seized(pipeline):
    events = _events(pipeline, "وعثرت الشرطة أمس على عبوة ناسفة وتم تفكيكها في بعقوبة.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
    # the blast told beside a find keeps its own event
    assert _violent_told(pipeline, "وانفجرت عبوة ناسفة أمس في بعقوبة بعد أن عثرت الشرطة على المتفجرات.")


def test_weapons_inside_a_found_hideout_are_seized(pipeline):
    # the weapons stand after what holds them ("مضافة تحتوي على", "مخزن يضم"), beyond the find word's own reach
    events = _events(pipeline, "وعثرت قوة من الجيش أمس قرب قضاء بيجي على مضافة قديمة للتنظيم تحتوي على خمس عبوات ناسفة.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
    events = _events(pipeline, "عثرت مفرزة من الشرطة صباح أمس على مخزن مهجور يضم أربع قذائف هاون في ناحية العلم.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
    # an army division named by its number is the army, the agent that makes an undated find worth a record
    (event,) = _events(pipeline, "وتمكنت قطعات الفرقة الثامنة من العثور على مضافة تحتوي على عبوتين ناسفتين.")
    assert event.sub_event_type == "Disrupted weapons use" and event.actor1.id == "iraq-army"


def test_a_live_report_entry_tells_news_in_the_present(pipeline):
    # a live report's entry, opened by its clock time, tells the day's news in the present tense
    text = ("تغطية مباشرة من الكوت\n"
            "09:10 – العشرات من العمال يتظاهرون أمام مبنى المحافظة للمطالبة برواتبهم.\n"
            "11:25 – في ناحية الأحرار، شبان غاضبون يقتحمون مبنى البلدية ويضرمون النار في مدخله.")
    events = _events(pipeline, text)
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Violent demonstration"]
    # without the clock time the present is what people do, no event
    assert not _events(pipeline, "ويقول السكان إن شبانا غاضبين يقتحمون المباني ويضرمون النار فيها.")


def test_an_arrest_announced_today_is_dated_today(pipeline):
    # a state body announcing, today, its arrest of suspects in a killing told before: the arrest is today's, not
    # the killing's day
    events = _events(pipeline, "اغتال مسلحون مجهولون مساء الجمعة تاجرا في سوق مدينة الكوت. وأعلنت قيادة شرطة واسط، "
                               "مساء اليوم الاثنين، اعتقال اثنين من المتهمين بالجريمة.", "2024-03-11")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.date.start == "2024-03-11"


def test_condolences_and_protests_against_an_event(pipeline):
    assert not _violent_told(pipeline, "وقدم الرئيس أمس تعازيه في ضحايا هجوم انتحاري بسيارة مفخخة في ديالى.")
    events = _events(pipeline, "وتظاهر المئات أمس في بروكسل للتنديد بالغارات التي يشنها الجيش على القرى.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_charge_reaches_the_deed_it_names_with_bi(pipeline):
    assert not _violent_told(pipeline, "ونقل التلفزيون اتهام شرطي في جامعة المدينة (شمال البلاد) بقتل رجل أعزل أمس.")


def test_a_question_asserts_nothing(pipeline):
    assert not _violent_told(pipeline, "فمن الذي قصف مخيم اللاجئين في غزة أمس؟")
    assert _violent_told(pipeline, "قصفت الطائرات أمس مخيم اللاجئين في غزة.")


def test_a_fatwa_permitting_killing_is_no_killing(pipeline):
    assert not _violent_told(pipeline, "وأفتى الشيخ أمس في الرمادي بجواز قتل رجال الشرطة.")


def test_the_dead_of_the_conflict_are_a_cumulative_toll(pipeline):
    assert not _violent_told(pipeline, "وأضاف أن نحو ثلاثة آلاف شخص مجهولي الهوية قتلوا في الصراع.")


def test_possible_prepared_and_habitual_attacks(pipeline):
    # a possible attack, bombs prepared for use, and what militants do as a habit are no events
    assert not _violent_told(pipeline, "وقالت الشرطة إن هناك مؤشرات على هجمات محتملة تستهدف محطات الحافلات في إسطنبول.")
    assert not _violent_told(pipeline, "ودمرت القوات ثلاث سيارات مفخخة معدة للتفجير قرب الرمادي.")
    assert not _violent_told(pipeline, "كما ينفذ المتطرفون تفجيرات دامية في بغداد.")


def test_qad_before_a_three_letter_present_verb_is_may(pipeline):
    assert not _violent_told(pipeline, "وقال الضابط إن داعش قد يشن هجوما على سجن في الموصل.")


def test_methods_and_conditions_are_no_events(pipeline):
    assert not _violent_told(pipeline, "ويتبع التنظيم في الموصل أسلوب قتل الرهائن أمام الكاميرات.")
    assert not _violent_told(pipeline, "ويتبع التنظيم أسلوب تفجير السيارات المفخخة في الأسواق المزدحمة ببغداد.")


def test_event_noun_as_subject_of_a_modal(pipeline):
    assert not _violent_told(pipeline, "وقال المتحدث إن الهجوم على معاقل المسلحين يفترض أن ينتهي مساء اليوم في الموصل.")
    assert not _violent_told(pipeline, "ويبقى حسم معركة الفلوجة مرهونا بنتيجة المفاوضات مع العشائر.")
    # قد before a past verb only stresses a fact
    assert _violent_told(pipeline, "وقال المتحدث إن الهجوم على معاقل المسلحين قد أسفر عن مقتل عشرة منهم في الموصل.")


def test_a_war_toll_in_the_clause_is_no_event(pipeline):
    assert not _violent_told(pipeline, "وقتل الجيش أكثر من عشرين ألف مدني في حماة.")
    # a war's toll told further on, of an insurgency, leaves the raid the sentence reports
    assert _violent_told(pipeline, "وقالت المصادر إن طائرات تركية مقاتلة هاجمت معسكرات الحزب في شمال العراق يوم الأحد "
                                   "في حملة قد تنهي عملية سلام تهدف إلى إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ عام 1984.")


def test_present_abductions_counted_are_a_habit(pipeline):
    assert not _violent_told(pipeline, "وقال إن الميليشيات تختطف مئات الشباب من الأحياء.")
    assert _violent_told(pipeline, "واختطف مسلحون أمس خمسة مهندسين في الموصل.")


def test_plots_wants_and_practices(pipeline):
    assert not _violent_told(pipeline, "وقال إن الميليشيات تمارس القتل ضد السكان في الأحياء الغربية من بغداد.")
    assert not _violent_told(pipeline, "وقال إن التنظيم يريد تفجير الوضع بهجمات على الأسواق في بغداد.")


def test_accidents_and_years_ago(pipeline):
    # a gas explosion is an accident, and the dead it caused are its toll
    assert not _violent_told(pipeline, "وأدى انفجار أنبوب غاز في مصنع بالبصرة أمس إلى مقتل عاملين.")
    assert not _violent_told(pipeline, "وتعرضت السفارة لهجوم بسيارة مفخخة قبل سنوات في صنعاء.")


def test_light_verb_with_a_preposition_and_armed_executions(pipeline):
    # "أقدم ... على اغتيال" is "اغتال": the verbal noun after على is the deed
    assert _violent_told(pipeline, "وأقدم مسلحون مجهولون على اغتيال مختار القرية.")
    # an execution an armed group carried out is a killing; a court's is a sentence
    assert _violent_told(pipeline, "وقال المصدر إن تنظيم داعش نفذ أمس حكم الإعدام رميا بالرصاص في أربعة سائقين في الشرقاط.")
    assert not _violent_told(pipeline, "ونفذت السلطات أمس حكم الإعدام في رجل أدين بجريمة في البصرة.")


def test_english_subject_of_a_passive_death_verb_is_hit(pipeline):
    # "were martyred in the fighting": the fighters are those killed, so the fighting is the attack told before
    (event,) = _events(pipeline, "ISIS militants attacked a Peshmerga post near Kifri on Saturday. Two Peshmerga "
                                 "fighters were martyred in the fighting.", "2021-07-18")
    assert (event.actor1.id, event.actor2.id) == ("isis", "peshmerga")
    assert event.fatalities.best == 2


def test_a_figure_of_killed_or_wounded_is_no_sure_toll(pipeline):
    events = _events(pipeline, "Turkish soldiers clashed with PKK militants in Gara on Monday. Six PKK militants "
                               "were killed, wounded or captured.", "2024-05-21")
    assert events and all(e.fatalities is None or not e.fatalities.best for e in events)
    (event,) = _events(pipeline, "A drone struck a base near Erbil on Monday; nobody was killed or hurt.", "2024-05-21")
    assert event.fatalities.best == 0


def test_similar_attacks_blamed_are_other_events(pipeline):
    # "has blamed similar attacks on X": neither a new event nor the agent of the rocket attack told first
    (event,) = _events(pipeline, "Two rockets struck near Baghdad airport on Tuesday, wounding two workers. "
                                 "Washington has blamed similar attacks on Iran-aligned militias.", "2021-05-26")
    assert event.sub_event_type == "Shelling/artillery/missile attack" and event.actor1 is None
    # a singular likeness with its own day is a new event
    assert _events(pipeline, "In a similar attack on Monday, gunmen killed two farmers near Baqubah.", "2022-12-27")


def test_the_toll_of_an_accident_is_no_attack(pipeline):
    assert not _events(pipeline, "Nine pilgrims were killed and 14 injured when their minibus overturned on the "
                                 "highway near Kut on Friday.", "2019-10-12")
    # a bomb told beside a crash is still an attack
    assert _events(pipeline, "Two soldiers were killed when their vehicle was hit by a roadside bomb and crashed "
                             "near Tarmiyah on Friday.", "2019-10-12")


def test_the_blast_of_an_accident_is_no_bombing(pipeline):
    assert not _events(pipeline, "Two drivers died when a gas truck crashed into a wall and exploded near Hilla "
                                 "on Monday.", "2019-10-15")
    # a bomb told beside a crash still codes
    assert _events(pipeline, "A bomb exploded under a minibus near Hilla on Monday, and it overturned, killing "
                             "two passengers.", "2019-10-15")


def test_who_denies_a_report_is_no_side_of_it(pipeline):
    (event,) = _events(pipeline, "The Joint Operations Command on Saturday denied reports that an unidentified "
                                 "aircraft struck a PMF position near Al-Qaim overnight.", "2022-04-30")
    assert event.status == "denied" and event.actor1 is None
    # unless the report names its own men
    (event,) = _events(pipeline, "The Peshmerga ministry on Wednesday denied reports that its forces had fought "
                                 "PKK militants near Amadiya.", "2019-11-06")
    assert event.status == "denied" and event.actor1.id == "peshmerga"
    # calling a report false denies it
    (event,) = _events(pipeline, "Reports of an air strike on a PMF headquarters in Al-Qaim on Friday are "
                                 "completely false, the command said.", "2022-04-30")
    assert event.status == "denied"


def test_english_relative_clause_describing_someone_by_past_deeds(pipeline):
    # "who had helped organise protests": the protests describe the man shot, they are no event here
    events = _events(pipeline, "Gunmen shot dead an activist in Karbala on Wednesday night. The activist, who had "
                               "helped organise protests over jobs, was hit by three bullets and died in hospital, a relative said.",
                     "2023-11-02")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_english_condemnation_reaches_no_event_past_its_object_and_a_comma(pipeline):
    events = _events(pipeline, "Rights groups condemned the killing, and students called for a march in Tahrir "
                               "Square on Friday to demand justice.", "2021-02-09")
    assert [(e.sub_event_type, e.status) for e in events] == [("Peaceful protest", "planned")]


def test_english_source_named_far_after_its_reporting_word_is_no_side(pipeline):
    (event,) = _events(pipeline, "Two rockets landed inside Victory Base near Baghdad airport on Tuesday, according "
                                 "to a statement from the Security Media Cell.", "2020-07-08")
    assert event.actor2 is None or event.actor2.id != "iraq-security-media-cell"


def test_a_grenade_stays_a_grenade_when_the_explosion_is_told_after(pipeline):
    (event,) = _events(pipeline, "Unknown men threw a hand grenade at a house in Basra on Monday night. The "
                                 "explosion injured two women.", "2022-11-08")
    assert event.sub_event_type == "Grenade"


def test_english_actor_after_the_verb_of_an_event_noun_subject_is_no_agent(pipeline):
    (event,) = _events(pipeline, "A roadside bomb hit a column of lorries carrying logistics supplies for the "
                                 "international coalition on Sunday on the road north of Nasiriyah, wounding a driver, "
                                 "an official in Dhi Qar said.", "2021-06-03")
    assert event.actor1 is None or event.actor1.id != "coalition"


def test_organisers_of_protests_name_a_person_not_a_protest(pipeline):
    (event,) = _events(pipeline, "اغتال مسلحون مجهولون مساء أمس الناشط المدني (م. ك.)، أحد منظمي الاحتجاجات في محافظة ميسان.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2.id == "activists"


def test_an_activist_in_protests_is_a_person_not_a_protest(pipeline):
    # "الناشط في الاحتجاجات": the protest noun after "activist in" only describes the victim
    (event,) = _events(pipeline, "عثرت الشرطة صباح اليوم على جثة الناشط في الاحتجاجات الطلابية (س. م.) مقتولا طعنا قرب جامعة واسط.")
    assert event.event_type == "Violence against civilians"


def test_gunmen_belonging_to_a_group_are_not_its_target(pipeline):
    (event,) = _events(pipeline, "أقدم مسلحون ينتمون إلى تنظيم داعش، مساء أمس، على اغتيال مزارع في قرية تابعة لناحية الرياض غربي كركوك.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.id == "isis"
    assert event.actor2 is None or event.actor2.kind == "Civilians"


def test_a_fight_between_two_clans_has_clans_on_both_sides(pipeline):
    (event,) = _events(pipeline, "اندلع نزاع عشائري مسلح مساء أمس بين عشيرتين في ناحية الدير شمالي البصرة أسفر عن مقتل شخصين.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1.id, event.actor2.id) == ("clan-militia", "clan-militia")


def test_a_clash_between_gunmen_of_two_named_groups(pipeline):
    (event,) = _events(pipeline, "قتل ثلاثة أشخاص، بينهم مدني، في اشتباكات اندلعت ليلا بين مسلحين من سرايا السلام وآخرين من عصائب أهل الحق في الكوت.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1.id, event.actor2.id) == ("saraya-al-salam", "asaib-ahl-al-haq")


def test_the_wounded_of_a_gas_cylinder_blast_are_an_accident(pipeline):
    assert not _violent_told(pipeline, "لقي شخصان حتفهما وأصيب أربعة آخرون أمس إثر انفجار قنينة غاز داخل مخبز في الحلة.")


def test_a_live_fire_drill_simulating_an_attack_is_no_event(pipeline):
    assert not _events(pipeline, "نفذت قطعات الفرقة السابعة صباح اليوم تمرينا بالذخيرة الحية قرب هيت يحاكي صد هجوم تشنه مجموعة إرهابية على مقر عسكري.")


def test_a_claimant_named_far_before_the_attack_it_claims(pipeline):
    (event,) = _events(pipeline, "تبنت جماعة تطلق على نفسها اسم المقاومة الإسلامية في العراق، في بيان نشرته عبر قناتها على تلغرام عصر اليوم الأحد، استهداف قاعدة حرير شمالي أربيل بثلاث طائرات مسيرة.")
    assert event.status == "claimed"
    assert event.actor1.id == "islamic-resistance-in-iraq"


def test_blasts_no_one_could_confirm_hearing_are_no_new_event(pipeline):
    text = ("قصفت طائرات حربية تركية فجر اليوم الأحد مواقع قرب ناحية سيدكان شمالي أربيل. ولم يصدر أي تعليق من "
            "التحالف الدولي أو قيادة العمليات المشتركة، كما لم تتمكن مصادر محلية من تأكيد سماع انفجارات.")
    assert len(_events(pipeline, text)) == 1


def test_a_headline_place_before_a_colon_is_a_dateline(pipeline):
    (event,) = _events(pipeline, "كركوك: عناصر من داعش يهاجمون نقطة للشرطة الاتحادية في ناحية الرياض جنوب غربي المحافظة فجر اليوم.")
    assert event.location.admin2 == "Al-Hawiga"


def test_men_of_a_group_named_among_the_dead_are_the_target(pipeline):
    text = ("استهدفت طائرة مسيرة تركية صباح اليوم عجلة في قضاء سنجار. وقال مصدر إن الطائرة استهدفت العجلة على "
            "الطريق الرابط بين سنجار وسنوني، ما أدى إلى مقتل اثنين من عناصر وحدات مقاومة سنجار.")
    (event,) = _events(pipeline, text)
    assert (event.actor1.id, event.actor2.id) == ("turkey-military", "ybs")
    assert event.fatalities.best == 2


def test_an_armed_group_announcing_its_attack_claims_it(pipeline):
    (event,) = _events(pipeline, "أعلنت المقاومة الإسلامية في العراق، فجر اليوم الأحد، استهداف قاعدة حرير التي تتخذها القوات الأمريكية مقرا لها شمالي أربيل، بطائرة مسيرة.")
    assert event.status == "claimed"
    assert event.actor1.id == "islamic-resistance-in-iraq"
    # the PMF's commission telling of an attack on its men claims nothing
    (event,) = _events(pipeline, "أعلنت هيئة الحشد الشعبي، اليوم الاثنين، تفاصيل الهجوم الذي شنه عناصر من تنظيم داعش على نقطة تابعة لأحد ألويتها في جزيرة سامراء.")
    assert event.status == "occurred" and event.actor1.id == "isis"


def test_men_taken_to_an_unknown_place_by_a_militia_of_a_group(pipeline):
    text = ("قال سكان إن عناصر من ميليشيا تابعة للحشد الشعبي داهمت فجر أمس منازل في قرية تابعة لقضاء الطارمية، "
            "واقتادت أربعة شبان إلى جهة مجهولة.")
    events = _events(pipeline, text)
    abduction = next(e for e in events if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.actor1.id == "pmf"
    assert abduction.actor2 is None or abduction.actor2.kind == "Civilians"


def test_a_toll_told_after_a_result_link_completes_the_fight_before(pipeline):
    text = ("أنهت قوة من الشرطة نزاعا عشائريا اندلع عصر أمس بين عشيرتين في ناحية الفهود. "
            "واستخدمت في النزاع الأسلحة الخفيفة والمتوسطة، ما أسفر عن مقتل شخصين وإصابة ثلاثة آخرين.")
    (event,) = _events(pipeline, text)
    assert event.fatalities.best == 2


def test_a_later_toll_update_raises_the_toll(pipeline):
    text = ("انفجرت عبوة ناسفة صباح اليوم على جانب طريق زراعي في ناحية الوجيهية لحظة مرور عجلة للجيش، ما أدى إلى "
            "استشهاد منتسب وإصابة اثنين آخرين.\nوطوقت القوات الأمنية المكان.\n"
            "تحديث: مصدر طبي أكد وفاة أحد الجريحين متأثرا بإصابته، لترتفع حصيلة الشهداء إلى اثنين.")
    (event,) = _events(pipeline, text)
    assert event.fatalities.best == 2


def test_the_launch_pad_found_after_a_rocket_attack_is_its_aftermath(pipeline):
    text = ("سقطت ثلاثة صواريخ كاتيوشا فجر اليوم قرب مطار بغداد الدولي دون خسائر. "
            "عاجل | خلية الإعلام الأمني: العثور على منصة الإطلاق محترقة داخل بستان في منطقة الزعفرانية جنوب شرقي بغداد.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_withdrawal_names_no_receiver_unless_marked(pipeline):
    # the group named in a description of the camps did not take them over
    (event,) = _events(pipeline, "وانسحبت قوات التحالف الدولي أمس من ثلاثة معسكرات كانت قريبة من مناطق وعرة "
                                 "تنشط فيها خلايا تنظيم داعش في محافظة الأنبار.")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1.id == "coalition" and event.actor2 is None


def test_second_killing_noun_joined_by_and_adds_its_dead(pipeline):
    (event,) = _events(pipeline, "وأسفرت المواجهة عن استشهاد جندي من الجيش ومقتل ثلاثة من المسلحين قرب قضاء طوزخورماتو أمس.")
    assert event.fatalities.best == 4


def test_dead_of_the_other_side_after_while(pipeline):
    (event,) = _events(pipeline, "اشتبكت قوة من الشرطة مع مسلحين في قضاء الدبس أمس، ما أسفر عن مقتل شرطيين اثنين، "
                                 "فيما قتل أربعة من المسلحين.")
    assert event.fatalities.best == 6


def test_party_after_with_in_a_clash_is_the_other_side(pipeline):
    (event,) = _events(pipeline, "اشتبكت قوة من الجيش العراقي مساء أمس مع مسلحين من تنظيم داعش قرب قضاء الطارمية.")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "isis")


def test_the_same_night_is_the_night_told_before(pipeline):
    events = _events(pipeline, "قتل مسلحون مجهولون ليلة الأحد شرطيا في قضاء الزبير. وفي الليلة ذاتها، "
                               "انفجرت عبوة ناسفة على دورية للجيش في قضاء أبي الخصيب.", "2022-06-14")
    assert len(events) == 2
    assert events[0].date == events[1].date


def test_separate_incident_is_not_merged_with_the_one_before(pipeline):
    events = _events(pipeline, "انفجرت سيارة مفخخة في سوق قضاء الخالص مساء أمس ما أسفر عن مقتل خمسة مدنيين. "
                               "وفي حادث منفصل، انفجرت عبوة ناسفة مساء اليوم ذاته على طريق في قضاء الخالص.")
    assert len(events) == 2
    assert events[0].fatalities.best == 5


def test_dead_a_crowd_protests_are_not_its_toll(pipeline):
    events = _events(pipeline, "أحرق محتجون غاضبون مقر حزب في مدينة الكوت مساء أمس احتجاجاً على مقتل متظاهر برصاص مجهولين.")
    assert events and all(e.fatalities is None for e in events if e.event_type == "Riots")


def test_killed_him_carries_its_count(pipeline):
    (event,) = _events(pipeline, "انفجرت عبوة لاصقة أسفل سيارة ضابط في الشرطة وسط البصرة مساء أمس فقتلته على الفور.")
    assert event.fatalities.best == 1


def test_operations_going_on_until_clearing_tell_no_clearing(pipeline):
    assert not _events(pipeline, "أكدت قيادة العمليات المشتركة أن العمليات مستمرة حتى تطهير صحراء الأنبار بالكامل من بقايا داعش.")
    assert not _events(pipeline, "ستستمر القوات الأمنية لحين تطهير جزيرة سامراء من عصابات داعش.")


def test_hideout_of_a_group_seized_names_the_group_as_target(pipeline):
    (event,) = _events(pipeline, "تمكنت قوة من الشرطة صباح اليوم من ضبط وكر لعصابات داعش في منطقة جزيرة سامراء.")
    assert (event.actor1.id, event.actor2.id) == ("iraq-police", "isis")


def test_city_before_a_slash_is_a_dateline(pipeline):
    (event,) = _events(pipeline, "البصرة/ قال مصدر في الشرطة إن مسلحين مجهولين خطفوا مقاولا من أمام مكتبه في قضاء الزبير مساء أمس.")
    assert event.location.admin2 == "Al-Zubair"


def test_an_arabic_road_accident_and_a_war_of_words_are_no_violence(pipeline):
    assert not _violent_told(pipeline, "ولقي خمسة أشخاص مصرعهم وأصيب ثلاثة في حادث سير على طريق بغداد أمس.")
    assert not _violent_told(pipeline, "واندلعت حرب التصريحات بين الحزبين في بيروت أمس.")
    assert not _violent_told(pipeline, "وأصيب طفل في القاهرة أمس بجروح بعد أن انفجرت مفرقعات في يده.")


def test_the_families_of_a_bombing_s_victims_and_a_landing_plane_tell_no_attack(pipeline):
    assert not _violent_told(pipeline, "والتقى الوزير أمس في عمان أسر ضحايا تفجيرات الفنادق.")
    assert not _violent_told(pipeline, "وحطت طائرة عسكرية سعودية أمس في مطار بيروت محملة بالمساعدات.")


def test_arms_deals_cargo_descriptions_and_plane_crashes_tell_no_attack(pipeline):
    assert not _violent_told(pipeline, "ووقعت الحكومة في موسكو أمس صفقة لشراء صواريخ ودبابات.")
    assert not _violent_told(pipeline, "ووصلت أمس إلى ميناء ممباسا سفينة على متنها دبابات وقاذفات صواريخ.")
    assert not _violent_told(pipeline, "وسقطت طائرة بدون طيار أمس في منطقة وزيرستان.")
    assert not _violent_told(pipeline, "ووصف الرئيس في دمشق أمس الهجوم بأنه عمل جبان.")
    assert not _violent_told(pipeline, "وقالت الشرطة إن المتفجرات كانت معدة لتفجير سيارات في بغداد أمس.")


def test_a_verbal_attack_with_a_speech_participle_and_attacks_as_background_are_no_events(pipeline):
    assert not _violent_told(pipeline, "وهاجم الرئيس بشدة أمس في واشنطن الديمقراطيين.")
    assert not _violent_told(pipeline, "وبحث الوزير أمس في القاهرة مع نظيره الأوضاع الأمنية في ظل استمرار الهجمات.")
    assert not _violent_told(pipeline, "وأفرجت الشرطة أمس في الرياض عن عشرة متهمين في قضايا إرهاب بينها التفجيرات.")
    assert not _violent_told(pipeline, "وعاد أمس إلى بيروت آلاف النازحين الذين فروا من القصف الإسرائيلي.")


def test_daily_attacks_are_a_tally_not_an_event(pipeline):
    assert not _violent_told(pipeline, "وأوضح أن القوات الأميركية تتعرض لهجمات يومية في الأنبار.")


def test_what_happened_of_clashes_is_characterised_not_told(pipeline):
    assert not _violent_told(pipeline, "وقال أمس في بيروت إن ما جرى في الشمال من اشتباكات كان مؤامرة.")
    assert _violent_told(pipeline, "واندلعت أمس في الشمال اشتباكات بين الجيش ومسلحين.")


def test_praise_pledges_mock_raids_and_flares_tell_no_attack(pipeline):
    assert not _violent_told(pipeline, "وأشاد أمس في غزة بالعمليات الاستشهادية ضد الاحتلال.")
    assert not _violent_told(pipeline, "وتعهد أمس في كابل بمواصلة القتال ضد طالبان حتى النصر.")
    assert not _violent_told(pipeline, "وشنت الطائرات الإسرائيلية أمس غارات وهمية فوق الجنوب.")
    assert not _violent_told(pipeline, "وأطلقت القوات الإسرائيلية أمس قنابل مضيئة فوق غزة.")


def test_an_imagined_attack_is_hypothetical(pipeline):
    assert not _violent_told(pipeline, "وتخيل أن طائرة هاجمت برج التجارة في دبي.")


def test_an_arabic_pluperfect_without_qad_recalls_history(pipeline):
    assert not _violent_told(pipeline, "وكانت إسرائيل اغتالت القيادي في حماس بغارة على غزة في فبراير الماضي.")
    assert _violent_told(pipeline, "ولقي 41 شخصا حتفهم في هجمات متفرقة كان من أبرزها هجوم انتحاري استهدف قاعدة للشرطة في بعقوبة أمس.")


def test_massacres_in_the_plural_are_an_accusation_not_an_event(pipeline):
    assert not _violent_told(pipeline, "وأكد أن إسرائيل ارتكبت مجازر في غزة.")


def test_killing_a_list_of_classes_undated_is_an_accusation(pipeline):
    assert not _violent_told(pipeline, "وقال إن إسرائيل قتلت الأطفال والنساء ودمرت البيوت.")
    assert _violent_told(pipeline, "وقال إن المسلحين قتلوا الجندي الأميركي بعد سماع إطلاق النار في بعقوبة أمس.")


def test_a_place_in_an_official_s_title_does_not_place_the_event(pipeline):
    assert not _violent_told(pipeline, "وقال محافظ كربلاء إن مدينته ترى اليوم السيطرة الكاملة لقواتها.")
    assert _violent_told(pipeline, "وهاجم مسلحون اليوم مركزا للشرطة في كربلاء.")


def test_the_day_of_a_meeting_does_not_date_the_attacks_discussed(pipeline):
    assert not _violent_told(pipeline, "وخلال لقائه أمس في عمان بالملك تحدث عن التفجيرات في العراق.")


def test_a_year_ago_is_history_and_a_plan_is_an_aim(pipeline):
    assert not _violent_told(pipeline, "وقتل مسلحون قبل عام خمسة جنود في الموصل.")
    assert not _violent_told(pipeline, "وكانت خطتهم تقضي بقتل خمسة جنود في الموصل أمس.")


def test_during_a_battle_frames_another_clause_and_hijacking_an_airport_is_figurative(pipeline):
    assert not _violent_told(pipeline, "وفي غضون معركة الأيام الأربعة بين الجيش والمسلحين في الفلوجة الأسبوع الماضي، اكتشف الأهالي أن الساسة متورطون.")
    assert not _violent_told(pipeline, "وقالت مصادر في بيروت أمس إن الحزب استخدم سلاحه في الشارع كما خطف المطار.")
    assert _violent_told(pipeline, "وفي غضون ذلك، قتل خمسة أشخاص في انفجار في بغداد أمس.")


def test_the_previous_night_counts_back_from_the_report(pipeline):
    (event,) = _events(pipeline, "Gunmen attacked a police checkpoint near Dibis the previous night, wounding two "
                                 "policemen, officials said on Wednesday.", "2022-06-15")
    assert event.date.start == "2022-06-14"


def test_a_participle_describing_people_is_no_event(pipeline):
    # "detained" between "of"/"had defended" and the people it describes tells who they are, not an arrest
    events = _events(pipeline, "Relatives of detained students gathered outside the court in Nasiriyah on Sunday.",
                     "2022-06-14")
    assert not any(e.sub_event_type == "Arrests" for e in events)
    (event,) = _events(pipeline, "Gunmen shot dead a lawyer who had defended detained activists in Nasiriyah on "
                                 "Sunday, police said.", "2022-06-14")
    assert event.sub_event_type == "Attack"
    # a subject before it still arrests
    (event,) = _events(pipeline, "Police detained students in Nasiriyah on Sunday.", "2022-06-14")
    assert event.sub_event_type == "Arrests"


def test_reports_of_a_denied_fight_told_again_are_the_same_event(pipeline):
    (event,) = _events(pipeline, "The Peshmerga ministry on Friday denied reports that its forces had clashed with "
                                 "Iraqi army troops near Kifri. Local news sites had claimed that a Peshmerga unit "
                                 "and an army patrol clashed near Kifri.", "2022-06-17")
    assert event.status == "denied" and event.sub_event_type == "Armed clash"


def test_a_report_retold_in_the_past_perfect_is_the_one_denied(pipeline):
    # the report the denial answered, told again after "had said", with its own day and toll: the denial alone
    (event,) = _events(pipeline, "The Peshmerga ministry on Tuesday denied reports that its forces had fought PKK "
                                 "militants near Amadiya over the weekend. A PKK website had said on Sunday that three "
                                 "of its fighters were killed by Peshmerga fire near the town.", "2022-06-14")
    assert event.status == "denied" and event.sub_event_type == "Armed clash" and event.fatalities is None
    # a report of a crowd's deed, denied as force on the crowd: one denied event, of the denial's type
    (event,) = _events(pipeline, "The army on Tuesday denied reports that its soldiers had shot dead two protesters "
                                 "during a demonstration outside a base near Kut on Monday. Local officials had told "
                                 "reporters that soldiers opened fire when protesters threw stones at the gate.",
                       "2022-06-14")
    assert event.status == "denied" and event.event_type == "Protests"
    # with no denial told, the report is news
    (event,) = _events(pipeline, "A PKK website had said on Sunday that three of its fighters were killed by "
                                 "Peshmerga fire near Amadiya.", "2022-06-14")
    assert event.status != "denied"


def test_the_sentence_after_history_goes_on_telling_it(pipeline):
    text = ("Veterans gathered in Tal Afar on Saturday to remember the siege. In June 2014, militants stormed the "
            "town. Hundreds of families fled to the mountains, where dozens were killed by snipers.")
    assert all(e.event_type == "Protests" for e in _events(pipeline, text, "2024-06-15"))
    # a day of its own makes it news again
    assert _events(pipeline, "In June 2014, militants stormed Tal Afar. On Friday, a roadside bomb killed two "
                             "soldiers near the town.", "2024-06-15")


def test_an_event_told_abroad_is_not_coded(pipeline):
    events = _events(pipeline, "Drones struck a militia depot near Al-Qaim in Anbar province on Sunday. The militia is blamed for a "
                               "rocket attack on an air base in Kuwait on Friday.", "2022-06-14")
    assert len(events) == 1 and events[0].sub_event_type == "Air/drone strike"
    # a country named as a modifier places nothing
    assert _events(pipeline, "Rockets landed near the US embassy in Baghdad on Sunday.", "2022-06-14")


def test_a_threat_is_not_dated_by_a_past_day_told_before(pipeline):
    events = _events(pipeline, "Drones struck a militia depot near Al-Qaim in Anbar province on Friday. A spokesman "
                               "for the armed factions warned that the groups could hit U.S. forces at Ain al-Asad "
                               "in response.", "2022-06-14")
    (threat,) = [e for e in events if e.status == "hypothetical"]
    assert threat.date.start == "2022-06-14"


def test_blasts_heard_are_no_tally(pipeline):
    result = pipeline.extract(Article(text="A drone struck a truck near Sidakan on Monday. Shepherds in the valley "
                                           "heard at least three explosions.", published="2022-06-14"))
    assert not result.claims and len(result.events) == 1


def test_the_killed_are_the_target_not_the_wounded(pipeline):
    (event,) = _events(pipeline, "A car bomb exploded near a checkpoint in Baiji on Monday, killing three policemen "
                                 "and wounding four civilians.", "2022-06-14")
    assert event.actor2.id == "iraq-police"


def test_a_toll_brought_to_a_figure_updates_it(pipeline):
    (event,) = _events(pipeline, "A suicide bomber blew himself up at a police checkpoint in Tikrit on Sunday, "
                                 "killing four policemen. Two of the wounded later died, bringing the toll to six.",
                       "2022-06-14")
    assert event.fatalities.best == 6


def test_the_accident_phrase_itself_is_no_event(pipeline):
    # "بحادث مروري": the incident word inside the accident phrase tells the crash, not a clash
    assert not _events(pipeline, "لقي ثلاثة شبان مصرعهم، مساء أمس الجمعة، بحادث مروري على الطريق بين الحلة وكربلاء.")


def test_a_comma_closes_a_reference_phrase(pipeline):
    # "وبعد ساعات، انفجرت عبوة": hours later a bomb went off, a blast of its own
    events = _events(pipeline, "انفجرت عبوة ناسفة صباح أمس قرب دورية للجيش في قضاء بيجي. "
                               "وبعد ساعات، انفجرت عبوة ناسفة ثانية على طريق زراعي في قضاء الشرقاط، ما أسفر عن إصابة جندي.")
    assert [e.location.admin2 for e in events] == ["Beygee", "Al-Shirqat"]


def test_a_long_hijri_date_clause_joins_the_event_word_after_it(pipeline):
    # "شهدت <مكان>، <تاريخ هجري طويل>، نزاعاً": the date clause joins the place and the event word
    (event,) = _events(pipeline, "شهدت قرية تابعة لقضاء الرفاعي شمالي الناصرية، عصر يوم الجمعة الثالث من ذي القعدة "
                                 "1444هـ، نزاعاً عشائرياً بين عشيرتين.", published="2023-05-25")
    assert event.sub_event_type == "Armed clash"
    assert event.date.start == "2023-05-23"


def test_a_nil_toll_told_later_with_its_own_wording(pipeline):
    (event,) = _events(pipeline, "أحرق محتجون غاضبون مقراً حزبياً وسط مدينة السماوة مساء أمس. "
                                 "ولم تسجل دائرة الصحة أي حالات وفاة.")
    assert event.fatalities.best == 0
    (event,) = _events(pipeline, "استهدفت طائرة مسيرة مفخخة محيط مطار أربيل مساء أمس. وقال مصدر إنها سقطت في أرض خالية دون خسائر.")
    assert event.fatalities.best == 0


def test_a_tally_keeps_its_own_nil_toll(pipeline):
    # "تعرضت القطعات إلى 6 هجمات ... من دون خسائر": the nil toll is the tally's, not the arrest's before it
    events = _events(pipeline, "اعتقلت قوة من الجيش مطلوباً في قضاء الحضر صباح اليوم. "
                               "وأشار البيان إلى أن القطعات تعرضت خلال الشهر الماضي إلى ستة هجمات بقذائف الهاون من دون خسائر بشرية.")
    assert events[0].fatalities is None


def test_the_dead_of_the_two_sides_told_in_turn_are_added(pipeline):
    # ACLED counts everyone killed, attackers too: the attackers' dead, then the defenders', are one toll
    (event,) = _events(pipeline, "هاجم عناصر من داعش موقعاً للجيش في قضاء الطارمية ليلة أمس. "
                                 "وأسفر الهجوم عن مقتل أربعة من المهاجمين. واستشهد جراء الاشتباك جنديان اثنان من الجيش.")
    assert event.fatalities.best == 6


def test_the_same_dead_told_twice_are_not_added(pipeline):
    (event,) = _events(pipeline, "قتل ثلاثة جنود بهجوم لداعش على موقع للجيش في قضاء الطارمية ليلة أمس. "
                                 "وقال مصدر إن الهجوم أسفر عن مقتل ثلاثة جنود.")
    assert event.fatalities.best == 3


def test_a_result_link_with_the_event_noun_inside_gives_the_toll(pipeline):
    # "وأسفر النزاع عن مقتل شخصين": the toll of the clan fight told just before
    (event,) = _events(pipeline, "اندلع نزاع عشائري مسلح في ناحية الإصلاح بمحافظة ذي قار مساء أمس. "
                                 "وأسفر النزاع عن مقتل شخصين وإصابة ثلاثة آخرين.")
    assert event.fatalities.best == 2


def test_a_text_opening_on_a_partitive_toll_is_no_event(pipeline):
    # "three of them were killed" with no one told before is a fragment of a report told elsewhere
    assert not _events(pipeline, "وقتل أربعة منهم.")
    # after a sentence that told them, the toll joins the fight told there
    (event,) = _events(pipeline, "اشتبكت قوات الأمن مع مسلحين من داعش في الموصل أمس. وقتل ثلاثة منهم.")
    assert event.event_type == "Battles" and event.fatalities.best == 3


def test_an_arabic_blast_beside_an_accident_word_is_the_accident(pipeline):
    assert not _events(pipeline, "أصيب عشرون شخصا في انفجار بمصنع للألعاب النارية في البصرة أمس.")
    assert not _events(pipeline, "انفجر صاروخ من الألعاب النارية في يد طفل في البصرة أمس فأصيب بجروح.")
    assert not _events(pipeline, "قتل رجل برصاص ابتهاج في حفل زفاف في البصرة أمس.")
    # a bomb still codes
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة قرب محل للألعاب النارية في البصرة أمس فقتلت شخصين.")
    assert event.event_type == "Explosions/Remote violence"


def test_recalled_charged_and_tested_are_no_events(pipeline):
    assert not _events(pipeline, "يتذكر أهالي المدينة تفجير السوق الذي قتل فيه عشرات الأشخاص.")
    assert not _events(pipeline, "ادعى القاضي على خمسة موقوفين بجرم قتل شاب في البصرة.")
    assert not _events(pipeline, "اختبر الجيش أمس صاروخا جديدا في صحراء الأنبار.")


def test_attributed_counted_since_and_narrated_deeds_are_no_events(pipeline):
    # "stands behind" attributes a deed told elsewhere
    assert not _events(pipeline, "ونقلت الصحيفة عن مصادر ان الموساد يقف وراء اغتيال القيادي في دمشق.")
    # victims counted since the start of the year are a tally
    assert not _events(pipeline, "وأكد أن عدد ضحايا الاعتداءات الإرهابية في البصرة منذ مطلع العام تجاوز 200 قتيل.")
    # a story narrated
    assert not _events(pipeline, "وفي كتابه يروي المؤلف كيف قتل جنود الاحتلال والده أمام عينيه.")


def test_a_verb_after_an_indefinite_noun_governed_by_a_preposition_describes_it(pipeline):
    # "pictures of soldiers who were killed in Iraq": a relative clause without its pronoun
    events = _events(pipeline, "وعلق متظاهرون صورا لجنود قتلوا في العراق على سور البيت الأبيض قبل انطلاق المظاهرة.",
                     "2007-09-17")
    assert not any(e.event_type in ("Battles", "Violence against civilians") for e in events)
    # after "that" the indefinite noun is the subject: a killing told
    (event,) = _events(pipeline, "قالت الشرطة ان مسلحين قتلوا ثلاثة مدنيين في بغداد امس.")
    assert event.event_type == "Violence against civilians"


def test_a_long_source_after_a_comma_is_no_side(pipeline):
    # the source runs back to the comma before "said", however long it is
    (event,) = _events(pipeline, "Gunmen abducted an engineer on Sunday as he left a power plant in Zubair, a "
                                 "police officer and a company employee said.", "2022-06-14")
    assert event.actor2 is None or event.actor2.kind == "Civilians"


def test_a_rank_is_no_toll(pipeline):
    # "20th" is a rank: the toll is the subject's figure, told before the noun's modifiers
    (event,) = _events(pipeline, "Two soldiers from the army's 20th division were killed on Monday when a roadside "
                                 "bomb hit their vehicle in Tarmiyah.", "2022-06-14")
    assert event.fatalities.best == 2


def test_a_passive_toll_reaches_its_counted_subject(pipeline):
    (event,) = _events(pipeline, "Three members of the same family were killed on Monday when a mortar round hit "
                                 "their house in Tarmiyah.", "2022-06-14")
    assert event.fatalities.best == 3
    # a part of the dead named after "among them" is not the toll
    (event,) = _events(pipeline, "Four residents of the camp, among them a woman, were killed on Tuesday when a "
                                 "drone hit a building in Makhmour.", "2022-06-14")
    assert event.fatalities.best == 4


def test_a_dateline_town_yields_to_the_town_told_later(pipeline):
    events = _events(pipeline, "ERBIL, Iraq - A Turkish drone strike killed two members of the PKK in a border "
                               "area on Wednesday, officials said. The drone hit a car outside Sidakan. Two "
                               "people in the car were killed.", "2022-06-16")
    (event,) = events
    assert event.location.admin2 == "Rawanduz"


def test_a_speaker_is_not_the_agent_of_a_passive(pipeline):
    # the group that reports its own dead is no killer: its dead are the toll of the strike told before
    (event,) = _events(pipeline, "US aircraft struck a depot used by Kataib Hezbollah near Al-Qaim on Sunday. "
                                 "Kataib Hezbollah said three of its fighters were killed.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 3


def test_after_opening_a_clause_tells_how_the_dead_died(pipeline):
    # "after gunmen shot him" is the event itself; "killed protesters" after "of" only describes families
    (event,) = _events(pipeline, "A teacher who had helped families of killed protesters died in hospital on "
                                 "Monday, hours after gunmen shot him outside his school in Karrada.", "2022-06-14")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.id == "unidentified-gunmen"


def test_a_speaker_whose_report_names_another_subject_is_no_side(pipeline):
    (event,) = _events(pipeline, "Gunmen shot dead a shop owner in Karrada on Monday. Police said two men on a "
                                 "motorcycle fired at least five shots at him as he got into his car.", "2022-06-14")
    assert event.actor1.id == "unidentified-gunmen"


def test_those_who_ordered_the_killing_recall_it(pipeline):
    # a deed named in a relative clause describes the people ("those who ordered the killing"), no new event
    assert not _events(pipeline, "A court in Najaf sentenced a man to life in prison on Sunday. The victim's family said "
                                 "those who ordered the killing were still free.", "2022-06-14")


def test_dead_told_with_also_in_the_next_sentence_add_to_the_toll(pipeline):
    (event,) = _events(pipeline, "Militants attacked an army post near Tuz Khurmatu on Saturday night, killing three "
                                 "soldiers. Four of the attackers were also killed, and two soldiers were wounded, "
                                 "officers said.", "2022-06-14")
    assert event.fatalities.best == 7
    assert event.injured.best == 2


def test_a_tally_of_coordinated_strikes(pipeline):
    # "air and drone strikes": the event words joined by "and" before the tally noun still make a tally
    result = pipeline.extract(Article(text="Turkish forces carried out more than 30 air and drone strikes in Duhok "
                                           "province during May, officials said.", published="2022-06-14"))
    (claim,) = result.claims
    assert claim.count.low == 31 and claim.event_type == "Explosions/Remote violence"


def test_a_tally_takes_the_type_of_the_word_before_its_noun(pipeline):
    result = pipeline.extract(Article(text="Officials recorded 14 IED attacks in Kirkuk province last month.",
                                      published="2022-06-14"))
    (claim,) = result.claims
    assert claim.event_type == "Explosions/Remote violence"


def test_died_of_his_injuries_is_a_death_not_a_wounding(pipeline):
    (event,) = _events(pipeline, "A sticky bomb wounded a judge and his guard in Kirkuk on Monday. Doctors said the "
                                 "guard later died of his injuries, bringing the toll to one.", "2022-06-14")
    assert event.fatalities.best == 1


def test_the_militants_are_the_rebel_group_named_before(pipeline):
    events = _events(pipeline, "Iraqi troops recaptured the town of Hit from Islamic State on Thursday. Before "
                               "retreating, the militants set fire to several oil wells near the town.", "2022-06-14")
    burning = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert burning and burning[0].actor1.id == "isis"


def test_a_cache_destroyed_by_the_same_subject_is_the_strike(pipeline):
    # ", and destroyed a weapons cache" shares the strike's subject: its result, no seizure of its own
    (event,) = _events(pipeline, "On Monday, coalition forces conducted a strike against an ISIS hideout near Hawija "
                                 "in Kirkuk province. The strike killed four ISIS fighters, and destroyed a weapons "
                                 "cache.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike"


def test_attacks_being_planned_are_no_event(pipeline):
    (event,) = _events(pipeline, "On Monday, coalition forces conducted a strike against an ISIS hideout near Hawija "
                                 "in Kirkuk province. The strike killed an ISIS leader responsible for planning "
                                 "attacks against civilians in the area.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike"


def test_a_tally_with_a_hyphenated_modifier_and_its_toll(pipeline):
    # "explosive-hazard incidents" are counted; ", killing four civilians" is the tally's toll, no event
    result = pipeline.extract(Article(text="Six explosive-hazard incidents were reported in Nineveh during the "
                                           "reporting week, killing three civilians and injuring five.",
                                      published="2022-06-14"))
    assert not result.events
    (claim,) = result.claims
    assert claim.count.low == 6 and claim.date.start == "2022-06-06"


def test_a_source_does_not_reach_back_over_an_event_word(pipeline):
    # with no comma before "officials said", the source does not run back past "wounding"
    (event,) = _events(pipeline, "A roadside bomb struck a patrol on Monday, wounding three Peshmerga fighters near "
                                 "Makhmour officials said.", "2022-06-14")
    assert event.actor2.id == "peshmerga"


def test_an_armed_group_telling_its_fighters_attacked_claims_it(pipeline):
    (event,) = _events(pipeline, "Islamic State said its fighters attacked an Iraqi army post near Baiji on Sunday, "
                                 "killing three soldiers.", "2022-06-14")
    assert event.status == "claimed" and event.actor1.id == "isis"
    # a state body telling what its forces did reports a fact
    (event,) = _events(pipeline, "Iraq's Counter-Terrorism Service said its forces arrested an Islamic State "
                                 "financier in Mosul on Sunday.", "2022-06-14")
    assert event.status == "occurred"


def test_two_groups_of_dead_joined_before_a_passive(pipeline):
    (event,) = _events(pipeline, "An Iraqi border guard and three Islamic State militants were killed on Monday when "
                                 "militants tried to cross from Syria near Al-Qaim.", "2022-06-14")
    assert event.fatalities.best == 4


def test_dead_joined_by_and_after_a_killing_word_are_summed(pipeline):
    (event,) = _events(pipeline, "A roadside bomb exploded near Tikrit on Monday, killing two soldiers and a "
                                 "civilian.", "2022-06-14")
    assert event.fatalities.best == 3
    (event,) = _events(pipeline, "A roadside bomb exploded near Tikrit on Monday, killing a senior army officer and "
                                 "two of his guards.", "2022-06-14")
    assert event.fatalities.best == 3
    # the wounded joined by "and" are not the dead
    (event,) = _events(pipeline, "Gunmen attacked a checkpoint near Tikrit on Monday, killing three policemen and "
                                 "wounding two civilians.", "2022-06-14")
    assert event.fatalities.best == 3


def test_strikes_in_conjunction_with_a_clash_back_it(pipeline):
    (event,) = _events(pipeline, "Turkish forces clashed with PKK militants near Amadiya on Monday in conjunction "
                                 "with Turkish airstrikes in the area.", "2022-06-14")
    assert event.event_type == "Battles"


def test_bombs_planted_over_a_month_are_a_tally(pipeline):
    text = ("وذكر تقرير أمني أن خلايا داعش زرعت أكثر من خمس عشرة عبوة ناسفة على الطرق الريفية في محافظة ديالى "
            "خلال شهر أيار الماضي.")
    assert _events(pipeline, text, "2021-06-03") == ()
    (claim,) = _claims(pipeline, text, "2021-06-03")
    assert claim.count.low == 16
    # a year before an event noun is a date, not a count
    text = "وكان الناشط من أبرز منظمي احتجاجات 2019 في المحافظة."
    assert _claims(pipeline, text, "2021-06-03") == ()


def test_the_announcing_police_made_the_arrest_when_no_one_else_is_named(pipeline):
    (event,) = _events(pipeline, "أعلنت قيادة شرطة ديالى اعتقال خمسة أشخاص مساء أمس في قضاء بعقوبة.", "2020-02-03")
    assert (event.sub_event_type, event.actor1.id) == ("Arrests", "iraq-police")


def test_a_definite_shooting_on_protesters_does_not_swallow_later_arrests(pipeline):
    # "الرصاص الحي" (definite) is told first; the arrests told after are no mention of it
    text = ("الكوت - متابعة\nأفادت مصادر طبية بأن ثلاثة محتجين قُتلوا مساء أمس الأحد حين أطلقت قوات الأمن الرصاص "
            "الحي لتفريق المعتصمين قرب مبنى المحافظة وسط مدينة الكوت.\nوفي سياق متصل، أعلنت قيادة شرطة المحافظة "
            "اعتقال سبعة أشخاص قالت إنهم أحرقوا سيارات حكومية الليلة الماضية.")
    events = _events(pipeline, text, "2020-02-03")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters", "Arrests"]
    assert events[0].fatalities.best == 3 and events[1].actor1.id == "iraq-police"


def test_a_future_verb_is_no_habit(pipeline):
    # "ستشن ضربات": the future prefix makes a plan of the present verb that otherwise tells a habit
    text = ("قالت وزارة الدفاع التركية إن طائراتها ستشن ضربات جوية على مواقع حزب العمال الكردستاني في قضاء "
            "العمادية خلال الأيام المقبلة.")
    (event,) = _events(pipeline, text, "2020-02-03")
    assert (event.status, event.sub_event_type) == ("planned", "Air/drone strike")
    assert _events(pipeline, "ويشن التنظيم هجمات على القرى النائية في أطراف المحافظة.", "2020-02-03") == ()


def test_the_operation_dated_in_a_later_sentence_dates_the_event(pipeline):
    text = ("تمكنت قوة من الشرطة الاتحادية من العثور على وكر لعصابات داعش في وادي الشاي جنوبي كركوك.\n"
            "وضم الوكر أسلحة خفيفة وعبوات ناسفة.\n"
            "وجاءت العملية التي نفذت مساء أمس الثلاثاء بعد أيام من هجوم على قرية مجاورة.")
    (event,) = _events(pipeline, text, "2021-03-10")
    assert (event.sub_event_type, event.date.start) == ("Disrupted weapons use", "2021-03-09")


def test_an_interception_placed_only_by_the_source_s_province_is_the_attack_s(pipeline):
    # "مصدر أمني في الأنبار": the province of the source, no finer than the attack's, places no new event
    text = ("استهدفت طائرة مسيرة مجهولة فجر اليوم الخميس قاعدة عسكرية في قضاء هيت غربي الأنبار.\n"
            "وأفاد مصدر أمني في الأنبار بأن منظومة الدفاع الجوي في القاعدة تصدت للمسيرة، من دون تسجيل إصابات.")
    (event,) = _events(pipeline, text, "2024-02-01")
    assert (event.sub_event_type, event.location.admin2, event.fatalities.best) == ("Air/drone strike", "Heet", 0)


def test_the_bomber_counted_besides_the_dead_is_added(pipeline):
    text = ("فجر انتحاري يقود سيارة مفخخة نفسه عند نقطة تفتيش للشرطة في قضاء الشرقاط مساء أمس، ما أدى إلى مقتل "
            "ثلاثة من عناصرها فضلاً عن منفذ الهجوم، وإصابة خمسة آخرين.")
    (event,) = _events(pipeline, text, "2019-04-02")
    assert (event.fatalities.best, event.injured.best) == (4, 5)
    text = "وأسفر الاشتباك عن مقتل جنديين إضافة إلى ثلاثة من المهاجمين في قرية تابعة لقضاء الحويجة مساء أمس."
    (event,) = _events(pipeline, text, "2019-04-02")
    assert event.fatalities.best == 5


def test_in_protest_at_a_killing_tells_the_motive_not_a_second_event(pipeline):
    text = ("أضرم محتجون غاضبون، مساء أمس، النار في مقر حزب سياسي وسط مدينة السماوة، احتجاجاً على مقتل ناشط "
            "برصاص مسلحين مجهولين قرب ساحة الاعتصام.")
    (event,) = _events(pipeline, text, "2020-03-02")
    assert (event.sub_event_type, event.actor1.id, event.actor2) == ("Violent demonstration", "rioters", None)


def test_a_year_before_an_attack_noun_is_no_tally(pipeline):
    text = "وكانت القرية ذاتها قد شهدت في آب 2017 هجوماً مماثلاً أودى بحياة ثلاثة رعاة."
    assert _claims(pipeline, text, "2021-05-02") == ()


def test_a_state_body_announcing_its_arrest_reports_a_fact(pipeline):
    text = ("أعلنت قيادة عمليات الأنبار، اليوم الأحد، إلقاء القبض على متهم بالانتماء إلى تنظيم داعش، كان يختبئ "
            "في منزل مهجور قرب قضاء هيت.")
    (event,) = _events(pipeline, text, "2021-03-07")
    assert (event.status, event.sub_event_type, event.actor1.id) == ("occurred", "Arrests", "iraq-ops-anbar")


def test_a_curfew_or_reinforcements_after_a_clash_are_its_response(pipeline):
    text = ("قُتل شخصان وأصيب ثلاثة آخرون في نزاع عشائري مسلح اندلع مساء أمس في ناحية الإصلاح شرقي الناصرية.\n"
            "وأضاف المصدر أن قيادة الشرطة استقدمت تعزيزات إلى المنطقة وفرضت حظراً للتجوال في القرية حتى إشعار آخر.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2021-04-11")] == ["Armed clash"]


def test_a_foiled_infiltration_is_a_clash_by_the_side_that_foiled_it(pipeline):
    text = ("أعلنت قيادة قوات الحدود، اليوم الأحد، إحباط محاولة تسلل لمجموعة من عناصر تنظيم داعش قادمة من "
            "الأراضي السورية باتجاه قضاء القائم، ليل أمس.\nوأضافت أن قطعاتها اشتبكت مع المجموعة، ما أدى إلى مقتل "
            "اثنين من المتسللين.")
    (event,) = _events(pipeline, text, "2020-10-18")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "iraq-border-guards", "isis")
    assert event.fatalities.best == 2


def test_deeds_confessed_are_charges_not_events(pipeline):
    text = ("وذكر المركز الإعلامي لمجلس القضاء الأعلى أن المدان اعترف خلال التحقيق الأولي بنقل مواد متفجرة من أطراف "
            "قضاء أبي غريب وتجهيز مكان لتفخيخ الشاحنة، وأن الحكم قابل للتمييز.")
    assert _events(pipeline, text, "2022-05-10") == ()


def test_a_state_body_announcing_a_recapture_reports_a_fact(pipeline):
    text = "أعلنت قيادة العمليات المشتركة، أمس الأحد، تحرير مركز ناحية العياضية شمال غربي تلعفر من سيطرة تنظيم داعش."
    (event,) = _events(pipeline, text, "2017-08-28")
    assert (event.sub_event_type, event.date.start) == ("Government regains territory", "2017-08-27")


def test_a_retreat_after_a_recapture_is_part_of_the_fight(pipeline):
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، أن قوات الجيش استعادت السيطرة على مركز ناحية الرياض "
            "جنوب غربي كركوك.\nوقال المتحدث إن من تبقى من مسلحي التنظيم انسحبوا باتجاه قرى الزاب الأسفل.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2017-10-01")] == ["Government regains territory"]


def test_killed_after_being_hit_by_a_tear_gas_canister_is_force_against_protesters(pipeline):
    # "بعد إصابته ب...": "after" tells how the dead man died; "تطلق القنابل" at a crowd fires canisters, not bombs
    text = ("قُتل شاب، مساء أمس، بعد إصابته بقنبلة غاز مسيل للدموع في رأسه قرب ساحة الحبوبي وسط الناصرية.\n"
            "وقال شهود إن القوات الأمنية كانت تطلق القنابل بشكل مباشر نحو المحتجين.")
    (event,) = _events(pipeline, text, "2019-11-07")
    assert (event.sub_event_type, event.fatalities.best) == ("Excessive force against protesters", 1)


def test_forces_storming_a_district_they_took_retake_ground(pipeline):
    text = ("اقتحمت قوات الجيش العراقي، أمس الأحد، حي التنك غربي مدينة الموصل، وتمكنت من السيطرة عليه بالكامل بعد "
            "ساعات من القتال.")
    events = _events(pipeline, text, "2017-05-22")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_the_attacks_named_beside_a_tally_are_the_tally_s(pipeline):
    text = ("تعرضت القوات الأمنية لأكثر من عشرين هجوماً بالعبوات الناسفة منذ مطلع الشهر الماضي، وتوزعت الهجمات بين "
            "كركوك وصلاح الدين.")
    assert _events(pipeline, text, "2021-06-20") == ()
    assert len(_claims(pipeline, text, "2021-06-20")) == 1


def test_a_death_sentence_passed_by_a_court_is_no_killing(pipeline):
    text = ("قضت الهيئة الثانية في محكمة جنايات الكرخ، صباح اليوم الثلاثاء، بإعدام رجل أُدين بالانضمام إلى تنظيم "
            "داعش.")
    assert _events(pipeline, text, "2019-03-05") == ()


def test_one_seizure_word_tells_one_event(pipeline):
    # the seizure stands for the weapons of two clauses; it must not yield two events with one id
    text = ("أعلنت قيادة الشرطة الاتحادية اليوم، عن صد هجوم شنه تنظيم داعش في حصيبة شرقي الرمادي، وقتل 12 من "
            "عناصره بينهم ثلاثة انتحاريين، فضلا عن ضبط ورشة لتفخيخ العجلات جنوبي تكريت.")
    ids = [e.event_id for e in _events(pipeline, text, "2015-07-31")]
    assert len(ids) == len(set(ids))


def test_a_condemnation_reaches_the_deeds_listed_at_the_end_of_its_sentence(pipeline):
    assert not _violent_told(pipeline, "ودانت الحكومة في بيان أصدرته عقب جلستها الأسبوعية التي ترأسها رئيس الوزراء في بغداد "
                                       "أمس الممارسات التي تقوم بها العصابات المسلحة ولا سيما خطف المواطنين وتفجير "
                                       "السيارات المفخخة في الأسواق.")
    # a new piece of news after "فيما", a "how" or a "that" is told, not condemned
    assert _violent_told(pipeline, "واستنكر المحافظ التفجير، فيما قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش قرب تكريت أمس.")
    assert _violent_told(pipeline, "ووصف شاهد عيان كيف أطلق مسلحون النار على السيارة في الموصل أمس فقتلوا سائقها.")
    assert _violent_told(pipeline, "أدانت الحكومة الهجوم، وقالت إن مسلحين قتلوا ستة من عمال النظافة صباح أمس في حي الدورة.")


def test_a_claim_named_by_a_noun_in_commentary_is_no_claim(pipeline):
    assert not _violent_told(pipeline, "وهذا يذكرنا بتبني تنظيم القاعدة لعملية اغتيال السفير.")
    assert not _violent_told(pipeline, "وشكك المحللون في صحة تبني القاعدة لتفجيرات لندن.")
    assert not _violent_told(pipeline, "ويرى خبراء أن إعلان التنظيم مسؤوليته عن التفجير محاولة لاستعادة نفوذه.")
    # the verb (which folds to the same letters) and an announced noun still claim
    assert _violent_told(pipeline, "وتبنى تنظيم القاعدة الهجوم على مركز الشرطة.")
    assert _violent_told(pipeline, "أعلن تنظيم القاعدة في بيان نشر على موقع إسلامي أمس تبنيه للهجوم الانتحاري على مركز الشرطة.")


def test_collapses_drownings_mine_blasts_and_floods_are_accidents(pipeline):
    assert not _violent_told(pipeline, "وقتل ثلاثة أشخاص في انهيار مبنى قديم في حي شعبي بالإسكندرية أمس.")
    assert not _violent_told(pipeline, "وقتل خمسة أطفال غرقا في نهر دجلة أمس.")
    assert not _violent_told(pipeline, "ولقي 12 عاملا حتفهم في انفجار داخل منجم للفحم في الصين أمس.")
    # a verb whose subject is the disaster is its deed
    assert not _violent_told(pipeline, "واجتاحت الفيضانات أمس مناطق واسعة في بنغلاديش وقتلت 40 شخصا.")


def test_a_text_opening_on_then_or_when_goes_on_with_a_story_told_elsewhere(pipeline):
    assert not _violent_told(pipeline, "ثم وقعت الكارثة عندما حاول مسلحون اغتياله فقتلوا نحو عشرين من مرافقيه.")
    assert not _violent_told(pipeline, "وبعدها حلت الفاجعة عندما اقتحم مسلحون المدرسة وقتلوا أكثر من ثلاثين طفلا.")
    # with a day of its own it is news; after an earlier sentence it is read as any sentence
    assert _violent_told(pipeline, "ثم انفجرت عبوة ثانية في السوق نفسه صباح أمس فقتلت ثلاثة أشخاص.")
    assert _violent_told(pipeline, "انفجرت عبوة ناسفة في سوق الحلة صباح أمس. ثم هاجم مسلحون دورية للشرطة فقتلوا شرطيين.")


def test_a_kind_of_deed_after_a_plural_head_is_a_practice_not_an_event(pipeline):
    assert not _violent_told(pipeline, "وحمل البيان الميليشيات المسؤولية عن عمليات الخطف والقتل على الهوية.")
    # dated, the operations are news
    assert _violent_told(pipeline, "وتواصلت عمليات القصف على أحياء المدينة أمس ما أدى إلى مقتل ثلاثة مدنيين.")


def test_attacks_in_the_plural_over_a_whole_month_are_a_tally(pipeline):
    assert not _violent_told(pipeline, "وفي الشهر الماضي قتل 60 شخصا في هجمات انتحارية في البلاد.")
    assert _violent_told(pipeline, "وقتل ثلاثة جنود في هجوم على دوريتهم في الرمادي في الشهر الماضي.")


def test_a_present_verb_in_what_is_said_with_no_day_tells_a_habit(pipeline):
    assert not _violent_told(pipeline, "ويؤكد التقرير أن الميليشيات تخطف المواطنين على الهوية في أحياء بغداد.")
    # a bulletin's headline present is news
    assert _violent_told(pipeline, "كركوك: عناصر من داعش يهاجمون نقطة للشرطة في ناحية الرياض بعد منتصف الليل.")


def test_an_inquiry_of_its_own_and_shooting_oneself_tell_no_attack(pipeline):
    assert not _violent_told(pipeline, "وأنهى القضاء الإيطالي أمس تحقيقه في خطف الإمام السابق لمسجد ميلانو.")
    assert not _violent_told(pipeline, "وانتحر شاب بإطلاق النار على نفسه في منزله في الزرقاء أمس.")


def test_an_attack_on_an_idea_is_figurative(pipeline):
    assert not _violent_told(pipeline, "واغتالت الحكومة أحلام الشباب بقراراتها الجائرة في بغداد أمس.")
    assert not _violent_told(pipeline, "وقال النائب إن قرار المحكمة هجوم على الديمقراطية في الكويت.")
    # a school named Hope is no hope
    assert _violent_told(pipeline, "واغتال مسلحون أمس مدير مدرسة الأمل في حي العامرية.")


def test_a_silent_march_is_no_drone_and_confronting_attacks_is_an_aim(pipeline):
    assert not _violent_told(pipeline, "ونظم الأهالي مسيرة صامتة في الخليل أمس.")
    assert not _violent_told(pipeline, "وأرسلت الحكومة تعزيزات عسكرية إلى الموصل للتصدي لهجمات المسلحين.")


def test_a_deed_someone_is_blamed_for_undated_is_a_charge(pipeline):
    assert not _violent_told(pipeline, "وحمل الوزير الحكومة السورية المسؤولية عن اغتيال الصحافي في بيروت.")
    # blaming a group for "its responsibility" is no claim of the group's
    assert not _violent_told(pipeline, "وحملت الحكومة حركة حماس مسؤوليتها عن خطف الجندي على حدود القطاع.")
    assert _violent_told(pipeline, "وحملت الشرطة تنظيم القاعدة مسؤولية التفجير الذي وقع صباح اليوم في سوق الغزل وقتل فيه 12 شخصا.")


def test_an_undated_deed_in_a_charge_is_no_event_unless_an_event_was_told_before(pipeline):
    assert not _violent_told(pipeline, "واتهمت الحكومة إيران بتدريب مسلحين شنوا هجمات على القوات الأميركية.")
    # after the bombing is told, the blame names its agent
    events = _violent_told(pipeline, "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في ناحية أبي صيدا مساء أمس. "
                                     "وحملت الحكومة المحلية خلايا تنظيم داعش مسؤولية زرع العبوة.")
    assert [e.actor1.id for e in events] == ["isis"]


def test_fire_in_a_military_exercise_is_no_attack(pipeline):
    assert not _violent_told(pipeline, "وأجرت القوات البحرية الإيرانية أمس مناورات بالذخيرة الحية في مياه الخليج أطلقت "
                                       "خلالها صواريخ على أهداف وهمية.")
    assert not _violent_told(pipeline, "Iranian forces fired missiles at mock targets in the Gulf on Monday during military exercises.")


def test_a_simulated_attack_in_a_security_exercise_is_no_event(pipeline):
    # a drill "simulating" a hostage-taking or an assault rehearses it: nothing happened
    assert not _violent_told(pipeline, "Police in Duhok held an exercise on Sunday simulating the storming of a school "
                                       "and a hostage-taking by gunmen.")
    assert not _violent_told(pipeline, "نفذت قوات الشرطة في كربلاء أمس تمرينا يحاكي اختطاف رهائن داخل فندق.")


def test_the_liberation_of_a_captive_after_an_article_is_no_ground_retaken(pipeline):
    # "the liberation of a young man": a person after the article is a captive freed, not territory regained
    events = _events(pipeline, "Army units announced the liberation of a young man held by a gang near Tuz Khurmatu.")
    assert not [e for e in events if e.sub_event_type == "Government regains territory"]
    events = _events(pipeline, "Iraqi forces completed the liberation of the town of Rashad on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_arrests_not_recorded_after_a_search_are_an_absence_not_a_denial(pipeline):
    # "من دون أن تسجل اعتقالات": the search made no arrests; nothing was reported and denied
    events = _events(pipeline, "وجابت قوة من الشرطة الاتحادية أطراف ناحية العظيم أمس بحثا عن المطلوبين، "
                               "من دون أن تسجل اعتقالات في صفوفهم.")
    assert not [e for e in events if e.sub_event_type == "Arrests"]


def test_english_gunmen_believed_to_belong_to_a_group_are_its_men(pipeline):
    # "gunmen belonging to ISIS": one party with the group, not its target
    (event,) = _events(pipeline, "Gunmen belonging to ISIS shot dead a shepherd near Daquq on Sunday.",
                       published="2024-11-05")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Attack", "isis", "civilians")


def test_an_officer_who_reports_is_the_source_not_a_side(pipeline):
    # "A police officer said the shooting ... started": the officer speaks; the police fought no one
    (event,) = _events(pipeline, "A police officer said the shooting between the two families started on Friday "
                                 "night in Abu al-Khasib.")
    assert event.actor1 is None or event.actor1.id != "iraq-police"
    # an officer in a town is no speaker's seat when he is the one hit: the town is where it happened
    (event,) = _events(pipeline, "Gunmen threw a grenade at the house of a police officer in Al-Zubair on Tuesday, "
                                 "wounding his wife.")
    assert event.location.admin2 == "Al-Zubair"


def test_killings_on_identity_and_a_bomb_during_a_drill_are_still_attacks(pipeline):
    assert _violent_told(pipeline, "وقتل مسلحون مجهولون أمس ثلاثة أشخاص على الهوية في حي الدورة جنوب بغداد.")
    assert _violent_told(pipeline, "وأصيب ثلاثة جنود أميركيين بجروح أمس في انفجار عبوة ناسفة خلال تدريبات قرب قاعدتهم في بلد.")


def test_a_generic_state_word_with_another_country_adjective_is_that_country(pipeline):
    # "الأجهزة الأمنية" alone is Iraq's; followed by الكويتية it is Kuwait's forces, by الإيطالية a foreign force
    (event,) = _events(pipeline, "ضبطت الأجهزة الأمنية الكويتية أمس خلية إرهابية تنتمي لتنظيم داعش.",
                       published="2015-07-31")
    assert event.actor1.id == "kuwait-forces"
    events = _events(pipeline, "اعتقلت الشرطة الإيطالية أمس رجلين بتهمة التخطيط لهجمات.", published="2015-07-31")
    assert [e.actor1.id for e in events] == ["foreign-forces"]
    events = _events(pipeline, "اعتقلت الشرطة أمس رجلين في بغداد بتهمة التخطيط لهجمات.", published="2015-07-31")
    assert [e.actor1.id for e in events] == ["iraq-police"]
    # citizens stay civilians: "مواطنين أتراك" are no Turkish force
    events = _events(pipeline, "قتل مسلحون ثلاثة مواطنين أتراك قرب الحدود أمس.", published="2015-07-31")
    assert all(e.actor2 is None or e.actor2.kind == "Civilians" for e in events)


def test_a_place_measured_from_is_a_landmark(pipeline):
    # "57 كلم شمال شرق بغداد": the event is in Diyala, named beside it; Baghdad only measures the distance
    text = "قتل 13 شرطيا جراء انفجار سيارة مفخخة استهدفت تجمعا للقوات العراقية بمحافظة ديالى 57 كلم شمال شرق بغداد."
    (event,) = _events(pipeline, text, published="2015-08-06")
    assert event.location.admin1 == "Diyala"
    # alone, the landmark places nothing: a town 60 km north of Baghdad is not in Baghdad
    (event,) = _events(pipeline, "قتل خمسة أشخاص بانفجار في بلدة تبعد 60 كيلومترا شمال بغداد.", published="2015-08-06")
    assert event.location is None or event.location.admin1 is None


def test_another_blast_is_its_own_event(pipeline):
    # "في تفجير آخر", "بتفجير مماثل": a second blast with its own toll, not more of the first
    text = ("قتل 24 شخصا وأصيب 55 آخرون اليوم عندما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة. "
            "وأضافت المصادر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة.")
    events = _events(pipeline, text, published="2015-08-10")
    assert sorted(e.fatalities.best for e in events) == [7, 24]
    # "حسبما قال مسؤول محلي": the source is no side of the attack
    text = "قتل 12 شخصا أمس عندما فجر انتحاري نفسه في سوق بلدة طوز خورماتو، حسبما قال مسؤول محلي."
    (event,) = _events(pipeline, text, published="2015-08-10")
    assert event.actor2 is None or event.actor2.id != "officials"


def test_a_link_line_repeating_a_headline_is_no_news(pipeline):
    text = ("قتل عشرة مسلحين في غارة قرب الموصل أمس.\n"
            "رابط الخبر بصحيفة المدينة: انتحاري يقتل 33 مسلحا في مركز تدريب ببلدة البعاج")
    events = _events(pipeline, text, published="2015-07-21")
    assert [e.fatalities.best for e in events] == [10]


def test_another_car_bomb_told_with_also_is_its_own_event(pipeline):
    # "كما انفجرت سيارة مفخخة في الزعفرانية": a second blast in the same district, with its own toll
    text = ("قتل 19 شخصا وأصيب 43 في تفجير سيارة مفخخة في منطقة بغداد الجديدة أمس. "
            "كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص وجرح عشرة.")
    events = _events(pipeline, text, published="2015-07-22")
    assert sorted(e.fatalities.best for e in events) == [4, 19]


def test_a_day_recalled_from_months_ago_dates_nothing_after_it(pipeline):
    text = ("وكان القيادي قتل في 15 مايو في عملية نادرة للقوات الخاصة في سوريا. إلى ذلك، قتل ثلاثة مسلحين "
            "وجرح سبعة أشخاص في اشتباكات بين قوات الأمن والمسلحين قرب مدينة الموصل.")
    events = _events(pipeline, text, published="2015-08-08")
    assert [e.date.start for e in events if e.fatalities and e.fatalities.best == 3] == ["2015-08-08"]


def test_weekdays_correct_a_late_publication_date_for_the_whole_article(pipeline):
    # the feed dates the article Tuesday; "امس الأحد" shows it was written on Monday, so its bare "امس" is Sunday
    # too
    text = ("أعلن مصدر في البيشمركة امس الأحد مقتل 10 مسلحين في هجوم على قضاء سنجار. "
            "وقال المصدر إن البيشمركة تمكنت امس من صد الهجوم في قرية تل شور، وأصيب عنصران من البيشمركة.")
    events = _events(pipeline, text, published="2015-07-21")
    assert events and {e.date.start for e in events} == {"2015-07-19"}


def test_at_least_after_the_victims_noun_keeps_the_toll(pipeline):
    text = "قالت مصادر إن 24 شخصا على الأقل قتلوا اليوم عندما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة."
    (event,) = _events(pipeline, text, published="2015-08-10")
    assert event.fatalities.best == 24


def test_an_english_vehicle_that_crashed_is_an_accident(pipeline):
    # the aircraft is the subject of the crash: no air strike
    assert not _events(pipeline, "Two pilots were killed when an air force jet crashed during a training flight "
                                 "near Kut on Sunday.", "2024-03-12")
    # a drone that crashed into a target hit it
    assert _events(pipeline, "A drone crashed into a warehouse near Erbil airport on Sunday, wounding a guard.",
                   "2024-03-12")


def test_english_ages_and_a_part_of_the_dead_are_no_toll(pipeline):
    # "aged 9 and 12" are ages; "a mine" after "when" opens the clause of the blast
    (event,) = _events(pipeline, "Two brothers aged 9 and 12 were killed when a mine exploded near Sinjar on "
                                 "Monday.", "2021-04-07")
    assert event.fatalities.best == 2
    # "including a lieutenant" counts a part of the dead already counted
    (event,) = _events(pipeline, "Four Iraqi soldiers, including a lieutenant, were killed on Sunday when "
                                 "militants attacked an army outpost near Jalawla.", "2022-03-08")
    assert event.fatalities.best == 4


def test_an_event_near_a_landmark_joins_the_one_placed_in_the_next_district(pipeline):
    # "west of Kirkuk" may lie in Hawija district: the attack told there is the same
    (event,) = _events(pipeline, "The death toll from an ISIS attack on an army post west of Kirkuk rose to four, "
                                 "officials said on Tuesday. Militants attacked the post near a village in the "
                                 "Abbasi subdistrict late on Sunday, killing two soldiers.", "2020-05-12")
    assert (event.location.admin2, event.fatalities.best) == ("Al-Hawiga", 4)


def test_a_denied_clash_told_again_and_its_report_are_one_event(pipeline):
    events = _events(pipeline, "The Ministry of Peshmerga on Thursday denied reports that its forces had clashed "
                               "with PKK fighters near Kani Masi on Wednesday. \"No clash took place between the "
                               "PKK and the Peshmerga in Kani Masi,\" a spokesman said. Outlets close to the group "
                               "had reported on Wednesday evening that Peshmerga forces attacked guerrilla "
                               "positions near Kani Masi.",
                     "2021-11-19")
    assert [(e.sub_event_type, e.status) for e in events] == [("Armed clash", "denied")]


def test_a_denial_dated_a_day_after_the_reports_it_denies_is_one_event(pipeline):
    # the denial's day is its statement's: the reported fight of the evening before is the one denied
    events = _events(pipeline, "The Peshmerga ministry on Thursday denied reports that its forces had exchanged fire "
                               "with Iraqi troops near Kifri.\n\nLocal pages had claimed on Wednesday evening that "
                               "an army patrol came under fire from Peshmerga fighters near Kifri.", "2022-06-17")
    assert [(e.sub_event_type, e.status) for e in events] == [("Armed clash", "denied")]


def test_a_denied_strike_retold_as_a_report_and_a_quote_is_one_event(pipeline):
    # the report names other sides (the base's aircraft, the channels of armed groups) and the quote the place
    events = _events(pipeline, "The defence ministry on Friday denied reports that a drone had struck Qayyarah air "
                               "base the previous night.\n\nChannels linked to armed factions had claimed that an "
                               "explosive-laden drone hit a hangar at the base, which houses Iraqi F-16 jets."
                               "\n\n\"There was no attack on Qayyarah base,\" a ministry spokesman said.", "2022-06-17")
    assert [e.status for e in events] == ["denied"]


def test_an_event_that_starts_a_span_since_a_month_is_recalled(pipeline):
    # "since June, when ...": the attack is June's, told again in November
    assert not _events(pipeline, "Relations have been strained since June, when three soldiers were killed in an "
                                 "attack near Sinjar.", "2021-11-17")
    # since a recent day, the attack is that day's news
    (event,) = _events(pipeline, "Roads have been closed since Monday, when gunmen killed two farmers near Sinjar.",
                       "2021-11-17")
    assert event.date.start == event.date.end == "2021-11-15"


def test_a_governorate_told_does_not_beat_a_district_landmark(pipeline):
    # the governorate of a general statement does not override the landmark's district
    (event,) = _events(pipeline, "Two shepherds were killed by a landmine in Nineveh on Sunday. The mine exploded "
                                 "near their village south of Sinjar, officials said.", "2021-04-07")
    assert event.location.admin2 == "Sinjar"


def test_continue_to_kill_in_an_undated_sentence_is_a_habit(pipeline):
    assert not _events(pipeline, "Mines continue to kill civilians in Nineveh, years after the war.", "2021-04-07")


def test_still_or_regularly_staging_raids_in_an_undated_sentence_is_a_habit(pipeline):
    # a group's usual doings are no event (b10, en-dev29-006)
    assert not _events(pipeline, "Smugglers' gangs still stage raids on farms along the Anbar desert roads.",
                       "2021-04-07")
    assert not _events(pipeline, "Cells of the group regularly carry out ambushes in the orchards of Diyala.",
                       "2021-04-07")


def test_attacks_since_weeks_ago_and_attacks_someone_is_held_responsible_for_are_no_event(pipeline):
    # plural attacks over weeks up to now are a tally, not one event
    events = _events(pipeline, "A drone hit a base near Erbil on Tuesday. The strikes are the latest of dozens of "
                               "attacks on coalition bases in Iraq since early October.", "2023-11-08")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    # "hold Iran responsible for attacks": a warning about attacks in general
    events = _events(pipeline, "A drone hit a base near Erbil on Tuesday. Washington said it would hold Tehran "
                               "responsible for any attacks by its allies.", "2023-11-08")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_attack_drones_counted_are_drones_and_twice_counts_attacks(pipeline):
    # "two attack drones": the drones are counted, not attacks: one drone strike, no tally
    result = pipeline.extract(Article(text="Militants launched two attack drones at a base near Erbil on Monday.",
                                      published="2023-11-08"))
    assert [e.sub_event_type for e in result.events] == ["Air/drone strike"] and not result.claims
    # "came under attack twice": a lead that counts the attacks told after it joins one of them
    events = _events(pipeline, "U.S. troops came under attack twice on Wednesday, a defense official said, as "
                               "militias pressed on with a campaign against American forces. In the first attack, "
                               "two drones were launched at Ain al-Asad air base in Anbar early Wednesday. Later, a "
                               "rocket landed near a base in Baghdad.", "2023-11-09")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    # told alone, the attack is the news
    assert _events(pipeline, "Gunmen attacked the village twice on Tuesday.", "2023-11-08")


def test_a_deed_someone_accuses_a_group_of_is_a_charge(pipeline):
    assert not _events(pipeline, "Villagers say the PJAK, which Tehran accuses of attacking its border posts, has "
                                 "no bases near Sidakan.", "2021-06-22")


def test_weapons_listed_in_a_cache_are_its_contents(pipeline):
    events = _events(pipeline, "On Sunday, army units searching the orchards found a cache buried near a canal "
                               "containing rockets, mortar rounds and ammunition, officials said.", "2020-05-12")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_protesters_held_when_a_protest_was_broken_up_are_part_of_it(pipeline):
    events = _events(pipeline, "On Sunday, police fired tear gas to disperse hundreds of graduates protesting "
                               "outside the oil company in Basra. Witnesses said several protesters were hurt and "
                               "five were detained.", "2023-09-18")
    assert [e.event_type for e in events] == ["Protests"]
    # an arrest a police command announces is news of its own
    events = _events(pipeline, "On Sunday, police fired tear gas to disperse hundreds of graduates protesting "
                               "outside the oil company in Basra. Police later arrested two men accused of "
                               "burning a police car.", "2023-09-18")
    assert sorted(e.event_type for e in events) == ["Protests", "Strategic developments"]


def test_a_gerund_after_a_possessive_names_an_event_told_before(pipeline):
    # "the mukhtar's killing" refers to the killing told, or to none: no new (planned) attack
    assert not _events(pipeline, "Residents say the sheikh's killing will make others afraid to help the army.",
                       "2022-11-21")


def test_a_day_before_the_comma_of_a_source_dates_the_event(pipeline):
    # "on Wednesday evening, police said": Wednesday is the killing's, not the report's
    (event,) = _events(pipeline, "Gunmen shot dead an activist in central Basra on Wednesday evening, police said, "
                                 "in a string of killings linked to last year's protest movement.", "2020-08-20")
    assert event.date.start == "2020-08-19"


def test_an_air_operation_on_men_preparing_an_attack_happened(pipeline):
    # the plan is the militants' attack; the air operation that stopped it happened
    (event,) = _events(pipeline, "Four militants were neutralized in an air operation in the Zap region on Sunday "
                                 "after they were seen preparing an attack on a Turkish base, the ministry said.",
                       "2022-06-14")
    assert (event.sub_event_type, event.status, event.date.start) == ("Air/drone strike", "occurred", "2022-06-12")


def test_a_passive_killing_phrase_implies_one_dead(pipeline):
    (event,) = _events(pipeline, "A gold trader was shot dead inside his shop in Karrada on Tuesday afternoon, police "
                                 "said.", "2021-01-27")
    assert event.fatalities.best == 1


def test_an_english_town_and_a_closing_date_set_off_by_commas_belong_to_the_clause(pipeline):
    (event,) = _events(pipeline, "Activists have called for a sit-in by unemployed engineers outside the provincial "
                                 "council, Kut, on 21 SEP.", "2023-09-18")
    assert (event.status, event.date.start, event.location.admin1_code) == ("planned", "2023-09-21", "IQ-WA")


def test_event_words_with_an_attached_pronoun(mentions):
    # a verb with its object ("طوقوهم") and a verbal noun with the one it acts on ("تفكيكها") are the event words
    view = mentions("وتمكنت مفارز الهندسة من تفكيكها بعد أن ضبطوها")
    subs = {m.payload.sub_event_type for m in view.kind("trigger")}
    assert "Disrupted weapons use" in subs
    assert any(m.payload.possessed for m in view.kind("trigger"))  # "its defusing" is definite, like "التفكيك"
    # the possessor of an attack or a weapon is its agent or owner: "هجومه على روسيا" is often a war of words
    assert not mentions("وصعد الرئيس من هجومه على روسيا").kind("trigger")


def test_a_relative_clause_dated_this_week_tells_the_news(pipeline):
    # an obituary or appeal built around the victim tells the deed in the clause that describes him
    (event,) = _events(pipeline, "تنعى نقابة الصحفيين في البصرة الزميل الذي اغتاله مسلحون مجهولون مساء أمس الأحد "
                                 "قرب منزله في قضاء الزبير.", published="2023-10-16")
    assert (event.sub_event_type, event.status) == ("Attack", "occurred")
    assert event.fatalities.best == 1  # "اغتاله": killed him
    assert event.location.admin2 == "Al-Zubair"  # not the union's Basra, told before the pronoun
    (event,) = _events(pipeline, "ناشدت عائلة الطالب، اليوم الخميس، الأجهزة الأمنية الكشف عن مصير ابنها الذي اختطفه "
                                 "مسلحون مجهولون مساء الاثنين الماضي في مدينة الكوت.", published="2023-10-19")
    assert (event.sub_event_type, event.status) == ("Abduction/forced disappearance", "occurred")
    # dated long before, the clause recalls an earlier event
    assert not _events(pipeline, "واستذكر المتحدثون الوزير الذي اغتاله مسلحون في تشرين الثاني 2019.",
                       published="2023-10-16")


def test_a_ticker_item_opens_on_its_news_after_the_colon(pipeline):
    # "Source: the arrest of ...": a bulletin's item, not a reference to an arrest told before
    text = ("ننشر أبرز العناوين التي بثها شريط الأخبار العاجلة مساء اليوم.\n"
            "▪ الأنواء الجوية: أمطار متفرقة على المحافظات الشمالية غدا.\n"
            "▪ شرطة ديالى: القبض على متهمين اثنين بالانتماء لعصابات داعش في ناحية كنعان.\n"
            "▪ وزير الخارجية يصل عمان في زيارة رسمية.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Arrests"
    assert event.actor2.id == "isis"


def test_a_decision_to_protest_on_a_coming_day_is_a_planned_protest(pipeline):
    (event,) = _events(pipeline, "وقال منسق الحراك إن المعلمين قرروا تنظيم تظاهرة أمام مبنى محافظة واسط في الكوت "
                                 "يوم الأحد المقبل.", published="2025-02-19")
    assert (event.sub_event_type, event.status, event.date.start) == ("Peaceful protest", "planned", "2025-02-23")
    # with no coming day, or of violence, a decision is only an aim
    assert not _events(pipeline, "وقال منسق الحراك إن المعلمين قرروا تنظيم تظاهرات.", published="2025-02-19")


def test_daily_wage_workers_protesting_is_no_daily_habit(pipeline):
    # "اليومية" of daily-wage workers is no "daily attacks" habit; daily attacks stay a habit
    (event,) = _events(pipeline, "تظاهر مئات من عمال الأجور اليومية، صباح اليوم الأربعاء، أمام مبنى ديوان محافظة واسط.",
                       published="2025-02-19")
    assert event.sub_event_type == "Peaceful protest"
    assert not _violent_told(pipeline, "وتشهد المنطقة هجمات يومية بالعبوات الناسفة.")


def test_a_bomber_caught_wearing_his_belt_is_a_bomb_stopped(pipeline):
    (event,) = _events(pipeline, "وتمكنت قوة أمنية، عصر أمس الجمعة، من القبض على إرهابي يرتدي حزاماً ناسفاً قرب "
                                 "سيطرة في قضاء عين التمر.", published="2021-09-25")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_date_in_a_quarters_name_dates_nothing(pipeline):
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في حي واحد حزيران جنوبي كركوك مساء أمس.", published="2018-01-16")
    assert event.date.start == "2018-01-15"


def test_a_pluperfect_clause_keeps_its_status_and_day_to_itself(pipeline):
    # "كان قد اختطف مساء الأحد" recalls the abduction; the arrest told after the comma is news of its own day
    events = _events(pipeline, "تمكنت قوة من الشرطة، فجر اليوم الثلاثاء، من تحرير طفل كان قد اختطف مساء الأحد قرب "
                               "مدرسته في بعقوبة، واعتقلت ثلاثة من الخاطفين.", published="2018-01-16")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [(e.status, e.date.start) for e in arrests] == [("occurred", "2018-01-16")]


def test_the_weapon_named_later_types_the_blasts_heard(pipeline):
    # "two blasts" says only that something exploded; the rockets told next say what
    events = _events(pipeline, "عاجل: دوي انفجارين قرب مطار بغداد الدولي مساء اليوم.\n"
                               "عاجل: مصادر أمنية: صاروخا كاتيوشا سقطا قرب مدرج المطار دون أنباء عن إصابات.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_month_without_its_year_beside_a_dated_day_is_that_days_month(pipeline):
    # "in the last days of Ramadan" beside "3 July 2016" is Ramadan 2016, not this year's: the bombing is history
    assert not _violent_told(pipeline, "تمر اليوم الذكرى الثامنة لتفجير السوق فجر الثالث من تموز 2016، في الأيام "
                                       "الأخيرة من شهر رمضان، حين انفجرت شاحنة مفخخة قرب مجمع تجاري.")


def test_kurdish_spellings_and_a_bracketed_abbreviation_name_one_party(pipeline):
    # Kurdish outlets write كوردستان for كردستان; "(حدكا)" after the party's name is the same party, not its attacker
    (event,) = _events(pipeline, "قصفت طائرة مسيرة صباح اليوم مقرا للحزب الديمقراطي الكوردستاني الإيراني في قضاء كويه.")
    assert event.actor2 is not None and event.actor2.id == "kdpi"
    (event,) = _events(pipeline, "سقطت صواريخ صباح اليوم على مقر الحزب الديمقراطي الكردستاني الإيراني (حدكا) في قضاء "
                                 "كويه، ما أسفر عن مقتل شخصين.")
    assert event.actor1 is None or event.actor1.id != "kdpi"


_COLUMN = ("إلى متى نبقى صامتين أمام هذا العبث؟ إننا نرى كل يوم كيف يتمدد التطرف في منطقتنا. "
           "لقد قتل الإرهابيون عشرات المدنيين في مدينة الموصل وفجروا المساجد في أكثر من بلد. "
           "فهل نتعلم الدرس قبل فوات الأوان؟")


def test_an_opinion_column_mentions_killings_to_argue(pipeline):
    # first person and questions, no day of news: a column; the killings it mentions tell no event
    assert not _violent_told(pipeline, _COLUMN)
    # the same sentence in a news report (a day of news named) is coded
    assert _violent_told(pipeline, "قال مصدر أمني أمس الاثنين إن الإرهابيين قتلوا عشرات المدنيين في مدينة الموصل.")


def test_an_opinion_column_tells_news_with_a_recent_day_of_its_own(pipeline):
    text = _COLUMN + " وفي العاشر من يونيو الجاري فجر انتحاري نفسه في سوق بمدينة بعقوبة فقتل 12 شخصا."
    (event,) = _violent_told(pipeline, text)
    assert event.location.admin1_code == "IQ-DI"
    assert event.fatalities.best == 12


def test_a_news_report_quoting_one_we_is_no_column(pipeline):
    # one sentence in the first person (a minister quoted) does not make a report an opinion piece
    text = ("وقال وزير الخارجية إننا نعمل مع شركائنا لمواجهة الإرهاب. "
            "وقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش قرب قضاء الطارمية.")
    assert _violent_told(pipeline, text)


def test_a_day_of_a_past_month_over_a_month_old_is_history(pipeline):
    # "on 22 April last", told in late July: recalled, its news was told at the time
    assert not _events(pipeline, "قتل ثلاثة جنود في 22 أبريل الماضي بانفجار عبوة ناسفة قرب قضاء الطارمية.",
                       "2022-07-21")
    # within a month it is news
    assert _events(pipeline, "قتل ثلاثة جنود في 12 يوليو الجاري بانفجار عبوة ناسفة قرب قضاء الطارمية.",
                   "2022-07-21")


def test_a_present_verb_of_doing_before_its_subject_and_plural_object_is_a_campaign(pipeline):
    # "the coalition's aircraft, led by Washington, carry out air strikes in the province": a habit, no event
    assert not _violent_told(pipeline, "ويشن طيران التحالف الدولي الذي تقوده واشنطن، غارات جوية على مواقع التنظيم "
                                       "في محافظة الأنبار.")
    # dated, it is news
    assert _violent_told(pipeline, "ويشن طيران التحالف الدولي، مساء اليوم، غارات جوية على مواقع التنظيم في قضاء هيت.")


def test_the_definite_plural_after_a_period_toll_is_that_tally(pipeline):
    # "300 killed in coalition strikes since the start of the year. Five leaders were killed in the strikes."
    text = "قال المرصد إن 300 مسلح قتلوا في غارات التحالف منذ بداية العام. وقال إن خمسة من قادة التنظيم قتلوا في الغارات."
    assert not _violent_told(pipeline, text)
    # a single strike told after it is news
    text = "قال المرصد إن 300 مسلح قتلوا في غارات التحالف منذ بداية العام. وقتل خمسة من قادة التنظيم في غارة على قضاء القائم أمس."
    assert _violent_told(pipeline, text)


def test_a_clause_opening_on_a_verb_after_a_tally_goes_on_with_it(pipeline):
    # "11 strikes were carried out near Raqqa, (they) hit depots ... of ISIS": the strikes counted, no clash
    text = ("نفذ التحالف اليوم 30 غارة. وأفاد البيان بأن 11 غارة نفذت قرب الرقة، استهدفت مخازن وجسورا وحواجز "
            "ومعسكرا للتدريب ومقرا إداريا لتنظيم ” داعش ” في سوريا.")
    assert not _events(pipeline, text, "2015-07-31")
    assert len(_claims(pipeline, text, "2015-07-31")) == 2


# -- a later sentence retelling the event told before it, as a second event of another type --------------


def test_the_dead_told_after_a_riot_are_the_riot_s(pipeline):
    events = _events(pipeline, "BASRA - Protesters set fire to the district council building in Qurna on Monday, and riot "
                               "police fired tear gas to disperse them. A 22-year-old man was shot dead and eight people "
                               "were wounded, a health official said.", "2022-06-14")
    (event,) = events
    assert event.sub_event_type == "Violent demonstration"
    assert (event.fatalities.best, event.injured.best) == (1, 8)


def test_a_clash_told_first_then_the_riot_it_was_is_the_riot(pipeline):
    (event,) = _events(pipeline, "بغداد – قُتل شخص وأصيب عشرون آخرون، أمس الجمعة، خلال مواجهات عند مدخل المنطقة الخضراء. "
                                 "وقال شهود إن المحتجين رشقوا القوات بالحجارة وأضرموا النار في سيارة شرطة.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.fatalities.best == 1


def test_a_body_found_the_day_after_an_abduction_is_the_abduction(pipeline):
    (event,) = _events(pipeline, "BAQUBA - Islamic State militants abducted two farmers near the town of Jalawla on Saturday, "
                                 "officials said on Monday. The body of one of the farmers was discovered on Sunday with "
                                 "gunshot wounds near a riverbed.", "2022-06-14")
    assert event.sub_event_type == "Abduction/forced disappearance"
    (event,) = _events(pipeline, "الناصرية – خطف مسلحون مجهولون مهندسا من أمام منزله في حي الشهداء وسط الناصرية مساء السبت. "
                                 "وعثر على جثته مساء الأحد قرب مبزل في أطراف المدينة وعليها آثار إطلاق نار.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_counter_shelling_told_with_an_attack_keeps_the_attack_s_type(pipeline):
    (event,) = _events(pipeline, "DUHOK - PKK militants attacked a Turkish army outpost with rifles in the Amadiya district on "
                                 "Monday. In conjunction, Turkish forces shelled the area.", "2022-06-14")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "pkk", "turkey-military")


def test_incidents_of_their_own_are_not_retellings(pipeline):
    # a booby trap with its own dead during the battle
    assert len(_events(pipeline, "MOSUL - Iraqi troops on Sunday cleared the last streets of the old quarter held by Islamic "
                                 "State fighters. As a unit entered a house, explosives rigged inside detonated, killing "
                                 "three soldiers.", "2022-06-14")) == 2
    # gunmen who killed an organiser, and the march of his supporters
    assert len(_events(pipeline, "KARBALA - A well-known activist was shot dead by gunmen outside his home in Karbala on "
                                 "Sunday. Later on Sunday, hundreds of his supporters marched through central Karbala to "
                                 "demand justice.", "2022-06-14")) == 2
    # a bombing, then gunmen of their own firing on the troops
    assert len(_events(pipeline, "SAMARRA - A suicide bomber blew up a truck at an army checkpoint near Samarra on Tuesday, "
                                 "killing six soldiers. Shortly after the bombing, gunmen opened fire on troops from nearby "
                                 "farmland.", "2022-06-14")) == 2
    # a blast of its own, placed in its own sentence, on the day of a shooting in the same town
    assert len(_events(pipeline, "BAGHDAD - Gunmen attacked an army checkpoint in Tarmiyah on Monday, killing two soldiers. "
                                 "A roadside bomb struck an army patrol in Tarmiyah.", "2022-04-08")) == 2
    # told as separate
    assert len(_events(pipeline, "BAGHDAD - Gunmen attacked an army checkpoint in Tarmiyah on Monday, killing two soldiers. "
                                 "Separately, a roadside bomb struck an army patrol.", "2022-04-08")) == 2


def test_a_claim_dated_by_its_statement_takes_the_day_and_toll_told_as_fact(pipeline):
    # "IS claimed, in a statement on Thursday evening, an attack ... saying it killed six soldiers. But a source
    # said the attack took place on Wednesday evening and killed one soldier."
    (event,) = _events(pipeline, "تبنى تنظيم داعش، في بيان نشره مساء أمس الخميس، هجوماً على نقطة مراقبة للجيش العراقي في "
                                 "ناحية الرياض غربي كركوك، زاعماً أنه قتل ستة جنود. غير أن مصدراً أمنياً قال إن الهجوم وقع "
                                 "مساء الأربعاء بالأسلحة الخفيفة، وأسفر عن استشهاد جندي واحد.", "2022-04-08")
    assert (event.status, event.date.start, event.fatalities.best) == ("claimed", "2022-04-06", 1)


def test_a_later_no_casualties_phrase_gives_the_event_a_nil_toll(pipeline):
    # "the drone fell near the fence and exploded without causing human losses"
    text = ("استهدفت طائرة مسيرة مفخخة مساء أمس مطار أربيل الدولي. وأوضح البيان أن الطائرة سقطت قرب السياج "
            "وانفجرت من دون أن تتسبب بخسائر بشرية.")
    (event,) = [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert event.fatalities.best == 0
    # "no reports of casualties", "without recording human losses"
    (event,) = _events(pipeline, "سقط صاروخان قرب مطار بغداد الدولي فجر اليوم دون أنباء عن إصابات.")
    assert event.fatalities.best == 0
    (event,) = _events(pipeline, "قصفت المدفعية التركية أمس قرى في ناحية كاني ماسي من دون تسجيل خسائر بشرية.")
    assert event.fatalities.best == 0


def test_a_headline_present_killing_verb_has_one_dead(pipeline):
    # "gunmen assassinate a trader": a killing with no figure has at least one dead, in any tense
    (event,) = _events(pipeline, "مسلحون مجهولون يغتالون صاحب محل في حي الجمهورية وسط البصرة مساء اليوم.")
    assert event.fatalities.best == 1


def test_neutralised_and_perished_are_a_toll(pipeline):
    (event,) = _events(pipeline, "أعلنت وزارة الدفاع التركية أن مقاتلاتها حيدت خمسة من مسلحي حزب العمال الكردستاني "
                                 "في غارات على منطقة الزاب أمس.")
    assert event.fatalities.best == 5
    (event,) = _events(pipeline, "قصف طيران الجيش وكرا لداعش في وادي حوران أمس، ما أسفر عن هلاك أربعة إرهابيين.")
    assert event.fatalities.best == 4


def test_a_toll_including_the_attacker_counts_both_sides_already(pipeline):
    # "the toll is thus four, among them the bomber": the total, not the attackers' dead to add
    text = ("قتل ثلاثة جنود وأصيب خمسة آخرون بتفجير انتحاري استهدف نقطة تفتيش في قضاء بيجي أمس. "
            "وبذلك تكون حصيلة القتلى أربعة بينهم الانتحاري.")
    (event,) = _events(pipeline, text)
    assert event.fatalities.best == 4


def test_one_right_after_a_killing_word_is_a_count(pipeline):
    # "one of the attackers was killed": واحد after the casualty word counts, it is no adjective
    (event,) = _events(pipeline, "قتل واحد من المهاجمين في اشتباك مع الشرطة قرب قرية الحورية في قضاء الشرقاط أمس.")
    assert event.fatalities.best == 1
    # beside the defenders' dead, both sides are added
    (event,) = _events(pipeline, "هاجم عناصر من داعش نقطة للحشد العشائري قرب قرية الحورية في قضاء الشرقاط أمس، "
                                 "واستشهد اثنان من المقاتلين وقتل واحد من المهاجمين.")
    assert event.fatalities.best == 3


def test_a_place_name_read_as_a_verdict_word_is_the_place(pipeline):
    # "بعقوبة" is Baquba, not "ب + عقوبة" (with a penalty): the killing after the dateline is told
    (event,) = _events(pipeline, "بعقوبة – قتل ثلاثة مزارعين مساء أمس بهجوم شنه مسلحون على قرية في قضاء المقدادية.")
    assert event.fatalities.best == 3
    # a court's penalty still blocks the execution it names
    assert not _events(pipeline, "قضت المحكمة بعقوبة الإعدام شنقا حتى الموت بحق مدان في قضاء المقدادية أمس.")


def test_former_after_a_person_noun_is_no_history(pipeline):
    # "gunmen assassinated a former member of the council": سابقا describes the victim
    (event,) = _events(pipeline, "اغتال مسلحون مجهولون مساء أمس عضوا سابقا في مجلس محافظة ميسان وسط مدينة العمارة.")
    assert event.status == "occurred"
    # as an adverb ("previously") it still tells history
    assert not [e for e in _events(pipeline, "واغتال مسلحون سابقا ناشطين في مدينة العمارة.") if e.status == "occurred"]


def test_a_day_in_a_before_clause_dates_the_later_deed(pipeline):
    # "the blast last night killed three, before two of the wounded died at dawn today": the blast is yesterday's
    text = ("قالت مصادر أمنية إن الانفجار الذي وقع في سوق شعبي في قضاء المقدادية أسفر عن مقتل ثلاثة أشخاص، "
            "قبل أن يفارق اثنان من المصابين الحياة فجر اليوم.")
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة مساء أمس في سوق شعبي في قضاء المقدادية. " + text, "2022-06-14")
    assert event.date.start == "2022-06-13"
    # nor does that day carry over to the sentence after it
    text = ("هاجم مسلحون نقطة للجيش في قضاء الحويجة مساء أمس. وكانت الأنباء قد تحدثت عن مقتل جندي، قبل أن يفارق "
            "أحد المصابين الحياة فجر اليوم. وقال المصدر إن المهاجمين تسللوا من الوادي واشتبكوا مع الجنود.")
    assert {e.date.start for e in _events(pipeline, text, "2022-06-14")} == {"2022-06-13"}


def test_a_day_after_until_is_no_event_day(pipeline):
    # "no group has claimed the attack until noon today": the attack stays yesterday's, one event
    text = ("استهدفت طائرة مسيرة مفخخة مساء أمس قاعدة حرير الجوية في قضاء شقلاوة. "
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ظهر اليوم.")
    (event,) = _events(pipeline, text, "2023-11-22")
    assert event.date.start == "2023-11-21"


def test_the_subjunctive_of_a_protest_verb_is_a_protest(pipeline):
    # "hundreds gathered last night, before they headed to the bridge and staged a sit-in on it"
    (event,) = _events(pipeline, "تجمع مئات المحتجين مساء أمس في ساحة عامة، قبل أن يتوجهوا إلى جسر الزيتون "
                                 "ويعتصموا عليه.")
    assert event.event_type == "Protests"


def test_heroes_is_no_defusing(pipeline):
    # أبطال (heroes) folds like إبطال (defusing): only the defusing of something is a disrupted weapon use
    events = _events(pipeline, "ارتقى شهيدان من أبطال الحشد الشعبي فجر اليوم بضربة طائرة مسيرة استهدفت مقرا "
                               "للحشد في قضاء القائم.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    (event,) = _events(pipeline, "تمكنت مفارز معالجة المتفجرات اليوم من إبطال مفعول عبوة ناسفة في قضاء القائم.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_controlled_detonation_in_the_accusative_is_no_bombing(pipeline):
    # "the engineers blew the materials up in a controlled detonation"
    (event,) = _events(pipeline, "فجرت مفارز الجهد الهندسي المواد تفجيرا مسيطرا عليه في صحراء الرطبة أمس.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_cases_of_assassination_counted_are_a_tally(pipeline):
    text = "وثق المرصد خلال شهر أيلول الماضي تسع حالات اغتيال استهدفت ناشطين في محافظة البصرة."
    assert not _events(pipeline, text, "2020-10-05")
    (claim,) = _claims(pipeline, text, "2020-10-05")
    assert claim.count.low == 9


def test_meanwhile_and_a_ministry_s_own_jets_tell_another_strike(pipeline):
    # "Turkish artillery shelled villages near Kani Masi ... Meanwhile the ministry said its jets neutralised four
    # PKK fighters in the Zap region": a second strike, in Zap, with its own toll
    text = ("قصفت المدفعية التركية أمس قرى تابعة لناحية كاني ماسي في قضاء العمادية من دون تسجيل خسائر بشرية. "
            "في غضون ذلك، أعلنت وزارة الدفاع التركية أن مقاتلاتها حيدت أمس أربعة من مسلحي حزب العمال الكردستاني "
            "في منطقة الزاب.")
    events = _events(pipeline, text)
    assert sorted((e.sub_event_type, e.fatalities.best) for e in events) == [
        ("Air/drone strike", 4), ("Shelling/artillery/missile attack", 0)]
    assert all(e.location.admin1_code == "IQ-DA" for e in events)


def test_an_armed_group_telling_its_fighters_killed_in_an_attack_claims_the_attack(pipeline):
    # the event noun that dates the deed ("in an attack on Wednesday") is the deed the group's men did
    events = _events(pipeline, "Islamic State said on Thursday that its fighters had killed a village chief near "
                               "Baiji in an attack on Wednesday.", "2022-06-17")
    assert [e.status for e in events] == ["claimed"] and events[0].actor1.id == "isis"


def test_english_accidents_with_a_blast_are_no_bombing(pipeline):
    # a crash or a gas cylinder that blows up is an accident: its blast and its dead are no attack
    assert not _events(pipeline, "A truck exploded after colliding with a bus near Tikrit on Monday, killing two "
                                 "people.", "2022-06-14")
    assert not _events(pipeline, "Three people were killed when a gas cylinder exploded in a bakery in Najaf on "
                                 "Friday.", "2022-06-14")


def test_a_figure_joined_to_a_unit_of_time_by_a_hyphen_is_no_toll(pipeline):
    (event,) = _events(pipeline, "Fighters died in the three-day battle for a village near Kirkuk on Sunday.",
                       "2022-06-14")
    assert event.fatalities is None or event.fatalities.best != 3


def test_a_vague_large_toll_dated_only_in_another_clause_is_a_periods_toll(pipeline):
    # the day is the anniversary's; the battle, which killed thousands, is history
    assert not _events(pipeline, "Residents marked the anniversary on Sunday with prayers in the old city, which "
                                 "the battle left in ruins and where it killed thousands of civilians.", "2022-07-10")
    # a date clause opening the sentence still dates the toll
    assert _events(pipeline, "On Sunday, hundreds of people were killed in the shelling of Mosul.", "2022-07-10")


def test_plural_attacks_with_no_day_beside_a_tally_are_more_of_the_kind_counted(pipeline):
    text = ("Since October 1, there have been more than twelve rocket attacks against bases hosting U.S. forces in "
            "Anbar, and further attacks are expected.")
    assert not _events(pipeline, text, "2023-11-09")
    assert len(_claims(pipeline, text, "2023-11-09")) == 1


def test_english_habits_and_recent_periods_are_no_events(pipeline):
    assert not _events(pipeline, "Farmers in Hawija have complained in recent months of a rise in attacks on their "
                                 "orchards.", "2022-06-14")
    assert not _events(pipeline, "Sit-ins take place regularly outside the provincial council in Nasiriyah.",
                       "2022-06-14")
    assert not _events(pipeline, "Roadside bombs kill dozens of people in Diyala every year.", "2022-06-14")


def test_an_english_explosive_worn_describes_the_men(pipeline):
    assert not _events(pipeline, "The gunmen were wearing explosive belts and carried rifles.", "2022-06-14")
    # a bomber caught wearing one is an arrest, no suicide bombing
    (event,) = _events(pipeline, "Police arrested a man wearing an explosive belt in Kirkuk on Monday.", "2022-06-14")
    assert event.sub_event_type != "Suicide bomb"
    # one who set it off is a bombing
    (event,) = _events(pipeline, "A bomber wearing a suicide vest blew himself up at a checkpoint in Tarmiyah on "
                                 "Monday, killing three soldiers.", "2022-06-14")
    assert event.sub_event_type == "Suicide bomb"


def test_english_bare_plural_attacks_with_no_place_or_day_are_attacks_in_general(pipeline):
    assert not _events(pipeline, "The strikes degrade ISIS's ability to conduct attacks, the commander said.",
                       "2022-06-14")
    # placed, they are news
    assert _events(pipeline, "Militants launched attacks on two villages near Kirkuk on Sunday.", "2022-06-14")


def test_an_english_weapon_intercepted_by_unnamed_defences_is_the_attack(pipeline):
    (event,) = _events(pipeline, "On Wednesday, an attack drone was intercepted near Erbil International Airport. "
                                 "There were no reports of injuries.", "2023-11-09")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 0
    # the interceptor named as subject: the interception itself
    (event,) = _events(pipeline, "Militants shot down a Turkish army drone near Amadiya on Wednesday.", "2023-11-09")
    assert event.sub_event_type == "Disrupted weapons use"


def test_casualty_words_of_a_toll_update_are_the_earlier_events_toll(pipeline):
    text = ("A drone struck a PMF base near Amerli on Friday night, officials said. On Sunday, the PMF revised the "
            "toll, saying three fighters had died and five others were wounded.")
    (event,) = _events(pipeline, text, "2019-07-21")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 3


def test_an_english_event_word_after_any_report_of_is_only_named(pipeline):
    assert not _events(pipeline, "A police source in Tikrit said officers had not received any report of a "
                                 "kidnapping in the district.", "2022-06-14")


def test_a_cache_destroyed_in_a_participle_clause_is_the_strikes_result(pipeline):
    (event,) = _events(pipeline, "On Monday, coalition aircraft carried out an airstrike in the Hamrin Mountains, "
                                 "killing two ISIS fighters and destroying a weapons cache.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike"


def test_a_denied_event_counts_no_one(pipeline):
    (event,) = _events(pipeline, "The defence ministry on Thursday denied reports that militants had attacked an army "
                                 "outpost near Rutba on Wednesday and killed four soldiers.", "2023-06-08")
    assert event.status == "denied" and event.fatalities is None


def test_an_english_arrest_takes_neither_the_day_nor_the_dead_of_the_deed_charged(pipeline):
    events = _events(pipeline, "Police in Najaf have arrested three men suspected of killing a shopkeeper outside his "
                               "store in the old city last Tuesday, the police command said on Thursday.", "2020-06-19")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.date.start != "2020-06-16" and arrest.fatalities is None


def test_an_english_state_raid_with_no_fight_is_an_arrest_raid(pipeline):
    (event,) = _events(pipeline, "A SWAT unit raided a farm on the outskirts of Hilla early on Monday.", "2023-02-14")
    assert event.sub_event_type == "Arrests"
    # a raid that turns into a gunfight is a clash
    (event,) = _events(pipeline, "A SWAT unit raided a farm on the outskirts of Hilla early on Monday, killing two "
                                 "gunmen in an exchange of fire.", "2023-02-14")
    assert event.event_type == "Battles"


def test_an_english_raid_by_no_one_named_that_detains_men_is_an_arrest_raid(pipeline):
    events = _events(pipeline, "Investigators followed the phone calls to a flat in eastern Basra and raided it on "
                               "Friday, releasing the captive and detaining two men.", "2021-04-11")
    assert [e.sub_event_type for e in events] == ["Arrests"]
    # with no arrest told, an unnamed raid keeps its clash
    (event,) = _events(pipeline, "Investigators raided a flat in eastern Basra on Friday.", "2021-04-11")
    assert event.sub_event_type != "Arrests"


def test_an_english_arrest_told_again_as_a_units_raid_is_one_arrest(pipeline):
    events = _events(pipeline, "Police in Hilla on Monday arrested three men suspected of robbing a jeweller, a police "
                               "spokesman said.\n\nA SWAT unit raided a farm on the outskirts of Hilla early on Monday.",
                     "2023-02-14")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_bundled_into_a_car_by_armed_men_is_an_abduction(pipeline):
    (event,) = _events(pipeline, "A contractor was bundled into a car by armed men outside his office in Basra late on "
                                 "Saturday.", "2023-02-14")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_english_sides_between_after_place_and_date_and_a_plain_noun(pipeline):
    (event,) = _events(pipeline, "Armed clashes broke out in Sinuni sub-district, Sinjar, on 2 May between Iraqi Army "
                                 "units and the Sinjar Resistance Units (YBS).", "2022-05-04")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "ybs")


def test_abbreviated_english_months_date_a_log_entry(pipeline):
    (event,) = _events(pipeline, "12 Mar — Diyala, Khanaqin district: An IED struck an Iraqi army vehicle west of "
                                 "Jalawla, killing one soldier.", "2022-03-17")
    assert event.date.start == "2022-03-12"
    (event,) = _events(pipeline, "3 Jul — Kirkuk: Gunmen killed a shepherd near Daquq.", "2022-07-07")
    assert event.date.start == "2022-07-03"


def test_an_ambush_laid_for_a_suspect_is_his_arrest(pipeline):
    (event,) = _events(pipeline, "وقال مصدر إن قوة من شرطة ذي قار نصبت كميناً محكماً للمتهم مساء أمس قرب "
                                 "جسر في مدينة الناصرية.", "2022-06-14")
    assert event.sub_event_type == "Arrests" and event.actor1.kind == "State forces"
    # an ambush with a fight told stays a clash
    (event,) = _events(pipeline, "نصبت قوة من الجيش كميناً للمطلوبين مساء أمس قرب قضاء الحويجة، وقتلت اثنين منهم "
                                 "في اشتباك.", "2022-06-14")
    assert event.event_type == "Battles"


def test_an_arrest_announced_by_one_force_joins_the_one_its_unit_made(pipeline):
    events = _events(pipeline, "أعلنت قيادة شرطة محافظة ميسان، اليوم الثلاثاء، القبض على متهم بقضايا إرهابية في "
                               "قضاء المجر الكبير. وأوضحت القيادة أن مفرزة من جهاز الأمن الوطني نصبت كميناً للمتهم "
                               "ليلة أمس قرب مدخل القضاء.", "2022-06-14")
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].date.start == "2022-06-13"


def test_a_search_operation_is_no_fight(pipeline):
    events = _events(pipeline, "وأضاف البيان أن قوة من الجيش عثرت صباح أمس، خلال عملية تفتيش في وادٍ قرب قضاء "
                               "الرطبة، على مخبأ يضم عبوات ناسفة.", "2022-06-14")
    assert "Armed clash" not in [e.sub_event_type for e in events]
    # a fight told in one has its own word
    (event,) = _events(pipeline, "نفذت قطعات الجيش أمس عملية تفتيش في وادي حوران، واشتبكت مع مجموعة إرهابية، ما "
                                 "أسفر عن مقتل إرهابيين اثنين.", "2022-06-14")
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 2


def test_no_attack_of_any_kind_is_a_denial(pipeline):
    (event,) = _events(pipeline, "وقال المتحدث إنه لم تتعرض أي من نقاطنا في قضاء الخالص لأي هجوم مساء أمس.",
                       "2022-06-14")
    assert event.status == "denied"
    (event,) = _events(pipeline, "Police said the checkpoint near Khalis did not come under any attack on Monday.",
                       "2022-06-14")
    assert event.status == "denied"


def test_what_happens_now_and_then_is_a_habit(pipeline):
    assert not _events(pipeline, "وأضاف أن خلايا التنظيم تحاول بين الحين والآخر إثبات وجودها بعبوة ناسفة أو عملية "
                                 "قنص في أطراف قضاء المقدادية.", "2022-06-14")
    # a day told makes it news
    assert _events(pipeline, "وأضاف أن خلايا التنظيم فجرت بين الحين والآخر عبوات في المقدادية، آخرها عبوة ناسفة "
                             "انفجرت مساء أمس قرب السوق.", "2022-06-14")


def test_a_place_told_after_then_is_the_later_deeds(pipeline):
    events = _events(pipeline, "بغداد – أفرج مسلحون مجهولون عن مهندس بعد أيام على اختطافه في منطقة الشعب شرقي العاصمة. "
                               "وقال شقيقه إن المسلحين اعترضوه مساء الخميس الماضي واقتادوه إلى جهة مجهولة، ثم تركوه "
                               "مساء أمس على طريق ترابي في منطقة الحسينية.", "2022-06-14")
    abduction = next(e for e in events if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.location.admin1_code == "IQ-BG" and abduction.date.start == "2022-06-09"


def test_a_rank_told_after_a_victim_keeps_the_toll_joined(pipeline):
    (event,) = _events(pipeline, "كركوك – مقتل ضابط برتبة نقيب وثلاثة جنود في هجوم شنه مسلحون من داعش على نقطة "
                                 "للجيش في قضاء الحويجة فجر اليوم.", "2022-06-14")
    assert event.fatalities.best == 4


def test_a_definite_mention_told_from_the_other_side_joins_the_claimed_clash(pipeline):
    events = _events(pipeline, "The Islamic State group claimed responsibility on Friday for an attack on a Peshmerga "
                               "outpost near Makhmour that killed two Kurdish fighters the previous night. The Ministry "
                               "of Peshmerga Affairs said the assault began at around 11 p.m. on Thursday and that its "
                               "forces repelled the attackers after an hour-long firefight.", "2021-05-14")
    assert len(events) == 1 and events[0].actor1.id == "isis"


def test_a_sentence_for_a_role_in_a_killing_codes_no_killing(pipeline):
    assert not _events(pipeline, "A court in Nineveh province on Monday sentenced four Islamic State members to death for "
                                 "their role in the killing of dozens of prisoners near Tal Afar.", "2019-03-06")


def test_an_office_for_abducted_people_is_no_abduction(pipeline):
    assert not _events(pipeline, "Hundreds of families are still waiting for news, according to the provincial office "
                                 "for abducted Yazidis in Duhok.", "2021-08-04")


def test_a_column_with_its_writers_tagline_is_opinion(pipeline):
    text = ("Voters will choose a new council in a month. Gunmen shot dead an activist outside his home in Basra on "
            "September 12, and nobody has been charged.\nThe writer is a retired Iraqi judge.")
    assert not _events(pipeline, text, "2021-09-30")


def test_bare_attacks_before_a_verb_of_state_are_attacks_in_general(pipeline):
    text = ("On the night of 3 May, a roadside bomb struck an army vehicle near Tarmiyah, wounding two soldiers. "
            "Attacks remain concentrated in the Hamrin mountains and the orchards north of Baquba.")
    (event,) = _events(pipeline, text, "2021-05-05")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_relative_day_after_the_event_word_counts_from_the_day_told_before_it(pipeline):
    (event,) = _events(pipeline, "A third protester died in hospital on Thursday of wounds sustained when police opened "
                                 "fire on demonstrators outside the governorate building in Nasiriyah the previous "
                                 "evening.", "2019-10-04")
    assert event.date.start == "2019-10-02"


def test_an_agentless_shooting_told_after_fire_on_protesters_is_that_fire(pipeline):
    text = ("Security forces opened fire on demonstrators outside the provincial council in Kut on Sunday evening, "
            "killing one. Twelve other people were wounded in Sunday's shooting, the health directorate said.")
    (event,) = _events(pipeline, text, "2019-10-08")
    assert event.sub_event_type == "Excessive force against protesters"


def test_protests_spreading_in_recent_days_are_no_event(pipeline):
    assert not _events(pipeline, "Protests have spread in recent days from Kut to Amarah and Samawa.", "2019-10-08")


def test_an_english_agent_right_after_said_is_the_subject_reported(pipeline):
    (event,) = _events(pipeline, "Police said gunmen opened fire on a farmer near Hilla on Sunday, killing him.",
                       "2022-05-10")
    assert event.actor1.id == "unidentified-gunmen" and event.fatalities.best == 1


def test_the_day_of_a_statement_does_not_date_the_event_it_quotes(pipeline):
    text = ("Gunmen shot dead a lawyer outside his office in Amarah on Monday evening, police said. In a statement on "
            "Tuesday, the police command said unknown assailants opened fire on a citizen in the city centre on Monday, "
            "killing him.")
    (event,) = _events(pipeline, text, "2022-05-10")
    assert event.date.start == "2022-05-09"


def test_a_protest_movement_is_no_protest(pipeline):
    (event,) = _events(pipeline, "Gunmen shot dead an activist in Nasiriyah on Monday, the latest in a series of killings "
                                 "of people linked to the city's protest movement.", "2022-05-10")
    assert event.sub_event_type == "Attack"


def test_a_sources_toll_after_a_strike_is_its_toll(pipeline):
    text = ("U.S. aircraft struck a depot used by an Iran-backed militia near Qaim late on Monday, killing three "
            "fighters. The PMF, an umbrella of militias that is formally part of Iraq's security forces, said three of "
            "its members were killed and five wounded.")
    (event,) = _events(pipeline, text, "2024-02-06")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 3


def test_a_sources_toll_placed_at_the_events_town_is_its_toll(pipeline):
    # the source's place is the fighting's town: no place of its own; present "say" reports too
    text = ("Iraqi troops and Mahdi Army militiamen fought in the streets of Kufa on Sunday. Doctors at a Kufa hospital "
            "said at least nine people had been killed.")
    (event,) = _events(pipeline, text, "2004-08-10")
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 9
    text = ("Iraqi troops and Mahdi Army militiamen fought in the streets of Kufa on Sunday. Medics say at least nine "
            "people have been killed.")
    (event,) = _events(pipeline, text, "2004-08-10")
    assert event.fatalities.best == 9


def test_a_sources_toll_in_another_town_is_not_the_events(pipeline):
    text = ("Iraqi troops and Mahdi Army militiamen fought in the streets of Kufa on Sunday. In Kut, police said nine "
            "people had been killed.")
    events = _events(pipeline, text, "2004-08-10")
    assert all(e.fatalities is None or e.fatalities.best != 9 for e in events if e.location.admin2 == "Al-Kufa"
               or e.evidence.sentence.text.startswith("Iraqi"))


def test_iraqi_forces_striking_across_the_border_are_coded(pipeline):
    (event,) = _events(pipeline, "Iraqi F-16 jets struck an Islamic State hideout inside Syria near Hajin on Sunday, the "
                                 "military said.", "2018-11-06")
    assert event.actor1.id == "iraq-air-force" and event.location.admin1_code == "SY-DY"


def test_the_body_whose_statement_speaks_and_the_backers_of_a_strike_are_no_sides(pipeline):
    text = ("Iraqi jets struck an Islamic State hideout near Rawa on Sunday. A statement from the Joint Operations "
            "Command said the strike, carried out in coordination with the Syrian government and the U.S.-led "
            "coalition, destroyed a house and killed eight militants.")
    (event,) = _events(pipeline, text, "2018-11-06")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 8


def test_tear_gas_on_the_crowd_after_a_riot_is_that_riot(pipeline):
    text = ("Angry protesters set fire to the gate of the water directorate in Kut on Saturday night and pelted police "
            "with stones. Police used tear gas and fired into the air to disperse the crowd, a police source said.")
    (event,) = _events(pipeline, text, "2022-07-04")
    assert event.sub_event_type == "Violent demonstration"


def test_a_country_as_the_subject_of_a_strike_is_its_forces_not_the_place(pipeline):
    # "Turkey shelled the party's camps": the country did it (its military), the camps are the place
    events = _events(pipeline, "وكانت تركيا قد قصفت أمس معسكرات لحزب العمال الكردستاني في محافظة دهوك.")
    assert len(events) == 1
    assert events[0].actor1.id == "turkey-military" and events[0].actor2.id == "pkk"
    assert events[0].location.country == "Iraq" and events[0].location.admin1 == "Dahuk"
    events = _events(pipeline, "وبدأت أنقرة أمس قصف مواقع لحزب العمال الكردستاني في محافظة دهوك.")
    assert events[0].actor1.id == "turkey-military" and events[0].location.country == "Iraq"


# an essay: no first person, no question, but no day at all and few sources quoted
_ESSAY = ("لم تعد الجماعات المتطرفة تكتفي بالسلاح وحده. "
          "فقد تحولت المدن المنكوبة إلى مسرح لصراعات النفوذ بين القوى الإقليمية. "
          "وقتل المسلحون خمسة مدنيين في قرية قرب قضاء تلعفر. "
          "وتحاول الأطراف المتنافسة أن ترسم خرائط جديدة للمنطقة على حساب سكانها. "
          "ويبقى مستقبل هذه المدن رهينا بقدرة الدولة على استعادة ثقة أهلها. "
          "ولا يبدو أن الحلول العسكرية وحدها قادرة على ذلك.")


def test_an_essay_quoting_few_sources_with_no_day_tells_no_event(pipeline):
    assert not _violent_told(pipeline, _ESSAY)
    # a breaking-news feed is a report even with no day and no source named
    assert _violent_told(pipeline, "عاجل: " + _ESSAY)


# a column (three sentences in the first person or asking, few sources quoted) that names one day of news only
# after its lead, in passing
_COLUMN_WITH_A_DAY = ("لا أظن أن المعركة مع التطرف ستنتهي قريبا. "
                      "فالتنظيمات المتشددة تغير جلدها كلما ضاق عليها الخناق. "
                      "وقد فجر مسلحون سيارة مفخخة في سوق قرب قضاء الخالص فقتلوا تسعة مدنيين. "
                      "ونرى اليوم كيف تنتقل خلاياها من مدينة إلى أخرى. "
                      "ضربت أمس هنا، وقبل شهر هناك، ولا أحد يعرف أين ستضرب غدا. "
                      "فهل تكفي الحلول الأمنية وحدها؟ "
                      "إن مواجهة هذا الفكر تحتاج إلى مدارس ومنابر لا إلى بنادق فقط.")


def test_a_column_naming_a_day_only_in_passing_after_its_lead_tells_no_event(pipeline):
    assert not _violent_told(pipeline, _COLUMN_WITH_A_DAY)
    # a report tells its day in its lead: the same piece opening on yesterday's bombing is news
    assert _violent_told(pipeline, "قال مصدر أمني أمس الأحد إن مسلحين فجروا سيارة مفخخة في سوق قرب قضاء الخالص. "
                         + _COLUMN_WITH_A_DAY)


def test_a_columnists_in_my_view_and_address_to_the_reader_are_opinion_cues(pipeline):
    # "in my view" (برأيي، في تقديري) and the columnist's address to the reader (دع عنك، خذ عندك) argue
    text = ("برأيي، لم تعد المواجهة مع المتطرفين مسألة سلاح فقط. وقتل المسلحون سبعة مدنيين في قرية قرب قضاء تلعفر. "
            "دع عنك الخطب الرنانة وانظر إلى ما يجري في القرى المنسية.")
    assert not _violent_told(pipeline, text)


def test_a_toll_counted_since_a_past_day_is_a_running_total(pipeline):
    # "since the new round of violence broke out on 9 May, 14 soldiers have been killed": no event of 9 May
    assert not _violent_told(pipeline, "ومنذ اندلاع موجة العنف الجديدة في التاسع من مايو، قتل 14 جنديا على الأقل.",
                             )
    assert not _violent_told(pipeline, "ومنذ ذلك الحين، قتل تسعة من عناصر الشرطة على الأقل في هجمات متفرقة.")
    # a fight going on since this morning is the day's own
    assert _violent_told(pipeline, "وقتل 17 مسلحا في المعارك الدائرة منذ صباح اليوم في بلدة الكرمة.")
    # people arrested over a span since a day more than a week ago are a tally
    assert not _events(pipeline, "واعتقلت السلطات أكثر من 900 شخص منذ نهاية الشهر الماضي في حملة على المطلوبين.")


def test_an_english_sentence_told_in_the_present_tells_no_event(pipeline):
    lead = "DIWANIYAH - Hundreds of teachers protested outside the education directorate in Diwaniyah on Sunday. "
    # what is, not what happened: a later sentence with no past verb and no day of its own adds no event
    for present in ("Tribal clashes remain a threat in the villages north of Diwaniyah.",
                    "The airport in Erbil hosts troops of the coalition fighting Islamic State.",
                    "Kidnapping for ransom is a threat in Baghdad's Mansour district.",
                    "Visitors should avoid protest sites in Baghdad and Basra.",
                    # a past verb in a relative clause is not the sentence's tense
                    "Kidnapping, which surged after 2006, has become rare in Baghdad.",
                    # a participle after "have been" is still the present
                    "Dozens of farmers have been abducted near Tarmiyah.",
                    # a day after "since" opens a span: it dates no event
                    "This is the fifth rocket attack on the airport in Erbil since June."):
        got = _events(pipeline, lead + present)
        assert [e.sub_event_type for e in got] == ["Peaceful protest"], present
    # a simple past is news
    assert len(_events(pipeline, lead + "Gunmen abducted a farmer in Mosul's al-Zuhur district.")) == 2
    assert len(_events(pipeline, lead + "A roadside bomb wounded two soldiers near Tarmiyah.")) == 2
    # the present of a first sentence (a headline) stays news
    assert _events(pipeline, "Gunmen kill a shepherd near Tarmiyah")


def test_armed_party_at_a_target_marker_outweighs_a_civilian_among_the_dead(pipeline):
    # the post the attackers hit belongs to the armed party named after نقطة; a civilian among the dead does not
    # make the fight a one-sided attack on civilians
    (event,) = _events(pipeline, "هاجم مسلحو داعش ليل أمس نقطة لقوات الحشد العشائري قرب ناحية العظيم، ما أسفر عن "
                                 "مقتل اثنين من المقاتلين ومدني كان يرعى أغنامه.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.id == "tribal-mobilization"


def test_what_happened_after_but_is_no_toll_of_what_was_feared(pipeline):
    # the armed confrontation feared is only referred to; "but ... they exchanged fire" tells what happened, and the
    # "when" clause is dated by the clause it hangs on
    events = _events(pipeline, "سعى وجهاء ناحية الثغر لمنع مواجهة مسلحة في الناحية، لكن مساء أمس الأحد جاء بما "
                               "كانوا يخشونه، حين تبادل أبناء العشيرتين إطلاق النار لساعات.", "2023-02-13")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].date.start == "2023-02-12"


def test_a_result_verb_with_its_subject_between_gives_the_toll_of_the_event_before(pipeline):
    # "وأسفر النزاع، بحسب مصدر، عن مقتل شخصين": the verb and its "عن" need not stand together
    (event,) = _events(pipeline, "تبادل أبناء عشيرتين إطلاق النار في ناحية الثغر مساء أمس. وأسفر النزاع، بحسب ما "
                                 "أكده مصدر في الشرطة، عن مقتل شخصين وإصابة ثلاثة آخرين.", "2023-02-13")
    assert event.fatalities.best == 2


def test_those_a_foiled_plot_was_meant_for_are_no_party(pipeline):
    # the pilgrims the plot targeted were not hit: a foiled attack has no civilian actor2
    (event,) = _events(pipeline, "أحبطت قيادة عمليات سامراء اليوم الجمعة محاولة إرهابية كانت تستهدف الزائرين "
                                 "في مدينة سامراء.", "2023-08-04")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is None


def test_an_armed_group_announcing_its_attack_past_an_aside_claims_it(pipeline):
    # the statement's channel and day set off by commas stand between the group and the attack it announces;
    # "قاعدة الاحتلال الأمريكي" names the US forces' base, no seizure of ground
    events = _events(pipeline, "أعلنت المقاومة الإسلامية في العراق، في بيان نشرته على قناتها في تلغرام مساء أمس "
                               "الأحد، استهداف قاعدة الاحتلال الأمريكي في حرير بطائرة مسيرة.", "2024-01-22")
    assert [(e.status, e.actor1.id) for e in events] == [("claimed", "islamic-resistance-in-iraq")]


def test_a_series_carried_out_is_no_reference_to_past_attacks(pipeline):
    # "نفذت ... سلسلة غارات": the series is the object of the verb of doing, not "the latest in a series"
    (event,) = _events(pipeline, "نفذت طائرات حربية تركية، بين الساعة العاشرة ومنتصف ليل أمس الأحد، سلسلة غارات على "
                                 "مرتفعات قرب ناحية كاني ماسي في قضاء العمادية.", "2022-06-20")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "turkey-military"


def test_an_angry_crowd_named_after_the_verb_set_the_fire_and_riots(pipeline):
    # "مجموعة من الشبان الغاضبين" after أضرمت: the crowd did it; a landmark ("جنوب شرقي بغداد") is no second
    # governorate, so "وسط المدينة" in the next sentence is still Kut
    events = _events(pipeline, "قتل متظاهران برصاص قوات الأمن أمس الاثنين في مدينة الكوت جنوب شرقي بغداد. وبعد حلول "
                               "الظلام، أضرمت مجموعة من الشبان الغاضبين النار في مقر حزب سياسي وسط المدينة.", "2019-12-03")
    riot = next(e for e in events if e.event_type == "Riots")
    assert riot.location.admin1_code == "IQ-WA"


def test_one_named_past_a_reference_is_no_target_of_rioters(pipeline):
    (event,) = _events(pipeline, "أضرم محتجون غاضبون، مساء أمس الأحد، النار في مقر أحد الأحزاب وسط مدينة الناصرية، "
                                 "بعد أيام من مقتل متظاهر برصاص مجهولين.", "2019-12-02")
    assert event.event_type == "Riots"
    assert event.actor2 is None


def test_event_numbered_in_a_series_since_a_day_is_no_event(pipeline):
    text = ("قصفت مدفعية الحرس الثوري الإيراني صباح اليوم الثلاثاء قرى في ناحية سيدكان بمحافظة أربيل. "
            "وقال مسؤول محلي إن هذا هو القصف الإيراني الخامس الذي تتعرض له الناحية منذ الأول من حزيران الجاري.")
    events = _events(pipeline, text)
    assert len(events) == 1 and events[0].date.start == "2022-06-14"


def test_span_of_time_in_a_demand_does_not_date_the_protest(pipeline):
    text = ("فرقت قوات الأسايش، ظهر اليوم الثلاثاء، تظاهرة نظمها معلمون أمام مبنى محافظة دهوك للمطالبة "
            "بصرف رواتبهم المتأخرة منذ أشهر، واعتقلت عددا من المشاركين فيها.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_period_of_a_groups_control_is_history(pipeline):
    text = ("أصدرت محكمة جنايات نينوى، اليوم الأربعاء، حكما بالسجن بحق رجل أدين بالعمل في ديوان تابع لتنظيم داعش "
            "خلال فترة سيطرته على مدينة الموصل.")
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Non-state actor overtakes territory"]


def test_report_shown_false_afterwards_is_denied(pipeline):
    text = ("قالت حسابات مقربة من فصائل مسلحة إن رتلا تعرض لعبوة ناسفة في قضاء الزبير بمحافظة البصرة اليوم، "
            "قبل أن يتبين أن الصور تعود لحادث سير.")
    assert [e.status for e in _events(pipeline, text)] == ["denied"]


def test_insisting_on_a_deployment_is_no_deployment(pipeline):
    text = "ويرى باحثون أن إصرار بغداد على نشر قوات إضافية في قضاء سنجار، من دون تفاهم مع الأهالي، قد يقود إلى اشتباكات جديدة."
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Change to group/activity"]


def test_a_deed_denied_in_a_riot_tells_more_of_the_riot(pipeline):
    text = ("اقتحم عشرات المحتجين الغاضبين من انقطاع الكهرباء مساء أمس الأحد مبنى مديرية الكهرباء في مدينة الحلة "
            "وأضرموا النار في بوابته. وقالت قيادة شرطة بابل إن ستة من منتسبيها أصيبوا خلال محاولتهم منع المحتجين "
            "من الوصول إلى المبنى، مؤكدة أن القوات الأمنية لم تستخدم الرصاص الحي.")
    assert [(e.status, e.sub_event_type) for e in _events(pipeline, text)] == [("occurred", "Violent demonstration")]


def test_attack_told_as_fact_the_day_before_a_claim_is_the_claimed_attack(pipeline):
    text = ("تبنت المقاومة الإسلامية في العراق، في بيان نشرته فجر اليوم الثلاثاء، استهداف قاعدة حرير شمال شرقي أربيل "
            "بطائرة مسيرة. في المقابل، ذكر جهاز مكافحة الإرهاب في إقليم كردستان أن طائرة مسيرة مفخخة سقطت في محيط "
            "القاعدة ليل الاثنين، مؤكدا أن الحادث لم يسفر عن خسائر.")
    events = _events(pipeline, text)
    assert [(e.status, e.date.start) for e in events] == [("claimed", "2022-06-13")]


def test_arrests_counted_in_a_clause_without_a_date_take_the_month_told_before_them(pipeline):
    # a monthly statement: the arrests "during the same month" are a tally, not one raid
    text = ("أعلنت قيادة العمليات المشتركة في إحصائية اليوم أن الطيران نفذ 19 ضربة جوية على مخابئ داعش خلال شهر "
            "آذار الماضي في كركوك، فيما اعتقلت القوات الأمنية 85 مطلوبا في عموم البلاد خلال الشهر ذاته.")
    assert not [e for e in _events(pipeline, text, "2023-04-05") if e.sub_event_type == "Arrests"]
    assert 85 in [c.count.best for c in _claims(pipeline, text, "2023-04-05")]


def test_arrests_after_a_period_told_of_something_else_are_no_tally(pipeline):
    # the month dates the siege, not the hostages held: no tally of arrests borrows it
    text = "وجاءت المراجعة بعد حصار المقهى في كانون الأول الماضي، حيث عمد المسلح إلى احتجاز 17 شخصا داخل المقهى."
    assert not [c for c in _claims(pipeline, text, "2015-02-20") if c.count.best == 17]


def test_a_threat_naming_who_would_carry_it_out_and_where_is_a_hypothetical_event(pipeline):
    for text in ("حذر نائب في لجنة الأمن النيابية، اليوم الأحد، من أن تنظيم داعش قد يشن هجمات انتحارية في كركوك إذا "
                 "تراجعت الجاهزية.",
                 "The governor of Diyala warned on Sunday that Islamic State cells could try to attack police posts "
                 "near Khanaqin."):
        events = _events(pipeline, text, "2022-05-08")
        assert [(e.status, e.actor1.id) for e in events] == [("hypothetical", "isis")], text


def test_a_named_threat_in_an_article_placed_before_takes_that_place(pipeline):
    # the place is told by the dateline or by an earlier clause, not in the threat's own clause: the threat
    # with its doer named is still a record, placed where the article is
    for text in ("سامراء – قال قائد شرطة القضاء في مؤتمر صحفي، اليوم الأحد، إن الخطة الأمنية للمناسبة اكتملت. "
                 "وأضاف أن «تنظيم داعش قد يحاول استغلال الزحام لاستهداف الزائرين على الطرق الخارجية».",):
        events = _events(pipeline, text, "2022-05-08")
        assert [(e.status, e.actor1.id, e.location.admin1_code) for e in events] == [
            ("hypothetical", "isis", "IQ-SD")], text


def test_an_event_reported_today_takes_the_earlier_day_a_retelling_gives_it(pipeline):
    # the lead dates the strike only by the day of its announcement; the next sentence, telling the strike again
    # (too weakly to be news of its own), gives the strike's own day
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل خمسة إرهابيين بضربة جوية على وكر لداعش في صحراء "
            "الحضر. وذكرت القيادة في بيان أن الضربة جاءت بعد رصد دقيق، وأن الطائرات دمرت الوكر مساء أمس السبت.")
    events = _events(pipeline, text, "2022-05-08")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Air/drone strike", "2022-05-07")]


def test_another_development_later_that_day_is_a_separate_incident(pipeline):
    # "في تطور آخر", "في وقت لاحق من اليوم نفسه" open another incident: the shelling told after a strike by the
    # same state in the same district is no part of the strike
    for text in ("دهوك – قتل ثلاثة مسلحين، مساء أمس الأحد، بقصف من طائرة مسيرة تركية استهدف سيارتهم قرب ناحية "
                 "شيلادزي. وفي تطور آخر، قصفت المدفعية التركية ليلة أمس قرى تابعة لناحية كاني ماسي، من دون أن يسفر "
                 "القصف عن إصابات.",
                 "أربيل – قصفت طائرات حربية تركية فجر أمس مواقع في سفوح جبال قنديل، ما أدى إلى مقتل راع. وفي وقت "
                 "لاحق من اليوم نفسه، قصفت المدفعية التركية أطراف قرى تابعة لناحية سيدكان من دون وقوع إصابات."):
        events = _events(pipeline, text, "2022-05-09")
        assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"], text


def test_the_older_spelling_of_tuesday_is_a_weekday(pipeline):
    # "الثلثاء" (Al-Hayat's spelling of الثلاثاء) names Tuesday
    text = "قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما جنوب الموصل مساء الثلثاء."
    events = _events(pipeline, text, "2008-05-15")
    assert [e.date.start for e in events] == ["2008-05-13"]


def test_fighters_who_rose_as_martyrs_join_the_toll_of_both_sides(pipeline):
    # "ارتقى" (rose, as martyrs) tells the defenders' dead beside the attackers'
    for text, toll in (("صدت قوة من الحشد الشعبي فجر اليوم هجوما لداعش على ناحية العلم، ما أسفر عن هلاك أربعة من الدواعش، "
                        "فيما ارتقى اثنان من المقاتلين شهداء في المواجهات.", 6),
                       ("صدت قوة من الحشد الشعبي فجر اليوم هجوما لداعش على ناحية العلم، ما أسفر عن هلاك أربعة من الدواعش، "
                        "فيما ارتقى شهيدان من أبطال اللواء.", 6)):
        events = _events(pipeline, text, "2021-05-02")
        assert [e.fatalities.best for e in events] == [toll], text


def test_a_brief_covering_a_day_dates_its_undated_items_on_that_day(pipeline):
    text = ("NORTHERN IRAQ SECURITY REPORT – 3 MARCH 2022 (covering 2 March)\n"
            "Kirkuk – Daquq: An IED exploded beside an army patrol south of Daquq in the afternoon, wounding two soldiers.\n"
            "Nineveh – Sinjar: A drone struck a vehicle near Sinjar late in the evening, killing one person.")
    events = _events(pipeline, text, "2022-03-03")
    assert len(events) == 2
    assert {(e.date.start, e.date.end) for e in events} == {("2022-03-02", "2022-03-02")}


def test_a_find_told_again_in_detail_gives_the_find_its_hijri_day(pipeline):
    # the statement's detail names the day (the month's honorific "الحرام" is part of the date, and a date set off
    # by commas does not part the light verb from its verbal noun)
    text = ("أعلنت قيادة عمليات كربلاء إحباط محاولة إرهابية كانت تستهدف الزائرين في المدينة. "
            "وذكرت القيادة في بيان أن قوة أمنية عند سيطرة على الطريق بين كربلاء وبغداد تمكنت، في يوم التاسع من شهر محرم "
            "الحرام لسنة 1446 للهجرة، من ضبط سيارة أخفيت فيها عبوتان ناسفتان.")
    events = _events(pipeline, text, "2024-07-17")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Disrupted weapons use", "2024-07-15")]


def test_an_old_event_named_by_a_definite_noun_and_a_relative_clause_is_recalled(pipeline):
    # the news is the strike of yesterday; "the bombing that ... on 25 May (20 days before)" is what the article goes back to, and
    # the toll of that day told again after it is the same old event
    text = ("قصفت طائرات حربية مواقع للمسلحين قرب مدينة الرمادي أمس الاثنين. "
            "وجاء التفجير الانتحاري الذي نفذه التنظيم في سوق مدينة الحلة في 25 أيار ليغير حسابات الحكومة. "
            "وأسفر الهجوم في 25 أيار عن مقتل 40 شخصا.")
    events = _events(pipeline, text, published="2022-06-14")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_recent_event_named_by_a_definite_noun_and_a_relative_clause_stays_news(pipeline):
    text = "وارتفعت حصيلة التفجير الانتحاري الذي استهدف سوقا في مدينة الحلة يوم السبت إلى 40 قتيلا."
    (event,) = _events(pipeline, text, published="2022-06-14")
    assert event.sub_event_type == "Suicide bomb"


def test_a_long_interview_that_names_a_weekday_once_is_still_commentary(pipeline):
    # twenty-two sentences, twenty of them first-person answers; the weekday of one meeting is named in passing, and
    # the shelling the guest recalls, with no day of its own, is told to argue, not as news
    answers = [f"وفي المسألة رقم {i} نحن نرى أن الحل سياسي قبل كل شيء." for i in range(1, 21)]
    text = ("حوار مع وزير سابق عن مستقبل البلاد. "
            + " ".join(answers[:10])
            + " التقيت رئيس الحكومة يوم الخميس وتحدثنا طويلا. "
            + "وقد قصفت الطائرات مواقع المسلحين في مدينة الرمادي فتغيرت موازين القوى. "
            + " ".join(answers[10:]))
    assert not _events(pipeline, text, published="2022-06-14")


def test_a_short_report_built_around_a_question_on_a_weekday_stays_news(pipeline):
    text = ("سألنا أحد شيوخ العشائر عن الهجوم. ما الذي جرى فجر الأحد؟ "
            "هاجم مسلحون من داعش نقطة للحشد العشائري قرب قضاء الشرقاط وقتلوا ثلاثة مقاتلين. "
            "نحن نطالب بتعزيز القوات.")
    events = _events(pipeline, text, published="2022-06-14")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_campaign_told_as_continuing_beside_the_news_is_no_event(pipeline):
    # "while the air bombardment continues" / "with strikes continuing" is the setting of the news, not an event
    text = "قتل أربعة من رجال الشرطة في انفجار قنبلة في مدينة الموصل أمس، في وقت يستمر القصف الجوي لمواقع المسلحين."
    (event,) = _events(pipeline, text, published="2022-06-14")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    text = "وقال مدير الشرطة إن القوات تقدمت نحو مدينة الرمادي مع استمرار توجيه ضربات جوية لتجمعات المسلحين."
    assert not [e for e in _events(pipeline, text, published="2022-06-14") if e.sub_event_type == "Air/drone strike"]


def test_talks_between_leaders_are_no_agreement(pipeline):
    # a meeting of presidents or ministers signs nothing: ACLED's Agreement is a deal concluded (negotiations
    # between the sides of a conflict stay, as they were)
    assert not _events(pipeline, "أجرى رئيس الوزراء أمس محادثات مع نظيره الأردني في بغداد تناولت التعاون الاقتصادي.",
                       published="2022-06-14")
    assert not _events(pipeline, "وأجرى وزير الخارجية مباحثات في طهران أمس قبل وصوله إلى دمشق.", published="2022-06-14")


def test_an_event_in_a_country_beyond_the_region_is_placed_there(pipeline):
    # Afghanistan, Tunisia, Italy ... are countries of the gazetteer: a strike there is not put in Iraq by default
    (event,) = _events(pipeline, "قال الجيش الأمريكي أمس إن غارة جوية أمريكية في أفغانستان قتلت قياديا في تنظيم القاعدة.",
                       published="2022-06-14")
    assert event.location.country == "Afghanistan"
    (event,) = _events(pipeline, "اعتقلت الشرطة أمس شخصين في إيطاليا يشتبه في انتمائهما إلى تنظيم داعش.",
                       published="2022-06-14")
    assert event.location.country == "Italy"


def test_bodies_or_people_handed_over_are_no_transfer_of_territory(pipeline):
    # "handed over twenty bodies", "she was handed to the authorities": no ground changes hands
    text = "وقالت مصادر إن التنظيم سلم نحو عشرين جثة إلى دائرة الطب العدلي في مدينة الموصل أمس."
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Non-violent transfer of territory"]
    text = "وكانت المتهمة محتجزة لدى القوات الأجنبية وقد سلمت إلى السلطات في أربيل أمس."
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Non-violent transfer of territory"]
    # the blessing on the Prophet is no handover either
    assert not _events(pipeline, "وقال الخطيب إن النبي محمد صلى الله عليه وسلم دعا إلى الرحمة.")
    # a town handed over is
    (event,) = _events(pipeline, "سلم المسلحون بلدة العلم إلى القوات الحكومية أمس.")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_acts_of_violence_are_no_riot(pipeline):
    # "أعمال العنف" is violence in general (a UN tally, a statement of concern), not a violent demonstration
    assert not _events(pipeline, "وأعرب الاتحاد الأوروبي أمس عن قلقه إزاء أعمال العنف في جنوب شرق البلاد.")
    events = _events(pipeline, "أفادت مصادر أمنية أمس بمقتل خمسة مدنيين في أعمال عنف متفرقة في مدينة بعقوبة.")
    assert not [e for e in events if e.event_type == "Riots"]


def test_without_any_clash_is_a_denied_clash(pipeline):
    # "دون أن" (without) negates the event word it governs, as لم does
    text = "وانشق عشرات المقاتلين عن الجماعة أمس في مدينة الموصل من دون أن تحدث أي مواجهات مسلحة بين الطرفين."
    assert not [e for e in _events(pipeline, text) if e.status == "occurred"]


def test_a_call_dated_today_for_a_protest_on_a_coming_day_is_a_planned_protest_that_day(pipeline):
    text = ("دعت تنسيقيات الحراك في البصرة، اليوم الثلاثاء، إلى تظاهرة حاشدة أمام مبنى المحافظة يوم الجمعة المقبل "
            "للمطالبة بتحسين الكهرباء.")
    assert [(e.status, e.date.start) for e in _events(pipeline, text, "2023-07-04")] == [("planned", "2023-07-07")]


def test_tomorrow_and_the_day_after_are_days_ahead(pipeline):
    for text, day in (("دعا ناشطون في الناصرية إلى تظاهرة حاشدة بعد غد الخميس في ساحة الحبوبي.", "2023-07-06"),
                      ("دعا ناشطون في الناصرية إلى تظاهرة حاشدة غداً الأربعاء في ساحة الحبوبي.", "2023-07-05"),
                      ("Activists in Nasiriyah called for a protest in Haboubi Square tomorrow.", "2023-07-05")):
        assert [(e.status, e.date.start) for e in _events(pipeline, text, "2023-07-04")] == [("planned", day)], text


def test_a_bracketed_abbreviation_keeps_the_second_group_of_dead(pipeline):
    # "(IS)" after the group's name stands between its figure and "were killed" as the name does
    (event,) = _events(pipeline, "Three policemen and two Islamic State (IS) fighters were killed in a clash near "
                                 "Tuz Khurmatu on Sunday, the police said.")
    assert event.fatalities.best == 5


def test_the_attackers_counted_with_of_the_are_dead_too(pipeline):
    # "two of the attackers" is the second group of dead, not "an officer" named after the killing word
    (event,) = _events(pipeline, "Gunmen stormed a police post near Tarmiya on Monday, sparking a gun battle in which "
                                 "four policemen and two of the attackers were killed, an officer said.")
    assert event.fatalities.best == 6


def test_a_brief_covering_a_day_dates_its_items_on_that_day(pipeline):
    # a security brief issued on the 9th "covering 8 March": its undated items happened on the 8th
    (event,) = _events(pipeline, "DAILY SECURITY BRIEF – 9 MARCH 2021 (covering 8 March)\n"
                                 "Diyala – Baquba: Gunmen shot dead a shop owner in central Baquba in the evening.",
                       published="2021-03-09")
    assert event.date.start == "2021-03-08"


def test_used_is_a_past_tense(pipeline):
    # "used" (too short for the -ed rule) tells the past: the second item of a brief is an event, not a state
    events = _events(pipeline, "Gunmen killed a shop owner in Basra on Monday.\n"
                               "Police used tear gas to disperse protesters outside the governorate building in Kut.",
                     published="2020-07-14")
    assert any(e.sub_event_type == "Protest with intervention" for e in events)


def test_the_bomber_also_killed_adds_one_to_the_toll(pipeline):
    # ACLED counts the bomber: "The bomber was also killed" adds one to the soldiers killed, once
    (event,) = _events(pipeline, "A suicide bomber drove a car packed with explosives into an army checkpoint near "
                                 "Tikrit on Tuesday, killing four soldiers, officials said. The bomber was also killed.",
                       published="2019-05-08")
    assert event.fatalities.best == 5


def test_the_bomber_killed_two_sentences_on_is_the_other_side(pipeline):
    # a sentence between: the bomber's death is still the attacker's side, added to the victims' toll
    (event,) = _events(pipeline, "A suicide bomber drove a car packed with explosives into an army checkpoint near "
                                 "Tikrit on Tuesday, killing four soldiers, officials said.\nA doctor at the city "
                                 "hospital said the wounded were in stable condition on Wednesday. The bomber was "
                                 "also killed in the blast, which destroyed a guard post.",
                       published="2019-05-08")
    assert event.fatalities.best == 5


def test_militants_counted_by_a_plain_plural_are_the_other_side(pipeline):
    # "four militants" (no "the"): the attacking side's dead, added to the soldiers' dead of the next sentence
    (event,) = _events(pipeline, "Four militants were killed in clashes with army units near Tuz Khurmatu on "
                                 "Thursday, the army said.\nTwo soldiers were killed in the clashes.",
                       published="2021-03-05")
    assert event.fatalities.best == 6


def test_attackers_also_killed_are_added_once(pipeline):
    # the next sentence's "also" sums both sides already; the merge must not add the victims a second time
    (event,) = _events(pipeline, "Militants attacked an army post near Tarmiya late on Saturday, killing three "
                                 "soldiers, officers said.\nTwo of the attackers were also killed, and four soldiers "
                                 "were wounded, the officers said.", published="2020-05-03")
    assert event.fatalities.best == 5


def test_force_used_on_rioters_in_one_sentence_is_the_riot(pipeline):
    # rioters met with fire: ACLED codes one violent demonstration, the forces its other side, with its dead
    (event,) = _events(pipeline, "Protesters angry over water shortages set fire to the municipal building in Samawah "
                                 "on Tuesday, and one protester was killed when security forces opened fire, "
                                 "doctors said.", published="2023-08-09")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2.id == "iraq-security-forces"
    assert event.fatalities.best == 1


def test_drone_activity_is_no_strike(pipeline):
    # "drone activity" is a level of activity over weeks, not a strike
    assert not _events(pipeline, "Iranian drone activity stayed high along the border east of Penjwen this week.",
                       published="2022-08-29")


def test_what_an_event_came_as_is_its_background(pipeline):
    # "came as" sets the event against a background: the protests resuming are context, not an event told
    events = _events(pipeline, "Security forces fired live rounds at protesters in Nasiriyah on Friday, killing three, "
                               "a health official said.\nThe deaths came as demonstrations resumed in Baghdad and "
                               "across the south after a pause for the holidays.", published="2019-10-26")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_an_attack_foiled_with_attackers_killed_is_a_clash(pipeline):
    # forces that foil an infiltration by killing the infiltrators fought them: an armed clash, not disrupted weapons
    (event,) = _events(pipeline, "Iraqi border guards foiled an attempt by Islamic State militants to cross from Syria "
                                 "near al-Qaim on Saturday night, killing two of them, a security source said.",
                       published="2021-04-11")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.best == 2


def test_a_turkish_strike_with_no_target_named_is_coded_against_the_pkk(pipeline):
    # presumed_targets.tsv: Turkish strikes in northern Iraq are aimed at the PKK, in Sinjar at the YBS
    (event,) = _events(pipeline, "A Turkish drone struck a vehicle near the village of Sheladze in Duhok province on "
                                 "Friday, local officials said.", published="2023-06-10")
    assert event.actor1.id == "turkey-military" and event.actor2.id == "pkk"
    (event,) = _events(pipeline, "A Turkish drone struck a vehicle near Sinjar on Friday, local officials said.",
                       published="2023-06-10")
    assert event.actor2.id == "ybs"


def test_turkish_shelling_with_no_target_named_has_none(pipeline):
    # presumed_targets.tsv holds for air and drone strikes only: the gold files code Turkish artillery shelling told
    # with no target with none
    (event,) = _events(pipeline, "قصفت المدفعية التركية، صباح اليوم، أطراف قرى في ناحية كاني ماسي شمالي دهوك.",
                       published="2023-06-10")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.id == "turkey-military" and event.actor2 is None


def test_a_turkish_strike_keeps_the_target_the_text_names(pipeline):
    (event,) = _events(pipeline, "Turkish artillery shelled a village near Zakho on Friday, wounding two civilians, "
                                 "local officials said.", published="2023-06-10")
    assert event.actor2.id == "civilians"


def test_a_foreign_ministry_announcing_its_strike_claims_it(pipeline):
    # a foreign force's ministry announcing its own strike, as an armed group announcing its attack, claims it
    events = _events(pipeline, "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، استهداف مواقع لحزب العمال الكردستاني "
                               "بغارات جوية في منطقة متينا شمالي محافظة دهوك.", published="2022-06-14")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.status == "claimed"
    assert strike.actor1.id == "turkey-military"


def test_a_foreign_ministry_saying_its_forces_struck_claims_it(pipeline):
    (event,) = _events(pipeline, "Turkey's defence ministry said on Tuesday that its forces had killed four PKK "
                                 "militants in air strikes near Gara on Monday.", published="2022-06-14")
    assert event.status == "claimed" and event.actor1.id == "turkey-military"


def test_an_armed_group_saying_it_had_attacked_claims_it(pipeline):
    # "said it had attacked": the group speaks of its own deed, a claim
    (event,) = _events(pipeline, "The Islamic Resistance in Iraq said on Monday it had attacked Harir air base with "
                                 "two drones on Sunday night.", published="2023-11-14")
    assert event.status == "claimed"
    assert event.actor1.id == "islamic-resistance-in-iraq"


def test_the_launch_site_is_not_where_rockets_struck(pipeline):
    # "fired from X at Y": the strike happened at the target, not where the rockets were launched
    (event,) = _events(pipeline, "Three rockets were fired from farmland near Zummar on Monday night at a base "
                                 "housing U.S. troops in Syria's Hasakah province, officials said.",
                       published="2024-05-07")
    assert event.location.admin1_code == "SY-HA"


def test_a_crowd_that_disperses_of_itself_met_no_intervention(pipeline):
    events = _events(pipeline, "Hundreds of displaced families staged a sit-in outside the governorate building in "
                               "Duhok on Sunday and dispersed peacefully after three hours.", published="2023-03-06")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_who_before_an_event_verb_describes_people(pipeline):
    # "the fighters who liberated the city": a tribute names people by a past deed, no recapture told
    assert not _events(pipeline, "The governor laid a wreath in Mosul on Tuesday and praised the fighters who "
                                 "liberated the city from Daesh.", published="2019-07-10")


def test_a_third_person_named_after_the_dead_is_no_toll(pipeline):
    # "and a third lost a leg": the toll is the two killed, not the "a" before the ordinal
    (event,) = _events(pipeline, "On Saturday, two shepherds from Nukhaib were killed and a third lost an arm when "
                                 "their truck hit an old landmine in the desert, relatives said.",
                       published="2024-02-26")
    assert event.fatalities.best == 2


def test_a_toll_split_between_two_sides_is_not_added_again(pipeline):
    # "two PMF fighters and three gunmen were killed", then "leaving behind the bodies of three of its men":
    # the lead's toll counts both sides already; the attackers' dead told again are not added
    text = ("ديالى – قُتل مقاتلان من الحشد الشعبي وثلاثة من مسلحي تنظيم داعش، فجر اليوم، في هجوم شنّه التنظيم "
            "على نقطة للحشد قرب ناحية العظيم. "
            "وأوضح مصدر أن المهاجمين اشتبكوا مع عناصر النقطة قبل أن ينسحبوا تاركين خلفهم جثث ثلاثة من عناصرهم.")
    (event,) = _events(pipeline, text)
    assert event.fatalities.best == 5


def test_who_planted_the_bomb_told_after_the_blast_is_its_agent(pipeline):
    # "the source said the bomb was planted by ISIS members": the blast told before, with no agent, is theirs
    text = ("أصيب شرطيان بانفجار عبوة ناسفة استهدفت دورية في ناحية العظيم مساء أمس. "
            "وأضاف المصدر أن العبوة زرعها عناصر من داعش قرب جسر ترابي.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.id == "isis"


def test_a_state_force_announcing_infiltrators_killed_fought_them(pipeline):
    # "the border guards command announced that three ISIS members who tried to infiltrate were killed": the
    # command's men killed them; the infiltrators are the other side, not the agent of a one-sided event
    text = ("أعلنت قيادة قوات الحدود، مساء الجمعة، مقتل ثلاثة من عناصر داعش حاولوا التسلل عبر الشريط "
            "الحدودي قرب قضاء الرطبة.")
    (event,) = _events(pipeline, text)
    assert event.event_type == "Battles"
    assert (event.actor1.id, event.actor2.id) == ("iraq-border-guards", "isis")


def test_a_place_told_in_the_sentence_wins_over_the_dateline_in_the_clause(pipeline):
    # "BAGHDAD – the CTS announced the arrest of an ISIS leader, in a raid carried out in the Rawa desert west of
    # Anbar": Baghdad is where the report was filed, the raid was in Anbar
    text = ("بغداد – أعلن جهاز مكافحة الإرهاب، اليوم الأحد، إلقاء القبض على قيادي بارز في عصابات داعش الإرهابية، "
            "في عملية نفذت فجر اليوم في صحراء راوة غربي الأنبار.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Arrests"
    assert event.location.admin1_code == "IQ-AN"


def test_a_foreign_ministry_announcing_militants_neutralised_by_strikes_struck_them(pipeline):
    # "the Turkish defence ministry announced it 'neutralised' three PKK militants with air strikes": the ministry's
    # forces struck them
    text = ("أعلنت وزارة الدفاع التركية، اليوم الخميس، «تحييد» ثلاثة من مسلحي حزب العمال الكردستاني بغارات جوية "
            "على منطقة حفتانين شمالي محافظة دهوك.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Air/drone strike"
    assert (event.actor1.id, event.actor2.id) == ("turkey-military", "pkk")


def test_strikes_a_source_did_not_confirm_are_no_event(pipeline):
    # "coalition aircraft flew over the area during the fighting, without him confirming any air strikes"
    text = ("وقال المصدر إن اشتباكات اندلعت بين الجيش وعناصر داعش قرب ناحية جلولاء مساء أمس. "
            "وأضاف أن طيران التحالف الدولي حلّق فوق المنطقة خلال المواجهات، من دون أن يؤكد تنفيذ ضربات جوية.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Armed clash"


def test_a_unit_belonging_to_a_force_that_defuses_bombs_is_that_force(pipeline):
    # "an engineering detachment belonging to the army defused two bombs": تابعة names the unit's owner, who
    # acted, not a target (as in "a patrol belonging to the army was hit")
    text = "تمكنت مفرزة هندسية تابعة للجيش العراقي، صباح اليوم، من تفكيك عبوتين ناسفتين قرب ناحية قره تبه."
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.id == "iraq-army"


def test_the_doer_named_after_qiyam_in_a_denied_report_is_the_agent(pipeline):
    # "the company denied reports of gunmen kidnapping two engineers": قيام names who did the deed denied
    text = ("نفت شركة النفط، اليوم السبت، صحة ما تداولته صفحات على مواقع التواصل عن قيام مسلحين مجهولين "
            "باختطاف مهندسين اثنين قرب قضاء الزبير.")
    (event,) = _events(pipeline, text)
    assert event.status == "denied"
    assert event.actor1.id == "unidentified-gunmen"


def test_a_riot_told_again_by_the_police_as_rioters_is_one_riot(pipeline):
    # "angry protesters set fire to the electricity office ... The police said the 'rioters' also burned a car":
    # the crowd is called protesters, then rioters; one riot, as ACLED names any rioting crowd rioters
    text = ("أضرم محتجون غاضبون من انقطاع الكهرباء، مساء أمس، النار في مبنى دائرة الكهرباء في قضاء الشامية "
            "ورشقوا عناصر الحماية بالحجارة. "
            "وقالت الشرطة في بيان إن مثيري الشغب أحرقوا أيضاً سيارة حكومية كانت مركونة في باحة المبنى.")
    (event,) = _events(pipeline, text)
    assert event.event_type == "Riots"
    assert event.location.admin1_code == "IQ-QA"  # "باحة" (a courtyard) is no Saudi province


def test_a_protest_called_for_the_day_after_tomorrow_is_planned(pipeline):
    # "the coordination committees called for a mass protest the day after tomorrow, Thursday": a day ahead, not
    # last Thursday
    text = "ودعت تنسيقيات الحراك إلى تظاهرة حاشدة بعد غد الخميس في ساحة الاعتصام وسط مدينة الكوت."
    (event,) = _events(pipeline, text, published="2019-11-05")
    assert event.status == "planned"
    assert event.date.start == "2019-11-07"


def test_a_hideout_destroyed_by_a_strike_is_the_strikes_result(pipeline):
    # "the strike carried out last night destroyed the hideout and killed four terrorists": the hideout's
    # destruction is what the strike did, no seizure of its own
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الاثنين، أن طائرات القوة الجوية نفذت ضربة جوية استهدفت وكراً لداعش "
            "في وادي الشاي ضمن قاطع قضاء داقوق. وقال البيان إن «الضربة التي نُفذت مساء أمس الأحد أسفرت عن تدمير "
            "الوكر بالكامل وقتل ما بين ثلاثة إلى خمسة إرهابيين كانوا يتخذونه مأوى لهم».")
    (event,) = _events(pipeline, text, published="2020-11-16")
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities.best == 3


def test_an_arrest_raid_that_also_seized_guns_is_an_arrest(pipeline):
    # "a raid that led to the arrest of four suspects and the seizure of guns in their possession": the arrest is
    # the news; small arms found on those arrested come with it (explosives seized stay a seizure)
    text = ("وأعلنت قيادة الشرطة أن مفارزها نفذت فجر اليوم عملية دهم في قضاء القرنة أسفرت عن اعتقال أربعة من "
            "المتورطين في النزاع، وضبط أسلحة بحوزتهم.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Arrests"


def test_a_rising_toll_that_opens_the_article_tells_the_event(pipeline):
    # "medical sources reported the number of protesters who died by the security forces' bullets ... on Saturday
    # evening rose to four": the deed in the relative clause is the article's news, not a recalled event
    text = ("أفادت مصادر طبية في البصرة، اليوم الأحد، بارتفاع عدد المتظاهرين الذين قضوا برصاص القوات الأمنية "
            "قرب ساحة البحرية وسط المدينة، مساء السبت، إلى أربعة قتلى.")
    (event,) = _events(pipeline, text, published="2019-11-10")
    assert event.fatalities.best == 4
    assert event.date.start == "2019-11-09"


def test_killers_who_fled_to_an_unknown_place_abducted_no_one(pipeline):
    # "the culprits fled to an unknown destination": جهة مجهولة after fleeing is where the killers went, not where
    # a captive was taken
    text = ("اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء أمس، ناشطاً مدنياً أمام منزله وسط مدينة الكوت، "
            "مستخدمين مسدسات كاتمة. وقال مصدر في قيادة شرطة واسط إن الناشط أصيب بثلاث طلقات وفارق الحياة قبل "
            "وصوله إلى المستشفى، فيما لاذ الجناة بالفرار إلى جهة مجهولة، مضيفاً أن فريقاً من الأدلة الجنائية باشر "
            "برفع آثار الجريمة.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Attack"


def test_a_source_accusing_a_group_of_the_attack_told_before_names_its_agent(pipeline):
    # "the source accused ISIS of being behind the attack": the suicide bombing told before, with no agent, is ISIS's
    text = ("قُتل ثلاثة مقاتلين بتفجير انتحاري استهدف نقطة تفتيش للحشد الشعبي قرب ناحية النخيب مساء أمس. "
            "واتهم المصدر تنظيم داعش بالوقوف وراء الهجوم.")
    (event,) = _events(pipeline, text)
    assert event.actor1.id == "isis"


def test_a_force_a_strike_was_coordinated_with_is_no_side_of_it(pipeline):
    # "coalition aircraft carried out, in coordination with the Peshmerga command, an air strike on the valley
    # the attackers had withdrawn to": the Peshmerga helped; ISIS's men were hit
    text = ("وأضاف البيان أن طائرات التحالف الدولي نفّذت، فجر اليوم، وبالتنسيق مع قيادة البيشمركة، ضربة جوية "
            "على الوادي الذي انسحب إليه المهاجمون قرب قضاء مخمور، أسفرت عن مقتل ثلاثة منهم.")
    (event,) = _events(pipeline, text)
    assert event.actor1.id == "coalition"
    assert event.actor2 is None or event.actor2.id != "peshmerga"


def test_state_forces_taking_ground_regain_it(pipeline):
    # a takeover verb with the army as its subject is ground the government regained
    text = "سيطرت قوات الجيش العراقي صباح اليوم على قرية البو جليب شرقي الرمادي بعد اشتباكات مع عناصر تنظيم داعش."
    (event,) = _events(pipeline, text, "2015-07-21")
    assert (event.sub_event_type, event.actor1.id) == ("Government regains territory", "iraq-army")


def test_a_rebel_group_regaining_ground_overtakes_it(pipeline):
    # "استعاد السيطرة" with the group as its subject: a non-state takeover, not the government's
    text = "وقال مصدر أمني إن تنظيم داعش استعاد السيطرة على حي الصناعي في مدينة بيجي."
    (event,) = _events(pipeline, text, "2015-08-03")
    assert (event.sub_event_type, event.actor1.id) == ("Non-state actor overtakes territory", "isis")


def test_car_bombs_destroyed_before_use_are_disrupted(pipeline):
    # the car bombs are the object of "destroyed": stopped, not set off
    text = "ودمرت قوات البيشمركة ثلاث سيارات مفخخة لتنظيم داعش قبل وصولها الى خط الصد في قضاء سنجار."
    (event,) = _events(pipeline, text, "2015-07-24")
    assert (event.sub_event_type, event.actor1.id) == ("Disrupted weapons use", "peshmerga")
    # a vehicle destroyed with a bomb (the instrument's ب) was hit by it
    text = "تم تدمير عجلة عسكرية للجيش بعبوة ناسفة على طريق بيجي مما أدى الى مقتل جنديين."
    (event,) = _events(pipeline, text, "2015-07-24")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_booby_trapped_houses_defused_are_disrupted(pipeline):
    text = "تمكنت قوة من الجيش العراقي من تفكيك عشرين منزلا مفخخا في منطقة البوفراج شمال الرمادي."
    (event,) = _events(pipeline, text, "2015-07-24")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_country_named_as_the_scene_wins_over_the_place_told_before(pipeline):
    text = ("انفجرت عبوة ناسفة في قضاء الدبس أمس. "
            "وفي سياق آخر، قتل خمسة أشخاص في غارة شنتها طائرة مسيرة في اليمن مساء السبت.")
    strike = next(e for e in _events(pipeline, text, "2015-07-24") if e.sub_event_type == "Air/drone strike")
    assert strike.location.country == "Yemen"
    # a country named as a party places nothing
    text = "انفجرت عبوة ناسفة في قضاء الدبس أمس. وقال حزب العمال الكردستاني إن الهدنة مع تركيا انتهت بعد الهجمات."
    assert all(e.location.country == "Iraq" for e in _events(pipeline, text, "2015-07-24"))


def test_a_bare_police_or_army_abroad_is_that_country_s(pipeline):
    text = ("انفجرت عبوة ناسفة في قضاء الدبس أمس. "
            "وفي سياق منفصل، اعتقلت الشرطة ثلاثة أشخاص بتونس يشتبه بانتمائهم لتنظيم داعش.")
    arrest = next(e for e in _events(pipeline, text, "2015-07-24") if e.sub_event_type == "Arrests")
    assert arrest.location.country == "Tunisia" and arrest.actor1.country != "Iraq"
    (event,) = _events(pipeline, "قتل جنديان في هجوم على نقطة للجيش في ولاية ماردين التركية.", "2015-07-24")
    assert "turkey-military" in (event.actor1.id, event.actor2 and event.actor2.id)


def test_a_site_s_tag_line_tells_no_event(pipeline):
    assert _events(pipeline, "الوسوم تظاهرات البصرة الكهرباء", "2015-07-31") == ()
    assert _events(pipeline, "Tags: Iraq protests Basra", "2015-07-31") == ()


def test_a_sentence_opening_on_kana_recalls_a_day_over_a_month_old(pipeline):
    text = "وكان التفجير الأول في سوق شعبي بمدينة الحلة يوم 12 يونيو، وأدى إلى مقتل سبعة أشخاص."
    assert _events(pipeline, text, "2015-08-10") == ()
    # a recent day told after كان is still news
    text = "وكان انفجار عبوة ناسفة في سوق شعبي بمدينة الحلة يوم السبت أدى إلى مقتل سبعة أشخاص."
    assert [e.date.start for e in _events(pipeline, text, "2015-08-10")] == ["2015-08-08"]


def test_a_reconnaissance_plane_found_is_no_strike(pipeline):
    text = "وعثرت شرطة محافظة المثنى، أمس، على طائرة استطلاع أمريكية الصنع سقطت في بادية السماوة."
    assert _events(pipeline, text, "2015-07-21") == ()
    # one that strikes or is shot down still tells its event
    text = "قصفت طائرة استطلاع تابعة للتحالف موقعا لتنظيم داعش في قضاء الحويجة أمس."
    assert [e.sub_event_type for e in _events(pipeline, text, "2015-07-21")] == ["Air/drone strike"]


def test_a_mined_car_attack_is_a_bombing(pipeline):
    # "ملغومة" (mined) is "مفخخة": an attack with a car bomb is a bombing, not a clash
    text = "وأعلن تنظيم داعش مسؤوليته عن هجوم بسيارة ملغومة أوقع 40 قتيلا في سوق شمالي مدينة بعقوبة."
    (event,) = _events(pipeline, text, "2015-08-10")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_two_bodies_found_are_no_seizure(pipeline):
    # the dual "جثتي" after a finding word: bodies found, not weapons seized
    text = "من جهة أخرى، عثر على جثتي شابين مقتولين بالرصاص في حي الدورة جنوبي بغداد أمس."
    events = _events(pipeline, text, "2015-07-22")
    assert events and all(e.sub_event_type != "Disrupted weapons use" for e in events)


def test_cars_destroyed_in_a_blast_are_the_blast_s_damage(pipeline):
    # the bombs come after the blast word: they went off, nothing was seized
    text = "وقال شهود عيان إن خمس سيارات تعود لناشطين في الحركة دمرت صباح أمس الأحد في انفجار عبوات ناسفة في شمال المدينة."
    assert [e.sub_event_type for e in _events(pipeline, text, "2015-07-20")] == ["Remote explosive/landmine/IED"]


def test_a_country_scene_lends_a_weak_event_word_no_support(pipeline):
    text = ("انفجرت عبوة ناسفة في قضاء الدبس أمس. "
            "وقال النائب إنه لا يفهم لماذا لا نرى تظاهرة في لبنان ضد الفساد.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2015-07-22")] == ["Remote explosive/landmine/IED"]


def test_the_group_after_an_expelling_word_is_its_object(pipeline):
    # "طرد تنظيم داعش": ISIS was expelled, the forces before did it
    text = "وتمكنت القوات الأمنية أمس من طرد تنظيم داعش من قرية البو شجل شمال الفلوجة."
    (event,) = _events(pipeline, text, "2015-07-22")
    assert (event.sub_event_type, event.actor1.id) == ("Government regains territory", "iraq-security-forces")


def test_a_feud_within_one_clan_has_clan_militias_on_both_sides(pipeline):
    # a clan feud names one clan (two of its families or branches): both sides are still clan militias
    (event,) = _events(pipeline, "قتل ثلاثة أشخاص مساء أمس بنزاع عشائري اندلع بين أسرتين من عشيرة واحدة في ناحية السلام جنوبي ميسان.")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1.id, event.actor2.id) == ("clan-militia", "clan-militia")


def test_arrests_after_a_clan_feud_hold_its_fighters(pipeline):
    text = ("قتل ثلاثة أشخاص مساء أمس بنزاع عشائري اندلع بين أسرتين من عشيرة واحدة في ناحية السلام جنوبي ميسان. "
            "وقال مصدر في الشرطة إن قوة أمنية تدخلت وتمكنت صباح اليوم من اعتقال خمسة من المتورطين.")
    arrest = next(e for e in _events(pipeline, text) if e.sub_event_type == "Arrests")
    assert arrest.actor2 is not None and arrest.actor2.id == "clan-militia"


def test_an_ambush_of_a_group_is_laid_by_it(pipeline):
    # "بكمين لداعش": the group after the ambush noun laid it; "نصب كمينا لـ": the ambush was laid for that side
    (event,) = _events(pipeline, "قتل أربعة من عناصر الحشد الشعبي، مساء أمس، بكمين لداعش في وادي الشاي جنوبي كركوك.")
    assert (event.actor1.id, event.actor2.id) == ("isis", "pmf")
    (event,) = _events(pipeline, "نصب داعش كمينا لعناصر الحشد الشعبي مساء أمس في وادي الشاي جنوبي كركوك.")
    assert (event.actor1.id, event.actor2.id) == ("isis", "pmf")


def test_a_bomb_found_and_its_planters_arrested_later_are_two_events(pipeline):
    text = ("تمكنت مفارز الشرطة صباح يوم الأحد من العثور على عبوة ناسفة مخبأة داخل كيس قرب مدرسة في حي النصر بمدينة الحلة. "
            "وبعد متابعة الكاميرات، ألقت الشرطة مساء اليوم ذاته القبض على شخصين يشتبه بزرعهما العبوة.")
    kinds = sorted(e.sub_event_type for e in _events(pipeline, text))
    assert kinds == ["Arrests", "Disrupted weapons use"]


def test_a_suicide_bomber_is_of_the_one_group_the_article_names(pipeline):
    text = ("فجر انتحاري يرتدي حزاما ناسفا نفسه، مساء أمس، وسط تجمع للمدنيين في سوق بقضاء طوزخورماتو، ما أدى إلى مقتل خمسة أشخاص. "
            "ويأتي الهجوم بعد أسبوع من إعلان القوات الأمنية تفكيك خلية لداعش في المنطقة.")
    bombing = next(e for e in _events(pipeline, text) if e.sub_event_type == "Suicide bomb")
    assert bombing.actor1 is not None and bombing.actor1.id == "isis"
    # no group named: no perpetrator filled in
    (bombing,) = _events(pipeline, text.split(". ")[0] + ".")
    assert bombing.actor1 is None


def test_car_bombs_set_off_by_suicide_bombers_are_suicide_bombings(pipeline):
    (event,) = _events(pipeline, "فجر انتحاريون ثلاث عجلات مفخخة على رتل للجيش قرب حي الزهراء في الموصل مساء أمس.")
    assert event.sub_event_type == "Suicide bomb"


def test_a_civilian_wounded_far_before_the_blast_word_is_its_target(pipeline):
    (event,) = _events(pipeline, "أصيب سائق حافلة صغيرة بجروح في يده اليسرى، مساء أمس الجمعة، إثر انفجار عبوة لاصقة وضعت تحت مقعده في حي الجهاد ببغداد.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_a_party_named_after_a_quarter_word_is_the_neighbourhood(pipeline):
    # "حي العمال" (the Workers' quarter) names a neighbourhood: no civilians were the clash's other side
    (event,) = _events(pipeline, "قتل شرطي، فجر اليوم، خلال اشتباك مسلح مع مطلوبين في حي العمال بمدينة الكوت.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is None or event.actor2.id != "civilians"


def test_a_group_denying_its_men_fired_past_a_particle_is_the_denied_agent(pipeline):
    (event,) = _events(pipeline, "نفت وحدات مقاومة سنجار أن يكون مقاتلوها قد أطلقوا النار على قوة من الجيش العراقي في ناحية سنوني يوم الاثنين.")
    assert event.status == "denied"
    assert (event.actor1.id, event.actor2.id) == ("ybs", "iraq-army")


def test_forces_stationed_where_an_attack_hit_are_its_target_not_a_new_base(pipeline):
    (event,) = _events(pipeline, "سقطت ثلاثة صواريخ مساء أمس على مطار أربيل الدولي، حيث تتمركز قوات التحالف الدولي.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 is None and event.actor2.id == "coalition"
    events = _events(pipeline, "تبنت جماعة مسلحة هجوما بطائرة مسيرة على مطار أربيل الدولي ليل الأربعاء، حيث تتمركز قوات التحالف الدولي.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_claim_dated_today_of_an_attack_told_yesterday_is_dated_yesterday(pipeline):
    # "تبنت ..، اليوم الثلاثاء، الهجوم الذي استهدف مساء أمس": the Tuesday is the claim's, the attack was on Monday
    (event,) = _events(pipeline, "تبنت جماعة سرايا أولياء الدم، اليوم الثلاثاء، الهجوم الصاروخي الذي استهدف مساء أمس قاعدة عسكرية قرب مطار أربيل.",
                       published="2021-02-16")
    assert event.status == "claimed" and event.date.start == "2021-02-15"


def test_a_claim_day_before_the_deed_without_a_relative_is_the_claims(pipeline):
    # no relative pronoun after the event word: the later, earlier-or-same day still dates the deed claimed
    (event,) = _events(pipeline, "تبنت جماعة مسلحة في بيان نشرته على الإنترنت أمس إطلاق صاروخين على قاعدة عسكرية في الناصرية مساء أول من أمس.",
                       published="2010-05-20")
    assert event.status == "claimed" and event.date.start == "2010-05-18"
    (event,) = _events(pipeline, "تبنى تنظيم مسلح، اليوم الخميس، هجوماً بسيارة مفخخة قال إنه استهدف أمس الأربعاء تجمعاً للجيش قرب بيجي.",
                       published="2016-03-10")
    assert event.status == "claimed" and event.date.start == "2016-03-09"


def test_our_men_in_a_statement_are_its_issuer(pipeline):
    text = ("بيان صادر عن المقاومة الإسلامية – كتائب حزب الله\n"
            "استهدف مجاهدونا مساء يوم الجمعة قاعدة عين الأسد في الأنبار بطائرتين مسيرتين.")
    (event,) = _events(pipeline, text, published="2024-01-21")
    assert event.actor1 is not None and event.actor1.id == "kataib-hezbollah"
    assert event.status == "claimed"


def test_our_posts_hit_in_a_statement_are_its_issuer(pipeline):
    # the statement's own positions told after the event word were attacked: the issuer is the side hit
    text = ("بيان صادر عن الحشد العشائري في الأنبار\n"
            "شنت عصابات داعش الإرهابية فجر اليوم هجوماً بالأسلحة الخفيفة على مواقعنا قرب قرية البو عيثة شمالي الرمادي، "
            "وتصدى لها الأبطال.")
    (event,) = _events(pipeline, text, published="2019-05-05")
    assert event.actor1.id == "isis" and event.actor2 is not None and event.actor2.id == "tribal-mobilization"


def test_an_armed_group_telling_its_fighters_attack_claims_it(pipeline):
    (event,) = _events(pipeline, "أعلنت قوات الدفاع الشعبي في بيان اليوم أن مقاتليها هاجموا يوم الأحد موقعا للجيش التركي في منطقة الزاب.")
    assert event.status == "claimed" and event.actor1.id in ("pkk", "hpg")
    # an Iraqi body telling its own forces' operation states a fact
    (event,) = _events(pipeline, "أعلنت قيادة عمليات نينوى أن قواتها هاجمت مساء أمس وكرا لداعش في صحراء الحضر.")
    assert event.status == "occurred"


def test_a_month_of_people_held_told_before_the_verb_is_a_tally(pipeline):
    result = pipeline.extract(Article(text="قال مسؤول محلي إن أكثر من ثلاثين شابا اعتقلوا خلال الشهر الجاري في قضاء الحويجة.",
                                      published="2023-10-30"))
    assert not result.events and len(result.claims) == 1 and result.claims[0].count.low == 31


def test_an_execution_verb_counts_the_executed(pipeline):
    (event,) = _events(pipeline, "أعدم مسلحو داعش خمسة مدنيين رميا بالرصاص في قضاء الحويجة أمس.")
    assert event.fatalities is not None and event.fatalities.best == 5


def test_event_told_after_days_since_is_background(pipeline):
    # "days/weeks after", "since a" introduce the earlier event the news follows: the event words after the cue are
    # background, the news before it stands
    events = _events(pipeline, "Gunmen killed two shepherds near Tarmiyah on Saturday, police said.\nThe attack came "
                               "days after militants killed four soldiers in an ambush north of Baghdad.",
                     published="2021-05-16")
    assert [e.fatalities.best for e in events] == [2]
    events = _events(pipeline, "Militia leaders have hardened their stance since a drone strike killed two of their "
                               "commanders near Jurf al-Sakhar on May 2.", published="2021-05-16")
    assert not events
    (event,) = _events(pipeline, "A roadside bomb wounded three soldiers in Tarmiyah on Saturday, weeks after a "
                                 "similar blast killed a police officer there.", published="2021-05-16")
    assert event.fatalities is None or not event.fatalities.best


def test_toll_since_it_began_is_a_running_total(pipeline):
    # "since it began" counts over the whole campaign: no event of its own
    events = _events(pipeline, "Security forces fired tear gas at protesters in Nasiriyah on Sunday, wounding ten.\n"
                               "More than 300 people have been killed since it began, according to a rights group "
                               "tally.", published="2019-12-02")
    assert [e.event_type for e in events] == ["Protests"]


def test_companion_named_after_and_is_counted(pipeline):
    # "a commander and his driver" are two dead: a possessive companion noun after "and" counts one more
    (event,) = _events(pipeline, "A Turkish drone struck a car near Sinuni on Tuesday, killing a local PKK commander "
                                 "and his driver, a mayor said.", published="2021-08-18")
    assert event.fatalities.best == 2


def test_fire_that_broke_out_is_an_accident(pipeline):
    # a fire that "broke out" has no doer told: an accident, not an attack on the people it hurt
    assert not _events(pipeline, "A fire broke out on Sunday in a camp for displaced families near Amiriyat "
                                 "al-Fallujah, burning 12 tents, camp managers said.", published="2021-07-12")
    assert not _events(pipeline, "A blaze broke out at a hospital in Hilla on Sunday, killing six patients, "
                                 "health officials said.", published="2021-07-12")


def test_launch_site_alone_is_not_where_a_strike_happened(pipeline):
    # a follow-up telling only where rockets were fired from joins the strike told before, at its landing place
    events = _events(pipeline, "Two rockets hit the Green Zone in Baghdad on Monday night, officials said.\n"
                               "Officials said four Katyusha rockets were fired from the direction of the "
                               "Zafaraniya neighborhood south of the capital.", published="2021-06-15")
    assert [e.location.admin2 for e in events] == ["Al-Karkh"]


def test_reporters_a_source_talks_to_are_no_side(pipeline):
    # "not authorized to talk to reporters": the source's audience is wire boilerplate, not the victims
    (event,) = _events(pipeline, "Gunmen shot dead a shop owner in Khalis on Monday, a police officer said, speaking "
                                 "on condition of anonymity because he was not authorized to talk to reporters.",
                       published="2021-05-18")
    assert event.actor2 is None or event.actor2.id != "journalists"


def test_towns_naming_a_road_do_not_place_a_follow_up(pipeline):
    # "the Basra-Amara road" runs between two towns: its name tells no district, so the follow-up that names it
    # joins the clash told before instead of standing apart in the road's first town
    events = _events(pipeline, "Three people were wounded in an armed clash between two clans in the Huwair area "
                               "north of Basra on Sunday, police said.\nThe quarrel, which started over farmland, "
                               "turned into an exchange of fire that lasted two hours and forced the closure of the "
                               "Basra-Amara road.", published="2023-03-13")
    assert [e.location.admin2 for e in events] == ["Al-Midaina"]


def test_pledged_deed_is_not_told_as_done(pipeline):
    # "pledged to", "vowed to" tell a deed not yet done
    events = _events(pipeline, "The provincial police chief has pledged to seize medium and heavy weapons held by "
                               "clans in the northern districts.", published="2024-05-22")
    assert all(e.status != "occurred" for e in events)
    events = _events(pipeline, "The militia vowed to strike U.S. bases in Anbar if the raids go on.",
                     published="2024-05-22")
    assert all(e.status != "occurred" for e in events)


def test_attacks_suspended_are_no_attack(pipeline):
    # "announced a suspension of its attacks", "a halt to attacks": the attacks are named to be stopped, not told
    assert not _events(pipeline, "Harakat al-Nujaba on Sunday announced a suspension of its attacks on U.S. forces "
                                 "in Iraq.", published="2024-02-05")
    assert not _events(pipeline, "The group declared a halt to attacks on U.S. bases in Anbar on Sunday.",
                       published="2024-02-05")


def test_two_sides_dead_told_in_two_passives_are_summed(pipeline):
    # "one soldier was killed and four militants died": the dead of both sides of one fight, joined by "and"
    (event,) = _events(pipeline, "Iraqi troops fought off an attack by Islamic State militants near Tarmiyah on "
                                 "Saturday night; one soldier was killed and four militants died in the fighting.",
                       published="2021-03-15")
    assert event.fatalities.best == 5
    # not the wounded told the same way
    (event,) = _events(pipeline, "Iraqi troops fought off an attack by Islamic State militants near Tarmiyah on "
                                 "Saturday night; one soldier was killed and four others were wounded.",
                       published="2021-03-15")
    assert event.fatalities.best == 1


def test_service_members_are_victims_counted_with_others(pipeline):
    # "service members" is a victim noun: "two U.S. service members and a Polish soldier" are three dead
    (event,) = _events(pipeline, "Rockets struck a base near Balad on Monday, killing two U.S. service members and a "
                                 "Polish soldier.", published="2021-05-18")
    assert event.fatalities.best == 3


def test_place_of_an_event_told_after_days_since_is_not_the_news_place(pipeline):
    # the protest is called in Baghdad; the airport belongs to the earlier strike told after "weeks after"
    (event,) = _events(pipeline, "The cleric on Monday called for a mass sit-in in Baghdad on Friday, weeks after a "
                                 "drone strike at Baghdad airport killed two militia commanders.",
                       published="2020-02-03")
    assert event.location.admin2 is None


def test_english_town_measured_from_is_a_landmark(pipeline):
    # "some 30 km south of Rutba": with no finer place told, the town measured from places the event (a landmark,
    # as "west of Kirkuk" is), not nothing
    (event,) = _events(pipeline, "Two shepherds were killed on Monday when a landmine exploded in the desert some "
                                 "30 km south of Rutba, a local official said.", published="2021-02-16")
    assert event.location.admin2 == "Al-Rutba"


def test_direction_of_the_city_of_is_a_landmark(pipeline):
    # "south of the northern city of Kirkuk" places the attack near Kirkuk, perhaps in the next district: the
    # follow-up that names the village joins it
    events = _events(pipeline, "Islamic State militants attacked an army checkpoint south of the northern city of "
                               "Kirkuk overnight, killing six soldiers, officials said on Sunday.\nThe militants opened "
                               "fire on the checkpoint in a farming area of Rashad, and the fighting lasted for two "
                               "hours, one of the officials said.", published="2021-09-05")
    assert len(events) == 1


def test_the_same_area_is_the_last_event_place(pipeline):
    # "in the same area" points back to where the event before happened, even when the sentence between named
    # places in two governorates
    events = _events(pipeline, "Islamic State militants attacked an army post near Tuz Khurmatu overnight, killing "
                               "two soldiers, officials said on Tuesday.\nThe attackers fled toward the hills "
                               "between Salahuddin and Diyala provinces.\nLater, Iraqi jets struck three militant "
                               "hideouts in the same area, the military said.", published="2022-09-06")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.location.admin1_code for e in strikes] == ["IQ-SD"]


def test_same_kind_told_elsewhere_after_while_is_its_own_event(pipeline):
    # "..., while demonstrators in Basra ...": the same kind of event in another governorate is another event
    events = _events(pipeline, "Angry protesters stormed the governorate building in Kut on Friday, while "
                               "demonstrators in Diwaniyah set fire to tyres and blocked the main road, police said.",
                     published="2019-10-05")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-QA", "IQ-WA"]


def test_backshifted_had_after_said_is_news(pipeline):
    # "said on Monday they had arrested": reported speech moves the verb back a tense; the arrest is today's news
    (event,) = _events(pipeline, "Police in Babil said on Monday they had arrested four suspected Islamic State members "
                                 "in a raid near Jurf al-Nasr.", published="2020-08-03")
    assert event.sub_event_type == "Arrests"
    assert event.status == "occurred"


def test_month_of_a_compared_figure_is_not_the_tally_month(pipeline):
    # "31 attacks ..., fewer than the 35 recorded in April": April dates the figure compared with, not the tally,
    # whose own period this sentence does not tell
    claims = pipeline.extract(Article(text="Militant activity in Iraq stayed low in May. We recorded 31 attacks "
                                           "claimed by the group, slightly fewer than the 35 recorded in April.",
                                      published="2022-06-05")).claims
    assert [c.date for c in claims] == [None]


def test_toll_of_a_month_of_operations_is_no_event(pipeline):
    # "killed more than 30 militants during May in operations across the country": a month's toll, no one event
    events = _events(pipeline, "Iraqi forces killed more than 30 Islamic State militants during May in operations "
                               "across the country, a military spokesman said on Wednesday.", published="2022-05-31")
    assert not events


def test_blame_of_earlier_attacks_is_not_the_last_event_agent(pipeline):
    # officials blaming factions for attacks "since 2021" blame those, not the strike just told
    events = _events(pipeline, "A drone struck an oil storage tank at a refinery near Koya on Thursday night, "
                               "officials said.\nThe refinery has been hit several times by rockets since 2021, with "
                               "Kurdish officials blaming armed factions close to Iran.", published="2024-06-28")
    assert [e.actor1 for e in events] == [None]


def test_joint_subjects_are_one_side(pipeline):
    # "Police and army units arrested six suspects": both did the arrest; the first named is actor1, the other is
    # not the one arrested
    (event,) = _events(pipeline, "Police and army units arrested six suspects in Qurna on Tuesday.",
                       published="2024-05-22")
    assert event.actor1.id == "iraq-police"
    assert event.actor2 is None or event.actor2.id not in ("iraq-army", "iraq-police")


def test_figure_after_a_joined_verbal_noun_is_no_more_dead(pipeline):
    # "وتدمير أربع مضافات", "واعتقال ثلاثة": what else the operation did, not a second group of dead
    (event,) = _events(pipeline, "نفذت قوة من الجيش أمس عملية في قضاء بلد، أسفرت عن مقتل إرهابيين اثنين وتدمير أربع مضافات.")
    assert event.fatalities.best == 2
    (event,) = _events(pipeline, "اشتبكت قوة من الشرطة أمس مع مسلحين في قضاء بلد، ما أسفر عن مقتل اثنين منهم واعتقال ثلاثة آخرين.")
    assert event.fatalities.best == 2


def test_one_of_them_counts_one_dead(pipeline):
    (event,) = _events(pipeline, "اشتبكت قوة من الشرطة أمس مع مسلحين في قضاء بلد، فقتل أحدهم وفر الآخرون.")
    assert event.fatalities.best == 1
    (event,) = _events(pipeline, "اشتبكت قوة من الشرطة أمس مع مهربين في قضاء بلد، ما أسفر عن مقتل أحدهم.")
    assert event.fatalities.best == 1


def test_one_of_them_in_the_lead_is_the_man_the_body_names(pipeline):
    # the lead's "killed one of them" and the statement's "one of the terrorists killed" are one man, not two sides
    (event,) = _events(pipeline, "أعلنت قيادة حرس الحدود اليوم أن قطعاتها أحبطت محاولة تسلل لعناصر من تنظيم داعش قرب "
                                 "قضاء القائم أمس وقتلت أحدهم. وأوضحت القيادة أن قطعاتها اشتبكت مع المتسللين، ما أدى "
                                 "إلى مقتل أحد الإرهابيين وفرار البقية.")
    assert event.fatalities.best == 1


def test_dual_farmers_count_two_dead(pipeline):
    (event,) = _events(pipeline, "قتل مزارعان وأصيب ثلاثة آخرون أمس بانفجار عبوة ناسفة في قضاء بلد.")
    assert event.fatalities.best == 2


def test_the_shelling_after_a_monthly_tally_is_the_tallys_toll(pipeline):
    # "القصف" right after a tally of shelling counts the tally's dead, no event of its own to join a later one
    events = _events(pipeline, "قالت منظمة محلية اليوم الأحد إن الجيش التركي نفذ أكثر من ثلاثين عملية قصف على قرى دهوك "
                               "خلال شهر آذار الماضي. وأوضحت المنظمة في تقريرها الشهري أن القصف تسبب بمقتل مدنيين "
                               "اثنين وإحراق بساتين. وفي أحدث هجوم، قصفت المدفعية التركية صباح اليوم أطراف ناحية "
                               "كاني ماسي، من دون وقوع إصابات بشرية.", "2023-04-02")
    assert [e.fatalities.best if e.fatalities else None for e in events] == [0]


def test_the_bombers_own_death_counts_him(pipeline):
    # "ما أدى إلى هلاكه": the death of the bomber himself (ACLED counts the bomber)
    (event,) = _events(pipeline, "حاول إرهابي يرتدي حزاما ناسفا التسلل فجر اليوم نحو ساتر للحشد العشائري قرب قضاء حديثة، "
                                 "وحين حاصره المقاتلون فجر نفسه، ما أدى إلى هلاكه وإصابة اثنين من المقاتلين.")
    assert event.fatalities.best == 1


def test_two_groups_summed_in_one_toll_count_both_sides(pipeline):
    # "Two Peshmerga fighters and four IS militants were killed": the toll counts both sides already, so the
    # attackers' "four bodies" told later are the same four, not more dead
    (event,) = _events(pipeline, "ERBIL - Two Peshmerga fighters and four Islamic State (IS) militants were killed in a clash "
                                 "near Qara Tapa late on Sunday, the ministry said in a statement on Monday. Three other "
                                 "Peshmerga were wounded when the militants, who approached an outpost at night, opened "
                                 "fire, the ministry said. The fighting lasted an hour before the attackers withdrew, "
                                 "leaving four bodies behind.")
    assert event.fatalities.best == 6


def test_bringing_the_death_toll_to_updates_it(pipeline):
    (event,) = _events(pipeline, "Islamic State militants ambushed an army patrol near Tuz Khurmatu on Wednesday, killing "
                                 "three soldiers. On Thursday, a military spokesman said one of the wounded soldiers had "
                                 "died in hospital, bringing the death toll among the troops to four.")
    assert event.fatalities.best == 4


def test_also_killed_after_a_sentence_without_a_toll_adds_to_the_fight(pipeline):
    # the attackers' dead told with "also" two sentences on, past a sentence telling more of the same fight
    (event,) = _events(pipeline, "KUT - Three police officers were killed when a raid on a suspected drug den in Kut turned into "
                                 "a gun battle on Monday night, the ministry said. The ministry said gang members opened fire "
                                 "with rifles as the officers approached the building. One suspect was also killed, it said.")
    assert event.fatalities.best == 4


def test_a_toll_of_dozens_is_a_range_with_no_best(pipeline):
    # the text gives no figure: "dozens" stays a range (24-99) but names no best count
    (event,) = _events(pipeline, "Iraqi aircraft struck militant positions near Tikrit on Sunday night, killing dozens of fighters, "
                                 "the defence ministry said.")
    assert event.fatalities is not None
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (24, None, 99)
    (event,) = _events(pipeline, "قال مسؤول محلي إن المعارك في قضاء الرمادي أمس أسفرت عن مقتل العشرات من مسلحي تنظيم داعش.")
    assert event.fatalities.best is None and event.fatalities.low == 20


def test_english_crowd_clashing_with_protesters_is_mob_violence(pipeline):
    # a crowd fighting a crowd, no force named, is mob violence between rioters, not force used on a protest
    (event,) = _events(pipeline, "Three people were killed in Samawa on Friday when rival demonstrators clashed with "
                                 "protesters camped outside the governorate building.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1.id == "rioters" and event.actor2.id == "rioters"
    # a force named as the other side is still force used on protesters
    (event,) = _events(pipeline, "Riot police clashed with protesters in Samawa on Friday, killing two.")
    assert event.sub_event_type != "Mob violence"


def test_english_bomb_planted_by_names_the_agent_of_the_blast_before(pipeline):
    # "planted by X" in a sentence of its own names who set off the blast told before
    events = _events(pipeline, "A roadside bomb exploded near a police patrol in Tarmiyah on Monday, wounding three "
                               "officers. The device, planted by Islamic State militants, was hidden in a drainage pipe, "
                               "a security source said.", published="2021-05-11")
    assert {e.actor1.id for e in events if e.actor1} == {"isis"}


def test_english_strike_on_the_ybs_with_no_striker_is_presumed_turkish(pipeline):
    # presumed_targets.tsv read backwards: the one force presumed to strike the YBS from the air struck it
    (event,) = _events(pipeline, "A drone hit a car near the Sinjar hospital on Thursday, killing a commander of the "
                                 "Sinjar Resistance Units (YBS).", published="2024-05-10")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "turkey-military" and event.actor2.id == "ybs"


def test_english_foreign_capital_before_a_verb_is_the_government_not_a_place(pipeline):
    # "a group Tehran backs": the capital stands for its government, no place of the event
    (event,) = _events(pipeline, "Gunmen attacked a checkpoint on the edge of the town on Thursday, killing two "
                                 "guards of a militia Tehran backs.", published="2024-05-10")
    assert event.location is None or event.location.admin1_code != "IR-23"


def test_english_threat_with_the_group_described_before_the_modal(pipeline):
    # "IS cells hiding in the Hamrin hills could strike ...": a threat, the group told with where it hides
    (event,) = _events(pipeline, "A police commander warned on Sunday that Islamic State cells sheltering in the "
                                 "Hamrin hills could attack oil wells near Tuz Khurmatu.", published="2023-02-06")
    assert event.status == "hypothetical" and event.actor1.id == "isis"


def test_english_gathering_to_mark_an_anniversary_is_no_protest(pipeline):
    # a commemoration is no protest; a gathering with a demand, or a demonstration, still is
    assert not _events(pipeline, "Hundreds of families gathered at the cemetery in Karbala on Friday to mark the fifth "
                                 "anniversary of the bombing.", published="2023-03-11")
    (event,) = _events(pipeline, "Hundreds of families gathered outside the court in Karbala on Friday to demand the "
                                 "release of their sons.", published="2023-03-11")
    assert event.sub_event_type == "Peaceful protest"


def test_english_group_claiming_an_attack_is_its_agent(pipeline):
    # "X claimed a drone attack on Y": X did it, Y was hit; an appositive describing X names no target
    (event,) = _events(pipeline, "Kataib Hezbollah claimed a drone attack on U.S. forces at Harir air base on "
                                 "Saturday.", published="2024-02-05")
    assert event.status == "claimed"
    assert event.actor1.id == "kataib-hezbollah" and event.actor2.id == "us-forces"
    (event,) = _events(pipeline, "The Islamic Resistance in Iraq, a banner used by several Iran-backed militias, "
                                 "claimed a drone attack on Harir air base on Saturday.", published="2024-02-05")
    assert event.actor1.id == "islamic-resistance-in-iraq"
    assert event.actor2 is None or event.actor2.id != "pro-iran-militias"


def test_english_tribal_clash_has_clan_militias_on_both_sides(pipeline):
    # as Arabic "نزاع عشائري": a tribal clash is fought by clan militias
    (event,) = _events(pipeline, "Three men were killed in a tribal clash in the Kahla district of Maysan on Monday.",
                       published="2024-04-30")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.id == "clan-militia" and event.actor2.id == "clan-militia"


def test_english_state_speaker_of_a_passive_arrest_made_it(pipeline):
    # "A police spokesman said the suspect was detained": the police arrested him, he did not arrest the police
    (event,) = _events(pipeline, "A police spokesman said a wanted man was detained on Thursday at a checkpoint in "
                                 "Tikrit.", published="2021-02-12")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.id == "iraq-police"
    assert event.actor2 is None or event.actor2.id != "iraq-police"


def test_a_sweep_is_no_territory_regained(pipeline):
    # a sweep ("تمشيط") searches ground already held: no ground is taken back from anyone
    text = ("وقال مصدر أمني إن قوة من الجيش والشرطة مشطت صباح اليوم البساتين المحيطة بقرية الصدور في قضاء "
            "المقدادية، فيما تواصل قطعات أخرى عمليات تمشيط الوديان القريبة.")
    assert all(e.sub_event_type != "Government regains territory" for e in _events(pipeline, text, "2021-04-11"))


def test_no_incident_of_a_kind_recorded_is_denied(pipeline):
    # "لم تسجل أي حادثة اختطاف": "any" before the head noun of the event word negates it as "لأي هجوم" does
    text = "وقال مدير الشرطة إن المراكز لم تسجل أي حادثة اختطاف في قضاء الكحلاء خلال اليومين الماضيين."
    assert all(e.status == "denied" for e in _events(pipeline, text, "2022-03-02"))


def test_where_families_were_displaced_to_is_not_where_it_happened(pipeline):
    # "نزحت عشرات العائلات باتجاه دهوك": where the families went, not a second clash in Dohuk
    text = ("اندلعت صباح اليوم اشتباكات بين قوة من الجيش ومسلحين في ناحية القحطانية التابعة لقضاء البعاج. "
            "وقال مصدر محلي إن الاشتباك أدى إلى مقتل جندي، وإن عشرات العائلات نزحت باتجاه دهوك.")
    events = _events(pipeline, text, "2022-06-14")
    assert all(e.location is None or e.location.admin1_code != "IQ-DA" for e in events)


def test_a_figure_compared_with_is_no_tally(pipeline):
    # "مقابل ستة عشر هجوماً في نيسان": the month before, compared with; not a second tally nor an event
    text = ("أفاد تقرير أمني اليوم الأحد بأن محافظة ديالى شهدت خلال شهر أيار الماضي تسعة هجمات نفذها عناصر داعش.\n"
            "وأوضح التقرير أن الهجمات أسفرت عن مقتل خمسة من عناصر الأمن، مقابل ستة عشر هجوماً في نيسان.")
    extraction = pipeline.extract(Article(text=text, published="2021-06-06"))
    assert [c.count.best for c in extraction.claims] == [9]
    assert not extraction.events


def test_a_member_in_a_force_is_that_force(pipeline):
    # "منتسب في الحشد الشعبي": a member "in" the PMF is a PMF man, not the security forces at large
    text = "استشهد منتسب في الحشد الشعبي، مساء أمس، بانفجار عبوة ناسفة زرعها عناصر من داعش قرب ناحية العظيم."
    (event,) = _events(pipeline, text, "2020-10-05")
    assert (event.actor1.id, event.actor2.id) == ("isis", "pmf")


def test_the_operation_an_arrest_was_made_in_is_its_clause(pipeline):
    # ", خلال عملية نفذتها مساء أمس في ..." is the frame of the arrest (its day and place), no fight of its own
    text = "ألقت قوة من شرطة كركوك القبض على مطلوبين اثنين، خلال عملية نفذتها مساء أمس في ناحية الرشاد."
    events = _events(pipeline, text, "2020-02-11")
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert (events[0].date.start, events[0].location.admin2) == ("2020-02-10", "Daquq")
    # (and "عملية نفذتها" is that frame, no armed clash: it had outranked the arrest)
    text = ("ألقت مفرزة من الاستخبارات العسكرية القبض على متهم وفق المادة الرابعة إرهاب، خلال عملية نفذتها فجر "
            "اليوم في ناحية العباسي غربي كركوك.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2020-02-11")] == ["Arrests"]


def test_a_force_of_the_army_named_first_between_two_sides_is_actor1(pipeline):
    # "اشتباكات بين قوة من الجيش ومسلحين من داعش": "قوة من" before the first side, as "قوات الجيش" already was
    text = "اندلعت مساء أمس اشتباكات بين قوة من الجيش العراقي ومسلحين من داعش قرب ناحية العياضية."
    (event,) = _events(pipeline, text, "2022-05-03")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "isis")


def test_the_participle_of_accusing_blames_the_party_right_after_it(pipeline):
    # "متهماً خلايا داعش بزرعها": the official blames ISIS cells for the bomb told before
    text = ("قتل راع وأصيب اثنان من أقاربه، مساء أمس، بانفجار عبوة ناسفة في قرية تابعة لناحية العظيم.\n"
            "وقال مختار القرية إن العبوة كانت مدفونة قرب الطريق، متهماً خلايا داعش بزرعها.")
    (event,) = _events(pipeline, text, "2021-09-20")
    assert event.actor1 is not None and event.actor1.id == "isis"


def test_a_suspect_is_no_blame(pipeline):
    # "متهماً" is also "a suspect": the group named further on is what he is charged with, not the arrester
    text = "اعتقلت قوة من الشرطة، فجر اليوم، متهماً بالانتماء إلى داعش في ناحية العظيم."
    (event,) = _events(pipeline, text, "2021-09-20")
    assert event.sub_event_type == "Arrests" and event.actor1.id == "iraq-police"


def test_the_participle_of_accusing_charges_the_deed_told_before(pipeline):
    # "متهمةً عصابات داعش بالوقوف وراء التفجير": the definite blast charged is the one told before; its agent is ISIS
    text = ("أعلنت وزارة النفط، اليوم الخميس، تعرض أنبوب لنقل النفط الخام لتفجير بعبوة ناسفة قرب ناحية الزاب فجر "
            "اليوم.\nوأضافت الوزارة أن فرقها ستباشر الإصلاح، متهمةً عصابات داعش بالوقوف وراء التفجير.")
    events = _events(pipeline, text, "2021-08-12")
    assert [e.actor1.id if e.actor1 else None for e in events] == ["isis"]


def test_a_likely_doer_is_blamed(pipeline):
    # "مرجحاً أن تكون خلايا داعش وراء التفجير": the source holds ISIS behind the blast told before
    text = ("أصيب ثلاثة من عناصر الحشد الشعبي، مساء أمس، بانفجار عبوة ناسفة استهدفت عجلتهم قرب ناحية العظيم.\n"
            "وقال مصدر أمني إن العبوة كانت مدفونة على جانب الطريق، مرجحاً أن تكون خلايا داعش وراء التفجير.")
    events = _events(pipeline, text, "2021-10-03")
    assert [e.actor1.id if e.actor1 else None for e in events] == ["isis"]


def test_families_driven_off_are_not_the_target(pipeline):
    # "ما دفع نحو ثلاثين عائلة إلى النزوح": the families fled the shelling; no one is said to be hit
    text = "تعرضت قرى حدودية في ناحية سيدكان، صباح اليوم، لقصف مدفعي استمر ساعتين، ما دفع نحو ثلاثين عائلة إلى النزوح."
    (event,) = _events(pipeline, text, "2022-07-19")
    assert event.actor2 is None


def test_a_drone_believed_turkish_and_two_women_hurt(pipeline):
    # "طائرة مسيّرة يُعتقد أنها تركية": a hedged nationality still names the side; "امرأتان" are civilians
    text = "أصيبت امرأتان بجروح، ظهر اليوم، جراء قصف طائرة مسيّرة يُعتقد أنها تركية سيارة قرب ناحية سيدكان."
    (event,) = _events(pipeline, text, "2023-06-02")
    assert (event.actor1.id, event.actor2.id) == ("turkey-military", "civilians")


def test_a_pmf_brigade_announcing_its_arrest_made_it(pipeline):
    # "أعلنت قيادة اللواء الثلاثين في الحشد الشعبي اعتقال": a PMF brigade (the 30th is the Shabak brigade)
    # announcing an arrest made it, as a state body announcing one does
    text = "أعلنت قيادة اللواء الثلاثين في الحشد الشعبي، صباح اليوم، اعتقال متهمين اثنين في قرية تابعة لقضاء الحمدانية."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.sub_event_type == "Arrests" and event.actor1.id == "shabak-brigade"


def test_a_farmer_killed_by_a_bomb_is_a_civilian(pipeline):
    # "قُتل مزارع بانفجار عبوة": the farmer (singular مزارع, also "farms") hit by a bomb is a civilian
    text = "قُتل مزارع بانفجار عبوة ناسفة قرب بستانه في ناحية العظيم، مساء اليوم."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_another_unit_belongs_to_the_side_of_the_event_before(pipeline):
    # "اعتقلت مفرزة أخرى": "another detachment" is one of the body that did the event told just before
    text = ("تمكنت مفارز مديرية الاستخبارات العسكرية، صباح اليوم، من العثور على وكر لعصابات داعش يحتوي على "
            "عبوات ناسفة قرب قضاء الشرقاط. واعتقلت مفرزة أخرى مطلوبين اثنين في قرية تابعة للقضاء.")
    arrest = next(e for e in _events(pipeline, text, "2023-03-12") if e.sub_event_type == "Arrests")
    assert arrest.actor1 is not None and arrest.actor1.id == "iraq-military-intelligence"


def test_members_of_a_named_force_are_that_force(pipeline):
    # "منتسبي الحشد الشعبي": the member noun before a named force is that force's men, not the generic forces
    text = "أصيب اثنان من منتسبي الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم قرب قضاء بلد، عصر اليوم."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.actor2 is not None and event.actor2.id == "pmf"


def test_a_man_and_his_escort_are_two_dead(pipeline):
    # "قُتل قيادي ... ومرافقه": the man and his escort (مرافقه, one man) are two dead
    text = "قُتل قيادي في حزب العمال الكردستاني ومرافقه، ظهر اليوم، بضربة لطائرة مسيرة تركية استهدفت سيارتهما قرب قضاء سنجار."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.fatalities is not None and event.fatalities.best == 2


def test_no_losses_told_with_a_dual_verb(pipeline):
    # "من دون أن يسفرا عن خسائر بشرية": two rockets that caused no losses (dual verb) killed no one
    text = "سقطت قذيفتا هاون، ليلة أمس، على أطراف قضاء بلد، من دون أن تسفرا عن خسائر بشرية."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.fatalities is not None and event.fatalities.best == 0


def test_a_team_snatching_a_win_is_sport(pipeline):
    # "ليخطف فريقه فوزاً ثميناً بهدف نظيف": a match report, no abduction
    text = ("أصيب جندي بانفجار عبوة ناسفة في قضاء الطارمية اليوم. وفي الشأن الرياضي، قاد مهاجم الشرطة هجوما سريعا "
            "في الدقيقة الأخيرة، ليخطف فريقه فوزا ثمينا بهدف نظيف في الدوري الممتاز.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2023-03-12")] == ["Remote explosive/landmine/IED"]


def test_seized_and_executed_him_is_one_dead(pipeline):
    # "اقتياد مختار ... وإعدامه": the verbal noun with "him" counts the one man killed
    text = "أقدم عناصر من تنظيم داعش، ليل الأحد، على اقتياد راع من قرية تابعة لقضاء الحويجة وإعدامه رمياً بالرصاص."
    (event,) = _events(pipeline, text, "2023-03-12")
    assert event.fatalities is not None and event.fatalities.best == 1


def test_a_fire_that_broke_out_told_in_a_relative_clause_is_an_accident(pipeline):
    # "a fire that broke out": the relative clause names the accident as "a fire broke out" does; the shops it
    # destroyed are its damage, no looting or destruction by anyone
    events = _events(pipeline, "MOSUL - A fire that broke out early on Sunday in a Mosul market destroyed more "
                               "than thirty stalls, firefighters said.", published="2023-03-06")
    assert not events


def test_no_one_killed_counts_no_one(pipeline):
    # the "one" of "no one was killed" is no figure of dead
    events = _events(pipeline, "KIRKUK - Gunmen fired at a car near Kirkuk on Sunday, wounding two civilians, "
                               "but no one was killed.", published="2023-03-06")
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.best == 0


def test_at_least_after_fired_is_a_bound_not_fired_at(pipeline):
    # "fired at least ten bullets into a shop owner": the "at" opens the bound, the shooting of one man is an attack
    # on him, no armed clash ("fired at")
    events = _events(pipeline, "KUT - Two gunmen fired at least ten bullets into a shop owner in the centre of Kut "
                               "on Monday evening, police said.", published="2023-03-07")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_condemned_attack_told_in_full_is_the_news(pipeline):
    # a statement condemning an attack it tells in full ("carried out" on a day against a place) reports that attack;
    # the government that condemns it is no party to it
    events = _events(pipeline, "The Iraqi government strongly condemns the rocket attack carried out on March 10 "
                               "against the Ain al-Asad base in Anbar province.", published="2024-03-11")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Shelling/artillery/missile attack", "2024-03-10")]
    # (the base hosts the coalition, hosted_sites.tsv: it, not the government, is the side hit)
    assert events[0].actor1 is None and events[0].actor2.id == "coalition"


def test_condemner_of_an_attack_told_in_full_is_no_agent(pipeline):
    events = _events(pipeline, "The Kurdistan Regional Government strongly condemns the drone attack carried out "
                               "against a gas field in Chamchamal district late on Sunday.", published="2024-03-11")
    assert len(events) == 1 and events[0].actor1 is None


def test_journalists_as_source_are_no_victims(pipeline):
    # "according to local journalists", "a local journalist told ...": the civilians named are the source, not
    # the ones the riot was aimed at
    for text in ("Protesters gathered in Kut on Friday, where several party offices were set ablaze, according to "
                 "local journalists.",
                 "Hundreds of young men hurled stones at the building in Kut on Friday before setting it ablaze, a "
                 "local journalist told the wire desk."):
        events = [e for e in _events(pipeline, text, published="2019-10-26")
                  if e.sub_event_type == "Violent demonstration"]
        assert len(events) == 1 and events[0].actor2 is None, text


def test_protest_organiser_is_an_activist(pipeline):
    events = _events(pipeline, "AMARAH - Gunmen shot dead a protest organiser outside his home in Amarah late on "
                               "Wednesday, police said.", published="2020-08-20")
    assert [e.actor2.id for e in events if e.actor2] == ["activists"]


def test_until_a_date_then_when_dates_the_when_clause(pipeline):
    # "until October 2017, when federal forces retook Kirkuk": the month is the retaking's, six years before the
    # article, history told in passing, no event of the day
    events = _events(pipeline, "The building had served as a party office until October 2017, when federal forces "
                               "retook Kirkuk after the referendum.", published="2023-09-03")
    assert not events


def test_arrests_over_the_past_week_are_a_tally(pipeline):
    # a count of people held over a whole week across two provinces is the week's tally, no single arrest
    result = pipeline.extract(Article(text="BAGHDAD - Police said they had detained more than 30 suspects in Babil and "
                                           "Karbala over the past week.", published="2024-05-10"))
    assert not result.events
    assert len(result.claims) == 1 and result.claims[0].count.low == 31


def test_a_period_report_counts_tallies_in_its_later_clause(pipeline):
    # a month's statistics: the arrests told after the report word, in a clause of their own, are its tally
    text = ("نشرت قيادة العمليات، اليوم الأحد، إحصائية بنشاطات القوات خلال شهر أيار الماضي، أفادت باعتقال 85 مطلوباً "
            "في محافظتي نينوى وكركوك.")
    assert not _events(pipeline, text)
    (claim,) = _claims(pipeline, text)
    assert claim.count.best == 85
    assert claim.date.start == "2022-05-01"


def test_a_period_report_of_its_own_operations_counts_its_arrests(pipeline):
    # "حصيلة عملياتها": the report of a body's own operations over a year, its arrests a tally
    text = ("نشرت مديرية شرطة البصرة، اليوم الثلاثاء، حصيلة عملياتها خلال عام 2021، التي أسفرت عن القبض على 312 "
            "مطلوباً بقضايا جنائية.")
    assert not _events(pipeline, text)
    (claim,) = _claims(pipeline, text)
    assert claim.count.best == 312
    assert claim.date.start == "2021-01-01"


def test_the_year_of_a_period_is_not_the_count_of_arrests(pipeline):
    # "خلال عام 2020 وتضمنت اعتقال": the year right before the arrest word is no subject count
    text = ("نشرت قيادة شرطة ميسان إحصائية بنشاطاتها خلال عام 2020 وتضمنت اعتقال 140 متهماً بتجارة المخدرات.")
    (claim,) = _claims(pipeline, text)
    assert claim.count.best == 140


def test_the_sentence_after_a_period_report_goes_on_with_it(pipeline):
    # the report's own operations are no battle; the next sentence's figures (no date of their own) are its tallies
    text = ("كشفت خلية الإعلام الأمني، اليوم الخميس، حصيلة العمليات التي نفذتها القوات خلال شهر نيسان الماضي في "
            "محافظة الأنبار. وقالت الخلية في بيان إن القطعات، وبإسناد من طيران الجيش، تمكنت من قتل أربعة وعشرين "
            "إرهابياً من عصابات داعش.")
    assert not _events(pipeline, text)
    (claim,) = _claims(pipeline, text)
    assert claim.count.best == 24
    assert claim.date.start == "2022-04-01"


def test_a_list_of_weapons_held_in_a_hideout_is_all_seized(pipeline):
    # the belts close a list joined by "و" after the store's word: they are found, no suicide bombing
    (event,) = _events(pipeline, "عثرت قوة من الجيش صباح اليوم على وكر لعصابات داعش في منطقة زراعية يحتوي على أربعة "
                                 "صواريخ محلية الصنع وثلاث عبوات ناسفة وأحزمة ناسفة غير مكتملة، وتولت مفارز الهندسة تفجيرها.")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.id == "iraq-army"


def test_stores_destroyed_by_a_strike_are_no_seizure(pipeline):
    # the hideouts and depots the jets destroyed are the strike's result, not weapons seized
    (event,) = _events(pipeline, "أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، أن طائراتها الحربية شنت ليلة أمس غارات "
                                 "على مواقع لحزب العمال الكردستاني في منطقة حفتانين بمحافظة دهوك، وقالت إنها حيدت سبعة من عناصره "
                                 "ودمرت مخابئ "
                                 "ومستودعات ذخيرة.")
    assert event.sub_event_type == "Air/drone strike"


def test_one_of_the_attackers_killed_adds_to_the_defenders_dead(pipeline):
    # "وقتلوا أحدهم" right after "المهاجمين" is one of the attackers: the other side's dead, added
    (event,) = _events(pipeline, "شن عناصر من تنظيم داعش، ليلة أمس، هجوماً على نقطة مراقبة تابعة للحشد الشعبي قرب ناحية "
                                 "العظيم، ما أدى إلى استشهاد اثنين من مقاتلي الحشد وجرح ثالث. وذكرت مصادر في اللواء أن "
                                 "المقاتلين تصدوا للمهاجمين وقتلوا أحدهم.")
    assert event.fatalities.best == 3


def test_where_attackers_withdrew_to_is_not_where_it_happened(pipeline):
    # "انسحب الآخرون نحو سلسلة جبال حمرين": the mountains are where they went, the clash stays one event
    (event,) = _events(pipeline, "شن عناصر من تنظيم داعش، ليلة أمس، هجوماً على نقطة مراقبة تابعة للحشد الشعبي قرب ناحية "
                                 "العظيم، ما أدى إلى استشهاد اثنين من مقاتلي الحشد. وذكرت مصادر في اللواء أن المقاتلين "
                                 "تصدوا للمهاجمين وقتلوا أحدهم، فيما انسحب الآخرون نحو سلسلة جبال حمرين.")
    assert event.actor2.id == "pmf"


def test_a_country_that_could_strike_is_the_side_of_the_threatened_event(pipeline):
    # the modal between the country and the event word: the threat names who would carry it out
    for text, kind in (
            ("Farmers near Sinjar say they fear Turkey could launch new air strikes on their villages this summer.",
             "Air/drone strike"),
            ("Local leaders in Zakho are warning that Turkey could widen its ground operation against the PKK.",
             "Armed clash")):
        (event,) = _events(pipeline, text)
        assert (event.status, event.sub_event_type, event.actor1.id) == ("hypothetical", kind, "turkey-military"), text
    # a country named with no modal before the event word threatens nothing
    assert not [e for e in _events(pipeline, "Farmers near Sinjar say Turkey and its air strikes worry them.")
                if e.status == "hypothetical"]


def test_a_fire_sweeping_through_a_building_is_an_accident(pipeline):
    assert not _events(pipeline, "A fire tore through a market in Hilla late on Sunday, killing at least 12 people.")
    assert not _events(pipeline, "A blaze swept through a hotel in Erbil on Sunday, killing nine guests.")


def test_a_rocket_landing_without_causing_casualties_kills_nobody(pipeline):
    (event,) = _events(pipeline, "A mortar round landed near the airport in Basra on Sunday night without causing casualties, "
                                 "police said.")
    assert event.fatalities is not None and event.fatalities.best == 0


def test_air_force_cadets_are_no_air_strikes(pipeline):
    # "air force" before a noun of people or a school only describes them: 300 cadets are no tally of strikes
    text = "MOSUL - Relatives met in Mosul on Saturday, eight years after militants seized some 300 air force cadets in June 2014."
    assert not [c for c in _claims(pipeline, text) if c.event_type == "Explosions/Remote violence"]
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Air/drone strike"]


def test_gunmen_of_the_agent_group_are_not_its_target(pipeline):
    (event,) = _events(pipeline, "Gunmen from the Islamic State group killed nine people in an attack on a village near "
                                 "Khanaqin on Monday, police said.")
    assert event.actor1.id == "isis"
    assert event.actor2 is None or event.actor2.id != "unidentified-gunmen"


def test_suicide_vests_recovered_are_no_suicide_bombing(pipeline):
    events = _events(pipeline, "Police raided a house in Mosul on Monday. Officers recovered rifles and two suicide vests "
                               "from the house.")
    assert not [e for e in events if e.sub_event_type == "Suicide bomb"]


def test_the_town_a_road_leads_to_is_not_where_it_happened(pipeline):
    events = _events(pipeline, "Four people were killed in Kirkuk on Saturday when rival groups of protesters clashed. "
                               "The violence erupted after demonstrators tried to break through a sit-in that residents "
                               "had been holding for a week on the road to Erbil.")
    assert events and all(e.location.admin1_code == "IQ-KI" for e in events)


def test_a_report_retold_after_an_opening_denial_is_the_denied_event(pipeline):
    # the denial opens the article (its report waits as a reference); the past-perfect report told next is its
    events = _events(pipeline, "The Anbar Operations Command denied on Sunday reports that mortar rounds had fallen on "
                               "the town of Hit overnight. Some Telegram channels had reported that four mortar shells "
                               "landed near the town hospital late on Saturday.")
    assert [(e.status, e.sub_event_type) for e in events] == [("denied", "Shelling/artillery/missile attack")]


def test_reports_retold_after_a_denial_with_no_sides_are_the_denied_event(pipeline):
    events = _events(pipeline, "The U.S.-led coalition on Tuesday denied reports that a drone had attacked an air base "
                               "near Shaqlawa overnight. Channels close to armed factions had circulated claims that a "
                               "drone struck a hangar at the base late on Monday.", published="2023-08-15")
    assert events and all(e.status == "denied" for e in events)


def test_officials_with_no_information_about_an_attack_deny_it(pipeline):
    events = _events(pipeline, "The army denied reports that militants had attacked a checkpoint near Rutba overnight. "
                               "Local officials in Rutba said they had no information about an attack.")
    assert events and all(e.status == "denied" for e in events)


def test_a_month_a_tally_declined_from_does_not_date_it(pipeline):
    claims = _claims(pipeline, "March 2022 was a quiet month in Diyala. Monitors recorded at least 12 attacks by Islamic "
                               "State militants in Diyala province, a slight decline from February.")
    assert claims and all(c.date is None or not c.date.start.startswith("2022-02") for c in claims)


def test_a_blast_at_a_site_hosting_the_coalition_targets_it(pipeline):
    # hosted_sites.tsv: with no target told, the force the site hosts was struck
    (event,) = _events(pipeline, "Three rockets landed near Erbil International Airport late on Sunday without causing "
                                 "casualties, officials said.")
    assert event.actor2 is not None and event.actor2.id == "coalition"
    # a target told stays
    (event,) = _events(pipeline, "A roadside bomb struck a civilian car near Erbil International Airport on Sunday, "
                                 "wounding two farmers.")
    assert event.actor2 is None or event.actor2.id != "coalition"


def test_an_arabic_strike_on_a_site_hosting_the_coalition_targets_it(pipeline):
    # the Arabic gold files code drones on Harir and Ain al-Asad with no target told against the force hosted too
    (event,) = _events(pipeline, "أعلنت جماعة مسلحة مساء أمس الأحد استهداف قاعدة حرير شمال أربيل بطائرة مسيرة.")
    assert event.actor2 is not None and event.actor2.id == "coalition"


def test_a_car_bomb_killing_people_hit_civilians(pipeline):
    (event,) = _events(pipeline, "A car bomb tore through a busy street in Baghdad's Kadhimiya district on Monday "
                                 "evening, killing 14 people, police said.")
    assert event.actor2 is not None and event.actor2.id == "civilians"
    # an air strike's dead told as people are not thereby civilians
    events = _events(pipeline, "An air strike hit a farm near Qaim on Monday evening, killing 14 people, officials said.")
    assert all(e.actor2 is None or e.actor2.id != "civilians" for e in events)


def test_men_wounded_by_a_bomb_on_their_car_were_civilians(pipeline):
    (event,) = _events(pipeline, "Two men were wounded on Tuesday when a sticky bomb attached to their car exploded in "
                                 "Kirkuk, police said.")
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_attackers_dead_told_later_in_the_toll_sentence_are_added(pipeline):
    # "ما أسفر عن استشهاد جنديين، فيما تمكن الجنود من قتل ثلاثة من المهاجمين": the attackers' dead, told in a
    # later clause of the toll's own sentence, add to the soldiers' (2 and 3)
    (event,) = _events(pipeline, "هاجم مسلحو داعش نقطة للجيش في قضاء الطارمية أمس، ما أسفر عن استشهاد جنديين، "
                                 "فيما تمكن الجنود من قتل ثلاثة من المهاجمين.")
    assert event.fatalities.best == 5
    # as they do to a toll that rose ("لترتفع الحصيلة إلى ثلاثة شهداء، مضيفاً أن الجنود قتلوا اثنين من المهاجمين")
    (event,) = _events(pipeline, "هاجم مسلحو داعش نقطة للجيش في قضاء الطارمية أمس. وقال مصدر إن أحد الجرحى توفي "
                                 "لترتفع الحصيلة إلى ثلاثة شهداء، مضيفاً أن الجنود قتلوا اثنين من المهاجمين.")
    assert event.fatalities.best == 5
    # the summed toll counts both sides already: the soldiers told again in the next sentence are not added (5, not 7)
    (event,) = _events(pipeline, "هاجم مسلحو داعش نقطة للجيش في قضاء الطارمية أمس، ما أسفر عن استشهاد جنديين، "
                                 "فيما تمكن الجنود من قتل ثلاثة من المهاجمين. واستشهد جنديان خلال صد الهجوم.")
    assert event.fatalities.best == 5
    # a vague count of the attackers' dead ("مقتل عدد من الإرهابيين") is not added
    (event,) = _events(pipeline, "هاجم مسلحو داعش نقطة للجيش في قضاء الطارمية أمس، ما أسفر عن استشهاد جندي، "
                                 "فيما تشير المعلومات إلى مقتل عدد من الإرهابيين.")
    assert event.fatalities.best == 1


def test_a_day_set_off_by_commas_stands_between_a_killing_word_and_its_figure(pipeline):
    # "أعدم مسلحو داعش، عصر أمس الأحد، خمسة مدنيين": the day between commas does not part the verb from its dead
    (event,) = _events(pipeline, "أعدم مسلحو داعش، عصر أمس الأحد، خمسة مدنيين رميا بالرصاص في ساحة عامة بقضاء الحويجة.")
    assert event.fatalities.best == 5
    (event,) = _events(pipeline, "قتل، مساء أمس الأحد، ثلاثة مدنيين بانفجار عبوة ناسفة في بعقوبة.")
    assert event.fatalities.best == 3


def test_a_toll_that_reached_a_figure_is_the_toll_of_the_event_before(pipeline):
    # "وقالت دائرة الصحة إن الحصيلة بلغت سبعة قتلى": a sentence telling no event of its own, whose dead "reached"
    # a figure, gives the toll of the blast told just before
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة مساء أمس في سوق شعبي بقضاء المقدادية. "
                                 "وقالت دائرة الصحة إن الحصيلة بلغت سبعة قتلى وعشرين جريحا.")
    assert event.fatalities.best == 7
    assert event.injured.best == 20
    # a compound figure opened by the accusative "واحداً" ("بلغت واحداً وثلاثين قتيلاً") is 31, not 30
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة مساء أمس في سوق شعبي بقضاء المقدادية. "
                                 "وقالت دائرة الصحة إن الحصيلة بلغت واحداً وثلاثين قتيلاً.")
    assert event.fatalities.best == 31


def test_his_death_met_counts_one_when_the_victim_stands_between(pipeline):
    # "لقي مزارع في الأربعين من عمره حتفه": the phrase split by the victim's age; "حتفه" (his death) counts one
    (event,) = _events(pipeline, "لقي مزارع في الأربعين من عمره حتفه بانفجار لغم أرضي في قضاء بدرة أمس.")
    assert event.fatalities.best == 1


def test_preparation_and_intention_are_aims_not_events(pipeline):
    # "in preparation for storming it", "to wage the battle of liberation", "the gunmen intend to blow up":
    # what the forces or gunmen prepare or intend has not happened
    assert not _events(pipeline, "وطوقت قوات الشرطة حي الصناعة في مدينة تكريت أمس تمهيدا لاقتحامه وتحريره من المسلحين.")
    assert not _events(pipeline, "وتدرب وزارة الدفاع ثلاثة آلاف متطوع في معسكر قرب سامراء لخوض معركة تحرير بيجي.")
    assert not _events(pipeline, "وقال المسؤول إن في نية المسلحين تفجير سيارات مفخخة في مدينة كربلاء.")
    assert not _events(pipeline, "وتحشد القوات العراقية قطعاتها جنوب كركوك استعدادا لاقتحام قضاء الحويجة وتحريره.")


def test_it_is_the_first_attack_of_its_kind_retells_the_attack(pipeline):
    # "وهو أول هجوم من نوعه": the pronoun and the ordinal point back to the attack just told
    events = _events(pipeline, "تبنى مسلحو الحزب تفجير سيارة مفخخة استهدف مركزا للشرطة في بلدة جزرة جنوب شرقي تركيا "
                               "صباح اليوم، ما أسفر عن مقتل شرطيين. وهو أول هجوم من نوعه منذ انهيار الهدنة بين "
                               "المتمردين الأكراد والجيش التركي قبل أسبوعين.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    (event,) = _events(pipeline, "قتل ثلاثة جنود في هجوم بقذائف الهاون على قاعدة عسكرية قرب مدينة سامراء صباح اليوم. "
                                 "وهي ثاني هجوم من نوعه منذ انسحاب الجيش العراقي من المنطقة قبل عشرة أيام.")
    assert event.fatalities.best == 3


def test_an_event_dated_by_a_past_season_or_year_is_history(pipeline):
    # "seized the province in the summer of the year before": recalled, not news
    assert not _events(pipeline, "وسيطر المسلحون على مجمل قضاء تلعفر في صيف 2021 بما فيها مركز القضاء.")
    assert not _events(pipeline, "واستعاد الجيش بلدة العلم في خريف عام 2021 بعد معارك استمرت أسابيع.")
    # told with its day, the same deed is news
    assert _events(pipeline, "وسيطر المسلحون على قرية البو حسن قرب سامراء أمس بعد معارك مع الجيش.")


def test_killed_during_this_period_is_a_tally(pipeline):
    # "خلال هذه الفترة", "خلال الفترة الماضية": the dead of a period, no single raid
    assert not _events(pipeline, "وأضاف المرصد أن 140 مدنيا قتلوا جراء الغارات الجوية على ريف الحسكة خلال هذه الفترة.")
    assert not _events(pipeline, "وقتل 140 مدنيا في غارات جوية على قرى ريف الحسكة خلال الفترة الماضية، بحسب المرصد.")


def test_an_arabic_event_dated_months_back_is_recalled(pipeline):
    # a day told five months before publication, with no "past" word: background, not news
    assert not _events(pipeline, "ووقعت في الثالث من كانون الثاني 2022 معارك عنيفة بين الجيش ومسلحين في قضاء تلعفر.")
    assert not _events(pipeline, "وتمكنت القوات الأمنية في 5 فبراير من تحرير قرية البو حسن قرب سامراء.")
    # within weeks it is still told as news
    assert _events(pipeline, "ووقعت في الثالث من حزيران 2022 معارك عنيفة بين الجيش ومسلحين في قضاء تلعفر.")


def test_raids_someone_is_waging_are_a_campaign(pipeline):
    # "الغارات التي يشنها الجيش": the raids being waged, a campaign going on, not one event
    assert not _events(pipeline, "وأوفدت الحكومة التركية أمس مبعوثا إلى أربيل لطمأنة رئيس الإقليم بشأن الغارات التي "
                                 "تشنها أنقرة ضد حزب العمال الكردستاني في شمال العراق.")
    # the raids it carried out (a past verb) are told as done
    assert _events(pipeline, "وقتل ثلاثة مدنيين في الغارات التي شنها الجيش التركي أمس على معاقل الحزب في قضاء العمادية.")


def test_a_hill_named_after_a_governorate_is_not_the_governorate(pipeline):
    # "تل واسط" is a village (a tell) that bears the governorate's name; "المنصورة" names towns across the
    # Arab world, not only Egypt's Dakahlia
    for text in ("ودارت أمس اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في محيط قرى المشيك وتل واسط بسهل الغاب.",
                 "ودارت أمس اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في محيط بلدة المنصورة بسهل الغاب."):
        (event,) = _events(pipeline, text)
        assert event.location is None or event.location.admin1 not in ("Wasit", "Dakahlia")


def test_retold_strike_by_another_service_of_the_state_joins_it(pipeline):
    # the statement's definite "the strike" names the army (of a later clause) as doer: still the air force's
    # strike told first, one event dated by the retelling's own day
    (event,) = _events(pipeline, "أعلنت قيادة العمليات المشتركة، اليوم الاثنين، أن طائرات القوة الجوية نفذت ضربة "
                                 "جوية على وكر لعصابات داعش في وادي الشاي جنوبي كركوك. وقال البيان إن الضربة التي "
                                 "نفذت مساء أمس الأحد أسفرت عن مقتل أربعة إرهابيين، مشيراً إلى أن قوة من الجيش "
                                 "توجهت إلى الموقع.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.date.start == "2022-06-12"
    assert event.fatalities.best == 4


def test_assassination_retold_as_shooting_stays_an_attack(pipeline):
    # the shooting told next names no side hit: the assassination word, one-sided, keeps the type
    (event,) = _events(pipeline, "اغتال مسلحون مجهولون، مساء أمس الأحد، شقيقين أمام منزلهما في ناحية العظيم شمالي "
                                 "ديالى. وقالت المصادر إن المسلحين أطلقوا النار من بنادق آلية على الشقيقين، ما أدى "
                                 "إلى مقتلهما في الحال.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_threat_told_verb_first_after_a_warning_is_a_hypothetical_event(pipeline):
    # "حذر من احتمال أن يشن تنظيم داعش": the doer after the subjunctive verb, the warning before them both
    (event,) = _events(pipeline, "حذر النائب، اليوم الاثنين، من احتمال أن يشن تنظيم داعش هجمات على نقاط حرس "
                                 "الحدود في قضاء القائم.")
    assert (event.status, event.actor1.id, event.sub_event_type) == ("hypothetical", "isis", "Armed clash")


def test_the_ones_called_on_in_a_participle_clause_are_no_side_of_the_threat(pipeline):
    # "داعياً القطعات الأمنية إلى ...": the governor's call names the forces, who are not the ones hit
    (event,) = _events(pipeline, "حذر المحافظ، يوم الأحد، من احتمال أن تقدم خلايا تنظيم داعش على إحراق حقول الحنطة "
                                 "في قضاء الحويجة، داعياً القطعات الأمنية إلى تكثيف الدوريات الليلية.")
    assert (event.status, event.sub_event_type) == ("hypothetical", "Looting/property destruction")
    assert event.actor2 is None or event.actor2.kind != "State forces"


def test_attacking_as_a_verbal_noun_is_an_event_word(pipeline):
    (event,) = _events(pipeline, "وحذر ضابط في حرس الحدود من أن التنظيم قد يحاول مهاجمة مخافر قضاء القائم.")
    assert (event.status, event.sub_event_type) == ("hypothetical", "Armed clash")


def test_a_plot_foiled_by_a_command_and_told_as_its_intelligence_catch_is_one_event(pipeline):
    # two services of one state named in turn for one deed: the command's statement day gives way to the catch's day
    events = _events(pipeline, "أعلنت قيادة عمليات كربلاء، اليوم السبت، إحباط مخطط إرهابي كان يستهدف جموع الزائرين. "
                               "وذكر بيان للقيادة أن قوة من الاستخبارات العسكرية تمكنت، عصر يوم الجمعة، من القبض على "
                               "إرهابي يرتدي حزاماً ناسفاً على الطريق الصحراوي في قضاء عين التمر.", "2022-06-11")
    assert [(e.sub_event_type, e.actor1.id, e.date.start) for e in events] == [
        ("Disrupted weapons use", "iraq-ops-karbala", "2022-06-10")]


def test_a_clash_word_whose_side_hit_is_a_civilian_noun_is_an_attack(pipeline):
    # the civilians named by a victim noun (not an actor name) make the shooting violence against civilians
    for text in ("هاجم مسلحون مجهولون سائق أجرة في ناحية العظيم مساء أمس.",
                 "هاجم مسلحون مجهولون شقيقين أمام منزلهما في ناحية العظيم مساء أمس.",
                 "هاجم مسلحون مجهولون صاحب محل في ناحية العظيم مساء أمس."):
        (event,) = _events(pipeline, text)
        assert (event.sub_event_type, event.actor2.id) == ("Attack", "civilians"), text


def test_the_blast_a_heard_sound_is_said_to_have_come_from_is_no_new_event(pipeline):
    # a denied blast, then the sound residents heard explained by a demolition: only the denial is coded
    events = _events(pipeline, (
        "KIRKUK - Police on Monday denied reports that a rocket had hit the K1 base west of the city. "
        "\"The noise that residents heard came from a controlled detonation of old shells by an engineering team,\" "
        "a police statement said."), "2023-02-06")
    assert [e.sub_event_type for e in events if e.status == "occurred"] == []


def test_a_speaker_described_by_a_relative_clause_is_no_side_of_the_event_it_reports(pipeline):
    # "Tribal fighters who help guard the town said ... soldiers opened fire": the fighters speak; the soldiers'
    # fire is told of the bombing, which stays a suicide bombing
    events = _events(pipeline, (
        "A suicide bomber drove a car packed with explosives into an army checkpoint near Baiji on Saturday, killing "
        "four soldiers, security sources said. Tribal fighters who help guard the town said the car had come from "
        "the desert to the north and that soldiers opened fire on it before it exploded."), "2019-05-12")
    assert [(e.sub_event_type, e.actor1 and e.actor1.id) for e in events] == [("Suicide bomb", None)]


def test_a_log_entrys_passive_without_was_names_those_hit(pipeline):
    # "two Peshmerga fighters killed, one wounded": the fighters were hit; they attacked no civilians
    (event,) = _events(pipeline, (
        "- 12 March, Makhmour: two Peshmerga fighters killed, one wounded in the Qarachogh hills."), "2023-03-15")
    assert event.sub_event_type == "Armed clash"
    assert "civilians" not in (event.actor1 and event.actor1.id, event.actor2 and event.actor2.id)


def test_a_verb_with_its_object_is_no_passive_without_was(pipeline):
    (event,) = _events(pipeline, (
        "Two gunmen killed a shop owner in Makhmour on Monday, police said."), "2023-03-15")
    assert event.sub_event_type == "Attack" and event.actor2 is not None and event.actor2.id == "civilians"


def test_an_event_placed_only_by_the_dateline_is_one_with_its_retelling_in_the_governorate(pipeline):
    # the dateline's town is where the report was filed; the attack told again near Tuz Khurmatu is the same one
    events = _events(pipeline, (
        "TIKRIT, Iraq, March 4 (AFP) - Islamic State gunmen killed six shepherds in an attack in Iraq's northern "
        "Salahuddin province, police sources said Saturday. The militants opened fire on the shepherds near a "
        "village outside Tuz Khurmatu late on Friday, a local official said."), "2023-03-04")
    assert [(e.sub_event_type, e.location.admin2, e.date.start) for e in events] == [
        ("Attack", "Tooz Khurmato", "2023-03-03")]


def test_a_speaker_whose_reported_clause_has_a_weapon_for_subject_is_no_side(pipeline):
    # the counter-terrorism service tells where a drone fell; it flew none
    (event,) = _events(pipeline, (
        "The Kurdistan Region's counter-terrorism service said one of the drones struck near the runway of Harir "
        "air base on Monday, causing slight damage."), "2023-12-04")
    assert event.actor1 is None or event.actor1.id != "kurdistan-cts"


def test_a_speaker_whose_own_weapon_struck_is_still_its_agent(pipeline):
    (event,) = _events(pipeline, (
        "The Iraqi military said its drones struck an Islamic State hideout near Hatra on Monday."), "2023-12-04")
    assert event.actor1 is not None and event.actor1.id.startswith("iraq")


def test_a_date_opening_the_article_before_the_agency_is_its_dateline(pipeline):
    # "Mar 3 (Wire) -" dates the report; a trend told under it ("have stepped up attacks") is no event of that day
    events = _events(pipeline, (
        "Mar 3 (Wire) - Militias in Syria and Iraq have stepped up attacks on bases hosting American troops, and "
        "Washington has retaliated."), "2024-03-03")
    assert events == ()


def test_force_on_a_crowd_not_coded_before_stands_alone(pipeline):
    # "the protesters" of a gathering told as no event of its own, then the force used on them: the intervention
    # is a fact of its own (ACLED codes it), not a recollection with nothing to refer to
    lead = "يعاني أهالي قضاء الشطرة من انقطاع المياه منذ أسبوع. وتقول دائرة الماء إن السبب عطل في المضخات الرئيسية. "
    events = _events(pipeline, lead + "ورفع المحتجون لافتات أمام دائرة الماء قبل أن تفرقهم قوة من شرطة مكافحة "
                                      "الشغب بالهراوات وخراطيم المياه.")
    assert [e.event_type for e in events] == ["Protests"]
    assert events[0].actor2 is not None and events[0].actor2.kind == "State forces"
    # dated by a month gone, it recalls a crowd of the past
    assert not _events(pipeline, lead + "وكان المحتجون قد رفعوا لافتات أمام دائرة الماء في شهر آذار الماضي قبل أن "
                                        "تفرقهم قوة من شرطة مكافحة الشغب بالهراوات.")


def test_a_denied_capture_does_not_swallow_the_attack_that_happened(pipeline):
    # the army denies the post fell, and tells of the attack on it: the attack occurred, the capture is denied
    events = _events(pipeline, "The army on Tuesday denied online reports that Islamic State militants had captured a "
                               "hilltop post near Tuz Khurmatu. A military spokesman said militants opened fire on the "
                               "post late on Monday, killing a soldier, before troops drove them off.")
    assert sorted((e.status, e.sub_event_type) for e in events) == [
        ("denied", "Non-state actor overtakes territory"), ("occurred", "Armed clash")]


def test_fighting_told_months_ago_is_history(pipeline):
    # "قبل أشهر" (months ago, count untold) recalls, as "قبل سنوات" and "منذ أشهر" do
    for recalled in ("وكانت المنطقة قد شهدت، قبل أشهر، معارك عنيفة انتهت بطرد التنظيم بعد أن انقلب عليه أبناء "
                     "العشائر.", "وكانت المنطقة قد شهدت، قبل أشهر، معارك عنيفة طرد فيها أبناء العشائر مسلحي القاعدة "
                     "من الحي."):
        events = _events(pipeline, "انفجرت عبوة ناسفة فجر أمس في حي اليرموك غربي بغداد، ما أسفر عن إصابة شرطي. "
                         + recalled, published="2007-05-10")
        assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_frame_sentence_tells_no_new_event_without_its_own_day(pipeline):
    # "وتأتي/ويأتي ... ضمن/بعد ..." sets the news against a campaign or earlier happenings; undated by a day,
    # what it names is context
    events = _events(pipeline, (
        "حررت القوات الأمنية ناحية العلم شمالي تكريت، أمس الأربعاء، بعد معارك مع تنظيم داعش. "
        "وتأتي هذه التطورات ضمن العمليات العسكرية التي انطلقت مطلع الشهر الجاري لاستعادة مدينة بيجي."),
        published="2015-06-11")
    assert [(e.sub_event_type, e.location.admin2) for e in events] == [("Government regains territory", "Tikrit")]
    (event,) = _events(pipeline, (
        "ويأتي الهجوم بعد غارة جوية نفذها الجيش على مخابئ للمسلحين قرب الفلوجة في منتصف الشهر الماضي."),
        published="2015-06-11") or (None,)
    assert event is None or event.sub_event_type != "Air/drone strike"


def test_those_who_recover_bodies_are_no_party_to_the_killing(pipeline):
    # the police patrol that pulls bodies from a river or finds them found a killing: an Attack on civilians by an
    # unknown hand, not a clash with the police
    for text in ("انتشلت دوريات الشرطة النهرية، أمس الخميس، سبع جثث مجهولة الهوية من نهر دجلة قرب الصويرة.",
                 "عثرت الشرطة أمس على خمس جثث مجهولة الهوية في بستان قرب الصويرة."):
        (event,) = _events(pipeline, text, published="2006-11-03")
        assert event.sub_event_type == "Attack"
        assert event.actor1 is None or event.actor1.id != "iraq-police"
    # "عثروا على جثته" names the body found, no weapon seized
    (event,) = _events(pipeline, "وقال المصدر إن الأهالي عثروا على جثته صباح اليوم قرب قرية في الحويجة.",
                       published="2022-12-05")
    assert event.sub_event_type == "Attack"


def test_a_training_course_or_drill_tells_no_event(pipeline):
    # what a course trains for or a drill simulates (defusing bombs, a crowd attacked) did not happen
    assert not _events(pipeline, (
        "اختتمت القوات الأمنية، أمس، دورة تدريبية في معسكر الحبانية لمئات من المنتسبين، تضمنت تمرينات على "
        "تفكيك العبوات الناسفة وصد الهجمات بالعجلات المفخخة."), published="2016-02-03")
    assert not _events(pipeline, (
        "نفذت قيادة شرطة كربلاء، صباح اليوم، تمريناً واسعاً حاكى التعامل مع هجوم افتراضي على تجمع للزائرين "
        "قرب الطريق الرئيس."), published="2024-08-03")


def test_deaths_over_the_past_counted_days_are_a_tally(pipeline):
    # "خلال الأيام الأربعة الماضية": dead counted over several days, as over "الأسابيع الماضية", are no one event
    assert not _events(pipeline, (
        "وقال مسؤول محلي إن «العشرات من عناصر الشرطة والعشائر قتلوا خلال الأيام الخمسة الماضية» في المعارك "
        "حول مدينة هيت."), published="2015-04-20")


def test_an_arabic_country_that_may_strike_is_the_side_of_the_threatened_event(pipeline):
    # "أن تركيا قد تقدم على شن عملية": the country before the modal and the event word stands for its forces,
    # as the English "fear Turkey could launch" does
    (event,) = _events(pipeline, "وحذر رئيس المجلس البلدي، يوم الخميس، من أن إيران قد تقدم على شن عملية عسكرية "
                                 "واسعة في قضاء سيدكان إذا استمرت الهجمات عبر الحدود.")
    assert (event.status, event.actor1.id) == ("hypothetical", "iran-military")


def test_brandishing_and_not_ruling_out_are_threats(pipeline):
    # "لوّح بشن": a threat, not a deed done; "لا يستبعد أن": what is not ruled out may happen
    (event,) = _events(pipeline, "لوّح قائد عسكري إيراني، يوم الخميس، بشن هجوم بالطائرات المسيرة على مقرات أحزاب "
                                 "معارضة في قضاء كويسنجق.")
    assert event.status == "hypothetical"
    (event,) = _events(pipeline, "وقال قائد الشرطة إن المعلومات لا تستبعد أن يحاول تنظيم داعش تنفيذ تفجير انتحاري "
                                 "في سوق مدينة سامراء يوم الجمعة.")
    assert event.status == "hypothetical"


def test_the_event_word_of_a_condition_does_not_stand_for_the_threat(pipeline):
    # "قد تستهدف ... إذا تكررت الضربات", "could hit ... if ... the raids": the condition is not the event threatened
    (event,) = _events(pipeline, "وحذر المحافظ من أن التنظيم قد يقتحم ناحية الصقلاوية خلال أيام إذا لم تصل "
                                 "التعزيزات إلى القوات المحاصرة هناك.")
    assert (event.status, event.actor1.id) == ("hypothetical", "isis")
    (event,) = _events(pipeline, "A tribal leader warned on Sunday that Islamic State could attack villages near Hawija "
                                 "if the bombings in Kirkuk went unpunished.")
    assert (event.status, event.actor1.id, event.location.admin2) == ("hypothetical", "isis", "Al-Hawiga")
    assert event.sub_event_type != "Remote explosive/landmine/IED"


def test_a_group_that_says_it_would_strike_is_the_doer_of_its_threat(pipeline):
    # "warned that it would resume attacks": the group's own word of intent, no speculation, even with no place;
    # a past day told in an aside about the group is not the threat's
    (event,) = _events(pipeline, "Asaib Ahl al-Haq, which two days ago announced a pause in its operations, warned on "
                                 "Saturday that it would resume drone strikes on U.S. bases if the raids continued.")
    assert (event.status, event.actor1.id, event.date.start) == ("hypothetical", "asaib-ahl-al-haq", "2022-06-14")
    assert event.actor2 is None or event.actor2.id != "asaib-ahl-al-haq"
    # an official who is no armed group or state names no doer
    assert not _events(pipeline, "A local official warned on Saturday that it would resume drone strikes on bases.")


def test_the_subject_of_a_condition_is_not_the_doer_of_the_threat(pipeline):
    # "إذا لم ينسحب مسلحو حزب العمال": the ones who must withdraw are not the ones who would strike
    events = _events(pipeline, "وقال مسؤول تركي إن الطائرات ستقصف مواقع في جبل سنجار إذا لم ينسحب مسلحو حزب العمال "
                               "الكردستاني منها خلال أيام.")
    assert all(e.actor1 is None or e.actor1.id != "pkk" for e in events)


def test_violence_promised_on_a_condition_is_a_threat_not_a_plan(pipeline):
    # "ستقصف ... إذا": what will be done if something happens is hypothetical; a protest called for a day stays planned
    (event,) = _events(pipeline, "وقال قائد عسكري إيراني إن قواته ستقصف مقرات الأحزاب المعارضة في قضاء كويسنجق إذا "
                                 "استمرت الهجمات عبر الحدود.")
    assert event.status == "hypothetical"
    (event,) = _events(pipeline, "The union said teachers would march in Basra on 20 June if the ministry did not pay "
                                 "their salaries.")
    assert event.status == "planned"


def test_a_handover_planned_after_one_told_is_news_of_its_own(pipeline):
    # "plans to hand over" after a handover told: a plan, not the retreat of a fight told before
    events = _events(pipeline, "The US-led coalition handed over the Qayyarah air base to Iraqi forces on Sunday, the "
                               "coalition said. The coalition plans to hand over two more bases in Anbar in the coming "
                               "weeks, a spokesman said.")
    assert [e.status for e in events] == ["occurred", "planned"]


def test_tomorrow_morning_without_the_article_is_the_next_day(pipeline):
    # "صباح غد الثلاثاء": the coming Tuesday, not the last one (a protest planned on a condition stays planned)
    (event,) = _events(pipeline, "وقال أحد المنظمين إن المحتجين سيعودون صباح غد الثلاثاء لنصب خيام اعتصام أمام مبنى "
                                 "المحافظة في السماوة إذا لم يستجب المحافظ.", published="2022-06-13")
    assert (event.status, event.date.start) == ("planned", "2022-06-14")


def test_attacks_in_general_placed_only_in_a_whole_country_are_no_event(pipeline):
    # a capacity told of a group ("still able to carry out small-scale attacks ... in Iraq") is no event: the country
    # places nothing; a town still does
    assert not _events(pipeline, "Security experts say Islamic State remains able to carry out attacks in Iraq.")
    assert _events(pipeline, "Islamic State militants carried out hit-and-run attacks on villages near Hawija on Monday.")


def test_an_english_event_noun_before_a_modal_is_what_would_be_done(pipeline):
    # "its drones would hit the base": a threat, told by the group whose weapons they are, even after a condition
    (event,) = _events(pipeline, "Asaib Ahl al-Haq said in a statement that if the raids went on, its drones would hit "
                                 "Balad air base in Salahuddin.")
    assert (event.status, event.sub_event_type, event.actor1.id) == ("hypothetical", "Air/drone strike",
                                                                      "asaib-ahl-al-haq")


def test_a_press_releases_efp_strike_on_a_division_soldier(pipeline):
    # MNF-I releases: an "explosively formed penetrator" is a roadside bomb; a "Multi-National Division-Baghdad
    # Soldier" is a U.S. soldier, not a civilian
    (event,) = _events(pipeline, "One Multi-National Division-Baghdad Soldier was wounded when an explosively formed "
                                 "penetrator struck his patrol in Sadr City at about 9 p.m. March 3.", "2008-03-04")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2.id == "us-forces"


def test_strikes_counted_as_the_subject_of_their_deed_are_one_event(pipeline):
    # "two blasts hit a market on Friday": the blasts counted did one deed on one day, an event, not a tally
    result = pipeline.extract(Article(text="Two blasts hit a livestock market in Tuz Khurmatu on Friday, killing nine people.",
                                      published="2016-03-05"))
    (event,) = result.events
    assert event.fatalities.best == 9 and not result.claims
    # a span of time told keeps the count a tally
    result = pipeline.extract(Article(text="Forty strikes hit militant positions across Nineveh last month.",
                                      published="2016-03-05"))
    assert result.claims and not result.events


def test_a_press_releases_list_of_strikes_by_place(pipeline):
    # each item opens on its place set off by a comma and has no day of its own: an event at that place
    text = ("Coalition military forces conducted airstrikes against ISIL in Iraq on March 3, using fighter aircraft.\n"
            "Near Sinjar, four airstrikes struck an ISIL fighting position and destroyed a mortar system.\n"
            "Near Haditha, one airstrike struck an ISIL staging area.")
    events = _events(pipeline, text, "2016-03-04")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-AN", "IQ-NI"]
    assert all(e.date.start == "2016-03-03" for e in events)


def test_a_day_in_a_who_clause_past_the_report_dates_their_deed(pipeline):
    # "last June" is when the militants overran the area; the recapture is dated by the minister's Monday
    (event,) = _events(pipeline, "MOSUL, May 3 - Kurdish and Iraqi forces have recaptured the town of Bashiqa from "
                                 "Islamic State, the defence minister said on Monday, a blow to the militants who "
                                 "seized much of the plain last June.", "2016-05-03")
    assert event.sub_event_type == "Government regains territory"
    assert event.date.start == "2016-05-02"


def test_who_found_the_bodies_did_not_kill_them(pipeline):
    (event,) = _events(pipeline, "Police found the bodies of three men, blindfolded and shot in the back, on a "
                                 "farm near Baquba on Sunday.", "2009-06-01")
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is None


def test_a_group_saying_one_of_its_suicide_bombers_struck_claims_it(pipeline):
    (event,) = _events(pipeline, "Islamic State said on Tuesday that one of its suicide bombers had rammed a truck "
                                 "into a police station in Tarmiyah.", "2016-02-10")
    assert event.sub_event_type == "Suicide bomb"
    assert (event.status, event.actor1.id) == ("claimed", "isis")


def test_parties_of_the_wire_background_after_the_source_are_no_sides(pipeline):
    # "a week after U.S. and Iraqi troops began a sweep": background past "police said", not whom the bomb hit
    (event,) = _events(pipeline, "A roadside bomb tore through a minibus in Khalis on Sunday, killing eight people, "
                                 "police said, a week after U.S. and Iraqi troops began a sweep of the area.", "2007-03-05")
    assert event.actor2.id == "civilians"


def test_a_force_after_an_opening_near_phrase_is_the_subject(pipeline):
    # "Near Balad," says where; the force after the comma made the arrest, it was not hit near the town
    (event,) = _events(pipeline, "Near Balad, Coalition forces detained seven suspected members of a bombing cell "
                                 "on Thursday.", "2007-11-02")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.id == "coalition"


def test_bodies_found_across_a_city_are_a_tally(pipeline):
    # the wire's daily count of bodies found over the capital: many finds, a tally, with no finder as the killer
    result = pipeline.extract(Article(text="A ministry source said police had recovered 34 bodies across Baghdad "
                                           "overnight, most of them handcuffed and shot.", published="2006-10-12"))
    assert not result.events
    (claim,) = result.claims
    assert claim.count.low == 34 and claim.actor1 is None


def test_the_united_nations_saying_is_no_past_tense(pipeline):
    # "United" is no past verb: a present-tense rate of killing is no event, and adds no dead to the one before
    events = _events(pipeline, "Gunmen shot dead four labourers at a brick factory in Latifiya on Monday, police said.\n"
                               "The United Nations says more than 100 Iraqis are being killed each day.", "2006-10-10")
    assert [e.fatalities.best for e in events] == [4]


def test_a_reference_reaches_past_a_led_compound(pipeline):
    # "after U.S.-led air strikes": the strikes are why the town fell, told as a reference, not the news
    (event,) = _events(pipeline, "Iraqi troops retook Baiji on Thursday after U.S.-led air strikes on militant "
                                 "positions that began last month, an officer said.", "2015-10-23")
    assert event.sub_event_type == "Government regains territory"


def test_a_group_led_by_a_named_party_claims_for_it(pipeline):
    (event,) = _events(pipeline, "An al-Qaeda-led group said on Monday it had killed a police colonel in a bomb "
                                 "attack on his car in Baquba.", "2007-06-12")
    assert (event.status, event.actor1.id) == ("claimed", "al-qaeda")


def test_a_strike_lists_items_are_done_by_the_leads_striker(pipeline):
    text = ("Coalition military forces conducted airstrikes against ISIL in Iraq on March 3, using fighter aircraft.\n"
            "Near Sinjar, four airstrikes struck an ISIL fighting position and destroyed a mortar system.\n"
            "Near Haditha, one airstrike struck an ISIL staging area.")
    events = _events(pipeline, text, "2016-03-04")
    assert len(events) == 2 and all(e.actor1 is not None and e.actor1.id == "coalition" for e in events)


def test_the_subject_between_a_verb_and_its_fixed_object(pipeline):
    # Arabic news puts the subject after the verb: "أطلق مسلحون مجهولون النار", "نظم العشرات وقفة" are the phrases
    # "أطلق النار", "نظم وقفة" with their doer between the words
    (event,) = _events(pipeline, "أطلق مسلحون مجهولون النار على صاحب محل لبيع الأجهزة في قضاء المقدادية بمحافظة ديالى "
                                 "مساء أمس.")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "unidentified-gunmen")
    (event,) = _events(pipeline, "نظم العشرات وقفة أمام مبنى محافظة البصرة احتجاجا على انقطاع الكهرباء.")
    assert event.sub_event_type == "Peaceful protest"
    # a time word is no subject: "فجر" is dawn here, and "نفسه" the same day
    assert not _events(pipeline, "ووصل الوفد إلى مدينة الكوت فجر اليوم نفسه قادما من بغداد.")


def test_border_porters_are_civilians(pipeline):
    # kolbars, the porters who carry goods over the mountains to Iran, are civilians when border guards fire on them
    (event,) = _events(pipeline, "أطلقت قوة من حرس الحدود الإيراني النار على عتالين قرب قرية حدودية في قضاء بنجوين "
                                 "يوم الأحد.")
    assert (event.sub_event_type, event.actor2.id) == ("Attack", "civilians")


def test_a_brawl_of_clansmen_is_a_tribal_clash(pipeline):
    # armed men do not riot, but a fight between clansmen destroys no property: it is a clash between clans
    (event,) = _events(pipeline, "تشاجر أفراد من عشيرتين بالأسلحة الخفيفة في قضاء الشطرة مساء الأربعاء.")
    assert (event.event_type, event.sub_event_type, event.actor1.id) == ("Battles", "Armed clash", "clan-militia")
    (event,) = _events(pipeline, "وقع شجار بين أفراد من عشيرتين بالأسلحة الخفيفة في قضاء الشطرة مساء الأربعاء.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_planned_protest_is_peaceful(pipeline):
    # a protest called for a coming day has met no force yet: the killing it will demand justice for is what it is
    # about, not an intervention, and whoever is blamed for that killing is no actor of the protest
    (protest,) = [e for e in _events(pipeline, "Activists in Kut said on Monday they would rally outside the "
                                               "governorate building on Thursday to demand the arrest of the "
                                               "gunmen who killed a fellow activist last week.", "2021-05-24")
                  if e.event_type == "Protests"]
    assert protest.status == "planned"
    assert protest.sub_event_type == "Peaceful protest"
    assert protest.actor1.id == "protesters" and protest.actor2 is None


def test_violence_a_protest_demands_justice_for_is_no_intervention(pipeline):
    # the shooting the crowd demands accountability for, and the killers it names, were told elsewhere: the
    # gathering itself met no force
    (protest,) = [e for e in _events(pipeline, "تجمع المئات، صباح اليوم الأحد، أمام مبنى محافظة ميسان وسط العمارة، "
                                               "مطالبين بمحاسبة المسؤولين عن إطلاق النار على المتظاهرين ومحاكمة "
                                               "قتلة الناشطين.", "2021-03-14")
                  if e.event_type == "Protests"]
    assert protest.sub_event_type == "Peaceful protest"
    assert protest.actor2 is None and not (protest.fatalities and protest.fatalities.best)


def test_chanting_against_kidnappers_is_no_kidnapping(pipeline):
    (protest,) = _events(pipeline, "On Sunday, hundreds of protesters gathered outside the council building in Kut, "
                                   "chanting against the kidnapping of activists.", "2021-03-15")
    assert protest.sub_event_type == "Peaceful protest"


def test_protest_told_calm_takes_no_intervention(pipeline):
    # "ended without incident", "no friction with the forces": the violence words of the sentence (the killings of
    # the activists whose pictures they held, the clashes denied) were no force used on this gathering
    (protest,) = _events(pipeline, "نظم العشرات من الشبان، اليوم السبت، وقفة في ساحة الاعتصام وسط الكوت رفعوا خلالها "
                                   "صور ناشطين اغتيلوا العام الماضي، وانتهت من دون تسجيل احتكاكات مع القوات الأمنية.",
                         "2021-03-13")
    assert protest.sub_event_type == "Peaceful protest"
    assert protest.actor2 is None


def test_force_firing_two_weapons_at_a_crowd_is_actor2(pipeline):
    # the force that fired is the intervening side, also when the weapons are coordinated before the crowd
    for text in ("Riot police fired rubber bullets and tear gas at protesters in Kut on Friday, killing one.",
                 "قتل متظاهر، أمس الجمعة، عندما أطلقت قوات الأمن قنابل الغاز المسيل للدموع والرصاص المطاطي على "
                 "المحتجين قرب مبنى محافظة واسط."):
        (event,) = _events(pipeline, text, "2019-10-26")
        assert event.sub_event_type == "Excessive force against protesters"
        assert event.actor1.id == "protesters"
        assert event.actor2 is not None and event.actor2.kind == "State forces"


def test_police_breaking_up_a_feud_is_no_protest(pipeline):
    # "فضت النزاع": the police ended a fight between families; no crowd was dispersed
    events = _events(pipeline, "وتدخلت قوة من شرطة قضاء الصويرة وفضت النزاع بين العائلتين، فيما اعتقلت ثلاثة من "
                               "المتورطين أمس.", "2022-06-14")
    assert not any(e.event_type == "Protests" for e in events)


def test_force_warned_of_for_a_coming_march_takes_the_coming_day(pipeline):
    # a warning is of what is to come: "during Sunday's march", told on a Thursday, is the coming Sunday
    events = _events(pipeline, "A senior police official in Kut warned that any attempt to block roads during "
                               "Sunday's march would be dispersed.", "2025-04-10")
    (force,) = [e for e in events if e.sub_event_type == "Protest with intervention"]
    assert force.status == "hypothetical"
    assert force.date.start == "2025-04-13"


def test_force_on_a_crowd_is_the_force_not_the_government_it_petitions(pipeline):
    # with a word of force used on a crowd, the crowd was hit and the force named fired: the local government the
    # crowd gathered at is no side
    (event,) = _events(pipeline, "تجمع مئات المحتجين أمام مبنى الحكومة المحلية في الكوت مطالبين بإقالة المحافظ، قبل "
                                 "أن تطلق قوات مكافحة الشغب الرصاص الحي لتفريقهم، ما أدى إلى مقتل متظاهر أمس.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1.id, event.actor2.id) == ("protesters", "iraq-police")


def test_riot_keeps_its_own_target_when_the_dispersal_is_told_after(pipeline):
    # the riot police who dispersed the crowd in the next sentence were not what the rioters attacked
    (riot,) = _events(pipeline, "أضرم محتجون غاضبون النار، مساء أمس، في مقر حزب سياسي وسط مدينة العمارة. وقال شهود "
                                "عيان إن قوات مكافحة الشغب أطلقت الغاز المسيل للدموع لتفريق المحتجين بعد ذلك.")
    assert riot.sub_event_type == "Violent demonstration"
    assert riot.actor2 is None


def test_gathering_verb_with_a_crowd_is_a_protest(pipeline):
    # "تجمع" is also a noun (an assembly, a party's name); followed by a crowd it is the verb of a gathering
    (event,) = _events(pipeline, "وتجمع العشرات أمس احتجاجا على تأخر صرف الرواتب.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_gathering_dispersed_in_its_clause_is_an_intervention(pipeline):
    (event,) = _events(pipeline, "وتجمع مئات الخريجين أمس أمام بوابة شركة نفط ميسان مطالبين بالتعيين، فاستخدمت قوات "
                                 "مكافحة الشغب خراطيم المياه لتفريقهم.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2.id == "iraq-police"


def test_road_blocked_with_burning_tyres_is_a_protest(pipeline):
    # burning tyres to block a road is the crowd's way of protesting, not a riot (no one and nothing of others hit)
    (event,) = _events(pipeline, "قطع عشرات من أهالي ناحية الدير، مساء أمس، الطريق العام بالإطارات المحترقة احتجاجا "
                                 "على شح المياه.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_english_participle_after_a_toll_count_describes_the_people(pipeline):
    # "injuring four displaced people": the participle between a toll's count and the people names them
    events = _events(pipeline, "On 3 May, a rocket landed near the gate of the Jadaa camp, injuring four displaced "
                               "people, including two women, who were taken to hospital.", published="2017-05-06")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_governments_accord_is_no_agreement_event_but_a_ceasefire_is(pipeline):
    # two governments signing a security accord settle no fighting between them; a ceasefire between two forces does
    assert not _events(pipeline, "The U.S. government and the Iraqi government signed a security agreement in "
                                 "Baghdad on Monday.")
    (event,) = _events(pipeline, "Peshmerga and Iraqi army commanders agreed a ceasefire near Altun Kupri on Friday.")
    assert event.sub_event_type == "Agreement"


def test_english_rumour_told_after_its_denial_is_the_denied_event(pipeline):
    # what videos and posts on social media showed, told after the official denial, is the rumour denied again
    events = _events(pipeline, "Police in Hilla on Monday denied reports that a bomb had exploded at a market in the "
                               "city on Sunday. Videos circulated on social media on Sunday showed smoke over the "
                               "market and posts blamed gunmen for shooting at shoppers.")
    assert [e.status for e in events] == ["denied"]


def test_riot_crowd_told_chanting_after_it_is_the_riot(pipeline):
    # the riot told, then its crowd climbing walls and chanting: one riot, not a peaceful protest beside it
    events = _events(pipeline, "Protesters in Najaf stormed and set fire to the offices of a political party late on "
                               "Sunday. Demonstrators climbed the walls of the building, chanting \"Out, out\", before "
                               "setting it alight.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_suicide_bombers_among_an_assaults_fighters_leave_it_a_clash(pipeline):
    # "The attack involved ... suicide bombers" after an attack on positions between two named sides: the bombers
    # fought in the assault, a clash; a bomber who blew himself up is still a suicide bombing
    (event,) = _events(pipeline, "Islamic State militants launched an attack on Peshmerga positions near Makhmour on "
                                 "Sunday night. The attack involved armoured vehicles and suicide bombers.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "isis", "peshmerga")
    (event,) = _events(pipeline, "A suicide bomber blew himself up at an army checkpoint near Baiji on Sunday, killing "
                                 "four soldiers.")
    assert event.sub_event_type == "Suicide bomb"


def test_english_defences_shooting_down_a_drone_tell_the_drone_attack(pipeline):
    # the coalition's air defences stopping a drone sent at its base: the drone attack, the coalition hit; militants
    # who shoot down an army drone still disrupt its use
    (event,) = _events(pipeline, "Coalition air defences shot down a drone approaching the Ain al-Asad base late on "
                                 "Sunday.", published="2023-11-21")
    assert (event.sub_event_type, event.actor1, event.actor2.id) == ("Air/drone strike", None, "coalition")
    (event,) = _events(pipeline, "PKK militants shot down a Turkish army drone near Amadiya on Monday.",
                       published="2023-11-21")
    assert event.sub_event_type == "Disrupted weapons use"


def test_english_crowd_that_burned_tyres_on_a_road_protests(pipeline):
    # English "burned tyres" across a road is the crowd's way of protesting, as the Arabic one is; a storming told
    # with it is still a riot
    (event,) = _events(pipeline, "Dozens of farmers burned tyres on the highway outside Samawah on Tuesday over "
                                 "water cuts.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    (event,) = _events(pipeline, "Dozens of farmers burned tyres and stormed the water directorate in Samawah on "
                                 "Tuesday.")
    assert event.event_type == "Riots"


def test_crowd_out_to_celebrate_is_no_protest(pipeline):
    # "خرج آلاف" is how Arabic news tells a crowd taking to the streets; to celebrate, it is no protest
    assert not _events(pipeline, "وخرج آلاف من أهالي دهوك إلى الشوارع مساء أمس احتفالا بعيد نوروز.")
    (event,) = _events(pipeline, "وخرج آلاف من أهالي دهوك إلى الشوارع مساء أمس احتجاجا على تأخر الرواتب.")
    assert event.sub_event_type == "Peaceful protest"


def test_clash_between_two_arabic_crowds_is_mob_violence(pipeline):
    # two crowds fighting each other, no force named: mob violence, not force used on protesters
    (event,) = _events(pipeline, "قتل شخصان مساء أمس في مواجهات اندلعت وسط طوزخورماتو بين متظاهرين تركمان من جهة، "
                                 "ومعتصمين كرد من جهة أخرى.", "2023-09-03")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


def test_a_group_saying_its_martyrdom_seeker_did_the_named_bombing_claims_it(pipeline):
    # the statement's own men ("martyrdom seekers") and a place name between the article and the bombing noun
    events = _events(pipeline, "KHALIS - A suicide bomber blew himself up among people queueing at a bakery in "
                               "Khalis on Monday, killing six, police said. Al-Qaeda in Iraq said in an online statement "
                               "that one of its martyrdom seekers had carried out the Khalis bombing.", "2007-05-08")
    (event,) = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert (event.status, event.actor1.id) == ("claimed", "al-qaeda")


def test_a_bare_claim_of_responsibility_claims_the_event_told_before(pipeline):
    # the claim sentence names no event: it claims the bombing told before it
    events = _events(pipeline, "BALAD - A car bomb exploded near a vegetable market in Balad on Tuesday, killing "
                               "seven people, police said. The next day Ansar al-Sunna claimed responsibility in a "
                               "statement on its website.", "2006-05-10")
    (event,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert (event.status, event.actor1.id) == ("claimed", "ansar-al-islam")


def test_no_group_claiming_responsibility_leaves_the_event_unclaimed(pipeline):
    events = _events(pipeline, "BALAD - A car bomb exploded near a vegetable market in Balad on Tuesday, killing "
                               "seven people, police said. No group claimed responsibility.", "2006-05-10")
    (event,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert (event.status, event.actor1) == ("occurred", None)


def test_a_sideless_opened_fire_does_not_turn_a_shooting_into_a_clash(pipeline):
    # the second sentence tells how the killing was done; naming no side, it is no battle
    events = _events(pipeline, "MOSUL -- Unidentified gunmen shot dead a school headmaster outside his house in "
                               "Mosul's Zuhur district on Saturday, police said. The headmaster was unlocking his car "
                               "when three men walked up and opened fire, a neighbour said.", "2006-04-16")
    (event,) = events
    assert event.sub_event_type == "Attack"
    assert event.actor2.id == "civilians"


def test_arabic_blast_dead_told_as_people_are_civilians(pipeline):
    (event,) = _events(pipeline, "قتل ما بين سبعة وتسعة أشخاص في انفجار سيارة مفخخة قرب مرآب للنقل في الحلة "
                                 "صباح أمس الخميس.", "2006-03-10")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2.id == "civilians"


def test_counted_foreign_soldiers_after_qutila_are_the_dead(pipeline):
    (event,) = _events(pipeline, "قتل جنديان بريطانيان وأصيب ثالث في انفجار عبوة ناسفة على طريق الزبير مساء "
                                 "أمس.", "2006-03-10")
    assert event.actor1 is None
    assert event.actor2.id == "uk-forces"


def test_aircraft_subject_of_shelling_verb_is_an_air_strike(pipeline):
    events = _events(pipeline, "الرمادي – أعلن الجيش الأمريكي في بيان، اليوم الأربعاء، أن طائرة تابعة له قصفت ليل "
                               "أمس مسلحين كانوا يزرعون عبوات ناسفة على طريق فرعي قرب الرمادي، ما أدى إلى مقتل "
                               "أربعة منهم.", "2007-02-14")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1.id == "us-forces"
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" for e in events)


def test_claim_verb_right_after_a_dateline_dash_claims(pipeline):
    # (تبنى folds to the verb and its noun alike: the dash before it opens the clause, as a comma would)
    (event,) = _events(pipeline, "الرمادي – تبنى الجيش الإسلامي في العراق في بيان على موقع على الإنترنت تفجير "
                                 "عبوة ناسفة استهدفت دورية للقوات الأمريكية قرب الرمادي صباح أمس الأحد.", "2005-03-14")
    assert event.status == "claimed"


def test_police_source_of_a_suicide_bombing_is_not_its_agent(pipeline):
    (event,) = _events(pipeline, "وقال مصدر في الشرطة إن انتحارياً فجر نفسه وسط تجمع لعناصر الصحوة في المقدادية، "
                                 "ما أدى إلى مقتل ثلاثة من عناصر الصحوة.", "2008-05-02")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1 is None or event.actor1.id != "iraq-police"


def test_uniform_worn_is_no_party_and_storming_is_the_means(pipeline):
    (event,) = _events(pipeline, "الموصل – اقتحم مسلحون يرتدون زي الشرطة مقر شركة للمقاولات في حي الزهور صباح أمس "
                                 "الأحد، وخطفوا ستة من المهندسين العاملين فيها.", "2007-04-16")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2.id == "civilians"


def test_withdrawal_an_agreement_provides_for_is_no_event(pipeline):
    events = _events(pipeline, "وتنص المذكرة على انسحاب القوات الأجنبية من القواعد الجوية بحلول نهاية حزيران "
                               "2009.", "2008-10-02")
    assert not any(e.sub_event_type == "Non-violent transfer of territory" for e in events)


def test_quarter_word_with_bi_introduces_a_baghdad_quarter(pipeline):
    (event,) = _events(pipeline, "بغداد – فكك خبراء المتفجرات في الشرطة مساء أمس عبوة ناسفة وضعت قرب مخبز في شارع "
                                 "فرعي بحي المنصور.", "2007-09-02")
    assert event.location.admin2 == "Al-Karkh"


def test_force_announcing_its_own_dead_is_the_side_hit(pipeline):
    (event,) = _events(pipeline, "أعلن الجيش البريطاني في بيان اليوم الثلاثاء مقتل أحد جنوده بانفجار عبوة ناسفة "
                                 "استهدفت دوريته في العمارة مساء أمس.", "2006-10-17")
    assert event.status == "occurred"
    assert event.actor1 is None
    assert event.actor2.id == "uk-forces"


def test_past_week_after_a_later_reference_clause_dates_the_recalled_event(pipeline):
    events = _events(pipeline, "بغداد – اشتبكت قوات من الجيش العراقي مع مسلحين في شارع حيفا صباح أمس الاثنين. وأعلن "
                               "المتحدث باسم الوزارة أن القوات قتلت ثمانية مسلحين واعتقلت خمسة آخرين، مشيراً إلى أن "
                               "العملية جاءت رداً على تهجير عائلات من الحي الأسبوع الماضي.", "2007-03-13")
    assert events and all(e.date.start == "2007-03-12" for e in events)


def test_a_day_after_a_quarter_name_dates_the_event(pipeline):
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في حي العامرية صباح أمس الاثنين.", "2007-03-13")
    assert event.date.start == "2007-03-12"


def test_between_sides_past_a_dated_aside_and_an_unnamed_side(pipeline):
    (event,) = _events(pipeline, "الكوفة – قتل تسعة أشخاص في المواجهات التي اندلعت مساء أمس، العاشر من محرم، بين "
                                 "مسلحين من جيش المهدي وحراس المسجد والشرطة المحلية، وسط آلاف الزائرين.", "2007-01-30")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1.id, event.actor2.id) == ("jaish-al-mahdi", "iraq-police")


def test_between_sides_told_on_one_hand_and_the_other(pipeline):
    (event,) = _events(pipeline, "بغداد – شهدت منطقة الفضل أمس معارك استمرت ساعات، بين قوات من الجيش العراقي "
                                 "مدعومة بمروحيات من جهة، ومسلحين من تنظيم القاعدة من جهة أخرى.", "2007-01-30")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "al-qaeda")


def test_a_warned_threat_with_an_unnamed_doer_is_coded_where_it_is_placed(pipeline):
    # "warned that <someone> could <do the deed>": the warning is a threat whoever the doer is; with a place it
    # is a record, as a threat with a named doer is
    (threat,) = _events(pipeline, "A tribal elder warned that the gunmen could respond by shelling farms near "
                                  "Jalawla.", "2022-06-14")
    assert threat.status == "hypothetical" and threat.sub_event_type == "Shelling/artillery/missile attack"
    (ambush,) = _events(pipeline, "Police warned that militants hiding in the orchards could try to ambush convoys "
                                  "on the road near Baiji.", "2022-06-14")
    assert ambush.status == "hypothetical"
    # a fear with no warning word, or a warning of no place, is still speculation
    assert not _events(pipeline, "Analysts fear that the gunmen could respond by shelling farms.", "2022-06-14")
    assert not _events(pipeline, "A tribal elder warned that the gunmen could respond by shelling farms.",
                       "2022-06-14")


def test_the_bomber_added_after_a_clause_describing_the_dead(pipeline):
    # "إضافة إلى الانتحاري نفسه" told after a clause that describes the victims, not right after the figure
    text = ("فجر انتحاري يرتدي حزاماً ناسفاً نفسه قرب مدخل سوق شعبي في قضاء طوزخورماتو ظهر أمس، ما أسفر عن مقتل "
            "ثلاثة من الباعة كانوا يفترشون الرصيف أمام البوابة، إضافة إلى الانتحاري نفسه، وإصابة تسعة آخرين.")
    (event,) = _events(pipeline, text, "2018-09-12")
    assert (event.fatalities.best, event.injured.best) == (4, 9)


def test_a_toll_said_to_leave_out_the_bomber_adds_him(pipeline):
    # a later sentence says the toll does not include the bomber: he died too (fatalities = every death told)
    text = ("قتل خمسة أشخاص وأصيب اثنا عشر آخرون، مساء أمس، عندما فجر انتحاري حزامه الناسف داخل مقهى شعبي في "
            "قضاء الخالص.\n"
            "وقال ضابط في الشرطة إن المهاجم دخل المقهى ثم فجر نفسه، مبيناً أن الحصيلة لا تشمل الانتحاري.")
    (event,) = _events(pipeline, text, "2017-03-06")
    assert event.fatalities.best == 6


def test_the_defenders_dead_told_with_their_wounded_after_the_attackers_toll_are_added(pipeline):
    # "فيما قتل أربعة جنود وأصيب ستة آخرون": four is the killing word's figure, not the wounded's; the soldiers'
    # dead add to the attackers' toll told first
    text = ("صدت القوات الأمنية، فجر اليوم، هجوماً لمسلحي داعش على ناحية العلم شرقي تكريت، ما أسفر عن مقتل تسعة "
            "من عناصر التنظيم، فيما قتل أربعة جنود وأصيب ستة آخرون.")
    (event,) = _events(pipeline, text, "2019-05-06")
    assert (event.fatalities.best, event.injured.best) == (13, 6)


def test_a_voter_pair_and_a_friend_are_counted_victims(pipeline):
    # a dual victim noun carries its count ("فقتل ناخبان": 2); a singular one with a possessive ("فقُتل صديقه": 1)
    text = "سقطت قذيفة هاون قرب مركز اقتراع في قضاء الخالص مساء أمس، فقتل ناخبان وجرح ثلاثة آخرون."
    (event,) = _events(pipeline, text, "2010-03-08")
    assert (event.fatalities.best, event.injured.best) == (2, 3)
    text = "أطلق مسلحون النار على مجموعة من الرعاة قرب قرية في قضاء الخالص أمس، فقُتل صديقه على الفور."
    (event,) = _events(pipeline, text, "2019-05-06")
    assert event.fatalities.best == 1


def test_dual_civilians_and_council_member_are_victims(pipeline):
    # the dual مدنيان names civilians; a member of a governorate council, or a department's director, is an official
    (event,) = _events(pipeline, "أصيب مدنيان اثنان بانفجار عبوة ناسفة في ناحية اليوسفية أمس.")
    assert event.actor2.id == "civilians"
    (event,) = _events(pipeline, "أصيب عضو في مجلس محافظة بابل بانفجار عبوة لاصقة في الحلة أمس.")
    assert event.actor2.id == "officials"
    (event,) = _events(pipeline, "أصيب مدير إحدى الدوائر الخدمية بانفجار عبوة لاصقة في الديوانية أمس.")
    assert event.actor2.id == "officials"


def test_victim_of_the_deed_behind_an_arrest_is_not_arrested(pipeline):
    # the one killed or freed, named after the word of that deed, is no one the force arrested
    (event,) = _events(pipeline, "اعتقلت قوة من الشرطة أمس ثلاثة متهمين بجريمة اغتيال صاحب محل في قضاء المقدادية.")
    assert event.sub_event_type == "Arrests" and event.actor2 is None
    (event,) = _events(pipeline, "Police in Basra arrested two men suspected of killing a shop owner in the Ashar "
                                 "district on Monday.")
    assert event.sub_event_type == "Arrests" and event.actor2 is None
    # civilians named right after the arrest word were the ones arrested
    (event,) = _events(pipeline, "اعتقلت قوة أمنية أمس خمسة مدنيين في قرية شمالي بعقوبة.")
    assert event.actor2.id == "civilians"


def test_a_shop_bombed_makes_civilians_the_side_hit(pipeline):
    # a shop selling goods (a liquor store) bombed, no one hurt: civilians were its target
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة صغيرة قرب محل لبيع الملابس في مدينة الحلة ليلة أمس من دون إصابات.")
    assert event.actor2.id == "civilians"
    (event,) = _events(pipeline, "A small bomb went off outside a liquor store in central Basra late on Sunday, "
                                 "causing no casualties.")
    assert event.actor2.id == "civilians"


def test_an_undated_feature_told_this_morning_is_news(pipeline):
    # a correspondent's piece with no weekday, quoting residents in the first person, reads like a column, but
    # "this morning" (unlike a bare "today", also "nowadays") tells the day's news
    text = ("From our reporter in Mosul\n"
            "The bakers on the old bridge road open late now. "
            "This morning a bomb hidden in a vegetable cart ripped through the market in the Nabi Yunis area, "
            "killing four people and wounding eleven, according to a shopkeeper. "
            "\"We used to sell copper pots here,\" said one trader. "
            "\"Now we sell whatever people still buy.\" "
            "Those who stay keep their children indoors after dark.")
    (event,) = _events(pipeline, text, "2022-06-14")
    assert event.fatalities.best == 4
    assert event.date.start == "2022-06-14"


def test_an_incident_log_dates_each_entry_by_its_opening_figures(pipeline):
    text = ("INCIDENT LOG - SOUTH\n"
            "09/06 - Basra, Zubair district: Unknown persons threw a hand grenade at a shop in the early hours. "
            "No casualties.\n"
            "11/06 - Maysan, Amarah: Around 300 teachers held a peaceful demonstration outside the education "
            "directorate demanding unpaid salaries.\n"
            "Recommendation: no change to movement rules.")
    events = _events(pipeline, text, "2022-06-14")
    assert sorted(e.date.start for e in events) == ["2022-06-09", "2022-06-11"]


def test_a_warned_deed_may_stand_past_words_of_setting_about_it(pipeline):
    # "could try to stage large car bombings": the words of setting about the deed do not count towards the reach
    (event,) = _events(pipeline, "A police commander warned on Sunday that militants driven out of the valley could "
                                 "try to stage large car bombings in Kirkuk in the coming weeks.")
    assert event.status == "hypothetical"
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    # a deed of other words is still out of reach: clearing ordnance is no threat
    assert not _events(pipeline, "Engineers warned that it could take years to clear unexploded ordnance from "
                                 "the streets of Kirkuk.")


def test_a_weapon_named_in_what_a_work_is_meant_to_do_is_no_event(pipeline):
    # "a wall meant to push rocket teams out of range": what the wall is for, not how the fight was fought
    (event,) = _events(pipeline, "Iraqi soldiers killed four gunmen in clashes near Tarmiyah on Monday, as engineers "
                                 "raised earth berms meant to drive rocket teams out of range of the base.")
    assert event.sub_event_type == "Armed clash"


def test_a_denial_that_any_attack_took_place_denies_the_claimed_strike(pipeline):
    # the denial names no side and no weapon: it denies the bombing claimed before, not a fight of its own
    events = _events(pipeline, "أعلنت جماعة مسلحة في بيان أن مقاتليها فجروا عبوة ناسفة على رتل عسكري قرب قضاء "
                               "الفلوجة مساء أمس. لكن مصدرا أمنيا في الأنبار قال إنه لم يسجل أي هجوم على "
                               "الأرتال في المنطقة.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].status == "denied"


def test_a_pluperfect_dated_only_by_early_this_month_is_recalled(pipeline):
    # "كان ... قد" with only a part of the month (no day) recalls background, not news
    events = _events(pipeline, "وكانت المدينة قد شهدت مطلع الشهر الجاري اشتباكات بين قوات الشرطة ومسلحين "
                               "قرب مركزها.", published="2022-06-24")
    assert not [e for e in events if e.status == "occurred"]


def test_the_attack_of_last_week_spoken_about_in_an_opening_line_is_no_event(pipeline):
    # a definite "the attack" dated only by last week, with no agent: the interview's subject, recalled
    assert not _events(pipeline, "في لقاء تلفزيوني، تكلم مدير الناحية عن الهجوم الذي طال قرية زراعية شمال قضاء "
                                 "الخالص الأسبوع الماضي.")


def test_a_car_collision_and_celebratory_fire_are_accidents(pipeline):
    # a road collision's dead and a wedding's stray bullet are no attack
    assert not _events(pipeline, "لقي ثلاثة أشخاص مصرعهم وأصيب آخر، صباح اليوم، إثر اصطدام سيارة أجرة بشاحنة على طريق الكوت الدولي.")
    assert not _events(pipeline, "توفي طفل إثر إصابته بعيار ناري خلال إطلاق نار احتفاء بعرس في قضاء الرفاعي.")


def test_men_who_were_preparing_an_attack_make_the_strike_on_them_no_plan(pipeline):
    # "كانوا يستعدون": what the men struck were about to do, not a future of the strike
    events = _events(pipeline, "قصفت طائرة مسيرة مساء أمس الأحد مجموعة من المسلحين كانوا يستعدون لإطلاق قذائف "
                               "هاون من بستان قرب قضاء الطارمية.")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.status == "occurred" and e.date.start == "2022-06-12" for e in strikes)


def test_the_reports_a_denial_denies_told_later_with_no_day_are_the_denied_event(pipeline):
    # the reports' strike, told with no day of its own, is the one denied (dated the evening before)
    events = _events(pipeline, "نفت مديرية الأمن في السليمانية، اليوم الثلاثاء، صحة أنباء عن استهداف طائرة مسيرة "
                               "تركية لسيارة مدنية في ناحية ماوت مساء أمس. وكانت حسابات محلية قد نشرت صوراً للدخان، "
                               "وتحدثت عن \"ضربة جوية\" استهدفت سيارة قرب سوق ناحية ماوت.")
    assert [e.status for e in events] == ["denied"]


def test_freeing_the_citizen_is_no_ground_taken(pipeline):
    # "تحرير المواطن": a captive freed, not territory regained
    events = _events(pipeline, "تمكنت مفارز شرطة واسط، أمس الأحد، من تحرير المواطن (م. ج) الذي خطفته مجموعة "
                               "مسلحة قبل يومين في قضاء الصويرة.")
    assert not [e for e in events if e.sub_event_type == "Government regains territory"]


def test_two_sides_joined_by_and_before_a_clash_verb_are_named_in_order(pipeline):
    # "X and Y clashed": the first named is actor1, the second actor2 (not the one nearer the verb)
    (event,) = _events(pipeline, "Peshmerga fighters and PKK militants exchanged fire near a village in Duhok province "
                                 "on Sunday, local officials said.")
    assert (event.actor1.id, event.actor2.id) == ("peshmerga", "pkk")
    # two state forces joined by "and" are one side
    (event,) = _events(pipeline, "Iraqi soldiers and police fought Mahdi Army fighters in Basra on Sunday.")
    assert event.actor1.id != "iraq-army" or event.actor2 is None or event.actor2.id != "iraq-police"


def test_a_strike_on_an_iranian_kurdish_party_is_presumed_iran_s(pipeline):
    # presumed_strikers.tsv: the side struck names the striker when the text names none
    (event,) = _events(pipeline, "أصيب ثلاثة من عناصر الحزب الديمقراطي الكردستاني الإيراني بجروح، فجر اليوم الأحد، "
                                 "بقصف طائرة مسيرة استهدف مقرا للحزب قرب قضاء كويسنجق.")
    assert event.actor1 is not None and event.actor1.id == "iran-military"


def test_earlier_day_told_in_a_report_of_results_dates_the_items_after_it(pipeline):
    # "أعلنت القيادة، اليوم الاثنين، نتائج العمليات التي أجرتها أمس الأحد": beside the report's day, the earlier
    # day the report tells of dates the results told in the next sentences
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الاثنين، نتائج الواجبات التي أجرتها قطعاتها أمس الأحد.\n"
            "ونفذت طائرات القوة الجوية ضربة جوية على وكر لعصابات داعش في وادي حوران غربي الأنبار.")
    (event,) = _events(pipeline, text, "2023-03-13")
    assert event.sub_event_type == "Air/drone strike"
    assert event.date.start == "2023-03-12"


def test_the_next_sentence_gives_the_day_of_an_event_reported_today(pipeline):
    # the lead tells the strike with only the report's day; the statement told next gives its day ("مساء أمس")
    text = ("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل أربعة إرهابيين بضربة جوية على مضافة في وادي الثرثار.\n"
            "وأضاف البيان أن الطائرات أقلعت من قاعدة بلد الجوية مساء أمس الاثنين.")
    (event,) = _events(pipeline, text, "2023-03-14")
    assert event.sub_event_type == "Air/drone strike"
    assert event.date.start == "2023-03-13"


def test_the_next_sentence_does_not_backdate_a_plan(pipeline):
    # a plan foiled is no event of yesterday: the day told after is the seizure's
    text = ("أعلنت قيادة الشرطة إحباط مخطط لعناصر داعش كانوا ينوون تفجير عبوات ناسفة في سوق قضاء الشرقاط.\n"
            "وقال بيان إن قوة ضبطت، مساء الاثنين، ثلاث عبوات داخل منزل مهجور.")
    events = _events(pipeline, text, "2023-03-14")
    assert all(e.date.start == "2023-03-14" for e in events if e.status == "planned")


def test_the_day_told_just_before_beats_the_day_of_the_report(pipeline):
    # "On Thursday night ... A rocket hit ..., the army said yesterday": the report's day is not the strike's
    text = ("The rocket sirens at the base sounded again on Thursday night.\n"
            "A rocket landed beside a barracks in Basra, wounding two soldiers, the army said yesterday.")
    (event,) = _events(pipeline, text, "2023-03-18")
    assert event.date.start == "2023-03-16"


def test_a_planned_event_on_a_month_day_is_the_coming_one(pipeline):
    # "said on Thursday they would march on Aug. 3": the coming Aug. 3, not the Sunday after the report's Thursday
    text = "Activists said on Thursday they would hold a demonstration in Duhok on Aug. 3."
    (event,) = _events(pipeline, text, "2026-07-30")
    assert event.status == "planned"
    assert event.date.start == "2026-08-03"


def test_a_day_counted_back_is_not_moved_to_the_coming_week(pipeline):
    # "مساء أمس الاثنين" is yesterday whatever else the sentence tells of what was to come
    text = ("أعلن الجيش، اليوم الثلاثاء، أن طائرة مسيرة قصفت مساء أمس الاثنين مسلحين كانوا يستعدون لإطلاق صواريخ "
            "في قضاء الطارمية.")
    events = _events(pipeline, text, "2023-03-14")
    assert [e.date.start for e in events if e.sub_event_type == "Air/drone strike"] == ["2023-03-13"]


def test_a_claim_day_before_the_attack_word_gives_way_to_the_earlier_attack_day(pipeline):
    # the claim came today; the attack it claims, told after its word, was yesterday
    text = ("تبنى تنظيم داعش، اليوم الاثنين، هجوماً بعجلة مفخخة يقودها انتحاري قال إنه استهدف مساء أمس الأحد تجمعاً "
            "للحشد الشعبي قرب قضاء بيجي.")
    events = _events(pipeline, text, "2023-03-13")
    assert [e.date.start for e in events if e.status == "claimed"] == ["2023-03-12"]


def test_what_the_targets_were_preparing_does_not_make_the_strike_planned(pipeline):
    # "كانوا يستعدون" (past progressive) after the strike tells what the men were doing when it hit them
    events = _events(pipeline, "قصفت طائرة مسيرة مساء أمس الاثنين مسلحين كانوا يستعدون لإطلاق قذائف هاون "
                               "قرب قضاء بلد، ما أدى إلى مقتل أربعة منهم.", published="2022-06-14")
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike and strike[0].status == "occurred" and strike[0].date.start == "2022-06-13"
    # a plan told in the present is still a plan
    assert all(e.status != "occurred" for e in _events(
        pipeline, "قالت قيادة العمليات إن مسلحين يستعدون لشن هجوم على قضاء بلد."))


def test_a_threat_with_a_hijri_date_set_off_between_verb_and_deed_is_a_threat(pipeline):
    # "هدد X، <اليوم الأربعاء الموافق ... هـ>، باستئناف القصف": the dated aside joins the verb to the deed it governs;
    # the group that threatens with بـ is the doer; "أيلول المقبل" is the coming September
    events = _events(pipeline, "هدد قائد في الحرس الثوري الإيراني، اليوم الأربعاء الموافق الخامس من ربيع الأول "
                               "1445، باستئناف القصف على مقار الأحزاب الكردية المعارضة في قضاء كويه، إذا لم تنزع "
                               "سلاحها قبل العاشر من تشرين الأول المقبل.", published="2023-09-20")
    assert [(e.status, e.sub_event_type, e.actor1.id) for e in events] == [
        ("hypothetical", "Shelling/artillery/missile attack", "iran-irgc")]


def test_a_group_threatening_with_a_deed_is_its_doer(pipeline):
    # "هدد X بـ<الفعل>" (verb first, the deed after بـ): the group's own threat, a record even under a condition
    (event,) = _events(pipeline, "هدد قائد في الحرس الثوري الإيراني باستئناف القصف على مقار الأحزاب الكردية المعارضة "
                                 "في قضاء كويه، إذا لم تنزع سلاحها.")
    assert (event.status, event.actor1.id) == ("hypothetical", "iran-irgc")


def test_the_killed_counted_over_a_period_are_a_claim(pipeline):
    # a count of the dead over a month, a year or a span "since" is a tally, no one attack (both languages)
    for text, count in (("BAGHDAD - The ministry said on Monday that 2,150 civilians were killed in Iraq in "
                         "October and November.", 2150),
                        ("Rights groups say more than 40 journalists have been killed since the start of 2021.", 41),
                        ("Iraqi security forces killed 37 militants during April in operations across the north, "
                         "a spokesman said.", 37),
                        ("قالت منظمة حقوقية إن أكثر من خمسين صحفياً قتلوا في العراق منذ مطلع عام 2021.", 51)):
        result = pipeline.extract(Article(text=text, published="2022-06-14"))
        assert [c.count.best for c in result.claims] == [count], text
        assert not result.events, text


def test_a_single_killing_with_a_month_is_no_tally(pipeline):
    # the month belongs to another deed told after the killing, the figure is an age, or the toll follows an attack
    for text in ("Militants killed about 900 prisoners after seizing them in June 2014.",
                 "Seven Italian engineers were killed in an ambush south of Baghdad in November.",
                 "Umm Ali, 63, whose son was killed by a sniper in March 2017, still lives in the old city.",
                 "Gunmen attacked a checkpoint on Saturday, killing 14 soldiers in the deadliest attack this year."):
        assert not _claims(pipeline, text), text


def test_a_digest_tally_with_no_date_counts_the_month_told_before(pipeline):
    # the month a digest's heading or opening tells dates its tallies with no date of their own, not the day of
    # publication (nor a month compared with)
    text = ("SECURITY NOTE - NINEVEH (Mar 2019)\nSummary: The situation in western Nineveh remained tense in March, "
            "up from a calm February.\nPartners reported seven IED attacks attributed to ISIS in Sinjar and Tal Afar "
            "during the month.")
    (claim,) = pipeline.extract(Article(text=text, published="2019-04-04", lang="en")).claims
    assert (claim.date.start, claim.date.end) == ("2019-03-01", "2019-03-31")


def test_this_week_in_a_digest_out_on_monday_is_the_week_just_ended(pipeline):
    text = ("IRAQ SECURITY DIGEST - Issue 12\nSummary: 11 IS-attributed incidents were recorded across the country "
            "this week, most of them in Kirkuk and Diyala.")
    (claim,) = pipeline.extract(Article(text=text, published="2022-03-21", lang="en")).claims
    assert (claim.date.start, claim.date.end) == ("2022-03-14", "2022-03-20")


def test_a_nationality_between_the_figure_and_the_tally_noun_keeps_the_tally(pipeline):
    # "11 Turkish air and drone strikes": the nationality says whose strikes are counted, a tally still
    result = pipeline.extract(Article(text="We recorded at least 11 Turkish air and drone strikes in Duhok province "
                                           "between 3 and 9 April.", published="2023-04-11", lang="en"))
    assert [c.count.best for c in result.claims] == [11]
    assert not result.events


def test_people_held_since_a_point_in_time_are_a_tally(pipeline):
    # arrests counted "since" a day or an operation's start grow over days of raids: a claim, no one arrest
    for text in ("وقالت وزارة الداخلية إن قوات الشرطة اعتقلت أكثر من ستين شخصاً في بغداد منذ الأربعاء.",
                 "وقال قائد العمليات إن قواته اعتقلت أكثر من خمسمئة مطلوب منذ بدء العملية.",
                 "The council said more than 30 suspected militants had been detained in operations across the "
                 "region since the beginning of the year."):
        result = pipeline.extract(Article(text=text, published="2022-06-14"))
        assert len(result.claims) == 1 and result.claims[0].event_type == "Strategic developments", text
        assert not result.events, text


def test_a_span_since_weeks_ago_tells_a_lasting_state_no_event(pipeline):
    # "منذ" + a time over a week back, up to now: what has gone on since then, not an event of that day
    text = ("الكوت – قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما في الكوت مساء أمس. "
            "وتشهد المحافظة منذ أواخر نيسان الماضي مواجهات بين القوات الأمنية ومسلحين.")
    events = _events(pipeline, text, published="2008-05-20")
    assert [e.date.start for e in events] == ["2008-05-19"]
    text = ("الكوت – قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما في الكوت مساء أمس. "
            "وقال قائد الشرطة إن قواته بسطت سيطرتها على معظم أحياء المدينة منذ أواخر نيسان الماضي.")
    events = _events(pipeline, text, published="2008-05-20")
    assert [e.date.start for e in events] == ["2008-05-19"]


def test_almost_daily_shelling_is_a_pattern(pipeline):
    text = ("زاخو – أصيب مزارع بغارة لطائرة مسيرة تركية قرب قرية حدودية شمالي زاخو أمس. "
            "وتتعرض القرى الحدودية لقصف شبه يومي منذ أن بدأت تركيا الأربعاء الماضي عمليتها العسكرية.")
    events = _events(pipeline, text, published="2020-06-22")
    assert len(events) == 1


def test_a_threats_condition_clause_tells_no_event(pipeline):
    # "..., إذا لم تلتزم بغداد بنزع سلاح الأحزاب": the condition of a threat, told in a clause of its own after it
    events = _events(pipeline, "هدد قائد في الحرس الثوري الإيراني، اليوم الاثنين، بشن هجمات جديدة على مقرات أحزاب "
                               "كردية معارضة قرب قضاء كويسنجق، إذا لم تلتزم بغداد بنزع سلاح تلك الأحزاب.",
                     published="2023-09-04")
    assert not [e for e in events if e.sub_event_type == "Change to group/activity"]


def test_weapons_the_gunmen_use_in_the_present_are_a_habit(pipeline):
    text = ("الكوت – قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما في الكوت مساء أمس. "
            "وقال ضابط إن المسلحين يستخدمون قذائف الهاون ويقطعون الطرق في أطراف المدينة.")
    events = _events(pipeline, text, published="2008-05-20")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_officer_killed_off_duty_is_an_attack(pipeline):
    # a policeman shot outside his home fights no one: a one-sided attack, not a clash
    events = _events(pipeline, "Gunmen shot dead a police captain outside his home in Kirkuk on Sunday, police said.")
    assert [(e.sub_event_type, e.actor2 and e.actor2.id) for e in events] == [("Attack", "iraq-police")]
    events = _events(pipeline, "Gunmen attacked a police checkpoint in Kirkuk on Sunday, killing two policemen.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_agreement_on_salaries_settles_no_conflict(pipeline):
    # two governments agreeing how to pay salaries is no conflict agreement; a truce of armed sides is
    text = "The Kurdistan Regional Government and the federal finance ministry agreed on Sunday on a plan to pay the salaries of teachers."
    assert [e.sub_event_type for e in _events(pipeline, text)] == []
    text = "Elders of the two tribes signed a truce in Qurna on Sunday after the clashes."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Agreement"]


def test_mourners_at_a_funeral_are_no_protest(pipeline):
    text = "Hundreds of villagers chanting prayers attended his funeral in Ramadi on Friday."
    assert [e.sub_event_type for e in _events(pipeline, text)] == []
    text = "Hundreds of villagers chanting slogans against the governor marched in Ramadi on Friday."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Peaceful protest"]


def test_a_weapon_named_with_only_a_place_or_a_day_tells_no_use_of_it(pipeline):
    # rockets shown in a film, or carried as cargo: the weapon is named as a thing, not used
    assert not _violent_told(pipeline, "وعرض التقرير صورا لمستودع يضم صواريخ في جنوب لبنان.")
    assert not _violent_told(pipeline, "ووصلت الى الميناء امس سفينة تنقل دبابات وصواريخ.")
    # a verb of firing or falling beside it still tells the attack
    assert _violent_told(pipeline, "وقال مصدر امني ان ثلاث قذائف سقطت امس على قرية في ناحية الضلوعية.")


def test_an_english_bomb_an_aircraft_dropped_is_an_air_strike(pipeline):
    # the bombing or the bomb an aircraft told just before it dropped is an air strike, not a roadside bomb
    (event,) = _events(pipeline, "Officials denied reports that an unidentified aircraft had bombed a militia "
                                 "position near Rutba overnight.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike"
    (event,) = _events(pipeline, "A spokesman said coalition aircraft dropped a bomb on a house near Hawija on "
                                 "Friday, killing six militants.", "2022-06-14")
    assert event.sub_event_type == "Air/drone strike"
    # a bomb with no aircraft before it stays a bomb
    (event,) = _events(pipeline, "A bomb exploded near a police patrol in Hawija on Friday, killing two.", "2022-06-14")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_two_bodies_in_construct_count_two(pipeline):
    # "جثتي" (the two bodies of), as "جثماني": the attackers' bodies left behind are dead of the clash too
    text = ("صد مقاتلو الحشد هجوماً لعناصر داعش على نقطة في قضاء الطارمية ليلة أمس، ما أسفر عن استشهاد مقاتل، فيما ترك "
            "المهاجمون جثتي اثنين من عناصرهم قرب النقطة.")
    (event,) = _events(pipeline, text, "2021-03-02")
    assert event.fatalities.best == 3


def test_a_toll_told_of_an_earlier_month_is_not_the_last_events(pipeline):
    first = "أصيب جنديان بجروح، اليوم الأحد، بانفجار عبوة ناسفة استهدفت عجلتهم على طريق قرب قضاء طوزخورماتو."
    (event,) = _events(pipeline, first + " وكانت المنطقة ذاتها قد شهدت في تشرين الأول الماضي هجوماً أسفر عن مقتل "
                                         "ثلاثة من الجنود.")
    assert not event.fatalities
    # a toll with no day of its own is still the blast's
    (event,) = _events(pipeline, first + " وأسفر الانفجار أيضاً عن مقتل مدني كان يمر في المكان.")
    assert event.fatalities.best == 1


def test_a_dual_death_verb_counts_two(pipeline):
    # "استشهدا" (the two were martyred) counts its two dead even when its subject's figure stands far before it
    text = ("تنعى قيادة شرطة ديالى منتسبَين اثنين من أبطال الفوج الثالث استشهدا فجر اليوم إثر انفجار عبوة ناسفة في "
            "ناحية العظيم.")
    (event,) = _events(pipeline, text, "2021-03-02")
    assert event.fatalities.best == 2


def test_own_dead_told_after_the_attack_with_no_event_of_their_own(pipeline):
    lead = "صد مقاتلو الحشد الشعبي فجر اليوم هجوماً لعناصر داعش على نقطة في جزيرة سامراء"
    (event,) = _events(pipeline, lead + ". وقد ارتقى خلال التصدي شهيدان من مقاتلينا، وأصيب ثالث بجروح طفيفة.",
                       "2021-04-27")
    assert event.fatalities.best == 2
    # the attackers' dead told with the attack, the defenders' after it: both sides' dead are counted
    (event,) = _events(pipeline, lead + "، وقتلوا ثلاثة من المهاجمين. وقد ارتقى اثنان من أبطالنا شهيدين في هذه "
                                        "المنازلة.", "2021-04-27")
    assert event.fatalities.best == 5


def test_a_non_violent_transfer_counts_no_dead(pipeline):
    # the fighting's toll, merged into the handover told with it, goes to the day's violent event
    text = ("MAKHMOUR - Iraqi troops and PMF fighters took control of the district building, a military base and two oil "
            "fields on Tuesday after Peshmerga units loyal to one party pulled back from their positions without a "
            "fight. The handover followed heavy clashes early on Tuesday south of the town, where Peshmerga commanders "
            "said Iraqi forces attacked their lines with artillery. At least four Peshmerga were killed and 12 wounded, "
            "a Peshmerga officer at the Makhmour front told reporters.")
    events = _events(pipeline, text, "2017-10-18")
    transfer = [e for e in events if e.sub_event_type == "Non-violent transfer of territory"]
    assert transfer and not any(e.fatalities for e in transfer)
    assert any(e.fatalities and e.fatalities.best == 4 for e in events if e.event_type == "Battles")


def test_a_dual_death_verb_with_no_figure_counts_two(pipeline):
    # "مقاتلين" is dual or plural alike unvowelled: the dual verb after it counts the two dead
    (event,) = _events(pipeline, "أفاد مصدر أمني بأن مقاتلَين من الحشد العشائري قُتلا في هجوم مسلح شنه عناصر من داعش على "
                                 "نقطة في قضاء الطارمية مساء أمس.", "2021-03-02")
    assert event.fatalities.best == 2
    # active, with its object: the object is the dead
    (event,) = _events(pipeline, "قال مصدر إن مسلحَين قتلا شرطياً في هجوم على نقطة في قضاء الطارمية مساء أمس.",
                       "2021-03-02")
    assert event.fatalities.best == 1


def test_rockets_and_small_arms_assault_is_a_clash(pipeline):
    # an assault with rockets or grenades beside machine guns is fought on the ground: an armed clash
    for text in ("هاجم مسلحون نقطة تفتيش للجيش في قضاء بيجي فجر أمس بالقذائف الصاروخية والأسلحة الرشاشة، ما أدى إلى مقتل جندي.",
                 "هاجم مسلحون نقطة تفتيش للجيش في قضاء بيجي فجر أمس بالأسلحة الخفيفة والقنابل اليدوية، ما أدى إلى مقتل جندي."):
        events = pipeline.extract(Article(text=text, published="2021-05-10")).events
        assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_rockets_alone_stay_a_shelling(pipeline):
    text = "سقطت قذائف صاروخية على معسكر للجيش في قضاء بيجي فجر أمس، ما أدى إلى إصابة جندي."
    events = pipeline.extract(Article(text=text, published="2021-05-10")).events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_bodies_found_with_the_finders_between(pipeline):
    # "عثرت على جثث" written with the finders and the time between the verb and the bodies is still a killing found
    for text, dead in (("عثرت دورية للشرطة صباح أمس على جثث أربعة رجال مكبلي الأيدي قرب سوق في قضاء المحمودية.", 4),
                       ("انتشلت دوريات الشرطة النهرية عصر أمس جثتين من نهر دجلة قرب قضاء المحمودية.", 2)):
        events = pipeline.extract(Article(text=text, published="2006-11-20")).events
        assert [(e.sub_event_type, e.actor2.id, e.fatalities.best) for e in events] == [("Attack", "civilians", dead)]


def test_an_arabic_paragraph_opening_on_its_place_supports_the_event_after_an_aside(pipeline):
    # "وفي الناصرية،" opens the round-up's item: the clash told after a source and an aside set off by commas is
    # placed, and supported, there
    text = ("وفي الناصرية، ذكر مسؤول محلي أن خمسة أشخاص، من بينهم شرطيان، قتلوا في اشتباكات مع مسلحين قرب السوق.")
    (event,) = _events(pipeline, text, "2008-03-28")
    assert event.sub_event_type == "Armed clash" and event.location.admin1_code == "IQ-DQ"


def test_damaged_vehicle_of_a_force_is_the_target(pipeline):
    (event,) = _events(pipeline, "An explosive charge damaged a U.S. military vehicle on the highway near Balad on "
                                 "Monday, the military said.", "2006-04-11")
    assert event.actor2.id == "us-forces"
    assert event.actor1 is None


def test_english_wounding_after_and_counts_its_own_figure(pipeline):
    (event,) = _events(pipeline, "Gunmen attacked a checkpoint near Baquba on Friday, killing three policemen and a "
                                 "civilian and wounding four others.", "2007-02-10")
    assert event.fatalities.best == 4
    assert event.injured.best == 4


def test_aside_between_commas_keeps_the_passive_subject_the_victim(pipeline):
    (event,) = _events(pipeline, "A policeman, who had just finished his shift, was killed when a bomb went off "
                                 "under his car in Kirkuk on Thursday.", "2008-02-08")
    assert event.actor2.id == "iraq-police"
    assert event.actor1 is None


def test_driving_out_of_a_place_expels_no_one(pipeline):
    # "drove out of" is leaving by car, not "drove out" militants: no territory event, no police doer for the blast
    (event,) = _events(pipeline, "A sticky bomb blew up a judge's car in Kirkuk on Sunday. The device went off as "
                                 "the judge drove out of his garage, a police officer said.", "2019-03-04")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is None


def test_vehicle_rolling_over_is_an_accident(pipeline):
    # soldiers who died when their vehicle rolled over were not attacked
    assert not _events(pipeline, "A U.S. soldier was killed on Monday when his Stryker rolled over near Tal Afar.",
                       "2009-05-02")
    assert not _events(pipeline, "Four policemen were killed when their pickup flipped over on the road to Rutba "
                                 "on Sunday.", "2009-05-02")


def test_attacker_killed_with_the_victims_is_counted(pipeline):
    # "killing herself and two policemen": three dead, the bomber too
    (event,) = _events(pipeline, "A woman wearing an explosives vest detonated it outside a police station in Baquba "
                                 "on Tuesday, killing herself and two policemen.", "2008-10-01")
    assert event.fatalities.best == 3


def test_bulleted_strikes_counted_as_doers_are_air_strikes(pipeline):
    # a list item's bullet does not hide the item, and strikes that "engaged" or "destroyed" something are air
    # strikes (the event noun and its deed), not a clash of whoever "engaged"
    events = _events(pipeline, "WASHINGTON, May 3 - U.S. aircraft hit targets in Iraq on May 2, officials said.\n"
                               "- Near Baiji, three strikes engaged a group of ISIS fighters.\n"
                               "- Near Haditha, one strike destroyed an ISIS car-bomb workshop.", "2016-05-03")
    got = sorted((e.sub_event_type, e.location.admin2) for e in events if e.location and e.location.admin2)
    assert ("Air/drone strike", "Beygee") in got and ("Air/drone strike", "Haditha") in got
    assert not any(e.sub_event_type == "Armed clash" for e in events)


def test_listed_strikes_take_the_striker_of_the_days_tally(pipeline):
    # a release that counts one force's strikes on a day and then lists them with no doer tells that force's strikes
    text = ("The coalition carried out nine strikes against ISIS in Iraq on Tuesday, a statement said.\n"
            "Near Haditha, two strikes destroyed an ISIS weapons depot.")
    events = [e for e in _events(pipeline, text, "2016-09-14") if e.sub_event_type == "Air/drone strike"]
    assert events and all(e.actor1 is not None and e.actor1.id == "coalition" for e in events)


def test_a_deed_someone_is_sentenced_for_is_no_new_event(pipeline):
    # the bombing a man is sentenced to death for is the charge, not news of the day of the sentence
    text = "A court in Nasiriyah on Sunday sentenced two men to death for the car bomb that hit a market in Basra in 2019."
    assert not [e for e in _events(pipeline, text, "2021-04-12") if e.event_type == "Explosions/Remote violence"]


def test_militants_as_doer_are_the_one_group_named(pipeline):
    # "militants" who did the deed, in an article naming one rebel group, are that group; militants killed are not
    text = ("The Naqshbandi Army has grown stronger around Hawija this spring, officials say.\n"
            "On Saturday militants shelled a village outside Hawija, wounding four farmers.")
    (event,) = [e for e in _events(pipeline, text, "2015-04-12") if e.event_type != "Strategic developments"]
    assert event.actor1 is not None and event.actor1.id == "naqshbandi-army"


def test_militants_ambushing_a_named_force_are_the_one_group_named(pipeline):
    # the force the militants hit stays the battle's actor2 while the article's one rebel group is found as the doer
    # (a battle's lone side moves to actor1 only when no doer is found)
    text = ("Ansar al-Sunna has stepped up its raids north of Baquba this year, officials say.\n"
            "On Tuesday militants ambushed a police patrol outside Khalis, killing three officers.")
    (event,) = [e for e in _events(pipeline, text, "2007-05-16") if e.event_type == "Battles"]
    assert (event.actor1.id, event.actor2.id) == ("ansar-al-islam", "iraq-police")


def test_a_state_force_striking_militants_hits_the_one_group_named(pipeline):
    # a state's deed done to men named only "militants" (or a "militant" site) after its word, in an article naming
    # one rebel group, was done to that group
    text = ("Ansar al-Sunna has stepped up its raids north of Baquba this year, officials say.\n"
            "On Tuesday Iraqi jets bombed two militant hideouts near Khalis, the defence ministry said.")
    (event,) = [e for e in _events(pipeline, text, "2007-05-16") if e.sub_event_type == "Air/drone strike"]
    assert event.actor2 is not None and event.actor2.id == "ansar-al-islam"


def test_militants_warned_of_in_a_later_clause_were_not_arrested(pipeline):
    text = ("Ansar al-Sunna has stepped up its raids north of Baquba this year, officials say.\n"
            "Police arrested three men suspected of smuggling fuel in Khalis on Tuesday, officials said, as "
            "commanders in Baquba and Muqdadiya warned that insurgents could strike again soon.")
    (event,) = [e for e in _events(pipeline, text, "2007-05-16") if e.sub_event_type == "Arrests"]
    assert event.actor2 is None


def test_rounds_fired_by_the_militants_are_the_one_group_named(pipeline):
    # militants named after "by" right after the event word did it, in an article naming one rebel group
    text = ("Ansar al-Sunna has stepped up its raids north of Baquba this year, officials say.\n"
            "On Tuesday three mortar rounds fired by the militants landed on a market in Khalis, wounding five "
            "shoppers.")
    (event,) = [e for e in _events(pipeline, text, "2007-05-16") if e.event_type == "Explosions/Remote violence"]
    assert event.actor1 is not None and event.actor1.id == "ansar-al-islam"


def test_the_one_side_a_battle_was_fought_against_stays_actor2(pipeline):
    # English: the one side named after the event word is the object of a deed whose doer no actor names ("soldiers");
    # it is not the battle's actor1
    text = "Residents said soldiers had clashed with YBS fighters near Sinune on Monday, killing one."
    (event,) = [e for e in _events(pipeline, text, "2022-05-03") if e.event_type == "Battles"]
    assert event.actor1 is None and event.actor2.id == "ybs"


def test_a_bombing_that_hurt_unnamed_people_hit_civilians(pipeline):
    # English: a bombing that killed or wounded people no side is named for hit civilians
    text = "Minutes later, a car bomb exploded near a bus stop in Kadhimiya, killing four and wounding eleven."
    (event,) = _events(pipeline, text, "2008-03-11")
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_a_reporter_writing_we_under_a_dated_dateline_files_news(pipeline):
    # "we" in a report filed under a dated dateline is the reporter, not a columnist arguing
    text = ("FALLUJAH, Iraq, June 3 - A car bomb explodes near the Fallujah hospital as our convoy halts nearby. "
            "We wait behind a wall for an hour while the officers tell us what they know.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2016-06-03")] == ["Remote explosive/landmine/IED"]


def test_a_dated_dateline_places_a_weapon_word(pipeline):
    # a dateline with its country and day places an unambiguous weapon word told with no place of its own
    text = "TIKRIT, Iraq, Nov. 9 - A suicide bomber struck a wedding party, police said."
    (event,) = _events(pipeline, text, "2015-11-09")
    assert event.sub_event_type == "Suicide bomb" and event.location.admin1_code == "IQ-SD"


def test_people_taken_away_by_a_militia_are_abducted(pipeline):
    # "taken away by" armed men tells an abduction
    text = "Two shopkeepers were taken away by fighters of Asaib Ahl al-Haq in Baquba on Friday, relatives said."
    (event,) = _events(pipeline, text, "2015-02-14")
    assert event.sub_event_type == "Abduction/forced disappearance" and event.actor2.id == "civilians"


def test_a_foreign_dateline_does_not_place_an_event_told_in_the_country_in_focus(pipeline):
    # the dateline is where the report was filed; the country the clause names is where it happened
    text = ("TEHRAN - Iranian artillery shelled positions of Kurdish rebels in Iraq on Monday, state media said. "
            "The shells landed near villages in the Sidakan area of Erbil province.")
    events = _events(pipeline, text, "2019-07-09")
    assert events and all(e.location is not None and e.location.country == "Iraq" for e in events)


def test_grenades_in_a_sentence_telling_clashes_are_the_fights_weapons(pipeline):
    # a grenade listed with other arms in a sentence that also tells clashes by a noun is a weapon of the
    # fight (the clash verb of weight 2 tells it), not an explosion of its own
    events = _events(pipeline, "تسلل مسلحون ليلاً إلى قرية البو بالي في قضاء الخالدية وهاجموا ثكنة للجيش بالرشاشات "
                               "والقنابل اليدوية، واندلعت اشتباكات استمرت ساعتين.")
    assert events and all(e.sub_event_type == "Armed clash" for e in events)


def test_bombs_told_after_force_on_a_crowd_keep_its_type(pipeline):
    # "the bombs" told after tear gas fired at a crowd are the canisters of that crackdown, not a bombing of
    # their own that would retype the crackdown as an IED
    events = _events(pipeline, "لقي متظاهر حتفه مساء أمس في ساحة الحبوبي بالناصرية بعدما أطلقت قوات الأمن قنابل الغاز "
                               "المسيل للدموع على المعتصمين. وقال طبيب إن إحدى القنابل قتلت الشاب فيما أصيب ثلاثة آخرون.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_month_after_since_does_not_date_the_riot_told_beside_it(pipeline):
    # "أعنف مواجهات منذ بداية الاحتجاجات في آذار الماضي": March opens the span of the protests; the riot is
    # last night's, not a month-old deed dropped as a span
    (event,) = _events(pipeline, "وشهدت مدينة الكوت مساء أمس أعنف مواجهات منذ بداية الاحتجاجات في آذار الماضي، إذ أحرق "
                                 "محتجون مبنى مجلس المحافظة.", published="2022-10-03")
    assert event.sub_event_type == "Violent demonstration"
    assert event.date.start == "2022-10-02"


def test_earlier_in_the_evening_with_the_pluperfect_is_the_days_news(pipeline):
    # "وكانت ... قد ... في وقت سابق من المساء": earlier on the day of the event told before, news, not history
    events = _events(pipeline, "أحرق محتجون غاضبون ليلة أمس مقر حزب في مدينة العمارة. وكانت الشرطة قد أطلقت النار في "
                               "وقت سابق من المساء على متظاهرين اقتربوا من المقر، ما أسفر عن مقتل اثنين منهم.")
    (force,) = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force.fatalities.best == 2 and force.date.start == "2022-06-13"


def test_an_attack_on_a_social_ill_past_its_adjective_is_figurative(pipeline):
    # "هجوم واسع على البطالة": a campaign against unemployment, one adjective between the noun and على
    assert not _events(pipeline, "وتعهد محافظ الأنبار في الرمادي أمس بشن هجوم واسع على البطالة والفقر خلال العام المقبل.")


def test_those_a_claimant_alleges_against_are_no_side(pipeline):
    # "مدعياً أن صاحبه يعمل مع الحشد": the claimant's justification, telling no dead or deed, names no target
    (event,) = _events(pipeline, "أعلن تنظيم داعش في بيان مسؤوليته عن تفجير منزل في قرية البو حياة بقضاء الخالدية فجر "
                                 "اليوم، مدعياً أن صاحبه يعمل مع الحشد الشعبي.")
    # (a house blown up with no side hit named is the civilians', ACLED's default target of property destruction)
    assert event.actor1.id == "isis" and (event.actor2 is None or event.actor2.id == "civilians")


def test_a_span_told_in_a_protests_grievance_dates_the_grievance(pipeline):
    # "احتجاجاً على عدم صرف مستحقاتهم منذ أشهر / منذ مطلع الموسم": the span is the grievance's; the sit-in is today's
    for span in ("منذ أشهر", "منذ مطلع الموسم"):
        (event,) = _events(pipeline, "اعتصم عشرات المزارعين صباح اليوم أمام مبنى محافظة واسط في الكوت احتجاجاً على عدم "
                                     f"صرف مستحقاتهم {span}.")
        assert event.sub_event_type == "Peaceful protest" and event.date.start == "2022-06-14"


def test_a_deed_told_between_two_years_past_is_history(pipeline):
    # "بين 2015 و2016": a bare span of years opened by بين dates the deed years before publication
    assert not _events(pipeline, "وأكد شهود أن المسلحين خطفوا عشرات الرجال من قرى ناحية الرياض بين 2015 و2016.",
                       published="2021-03-02")


def test_a_day_between_a_find_word_and_the_bomb_found_stretches_its_reach(pipeline):
    # "عثرت الشرطة مساء أمس الجمعة على عبوة": the day told between the verb and its object is no distance
    (event,) = _events(pipeline, "وقال المصدر إن قوة من الجيش عثرت في ساعة متأخرة من مساء أمس الأربعاء على عبوة ناسفة "
                                 "مزروعة قرب جسر في قضاء تلعفر.", published="2022-06-16")
    assert event.sub_event_type == "Disrupted weapons use"


def test_state_forces_are_no_suicide_bomber(pipeline):
    # "وإن المنتسبين أوقفوه قبل أن يفجر نفسه": the men who stopped the bomber did not bomb; no state force is the
    # agent of a suicide bombing
    events = _events(pipeline, "فجر انتحاري سيارة مفخخة عند سيطرة للشرطة في قضاء حديثة صباح اليوم. وقال مصدر إن "
                               "الانتحاري كان يقود عجلة حمل، وإن المنتسبين أوقفوه قبل أن يفجر نفسه.", published="2022-06-16")
    (event,) = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert event.actor1 is None and event.actor2.id == "iraq-police"


def test_a_deed_feared_is_hypothetical(pipeline):
    # "أبدى الأهالي خشيتهم من أن ...": what is feared has not happened
    events = _events(pipeline, "وأبدى عدد من المعتصمين في ساحة الحبوبي بالناصرية خشيتهم من أن تقتحم قوات مكافحة الشغب "
                               "الساحة لفض الاعتصام بالقوة.")
    assert not [e for e in events if e.status == "occurred"]


def test_between_unit_named_with_its_force_is_the_first_side(pipeline):
    # "الفرقة الخامسة عشرة بالجيش العراقي": the division and its army are one side; the second opens after them
    # (ar-dev30-013 showed the army read as the second side)
    (event,) = _events(pipeline, "وقعت مواجهات قرب سنجار بين وحدات من الفرقة الخامسة عشرة بالجيش العراقي "
                                 "ومقاتلين من حزب العمال الكردستاني.")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "pkk")


def test_a_since_clause_after_the_event_names_no_side(pipeline):
    # the force told after "since" marks the time the killings are counted from; the victim is the driver
    events = _events(pipeline, "Gunmen killed a taxi driver in western Mosul on Tuesday, the third such killing in "
                               "the district since Peshmerga fighters withdrew from the area last year.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Attack"
    assert events[0].actor2.id == "civilians"


def test_a_nationality_before_strikes_names_the_striker(pipeline):
    events = _events(pipeline, "US airstrikes overnight destroyed two weapons depots of Kataib Hezbollah near Qaim.")
    assert events and events[0].actor1.id == "us-forces"


def test_an_event_listed_under_attacks_responded_to_is_recalled(pipeline):
    # "including ..." names one of the attacks the arrests answer; its "that killed" is that attack's toll
    events = _events(pipeline, "Police arrested three men in Tarmiyah on Tuesday, in response to a string of attacks "
                               "on checkpoints in the district, including Sunday's rocket barrage on a base near "
                               "Dujail that killed an officer.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_reference_after_the_event_word_closes_its_arguments(pipeline):
    events = _events(pipeline, "Iraqi F-16 jets bombed an ISIS hideout in the Hamrin mountains, in response to a "
                               "string of attacks on army posts, including Sunday's ambush near Tuz Khurmatu that "
                               "killed four soldiers.")
    assert len(events) == 1
    assert events[0].actor2.id == "isis"
    assert events[0].fatalities is None


def test_a_verb_joined_by_and_to_a_recalled_one_is_recalled(pipeline):
    events = _events(pipeline, "The curfew was lifted in Nasiriyah on Tuesday, a week after demonstrators stormed "
                               "and torched the provincial council building.")
    assert not any(e.event_type == "Riots" for e in events)


def test_setting_it_alight_is_a_riot(pipeline):
    events = _events(pipeline, "The governor's guards fled before the mob set it alight on Sunday night.")
    assert any(e.sub_event_type == "Violent demonstration" for e in events)


def test_unnamed_shooters_firing_on_a_crowd_are_no_crowd(pipeline):
    events = _events(pipeline, "Two demonstrators were killed in Amarah on Monday when guards opened fire on a crowd "
                               "outside an oil company's gate.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_hyphened_mission_name_names_no_party(pipeline):
    events = _events(pipeline, "Two mortar rounds were fired on Monday at a camp near Erbil used by advisers of the "
                               "counter-ISIS mission.")
    assert len(events) == 1
    assert events[0].actor1 is None and (events[0].actor2 is None or events[0].actor2.id != "isis")


def test_a_possessive_day_dates_the_thing_it_owns(pipeline):
    # Monday is the price rise's day; the clash denied has only the denial's day
    events = _events(pipeline, "Security officials on Thursday denied reports that soldiers clashed with tribesmen "
                               "near Hawija over Monday's fuel price rise.", published="2022-06-17")
    assert len(events) == 1
    assert events[0].date.start != "2022-06-13"


def test_the_day_of_a_statement_is_not_the_day_of_the_deed_it_tells(pipeline):
    events = _events(pipeline, "Gunmen kidnapped an oil engineer near Baiji, police said. In a statement posted "
                               "online on Thursday, the kidnappers said they had taken him on Monday night.",
                     published="2022-06-17")
    assert len(events) == 1
    assert events[0].date.start == "2022-06-13"


def test_a_force_named_right_before_a_reduced_passive_was_hit(pipeline):
    # "Four Sahwa killed": the Sahwa men are the dead, not killers of civilians
    events = _events(pipeline, "Four Sahwa killed, three wounded.")
    assert len(events) == 1
    assert events[0].sub_event_type != "Attack"
    assert events[0].actor2 is None or events[0].actor2.id != "civilians"


def test_something_that_caught_fire_and_exploded_is_an_accident(pipeline):
    assert not _events(pipeline, "Four workers were hurt in Kirkuk on Sunday when a fuel tank at a power station "
                                 "caught fire and exploded.")
    # a bomb that set a truck on fire is still the bombing
    assert _events(pipeline, "A roadside bomb struck a fuel truck near Tikrit on Monday, and the truck caught fire.")


def test_every_weapon_listed_after_a_find_word_was_found(pipeline):
    events = _events(pipeline, "Police in Tarmiyah found two mortar shells, three Katyusha rockets, a suicide vest "
                               "and five IEDs hidden in an orchard on Sunday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_deed_a_group_once_did_is_history(pipeline):
    assert not _events(pipeline, "The militia, which once kidnapped dozens of Sunni men at checkpoints in Jurf "
                                 "al-Sakhar, now runs a string of businesses in Babil.")


def test_opening_fight_does_not_absorb_shelling_of_a_third_party(pipeline):
    # the fighting between two named sides and mortars later falling on a third party's base are two events
    text = ("استمرت المعارك أمس الأحد في قرى جنوب الموصل بين قوات البيشمركة وعناصر تنظيم داعش. وفي وقت لاحق سقطت "
            "ثلاث قذائف هاون على قاعدة القوات الأميركية في القيارة من دون أن تسبب إصابات.")
    events = _events(pipeline, text, "2016-10-24")
    assert [(e.sub_event_type, e.actor2.id) for e in events] == [
        ("Armed clash", "isis"), ("Shelling/artillery/missile attack", "us-forces")]


def test_arabic_between_past_a_list_of_quarters(pipeline):
    # the quarters a fight spread over come before its sides: "بين" still names them, in their order
    text = ("اندلعت مواجهات عنيفة فجر أمس في أحياء العامل والبياع والسيدية وحي الجهاد جنوب غرب بغداد بين قوات الشرطة "
            "الاتحادية ومسلحي تنظيم القاعدة.")
    (event,) = _events(pipeline, text, "2007-05-02")
    assert (event.actor1.id, event.actor2.id) == ("iraq-federal-police", "al-qaeda")


def test_fight_between_sides_carries_its_day(pipeline):
    # "بين" after a fighting word names the sides, not a speaker ("بيّن"): the day told after it is the fight's and
    # dates the undated sentence that follows
    text = ("اندلعت اشتباكات عنيفة بين الحشد الشعبي ومسلحي داعش قرب قضاء بيجي مساء أول أمس. وفي تكريت انفجرت سيارة "
            "مفخخة قرب سوق شعبي ما أدى إلى مقتل ثلاثة مدنيين.")
    events = _events(pipeline, text, "2015-06-10")
    assert [e.date.start for e in events] == ["2015-06-08", "2015-06-08"]


def test_the_dead_told_as_abducted_stay_a_killing(pipeline):
    # bodies found, then "the victims had been abducted": one event, the killing (an Attack), not an abduction
    text = ("عثر أهالي قضاء بلد صباح اليوم على جثتي شقيقين مصابتين بطلقات نارية في بستان قرب الطريق العام. وأفاد مصدر "
            "أمني بأن الضحيتين خطفا من منزلهما في القضاء.")
    events = _events(pipeline, text, "2014-03-03")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("Attack", 2)]


def test_any_attack_is_no_event(pipeline):
    # "any attack" (no negation before it) speaks of attacks that may come: none is told
    for text in ("وأكد المتحدث أن أي هجوم على المعسكر في قضاء الدبس يعد تجاوزا للخطوط الحمراء.",
                 "وقال محافظ البصرة إن أية اشتباكات في ناحية الدير ستضر بسمعة العشائر.",
                 "The commander said any attack on the base in Ain al-Asad would be answered with force."):
        assert not [e for e in _events(pipeline, text, "2019-05-02") if e.status == "occurred"]


def test_aircraft_accused_of_a_bombing_past_a_long_accuser(pipeline):
    # "اتهم ... طائرة تركية بقصف": the aircraft named before the charge is the one blamed, and the bombing an air strike
    text = ("اتهم شيوخ عشائر في قضاء سنجار مساء أمس طائرة تركية بقصف سيارة مدنية قرب ناحية سنوني، ما أسفر عن مقتل "
            "ثلاثة مدنيين.")
    (event,) = _events(pipeline, text, "2021-08-17")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Air/drone strike", "turkey-military",
                                                                        "civilians")


def test_helicopters_bombing_is_an_air_strike(pipeline):
    (event,) = _events(pipeline, "قصفت مروحيات عراقية مواقع لمسلحين في جزيرة سامراء فجر اليوم.", "2021-08-17")
    assert event.sub_event_type == "Air/drone strike"


def test_men_in_police_suits_taking_a_range_of_people(pipeline):
    # "بزات الشرطة" is the uniform worn (no party), and "ما بين عشرين وثلاثين تاجرا" the abducted counted after the verb
    text = ("داهم مسلحون يرتدون بزات الشرطة الاتحادية سوقا للماشية في ناحية اليوسفية فجر أمس، واقتادوا ما بين عشرين "
            "وثلاثين تاجرا إلى جهة مجهولة.")
    (event,) = _events(pipeline, text, "2006-11-15")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == (
        "Abduction/forced disappearance", "unidentified-gunmen", "civilians")


def test_an_arabic_explosive_worn_by_men_killed_is_no_blast(pipeline):
    # the belts describe the men shot dead; no suicide bombing was told
    events = _events(pipeline, "قتلت قوة من الجيش، مساء أمس، أربعة مسلحين كانوا يرتدون أحزمة ناسفة عند أطراف "
                               "قضاء الشرقاط.", published="2019-03-11")
    assert events and all(e.sub_event_type != "Suicide bomb" for e in events)
    # a bomber who set his belt off is still a suicide bombing
    (event,) = _events(pipeline, "فجر انتحاري يرتدي حزاماً ناسفاً نفسه وسط سوق في قضاء الشرقاط أمس، ما أسفر عن "
                                 "مقتل خمسة مدنيين.", published="2019-03-11")
    assert event.sub_event_type == "Suicide bomb"


def test_an_attack_on_a_partnership_is_figurative(pipeline):
    assert not _events(pipeline, "أقر مجلس محافظة كركوك، أمس، نقل مقار الحشد الشعبي خارج المدينة، ووصف أعضاء "
                                 "الكتلة العربية القرار بأنه «هجوم على الشراكة» بين المكونات.", published="2019-03-11")


def test_a_building_is_not_the_city_of_amara(pipeline):
    events = _events(pipeline, "أطلق قناص من تنظيم داعش النار من سطح عمارة قريبة على المارة أمس فقتل رجلين.",
                     published="2019-03-11")
    assert events and all(e.location is None or e.location.admin1_code != "IQ-MA" for e in events)


def test_the_owner_of_a_drone_told_after_it_fired_it(pipeline):
    # "طائرة مسيرة تابعة لـ X": X flew it, the soldiers hit are the target
    (event,) = _events(pipeline, "أصيب ثلاثة جنود بقصف طائرة مسيرة تابعة لحزب العمال الكردستاني على ربيئة عسكرية في "
                                 "قضاء زاخو فجر اليوم.", published="2019-03-11")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.id == "pkk"


def test_a_bomb_a_drone_dropped_and_control_tightened_and_artillery_rounds(pipeline):
    (event,) = _events(pipeline, "قتل طفل بقنبلة ألقتها طائرة مسيرة على سطح منزل في ناحية ربيعة مساء أمس.",
                       published="2019-03-11")
    assert event.sub_event_type == "Air/drone strike"
    (event,) = _events(pipeline, "أحكمت قوات الجيش سيطرتها على قرية البو عيثة جنوبي بغداد بعد انسحاب المسلحين منها "
                                 "أمس.", published="2019-03-11")
    assert event.sub_event_type == "Government regains territory"
    (event,) = _events(pipeline, "نفذت مدفعية الجيش رمايات على مواقع لتنظيم داعش في جزيرة الخالدية أمس.",
                       published="2019-03-11")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_second_arabic_backer_joined_by_and_supports_too(pipeline):
    (event,) = _events(pipeline, "تمكنت قوات الشرطة الاتحادية وبإسناد من الجيش العراقي وطيران التحالف الدولي من تحرير "
                                 "قرية الخفاجية جنوب الشرقاط من داعش أمس.", published="2019-03-11")
    assert event.actor1 is not None and event.actor1.id == "iraq-federal-police"


def test_qairawan_is_in_sinjar_district(pipeline):
    (event,) = _events(pipeline, "قتل خمسة من عناصر داعش في اشتباك مع الجيش قرب ناحية القيروان غربي نينوى أمس.",
                       published="2019-03-11")
    assert event.location.admin2 == "Sinjar"


def test_the_people_wanted_men_hid_among_are_no_party(pipeline):
    (event,) = _events(pipeline, "اعتقلت الشرطة ثلاثة من عناصر داعش كانوا يختبئون بين النازحين في مخيم الخازر أمس.",
                       published="2019-03-11")
    assert event.actor2 is not None and event.actor2.id == "isis"


def test_the_attackers_own_killing_after_besides_adds_him_past_the_wounded(pipeline):
    (event,) = _events(pipeline, "هاجم انتحاري يقود دراجة نارية مفخخة حاجزاً للشرطة في قضاء طوزخورماتو أمس، ما أدى إلى "
                                 "مقتل ثلاثة منتسبين وإصابة سبعة آخرين، إضافة إلى مقتل الانتحاري.",
                       published="2019-03-11")
    assert event.fatalities is not None and event.fatalities.best == 4


def test_any_attack_with_no_negation_names_no_attack(pipeline):
    assert not _events(pipeline, "وقال نائب عن الكتلة أمس إن أي هجوم على مقرات الحزب في البصرة سيقابل برد حازم.",
                       published="2019-03-11")
    # with a negation it is a denied attack, as before
    events = _events(pipeline, "وقال قائد شرطة كركوك أمس إن مقرات الشرطة في المدينة لم تتعرض لأي هجوم.",
                     published="2019-03-11")
    assert all(e.status == "denied" for e in events)


def test_a_bare_year_closing_a_phrase_is_no_toll(pipeline):
    events = _events(pipeline, "وقالت محكمة في بيان إن المدانين اعترفوا بإضرام النار في بساتين في ناحية العباسي خلال "
                               "موسم قطاف 2018، وبقتل فلاحين، إضافة إلى زرع عبوات ناسفة على طرق ريفية.",
                     published="2021-03-11")
    assert all(e.fatalities is None or e.fatalities.best != 2018 for e in events)


def test_an_arabic_arrest_takes_neither_toll_nor_force_of_the_deed_charged(pipeline):
    (event,) = _events(pipeline, "أعلنت مديرية أسايش كركوك، اليوم السبت، اعتقال ثلاثة متهمين بتفجير عبوة ناسفة قتلت "
                                 "ضابطا في جهاز مكافحة الإرهاب قرب منزله.", published="2024-07-27")
    assert event.sub_event_type == "Arrests"
    assert event.fatalities is None
    assert event.actor1 is not None and event.actor1.id == "asayish"


def test_a_toll_recalled_from_an_earlier_month_does_not_complete_the_last_event(pipeline):
    (event,) = _events(pipeline, "أصيب ثلاثة جنود بانفجار عبوة ناسفة قرب طوزخورماتو أمس. وكان الطريق قد شهد في تشرين "
                                 "الثاني الماضي تفجيراً لداعش أسفر عن مقتل عدد من الرعاة.", published="2019-03-11")
    assert event.fatalities is None or not event.fatalities.best


def test_the_force_whose_men_follow_qiyam_did_the_deed(pipeline):
    (event,) = _events(pipeline, "نفت وزارة الداخلية الأنباء عن قيام عناصر من الشرطة بإحراق منازل في قرية قرب الحويجة.",
                       published="2019-03-11")
    assert event.status == "denied"
    assert event.actor1 is not None and event.actor1.id == "iraq-police"


def test_between_after_an_event_word_is_no_report_verb_and_its_day_carries_on(pipeline):
    # "بين" right after "اشتباكات" is "between", not "بيّن" (stated): the day told after it dates the next sentence
    events = _events(pipeline, "اندلعت اشتباكات بين عشيرتين في قضاء المدينة شمالي البصرة مساء أمس. وفي قضاء القرنة، "
                               "اشتبكت قوة من الشرطة مع مسلحين قرب السوق.", published="2019-03-11")
    assert len(events) == 2 and all(e.date is not None and e.date.start == "2019-03-10" for e in events)


def test_nobody_claiming_is_no_claim(pipeline):
    (event,) = _events(pipeline, "A car bomb went off outside a bakery in Samarra on Sunday. Nobody claimed the blast.")
    assert event.status == "occurred"


def test_group_saying_it_had_planted_a_bomb_claims_it(pipeline):
    (event,) = _events(pipeline, "A militant faction said on its website that it had planted the bomb that wrecked an "
                                 "army truck near Baiji on Sunday.")
    assert event.status == "claimed"


def test_event_a_day_after_is_dated_the_day_before(pipeline):
    # the main clause is on Thursday; what it came "a day after" was on Wednesday
    (event,) = _events(pipeline, "The governor resigned on Thursday, a day after gunmen shot dead three policemen "
                                 "at a checkpoint in Kirkuk.", published="2022-06-17")
    assert event.date.start == "2022-06-15"
    # the main clause past the comma keeps its own day
    (arrest,) = _events(pipeline, "A day after the bombing, police arrested four men in Kirkuk.",
                        published="2022-06-17")
    assert arrest.date.start == "2022-06-17"


def test_father_of_counts_children_not_dead(pipeline):
    (event,) = _events(pipeline, "A bomb hidden in a cart exploded outside a bakery in Baquba on Sunday. The baker, "
                                 "a father of four, was killed.")
    assert event.fatalities.best == 1


def test_a_joint_force_s_parts_are_no_target(pipeline):
    # two state forces joined by "و" are one side, the joint force; and so are those told after "من" as what a
    # joint force is made of
    for text in ("اعتقلت قوات من الجيش والشرطة الاتحادية أمس ثلاثة مطلوبين في قضاء الطارمية.",
                 "أحبطت قوة مشتركة من الشرطة ومكافحة الإرهاب مساء أمس محاولة لتفجير عبوة ناسفة في قضاء بيجي."):
        (event,) = _events(pipeline, text, published="2019-05-05")
        assert event.actor1 is not None and event.actor2 is None, text


def test_men_held_when_a_firefight_ended_leave_it_a_clash(pipeline):
    text = ("قتل شخص وأصيب شرطيان في اشتباك مسلح بين الشرطة وتجار أسلحة في قضاء المجر الكبير ليلة أمس. وقال مصدر أمني "
            "إن التجار فتحوا النار على دورية الشرطة فردت عليهم، ما أدى إلى مقتل أحدهم والقبض على اثنين آخرين.")
    (event,) = _events(pipeline, text, published="2021-03-10")
    assert event.sub_event_type == "Armed clash"


def test_who_planted_the_bomb_set_it_off(pipeline):
    # "عبوة ناسفة زرعها عناصر داعش": the planters are the agent, the fighter martyred before them the one hit
    (event,) = _events(pipeline, "استشهد آمر فوج في الحشد الشعبي بانفجار عبوة ناسفة زرعها عناصر داعش على طريق في "
                                 "ناحية العظيم أمس.", published="2023-03-16")
    assert event.actor1.id == "isis" and event.actor2 is not None and event.actor2.id == "pmf"


def test_the_force_whose_base_a_drone_hit_is_the_target(pipeline):
    # "القاعدة الجوية للجيش التركي": the force named after "the (air) base" owns the base hit, it flew nothing
    (event,) = _events(pipeline, "قصفت طائرة مسيرة مجهولة فجر اليوم القاعدة الجوية للجيش التركي في ناحية بامرني.",
                       published="2021-04-16")
    assert event.actor2 is not None and event.actor2.id == "turkey-military"
    assert event.actor1 is None or event.actor1.id != "turkey-military"


def test_a_toll_told_after_an_earlier_dated_event_is_not_the_news_s(pipeline):
    # "بعد تفجير مماثل في آذار الماضي أدى إلى مقتل ثلاثة": the three dead are March's, not this blast's
    (event,) = _events(pipeline, "أصيب جنديان بانفجار عبوة ناسفة قرب قضاء الطارمية أمس، بعد تفجير مماثل في آذار الماضي "
                                 "أدى إلى مقتل ثلاثة مزارعين.", published="2021-06-10")
    assert event.fatalities is None or event.fatalities.best != 3


def test_a_state_force_s_statement_tells_its_own_arrests(pipeline):
    # the heading names the issuer; an arrest its text tells with no doer named is the issuer's own
    text = "بيان صادر عن مديرية شرطة كربلاء\nأسفرت عمليات التفتيش صباح اليوم عن القبض على ثلاثة مطلوبين في قضاء عين التمر."
    (event,) = _events(pipeline, text, published="2021-06-10")
    assert event.actor1 is not None and event.actor1.id == "iraq-police"


def test_bombs_being_planted_are_a_preparation_not_an_explosion(pipeline):
    # "planting" is a purpose word: the bombs it governs have not gone off (b10, en-dev35-012)
    assert not _events(pipeline, "Fighters were seen planting roadside bombs under two bridges in Fallujah, a local "
                                 "official said on Sunday.", "2004-11-07")
    assert not _events(pipeline, "Shopkeepers in Fallujah said masked men were planting IEDs along the market road "
                                 "on Sunday.", "2004-11-07")
    # the bomb that went off while being planted is still told by its own verb
    (event,) = _events(pipeline, "Three insurgents died in Ramadi on Sunday when a bomb they were planting "
                                 "exploded.", "2004-11-07")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_find_told_as_none_finds_no_weapon_and_tells_no_event(pipeline):
    # "found no sign of a blast": nothing was found and nothing went off (b10, en-dev32-009)
    assert not _events(pipeline, "Engineers who swept the bridge in Mosul found no trace of an IED after the "
                                 "warning on Friday, the army said.", "2023-05-06")
    assert not _events(pipeline, "Inspectors at the Ramadi checkpoint found no explosives in the lorry on Friday.",
                       "2023-05-06")
    # a find with no negation is still the seizure
    (event,) = _events(pipeline, "Engineers who swept the bridge in Mosul found an IED on Friday, the army said.",
                       "2023-05-06")
    assert event.sub_event_type == "Disrupted weapons use"


def test_without_negates_the_noun_after_it_not_a_later_verb(pipeline):
    # "men in a pickup without number plates kidnapped": the plates are missing, the kidnapping happened
    # (b10, en-dev32-006)
    (event,) = _events(pipeline, "Masked men without uniforms stormed a shop in Karbala on Sunday and shot "
                                 "its owner dead.", "2023-05-08")
    assert event.status == "occurred"
    # a gerund or a passive after "without" is still negated
    (event,) = _events(pipeline, "The convoy crossed Karbala on Sunday without being attacked.", "2023-05-08")
    assert event.status == "denied"


def test_a_figure_then_a_past_verb_ending_the_sentence_is_a_log_passive(pipeline):
    # "the army reports 3 wounded.": the reporter is no doer; the toll is the clash's (b10, en-dev32-003)
    (event,) = _events(pipeline, "Two clans fought with rifles near Hartha in Basra on Friday evening over a land "
                                 "dispute. Police in the district report 4 killed.", "2022-07-23")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.best == 4


def test_had_after_a_dated_statement_told_at_length_is_reported_speech(pipeline):
    # "said in a statement ... on Friday that it had killed": the backshifted tense of the report, not history
    # (b10, en-dev35-006)
    (event,) = _events(pipeline, "The army said in a statement read on state television on Tuesday that its "
                                 "troops had killed two ISIS fighters near Rutba.", "2019-03-06")
    assert event.actor2.id == "isis"
    assert event.status == "occurred"


def test_the_force_that_trained_the_doer_is_no_side(pipeline):
    # "trained by" is a `support` word: the trainer backs the doer, it does not act (b10, en-dev29-008)
    (event,) = _events(pipeline, "Police units trained by the coalition arrested four ISIS suspects in Kirkuk on "
                                 "Monday.", "2019-10-04")
    assert event.actor1.id == "iraq-police"


def test_words_glossing_a_term_tell_no_event(pipeline):
    # what a term is said to mean ("to mean killed") tells no killing
    text = ("Security officials say the army uses the phrase 'dealt with' to mean killed or arrested when it reports "
            "raids on militant hideouts in Hamrin.")
    assert not _events(pipeline, text, "2020-03-02")


def test_two_fights_at_two_places_of_one_district_with_their_own_dead_stay_apart(pipeline):
    # a strike near one village killing two, then a bare clash at another village of the same district killing
    # five: two incidents, the clash no elaboration of the strike
    text = ("Two gunmen were killed in a drone strike near Jalawla on Friday, officials said. Five more died in "
            "clashes in Saadiya later that day, a local official said.")
    events = _events(pipeline, text, "2020-03-07")
    assert sorted((e.sub_event_type, e.fatalities.best) for e in events) == [("Air/drone strike", 2), ("Armed clash", 5)]


def test_armed_group_naming_a_site_after_the_event_word_is_no_doer(pipeline):
    # "a PKK post" passed after the event word: the post's owner, not the one who fired
    text = "A civilian car was struck by a rocket while it drove past a PKK post near Batifa on Sunday."
    (event,) = _events(pipeline, text, "2021-04-12")
    assert event.actor1 is None or event.actor1.id != "pkk"


def test_a_country_blamed_after_the_event_word_did_it(pipeline):
    # ", blaming Iran": the country blamed stands for its forces, the doer
    text = "An artillery shell hit a farm near Sidakan on Monday, wounding a shepherd, the mayor said, blaming Iran."
    (event,) = _events(pipeline, text, "2021-04-12")
    assert event.actor1 is not None and event.actor1.id == "iran-military"


def test_a_definite_weight_one_mention_places_the_event_just_told(pipeline):
    # "the strikes" told again with a place of its own: the place of the strikes just told, one event
    text = ("American warplanes bombed Kataib Hezbollah depots on Friday night, killing six fighters. A militia "
            "official later said the strikes hit two warehouses near Qaim.")
    events = _events(pipeline, text, "2020-01-04")
    assert [(e.sub_event_type, e.location and e.location.admin2) for e in events] == [("Air/drone strike", "Al-Kaim")]


def test_a_person_from_a_town_seized_is_abducted(pipeline):
    # "from Basra" tells where the man comes from: no ground was seized
    (event,) = _events(pipeline, "A journalist from Basra was seized by gunmen outside his home on Sunday.", "2020-11-03")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_members_of_a_group_after_by_are_the_doers(pipeline):
    # "by members of X": the marker "members of" belongs to the doer phrase, X is not the one taken
    text = "A trader was kidnapped on Friday in Basra by members of Asaib Ahl al-Haq, police said."
    (event,) = _events(pipeline, text, "2020-11-03")
    assert event.actor1 is not None and event.actor1.id == "asaib-ahl-al-haq"


def test_an_event_noun_after_until_is_a_limit_not_an_event(pipeline):
    # "continue until the threat is removed": the threat is what ends the vow, no event
    text = ('Speaking on Sunday, a Kataib Hezbollah commander said bases near Jurf al-Sakhar were "nests of spies" and '
            'that Kataib Hezbollah would "continue until the threat is removed."')
    assert not _events(pipeline, text, "2022-11-21")


def test_armed_group_saying_it_struck_is_the_claiming_agent(pipeline):
    # "قالت كتائب حزب الله إنها قصفت": the speaker's own pronoun on "that" before the verb: it did it, and says so
    # (ar-dev30-008 showed the group dropped as a mere source)
    (event,) = _events(pipeline, "قالت كتائب حزب الله في بيان إنها قصفت بصواريخ الكاتيوشا معسكراً للقوات الأمريكية "
                                 "في محافظة الأنبار.")
    assert event.status == "claimed"
    assert (event.actor1.id, event.actor2.id) == ("kataib-hezbollah", "us-forces")


def test_a_source_impersonal_it_names_no_doer(pipeline):
    # "قال مصدر في الشرطة إنه قتل": the impersonal "إنه" of a source, not the police saying it killed
    (event,) = _events(pipeline, "قال مصدر في شرطة ديالى إنه قتل مدني بهجوم مسلح في قضاء المقدادية.")
    assert event.actor1 is None or event.actor1.id != "iraq-police"
    assert event.status == "occurred"


def test_armed_group_right_after_attack_verb_is_its_subject(pipeline):
    # verb-subject-object: "استهدف تنظيم داعش نقطة للجيش": the group right after "استهدف", another object after it,
    # is the doer, not the target
    (event,) = _events(pipeline, "استهدف تنظيم داعش نقطة للجيش العراقي قرب قضاء الطارمية بقذائف الهاون مساء الخميس.")
    assert (event.actor1.id, event.actor2.id) == ("isis", "iraq-army")


def test_english_armed_group_saying_it_attacked_claims_it(pipeline):
    # "X said (that) it attacked": an armed group's own "it" as the subject of the deed it tells is its claim; a PMF
    # faction's too (ar-dev30-008 review); a foreign army's "said it struck" stays a fact
    (event,) = _events(pipeline, "Kataib Hezbollah said that it attacked a US convoy near Baghdad on Sunday.")
    assert event.status == "claimed" and event.actor1.id == "kataib-hezbollah"
    (event,) = _events(pipeline, "Kataib Hezbollah said on Sunday it had fired rockets at Ain al-Asad air base.")
    assert event.status == "claimed" and event.actor1.id == "kataib-hezbollah"
    (event,) = _events(pipeline, "The US military said it struck a Kataib Hezbollah facility in Jurf al-Sakhar on Sunday.")
    assert event.status == "occurred"


def test_armed_group_own_men_targeting_with_drone_is_its_claimed_strike(pipeline):
    # "إن مقاتليها استهدفوا ... مستخدمين طائرة مسيرة": an armed group's men's "targeted" is its attack, and what it
    # was done "using" tells the kind (ar-dev6-004 had no event)
    (event,) = _events(pipeline, "قالت كتائب سيد الشهداء إن مقاتليها استهدفوا معسكر زليكان التركي في ناحية بعشيقة "
                                 "مستخدمين طائرة مسيرة.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.status == "claimed" and event.actor1.id == "kataib-sayyid-al-shuhada"


def test_a_protest_that_is_intended_to_do_something_is_planned(pipeline):
    # "is intended to" tells a purpose still ahead: the march is planned, on the coming Sunday
    text = "KARBALA - The march on Sunday is intended to press the governor over power cuts, organisers said."
    (event,) = _events(pipeline, text, published="2021-07-14")
    assert (event.status, event.date.start) == ("planned", "2021-07-18")


def test_an_arrest_before_a_tally_of_attacks_is_news(pipeline):
    # the figure counts the attacks the men held are blamed for, since a month: a claim; the arrest is told too,
    # on the day of the sentence, and the arms found at the scene next are the raid's
    text = ("FALLUJA - Police on Monday arrested three men near Falluja thought to be members of a group behind "
            "more than 20 mortar attacks on the town since March. Police also seized rifles at the scene.")
    events = _events(pipeline, text, published="2021-06-15")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Arrests", "2021-06-14")]


def test_a_toll_over_a_months_long_period_is_no_event(pipeline):
    # "in the three-month period" counts the dead of a span, no one attack
    text = "MOSUL - Rights monitors said 14 aid workers were killed in Nineveh in the three-month period."
    assert not _events(pipeline, text, published="2019-04-02")


def test_goods_seized_are_looting_not_territory(pipeline):
    # "استولوا على ... من المواشي": livestock carried off is no ground taken; beside a killing, the killing leads
    # (ar-dev41-011 showed shepherds killed and sheep taken coded as territory overtaken)
    (event,) = _events(pipeline, "هاجم مسلحون من داعش قرية نائية غربي الحضر وأعدموا فلاحاً، ثم استولوا على "
                                 "عشرات الرؤوس من الماشية.")
    assert event.sub_event_type == "Attack"
    (event,) = _events(pipeline, "استولت عصابة مسلحة على أموال محل للصيرفة في حي الجمعية بمدينة الموصل أمس.")
    assert event.sub_event_type == "Looting/property destruction"


def test_definite_plural_deeds_with_no_place_or_day_are_general(pipeline):
    # "وأن النزاعات العشائرية ستعامل وفق القانون": such disputes in general, no event, and no taking over of the clan
    # clash told before (ar-dev41-009 coded the statement as an attack on civilians in place of the clash)
    events = _events(pipeline, "إثر النزاع العشائري الذي اندلع عصر أمس بين عشيرتين في ناحية الفهود، والذي أسفر عن "
                               "مقتل شاب، شكلت قيادة الشرطة لجنة تحقيقية.\n"
                               "ويشدد البيان على حماية أرواح المواطنين، وأن النزاعات العشائرية ستعامل وفق القانون.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor2.id == "clan-militia"


def test_a_means_inserted_before_min_keeps_the_deed_with_its_doer(pipeline):
    # "تمكنت مفارز ...، وبعملية استخبارية، من إلقاء القبض": the means set off by commas parts neither the verb from
    # its من nor is an operation of its own (ar-dev41-014 coded the intelligence operation as a clash)
    (event,) = _events(pipeline, "تمكن جهاز الأمن الوطني في محافظة كركوك، وبعملية استخباراتية محكمة، من اعتقال "
                                 "إرهابي في حي الواسطي.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 is not None


def test_forces_hit_by_the_deed_charged_are_not_arrested(pipeline):
    # "بتهمة الانتماء إلى ... والمشاركة في هجمات طالت الجيش": the army the charged deed hit is no one arrested; the
    # group he belongs to is (ar-dev41-014 put the security forces as the arrest's other side)
    (event,) = _events(pipeline, "اعتقلت قوة من الاستخبارات في قضاء الحويجة شاباً لانتمائه إلى حزب العمال الكردستاني "
                                 "ومشاركته في هجمات استهدفت قوات البيشمركة.")
    assert event.sub_event_type == "Arrests"
    assert event.actor2.id == "pkk"


def test_an_armed_group_saying_it_did_the_deed_claims_it(pipeline):
    # "وقالت الجماعة في بيان إنها خطفتهما": a group's word that it did the deed is its claim (ar-dev35-003)
    (event,) = _events(pipeline, "وقال تنظيم أنصار الإسلام في بيان على الإنترنت إنه فجر عبوة ناسفة بدورية أمريكية "
                                 "قرب كركوك أمس.", published="2005-06-14")
    assert event.status == "claimed"
    assert (event.actor1.id, event.actor2.id) == ("ansar-al-islam", "us-forces")
    (event,) = _events(pipeline, "وذكرت الحركة في بيان على موقعها الإلكتروني أنها اختطفت مهندساً روسياً في بيجي أمس.",
                       published="2005-06-14")
    assert event.status == "claimed"
    # a police source saying "that it" arrested is no claim
    (event,) = _events(pipeline, "وقال مصدر في الشرطة إنه اعتقل ثلاثة مطلوبين في الموصل.", published="2005-06-14")
    assert event.status == "occurred"


def test_arabic_the_side_killed_is_the_side_hit_not_the_wounded(pipeline):
    # "ما أسفر عن مقتل أربعة من أفراد الشرطة ... وإصابة سبعة مدنيين": the police killed are the side hit (ar-dev35-001
    # gave the civilians wounded)
    (event,) = _events(pipeline, "فجر انتحاري سيارة مفخخة قرب مدخل سوق شعبي في قضاء طوزخورماتو صباح اليوم، ما أدى "
                                 "إلى مقتل ثلاثة من عناصر الشرطة الاتحادية وإصابة خمسة مدنيين بجروح.")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2.kind == "State forces"


def test_crowd_demanding_something_then_an_active_riot_verb_riots(pipeline):
    # the demand after the crowd subject is what it wants; the verb after the demand is what it did
    (event,) = _events(pipeline, "Dozens of demonstrators demanding permanent contracts set fire to the "
                                 "municipality building in Kut on Sunday.", published="2022-05-16")
    assert event.sub_event_type == "Violent demonstration"


def test_by_after_another_participle_names_its_doer_not_the_verbs(pipeline):
    # "abandoned by ISIS militants" tells who left the depot; the force that burned it is the subject of "burned"
    (event,) = _events(pipeline, "Federal police burned a weapons depot abandoned by ISIS militants near Tal Afar "
                                 "on Friday.", published="2018-04-04")
    assert event.actor1 is not None and event.actor1.id == "iraq-federal-police"
    assert event.actor2 is not None and event.actor2.id == "isis"


def test_gathering_where_a_riot_is_told_is_a_riot_at_each_place(pipeline):
    # the riot told in the "where" clause is the gathering crowd's, at the gathering's places too
    events = _events(pipeline, "Crowds of protesters rallied in Samawah and Diwaniyah on Saturday, where the offices "
                               "of two parties were torched.", published="2019-10-27")
    assert {e.sub_event_type for e in events} == {"Violent demonstration"}
    assert len({e.location.admin2 for e in events}) == 2


def test_participle_that_names_the_people_after_of_is_no_event(pipeline):
    # "hundreds of displaced families": the participle is the people's name (an actor), no displacement told
    events = _events(pipeline, "Aid agencies delivered food to hundreds of displaced families in camps near "
                               "Amiriyat al-Falluja on Monday.", published="2016-06-20")
    assert not any(e.sub_event_type == "Other" for e in events)


def test_person_from_a_town_seized_is_an_abduction(pipeline):
    # the town named right after the person is where he is from, not ground that was taken
    (event,) = _events(pipeline, "A lawyer from Samarra was seized by masked gunmen on Sunday night, his "
                                 "brother said.", published="2021-02-15")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_english_deed_in_a_relative_clause_with_a_recent_day_is_news(pipeline):
    # the sentence is built around the victim; the clause about him tells the deed, dated the day before
    (event,) = _events(pipeline, "Relatives are searching for a nurse who was seized by masked men outside a clinic "
                                 "in Kirkuk on Sunday.", published="2021-02-16")
    assert event.sub_event_type == "Abduction/forced disappearance" and event.status == "occurred"


def test_two_subjects_joined_by_and_one_side_first_named_is_actor1(pipeline):
    # both named before the verb fight the group after it: one side, whose first named is actor1
    (event,) = _events(pipeline, "Peshmerga fighters and PMF units fought ISIS militants near Bashir on Thursday.",
                       published="2016-11-15")
    assert event.actor1 is not None and event.actor1.id == "peshmerga"
    assert event.actor2 is not None and event.actor2.id == "isis"


def test_death_phrase_with_its_subject_between_counts_the_dead(pipeline):
    # "فارق ... الحياة" split by its subject is a death as "فارقت الحياة" in one piece is
    (event,) = _events(pipeline, "فارقت امرأة مسنة الحياة صباح اليوم بعد أن أصابتها رصاصة طائشة أطلقها مسلحون "
                                 "خلال نزاع عشائري في قضاء الزبير.")
    assert event.fatalities is not None and event.fatalities.best == 1


def test_days_ago_after_a_response_word_date_the_deed_answered(pipeline):
    # "ردا على اعتقال ... قبل خمسة أيام": the span back dates the arrests answered, not the bombing claimed
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة على رتل للجيش في قضاء الحويجة صباح اليوم. وتبنى تنظيم داعش "
                                 "التفجير في بيان، زاعما أنه جاء ردا على اعتقال عدد من عناصره قبل خمسة أيام.")
    assert (event.status, event.date.start, event.actor1.id) == ("claimed", "2022-06-14", "isis")


def test_place_after_a_response_word_is_the_deed_answered(pipeline):
    # "انتقاما لمقتل أحد عناصرها في الموصل": Mosul places the killing avenged, not the shelling claimed
    (event,) = _events(pipeline, "سقطت ثلاث قذائف هاون على معسكر للجيش في قضاء طوزخورماتو مساء أمس دون إصابات. "
                                 "وتبنت جماعة مسلحة القصف في بيان، قائلة إنه جاء انتقاما لمقتل أحد عناصرها في الموصل "
                                 "قبل أسبوع.")
    assert (event.status, event.location.admin2) == ("claimed", "Tooz Khurmato")


def test_own_member_hurt_in_a_follow_up_is_not_the_other_side(pipeline):
    # the member wounded, told with no doer after the clash, is the force's own man, not whom it fought
    (event,) = _events(pipeline, "اشتبكت قوة من الجيش مع مهربي أسلحة قرب الحدود السورية في قضاء القائم ليلة أمس. "
                                 "وأسفر الاشتباك عن مقتل أحد المهربين وإصابة منتسب بجروح.")
    assert event.actor1.id == "iraq-army" and event.actor2 is None


def test_event_a_state_has_run_since_is_recalled(pipeline):
    # "منذ <day>، عندما ...": the deed told is the point the fear dates from, told in passing, not news
    assert not _events(pipeline, "يعيش سكان القرية في خوف منذ الثالث من آذار الماضي، عندما هاجم مسلحون مجهولون مركز "
                                 "الشرطة فيها.", published="2022-04-20")


def test_two_bodies_denying_a_report_together_are_its_speakers(pipeline):
    # a coordinated subject longer than the usual reach: neither body is a side of the denied strike
    (event,) = _events(pipeline, "Nineveh police and the security media office of the Joint Operations Command "
                                 "late on Thursday denied reports that a drone had hit a PMF position south of Mosul.",
                       "2023-04-14")
    assert event.status == "denied"
    assert event.actor1 is None


def test_twin_bombings_are_no_tally_of_two(pipeline):
    # "twin" names a pair of blasts told together, not a count of attacks over a period
    text = ("The minister recalled that in March 2009 twin bombings had struck a livestock market in Abu Ghraib, "
            "killing dozens.")
    assert not _claims(pipeline, text, "2012-05-02")


def test_own_men_named_before_their_passive_death_make_the_speaker_the_side_hit(pipeline):
    (event,) = _events(pipeline, "قالت الشرطة البولندية إن اثنين من عناصرها أصيبا بجروح في هجوم بقذائف الهاون على "
                                 "معسكرهم في الديوانية ليلة أمس، فيما واصل الجيش العراقي انتشاره في المدينة.",
                       "2007-05-20")
    assert event.actor2 is not None
    assert event.actor2.id != "iraq-army"


def test_withdrawal_under_fire_is_no_handover_of_ground(pipeline):
    events = _events(pipeline, "الرمادي – انسحب عناصر نقطة التفتيش في الطريق السريع تحت النار صباح أمس.", "2006-08-10")
    assert not any(e.sub_event_type == "Non-violent transfer of territory" for e in events)


def test_dateline_town_does_not_override_landmark_district_in_merge(pipeline):
    # the district a landmark names ("south of Tuz Khurmatu") stays when a later sentence of the same fight is
    # placed only by the dateline, the town the report was filed in
    text = ("TIKRIT - Gunmen raided a police checkpoint on a farm road south of Tuz Khurmatu on Friday night, "
            "killing one policeman.\n\nThe attackers exchanged fire with the officers for twenty minutes, "
            "a police source said.")
    events = _events(pipeline, text, published="2023-04-15")
    assert len(events) == 1
    assert events[0].location.admin2 != "Tikrit"


def test_an_event_on_the_same_day_a_year_before_is_recalled(pipeline):
    # an anniversary piece: the day told with its year, exactly a year before publication, is history
    text = ("On the evening of April 12, 2018, a mortar barrage killed nine fishermen at the Tigris landing in "
            "Tarmiyah. Their widows gathered at the landing on Friday.")
    assert not _events(pipeline, text, published="2019-04-12")
    assert _events(pipeline, text, published="2018-04-13")


def test_a_document_or_a_journal_named_holds_no_event_word(pipeline):
    # "a statement released": no prisoner released; "the Long War Journal": no war; the deed told beside them stays
    events = _events(pipeline, "Gunmen killed a shopkeeper in Kirkuk on Monday, police said in a statement released "
                               "hours later.")
    assert [e.sub_event_type for e in events] == ["Attack"]
    events = _events(pipeline, "Editors at the Long War Journal in Washington counted the group's statements from "
                               "Diyala on Friday.")
    assert not events


def test_a_protest_square_of_nasiriya_and_a_figure_known_in_a_sit_in(pipeline):
    # Habboubi Square is in Nasiriya; a man described as a known face of a sit-in is no sit-in told
    (event,) = _events(pipeline, "خرج مئات الطلبة في تظاهرة سلمية بساحة الحبوبي صباح اليوم للمطالبة بفرص عمل.")
    assert event.location.admin2 == "Al-Nasiriya"
    assert not _events(pipeline, "وكان المهندس الراحل من الوجوه المعروفة في اعتصام ساحة الحبوبي.")


def test_a_missile_fired_by_an_aircraft_is_an_air_strike(pipeline):
    # the aircraft told just before "fired a missile / rockets" is its launcher; rockets fired at an aircraft stay
    (event,) = _events(pipeline, "Late on Tuesday an American helicopter fired rockets into a farmhouse outside "
                                 "Samarra where gunmen had gathered, police said.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "us-forces"
    (event,) = _events(pipeline, "Insurgents fired rockets at a helicopter landing zone near Balad on Tuesday.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_present_tense_headline_tells_the_toll(pipeline):
    # breaking headlines tell the deed in the present: "... وتقتل سبعة" is the toll of the fight
    (event,) = _events(pipeline, "عاجل | قوات الحشد الشعبي تتصدى لتعرض إرهابي على قرية في جنوب تكريت وتقتل سبعة "
                                 "من الدواعش")
    assert event.fatalities.best == 7


def test_weapons_shown_in_a_military_parade_are_no_attack(pipeline):
    # a parade is a display: the launchers and drones in it fired nothing, and the parade itself is no event
    text = ("أقامت وزارة الدفاع صباح اليوم عرضاً عسكرياً في ساحة الاحتفالات ببغداد شاركت فيه دبابات وراجمات صواريخ "
            "وطائرات مسيرة.")
    assert not _events(pipeline, text)
    # a commander recalling old battles in a speech tells no new battle
    assert not _violent_told(pipeline, "وألقى قائد الفرقة كلمة مستذكراً معارك تحرير تكريت والموصل ضد تنظيم داعش.")


def test_a_booby_trapped_house_to_be_cleared_is_no_bombing(pipeline):
    # booby-trapped houses left to clear are things, not a blast; a house that blew up still is one
    assert not _violent_told(pipeline, "وقالت قيادة العمليات اليوم إن فرق الهندسة رفعت عشرات المنازل المفخخة التي خلفها "
                                       "مسلحو التنظيم في قرى قضاء الحويجة.")
    assert _violent_told(pipeline, "وقتل ثلاثة جنود صباح اليوم بانفجار منزل مفخخ أثناء تفتيشه في قرية شمال تكريت.")


def test_a_team_formed_to_investigate_is_no_new_group(pipeline):
    # "أعلن X تشكيل" joins its object across the subject; a committee or team formed to look into an incident is the
    # response to it, no change to a group; a new faction announced still is one
    assert not _events(pipeline, "أعلن الجيش تشكيل لجنة تحقيق في ملابسات الحادث.")
    events = _events(pipeline, "أعلنت فصائل مسلحة في ديالى تشكيل فصيل جديد باسم سرايا الدفاع أمس.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_people_out_in_the_streets_to_welcome_troops_are_no_protest(pipeline):
    # "went out to the streets" names no protest by itself: a crowd out to welcome soldiers is none; one out to
    # protest still is
    assert not _events(pipeline, "وعندما دخلت قوات الجيش إلى البلدة ظهر أمس، نزلوا إلى الشوارع ترحيبا بالجنود وهم "
                                 "يرفعون الأعلام العراقية.")
    events = _events(pipeline, "وخرجوا إلى الشوارع ظهر أمس احتجاجا على انقطاع الكهرباء في الناصرية.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_situation_that_exploded_is_no_blast(pipeline):
    # "الأوضاع انفجرت" (things blew up) is figurative, whichever comes first, the verb or its subject
    assert not _events(pipeline, "وانفجرت الأوضاع في قضاء سنجار مساء أمس بعد إعلان نتائج الانتخابات المحلية.")
    assert not _violent_told(pipeline, "وكانت الأوضاع قد انفجرت عصر أمس الأحد في ساحة التحرير عندما رفض المعتصمون "
                                       "فتح الطريق.")


def test_a_statement_that_claims_a_deed_makes_it_claimed(pipeline):
    # "a video claiming that its men ...": the deed is the group's claim, not a report that it happened
    events = _events(pipeline, "وبثت مواقع مقربة من تنظيم القاعدة أمس تسجيلا مصورا يزعم أن عناصره فجروا عبوة ناسفة "
                               "بدورية أميركية قرب بلد.")
    assert [e.status for e in events] == ["claimed"]


def test_the_same_day_is_the_day_the_sentence_named_before_it(pipeline):
    # "ليل اليوم ذاته" after "يوم السبت": that Saturday, not the day of publication (a Tuesday)
    events = _events(pipeline, "وذكرت خلية الإعلام الأمني في بيان صدر يوم السبت أن طائرات القوة الجوية قصفت مخبأ "
                               "لتنظيم داعش في وادي الشاي ليل اليوم ذاته.")
    assert [e.date.start for e in events] == ["2022-06-11"]


def test_the_claimant_is_the_first_party_after_the_claim_word(pipeline):
    # the party the claimed deed was aimed at, named after the claimant, is the target, not a second claimant
    events = _events(pipeline, "وتبنت كتائب حزب الله الهجوم، وقالت إنها استهدفت القوات الأميركية في قاعدة عين الأسد "
                               "بطائرة مسيرة.", published="2023-10-26")
    assert [(e.status, e.actor1.id, e.actor2.id) for e in events] == [("claimed", "kataib-hezbollah", "us-forces")]


def test_ground_retaken_with_no_loser_named_is_retaken_from_the_one_group_of_the_article(pipeline):
    events = _events(pipeline, "أعلنت قيادة العمليات المشتركة أن قوات الجيش حررت قرية البو جليب جنوب تكريت صباح أمس. "
                               "وأضافت أن عناصر داعش الفارين تركوا أسلحتهم في البساتين.", published="2015-03-10")
    assert [(e.sub_event_type, e.actor1.id, e.actor2.id) for e in events] == [
        ("Government regains territory", "iraq-army", "isis")]
    # two groups named: no side filled
    events = _events(pipeline, "وقال المصدر إن قوات الجيش حررت قرية البو جليب صباح أمس. ونشر كل من تنظيم داعش وجبهة "
                               "النصرة بيانا عن المنطقة.", published="2015-03-10")
    assert all(e.actor2 is None for e in events if e.sub_event_type == "Government regains territory")


def test_people_abducted_since_a_month_are_a_tally(pipeline):
    # victims taken over a long span "since" a month are counted, no one abduction ("some of whom" tells of them)
    result = pipeline.extract(Article(text="At least 60 aid workers have been abducted in Nineveh since March, some "
                                           "of whom were later killed.", published="2012-06-14"))
    assert not result.events
    (claim,) = result.claims
    assert claim.event_type == "Violence against civilians" and claim.count.low == 60


def test_bloody_weekday_is_a_name_not_a_date(pipeline):
    # "Bloody Thursday" names an old bombing; its weekday does not date it to this week
    assert not _events(pipeline, 'The market bombing of May 3, 2007, known locally as "Bloody Thursday", killed 60 '
                                 'people in Baghdad.', published="2012-06-14")


def test_attacks_told_several_times_with_no_day_are_a_habit(pipeline):
    assert not _events(pipeline, "Armed men have attacked the power station near Baiji several times since the "
                                 "elections, workers said.", published="2012-06-14")
    (event,) = _events(pipeline, "Gunmen attacked the power station near Baiji on Monday, workers said.",
                       published="2012-06-14")


def test_english_subject_of_a_takeover_verb_took_the_ground(pipeline):
    # the fighters named right before "took control" took it, not the police who left after
    (event,) = _events(pipeline, "Sunni tribal fighters took control of the town on Friday after the police "
                                 "abandoned their stations.", published="2012-06-14")
    assert event.actor1.id == "tribal-mobilization"


def test_wounded_counted_past_an_including_aside_are_not_the_dead(pipeline):
    # "two other men, including his nephew, were wounded": the figure is the wounded's, past "other" and the aside
    (event,) = _events(pipeline, "A shopkeeper was shot dead and two other men, including his nephew, were wounded "
                                 "when gunmen opened fire in Baquba on Sunday.", published="2021-02-16")
    assert event.fatalities.best == 1


def test_records_handed_over_are_no_transfer_of_ground(pipeline):
    # intelligence files handed over are a record, not territory; a base handed over still is
    assert not _events(pipeline, "The coalition handed over the intelligence files to Iraqi officers in Baghdad on "
                                 "Tuesday.", published="2021-02-16")
    (event,) = _events(pipeline, "The coalition handed over the K1 base to Iraqi forces in Kirkuk on Tuesday.",
                       published="2021-02-16")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_a_nation_s_strike_is_an_air_strike(pipeline):
    # "killed in a US strike": the strike of a foreign force is an air strike, not a clash told by "killed"
    (event,) = _events(pipeline, "Four militiamen were killed in a US strike near the Syrian border on Sunday, "
                                 "local officials said.", published="2024-02-05")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "us-forces"


def test_armed_group_saying_it_launched_a_weapon_claims_it(pipeline):
    # "says it launched a drone": the group's own "it" before a verb of doing and the weapon noun is its claim
    (event,) = _events(pipeline, "Kataib Hezbollah says it launched a drone at US troops at Ain al-Asad air base on "
                                 "Monday.", published="2024-02-06")
    assert event.status == "claimed"
    assert event.actor1.id == "kataib-hezbollah"


def test_a_state_force_capturing_men_arrests_them(pipeline):
    # "captured four militants": men taken by the police are held, no ground taken; a village captured stays ground
    (event,) = _events(pipeline, "Federal police captured four militants near Tarmiya on Sunday, a police source said.",
                       published="2014-06-16")
    assert event.sub_event_type == "Arrests"
    (event,) = _events(pipeline, "Islamic State fighters captured the village of Bashir on Sunday.",
                       published="2014-06-16")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_dawn_of_this_day_dates_a_statement_s_news(pipeline):
    # a translated statement's "at dawn of this day" is today: the operation told after a heading line is news
    events = _events(pipeline, "Statement\n\nOur police forces have carried out at dawn of this day an operation in "
                               "the Dora area, resulting in the capture of five (5) terrorists.", published="2011-01-18")
    assert events and all(e.date.start == "2011-01-18" for e in events)


def test_dozens_of_attacks_are_many_no_event_and_no_claim(pipeline):
    # a vague count through "of" ("dozens of attacks") tells many events: no single event, and no figure to claim
    result = pipeline.extract(Article(text="The group said it carried out dozens of attacks on army posts near "
                                           "Tarmiya.", published="2024-10-30"))
    assert not result.events and not result.claims
    # a figure still makes a claim
    result = pipeline.extract(Article(text="Iraqi factions have claimed 40 drone launches towards Israel since the "
                                           "war began.", published="2024-10-30"))
    assert not result.events and [c.count.low for c in result.claims] == [40]


def test_a_roundup_item_with_no_day_is_of_the_roundup_s_day(pipeline):
    # "* TIKRIT - ..." with no day of its own is not dated by the item before it ("... on Tuesday")
    text = ("BAGHDAD, June 3 - Following are security incidents reported on Wednesday.\n"
            "* KIRKUK - Gunmen killed a shepherd near Hawija on Tuesday, police said.\n"
            "* TIKRIT - A roadside bomb wounded two soldiers south of the city, the army said.\n")
    events = _events(pipeline, text, published="2015-06-03")
    assert [(e.sub_event_type, e.date.start) for e in events] == [
        ("Attack", "2015-06-02"), ("Remote explosive/landmine/IED", "2015-06-03")]


def test_the_losers_flight_after_a_battle_is_part_of_it(pipeline):
    # "The jihadists fled across the river" after the town was retaken: no displacement event of its own
    text = ("Iraqi troops recaptured the town of Baiji on Sunday, pushing Islamic State fighters north, officers said.\n"
            "\"The jihadists fled across the river and abandoned their dead,\" an officer said by phone.")
    assert [e.sub_event_type for e in _events(pipeline, text, published="2015-03-09")] == \
        ["Government regains territory"]


def test_attacks_clustered_somewhere_are_attacks_in_general(pipeline):
    assert not _events(pipeline, "Attacks clustered around Tuz Khurmatu and the Hamrin mountains, where army units "
                                 "are thin.", published="2024-02-20")


def test_an_actor_told_before_a_casualty_verb_with_no_object_is_the_one_hit(pipeline):
    # "أصيب ... بانفجار": the passive verb's subject was hit by the blast (not its doer)
    (event,) = _events(pipeline, "ذكر مصدر طبي أن آمر فوج في الحشد العشائري بقضاء هيت أصيب، مساء أمس، بانفجار عبوة "
                                 "ناسفة استهدفت عجلته.")
    assert event.actor1 is None and event.actor2.id == "tribal-mobilization"
    # an object right after the verb makes its subject the doer
    (event,) = _events(pipeline, "قال مصدر إن عناصر من داعش قتلوا ثلاثة رعاة بانفجار عبوة ناسفة قرب قضاء هيت.")
    assert event.actor1.id == "isis"


def test_the_owner_of_a_unit_right_after_a_state_action_verb_did_it(pipeline):
    # "اعتقلت دورية للجيش": the patrol is the verb's subject, the army made the arrest (not the one hit)
    (event,) = _events(pipeline, "اعتقلت دورية للجيش صباح اليوم ثلاثة مطلوبين في قضاء الخالص.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.id == "iraq-army" and event.actor2 is None


def test_a_verb_and_its_doer_after_the_comma_closing_a_phrase_of_reference_tell_a_new_deed(pipeline):
    # "وبعد أيام من الهجوم،" refers to an earlier attack; the clause after the comma tells a killing of its own
    (event,) = _events(pipeline, "وبعد أيام من الهجوم، قتل مسلحون مجهولون راعيين في قضاء الدبس.")
    assert event.sub_event_type == "Attack"
    assert event.actor1.id == "unidentified-gunmen" and event.fatalities.best == 2


def test_weapons_seized_are_goods_carried_off_not_ground_taken(pipeline):
    (event,) = _events(pipeline, "استولى مسلحون من داعش على أسلحة حراس محطة كهرباء في ناحية العباسي مساء أمس.")
    assert event.sub_event_type != "Non-state actor overtakes territory"


def test_a_weekday_with_an_epithet_names_a_historic_day_and_dates_nothing(pipeline):
    # "الخميس الدامي" (Bloody Thursday) is the name of a past day, not the Thursday before publication
    (event,) = _events(pipeline, "وتحدث الشهود عن تفجيرات الخميس الدامي في سوق الشورجة وسط بغداد.",
                       published="2022-06-14")
    assert event.date.start != "2022-06-09"


def test_a_target_word_before_an_arabic_that_marks_no_party_after_it(pipeline):
    # "مواقع التواصل" (social media sites) is no target of the clan gunmen named after "أن"
    (event,) = _events(pipeline, "وذكرت حسابات على مواقع التواصل أن مسلحين من عشيرة البو علي هاجموا دورية للشرطة في "
                                 "ناحية الرشاد مساء أمس.")
    assert (event.actor1.id, event.actor2.id) == ("clan-militia", "iraq-police")


def test_an_event_noun_as_the_subject_of_a_pluperfect_recalls_it(pipeline):
    # "وكانت الهجمات قد أسفرت أواخر أيار عن": the attacks of late May are recalled, only the rockets are news
    events = _events(pipeline, "سقطت ثلاثة صواريخ على قاعدة عين الأسد في الأنبار مساء أمس دون إصابات. وكانت الهجمات "
                               "قد أسفرت أواخر أيار الماضي عن إصابة جنديين في القاعدة.", published="2022-06-10")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_day_between_a_verb_and_its_fixed_object_keeps_the_phrase(pipeline):
    # "أطلقوا مساء أمس الاثنين النار": the day told between the verb and its object splits no phrase
    (event,) = _events(pipeline, "قال شهود إن عناصر الحماية أطلقوا مساء أمس الاثنين النار على متظاهرين قرب مبنى "
                                 "المحافظة في الناصرية.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.date.start == "2022-06-13"


def test_a_place_phrase_set_off_by_a_comma_goes_on_with_the_clause_before(pipeline):
    # "، قرب دائرة الكهرباء في قضاء الخالص" opens on a word of where and tells no deed: the blast's place
    (event,) = _events(pipeline, "انفجرت عبوة لاصقة مثبتة أسفل سيارة موظف، قرب دائرة الكهرباء في قضاء الخالص.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location.admin2 == "Al-Khalis"


def test_a_crowd_told_after_a_blast_does_not_retell_it(pipeline):
    # an agentless bomb, then a crowd's riot told after it: two events (only blasts told after a crowd may be its
    # tear-gas canisters)
    events = _events(pipeline, "KUT - A roadside bomb exploded near a minibus carrying farm workers in Kut on "
                               "Sunday morning, wounding four of them. Local campaigners say protesters torched "
                               "two party offices in the city this month.", published="2021-03-15")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in events]


def test_a_condemned_event_with_its_toll_in_a_relative_clause_is_told(pipeline):
    # "which/that killed ..." right after the event condemned tells it in full, not only names it
    (event,) = _events(pipeline, "The governor of Babil denounced the car bombing at a bus station in Hilla, which "
                                 "killed five passengers on Sunday.", published="2019-04-09")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities.best == 5
    # named only, it is a reaction to an event told elsewhere
    assert not _events(pipeline, "The governor of Babil denounced the car bombing at a bus station in Hilla.",
                       published="2019-04-09")


def test_the_day_just_before_a_condemnation_is_the_condemnations(pipeline):
    # "on Thursday condemned X ... on Tuesday evening that wounded": Thursday dates the statement, not the attack
    (event,) = _events(pipeline, "The Basra governor on Thursday condemned the roadside bombing of a fuel tanker near "
                                 "Zubair on Tuesday evening that wounded its driver.", published="2020-02-13")
    assert event.date.start == "2020-02-11"


def test_a_drone_described_before_its_interception_tells_the_attack(pipeline):
    # "a drone flying toward X was intercepted": the words describing the drone stand between it and the verb
    (event,) = _events(pipeline, "Early on Friday a suicide drone flying toward Ain al-Asad air base in Anbar was "
                                 "intercepted, officials said.", published="2024-01-13")
    assert event.sub_event_type == "Air/drone strike"


def test_the_side_an_attack_is_made_in_solidarity_with_is_no_side(pipeline):
    # "in solidarity with X", "in support of X" (`support`): the ally the attack is made for is no side of it
    for phrase in ("in solidarity with", "in support of"):
        (event,) = _events(pipeline, f"Iraqi armed factions said on Monday they had launched drones at the port of "
                                     f"Haifa {phrase} Hezbollah.", published="2024-03-05")
        assert event.actor2 is None


def test_a_landmark_set_off_by_a_comma_places_the_clause(pipeline):
    # ", 15 km west of Kirkuk" past the clause's comma is where the clause happened, no clause of its own
    (event,) = _events(pipeline, "A roadside bomb went off beside a shepherd's hut, 15 km west of Kirkuk.",
                       published="2015-08-02")
    assert event.location.admin1_code == "IQ-KI"


def test_an_indefinite_event_told_after_after_with_its_day_is_news(pipeline):
    # "shut after a bomb ruptured ... on Tuesday": a clause of its own, told as news; "after the bombing" and
    # "after an attack on Tuesday" (no verb of its own) refer to an event
    for text in ("Shops in Tuz Khurmatu were shut after a bomb ruptured a water main on Tuesday morning.",
                 "The road was closed after a bomb exploded near Tuz Khurmatu on Tuesday."):
        (event,) = _events(pipeline, text, published="2014-06-12")
        assert event.sub_event_type == "Remote explosive/landmine/IED"
        assert event.date.start == "2014-06-10"
    assert not _events(pipeline, "The main market of Tuz Khurmatu was closed after the bombing on Tuesday.",
                       published="2014-06-12")


def test_a_day_naming_the_event_after_a_reference_word_refers_to_it(pipeline):
    # "within days of the June 3 bombing": the day names the event referred to, as "within days of the bombing"
    assert not _events(pipeline, "Engineers restored water supplies in Hilla within days of the June 3 bombing, the "
                                 "council said on Thursday.", published="2021-06-18")


def test_a_claim_saying_what_its_men_did_claims_the_event_told_before(pipeline):
    # the event word past the claim's comma tells what the statement said of the deed, no event of its own
    events = _events(pipeline, "A car bomb exploded outside a police station in Tikrit on Monday, killing four "
                               "policemen. Islamic State claimed responsibility on Tuesday, saying its fighters had "
                               "attacked the apostates.", published="2015-03-11")
    assert [e.status for e in events] == ["claimed"]
    assert events[0].actor1.id == "isis"


def test_unknown_gunmen_who_overrun_a_post_took_it(pipeline):
    # the gunmen named before "overran" took the post; the police holding it are the other side, not the agent
    (event,) = _events(pipeline, "Masked gunmen overran a police checkpoint outside Baiji late on Saturday.",
                       published="2014-05-05")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1.id == "unidentified-gunmen"


def test_the_period_after_an_ordinal_of_times_dates_the_count(pipeline):
    # "for the second time this month ... on Monday": the month dates the count, Monday the event
    (event,) = _events(pipeline, "Power to Samarra was cut for the second time this month by a bomb that destroyed "
                                 "a pylon near Dujail on Monday night.", published="2017-11-23")
    assert event.date.start == "2017-11-20"


def test_a_soldier_killed_by_gunmen_is_the_armys_man(pipeline):
    # "a soldier" with no nationality (iraq-army `a soldier`): not a civilian victim
    (event,) = _events(pipeline, "Gunmen in a passing car shot dead a soldier outside his home in Tikrit on Friday "
                                 "evening.", published="2014-02-08")
    assert "iraq-army" in (event.actor1.id if event.actor1 else None, event.actor2.id if event.actor2 else None)


def test_wounded_members_of_a_long_named_unit_are_not_more_dead(pipeline):
    # "and three members of <a long unit name> were hurt": the figure is the subject of the passive casualty word
    # past the unit's name after "of", so it counts the wounded, not more dead
    (event,) = _events(pipeline, "An elderly shepherd died and three members of the federal police's rapid response "
                                 "division were hurt in a mortar attack on a village near Tarmiyah on Friday.")
    assert event.fatalities.best == 1
    assert event.injured.best == 3


def test_the_first_victims_group_after_of_does_not_hide_the_second_dead(pipeline):
    # "killed a leader of <described group> and his bodyguard": the words describing the victim's group after
    # "of" are free, so the companion joined by "and" is counted too
    (event,) = _events(pipeline, "Gunmen on motorbikes shot dead a prominent leader of the powerful Shiite militia "
                                 "Asaib Ahl al-Haq and his bodyguard outside his home in Basra late on Thursday.")
    assert event.fatalities.best == 2


def test_the_attack_noun_before_a_grenade_is_the_grenade_attack(pipeline):
    # "الهجوم بقنبلة يدوية": the attack noun right before the grenade word is the grenade attack itself, not a
    # fight the grenade was thrown in
    (event,) = _events(pipeline, "أسفر الهجوم بقنبلة يدوية على منزل أحد المقاولين في قضاء الزبير عن إصابة ثلاثة "
                                 "أشخاص، بحسب مصدر في الشرطة.")
    assert event.sub_event_type == "Grenade"


def test_the_accusers_own_body_after_fi_is_not_blamed(pipeline):
    # "وحمّل مسؤولون في الجيش جهات ... مسؤولية القصف": the army named with "في" right after the accusers' noun is
    # whom they belong to, not the one blamed for the shelling told before
    (event,) = _events(pipeline, "سقطت ثلاثة صواريخ على معسكر في قضاء الطارمية مساء السبت من دون إصابات.\n"
                                 "وحمّل مسؤولون في الجيش جهات خارجة عن القانون مسؤولية القصف.")
    assert event.actor1 is None


def test_the_arrest_of_plotters_is_kept_beside_their_plan(pipeline):
    # "القبض على ثلاثة إرهابيين كانوا يخططون لتفجير سيارة مفخخة": the plan word before the bombing makes the
    # bombing planned, and the arrest told before it is an event of its own
    events = _events(pipeline, "أعلن جهاز الأمن الوطني، الأحد، القبض على ثلاثة إرهابيين كانوا يخططون لتفجير سيارة "
                               "مفخخة في سوق الموصل.", published="2023-03-16")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].status == "occurred" and arrests[0].actor1.id == "iraq-nss"
    assert all(e.status == "planned" for e in events if e.sub_event_type != "Arrests")


def test_a_bare_strike_word_gives_way_to_the_named_rockets(pipeline):
    # "claimed responsibility for the strikes": "strikes" names no weapon; the rockets told before say what it was
    (event,) = _events(pipeline, "Several Katyusha rockets hit an army base near Balad on Tuesday night. A little-known "
                                 "militia later claimed responsibility for the strikes.", published="2022-06-15")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_toppling_a_regime_is_no_downing(pipeline):
    # "إسقاط نظام" brings a government down; only aircraft and drones are shot down (b7, real 2015 corpus)
    assert not _events(pipeline, "وتمكن حلف الناتو من إسقاط نظام الرئيس الليبي بعد أشهر من الغارات.")
    (event,) = _events(pipeline, "أسقطت الدفاعات الجوية طائرة مسيرة قرب بغداد أمس.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_given_name_after_a_kinship_noun_is_no_party(pipeline):
    # "ابنه بدر" is his son Badr, not the Badr Organization (b7, real 2015 corpus)
    (event,) = _events(pipeline, "ودع الضابط ابنه بدر صباحا قبل أن يقتل في انفجار عبوة ناسفة في الموصل أمس.")
    assert event.actor1 is None or event.actor1.id != "badr"
    (event,) = _events(pipeline, "هاجم مسلحون من منظمة بدر مقرا حزبيا في ديالى أمس.")
    assert event.actor1.id == "badr"


def test_a_year_right_after_a_date_is_no_toll(pipeline):
    # "في 28 آذار الماضي 2019 بقتل": the year after "الماضي" belongs to the date (b7, real 2015 corpus: a toll of 2015)
    (event,) = _events(pipeline, "قام مسلح في 28 آذار الماضي 2019 بقتل جاره في البصرة.", published="2019-04-05")
    assert event.fatalities.best == 1


def test_a_date_between_the_killing_verb_and_its_figure(pipeline):
    # "قتل مسلحون في 28 آذار ثلاثة مدنيين": the date between the verb and the figure parts them not (b7)
    (event,) = _events(pipeline, "أعدم مسلحون في 12 تشرين الأول أربعة رعاة قرب الحويجة.", published="2019-10-20")
    assert event.fatalities.best == 4


def test_bombardment_by_aircraft_is_an_air_strike(pipeline):
    # "قصف طائرات التحالف" is the aircraft's bombing: an air strike, not shelling (b7, real 2015 corpus)
    (event,) = _events(pipeline, "وأدى قصف طائرات التحالف على قرية قرب القائم إلى مقتل خمسة من عناصر داعش أمس.")
    assert event.sub_event_type == "Air/drone strike"


def test_foreign_soldiers_counted_after_the_killing_verb_are_its_dead(pipeline):
    # "قتل ثلاثة جنود أتراك في انفجار لغم": the counted soldiers are the dead, not the bombers (b7, real 2015 corpus)
    (event,) = _events(pipeline, "قتل 4 جنود أمريكيين بانفجار عبوة ناسفة قرب الفلوجة أمس.")
    assert event.actor2 is not None and event.actor2.id == "us-forces"
    assert event.actor1 is None or event.actor1.id != "us-forces"


def test_directing_strikes_names_their_doer(pipeline):
    # "وجهت X ضربات": the verb of directing strikes is one of doing, its subject struck (b7, real 2015 corpus)
    (event,) = _events(pipeline, "وجهت القوات الأمنية ضربات صاروخية على مواقع داعش قرب الرمادي أمس.")
    assert event.actor1.id == "iraq-security-forces" and event.actor2.id == "isis"


def test_artillery_strikes_are_shelling(pipeline):
    # "ضربات مدفعية" are artillery strikes, not air strikes (b7, found while testing the real 2015 corpus audit)
    (event,) = _events(pipeline, "وجهت قوات الحشد الشعبي ضربات مدفعية إلى مواقع داعش في جزيرة سامراء ليلة أمس.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_pluperfect_with_a_long_subject_is_history(pipeline):
    # "وكان عدد كبير من ... قد قتلوا": كان, a subject of many words, then قد right before the verb (b7, real 2015 corpus)
    assert not _events(pipeline, "وكانت مجموعة كبيرة من عناصر التنظيم المتطرف قد اختطفت صيادين قرب بعقوبة.")


def test_dismantling_a_cell_is_an_arrest(pipeline):
    # "تفكيك خلية" takes a cell apart by arresting its men: Arrests, not a bomb disarmed (b7, real 2015 corpus)
    (event,) = _events(pipeline, "أعلن جهاز الأمن الوطني تفكيك خلية تابعة لداعش في كركوك أمس.")
    assert event.sub_event_type == "Arrests"


def test_a_month_in_an_arabic_relative_clause_past_a_comma_dates_that_clause(pipeline):
    # "..., لابنها الذي التحق بالتنظيم في آذار الماضي": the month dates his joining, not the bombing (b7, real 2015)
    (event,) = _events(pipeline, "لقي شاب مصرعه بعد أن فجر نفسه بحزام ناسف في الموصل، وأقامت عائلته مجلس عزاء "
                                 "لابنها الذي التحق بالتنظيم في آذار الماضي.", published="2019-07-21")
    assert event.date.start == "2019-07-21"


def test_a_subject_that_set_about_directing_strikes_struck(pipeline):
    # "القوات الأمنية قامت بتوجيه ضربات": the subject of "قامت بتوجيه" did the strikes (b7, real 2015 corpus: reversed)
    (event,) = _events(pipeline, "وقال القائد إن القوات الأمنية قامت بتوجيه ضربات صاروخية على مواقع داعش قرب "
                                 "الرمادي أمس.")
    assert event.actor1.id == "iraq-security-forces" and event.actor2.id == "isis"


def test_strikes_backing_a_force_do_not_hit_it(pipeline):
    # "X ... مدعومة بغارات من التحالف": the strikes backed X; X is no side hit (b7, real 2015 corpus)
    events = _events(pipeline, "تقدمت قوات الشرطة الاتحادية نحو حي الضباط في الموصل مدعومة بضربات جوية من "
                               "التحالف الدولي.")
    assert events and not any(e.actor2 is not None and e.actor2.id == "iraq-federal-police" for e in events)


def test_two_car_bombs_destroyed_are_disrupted_weapons(pipeline):
    # the dual "سيارتين مفخختين" is a car bomb too: destroyed, it is Disrupted weapons use, not property destruction
    (event,) = _events(pipeline, "دمرت القوات الأمنية سيارتين مفخختين قرب الفلوجة أمس.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_the_side_a_disrupted_weapon_was_meant_for_is_no_party(pipeline):
    # "عبوة ... كانت معدة لاستهداف دورية للشرطة": the patrol it was meant for was not hit (b7, real 2015 corpus)
    (event,) = _events(pipeline, "فككت مفارز الهندسة عبوة ناسفة كانت معدة لاستهداف دورية للشرطة في كركوك أمس.")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is None or event.actor2.id != "iraq-police"


def test_a_governorate_with_bi_after_a_market_word_is_where_it_lies(pipeline):
    # "في سوق ببغداد": a market in Baghdad, not a market named Baghdad (b7, found testing the real 2015 corpus audit)
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في سوق ببغداد أمس.")
    assert event.location is not None and event.location.admin1 == "Baghdad"


def test_a_strike_attributed_by_an_accuser_to_a_state(pipeline):
    # "attributed [by X] to Turkey": the state put after "to" did it; the accuser after "by" neither struck nor was hit
    (event,) = _events(pipeline, "An artillery barrage attributed by the district mayor to Iran struck a hillside "
                                 "near Sidakan on Friday, burning an orchard.", published="2022-06-14")
    assert event.actor1.id == "iran-military"
    assert event.actor2 is None or event.actor2.id != "officials"


def test_a_drone_that_attacked_a_state_force_post_did_not_strike_for_it(pipeline):
    # the aircraft noun is the subject of the verb right after it: the army named after the verb was hit
    (event,) = _events(pipeline, "A drone attacked army troops near Makhmour before dawn on Sunday, security "
                                 "sources said.", published="2022-06-14")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None or event.actor1.id != "iraq-army"
    assert event.actor2 is not None and event.actor2.id == "iraq-army"


def test_a_long_named_denier_of_a_report_is_no_side(pipeline):
    # the denier's name reaches back past the eight words before "denied": all of it is the report's speaker
    (event,) = _events(pipeline, "SULAIMANI - The Kurdistan Region's Counter-Terrorism Directorate late on Friday "
                                 "denied rumours that rockets had been fired at Harir base.", published="2022-06-14")
    assert event.status == "denied"
    assert "kurdistan-cts" not in (event.actor1 and event.actor1.id, event.actor2 and event.actor2.id)


def test_civilians_past_but_in_a_clause_without_casualties_were_not_hit(pipeline):
    # "no casualties, but shepherds fled": those named past "but", with no dead or wounded there, suffered
    # another loss; a casualty past "but" still names whom the event hit
    (event,) = _events(pipeline, "Iranian artillery pounded hills near Sidakan on Tuesday without causing casualties, "
                                 "but dozens of shepherds fled with their flocks.", published="2022-06-14")
    assert event.actor2 is None
    (event,) = _events(pipeline, "Iranian artillery pounded hills near Sidakan on Tuesday, but two shepherds were "
                                 "wounded.", published="2022-06-14")
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_no_one_as_the_subject_of_a_deed_is_no_event(pipeline):
    # "nobody has been arrested": an absence of arrests, not a denied report of one
    assert not _events(pipeline, "A week on, nobody has been arrested in Kut.", published="2022-06-14")


def test_a_group_claiming_crop_fires_told_before_makes_them_its_claim(pipeline):
    # a bare claim reaches property destruction too, and a negation after the claim word ("could not confirm the
    # claim") belongs to another clause
    (event,) = _events(pipeline, "On Sunday, fires destroyed dozens of dunums of barley near Makhmour. The Islamic "
                                 "State claimed in a statement that its men were behind the blaze; local officials "
                                 "could not confirm the claim.", published="2022-06-14")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.status == "claimed" and event.actor1.id == "isis"


def test_a_party_named_in_a_pretext_is_no_side(pipeline):
    # "on the pretext that their owners had worked for the Peshmerga": the pretext names whom the doers accuse, not a
    # side of the deed
    (event,) = _events(pipeline, "Gunmen torched three shops in Tuz Khurmatu on Sunday on the pretext that their "
                                 "owners had worked for the Peshmerga.", published="2022-06-14")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 is None or event.actor2.id != "peshmerga"


def test_wounded_counted_after_and_with_the_auxiliary_left_out(pipeline):
    # "X were killed and four others wounded": the figure after "and" is the wounded's, the verb's "were" elided
    (event,) = _events(pipeline, "Three officers of the Iraqi federal police were killed and four others wounded on "
                                 "Friday when gunmen attacked their checkpoint near Tarmiyah.", published="2022-06-14")
    assert event.fatalities.best == 3
    assert event.injured.best == 4


def test_rockets_landing_during_a_riot_are_no_violence_of_the_crowd(pipeline):
    # the crowd's riot and rockets from afar told after it are two events, not the riot told again
    events = _events(pipeline, "BAGHDAD - Street battles broke out on Monday after the cleric quit politics and his "
                               "followers stormed the cabinet offices. A few mortar shells also landed inside the "
                               "Green Zone during the night, police sources said.", published="2022-06-14")
    assert {e.sub_event_type for e in events} >= {"Violent demonstration", "Shelling/artillery/missile attack"}


def test_a_year_after_another_year_counts_no_tally(pipeline):
    # "خلال عامي 2018 و2019 حوادث اغتيال": the second year, right before the tally noun, is no count of incidents
    claims = _claims(pipeline, "وشهدت البصرة خلال عامي 2018 و2019 حوادث اغتيال طالت ناشطين وصحفيين.")
    assert all((c.count.best or 0) < 1900 for c in claims)


def test_that_after_a_report_verb_is_no_demonstrative(pipeline):
    # "said that demolitions would ...": "that" opens what was said; the noun after it is no event told before
    (event,) = _events(pipeline, "Local commanders said that demolitions would take place in three villages west "
                                 "of Hawija next week.", published="2022-06-14")
    assert event.status == "planned" and event.sub_event_type == "Looting/property destruction"


def test_property_destroyed_with_no_owner_named_is_civilians(pipeline):
    # homes bulldozed, no party named as hit: ACLED's (and the gold files') civilians
    (event,) = _events(pipeline, "Militiamen bulldozed six homes in a village near Tuz Khurmatu on Saturday, "
                                 "residents said.", published="2022-06-14")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_the_subject_of_launched_does_the_event_noun(pipeline):
    # "X launched/carried out an offensive against Y": X is actor1 even when X is a state force and Y a rebel group
    (event,) = _events(pipeline, "Kurdish Peshmerga fighters launched a new offensive against Islamic State positions "
                                 "south of Kirkuk on Monday.", published="2016-03-02")
    assert (event.actor1.id, event.actor2.id) == ("peshmerga", "isis")


def test_an_offensive_to_retake_a_town_is_the_fighting_not_ground_taken(pipeline):
    # the aim of an offensive launched is not ground regained: the event is the fighting
    (event,) = _events(pipeline, "On Friday the army and tribal fighters began a push to retake the town of Rutba "
                                 "from Islamic State.", published="2016-05-17")
    assert event.sub_event_type == "Armed clash"
    # still to come, it stays the planned regain the gold files code
    (event,) = _events(pipeline, "The army will launch an offensive to retake Rutba soon, a commander said.",
                       published="2016-05-17")
    assert (event.status, event.sub_event_type) == ("planned", "Government regains territory")


def test_both_sides_among_the_dead_the_armed_group_attacked(pipeline):
    # no doer named, the state's men and one armed group's men killed together in an attack: the group attacked
    (event,) = _events(pipeline, "Three Peshmerga fighters and five Islamic State militants were killed overnight in an "
                                 "assault on a Kurdish outpost west of Makhmour, officials said.", published="2015-08-04")
    assert (event.actor1.id, event.actor2.id) == ("isis", "peshmerga")


def test_a_dayless_roundup_takes_the_day_an_item_tells(pipeline):
    # the lead tells no day: the items are of the one day a later item tells, the undated ones before it too
    text = ("Security incidents gathered by our correspondents.\n"
            "TIKRIT - A sticky bomb wounded a municipal engineer near the hospital, police said.\n"
            "FALLUJA - Gunmen shot dead a shopkeeper on Monday evening, a police officer said.\n")
    events = _events(pipeline, text, published="2012-04-17")
    assert sorted(e.date.start for e in events) == ["2012-04-16", "2012-04-16"]


def test_the_doers_flight_after_a_bombing_is_part_of_it(pipeline):
    # the bombers' getaway told after the blast is no "Other" event of its own
    text = ("A sticky bomb tore through a minibus in Kut on Wednesday evening, wounding three passengers, police said.\n"
            "A police source said the bombers fled in a white sedan.")
    assert [e.sub_event_type for e in _events(pipeline, text, published="2020-02-06")] == \
        ["Remote explosive/landmine/IED"]


def test_a_two_sided_fight_at_a_home_stays_a_clash(pipeline):
    # "his house" marks an off-duty killing only for a one-sided word; a firefight or a gunfight is fought by two
    for text in ("A fugitive was shot dead in a firefight after police surrounded his house in Kut on Sunday.",
                 "Two policemen were wounded in a gunfight with a wanted man at his house in Kut on Sunday."):
        (event,) = _events(pipeline, text, published="2021-05-10")
        assert event.sub_event_type == "Armed clash"
        assert event.actor1.id == "iraq-police"


def test_main_clause_subject_is_no_side_of_a_passive_after_once(pipeline):
    # the soldiers closed the roads; who shot the shopkeeper is not told
    (event,) = _events(pipeline, "Iraqi soldiers closed every road into Tuz Khurmatu on Monday once a shopkeeper was "
                                 "shot dead outside his store.", published="2021-05-10")
    assert (event.sub_event_type, event.actor1, event.actor2.id) == ("Attack", None, "civilians")


def test_talks_with_a_crowd_after_its_protest_are_no_agreement(pipeline):
    text = ("Hundreds of graduates blocked the main bridge in Nasiriyah on Sunday to demand government jobs.\n"
            "Army officers negotiated with their delegates until the bridge reopened at dusk.")
    assert [e.sub_event_type for e in _events(pipeline, text, published="2021-05-10")] == ["Peaceful protest"]


def test_shooting_that_died_down_is_the_end_of_the_fight_told(pipeline):
    text = ("Islamic State militants attacked an army post near Tarmiyah on Monday night, killing two soldiers, "
            "officers said.\nBy dawn the shooting had died down in the orchards around Abu Sayda, residents said.")
    assert [e.sub_event_type for e in _events(pipeline, text, published="2021-05-11")] == ["Armed clash"]


def test_men_seizing_a_person_abduct_him(pipeline):
    # a bare "seized" with a person as its object is an abduction, not ground taken
    for text in ("Masked men seized two shepherds grazing their flocks near Dibis on Tuesday evening, police said.",
                 "Armed men seized a local journalist outside Tikrit on Tuesday."):
        (event,) = _events(pipeline, text, published="2024-01-16")
        assert event.sub_event_type == "Abduction/forced disappearance"
    (event,) = _events(pipeline, "Islamic State fighters seized the village of Bashir on Sunday.", published="2024-01-16")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_an_event_noun_describing_people_counts_no_events(pipeline):
    # "35 air force pilots": the figure counts pilots, not air strikes over the month
    result = pipeline.extract(Article(text="Gunmen seized and shot 35 air force pilots near Tikrit in January, a "
                                           "survivor said.", published="2016-03-01"))
    assert not result.claims


def test_the_convicted_executed_are_a_sentence_carried_out(pipeline):
    assert not _events(pipeline, "The justice ministry executed 11 men convicted of terrorism at Nasiriyah prison on "
                                 "Monday, an official said.", published="2020-01-28")
    # an armed group's "execution" of men it accuses is a killing
    (event,) = _events(pipeline, "Islamic State militants executed three shepherds accused of spying for the army "
                                 "near Hawija on Monday.", published="2020-01-28")
    assert event.sub_event_type == "Attack" and event.actor1.id == "isis"


def test_the_group_whose_offices_burn_is_hit(pipeline):
    (event,) = _events(pipeline, "The offices of two Kataib Hezbollah commanders in Basra were torched on Monday night.",
                       published="2020-12-08")
    assert event.actor2 is not None and event.actor2.id == "kataib-hezbollah"
    assert event.actor1 is None or event.actor1.id != "kataib-hezbollah"


def test_killing_in_another_district_after_fiima_is_its_own_event(pipeline):
    # a round-up's "فيما قُتل ... في ناحية أخرى": a second deed in another district, not the toll of the first (b12,
    # ar-dev51)
    events = _events(pipeline, "قتل مزارع بانفجار لغم في قضاء خانقين، فيما قُتل سائق برصاص مسلحين في ناحية العظيم.")
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]
    (shot,) = [e for e in events if e.sub_event_type == "Attack"]
    assert shot.location.admin2 == "Al-Khalis"
    # the first deed's toll and parties are told before the second clause: one dead, no gunmen
    (blast,) = [e for e in events if e.sub_event_type != "Attack"]
    assert blast.fatalities.best == 1 and blast.actor1 is None


def test_english_right_of_protest_and_aim_to_plan_are_no_events(pipeline):
    # "respects the right of peaceful protest", "ability to plan and conduct attacks": a right and an aim (b12, en-dev51)
    assert not _events(pipeline, "The governor said he respects the right to peaceful protest in Basra.")
    assert not _events(pipeline, "The raid aimed to weaken the cell's ability to plan and conduct attacks in Anbar.")


def test_base_the_wounded_were_flown_to_is_no_event_place(pipeline):
    # "نقلا بطائرة مروحية إلى قاعدة عين الأسد": where the wounded were taken, not where the bomb went off (b12, ar-dev51)
    events = _events(pipeline, "انفجرت عبوة ناسفة على دورية للجيش غربي الأنبار مساء أمس. وقال ضابط إن الانفجار أدى إلى "
                               "إصابة جنديين نقلا بطائرة مروحية إلى قاعدة عين الأسد.")
    assert events and all(e.location.admin2 != "Heet" for e in events)


def test_a_few_strikes_told_with_their_target_are_one_event(pipeline):
    # "carried out two air strikes on caves": one operation on one target, not a tally of two (b12, en-dev51, ar-dev51)
    ex = pipeline.extract(Article(text="Iraqi F-16 jets carried out two air strikes on an ISIS hideout in the Hamrin "
                                       "mountains on Tuesday.", published="2022-06-14"))
    assert [e.sub_event_type for e in ex.events] == ["Air/drone strike"] and not ex.claims
    # "more than 80 attacks on US forces": an open count stays a tally
    ex = pipeline.extract(Article(text="The factions have claimed more than 80 attacks on US forces since October.",
                                  published="2024-02-14"))
    assert ex.claims


def test_english_source_named_before_its_verb_is_no_side(pipeline):
    # "A source in Basra Police Command said that ...": the body the source sits in reports the clash, it is not the
    # other side of it (b12, en-dev51)
    (event,) = _events(pipeline, "An official in the Dhi Qar police said on Monday that two men were killed in a tribal "
                                 "clash over water rights near Shatra.")
    assert event.actor2 is None or event.actor2.id != "iraq-police"


def test_a_protest_said_to_go_on_is_no_planned_protest(pipeline):
    # "said they will continue their sit-in": the sit-in told the same day, going on, not another one planned (b12,
    # en-dev51)
    events = pipeline.extract(Article(
        text="Hundreds of students staged a sit-in outside the governorate building in Nasiriyah on Wednesday. The "
             "students said they will continue their sit-in until their demands are met.",
        published="2024-01-10")).events
    assert [e.status for e in events] == ["occurred"]


def test_english_quarter_namesake_stays_in_the_article_governorate(pipeline):
    # "in Al-Thawra neighbourhood" in a Diwaniyah story: the town's own quarter, not Baghdad's Al-Thawra district
    # (b12, en-dev51: a Hilla kidnapping placed in Baghdad)
    events = _events(pipeline, "A source in Diwaniyah police said a grocer was wounded on Saturday. Unknown gunmen "
                               "shot the grocer outside his shop in Al-Thawra neighbourhood before fleeing.")
    assert events and all(e.location.admin1_code == "IQ-QA" for e in events)


def test_denied_news_of_a_village_held_is_a_denied_takeover(pipeline):
    # "Salah al-Din Operations Command" is the command (no "operations" event word), "news" a report its denier
    # speaks of, "controlling a village" a takeover (b12, en-dev51)
    (event,) = _events(pipeline, "Salah al-Din Operations Command on Monday denied news that ISIS fighters were "
                                 "controlling a village near Samarra.")
    assert (event.status, event.sub_event_type, event.actor1.id) == ("denied", "Non-state actor overtakes territory", "isis")


def test_the_past_two_days_date_the_event(pipeline):
    # "خلال اليومين الماضيين" counts two days back from publication, up to the day before it
    (event,) = _events(pipeline, "ذكرت مديرية شرطة ميسان أن مفارزها اعتقلت خلال اليومين الماضيين سبعة مطلوبين في "
                                 "قضاء المجر الكبير.", published="2021-03-10")
    assert event.sub_event_type == "Arrests"
    assert (event.date.start, event.date.end) == ("2021-03-08", "2021-03-09")


def test_a_past_week_in_a_charge_dates_the_deed_not_the_arrest(pipeline):
    # "متهمين بإحراق سيارة ... الأسبوع الماضي": the week is the burning's, past the arrest's word and its charge
    (event,) = _events(pipeline, "ألقت شرطة ذي قار القبض على أربعة شبان متهمين بإحراق سيارة لموظف في دائرة الكهرباء في "
                                 "قضاء الشطرة الأسبوع الماضي.", published="2021-03-10")
    assert event.sub_event_type == "Arrests"
    assert event.date.start == "2021-03-10"


def test_control_imposed_on_roads_takes_no_ground(pipeline):
    # "فرضت القوات سيطرتها على الطرق" (its subject between verb and object, or not): the roads held after a fight
    for text in ("قتل شرطي وأصيب اثنان في اشتباكات مع مسلحين قرب ناحية العباسي مساء أمس. وفرضت القوات الأمنية "
                 "سيطرتها على الطرق المؤدية إلى الناحية.",
                 "قتل شرطي وأصيب اثنان في اشتباكات مع مسلحين قرب ناحية العباسي مساء أمس. وقال مصدر إن القوات "
                 "فرضت سيطرتها على الطريق الرئيسي."):
        (event,) = _events(pipeline, text)
        assert event.sub_event_type == "Armed clash"


def test_a_killing_told_after_the_body_found_is_that_killing(pipeline):
    # the body found today, then how the man was shot last night: one killing, on the day of the shooting
    (event,) = _events(pipeline, "انتشلت الشرطة صباح اليوم جثة سائق سيارة أجرة مصابا بعيارات نارية قرب سيطرة الفضيلية "
                                 "شرقي بغداد. وأفاد شقيقه بأن مسلحين استوقفوه ليلة أمس وأطلقوا النار عليه.")
    assert event.actor1.id == "unidentified-gunmen"
    assert event.date.start == "2022-06-13"
    assert event.fatalities.best == 1


def test_a_group_in_an_aside_describing_the_victim_is_no_side(pipeline):
    # "، وهو ابن عم قيادي في عصائب أهل الحق،": who the dead man is, not a party the gunmen fought
    (event,) = _events(pipeline, "قتل مهندس برصاص مجهولين في ناحية الرشاد، وهو ابن عم قيادي في عصائب أهل الحق، "
                                 "فجر اليوم.")
    assert event.sub_event_type == "Attack"
    assert event.actor2.id == "civilians"


def test_the_forces_arresting_are_the_force_named_before(pipeline):
    # bare "القوات" as the subject of an arrest refers back to the state force the article named
    events = _events(pipeline, "انتشرت قطعات من الشرطة الاتحادية صباح أمس في أحياء ناحية جرف النصر. وأفاد مصدر محلي "
                               "بأن القوات اعتقلت تسعة مطلوبين وصادرت أسلحة متوسطة.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1.id == "iraq-federal-police"


def test_a_force_impersonated_is_no_party(pipeline):
    # "بتهمة انتحال صفة الاستخبارات العسكرية": the force the men passed themselves off as is not the one arrested
    (event,) = _events(pipeline, "ألقت مفرزة من شرطة النجدة القبض على رجلين بتهمة انتحال صفة الاستخبارات العسكرية في "
                                 "حي الجهاد.")
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is None


def test_a_force_told_absent_is_no_party(pipeline):
    # "في ظل غياب الشرطة": the police were not there; the crowd that burned the office rioted against no one named
    (event,) = _events(pipeline, "اقتحم محتجون غاضبون مقر مجلس ناحية الفهود وأضرموا النار فيه مساء أمس، في ظل غياب "
                                 "الشرطة المحلية عن المكان.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2 is None


def test_the_means_of_a_recalled_killing_is_recalled_with_it(pipeline):
    # "following the assassination of X in a drone strike": the strike is how the recalled killing was done, not a
    # fact of the attack the sentence's "the attack" takes up (b11, en-dev52)
    (event,) = _events(pipeline, "Two mortar shells struck near the provincial council building in Kirkuk on Sunday "
                                 "night without causing casualties. The attack came as Kurdish and Arab parties "
                                 "argued over the governor's post, following the assassination of a militia "
                                 "commander in a drone strike.", "2023-03-14")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_the_attack_told_in_a_district_places_one_placed_by_a_landmark_across_the_border(pipeline):
    # "a checkpoint south of Baghdad", then "the attack happened near Jurf al-Sakhar in Babil": the city was only
    # measured from; the definite mention's district places the one attack (b11, en-dev52)
    (event,) = _events(pipeline, "Four policemen were killed when militants attacked a checkpoint south of Baghdad "
                                 "on Sunday night. The attack happened near Jurf al-Sakhar in Babil province, a "
                                 "police officer said.", "2023-05-08")
    assert event.location.admin1_code == "IQ-BB" and event.fatalities.best == 4


def test_a_background_cue_opening_the_sentence_before_a_comma_dates_all_of_it(pipeline):
    # "Earlier this spring, ...", "Back then, ...": the cue set off by a comma governs the clause after it
    # (b11, en-dev52)
    assert not _events(pipeline, "Earlier this spring, angry residents torched the district council building in "
                                 "Nasiriyah.", "2021-06-08")
    assert not _events(pipeline, "Back then, militants blew up a bridge near Samarra.", "2021-06-08")


def test_force_on_a_crowd_with_a_nil_toll_is_an_intervention(pipeline):
    # "no one was hurt" counts no one: tear gas on a crowd with a nil toll is no excessive force (b11, ar-dev52)
    (event,) = _events(pipeline, "Riot police fired tear gas at hundreds of protesters outside the provincial "
                                 "council in Kut on Sunday, and no one was hurt.", "2021-06-08")
    assert event.sub_event_type == "Protest with intervention"


def test_a_generic_militia_word_before_a_named_group_is_its_head_noun(pipeline):
    # "لميليشيا حركة النجباء", "من ميليشيا عصائب أهل الحق": the named group, not the generic pro-Iran militias
    # (b11, ar-dev52)
    (event,) = _events(pipeline, "داهمت قوة من الشرطة الاتحادية مقرا لميليشيا حركة النجباء في منطقة الكرادة ببغداد "
                                 "فجر اليوم واعتقلت ثلاثة من عناصرها.", "2023-05-08")
    assert event.actor2 is not None and event.actor2.id == "nujaba"
    (event,) = _events(pipeline, "قتل عنصران من ميليشيا عصائب أهل الحق بانفجار عبوة ناسفة في قضاء الطارمية أمس.",
                       "2023-05-08")
    assert event.actor1 is None and event.actor2.id == "asaib-ahl-al-haq"


def test_a_deed_someone_is_held_in_connection_with_is_a_charge(pipeline):
    # "detained three suspects in connection with a car bombing ... that killed four": the arrest is the news; the
    # bombing is what they are held for (b11, en-dev52)
    (event,) = _events(pipeline, "Police in Kirkuk said on Sunday they had detained three suspects in connection "
                                 "with a car bombing at a market that killed four people last week.", "2023-05-08")
    assert event.sub_event_type == "Arrests" and event.date.start == "2023-05-07"


def test_found_that_is_a_conclusion_not_a_find(pipeline):
    # "investigators found that ...": what was concluded, not weapons found and seized
    assert not _events(pipeline, "Investigators found that the smugglers had carried four Katyusha rockets across the "
                                 "border near Zakho on Friday.", published="2021-04-10")


def test_live_rounds_in_a_drill_are_no_force_on_a_crowd(pipeline):
    # "the drill" names the exercise: the live rounds fired in it are no fire on protesters
    assert not _events(pipeline, "Soldiers of the 9th Division fired live rounds at cardboard targets as the drill "
                                 "ended near Taji on Wednesday.", published="2021-05-06")


def test_the_condition_of_a_threat_is_no_event(pipeline):
    # "would ... if the militia did not leave the bridge": the threatened deed names no event word; the condition
    # (a withdrawal that did not happen) is no event, denied or otherwise
    assert not _events(pipeline, "The governor said police would clear the bridge by force if the militia did not "
                                 "withdraw from it by Thursday.", published="2022-09-05")


def test_a_call_for_a_truce_is_no_agreement(pipeline):
    # a call for talks or a truce is no agreement reached
    assert not _events(pipeline, "Tribal sheikhs in Qurna urged the two clans on Friday to agree a truce.",
                       published="2022-03-05")


def test_a_clause_describing_the_speaker_names_no_side(pipeline):
    # ", said the mayor, who until last year was an officer in the Iraqi army": who the speaker is, not the side hit
    (event,) = _events(pipeline, "Gunmen shot dead a teacher near Baiji on Monday, said the mayor, who until last "
                                 "year was an officer in the Iraqi army.", published="2021-05-04")
    assert event.sub_event_type == "Attack" and event.actor2.id == "civilians"


def test_gunmen_stopping_a_man_intercept_no_weapon(pipeline):
    # "اعترض مسلحون مجهولون الطبيب": the verb of intercepting rockets, said of a man stopped, disrupts no weapon
    events = _events(pipeline, "اعترض مسلحون مجهولون الطبيب قرب عيادته في بعقوبة مساء أمس، وأطلقوا النار عليه "
                               "فأردوه قتيلا.", published="2021-05-04")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_fight_told_again_with_its_place_joins_the_event_placed_by_the_dateline_alone(pipeline):
    # a dateline is where the report was filed: the fight told again with no agent ("the exchange of fire") and a
    # place of its own in the next governorate is the same fight, placed where the text says
    (event,) = _events(pipeline, "SULAIMANI - Gunmen attacked an army checkpoint in the hills on Tuesday night, "
                                 "killing two soldiers. A militant was killed in the exchange of fire, which broke "
                                 "out near Dibis, the army said.", published="2022-06-14")
    assert event.sub_event_type == "Armed clash"
    assert event.location.admin1_code == "IQ-KI"


def test_event_noun_after_to_is_a_verb_with_its_object_after_it(pipeline):
    # "to attack X": the infinitive's subject is the one before it, X is attacked (not "an attack by X")
    (event,) = _events(pipeline, "Federal police units moved on Sunday to attack Islamic State fighters in the "
                                 "Hamrin mountains.", published="2022-06-14")
    assert event.actor1.id == "iraq-federal-police"
    assert event.actor2.id == "isis"


def test_participle_between_a_determiner_and_people_describes_them(pipeline):
    # "their detained sons": the sons are described by an earlier arrest, which the sentence does not tell
    assert not _events(pipeline, "Families in Samarra said on Monday that their detained sons had not been seen by "
                                 "a lawyer.", published="2022-06-14")


def test_event_word_told_only_in_the_condition_of_a_threat_is_no_event(pipeline):
    # "would hold every position if attacked again": the attack is what may provoke the threat, not its deed
    assert not _events(pipeline, "The Peshmerga ministry said its units would hold every position in Makhmour if "
                                 "attacked again.", published="2022-06-14")


def test_a_threat_word_alone_is_no_event(pipeline):
    # "threatened to clear X out": a threat names no deed an analyst codes (the deed threatened, when an event word,
    # is coded as hypothetical by itself)
    assert not _events(pipeline, "The Turkish president threatened on Monday to clear the PKK out of the mountains "
                                 "near Zakho.", published="2022-06-14")


def test_subject_of_its_own_verb_after_a_passive_event_is_not_hit(pipeline):
    # "houses were bulldozed after Peshmerga fighters withdrew": the fighters did the withdrawing, they were not hit
    (event,) = _events(pipeline, "Several houses near Bashiqa were bulldozed on Friday after Peshmerga fighters "
                                 "withdrew from the area.", published="2022-06-14")
    assert event.actor2 is None or event.actor2.id != "peshmerga"


def test_claimed_toll_gives_way_to_a_nil_toll_told_as_fact(pipeline):
    # the claimant says four were killed; the side hit, telling the attack as fact, says none were: ACLED does not
    # take a claimant's toll
    (event,) = _events(pipeline, "The Islamic State group claimed on Tuesday that its fighters had attacked a police "
                                 "checkpoint near Tarmiyah, saying four policemen were killed. A police officer said "
                                 "the checkpoint had come under fire on Sunday night but the policemen drove the "
                                 "attackers off without any losses.", published="2022-06-14")
    assert event.status == "claimed"
    assert event.fatalities is not None and event.fatalities.best == 0


def test_toll_naming_its_dead_as_the_only_side_tells_the_strike_before_it(pipeline):
    # "Two U.S. service members ... were killed" after the rockets: the rockets' toll and the side they hit, not a
    # killing of civilians by US forces
    (event,) = _events(pipeline, "Several rockets struck Camp Taji late on Friday. Two U.S. service members and one "
                                 "British service member were killed.", published="2020-03-14")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1 is None and event.actor2.id == "us-forces"
    assert event.fatalities.best == 3


def test_calendar_day_of_the_week_before_makes_a_press_release_news(pipeline):
    # a release dating its incident "Feb. 3" (no weekday) with first-person quotes is news, not an opinion piece:
    # the arrest it tells is coded too
    text = ('TAJI, Iraq – One U.S. Soldier was wounded when a roadside bomb struck a convoy in Tarmiyah, Feb. 3.\n'
            'Iraqi police detained three men near the site.\n'
            '"Our partners acted fast," said a spokesman. "We will not be deterred by incidents like this," he said.')
    events = _events(pipeline, text, published="2011-02-04")
    assert {e.sub_event_type for e in events} == {"Remote explosive/landmine/IED", "Arrests"}


def test_since_opens_the_earlier_event_a_state_followed(pipeline):
    # "have stayed shut since gunmen torched ...": the torching is what the state of things followed, told as history
    text = "Shops in the old quarter have stayed shut since gunmen torched the grain depot in Baquba on Saturday, traders said."
    assert not [e for e in _events(pipeline, text, "2023-04-10") if e.status == "occurred"]


def test_span_counted_since_an_event_is_no_earlier_event(pipeline):
    # "to mark one year since the riots": an anniversary counted, the rally is the news
    (event,) = _events(pipeline, "Veterans said they would rally outside the governorate building in Kut on Thursday "
                                 "to mark one year since the riots in the city.", "2023-04-10")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "planned")


def test_group_counted_after_killing_noun_is_the_dead(pipeline):
    # "أدى القصف إلى قتل ستة إرهابيين": the counted militants are those killed, not the shelling's doers
    (event,) = _events(pipeline, "وأدى القصف المدفعي إلى قتل ستة إرهابيين في وادي حوران.", "2020-05-14")
    assert event.actor2 is not None and event.actor2.id == "isis"
    assert event.actor1 is None or event.actor1.id != "isis"


def test_ambush_followed_by_the_catch_is_an_arrest(pipeline):
    # an ambush laid by a force and told with what it stopped, no fight: the catch, by the force that laid it
    (event,) = _events(pipeline, "نصبت دورية من الشرطة كميناً عند مدخل قضاء بيجي ليلة أمس، وأوقفت سيارة مسروقة يقودها شابان.",
                       "2022-08-07")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 is not None and event.actor1.id == "iraq-police"


def test_blame_told_among_mutual_accusations_names_no_doer(pipeline):
    # the two sides blaming each other: one side's word names no doer
    (event,) = _events(pipeline, "Two women were wounded when a rocket hit a market in Amerli on Sunday. Local factions "
                                 "traded accusations, and one official blamed Islamic State for the attack.", "2021-05-02")
    assert event.actor1 is None
    (event,) = _events(pipeline, "أصيب شابان بسقوط صاروخ على سوق شعبي في ناحية آمرلي مساء أمس. وتبادل الجانبان "
                                 "الاتهامات، إذ اتهم مسؤول محلي مسلحي داعش بإطلاق الصاروخ.", "2021-05-02")
    assert event.actor1 is None


def test_orders_not_to_use_force_deny_no_intervention(pipeline):
    # "police had been ordered not to fire tear gas": a standing order, no denial of force at the protest told
    # (b15, en-dev15 "security forces are under orders not to use live fire")
    (event,) = _events(pipeline, "Hundreds of teachers marched through the centre of Kut on Monday to demand unpaid "
                                 "salaries. Officials said police had been ordered not to fire tear gas at the marchers.",
                       "2021-04-20")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")


def test_foreign_forces_claim_the_strike_told_before(pipeline):
    # "Iran's Revolutionary Guards have claimed responsibility" with no event word: the claim of the strike told
    # just before, as an armed group's is (b15, en-dev19, split from its sentence once "March 13." ended one)
    (event,) = _events(pipeline, "Missiles hit a building on the outskirts of Erbil on Sunday night. Iran's "
                                 "Revolutionary Guards have claimed responsibility, calling it a warning.", "2023-09-05")
    assert (event.status, event.actor1.id) == ("claimed", "iran-irgc")


def test_blame_for_previous_attacks_names_no_agent_of_the_news(pipeline):
    # "have blamed Iran-backed factions for previous attacks": the blame is of the history (b15, en-dev53)
    (event,) = _events(pipeline, "Rockets struck a base housing foreign troops near Baghdad airport late on Thursday, "
                                 "causing no casualties. U.S. officials have blamed Iran-backed factions for previous "
                                 "attacks on the base, which the factions deny.", "2023-02-10")
    assert event.actor1 is None


def test_a_deed_dated_only_weeks_later_than_a_recalled_one_is_history(pipeline):
    # "struck back weeks later" with no day of its own follows an event the article recalls: history (b15, en-dev20
    # "Iran retaliated days later with a missile barrage" after the drone strike of Jan. 3)
    text = ("Tensions have been high since militants shelled an army post near Tuz Khurmatu in the spring of last year. "
            "The army struck back weeks later with air strikes on their hideouts in the Hamrin mountains.")
    assert not _events(pipeline, text, "2023-06-20")
    # with a day of its own it is news
    (event,) = _events(pipeline, "Two days later, on Monday, the army carried out air strikes on militant hideouts "
                                 "in the Hamrin mountains.", "2023-06-20")
    assert event.sub_event_type == "Air/drone strike"


def test_two_forces_listed_as_the_dead_are_no_sides_of_a_clash(pipeline):
    # "Three American soldiers and two British soldiers were killed": both forces are the passive's subject, those
    # hit, not two sides fighting (b15, en-dev36 "Two U.S. service members and one British service member were
    # killed" after a rocket attack)
    (event,) = _events(pipeline, "A roadside bomb hit a supply convoy near Basra on Monday. Three American soldiers "
                                 "and two British soldiers were killed.", "2008-05-13")
    assert (event.sub_event_type, event.actor1, event.fatalities.best) == ("Remote explosive/landmine/IED", None, 5)


def test_a_deed_told_after_since_and_its_doer_is_history(pipeline):
    # "have lived in fear since militants shelled the market": the shelling is the point a state runs from, history,
    # as after "since a" (b15, en-dev37 "Tension has been high since troops stormed a protest camp in Hawija")
    assert not _events(pipeline, "Residents of Sinjar have lived in fear since militants shelled the market last "
                                 "week.", "2022-05-12")


def test_an_opening_since_clause_tells_history(pipeline):
    # "Since the army launched its offensive on 3 May, families have fled": the offensive is the point the news runs
    # from, and its doer no side of what follows (b15, en-dev44 "1. Since military operations to retake Mosul began
    # on 17 October, 54,000 people are currently displaced" was an armed clash by the displaced)
    for text in ("Since the army launched its offensive in the Hamrin mountains on 3 May, 2,000 families have fled "
                 "their villages, local officials said.",
                 "Since the army launched its offensive in the Hamrin mountains on 3 May, dozens of families have left "
                 "the area."):
        assert not _events(pipeline, text, "2022-05-20")


def test_a_deed_of_late_last_month_is_history(pipeline):
    # "late last month" told on 5 April: a third of a month past, recalled as a whole month is (b15, en-dev44
    # "Fighting ... erupted in the district late last month"); last week stays news
    assert not _events(pipeline, "Gunmen killed two farmers near Tarmiyah late last month, residents said.", "2021-04-05")
    assert _events(pipeline, "Gunmen killed two farmers near Tarmiyah last week, residents said.", "2021-04-05")


def test_bombs_left_behind_by_fleeing_fighters_are_no_blast(pipeline):
    # "تاركين وراءهم عبوات ناسفة": the bombs the fleeing men left describe what they left, like a belt worn; no
    # blast (b16, ar-dev38: an IED coded in a recapture story)
    events = _events(pipeline, "استعاد الجيش العراقي أمس السيطرة على قرية الصينية غرب بيجي. وذكر ضابط أن عناصر "
                               "داعش هربوا نحو الوديان، تاركين وراءهم عبوات ناسفة كثيرة على الطرقات.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_side_before_a_clash_noun_fought_the_side_after_with(pipeline):
    # "خاضت X معارك مع Y": the subject of the verb of doing is actor1, the side after مع the other (b16, ar-dev38)
    (event,) = _events(pipeline, "خاضت قوات الشرطة الاتحادية معارك ضارية مع عناصر تنظيم داعش قرب بيجي ليلة أمس.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "iraq-federal-police", "isis")


def test_further_statement_after_a_fight_names_no_side(pipeline):
    # "، لافتاً إلى أن التنظيم يحتمي بالمدنيين": a further statement with no event word of its own speaks of other
    # things; the civilians it names were not hit (b16, ar-dev38-028: a clash's toll sentence became an attack)
    (event,) = _events(pipeline, "وقال المصدر إن خمسة من عناصر داعش قتلوا في المعارك قرب حمرين فجر اليوم، لافتاً إلى "
                                 "أن التنظيم يحتمي بالمدنيين في الوديان.")
    assert event.sub_event_type == "Armed clash" and event.actor2 is None


def test_state_force_right_after_an_arabic_verb_is_its_subject(pipeline):
    # verb-subject-object: "اقتحمت قوات الشرطة الاتحادية ... قرية يتحصن فيها مسلحو داعش" is the police's assault,
    # not the armed group's (b16, ar-dev38-028)
    (event,) = _events(pipeline, "اقتحمت قوات الشرطة الاتحادية فجر اليوم قرية البو حمدان حيث يتحصن مسلحو داعش.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "iraq-federal-police", "isis")


def test_bulletin_source_label_is_not_the_side_hit(pipeline):
    # "مختار القرية: قصف ...": the short label before a bulletin's colon tells who reports, not who was hit (b16,
    # ar-dev45-007)
    (event,) = _events(pipeline, "مختار القرية: قصف مدفعي إيراني طال بساتين قرب سيدكان مساء أمس دون إصابات.")
    assert event.actor1.id == "iran-military" and (event.actor2 is None or event.actor2.id != "officials")


def test_armed_mens_fight_after_a_sit_in_broken_up_is_its_own_event(pipeline):
    # "الاشتباكات التي اندلعت لاحقاً بين مسلحين ... وقوات الأمن" after a sit-in dispersed: armed men's fight is no
    # telling of the crowd's event (b16, ar-dev45-009: the clash's toll put on the protest)
    events = _events(pipeline, "فرقت قوات الأمن اعتصاماً أمام مبنى مجلس محافظة الديوانية صباح أمس. وأفاد مصدر طبي بمقتل "
                               "ثلاثة في الاشتباكات التي اندلعت لاحقاً بين مسلحين من العشائر وقوات الأمن في المدينة.")
    assert sorted(e.event_type for e in events) == ["Battles", "Protests"]
    assert next(e for e in events if e.event_type == "Protests").fatalities is None


def test_count_of_a_groups_men_before_a_death_word_are_the_dead(pipeline):
    # "ثلاثة من أبناء الصحوة ارتقوا": the men counted as the subject of the death word right after were hit, not
    # the elders named before them (b16, ar-dev45-001)
    (event,) = _events(pipeline, "زار وفد من شيوخ العشائر ذوي ثلاثة من أبناء الصحوة ارتقوا أمس في هجوم لداعش على "
                                 "حاجز قرب الكرمة.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "isis", "tribal-mobilization")


def test_aircraft_subject_of_carried_out_leaves_the_strikes_as_the_event(pipeline):
    # "أن طائرات تابعة لطيران الجيش شنت الغارات": the aircraft are the verb's subject, the strikes its object and the
    # event word, so the force named before the verb did the strikes told before (b16, ar-dev51-018)
    (event,) = _events(pipeline, "قصفت غارات جوية مساء أمس مضافة لعناصر داعش في وادي الشاي جنوب كركوك. وأوضح البيان "
                                 "أن طائرات تابعة لطيران الجيش شنت الغارات بعد رصد تحركات المسلحين.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Air/drone strike", "iraq-air-force", "isis")


def test_the_force_as_subject_of_an_arrest_is_the_state_force_named_before(pipeline):
    # "إن القوة تمكنت لاحقاً من اعتقال": a definite bare unit noun (`unit_ref`) is the latest state force named; the
    # arrest is news of its own (b16, ar-dev38-009)
    events = _events(pipeline, "اشتبكت قوة من الشرطة مع مسلحين في حي الجمهورية بالبصرة مساء أمس. وقال المصدر إن القوة "
                               "تمكنت لاحقاً من اعتقال ثلاثة من المسلحين.")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrest.actor1.id == "iraq-police"


def test_those_a_fire_was_meant_to_hinder_are_not_its_target(pipeline):
    # "لإعاقة الرؤية أمام طائرات التحالف": the aircraft the burning was meant to blind were not hit; armed men's
    # arson stays destruction of property, no clash (b16, ar-dev38-022)
    (event,) = _events(pipeline, "أحرق مسلحو التنظيم إطارات وآبار نفط قرب القيارة أمس لإعاقة الرؤية أمام طائرات "
                                 "التحالف.")
    assert (event.sub_event_type, event.actor1.id) == ("Looting/property destruction", "isis")
    assert event.actor2 is None or event.actor2.id != "coalition"


def test_forces_ending_a_siege_regain_the_town(pipeline):
    # "منهية حصاراً فرضه مسلحو داعش ... منذ أواخر العام الماضي": ending a siege is ground regained (new triggers);
    # the "since" span is the siege's, not the day of the event word (b16, ar-dev38-002)
    (event,) = _events(pipeline, "وصلت قطعات الجيش، صباح أمس، إلى قضاء حديثة، منهية حصاراً فرضه مسلحو داعش على "
                                 "القضاء منذ أواخر العام الماضي.")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Government regains territory", "iraq-army", "isis")
    assert event.date.start == "2022-06-13"


def test_source_set_off_by_commas_ends_at_its_comma(pipeline):
    # "، بحسب بيان لوزارة الدفاع التركية، تنفيذ طائرات تركية ... غارات": the source between commas before the event
    # word ends at its comma; the aircraft named after it did the strikes (b16, ar-dev38-002)
    (event,) = _events(pipeline, "وتلا ذلك، بحسب بيان لوزارة الدفاع التركية، تنفيذ طائرات تركية مساء أمس غارات على "
                                 "مواقع قرب سيدكان.")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "turkey-military")


def test_pmf_announcing_ground_regained_took_it(pipeline):
    # "أعلن الحشد الشعبي ... تحرير ناحية العلم ... بعد عملية اشتركت فيها قوة من الشرطة الاتحادية": the PMF took the
    # ground; the force named after the word took part (b16, ar-dev38-018)
    (event,) = _events(pipeline, "أعلن الحشد الشعبي، مساء أمس، تحرير ناحية العلم شرق تكريت من عناصر داعش، بعد عملية "
                                 "اشتركت فيها قوة من الشرطة الاتحادية.")
    assert (event.sub_event_type, event.actor1.id) == ("Government regains territory", "pmf")


def test_dead_told_two_sentences_after_the_strike_are_its_toll(pipeline):
    # a statement with no event of its own between the strike and a source's dead ("رداً على الهجمات المتكررة"):
    # the dead are still the strike's (b16, ar-dev38-006)
    (event,) = _events(pipeline, "قصفت طائرة مسيرة تركية مساء أمس عجلة قرب قرية خانصور في سنجار. وقالت وزارة الدفاع "
                                 "التركية في بيان إن الضربة جاءت رداً على الهجمات المتكررة على قواتها. فيما أفاد مصدر "
                                 "محلي بمقتل ثلاثة من عناصر وحدات مقاومة سنجار.")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 3


def test_participle_describing_a_freed_captive_is_no_abduction(pipeline):
    # "rescued two shepherds abducted by gunmen": the abduction describes the captive the troops freed; the news is
    # the arrest, by the troops, of none of the captives (the gunmen are no party to it)
    events = _events(pipeline, "Security forces on Sunday rescued two shepherds abducted by gunmen near Tuz Khurmatu "
                               "and detained one of the abductors.", published="2022-06-14")
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].actor1.id == "iraq-security-forces" and events[0].actor2 is None


def test_plural_deeds_spread_over_an_area_are_a_round_up_total(pipeline):
    # "Bombings across Baghdad killed 14": the day's total of incidents a round-up tells apart, no event of its own
    assert not _events(pipeline, "Bombings across Baghdad killed 14 people on Sunday, police said.",
                       published="2016-05-16")


def test_travel_advisory_tells_no_event(pipeline):
    # a government's advice to travellers speaks of attacks in general, however it places them
    text = ("Level 4 advice for travellers, issued on Monday.\n"
            "Militia rocket fire and drone strikes hit areas of Erbil and Basra.\n"
            "If you decide to travel to Iraq, carry a satellite phone.")
    assert not _events(pipeline, text, published="2024-03-05")


def test_deed_named_after_referring_to_is_told_elsewhere(pipeline):
    # "referring to a clinic set on fire": a speaker pointing at a deed told elsewhere, no event (nor its agent)
    assert not _events(pipeline, "The Sulaymaniyah council said it would punish the saboteurs, referring to a clinic "
                                 "set on fire in Halabja.", published="2020-12-08")


def test_an_event_noun_after_no_is_an_absence(pipeline):
    # "there were no clashes", "made no arrests": nothing happened and no report is denied, so no event at all
    events = _events(pipeline, "Troops combed the orchards outside Baqubah on Friday but reported no clashes.",
                     published="2021-05-04")
    assert not events


def test_the_driver_is_the_subject_of_a_reported_clause(pipeline):
    # "Police said the driver detonated ...": the police speak; the driver (a person word) is the reported subject
    (event,) = _events(pipeline, "Police said the driver detonated the truck outside the market in Tarmiyah on Friday.",
                       published="2020-05-05")
    assert event.actor1 is None or event.actor1.id != "iraq-police"


def test_a_participle_after_an_article_describes_no_event(pipeline):
    # "the kidnapped engineer", "an arrested smuggler": someone described by an event told elsewhere, no event
    events = _events(pipeline, "Soldiers stormed a farmhouse near Tikrit on Monday and freed a contractor. The "
                               "kidnapped engineer told reporters in Samarra that his captors had fed him once a day.",
                     published="2021-05-04")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in events)


def test_the_day_of_an_event_a_reference_phrase_opens_is_not_the_anaphor_s(pipeline):
    # "The strikes hit ..., in response to ... Thursday's rocket fire": Thursday is the earlier attack's day, so the
    # strikes told again stay Sunday's and fold into the strikes told first
    events = _events(pipeline, "US jets struck two depots outside Qaim on Sunday. The strikes hit arms stores near "
                               "Qaim, in response to a string of attacks including Thursday's rocket fire on Camp "
                               "Taji.", published="2021-05-04")
    assert [e.date.start for e in events] == ["2021-05-02"]


def test_will_in_a_relative_clause_after_the_event_is_no_plan(pipeline):
    # "... hideouts ... that will no longer shelter ...": what the target will (not) do, the bombing was done
    (event,) = _events(pipeline, "Turkish jets bombed four PKK hideouts in the Qandil mountains on Saturday that will "
                                 "no longer shelter the group's commanders.", published="2021-05-04")
    assert event.status == "occurred" and event.date.start == "2021-05-01"


def test_gunmen_right_after_a_group_name_are_the_group_s_men(pipeline):
    # "Asaib Ahl al-Haq gunmen abducted a trader": one side, the group; the trader is the one hit
    (event,) = _events(pipeline, "Asaib Ahl al-Haq gunmen abducted a trader in Saadoun Street in Baghdad on Friday.",
                       published="2021-10-27")
    assert event.actor1.id == "asaib-ahl-al-haq" and event.actor2.id == "civilians"


def test_a_figure_before_days_counted_back_is_no_toll(pipeline):
    # "came three days after X, a tribal elder, was killed": three counts days, not the dead
    events = _events(pipeline, "Gunmen shot dead a lawyer in Amarah on Sunday. His killing came three days after "
                               "Falah Hassan, a tribal elder, was killed in the city.", published="2021-05-04")
    assert [e.fatalities.best for e in events] == [1]


def test_a_claim_verb_after_fima_is_a_claim_made(pipeline):
    # "فيما تبنى تنظيم داعش التفجير": فيما opens a new piece of news, so تبنى there is the verb, a claim made
    (event,) = _events(pipeline, "انفجرت سيارة مفخخة قرب سوق شعبي في قضاء طوزخورماتو مساء أمس، ما أدى إلى مقتل أربعة "
                                 "مدنيين، فيما تبنى تنظيم داعش التفجير في بيان.", published="2020-05-08")
    assert event.status == "claimed" and event.actor1.id == "isis"


def test_of_those_killed_names_the_dead_of_another_event(pipeline):
    # "compensation to the families of those killed": the dead of an event told elsewhere, no killing of its own
    assert not _events(pipeline, "The governor of Basra on Sunday promised compensation to the families of those "
                                 "killed.", published="2021-05-04")


def test_the_group_of_a_man_killed_is_hit_not_the_killer(pipeline):
    # "قتل الجيش قيادياً في داعش", "تمكنت العشائر من قتل قيادي في داعش": the group named after the man killed (past
    # "في" or as his adjective) lost him; the verb's subject killed (b21, real 2015 news: a tribe's and an army
    # division's kills of ISIS leaders were coded as ISIS attacks)
    for text in ("وقتلت الشرطة الاتحادية قيادياً في تنظيم داعش قرب ناحية الصينية فجر اليوم.",
                 "وأعلن مصدر أن الشرطة الاتحادية قتلت قيادياً داعشياً خلال تفتيش قرية قرب ناحية الصينية أمس.",
                 "وتمكن مقاتلو الحشد العشائري أمس من قتل قيادي في تنظيم داعش عند مدخل ناحية الصينية.",
                 # past one describing word before "في"
                 "تمكن الجيش من قتل مسؤول كبير في تنظيم داعش قرب ناحية الصينية أمس."):
        (event,) = _events(pipeline, text, "2016-03-02")
        assert event.actor2 is not None and event.actor2.id == "isis", text
        assert event.actor1 is not None and event.actor1.id != "isis", text


def test_an_arabic_foreign_capital_standing_for_its_government_places_nothing(pipeline):
    # "إن أنقرة لن تتهاون": the government, not where the article's events are; "في أنقرة" is the city (b21, real
    # 2015 news: Turkish attacks in the east placed in Ankara by the title's "أنقرة ستبدأ")
    text = ("وقالت الحكومة إن أنقرة لن تتهاون مع المسلحين. وأصيب جنديان تركيان بجروح في هجوم شنه مسلحون من حزب "
            "العمال الكردستاني على دورية عسكرية شرقي البلاد.")
    (event,) = _events(pipeline, text, "2016-09-01")
    assert event.location is None or event.location.admin1_code != "TR-06"
    (event,) = _events(pipeline, "وأصيب جنديان تركيان بجروح في هجوم شنه مسلحون على دورية عسكرية في أنقرة.", "2016-09-01")
    assert event.location.admin1_code == "TR-06"


def test_a_suicide_bombing_that_hit_the_named_group_is_not_filled_as_its_own(pipeline):
    # a bombing with no doer is the one named rebel group's, but not when that group's men are those it killed
    # (b21, real 2015 news: a car bomb on an ISIS training camp coded ISIS on ISIS)
    (event,) = _events(pipeline, "أفادت مصادر محلية بمقتل تسعة من عناصر تنظيم داعش في هجوم انتحاري بحزام ناسف "
                                 "استهدف مقراً لهم في ناحية المحلبية.", "2016-03-02")
    assert event.actor2.id == "isis"
    assert event.actor1 is None or event.actor1.id != "isis"


def test_one_side_named_twice_is_not_hit_by_itself(pipeline):
    # the speaker and the strike's maker are one force: no strike or attack hits its own doer (b21, real 2015 news:
    # "the Pentagon announced the death of a leader in a US strike" coded us-forces on us-forces)
    (event,) = _events(pipeline, "أكد الجيش الأمريكي أمس مقتل خالد العمر في ضربة أمريكية بطائرة مسيرة قرب الرقة.",
                       "2016-03-02")
    assert event.actor1.id == "us-forces"
    assert event.actor2 is None or event.actor2.id != "us-forces"


def test_abduction_verb_whose_object_is_livestock_is_looting(pipeline):
    # "ساقوا قطيع" / "اقتادوا القطيع": men who lead a herd away took goods, no one abducted
    (event,) = _events(pipeline, "وفي ناحية العظيم، اقتاد مسلحون قطيع الماشية العائد للقرية نحو الصحراء مساء أمس.")
    assert event.sub_event_type == "Looting/property destruction"
    # a person led away stays an abduction
    (event,) = _events(pipeline, "وفي ناحية العظيم، اقتاد مسلحون راعياً وقطيعه نحو الصحراء مساء أمس.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_past_frame_verb_weeks_after_an_earlier_attack_is_context(pipeline):
    # "وجاء الاعتقال بعد ثلاثة أسابيع من الضربة ..." opens on the past frame verb: what it names is context, no
    # second event dated to the earlier strike
    text = ("اعتقلت قوة من الشرطة ثلاثة مطلوبين في ناحية العبارة أمس. وجاء الاعتقال بعد ثلاثة أسابيع من الضربة "
            "الجوية التي استهدفت معسكراً للمسلحين قرب بلدروز مطلع الشهر الجاري، والتي أوقعت سبعة قتلى.")
    (event,) = _events(pipeline, text, published="2016-05-25")
    assert str(event.date.start) == "2016-05-24"


def test_arrested_plotters_are_the_doers_of_the_planned_attack(pipeline):
    # "اعتقلت ... عناصر من داعش كانوا يخططون لتفجير": the men arrested planned the bombing; the force that
    # arrested them is no side of it
    events = _events(pipeline, "اعتقلت مفارز الاستخبارات في الرمادي أمس خمسة عناصر من داعش كانوا يخططون لتفجير "
                               "سيارة مفخخة.", published="2021-05-03")
    (plan,) = [e for e in events if e.status == "planned"]
    assert plan.actor1.id == "isis" and plan.actor2 is None
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_person_killed_named_after_a_funeral_word_is_no_toll_of_the_news(pipeline):
    # "عقب تشييع شاب قتل ...": a relative clause with no pronoun after a funeral word recalls an earlier killing;
    # the storming told before it counts no dead, and the occasion after the verb is no event of its own
    for text in ("اقتحم محتجون غاضبون مبنى مجلس المحافظة في الكوت أمس، عقب تشييع شاب قتل بالرصاص قبل أيام.",
                 "اقتحم محتجون غاضبون مبنى مجلس المحافظة في الكوت أمس، عقب تشييع متظاهر قتل في تظاهرات الأسبوع "
                 "الماضي."):
        (event,) = _events(pipeline, text, published="2019-12-20")
        assert event.sub_event_type == "Violent demonstration"
        assert event.fatalities is None or not event.fatalities.best


def test_arabic_vague_count_of_cases_is_no_claim(pipeline):
    # "عدة حالات اغتيال" (several cases) counts nothing a tally can hold; a figure does
    vague = pipeline.extract(Article(text="وسجلت شرطة البصرة منذ بداية العام عدة حالات اغتيال مماثلة لناشطين.",
                                     published="2019-12-20"))
    assert not vague.claims
    told = pipeline.extract(Article(text="وسجلت شرطة البصرة منذ بداية العام سبع حالات اغتيال مماثلة لناشطين.",
                                    published="2019-12-20"))
    assert len(told.claims) == 1


def test_force_named_past_a_reference_is_no_target_of_the_looting(pipeline):
    # "بعد انسحاب قوات البيشمركة": the force is the party of the withdrawal referred to, not whose shops were looted
    (event,) = _events(pipeline, "وتعرضت محال تجارية في سوق خانقين للسلب والحرق أمس على يد مسلحين مجهولين، بعد "
                                 "انسحاب قوات البيشمركة من المدينة.", published="2017-10-19")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 is None or event.actor2.id != "peshmerga"


def test_force_that_launches_an_operation_is_its_doer(pipeline):
    # "أطلقت قوات البيشمركة عملية ضد خلايا داعش": launching an operation is doing it (like نفذت، شنت)
    (event,) = _events(pipeline, "أطلقت قوات البيشمركة فجر اليوم عملية واسعة ضد خلايا داعش في قرى مخمور.",
                       published="2025-03-10")
    assert (event.actor1.id, event.actor2.id) == ("peshmerga", "isis")


def test_arabic_same_kind_clause_after_fiima_in_another_district_is_its_own_event(pipeline):
    # "بينما انفجرت عبوة أخرى ... في قضاء خانقين": a second bombing in another district, not the first told again
    events = _events(pipeline, "انفجرت عبوة ناسفة أمس على عجلة مدنية في قضاء المقدادية، بينما انفجرت عبوة أخرى "
                               "قرب سوق في قضاء خانقين.", published="2019-05-02")
    assert sorted(e.location.admin2 for e in events) == ["Al-Muqdadiya", "Khanaqin"]


def test_toll_of_a_wave_of_violence_is_a_round_up(pipeline):
    # a toll whose cause is a wave or scatter of violence is a round-up's total, no event of its own
    assert not _events(pipeline, "أعلنت مصادر طبية مقتل ستة أشخاص وجرح عشرة في أعمال عنف متفرقة شهدتها مدينة الرمادي أمس.")
    assert not _events(pipeline, "وقتل أربعة من عناصر الشرطة في موجة عنف جديدة تضرب أحياء البصرة منذ الأحد.")
    # a deed told in full stays an event though the wave is named after it
    assert _events(pipeline, "قتل ثلاثة مدنيين بانفجار عبوة ناسفة قرب مدرسة في الحلة ضمن موجة عنف تشهدها المحافظة.")


def test_halted_operations_are_no_event(pipeline):
    # "أوقف عمليات القصف": the shelling stops; أوقف is stopping here, not detaining
    assert not _events(pipeline, "وذكر ضابط أن الجيش أوقف عمليات القصف المدفعي على أطراف بيجي لفتح ممر للعائلات.")


def test_distinguishing_between_is_no_dispersal(pipeline):
    # "التفريق بين X و Y" is telling two things apart, no crowd dispersed
    assert not [e for e in _events(pipeline, "ويرى المحلل أن من المهم التفريق بين الفصائل المسلحة والعشائر في ديالى.")
                if e.event_type == "Protests"]


def test_man_in_a_militia_hurt_is_the_side_hit(pipeline):
    # "مقاتل في <فصيل>" after a casualty verb: the militia is the wounded man's, not the shooter of civilians
    events = _events(pipeline, "أصيب مقاتل في سرايا السلام بجروح بليغة ليلة أمس قرب سامراء.")
    assert events
    assert all(e.sub_event_type != "Attack" and (e.actor2 is None or e.actor2.id != "civilians") for e in events)


def test_plural_verb_of_blame_names_the_blamed_right_after(pipeline):
    # "اتهموا" carries its accuser (told before it): the party right after the verb is the one blamed
    events = _events(pipeline, "سقطت ثلاث قذائف هاون على سوق شعبي في الخالص فجر اليوم. "
                               "وقال شهود إن الأهالي الغاضبين اتهموا داعش.")
    assert [e.actor1.id if e.actor1 else None for e in events] == ["isis"]


def test_relative_clause_after_the_blamed_is_no_other_event(pipeline):
    # "اتهم المحافظ داعش الذي يسيطر على ... منذ": the clause describes the one blamed; the blame still names the doer
    events = _events(pipeline, "انفجرت عبوة ناسفة بحافلة ركاب قرب بيجي صباح اليوم. "
                               "واتهم المحافظ داعش الذي يسيطر على تلال قريبة منذ آذار الماضي.")
    assert [e.actor1.id if e.actor1 else None for e in events] == ["isis"]


def test_burning_after_the_shooting_is_part_of_the_attack(pipeline):
    # the gunmen "fired on the shepherds, then set their tents on fire": one attack, no property destruction of its own
    events = _events(pipeline, "قتل مسلحو داعش راعيين في قرية قرب مخمور مساء أمس. "
                               "وأفاد شهود بأن المسلحين أطلقوا النار على الراعيين، ثم أضرموا النار في خيامهم.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_wounding_noun_after_and_takes_no_figure_before_it(pipeline):
    # "مقتل شرطيين ومدني وإصابة آخرين": the one civilian is no count of the wounded, told after "وإصابة"
    events = _events(pipeline, "انفجرت عبوة ناسفة قرب سوق شعبي في بعقوبة، ما أدى إلى مقتل شرطيين اثنين ومدني "
                               "وإصابة آخرين بجروح.")
    assert len(events) == 1 and events[0].injured is None


def test_victim_joined_by_and_is_no_attacker(pipeline):
    # "مقتل جنديين تركيين وجندي بريطاني": the British soldier was killed too; he did not fire the rockets
    events = _events(pipeline, "سقطت ثلاثة صواريخ على قاعدة حرير الجوية شمال أربيل مساء أمس، ما أدى إلى مقتل "
                               "جنديين تركيين وجندي بريطاني.")
    assert len(events) == 1 and events[0].actor1 is None and events[0].actor2.id == "turkey-military"


def test_abducted_found_killed_in_one_sentence_is_an_attack(pipeline):
    # a body found shot "a day after his abduction": the killing is the event (Attack), as merge joins the two
    events = _events(pipeline, "عثر الأهالي صباح اليوم على جثة موظف حكومي مقتولاً بالرصاص في بستان قرب بعقوبة، "
                               "بعد يوم واحد من اختطافه على يد مسلحين مجهولين.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_taking_told_after_the_killing_is_how_it_began(pipeline):
    # a body found on Friday, then "gunmen stopped his car on Thursday evening and led him away": one killing
    events = _events(pipeline, "عثر أهالي ناحية العظيم صباح اليوم الجمعة على جثة سائق أجرة مقتولاً بالرصاص قرب "
                               "الطريق العام. وقال أحد أقاربه إن مسلحين أوقفوا سيارته مساء الخميس واقتادوه إلى "
                               "جهة مجهولة.", published="2022-06-17")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_state_forces_own_wounded_are_not_the_other_side_of_their_fight_with_an_insurgent_group(pipeline):
    # the army fought Daesh; the wounded policemen named at the end are the state's losses, not the side it fought
    (event,) = _events(pipeline, "خاضت قوات الجيش العراقي مساء أمس اشتباكات ضارية مع مسلحي داعش في أطراف ناحية "
                                 "العلم، وأصيب خلالها اثنان من منتسبي الشرطة المحلية.", published="2015-12-08")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "isis")


def test_listed_strikes_take_the_force_of_the_lead_when_the_count_names_none(pipeline):
    # the lead names the force, the count ("Aircraft carried out five strikes") does not: the listed strikes are the
    # force's
    text = ("WASHINGTON, March 3, 2017 - Coalition warplanes struck ISIS targets in Iraq on March 2.\n"
            "Aircraft carried out five strikes in Iraq:\n"
            "- Near Ramadi, two strikes destroyed an ISIS vehicle and a bunker.\n"
            "- Near Kirkuk, three strikes destroyed an ISIS mortar position.")
    events = pipeline.extract(Article(text=text, published="2017-03-03")).events
    assert {e.location.admin1_code for e in events} >= {"IQ-AN", "IQ-KI"}
    assert all(e.actor1 is not None and e.actor1.id == "coalition" for e in events)


def test_former_and_retired_members_of_the_forces_are_civilians(pipeline):
    # off-duty veterans killed by militants are civilians hit by an attack, not a side of a clash
    (event,) = _events(pipeline, "Militants shot dead two retired army officers outside their homes in "
                                 "Tarmiyah on Tuesday.", published="2015-09-02")
    assert (event.sub_event_type, event.actor2.id) == ("Attack", "civilians")
    (event,) = _events(pipeline, "أطلق مسلحون النار على ثلاثة ضباط متقاعدين قرب منازلهم في قضاء "
                                 "الطارمية أمس فأردوهم قتلى.", published="2015-09-02")
    assert event.actor2.id == "civilians"


def test_bomber_counted_among_the_dead_of_a_fight_is_no_bombing(pipeline):
    # "بينهم انتحاري" after the fight's toll: one of the dead militants, not a suicide bombing of its own
    (event,) = _events(pipeline, "صدت قوات البيشمركة هجوماً لداعش على قرية قرب ناحية كوير أمس، وقتلت في المعارك "
                                 "اثني عشر مسلحاً بينهم انتحاري.", published="2016-04-11")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.best == 12


def test_a_state_force_and_the_pmf_joined_by_and_are_one_side(pipeline):
    # "قطعات الشرطة وفصائل الحشد الشعبي" repelled the attack together; neither is the other's target
    (event,) = _events(pipeline, "صدت قطعات الشرطة وفصائل الحشد الشعبي هجوماً مسلحاً على قرية في قضاء طوزخورماتو "
                                 "مساء أمس.", published="2015-12-08")
    assert event.actor1.id == "iraq-police"
    assert event.actor2 is None or event.actor2.id not in ("pmf", "iraq-police")


def test_a_force_backed_by_another_with_masnuda_is_the_doer(pipeline):
    # "مسنودة بـ" (backed by): the backer is neither the doer nor the side the ground was taken from
    (event,) = _events(pipeline, "قال مسؤول محلي إن قوات الشرطة مسنودة بالحشد العشائري استعادت السيطرة على قرية "
                                 "قرب قضاء هيت صباح اليوم.", published="2016-04-02")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.id == "iraq-police"
    assert event.actor2 is None or event.actor2.id != "tribal-mobilization"


def test_kurdish_rebels_in_turkey_are_the_pkk(pipeline):
    # "المتمردون الأكراد" / "التمرد الكردي" name the PKK; unknown, the victims (the soldiers) were taken as the doer
    (event,) = _events(pipeline, "قتل جنديان تركيان في هجوم شنه متمردون أكراد على مخفر حدودي في ولاية هكاري "
                                 "مساء أمس.", published="2015-08-12")
    assert event.actor1.id == "pkk"
    assert event.actor2.id == "turkey-military"


def test_targets_of_a_group_mark_the_group_as_the_target(pipeline):
    # "أهداف/معاقل/تجمعات لـX" (targets, strongholds, gatherings of X): X was hit; it is no doer of the strike
    (event,) = _events(pipeline, "واصلت المقاتلات التركية، فجر اليوم، قصف معاقل لتنظيم داعش قرب بلدة بعشيقة.",
                       published="2015-09-03")
    assert event.actor1.id == "turkey-military"
    assert event.actor2.id == "isis"


def test_the_international_coalition_called_al_itilaf(pipeline):
    # "الائتلاف الدولي" is the other Arabic name of the US-led coalition (التحالف الدولي)
    (event,) = _events(pipeline, "قتل قيادي في تنظيم داعش بغارة جوية لقوات الائتلاف الدولي قرب الموصل أمس.",
                       published="2015-10-20")
    assert event.actor1.id == "coalition"
    assert event.actor2.id == "isis"


def test_a_fiima_clause_after_another_deed_takes_no_party_from_before_it(pipeline):
    # the gunmen of the firefight before "فيما" did not set off the car bomb told after it
    events = _events(pipeline, "هاجم مسلحان مبنى البلدية في كركوك وتبادلا إطلاق النار مع الشرطة، فيما استهدفت "
                               "سيارة مفخخة مركزا للشرطة في المدينة.", published="2015-08-11")
    bomb = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert bomb.actor1 is None or bomb.actor1.id not in ("unidentified-gunmen", "iraq-police")


def test_the_defence_ministry_announcing_its_operation_is_the_army(pipeline):
    # ACLED codes what the Ministry of Defence announces its forces did as the Military Forces of Iraq
    (event,) = _events(pipeline, "أعلنت وزارة الدفاع استعادة السيطرة على قرية البو علي شرق الرمادي من تنظيم داعش.",
                       published="2015-09-14")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.id == "iraq-army"


def test_the_gunmen_after_a_named_group_are_its_men(pipeline):
    # definite "المسلحون" told after "مسلحو داعش" refers back to them: no clash of the group with unknown gunmen
    events = _events(pipeline, "داهم مسلحو داعش قرية زراعية جنوب كركوك فجر اليوم، وأعدم المسلحون ثلاثة من سكانها.",
                     published="2015-06-21")
    assert events
    assert all(e.actor1 is None or e.actor1.id == "isis" for e in events)
    assert all(e.actor2 is None or e.actor2.id not in ("unidentified-gunmen", "isis") for e in events)


def test_english_definite_event_after_history_only_is_that_history(pipeline):
    # a definite event noun with no day of its own, after an event over a month back was only referred to and no
    # news since, goes on telling that history
    text = ("A court in Nineveh on Sunday jailed two men for life over a market bombing in Tal Afar in March 2017. "
            "The blast, which militants claimed, killed 40 shoppers.")
    assert _events(pipeline, text) == ()


def test_english_deed_in_where_clause_after_history_only_is_that_history(pipeline):
    # a deed told of a place in a clause "where", with no day of its own, after history and no news since, is history
    text = ("Survivors returned to Badush on Saturday to mark ten years since gunmen killed 30 farmers there in "
            "August 2012. Elders planted olive trees beside the well where the farmers were gunned down.")
    assert _events(pipeline, text, published="2022-08-14") == ()


def test_place_overrun_by_no_side_after_a_riot_is_the_riot(pipeline):
    # a place overrun by no armed side named, with a mob's riot the last news, is the mob's riot, no takeover
    text = ("Angry residents stormed the provincial council building in Kut on Sunday and set it ablaze. "
            "The guards fled before the compound was overrun, officials said.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_english_forces_killing_plain_plural_militants_is_a_clash(pipeline):
    # forces killing men named only by a plain plural of the armed side fought them; no civilians were hit
    (event,) = _events(pipeline, "Border guards killed five insurgents near Rutba on Thursday, a ministry statement said.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is None or event.actor2.id != "civilians"


def test_english_day_in_pluperfect_where_clause_is_not_the_events(pipeline):
    # a "where" clause after the event word, told with "had", describes the place by what was done there before:
    # its day does not date the bombing, which then stays the one told before
    text = ("ERBIL (Reuters) - Two suicide car bombs hit a Peshmerga base near Makhmour on Monday, killing five "
            "fighters, officers said. The attackers steered explosives-laden vehicles toward a gate where engineers "
            "had built a new wall last week, the officers said.")
    events = _events(pipeline, text)
    assert [e.date.start for e in events] == ["2022-06-13"]


def test_a_day_before_an_anniversary_word_is_the_anniversary_s(pipeline):
    # "يصادف اليوم الذكرى ...": the day right before the anniversary word is the anniversary's; the recapture the
    # sentence recalls, announced by its own day two years before, is history, no event of today
    text = ("يصادف اليوم السبت الذكرى الثانية لتحرير قضاء القائم، حين أعلن الجيش في الثالث من تشرين الثاني ٢٠١٧ "
            "استعادة مركز القضاء بالكامل.")
    assert not _events(pipeline, text, "2019-11-02")


def test_clashes_between_protesters_and_a_force_are_no_battle(pipeline):
    # "مواجهات بين المتظاهرين وقوات الأمن": a crowd fights no battle; the force met it (protesters actor1)
    text = ("أسفرت المواجهات التي اندلعت مساء أمس بين المتظاهرين وقوات الأمن أمام مبنى محافظة البصرة عن إصابة "
            "عشرين شخصاً.")
    (event,) = _events(pipeline, text, "2022-05-02")
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1.id, event.actor2.id) == ("protesters", "iraq-security-forces")


def test_residents_who_heard_a_blast_are_not_its_target(pipeline):
    # "سمعها سكان القرى المجاورة": the people right after a verb of hearing heard the blast; no one it hit
    text = "انفجرت عبوة ناسفة على طريق زراعي في قضاء الطارمية مساء اليوم، سمعها سكان القرى المجاورة، من دون وقوع إصابات."
    (event,) = _events(pipeline, text, "2022-05-02")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.actor2 is None


def test_a_denied_takeover_with_its_taker_named_is_recorded(pipeline):
    # "نفت ... ما بثته حسابات ... عن سيطرة التنظيم على مركز قضاء هيت": a report of ground taken, its taker named,
    # answered by a denial, is a denied takeover (a bare word with only its place would be talk in general)
    text = "نفت قيادة عمليات الأنبار، مساء الأحد، ما بثته حسابات تابعة لتنظيم داعش عن سيطرة التنظيم على مركز قضاء هيت."
    (event,) = _events(pipeline, text, "2015-10-12")
    assert (event.status, event.sub_event_type, event.actor1.id) == ("denied", "Non-state actor overtakes territory", "isis")


def test_a_denial_of_last_night_answers_a_claim_posted_at_dawn(pipeline):
    # a claim dated by its statement in the morning, then "no attack last night": the night before the statement is
    # the claimed strike's, one event, not a denied fight of its own
    events = _events(pipeline, "تبنت جماعة مسلحة، صباح اليوم الأحد، قصف قاعدة عين الأسد في قضاء هيت بطائرة مسيرة "
                               "مفخخة. غير أن ضابطاً في القاعدة نفى تعرضها لأي هجوم خلال الليلة الماضية.",
                     published="2022-06-12")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_kana_before_qad_makes_a_t_verb_a_pluperfect(pipeline):
    # "وكان عشرات المحتجين قد تجمعوا": كان and its subject before قد make the ت-verb after it "had gathered", a fact,
    # not "may gather"
    text = ("وكان عشرات المحتجين قد تجمعوا مساء أمس أمام مبنى محافظة البصرة، فأطلقت قوات الأمن الغاز المسيل "
            "للدموع لتفريقهم.")
    (event,) = _events(pipeline, text, "2022-06-12")
    assert (event.sub_event_type, event.status) == ("Protest with intervention", "occurred")


def test_a_crowd_s_demand_verb_is_its_protest_not_a_call(pipeline):
    # "وطالبوا الحكومة": the protesters' demand, told after their sit-in, is that protest's act (one event), not a
    # call that makes a second, hypothetical protest
    text = ("نظم مئات من خريجي الجامعات، صباح أمس، وقفة احتجاجية أمام مبنى محافظة الديوانية. ورفع المحتجون لافتات "
            "تندد بالبطالة، وطالبوا الحكومة المحلية بتوفير فرص العمل.")
    (event,) = _events(pipeline, text, "2022-06-12")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")


def test_a_day_right_after_a_crime_verb_is_not_the_arrest_s(pipeline):
    # "تحرير تاجر اختطف مساء الأحد الماضي ...، واعتقال اثنين من الخاطفين": the Sunday is the abduction's; the arrest
    # is dated by the raid told after it (Wednesday), not by the crime
    text = ("أعلنت مديرية شرطة كركوك، اليوم الخميس، تحرير تاجر اختطف مساء الأحد الماضي قرب منزله في حي العروبة، "
            "واعتقال اثنين من الخاطفين. وقال بيان للمديرية إن قوة من قسم مكافحة الإجرام داهمت فجر أمس الأربعاء "
            "منزلاً مهجوراً في حي الواسطي وحررت التاجر واعتقلت الخاطفين.")
    events = _events(pipeline, text, "2022-06-16")
    assert [(e.sub_event_type, e.date.start) for e in events] == [
        ("Abduction/forced disappearance", "2022-06-12"), ("Arrests", "2022-06-15")]


def test_a_capital_closing_the_sentence_after_its_verb_is_the_government(pipeline):
    # "وهو ما نفته أنقرة": the capital as the subject of the denial closing the sentence is Turkey's government
    # speaking, not where the fight took place
    text = ("قال متحدث باسم حزب العمال الكردستاني إن مقاتليه قتلوا خمسة جنود أتراك في هجوم على موقع عسكري مساء "
            "أمس، وهو ما نفته أنقرة.")
    (event,) = _events(pipeline, text, "2022-06-12")
    assert event.location is None or event.location.admin1_code != "TR-06"


def test_an_arabic_warned_deed_with_an_unnamed_or_distant_doer_is_coded_where_it_is_placed(pipeline):
    # "حذر من أن ... قد يلجأ إلى/يحاول <الفعل>": a warning of what could be done is a threat, as the English "warned
    # that <someone> could <do the deed>" is; with a place it is a record (the doer too far from the deed to be named)
    (threat,) = _events(pipeline, "وحذر مدير الناحية من أن المسلحين الفارين من الوادي قد يلجأون إلى تفجير الجسر "
                                  "الحديدي في ناحية العلم بالعبوات الناسفة خلال الأيام المقبلة.", "2021-03-02")
    assert threat.status == "hypothetical" and threat.sub_event_type == "Remote explosive/landmine/IED"
    (attack,) = _events(pipeline, "وحذر ضابط في الشرطة من احتمال أن يحاول مسلحون قصف مخيمات النازحين في ناحية "
                                  "العامرية بقذائف الهاون.", "2021-03-02")
    assert attack.status == "hypothetical"
    # a warning of a bare "targeting", a fear with no warning word, or a warning with no place stays speculation
    assert not _events(pipeline, "وحذر ضابط في الشرطة من أن أي تصعيد قد يدفع إلى استهداف المخيمات في ناحية العامرية.",
                       "2021-03-02")
    assert not _events(pipeline, "ويخشى مراقبون من أن المسلحين الفارين من الوادي قد يلجأون إلى تفجير الجسر "
                                 "الحديدي في ناحية العلم بالعبوات الناسفة.", "2021-03-02")
    assert not _events(pipeline, "وحذر مدير الناحية من أن المسلحين قد يلجأون إلى تفجير الجسور بالعبوات الناسفة.",
                       "2021-03-02")


def test_followers_called_to_gather_for_a_coming_day_are_a_planned_protest(pipeline):
    # "have been called to gather ... tomorrow": a call told in the passive is a call, and the protest called for
    # is planned on its coming day, not one held last Friday
    (rally,) = _events(pipeline, "Teachers in Nasiriyah have been called to gather outside the education "
                                 "directorate after noon prayers on Friday, a union official said.", "2023-03-08")
    assert rally.status == "planned" and rally.sub_event_type == "Peaceful protest"
    assert rally.date.start == "2023-03-10"


def test_a_plan_told_with_its_near_time_is_a_record(pipeline):
    # "will begin in the coming days": a plan with its near time is dated as one with a coming day is
    (plan,) = _events(pipeline, "An operation to clear militants from the orchards of Tarmiyah will begin in the "
                                "coming days, army commanders said.", "2019-04-07")
    assert plan.status == "planned" and plan.event_type == "Battles"
    # a bare plan with neither its time nor a day stays too weak to code
    assert not _events(pipeline, "An operation to clear militants from the orchards of Tarmiyah will begin soon, army "
                                 "commanders said.", "2019-04-07")


def test_a_plot_of_men_arrested_is_a_planned_event(pipeline):
    # "قالت إنهم كانوا يخططون لتنفيذ تفجيرات": the aim of a plan word is the deed planned, not a purpose that tells
    # none; the men arrested are its named plotters (worth a named doer); and the period of the plan ("خلال الأيام
    # الثلاثة الأولى من شهر محرم") is when it was to be done, no tally
    for tail in ("", " خلال الأيام الثلاثة الأولى من شهر محرم"):
        events = _events(pipeline, "أعلنت مديرية الاستخبارات في ديالى، اليوم الخميس، القبض على أربعة عناصر من تنظيم "
                                   "داعش في قضاء المقدادية، قالت إنهم كانوا يخططون لتنفيذ تفجيرات تستهدف مواكب "
                                   "المعزين" + tail + ".", "2020-09-10")
        plot = [e for e in events if e.event_type == "Explosions/Remote violence"]
        assert len(plot) == 1 and plot[0].status == "planned" and plot[0].actor1.id == "isis"
        assert any(e.sub_event_type == "Arrests" for e in events)
    # only a plan of violence: an agreement said at the start of the year to be coming is no record (the period
    # still reads as the statement's, a tally's)
    assert not _events(pipeline, "وكان متحدث باسم التحالف الدولي قال، في بداية هذا العام، إنه سيتم التوصل إلى اتفاق "
                                 "مع تركيا لتدريب فصائل المعارضة.", "2015-07-21")


def test_a_span_told_past_a_subset_in_commas_is_the_counts(pipeline):
    # "بينهم ..." set off by commas is a parenthesis: the span after it ("خلال تسعة أشهر") is the count's
    text = "قال المرصد إن الطيران الحربي قتل 740 مسلحا من التنظيم، بينهم قادة ميدانيون، خلال تسعة أشهر."
    assert not _events(pipeline, text, "2016-05-02")
    # (no span after the subset: the event stands)
    text = "قال مصدر إن الطيران الحربي قتل 12 مسلحا من التنظيم، بينهم قائد ميداني، في قضاء الحضر أمس."
    assert len(_events(pipeline, text, "2016-05-02")) == 1


def test_two_bombings_of_one_kind_with_their_own_dead_and_sides_stay_two(pipeline):
    # two roadside bombs on one day in one district, each with its own dead of a different force: two events
    text = ("أفاد مصدر أمني أمس بمقتل أربعة من الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم قرب قرية في قضاء "
            "الشرقاط. وأضاف المصدر أن ثلاثة جنود قتلوا بانفجار عبوة ناسفة أخرى استهدفت دوريتهم في قرية ثانية "
            "بالقضاء نفسه.")
    events = _events(pipeline, text, "2017-03-09")
    assert sorted(e.fatalities.best for e in events) == [3, 4]


def test_the_deed_an_anniversary_recalls_is_no_force_on_the_crowd(pipeline):
    # "الذكرى السنوية لاجتياح ..." recalls the takeover; the vigil itself met no force
    text = ("أحيا العشرات من أهالي القرى الذكرى السنوية لاجتياح تنظيم داعش لقراهم، خلال وقفة احتجاجية أمام مبنى "
            "مجلس المحافظة في الموصل اليوم.")
    (event,) = _events(pipeline, text, "2018-08-03")
    assert event.sub_event_type == "Peaceful protest"
    text = ("نظم العشرات من النازحين، أمس، وقفة احتجاجية أمام مكتب المنظمة الدولية في دهوك أحيوا فيها الذكرى "
            "السنوية الرابعة لاجتياح مسلحي داعش لبلداتهم.")
    (event,) = _events(pipeline, text, "2018-08-03")
    assert event.sub_event_type == "Peaceful protest"


def test_a_span_told_in_a_later_clause_with_no_event_of_its_own_is_the_counts(pipeline):
    # the clause after the arrests tells no event word of its own and goes on to "خلال الأيام الخمسة الأخيرة"
    text = ("أعلنت وزارة الداخلية أن قواتها اعتقلت 400 مشتبه به، من خلال عملياتها ضد خلايا التنظيم في محافظات "
            "عدة خلال الأيام الخمسة الأخيرة.")
    assert not _events(pipeline, text, "2019-05-01")
    # (a span "since" a start measures what is told, no tally)
    text = "أعلن الجيش أن قواته استعادت مركز ناحية الكرمة، في أكبر تقدم لها منذ انطلاق العملية العسكرية."
    assert len(_events(pipeline, text, "2016-06-18")) == 1


def test_a_demand_in_the_first_person_is_no_event(pipeline):
    # "طالبنا فيها بالإسراع في تحرير ..." (we demanded in it to hasten the liberation): a demand, as طالب is
    text = "وقال النائب: أرسلنا كتابا إلى الحكومة طالبنا فيه بالإسراع في تحرير مناطق جنوب الموصل."
    assert all(e.status != "occurred" for e in _events(pipeline, text, "2016-04-05"))


def test_the_displaced_of_a_place_do_not_place_the_event(pipeline):
    # "من نازحي الأنبار" names where the displaced came from, not where they were held
    text = "وذكر شهود أن التنظيم احتجز 25 عائلة من نازحي الأنبار حاولت العودة إلى قراها."
    assert all(e.location is None or e.location.admin1_code != "IQ-AN" for e in _events(pipeline, text, "2015-09-02"))


def test_a_force_able_to_drive_out_drives_no_one_out(pipeline):
    # "القادرة على ... طرد" (the ones able to expel): an ability, as "قادرة على" already was, no deed told
    text = "وأعلنت الحكومة دعم العشائر باعتبارها القادرة على تحجيم وطرد العناصر الإرهابية من قضاء القائم."
    assert all(e.status != "occurred" for e in _events(pipeline, text, "2016-09-02"))


def test_a_state_unit_belonging_to_its_command_is_one_side_with_it(pipeline):
    # "قوة تابعة لقيادة عمليات ..." is the command's own unit: the command is no target, the armed group is
    text = "وأوضح المصدر أن قوة أمنية تابعة لقيادة عمليات سامراء تمكنت أمس من قتل تسعة من مسلحي داعش شرقي قضاء سامراء."
    (event,) = _events(pipeline, text, "2016-09-02")
    assert (event.actor1.id, event.actor2.id) == ("iraq-ops-samarra", "isis")


def test_a_rebel_group_holding_people_abducts_them(pipeline):
    # ACLED's arrests are the state's: an armed group's detention of families is an abduction
    text = "وأفاد شهود بقيام تنظيم داعش باحتجاز 35 عائلة حاولت الهرب من ناحية العباسي مساء أمس."
    (event,) = _events(pipeline, text, "2015-10-06")
    assert (event.sub_event_type, event.actor1.id) == ("Abduction/forced disappearance", "isis")
    # (a group named after the arrest word is the arrested man's: the arrest stays one)
    text = "وكانت فرق الأمن ألقت أمس القبض على رجل يشتبه بترؤسه خلية تنتمي لتنظيم داعش في قضاء الزبير."
    (event,) = _events(pipeline, text, "2016-10-06")
    assert event.sub_event_type == "Arrests"


def test_a_foreign_force_hitting_a_target_strikes_from_the_air(pipeline):
    # a foreign state's forces "targeting" or "striking" a site, no weapon and no fighting told: an air/drone strike
    text = "قالت القوات الأمريكية إنها استهدفت مقراً لكتائب حزب الله في جرف الصخر جنوبي بغداد."
    (event,) = _events(pipeline, text, "2024-02-04")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert event.actor1.id == "us-forces"
    text = "Turkish forces struck PKK positions near Kani Masi in Duhok province late on Tuesday, a local official said."
    (event,) = _events(pipeline, text, "2023-05-10")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "turkey-military")


def test_a_foreign_force_in_a_gunfight_still_clashes(pipeline):
    # a fight told in the clause keeps the hitting word a clash
    text = ("U.S. troops struck back at gunmen who ambushed their patrol near Falluja on Monday, and a gunbattle "
            "lasted two hours, the military said.")
    assert all(e.sub_event_type != "Air/drone strike" for e in _events(pipeline, text, "2006-05-16"))


def test_an_armed_group_s_attack_on_a_village_falls_on_civilians(pipeline):
    # an attack on a village, no armed side named as hit: violence against the villagers, not a battle
    text = "شنت عناصر من تنظيم داعش فجر اليوم هجوماً مسلحاً على قرية زراعية تابعة لناحية العباسي غربي كركوك."
    (event,) = _events(pipeline, text, "2022-03-02")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Attack", "isis", "civilians")
    text = "Islamic State militants launched an attack on a village in the Tuz Khurmatu district on Sunday night, officials said."
    (event,) = _events(pipeline, text, "2022-03-02")
    assert (event.event_type, event.actor2.id) == ("Violence against civilians", "civilians")
    # an armed post near a village is what was hit: a clash
    text = "Islamic State militants attacked an army post near a village in Tuz Khurmatu on Sunday night."
    (event,) = _events(pipeline, text, "2022-03-02")
    assert event.sub_event_type == "Armed clash"


def test_an_off_duty_killing_told_again_stays_one_sided(pipeline):
    # a member of the forces killed at his home is a one-sided attack; a bare retelling of his death joined to it
    # does not make it a clash
    text = "Gunmen shot dead a police major outside his home in western Baghdad on Monday. Police said the major was killed instantly."
    (event,) = _events(pipeline, text, "2020-12-08")
    assert (event.event_type, event.actor2.id) == ("Violence against civilians", "iraq-police")


def test_the_side_victims_were_said_to_serve_is_no_party(pipeline):
    # "accusing them of spying for the army": the army is what the men were charged with serving, not a side hit
    text = ("Islamic State militants shot dead three men in a square in Tal Afar on Friday after accusing them of "
            "spying for the army, residents said.")
    (event,) = _events(pipeline, text, "2015-06-14")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "isis")
    text = "أعدم عناصر التنظيم ثلاثة رجال في ناحية العياضية عصر أمس بتهمة التخابر مع الجيش وقوات البيشمركة."
    (event,) = _events(pipeline, text, "2015-06-14")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is None or event.actor2.id == "civilians"


def test_a_day_set_off_by_commas_after_the_clause_dates_it(pipeline):
    # "فجر انتحاري حزامه الناسف، مساء أمس الجمعة الموافق ... للهجرة، بين جموع المتسوقين ...": the day phrase set off
    # by commas goes on with the clause before it, however long, and supports its event
    text = ("فجر انتحاري حزامه الناسف، مساء أمس الجمعة الموافق الخامس عشر من رمضان 1435 للهجرة، بين جموع "
            "المتسوقين في سوق شعبي وسط مدينة بعقوبة.")
    (event,) = _events(pipeline, text, "2014-07-13")
    assert (event.sub_event_type, event.date.start) == ("Suicide bomb", "2014-07-11")


def test_a_riot_whose_force_is_denied_stays_a_riot(pipeline):
    # the riot told as fact, then the police's word that no live fire was used: the denial tells more of the riot,
    # which stands as told, not force used on a peaceful crowd
    text = ("أضرم محتجون النار في مبنى مجلس المحافظة وسط الديوانية ليل أمس. الشرطة تقول إنها أمرت بعدم استخدام "
            "الرصاص الحي، والمحتجون يعرضون صور الجرحى.")
    (event,) = _events(pipeline, text, "2020-12-08")
    assert (event.event_type, event.status) == ("Riots", "occurred")


def test_ground_one_state_force_takes_from_another_changes_hands_without_violence(pipeline):
    # a state force taking ground another state force left, no fight told: a non-violent transfer, not a recapture
    text = "سيطرت قوات البيشمركة على ناحية جلولاء مساء أمس بعد انسحاب قطعات الجيش العراقي منها من دون قتال."
    (event,) = _events(pipeline, text, "2014-06-14")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    text = "Peshmerga forces took control of Jalawla on Friday after Iraqi troops withdrew from the town."
    (event,) = _events(pipeline, text, "2014-06-14")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_armed_men_storming_a_place_assault_it(pipeline):
    # armed men do not riot, and storming a town destroys no property: an assault (a clash)
    text = "اقتحم مسلحون من تنظيم داعش فجر اليوم ناحية العلم شرقي تكريت."
    (event,) = _events(pipeline, text, "2014-06-20")
    assert (event.sub_event_type, event.actor1.id) == ("Armed clash", "isis")
    text = "Islamic State militants stormed the town of Alam east of Tikrit early on Monday."
    (event,) = _events(pipeline, text, "2014-06-17")
    assert event.sub_event_type == "Armed clash"


def test_the_side_people_fled_towards_is_no_party(pipeline):
    # families fleeing towards the security forces and fired on: the forces are where they headed, not a side hit
    text = "أطلق قناصو داعش النار مساء أمس على عائلات فرت من الصقلاوية باتجاه القوات الأمنية، ما أدى إلى مقتل امرأتين."
    (event,) = _events(pipeline, text, "2016-06-07")
    assert (event.event_type, event.actor1.id, event.actor2.id) == ("Violence against civilians", "isis", "civilians")


def test_gunmen_identified_as_a_group_are_its_men(pipeline):
    # "gunmen they identified as Islamic State fighters": one party, not the group firing on the gunmen
    text = ("Villagers said gunmen they identified as Islamic State fighters opened fire on a wedding party near "
            "Tarmiyah on Saturday, killing two guests.")
    (event,) = _events(pipeline, text, "2020-12-06")
    assert event.actor1.id == "isis"
    assert event.actor2 is None or event.actor2.id != "unidentified-gunmen"


def test_a_child_killed_in_a_clan_fight_leaves_it_a_clash(pipeline):
    # the clan fight names its sides (clan against clan); those killed in it were caught in the fighting
    text = "لقي رجل وطفلة مصرعهما في نزاع عشائري اندلع مساء أمس في قضاء المجر الكبير جنوبي ميسان."
    (event,) = _events(pipeline, text, "2020-12-08")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "clan-militia", "clan-militia")


def test_a_side_named_in_a_condition_is_no_party(pipeline):
    # "could attack the villages ... if the army does not return": the army is whom the condition is on
    text = ("The source warned that the cells could attack the villages near Tuz Khurmatu again if the army does not "
            "return to its posts.")
    (event,) = _events(pipeline, text, "2020-12-08")
    assert event.actor1 is None or event.actor1.id != "iraq-army"
    assert event.event_type == "Violence against civilians"


def test_a_foiled_attempt_that_turned_into_a_deadly_fight_is_the_fight(pipeline):
    # the smuggling foiled, then the exchange of fire told with a smuggler killed: one event, the clash
    text = ("تمكنت مفرزة من لواء الحدود الثامن، فجر اليوم، من إحباط محاولة لتهريب كمية من الحبوب المخدرة عبر الحدود "
            "مع إيران شرقي قضاء بدرة. وذكر البيان أن المهربين بادروا بإطلاق النار على المفرزة، فجرى الرد عليهم بالمثل، "
            "ما أدى إلى مقتل أحد المهربين وإلقاء القبض على آخر.")
    (event,) = _events(pipeline, text, "2023-05-16")
    assert (event.sub_event_type, event.actor1.id) == ("Armed clash", "iraq-border-guards")


def test_a_day_something_else_began_does_not_date_the_event(pipeline):
    # "عقب عملية واسعة بدأت فجر السبت": the day after a verb of beginning, in a clause a reference word opens past
    # the event word, is the operation's start; the recapture takes the day of its report (yesterday)
    text = ("أعلن الجيش، أمس الاثنين، استعادة السيطرة على قرية المزرعة جنوب تكريت، عقب عملية واسعة بدأت فجر "
            "السبت بإسناد من الطيران.")
    (event,) = _events(pipeline, text, "2022-06-14")
    assert event.sub_event_type == "Government regains territory" and event.date.start == "2022-06-13"


def test_a_campaign_s_first_day_does_not_redate_the_event_before(pipeline):
    # "ضمن الحملة ... التي انطلقت الأحد الماضي": the day a campaign began is not the day of the bombing told before
    text = ("انفجرت سيارة مفخخة قرب سيطرة للجيش شمال بعقوبة، ما أسفر عن مقتل جنديين.\n"
            "ويأتي ذلك ضمن الحملة الأمنية الواسعة التي انطلقت الأحد الماضي في المحافظة.")
    (event,) = _events(pipeline, text, "2022-06-14")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.date.start == "2022-06-14"


def test_a_governorate_told_alone_yields_to_the_town_the_article_is_in(pipeline):
    # "أمام مبنى محافظة ميسان" in an article filed from Amarah: the governorate's building is in the town the
    # article has placed itself in, so the planned sit-in keeps Amarah's district
    text = ("العمارة – أطلق مسلحون مجهولون النار على صاحب متجر في سوق المدينة مساء أمس، ما أدى إلى مقتله في الحال.\n"
            "ودعا ذووه إلى وقفة احتجاجية أمام مبنى محافظة ميسان يوم السبت المقبل للمطالبة بكشف الجناة.")
    events = _events(pipeline, text, "2022-06-14")
    (planned,) = [e for e in events if e.status == "planned"]
    assert (planned.location.admin1_code, planned.location.admin2) == ("IQ-MA", "Al-Amara")


def test_an_english_governorate_building_keeps_the_town_of_the_dateline(pipeline):
    text = ("KUT, Iraq - Hundreds of contract teachers rallied in the city on Monday to demand permanent jobs.\n"
            "They said they would march on the Wasit governorate building next week if their demands were ignored.")
    events = _events(pipeline, text, "2022-06-14")
    (planned,) = [e for e in events if e.status == "planned"]
    assert (planned.location.admin1_code, planned.location.admin2) == ("IQ-WA", "Al-Kut")


def test_a_landmark_dropped_does_not_leave_the_dateline_as_the_story_s_place(pipeline):
    # the lead's town is a landmark ("west of Tuz Khurmatu") and the dateline is where the report was filed: the
    # next sentence, with no place of its own, is not placed in the dateline's governorate
    text = ("SULAIMANIYAH - Iraqi jets struck a militant hideout in the Hamrin mountains west of Tuz Khurmatu on Tuesday.\n"
            "On Monday, militants shot dead a police officer at a checkpoint near the town.")
    events = _events(pipeline, text, "2022-06-15")
    (clash,) = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash.location is None or clash.location.admin1_code != "IQ-SU"


def test_an_event_noun_s_own_relative_clause_dates_it(pipeline):
    # "والتفجير الذي ضرب سوقاً ... مساء الثلاثاء": the day in the noun's own relative clause is the blast's, not
    # the nearer Sunday told before it of the attack listed first
    text = ("وقال محافظ ديالى إن الهجوم الذي استهدف نقطة للشرطة قرب المقدادية فجر الأحد، والتفجير الذي ضرب سوقاً "
            "شعبياً في بعقوبة مساء الثلاثاء، يكشفان ثغرات أمنية خطيرة.")
    events = _events(pipeline, text, "2022-06-15")
    (blast,) = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert blast.date.start == "2022-06-14"


def test_an_event_word_after_a_cause_word_takes_the_day_told_after_it(pipeline):
    # "مجلس عزاء ... اليوم الأربعاء ... قتل إثر انفجار عبوة ناسفة ...، مساء الأحد الماضي": the mourning's day is
    # told before the cause word, the blast's after it
    text = ("أقامت عشيرة الجبور، اليوم الأربعاء، مجلس عزاء لأحد أبنائها من منتسبي الشرطة قتل إثر انفجار عبوة ناسفة "
            "استهدفت دوريته قرب ناحية الرشاد جنوبي كركوك، مساء الأحد الماضي.")
    (event,) = _events(pipeline, text, "2022-06-15")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.date.start == "2022-06-12"


def test_an_arabic_threat_is_not_dated_by_the_past_month_its_sentence_recalls(pipeline):
    # "مقتل راعٍ الشهر الماضي ... قد يجر العشيرتين إلى نزاع مسلح": last month dates the killing recalled; the feud
    # that may come is told on the day of publication
    text = ("أكد وجهاء في ناحية الهوير أن مقتل راعٍ الشهر الماضي على يد أبناء عشيرة مجاورة قد يجر العشيرتين إلى "
            "نزاع مسلح إذا لم تتدخل الحكومة.")
    events = _events(pipeline, text, "2022-06-15")
    (threat,) = [e for e in events if e.status == "hypothetical"]
    assert threat.date.start == "2022-06-15"


def test_a_named_sides_own_threat_against_a_named_side_needs_no_place(pipeline):
    # the doer says in its own word what it will do to a named side: no speculation, a record with no place; a
    # militia's threatened "attacks" on foreign forces are remote violence (rockets and drones)
    for text, doer in (
            ("Asaib Ahl al-Haq threatened on Tuesday to step up its attacks on US forces unless Washington "
             "withdrew its troops.", "asaib-ahl-al-haq"),
            ("توعدت كتائب حزب الله في بيان باستهداف القوات الأمريكية إذا لم تنسحب من البلاد.", "kataib-hezbollah")):
        events = _events(pipeline, text, "2023-11-07")
        assert [(e.event_type, e.status, e.actor1.id, e.actor2.id, e.location and e.location.admin1_code)
                for e in events] == [("Explosions/Remote violence", "hypothetical", doer, "us-forces", None)], text


def test_a_threat_told_by_others_or_with_no_side_threatened_stays_speculation(pipeline):
    # a third party's fear of what a group could do, or a threat naming no side it would hit, is no record
    # without a place or a day
    for text in ("Analysts warned that Asaib Ahl al-Haq could step up its attacks on US forces.",
                 "توعدت كتائب حزب الله في بيان بالرد على أي عدوان جديد."):
        events = _events(pipeline, text, "2023-11-07")
        assert [e for e in events if e.status == "hypothetical"] == [], text


def test_an_air_strike_and_shelling_at_two_places_of_one_district_stay_apart(pipeline):
    # warplanes over one village, then artillery on another village of the same district, no dead counted: two
    # weapons at two places, two events (the shelling is no retelling of the raid)
    text = ("طائرات حربية تركية قصفت صباح اليوم الخميس قرية قرب ناحية ديرلوك في قضاء العمادية. وبعد الظهر تعرضت "
            "أطراف ناحية كاني ماسي لقصف مدفعي تركي من دون إصابات.")
    events = _events(pipeline, text, "2023-05-04")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_list_items_opening_on_two_towns_of_one_district_stay_apart(pipeline):
    # a lead telling strikes, then one item per town ("Near X, ..."): each item is its own event, though one
    # district holds both towns; the lead joins the first
    text = ("Coalition aircraft conducted five strikes against Islamic State fighters in Nineveh on Monday. "
            "Near Hammam al-Alil, three strikes engaged an ISIL tactical unit. "
            "Near Qayyarah, two strikes engaged an ISIL tactical unit and destroyed a vehicle.")
    events = _events(pipeline, text, "2016-10-25")
    assert sorted(e.location.place for e in events) == ["Hammam al-Alil", "Qayyarah"]


def test_arrest_told_by_the_idiom_with_its_subject_between_is_no_reference_back(pipeline):
    # "ألقت قوة ... القبض على": the article of القبض is the idiom's, so an arrest told in a later sentence at another
    # town is news of its own, not a mention of the strike told first
    text = ("قصفت طائرات القوة الجوية فجر اليوم الأحد مخبأ لداعش في صحراء الرطبة. وقالت خلية الإعلام الأمني إن "
            "الضربة جاءت بناء على معلومات استخبارية دقيقة. وفي سامراء ألقت قوة من الشرطة الاتحادية القبض على ثلاثة "
            "مطلوبين.")
    events = _events(pipeline, text, "2023-03-05")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Arrests"]
    # "إلقاء", folded "القاء", is no definite noun either
    text = ("قصفت طائرات القوة الجوية فجر اليوم الأحد مخبأ لداعش في صحراء الرطبة. وقالت خلية الإعلام الأمني إن "
            "الضربة جاءت بناء على معلومات استخبارية دقيقة. وفي النجف أعلنت مديرية الشرطة إلقاء القبض على تاجر مخدرات "
            "في حي الأمير.")
    events = _events(pipeline, text, "2023-03-05")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Arrests"]


def test_a_blast_with_its_own_wounded_after_a_fight_with_its_dead_is_another_incident(pipeline):
    # a fight told with its dead, then a roadside bomb that wounded others: a second incident, no retelling of
    # the fight in other words
    text = ("اشتبكت قوة من الجيش مع عناصر من داعش مساء أمس قرب قرية في ناحية العظيم، ما أسفر عن مقتل جندي. "
            "وفي طريق عودتها انفجرت عبوة ناسفة على عجلة تابعة للقوة ما أدى إلى إصابة ثلاثة جنود بجروح.")
    events = _events(pipeline, text, "2022-02-08")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Remote explosive/landmine/IED"]


def test_an_aircraft_bombing_told_after_a_fight_is_an_air_strike_of_its_own(pipeline):
    # a ground fight, then the aircraft that bombed a house the fighters held: ACLED codes the air strike apart
    text = ("شنت قوات أمريكية وعراقية فجر أمس الجمعة عملية في حي الجمعية بالحلة، واشتبكت مع عناصر من جيش المهدي ما "
            "أسفر عن مقتل مسلحين اثنين. وأضاف البيان أن طائرة أمريكية قصفت منزلاً تحصن فيه مسلحون.")
    events = _events(pipeline, text, "2007-05-05")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]


def test_a_find_verb_whose_object_stands_past_its_subject_and_the_search_seizes_the_weapons(pipeline):
    # "عثرت <subject> خلال تفتيش ... على <weapons>": the weapons after على are what was found, not bombs used
    text = ("عثرت قوة من الشرطة الاتحادية خلال تفتيش البساتين المحيطة بناحية العظيم صباح اليوم على ثماني عبوات "
            "ناسفة معدة للتفجير.")
    (event,) = _events(pipeline, text, "2022-03-01")
    assert (event.sub_event_type, event.status) == ("Disrupted weapons use", "occurred")


def test_a_question_mark_inside_a_quoted_banner_asks_nothing(pipeline):
    # the banner's words end on "؟" inside «»: the sentence tells the protest, it asks no question
    text = "وتظاهر المئات من ذوي المغيبين ظهر اليوم أمام مبنى محافظة نينوى في الموصل، ورفعوا لافتات كتب عليها «أين أبناؤنا؟»."
    (event,) = _events(pipeline, text, "2022-03-01")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")


def test_a_protest_told_with_its_crowd_counted_is_a_record(pipeline):
    # no place or day in the sentence, but the crowd counted as the verb's subject: a protest seen, not talk
    text = "About 200 contract workers protested outside the provincial council building, demanding permanent jobs."
    (event,) = _events(pipeline, text, "2022-03-01")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")


def test_a_group_announcing_it_suspends_its_attacks_changes_its_activity(pipeline):
    # the group's own word on its own conduct, opened by an aside: a change to its activity, news though the day
    # told is the day it spoke
    text = "وفي سياق آخر، أعلنت حركة النجباء، في بيان مقتضب مساء أمس، تعليق هجماتها على القواعد التي تضم قوات أجنبية."
    (event,) = _events(pipeline, text, "2024-02-07")
    assert (event.sub_event_type, event.status) == ("Change to group/activity", "occurred")


def test_an_event_condemned_and_dated_in_its_relative_clause_is_news_of_its_day(pipeline):
    # the condemnation names the attack and tells its day in "الذي ..." after it: the attack is told in full, and
    # the day between the condemnation verb and the event word is the condemnation's
    text = ("استنكرت نقابة الصحفيين، اليوم الأربعاء، الاعتداء الذي تعرض له مصور صحفي مساء أمس الثلاثاء في مدينة "
            "الكوت على يد مسلحين مجهولين.")
    (event,) = _events(pipeline, text, "2023-03-01")
    assert event.sub_event_type == "Attack" and event.date.start == "2023-02-28"


def test_a_shelling_clause_after_an_air_strike_in_one_sentence_is_its_own_event(pipeline):
    # warplanes in the main clause, artillery in the فيما clause, both in one district: two weapons, two events
    text = ("قصفت طائرات حربية تركية فجر اليوم الأحد مواقع في سفح جبل قرب ناحية ديرلوك، فيما قصفت المدفعية التركية "
            "أطراف قرية بامرني بعشرات القذائف.")
    events = _events(pipeline, text, "2022-06-05")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_second_strike_told_in_a_clause_of_its_own_is_another_event(pipeline):
    # "غارة ثانية" in the فيما clause: another strike of the same kind, at another village of the same district
    text = "قصفت طائرة مسيرة تركية مساء أمس سيارة قرب ناحية سنوني، فيما استهدفت غارة ثانية مبنى في مجمع خانصور."
    events = _events(pipeline, text, "2022-06-05")
    assert sorted(e.location.place for e in events) == ["Khanasor", "Snuny"]


def test_a_second_blast_told_after_the_first_is_another_event(pipeline):
    # "سيارة ثانية انفجرت" right after a bombing told: a second bombing of the series, though no place or day of
    # its own is told
    text = ("انفجرت عبوة ناسفة على دورية للشرطة في قضاء الخالص صباح اليوم، ما أدى إلى إصابة شرطيين. وقال مصدر أمني "
            "إن سيارة ثانية انفجرت بعد دقائق قرب سوق شعبية من دون إصابات.")
    events = _events(pipeline, text, "2022-06-05")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"] * 2


def test_unsourced_history_after_the_lead_is_background(pipeline):
    # an event of last week told after the lead as known fact, with no source, under a story of newer news, is
    # background; with a source it is news the story tells, and so is a feature's only deed of last week
    lead = ("Rockets struck near a police station in Tuz Khurmatu on Monday night, wounding two officers, "
            "a police source said.\n")
    old = "A car bomb killed nine people at a market in Kirkuk last Thursday."
    events = _events(pipeline, lead + old, "2021-03-17")
    assert len(events) == 1 and events[0].location.admin1_code == "IQ-SD"
    events = _events(pipeline, lead + old[:-1] + ", officials said.", "2021-03-17")
    assert len(events) == 2
    events = _events(pipeline, "Life in the market has not returned to normal.\n" + old, "2021-03-17")
    assert len(events) == 1 and events[0].fatalities.best == 9


def test_unsourced_history_holds_when_folding_deleted_marks_before_it(pipeline):
    # a byte-order mark and a zero-width space that folding deletes shift folded offsets from the original ones:
    # the recalled bombing is still found as background
    lead = ("\ufeffRockets struck near a police station in Tuz Khurmatu on Monday\u200b night, wounding two officers, "
            "a police source said.\n")
    old = "A car bomb killed nine people at a market in Kirkuk last Thursday."
    events = _events(pipeline, lead + old, "2021-03-17")
    assert len(events) == 1 and events[0].location.admin1_code == "IQ-SD"


def test_a_source_inside_a_relative_clause_does_not_source_the_history(pipeline):
    # "which police said wounded four" sources the toll of the recalled bombing, not its telling: still background
    lead = ("Rockets struck near a police station in Tuz Khurmatu on Monday night, wounding two officers, "
            "a police source said.\n")
    old = "Last Thursday's car bomb in Kirkuk, which police said wounded four people, was the worst this year."
    events = _events(pipeline, lead + old, "2021-03-17")
    assert len(events) == 1 and events[0].location.admin1_code == "IQ-SD"
    events = _events(pipeline, lead + old[:-1] + ", officials said.", "2021-03-17")
    assert len(events) == 2


def test_a_share_of_incidents_counted_is_no_event(pipeline):
    # "Of these incidents, three were shootings": the share of a report's count, no deed of its own; a day told
    # makes it one incident again
    assert not _events(pipeline, "The monitors logged nine incidents in Salahuddin in March. Of these incidents, "
                                 "three were shootings by gunmen near Tuz Khurmatu.", "2022-04-02")
    (event,) = _events(pipeline, "The monitors logged nine incidents in Salahuddin in March. Of these incidents, the "
                                 "worst came on 12 March, when gunmen shot dead two farmers near Tuz Khurmatu.",
                       "2022-04-02")
    assert event.date.start == "2022-03-12"


def test_a_retelling_placed_by_the_dateline_joins_the_fight_it_tells(pipeline):
    # the second sentence names no place, so the dateline's town places it: in the fight's governorate it is that
    # fight told again (the rockets fired in it), no second event at the town where the report was filed
    events = _events(pipeline, "BAQUBA, Iraq, May 6 (Reuters) - Two soldiers and four Islamic State militants were "
                               "killed on Sunday in an attack on an army post in the Hamrin mountains in Diyala "
                               "province, security sources said.\nMilitants fired rockets at the post before trying "
                               "to overrun it, and the soldiers held them off in a firefight lasting two hours, the "
                               "sources said.", "2019-05-06")
    assert len(events) == 1 and events[0].location.admin2 == "Kifri"


def test_a_count_over_the_same_period_is_a_tally(pipeline):
    # "over the same period" points back to a span told before: the car bombs counted over it are a tally
    events = _events(pipeline, "The army said on Sunday it had retaken two villages near Hit since the offensive "
                               "began on 3 March. Provincial officials, for their part, said militants detonated "
                               "seven car bombs near the town over the same period.", "2016-03-20")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_the_finder_named_before_the_verb_or_through_its_unit_is_no_party(pipeline):
    # the force that found the bodies, named before the verb of finding or through the unit that found them
    # ("قوة من الجيش"), found a killing: no clash with it
    for text in ("وقال مصدر أمني إن قوة من الجيش عثرت فجر اليوم على ثلاث جثث مجهولة الهوية في مبزل قرب الإسكندرية.",
                 "وذكر المصدر أن الشرطة عثرت عصر أمس على جثتين مجهولتي الهوية قرب جسر المسيب.",
                 "عثرت مفرزة من الشرطة النهرية على أربع جثث مجهولة الهوية طافية في شط الحلة."):
        events = _events(pipeline, text, published="2007-03-06")
        assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", None)], text


def test_no_noun_as_the_subject_of_a_passive_deed_is_an_absence(pipeline):
    # "no" before the noun that heads a passive clause says nobody suffered the deed, as "no one" does
    for text in ("A spokesman for the provincial council said no contractor had been kidnapped near the Majnoon field.",
                 "No Turkish truck drivers were abducted on the Zakho road last week, the border authority insisted."):
        assert not _events(pipeline, text, published="2019-04-02"), text


def test_the_man_who_met_his_death_is_hit_not_the_doer(pipeline):
    # "لقي X حتفه": X, told between the verb and its object, died; his group is the side hit by the blast after it
    text = "لقي عنصر في الحشد العشائري بقضاء حديثة غربي الأنبار حتفه إثر انفجار عبوة ناسفة."
    (event,) = _events(pipeline, text, published="2016-10-02")
    assert event.actor1 is None and event.actor2 is not None and event.actor2.id == "tribal-mobilization"


def test_a_raid_that_set_off_a_fight_is_the_fight(pipeline):
    # the raid after "إثر" is how the clash told before it began, no arrest of its own
    (event,) = _events(pipeline, "نشبت اشتباكات بين قوة من الشرطة ومسلحين إثر عملية دهم في حي العسكري بمدينة الكوت مساء أمس.",
                       published="2008-03-27")
    assert event.sub_event_type == "Armed clash"
    # told again with "the gunmen" as its first side, the fight keeps the named group
    text = ("الكوت – ارتفعت حصيلة المواجهات التي دارت أمس بين قوات الشرطة ومسلحين من جيش المهدي إلى تسعة قتلى. "
            "وقال المصدر إن \"الاشتباكات اندلعت فجر الاثنين إثر عملية دهم نفذتها قوة من الشرطة، وتوسعت لتشمل أحياء "
            "أخرى\"، مضيفاً أن المسلحين نصبوا كمائن لعجلات الشرطة.")
    events = _events(pipeline, text, published="2008-03-25")
    assert [(e.sub_event_type, e.actor1.id, e.actor2.id) for e in events] == [
        ("Armed clash", "iraq-police", "jaish-al-mahdi")]


def test_an_arrest_set_out_to_make_is_no_arrest(pipeline):
    # the troops went in "to arrest wanted men": the aim of the operation, and the fight it became is the event
    text = ("Federal police units moved into the Shuala district before dawn on Thursday in order to arrest "
            "two men accused of extortion, a police officer said.")
    assert not [e for e in _events(pipeline, text, published="2012-03-02") if e.sub_event_type == "Arrests"]


def test_english_bodies_found_with_the_finders_between(pipeline):
    # "recovered the bodies of three men": a killing found, the finders named before the verb no party to it
    (event,) = _events(pipeline, "KUT - Police in the city recovered the bodies of three men from the Tigris on "
                                 "Thursday.", published="2006-12-01")
    assert (event.sub_event_type, event.actor1, event.actor2.id, event.fatalities.best) == (
        "Attack", None, "civilians", 3)


def test_a_roundup_item_opening_on_its_town_is_placed_there(pipeline):
    # past the article's dateline, an item's opening town is where it happened, not the city it is measured from
    text = ("Security incidents reported on Wednesday:\n\nSUWAIRA - A roadside bomb wounded two soldiers on a road "
            "outside the town, 50 km (30 miles) south-east of Baghdad, a police source said.")
    (event,) = _events(pipeline, text, published="2007-02-15")
    assert (event.location.admin1_code, event.location.admin2) == ("IQ-WA", "Al-Suwaira")


def test_the_sides_between_may_follow_a_two_token_adjective(pipeline):
    # "between Shi'ite gunmen and the army": the apostrophe splits the adjective in two tokens; the sides named
    # after "between" still make the fight a clash, not an attack on the shoppers told in the last clause
    (event,) = _events(pipeline, "Fighting between Shi'ite gunmen and the army in Nasiriyah on Friday killed nine, "
                                 "while shoppers fled the market.", "2008-03-29")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "unidentified-gunmen", "iraq-army")


def test_the_force_denying_the_fire_it_was_told_to_use_on_a_crowd_is_the_same_event(pipeline):
    # the fire on the crowd told, then the command denying it: one event of force used, no second denied one
    text = ("BASRA - Security forces shot at demonstrators outside the oil company gates on Thursday night, wounding 14, "
            "doctors said.\nThe Basra Operations Command said its men \"did not use live ammunition\" against the "
            "protesters.")
    events = _events(pipeline, text, published="2021-05-08")
    assert [(e.status, e.sub_event_type) for e in events] == [("occurred", "Excessive force against protesters")]


def test_bodies_found_then_killed_days_before_with_no_doer_is_one_killing(pipeline):
    # "their owners were killed two or three days before they were found": the killing of the bodies found, dated to it
    text = ("الحلة – عثرت الشرطة عصر اليوم على أربع جثث مجهولة الهوية في مبزل قرب ناحية المشروع.\n"
            "ورجح مصدر في الطب العدلي أن يكون أصحابها قد قُتلوا قبل يومين أو ثلاثة من العثور عليهم.")
    events = _events(pipeline, text, published="2021-05-10")
    assert [(e.sub_event_type, e.fatalities.best, e.date.start) for e in events] == [("Attack", 4, "2021-05-08")]


def test_the_death_of_the_one_mourned_is_no_toll_of_the_event(pipeline):
    # the crowd that stormed an office after escorting a dead protester killed no one
    (event,) = _events(pipeline, "اقتحم مئات المحتجين مبنى مجلس محافظة ميسان عصر اليوم عقب تشييع ناشط قتل برصاص "
                                 "مجهولين قبل أيام.", published="2019-12-12")
    assert event.fatalities is None or not event.fatalities.best


def test_an_arrest_for_an_attack_told_beside_an_accident_stays(pipeline):
    # the men held for the attack on the driver's kin are held for violence, whatever accident set it off
    text = ("Police in Balad arrested the driver who caused a traffic accident and four clansmen accused of the "
            "attack on his relatives on Sunday.")
    assert [e.sub_event_type for e in _events(pipeline, text, published="2024-12-30")] == ["Arrests"]


def test_gunmen_stopping_a_bus_arrest_no_one(pipeline):
    # "أوقف" with a vehicle right after it stopped the vehicle; no arrest
    text = "وبين الشاهد أن \"المسلحين أوقفوا الحافلة وأنزلوا الركاب، ثم أطلقوا سراح النساء والأطفال\"."
    assert not [e for e in _events(pipeline, text, published="2006-12-04") if e.sub_event_type == "Arrests"]


def test_the_killers_to_be_uncovered_are_no_killing(pipeline):
    # "للكشف عن قتلة الناشطين": what a demand wants uncovered is no event of the day
    events = _events(pipeline, "تظاهر المئات في الكوت مساء أمس. وطالب المتظاهرون الحكومة بتشكيل لجنة للكشف عن قتلة "
                               "الناشطين.", published="2021-05-10")
    assert not [e for e in events if e.sub_event_type == "Protest with intervention"
                or e.actor2 is not None and e.actor2.id == "activists"]


def test_a_denial_answering_a_deed_told_before_is_no_event_of_its_own(pipeline):
    # "denied that its men fired on the protesters" after the protesters shot by unknown gunmen: a party's denial
    # of its part in a deed that took place, not a denied event beside it
    (event,) = _events(pipeline, "قُتل ثلاثة متظاهرين برصاص مسلحين مجهولين قرب ساحة الحبوبي في مدينة الناصرية مساء "
                                 "أمس الأحد. ونفت قيادة شرطة ذي قار أن يكون عناصرها قد أطلقوا النار على المتظاهرين.",
                       "2021-03-08")
    assert event.status == "occurred" and event.sub_event_type == "Excessive force against protesters"
    (event,) = _events(pipeline, "Gunmen shot dead three protesters near Haboubi Square in Nasiriyah on Sunday "
                                 "evening. The police command denied that its officers had opened fire on the crowd.",
                       "2021-03-08")
    assert event.status == "occurred"
    # a denial naming a place of its own denies a deed of its own ("a second drone hit Harir base")
    events = _events(pipeline, "A drone struck near Erbil International Airport on Tuesday night. Kurdish officials "
                               "denied reports that a second drone hit the Harir base on Tuesday.", "2023-11-08")
    assert [e.status for e in events] == ["occurred", "denied"]


def test_a_find_after_a_bare_without_did_not_happen(pipeline):
    # "دون العثور على": a verbal noun right after a bare "without" is an absence (the find is read as active, so the
    # `absence` negation of event nouns did not reach it)
    for without in ("من دون", "دون"):
        assert not _events(pipeline, "قال مصدر أمني إن قوة من الجيش فتشت بساتين ناحية العظيم شمالي ديالى فجر اليوم، "
                                     + without + " العثور على المسلحين.", "2022-06-16")


def test_a_deed_recalled_in_an_anniversary_speech_is_history(pipeline):
    # an event told with no day of its own in the sentence that marks a counted anniversary (the first too) is what
    # the day recalls, even when the lead tells the minister's statement rather than the anniversary
    for ordinal in ("الأولى", "الخامسة"):
        assert not _events(pipeline, "بغداد – أكد وزير الدفاع، اليوم الأحد، أن القوات الأمنية مستعدة لمواجهة أي طارئ "
                                     "على الحدود الغربية. وقال في كلمة ألقاها خلال الاحتفال المركزي بالذكرى " + ordinal
                                     + " لإعلان النصر، إن الجيش والشرطة الاتحادية حرّروا الفلوجة والرمادي وهيت.",
                           "2022-06-19")


def test_no_attack_over_a_week_is_a_quiet_spell_not_a_denial(pipeline):
    # "لم تسجل ... أي هجوم خلال الأسبوع الماضي": a summary of a quiet period denies no reported event
    assert not _events(pipeline, "لم تسجل مناطق شمال بابل أي هجوم مسلح خلال الأسبوع الماضي، بحسب الملخص الأسبوعي "
                                 "لقيادة شرطة المحافظة.", "2022-06-19")
    # a denial of one night's reported attack stays denied
    (event,) = _events(pipeline, "نفت قيادة شرطة بابل، اليوم الأحد، الأنباء عن هجوم على سيطرة في جرف النصر، مؤكدة أنها "
                                 "لم تسجل أي هجوم مسلح ليلة أمس.", "2022-06-19")
    assert event.status == "denied"


def test_the_gunmen_told_again_tell_how_the_attack_was_done(pipeline):
    # "the gunmen blew up the station" after the attack on it: how that attack was done, no second event
    (event,) = _events(pipeline, "العمارة – هاجم مسلحون مجهولون، فجر اليوم الأحد، مركزاً للشرطة في ناحية المشرح شمالي "
                                 "ميسان، ما أدى إلى مقتل شرطيين. وقال مصدر في الشرطة إن المسلحين فجروا المركز "
                                 "بالعبوات قبل انسحابهم.", "2022-06-19")
    assert event.sub_event_type == "Armed clash"
    # a deed of another kind by "the gunmen" (men taken after a village seized) is an event of its own
    events = _events(pipeline, "الموصل – سيطر مسلحو تنظيم داعش، اليوم الأحد، على قرية في قضاء البعاج غربي نينوى. "
                               "وقال شهود إن المسلحين اختطفوا عشرات الرجال من القرية.", "2022-06-19")
    assert {e.sub_event_type for e in events} == {"Non-state actor overtakes territory",
                                                 "Abduction/forced disappearance"}


def test_a_lead_that_marks_an_anniversary_and_tells_a_killing_of_the_day_keeps_it(pipeline):
    # the anniversary rule drops the day's events only when the lead tells no event of its own
    text = ("أحيا أهالي ناحية الإسحاقي اليوم الذكرى العاشرة لمجزرة القرية، فيما قتل مسلحون مجهولون اليوم راعيا في "
            "قرية قريبة من الناحية.\nوقال مسؤول محلي إن مسلحين قتلوا اليوم ثلاثة رعاة في قرية البو طعمة التابعة للناحية.")
    events = _events(pipeline, text, published="2016-03-15")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].date.start == "2016-03-15"


def test_a_unit_of_a_force_before_the_killed_is_the_killer(pipeline):
    # verb first: "قتلت قوة من الجيش": the unit noun before من names the force's unit, the verb's subject, not a
    # count of the army's men among the dead
    text = "قتلت قوة من الجيش ستة من مسلحي داعش قرب ناحية البغدادي فجر اليوم."
    (event,) = _events(pipeline, text, "2016-05-11")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "isis")
    # (a count of the unit's own men stays those hit)
    text = "قتل أربعة من قوة من الجيش بانفجار عبوة ناسفة قرب ناحية البغدادي فجر اليوم."
    (event,) = _events(pipeline, text, "2016-05-11")
    assert event.actor2.id == "iraq-army"


def test_the_subject_of_a_light_verb_did_the_deed(pipeline):
    # "قام بـ" + verbal noun: the subject of قام (before it or right after it) is the doer, even of a word whose
    # usual doer is the state (an arrest word), so an armed group holding people abducts them
    for text in ("أكد شيخ عشيرة أن تنظيم داعش قام باحتجاز أربعين رجلا من أبناء قرية قرب ناحية الزاب.",
                 "قام تنظيم داعش باحتجاز أربعين رجلا من أبناء قرية قرب ناحية الزاب."):
        (event,) = _events(pipeline, text, "2015-07-20")
        assert (event.sub_event_type, event.actor1.id) == ("Abduction/forced disappearance", "isis")


def test_taking_control_of_the_situation_takes_no_ground(pipeline):
    text = "وأضاف أن قوة أمنية تمكنت من السيطرة على الموقف بعد ساعتين في قضاء الحمزة."
    assert not [e for e in _events(pipeline, text, "2023-08-09") if e.event_type == "Battles"]


def test_a_unit_of_a_named_command_before_its_verb_did_the_deed(pipeline):
    # "لقيادة عمليات الأنبار قتلت": the definite annexed name before the verb is no indefinite noun a relative clause
    # without its pronoun describes ("صورا لجنود قتلوا"), and the owner of the unit ("قوة تابعة لـ") is its doer
    text = "أفاد ضابط بأن قوة من الشرطة تابعة لقيادة عمليات الأنبار قتلت أمس ثمانية من عناصر داعش قرب الرطبة."
    (event,) = _events(pipeline, text, "2016-05-11")
    assert (event.actor1.id, event.actor2.id) == ("iraq-ops-anbar", "isis")
    text = "قوة أمنية تابعة لقيادة الشرطة قتلت ثمانية من عناصر داعش قرب الرطبة."
    (event,) = _events(pipeline, text, "2016-05-11")
    assert (event.actor1.id, event.actor2.id) == ("iraq-police", "isis")
    # (a checkpoint that belongs to the army, after the verb, stays the one hit)
    (event,) = _events(pipeline, "هاجم مسلحو داعش نقطة تفتيش تابعة للجيش قرب الرطبة.", "2016-05-11")
    assert (event.actor1.id, event.actor2.id) == ("isis", "iraq-army")


def test_armed_group_dead_announced_by_the_security_side_were_killed_by_it(pipeline):
    # the dead are the side hit: a state body (or an unnamed security source) announcing an armed group's men killed,
    # the killing word the one event word, tells its forces' deed, not the group's
    (event,) = _events(pipeline, "أعلنت قيادة قوات الحدود مقتل ثلاثة من عناصر داعش قرب ناحية النخيب.", "2017-02-08")
    assert (event.actor1.id, event.actor2.id) == ("iraq-border-guards", "isis")
    (event,) = _events(pipeline, "ذكر مصدر أمني اليوم مقتل 14 مسلحا من داعش في ناحية النخيب.", "2017-02-08")
    assert (event.actor1.id, event.actor2.id) == ("iraq-security-forces", "isis")


def test_a_definite_mention_dated_back_tells_the_day_of_the_deed_reported(pipeline):
    # the first report is dated by its statement's day; "the strike" told with an earlier day of its own is the same
    # strike, on that day, not a second one
    text = ("أعلن مصدر أمني يوم الخميس أن غارة جوية دمرت مخبأ لتنظيم داعش في قضاء عنه. "
            "وأوضح أن الغارة التي نفذت فجر الثلاثاء أسفرت عن مقتل أربعة من عناصر التنظيم.")
    (event,) = _events(pipeline, text, "2017-06-16")
    assert event.sub_event_type == "Air/drone strike"
    assert event.date.start == "2017-06-13"


def test_gunmen_the_article_ties_to_its_one_group_are_the_group(pipeline):
    text = ("أقدم مسلحون فجر اليوم على خطف مزارع من قرية قرب ناحية العظيم. "
            "وبحسب مصدر أمني فإن الخاطفين من عناصر داعش الذين ينشطون في المنطقة.")
    (event,) = _events(pipeline, text, "2022-03-09")
    assert (event.sub_event_type, event.actor1.id) == ("Abduction/forced disappearance", "isis")
    # (a group merely named elsewhere ties no one to it)
    text = "هاجم مسلحون مجهولون نقطة للشرطة قرب بعقوبة. وتنشط خلايا داعش في مناطق قريبة من المدينة."
    (event,) = _events(pipeline, text, "2022-03-09")
    assert event.actor1.id == "unidentified-gunmen"


def test_a_statement_that_blames_names_the_blamed_right_after_its_verb(pipeline):
    # "بيان لوزارة ... حمّل X مسؤولية": the accuser stands before the verb; the party right after it is blamed
    text = ("قتل عنصران من البيشمركة، فجر اليوم، بهجوم على موقع لهم قرب ناحية سيدكان، "
            "بحسب بيان لوزارة البيشمركة حمّل حزب العمال الكردستاني مسؤولية الاعتداء.")
    (event,) = _events(pipeline, text, "2021-09-14")
    assert (event.actor1.id, event.actor2.id) == ("pkk", "peshmerga")


def test_civilians_named_after_no_casualties_were_spared(pipeline):
    text = ("قصفت المدفعية الإيرانية مرتفعات قرب ناحية سيدكان ظهر اليوم، "
            "وأكد مدير الناحية أن القصف لم يسفر عن إصابات بين المدنيين.")
    (event,) = _events(pipeline, text, "2021-05-03")
    assert event.actor2 is None or event.actor2.id != "civilians"


def test_counted_bombs_found_with_no_finder_named_are_a_find(pipeline):
    # "وعُثر ... على أربع قذائف هاون": an impersonal find, no doer, place or day in its clause, but the shells are
    # counted: a find told in full; a vague "عشرات" in a year's round-up is not
    text = ("فتشت قوة من الشرطة بساتين ناحية العظيم شمال ديالى أمس. وعُثر في أحد البساتين على أربع قذائف هاون "
            "مدفونة تحت التراب.")
    (event,) = _events(pipeline, text, "2022-06-05")
    assert event.sub_event_type == "Disrupted weapons use" and event.location.admin1_code == "IQ-DI"
    assert not _events(pipeline, "وقال التقرير إن فرق الهندسة فككت عشرات العبوات خلال العام الماضي.", "2022-06-05")


def test_the_latest_of_a_counted_series_is_an_event_of_its_own(pipeline):
    # "أحدث هذه الغارات" after a month's count: the superlative picks one strike out of the series, told with its
    # day, place and toll; the demonstrative alone ("هذه الغارات") still points back at the count
    lead = "أحصت منظمة محلية خمس عشرة غارة بالطائرات المسيرة على قرى قضاء سنجار خلال الشهر الماضي. "
    (event,) = _events(pipeline, lead + "وأوضحت أن أحدث هذه الغارات استهدفت فجر اليوم الأحد سيارة قرب مجمع "
                       "خانصور، ما أسفر عن مقتل شخصين.", "2022-06-05")
    assert event.sub_event_type == "Air/drone strike" and event.date.start == "2022-06-05"
    assert not _events(pipeline, lead + "وأوضحت أن هذه الغارات استهدفت سيارات ومنازل.", "2022-06-05")


def test_a_verb_after_the_group_men_belong_to_is_their_deed(pipeline):
    # "مسلحين تابعين لتنظيم داعش اختطفوا": the ل after a membership word marks whose men they are, no preposition
    # governing the verb's subject (an unmarked relative clause): the abduction is the sentence's news
    text = "قال مختار القرية إن مسلحين تابعين لتنظيم داعش اختطفوا ثلاثة رعاة قرب ناحية العظيم شمال ديالى مساء أمس."
    (event,) = _events(pipeline, text, "2022-06-05")
    assert event.sub_event_type == "Abduction/forced disappearance" and event.actor1.id == "isis"


def test_an_event_named_by_a_reference_word_and_dated_in_its_relative_clause_is_news(pipeline):
    # "تداعيات الاشتباك المسلح الذي وقع مساء أمس": the reference word names a clash whose day its relative clause
    # tells: the clash is told in full, as a condemned one is
    text = ("عقد مجلس المحافظة جلسة طارئة لبحث تداعيات الاشتباك المسلح الذي وقع مساء أمس السبت بين عشيرتين في ناحية "
            "الإمام شمالي الديوانية.")
    (event,) = _events(pipeline, text, "2022-06-05")
    assert event.sub_event_type == "Armed clash" and event.date.start == "2022-06-04"


def test_a_time_cue_after_the_charge_dates_the_crime_not_the_arrest(pipeline):
    # "متهم باغتيال ناشط مدني قبل سنوات": the background cue after the charge word tells when the crime charged was
    # done; the arrest is today's news
    text = "ألقت مفارز شرطة الديوانية القبض على شخص متهم باغتيال ناشط مدني قبل سنوات في ناحية الشافعية، بحسب بيان للشرطة اليوم الأحد."
    (event,) = _events(pipeline, text, "2023-10-22")
    assert event.sub_event_type == "Arrests" and event.status == "occurred"


def test_a_deed_told_hours_later_after_baad_is_news(pipeline):
    # "وبعد ساعتين اغتال مسلحون": the verb right after a span told after بعد is the deed done that much later, no
    # earlier event named by the reference word
    text = ("انفجرت عبوة ناسفة على دورية للجيش قرب ناحية العظيم شمال ديالى صباح اليوم. وبعد ساعتين اغتال مسلحون "
            "مجهولون مختار قرية قريبة.")
    events = _events(pipeline, text, "2022-06-05")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED", "Attack"]


def test_a_second_target_joined_in_another_governorate_is_a_second_attack(pipeline):
    # ", وناحية سيدكان ... أربيل" after the shelling of a Dohuk sub-district: one attack per governorate hit; a
    # second target in the same governorate stays one attack
    text = ("قصفت المدفعية التركية، صباح اليوم الأحد، قرى حدودية في ناحية كاني ماسي شمالي دهوك، وناحية سيدكان شمال "
            "شرقي أربيل.")
    events = _events(pipeline, text, "2022-06-05")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-AR", "IQ-DA"]
    assert all(e.sub_event_type == "Shelling/artillery/missile attack" for e in events)
    text = "قصفت المدفعية التركية، صباح اليوم الأحد، قرى حدودية في ناحية كاني ماسي، وناحية ديرلوك شمالي دهوك."
    assert len(_events(pipeline, text, "2022-06-05")) == 1


def test_the_main_clause_deed_before_a_fiima_clause_elsewhere_is_its_own_attack(pipeline):
    # the sentence's main event word ("سقط صاروخ") stands in the فيما clause, at another district: the shelling
    # told in the main clause before it is an attack of its own, not that one told again
    text = ("تعرضت قاعدة للجيش في ناحية العظيم، فجر اليوم، لقصف بأكثر من عشرة صواريخ أطلقت من خارج الحدود، فيما "
            "سقط صاروخ آخر في محيط مطار بغداد الدولي.")
    events = _events(pipeline, text, "2022-06-05")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-BG", "IQ-DI"]


def test_of_two_days_as_near_the_one_in_the_event_words_clause_dates_it(pipeline):
    # the year of the tally ("since the start of the year") and the coming Wednesday stand as far from the sit-in;
    # the Wednesday, with no comma between, is its day (the year had made it a tally and dropped it)
    text = ("وتعد هذه الوقفة الثالثة للمتقاعدين في الديوانية منذ بداية العام الجاري، معلنين عزمهم تنظيم اعتصام "
            "سلمي مفتوح قرب المصرف يوم الأربعاء المقبل.")
    (event,) = _events(pipeline, text, "2023-05-01")
    assert event.status == "planned" and event.date.start == "2023-05-03"


def test_a_handover_next_month_is_no_tally_of_the_month(pipeline):
    # "خلال الشهر" (during the month) is a tally's span; "خلال الشهر المقبل" is a coming month: a plan
    text = "ومن المقرر أن يتم تسليم الملف الأمني في مدينة الرمادي إلى الشرطة المحلية خلال الشهر المقبل."
    (event,) = _events(pipeline, text, "2023-05-01")
    assert event.status == "planned" and event.sub_event_type == "Non-violent transfer of territory"


def test_demands_raised_to_ministries_in_the_capital_do_not_place_the_next_plan(pipeline):
    # the ministries in Baghdad are where the demands go: the sit-in announced next stays in Diwaniyah
    text = ("تظاهر المئات من المعلمين في الديوانية اليوم. وقال ممثل عن المحافظ إنه سيتسلم مطالبهم ويتعهد برفعها "
            "إلى الوزارات المعنية في بغداد. وأعلن المعتصمون عزمهم تنظيم اعتصام مفتوح أمام المديرية يوم الأحد المقبل.")
    planned = [e for e in _events(pipeline, text, "2023-05-01") if e.status == "planned"]
    assert [e.location.admin1_code for e in planned] == ["IQ-QA"]


def test_a_plans_month_without_its_year_is_the_coming_one(pipeline):
    # "in March" told in November: the handover is planned for next March, not recalled from last March
    text = "Officials said Turkish troops would hand over the base at Bamerni to Iraqi border guards in March."
    (event,) = _events(pipeline, text, "2020-11-20")
    assert event.status == "planned" and event.date.start == "2021-03-01"


def test_forces_taking_over_checkpoints_is_a_planned_transfer(pipeline):
    text = "Kurdish police will take over the checkpoints on the road south of Kirkuk next week, a commander said."
    (event,) = _events(pipeline, text, "2006-11-20")
    assert event.status == "planned" and event.sub_event_type == "Non-violent transfer of territory"


def test_two_capitals_of_a_deal_are_its_governments_not_a_place(pipeline):
    # "between Ankara and Baghdad" names the two governments: Baghdad does not place the handover
    text = ("DUHOK - Turkish troops have left two posts near the border. Under the memorandum between Ankara and "
            "Baghdad, the remaining posts will be handed over to Iraqi border guards on Sunday, officials said.")
    planned = [e for e in _events(pipeline, text, "2020-11-20") if e.status == "planned"]
    assert [e.location.admin1_code for e in planned] == ["IQ-DA"]


def test_a_plan_for_a_weekday_is_no_tally_of_the_months_it_names(pipeline):
    # "the past four months" are what the wages are owed for: the march planned for Thursday stays
    text = ("NASIRIYAH - Contract nurses said they would march to the governorate building on Thursday and stay "
            "until wages owed for the past four months are paid.")
    (event,) = _events(pipeline, text, "2024-02-05")
    assert event.status == "planned" and event.date.start == "2024-02-08"


def test_a_plan_told_with_its_near_time_takes_the_articles_place(pipeline):
    # the offensive "in the coming days" names no place of its own: the article's, Hawija, is the plan's
    text = ("HAWIJA, Iraq - Iraqi helicopters struck Islamic State positions around Hawija on Monday, the army said. "
            "Police units will join an offensive on the remaining villages in the coming days, a local official said.")
    planned = [e for e in _events(pipeline, text, "2017-09-19") if e.status == "planned"]
    assert [(e.event_type, e.location.place) for e in planned] == [("Battles", "Hawija")]


def test_an_unnamed_doers_warned_deed_takes_the_articles_place(pipeline):
    # no place in the warning's clause: Sinjar, where the article is, places the rockets warned of
    text = ("SINJAR, Iraq - Hundreds of Yazidi families returned to villages south of Sinjar on Sunday, local officials "
            "said. An army officer warned that the militants could fire rockets at the camps the families live in.")
    hypothetical = [e for e in _events(pipeline, text, "2021-06-14") if e.status == "hypothetical"]
    assert [(e.sub_event_type, e.location.place) for e in hypothetical] == [("Shelling/artillery/missile attack", "Sinjar")]


def test_what_a_fight_could_do_is_no_warned_fight(pipeline):
    # the auxiliary after the noun: the warning is of the displacement the fighting could cause
    text = ("SINJAR, Iraq - Hundreds of Yazidi families returned to villages south of Sinjar on Sunday, local officials "
            "said. Aid groups warned that the fighting could displace the families again.")
    assert [e for e in _events(pipeline, text, "2021-06-14") if e.status == "hypothetical"] == []


def test_a_situation_that_may_explode_any_moment_is_no_bombing(pipeline):
    text = ("بعقوبة – اختطف مسلحون مجهولون ثلاثة مزارعين في ناحية بني سعد أمس. وحذر مسؤول محلي من أن الوضع في "
            "الناحية متوتر وقد ينفجر في أي لحظة.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2021-06-14")] == ["Abduction/forced disappearance"]


def test_those_a_warning_demands_of_are_no_side_of_the_deed_warned_of(pipeline):
    # "مطالبا القوات الأمنية" after the comma: the forces are asked to act; the hostages are the side hit
    text = ("وحذر قائممقام القضاء من أن تنظيم داعش قد يقدم على قتل الرهائن المحتجزين في قرية الزاب، مطالبا القوات "
            "الأمنية بتأمين الطرق المؤدية إليها.")
    (event,) = _events(pipeline, text, "2017-09-19")
    assert event.sub_event_type == "Attack" and event.actor2.id == "civilians"


def test_a_plans_day_of_the_month_without_its_year_is_the_coming_one(pipeline):
    # "on 15 December" told in October: the coming December, not last year's (which dropped it as stale)
    text = ("NASIRIYAH - Rockets hit an empty field near the airport on Monday. Under the withdrawal timetable agreed "
            "with the government, the last base in Nasiriyah is scheduled to be handed to the Iraqi army on 15 "
            "December, officials said.")
    planned = [e for e in _events(pipeline, text, "2011-10-20") if e.status == "planned"]
    assert [e.date.start for e in planned] == ["2011-12-15"]


def test_a_plan_placed_and_dated_in_a_sentence_opening_on_a_mention_is_kept(pipeline):
    # "Under the security agreement" makes the sentence a mention; the handover it plans, placed and dated in it,
    # is still news though the agreement was told nowhere before
    text = ("NASIRIYAH - Rockets hit an empty field near the airport on Monday. No one was hurt, police said. Under "
            "the security agreement, British troops must leave the province by the spring, and their last base in "
            "Nasiriyah is scheduled to be handed to the Iraqi army in December, officials said.")
    planned = [e for e in _events(pipeline, text, "2011-10-20") if e.status == "planned"]
    assert [e.sub_event_type for e in planned] == ["Non-violent transfer of territory"]


def test_a_named_doers_future_verb_with_its_month_is_a_plan(pipeline):
    # "ستسلّم" with the Turkish forces named before it and March told: a plan stated, not talk of one
    text = "وأكد مسؤول في وزارة الدفاع أن القوات التركية ستسلّم معسكر بعشيقة إلى الجيش العراقي في شهر آذار المقبل."
    (event,) = _events(pipeline, text, "2023-01-10")
    assert event.status == "planned" and event.sub_event_type == "Non-violent transfer of territory"


_EN_ANALYSIS = ("Quarterly review. We think the militants are weaker than they were, and we expect them to stay in "
                "the desert. What will the drawdown of foreign troops change? We believe little, for now. ")


def test_an_english_analysis_tells_an_incident_dated_by_its_calendar_day(pipeline):
    # an analysis arguing in the first person names an incident by its calendar day, over ten days back but within
    # the recall limit: the incident is told as news
    text = _EN_ANALYSIS + "On October 2, militants killed four shepherds near Rutba in western Anbar."
    (event,) = [e for e in _events(pipeline, text, "2023-10-20") if e.status == "occurred"]
    assert event.location.admin1_code == "IQ-AN"
    assert event.fatalities.best == 4
    # a calendar day past the recall limit is still history
    assert not [e for e in _events(pipeline, text, "2023-11-10") if e.status == "occurred"]


def test_a_bomb_told_at_the_weekend_is_news(pipeline):
    # "at the weekend" dates the blast the Saturday and Sunday before publication: not the history told before it
    text = ("The Karrada bombing of July 2016 killed hundreds. A reminder came at the weekend, when a roadside bomb "
            "struck a police vehicle near Tuz Khurmatu, killing two officers.")
    (event,) = _events(pipeline, text, "2023-05-09")
    assert (event.date.start, event.date.end) == ("2023-05-06", "2023-05-07")
    assert event.fatalities.best == 2


def test_the_agreement_something_is_done_under_is_no_agreement_told(pipeline):
    # "under an agreement reached on Saturday": the framework the handover follows, no agreement told as news
    text = ("The army will take over checkpoints held by the militia in Sinjar within a month under an agreement "
            "reached on Saturday, a commander said.")
    assert not [e for e in _events(pipeline, text, "2023-05-09") if e.sub_event_type == "Agreement"]


def test_a_place_abroad_in_a_reference_after_the_event_word_is_the_other_events(pipeline):
    # "with a drone, in retaliation for the strikes in Syria": Syria is where the strikes answered were, the drone
    # strike is the one on the base near Erbil
    text = ("A faction said on Sunday that its fighters had struck the Harir base north of Erbil with a drone, in "
            "retaliation for the strikes in Syria.")
    (event,) = _events(pipeline, text, "2023-05-09")
    assert event.sub_event_type == "Air/drone strike"
    assert event.location.admin1_code == "IQ-AR"


def test_a_signed_column_keeps_the_ten_day_limit_for_a_calendar_day(pipeline):
    # an analysis names an incident 17 days back by its calendar day as news, a columnist's signed piece does not
    body = ("We think the council will fail. What will voters do? Gunmen shot dead an activist outside his home in "
            "Basra on September 13, and nobody has been charged.")
    assert [e for e in _events(pipeline, body, "2021-09-30") if e.status == "occurred"]
    assert not _events(pipeline, body + "\nThe writer is a retired Iraqi judge.", "2021-09-30")


_DAYLESS_ROUNDUP = ("Compiled by our Basra bureau. Not every incident reaches us.\n"
                    "KUT - A roadside bomb struck an army patrol on the highway in the morning, wounding two soldiers.\n"
                    "HILLA - Gunmen shot dead a shop owner near the main market in the evening, police said.\n"
                    "DIWANIYAH - No incidents were reported to our correspondent.")


def test_a_newsroom_our_is_no_opinion_cue_and_a_dayless_roundup_is_of_the_day_before(pipeline):
    # "our Basra bureau", "our correspondent": the outlet filing news, no first-person argument; the roundup's
    # items tell no day at all, so they are of the day before publication, when it was compiled
    events = _events(pipeline, _DAYLESS_ROUNDUP, "2019-03-14")
    assert {e.sub_event_type for e in events} == {"Remote explosive/landmine/IED", "Attack"}
    assert {e.date.start for e in events} == {"2019-03-13"}


def test_an_english_live_entry_in_the_present_perfect_is_news(pipeline):
    # a live report's later entry told in the present perfect, with no day of its own, is the day's news
    text = ("09:30 - Several hundred farmers have gathered outside the governorate building in Kut over water quotas.\n"
            "11:15 - Police have arrested three farmers' representatives near the building, their union says.")
    events = _events(pipeline, text, "2021-07-05")
    assert "Arrests" in {e.sub_event_type for e in events}


def test_an_english_live_entry_naming_an_attack_it_condemns_is_no_event(pipeline):
    # a live entry's event noun in the present ("condemns what it calls an attack") is named, not told
    text = ("20:10 - Hundreds of people have gathered outside the governorate building in Kut over power cuts.\n"
            "21:30 - The provincial council condemns what it calls a terrorist attack and calls on Baghdad to find "
            "the perpetrators.")
    assert {e.event_type for e in _events(pipeline, text, "2021-07-05")} == {"Protests"}


def test_gunmen_who_seized_a_person_abducted_them(pipeline):
    # an English weak seizing verb right before a person ("seized a journalist") took the man, no captive freed;
    # the unknown gunmen before it are its doers
    (event,) = _events(pipeline, "Gunmen seized a journalist outside his home in Kirkuk on Sunday.", "2023-05-09")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1.id == "unidentified-gunmen"
    (event,) = _events(pipeline, "Gunmen wearing army uniforms seized a farmer and his two sons from their orchard "
                                 "near Tarmiyah on Monday.", "2023-05-09")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1.id == "unidentified-gunmen"


def test_the_force_whose_uniform_english_gunmen_wore_is_no_party(pipeline):
    # "dressed as policemen": a disguise, the police are no side of the killing
    (event,) = _events(pipeline, "Gunmen dressed as policemen killed a shopkeeper in Baquba on Monday.", "2023-05-09")


def test_guards_and_workers_shot_by_gunmen_are_civilians(pipeline):
    # a company's guard or workers killed by gunmen: an attack on civilians, no battle
    (event,) = _events(pipeline, "قُتل حارس أمني وأصيب عاملان بهجوم نفذه مسلحون مجهولون على محطة وقود في قضاء الزبير مساء أمس.")
    assert event.sub_event_type == "Attack"
    assert event.actor2.id == "civilians"


def test_a_curfew_after_violence_counted_is_its_response(pipeline):
    # a tally of attacks told first, then a curfew: the response to the violence counted
    text = ("Twelve attacks were recorded in Kirkuk province in March, police said. "
            "A curfew was declared in Kirkuk city on Sunday.")
    assert not [e for e in _events(pipeline, text, "2023-05-09") if e.event_type == "Strategic developments"]


def test_fighting_involving_heavy_weapons_is_the_fight(pipeline):
    # the weapon after "involving" tells how the fight was fought: one clash, dated from its first day
    events = _events(pipeline, "Fighting involving heavy weapons went on in Tal Afar on 4 and 5 April between "
                               "two clans.", "2020-04-07")
    assert [(e.event_type, e.date.start) for e in events] == [("Battles", "2020-04-04")]


def test_report_released_is_no_release_event(pipeline):
    # a report or figures "released" are published, nobody freed
    events = _events(pipeline, "Militants killed at least 40 shepherds in the desert last year, according to figures "
                               "released on Sunday by a monitoring group.", "2023-01-08")
    assert all(e.sub_event_type != "Other" for e in events)


def test_support_aside_closed_before_the_subjects_own_strikes(pipeline):
    # the aside "with the support of ..." closes on its comma; the drones' strikes after "launched" are the deed
    (event,) = _events(pipeline, "Turkish drones, with the support of ground observers, launched three drone strikes "
                                 "on a PKK hideout near Amadiya on Saturday.", "2022-05-08")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.id == "turkey-military"


def test_long_list_of_weapons_used_in_a_feud_is_how_it_was_fought(pipeline):
    # the mortar rounds at the end of a long list of weapons "used in the fight" tell how the clan fight went
    events = _events(pipeline, "تجدد نزاع عشائري بين عشيرتين في ناحية السلام شرقي العمارة أمس، واستخدمت فيه أسلحة خفيفة "
                               "ومتوسطة ورشاشات بي كي سي وقذائف هاون، ما أسفر عن مقتل شخصين.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_attack_before_a_break_and_a_bombing_after_are_two_events(pipeline):
    # an attack on shepherds with its own dead, then (فيما) a roadside bomb with dead of its own: two deeds
    events = _events(pipeline, "قتل راعيان بهجوم شنه مسلحون على قطيعهما قرب قرية في ناحية العظيم، فيما قتل جندي "
                               "بانفجار عبوة ناسفة.")
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]


def test_planned_sweep_of_cells_is_planned_fighting(pipeline):
    # an operation still to come that will sweep valleys of cells is the fighting planned, not a retaking
    (event,) = _events(pipeline, "قال قائد عمليات ديالى إن قطعات الجيش ستنفذ الأسبوع المقبل عملية واسعة لتمشيط وتطهير "
                                 "بساتين ناحية العظيم من خلايا داعش.", "2022-06-14")
    assert event.status == "planned"
    assert event.sub_event_type == "Armed clash"
    (event,) = _events(pipeline, "Federal police units will launch an operation on Sunday to clear Islamic State "
                                 "hideouts in the orchards north of Udhaim, a commander said.", "2022-06-14")
    assert event.status == "planned"
    assert event.sub_event_type == "Armed clash"


def test_a_group_put_before_a_kill_verb_with_nothing_killed_after_it_was_hit(pipeline):
    # unvowelled "قتلوا" after its subject and before "في": the passive, the group's men were the dead
    text = "وذكر بيان عسكري أن ستة عناصر من تنظيم داعش قتلوا في قرية البو عيثة جنوب الرمادي أمس."
    (event,) = _events(pipeline, text, "2015-08-10")
    assert event.actor2 is not None and event.actor2.id == "isis" or event.actor1.id == "isis" \
        and event.event_type == "Battles"
    assert not (event.actor1 is not None and event.actor1.id == "isis" and event.actor2 is not None
                and event.actor2.id == "civilians")


def test_a_group_put_before_a_kill_verb_with_its_victims_after_it_did_it(pipeline):
    text = "وقال شهود إن مسلحين من داعش قتلوا، صباح اليوم، ثلاثة مدنيين في قرية البو عيثة."
    (event,) = _events(pipeline, text, "2015-08-10")
    assert event.actor1.id == "isis" and event.actor2.id == "civilians"


def test_a_side_of_a_country_named_as_the_scene_wins_over_the_place_told_before(pipeline):
    # "في شمال العراق": a region of Iraq, not the Turkish capital told in the sentence before
    text = ("عقد البرلمان التركي جلسة طارئة في أنقرة أمس. "
            "وقصفت الطائرات التركية ليل الجمعة مخابئ لحزب العمال الكردستاني في شمال العراق.")
    strike = next(e for e in _events(pipeline, text, "2015-07-26") if e.sub_event_type == "Air/drone strike")
    assert strike.location.country == "Iraq" and strike.location.admin1 is None


def test_a_landmark_city_of_another_governorate_yields_to_the_district_named(pipeline):
    text = "قتل ثلاثة من عناصر الشرطة بقصف صاروخي على قضاء حديثة غرب تكريت أمس."
    (event,) = _events(pipeline, text, "2015-08-07")
    assert event.location.admin1 == "Al Anbar" and event.location.admin2 == "Haditha"


def test_the_subject_of_a_frame_verb_points_back(pipeline):
    # "ويأتي الاعتداء قبل يومين من الاستفتاء المقرر في ...": the frame verb's subject is the deed just told; the day
    # and status after it are the vote's, no second (planned) attack
    events = _events(pipeline, "اقتحم مسلحون مجهولون مقر حزب سياسي في مدينة الديوانية مساء أمس وأطلقوا النار على "
                               "حراسه فقتلوا أحدهم.\nويأتي الهجوم قبل يومين من الاقتراع المقرر في العاشر من الشهر "
                               "المقبل، والذي هددت جماعات متشددة بتعطيله.")
    assert len(events) == 1
    assert events[0].status == "occurred"
    # "ويصادف الهجوم <a Hijri day>": the day the deed fell on, after a sentence placing its launch site in another
    # district: still the shelling told, no clash of its own
    events = _events(pipeline, "سقطت ثلاث قذائف هاون على مقر حكومي في منطقة الكرخ وسط بغداد ليل أمس من دون إصابات.\n"
                               "وعثرت القوات الأمنية على منصة الإطلاق في منطقة بغداد الجديدة. ويصادف الهجوم العاشر من "
                               "شعبان، وهو الثاني من نوعه خلال أسبوع.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_place_that_witnesses_attacks_is_a_state_of_things(pipeline):
    # "ويشهد ريف X هجمات متفرقة منذ ...": present "witnesses" with attacks since a span is a trend, no event
    assert not _events(pipeline, "ويشهد ريف الحويجة هجمات متفرقة منذ خروج التنظيم من مركز القضاء قبل أسابيع.",
                       published="2016-06-20")
    # a fight the place witnesses on a day told is still news
    assert _events(pipeline, "تشهد مدينة الرمادي اليوم الأحد اشتباكات عنيفة بين القوات الأمنية ومسلحي داعش في "
                             "حي الضباط.", published="2016-06-20")


def test_in_reference_to_points_back(pipeline):
    # "في إشارة إلى الغارات التي ...": the strikes a threat alludes to are told elsewhere, no event of this article
    events = _events(pipeline, "توعدت عصائب أهل الحق، في بيان اليوم الأحد، بالرد على أي اعتداء جديد، في إشارة إلى "
                               "الغارات التي شنتها طائرات أمريكية على مواقعها في القائم الأسبوع الماضي.",
                     published="2016-06-20")
    assert not [e for e in events if e.status == "occurred"]
    # told before in the article, the strikes it points to stay one event
    events = _events(pipeline, "شنت طائرات أمريكية غارات على مواقع لكتائب حزب الله في القائم فجر اليوم الأحد.\n"
                               "وقال قيادي في الكتائب إن الرد قادم، في إشارة إلى الغارات التي استهدفت مقرين للفصيل "
                               "قرب الحدود السورية.", published="2016-06-20")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_plan_told_again_with_its_joiners_towns_is_one_plan(pipeline):
    # "engineers from the districts of X and Y will join the sit-in on Wednesday": the towns are the joiners', the
    # definite mention the plan told before, not a second protest planned for that day
    events = _events(pipeline, "أعلنت نقابة المهندسين في ذي قار، اليوم الأحد، عزمها تنظيم وقفة احتجاجية أمام مبنى "
                               "المحافظة في الناصرية يوم الأربعاء المقبل للمطالبة بالتعيين.\nوقال عضو في النقابة إن "
                               "مهندسين من قضاءي الشطرة والرفاعي سيشاركون في الوقفة الاحتجاجية يوم الأربعاء المقبل.",
                     published="2022-06-12")
    assert [(e.status, e.location.admin2) for e in events] == [("planned", "Al-Nasiriya")]


def test_deeds_in_scattered_areas_are_a_tally(pipeline):
    # "في أنحاء متفرقة من الموصل": arrests over scattered areas are a tally with no place of its own, no event
    assert not _events(pipeline, "أعلنت قيادة شرطة نينوى، اليوم الخميس، أن مفارزها ألقت القبض على أحد عشر مطلوباً "
                                 "بتهم جنائية خلال حملة تفتيش في أنحاء متفرقة من الموصل.", published="2016-06-20")
    # told in one district, the same raid is news
    assert _events(pipeline, "أعلنت قيادة شرطة نينوى، اليوم الخميس، أن مفارزها ألقت القبض على أحد عشر مطلوباً "
                             "بتهم جنائية خلال حملة تفتيش في حي الزهور بالموصل.", published="2016-06-20")


def test_deaths_in_stone_clashes_of_rival_crowds_are_a_riot(pipeline):
    # deaths in a gathering's clashes fought with stones, no force named, are the crowds' own violence
    events = _events(pipeline, "قُتل شخصان وأصيب عشرة في تظاهرات شهدتها مدينة الحلة أمس الأحد، تخللتها مواجهات "
                               "بالحجارة والعصي بين المحتجين.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]


def test_abduction_told_in_the_pluperfect_with_its_own_recent_day_is_news(pipeline):
    # "كانت قد" + a recent day told after it dates the captive's abduction: news, not history; the rescuing
    # force named before is not its doer, and it made the arrest of the later clause
    events = _events(pipeline, "أنقذت مفرزة من شرطة كربلاء، صباح اليوم، امرأة كانت قد اختطفتها عصابة مساء الخميس "
                               "الماضي في حي الحسين، واعتقلت اثنين من أفرادها.")
    kinds = {e.sub_event_type: e for e in events}
    assert set(kinds) == {"Abduction/forced disappearance", "Arrests"}
    abduction = kinds["Abduction/forced disappearance"]
    assert abduction.status == "occurred" and abduction.date.start == "2022-06-09"
    assert abduction.actor1 is None or abduction.actor1.id != "iraq-police"
    assert kinds["Arrests"].actor1.id == "iraq-police"


def test_intervention_with_a_toll_of_dead_is_excessive_force(pipeline):
    # a protest met with force whose joined toll counts dead is force used with lethal effect
    import dataclasses
    from marsad.extract.merge import merge_events
    from marsad.records import Quantity
    (event,) = _events(pipeline, "فرقت قوات مكافحة الشغب بالقوة تظاهرة لخريجين عاطلين عن العمل أمام مبنى محافظة "
                                 "الديوانية أمس الاثنين.")
    assert event.sub_event_type == "Protest with intervention"
    (kept,) = merge_events([event])
    assert kept.sub_event_type == "Protest with intervention"
    (dead,) = merge_events([dataclasses.replace(event, fatalities=Quantity(low=2, best=2, high=2))])
    assert dead.sub_event_type == "Excessive force against protesters"


def test_plan_after_came_as_is_news_beside_the_retold_event(pipeline):
    # a call to rally on a coming day, told after "came as" beside the attack the sentence retells, is a planned
    # protest of its own; a deed told there with no call or plan word stays with the frame
    text = ("Gunmen attacked a checkpoint in Kut on Monday, police said. The attack came as tribal leaders urged "
            "residents to join a rally in Kut on Thursday to demand better protection.")
    events = _events(pipeline, text, published="2022-06-14")
    assert [(e.event_type, e.status) for e in events] == [("Battles", "occurred"), ("Protests", "planned")]
    assert events[1].date.start == "2022-06-16"
    text = "Gunmen attacked a checkpoint in Kut on Monday, police said. The attack came as tribal leaders rallied in Kut."
    assert [e.event_type for e in _events(pipeline, text)] == ["Battles"]


def test_more_strikes_planned_after_strikes_told_continue_the_campaign(pipeline):
    # "further strikes ... were planned" and "more strikes would be launched unless ..." after a bombing told as done:
    # more of that campaign, planned or threatened, no strikes in general; "more attacks" expected is not
    told = "Turkish jets bombed PKK hideouts near Amedi in Duhok province on Tuesday, killing two fighters. "
    events = _events(pipeline, told + "Ankara said further strikes against the group were planned.", "2021-03-10")
    assert [e.status for e in events] == ["occurred", "planned"]
    assert events[1].location.admin1_code == "IQ-DA"
    events = _events(pipeline, told + "A ministry spokesman said more strikes would be launched unless the fighters "
                     "left.", "2021-03-10")
    assert [e.status for e in events] == ["occurred", "hypothetical"]
    events = _events(pipeline, told + "Officials expect more attacks against the group.", "2021-03-10")
    assert [e.status for e in events] == ["occurred"]


def test_a_find_followed_by_a_toll_without_a_figure_does_not_crash_the_merge(pipeline):
    # "عشرات الأشخاص قتلوا قبل يومين" after bodies found: a toll of "dozens" has no best figure; comparing it with
    # the find's count once raised a TypeError and lost the whole article
    text = ("عثرت الشرطة صباح اليوم على خمس جثث مجهولة الهوية مصابة بطلقات نارية في منطقة زراعية بقضاء المقدادية. "
            "وقال مصدر إن عشرات الأشخاص قتلوا قبل يومين في المنطقة نفسها.")
    events = _events(pipeline, text, published="2016-03-15")
    assert events and all(e.location.admin1_code == "IQ-DI" for e in events)


def test_recalled_month_in_relative_clause_after_reference_dates_the_recalled_deed(pipeline):
    # the month told in "الذي ... في آذار" dates the abduction the sit-in is held over, not the sit-in itself
    (event,) = _events(pipeline, "اعتصم عشرات من أهالي قضاء الزبير أمام مبنى المحافظة تضامنا مع ذوي المهندس "
                                 "المخطوف الذي اختفى في آذار الماضي.")
    assert event.event_type == "Protests"
    assert event.date.precision == "day" and event.date.start == "2022-06-14"


def test_a_week_told_after_since_does_not_date_the_next_sentence(pipeline):
    # "tension since last week" sets no date for the bomb told next: the day told before ("أمس") still carries
    events = _events(pipeline, "قتل شرطيان أمس بهجوم مسلح في قضاء الشرقاط. وتعيش البلدة توترا أمنيا منذ الأسبوع "
                               "الماضي. وفي الموصل، أصيب أربعة مدنيين بانفجار دراجة نارية مفخخة قرب مرأب للسيارات.")
    blast = next(e for e in events if e.location is not None and e.location.admin1_code == "IQ-NI")
    assert blast.date.precision == "day" and blast.date.start == "2022-06-13"


# sentences that code no event (stop 13): each row names the rule that keeps it out
@pytest.mark.parametrize("text, published", [
    # "remains one of the deadliest ...": an event weighed against others, recalled in a commemoration or analysis
    pytest.param("The Camp Speicher killings remain one of the worst crimes committed by ISIS.", "2022-06-14", id="english_event_said_to_remain_the_worst_is_history"),
    # what a court found or convicted someone of is the crime judged, told as a charge, not news
    pytest.param("A court in Hilla on Sunday sentenced a man to death after convicting him of "
        "driving the car bomb that exploded outside a police station, killing six officers.", "2022-06-14", id="english_crime_a_court_convicted_of_is_no_event"),
    # "The violence erupted after the police broke up a sit-in": how the story's violence began, recalled
    pytest.param("The violence erupted after the police broke up a sit-in outside the governor's "
        "office in Kut on Saturday.", "2022-06-14", id="english_deed_the_violence_began_after_is_recalled"),
    # a lead marking the fifth anniversary of a massacre, no event told in it: a later sentence's killing dated to the
    # day (the survivor's account, the toll remembered) is the history recalled, no news of that day
    pytest.param("أحيا أهالي قرية الحاتمية في قضاء بلد، اليوم الجمعة، الذكرى الخامسة لمجزرة راح ضحيتها عشرات المزارعين.\n"
        "وروى أحد الناجين أن المسلحين أطلقوا النار على المزارعين في الحقول وقتلوا اثنين وعشرين منهم.", "2022-06-17", id="a_counted_anniversary_lead_makes_the_day_s_deeds_history"),
    # "هم اليوم يهاجمون": "today" after a pronoun is these days; the attacks so told are a state of things, no event
    pytest.param("وقال المحافظ إن عناصر التنظيم كانوا يختبئون في الوديان، وهم اليوم يهاجمون القرى الحدودية في قضاء سنجار.", "2019-05-02", id="today_as_the_present_age_is_no_day"),
    # "خلال الأيام الماضية" (over the past few days) spans several days: the strikes counted over it are a tally
    pytest.param("وشنت المقاتلات خلال الأيام الماضية غارات على مخابئ المسلحين في جبال قره چوخ أسفرت عن مقتل 40 مسلحا.", "2021-03-20", id="a_toll_over_the_past_few_days_is_a_tally"),
    # "علقت جزئيا العمليات" (partly suspended operations): the shelling named after it is what stops
    pytest.param("وذكر مصدر أن الجيش علق مؤقتا العمليات الجوية من قصف وغارات على أطراف قضاء تلعفر لإخلاء المدنيين.", "2016-08-30", id="operations_partly_suspended_are_no_strike"),
    # "هاجم وزير ..." right after the verb: a politician's attack is in words, no armed attack
    pytest.param("وهاجم رئيس الوزراء الكتلة المنافسة خلال زيارته مدينة الكوت أمس.", "2019-02-11", id="a_minister_attacking_a_party_attacks_in_words"),
    # a memorandum of understanding or a security agreement is a document between governments, settling no fight
    pytest.param("Jordan and Iraq signed a memorandum of understanding on border security in Amman "
        "on Sunday.", "2023-05-09", id="memorandum_between_states_is_no_agreement_event_1"),
    pytest.param("Under a security agreement with Baghdad, foreign trainers must leave Anbar by "
        "the end of June.", "2023-05-09", id="memorandum_between_states_is_no_agreement_event_2"),
    # what a security drill rehearses, armed men taking a site and its staff, did not happen
    pytest.param("Special forces ended the drill at the Nassiriya refinery by freeing mock hostages after a scenario in "
        "which militants seized the control room and abducted four engineers.", "2023-03-14", id="armed_men_seizing_a_site_or_hostages_in_a_drill_is_the_scenario"),
    # an arsenal described (heavy weapons held by clans or factions) tells no use of it
    pytest.param("ويقول ضباط في قيادة شرطة ذي قار إن عشائر في سوق الشيوخ تمتلك مدافع هاون وصواريخ كاتيوشا، "
        "وإن مخازنها أكبر من مخازن المخافر.", "2021-09-14", id="weapons_a_group_owns_are_no_attack"),
    # mediators working "to broker" or "to negotiate" a ceasefire have reached none
    pytest.param("Sheikhs from Amara travelled to Qalat Salih on Friday to broker a ceasefire between the feuding families.", "2021-02-06", id="a_deal_sought_is_no_agreement"),
    # "قبل أربع سنوات" dates what the speaker recalls years before publication: no event of the report
    pytest.param("واستعاد المتحدث في المؤتمر ما جرى في ناحية الشوملي قبل أربع سنوات حين قتل ستة من أبناء العشيرة "
        "في اشتباكات مسلحة مع عشيرة مجاورة.", "2019-08-21", id="a_fight_dated_years_back_is_history"),
    # the driver held after a tanker overturned and exploded: the accident's aftermath
    pytest.param("A court official said police arrested the driver of a fuel tanker that overturned and exploded on the Kut highway.", "2019-07-03", id="an_arrest_over_an_accident_is_no_conflict_arrest"),
    # "في إطار عملية «...»": the campaign the neutralised men fell in, no clash of its own (nor one dated by the
    # campaign's start)
    pytest.param("أعلنت وزارة الدفاع التركية، اليوم الخميس، \"تحييد\" ثلاثة عناصر من حزب العمال "
        "الكردستاني قرب قرية كيستة شمالي دهوك، في إطار عملية \"درع الجبل\" التي بدأتها "
        "قبل يومين.", "2022-06-16", id="a_named_campaign_framing_a_deed_is_no_fight"),
    # no doer named, no day, week or month: a provincial official's forecast stays out
    pytest.param("وقال مسؤول محلي إن الملف الأمني في المحافظة سيسلم إلى الشرطة المحلية قبل نهاية العام.", "2023-01-10", id="a_future_verb_before_the_years_end_is_still_too_vague"),
    # a military truck that overturned, a helicopter set down after a fault: accidents, no attack
    pytest.param("لقي جنديان حتفهما وأصيب ثالث، فجر اليوم، إثر انقلاب عجلة عسكرية على طريق حديثة – هيت.", "2022-06-14", id="vehicle_rollover_and_emergency_landing_are_accidents_1"),
    pytest.param("A police helicopter made an emergency landing in a field outside Hilla on Friday "
        "after a technical fault, officials said.", "2023-03-03", id="vehicle_rollover_and_emergency_landing_are_accidents_2"),
    # "في عدة بلدات": a round-up of the day over many places, no event of one place
    pytest.param("وقالت وزارة الداخلية إن اشتباكات بين الشرطة ومحتجين وقعت أمس في عدة بلدات جنوب المحافظة.", "2015-07-26", id="deeds_told_across_several_towns_are_a_summary_1"),
    pytest.param("وقالت وزارة الداخلية إن الشرطة اعتقلت أمس في جميع أنحاء المحافظة مئات المشتبه بهم.", "2015-07-26", id="deeds_told_across_several_towns_are_a_summary_2"),
    # "بالموافقة على انسحاب": approval of a withdrawal, not the withdrawal
    pytest.param("صادق مجلس المحافظة، أمس الأحد، بالموافقة على انسحاب قوات البيشمركة من ناحية جلولاء.", "2015-07-26", id="a_withdrawal_agreed_to_is_no_transfer"),
    # "مسودة اتفاقية انسحاب القوات ...": the withdrawal names the agreement approved, no withdrawal done
    pytest.param("وافق مجلس الوزراء، اليوم الثلاثاء، على مسودة اتفاقية انسحاب القوات البريطانية من "
        "محافظة البصرة، وأحالها إلى البرلمان للتصويت عليها.", "2016-06-20", id="a_withdrawal_agreement_is_a_document"),
    # "broke away": a runner, a winger or a crowd breaking away, or cells that once split from a movement; no change to a
    # group the coder records (a split told as news says "split from")
    pytest.param("Two riders broke away from the pack on the Erbil road on Friday and held on to the finish.", "2022-04-09", id="breaking_away_is_no_change_to_a_group"),
])
def test_sentences_that_code_no_event(pipeline, text, published):
    assert not _events(pipeline, text, published)


# one field of the one event a sentence codes (the field as a dotted path on the event, and its value)
@pytest.mark.parametrize("text, published, field, expected", [
    # "there were no clashes with police": no force used on the crowd
    pytest.param("Hundreds of graduates blocked the road to the Rumaila field on Monday, but there "
                 "were no clashes with police.",
                 "2022-06-14", "sub_event_type", "Peaceful protest", id="english_gathering_with_no_clashes_is_calm"),
    # "gunmen from <leader>'s <group>": the group behind the leader's possessive name is the side
    pytest.param("Two policemen were wounded in Basra on Tuesday in a gunfight between gunmen from "
                 "Qais al-Khazali's Asaib Ahl al-Haq and the police.",
                 "2022-06-14", "actor1.id", "asaib-ahl-al-haq", id="gunmen_from_a_leaders_group_are_the_group"),
    # "blasts shook a camp, caused by a drone strike": the cause clause, with no place or day of its own, says what the
    # blasts were
    pytest.param("دوى انفجار قوي فجر اليوم داخل معسكر تابع للحشد الشعبي قرب آمرلي، جراء قصف بطائرة "
                 "مسيرة مجهولة.",
                 "2024-07-31", "sub_event_type", "Air/drone strike", id="a_strike_told_as_the_cause_of_blasts_names_their_kind"),
    # "on the highway linking Kirkuk and Tikrit near Amerli": the two towns are the road's ends, landmarks; the town
    # it happened near places it (b12, en-dev51 "the main road between Erbil and Mosul near Bartella")
    pytest.param("Gunmen ambushed a fuel truck on the highway linking Kirkuk and Tikrit near Amerli on "
                 "Monday, killing its driver.",
                 "2022-06-14", "location.admin2", "Tooz Khurmato", id="english_towns_a_road_links_are_its_ends_not_the_place"),
    # the target the claimant names after "زاعماً" is its account of the bombing told before it, no clash of its own
    pytest.param("أصيب خمسة مدنيين بانفجار عبوة ناسفة قرب مرآب للسيارات في قضاء طوزخورماتو مساء "
                 "أمس. ولاحقا تبنى تنظيم داعش التفجير، زاعما أنه استهدف تجمعا للحشد.",
                 "2022-06-14", "sub_event_type", "Remote explosive/landmine/IED", id="what_a_claimant_says_it_hit_is_no_event_of_its_own"),
    # "يعتقد أنهم وراء اغتيال": the killing is what the men arrested are suspected of, told as a charge
    pytest.param("أعلنت شرطة كركوك اعتقال ثلاثة أشخاص في ناحية الرشاد يعتقد أنهم وراء تفجير سيارة "
                 "مفخخة في سوق الناحية الشهر الماضي.",
                 "2022-06-14", "sub_event_type", "Arrests", id="those_believed_behind_a_deed_are_charged_with_it"),
    # "أصيب ... بعد انفجار عبوة": the blast that wounded them, not a mention of an earlier one
    pytest.param("أصيب ثلاثة من عناصر الحشد بجروح بعد انفجار عبوة لاصقة بعجلتهم قرب ناحية يثرب "
                 "عصر أمس.",
                 "2022-06-14", "sub_event_type", "Remote explosive/landmine/IED", id="wounded_after_a_blast_is_the_blast"),
    # "إصابة ثلاثة من المنتسبين" after a patrol of the federal police: those members are its men
    pytest.param("انفجرت عبوة ناسفة بدورية تابعة للشرطة الاتحادية قرب ناحية الكرمة ظهر أمس، ما أدى إلى "
                 "إصابة ثلاثة من المنتسبين.",
                 "2022-06-14", "actor2.id", "iraq-federal-police", id="members_hit_are_the_men_of_the_force_named"),
    # the dual "شخصان" is plain people as "أشخاص" is: a bomb's victims with no target named
    pytest.param("قتل شخصان بانفجار عبوة لاصقة بسيارة أجرة في حي الزهراء بمدينة الكوت صباح أمس.",
                 "2022-06-14", "actor2.id", "civilians", id="two_plain_people_hit_by_a_bomb_are_civilians"),
    # "نفى ذلك" with no event of its own: the shooting just reported as fact is denied
    pytest.param("اتهم شيوخ عشائر في قضاء الخالص قوة من الجيش بإطلاق النار على سيارة مدنية مساء أمس ما "
                 "أدى إلى مقتل سائقها. لكن قائد الفرقة نفى ذلك في تصريح للصحفيين.",
                 "2022-06-14", "status", "denied", id="a_bare_denial_of_that_in_the_next_sentence_denies_the_event"),
    # "the bombing site" names the place of a bombing told before (here not at all): no bombing of its own
    pytest.param("Gunmen shot dead a shopkeeper in Mosul on Friday, police said. In Kirkuk, relatives "
                 "of the victims laid flowers at the bombing site on Friday.",
                 "2021-04-10", "sub_event_type", "Attack", id="the_blast_site_is_where_an_earlier_blast_was"),
    # "had published reports that ...": the earlier report the denial answered, no second event told as fact
    pytest.param("The Iraqi army on Tuesday denied that an Islamic State attack had killed three soldiers at a checkpoint "
                 "near Tarmiyah on Monday night. Local news sites had published reports on Tuesday morning that militants "
                 "attacked the checkpoint with rifles.",
                 "2021-06-02", "status", "denied", id="reports_published_before_a_denial_are_the_denied_event"),
    # "Police said the bomber also died": the toll told left him out (b15, en-dev33 "the two bombers also died")
    pytest.param("A suicide bomber blew himself up at a funeral in Tarmiyah on Monday, killing 17 "
                 "people. Police said the bomber also died.",
                 "2015-05-12", "fatalities.best", 18, id="a_bomber_who_also_died_adds_to_the_toll"),
    # a correction note: what "an earlier version of this story" said is withdrawn, not news (its toll neither)
    pytest.param("CORRECTION: An earlier version of this story, posted on Sunday, said a roadside bomb "
                 "near Tarmiyah killed four soldiers on Saturday. The blast killed three soldiers.",
                 "2020-05-05", "fatalities.best", 3, id="an_earlier_version_of_the_report_tells_no_event"),
    # "ضربات على أوكار": the hideouts are what the strikes hit, no raid on a hideout of its own
    pytest.param("وجهت طائرات الجيش ضربات على أوكار للتنظيم في جبال حمرين مساء أمس، ما أسفر عن مقتل "
                 "ثلاثة إرهابيين.",
                 "2021-11-22", "sub_event_type", "Air/drone strike", id="strikes_on_hideouts_are_strikes"),
    # "Turkey launched a dozen missiles at ...": the count between the verb and its weapon keeps the state the doer
    pytest.param("Turkey launched a dozen missiles at two villages in Duhok on Wednesday.",
                 "2020-01-08", "actor1.id", "turkey-military", id="a_state_firing_a_counted_salvo_is_its_forces"),
    # "DUHOK (Reuters) - Turkey shelled ...": the dateline's dash opens the clause the state is the subject of
    pytest.param("DUHOK (Reuters) - Turkey shelled two villages near Zakho on Wednesday.",
                 "2020-01-08", "actor1.id", "turkey-military", id="a_state_opening_the_story_after_a_dateline_is_its_forces"),
    # "Gunmen ambushed ..." then "Officials blamed Islamic State militants": the group named is who the gunmen were
    pytest.param("Gunmen ambushed a convoy of fuel tankers near Baiji on Sunday, killing two drivers. "
                 "Officials blamed Islamic State militants.",
                 "2021-05-04", "actor1.id", "isis", id="a_group_blamed_after_unknown_gunmen_is_the_doer"),
    # "ضبط خلية/شبكة" seizes people, as "تفكيك خلية" does: arrests, not a weapons cache (b21, real 2015 news: a
    # Kuwaiti bust of an ISIS network coded as disrupted weapons use)
    pytest.param("وأعلنت مديرية الشرطة عن ضبط شبكة لتهريب السلاح تضم سبعة أشخاص في قضاء الزبير.",
                 "2016-03-02", "sub_event_type", "Arrests", id="busting_a_cell_is_an_arrest"),
    # "وكانت قرى في أطراف القضاء قد شهدت الأسبوع الماضي قصفاً": كان ... قد with a four-word subject, the event
    # noun the object of the verb after قد: history recalled, no event
    pytest.param("اعتقلت الشرطة أمس ثلاثة مطلوبين في قضاء الخالص. وكانت قرى في أطراف القضاء قد شهدت الأسبوع الماضي "
                 "قصفاً بقذائف الهاون.",
                 "2021-04-20", "sub_event_type", "Arrests", id="pluperfect_with_a_long_subject_before_qad_and_a_verb_of_witnessing"),
    # the day is the recapture's; the vandalism "that IS militants had vandalised" is recalled, no event of that day
    pytest.param("Iraqi forces on Friday recaptured the citadel of Tal Afar, a landmark that "
                 "Islamic State militants had vandalised, the army said.",
                 "2017-08-27", "sub_event_type", "Government regains territory", id="had_deed_in_a_relative_clause_after_the_dated_news_is_history"),
    # of a road's two ends (landmarks both), the one the story has placed itself in is where, not the nearer one
    pytest.param("SAMAWAH - Police are on alert in Samawah this week. Gunmen opened fire on a convoy on the "
                 "Diwaniyah-Samawah highway on Monday, a police officer said.",
                 "2022-06-14", "location.admin1_code", "IQ-MU", id="english_road_end_the_article_is_placed_in_wins"),
    # "ذكرى استشهاد الإمام" counts no years: a blast on the occasion's day, told after its lead, is news
    pytest.param("توافد آلاف الزائرين على مدينة الكاظمية، اليوم الجمعة، لإحياء ذكرى استشهاد الإمام موسى الكاظم.\n"
                 "وانفجرت عبوة ناسفة صباح اليوم قرب موكب للزائرين في منطقة الشعلة، ما أدى إلى إصابة أربعة أشخاص.",
                 "2022-06-17", "sub_event_type", "Remote explosive/landmine/IED", id="a_religious_occasion_lead_keeps_the_day_s_attack"),
    # "وأكد مصدر طبي في بعقوبة مقتل عدد من عناصر الحشد": the town after a medical source is where it sits (the
    # hospital), not a second battlefield: the dead are the ground retaken's, one event
    pytest.param("استعادت قوات الجيش والحشد، أمس السبت، السيطرة على ناحية العظيم شمالي ديالى بعد معارك مع عناصر داعش. "
                 "وأكد مصدر طبي في بعقوبة مقتل عدد من عناصر الحشد من دون تحديد رقم.",
                 "2022-06-12", "sub_event_type", "Government regains territory", id="a_medical_source_s_town_is_where_the_hospital_is"),
    # "seized three trucks of flour": vehicles carried off are looting, no ground taken
    pytest.param("Gunmen seized three trucks of flour at a checkpoint near Tikrit on Monday and drove them off, a local official said.",
                 "2020-12-08", "sub_event_type", "Looting/property destruction", id="trucks_seized_are_goods_looted"),
    # a weak seizing word whose object is people is an abduction told in full: with only its place beside it
    # (no day told, no doer named) it is still a record
    pytest.param("Men in uniforms seized nine workers at a brick factory near Zubair before dawn, police said.",
                 "2019-04-03", "sub_event_type", "Abduction/forced disappearance", id="people_seized_with_no_day_or_doer_told_are_an_abduction"),
    # "A Peshmerga fighter killed two militants": the singular doer before the verb counts no one
    pytest.param("A Peshmerga fighter killed two militants near Makhmour on Friday.",
                 "2016-03-12", "fatalities.best", 2, id="the_figure_after_an_english_active_killing_verb_is_the_toll"),
    pytest.param("قتل ثلاثة من عناصر الصحوة بهجوم شنه مسلحون ينتمون لتنظيم القاعدة على حاجز قرب المقدادية.",
                 "2007-08-03", "actor1.id", "al-qaeda", id="gunmen_belonging_to_a_group_joined_by_lam_are_the_group"),
    # "انفجار سيارة مفخخة" names the car bomb: "this air bombardment" told after it does not make it an air strike
    pytest.param("قتل جنديان في انفجار سيارة مفخخة استهدف رتلا عسكريا في قضاء خانقين مساء السبت. "
                 "وقال قائد ميداني إنه «وسط هذا القصف الجوي الكثيف، لم تعد للهدنة أي قيمة».",
                 "2015-07-27", "sub_event_type", "Remote explosive/landmine/IED", id="a_blast_word_with_its_weapon_keeps_the_weapon_over_a_later_air_strike_mention"),
    # "قضاء مخمور شرق الموصل": Mosul is the landmark, Makhmour (Erbil) where it happened
    pytest.param("قتل ثلاثة من عناصر البيشمركة بقصف صاروخي على قضاء مخمور شرق الموصل أمس.",
                 "2015-08-07", "location.admin2", "Makhmour", id="a_district_named_east_of_a_city_in_another_governorate_is_the_district"),
    # "to mourn the dead of the bombing": the bombing is recalled, the vigil-march is the news
    pytest.param("خرج مئات الطلاب في مسيرة وسط مدينة الحلة حدادا على قتلى التفجير.",
                 "2022-06-14", "event_type", "Protests", id="mourning_word_names_an_earlier_deed_not_an_event"),
    # "two men on a motorcycle": assassins a feature describes by how they came are unidentified gunmen
    pytest.param("Two men on a motorbike shot dead a goldsmith outside his shop in Amara on Monday evening.",
                 "2022-03-08", "actor1.id", "unidentified-gunmen", id="men_on_a_motorbike_who_kill_are_unidentified_gunmen"),
    # "fired at least ten shots": a weak noun of gunfire as the object of "fired", its doer named, is the doer's deed
    pytest.param("KUT - On Friday night, two masked gunmen fired at least ten shots at a money changer as he closed "
                 "his shop, police said.", "2023-05-06", "actor1.id", "unidentified-gunmen",
                 id="shots_fired_by_named_gunmen_are_an_event"),
])
def test_the_one_event_s_field(pipeline, text, published, field, expected):
    (event,) = _events(pipeline, text, published)
    value = event
    for name in field.split("."):
        value = getattr(value, name)
    assert value == expected


def test_an_incident_a_feature_narrates_on_its_own_day_is_no_recalled_history(pipeline):
    # after the story's news, "Last Monday, masked gunmen ..." opens on the incident's own day set off by a comma:
    # the feature narrates a second incident of its own, with no source named, not a fact recalled in passing
    text = ("KUT — A roadside bomb wounded two farmers on Saturday on the road to Numaniyah, police said.\n"
            "Last Monday, masked gunmen stopped a shepherd near the same road and drove off with him.")
    events = _events(pipeline, text, "2023-04-10")
    assert {e.sub_event_type for e in events} == {"Remote explosive/landmine/IED", "Abduction/forced disappearance"}


def test_they_opening_the_sentence_after_armed_men_are_named_is_those_men(pipeline):
    # the men are named in one sentence with no deed, "They" opens the next right before the deed: they did it
    text = ("AMARA — Shortly before dawn on Friday, three masked gunmen climbed over the wall of a goldsmith's house.\n"
            "They shot him twice in the yard, his brother said.")
    (event,) = _events(pipeline, text, "2023-02-04")
    assert event.actor1.id == "unidentified-gunmen"


def test_cache_found_beside_an_arrest_is_a_second_event(pipeline):
    # s17 c5: a cache found in the sentence of an arrest or raid, not in the arrested men's hands, is a find of its own
    text = ("اعتقلت قوة من شرطة الحلة، فجر أمس الاثنين، أربعة مطلوبين في ناحية الكفل، وعثرت في بستان قريب على "
            "مخبأ أسلحة يضم عشر قذائف هاون.")
    assert sorted(e.sub_event_type for e in _events(pipeline, text)) == ["Arrests", "Disrupted weapons use"]
    # weapons seized in their possession are the arrest's raid: one event
    text = "اعتقلت قوة من شرطة الحلة، فجر أمس الاثنين، أربعة مطلوبين في ناحية الكفل، وضبطت بحوزتهم أسلحة خفيفة."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Arrests"]


def test_denied_mention_with_its_own_place_stands(pipeline):
    # s17 c5: a denial of what pages said, naming a deed and its place, is a denied event though no event precedes it
    text = ("أعلنت قيادة شرطة ديالى، اليوم الثلاثاء، اعتقال خمسة مطلوبين في مدينة بعقوبة. في المقابل، نفت هيئة الحشد "
            "الشعبي ما تداولته صفحات محلية عن احتجاز عناصر منها شباناً من أهالي ناحية العظيم واقتيادهم إلى جهات مجهولة.")
    events = _events(pipeline, text)
    assert ("Abduction/forced disappearance", "denied") in [(e.sub_event_type, e.status) for e in events]


def test_split_verb_with_one_of_subject(pipeline):
    # s17 c5: "أحد" + noun as the subject between a split verb and its object ("فتح أحد الحراس النار")
    text = "فتح أحد الحراس النار على المتظاهرين أمام مبنى المحافظة في الكوت ظهر اليوم."
    assert [e.event_type for e in _events(pipeline, text)] == ["Protests"]
    # a noun and its genitive as the subject of a violent phrase ("فتح حراس المبنى النار")
    text = "فتح حراس المبنى النار على المتظاهرين أمام مبنى المحافظة في الكوت ظهر اليوم."
    assert [e.event_type for e in _events(pipeline, text)] == ["Protests"]
    # not of another phrase: "أعلن محافظ كربلاء تشكيل خلية" forms no armed group
    assert _events(pipeline, "أعلن محافظ كربلاء تشكيل خلية للبحث عن الجناة.") == ()
    # a sequel word is no subject, and a plural verb has its subject before it: "فتحوا بعد ذلك النار" tells the
    # men named before firing afterwards (here into the air, no deed), not a new doer
    assert _events(pipeline, "الكوت – قالت مصادر محلية إن عناصر حماية الشركة فتحوا بعد ذلك النار في الهواء.") == ()


def test_arrest_verb_leads_a_clause_with_weapons_seized(pipeline):
    # s17 c5: "اعتقلت ... وضبطت أسلحة" in one clause is the arrest, though the seizure's word weighs more; told after
    # a clan fight it is an event of its own, not that fight's aftermath
    text = ("قُتل رجل وأُصيب اثنان، مساء أمس الأحد، بنزاع عشائري في ناحية الإصلاح جنوبي ذي قار. وأفاد مصدر في "
            "الشرطة بأن قوة أمنية وصلت إلى المكان واعتقلت أربعة من المتورطين وضبطت أسلحة خفيفة.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Armed clash", "Arrests"]


def test_split_phrase_after_a_reference_tells_a_new_deed(pipeline):
    # s17 c5: "وبعد ساعات على التفجير، أطلق قناص النار": the phrase's verb opening the clause after the reference,
    # its subject between its words, is a new deed, not the toll of the blast referred to
    text = ("قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد صباح اليوم. وبعد ساعات على التفجير، "
            "أطلق قناص النار على دورية للجيش قرب ناحية العظيم في ديالى، ما أدى إلى إصابة جندي.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Remote explosive/landmine/IED", "Armed clash"]


def test_bombs_with_their_own_dead_stand_beside_ground_taken(pipeline):
    # s17 c5: "العجلات المفخخة" told with its own dead after a takeover is a bombing of its own, not the takeover retold
    text = ("أعلن تنظيم داعش، أمس الأحد، سيطرته على ناحية البغدادي غربي الأنبار بعد انسحاب القوات الأمنية منها. وقال "
            "ضابط في الشرطة إن التنظيم فجّر صباح الأحد العجلات المفخخة قرب مقر الشرطة في الناحية، ما أدى إلى مقتل "
            "ثمانية من المنتسبين.")
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["Battles", "Explosions/Remote violence"]


def test_indefinite_event_told_on_with_its_day_after_a_reference(pipeline):
    # s17 c5: "بعد نزاع مسلح اندلع مساء السبت": an indefinite event noun a reference word names, told on by a verb of
    # occurrence with its own day, is the news itself
    text = "توصل وجهاء عشائر في قضاء الشطرة أمس إلى هدنة بين عشيرتين، بعد نزاع مسلح اندلع مساء السبت وأسفر عن مقتل شخصين."
    assert "Armed clash" in [e.sub_event_type for e in _events(pipeline, text)]


def test_cautious_calm_is_no_warning(pipeline):
    # s17 c5: the حذر of "هدوء حذر" (a cautious calm) makes nothing hypothetical
    text = "خيم هدوء حذر على قضاء طوزخورماتو صباح اليوم بعد اشتباكات اندلعت مساء أمس بين قوات الجيش ومسلحين مجهولين."
    assert [(e.sub_event_type, e.status) for e in _events(pipeline, text)] == [("Armed clash", "occurred")]


def test_his_death_counts_one_dead(pipeline):
    # s17 c5: "ما أدى إلى وفاته" (leading to his death) counts one dead, as "مقتله" does
    text = "أقدم عشرات من أهالي قرية في قضاء الشطرة، مساء أمس، على ضرب رجل اتهموه بالسرقة، ما أدى إلى وفاته."
    events = _events(pipeline, text)
    assert [(e.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events] == [("Mob violence", 1)]


def test_crowd_beating_to_death_is_mob_violence(pipeline):
    # s17 c5: the dead of a crowd that beat someone are its victim's: mob violence, no force used on a protest
    text = ("وقال مصدر في الشرطة إن عشرات الأشخاص قطعوا الطريق أمام عجلة للشرطة في مدينة الكوت مساء أمس، ثم انهالوا "
            "على المتهم بالضرب بالعصي، ما أدى إلى وفاته.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Mob violence"]


def test_overnight_blast_agrees_with_a_small_hours_day(pipeline):
    # a bomb "overnight" told on Monday may have gone off in the small hours of Monday: the event spans both days,
    # and a later one carried from it ("an hour later") too
    events = _events(pipeline, "BASRA - Saboteurs blew up a fuel depot near Umm Qasr overnight, police said on Monday."
                               "\nAbout an hour later a second bomb damaged a pumping station in Safwan.",
                     published="2023-01-16")
    assert [(e.date.start, e.date.end) for e in events] == [("2023-01-15", "2023-01-16")] * 2


def test_further_west_opens_a_separate_incident(pipeline):
    # "Further west, ..." moves the report to another incident: it joins no event told before it
    events = _events(pipeline, "Two suicide car bombs struck army positions south of Fallujah on Saturday, killing "
                               "eight soldiers, officers said.\nFurther west, militants attacked a police post in "
                               "Baghdadi on Saturday, sparking a gunbattle that lasted an hour.", published="2019-03-09")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Suicide bomb"]


def test_a_denied_report_takes_the_day_the_next_sentence_tells(pipeline):
    # the denial's day is not the day of what it denies: the sentence after tells when the reports placed it
    events = _events(pipeline, "The army on Sunday denied reports that militants had overrun a checkpoint near Baiji."
                               "\nSome local pages had said on Saturday that the militants took the checkpoint after "
                               "heavy clashes with soldiers.", published="2019-03-10")
    denied = [e for e in events if e.status == "denied"]
    assert [(e.date.start, e.date.end) for e in denied] == [("2019-03-09", "2019-03-09")]


def test_a_plan_takes_its_day_from_a_later_sentence(pipeline):
    # an arrested cell's plan told without its day, then the day it was set for
    events = _events(pipeline, "أعلنت شرطة كركوك، اليوم الأحد، اعتقال ثلاثة عناصر من داعش كانوا يخططون لتفجير "
                               "عبوات ناسفة في سوق المدينة.\nوأضاف البيان أن المتهمين كانوا ينوون تفجير العبوات في "
                               "العاشر من آذار.", published="2019-03-03")
    planned = [e for e in events if e.status == "planned"]
    assert [(e.date.start, e.date.end) for e in planned] == [("2019-03-10", "2019-03-10")]


def test_an_operation_resulting_in_an_arrest_after_a_comma_is_the_arrest(pipeline):
    # the operation's day and place, told before the comma, are those of the arrest it resulted in
    (event,) = _events(pipeline, "وأوضح البيان أن قوة من الشرطة نفذت، مساء أمس السبت، عملية نوعية في ناحية "
                                 "الحسينية، أسفرت عن القبض على شخصين.", published="2022-05-08")
    assert event.sub_event_type == "Arrests"


def test_the_blast_told_of_a_controlled_detonation_keeps_its_type(pipeline):
    # "التفجير" after a controlled detonation, with no one hurt, is that detonation told again, not a bombing
    events = _events(pipeline, "أعلنت مديرية شرطة ديالى، صباح اليوم الخميس، أن فريقاً من خبراء المتفجرات نفذ تفجيراً "
                               "مسيطراً عليه لعبوة ناسفة عثر عليها قرب مدرسة في قضاء بعقوبة.\nوأضافت أن التفجير لم "
                               "يسفر عن أضرار في المباني المجاورة.", published="2023-02-09")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_pluperfect_day_does_not_date_the_next_sentence(pipeline):
    # "كان قد خطفه ... مساء الخميس الماضي" dates the abduction recalled; the arrest told next goes on with the news
    # of the sentence's other day (the rescue this morning)
    events = _events(pipeline, "تمكنت قوة من شرطة بابل، صباح اليوم الأحد، من تحرير طفل كان قد خطفه مسلحان مجهولان "
                               "مساء الخميس الماضي من أمام مدرسته في مدينة الحلة.\nوأوضحت الشرطة أن القوة داهمت "
                               "بستاناً في أطراف الناحية وألقت القبض على الخاطفين.", published="2022-05-08")
    dates = {e.sub_event_type: e.date.start for e in events}
    assert dates == {"Abduction/forced disappearance": "2022-05-05", "Arrests": "2022-05-08"}


def test_force_on_a_crowd_told_rioting_in_its_clause_is_the_riot(pipeline):
    # the crowd dispersed had set a building on fire: force used on rioters is the violent demonstration (ACLED),
    # as when the riot is told in a clause of its own
    (event,) = _events(pipeline, "أطلقت قوات الشرطة النار، مساء أمس، لتفريق متظاهرين أحرقوا مبنى مجلس المحافظة في "
                                 "الكوت، ما أدى إلى مقتل شاب.", published="2021-05-11")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Violent demonstration", "rioters", "iraq-police")


def test_arabic_defences_downing_a_drone_tell_the_drone_strike(pipeline):
    # as in English: the state's defences stopping a drone sent at them tell that attack, the defenders hit; the day
    # may stand between the verb and the drone
    (event,) = _events(pipeline, "أعلنت قيادة العمليات المشتركة أن الدفاعات الجوية للتحالف الدولي أسقطت، مساء أمس "
                                 "الأحد، طائرة مسيرة مفخخة قرب قاعدة عين الأسد في الأنبار.", published="2023-11-06")
    assert (event.sub_event_type, event.actor1, event.actor2.id) == ("Air/drone strike", None, "coalition")
    # a rebel group downing a state's drone disrupts its use
    (event,) = _events(pipeline, "أسقط مسلحو حزب العمال الكردستاني، صباح اليوم، طائرة مسيرة تركية قرب قضاء العمادية "
                                 "في دهوك.", published="2023-11-06")
    assert event.sub_event_type == "Disrupted weapons use"


def test_driving_off_with_a_cargo_is_looting(pipeline):
    # what armed men drove off with is goods, not people: looting, no abduction
    (event,) = _events(pipeline, "Armed men stopped a lorry on the road north of Baiji on Tuesday and drove off with "
                                 "its cargo of flour, police said.", published="2021-03-03")
    assert event.sub_event_type == "Looting/property destruction"


def test_buildings_destroyed_in_a_strikes_result_are_the_strike(pipeline):
    # "ما أدى إلى مقتل ... وتدمير مضافتين": what the strike destroyed, after its dead, is no event of its own
    (event,) = _events(pipeline, "وفجر اليوم الأحد، وجهت طائرات القوة الجوية ضربات على أوكار في أطراف قضاء الدبس، ما "
                                 "أدى إلى مقتل ثلاثة إرهابيين وتدمير مضافتين وعجلة.", published="2022-05-08")
    assert event.sub_event_type == "Air/drone strike"


def test_an_arabic_road_named_for_a_nahiya_runs_through_it(pipeline):
    # "طريق اليوسفية": a road named for a nahiya or village alone lies in it; one named for a city ("طريق بغداد")
    # is where it goes, and the dateline's town stays
    (event,) = _events(pipeline, "الحلة – انفجرت عبوة ناسفة صباح اليوم الأحد على طريق اليوسفية، ما أدى إلى إصابة سائق "
                                 "شاحنة بجروح.", published="2022-05-08")
    assert event.location.admin2 == "Al-Mahmoudiya"
    (event,) = _events(pipeline, "الحلة – انفجرت عبوة ناسفة صباح اليوم الأحد على طريق بغداد، ما أدى إلى إصابة سائق "
                                 "شاحنة بجروح.", published="2022-05-08")
    assert event.location.admin2 == "Al-Hilla"


def test_verbal_noun_spelled_as_its_past_verb_opening_the_clause_is_the_verb(pipeline):
    # "خطف" is listed as the verbal noun; opening its clause with its subject right after it, it is the past verb,
    # and the named doer makes the abduction a record though no place or day is told
    (event,) = _events(pipeline, "وخطف مسلحون مجهولون ثلاثة مهندسين من موقع عملهم.", "2007-03-10")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1.id == "unidentified-gunmen"
    # governed by a word before it, the same form is the noun: an abduction talked about, no record
    assert not _events(pipeline, "وحذر المسؤول من خطف مسلحين مهندسين في المنطقة.", "2007-03-10")


def test_event_noun_after_verb_and_subject_takes_the_subject_as_doer(pipeline):
    # "زرع مجهولون عبوة": the noun is the object of the past verb before its subject; the named doer makes it a record
    (event,) = _events(pipeline, "وزرع مجهولون عبوة ناسفة تحت سيارة أحد القضاة.", "2007-05-02")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.id == "unidentified-gunmen"
    # a present verb tells a habit: no record
    assert not _events(pipeline, "ويزرع مجهولون عبوات ناسفة تحت سيارات القضاة.", "2007-05-02")


def test_verb_after_a_conjunction_of_time_opens_its_clause(pipeline):
    # "بعدما شن مسلحون هجوما": after "when/after" the clause opens on its past verb, its subject the doer
    events = _events(pipeline, "وغادر الموظفون المبنى بعدما شن مسلحون هجوما على بوابته الرئيسية.", "2007-05-02")
    assert [(e.sub_event_type, e.actor1.id) for e in events] == [("Armed clash", "unidentified-gunmen")]


def test_a_named_target_that_came_under_attack_is_a_record(pipeline):
    # "قافلة ... تعرضت لإطلاق نار": the target named as the subject of the past "was subjected to" makes it a report
    (event,) = _events(pipeline, "وذكر المتحدث أن قافلة إغاثة تعرضت لإطلاق نار كثيف.", "2007-08-01")
    assert event.event_type == "Battles"
    (event,) = _events(pipeline, "وتعرض منزل القاضي لهجوم مسلح.", "2007-08-01")
    assert event.event_type in ("Battles", "Violence against civilians")
    # the verbal noun after a word that governs it, and a relative clause, tell no report
    assert not _events(pipeline, "ورغم تعرض الحي لقصف متواصل بقي السكان في بيوتهم.", "2007-08-01")
    assert not _events(pipeline, "وزار الوفد الحي الذي تعرض لقصف عنيف.", "2007-08-01")


def test_a_government_that_shells_or_attacks_in_verb_subject_order_does_it_with_words(pipeline):
    # the verb-subject rules take an armed group or a state's forces as the doer, not a government or its head
    assert not _events(pipeline, "وقصف رئيس الوزراء خصومه بتصريحات نارية.", "2007-05-02")
    assert not _events(pipeline, "وشن رئيس الوزراء هجوما على معارضيه في البرلمان.", "2007-05-02")
    (event,) = _events(pipeline, "وقصف الجيش مواقع للمتمردين.", "2007-05-02")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_bare_attack_a_named_person_came_under_needs_an_armed_cue(pipeline):
    # "تعرض الوزير لهجوم من الصحف": a bare "attack" with no weapon, fire or armed doer told with it is words
    assert not _events(pipeline, "وتعرض الوزير لهجوم من الصحف المستقلة.", "2007-08-01")
    (event,) = _events(pipeline, "وتعرض الوزير لهجوم من مسلحين.", "2007-08-01")
    assert event.event_type in ("Battles", "Violence against civilians")


def test_a_pluperfect_in_a_relative_clause_on_a_later_noun_is_that_noun_s_history(pipeline):
    # "الحافلة التي كانت قد نقلت": the pluperfect tells the bus's past, not the shooting's
    events = _events(pipeline, "وأفاد شهود أن مسلحين أطلقوا النار على ركاب الحافلة التي كانت قد توقفت عند الحاجز.",
                     "2007-06-01")
    assert [e.event_type for e in events] in (["Battles"], ["Violence against civilians"])
    # on the event word itself it is the event's own history
    assert not _events(pipeline, "وقال إن الاشتباك الذي كان قد اندلع بين العشيرتين انتهى بصلح.", "2007-06-01")


def test_a_verb_s_object_after_a_subject_with_a_phrase_of_origin(pipeline):
    # "أطلق مسلحون من جنوب القطاع صاروخين": the subject's "from ..." stands between the verb's subject and object
    (event,) = _events(pipeline, "وأطلق مسلحون من جنوب القطاع صاروخين على بلدة حدودية.", "2007-06-15")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.id == "unidentified-gunmen"


def test_the_instrument_of_an_attack_a_target_came_under(pipeline):
    # "وتعرض مركز الشرطة لهجوم بسيارة مفخخة": the car bomb told with بـ after the attack is what the target came under
    (event,) = _events(pipeline, "وتعرض مركز الشرطة لهجوم بسيارة مفخخة.", "2007-06-15")
    assert event.event_type == "Explosions/Remote violence"


def test_a_passive_killing_with_its_doer_named_by_a_word_of_agency(pipeline):
    # "خطف المهندس على يد مسلحين": the passive with its doer named after it states the deed as the active verb does
    (event,) = _events(pipeline, "وقال أقارب الضحايا إن ثلاثة صيادين استشهدوا برصاص الجيش الاسرائيلي.", "2007-06-15")
    assert event.event_type in ("Violence against civilians", "Battles")
    # what befell a man named in a relative clause is recalled, not news
    assert not _events(pipeline, "وكان الكاتب الذي اغتيل برصاص مسلحين يكتب في الصحيفة منذ عشرين عاما.", "2007-06-15")


def test_fire_returned_keeps_a_clash_with_men_read_as_civilians(pipeline):
    # the men who fired first are read as civilians (drivers); fire returned tells two armed sides: a clash, no
    # one-sided attack
    text = ("NASIRIYAH - Two truck drivers fired on a police checkpoint near Suq al-Shuyukh on Tuesday night and the "
            "officers returned fire, killing one of the drivers, police said.")
    events = _events(pipeline, text, published="2023-03-15")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_a_deed_told_minutes_later_is_an_event_of_its_own(pipeline):
    # a sentence opening on a later time of the story ("Minutes later, ...") tells a deed of its own, dated by the
    # story's day, not more of the blast told before it
    text = ("KIRKUK - A roadside bomb wounded two soldiers on a farm road near Daquq on Sunday, the army said. "
            "Minutes later, militants attacked an army post on the edge of the town with machine guns.")
    events = _events(pipeline, text, published="2021-04-12")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Remote explosive/landmine/IED"]
    assert {e.date.start for e in events} == {"2021-04-11"}


def test_damage_told_passive_after_a_strike_is_no_event_of_its_own(pipeline):
    # shops burned and destroyed in the shelling told before: what the shelling did, no destruction of property
    text = ("DUHOK - Turkish artillery shelled the outskirts of Batifa on Friday afternoon, wounding a shepherd, "
            "local officials said. A mayor said two people were hurt and that two shops in Batifa were destroyed.")
    events = _events(pipeline, text, published="2022-05-14")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_deeds_listed_after_including_a_series_of_incidents_are_no_events(pipeline):
    # "including torched campaign tents" names a kind of the incidents logged, undated: no riot of its own
    text = ("BAGHDAD: A grenade thrown at a candidate's house in Abu Ghraib wounded two guards on Monday, police said. "
            "Monitors say they have logged a run of incidents aimed at candidates, including torched campaign tents, "
            "though none as serious as past elections.")
    events = _events(pipeline, text, published="2025-10-21")
    assert [e.sub_event_type for e in events] == ["Grenade"]


def test_a_rumour_denied_in_the_next_sentence_is_a_denied_event(pipeline):
    # what videos on social media showed is no news, but the denial that answers it makes it a denied event
    text = ("SAMAWAH - Videos posted on social media on Saturday night appeared to show gunmen in police uniform "
            "abducting a shepherd from his tent near Salman. A spokesman for Muthanna police denied this on Sunday.")
    (event,) = _events(pipeline, text, published="2023-03-13")
    assert (event.sub_event_type, event.status) == ("Abduction/forced disappearance", "denied")
    assert event.date.start == "2023-03-11"
    # with no denial after it, the rumour stays no event
    assert not _events(pipeline, text.split(" A spokesman")[0], published="2023-03-13")


@pytest.mark.parametrize("text", [
    "ERBIL - The regional finance ministry said on Sunday that salaries for civil servants in Duhok would be "
    "released next week.",
    "ERBIL - Baghdad released the salaries of public employees in Duhok on Sunday, the ministry said.",
])
def test_money_released_is_no_release_of_captives(pipeline, text):
    assert not _events(pipeline, text, published="2023-03-13")


def test_captives_released_stay_an_event_beside_a_civil_matter_elsewhere(pipeline):
    text = ("MOSUL - Gunmen released two kidnapped merchants in Mosul on Sunday after their families paid, police "
            "said.")
    assert _events(pipeline, text, published="2023-03-13")


def test_men_on_a_motorcycle_are_unidentified_gunmen(pipeline):
    text = ("BASRA - Two men on a motorcycle shot a pharmacist outside his shop in Basra's Jumhuriya district on "
            "Monday night, police said.")
    (event,) = _events(pipeline, text, published="2023-03-15")
    assert event.actor1.id == "unidentified-gunmen"


def test_a_year_naming_another_event_noun_does_not_date_the_deed(pipeline):
    # "the 2019 protest movement" names the protests of 2019: the killing is Monday's, news
    text = ("AMARAH - Gunmen shot dead a lawyer, a veteran of the 2019 protest movement, outside his office in Amarah "
            "on Monday night, police said.")
    (event,) = _events(pipeline, text, published="2023-03-15")
    assert (event.sub_event_type, event.date.start) == ("Attack", "2023-03-13")


def test_several_times_right_after_the_verb_counts_shots_not_a_habit(pipeline):
    # "shot several times" counts the shots of one deed; "from time to time" elsewhere still tells a habit
    (event,) = _events(pipeline, "HILLA - A shop owner was shot several times outside his store in central Hilla, "
                                 "police said.", published="2023-03-15")
    assert event.sub_event_type == "Attack"


def test_a_protest_word_naming_a_person_s_kind_is_no_protest(pipeline):
    # "a protest activist" is an activist of the protests: no protest told, nor force used on one
    text = ("(Geneva) - Iraqi authorities should investigate the killing of a prominent protest activist in Basra, "
            "the rights group said today.")
    assert not [e for e in _events(pipeline, text, published="2023-03-15") if e.event_type == "Protests"]


def test_the_day_a_witness_spoke_by_phone_does_not_date_the_deed(pipeline):
    text = ("KIRKUK - Gunmen killed a village mukhtar outside his house near Hawija late on Sunday, officials said. "
            "His brother, speaking by phone on Tuesday, said two masked men opened fire on the mukhtar as he opened "
            "the gate.")
    (event,) = _events(pipeline, text, published="2023-03-15")
    assert event.date.start == "2023-03-12"


def test_a_group_s_origin_told_in_a_relative_clause_is_no_change_of_the_day(pipeline):
    # "cells that broke away from Islamic State" describes the cells: no split told as news
    text = ("RAMADI - An Iraqi air strike killed four men near Rutba on Tuesday, the army said. Officers called the "
            "dead members of a \"sleeper network\", a name they use for Anbar cells that broke away from Islamic State.")
    events = _events(pipeline, text, published="2023-03-15")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_toll_lead_dated_by_its_later_telling_stays_apart_from_the_next_day_s_bombing(pipeline):
    # the lead's day is the toll's (Saturday); joined with "went off ... on Thursday" it is dated by the text, and
    # Friday's suicide bombing is another event
    text = ("KIRKUK (Reuters) - The death toll from a bombing at a market in Kirkuk rose to 12 on Saturday, police "
            "said. The bomb went off near the fruit stalls on Thursday evening. On Friday a suicide bomber killed a "
            "police colonel at a checkpoint in the city, officials said.")
    events = _events(pipeline, text, published="2023-03-19")
    assert sorted((e.sub_event_type, e.date.start) for e in events) == [
        ("Remote explosive/landmine/IED", "2023-03-16"), ("Suicide bomb", "2023-03-17")]


def test_a_battle_named_is_no_clash(pipeline):
    # معركة on its own names a campaign or a figure of speech (weight 1, like حرب): "the battle for Ramadi",
    # "the real battle is one of information"; a clash is told with its fighting words
    assert not _events(pipeline, "وشدد الوزير على أن القوات أنهت استعداداتها لمعركة تلعفر بانتظار ساعة الصفر.")
    assert not _events(pipeline, "ورأى المحلل أن المعركة المقبلة مع الفساد أصعب من أي مواجهة أخرى.")
    assert not _events(pipeline, "وطالب النواب بمحاسبة المقصرين خلال معركة بيجي.")
    assert not _events(pipeline, "وأيد البرلمان أمس مشاركة متطوعي العشائر في معركة استعادة القائم.")


def test_suspects_caught_are_no_weapons_seizure(pipeline):
    # ضبطوا unvocalised is also the passive ضُبطوا ("they were caught"), told of the people an arrest took, not of
    # weapons seized: weight 1, so alone it makes no Disrupted weapons use
    for text in ("وأوضح أن المعتقلين ضُبطوا داخل منزل في حي الأندلس بالفلوجة، وأن التحقيق معهم مستمر.",
                 "وقال الضابط إن الموقوفين ضبطوا في سوق مدينة الرمادي، وإنهم اعترفوا بالانتماء إلى التنظيم."):
        assert all(e.sub_event_type != "Disrupted weapons use" for e in _events(pipeline, text))


def test_a_captive_released_is_no_protest_and_no_event_of_its_own(pipeline):
    # "ناشط مدني بارز في تظاهرات ...": the protests describe the activist (described_noun), no protest told; his
    # release, in the sentence that tells his abduction, is how the abduction ended, no Other of its own
    events = _events(pipeline, "أُطلق سراح ناشط مدني بارز في تظاهرات ساحة الحبوبي، صباح أمس الأحد، بعد ثلاثة أيام من "
                               "اختطافه على أيدي ملثمين يستقلون سيارة بيضاء، اعترضوا طريقه قرب جسر النصر وسط الناصرية "
                               "مساء الخميس، واقتادوه إلى جهة مجهولة.", "2020-08-17")
    kinds = {e.sub_event_type for e in events}
    assert "Abduction/forced disappearance" in kinds
    assert "Other" not in kinds and not any(e.event_type == "Protests" for e in events)


def test_attackers_burning_the_place_they_stormed_is_part_of_the_attack(pipeline):
    # the burning told in the next sentence by the same gunmen, on the day of their attack, is how it went on
    events = _events(pipeline, "هاجم مسلحون مجهولون فجر اليوم مركز شرطة ناحية العباسي غربي كركوك واشتبكوا مع عناصره "
                               "ساعتين، ما أدى إلى مقتل شرطيين. وقال مصدر في الشرطة إن المسلحين أضرموا النار في المركز "
                               "قبل انسحابهم.", "2022-03-02")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_not_yet_done_is_no_denied_event(pipeline):
    # "لم تحرر بعد", "have not yet been retaken": the deed is not done, no report of it is denied
    assert not _events(pipeline, "وقال مسؤول محلي إن أحياء في الجانب الأيمن من الموصل لم تحرر بعد، والمعارك مستمرة فيها.")
    assert not _events(pipeline, "An official said that parts of western Mosul have not yet been retaken by the army.")


def test_a_sentence_opened_on_the_pluperfect_goes_on_with_history(pipeline):
    # the verb joined by و in the later clause goes on telling the history the sentence opened with
    assert not _events(pipeline, "وكان مسلحو التنظيم قد فجروا الجسر خلال سيطرتهم على المدينة، ونهبوا محتويات المستشفى.",
                       "2019-01-13")


def test_a_second_and_in_of_a_charge_is_part_of_it(pipeline):
    # "متورطون في اغتيال ناشطين ...، وفي زرع عبوات ناسفة": the bombs are the second count of the charge, no event
    assert not _events(pipeline, "وأضاف البيان أن الموقوفين متورطون في اغتيال ناشطين في حي الجمهورية، وفي زرع عبوات "
                                 "ناسفة على طريق المطار في البصرة.")


def test_a_lead_summing_up_two_incidents_keeps_them_apart_and_whole(pipeline):
    # the bomb told again with no place of its own is the Hawija one (the place of the last bomb told), not Daquq
    # where the lead's other incident was; and the shooting told later "as a separate incident" is separate from the
    # bomb, not from the lead that summed it up: two events
    text = ("أفاد مصدر أمني في محافظة كركوك، اليوم الأحد، بإصابة فلاح بانفجار عبوة ناسفة في أطراف قضاء الحويجة، فيما "
            "قُتل سائق أجرة برصاص مسلحين وسط داقوق. وقال المصدر إن العبوة انفجرت على الفلاح عصر أمس السبت أثناء عمله "
            "في حقله. وفي حادث منفصل، أطلق مسلحان يستقلان دراجة نارية، مساء أمس، النار على سائق الأجرة في سوق داقوق، "
            "ما أدى إلى مقتله.")
    events = _events(pipeline, text, "2020-09-13")
    assert [(e.sub_event_type, e.location.admin2) for e in events] == [
        ("Remote explosive/landmine/IED", "Al-Hawiga"), ("Attack", "Daquq")]


def test_most_of_those_counted_is_the_tally_not_an_event(pipeline):
    # "معظم تلك العجلات دمرت" right after a tally of car bombs: what the tally counted, no event of its own
    text = ("كشف المتحدث أن التنظيم أرسل أكثر من خمسين عجلة مفخخة ضد القوات منذ انطلاق العمليات في الرابع من كانون "
            "الثاني وحتى تحرير مركز قضاء تلعفر في 24 يناير. وأضاف أن معظم تلك العجلات دمرت قبل وصولها إلى أهدافها "
            "بفضل طيران الجيش.")
    assert not _events(pipeline, text, "2017-02-02")


def test_the_day_of_a_burial_does_not_date_the_killing(pipeline):
    # "اغتيل برصاصتين ودفن صباح الاثنين": Monday is the burial's (a later deed, `later_clause`), not a second killing's
    text = ("أطلق مسلحان النار على مختار قرية في أطراف قضاء الخالص مساء الأحد الماضي ثم فرا إلى البساتين. لم يكن الرجل "
            "منتسباً في أي جهاز أمني. اغتيل برصاصتين في صدره ودفن صباح الاثنين في مقبرة القرية.")
    events = _events(pipeline, text, "2024-01-10")
    assert [e.date.start for e in events] == ["2024-01-07"]


def test_an_infiltration_foiled_with_its_day_between_is_a_clash(pipeline):
    # "أحبطت، فجر اليوم الأحد، محاولة تسلل": the phrase "أحبطت محاولة تسلل" (a clash) with the day told inside it
    (event,) = _events(pipeline, "أفاد مصدر أمني بأن قوات حرس الحدود في قاطع القائم أحبطت، فجر اليوم الأحد، محاولة "
                                 "تسلل نفذتها مجموعة من عناصر داعش قادمة من الأراضي السورية.", "2021-05-02")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "iraq-border-guards", "isis")


def test_strikes_in_the_plural_over_several_governorates_with_no_day_are_a_summary(pipeline):
    # "بضربات ... في بغداد وبابل والأنبار" with no day: many deeds summed up, no one event; with its day, an event
    assert not _events(pipeline, "ردّت واشنطن بضربات دقيقة استهدفت قادة ميدانيين في بغداد وبابل والأنبار.", "2024-02-18")
    assert _events(pipeline, "شنت طائرات تركية أمس غارات على مواقع في دهوك وأربيل.", "2024-02-18")


def test_a_drone_shot_down_by_air_defence_is_the_drone_attack(pipeline):
    # the gold files code the attack an air defence stopped, never the interception
    (event,) = _events(pipeline, "أعلنت قيادة العمليات المشتركة أن منظومة الدفاع الجوي في قاعدة عين الأسد أسقطت، فجر "
                                 "اليوم الأحد، طائرة مسيرة مفخخة حاولت استهداف القاعدة غربي الأنبار.", "2023-11-05")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None  # the side whose air defence shot it down is no sender


def test_weapons_found_where_the_strike_hit_are_what_it_left(pipeline):
    # the ground force that entered the site after the strike and found weapons and the bodies: the strike's aftermath
    text = ("أعلن مصدر في قيادة عمليات الأنبار، اليوم الأحد، أن طائرات القوة الجوية نفذت أمس غارات على مضافات لعناصر "
            "داعش في وادي حوران غربي الرطبة، ما أسفر عن مقتل خمسة إرهابيين. وأضاف المصدر أن قوة برية دخلت الموقع صباح "
            "اليوم وعثرت على أسلحة وأحزمة ناسفة وجثث المسلحين.")
    assert [e.sub_event_type for e in _events(pipeline, text, "2021-04-11")] == ["Air/drone strike"]


def test_qad_before_a_plural_past_verb_opening_with_ta_is_no_may(pipeline):
    # "وكان ... قد تظاهروا أمس": past plural ending in وا after قد is a pluperfect told with its own day, not "may
    # demonstrate" (a present verb after قد would end in ون); the subject is longer than the usual gap (r3, real 2015)
    (event,) = _events(pipeline, "وكان العشرات من سكان مدينة الناصرية في محافظة ذي قار قد تظاهروا أمس للمطالبة "
                                 "بتحسين الخدمات.")
    assert event.status == "occurred"
    assert event.event_type == "Protests"


def test_how_before_a_present_verb_tells_a_skill_not_a_deed(pipeline):
    # "يتعلم ... كيف يذبح": what a recruit learns to do, no attack told (r3, real 2015 corpus: an opinion column);
    # "كيف" before a past verb still tells what happened
    assert not _events(pipeline, "وفي الرقة يتعلم عناصر داعش الجدد كيف يذبحون الأسرى.")
    (event,) = _events(pipeline, "وروى شاهد عيان كيف قتل مسلحون ثلاثة مزارعين في قرية قرب بعقوبة أمس.")
    assert event.fatalities.best == 3


def test_bare_altayaran_is_the_air_force_not_aviation_square(pipeline):
    # "غارات نفذها الطيران التركي": الطيران alone is aviation; only "ساحة الطيران" is the Baghdad square (r3)
    (event,) = _events(pipeline, "قصفت المدفعية التركية أمس مواقع للمسلحين في شمال العراق غداة غارات نفذها الطيران التركي.")
    assert event.location is None or event.location.admin1_code != "IQ-BG"
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في ساحة الطيران وسط بغداد صباح اليوم.")
    assert event.location.place == "Tayaran Square"


def test_a_series_of_attacks_over_a_past_week_is_a_summary(pipeline):
    # "شهد الأسبوع الماضي مجموعة هجمات": many attacks summed over a week, no event of its own (r3, real 2015 corpus)
    assert not _events(pipeline, "وشهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية نسبت إلى المقاتلين الأكراد.",
                       published="2015-07-31")


def test_a_share_of_ground_retaken_is_a_running_tally(pipeline):
    # "تحرير 95 في المائة من أراضي ...": how much of an area a campaign has won, no event of one day (r3, real 2015);
    # English "retaken 80 percent of the province" likewise
    assert not _events(pipeline, "وقال قائد البيشمركة إن قوات البيشمركة تمكنت من تحرير 95 في المائة من أراضي قضاء "
                                 "مخمور من داعش.", published="2015-07-31")
    assert not _events(pipeline, "The army has retaken 80 percent of the province, the minister said.",
                       published="2015-07-31")


def test_burning_people_to_death_on_a_pretext_is_an_attack_on_them(pipeline):
    # "أحرقوا ثلاثة شبان حتى الموت بدعوى زرعهم عبوة ناسفة": the bomb is the pretext (`accusation` بدعوى), and burning
    # that kills is violence against people, not property destruction (r3, real 2015 corpus)
    (event,) = _events(pipeline, "وقالت مصادر محلية إن مسلحين أحرقوا ثلاثة شبان حتى الموت في قرية قرب المقدادية "
                                 "بدعوى زرعهم عبوة ناسفة.", published="2015-07-31")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities.best == 3


def test_the_state_force_announcing_a_foiling_did_it(pipeline):
    # "أعلنت وزارة الداخلية البحرينية عن إحباط عملية تهريب ... كان ينتوي الإرهابيون إدخالها": the ministry foiled it,
    # the militants named after the word are the side foiled (r3, real 2015 corpus)
    (event,) = _events(pipeline, "أعلنت وزارة الداخلية البحرينية اليوم عن إحباط عملية تهريب لمواد متفجرة وأسلحة "
                                 "وذخائر مصدرها إيران كان ينتوي الإرهابيون إدخالها إلى المملكة عن طريق البحر.",
                       published="2015-07-27")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.id == "bahrain-forces"


def test_dividing_the_nation_disperses_no_crowd(pipeline):
    # "تفريق الأمة" is dividing a nation (`figurative`), not the dispersal of a protest (r3, real 2015 op-ed)
    assert not _events(pipeline, "وتعمل جهات خارجية على تفريق الأمة الإسلامية في بغداد أمس.", published="2015-08-09")


def test_a_toll_in_a_result_clause_after_a_recalled_dated_attack_is_that_attacks(pipeline):
    # "... العملية الانتحارية التي وقعت في 20 يوليو في بلدة سروج، وأدت إلى مقتل 32": the clause opened by the result
    # link goes on telling the recalled bombing; its dead are no toll of the "war" told before (r3, real 2015 corpus)
    assert not _events(pipeline, "وقد أطلق الرئيس «حربا على الإرهاب»، تستهدف المتمردين كما تنظيم داعش المتهم بالوقوف "
                                 "خلف العملية الانتحارية التي وقعت في 20 يوليو في بلدة سروج، وأدت إلى مقتل 32 من "
                                 "الناشطين الشبان.", published="2015-08-02")


def test_bombs_a_thing_is_rigged_with_are_no_blast(pipeline):
    # "سيارات مجهزة بعبوات ناسفة" (`equipped`): what the struck hideout held, beside the air sorties that tell the
    # deed; no roadside bomb (r3, real 2015 corpus)
    (event,) = _events(pipeline, "وعن نشاط الطيران، أفادت الخلية بأن طيران التحالف نفذ 15 طلعة جوية على قواطع "
                                 "العمليات، أسفرت عن مقتل 24 مسلحا، وتدمير 4 مركبات، و3 مواقع، ومخبأ كبير بداخله "
                                 "سيارات مجهزة بعبوات ناسفة في منطقة الصقلاوية.", published="2015-07-20")
    assert event.sub_event_type == "Air/drone strike"


def test_a_definite_mention_with_its_own_district_and_toll_is_another_incident(pipeline):
    # "الطيران الحربي ... في بيجي، وقتل ستة" after a killing placed only by a landmark ("شمال شرق بغداد") with another
    # toll: its own incident, not that killing told again (r3, real 2015 corpus)
    events = _events(pipeline, "قالت مصادر في محافظة ديالى شمال شرق بغداد إن مسلحين أحرقوا ثلاثة شبان حتى الموت أمس. "
                               "وأشار البيان إلى أن الطيران الحربي قصف مركبات تطلق الصواريخ على القوات الأمنية في "
                               "بيجي، وقتل ستة إرهابيين.", published="2015-07-20")
    assert sorted(e.fatalities.best for e in events) == [3, 6]


def test_plural_raids_over_a_week_with_no_place_or_toll_are_a_summary(pipeline):
    # "وشنت غارات ... هذا الأسبوع": the week's raids summed up, no town and no toll: no one event (r3, real 2015)
    assert not _events(pipeline, "وغيرت أنقرة من موقفها هذا الأسبوع وفتحت قواعدها الجوية للتحالف وشنت غارات بدورها "
                                 "على تنظيم داعش.", published="2015-07-29")


def test_destruction_that_kills_armed_men_is_no_attack_on_civilians(pipeline):
    # the Attack reading of deadly destruction (r3) is for people hit, not a group's fighters killed in operations
    events = _events(pipeline, "وأكد المصدر مقتل 52 عنصرا من داعش وتدمير تسعة مستودعات للأسلحة بعمليات عسكرية نفذت "
                               "أمس في منطقة حصيبة غربي الأنبار.", published="2015-08-08")
    assert all(e.sub_event_type != "Attack" for e in events)


def test_a_heart_attack_is_no_attack(pipeline):
    # "died of a heart attack": an illness, no attack on the man
    assert _events(pipeline, "Mourners in Basra on Friday buried the poet Salim Hadi, who died of a heart attack "
                             "at his home aged 71.", published="2022-03-05") == ()


def test_monthly_casualty_figures_are_a_tally(pipeline):
    # a monitor's monthly figures, and the break-down in the next sentence, are a tally, not an event of the day
    text = ("At least 412 Iraqis were killed and 690 wounded in violence during March, according to casualty "
            "figures published by the UN mission on Wednesday. The number of police officers killed was 57.")
    assert _events(pipeline, text, published="2015-04-01") == ()


def test_an_advisory_field_dates_its_incident_in_figures(pipeline):
    # "Date: 21/06/2022" in an NGO advisory's fields is the incident's day (day first), not a score
    text = ("SECURITY NOTE\nIncident: Rocket impact\nDate: 21/06/2022\nLocation: Shatra, Dhi Qar governorate\n"
            "Details: A rocket landed near a police station. One policeman wounded.")
    (event,) = _events(pipeline, text, published="2022-06-23")
    assert event.date.start == "2022-06-21"


def test_a_monthly_report_break_down_by_governorate_is_a_tally(pipeline):
    # "with 120 civilians killed" in the sentence after a monthly report: the period's figure for one governorate
    text = ("At least 412 Iraqis were killed and 690 wounded in violence during March, according to casualty "
            "figures published by the UN mission today. Nineveh was the worst hit province, with 120 civilians "
            "killed, followed by Anbar.")
    assert _events(pipeline, text, published="2015-04-01") == ()


def test_attacks_compared_with_other_places_are_no_event(pipeline):
    # "more attacks than": a comparison of how often, no attack told
    assert _events(pipeline, "Tuz Khurmatu has suffered more bombings than almost any town in Salahuddin, and "
                             "residents say the wounds have not healed.", published="2018-02-11") == ()


def test_threats_received_are_no_event(pipeline):
    # candidates who "received death threats": no event an analyst codes (the attack, if one comes, is)
    assert _events(pipeline, "Candidates in Babylon received death threats on Saturday and asked the police for "
                             "protection, the electoral commission said.", published="2021-09-26") == ()


def test_nothing_recorded_is_no_denial(pipeline):
    # "had not recorded any attack": a log with nothing in it, no report denied
    assert _events(pipeline, "Police in Tal Afar said they had not recorded any attack on the villages since the "
                             "leaflets appeared.", published="2023-08-03") == ()


def test_every_bombing_is_bombings_in_general(pipeline):
    # "every bombing that hits a market deepens the rift": a deed of a kind, told as what such deeds do
    assert not _violent_told(pipeline, "وكل تفجير يهز حيا سكنيا في الموصل يعمق جراح أهلها.")
    # "all" before the people hit is no generic deed
    assert _violent_told(pipeline, "وقتل كل ركاب الحافلة بانفجار عبوة ناسفة في الموصل أمس.")


def test_self_restraint_prestige_and_the_same_period(pipeline):
    # "called on the people of Basra to exercise self-restraint": no seizure
    assert not [e for e in _events(pipeline, "ودعا البيان أهالي البصرة إلى ضبط النفس وتفويت الفرصة على المتربصين.")
                if e.event_type == "Strategic developments"]
    # "the state regained its prestige in Basra": no ground regained
    assert not _events(pipeline, "وقال المحافظ إن «الدولة استعادت هيبتها في الناصرية» بعد أشهر من الفوضى.")
    # a toll over the same span as a monthly tally is a second tally
    text = ("أعلنت الوزارة أن 900 مدني قتلوا خلال شهر أيار الماضي في أعمال العنف. "
            "وأضافت أن 80 جنديا قتلوا أيضا خلال الفترة نفسها في الموصل.")
    assert not _violent_told(pipeline, text)


def test_national_reconciliation_is_a_policy_no_agreement(pipeline):
    # an op-ed's call for national reconciliation: no agreement between two sides
    assert not _events(pipeline, "والمطلوب ليس المزيد من البيانات، بل مصالحة وطنية تطوي صفحة الماضي في الموصل.")


def test_a_short_football_report_is_sport(pipeline):
    # a three-sentence match report: the keeper hurt colliding with a striker is no attack
    text = ("سدد لاعب دهوك كرة قوية من خارج منطقة الجزاء استقرت في شباك الديوانية، لتنتهي المباراة بهدف نظيف. "
            "وأصيب حارس الديوانية بكسر في ساقه إثر اصطدامه بأحد المهاجمين، ونقل إلى المستشفى. "
            "وبهذا الفوز يقترب دهوك من لقب الدوري.")
    assert not _events(pipeline, text, published="2008-05-10")


def test_a_numbered_historic_battle_is_a_name(pipeline):
    # a book review recalling the second battle of Fallujah: no fight told
    assert not _events(pipeline, "ويخصص الكاتب فصلا كاملا لمعركة الفلوجة الثانية، التي يعدها الأعنف في الحرب.",
                       published="2008-02-10")


def test_an_annual_report_counts_foiled_attacks(pipeline):
    # a ministry's yearly report: 13 foiled attempts over the year are a tally, no seizure in May
    text = ("قالت وزارة داخلية إقليم كردستان في تقريرها السنوي إن الإقليم لم يشهد أي عملية تفجير خلال العام الماضي "
            "باستثناء تفجير مبنى المحافظة في دهوك في أيار، مؤكدة أن الأجهزة الأمنية أحبطت 13 محاولة لتنفيذ هجمات.")
    assert not [e for e in _events(pipeline, text, published="2008-06-10") if e.status == "occurred"]


def test_nothing_but_affirms_the_event(pipeline):
    # "the blast that shook Karrada last Thursday was nothing but a bloody message": the blast happened
    text = "لم يكن الانفجار الذي هز حي الكرادة في بغداد مساء الخميس الماضي إلا رسالة دامية إلى الحكومة."
    assert [e.status for e in _events(pipeline, text, published="2007-11-12")] == ["occurred"]
    # a plain negation still denies
    text = "ولم يقع أي انفجار في حي الكرادة في بغداد مساء الخميس الماضي."
    assert "occurred" not in [e.status for e in _events(pipeline, text, published="2007-11-12")]


def test_fighting_for_decades_is_history(pipeline):
    # "the Peshmerga fought the former regime for decades": no clash told
    assert not _events(pipeline, "وقال قائد اللواء في دهوك إن قوات البيشمركة قاتلت النظام السابق لعقود.")


def test_a_singular_verb_before_gunmen_is_a_bombing(pipeline):
    # Arabic puts a singular verb before its plural subject: فجر (dawn, as a noun) is the verb before مسلحون
    events = _events(pipeline, "فجر مسلحون صباح أمس جسرا حديديا في قضاء الشرقاط.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_attacks_past_a_clause_break_are_no_force_on_a_march(pipeline):
    # "angry marches went out in Najaf and Kufa, while churches came under attacks in the capital"
    text = "وخرجت تظاهرات غاضبة في النجف والكوفة، فيما تعرضت كنائس لهجمات في العاصمة."
    subs = [e.sub_event_type for e in _events(pipeline, text, published="2006-03-02") if e.event_type == "Protests"]
    assert subs == ["Peaceful protest"]


def test_condemned_indefinite_strike_told_with_its_day_is_news(pipeline):
    # s17 e1: "condemned on Thursday a drone strike that hit a car near Kalar on Tuesday night": an indefinite event
    # noun a condemnation names, told on by a relative clause with its own day, is the news itself (its type and
    # its day, not the condemnation's), and "the strike" told after it is the same strike
    text = ("The governor of Sulaimani condemned on Thursday an Iranian drone strike that hit a car near the town of "
            "Kalar on Tuesday night, killing two men. Tehran has not commented on the strike, which residents said "
            "targeted a farmer.")
    events = _events(pipeline, text, published="2021-06-10")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Air/drone strike", "2021-06-08")]


def test_toll_over_a_week_of_clashes_is_no_event(pipeline):
    # s17 e1: a toll counted over "a week of" deeds or "the past week" is a running total, no event of one day
    text = ("At least 40 people have been killed in a week of clashes between tribesmen in northern Basra, the "
            "provincial health office said on Monday.")
    assert not _events(pipeline, text)
    text = "Some 30 fighters have been killed in raids on villages near Hawija over the past week, officials said."
    assert not _events(pipeline, text)


def test_aid_to_displaced_people_is_no_displacement(pipeline):
    # s17 e1: "displaced" right after "to" or "among" (past a count at most) describes the people aid reached
    text = "Relief agencies delivered blankets and heaters to 4,500 displaced people in camps near Zakho last week."
    assert not _events(pipeline, text)
    text = "A charity handed out food parcels to displaced families in Amiriyat al-Falluja on Monday."
    assert not _events(pipeline, text)


def test_english_curfew_told_first_is_no_event(pipeline):
    # s17 e1: an English curfew is a precaution, no Strategic development, even when no violence was told before it
    text = "Authorities imposed a curfew in Tuz Khurmatu on Saturday night after a dispute over the local council."
    assert not _events(pipeline, text)


def test_held_when_a_riot_was_dispersed_are_the_riots(pipeline):
    # s17 e1: people held, with no agent named, when the crowd of a riot told just before was dispersed are part of
    # that riot's intervention, no arrest of their own
    text = ("Protesters set fire to the municipal building in Shatra on Friday afternoon. Riot police fired tear "
            "gas to disperse the crowd, and a dozen men were detained.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Violent demonstration"]


def test_owner_of_a_base_that_came_under_fire_is_hit(pipeline):
    # s17 e1: a force named as the owner of the site that is the subject of a passive event word ("A US base ... came
    # under rocket fire") was hit, it did not fire
    text = "A US base near Baghdad airport came under rocket fire late on Tuesday, the coalition said."
    events = _events(pipeline, text)
    assert [(e.actor1.id if e.actor1 else None, e.actor2.id if e.actor2 else None) for e in events] == \
        [(None, "us-forces")]


def test_group_an_analyst_advised_on_is_no_side(pipeline):
    # s17 e1: a group named after "on" in a "who" clause describing the victim is his field, not the killer
    text = ("Saad Kareem, a university lecturer who wrote widely on Islamic State, was shot dead outside his office in "
            "Basra on Sunday evening, police said.")
    events = _events(pipeline, text, published="2021-03-02")
    assert [(e.sub_event_type, e.actor1.id if e.actor1 else None) for e in events] == [("Attack", None)]


def test_definite_mention_with_no_place_dated_back_joins_the_report(pipeline):
    # s17 e1: "The attack on Saturday night ... also wounded" with no place of its own, a day before the report's day
    # that dated the first telling, is that attack's own day, not a second attack
    text = ("Three Peshmerga fighters were killed in an Islamic State attack in Garmiyan, officials said on Sunday. "
            "The attack on Saturday night also wounded two fighters.")
    events = _events(pipeline, text, published="2021-11-29")
    assert [(e.sub_event_type, e.date.start) for e in events] == [("Armed clash", "2021-11-27")]


def test_subject_of_had_been_kidnapped_is_the_victim(pipeline):
    # s17 e1: "had been kidnapped" is passive though its event word is the active "kidnapped": its subject was taken
    text = "A police officer had been kidnapped near Amarah on Monday night, a security source said."
    events = _events(pipeline, text, published="2021-10-12")
    assert [(e.actor1.id if e.actor1 else None, e.actor2.id if e.actor2 else None) for e in events] == \
        [(None, "iraq-police")]


def test_protest_threatened_on_a_condition_with_no_day_is_hypothetical(pipeline):
    # s17 e1: a protest with no day told as what will be done "if" something happens is a threat, not a plan
    text = "Teachers' unions in Nasiriyah said they would stage protests unless salaries are paid."
    assert [(e.sub_event_type, e.status) for e in _events(pipeline, text)] == [("Peaceful protest", "hypothetical")]


def test_reference_reaches_past_a_two_word_place_naming_the_event(pipeline):
    # s17 e1: "years after the Camp Speicher massacre": a place name of two words between the reference word's
    # article and the event word names the event referred to, as a one-word one does
    text = ("Seven years after the Camp Speicher massacre, in which militants shot hundreds of cadets near Tikrit, "
            "mothers are still waiting for answers.")
    assert not _events(pipeline, text, published="2021-06-14")


def test_a_rocket_attack_told_after_an_interception_is_no_controlled_detonation(pipeline):
    # only a bomb's blast, told again with no one hurt, is a controlled detonation: "the rocket attack" caused
    # no harm is the attack the defences met, not a foiled use of weapons
    events = _events(pipeline, "البصرة – استُهدف معسكر للجيش قرب ناحية سفوان، مساء أمس الأحد، بثلاثة صواريخ، "
                               "اعترضت الدفاعات الجوية اثنين منها، فيما سقط الثالث في أرض خالية.\nوأوضح مصدر أمني "
                               "أن الهجوم الصاروخي لم يسفر عن خسائر بشرية.", published="2022-03-07")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_qad_before_a_past_form_opening_on_ta_or_nun_is_no_may(pipeline):
    # قد before a past verb whose first letter is ن or ت ("نفذت", "تظاهروا") stresses a fact, it is no "may"
    events = _events(pipeline, "دهوك – وقد نفذت مقاتلات تركية مساء الخميس غارات على قرى في ناحية كاني ماسي تزامنت "
                               "مع قصف مدفعي، بحسب مسؤول محلي.", published="2022-03-12")
    assert [e.status for e in events] == ["occurred"]


def test_battles_urged_with_no_condition_are_no_feared_fight(pipeline):
    # the two named sides of a feared fight count only for a clash told in a condition: an order to bring tribesmen
    # into "battles to free their towns from ISIS" fears no fight
    events = _events(pipeline, "الرمادي – من جانبه أعلن الشيخ رئيس المجلس البلدي لناحية البغدادي عن إيعاز وزير "
                               "الدفاع بضرورة إشراك أبناء العشائر في معارك تحرير مدنهم من سيطرة تنظيم داعش الإرهابي "
                               "وتقديم المساعدات للعائلات النازحة.", published="2016-03-12")
    assert events == ()


def test_an_arrest_ambush_is_no_fight_for_the_bombings_the_men_confessed(pipeline):
    # the bombs the men caught confessed to planting are charges, no fighting beside the ambush laid for them
    events = _events(pipeline, "الناصرية – وأوضح البيان أن مفرزة أمنية نصبت كميناً للمتهمَين قرب سوق الشطرة أمس، "
                               "وتمكنت من اعتقالهما، مشيراً إلى أنهما اعترفا خلال التحقيق بزرع عبوات ناسفة.",
                     published="2021-03-12")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_hijri_day_told_right_after_a_counted_day_is_that_day(pipeline):
    # "مساء أمس الاثنين الرابع عشر من صفر 1446" with no الموافق between: the Hijri day is the same day, which the
    # computed calendar puts a day earlier; Monday, counted from publication, stands
    events = _events(pipeline, "النجف – فجّر مجهولون، مساء أمس الاثنين الرابع عشر من صفر 1446 للهجرة، عبوة ناسفة قرب "
                               "دورية للشرطة في قضاء الكوفة.", published="2024-08-20")
    assert [e.date.start for e in events] == ["2024-08-19"]


def test_the_deed_a_threat_answers_is_done(pipeline):
    # the strikes told after "إثر" past the threat are what it answers, done on Friday, not threatened
    (event,) = _events(pipeline, "وهدد الحزب بقطع الهدنة مع الحكومة إثر الضربات الجوية التي شنها الجيش الجمعة "
                                 "على معسكراته في العمادية.", published="2015-07-25")
    assert (event.status, event.sub_event_type, event.date.start) == ("occurred", "Air/drone strike", "2015-07-24")
    # the deed threatened itself stays hypothetical
    events = _events(pipeline, "وهدد التنظيم بشن هجمات على معسكرات الجيش في العمادية.", published="2015-07-25")
    assert all(e.status != "occurred" for e in events)


def test_a_delayed_operation_is_no_event(pipeline):
    # "the delay in the operations to liberate Baiji": an operation delayed or postponed has not happened
    assert _events(pipeline, "وتعزو المفوضية التأخير في عمليات تحرير مدينة بيجي إلى ضعف التنسيق.") == ()
    assert _events(pipeline, "وانتقد النائب تأخر عمليات تطهير قضاء الشرقاط.") == ()


def test_a_site_on_a_side_of_another_country_is_placed_there(pipeline):
    # "على معسكر زاركلي شمال العراق": a camp the gazetteer lacks, told on a side of Iraq, is in Iraq, not in the
    # Turkish capital the article was placed in before
    text = ("عقد الحزب اجتماعا في مقره بأنقرة أمس. وكانت الخارجية أعلنت أن تحقيقا بدأ بخصوص مقتل مدنيين في غارة "
            "جوية تركية شنت الجمعة على معسكر زاركلي شمال العراق.")
    (event,) = _events(pipeline, text, published="2015-07-25")
    assert (event.location.country, event.location.admin1) == ("Iraq", None)


def test_a_charge_of_cooperating_names_no_party(pipeline):
    # "بتهمة التعاون مع القوات الأمنية": the side the executed men were said to help is no side of the killing
    (event,) = _events(pipeline, "أعدم تنظيم داعش خمسة رجال بتهمة التعاون مع القوات الأمنية في الموصل.")
    assert (event.event_type, event.actor1.id, event.actor2.kind) == ("Violence against civilians", "isis", "Civilians")


def test_a_passive_toll_passes_an_aside_figure_and_a_killing_phrase(pipeline):
    # "were shot dead": the passive is the killing phrase; the part after "including" is no toll
    (event,) = _events(pipeline, "At least nine villagers, including three women, were shot dead by gunmen near "
                                 "Tuz Khurmatu on Sunday.", "2022-06-14")
    assert event.fatalities.best == 9
    # a figure set off after the subject is a part of the dead, not the toll
    (event,) = _events(pipeline, "Six men, three from each family, were killed on Monday when two tribes fought "
                                 "with rifles in a village near Amarah.", "2022-06-14")
    assert event.fatalities.best == 6
    # a long relative clause between the victim and "was killed"
    (event,) = _events(pipeline, "A shepherd who had gone back to his farm east of Tuz Khurmatu only days ago was "
                                 "killed on Monday when a roadside bomb went off near Kirkuk.", "2022-06-14")
    assert event.fatalities.best == 1


def test_martyrdom_of_counts_the_dead_after_it(pipeline):
    (event,) = _events(pipeline, "The ministry announced on Monday the martyrdom of three soldiers in an attack by "
                                 "ISIS gunmen on a checkpoint near Rutba.", "2022-06-14")
    assert event.fatalities.best == 3


def test_a_second_arabic_victim_joins_past_the_first_ones_unit(pipeline):
    # the first victim's unit told with "في" stands between him and "واثنان من مرافقيه"
    (event,) = _events(pipeline, "قُتل قيادي بارز في عصائب أهل الحق واثنان من مرافقيه، مساء الخميس، بضربة جوية "
                                 "استهدفت سيارتهم قرب مطار بغداد.", "2022-06-17")
    assert event.fatalities.best == 3


def test_a_second_arabic_victim_joins_before_the_wounded_clause(pipeline):
    # "وإصابة" opens the wounded's clause; the noun before it is a second dead
    (event,) = _events(pipeline, "سقطت قذيفة هاون على منزل في قضاء طوزخورماتو، ما أسفر عن مقتل رجل وطفله وإصابة "
                                 "أربعة آخرين.", "2022-06-14")
    assert event.fatalities.best == 2


def test_arabic_workers_and_a_director_carry_their_count(pipeline):
    (event,) = _events(pipeline, "قُتل عاملان وأصيب ثالث بهجوم مسلح على معمل للطابوق قرب قضاء الحويجة مساء "
                                 "الأحد.", "2022-06-14")
    assert event.fatalities.best == 2
    (event,) = _events(pipeline, "قتل مدير مدرسة بانفجار عبوة ناسفة وضعت أسفل سيارته في حي الجهاد غربي بغداد صباح "
                                 "الاثنين.", "2022-06-14")
    assert event.fatalities.best == 1


def test_an_arabic_toll_reaches_past_an_among_them_aside(pipeline):
    (event,) = _events(pipeline, "وقال مصدر أمني إن ستة أشخاص، بينهم اثنان من عناصر الحشد، قتلوا في اشتباكات مع "
                                 "مسلحين في قضاء المقدادية.", "2022-06-14")
    assert event.fatalities.best == 6


def test_a_singular_militant_told_later_is_the_other_sides_dead(pipeline):
    (event,) = _events(pipeline, "Three soldiers were killed when Islamic State militants attacked an army post near "
                                 "Tuz Khurmatu late on Sunday, officers said. One militant was killed in the exchange "
                                 "of fire, according to a local commander.", "2022-06-14")
    assert event.fatalities.best == 4


def test_died_tells_the_past_in_a_sentence_with_no_day(pipeline):
    (event,) = _events(pipeline, "Two policemen were killed when Islamic State militants attacked a checkpoint near "
                                 "Baiji late on Sunday, officers said. Three militants died in the exchange of fire, "
                                 "the officers said.", "2022-06-14")
    assert event.fatalities.best == 5


def test_a_list_of_three_groups_of_dead_counts_them_all(pipeline):
    # an English active verb's list, with and without the closing comma
    (event,) = _events(pipeline, "A car bomb killed two policemen, a soldier and three civilians near a market in "
                                 "Baquba on Monday.", "2022-06-14")
    assert event.fatalities.best == 6
    (event,) = _events(pipeline, "A car bomb went off near a market in Baquba on Monday, killing two policemen, a "
                                 "soldier, and three civilians.", "2022-06-14")
    assert event.fatalities.best == 6
    # a passive's list of subjects
    (event,) = _events(pipeline, "Four soldiers, two PKK fighters and one shepherd were killed in clashes near "
                                 "Amadiya on Monday.", "2022-06-14")
    assert event.fatalities.best == 7
    # an Arabic list joined by "و"
    (event,) = _events(pipeline, "قتل شرطيان وجندي وثلاثة مدنيين بانفجار سيارة مفخخة قرب سوق في بعقوبة صباح "
                                 "الاثنين.", "2022-06-14")
    assert event.fatalities.best == 6
    # a comma after the group that opens no list
    (event,) = _events(pipeline, "A car bomb killed two policemen, a police source said, in Baquba on Monday.",
                       "2022-06-14")
    assert event.fatalities.best == 2


def test_a_definite_singular_civilian_victim_is_one_dead(pipeline):
    (event,) = _events(pipeline, "أعلنت شرطة كركوك مقتل المزارع حسن علي بانفجار عبوة ناسفة قرب قرية تابعة لقضاء "
                                 "الحويجة صباح الأحد.", "2022-06-14")
    assert event.fatalities.best == 1


@pytest.mark.parametrize("text", [
    "Teachers' unions said on Sunday they would stage sit-ins in Kut and Diwaniyah on Wednesday to demand unpaid salaries.",
    "KUT - Teachers' unions said on Sunday they would stage sit-ins outside schools in Kut and in Diwaniyah on Wednesday.",
    "دعت نقابة المعلمين، اليوم الأحد، إلى وقفات احتجاجية في الكوت والديوانية يوم الأربعاء المقبل للمطالبة بصرف الرواتب.",
])
def test_protest_called_in_two_towns_is_one_per_town(pipeline, text):
    # s17 w4: a protest planned in towns of two governorates joined by "and" is one protest per town (as ACLED codes
    # them), each with the plan's day and status
    events = _events(pipeline, text, published="2022-03-13")
    assert sorted((e.status, e.date.start, e.location.admin1_code) for e in events) == [
        ("planned", "2022-03-16", "IQ-QA"), ("planned", "2022-03-16", "IQ-WA")]


def test_would_after_an_aside_in_a_reported_clause_is_planned(pipeline):
    # s17 w4: an aside set off by two commas inside the clause a reporting verb's "that" opens does not end it: the
    # "would" after it is the report's future, a plan dated by the coming weekday, not a hypothetical
    text = ("The Kurdistan Region's interior ministry said on Sunday that its counter-terrorism units, supported by "
            "Peshmerga artillery, would launch an offensive on Thursday against Islamic State cells near Makhmour.")
    events = _events(pipeline, text, published="2022-03-13")
    assert [(e.status, e.date.start) for e in events] == [("planned", "2022-03-17")]


def test_report_verb_joined_by_and_shares_the_deeds_subject(pipeline):
    # s17 w4: "attacked an army post near Tarmiyah on Sunday and claimed they had killed ten soldiers": a reporting
    # verb joined by "and" shares the subject of the deed before it, so the words before "and" (the deed's day) are
    # no speaker's, and the statement's Tuesday does not date the attack
    text = ("In a statement released on Tuesday, the militants said their fighters attacked an army post near "
            "Tarmiyah on Sunday and claimed they had killed ten soldiers.")
    events = _events(pipeline, text, published="2022-03-16")
    assert [(e.status, e.date.start) for e in events] == [("claimed", "2022-03-13")]


def test_police_telling_of_a_blast_are_its_source_not_its_target(pipeline):
    # "Police in Samawa said a bomb ...": the police report the blast; the people at the shop are hit
    (event,) = _events(pipeline, "Police in Samawa said a bomb left in a rubbish bin wounded four people outside a "
                                 "bakery on Friday.", "2022-06-14")
    assert event.actor2 is None or event.actor2.id != "iraq-police"
    # a blast on the speaker's own men keeps them the target
    (event,) = _events(pipeline, "Police in Samawa said a bomb hit their patrol on Friday, wounding two officers.",
                       "2022-06-14")
    assert event.actor2 is not None and event.actor2.id == "iraq-police"


def test_english_bodies_of_people_told_first_then_found(pipeline):
    (event,) = _events(pipeline, "The bodies of seven men were pulled out of a canal near Mahmudiya on Sunday, "
                                 "police said.", "2022-06-14")
    assert event.event_type == "Violence against civilians" and event.fatalities.best == 7
    # the dead of a fight told before are no new killing
    assert not _events(pipeline, "The bodies of three gunmen were recovered near the orchard.", "2022-06-14")


def test_english_said_they_had_found_bodies_is_news(pipeline):
    (event,) = _events(pipeline, "In Tuz Khurmatu, police said they had found the bodies of three shepherds.",
                       "2022-06-14")
    assert event.status == "occurred" and event.fatalities.best == 3


def test_english_attacks_suspended_are_no_event(pipeline):
    events = _events(pipeline, "A drone strike hit a car in Jurf al-Sakhar on Monday. Harakat al-Nujaba had said "
                               "last week it was suspending attacks on U.S. forces.", "2022-06-14")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_english_dead_joined_by_and_with_a_possessive(pipeline):
    (event,) = _events(pipeline, "A roadside bomb struck a minibus near Tarmiya on Sunday, killing a farmer and his "
                                 "three daughters.", "2022-06-14")
    assert event.fatalities.best == 4


def test_english_withdrawal_after_a_fight_in_the_same_sentence_is_part_of_it(pipeline):
    events = _events(pipeline, "Islamic State fighters overran the town of Rutba on Friday after hours of fighting, "
                               "and the police withdrew to a nearby base.", "2022-06-14")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_a_series_of_blasts_that_shook_a_place_on_its_day_is_news(pipeline):
    # a series told on by a verb of shaking with its day is one day's blasts, no round-up's total
    events = _events(pipeline, "قال مصدر في الشرطة إن سلسلة انفجارات هزت حي الشعب شمالي بغداد مساء أمس وأوقعت "
                               "أكثر من 40 قتيلا.", "2022-06-14")
    assert any(e.event_type == "Explosions/Remote violence" and e.status == "occurred" for e in events)
    # a wave of violence with a toll stays a round-up
    assert not _events(pipeline, "قتل 12 شخصا في موجة عنف في مناطق متفرقة من البلاد أمس.", "2022-06-14")


def test_hundreds_dead_of_a_truck_bomb_is_no_period_toll(pipeline):
    # a vague toll in the hundreds with no day is a period's toll, but not one left by bombs named as such
    events = _events(pipeline, "قالت الشرطة إن شاحنة مفخخة انفجرت في سوق بلدة قرب تلعفر، وخلفت مئات القتلى "
                               "والجرحى.", "2022-06-14")
    assert any(e.event_type == "Explosions/Remote violence" for e in events)
    assert not _events(pipeline, "قتل مئات المدنيين في التفجيرات خلال الحرب الأهلية.", "2022-06-14")


def test_an_arabic_assassination_passive_implies_its_dead(pipeline):
    # the passive's subject is the one killed, whether or not it is a victim word the lexicon knows
    events = _events(pipeline, "اغتيل وزير الزراعة في هجوم بالرصاص عقب خروجه من اجتماع حزبي.", "2022-06-14")
    assert any(e.event_type == "Violence against civilians" and e.status == "occurred" for e in events)


def test_a_police_chief_killed_is_a_victim(pipeline):
    # "قائد شرطة" after a killing verb is the one killed (a bare "قائد" stays a title: "مقتل قائد فيلق القدس")
    events = _events(pipeline, "قتل قائد شرطة قضاء المقدادية في انفجار عبوة ناسفة زرعت قرب منزله.", "2022-06-14")
    assert any(e.event_type == "Explosions/Remote violence" for e in events)


def test_regional_armed_groups_are_known_actors(pipeline):
    # a rebel group of the wider region named as the attacker makes the attack news with no place the gazetteer knows
    events = _events(pipeline, "قال شهود إن قوات حركة العدل والمساواة هاجمت بلدة كرنوي واشتبكت مع القوات "
                               "الحكومية.", "2008-05-14")
    assert any(e.event_type == "Battles" and e.actor1 is not None and e.actor1.id == "jem-sudan" for e in events)


def test_a_death_sentence_carried_out_is_no_attack(pipeline):
    # "نفذ حكم الإعدام": the verdict is the object of the verb of doing, still a court's sentence
    assert not _events(pipeline, "نفذ حكم الإعدام شنقا بالمدان في سجن الناصرية صباح أمس بعد إدانته في قضية "
                                 "قتل.", "2022-06-14")
    # carried out by an armed group it is a killing
    assert _events(pipeline, "نفذ تنظيم داعش حكم الإعدام في أربعة سائقين قرب الموصل أمس.", "2022-06-14")


def test_arabic_toll_over_a_week_of_strikes_is_no_event(pipeline):
    # s17 w6: "خلال أسبوع من الغارات" counts a week of strikes, a running total: no event of its own, and the one
    # strike told after it keeps its own toll instead of being folded into the week's
    text = ("قالت وكالة رسمية إن نحو 200 مقاتل من حزب العمال الكردستاني قتلوا وجرح المئات خلال أسبوع من الغارات "
            "الجوية التركية على معسكرات المتمردين.\n"
            "وأفاد شهود أمس بمقتل خمسة مدنيين وإصابة أربعة آخرين في قصف للطائرات التركية على قرى جبل قنديل.")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert (event.fatalities.best, event.injured.best) == (5, 4)
    assert not _events(pipeline, "قتل نحو 90 مسلحا على مدى شهر من المعارك قرب بيجي، بحسب مصادر عسكرية.")


def test_arabic_arrest_takes_no_toll_of_the_earlier_deed(pipeline):
    # s17 w6: the dead told past a reference word ("بعد ... تفجير أودى بحياة") after an arrest are the earlier deed's
    text = ("قالت السلطات أمس إن الشرطة ألقت القبض على خمسة أشخاص شكلوا خلية مسلحة، وذلك بعد أسابيع من تفجير "
            "كنيسة في المدينة والذي أودى بحياة 15 شخصا.")
    (event,) = _events(pipeline, text, published="2015-08-01")
    assert event.sub_event_type == "Arrests" and event.fatalities is None


def test_bare_toll_then_the_deed_behind_it_is_one_event(pipeline):
    # s17 w6: a toll told by a source with no doer, then in the next sentence the strike that caused the same dead of
    # the same side, is one event: the strike's type and doer, the toll's day
    text = ("أفاد مصدر أمني أمس الخميس بمقتل تسعة من عناصر تنظيم داعش جنوبي كركوك.\n"
            "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية قرب قضاء الدبس ما أسفر عن مقتل تسعة من "
            "عناصر التنظيم.")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert (event.sub_event_type, event.actor1.id, event.fatalities.best) == ("Air/drone strike", "coalition", 9)
    # a round-up's next item, opening on its own town, is another event even with the same figure
    text = ("أفاد مصدر أمني أمس الخميس بمقتل تسعة من عناصر تنظيم داعش جنوبي كركوك.\n"
            "وفي الموصل، قصف طيران التحالف مواقع لعناصر داعش ما أسفر عن مقتل تسعة من عناصر التنظيم.")
    assert len(_events(pipeline, text, published="2015-08-02")) == 2


def test_lead_toll_summing_the_incidents_told_after_is_no_event(pipeline):
    # s17 w6: a bare lead toll whose dead and wounded are exactly those of the incidents told right after it sums them
    text = ("أفادت مصادر أمنية أمس بمقتل 14 مدنيا وإصابة 20 آخرين في محافظة ديالى.\n"
            "وقالت المصادر إن عبوة ناسفة انفجرت في سوق شعبي وسط المقدادية ما أدى إلى مقتل أربعة مدنيين وإصابة ستة "
            "آخرين.\n"
            "وأضافت أن عشرة مدنيين قتلوا وأصيب 14 آخرون جراء سقوط قذائف هاون على منازل في ناحية بني سعد.")
    events = _events(pipeline, text, published="2015-08-02")
    assert [e.fatalities.best for e in events] == [4, 10]


def test_arabic_attacks_told_as_lately_are_a_summary(pipeline):
    # s17 w6: "شنوا في الآونة الأخيرة سلسلة من الهجمات ... بينها هجوم ... أودى بحياة" sums up recent attacks (the
    # background of the news), no event; a deed of yesterday told beside "lately" stays
    text = ("ولم تتبن أي جهة الهجوم، غير أن مسلحي التنظيم شنوا في الآونة الأخيرة سلسلة من الهجمات في العاصمة، بينها "
            "هجوم دام في وقت سابق من الشهر الحالي في محافظة صلاح الدين أودى بحياة أكثر من ثمانين شخصا.")
    assert not _events(pipeline, text, published="2015-08-02")
    text = "قتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الطارمية أمس، في ظل تصاعد الهجمات في الآونة الأخيرة."
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert event.fatalities.best == 3


def test_same_dead_and_wounded_retold_next_sentence_is_one_event(pipeline):
    # s17 w6: the official's quote right after the report tells the same blast again (same dead, same wounded), even
    # when its day word differs; the first telling's day stays
    text = ("ذكر مسؤول محلي أمس أن أكثر من 20 مسلحا من التنظيم قتلوا وأصيب العشرات منهم في عملية انتحارية نفذها أحد "
            "عناصره ضد مسلحين آخرين في قضاء سنجار أول من أمس.\n"
            "وقال المسؤول لوكالة محلية: «فجر أحد المسلحين أمس نفسه وسط مجموعة من عناصر التنظيم في قضاء سنجار، وأسفر "
            "الانفجار عن مقتل أكثر من 20 مسلحا وإصابة عشرات آخرين».")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert event.date.start == "2015-07-31"


def test_blast_retold_by_definite_noun_with_same_tolls_is_one_event(pipeline):
    # s17 w6: "the blast" in the quote right after the report, with the same dead and wounded, is the report's blast
    # even when no earlier event matches its place word
    text = ("قال مسؤول محلي أمس إن 12 مسلحا قتلوا وأصيب ثمانية آخرون في هجوم انتحاري استهدف مقرا للتنظيم في قضاء "
            "الحضر.\n"
            "وقال المسؤول للصحفيين في الموصل: «أسفر الانفجار عن مقتل 12 مسلحا وإصابة ثمانية آخرين».")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert event.sub_event_type == "Suicide bomb"


def test_deed_behind_a_bare_toll_gives_its_district(pipeline):
    # s17 w6: the deed told after a bare toll near a landmark places it in its own district
    text = ("أفاد مصدر أمني أمس الخميس بمقتل تسعة من عناصر تنظيم داعش غربي كركوك.\n"
            "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية تابعة لقضاء مخمور ما أسفر عن مقتل تسعة من "
            "عناصر التنظيم.")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert event.location.admin2 == "Makhmour"


def test_arabic_call_not_to_protest_is_no_denial(pipeline):
    # s17 w6: "دعا ... إلى عدم المشاركة في التظاهرات" is a call not to march, what may be done, not a denied march
    text = "ودعا خطيب الجمعة في كربلاء أمس المواطنين إلى عدم المشاركة في التظاهرات، معتبرا أن جهات خارجية تقف وراءها."
    assert all(e.status != "denied" for e in _events(pipeline, text, published="2015-08-02"))
    # a denial of a report still denies
    (event,) = _events(pipeline, "ونفت الشرطة أمس خروج تظاهرات في مدينة كربلاء.", published="2015-08-02")
    assert event.status == "denied"


def test_armed_men_killed_with_their_depots_destroyed_is_a_clash(pipeline):
    # s17 w6: "مقتل 30 عنصرا ... وتدمير خمسة مستودعات بعمليات عسكرية": the dead make it fighting, not destruction
    text = ("وأكد المصدر مقتل 30 عنصرا من داعش وإصابة 20 وتدمير خمسة مستودعات للأسلحة و12 عربة بعمليات عسكرية نفذت "
            "أمس في قضاء القائم.")
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert (event.event_type, event.fatalities.best) == ("Battles", 30)


def test_english_anniversary_word_just_past_the_commemoration_reach(pipeline):
    # s19 p1: "to mark" ends the gathering word's reach and "the 10th anniversary" stands just past it: still a
    # commemoration, no protest
    text = ("Survivors and relatives of the dead gathered on Thursday evening by the ruined cinema in the market of "
            "Hilla to mark the 10th anniversary of the truck bombing.")
    assert not _events(pipeline, text, published="2015-03-06")


def test_english_weapons_told_before_a_passive_find_are_seized(pipeline):
    # s19 p1: "a suicide vest and two grenades were found in the car": weapons found, no bombing
    text = ("Police stopped a car at a checkpoint in Samarra on Tuesday and detained its driver. A suicide vest and two "
            "hand grenades were found hidden under the back seat.")
    events = _events(pipeline, text, published="2019-04-10")
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_english_opening_since_phrase_makes_a_tally(pipeline):
    # s19 p1: a span "since" a day told in the sentence's opening phrase is the period of the count after it, also
    # when the phrase names what the span runs from; the count is a tally, not one attack of that day
    text = ("Since the operation started on May 3, militants have planted more than 40 roadside bombs on the "
            "Kirkuk-Baghdad road, the police chief said.")
    result = pipeline.extract(Article(text=text, published="2019-06-20"))
    assert not result.events
    (claim,) = result.claims
    assert claim.count.low == 41
    assert (claim.date.start, claim.date.end) == ("2019-05-03", "2019-06-20")
    result = pipeline.extract(Article(text="Since April 2, the group has fired more than 30 rockets at the base near "
                                           "Balad.", published="2019-06-20"))
    assert not result.events and result.claims[0].count.low == 31


def test_english_counted_relatives_gathering_is_a_protest(pipeline):
    # s19 p1: "relatives" counted before a gathering verb are the crowd, as "residents" are
    (event,) = _events(pipeline, "Scores of relatives gathered outside the prison gate, chanting for the detainees' "
                                 "release.", published="2021-05-04")
    assert event.sub_event_type == "Peaceful protest"


def test_english_ground_taken_without_resistance_is_a_non_violent_transfer(pipeline):
    # s19 p1: ground taken with no fight told ("without resistance", "without a fight") changes hands without
    # violence; a fight told after the handover stays an event of its own, with its dead
    (event,) = _events(pipeline, "Islamic State fighters captured the village of Bashir on Friday without resistance "
                                 "after the police withdrew.", published="2017-10-18")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    text = ("Iraqi troops took control of the Khanaqin police headquarters on Tuesday after the Peshmerga pulled back "
            "without a fight. The handover followed heavy clashes near Jalawla on Tuesday in which three Peshmerga "
            "fighters were killed.")
    events = {e.sub_event_type: e for e in _events(pipeline, text, published="2017-10-18")}
    assert set(events) == {"Non-violent transfer of territory", "Armed clash"}
    assert events["Armed clash"].fatalities.best == 3


def test_english_gathering_to_remember_the_dead_is_no_protest(pipeline):
    # s19 p1: "to remember the victims" is a commemoration cue like "to commemorate"
    assert not _events(pipeline, "Hundreds of Yazidis gathered in Kocho on Sunday to remember the victims of the 2014 "
                                 "massacre.", published="2020-08-17")


def test_aircraft_subject_of_an_arabic_attack_verb_is_an_air_strike(pipeline):
    # s19 r7: "طائرات ... مقاتلة هاجمت معسكرات": the aircraft attacked from the air; the camps' owner is the side hit
    text = "وقالت مصادر أمنية إن طائرات تركية مقاتلة هاجمت معسكرات حزب العمال الكردستاني قرب العمادية ليلة أمس."
    (event,) = _events(pipeline, text, published="2015-07-27")
    assert event.sub_event_type == "Air/drone strike"
    assert (event.actor1.id, event.actor2.id) == ("turkey-military", "pkk")
    # armed men attacking on the ground still fight a clash
    (event,) = _events(pipeline, "وقال مصدر إن مسلحين هاجموا معسكرات للجيش قرب العمادية ليلة أمس.", published="2015-07-27")
    assert event.sub_event_type == "Armed clash"


def test_a_toll_dated_over_ten_months_is_no_event(pipeline):
    # s19 r7: a monitor's running toll "since 23 September 2014 until this morning" is a count, not one deed
    text = ("وذكر المرصد أن حصيلة القتلى ارتفعت إلى 2100 على الأقل جراء غارات التحالف وضرباته الصاروخية على مناطق في "
            "سوريا منذ 23 أيلول 2014، وحتى فجر اليوم. ونبه إلى مقتل 1900 على الأقل من تنظيم داعش جراء الضربات "
            "الصاروخية وغارات التحالف على مقار التنظيم في محافظتي حلب والرقة.")
    assert not [e for e in _events(pipeline, text, published="2015-07-23") if e.status == "occurred"]
    # a deed of the last days stands
    (event,) = _events(pipeline, "وقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة للجيش قرب الموصل أمس.",
                       published="2015-07-23")
    assert event.status == "occurred"


def test_the_causes_of_a_past_fall_are_no_event(pipeline):
    # s19 r7: "أسباب سقوط المدينة" names a past fall as the topic of a report, no event of the news
    text = "وقال رئيس اللجنة إن الوثائق تشرح أسباب سقوط الموصل بيد داعش."
    assert not _events(pipeline, text, published="2015-07-31")


def test_arabic_dead_of_two_sides_in_digits_are_added_up(pipeline):
    # s19 r7: "مقتل 37 مسلحا من داعش و16 من القوات": a figure in digits stands apart from its "و"; both groups count
    (event,) = _events(pipeline, "أسفرت المعارك عن مقتل 37 مسلحا من داعش و16 جنديا قرب الفلوجة أمس.",
                       published="2015-08-09")
    assert event.fatalities.best == 53
    # a noun joined to the figure's noun shares the figure: thirteen soldiers and policemen in all
    (event,) = _events(pipeline, "وقتل 13 جنديا وشرطيا في هجوم على رتل للجيش قرب الموصل أمس.", published="2015-08-09")
    assert event.fatalities.best == 13


def test_an_armed_group_recalled_by_a_vigil_is_not_its_crowd(pipeline):
    # s19 r7: "وقفة احتجاجية ... ذكرى اجتياح القرى من قبل تنظيم داعش": the group named in what the crowd recalls
    # is no marcher; the protest's actor is the protesters
    text = ("استذكر أمس العشرات من الإيزيديين في وقفة احتجاجية أمام مبنى المحافظة في دهوك الذكرى السنوية الأولى "
            "لاجتياح قراهم من قبل تنظيم داعش.")
    (event,) = _events(pipeline, text, published="2015-08-04")
    assert event.event_type == "Protests"
    assert event.actor1.id == "protesters"


def test_english_news_roundup_is_no_arrest(pipeline):
    # s19 c1: "roundup" in English news is a digest of incidents, not a round-up of suspects (en-dev64)
    assert not _events(pipeline, "MOSUL — Our weekly security roundup from the Nineveh desk.", published="2019-12-03")
    # rounding men up still tells an arrest
    (event,) = _events(pipeline, "Police rounded up six suspects in Tikrit on Monday.", published="2019-12-03")
    assert event.sub_event_type == "Arrests"


def test_english_day_told_with_its_year_eleven_months_back_is_history(pipeline):
    # s19 c1: "on Oct. 1, 2019" told in late September 2020 is history, though within the weeks short of a year
    # that unyeared days read into the year before are kept for (en-dev61)
    text = "The sit-ins began in Nasiriyah on Oct. 3, 2019, over unemployment and corruption."
    assert not _events(pipeline, text, published="2020-09-25")
    # a day told with this year's figure is still news
    (event,) = _events(pipeline, "Protesters gathered in Nasiriyah on Sept. 20, 2020, over unemployment.",
                       published="2020-09-25")
    assert event.event_type == "Protests"


def test_english_vehicles_intercepted_is_no_weapons_disruption(pipeline):
    # s19 c1: an interception word whose object is a vehicle stopped it, no weapon use disrupted (en-dev60)
    assert not _events(pipeline, "Before dawn on Friday, an army checkpoint near Rutba intercepted three cars "
                                 "driving without plates.", published="2021-03-06")
    # an interception of a drone still is
    (event,) = _events(pipeline, "Air defences intercepted a drone over Erbil airport on Friday.", published="2021-03-06")
    assert event.event_type in ("Strategic developments", "Explosions/Remote violence")
    # and so is a load of arms named after "of"
    (event,) = _events(pipeline, "Border guards intercepted a shipment of weapons near Qaim on Friday.",
                       published="2021-03-06")
    assert event.sub_event_type == "Disrupted weapons use"


def test_town_seized_by_fighters_is_ground_taken(pipeline):
    # s19 c1: the fighters after a passive's "by" are the takers, not people seized: ground taken, no abduction
    (event,) = _events(pipeline, "Baiji was seized by Islamic State fighters on Tuesday.", published="2014-06-12")
    assert (event.sub_event_type, event.actor1.id) == ("Non-state actor overtakes territory", "isis")
    # fighters seizing a man still abduct him
    (event,) = _events(pipeline, "Islamic State fighters seized a teacher in Baiji on Tuesday.", published="2014-06-12")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_english_by_past_a_day_names_the_doer(pipeline):
    # s19 c1: "was seized late on Sunday by gunmen": the day between the event word and "by" does not make the
    # takers another participle's; an aside between commas before the verb describes the one seized (en-dev63)
    (event,) = _events(pipeline, "A lawyer, a father of three in his forties, was seized late on Sunday by gunmen "
                                 "outside his office in Amarah.", published="2020-06-16")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == (
        "Abduction/forced disappearance", "unidentified-gunmen", "civilians")


def test_english_captive_released_is_no_event(pipeline):
    # s19 c1: "was released unharmed" tells a captive set free, the close of an abduction (en-dev63)
    assert not _events(pipeline, "HILLA — A pharmacist was released unharmed late on Sunday, three days after armed "
                                 "men took him from his shop, his brother said.", published="2021-03-16")
    # a group setting captives free is still told
    (event,) = _events(pipeline, "ISIS released 40 Yazidi hostages near Tal Afar on Sunday.", published="2021-03-16")
    assert event.sub_event_type == "Other"


def test_english_taken_by_gunmen_is_an_abduction(pipeline):
    # s19 c1: "was taken by armed men" tells an abduction (en-dev61); "taken by ambulance" tells none
    (event,) = _events(pipeline, "A shepherd was taken by armed men from his flock near Khanaqin on Saturday night.",
                       published="2022-11-30")
    assert (event.sub_event_type, event.actor1.id) == ("Abduction/forced disappearance", "unidentified-gunmen")
    assert not _events(pipeline, "The wounded were taken by ambulance to Khanaqin hospital on Saturday.",
                       published="2022-11-30")


def test_english_a_strike_hit_is_an_air_strike(pipeline):
    # s19 c1: "a strike hit a building" names an air strike, though neither word is one alone (en-dev64)
    events = _events(pipeline, "DUHOK — Turkish drones struck two villages near Amedi on Tuesday, officials said.\n"
                               "Near Zakho, a strike hit an empty warehouse, causing damage but no casualties, the "
                               "mayor said.", published="2024-02-28")
    assert [e.location.admin2 for e in events if e.sub_event_type == "Air/drone strike"].count("Zakho") == 1


def test_intercepting_a_car_is_no_interception(pipeline):
    # gunmen stopping a car on the road (to kidnap its driver) intercepted no weapon
    for text in ("اعترض مسلحون مجهولون سيارة موظف في قضاء الخالص مساء أمس.",
                 "اعترضوا سيارة موظف في قضاء الخالص مساء أمس ثم لاذوا بالفرار."):
        assert not any(e.sub_event_type == "Disrupted weapons use" for e in _events(pipeline, text))
    events = _events(pipeline, "اعترضت الدفاعات الجوية صاروخا فوق أربيل أمس.")
    assert any(e.sub_event_type == "Disrupted weapons use" for e in events)


def test_shots_in_the_air_are_no_clash(pipeline):
    # gunmen firing into the air (to frighten, to warn) hit no one: no armed clash
    events = _events(pipeline, "أطلق مسلحون ملثمون النار في الهواء أمام مقر المجلس البلدي في قضاء الخالص مساء أمس "
                               "ثم فروا.")
    assert not any(e.event_type == "Battles" for e in events)
    events = _events(pipeline, "أطلق مسلحون النار على دورية للشرطة في قضاء الخالص مساء أمس.")
    assert any(e.event_type == "Battles" for e in events)


def test_infiltrated_from_is_where_they_came_from(pipeline):
    # the place gunmen "infiltrated from" is their origin, not where they struck
    (event,) = _events(pipeline, "قال مصدر أمني إن مسلحين تسللوا من جهة الحويجة وأطلقوا النار على رعاة فقتلوا اثنين "
                                 "منهم ليلة أمس.")
    assert event.location is None or event.location.admin2 != "Al-Hawiga"


def test_continuing_work_with_no_day_is_no_event(pipeline):
    # "the units continue clearing the villages": work going on, no event of its own; with a day told it is news
    events = _events(pipeline, "وتواصل القطعات العسكرية تطهير القرى المحيطة بناحية العظيم من مخلفات داعش.")
    assert not any(e.sub_event_type == "Government regains territory" for e in events)
    events = _events(pipeline, "يواصل الطيران التركي منذ صباح اليوم قصف مواقع في ناحية سيدكان.")
    assert any(e.event_type == "Explosions/Remote violence" for e in events)
    events = _events(pipeline, "ويواصل مئات المحتجين اعتصامهم أمام مبنى محافظة البصرة للمطالبة بفرص عمل.")
    assert any(e.event_type == "Protests" for e in events)


def test_lead_arrest_with_no_doer_is_the_raid_told_later(pipeline):
    # the lead's "and the arrest of three kidnappers" and the raid told after it are one arrest, placed where the
    # police made it (not in the district of the kidnapping told beside the lead's arrest)
    events = _events(pipeline, "أعلنت قيادة شرطة البصرة، اليوم الأحد، تحرير موظف اختطف مساء الجمعة في قضاء الزبير، "
                               "واعتقال ثلاثة من الخاطفين.\nوقال مصدر في القيادة إن قوة من مديرية مكافحة الإجرام "
                               "داهمت فجر اليوم منزلاً في قضاء أبي الخصيب واعتقلت المتهمين الثلاثة وحررت المختطف.",
                     "2022-06-12")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].actor1 is not None


def test_announced_arrest_is_not_dated_by_the_crime_in_an_earlier_clause(pipeline):
    # the police announce today the freeing of a man kidnapped four days ago and the arrest of his kidnappers: the
    # day of the kidnapping, told in the clause before the arrest, is not the arrest's
    events = _events(pipeline, "أعلنت قيادة شرطة ديالى، اليوم الأربعاء، تحرير طبيب اختطفه مسلحون مجهولون قبل أربعة "
                               "أيام في قضاء الخالص، واعتقال ثلاثة من المتهمين.", "2022-06-15")
    (arrest,) = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrest.date.start == "2022-06-15"


def test_the_other_two_is_no_monday(pipeline):
    # "الاثنين الآخرين" is "the other two", not Monday
    events = _events(pipeline, "داهمت قوة من شرطة الكوت منزلا وقتلت أحد المتهمين وقبضت على الاثنين الآخرين.",
                     "2023-04-12")
    (arrest,) = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrest.date.start == "2023-04-12"
    events = _events(pipeline, "داهمت قوة من شرطة الكوت منزلا يوم الاثنين وقبضت على متهمين.", "2023-04-12")
    assert [e.date.start for e in events if e.sub_event_type == "Arrests"] == ["2023-04-10"]


def test_controlled_detonation_of_old_stock_is_disposal(pipeline):
    # a blast explained as the controlled detonation of expired materials is disposal, no event; a found bomb
    # detonated so is still a Disrupted weapons use
    events = _events(pipeline, "نفت قيادة الشرطة، اليوم الجمعة، تعرض قاعدة حرير لهجوم بطائرة مسيرة، مؤكدة أن الانفجار "
                               "الذي سمعه الأهالي ظهر اليوم ناتج عن تفجير مسيطر عليه لمواد منتهية الصلاحية.",
                     "2023-10-27")
    assert not any(e.sub_event_type == "Disrupted weapons use" for e in events)
    events = _events(pipeline, "فجرت مفارز الهندسة اليوم تفجيرا مسيطرا عليه عبوة ناسفة عثر عليها في قضاء بلد.",
                     "2023-10-27")
    assert any(e.sub_event_type == "Disrupted weapons use" for e in events)


def test_digit_group_after_a_lone_victim_is_summed(pipeline):
    # s19 r15: a digit figure's "و" is a token of its own: "قتل ضابط و3 جنود" is 1 and 3 dead
    text = "قتل ضابط و3 جنود من الجيش العراقي في انفجار عبوة ناسفة استهدفت دوريتهم في قضاء هيت أمس."
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert event.fatalities.best == 4


def test_teacher_shot_dead_by_gunmen_is_an_attack_on_civilians(pipeline):
    # s19 r15: مدرس (teacher) is a civilian victim noun like معلم
    text = "ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين قرب منزلهما في قضاء المدائن جنوبي بغداد أمس."
    (event,) = _events(pipeline, text, published="2015-08-02")
    assert (event.event_type, event.actor2.id) == ("Violence against civilians", "civilians")


def test_named_detainee_handed_over_is_no_transfer_of_territory(pipeline):
    # s19 r15: "تسلمت المدعوة ..." hands over a person (المدعو/المدعوة "the one called"), not ground
    text = "وقال المتحدث إن سلطات الإقليم تسلمت المدعوة أم خالد من القوات الأمريكية يوم الخميس."
    assert not _events(pipeline, text, published="2015-08-02")


def test_report_told_yesterday_dates_the_undated_deeds_after_it(pipeline):
    # s19 r15: "أعلنت السلطات أمس السبت مقتل ..." then undated deeds: they happened by the report's day, not today
    text = ("أعلنت السلطات الأمنية أمس السبت مقتل 8 مدنيين في حوادث متفرقة في بعقوبة.\n"
            "وأشارت المصادر إلى مقتل 8 مدنيين وإصابة 20 آخرين جراء انفجار ثلاث عبوات ناسفة في أحياء بعقوبة.")
    (event,) = _events(pipeline, text, published="2015-07-26")
    assert event.date.start == "2015-07-25"


def test_an_agreement_counts_no_dead():
    # s19 r15: a truce's toll that the merge gave it (the fighting it ends killed 60) is no toll of the agreement
    from marsad.extract.merge import deadless_tolls
    from marsad.records import DateRange, Event, Evidence, Quantity, Span
    day = DateRange("2015-07-27", "2015-07-27")
    truce = Event("e1", "a", "occurred", "Strategic developments", "Agreement", day, None, None, None,
                  Quantity(61, 61, None), None, Evidence(sentence=Span(0, 3, "abc")), 0.5)
    (out,) = deadless_tolls([truce])
    assert out.fatalities is None


def test_event_word_after_or_shares_the_purpose_before_it(pipeline):
    # s19 r15: "لمنع أي أعمال تخريب أو شغب": the riot joined by "أو" is prevented too, no riot
    text = "وعززت قوات الشرطة انتشارها في مدينة بعقوبة لمنع أي أعمال تخريب أو شغب بعد تشييع الضحايا."
    assert not [e for e in _events(pipeline, text, published="2015-07-21") if e.event_type == "Riots"]


def test_rafah_beside_north_sinai_is_the_egyptian_town(pipeline):
    # s19 r15: رفح is the Gaza governorate alone, the Egyptian town beside شمال سيناء
    (event,) = _events(pipeline, "قتل جندي مصري في هجوم على كمين للجيش في مدينة رفح بمحافظة شمال سيناء.",
                       published="2015-07-23")
    assert (event.location.admin1, event.location.place) == ("North Sinai", "Rafah")
    (event,) = _events(pipeline, "قتل ثلاثة فلسطينيين في غارة إسرائيلية على مدينة رفح جنوب قطاع غزة.",
                       published="2015-07-23")
    assert event.location.country == "Palestine"


def test_absence_reaches_past_any(pipeline):
    # s19 r15: "من دون تسجيل أي مواجهات", "من دون أن تحدث أي مواجهات": no clash happened, none denied
    for text in ("وانتشر مسلحون في شوارع مدينة الرمادي أمس، من دون تسجيل أي مواجهات مسلحة مع قوات الأمن.",
                 "وانتشر مسلحون في شوارع مدينة الرمادي أمس، لكن من دون أن تحدث أي مواجهات مسلحة مع قوات الأمن."):
        assert not [e for e in _events(pipeline, text, published="2015-08-01") if e.sub_event_type == "Armed clash"]


def test_a_request_names_what_is_wanted(pipeline):
    # s19 r15: "رفضت طلبا تركيا بالسيطرة على شريط حدودي": a request (`purpose`) to take ground, no ground taken
    text = ("أعلنت واشنطن أمس أن أنقرة وافقت على استخدام قاعدة إنجيرليك لضرب داعش، وذلك بعد أن كانت واشنطن اتهمت "
            "أنقرة بمساعدة داعش، ورفضت طلبا تركيا بالسيطرة على شريط حدودي مع سوريا.")
    assert not [e for e in _events(pipeline, text, published="2015-07-25")
                if e.sub_event_type == "Non-state actor overtakes territory"]


def test_according_to_tibqan_names_the_source_not_the_doer(pipeline):
    # s19 r15: "وطبقا لما أعلنته قيادة عمليات دجلة فإن ..." is the report's source (like وفقا), not the side that acted
    text = ("وطبقا لما أعلنته قيادة عمليات دجلة فإن عددا من ذوي الضحايا اقتحموا مقر المجلس البلدي في قضاء بعقوبة "
            "وأحرقوه بالكامل.")
    (event,) = _events(pipeline, text, published="2015-07-21")
    assert (event.event_type, event.actor1.id) == ("Riots", "rioters")


def test_a_clan_leader_kidnapped_is_a_tribal_elder_not_a_clan_militia(pipeline):
    # s19 r15: "زعيم عشيرة" names a tribal elder (like شيخ عشيرة), one of those taken, not a clan militia that took them
    text = "وقالت مصادر أمنية أمس إن 30 رجلا بينهم زعيم عشيرة سنية خطفوا في قضاء بعقوبة."
    (event,) = _events(pipeline, text, published="2015-07-21")
    assert event.actor1 is None and event.actor2.id == "tribal-elders"


def test_toll_update_told_in_another_governorate_is_not_the_last_events(pipeline):
    # s19 r15: after a bombing in Aleppo, "وفي العاصمة ... ارتفاع حصيلة القتلى ... في دمشق" updates another event
    text = ("وفي محافظة حلب، قتل 28 مسلحا على الاقل اثر اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما التنظيم في "
            "ريف حلب الشمالي.\n"
            "وفي العاصمة، ذكرت الوكالة ارتفاع حصيلة القتلى جراء الاعتداءات بالقذائف الصاروخية التي اطلقتها الجماعات "
            "المسلحة على احياء في دمشق الى 11 قتيلا واصيب 46 شخصا بجروح.")
    events = _events(pipeline, text, published="2015-08-09")
    bomb = next(e for e in events if e.sub_event_type == "Suicide bomb")
    assert bomb.injured is None
    assert any(e.location.admin1 == "Damascus" and e.injured.best == 46 for e in events if e is not bomb)


def test_a_shell_and_a_bomb_counting_their_own_dead_are_two_events():
    # s19 r15: a suicide bombing that killed 28, then a rocket that killed 10 (no place of its own): two incidents
    from marsad.extract.merge import same_event
    from marsad.records import DateRange, Event, Evidence, Quantity, Span
    day = DateRange("2015-08-08", "2015-08-08")

    def event(i, sub, dead, at):
        return Event(f"e{i}", "a", "occurred", "Explosions/Remote violence", sub, day, None, None, None,
                     Quantity(dead, dead, None), None, Evidence(sentence=Span(at, at + 3, "abc")), 0.5)
    assert not same_event(event(1, "Suicide bomb", 28, 0), event(2, "Shelling/artillery/missile attack", 10, 10))


def test_round_up_of_separate_incidents_told_one_by_one(pipeline):
    # s19 r15: "في حوادث أمنية منفصلة" is a round-up's total (no event of its own); "الانفجار ... في منطقة بغداد
    # الجديدة أدى إلى مقتل شخصين" names its own town and toll: the next item, not the Karrada bomb retold
    text = ("قتل 5 أشخاص وأصيب 12 آخرون اليوم في حوادث أمنية منفصلة في بغداد.\n"
            "وأفاد مصدر أمني أن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة قرب مطعم في منطقة الكرادة.\n"
            "وأضاف المصدر أن الانفجار بعبوة ناسفة قرب سوق شعبي في منطقة بغداد الجديدة أدى إلى مقتل شخصين.")
    events = _events(pipeline, text, published="2015-08-09")
    assert sorted((e.location.place, e.fatalities.best) for e in events) == [
        ("Baghdad al-Jadida", 2), ("Karrada", 3)]


def test_bare_toll_then_wounded_before_the_blast_counts_the_dead(pipeline):
    # s19 r15: "قتل شخصان فيما أصيب سبعة آخرون في انفجار عبوة": the clause break does not part the dead from the blast
    text = "قتل شخصان فيما أصيب سبعة آخرون بجروح في انفجار عبوة ناسفة قرب محال تجارية في منطقة الكرادة."
    (event,) = _events(pipeline, text, published="2015-08-09")
    assert (event.fatalities.best, event.injured.best) == (2, 7)


def test_soldiers_counted_past_a_bound_are_those_hit(pipeline):
    # s19 r15: "مقتل أكثر من ثلاثة جنود أتراك": the bound before the figure does not part the casualty noun from the
    # soldiers it counts; they are the side hit, not the bombers
    text = "انفجرت عبوة ناسفة بعجلة عسكرية في إقليم شرناخ، ما تسبب في مقتل أكثر من ثلاثة جنود أتراك."
    (event,) = _events(pipeline, text, published="2015-08-06")
    assert event.actor1 is None and event.actor2.id == "turkey-military"


def test_during_the_invasion_and_it_is_known_tell_background(pipeline):
    # s19 r15: "خلال الغزو" (during the invasion) and "من المعروف أن" (it is known that) tell history, no news
    for text in ("ويؤكد مدير الدار أنه خلال الغزو شهد العراق عمليات حرق وسلب عمت مؤسسات الدولة في بغداد وطالت المكتبة "
                 "الوطنية.",
                 "ومن المعروف أن مقاتلين أجانب قاتلوا في معركتي إدلب وجسر الشغور."):
        assert not _events(pipeline, text, published="2015-08-08")


def test_a_finite_clause_after_a_day_after_is_news(pipeline):
    # "a day after he was ambushed": a deed of the day before told with its own verb, not a mention of one
    (event,) = _events(pipeline, "A Peshmerga officer was laid to rest in Koya on Thursday, a day after he was "
                                 "killed by PKK fighters.", "2021-03-05")
    assert (event.actor1.id, event.date.start) == ("pkk", "2021-03-03")
    # the clause after an event word is the news's context, as before: "The bombing came a day after ..."
    events = _events(pipeline, "The bombing in the market came a day after militants were killed by police in "
                               "Tarmiyah.", "2021-03-05")
    assert not any(e.date and e.date.start == "2021-03-03" for e in events)
    # a count of days dates it the same way: "two days after" is no vague "days after"
    (event,) = _events(pipeline, "Mourners carried the teacher's coffin through Amara on Friday, two days after he "
                                 "was shot dead by gunmen in a market.", "2021-03-06")
    assert event.date.start == "2021-03-03"


def test_verbal_attacks_and_a_sports_report_tell_no_event(pipeline):
    assert not _events(pipeline, "The speaker launched a scathing attack on the finance minister in parliament on "
                                 "Tuesday.", "2022-05-11")
    assert not _events(pipeline, "Basra were knocked out of the cup on Friday. A stoppage-time header settled it "
                                 "after their striker was sent off, and the coach said his men were slaughtered "
                                 "in the second half.", "2022-05-14")


def test_by_right_before_gunmen_beats_a_site_word_before_it(pipeline):
    # "at his house by gunmen": the "by" makes the gunmen the killers; "house" is where, not their site
    (event,) = _events(pipeline, "A money changer was gunned down at his house by gunmen in Hilla on Wednesday.",
                       "2023-02-02")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Attack", "unidentified-gunmen", "civilians")


def test_the_likely_owner_named_after_a_weapon_fired_it(pipeline):
    # "a drone thought to be Turkish": the drone's likely owner struck, not the side hit
    (event,) = _events(pipeline, "A drone thought to be Turkish struck a car on the road to Sinuni on Monday, "
                                 "killing its driver.", "2022-03-15")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "turkey-military")


def test_a_vow_against_those_behind_a_deadly_bombing_leaves_the_bombing_done(pipeline):
    # the bombing named after "those behind" and told with its toll is the deed answered, not the deed vowed
    events = _events(pipeline, "The governor vowed to hunt down those behind Friday's car bombing in Tuz "
                               "Khurmatu, which killed nine people.", "2019-05-12")
    bombing = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert bombing.status != "hypothetical" and bombing.fatalities.best == 9


def test_the_day_after_a_threat_word_is_the_threats(pipeline):
    # "vowed on Friday ... after ... on Thursday": Friday is the vow's, Thursday the killing's
    (event,) = _events(pipeline, "Villagers vowed on Friday to retaliate after gunmen killed three shepherds near "
                                 "Rutba on Thursday.", "2023-12-15")
    assert event.date.start == "2023-12-14"


def test_a_doer_named_for_the_strike_just_told_joins_it(pipeline):
    # "... the coalition said its aircraft carried out the strike": the bare "strike" is the one told before
    (event,) = _events(pipeline, "A drone struck a farmhouse near Sinuni on Sunday, killing four men. Local "
                                 "officials said Turkish forces carried out the strike.", "2021-08-10")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "turkey-military")


def test_an_indefinite_deed_after_a_dated_clause_is_news(pipeline):
    # "the road was closed on Tuesday after a roadside bomb struck a bus": the bomb, told with its own verb, is news
    (event,) = _events(pipeline, "The Baiji road was closed on Tuesday after a roadside bomb struck a minibus "
                                 "carrying farm workers, wounding five.", "2022-09-14")
    assert (event.sub_event_type, event.date.start) == ("Remote explosive/landmine/IED", "2022-09-13")


def test_bombardment_noun_done_by_an_aircraft_is_an_air_strike(pipeline):
    # s19 p3: "القصف الذي نفذته طائرة مسيرة": the doer told after the bombardment noun is an aircraft
    text = ("استنكر مجلس محافظة نينوى القصف الذي شنته طائرة حربية تركية فجر اليوم على موقع قرب قرية خانصور "
            "في قضاء سنجار.")
    (event,) = _events(pipeline, text, published="2022-03-09")
    assert event.sub_event_type == "Air/drone strike"


def test_army_aviation_taking_part_in_a_search_is_no_strike(pipeline):
    # s19 p3: "بمشاركة طيران الجيش" tells how a search was done; the aircraft strike nothing of their own
    text = ("انطلقت صباح اليوم عملية أمنية لتفتيش الجزر النهرية في قضاء سامراء بمشاركة طيران الجيش وقطعات من "
            "الحشد الشعبي.")
    assert not any(e.sub_event_type == "Air/drone strike" for e in _events(pipeline, text, published="2021-05-03"))


def test_condemned_event_phrase_of_two_words_takes_its_relative_day(pipeline):
    # s19 p3: the relative clause is counted from the end of a two-word event phrase ("عملية اغتيال الناشط التي
    # وقعت مساء أمس"): the day between the condemnation and the phrase is the condemnation's
    text = ("استنكرت نقابة المحامين في البصرة، صباح اليوم الخميس، عملية اغتيال المحامي الشاب التي نفذها مسلحون "
            "مجهولون مساء الاثنين الماضي في قضاء الزبير.")
    (event,) = _events(pipeline, text, published="2020-09-17")
    assert event.date.start == "2020-09-14"


def test_what_a_search_told_before_yielded_is_its_force_find(pipeline):
    # s19 p3: "وأسفرت العملية عن ضبط ..." after a search told with no event: the yield is news (no retelling of an
    # event told before) and the find of the force that searched
    text = ("شرعت قوة من قيادة شرطة ميسان بتفتيش البساتين المحيطة بقضاء الكحلاء بحثاً عن الأسلحة غير المرخصة.\n"
            "وأسفرت العملية عن ضبط مخزن يضم قاذفات وقنابر هاون وبنادق قنص.")
    (event,) = _events(pipeline, text, published="2022-04-12")
    assert (event.sub_event_type, event.actor1.id) == ("Disrupted weapons use", "iraq-police")


def test_attack_foiled_then_told_as_a_deadly_fight_is_the_fight(pipeline):
    # s19 p3: a foiled attack announced with no enemy named, then the fight it was with its dead: one clash, its
    # sides the attackers and the force, not a seizure by the announcing command beside it
    text = ("أعلنت قيادة العمليات المشتركة، صباح اليوم، إحباط هجوم إرهابي على مخفر حدودي في قضاء الرطبة.\n"
            "وأوضحت القيادة أن عناصر من داعش حاولوا فجر اليوم اقتحام المخفر، فاشتبكت معهم قوات الحدود وقتلت "
            "ثلاثة منهم.")
    (event,) = _events(pipeline, text, published="2019-07-09")
    assert (event.sub_event_type, event.actor1.id, event.actor2.id) == ("Armed clash", "isis", "iraq-border-guards")


def test_power_towers_counted_over_a_span_are_a_tally(pipeline):
    # s19 p3: "برجاً" (tally noun valued span) counts attacks on the grid over a month, not over one night
    text = "وقالت وزارة الكهرباء إن خلايا داعش فجرت 17 برجاً لنقل الطاقة في محافظة ديالى خلال شهر آب الماضي."
    result = pipeline.extract(Article(text=text, lang="ar", published="2021-09-06"))
    assert [c.count.low for c in result.claims] == [17] and not result.events
    text = "فجر مسلحون فجر اليوم أربعة أبراج لنقل الطاقة الكهربائية بعبوات ناسفة في قضاء المقدادية."
    result = pipeline.extract(Article(text=text, lang="ar", published="2021-09-06"))
    assert not result.claims and len(result.events) == 1


def test_split_phrase_object_past_what_the_subject_rode(pipeline):
    # s19 p3: "أطلق مسلحون مجهولون يستقلون سيارة بيضاء النار على موظف": the object of the split phrase stands past
    # what the subject rode (`subject_detail`)
    text = ("أطلق مسلحون مجهولون يستقلون سيارة بيضاء النار على موظف في دائرة الزراعة قرب منزله في قضاء المقدادية "
            "مساء الخميس، ما أدى إلى إصابته بجروح بليغة.")
    (event,) = _events(pipeline, text, published="2021-02-20")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "unidentified-gunmen")


def test_shot_man_struck_dead_counts_one(pipeline):
    # s19 p3: "فأردياه قتيلاً" after the shooting verb (the trigger) counts the man killed
    text = ("أطلق مسلحان النار على سائق أجرة في مركز قضاء الخالص فجر الأحد، فأردياه قتيلاً قبل أن يلوذا بالفرار.")
    (event,) = _events(pipeline, text, published="2021-02-22")
    assert event.fatalities.best == 1


def test_two_foreign_capitals_joined_are_governments_not_places(pipeline):
    # s19 p3: two foreign capitals joined ("بين أنقرة وطهران") name two governments; no deed is placed there
    text = "قصفت مدفعية مجهولة مساء أمس قرية حدودية بعد أيام من اتفاق أمني بين أنقرة وطهران."
    (event,) = _events(pipeline, text, published="2020-01-09")
    assert event.location is None or event.location.admin1_code is None \
        or event.location.admin1_code.startswith("IQ")


def test_bare_f16_aircraft_in_an_iraqi_bulletin_are_the_iraqi_air_force(pipeline):
    # s19 p3: "طائرات F-16" with no nationality, in a Security Media Cell bulletin, are Iraq's; the cell only speaks
    text = ("وذكرت خلية الإعلام الأمني في بيان أن طائرات F-16 دكت بثلاث ضربات جوية مخابئ لعناصر داعش في جبال "
            "حمرين، ما أسفر عن مقتل خمسة منهم.")
    (event,) = _events(pipeline, text, published="2021-06-02")
    assert event.actor1.id == "iraq-air-force"


def test_force_told_past_a_comma_is_no_side_of_a_clan_fight(pipeline):
    # s19 p3: the clan-fight word names both sides; the police who sealed the area afterwards did not fight it
    text = ("وقع نزاع عشائري بالأسلحة المتوسطة في ناحية الدير فجر اليوم، أسفر عن جرح ثلاثة أشخاص، وقد طوقت مفارز من "
            "شرطة البصرة موقع الحادث.")
    (event,) = _events(pipeline, text, published="2023-02-07")
    assert (event.actor1.id, event.actor2.id) == ("clan-militia", "clan-militia")


def test_figure_after_a_unit_noun_is_its_number_not_a_count(pipeline):
    # s19 p3: "الفوج 3 عملية" is the third regiment's operation, not a tally of three operations
    text = "نفذت سرية من الفوج 3 عملية دهم في بساتين ناحية العبارة أمس، وضبطت عبوتين ناسفتين."
    result = pipeline.extract(Article(text=text, lang="ar", published="2021-11-03"))
    assert not result.claims and result.events


def test_definite_national_aircraft_before_a_shelling_verb_strike_from_the_air(pipeline):
    # s19 p3: "أكد أن الطائرات التركية قصفت ...": the aircraft told before the verb make the bombing an air strike
    text = "وأكد قائممقام سوران أن الطائرات التركية قصفت مساء أمس سفوح جبل قنديل القريبة من ناحية سيدكان."
    (event,) = _events(pipeline, text, published="2021-07-20")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "turkey-military")


def test_sites_struck_counted_over_a_week_are_a_tally(pipeline):
    # s19 p3: "موقعاً" (tally noun valued span) counts strikes over a week, not sites hit in one night
    text = "وذكر مرصد حدودي أن المقاتلات التركية قصفت 26 موقعاً في قضاء العمادية منذ مطلع الأسبوع."
    result = pipeline.extract(Article(text=text, lang="ar", published="2021-07-20"))
    assert [c.count.low for c in result.claims] == [26] and not result.events


def test_call_for_an_inquiry_into_a_deed_told_leaves_it_occurred(pipeline):
    # s19 p3: what is called for is the inquiry ("المطالبة بالتحقيق في"); the bombing it names, dated, took place
    text = "طالبت عضو مجلس المحافظة بالتحقيق في التفجير الذي استهدف سوق الخضار في قضاء الخالص فجر اليوم."
    (event,) = _events(pipeline, text, published="2020-05-26")
    assert event.status == "occurred"


def test_body_called_upon_to_investigate_a_deed_is_no_side(pipeline):
    # s19 p3: "دعا ... قيادة العمليات المشتركة إلى التحقيق في القصف": the command is called upon, no side of it
    text = ("دعا عضو مجلس النواب قيادة العمليات المشتركة إلى التحقيق في القصف الذي طال قرية في قضاء الدبس "
            "فجر اليوم.")
    (event,) = _events(pipeline, text, published="2020-05-26")
    assert all(a is None or a.id != "iraq-joc" for a in (event.actor1, event.actor2))


def test_a_suicide_vest_told_seized_is_no_bombing(pipeline):
    # s19 p4: weapons told before "were found", "was seized" are seized, not used: no suicide bombing
    text = ("Police arrested three Islamic State suspects in Kirkuk on Monday. Ammunition and a suicide vest were found "
            "in their car, police said.")
    assert all(e.sub_event_type != "Suicide bomb" for e in _events(pipeline, text, published="2019-03-05"))


def test_a_gathering_to_remember_the_dead_is_no_protest(pipeline):
    # s19 p4: a crowd gathered to remember or honour the dead is a commemoration
    text = "Dozens of residents gathered at a cemetery in Duhok on Sunday to honor the victims of the 2014 attack."
    assert all(e.event_type != "Protests" for e in _events(pipeline, text, published="2019-03-05"))


def test_an_attack_a_year_ago_is_history(pipeline):
    # s19 p4: "a year ago" is history, and so is "a year ago this week"
    text = "A year ago this week, gunmen stormed a police post outside Baiji and killed six officers."
    assert not _events(pipeline, text, published="2019-03-05")


def test_none_were_killed_is_no_toll_of_one(pipeline):
    # s19 p4: "none were killed" tells no dead (it was read as one killed)
    text = "Gunmen opened fire on a checkpoint near Jalawla on Monday, wounding three guards; none were killed."
    (event,) = _events(pipeline, text, published="2019-03-05")
    assert not (event.fatalities and event.fatalities.best)


def test_the_fighting_people_fled_is_no_event(pipeline):
    # s19 p4: what the displaced fled is the cause of their flight, no clash told
    text = "More than 300 families escaping the clashes around Tal Afar reached a camp near Badush on Friday, the IOM said."
    assert not _events(pipeline, text, published="2017-08-26")


def test_what_analysts_expect_is_no_event_told(pipeline):
    # s19 p4: "expect(s) X to step up attacks" is a forecast, not an attack that happened
    text = "Security experts expect Islamic State cells to intensify attacks on shepherds in the Anbar desert this winter."
    assert all(e.status != "occurred" for e in _events(pipeline, text, published="2019-11-05"))


def test_a_count_of_bombs_found_is_a_tally_of_seizures(pipeline):
    # s19 p4: "found 27 IEDs during October" counts bombs seized, not blasts
    text = "Police found 27 IEDs in the orchards of Tarmiyah during October, a monthly report said."
    claims = [r for r in pipeline.extract(Article(text=text, lang="en", published="2019-11-05")).records()
              if r.record == "claim"]
    assert claims and all(c.event_type == "Strategic developments" for c in claims)


def test_the_dead_of_a_whole_war_are_no_event(pipeline):
    # s19 p4: a ministry's count of those killed in the war against a group is a tally over years
    text = "The Badr Organization said on Sunday that 600 of its fighters were killed in the war against Daesh."
    assert not _events(pipeline, text, published="2019-11-05")


def test_fire_taken_every_night_is_a_habit(pipeline):
    # s19 p4: "came under rocket fire almost every night" tells a tour's routine, no event
    text = "The base outside Balad came under rocket fire nearly every night that summer, the veteran recalled."
    assert not _events(pipeline, text, published="2012-05-28")


def test_these_attacks_after_a_tally_name_the_counted(pipeline):
    # s19 p4: "claimed most of these attacks" after a tally claims the attacks counted, no new attack
    text = ("More than 60 rocket and drone attacks have targeted bases hosting coalition troops since January. "
            "A front group of the factions has claimed many of these attacks.")
    assert all(e.status != "claimed" for e in _events(pipeline, text, published="2021-06-20"))


def test_an_attack_called_likely_is_a_forecast(pipeline):
    # s19 p4: an English event noun its clause calls likely or possible tells what may come, no event
    text = "A Turkish drone campaign against the PKK's bases in the Qandil mountains is likely this summer, analysts say."
    assert all(e.status != "occurred" for e in _events(pipeline, text, published="2021-04-20"))


def test_a_crowd_burning_flags_is_no_intervention(pipeline):
    # s19 p4: a crowd's own burning tells no force used on it
    text = "Hundreds of demonstrators rallied outside the Swedish embassy in Baghdad on Friday, burning Swedish flags."
    (event,) = _events(pipeline, text, published="2023-07-01")
    assert event.sub_event_type != "Protest with intervention"


def test_an_age_in_apposition_is_no_toll(pipeline):
    # s19 p4: "Cpl. Dana Reyes, 24, was killed" gives one dead, not 24
    text = "Cpl. Dana Reyes, 24, was killed Tuesday when a roadside bomb struck her convoy near Balad, the Army said."
    (event,) = _events(pipeline, text, published="2007-05-10")
    assert event.fatalities is None or event.fatalities.best != 24


def test_a_step_taken_in_protest_is_no_protest(pipeline):
    # s19 p4: a government acting "in protest at" something holds no protest
    text = "Kurdish MPs walked out of the session in protest on Tuesday."
    assert all(e.event_type != "Protests" for e in _events(pipeline, text, published="2022-07-22"))


def test_a_demand_right_after_a_protest_noun_is_the_crowd_s_own(pipeline):
    # "تظاهرات تطالب بـ...", "التظاهرات التي دعا إليها ...": a demand or call right after the protest noun is what the
    # crowd asks for (or who called the march that took place), not a call that leaves the protest hypothetical
    text = "خرجت في مدينة الكوت أمس تظاهرات حاشدة تطالب بإقالة مدير الكهرباء وتحسين الخدمات."
    (event,) = _events(pipeline, text, "2019-07-12")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")
    text = "شارك الآلاف أمس في التظاهرات التي دعا إليها اتحاد العمال في ساحة التحرير ببغداد."
    (event,) = _events(pipeline, text, "2019-07-12")
    assert (event.sub_event_type, event.status) == ("Peaceful protest", "occurred")


def test_a_subject_before_the_verb_killing_a_count_of_a_group_s_men(pipeline):
    # "الشرطة قتلت 12 من عناصر تنظيم داعش": the count and "من" between the verb and the men's noun are its object,
    # the group named after the men lost them (it had been read as the killer, the police as its target)
    text = "وقال ضابط في الشرطة إن القوات الأمنية قتلت 12 من عناصر تنظيم داعش قرب جسر الفلوجة أمس."
    (event,) = _events(pipeline, text, "2016-03-02")
    assert (event.actor1.id, event.actor2.id) == ("iraq-security-forces", "isis")
    text = "الجيش قتل نحو 7 من عناصر تنظيم داعش في قضاء بيجي أمس."
    (event,) = _events(pipeline, text, "2016-03-02")
    assert (event.actor1.id, event.actor2.id) == ("iraq-army", "isis")


def test_a_bomber_among_the_dead_of_a_killing_is_no_bombing(pipeline):
    # "قتلت 10 من عناصر داعش، بينهم انتحاري وثلاثة قناصين": the bomber is one of the men killed (no blast told), the
    # event stays a clash; and the part joined by "و" after him is a part of the ten too, not three more dead
    text = ("وقال قائد الفرقة إن القوات الأمنية قتلت 11 من عناصر تنظيم داعش، بينهم انتحاري وأربعة قناصين، خلال "
            "تقدمها نحو حي الضباط في الموصل أمس.")
    (event,) = _events(pipeline, text, "2017-03-20")
    assert (event.sub_event_type, event.fatalities.to_count) == ("Armed clash", 11)


def test_a_second_part_of_the_dead_joined_by_and_is_no_more_dead(pipeline):
    # "قتل تسعة أشخاص بينهم شرطي وأربعة مدنيين": both parts are among the nine
    text = "قتل تسعة أشخاص بينهم شرطي وأربعة مدنيين بانفجار عبوة ناسفة في سوق بلدة الخالص أمس."
    (event,) = _events(pipeline, text, "2017-03-20")
    assert event.fatalities.to_count == 9


def test_an_attack_attributed_to_a_group_in_the_next_sentence_is_the_group_s(pipeline):
    # "ونسب الهجوم إلى حزب العمال الكردستاني": "attributed" (نسب، نسبت, a `blame` word) names the doer of the
    # attack just told, as "اتهم ... بتنفيذ الهجوم" does; the dead policeman's force is its target, not its doer
    text = ("قتل شرطي وأصيب آخر بجروح مساء أمس في هجوم على نقطة تفتيش في بلدة نصيبين بمحافظة ماردين. "
            "ونسب الهجوم إلى حزب العمال الكردستاني.")
    (event,) = _events(pipeline, text, "2015-09-14")
    assert (event.actor1.id, event.actor2.id) == ("pkk", "turkey-police")
    # the accuser named right after "نسبت" (a longer name: "هيئة أركان الجيش التركي") is not the one blamed
    text = ("قتل جنديان تركيان مساء أمس في انفجار سيارة مفخخة استهدف قافلة عسكرية في محافظة ماردين. "
            "ونسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني.")
    (event,) = _events(pipeline, text, "2015-09-14")
    assert (event.actor1.id, event.actor2.id) == ("pkk", "turkey-military")


def test_a_day_in_the_relative_clause_on_the_crime_is_not_the_arrests(pipeline):
    # "announced today the arrest of those behind the bombing that hit the market on Friday": Friday is the
    # bombing's; the arrest is dated by its announcement (a comma aside in the relative clause too)
    (event,) = _events(pipeline, "أعلنت الشرطة اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف سوق المقدادية "
                                 "يوم الجمعة.", "2019-03-11")
    assert (event.sub_event_type, event.date.start) == ("Arrests", "2019-03-10")
    (event,) = _events(pipeline, "وأكدت الشرطة أمس أنها تمكنت من توقيف ثلاثة مشتبه بهم في الحادث الذي وقع، فجر "
                                 "أول من أمس، في ناحية العظيم.", "2019-03-11")
    assert (event.sub_event_type, event.date.start) == ("Arrests", "2019-03-10")


def test_a_lead_toll_of_blasts_across_the_country_is_no_event(pipeline):
    # "bombings across Iraq killed 27": the lead sums the attacks told next; the deadliest keeps its own toll
    (event,) = _events(pipeline, "قالت مصادر أمنية إن تفجيرات في أنحاء العراق أدت إلى مقتل 27 شخصا. وفي الهجوم "
                                 "الأكثر دموية انفجرت سيارة ملغومة في حي الشعب ما أسفر عن مقتل 11 شخصا.", "2016-04-05")
    assert event.fatalities.to_count == 11


def test_a_place_after_before_in_the_event_clause_is_the_later_deeds(pipeline):
    # "jets struck a hideout near Mosul before returning to the Erbil base": Erbil is where they went after
    (event,) = _events(pipeline, "قصفت طائرات حربية أمس مقرا لداعش قرب مدينة الموصل قبل أن تعود إلى قاعدة أربيل.",
                       "2016-02-03")
    assert (event.sub_event_type, event.location.admin1_code) == ("Air/drone strike", "IQ-NI")


def test_and_they_pointed_to_opens_a_new_piece_of_news(pipeline):
    # "..., killing 11 militants, and they pointed to the deaths of 10 civilians in two bombs": the bombs' toll is 10
    events = _events(pipeline, "وقال مسؤولون إن قوة من البيشمركة شنت عملية على قرى قرب جلولاء تمكنت خلالها من قتل "
                               "11 مسلحا من تنظيم داعش، وأشاروا إلى مقتل 10 مدنيين وإصابة 17 آخرين في انفجار عبوتين "
                               "ناسفتين الليلة الماضية في قضاء المقدادية.", "2017-05-09")
    blast = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert blast.fatalities.to_count == 10


def test_the_construct_dual_of_thousand_counts_two_thousand(pipeline):
    # "ألفي مواطن" (two thousand citizens, the dual before its noun)
    (event,) = _events(pipeline, "وقال المسؤول إن مسلحي داعش أعدموا أمس نحو ألفي مواطن في قضاء تلعفر.", "2016-08-06")
    assert event.fatalities.to_count == 2000


def test_a_thousand_dead_told_with_no_day_is_a_war_toll(pipeline):
    # "the militants executed about two thousand citizens": the dead of their rule, no single deed; with a day told
    # ("yesterday") the deed stands
    assert not _events(pipeline, "وقال المسؤول إن مسلحي داعش أعدموا نحو ألفي مواطن في قضاء تلعفر.", "2016-08-06")
    (event,) = _events(pipeline, "وقال المسؤول إن مسلحي داعش أعدموا أمس نحو ألفي مواطن في قضاء تلعفر.", "2016-08-06")
    assert event.date.start == "2016-08-05"


def test_a_war_toll_completes_no_event_told_before(pipeline):
    # a clash, then "the militants executed about two thousand citizens": the clash gets no toll of two thousand
    (event,) = _events(pipeline, "اشتبكت قوة من الجيش مع مسلحي داعش في قضاء تلعفر. وقال المسؤول إن مسلحي داعش "
                                 "أعدموا نحو ألفي مواطن في القضاء.", "2016-08-06")
    assert event.sub_event_type == "Armed clash" and event.fatalities is None


def test_a_role_denied_in_a_later_clause_leaves_the_deed_told_before_it(pipeline):
    # "accused the group of planting the bomb that killed X, while the group denied any role": the bombing stands
    (event,) = _events(pipeline, "قالت قيادة الشرطة إن عبوة ناسفة زرعها مسلحون انفجرت على طريق ريفي قرب داقوق "
                                 "صباح الأحد فقتلت مزارعاً، في حين نفت جماعة مسلحة محلية مسؤوليتها عن الحادث.",
                       "2019-03-05")
    assert (event.sub_event_type, event.status, event.fatalities.best) == ("Remote explosive/landmine/IED",
                                                                           "occurred", 1)


def test_a_police_log_of_the_past_hours_is_a_report_not_an_essay(pipeline):
    # a blotter that dates its items only by "the past 24 hours", with no source quoted, still tells news
    text = ("سجلت مديرية شرطة المثنى خلال الساعات الأربع والعشرين الماضية ما يأتي.\n"
            "- إصابة رجل بإطلاق نار من مسلحين مجهولين في قضاء الرميثة.\n"
            "- وفاة ثلاثة أشخاص بانقلاب شاحنة على الطريق الصحراوي.\n"
            "- غرق صبي في أحد الأنهر.\n"
            "- نشوب حريق في مخزن للأعلاف.\n"
            "- ضبط كمية من الأدوية المهربة.")
    events = _events(pipeline, text, "2018-08-21")
    assert [e.location.admin2 for e in events] == ["Al-Rumaitha"]


def test_a_counter_explosives_unit_named_before_its_verb_defused_the_bomb(pipeline):
    # "مكافحة" in the unit's name is no purpose word blocking the verb after it
    (event,) = _events(pipeline, "وذكر بيان للشرطة أن فريق مكافحة المتفجرات فكك صاروخاً معداً للإطلاق في "
                                 "منطقة زراعية قرب الزبير.", "2020-05-03")
    assert (event.sub_event_type, event.actor1.id) == ("Disrupted weapons use", "iraq-police")


def test_aircraft_with_their_owner_named_after_them_struck_from_the_air(pipeline):
    # "طائرات القوة الجوية العراقية قصفت": the owner between the aircraft and the shelling verb keeps it an air strike
    (event,) = _events(pipeline, "ذكرت خلية الإعلام الأمني أن طائرات القوة الجوية العراقية قصفت وكراً لعصابات "
                                 "داعش في وادي الشاي جنوب كركوك فجر الخميس.", "2021-02-06")
    assert (event.sub_event_type, event.actor1.id) == ("Air/drone strike", "iraq-air-force")


def test_a_demining_body_named_as_the_speaker_tells_no_blast_and_no_day(pipeline):
    # "منظمة لإزالة الألغام": the mines are the body's aim; the day after its name is the statement's
    (event,) = _events(pipeline, "ذكرت جمعية أهلية لإزالة الألغام في بيان اليوم الخميس أن راعياً قتل بانفجار لغم "
                                 "أرضي قديم قرب قرية في قضاء الرطبة مساء الاثنين.", "2023-03-16")
    assert (event.sub_event_type, event.date.start) == ("Remote explosive/landmine/IED", "2023-03-13")


def test_a_tribal_brawl_is_an_armed_clash(pipeline):
    # "مشاجرة عشائرية" is told as "نزاع عشائري" is: a tribal fight, which the files code as an armed clash
    (event,) = _events(pipeline, "أصيب أربعة أشخاص في مشاجرة عشائرية استخدمت فيها الأسلحة النارية في قرية تابعة "
                                 "لقضاء الرفاعي مساء الجمعة.", "2021-10-10")
    assert event.sub_event_type == "Armed clash"


def test_forces_deployed_after_a_clash_told_in_the_same_sentence_are_its_response(pipeline):
    events = _events(pipeline, "اندلعت اشتباكات بين مسلحين من عشيرتين في ناحية الإصلاح أسفرت عن إصابة اثنين، "
                               "فيما انتشرت قوات الشرطة في محيط القرية.", "2019-11-02")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_past_24_hours_of_a_daily_report_date_its_events_to_the_day_before(pipeline):
    # a daily log covering "the past 24 hours" is filed the morning after: its events are the day before's
    (event,) = _events(pipeline, "أفادت قيادة شرطة ميسان بأن مسلحين مجهولين اغتالوا صاحب متجر في قضاء المجر "
                                 "الكبير خلال الساعات الأربع والعشرين الماضية.", "2022-04-18")
    assert event.date.start == "2022-04-17"


def test_the_supporters_of_a_political_current_storming_a_building_riot(pipeline):
    # "أنصار التيار الصدري", "أنصار الصدر" are a crowd, as محتجون are: storming a building is a riot
    (event,) = _events(pipeline, "اقتحم أنصار التيار الصدري مساء الأحد مقر قناة فضائية خاصة.", "2022-08-01")
    assert event.event_type == "Riots"


def test_a_denial_of_that_which_goes_on_to_deny_a_dated_deed_denies_the_event_just_told(pipeline):
    # "نفى ذلك، وقال إن طائراته لم تنفذ أي ضربة ... يوم الأحد": the deed it denies is the one told before
    events = _events(pipeline, "اتهم شيوخ عشائر طائرة مسيرة تركية بقصف سيارة قرب سنوني صباح الأحد ما أدى إلى مقتل "
                               "راعيين. غير أن مصدراً عسكرياً تركياً نفى ذلك، وقال إن طائراته لم تنفذ أي قصف في "
                               "المنطقة يوم الأحد.", "2021-05-04")
    assert [e.status for e in events] == ["denied"]


def test_occurred_event_in_a_list_of_towns_is_one_per_town(pipeline):
    # s19 p5: an English sentence telling what happened on a day at towns of several governorates listed with commas
    # and "and" is one event per town, as ACLED codes them; the sentence's toll stays with the list, not each town
    events = _events(pipeline, "Hundreds of teachers rallied on Wednesday in Kut, Hilla and Diwaniya to demand "
                               "unpaid salaries.", published="2021-02-04")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-BB", "IQ-QA", "IQ-WA"]
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}
    assert {e.date.start for e in events} == {"2021-02-03"}
    # a road's two ends stay one event, and a battle recalled with no day of its own is not multiplied
    (road,) = _events(pipeline, "A roadside bomb struck a police patrol on Tuesday on the road between Kirkuk and "
                                "Tikrit, wounding two policemen.", published="2021-02-04")
    assert road.event_type == "Explosions/Remote violence"
    assert len(_events(pipeline, "He recalled the battles to liberate Tikrit, Ramadi and Mosul.")) <= 1
    # each event of a sentence of two gets the other towns of its own list
    events = _events(pipeline, "Riot police broke up a sit-in outside the oil company in Basra on Tuesday, while in "
                               "Amara and Kut students marched through the streets.", published="2021-02-04")
    assert sorted(e.location.admin1_code for e in events if e.sub_event_type == "Peaceful protest") == ["IQ-MA", "IQ-WA"]


def test_roundup_lead_reported_day_dates_its_items(pipeline):
    # s19 p5: an English roundup's lead with no event of its own telling the day of the reports it sums up ("incidents
    # reported on Saturday") dates the undated items after it, not the day of publication
    text = ("Listed below are attacks across central Iraq reported on Saturday.\n"
            "KUT - Unknown gunmen shot dead a shop owner in the city centre.\n"
            "HILLA - A bomb planted under a car wounded two civilians.")
    events = _events(pipeline, text, published="2011-03-14")
    assert len(events) == 2
    assert {e.date.start for e in events} == {"2011-03-12"}


def test_bare_militants_burning_is_no_riot(pipeline):
    # s19 p5: armed men named only as "militants"/"insurgents" (no actor of the lexicon) who torch a building destroy
    # property; they are no rioters
    (event,) = _events(pipeline, "Insurgents torched a girls' school near Baiji on Thursday.", published="2007-05-12")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_list_of_towns_toll_is_no_town_alone(pipeline):
    # s19 p5: the toll of a sentence telling an event at a list of towns is the list's: each town takes the toll told
    # of it after, not the whole
    events = _events(pipeline, "Rockets fell on Wednesday on bases in Balad and Taji, killing two contractors. At "
                               "Balad, one rocket hit a hangar and killed a contractor.", published="2021-02-04")
    assert len(events) == 2
    (balad,) = [e for e in events if e.location.admin1_code == "IQ-SD"]
    assert balad.fatalities.best == 1


def test_contrast_clause_other_weapon_elsewhere_is_an_event(pipeline):
    # s19 p5: an English "while" clause telling a remote attack of another weapon in another governorate is an
    # attack of its own, whichever of the two is the sentence's main event word
    events = _events(pipeline, "Katyusha rockets landed near the airport in Basra on Tuesday, while a sticky bomb "
                               "wrecked a car in Kirkuk.", published="2021-02-04")
    assert sorted((e.location.admin1_code, e.sub_event_type) for e in events) == [
        ("IQ-BA", "Shelling/artillery/missile attack"), ("IQ-KI", "Remote explosive/landmine/IED")]


def test_list_of_districts_joined_by_and_and_lists_not_the_event_words(pipeline):
    # s19 p5: two districts of one governorate joined by "and" are two places of the deed; a governorate and its
    # district joined by a comma alone are one place; a list told well before the event word is not where it was done
    events = _events(pipeline, "Gunmen attacked army checkpoints in Baiji and Shirqat on Saturday night, killing "
                               "three soldiers.", published="2021-02-01")
    assert sorted(e.location.admin2 for e in events) == ["Al-Shirqat", "Beygee"]
    assert len(_events(pipeline, "Dhi Qar, Rifai district: gunmen attacked a police checkpoint on Sunday, killing one "
                                 "policeman.", published="2021-02-01")) == 1
    assert len(_events(pipeline, "Shops stayed shut in Kirkuk, Tikrit and Mosul on Sunday as the toll from a week of "
                                 "clashes rose.", published="2021-02-01")) <= 1


def test_list_of_towns_without_a_day_in_its_sentence(pipeline):
    # s19 p5: a list sentence that tells its deed's toll (its day told before) is news at each town; a definite event
    # word with no day and no toll in its sentence ("the fighting to free ...") recalls deeds, one event at most
    events = _events(pipeline, "Clashes erupted on Tuesday in Anbar. In Hit and Haditha, roadside bombs wounded four "
                               "soldiers, officials said.", published="2021-02-04")
    assert sorted(e.location.admin2 for e in events if e.sub_event_type == "Remote explosive/landmine/IED") == [
        "Haditha", "Heet"]
    assert len(_events(pipeline, "Veterans spoke of the fighting to free Baiji, Hit and Tal Afar.")) <= 1


def test_list_of_towns_event_word_a_few_words_after(pipeline):
    # s19 p5: the event word may stand up to six words after the list of towns ("rejected the decision within hours,
    # chanting"): the crowds of each town
    events = _events(pipeline, "Protesters in Kut and Diwaniya rejected the decision within hours, chanting against "
                               "the minister.", published="2021-02-04")
    assert sorted(e.location.admin1_code for e in events) == ["IQ-QA", "IQ-WA"]


def test_list_of_three_districts_of_one_governorate(pipeline):
    # s19 p5: "A, B and C", districts of one governorate in a list closed by "and", are three places of the deed
    events = _events(pipeline, "Bombs in Sadr City, Kadhimiya and Dora killed 50 people on Wednesday.",
                     published="2021-02-04")
    assert sorted(e.location.admin2 for e in events) == ["Al-Kadhmiyah", "Al-Karkh", "Al-Thawra"]


def test_another_bomb_elsewhere_in_the_sentence_is_a_second_bombing(pipeline):
    # s19 p5: English "and another bomb exploded" at a place of another district after a bombing of the sentence is a
    # second bombing, of the sentence's day ("hours later" counts from the first, not from publication); twin blasts
    # told at one place stay one
    events = _events(pipeline, "A roadside bomb hit a patrol in Tarmiyah on Sunday, and hours later another bomb "
                               "exploded near a market in Dora.", published="2021-02-04")
    assert sorted((e.location.admin2, e.date.start) for e in events) == [
        ("Al-Kadhmiyah", "2021-01-31"), ("Al-Karkh", "2021-01-31")]
    assert len(_events(pipeline, "A car bomb exploded near a market in Dora on Sunday, and a second bomb went off as "
                                 "rescuers arrived.", published="2021-02-04")) == 1


def test_security_source_announcing_a_clan_fights_dead_is_no_side(pipeline):
    # s19 l3: the clan feud word names the clans; the security source reporting its dead fought no one
    text = "أفادت مصادر أمنية في ميسان، اليوم السبت، بمقتل رجل وإصابة ثلاثة آخرين بنزاع عشائري في ناحية كميت."
    (event,) = _events(pipeline, text, published="2021-04-10")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.id == "clan-militia"


def test_shots_fired_at_a_suicide_bomber_keep_the_bombing(pipeline):
    # s19 l3: the soldiers firing at the car bomb, with the group blamed, tell the bombing again; it stays one
    text = ("انفجرت سيارة مفخخة يقودها انتحاري عند سيطرة للجيش في مدخل ناحية الضلوعية صباح اليوم، ما أسفر عن "
            "مقتل ثلاثة جنود. وذكر ضابط في الفوج أن الجنود أطلقوا النار على العجلة عندما تجاوزت الحاجز، "
            "متهماً تنظيم داعش بتنفيذ الهجوم.")
    (event,) = _events(pipeline, text, published="2021-04-10")
    assert (event.sub_event_type, event.actor1.id) == ("Suicide bomb", "isis")


def test_updated_toll_after_a_long_relative_clause(pipeline):
    # s19 l3: the new figure stands more than sixteen words after "ارتفاع عدد"; the vague "عدد" is no toll
    text = ("أعلنت دائرة الصحة ارتفاع عدد ضحايا التفجير الذي استهدف سوقاً شعبية مكتظة بالمتبضعين في مركز قضاء "
            "طوزخورماتو شرقي محافظة صلاح الدين مساء أمس الجمعة إلى سبعة قتلى.")
    (event,) = _events(pipeline, text, published="2021-04-10")
    assert event.fatalities.best == 7


def test_police_source_announcing_awakening_dead_is_no_side(pipeline):
    # s19 l3: the Awakening fought beside the state; a police source telling its men killed fought none of them
    text = "ذكر مصدر في شرطة ديالى، مساء اليوم، مقتل اثنين من عناصر الصحوة بهجوم على نقطتهم في ناحية العظيم."
    (event,) = _events(pipeline, text, published="2010-03-10")
    assert all(a is None or a.id != "iraq-police" for a in (event.actor1, event.actor2))


def test_pluperfect_witness_verb_without_qad_recalls_history(pipeline):
    # s19 l3: "وكان القضاء شهد ... اشتباكات" (كان, a one-word subject, شهد with its قد dropped) recalls the fights
    text = "وكان القضاء شهد خلال الصيف الماضي اشتباكات عنيفة بين عشيرتين أوقعت تسعة قتلى."
    assert not _events(pipeline, text, published="2018-02-11")


def test_organisation_regaining_its_strength_is_no_ground_retaken(pipeline):
    # s19 l3: "استعاد قدراته" is a group's strength, not a town taken back
    text = "وحذر الخبير من أن تنظيم داعش استعاد قدراته في وادي حوران غربي الأنبار."
    assert not _events(pipeline, text, published="2018-02-11")


def test_police_told_firing_at_a_suicide_bomber_stay_the_side_hit(pipeline):
    # s19 l3: the update names the patrol as the side hit; the next sentence makes the police the subject of the
    # blast's verb ("حين أطلق أفراد الشرطة النار عليه فجر الدراجة"): they blew no one up
    text = ("ارتفع عدد قتلى التفجير الانتحاري الذي استهدف مساء أمس دورية للشرطة في قضاء الخالص إلى ستة قتلى. "
            "وقال مصدر أمني إن انتحارياً يقود دراجة نارية مفخخة اقترب من الدورية، وحين أطلق أفراد الشرطة النار "
            "عليه فجر الدراجة.")
    (event,) = _events(pipeline, text, published="2016-05-10")
    assert event.actor1 is None and event.actor2.id == "iraq-police"


def test_forces_searching_after_a_blast_in_a_fiima_clause_are_no_side(pipeline):
    # s19 l3: "فيما تواصل القوات الأمنية عمليات التفتيش" tells no deed of the blast; the forces were not hit
    text = "انفجرت عبوة ناسفة قرب سوق شعبي في قضاء الطارمية صباح اليوم، فيما تواصل القوات الأمنية عمليات التفتيش في المنطقة."
    (event,) = _events(pipeline, text, published="2020-09-29")
    assert all(a is None or a.id != "iraq-security-forces" for a in (event.actor1, event.actor2))


def test_vague_toll_of_the_strike_retold_in_a_neighbourhood_is_one_strike(pipeline):
    # a definite retelling placed in a quarter of the town, with only "several" dead, is the same strike
    events = _events(pipeline, "MOSUL, Iraq - Coalition jets bombed a warehouse in Mosul on Tuesday, killing four people, "
                     "residents said. The coalition said the air strike hit a weapons store in the Zanjili district "
                     "and that several militants were killed.", published="2017-03-08")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1


def test_handcuffing_in_an_abduction_is_no_arrest(pipeline):
    events = _events(pipeline, "Armed men in army uniforms broke into a house in Baghdad's Amil district on Tuesday night "
                     "and abducted three brothers. They handcuffed the brothers and drove away, a relative said.",
                     published="2007-02-14")
    assert not any(e.sub_event_type == "Arrests" for e in events)
    assert any(e.sub_event_type == "Abduction/forced disappearance" for e in events)


def test_whose_clause_recalls_an_earlier_strike(pipeline):
    events = _events(pipeline, "Gunmen shot dead a shopkeeper in Basra on Sunday, police said. The victim was a cousin "
                     "of a tribal sheikh whose son was killed with two guards in an air strike near Qaim on March 2.",
                     published="2021-03-22")
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_undated_deed_carried_back_to_an_old_day_is_history(pipeline):
    # the Oct. 2 blast is a month back only by two weeks and a half: not stale, yet the undated deed told after it
    # carries that old day, no day of its own, and is background
    events = _events(pipeline, "KIRKUK, Iraq - A bomb wounded two policemen in Kirkuk on Monday, police said. The city has "
                     "been tense since a market bombing on Oct. 2. After that, angry residents torched two party offices.",
                     published="2012-10-16")
    assert [e.date.start for e in events] == ["2012-10-15"]


def test_state_raid_told_by_a_seizing_verb_with_no_one_hurt_is_an_arrest(pipeline):
    events = _events(pipeline, "Federal police seized a wanted Daesh commander during a dawn raid on a farm near Tarmiyah "
                     "on Sunday, the interior ministry said.", published="2019-04-22")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_death_toll_later_raised_updates_the_toll(pipeline):
    events = _events(pipeline, "HILLA, Iraq - A car bomb killed nine people near a bus station in Hilla on Friday, police "
                     "said. The death toll was later raised to 14 by the provincial health office.", published="2013-05-18")
    assert [e.fatalities.best for e in events] == [14]


def test_police_finding_the_launch_pad_fired_no_rockets(pipeline):
    events = _events(pipeline, "Two rockets hit near Baghdad airport on Saturday night without causing casualties. Police "
                     "found the launch pad in a field in Radwaniya, an officer said.", published="2021-05-16")
    assert len(events) == 1 and events[0].actor1 is None


def test_figures_given_after_but_of_a_strike_left_unconfirmed_are_not_its_toll(pipeline):
    events = _events(pipeline, "ERBIL - Two PKK fighters were killed when a Turkish drone hit their vehicle near Qandil on "
                     "Tuesday, a local official said. Ankara did not confirm the Qandil strike, but the defence ministry "
                     "said on Wednesday that 23 militants had been neutralised in northern Iraq this month.",
                     published="2021-08-12")
    assert [e.fatalities.best for e in events] == [2]


def test_vague_toll_of_the_other_account_is_not_added(pipeline):
    events = _events(pipeline, "SAMARRA, Iraq - A U.S. helicopter fired on a house near Samarra on Monday, killing four "
                     "people, relatives said. The military said the strike hit a bomb-making cell in the Jubairiya "
                     "district and that several insurgents died.", published="2006-05-16")
    assert [e.fatalities.best for e in events] == [4]


def test_men_described_as_driven_out_of_a_town_is_background(pipeline):
    events = _events(pipeline, "KIRKUK - A roadside bomb wounded two soldiers near Hawija on Tuesday, police said. Kurdish "
                     "officials said insurgents driven out of Hawija by army sweeps had regrouped in the Hamrin hills.",
                     published="2012-09-19")
    assert not any(e.event_type == "Battles" for e in events)


def test_feud_arrest_with_no_place_of_its_own_is_placed_at_the_feud_not_the_dateline(pipeline):
    events = _events(pipeline, "KUT, Iraq, Aug 3 (AFP) - One man was killed and two wounded on Friday when two clans "
                     "fought with rifles in Suwaira, south of Kut, a police official said. The fighting, over grazing "
                     "land, went on for three hours until troops separated the two sides, the official said, speaking "
                     "on condition of anonymity. Police then detained nine men from the two clans.",
                     published="2019-08-03")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location.admin2 == "Al-Suwaira"


def test_attackers_pushed_back_is_a_clash_not_ground_regained(pipeline):
    events = _events(pipeline, "Islamic State fighters who crept towards Albu Nimr on Monday night were pushed back by "
                     "tribal fighters, a local sheikh said.", published="2014-10-21")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_party_named_inside_an_aside_before_the_verb_is_not_its_doer(pipeline):
    (event,) = _events(pipeline, "Gunmen, chased by an army patrol, shot dead a shopkeeper in Baquba on Monday, police "
                                 "said.", published="2008-04-08")
    assert event.actor1.id == "unidentified-gunmen" and event.sub_event_type == "Attack"


def test_blast_walls_are_no_blast(pipeline):
    events = _events(pipeline, "On Tuesday, workers in Kirkuk removed the blast walls outside the provincial council.",
                     published="2010-03-03")
    assert not events


def test_rundown_of_the_bombings_names_events_told_below(pipeline):
    events = _events(pipeline, "KIRKUK - Below is a rundown of the bombings that hit Kirkuk on Sunday, according to "
                     "police.", published="2012-04-09")
    assert not events


def test_a_second_truck_bomb_is_another_event(pipeline):
    events = _events(pipeline, "BAGHDAD - A truck bomb exploded outside a market on Monday morning, killing 20 people, "
                     "police said. Minutes later, a second truck bomb went off near a bank, killing 12.",
                     published="2008-06-03")
    assert sorted(e.fatalities.best for e in events) == [12, 20]


def test_a_side_described_as_fighting_tells_no_fight(pipeline):
    # "the coalition fighting ISIS": an "-ing" clash word right after a named side describes the side, no fight told
    assert not _events(pipeline, "Envoys of the coalition fighting the Islamic State group will meet Kurdish leaders "
                                 "in Erbil next week, a spokesman said on Tuesday.", "2024-01-10")
    # a sentence that counts the dead still tells the fight
    (event,) = _events(pipeline, "Peshmerga forces battling ISIS near Makhmour killed 12 militants on Monday.",
                       "2024-01-10")
    assert (event.sub_event_type, event.fatalities.best) == ("Armed clash", 12)


def test_the_slain_victim_is_no_second_killing(pipeline):
    # s19 l2: "the slain teacher" is an adjective of the victim told before, no deed of its own day
    text = ("A bomb killed a teacher in Baqubah on Friday. Mourners carried the coffin of the slain teacher through "
            "the city on Saturday.")
    (event,) = _events(pipeline, text, published="2023-06-11")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_killing_to_investigate_is_a_mention(pipeline):
    # s19 l2: "to investigate the killing" (`reference` "investigate") names the killing told before; the police
    # forming the committee fought no one
    text = ("Gunmen shot dead a tribal sheikh in Tarmiyah on Sunday evening. On Monday, police formed a committee to "
            "investigate the killing.")
    (event,) = _events(pipeline, text, published="2023-06-12")
    assert event.sub_event_type == "Attack"


def test_fire_returned_by_another_service_of_the_state_is_the_same_clash(pipeline):
    # s19 l2: "opened fire on a federal police post" then, in the next sentence, "The policemen returned fire":
    # one clash, the state's side named by two of its services in turn
    text = ("ISIS fighters opened fire on a federal police post near Hawija on Saturday night. The policemen "
            "returned fire, killing two of the attackers.")
    (event,) = _events(pipeline, text, published="2023-06-12")
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 2


def test_blasts_heard_told_after_them_are_no_tally(pipeline):
    # s19 l2: "three blasts were heard" (the `sound` word after the noun, passive) counts what a witness heard of
    # the strike told, no tally of attacks
    text = ("A Turkish drone hit a house in Sinune on Friday evening, wounding a child. Three blasts were heard "
            "across the village, a local official said.")
    result = pipeline.extract(Article(text=text, lang="en", published="2022-04-09"))
    assert not result.claims and len(result.events) == 1


def test_an_accord_named_by_its_civil_matter_is_no_agreement(pipeline):
    # s19 l2: "the revenue agreement" names an accord on money; the parties quarrelling over it (the PUK is an
    # armed party too) make it no conflict agreement
    text = ("DUHOK — A council meeting ended in uproar on Sunday when members of the Patriotic Union of Kurdistan "
            "(PUK) and the Kurdistan Democratic Party (KDP) quarrelled over the revenue agreement with Baghdad.")
    result = pipeline.extract(Article(text=text, lang="en", published="2023-04-10"))
    assert all(e.sub_event_type != "Agreement" for e in result.events)


def test_livestock_killed_are_no_toll_nor_attack(pipeline):
    # s19 l2: "Dozens of cattle were killed" (`goods` right before a passive auxiliary) is the herd's loss: no dead
    # counted for the shelling told, and no attack of its own
    text = ("Iranian artillery hit pastures outside Sidakan on Thursday, wounding a herder. Dozens of cattle were "
            "killed, the mayor said.")
    (event,) = _events(pipeline, text, published="2022-08-13")
    assert event.sub_event_type == "Shelling/artillery/missile attack" and not (event.fatalities and event.fatalities.best)


def test_no_subject_joined_by_or_counts_no_dead(pipeline):
    # s19 l2: "No Italian or Iraqi personnel were killed": "or" joins the nouns of the one subject opened by "no",
    # so the killing is an absence (it had stood as an attack with one dead, joined to the rockets)
    text = ("Rockets struck a coalition base near Nasiriyah on Sunday. No Italian or Iraqi personnel were killed, "
            "officials said.")
    (event,) = _events(pipeline, text, published="2005-05-16")
    assert event.sub_event_type == "Shelling/artillery/missile attack" and not (
        event.fatalities and event.fatalities.best)


def test_militants_burning_a_school_destroy_property_not_riot(pipeline):
    # s19 l2: a plain plural of armed men (`hostile_noun`) as the subject of a burning word: no crowd's riot
    (event,) = _events(pipeline, "Insurgents torched a school in Hawija on Saturday.", published="2014-03-02")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_a_denial_joined_after_the_deed_denies_only_what_follows(pipeline):
    # s19 l2: "said its forces had targeted ... and denied that any civilians had been harmed": the speaker tells
    # the strike and denies only the harm told after "denied that"
    text = ("Two herders were hurt on Sunday when Turkish guns shelled pastures near the village of Deraluk. The "
            "Turkish defence ministry said its forces had targeted 'terrorist positions' in the area and denied "
            "that any civilians had been harmed.")
    (event,) = _events(pipeline, text, published="2021-07-12")
    assert (event.status, event.sub_event_type) == ("occurred", "Shelling/artillery/missile attack")


def test_violence_that_fell_is_a_level_not_an_event(pipeline):
    # s19 l2: a weak event noun before a `trend_word` ("violence had fallen") tells a level, no attack
    text = "In Ramadi on Sunday, the governor said that violence had fallen across Anbar."
    assert not _events(pipeline, text, published="2023-05-08")


def test_fighting_terrorism_is_no_clash(pipeline):
    # s19 l2: an English event word right before an `abstract_noun` ("fighting terrorism") is figurative
    text = "Our priority now is rebuilding Mosul rather than fighting terrorism, the mayor said on Monday."
    assert not _events(pipeline, text, published="2023-05-08")


def test_ground_taken_in_the_perfect_by_state_forces_is_regained(pipeline):
    # s19 l2: "have taken control": a perfect auxiliary between the subject and the verb of taking ground keeps the
    # subject its taker, as "took control" did (the troops had been read as the side losing it)
    text = "Iraqi troops have taken control of two villages south of Qayyarah, the army said on Friday."
    (event,) = _events(pipeline, text, published="2016-08-27")
    assert (event.sub_event_type, event.actor1.id) == ("Government regains territory", "iraq-army")


def test_displacement_warned_of_is_no_event(pipeline):
    # s19 l2: a weak `Other` word (displaced) told as what could happen is a warning, not an event
    text = "Aid agencies warned on Sunday that 200,000 people could be displaced from Hawija in the coming weeks."
    assert not _events(pipeline, text, published="2016-09-19")


def test_means_of_a_referred_killing_is_referred_too(pipeline):
    # s19 l2: "in retaliation for the killing of X in an air strike": the strike tells how the referred killing
    # was done, no event of its own; the news is the rockets
    text = ("Militiamen fired rockets at a Turkish base near Bashiqa on Saturday, in retaliation for the killing of "
            "their commander in a Turkish air strike in Sinjar.")
    (event,) = _events(pipeline, text, published="2021-10-17")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_dead_of_a_referred_killing_are_not_the_news_toll(pipeline):
    # s19 l2: "in revenge for the killing of two of their commanders": those dead are the referred killing's
    text = ("Militiamen fired rockets at a Turkish base near Bashiqa on Saturday in revenge for the killing of two "
            "of their commanders last month.")
    (event,) = _events(pipeline, text, published="2021-10-17")
    assert not (event.fatalities and event.fatalities.best)


def test_what_is_to_follow_after_a_comma_and_ala_an_is_planned(pipeline):
    # s19 gz: "، على أن تبدأ ..." (provided that, with what follows to begin) opens a clause of what is to come
    text = "انسحبت قوات الجيش من أطراف قضاء القائم مساء الأحد، على أن تبدأ بعدها الغارات الجوية على مواقع التنظيم في وادي حوران."
    events = _events(pipeline, text, published="2022-06-14")
    assert all(e.status != "occurred" for e in events if e.event_type == "Explosions/Remote violence")
    # after a verb, "على أن" is only "that": the deed said is told as done
    text = "شدد القائد على أن تنظيم داعش هاجم نقطة للجيش في قضاء الطارمية أمس."
    assert [e.status for e in _events(pipeline, text, published="2022-06-14")] == ["occurred"]


def test_the_name_a_deed_is_described_by_is_no_event(pipeline):
    # s19 gz: "وصف ... بأنه هجوم": the event noun after "that it" is the name given to a deed told elsewhere
    text = "ووصف المتحدث باسم الشرطة ما جرى في سوق العشار بالبصرة أمس بأنه اعتداء منظم."
    assert all(e.status != "occurred" for e in _events(pipeline, text, published="2022-06-14"))
    # "وصفت" written whole is "described", not و + صفت ("liquidated")
    text = "وصفت قيادة الشرطة في البصرة ما جرى في سوق العشار أمس بأنه هجوم منظم."
    assert not _events(pipeline, text, published="2022-06-14")


def test_an_event_something_is_likened_to_is_named_not_told(pipeline):
    # s19 gz: "على غرار", "شبيهة ب": the event after a word of likeness is an earlier one named in a comparison
    text = "وكتب الصحفي أن ما حدث جاء على غرار اغتيال ناشط في مدينة العمارة قبل يومين."
    assert not _events(pipeline, text, published="2022-06-14")
    text = "ونفى المتحدث أن تكون القضية شبيهة باغتيال ناشط في مدينة العمارة قبل أيام."
    assert not _events(pipeline, text, published="2022-06-14")


def test_the_bomber_made_known_by_the_article_is_no_deed_told_before(pipeline):
    # s19 gz: "الانتحاري" (the bomber) is a person made definite, not a definite event noun referring back
    text = "قالت الشرطة إن الانتحاري فجر نفسه وسط المصلين في جامع بقضاء الطارمية."
    assert [e.event_type for e in _events(pipeline, text)] == ["Explosions/Remote violence"]
    # told after the attack, the bomber's deed is that attack again
    text = ("استهدف هجوم انتحاري جامعا في قضاء الطارمية شمالي بغداد ظهر أمس. "
            "وقالت الشرطة إن الانتحاري فجر نفسه وسط المصلين عند انتهاء الصلاة.")
    assert len(_events(pipeline, text)) == 1


def test_cases_of_a_deed_told_without_a_count_or_day_are_a_practice(pipeline):
    # s19 gz: "وقوع حالات تعذيب واختطاف" (cases of torture and abduction), no figure and no day: a pattern, no event
    text = "وأفادت منظمة حقوقية بوقوع حالات اختطاف وتعذيب في سجون سرية بمحافظة نينوى."
    assert not _events(pipeline, text)
    # cases counted are a tally still
    text = "ووثقت المنظمة أربع حالات اختطاف لناشطين في محافظة نينوى خلال الشهر الماضي."
    assert pipeline.extract(Article(text=text, published="2022-06-14")).claims


def test_criticism_tells_its_object_elsewhere(pipeline):
    # s19 gz: "انتقد" (criticised) is a reaction, as "condemned": the deed criticised, with no day, is told elsewhere
    text = "وانتقد رئيس البرلمان تقصير قيادة العمليات إزاء الهجوم الذي شنه مسلحون على مخفر في قضاء الطارمية."
    assert not _events(pipeline, text)
    assert not _events(pipeline, "وانتقدت المنظمة صمت الحكومة على اغتيال ناشط في مدينة العمارة.")


def test_a_forecast_before_the_event_word_makes_it_planned(pipeline):
    # s19 gz: "من المتوقع أن", "من المنتظر أن", "يتوقع أن" before the event word forecast what is to come
    text = "ومن المتوقع أن تشن القوات العراقية هجوما واسعا على مواقع التنظيم في جزيرة سامراء."
    assert [e.status for e in _events(pipeline, text)] == ["planned"]
    # after it, the forecast is of something else (the toll)
    text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في قضاء الطارمية أمس ومن المتوقع أن ترتفع حصيلة الضحايا."
    assert [e.status for e in _events(pipeline, text)] == ["occurred"]
    # negated, it tells a surprise: what came to pass
    text = "لم يكن أبو علي، 50 عاما، يتوقع أن يهاجم مسلحون منزله في قرية بقضاء المقدادية مساء الجمعة."
    assert [e.status for e in _events(pipeline, text)] == ["occurred"]


def test_regret_voiced_reacts_to_a_deed_told_elsewhere(pipeline):
    # s19 gz: "أعرب عن أسفه لمقتل ..." (voiced his regret at) is a reaction, as a condemnation
    assert not _events(pipeline, "وأبدى السفير أسفه لمقتل صحفي في هجوم على موكب في مدينة كركوك.")
    assert not _events(pipeline, "وأعربت الخارجية عن أسفها لاغتيال ناشط في مدينة العمارة.")


def test_english_name_given_by_describing_is_no_event(pipeline):
    # s19 gz: "described X as a ... attack" names a deed told elsewhere; the Arabic "وصف ... بأنه" likewise
    text = "The governor described the burning of the council building in Khalis as a cowardly attack on the state."
    assert not [e for e in _events(pipeline, text) if e.status == "occurred" and e.event_type == "Battles"]
    # a statement opened by "that" still tells the deed
    text = "The governor described the scene and said that gunmen attacked the council building in Khalis on Monday."
    assert any(e.status == "occurred" for e in _events(pipeline, text))


def test_between_inside_a_clause_without_that_is_among_not_explained(pipeline):
    # s19 h66a: بين inside a clause with no أن after it is "among/between", not the verb بيّن: the crowd named after
    # it is the deed's doer, not a speaker's words, and the deed stands (its town told only in the dateline)
    (event,) = _events(pipeline, "الناصرية - خاص:\nمع اتساع الخلافات بين الأحزاب، اقتحم عشرات المحتجين مقر "
                                 "المحافظة مساء أمس وأضرموا النار في بوابته.")
    assert (event.event_type, event.actor1.kind) == ("Riots", "Rioters")
    assert event.location.admin2 == "Al-Nasiriya"
    # the verb with its "that" still reports
    (event,) = _events(pipeline, "وبين المصدر أن مسلحين مجهولين اغتالوا موظفاً في الناصرية مساء أمس.")
    assert event.sub_event_type == "Attack"


def test_protest_noun_right_after_near_is_a_landmark(pipeline):
    # s19 h66a: "قرب ساحة الاعتصام" names where another deed happened, no protest of its own
    events = _events(pipeline, "قال شهود إن مسلحين ملثمين أوقفوا سيارة المدون مساء الأحد قرب ساحة الاعتصام في "
                               "الديوانية، واقتادوه إلى جهة مجهولة.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    # a protest told with its own verb near a square stays
    (event,) = _events(pipeline, "تظاهر المئات قرب ساحة التحرير في بغداد أمس.")
    assert event.sub_event_type == "Peaceful protest"


def test_charge_told_with_lam_is_no_event(pipeline):
    # s19 h66a: "لتورطهم في", "لاشتراكهما في" (for their part in) name what the arrested are charged with, no clash
    (event,) = _events(pipeline, "اعتقلت قوة من الشرطة أمس في قضاء الزبير ثلاثة شبان مطلوبين للقضاء لتورطهم في "
                                 "إطلاق النار خلال نزاع عشائري.")
    assert event.sub_event_type == "Arrests"


def test_arrest_phrase_split_by_a_unit_named_by_its_town(pipeline):
    # s19 h66a: "ألقت [دورية من شرطة الضلوعية] القبض على": the verb phrase split by its subject (a unit named by its
    # town) tells the arrest, not the bare noun القبض that needs a place or day of its own
    events = _events(pipeline, "سقطت قذيفة هاون صباح أمس على أرض زراعية في قضاء بلد دون إصابات.\n"
                               "وألقت دورية من شرطة الضلوعية القبض على شخصين يشتبه بنقلهما أسلحة.")
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Shelling/artillery/missile attack"]
    # a figurative attack stays none: "شن النائب هجوماً على الوزارة"
    assert not _events(pipeline, "وشن النائب هجوماً حاداً على وزارة المالية لتأخر الرواتب.")


def test_place_after_a_call_participle_is_the_addressees_home(pipeline):
    # s19 h66a: "..., مناشدين أبناء الرميثة والخضر الانضمام إليهم": the towns of those called on are not where the
    # sit-in is; the dateline's town places it
    (event,) = _events(pipeline, "السماوة – اعتصم العشرات من الخريجين أمس أمام مبنى المحافظة، مناشدين أبناء الرميثة "
                                 "والخضر الانضمام إليهم.", published="2023-07-24")
    assert event.location.admin2 == "Al-Samawa"


def test_gunmen_stopping_someone_before_an_abduction_is_no_arrest(pipeline):
    # s19 h66a: "ملثمين ... أوقفوا المهندس ...، واقتادوه إلى جهة مجهولة": the armed men's stopping is how the abduction
    # began, no arrest (nor foiling, اعترضوا) by the state
    events = _events(pipeline, "وقالت العائلة إن «ثلاثة ملثمين يستقلون سيارة بيضاء أوقفوا المهندس ليل الأحد عند مدخل "
                               "حي الجزائر في البصرة، واقتادوه إلى جهة مجهولة».", published="2021-06-16")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    # a state force that stops the abductors still arrests
    (event,) = _events(pipeline, "أوقفت قوة أمنية مسلحين اثنين في البصرة أمس بعد أن خطفوا طفلاً.")
    assert event.sub_event_type == "Arrests"


def test_day_past_a_further_statement_is_not_the_events(pipeline):
    # s19 h66a: the abduction told without a day of its own in its clause takes the day told before it, not the
    # nearer day past "، مضيفين أنه" (the further statement's: the release)
    (event,) = _events(pipeline, "قال ذوو الطالب إن مسلحين اعترضوه مساء الأحد 13 حزيران قرب جسر الجمهورية عند مدخل "
                                 "شارع الرشيد في بغداد، واقتادوه إلى جهة مجهولة، مضيفين أنه أُطلق سراحه فجر اليوم.",
                       published="2021-06-16")
    assert event.date.start == "2021-06-13"


def test_unit_named_by_its_town_places_the_deed_after_the_governorate(pipeline):
    # s19 h66a: after only the governorate was told, a police station named by its town ("مفارز مركز شرطة الزبير")
    # acted in that town; the town is finer than the governorate, not a source's province
    events = _events(pipeline, "أعلنت قيادة شرطة محافظة البصرة تنفيذ عمليات تفتيش واسعة.\n"
                               "واعتقلت مفارز مركز شرطة الزبير ثلاثة متهمين بسرقة أسلاك الكهرباء.")
    assert [(e.sub_event_type, e.location.admin2) for e in events] == [("Arrests", "Al-Zubair")]


def test_according_to_names_its_source_up_to_the_comma(pipeline):
    # s19 h66a: "وبحسب تقرير لمنظمة محلية، شن التنظيم ...": the source of "according to" ends at its comma; the group
    # after it is the tally's doer, not the speaker's words
    claims = pipeline.extract(Article(text="وكانت خلايا تنظيم داعش قد كثفت نشاطها في المنطقة.\nوبحسب تقرير لمنظمة "
                                           "محلية، شن التنظيم أكثر من خمسة عشر هجوماً خلال تموز الماضي في أطراف ديالى.",
                                      published="2020-08-23")).claims
    assert [c.actor1.id for c in claims] == ["isis"]


def test_the_city_where_only_the_governorate_is_known_is_its_seat(pipeline):
    # s19 h66a: "قيادة شرطة محافظة الديوانية ... وسط المدينة": "the city" with only the governorate told is the
    # governorate's seat (the district whose point is the governorate's own)
    (event,) = _events(pipeline, "أعلنت قيادة شرطة محافظة الديوانية أن مجهولين فجروا عبوة صوتية أمام منزل ضابط وسط "
                                 "المدينة فجر اليوم، دون إصابات.", published="2023-05-21")
    assert (event.location.admin1_code, event.location.admin2) == ("IQ-QA", "Al-Diwaniya")


@pytest.mark.parametrize("text", [
    # a blaze put out by rescuers: the noun "fire" is no gunfire
    "Rescue crews put out a fire in a shopping arcade in Mosul on Saturday after a generator overheated.",
    # a tank or boiler that bursts is an industrial accident, no bomb
    "A diesel fuel tank exploded at a power station in Samawah on Sunday, injuring three engineers.",
    "A boiler blew up at a brick factory near Kut on Monday, injuring two workers.",
    # firefighting, burst equipment and worn pipes: accidents too
    "Firefighters battled a blaze at a textile factory in Mosul's industrial zone for six hours on Tuesday.",
    "An electricity transformer exploded in a residential street in Najaf on Monday, injuring two passers-by.",
    "Flames engulfed a hospital ward in Nasiriyah on Monday after an oxygen cylinder exploded, killing 20 patients.",
    "Workers were injured on Sunday when a pipeline ruptured and exploded at an oil field near Basra due to corrosion.",
    "A petrol station exploded in Dhi Qar on Wednesday, killing two attendants.",
    "Three labourers were killed when a wall collapsed at a construction site in Erbil on Thursday.",
    "Faulty wiring caused a blaze that killed four children in a house in Mosul on Monday.",
])
def test_english_fire_put_out_and_tank_blasts_are_accidents(pipeline, text):
    assert _events(pipeline, text, "2024-05-07") == ()


def test_english_match_report_wingers_and_counterattack_are_sport(pipeline):
    text = ("NAJAF — Al-Najaf FC beat Al-Zawraa 2-1 on Saturday. The visitors opened the scoring through a "
            "deflected shot. The hosts' wingers attacked down both flanks and overran the tired full-backs. "
            "A counterattack in the 80th minute sealed it before a home crowd of 8,000.")
    assert _events(pipeline, text, "2024-05-07") == ()


@pytest.mark.parametrize("text", [
    "Every drone attack on the oil fields of Kurdistan costs the region millions in lost revenue.",
    "Each Turkish strike in Duhok angers villagers who have lost orchards.",
])
def test_english_every_or_each_attack_speaks_in_general(pipeline, text):
    assert _events(pipeline, text, "2024-05-07") == ()


def test_english_occupation_is_a_political_label_not_ground_taken(pipeline):
    # factions and clerics call foreign troops "the occupation": no territory taken
    text = "The faction's leader said in Najaf on Sunday that the American occupation must end before the elections."
    assert _events(pipeline, text, "2024-05-07") == ()


def test_english_possessive_day_of_another_deed_does_not_date_the_event(pipeline):
    # "Wednesday's ambush" dates the ambush recalled; the arrest is Friday's, told far before the verb
    text = ("On Friday, a joint force of soldiers and federal police backed by helicopters detained three "
            "suspects in Samarra over Wednesday's ambush.")
    (event,) = [e for e in _events(pipeline, text, "2024-05-11") if e.sub_event_type == "Arrests"]
    assert event.date.start == "2024-05-10"


def test_english_summoned_envoy_over_a_strike_is_a_reaction(pipeline):
    # a diplomatic summons over an attack reacts to it; the capital is the government, not where it happened
    text = "Baghdad summoned the Iranian ambassador on Sunday over the shelling of border villages."
    assert _events(pipeline, text, "2024-05-07") == ()


@pytest.mark.parametrize("text", [
    ("Demonstrations first broke out in Diwaniyah on Monday. Twenty people were killed nationwide over the "
     "following days, a rights group said."),
    "Nine people were killed across the country on Friday as police fired on crowds, the rights commission said.",
])
def test_english_nationwide_toll_is_a_summary_no_event_of_one_place(pipeline, text):
    assert not [e for e in _events(pipeline, text, "2019-10-27") if e.sub_event_type in ("Attack", "Armed clash")]


def test_english_clan_clash_is_an_event_word_not_only_a_party(pipeline):
    # "clan clash(es)" also names the clan militia (an actor alias); as an event word it is a clash
    (event,) = _events(pipeline, "A clan clash broke out in a village near Qurna on Sunday, wounding four men.",
                       "2022-04-19")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    # a habit told by an adverb of frequency, in a sentence with no day
    "Militias routinely fire rockets at the US embassy in Baghdad.",
    "Smugglers frequently exchange fire with border guards near Rutba.",
    # a deed told as a common thing
    "Rocket attacks on the Green Zone in Baghdad are frequent.",
    "Kidnappings of traders have become common in Kirkuk.",
    # concern voiced over a deed reacts to it
    "The UN envoy expressed concern on Monday over the killing of protesters in Nasiriyah.",
])
def test_english_habits_common_deeds_and_concern_are_no_events(pipeline, text):
    assert _events(pipeline, text, "2024-05-12") == ()


@pytest.mark.parametrize("text", [
    "KARBALA — Karbala's volleyball side swept past Najaf 3-1 on Thursday at the city's indoor arena.",
    ("HILLA — Babil SC beat Samawa 1-0 on Friday. Their striker fired home in the second minute. \"We killed the "
     "game early,\" their coach said. The result lifts them to the top of the table."),
])
def test_english_match_idioms_are_sport(pipeline, text):
    assert _events(pipeline, text, "2024-05-12") == ()


def _claims_of(pipeline, text, published):
    return pipeline.extract(Article(text=text, published=published)).claims


@pytest.mark.parametrize("text,count", [
    # an adjective of kind between the figure and the tally noun
    ("Our teams responded to 14 explosive incidents in Anbar during the reporting period.", 14),
])
def test_english_tally_with_an_adjective_of_kind(pipeline, text, count):
    (claim,) = _claims_of(pipeline, text, "2024-05-14")
    assert claim.count.low == count
    assert not _events(pipeline, text, "2024-05-14")


@pytest.mark.parametrize("text", [
    "Whenever militants bomb a power line in Diyala, villages go dark for days.",
    "Each time gunmen attack a checkpoint near Tarmiyah, the army closes the road.",
])
def test_english_whenever_and_each_time_tell_a_habit(pipeline, text):
    assert _events(pipeline, text, "2024-05-14") == ()


@pytest.mark.parametrize("text", [
    "Students in Mosul staged an online protest on Tuesday against exam results.",
    "The speaker attacked his rivals in a televised speech in Baghdad on Monday.",
    "The new tax drew a storm of protest online in Erbil on Sunday.",
])
def test_english_online_protest_and_words_of_attack_are_no_events(pipeline, text):
    assert _events(pipeline, text, "2024-05-14") == ()


def test_arabic_retaking_told_as_done_is_kept(pipeline):
    (event,) = _events(pipeline, "أعلن الجيش أمس تطهير قرية البو حمدان في قضاء الشرقاط من عناصر داعش.", "2016-03-10")
    assert event.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "وأكد التقرير أن 230 عنصرا من منتسبي الجيش والشرطة قتلوا خلال شهر مارس فيما أصيب 400 آخرون.",
    "وقالت المنظمة إن 75 شخصا قتلوا في محافظة ديالى خلال آذار الماضي.",
])
def test_arabic_toll_during_a_named_month_is_a_tally(pipeline, text):
    assert _events(pipeline, text, "2016-04-02") == ()


def test_arabic_on_this_day_column_lists_history(pipeline):
    text = ("تستعيد الصحيفة أبرز ما جرى في مثل هذا اليوم الموافق للعاشر من آذار على النحو التالي: 1921 - اعمال شغب "
            "في القاهرة احتجاجا على الضرائب. 1950 - انقلاب عسكري في دمشق.")
    assert _events(pipeline, text, "2016-03-10") == ()


@pytest.mark.parametrize("text,sub_type", [
    ("ضبطت الأجهزة الأمنية الأردنية شبكة إرهابية تنتمي إلى تنظيم داعش وتضم ستة متهمين.", "Arrests"),
    ("ضبطت قوات الشرطة في البصرة خلية إرهابية تضم أربعة متهمين.", "Arrests"),
    ("ضبطت قوات الشرطة في البصرة كدسا للأسلحة والعتاد.", "Disrupted weapons use"),
])
def test_arabic_seizing_verb_with_a_cell_past_its_subject_arrests(pipeline, text, sub_type):
    (event,) = _events(pipeline, text, "2016-03-10")
    assert event.sub_event_type == sub_type


def test_arabic_tolls_broken_down_after_a_monthly_toll_are_no_events(pipeline):
    text = ("قالت البعثة الأممية إن 1100 عراقي لقوا مصرعهم وأصيب 1900 آخرون في أعمال العنف خلال مارس الماضي. وأكد "
            "البيان أن 410 عناصر من منتسبي الجيش والشرطة قتلوا خلال شهر مارس فيما أصيب 520 آخرون. وذكر أن محافظة "
            "بغداد سجلت سقوط 290 قتيلا و610 جرحى تلتها محافظة ديالى ب 140 قتيلا فيما سجلت محافظة كركوك مقتل 40 "
            "وإصابة 60 آخرين. وقال نقلا عن دائرة صحة محافظة نينوى إن 160 من المدنيين قتلوا وأصيب 380 آخرون بجروح "
            "جراء القتال الدائر بين القوات الأمنية المشتركة وعناصر تنظيم داعش.")
    assert _events(pipeline, text, "2016-04-02") == ()


def test_arabic_history_with_its_year_dates_the_undated_sentence_after_it(pipeline):
    # r12 (2015 corpus): a sentence of last year's history, its year named ("العام الماضي"), goes on in the undated
    # sentence after it, which is that history too, not the publication day's news
    text = ("وفي الرابع من مايو (أيار) العام الماضي اجتاح المسلحون بلدة تل كيف في محافظة نينوى. "
            "وارتكب المسلحون مجزرة بحق السكان بعد انسحاب القوات.")
    assert _events(pipeline, text, "2015-05-06") == ()
    # the same deed told with today's day stays news
    assert _events(pipeline, "وارتكب المسلحون مجزرة بحق السكان في بلدة تل كيف في محافظة نينوى اليوم.", "2015-05-06")


@pytest.mark.parametrize("text", [
    "وكان الوزير قد شن في مقابلة تلفزيونية هجوماً على الحكومة الكويتية يوم الأحد.",
    "وشن في كلمته أمس هجوما حادا على الأحزاب الدينية في بغداد.",
])
def test_arabic_attack_noun_launched_in_a_speech_is_verbal(pipeline, text):
    # r12 (2015 corpus): a speech or interview named between شن and the attack noun is where the attack in words
    # was made, as after an attack verb ("هاجم في خطابه")
    assert _events(pipeline, text, "2015-08-05") == ()
    # a real attack launched with no speech between stays
    assert _events(pipeline, "وشن مسلحون أمس هجوما على حاجز للجيش في الطارمية شمال بغداد.", "2015-08-05")


@pytest.mark.parametrize("text", [
    "وبحسب حصيلة لوكالة الأنباء، قتل 23 شرطيا في هجمات نسبت للمتمردين منذ التصعيد الأخير.",
    "وبحسب تعداد للوكالة، فإن 23 شرطيا قتلوا في هجمات للمتمردين منذ انهيار الهدنة.",
])
def test_arabic_dead_since_an_escalation_or_a_truces_collapse_are_a_tally(pipeline, text):
    # r12 (2015 corpus): "منذ التصعيد" / "منذ انهيار" (since the escalation, since the truce broke down) count
    # a running total, as "منذ اندلاع" does
    assert _events(pipeline, text, "2015-08-05") == ()


@pytest.mark.parametrize("text,dead", [
    ("Three shopkeepers were gunned down near the market in Baiji on Sunday evening.", 3),
    ("Two brothers were gunned down at a bogus checkpoint outside Hawija on Sunday.", 2),
])
def test_english_passive_gunned_down_counts_its_subject(pipeline, text, dead):
    # "gunned down" is a casualty word like "shot dead": the figure of the passive's subject is the toll
    (event,) = _events(pipeline, text, "2024-05-14")
    assert event.fatalities.best == dead


def test_english_killing_then_fire_on_him_stays_an_attack(pipeline):
    # a named civilian killed with no doer, then the gunmen's shots at "him": how the killing went, not a clash
    text = ("Poet Karim Abbas was gunned down outside a cafe in Baghdad's Palestine Street on Thursday night. "
            "Two gunmen on a motorbike opened fire on him as he stepped out, witnesses said.")
    (event,) = _events(pipeline, text, "2024-05-17")
    assert event.sub_event_type == "Attack"
    assert event.actor1.id == "unidentified-gunmen" and event.actor2.id == "civilians"


def test_a_toll_of_these_air_strikes_is_not_the_roadside_bomb_told_before(pipeline):
    # s21 r5: "قتل ... في هذه الغارات" after a roadside bomb: the toll the air strikes ran up over weeks points to
    # the raids, not to the bomb told before it (which keeps its own dead and wounded)
    text = ("قتل جندي وأصيب ثلاثة آخرون صباح اليوم عندما انفجرت عبوة ناسفة بدورية عسكرية في بلدة جزرة. "
            "وتشن المقاتلات يوميا غارات على مواقع المسلحين في الجبال. "
            "وقتل ما لا يقل عن 150 مسلحا وأصيب نحو 300 في هذه الغارات بحسب الجيش.")
    (event,) = _events(pipeline, text, "2015-08-02")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.fatalities.best, event.injured.best) == (1, 3)


def test_a_foreign_states_two_services_tell_one_round_of_arrests(pipeline):
    # s21 r5: the police's arrest, then the army's raids "that led to the arrest of the suspects": one deed of one
    # foreign state told twice (as two Iraqi services' would be), not a second round of arrests
    text = ("اعتقلت الشرطة التركية صباح أمس تسعة أشخاص يشتبه بصلتهم بتنظيم داعش في مدينة أنطاكيا. "
            "وأوضح مسؤول محلي أن قوات الجيش التركي دهمت في حملة متزامنة منازل عدة في المدينة، ما أدى إلى "
            "اعتقال المشتبه بهم.")
    (event,) = _events(pipeline, text, "2015-08-08")
    assert event.sub_event_type == "Arrests"


def test_arabic_unsourced_history_after_the_lead_is_background(pipeline):
    # an Arabic deed of last week told after the lead as known fact, with no source, under a story of newer news,
    # is background, as in English; with a source it is news the story tells, and a feature's only deed stands
    lead = "قصفت طائرات حربية تركية ليل الجمعة مواقع لحزب العمال الكردستاني قرب قرية زاخو في محافظة دهوك.\n"
    old = "وكان من المقرر تنظيم التجمع في أنقرة، بعد أن قتل انتحاري 20 شخصا في بلدة حدودية الأسبوع الماضي."
    events = _events(pipeline, lead + old, "2015-07-25")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    sourced = "وقالت الشرطة إن انتحاريا قتل 20 شخصا في بلدة حدودية الأسبوع الماضي."
    assert len(_events(pipeline, lead + sourced, "2015-07-25")) == 2
    only = "تغير كل شيء في السوق منذ ذلك اليوم.\n" + old
    assert len(_events(pipeline, only, "2015-07-25")) == 1


def test_arabic_report_verb_in_a_relative_clause_does_not_source_the_history(pipeline):
    # "الحزب الذي اتهم الحكومة" tells who the party is, not who reports the recalled bombing: still background
    lead = "قصفت طائرات حربية تركية ليل الخميس مواقع لحزب العمال الكردستاني قرب قرية زاخو في محافظة دهوك.\n"
    old = ("وتتواصل الاشتباكات منذ التفجير الانتحاري في 20 يوليو في بلدة حدودية والذي أسفر عن مقتل 20 شخصا، "
           "ما أثار غضب الحزب الذي اتهم الحكومة بالتقصير.")
    events = _events(pipeline, lead + old, "2015-07-31")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "أعلنت السلطات في البصرة اليوم أنها ستمنع ناشطين من تنظيم مسيرة في ساحة التحرير يوم الجمعة بسبب مخاوف أمنية.",
    "قال المحافظ إن القرار الجديد يمنع تنظيم تظاهرات في ساحة الحبوبي بمدينة الناصرية.",
    "حظرت السلطات المحلية تنظيم مسيرة للناشطين في ساحة الحبوبي بمدينة الناصرية اليوم.",
])
def test_arabic_protest_banned_or_to_be_prevented_is_no_event(pipeline, text):
    # a march the authorities will prevent or a protest they ban is no protest held
    assert _events(pipeline, text, "2015-07-25") == ()


def test_arabic_seizure_of_two_countries_is_background(pipeline):
    # a group's hold over "large parts of Syria and Iraq" is a war's sweep told as background, no one seizure;
    # a town seized near a border stays an event
    lead = "قصفت طائرات التحالف أمس مواقع للتنظيم قرب مدينة تلعفر غرب الموصل.\n"
    swept = "وسيطر التنظيم على أجزاء كبيرة من العراق وسوريا."
    events = _events(pipeline, lead + swept, "2015-08-06")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    town = "وسيطر مسلحو التنظيم فجر اليوم على بلدة القائم قرب الحدود مع سوريا."
    events = _events(pipeline, town, "2015-08-06")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text,count", [
    # a bare verb of agreeing with no side named and no truce told: a deal of any kind, no settlement
    ("وكان الجانبان قد اتفقا في مطلع الشهر على استخدام المطار العسكري القريب من مدينة الموصل.", 0),
    ("اتفقت بغداد وأربيل أمس على تصدير النفط عبر ميناء جيهان.", 0),
    # a truce told, or a side named, stays an agreement
    ("اتفق الجانبان أمس على وقف إطلاق النار في قضاء طوزخورماتو.", 1),
])
def test_arabic_bare_agreeing_with_no_side_and_no_truce_is_no_agreement(pipeline, text, count):
    assert len(_events(pipeline, text, "2015-07-24")) == count


@pytest.mark.parametrize("text", [
    "قال الحزب في بيان إن الهدنة مع الحكومة لم يعد لها معنى بعد قصف الليلة الماضية قرب قرية في دهوك.",
    "أعلن مسلحو العشيرتين أمس انهيار الهدنة بينهما في قضاء الزبير.",
])
def test_arabic_truce_ended_is_no_agreement(pipeline, text):
    # a truce told as ended or meaningless is no agreement reached
    assert not [e for e in _events(pipeline, text, "2015-07-25") if e.sub_event_type == "Agreement"]


def test_strikes_told_in_two_countries_with_no_governorate_stay_apart(pipeline):
    # jets striking one group "in Syria" and another "in northern Iraq" on one night: two events, not one
    text = ("شنت مقاتلات أردنية ليل الخميس غارات جوية على مواقع لتنظيم داعش في سوريا.\n"
            "وقال الجيش إن المقاتلات الأردنية قصفت ليل الخميس أهدافا للتنظيم بشمال العراق.")
    events = _events(pipeline, text, "2015-07-25")
    assert sorted(e.location.country for e in events) == ["Iraq", "Syria"]


def test_arabic_subheading_line_is_no_event_of_its_own(pipeline):
    text = ("أفاد مراقبون أمس بأن مئات تظاهروا في مدينة حمص للمطالبة بالإفراج عن معتقلين.\n"
            " معارك في إدلب\n"
            " وفي ريف إدلب الجنوبي، قصفت طائرات حربية قرية كفرنبل ليلة أمس وقتلت سبعة مدنيين.\n")
    events = _events(pipeline, text, "2015-08-10")
    assert all("معارك في إدلب" not in e.evidence.sentence.text for e in events)
    assert not any(e.event_type == "Battles" for e in events)


def test_arabic_our_forces_storming_is_no_riot(pipeline):
    text = "وقال آمر اللواء إن «قواتنا تمكنت صباح اليوم من اقتحام مبنى المستشفى في الرمادي»."
    assert not any(e.event_type == "Riots" for e in _events(pipeline, text, "2015-08-10"))


def test_arabic_toll_summed_over_sorties_is_no_event(pipeline):
    text = ("قصفت المدفعية العراقية مواقع للمسلحين في ناحية الكرمة أمس وقتلت أربعة منهم.\n"
            "وأشار البيان إلى تنفيذ طيران التحالف الدولي 12 طلعة جوية، أسفرت بمجملها عن قتل 40 من عناصر داعش "
            "وتدمير ست مركبات.")
    events = _events(pipeline, text, "2015-07-22")
    assert not any(e.fatalities is not None and e.fatalities.best == 40 for e in events)


@pytest.mark.parametrize("text", [
    ("BAIJI — At the cemetery on Friday, one mother recalled how militants dragged her sons from the house and "
     "shot them at the gate."),
    "A former guard remembered how the insurgents stormed the prison and freed hundreds of inmates.",
])
def test_english_recollection_tells_the_earlier_deed(pipeline, text):
    assert _events(pipeline, text, "2024-05-17") == ()


@pytest.mark.parametrize("text", [
    "Tanks shelled mock targets near Nukhaib on Sunday while special forces stormed a mock compound.",
    "Gunners fired mortars at dummy targets on the range near Kut on Monday.",
])
def test_english_mock_targets_name_a_drill(pipeline, text):
    assert _events(pipeline, text, "2024-05-17") == ()


@pytest.mark.parametrize("text", [
    "Unless the canals are shared fairly, the two clans near Rifai will keep clashing over water every summer.",
    "Commanders admit their men will go on hunting the same cells in the Hamrin hills each year.",
])
def test_english_future_habit_is_no_plan(pipeline, text):
    assert _events(pipeline, text, "2024-05-17") == ()


@pytest.mark.parametrize("text", [
    "The Peshmerga ministry on Monday denied reports that its forces would hand over Makhmour to the army next week.",
    "Kataib Hezbollah denied on Sunday that it will attack oil companies in Basra.",
])
def test_english_denied_future_is_no_denied_deed(pipeline, text):
    assert _events(pipeline, text, "2024-05-20") == ()


def test_a_column_footer_listing_the_writers_other_articles_makes_it_an_opinion_piece(pipeline):
    # a newspaper column ends on "other articles by the writer" run into their titles: its recalled bombing,
    # told with no day of its own, is argument, not news
    text = ("لا يمكن فهم ما يجري في المنطقة دون النظر إلى جذور التطرف وأسبابه العميقة.\n"
            "فقد قتل انتحاري عشرين مصليا في مسجد بمدينة الدمام وسط ذهول الناس.\n"
            "ويبقى الحل في تجفيف منابع الفكر المنحرف قبل ملاحقة أتباعه.\n"
            "مقالات أخرى للكاتبالعراق بين الطائفة والدولةحين يصبح الإعلام سلاحا")
    assert not _events(pipeline, text, "2015-08-09")


def test_a_column_signed_with_its_writers_email_is_an_opinion_piece(pipeline):
    # the writer's e-mail address as the last word signs a column
    text = ("ليست هذه أول مرة يضرب فيها الإرهاب مدن الخليج ولن تكون الأخيرة.\n"
            "فقد قتل انتحاري عشرين مصليا في مسجد بمدينة الدمام وسط ذهول الناس.\n"
            "والحل في مواجهة الفكر قبل مواجهة السلاح.\n"
            "k.alharbi@example-paper.com")
    assert not _events(pipeline, text, "2015-08-09")


def test_a_columns_fresh_bombing_keeps_the_toll_told_in_its_next_sentence(pipeline):
    # a signed column tells yesterday's bombing, then its toll as the spokesman gave it: the toll is the
    # fresh event's, not a recalled one
    text = ("ليست هذه أول مرة يضرب فيها الإرهاب مدن الخليج ولن تكون الأخيرة.\n"
            "أمس فجر انتحاري نفسه في مصلين بمسجد في مدينة نجران.\n"
            "وحسب المتحدث باسم الشرطة فقد وقع تفجير أثناء الصلاة نتج عنه مقتل سبعة أشخاص وإصابة خمسة آخرين.\n"
            "والحل في مواجهة الفكر قبل مواجهة السلاح.\n"
            "k.alharbi@example-paper.com")
    events = _events(pipeline, text, "2015-08-09")
    assert [e.fatalities.best if e.fatalities else None for e in events] == [7]


def test_arabic_strike_retold_without_its_country_is_one_strike(pipeline):
    # a strike told with its country, then told again in a statement naming no country (placed only by the
    # article's country): one strike, in the country told
    import dataclasses
    from marsad.extract.merge import MergeHints, merge_events
    from marsad.resolve.places import country_location
    (strike,) = [e for e in _events(pipeline, "قصفت طائرات حربية تركية أمس مواقع للمسلحين.", "2015-08-10")
                 if e.event_type == "Explosions/Remote violence"]
    told = dataclasses.replace(strike, location=country_location("Syria"))
    again = dataclasses.replace(strike, event_id="e-again", location=country_location("Turkey"),
                                evidence=dataclasses.replace(strike.evidence, sentence=dataclasses.replace(
                                    strike.evidence.sentence, start=400, end=460)))
    assert len(merge_events([told, again])) == 2
    (one,) = merge_events([told, again], MergeHints(unplaced={"e-again"}))
    assert one.location.country == "Syria"


def test_arabic_air_support_after_and_with_support_is_no_strike(pipeline):
    # "وبدعم طيران التحالف" backs the ground advance: the aircraft named after it strike nothing of their own
    text = ("وقال قائد الشرطة إن قوات الجيش والحشد وبدعم طيران التحالف تقدمت أمس نحو مركز ناحية الكرمة "
            "واشتبكت مع مسلحي داعش.")
    events = _events(pipeline, text, "2015-08-10")
    assert not any(e.sub_event_type == "Air/drone strike" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Masked men shot dead a shopkeeper in Tarmiyah on Friday, and a roadside bomb wounded two soldiers near "
     "Jurf al-Sakhar hours later.",
     {("Attack", "IQ-BG"), ("Remote explosive/landmine/IED", "IQ-BB")}),
    ("Militants attacked an army post in Heet on Sunday, while mortar rounds fell on a market in Haditha.",
     {("Armed clash", "IQ-AN"), ("Shelling/artillery/missile attack", "IQ-AN")}),
    ("Hundreds of farmers rallied in Kufa on Thursday, and organisers called for a march in Baghdad on Sunday.",
     {("Peaceful protest", "IQ-NA"), ("Peaceful protest", "IQ-BG")}),
])
def test_english_joined_clause_elsewhere_is_a_second_event(pipeline, text, expected):
    events = _events(pipeline, text, "2021-03-20")
    assert {(e.sub_event_type, e.location.admin1_code) for e in events} == expected
    assert len(events) == 2


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint in Heet on Sunday, and two policemen were killed in the attack.",
    "Gunmen opened fire on villagers near Muqdadiya on Sunday, while a doctor in Baquba said six were wounded.",
])
def test_english_joined_clause_same_deed_stays_one(pipeline, text):
    assert len(_events(pipeline, text, "2021-03-20")) == 1


def test_arabic_visit_to_look_into_operations_is_no_event(pipeline):
    # the object of "to look into" (للاطلاع على) is what a visitor inspects, not a deed told
    assert not _events(pipeline, "وصل قائد الشرطة إلى قضاء الطارمية أمس للاطلاع على سير العمليات العسكرية ضد مسلحي داعش.")
    (event,) = _events(pipeline, "زار المحافظ السوق للاطلاع على حجم الأضرار التي خلفها التفجير الذي وقع في المدينة صباح أمس.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_arabic_present_fights_describes_a_war_no_event(pipeline):
    # the present "يقاتل" with no day tells who fights whom in a war, no clash of a day
    assert not _events(pipeline, "ويقاتل تنظيم داعش في قضاء سنجار ضد قوات البيشمركة التي تتلقى دعما جويا من التحالف.")


def test_arabic_bomb_of_a_foiled_attempt_is_no_blast(pipeline):
    # the car bomb told with ب after a foiled attempt, past a comma, is how the foiled deed was to be done
    events = _events(pipeline, "وأعلنت قيادة عمليات الجزيرة إحباط محاولة لداعش كانت تستهدف مقر الفوج الثالث غربي هيت، بسيارة "
                               "مفخخة يقودها انتحاري، مشيرة إلى مقتل خمسة عناصر من التنظيم في جزيرة البغدادي.")
    assert not any(e.sub_event_type == "Suicide bomb" for e in events)


def test_operations_command_name_word_is_no_deed(pipeline):
    # "عمليات" opening the name of an operations command ("قاطع عمليات الأنبار") is no operation told, and the
    # removal of bombs told after it does not join it as a recalled deed: the bombs were not set off
    text = ("وأفاد مراسل محلي بأن القطعات العسكرية تمكنت من استعادة تلة الصفرة في قاطع عمليات الأنبار جنوب مدينة "
            "الرمادي مركز محافظة ديالى وإزالة أكثر من مئتي عبوة ناسفة.")
    assert not any(e.event_type == "Explosions/Remote violence" for e in _events(pipeline, text, "2016-05-10"))


def test_arabic_bare_soldiers_take_the_foreign_army_the_sentence_names(pipeline):
    # a bare "soldiers" of an event placed nowhere, in a sentence naming only Turkey's army: Turkey's soldiers
    text = "أكد الجيش التركي أن ثلاثة جنود قتلوا وأصيب خمسة في هجوم شنه حزب العمال الكردستاني فجر اليوم."
    events = _events(pipeline, text, "2016-05-02")
    assert events and all(e.actor2 is not None and e.actor2.id == "turkey-military" for e in events)


def test_arabic_bare_police_of_an_event_placed_abroad_are_that_countrys(pipeline):
    # the article's story is in Turkey: a bare "police" hit in a bombing placed there is Turkey's police
    text = ("أصيب أربعة من عناصر الشرطة بانفجار عبوة ناسفة استهدفت دورية في ولاية ديار بكر جنوب شرقي تركيا "
            "مساء أمس، واتهمت السلطات حزب العمال الكردستاني بتنفيذه.")
    events = [e for e in _events(pipeline, text, "2016-05-02") if e.location and e.location.country == "Turkey"]
    assert events and all(e.actor2 is None or not e.actor2.id.startswith("iraq-") for e in events)


def test_bare_iraqi_force_of_an_event_merged_abroad_takes_that_countrys_forces(pipeline):
    # a side filled from another sentence ("سيارة تابعة للجيش") after the event was placed in Turkey: Turkey's army,
    # unless the words name Iraq
    import dataclasses

    from marsad.extract.merge import forces_of_place
    from marsad.records import Span
    text = "انفجرت عبوة ناسفة على طريق في ولاية هكاري جنوب شرقي تركيا صباح اليوم. وكانت العبوة تستهدف سيارة تابعة للجيش."
    event = next(e for e in _events(pipeline, text, "2016-05-02") if e.location.country == "Turkey")
    army = pipeline.knowledge.actors["iraq-army"].actor
    at = text.index("للجيش")
    bare = dataclasses.replace(event, actor2=army, evidence=dataclasses.replace(
        event.evidence, actor2=Span(at, at + 5, "للجيش")))
    assert forces_of_place([bare], pipeline.knowledge, text)[0].actor2.id == "turkey-military"
    named = text.replace("للجيش.", "للجيش العراقي.")
    kept = dataclasses.replace(bare, evidence=dataclasses.replace(bare.evidence, actor2=Span(at, at + 5, "للجيش")))
    assert forces_of_place([kept], pipeline.knowledge, named)[0].actor2.id == "iraq-army"


def test_arabic_man_of_another_force_joined_to_the_dead_is_hit_too(pipeline):
    # "four of the police and a soldier of the army" killed: the army is hit too, not the attacker
    text = "أعلنت ولاية هكاري عن مقتل ثلاثة عناصر من الشرطة وجندي من الجيش التركي بانفجار لغم مساء أمس."
    events = _events(pipeline, text, "2016-05-02")
    assert events and all(e.actor1 is None or e.actor1.id != "turkey-military" for e in events)


def test_arabic_attack_recalled_as_cause_of_later_news_is_no_event(pipeline):
    # a bombing of last week told "in response to" inside a sourced sentence, under the day's strikes: background
    text = ("قصفت طائرات حربية تركية ليل الجمعة مواقع لمسلحين في شمال العراق.\n"
            "وكانت الحكومة أكدت أنها لن تتهاون مع المسلحين، وذلك ردا على هجوم انتحاري دموي وقع الاثنين "
            "في بلدة أقجة قلعة وأودى بحياة عشرين شخصا.")
    events = _events(pipeline, text, "2015-07-26")
    assert not any(e.date is not None and e.date.start == "2015-07-20" for e in events)
    assert any(e.sub_event_type == "Air/drone strike" for e in events)


def test_arabic_attack_that_took_place_with_no_day_is_no_event(pipeline):
    # "الاعتداء الذي تم في البلدة" describes a deed the reader knows; with no day in its sentence, under the day's
    # strikes, it is background, not an attack of the day
    text = ("قصفت مقاتلات تركية أمس مواقع لحزب العمال الكردستاني في جبال قنديل شمالي العراق.\n"
            "وأرغم هجوم أقجة قلعة أنقرة على الانضمام إلى الحملة ضد المتشددين بعد سنوات من الاتهامات.\n"
            "لكن الاعتداء الذي تم في أقجة قلعة وأوقع عشرين قتيلا ونسب إلى داعش، قلب الحسابات.")
    events = _events(pipeline, text, "2015-08-03")
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"


def test_arabic_fall_of_a_city_in_a_quote_is_no_event(pipeline):
    text = ("قتل ثلاثة من عناصر الشرطة أمس بانفجار عبوة ناسفة في قضاء الشرقاط.\n"
            "وقال النائب إن سقوط الموصل كان بسبب انسحاب القطعات العسكرية دون قتال.")
    events = _events(pipeline, text, "2015-08-01")
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in events)


def test_arabic_fresh_attack_after_ithr_and_lead_attack_retold_stand(pipeline):
    # a noun after "إثر" with a fresh day is the news; a lead's attack named again later is the story itself
    text = ("قتل جنديان وأصيب أربعة آخرون مساء أمس إثر تفجير سيارة ملغومة لدى مرور قافلة عسكرية في ديار بكر.\n"
            "وقال مصدر إن التفجير الذي وقع في ديار بكر نفذه مسلحون.")
    events = _events(pipeline, text, "2015-07-26")
    assert len(events) == 1 and events[0].date.start == "2015-07-25"


def test_arabic_indefinite_attack_that_took_place_on_an_old_day_is_no_event(pipeline):
    # "هجوم وقع في 3 آب": an attack with its old day, told as the spark of the day's fighting, is background
    text = ("قتل جنديان تركيان صباح اليوم في هجوم استهدف قافلة عسكرية في ولاية ماردين.\n"
            "وكان هجوم وقع في 3 آب في بلدة أقجة قلعة وأوقع 20 قتيلا بين ناشطين شرارة لسلسلة من الردود.")
    events = _events(pipeline, text, "2015-08-20")
    assert [e.date.start for e in events] == ["2015-08-20"]


def test_arabic_jets_counted_before_their_series_of_strikes_tell_one_strike(pipeline):
    # a count of aircraft, their model and the day between the verb and "a new series of strikes": the aircraft
    # are counted, not the strikes, and the series is the verb's object
    text = ("شنت نحو عشرين مقاتلة أردنية من طراز اف-16 اليوم الأحد سلسلة جديدة من الغارات على مواقع "
            "لتنظيم داعش في جنوب سوريا.")
    events = _events(pipeline, text, "2015-08-09")
    assert [(e.sub_event_type, e.actor2.id if e.actor2 else None) for e in events] == [("Air/drone strike", "isis")]


def test_arabic_count_of_aircraft_is_no_tally_of_strikes(pipeline):
    text = "وشنت أربع طائرات تركية غارات ضد أهداف لحزب العمال الكردستاني في شمال العراق."
    events = _events(pipeline, text, "2015-08-09")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_arabic_new_wave_of_strikes_after_a_clash_is_its_own_event(pipeline):
    # "موجة جديدة من الغارات": strikes of a new wave, no mention of the attack told before
    text = ("وهاجم مسلحون مركزا للشرطة في مدينة أضنة أمس ما أسفر عن مقتل شرطيين.\n"
            "وشنت نحو 20 طائرة تركية من طراز إف - 16 موجة جديدة من الغارات ضد أهداف لحزب العمال الكردستاني "
            "شمال العراق.")
    events = _events(pipeline, text, "2015-08-09")
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_arabic_strike_told_hours_earlier_is_an_event(pipeline):
    text = "وقبل ساعات شنت طائرات تركية غارات على مواقع لحزب العمال الكردستاني في جبال شمال العراق."
    events = _events(pipeline, text, "2015-08-09")
    assert [e.location.country for e in events if e.sub_event_type == "Air/drone strike"] == ["Iraq"]


def test_arabic_mention_placed_in_turkey_does_not_take_strikes_told_in_northern_iraq(pipeline):
    # a statement quoted in an article placed in a Turkish province, then strikes "in northern Iraq": the strikes
    # keep their country, the quote does not move them into Turkey
    text = ("قتل جنديان تركيان في تفجير سيارة مفخخة في منطقة ليجه بمحافظة ديار بكر أمس.\n"
            "وقالت الجماعة إنه «وسط هذا القصف الجوي الكثيف لم يعد للهدنة أي معنى».\n"
            "وكان سلاح الجو التركي شن ليل الجمعة سلسلة غارات على القواعد الخلفية لحزب العمال الكردستاني "
            "في شمال العراق.")
    strikes = [e for e in _events(pipeline, text, "2015-07-27") if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location is not None and e.location.country == "Iraq" for e in strikes)


def test_arabic_about_to_attack_is_no_deed_done(pipeline):
    # "على وشك" (about to) tells a deed not yet done: a plan, never an occurred bombing
    events = _events(pipeline, "وقال المحققون إن الشاب الموقوف كان على وشك تنفيذ هجوم انتحاري في سوق الكاظمية.")
    assert not any(e.status == "occurred" for e in events)


def test_arabic_past_forecast_verb_tells_no_attack(pipeline):
    # a past forecast verb ("وتوقع خبير تنفيذ هجمات") before the deed: what is expected, not done
    events = _events(pipeline, "وتوقع محلل أمني تنفيذ المسلحين هجمات واسعة على بلدات ديالى خلال الأسابيع المقبلة.")
    assert not any(e.status == "occurred" for e in events)


def test_arabic_so_that_not_arrested_is_no_arrest(pipeline):
    # "لكي لا يتم القبض عليهم": the arrest the aim kept from happening is no arrest
    events = _events(pipeline, "ساعد السكان الجنود على مغادرة تكريت لكي لا يتم القبض عليهم من قبل المسلحين.")
    assert not any(e.sub_event_type == "Arrests" for e in events)


def test_arabic_detention_held_since_is_no_arrest(pipeline):
    # "كانت تعتقله منذ مارس": a present arrest verb made past by كانت and run on to "since" tells a detention held
    # from an earlier arrest (here handed over), no arrest of the day
    events = _events(pipeline, "أعلن الجيش الأمريكي أنه سلم السلطات العراقية أمس قياديا في داعش كانت قواته تعتقله منذ "
                               "مارس الماضي.")
    assert not any(e.sub_event_type == "Arrests" for e in events)


def test_arabic_kinds_of_a_tally_after_ranged_between_are_no_events(pipeline):
    # after a tally ("نحو 40 عملية"), "تراوحت ما بين" opens the list of the kinds of deeds counted: no event each
    text = ("وبحسب تقرير لمركز دراسات في بغداد، شهدت ديالى نحو 40 عملية مسلحة خلال الشهر الماضي، تراوحت ما بين "
            "اغتيالات وتفجيرات انتحارية وزرع عبوات ناسفة.")
    assert not _events(pipeline, text, "2016-03-10")


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى الموصل أمس على متن طائرة عسكرية لتفقد القطعات.",
    "وجه القضاء أمس ضربة قاسية لشبكات الفساد في وزارة النفط في بغداد.",
    "تلقت الحكومة ضربة موجعة أمس بعد انسحاب كتلة نيابية من البرلمان في بغداد.",
])
def test_arabic_aboard_a_plane_and_a_hard_blow_are_no_strikes(pipeline, text):
    # "على متن طائرة" is a ride; "ضربة قاسية/موجعة" a setback: no air strike
    assert not _events(pipeline, text, "2016-03-10")


def test_arabic_hard_blow_beside_a_real_strike_keeps_it(pipeline):
    (event,) = _events(pipeline, "وجه الطيران العراقي أمس ضربة موجعة لداعش في الحويجة أسفرت عن مقتل 20 من عناصره.",
                       "2016-03-10")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "وعقد اجتماع في غرفة العمليات في بعقوبة أمس بحضور المحافظ.",
    "وأكد قادة العمليات في نينوى أمس جاهزية القوات.",
    "وأعلن مركز العمليات في البصرة أمس رفع حالة التأهب.",
])
def test_arabic_command_named_by_operations_is_no_operation(pipeline, text):
    # "قائد العمليات", "غرفة العمليات", "مركز العمليات": a title or a body, no operation told
    assert not _events(pipeline, text, "2016-03-10")


def test_in_most_need_is_no_day_of_news_that_makes_a_column_a_report(pipeline):
    # "في أمسّ الحاجة" (most in need) folds to the letters of "yesterday": it names no day, so a column that
    # argues in the first person still reads as one and its undated killing is argument
    text = ("نحن اليوم في أمسّ الحاجة إلى قانون يجرّم التحريض الطائفي.\n"
            "فقد قتل مسلحون ثلاثة مصلين في مسجد بمدينة الخالص.\n"
            "وأعتقد أن الحل يبدأ من المدرسة قبل أن يبدأ من الثكنة.\n"
            "ولا بد لنا من مراجعة خطابنا الديني.")
    assert not _events(pipeline, text, "2015-08-09")


def test_a_title_that_asks_is_one_cue_of_a_column(pipeline):
    # a column under a question ("هل ...؟") that argues in the first person once: two cues, no day of news, so
    # its undated killing is argument
    text = ("يتساءل كثيرون عن مستقبل المنطقة بعد الاتفاق الأخير بين القوى الكبرى.\n"
            "فقد قتل مسلحون ثلاثة مصلين في مسجد بمدينة الخالص.\n"
            "ونحن نرى أن الحل يبدأ من المدرسة قبل أن يبدأ من الثكنة.\n"
            "والأيام وحدها ستكشف من كان على حق.")
    asked = Article(text=text, published="2015-08-09", title="هل تنجح المدرسة حيث فشلت الثكنة؟")
    stated = Article(text=text, published="2015-08-09", title="مسلحون يقتلون ثلاثة مصلين في الخالص")
    assert not pipeline.extract(asked).events
    assert pipeline.extract(stated).events


def test_sentences_ending_on_an_exclamation_mark_are_cues_of_a_column(pipeline):
    # a columnist's outcries ("..!") argue: with no day of news the column's undated killing is argument
    text = ("أصبحت الكلمة تبريرية لا تقنع أحدا..!\n"
            "فقد قتل مسلحون ثلاثة مصلين في مسجد بمدينة الخالص.\n"
            "وكل طرف يتهم الآخر بالخيانة ويبرئ نفسه..!\n"
            "والحقيقة تظهر في الأفعال لا في الأقوال.")
    assert not _events(pipeline, text, "2015-08-09")


def test_a_writer_weighing_with_no_doubt_and_ought_is_a_column(pipeline):
    # "لا شك" and "ينبغي" in two sentences: a writer arguing, with no day of news, so the column's undated
    # killing is argument; a report that quotes one such word stays news by its day
    text = ("لا شك أن التطرف يتغذى على الفراغ الذي تتركه الدولة في الأطراف.\n"
            "فقد قتل مسلحون ثلاثة مصلين في مسجد بمدينة الخالص.\n"
            "وينبغي أن تبدأ المواجهة من المدرسة قبل الثكنة.\n"
            "والأيام وحدها ستكشف من كان على حق.")
    assert not _events(pipeline, text, "2015-08-09")
    report = ("قتل مسلحون أمس ثلاثة مصلين في مسجد بمدينة الخالص.\n"
              "وقال مسؤول محلي إنه لا شك أن الهجوم يستهدف إشعال الفتنة.\n"
              "وأضاف أنه ينبغي تعزيز الحماية حول دور العبادة.")
    assert _events(pipeline, report, "2015-08-09")


def test_a_column_arguing_in_half_its_sentences_stays_one_with_a_day_in_its_lead(pipeline):
    # the column opens on yesterday's bombing (fresh, kept) and argues in the first person in most of its
    # sentences: its recalled, undated bombing in Dammam is argument
    text = ("أوجعنا جميعا التفجير الذي استهدف أمس مسجدا في مدينة نجران وقتل سبعة مصلين.\n"
            "ونحن نعلم أن هذه الجماعة لا تعرف إلا لغة الدم.\n"
            "وقد فجر انتحاري آخر مسجدا في الدمام ليضرب التعايش بين أبناء المنطقة.\n"
            "وعلينا أن نواجه الفكر قبل أن نواجه السلاح.\n"
            "فبلادنا أقوى من كل محاولات الفتنة.")
    events = _events(pipeline, text, "2015-08-09")
    assert len(events) == 1 and "نجران" in events[0].evidence.sentence.text


def test_a_sites_link_line_is_no_cue_of_a_column(pipeline):
    # "رابط المقال" opens a site's link line: "the article" is the page's, not a writer's, so one outcry ("!")
    # does not make the report a column
    text = ("انسحبت القوات الأمريكية من قاعدة القيارة جنوب الموصل وسلمتها إلى الجيش العراقي.\n"
            "وتبقى المفارقة أن الانسحاب جاء على أصوات الهجمات!\n"
            "رابط المقال: <https://example.org/12345/>")
    assert _events(pipeline, text, "2020-05-10")


def test_truce_and_arrest_are_two_developments(pipeline):
    # a truce and an arrest of the same day and town are two strategic developments: the arrest does not swallow
    # the truce (nor give its type to the truce's sentence)
    text = ("وأعلنت الأطراف المتحاربة في مدينة المكلا هدنة إنسانية يوم الأحد لإدخال قوافل الإغاثة. واعتقلت القوات "
            "الحكومية يوم الأحد عشرة مسلحين حوثيين في المكلا.")
    kinds = sorted(e.sub_event_type for e in _events(pipeline, text))
    assert kinds == ["Agreement", "Arrests"]


def test_toll_over_the_two_past_weeks_is_no_event(pipeline):
    # "خلال الأسبوعين الماضيين" (the dual of weeks) sums up a fortnight's deaths: no clash of the day of the report
    text = "وتبنت الجماعة المسلحة مقتل أكثر من ثلاثين جنديا في محافظة ديالى خلال الأسبوعين الماضيين."
    assert not _events(pipeline, text, "2016-03-02")


def test_figures_between_keep_a_monthly_toll_going(pipeline):
    # a month's toll, then a dayless sentence of figures with no event word, then a share of the toll ("this toll
    # leaves out the operations in Anbar"): the whole run is one monthly tally, no clash of the report's day
    text = ("أعلنت منظمة حقوقية مقتل وإصابة 2900 عراقي خلال شهر آذار الماضي جراء أعمال العنف. وقال تقرير المنظمة إن "
            "عدد القتلى بلغ 1100 بينما بلغ عدد الجرحى 1800. وأشار التقرير إلى مقتل 410 من منتسبي القوات الأمنية، "
            "ولا تشمل هذه الحصيلة ضحايا العمليات العسكرية في محافظة صلاح الدين.")
    assert not _events(pipeline, text, "2016-04-02")


def test_group_men_counted_then_told_dead_were_killed_by_the_state(pipeline):
    # "N عنصراً من داعش قتلوا" told by security sources: the group's men are the dead, the state's forces the doers
    (event,) = _events(pipeline, "وقالت مصادر أمنية إن 12 عنصراً من داعش قتلوا صباح اليوم قرب قضاء بيجي.", "2015-09-03")
    assert (event.actor1.id, event.actor2.id) == ("iraq-security-forces", "isis")


def test_place_where_an_official_spoke_does_not_split_the_event(pipeline):
    # "وقال للصحفيين في بغداد" after a blast in Hilla: Baghdad is where he spoke, the blast stays one event in Hilla
    events = _events(pipeline, "انفجرت عبوة ناسفة صباح أمس قرب مدرسة في مدينة الحلة ما أدى إلى مقتل ثلاثة أشخاص. "
                               "وقال وزير الداخلية للصحفيين في بغداد إن التفجير نفذه انتحاري من داعش.", "2016-04-12")
    assert [e.location.admin1_code for e in events] == ["IQ-BB"]


def test_arabic_strike_on_two_groups_in_two_countries_is_one_event_each(pipeline):
    # one strike sentence naming a group in Syria and another in northern Iraq: one event per target and country
    text = ("قصفت طائرات حربية تركية مساء أمس مخازن لتنظيم داعش في سوريا ومخابئ "
            "لحزب العمال الكردستاني في شمال العراق.")
    events = _events(pipeline, text, "2015-08-12")
    got = sorted((e.actor2.id, e.location.country) for e in events if e.event_type == "Explosions/Remote violence")
    assert got == [("isis", "Syria"), ("pkk", "Iraq")]


def test_arabic_second_group_of_another_clause_is_no_second_front(pipeline):
    # the group after "فيما" is told of another deed (an ally allowed to use the bases), no second target
    text = ("قصفت المقاتلات التركية أمس مواقع لتنظيم داعش في سوريا فيما سمحت أنقرة للتحالف الذي تقوده "
            "الولايات المتحدة باستخدام قاعدة إنجرليك.")
    events = _events(pipeline, text, "2015-08-12")
    assert [e.actor2.id for e in events if e.event_type == "Explosions/Remote violence"] == ["isis"]


def test_arabic_men_killed_before_a_clause_of_when_are_hit_not_the_bombers(pipeline):
    # "three soldiers were killed when fighters set off a bomb": the unvowelled verb after its subject, with no
    # object and a clause of time after it, is the passive; the soldiers are the side hit
    text = "ذكرت مصادر محلية أن جنديين تركيين وحارس قرية قتلوا عندما فجر مهاجمون لغماً أرضياً على طريق في ولاية وان."
    events = _events(pipeline, text, "2016-05-02")
    assert events and all(e.actor1 is None or e.actor1.id != "turkey-military" for e in events)
    assert any(e.actor2 is not None and e.actor2.id == "turkey-military" for e in events)


def test_arabic_counted_object_after_the_killers_name_is_the_dead(pipeline):
    # "the attackers killed 4 soldiers": a figure and the force's men after the verb and its subject are its dead
    text = "وقتل المهاجمون 4 جنود وخطفوا اثنين من القرويين قرب قضاء الخالص فجر اليوم."
    events = _events(pipeline, text, "2016-05-02")
    assert events and all(e.actor1 is None or e.actor1.id != "iraq-army" for e in events)


def test_a_bomb_joined_to_a_deed_of_the_forces_it_hit_keeps_them_hit(pipeline):
    # a roadside bomb that killed a state's soldiers, joined to that army's strikes told beside it: the army set
    # off no bomb, it stays the side hit and the bomb's doer unknown
    import dataclasses

    from marsad.extract.merge import combine
    text = "ذكرت مصادر محلية أن جنديين تركيين قتلا عندما فجر مهاجمون لغماً أرضياً على طريق في ولاية هكاري صباح اليوم."
    bomb = next(e for e in _events(pipeline, text, "2016-05-02") if e.sub_event_type == "Remote explosive/landmine/IED")
    army = pipeline.knowledge.actors["turkey-military"].actor
    assert bomb.actor1 is None and bomb.actor2 == army
    strikes = dataclasses.replace(bomb, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                  actor1=army, actor2=None)
    joined = combine(bomb, strikes)
    assert joined.actor1 is None and joined.actor2 == army


def test_english_passive_group_and_single_victim_both_counted(pipeline):
    # "Four civilians and a soldier were killed": the noun that carries its own one ("a soldier") ties with the
    # group before it; the nearer is counted first and the group before "and" added to it (5, not 4)
    (event,) = _events(pipeline, "Four civilians and a soldier were killed when a bomb went off near a market in "
                                 "Baiji on Monday.", "2019-03-05")
    assert event.fatalities.best == 5


def test_english_force_listed_with_a_civilian_among_the_dead_is_a_clash(pipeline):
    # a force and a civilian listed together among the dead: the force is the side fought, the civilian died in
    # the fight (one Armed clash, not an attack on civilians); speakers listed before "said" are no one hit
    (event,) = _events(pipeline, "Two Peshmerga fighters and a farmer were killed on Tuesday when Islamic State "
                                 "militants stormed a hamlet near Makhmour.", "2020-08-12")
    assert (event.event_type, event.actor2.id, event.fatalities.best) == ("Battles", "peshmerga", 3)


def test_english_along_with_adds_the_attackers_dead(pipeline):
    # "three policemen died along with four gunmen": the attackers' dead after "along with" join the toll (7)
    (event,) = _events(pipeline, "Gunmen stormed a police post near Hit on Friday night, and three policemen died "
                                 "along with four gunmen in the exchange of fire.", "2018-02-10")
    assert event.fatalities.best == 7


def test_english_day_after_published_is_the_report_day(pipeline):
    # "a story published on Tuesday ... a bomb ... on Monday night": the day right after "published"/"posted"
    # is when a report came out, not the day of the event word after it
    (event,) = _events(pipeline, "A report posted on Thursday wrongly named the village where a roadside bomb hit "
                                 "a minibus near Baqubah on Wednesday evening.", "2022-06-17")
    assert event.date.start == "2022-06-15"


def test_english_live_entry_with_a_perfect_verb_tells_news(pipeline):
    # a live report's entry whose event word is a noun ("Rockets have ... landed") still tells the day's news when
    # its verb is in the present perfect: a second site hit, not how things are
    events = _events(pipeline, "09:10 - Rockets struck the Balad air base north of Baghdad, officials say.\n"
                               "09:40 - Rockets have also landed near the Taji camp.", "2020-03-11")
    assert len(events) == 2


def test_english_live_entry_in_the_progressive_tells_news(pipeline):
    # "14:05 - Police are firing tear gas at ...": a live entry in the present progressive tells the day's news too
    events = _events(pipeline, "11:00 - Hundreds of students have gathered outside the governorate building in Kut.\n"
                               "14:05 - Police are firing tear gas at the students near the building.", "2019-12-02")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_english_toll_revised_downwards_replaces_the_first(pipeline):
    # "revised the toll to three dead" after four told: a revision downwards is the latest figure, not the lower one
    (event,) = _events(pipeline, "Four soldiers were killed when a roadside bomb hit their patrol near Baiji on Sunday. "
                                 "The army later revised the toll to three dead and two wounded.", "2022-04-05")
    assert (event.fatalities.best, event.injured.best) == (3, 2)
def test_arabic_form_v_verb_before_masculine_plural_subject_is_past(pipeline):
    # "وتجمع المتظاهرون": a ت verb right before a masculine plural subject is the past تفعّل form (the present would
    # be "يتجمع"), so the gathering is told as done, its protesters its subject, with no place or day needed
    (event,) = _events(pipeline, "وتجمع المتظاهرون من طلبة الجامعات والخريجين قرب مبنى المحافظة مطالبين بفرص عمل.",
                       "2024-03-05")
    assert (event.event_type, event.status, event.actor1.id) == ("Protests", "occurred", "protesters")


def test_arabic_riot_word_beside_a_march_is_no_intervention(pipeline):
    # cars burned in the clause of a march ("وأُحرقت عدة سيارات") tell the crowd's own rioting, no force used on it
    # by anyone: not a protest with intervention (as an English crowd's burning is not)
    events = _events(pipeline, "وخرجت تظاهرة غاضبة في مدينة الناصرية أمس الأحد، وأُحرقت عدة سيارات ومحال.",
                     "2024-03-05")
    assert events and all(e.sub_event_type != "Protest with intervention" for e in events)


def test_arabic_crowd_counted_after_a_street_verb_is_a_protest_told(pipeline):
    # "ونزل آلاف المتظاهرين": thousands counted right after a verb of going out (no ن "we" present with a crowd for
    # subject) is a crowd seen marching, a protest told as done even with neither place nor day in the sentence
    events = _events(pipeline, "ونزل آلاف المتظاهرين إلى شوارع المدينة في مسيرات احتجاجية رافضة لقرار الحكومة.",
                     "2019-10-26")
    assert [(e.event_type, e.status) for e in events] == [("Protests", "occurred")]


def test_arabic_gathering_verb_with_a_counted_crowd_alone_is_no_protest(pipeline):
    # "وتجمع عشرات من الأهالي قرب المقبرة": a weak gathering word may gather people for anything; the crowd counted
    # after it is no protest without a protest word, place or day
    assert not _events(pipeline, "وتجمع عشرات من الأهالي قرب المقبرة الجماعية بانتظار نتائج فحص الرفات.",
                       "2019-10-26")


def test_arabic_denial_past_a_clause_break_denies_no_earlier_protest(pipeline):
    # "... في وقت نفى فيه المسلحون مسؤوليتهم": the denial opens a new piece of news after the break, with its own
    # subject; the road-blocking told before it stands as occurred
    events = _events(pipeline, "وأغلق مئات المحتجين الغاضبين طرقات الكوت أمس وأحرقوا الإطارات في وقت نفى فيه "
                               "المسلحون مسؤوليتهم عن التفجير.", "2021-05-12")
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests and all(e.status == "occurred" for e in protests)
def test_arabic_span_of_days_set_off_by_a_comma_before_its_strikes_is_a_tally(pipeline):
    # "شن خلال الأيام الماضية، غارات": the comma only sets off the span; the strikes over past days are no
    # event, while a clause of its own after the span ("، وانفجرت عبوة اليوم") still is
    assert not _events(pipeline, "يشار إلى أن الطيران الإيراني شن خلال الأيام الماضية، غارات على مخابئ المتمردين "
                                 "في جبال قنديل.", "2016-04-03")
    (event,) = _events(pipeline, "قتل أربعة مسلحين خلال الأيام الماضية، وانفجرت عبوة ناسفة اليوم قرب سوق في "
                                 "الخالص.", "2016-04-03")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_arabic_retaking_noun_pointing_back_to_money_takes_no_ground(pipeline):
    # "استعمال الأموال المحجوزة عند استعادتها": the pronoun of the retaking noun points back to the money told just
    # before it; getting money back is no regained ground (a town told before it still is)
    assert not _events(pipeline, "وتتزايد التحذيرات من توظيف الأموال المجمدة عند استعادتها من طهران في دعم "
                                 "الفصائل المسلحة.", "2016-04-03")
    (event,) = _events(pipeline, "واستعادت القوات السيطرة على بلدة هيت أمس بعد معارك مع التنظيم.", "2016-04-03")
    assert event.sub_event_type == "Government regains territory"


def test_arabic_tally_told_beside_a_vigil_is_no_force_used_on_it(pipeline):
    # a vigil and, after a comma, an official's toll "since ... until now": the killings are a tally told beside
    # the crowd, no force used on it (force told in the vigil's sentence still is)
    (event,) = _events(pipeline, "في حين تجمع العشرات من الأهالي في وقفة احتجاجية أمام مبنى المحافظة في الناصرية، "
                                 "كشف مسؤول محلي أمس أن التنظيم قتل منذ سيطرته على المدينة وحتى الآن 300 شخص.",
                       "2016-08-04")
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)
    (event,) = _events(pipeline, "تجمع العشرات من الأهالي أمس في وقفة احتجاجية أمام مبنى المحافظة في الناصرية، "
                                 "واستخدمت الشرطة الغاز المسيل للدموع لتفريقهم.", "2016-08-04")
    assert event.sub_event_type == "Protest with intervention"


def test_arabic_liberation_a_vigil_demands_is_no_force_used_on_it(pipeline):
    # "رفعنا مذكرة ... طالبنا فيها بالإسراع في تحرير القرى": the liberation the crowd demands, after a verb of
    # demanding, is no force used on the vigil
    (event,) = _events(pipeline, "اعتصم العشرات من الإيزيديين أمس أمام مبنى القنصلية في دهوك، وقال أحدهم: «سلمنا "
                                 "رسالة إلى القنصل، طالبنا فيها بالإسراع في تحرير قرى سنجار».", "2016-08-04")
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)
def test_the_most_notable_of_a_weeks_attacks_is_an_event_of_its_own(pipeline):
    # "وكان أبرز تلك الهجمات ... حين هاجم مسلحون": a round-up's highlighted item, picked out of the counted series by
    # the superlative أبرز, is told with its own day and toll; the demonstrative alone still points back at the count
    lead = "سجل الأسبوع الماضي أحد عشر هجوماً لخلايا داعش في أطراف قضاء خانقين. "
    (event,) = _events(pipeline, lead + "وكان أبرز تلك الهجمات ما جرى مساء الأربعاء، حين هاجم مسلحون من التنظيم "
                       "مزارعين في قرية قريبة من الناحية، ما أسفر عن مقتل اثنين منهم.", "2020-10-12")
    assert event.event_type == "Violence against civilians" and event.fatalities.best == 2


def test_a_lead_denying_a_role_in_an_attack_told_in_its_relative_clause_tells_the_attack(pipeline):
    # "نفى الفصيل أي علاقة له بالهجوم الذي استهدف ليلة أمس ...": the lead tells the attack itself, with its day, in
    # the relative clause; the denial is of who did it, so the attack occurred, and the denier is not its doer
    text = ("أربيل – نفى فصيل مسلح، اليوم السبت، أي علاقة له بالهجوم الذي استهدف ليلة أمس معسكراً للتحالف الدولي "
            "قرب قضاء مخمور بطائرة مسيرة محملة بالمتفجرات.")
    (event,) = _events(pipeline, text, "2022-09-10")
    assert event.sub_event_type == "Air/drone strike" and event.status == "occurred"
    assert event.date.start == "2022-09-09"


def test_an_abducted_activists_part_in_past_sit_ins_is_no_protest(pipeline):
    # "كان من المشاركين في اعتصام": after an abduction told, the victim's part in the protests is what he was, no
    # protest of the day (the nominal participation forms; the verb شارك still tells a protest)
    text = ("اختطف مسلحون مجهولون ناشطاً من أمام منزله في حي الشعب شمالي بغداد مساء أمس. "
            "ويقول ذووه إنه كان من المشاركين البارزين في اعتصام ساحة الحبوبي وتلقى تهديدات عدة.")
    (event,) = _events(pipeline, text, "2021-04-11")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_the_group_that_owns_a_cell_of_fighters_is_the_side_that_fought(pipeline):
    # "خلية تابعة لتنظيم داعش": the group named after تابعة right after a band of fighters owns the men who attacked,
    # it is no target hit (as it is in "عجلة تابعة للجيش")
    (event,) = _events(pipeline, "هاجمت مجموعة تابعة لتنظيم داعش ليلة أمس مخفراً للشرطة في ناحية العباسي غربي "
                                 "كركوك، ما أسفر عن مقتل شرطي.", "2021-02-03")
    assert event.actor1.id == "isis" and event.actor2.id == "iraq-police"
def test_arabic_beating_word_with_a_site_object_is_no_mob_violence(pipeline):
    # "بضرب السفارة": a weak beating word whose object is a named place strikes the place; no crowd beat anyone
    events = _events(pipeline, "وتبنت مجموعة مسلحة القصف في منشور على تلغرام، متوعدة بضرب السفارة الأمريكية في "
                               "المنطقة الخضراء خلال أيام.", "2021-05-03")
    assert not any(e.sub_event_type == "Mob violence" for e in events)


def test_arabic_side_named_in_a_condition_is_no_party_to_the_threat(pipeline):
    # "إذا لم تنسحب القوات التركية": the side the condition is on is neither doer nor target of the threatened
    # shelling; the threatening group stays its doer
    events = _events(pipeline, "توعدت عصائب أهل الحق، في كلمة متلفزة مساء اليوم الخميس، بقصف القواعد في دهوك "
                               "بالصواريخ إذا لم تنسحب القوات التركية من الأراضي العراقية.", "2022-07-21")
    threat = next(e for e in events if e.status == "hypothetical")
    assert threat.actor1 is not None and threat.actor1.id == "asaib-ahl-al-haq"
    assert threat.actor2 is None or threat.actor2.id != "asaib-ahl-al-haq"


def test_arabic_bare_ordinal_after_a_first_count_is_one_more_hit(pipeline):
    # "قتل شرطيان وأصيب ثالث": the bare ordinal counts one more man wounded (1), the passive's subject; the force
    # named before the verb stays the side hit
    (event,) = _events(pipeline, "قُتل اثنان من منتسبي الشرطة الاتحادية وأصيب رابع بجروح، مساء اليوم، بانفجار عبوة "
                                 "ناسفة على طريق ترابي قرب ناحية العلم.", "2018-03-07")
    assert event.injured is not None and event.injured.best == 1
    assert event.actor1 is None and event.actor2 is not None and event.actor2.id == "iraq-federal-police"
@pytest.mark.parametrize("verb", ["كانت", "جاءت"])
def test_arabic_day_past_a_response_word_is_the_earlier_deeds(pipeline, verb):
    # "the strike was a reaction to Thursday's clashes": the day told past the word of response after a definite
    # event noun is the earlier deed's; the strike told before keeps its own day and stays one event
    text = (f"قصفت طائرات حربية مواقع للمسلحين قرب بلدة سنجار أمس. وقال محلل إن الغارة {verb} رد فعل على "
            "مواجهات الخميس الماضي.")
    events = _events(pipeline, text, "2019-05-12")
    assert [e.date.start for e in events if e.sub_event_type == "Air/drone strike"] == ["2019-05-11"]


def test_arabic_old_attack_told_as_the_cause_is_recalled_without_newer_news(pipeline):
    # an attack told after "بعد" with its own day twelve days before publication is the cause of later news, no news
    # itself, even when the article tells no newer deed with a day (only a week's tally)
    text = ("قالت وكالة رسمية إن نحو مئتي مسلح قتلوا خلال أسبوع من القصف الجوي على معاقلهم في الجبال، بحسب "
            "معلومات لم يتسن التحقق منها. وبدأ القصف الأسبوع الماضي باستهداف مواقع للمسلحين، بعد تفجير انتحاري "
            "استهدف مدينة سروج في 3 أيار، أودى بحياة 20 شخصا.")
    assert not [e for e in _events(pipeline, text, "2016-05-15") if e.sub_event_type == "Suicide bomb"]


def test_arabic_most_of_these_counted_before_is_no_deed(pipeline):
    # "more than 300 clinics were destroyed, most of these clinics the group targeted": a share of a set counted
    # before, with no day of its own, tells no deed of the news
    text = ("قال مدير الصحة إن أكثر من 300 عيادة دمرت في المحافظة، مشيرا إلى أن غالبية هذه العيادات استهدفها "
            "المسلحون عمدا.")
    assert not _events(pipeline, text, "2016-03-09")
def test_arabic_violence_a_protest_is_against_is_no_event(pipeline):
    # "تظاهروا ... ضد الغارات": the strikes a crowd protests against (right after ضد or على, a protest word a few
    # words before) are told elsewhere; the protest alone is coded
    events = _events(pipeline, "وكان مئات الطلاب قد تظاهروا امس في عمان ضد الغارات الإسرائيلية على جنوب لبنان "
                               "ورفعوا لافتات.", "2015-08-01")
    assert [e.event_type for e in events] == ["Protests"]


def test_arabic_future_verbs_of_including_and_seeing_mark_no_deed(pipeline):
    # "ستشمل فك الحصار", "سنشاهد قصفا": a deed a future verb of including or witnessing governs is to come
    events = _events(pipeline, "وقال إن التأثيرات الخارجية لهذه الثورة ستشمل فك الحصار عن غزة وفتح بوابة رفح.",
                     "2015-08-01")
    assert events and all(e.status == "planned" for e in events)


def test_arabic_one_word_name_after_what_is_a_verb(pipeline):
    # "اعتذر عما بدر منه": بدر after عما is "came from", not the Badr Organization
    events = _events(pipeline, "وبعد أن اعتذر المحافظ عما بدر منه، هاجم امس قرية قرب كركوك.", "2015-08-01")
    assert events and all(e.actor1 is None or e.actor1.id != "badr" for e in events)


def test_arabic_regaining_an_abstract_thing_is_no_territory(pipeline):
    # "استعاد هامشا واسعا لحركته": a margin regained is no ground retaken
    text = ("قد يكون الوزير خير مثال على البراغماتية، فالرجل قال كلاما أثناء الأزمة، ولكن حين «اعتذر» عما بدر "
            "منه، استعاد هامشا واسعا لحركته في بغداد.")
    assert not _events(pipeline, text, "2015-08-01")


def test_arabic_charge_reach_counts_words_not_brackets(pipeline):
    # the name and gloss in brackets between a charge and its بـ deed are no distance: a charge, no killing
    events = _events(pipeline, "وبثت القناة خبر اتهام حارس في مستشفى البصرة (جنوب العراق)، سعد كريم (35 عاما) "
                               "بقتل ممرضة.", "2015-08-01")
    assert not [e for e in events if e.event_type == "Violence against civilians"]


def test_arabic_deed_in_a_list_of_crimes_charged_is_no_event(pipeline):
    # "بجرم مخالفة الأوامر العسكرية وإطلاق نار": a shooting listed among the crimes charged is no new attack
    events = _events(pipeline, "وأمر المدعي العام العسكري امس بتوقيف ثمانية جنود بينهم ضابطان بجرم مخالفة الأوامر "
                               "العسكرية وإطلاق نار ما تسبب «عن غير قصد» بمقتل ثلاثة مدنيين من المتظاهرين.",
                     "2015-08-01")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_arabic_crowd_of_protesters_sweeping_streets_takes_no_ground(pipeline):
    # "اجتاح حشد المتظاهرين شوارع": protesters as the subject of a verb of overrunning take no territory
    events = _events(pipeline, "وقد اجتاح حشد المتظاهرين شوارع الناصرية امس وهم يرددون هتافات ضد الفساد كما افاد "
                               "مراسل لوكالة الصحافة الفرنسية.", "2015-08-01")
    assert not [e for e in events if e.event_type == "Battles"]
def test_daily_air_raids_with_their_adjective_are_a_pattern(pipeline):
    # "غارات جوية يومية": "daily" after the raid noun and its adjective tells a habit, no raid of its own
    text = "زار الوزير مدينة الموصل اليوم. وتقدم مسلحو داعش في بلدة هيت رغم غارات جوية يومية يشنها التحالف."
    assert not [e for e in _events(pipeline, text, "2016-03-10") if e.sub_event_type == "Air/drone strike"]


def test_week_long_toll_after_a_wounded_clause_is_a_tally(pipeline):
    # a week's toll whose span is told after a clause of the wounded ("، وأصيب ... آخرون، خلال أسبوع من الغارات"):
    # the wounded clause goes on with the same toll, so the span still makes it a tally, no event
    text = ("وقتل 120 مسلحا من حزب العمال الكردستاني، وأصيب نحو 200 آخرين، خلال أسبوع من الغارات التركية على "
            "جبال قنديل.")
    assert not _events(pipeline, text, "2016-09-03")


def test_strikes_agreed_to_or_permitted_are_not_done(pipeline):
    # a deed after a word of agreeing or permitting, reached through في (a verbal noun of doing may stand between)
    # past who is allowed and the means, is allowed, not done; a raid told with its own verb stays news
    agreed = "وبعد أسابيع من التردد وافقت الأردن في 3 آب على مشاركة طائرات فرنسية في تنفيذ غارات على داعش في الأنبار."
    assert not _events(pipeline, agreed, "2017-08-05")
    allowed = ("أربيل – وكالات\nوقال مسؤول أمريكي الثلاثاء إن الحكومة سمحت للتحالف باستخدام عدد من المطارات، ولا سيما "
               "مطار القيارة جنوب الموصل، في شن غارات على مواقع داعش في الحويجة.")
    assert not _events(pipeline, allowed, "2017-08-05")
    told = "ووافقت الحكومة أمس على الخطة، وشنت طائرات التحالف غارات على مواقع داعش في الحويجة."
    assert [e.sub_event_type for e in _events(pipeline, told, "2017-08-05")] == ["Air/drone strike"]


def test_attack_whose_responsibility_is_hinted_is_told_elsewhere(pipeline):
    # a definite event noun after "responsibility ... في/عن" in a dated sentence of another deed (a sacking) is the
    # attack told elsewhere, no event of its own; a group's claim of responsibility still tells its attack
    hinted = "وفصلت قناة محلية الخميس أحد مذيعيها بعد منشور لمح فيه إلى مسؤولية الوزير عن التفجير الانتحاري."
    assert not _events(pipeline, hinted, "2019-02-08")
    claim = "وأعلن تنظيم داعش مسؤوليته عن التفجير الانتحاري الذي ضرب سوقا في الموصل أمس."
    assert [e.status for e in _events(pipeline, claim, "2019-02-08")] == ["claimed"]


def test_future_verb_read_from_its_letters_makes_the_deed_planned(pipeline):
    # سـ with a present prefix before a verb the lexicon knows ("ستقوم", "سيشارك") puts the deed it governs in the
    # future, listed conjugation or not; nouns opening with the same letters (سيارة، سيطرة، سياسيون) do not
    arrest = "وقال قائد شرطة المحافظة إن قواته ستقوم باعتقال المطلوبين في حي الجهاد."
    assert [e.status for e in _events(pipeline, arrest, "2015-08-01")] == ["planned"]
    joined = "وقال الناطق باسم الحشد إن فصائله سيشارك مقاتلوها في عملية تحرير الفلوجة."
    assert "occurred" not in [e.status for e in _events(pipeline, joined, "2015-08-01")]
    nouns = "وقتل سياسيون اثنان بانفجار سيارة مفخخة قرب سيطرة أمنية في سامراء أمس."
    assert [e.status for e in _events(pipeline, nouns, "2015-08-01")] == ["occurred"]
    # a past verb after the future one is a deed done, the plan's object only names it
    done = "وقالت الحركة إنها ستلاحق بقية عناصر التنظيم بعدما قتلت أمس أحد قادته في الموصل."
    assert "planned" not in [e.status for e in _events(pipeline, done, "2015-08-01")]


def test_arabic_execution_of_a_clans_sons_is_violence_against_civilians(pipeline):
    # "أعدم التنظيم 18 رجلاً من أبناء عشيرة": men put to death as a clan's sons were captives, no clan militia
    # fought: the execution is an attack on civilians
    (event,) = _events(pipeline, "أقدم مسلحو داعش، صباح اليوم، على إعدام 18 رجلاً من أبناء عشيرة الجغايفة في "
                                 "ساحة عامة وسط ناحية البغدادي.", "2015-02-16")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_arabic_launch_told_in_the_future_is_planned(pipeline):
    # "ستطلق القطعات عمليات تحرير ...": a launch verb in the future tells the operation is still to come
    events = _events(pipeline, "قال قائد الفرقة الخامسة عشرة إن القطعات ستطلق عمليات تحرير ناحية العياضية بعد "
                               "أيام.", "2017-08-28")
    assert events and all(e.status == "planned" for e in events)


def test_arabic_storming_still_to_come_is_a_planned_retaking_not_a_riot(pipeline):
    # "أكملت القوات استعداداتها لاقتحام ناحية ...": the forces' own preparations (a possessive) for a storming with no
    # crowd named tell a planned retaking of ground, no riot
    events = _events(pipeline, "أكد ضابط في قيادة العمليات أن القوات الأمنية أكملت استعداداتها لاقتحام ناحية "
                               "العياضية خلال الأيام المقبلة.", "2017-08-28")
    assert not [e for e in events if e.event_type == "Riots"]
    assert [(e.sub_event_type, e.status) for e in events] == [("Government regains territory", "planned")]


def test_arabic_forces_listed_after_taking_part_are_partners_not_sides(pipeline):
    # "بمشاركة الجيش والشرطة الاتحادية والحشد الشعبي": the forces taking part fight on one side; the PMF joined by
    # "و" is no side the ground is taken from (no transfer between them)
    events = _events(pipeline, "انطلقت فجر اليوم عمليات تحرير ناحية العياضية بمشاركة الجيش والشرطة الاتحادية "
                               "والحشد الشعبي.", "2017-08-28")
    assert not [e for e in events if e.sub_event_type == "Non-violent transfer of territory"]
    assert not [e for e in events if e.actor2 is not None and e.actor2.id == "pmf"]


def test_arabic_gunmen_counted_dead_after_a_named_group_are_its_men(pipeline):
    # "قصفت مدفعية الجيش مواقع لداعش ... ما أسفر عن مقتل بضعة مسلحين": the armed men counted among the dead are the
    # group's named before, neither unknown gunmen nor the shelling's doer
    (event,) = _events(pipeline, "قصفت مدفعية الجيش صباح اليوم مواقع لداعش في حي الضباط، ما أسفر عن مقتل بضعة "
                                 "مسلحين وتدمير مواضع للقناصين.", "2015-11-02")
    assert event.actor1 is not None and event.actor1.id == "iraq-army"
    assert event.actor2 is not None and event.actor2.id == "isis"


def test_arabic_force_in_a_clause_describing_the_place_is_no_side(pipeline):
    # "في ناحية حمام العليل، التي استعادتها القوات العراقية الشهر الماضي": the relative clause tells the place's story;
    # the shelling hit the homes, not the forces
    (event,) = _events(pipeline, "قُتلت امرأة وأصيب ثلاثة مدنيين، اليوم الأحد، بسقوط قذائف هاون أطلقها عناصر داعش "
                                 "على منازل في ناحية حمام العليل، التي استعادتها القوات العراقية الشهر الماضي.",
                       "2016-12-04")
    assert event.actor1 is not None and event.actor1.id == "isis"
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_arabic_source_place_before_that_yields_to_district_told_after(pipeline):
    # "a security source in Basra said that a clan fight broke out in the Qurna district": the town between the verb
    # of saying and its "that" is where the source sits; the district of the same governorate told after places it
    (event,) = _events(pipeline, "أفاد مصدر محلي في الموصل أن مواجهة بين عشيرتين اندلعت مساء أمس في قضاء تلعفر "
                                 "وأسفرت عن مقتل شخصين.", "2021-10-04")
    assert event.location.admin2 == "Telafar"
    (event,) = _events(pipeline, "قال مصدر أمني في البصرة إن اشتباكاً بين عشيرتين وقع صباح اليوم في البصرة وأسفر "
                                 "عن مقتل شخص.", "2021-10-04")
    assert event.location.admin2 == "Al-Basrah"


def test_arabic_body_saying_that_the_strike_told_before_killed_is_no_doer(pipeline):
    # "a Peshmerga ministry statement explained that the strike, which took place at dawn, killed three": the body
    # speaking of a strike told in the sentence before is the source of its toll, not a second striker
    text = ("قصفت طائرة حربية تركية موقعاً قرب ناحية سيدكان أمس. وأوضح بيان لوزارة البيشمركة أن الغارة التي "
            "وقعت فجراً أدت إلى مقتل ثلاثة من مسلحي حزب العمال الكردستاني.")
    (event,) = _events(pipeline, text, "2020-07-02")
    assert event.actor1 is not None and event.actor1.id == "turkey-military"
    assert event.fatalities is not None and event.fatalities.best == 3


def test_arabic_body_after_according_to_before_that_is_no_doer_of_strike_told_before(pipeline):
    # a correction: "the more exact account, according to a statement of the counter-terrorism service, is that the
    # strike ... killed two": the source after بحسب, set off by commas before its "that", tells of the strike told
    # before; no second strike by that service
    text = ("ذكرنا في تقرير سابق أمس الأربعاء أن ثلاثة أشخاص قتلوا بضربة طائرة مسيرة تركية استهدفت عجلة قرب ناحية "
            "سيدكان. والأدق، بحسب بيان لجهاز مكافحة الإرهاب في إقليم كردستان، أن الضربة التي وقعت ظهر الأربعاء أدت "
            "إلى مقتل اثنين من مسلحي حزب العمال الكردستاني.")
    events = _events(pipeline, text, "2020-07-02")
    assert [e.actor1.id if e.actor1 else None for e in events] == ["turkey-military"]
def test_bare_repression_word_with_no_crowd_is_no_protest(pipeline):
    # a one-word repressing verb or noun (قمع، القمع) with no protesters, no protest word in the sentence and no
    # protest told just before is oppression in general, no protest broken up; with a crowd it still is one
    general = "وفي الرقة، تواصل الجماعة المتشددة القمع والتنكيل."
    assert not [e for e in _events(pipeline, general, "2016-05-02") if e.event_type == "Protests"]
    crowd = "وقمعت قوات الأمن أمس تظاهرة لعمال النفط أمام مبنى المحافظة في البصرة."
    assert [e.sub_event_type for e in _events(pipeline, crowd, "2016-05-02")] == ["Protest with intervention"]


def test_count_of_bombs_detonated_is_a_clearing(pipeline):
    # a detonating noun over a count of bombs ("وتفجير 40 عبوة ناسفة") is the forces' clearing of them, no blast on
    # anyone; a few bombs set off where people were killed is still an attack
    cleared = "وأكد قائد الفرقة أن قواته تمكنت من تطهير قرية البو حياة وقتل مسلحين اثنين وتفجير 40 عبوة ناسفة."
    assert not [e for e in _events(pipeline, cleared, "2016-05-02")
                if e.sub_event_type == "Remote explosive/landmine/IED"]
    attack = "قتل أربعة مدنيين وأصيب سبعة بتفجير ثلاث عبوات ناسفة في سوق ناحية العلم."
    assert [e.sub_event_type for e in _events(pipeline, attack, "2016-05-02")] == ["Remote explosive/landmine/IED"]


def test_sentence_sourced_to_a_tally_tells_its_share(pipeline):
    # a sentence opened by "according to the tally / statistics" with a figure of five or more tells that tally's
    # share, no deed of the day; a small figure after it is still news
    share = "ووفقا للحصيلة، فإن 940 مدنيا اختطفوا على يد المسلحين منذ سقوط القضاء."
    assert not _events(pipeline, share, "2016-05-02")
    small = "وبحسب الحصيلة قتل شرطيان بانفجار عبوة ناسفة في قضاء الطارمية أمس."
    assert [e.sub_event_type for e in _events(pipeline, small, "2016-05-02")] == ["Remote explosive/landmine/IED"]


def test_aircraft_that_destroyed_a_target_is_an_air_strike(pipeline):
    # "helicopters destroyed two hideouts": the aircraft that destroyed the target struck it from the air, no clash
    (event,) = _events(pipeline, "The army said its helicopters destroyed three ISIS tunnels in the Hamrin hills "
                                 "near Tuz Khurmatu on Friday, killing five militants.", "2021-02-14")
    assert event.sub_event_type == "Air/drone strike"


def test_english_attack_followed_by_the_charge_it_laid_is_in_words(pipeline):
    # "launched a fierce attack on the ruling bloc, accusing it of ...": an attack in words, no clash
    assert not _events(pipeline, "Opposition lawmakers launched a fierce attack on the ruling alliance in Baghdad on "
                                 "Monday, accusing it of stalling the budget.", "2023-05-09")


def test_strike_told_in_full_after_to_protest_is_the_news(pipeline):
    # "summoned the envoy to protest a drone strike that hit a car near Zakho on Friday, killing three": what the
    # protest is about, told with its day and toll in a relative clause, is the news itself (an air strike, no clash)
    (event,) = _events(pipeline, "Baghdad summoned the Iranian ambassador to protest an Iranian drone strike that "
                                 "hit a car near Zakho on Friday, killing three men.", "2022-09-11")
    assert event.sub_event_type == "Air/drone strike" and event.date.start == "2022-09-09"


def test_state_body_telling_of_a_loaded_drone_is_its_source(pipeline):
    # "The Security Council (KRSC) said an explosive-laden drone hit ...": a drone loaded to blow up is the attackers' weapon;
    # the security body that tells of it (past its bracketed acronym) is the source, not the doer
    (event,) = _events(pipeline, "The Kurdistan Region Security Council (KRSC) said an explosive-laden drone hit a "
                                 "power station near Koya on Tuesday night.", "2023-06-14")
    assert event.actor1 is None
    (event,) = _events(pipeline, "The Peshmerga said a kamikaze drone hit a power station near Koya on Tuesday.",
                       "2023-06-14")
    assert event.actor1 is None


def test_condemned_attack_given_todays_day_is_the_statements_news(pipeline):
    # "condemns the mortar attack on ... early this morning": the attack named after the reference word, given the
    # day of publication right after it, is told for the first time; one told on an older day is only named
    (event,) = _events(pipeline, "The Canadian Embassy condemns the mortar attack on the Kirkuk governorate "
                                 "building early this morning.", "2019-10-02")
    assert event.date.start == "2019-10-02" and event.sub_event_type == "Shelling/artillery/missile attack"
    assert not _events(pipeline, "The Canadian Embassy condemns the mortar attack on the Kirkuk governorate "
                                 "building on 12 September.", "2019-10-02")


def test_force_whose_air_defence_is_the_passive_agent_is_the_side_hit(pipeline):
    # "was shot down by air defences of the coalition": the owner of the air defence, named after "by", was the
    # drone's target, not its sender
    (event,) = _events(pipeline, "Two drones laden with explosives flew toward Erbil airport late on Friday, "
                                 "officials said. One was brought down by air defences of the international coalition "
                                 "and the other exploded in an empty field.", "2023-11-04")
    assert event.actor1 is None and event.actor2 is not None and event.actor2.id in ("coalition", "us-forces")


def test_arabic_strikes_of_a_night_told_by_its_two_days_are_the_leads(pipeline):
    # s23 dupes: the lead dates the strikes by Saturday, the statement after it by the night of Friday into Saturday:
    # one night's strikes, one event
    text = ("شنت مقاتلات تركية يوم السبت غارات على مواقع لحزب العمال الكردستاني في شمال العراق. وقال بيان للحكومة "
            "إن المقاتلات التركية قصفت ليل الجمعة - السبت تسعة أهداف للحزب في معسكراته بشمال العراق.")
    events = [e for e in _events(pipeline, text, "2019-08-11") if e.sub_event_type == "Air/drone strike"]
    assert len(events) == 1


def test_arabic_place_past_an_earlier_deed_after_after_is_that_deeds(pipeline):
    # s23 dupes: "بعد أيام على تفجير سروج" names an earlier deed; its town is not where the strikes fell, and the
    # lead's clash, placed at that town, stayed apart from the same clash told with its own place
    (strike,) = _events(pipeline, "قصفت طائرات تركية أمس مواقع للتنظيم في سوريا بعد أيام على تفجير سروج.",
                        "2016-03-10")
    assert strike.location.admin1_code is None and strike.location.country == "Syria"
    text = ("اندلعت أمس اشتباكات بين جنود أتراك ومسلحين من تنظيم داعش على الحدود السورية. وتصاعدت الهجمات على قوات "
            "الأمن بعد الهجوم الانتحاري الأخير في بلدة سروج. وكان مسلحو التنظيم هاجموا أمس موقعا عسكريا في منطقة "
            "ألبيلي قرب كلس، ما أسفر عن مقتل جندي.")
    assert len(_events(pipeline, text, "2016-03-10")) == 1
    # an abduction the victims suffered before their killing is no earlier deed of another place
    (killing,) = _events(pipeline, "أعدم مسلحو التنظيم أمس خمسة شبان بعد اختطافهم من قرية قرب الموصل.", "2016-03-10")
    assert killing.location.admin2 == "Al-Mosul"


def test_arabic_lead_vigil_retold_after_meanwhile_is_one_protest(pipeline):
    # s23 dupes: the lead tells a vigil in Erbil beside other news; a later paragraph opening on "في غضون ذلك" tells
    # the same vigil in full: one protest, not a second one of the same day and town
    text = ("في حين نظم العشرات من الإيزيديين وقفة احتجاجية أمام مقر البعثة الأممية في مدينة أربيل، قال مسؤول محلي "
            "أمس إن مئات العائلات ما زالت نازحة في المخيمات. وأضاف المسؤول أن الخدمات في المخيمات شحيحة. في غضون "
            "ذلك، شارك العشرات أمس في وقفة احتجاجية أمام مقر البعثة الأممية في أربيل للمطالبة بإعادة النازحين.")
    protests = [e for e in _events(pipeline, text, "2016-08-04") if e.event_type == "Protests"]
    assert len(protests) == 1


def test_arabic_group_inside_a_two_word_arrest_phrase_is_no_subject(pipeline):
    # "ضبط خلية" is an arrest noun phrase; the group alias that starts on its second word ("خلية إرهابية") is what
    # was caught, not the subject of a verb "ضبط" read on the first word alone
    text = "أعلنت السلطات القطرية مساء أمس عن ضبط خلية إرهابية تضم ثلاثة أشخاص في الدوحة."
    (event,) = _events(pipeline, text, "2016-02-10")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 is None or event.actor1.id != "isis"


def test_arabic_launch_site_of_a_definite_shelling_is_not_its_place(pipeline):
    # "وانطلق القصف من بلدة ... جنوب شرقي تركيا": where the shelling was fired from is no place of the deed, so the
    # definite noun retells the shelling of northern Iraq told before it, one event
    text = ("قصفت المدفعية التركية أمس مواقع لحزب العمال الكردستاني في شمال العراق. وانطلق القصف من بلدة شمدينلي "
            "في جنوب شرقي تركيا واستهدف طوال ساعات فجر أمس أهدافا قريبة من الحدود العراقية، وفق شهود.")
    events = _events(pipeline, text, "2015-07-27")
    assert len(events) == 1 and events[0].actor1 is not None and events[0].actor1.id == "turkey-military"


def test_arabic_country_fighters_travelled_to_is_no_place_of_their_arrest(pipeline):
    # "قام بتسهيل سفر رفاقه للمشاركة في القتال في سوريا": where the suspects went to fight is their destination, not
    # where the arrest was made; the arrest told again with its day is then one event, in the arresting state
    text = ("ومن ضمن من ألقت السلطات البحرينية القبض عليهم في الخلية مواطن يدعى سالم قام بتسهيل سفر رفاقه "
            "للمشاركة في القتال في سوريا. وأعلنت وزارة الداخلية البحرينية أمس عن ضبط شبكة تضم أربعة مواطنين، في ضربة "
            "استباقية لحماية أمن البحرين.")
    events = _events(pipeline, text, "2016-01-10")
    assert len(events) == 1
    assert events[0].location is None or events[0].location.country != "Syria"


def test_arabic_clause_break_before_another_deed_ends_the_parties_of_the_first(pipeline):
    # "..., فيما شنت طائرات التحالف غارات": the clause opened by فيما tells a deed of another kind with its own doer;
    # the mortar shelling told before it takes no actor from that clause
    text = ("قتل خمسة مدنيين بقصف بقذائف الهاون طال قضاء المقدادية في ديالى أمس، فيما شنت طائرات التحالف غارات "
            "على مواقع داعش قرب الموصل.")
    events = _events(pipeline, text, "2016-01-10")
    (mortar,) = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert mortar.actor1 is None or mortar.actor1.id != "coalition"
    assert any(e.sub_event_type == "Air/drone strike" and e.actor1 is not None and e.actor1.id == "coalition"
               for e in events)


def test_arabic_day_still_to_come_does_not_date_the_next_deed(pipeline):
    # a round of talks "set for 30 July" told before publication (25 July) is a plan; the undated strike told in the
    # next sentence took place by the day of publication, not on that later day
    text = ("وقال مسؤول إن الجولة الثانية من المفاوضات مقررة في 30 تموز الحالي. من جهة أخرى، أعلنت وزارة الدفاع "
            "الأمريكية أن قياديا في تنظيم القاعدة قتل مع مرافقين اثنين في غارة أمريكية استهدفته في ولاية خوست.")
    (strike,) = [e for e in _events(pipeline, text, "2015-07-25") if e.sub_event_type == "Air/drone strike"]
    assert strike.date is not None and strike.date.end <= "2015-07-25"
def test_arabic_martyrdom_verb_citing_a_thing_is_no_killing(pipeline):
    # "استشهد المسؤول ... بمجموعة من التقارير": استشهد with a thing cited after بـ (or "على ذلك") means "cited"
    events = _events(pipeline, "وفي كلمته أمام لجنة الدفاع أمس، استشهد وزير الخارجية، الذي زار بغداد الشهر الماضي، "
                               "بمجموعة من التقارير عن تهريب السلاح.", "2015-08-09")
    assert not events
    assert not _events(pipeline, "وكان الكاتب قد استشهد على ذلك بما يحدث في الموصل من تهجير.", "2015-08-09")
    # a martyr killed by fire, with a report named later, is still a death
    (event,) = _events(pipeline, "استشهد جندي عراقي بنيران قناص في قضاء الكرمة أمس، بحسب تقرير للشرطة.", "2015-08-09")
    assert event.fatalities is not None and event.fatalities.best == 1
def test_arabic_attack_as_subject_of_a_pluperfect_with_an_old_day_is_recalled(pipeline):
    # "وكان آخر هجوم للمسلحين قد وقع في الثالث من الشهر": the attack noun as the pluperfect's subject, its day weeks
    # older than the article's news, is the deed recalled, not a second event
    events = _events(pipeline, "قتل شرطيان في انفجار عبوة ناسفة قرب مخفر في مدينة العريش صباح اليوم. وكان آخر هجوم "
                               "للمسلحين قد وقع في الثالث من الشهر الحالي، بالهجوم على حاجز أمني في المدينة، ما أسفر عن "
                               "مقتل تسعة جنود.", "2015-09-24")
    assert [e.date.start for e in events] == ["2015-09-24"]


def test_arabic_also_after_a_pluperfect_sentence_goes_on_with_the_history(pipeline):
    # "وكان المسلحون قد نهبوا ... كما أحرقوا ...": a كما sentence with no day of its own right after a sentence
    # opening on the pluperfect adds to the recalled history; a كما sentence after news stays news
    events = _events(pipeline, "افتتحت وزارة الثقافة معرضا للمخطوطات في مدينة البصرة اليوم. وكان عناصر التنظيم قد "
                               "نهبوا مكتبات عامة في البلاد. كما أحرق مسلحو التنظيم آلاف الكتب في مكتبة الموصل "
                               "المركزية.", "2016-03-14")
    assert not events
    events = _events(pipeline, "قتل مدنيان بانفجار عبوة ناسفة في قضاء الشرقاط صباح اليوم. كما أحرق مسلحو التنظيم "
                               "مدرسة في القضاء.", "2016-03-14")
    assert len(events) == 2


def test_arabic_bare_exposed_to_weather_is_no_clash(pipeline):
    # "تعرض البلاد إلى موجة حر": the bare verb of being exposed with no attack, weapon or armed side after it tells
    # weather or losses, no armed clash
    events = _events(pipeline, "وفي الموصل تعرضت أسواق المدينة أمس لخسائر كبيرة بسبب انقطاع الكهرباء.", "2016-06-12")
    assert not events


def test_arabic_outlet_dateline_place_is_only_where_the_report_was_filed(pipeline):
    # "صحيفة النهار – الموصل⏎" and "وكالة المرصد - الموصل:": the place after an outlet's name and dash opens the
    # article as a dateline; the lead placed only by it is the attack its text tells again in another governorate
    lead = ("قال ضباط في الجيش إن أربعة جنود قتلوا مساء اليوم عندما هاجم مسلحون من تنظيم داعش موقعا عسكريا. وقال "
            "ضابط إن المسلحين هاجموا الموقع العسكري قرب ناحية العلم شمال تكريت. وافتتحت البلدية حديقة جديدة.")
    for opening in ("صحيفة النهار – الموصل\n", " وكالة المرصد - الموصل: "):
        events = [e for e in _events(pipeline, opening + lead, "2016-05-09") if e.event_type != "Strategic developments"]
        assert len(events) == 1, opening
        assert events[0].location.admin1_code == "IQ-SD"
def test_arabic_deed_naming_the_day_of_another_thing_is_recalled(pipeline):
    # "في نفس اليوم الذي وقع فيه تفجير ...": a deed told as the time of something else is a known deed recalled,
    # not news dated by the "اليوم" (day) of that phrase
    events = _events(pipeline, "افتتحت البلدية حديقة عامة جديدة في مدينة الكويت صباح اليوم. وتزامن افتتاح الحديقة "
                               "القديمة في العام الماضي مع اليوم الذي وقع فيه تفجير السوق الشعبي في المدينة.",
                     "2016-05-10")
    assert not events


def test_arabic_protests_recalled_by_a_relative_clause_are_no_news(pipeline):
    # "عودة الاحتجاجات التي اندلعت في ...": definite protests described by "that broke out", in a later
    # sentence telling no day, are background the reader knows; protests told as news stand
    events = _events(pipeline, "قررت وزارة الكهرباء قطع التيار عن ثلاثة أحياء في مدينة الحلة صباح اليوم. وتتصاعد "
                               "المخاوف من عودة الاحتجاجات التي اندلعت في محافظة الديوانية خصوصا بعد جرح أحد "
                               "المحتجين.", "2016-08-02")
    assert not events
    events = _events(pipeline, "قررت وزارة الكهرباء قطع التيار عن ثلاثة أحياء في مدينة الحلة صباح اليوم. وخرج "
                               "مئات من السكان في تظاهرة أمام مبنى المحافظة في الحلة احتجاجا على القرار.",
                     "2016-08-02")
    assert [e.event_type for e in events] == ["Protests"]
def test_arabic_town_opposite_across_the_border_is_a_landmark(pipeline):
    # "في سوريا المقابلة لمدينة كيليس": a town told right after "opposite", in another country than the one the
    # clause places the strike in, is a landmark across the border; the strike is in that country
    (event,) = _events(pipeline, "قصفت أربع مقاتلات تابعة للجيش التركي فجر اليوم مواقع للمتشددين في المنطقة "
                                 "الحدودية في سوريا المقابلة لبلدة كيليس.", "2015-07-26")
    assert event.location is not None and event.location.country == "Syria"
    assert event.location.admin1_code is None
    # a town of the same country after "opposite" still places it
    (event,) = _events(pipeline, "قتل صياد بقصف مدفعي على زورق في شط العرب في العراق قبالة مدينة الفاو "
                                 "فجر اليوم.", "2015-07-26")
    assert event.location is not None and event.location.admin1_code == "IQ-BA"


def test_arabic_strike_told_in_one_country_takes_no_governorate_of_another(pipeline):
    # "غارات على مواقع للتنظيم في سوريا ومعسكرات للحزب في شمال العراق" then a retelling placed in Duhok: the strike
    # whose own sentence tells Syria is not refined into a governorate of Iraq (the Iraqi front's record takes it)
    events = _events(pipeline, "قصفت طائرات حربية تركية اليوم مواقع لتنظيم داعش في سوريا ومعسكرات لمسلحي حزب العمال "
                               "الكردستاني في شمال العراق. وللحزب قواعد كثيرة في دهوك. وأكد متحدث باسم الحزب قصف "
                               "الطائرات التركية لمواقع الحزب على الحدود.", "2015-07-25")
    where = {e.actor2.id: e.location for e in events if e.actor2 is not None}
    assert where["isis"].country == "Syria" and where["isis"].admin1_code is None


def test_stock_market_talk_has_no_events(pipeline):
    # two stock-market words and no one killed: the market's "massacre" is its prices falling
    assert not _events(pipeline, "عاشت سوق الأسهم في الكويت أمس «مذبحة» جديدة، بعدما خسر المؤشر العام 300 نقطة "
                                 "وتسابق المستثمرين على البيع.", "2008-10-12")
    # a bomb near the exchange still kills
    (event,) = _events(pipeline, "قتل ثلاثة حراس في انفجار سيارة مفخخة قرب مبنى البورصة في بغداد صباح أمس، "
                                 "فأوقفت إدارة السوق التداولات.", "2008-10-12")
    assert event.event_type == "Explosions/Remote violence"


def test_attacks_named_in_the_plural_by_a_training_course_are_no_event(pipeline):
    # the bombings a course teaches paramedics to handle are bombings in general, not one that happened
    assert not _events(pipeline, "وأقامت جمعية خيرية أمس دورة تدريبية لمتطوعيها حول كيفية إسعاف جرحى "
                                 "التفجيرات.", "2007-03-05")
    # a bomb going off during a course still is one
    (event,) = _events(pipeline, "قتل ثلاثة متدربين عندما انفجرت قنبلة يدوية خلال دورة تدريبية في معسكر الغزلاني "
                                 "بالموصل أمس.", "2007-03-05")
    assert event.event_type == "Explosions/Remote violence"


def test_arabic_intention_before_a_deed_makes_it_planned(pipeline):
    # "عن نية" / "عزمه" before the event word: the deed is intended, not done
    events = _events(pipeline, "وتحدثت صحف أميركية أمس عن نية القوات الأميركية شن غارات على مواقع للمسلحين "
                               "في الأنبار.", "2007-04-02")
    assert events and all(e.status == "planned" for e in events)
    # after a deed told, a resolve to chase its doers leaves it done
    (event,) = _events(pipeline, "قتل مسلحون ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش في هيت أمس، وأكد "
                                 "المحافظ عزمه ملاحقة الجناة.", "2007-04-02")
    assert event.status == "occurred"


def test_an_attack_named_after_a_medal_is_what_it_honours(pipeline):
    # a noun after a tribute word names the deed honoured, told before: no event
    assert not _events(pipeline, "وقلد وزير الداخلية أمس خمسة من حراس السجن أوسمة تقديرا لصمودهم في صد هجوم "
                                 "المسلحين على سجن بادوش.", "2007-06-20")
    # a deed told before the medal is still news
    (event,) = _events(pipeline, "قتل شرطيان في هجوم على سجن بادوش أمس، بعد يومين من تقليد حراسه أوسمة.",
                       "2007-06-20")
    assert event.event_type in ("Battles", "Violence against civilians")
def test_english_anniversary_of_a_deed_told_with_its_toll_is_no_news(pipeline):
    # "to mark the anniversary of the bombing that killed 19 people": an anniversary names a deed a year old at
    # least; its toll in a relative clause does not make it the news, even beside a future gathering
    events = _events(pipeline, "Residents will gather in Hilla on Sunday to mark the anniversary of the car bombing "
                               "that killed 19 people at a checkpoint.", "2021-03-03")
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]
    events = _events(pipeline, "A car bomb killed 19 people at a checkpoint in Hilla on Sunday, police said.",
                     "2021-03-03")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_english_day_after_another_deeds_verb_does_not_make_a_named_deed_news(pipeline):
    # "Relatives of the victims of the bombing in Kirkuk marched on Thursday": the day told after the clause's own
    # verb (a protest) dates that verb, not the bombing the reference word names
    events = _events(pipeline, "Relatives of the victims of the bombing in Kirkuk marched to the governorate "
                               "building on Thursday.", "2022-06-17")
    assert [e.event_type for e in events] == ["Protests"]


def test_english_deed_after_over_the_is_the_cause_not_news(pipeline):
    # "questioned the governor on Monday over the killing of a journalist in Kut in January": the deed after "over
    # the" is the topic of the questioning, a deed told elsewhere, not news dated by the questioning's day
    events = _events(pipeline, "Lawmakers questioned the governor on Monday over the killing of a journalist in Kut "
                               "in January.", "2022-04-12")
    assert not events
    # a time told by "over the" still opens a deed's own clause
    events = _events(pipeline, "Over the weekend clashes between two clans killed four men in Kut, police said.",
                     "2022-04-12")
    assert [e.event_type for e in events] == ["Battles"]


def test_english_readiness_to_strike_is_no_deed_done(pipeline):
    # "its fighters were ready to strike ... at any moment": readiness tells a threat, not a strike that happened;
    # it governs only the verb right after it ("Fighters ready to die clashed ..." is a clash told as news)
    events = _events(pipeline, "Asaib Ahl al-Haq said on Sunday its men were ready to attack Turkish bases in "
                               "Nineveh at any moment.", "2022-07-25")
    assert all(e.status != "occurred" for e in events)
    events = _events(pipeline, "Tribal fighters ready to die for their town clashed with militants near Haditha "
                               "on Sunday, killing two.", "2022-07-25")
    assert [(e.event_type, e.status) for e in events] == [("Battles", "occurred")]
def test_arabic_definite_mention_with_own_town_and_toll_is_not_dated_back(pipeline):
    # "الغارة التي نفذت أمس" told in another town with its own dead, after a strike reported today: the next item,
    # not the first strike given the day before (as a definite mention with its own town and toll is not attached)
    events = _events(pipeline, "قال مصدر أمني اليوم إن غارة جوية للتحالف قتلت خمسة مسلحين من داعش في ناحية الزاب "
                               "التابعة لقضاء الحويجة. وفي ناحية الرياض، أسفرت الغارة التي نفذت أمس عن مقتل ثلاثة "
                               "مسلحين.", "2019-04-10")
    assert sorted(e.fatalities.best for e in events) == [3, 5]


def test_arabic_before_inside_the_night_before_last_is_no_reference(pipeline):
    # "قبل" of "الليلة قبل الماضية" tells the day, not a deed "before" another: the repelled attack stands
    (event,) = _events(pipeline, "تمكنت قوات البيشمركة الليلة قبل الماضية من صد هجوم لمسلحي داعش على مواقعها قرب "
                                 "بعشيقة.", "2015-07-22")
    assert event.event_type == "Battles" and event.date.start == "2015-07-20"


def test_arabic_attack_in_sermons_is_in_words(pipeline):
    # "لأنه هاجم التنظيم خلال خطبه": the imam attacked the group in his sermons; the execution is the event
    (event,) = _events(pipeline, "أعدم مسلحو داعش أمس إمام مسجد في ناحية حمام العليل جنوب الموصل لأنه هاجم التنظيم "
                                 "خلال خطبه.", "2016-03-02")
    assert event.event_type == "Violence against civilians" and event.actor1.id == "isis"


def test_arabic_on_another_note_opens_a_separate_incident(pipeline):
    # "من ناحية ثانية" (on another note) opens a new item, as "من جهة أخرى" does: a fight at a village of another
    # subdistrict is not the fight told before it
    events = _events(pipeline, "قال مسؤول كردي إن معارك اندلعت أمس بين مسلحي داعش ومسلحين من فصيل آخر في "
                               "الموصل. من ناحية ثانية، صدت قوات البيشمركة أمس هجوما لمسلحي داعش على قرية قرب "
                               "بعشيقة وقتل خلال الهجوم تسعة مسلحين.", "2015-08-03")
    assert len([e for e in events if e.event_type == "Battles"]) == 2


def test_arabic_suicide_bomber_and_air_raids_are_two_deeds(pipeline):
    # a suicide bomber at a post and warplanes' raids told in the next sentence, neither with a toll: two deeds
    events = _events(pipeline, "قال المتحدث إن أحد مقاتليهم نفذ أمس هجوما انتحاريا ضد معسكر للجيش التركي في منطقة "
                               "أغري. وكانت تركيا نفذت أمس ضربات جوية على معاقل الحزب في كردستان العراق.",
                     "2015-08-03")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Suicide bomb"]
def test_arabic_toll_with_the_same_span_after_it_is_a_tally(pipeline):
    # "، أسفرت عن مقتل ...، في نفس الفترة أيضا": a toll told over "the same period" as a tally before it is that
    # period's count, no one strike; the arrests told after that bare span are counted over it too
    assert not _events(pipeline, "شنت المقاتلات غارات جوية على مواقع المسلحين في الجبال، أسفرت عن مقتل أكثر "
                                 "من 90 مسلحا وإصابة 40 آخرين، في نفس الفترة أيضا.", "2015-08-08")
    assert not _events(pipeline, "شنت المقاتلات غارات جوية على مواقع المسلحين في الجبال، أسفرت عن مقتل أكثر "
                                 "من 90 مسلحا، في نفس الفترة أيضا، واعتقلت الشرطة 600 مشتبه به في مدينة أضنة.",
                       "2015-08-08")
    # a day of its own after the toll: one strike
    (event,) = _events(pipeline, "شنت المقاتلات غارات جوية على مواقع المسلحين في الجبال، أسفرت عن مقتل أكثر من "
                                 "90 مسلحا وإصابة 40 آخرين، في ساعة مبكرة من صباح اليوم.", "2015-08-08")
    assert event.sub_event_type == "Air/drone strike"


def test_arabic_arrest_takes_no_toll_of_an_earlier_clauses_deed(pipeline):
    # "غارات ...، أسفرت عن مقتل 90 مسلحا، واعتقلت الشرطة اليوم 6": the dead belong to the strikes told before, not
    # to the arrests of the clause after
    events = _events(pipeline, "شنت المقاتلات منذ مطلع الشهر الماضي غارات جوية على مواقع المسلحين في الجبال، "
                               "أسفرت عن مقتل 90 مسلحا، واعتقلت الشرطة اليوم 6 مشتبه بهم في مدينة أضنة.",
                     "2015-08-08")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities is None for e in arrests)


def test_arabic_topic_of_talks_past_the_partners_is_no_event(pipeline):
    # "للبحث مع مسؤولين سياسيين وعسكريين في المواجهة ضد داعش": the talks' partners between the talk word and في do
    # not make the topic a clash of the day
    assert not _events(pipeline, "وصل الوزير الخميس الى بغداد للبحث مع مسؤولين سياسيين وعسكريين في المواجهة ضد "
                                 "تنظيم داعش.", "2015-07-24")
    assert not _events(pipeline, "توجه قائد الشرطة الى كركوك لمناقشة مع شيوخ العشائر ورؤساء البلديات بشأن "
                                 "الاشتباكات بين المزارعين.", "2015-07-24")


def test_arabic_strike_a_plan_would_arrange_with_bihaythu_is_no_event(pipeline):
    # "خطة ... بحيث تقوم المقاتلات بقصف": what a plan is to arrange ("such that") is no strike done
    assert not _events(pipeline, "ووضعت الحكومة خطة جديدة بحيث تقوم الطائرات بقصف مواقع المسلحين في الرقة.",
                       "2015-08-06")


def test_arabic_present_control_verb_after_relative_pronoun_is_no_takeover(pipeline):
    # "البلدة التي تسيطر عليها فصائل المعارضة": who holds a place named, told in the present, is no taking of it
    events = _events(pipeline, "ارتفعت حصيلة انهيار مبنى سكني قديم في مدينة أريحا التي تسيطر عليها الفصائل إلى "
                               "14 قتيلا.", "2015-08-06")
    assert not [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
def test_arabic_bare_other_after_a_casualty_word_counts_one_or_two(pipeline):
    # "وأصيب آخر", "وجرح آخران": a bare "another" (two others) right after the casualty word, with no noun of its own,
    # counts one (two) injured; "وجرح آخرون" (others) counts no one, and "هجوم آخر" after an event noun is no toll
    (event,) = _events(pipeline, "قتل حارس أمني وأصيب آخر بانفجار عبوة ناسفة قرب سوق الخضار في مدينة الموصل صباح "
                                 "اليوم.", "2016-03-08")
    assert event.fatalities.best == 1 and event.injured is not None and event.injured.best == 1
    (event,) = _events(pipeline, "قتل منتسبان في الشرطة المحلية وجرح آخران بانفجار لغم على طريق بيجي اليوم.",
                       "2016-03-08")
    assert event.fatalities.best == 2 and event.injured is not None and event.injured.best == 2
    (event,) = _events(pipeline, "أسفر هجوم مسلح على نقطة تفتيش في كركوك اليوم عن مقتل جندي وإصابة آخر.", "2016-03-08")
    assert event.injured is not None and event.injured.best == 1
    (event,) = _events(pipeline, "قتل ثلاثة مزارعين وجرح آخرون بقصف مدفعي على قرية قرب تلعفر اليوم.", "2016-03-08")
    assert event.fatalities.best == 3 and event.injured is None


def test_arabic_killed_counted_until_a_day_are_a_tally_not_one_attacks_toll(pipeline):
    # "وحتى نهاية الشهر الماضي قتل أكثر من 200 مسلح": the dead counted up to a day (a span whose start is untold) are
    # a tally; their figure is no attack of its own and is not put on the one incident the article tells
    events = _events(pipeline, "قتل موظف في شركة المياه بانفجار عبوة ناسفة مساء أمس في قضاء نصيبين جنوب شرق "
                               "تركيا. وحتى نهاية الشهر الماضي قتل أكثر من 200 مسلح وأصيب أكثر من 300 آخرين "
                               "بحسب الجيش.", "2016-09-14")
    assert [e.fatalities.best for e in events] == [1]
    events = _events(pipeline, "قتل موظف في شركة المياه بانفجار عبوة ناسفة مساء أمس في قضاء نصيبين جنوب شرق "
                               "تركيا. وأفادت الوكالة أنه حتى العاشر من أيلول قتل أكثر من 150 مسلحا في الغارات.",
                     "2016-09-14")
    assert [e.fatalities.best for e in events] == [1]


def test_arabic_killed_since_a_day_told_after_a_comma_are_a_tally(pipeline):
    # "...، ومنذ اندلاع موجة العنف في 3 آذار، قتل 17 جنديا": a span "since" opening a clause after a comma dates
    # the killing verb right after it, the first deed of its clause: a tally, not one clash with 17 dead
    events = _events(pipeline, "وكانت أنقرة أطلقت عملية عسكرية ضد المتمردين، ومنذ اندلاع موجة العنف في 3 آذار، "
                               "قتل 17 جنديا وشرطيا على الأقل أربعة منهم في كمين استهدف الثلاثاء دورية عسكرية.",
                     "2016-03-20")
    assert not any(e.fatalities is not None and e.fatalities.best == 17 for e in events)
def test_captured_soldiers_executed_is_violence_against_civilians(pipeline):
    # "أعدم التنظيم 14 جنديا": men put to death were captives who could no longer fight; their execution is
    # violence against civilians, in Arabic and in English, not a clash with the force they served in
    (event,) = _events(pipeline, "قال مسؤول محلي إن مسلحي تنظيم داعش أعدموا 14 عنصرا من الشرطة العراقية، مساء "
                                 "الثلاثاء، في ساحة عامة وسط قضاء هيت.", "2015-09-10")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.id == "isis"
    events = pipeline.extract(Article(text="Islamic State fighters executed nine captured Iraqi soldiers near "
                                           "Baiji on Tuesday, a local official said.", published="2015-09-10",
                                      lang="en")).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    # a shooting of policemen with no word of execution stays a clash (Q10)
    (event,) = _events(pipeline, "قتل مسلحون مجهولون اثنين من عناصر الشرطة في هجوم على نقطة تفتيش في قضاء هيت "
                                 "مساء الثلاثاء.", "2015-09-10")
    assert event.sub_event_type == "Armed clash"


def test_arabic_deed_the_crowd_accuses_someone_of_is_no_force_on_it(pipeline):
    # "اعتصم المئات ... لمعاقبة رجل يتهمونه بقتل ضابط": the killing the crowd blames on a man, and the toll told
    # in a demand, are what the protest is about; the gathering stays a peaceful protest with no dead
    (event,) = _events(pipeline, "اعتصم نحو خمسمئة شخص أمام مبنى المحافظة في مدينة الحلة للمطالبة بمعاقبة تاجر "
                                 "يتهمونه بقتل شرطي من أبناء المنطقة.", "2016-03-02")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert not event.fatalities or not event.fatalities.best
    (event,) = _events(pipeline, "تجمع مئات من سكان الحي أمام مبنى المحافظة في الحلة مطالبين بمحاسبة "
                                 "المسؤولين عن قتل سائق أجرة.", "2016-03-02")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    # force used on the crowd past the demand's comma stays force used on it
    (event,) = _events(pipeline, "تجمع مئات من سكان الحي أمام مبنى المحافظة في الحلة مطالبين بمحاسبة "
                                 "المسؤولين، فأطلقت قوات الأمن النار عليهم ما أدى إلى مقتل شاب.", "2016-03-02")
    assert event.sub_event_type == "Excessive force against protesters"


def test_execution_told_with_explosives_as_its_means_is_an_attack(pipeline):
    # "أعدم التنظيم ... بتفجير عبوات ناسفة وضعت تحتهم": the bombs are how the captives were put to death; the
    # execution is violence against civilians, not a roadside bombing
    (event,) = _events(pipeline, "أعدم تنظيم داعش أمس سبعة رعاة في قضاء الحضر بتفجير عبوات ناسفة ربطت "
                                 "بأجسادهم.", "2015-10-04")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.id == "isis"
    # a bombing told first, with an execution only recalled after it, stays a bombing
    (event,) = _events(pipeline, "انفجرت عبوة ناسفة في سوق شعبي بقضاء الحضر أمس بعد يوم من إعدام التنظيم سبعة "
                                 "رعاة.", "2015-10-04")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_execution_told_with_a_shooting_as_its_means_is_an_attack(pipeline):
    # "أعدمهم بعد أن أطلق النار عليهم": captured soldiers shot dead in an execution are no clash with their army
    (event,) = _events(pipeline, "وأوضح المصدر أن مسلحي التنظيم أعدموا تسعة من عناصر الجيش العراقي، عصر الاثنين، "
                                 "قرب قضاء الشرقاط بعد أن أطلقوا النار على رؤوسهم.", "2015-09-02")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_arabic_no_report_of_a_clash_is_no_force_on_a_sit_in(pipeline):
    # "ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين والشرطة": a clash no one reported did not happen, so the
    # sit-in stays peaceful; "no reports of casualties in the attack" still leaves the attack occurred
    events = _events(pipeline, "اعتصم نحو ثلاثمئة عامل أمس أمام مبنى الشركة في مدينة الكوت للمطالبة بصرف "
                               "رواتبهم. ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين وقوات الشرطة في الكوت.",
                     "2016-04-12")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]
    (event,) = _events(pipeline, "ولم ترد تقارير عن وقوع ضحايا في الهجوم الذي استهدف نقطة للشرطة في الكوت أمس.",
                       "2016-04-12")
    assert event.status == "occurred"
def test_arabic_unplaced_strike_takes_the_country_its_clause_names(pipeline):
    # "واصلت أنقرة حملتها داخل تركيا، بينما قصفت طائراتها مواقع في شمال العراق" in an article whose only governorate
    # is Istanbul: the strike lies in the country its own clause names, not in the first country of the sentence
    events = _events(pipeline, "مضت الحكومة في حملتها الأمنية على الخلايا المسلحة داخل تركيا، بينما قصفت الطائرات "
                               "التركية مساء أمس عشرات المعسكرات لحزب العمال الكردستاني في شمال العراق. وأوقفت الشرطة "
                               "التركية مساء الأحد خمسة مشتبهين في مدينة إسطنبول.", "2015-07-28")
    strike = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert strike.location is not None and strike.location.country == "Iraq"
    assert strike.location.admin1_code is None


def test_arabic_retaking_a_town_one_tries_is_no_deed_done(pipeline):
    # "في وقت يحاول فيه الجيش استعادة السيطرة على المدينة": a verb of trying right before the event word tells an
    # attempt under way, not ground regained; the retaking told as done is news
    events = _events(pipeline, "التقى وزير الدفاع قادة الجيش في بغداد أمس لبحث سير العمليات، في وقت تحاول فيه القوات "
                               "العراقية استعادة السيطرة على مدينة هيت غرب الأنبار.", "2015-09-02")
    assert not [e for e in events if e.status == "occurred"]
    events = _events(pipeline, "استعادت القوات العراقية أمس السيطرة على مدينة هيت غرب الأنبار بعد معارك مع التنظيم.",
                     "2015-09-02")
    assert [e.status for e in events if e.sub_event_type == "Government regains territory"] == ["occurred"]


def test_arabic_the_driver_killed_is_a_civilian(pipeline):
    # "ما أدى إلى مقتل السائق": the definite driver is a civilian victim like "سائقها", so gunmen firing on his car
    # attacked civilians, no clash
    (event,) = _events(pipeline, "أطلق مسلحون مجهولون النار مساء أمس على سيارة أجرة على طريق كركوك الحويجة ما أدى "
                                 "إلى مقتل السائق.", "2015-08-08")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.id == "civilians"


def test_arabic_armed_men_burning_people_is_an_attack_not_property_destroyed(pipeline):
    # "قامت عناصر ميليشيا بحرق ثلاثة من المدنيين أحياء": people burnt (past a count or the doer) are attacked,
    # no property destroyed; houses or cars of civilians burnt stay destruction of property
    for text in ("قال مسؤول محلي إن عناصر من ميليشيا مسلحة قامت أمس بحرق ثلاثة من المدنيين أحياء في قرية قرب بعقوبة.",
                 "أحرق عناصر داعش شابين أحياء في ساحة عامة بالموصل يوم الجمعة."):
        events = _events(pipeline, text, "2019-03-10")
        assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    events = _events(pipeline, "أقدم مسلحون من الحشد الشعبي على إحراق منازل المواطنين في قرية شمال تكريت أمس.",
                     "2019-03-10")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_arabic_clause_in_a_region_of_the_country_takes_no_town_of_another_clause(pipeline):
    # "وقع اثنان منها في بغداد ...، بينما قتل ثلاثة جنود في انفجار عبوة في شمال البلاد": the bombing told only in a
    # region of the country is not in the town the other clause named
    events = _events(pipeline, "شهد العراق أمس سلسلة هجمات، وقع اثنان منها في بغداد واستهدفا سوقا ومركزا للشرطة، "
                               "بينما قتل ثلاثة جنود في انفجار عبوة ناسفة في شمال البلاد.", "2019-03-10")
    assert [(e.sub_event_type, e.location and e.location.admin1_code) for e in events] == [
        ("Remote explosive/landmine/IED", None)]


def test_arabic_launched_a_suicide_attack_is_a_suicide_bomb(pipeline):
    # "شنوا هجوما انتحاريا": the clash phrase "شنوا هجوما" must not swallow the suicide noun after it, or the deed
    # comes out as a clash and no longer joins the bombing told in the next sentences
    (event,) = _events(pipeline, "قال مصدر أمني إن مسلحين شنوا هجوما انتحاريا أمس على مخفر للشرطة في بلدة جيلان "
                                 "بينار.", "2016-05-11")
    assert event.sub_event_type == "Suicide bomb"


def test_arabic_attacks_after_a_series_toll_are_the_series_again(pipeline):
    # "قتل 25 في سلسلة تفجيرات ...، في هجمات تبنى بعضها التنظيم": the plural "هجمات" after the round-up toll names
    # the same bombings again, no claimed clash of its own; the bombings told one by one stand
    events = _events(pipeline, "قتل 25 شخصا على الأقل في سلسلة تفجيرات ضربت أحياء متفرقة من بغداد أمس، بحسب ما "
                               "ذكرت مصادر أمنية، في هجمات تبنى بعضها تنظيم داعش. وفي حي الشعب قتل 14 شخصا "
                               "بانفجار سيارة مفخخة. كما قتل 11 في انفجار سيارة مفخخة في الكرادة.", "2016-03-02")
    assert sorted(e.fatalities.best for e in events) == [11, 14]


def test_arabic_felled_dead_is_a_toll_not_a_shooting_down(pipeline):
    # "وأسقط 12 قتيلا و40 جريحا": felling dead tells a bombing's toll, no drone or rocket shot down
    events = _events(pipeline, "أعلنت الشرطة الكويتية أمس القبض على ثلاثة رجال ينتمون إلى خلية إرهابية. ووقع تفجير "
                               "الحسينية في الأول من مايو وأسقط 12 قتيلا و40 جريحا.", "2016-06-02")
    assert [e.sub_event_type for e in events] == ["Arrests"] and events[0].fatalities is None


def test_arabic_arrest_retold_with_a_country_the_men_fought_in_is_one_arrest(pipeline):
    # a state's arrest told twice, the second time with "بعضهم حارب في العراق" (where the men fought before): the
    # state arrests at home, so the foreign country with no governorate does not make a second arrest
    events = _events(pipeline, "قالت الكويت أمس إن وزارة الداخلية ألقت القبض على عدد من المواطنين شكلوا خلية تتبع "
                               "تنظيم داعش وذلك بعد أسابيع من تفجير حسينية بالعاصمة الكويت. ونفى مصدر أمني أن تكون "
                               "الخلية خططت لعمليات في الكويت مبينا أن أنشطة أفرادها تركزت في سوريا والعراق. وقالت "
                               "وزارة الداخلية الكويتية في بيان إنه تم إلقاء القبض على خلية تنتمي لتنظيم داعش تضم "
                               "أربعة كويتيين بعضهم حارب في العراق.", "2016-06-02")
    assert [e.sub_event_type for e in events] == ["Arrests"]
def test_arabic_bare_fajjara_with_a_charge_or_bridge_after_it_is_the_verb(pipeline):
    # bare "فجر" is also "dawn" and no trigger alone; with the thing blown up right after it, or after the subject
    # between ("وفجر مسلحو التنظيم ظهر اليوم جسرا"), it is the verb: the charge, vest, bridge or building told with it
    (event,) = _events(pipeline, "قال ضابط في الشرطة إن مهاجما فجر شحنة ناسفة عند بوابة مديرية الناحية في قضاء "
                                 "بلد مساء أمس، ما أدى إلى إصابة ثلاثة من المنتسبين.", "2017-02-21")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.evidence.trigger.text == "فجر شحنة"
    (event,) = _events(pipeline, "وأكد شهود أن انتحاريا فجر سترته الناسفة عند مدخل مجلس عزاء في قضاء الخالص.",
                       "2017-02-21")
    assert event.sub_event_type == "Suicide bomb"
    (event,) = _events(pipeline, "وفجر عناصر التنظيم جسرين على نهر الفرات شرقي مدينة هيت لإبطاء تقدم القطعات.",
                       "2017-02-21")
    assert event.event_type == "Explosions/Remote violence" and event.actor1 is not None
    # dawn stays dawn: "فجر الخميس", "صلاة الفجر"
    events = _events(pipeline, "دخلت القطعات العسكرية قضاء هيت فجر الخميس بعد انسحاب المسلحين منه دون مقاومة "
                               "تذكر، وأدى الأهالي صلاة الفجر في الجامع الكبير.", "2017-02-21")
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]


def test_arabic_minefields_struck_or_cleared_are_no_bomb(pipeline):
    # a minefield named among a strike's targets, or the work of clearing mines, is a thing, not a blast: no IED
    # record ("أصابت الضربات ... وحقول ألغام", "تطهير حقول الألغام", "نزع الألغام"); a mine that went off still is one
    events = _events(pipeline, "وذكر بيان للتحالف أن ضرباته الليلة الماضية أصابت مخازن أسلحة ومواقع دفاعية وحقول ألغام "
                               "قرب بلدة الشدادي في ريف الحسكة.", "2016-02-19")
    assert not [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert not _events(pipeline, "وشرعت مفارز الجهد الهندسي صباح أمس في تطهير حقول الألغام المحيطة بقرى ناحية "
                                 "العلم شرقي تكريت.", "2016-02-19")
    assert not _events(pipeline, "وأعلنت السفارة تقديم أربعة ملايين دولار لبرامج نزع الألغام في محافظة نينوى.",
                       "2016-02-19")
    (event,) = _events(pipeline, "قتل راعيان بانفجار لغم أرضي في حقل ألغام قديم قرب ناحية مندلي أمس.", "2016-02-19")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
def test_arabic_capital_read_as_its_government_places_nothing(pipeline):
    # "بالتنسيق مع دمشق", "أهم حليف لدمشق", "قدرة دمشق على": the capital stands for its government by the words
    # around it, so an unplaced clash in Syria does not take the capital's governorate
    events = _events(pipeline, "قال وزير الخارجية السوري إن بلاده ترحب بأي جهد ضد التنظيم إذا تم بالتنسيق مع دمشق. "
                               "وزار الوزير موسكو، أهم حليف لدمشق، حيث حذر من أن دعم المعارضة يضعف قدرة دمشق على "
                               "مواجهة المسلحين. إلى ذلك دارت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في "
                               "محيط قرية نائية شمالي سوريا.", "2015-08-06")
    clash = next(e for e in events if e.event_type == "Battles")
    assert clash.location is not None and clash.location.admin1_code != "SY-DI"


def test_arabic_capital_as_speaker_or_party_places_nothing(pipeline):
    # "رفضت أنقرة"، "فأنقرة تستخدم"، "التصعيد بين أنقرة والمتمردين": the government speaks or is a party, no place
    events = _events(pipeline, "يتواصل التصعيد بين أنقرة والمتمردين الأكراد هذا الأسبوع. وقتل ثلاثة جنود أتراك أمس "
                               "في انفجار عبوة ناسفة استهدفت دوريتهم في جنوب شرق تركيا.", "2015-07-27")
    blast = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert blast.location is None or blast.location.admin1_code != "TR-06"


def test_arabic_capital_told_as_the_capital_stays_a_place(pipeline):
    # "في العاصمة السورية دمشق", "شهدت دمشق": the city itself, where the shelling fell
    (event,) = _events(pipeline, "سقطت قذائف هاون أمس على حي سكني في العاصمة السورية دمشق ما أدى إلى مقتل أربعة "
                                 "مدنيين.", "2015-08-09")
    assert event.location is not None and event.location.admin1_code == "SY-DI"


def test_arabic_birthplace_is_no_muscat(pipeline):
    # "مسقط رأس" is a birthplace, not Muscat: an unplaced event does not take Oman's capital governorate
    events = _events(pipeline, "تقع القرية قرب بلدة صغيرة هي مسقط رأس القائد الراحل. وقتل مسلحون مجهولون أمس "
                               "شرطيين اثنين بإطلاق النار على دوريتهما.", "2015-08-09")
    hit = next(e for e in events if e.fatalities is not None)
    assert hit.location is None or hit.location.admin1_code != "OM-MA"


def test_arabic_country_told_after_in_places_a_strike_over_the_country_that_did_it(pipeline):
    # "شنت إيران غارات على ... في شمال العراق": the country named as the doer is no place of the strike; the
    # country told after "في" is where it happened
    events = _events(pipeline, "شنت إيران، الثلاثاء، غارات جوية على مخازن أسلحة لحزب الحياة الحرة الكردستاني في "
                               "شمال العراق.", "2015-08-05")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location is not None and e.location.country == "Iraq" for e in strikes)


def test_arabic_state_subject_past_a_day_set_off_by_commas(pipeline):
    # "وشنت إيران، أمس الأحد، غارات جوية": the day between commas does not part the country from its strikes
    events = _events(pipeline, "وشنت روسيا، أمس الأحد، ضربات جوية على مواقع لتنظيم داعش في سوريا.", "2015-10-05")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor1 is not None and e.actor1.id.startswith("russia") for e in strikes)


def test_arabic_denial_that_populated_areas_were_hit_is_no_event(pipeline):
    # "نفى الجيش أن يكون استهدف منطقة مأهولة" after a strike told: harm to civilians denied, no denied event
    events = _events(pipeline, "قال متمردون أكراد الثلاثاء إن تفجير مخفر للدرك في ولاية وان جاء ردا على غارات تركية. "
                               "وذكرت مصادر كردية أن خمسة قرويين قتلوا في قصف للطيران التركي في نهاية الأسبوع قرب "
                               "قرية في شمال العراق. لكن الجيش نفى أن يكون استهدف منطقة مأهولة.", "2015-08-11")
    assert events and not [e for e in events if e.status == "denied"]


def test_arabic_attacks_a_bombing_drove_men_to_are_no_deed(pipeline):
    # the bombing told after "بعد" with its day is recalled; its toll, told through "ما أسفر عن", is its own, and the
    # attacks it drove the rebels to (دفع ... إلى شن هجمات) are attacks in general: no event
    events = _events(pipeline, "وانهارت المحادثات بعد تفجير تبناه تنظيم داعش في بلدة سوروتش الأسبوع الماضي ما أسفر "
                               "عن مقتل 19 شخصا ودفع بمسلحي حزب العمال الكردستاني إلى شن هجمات ثأرية ضد الشرطة "
                               "التركية.", "2015-07-30")
    assert not events


def test_armed_group_beating_unarmed_people_is_violence_against_civilians(pipeline):
    # "تعرض ناشط للضرب على أيدي عناصر فصيل مسلح": an armed group (or a state force) beating unarmed people is ACLED's
    # violence against civilians, not a clash (a brawl of armed clansmen stays a clash)
    events = _events(pipeline, "تعرض صاحب مخبز للضرب على أيدي عناصر فصيل مسلح في مدينة العمارة مساء أمس، ونقل إلى "
                               "المستشفى لتلقي العلاج.", "2021-09-08")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    events = _events(pipeline, "تشاجر أفراد من عشيرتين في قضاء المدينة شمالي البصرة أمس، ما أدى إلى إصابة ثلاثة "
                               "أشخاص.", "2021-09-08")
    assert all(e.event_type != "Violence against civilians" for e in events)
def test_english_another_counts_one_wounded(pipeline):
    # "A guard was shot dead and another (was badly) wounded", "wounding another": a bare "another" counts one
    # victim of the casualty word it stands before, or of the active one it follows; before a figure or an
    # event noun ("another four", "another bomb") it counts no one
    for text in ("A bank guard was shot dead and another wounded when gunmen raided a bank in Baquba on Monday.",
                 "A bank guard was shot dead and another was badly wounded when gunmen raided a bank in Baquba on "
                 "Monday.",
                 "Gunmen raided a bank in Baquba on Monday, killing a guard and wounding another."):
        (event,) = [e for e in _events(pipeline, text, "2018-02-06") if e.event_type != "Strategic developments"]
        assert event.fatalities is not None and event.fatalities.best == 1
        assert event.injured is not None and event.injured.best == 1, text
    (event,) = _events(pipeline, "Three guards were killed and another four wounded when gunmen raided a bank in "
                                 "Baquba on Monday.", "2018-02-06")
    assert event.fatalities.best == 3 and event.injured.best == 4


def test_english_execution_verb_counts_its_figure(pipeline):
    # "executed 22 soldiers", "beheaded three": the figure after a verb of putting captives to death is the toll,
    # not the one victim a killing word with no figure of its own gives
    (event,) = _events(pipeline, "Militants executed 17 captured policemen in a village west of Kirkuk on Tuesday, "
                                 "a local official said.", "2015-03-04")
    assert event.fatalities is not None and event.fatalities.best == 17
    (event,) = _events(pipeline, "Militants beheaded four farmers in a village west of Kirkuk on Tuesday.",
                       "2015-03-04")
    assert event.fatalities is not None and event.fatalities.best == 4


def test_english_toll_in_casualty_words_alone_completes_the_event_before(pipeline):
    # "Two soldiers died and three were hurt, a security source said": a source's toll told in the next sentence
    # with no event word of its own ("died", "hurt") is the toll of the violent event just told
    (event,) = _events(pipeline, "A roadside bomb hit a police patrol on the road west of Baiji on Friday. Three "
                                 "policemen died and four were hurt, a police officer said.", "2019-09-14")
    assert event.fatalities is not None and event.fatalities.best == 3
    assert event.injured is not None and event.injured.best == 4
    # (an account "initially" given is one revised later: it completes nothing)
    (event,) = _events(pipeline, "A roadside bomb hit a police patrol on the road west of Baiji on Friday. Police "
                                 "initially said three officers were hurt.", "2019-09-14")
    assert event.injured is None


def test_fire_on_an_oncoming_car_bomb_is_the_bombing_not_a_clash(pipeline):
    # soldiers or guards shooting at the car bomb or suicide bomber that then blows up: the bombing is the event (as
    # air defence shooting down a drone), no Armed clash beside it; a real exchange with gunmen stays a clash
    events = _events(pipeline, "اقتربت عجلة مفخخة يقودها انتحاري من مقر الفوج في حديثة صباح الأحد، ففتحت القوات "
                               "الأمنية النار عليها لكنها انفجرت قرب البوابة، ما أدى إلى مقتل جنديين.", "2016-03-08")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    events = _events(pipeline, "Iraqi soldiers opened fire on ISIS gunmen in Haditha on Sunday, and a suicide bomber "
                               "later blew himself up at the gate of the base, killing two soldiers.", "2016-03-08")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Suicide bomb"]
    # gunmen's fire after the blast is aimed at the patrol it hit: their attack stays
    events = _events(pipeline, "انفجرت سيارة مفخخة قرب دورية للجيش في بعقوبة صباح الأحد، ثم فتح مسلحون النار عليها "
                               "ما أدى إلى مقتل جنديين.", "2016-03-08")
    assert "Armed clash" in [e.sub_event_type for e in events]
def test_arabic_undated_war_toll_told_before_its_killing_word_is_no_event(pipeline):
    # audit6 (s25): "أن أكثر من ألفي مدني ... أعدموا على أيدي التنظيم": thousands killed, told as the subject before
    # the killing word with no day in the sentence, are a war's toll (as after the word), no single event
    for text in ("قال محافظ سابق إن أكثر من ثلاثة آلاف مدني بمحافظة صلاح الدين أعدموا على أيدي مسلحي داعش.",
                 "ذكر تقرير حقوقي أن نحو 1500 مواطن في قضاء تلعفر قتلوا على يد عناصر التنظيم."):
        assert not _events(pipeline, text, "2016-02-10")
    # a single deed's dead told so stay that deed's
    (event,) = _events(pipeline, "قال مصدر أمني إن ثلاثة مدنيين في قضاء تلعفر قتلوا على يد عناصر التنظيم أمس.",
                       "2016-02-10")
    assert event.fatalities.best == 3


def test_arabic_victims_and_their_casualty_verb_parted_by_a_place_keep_their_count(pipeline):
    # audit6 (s25): "خمسين عراقيا في قضاء الخالص قتلوا": a place between the counted victims (an Iraqi counted in the
    # singular after a figure too) and the verb does not part the count from its verb
    (event,) = _events(pipeline, "قال مصدر في الشرطة إن خمسين عراقيا في قضاء الخالص قتلوا في تفجير سيارة مفخخة أمس.",
                       "2016-02-10")
    assert event.fatalities.best == 50


def test_arabic_student_named_right_after_a_casualty_word_is_no_demand(pipeline):
    # audit6 (s25): "لقي طالب سوداني مصرعه", "قتل طالب جامعي": the student (طالب) told right after a casualty or event
    # word is the victim, not the verb "demanded" that made the deed hypothetical
    for text in ("لقي طالب أردني مصرعه بعد أن فجر نفسه بحزام ناسف قرب حاجز للجيش في الموصل أمس.",
                 "قتل طالب جامعي وأصيب آخر بانفجار عبوة ناسفة في حي الجامعة ببغداد أمس."):
        (event,) = _events(pipeline, text, "2015-07-21")
        assert event.status == "occurred"
    # the verb opening its clause stays a demand: no event of the strike it asks to be held to account for
    assert not [e for e in _events(pipeline, "طالب النائب بمحاسبة المسؤولين عن قصف القرية.", "2015-07-21")
                if e.status == "occurred"]


def test_arabic_launch_site_destroyed_is_no_shelling(pipeline):
    # audit6 (s25): "تدمير موقع إطلاق قذائف المورتر", "دمرت موقعا لإطلاق قذائف الهاون": a site for firing shells is a
    # launch pad hit, not a shelling by the side that destroyed it
    events = _events(pipeline, "دمرت القوات الأمنية موقعا لإطلاق قذائف الهاون تابعا للتنظيم قرب الفلوجة.", "2016-03-02")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_arabic_speaker_before_a_place_and_a_verbal_noun_of_death_is_no_victim(pipeline):
    # audit6 (s25): "صرح ضابط في ديالى عن مقتل وجرح 30": the place between the speaking officer and "مقتل" (a verbal noun,
    # whose count follows it) does not make the officer its one dead
    (event,) = _events(pipeline, "صرح ضابط في ديالى عن مقتل وجرح 30 من الشرطة بتفجير سيارة مفخخة استهدفت مركزا "
                                 "للشرطة في قضاء الخالص.", "2016-02-10")
    assert event.fatalities is None or event.fatalities.best != 1


def test_a_partitive_toll_of_people_named_in_the_sentence_is_an_event(pipeline):
    # "three of them" after the victims named between the word and the toll counts those victims
    (event,) = _events(pipeline, "هاجم مسلحون رعاة أغنام قرب ناحية العظيم في ديالى أمس، ما أدى إلى إصابة اثنين منهم بجروح.")
    assert event.injured.best == 2
    # an opening toll of people not told of stays a fragment
    assert not _events(pipeline, "وأصيب خمسة منهم بجروح.")


def test_an_opening_bare_beating_word_with_forces_after_it_is_the_verb(pipeline):
    # "ضرب جنود ... رعاة": the soldiers are the doers, not the beaten
    (event,) = _events(pipeline, "وضرب جنود من الجيش العراقي بائعا متجولا في سوق الموصل أمس.")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "iraq-army")
    # governed by على or carrying ب it stays the noun
    (event,) = _events(pipeline, "أقدم أربعة شبان على ضرب سائق أجرة في حي الحسين بكربلاء أمس.")
    assert event.actor1.kind == "Rioters"
    assert not _events(pipeline, "وتوعد القائد بضرب «داعش» في كل مكان.")


def test_an_opening_verb_homograph_with_members_of_a_force_after_it_is_the_verb(pipeline):
    # "وضرب أفراد من الشرطة ...": the members of the police are the subject, as the police alone would be
    (event,) = _events(pipeline, "وضرب أفراد من الشرطة سائق سيارة أجرة عند مدخل سوق الشطرة أمس.")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "iraq-police")


def test_a_seller_written_with_hamza_is_no_pledge_of_allegiance(pipeline):
    # "بائع" (a seller) folds to the trigger "بايع" (pledged allegiance): the hamza as written tells them apart, so no
    # trigger is made and the beating stays the sentence's event
    (event,) = _events(pipeline, "وضرب عناصر من الشرطة بائع فاكهة في سوق الكوت أمس.")
    assert (event.event_type, event.actor1.id) == ("Violence against civilians", "iraq-police")
    # written without the hamza it is the pledge
    (event,) = _events(pipeline, "وبايع مقاتلو الفصيل تنظيم داعش في الرقة أمس.")
    assert event.sub_event_type == "Change to group/activity"


def test_a_soldier_killed_by_an_unnamed_sniper_is_the_side_hit(pipeline):
    # the man named right after a casualty verb and right before the deed told with بـ is the verb's passive subject:
    # the side hit (actor2), the unnamed shooter unknown (actor1 stays empty: no lone-side move to actor1)
    (event,) = _events(pipeline, "قتل جندي سوري بنيران قناص في ريف حلب أمس.")
    assert (event.actor1, event.actor2.id) == (None, "syria-army")
    (event,) = _events(pipeline, "وأصيب شرطي من الفوج الثالث بجروح طفيفة برصاص قناص قرب قضاء هيت أمس.")
    assert event.actor1 is None and event.actor2.kind == "State forces"
    # an object between the force and the deed makes the force the doer
    (event,) = _events(pipeline, "قتل الجيش مسلحا برصاص قناص في الرمادي أمس.")
    assert event.actor1.id == "iraq-army"
