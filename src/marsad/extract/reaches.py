"""Constants of the clause extractor and its mixins: reaches in words, sentences or days, floors, type tuples."""

from __future__ import annotations

from ..knowledge.lexicon import ARMED_KINDS


# a civil matter (salaries, budget) this many tokens at most from a bare release word, no comma between, is what
# was released
CIVIL_RELEASE_REACH = 8
# a denial this many sentences at most after a rumour (`hearsay`) answers it: the rumour becomes a denied event
RUMOUR_DENIED_REACH = 2
# one attack's dead are counted in tens or hundreds; a figure this large is a war's toll told in passing
IMPLAUSIBLE_TOLL = 5000
# a gloss ("to mean killed, captured or surrendered") reaches the event words starting this many tokens after it
GLOSS_REACH = 4
# a civilian noun this many tokens at most after a casualty word is its victim ("إصابة ثلاثة من العاملين")
CASUALTY_NOUN_REACH = 3
# a toll this large with no day of its own, right after a long period's toll, is that toll broken down
BREAKDOWN_TOLL = 100
# the most strikes told with their target right after them that are one operation, no tally ("two air strikes on caves")
AIMED_FEW = 3
# bombs set or thrown where people go: their dead told as plain people are civilians (English)
STREET_BLASTS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
# how far after an execution word the charge of the executed may stand ("executed dozens of men convicted")
EXECUTED_REACH = 5
# how many words after an interception word its object, a vehicle or goods, may stand ("intercepted two pickup trucks")
INTERCEPTED_GOODS_REACH = 3
# how far before "that it" (إنها) the verb of saying whose subject claims the deed may end ("وقالت الجماعة في بيان
# مرافق إنها خطفتهما")
SELF_CLAIM_REACH = 8
# how far after a casualty word the announcer's own men may stand ("مقتل اثنين من جنوده")
OWN_DEAD_REACH = 3
# what a search yields: the finds and arrests a result link ("أسفرت العملية عن") may tell
FOUND_OR_HELD = ("Disrupted weapons use", "Arrests")
# an own-men word ("قواتها الجوية حيدت") stands this many tokens at most before its event word
OWN_ACCOUNT_GAP = 2
# a bare deployment or positioning word: a move of note alone, routine security after an event already told
POSTURE = ("Change to group/activity", "Headquarters or base established")
# how far after the armed group that announces it an event noun may stand, past the day told between commas
ANNOUNCE_REACH = 8
# how far into a sentence the report verb of a body announcing its own news may stand ("من جهة أخرى، أعلنت")
OWN_NEWS_OPENING = 5
# the kinds of actor that bear arms: the state's forces, the armed groups and foreign forces
STATE_OR_ARMED = ("State forces",) + ARMED_KINDS
# how many words after a verb of interception the weapon stopped may stand ("shot down a drone", "intercepted two
# rockets")
INTERCEPTED_REACH = 3
# the parties of a governments' accord: the state's own bodies and forces, foreign states and their forces
GOVERNMENT_KINDS = ("State forces", "External/Other forces")
# how many words after a word of possession the weapons held may stand ("تمتلك قاذفات وقذائف هاون")
ARSENAL_REACH = 6
# how many words after a martyrdom verb a thing it cites may stand ("استشهد المحلل، في مقاله، بتقرير")
CITE_REACH = 14
# words that may stand between a firing word and "في الهواء" ("أطلقوا عيارات نارية في الهواء", "أطلق مسلحون ملثمون
# النار في الهواء")
AIR_FIRE_REACH = 3
# words that may stand between a controlled detonation and the old stock it destroyed ("لمواد منتهية الصلاحية")
DISPOSAL_REACH = 2
# how many words after an English seizing word the non-weapon thing it governs may stand ("seized 40 kilograms of
# crystal meth")
SEIZED_THING_REACH = 5
# how many words after an English accident word opening a clause its verb may stand ("Fireworks set off by guests at
# a wedding set alight the hall")
ACCIDENT_SUBJECT_REACH = 10
# how many words from an old stock destroyed (or the weapons listed after it) a controlled detonation or cache word
# of the same clause may stand ("detonated old rockets and mortar shells in a controlled explosion")
DISPOSAL_CLAUSE_REACH = 6
# how many words after a gathering word a word of celebration makes it no protest
CELEBRATION_REACH = 12
# how many words after a foil word (إحباط، أحبطت) the bomb of the foiled deed, told with ب, may stand
FOILED_MEANS_REACH = 12

# how far after an English event word the foreign country it took place in may be named
ABROAD_REACH = 8
# a relative clause's deed is news when a day within this many days before publication is told within
# RELATIVE_DATE_REACH words after its verb ("الذي اغتاله مسلحان مجهولان يستقلان دراجة نارية مساء أمس")
RECENT_RELATIVE_DAYS = 7
# how far after a date told with its year a yearless month is its apposition ("فجر الثالث من تموز 2016، في الأيام
# الأخيرة من شهر رمضان")
APPOSITION_REACH = 8
# a definite unit noun (`unit_ref`) stands this many words at most before the state's action it is the subject of
UNIT_REF_REACH = 6
RELATIVE_DATE_REACH = 16
# how far after a warning word (حذر من أن) the doer of an Arabic threat told verb first may stand
THREAT_REACH = 5
# how far after a group's "it" or أنها the event word it says it would do may stand
OWN_THREAT_REACH = 6
# how far after an English plan word ("preparing") its event word may stand: "preparing an offensive", "preparing
# new air strikes"
PREPARED_REACH = 3
# how far after a present verb of doing its plural object may stand, past the subject ("ويشن طيران التحالف
# الدولي الذي تقوده واشنطن، ضربات جوية")
HABIT_REACH = 10
# how many days before publication an opinion piece's news may be dated (see `_fresh`); older events named by a
# definite noun and a relative clause are recalled ones (see `_recalled_reference`)
FRESH_DAYS = 10
# how far before an English event word a negation may stand for the word to be what a speaker did not comment on
# ("did not comment on the Sinjar strike"), and how far after a following "but" its report verb ("but on Monday
# evening it said")
NEGATED_REACH, CONTRAST_REPORT_REACH = 6, 6
# how many sentences back a mob's riot, the last news told, makes a place overrun by no side named its riot
RIOT_OVERRUN_SENTENCES = 3
# how far after an English killing word a plain plural of the armed side it killed may stand ("killed all eight
# militants")
HOSTILE_OBJECT_REACH = 3
# how many words after an attack word "على قرية" may stand and still be what it fell on ("هجوم شنه مسلحو داعش ليلة أمس
# على قرية")
VILLAGE_REACH = 6
# how far after English "where" (`place_relative`) the event word of the clause it opens may stand ("where the
# cadets were shot")
WHERE_REACH = 4
# how far after a word of handing over the people or bodies handed over may stand ("سلم التنظيم نحو 11 جثة")
HANDOVER_REACH = 4
# how many words after a weak verb of withdrawal an `under_fire` phrase may stand ("انسحبت من موقعها في X تحت النار")
UNDER_FIRE_REACH = 6
# how many words after a word of withdrawal the "from" of what is left may stand ("انسحبت بعض تشكيلات الجيش الحر من
# برنامج التدريب")
QUIT_REACH = 8
# how far into an English sentence the place of an opening place phrase ("Near Ramadi, ...") may stand
OPENING_PLACE = 3
# how far before a weak noun of gunfire the verb of firing may stand ("fired at least seven shots")
FIRED_REACH = 4
# the event types of fighting and of attacks on people: a weak noun of gunfire, a drill's attack nouns, fire in the air
FIGHTING_TYPES = ("Battles", "Violence against civilians")
# the precisions of a date that names a whole period, no one day: a digest's span, a summary's
WHOLE_PERIODS = ("week", "month", "year")
# how many words a line standing alone inside an Arabic article may have to be a subheading ("قتال في حلب")
SUBHEADING_WORDS = 4
# how many words an English heading line over an article may hold (`_heading_line`: "Live updates - Sinjar")
HEADING_WORDS = 12
# how many characters into an English sentence the place of a list item may start ("Near Baiji, ...")
OPENING_CHARS = 25
# how many words ("a week", "two days") may stand between a source told after the event and the reference word
# ("after") that opens the background: "..., police said, a week after troops launched ..."
BACKGROUND_GAP = 4
# how far into a sentence opening on كان the قد of its pluperfect may stand (`_also_recalled`)
PLUPERFECT_QAD = 6
# how far after a definite event noun its relative pronoun may stand ("التفجير الانتحاري الذي")
REFERENCE_REACH = 3

# how far after a referred English event noun the means it was done by may be told ("the killing of commander
# Qassem Soleimani in a US drone strike")
MEANS_REACH = 9

# how far after a weak event noun a word of its rise or fall may stand ("violence had fallen")
TREND_REACH = 2

# a source's toll ("The PMF said four of its members were killed") follows the event it counts within this many
# sentences (another source's account of the event may stand between)
SOURCE_TOLL_REACH = 3
# how many days before the report's day a later sentence may date the event the report told (`_redate_last`)
REDATE_DAYS = 3

# how many words from "لا تشمل" / "غير مشمول" the attacker left out of a toll is named ("وأن الانتحاري قتل في
# التفجير، وهو غير مشمول بالحصيلة")
LEFT_OUT_REACH = 8

# (English) how many words before "died of his wounds" the one who died later is told ("a second policeman wounded
# in Saturday's attack on a checkpoint died of his wounds"), and how many sentences back the event whose toll he
# raises may stand
LATER_DEATH_REACH = 14
LATER_DEATH_SENTENCES = 4
# how many words before the cue a sentence's subject counted by an ordinal may open ("A second policeman wounded
# in ...")
LATER_DEATH_SUBJECT = 30

# how many tokens after an Arabic pluperfect's قد the day of the deed it recalls may stand (its verb and subject
# between: "كان قد اختطفه مسلحون مجهولون مساء السبت")
PLUPERFECT_DAY_REACH = 7

# how many words after a result link (ما أدى إلى) the destruction a strike caused may stand, past its dead
RESULT_REACH = 6

# how far after a word of responsibility the definite event noun it names may stand, past its bearer (a full
# name) and في/عن:
# "بمسؤولية الرئيس رجب طيب أردوغان في الهجوم"
RESPONSIBLE_REACH = 6

# a word ending a truce this many tokens or fewer after the truce word tells its end ("الهدنة مع تركيا لم يعد لها")
TRUCE_END_REACH = 3

# how many words a target group may stand before the place of its front ("مواقع لتنظيم داعش في سوريا")
FRONT_REACH = 4

# how far after a definite Arabic event noun its word of response may stand ("الغارة كانت ردا على")
RESPONSE_REACH = 3
# the verbs telling what a deed was or came as, folded ("الغارة كانت ردا على", "الهجوم جاء رداً على")
AR_CAME_AS = frozenset({"كانت", "كان", "جاءت", "جاء", "تاتي", "ياتي", "اتت", "اتي"})

# how many words (days aside) an English event word may stand after the list of towns it was done at ("In Amara and
# Nasiriyah, protesters set fire", "Protesters in Basra and Kut blocked"), `_listed_towns`
LIST_WORD_REACH = 6

# how many words after a verb of beginning the day it dates may stand ("انطلقت فجر يوم الجمعة")
ONSET_DATE_REACH = 3

# how far before an English event noun, in its clause, a word of sound heard may stand ("the sound residents heard
# came from a controlled detonation")
SOUND_REACH = 5

# how far before an English protest word a word of taking part in it may stand: "taken part in the city's protest"
PARTICIPATION_REACH = 5
# the Arabic periods told past a cue (a charge, "الذي", رداً على) that date the earlier deed it opens, not the event (a
# day there is most often the event's own)
RECALLED_SPANS = ("week", "month")
# how far after an English charged deed a day told in its clause is the deed's: "suspected of killing a lawyer
# outside his office in the city of Amarah last Tuesday"
CHARGED_DATE_REACH = 14
# the deeds an arrest may be told beside as the crime of those arrested (not the state's own fighting)
CRIMES = ("Violence against civilians", "Explosions/Remote violence")
# how far before "was intercepted" the drone or rocket that is its subject may stand, past the words describing it
# ("an explosive-laden drone approaching Erbil International Airport was intercepted")
LAUNCHED_SUBJECT_REACH = 10
# how far past the end of a clause a place set off by a comma that goes on with it may stand (English landmark
# ", 20 km south of Mosul"; Arabic place phrase "، قرب مرآب في بعقوبة")
LANDMARK_REACH = 6
# how far after "wearing" the weapon worn may stand: "wearing what appeared to be a suicide vest"
WEAR_REACH = 5

# how far after its event word "twice" (`repeat`) may stand: "came under attack twice", "was hit twice by rockets"
REPEAT_REACH = 3

# the fire an exercise makes: shelling, missiles, air strikes, gunfire, grenades
DRILL_FIRE = ("Shelling/artillery/missile attack", "Air/drone strike", "Armed clash", "Grenade",
               "Excessive force against protesters")  # (live rounds fired at targets)
# what a drill or course rehearses: defusing bombs, a crowd gathered (the attacks it names with a noun: FIGHTING_TYPES)
DRILL_SCENE = ("Disrupted weapons use", "Peaceful protest", "Abduction/forced disappearance",
                "Non-state actor overtakes territory",  # (armed men seizing a site, taking hostages)
                "Violent demonstration")  # (a storming word: "infantry stormed a model village")

# how far after a comparison word ("fewer than the 26 recorded in") the date of the figure compared with may stand
COMPARISON_REACH = 5
# how far past a possessive day ("Saturday's parliamentary election") the event word it dates may stand
POSSESSED_REACH = 5

# the kinds of word that may carry a day a sentence hands on to the sentences after it (`_remember`; one C test of
# the sentence's kinds, asked of every sentence)
DAY_WORDS = ("day_offset", "month", "weekday", "period", "ago_unit")
# the kinds of word that may open a date a clause is dated by (`_date`, asked for every event word)
CLAUSE_DATE_WORDS = DAY_WORDS + ("hijri_month", "year_word", "ordinal")

# the figure from which a dayless state action told right after a tally counts the tally's items ("destroyed 210
# hideouts and seized 48 explosive belts" after "killed 95 terrorists in May"), not one raid's
TALLY_ITEMS = 10
