"""One event told in several sentences of an article is one event."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import combinations
from datetime import date, timedelta
from operator import attrgetter

from ..knowledge.lexicon import (
    CROWD_KINDS,
    DEMONSTRATION_TYPES,
    EVENT_TYPES,
    NON_STATE_ARMED,
    SPECIFICITY,
    STATE_SIDE,
    TERRITORY_TYPES,
    VIOLENT_TYPES,
)
from ..knowledge.matcher import Match
from ..records import (
    GEO_RANK,
    PLACEHOLDERS,
    PRECISION_RANK,
    REPORTED_STATUSES,
    Actor,
    DateRange,
    Event,
    Evidence,
    Location,
    Quantity,
    counted,
    placeholder_joins,
    statuses_join,
)
from ..text.normalize import fold_word
from ..text.segment import tokens
from .roles import hit_before_deed, opens_on_rank, plus

# the umbrella of a country's forces, which any of its services may be named as
STATE_UMBRELLAS = ("iraq-security-forces",)


# record class -> (a getter of its init fields' values, each field's position among them): see `_replaced`
_INIT_FIELDS: dict[type, tuple[attrgetter, dict[str, int]]] = {}


def _replaced(record, **changes):
    """``dataclasses.replace(record, **changes)``, its init fields read in one C call by a getter made once per
    class (the library's walks the fields' descriptions again each call: the merge passes make thousands)."""
    cls = type(record)
    known = _INIT_FIELDS.get(cls)
    if known is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
        known = _INIT_FIELDS[cls] = (attrgetter(*names), {name: i for i, name in enumerate(names)})
    values, at = known
    fields = list(values(record))
    for name, value in changes.items():
        fields[at[name]] = value
    return cls(*fields)


def _dates_overlap(a: DateRange | None, b: DateRange | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _days_after(later: DateRange, earlier: DateRange) -> int:
    """Days from the end of ``earlier`` to the start of ``later`` (negative when ``later`` starts before)."""
    return (date.fromisoformat(later.start) - date.fromisoformat(earlier.end)).days


def _soon_after(later: DateRange, earlier: DateRange, least: int = 0) -> bool:
    """Whether ``later`` starts ``least`` to FOLLOW_UP_DAYS days after ``earlier`` ends."""
    return least <= _days_after(later, earlier) <= FOLLOW_UP_DAYS


def _told_dates_agree(a: Event, b: Event) -> bool:
    """The dates agree, or one is only carried over from the discourse (no date words in its sentence), which
    does not keep events apart."""
    return not _told(a) or not _told(b) or _dates_overlap(a.date, b.date)


def _own_town_and_toll(anaphor: Event, host: Event) -> bool:
    """Whether a definite mention names in its own sentence a town other than the one the host's sentence names, and
    counts dead of its own in another figure ("وأضاف المصدر أن الانفجار بعبوة ناسفة قرب سوق في منطقة بغداد الجديدة
    أدى إلى مقتل شخص" after two killed by a bomb in Camp Sara): the next item of a round-up, not the host retold."""
    return _two_figures(anaphor, host) and anaphor.fatalities.low == anaphor.fatalities.high \
        and _two_places(anaphor, host) and _placed_itself(anaphor) and _placed_itself(host)


def _two_places(a: Event, b: Event) -> bool:
    """Whether both events name a place, different ones."""
    return a.location is not None and b.location is not None and bool(a.location.place) and bool(b.location.place) \
        and a.location.place != b.location.place


def _event_places_agree(a: Event, b: Event, near: Collection[str], unplaced: Collection[str] = ()) -> bool:
    """`_places_agree` of two events' places, either of which may be one of ``near`` (placed by a landmark); one of
    ``unplaced`` has only the article's country, which its sentence does not name (`_one_country_told`). A country
    told in the first event's own sentence ("في سوريا") disagrees with a governorate of another in the second's
    (`_other_country_told`; not the other way: "أنبوب بقطر ثمانية عشر عقدا" retelling a blast in Basra)."""
    return _places_agree(a.location, b.location, a.event_id in near or b.event_id in near) \
        and not _other_country_told(a, b) \
        or _one_country_told(a, b, unplaced) or _arrests_at_home(a, b)


def _arrests_at_home(a: Event, b: Event) -> bool:
    """Whether two arrests by one state's forces, one placed in that state and the other only in another country
    ("ألقت الداخلية الكويتية القبض على شبكة تضم خمسة كويتيين بعضهم حارب في العراق"), are placed alike: a state
    arrests on its own soil; the other country, with no governorate, is where the men did something before."""
    if a.sub_event_type != "Arrests" or b.sub_event_type != "Arrests" or a.actor1 is None or b.actor1 is None \
            or a.actor1.id != b.actor1.id or a.actor1.kind != "State forces" or not a.actor1.country:
        return False
    if a.location is None or b.location is None:
        return False
    home = a.actor1.country
    countries = {a.location.country, b.location.country}
    away = b.location if a.location.country == home else a.location
    return home in countries and len(countries) == 2 and away.admin1_code is None


def _one_country_told(a: Event, b: Event, unplaced: Collection[str]) -> bool:
    """Whether of two events placed in two countries, no governorate told, one's country is only the article's
    (its sentence names none: "قصفت طائرات تركية أهدافا للتنظيم في سوريا" then "وذكر البيان أن ثلاث مقاتلات قصفت
    مقرين للتنظيم" in a Turkish story): no second country told, so no second place."""
    return bool(unplaced) and (a.event_id in unplaced) != (b.event_id in unplaced) \
        and a.location is not None and b.location is not None \
        and a.location.admin1_code is None and b.location.admin1_code is None


def _places_agree(a: Location | None, b: Location | None, near: bool = False) -> bool:
    """Same governorate and, when both tell one, the same district. ``near``: one of the places is only a
    landmark the event was near ("a position west of Kirkuk"), perhaps in the next district. Two countries told
    with no governorate (strikes "في سوريا" and strikes "بشمال العراق") never agree."""
    if a is None or b is None:
        return True
    if a.admin1_code is None or b.admin1_code is None:
        return not (a.admin1_code is None and b.admin1_code is None and a.country and b.country
                    and a.country != b.country)
    if a.admin1_code != b.admin1_code:
        return False
    if near:
        return True
    # towns may differ (the attack near a village, the wounded taken to the district's hospital)
    return not (a.admin2 and b.admin2 and a.admin2 != b.admin2)


def _statuses_agree(a: Event, b: Event) -> bool:
    """The same status, or one occurred and the other claimed."""
    return statuses_join(a.status, b.status)


def _actors_agree(a, b) -> bool:
    """Same actor, one unknown, or "the gunmen" for an armed group the article named."""
    if a is None or b is None or a.id == b.id:
        return True
    if (a.id in STATE_UMBRELLAS or b.id in STATE_UMBRELLAS) and _one_country_forces(a, b):
        return True  # "قوة مشتركة" (the security forces) and "شرطة البصرة" are one side
    return placeholder_joins(a.id, a.kind, b.id, b.kind)


def _one_country_forces(a, b) -> bool:
    """Whether two actors are both state forces of one country: Iraq's own, or two services of one foreign state
    ("الشرطة التركية" and "قوات الدرك" telling one round of arrests): `External/Other forces` of one country whose
    ids name that state alike (turkey-police, turkey-military; not the SDF beside syria-army)."""
    if a.kind == b.kind == "State forces":
        return a.country == b.country
    return a.kind == b.kind == "External/Other forces" and bool(a.country) and a.country == b.country \
        and a.id.split("-")[0] == b.id.split("-")[0]


def _date_rank(e: Event) -> int:
    """2: told in the event's sentence; 1: carried from an earlier sentence; 0: the publication day."""
    return 2 if _told(e) else 1 if e.evidence.date is not None else 0


def _told(e: Event) -> bool:
    """Whether the event's date is told in its own sentence (not carried over from an earlier one), or in a later
    sentence whose telling of it was joined to it (a date carried over comes from before its sentence: "The death
    toll from a massive explosion rose to 60 on Friday" joined by "The blast struck the district on Wednesday" is
    dated by the text, which keeps it apart from Thursday's suicide bombing)."""
    d, s = e.evidence.date, e.evidence.sentence
    return d is not None and s.start <= d.start


# Fighting and killing words are told of one attack in turns ("opened fire on", "was killed in the shooting")
_ARMED_VIOLENCE = {("Battles", "Armed clash"), ("Violence against civilians", "Attack")}


_FIND_AND_ARREST = {"Disrupted weapons use", "Arrests"}
_CLASH_AND_ARREST = {"Armed clash", "Arrests"}
_CLASH_AND_FOILED = {"Armed clash", "Disrupted weapons use"}


def _find_and_arrest(a: Event, b: Event) -> bool:
    """A weapon found and an arrest told in two sentences ("عثرت المفارز على عبوة ناسفة ..." then "ألقت القبض على
    شخصين يشتبه بزرع العبوة"): two of the state's actions, ACLED's two events. Told in one sentence, the extractor
    gives both only for a cache found beside the arrest ("اعتقلت ... وعثرت في أحد البساتين على مخبأ"), two
    events; the weapons in the men's hands ("arrested five terrorists and seized explosive belts") are one raid,
    coded as the arrest; so are the two told in two sentences with no day of their own each, or on different days
    (the raid's day, then the day it was announced)."""
    return a.sub_event_type != b.sub_event_type and a.sub_event_type in _FIND_AND_ARREST \
        and b.sub_event_type in _FIND_AND_ARREST and (a.evidence.sentence == b.evidence.sentence or (
        a.date is not None and a.date == b.date and a.evidence.date is not None and b.evidence.date is not None))


def _two_developments(a: Event, b: Event) -> bool:
    """A truce or a pact and a surrender, an arrest or a seizure told in one article ("أُعلنت هدنة ... ثم سلّم
    العشرات أنفسهم"): the agreement and the deed are two events (a hostage freed in the raid that made the arrests,
    "Other" beside "Arrests", stays one)."""
    kinds = {a.sub_event_type, b.sub_event_type}
    return a.event_type == b.event_type == "Strategic developments" and len(kinds) == 2 and "Agreement" in kinds \
        and "Other" not in kinds


def _types_agree(a: Event, b: Event) -> bool:
    if a.event_type == b.event_type:
        # a find and an arrest told together ("عثرت على عبوة ... ثم ألقت القبض على من زرعها") are two of the
        # state's actions, ACLED's two events
        return not _find_and_arrest(a, b) and not _two_developments(a, b)
    return (a.event_type, a.sub_event_type) in _ARMED_VIOLENCE and (b.event_type, b.sub_event_type) in _ARMED_VIOLENCE


def _killing_and_abduction(a: Event, b: Event) -> bool:
    """A killing told with its dead ("أحرقت مليشيات ثلاثة شبان حتى الموت") and an abduction told in another sentence
    with no dead of its own and a day and a district of its own, where the killing told none ("خطف 13 رجلا الاثنين
    في بلدة خان بني سعد"): two deeds done to different victims, not one (an undated "killed or abducted" is background the killing absorbs; a killing told
    after an abduction may be its captive's, `_taken_before_killed`)."""
    pair = (a.sub_event_type, b.sub_event_type)
    if pair == ("Attack", "Abduction/forced disappearance"):
        killing, abduction = a, b
    elif pair == ("Abduction/forced disappearance", "Attack"):
        killing, abduction = b, a
    else:
        return False
    return killing.evidence.sentence.start < abduction.evidence.sentence.start \
        and killing.fatalities is not None and bool(killing.fatalities.best) \
        and abduction.fatalities is None and _own_day_told(abduction) and _placed_itself(abduction) \
        and abduction.location is not None and abduction.location.admin2 is not None \
        and (killing.location is None or killing.location.admin2 is None)


def _own_day_told(e: Event) -> bool:
    """Whether ``e``'s day is told in its own sentence."""
    told, sentence = e.evidence.date, e.evidence.sentence
    return told is not None and sentence.start <= told.start < sentence.end


def same_event(a: Event, b: Event, near: frozenset[str] | set[str] = frozenset(),
               unplaced: Collection[str] = ()) -> bool:
    """Whether two events of one article describe the same happening (``unplaced``: see `_event_places_agree`)."""
    if _any_attack_denied(a, b):
        return True
    if not _types_agree(a, b):
        return False
    if "denied" in (a.status, b.status) and (a.status in REPORTED_STATUSES or b.status in REPORTED_STATUSES):
        return _retold_denial(a, b)
    if not _statuses_agree(a, b) or _apart(a, b) or _two_tolls(a, b) or _fire_and_bomb(a, b) \
            or _killing_and_abduction(a, b):
        return False
    return (_told_dates_agree(a, b) and (_event_places_agree(a, b, near, unplaced) or _filed_in(a, b)
                                         or _one_roundup(a, b))
            and (_actors_agree(a.actor1, b.actor1) or _sides_swapped(a, b) or _one_crowd(a, b)
                 or _ground_fought_for(a, b)
                 or _one_state(a, b) and _places_agree(a.location, b.location)))


def _one_roundup(a: Event, b: Event) -> bool:
    """Two arrests told on one day in one governorate, one of them with no doer named ("أعلنت ... تحرير طفل اختطف
    في مدينة الصدر، واعتقال اثنين من الخاطفين" then the police raid on the hideout in another quarter): one arrest
    told twice, the lead's taking its district from the crime told beside it. (The development files never code
    two arrests of one day and one governorate in an article; two told with their doers, a police log's items in
    two towns, stay apart.)"""
    return a.sub_event_type == b.sub_event_type == "Arrests" and a.status == b.status == "occurred" \
        and (a.actor1 is None) != (b.actor1 is None) \
        and a.date is not None and a.date == b.date and a.location is not None and b.location is not None \
        and a.location.admin1_code is not None and a.location.admin1_code == b.location.admin1_code


# the strikes from afar, weapons launched at a target (which defences may stop on the way)
TWO_WEAPONS = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _apart(a: Event, b: Event) -> bool:
    """Whether two events of other sub-types each count their own dead at a place of their own, named in their own
    sentences ("Four were killed in an air strike on Gara ... Three more fell in clashes in the Zap region"): two
    incidents, though one district holds both places. An air strike and shelling need no dead counted: warplanes
    over one village and artillery on another ("قصفت طائرات حربية قرية كيستة" then "تعرضت أطراف شيلادزي لقصف
    مدفعي") are two weapons' deeds, not one told twice."""
    if a.sub_event_type == b.sub_event_type or not (counted(a.fatalities) and counted(b.fatalities)
                                                     or {a.sub_event_type, b.sub_event_type} == TWO_WEAPONS):
        return False
    if not (_two_places(a, b) and a.location.admin2 == b.location.admin2):
        return False
    return all(e.evidence.location is not None and not _datelined(e)
               and e.evidence.sentence.start <= e.evidence.location.start < e.evidence.sentence.end for e in (a, b))


def _two_figures(a: Event, b: Event) -> bool:
    """Whether both events count dead, in different figures."""
    return counted(a.fatalities) and counted(b.fatalities) and a.fatalities.best != b.fatalities.best


def _two_tolls(a: Event, b: Event) -> bool:
    """Whether two events told in two sentences each count their own dead, in different figures, of sides hit
    that do not agree, armed men both ("سبعة من الحشد قتلوا في تفجير عبوات استهدفت رتلا ..." then "جنديان قتلا في
    تفجير عبوة استهدفت عربتهم ..."): two incidents, though of one kind, day and district. (Civilians are named in
    more ways, "an official" then "civilians": a toll told again of them may be an update.)"""
    return _two_figures(a, b) \
        and a.actor2 is not None and b.actor2 is not None and a.actor2.kind != "Civilians" != b.actor2.kind \
        and a.evidence.sentence != b.evidence.sentence and not _actors_agree(a.actor2, b.actor2)


# bombs set off where they struck (weapons fired from afar are `TWO_WEAPONS`)
_BOMBS = {"Suicide bomb", "Remote explosive/landmine/IED"}
# shooting words, which a bombing told again may carry (shots fired at the bomber)
_SHOOTING = {"Armed clash", "Attack"}


def _fire_and_bomb(a: Event, b: Event) -> bool:
    """Whether, of two events told in two sentences, one is fired from afar (a strike, shelling) and the other a
    bomb set off (a suicide bomb, an IED), each counting its own dead in different figures ("قتل 28 ... اثر تفجيرين
    انتحاريين" then "قضى عشرة جراء سقوط قذيفة صاروخية"): two incidents, whatever place each has or lacks."""
    # (the kinds asked first, one of each: most pairs are neither, and the spans and tolls need not be compared)
    return (a.sub_event_type in TWO_WEAPONS and b.sub_event_type in _BOMBS
            or a.sub_event_type in _BOMBS and b.sub_event_type in TWO_WEAPONS) \
        and a.evidence.sentence != b.evidence.sentence \
        and (_two_figures(a, b) or {a.sub_event_type, b.sub_event_type} == _RAID_AND_BOMBER)


# an air strike and a suicide bomber told in two sentences: two deeds whatever their tolls (the bomber on a post,
# then the warplanes' raids of the week before on the bombers' side)
_RAID_AND_BOMBER = frozenset({"Air/drone strike", "Suicide bomb"})


def _filed_in(a: Event, b: Event) -> bool:
    """Whether one of two events is placed only by the article's dateline, in the other's governorate (or of its
    sub-event type, in its country, `_one_country`): "BAQUBA -
    Gunmen ... killed 11 people in an attack on a village in Diyala province", then "opened fire on residents of a
    village near Muqdadiya": the town where the report was filed is no second place (as for a definite mention,
    `_attach`)."""
    return (_only_filed(a) or _only_filed(b)) and (_one_governorate(a, b) or _one_country(a, b)
                                                   and a.sub_event_type == b.sub_event_type)


def _one_country(a: Event, b: Event) -> bool:
    """Whether both events are placed in one named country: the town an Arabic outlet filed from ("عين اليوم –
    بنغازي") lies anywhere in the country of the news (the attack near Ajdabiya told again as the lead's), so
    of one sub-event type the two are one deed (a summing lead, "قتل 50 مسلحا في مختلف مواقع العمليات", of another
    type, stays apart from the battle told in full)."""
    return a.location is not None and b.location is not None and bool(a.location.country) \
        and a.location.country == b.location.country


def _one_governorate(a: Event, b: Event) -> bool:
    """Whether both events are placed, in one known governorate."""
    return a.location is not None and b.location is not None and a.location.admin1_code is not None \
        and a.location.admin1_code == b.location.admin1_code


def _only_filed(e: Event) -> bool:
    """Whether the event's place is its article's dateline, a town its sentence does not name again ("KOYA - ...
    strikes on the bases around Koya" is placed by its text)."""
    if not _datelined(e):
        return False
    span, sentence = e.evidence.location, e.evidence.sentence
    return span.text.lower() not in sentence.text[span.end - sentence.start:].lower()


def _one_crowd(a: Event, b: Event) -> bool:
    """A crowd called by two names in one article ("محتجون غاضبون" who set fire to an office, "مثيري الشغب" in the
    police's statement): two events of one crowd type whose actor1 are both crowds are one crowd, as ACLED names
    every protesting crowd protesters and every rioting one rioters (``with_crowd_actor``)."""
    return a.event_type == b.event_type and _crowd(a) \
        and a.actor1 is not None and b.actor1 is not None \
        and a.actor1.kind in CROWD_KINDS and b.actor1.kind in CROWD_KINDS


def _sides_swapped(a: Event, b: Event) -> bool:
    """A clash told twice with its sides in turn ("Peshmerga forces clashed with the PKK", "no clash took place
    between the PKK and the Peshmerga"): the sides of a clash have no order (those of ground taken have). One
    state's side may be named by two of its services in turn ("militants opened fire on a federal police
    checkpoint" then "the policemen returned fire")."""
    return a.sub_event_type == b.sub_event_type == "Armed clash" and a.actor1 is not None and b.actor1 is not None \
        and (_actors_agree(a.actor1, b.actor2) and _actors_agree(a.actor2, b.actor1)
             or a.date == b.date and _next_sentence(a, b)
             and _side_agrees(a.actor1, b.actor2) and _side_agrees(a.actor2, b.actor1))


def _ground_fought_for(a: Event, b: Event) -> bool:
    """An armed clash and ground taken told in one sentence with their sides in turn ("كبدت القوات التنظيم خسائر
    ... وتمكنت من تحرير المنطقة"; the clash read with the losers first): one fight for that ground, coded as
    the change of territory with the clash's dead."""
    clash, taken = (a, b) if a.sub_event_type == "Armed clash" else (b, a)
    return clash.sub_event_type == "Armed clash" and taken.sub_event_type in TERRITORY_TYPES \
        and a.evidence.sentence == b.evidence.sentence and clash.actor1 is not None \
        and _actors_agree(clash.actor1, taken.actor2) and _actors_agree(clash.actor2, taken.actor1)


def _side_agrees(a, b) -> bool:
    """Whether two sides of a clash told in turn in two sentences running agree: as `_actors_agree`, or two
    state forces of one country."""
    return _actors_agree(a, b) or _one_country_forces(a, b)


# how many characters (spaces, a line break) may stand between two sentences running
_SENTENCE_GAP = 2


def _next_sentence(a: Event, b: Event) -> bool:
    """Whether the two events are told in two sentences, one right after the other."""
    return _right_after(a, b) or _right_after(b, a)


def _right_after(first: Event, then: Event) -> bool:
    """Whether ``then`` is told in the sentence right after ``first``'s."""
    return 0 <= then.evidence.sentence.start - first.evidence.sentence.end <= _SENTENCE_GAP


def _retold_denial(a: Event, b: Event) -> bool:
    """A fight denied and the reports of it told again ("denied reports that its forces clashed with the army
    ... Social media accounts had claimed that a Peshmerga unit and an army patrol clashed", "Media outlets had
    reported that Peshmerga forces attacked guerrilla positions"): one event when type, day and place agree
    and the reported event's sides are the denied one's. A report told with no day of its own ("وكانت صفحات
    محلية قد تحدثت عن ضربة جوية استهدفت سيارة") takes the denied event's day, as `same_event` lets any such
    mention (it was dated by publication and stood as a strike of its own)."""
    denied, claimed = (a, b) if a.status == "denied" else (b, a)
    if not _one_deed(denied, claimed):
        return False  # "denied that the post had fallen", then the attack on it told: the attack stands
    sides = {x.id for x in (denied.actor1, denied.actor2) if x is not None}
    return (_told_dates_agree(a, b) or _denial_after(denied, claimed)) \
        and _places_agree(a.location, b.location) and (all(
            x is None or x.id in sides for x in (claimed.actor1, claimed.actor2))
            or (claimed.status == "claimed" or not sides) and denied.sub_event_type == claimed.sub_event_type)


def _denied_report(denied: Event, report: Event) -> bool:
    """Whether ``report``, told after a report verb in the past perfect, retells the reports ``denied`` answered:
    "The British military on Thursday denied reports that its soldiers had shot dead three civilians during a
    protest ... Local officials had told Iraqi television that soldiers opened fire when demonstrators threw
    stones": a report older than the denial, of one kind of deed (one event type, a crowd's both, violence both)
    and not placed elsewhere, is the one denied (the writers of en-dev29, en-dev31 and en-dev33 code the denial
    alone), whatever its day: the report's day is often its own ("had said on Sunday")."""
    if denied.status != "denied" or report.status == "denied" or not _one_deed(denied, report):
        return False
    if not (denied.event_type == report.event_type or _crowd(denied) and _crowd(report)
            or _violent(denied) and _violent(report)):
        return False
    a, b = denied.location, report.location
    return a is None or b is None or a.admin1_code is None or b.admin1_code is None or a.admin1_code == b.admin1_code


def _report_denied(denied: Event, joined: Event) -> Event:
    """``joined`` (the denial completed by the report it answered, the denial's type kept) with the denial's own
    toll: the dead the report claimed are what was denied."""
    return _told_as(_told_as(joined, denied, "fatalities"), denied, "injured")


def _any_attack_denied(a: Event, b: Event) -> bool:
    """A claim or report of a strike, then a denial that any attack took place there ("قال ناطق إنه «لم يُسجّل أي
    هجوم على دورياتنا في المنطقة»", "لا صحة لوقوع أي هجوم على القاعدة"): the denial names no side and no weapon (a
    sideless clash word), so it denies the strike told before, not a fight of its own. One event when the places
    agree and the denial is the reported day's or comes a few days after it, or denies "last night" what a claim
    posted at dawn dates by its posting ("منشوراً يزعم ... فجر اليوم", then "نفى تعرضها لأي هجوم خلال الليلة
    الماضية"); the strike's type wins (the sideless clash is the least specific)."""
    denied, reported = (a, b) if a.status == "denied" else (b, a)
    if denied.status != "denied" or reported.status not in REPORTED_STATUSES or not _violent(reported) \
            or denied.sub_event_type != "Armed clash" or denied.actor1 is not None or denied.actor2 is not None \
            or reported.sub_event_type in TERRITORY_TYPES:
        return False
    return _places_agree(denied.location, reported.location) \
        and (_told_dates_agree(denied, reported) or _soon_after(denied.date, reported.date)
             or reported.status == "claimed" and _days_after(reported.date, denied.date) == 1)


def _one_deed(a: Event, b: Event) -> bool:
    """Whether a denial and a report of one type may be one deed: a change of territory is a deed of its own beside
    the fighting for it ("denied that the post had fallen", then the attack on it told), as in `_join`."""
    return (a.sub_event_type in TERRITORY_TYPES) == (b.sub_event_type in TERRITORY_TYPES)


def _denial_after(denied: Event, claimed: Event) -> bool:
    """Whether the denial is dated a few days after the reported event: "on Tuesday denied reports that border
    guards had exchanged fire", the reports "claimed on Monday evening": Tuesday is the denial's day."""
    return denied.date is not None and claimed.date is not None and _soon_after(denied.date, claimed.date, 1)


def _finer_date(a: Event, b: Event) -> DateRange | None:
    """The date told in the text over a carried-over one, then the more precise."""
    if a.date is None or b.date is None:
        return a.date or b.date
    rank_a, rank_b = _date_rank(a), _date_rank(b)
    if rank_a != rank_b:
        return a.date if rank_a > rank_b else b.date
    return b.date if PRECISION_RANK[b.date.precision] > PRECISION_RANK[a.date.precision] else a.date


def _finer_place(a: Location | None, b: Location | None, dateline_a: bool = False,
                 only_filed_a: bool = False) -> Location | None:
    if a is None or b is None:
        return a or b
    if dateline_a and (a.admin1_code == b.admin1_code or only_filed_a) \
            and GEO_RANK[b.precision] >= GEO_RANK[a.precision]:
        return b  # the town told in the text over the dateline's (any governorate's when it alone placed ``a``)
    return b if GEO_RANK[b.precision] > GEO_RANK[a.precision] else a


# an abduction and a killing told of the same people
_TAKEN_AND_KILLED = {"Abduction/forced disappearance", "Attack"}


def combine(a: Event, b: Event, both_sides: bool = False, bare: Collection[str] = (),
            lead: Event | None = None) -> Event:
    """``a`` completed by ``b``: finer date and place, missing actors and figures, higher confidence.
    ``both_sides``: the two tolls count the dead of the two sides, added up. ``bare``: events typed by a bare
    blast word, whose type gives way to a named weapon's. ``lead``: the one of the two whose type the joined
    event keeps (else the more specific)."""
    date = _finer_date(a, b)
    location = _finer_place(a.location, b.location, _datelined(a), _only_filed(a))
    if a.actor1 is None and b.actor1 is not None and _one_roundup(a, b):
        location = b.location  # the arrest told with its doer is placed where it was made, not by the crime beside
    fatalities = plus(a.fatalities, b.fatalities) if both_sides else _latest_toll(a.fatalities, b.fatalities)
    injured = _latest_toll(a.injured, b.injured)
    ev_a, ev_b = a.evidence, b.evidence
    evidence = Evidence(
        sentence=ev_a.sentence,
        trigger=ev_a.trigger or ev_b.trigger,
        actor1=ev_a.actor1 if a.actor1 else ev_b.actor1,
        actor2=ev_a.actor2 if a.actor2 else ev_b.actor2,
        location=ev_b.location if location is not a.location else ev_a.location,
        date=ev_b.date if date is not a.date else ev_a.date,
        fatalities=ev_a.fatalities if fatalities is a.fatalities or both_sides else ev_b.fatalities,
        injured=ev_a.injured if injured is a.injured else ev_b.injured,
    )
    specific = lead or (a if _fire_on_the_victim(a, b) else b if _specificity(b, bare) > _specificity(a, bare) else a)
    fought = None
    if {a.sub_event_type, b.sub_event_type} == _CLASH_AND_ARREST and a.evidence.sentence != b.evidence.sentence \
            and a.date is not None and (a.date == b.date or not _told(a if a.sub_event_type == "Arrests" else b)) \
            and any(e.sub_event_type == "Armed clash" and (e.fatalities is not None or e.injured is not None)
                    for e in (a, b)):
        # "مقتل أحد أفراد العصابة خلال اشتباك مسلح" then "ما أدى إلى مقتل أحدهم والقبض على ثلاثة آخرين": the
        # men held when a firefight ended are part of it; the fight is the event, not the arrest (on the same day,
        # or the arrest told with no day of its own: the arrest days after a clan feud is an event of its own; and
        # the fight told with its dead or wounded, not a word on shooting in general: "يعامل إطلاق النار في
        # النزاعات العشائرية معاملة الإرهاب")
        specific = a if a.sub_event_type == "Armed clash" else b
    elif {a.sub_event_type, b.sub_event_type} == _CLASH_AND_FOILED and a.evidence.sentence != b.evidence.sentence \
            and any(e.sub_event_type == "Armed clash" and counted(e.fatalities) and e.fatalities.best
                    for e in (a, b)):
        # "أحبطت قطعات الحدود محاولة تهريب" then "بادروا بإطلاق النار على المفرزة ... ما أدى إلى مقتل أحد المهربين":
        # a foiled attempt that turned into a deadly exchange of fire is the fight, as a raid that did is (`_refine`)
        specific = a if a.sub_event_type == "Armed clash" else b
        # (its two sides told are the fight's: the armed men who attacked and the force that fought them, not the
        # body that announced the attack foiled)
        fought = specific if specific.actor1 is not None and specific.actor2 is not None else None
    event_type, sub_event_type = specific.event_type, specific.sub_event_type
    if lead is None and {a.sub_event_type, b.sub_event_type} == _TAKEN_AND_KILLED and counted(fatalities):
        # the abducted found dead ("عثر على جثث ثلاثة رجال" then "الضحايا خطفوا قبل يومين"): the killing is the
        # event, its taking how it began
        event_type, sub_event_type = "Violence against civilians", "Attack"
    actor1, actor2 = (fought.actor1, fought.actor2) if fought is not None else (
        _named_service(a.actor1, b.actor1), _named_service(a.actor2, b.actor2))
    found = next((e for e in (a, b) if e.sub_event_type == "Disrupted weapons use"), None) \
        if fought is None and event_type == "Explosions/Remote violence" else None
    if found is not None and found.actor1 is not None and found.actor1.kind == "State forces":
        # "Three Katyusha rockets slammed into the Green Zone" then "Security forces later found the launch pad":
        # the force that found the launcher fired nothing; the attack keeps its own sides
        hit = b if found is a else a
        actor1, actor2 = hit.actor1, hit.actor2
    if sub_event_type in TERRITORY_TYPES and _ground_fought_for(a, b) \
            and not _actors_agree(a.actor1, b.actor1):
        # the clash told with the losers first: the sides are the taker's and the side driven out
        taken = a if a.sub_event_type in TERRITORY_TYPES else b
        actor1, actor2 = taken.actor1, taken.actor2 or (b if taken is a else a).actor1
    elif actor1 is not None and actor1.id in PLACEHOLDERS and b.actor1 is not None and b.actor1.id not in PLACEHOLDERS \
            and b.actor1.kind in NON_STATE_ARMED:
        # "Gunmen opened fire on truffle hunters" then "Police blamed Islamic State fighters": the named group is
        # who the unknown gunmen were
        actor1 = b.actor1
    elif a.sub_event_type == b.sub_event_type == "Armed clash" and actor1 is not None and actor1.id in PLACEHOLDERS \
            and b.actor2 is not None and b.actor2.id not in PLACEHOLDERS and b.actor2.kind in NON_STATE_ARMED \
            and _actors_agree(a.actor2, b.actor1):
        # "اشتباكات بين الجيش ومسلحين من جيش المهدي" and "المسلحون نصبوا كمائن لعجلات الجيش": the same fight with its
        # sides in turn; the gunmen are the named group
        actor1, actor2 = b.actor1, b.actor2
    if sub_event_type in _BOMBS and actor1 is not None and (actor1.kind == "State forces" or (
            actor1.kind == "External/Other forces" and actor1.id.split("-")[0] == (actor1.country or "").lower())) \
            and any(e.actor2 is not None and e.actor2.id == actor1.id for e in (a, b)):
        # "الهجوم الانتحاري الذي استهدف نقطة للجيش" then "عندما أطلق الجنود النار عليه فجر العجلة": the soldiers
        # one telling makes the subject, and the other names as the side hit, blew no one up (as `_roles` has it);
        # nor did a foreign army whose soldiers a roadside bomb killed ("جنديان تركيان قتلا بانفجار لغم" joined to
        # "شن الجيش التركي غارات"), a state's forces set off no bomb
        actor1, actor2 = None, actor2 or actor1
    # one actor on both sides ("نزاع بين عشيرتين": clan against clan) stays so when an event told it so
    paired = any(e.actor1 is not None and e.actor2 is not None and e.actor1.id == e.actor2.id for e in (a, b))
    if actor2 is not None and actor1 is not None and actor2.id == actor1.id and not paired:
        actor2 = a.actor2 if a.actor2 is not None and a.actor2.id != actor1.id else None
    if actor2 is not None and actor1 is not None and actor2.id in STATE_UMBRELLAS and actor2.id != actor1.id \
            and (a if a.actor2 is not None else b).actor1 is None and _one_country_forces(actor1, actor2):
        # "اشتبكت قوة من حرس الحدود مع مهربين" then "أسفر الاشتباك عن مقتل أحد المهربين وإصابة منتسب": the member
        # hurt, told with no doer, is one of the force's own men (the umbrella of its services), not the other side
        actor2 = None
    if (event_type, sub_event_type) in _ARMED_VIOLENCE and actor2 is not None:
        # shooting at civilians is violence against civilians; at armed men, an armed clash, unless a telling was
        # one-sided of them: "أطلق مسلحون النار على نقيب في الشرطة أثناء خروجه من منزله" (a member of the forces
        # killed off duty, told one-sided as its sentence was read), then a bare killing word joined to it
        one_sided = actor2.kind == "Civilians" or any(
            (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack") and e.actor2 is not None
            and e.actor1 is not None  # (a bare toll names no doer: "two PMF fighters were killed" tells no side)
            and e.actor2.kind != "Civilians" and e.actor2.id == actor2.id for e in (a, b))
        event_type, sub_event_type = (("Violence against civilians", "Attack") if one_sided
                                      else ("Battles", "Armed clash"))
    elif {(a.event_type, a.sub_event_type), (b.event_type, b.sub_event_type)} == _ARMED_VIOLENCE \
            and not (a.evidence.trigger or a.evidence.sentence).text[:1].isascii():
        # Arabic, no side hit named: the one-sided word ("اغتال مسلحون شقيقين" then "أطلقوا النار على الشقيقين")
        # tells more than the shooting, which says nothing of who shot back (English kept the clash: ACLED lost
        # two sub-event types)
        event_type, sub_event_type = "Violence against civilians", "Attack"
    return _replaced(
        a,
        status="denied" if "denied" in (a.status, b.status) else
        "claimed" if "claimed" in (a.status, b.status) else a.status,
        event_type=event_type, sub_event_type=sub_event_type,
        date=date, location=location,
        actor1=actor1, actor2=actor2,
        fatalities=fatalities, injured=injured,
        evidence=evidence, confidence=max(a.confidence, b.confidence),
    )


# state actors that are no armed service: a government, a command or its spokesmen, the umbrella itself
_NO_SERVICES = frozenset(STATE_UMBRELLAS + ("iraq-government", "krg", "iraq-joc", "iraq-security-media-cell"))


def _named_service(x: Actor | None, y: Actor | None) -> Actor | None:
    """One side of two tellings merged: the first named, but the service the other names when the first is only
    the umbrella of the country's forces ("two bombs struck security forces" then "a bomb hit a Federal Police
    patrol": the Federal Police)."""
    if x is not None and y is not None and x.id in STATE_UMBRELLAS and y.id not in _NO_SERVICES \
            and y.kind == "State forces" and y.country == x.country:
        return y
    return x or y


def _both_sides(a: Event, b: Event, sides: dict[str, str]) -> bool:
    """Whether the dead of ``a`` and of ``b``, told in different sentences, are the two sides of one fight:
    "استشهد منتسب ... خلال اشتباك" then "وقُتل أحد المطلوبين خلال تبادل إطلاق النار" (ACLED counts all the
    dead, attackers too). A toll that rose, or two tolls of one side, tell the same dead again."""
    if a.event_id == b.event_id or not (a.fatalities and a.fatalities.best and b.fatalities and b.fatalities.best):
        return False
    if (a.fatalities.low == a.fatalities.high) != (b.fatalities.low == b.fatalities.high):
        return False  # (a vague figure, "several terrorists", is the other account of the same dead)
    return {sides.get(a.event_id), sides.get(b.event_id)} == {"agent", "target"}


def _combined(a: Event, b: Event, sides: dict[str, str], near: set[str], bare: set[str],
              lead: Event | None = None, sums: set[str] | None = None) -> Event:
    """``combine`` that keeps the side its toll counts: "both" once the two sides' dead are added; whether
    its type is still a bare blast word's. A district or town told (not only a landmark near it, see
    ``merge_events``) wins over a landmark. One of ``sums`` tells a toll summed over several deeds ("قتل 14 في
    تفجيرات ضربت بغداد"): joined to one deed told with its own toll, that deed's dead and wounded are the event's."""
    both = _both_sides(a, b, sides)
    out = combine(a, b, both, bare, lead)
    if sums and not both and (a.event_id in sums) != (b.event_id in sums):
        one = b if a.event_id in sums else a
        if one.fatalities is not None and one.fatalities.best:
            out = dataclasses.replace(out, fatalities=one.fatalities, injured=one.injured)
            sums.discard(out.event_id)
    if (out.event_type, out.sub_event_type) != (a.event_type, a.sub_event_type):
        if b.event_id in bare:
            bare.add(out.event_id)
        else:
            bare.discard(out.event_id)
    if near and (a.event_id in near) != (b.event_id in near):
        placed = b if a.event_id in near else a
        # (a place that is only the dateline is where the report was filed, no district told: "KIRKUK - militants
        # attacked an outpost west of Hawija", then "fought the troops for half an hour" keeps Hawija)
        if placed.location is not None and placed.location.admin2 and not _only_filed(placed) \
                and (placed.location.admin1_code == (out.location and out.location.admin1_code)
                     or out.location is not None and out.location.admin2 is None and placed is b):
            out = _told_as(out, placed, "location")
        near.discard(out.event_id)
    if both:
        sides[out.event_id] = "both"
    elif out.fatalities is b.fatalities and b.event_id in sides:
        sides[out.event_id] = sides[b.event_id]
    return out


def _latest_toll(a: Quantity | None, b: Quantity | None) -> Quantity | None:
    """Tolls are revised upwards as a day goes on: the higher figure is the latest."""
    if a is None or b is None:
        return a or b
    return b if (b.best or 0) > (a.best or 0) else a


# "دوي انفجارين ... صاروخا كاتيوشا سقطا": a blast word says only that something exploded; the weapon named
# in another sentence of the same event says what (below shelling and air strikes, above the rest: a riot word
# "أعمال عنف" beside a blast does not make the blast a riot)
BARE_BLAST_SPECIFICITY = 6.5


# "two men got out of a car and opened fire": a clash word naming neither side tells only that shots were fired; the
# killing told with its victim ("gunmen shot dead a cleric") says what it was (below an attack)
SIDELESS_CLASH_SPECIFICITY = 2.5


def _specificity(e: Event, bare: Collection[str] = ()) -> float:
    if e.event_id in bare and e.sub_event_type in ("Remote explosive/landmine/IED", "Air/drone strike"):
        # (a bare "strike" names no weapon either: "claimed responsibility for the strikes" after "ballistic
        # missiles struck" is the missile attack)
        return BARE_BLAST_SPECIFICITY
    if e.sub_event_type == "Armed clash" and e.actor1 is None and e.actor2 is None:
        return SIDELESS_CLASH_SPECIFICITY
    return SPECIFICITY.get(e.sub_event_type, 3)


# a claim of responsibility for "the attack" comes within days of it
FOLLOW_UP_DAYS = 3


def _follows(anaphor: Event, host: Event) -> bool:
    """Whether ``anaphor`` claims ``host`` within a few days after it: "claimed the attack on Monday" of
    Sunday's attack dates the claim, not another attack. Other mentions dated later may tell a new strike
    ("عادت المسيرات لتستهدف", the drones struck again the next day)."""
    if anaphor.status != "claimed" or anaphor.date is None or host.date is None:
        return False
    gap = _days_after(anaphor.date, host.date)
    return host.date.start <= anaphor.date.start and gap <= FOLLOW_UP_DAYS


def _dated_by_statement(claim: Event, mention: Event) -> bool:
    """Whether ``claim`` is dated by the day its statement came out, a day or a few after the day ``mention``,
    an event of its sub-type told as fact, gives the attack."""
    return mention.status != "claimed" and mention.sub_event_type == claim.sub_event_type \
        and _follows(claim, mention) and claim.date.start > mention.date.end


def _claim_dated(claim: Event, mention: Event, joined: Event) -> Event:
    """``joined`` (``claim`` completed by ``mention``), dated and counted by the mention when the claim was dated
    by its statement and the mention, told as fact, dates the attack a day or so before ("تبنى داعش في بيان
    مساء أمس الخميس هجوما ... إن الهجوم وقع مساء الأربعاء وأسفر عن استشهاد جندي"): the day is the attack's, and
    the dead those counted by others than the claimant (ACLED does not take a claimant's toll).
    Else ``joined`` as it is."""
    if not _dated_by_statement(claim, mention):
        return joined
    joined = _told_as(joined, mention, "date")
    return _told_as(joined, mention, "fatalities") if mention.fatalities is not None else joined


def _dated_back(anaphor: Event, host: Event) -> bool:
    """Whether definite mention ``anaphor`` ("الغارة", "the strike") of ``host``'s sub-type, both told as fact in
    one district by agreeing sides, gives the deed a day of its own a few days before the host's: the first report
    was dated by the day its statement came out ("قال مصدر أمني يوم الأربعاء إن غارة ..." then "الغارة التي نفذت
    يوم الاثنين"), the mention by the deed's. One with a town and a toll of its own is the next item
    (`_own_town_and_toll`), as for `_attach`."""
    return anaphor.status == host.status == "occurred" and anaphor.sub_event_type == host.sub_event_type \
        and _to_the_day(host) and _told_to_the_day(anaphor) and _soon_after(host.date, anaphor.date, 1) \
        and (anaphor.location is None or host.location is not None
             and anaphor.location.admin2 is not None and anaphor.location.admin2 == host.location.admin2) \
        and (_actors_agree(anaphor.actor1, host.actor1) or _one_state(anaphor, host)) \
        and not _own_town_and_toll(anaphor, host)


def _told_as(event: Event, source: Event, name: str) -> Event:
    """``event`` with ``source``'s field ``name`` (date, location, fatalities, actor2) and the evidence span of it."""
    evidence = _replaced(event.evidence, **{name: getattr(source.evidence, name)})
    return _replaced(event, **{name: getattr(source, name)}, evidence=evidence)


def _attach(anaphor: Event, host: Event, near: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a definite mention ("the attack") can refer to ``host``: place, date and agent agree. A town
    known only from the article's dateline ("ERBIL, Iraq — A drone strike killed three ... The drone hit a
    car outside Sidakan") is where the report was filed: in its governorate the mention's own town wins. So is
    one that places the mention ("the drone was intercepted before it reached the base" after a drone launched at
    Harir air base): it agrees with any host in the dateline's governorate."""
    if _find_and_arrest(anaphor, host):
        return False  # "ألقت القبض على شخصين يشتبه بزرع العبوة" after the bomb found: the state's second action
    if host.sub_event_type in TERRITORY_TYPES and anaphor.event_type == "Explosions/Remote violence" \
            and counted(anaphor.fatalities) and anaphor.actor1 is not None:
        # "أعلن التنظيم سيطرته على المدينة" then "فجّر التنظيم العجلات المفخخة ... ما أدى إلى مقتل عشرة": the bombs a
        # side set off that killed men of their own are a deed beside the ground taken, as ACLED codes them (not
        # "المعارك أسفرت عن مقتل سبعة عشر من التنظيم بينهم انتحاريان حاولا تفجير عجلتين": the battle's dead)
        return False
    if host.sub_event_type in _DEADLESS and _violent(anaphor):
        # "took control of the base after the Peshmerga pulled back without a fight" then "The handover followed
        # heavy clashes ... near Taza": ground handed over without violence is no telling of a fight (the fight,
        # with its dead, is ACLED's second event)
        return False
    if _crowd(host) and not _crowd(anaphor) and anaphor.actor1 is not None and anaphor.actor1.kind in NON_STATE_ARMED:
        # "ارتفاع حصيلة الاشتباكات التي اندلعت عقب فض الساحة بين مسلحين من أبناء العشائر وقوات الجيش" after the
        # sit-in broken up: armed men's fight is no telling of a crowd's event (as `_retold_kinds` has it)
        return False
    if _own_facts(anaphor, host) or _own_town_and_toll(anaphor, host) or _raids_for_a_bomb(anaphor, host):
        return False
    if _other_country_told(anaphor, host) or _other_country_told(host, anaphor):
        return False
    if _recalled_before(anaphor, host):
        return False
    dates_agree = _told_dates_agree(anaphor, host) or _follows(anaphor, host) or _dated_by_statement(host, anaphor)
    places_agree = _event_places_agree(anaphor, host, near) or (
        (_datelined(host) or _datelined(anaphor)) and _one_governorate(anaphor, host)) \
        or _landmark_placed_by(anaphor, host, near) or (_only_filed(host) and _elaborates(anaphor)) \
        or _planned_same_day(anaphor, host)
    if _denied_in_crowd(host, anaphor):
        return dates_agree and places_agree  # the riot's crowd, then "the police did not fire on the protesters"
    return _statuses_agree(anaphor, host) and dates_agree and places_agree \
        and (_actors_agree(anaphor.actor1, host.actor1) or _one_state(anaphor, host) or _sides_swapped(anaphor, host)
             or _foiled_then_fought(host, anaphor) or _foiled_then_fought(anaphor, host))


def _recalled_before(anaphor: Event, host: Event) -> bool:
    """Whether a definite mention of another sub-type, told with a day of its own in its sentence ("إثر الهجوم
    الانتحاري في سروج قبل أسبوع"), is dated days before a host that tells no day (dated by the article): an earlier
    deed the article recalls, no telling of the host's ("قصفت الدبابات قرية" today is no suicide bombing)."""
    return anaphor.sub_event_type != host.sub_event_type and _told(anaphor) and _date_rank(host) == 0 \
        and anaphor.date is not None and host.date is not None \
        and _days_after(host.date, anaphor.date) > FOLLOW_UP_DAYS


def _other_country_told(a: Event, b: Event) -> bool:
    """Whether ``a`` names its country in its own sentence with no governorate ("غارات على مواقع الحزب في شمال
    العراق") and ``b`` is placed in a governorate of another country (a mention in an article placed in Turkey):
    two deeds, the mention no telling of the strikes abroad."""
    return a.location is not None and b.location is not None and a.location.admin1_code is None \
        and a.evidence.location is not None and b.location.admin1_code is not None \
        and bool(a.location.country) and bool(b.location.country) and a.location.country != b.location.country


def _own_facts(anaphor: Event, host: Event) -> bool:
    """Whether a definite mention of another sub-type tells facts of its own that the host lacks or contradicts: a
    district of its own where the host has none (placed by a landmark at most), and a toll of its own above the host's
    (a lower one may be a part of the host's total: "مقتل 33 في تفجيرات" then "فجر انتحاري نفسه ... مقتل 20") ("الطيران الحربي ... في بيجي ... وقتل 6 إرهابيين" after militiamen burning three youths, placed only "north-east
    of Baghdad"): another incident."""
    return anaphor.sub_event_type != host.sub_event_type and counted(anaphor.fatalities) \
        and counted(host.fatalities) and (anaphor.fatalities.to_count or 0) > (host.fatalities.to_count or 0) \
        and anaphor.location is not None and anaphor.location.admin2 is not None \
        and (host.location is None or host.location.admin2 is None)


def _raids_for_a_bomb(anaphor: Event, host: Event) -> bool:
    """Whether a definite mention of air strikes ("في هذه الغارات", "the raids") would refer to a bomb set off on the
    ground (a roadside or car bomb, a suicide bomber, a grenade): the raids are other deeds ("قتل جندي بانفجار لغم"
    then "وقتل 260 مسلحا في هذه الغارات", a campaign's toll), not that bomb told again."""
    return anaphor.sub_event_type == "Air/drone strike" and host.sub_event_type in _GROUND_BOMBS


# the sub-types of a bomb set off on the ground, which no mention of air strikes tells again (`_raids_for_a_bomb`)
_GROUND_BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _planned_same_day(anaphor: Event, host: Event) -> bool:
    """Whether a definite mention of a plan ("سيشاركون في التظاهرة") tells the host plan of its sub-type, set for
    the same day in the same governorate: a district named in its sentence is where those who will join come from
    ("المعلمون في أقضية الحي والصويرة والنعمانية"), not a second gathering of the day."""
    return anaphor.status == host.status == "planned" and anaphor.sub_event_type == host.sub_event_type \
        and _to_the_day(anaphor) and anaphor.date == host.date and _one_governorate(anaphor, host)


def _landmark_placed_by(anaphor: Event, host: Event, near: Collection[str]) -> bool:
    """Whether ``host`` was placed only by a landmark's governorate ("an attack on an army post north of Baghdad")
    and the definite mention tells the district it happened in ("the attack took place in the al-Udhaim area of
    Diyala province"): a landmark a city is measured from may lie across a governorate's border."""
    return host.event_id in near and anaphor.event_id not in near and host.location is not None \
        and host.location.admin2 is None and anaphor.location is not None and bool(anaphor.location.admin2) \
        and not _only_filed(anaphor)


def _one_state(a: Event, b: Event) -> bool:
    """Two mentions of one sub-type whose doers are two services of one state's forces: the state's one deed when
    day and place agree (checked by the callers). An arrest announced by a command and told as done by one of its
    units ("أعلنت قيادة شرطة كركوك القبض على متهم" then "نصبت مفرزة من قسم الاستخبارات كميناً للمتهم"), a strike
    announced as the air force's and retold with the army named in passing ("وقال البيان إن الضربة التي نفذت مساء
    أمس ..."), a plot foiled by an operations command and told as a catch by the military intelligence: a
    statement names the command and its services in turn, one side of one deed."""
    return a.sub_event_type == b.sub_event_type and a.actor1 is not None and b.actor1 is not None \
        and _one_country_forces(a.actor1, b.actor1)


# how far into the article an outlet's dateline reaches ("Next Previous عين اليوم – بنغازي (ليبيا)"): its place
# opens within these characters, after at most `_OUTLET_WORDS` words and a dash
_DATELINE_REACH = 40
_OUTLET_WORDS = 3
_DASHES = ("-", "–", "—")
_LEADING_SPACE = 2


def _datelined(e: Event) -> bool:
    """Whether the event's place is the article's dateline: its first word ("بغداد –", "BAGHDAD -"), or the place
    after an outlet's name and dash that opens it ("عين اليوم – بنغازي" on a line of its own, "رويترز - بنغازي
    (ليبيا): قال ...")."""
    span = e.evidence.location
    if span is None:
        return False
    if span.start == 0:
        return True
    sentence = e.evidence.sentence
    if span.start >= _DATELINE_REACH or sentence.start >= _DATELINE_REACH:
        return False
    if span.start < sentence.start:
        # the article's short opening line ("عين اليوم – بنغازي"), told before the event's sentence: its place is
        # the one the article was filed from (a news sentence is longer than the reach)
        return span.end <= sentence.start
    before = sentence.text[:span.start - sentence.start].strip()
    if not before:  # the place opens the article after a space: " بغداد – الشرق الأوسط:", " البصرة/" (not a
        # roundup's later item, "Compiled by our Baghdad bureau. HILLA - ...", a place of its own)
        return span.start <= _LEADING_SPACE \
            and sentence.text[span.end - sentence.start:].lstrip().startswith((*_DASHES, ":", "/"))
    return before.endswith(_DASHES) and 0 < len(before.rstrip("".join(_DASHES)).split()) <= _OUTLET_WORDS


def _elaborates(e: Event) -> bool:
    """A bare killing or fighting word with no named agent tells more of the event before it."""
    return (e.event_type, e.sub_event_type) in _ARMED_VIOLENCE and (e.actor1 is None or _dead_as_side(e))


def _dead_as_side(e: Event) -> bool:
    """Whether the event's only side is its dead, named inside its toll ("Two U.S. service members and one British
    service member were killed"): a toll told with no doer, which tells more of the event before it."""
    ev = e.evidence
    return e.actor2 is None and ev.actor1 is not None and ev.fatalities is not None \
        and ev.fatalities.start <= ev.actor1.start and ev.actor1.end <= ev.fatalities.end


def _bare_toll(e: Event) -> Event:
    """A bare toll (`_elaborates`) with its dead named as its side (`_dead_as_side`) read as the side hit."""
    return as_side_hit(e) if e.actor1 is not None else e


def as_side_hit(e: Event) -> Event:
    """The event with its only side, read as its doer, made the side hit (``actor1`` to ``actor2``, evidence too)."""
    return _replaced(e, actor1=None, actor2=e.actor1, evidence=_replaced(
        e.evidence, actor1=None, actor2=e.evidence.actor1))


def _violent(e: Event) -> bool:
    return e.event_type in VIOLENT_TYPES


def _opens(event: Event, sentence_number: int) -> bool:
    """Whether an event told by a definite noun opens the article as its news: in the first sentences, with
    its agent named ("أعلنت القيادة تنفيذ العملية الأسبوع الماضي") or its day told. A bare "الهجوم الذي
    وقع في المدينة" with neither, even first, refers to an attack told before; so does one dated only by a span
    ("تحدث المحافظ عن الهجوم الذي استهدف قرية ... الأسبوع الماضي": the subject of an interview, recalled)."""
    return sentence_number <= 1 and (event.actor1 is not None or _told_to_the_day(event))


def _to_the_day(e: Event) -> bool:
    """Whether the event's date is known to the day."""
    return e.date is not None and e.date.precision == "day"


def _told_to_the_day(e: Event) -> bool:
    """Whether the event's sentence tells its day (`_told`), to the day."""
    return _told(e) and _to_the_day(e)


def _summary_lead_host(event: Event, merged: list[Event], lead_at: int, near: Collection[str]) -> int | None:
    """The index in ``merged`` of the event of a lead that sums up incidents of several kinds ("أفاد مصدر بمقتل راعٍ
    بانفجار عبوة في المقدادية، فيما قُتل صاحب محل برصاص مسلحين وسط بعقوبة") that ``event``, told later as "a
    separate incident" ("وفي حادث منفصل، أقدم مسلحان على إطلاق النار على صاحب محل"), tells in full: the one lead
    event of its sub-event type that it can be. Separate from the incident told before it, not from the lead."""
    lead = [i for i, m in enumerate(merged) if m.evidence.sentence.start == lead_at]
    if len({merged[i].sub_event_type for i in lead}) < 2:
        return None
    hosts = [i for i in lead if merged[i].sub_event_type == event.sub_event_type and same_event(merged[i], event, near)]
    return hosts[0] if len(hosts) == 1 else None


def _lead_crowd_host(event: Event, merged: list[Event], lead_at: int, near: Collection[str]) -> int | None:
    """The index in ``merged`` of the lead's one demonstration that a demonstration told later after a word of
    another matter ("في غضون ذلك، تظاهر العشرات أمس أمام مكتب الأمم المتحدة في أربيل") retells: of its sub-type,
    day, district and town (a town told by both). A crowd of one day in one town the lead told is that crowd."""
    if not _crowd(event) or event.location is None or not event.location.admin2:
        return None
    hosts = [i for i, m in enumerate(merged) if m.evidence.sentence.start == lead_at and _crowd(m)
             and m.sub_event_type == event.sub_event_type and m.date is not None and m.date == event.date
             and m.location is not None and m.location.admin2 == event.location.admin2
             and not _two_places(m, event) and same_event(m, event, near)]
    return hosts[0] if len(hosts) == 1 else None


def _summed_tolls(events: list[Event]) -> set[str]:
    """The ids of events whose toll is the sum of two or more events told after them, each in a sentence of its own
    ("بمقتل 24 مدنيا وإصابة 37" then a bomb that killed six and wounded 11 and mortars that killed 18 and wounded
    26): the lead sums the day's incidents; its dead, and its wounded when told, add up exactly. The incidents are
    told in districts of their own (two tolls of one place may be one deed's dead told in parts)."""
    def figure(q: Quantity | None) -> int:
        return (q.best or 0) if q is not None else 0

    def told_apart(group: tuple[Event, ...], hurt: int | None) -> bool:
        return len({x.evidence.sentence.start for x in group}) == len(group) \
            and len({x.location.admin2 for x in group}) == len(group) \
            and (hurt is None or sum(figure(x.injured) for x in group) == hurt)

    out = set()
    for i, e in enumerate(events):
        target = figure(e.fatalities)
        if target < 3 or e.fatalities.low != e.fatalities.high:
            continue
        hurt = figure(e.injured) if e.injured is not None else None
        # (each deed of a sum of two or three counts fewer dead than the sum, and no more wounded)
        later = [x for x in events[i + 1:] if 0 < figure(x.fatalities) < target and x.location is not None
                 and x.location.admin2 and x.evidence.sentence.start > e.evidence.sentence.start
                 and (hurt is None or figure(x.injured) <= hurt)]
        # (a pair, or a pair and a third told after it with the dead left over: sought by its toll, not by trying
        # every three of a long article's deeds)
        dead = [figure(x.fatalities) for x in later]
        by_dead: dict[int, list[int]] = {}
        for k, n in enumerate(dead):
            by_dead.setdefault(n, []).append(k)
        if any(told_apart((later[a], later[b]), hurt) if (left := target - dead[a] - dead[b]) == 0
               else left > 0 and any(told_apart((later[a], later[b], later[c]), hurt)
                                     for c in by_dead.get(left, ()) if c > b)
               for a, b in combinations(range(len(later)), 2)):
            out.add(e.event_id)
    return out


@dataclass(frozen=True)
class MergeHints:
    """What the sentence pass learnt of an article's event mentions (by event id) that the merge needs; each field
    is described in `merge_events`. The extractor builds it (`ClauseExtractor.merge_hints`)."""

    anaphoric: dict[str, int] = field(default_factory=dict)
    pointed: set[str] = field(default_factory=set)
    separate: Collection[str] = ()
    sides: dict[str, str] = field(default_factory=dict)
    near: Collection[str] = ()
    bare: Collection[str] = ()
    reported_before: Collection[str] = ()
    items: dict[str, str] = field(default_factory=dict)
    gunmen_told: Collection[str] = ()
    denials: Collection[str] = ()
    later: Collection[str] = ()
    unplaced: Collection[str] = ()
    characterised: Collection[str] = ()
    sums: Collection[str] = ()


def merge_events(events: list[Event], hints: MergeHints | None = None) -> list[Event]:
    """Merge the events of one article that describe the same happening, keeping text order. ``hints`` (a
    `MergeHints`) tells what the sentence pass learnt of the mentions:

    An event told by a definite noun ("الهجوم", "the attack") joins the nearest earlier event it can refer
    to (else a later one) whatever its type; the more specific type wins. ``anaphoric`` maps such events
    to their sentence number: one that refers to nothing coded is dropped (it recalls history or a tally),
    unless it opens the article. One of ``pointed``, told with a demonstrative ("هذه المجزرة"), points back
    and never opens it. One of ``separate``, told as a separate incident ("وفي حادث منفصل", "in a separate
    incident"), joins no event told before it. One of ``near`` is placed only by a landmark ("west of Kirkuk"):
    it agrees with any district of that governorate, whose place then wins. ``sides`` maps events to the side whose dead their toll counts
    ("agent", "target", "update"): the dead of the two sides told in turn are added up. One of ``reported_before``,
    told after a report verb in the past perfect ("had said that"), is the report a denial told before it answered
    (`_denied_report`). One of ``items``, told in a sentence opening on its own town ("Near Qayyarah, three
    strikes engaged ..."), is an item of a list: it joins no event that holds an item
    of another town (the lead "conducted strikes near Mosul and Qayyarah" holds the first item it took). One of
    ``denials``, a mention a denial word denies, that joins no event is kept when its own sentence places it
    (`_denied_here`). One of
    ``later``, told in a sentence opening on a later time of the story ("Hours later, insurgents attacked a
    checkpoint"), is a deed of its own, no elaboration nor retelling of an event told before it (it may still be one the lead
    told: "a separate blast in Kirkuk" then "Hours later, a bomb ... went off in Dibis"). One of ``unplaced`` is placed
    only in the article's country, which its sentence does not name: it agrees with an event of another country,
    whose country then wins. One of ``characterised`` ("وهو أول هجوم من نوعه") joins no event told after it. One of
    ``sums``, told by a plural event noun ("في تفجيرات"), has a toll summed over several deeds: joined to a deed told
    with its own toll, it takes that toll (`_combined`)."""
    hints = hints or MergeHints()
    anaphoric, items, pointed = hints.anaphoric, hints.items, hints.pointed
    reported_before, gunmen_told, denials, later = hints.reported_before, hints.gunmen_told, hints.denials, hints.later
    held: dict[int, str] = {}  # index in ``merged`` -> the town of the list item it holds
    separate = set(hints.separate)
    sides = dict(hints.sides)
    near = set(hints.near)
    bare = set(hints.bare)
    sums = set(hints.sums) | _summed_tolls(events)

    def join_two(a: Event, b: Event, lead: Event | None = None) -> Event:
        """`_combined` with this article's sides, landmarks, bare blast words and summed tolls."""
        return _combined(a, b, sides, near, bare, lead, sums)

    merged: list[Event] = []
    pending: list[Event] = []
    events = _riots_met_with_force(events)
    lead_at = min((e.evidence.sentence.start for e in events), default=0)
    for event in events:
        if event.event_id in separate:
            separate.discard(event.event_id)  # a later sentence's copy ("No one was hurt") tells more of it
            host = _summary_lead_host(event, merged, lead_at, near)
            if host is None:
                host = _lead_crowd_host(event, merged, lead_at, near)
            if host is not None:
                merged[host] = join_two(merged[host], event, merged[host])
                continue
            merged.append(event)
            continue
        if _elaborates(event) and merged and _violent(merged[-1]) and _attach(_bare_toll(event), merged[-1], near) \
                and not _apart(event, merged[-1]) and event.event_id not in later \
                and not _dated_apart(event, merged[-1]):
            # "both men died at the scene": the last attack's toll (its dead named inside it, "two PMF fighters
            # and one attacker were killed", are the side hit, no doer to compare with the attack's)
            event = _bare_toll(event)
            merged[-1] = _host_told_again(merged[-1], event, join_two(merged[-1], event))
            continue
        if event.event_id in reported_before:
            # the last report it denies among the merged, else among the pending: a denial that opens the article
            # waits there ("denied on Wednesday reports that rockets had landed ... Television channels had
            # reported that two rockets struck"), the report is its too
            found = next(((told, i) for told in (merged, pending) for i in range(len(told) - 1, -1, -1)
                          if _denied_report(told[i], event)), None)
            if found is not None:
                told, i = found
                told[i] = _report_denied(told[i], join_two(told[i], event, told[i]))
                continue
        if event.event_id in gunmen_told:
            # "the gunmen" shot the victims, after the killing told: how that deed was done, of its type
            host = _last_index(merged, _done_by_the_gunmen, event)
            if host is not None:
                merged[host] = join_two(merged[host], event, merged[host])
                continue
        if event.event_id in anaphoric:
            # (a toll update with no place of its own raises the toll of the last deed of its kind, not of the last
            # deed told: "two of those wounded in the bombing had died" after a shelling told in another town)
            host = _last_index(merged, _toll_update_of, event) if sides.get(event.event_id) == "update" else None
            if host is None:
                host = _last_index(merged, _attach, event, near)
            dated_back = host is None and bool(merged) and _dated_back(event, merged[-1])
            if dated_back:
                host = len(merged) - 1  # the last event told, dated by its statement's day
            if host is not None:
                combined = _join(merged[host], join_two(merged[host], event, _crowd_lead(merged[host], event)))
                if _follows(event, merged[host]) and merged[host].date is not None:
                    # "claimed the attack on Monday" of Sunday's attack: Monday is the day of the claim
                    combined = _told_as(combined, merged[host], "date")
                elif dated_back:
                    combined = _told_as(combined, event, "date")  # the deed's own day, not the statement's
                merged[host] = _host_told_again(merged[host], event, combined)
            elif merged and event.event_id not in later and _tolls_retold(merged[-1], event):
                # ("وأسفر الانفجار عن مقتل ..." in the quote right after the report: the same dead and wounded)
                merged[-1] = join_two(merged[-1], event, merged[-1])
            else:
                pending.append(event)
            continue
        item = items.get(event.event_id)
        for i, kept in enumerate(merged):
            if item is not None and held.get(i, item) != item:
                continue  # another item of the list, told at another town
            if same_event(kept, event, near, hints.unplaced):
                joined = join_two(kept, event)
                if _one_country_told(kept, event, hints.unplaced):
                    # (the country told over the article's)
                    joined = _told_as(joined, event if kept.event_id in hints.unplaced else kept, "location")
                merged[i] = joined
                if item is not None:
                    held[i] = item
                break
        else:
            told_anew = event.event_id in later  # (a deed of its own: retells nothing told before it)
            host = None if told_anew else _last_index(merged, retells, event, near)
            if host is None and not told_anew and sides.get(event.event_id) == "update":
                host = _last_index(merged, _toll_update_of, event)
            if host is None and merged and not told_anew:
                if _toll_then_deed(merged[-1], event):
                    joined = _told_as(join_two(merged[-1], event, event), event, "actor1")
                    if event.location is not None and event.location.admin2 and _placed_itself(event):
                        joined = _told_as(joined, event, "location")  # the deed's own district, not the toll's
                    merged[-1] = joined
                    continue
                if _tolls_retold(merged[-1], event):
                    merged[-1] = join_two(merged[-1], event, merged[-1])
                    continue
            if host is not None:
                lead = _retold_lead(merged[host], event)
                combined = join_two(merged[host], event, lead)
                if _killed_before_found(merged[host], event):
                    combined = _told_as(combined, event, "date")  # the day of the killing, not of the find
                merged[host] = _host_told_again(merged[host], event, combined)
            else:
                if item is not None:
                    held[len(merged)] = item
                merged.append(event)
    for event in pending:
        # a later event it may tell of first is one of its kind: "أطلقت قوات الأمن الرصاص الحي" on protesters
        # does not tell of the arrests told after it
        # (one characterised as the event just told, "وهو أول هجوم من نوعه", points back: it joins none told after it)
        host = next((i for i, kept in enumerate(merged) if _kin(event, kept) and _attach(event, kept, near)
                     and not _other_fight(event, kept)
                     and not (event.event_id in hints.characterised and _told_after(kept, event))), None)
        if host is not None:
            combined = join_two(event, merged[host], _crowd_lead(merged[host], event))
            combined = _crowd_status(merged[host], event, combined)
            merged[host] = _join(merged[host], combined)
        elif event.event_id in pointed:
            continue  # "this massacre" points to an event told before, or not told here at all
        elif _opens(event, anaphoric[event.event_id]) or counted(event.fatalities) or counted(event.injured) \
                or _told_to_the_day(event) \
                or _force_on_crowd(event) or _plan_told(event) or event.event_id in denials and _denied_here(event):
            merged.append(event)  # it opens the article, or tells facts of its own
    merged = [_lethal_intervention(e) for e in _going_on(merged)]
    return _summed_leads_dropped(sorted(merged, key=lambda e: e.evidence.sentence.start))


def _toll_update_of(update: Event, host: Event) -> bool:
    """Whether a toll update whose sentence names no place ("two of those wounded in the cafe bombing had died,
    bringing the toll to seven") raises the toll of ``host``, an event of its sub-event type, status and day: the
    place it carries is only the last one the article told (a round-up's item of another town)."""
    return update.sub_event_type == host.sub_event_type and _statuses_agree(update, host) \
        and not _placed_itself(update) and _told_dates_agree(update, host) and counted(update.fatalities)


def _dated_apart(event: Event, host: Event) -> bool:
    """Whether ``event`` tells a week of its own while ``host`` carries a day (told or carried from the lead):
    "Government forces entered central Fallujah last week" after the day's shelling of a camp near it is background
    of its week, no more of the shelling. (Another day told is no such sign: "had come under fire on Sunday night"
    after a claim dated by its statement is the attack claimed.)"""
    return _told(event) and event.date is not None and event.date.precision == "week" \
        and host.date is not None and host.date.precision == "day"


def _told_after(kept: Event, event: Event) -> bool:
    """Whether ``kept`` is told in a sentence after ``event``'s."""
    return kept.evidence.sentence.start > event.evidence.sentence.start


def _last_index(merged: list[Event], fits, event: Event, *more) -> int | None:
    """The index of the last event of ``merged`` that ``event`` fits (``fits(event, kept, *more)``), if any. (The
    test and its arguments are passed, not a lambda: a lambda would make ``event`` a closure cell of the whole
    `merge_events` loop, about 0.3% of the extraction's instructions.)"""
    return next((i for i in range(len(merged) - 1, -1, -1) if fits(event, merged[i], *more)), None)


def _summed_leads_dropped(merged: list[Event]) -> list[Event]:
    """``merged`` without a bare toll (no doer in its text) whose dead are exactly those of the two or more events
    told right after it, in later sentences ("أفادت مصادر بمقتل 24 مدنيا وإصابة 37 في بعقوبة" then a bomb that
    killed six and wounded 11, then mortars that killed 18 and wounded 26): the lead sums them up, no event of its
    own. Its wounded, when both are told, add up too."""
    if len(merged) < 3:
        return merged
    dropped: set[int] = set()
    for i, lead in enumerate(merged):
        if lead.evidence.actor1 is not None or lead.fatalities is None or (lead.fatalities.best or 0) < 2 \
                or lead.evidence.fatalities is None \
                or not lead.evidence.sentence.start <= lead.evidence.fatalities.start < lead.evidence.sentence.end:
            continue  # (a lead joined by the first event it tells holds that event's toll: "a wave of car bombs")
        if lead.event_type == "Explosions/Remote violence":
            continue  # a blast or a strike told with its toll is a deed of its own ("the deadliest blast ... killing nine")
        dead = hurt = 0
        hurt_told = lead.injured is not None and bool(lead.injured.best)
        for n, e in enumerate(merged[i + 1:], start=1):
            if e.evidence.sentence.start < lead.evidence.sentence.end or e.fatalities is None \
                    or not e.fatalities.best or e.status != lead.status:
                break
            dead += e.fatalities.best
            hurt += (e.injured.best or 0) if e.injured is not None else 0
            if dead >= lead.fatalities.best:
                if dead == lead.fatalities.best and n >= 2 and (not hurt_told or hurt == lead.injured.best):
                    dropped.add(i)
                break
    return [e for i, e in enumerate(merged) if i not in dropped] if dropped else merged


def _denied_here(event: Event) -> bool:
    """Whether a denied mention that joins no event, placed in its own sentence, stands as the denied event: "نفت
    الهيئة ما تداولته وسائل إعلام عن احتجاز عناصرها رجالاً من أهالي القرية واقتيادهم إلى جهات مجهولة" refers to
    what the media said, not to an event of the article, and denies a deed of its own."""
    return event.status == "denied" and _placed_itself(event)


def _lethal_intervention(e: Event) -> Event:
    """A protest met with force whose toll (joined from another telling, "ارتفاع عدد المتظاهرين الذين قضوا برصاص
    القوات الأمنية إلى خمسة") counts dead is force used with lethal effect: ACLED's excessive force against
    protesters, not a mere intervention."""
    if e.sub_event_type == "Protest with intervention" and e.fatalities is not None \
            and (e.fatalities.best or 0) >= 1:
        return _replaced(e, sub_event_type="Excessive force against protesters")
    return e


def _done_by_the_gunmen(later: Event, host: Event) -> bool:
    """Whether an act of violence whose doers are "the gunmen" (definite, `gunmen_told`) tells more of ``host``, the
    violence told before it on the same day in the same governorate, of any violent type: "وأوضح المصدر أن المسلحين
    أوقفوا الضحايا وأطلقوا النار عليهم" after the three men found killed, "فجروا مركزين بالعبوات" after the attack
    on the police stations. A deed of another kind ("المسلحين اختطفوا مئات النساء" after the town taken, "أحرقوا
    سيارتهم" told as property destroyed) is an event of its own, as is violence placed elsewhere in its sentence."""
    return _violent(later) and _violent(host) and host.status == later.status \
        and later.sub_event_type not in _TAKING and _dates_overlap(host.date, later.date) \
        and _one_governorate(host, later) and not (_placed_itself(later) and not _places_agree(
            host.location, later.location))


def _plan_told(event: Event) -> bool:
    """Whether an English definite mention is a plan told with its own place and time ("Under the security
    agreement ..., the base at Kut is scheduled to be handed to the Iraqi Army in September": the sentence opens on
    "the security agreement", which made the whole sentence a mention): what is to come, placed and dated in its
    own sentence, recalls no history nor tally, the reasons a mention with no host is dropped. (Not Arabic: an
    analyst's "اختبار النوايا سيكون في قرى العمادية" and a referendum "المقرر" before the year's end became plans.)"""
    loc, s = event.evidence.location, event.evidence.sentence
    return event.status == "planned" and loc is not None and s.start <= loc.start < s.end and _told(event) \
        and not any("\u0600" <= c <= "\u06ff" for c in s.text)


def _going_on(events: list[Event]) -> list[Event]:
    """Without a planned protest told after a protest that took place on the same day in the same district: "the
    protesters said they will continue their sit-in until the order is cancelled" is that protest going on, not
    another one planned."""
    held = [e for e in events if e.event_type == "Protests" and e.status == "occurred" and e.date is not None
            and e.location is not None and e.location.admin2]
    if not held:
        return events
    return [e for e in events if not (
        e.event_type == "Protests" and e.status == "planned" and e.date is not None and e.location is not None
        and any(h.date.start == e.date.start and h.location.admin2 == e.location.admin2
                and h.evidence.sentence.start < e.evidence.sentence.start for h in held))]


def _other_fight(opening: Event, later: Event) -> bool:
    """Whether a definite mention naming both its sides ("تواصلت الاشتباكات بين القوات العراقية ومسلحي جيش
    المهدي", the article's news) cannot be told again by ``later``, an event of another kind that names a side
    agreeing with neither of its own ("وسقطت قذائف هاون على القاعدة البريطانية"; civilians and crowds may be
    anyone's): the fighting and the shelling of a third party's base are two events."""
    if opening.actor1 is None or opening.actor2 is None or opening.sub_event_type == later.sub_event_type:
        return False
    return any(x is not None and x.kind not in ("Civilians", *CROWD_KINDS) and not _actors_agree(x, opening.actor1)
               and not _actors_agree(x, opening.actor2) for x in (later.actor1, later.actor2))


def _force_on_crowd(event: Event) -> bool:
    """Whether a crowd's event told through "the protesters" names the state's force used on them ("ورفع المحتجون
    لافتات ... قبل أن تفرقهم قوة من شرطة مكافحة الشغب"), undated or dated to the day: when the gathering it refers
    to was told as no event of its own, the intervention is the news (a recollection is dated further back)."""
    return _crowd(event) and event.status == "occurred" and event.actor2 is not None \
        and event.actor2.kind == "State forces" and not (_told(event) and event.date is not None
                                                        and event.date.precision != "day")


def _riots_met_with_force(events: list[Event]) -> list[Event]:
    """A riot and the force used on its crowd told in one sentence ("Protesters set fire to a government building,
    and one demonstrator was killed when security forces opened fire") are one event: ACLED codes force used on
    rioters as the violent demonstration, with the forces as its other side and its dead; excessive force is
    force used on a peaceful crowd."""
    riots = {e.evidence.sentence: e for e in events if e.sub_event_type == "Violent demonstration"}
    if not riots:
        return events
    out: list[Event] = []
    folded: dict[str, Event] = {}
    for e in events:
        riot = riots.get(e.evidence.sentence) if e.sub_event_type in _FORCE else None
        if riot is None or riot.status != e.status:
            out.append(e)
            continue
        host = folded.get(riot.event_id, riot)
        forces = e.actor2 if e.actor2 is not None and e.actor2.kind == "State forces" else None
        joined = combine(host, e, lead=host)
        folded[riot.event_id] = _replaced(joined, actor2=host.actor2 or forces)
    return [folded.get(e.event_id, e) for e in out]


# the kinds one happening is told in by turns: fighting, a blast or a strike, a killing; a crowd's clash with the
# police and the force used on it. A territory taken and an abduction are events of their own beside them.
_RETOLD_VIOLENCE = {"Armed clash", "Attack", *(t for t in EVENT_TYPES["Explosions/Remote violence"])}
_RETOLD_CROWD = {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
# a crowd's events whose violence may be told again with no agent: its riot, the fire opened on it
_AGENTLESS_RETOLD = {"Violent demonstration", "Excessive force against protesters"}
# a riot and the force used to disperse its crowd: one event
_RIOT_AND_INTERVENTION = {"Violent demonstration", "Protest with intervention"}
# the violence a crowd's event may be told again as: not violence from afar, which no crowd and no force facing it
# uses (rockets that "also landed" in the Green Zone during a riot)
_CROWD_VIOLENCE = _RETOLD_VIOLENCE - {"Shelling/artillery/missile attack", "Air/drone strike"}
# a killing found after a taking: the body of one of those abducted is found within days
_TAKING = {"Abduction/forced disappearance"}


def _crowd(e: Event) -> bool:
    return e.event_type in DEMONSTRATION_TYPES


def _retold_kinds(host: Event, later: Event) -> bool:
    """Violence told again as violence of another type (the clash, then the heavy weapons used in it), or a
    crowd's event and the violence told of it: the shots fired by the police or the crowd, its dead. A crowd
    told with violence by others (gunmen who killed an organiser, his supporters marching later) is two events."""
    if host.sub_event_type == "Armed clash" and later.sub_event_type == "Air/drone strike":
        # a fight told, then an aircraft that bombed ("وقال البيان إن طائرة أميركية قصفت مبنى كان مسلحون يطلقون
        # منه النار"): the aircraft's deed, an event of its own (an air strike told first may be retold as
        # fighting: "U.S. forces struck 85 targets")
        return False
    if host.sub_event_type in _RETOLD_VIOLENCE and later.sub_event_type in _RETOLD_VIOLENCE:
        return True
    if {host.sub_event_type, later.sub_event_type} == _RIOT_AND_INTERVENTION:
        return True  # the riot, then "police used tear gas to disperse the crowd": the intervention is the riot's
    if _riot_gathering(host, later):
        return True  # the riot, then its crowd "chanting" or "announcing a sit-in" inside: the riot's gathering
    crowd, other = (host, later) if _crowd(host) else (later, host)
    if crowd is later and other.event_type == "Explosions/Remote violence":
        # a crowd told after a blast or a strike is another event ("a bomb wounded a candidate ... the campaign has
        # seen torched offices"); only the blasts told after a crowd may be its tear-gas canisters
        return False
    if crowd.sub_event_type not in _RETOLD_CROWD or other.sub_event_type not in _CROWD_VIOLENCE \
            or (other.actor1 is not None and other.actor1.kind not in ("State forces", *CROWD_KINDS)):
        return False
    # the violence names the crowd or the forces facing it, or it has no agent and the crowd rioted or was fired on
    # ("security forces opened fire on demonstrators ... Nineteen others were wounded in Sunday's shooting")
    return crowd.sub_event_type in _AGENTLESS_RETOLD and other.actor1 is None \
        or any(x is not None and x.kind in ("State forces", *CROWD_KINDS) for x in (other.actor1, other.actor2))


def _riot_gathering(host: Event, later: Event) -> bool:
    """A peaceful gathering told after a riot ("Demonstrators climbed the walls of the compound, chanting", "Once
    inside, the demonstrators announced an open-ended sit-in"): the riot's crowd told again, not a protest beside it
    (a gathering told first and a riot after are told apart: a sit-in that later turned violent)."""
    return host.sub_event_type == "Violent demonstration" and later.sub_event_type == "Peaceful protest"


def _retold_side(x, sides: list) -> bool:
    """Whether a side the later telling names is one of the host's (its civilians and crowds are any
    telling's; an unknown gunman is only where the host names no other agent)."""
    if x is None or x.kind in CROWD_KINDS or x.kind == "Civilians":
        return True
    if x.id in PLACEHOLDERS:
        return all(y.id in PLACEHOLDERS or y.kind in ("Civilians", *CROWD_KINDS) for y in sides)
    return not sides or any(y.id not in PLACEHOLDERS and _actors_agree(x, y) for y in sides)


def _retold_sides(host: Event, later: Event) -> bool:
    """Every side the later telling names is one of the host's, in either slot (a retelling may name the police
    whose men were wounded as its agent)."""
    sides = [x for x in (host.actor1, host.actor2) if x is not None]
    new = [x for x in (later.actor1, later.actor2) if not _retold_side(x, sides)]
    # the host's empty slot may be filled by one side it did not name ("fire was opened on the protesters",
    # then "the security forces opened fire")
    return not new or (len(new) == 1 and len(sides) < 2 and new[0].id not in PLACEHOLDERS)


def _no_more_dead(told: Quantity, found: Quantity) -> bool:
    """Whether a toll counts no more dead than another, both known ("dozens" counts its least; a toll with no
    figure at all compares with none)."""
    a, b = told.to_count, found.to_count
    return a is not None and b is not None and a <= b


def _killed_before_found(host: Event, later: Event) -> bool:
    """A killing told with its doers on the day before the one an agentless killing was told on, with no dead of its
    own: how the man found dead was killed ("عثر صباح اليوم على جثة مزارع مصاباً بطلقات نارية", then "مسلحين
    مجهولين اعترضوه مساء أمس وأطلقوا النار عليه"), not a second killing."""
    if host.sub_event_type != "Attack" or later.sub_event_type != "Attack" or host.actor1 is not None \
            or not (_to_the_day(host) and _to_the_day(later)):
        return False
    if later.actor1 is None:
        # "the bodies' owners were killed two or three days before they were found": no doer, the dead of the find
        # (no more of them than were found)
        return counted(host.fatalities) and 1 <= _days_after(host.date, later.date) <= 3 \
            and (not counted(later.fatalities) or _no_more_dead(later.fatalities, host.fatalities))
    return not counted(later.fatalities) and _days_after(host.date, later.date) == 1


def _foiled_then_fought(host: Event, later: Event) -> bool:
    """An attack a state force foiled, told first with no dead and no enemy named ("أعلنت الخلية إحباط تعرض إرهابي
    استهدف نقطة عسكرية"), then the fight it was told as with its dead ("حاول عناصر داعش مهاجمة النقطة، فتصدت لها
    قطعات الجيش وقتلت اثنين"), on its day: the foiled attempt is that fight (as `_combined` codes it), not a
    seizure of its own."""
    return host.sub_event_type == "Disrupted weapons use" and later.sub_event_type == "Armed clash" \
        and host.actor2 is None and not counted(host.fatalities) and counted(later.fatalities) \
        and host.actor1 is not None and host.actor1.kind == "State forces" \
        and any(x is not None and x.kind == "State forces" for x in (later.actor1, later.actor2)) \
        and _to_the_day(host) and _to_the_day(later) and host.date == later.date


def _found_after(host: Event, later: Event) -> bool:
    """A killing told on a day just after a taking, with no agent of its own: the body of one abducted found."""
    if host.sub_event_type not in _TAKING or later.sub_event_type != "Attack" or later.actor1 is not None:
        return False
    return host.date is None or later.date is None or _soon_after(later.date, host.date)


def _taken_before_killed(host: Event, later: Event) -> bool:
    """An abduction told after a killing with dead counted, on its day or up to a few days before it, with no dead
    of its own and no agent but unknown men: how the man killed was taken ("عثر على جثة راعٍ بعد يوم من
    اختطافه", then "داهمه مسلحون عصر الأربعاء واقتادوه إلى جهة مجهولة"), not a second event."""
    if host.sub_event_type != "Attack" or later.sub_event_type not in _TAKING or not counted(host.fatalities) \
            or counted(later.fatalities) or not (_to_the_day(host) and _to_the_day(later)) \
            or later.actor1 is not None and later.actor1.id not in PLACEHOLDERS:
        return False
    return _soon_after(host.date, later.date)



def _fire_on_the_victim(host: Event, later: Event) -> bool:
    """A killing of a civilian told first with no doer ("a writer was gunned down outside his home"), then the
    shots at him with the gunmen but no target named ("Gunmen on a motorbike opened fire on him"): how the
    killing went, which stays an attack on the civilian; fire with no side hit is no clash of its own."""
    return host.sub_event_type == "Attack" and later.sub_event_type == "Armed clash" \
        and later.actor2 is None and counted(host.fatalities) and not counted(later.fatalities)

def _denied_in_crowd(host: Event, later: Event) -> bool:
    """A crowd's event told as fact, then one deed in it denied ("the police said they did not use live fire"
    after the riot): the denial tells more of the crowd's event, not a denied event of its own."""
    return later.status == "denied" and host.status in REPORTED_STATUSES and _crowd(host) and _crowd(later)


def _host_told_again(host: Event, later: Event, joined: Event) -> Event:
    """``joined`` (``host`` completed by ``later``, told after it) with the crowd's status kept (`_crowd_status`),
    a riot's own target kept (`_riot_target`) and the attack's day and toll when a claim was dated by its statement
    (`_claim_dated`)."""
    return _claim_dated(host, later, _riot_target(host, later, _crowd_status(host, later, joined)))


def _riot_target(host: Event, later: Event, joined: Event) -> Event:
    """``joined`` with the riot's own actor2 when ``later`` tells the force used to disperse its crowd ("قوات مكافحة
    الشغب أطلقت الغاز المسيل للدموع لتفريق المحتجين" after "أضرم محتجون النار في مقر حزب"): the force that broke
    it up is no target of the riot."""
    if host.sub_event_type != "Violent demonstration" or later.sub_event_type != "Protest with intervention" \
            or joined.sub_event_type != "Violent demonstration" or joined.actor2 is host.actor2:
        return joined
    return _told_as(joined, host, "actor2")


def _crowd_status(host: Event, later: Event, joined: Event) -> Event:
    """``joined`` with the host's status when ``later`` denies one deed in the host crowd's event
    (`_denied_in_crowd`): the crowd's event stands."""
    return _replaced(joined, status=host.status) if _denied_in_crowd(host, later) else joined


# the (host, later) sub-event types `_foiled_then_fought`, `_taken_before_killed`, `_found_after` and
# `_killed_before_found` hold for
_FOUND_OR_TAKEN = frozenset({("Disrupted weapons use", "Armed clash"), ("Attack", "Attack")}
                            | {("Attack", t) for t in _TAKING} | {(t, "Attack") for t in _TAKING})


def retells(later: Event, host: Event, near: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a later sentence tells ``host`` again in other words, as a second event of another type: "A
    19-year-old was shot dead" after the riot, "Fighting involving heavy weapons was reported in and around the
    town" after the clashes, "the body of one shepherd was found" after the abduction. The same day (a day just
    after for a body found), the same district (or none of its own), sides that are the host's, a kind one
    happening is told in; not when the later telling counts dead of its own (the host's none, or other
    figures: a booby trap that killed two during the battle is an incident of its own), nor within one sentence
    (its two events are told apart on purpose). ``separate`` events ("in another attack") never reach here."""
    if later.evidence.sentence == host.evidence.sentence \
            or not (_statuses_agree(host, later) or _denied_in_crowd(host, later)):
        return False
    if _killing_and_abduction(host, later):
        return False
    if (host.sub_event_type, later.sub_event_type) in _FOUND_OR_TAKEN:
        foiled = _foiled_then_fought(host, later)
        taken = _taken_before_killed(host, later) or foiled
        found = _found_after(host, later) or _killed_before_found(host, later) or taken
    else:  # (most pairs: none of the four tests below can hold, each asks for one of these pairs of types first)
        foiled = taken = found = False
    if not (found or _retold_kinds(host, later)
            or _denied_in_crowd(host, later) and host.sub_event_type == later.sub_event_type):
        return False  # (the force on a crowd told, then denied by the force: "did not use live ammunition")
    if not found and not _dates_overlap(host.date, later.date) and not _dated_by_statement(host, later):
        return False  # (a claim dated by its statement is the attack told as fact a day or so before)
    if counted(later.fatalities) and not (counted(host.fatalities) and host.fatalities.best == later.fatalities.best) \
            and not (_crowd(host) or _crowd(later) or foiled):
        return False  # a crowd's dead are those of the force used on it
    if counted(later.injured) and not counted(later.fatalities) and counted(host.fatalities) \
            and not counted(host.injured) and not (_crowd(host) or _crowd(later)):
        # the host told with its dead only, the later telling with wounded only ("استشهاد مقاتلين اثنين" in the
        # clash, then "انفجرت عبوة ناسفة على عجلة ... ما أدى إلى إصابة أربعة"): other victims, another incident
        return False
    if _opens_on_place(later) and not (host.location and later.location and later.location.admin2
                                       and host.location.admin2 == later.location.admin2):
        return False  # "وفي محافظة السليمانية، ...", "In Kirkuk, ...": a round-up's next item
    if not (found or _crowd(host) or _crowd(later)) and _placed_itself(later) \
            and not host.status == later.status == "denied":  # a denial's quote names the place again
        return False  # "A roadside bomb struck an army patrol in Tarmiyah": a report of its own
    return (_event_places_agree(host, later, near) or _filed_in(host, later)) \
        and (taken or _retold_sides(host, later))


def _toll_then_deed(host: Event, later: Event) -> bool:
    """Whether ``later``, told in the very next sentence, is the deed behind the bare toll ``host`` told first
    ("أفاد مصدر بمقتل تسعة من عناصر داعش جنوبي كركوك" then "وقال المصدر إن طيران التحالف قصف مواقع ... ما أسفر
    عن مقتل تسعة من عناصر التنظيم"): the toll first told with no doer in its text (or only its source before the
    toll word, when the deed names another doer), the same dead (two or more) of
    the same side, the same status. The deed's type and doer win."""
    told_by = host.evidence.actor1
    if told_by is not None and not (host.evidence.trigger is not None and told_by.end <= host.evidence.trigger.start
                                    and later.actor1 is not None and host.actor1 is not None
                                    and later.actor1.id != host.actor1.id):
        return False  # (a doer named before the toll word may be only its source, "أفاد مصدر أمني بمقتل": then the
        # deed told next names another doer)
    return host.actor2 is not None and later.actor2 is not None \
        and host.actor2.id == later.actor2.id and _same_dead_next(host, later)


def _tolls_retold(host: Event, later: Event) -> bool:
    """Whether ``later``, told in the very next sentence, tells ``host`` again (a quote of the official after the
    report: "قتل أكثر من 33 مسلحا وأصيب العشرات" then «... أسفر الانفجار عن مقتل أكثر من 33 مسلحا وإصابة عشرات
    آخرين»): the same dead (two or more) and the same wounded, both told, the same status, both violent. The first
    telling's fields win. Not a round-up's next item opening on its own place."""
    return host.injured is not None and later.injured is not None and bool(host.injured.best) \
        and host.injured.best == later.injured.best and _same_dead_next(host, later)


def _same_dead_next(host: Event, later: Event) -> bool:
    """Whether ``later``, told in the sentence right after ``host``'s, both violent and of one status, tells the same
    dead (two or more), not as a round-up's next item opening on its own place."""
    return _violent(host) and _violent(later) and host.status == later.status \
        and host.fatalities is not None and later.fatalities is not None \
        and (host.fatalities.best or 0) >= 2 and host.fatalities.best == later.fatalities.best \
        and _right_after(host, later) and not _opens_on_place(later)


def _placed_itself(e: Event) -> bool:
    """Whether the event's place is told in its own sentence (not carried from the article or the dateline)."""
    span, sentence = e.evidence.location, e.evidence.sentence
    return span is not None and span.start != 0 and sentence.start <= span.start < sentence.end


# a sentence whose place comes within its first words opens on it
_OPENING_WORDS = 3


def _opens_on_place(e: Event) -> bool:
    """Whether the event's sentence opens on its place, as the items of a round-up do ("وفي قضاء رانية، ...",
    "SADR CITY: ...", "In Kirkuk, ..."), past the article's dateline."""
    if not _placed_itself(e):
        return False
    span, sentence = e.evidence.location, e.evidence.sentence
    return len(sentence.text[:span.start - sentence.start].split()) < _OPENING_WORDS


def _retold_lead(host: Event, later: Event) -> Event | None:
    """Whose type a retold event keeps: the crowd's (a riot whose protester was shot dead stays a riot; a clash
    told first, then the riot it was, becomes the riot); else the first telling that names an agent (the clash
    between two named forces, not "heavy weapons" told after it; the attack and not the counter-shelling told
    "in conjunction" with it); else the more specific (``None``)."""
    if _crowd(host) != _crowd(later) or _riot_gathering(host, later):
        return host if _crowd(host) else later  # (a riot's crowd told gathering is the riot's)
    if host.sub_event_type in _BOMBS and later.sub_event_type in _SHOOTING:
        # "فجر انتحاري نفسه عند بوابة مركز للشرطة" then "الحراس أطلقوا النار على السيارة ..., محملاً القاعدة
        # مسؤولية الهجوم": the shots at the bomber are how the bombing went, its type stays (its doer joins it)
        return host
    if host.actor1 is not None or _taken_before_killed(host, later):
        return host  # (the killing told first leads the taking told after it, how it began)
    return later if later.actor1 is not None else None


# words of one kind of happening: force used on people, and people taken ("داهمت ... واقتادت خمسة شبان")
_FORCE = {"Excessive force against protesters"}
_TAKEN = {"Arrests", "Abduction/forced disappearance"}


def _kin(a: Event, b: Event) -> bool:
    """Whether two events may be one told in two words: told in one sentence ("حاول متظاهرون اقتحام المبنى،
    فأطلقت القوات الرصاص الحي"), the same type, both violence (force on protesters included), or both the
    taking of people."""
    return a.evidence.sentence == b.evidence.sentence or a.event_type == b.event_type \
        or (_violent(a) or a.sub_event_type in _FORCE) and (_violent(b) or b.sub_event_type in _FORCE) \
        or {a.sub_event_type, b.sub_event_type} <= _TAKEN or _foiled_then_fought(a, b) or _foiled_then_fought(b, a)


def _crowd_lead(host: Event, mention: Event) -> Event | None:
    """The host whose type a definite mention keeps when the host is force used on a crowd or its riot and the
    mention is violence with no agent of its own ("أطلقت قوات مكافحة الشغب قنابل الغاز على المحتجين" then "إحدى
    القنابل اخترقت جمجمة شاب"): the bombs, shots and blasts told after are the crowd event's, as `_retold_lead` keeps
    a crowd's type for a retelling; so does a crowd's event told as fact whose mention denies one deed in it
    (`_denied_in_crowd`: "أضرم محتجون النار في مقر حزب" then "the government says it ordered no live fire"): the
    riot stands as told, no force used on a peaceful crowd; else ``None`` (the more specific type wins)."""
    if host.sub_event_type in _RETOLD_CROWD and mention.sub_event_type in _RETOLD_VIOLENCE and mention.actor1 is None:
        return host
    if host.sub_event_type == "Armed clash" and host.actor1 is not None and host.actor2 is not None \
            and mention.sub_event_type == "Suicide bomb" and mention.actor1 is None and not counted(mention.fatalities):
        # "ISIS launched a coordinated attack on Peshmerga positions" then "The attack ... involved armoured vehicles
        # and suicide bombers": the bombers were among the assault's fighters, told with no blast and no dead of
        # their own; the fight between the two named sides stays a clash
        return host
    if _denied_in_crowd(host, mention):
        return host
    return None


def _join(host: Event, joined: Event) -> Event:
    """``joined``, the host completed by a definite mention; a change of territory keeps its type, since the
    bombs and strikes told of it are incidents of the battle: "تحرير الفلوجة" stays a recapture when "the
    battles" sentence goes on about IEDs being cleared ("رفع العبوات الناسفة") or car bombs that failed."""
    # (so too a bomb set off by the state's experts, "تفجير مسيطر عليه ... مبيناً أن التفجير جرى بعد إخلاء المكان":
    # the blast told of it with no one hurt is that controlled detonation, not a bombing; only a bomb's blast is:
    # "the attack" told after rockets, one intercepted, is the rocket attack the defences met, of its own type)
    foiled = host.sub_event_type == "Disrupted weapons use" \
        and joined.sub_event_type == "Remote explosive/landmine/IED" \
        and not counted(joined.fatalities) and not counted(joined.injured)
    if not (host.sub_event_type in TERRITORY_TYPES or foiled) or joined.event_type == host.event_type:
        return joined
    return _replaced(joined, event_type=host.event_type, sub_event_type=host.sub_event_type)


def with_crowd_actor(event: Event, knowledge) -> Event:
    """ACLED's convention: a protest's actor is protesters; protesters who turn violent are rioters."""
    if event.event_type == "Protests" and event.status == "planned" and event.sub_event_type != "Peaceful protest" \
            and "protesters" in knowledge.actors:
        # "called for a rally on Friday to demand that the killers be brought to justice": a protest still to come
        # has met no force; the violence in its clause is what it is about, and whoever did that is no actor of it
        crowd1 = event.actor1 is not None and event.actor1.kind in CROWD_KINDS
        evidence = _replaced(event.evidence, fatalities=None,
                             actor1=event.evidence.actor1 if crowd1 else None)
        event = _replaced(event, sub_event_type="Peaceful protest", fatalities=None, evidence=evidence,
                          actor1=event.actor1 if crowd1 else knowledge.actors["protesters"].actor)
    event = _conventional_roles(event, knowledge, lone_first=False)
    crowd = {"Protests": "protesters", "Riots": "rioters"}.get(event.event_type)
    if crowd is None or crowd not in knowledge.actors:
        return event
    if event.actor1 is None or (event.actor1.kind in CROWD_KINDS and event.actor1.id != crowd):
        return _replaced(event, actor1=knowledge.actors[crowd].actor)
    if crowd == "protesters" and event.actor1.kind == "Rebel group":
        # "استذكر العشرات في وقفة احتجاجية ... ذكرى اجتياح القرى من قبل تنظيم داعش": an armed group named in what a
        # peaceful crowd recalls or denounces is no marcher; the crowd is
        evidence = _replaced(event.evidence, actor1=None)
        return _replaced(event, actor1=knowledge.actors[crowd].actor, evidence=evidence)
    return event


# the kinds of event that count no dead by ACLED's definition (none of the gold files' 23 has any; nor any of
# their agreements: a truce's toll, "ما أدى إلى مقتل أكثر من 60 شخصاً", is the fighting's it ends)
_DEADLESS = {"Non-violent transfer of territory", "Agreement"}


def deadless_tolls(events: list[Event]) -> list[Event]:
    """A non-violent transfer of territory counts no dead: a toll the merge gave it ("The handover followed heavy
    clashes ... At least five Peshmerga were killed") is the fighting's, so it goes to the article's one violent
    event of that day with no toll of its own; else it is dropped."""
    if not any(e.sub_event_type in _DEADLESS and counted(e.fatalities) for e in events):
        return events
    out = list(events)
    for i, e in enumerate(out):
        if e.sub_event_type not in _DEADLESS or not counted(e.fatalities):
            continue
        hosts = [j for j, x in enumerate(out) if _violent(x) and _dates_overlap(x.date, e.date)]
        if len(hosts) == 1 and not counted(out[hosts[0]].fatalities):
            out[hosts[0]] = _told_as(out[hosts[0]], e, "fatalities")
        out[i] = _replaced(e, fatalities=None, evidence=_replaced(e.evidence, fatalities=None))
    return out


# the fewest words a sentence needs to be an article's lead, not its dateline or byline ("شنكال – «إيزدينا»")
_LEAD_TOKENS = 6


def _lead(views):
    """The article's lead: its first sentence of `_LEAD_TOKENS` words or more (None if it has none)."""
    return next((v for v in views if len(v.toks) >= _LEAD_TOKENS), None)


def anniversary_day(events: list[Event], told: list[Event], views, published: date | None) -> list[Event]:
    """An Arabic article whose lead marks a counted anniversary ("الذكرى الثامنة", "الذكرى العاشرة") and tells no
    event of its own (``told``: the events before the merge) tells of the day's commemoration: an event a later
    sentence dates to that day (the toll of the massacre remembered, the missing still unfound, a veteran's memory
    of the battle, the mourning held near the blast site) is the history the day recalls, not news of it. An event
    of another day stands, and so does any event of a lead on a religious occasion ("ذكرى استشهاد الإمام"), which
    is no count of years: pilgrims are attacked on such days. (English wires' "marking the anniversary" opens
    reports of the day's attacks, which ACLED codes.)"""
    if published is None:
        return events
    today = published.isoformat()
    if not any(_occurred_on(e, today) for e in events):
        return events  # both passes below drop only events of the day: no sentence needs reading
    events = _recalled_at_anniversary(events, views, today)
    lead = _lead(views)
    if lead is None or not _counted_anniversary(lead) \
            or any(e.evidence.sentence == lead.memo.get("sentence_span") for e in told):
        return events
    return [e for e in events if not _occurred_on(e, today)]


def _occurred_on(e: Event, day: str) -> bool:
    """Whether the event is told as occurred on ``day`` (ISO), that day alone."""
    return e.status == "occurred" and e.date is not None and e.date.start == e.date.end == day


# an unsourced event told after the lead is history when dated this many days before publication ...
_HISTORY_AGE = 4
# ... and an event told before it is news this many days newer
_HISTORY_NEWER = 3


# a report verb this many tokens or fewer after a relative pronoun sources a description, not the deed
_RELATIVE_SOURCE_REACH = 4


def _sourced(view) -> bool:
    """Whether a sentence names the source of what it tells: a report verb (said, according to) that is
    not inside a relative clause describing the deed ("The February 2 strikes, which the government said killed
    16 people, remain the largest to date": the government sources the toll, not the telling; Arabic "... ما أثار
    غضب الحزب الذي اتهم الحكومة" likewise)."""
    if not view.has("report_verb"):
        return False
    rel = [m.start for m in view.kind("relative_pronoun")]
    # the Arabic relative pronouns (words.tsv `relative`; not its English "who was"), bare or after و
    rel += [m.start for m in view.kind("relative") if m.clitic in ("", "و") and not view.toks[m.start].isascii()]
    return any(not any(r.start - _RELATIVE_SOURCE_REACH <= j < r.start for j in rel) and not _own_statement(view, r.start)
               for r in view.kind("report_verb"))


# how many words an English report verb may stand after ", and" that opens a statement of its own
_OWN_STATEMENT_REACH = 4


def _own_statement(view, i: int) -> bool:
    """Whether the English report verb at token ``i`` opens a statement of its own, joined by ", and" ("entered
    central Fallujah last week after a month-long offensive, and aid agencies say tens of thousands have fled"): it
    sources what it says, not the deed told before the comma."""
    toks = view.toks
    return toks[i].isascii() and any(toks[j] == "and" and toks[j - 1] == ","
                                      for j in range(max(1, i - _OWN_STATEMENT_REACH), i))


# how many words before a report verb the day opening its sentence may end ("وفي الثامن من يوليو، أعلنت الوزارة"),
# and how far into the sentence that day may start (past و/في)
_OLD_REPORT_REACH = 2
_OLD_REPORT_OPENING = 2


def _old_report(view, published: date) -> bool:
    """Whether the sentence opens on a day `_HISTORY_AGE` days or more before publication that dates every report verb
    of it, right after that day ("وفي الثامن من يوليو، أعلنت وزارة الدفاع أن غارة ... أدت إلى مقتل ..." in a story
    of the 25th): the source spoke long ago and makes the deed no news of the day. (A day told after the deed,
    "بدأت القصف يوم الجمعة الماضي فيما قال مسؤولون", dates the deed, not the report.)"""
    reports = view.kind("report_verb")
    days = [d for d in view.dates() if d.start <= _OLD_REPORT_OPENING and d.range.precision == "day"
            and (published - date.fromisoformat(d.range.end)).days >= _HISTORY_AGE] if reports else []
    return bool(days) and all(any(0 <= r.start - d.end <= _OLD_REPORT_REACH for d in days) for r in reports)


def unsourced_history(events: list[Event], views, folded, published: date | None) -> list[Event]:
    """An event (English or Arabic) told as occurred after the lead paragraph, dated `_HISTORY_AGE` days or more
    before publication, in a sentence that names no source (no `report_verb`: said, told, according to ...), while an event
    told before it is `_HISTORY_NEWER` days newer, is background the writer recalls as known fact ("Soleimani was
    killed last Friday in a U.S. drone strike", "The militants seized Mosul last week" under a story of the day's
    strikes): news of a past deed names its source or is the story itself. A deed of last week that opens the
    story or is the only one it tells (a feature's "Last Sunday, a Turkish drone struck a pickup truck") stands.
    Arabic alike: "وكان من المقرر تنظيم المسيرة بعد أن قتل انتحاري 32 شخصا الأسبوع الماضي" under the day's strikes."""
    if published is None or len(events) < 2:
        return events
    # (events' offsets are the original text's: a zero-width mark or byte-order mark that folding deleted must not
    # shift the lead's end or the sentences' starts)
    text = folded.original
    lead_end = text.find("\n", len(text) - len(text.lstrip()))
    if lead_end < 0:
        return events
    by_start = {folded.to_original(v.sentence.start): v for v in views}
    out: list[Event] = []
    for i, e in enumerate(events):
        start = e.evidence.sentence.start
        view = by_start.get(start)
        if e.status == "occurred" and e.date is not None and start > lead_end and _told(e) and view is not None \
                and view.toks:
            first, last = date.fromisoformat(e.date.start), date.fromisoformat(e.date.end)
            told = first + (last - first) / 2  # "last week": its middle
            if (published - told).days >= _HISTORY_AGE and (not _sourced(view) or _old_report(view, published)) \
                    and not _opens_on_its_day(view, e) and any(
                    o.evidence.sentence.start < start and o.date is not None and o.evidence.date is not None
                    and o.status in REPORTED_STATUSES
                    and (date.fromisoformat(o.date.start) - told).days >= _HISTORY_NEWER for o in events[:i]):
                continue
        out.append(e)
    return out


# an Arabic attack noun told after one of these words (folded) is the cause of the news, not the news itself:
# "بعد هجوم", "إثر التفجير", "في أعقاب الاعتداء", "منذ الهجوم", "على خلفية التفجير"
_AR_CAUSE_WORDS = frozenset({"بعد", "اثر", "عقب", "اعقاب", "منذ", "خلفيه"})
# "بعد أربعة أيام على تفجير ...": the word "after" at most this many tokens before the "على" right before the noun
_AR_AFTER_DAYS_REACH = 4
# deed nouns (folded) that name a known attack by the town's name right after them: "هجوم سروج", "مجزرة سبايكر"
_AR_NAMED_DEEDS = frozenset({"هجوم", "هجمات", "اعتداء", "تفجير", "تفجيرات", "انفجار", "مجزره", "مذبحه", "حادث",
                             "حادثه", "كارثه"})
# an attack so told is recalled, not news, when its own sentence dates it this many days or more before publication
_RECALLED_AGE = 3


# a relative clause "that took place" (folded) after a definite attack noun describes a deed the reader knows
_AR_TOOK_PLACE = frozenset({"وقع", "وقعت", "تم", "جري", "حصل", "حدث"})
# ... and for a protest, "that broke out / set off" (folded): "التظاهرات التي انطلقت في البصرة" recalls known protests
_AR_BROKE_OUT = frozenset({"انطلق", "انطلقت", "اندلع", "اندلعت"})
# the peaceful kinds of event a relative clause may so recall, besides the violent ones
_RECALLED_PEACEFUL = frozenset({"Protests"})
# ... and an attack so recalled is history when the article tells news this many days newer
_RECALLED_NEWER = 3
# ... or, told as the cause of later news (after بعد, إثر, ردا على), when its day is this many days or more old
_RECALLED_LONG_AGO = 7


def recalled_attack(events: list[Event], views, folded, published: date | None) -> list[Event]:
    """An Arabic attack told after the lead by a noun as a known deed of the past, not as the news. Told with its
    own day `_RECALLED_AGE` days or more before publication, under news `_RECALLED_NEWER` days newer, as the cause
    of that news (after بعد, إثر, في أعقاب, منذ, ردا على: "ردا على هجوم انتحاري وقع الاثنين"), named by its place
    ("هجوم البلدة"), or definite with a relative clause describing it ("التفجير الذي استهدف السوق في 3 أيار"); or
    told with no day at all in its sentence and named by its place as an event the reader knows ("هجوم سروج",
    "سقوط الموصل") or as "the attack that took place in" the town ("الاعتداء الذي تم في البلدة"): the
    background a later article recalls, even inside a quote or a sourced sentence. A noun after "after" with a
    fresh day stands ("قتل جنديان إثر تفجير سيارة مفخخة أمس"), and so does the lead's own attack. An old day
    told of an attack "that took place" (هجوم وقع في 20 تموز) is recalled alike. Protests are recalled only by such a
    relative clause, "that took place" or "that broke out", in a sentence telling no day ("الآثار الناجمة عن
    التظاهرات التي انطلقت في البصرة"); any deed naming the day of another thing ("في نفس اليوم الذي وقع فيه
    تفجير المسجد") is recalled too."""
    if published is None or not any(_recallable(e) for e in events):
        return events  # (no sentence needs reading)
    at = {folded.to_original(v.sentence.start): v for v in views}
    lead = _lead(views)
    # (a deed whose day the lead tells is the story, whatever later sentences call it: "وأوضح أن هجوم البلدة ...";
    # so is one named by a town the lead tells of on that day: "الهجوم على نقطة في البلدة الخميس" then "هجوم البلدة")
    lead_start, lead_days, lead_towns = -1, set(), set()
    if lead is not None:
        lead_start = folded.to_original(lead.sentence.start)
        lead_days = {(d.range.start, d.range.end) for d in lead.dates()}
        lead_towns = {lead.toks[m.start] for m in lead.kind("place")}
    # the newest day the article reports a deed begun on (an attack told with its day is recalled under news newer
    # than it; found once, not per event and word)
    newest = max((date.fromisoformat(o.date.start) for o in events
                  if o.date is not None and o.status in REPORTED_STATUSES), default=None)
    out: list[Event] = []
    for e in events:
        view = at.get(e.evidence.sentence.start)
        if _recallable(e) and e.evidence.sentence.start > lead_start and view is not None and view.toks \
                and not _told_elsewhere(e) and not view.toks[0].isascii() \
                and _recalled(e, view, folded, published, newest, (lead_days, lead_towns)):
            continue
        out.append(e)
    return out


def _recallable(e: Event) -> bool:
    """Whether the event is of the kind `recalled_attack` may find recalled: occurred, violent or a protest, told by
    an event word, dated."""
    return e.status == "occurred" and (e.event_type in VIOLENT_TYPES or e.event_type in _RECALLED_PEACEFUL) \
        and e.evidence.trigger is not None and e.date is not None


def _told_elsewhere(e: Event) -> bool:
    """Whether the event's toll was told outside its evidence sentence: the merge joined a telling of the deed from
    another sentence ("انفجرت سيارة ملغومة ... ما تسبب في مقتل 16 شخصا" before "والى جانب التفجير الذي وقع في
    الحي"), so the article tells the deed as its own news. (Sides carried from the text around tell nothing so.)"""
    ev, s = e.evidence, e.evidence.sentence
    return any(f is not None and not s.start <= f.start < s.end for f in (ev.fatalities, ev.injured))


def _recalled(e: Event, view, folded, published: date, newest: date | None, lead: tuple[set, set]) -> bool:
    """Whether the event's noun is told as a known deed of the past (`recalled_attack`); ``newest``: the newest day
    a reported deed of the article begins on; ``lead``: the days and the town words the lead tells."""
    lead_days, lead_towns = lead
    end_day = date.fromisoformat(e.date.end)
    told = _told(e)
    # (told as the cause of what followed, "بدأت الغارات الأسبوع الماضي بعد تفجير انتحاري استهدف المدينة في 20
    # يوليو", with a day a week or more old: recalled even when the article tells no newer deed of its own)
    long_ago = told and (published - end_day).days >= _RECALLED_LONG_AGO
    # ("في نفس اليوم الذي وقع فيه تفجير المسجد": the deed is the time of another thing, known to the reader, whatever
    # day its sentence seems to tell: "اليوم" there is no "today")
    relatives = {m.start for m in view.kind("relative")}
    words = _event_words(view, e, folded)
    if any(_day_of(view.toks, w.start, relatives) for w in words):
        return True
    # (a protest is recalled only by a relative clause in a sentence telling no day, whatever day a later sentence
    # joined to it tells)
    peaceful = e.event_type not in VIOLENT_TYPES
    if peaceful:
        if any(d.range.precision == "day" for d in view.dates()):
            return False
    elif told:
        # (told with its day: recalled only when that day is old, not the lead's, under newer news, whatever word)
        newer = newest is not None and (newest - end_day).days >= _RECALLED_NEWER
        if not ((published - end_day).days >= _RECALLED_AGE and (e.date.start, e.date.end) not in lead_days
                and (long_ago or newer)):
            return False
    elif any(d.range.precision == "day" for d in view.dates()):
        return False  # (told with no day of its own: recalled only in a sentence that tells none)
    nouns = [w for w in words if w.payload.voice == "noun"]
    if not nouns:
        return False
    toks = view.toks
    places = {m.start for m in view.kind("place")}
    responses = {m.end for m in view.kind("reference") if m.payload.value == "response"}
    # (a country's adjective or a district word is no town's name: "تركية", "قضاء", "ناحية")
    plain = {m.start for k in ("nationality", "admin_word") for m in view.kind(k)}
    # (a past day the lead tells, carried to the event: with the lead's town, the deed is the lead's own)
    told_day = (e.date.start, e.date.end) in lead_days and end_day < published
    for w in nouns:
        t, end = w.start, w.end
        word = toks[t]
        definite = is_definite(word)
        # a definite adjective may stand between the noun and its relative clause ("التفجير الانتحاري الذي")
        after = end + 1 if end < len(toks) and toks[end].startswith("ال") and end not in places else end
        # (a place inside the event words names the deed only for a town's fall: "سقوط الموصل", not "الرصاص الحي";
        # a deed noun names one only right before the town's own name: not "غارة جوية تركية", "لمهاجمة قضاء حديثة")
        core = word[1:] if word[:1] in "وفبلك" and (word[1:] in _AR_NAMED_DEEDS or word[1:] == "سقوط") else word
        named = core in _AR_NAMED_DEEDS and end in places and end not in plain \
            or core == "سقوط" and e.sub_event_type in TERRITORY_TYPES and any(t < p < end for p in places)
        rel = after if after in relatives else end if end in relatives else None
        described = definite and rel is not None
        prev = toks[t - 1] if t > 0 else ""
        framed = prev in _AR_CAUSE_WORDS or prev[:1] in "وف" and prev[1:] in _AR_CAUSE_WORDS or t in responses \
            or prev == "علي" and "بعد" in toks[max(0, t - 1 - _AR_AFTER_DAYS_REACH):t - 1]
        # ("هجوم وقع في 20 تموز": an indefinite attack with "that took place" and its old day is recalled alike)
        took_place = after < len(toks) and toks[after] in _AR_TOOK_PLACE
        if peaceful:
            if described and rel + 1 < len(toks) and toks[rel + 1] in _AR_TOOK_PLACE | _AR_BROKE_OUT:
                return True
        elif told:
            if newer and (named or described or framed or took_place or _pluperfect_subject(toks, t, end)) \
                    or framed:
                return True
        elif named and not (told_day and any(toks[p] in lead_towns for p in places if t < p <= end)) \
                or described and rel + 1 < len(toks) and toks[rel + 1] in _AR_TOOK_PLACE:
            return True
    return False


def _day_of(toks, t: int, relatives: set[int]) -> bool:
    """Whether the Arabic event noun at ``t`` ends a relative clause naming a time by a deed, "the day on which
    it took place" (الذي وقع فيه, التي وقعت فيها: "في ذات اليوم الذي وقعت فيه تفجيرات الكويت"): a known deed
    recalled to date another, not news."""
    return t >= 3 and toks[t - 1] in ("فيه", "فيها") and toks[t - 2] in _AR_TOOK_PLACE and t - 3 in relatives


def _pluperfect_subject(toks, t: int, end: int) -> bool:
    """Whether the Arabic event noun at ``t``..``end`` is the subject of a pluperfect, كان right before it (or
    before "آخر", the latest) and قد within a few words after it ("وكان آخر هجوم للجماعة قد وقع في الأول من
    الشهر", "وكان الهجوم قد استهدف"): a deed the article recalls, not its news."""
    start = t - 1 if t > 0 and toks[t - 1] in ("آخر", "اخر") else t
    aux = toks[start - 1] if start > 0 else ""
    if aux[:1] in "وف" and aux[1:] in _AR_PAST_AUX:
        aux = aux[1:]
    return aux in _AR_PAST_AUX and "قد" in toks[end:end + _AR_PLUPERFECT_SUBJECT]


# the past auxiliary of the Arabic pluperfect, and how many words after its subject noun قد may stand
_AR_PAST_AUX = frozenset({"كان", "كانت"})
_AR_PLUPERFECT_SUBJECT = 4


# an event told over more days than this is a count over a season or a war, not one deed
_DRAWN_OUT = 62


def drawn_out(events: list[Event]) -> list[Event]:
    """Occurred or claimed events with dead, dated over more than `_DRAWN_OUT` days ("since 23 September 2014 until
    this morning", "during ten months"): a monitor's running toll or a war's history, not one deed of the news (the
    gold files date no occurred event over more than two months; only a hypothetical threat runs so long). A deed
    with no dead told over months stays: the seed article's "the coalition left five bases since October"."""
    if not any(e.date is not None and e.date.start != e.date.end for e in events):
        return events
    return [e for e in events if e.status not in REPORTED_STATUSES or e.date is None or e.date.start == e.date.end
            or not counted(e.fatalities)
            or (date.fromisoformat(e.date.end) - date.fromisoformat(e.date.start)).days <= _DRAWN_OUT]


def _opens_on_its_day(view, e: Event) -> bool:
    """Whether an English sentence opens on the event's own day, set off by a comma ("Last Thursday, gunmen in two
    cars stopped a taxi driver ..."): a feature narrating an incident of its own, not a fact recalled in passing (a
    recalled one tells its day after the deed: "Soleimani was killed last Friday")."""
    if e.date is None or e.date.precision != "day":
        return False
    # (the day may follow one word: "Last Thursday", "On Monday")
    return any(d.start <= 1 and d.range == e.date and view.toks[d.end:d.end + 1] == (",",) for d in view.dates())


def _counted_anniversary(view) -> bool:
    """Whether an Arabic sentence marks a counted anniversary ("الذكرى الأولى", "الذكرى العاشرة")."""
    if not view.has("commemoration") or view.toks[0].isascii():
        return False
    counts = {m.start for k in ("ordinal", "series_ordinal") for m in view.kind(k)}
    return any(c.payload.value == "anniversary" and c.end in counts or c.payload.value == "first"
               for c in view.kind("commemoration"))


def _recalled_at_anniversary(events: list[Event], views, today: str) -> list[Event]:
    """An event told with no day of its own in a sentence that marks a counted anniversary is the history the
    day recalls ("قال في كلمة خلال الاحتفال بالذكرى الأولى لإعلان النصر إن القوات حرّروا الموصل"), whatever the
    lead tells: dated by publication only for want of a day, it is no news of the day."""
    # (an event's evidence holds its sentence's original-text span, which the view keeps once made)
    marked = {v.memo.get("sentence_span") for v in views if _counted_anniversary(v)}
    if not marked:
        return events
    return [e for e in events if not (e.evidence.sentence in marked and not _told(e) and _occurred_on(e, today))]


def feud_arrests(events: list[Event]) -> list[Event]:
    """Arrests told after a clan feud with no one named as held ("اعتقال خمسة من المتورطين") hold the feud's
    fighters: actor2 is the clan militia that fought it (ACLED codes the arrests that end a clan clash so)."""
    feud = next((i for i, e in enumerate(events) if e.event_type == "Battles" and e.actor1 is not None
                 and e.actor1.id == "clan-militia"), None)
    if feud is None:
        return events
    fighters, where = events[feud].actor1, events[feud].location
    out = [_replaced(e, actor2=fighters) if i > feud and e.sub_event_type == "Arrests"
           and e.actor2 is None and e.status == "occurred" else e for i, e in enumerate(events)]
    if where is None or not where.admin2:
        return out
    # ("Police later arrested six men from both clans" after a feud in Al-Qurna, in a story datelined BASRA: an
    # arrest that names no place of its own was made where the feud was, not where the report was filed)
    return [_replaced(e, location=where) if i > feud and e.sub_event_type == "Arrests"
            and e.status == "occurred" and e.actor2 is not None and e.actor2.id == fighters.id
            and not _placed_itself(e) and e.location is not None and e.location.admin1_code == where.admin1_code
            and e.location.admin2 != where.admin2 else e for i, e in enumerate(out)]


# words that tell an arrest made apart from the protest told before it, later or elsewhere (sought in the folded
# text: no marks, "ا" for every alef)
_ARRESTED_APART = ("later", "afterwards", "subsequently", "next day", "following day", "on their way", "after the",
                   "raided", "لاحقا", "في وقت لاحق", "بعد انتهاء", "بعد ساعات", "اليوم التالي", "دهم", "داهمت")


# words that tell the held were let go: what follows them ("released later that day") dates the release, not the arrest
_RELEASE_WORDS = ("released", "freed", "set free", "let go", "افرج", "اطلق سراح")


def _before_release(arrest: Event, text: str) -> str:
    """The arrest's sentence, lowered, up to a release word told after its event word ("were briefly detained and
    released later that day": "later" tells when they were let go, not an arrest made apart from the protest)."""
    sentence = arrest.evidence.sentence
    said = text[sentence.start:sentence.end].lower()
    trigger = arrest.evidence.trigger
    after = trigger.end - sentence.start if trigger is not None else 0
    cut = min((at for w in _RELEASE_WORDS if (at := said.find(w, max(after, 0))) >= 0), default=len(said))
    return said[:cut]


# an English crowd told by the noun a protest participle follows ("teachers protesting", "students demonstrating")
_CROWD_PARTICIPLE = re.compile(r"\b([a-z]{4,}) (?:protesting|demonstrating|rallying|marching)\b")


def _crowd_word_held(arrest: Event, protest: Event, text: str) -> bool:
    """Whether an English arrest told in the sentence right after the protest's holds people named by the noun the
    protest's participle follows ("disperse students protesting in Kut" then "Twelve students were briefly
    detained"): the protesters, though the word alone reads as civilians."""
    told, said = protest.evidence.sentence, arrest.evidence.sentence
    if told.start >= said.start or any(c in text[told.end:said.start] for c in ".!?؟"):
        return False  # (the very next sentence only)
    crowd = _CROWD_PARTICIPLE.search(text[told.start:told.end].lower())
    return crowd is not None and re.search(r"\b" + crowd.group(1) + r"\b", text[said.start:said.end].lower()) is not None


def protest_arrests(events: list[Event], text: str) -> list[Event]:
    """A state force's arrest of protesters told in the sentence of a protest of the same day and place, or after it
    ("police arrested 14 of them", "security forces detained ten protesters during the demonstration"), is that
    protest's intervention, no arrest of its own (one naming no one held, only in the protest's sentence): a peaceful protest becomes a protest with intervention, the force
    its actor2 (an arrest told as made later or in a raid stays apart). ``text`` is the article's folded text."""
    if not any(e.sub_event_type == "Arrests" for e in events):
        return events
    out = list(events)
    dropped = set()
    # (the events latest told first: sorted once, a protest given its intervention keeps its sentence)
    latest = sorted(range(len(out)), key=lambda j: -out[j].evidence.sentence.start)
    for i, arrest in enumerate(events):
        if arrest.sub_event_type != "Arrests" or arrest.status != "occurred" or arrest.actor1 is None \
                or arrest.actor1.kind != "State forces" or arrest.date is None:
            continue
        crowd_held = arrest.actor2 is None or arrest.actor2.kind in CROWD_KINDS
        said = _before_release(arrest, text)
        if any(w in said for w in _ARRESTED_APART):
            continue
        # (the latest protest told before it or in its sentence)
        host = next((j for j in latest if j not in dropped
                     and out[j].event_type in ("Protests", "Riots") and out[j].status == "occurred"
                     and out[j].date is not None and out[j].date.start == arrest.date.start
                     and out[j].evidence.sentence.start <= arrest.evidence.sentence.start
                     # (no one named as held: only in the protest's own sentence, "police arrested nine of them")
                     and (arrest.actor2 is not None and crowd_held
                          or arrest.actor2 is None and out[j].evidence.sentence == arrest.evidence.sentence
                          or _crowd_word_held(arrest, out[j], text))
                     and _places_agree(out[j].location, arrest.location)), None)
        if host is None:
            continue
        protest = out[host]
        if protest.sub_event_type == "Peaceful protest":
            protest = _replaced(protest, sub_event_type="Protest with intervention",
                                actor2=protest.actor2 or arrest.actor1)
        elif protest.sub_event_type == "Protest with intervention" and protest.actor2 is None:
            protest = _replaced(protest, actor2=arrest.actor1)
        out[host] = protest
        dropped.add(i)
    return [e for i, e in enumerate(out) if i not in dropped]


def _ranked_dead(event: Event, knowledge) -> bool:
    """Whether the event's dead is the serviceman named with his rank who opens its sentence ("Sgt. Jane Roe, 24,
    ... died ... when a roadside bomb detonated"): a soldier, no civilian."""
    toll = event.evidence.fatalities
    if toll is None or toll.start != event.evidence.sentence.start:
        return False
    # (the toll opens the sentence: its first token is the sentence's, read as `roles` reads it)
    return opens_on_rank(tokens(fold_word(toll.text)), knowledge.index.words)


# the kinds of event only an armed group's men do: told with no agent in an article that names one rebel group,
# they are that group's (roadside bombs are left out: the gold files leave most unclaimed ones unattributed even
# where ISIS is named)
_BOMBER_TYPES = ("Suicide bomb",)


def one_rebel_group(views, knowledge):
    """The one rebel group (or the group of the one brigade) the article's sentences (``views``) name, as an actor;
    ``None`` when they name two or none."""
    named = {m.payload for view in views for m in view.kind("actor")}
    groups = {knowledge.actors[a].parent or a for a in named
              if a in knowledge.actors and knowledge.actors[a].actor.kind == "Rebel group"}
    if len(groups) != 1:
        return None
    (group,) = groups
    return knowledge.actors[group].actor if group in knowledge.actors else None


def regained_from(events: list[Event], group) -> list[Event]:
    """Ground retaken by the state's side with no side named as losing it ("استعادت قطعات الجيش السيطرة على ناحية
    القيارة") in an article that names one rebel group (``group``, a call of `one_rebel_group`) was retaken from that group,
    as `named_bomber` fills a bomber. Two groups named, or none (``None``), fill nothing. ``group`` is called only
    when some event could take it."""
    unowned = [e.sub_event_type == "Government regains territory" and e.actor2 is None and e.actor1 is not None
               for e in events]
    group = group() if any(unowned) else None
    if group is None:
        return events
    return [_replaced(e, actor2=group) if u and e.actor1.id != group.id else e
            for e, u in zip(events, unowned)]


def named_bomber(events: list[Event], bomber) -> list[Event]:
    """A suicide bombing told with no agent ("فجر انتحاري يرتدي حزاما ناسفا نفسه") in an article that names one
    rebel group (``bomber``, a call of `one_rebel_group`) is that group's: only armed groups send suicide bombers, and the
    gold files code 26 of 28 such bombings in Iraq as ISIS's. Two groups named, or none (``None``), fill nothing;
    nor does the group a bombing hit (its actor2). ``bomber`` is called only when some bombing has no agent."""
    agentless = [e.sub_event_type in _BOMBER_TYPES and e.actor1 is None and e.status in REPORTED_STATUSES
                 for e in events]
    bomber = bomber() if any(agentless) else None
    if bomber is None:
        return events
    # (not a bombing that hit the group's own men: "مقتل 20 من عناصر داعش بتفجير انتحاري استهدف مقرهم" was no
    # bombing of theirs)
    return [_replaced(e, actor1=bomber) if a and (e.actor2 is None or e.actor2.id != bomber.id) else e
            for e, a in zip(events, agentless)]


# how far before a bare claim word its claimant may be named ("the Islamic State of Iraq, an umbrella group led
# by al-Qaeda in Iraq, claimed responsibility")
BARE_CLAIM_REACH = 12
# who claims a deed: armed groups, and foreign forces that claim their strikes ("Iran's Revolutionary Guard Corps
# has claimed responsibility for this violation of Iraq's sovereignty" after a missile attack on Erbil)
_CLAIMANTS = (*NON_STATE_ARMED, "External/Other forces")
# what is claimed: the political-violence types (`VIOLENT_TYPES`), and a group's burning of crops or homes, claimed as
# its attacks are ("ISIS claimed that its members had set the fields alight" after the fires told as fact)
_CLAIMABLE_SUB = ("Looting/property destruction",)


def bare_claim(events: list[Event], views, knowledge, folded) -> list[Event]:
    """A sentence that tells an armed group's claim (a `claim` verb, "claimed responsibility", with the group named
    before it) but no event word of its own (one past a comma after the claim tells what the statement said), nor
    any negation, claims the event told last before it: "On Thursday,
    the Islamic State of Iraq claimed responsibility in a statement." after the bombing's sentence. That event, told
    as occurred with no agent or the same one, becomes the group's claim."""
    if not any(_claimable(e) for e in events):
        return events  # no sentence can claim anything
    for view in views:
        if not view.has("claim") or view.has("denial") or not view.has("actor"):
            continue
        word = next((c for c in view.kind("claim") if c.payload.value == ""), None)
        # (a negation after the claim word is another clause's: "...; partners could not verify the claim")
        if word is None or any(n.start < word.start for n in view.kind("negation")):
            continue
        # (an event word past a comma after the claim tells what the statement said of the deed: "claimed
        # responsibility in an online statement, saying one of its fighters had targeted a gathering")
        if any(t.start < word.end or "," not in view.toks[word.end:t.start] for t in view.kind("trigger")):
            continue
        armed = [m for m in view.longest("actor") if m.end <= word.start and word.start - m.end <= BARE_CLAIM_REACH
                 and m.payload in knowledge.actors and knowledge.actors[m.payload].actor.kind in _CLAIMANTS]
        if not armed:
            continue
        group = knowledge.actors[armed[-1].payload].actor
        at = folded.to_original(view.sentence.start)
        i = max((j for j, e in enumerate(events) if e.evidence.sentence.start < at),
                key=lambda j: events[j].evidence.sentence.start, default=None)
        if i is None:
            continue
        e = events[i]
        if not _claimable(e) or e.actor1 is not None and e.actor1.id != group.id:
            continue
        events = [*events[:i], _replaced(e, status="claimed", actor1=group), *events[i + 1:]]
    return events


def _claimable(e: Event) -> bool:
    """Whether an event told as occurred is of a kind a group claims (`bare_claim`)."""
    return e.status == "occurred" and (e.event_type in VIOLENT_TYPES or e.sub_event_type in _CLAIMABLE_SUB)


# strikes from afar (`TWO_WEAPONS`) have their striker presumed from the side struck (presumed_targets.tsv read
# backwards)

# the bombings whose unnamed dead or wounded are civilians (`_conventional_roles`)
_BLAST_ON_PEOPLE = ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb")
# whom ACLED's definitions of a sub-event type name as its target when the text names no one
_DEFAULT_TARGET = {
    "Violence against civilians": "civilians",  # violence against civilians targets civilians by definition
    "Mob violence": "civilians",  # a mob beats a man it accuses, not an armed party
    # homes, shops and crops burned, demolished or looted are civilians' (gold: 20 of 24 such events)
    "Looting/property destruction": "civilians",
}


def _conventional_roles(event: Event, knowledge, lone_first: bool = True) -> Event:
    """ACLED's conventions on who stands in an event's actor slots, after merging:
    a battle's one named side is actor1 ("clash with a drug gang" names only the police); violence
    against civilians has civilians as actor2; a peaceful protest has no actor2 (the government it
    petitions, the activists whose pictures it carries are no party). Evidence spans move with their
    actors; an actor filled by definition has none. No perpetrator is filled in here (see `named_bomber`). With
    ``lone_first`` false a battle's one side stays where the sentence put it (`lone_battle_side` moves it once the
    article-wide passes had their turn)."""
    actor1, actor2 = event.actor1, event.actor2
    span1, span2 = event.evidence.actor1, event.evidence.actor2
    if lone_first and event.event_type == "Battles" and actor1 is None and actor2 is not None:
        actor1, actor2, span1, span2 = actor2, None, span2, None
    if actor1 is None and actor2 is not None and event.sub_event_type in TWO_WEAPONS \
            and event.status == "occurred" and knowledge.presumed_targets:
        # "a drone struck a vehicle near Sinjar, killing two YBS fighters": the one force presumed to strike that side
        # from the air or by artillery (presumed_targets.tsv read backwards) struck it
        strikers = {a1 for (a1, kind, _), a2 in knowledge.presumed_targets.items()
                    if a2 == actor2.id and kind in (event.event_type, event.sub_event_type) and a1 in knowledge.actors}
        if len(strikers) == 1:
            actor1, span1 = knowledge.actors[strikers.pop()].actor, None
        elif not strikers and (striker := knowledge.presumed_strikers.get((actor2.id, event.event_type))):
            # "a drone struck a KDPI headquarters near Koya": the one state that strikes that side from afar
            # (presumed_strikers.tsv, whose loader checked its actor ids: only from the side struck, an Iranian
            # strike is not presumed to hit it)
            actor1, span1 = knowledge.actors[striker].actor, None
    default = _DEFAULT_TARGET.get(event.event_type) or _DEFAULT_TARGET.get(event.sub_event_type)
    if actor2 is None and actor1 is not None and knowledge.presumed_targets:
        # "A Turkish drone struck a car near Makhmour": the side such strikes are aimed at (presumed_targets.tsv)
        admin1 = event.location.admin1_code if event.location is not None else None
        presumed = knowledge.presumed_targets
        # (a row for the sub-event type, "Air/drone strike", before one for its type)
        default = presumed.get((actor1.id, event.sub_event_type, admin1 or "")) \
            or presumed.get((actor1.id, event.sub_event_type, "")) \
            or presumed.get((actor1.id, event.event_type, admin1 or "")) \
            or presumed.get((actor1.id, event.event_type, "")) or default
    if actor2 is None and default in knowledge.actors:
        actor2, span2 = knowledge.actors[default].actor, None
    if actor2 is None and event.event_type == "Explosions/Remote violence" and event.location is not None \
            and event.location.place in knowledge.hosted_sites:
        # "rockets struck near Erbil International Airport", "استهداف قاعدة حرير بطائرتين مسيرتين": the coalition the
        # site hosts was the target (hosted_sites.tsv)
        actor2, span2 = knowledge.actors[knowledge.hosted_sites[event.location.place]].actor, None
    if actor2 is None and actor1 is None and event.sub_event_type in _BLAST_ON_PEOPLE and event.status == "occurred" \
            and event.evidence.sentence.text[:1].isascii() and "civilians" in knowledge.actors and any(
                q is not None and (q.best or 0) > 0 for q in (event.fatalities, event.injured)) \
            and not _ranked_dead(event, knowledge):
        # "Minutes later, a car bomb exploded near a bus stop, killing six and wounding 18": (English) a bombing that
        # killed or wounded people no side is named for hit civilians, as the golds code it (a side the article
        # names as the bomber is filled later, by `named_bomber`; an air strike or shelling is not presumed so)
        actor2, span2 = knowledge.actors["civilians"].actor, None
    if event.sub_event_type == "Peaceful protest":
        actor2, span2 = None, None
    if actor1 is event.actor1 and actor2 is event.actor2:
        return event
    evidence = _replaced(event.evidence, actor1=span1, actor2=span2)
    return _replaced(event, actor1=actor1, actor2=actor2, evidence=evidence)


def lone_battle_side(events: list[Event], knowledge, views, folded) -> list[Event]:
    """ACLED's convention that a battle's one named side is actor1 ("clash with a drug gang" names only the
    police), applied after the article-wide passes: a side the sentence named as the one hit ("militants ambushed an
    army patrol") waits in actor2 until then, so that the passes that name an unnamed doer (`named_militants`: the
    article's one rebel group) can fill actor1 before the lone side is moved there."""
    lone = [e.event_type == "Battles" and e.actor1 is None and e.actor2 is not None for e in events]
    if not any(lone):
        return events
    at = _views_by_start(views, folded, True)
    arabic = _views_by_start(views, folded, False)
    return [_conventional_roles(e, knowledge) if one and not _object_side(e, at, folded)
            and not _hit_side(e, arabic, folded) else e
            for e, one in zip(events, lone)]


def _hit_side(e: Event, at, folded) -> bool:
    """Whether the Arabic event's one side is the subject of a casualty verb hit by a deed told with بـ whose doer
    is unnamed ("قتل جندي تركي بنيران قناص"): the side hit, actor2, with the shooter unknown in actor1 (``at``: the
    Arabic sentences' views by their start in the original text)."""
    span = e.evidence.actor2
    view = at.get(e.evidence.sentence.start) if span is not None else None
    if view is None:
        return False
    return any(folded.to_original(view.sentence.starts[m.start]) <= span.start
               < folded.to_original_end(view.sentence.ends[m.end - 1]) and hit_before_deed(view, m)
               for m in view.kind("actor"))


def _views_by_start(views, folded, english: bool, having: str | None = None) -> dict:
    """The English sentences' views (``english``) or the Arabic ones (only those with a ``having`` mention, if
    given) by their start in the original text, where an event's evidence sentence starts."""
    return {folded.to_original(v.sentence.start): v for v in views
            if v.toks and v.toks[0].isascii() == english and (having is None or v.has(having))}


def _object_side(e: Event, at, folded) -> bool:
    """Whether the English event's one side is named after its event word, an active verb: the object of a deed
    whose doer is named by no actor ("soldiers had clashed with YBS fighters", "troops fought Mahdi Army
    militiamen"; ``at``: the English sentences' views by their start in the original text)."""
    ev = e.evidence
    view = at.get(ev.sentence.start) if ev.actor2 is not None and ev.trigger is not None \
        and ev.actor2.start >= ev.trigger.end else None
    return view is not None and any(t.payload.voice == "active" for t in _event_words(view, e, folded))


def _event_words(view, e: Event, folded) -> list[Match]:
    """The event words of ``view`` that start where ``e``'s evidence trigger does in the original text."""
    return [t for t in view.kind("trigger")
            if folded.to_original(view.sentence.starts[t.start]) == e.evidence.trigger.start]


def tally_striker(events: list[Event], claims) -> list[Event]:
    """A release that counts the strikes one force made on a day ("Coalition military forces conducted seven strikes
    in Iraq on Jan. 14") and then lists them with no doer ("Near Mosul, four strikes engaged an ISIS tactical unit")
    tells that force's strikes: an air strike told as occurred with no agent, dated within the tally's days, takes
    the tally's striker (the first such tally of the article; not when the strike hit the striker itself)."""
    if not claims or not any(e.sub_event_type == "Air/drone strike" and e.actor1 is None for e in events):
        return events
    tally = next((c for c in claims if c.event_type == "Explosions/Remote violence" and c.actor1 is not None
                  and c.date is not None), None)
    if tally is None:
        # "Coalition military forces conducted strikes in Iraq on Aug. 9" then "aircraft conducted eight strikes:"
        # with the list after it: the count names no force, the strike told with one on the tally's day does
        count = next((c for c in claims if c.event_type == "Explosions/Remote violence" and c.date is not None), None)
        lead = count and next((e for e in events if e.sub_event_type == "Air/drone strike" and e.actor1 is not None
                               and e.status == "occurred" and e.date == count.date), None)
        if lead is None:
            return events
        striker, days = lead.actor1, count.date
    else:
        striker, days = tally.actor1, tally.date
    return [_replaced(e, actor1=striker) if e.sub_event_type == "Air/drone strike" and e.actor1 is None
            and e.status == "occurred" and e.date is not None and days.start <= e.date.start <= e.date.end <= days.end
            and (e.actor2 is None or e.actor2.id != striker.id) else e for e in events]


# how far before an English active event word "militants" may stand as its subject ("militants fired mortar rounds",
# "militants on Monday attacked")
MILITANT_SUBJECT_REACH = 3


def named_militants(events: list[Event], views, group, folded) -> list[Event]:
    """An English event whose doer is only "militants" (a plain `hostile_noun` right before its active event word:
    "Three soldiers were killed when militants fired mortar rounds at an army position") in an article that names
    one rebel group (``group``, a call of `one_rebel_group`) is that group's, as `named_bomber` does for bombers. Two groups
    named, or none (``None``), fill nothing; militants counted among the dead (a passive word) are no doers."""
    def open_(e: Event) -> bool:
        return e.actor1 is None and e.event_type in VIOLENT_TYPES and e.evidence.trigger is not None \
            and e.status in ("occurred", "hypothetical")

    def fill(view, e: Event, group) -> Event:
        words = _event_words(view, e, folded)
        trigger = next((t for t in words if t.payload.voice == "active"), None)
        if trigger is not None and any(h.end <= trigger.start <= h.end + MILITANT_SUBJECT_REACH
                                       and not h.payload.value and view.toks[h.start].isascii()
                                       for h in view.kind("hostile_noun")):
            return _replaced(e, actor1=group)
        if view.has("agent_marker") and (e.actor2 is None or e.actor2.id != group.id):
            # "four mortar rounds fired by the militants landed in a residential area": the militants named
            # after "by" (an article between at most) right after the event word did it, whatever its voice
            trigger = next(iter(words), None)
            articles = view.bare("article")
            if trigger is not None and any(
                    not h.payload.value and any(
                        (a.end == h.start or a.end + 1 == h.start and a.end in articles)
                        and trigger.end <= a.start <= trigger.end + MILITANT_SUBJECT_REACH
                        for a in view.kind("agent_marker"))
                    for h in view.kind("hostile_noun")):
                return _replaced(e, actor1=group)
        return e
    return _militants_are_group(events, views, group, folded, open_, fill)


def _militants_are_group(events: list[Event], views, group, folded, open_, fill) -> list[Event]:
    """The skeleton of `named_militants` and `militants_hit`: each event ``open_`` told in an English sentence naming
    militants (a `hostile_noun`) as ``fill(view, event, group)`` makes it, when the article names one rebel group."""
    if not any(open_(e) for e in events):
        return events
    group = group()
    if group is None:
        return events
    at = _views_by_start(views, folded, True, "hostile_noun")
    return [fill(at[e.evidence.sentence.start], e, group) if open_(e) and e.evidence.sentence.start in at else e
            for e in events]


# how far after the event word the militants it was done to may be named ("defused two roadside bombs early on
# Tuesday that the militants had planted"; not a later clause: "... said, as officials warned that insurgents could
# strike")
MILITANT_OBJECT_REACH = 8
# the kinds of deed a state's force does to armed men it names only as "militants", "terrorists": fights them,
# strikes them from the air or by artillery, defuses or seizes their weapons
_STATE_ON_MILITANTS = ("Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use",
                       "Arrests")


def militants_hit(events: list[Event], views, group, folded) -> list[Event]:
    """An English deed of a state's force (actor1) with no other side named, whose sentence names only "militants",
    "terrorists" (a plain `hostile_noun`) after its event word ("Army engineers defused two bombs the militants had
    planted", "clashed with a group of terrorists"), in an article that names one rebel group (``group``, a call of
    `one_rebel_group`) was done to that group's men, as `named_militants` names them the doer."""
    def open_(e: Event) -> bool:
        return e.actor2 is None and e.actor1 is not None and e.actor1.kind in STATE_SIDE \
            and e.sub_event_type in _STATE_ON_MILITANTS and e.evidence.trigger is not None \
            and e.status in ("occurred", "hypothetical")

    def fill(view, e: Event, group) -> Event:
        trigger = next(iter(_event_words(view, e, folded)), None)
        if trigger is not None and any(trigger.end <= h.start <= trigger.end + MILITANT_OBJECT_REACH
                                       and not h.payload.value for h in view.kind("hostile_noun")):
            return _replaced(e, actor2=group)
        return e
    return _militants_are_group(events, views, group, folded, open_, fill)


def answered_denials(events: list[Event], separate: Collection[str] = ()) -> list[Event]:
    """A denial that answers an event the article tells of the same day (a day apart at most) in the same
    governorate is no event of its own: "the ministry denied that its forces fired on the protesters" after the
    protesters killed by snipers, "the ministry denied carrying out any operation there" after the kidnapping by
    men in police uniform, "the brigade denies these reports" after the reports of its men in a clan fight. The
    merge keeps them apart when their types differ (the denial names another deed: an arrest, not a kidnapping)
    or the told event is one that occurred; here the denial is dropped, and a rumour it answers
    (hypothetical: "pages circulated news of an attack ... is it true?") becomes the denied event. The denial
    answers a deed told before it (one that opens the article answers none told after it, but a rumour), at the
    same place when it names one in its own sentence ("denied that a second drone hit Harir base" is a deed of
    its own), and not one told as a separate incident. Of two denials of one day and place told in one sentence
    the first stands."""
    if not any(e.status == "denied" for e in events):
        return events
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.status != "denied" or e.date is None or e.location is None or e.location.admin1_code is None \
                or e.sub_event_type in TERRITORY_TYPES or e.sub_event_type == "Disrupted weapons use" \
                or e.event_id in separate:
            # "denied that the post had fallen" after the attack on it: a deed of its own; a controlled detonation
            # told in a denial ("the blast was a controlled detonation") is the state's own deed, which most
            # writers code
            continue
        placed = _placed_itself(e)
        for j, x in enumerate(out):
            if j == i or j in drop or x.date is None or not _one_governorate(e, x):
                continue
            if x.status == "denied" and not (j < i and x.evidence.sentence.start == e.evidence.sentence.start):
                continue
            if x.status != "hypothetical" and x.evidence.sentence.start > e.evidence.sentence.start:
                continue  # a denial that opens the article answers no deed told after it
            if placed and not (_places_agree(e.location, x.location) and (
                    not (e.location.place and x.location.place) or e.location.place == x.location.place)):
                continue  # "a second drone hit Harir base": a deed of its own
            if max(_days_after(e.date, x.date), _days_after(x.date, e.date)) > 1:
                continue  # more than a day apart (the larger of the two gaps is 0 or less when they overlap)
            if x.status == "hypothetical":
                out[j] = _replaced(x, status="denied")
            drop.add(i)
            break
    return [e for i, e in enumerate(out) if i not in drop]


# how many words after the men ("المهاجمين", "مسلحون") the group they are told to belong to may be named ("المسلحين،
# الذين رجح أنهم من بقايا داعش")
TIED_GROUP_REACH = 8


def tied_gunmen(events: list[Event], views, group) -> list[Event]:
    """Arabic events whose doer is only unidentified gunmen (actor1 ``unidentified-gunmen``), in an article that
    names one rebel group (``group``, a call of `one_rebel_group`) and ties the men to it in so many words: the gunmen or the
    attackers, kidnappers (a placeholder actor or a `doer_noun`), then within a few words the group, joined by a
    `membership` word or "من" ("وأضاف أن المهاجمين ينتمون إلى خلية لتنظيم داعش", "فإن الخاطفين من عناصر داعش",
    "المسلحين، الذين رجح أنهم من بقايا داعش"), no other actor between. Those are the group's men. A mere mention of
    the group elsewhere ties nothing."""
    if not any(_unknown_gunmen_deed(e) for e in events):
        return events
    group = group()
    if group is None:
        return events
    if not any(_ties_men_to(view, group.id) for view in views if not view.toks[0].isascii()):
        return events
    return [_replaced(e, actor1=group) if _unknown_gunmen_deed(e) else e for e in events]


def _unknown_gunmen_deed(e: Event) -> bool:
    """Whether an Arabic event told as occurred or claimed has only unidentified gunmen as its doer."""
    return e.actor1 is not None and e.actor1.id == "unidentified-gunmen" and e.status in REPORTED_STATUSES \
        and not e.evidence.sentence.text[:1].isascii()


def _ties_men_to(view, group_id: str) -> bool:
    """Whether Arabic sentence ``view`` tells men (gunmen, attackers) belonging to the group ``group_id``."""
    actors = view.kind("actor")
    groups = [g for g in actors if g.payload == group_id]
    men = view.kind("doer_noun") + [m for m in actors if m.payload in PLACEHOLDERS]
    if not (groups and men):
        return False
    links = {t for w in view.kind("membership") if w.payload.form != "في" for t in range(w.start, w.end)}
    others = [a for a in actors if a.payload != group_id and a.payload not in PLACEHOLDERS]
    for m in men:
        for g in groups:
            if not m.end <= g.start <= m.end + TIED_GROUP_REACH or any(m.end <= a.start < g.start for a in others):
                continue
            # (the word right before the group, "من" of "من عناصر داعش", is among those between)
            if any(t in links or view.toks[t] == "من" for t in range(m.end, g.start)):
                return True
    return False


# how many sentences after an undated report the day of what it reports may be told ...
_DAY_TOLD_LATER_REACH = 2
# ... and how many days before publication a denied or claimed deed may be dated so
_DAY_TOLD_LATER_BACK = 3
# statuses whose day is not the report's: a denial, a claim and a plan answer or announce a deed of another day
_DAY_TOLD_LATER_STATUSES = ("denied", "claimed", "planned")


def day_told_later(events: list[Event], views, folded, published: date | None) -> list[Event]:
    """An event denied, claimed or planned whose sentence tells no day of it (dated by publication: "the army on
    Sunday denied reports that militants had overrun a checkpoint", "تبنت الجماعة هجومين", "اعتقال خلية كانت تخطط
    لتفجير عبوات خلال احتفالات نوروز") takes the one day a sentence just after tells with an event word of its
    type: "local pages had said on Saturday that the militants took the checkpoint after clashes", "استهدفوا
    فجر أمس القاعدة", "كانت تنوي زرع العبوات في الحادي والعشرين من آذار". The day must be before publication and at most
    `_DAY_TOLD_LATER_BACK` days back for a deed denied or claimed, after it for a plan."""
    if published is None or not any(_undated_report(e) for e in events):
        return events
    at = {folded.to_original(v.sentence.start): i for i, v in enumerate(views)}
    out = []
    for e in events:
        i = at.get(e.evidence.sentence.start)
        if i is None or not _undated_report(e):
            out.append(e)
            continue
        told = (_one_day_told(view, e, published) for view in views[i + 1:i + 1 + _DAY_TOLD_LATER_REACH])
        day = next((d for d in told if d is not None), None)
        out.append(_replaced(e, date=day) if day is not None else e)
    return out


def _one_day_told(view, e: Event, published: date) -> DateRange | None:
    """The one day a sentence with an event word of ``e``'s type tells that may be the day of ``e`` (`day_told_later`):
    after publication for a plan, else at most `_DAY_TOLD_LATER_BACK` days before it; none if it tells two."""
    if not any(m.payload.event_type == e.event_type for m in view.kind("trigger")):
        return None
    if _vague_span(e) and len(view.dates()) != 1:
        return None  # (a deed dated by a week or a month: the later sentence's one time, "seized him on Tuesday
        # night and dumped him on Sunday" tells two)
    days = [d.range for d in view.dates() if d.range.precision == "day" and _may_be_told_day(e, d.range, published)]
    return days[0] if len({(r.start, r.end) for r in days}) == 1 else None


def _may_be_told_day(e: Event, r: DateRange, published: date) -> bool:
    """Whether day ``r`` may date ``e``: after publication for a plan; for a deed dated by a week or a month, a day
    in it or the week before it (a writer's "last week" is loose), before publication; else a few days before it."""
    first = date.fromisoformat(r.start)
    if e.status == "planned":
        return first > published
    if _vague_span(e):
        end = date.fromisoformat(e.date.end)
        return date.fromisoformat(e.date.start) - timedelta(days=7) <= first <= end < published
    return 0 < (published - first).days <= _DAY_TOLD_LATER_BACK


def _vague_span(e: Event) -> bool:
    """Whether the event's sentence dates it only by a week or a month before publication ("in a bombing in Dora
    last week", "earlier this month"), which a later sentence's day may narrow ("The bomb went off on May 12")."""
    return e.evidence.date is not None and e.date is not None and e.date.precision in ("week", "month")


def _undated_report(e: Event) -> bool:
    """Whether the event is denied, claimed or planned with no day told for it (dated by publication), or dated
    only by a week or a month (`_vague_span`)."""
    return e.status in _DAY_TOLD_LATER_STATUSES and e.evidence.date is None or _vague_span(e)


def forces_like(knowledge, actor: Actor, country: str) -> Actor | None:
    """Iraqi state force ``actor``'s like in ``country``: "Police Forces of Turkey" for "Police Forces of Iraq", else the
    country's security or military forces, else foreign state forces."""
    names = {e.actor.name: e.actor for e in knowledge.actors.values() if e.actor.country == country}
    own = actor.name.removesuffix(" of Iraq")
    for name in (f"{own} of {country}", f"Security Forces of {country}", f"Military Forces of {country}"):
        if name in names:
            return names[name]
    # a government's forces named with their qualifier ("Military Forces of Yemen (Hadi government)")
    qualified = next((a for n, a in sorted(names.items()) if n.startswith(
        (f"Security Forces of {country} (", f"Military Forces of {country} ("))), None)
    if qualified is not None:
        return qualified
    other = knowledge.actors.get("foreign-forces")
    return other.actor if other is not None else None


def is_definite(word: str) -> bool:
    """Whether an Arabic word is definite: ال, after one proclitic or none ("الغارة", "والهجوم", "بالتفجير")."""
    return word.startswith("ال") or word[:1] in "وفبلك" and word[1:3] == "ال"


def names_iraq(knowledge, words: str) -> bool:
    """Whether ``words`` (a force's mention and the word after it, lower-cased) name Iraq ("القوات العراقية",
    "Iraqi troops"); with no Iraq in the gazetteer, every force is taken as named."""
    iraq = knowledge.places.get("iq")
    return iraq is None or iraq.name_ar.removeprefix("ال") in words or iraq.name.lower() in words


def forces_of_place(events: list[Event], knowledge, text: str) -> list[Event]:
    """Events placed in another country whose side is an Iraqi federal state force (not the Kurdistan Region's) named
    by a bare common noun ("جنديين", "الشرطة", "مركزا للدرك"): that side is the country's own forces (`forces_like`), unless the words name Iraq
    ("الجيش العراقي", "Iraqi troops"); ``text``: the article's original text, for the word after the mention."""
    if knowledge.places.get("iq") is None:
        return events
    out = []
    for e in events:
        country = e.location.country if e.location is not None else None
        if country in (None, "Iraq"):
            out.append(e)
            continue
        changed = {}
        for role in ("actor1", "actor2"):
            actor, span = getattr(e, role), getattr(e.evidence, role)
            if actor is None or not actor.id.startswith("iraq-") or actor.kind != "State forces" or span is None:
                continue
            after = text[span.end:span.end + 40].split()
            named = (text[span.start:span.end] + " " + (after[0] if after else "")).lower()
            if not names_iraq(knowledge, named):
                changed[role] = forces_like(knowledge, actor, country)
        out.append(_replaced(e, **changed) if changed else e)
    return out
