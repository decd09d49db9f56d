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
    assert pipeline.extract(Article(text=text, published="2022-06-14")).claims
    text = "Militants have attacked the base several times with rockets in Anbar on Monday, an official said."
    assert not pipeline.extract(Article(text=text, published="2022-06-14")).claims


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
    assert not pipeline.extract(Article(text=text, published="2022-06-14")).claims


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
