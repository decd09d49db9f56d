"""Events and claims assembled clause by clause from a sentence's mentions."""

from __future__ import annotations

import dataclasses
import hashlib
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..knowledge.lexicon import (
    ARMED_KINDS,
    CROWD_KINDS,
    DEMONSTRATION_TYPES,
    FORCE_ON_CROWD,
    NON_STATE_ARMED,
    SPECIFICITY,
    STATE_SIDE,
    TERRITORY_TYPES,
    VIOLENT_TYPES,
    Knowledge,
    TriggerEntry,
)
from ..knowledge.matcher import Match
from ..text.segment import strip_proclitics
from ..records import (
    Actor,
    Claim,
    DateRange,
    Event,
    PLACEHOLDERS,
    REPORTED_STATUSES,
    UNREALISED_STATUSES,
    Evidence,
    Location,
    Quantity,
    Span,
    counted,
)
from ..resolve.places import (
    HEADLINE_LABEL,
    PlaceMention,
    best_place,
    country_location,
    governorate_seat,
    location_of,
    places_in,
)
from ..text.dates import DateSpan, shifted
from ..text.normalize import Folded, fold_word
from ..text.numbers import QuantitySpan
from .clauses import clauses_joined
from .context import ArticleContext
from .mentions import GOVERNMENT, SentenceMentions, longest
from .merge import (
    STATE_UMBRELLAS, TWO_WEAPONS, MergeHints, _dates_overlap, _days_after, as_side_hit, forces_like, names_iraq,
)
from .objects import class_after, clause_after, objects_of_doing, victim_after
from .references import (
    accused_deed,
    bare_plural,
    blamed_for,
    charged,
    charged_with,
    consented_to,
    dated_after_indefinite,
    dated_in_relative,
    freed_captive_participle,
    generic,
    in_relative_clause,
    instrument,
    joined_to_blocked, listed_under_blocked,
    linked,
    modifier,
    month_name,
    opens_relative,
    reacted_to,
    told_with_toll,
    told_as_news,
    dated_today,
    INDEFINITE_LEAD,
    tells_blocked,
    unmarked_relative,
    verbal_attack,
    what_happened,
)
from .roles import (
    APPOSITIVE,
    STATE_ACTIONS,
    assign_roles,
    attach_casualties,
    blamed,
    casualty_cues,
    casualty_starts,
    date_tokens,
    goods_lost,
    planted,
    self_speaker,
    plus,
    victim_of_other_deed,
    carried_out,
    dead_side,
    spared_after,
    state_subject,
    tokens_of,
)
from .seizures import (
    SEIZED_REACH,
    as_seizure,
    contained_weapons,
    counted_find,
    dated_reach,
    finds_nothing,
    find_object,
    found_as_seizure,
    found_passive,
    person_seized,
    seized_someone,
    seizes_weapon,
    weapon_after,
    weapon_right_after,
    weapon_noun,
    weapons_before,
)
from .speech import inside, said_by, says_that, speaker_spans, speaking_bodies
from .status import (
    BACKGROUND,
    CLAUSE_OPENERS,
    STALE_ENGLISH_DAYS,
    _age,
    _arabic_modal_qad,
    opens_prior,
    stale,
    status_of,
)
from .timing import duration_in, in_dateline, live_entry, next_weekday, since_point, time_clause_of
from .verbs import (
    _present,
    light_verb_before,
    perfect_told,
    present_verb,
    told_in_past,
    verbal_noun,
    waged_campaign,
    weapon_and_verb,
)

# how far after a passive verb its doer may be named ("اغتيل القيادي في الحركة برصاص مجهولين")
_PASSIVE_DOER_REACH = 6
# how many words (an adjective, "من غزة") may stand between a verb's subject and its object event noun
_SUBJECT_TAIL = 3
# how far after a bare "attack" a target came under a word of fire, a blast, a weapon or an armed doer makes it armed
_ARMED_CUE_REACH = 4
# a civil matter (salaries, budget) this many tokens at most from a bare release word, no comma between, is what
# was released
CIVIL_RELEASE_REACH = 8
# a denial this many sentences at most after a rumour (`hearsay`) answers it: the rumour becomes a denied event
RUMOUR_DENIED_REACH = 2
# one attack's dead are counted in tens or hundreds; a figure this large is a war's toll told in passing
IMPLAUSIBLE_TOLL = 5000
# so is a figure this large told with no day in its sentence ("أعدموا نحو ألفي مواطن من أبناء المحافظة": the dead of
# a year of rule, not of one deed)
UNDATED_WAR_TOLL = 1000
# a gloss ("to mean killed, captured or surrendered") reaches the event words starting this many tokens after it
GLOSS_REACH = 4
# how near after its event word a war's toll makes the word tell that war ("قتل الجيش أكثر من عشرين ألف مدني")
WAR_TOLL_REACH = 4
# a civilian noun this many tokens at most after a casualty word is its victim ("إصابة ثلاثة من العاملين")
CASUALTY_NOUN_REACH = 3
# a toll this large with no day of its own, right after a long period's toll, is that toll broken down
BREAKDOWN_TOLL = 100
# the most strikes told with their target right after them that are one operation, no tally ("two air strikes on caves")
AIMED_FEW = 3
# bombs set or thrown where people go: their dead told as plain people are civilians (English)
_STREET_BLASTS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
# how far after a verb of providing ("تنص الاتفاقية على") the event noun it provides for may stand
PROVISION_REACH = 3
# how far after an execution word the charge of the executed may stand ("executed dozens of men convicted")
EXECUTED_REACH = 5
# how many words after a seizing word the goods it carries off may come ("استولوا على نحو ستين رأساً من الأغنام")
GOODS_REACH = 5
# words between an abduction verb and the goods it took as its object ("اقتادوا قطيع الأغنام", "اقتادوا القطيع")
ABDUCTED_GOODS_REACH = 1
# how many words after an interception word its object, a vehicle or goods, may stand ("intercepted two pickup trucks")
INTERCEPTED_GOODS_REACH = 3
# how many words before a retaking noun with a pronoun ("عند استعادتها") the money or goods it points back to may end
RETAKEN_GOODS_REACH = 5
# how far before "that it" (إنها) the verb of saying whose subject claims the deed may end ("وقالت الجماعة في بيان
# مرافق إنها خطفتهما")
SELF_CLAIM_REACH = 8
# how far after a casualty word the announcer's own men may stand ("مقتل اثنين من جنوده")
OWN_DEAD_REACH = 3
# an aircraft told as the subject of a shelling verb stands this many tokens at most before it ("طائرة تابعة له قصفت")
AIRCRAFT_SUBJECT_GAP = 2
# an aircraft told as the doer after an Arabic bombardment noun stands this many tokens at most after it, past a
# relative and its verb of doing ("القصف الذي نفذته طائرة مسيرة")
AIRCRAFT_DOER_GAP = 2
# what a search yields: the finds and arrests a result link ("أسفرت العملية عن") may tell
_FOUND_OR_HELD = ("Disrupted weapons use", "Arrests")
# an own-men word ("قواتها الجوية حيدت") stands this many tokens at most before its event word
OWN_ACCOUNT_GAP = 2
# a bare deployment or positioning word: a move of note alone, routine security after an event already told
_POSTURE = ("Change to group/activity", "Headquarters or base established")
# how far after the armed group that announces it an event noun may stand, past the day told between commas
ANNOUNCE_REACH = 8
# how far into a sentence the report verb of a body announcing its own news may stand ("من جهة أخرى، أعلنت")
OWN_NEWS_OPENING = 5
_STATE_OR_ARMED = ("State forces",) + ARMED_KINDS


def _execution_of_kin(entry: TriggerEntry, target: Match | None) -> bool:
    """Whether an Arabic execution word's victims are told only as a clan's sons (clan-militia by their alias)."""
    return entry.lang == "ar" and entry.sub_event_type == "Attack" and any(w in fold_word(entry.form) for w in ("اعدم", "اعدام")) \
        and target is not None and target.payload == "clan-militia"
# how many words after a verb of interception the weapon stopped may stand ("shot down a drone", "intercepted two
# rockets")
INTERCEPTED_REACH = 3
# the parties of a governments' accord: the state's own bodies and forces, foreign states and their forces
_GOVERNMENT_KINDS = ("State forces", "External/Other forces")
# how many words after a word of possession the weapons held may stand ("تمتلك قاذفات وقذائف هاون")
ARSENAL_REACH = 6
# how many words after a martyrdom verb a thing it cites may stand ("استشهد المحلل، في مقاله، بتقرير")
CITE_REACH = 14
# words that may stand between a firing word and "في الهواء" ("أطلقوا عيارات نارية في الهواء", "أطلق مسلحون ملثمون
# النار في الهواء")
AIR_FIRE_REACH = 3
# words that may stand between a controlled detonation and the old stock it destroyed ("لمواد منتهية الصلاحية")
DISPOSAL_REACH = 2
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
# how far after a bare Arabic targeting the weapon named as its means may stand (past the target and an aside on
# the occasion: "استهداف الزائرين المتوجهين إلى المدينة لإحياء زيارة الأربعين، التي تصادف ...، بواسطة انتحاريين")
MEANS_WEAPON_REACH = 22
# how far after an English plan word ("preparing") its event word may stand: "preparing an offensive", "preparing
# new air strikes"
PREPARED_REACH = 3
# how far after an English modal of a warning ("warned that militants could try to ambush convoys") its event word may
# stand, and how far after the warning word the modal
WARNED_DEED_REACH = 2
# ... and how far in all, counting the words of setting about it (`deed_lead`: "try to stage large car bombings")
WARNED_DEED_SPAN = 6
WARNED_MODAL_REACH = 12
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
# how far into an English sentence the place of an opening place phrase ("Near Ramadi, ...") may stand
_OPENING_PLACE = 3
# how far before a weak noun of gunfire the verb of firing may stand ("fired at least seven shots")
_FIRED_REACH = 4
# the event types of fighting and of attacks on people: a weak noun of gunfire, a drill's attack nouns, fire in the air
_FIGHTING_TYPES = ("Battles", "Violence against civilians")
# the precisions of a date that names a whole period, no one day: a digest's span, a summary's
_WHOLE_PERIODS = ("week", "month", "year")
# how many words a line standing alone inside an Arabic article may have to be a subheading ("قتال في حلب")
SUBHEADING_WORDS = 4
# how many characters into an English sentence the place of a list item may start ("Near Baiji, ...")
_OPENING_CHARS = 25
# a protest's crowd counted before its verb: at least this many people, at most this many words before it
CROWD_FLOOR, CROWD_SUBJECT_REACH = 10, 8
# how many words ("a week", "two days") may stand between a source told after the event and the reference word
# ("after") that opens the background: "..., police said, a week after troops launched ..."
_BACKGROUND_GAP = 4
# how far into a sentence opening on كان the قد of its pluperfect may stand (`_also_recalled`)
_PLUPERFECT_QAD = 6
# how far after a finding word the bodies it found may stand ("found at least 50 bodies")
_FOUND_COUNT_REACH = 4
# how far after a definite event noun its relative pronoun may stand ("التفجير الانتحاري الذي")
REFERENCE_REACH = 3


# how far after a referred English event noun the means it was done by may be told ("the killing of commander
# Qassem Soleimani in a US drone strike")
MEANS_REACH = 9

# how far after a weak event noun a word of its rise or fall may stand ("violence had fallen")
TREND_REACH = 2


@dataclass
class Discourse:
    """What earlier sentences established: the last explicit date and place."""

    date: tuple[DateRange, Span] | None = None
    place: tuple[PlaceMention, Span] | None = None


# a source's toll ("The PMF said four of its members were killed") follows the event it counts within this many
# sentences (another source's account of the event may stand between)
SOURCE_TOLL_REACH = 3
# how many days before the report's day a later sentence may date the event the report told (`_redate_last`)
REDATE_DAYS = 3

# how many words from "لا تشمل" / "غير مشمول" the attacker left out of a toll is named ("وأن الانتحاري قتل في
# التفجير، وهو غير مشمول بالحصيلة")
LEFT_OUT_REACH = 8


def _arabic_clause_elsewhere(view: SentenceMentions, primary: Match | None, trigger: Match, lo: int, start: int,
                             hi: int, places: list[PlaceMention], first: Event) -> bool:
    """Whether an Arabic clause opened by a `clause_break` word (فيما, بينما) at ``lo``, before event word
    ``trigger`` (and after ``primary``, when given), names from token ``start`` on a district other than that of
    ``first``, the sentence's main event: a second deed of a round-up, told elsewhere."""
    if first.location is None or not first.location.admin2 or not view.has("clause_break"):
        return False
    return _break_opens(view, primary, trigger, lo) and any(
        start <= p.match.start < hi and _other_district(p, first) for p in places)


def _break_opens(view: SentenceMentions, primary: Match | None, trigger: Match, lo: int) -> bool:
    """Whether a `clause_break` word (فيما, بينما) opens the clause at ``lo`` before event word ``trigger`` (and
    after ``primary``, when given)."""
    return any(lo <= c.start <= lo + 1 and c.end <= trigger.start and (primary is None or primary.end <= c.start)
               for c in view.kind("clause_break"))


def _clauses_of(view: SentenceMentions, mentions: list[Match]) -> set[int]:
    """The token positions of the clauses that hold one of ``mentions``."""
    return {i for lo, hi in view.clauses() if any(lo <= n.start < hi for n in mentions) for i in range(lo, hi)}


def _opening_speaker(view: SentenceMentions, reach: int) -> Match | None:
    """The actor named right after the first report verb among the sentence's first ``reach`` words ("أعلنت كتائب
    حزب الله")."""
    verb = next((r for r in view.kind("report_verb") if r.start <= reach), None)
    return None if verb is None else next((m for m in view.longest("actor") if m.start == verb.end), None)


def _past_comma(view: SentenceMentions, hi: int) -> int:
    """The token after the comma at ``hi`` that closes a clause (``hi`` itself when no comma stands there)."""
    return hi + 1 if hi < len(view.toks) and view.toks[hi] == "," else hi


def _tells_no_one(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi hold no event word, reporting verb or actor: a phrase going on with the clause before."""
    return not any(lo <= m.start < hi for k in ("trigger", "report_verb", "actor") for m in view.kind(k))


def _other_district(p: PlaceMention, first: Event) -> bool:
    """Whether place ``p``, told as where something happened (no dateline, landmark or office), lies in a district
    other than that of ``first``."""
    return not (p.dateline or p.reference or p.institution) and bool(p.entry.admin2) \
        and p.entry.admin2 != first.location.admin2


def _deed_before_break(view: SentenceMentions, primary: Match, trigger: Match, hi: int) -> bool:
    """Whether an Arabic attack word (``trigger``, generic) with its own dead in its own clause (ending at ``hi``)
    is followed by a clause opened by a `clause_break` word (فيما, بينما) that tells the sentence's main event word,
    with dead of its own ("قتل مزارعان بهجوم شنه مسلحون على منزلهما، فيما قتل جندي بانفجار عبوة ناسفة"): two deeds,
    the attack before the break no mere wording of the bombing after it."""
    if view.toks[trigger.start].isascii() or not trigger.end <= primary.start or not view.has("clause_break") \
            or primary.payload.event_type == trigger.payload.event_type:
        return False
    cut = next((c for c in view.kind("clause_break") if hi <= c.start <= hi + 1 and c.end <= primary.start), None)
    if cut is None:
        return False
    hurt = casualty_starts(view)
    return any(s < trigger.start or trigger.end <= s < cut.start for s in hurt) \
        and any(cut.end <= s < primary.start for s in hurt)


def _firm_count(view: SentenceMentions, q: QuantitySpan, least: int) -> bool:
    """Whether figure ``q`` counts ``least`` or more, told as a figure: no year ("2019"), no vague word ("dozens")."""
    return (q.quantity.best or 0) >= least and not _year_like(q) and not _vague_figure(view, q)


# how many tokens after an Arabic pluperfect's قد the day of the deed it recalls may stand (its verb and subject
# between: "كان قد اختطفه مسلحون مجهولون مساء السبت")
_PLUPERFECT_DAY_REACH = 7

# how many words after a result link (ما أدى إلى) the destruction a strike caused may stand, past its dead
RESULT_REACH = 6

def _told_before_denial(view: SentenceMentions, trigger: Match) -> bool:
    """Whether event word ``trigger`` is told in a clause of its own before every denial word of the sentence, a
    comma between: "اتهمت الوزارة الحزب بمهاجمة نقطة ..., ما أدى إلى مقتل أحد عناصرها، فيما نفى الحزب مسؤوليته"
    tells the attack, and the denial of a role that follows denies who did it, not that it happened."""
    first = min(d.start for d in view.kind("denial"))
    return trigger.end <= first and "," in view.toks[trigger.end:first]


def _told_in_its_clause(view: SentenceMentions, trigger: Match) -> bool:
    """Whether event word ``trigger`` is, or comes after, an event noun followed by its own relative clause that
    tells the day: "نفت الكتائب أي صلة لها بالهجوم الذي استهدف فجر اليوم قاعدة" tells
    the attack itself in the lead, and the denial is only of who did it."""
    if not view.has("relative"):
        return False
    nouns = [m for m in view.kind("trigger") if m.start <= trigger.start]
    return any(r.start > n.start and r.start - n.end <= 1 and any(d.start > r.start for d in view.dates())
               for n in nouns for r in view.kind("relative"))


# how far after a word of responsibility the definite event noun it names may stand, past its bearer (a full
# name) and في/عن:
# "بمسؤولية الرئيس رجب طيب أردوغان في الهجوم"
RESPONSIBLE_REACH = 6


class ClauseExtractor:
    """Builds the events and claims of one article, sentence by sentence."""

    def __init__(self, knowledge: Knowledge, folded: Folded, article_id: str, published: date | None,
                 context: ArticleContext) -> None:
        self.k = knowledge
        self.folded = folded
        self.article_id = article_id
        self.published = published
        # a year and a month before publication (ISO), which `_remember` compares every sentence's days with
        self.year_before = (published - timedelta(days=366)).isoformat() if published else ""
        self.month_before = (published - timedelta(days=31)).isoformat() if published else ""
        # the day of publication, the date of an event told with none (and what other days are compared with)
        self.today = DateRange(published.isoformat(), published.isoformat(), "day") if published else None
        self.context = context
        self.discourse = Discourse()
        self.anaphoric: dict[str, int] = {}  # events told by a definite noun ("the attack") -> sentence number
        self.pointed: set[str] = set()  # those told with a demonstrative ("هذه المجزرة"): they never open
        self.near: set[str] = set()  # events placed only by a landmark ("a position west of Kirkuk")
        self.landmark = False  # whether the last place chosen is only such a landmark
        self.unplaced: set[str] = set()  # events placed only in a country their sentence does not name
        self.separate: set[str] = set()  # those told as a separate incident ("وفي حادث منفصل"): merged into none before
        # those of an English sentence opening on its own place ("Near Qayyarah, three strikes ..."): event id ->
        # the town, an item of a list that joins no other item placed elsewhere
        self.items: dict[str, str] = {}
        # whose dead an event's toll counts: "agent" (the attackers, suspects, militants: "مقتل أحد المتهمين"),
        # "target" (anyone else), "update" (a toll that rose): the merge adds the dead of the two sides
        self.toll_side: dict[str, str] = {}
        self.bomber_added: set[str] = set()  # suicide bombings whose toll a later sentence said left the bomber out
        # events typed only by a bare blast word (`accident_blast`: انفجار، explosion): a named weapon wins the merge
        self.bare_blasts: set[str] = set()
        # events told after a report verb in the past perfect ("Local officials had said that ..."): the earlier
        # report a denial answered, told again (`merge_events` joins them to the denial)
        self.reported_before: set[str] = set()
        # events whose doers are "the gunmen" (definite, no group named), told after other events (`merge_events`)
        self.gunmen_told: set[str] = set()
        # those told in a sentence opening on a later time of the story ("Hours later, ..."): a deed of its own, no
        # elaboration of the event told before it (`later_opening`)
        self.later: set[str] = set()
        # events told only from what unverified posts or videos showed (`hearsay`), held back: a denial told in the
        # next sentences makes them denied events; else they are no news (`rumour`)
        self.rumours: set[str] = set()
        self.rumour: tuple[list[Event], int] | None = None
        self.denied_later: set[str] = set()  # events a bare denial in the next sentence denies ("نفى ذلك")
        self.denials: set[str] = set()  # events told by a definite noun that a denial word denies ("نفت ... الأنباء عن")
        self.sentence_number = -1
        # a wire roundup's items ("* DAQUQ - A roadside bomb went off ..."): the date the lead sentence told, and
        # whether the sentence at hand opens a new item (an English dateline place after the first sentence)
        self.lead_date = None
        self.new_item = False
        # the events of a roundup's items with no day of their own while no day was known for the roundup
        self.undated_items: list[str] = []
        self.lead_dayless = False  # whether the lead sentence tells no date at all
        self.reported_date = False  # whether the last date _date gave was the day of a report
        # events dated only by the day of the report that told them, today's ("أعلنت خلية الإعلام الأمني، اليوم
        # الأحد، مقتل ثلاثة إرهابيين بضربة جوية"), and the days later sentences told for them, and whether by a
        # retelling of the event (`_redate_last`, which wins) or by an event-less sentence after it (`_day_of_last`)
        self.report_dated: set[str] = set()
        self.redated: dict[str, tuple[DateRange, Span, bool]] = {}
        # events whose toll a later sentence revised downwards ("Police later revised the toll to five"): the figures
        # (fatalities, injured) and their spans, which replace the first (`_nil_toll_of_last`, `redate`)
        self.retolled: dict[str, tuple] = {}
        self.told = 0  # events coded in earlier sentences
        self.told_kinds: set[str] = set()  # the sub-event types of the events that took place told in earlier sentences
        # the sentence before, whose armed men a "They" opening the next one may be (`_armed_before`)
        self.view_before: SentenceMentions | None = None
        # the place told in its own sentence of the last event of each sub-event type (`_place_of_kind`)
        self.placed_kinds: dict[str, tuple[Location, Span]] = {}
        self.tallied = 0  # claims (tallies) made in earlier sentences
        self.issuer: str | None = None  # the actor whose statement the article is ("بيان صادر عن ..."), see `sentence`
        self.last: tuple[Event, int] | None = None  # the last event coded, and its sentence number
        self.last_toll: tuple[Event, int] | None = None  # the last event coded with its dead counted
        self.named: list[tuple[str, tuple[str, ...]]] = []  # actors named in earlier sentences: (id, tokens)
        self.last_date: tuple[DateRange, Span] | None = None  # the date of the last event coded with one told
        self.discourse_at = -1  # the sentence that set the discourse's date
        self.history: tuple[DateRange, Span] | None = None  # the old date of the last sentence, if all it told
        self.tally_sentence = -2  # the last sentence that told a tally and no event
        # (an arrest word told before a tally's figure in its clause, and the figure: token positions)
        self.tally_at: tuple[int, int] | None = None
        # the sentence number and long dates of the last report of results over a period (`period_report`)
        self.report: tuple[int, list] | None = None
        self.cumulative_sentence = -2  # the last sentence with a toll or tally over a long period, dropped
        self.blocked: list[Match] = []  # the sentence's event words that are only referred to
        self.charged: list[Match] = []  # the sentence's event words that someone is charged with
        self.source_toll = False  # the sentence only tells a source's toll of the event told before it
        self.recalled: set[DateRange] = set()  # days of earlier events the article refers back to (see _recalled_reference)
        self.stale_at = -2  # the last sentence with an English event word dropped as told over a month back
        # the first week, month or year an earlier sentence told (a report's period)
        self.period: DateRange | None = None

    # -- spans ------------------------------------------------------------
    def span(self, view: SentenceMentions, start_tok: int, end_tok: int) -> Span:
        """The original-text span of tokens ``start_tok``..``end_tok`` (exclusive), made once per sentence (the
        date and place of a sentence are asked for by every event word tried)."""
        key = (start_tok, end_tok)  # (the memo's other keys open on a name)
        found = view.memo.get(key)
        if found is None:
            s = self.folded.to_original(view.sentence.starts[start_tok])
            e = self.folded.to_original_end(view.sentence.ends[end_tok - 1])
            found = view.memo[key] = Span(s, e, self.folded.original[s:e])
        return found

    def _token_at(self, view: SentenceMentions, original_offset: int) -> int:
        """The index of the sentence token that starts at an original offset (-1 if none)."""
        # the original offset rises with the token: the first token at or past the offset is the only candidate
        starts = view.sentence.starts
        i = bisect_left(starts, original_offset, key=self.folded.to_original)
        return i if i < len(starts) and self.folded.to_original(starts[i]) == original_offset else -1

    def sentence_span(self, view: SentenceMentions) -> Span:
        """The original-text span of the whole sentence, made once per sentence (every record's evidence and
        `_fresh` ask for it)."""
        found = view.memo.get("sentence_span")
        if found is None:
            s = self.folded.to_original(view.sentence.start)
            e = self.folded.to_original_end(view.sentence.end)
            found = view.memo["sentence_span"] = Span(s, e, self.folded.original[s:e])
        return found

    # -- per sentence ------------------------------------------------------
    def sentence(self, view: SentenceMentions) -> tuple[list[Event], list[Claim]]:
        """Events and claims of one sentence; updates the discourse date and place."""
        self.sentence_number += 1
        self.tally_at = None
        self.blocked = []
        if self.sentence_number <= 1 and self.issuer is None and view.has("speech_noun") and view.has("actor"):
            # a statement's heading ("بيان المديرية العامة لأسايش أربيل", "بيان صادر عن كتائب حزب الله"): the actor
            # named after the word for a statement issued it; its "our men" (`our_men`) are its own
            head = view.kind("speech_noun")[0]
            self.issuer = next((a.payload for a in view.longest("actor") if head.end <= a.start), None)
        self.source_toll = False
        events: list[Event] = []
        claims: list[Claim] = []
        places = places_in(view, self.k, self.context, self.folded) if view.has("place") else []
        self.new_item = self.sentence_number > 0 and bool(places) and places[0].dateline \
            and places[0].match.start <= 1 and view.toks[0].isascii()
        # where an English sentence tells the earlier event its news follows (see `_prior_spans`)
        prior = _prior_spans(view) if view.has("background") and view.toks[0].isascii() else []
        if places and prior:
            # "weeks after a U.S. drone strike at Baghdad airport killed ...": the earlier event's place is not
            # the news's, nor the place the article goes on from
            places = [p for p in places if not any(a <= p.match.start < b for a, b in prior)]
        # sports talk ("the striker's attack", "هجوم الفريق"): two sports words, since one alone is often
        # a rank or a ministry ("الفريق الركن", "Ministry of Defense")
        # in a sports report, every sentence is, its "killing off the game" too ("the visitors bombarded the goal")
        sports = view.has("sports") and len(longest(view.kind("sports"))) >= 2 and not view.has("fatality")
        # a site's link line repeats a headline ("رابط الخبر بصحيفة ...: مقتل 15 ...", "اقرأ أيضا: ..."): no news
        boilerplate = view.has("boilerplate") and view.kind("boilerplate")[0].start == 0
        if view.has("trigger") and not sports and not self.context.sports and not boilerplate \
                and not (self.sentence_number > 0 and self._subheading(view)):
            events = self._triggered(view, places, prior, claims)
        if self.rumours and any(e.event_id in self.rumours for e in events):
            self.rumour = ([e for e in events if e.event_id in self.rumours], self.sentence_number)
            events = [e for e in events if e.event_id not in self.rumours]
        elif self.rumour is not None and view.has("denial") and view.toks[0].isascii() \
                and self.sentence_number - self.rumour[1] <= RUMOUR_DENIED_REACH:
            # "Videos shared on social media appeared to show men in uniform pushing protesters. The governor's
            # office denied this on Tuesday.": the rumour a denial answers in the next sentences is a denied event
            # (the denied event itself, no denial of another deed told: `answered_denials` keeps it)
            events = self.rumour[0] + events
            self.separate.update(e.event_id for e in self.rumour[0])
            self.rumour = None
        if view.has("toll_excludes") and view.has("hostile_noun"):
            events = events + self._left_out_bomber(view)
        if view.has("denial") and view.has("demonstrative") and all(e.status == "denied" for e in events) \
                and self.last is not None \
                and self.sentence_number - self.last[1] == 1 and self.last[0].status == "occurred" \
                and not view.toks[0].isascii() and any(d.end == m.start and not d.clitic for d in view.kind("denial")
                                                       for m in view.kind("demonstrative")):
            # "اتهم مسؤول مروحية بريطانية بقصف منزل ... غير أن ناطقاً باسم القوات البريطانية نفى ذلك": a denial of
            # "that" in the next sentence, with no event of its own, denies the event just told as fact (a group's
            # claim denied stays claimed: ar-dev38-013); so too when the denial goes on to deny a deed of its own
            # ("نفى ذلك، وقال إن طائراتنا لم تنفذ أي قصف خلال الساعات الأربع والعشرين الماضية": the same deed)
            self.denied_later.add(self.last[0].event_id)
        self._remember(view, places, eventless=not events)
        if self.sentence_number == 0:
            self.lead_date = self.discourse.date
            self.lead_dayless = not view.dates()
        elif self.new_item and self.lead_dayless and self.lead_date is None and events:
            # a roundup whose lead tells no day ("Compiled by our Baghdad bureau."): its items are of one day, the
            # first day an item tells ("SALAHUDDIN - ... denied reports that gunmen had overrun a police station
            # on Wednesday afternoon"), also for the items with no day of their own told before it
            told_day = next((e for e in events if e.evidence.date is not None and e.date is not None
                             and e.date.precision == "day" and e.status in ("occurred", "denied")), None)
            if told_day is None:
                self.undated_items.extend(e.event_id for e in events if e.evidence.date is None)
            else:
                self.lead_date = (told_day.date, told_day.evidence.date)
                self._date_items(told_day.date)
        if self.period is None and view.dates():
            # the first week, month or year told, over before publication ("NGO SECURITY NOTE (Aug 2018)",
            # "September was among the quieter months"): the period a digest's tallies with no date of their own
            # count (not a month compared with: "down from 14 in July")
            compared = _told_after(view, view.dates(), comparisons(view), reach=COMPARISON_REACH) \
                if view.has("comparison") else set()
            periods = [d.range for d in view.dates() if d.range.precision in _WHOLE_PERIODS
                       and (self.today is None or d.range.end < self.today.start) and id(d) not in compared]
            if periods:
                self.period = periods[0]
        if view.has("actor"):
            self.named.extend((m.payload, view.toks[m.start:m.end]) for m in view.longest("actor"))
        if claims and not events:
            self.tally_sentence = self.sentence_number
        if not events and self.cumulative_sentence == self.sentence_number - 1 and not view.toks[0].isascii() \
                and view.quantities() and (view.has("fatality") or view.has("injury")) and not view.dates():
            # "قتل 1332 عراقيا خلال شهر تموز" then "وبلغ عدد القتلى المدنيين 844 ..." then "وأشار إلى مقتل 488 من
            # منتسبي القوات الأمنية": a dayless figure with no event of its own carries the long period's toll on
            self.cumulative_sentence = self.sentence_number
        self.told += len(events)
        self.view_before = view
        self.tallied += len(claims)
        # "claimed the attack on Wednesday": the day of the claim, not of an event a later "same night" refers to
        dated = [e for e in events if e.date is not None and e.evidence.date is not None
                 and not (e.status == "claimed" and e.event_id in self.anaphoric)] if events else []
        if dated:
            self.last_date = (dated[-1].date, dated[-1].evidence.date)
        if events:
            self.last = (events[-1], self.sentence_number)
            self.told_kinds.update(e.sub_event_type for e in events if e.status == "occurred")
            here = self.sentence_span(view)
            for e in events:
                if e.location is not None and e.evidence.location is not None \
                        and here.start <= e.evidence.location.start < here.end:
                    self.placed_kinds[e.sub_event_type] = (e.location, e.evidence.location)
            tolled = [e for e in events if e.fatalities is not None and e.fatalities.best]
            if tolled:
                self.last_toll = (tolled[-1], self.sentence_number)
        elif self.last is not None and not claims and (
                view.has("no_casualties") or view.has("no_fatalities") or self.source_toll or (
                    (view.has("result_link") or view.has("toll_update"))
                    and (view.has("fatality") or view.has("injury")) and (
                        self.last[0].event_type in VIOLENT_TYPES
                        # a toll that rose raises any toll told ("قتل متظاهران" by force on a crowd, then "ارتفع عدد
                        # القتلى إلى خمسة")
                        or view.has("toll_update") and self.last[0].fatalities is not None
                        and bool(self.last[0].fatalities.best))) or self._dead_without_event(view)) \
                and not self._dated_before_last(view):
            # a nil toll, or "واستخدمت في النزاع الأسلحة الخفيفة، ما أسفر عن مقتل شخص": the toll of the event before
            events = self._nil_toll_of_last(view)
        elif not claims and self.last is not None and self.last[0].evidence.date is None and view.has("trigger") \
                and view.has("day_offset") and (dated_last := self._date_of_last(view)):
            events = dated_last
        elif not claims and self.last is not None and self.last[0].evidence.date is None \
                and (view.has("day_offset") or view.has("weekday")) and self._day_of_last(view):
            pass  # the day it tells is the last event's (`redate`), no event of its own
        elif not claims and self.last is not None \
                and (self.last[0].actor1 is None
                     or self.last[0].actor1.id in PLACEHOLDERS and view.toks[0].isascii()) \
                and (view.has("blame") or view.has("planted_by") and self.last[0].event_type in VIOLENT_TYPES) \
                and not self._blame_over_span(view) \
                and (not self.blocked or all(self._blamed_back(view, m) or self._describes_blamed(view, m)
                                             for m in self.blocked)):
            # ("has blamed similar attacks on ...": the blame is of other events; "واتهم المصدر تنظيم داعش بالوقوف
            # وراء الهجوم": the definite noun blamed is the attack told before)
            events = self._blame_of_last(view)
        if not events and view.has("trigger") and self.stale_at != self.sentence_number and self._tells_history(view):
            # "gathered to mark five years since militants massacred cadets in June 2014": history told, no news
            self.stale_at = self.sentence_number
        return events, claims

    def _triggered(self, view: SentenceMentions, places: list[PlaceMention], prior: list[tuple[int, int]],
                   claims: list[Claim]) -> list[Event]:
        """The events told by the trigger words of a sentence that has any (and is no sports talk or link line);
        the claims (tallies) it tells are added to `claims`. Kept apart from `sentence` so that the many sentences
        without a trigger do not pay for the closures of this part."""
        events: list[Event] = []
        told: list[tuple[int, int, Match, list[Match]]] = []
        english = view.toks[0].isascii()  # (asked by some twenty rules below: read once)
        # A word inside an actor's name ("riot police", "قوات مكافحة الشغب", "قيادة عمليات بغداد") is no
        # event, unless the name opens on it ("القصف التركي") or it names a weapon ("Turkish drone").
        in_name = {t for a in view.kind("actor") for t in range(a.start + 1, a.end)} if view.has("actor") else ()
        # nor is a word inside a place's name ("ساحة التحرير", Liberation Square: no liberation told)
        in_place = {t for p in view.kind("place") for t in range(p.start + 1, p.end)} if view.has("place") else ()
        # or one that opens a longer place name ("جرف الصخر", a town, not bulldozing)
        place_heads = {(p.start, p.end) for p in view.kind("place") if p.end - p.start >= 2} if in_place else ()
        # Purpose and reference words block the event word after them ("لمنع تسلل" to prevent, "التحقيق في
        # اغتيال" the inquiry into, "غداة هجوم" the day after) unless they are part of a name themselves
        # ("جهاز مكافحة الإرهاب حررت": the service's name does not block "حررت").
        # "لقي اثنان حتفهما ... بعد أن استهدفت طائرة مسيرة سيارتهما": "after" opening a clause that tells how the
        # dead of the sentence died is the event itself, not a mention
        cause = view.has("fatality") or view.has("injury")
        # a present verb of doing tells a habit ("ينفذ المتطرفون تفجيرات"), unless a modal or future word makes it
        # a possibility told as such ("قد يشن هجمات")
        # ("ستشن ضربات": the future prefix on the verb itself is such a word)
        # English "continue to kill" tells a habit only in a sentence with no date ("continued to shell the
        # town on Monday" is news); so does Arabic "يواصل", "تواصل" (`continuing`: "تواصل القوات تطهير الأحياء")
        # (Arabic "أن" right before the verb is its subjunctive, "to do": "حذر من أن يشن التنظيم هجمات" tells
        # what may be done, as "قد يشن" does)
        habits = [h for h in view.kind("habitual") if not any(
            c.end == h.start or c.start == h.start for k in ("modal", "future", "negation") for c in view.kind(k))
            and not ((view.toks[h.start].isascii() or h.payload.value == "continuing") and view.dates())
            # (a crowd that keeps up its sit-in, "يواصل المحتجون اعتصامهم", protests that day: not a habit)
            and not (h.payload.value == "continuing" and any(
                m.start >= h.end and m.payload.event_type in DEMONSTRATION_TYPES for m in view.kind("trigger")))
            and not (h.start > 0 and not h.clitic and view.toks[h.start - 1] == "ان")] \
            if view.has("habitual") else []
        # a court's sentence blocks the execution it names, unless an armed group carried it out ("نفذ تنظيم
        # داعش حكم الإعدام في أربعة سائقين" is a killing); a sentence carried out ("نفذ حكم الإعدام", the object
        # of a verb of doing, `done` below) is still a court's
        # (a verdict word read with a proclitic stripped from a token that is wholly a place name, "بعقوبة"
        # = Baquba or "with a penalty", is the place unless a court is named)
        verdicts = [v for v in view.kind("verdict") if not self._armed_agent_before(view, v.start)
                    and not (v.clitic and not view.has("court") and any(
                        p.start == v.start and p.end == v.end and not p.clitic for p in view.kind("place")))] \
            if view.has("verdict") else []
        # a decision to protest on a coming day ("قرروا تنظيم تظاهرة أوسع يوم الأحد المقبل") is a planned protest
        ahead = self.published is not None and any(d.range.start > self.today.start for d in view.dates()) \
            if view.has("purpose") and any(p.payload.value == "decision" for p in view.kind("purpose")) else False
        # the object of a verb of doing is what was done: "نفذت طائرات تركية، <date>، سلسلة غارات" (a series
        # carried out, not "the latest in a series of attacks")
        done = objects_of_doing(view) if view.has("reference") and view.has("agent_marker") else ()
        if view.has("reference") and _span_lead(view):
            done = {0} | set(done)  # "وقبل ساعات شنت ...": hours before the news, no reference to an event before
        # the aim of a plan word right before it is the violent deed planned: "كانوا يخططون لتنفيذ تفجيرات تستهدف
        # تجمعات المواطنين" tells the planned bombings (a purpose elsewhere still tells no deed of its own, nor
        # one of an agreement or a talk: none is coded before it is reached)
        if view.has("future") and view.has("purpose"):
            planned = {f.end for f in view.kind("future")}
            done = {p.start for p in view.kind("purpose") if p.start in planned and any(
                p.end <= m.start <= p.end + 1 and m.payload.event_type in VIOLENT_TYPES
                for m in view.kind("trigger"))} | set(done)
        if view.has("purpose") and any(p.payload.value == "plan" for p in view.kind("purpose")):
            # a side that is itself preparing the deed ("Washington was preparing strikes against Kataib
            # Hezbollah targets in the coming days"): its plan, told as news (not "four militants who were
            # preparing an attack", men described by what they were about to do when hit)
            done = set(done) | {p.start for p in view.kind("purpose") if p.payload.value == "plan"
                                and self._preparer(view, p.start) is not None}
        blockers = [p for p in view.kind("purpose") + view.kind("reference") + habits + verdicts
                    if p.start not in in_name and (p.start not in done or p.kind == "verdict") and not (ahead and p.kind == "purpose" and p.payload.value == "decision"
                                                       and any(m.payload.event_type == "Protests" and p.end <= m.start
                                                               for m in view.kind("trigger")))
                    and not (cause and (any(c.start == p.start for c in view.kind("cause_clause"))
                                        or clause_after(view, p)))]
        triggers = view.kind("trigger")
        if view.has("approx") and english:
            # "fired at least six bullets into him": the "at" of a bound is no preposition of the event phrase
            # ("fired at"); the phrase gives way to the words it covers
            bounds = {a.start for a in view.kind("approx") if a.end - a.start > 1}
            triggers = [m for m in triggers if not (m.end - m.start > 1 and m.end - 1 in bounds)]
        words = longest(triggers)
        if view.has("actor") and not english:
            # a weak word (weight 1) that opens an actor's name of two words or more and belongs to that actor's
            # own name is the name, no deed: "قاطع عمليات الأنبار" (of the Anbar Operations Command) tells no
            # operation, nor does a deed told after it join it ("... وإزالة العبوات"); a deed that stands for its
            # doer ("العدوان الأمريكي", not the US forces' name) still tells the deed
            words = [m for m in words if not (m.payload.weight == 1 and any(
                a.start == m.start and m.end < a.end and _own_name_word(self.k.actors[a.payload].actor.name_ar,
                                                                          view.toks[m.start])
                for a in view.kind("actor")))]
        if view.has("place") and not english:
            # "متوعدة بضرب السفارة الأمريكية": a weak beating word (ضرب) whose object is a place or site strikes
            # that place, no crowd beating anyone
            sites = {p.start for p in view.kind("place")}
            words = [m for m in words if not (m.payload.weight == 1 and m.payload.sub_event_type == "Mob violence"
                                              and m.end in sites)]
        if blockers and view.has("told_participle") and english:
            # "The United States strongly condemns the rocket attack carried out on August 5 against the base":
            # an event noun the reference word names, told on with a participle of doing, is the statement's
            # news told in full, not a mention of an event told elsewhere (one word may close the noun:
            # "the ballistic missile attack carried out")
            described = {t.start for t in view.kind("told_participle")}
            blockers = _told_in_full(blockers, words, lambda m: m.payload.voice == "noun" and (
                m.end in described or m.end + 1 in described))
        if blockers and english and any(p.kind == "purpose" and p.payload.value == "reaction" for p in blockers):
            # "summoned the envoy to protest a Turkish drone strike that hit a vehicle near Sinjar on Sunday, killing
            # two": what the protest or condemnation is about, told in full (with its toll or its day in a relative
            # clause), is the news itself, as after a verb of condemnation (`reacted_to`)
            blockers = [p for p in blockers if not (p.kind == "purpose" and p.payload.value == "reaction" and any(
                p.end <= m.start <= p.end + INDEFINITE_LEAD and (told_with_toll(view, m) or told_as_news(view, m))
                for m in words))]
        if blockers and english and view.has("reference") and self.published is not None:
            # "The United States condemns the rocket attack on the embassy compound early this morning": an event
            # noun the reference word names, given the day of publication or the day before right after it, is
            # the statement's own news (`dated_today`)
            blockers = _told_in_full(blockers, words, lambda m: dated_today(view, m))
        if blockers and english and view.has("reference") and cause:
            # "condemned Friday's bombing of a mosque in Baquba, which killed 41 worshippers": an event noun the
            # reference word names, its toll told in a relative clause after it, is told in full (`told_with_toll`)
            blockers = _told_in_full(blockers, words, lambda m: told_with_toll(view, m))
        occurs, relates = view.has("occurrence_verb"), view.has("relative")
        if blockers and not english and (occurs or relates):
            # an indefinite event noun the reference word names, told on by a verb of occurrence with its day
            # (`dated_after_indefinite`: "عقد هدنة بين عشيرتين بعد نزاع مسلح اندلع أول من أمس"): the news itself;
            # so an Arabic event noun the reference word names, its day told in the relative clause right after
            # it (`dated_in_relative`: "تابع المحافظ تداعيات النزاع العشائري الذي اندلع عصر أمس الأحد بين
            # عشيرتين"); not past a condemnation, `reaction`: "ندد بالتفجير الذي ضرب سوقا أمس" names a bombing
            # told elsewhere (`reacted_to` has its own test)
            reactions = {r.start for r in view.kind("reaction")}
            blockers = [p for p in blockers if p.start in reactions] + _told_in_full(
                [p for p in blockers if p.start not in reactions], words,
                lambda m: occurs and dated_after_indefinite(view, m) or relates and dated_in_relative(view, m))
        if blockers and view.has("number"):
            # past a figure: "بعد أربعة أيام على اختطافه" (four days after his abduction) refers to it too
            ends = {q.start: q.end for q in view.quantities()}
            blockers = blockers + [p._replace(end=ends[p.end]) for p in blockers
                                   if p.end in ends and not view.toks[p.start].isascii()]
        if blockers and english and (view.has("month") or view.has("weekday")):
            # past a day that names the event: "within days of the April 26 attack", "after the March 3 bombing"
            # refer to it as "after the attack" does (the article, then the day right before the event word)
            days = {d.start: d.end for d in view.dates()}
            blockers = blockers + [p._replace(end=days[p.end + 1]) for p in blockers
                                   if p.kind == "reference" and p.end + 1 in days
                                   and p.end in view.bare("definite_lead")]
        # ("to protest what it called a violation": the event word may close the purpose phrase itself)
        # a comma closes the phrase: "وبعد ساعات، انفجرت عبوة" (hours later, a bomb went off) tells the blast
        # (English: past a compound of a party and a participle, up to two words before its hyphen, "after
        # U.S.-led air strikes", "following Iran-backed attacks"; not "anti-government demonstrations")
        led = {m.start: m.start - 4 for m in words if m.start >= 4 and _participle_compound(view.toks, m.start - 2)} \
            if blockers and english and "-" in view.toks else {}
        if blockers and english and view.has("place"):
            # (English: past a place name of two words or more that names the event, "after the Camp Speicher
            # massacre", as past a one-word one, "after the Karrada bombing"; not an event told in full with its
            # toll, "After the Camp Speicher attack on Sunday night, which killed four soldiers")
            named = {p.end: p.start for p in view.kind("place") if p.end - p.start >= 2}
            led = {**led, **{m.start: min(led.get(m.start, m.start), named[m.start])
                             for m in words if m.start in named and not told_with_toll(view, m)}}
        # (English: a demand told right after a crowd that is the subject, "Protesters demanding jobs stormed the
        # building", is what the crowd wants; the active verb after it is what the crowd did)
        demanders = {p.start for p in blockers if p.kind == "purpose" and view.toks[p.start].isascii() and any(
            a.end == p.start and self._kind(a) in CROWD_KINDS for a in view.kind("actor"))} \
            if blockers and view.has("actor") else ()
        # (English: "halted after a bomb ruptured the line ... on Sunday night": an indefinite event dated after
        # it is told as news, not referred to, `_news_after`)
        fresh = {m.start for m in words if _news_after(view, m, words)} \
            if blockers and english and view.has("reference") else ()
        # (Arabic: an active verb right after a span of hours or days told after بعد, "وبعد نحو أربع ساعات قصفت
        # مسيرة ثانية مبنى", is the news told that much later, no earlier event referred to, `_later_deed`)
        later = {m.start for m in words if _later_deed(view, m)} if blockers and view.has("later_unit") else ()
        # (English: the "after" of "a day after" (`day_after`) opening a clause told with its own verb, "was buried
        # on Monday, a day after he was shot dead outside his home", dates a deed of the day before: news, not one
        # referred to; "a day after the bombing" still refers, and so does the clause after an event noun, "The
        # killings came a day after protesters set fire to the consulate": the news's context; and a captive freed
        # "two days after gunmen seized him": a release story, whose abduction the files leave as its background)
        day_refs = {p.start for p in blockers if p.kind == "reference" and any(
            c.start <= p.start < c.end and not any(w.end <= c.start and w.payload.voice == "noun" for w in words)
            for c in view.kind("day_after"))} \
            if blockers and view.has("day_after") and english and not view.has("freeing") else ()
        # (a verb is tried against the blockers but the references `day_refs` holds: sorted out once, not per pair)
        kept_blockers = [p for p in blockers if p.start not in day_refs] if day_refs else blockers
        blocked = [m for m in words if any((led.get(m.start, m.start) - 2 <= p.end <= m.start
                                            and "," not in view.toks[p.end:m.start]
                                            and not (m.start in later and p.kind == "reference")
                                            and not (p.start in demanders and m.payload.voice == "active")
                                            and not (m.start in fresh and p.kind == "reference"
                                                     and p.end == m.start - 1))
                                           or p.start < m.start < p.end
                                           or linked(view, p, m)
                                           for p in (blockers if m.payload.voice == "noun" else kept_blockers))] \
            if blockers else []
        if blockers and english and view.has("killing"):
            # "in retaliation for the killing of commander Qassem Soleimani in a US drone strike": the event noun
            # after "in" that tells how a killing named right after a reference word was done (up to `MEANS_REACH`
            # words after the killing, no comma between) is that referred event too
            toks = view.toks
            named = [k.end for k in view.kind("killing") if any(
                p.kind == "reference" and 0 <= k.start - p.end <= 1 for p in blockers)]
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and "in" in toks[
                max(0, m.start - 3):m.start] and any(
                e < m.start <= e + MEANS_REACH and "," not in toks[e:m.start] for e in named)]
        if blocked and view.has("alternative"):
            # "لمنع أي أعمال تخريب أو شغب", "to prevent any looting or rioting": an event word joined by "or"
            # (`alternative`) right after a blocked one is named by the same purpose or reference word
            ors = {o.end: o.start for o in view.kind("alternative")}
            for m in words:
                if m.start in ors and m not in blocked and any(b.end == ors[m.start] for b in blocked):
                    blocked.append(m)
        if view.has("describe_as") and english and any(
                v.payload.value == "verb" for v in view.kind("describe_as")):  # ("as" alone is common)
            # "The minister described the escape of prisoners as a very serious attack": the event noun after the
            # "as" of a verb of describing is the name given to a deed told elsewhere
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and _named_as(view, m)]
        if view.has("reaction"):
            blocked += [m for m in words if m not in blocked and reacted_to(view, m)]
            # a word written whole as a verb of reaction is that verb, not a proclitic and an event verb: "وصفت"
            # (described) is no و + صفت (liquidated)
            blocked += [m for m in words if m not in blocked and m.clitic and any(
                r.start == m.start and r.end == m.end and not r.clitic for r in view.kind("reaction"))]
            # "أضرم محتجون النار في مقر حزب ... احتجاجاً على مقتل متظاهر": "in protest at" tells why the event
            # word before it happened, no protest of its own
            blocked += [m for m in words if m not in blocked and any(
                r.start <= m.start < r.end for r in view.kind("reaction")) and any(
                w.start < m.start and w not in blocked for w in words)]
        if not english and view.has("actor") and any(
                m.payload.sub_event_type == "Non-state actor overtakes territory" for m in words):
            # "اجتاح حشد المتظاهرين شوارع المدينة": a crowd of protesters sweeping the streets (its subject, up to
            # two words after the verb) takes no ground
            crowd = {a.start for a in view.kind("actor") if a.payload in ("protesters", "rioters")}
            blocked += [m for m in words if m not in blocked and m.payload.voice == "active"
                        and m.payload.sub_event_type == "Non-state actor overtakes territory"
                        and any(m.end <= c <= m.end + 1 for c in crowd)]
        if not english and any(w.payload.event_type in ("Protests", "Riots") for w in words):
            # "تظاهر مئات الطلاب أمس في عمان ضد الغارات على جنوب لبنان": the violent deed a protest word before it
            # is against (its noun right after ضد or على) is what the crowd protests, told elsewhere
            blocked += [m for m in words if m not in blocked and protested_against(view, m, words)]
        if view.has("execution") and view.has("accusation"):
            # "The government has executed dozens of men convicted over the massacre", "hanged 11 men convicted of
            # terrorism": an execution of the convicted is a sentence carried out, no attack (unless an armed
            # group did it)
            blocked += [m for m in words if m not in blocked and any(
                x.start <= m.start < x.end for x in view.kind("execution")) and any(
                m.end <= c.start <= m.end + EXECUTED_REACH for c in view.kind("accusation"))
                and not self._armed_agent_before(view, m.start)]
        if view.has("court") and view.has("killing"):
            # "قضت الهيئة الأولى في محكمة جنايات الرصافة ... بإعدام رجل": the sentence a court passed
            courts = [c.start for c in view.kind("court")]
            blocked += [m for m in words if m not in blocked and any(c < m.start for c in courts)
                        and any(k.start <= m.start < k.end for k in view.kind("killing"))
                        and not self._armed_agent_before(view, m.start)]
        if view.has("confession"):
            # "اعترف المدان أمام قاضي التحقيق بنقل مواد متفجرة": what was confessed is a charge, not news
            # (to the end of its clause, or a reporting verb that opens the next statement: "وكشف البيان أن")
            confessions = view.kind("confession")
            spans = [(lo, min([hi] + [r.start for r in view.kind("report_verb") if r.start > c.end
                                      and r.clitic[:1] in ("و", "ف")]))
                     for c, (lo, hi) in zip(confessions, _rest_of_clause(view, confessions))]
            blocked += [m for m in words if m not in blocked and any(lo <= m.start <= hi for lo, hi in spans)]
        if view.has("claimed_toll") and not english:
            # "تبنى التنظيم التفجير، زاعماً أنه استهدف تجمعاً للشيعة": what the claimant says it hit or killed,
            # told after its word of claiming, is its account of the event word told before it, no event of its
            # own (a sentence that opens on the claim, "زعم التنظيم أنه قتل", keeps its event word)
            first = min(c.start for c in view.kind("claimed_toll"))
            if any(m.end <= first and m not in blocked for m in words):
                blocked += [m for m in words if m not in blocked and m.start >= first]
        if habits and view.has("attack_plural") and not view.dates():
            # "ويشن طيران التحالف الذي تقوده واشنطن، ضربات جوية في المحافظة": a present verb of doing opening
            # its clause, its subject told before its plural object, tells a campaign, a habit, in a sentence
            # with no date (the first plural event word after it, no event verb between)
            plural = view.kind("attack_plural")
            for h in habits:
                if view.toks[h.start].isascii() or h.clitic not in ("", "و") \
                        or not (h.start == 0 or view.toks[h.start - 1] == "," or h.start - 1 in view.bare("opening_that")):
                    continue
                after = [m for m in words if h.end <= m.start <= h.end + HABIT_REACH]
                obj = next((m for m in after if any(p.start <= m.start < p.end for p in plural)), None)
                # (the subject may hold an event noun itself: "طيران التحالف"; no verb stands between)
                if obj is not None and obj not in blocked and not any(
                        m.start < obj.start and m.payload.voice != "noun" for m in after):
                    blocked.append(obj)
        if view.has("wearing") and (english or not any(
                m.payload.sub_event_type == "Arrests" for m in words)):
            # "The operatives were wearing suicide vests", "هلاك ستة إرهابيين كانوا يرتدون أحزمة ناسفة": a weapon
            # worn or carried describes the men, no blast (a blast is told by its own verb: "فجر نفسه"; an
            # Arabic bomber caught with his belt is the bomb seized, below)
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                        and m.payload.event_type == "Explosions/Remote violence" and any(
                            w.end <= m.start <= w.end + WEAR_REACH and "," not in view.toks[w.end:m.start]
                            for w in view.kind("wearing"))]
        if view.has("foil") and not english:
            # "أحبطت القوات محاولة لداعش كانت تستهدف مقرا للجيش، بسيارة مفخخة يقودها انتحاري": the bomb told
            # with "by means of" (ب) after a foiled attempt, past a comma too, is how the foiled deed was to be
            # done, no blast (`FOILED_MEANS_REACH` words at most, no other bomb noun between, nor a verb of a
            # later clause: "، وبعد ساعة هاجم انتحاري بسيارة مفخخة" is a deed of its own)
            foils = [f.end for f in view.kind("foil")]
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                        and m.payload.event_type == "Explosions/Remote violence" and m.clitic in ("ب", "وب")
                        and any(e <= m.start <= e + FOILED_MEANS_REACH and not any(
                            e <= w.start < m.start and (w.payload.voice == "noun" and w.payload.event_type
                                                        == "Explosions/Remote violence"
                                                        or w.payload.voice == "active" and "," in view.toks[e:w.start])
                            for w in words) for e in foils)]
        if english:
            # "a one-way attack drone was intercepted near Erbil airport": a drone or rocket stopped by unnamed
            # defences tells the attack on what it was sent at; the interception is how it ended ("militants
            # shot down a Turkish drone", the interceptor named as subject, stays disrupted weapons use; the drone
            # may be described before the verb, "a drone approaching Erbil airport was intercepted", no comma
            # and no other event word between)
            blocked += [m for m in words if m not in blocked and m.payload.sub_event_type == "Disrupted weapons use"
                        and m.payload.voice == "active" and m.start - 1 in view.bare("passive_aux")
                        and any(w.payload.sub_event_type in TWO_WEAPONS and w.payload.voice == "noun"
                                and 0 <= m.start - 1 - w.end <= LAUNCHED_SUBJECT_REACH
                                and "," not in view.toks[w.end:m.start]
                                and not any(w.end <= o.start < m.start for o in words) for w in words)]
        if view.has("scattered") and view.has("attack_plural") and english:
            # "Violence across Iraq on Wednesday killed at least nine people", "Attacks across the country killed
            # 30": deeds in the plural spread over an area (a `scattered` word right after them), with the verb
            # that tells their toll, are a round-up's total of incidents told one by one or not at all, no event
            plural = view.kind("attack_plural")
            for n in [m for m in words if m not in blocked and m.payload.voice == "noun"
                      and any(p.start <= m.start < p.end for p in plural)
                      and any(x.start == m.end for x in view.kind("scattered"))]:
                verb = next((m for m in words if m.start >= n.end and m.payload.voice == "active"), None)
                blocked += [n] + ([verb] if verb is not None and verb not in blocked
                                  and "," not in view.toks[n.end:verb.start] else [])
        if view.has("roundup") and cause:
            # "أفادت مصادر بمقتل 9 مدنيين في أعمال عنف متفرقة", "مقتل 7 في موجة عنف جديدة": a toll whose cause is a
            # wave, series or scatter of violence is a round-up's total, no event (the incidents, when told, follow
            # one by one); only the toll's own word before it (no comma between) and event words inside it
            # (a series told on by a verb of occurrence with its day, "سلسلة انفجارات هزت مدينة الصدر بعد ظهر
            # أمس", `dated_after_indefinite`, is one day's blasts on one place, the news itself, no round-up)
            tolls = casualty_cues(view)
            for r in view.kind("roundup"):
                blocked += [m for m in words if m not in blocked and not (
                    r.start <= m.start < r.end + 1 and dated_after_indefinite(view, m)) and (
                    r.start <= m.start < r.end
                    or m.end <= r.start and "," not in view.toks[m.end:r.start]  # (folded: "،" is ",")
                    and any(t.start <= m.start < t.end or m.start <= t.start < m.end for t in tolls))]
        if view.has("relative"):
            relative = [m for m in words if m not in blocked and in_relative_clause(view, m, words)]
            blocked += [m for m in relative if not self._news_in_relative(view, m, words, blocked + relative)
                        and not self._rising_toll_lead(view, m)]
        elif view.has("person") or view.has("civilian_noun") or view.has("actor"):
            blocked += [m for m in words if m not in blocked and unmarked_relative(view, m)]
            if blocked:
                # and the occasion told after such a verb: "تشييع شاب قتل في احتجاجات الأسبوع الماضي"
                blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                            and in_relative_clause(view, m, blocked)]
        if english and view.has("actor"):
            # "the U.S.-led coalition fighting the Islamic State group will end its mission", "Kurdish forces
            # fighting ISIS in Kirkuk received new weapons": a one-word "-ing" clash word right after a named side
            # describes that side (a reduced relative clause), no fight told; "are fighting", "fighting broke out"
            # and "clashes between forces fighting ..." still tell one, and so does a sentence that counts dead or
            # wounded ("Peshmerga forces battling ISIS near Makhmour killed 12 militants": the fight's toll)
            sides = {a.end for a in view.kind("actor")}
            blocked += [m for m in words if m not in blocked and m.start in sides and m.end == m.start + 1
                        and m.payload.event_type == "Battles" and m.payload.voice == "active"
                        and view.toks[m.start].endswith("ing") and not casualty_cues(view)]
        if view.has("freeing"):
            blocked += [m for m in words if m not in blocked and freed_captive_participle(view, m)]
            # "An engineer ... was released unharmed late on Monday": a bare freeing word (weight 1) made passive
            # tells a captive set free, the close of an abduction, no event of its own (an active "ISIS released
            # 40 hostages" is still told)
            been = view.bare("passive_aux")
            blocked += [m for m in words if m not in blocked and m.payload.sub_event_type == "Other"
                        and m.payload.weight == 1 and m.start - 1 in been
                        and any(f.start == m.start for f in view.kind("freeing"))]
        if view.has("exercise"):
            # "أجرت القوات البحرية مناورات بالذخيرة الحية أطلقت خلالها صواريخ على أهداف وهمية": fire in an
            # exercise hits no enemy; a bomb that goes off during a drill is still an attack
            # what a training course or drill rehearses did not happen either ("تضمنت تمرينات على تفكيك العبوات
            # وصد الهجمات", "حاكى التعامل مع هجوم افتراضي على تجمع للزائرين"): its defusing, gatherings and
            # attack nouns
            blocked += [m for m in words if m not in blocked and (
                m.payload.sub_event_type in _DRILL_FIRE or m.payload.sub_event_type in _DRILL_SCENE
                or m.payload.voice == "noun" and m.payload.event_type in _FIGHTING_TYPES)]
        if view.has("goods"):
            # "Several sheep were also killed": a killing word whose subject is animals or goods tells their loss,
            # no attack on people
            blocked += [m for m in words if m not in blocked and m.payload.event_type == "Violence against civilians"
                        and goods_lost(view, m.start)]
            # "أوقف المسلحون الحافلتين": a weak verb of stopping or holding whose object is a vehicle or goods
            # stopped the thing, it arrested no one
            blocked += [m for m in words if m not in blocked and m.payload.sub_event_type == "Arrests"
                        and m.payload.weight == 1 and m.payload.voice == "active"
                        and any(g.start == m.end for g in view.kind("goods"))]
            # "استعمال الأموال المجمدة عند استعادتها": a retaking noun whose pronoun points back to money or goods
            # told a few words before it (no place between) takes the money back, no ground
            blocked += [m for m in words if m not in blocked and m.payload.sub_event_type == "Government regains territory"
                        and m.payload.voice == "noun" and _retaken_goods(view, m)]
            if view.has("interception"):
                # "a border guard patrol intercepted two pickup trucks heading south", "اعترض مسلحون مجهولون سيارة
                # موظف" (gunmen stopping a car on the road): an interception word whose object is a vehicle or goods
                # (`goods` up to `INTERCEPTED_GOODS_REACH` words after it, past the verb's subject) stopped the
                # vehicle, no weapon; a weapon or other event word told after it in its clause ("intercepted a truck
                # carrying rockets"; not "..., واقتادوه", the kidnapping told next), or the load after "of"
                # ("intercepted a shipment of weapons"), still tells what was seized
                # (the clause's end found once per interception word, not for every other word)
                of_words = view.bare("of_word")
                blocked += [m for m in words if m not in blocked and m.payload.sub_event_type == "Disrupted weapons use"
                            and m.payload.weight <= 2 and m.payload.voice == "active"
                            and any(i.start == m.start for i in view.kind("interception"))
                            and any(m.end <= g.start <= m.end + INTERCEPTED_GOODS_REACH
                                    and g.end not in of_words for g in view.kind("goods"))
                            and not any(m.end <= w.start < end for _, end in _rest_of_clause(view, [m])
                                        for w in words if w is not m)]
        if view.has("disposal"):
            # "تفجير مسيطر عليه لمواد منتهية الصلاحية", "a controlled detonation of old munitions": old stocks or
            # war remnants destroyed are disposal, no weapon of a side taken out of use (a found bomb detonated,
            # "تفجير مسيطر عليه لعبوة عثر عليها", still is)
            # (nor the bare blast word the phrase opens with, "تفجير", nor the remnants' own word, "مخلفات حربية")
            olds = [d for d in view.kind("disposal") if any(
                m.payload.sub_event_type == "Disrupted weapons use" and 0 <= d.start - m.end <= DISPOSAL_REACH
                and "," not in view.toks[m.end:d.start] for m in words)]
            spent = [m for m in words if m.payload.sub_event_type == "Disrupted weapons use" and any(
                0 <= d.start - m.end <= DISPOSAL_REACH for d in olds)]
            blocked += [t for t in view.kind("trigger") if t not in blocked and any(
                s.start <= t.start < s.end for s in spent + olds)]
        if view.has("air_fire"):
            # "أطلقوا النار في الهواء لتفريق المارة", "fired into the air": shots fired in the air (to warn, to
            # scatter a crowd, at a wedding) hit no one: no clash or attack told by the firing word
            airs = view.kind("air_fire")
            blocked += [m for m in words if m not in blocked and m.payload.event_type in _FIGHTING_TYPES
                        and m.payload.weight <= 2 and any(
                            0 <= a.start - m.end <= AIR_FIRE_REACH and "," not in view.toks[m.end:a.start]
                            for a in airs)]
        if view.has("possession"):
            # "باتت بعض العشائر تمتلك قاذفات وقذائف هاون", "militias that possess drones": weapons held, a list
            # of them up to the next comma, tell an arsenal, no use of it
            for p in view.kind("possession"):
                upto = next((i for i in range(p.end, min(p.end + ARSENAL_REACH, len(view.toks)))
                             if view.toks[i] == ","), p.end + ARSENAL_REACH)
                blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                            and p.end <= m.start < upto]
        if view.has("cite_verb") and view.has("cited_thing"):
            # "استشهد الوزير، في كلمته أمام البرلمان، بمجموعة من الأمثلة", "استشهد على ذلك بحادثة": the martyrdom
            # verb with a thing cited after it (after بـ, or "على ذلك") means "cited": no one was killed
            verbs = {c.start for c in view.kind("cite_verb")}
            cited = [c.start for c in view.kind("cited_thing")
                     if c.payload.value == "on" or c.clitic.endswith("ب")]
            blocked += [m for m in words if m not in blocked and m.end - m.start == 1 and m.start in verbs
                        and any(0 <= c - m.end <= CITE_REACH for c in cited)]
        if english:
            # "The arrested terrorist held the post of ...", "an abducted engineer": an English past verb right
            # after an article is a participle describing someone by an event, no event told
            arts = view.bare("article")
            blocked += [m for m in words if m not in blocked and m.payload.voice == "active" and m.start
                        and m.end - m.start == 1 and view.toks[m.start].endswith("ed") and m.start - 1 in arts]
            if view.has("demonstrative"):
                # "carry photographs of those killed", "the families of those abducted": the people an event
                # word after "of those" names were hit in an event told elsewhere, no event
                those = {d.start for d in view.kind("demonstrative")}
                of = view.bare("of_word")
                blocked += [m for m in words if m not in blocked and m.payload.voice == "passive"
                            and m.start in those and m.start - 1 in of]
        if view.has("scene_noun"):
            # "Army units began combing the orchards around the blast site": a definite event noun that names a
            # site or scene ("the blast site", "the attack scene") is where an event told before happened
            leads = view.bare("definite_lead")
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start - 1 in leads
                        and any(x.start == m.end for x in view.kind("scene_noun"))]
        if view.has("blame") and not view.dates() and not self.told:
            # "حمل الوزير الحكومة السورية المسؤولية عن اغتيال الصحافي": an undated deed someone is blamed for;
            # "اتهمت الحكومة إيران بتدريب مسلحين شنوا هجمات": an undated deed in a charge. After an event told,
            # the blame names that event's agent ("وحملت الحكومة خلايا داعش مسؤولية زرع العبوة")
            blocked += [m for m in words if m not in blocked and (blamed_for(view, m) or accused_deed(view, m))]
        if view.has("what_happened"):
            blocked += [m for m in words if m not in blocked and what_happened(view, m, words)]
        if view.has("responsibility") and not english and not view.has("claim") and not view.has("denial_of_role"):
            # "بعد تغريدة أوحى فيها بمسؤولية الرئيس في الهجوم الانتحاري": a definite event noun whose responsibility
            # is laid or hinted at (with في or عن, its bearer between) is an attack told elsewhere, dated or not
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and not m.clitic
                        and view.toks[m.start].startswith("ال") and view.toks[m.start - 1] in ("في", "عن")
                        and any(0 < m.start - r.end <= RESPONSIBLE_REACH for r in view.kind("responsibility"))]
        if view.has("purpose") and not english:
            # "وافقت تركيا على مشاركة الولايات المتحدة في توجيه ضربات جوية": the deed allowed or agreed to
            allowed = [m for m in words if m not in blocked and consented_to(view, m)]
            # (and a weak word between, the aircraft allowed: "مشاركة طائرات فرنسية في تنفيذ غارات")
            consent = [p.end for p in view.kind("purpose") if p.payload.value == "consent"]
            blocked += allowed + [w for w in words if w not in blocked and w not in allowed and w.payload.weight <= 1
                                  and any(c <= w.start and w.end <= m.start for c in consent for m in allowed)]
        if view.has("attack_plural") and not places and not view.dates() and not view.has("fatality") \
                and not view.has("injury") and not english:
            # "وأن النزاعات العشائرية المسلحة تُعامل وفق قانون مكافحة الإرهاب": a definite plural event noun in
            # a sentence with no place, day or casualty and no other event word speaks of such deeds in general:
            # no event
            # (not a word of a name: "قيادة العمليات")
            plural = {a.start for a in view.kind("attack_plural") if view.toks[a.start].startswith("ال")
                      and not any(n.start < a.start < n.end for n in view.kind("actor"))}
            general = [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start in plural]
            # (the sentence's only event words: beside another ("قيادة العمليات ... زرعوا العبوة") it tells more)
            if general and all(m in general or m in blocked for m in words):
                blocked += general
        if view.has("attack_plural") and len(places) > 1 and not english:
            blocked += [m for m in words if m not in blocked and _spread_plural(view, m, places)]
        if view.has("attack_plural") and view.has("relative") and view.has("habitual"):
            blocked += [m for m in words if m not in blocked and waged_campaign(view, m)]
        # nor is a word that opens or stands in a figurative phrase ("هجوما إعلاميا", "اغتصاب السلطة", "انفجار
        # أنبوب غاز"); a plain killing word telling its toll ("أدى إلى مقتل عاملين") goes with it
        figurative = [m for m in words if m not in blocked and any(
            f.start <= m.start < f.end for f in view.kind("figurative"))] if view.has("figurative") else []
        # "the Guards would continue until the threat is removed", "until the attacks stop": the event noun
        # after "until (the)" is the limit of what is said, no event told
        limits = {u.end + k for u in view.kind("until") if view.toks[u.start].isascii() for k in (0, 1)} \
            if view.has("until") else ()
        if limits:
            figurative += [m for m in words if m not in blocked and m not in figurative
                           and m.payload.voice == "noun" and m.start in limits]
        if view.has("gloss"):
            # "officials use the word 'neutralised' to mean killed, captured or surrendered": the words a term is
            # glossed with tell no event: a short list of them starting right after it (or past a quote, "being")
            ends = [g.end for g in view.kind("gloss")]
            figurative += [m for m in words if m not in blocked and m not in figurative
                           and any(0 <= m.start - e <= GLOSS_REACH for e in ends)]
        if view.has("trend_word"):
            # "violence had fallen to its lowest level in two decades", "attacks have declined": a weak event noun
            # whose rise or fall is told (`trend_word` up to `TREND_REACH` words after it) is a level, no event
            starts = [w.start for w in view.kind("trend_word")]
            figurative += [m for m in words if m not in blocked and m not in figurative and m.payload.voice == "noun"
                           and m.payload.weight == 1 and any(0 <= w - m.end <= TREND_REACH for w in starts)]
        if view.has("abstract_noun"):
            # an attack on an idea, its object right after it or after على/ضد: "اغتالت الحكومة أحلام الشباب",
            # "تفجير المصالحة", "هجوم على الديمقراطية", "استهداف العملية السياسية"
            ends = {a.start for a in view.kind("abstract_noun")}
            markers = [t.start for t in view.kind("target_marker") if t.end in ends]
            ends.update(markers)
            # (one word, an adjective, may stand between the noun and على: "«هجوماً شاملاً» على أزمة المياه")
            ends.update(t - 1 for t in markers if t > 0 and view.toks[t - 1].isalpha())
            # a verb's object may follow its subject: "اغتالت الحكومة أحلام الشباب"
            subjects = {a.start for a in view.kind("actor") if a.end in ends}
            # (English: the object right after the word or its marker only, "fighting terrorism", "the fight against
            # corruption")
            figurative += [m for m in words if m not in blocked and m not in figurative and (
                m.end in ends or m.payload.voice == "active" and m.end in subjects
                and not view.toks[m.start].isascii())]
        # a name or a document holding an event word ("the Long War Journal", "a statement released on
        # Sunday", value `name`) holds no event word at all: nothing told after it is its toll or its sequel
        names = [f for f in view.kind("figurative") if f.payload.value == "name"] if figurative else ()
        if names:
            named = [m for m in figurative if any(f.start <= m.start < f.end for f in names)]
            words = [m for m in words if m not in named]
            figurative = [m for m in figurative if m not in named]
        blocked += figurative
        if view.has("flight"):
            # "لاذ الجناة بالفرار إلى جهة مجهولة": where the doers fled, not where a captive was taken
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                        and m.payload.sub_event_type == "Abduction/forced disappearance"
                        and any(f.end <= m.start <= f.end + 1 for f in view.kind("flight"))]
        if view.has("result_link"):
            # (the result links told after a strike or blast of the sentence, found once for both rules below: those
            # past the end of the first such word, found in one pass, not one per link)
            blast_end = min((w.end for w in words if w.payload.event_type == "Explosions/Remote violence"),
                            default=len(view.toks) + 1)
            results = [r for r in view.kind("result_link") if blast_end <= r.start]
            if results:
                # "الضربة ... أسفرت عن تدمير الوكر": a hideout or cache destroyed as the result of a strike or blast
                # told before the link is what it did, no seizure of its own
                blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                            and m.payload.sub_event_type == "Disrupted weapons use"
                            and any(r.end <= m.start <= r.end + 2 for r in results)]
                # (so too buildings destroyed in the strike's result, after its dead: "نفذت طائرات القوة الجوية
                # ضربات على أوكار، ما أدى إلى مقتل أربعة إرهابيين وتدمير مضافتين" tells one strike)
                blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                            and m.payload.sub_event_type == "Looting/property destruction" and any(
                                r.end <= m.start <= r.end + RESULT_REACH and "," not in view.toks[r.end:m.start]
                                for r in results)]
        if view.has("actor") and not english and any(
                m.payload.sub_event_type == "Abduction/forced disappearance" for m in words):
            # "أن مسلحين مجهولين اعترضوا سيارة الناشط مساء الخميس، واقتادوه إلى جهة مجهولة": a loose verb of stopping
            # or intercepting (weight 1) whose subject, named before it, is an armed group, with an abduction told
            # after it, is how the abduction began, no arrest or foiling by the state
            # (where the first armed group and the first state side named end, found once, not per word)
            first = min(m.start for m in words if m.payload.sub_event_type == "Abduction/forced disappearance")
            none = len(view.toks) + 1
            armed = min((a.end for a in view.kind("actor") if self._kind(a) in NON_STATE_ARMED), default=none)
            state = min((a.end for a in view.kind("actor") if self._kind(a) in STATE_SIDE), default=none)
            blocked += [m for m in words if m not in blocked and m.payload.weight == 1 and m.payload.voice == "active"
                        and m.payload.sub_event_type in _FOUND_OR_HELD and armed <= m.start < state
                        and m.end <= first]
        if view.has("place_word") and not english:
            # "اعترضوه قرب ساحة الاعتصام", "انفجرت عبوة بالقرب من خيم المعتصمين": a protest noun right after "near"
            # names a landmark where something else happened, no protest
            near = {w.end for w in view.kind("place_word") if w.payload.value == "near"}
            blocked += [m for m in words if m not in blocked and m.start in near and m.payload.voice == "noun"
                        and m.payload.event_type == "Protests"]
        if any(m.payload.sub_event_type == "Disrupted weapons use" and m.payload.voice == "noun" for m in words):
            # "شنت طائراتها غارات ... وقالت إنها دمرت مخابئ ومستودعات ذخيرة", "أن الضربة ... وأن الطائرات دمرت
            # المضافة": a hideout or store destroyed after a strike or blast told in the sentence is what the strike
            # did (the destroying word and the stores after it), no seizure of its own
            ruined = [m for m in words if m.payload.sub_event_type == "Looting/property destruction"
                      and any(w.end <= m.start and w.payload.event_type == "Explosions/Remote violence" for w in words)
                      and any(d.payload.sub_event_type == "Disrupted weapons use" and d.payload.voice == "noun"
                              and m.end <= d.start <= m.end + 1 for d in words)]
            for r in ruined:
                stores = [d for d in words if d.payload.sub_event_type == "Disrupted weapons use"
                          and d.payload.voice == "noun" and r.end <= d.start <= r.end + 4]
                blocked += [m for m in [r, *stores] if m not in blocked]
        if view.has("practice_head") and not view.dates():
            # "عمليات الخطف والقتل على الهوية", "حملات الاغتيال": a kind of deed, told as a practice, not one event
            kinds = [m for m in words if m not in blocked and m.payload.event_type in VIOLENT_TYPES
                     and not m.clitic and any(h.end == m.start and (
                         view.toks[m.start].startswith("ال") or h.payload.value == "indefinite"
                         # (cases counted are a tally: "أربع حالات اختطاف")
                         and h.start - 1 not in view.figures() and not any(
                             n.end == h.start for k in ("number", "vague") for n in view.kind(k)))
                         for h in view.kind("practice_head"))]
            heads = {h.start for h in view.kind("practice_head") if any(h.end == m.start for m in kinds)}
            blocked += kinds + [m for m in words if m not in blocked and m.start in heads]
        if view.has("universal") and not view.dates():
            # "وكل تفجير يضرب سوقا شعبية يزيد من الشرخ": an event noun right after "every" (كل) speaks of such
            # deeds in general, in a sentence that tells no day: no event
            every = {u.end for u in view.kind("universal")}
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start in every]
        # an accident ("eleven pilgrims were killed when their bus overturned"; "لقي ثلاثة حتفهم إثر انفجار قنينة
        # غاز", a blast the figurative list names) tells its own toll: the plain killing and casualty words
        # beside it are not an attack
        if view.has("accident") or figurative and cause:
            hurt = casualty_starts(view)
            # a bare blast word beside it is the accident's own blast ("a fuel tanker overturned and exploded")
            blasts = {c.start for c in view.kind("accident_blast")} \
                if view.has("accident") and view.has("accident_blast") else ()
            accidents = view.kind("accident")
            blocked += [m for m in words if m not in blocked and (
                any(a.start <= m.start < a.end for a in accidents)  # "بحادث مروري": the accident itself
                # a verb whose subject is the disaster: "اجتاحت الفيضانات مناطق واسعة", "ضرب زلزال الجزيرة"
                or m.payload.voice != "noun" and any(a.start == m.end for a in accidents)
                # an English noun is the subject too ("an army helicopter crashed during a training flight",
                # "an air force jet crashed": the noun may close on one more word), unless it crashed into
                # something, as a drone sent at a target does
                or view.toks[m.start].isascii() and any(
                    m.end <= a.start <= m.end + 1 and not set(view.toks[m.end:a.start]) & {",", "and", "or"}
                    and view.toks[a.end:a.end + 1] != ("into",) for a in accidents)
                or _plain_toll_word(m, hurt)
                # "Police detained a man who fired celebratory shots", the driver held after a crash: an arrest
                # over an accident is no arrest of the conflict (one for an attack named after it, "arrested
                # the driver and the men behind the attack on students", is)
                or m.payload.sub_event_type == "Arrests" and not any(
                    t.start > m.start and t.payload.voice == "noun" and t.payload.event_type in VIOLENT_TYPES
                    and not any(a.start <= t.start < a.end for a in accidents) for t in words)
                or m.payload.weight <= 2 and m.start in blasts
                # "a fire broke out ..., burning 12 tents": in English a weak word told after the accident (one
                # a crowd or a war might have done: burning, displaced) is the accident's damage
                or view.toks[m.start].isascii() and m.payload.weight <= 1
                and any(a.end <= m.start for a in accidents))]
        if prior:
            # "came days after militants killed four soldiers", "since a drone strike killed two": a `prior` cue
            # opens the earlier event the news follows; its words up to the clause's end are that event's, no
            # news and no context for the news told before the cue
            blocked += [m for m in words if m not in blocked and any(a <= m.start < b for a, b in prior)]
        if view.has("toll_update") and self.told and cause and not self._update_elsewhere(places):
            # "the media office revised the toll, saying two fighters had died and four were wounded": after an
            # event told, the plain killing and casualty words of a toll update are that event's toll (not an
            # update told of another governorate: "وفي العاصمة، ارتفعت حصيلة القذائف في دمشق إلى 11" after a
            # bombing in Aleppo updates the shelling told before it)
            hurt = casualty_starts(view)
            blocked += [m for m in words if m not in blocked and _plain_toll_word(m, hurt)]
        if self._source_toll(view, words, places):
            # "The PMF said four of its members were killed and six wounded": after a violent event told, a
            # source's toll with no day, place or weapon of its own is that event's toll
            self.source_toll = True
            blocked += [m for m in words if m not in blocked]
        if blocked:
            blocked += joined_to_blocked(view, words, blocked, after_news=self.told > 0)
            if view.has("subset"):
                blocked += listed_under_blocked(view, words, blocked)
        if view.has("now_and_then") and not view.dates():
            # "والتنظيم يحاول بين فترة وأخرى إثبات وجوده بعبوة أو عملية قنص", "وتشهد بغداد بين الحين والآخر حوادث
            # تفجير": what happens from time to time, in a sentence with no date, is a habit, no event (the
            # phrase's clause only)
            # (not right after a verb of the deed: "was shot several times", "stabbed multiple times" counts the
            # shots or blows of one deed)
            habits_told = [n for n in view.kind("now_and_then") if not any(
                m.end == n.start and m.payload.voice != "noun" for m in words)]
        else:
            habits_told = []
        if view.has("nowadays") and all(any(n.start <= d.start and d.end <= n.end for n in view.kind("nowadays"))
                                        for d in view.dates()):
            # "وهو اليوم يقاتل على أسوار تلعفر", "أما اليوم فصار بعض الشباب يطلقون النار": "today" after a pronoun,
            # "as for" or a verb of becoming is the present age, no day; what is done then is the state of
            # things (the phrase's clause only, in a sentence with no other day)
            habits_told = habits_told + view.kind("nowadays")
        if habits_told:
            habitual = _clauses_of(view, habits_told)
            blocked += [m for m in words if m not in blocked and m.start in habitual]
        if view.has("period_report"):
            # "حصيلة العمليات التي نفذتها القوات خلال شهر آذار": the report's own operations are no event
            words = [m for m in words if not any(r.start <= m.start < r.end for r in view.kind("period_report"))]
        if view.has("subset") and any(m.payload.event_type == "Battles" or m.payload.sub_event_type == "Attack"
                                      for m in words):
            # "الاشتباكات ... أسفرت عن قتل سبعة من الدواعش بينهم انتحاري": a bomber counted among the dead of a
            # fight told before is one of them, no bombing; so after a killing word with no blast told in the
            # sentence ("القوات الأمنية قتلت 10 من عناصر داعش، بينهم انتحاري وثلاثة قناصين")
            among = {s.end for s in view.kind("subset")}
            if any(m.start in among and m.payload.sub_event_type == "Suicide bomb" for m in words):
                # (the cues and blasts sought only when a bomber word is among the dead: seldom)
                cues = casualty_starts(view)
                blast = any(o.payload.event_type == "Explosions/Remote violence" and o.start not in among
                            for o in words)
                words = [m for m in words if not (m.start in among and m.payload.sub_event_type == "Suicide bomb"
                                                  and m.payload.voice == "noun" and any(
                                                      o.end <= m.start and (o.payload.event_type == "Battles"
                                                                            or not blast
                                                                            and o.payload.sub_event_type == "Attack"
                                                                            and o.start in cues)
                                                      for o in words))]
        if view.has("search"):
            # "نفذت القطعات عملية تفتيش في الوادي واشتبكت مع مجموعة": a search operation's عملية is no event
            # word at all (a fight told in it has its own word, which is not the toll of a word blocked)
            words = [m for m in words if not any(s.start == m.start and m.end <= s.end for s in view.kind("search"))]
        # a charged deed does not compete with the arrest told beside it
        self.charged = [m for m in words if m not in blocked and charged(view, m)] if view.has("accusation") else []
        blocked += self.charged
        self.blocked = blocked
        if blocked and self._tells_history(view):
            # "sentenced a man for his role in the bombing of the market in July 2016": history told
            self.stale_at = self.sentence_number
        report = self._report_period(view)
        kept: set[int] = set()  # arrest words told beside a tally in their clause
        for lo, hi in clauses_joined(view.clauses(), view):
            triggers = [m for m in words if lo <= m.start < hi
                        and not (blocked and (m in blocked or tells_blocked(view, m, blocked)))
                        and (m.start not in in_name or m.payload.event_type == "Explosions/Remote violence")
                        and m.start not in in_place and not instrument(view, m) and not modifier(view, m)
                        and not _provided(view, m)
                        and not month_name(view, m)
                        and not (place_heads and any(a == m.start and m.end < b for a, b in place_heads))
                        and not verbal_attack(view, m)]
            if not triggers:
                continue
            if told and view.has("conditional") and any(lo <= c.start <= lo + 1 for c in view.kind("conditional")):
                # "هدد ... بشن هجمات على مقرات الأحزاب، إذا لم تلتزم بغداد بنزع سلاحها": a clause that opens on
                # a condition after an event word told before it is the threat's condition, no event of its
                # own (as a condition's word within the clause is not, `_unconditioned`)
                continue
            tally = self._tally(view, lo, hi, bool(claims)) or self._reported(view, lo, hi, report)
            if tally is not None:
                quantity, noun = tally
                # the event word right before the noun says what was counted: "12 IED attacks" are bombings
                trigger = min(triggers, key=lambda m: -1 if m.end == noun.start else abs(m.start - noun.start))
                if weapon_noun(trigger):
                    # "army engineers defused 45 IEDs this month", "teams found 30 IEDs": the weapons counted are
                    # those seized, a tally of seizures, not of blasts
                    trigger = _seizure_of(view, trigger, triggers) or trigger
                claim = self._claim(view, trigger, quantity, places)
                if report is not None and report[0] == 0 and not view.dates():
                    # (a clause going on with the last sentence's report: the report's period dates it)
                    claim = dataclasses.replace(claim, date=report[1][0].range)
                # ("dozens of attacks": many told with no figure are no event, and too vague a count to claim)
                # (so in Arabic, the vague word right before the noun: "سجلت عدة حالات خطف", "عشرات الهجمات")
                if not ((quantity.end in view.bare("of_word") and view.toks[quantity.end].isascii()
                         or not view.toks[quantity.start].isascii()) and _vague_figure(view, quantity)) \
                        and not any(c.evidence.count == claim.evidence.count for c in claims):
                    # (one figure counted once: "recovered 34 bodies across Baghdad, ... shot" is one tally)
                    claims.append(claim)
                # "detained four suspects believed responsible for more than 30 roadside-bomb attacks": an
                # arrest verb before the figure is news of its own; only the attacks are counted (not when the
                # arrests are what is counted: "arrested more than 300 suspects during 2025")
                held = [m for m in triggers if m.payload.sub_event_type == "Arrests"
                        and m.payload.voice != "noun" and m.end <= quantity.start]
                if held and trigger.payload.sub_event_type != "Arrests":
                    arrest = max(held, key=_rank)
                    told.append((lo, hi, arrest, held))
                    kept.add(arrest.start)
                    self.tally_at = (arrest.start, quantity.start)
            else:
                if view.has("goods"):
                    triggers = [_looted(view, m) for m in triggers]
                if _only_the_condition(view, triggers, lo):
                    continue
                if view.has("cause_link") and len(triggers) > 1:
                    triggers = _fight_of_raid(view, triggers)
                best = _flown(max(_unconditioned(view, triggers, lo, hi), key=_rank), triggers, words, view)
                if best.payload.sub_event_type == "Air/drone strike" and best.payload.voice == "noun" \
                        and view.has("agent_marker") and not view.toks[best.start].isascii():
                    # "طائرات إف-16 التابعة للقوة الجوية نفذت الضربات": the aircraft are the subject of the verb
                    # of doing; the strikes, its object, tell the event (and the doer named before the verb)
                    best = next((m for m in triggers if m.start > best.end and m.payload.voice == "noun"
                                 and m.payload.sub_event_type == "Air/drone strike" and any(
                                     best.end <= w.start and w.end == m.start for w in view.kind("agent_marker"))),
                                best)
                best = _small_arms_assault(view, best)
                if best.payload.sub_event_type == "Disrupted weapons use":
                    best = _held_with_arms(triggers, best)
                best = _riot_met_with_force(triggers, best)
                told.append((lo, hi, best, triggers))
                if best.payload.sub_event_type != "Arrests" and view.has("future"):
                    # "اعتقال خلية تابعة لداعش كانت تخطط لتفجير عبوات": the arrest of those who planned the
                    # attack is news of its own beside the plan the clause's stronger word tells
                    held = _arrest_before_plan(view, triggers, best)
                    if held is not None:
                        told.append((lo, hi, held, [held]))
                if view.has("concurrent_frame"):
                    # "The attack came as the cleric urged his followers to join a march on Friday": what is
                    # called or planned after a frame that sets the news beside something else is news of its
                    # own beside the event retold before the frame
                    plan = _concurrent_plan(view, triggers, best, hi)
                    if plan is not None:
                        told.append(plan)
        # (so beside a tally compared with: "وأسفرت عن مقتل ثمانية، مقابل أحد عشر هجوماً في شباط" tells the
        # toll of the attacks counted before)
        compared = view.has("comparison") and any(
            n.start - c.end <= 3 for c in comparisons(view) for n in view.kind("tally_noun") if c.end < n.start)
        if told and (claims or compared):  # beside a tally, a clause that refers to it or to a period elaborates it
            told = [t for t in told if t[2].start in kept or not self._elaborates_tally(view, t[0], t[1], t[2])]
        elif told and view.has("tally_ref") and not view.toks[0].isascii():
            # "أكثر من 1500 مدرسة دمرت، مشيرا إلى أن غالبية هذه المدارس استهدفها التنظيم": most of "these", a set
            # counted before with no day of its own, is a share of that count, no deed of the news
            shares = [m.start for m in view.kind("tally_ref") if view.toks[m.end - 1] in ("هذه", "تلك")]
            if shares:
                told = [t for t in told if t[2].start in kept or not any(t[0] <= s < t[1] for s in shares)
                        or any(t[0] <= d.start < t[1] for d in view.dates())]
        if told and claims and report is not None:
            # a sentence of a period's report that counts results: its other clauses ("وبإسناد من طيران الجيش")
            # tell how the results were won, no event of their own
            told = []
        if told:
            events.extend(self._list_item_agent(view, e) for e in self._sentence_events(view, told, places))
            if len(events) == 1 and places and not english:
                second = self._second_target(view, events[0], places)
                if second is not None:
                    events.append(second)
            if len(events) == 1 and len(places) > 1 and not english:
                events = self._two_fronts(view, events[0], places) or events
            if len(events) == 1 and places and events[0].status in UNREALISED_STATUSES \
                    and events[0].event_type == "Protests":
                second = self._second_town(view, events[0], places)
                if second is not None:
                    events.append(second)
            lists = _town_lists(view, places) if len(places) > 1 and english else ()
            if lists:
                listed = [(e, self._listed_towns(view, e, lists)) for e in events]
                # the sentence's toll is the list's, no town's alone ("Bombs in Sinjar and Makhmour killed at least
                # 12"): each town's own, told after, is its toll
                events = [self._without_toll(e) if towns else e for e, towns in listed] \
                    + [t for _, towns in listed for t in towns]
            if view.has("toll_addition") and self.last is not None:
                events = [self._also_dead_of_last(view, e) for e in events]
            if self.placed_kinds:
                events = [self._place_of_kind(view, e) for e in events]
            if self.last is not None and self.sentence_number - self.last[1] <= 2:
                # what the event told just before left behind: its doers' spoils, the weapons found at its scene
                finds = view.has("find_verb")
                events = [e for e in events if not (
                    self._spoil_of_last(e) or finds and self._found_at_the_scene(view, e))]
        if events and _opens_on_place(view):
            self.items.update((e.event_id, e.location.place) for e in events if _placed_at_opening(e))
        if events and view.has("separate"):
            self.separate.update(e.event_id for e in events)
        if events and view.has("later_opening") and view.kind("later_opening")[0].start == 0:
            self.later.update(e.event_id for e in events)
        elif events and self.last is not None:
            events = [self._state_doer_of_last(e) for e in events]
        return events

    def _list_item_agent(self, view: SentenceMentions, event: Event) -> Event:
        """An item of an English list of strikes or raids ("Near Baiji, two airstrikes struck an ISIL large tactical
        unit" after "U.S. and coalition military forces conducted airstrikes against ISIL terrorists in Iraq on June
        21"): a sentence opening on its place, no agent and no day of its own, of the sub-type of the event told in
        the sentence just before, is done by that event's agent."""
        if event.actor1 is not None or not view.toks[0].isascii() or self.last is None:
            return event
        lead, ev = self.last[0], event.evidence
        if self.last[1] != self.sentence_number - 1 or lead.actor1 is None \
                or lead.sub_event_type != event.sub_event_type or event.date != lead.date:
            return event
        if _dated_here(event) or ev.location is None or not _opens_on_place(view) \
                or ev.location.start - ev.sentence.start > _OPENING_CHARS:
            return event
        return dataclasses.replace(event, actor1=lead.actor1)

    # the raids whose doers' burning or taking of property is part of them (not a bombing or a strike, nor ground
    # taken: "ISIS fighters set oil wells ablaze as they withdrew" is an event of its own)
    _RAIDS = ("Armed clash", "Attack", "Abduction/forced disappearance")

    def _place_of_kind(self, view: SentenceMentions, event: Event) -> Event:
        """``event`` placed where the last event of its sub-event type was told to be, when its sentence names no place
        of its own and the place carried over from the sentences before is another district of that governorate
        ("أفاد مصدر بمقتل راعٍ بانفجار عبوة في أطراف المقدادية، فيما قتل صاحب محل برصاص مسلحين وسط بعقوبة. وقال
        المصدر إن العبوة انفجرت على الراعي عصر أمس": the bomb told again is the Muqdadiya one, not in Baquba)."""
        kept = self.placed_kinds.get(event.sub_event_type)
        span = event.evidence.location
        if kept is None or event.location is None or span is None:
            return event
        here = self.sentence_span(view)
        place, place_span = kept
        if here.start <= span.start < here.end or place.admin1_code != event.location.admin1_code \
                or place == event.location or place.admin2 is None:
            return event
        # (only a place carried over from an event of another kind told there: where the article's own place, or a
        # finer one told beside an event's, carries over, it is no other incident's)
        if not any(k != event.sub_event_type and loc == event.location for k, (loc, _) in self.placed_kinds.items()):
            return event
        return dataclasses.replace(event, location=place, evidence=dataclasses.replace(event.evidence, location=place_span))

    def _found_at_the_scene(self, view: SentenceMentions, event: Event) -> bool:
        """Whether ``event`` is weapons found (a `find_verb`, no defusing word beside it) where the rocket attack or
        strike told just before came from or hit (no place of their own in another district, but for the launch pad),
        on its day: "مؤكدة العثور على عجلة أُطلقت منها الصواريخ", "وأن قوة
        برية دخلت المكان وعثرت على أسلحة وأحزمة ناسفة وجثث المسلحين" after the strike on the hideout are what the
        attack left, no seizure of their own (the gold files code the attack only; a launcher found with a rocket
        defused, "وجرى تفكيكه", stays a disrupted weapon, ar-dev6-012)."""
        last = self.last[0]
        if event.sub_event_type != "Disrupted weapons use" or event.status != "occurred" \
                or last.sub_event_type not in TWO_WEAPONS or last.status not in REPORTED_STATUSES \
                or event.evidence.trigger is None:
            return False
        if event.location is not None and last.location is not None \
                and event.location.admin1_code != last.location.admin1_code:
            return False
        if event.date is not None and last.date is not None and abs(_days_after(event.date, last.date)) > 1:
            return False
        here = self.sentence_span(view)
        if event.evidence.location is not None and here.start <= event.evidence.location.start < here.end \
                and event.location is not None and last.location is not None \
                and event.location.admin2 != last.location.admin2 and not view.has("launch_pad"):
            return False  # weapons found at a place of their own, another district: a find of its own (but the
            # launch pad, found where the rockets were fired from, is the attack's)
        at = event.evidence.trigger.start
        if not any(self.span(view, f.start, f.end).start == at for f in view.kind("find_verb")):
            return False
        seizures = [m for m in view.kind("trigger") if m.payload.sub_event_type == "Disrupted weapons use"]
        return all(self.span(view, m.start, m.end).start == at or any(
            f.start <= m.start < f.end for f in view.kind("find_verb")) for m in seizures)

    def _spoil_of_last(self, event: Event) -> bool:
        """Whether ``event`` is property burnt or taken by the doers of the violent event told just before, on its
        day: "وقال مصدر إن المسلحين أضرموا النار في اثنين من المراكز قبل انسحابهم" after their attack on the police
        stations, "واستولوا على هواتف الرعاة" after the shepherds' abduction, is how that attack went on (as
        `_sentence_events` has it within one sentence), no destruction event of its own."""
        last = self.last[0]
        return event.sub_event_type == "Looting/property destruction" and event.status == "occurred" \
            and last.status in REPORTED_STATUSES and last.sub_event_type in self._RAIDS \
            and event.actor1 is not None and last.actor1 is not None and event.actor1.id == last.actor1.id \
            and _dates_overlap(event.date, last.date)

    def _also_dead_of_last(self, view: SentenceMentions, event: Event) -> Event:
        """"Two of the attackers were also killed." right after a violent event told with its dead: the dead
        told with "also" (English) add to that event's toll, as they do within one sentence; the merge then
        keeps the higher, summed toll. Not an event with its own day or a different agent."""
        last, number = self.last
        if self.last_toll is not None and not last.fatalities and last.event_type in VIOLENT_TYPES \
                and number == self.sentence_number - 1 and self.last_toll[1] == number - 1:
            # "Two officers were killed in a gun battle. Gang members opened fire first. One suspect was also
            # killed": a sentence telling more of the fight without a toll stands between
            last = self.last_toll[0]
        if number != self.sentence_number - 1 or last.event_type not in VIOLENT_TYPES \
                or event.event_type not in VIOLENT_TYPES or not (last.fatalities and last.fatalities.best) \
                or event.fatalities is None or event.evidence.fatalities is None \
                or not view.toks[0].isascii() or event.event_id in self.separate \
                or (event.actor1 is not None and last.actor1 is not None and event.actor1.id != last.actor1.id):
            return event
        if _dated_here(event):
            return event  # a day of its own: maybe another event
        toll = event.evidence.fatalities
        if not any(toll.start <= self.span(view, a.start, a.end).start < toll.end for a in view.kind("toll_addition")):
            return event
        total = plus(last.fatalities, event.fatalities)
        self.toll_side[event.event_id] = "both"  # the summed toll counts both sides: the merge adds nothing more
        return dataclasses.replace(event, fatalities=total)

    @staticmethod
    def _unnamed_shooters(view: SentenceMentions, trigger: Match) -> bool:
        """Whether an English active event verb has for subject, right before it, people named by no actor and no
        crowd ("guards opened fire on a crowd trying to break into a party office"): someone fired on the crowd,
        no crowd fought a crowd."""
        if not view.toks[trigger.start].isascii() or trigger.payload.voice != "active" or not view.has("person"):
            return False
        return any(p.end == trigger.start for p in view.kind("person")) \
            and not any(a.start < trigger.start <= a.end for a in view.kind("actor"))

    @staticmethod
    def _commemorated(view: SentenceMentions, trigger: Match) -> bool:
        """Whether a gathering word is followed, within a dozen words, by a cue that it marks an anniversary or
        remembers the dead ("gathered at the Halabja Monument on Monday to mark the 38th anniversary of the attack",
        "held a vigil to commemorate the victims"); a demand told in the sentence (`purpose`) makes it a protest."""
        every = view.kind("commemoration")
        cues = [c for c in every if trigger.end <= c.start <= trigger.end + 12]
        # the anniversary word after a `mark` cue is sought among all the sentence's cues: "to mark" may sit at the
        # reach's end and "the fifth anniversary" just past it
        return any(c.payload.value == "" or c.payload.value == "mark" and any(
            a.payload.value == "anniversary" and c.end <= a.start <= c.end + 3 for a in every) for c in cues)

    def _on_village(self, view: SentenceMentions, trigger: Match, agent: Match | None) -> bool:
        """Whether the attack word ``trigger`` falls on a village (`village_target`): "على قرية" up to
        `VILLAGE_REACH` words after it with no actor between but its agent ("هجوم شنه مسلحو داعش ليلة أمس على
        قرية"), or its direct object ("attack the villages")."""
        for v in view.kind("village_target"):
            if v.payload.value == "object":
                if v.start == trigger.end:
                    return True
            elif trigger.end <= v.start <= trigger.end + VILLAGE_REACH and not any(
                    trigger.end <= a.start < v.start and (agent is None or a.payload != agent.payload)
                    for a in view.kind("actor")):
                return True
        return False

    def _two_crowds(self, view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether Arabic tokens lo..hi name two crowds and no armed or state side ("مواجهات بين متظاهرين كرد من جهة،
        ومعتصمين عرب من جهة أخرى"): the fight is between the crowds (the English "clashed with protesters" tells it
        by its word order)."""
        kinds = [self._kind(m) for m in view.longest("actor") if lo <= m.start < hi]
        return sum(k in CROWD_KINDS for k in kinds) >= 2 and not any(k in _STATE_OR_ARMED for k in kinds)

    @staticmethod
    def _blame_over_span(view: SentenceMentions) -> bool:
        """An English sentence telling event words over a span of time ("has been hit several times by rockets since
        2021, with officials blaming armed factions close to Iran"): the blame is of those earlier attacks, not of
        the event told before; so one whose event words are history ("Kurdish officials have blamed Iran-aligned
        factions for earlier attacks": a `background` cue)."""
        return view.toks[0].isascii() and view.has("trigger") and (view.has("since") or view.has("background"))

    @staticmethod
    def _blamed_back(view: SentenceMentions, m: Match) -> bool:
        """Whether blocked event word ``m`` is an Arabic definite noun that someone is blamed or accused for ("اتهم
        المصدر تنظيم داعش بالوقوف وراء الهجوم"): the event told before, not other events."""
        return not view.toks[m.start].isascii() and view.toks[m.start][len(m.clitic):].startswith("ال") \
            and (blamed_for(view, m) or accused_deed(view, m))

    @staticmethod
    def _describes_blamed(view: SentenceMentions, m: Match) -> bool:
        """Whether blocked event word ``m`` opens a relative clause right after the Arabic party blamed ("اتهموا داعش
        الذي يسيطر على قرى قريبة منذ حزيران"): what the clause tells describes the one blamed, no other event."""
        return m.start >= 2 and not view.toks[m.start].isascii() \
            and any(r.end == m.start and r.start == r.end - 1 for r in view.kind("relative")) \
            and any(a.end == m.start - 1 and blamed(view, a) for a in view.kind("actor"))

    def _blame_of_last(self, view: SentenceMentions) -> list[Event]:
        """"Officials blamed ISIS." after an attack told with no agent: a mention of that attack whose agent
        is the one blamed (merged into it as a definite mention is)."""
        agent = next((m for m in view.kind("actor") if blamed(view, m)
                      and self._kind(m) != "Civilians"), None)
        if agent is None:
            # who planted the bomb ("إن العبوة زرعها عناصر من داعش") did it
            agent = next((m for m in view.kind("actor") if planted(view, m)
                          and self._kind(m) != "Civilians"), None)
            if agent is None:
                return []
        last = self.last[0]
        evidence = Evidence(sentence=self.sentence_span(view), trigger=last.evidence.trigger,
                            actor1=self.span(view, agent.start, agent.end))
        event = dataclasses.replace(last, event_id=_stable_id("e", self.article_id, evidence.sentence.start, "blame"),
                                    actor1=self.k.actors[agent.payload].actor, actor2=None, fatalities=None,
                                    injured=None, evidence=evidence)
        self.anaphoric[event.event_id] = self.sentence_number
        return [event]

    def _sentence_events(self, view: SentenceMentions, told, places: list[PlaceMention]) -> list[Event]:
        """One event for the sentence's most telling trigger, its arguments sought in the whole sentence;
        another only for a clause that tells a different, specific kind of event."""
        intercepts = _defence_interceptions(view, told) if view.has("interception") else []
        if intercepts:
            told = _intercepted_used(told, {w.start for w in intercepts})
        all_triggers = [m for t in told for m in t[3]]
        # (the kinds of event word told, found once: most sentences tell no seizure and no abduction, whose scans
        # of the words follow)
        kinds = {m.payload.sub_event_type for m in all_triggers}
        disrupted = "Disrupted weapons use" in kinds
        seizing = next((m for m in all_triggers if m.payload.sub_event_type == "Disrupted weapons use"
                        and m.payload.voice != "noun"), None) if disrupted else None
        if seizing is None:
            # "عثرت الشرطة على عبوة ناسفة", "تفكيك قوة من مكافحة المتفجرات لعشرين منزلا مفخخا": the bombs found or
            # defused right after are seized, not used; other clauses keep their own events
            # (or through what held them: "عثرت القوة على مخزن يضم أربع قذائف هاون")
            held = [] if not view.has("contains_word") else \
                [w for f in view.kind("find_verb") for w in contained_weapons(view, f, all_triggers)]
            # (a find told as none, "found no sign of a blast", "لم تعثر على عبوات", found nothing: the weapon it
            # governs is no event either)
            finds = view.has("find_verb")  # (most sentences tell no find: no scan of its words)
            nothing = [f for f in view.kind("find_verb") if finds_nothing(view, f)] if finds else []
            if nothing:
                told = [t for t in told if not any(weapon_right_after(view, f, [t[2]]) for f in nothing)]
            found = [f for f in view.kind("find_verb") if f not in nothing] if finds else []
            # (the finds' scans only when a find is told: most sentences tell none)
            local = (next((found_as_seizure(view, f) for f in found if weapon_right_after(view, f, all_triggers)
                           or (held and contained_weapons(view, f, all_triggers))), None)
                     or self._found_past_subject(view, found, all_triggers, held)) if found else None
            if local is None and disrupted:
                local = next((m for m in all_triggers if m.payload.sub_event_type == "Disrupted weapons use"
                              and weapon_after(m, all_triggers)), None)
            if local is None and found and view.toks[0].isascii():
                # "explosive belts and detonators were found in a house": the weapons told before a passive find
                passive = next(((f, ws) for f in found for ws in [found_passive(view, f, all_triggers)] if ws), None)
                if passive is not None:
                    local = found_as_seizure(view, passive[0])
                    held = held + passive[1]
            if local is not None:
                dated = dated_reach(view, local)
                # "the soldiers found four 107mm rockets, two rocket rails, 15 mortar rounds and ...": in English the
                # list goes on past its commas, each weapon noun with no other event word before it one more found
                listed_on = [] if not view.toks[local.start].isascii() else [
                    t[2] for t in told if weapon_noun(t[2]) and t[2].start > local.end
                    and all(weapon_noun(w) for w in all_triggers if local.end <= w.start < t[2].start)]
                told = [(t[0], t[1], local, t[3]) if seizes_weapon(local, t[2], dated) or t[2] in held
                        or t[2] in listed_on else t for t in told]
            # "seized an unknown number of explosive devices": a bare "seized" whose object is weapons
            seizing = next((as_seizure(m) for m in all_triggers if m.payload.weight == 1
                            and m.payload.sub_event_type == "Non-state actor overtakes territory"
                            and m.payload.voice == "active" and weapon_after(m, all_triggers)), None) \
                if "Non-state actor overtakes territory" in kinds else None
        if seizing is None and view.has("seized_after"):
            # "grenades and two suicide belts were seized": English weapon nouns told before a passive seizing or
            # finding verb are what was seized, not what was used (each within reach of the next, no other event
            # word between)
            told = _seized_before(view, told, all_triggers)
        if seizing is None and view.has("wearing"):
            # "القبض على إرهابي يرتدي حزاماً ناسفاً", "اعتقال انتحاري بحوزته عبوات": a bomber caught with his bomb is
            # the bomb stopped, not used
            seizing = next((as_seizure(m) for m in all_triggers if m.payload.sub_event_type == "Arrests"
                            and any(m.end <= c.start and seizes_weapon(c, w) for c in view.kind("wearing")
                                    for w in all_triggers)), None)
        listed = 0  # where the weapons seized may start
        if seizing is None and disrupted:
            # "found a cache containing explosive belts, mortar rounds and rifles": the weapons listed after a
            # cache are its contents
            seizing = next((m for m in all_triggers if m.payload.sub_event_type == "Disrupted weapons use"
                            and view.toks[m.start].isascii() and any(
                                w.start > m.end and weapon_noun(w) for w in all_triggers)), None)
            listed = seizing.end if seizing is not None else 0
        if seizing is not None:
            # "seized IEDs and mortar rounds": the weapons are what was seized, not what was used
            told = [(t[0], t[1], seizing, t[3]) if weapon_noun(t[2]) and t[2].start >= listed else t for t in told]
        told = [(lo, hi, _grenade_fight(t, ts, all_triggers), ts) if t.payload.sub_event_type == "Grenade"
                else (lo, hi, t, ts) for lo, hi, t, ts in told]
        if "Abduction/forced disappearance" in kinds:
            # "أُطلق سراح ناشط مساء أمس بعد أربعة أيام من اختطافه": the release of a captive whose abduction the
            # sentence names is how that abduction ended, no event of its own
            told = [t for t in told if not (t[2].payload.sub_event_type == "Other" and t[2].payload.weight == 1)]
        out: list[Event | None] = []
        primary = None
        own_clause = (0, 0, [])  # the main event word's clause and its event words
        for lo, hi, trigger, ts in sorted(told, key=lambda t: _rank(t[2]), reverse=True):
            event = self._event(view, trigger, all_triggers, lo, hi, places, whole=True)
            if event is not None:
                primary = trigger
                own_clause = (lo, hi, ts)
                out.append(event)
                break
        if intercepts and out and out[0].sub_event_type in TWO_WEAPONS and out[0].actor1 is not None \
                and out[0].actor2 is None and out[0].evidence.actor1 is not None \
                and out[0].evidence.actor1.start < self.span(view, intercepts[0].start, intercepts[0].end).start:
            # "أسقطت منظومة الدفاع الجوي التابعة للتحالف الدولي طائرة مسيرة": the side whose air defence shot the
            # drone down was its target, not its sender
            out[0] = as_side_hit(out[0])
        elif out and view.has("air_defence") and out[0].event_type == "Explosions/Remote violence" \
                and out[0].actor1 is not None \
                and _passive_defender(view, out[0].evidence.actor1, self.span):
            # "One drone was brought down by air defences of the international coalition": the side whose air
            # defence is the agent of the passive was the drone's target, not its sender
            out[0] = as_side_hit(out[0]) if out[0].actor2 is None else dataclasses.replace(
                out[0], actor1=None, evidence=dataclasses.replace(out[0].evidence, actor1=None))
        if out and primary is not None and primary.payload.event_type == "Riots" \
                and out[0].sub_event_type == "Looting/property destruction" and out[0].actor1 is not None:
            # "أطلق المسلحون النار على الرعاة ثم أحرقوا خيامهم": armed men's burning told after their shooting or
            # killing in the sentence is how that attack went on, no destruction event of its own
            deed = next((t for t in told if t[2].end <= primary.start and t[2].payload.weight >= 2
                         and t[2].payload.voice == "active"
                         and t[2].payload.event_type in _FIGHTING_TYPES), None)
            attack = self._event(view, deed[2], all_triggers, deed[0], deed[1], places, whole=True) \
                if deed is not None else None
            if attack is not None and attack.actor1 is not None and attack.actor2 is not None \
                    and attack.actor1.id == out[0].actor1.id:
                out[0], primary = attack, deed[2]
        if out and out[0].sub_event_type == "Abduction/forced disappearance" and out[0].fatalities is not None \
                and (out[0].fatalities.best or 0) >= 1:
            # "عثرت القوات على جثة راعٍ مقتولاً ... بعد يوم من اختطافه": the abducted told killed in the sentence is a
            # killing, Attack (as a body found and the abduction told after it are joined in merge)
            out[0] = dataclasses.replace(out[0], sub_event_type="Attack")
        used = set()  # one event word tells one event, though a seizure may stand for the weapons of two clauses
        for lo, hi, trigger, triggers in told:
            entry: TriggerEntry = trigger.payload
            if primary is None or trigger is primary or trigger.start in used:
                continue
            cut = _joined_elsewhere(view, primary, trigger, places) if len(out) == 1 and out[0] is not None \
                and view.toks[trigger.start].isascii() else None
            if cut is not None:
                # "Gunmen killed two policemen in Tarmiyah, and artillery pounded areas around Mutaibija on Monday":
                # an English clause joined by ", and"/", while" with a subject of its own, told in another district,
                # is a deed of its own; each event takes its arguments from its own side of the joint
                if trigger.start > cut:
                    first = self._event(view, primary, all_triggers, own_clause[0], own_clause[1], places,
                                        whole=True, upto=cut)
                    event = self._event(view, trigger, triggers, lo, len(view.toks), places, whole=False)
                else:
                    event = self._event(view, trigger, all_triggers, lo, hi, places, whole=True, upto=cut)
                    first = self._event(view, primary, own_clause[2], own_clause[0], len(view.toks), places,
                                        whole=False)
                if event is not None and first is not None:
                    if first.evidence.date is None and event.evidence.date is not None:
                        first = dataclasses.replace(first, date=event.date, evidence=dataclasses.replace(
                            first.evidence, date=event.evidence.date))
                    elif first.evidence.date is not None and (event.evidence.date is None or trigger.start > cut
                                                               and event.date == self.today
                                                               and not self._named_day(view, event)):
                        # ("..., and hours later a bomb exploded in Dora", no day of its own: the first deed's day)
                        event = dataclasses.replace(event, date=first.date, evidence=dataclasses.replace(
                            event.evidence, date=first.evidence.date))
                    out[0] = first
                    used.add(trigger.start)
                    self.separate.add(event.event_id)
                    out.append(event)
                    continue
            if generic(entry):
                if not (self._killing_elsewhere(view, primary, trigger, lo, hi, places, out[0])
                        or _deed_before_break(view, primary, trigger, hi)):
                    continue
                if len(out) == 1 and primary.end <= lo:
                    # the main event's parties and toll are told before the second deed's clause, not in it
                    own = self._event(view, primary, all_triggers, lo, hi, places, whole=True, upto=lo)
                    if own is not None:
                        out[0] = own
            second = _second_one(view, primary, trigger, places, out[0] if out else None, hi)
            if entry.event_type == primary.payload.event_type and not second \
                    and ({entry.sub_event_type, primary.payload.sub_event_type} != {"Arrests", "Disrupted weapons use"}
                         or view.has("wearing") or view.toks[trigger.start].isascii()) \
                    and not self._contrasted_elsewhere(view, primary, trigger, lo, hi, places, out[0]) \
                    and not self._other_weapon_clause(view, primary, trigger, lo):
                continue
            second = second and entry.sub_event_type == primary.payload.sub_event_type
            # "تمكنت قوة من الشرطة من تحرير طفل كان قد اختطف مساء الأحد، واعتقلت ثلاثة من الخاطفين": the force
            # that freed the captive, whose abduction is told in the pluperfect, made the arrest of the later clause
            freed = entry.sub_event_type == "Arrests" and view.has("background") \
                and _pluperfect_cue(view, primary) is not None
            event = self._event(view, trigger, triggers, lo, hi, places, whole=freed)
            if event is not None and entry.event_type == "Riots" and entry.weight == 1 and out \
                    and event.event_type != "Riots" and event.actor1 is not None and out[0].actor1 is not None \
                    and out[0].actor1.id == event.actor1.id and out[0].event_type in VIOLENT_TYPES:
                # "اقتحم مسلحون مبنى الدائرة ... وخطفوا موظفيها": the armed men's storming is how they did the
                # sentence's main deed, no clash or destruction of its own
                continue
            if event is not None and event.sub_event_type == "Peaceful protest" and out \
                    and out[0].sub_event_type == "Violent demonstration" and view.has("place_relative") and any(
                    trigger.end <= w.start < primary.start for w in view.kind("place_relative")):
                # "Protesters gathered in Nasiriyah and Diwaniyah on Friday, where party offices were set ablaze":
                # the crowd whose gathering the riot is told at rioted (at the places of its own clause too)
                event = dataclasses.replace(event, event_type=out[0].event_type, sub_event_type=out[0].sub_event_type,
                                            actor1=out[0].actor1, actor2=None)
            if event is not None:
                used.add(trigger.start)
                if second:
                    self.separate.add(event.event_id)  # (joins not the first, which its sentence told apart)
                    if view.toks[trigger.start].isascii() and out and out[0] is not None \
                            and out[0].evidence.date is not None and not self._named_day(view, event):
                        # ("... in Tarmiyah on Sunday, and hours later another bomb exploded in Dora": the sentence's
                        # day, a span later counted from the first deed, not from publication)
                        event = dataclasses.replace(event, date=out[0].date, evidence=dataclasses.replace(
                            event.evidence, date=out[0].evidence.date))
            out.append(event)
        return [e for e in out if e is not None]

    def _other_governorates(self, view: SentenceMentions, event: Event,
                            places: list[PlaceMention]) -> list[PlaceMention]:
        """The places told after ``event``'s own as where something happened (no landmark, dateline, office or
        side), in another governorate of its country: where a second event of a round-up may be."""
        where = event.location
        if where is None or where.admin1_code is None or event.evidence.location is None:
            return []
        first = self._token_at(view, event.evidence.location.start)
        return [p for p in places if p.match.start > first
                and not (p.reference or p.dateline or p.institution or p.side)
                and p.entry.admin1_code not in (None, where.admin1_code) and p.entry.country == where.country]

    def _told_at(self, view: SentenceMentions, event: Event, p: PlaceMention, toll: bool) -> Event:
        """A second ``event`` at place ``p`` (its own id, from the place's span), with its toll or none."""
        span = self.span(view, p.match.start, p.match.end)
        moved = dataclasses.replace(
            event, event_id=_stable_id("e", self.article_id, span.start, event.sub_event_type),
            location=location_of(p.entry), evidence=dataclasses.replace(event.evidence, location=span))
        return moved if toll else self._without_toll(moved)

    def _named_day(self, view: SentenceMentions, event: Event) -> bool:
        """Whether ``event`` is dated by a weekday or month named in ``view`` (not by a span counted: "hours later")."""
        if event.evidence.date is None:
            return False
        at = self._token_at(view, event.evidence.date.start)
        return any(m.start <= at + 1 and at < m.end + 1 for k in ("weekday", "month") for m in view.kind(k))

    @staticmethod
    def _without_toll(event: Event) -> Event:
        """``event`` without its dead and wounded (a second place's, or a list's told of no town alone)."""
        return dataclasses.replace(event, fatalities=None, injured=None, evidence=dataclasses.replace(
            event.evidence, fatalities=None, injured=None))

    def _second_target(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> Event | None:
        """A second remote attack told in the sentence of an Arabic strike, bombing or shelling by a target joined
        after a comma with "و" at a place in another governorate ("استهداف قاعدة الاحتلال في عين الأسد غربي الأنبار
        بطائرتين مسيرتين، وقاعدة حرير شمالي أربيل بصواريخ"): one attack per place, as ACLED codes them; it shares
        the first's type, day, parties and status, not its toll."""
        if event.event_type != "Explosions/Remote violence" or event.status not in REPORTED_STATUSES:
            return None
        toks = view.toks
        for p in self._other_governorates(view, event, places):
            i = p.match.start
            # the place itself joined ("، وأربيل") or the target's noun right before it ("، وقاعدة حرير")
            if toks[i - 1] == "," and p.match.clitic.startswith("و") \
                    or i >= 2 and toks[i - 2] == "," and toks[i - 1].startswith("و"):
                return self._told_at(view, event, p, toll=False)
        return None

    def _two_fronts(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> list[Event]:
        """An Arabic strike, bombing or shelling on two armed groups, each told just before a place of a country of
        its own ("قصفت الطائرات مواقع للتنظيم في سوريا ومعسكرات للحزب في شمال العراق"): one event per target and
        country, as ACLED codes them (the event's own target at its own place, the other group at the other); the
        second shares the first's type, day, doer and status, not its toll. Empty when the sentence tells no two."""
        if event.event_type != "Explosions/Remote violence" or event.actor2 is None or not view.has("actor"):
            return []
        fronts, lo = [], 0
        for p in places:
            if p.reference or p.dateline or p.institution:
                continue
            armed = [a for a in view.kind("actor") if lo <= a.start and a.end <= p.match.start
                     and p.match.start - a.end <= _FRONT_REACH and self._kind(a) in ARMED_KINDS]
            lo = p.match.end
            if armed:
                fronts.append((armed[-1], p))
        if len(fronts) != 2 or fronts[0][1].entry.country == fronts[1][1].entry.country:
            return []
        # the second front joined to the first by "و" in the same clause, no other party between ("في سوريا وبدأت
        # حملة قصف لمخيمات الحزب"; not "فيما سمحت أنقرة للتحالف", nor a frame "مع دخول القصف ... أسبوعه الثاني")
        (second, _), gap = fronts[1], range(fronts[0][1].match.end, fronts[1][0].start)
        toks = view.toks
        if len(gap) > _FRONT_REACH + 2 or any(toks[i] == "," for i in gap) \
                or not (second.clitic.startswith("و") or any(toks[i].startswith("و") for i in gap)) \
                or any(a.start in gap and a.payload != second.payload and self._kind(a) in ARMED_KINDS
                       for a in view.kind("actor")):
            return []
        ids = [self.k.actors[a.payload].actor.id for a, _ in fronts]
        doer = event.actor1.id if event.actor1 else None
        if ids[0] == ids[1] or doer in ids or event.actor2.id not in ids:
            return []
        own = ids.index(event.actor2.id)
        out = []
        for k, (a, p) in enumerate(fronts):
            moved = self._told_at(view, event, p, toll=k == own)
            target = self.k.actors[a.payload].actor
            out.append(dataclasses.replace(moved, actor2=target, event_id=event.event_id if k == own else
                                           moved.event_id, evidence=dataclasses.replace(
                                               moved.evidence, actor2=self.span(view, a.start, a.end))))
        return out

    def _second_town(self, view: SentenceMentions, event: Event, places: list[PlaceMention]) -> Event | None:
        """A protest called for in two towns of two governorates joined by "and" ("planned marches in Nasiriyah and
        Basra", "would hold demonstrations in camps around Duhok and in Sinjar town", "تظاهرات في الناصرية والبصرة"):
        one protest per town, as ACLED codes them, the second sharing the first's day, parties and status."""
        where = event.location
        joins, leads = view.bare("and_word"), view.bare("place_lead")  # (as written: a separate و, "and", "in")
        for p in self._other_governorates(view, event, places):
            i = p.match.start
            # "and Basra", "and in Sinjar", "والبصرة", right after a place of the first's governorate (the event's
            # place may be the dateline: "DUHOK - ... in camps around Duhok and in Sinjar town")
            anchor = any(q.entry.admin1_code == where.admin1_code and not q.dateline
                         and q.match.end <= i <= q.match.end + 2 for q in places)
            if anchor and (i - 1 in joins or p.match.clitic.startswith("و") or i - 1 in leads and i - 2 in joins):
                return self._told_at(view, event, p, toll=True)
        return None

    def _listed_towns(self, view: SentenceMentions, event: Event, lists: list[list[PlaceMention]]) -> list[Event]:
        """The other towns of a list the event's own place stands in, each of another governorate, joined by commas
        and "and" ("protesters gathered in Ramadi, Samarra and Mosul", "the clashes spread to Kut and Hilla",
        "Bombs in Sinjar and Makhmour killed ..."): one event per town, as ACLED codes them, sharing the first's
        type, day, parties and status but not its toll (the sentence's toll is the list's). ``lists``: the
        sentence's lists of places (`_town_lists`)."""
        where = event.location
        if where is None or where.admin1_code is None or event.evidence.location is None \
                or event.event_type == "Strategic developments" or event.status not in REPORTED_STATUSES \
                or event.date is None or event.date.precision != "day":
            return []
        own = self._token_at(view, event.evidence.location.start)
        word = self._token_at(view, event.evidence.trigger.start) if event.evidence.trigger is not None else own
        sentence = event.evidence.sentence
        if word - 1 in view.bare("article") and word - 1 not in view.bare("indefinite_article") and not any(
                x is not None and sentence.start <= x.start < sentence.end
                for x in (event.evidence.date, event.evidence.fatalities, event.evidence.injured)):
            # "he recalled the battles to liberate Tikrit, Ramadi, Fallujah and Mosul": a definite event word with
            # no day and no toll told of it in the sentence refers to deeds known, not news at each town
            return []
        for chain in lists:
            if not any(p.match.start <= own < p.match.end for p in chain):
                continue
            dated = {i for d in view.dates() for i in range(d.start, d.end)}
            if word >= chain[-1].match.end and sum(1 for i in range(chain[-1].match.end, word) if i not in dated) \
                    > LIST_WORD_REACH:
                # the event word told well after the list ("imposed curfews in Baghdad, Najaf and Nasiriyah on
                # Friday as the death toll from four days of protests neared 100") is no deed done at the list
                return []
            # (another governorate, or another district of the same: "police positions in Samarra and Baiji")
            seen = {(where.admin1_code, where.admin2 if where.admin2 else None)}
            out = []
            for p in chain:
                code = (p.entry.admin1_code, p.entry.admin2 or None)
                if code[0] is None or code in seen or (code[0], None) in seen or p.entry.country != where.country \
                        or code[0] == where.admin1_code and not (code[1] and where.admin2):
                    continue
                seen.add(code)
                out.append(self._told_at(view, event, p, toll=False))
            return out
        return []

    @staticmethod
    def _found_past_subject(view: SentenceMentions, finds: list[Match], triggers: list[Match],
                            held: list[Match]) -> Match | None:
        """A bare Arabic finding verb whose object, opened by على (`find_object`), stands past its subject and the
        search ("عثرت قطعات الفرقة الرابعة خلال تفتيش جزيرة سامراء على اثنتي عشرة عبوة ناسفة"): the seizure, told
        by the verb, of the weapons right after على or held by what was found there ("على مضافة تحتوي على ثلاثة
        أحزمة ناسفة"), which are added to ``held``."""
        for f in finds:
            o = find_object(view, f)
            if o is None:
                continue
            found = [w for w in triggers if seizes_weapon(o, w)] if weapon_right_after(view, o, triggers) else []
            found += contained_weapons(view, o, triggers)
            if found:
                held.extend(found)
                return found_as_seizure(view, f)
        return None

    @staticmethod
    def _killing_elsewhere(view: SentenceMentions, primary: Match, trigger: Match, lo: int, hi: int,
                           places: list[PlaceMention], first: Event) -> bool:
        """Whether an Arabic clause opened by a `clause_break` word (فيما, بينما) after the sentence's main event word
        tells a plain killing in another district ("قتل مزارع بانفجار لغم في قضاء خانقين، فيما قُتل سائق برصاص مسلحين
        في ناحية العظيم"): a second deed of a round-up, not the toll of the first."""
        if view.toks[trigger.start].isascii() or trigger.start < primary.end or trigger.payload.voice == "noun":
            return False
        return _arabic_clause_elsewhere(view, None, trigger, lo, lo, hi, places, first)

    @staticmethod
    def _other_weapon_clause(view: SentenceMentions, primary: Match, trigger: Match, lo: int) -> bool:
        """Whether an Arabic clause opened by a `clause_break` (فيما, بينما) after the sentence's main event word
        tells the other of an air strike and shelling ("شنت طائرات حربية تركية غارات على جبل متينا، فيما قصفت
        المدفعية التركية أطراف قرى ناحية كاني ماسي"): two weapons' deeds, two events (as `merge._apart` keeps them
        told in two sentences)."""
        if {trigger.payload.sub_event_type, primary.payload.sub_event_type} != TWO_WEAPONS \
                or trigger.start < primary.end or not view.has("clause_break") or view.toks[trigger.start].isascii():
            return False
        return _break_opens(view, primary, trigger, lo)

    @staticmethod
    def _contrasted_elsewhere(view: SentenceMentions, primary: Match, trigger: Match, lo: int, hi: int,
                              places: list[PlaceMention], first: Event) -> bool:
        """Whether an English clause opened by "while"/"whereas" (`clause_break`, not "when"; in Arabic فيما/بينما
        opening the clause, another district) after the sentence's
        main event word tells the same kind of event (same sub-event type) in another governorate ("protesters
        stormed the airport in Najaf, while demonstrators in Basra set fire to tyres"): another event, not the main
        one told again."""
        english = view.toks[trigger.start].isascii()
        if first.location is None or not view.has("clause_break") \
                or trigger.payload.sub_event_type != primary.payload.sub_event_type and not english:
            return False
        if not english:
            # (Arabic: a verb clause opened by فيما/بينما right before its verb, in another district: "انفجرت عبوة
            # أمام محل في الحلة، فيما انفجرت الثانية عند محل في قضاء المسيب", two bombings)
            if primary.start > trigger.end and first.location.admin2:
                # (the other way round too, the main event word standing in the فيما clause: "تعرضت قاعدة عين الأسد في
                # ناحية البغدادي لقصف بصواريخ، فيما سقط صاروخ آخر في محيط مطار أربيل": the main clause's deed, in
                # another district, is the first attack)
                return any(trigger.end <= c.start and c.end <= primary.start for c in view.kind("clause_break")) \
                    and any(lo <= p.match.start < hi and p.match.end <= primary.start and _other_district(p, first)
                            for p in places)
            return _arabic_clause_elsewhere(view, primary, trigger, lo, trigger.end, hi, places, first)
        # (English, either way round and of either weapon: "a mortar round hit near a polling station in Ramadi,
        # while a roadside bomb exploded in Mosul", the bomb the main event word, is the mortar's attack too)
        before, after = sorted((primary, trigger), key=lambda m: m.start)
        if trigger is before and trigger.payload.sub_event_type == primary.payload.sub_event_type:
            return False  # (the main event word's own clause told after: as before, one event)
        cut = next((c for c in view.kind("clause_break") if c.payload.value == "contrast"
                    and before.end <= c.start < after.start), None)
        if cut is None:
            return False
        own = range(cut.end, hi) if trigger is after else range(lo, cut.start)
        return any(p.match.start in own and p.entry.admin1_code
                   and p.entry.admin1_code != first.location.admin1_code for p in places)

    def _institution(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The body a definite institution noun near the event word refers back to ("اعتقلت مفارز المديرية",
        "أن القيادة أنجزت افتتاح مقر"): the latest actor named, earlier in the sentence or the article, whose
        name holds that noun ("مديرية شؤون المخدرات", "قيادة قوات حرس الحدود")."""
        in_actor = tokens_of(view, ("actor",))
        speakers = speaker_spans(view, trigger.start)  # "وقالت الخلية إن الصواريخ ...": the body speaks
        for r in view.kind("institution_ref"):
            if not lo <= r.start < hi or r.start in in_actor or not -6 <= r.start - trigger.start <= 3 \
                    or inside(speakers, r.start, r.end):
                continue
            noun = view.toks[r.start][len(r.clitic):].removeprefix("ال")
            here = [(m.payload, view.toks[m.start:m.end]) for m in view.longest("actor") if m.end <= r.start]
            actor = next((a for a, toks in reversed(self.named + here) if noun in toks), None)
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _shared_subject(self, view: SentenceMentions, lo: int) -> bool:
        """Whether English clause ``lo`` opens with "and" and a verb, sharing the subject of a violent event
        word told earlier in the sentence (", and destroyed a weapons cache"), or with a participle that tells
        what it did (", killing one militant and destroying a weapons cache")."""
        toks = view.toks
        if not toks[lo].isascii() or lo + 1 >= len(toks):
            return False
        if toks[lo] == "and":
            if any(m.start == lo + 1 for k in ("actor", "person", "number") for m in view.kind(k)):
                return False  # "and police seized ...": a subject of its own
        elif not (lo > 0 and toks[lo - 1] == "," and toks[lo].endswith("ing")):
            return False
        return any(m.start < lo and m.payload.event_type in VIOLENT_TYPES and m not in self.blocked
                   for m in view.kind("trigger"))

    def _also_recalled(self, view: SentenceMentions) -> bool:
        """Whether an Arabic sentence opening on كما ("also") with no day follows one that opens on the pluperfect
        (وكان/وكانت, قد within a few words) and tells no day either: it adds to the history recalled."""
        before = self.view_before
        if not view.toks or view.toks[0] != "كما" or before is None or not before.toks \
                or before.toks[0] not in ("وكان", "وكانت", "كان", "كانت") or "قد" not in before.toks[1:_PLUPERFECT_QAD]:
            return False
        return not any(d.range.precision == "day" for v in (view, before) for d in v.dates())

    def _armed_before(self) -> Match | None:
        """The armed non-state actor an English sentence before this one named last (sought only when a "They"
        opens a sentence, not for every sentence)."""
        view = self.view_before
        if view is None or not view.has("actor") or not view.toks[0].isascii():
            return None
        return next((a for a in reversed(view.longest("actor")) if self._kind(a) in NON_STATE_ARMED), None)

    def _preparer(self, view: SentenceMentions, at: int) -> Match | None:
        """The state or armed side (an actor of the lexicon or a country standing for its forces) that is the
        subject of the English plan word at ``at``, right before it past one auxiliary: "Washington was preparing",
        "Iraqi forces are preparing" (not "militants who were preparing": the relative pronoun stands between)."""
        aux = at - 1
        if aux < 1 or not (aux in view.bare("passive_aux") or any(m.start == aux for m in view.kind("present_aux"))):
            return None
        actor = next((m for m in view.longest("actor") if m.end == aux and self._kind(m) in _STATE_OR_ARMED), None)
        if actor is not None:
            return actor
        state = next((s for s in view.kind("state_agent") if s.end == aux), None) if view.has("state_agent") else None
        return Match(state.start, state.end, "actor", state.payload.value, state.clitic) if state is not None else None

    def _group_ref(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The armed group a definite English noun for its men refers back to ("the militants set fire to
        oil wells" after "recaptured the town from Islamic State"): the latest rebel group named, in the
        sentence or earlier in the article, when the noun stands as the subject just before the event word."""
        speakers = speaker_spans(view, trigger.start)
        for r in view.kind("group_ref"):
            # (Arabic "القوات", valued `state`: the subject before the verb or right after it, "واعتقلت القوات"; not
            # the head of a force's own name, "القوات الأمنية")
            state = r.payload.value == "state"
            if state and trigger.payload.event_type != "Strategic developments":
                continue  # (arrests, seizures: a deed of the state's forces alone; fire opened may be retold)
            if not lo <= r.start < hi or not (0 <= trigger.start - r.end <= 2 or state and r.start == trigger.end) \
                    or inside(speakers, r.start, r.end) or state and any(m.start == r.start for m in view.kind("actor")):
                continue
            # (the state's forces, not its government: "حين فتحت القوات النار" after a minister's words)
            actor = self._latest_of_kind(view, r.start, "State forces", but=GOVERNMENT) if state \
                else self._latest_of_kind(view, r.start, "Rebel group")
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, "")
        return None

    @staticmethod
    def _gunmen_told_before(view: SentenceMentions, agent: Match | None, trigger: Match) -> bool:
        """Whether the event's doers are Arabic definite gunmen ("المسلحين") with no group of their own, the subject
        of a verb: "وأوضح المصدر أن المسلحين أوقفوا الضحايا وأطلقوا النار عليهم" tells how the attack told before was
        done (`merge_events`)."""
        if agent is None or agent.payload not in PLACEHOLDERS or agent.end - agent.start != 1 \
                or trigger.payload.voice == "noun":
            return False
        word = view.toks[agent.start]
        return word.startswith("ال") or word[:1] in "وف" and word[1:3] == "ال"

    def _gunmen_named_before(self, view: SentenceMentions, agent: Match | None,
                             target: Match | None) -> tuple[Match | None, Match | None]:
        """Arabic definite "المسلحون/المسلحين" (the gunmen) refer back to the armed group whose men the sentence
        named before them ("اقتحم مسلحو داعش القرية وأطلق المسلحون النار على الأهالي"): that group's, not unknown
        gunmen; told as the other side of the group itself, they are no second side."""
        sides = [agent, target]
        for i, side in enumerate(sides):
            if side is None or side.payload != "unidentified-gunmen" or side.end - side.start != 1 \
                    or not view.toks[side.start].startswith("ال"):
                continue
            group = next((m.payload for m in reversed(view.longest("actor")) if m.end <= side.start
                          and m.payload in self.k.actors and self._kind(m) == "Rebel group"), None)
            if group is None:
                continue
            other = sides[1 - i]
            sides[i] = None if other is not None and other.payload == group else side._replace(payload=group)
        return sides[0], sides[1]

    def _own_word(self, view: SentenceMentions, agent: Match, trigger: Match, english: bool) -> bool:
        """Whether the doer ``agent`` of a threatened deed says it in its own word: a word of threat (`threaten`)
        right after it, then the deed within twelve words with a modal, future or self-reference between ("Kataib
        Hezbollah threatened to target", "the factions vowed they would strike"), or, in Arabic, the verb of threat
        right before it ("هددت كتائب حزب الله باستهداف"). An armed group or a state's forces only."""
        if self._kind(agent) not in _STATE_OR_ARMED:
            return False
        if not agent.end <= trigger.start <= agent.end + 12:
            return False
        return any(agent.end <= m.start and m.end <= trigger.start for m in view.kind("threaten")) \
            and _modal_between(view, agent, trigger, ("modal", "future", "self_ref")) \
            or not english and any(m.end <= agent.start <= m.end + 2 for m in view.kind("threaten"))

    def _own_threat(self, view: SentenceMentions, trigger: Match, lo: int) -> Match | None:
        """The armed group or state that says it would do the English event (`self_ref`: "it", "they", "we" told
        after "that" as the subject of a modal or future verb): "Kataib Hezbollah warned that it would resume
        strikes". The speaker stands right before its reporting or warning verb, or before an aside set off by
        commas. (`self_ref` is English only: Arabic أنها made wrongly typed threats, see the data README.)"""
        ref = next((r for r in view.kind("self_ref") if lo <= r.start and r.end <= trigger.start <= r.end + OWN_THREAT_REACH
                    and (_modal_between(view, r, trigger, ("modal", "future"))
                         # "its drones would hit": the modal after the noun
                         or r.end == trigger.start and any(m.start == trigger.end for k in ("modal", "future")
                                                           for m in view.kind(k)))), None)
        if ref is None:
            return None
        conditions = {c.start for c in view.kind("conditional")}
        # the nearest verb at most four words before it, a condition told first not counting ("said in a statement
        # that if Washington struck again, its drones would hit")
        verb = max((v for v in view.kind("report_verb") + view.kind("modal") if v.end <= ref.start
                    and v.start not in conditions and sum(
                        not any(c <= i and "," not in view.toks[c:i] for c in conditions)
                        for i in range(v.end, ref.start)) <= 4), key=lambda v: v.start, default=None)
        if verb is None:
            return None
        # "Kataib Hezbollah, which last week announced a truce, warned": the subject before the aside
        start = _aside_before(view.toks, verb.start)
        start = verb.start if start is None else start
        speaker = max((m for m in view.longest("actor") if m.end <= start and start - m.end <= 1),
                      key=lambda m: m.start, default=None)
        if speaker is None or self._kind(speaker) not in _STATE_OR_ARMED:
            return None
        return Match(ref.start, ref.end, "actor", speaker.payload, "")

    def _other_unit(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The side "another force" belongs to ("وأضافت القيادة أن قوة أخرى ... ألقت القبض على اثنين", "اعتقلت
        مفرزة أخرى من الخلية مطلوباً"): a unit of the state's forces (or the PMF) that did the event told just
        before, within three sentences, when the unit is the subject before the event word."""
        if self.last is None or self.sentence_number - self.last[1] > 3 or self.last[0].actor1 is None:
            return None
        actor = self.last[0].actor1.id
        entry = self.k.actors.get(actor)
        if entry is None or not (entry.actor.kind == "State forces" or self._pmf(actor)):
            return None
        speakers = speaker_spans(view, trigger.start)
        for r in view.kind("other_unit"):
            # the subject before the event word, or right after its verb ("اعتقلت مفرزة أخرى")
            if lo <= r.start < hi and (0 <= trigger.start - r.end <= 12 or 0 <= r.start - trigger.end <= 1) \
                    and not inside(speakers, r.start, r.end):
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _unit_ref(self, view: SentenceMentions, trigger: Match, lo: int, hi: int) -> Match | None:
        """The state force a definite bare unit noun (`unit_ref`: القوة, الدورية) refers back to as the subject of a
        state's action with no doer ("وأضاف أن القوة تمكنت من اعتقال خمسة متهمين" after "قوة من مديرية شؤون
        المخدرات"): the latest state force named, earlier in the sentence or the article (not as the speaker)."""
        speakers = speaker_spans(view, trigger.start)
        in_actor = tokens_of(view, ("actor",))  # (not "القوة الجوية", a force named in full)
        for r in view.kind("unit_ref"):
            if not lo <= r.start < hi or r.start in in_actor or not (0 <= trigger.start - r.end <= UNIT_REF_REACH
                                              or 0 <= r.start - trigger.end <= 1) or inside(speakers, r.start, r.end):
                continue
            actor = self._latest_of_kind(view, r.start, "State forces")
            if actor is not None:
                return Match(r.start, r.end, "actor", actor, r.clitic)
        return None

    def _latest_of_kind(self, view: SentenceMentions, before: int, kind: str, but: str | None = None) -> str | None:
        """The latest actor of ``kind`` (other than ``but``) named before token ``before``, else earlier in the article."""
        here = [m.payload for m in view.longest("actor") if m.end <= before]
        return next((a for a in reversed([a for a, _ in self.named] + here)
                     if a != but and a in self.k.actors and self.k.actors[a].actor.kind == kind), None)

    def _redate_last(self, entry: TriggerEntry, status: str, when: DateRange | None, date_span: Span | None,
                     own_day: bool) -> None:
        """An event word too weakly supported to be news of its own, of the sub-type of the event told in one of
        the two sentences before, which that event's report dated today, with an earlier day told in its own clause
        ("أعلنت الخلية، اليوم الأحد، مقتل ثلاثة إرهابيين بضربة جوية ... وأن الطائرات دمرت المضافة مساء أمس السبت"
        retold as "الضربة"; "أعلنت المديرية، اليوم الأربعاء، إلقاء القبض على ثلاثة متهمين ... ثم اعتقل الثلاثة"
        told "ليل الثلاثاء"): the day the report told is its publication's, the retelling's day is the event's."""
        if not own_day or status != "occurred" or when is None or date_span is None or when.precision != "day" \
                or self.last is None or self.sentence_number - self.last[1] > 2:
            return
        last = self.last[0]
        if last.event_id not in self.report_dated or self.redated.get(last.event_id, (None, None, False))[2] \
                or last.sub_event_type != entry.sub_event_type or last.status != "occurred" \
                or last.date is None or not 0 < _days_after(last.date, when) <= REDATE_DAYS:
            return
        self.redated[last.event_id] = (when, date_span, True)

    def merge_hints(self) -> MergeHints:
        """What the sentences told of the article's event mentions, for `merge.merge_events`."""
        return MergeHints(anaphoric=self.anaphoric, pointed=self.pointed, separate=self.separate, sides=self.toll_side,
                          near=self.near, bare=self.bare_blasts, reported_before=self.reported_before, items=self.items,
                          gunmen_told=self.gunmen_told, denials=self.denials, later=self.later,
                          unplaced=self.unplaced)

    def finish(self) -> None:
        """After the last sentence: a roundup whose lead and items tell no day at all ("Compiled by our Baghdad
        bureau." then "MOSUL - Gunmen shot dead a municipal employee in the afternoon"): its items are of the day
        before publication, the day the roundup was compiled (the same roundup dates its items by the weekday one of
        them tells, the day before publication)."""
        if self.undated_items and self.lead_dayless and self.lead_date is None and self.published is not None:
            eve = (self.published - timedelta(days=1)).isoformat()
            self._date_items(DateRange(eve, eve, "day"))

    def _date_items(self, day: DateRange) -> None:
        """Date the roundup's items told with no day of their own (`undated_items`) by ``day``."""
        for event_id in self.undated_items:
            self.redated.setdefault(event_id, (day, None, False))

    def redate(self, event: Event) -> Event:
        """``event`` with the day a later sentence told for it (`_redate_last`, `_day_of_last`), and the toll a later
        sentence revised for it (`retolled`), if any."""
        if event.event_id in self.denied_later:
            event = dataclasses.replace(event, status="denied")
        retolled = self.retolled.get(event.event_id)
        if retolled is not None:
            fatalities, injured, fatalities_span, injured_span = retolled
            event = dataclasses.replace(
                event, fatalities=fatalities or event.fatalities, injured=injured or event.injured,
                evidence=dataclasses.replace(event.evidence, fatalities=fatalities_span or event.evidence.fatalities,
                                             injured=injured_span or event.evidence.injured))
        found = self.redated.get(event.event_id)
        if found is None:
            return event
        return dataclasses.replace(event, date=found[0], evidence=dataclasses.replace(event.evidence, date=found[1]))

    def _date_of_last(self, view: SentenceMentions) -> list[Event]:
        """A sentence with no event of its own that dates "the operation" ("وتأتي العملية التي نفذت يوم أمس
        الأحد بعد ...") dates the event told just before with no day of its own: a copy of it with the day,
        which the merge folds into it. The day must follow the definite noun closely, before any reference word
        ("بعد أيام من تحرير ..." dates something else)."""
        last, number = self.last
        if self.sentence_number - number > 3:
            return []
        for m in view.kind("trigger"):
            word = view.toks[m.start][len(m.clitic):]
            if m.payload.voice != "noun" or not (word.startswith("ال") or m.clitic.endswith("ال")) \
                    or m.payload.event_type != last.event_type and m.payload.weight > 1:
                continue
            day = next((d for d in view.dates() if m.end <= d.start <= m.end + 3 and d.range.precision == "day"
                        and not any(m.end <= r.start < d.start for r in view.kind("reference"))), None)
            if day is None:
                continue
            evidence = dataclasses.replace(last.evidence, date=self.span(view, day.start, day.end))
            return [dataclasses.replace(last, date=day.range, evidence=evidence)]
        return []

    def _day_of_last(self, view: SentenceMentions) -> bool:
        """A sentence with no event of its own, right after the event told last that carries only the day of
        publication (its sentence told no day, or only the report's), that tells a day before publication goes on
        telling that event ("أعلنت الخلية، اليوم الأحد، مقتل ثلاثة إرهابيين بضربة جوية ... وذكرت أن الطائرات
        دمرت المضافة مساء أمس السبت"): whether it did, the day kept for `redate` (unless a retelling gave one). Not a
        day of the report ("وقال المصدر أمس إن ..."), nor one after "since" or "until"; of several days, the
        latest (the report goes on to the last step: "وصلت الحاوية قبل يومين، وتم التفتيش مساء أمس")."""
        last, number = self.last
        if self.published is None or self.sentence_number - number > 1 or last.date != self.today \
                or last.status in UNREALISED_STATUSES:
            return False
        speakers = speaker_spans(view, len(view.toks))
        said = {r.start for k in ("report_verb", "denial", "call") for r in view.kind(k)}
        limits = {m.end for k in ("since", "until") for m in view.kind(k)}
        week = (self.published - timedelta(days=7)).isoformat()
        # "In a statement carried by its news agency on Wednesday, the group said ...": a day in the clause of a
        # statement or meeting word, told before the report verb, is the statement's
        stated = [(lo, hi) for lo, hi in view.clauses() if any(lo <= m.start < hi for m in view.kind("meeting"))
                  and any(r.start >= hi for r in view.kind("report_verb"))] \
            if view.has("meeting") and view.has("report_verb") else ()
        days = [d for d in view.dates() if d.range.precision == "day" and week <= d.range.start < self.today.start
                and not inside(speakers, d.start, d.end) and not in_dateline(view, d.start, d.end)
                and d.start not in limits and d.end not in said
                and not any(lo <= d.start < hi for lo, hi in stated)]
        if days and view.has("onset"):
            # "ويأتي الهجوم ضمن المرحلة الأولى من معركة الموصل التي بدأت الاثنين الماضي": the day a campaign began
            # is not the day of the event told within it
            days = _not_begun(view, days)
        if not days:
            return False
        day = max(days, key=lambda d: d.range.start)
        self.redated.setdefault(last.event_id, (day.range, self.span(view, day.start, day.end), False))
        return True

    def _source_toll(self, view: SentenceMentions, words: list[Match], places: list[PlaceMention]) -> bool:
        """Whether an English sentence only tells a source's toll of the violent event told just before: a
        reporting verb, plain passive casualty words ("were killed", "were wounded", an Attack word of weight 2 or
        less) as its only event words, a figure, and no day, place or actor of its own as agent ("The PMF said four
        of its members were killed and six wounded", after the strike that killed them)."""
        if not self.told or self.last is None or self.sentence_number - self.last[1] > SOURCE_TOLL_REACH \
                or self.last[0].event_type not in VIOLENT_TYPES or not words or not view.toks[0].isascii() \
                or not view.has("report_verb") or not view.quantities() or view.dates() \
                or any(p.entry.level != "country" and not self._event_town(p) for p in places) \
                or any(view.has(k) for k in ("claim", "alternative", "denial", "negation", "modal")):
            return False  # (a claimant's toll, "killed or wounded", a denial are no sure dead of the event)
        return all(m.payload.sub_event_type == "Attack" and m.payload.weight <= 2 and m.payload.voice == "passive"
                   for m in words)

    def _update_elsewhere(self, places: list[PlaceMention]) -> bool:
        """Whether a toll update names where it happened in a governorate other than the last event's, and none in
        the last event's own: the update of another event."""
        where = self.last[0].location if self.last is not None else None
        if where is None or where.admin1_code is None or not places:
            return False
        told = {p.entry.admin1_code for p in places if p.entry.level != "country" and p.entry.admin1_code
                and not (p.dateline or p.reference or p.institution)}
        return bool(told) and where.admin1_code not in told

    def _event_town(self, place: PlaceMention) -> bool:
        """Whether a place told in a source's sentence is the district of the event told just before ("Doctors at
        a Najaf hospital said at least seven people had been killed" after the fighting in Najaf): where the source
        is, no place of its own (one in another district, "In Kut, police said ...", tells another event)."""
        where = self.last[0].location if self.last is not None else None
        return where is not None and where.admin2 is not None and place.entry.admin2 == where.admin2 \
            and place.entry.admin1_code == where.admin1_code

    def _state_doer_of_last(self, event: Event) -> Event:
        """A state's action (an arrest, a cache disrupted) told with no doer ("كما تمكنت مفرزة أخرى من إلقاء القبض
        على إرهابي", "وجرى إلقاء القبض على المتهم", "فككت فرق الجهد الهندسي سبع عبوات") goes on the account of the
        event told in the two sentences before: it was done by that event's state force (its actor1, or the side
        that repelled an attack, its actor2). Not in a sentence told as a separate incident, nor for the same deed
        told again (same sub-type, same day)."""
        last, number = self.last
        if event.actor1 is not None or event.status != "occurred" or event.sub_event_type not in STATE_ACTIONS \
                or self.sentence_number - number > 2 \
                or last.sub_event_type == event.sub_event_type and last.date == event.date:
            return event  # (one deed of that day told again: the merge joins it to the first telling)
        doer = next((a for a in (last.actor1, last.actor2) if a is not None and a.kind in STATE_SIDE), None)
        if doer is None:
            return event
        return dataclasses.replace(event, actor1=doer)

    def _left_out_bomber(self, view: SentenceMentions) -> list[Event]:
        """"الحصيلة لا تشمل الانتحاري", "وأن الانتحاري قتل في التفجير، وهو غير مشمول بالحصيلة": a sentence saying
        the toll leaves out a lone attacker (a `hostile_noun` carrying his count, within a few words of the
        `toll_excludes` cue) adds him to the toll of the suicide bombing told with its dead in the last two
        sentences (ACLED counts every death; the text says he died): a copy with the higher toll, which the
        merge keeps. Once per event."""
        if self.last_toll is None:
            return []
        last, number = self.last_toll
        if self.sentence_number - number > 2 or last.sub_event_type != "Suicide bomb" \
                or last.event_id in self.bomber_added or not (last.fatalities and last.fatalities.best):
            return []
        noun = next((h for h in view.kind("hostile_noun") if h.payload.value and any(
            abs(h.start - c.start) <= LEFT_OUT_REACH for c in view.kind("toll_excludes"))), None)
        if noun is None:
            return []
        self.bomber_added.add(last.event_id)
        n = int(noun.payload.value)
        return [dataclasses.replace(last, fatalities=plus(last.fatalities, Quantity(n, n, n)))]

    def _dated_before_last(self, view: SentenceMentions) -> bool:
        """Whether the sentence tells a day wholly before that of the event told last ("بعد هجوم صاروخي في شباط
        الماضي أدى إلى مقتل متعاقد" after a strike of April): its toll is that earlier event's, not the last one's."""
        last = self.last[0].date
        return last is not None and any(d.range.end < last.start for d in view.dates()
                                        if not in_dateline(view, d.start, d.end))

    def _tells_history(self, view: SentenceMentions) -> bool:
        """Whether an English sentence tells a day, month or year that is history (`_history`)."""
        return view.toks[0].isascii() and any(self._history(d.range) for d in view.dates())

    def _dead_without_event(self, view: SentenceMentions) -> bool:
        """Whether an Arabic sentence right after a violent event tells dead and no event word but its casualty words:
        "وقد ارتقى خلال التصدي شهيدان من مقاتلينا" after the attack repelled. Its dead are that event's
        (`_nil_toll_of_last`; added to the other side's told there), not when it tells a claimant's toll, a denial or a
        negation (an earlier day: its caller's `_dated_before_last`). (English is left out: "lives" is also the verb,
        "a shopkeeper who lives".)"""
        if not view.has("fatality") or view.toks[0].isascii() or self.last[0].event_type not in VIOLENT_TYPES \
                or self.sentence_number - self.last[1] > 2 \
                or any(view.has(k) for k in ("claimed_toll", "claim", "denial", "negation", "alternative")):
            return False
        # (its casualty words may be event words too: "فيما أصيب ثالث بجروح")
        cues = casualty_starts(view)
        return all(m.start in cues for m in view.kind("trigger"))

    def _nil_toll_of_last(self, view: SentenceMentions) -> list[Event]:
        """The nil toll of a sentence that tells no event ("ولم تسجل أي إصابات", "من دون تسجيل حالات وفاة"), with
        any figures beside it, completes the event told just before: a copy of it with the figures it lacked,
        which the merge folds into it."""
        last, number = self.last
        update = view.has("toll_update")  # "لترتفع حصيلة الشهداء إلى اثنين": a higher toll replaces the first
        # (a toll that rose names the event it updates however far back: a live report's later entry)
        if self.sentence_number - number > (5 if update else SOURCE_TOLL_REACH if self.source_toll else 2) or (
                last.fatalities is not None and last.injured is not None and not update):
            return []
        if not update and view.has("summed"):
            return []  # "نفذ 14 طلعة جوية أسفرت بمجملها عن قتل 29": a toll summed over many deeds completes none
        fatalities, injured = attach_casualties(view, 0, len(view.toks))
        if not update and _war_sized(fatalities, dated=False):
            # "أن الدواعش أعدموا نحو ألفي مواطن" (`_war_toll`): a war's toll completes no event told before
            fatalities = None
        # "No one was killed": the killing word inside the nil phrase counts no one
        for kinds, toll in ((("no_casualties", "no_fatalities"), fatalities), (("no_casualties",), injured)):
            zero = toll and next((z for k in kinds for z in view.kind(k) if z.start <= toll[1].start < z.end), None)
            if zero:
                nil = (QuantitySpan(zero.start, zero.end, Quantity(0, 0, 0), 0), zero)
                fatalities, injured = (nil, injured) if toll is fatalities else (fatalities, nil)
        higher = lambda toll, had: update and toll is not None and (toll[0].quantity.best or 0) > (had.best or 0)
        if _toll_counts(fatalities) and not update and counted(last.fatalities) \
                and not view.has("result_link") and self._dead_without_event(view) \
                and {self.toll_side.get(last.event_id), dead_side(view, fatalities[0], None)} == {"agent", "target"}:
            # "قتلوا ثلاثة منهم" then "وقد ارتقى اثنان من أبطالنا شهيدين": the other side's dead are added
            self.toll_side[last.event_id] = "both"
            return self._with_toll(view, last, (dataclasses.replace(
                fatalities[0], quantity=plus(last.fatalities, fatalities[0].quantity)), fatalities[1]),
                injured if last.injured is None else None)
        if update and last.fatalities is not None and _toll_counts(fatalities) \
                and (fatalities[0].quantity.best or 0) < (last.fatalities.best or 0) \
                and any(u.payload.value == "revised" for u in view.kind("toll_update")):
            # "Seven people were killed ... Police later revised the toll to five dead": a revision downwards
            # replaces the first figures (the merge keeps the higher of two tolls, so the event is changed after it)
            lower = injured if injured is not None and last.injured is not None else None
            self.retolled[last.event_id] = (
                fatalities[0].quantity, lower[0].quantity if lower else None, self._toll_span(view, fatalities),
                self._toll_span(view, lower) if lower else None)
            injured = injured if last.injured is None else None
            return self._with_toll(view, last, None, injured) if injured else []
        fatalities = fatalities if last.fatalities is None or higher(fatalities, last.fatalities) else None
        injured = injured if last.injured is None or higher(injured, last.injured) else None
        if fatalities is None and injured is None:
            return []
        return self._with_toll(view, last, fatalities, injured)

    def _with_toll(self, view: SentenceMentions, last: Event, fatalities, injured) -> list[Event]:
        """A copy of ``last`` with the figures told in ``view`` it lacked, which the merge folds into it."""
        evidence = dataclasses.replace(
            last.evidence, fatalities=self._toll_span(view, fatalities) if fatalities else last.evidence.fatalities,
            injured=self._toll_span(view, injured) if injured else last.evidence.injured)
        return [dataclasses.replace(last, fatalities=fatalities[0].quantity if fatalities else last.fatalities,
                                    injured=injured[0].quantity if injured else last.injured, evidence=evidence)]

    def _remember(self, view: SentenceMentions, places: list[PlaceMention], eventless: bool) -> None:
        """Keeps the sentence's date, history date and place for the sentences after it (`discourse`, `history`);
        ``eventless``: the sentence told no event."""
        # an English sentence of history ("In August 2014, IS fighters overran the district") dates the undated
        # sentence right after it, which goes on telling that history ("Thousands more fled to the mountain")
        self.history = None
        recent = self.year_before
        # (a month or period named, whose dates are parsed anyway: "in" is a year word in nearly every sentence)
        if self.published is not None and view.toks and (view.has("month") or view.has("period")):
            told = [d for d in view.dates() if not in_dateline(view, d.start, d.end)]
            if view.toks[0].isascii():
                if told and all(d.range.end < recent for d in told):
                    self.history = (told[0].range, self.span(view, told[0].start, told[0].end))
            elif told and all(d.range.end < self.month_before and _year_named(view, d) for d in told):
                # an Arabic sentence of history with its year ("وفي الثالث من أغسطس العام الماضي اجتاح المسلحون
                # القضاء") dates the undated sentence right after it too ("ونفذ التنظيم مذابح بحق السكان")
                self.history = (told[0].range, self.span(view, told[0].start, told[0].end))
        if not view.by_kind.keys().isdisjoint(_DAY_WORDS) or view.toks and view.toks[0].isdigit() \
                or any(map(str.isdigit, view.toks[1:4])):  # (a log entry's "14/03 -", a field's "Date: 17/01/2023")
            speakers = speaker_spans(view, len(view.toks))
            # history told in passing ("في 27 نيسان 1909") dates nothing that follows
            # nor does an Arabic day over a month before publication: "وكان ... قتل في 15 مايو" recalled in August
            # does not date "إلى ذلك، قتل ثلاثة مسلحين" after it
            month_ago = self.month_before
            english = all(map(str.isascii, view.toks[:4]))
            dated = [d for d in view.dates() if d.range.precision in ("day", "week")
                     and not inside(speakers, d.start, d.end) and d.range.end >= recent
                     and (english or d.range.end >= month_ago)
                     and not in_dateline(view, d.start, d.end)]
            if dated and (view.has("later_clause") or view.has("until")):
                # nor does the day of a later deed told in a "before" clause ("قبل أن يفارق أحد المصابين الحياة فجر
                # اليوم") or a limit ("حتى ظهر اليوم"): the next sentences go on telling the event
                dated = [d for d in dated if not any(c.end <= d.start and "," not in view.toks[c.end:d.start]
                                                     for c in view.kind("later_clause"))
                         and not any(d.start == u.end for u in view.kind("until"))]
            if dated and view.has("since"):
                # nor the start of a span of a week or longer ("وتشهد المنطقة مواجهات منذ الأسبوع الماضي", "since
                # last week"): what the next sentences tell did not happen then (a day after "since" stays, "منذ
                # فجر أمس الخميس حتى منتصف الليل" is the day of the deeds told)
                dated = [d for d in dated if d.range.precision == "day"
                         or not any(s.start <= d.start <= s.end + 1 for s in view.kind("since"))]
            if dated and view.has("onset"):
                # nor the day something else began ("بعد عملية عسكرية انطلقت فجر الجمعة", `_onsets`)
                dated = _not_begun(view, dated)
            if len(dated) > 1 and view.has("coverage"):
                # "DAILY SECURITY BRIEF – 14 JULY 2020 (covering 13 July)": the day reported on, not the day of issue
                dated = [d for d in dated if any(c.end <= d.start <= c.end + 1 for c in view.kind("coverage"))] or dated
            if not dated and self.published is not None and speakers \
                    and (not english or self.sentence_number == 0 and eventless):
                # "أعلنت الوزارة، اليوم الخميس، حصيلة العمليات التي نفذتها قطعاتها يوم أمس الأربعاء": a report with
                # no event word of its own runs to the sentence's end; beside its day (today's), an earlier day told
                # in it is the one the next sentences tell of
                today = self.today.start
                days = [d for d in view.dates() if d.range.precision == "day" and recent <= d.range.end
                        and (english or month_ago <= d.range.end) and not in_dateline(view, d.start, d.end)]
                if english:
                    # "Following are security developments in Iraq reported on Monday.": a lead with the day of the
                    # reports it sums up, earlier than publication, dates the items after it (a roundup's day)
                    dated = [d for d in days if d.range.end < today][:1]
                elif any(d.range.start == today for d in days):
                    dated = [d for d in days if d.range.end < today]
                elif days and all(d.range.end < today for d in days):
                    # "أعلنت السلطات أمس السبت مقتل 13 مدنياً في حوادث متفرقة": a report told on an earlier day
                    # reports what happened by then; the next sentences, undated, tell of that day, not of today
                    dated = days[:1]
            if len(dated) > 1 and view.has("past_aux") and not view.toks[dated[0].start].isascii():
                # "تمكنت مفرزة، فجر اليوم الثلاثاء، من تحرير مواطن كان قد اختطفه مسلحون مساء السبت الماضي": the day
                # right after a pluperfect (كان قد) dates the earlier deed it recalls; the next sentences go on with
                # the news of the sentence's other day
                dated = [d for d in dated if not any(
                    self._qad_after(view, a) and a.end < d.start <= a.end + _PLUPERFECT_DAY_REACH
                    and "," not in view.toks[a.end:d.start] for a in view.kind("past_aux"))] or dated
            if len(dated) > 1 and self.published is not None and not view.toks[dated[0].start].isascii():
                # "نفت القيادة، اليوم الخميس، الأنباء عن ... أمس الأربعاء": the day of publication is the report's;
                # the earlier day told beside it is the one the next sentences tell of
                dated = [d for d in dated if d.range.start != self.today.start] or dated
            if dated and self.published is not None:
                # "الجولة المقبلة مقررة في 30 تموز" told before the day of publication: a day still to come dates a
                # plan, not the deeds the next sentences tell
                dated = [d for d in dated if d.range.end <= self.today.end]
            if dated:
                self.discourse.date = (dated[0].range, self.span(view, dated[0].start, dated[0].end))
                self.discourse_at = self.sentence_number
        relative = self._relative_day(view, 0, len(view.toks))
        if relative is not None:
            self.discourse.date = (relative[0], self.span(view, relative[1].start, relative[1].end))
        if not places:  # (most sentences name no place: nothing to keep or drop)
            return
        fine = [p for p in places if p.entry.level != "country"]
        # a landmark that places another place ("مدينة الكوت جنوب شرقي بغداد") is no second governorate
        # (but not to leave only the dateline: "KIRKUK - ... in the mountains east of Tuz Khurmatu" is no story of Kirkuk)
        told = [p for p in fine if not p.reference]
        fine = told if any(not p.dateline for p in told) else fine
        if len({p.entry.admin1_code for p in fine}) == 1:
            p = best_place(fine, 0)
            # "بحسب مصدر في قيادة شرطة البصرة" after "ناحية الدير": the source's province does not replace the
            # finer place told before in it (as it places no event, `_place`)
            if not (p.institution and self.discourse.place is not None
                    and (self.discourse.place[0].entry.admin1_code == p.entry.admin1_code or view.toks[0].isascii()
                         or p.spoken)):
                self.discourse.place = (p, self.span(view, p.match.start, p.match.end))
        elif fine:
            self.discourse.place = None  # several governorates: no single place carries over

    def _day_after(self, view: SentenceMentions, told: list, anchor: int, hi: int
                   ) -> tuple[DateRange, Span, bool] | None:
        """(English) An event word after "a day after" (`day_after`, valued in days) in the same phrase (no comma
        between) and with no day told after the cue: the event came that many days before the day of the clause
        the cue closes ("The figures came a day after two bombers blew themselves up": the day told before the
        cue in the sentence, else the discourse's, else publication). "A day after the bombing, police arrested
        ..." (the main clause past the comma) keeps its own day."""
        cue = next((c for c in reversed(view.kind("day_after")) if c.end <= anchor), None)
        if cue is None or "," in view.toks[cue.end:anchor] or any(cue.end <= d.start < hi for d in told):
            return None
        # (the first day told before it, else the discourse's, else publication. Not in a sentence telling a plan, a
        # call or a day to come: "called on Thursday for a rally on Friday, a day after they stormed parliament" —
        # its days are the call's and the plan's, and the deed recalled is most often told again on its own)
        today = self.today.start if self.today is not None else None
        if today is not None and any(d.range.start > today for d in view.dates()) \
                or any(m.start < cue.start for k in ("call", "future", "modal") for m in view.kind(k)):
            return None
        before = [d for d in told if d.end <= cue.start and d.range.precision == "day"]
        base = before[0].range if before else \
            self.discourse.date[0] if self.discourse.date is not None else self.today
        if base is None or base.precision != "day":
            return None
        return shifted(base, int(cue.payload.value or 0)), self.span(view, cue.start, cue.end), True

    def _relative_day(self, view: SentenceMentions, lo: int, hi: int,
                      base: DateRange | None = None) -> tuple[DateRange, Match] | None:
        """A day told relative to the day told before ("on the same day", "later that night", "اليوم ذاته",
        "في اليوم التالي": `relative_day`, valued in days) in tokens ``lo``..``hi``: the day of the event told
        last (else the last day the article told) shifted by that value, and the words that say so. Not the
        day of publication, nor the discourse's last date when an event has one: that is often a report's."""
        if not view.has("relative_day"):
            return None
        rel = next((m for m in view.kind("relative_day") if lo <= m.start < hi), None)
        # with no day told before, the day of publication ("denied on Monday reports that its forces had
        # fought the previous night"); ``base``: a day the sentence told before the event word
        if base is None:
            base = self.last_date[0] if self.last_date is not None else \
                self.discourse.date[0] if self.discourse.date is not None else self.today
        if rel is None or base is None or base.precision != "day":
            return None
        return shifted(base, int(rel.payload.value or 0)), rel

    def _elaborates_tally(self, view: SentenceMentions, lo: int, hi: int, trigger: Match) -> bool:
        """Whether clause ``lo``..``hi``, beside a tally, goes on telling what was counted rather than news."""
        if any(lo <= m.start < hi for m in view.kind("tally_ref")):
            return True
        if view.toks[trigger.start].isascii() \
                and any(p.start <= trigger.start < p.end for p in view.kind("attack_plural")) \
                and not any(lo <= d.start < hi for d in view.dates()):
            # "there have been more than ten rocket attacks on the base, and further attacks are possible": attacks
            # in the plural with no day of their own beside a tally are more of the kind counted
            return True
        if lo > 0 and not view.toks[lo].isascii() and any(m.start == lo and m.payload.voice == "active" and not m.clitic
                                                          for m in view.kind("trigger")):
            # "إن 17 ضربة جوية نفذت قرب دير الزور، استهدفت مناطق تجمعات": a clause opening on an event verb with
            # no subject and no "and" goes on with the strikes counted ("، وقتل 16 جنديا في كمين" tells news)
            return True
        if view.toks[lo].isascii() and any(m.start == lo for m in casualty_cues(view)):
            return True  # "12 incidents were reported during the week, killing four civilians": the tally's toll
        return any(lo <= d.start < hi and d.range.precision != "day" for d in view.dates())

    def _tally(self, view: SentenceMentions, lo: int, hi: int, after_tally: bool = False
               ) -> tuple[QuantitySpan, Match] | None:
        """A figure right before a tally noun ("أكثر من 20 هجوما", "12 attacks") makes a claim, not an event.
        ``after_tally``: an earlier clause of the sentence told a tally."""
        # ("three attack drones": a noun that describes the one after it counts that one, no attacks)
        # (a noun valued "span", "برجاً", counts attacks only over a span of time: "12 برجاً خلال تموز")
        nouns = [noun for noun in view.kind("tally_noun") if lo <= noun.start < hi
                 and not _describes_next(view, noun)
                 and not (noun.payload.value == "span" and _one_day(view, lo, hi))] \
            if view.has("tally_noun") else []
        # (English) "Near Ramadi, three airstrikes struck an ISIL tactical unit", "Two blasts hit a market on
        # Monday": strikes counted as the subject of the deed they did (an event verb right after the noun), with
        # no span of time told, hit one target on one day: an event, not a tally (a press release's list of strikes)
        # (a trigger that opens on the noun and runs past it, "strikes engaged", is the noun and its deed)
        doers = [n for n in nouns if n.payload.value != "counted" and any(
            (v.start == n.end or v.start == n.start < n.end < v.end) and v.payload.voice == "active"
            for v in view.kind("trigger"))] \
            if nouns and view.toks[lo].isascii() else ()
        # (no span of time: asked once, and only of a sentence with such strikes)
        one_day = bool(doers or nouns and view.has("target_marker")) and _one_day(view, lo, hi)
        if doers and one_day:
            nouns = [n for n in nouns if n not in doers]
        # "carried out two air strikes on caves used by ISIS", "نفذت ثلاث ضربات متتالية على كهوف": a few strikes told
        # with their target right after them (a `target_marker`, one word may stand between) and no span of time hit
        # one target in one operation: an event, not a tally (counts up to `AIMED_FEW`)
        aimed = {n.start for n in nouns if n.payload.value != "counted" and any(
            n.end <= t.start <= n.end + 1 for t in view.kind("target_marker"))} \
            if nouns and view.has("target_marker") and one_day else ()
        # only event nouns may stand between ("12 roadside bomb attacks"); a verb starts a clause of its own
        # ("طراز إيه إتش 64 تعرضت لهجوم": the figure is a model number)
        in_trigger = {t for m in view.kind("trigger") if m.payload.voice == "noun"
                      for t in range(m.start, m.end)} if nouns else set()
        # "شنت ثلاثون طائرة تركية غارات على ...": a figure before a bare aircraft noun (an Arabic air-strike noun of
        # the lowest weight, "طائرة", "مقاتلات") counts the aircraft that struck, not the strikes after them
        aircraft = {m.start for m in view.kind("trigger") if m.payload.voice == "noun" and m.payload.weight <= 1
                    and m.payload.sub_event_type == "Air/drone strike" and not view.toks[m.start].isascii()} \
            if nouns else ()
        # "heard at least two explosions": blasts a witness heard are counted, not a tally of attacks
        heard = {s.end for s in view.kind("sound")} if nouns and view.has("sound") else ()
        # (and told after the blasts, passive: "at least four explosions were heard at the compound")
        heard_after = {s.start for s in view.kind("sound")} if heard else ()
        # a year is no count: "شهدت في أيلول 2019 هجوماً مماثلاً", "the 2019 attacks"
        dated = date_tokens(view) if nouns and view.figures() else ()
        # "مقابل أحد عشر هجوماً في شباط", "compared with 11 attacks": the figure compared with is no tally told
        compared = {c.end for c in comparisons(view)} if nouns and view.has("comparison") else ()
        # (English) a nationality word right after the figure says whose the counted are ("14 Turkish air and
        # artillery strikes", "26 Iranian drone attacks"), no word of its own
        national = {m.start for m in view.kind("nationality")} if nouns and view.has("nationality") else ()
        # "twin bombings": a pair told together is no tally of two ("the twin attacks on the ministries")
        paired = {m.start for m in view.kind("pair_word")} if nouns and view.has("pair_word") else ()
        of_words = view.bare("of_word") if nouns else ()
        # (English) an adjective of kind may stand between too: "23 security incidents", "14 separate attacks"
        modifiers = view.bare("tally_modifier") if nouns and view.toks[lo].isascii() else ()
        # "نفذت قوة من اللواء 57 عملية دهم": a figure right after a unit noun (`numbered_unit`) is the unit's number
        numbered = {u.end for u in view.kind("numbered_unit")} if nouns and view.has("numbered_unit") else ()
        # (the figures that may count: sorted out once, not for every noun)
        counts = [q for q in view.quantities() if q.start not in paired and q.start not in compared
                  and q.start not in numbered
                  and not (heard and any(q.start - e in (0, 1, 2, 3) for e in heard))
                  and not (dated and (q.start in dated or _year_like(q)))
                  # (nor a year right after another, "خلال احتجاجات 2019 و2020 حوادث خطف": two years, no count)
                  and not (_year_like(q) and any(_year_like(p) and 0 <= q.start - p.end <= 1
                                                 for p in view.quantities()))] if nouns else ()
        for noun in nouns:
            if heard_after and any(0 <= s - noun.end <= 2 for s in heard_after):
                continue
            for q in counts:
                # "12 attacks", "12 roadside bomb attacks": only event words may stand between
                first = q.end + 1 if q.end in national and view.toks[q.end].isascii() else q.end
                # (English: a vague figure counts through "of": "dozens of drone attacks", "scores of raids")
                if first in of_words and view.toks[first].isascii() and _vague_figure(view, q):
                    first += 1
                between = range(first, noun.start)
                if aircraft and any(t in aircraft for t in between):
                    continue
                # a noun valued "counted" ("times") makes a tally only after a figure told: "46 times",
                # not "hit several times"
                if first <= noun.start and len(between) <= 3 and all(
                        t in in_trigger or t in modifiers or self._coordinated(view, t, q.end, noun) for t in between) \
                        and (q.quantity.best or 0) >= 2 and not (noun.payload.value == "counted" and _vague_figure(view, q)) \
                        and not (noun.start in aimed and q.quantity.high is not None and q.quantity.high <= AIMED_FEW
                                 and not _vague_figure(view, q)):
                    return q, noun
        if view.has("scattered") and view.has("find_verb") and view.has("fatality"):
            # "police had found at least 50 bodies across the capital in the previous 24 hours": the dead of many
            # finds over an area (a count of bodies a `find_verb` found, a `scattered` word right after them), for
            # its clause and those after it ("most of them shot" tells how the counted died)
            for b in view.kind("fatality"):
                if b.start < hi and any(b.end <= s.start <= b.end + 1 for s in view.kind("scattered")) \
                        and any(_found_dead(f, b) for f in view.kind("find_verb")):
                    q = next((q for q in view.quantities() if q.end == b.start and (q.quantity.best or 0) >= 2), None)
                    if q is not None:
                        return q, b
        # "arrested 45 suspects in May": a count of people held over a period is a tally too
        # so are bombs defused or weapons seized: "فككت أكثر من ثلاثين عبوة ناسفة خلال شهر كانون الأول"
        arrests = [m for m in view.kind("trigger") if lo <= m.start < hi
                   and m.payload.sub_event_type in ("Arrests", "Disrupted weapons use")]
        if arrests and view.has("since"):
            # "اعتقلت أكثر من خمسين شخصاً في بغداد منذ الأربعاء", "اعتقلت قواته أكثر من ألف مطلوب منذ بدء العملية",
            # "have arrested 60 people since Wednesday": people held since a point in time, a count that grows over
            # days of raids, whatever the span's length (ten or more: a tally, no one raid)
            # (or the figure before a passive, "more than 30 suspects had been detained ... since January")
            for m in arrests:
                if any(m.end < s.start < hi for s in view.kind("since")):
                    for q in view.quantities():
                        if (m.end <= q.start <= m.end + 2 or _subject_count(view, q, m)) and _firm_count(view, q, 10):
                            return q, m
        if not view.dates():  # (the rules below count over a period told, and most sentences tell none)
            return None
        # and event nouns counted over a month or a year: "زرع أكثر من عشرين عبوة ناسفة خلال شهر آذار" (many bombs
        # of a month are many attacks, not one)
        counted = [m for m in view.kind("trigger") if lo <= m.start < hi and m.payload.voice == "noun"
                   and m not in arrests
                   # ("killed 1,700 air force cadets": a noun that describes the one after it counts that one)
                   and not _describes_next(view, m)]
        # (or over a span "since" a day more than a week ago: "اعتقلت السلطات 1300 شخص منذ نهاية الشهر الماضي")
        # a clause of arrests with no time of its own after a tally is dated by the tally's period: "نفذ الطيران
        # 27 ضربة خلال شهر كانون الثاني، فيما اعتقلت القطعات 130 مطلوبا خلال الشهر ذاته" (not other counted
        # nouns: "who organised sit-ins in late 2019, was hit by five bullets"; nor arrests after a period told of
        # something else: "الحصار في ديسمبر حيث عمد منفذ الهجوم إلى احتجاز 18 شخصا")
        # and the killed counted over a month, a year or a long span "since": "6,376 civilians were killed in
        # November and December", "أكثر من ثلاثين ناشطاً اغتيلوا منذ انطلاق الاحتجاجات", "killed 48 militants
        # during 2025" (a period's dead are a tally, no one attack)
        # (and the taken, counted the same way: "more than 100 foreigners have been kidnapped since April")
        killing = {k.start for k in view.kind("killing")} if view.has("killing") else ()
        kills = [m for m in view.kind("trigger") if lo <= m.start < hi and m.payload.voice in ("active", "passive")
                 and (m.payload.sub_event_type == "Abduction/forced disappearance"
                      or m.payload.sub_event_type == "Attack" and m.start in killing)]
        # (a span "since" told in an opening phrase before the clause, no event word between, is the clause's:
        # "Since Oct. 17, the group has sent more than 100 car bombs against the troops", `_opening_since`)
        told = [d for d in view.dates() if lo <= d.start < hi or d.start < lo and _opening_since(view, d.start, lo)] \
            if arrests or counted or kills else ()
        if arrests and after_tally and not told:
            told = [d for d in view.dates() if d.start < lo]
        since_at = {s.start for s in view.kind("since")} if told else ()

        def long_span(d) -> bool:
            """Whether date ``d`` is a month, a year or a span "since", over a week long."""
            if d.start < lo and d.range.precision == "day" and self.published is not None:
                # (a day told in an opening "since" phrase, "Since the offensive began on Oct. 17, ...": the span
                # runs from it to the report)
                return (self.published - date.fromisoformat(d.range.start)).days > 7
            return (d.range.precision in ("month", "year") or d.start in since_at) \
                and (date.fromisoformat(d.range.end) - date.fromisoformat(d.range.start)).days > 7

        if (arrests or counted or kills) and any(long_span(d)
                                        # (English: arrests over a whole week, "arrested more than 40 suspects
                                        # over the past week", are a week's tally too)
                                        or arrests and d.range.precision == "week" and view.toks[lo].isascii()
                                        for d in told):
            for m in arrests:
                for q in view.quantities():
                    # (or the figure of people right before the verb, told as its subject, "أكثر من خمسين شاباً
                    # اعتُقلوا خلال الشهر الجاري": unvowelled, the passive reads as an active verb)
                    if (m.end <= q.start <= m.end + 2
                            or q.end <= m.start <= q.end + 1 and not view.toks[m.start].isascii()) \
                            and (q.quantity.best or 0) >= 5 and not _year_like(q):
                        # (not the year of the period: "خلال عام 2021 وشملت القبض على 312 مطلوباً")
                        return q, m
            # (words of a counted noun: "in attacks across the north in 2017")
            tallied = tokens_of(view, ("tally_noun", "tally_ref")) if kills else ()
            for m in kills:
                # (the period is the killing's, not that of another deed told after it: "killed about 1,700
                # cadets after capturing them in June 2014", "were killed in an ambush in November" are one deed
                # each; but "since protests began in October 2019" names what the span runs from, and "in attacks
                # across the north in 2017" are many)
                if not any(long_span(d) and not any(
                        m.end <= t.start < d.start
                        and not (t.payload.voice == "noun" and (d.start in since_at or t.start in tallied))
                        for t in view.kind("trigger")) for d in told):
                    continue
                first = not any(t.start < m.start for t in view.kind("trigger"))
                for q in view.quantities():
                    # the figure right after the verb, the first deed of its sentence ("security forces killed more
                    # than 40 militants"; not a toll after another deed, "attacked a checkpoint, killing 13 policemen
                    # in one of the deadliest assaults this year") or, the victims between (and in English a passive's
                    # "were"/"have been"; no comma: "Umm Ahmed, 61, whose husband was killed"), before it
                    # ("30 activists have been killed"; not "40 policemen killed by militants", a grave's dead)
                    after = m.end <= q.start <= m.end + 1 and first
                    before = _subject_count(view, q, m)
                    if (after or before) and _firm_count(view, q, 5):
                        return q, m
            # (not a year before the noun: "the 2019 protests", "احتجاجات 2019")
            dated = date_tokens(view) if counted else ()
            for m in counted:
                for q in view.quantities():
                    if q.end == m.start and (q.quantity.best or 0) >= 5 and q.start not in dated and q.start not in compared \
                            and not _year_like(q):
                        return q, m
        return None

    def _report_period(self, view: SentenceMentions) -> tuple[int, list] | None:
        """A report of results over a month or more (`period_report` with a long date: "أصدرت الخلية إحصائية بنتائج
        عمل القطعات خلال شهر كانون الأول"): (the token after the report word, its dates). The next sentence, with no
        date of its own, goes on with the report ("وقالت الخلية إن القطعات تمكنت من قتل سبعة وثلاثين إرهابياً")."""
        if view.has("period_report"):
            long = [d for d in view.dates() if d.range.precision in ("month", "year")]
            if long:
                self.report = (self.sentence_number, long)
                return min(r.end for r in view.kind("period_report")), long
        if self.report is not None and self.report[0] == self.sentence_number - 1 and not view.dates():
            self.report = (self.sentence_number, self.report[1])
            return 0, self.report[1]
        return None

    def _reported(self, view: SentenceMentions, lo: int, hi: int, report: tuple[int, list] | None
                  ) -> tuple[QuantitySpan, Match] | None:
        """In a clause after a report of results over a period, a figure of five or more right after an event word
        ("أفادت بإلقاء القبض على 143 مطلوباً", "تمكنت من قتل 37 إرهابياً") counts the period's results: a tally."""
        if report is None or lo < report[0]:
            return None
        for m in view.kind("trigger"):
            if lo <= m.start < hi:
                for q in view.quantities():
                    # (a figure, not a vague "عشرات الكهوف": the destruction a report sums up is no count told)
                    # (English also a figure just before a passive: "with 238 civilians killed")
                    if (m.end <= q.start <= m.end + 2 or view.toks[m.start].isascii() and m.payload.voice != "noun"
                            and q.end <= m.start <= q.end + 1) and _firm_count(view, q, 5):
                        return q, m
        return None

    def _coordinated(self, view: SentenceMentions, t: int, first: int, noun: Match) -> bool:
        """Whether token ``t`` belongs to event words joined by "and"/"or" before a tally noun: "20 air and
        drone strikes" ("air" makes "air strikes" with the noun), "rocket or mortar attacks"; or to an English
        hyphenated modifier ("explosive-hazard incidents")."""
        toks = view.toks
        coordinators = view.bare("coordinator")
        if t in coordinators:
            return True
        # a hyphenated modifier between the figure and the noun: "five explosive-hazard incidents"
        hyphen = next((h for h in (t - 1, t, t + 1) if first < h < noun.start - 1 and toks[h] == "-"), None)
        if hyphen is not None:
            return toks[hyphen - 1].isalpha() and toks[hyphen - 1].isascii() and toks[hyphen + 1].isalpha()
        if t + 1 not in coordinators:
            return False
        return any(m.kind == "trigger" and m.start == 0 and m.end == 2
                   for m in self.k.index.scan((toks[t], toks[noun.start])))

    # -- dates and places ----------------------------------------------------
    @staticmethod
    def _qad_after(view: SentenceMentions, aux: Match) -> bool:
        """Whether قد stands right after the past auxiliary ``aux`` (كان قد: a pluperfect, the deed it recalls)."""
        return aux.end < len(view.toks) and view.toks[aux.end] == "قد"

    def _date(self, view: SentenceMentions, lo: int, hi: int, anchor: int,
              period: bool = False, before: int | None = None) -> tuple[DateRange | None, Span | None, bool]:
        """(range, evidence, explicit) for a clause: its own date, the sentence's, then the discourse's.
        With ``period`` (a tally), a week, month or year named is preferred to a single day. With ``before``, the
        dates from that token on (the earlier events a reference phrase opens) are not the sentence's."""
        dates = view.dates() if not view.by_kind.keys().isdisjoint(_CLAUSE_DATE_WORDS) or view.figures() else []
        if before is not None and dates:
            dates = [d for d in dates if d.start < before]
        speakers = speaker_spans(view, anchor) if dates else ()  # (asked of the dates only)
        # "BAGHDAD, March 17 (Reuters) - ...": a dateline's date is the day the report was filed
        # "police on Monday denied reports that ...": the day just before the reporting verb is the report's
        # "on Tuesday called for a sit-in on Friday": the day right before a call is the call's, and "on Tuesday
        # condemned a drone strike ... on Monday" the day right before a condemnation is the condemnation's
        said = {r.start for k in ("report_verb", "denial", "call", "reaction") for r in view.kind(k)} if dates else ()
        told = [d for d in dates if not inside(speakers, d.start, d.end) and not in_dateline(view, d.start, d.end)
                and not (d.end in said and view.toks[d.end].isascii())]
        # "دعت التنسيقيات، اليوم الاثنين، إلى تظاهرة ... يوم الجمعة المقبل": a day between a call or warning and
        # the event word is the call's when another day is told after the event word
        if len(told) > 1 and view.has("modal") and any(d.start > anchor for d in told):
            told = _not_between(view, told, "modal", anchor)
        # (English: "Kataib Hezbollah vowed on Monday to retaliate after U.S. strikes killed 25 of its fighters on
        # Sunday": the day right after a word of threat is the threat's, when another day is told after the event
        # word)
        if len(told) > 1 and view.has("threaten") and view.toks[anchor].isascii() and any(d.start > anchor for d in told):
            told = [d for d in told if d.start > anchor or not any(
                w.end <= d.start <= w.end + 1 for w in view.kind("threaten"))]
        # "أدانت الوزارة، اليوم الثلاثاء، القصف المدفعي الذي نفذه الحرس الثوري أمس الاثنين": so too a day between a
        # condemnation and the event word, when the relative clause right after the event word tells another day
        if len(told) > 1 and view.has("reaction") and any(d.start > anchor for d in told) \
                and _relative_after(view, anchor):
            told = _not_between(view, told, "reaction", anchor)
        # "تبنت الجماعة، اليوم الثلاثاء، الهجوم الصاروخي الذي استهدف مساء أمس": a day between a claim verb and the
        # event word is the claim's when another day is told after the event word, in the clause describing it
        # (so too when the day told after the event word is earlier than the claim's: "تبنى التنظيم، اليوم الأربعاء،
        # هجوماً بعجلة مفخخة قال إنه استهدف أمس الثلاثاء تجمعاً": the attack was before its claim)
        if len(told) > 1 and view.has("claim") and any(d.start > anchor for d in told) and (
                _relative_after(view, anchor) or any(
                d.start > anchor and all(d.range.end < e.range.start for e in told if e.end <= anchor) for d in told)):
            told = _not_between(view, told, "claim", anchor)
        # "التقى الوزير أمس", "في اجتماعه الذي عقد أمس": the day right after a meeting or visit word is the meeting's
        if told and view.has("meeting"):
            met = {m.end for m in view.kind("meeting")} | {m.end + 1 for m in view.kind("meeting")}
            told = [d for d in told if d.start not in met]
        # "شهدت البصرة ليلة أمس أعنف موجة غضب منذ بدء الاحتجاجات في تموز الماضي، إذ أضرم محتجون النار": a date up
        # to four words after "since" (its comma-free span) is the start of a span, not the day of the event word
        # when the sentence tells another day
        # (Arabic; a day to come left is a plan's, which the span does not date)
        if len(told) > 1 and view.has("since") and not view.toks[anchor].isascii():
            # (the span may be read with its "since", "منذ منتصف حزيران الماضي": so too, save for a tally's period,
            # "منذ مطلع كانون الثاني وحتى نهاية حزيران")
            kept = [d for d in told if not any((s.end if period else s.start) <= d.start <= s.end + 4
                                               and "," not in view.toks[s.end:d.start] for s in view.kind("since"))]
            if kept and (self.published is None or all(d.range.start <= self.today.start for d in kept)):
                told = kept
        # "guards whose contracts had been terminated in 2017 protested": a date right after another verb's
        # "had" dates that verb, not the event word outside it
        if told and view.has("past_aux"):
            # (Arabic: "كان قد اختطف مساء الأحد ...، واعتقلت ثلاثة من الخاطفين": the Sunday is the abduction's)
            told = [d for d in told if not any(
                a.end <= d.start <= a.end + 3 + (not view.toks[a.start].isascii()) and not a.start <= anchor < d.start
                and (view.toks[a.start].isascii() or self._qad_after(view, a))
                for a in view.kind("past_aux"))] or told
        # "أسفر عن مقتل ثلاثة، قبل أن يفارق اثنان من المصابين الحياة فجر اليوم": a day in a "before" clause after
        # the event word dates the later deed it tells
        # (the ids of the days found to date another deed, dropped at the end)
        other = _after_cue(view, dates, view.kind("later_clause"), anchor) if view.has("later_clause") else set()
        recalled = [d for d in dates if d.range.precision in _RECALLED_SPANS]  # (past weeks and months)
        if dates and view.has("until"):
            # "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ظهر اليوم": a day after "until" is a limit, no event's day
            # (but "until October 2017, when federal forces retook the city": the day a "when" clause opens on
            # right after it is that clause's day)
            other |= {id(d) for d in dates for u in view.kind("until") if d.start == u.end
                      and view.toks[d.end:d.end + 2] != (",", "when")}
        # "fewer than the 26 recorded in February", "up from 12 in March": the date after a comparison (English
        # `comparison`) dates the figure compared with, not the event or tally told
        if dates and view.has("comparison"):
            other |= _told_after(view, dates, comparisons(view), reach=COMPARISON_REACH)
        # a day told right after a charged event word ("متهمين بالمشاركة في نزاع اندلع مساء الجمعة") dates that
        # deed, not the arrest told beside it (not so after a reference: "عقب مقتل 15 جنديا الجمعة في هجوم")
        if dates and self.charged:
            # (English: anywhere in the charged deed's clause, "arrested four men suspected of killing a lawyer
            # outside his office in Amarah last Tuesday")
            reach = CHARGED_DATE_REACH if view.toks[anchor].isascii() else 3
            # (the arrest before the deed; an English event word after it, "convicting them of kidnapping a lecturer
            # in 2020 and holding him", goes on with the deed)
            other |= _told_after(view, dates, [b for b in self.charged if b.start != anchor and (
                anchor < b.start or not view.toks[anchor].isascii())], reach=reach)
            if not view.toks[anchor].isascii():
                # (Arabic: a past week, month or year anywhere in the charged deed's clause, "متهماً بالمشاركة في
                # إحراق مبانٍ حكومية ومقار حزبية خلال أحداث الأسبوع الماضي", dates the deed; an arrest is told by
                # its day, before the charge)
                other |= _told_after(view, recalled, [b for b in self.charged if b.start > anchor],
                                     reach=CHARGED_DATE_REACH)
        if dates and not view.toks[anchor].isascii() and any(
                m.start == anchor and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # "أعلنت الشرطة، اليوم الاثنين، تحرير صيدلاني اختُطف ليلة الخميس الماضي من أمام صيدليته، واعتقال ثلاثة من
            # المتورطين": a day right after the verb of a crime (the abduction, a killing, a bombing) dates that crime,
            # not the arrest told after it past a comma, which the report or its own telling dates (a fight's day,
            # "اشتبكت صباح أمس مع مسلحين ...، واعتقلت أربعة عشر", is the arrest's too: one operation)
            other |= {id(d) for d in dates if d.end < anchor and "," in view.toks[d.end:anchor] and any(
                0 <= d.start - m.end <= 1 and m.payload.voice != "noun" and m.payload.event_type in _CRIMES
                for m in view.kind("trigger"))}
        if dates and view.has("relative") and not view.toks[anchor].isascii() and any(
                m.start == anchor and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # "أعلن الوزير اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف السوق يوم الجمعة", "تمكنت من توقيف
            # مشتبه بهم في الحادث الذي وقع، صباح أول من أمس، في القرية": a day told in a relative clause on the crime
            # named after the arrest word dates that crime, which came before the arrest, not the arrest
            other |= _crime_days(view, dates, anchor)
        # (English) "..., the biggest victory yet over the militants who overran much of northern Iraq last June": a
        # day told in a clause on people ("who", English `relative`) past a comma after the event word dates what
        # they did there (not so right after the event's own words: "killed seven civilians who were collecting
        # truffles west of Rutba on Tuesday")
        # (Arabic, a past month or week only: "فجر نفسه في الرقة، ونصبت أسرته العزاء لابنها الذي التحق بالتنظيم في
        # مارس الماضي" dates his joining; a day there may be the event's own, "، الذي وقع مساء أمس")
        if dates and view.has("relative"):
            other |= _after_cue(view, dates if view.toks[anchor].isascii() else recalled, view.kind("relative"), anchor,
                                past_comma=True)
        # (Arabic) "..., مشيراً إلى أن العملية جاءت رداً على إعدام المسلحين لعدد من السكان الأسبوع الماضي", "...، بعد
        # انهيار الاتفاق الذي توسط فيه زعماء العشائر الشهر الماضي": a day told past a reference word (رداً على, بعد,
        # عقب) that opens a later clause of its own, after a comma past the event word, dates the earlier event it
        # recalls when it is a past week or month (a day there, "بعد أن اعترضوا سيارته مساء أول أمس", "رداً على
        # أنباء عن قصف ... ليل أمس", is most often the event's own; nor a day right after the word: "بعد ظهر أمس")
        if dates and view.has("reference") and not view.toks[anchor].isascii():
            # (or a span back from now, "قبل خمسة أيام": "رداً على اغتيال القائد قرب المطار قبل خمسة أيام" dates the
            # killing recalled)
            ago = {m.start for m in view.kind("ago")}
            other |= _after_cue(view, [d for d in dates if d.range.precision in _RECALLED_SPANS or d.start in ago],
                                view.kind("reference"), anchor, past_comma=True, gap=1)
        if len(told) > 1 and view.has("report_verb") and not view.toks[anchor].isascii() \
                and any(d.end <= anchor for d in told):
            # "أن مسلحين اعترضوه مساء الخميس، واقتادوه إلى جهة مجهولة، مضيفة أنه أطلق سراحه فجر اليوم": a day past a
            # verb of saying that opens a later clause after the event word (a comma before it) tells the further
            # statement's deed, when the sentence told a day before the event word
            opened = [r.end for r in view.kind("report_verb") if r.start > anchor and view.toks[r.start - 1] == ","]
            if opened:
                other |= {id(d) for d in told if d.start >= opened[0]}
        if dates and (view.has("reference") or view.has("reaction")) and view.has("relative") \
                and not view.toks[anchor].isascii():
            # (Arabic) "اعتصم العشرات أمام المحكمة تضامناً مع ذوي المخطوف الذي اختفى في آذار الماضي": a past week or
            # month told in a relative clause opened right after the event word a reference word after the event
            # word names (no comma needed) dates that recalled event, not the event told
            refs = [r for r in view.kind("reference") + view.kind("reaction") if r.start > anchor]
            rels = [c for c in view.kind("relative") if any(r.end < c.start <= r.end + REFERENCE_REACH for r in refs)]
            other |= _told_after(view, recalled, rels)
        if dates and view.toks[anchor].isascii() and "s" in view.toks:
            # "protesting the results of Saturday's parliamentary election": a day in the possessive before a noun
            # that names no event dates that thing (the vote), not the event ("Friday's rocket barrage" is one)
            words = tokens_of(view, ("trigger",))
            possessed = [d for d in dates if d.end < len(view.toks) and view.toks[d.end] == "s"]
            other |= {id(d) for d in possessed if d.end != anchor
                      and not any(t in words for t in range(d.end + 1, d.end + POSSESSED_REACH + 1))}
            # "On Wednesday, a police force ... arrested four men suspected of taking part in Tuesday's shooting":
            # a possessive day before another event word than the one dated dates that deed (the shooting), not
            # the arrest, when the sentence tells a day of its own beside it
            possessive = [d for d in possessed if not d.end < anchor <= d.end + POSSESSED_REACH]
            if possessive and len(possessive) < len(dates):
                other |= {id(d) for d in possessive}
        if len(dates) > 1 and view.toks[anchor].isascii():
            # "shot the activist, an organiser from the October 2019 protest movement, ... on May 10": a date between
            # "the" and another event noun after the event word is that noun's attribute (the protests of October
            # 2019), not the day of the event word when the sentence tells another
            # (the event nouns sought only after a date right after "the", which most dates are not)
            other |= {id(d) for d in dates if d.start > anchor and d.start - 1 in view.bare("definite_lead")
                      and any(m.start == d.end and m.payload.voice == "noun" for m in view.kind("trigger"))}
        if len(dates) > 1 and view.toks[anchor].isascii() and view.has("series_ordinal") \
                and any(e.range.precision == "day" for e in dates):
            # "halted for the third time this month after a bomb ruptured the line on Sunday night": the period
            # right after an ordinal of times dates the count, not the event, when another day is told
            other |= {id(d) for d in dates if d.range.precision != "day" and any(
                o.end < d.start <= o.end + 2 for o in view.kind("series_ordinal"))}
        if len(dates) > 1 and view.has("commemoration"):
            # "تحل اليوم الذكرى الأولى لتحرير المدينة، إذ أعلنت الحكومة في ٣١ آذار ٢٠١٥ استعادتها": a day right
            # before an anniversary word is the anniversary's, not the day of the event the sentence recalls
            marks = {c.start for c in view.kind("commemoration") if c.payload.value == "anniversary"}
            other |= {id(d) for d in dates if d.end in marks}
        if dates and view.has("onset"):
            # "أعلن الحشد، أمس السبت، استعادة السيطرة على الناحية، بعد عملية انطلقت فجر الجمعة", "..., after an
            # offensive that began on Thursday": a day right after a verb of beginning, past a comma after the event
            # word, dates the start of what led to the event, not the event
            other |= _told_after(view, dates, _onsets(view, anchor), reach=ONSET_DATE_REACH)
        if dates and self.tally_at is not None and self.tally_at[0] == anchor:
            # an arrest told before a tally's figure: the dates after the figure are the tally's
            other |= {id(d) for d in dates if d.start > self.tally_at[1]}
        if other:
            told = [d for d in told if id(d) not in other]
            dates = [d for d in dates if id(d) not in other]
        # the day of the report ("أفاد مصدر، اليوم الاثنين، ...") dates the event only if it is before publication
        self.reported_date = not told
        dates = told or [d for d in dates if self.published is None or d.range.start < self.today.start]
        if not told and dates and self.discourse.date is not None and self.discourse_at == self.sentence_number - 1 \
                and self.discourse.date[0].precision == "day" \
                and self.discourse.date[0].end < min(d.range.start for d in dates):
            # "On Friday night the walk was not fast enough. A mortar round landed ..., the Ministry of Defence said
            # yesterday": the day the sentence before told, earlier than the report's, is the event's
            return self.discourse.date[0], self.discourse.date[1], False
        if len(dates) > 1 and view.figures():
            # "فجر الثالث من تموز 2016، في الأيام الأخيرة من شهر رمضان": a month told without its year beside a
            # date told with one is that date's month, not this year's
            # (right after it, as its apposition; "خلال شهر نيسان المنصرم" is a month of its own)
            years = [d for d in dates if _year_told(view, d)]
            if years:
                dates = [d for d in dates if d in years or d.range.precision != "month" or d.explicit_past
                         or not any(y.end <= d.start <= y.end + APPOSITION_REACH for y in years)] or dates
        if view.has("day_after"):
            after = self._day_after(view, told, anchor, hi)
            if after is not None:
                return after
        relative = self._relative_day(view, lo, hi)
        if relative is not None and not view.toks[anchor].isascii():
            # "نقلت حسابات التنظيم أمس الاثنين بياناً يزعم أن مسلحيه هاجموا المقار فجر اليوم نفسه": "the same day" is
            # the last day the sentence named before it, not the day of publication nor an earlier sentence's
            # (the report's day too: the same day is the day named, whoever's it was)
            before = [d for d in view.dates() if d.end <= relative[1].start and d.range.precision == "day"]
            if before:
                relative = self._relative_day(view, lo, hi, before[-1].range) or relative
        if relative is not None and view.toks[anchor].isascii():
            # "died on Monday of wounds sustained when forces opened fire on demonstrators ... the previous
            # evening": a relative day told after the event word counts from the day told before that word
            before = [d for d in told if d.end <= anchor and d.range.precision == "day"]
            # (in the event's own phrase: no comma between, "kidnapped ... on 24 August, the victim was released
            # the next day" dates the release)
            if before and anchor < relative[1].start and "," not in view.toks[anchor:relative[1].start] \
                    and not any(anchor <= d.start < relative[1].start for d in told):
                relative = self._relative_day(view, lo, hi, before[-1].range) or relative
                return relative[0], self.span(view, relative[1].start, relative[1].end), True
        # "On the same day, artillery shelled ...", "صباح اليوم ذاته" (its اليوم is no "today"): unless the
        # clause tells a day of its own
        if relative is not None and not any(lo <= d.start < hi and not (relative[1].start < d.end and
                                                                       d.start < relative[1].end) for d in told):
            if relative[1].start == 0:
                # ("Hours later, insurgents attacked a checkpoint", "Later that day, ...": a day relative to the
                # story's that opens the sentence is the day of its deed, no report's, though no other day is told)
                self.reported_date = False
            return relative[0], self.span(view, relative[1].start, relative[1].end), True
        if len(dates) > 1 and view.has("cause_link") and not view.toks[anchor].isascii() \
                and any(c.end == anchor for c in view.kind("cause_link")):
            # "شيّع الأهالي، اليوم الخميس، جثمان مقاتل استشهد متأثراً بجروحه إثر انفجار عبوة ناسفة ...، يوم الثلاثاء
            # الماضي": of an event word right after a word of cause (إثر, جراء), the day told after it is its own;
            # the day told before the cause is of what it caused
            dates = [d for d in dates if d.start > anchor] or dates
        if dates:
            in_clause = [d for d in dates if lo <= d.start < hi] or dates
            if len(in_clause) > 1 and view.has("relative") and not view.toks[anchor].isascii():
                # "إن الهجوم الذي استهدف نقطة للجيش مساء الخميس الماضي، والتفجير الذي ضرب رتلاً قرب القائم يوم
                # السبت": a day in the event noun's own relative clause (its pronoun right after it, no comma
                # between) is its day, not a nearer one told before it of another
                own = [d for d in in_clause if any(anchor < r.start <= anchor + REFERENCE_REACH and r.end <= d.start
                                                   and "," not in view.toks[r.end:d.start]
                                                   for r in view.kind("relative"))]
                in_clause = own or in_clause
            if period:
                in_clause = [d for d in in_clause if d.range.precision != "day"] or in_clause
            elif view.has("day_offset") and view.toks[anchor].isascii():
                # "moved in on Monday, October 16, after the Peshmerga pulled back overnight": a day named
                # beats a day counted from publication
                offsets = {o.start for o in view.kind("day_offset")}
                in_clause = [d for d in in_clause if d.start not in offsets] or in_clause
            # (of two days as near, the one with no comma between it and the event word: "إنها الرابعة منذ مطلع
            # العام الحالي، معلنين عزمهم تنظيم اعتصام ... يوم الأحد المقبل")
            d = min(in_clause, key=lambda d: (abs(d.start - anchor), "," in view.toks[
                min(d.end, anchor):max(d.start, anchor)]))
            return since_point(view, d, anchor), self.span(view, d.start, d.end), True
        if self.new_item:
            # "* DAQUQ - A roadside bomb went off near a U.S. patrol" after "* BAQUBA - Gunmen shot dead ... on
            # Monday": an item of a roundup with no day of its own is of the roundup's day, not the item's before
            if self.lead_date is not None:
                return self.lead_date[0], self.lead_date[1], False
            if self.published is not None:
                return self.today, None, False
        if self.history is not None:
            return self.history[0], self.history[1], True
        if self.discourse.date is not None:
            return self.discourse.date[0], self.discourse.date[1], False
        if self.published is not None:
            return self.today, None, False
        return None, None, False

    def _abroad(self, view: SentenceMentions, places: list[PlaceMention], trigger: Match) -> bool:
        """English: whether the event word is placed abroad (`abroad`: "in Jordan", "inside Syria") within
        ABROAD_REACH words after it, with no finer place between ("a drone attack on a base in Jordan last
        week"): told as the cause or background of news in Iraq, not an event this coder records."""
        if not view.has("abroad"):
            return False
        at = next((a.start for a in view.kind("abroad") if trigger.end <= a.start <= trigger.end + ABROAD_REACH), None)
        if at is None:
            return False
        if view.has("reference") and any(trigger.end <= r.start < at for r in view.kind("reference")):
            # "targeted the base at Erbil airport with an attack drone, in response to the massacres in Gaza": the
            # place abroad is the one of the event the reference word names, not this one's
            return False
        # Iraq's own forces striking across the border ("Iraqi F-16 jets struck an IS command post inside Syria")
        # are an Iraqi operation: their subject stands right before the event word
        if any(a.end in (trigger.start, trigger.start - 1) and self._kind(a) == "State forces"
               and self.k.actors[a.payload].actor.country == "Iraq" for a in view.kind("actor")):
            return False
        return not any(trigger.start <= q.match.start < at and q.entry.level != "country" for q in places)

    def _national(self, view: SentenceMentions, m: Match | None, where: Location | None) -> Actor | None:
        """The actor of mention ``m``; an Iraqi state force named by a bare common noun ("الشرطة", "جنديين") in an
        event placed in another country is that country's: its like there ("Police Forces of Turkey" for "Police
        Forces of Iraq", else the country's security or military forces), else foreign state forces."""
        if m is None:
            return None
        actor = self.k.actors[m.payload].actor
        if actor.country != "Iraq" or actor.kind != "State forces":
            return actor
        country = where.country if where is not None else None
        if country is None:
            country = self._named_state(view)
        if country in (None, "Iraq"):
            return actor
        named = " ".join(view.toks[m.start:m.end + 1]).lower()  # the mention and the adjective after it
        if names_iraq(self.k, named):
            return actor  # "القوات العراقية", "طائرات F-16 العراقية", "Iraqi F-16 jets" abroad are Iraq's
        return forces_like(self.k, actor, country)

    def _named_state(self, view: SentenceMentions) -> str | None:
        """The foreign country whose state forces or government the sentence names, when it names one only and it is
        the country the article is about ("قال الجيش التركي إن جنديين قتلا في هجوم": the two soldiers of an event
        placed nowhere are Turkey's, not Iraq's)."""
        countries = {self.k.actors[a.payload].actor.country for a in view.kind("actor")
                     if self._kind(a) in ("State forces", "External/Other forces")}
        countries -= {"", None, "Iraq"}  # (the bare nouns in question are Iraq's by default)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return country if self.context.country in (None, country) else None

    @staticmethod
    def _country_in_clause(view: SentenceMentions, places: list[PlaceMention], lo: int, hi: int) -> PlaceMention | None:
        """Arabic: a country named as where something happened within the clause [lo, hi): right after a
        `locative` word (في اليمن، فوق سوريا) or with the clitic ب (بتونس); not a party ("الهدنة مع تركيا")."""
        if not view.has("locative") and not any(p.match.clitic.endswith("ب") for p in places) \
                and not (view.has("place_word") and any(w.clitic.endswith("ب") or w.payload.value == "side"
                                                        for w in view.kind("place_word"))):
            return None
        return next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                     and not view.toks[p.match.start].isascii()
                     and (p.match.clitic.endswith("ب") or any(w.end == p.match.start for w in view.kind("locative"))
                          or _side_of_country(view, p.match))),
                    None)

    def _place(self, view: SentenceMentions, places: list[PlaceMention], lo: int, hi: int,
               anchor: int) -> tuple[Location | None, Span | None, bool]:
        """(location, evidence, explicit) for a clause: its own place, the sentence's, then the discourse's."""
        fine = [p for p in places if p.entry.level != "country"]
        if fine and view.has("reference") and not view.toks[anchor].isascii():  # (few sentences)
            # "أعلن الحرس الثوري مسؤوليته عن الهجوم، واصفاً إياه بأنه رد على اغتيال القائد قرب مطار بغداد": a place
            # told past a word of response (a `reference` valued `response`: رداً على, انتقاماً) that opens a later
            # clause of its own, after a comma past the event word, is the earlier event's it answers, not this
            # one's (other reference words, "بعد انتزاعه من عجلة للشرطة بمدينة الكوت", often go on at its place)
            toks = view.toks
            recalled = min((r.start for r in view.kind("reference") if anchor < r.start and r.payload.value == "response"
                            and "," in toks[anchor:r.start]), default=len(toks))
            fine = [p for p in fine if p.match.start < recalled]
        if fine and view.has("recall_lead") and not view.toks[anchor].isascii() and _violent_word_at(view, anchor):
            # "شنت المقاتلات غارات على مواقع للتنظيم في سوريا بعد أربعة أيام على تفجير سروج", "ارتفاع حدة الهجمات بعد
            # الهجوم الانتحاري الأخير في بلدة سروج": a place told past an earlier deed that "after" names, behind the
            # event word, is that deed's, not the event's
            fine = [p for p in fine if p.match.start < _recalled_deed_at(view, anchor)]
        if fine and view.has("later_clause") and not view.toks[anchor].isascii():
            # "قصفت الطائرات مقرين للتنظيم قبل أن تعود إلى قاعدة ديار بكر", "واقتادوه إلى مكان مجهول، ثم ألقوه مساء
            # أمس قرب منطقة الحسينية": a place told after "before" or "then" past the event word, in its own clause
            # too, is the later deed's, not the event's (the place told before places the event)
            later = _first_past(view, ("later_clause",), anchor)
            fine = [p for p in fine if p.match.start < later]
        if fine and view.has("call_participle") and not view.toks[anchor].isascii():
            # "أعلنوا عزمهم الخروج بتظاهرة وسط المدينة، داعين أبناء النعمانية والحي إلى المشاركة": a place told after a
            # participle of calling that opens a later clause past the event word is the home of those called on
            called = min((c.start for c in view.kind("call_participle") if c.start > anchor
                          and view.toks[c.start - 1] == ","), default=len(view.toks))
            fine = [p for p in fine if p.match.start < called]
        # a dateline in the clause ("بغداد – أعلن الجهاز إلقاء القبض على ...، في عملية نفذت في صحراء راوة") is
        # where the report was filed: a place told in the sentence's text wins over it (best_place below)
        chosen = best_place([p for p in fine if lo <= p.match.start < hi and not p.dateline], anchor)
        if chosen is not None and chosen.reference and view.sentence.start > 0 and view.toks[anchor].isascii():
            # a round-up's item opens on its town ("MAHMUDIYA - Police pulled nine bodies from a canal ..., 30 km
            # south of Baghdad"): past the article's own dateline, that opener is where it happened, not the
            # landmark it is measured from
            chosen = next((p for p in fine if p.dateline and lo <= p.match.start < hi
                           and p.entry.level in ("admin2", "place")), chosen)
        chosen = chosen or best_place(fine, anchor)
        if chosen is not None and chosen.entry.level == "admin1" and not chosen.dateline:
            # "شهدت مدينة الكوت احتجاجات، إذ اقتحم محتجون مبنى ديوان محافظة واسط": the governorate named in the
            # clause yields to a town or district of it the sentence told
            finer = best_place([p for p in fine if p.entry.admin1_code == chosen.entry.admin1_code and not p.dateline
                                and not p.institution and not p.reference and p.entry.level in ("admin2", "place")],
                               anchor)
            chosen = finer or chosen
        if chosen is not None and not chosen.dateline and view.has("report_verb") \
                and not view.toks[anchor].isascii():
            chosen = _past_speaker_place(view, fine, chosen, lo, hi)
        if chosen is not None and chosen.reference and self.discourse.place is not None \
                and view.toks[anchor].isascii():
            # "on the Diwaniyah-Samawah highway" in a story told in Samawah: of a road's two ends (landmarks both),
            # the one the article has placed itself in is where, not the nearer one (English: an Arabic road's
            # first end is where it starts, often the town of the news, see resolve/places.py)
            home = self.discourse.place[0].entry
            chosen = next((p for p in fine if p.reference and lo <= p.match.start < hi and not p.dateline
                           and p.entry.admin1_code == home.admin1_code
                           and (p.entry.admin2 == home.admin2 or not home.admin2)), chosen)
        if chosen is not None and chosen.dateline:
            # "ANKARA - Turkish forces neutralised seven PKK militants ... in northern Iraq": the country in focus,
            # named in the clause and not the dateline's, is where it happened; the dateline is only where it was
            # filed (a neighbour named in the clause, "near the al-Walid crossing with Syria", is no such country)
            abroad = next((p for p in places if p.entry.level == "country" and lo <= p.match.start < hi
                           and not p.dateline and p.entry.country != chosen.entry.country
                           and p.entry.country == self.context.country), None)
            if abroad is not None:
                return self._in_country(view, abroad)
        if chosen is not None and chosen.institution and self.discourse.place is not None \
                and (self.discourse.place[0].entry.admin1_code == chosen.entry.admin1_code
                     or view.toks[anchor].isascii() or chosen.spoken) \
                and not (chosen.entry.level in ("admin2", "place") and self.discourse.place[0].entry.level == "admin1"
                         and not view.toks[anchor].isascii()):
            # "قال مصدر في شرطة البصرة": the source's province; the place told before is finer (English, and an Arabic
            # place where a source sat or spoke: any place told before, "..., said Major X, a spokesman in Basra"
            # after a clash in Amara, "وقال للصحفيين في بغداد" after a blast in Hilla); not an Arabic unit
            # named by its town after only the governorate was told ("قيادة شرطة كربلاء ... ألقت مفارز مركز شرطة عين
            # التمر القبض على"): the station's town is finer, where its men acted
            chosen = None
        self.landmark = chosen is not None and chosen.reference
        if chosen is not None:
            home = self.discourse.place[0] if self.discourse.place is not None else None
            placed = chosen.entry
            if chosen.entry.level == "admin1" and home is not None and not self.new_item \
                    and home.entry.admin1_code == chosen.entry.admin1_code \
                    and home.entry.level in ("admin2", "place"):
                # "الحلة – ... المواجهات التي شهدها محيط مبنى محافظة بابل", "AMARAH - ... a demonstration in front
                # of the Maysan governorate building": a governorate told alone yields to the town or district of it
                # the article has placed itself in (not across the items of a roundup); the governorate told is
                # the place's evidence in the sentence
                placed = home.entry
            return location_of(placed), self.span(view, chosen.match.start, chosen.match.end), True
        if view.has("same_place") and self.last is not None and self.last[0].location is not None \
                and self.last[0].location.admin1_code:
            return self.last[0].location, None, False  # "in the same area": where the event before happened
        if self.discourse.place is not None:
            p, span = self.discourse.place
            abroad = self._country_in_clause(view, places, lo, hi)
            if abroad is not None and abroad.entry.country != p.entry.country:
                # "وفي سياق آخر، قتل خمسة أشخاص في غارة في اليمن" in an article placed in Kirkuk: the clause's
                # own country, not the place told before, which lies in another (a country is no place told:
                # it lends the event word no support)
                return self._in_country(view, abroad)
            return location_of(p.entry), span, False
        country = next((p.entry.country for p in places if p.entry.level == "country"), None)
        # an article whose places all lie in one governorate, even when told after the event ("... clashed in
        # the mountains. The area is in Duhok."), places its unplaced events there, at governorate precision
        if len(self.context.every_code) == 1:
            (code,) = self.context.every_code
            entry = self.k.places.get(code.lower())
            if entry is not None and entry.country == (country or self.context.country):
                return location_of(entry), None, False
        return country_location(country or self.context.country), None, False

    def _in_country(self, view: SentenceMentions, country: PlaceMention) -> tuple[Location, Span, bool]:
        """(location, evidence, explicit) for an event placed by a country named in its clause: the country only."""
        return country_location(country.entry.country), self.span(view, country.match.start, country.match.end), False

    # -- records -------------------------------------------------------------
    def _cumulative_drop(self, view: SentenceMentions, trigger: Match, lo: int, hi: int, a_lo: int, a_hi: int,
                         when: DateRange | None) -> None:
        """The end of `_event` for an Arabic event word (not an arrest) that `_cumulative` drops, told before its
        parties are sought: the sentence counts as one of a long-period toll (`cumulative_sentence`) only if `_event`
        would have come to that test, that is if neither a war's toll near the word nor an old date (`BACKGROUND`)
        dropped it first. (English and arrest words have more drops on the way: they take the long road.)"""
        fatalities, _ = attach_casualties(view, a_lo, a_hi)
        if not _war_toll(trigger, fatalities) and status_of(view, trigger, lo, hi, when, self.published) != BACKGROUND:
            self.cumulative_sentence = self.sentence_number
        return None

    def _cumulative(self, view: SentenceMentions, lo: int, hi: int, when: DateRange | None, date_at: int,
                    t: int = -1) -> bool:
        """A toll or tally over a long period ("قتل 3042 منذ أيلول 2014", "منذ أربع سنوات", "so far",
        "last year") is no event. ``when`` is the date told in the sentence, at token ``date_at``."""
        # "تظاهرة للمطالبة بصرف رواتبهم المتأخرة منذ أشهر": a span of time told after a demand dates what is demanded
        # (so after a grievance: "تظاهر الطلبة احتجاجاً على عدم توفير الكتب منذ بداية العام الدراسي")
        until = min([p.start for k in ("purpose", "reaction") for p in view.kind(k) if t < p.start < hi] + [hi]) \
            if t >= 0 and (view.has("purpose") or view.has("reaction")) else hi
        if view.has("cumulative") and any(lo <= m.start < until for m in view.kind("cumulative")) \
                or duration_in(view, lo, until):
            return True
        if t == lo > 1 and view.toks[lo - 1] == "," and view.toks[t][0] not in "وف" and view.has("cumulative") \
                and any(m.end == lo - 1 for m in view.kind("cumulative")):
            # "شنت خلال الأيام الماضية، غارات على ...": the event noun opening its clause is the object of the
            # clause before, which ends on a span of days; the comma only sets the span off: a tally over it
            # (a clause opened by "و" or "ف" tells a deed of its own: "..., وانفجرت عبوة اليوم")
            return True
        if until == hi and hi < len(view.toks) and self._span_past_subset(view, hi):
            return True
        if when is None:
            return False
        if when.precision == "year":
            return True
        if when.precision == "month" and lo <= date_at < hi and not view.toks[date_at].isascii() \
                and "خلال" in view.toks[max(0, date_at - 2):date_at]:
            # "قتلوا خلال شهر يوليو", "خلال آذار الماضي": a whole month named after "during" is a monthly toll
            return True
        days = (date.fromisoformat(when.end) - date.fromisoformat(when.start)).days
        long = days > 31
        # attacks in the plural over a whole month ("وفي الشهر الماضي قتل 60 شخصا في هجمات انتحارية") or over more
        # than a week up to now ("a string of strikes on U.S. positions since mid-October"): a tally
        plural = (when.precision == "month" or days > 7 and self.published is not None
                  and when.end == self.today.start) and view.has("attack_plural") \
            and any(lo <= m.start < hi for m in view.kind("attack_plural"))
        # (Arabic) a span opened by "since" (منذ) over a week back up to now tells a state lasting since then, no
        # event of that day: "وتشهد المدينة منذ أواخر آذار الماضي مواجهات", "بسطت سيطرتها على معظم الأحياء منذ
        # أواخر آذار" (a span "since" a day with its start told again, `since_point`, is no span here)
        lasting = days > 7 and self.published is not None and when.end == self.today.start \
            and date_at >= 0 and not view.toks[date_at].isascii() \
            and any(s.start == date_at for s in view.kind("since"))
        return (long or plural or lasting) and lo <= date_at < hi

    @staticmethod
    def _span_past_subset(view: SentenceMentions, hi: int) -> bool:
        """Whether a long span told after the event word's clause (ending at ``hi``) is its count's: the clause
        right after opens on a subset of those counted (`subset`: بينهم، من بينهم) and it or the clause after it
        tells a long span (`cumulative`, or a counted `duration_unit`: "قتلت الغارات 900 مسلح، بينهم قادة ميدانيون،
        خلال ثمانية أشهر"); or (Arabic) the clauses after it that tell no event word, clause break or report verb of
        their own go on to a `cumulative` span not opened by "since" ("اعتقلت 600 مشتبه به، من خلال عمليات في عدة ولايات خلال الأيام الأربعة
        الأخيرة")."""
        subset = view.has("subset")
        if not subset and not view.has("cumulative"):
            return False  # (most sentences: neither branch below can hold)
        parts = [c for c in view.clauses() if c[0] >= hi]
        if not parts:
            return False
        if subset and any(s.start == parts[0][0] for s in view.kind("subset")):
            end = parts[1][1] if len(parts) > 1 else parts[0][1]
            return view.has("cumulative") and any(parts[0][0] <= m.start < end for m in view.kind("cumulative")) \
                or duration_in(view, parts[0][0], end)
        if not view.has("cumulative") or view.toks[0].isascii():
            return False
        # (not a span "since" a start: "استعادت المجمع، في أبرز تقدم لها منذ انطلاق العملية" measures the advance)
        since = {m.start for m in view.kind("since")}
        cues = [m.start for m in view.kind("cumulative") if m.start >= hi and m.start not in since]
        if not cues:
            return False
        # (a clause of the wounded, "، وأصيب حوالى 400 آخرين،", goes on with the toll: its injury verb is no stop)
        wounded = {m.start for m in view.kind("injury")} if view.has("injury") else set()
        stops = [m.start for k in ("trigger", "clause_break", "report_verb") for m in view.kind(k) if m.start >= hi
                 and not (k == "trigger" and m.start in wounded)]
        return min(cues) < min(stops, default=len(view.toks))

    def _running_total(self, view: SentenceMentions, trigger: Match, when: DateRange | None, date_at: int,
                       fatalities, implied: bool) -> bool:
        """A toll counted since a past day ("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا", "since 23
        September 2014 ... 170 civilians were killed"): "since" (منذ) stands before the date, at most six words and no
        comma before it, the date is over a day before publication and the event word and its counted dead (two or
        more) come after it. "منذ صباح اليوم" (since this morning) is the day's own fight."""
        if fatalities is None or implied or (fatalities[0].quantity.best or 0) < 2:
            return False
        if view.has("cumulative") and any(m.start == 0 and fatalities[0].start > m.end for m in view.kind("cumulative")):
            return True  # "ومنذ ذلك الحين، قتل 11 عنصرا": a sentence opening on "since then" counts a running total
        if not view.has("since") or when is None or self.published is None or not 0 <= date_at < trigger.start \
                or fatalities[0].start < date_at:
            return False
        if (self.published - date.fromisoformat(when.start)).days < 2 \
                or any(date_at < p.start < trigger.start for p in view.kind("since_point")):
            return False  # "since Monday, when gunmen killed two farmers": the span's start told again (`since_point`)
        return any(s.start <= date_at <= s.end + 6 and "," not in view.toks[s.end:date_at]
                   for s in view.kind("since"))

    def _dated_ahead(self, view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether clause ``lo``..``hi`` tells a date after today (a coming day or month)."""
        return self.today is not None and any(lo <= d.start < hi and d.range.start > self.today.start
                                              for d in view.dates())

    @staticmethod
    def _series_count(view: SentenceMentions, trigger: Match, date_at: int) -> bool:
        """An event noun numbered in a series counted from a day ("هذا هو القصف الرابع الذي تتعرض له الناحية منذ
        الأول من حزيران", "the ninth attack since 17 October"): an ordinal from two up (`series_ordinal`) within four
        words after the noun, then "since" (منذ) before the day the event would take. A count, no event of its own."""
        if trigger.payload.voice != "noun" or date_at < 0 or not view.has("series_ordinal") or not view.has("since"):
            return False
        return any(trigger.end <= o.start <= trigger.end + 4 and any(o.end <= s.start <= date_at for s in view.kind("since"))
                   for o in view.kind("series_ordinal"))

    def _toll_elsewhere(self, view: SentenceMentions, toll: QuantitySpan, lo: int, hi: int) -> bool:
        """A toll no single event has: thousands upon thousands, or a count told in another clause over a
        span of time ("... منذ 1984", "since it began")."""
        if (toll.quantity.best or 0) >= IMPLAUSIBLE_TOLL:
            return True
        if lo <= toll.start < hi:
            return False
        prev_lo = 0
        for c_lo, c_hi in view.clauses():
            if c_lo <= toll.start < c_hi:
                # (a clause opened by a result link, ", وأدت إلى مقتل 32", goes on telling the clause before it: "...
                # العملية الانتحارية التي وقعت في 20 يوليو، وأدت إلى مقتل 32": the recalled bombing's toll)
                continued = view.has("result_link") and any(c_lo <= r.start <= c_lo + 1 for r in view.kind("result_link"))
                return any(c_lo <= m.start < c_hi for k in ("cumulative", "since") for m in view.kind(k)) \
                    or duration_in(view, c_lo, c_hi) or self._after_blocked(view, c_lo, toll.start) \
                    or continued and self._after_blocked(view, prev_lo, toll.start) \
                    or any(m.payload.voice != "noun" and m.start == toll.end for m in self.blocked)
                # (the last: the one counted is the subject of a verb only referred to, a relative clause with no
                # pronoun: "بعد تشييع متظاهر قتل الأسبوع الماضي", the funeral of a protester who was killed)
            prev_lo = c_lo
        return False

    def _after_blocked(self, view: SentenceMentions, c_lo: int, i: int) -> bool:
        """Whether token ``i`` stands after an event noun of its own clause (opening at ``c_lo``) that is not news
        (`self.blocked`) and the day that noun's event is told on ("بعد هجوم صاروخي في شباط الماضي أدى إلى مقتل
        متعاقد"): the toll is that recalled event's. (With no day told the noun is often the fight the news came
        after, "سيطروا على مركز للشرطة بعد اشتباكات أسفرت عن مقتل ثمانية", whose toll is the news's.)"""
        return any(c_lo <= m.start < i and m.payload.voice == "noun" and any(
            m.end <= d.start < i for d in view.dates()) for m in self.blocked)

    def _past_reference(self, view: SentenceMentions, trigger: Match, m: Match) -> bool:
        """Whether party ``m`` is named after event word ``trigger`` past a `reference` word that opens an event word
        only referred to (`self.blocked`) before it: that event's party."""
        return bool(self.blocked) and any(
            trigger.end <= r.start < m.start and any(r.end <= b.start < m.start for b in self.blocked)
            for r in view.kind("reference"))

    def _anaphoric(self, view: SentenceMentions, trigger: Match, whole: bool = True) -> bool:
        """A definite event noun ("الهجوم", "the attack") refers back to an event already told; so does
        the main event of a sentence that opens on one ("The fighting, in which grenades were used, ...").
        A further clause of a different kind tells an event of its own."""
        for m in view.kind("trigger"):
            if m.start > trigger.start or m.payload.voice != "noun" and not (
                    m is trigger and view.toks[m.start].isascii() and view.has("demonstrative")
                    and any(d.end == m.start for d in view.kind("demonstrative"))):
                # (an English word read as a verb, "attacks", is a noun after "the", "these": "claimed most of these
                # attacks" names the attacks counted before)
                continue
            if m is not trigger and (not whole or not _opens_statement(view, m.start) or m in self.blocked
                                     or (view.has("accusation") and charged(view, m))):
                continue  # a noun only referred to ("بعد أربعة أيام على التفجير"), or charged, opens nothing
            if self._headline_item(view, m.start):
                continue  # "شرطة ديالى: القبض على متهمين": a ticker's item opens on its news
            word = view.toks[m.start][len(m.clitic):]
            if not word.isascii() and view.has("hostile_noun") and any(
                    h.start == m.start and h.end == m.end for h in view.kind("hostile_noun")):
                # "قالت الشرطة إن الانتحاري فجر نفسه وسط المصلين": the article makes the doer ("the bomber") known,
                # not the deed told before
                continue
            if m.start in view.bare("idiom_definite"):
                # "ألقت قوة من الجهاز القبض على", "تم القبض على": the article is the idiom's, no reference; and
                # "إلقاء", folded "القاء", has none
                continue
            if _of_series(view, m.start):
                # "سلسلة جديدة من الغارات", "موجة من الضربات": the strikes of a series, not strikes told before
                continue
            # English possessives make the noun definite too: "the mukhtar's killing" (the folded "'s" is "s")
            if word.startswith("ال") or m.clitic == "لل" or m.payload.possessed or \
                    m.start - 1 in view.bare("definite_lead") and not self._complement_that(view, m.start - 1):
                return True
            if m.start > 1 and view.toks[m.start - 2] == "the" and view.has("definite_modifier") and any(
                    d.end == m.start for d in view.kind("definite_modifier")):
                return True  # "the first bomb", "the earlier attack": one of those told before
            if _pronoun_ordinal(view, m.start):
                return True  # "وهو أول هجوم من نوعه": the pronoun opening the sentence is the attack just told
        return False

    @staticmethod
    def _complement_that(view: SentenceMentions, i: int) -> bool:
        """Whether English "that" at token ``i`` opens what someone said or was told (a report verb up to two words
        before it: "said that demolitions would", "informed them that"), no demonstrative of the noun after it."""
        return i in view.bare("that_word") and any(i - 3 < r.end <= i for r in view.kind("report_verb"))

    def _news_in_relative(self, view: SentenceMentions, m: Match, words: list[Match], blocked: list[Match]) -> bool:
        """Whether an Arabic event verb in a relative clause is the sentence's news: an obituary or a statement
        built around the victim ("تنعى النقابة الزميل الذي اغتاله مسلحان مجهولان مساء أمس الاثنين", "أتابع
        بقلق اختفاء الناشط الذي اختطفه مسلحون مساء الخميس الماضي") tells the deed in the clause that describes
        him, with a day of its own within the week before publication, and the sentence tells no other event
        before it. English too: "must disclose the fate of a protest organiser who was seized by armed men on
        Monday evening".
        A relative clause dated further back, by a month or not at all ("الوزير الذي اغتيل في تشرين الثاني")
        recalls an earlier event."""
        if m.payload.voice == "noun" or self.published is None:
            return False
        pronoun = max((r.start for r in view.kind("relative") if r.end <= m.start), default=None)
        if pronoun is None or any(w.start < pronoun and w not in blocked and w.payload.event_type != "Protests"
                                  for w in words):
            return False  # (what follows the clause may tell more of the deed: "أطلقا عليه عدة رصاصات")
        week_ago = (self.published - timedelta(days=RECENT_RELATIVE_DAYS)).isoformat()
        return any(m.end <= d.start <= m.end + RELATIVE_DATE_REACH and d.range.precision == "day"
                   and week_ago <= d.range.start <= self.today.start for d in view.dates())

    def _rising_toll_lead(self, view: SentenceMentions, m: Match) -> bool:
        """Whether event word ``m`` is in a relative clause after a rising toll that opens the article ("أفادت
        مصادر طبية بارتفاع عدد المتظاهرين الذين قضوا برصاص القوات الأمنية مساء السبت إلى خمسة"): with no event
        told before, the deed of those counted is the news."""
        return not self.told and view.has("toll_update") and not view.toks[m.start].isascii() and any(
            u.end <= r.start < m.start for u in view.kind("toll_update") for r in view.kind("relative"))

    def _subheading(self, view: SentenceMentions) -> bool:
        """Whether the sentence is a short Arabic line standing alone inside the article ("قتال في حلب"), a
        subheading whose news the paragraph under it tells."""
        if len(view.toks) > SUBHEADING_WORDS or view.toks[0].isascii():
            return False
        span = self.sentence_span(view)
        text = self.folded.original
        before = text[:span.start].rstrip(" \t\u00a0")
        after = text[span.end:].lstrip(" \t\u00a0")
        return (not before or before.endswith("\n")) and after.startswith("\n") \
            and not span.text.rstrip().endswith((".", "!", "?", "؟", ":", "،", ","))

    def _headline_item(self, view: SentenceMentions, i: int) -> bool:
        """Whether token ``i`` opens a headline's news after a short source label and a colon, as a news
        ticker or bulletin writes it ("مصدر أمني: انفجار عبوة", "الحشد الشعبي: العثور على مضافة")."""
        return 0 < i <= HEADLINE_LABEL and ":" in self.folded.text[view.sentence.ends[i - 1]:view.sentence.starts[i]]

    def _armed_agent_before(self, view: SentenceMentions, i: int) -> bool:
        """Whether a non-state armed group is named before token ``i`` of the sentence."""
        return any(a.start < i and self._kind(a) in NON_STATE_ARMED for a in view.kind("actor"))

    def _fresh(self, view: SentenceMentions, when: DateRange | None, date_span: Span | None,
               date_explicit: bool) -> bool:
        """Whether an event is told as fresh news: dated in its own sentence by a day or week at most
        `FRESH_DAYS` before publication that is not the day a source spoke, nor a bare "today" (اليوم, which a
        column also uses for "nowadays": "الخطاب الإرهابي اليوم")."""
        if not date_explicit or self.reported_date or date_span is None or when is None or self.published is None \
                or when.precision not in ("day", "week") \
                or _age(when, self.published) > (
                    STALE_ENGLISH_DAYS if when.precision == "day" and view.has("month") and view.toks[0].isascii()
                    and not self.context.signed else FRESH_DAYS):
            return False
        sentence = self.sentence_span(view)
        if not sentence.start <= date_span.start < sentence.end:
            return False
        at = self._token_at(view, date_span.start)
        return not (any(o.start == at and o.payload.value == "0" for o in view.kind("day_offset"))
                    and not view.has("weekday"))

    def _fresh_sequel(self, entry: TriggerEntry, date_explicit: bool, toll: object) -> bool:
        """Whether an undated event of a column goes on with the fresh news of the sentence right before: its toll
        told next ("أمس فجر انتحاري نفسه في مسجد ..." then "وحسب المتحدث نتج عن التفجير مقتل عشرة"), of the same
        event type as the fresh event just coded (in an opinion piece every event coded is fresh)."""
        return not date_explicit and bool(toll) and self.last is not None \
            and self.last[1] == self.sentence_number - 1 and self.last[0].event_type == entry.event_type

    def _yeared_stale(self, view: SentenceMentions, when: DateRange | None, date_at: int) -> bool:
        """Whether an English day or month told in the sentence with its year in four digits ("on Oct. 1, 2019"
        told in late September 2020) is over `STALE_ENGLISH_DAYS` before publication: history, even in the
        weeks short of a year that `stale` leaves to unyeared days read into the year before."""
        if when is None or self.published is None or date_at < 0 \
                or _age(when, self.published) <= STALE_ENGLISH_DAYS:
            return False
        span = next((d for d in view.dates() if d.start == date_at), None)
        return span is not None and _year_told(view, span)

    def _history(self, when: DateRange | None) -> bool:
        """Whether an English day, month or year is history: over a month before publication (`stale`), or over a
        year."""
        return when is not None and self.published is not None and (
            stale(when, self.published) or _age(when, self.published) > 366)

    def _recalled_reference(self, view: SentenceMentions, when: DateRange | None, trigger: Match,
                            voice: str) -> bool:
        """Whether an Arabic event is a known earlier event referred to: a definite event noun with a relative
        clause right after it ("الهجوم الذي وقع في سروج في 20 يوليو", "التفجير الانتحاري الذي نفذه التنظيم"),
        dated over `FRESH_DAYS` before publication, names the event the news goes back to, not news. Its day is
        remembered, so other words of the article dated that day (the clause's "أسفرت عن مقتل", a toll told again)
        are the same recalled event."""
        if when is None or self.published is None or self.sentence_number == 0 \
                or (self.published - date.fromisoformat(when.start)).days <= FRESH_DAYS:
            return False
        if when in self.recalled:
            return True
        word = view.toks[trigger.start][len(trigger.clitic):]
        if voice != "noun" or word.isascii() or not (word.startswith("ال") or trigger.clitic.endswith("ال")
                                                      or trigger.clitic == "لل") \
                or not any(trigger.end <= r.start <= trigger.end + REFERENCE_REACH for r in view.kind("relative")):
            return False
        self.recalled.add(when)
        return True

    def _handed_over_people(self, view: SentenceMentions, trigger: Match, entry: TriggerEntry, english: bool) -> bool:
        """Whether a bare Arabic word of handing over (weight 1: سلم, تسلمت, تسليم; not a `withdrawal`) hands over
        people or bodies, not ground: a person, civilian or body (`fatality`: جثة) up to `HANDOVER_REACH` words after
        it ("سلم نحو 11 جثة", "تسلمت القيادي"), or "to" right after it, the passive of a person handed to someone
        ("وقد سلمت إلى وزارة الداخلية"). A town or base handed over names its ground ("سلم المسلحون البلدة"). An English
        bare "handed over" hands over a record instead (`record_noun`), see below."""
        if entry.weight != 1 or entry.sub_event_type != "Non-violent transfer of territory" \
                or any(w.start == trigger.start for w in view.kind("withdrawal")):
            return False
        if english:
            # "investigators traced the flight path using radar data handed over by the coalition", "handed over the
            # footage to investigators": a record handed over (`record_noun` right before the reduced passive or
            # after the word), no ground
            return view.has("record_noun") and any(
                trigger.start - 2 <= m.end <= trigger.start or trigger.end <= m.start <= trigger.end + HANDOVER_REACH
                for m in view.kind("record_noun"))
        if trigger.end in view.bare("to_word"):
            return True
        return any(trigger.end <= m.start <= trigger.end + HANDOVER_REACH
                   for k in ("person", "civilian_noun", "fatality") for m in view.kind(k))

    def _question(self, view: SentenceMentions) -> bool:
        """Whether the sentence ends with a question mark, not one inside a quotation it opened: a banner's or a
        chant's words ("ورفعوا لافتات كتب عليها «من قتلني؟»") are no question the sentence asks."""
        end = view.sentence.end
        if end <= 0 or self.folded.text[end - 1] not in ("؟", "?"):
            return False
        said = self.folded.text[view.sentence.start:end]
        return said.count("«") <= said.count("»") and said.count('"') % 2 == 0

    def _voice(self, view: SentenceMentions, trigger: Match) -> str:
        """The trigger's voice; an Arabic verb written with damma on its first letter (قُتل) is passive, and
        an Arabic verb form carrying ل or right after a preposition is its verbal noun: "لقتل الأبرياء" (to
        kill), "حول قتل" (about the killing of) name an event without telling that anyone did it."""
        voice = trigger.payload.voice
        arabic = not view.toks[trigger.start].isascii()
        light = arabic and light_verb_before(view, trigger)
        if voice != "noun" and arabic and verbal_noun(view, trigger) and not light:
            return "noun"
        if voice == "noun" and light:
            return "active"  # "قام عشرة جنود باغتصابها": "did the raping" is the verb "raped"
        if voice == "noun" and arabic and view.has("actor"):
            # "وخطف مسلحون خمسة موظفين": the past verb opening its clause, its subject after it; "وشن مسلحون هجوما",
            # "فجر مجهولون عبوة": the object of the verb before its subject, which is the doer. Only an armed group or
            # a state's forces as the subject: a government or politician that "shelled" or "launched an attack on"
            # someone did it with words ("وقصف رئيس الوزراء المعارضة بانتقادات", "وشن الوزير هجوما على الصحافة")
            subject = _homograph_verb(view, trigger) or view.has("split_verb") and _split_object(view, trigger)
            if subject and self._fighting_force(subject):
                return "active"
        if voice == "noun" and not arabic and trigger.start - 1 in view.bare("to_word"):
            return "active"  # "continued to attack ISIS positions": after "to" the noun is the verb, its object after it
        if voice == "active" and view.toks[trigger.start].endswith("ing") \
                and trigger.start - 1 in view.bare("gerund_determiner"):
            return "noun"  # "the killing", "the mukhtar's killing": a gerund after a determiner names the event
        if voice == "active" and not arabic and _reduced_passive(view, trigger):
            return "passive"  # "one PMF fighter killed, three wounded": a log's passive without its "was"
        if voice == "active" and arabic:
            first = self.folded.to_original(view.sentence.starts[trigger.start] + len(trigger.clitic))
            if self.folded.original[first + 1:first + 2] == "\u064f":
                return "passive"
        return voice

    def _date_phrase_after(self, view: SentenceMentions, hi: int, date_at: int) -> bool:
        """Whether a day told at ``date_at`` opens the phrase right after the comma closing a clause at ``hi``, and
        that phrase, closed by a comma of its own, holds no event word, reporting verb or actor: "فجر انتحاري نفسه، أمس
        الخميس الموافق العشرين من صفر 1434 للهجرة، وسط جموع الزوار": a day set off by commas that goes on with the
        clause before (a long date phrase, not a clause of its own)."""
        i = _past_comma(view, hi)
        if i != date_at or view.toks[i - 1] != ",":
            return False
        end = next((j for j in range(i, len(view.toks)) if view.toks[j] == ","), None)
        if end is None:
            return False  # (a day closing the sentence, "... على مدينة أم درمان، السبت الماضي": no phrase set off)
        return _tells_no_one(view, i, end)

    def _place_phrase_after(self, view: SentenceMentions, hi: int, place_at: int) -> bool:
        """Whether the words from ``hi`` (the comma closing a clause, or the word after it) to a place at
        ``place_at`` open on a word of where (`place_word`: قرب, وسط, شمال) and hold no event word or reporting verb:
        a place phrase set off by a comma that goes on with the clause before."""
        i = _past_comma(view, hi)
        if i >= place_at or view.toks[i - 1] != "," or not any(w.start == i for w in view.kind("place_word")):
            return False
        return _tells_no_one(view, i, place_at)

    def _last_type(self, reach: int) -> str | None:
        """The event type of the event told last, when told within ``reach`` sentences before this one."""
        if self.last is None or self.sentence_number - self.last[1] > reach:
            return None
        return self.last[0].event_type

    @staticmethod
    def _as_shelling(entry: TriggerEntry) -> TriggerEntry:
        """``entry`` as a shelling or missile attack: a militia's threat to hit foreign forces (rockets, drones)."""
        return dataclasses.replace(entry, event_type="Explosions/Remote violence",
                                   sub_event_type="Shelling/artillery/missile attack")

    def _event(self, view: SentenceMentions, trigger: Match, triggers: list[Match], lo: int, hi: int,
               places: list[PlaceMention], whole: bool, upto: int | None = None) -> Event | None:
        """The event told by ``trigger`` in clause ``lo``..``hi``; with ``whole``, arguments come
        from anywhere in the sentence (before token ``upto`` when given: a later clause tells a deed of its own)."""
        entry: TriggerEntry = trigger.payload
        english = view.toks[trigger.start].isascii()
        rumour = False
        # an English weak seizing word ("seized", "took"): ground taken, or people (an abduction, an arrest)
        weak_seizing = english and entry.sub_event_type == "Non-state actor overtakes territory" and entry.weight == 1
        crowd_clash = False
        if view.has("denial") and view.has("denial_of_role") and not _told_before_denial(view, trigger) \
                and not (self.sentence_number == 0 and _told_in_its_clause(view, trigger)):
            return None  # "X denied any involvement in the attack": the attack is told elsewhere
        if view.has("accusation") and (charged(view, trigger) or charged_with(view, trigger)):
            return None  # "accused of kidnappings": a charge, not an event
        if not english and _bare_exposure(view, trigger, self._fighting_force):
            return None  # "أعلنت الأنواء الجوية تعرض البلاد إلى منخفض جوي": exposed to weather, no attack
        if view.has("equipped") and trigger.clitic.endswith("ب") and entry.event_type == "Explosions/Remote violence" \
                and any(q.end == trigger.start for q in view.kind("equipped")) and any(
                    m.start != trigger.start and m.payload.weight >= 2 for m in triggers):
            # "دمرت مخبأ بداخله سيارات مجهزة بعبوات ناسفة": what a thing is rigged or loaded with, beside another
            # event word that tells the deed, is no blast of its own
            return None
        if english and entry.sub_event_type == "Peaceful protest" and entry.weight == 1 and view.has("commemoration") \
                and not view.has("purpose") and self._commemorated(view, trigger):
            # "gathered at the monument to mark the anniversary of the attack": a commemoration. Only a bare gathering
            # word: "staged a demonstration to commemorate the massacre" is a protest (ACLED codes it so)
            return None
        if entry.sub_event_type == "Peaceful protest" and entry.weight < 3 and view.has("celebration") and any(
                trigger.end <= c.start <= trigger.end + CELEBRATION_REACH and not any(
                    trigger.end <= w.start < c.start for k in ("purpose", "reaction") for w in view.kind(k))
                for c in view.kind("celebration")):
            # "وخرج آلاف المواطنين إلى شوارع بغداد احتفالاً بالفوز": a crowd out to celebrate is no protest (one
            # told demanding or protesting first still is; so is a word that names a protest, weight 3)
            return None
        if not english and entry.sub_event_type == "Protest with intervention" and trigger.end - trigger.start == 1 \
                and not self._crowd_told(view, trigger):
            # "وفي الموصل، يواصل التنظيم عمليات القتل والقمع": a bare word of repressing with no crowd in the sentence
            # (protesters, a protest word) nor a protest told just before is oppression in general, no protest
            return None
        if not english and view.has("period_report") and any(r.start <= 1 for r in view.kind("period_report")) \
                and any(_firm_count(view, q, 5) for q in view.quantities()):
            # "وبحسب الحصيلة، فإن 5800 شخص خطفوا من قبل التنظيم": a sentence sourced to a tally or statistics, with a
            # figure of five or more, tells that tally's share, no deed of the day
            return None
        if not english and entry.sub_event_type == "Remote explosive/landmine/IED" and entry.voice == "noun" \
                and _bombs_counted_detonated(view, trigger):
            # "وتمكنت القوات من تدمير أربعة منازل وتفجير 199 عبوة ناسفة": so many bombs detonated at once is the
            # forces' clearing of them (a blast word over a count of bombs), no bomb that went off on anyone
            return None
        if (view.has("no_fatalities") or view.has("no_casualties")) and any(
                m.start <= trigger.start < m.end for k in ("no_fatalities", "no_casualties") for m in view.kind(k)):
            return None  # "no one was killed": the toll of an event told elsewhere, and nil
        if entry.weight == 1 and entry.sub_event_type in _POSTURE and (self.told or any(
                m.end <= trigger.start and m.payload.weight >= 2 and m.payload.event_type in VIOLENT_TYPES
                for m in view.kind("trigger"))):
            # "police deployed in the area" after a clash: the response to it, not an event (so too after one told
            # earlier in the sentence: "نزاع عشائري ... أسفر عن مقتل شخص، وقد انتشرت قوة أمنية في المنطقة")
            return None
        if self.told and view.has("subsided") and entry.weight < 3 and any(
                trigger.end <= w.start <= trigger.end + 1 or w.end == trigger.start for w in view.kind("subsided")):
            # "By 5 p.m. the shooting had died down and both sides had pulled back", "هدأت الاشتباكات": the end of
            # the fight told before, no event of its own
            return None
        if entry.sub_event_type == "Agreement" and view.has("truce_end") and any(
                trigger.end <= w.start <= trigger.end + TRUCE_END_REACH or trigger.start - 2 <= w.end <= trigger.start
                for w in view.kind("truce_end")):
            # "قال الحزب إن الهدنة مع الحكومة لم يعد لها معنى", "انهيار الهدنة", "the ceasefire collapsed": a truce
            # ended, no agreement reached
            return None
        if entry.sub_event_type == "Other" and entry.weight == 1 and view.has("civil_matter") and any(
                trigger.start - CIVIL_RELEASE_REACH <= c.start and c.end <= trigger.end + CIVIL_RELEASE_REACH
                and "," not in view.toks[min(c.end, trigger.end):max(c.start, trigger.start)]
                for c in view.kind("civil_matter")):
            # "said salaries for September would be released within days", "released the budget funds": money
            # released is no release of captives
            return None
        if english and entry.sub_event_type == "Change to group/activity" and entry.voice == "active" \
                and (trigger.start - 1 in view.bare("that_word") or any(
                    r.end == trigger.start for r in view.kind("relative_pronoun"))):
            # "Iran-backed cells that broke away from the Mahdi Army", "a faction which split from the PMF": how a
            # group came to be, told to describe it, is no change of the day ("that" right before the verb is its
            # subject: a relative pronoun, no "said that")
            return None
        if english and entry.event_type == "Protests" and entry.voice == "noun" and any(
                m.start == trigger.end for k in ("person", "civilian_noun", "described_noun") for m in view.kind(k)):
            # "the killing of a prominent protest activist", "protest organisers said", "the protest movement": a
            # protest word naming the kind of a person or body is no protest told
            return None
        if english and view.has("subset") and view.has("tally_noun") and not view.dates() and any(
                s.end <= trigger.start <= s.end + 1 and any(t.end <= s.start for t in view.kind("tally_noun"))
                for s in view.kind("subset")):
            # "has recorded a string of incidents targeting campaigns, including torched offices": the deeds listed
            # after "including" a plural of incidents or attacks told before, with no day, are kinds of that series,
            # no event each ("including one on Tuesday in which a missile was fired" names its day: an event)
            return None
        if not english and view.has("kinds_range") and view.has("tally_noun") and any(
                s.end <= trigger.start and any(t.end <= s.start for t in view.kind("tally_noun"))
                for s in view.kind("kinds_range")):
            # "نفذت أربعة تنظيمات نحو 32 عملية، تراوحت ما بين اغتيال وتفجيرات انتحارية": the deeds listed after
            # "ranged between" a tally told before are kinds of the series counted, no event each
            return None
        if english and entry.weight == 1 and entry.sub_event_type in ("Looting/property destruction",
                                                                      "Violent demonstration") \
                and self.told and self._last_type(2) in ("Explosions/Remote violence", "Battles") \
                and trigger.start - 1 in view.bare("passive_aux") and not view.dates() \
                and not any(a.start >= trigger.end for a in view.kind("agent_marker")):
            # "... and that several houses near the road were destroyed" right after the missile strike told: the
            # damage the strike or fight did, told passive with no doer and no day of its own, is no event of its own
            return None
        if entry.weight == 1 and entry.sub_event_type == "Agreement" and entry.voice == "active" and self.told \
                and self._last_type(2) in DEMONSTRATION_TYPES:
            # "Police negotiated with them and traffic resumed" right after a road blocked by protesters: talks
            # with the crowd are how its protest ended, no agreement of its own (a verb of talks held: a dialogue
            # set for next week, "حوار مع ممثلي المتظاهرين مقرر الأسبوع المقبل", is news of its own)
            return None
        if entry.weight == 1 and entry.sub_event_type == "Other" and self.told and self.last is not None \
                and self.last[0].event_type in VIOLENT_TYPES and view.has("flight") \
                and any(f.start == trigger.start for f in view.kind("flight")):
            # "The militants fled toward the Tigris and left their dead behind" after the town was retaken: the
            # losers' flight is part of the fight told, no event of its own; so is the doers' flight after a bombing
            # or a killing ("the attackers fled on a motorcycle" after a grenade thrown at a house)
            return None
        if entry.sub_event_type == "Headquarters or base established" and any(
                m.start < trigger.start < m.end for m in view.kind("target_marker")):
            return None  # "على مطار أربيل، حيث تتمركز قوات التحالف": where the side hit is stationed, no new base
        if (self.told or self.tallied or english) and entry.event_type == "Strategic developments" and any(
                r.start < trigger.end and trigger.start < r.end for r in view.kind("response")):
            # "وفرضت حظراً للتجوال", "استقدمت تعزيزات" after a clash: the response to it (after violence counted too:
            # "Two explosions brought down the minarets ... A curfew was declared in Baghdad"); in English a curfew
            # or reinforcements are never an event of their own, told first or not ("In Kirkuk, a curfew was imposed
            # after disputes over the vote count": a precaution, which the development golds never code)
            return None
        if entry.weight == 1 and entry.sub_event_type == "Non-violent transfer of territory":
            # (or after a fight told before it in the same English sentence: "Islamic State fighters seized the
            # government compound in Ramadi after a wave of suicide car bombs, and security forces withdrew")
            if (self.told and (english or self.last is not None and self.last[0].event_type == "Battles")
                    or english and any(t.end <= trigger.start and t.payload.event_type == "Battles"
                                       for t in view.kind("trigger"))) \
                    and not any(f.end <= trigger.start <= f.end + 2 for f in view.kind("future")):
                # (a handover told as a plan, "The coalition plans to hand over further sites", is news of its own)
                # "security forces withdrew toward a base" after the city fell, "وإن من تبقى من مسلحي التنظيم انسحبوا
                # باتجاه حي الصوفية" after the compound was retaken: the retreat is part of the fight
                return None
            if any(trigger.end <= u.start <= trigger.end + UNDER_FIRE_REACH for u in view.kind("under_fire")):
                return None  # "انسحبت القوة من موقعها تحت النار", "pulled out under heavy fire": a retreat in a fight
        if entry.sub_event_type in TERRITORY_TYPES and not (weak_seizing and entry.voice == "active") and any(
                m.start == trigger.end or m.start == trigger.end + 1 and trigger.end in view.bare("article")
                for k in ("civilian_noun", "person") for m in view.kind(k)):
            # "تحرير مهندس", "تحرير المختطفين", "the liberation of a young man who was kidnapped": a captive freed,
            # not ground retaken (an English weak seizing verb, "gunmen seized a journalist", took the man: an
            # abduction, `person_seized`)
            return None
        if entry.sub_event_type == "Disrupted weapons use" and entry.weight == 1 and entry.voice == "active" \
                and self._person_object(view, trigger):
            # "اعترضوا التاجر قرب محله", "اعترض مسلحون مجهولون الطبيب": gunmen stopping a man intercepted no weapon
            return None
        if self._handed_over_people(view, trigger, entry, english):
            return None  # "سلم التنظيم 11 جثة للطب العدلي", "وقد سلمت إلى وزارة الداخلية": people or bodies, not ground
        a_lo, a_hi = (0, len(view.toks) if upto is None else upto) if whole else (lo, hi)
        if whole and not english and view.has("clause_break"):
            # "تبادل مسلحون إطلاق النار مع الشرطة، فيما استهدفت سيارة مفخخة مركزاً للجيش": a clause opened by
            # فيما/بينما after another deed's verb tells news of its own; its event takes no party from before it
            # (unless a source speaks in it: "فيما أكد المنظمون أن القوات أطلقت النار" answers what was told before)
            # (not after a bare toll whose wounded the break goes on counting: "قتل شخصان فيما أصيب سبعة آخرون في
            # انفجار عبوة ناسفة" tells the blast's dead and wounded, `_toll_then_wounded`)
            a_lo = max([c.end for c in view.kind("clause_break") if a_lo < c.start and c.end <= trigger.start
                        and any(t.start < c.start and t.payload.voice == "active" for t in triggers)
                        and not any(c.end <= r.start < trigger.start for r in view.kind("report_verb"))
                        and not _toll_then_wounded(view, triggers, a_lo, c)],
                       default=a_lo)
            # "انفجرت عبوة ناسفة قرب سوق شعبي، فيما تواصل القوات الأمنية عمليات التفتيش": a clause opened by فيما/بينما
            # after the event word that tells no deed and no casualty of its own (the forces searching, a government
            # reassuring people) names no party of it, unless a source speaks in it
            # (a blast's: the doers of a shooting go on in such a clause, "وأحرقوا سيارتهم، فيما تمكن رابع من الفرار")
            if entry.event_type == "Explosions/Remote violence":
                a_hi = min([c.start for c in view.kind("clause_break") if trigger.end <= c.start < a_hi
                            and _no_deed_after(view, triggers, c.end, a_hi)], default=a_hi)
            # "قتل خمسة مدنيين في قصف بقذائف الهاون على القرية، فيما شن طيران التحالف غارات على مواقع التنظيم": a
            # clause opened by فيما/بينما after the event word that tells a deed of another kind, with no source
            # speaking in it, is that deed's news; its parties are not this event's
            a_hi = min([c.start for c in view.kind("clause_break") if trigger.end <= c.start < a_hi
                        and _other_deed_after(view, triggers, entry, c.end, a_hi)], default=a_hi)
        if upto is not None:
            places = [p for p in places if p.match.start < upto]
        if english and trigger.start > 0 and view.toks[trigger.start - 1] == "the" \
                and trigger.start in view.bare("victim_adjective"):
            return None  # "funeral prayers for the slain official": an adjective of a victim told before, no deed
        refers = whole and entry.voice == "noun" and view.has("reference") and english
        anaphoric = self._anaphoric(view, trigger, whole) if refers else None
        cut_at = None
        if anaphoric:  # (asked of a referring English noun only)
            # "The attack came a week after a rocket barrage on Camp Taji killed two soldiers": an event told
            # before takes nothing from the earlier one the sentence refers to (its day neither: "the strikes hit
            # depots ..., in response to attacks including Friday's rocket barrage")
            a_hi = min([r.start for r in view.kind("reference") if trigger.end <= r.start < a_hi], default=a_hi)
            places = [p for p in places if p.match.start < a_hi]
            cut_at = a_hi
        elif whole and english and view.has("reference"):
            # "the strikes targeted depots near al-Qaim, in response to repeated attacks on bases ..., including
            # Friday's rocket barrage": a reference phrase set off by a comma after the event word opens the
            # earlier events it answers; their day, place, parties and toll are not this event's
            cut = min([r.start for r in view.kind("reference") if trigger.end < r.start < a_hi
                       and view.toks[r.start - 1] == ","], default=a_hi)
            if cut < a_hi:
                a_hi = cut
                places = [p for p in places if p.match.start < a_hi]
        elif not english and entry.voice == "noun" and view.has("reference") \
                and _definite(view.toks[trigger.start]):
            # "وقال إن الغارة كانت ردا على مواجهات الخميس الماضي": a day told past a word of response right after a
            # definite event noun (the deed told before, said to answer another) is the earlier deed's, not this
            # one's (not "ردا على أنباء عن قصف ليل أمس": the reports are of this deed)
            # (told as what the deed was or came as, "كانت", "جاءت": not "تتواصل الهجمات ردا على الغارات", a run of
            # deeds of their own)
            between = [t for t in view.toks[trigger.end:trigger.end + _RESPONSE_REACH] if t not in ('"', ")")]
            if between[:1] and between[0] in _AR_CAME_AS:
                cut_at = min((r.start for r in view.kind("reference") if r.payload.value == "response"
                              and trigger.end < r.start <= trigger.end + _RESPONSE_REACH
                              and not any(n.start == r.end for n in view.kind("report_noun"))), default=None)
        # the date reads nothing the parties and toll below set: worked out first, so that an Arabic event word over
        # a long period, which `_cumulative` drops whatever its parties, costs no search for them
        if english and cut_at is None and view.has("place_relative") and view.has("past_aux"):
            # "drove the vehicles into a barracks where troops had taken up positions after advancing last week":
            # a "where" clause after the event word told in the pluperfect ("had") describes the place by what was
            # done there before; its day is not the event's
            cut_at = min((w.start for w in view.kind("place_relative") if trigger.end <= w.start < a_hi and any(
                w.end <= x.start <= w.end + WHERE_REACH for x in view.kind("past_aux"))), default=None)
        when, date_span, date_explicit = self._date(view, a_lo, a_hi, trigger.start, before=cut_at)
        report_day = self.reported_date  # the day told is only a report's (`_date`)
        if entry.sub_event_type == "Arrests" and trigger.payload.voice == "noun" and not english \
                and self.published is not None and (view.has("day_offset") or view.has("weekday")) \
                and (not date_explicit or date_span is not None and self._token_at(view, date_span.start) < a_lo) \
                and self._state_announcer(view, trigger):
            # "وأعلنت قيادة شرطة ميسان، مساء اليوم الاثنين، اعتقال شخص يشتبه بتورطه في الجريمة": a state body
            # announcing its own arrest today, with no other day told, made it by today; the day of the killing told
            # before is the crime's, not the arrest's (so is a day told in an earlier clause, the crime's: "أعلنت
            # ...، اليوم الاثنين، تحرير تاجر اختطفه مسلحون قبل ثلاثة أيام في الهندية، واعتقال اثنين")
            today = self.today.start
            told_today = next((d for d in view.dates() if d.range.start == today and d.range.precision == "day"), None)
            if told_today is not None and when is not None and when.start != today:
                when, date_span = told_today.range, self.span(view, told_today.start, told_today.end)
        date_at = self._token_at(view, date_span.start) if date_span is not None else -1
        own_day = when if date_explicit else None  # (the later changes of `when` are all to an implicit day)
        # (the later test of the same, for the other words, gives the same answer: not asked twice)
        long_told = not english and entry.sub_event_type != "Arrests"
        # (a deed dated to a coming day or month is no tally of the past: "معلنين عزمهم تنظيم اعتصام ... يوم الأحد
        # المقبل" after "إنها الرابعة منذ مطلع العام", "ستسلم القاعدة خلال الشهر المقبل")
        if long_told and not self._dated_ahead(view, lo, hi) and self._cumulative(view, lo, hi, own_day, date_at, trigger.start) \
                and not (view.has("future") and entry.event_type in VIOLENT_TYPES
                         and status_of(view, trigger, lo, hi, own_day, self.published) == "planned"):
            # (a plan of violence counts nothing done: "كانوا يخططون لتنفيذ تفجيرات ... خلال الأيام العشرة الأخيرة
            # من شهر رمضان" tells when the bombings were to be, no tally of ten days; an agreement said to be coming,
            # "قال في بداية هذا العام إنه سيتم التوصل إلى اتفاق", stays out)
            return self._cumulative_drop(view, trigger, lo, hi, a_lo, a_hi, own_day)
        voice = self._voice(view, trigger)
        role_trigger, role_voice = trigger, voice
        if voice == "noun":
            # "SDF forces killed an IS commander during a night raid": the verb tells who did it to whom
            verbs = [m for m in triggers if m.payload.voice == "active" and lo <= m.start < trigger.start
                     and m.payload.event_type != "Protests" and view.toks[m.start].isascii()]
            if verbs:
                # the surer verb, then the nearer: "killed two militants and captured a third during a raid"
                role_trigger = min(verbs, key=lambda m: (-m.payload.weight, abs(m.start - trigger.start)))
                role_voice = self._voice(view, role_trigger)
        agent, target = assign_roles(view, role_trigger, a_lo, a_hi, self.k, role_voice)
        if not english and voice == "noun" and agent is not None and agent.end <= trigger.start and self.told \
                and entry.event_type in VIOLENT_TYPES and _speaker_that(view, agent.end) \
                and any(r.end <= agent.start <= r.end + 2 for r in view.kind("report_verb")) \
                and self._anaphoric(view, trigger):
            # "وأوضح بيان لجهاز مكافحة الإرهاب أن الضربة التي وقعت صباح الخميس أدت إلى مقتل اثنين": the body named
            # right after the verb of saying, before its "that", tells of the deed a definite noun refers back to
            # (told before, with its own doer): it is the source, not the doer
            agent = None
        if english and role_voice == "active" and agent is not None and agent.end <= role_trigger.start:
            aside = _aside_before(view.toks, role_trigger.start)
            if aside is not None and aside < agent.start:
                # "The strike, conducted on intelligence provided by the Counter-Terrorism Service, destroyed a
                # cave complex": a party named inside an aside set off by commas right before the verb is the
                # aside's, not the verb's subject, which stands before the aside
                agent = next((m for m in view.longest("actor") if m.end == aside), None)
                if agent is not None and target is not None and target.payload == agent.payload:
                    target = None  # (the subject was read as the side hit when the aside's party was the doer)
        if agent is None and english and role_voice == "active" \
                and role_trigger.start == 1 and view.has("back_pronoun") and view.kind("back_pronoun")[0].start == 0:
            # "two men with rifles knocked on the gate ... They shot him and his eldest son in the courtyard": a
            # plural pronoun opening the sentence, right before the deed, is the armed men the sentence before named
            armed = self._armed_before()
            if armed is not None:
                agent = Match(0, 1, "actor", armed.payload, "")
        # "أضرم محتجون النار ... احتجاجاً على مقتل متظاهر برصاص مجهولين": those named past "in protest at" are
        # the parties of what was protested, not of this event
        reacted = min((r.start for r in view.kind("reaction") if r.start >= trigger.end), default=len(view.toks)) \
            if view.has("reaction") else len(view.toks)
        if english and view.has("reference") and view.has("report_verb"):
            # "killing at least 11 people, police said, a week after U.S. and Iraqi troops launched a crackdown":
            # a reference word just past the source told after the event opens the wire's background, whose
            # parties are not this event's
            reacted = min([reacted] + [f.start for r in view.kind("report_verb") if r.start >= trigger.end
                                       for f in view.kind("reference") if r.end <= f.start <= r.end + _BACKGROUND_GAP
                                       and "," in view.toks[r.end:f.start]])
        if english and view.has("since"):
            # "shot dead a shop owner ..., the latest killing since Iraqi forces took control of the city": a clause
            # opened by "since" after the event word tells the time or state it is measured from, not a side of it
            reacted = min([reacted] + [s.start for s in view.kind("since") if s.start >= trigger.end])
        agent = None if agent is not None and agent.start > reacted else agent
        target = None if target is not None and target.start > reacted else target
        if target is not None and target.end <= HEADLINE_LABEL < len(view.toks) \
                and self._kind(target) not in _STATE_OR_ARMED and any(
                target.end <= i <= trigger.start and self._headline_item(view, i) for i in range(1, HEADLINE_LABEL + 1)):
            # "مسؤول محلي في دهوك: قصف مدفعي تركي طال أطراف قرى ...": the short source label before a bulletin's
            # colon is who tells the news, not the side hit (an armed body's label may tell its own men's fight)
            target = None
        if english and _finder(view, agent, trigger):
            agent = None  # "Police found the bodies of two men, bound and shot in the head": not who killed them
        ours_told = False  # whether the agent is the statement's issuer, told as "our men"
        if agent is None and self.issuer is not None and view.has("our_men"):
            # "استهدف مجاهدونا قاعدة الاحتلال", "ألقت مفارزنا القبض على شخصين": the issuer's own men did it
            # (the men as the subject: right after a verb, "استهدف مجاهدونا", "ألقت مفارزنا القبض", or right before
            # an active event verb, "مقاتلونا اشتبكوا"; "استشهد أحد مجاهدينا" names a victim)
            verbs = {m.end for k in ("trigger", "target_marker", "light_verb", "find_verb") for m in view.kind(k)
                     if k != "trigger" or m.payload.voice == "active"}
            ours = next((w for w in view.kind("our_men") if a_lo <= w.start < a_hi and (w.start in verbs or any(
                t.start == w.end and t.payload.voice == "active" for t in view.kind("trigger")))), None)
            if ours is not None:
                agent = Match(ours.start, ours.end, "actor", self.issuer, "")
                ours_told = True
        if agent is None and not ours_told and not english and entry.event_type == "Riots" and view.has("our_men") \
                and any(a_lo <= w.start < trigger.start for w in view.kind("our_men")):
            # "قال العميد إن «قواتنا تمكنت فجر اليوم من اقتحام المبنى»": an officer's "our forces" storming a
            # place is his forces' assault, no crowd's riot
            return None
        if target is None and self.issuer is not None and view.has("our_sites") and not english \
                and entry.event_type in VIOLENT_TYPES and (agent is None or agent.payload != self.issuer) \
                and not view.has("report_verb") and "«" not in view.toks:
            # "صد تعرّض نفذته فلول داعش على إحدى نقاطنا", "ارتقى شهيدان من مقاتلينا": the statement's own posts or
            # men told after the event word, not as its subject, were hit: the issuer its heading names (not in the
            # words of another speaker the statement quotes: "قال ناطق باسم القوات إنه لم يسجل أي هجوم على دورياتنا")
            mine = next((w for w in view.kind("our_sites") if trigger.end <= w.start < a_hi), None)
            if mine is not None:
                target = Match(mine.start, mine.end, "actor", self.issuer, "")
        state = state_subject(view, role_trigger, role_voice, a_lo, a_hi) \
            if view.has("state_agent") and entry.event_type in VIOLENT_TYPES else None
        if state is not None and (agent is None or self._kind(agent) not in STATE_SIDE
                                  or self.k.actors[agent.payload].actor.country
                                  != self.k.actors[state.payload].actor.country):
            # "وبدأت تركيا قصف معسكرات لحزب العمال": the country that did it is its forces, no place of the event;
            # the party after the word that had been taken for the agent is the one hit. The name only fills the
            # side: it is not the agent that makes a verb news (below)
            if target is None and agent is not None and agent.start > trigger.start and not any(
                    trigger.start < b.end <= agent.start and agent.end <= state.start for b in view.kind("blame")):
                target = agent  # (not the accuser: "a strike attributed by local officials to Turkey")
            agent = state
            places = [p for p in places if not p.match.start <= state.start < p.match.end]
        if entry.sub_event_type == "Arrests" and agent is None and (last_type := self._last_type(2)) is not None and (
                    last_type == "Protests" and any(
                        self._kind(m) in CROWD_KINDS for m in view.kind("actor")
                        if m.start < trigger.start or target is not None and m.start == target.start)
                    or english and last_type in DEMONSTRATION_TYPES and any(
                        m.end <= trigger.start and m.payload.sub_event_type == "Protest with intervention"
                        for m in view.kind("trigger"))):
            # "Local media reported four protesters injured and three briefly detained": the protesters held when
            # the protest told just before was broken up are part of that intervention, no arrest of their own; so
            # are those held when the crowd of a protest or riot told just before was dispersed ("Police used water
            # cannon to disperse hundreds of people, and several were arrested")
            return None
        if agent is None and view.has("institution_ref"):
            agent = self._institution(view, trigger, lo, hi)
        if agent is None and view.has("group_ref"):
            agent = self._group_ref(view, trigger, lo, hi)
        if not english and (agent is not None and agent.payload == "unidentified-gunmen"
                            or target is not None and target.payload == "unidentified-gunmen"):
            agent, target = self._gunmen_named_before(view, agent, target)
        if agent is None and view.has("other_unit"):
            agent = self._other_unit(view, trigger, lo, hi)
        if agent is None and view.has("unit_ref") and entry.sub_event_type in STATE_ACTIONS and not english:
            agent = self._unit_ref(view, trigger, lo, hi)
        if agent is None and self.issuer is not None and not english and entry.sub_event_type in STATE_ACTIONS \
                and self.k.actors[self.issuer].actor.kind == "State forces":
            # "بيان ... قيادة شرطة محافظة ذي قار:" then "نفذت القوات عمليات دهم أسفرت عن إلقاء القبض على سبعة
            # متهمين": a state force's statement telling an arrest or seizure with no doer named tells its own
            agent = Match(trigger.start, trigger.end, "actor", self.issuer, "")
        # what an operation yielded ("وأسفرت العملية عن ضبط وكر"): read once, for its doer and its support below
        yielded = not english and _operation_yield(view, trigger, entry)
        if agent is None and yielded and self.view_before is not None and self.view_before.has("actor"):
            # "نفذت قطعات قيادة عمليات بغداد عملية تفتيش ... وأسفرت العملية عن ضبط وكر": the yield of the operation
            # the sentence before told is the find of the state force that carried it out, the last one named there
            agent = next((Match(trigger.start, trigger.end, "actor", m.payload, "")
                          for m in reversed(self.view_before.longest("actor"))
                          if self.k.actors[m.payload].actor.kind == "State forces"), None)
        if agent is None and not english and entry.sub_event_type == "Air/drone strike" \
                and trigger.payload.voice == "active" and (target is None or self._kind(target) not in STATE_SIDE):
            # "أعلن الجيش الأميركي في بيان أن طائرة تابعة له قصفت مسلحين": an aircraft's bombing of armed men no one
            # is named flying, told by a state's or a foreign force's statement, is that force's own (not a drone
            # that "targeted" a base: "أعلنت وزارة الداخلية أن طائرة مسيرة استهدفت قاعدة للتحالف")
            agent = self._flying_announcer(view, trigger)
        fatalities, injured = attach_casualties(view, a_lo, a_hi)
        # (Arabic too: "اعتقال متهمين بالضلوع في تفجير العبوة التي أودت بحياة ضابط")
        deed = min((b.start for b in self.charged if b.start > trigger.start), default=None) \
            if self.charged and (english or entry.sub_event_type == "Arrests") else None
        if deed is not None:
            # "arrested four men suspected of killing a lawyer": the victim and the dead of the deed charged are
            # not the arrest's
            fatalities = None if fatalities and fatalities[1].start >= deed else fatalities
            injured = None if injured and injured[1].start >= deed else injured
            target = None if target is not None and target.start > deed else target
            if not english and agent is not None and agent.start > deed:
                # (nor is a force named in the deed the arrester: "أودت بحياة ضابط في جهاز مكافحة الإرهاب"; the state
                # body announcing the arrest made it)
                agent = next((a for a in speaking_bodies(view, trigger.start) if self._kind(a) == "State forces"
                              and a.start < trigger.start), None)
        if not english and entry.sub_event_type == "Arrests" and view.has("reference") and (fatalities or injured) \
                and not any(m.payload.sub_event_type == "Armed clash" for m in triggers):
            # "ألقت الشرطة القبض على خلية ... بعد أسابيع من تفجير كنيسة أودى بحياة 15 شخصا": a toll told past a
            # reference word after the arrest word is the earlier deed's, not the arrest's (a raid that turned into
            # an exchange of fire keeps its dead: it is a clash)
            fatalities, injured = _tolls_upto(_first_past(view, ("reference",), trigger.start), fatalities, injured)
        if english and fatalities and trigger.start < fatalities[1].start and view.has("reference") \
                and view.has("killing") and any(
                    0 <= fatalities[1].start - r.end <= 1 for r in view.kind("reference") if r.start > trigger.start):
            # "fired rockets ..., in retaliation for the killing of two of their commanders": the dead of a killing
            # a reference word names after the event word are that killing's, not the news's
            fatalities = None
        if _war_toll(trigger, fatalities, date_span is not None):
            return None  # "تم قتل أكثر من 200 ألف بريء": a war's toll, no single event
        # a toll told in another clause over years ("تمرد أودى بحياة 40 ألف شخص منذ 1984") is not this event's
        fatalities = None if fatalities and self._toll_elsewhere(view, fatalities[0], lo, hi) else fatalities
        injured = None if injured and self._toll_elsewhere(view, injured[0], lo, hi) else injured
        if view.has("background") and view.toks[0].isascii():
            # "wounded three soldiers, weeks after a similar blast killed a police officer": a toll told after a
            # `prior` cue that stands after the event word is the earlier event's
            prior = [c.end for c in view.kind("background") if opens_prior(view, c) and c.start > trigger.start]
            fatalities = None if fatalities and any(p <= fatalities[0].start for p in prior) else fatalities
            injured = None if injured and any(p <= injured[0].start for p in prior) else injured
        if english and fatalities and view.has("contrast") and view.has("negation") and view.has("report_verb") \
                and any(trigger.start - NEGATED_REACH <= n.start < trigger.start for n in view.kind("negation")):
            # "Turkey's defence ministry did not comment on the Sinjar strike directly, but said in a weekly briefing
            # that its forces had neutralised 14 militants over the past seven days": the event word is what the
            # speaker left unsaid; the figures it went on to give past "but" and its report verb are of other deeds
            said = min((r.start for c in view.kind("contrast") if c.start >= trigger.end
                        for r in view.kind("report_verb") if c.end <= r.start <= c.end + CONTRAST_REPORT_REACH),
                       default=len(view.toks))
            fatalities, injured = _tolls_upto(said, fatalities, injured)
        # a crowd right by a word of destruction riots ("أضرم محتجون النار"): its event is a crowd's too
        crowd_by = next((m for m in view.kind("actor") if abs(m.start - trigger.end) <= 2
                         and self._kind(m) in CROWD_KINDS), None) \
            if entry.sub_event_type == "Looting/property destruction" else None
        crowd = entry.event_type in DEMONSTRATION_TYPES or agent is not None and \
            self._kind(agent) in CROWD_KINDS or crowd_by is not None
        if crowd and (view.has("reference") or view.has("reaction")):
            # "held a march to mark the anniversary of the attacks in which 3 were killed", "called for a march
            # after the killing of a general": the dead told after a reference word are not the crowd's, nor
            # those it protests ("أضرم محتجون النار في مقر حزب احتجاجاً على مقتل متظاهر")
            kinds = ("reference", "reaction") if entry.event_type == "Protests" else ("reaction",)
            fatalities, injured = _tolls_upto(_first_past(view, kinds, trigger.start), fatalities, injured)
        # "16 militants were killed or injured": the figure counts the dead with the wounded, no sure dead
        # ("killed, wounded, or captured"; "nobody was killed or hurt" keeps its zero)
        if _toll_counts(fatalities) and view.has("alternative") and view.has("injury") and any(
                fatalities[1].end <= o.start <= fatalities[1].end + 4
                and any(fatalities[1].end <= c.start <= o.end for c in view.kind("injury"))
                for o in view.kind("alternative")):
            fatalities = None
        implied = False
        if fatalities is None:
            # (inside the event words too: "was shot dead")
            killing = next((m for m in view.kind("killing") if m.start <= trigger.start < m.end
                            or trigger.start < m.start < trigger.end), None) if view.has("killing") else None
            # "killed, captured or wounded 3 militants": any of them may have died, none surely did
            if killing is not None and view.has("alternative") and any(
                    killing.end <= o.start <= killing.end + 3 for o in view.kind("alternative")):
                killing = None
            # "نجا من محاولة اغتيال", "an assassination attempt": an attempt on a life, no sure dead
            if killing is not None and view.has("attempt") and any(
                    a.end <= killing.start <= a.end + 1 or a.start == killing.end for a in view.kind("attempt")):
                killing = None
            if killing is not None:  # "اغتال مسلحون ناشطا": a killing with no figure has at least one dead
                fatalities = (QuantitySpan(killing.start, killing.end, Quantity(1, 1, None), 1), killing)
                implied = True
        # Arabic: a place in the event word's own clause first ("واعتقال اثنين ... في قرية تابعة لقضاء الدبس"),
        # then the nearest in the sentence. (In English it lifts ACLED admin2 0.60 -> 0.65 but costs one admin1 row.)
        p_lo, p_hi = (a_lo, a_hi) if english else (lo, hi)
        if voice != "noun" and view.has("relative") and not english:
            # "تنعى غرفة محامي ميسان الزميل الذي اغتاله مسلحان ... وسط مدينة العمارة": the places before the
            # relative pronoun describe the one the clause tells of, not where the deed was done
            p_lo = max([p_lo] + [r.end for r in view.kind("relative")
                                 if p_lo <= r.start and r.end <= trigger.start <= r.end + 2])
        if voice == "noun" and entry.sub_event_type == "Disrupted weapons use" and not english \
                and agent is not None and agent.start > trigger.end and self._kind(agent) not in STATE_SIDE \
                and view.has("report_verb"):
            # "أعلنت وزارة الداخلية البحرينية عن إحباط عملية تهريب متفجرات كان ينوي الإرهابيون إدخالها": the state
            # force announcing a foiling did it; the group named after the word is the one foiled (a state's
            # government or a foreign one named speaking is no doer of it; only the speaker of the sentence's first
            # reporting verb is: "أعلنت الوزارة أنها بالتزامن مع إعلان المرشد الإيراني ... عن إحباط")
            first = min(r.end for r in view.kind("report_verb"))
            body = next((a for a in speaking_bodies(view, trigger.start)
                         if self._kind(a) == "State forces" and 0 <= a.start - first <= 1), None)
            if body is not None:
                agent, target = body, agent
        where, place_span, place_explicit = self._place(view, places, p_lo, p_hi, trigger.start)
        if where is not None and where.precision == "admin1" and where.admin1_code and view.has("generic_name") \
                and not english:
            # "كربلاء – ... قرب ساحة التربية وسط المدينة": "the city" where only the governorate is known (a dateline
            # or a police command's name shared by the governorate and its seat) is the governorate's seat
            seat = governorate_seat(self.k.places, where.admin1_code)
            if seat is not None:
                where = location_of(seat)
        status = status_of(view, trigger, lo, hi, own_day, self.published)
        if status == "occurred" and ours_told and self._kind(agent) in NON_STATE_ARMED:
            status = "claimed"  # an armed group's statement of what its men did is its claim
        if status == "occurred" and not english:
            claimant = self._self_claimant(view, trigger)
            if claimant is not None:
                # "وقالت الجماعة في بيان إنها خطفتهما", "وقال جيش أنصار السنة إنه أعدمهم": an armed group saying it did
                # the deed claims it (the group named is its agent)
                status = "claimed"
                if claimant is not True:
                    # (a party taken for the doer is the one it hit: "إنه فجر عبوة ناسفة بدورية أمريكية")
                    if target is None and agent is not None and agent.payload != claimant.payload:
                        target = agent
                    target = None if target is not None and target.payload == claimant.payload else target
                    agent = claimant
        if status == "occurred" and agent is not None and not english \
                and (view.has("own_forces") or view.has("self_that")) \
                and entry.event_type in ("Battles", "Explosions/Remote violence") \
                and self._own_account(view, agent, (trigger, role_trigger), a_lo, voice):
            # "أعلنت وزارة الدفاع التركية أن قواتها الجوية حيدت ستة من عناصر الحزب", "أعلنت قوات الدفاع الشعبي أن
            # مقاتليها هاجموا": a foreign force's or an armed group's own account of its men's strike is its claim
            # (an Iraqi body's report of its forces' operation stays a fact, as the announcer rule has it)
            status = "claimed"
        if status in REPORTED_STATUSES and (self._question(view) or voice == "noun" and view.has("modal_adjective")
                                                  and any(trigger.end <= a.start <= trigger.end + 1
                                                          for a in view.kind("modal_adjective"))):
            # a question asserts nothing: "فمن الذي قصف المخيم أمس؟"; nor does "هجمات محتملة" (possible attacks)
            status = "hypothetical"
        if status == "occurred" and english and voice == "noun" and view.has("modal_adjective") and any(
                a.payload.value == "predicate" and trigger.end <= a.start < hi
                and not any(trigger.end <= w.start < a.start for w in view.kind("trigger"))
                for a in view.kind("modal_adjective")):
            # "a US strike on their leaders in Baghdad is likely": an English event noun whose clause goes on to
            # call it likely or possible is a forecast
            status = "hypothetical"
        # "أعلن الجيش الأميركي في بيان مقتل اثنين من جنوده بانفجار عبوة ناسفة": a force announcing its own men's
        # dead tells the attack it suffered, no claim; it is the side hit
        own_hit = self._own_dead_speaker(view, trigger) if not english and view.has("own_forces") \
            and view.has("report_verb") and entry.event_type in VIOLENT_TYPES else None
        if own_hit is not None:
            agent = None if agent is not None and agent.payload == own_hit.payload else agent
            target = own_hit
        if status == "occurred" and voice == "noun" and view.has("report_verb") and (
                agent is None or self._kind(agent) not in NON_STATE_ARMED) \
                and entry.event_type in ("Explosions/Remote violence", "Battles") \
                and not english:
            announcer = None if own_hit else self._announcer(view, trigger)
            if announcer is not None:  # "أعلنت المقاومة الإسلامية استهداف قاعدة ...": an armed group's claim
                target = target or agent  # the one the words around the attack named is the one it hit
                agent, status = announcer, "claimed"
        if status == "occurred" and voice == "noun" and entry.sub_event_type == "Government regains territory" \
                and agent is not None and agent.start > trigger.end and view.has("report_verb") and not english:
            # "أعلنت هيئة الحشد الشعبي استعادة السيطرة على مدينة بيجي ...، وشاركت فيها قطعات من الجيش": the PMF
            # announcing ground regained took it; the army units named after the word took part (not a government
            # or a command announcing its forces' victory: "أعلنت قيادة العمليات المشتركة تحرير مركز قضاء الحويجة
            # ... بعد تقدم قطعات الجيش", "أعلن رئيس الوزراء استعادة السيطرة على القائم ... في عملية شاركت فيها
            # قطعات الجيش" were the army's)
            body = next((a for a in speaking_bodies(view, trigger.start) if self._pmf(a.payload)), None)
            if body is not None:
                agent = body
        if status == "occurred" and (view.has("own_forces") or view.has("self_that")) and english:
            group = self._own_men_speaker(view, trigger)
            if group is not None:  # "Islamic State said its fighters attacked an army post": its claim
                if target is not None and target.payload == group.payload:
                    target = None  # the group is not also the side it hit
                agent, status = group, "claimed"
        # an English warning of what could be done (see `_warned_deed`): undated by a past week or month, and news
        # (an Arabic one too, "حذر مسؤول أمني من احتمال أن يحاول تكفيريون استهداف قوافل الزائرين بعبوات ناسفة", but not
        # of a bare "targeting", weight 1: "حذر من أن الفصائل قد تستهدف المصالح الأمريكية" names no kind of attack)
        # a bare Arabic targeting threatened or planned with the weapon it would be done with named after it
        # ("قد يحاول استهداف الزائرين المتوجهين إلى المدينة ...، بواسطة انتحاريين", "يخطط لاستهداف الزوار ...، بسيارات
        # مفخخة"): the means names the kind of attack, which the event is, and is one unit of its support
        means = _means_weapon(view, trigger) if not english and entry.weight == 1 \
            and entry.sub_event_type == "Armed clash" and status in UNREALISED_STATUSES else None
        if means is not None:
            entry = dataclasses.replace(entry, event_type=means.payload.event_type,
                                        sub_event_type=means.payload.sub_event_type)
        warned = status == "hypothetical" and (english or entry.weight >= 2) and _warned_deed(view, trigger)
        # (a past period told in a later clause, past the threat's, is not its date: "warned that if clashes ...
        # resumed in Sinjar district, thousands could flee again, reversing the progress made over the past year")
        later_period = status == "hypothetical" and english and when is not None and when.precision != "day" \
            and date_span is not None and self._token_at(view, date_span.start) >= hi
        past = when is not None and self.published is not None and when.end < self.today.start
        if later_period and past:
            own_day = None
        if status in UNREALISED_STATUSES and past \
                and (not date_explicit or warned and when.precision != "day"
                     or status == "hypothetical" and not english and when.precision in ("week", "month")
                     or later_period
                     # (the past day a plan was told on is not the plan's: "Gordon Brown told MPs yesterday that
                     # Basra province would be transferred to Iraqi security control within two months")
                     or status == "planned" and report_day):
            # a threat or plan with no day of its own is not dated by a past day told before ("warned that the
            # groups could hit U.S. forces in response"): it is told on the day of publication; nor is a warned
            # threat dated by a past week or month it is compared with ("warned that a push could set off battles
            # bloodier than those of the past month"; a weekday is the coming one, below); nor an Arabic threat by
            # the past week or month its sentence recalls ("على خلفية مقتل شاب الشهر الماضي ... قد يفجر نزاعاً")
            when, date_span, date_at = self.today, None, -1
        if english and self._abroad(view, places, trigger):
            return None
        if english and status == "occurred" and view.has("hearsay") and not view.has("denial"):
            # "Videos shared on social media purported to show smoke rising over the prison, with posts claiming
            # that prisoners had clashed with guards": what unverified posts showed is the rumour an official
            # answers, no event told as news (the denial of it is one: "denied reports circulating on social
            # media"; a group's claim "in a statement circulated online" is its claim); told after that denial, it
            # is the denied event told again, with its day
            if self.last is None or self.last[0].status != "denied":
                # (told before the denial, "Videos shared on social media appeared to show men in uniform pushing
                # protesters ... The governor's office denied this": held as the rumour a denial may answer)
                rumour = True
            status, agent = "denied", None  # (whom the posts blamed is the rumour's, not the denial's doer)
        if entry.sub_event_type == "Other" and entry.weight == 1 and status in UNREALISED_STATUSES:
            # "warned that up to a million civilians could be displaced", "the plan to close the displacement camps":
            # a weak word of some other development, still to come, is a warning or a policy, not an event
            return None
        if entry.sub_event_type == "Agreement" and status == "hypothetical":
            # "Community leaders appealed for talks to avert a repeat", "urged a truce": a call for an agreement or
            # one in a condition is no agreement (ACLED codes those reached)
            return None
        if entry.sub_event_type == "Agreement" and view.has("civil_matter") and (not any(
                self._kind(a) in NON_STATE_ARMED for a in view.kind("actor"))
                or any(c.end == trigger.start for c in view.kind("civil_matter"))):
            # (a civil matter naming the accord itself, "the new oil export agreement", whoever argues over it)
            # "the regional government and the finance ministry agreed on a mechanism to pay salaries", "انتهى
            # الاجتماع من دون التوصل إلى اتفاق على مرشح لرئاسة الحكومة": an agreement of governments and parties on
            # money, trade or office, no armed group a party to it, settles no conflict (ACLED's agreements are
            # truces, peace and security deals, exchanges between armed sides)
            return None
        if entry.sub_event_type == "Agreement" and status in REPORTED_STATUSES and not view.has("truce_word") and (
                entry.weight == 1 if agent is None and target is None
                else all(x is None or self._kind(x) in _GOVERNMENT_KINDS for x in (agent, target))):
            # with no truce told: "The regional government and the federal government agreed to form a joint
            # committee": governments and their forces agreeing to work together settle no fighting between them (a
            # truce or ceasefire between two forces still does; a dialogue planned between two capitals is still
            # told); "وكان الجانبان قد اتفقا على استخدام القاعدة": a bare verb of agreeing, no side named, is a deal
            # of any kind (a base's use, oil exports), no settlement between armed sides
            return None
        if status == "planned" and date_explicit and when is not None and when.precision in ("month", "day") \
                and self.published is not None and when.end < self.today.start:
            # "the base at Kut is scheduled to be handed to the Iraqi Army in September" told in July, "on 15
            # December" told in October: a plan's month or month's day told without its year is the coming one, not
            # the one the date parser put in the past year (a weekday is moved on below)
            span = next((d for d in view.dates() if d.start == date_at), None)
            # (only a date told by its month's name: not one counted from publication, "أمس", "قبل يومين", "last month")
            if span is not None and view.has("month") and not _year_told(view, span) and any(
                    span.start <= w.start < span.end for w in view.kind("month")) and not (
                    view.has("weekday") and any(span.start <= w.start < span.end for w in view.kind("weekday"))):
                when = _year_on(when, self.published) if when.precision == "month" \
                    else _coming_date(view, span, self.published)
                own_day = when
        if english and not date_explicit and voice == "active" and entry.sub_event_type in TERRITORY_TYPES \
                and trigger.end in view.bare("of_word") and any(
                    m.end == trigger.start for k in ("person", "hostile_noun") for m in view.kind(k)):
            # "Diyala has become one of Iraq's most violent provinces as militants pushed out of Baghdad by a
            # U.S.-led crackdown moved north": men named right before a word of driving out with "of" after it are
            # described by it (a reduced passive), with no day of its own: background, not news
            return None
        if english and not date_explicit and when is not None and self.published is not None and status == "occurred" \
                and _age(when, self.published) > FRESH_DAYS:
            # "The city has been tense since a market bombing on Oct. 2. After that, residents torched two party
            # offices" told on the 16th: an English deed with no day of its own that carries a day over `FRESH_DAYS`
            # back is the background the wire recalls (fresh news is dated; a recalled day is not yet `stale`)
            return None
        if status == "occurred" and not english and own_day is None and self._also_recalled(view):
            # "وكان التنظيم قد هدم مواقع أثرية في البلاد. كما دمر مسلحوه تماثيل في متحف المدينة": "also" with no day
            # of its own right after a sentence that opens on the pluperfect goes on telling that history
            status = BACKGROUND
        if status == BACKGROUND or english and (stale(when, self.published) or self._yeared_stale(view, when, date_at)):
            # an English event dated over a month back, even by the sentence before ("Days later, supporters of
            # the militia stormed the embassy" after "In late December, ..."), goes on telling that history
            if english and self._history(when):
                self.stale_at = self.sentence_number
            return None
        if status == "denied" and (fatalities is not None or injured is not None):
            # "dismissed as baseless reports that militants had attacked an outpost and killed five soldiers": the
            # toll is part of what is denied; a denied event counts no one
            fatalities, injured, implied = None, None, False
        # (a plan for a coming day, or for a weekday, which a plan's is the coming one of, counts nothing done:
        # "Teachers said they would gather again on Wednesday and would continue their boycott until salaries for
        # the last three months are paid")
        coming = not long_told and status == "planned" and (self._dated_ahead(view, lo, hi) or view.has("weekday")
                                                             and any(lo <= w.start < hi for w in view.kind("weekday")))
        if not long_told and not coming and self._cumulative(view, lo, hi, own_day, date_at, trigger.start) \
                or self._running_total(view, trigger, own_day, date_at, fatalities, implied) \
                or self._series_count(view, trigger, date_at) or _period_series(view, trigger, when) \
                or _share_taken(view, trigger) \
                or not english and status in REPORTED_STATUSES \
                and (where is None or where.precision == "country" or not place_explicit) \
                and not fatalities and not injured \
                and _plural_over_a_period(view, trigger, when):
            self.cumulative_sentence = self.sentence_number
            return None
        if not english and not date_explicit and self.cumulative_sentence == self.sentence_number - 1 \
                and fatalities is not None and (fatalities[0].quantity.low or 0) >= BREAKDOWN_TOLL:
            # "قتل 900 عراقي خلال شهر آذار" then "وسجلت بغداد سقوط 300 قتيل تلتها ديالى ...": a toll of hundreds with
            # no day of its own right after a long period's toll is that toll broken down, no event
            self.cumulative_sentence = self.sentence_number
            return None
        if status not in UNREALISED_STATUSES and self._recalled_reference(view, when, trigger, voice):
            # (a plan or a threat is no earlier event referred to, whatever day the sentence carries: "فإن قاعدة
            # فكتوريا ستكون هدفاً مشروعاً لطائراتنا، في إشارة إلى الضربة التي استهدفت مقراً مطلع الشهر")
            return None
        if entry.event_type == "Protests" and not date_explicit and self.last is not None \
                and self.last[0].event_type not in DEMONSTRATION_TYPES and view.has("participation") \
                and any(p.end <= trigger.start <= p.end + PARTICIPATION_REACH for p in view.kind("participation")):
            # "The activist had taken part in the city's protest sit-ins", "threatened after helping to organize
            # sit-ins", "كان من المشاركين البارزين في اعتصام ساحة التحرير" after his abduction told: what the victim did,
            # no protest of the day
            return None
        if self.context.opinion and not self._fresh(view, when, date_span, date_explicit) \
                and not self._fresh_sequel(entry, date_explicit, fatalities or injured):
            # an opinion column, an analysis or an interview mentions killings and attacks to argue; it tells news
            # only with a recent day of its own ("أمس فجر انتحاري نفسه في مسجد ...")
            return None

        # (a day told in another clause is not the toll's: "marked the anniversary on Sunday ..., the battle, which
        # killed thousands of civilians"; a sentence's opening date clause still dates it: "On Sunday, hundreds ...")
        if fatalities is not None and (not date_explicit or not lo <= date_at < hi and date_at > 2) \
                and (fatalities[0].quantity.low or 0) >= 200 \
                and _vague_figure(view, fatalities[0]) \
                and not (entry.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")
                         and any(trigger.start <= w.start < trigger.end for w in view.kind("weapon_object"))):
            # "hundreds of protesters were killed during the uprising", undated: a period's toll; not the toll of
            # bombs named as such ("أن أربع شاحنات مفخخة انفجرت في قريتين قرب سنجار، وخلفت مئات القتلى"): a car
            # or truck bomb does its killing on one day
            return None
        # a named side's own threat against a named side (`_own_word`): no speculation, so it needs no place or day
        own_word = status in UNREALISED_STATUSES and entry.event_type in VIOLENT_TYPES and target is not None \
            and agent is not None and view.has("threaten") and not self.context.opinion \
            and self._own_word(view, agent, trigger, english)
        if own_word and entry.event_type == "Battles" and self._kind(agent) == "Political militia" \
                and self._kind(target) == "External/Other forces":
            # a militia's threat to "attack" or "target" foreign forces ("threatened to escalate its attacks on US
            # forces", "هددت الكتائب باستهداف القوات الأمريكية"): their attacks are rockets and drones, remote violence
            entry = self._as_shelling(entry)
        # more strikes or shelling of a kind the article told as done, planned or threatened ("more air strikes on
        # the hideouts were planned", "further strikes would be carried out if ..."): the campaign told goes on, no
        # attacks in general ("expect more attacks like this one" names no side's campaign)
        sequel = english and status in UNREALISED_STATUSES and trigger.start - 1 in view.bare("more_word") \
            and entry.event_type == "Explosions/Remote violence" and entry.sub_event_type in self.told_kinds
        # a plan told with its near time (`soon` below: "would launch a major offensive in the coming days")
        soon = status == "planned" and view.has("soon") and any(lo <= m.start < hi for m in view.kind("soon"))
        if not date_explicit and fatalities is None and injured is None and not own_word and not sequel \
                and english and bare_plural(view, trigger, places, lo, hi) and not soon:
            # (a plan told with its near time is no talk in general: "Washington was preparing strikes against
            # Kataib Hezbollah targets in the coming days")
            return None  # "ISIS's ability to plan and conduct attacks": attacks in general, no event
        # (a day after "since" opens a span: "the fifth attack on the IZ since 1 Aug" is not dated by it)
        if english and status == "occurred" and self.sentence_number > 0 \
                and (not date_explicit or any(m.start <= date_at <= m.end + 1 for m in view.kind("since"))) \
                and not told_in_past(view, trigger.start) \
                and not ((voice != "noun" or perfect_told(view)) and live_entry(view)):
            # (a live report's entry, "16:45 - Security forces have detained two journalists", tells the day's news
            # by its verb; an event noun in it is still named: "23:10 - The office condemns what it calls an attack",
            # unless a verb in the perfect tells the news: "02:30 - Missiles have also struck near Erbil airport")
            # an English sentence told wholly in the present, with no day of its own, tells how things are, not
            # what happened: "Attacks remain concentrated in the Hamrin mountains", "The airport hosts troops of the
            # coalition fighting Islamic State", "This is the fifth attack on the IZ since 1 Aug" (news is told in
            # the past; a headline's present is the first sentence's)
            return None
        if anaphoric is None:
            anaphoric = self._anaphoric(view, trigger, whole)
        if english and whole and not date_explicit and self.stale_at >= 0 \
                and (anaphoric or view.has("place_relative") and any(
                    w.end <= trigger.start <= w.end + WHERE_REACH for w in view.kind("place_relative"))) \
                and (self.last is None or self.last[1] < self.stale_at
                     or self.last[1] == self.stale_at and self.last[0].event_type != entry.event_type):
            # "sentenced a man for the truck bombing of the market in July 2016 ... The attack killed more than 300
            # people": a definite noun with no day of its own, after history told and no news of its kind since, is
            # that history; so is a deed told of a place in a clause "where" ("laid wreaths by the river where the
            # cadets were shot")
            return None
        if anaphoric and whole and voice == "noun" and not date_explicit and self.tally_sentence == self.sentence_number - 1 \
                and view.toks[trigger.end - 1].endswith("s") and english:
            return None  # "12 bomb attacks last month ... The report said the bombings killed nine": the tally's
        if whole and voice == "noun" and not date_explicit \
                and self.sentence_number - 1 in (self.tally_sentence, self.cumulative_sentence) \
                and not english and trigger.clitic in ("", "ب", "في", "و") \
                and any(r.start == trigger.start for r in view.kind("tally_ref")):
            return None  # "قتل 390 مقاتلا خلال أسبوعين من الغارات ... وقالت إن أربعة من قادته قتلوا في الغارات": the tally's
        if whole and voice != "noun" and not date_explicit and not english \
                and self.sentence_number - 1 in (self.tally_sentence, self.cumulative_sentence) \
                and view.has("tally_ref") and any(r.end < trigger.start <= r.end + 1 for r in view.kind("tally_ref")):
            # "استخدم التنظيم أكثر من ثلاثمئة عجلة مفخخة ... وأضاف أن أغلب تلك العجلات دمرت قبل وصولها": the verb
            # whose subject names what the tally before counted tells of the counted, no event of its own
            return None
        # place and date count only when told in the trigger's own clause
        first_clause = not any(m.start < lo for m in view.kind("trigger"))  # (no event word told before it)
        # a day that opens the sentence ("On 3 January, militants clashed ...") supports every clause
        # as does a date clause opening the sentence before the first clause with an event word ("مساء الجمعة،
        # الثاني من فبراير، شنت ..."); a long opening is no date clause (stock reports "خلال جلسة يوم امس")
        in_clause = lo <= date_at < hi or 0 <= date_at <= 2 or \
            (0 <= date_at < lo <= 14 and first_clause) or \
            (0 <= date_at < lo and view.has("sequel") and time_clause_of(view, lo, date_at)) or \
            (not english and date_at >= hi and self._date_phrase_after(view, hi, date_at))
        classed = voice == "active" and not date_explicit and not view.has("number") \
            and (view.has("civilian_noun") or view.has("person") or view.has("actor")) and class_after(view, trigger)
        # a place in an office's title ("محافظ الأنبار", "سفير بغداد") names whose official speaks, not where the
        # violence was (the talks a governor announces are his province's: "قال محافظ البصرة إن حوارا مقرر")
        place_at = self._token_at(view, place_span.start) if place_span is not None else -1
        place_here = place_explicit and place_span is not None and (lo <= place_at < hi or english and (
            # (English) a place phrase opening the sentence and set off by a comma ("Near Ramadi, three airstrikes
            # struck ...", "In Kirkuk, gunmen ..."): the round-up's and the press release's item place, as an opening
            # day dates, every clause after it
            0 <= place_at <= _OPENING_PLACE and place_at < lo and _opens_on_place(view)
            and "," in view.toks[place_at:lo] and first_clause)
            # (English) a landmark set off by a comma just past the clause ("a bomb ruptured the line near Ain
            # al-Jahash, south of Mosul"): the clause's place told in apposition, no clause of its own
            or english and self.landmark and hi <= place_at <= hi + LANDMARK_REACH and "," in view.toks[hi - 1:hi + 1]
            and not any(hi <= m.start < place_at for m in view.kind("trigger"))
            or not english and (
            # (Arabic) the same opening "وفي الكوت، قال مصدر إن ثمانية، بينهم ثلاثة شرطيين، قتلوا في مواجهات": the
            # paragraph's place, set off by a comma, supports every clause after it
            place_at == 1 and place_at < lo and any(m.start == 0 for m in view.kind("locative"))
            and "," in view.toks[place_at + 1:place_at + 3] and first_clause
            # (Arabic) a place phrase after a comma that goes on with the clause before, no event word or verb of
            # its own: "انفجرت عبوة وسط سوق شعبي، قرب مرآب في بعقوبة", "وسط جموع الزوار، قرب موكب على الطريق ..."
            or hi <= place_at <= hi + LANDMARK_REACH and self._place_phrase_after(view, hi, place_at)))
        titled = place_span is not None and view.has("title") and entry.event_type in VIOLENT_TYPES and any(
            t.end == place_at for t in view.kind("title"))
        if status == "hypothetical" and agent is None and view.has("state_agent") and view.has("modal"):
            # a country told as who would do it, the modal between ("they fear Turkey could launch new air strikes
            # on the camp"): its forces are the side of the threatened event (and, below, its named agent)
            threat = next((s for s in view.kind("state_agent") if lo <= s.start and s.end <= trigger.start <= s.end + 6
                           and _modal_between(view, s, trigger)), None)
            if threat is not None:
                agent = Match(threat.start, threat.end, "actor", threat.payload.value, threat.clitic)
        if agent is not None and status in UNREALISED_STATUSES and view.has("conditional") \
                and any(trigger.start < c.start < agent.start for c in view.kind("conditional")):
            agent = None  # "ستستهدف القواعد إذا لم تنسحب القوات التركية": the condition's subject is not the doer
        plotters = None
        if status == "planned" and not english and view.has("future"):
            plotters = _plotters(view, triggers, trigger)
            if plotters is not None:
                # "اعتقال خلية تابعة لداعش كانت تخطط لتفجير عبوات": the men arrested are who planned the bombing,
                # not the side it would hit; the force that arrested them is no side of the plan
                agent = plotters
                target = None if target is not None and (target.payload == plotters.payload
                                                         or target.start < plotters.start) else target
        # the side preparing the deed, named as the subject of the plan word right before it ("Washington was
        # preparing strikes against ...", "Iraqi forces are preparing an offensive on ..."): its doer, named
        preparer = None
        if english and status == "planned" and view.has("purpose"):
            preparer = next((m for p in view.kind("purpose") if p.payload.value == "plan"
                             and p.end <= trigger.start <= p.end + PREPARED_REACH
                             for m in (self._preparer(view, p.start),) if m is not None), None)
            if preparer is not None and agent is None:
                agent = preparer
                if target is not None and target.payload == agent.payload:
                    target = None
        own_threat = None
        if english and status in UNREALISED_STATUSES and view.has("self_ref") \
                and (agent is None or agent.end <= trigger.start):
            # "Kataib Hezbollah warned that it would resume strikes": a group or state that says it would do the deed
            # is its doer, and its word is its threat (also when the speaker was already read as the doer, too far
            # from the deed to count as a named threat: "A senior commander of Iran's Islamic Revolutionary Guard
            # Corps warned on Sunday that the Guards would carry out new drone and missile strikes")
            own = self._own_threat(view, trigger, lo)
            if own is not None and (agent is None or own.payload == agent.payload):
                own_threat = agent = own
            if own_threat is not None:
                if target is not None and target.payload == own_threat.payload:
                    target = None  # the speaker is not also the side it would hit
                if when is not None and self.published is not None and when.end < self.today.start:
                    # a past day in the sentence ("which last week announced a truce") is not the threat's: it is
                    # told on the day of publication
                    when, date_span, date_at = self.today, None, -1
        heard = view.has("sound") and any(trigger.start - 2 <= m.end and m.start <= trigger.start
                                                 for m in view.kind("sound"))
        # the launch pad found after a rocket attack is where that attack was fired from, wherever it lies
        launch_pad = view.has("launch_pad") and self.last is not None \
            and self.last[0].sub_event_type == "Shelling/artillery/missile attack"
        # a place no finer than the last event's own ("أفاد مصدر أمني في الأنبار بأن منظومة الدفاع الجوي تصدت للمسيرة"
        # after a drone attack on a base in Anbar) places nothing new
        found_here = place_here and not (
            self.last is not None and where is not None and self.last[0].location is not None
            and where.admin1_code == self.last[0].location.admin1_code
            and where.admin2 in (None, self.last[0].location.admin2) and where.precision in ("admin1", "admin2"))
        # (after a find told before, "أعلنت القيادة إحباط محاولة إرهابية", the find told again in detail is that
        # find, kept to join it with its day: "تمكنت، في السابع من محرم، من ضبط عجلة")
        aftermath = entry.sub_event_type == "Disrupted weapons use" and (not found_here or launch_pad) and not (
            self.last is not None and self.last[0].sub_event_type == "Disrupted weapons use" and date_at >= 0)
        if (aftermath or heard) and self.told and not (date_explicit and not self.reported_date) and not english:
            # after an attack already told, the launch pad found, the rockets intercepted, the weapons found at the
            # site of a strike, with no place or day of their own, are the attack's aftermath, not a new event;
            # so are blasts a witness heard ("سمع دوي انفجارين"), wherever the witness lives. (Arabic only: in English,
            # "Hours later, a bomb squad dismantled a second sticky bomb" is a find of its own, en-dev7-015.)
            return None
        if aftermath and english and self.told and not date_explicit and self.last is not None \
                and self.last[0].sub_event_type == "Arrests" and self.last[1] == self.sentence_number - 1:
            # "Forces also found weapons at the site" right after an arrest told, with no place or day of its own:
            # what the raid turned up, the arrest's (a find with a place or day of its own stays an event)
            return None
        if self.told and english and voice == "noun" and view.has("sound") and (heard or any(
                trigger.end <= m.start <= trigger.end + 2
                or m.end <= trigger.start <= m.end + _SOUND_REACH and "," not in view.toks[m.end:trigger.start]
                for m in view.kind("sound"))):
            # "a loud explosion was heard near the base early on Thursday", "residents heard two explosions", after
            # the strike told: the blasts heard are that strike's, even with a time of their own; and the blast a
            # sound heard is said to have come from ("the sound residents heard came from a controlled detonation")
            # is told to explain that sound, not as news of its own
            return None
        if entry.sub_event_type == "Disrupted weapons use" and self._shared_subject(view, lo):
            return None  # "The strike killed five militants, and destroyed a weapons cache": the strike's result
        # A trigger needs support from the facts around it; analysis prose mentions attacks in general.
        # A verb with its agent named states a fact, so it counts twice.
        present = present_verb(view, trigger)  # an Arabic present-tense verb: a habit, unless told live
        # a threat names who would do it: "حذر من أن داعش قد يشن هجمات انتحارية في بغداد", "warned that
        # Islamic State could attack forces in al-Qaim" (worth one: with a place or a day it is a record)
        # (the modal between them: a question's "لماذا هؤلاء يفجرون مسجدا" threatens nothing)
        # (Arabic verb-subject order: the warning before "أن" and the verb, then the doer, "حذر من أن يشن تنظيم
        # داعش هجمات", "حذر من احتمال أن يقدم التنظيم على إحراق الحقول")
        threat_named = status == "hypothetical" and agent is not None and agent is not state and not classed \
            and agent.end <= trigger.start <= agent.end + 10 + _dated_between(view, agent.end, trigger.start) \
            and (_modal_between(view, agent, trigger) or not english and any(
                m.end < agent.start <= m.end + THREAT_REACH and ("ان" in view.toks[m.end:agent.start]
                                                                 or _threatened_with(view, m, trigger)
                                                                 # "قد يدفع فصائل مسلحة إلى استئناف قصف القاعدة":
                                                                 # قد, its present verb, then the doer (not a
                                                                 # past one: "وقد نفذت مقاتلات تركية غارات" did)
                                                                 or agent.start == m.end + 1
                                                                 and m.payload.value == "auxiliary"
                                                                 and _arabic_modal_qad(view, m)
                                                                 and _present(view.toks[m.end]))
                for m in view.kind("modal")))
        placed = place_here and not titled
        # the day a source spoke ("قالت الشرطة أمس") dates the event but does not make it news
        dated = in_clause and date_explicit and not self.reported_date and when is not None \
            and when.precision in ("day", "week")
        second_of_last = not english and self.last is not None \
            and self.last[0].sub_event_type == entry.sub_event_type \
            and (trigger.start - 1 in view.bare("second_one") or _called_second(view, trigger))
        # a fight feared between two sides both named after its word ("warned that if clashes between the Iraqi army
        # and the Sinjar Resistance Units (YBS) resumed in Sinjar district, thousands could be forced to flee"): a
        # specific fight, no talk of fighting in general, even when told only as a condition (a fight: no fall of a
        # town, and told in a condition, not "the one truly to blame for the fall of Mosul" nor an order to bring
        # tribesmen into "battles to free their towns from ISIS")
        two_sides_feared = status == "hypothetical" and voice == "noun" and entry.sub_event_type == "Armed clash" \
            and agent is not None and target is not None and agent is not state and agent.payload != target.payload \
            and agent.start > trigger.start and target.start > trigger.start \
            and any(lo <= c.start < trigger.start for c in view.kind("conditional"))
        # a warned deed whose doer is unnamed, or (Arabic) stands too far from it to count as named
        warned_unnamed = warned and (agent is None or not english and not threat_named)
        if (own_threat is not None or threat_named) and not own_word and entry.event_type == "Battles" \
                and self._kind(agent) == "Political militia" and (
                    target is not None and self._kind(target) == "External/Other forces"
                    or view.has("nationality") and any(
                        n.start == trigger.end and n.payload.value in self.k.actors
                        and self.k.actors[n.payload.value].actor.kind == "External/Other forces"
                        for n in view.kind("nationality"))):
            # a militia's own or named threat to hit foreign forces or their bases ("Kataib Hezbollah said that it
            # would hit American bases in Iraq if the strikes were repeated"): rockets and drones, as its threat in
            # its own word is (`own_word` above)
            entry = self._as_shelling(entry)
        # people as the object of a weak English seizing word whose taker is no state force (read once: the
        # support below and the retyping to an abduction ask it; neither side changes between for such a word)
        # (not a passive's: "Ramadi was seized by ISIS fighters" names the takers after it, `seized_someone` reads it)
        people_seized = weak_seizing and voice == "active" and (agent is None or self._kind(agent) not in STATE_SIDE) \
            and trigger.start - 1 not in view.bare("passive_aux") \
            and person_seized(view, trigger, target, self._kind(target) if target is not None else None)
        parts = (
            placed,
            # the dead a killing noun implies do not make it news: "بعد اغتيال الحريري" recalls one
            # a nil toll ("ولم يصب أحد") is news only of "the blast" it names, an event told before, not of
            # another event word near it ("أسقطت إحدى الطائرتين")
            # nor does a killing verb with no victim named after it: "قتلت كل بصيص ضوء", "أنه قتل على أيدي"
            # nor the killing of a whole class, undated and uncounted ("قالت إن إسرائيل قتلت الأطفال والنساء"): an
            # accusation, not a report
            # (an Arabic passive of killing, "اغتيل", "اغتيلت", has the one killed as its subject whoever is named
            # after it: "اغتيل وزير الصناعة في هجوم بالرصاص")
            (fatalities is not None and not (implied and (
                voice == "noun" or not (voice == "passive" and not english or victim_after(view, trigger)) or classed))
             or injured is not None)
            and (anaphoric or _counted_toll(fatalities, injured)),
            dated,
            # or, of an event told before ("العبوة"), its agent is named as the one blamed:
            # "حملت الحكومة خلايا داعش مسؤولية زرع العبوة"
            # or the subject of a verb of doing that governs it: "إن عناصر من داعش زرعوا العبوة"
            # (a country named as the subject only fills the side: "اغتالت إسرائيل مغنية" in an analysis is no news)
            # (an Arabic future verb, سـ, with its doer named and its own day, week or month told states a plan as a
            # past verb states a deed: "إن القوات الأمريكية ستسلّم قاعدة التاجي خلال الشهر المقبل")
            2 * (agent is not None and agent is not state and (voice == "active" and not classed and (
                not present or status == "planned" and trigger.clitic.endswith("س") and own_day is not None
                and own_day.precision in ("day", "week", "month"))
                                        or anaphoric and (
                blamed(view, agent) or carried_out(view, agent, trigger)))),
            # an Arabic past passive of killing, assassinating or abducting whose doer is named right after it by a
            # word of agency ("اغتيل القيادي برصاص مجهولين", "قتل على يد مسلحين"): the same fact as the active verb
            # with its subject, worth one (with a toll or a place it is a record)
            not english and voice == "passive" and status == "occurred" and not present
            and entry.event_type in ("Violence against civilians", "Battles") and agent is not None
            and agent is not state and self._fighting_force(agent) and _doer_named_after(view, trigger, agent),
            # an unambiguous weapon word in an article already placed by earlier sentences, or by its dateline
            # ("MOSUL, Iraq, July 2 - ... sets off an explosive vest": the dateline's place stands outside the clause)
            entry.weight == 3 and place_span is not None and (not place_explicit or english and place_at == 0 and any(
                p.dateline and p.match.start == 0 for p in places)),
            # a live report's entry, opened by its clock time ("12:30 – محتجون يقتحمون مقر أحد الأحزاب"), tells the
            # day's news: its present-tense verb is no habit
            status == "occurred" and present and live_entry(view),
            2 * (status == "claimed"),  # a claim of responsibility is about a real attack
            # a denial of a report of ground taken that names who took it ("نفت القيادة الأنباء عن سيطرة التنظيم على
            # ناحية الصينية"): a specific report answered, no talk of such gains in general
            status == "denied" and entry.sub_event_type in TERRITORY_TYPES and agent is not None
            and agent is not state and not classed,
            # a definite mention of the kind of event just told, placed in its own clause ("US air strikes hit three
            # bases ... The Pentagon said the strikes targeted depots near al-Qaim"): that event told again with its
            # place, which the merge joins to it (one that refers to nothing is dropped there)
            bool(anaphoric) and english and place_here and self.last is not None
            and self.last[1] >= self.sentence_number - 1 and self.last[0].sub_event_type == entry.sub_event_type,
            # a group or state saying it would do the deed ("Kataib Hezbollah warned that it would resume strikes on
            # U.S. bases") states its own intent: no speculation, worth two as a named doer's deed is
            2 * (own_threat is not None),
            # a named side that threatens, in its own word, a named side (`_own_word`: "Kataib Hezbollah threatened
            # to target US forces", "توعدت الفصائل باستهداف القواعد التركية"): worth two, as its own threat is
            2 * own_word,
            # an English warning of what someone unnamed could do ("officials warned that the militants could respond
            # by shelling camps near Habbaniya", "warned that the shelling could reach villages"): a threat as the
            # named doer's is (worth one: with a place it is a record); a fear or analysis with no warning word is not
            # (an Arabic threat whose doer stands too far from the deed to count as named, "حذر من أن التنظيم قد يلجأ
            # إلى تفجير أبراج الطاقة في الشرقاط بالعبوات الناسفة", is worth the same one)
            warned_unnamed,
            # an unnamed doer's warned deed in an article placed by its dateline or an earlier sentence ("The
            # commander warned that the militants could send suicide car bombs against the advancing columns" after
            # the strikes on Tal Afar): the place is the deed's, as a named doer's threat takes it below. Not a noun
            # the auxiliary follows ("warned that the battle could displace up to a million people": the warning is
            # of what the battle does, not of the battle)
            warned_unnamed and not place_here
            and place_span is not None and not (voice == "noun" and view.has("modal") and any(
                m.start == trigger.end and m.payload.value == "auxiliary" for m in view.kind("modal"))),
            # a threat that names who would do it (`threat_named`)
            threat_named,
            # the weapon a threatened targeting would use (`_means_weapon`)
            means is not None,
            # the side that is preparing it (`_preparer`)
            preparer is not None,
            # a fight feared between two sides both named after its word (`two_sides_feared`)
            two_sides_feared,
            # a plot whose plotters were arrested ("القبض على ثلاثة عناصر من داعش ... قالت إنهم كانوا يخططون لتنفيذ
            # تفجيرات"): a deed planned by men named and held, no speculation, worth two as a named doer's deed is
            2 * (plotters is not None),
            # more of a deed the article told as done, planned or threatened (`more_word` right before the event word:
            # "more air strikes on the hideouts were planned", "further strikes would be carried out if the attacks
            # did not stop"): the campaign told goes on, no speculation in general; worth two as a named doer's deed
            2 * sequel,
            # a plan told with its near time (`soon`: "would launch a major offensive in the coming days", "ستقتحم
            # مركز الناحية خلال الأيام القليلة المقبلة"): dated as a day or week ahead is
            soon,
            # a plan told with its near time in an article placed by its dateline or an earlier sentence ("A senior
            # commander said the ground offensive would begin within days" after the strikes on Tal Afar): the
            # place is the plan's, as a named doer's threat takes it below
            soon and not place_here and place_span is not None,
            # a named doer's threat in an article placed by its dateline or an earlier sentence ("كربلاء – حذر قائد
            # الشرطة من أن التنظيم قد يحاول استهداف الزائرين المتوجهين إلى المدينة"): the place is the threat's
            threat_named and not place_here and place_span is not None,
            # a state body announcing its own arrest, seizure or recapture: "أعلنت قيادة عمليات كربلاء إلقاء القبض
            # على متهم", "أعلنت قيادة العمليات المشتركة، أمس الخميس، تحرير مركز القضاء"
            2 * (voice == "noun" and entry.sub_event_type in STATE_ACTIONS and status == "occurred"
                 and not english and self._state_announcer(view, trigger)),
            # an armed group announcing a change of its own activity: "أعلنت كتائب حزب الله، مساء أمس، تعليق
            # عملياتها العسكرية" (its own word on its own conduct, as a state body announcing its own arrest)
            2 * (voice == "noun" and entry.sub_event_type == "Change to group/activity" and status == "occurred"
                 and not english and self._own_announcement(view, trigger)),
            # a weapon word and a past verb told together: "انفجرت خمس قذائف هاون", "سيارة مفخخة فجرت حافلة"
            weapon_and_verb(view, triggers),
            # (English) a weak noun of gunfire as the object of a verb of firing whose doer is named ("two men on a
            # motorcycle fired at least seven shots through the window"): the doer's deed told by its verb, worth
            # two as an active event word with its agent named
            2 * (english and voice == "noun" and entry.weight == 1 and entry.event_type in _FIGHTING_TYPES
                 and agent is not None and agent is not state and agent.end <= trigger.start
                 and (target is None or self._kind(target) == "Civilians") and view.has("weapon_use") and any(
                     agent.end <= u.start and trigger.start - _FIRED_REACH <= u.start < trigger.start
                     for u in view.kind("weapon_use"))),
            # (English) the weak noun of the event just told, definite, as the object of a verb of doing with its doer
            # named ("A drone struck a car ... The Pentagon said U.S. forces carried out the strike"): who did that
            # event, told in full (the merge joins it to the event)
            2 * (english and voice == "noun" and entry.weight == 1 and agent is not None
                 and agent.end <= trigger.start and self.last is not None
                 and self.last[0].event_type == entry.event_type and self.sentence_number - self.last[1] <= 2
                 and trigger.start - 1 in view.bare("definite_lead")
                 and any(p.end == trigger.start - 1 for p in view.kind("told_participle"))),
            # someone named that came under an armed attack or blast ("وقال الجيش إن دورية تعرضت لهجوم", "وتعرض موكب
            # الوزير لهجوم مسلح"): a report of that attack on that target, no talk of attacks in general
            not english and status == "occurred" and entry.event_type in ("Battles", "Explosions/Remote violence")
            and _came_under(view, trigger, self._fighting_force),
            # the cause of an event of its kind told before it in the sentence ("هزت انفجارات عنيفة موقعاً في جرف
            # النصر، إثر ضربة جوية"): what the blasts were, told in a clause of its own with no place or day
            view.has("cause_link") and entry.event_type == "Explosions/Remote violence"
            and any(c.end == trigger.start for c in view.kind("cause_link")) and any(
                m.start < trigger.start and m.payload.event_type == entry.event_type for m in view.kind("trigger")),
            # people as the object of a weak English seizing word ("gunmen seized 18 Turkish workers"): no ground
            # taken, an abduction told in full (as `person_seized` retypes it below)
            # (not "was seized by militants": the men after "by" are the takers, `seized_someone` reads the passive)
            people_seized,
            # a second one of the kind just told ("وقال مدير الشرطة إن سيارة ثانية انفجرت بعد دقائق في سوق قريبة"
            # after a truck bomb told): the series the article tells, not talk of bombs
            second_of_last,
            # a protest's crowd counted as its subject ("Approx. 150 contract workers from the electricity
            # directorate protested outside the governorate building"): told as a gathering seen, no talk of protest
            entry.event_type == "Protests" and status == "occurred" and voice == "active" and _crowd_counted(
                view, trigger, lo),
            # or counted in the phrase of a past protest verb of its clause, verb first ("ونزل آلاف المتظاهرين إلى
            # شوارع العاصمة في مسيرات احتجاجية", "وتجمع مئات من الأهالي"): the same crowd seen gathering
            entry.event_type == "Protests" and status == "occurred" and not english
            and _crowd_after_verb(view, triggers, lo, hi),
            # the abducted counted right after the verb: "واختطف 9 عراقيين", "خطفوا ثلاثة مهندسين"
            # or by the clause's abduction verb: "واقتادت خمسة شبان إلى جهة مجهولة" (a range too: "واقتادوا ما بين
            # مئة ومئة وخمسين موظفاً")
            entry.sub_event_type == "Abduction/forced disappearance" and any(
                not present_verb(view, v) and any((v.end <= q.start <= v.end + 1 or q.start == v.end + 2
                                                    and view.toks[q.start - 1] in view.forms("between_word"))
                                                   and (q.quantity.best or 0) >= 1 for q in view.quantities())
                for v in ((trigger,) if voice != "noun" else [
                    m for m in triggers if m.payload.voice == "active" and lo <= m.start < hi
                    and m.payload.sub_event_type == "Abduction/forced disappearance"])),
            # the weapons a find or seizure took, counted (`counted_find`): "وعُثر داخل الكهف على خمس عبوات ناسفة",
            # "أفضت إلى ضبط ثلاث عبوات معدة للتفجير": so many bombs taken is a deed told in full, no talk of finds
            not english and entry.sub_event_type == "Disrupted weapons use"
            and counted_find(view, trigger),
            # what an operation yielded, told by a result link that names it ("وأسفرت العملية عن ضبط وكر"): a find
            # or an arrest told as done, no talk of finds (worth two: "ضبط" alone is a weak word)
            2 * yielded,
        )
        support = sum(parts)
        if support == 1 and (placed or dated) and entry.weight <= 2 and any(
                w.start == trigger.start for w in view.kind("weapon_object")) and not trigger.clitic.endswith("ب") \
                and not any(abs(u.start - trigger.start) <= 3 for u in view.kind("weapon_use")):
            # a weapon named as a thing (`weapon_object`: rockets, shells, a car bomb, a drone) with only a place
            # or only a day beside it tells no use of it: "يظهر الفيديو مقاتلين يطلقون صواريخ من جنوب لبنان",
            # "سفينة على متنها قاذفات صواريخ استولي عليها في 25 سبتمبر"; a verb of use, a toll or a doer does, and
            # so does the instrument's ب ("ضربت القاعدة بصواريخ": the deed is told by its verb) and a verb of
            # firing, falling or hitting beside it (`weapon_use`: "القذائف أطلقت من البساتين"). The weapon of an
            # attack told ("شن التنظيم هجوما بعربات مفخخة") is that attack's, no event of its own.
            support = 0
        if support < (2 if entry.weight == 1 or status == "hypothetical" else 1):
            self._redate_last(entry, status, when, date_span, date_explicit and not report_day)
            return None  # speculation needs more than a word to be worth a record
        if status == "planned" and entry.event_type in VIOLENT_TYPES and view.has("conditional"):
            # "ستشن ضربات جوية على مقار الفصائل إذا تعرضت قواتها لهجوم", "if they fire on our people, we will strike
            # them": violence told as what will be done if something happens is a threat, not a plan (a protest
            # called for a day, condition or not, stays planned); its support is the plan's
            status = "hypothetical"
        elif status == "planned" and english and not date_explicit and view.has("conditional") and any(
                trigger.end <= c.start < hi for c in view.kind("conditional")):
            # "Women's groups said they would organise protests in Baghdad if the bill passes": a protest with no
            # day, told as what will be done if something happens, is a threat, not a plan
            status = "hypothetical"
        if status in UNREALISED_STATUSES and view.has("conditional"):
            cond = min((c.start for c in view.kind("conditional") if lo <= c.start < trigger.start), default=None)
            if cond is not None and not any(lo <= m.start < cond for m in triggers) and not two_sides_feared:
                # "said its forces would defend the region with all their strength if attacked further": an event
                # word told only in the condition is what may provoke the threat, not the deed threatened
                return None
        if self.sentence_number == 0 and trigger.start == 0 and view.has("partitive") and any(
                q is not None and any(p.start == q[0].end for p in view.kind("partitive")) for q in (fatalities, injured)):
            # a text opening on a toll of people it has not told of (`partitive`: "وقتل ثلاثة منهم", three of them
            # were killed) is a fragment of a report told elsewhere: no event. After an earlier sentence it is
            # read as any toll (it joins the attack told there).
            return None
        if not date_explicit and present and status == "occurred" \
                and says_that(view, 0, trigger.start):
            # "ويؤكد التقرير أن الميليشيات تخطف المواطنين على الهوية في أحياء بغداد": a present verb told with no
            # day in what someone says tells what others do, a habit or a charge, not what happened (a bulletin's
            # headline present, "عناصر من داعش يهاجمون نقطة للشرطة", is news)
            return None
        if self.sentence_number == 0 and not date_explicit and view.has("sequel") \
                and any(q.start == 0 and q.clitic in ("", "و", "ف") for q in view.kind("sequel")):
            # a text opening on "then" or "when" (`sequel`: "ثم وقعت الكارثة عندما حاول إرهابيون اغتيالها فقتلوا
            # 140") goes on with a story told elsewhere, an opinion column's narrative: with no day of its own it
            # tells no event. After an earlier sentence it is read as any sentence.
            return None
        if date_span is not None and when is not None and self.published is not None and when.precision == "day" \
                and view.has("weekday") and (status == "planned" and when.start <= self.today.start or (
                    status == "hypothetical" and when.start < self.today.start and any(
                        m.payload.value == "warning" and m.end <= trigger.start for m in view.kind("modal")))):
            # "will hold a sit-in on Wednesday", "warned that any attempt to block roads during Sunday's march
            # would be dispersed" (a warning or threat is of what is to come; a day that is today's is the
            # warning's): the coming one. Only a weekday that dates the event itself: not a day counted from
            # publication ("مساء أمس الاثنين": yesterday stays yesterday), nor a month's day ("on Aug. 3" in a
            # sentence whose weekday is the report's: the coming Aug. 3, see `_coming_date`)
            span = next((d for d in view.dates() if d.start == date_at), None)
            counted = span is not None and any(span.start <= o.start < span.end for o in view.kind("day_offset"))
            if span is None or any(span.start <= w.start < span.end for w in view.kind("weekday")):
                when = when if counted else next_weekday(when, self.published)
            elif not counted and status == "planned":
                when = _coming_date(view, span, self.published)
        told = triggers
        if entry.event_type == "Protests" and (view.has("purpose") or view.has("reaction") or view.has("modal")):
            # "تجمع المئات ... مطالبين بمحاسبة المسؤولين عن إطلاق النار": what a crowd demands or protests, from the
            # demand after its word to the next comma, is no force used on it ("مطالبين بفرص عمل، فاستخدمت قوات
            # مكافحة الشغب خراطيم المياه لتفريقهم" goes on to what was done to it)
            # (so after a verb of demanding, `modal` "demand": "رفعنا مذكرة طالبنا فيها بالإسراع في تحرير القرى")
            about = min([m.start for k in ("purpose", "reaction") for m in view.kind(k) if m.start >= trigger.end]
                        + [m.start for m in view.kind("modal") if m.payload.value == "demand" and m.start >= trigger.end],
                        default=len(view.toks))
            upto = next((i for i in range(about, len(view.toks)) if view.toks[i] == ","), len(view.toks))
            told = [m for m in triggers if not about <= m.start < upto]
        if entry.event_type == "Protests" and view.has("commemoration") and not english:
            # "أحيا العشرات الذكرى السنوية لاجتياح التنظيم للقضاء في وقفة احتجاجية": the deed an anniversary
            # recalls (right after its word, or past one or two adjectives: السنوية الأولى) is no force used on the crowd
            ends = [c.end for c in view.kind("commemoration")]
            told = [m for m in told if not any(0 <= m.start - e <= 2 for e in ends)]
        if entry.event_type == "Protests" and not english and (view.has("cumulative") or view.has("since")):
            # "في حين تجمع العشرات في وقفة احتجاجية ...، كشف مسؤول أن التنظيم قتل منذ سيطرته على المدينة وحتى الآن
            # 300 شخص": a killing word after the gathering's, in a clause that tells a long span, is a tally told
            # beside the crowd, no force used on it
            told = [m for m in told if not (m.start >= trigger.end and any(
                _clause_of(view, m.start) == _clause_of(view, c.start) for k in ("cumulative", "since")
                for c in view.kind(k)))]
        if agent is not None and agent.start < trigger.start and not english and view.has("background"):
            cue = _pluperfect_cue(view, trigger)
            if cue is not None and agent.end <= cue.start:
                # "تمكنت قوة من الشرطة من تحرير طفل كان قد اختطف مساء الأحد": the force named before the captive
                # freed him; the deed told of him in the pluperfect is someone else's
                agent = None
        event_type, sub_type = self._refine(entry, agent, target, told, fatalities, view.kind("trigger"),
                                            view.has("calm"), trigger.start,
                                            [b.start for b in view.kind("clause_break")]
                                            if entry.event_type == "Protests" and view.has("clause_break") else ())
        if sub_type == "Attack" and entry.sub_event_type == "Armed clash" and view.has("return_fire"):
            # "The drivers opened fire and the guards shot back, killing one smuggler": fire returned (`return_fire`)
            # tells two armed sides, a clash, whoever the side hit is read as (smugglers, drivers)
            event_type, sub_type = entry.event_type, entry.sub_event_type
        if sub_type == "Attack" and target is None and english and agent is not None and entry.voice == "active" \
                and view.has("hostile_noun") and self._kind(agent) in _STATE_OR_ARMED and any(
                    trigger.end <= h.start <= trigger.end + HOSTILE_OBJECT_REACH and not h.payload.value
                    for h in view.kind("hostile_noun")):
            # "Iraqi troops killed eight militants": forces killing men named only as the armed side fought them
            # (the bare plural is no actor of the lexicon, so the dead were read as civilians)
            event_type, sub_type = "Battles", "Armed clash"
        if agent is not None and target is not None and agent.start == trigger.start \
                and self._kind(agent) == "Identity militia" and (
                    sub_type == "Attack" and entry.sub_event_type == "Armed clash" and entry.weight == 3
                    and self._kind(target) == "Civilians"
                    or sub_type == "Armed clash" and not english and self._kind(target) == "State forces"
                    and target.start > trigger.end and "," in view.toks[trigger.end:target.start]):
            # the word of a clan fight names its sides (clan against clan): a child or a passer-by killed in it was
            # caught in the fighting, which stays a clash between the clans ("قتل شخصان، بينهما طفل، في نزاع
            # عشائري"); a force told past a comma came to end it or seal the area, no side of the fight ("نزاع عشائري
            # ... أدى إلى إصابة شخصين، فيما فرضت القوات الأمنية حظراً للتجوال")
            event_type, sub_type = "Battles", "Armed clash"
            target = agent
        if sub_type == "Excessive force against protesters" and entry.event_type == "Protests" and target is None \
                and not english and any(m.payload.sub_event_type == "Armed clash" for m in told) \
                and any(m.payload.event_type == "Riots" for m in told) \
                and not any(self._kind(m) in _STATE_OR_ARMED for m in view.longest("actor")):
            # "تحولت احتجاجات متقابلة إلى مواجهات بالحجارة قتل فيها ثلاثة": deaths in clashes fought with the crowd's
            # own weapons (stones), no force or armed side named in the sentence, are the crowds' violence (a riot),
            # not force used on them (bare "مواجهات دامية" of a protest movement stay force used on it)
            event_type, sub_type = "Riots", "Violent demonstration"
        if event_type == "Riots" and agent is None and english and view.has("hostile_noun") \
                and any(h.end == trigger.start for h in view.kind("hostile_noun")):
            # "In Falluja, militants set fire to police stations", "militants set fire to fields near Tel Ali": armed
            # men named only as such (no actor of the lexicon) do not riot, as the armed actors `_refine` reads do
            # not: they destroy property
            event_type, sub_type = "Strategic developments", "Looting/property destruction"
        if entry.event_type == "Riots" and sub_type == "Looting/property destruction" and view.has("storm_word") \
                and any(w.start == trigger.start for w in view.kind("storm_word")):
            # "التنظيم قد يقتحم قضاء حديثة خلال أيام", "gunmen stormed a village": armed men storming a place assault
            # it (a clash, or an attack on the people inside), they destroy no property by it
            event_type, sub_type = "Battles", "Armed clash"
        if sub_type == "Armed clash" and entry.sub_event_type == "Armed clash" and entry.weight == 1 \
                and agent is not None and self._kind(agent) == "External/Other forces" and view.has("remote_hit") \
                and any(h.start == trigger.start and h.end == trigger.end for h in view.kind("remote_hit")) \
                and not any(m.payload.event_type == "Battles" and m.payload.weight > 1 for m in told):
            # "U.S. forces struck three facilities used by the militia", "العدوان الأمريكي الذي استهدف مقر اللواء":
            # a foreign state's forces hitting a target, with no weapon and no fighting told, strike from the air
            # (a raid, a gunfight or an exchange of fire told in the clause stays a clash)
            event_type, sub_type = "Explosions/Remote violence", "Air/drone strike"
        if sub_type == "Armed clash" and view.has("off_duty") and target is not None \
                and not (entry.sub_event_type == "Armed clash" and entry.weight == 3) \
                and self._kind(target) == "State forces" and (agent is None or self._kind(agent) != "State forces"):
            # "Gunmen shot dead a police major as he left his home", "اغتال مسلحون مقدماً في الشرطة قرب منزله": a
            # member of the forces killed off duty, at home, on his way to work or from a passing car, fights no one:
            # a one-sided attack, not a clash with a post or patrol (a word that names a two-sided fight, "an exchange
            # of fire when police tried to arrest him at his home", stays a clash)
            event_type, sub_type = "Violence against civilians", "Attack"
        if sub_type == "Armed clash" and view.has("raid") and english \
                and self._quiet_raid(view, trigger, agent, target, fatalities, injured):
            # "a SWAT unit raided the farm early on Monday", no fight told: a state search or arrest raid, as the
            # Arabic داهمت is (a raid that turns into a gunfight stays a clash)
            event_type, sub_type = "Strategic developments", "Arrests"
        if sub_type == "Disrupted weapons use" and view.has("interception") and agent is not None \
                and agent.end <= trigger.start and self._kind(agent) in _GOVERNMENT_KINDS \
                and any(i.start == trigger.start for i in view.kind("interception")):
            # "Coalition air defences shot down a drone approaching Erbil airport": the state's defences stopping a
            # drone or rocket sent at them tell that attack, its side hit the defenders named before the verb
            # (militants who shoot down "a Turkish army drone" disrupt its use)
            # (Arabic: the day may stand between them set off by commas, "أسقطت، فجر اليوم الخميس، طائرة مسيرة")
            hit = next((m.payload for m in view.kind("trigger") if m.start >= trigger.end
                        and m.start - trigger.end <= INTERCEPTED_REACH + (
                            0 if english else _dated_between(view, trigger.end, m.start) + 2)
                        and m.payload.event_type == "Explosions/Remote violence"), None)
            if hit is not None:
                event_type, sub_type = hit.event_type, hit.sub_event_type
                agent, target = None, agent
        if sub_type == "Armed clash" and view.has("ambush") \
                and self._arrest_ambush(view, trigger, agent, fatalities, injured):
            # "نصبت مفرزة من الاستخبارات كميناً محكماً للمتهم": an ambush laid for a suspect or a wanted man, no fight
            # told, is the way he was arrested
            event_type, sub_type = "Strategic developments", "Arrests"
            if agent is not None and target is not None and target.start < trigger.start < agent.start:
                agent, target = target, agent  # the force named before laid it; the group named after is his
            elif agent is None and target is not None and target.start < trigger.start \
                    and self._kind(target) in STATE_SIDE:
                agent, target = target, None  # "نصبت قوة من الشرطة كميناً ...، وأوقفت سيارة": the force laid it
        if sub_type == "Government regains territory" and english and entry.weight == 1 and status == "occurred" \
                and view.has("campaign_noun") and trigger.start - 1 in view.bare("to_word") \
                and any(c.end == trigger.start - 1 for c in view.kind("campaign_noun")):
            # "launched operations to retake Anah": the aim of the offensive told, not ground taken; the offensive
            # launched is the fighting for it
            event_type, sub_type = "Battles", "Armed clash"
        if sub_type in TERRITORY_TYPES and status == "occurred" and not _toll_counts(fatalities) and (
                sub_type == "Government regains territory" and agent is not None and target is not None
                and target.start > trigger.end and agent.payload != target.payload
                and all(self._kind(m) == "State forces" or self._pmf(m.payload) for m in (agent, target))
                or event_type == "Battles" and view.has("unopposed")
                and any(u.start > trigger.end for u in view.kind("unopposed"))) \
                and not any(m.payload.event_type == "Battles" and m.payload.sub_event_type == "Armed clash"
                            and m.payload.weight > 1 for m in told):
            # ground taken with no fight and no dead told changes hands without violence (ACLED: territory acquired
            # without armed confrontation), when
            # - one state force (or the PMF) takes it from another, "Peshmerga fighters took full control of Kirkuk
            #   after Iraqi army units abandoned their bases": the government regains nothing from its own forces (an
            #   operation to come names the forces taking part in it, "بمشاركة الجيش والشرطة الاتحادية", no side it is
            #   taken from; the side left is named after the word: "Iraqi troops and PMF fighters took control" names
            #   partners);
            # - the sentence says so after the word (`unopposed`): "federal forces took control of the K1 base ...
            #   after the Peshmerga withdrew without fighting", "seized the town without resistance"
            event_type, sub_type = "Strategic developments", "Non-violent transfer of territory"
        if sub_type == "Non-state actor overtakes territory" and entry.weight == 1 and seized_someone(view, trigger):
            event_type, sub_type = "Violence against civilians", "Abduction/forced disappearance"
        elif people_seized:
            # "unidentified armed men seized a 29-year-old organizer outside his home": men took a person, not ground
            event_type, sub_type = "Violence against civilians", "Abduction/forced disappearance"
        elif weak_seizing and agent is not None and _people_taken(view, trigger):
            # "police captured seven terrorists", "resulting in the capture of seven (7) terrorists": a state's
            # force seizing men, counted right after the weak seizing word, holds them: an arrest, no ground taken
            # (the group the men belong to, named after the word, is whom they were taken from, the force before it
            # the one that took them)
            if agent.start > trigger.start and target is not None and target.start < trigger.start \
                    and self._kind(target) in STATE_SIDE:
                agent, target = target, agent
            if self._kind(agent) in STATE_SIDE:
                event_type, sub_type = "Strategic developments", "Arrests"
        elif english and role_trigger is not trigger and sub_type == "Armed clash" and entry.voice == "noun" \
                and role_trigger.payload.sub_event_type == "Non-state actor overtakes territory" \
                and role_trigger.payload.weight == 1 and agent is not None and target is not None \
                and not _counted_toll(fatalities, injured) \
                and (self._kind(agent) in STATE_SIDE or target.start < role_trigger.start < agent.start
                     and self._kind(target) in STATE_SIDE):
            # "Counter-Terrorism Service forces captured a senior Islamic State financier in a night raid": a state
            # force's raid told by a weak seizing verb, with no one killed or hurt, took a man, not ground: an arrest
            # (the group named after the verb is the man's, the force before it the taker)
            if self._kind(agent) not in STATE_SIDE:
                agent, target = target, agent
            event_type, sub_type = "Strategic developments", "Arrests"
        if sub_type == "Looting/property destruction":
            rioters = next((m for m in (agent, target) if m is not None
                            and self._kind(m) in CROWD_KINDS), None) or crowd_by
            if rioters is not None:  # "أضرم محتجون النار في مقر": protesters who destroy property riot
                event_type, sub_type = "Riots", "Violent demonstration"
                agent, target = rioters, (agent if target is rioters else target)
            # "أضرم محتجون النار في مقر حزب، بعد أيام من مقتل متظاهرين برصاص مجهولين", "نهب مسلحون المنازل، عقب
            # انسحاب قوات البيشمركة من القضاء": one named past a reference to another event is that event's party,
            # not the target of the destruction
            if target is not None and self._past_reference(view, trigger, target):
                target = None
            if sub_type == "Looting/property destruction" and _toll_counts(fatalities) and (
                    target is None or self._kind(target) not in NON_STATE_ARMED and self._kind(target) not in STATE_SIDE):
                # "أحرق مسلحون ثلاثة شبان حتى الموت": burning that kills people is violence against them, not
                # damage to property
                event_type, sub_type = "Violence against civilians", "Attack"
        elif sub_type == "Armed clash" and entry.sub_event_type == "Armed clash" and target is not None \
                and self._kind(target) == "Protesters" and "rioters" in self.k.actors \
                and (agent is None or self._kind(agent) in CROWD_KINDS) \
                and (english or self._two_crowds(view, a_lo, a_hi)) \
                and not (agent is None and self._unnamed_shooters(view, role_trigger)):
            # "Kurdish demonstrators clashed with Arab protesters", "Supporters of a cleric clashed with protesters":
            # a crowd fighting a crowd, no force named, is ACLED's mob violence between rioters, not force used on
            # a protest
            event_type, sub_type = "Riots", "Mob violence"
            agent = target = None
            crowd_clash = True
        elif sub_type == "Armed clash" and agent is not None and target is not None \
                and self._kind(agent) == "Protesters" and self._kind(target) == "State forces":
            # "المواجهات بين المتظاهرين والقوات الأمنية", "protesters clashed with police": a crowd fights no battle;
            # a state's force meeting it is force used on protesters, the protesters named first still actor1
            event_type, sub_type = "Protests", "Excessive force against protesters"
        elif event_type in ("Battles", "Violence against civilians", "Protests") and target is not None \
                and self._kind(target) == "Protesters":
            # "فتحت قوات الأمن النار على المحتجين", "snipers killed eight protesters": force used on a crowd
            # is ACLED's excessive force against protesters, coded with the protesters as actor1
            if event_type != "Protests":
                event_type, sub_type = "Protests", "Excessive force against protesters"
            agent, target = target, agent
        elif sub_type == "Suicide bomb" and agent is not None and self._kind(agent) == "State forces":
            # "وأن المنتسبين اشتبهوا به وحاولوا إيقافه قبل أن يفجر نفسه": a state's men blow no one up; those named
            # with a suicide bombing are the ones it struck
            agent, target = None, target or agent
        elif entry.sub_event_type in FORCE_ON_CROWD and agent is not None and self._kind(agent) in STATE_SIDE \
                and (target is None or self._kind(target) not in _STATE_OR_ARMED):
            # "Riot police fired tear gas in Tahrir Square", "police used batons to disperse 200 farmers": the force
            # that used it is the protest's actor2; the people it dispersed are the protesters (actor1)
            agent, target = None, agent
        if target is not None and target.payload in STATE_UMBRELLAS and target.end - target.start == 1 \
                and not view.toks[target.start].isascii():
            # "تعرضت نقطة تفتيش تابعة لقيادة شرطة بابل ... إلى إطلاق نار ...، ما أسفر عن إصابة أحد المنتسبين": the
            # members hit are the men of the force the sentence names before them, not the forces at large
            named = next((m for m in reversed(view.longest("actor")) if m.end <= target.start
                          and m.payload not in STATE_UMBRELLAS and (agent is None or m.payload != agent.payload)
                          and self._kind(m) == "State forces" and m.payload != GOVERNMENT), None)
            if named is not None:
                target = target._replace(payload=named.payload)
        actor1 = self._national(view, agent, where)
        actor2 = self._national(view, target, where)
        if sub_type == "Attack" and _execution_of_kin(entry, target) and "civilians" in self.k.actors:
            actor2 = self.k.actors["civilians"].actor  # the clan's executed sons (`_execution_of_kin`)
        if crowd_clash:
            actor1 = actor2 = self.k.actors["rioters"].actor
        # (not people told fleeing: "ما دفع نحو عشرين عائلة إلى النزوح", "نزحت عشرات العائلات" were driven off, not hit)
        fled = {t for f in view.kind("flight") for t in range(f.start - 3, f.end + 3)} if view.has("flight") else ()
        # (nor an English source: "according to local journalists", "a local journalist told the desk" speaks: a
        # civilian noun right before a reporting verb, or up to two words after it)
        sources = {m.start for m in view.kind("civilian_noun") if any(
            r.start == m.end or r.end <= m.start <= r.end + 2 for r in view.kind("report_verb"))} \
            if english and actor2 is None and view.has("civilian_noun") and view.has("report_verb") else ()
        if not english and actor2 is None and view.has("sound") and view.has("civilian_noun"):
            # (nor Arabic hearers: "الانفجار الذي سمعه سكان الأحياء الغربية", "سمع الأهالي دوي انفجار": the people
            # right after a verb of hearing heard the blast, no one it hit)
            heard_by = {m.start for m in view.kind("civilian_noun")
                        if any(s.end <= m.start <= s.end + 1 for s in view.kind("sound"))}
            sources = set(sources) | heard_by if heard_by else sources
        # (nor the captive an arrest's force freed, described by the deed done to him: "freed a child kidnapped ...
        # and arrested three of the kidnappers", `freed_captive_participle`)
        captives = {t.start for t in view.kind("trigger") if freed_captive_participle(view, t)} \
            if english and actor2 is None and view.has("freeing") else ()
        # (nor civilians past "but" in a clause that counts no one: "caused no casualties, but farmers lost crops")
        spared = spared_after(view, trigger) if actor2 is None and view.has("contrast") else None
        hit_hi = min(a_hi, reacted)  # (the side hit is named before `reacted`: what was protested, the background)
        force_hit = self._force_listed_with_civilians(view, agent, a_lo, hit_hi) \
            if english and (actor2 is None or actor2.kind == "Civilians") and entry.event_type != "Protests" \
            and view.has("civilian_noun") and (view.has("fatality") or view.has("injury")) else None
        if force_hit is not None:
            # "Three Peshmerga fighters and a civilian were killed when IS attacked a village": a force listed with
            # the civilians among those hit is the side fought; the civilians died in the fight (ACLED's battle)
            actor2 = self._national(view, force_hit, where)
            if (event_type, sub_type) == ("Violence against civilians", "Attack"):
                event_type, sub_type = "Battles", "Armed clash"
        elif actor2 is None and "civilians" in self.k.actors and entry.event_type != "Protests" and \
                view.has("civilian_noun") and any(a_lo <= m.start < min(hit_hi, spared or a_hi) and m.start > trigger.start - 6
                    and m.start not in fled
                    and m.start not in sources and not (sub_type == "Arrests" and (victim_of_other_deed(view, m.start)
                                                                  or m.end in captives))
                    for m in view.kind("civilian_noun")):
            actor2 = self.k.actors["civilians"].actor  # "مقتل سائقها", "killed a driver": civilians were hit
            if (event_type, sub_type) == ("Battles", "Armed clash"):
                # "هاجم مسلحون صاحب محل": fire at civilians is violence against civilians, as a named civilian
                # target makes it (`_refine`)
                event_type, sub_type = "Violence against civilians", "Attack"
        elif actor2 is None and "civilians" in self.k.actors and event_type == "Explosions/Remote violence" \
                and view.has("civilian_noun") and self._civilian_casualty(view, a_lo, hit_hi):
            # "أصيب سائق سيارة أجرة بجروح ..., إثر انفجار عبوة لاصقة": the wounded or dead told as civilians, however
            # far from the blast word, are whom it hit
            actor2 = self.k.actors["civilians"].actor
        elif actor2 is None and "civilians" in self.k.actors and view.has("generic_people") \
                and entry.sub_event_type in _STREET_BLASTS and any(
                    a_lo <= m.start < hit_hi and (any(
                        c.end <= m.start <= c.end + CASUALTY_NOUN_REACH or m.end <= c.start <= m.end + 2
                        for c in casualty_cues(view)) or any(
                        toll is not None and toll[0].end == m.start for toll in (fatalities, injured)))
                    for m in view.kind("generic_people")):
            # "a car bomb tore through a commercial street, killing 14 people", "two men were wounded when a bomb
            # attached to their car exploded": a bomb's dead told as people, no armed side named, were civilians
            # (Arabic too, the people word also right after the toll's figure: "قتل ما بين خمسة عشر وعشرين شخصاً")
            actor2 = self.k.actors["civilians"].actor
        if status in UNREALISED_STATUSES and view.has("clearing") \
                and sub_type in ("Government regains territory", "Disrupted weapons use"):
            # "ستبدأ القطعات عملية لتطهير وادي حوران من بقايا داعش", "will launch an operation to clear Islamic State
            # hideouts": an operation still to come that will sweep an area of cells, not retake a town the group
            # holds nor seize weapons, is coded as the fighting it plans
            event_type, sub_type = "Battles", "Armed clash"
        if not english and status in UNREALISED_STATUSES and event_type == "Riots" \
                and "قتحام" in fold_word(entry.form) and not any(
                    a is not None and a.kind in CROWD_KINDS for a in (actor1, actor2)):
            # "أكملت القطعات العسكرية استعداداتها لاقتحام قضاء عنه خلال الأيام المقبلة": a storming still to come
            # with no crowd named is the forces' assault on a town the group holds, no riot (no file codes a planned
            # riot); the force named on either side takes it
            event_type, sub_type = "Battles", "Government regains territory"
            force = next((a for a in (actor1, actor2) if a is not None and a.kind == "State forces"), None)
            actor1, actor2 = force, None
        if not english and sub_type == "Disrupted weapons use" and voice == "active" \
                and trigger.end - trigger.start == 1 and _seizes_people(view, trigger):
            # "ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تضم خمسة متهمين": the bare seizing verb's object, past its
            # subject, is a cell or men wanted: an arrest
            event_type, sub_type = "Strategic developments", "Arrests"
        if (event_type, sub_type) == ("Battles", "Armed clash") and actor2 is None and target is None \
                and "civilians" in self.k.actors and view.has("village_target") \
                and (agent is None or self._kind(agent) in NON_STATE_ARMED) \
                and self._on_village(view, trigger, agent):
            # "هجوم شنه مسلحو داعش ليلة أمس على قرية في ناحية الرياض", "the cells could attack the villages of the
            # basin": an armed group's attack on a village, no armed side named as hit, falls on its people
            event_type, sub_type = "Violence against civilians", "Attack"
            actor2 = self.k.actors["civilians"].actor
        if actor1 is not None and actor2 is not None and actor1.id == actor2.id \
                and event_type in ("Explosions/Remote violence", "Violence against civilians"):
            # "أعلنت وزارة الدفاع الأمريكية مقتل زعيم جماعة في غارة أمريكية": one side named twice (the speaker, the
            # strike's maker) is no side hit by itself (fighting, a group's infighting, and mob violence pit one on both)
            actor2, target = None, None
        if sub_type == "Non-state actor overtakes territory" and _countries_swept(places, trigger, hi):
            return None  # "وسيطر تنظيم داعش على مساحات كبيرة من سورية والعراق": a war's sweep, no one seizure
        if sub_type == "Non-state actor overtakes territory" and actor1 is None and actor2 is None \
                and self._last_type(RIOT_OVERRUN_SENTENCES) == "Riots":
            # "Protesters stormed and set fire to the consulate ... Diplomats had left the building before it was
            # overrun": a place overrun by no armed side named, with a mob's riot the last news (up to
            # `RIOT_OVERRUN_SENTENCES` back), is the mob's riot
            return None
        evidence = Evidence(
            sentence=self.sentence_span(view),
            trigger=self.span(view, trigger.start, trigger.end),
            actor1=self.span(view, agent.start, agent.end) if agent else None,
            actor2=self.span(view, target.start, target.end) if target else None,
            location=place_span,
            # "the toll rose to six on Tuesday": the day told is the update's, so the event's own day, told
            # in another sentence, wins the merge
            date=None if view.has("toll_update") else date_span,
            fatalities=self._toll_span(view, fatalities) if fatalities else None,
            injured=self._toll_span(view, injured) if injured else None,
        )
        confidence = min(0.95, 0.4 + 0.1 * support + 0.05 * entry.weight)
        event_id = _stable_id("e", self.article_id, evidence.trigger.start, sub_type)
        if rumour:
            self.rumours.add(event_id)
        if report_day and when is not None and when == self.today and status == "occurred":
            self.report_dated.add(event_id)
        if sub_type == "Remote explosive/landmine/IED" and view.has("accident_blast") and any(
                b.start <= trigger.start and trigger.end <= b.end for b in view.kind("accident_blast")):
            # (a blast word with its weapon, "انفجار سيارة مفخخة", names the weapon: no bare blast)
            self.bare_blasts.add(event_id)
        elif sub_type == "Air/drone strike" and view.has("bare_strike") and any(
                b.start == trigger.start and b.end == trigger.end for b in view.kind("bare_strike")):
            self.bare_blasts.add(event_id)  # "the strikes", "الضربة": a hit told with no weapon named
        if not implied and _toll_counts(fatalities):
            self.toll_side[event_id] = "update" if view.has("toll_update") else dead_side(view, fatalities[0], agent)
        if self.landmark:
            self.near.add(event_id)
        if where is not None and where.precision == "country" and where.admin1_code is None \
                and not any(p.entry.level == "country" for p in places):
            # "وذكر مكتب أردوغان أن ثلاث مقاتلات قصفت مقرين للتنظيم": the country is only the article's, not told
            self.unplaced.add(event_id)
        if view.has("past_aux") and view.has("report_verb") and view.toks[trigger.start].isascii() and any(
                a.end == r.start and r.end <= trigger.start
                for a in view.kind("past_aux") for r in view.kind("report_verb")):
            # "PKK-affiliated media had said on Sunday that two of its fighters were killed": the report, older
            # than the article's news, that a denial answered
            self.reported_before.add(event_id)
        if warned and anaphoric:
            # a deed warned of ("حذر من أن التنظيم قد يلجأ إلى تفجير الأبراج بالعبوات الناسفة") is what may come: its
            # definite noun names a kind of attack, no attack told before that the merge would join it to
            anaphoric = False
        if not anaphoric and view.has("repeat") and any(trigger.end <= r.start <= trigger.end + REPEAT_REACH
                                                        and r.start < hi for r in view.kind("repeat")):
            # "U.S. troops came under attack twice on Wednesday": a lead that counts the attacks told one by one
            # after it joins one of them as a mention does; told alone, it is the news
            anaphoric = True
        if anaphoric and status == "denied" and view.has("denial"):
            self.denials.add(event_id)  # (a denial word's: the merge keeps it alone when it refers to nothing)
        if second_of_last:
            self.separate.add(event_id)  # (a second one of the kind: not the first told again)
        if not anaphoric and self.told and self._gunmen_told_before(view, agent, trigger):
            self.gunmen_told.add(event_id)
        if anaphoric:
            self.anaphoric[event_id] = self.sentence_number
            # (not one picked out of the series by a superlative before the demonstrative: "أن آخر تلك الضربات نفذت
            # مساء أمس على كهف": the latest of the strikes a tally counted is one of its own, told with its day)
            if any(d.end == trigger.start and not (view.has("definite_modifier") and any(
                    s.end == d.start for s in view.kind("definite_modifier"))) for d in view.kind("demonstrative")) \
                    or _pronoun_ordinal(view, trigger.start) or _frame_subject(view, trigger.start):
                self.pointed.add(event_id)
        return Event(
            event_id=event_id,
            article_id=self.article_id, status=status, event_type=event_type, sub_event_type=sub_type,
            date=when, actor1=actor1, actor2=actor2, location=where,
            fatalities=_vague_range(view, fatalities),
            injured=injured[0].quantity if injured else None,
            evidence=evidence, confidence=round(confidence, 2),
        )

    def _toll_span(self, view: SentenceMentions, toll: tuple[QuantitySpan, Match]) -> Span:
        """The text of a toll: its figure and its casualty word, whichever comes first."""
        return self.span(view, min(toll[0].start, toll[1].start), max(toll[0].end, toll[1].end))

    def _person_object(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a civilian stands right after Arabic verb ``trigger``, or right after the actor that follows it
        (its subject): the verb's object is a man ("اعترضوا التاجر", "اعترض مسلحون الطبيب"). (Not any person word:
        "اعترض عناصر الدفاع الجوي صاروخاً" names the men who intercepted.)"""
        if view.toks[trigger.start].isascii():
            return False
        at = {trigger.end} | {a.end for a in view.kind("actor") if a.start == trigger.end}
        return any(m.start in at for m in view.kind("civilian_noun")) \
            or any(a.start in at and self._kind(a) == "Civilians" for a in view.kind("actor"))

    def _crowd_told(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a crowd is told for ``trigger`` to act on: protesters or rioters named in the sentence, another
        protest or riot word in it, or a protest or riot told within the two sentences before."""
        return any(self._kind(m) in CROWD_KINDS for m in view.kind("actor")) or any(
            m.start != trigger.start and m.payload.event_type in ("Protests", "Riots") for m in view.kind("trigger")) \
            or self._last_type(2) in ("Protests", "Riots")

    def _kind(self, m: Match) -> str:
        """The kind of the actor that actor match ``m`` names ("State forces", "Protesters", ...)."""
        return self.k.actors[m.payload].actor.kind

    def _fighting_force(self, m: Match) -> bool:
        """Whether actor match ``m`` names an armed group or a state's forces, not a government itself (ACLED names
        those "Government of ...": a prime minister or cabinet that "shelled" or "launched an attack on" someone did
        it with words)."""
        actor = self.k.actors[m.payload].actor
        return actor.kind in NON_STATE_ARMED or actor.kind in STATE_SIDE and "Government" not in actor.name

    def _armed_speaker(self, m: Match | None) -> bool:
        """Whether ``m`` names an armed group, whose word of its own attack is its claim (not the PMF, whose
        commission speaks as a state body does)."""
        return m is not None and self._kind(m) in ARMED_KINDS and not self._pmf(m.payload)

    def _pmf(self, actor_id: str) -> bool:
        """Whether actor ``actor_id`` is the PMF or one of its factions."""
        return "pmf" in (actor_id, self.k.actors[actor_id].parent)

    def _flying_announcer(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The state or foreign force whose statement tells an air strike with no one named flying it."""
        return next((a for a in speaking_bodies(view, trigger.start) if self._kind(a) in STATE_SIDE), None)

    def _state_announcer(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a state body (or the PMF) speaks of the event noun."""
        return any(self._kind(a) == "State forces" or self._pmf(a.payload) for a in speaking_bodies(view, trigger.start))

    def _own_dead_speaker(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The state or armed force that speaks of its own men (`own_forces`: جنوده, عناصره) told as dead or
        wounded before the event word: "أعلن الجيش الأميركي مقتل اثنين من جنوده بانفجار عبوة", or named before the
        passive verb of their death right after them, counted with "of" ("أعلن الجيش أن ثلاثة من جنوده قتلوا بانفجار
        عبوة"; not "أن قواتها حيدت ستة", its men's own deed)."""
        of = view.bare("of_word")
        return next((a for a in speaking_bodies(view, trigger.start) if self._kind(a) in STATE_SIDE + NON_STATE_ARMED
                     and any(a.end <= c.start and c.end <= o.start <= c.end + OWN_DEAD_REACH and o.end <= trigger.start
                             or a.end < o.start and o.start - 1 in of
                             and o.end <= c.start <= o.end + 1 and c.end <= trigger.start
                             for c in casualty_cues(view) for o in view.kind("own_forces"))), None)

    def _announcer(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The armed group that opens the sentence announcing the event noun it names: "أعلنت المقاومة
        الإسلامية في العراق، فجر اليوم، استهداف قاعدة عين الأسد" (an armed group announcing its own attack
        claims it; a "that" between opens a report of someone else's)."""
        group = _opening_speaker(view, 2)
        # (the PMF's commission speaks as a state body does: "أعلنت هيئة الحشد تفاصيل الهجوم")
        if not self._armed_speaker(group) \
                or trigger.start < group.end or says_that(view, group.end, trigger.start):
            return None
        # the weapon told after the target ("استهداف قاعدة ... بطائرتين مسيرتين") is the announced attack's
        first = next((a.start for a in view.kind("attack_noun") if group.end <= a.start <= trigger.start), trigger.start)
        # an aside set off by commas between the group and its attack does not count: "أعلنت المقاومة الإسلامية في
        # العراق، في بيانين منفصلين نشرتهما مساء أمس الاثنين، استهداف قاعدة ..."
        gap = view.toks[group.end:first]
        commas = [i for i, t in enumerate(gap) if t == ","]
        aside = commas[-1] - commas[0] if len(commas) >= 2 else 0
        return group if first - group.end - aside <= ANNOUNCE_REACH and trigger.start - first <= ANNOUNCE_REACH * 3 \
            else None

    def _own_announcement(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether the sentence opens on a body announcing the event noun as its own news ("أعلنت كتائب حزب الله،
        مساء أمس الثلاثاء، تعليق عملياتها", "من جهة أخرى، أعلنت ..."): a report verb among its first
        `OWN_NEWS_OPENING` words, the body (no civilians) right after it (`_opening_speaker`), the noun within
        `ANNOUNCE_REACH` * 3 words after the body, no "that" between."""
        body = _opening_speaker(view, OWN_NEWS_OPENING)
        return body is not None and self._kind(body) != "Civilians" \
            and body.end <= trigger.start <= body.end + ANNOUNCE_REACH * 3 \
            and not says_that(view, body.end, trigger.start)

    def _self_claimant(self, view: SentenceMentions, trigger: Match) -> Match | bool | None:
        """The armed group that says it did the Arabic event word right after "that it" (`self_that`: إنه, إنها,
        بأنها): the speaker of that word (`said_by`) named after a reporting verb up to `SELF_CLAIM_REACH` words
        before, an armed actor (returned) or a bare word for the group already named (`group_word`: الجماعة,
        التنظيم; True). "إن" with no pronoun opens someone else's report: None."""
        if not view.has("self_that") or not view.has("report_verb"):
            return None
        word = next((w for w in view.kind("self_that") if w.end == trigger.start), None)
        if word is None:
            return None
        verb = next((r for r in reversed(view.kind("report_verb"))
                     if word.start - SELF_CLAIM_REACH <= r.end <= word.start), None)
        if verb is None:
            return None
        group = said_by(view, word, trigger.start, verb.end)
        if group is not None:
            return group if self._armed_speaker(group) else None
        return True if verb.end in view.bare("group_word") else None

    def _own_men_speaker(self, view: SentenceMentions, trigger: Match) -> Match | None:
        """The armed non-state group that says its own men did the event (English: "Islamic State said its
        fighters attacked", "the HPG said its fighters had killed"): the subject of the reporting verb, whose
        men (`own_forces`) stand right before the event verb. State bodies' reports of their forces' actions
        stay facts ("the service said its forces had arrested"), as the Arabic announcer rule has it."""
        toks = view.toks
        verb = trigger
        if trigger.payload.voice == "noun":
            # "said its fighters had killed the mukhtar ... in an attack on Wednesday": the noun that dates the
            # deed is the same claimed deed
            verb = max((m for m in view.kind("trigger") if m.end <= trigger.start and m.payload.voice == "active"
                        and not any(r.start >= m.end and r.end <= trigger.start for r in view.kind("report_verb"))),
                       key=lambda m: m.start, default=trigger)
        aux = view.forms("perfect_aux")
        own = next((w for w in view.kind("own_forces") if w.end <= verb.start
                    and all(t in aux for t in toks[w.end:verb.start])), None)
        selfish = False
        if own is None and view.has("self_that") and verb.payload.voice == "active":
            # "The Islamic Resistance in Iraq said it targeted Harir air base": the group's own "it" (`self_that`),
            # the subject of what it says, right before the verb (an armed non-state group only: "the US military
            # said it struck" tells a state's operation, a fact)
            own = next((w for w in _self_after_report(view) if w.end <= verb.start
                        and all(t in aux for t in toks[w.end:verb.start])), None)
            selfish = own is not None
        # "said one of its suicide bombers had driven an explosives-laden Humvee into an army position": its own men
        # named by the event word itself (an `own_forces` phrase holding the noun trigger), the doers of that attack
        holding = next((w for w in view.kind("own_forces") if w.start < trigger.start and trigger.end <= w.end), None) \
            if own is None and trigger.payload.voice == "noun" else None
        if holding is not None:
            own = holding
        elif own is None and verb is trigger and view.has("subject_link"):
            # "said it had launched a drone at Harir air base": a verb of doing (`subject_link`) and an article
            # between the group's own men and the event noun
            links = {t for m in view.kind("subject_link") if m.payload.value != "lead" for t in range(m.start, m.end)}
            articles = view.forms("article")
            # (a place name may stand before the noun: "had carried out the Sadr City bombing")
            named = {t for p in view.kind("place") if p.end == trigger.start for t in range(p.start, p.end)}
            # (or the group's own "it" right after its reporting verb, an armed non-state group only: "says it
            # launched a drone at US forces")
            selves = _self_after_report(view) if view.has("self_that") else []
            own = next((w for w in view.kind("own_forces") + selves if w.end < trigger.start
                        and any(t in links for t in range(w.end, trigger.start))
                        and all(t in links or toks[t] in aux or toks[t] in articles or t in named
                                for t in range(w.end, trigger.start))), None)
            selfish = own is not None and own.kind == "self_that"
        elif own is not None and verb.payload.voice != "active":
            return None
        if own is None:
            return None
        verb = max((r for r in view.kind("report_verb") if r.end <= own.start), key=lambda r: r.start, default=None)
        if verb is None:
            return None
        # "The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed groups, said": the subject before
        # an appositive set off by commas, not a party the appositive names
        opening = _aside_before(toks, verb.start)
        group = next((m for m in view.longest("actor") if m.end == opening), None) if opening is not None else None
        # (or the party that leads the group speaking: "An al-Qaeda-led group said on Friday it had killed")
        group = group or max((m for m in view.longest("actor") if m.end <= verb.start and (
            verb.start - m.end <= 2 or verb.start - m.end == 3 and _participle_compound(toks, m.end))),
                             key=lambda m: m.start, default=None)
        if group is None or selfish and self._kind(group) not in NON_STATE_ARMED:
            return None
        # (a PMF faction saying it struck US forces claims it: "Kataib Hezbollah said it had fired rockets at Ain
        # al-Asad"; the PMF's commission speaks as a state body)
        return group if self._kind(group) in ARMED_KINDS and group.payload != "pmf" else None

    def _quiet_raid(self, view: SentenceMentions, trigger: Match, agent: Match | None, target: Match | None,
                    fatalities, injured) -> bool:
        """Whether an English raid word (`raid`) tells a state force's raid with no fight: its agent state or
        foreign forces (or none named when the sentence tells an arrest), no armed group as its target, no dead or wounded, and no other fighting word in the
        sentence."""
        if not any(r.start <= trigger.start < r.end for r in view.kind("raid")):
            return False
        if agent is None and not any(m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            return False  # no one named: a raid "freeing the hostage and detaining four men" is still an arrest raid
        if agent is not None and self._kind(agent) not in STATE_SIDE:
            return False
        if target is not None and self._kind(target) in NON_STATE_ARMED:
            return False
        if _counted_toll(fatalities, injured):
            return False
        return not any(m is not trigger and m.payload.event_type in VIOLENT_TYPES for m in view.kind("trigger"))

    def _arrest_ambush(self, view: SentenceMentions, trigger: Match, agent: Match | None, fatalities,
                       injured) -> bool:
        """Whether Arabic clash word ``trigger`` is an ambush (`ambush`: كمين) laid for one charged or wanted
        (`accusation` up to two words after it: للمتهم, للمطلوبين), by a state force or no one named before it, with no dead
        or wounded and no other fighting word in the sentence (ground held, "إبان سيطرتها", is none): an arrest ambush."""
        if view.toks[trigger.start].isascii() or not any(
                trigger.start <= m.start < trigger.end for m in view.kind("ambush")):
            return False
        if not any(trigger.end <= a.start <= trigger.end + 2 for a in view.kind("accusation")) and not any(
                m.start >= trigger.end and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # (nor followed by the catch it was laid for: "نصبت مفرزة كميناً قرب الحدود، وأوقفت شاحنتين محملتين")
            return False
        if agent is not None and agent.start < trigger.start \
                and self._kind(agent) not in STATE_SIDE:
            return False  # (one named after it is no subject: "... لدى عصابات داعش" tells what the suspect did)
        if _counted_toll(fatalities, injured):
            return False
        # (what the men caught confessed to is no fighting: "... وتمكنت من اعتقالهم، مبيناً أنهم اعترفوا بزرع عبوات
        # ناسفة", to the end of the confession's clause)
        confessed = _rest_of_clause(view, view.kind("confession")) if view.has("confession") else []
        return not any(not (trigger.start <= m.start < trigger.end) and m.payload.event_type in VIOLENT_TYPES
                       and m.payload.sub_event_type not in TERRITORY_TYPES
                       and not any(lo <= m.start <= hi for lo, hi in confessed) for m in view.kind("trigger"))

    def _own_account(self, view: SentenceMentions, agent: Match, words: tuple[Match, ...], lo: int, voice: str) -> bool:
        """Whether ``agent``, named before one of its own-men words (`own_forces`: قواتها، مقاتليها) that stands
        within `OWN_ACCOUNT_GAP` tokens before an event word of ``words``, or the speaker saying it did the first
        of them (`self_speaker` from token ``lo``, of its ``voice``), is a foreign force or an armed group telling its
        own deed."""
        actor = self.k.actors[agent.payload].actor
        if not (actor.kind in NON_STATE_ARMED or actor.country not in (None, "", "Iraq")):
            return False
        if any(agent.end <= w.start and any(0 <= t.start - w.end <= OWN_ACCOUNT_GAP for t in words)
               for w in view.kind("own_forces")):
            return True
        # "قالت المقاومة الإسلامية إنها استهدفت بطائرتين مسيرتين قاعدة", "أن مجاهديها استهدفوا ... بطائرتين": the
        # speaker saying it (or its men) did the deed, the agent the roles gave it (`self_speaker`)
        return self_speaker(view, words[0], lo, voice, self.k) == agent

    def _force_listed_with_civilians(self, view: SentenceMentions, agent: Match | None, lo: int, hi: int
                                     ) -> Match | None:
        """A state or armed force (not the agent's side) joined by "and" to a civilian noun in one list of those hit,
        within tokens ``lo``..``hi``: "three Peshmerga fighters and a civilian", "a shepherd and two soldiers". Only
        figures, victim nouns, articles, commas and "and" stand between them."""
        toks = view.toks
        covered = {t for k in ("person", "number") for m in view.kind(k) for t in range(m.start, m.end)}
        articles = view.bare("article")
        numbers = {m.start for m in view.kind("number")}
        for a in view.longest("actor"):
            if not lo <= a.start < hi or (agent is not None and a.payload == agent.payload) \
                    or self._kind(a) not in _STATE_OR_ARMED:
                continue
            for c in view.kind("civilian_noun"):
                if not lo <= c.start < hi:
                    continue
                gap = range(a.end, c.start) if a.end <= c.start else range(c.end, a.start) if c.end <= a.start else ()
                if 0 < len(gap) <= 4 and any(toks[t] == "and" for t in gap) and all(
                        toks[t] in ("and", ",") or t in covered or t in articles for t in gap) \
                        and any(t in numbers or t >= 0 and toks[t] in ("a", "an")
                                for t in (a.start - 1, c.start - 1, c.start)) \
                        and not any(max(a.end, c.end) <= r.start <= max(a.end, c.end) + 1
                                    or min(a.start, c.start) - 2 <= r.end <= min(a.start, c.start)
                                    for r in view.kind("report_verb")):
                    # (a count of the dead starts the list, and no reporting verb ends or opens it: "residents and
                    # police officials said", "according to police and a doctor" speak, they were not hit)
                    return a
        return None

    @staticmethod
    def _civilian_casualty(view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether a civilian noun within tokens ``lo``..``hi`` is told as a casualty: right after a casualty word
        or its figure ("أصيب سائق", "مقتل ثلاثة مدنيين", "إصابة ثلاثة من العاملين")."""
        cues = [c.end for c in casualty_cues(view)]
        return any(lo <= m.start < hi and any(end <= m.start <= end + CASUALTY_NOUN_REACH for end in cues)
                   for m in view.kind("civilian_noun"))

    def _refine(self, entry: TriggerEntry, agent: Match | None, target: Match | None, triggers: list[Match],
                fatalities, sentence_triggers: list[Match], calm: bool, at: int,
                breaks: Sequence[int] = ()) -> tuple[str, str]:
        """Adjust a generic trigger's type by who was hit and what else the clause says (``calm``: the sentence
        tells the gathering passed without violence; ``at``: the trigger's first token; ``breaks``: the starts of
        the sentence's clause breaks, asked of a protest only)."""
        kind2 = self._kind(target) if target else None
        kind1 = self._kind(agent) if agent else None
        if entry.sub_event_type == "Non-state actor overtakes territory" and agent is not None and (
                kind1 == "State forces" or self._pmf(agent.payload)):
            # "سيطرت قوات الجيش على قرية": a takeover word whose agent is the state's forces (or the PMF fighting
            # beside them) tells ground the government regained
            return "Battles", "Government regains territory"
        if entry.sub_event_type == "Arrests" and (kind1 == "Rebel group" or agent is not None
                                                  and agent.payload == "unidentified-gunmen") \
                and kind2 in (None, "Civilians") and agent.end <= at:
            # "بقيام تنظيم داعش باحتجاز 50 عائلة": a rebel group holding civilians arrests no one (ACLED's arrests
            # are the state's): it abducts them. Only a group named before the word, its subject: one named after
            # it is more often the man arrested, his force unnamed ("ألقت الفرق القبض على المشتبه بترأس خلية لداعش").
            # Unknown gunmen too: "They handcuffed the brothers and drove away" after gunmen broke in is no arrest
            return "Violence against civilians", "Abduction/forced disappearance"
        if entry.sub_event_type == "Government regains territory" and kind1 == "Rebel group":
            # "تنظيم داعش استعاد السيطرة على الحي": ground taken back by a rebel group is a non-state takeover
            return "Battles", "Non-state actor overtakes territory"
        if entry.event_type == "Riots" and kind1 == "State forces" and kind2 not in _STATE_OR_ARMED and any(
                m.payload.sub_event_type in TERRITORY_TYPES for m in sentence_triggers):
            # "اقتحمت قوات جهاز مكافحة الإرهاب حي عدن، وتمكنت من السيطرة عليه": forces storming ground they took
            return "Battles", "Government regains territory"
        if entry.event_type == "Riots" and kind1 in _STATE_OR_ARMED:
            # armed men do not riot: storming an outpost is a clash, burning fields is destruction of property,
            # a brawl of clansmen ("تشاجر أفراد من عشيرتين", "شجار بين عشيرتين") is a tribal clash
            if kind2 in _STATE_OR_ARMED or entry.sub_event_type == "Mob violence":
                return "Battles", "Armed clash"
            return "Strategic developments", "Looting/property destruction"
        if entry.sub_event_type == "Looting/property destruction" and _armed_dead(kind2, fatalities) \
                and entry.lang == "ar" and kind1 not in CROWD_KINDS \
                and not any(m.payload.event_type in DEMONSTRATION_TYPES for m in triggers):
            # (not a crowd's burning: "أضرم محتجون النار ... بعد أيام من مقتل متظاهر", the dead are another deed's)
            # "أكد مقتل 30 عنصرا من داعش وتدمير خمسة مستودعات بعمليات عسكرية": armed men killed with their depots
            # destroyed is fighting, not destruction of property alone (which kills no one)
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Arrests" and _toll_counts(fatalities) and \
                any(m.payload.sub_event_type == "Armed clash" for m in triggers):
            # "داهمت قوة منزلا ... فبادر أفراد العصابة إلى إطلاق النار، وقتل أحد المطلوبين": a raid that turned
            # into a deadly exchange of fire is a clash
            return "Battles", "Armed clash"
        if _execution_of_kin(entry, target):
            # "أقدم تنظيم داعش على إعدام 25 شخصاً من أبناء عشيرة البو نمر": men put to death as a clan's sons were
            # captives, not fighters: the execution is violence against civilians, no clash with a clan militia
            return "Violence against civilians", "Attack"
        if entry.sub_event_type == "Attack" and kind2 in _STATE_OR_ARMED:
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Disrupted weapons use" and _armed_dead(kind2, fatalities):
            # "foiled an attempt by Daesh to infiltrate ..., killing three of them": an attack foiled by
            # fighting that killed the attackers is a clash; disrupting weapons kills no one
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Disrupted weapons use" and entry.voice == "active" and entry.lang == "ar" \
                and kind2 in _STATE_OR_ARMED \
                and any(m.start > at and m.payload.sub_event_type == "Armed clash" and m.payload.weight >= 2
                        for m in triggers):
            # "أحبطت قطعات الجيش، ليلة الثلاثاء، محاولة تسلل نفذتها مجموعة من عناصر داعش": an armed group's
            # infiltration or attack foiled by the forces, with a day told between them, is the foiled infiltration
            # the phrase "أحبطت محاولة تسلل" is, a clash
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Armed clash" and kind2 == "Civilians":
            return "Violence against civilians", "Attack"
        if entry.sub_event_type == "Remote explosive/landmine/IED" and any(
                m.payload.sub_event_type == "Suicide bomb" for m in triggers):
            # "فجر الانتحاريون ثلاث عجلات مفخخة": car bombs or belts set off by the bombers of the clause are
            # suicide bombings
            return "Explosions/Remote violence", "Suicide bomb"
        if entry.event_type == "Protests" and _toll_counts(fatalities) and any(
                m.payload.sub_event_type == "Mob violence" for m in sentence_triggers):
            # "قطعوا الطريق أمام العجلة ... ثم انهالوا على المتهم بالضرب، ما أدى إلى وفاته": the dead of a crowd that
            # beat someone are its victim's, mob violence, no force used on a protest
            return "Riots", "Mob violence"
        if entry.event_type == "Protests":
            # (a word of force used on the crowd told in the clause of the gathering word, "تجمع مئات الشبان أمام
            # البوابة ... فاستخدمت قوات مكافحة الشغب خراطيم المياه لتفريقهم", is an intervention too)
            # (not a deed past a clause break after the gathering word: "وخرجت تظاهرات غاضبة في بغداد، فيما تعرضت
            # مساجد لهجمات في العاصمة" is news of its own beside the march, no force used on it)
            # (an English crowd's own burning, "gathered outside the visa centre, burning flags", is no force used on
            # it: a word of rioting tells no intervention)
            violent = any((m.payload.event_type not in ("Protests", "Strategic developments")
                           or entry.sub_event_type == "Peaceful protest" and m.payload.sub_event_type in FORCE_ON_CROWD)
                          and m.payload.event_type != "Riots"
                          and not any(at < b < m.start for b in breaks)
                          for m in triggers)
            # (a nil toll, "لم يسفر عن إصابات", "no one was hurt", tells no lethal force)
            if _toll_counts(fatalities):
                return "Protests", "Excessive force against protesters"
            if violent and not calm:
                # (not "وانتهت من دون تسجيل احتكاكات", "a peaceful sit-in": the violence words of a sentence that tells
                # the gathering calm, the killings of those whose pictures it held, are no force used on it)
                return "Protests", "Protest with intervention"
        return entry.event_type, entry.sub_event_type

    def _claim(self, view: SentenceMentions, trigger: Match, q: QuantitySpan, places: list[PlaceMention]) -> Claim:
        """The tally of ``q`` events of ``trigger``'s type told in the sentence: its parties, period and places."""
        agent, target = assign_roles(view, trigger, 0, len(view.toks), self.k, trigger.payload.voice)
        if view.toks[trigger.start].isascii() and _finder(view, agent, trigger):
            agent = None  # "police had found at least 50 bodies across the capital": the finder killed none
        when, date_span, explicit = self._date(view, 0, len(view.toks), trigger.start, period=True)
        if not explicit and self.period is not None:
            # a digest's tally with no date of its own counts the week or month told before it ("(Aug 2018) ...
            # Partners reported between 10 and 12 IED attacks ... during the month"), not the day of publication
            when, date_span = self.period, None
        elif when is not None and when.precision == "week" and self.today is not None \
                and when.start <= self.today.start <= when.end \
                and (date.fromisoformat(self.today.start) - date.fromisoformat(when.start)).days <= 1:
            # "19 incidents recorded this week" in a digest out on the Monday or Tuesday: the week just ended (a
            # tally counts what has happened; the week begun holds a day or two)
            when = shifted(when, -7)
        elif when is not None and when.precision == "day" and self.today is not None and when.start < self.today.start \
                and view.has("since") and view.toks[trigger.start].isascii() and any(
                    d.start < trigger.start and d.range == when and _opening_since(view, d.start, trigger.start)
                    for d in view.dates()):
            # "Since the offensive began on Oct. 17, the group has sent more than 100 car bombs": the tally runs
            # from the day its opening "since" phrase tells to the report
            when = DateRange(when.start, self.today.start, "day")
        if not explicit and view.has("comparison") and view.dates() and comparisons(view):
            # "We recorded 23 attacks, fewer than the 26 recorded in February": the only month told is the compared
            # figure's; the tally's own period is not told here (not the day of publication either)
            when, date_span = None, None
        seen: set[str] = set()
        locations: list[Location] = []
        for p in places:
            if p.entry.level != "country" and p.entry.id not in seen:
                seen.add(p.entry.id)
                locations.append(location_of(p.entry))
        evidence = Evidence(
            sentence=self.sentence_span(view),
            trigger=self.span(view, trigger.start, trigger.end),
            actor1=self.span(view, agent.start, agent.end) if agent else None,
            actor2=self.span(view, target.start, target.end) if target else None,
            location=self.span(view, places[0].match.start, places[-1].match.end) if places else None,
            date=date_span,
            count=self.span(view, q.start, q.end),
        )
        return Claim(
            claim_id=_stable_id("c", self.article_id, evidence.count.start, trigger.payload.event_type),
            article_id=self.article_id,
            actor1=self.k.actors[agent.payload].actor if agent else None,
            actor2=self.k.actors[target.payload].actor if target else None,
            event_type=trigger.payload.event_type, count=q.quantity, date=when, locations=tuple(locations),
            evidence=evidence, confidence=0.7 if agent else 0.5,
        )


# a word ending a truce this many tokens or fewer after the truce word tells its end ("الهدنة مع تركيا لم يعد لها")
TRUCE_END_REACH = 3


# how many words a target group may stand before the place of its front ("مواقع لتنظيم داعش في سوريا")
_FRONT_REACH = 4


def _countries_swept(places: Sequence[PlaceMention], trigger: Match, hi: int) -> bool:
    """Whether the places told after a seizure word to the clause's end are two countries or more and nothing
    finer ("seized large parts of Syria and Iraq"): the sweep of a war told as background, no one seizure."""
    after = [p for p in places if trigger.end <= p.match.start < hi]
    return len({p.entry.country for p in after}) >= 2 and all(p.entry.level == "country" for p in after)


def _subject_count(view: SentenceMentions, q: QuantitySpan, m: Match) -> bool:
    """Whether figure ``q`` counts the people a passive event verb ``m`` tells of, told before it with the people
    (and in English a passive's "were"/"have been") between and no comma: "30 activists have been killed", "أكثر من
    ثلاثين ناشطاً اغتيلوا" (not "Umm Ahmed, 61, whose husband was killed"; not "40 policemen killed by militants", a
    reduced relative)."""
    return q.end < m.start <= q.end + 4 and "," not in view.toks[q.end:m.start] and (
        not view.toks[m.start].isascii() or not view.bare("passive_aux").isdisjoint(range(q.end, m.start)))


# how far after a definite Arabic event noun its word of response may stand ("الغارة كانت ردا على")
_RESPONSE_REACH = 3
# the verbs telling what a deed was or came as, folded ("الغارة كانت ردا على", "الهجوم جاء رداً على")
_AR_CAME_AS = frozenset({"كانت", "كان", "جاءت", "جاء", "تاتي", "ياتي", "اتت", "اتي"})


def _definite(word: str) -> bool:
    """Whether an Arabic word is definite: ال, after one proclitic or none ("الغارة", "والهجوم")."""
    return word.startswith("ال") or word[:1] in "وفبلك" and word[1:3] == "ال"


def _second_one(view: SentenceMentions, primary: Match, trigger: Match, places: Sequence[PlaceMention],
                first: Event | None, hi: int) -> bool:
    """Whether Arabic event word ``trigger``, after the sentence's main one, is called a second one (`second_one`
    right after it, or after the noun it governs: "فيما استهدفت غارة ثانية موقعاً", "سيارة ثانية انفجرت"): another
    event of the kind, not the first told again. English: `second_one` right before it ("and another bomb went off",
    "a second bomb") with a place in another district than ``first``'s told after it in its clause (ending at
    ``hi``): a second bombing elsewhere (twin blasts at one spot stay one event)."""
    if trigger.start < primary.end:
        return False
    if not view.toks[trigger.start].isascii():
        return _called_second(view, trigger)
    return trigger.start - 1 in view.bare("second_one") and first is not None and first.location is not None \
        and any(trigger.end <= p.match.start < hi and _other_district(p, first) for p in places)


# the words that, after a comma, join an English clause with a subject of its own ("..., and a bomb wounded ...")
_CLAUSE_JOINS = frozenset({"and", "while", "whereas"})


def _joined_elsewhere(view: SentenceMentions, primary: Match, trigger: Match,
                      places: Sequence[PlaceMention]) -> int | None:
    """English: the comma of ", and"/", while"/", whereas" between the sentence's main event word and ``trigger``
    that opens a clause with a subject of its own before its event word (not "..., and killed three"), when the
    later side names a district that the earlier side does not, and the earlier side names a district: two deeds
    told in one sentence ("Gunmen shot dead an elder in Tarmiyah, and a roadside bomb wounded soldiers near Jurf
    al-Sakhar"). None when there is no such joint."""
    before, after = sorted((primary, trigger), key=lambda m: m.start)
    toks = view.toks
    cut = next((i for i in range(after.start - 2, before.end - 1, -1)
                if toks[i] == "," and toks[i + 1].lower() in _CLAUSE_JOINS), None)
    if cut is None or any(m.start == cut + 2 and m.payload.voice != "noun" for m in view.kind("trigger")) \
            or any(cut < r.start < after.start for r in view.kind("report_verb")):
        return None  # (the later clause's subject is its verb's, or a source's account: "while a medic said ...")

    told = [p for p in places if p.entry.admin1_code and not (p.dateline or p.reference or p.institution)]
    earlier = [p for p in told if p.match.start < cut]
    districts = {p.entry.admin2 for p in earlier if p.entry.admin2}
    governorates = {p.entry.admin1_code for p in earlier}
    # (a later district none of the earlier names, or a later governorate none of the earlier lies in: "in Baghdad")
    return cut if earlier and any(p.match.start >= cut + 2 and (
        p.entry.admin2 and districts and p.entry.admin2 not in districts or p.entry.admin1_code not in governorates)
        for p in told) else None


def _called_second(view: SentenceMentions, m: Match) -> bool:
    """Whether `second_one` stands right after event word ``m`` or after the noun it governs ("غارة ثانية")."""
    second = view.bare("second_one")
    return m.end in second or m.end + 1 in second


def _crowd_counted(view: SentenceMentions, trigger: Match, lo: int) -> bool:
    """Whether a figure of at least `CROWD_FLOOR` people, a `person` or `civilian_noun` word within two words after
    it, stands before protest verb ``trigger`` in its clause, at most `CROWD_SUBJECT_REACH` words before it with no
    comma between: the crowd that protested, counted."""
    quantities = view.quantities()
    if not quantities:
        return False  # (most sentences: no people set made for them)
    people = {m.start for k in ("person", "civilian_noun") for m in view.kind(k)}
    return any(lo <= q.start and q.end < trigger.start <= q.end + CROWD_SUBJECT_REACH and (q.quantity.best or 0) >= CROWD_FLOOR
               and "," not in view.toks[q.end:trigger.start] and not people.isdisjoint(range(q.end, q.end + 3))
               for q in quantities)


def _crowd_after_verb(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> bool:
    """Whether an active protest phrase in ``lo``..``hi`` holds a figure of at least `CROWD_FLOOR` right after its
    verb ("نزل آلاف", "خرج الآلاف"): the crowd that went out, counted as the verb's subject. (A verb with a crowd
    for subject is no ن "we" or ت "she" present; a ي present is a habit. A verb that is a weak event word alone,
    "تجمع عشرات من الأهالي على أمل التعرف على ذويهم", may gather people for anything: not counted here.)"""
    quantities = view.quantities()
    return bool(quantities) and any(
        m.payload.event_type == "Protests" and m.payload.voice == "active" and lo <= m.start < hi
        and m.end > m.start + 1 and not view.toks[m.start][len(m.clitic):].startswith("ي")
        and any(q.start == m.start + 1 and (q.quantity.best or 0) >= CROWD_FLOOR for q in quantities)
        and not any(w.start == m.start and w.end == m.start + 1 and w.payload.weight == 1 for w in view.kind("trigger"))
        for m in triggers)


def _speaker_that(view: SentenceMentions, end: int) -> bool:
    """Whether an Arabic "that" opening reported speech stands within three words after token ``end`` (a speaker's
    end), not one of a time clause ("قبل أن", "بعد أن")."""
    that_at = view.bare("that_word")
    at = next((t for t in range(end, min(end + 3, len(view.toks))) if t in that_at), None)
    return at is not None and (at == 0 or view.toks[at - 1] not in _TIME_BEFORE_THAT)


# the words that make a following أن part of a time clause, not reported speech
_TIME_BEFORE_THAT = frozenset({"قبل", "بعد", "وقبل", "وبعد", "منذ", "الى", "حتى"})


def _past_speaker_place(view: SentenceMentions, fine: list[PlaceMention], chosen: PlaceMention, lo: int,
                        hi: int) -> PlaceMention:
    """The place for an Arabic clause whose chosen ``chosen`` stands between a verb of saying and its "that": where
    the source sits ("قال مصدر أمني في البصرة إن نزاعاً اندلع في قضاء القرنة") yields to a town or district of the
    same governorate told plainly after "that" (that one places the event); with none told, it stays."""
    that_at = view.bare("that_word")
    verb = next((v for v in view.kind("report_verb") if v.end <= chosen.match.start
                 and v.end + _SAID_IN_REACH >= chosen.match.start), None)
    if verb is None:
        return chosen
    that = next((t for t in range(chosen.match.end, min(len(view.toks), verb.end + _SAID_IN_REACH)) if t in that_at),
                None)
    if that is None:
        return chosen
    told = [p for p in fine if that < p.match.start and lo <= p.match.start < hi and not p.dateline
            and not p.reference and not p.institution and p.entry.level in ("admin2", "place")
            and p.entry.admin1_code == chosen.entry.admin1_code and p.entry.admin2 != chosen.entry.admin2]
    return told[0] if told else chosen


# how far an Arabic verb of saying may stand before the speaker's place and its "that"
_SAID_IN_REACH = 8


def _first_past(view: SentenceMentions, kinds: tuple[str, ...], at: int) -> int:
    """Where the first mention of ``kinds`` after token ``at`` starts; the sentence's end when none does."""
    return min((m.start for k in kinds for m in view.kind(k) if m.start > at), default=len(view.toks))


def _tolls_upto(cut: int, *tolls):
    """``tolls`` (each a figure and its casualty word, or None) with those whose word stands past token ``cut`` made
    None: they count another deed's dead or hurt."""
    return tuple(t if t is None or t[1].start <= cut else None for t in tolls)


def _town_lists(view: SentenceMentions, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    """The sentence's lists of places told as where something happened, two or more joined by commas and "and"
    ("in Ramadi, Samarra and Mosul"), found once for all its events: not a road's two ends ("between Erbil and
    Mosul"), nor a list a "where" clause goes on from."""
    toks = view.toks
    joins, leads, articles = view.bare("and_word"), view.bare("place_lead"), view.bare("article")
    links = {m.end for m in view.kind("road_link")}  # "between Erbil and Mosul": a road's ends
    wheres = {m.start for m in view.kind("place_relative")}  # "..., Dhi Qar and Najaf, where ...": the last
    named = sorted((p for p in places if not (p.reference or p.dateline or p.institution or p.side)),
                   key=lambda p: p.match.start)
    chains: list[list[PlaceMention]] = []
    anded: set[int] = set()  # the places joined by "and" to the one before (not by a comma alone: "Erbil,
    # Makhmour district", "Victory Base, Baghdad airport" name one place and where it is)
    for p in named:
        if chains:
            q = chains[-1][-1]
            gap = range(q.match.end, p.match.start)
            if 0 <= len(gap) <= 3 and all(toks[i] == "," or i in joins or i in leads or i in articles for i in gap) \
                    and (any(toks[i] == "," or i in joins for i in gap) or p.match.clitic.startswith("و")):
                chains[-1].append(p)
                if p.match.clitic.startswith("و") or not joins.isdisjoint(gap):
                    anded.add(p.match.start)
                continue
        chains.append([p])
    return [chain for chain in chains if len(chain) >= 2 and not anded.isdisjoint(p.match.start for p in chain)
            and chain[0].match.start not in links
            and wheres.isdisjoint((chain[-1].match.end, chain[-1].match.end + 1))]


def _war_sized(fatalities, dated: bool = True) -> bool:
    """Whether the first dead counted are a war's many: `IMPLAUSIBLE_TOLL` or more, `UNDATED_WAR_TOLL` if no day told."""
    return bool(fatalities) and (fatalities[0].quantity.best or 0) >= (IMPLAUSIBLE_TOLL if dated else UNDATED_WAR_TOLL)


def _war_toll(trigger: Match, fatalities, dated: bool = True) -> bool:
    """Whether the dead counted (`attach_casualties`) are a war's toll: thousands upon thousands told within
    WAR_TOLL_REACH words after the event word, no single event's ("تم قتل أكثر من 200 ألف بريء"); with no day told
    in the sentence (not ``dated``), a thousand or more ("أعدموا نحو ألفي مواطن", `UNDATED_WAR_TOLL`)."""
    return _war_sized(fatalities, dated) and trigger.end <= fatalities[0].start <= trigger.end + WAR_TOLL_REACH


def _after_cue(view: SentenceMentions, dates: list, cues: list[Match], anchor: int, past_comma: bool = False,
               gap: int = 0) -> set[int]:
    """The ids of the ``dates`` told after one of ``cues`` standing after the event word at ``anchor`` (with
    ``past_comma``, past a comma after it), no comma between cue and date, at least ``gap`` tokens past the cue."""
    toks = view.toks
    return _told_after(view, dates, [c for c in cues if anchor < c.start and (
        not past_comma or "," in toks[anchor:c.start])], gap)


# how many words may stand between the "as" of a verb of describing and the event noun it names ("as a very serious
# attack"), and between the verb and that "as" ("described the escape of prisoners from the jail in Kandahar as")
NAMED_AS_LEAD, DESCRIBED_REACH = 4, 14


def _named_as(view: SentenceMentions, m: Match) -> bool:
    """Whether English event noun ``m`` follows, within `NAMED_AS_LEAD` words and no comma, the "as" of a verb of
    describing (`describe_as`) up to `DESCRIBED_REACH` words before it, with no "that" or reporting verb between:
    the name given to a deed, not a deed told."""
    marks = view.kind("describe_as")
    for a in marks:
        if a.payload.value != "as" or not 0 < m.start - a.start <= NAMED_AS_LEAD or "," in view.toks[a.end:m.start]:
            continue
        if any(v.payload.value == "verb" and v.end <= a.start <= v.end + DESCRIBED_REACH
               and not says_that(view, v.end, a.start)
               and not any(v.end <= r.start < a.start for r in view.kind("report_verb")) for v in marks):
            return True
    return False


def _told_in_full(blockers: list, words: list[Match], full: Callable[[Match], bool]) -> list:
    """``blockers`` less the reference words that name, up to two words after them, an event word told in full
    (``full``): the news itself, not a mention of an event told elsewhere."""
    return [p for p in blockers if not (p.kind == "reference" and any(
        p.end <= m.start <= p.end + 2 and full(m) for m in words))]


def _later_deed(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event verb ``m`` stands right after a span's unit (`later_unit`: ساعات, ساعتين, دقائق, أيام):
    "وبعد نحو أربع ساعات قصفت مسيرة ثانية" tells a deed that much later, after a reference word that names no event."""
    return m.payload.voice == "active" and not view.toks[m.start].isascii() and any(
        u.end == m.start for u in view.kind("later_unit"))


# the verbal noun of detonating (folded, proclitics و ب stripped) that makes a count of bombs after it a clearing
_DETONATING = ("تفجير",)
# so many bombs detonated in one go are cleared whatever else the sentence tells (no attack sets off ten at once)
_CLEARED_COUNT = 10


def _bombs_counted_detonated(view: SentenceMentions, trigger: Match) -> bool:
    """Whether bomb noun ``trigger`` follows a count right after a detonating noun ("وتفجير 199 عبوة ناسفة"; two or
    more where no one is told killed or hurt, "بتفجير خمس عبوات"): bombs detonated by the count are cleared."""
    for q in view.quantities():
        # (a few bombs set off where people were killed or hurt is an attack: "قتل ثلاثة بتفجير ثلاث عبوات")
        if q.end == trigger.start and q.start > 0 and (q.value >= _CLEARED_COUNT or q.value >= 2 and not (
                view.has("fatality") or view.has("injury"))):
            before = view.toks[q.start - 1]
            if before in _DETONATING or any(t in _DETONATING for t in strip_proclitics(before)):
                return True
    return False


def _describes_next(view: SentenceMentions, m: Match) -> bool:
    """Whether English noun ``m`` describes the noun right after it (`described_noun`: "attack drones", "air force
    cadets"): what is counted is that one."""
    return view.has("described_noun") and view.toks[m.start].isascii() \
        and any(h.start == m.end for h in view.kind("described_noun"))


def _operation_yield(view: SentenceMentions, trigger: Match, entry: TriggerEntry) -> bool:
    """Whether a find or arrest word stands right after a result link that names the operation ("أسفرت العملية
    عن ضبط", a link of more than the verb and its preposition): what the operation yielded."""
    return entry.sub_event_type in _FOUND_OR_HELD and view.has("result_link") and any(
        r.end == trigger.start and r.end - r.start > 2 for r in view.kind("result_link"))


def _relative_after(view: SentenceMentions, anchor: int) -> bool:
    """Whether a relative word opens a clause up to three words after the event word at ``anchor`` ("الذي نفذه";
    English "that", "which": "condemned on Thursday a drone strike that hit a vehicle on Wednesday"). The words are
    counted from the end of an event phrase of several words ("عملية اغتيال الناشط المدني التي وقعت مساء أمس")."""
    end = max((m.end for m in view.kind("trigger") if m.start == anchor), default=anchor + 1)
    if any(anchor < r.start <= end + 2 for r in view.kind("relative")):
        return True
    return view.toks[anchor].isascii() and any(opens_relative(view, i)
                                               for i in range(anchor + 1, min(anchor + 4, len(view.toks))))


def _not_between(view: SentenceMentions, told: list[DateSpan], kind: str, anchor: int) -> list[DateSpan]:
    """The dates of ``told`` that stand not between a ``kind`` word (a call, condemnation, claim) and the event word
    at ``anchor``: those between are that word's day."""
    cues = view.kind(kind)
    return [d for d in told if not any(c.end <= d.start and d.end <= anchor for c in cues)]


def _opening_since(view: SentenceMentions, at: int, lo: int) -> bool:
    """Whether token ``at`` stands in a span "since" told before clause ``lo`` with no event word between the two
    ("Since Oct. 17, Islamic State has launched more than 100 suicide car bombs"): the clause's own span (an event
    noun the phrase runs from may stand in it: "Since the offensive began on Oct. 17, ..."). Only a phrase that opens
    the sentence, or its text past a dateline's dash: "Tensions have run high since June, when five Peshmerga were
    killed" tells one event of June (`since_point`)."""
    return any(s.start <= at < lo and (s.start == 0 or view.toks[s.start - 1] == "-")
               and not any(s.end <= m.start < lo and m.payload.voice != "noun" for m in view.kind("trigger"))
               for s in view.kind("since"))


def _one_day(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether clause ``lo``..``hi`` tells no span of time ("since") and no date coarser than a day (a span told in
    an opening phrase before it, `_opening_since`, counts as its own)."""
    return not any(lo <= s.start < hi or s.start < lo and _opening_since(view, s.start, lo)
                   for s in view.kind("since")) \
        and all(d.range.precision == "day" for d in view.dates() if lo <= d.start < hi)


def _self_after_report(view: SentenceMentions) -> list[Match]:
    """The group's own "it" (`self_that`) right after a reporting verb, or after its "that": "said it", "said that it"."""
    that = view.forms("that_word")
    return [w for w in view.kind("self_that") if any(r.end == w.start or r.end == w.start - 1 and view.toks[r.end] in that
                                                     for r in view.kind("report_verb"))]


def _news_after(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether English event word ``m`` opens a clause of its own on an indefinite article, its verb told with it or
    right after it in the past ("after a bomb ruptured the line", "after a bomb exploded"), and a day is told after
    it, before any other event word ("... near Ain al-Jahash, south of Mosul, on Sunday night"): an event told as
    news, not one referred to ("after the bombing", "after an attack on Sunday night")."""
    if m.start - 1 not in view.bare("indefinite_article"):
        return False
    toks = view.toks
    if m.payload.voice == "noun" and not (m.end < len(toks) and (
            any(p.start == m.end for p in view.kind("past_form")) or len(toks[m.end]) > 4 and toks[m.end].endswith("ed"))):
        return False
    return any(d.start >= m.end and d.range.precision == "day"
               and not any(m.end <= w.start < d.start for w in words)
               # (or the day of the clause it follows, no comma between: "output was cut on Saturday after a drone
               # attack hit a storage tank")
               or d.end <= m.start and d.range.precision == "day" and "," not in view.toks[d.end:m.start]
               for d in view.dates())


# how many words past a crime's event word (or attack noun) the relative pronoun describing it may stand ("بالتفجير
# الذي", "الحادث الإرهابي الذي"), and how far past that pronoun the crime's day may be told
CRIME_RELATIVE_REACH = 2
CRIME_DAY_REACH = 8


def _crime_days(view: SentenceMentions, dates: list, anchor: int) -> set[int]:
    """(Arabic) The ids of the ``dates`` told in a relative clause on a crime named after the arrest word at ``anchor``
    (an event word or attack noun, `CRIME_RELATIVE_REACH` words at most before the pronoun), up to `CRIME_DAY_REACH`
    words past the pronoun (a comma aside allowed: "الذي وقع، صباح أول من أمس،"), with no other event word between
    but the clause's verb right after the pronoun ("الذي استهدف")."""
    ends = [m.end for k in ("trigger", "attack_noun") for m in view.kind(k) if m.start > anchor]
    if not ends:
        return set()
    rels = [r for r in view.kind("relative") if any(0 <= r.start - e <= CRIME_RELATIVE_REACH for e in ends)]
    words = [m.start for m in view.kind("trigger")]
    return {id(d) for r in rels for d in dates if r.end <= d.start <= r.end + CRIME_DAY_REACH
            and not any(r.end < w < d.start for w in words)}


def _told_after(view: SentenceMentions, dates: list, cues: list[Match], gap: int = 0,
                reach: int | None = None) -> set[int]:
    """The ids of the ``dates`` told at least ``gap`` (and at most ``reach``) tokens past the end of one of ``cues``,
    no comma between: the days of what the cue opens, not of the event word."""
    toks = view.toks
    return {id(d) for c in cues for d in dates if c.end + gap <= d.start
            and (reach is None or d.start <= c.end + reach) and "," not in toks[c.end:d.start]}


# how many words (days aside) an English event word may stand after the list of towns it was done at ("In Amara and
# Nasiriyah, protesters set fire", "Protesters in Basra and Kut blocked"), `_listed_towns`
LIST_WORD_REACH = 6

# how many words after a verb of beginning the day it dates may stand ("انطلقت فجر يوم الجمعة")
ONSET_DATE_REACH = 3
# how many words a verb of beginning may stand after the reference or cause word whose clause it tells ("بعد عملية
# عسكرية انطلقت", "after an offensive that began")
ONSET_LEAD_REACH = 4


def _onsets(view: SentenceMentions, anchor: int | None = None) -> list[Match]:
    """The verbs of beginning (`onset`) that tell when something else began: in a clause a reference or cause word
    opens ("بعد عملية عسكرية انطلقت", "إثر هجوم بدأ", "after an offensive that began") or right after a relative
    pronoun ("معركة الموصل التي بدأت"); with ``anchor`` (an event word's first token), only those after it, past a
    comma after it or after a relative pronoun that describes another noun (not the event word's own: "الهجوم الذي
    بدأ فجر اليوم" dates the event)."""
    leads = [r.end for k in ("reference", "cause_link") for r in view.kind(k)]
    pronouns = {r.end: r.start for r in view.kind("relative")}
    out = []
    for o in view.kind("onset"):
        led = any(e <= o.start <= e + ONSET_LEAD_REACH and "," not in view.toks[e:o.start] for e in leads)
        if anchor is None:
            if led or o.start in pronouns:
                out.append(o)
        elif anchor < o.start and (led and "," in view.toks[anchor:o.start]
                                   or pronouns.get(o.start, -1) > anchor + REFERENCE_REACH):
            out.append(o)
    return out


def _not_begun(view: SentenceMentions, dates: list) -> list:
    """``dates`` without the days told right after a verb of beginning (`_onsets`): when something else began."""
    begun = _told_after(view, dates, _onsets(view), reach=ONSET_DATE_REACH)
    return [d for d in dates if id(d) not in begun]


def _warned_deed(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an auxiliary of what could be done (`modal` valued `auxiliary`: could, would, may, might; Arabic قد
    before a present verb, احتمال، ربما) stands after a warning word (`modal` valued `warning`: warned, threatened,
    حذر) and just before the event word, or right after an event noun ("the shelling could reach"), no comma between
    the warning and the event word. In Arabic the deed so warned of may be an event word before this one in its
    clause, which this one tells more of: "حذر من أن التنظيم قد يلجأ إلى تفجير أبراج الطاقة في قضاء الشرقاط
    بالعبوات الناسفة" (the bombs are the blowing up's)."""
    t = trigger.start
    modals = view.kind("modal")
    # words of setting about a deed ("try to stage large car bombings", "attempt to mount new attacks", "يحاول
    # استهداف", "يلجأ إلى تفجير": `deed_lead`) do not count towards the reach
    leads = view.bare("deed_lead")
    english = view.toks[t].isascii()
    deeds = (t,) if english else {d.start for d in view.kind("trigger") if d.start <= t and "," not in view.toks[d.start:t]}
    return any(w.end <= m.start <= w.end + WARNED_MODAL_REACH
               and "," not in view.toks[w.end:max(t, m.start)]
               and (english or _arabic_modal_qad(view, m))
               and (any(m.end <= d <= m.end + WARNED_DEED_SPAN
                        and sum(i not in leads for i in range(m.end, d)) <= WARNED_DEED_REACH for d in deeds)
                    or trigger.payload.voice == "noun" and m.start == trigger.end)
               for w in modals if w.payload.value == "warning" and w.end <= t
               for m in modals if m.payload.value == "auxiliary")


def _means_weapon(view: SentenceMentions, trigger: Match) -> Match | None:
    """The explosive weapon noun named as the means of the event word at ``trigger`` (its instrument ب, or right
    after an `agent_marker` such as بواسطة), up to `MEANS_WEAPON_REACH` words after it with no firmer event word
    between: "استهداف الزائرين المتوجهين إلى المدينة ...، بواسطة انتحاريين"."""
    markers = {a.end for a in view.kind("agent_marker")}
    words = view.kind("trigger")
    return next((m for m in words if trigger.end <= m.start <= trigger.end + MEANS_WEAPON_REACH
                 and m.payload.event_type == "Explosions/Remote violence" and m.payload.weight >= 2
                 and m.payload.voice == "noun" and (m.clitic.endswith("ب") or m.start in markers)
                 and not any(trigger.end <= o.start < m.start and o.payload.weight >= 2 for o in words)), None)


def _dated_between(view: SentenceMentions, start: int, end: int) -> int:
    """How many tokens between ``start`` and ``end`` a date takes ("، اليوم الأربعاء الموافق الرابع عشر من صفر 1445،"
    set off between a verb and what it governs)."""
    return sum(min(d.end, end) - max(d.start, start) for d in view.dates() if d.start < end and d.end > start)


def _threatened_with(view: SentenceMentions, warning: Match, trigger: Match) -> bool:
    """Whether an Arabic warning verb (`modal` valued `warning`: هدد، توعد) governs the event word through بـ, its
    subject told between ("هدد قائد الحرس الثوري باستئناف القصف", "توعدت الفصائل بشن هجمات"): the deed threatened
    is the subject's own."""
    if warning.payload.value != "warning":
        return False
    if trigger.clitic.endswith("ب"):
        return True
    # a verbal noun of doing or resuming with بـ right before the event word: باستئناف، بشن، بتنفيذ
    return trigger.start > 0 and view.toks[trigger.start - 1].startswith("ب") and trigger.clitic == "" \
        and view.toks[trigger.start - 1].isalpha()


def _modal_between(view: SentenceMentions, doer: Match, trigger: Match, kinds: tuple[str, ...] = ("modal",)) -> bool:
    """Whether a modal (or another of ``kinds``: a future word) stands between a doer and its event word after it:
    "Turkey could launch", "it would resume"."""
    return any(doer.end <= m.start and m.end <= trigger.start for k in kinds for m in view.kind(k))


def _year_on(r: DateRange, published: date) -> DateRange:
    """A range ``r`` (a month, or a day) in the past year moved to the coming year, ``r`` itself kept when that is
    not after ``published`` or over a year ahead."""
    start, end = date.fromisoformat(r.start), date.fromisoformat(r.end)
    try:
        start, end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    except ValueError:  # 29 February
        return r
    if end <= published or (start - published).days > 366:
        return r
    return DateRange(start.isoformat(), end.isoformat(), r.precision)


def _coming_date(view: SentenceMentions, span, published: date) -> DateRange:
    """The date of ``span`` for a planned event: a month's day told without its year that the date parser put in
    the past year ("will march on Aug. 3" told on July 30) is the coming one; a date told with its year stays."""
    r = span.range
    if _year_told(view, span):
        return r
    day = DateRange(r.start, r.start, "day")
    coming = _year_on(day, published)
    return r if coming is day else coming


def _dated_here(event: Event) -> bool:
    """Whether an event's day is told in its own sentence, not carried from one before."""
    ev = event.evidence
    return ev.date is not None and ev.sentence.start <= ev.date.start < ev.sentence.end


# the kinds of earlier deed an "after" word names whose place is its own (`_recalled_deed_at`)
RECALLED_DEED_TYPES = ("Explosions/Remote violence", "Battles")


def _violent_word_at(view: SentenceMentions, anchor: int) -> bool:
    """Whether an event word of a violent type stands at token ``anchor`` (a release told "after the abduction in
    the town" happened where the abduction did)."""
    return any(m.start == anchor and m.payload.event_type in VIOLENT_TYPES for m in view.kind("trigger"))


def _recalled_deed_at(view: SentenceMentions, anchor: int) -> int:
    """Where the first deed an "after" word (`recall_lead`: بعد، عقب، إثر) names past token ``anchor`` begins, right
    after it or through a span of time ("بعد أربعة أيام على تفجير"), told with no day nor figure past it; the
    sentence's end if none."""
    # (a blast, a fight or a killing; not the victims' abduction, "أعدمهم بعد اختطافهم من الموصل", nor a movement)
    deeds = [m for m in view.kind("trigger") if m.start > anchor and not m.clitic
             and (m.payload.event_type in RECALLED_DEED_TYPES or m.payload.sub_event_type == "Attack")]
    at = min((m.start for r in view.kind("recall_lead") if r.start > anchor for m in deeds
              if m.start == r.end or linked(view, r, m)), default=len(view.toks))
    if any(x.start > at for x in view.dates()) or any(x.start > at for x in view.quantities()):
        # "بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلا في سروج الإثنين الماضي": the deed told with its
        # toll or day is the one the mention takes them from (its place too, which keeps it apart)
        return len(view.toks)
    return at


def _placed_at_opening(event: Event) -> bool:
    """Whether an event's place is a town named at the opening of its own sentence (within `_OPENING_CHARS`)."""
    ev, where = event.evidence, event.location
    return where is not None and where.place is not None and ev.location is not None \
        and 0 <= ev.location.start - ev.sentence.start <= _OPENING_CHARS


def _opens_on_place(view: SentenceMentions) -> bool:
    """Whether the sentence opens on a place word ("Near Ramadi, ...", "In Kirkuk, ...")."""
    return any(w.start == 0 for w in view.kind("place_word"))


def _aside_before(toks: tuple[str, ...], i: int) -> int | None:
    """The comma opening an aside set off by commas (up to `APPOSITIVE` tokens) that closes right before token
    ``i``: "Kataib Hezbollah, which last week announced a truce, warned"."""
    if i == 0 or toks[i - 1] != ",":
        return None
    return max((j for j in range(max(0, i - 1 - APPOSITIVE), i - 1) if toks[j] == ","), default=None)


def _participle_compound(toks: tuple[str, ...], i: int) -> bool:
    """Whether tokens ``i``, ``i + 1`` are the hyphen and participle of a party's compound ("U.S.-led",
    "Iran-backed")."""
    return toks[i] == "-" and toks[i + 1].endswith("ed")


def _finder(view: SentenceMentions, agent: Match | None, trigger: Match) -> bool:
    """Whether an English agent is who found the dead, not who killed them: named before a `find_verb` (found,
    recovered, discovered) whose object is a `fatality` word ("Police found the bodies of two men, bound and shot
    in the head"), before the event word. (Unlike `roles._finder`, which keeps an Arabic finder out of the
    candidates, it drops only the chosen agent: a finder left a candidate may still be read as the target.)"""
    return agent is not None and view.has("find_verb") and view.has("fatality") and any(
        agent.end <= f.start < trigger.start and any(_found_dead(f, b) for b in view.kind("fatality"))
        for f in view.kind("find_verb"))


def _found_dead(f: Match, b: Match) -> bool:
    """Whether fatality word ``b`` is what finding word ``f`` found: at most `_FOUND_COUNT_REACH` words after it."""
    return f.end <= b.start <= f.end + _FOUND_COUNT_REACH


def _reduced_passive(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an English past verb is a passive told without "was", as incident logs and headlines write
    them: "one PMF fighter killed, three wounded", "Two soldiers wounded in a roadside blast": a figure, then one
    to three words naming the men (an actor, a person word) right before the verb, and no object after it."""
    toks, i = view.toks, trigger.start
    # (or a figure right before the verb that ends the sentence, the men unnamed: "local police report 2 killed.")
    if trigger.end - i == 1 and toks[i].endswith("ed") and i >= 1 and toks[trigger.end:] in ((), (".",)) \
            and (i - 1 in view.figures() or any(q.start <= i - 1 < q.end for q in view.kind("number"))):
        return True
    if trigger.end - i != 1 or not toks[i].endswith("ed") or i < 2 or \
            trigger.end < len(toks) and toks[trigger.end] not in (",", ";") \
            and trigger.end not in view.bare("reduced_passive_next"):
        return False
    men = tokens_of(view, ("person", "actor"))
    if i - 1 not in men:
        return False
    j = i - 1
    while j >= 0 and j in men and i - j <= 3:
        j -= 1
    return j >= 0 and any(q.start <= j < q.end for q in view.kind("number"))


# how far before an English event noun, in its clause, a word of sound heard may stand ("the sound residents heard
# came from a controlled detonation")
_SOUND_REACH = 5

# how far before an English protest word a word of taking part in it may stand: "taken part in the city's protest"
PARTICIPATION_REACH = 5
# the Arabic periods told past a cue (a charge, "الذي", رداً على) that date the earlier deed it opens, not the event (a
# day there is most often the event's own)
_RECALLED_SPANS = ("week", "month")
# how far after an English charged deed a day told in its clause is the deed's: "suspected of killing a lawyer
# outside his office in the city of Amarah last Tuesday"
CHARGED_DATE_REACH = 14
# the deeds an arrest may be told beside as the crime of those arrested (not the state's own fighting)
_CRIMES = ("Violence against civilians", "Explosions/Remote violence")
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
_DRILL_FIRE = ("Shelling/artillery/missile attack", "Air/drone strike", "Armed clash", "Grenade",
               "Excessive force against protesters")  # (live rounds fired at targets)
# what a drill or course rehearses: defusing bombs, a crowd gathered (the attacks it names with a noun: _FIGHTING_TYPES)
_DRILL_SCENE = ("Disrupted weapons use", "Peaceful protest", "Abduction/forced disappearance",
                "Non-state actor overtakes territory",  # (armed men seizing a site, taking hostages)
                "Violent demonstration")  # (a storming word: "infantry stormed a model village")


def _homograph_verb(view: SentenceMentions, trigger: Match) -> Match | None:
    """The subject, when an Arabic event word listed as a verbal noun that is spelled like its past verb
    (`verb_homograph`: خطف, قصف, توغل) is that verb: it opens its clause (first word, after و or ف, a comma or dash, قد or a
    `clause_break`: "فيما خطف") and an actor stands right after it as its subject ("وخطف مسلحون خمسة موظفين",
    "وقصف الطيران مواقع للمسلحين"). Governed by a word before it ("بعد خطف الموظفين", "أن قصف الطيران أدى"), or
    carrying بـ or لـ, it is the noun."""
    if trigger.clitic not in ("", "و", "ف") \
            or view.toks[trigger.start][len(trigger.clitic):] not in view.forms("verb_homograph") \
            or not _opens_clause(view, trigger.start):
        return None
    return next((a for a in view.kind("actor") if a.start == trigger.end), None)


def _split_object(view: SentenceMentions, trigger: Match) -> Match | None:
    """The subject, when an Arabic event noun is the object of the past verb of a two-word phrase (`split_verb`:
    شن هجوما, فجر عبوة, زرع عبوة), the verb opening its clause and an actor right after it as its subject, the noun
    at most `_SUBJECT_TAIL` words past the actor ("وأطلق مسلحون من غزة صاروخين"), no comma between: "وشن مسلحون هجوما على نقطة تفتيش", "فجر مجهولون عبوة ناسفة
    لدى مرور الموكب". The verb's doer is the event's, as in "مسلحين شنوا هجوما" (a present verb, "يشن", tells a
    habit)."""
    toks = view.toks
    tok = toks[trigger.start]
    if tok.startswith("ال") and _of_series(view, trigger.start):
        tok = tok[2:]  # "شنت مقاتلات تركية سلسلة جديدة من الغارات": the series' strikes are the verb's object
    for v in view.kind("split_verb"):
        if v.end >= trigger.start or tok not in v.payload[0] or v.clitic not in ("", "و", "ف") \
                or "," in toks[v.end:trigger.start] or _present(toks[v.start][len(v.clitic):]):
            continue
        if _opens_clause(view, v.start):
            # (a count may stand before the subject, "وشنت نحو ثلاثين طائرة تركية غارات", and the aircraft's type,
            # a day or a series word between it and the noun: "شنت مقاتلات تركية من طراز اف-16 اليوم سلسلة من الغارات")
            opens = {v.end} | {q.end for q in view.quantities() if q.start == v.end}
            subject = next((a for a in view.kind("actor") if a.start in opens
                            and a.end <= trigger.start and _subject_gap(view, a.end, trigger.start) <= _SUBJECT_TAIL),
                           None)
            if subject is not None and not any(subject.end <= m.start < trigger.start for m in view.kind("trigger")):
                return subject
    return None


def _of_series(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` is the noun after the "من" a series word is followed by, at most a word between ("سلسلة
    جديدة من الغارات", "موجة من الضربات"): the deeds of the series."""
    return i > 1 and view.toks[i - 1] == "من" and view.has("series_noun") \
        and any(s.end < i <= s.end + 2 for s in view.kind("series_noun"))


def _subject_gap(view: SentenceMentions, lo: int, hi: int) -> int:
    """How many words from ``lo`` to ``hi`` (between a verb's subject and its object event noun) are more than a
    day told, a series word with the two words after it ("سلسلة جديدة من", "موجة من") or an aircraft's type ("من
    طراز اف - 16"): the words `_split_object` weighs against `_SUBJECT_TAIL`."""
    if hi - lo <= _SUBJECT_TAIL:
        return hi - lo
    toks = view.toks
    skip = {t for d in view.dates() for t in range(d.start, d.end)}
    for s in view.kind("series_noun"):
        skip.update(range(s.start, min(hi, s.end + 2)))
    for i in range(lo, hi):
        if toks[i] == "طراز":
            skip.update(range(i - 1 if i > lo and toks[i - 1] == "من" else i, min(hi, i + 4)))
    return sum(1 for t in range(lo, hi) if t not in skip)


def _doer_named_after(view: SentenceMentions, trigger: Match, agent: Match) -> bool:
    """Whether ``agent`` is named after the passive ``trigger`` by a word of agency right before it: an
    `agent_marker` (على يد, من قبل) or the fire or bullets it used, with بـ ("برصاص مجهولين", "بنيران القوات"), at most
    `_PASSIVE_DOER_REACH` words past the verb, no comma between; not in a relative clause on a person."""
    if not trigger.end <= agent.start <= trigger.end + _PASSIVE_DOER_REACH or "," in view.toks[trigger.end:agent.start]:
        return False
    if view.has("relative") and any(r.end <= trigger.start <= r.end + 3 for r in view.kind("relative")):
        return False  # "فولي الذي تعرض للإعدام ذبحا على يد التنظيم": what befell a man the news names, recalled
    return any(w.end == agent.start for w in view.kind("agent_marker")) or any(
        m.end == agent.start and m.clitic.endswith("ب") for m in view.kind("trigger"))


def _bare_exposure(view: SentenceMentions, trigger: Match, armed: Callable[[Match], bool]) -> bool:
    """Whether an Arabic bare تعرض ("was exposed to", the verb alone, `came_under`) has no attack told after it: no
    other event word, weapon or armed side within `_ARMED_CUE_REACH` words ("تعرض العراق إلى منخفض جوي", "تعرضت
    الشركة لخسائر"); what it was exposed to is no violence. "تعرضت الدورية إلى إطلاق نار" is told by its fire."""
    t = trigger.start
    if trigger.end - t != 1 or trigger.payload.event_type != "Battles" \
            or view.toks[t].removeprefix("و") not in view.forms("came_under"):
        return False
    reach = range(trigger.end, trigger.end + _ARMED_CUE_REACH + 1)
    return not any(m.start in reach for kind in ("trigger", "weapon_object") for m in view.kind(kind)) \
        and not any(a.start in reach and armed(a) for a in view.kind("actor"))


def _came_under(view: SentenceMentions, trigger: Match, armed: Callable[[Match], bool]) -> bool:
    """Whether an Arabic attack word tells that someone named came under it: the past of تعرض ("was subjected to",
    `came_under`) with the attack noun after it carrying لـ or after إلى, and its subject named, before it ("إن دورية
    تعرضت لهجوم", not after a relative or "that": "التي تعرضت لها", "أنه تعرض") or between ("وتعرض موكب الوزير
    لهجوم"). The same letters are the verbal noun after a word that governs it ("رغم تعرض المدينة لقصف"), no report
    of an attack."""
    toks = view.toks
    forms = view.forms("came_under")
    t = trigger.start

    def past(i: int) -> bool:
        return toks[i].removeprefix("و") in forms

    to = t > 0 and t - 1 in view.bare("to_word")
    # the attack's instrument told with بـ right after it is the word read ("لهجوم بسيارة مفخخة")
    lead = trigger.clitic == "ب" and any(m.end == t and m.clitic in ("ل", "لل") for m in view.kind("trigger"))
    if trigger.end - t > 1 and past(t):
        k = t  # the phrase "تعرضت لهجوم" itself
    elif trigger.clitic in ("ل", "لل") or to or lead:
        k = next((i for i in range(t - 1, max(t - 6, -1), -1) if past(i)), -1)
        if k < 0 or "," in toks[k:t]:
            return False
    else:
        return False
    if trigger.payload.event_type == "Battles" and trigger.end - max(k + 1, t) <= 1 and not any(
            m.start != t and trigger.end <= m.start <= trigger.end + _ARMED_CUE_REACH
            for kind in ("trigger", "weapon_object") for m in view.kind(kind)) and not any(
            trigger.end <= a.start <= trigger.end + _ARMED_CUE_REACH and armed(a) for a in view.kind("actor")):
        # a bare "attack" with no weapon, fire, blast or armed doer told with it is as often words: "وتعرض الرئيس
        # لهجوم من الصحف" ("تعرضت لهجوم من نيران أرضية", "لهجوم مسلح", "لهجوم من جبهة النصرة" are armed)
        return False
    if k != t and t - k - 1 - to - lead > 0:
        # verb, subject, attack: "وتعرض موكب الوزير لهجوم"
        return toks[k].startswith("و") or _opens_clause(view, k)
    if k == 0 or toks[k - 1] in CLAUSE_OPENERS or toks[k].startswith("و"):
        return False  # no subject before it
    before = k - 1
    return toks[before].isalnum() and before not in view.bare("that_word") and before not in view.bare("opening_that") \
        and not any(r.end == k for kind in ("relative", "preposition", "negation") for r in view.kind(kind))


def _opens_clause(view: SentenceMentions, i: int) -> bool:
    """Whether the word at ``i`` opens its clause: first word (after و or ف, carried by the word), after a comma,
    dash or colon, after قد or a conjunction of time (`verb_lead`: عندما, بعدما), or after a `clause_break` (فيما,
    بينما)."""
    return i == 0 or view.toks[i - 1] in CLAUSE_OPENERS or i - 1 in view.bare("verb_particle") \
        or i - 1 in view.bare("verb_lead") \
        or view.has("clause_break") and any(b.end == i for b in view.kind("clause_break")) \
        or i == 2 and _span_lead(view)


# "وقبل ساعات": a span of time opening the sentence, before the news just told ("وبعد ساعات على التفجير" refers to
# an event and is left to `references`)
_SPAN_LEADS = frozenset({"قبل", "وقبل"})


def _span_lead(view: SentenceMentions) -> bool:
    """Whether the sentence opens on a span of time told before or after the news ("وقبل ساعات شنت طائرات تركية
    غارات"): the verb right after it opens its clause as the first word would."""
    return len(view.toks) > 2 and view.toks[0] in _SPAN_LEADS and view.toks[1] in _SPAN_UNITS \
        and view.toks[2] not in ("علي", "من", ",")


_SPAN_UNITS = frozenset({"ساعات", "ساعه", "ساعتين", "دقايق", "دقيقه"})


def _opens_statement(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` opens the sentence or the statement a source reports ("said (that) the strike
    hit ...", "أكد أن الهجوم ..."): a definite event noun there is the subject the rest tells of."""
    if i <= 2:
        return True
    j = i - 1 if view.toks[i - 1] == "the" else i
    return j - 1 in view.bare("that_word") or any(r.end == j for r in view.kind("report_verb"))


# how far after a comparison word ("fewer than the 26 recorded in") the date of the figure compared with may stand
COMPARISON_REACH = 5
# how far past a possessive day ("Saturday's parliamentary election") the event word it dates may stand
POSSESSED_REACH = 5


def comparisons(view: SentenceMentions) -> list[Match]:
    """The sentence's `comparison` words that compare: every English one; an Arabic one only right before a figure
    ("مقابل أحد عشر هجوماً في شباط"), since "مقابل" is also "in exchange for" and "opposite" ("مقابل فدية")."""
    starts = {q.start for q in view.quantities()}
    return [c for c in view.kind("comparison") if view.toks[c.start].isascii() or c.end in starts]


def _prior_spans(view: SentenceMentions) -> list[tuple[int, int]]:
    """Where the earlier events opened by English `prior` background cues ("days after", "since a") are told:
    from each cue's end to its clause's end."""
    return _rest_of_clause(view, [c for c in view.kind("background") if opens_prior(view, c)])


def _retaken_goods(view: SentenceMentions, m: Match) -> bool:
    """Whether retaking noun ``m`` carries a pronoun ("استعادتها") pointing back to money or goods (`goods`) ending
    at most `RETAKEN_GOODS_REACH` words before it in its clause, with no place between."""
    if not view.toks[m.end - 1].endswith(("ها", "ه", "هم")):
        return False
    lo = _clause_of(view, m.start)[0]
    return any(lo <= g.start and m.start - RETAKEN_GOODS_REACH <= g.end <= m.start
               and not any(g.end <= p.start < m.start for p in view.kind("place")) for g in view.kind("goods"))


def _rest_of_clause(view: SentenceMentions, cues: list[Match]) -> list[tuple[int, int]]:
    """From each of ``cues``' end to the end of its clause."""
    return [(c.end, _clause_of(view, c.start)[1]) for c in cues]


def _clause_of(view: SentenceMentions, i: int) -> tuple[int, int]:
    """The clause (`SentenceMentions.clauses`) token ``i`` stands in; the whole sentence if none."""
    return next(((lo, hi) for lo, hi in view.clauses() if lo <= i < hi), (0, len(view.toks)))


def _year_named(view: SentenceMentions, d) -> bool:
    """Whether date span ``d`` names its year: in four digits or by a year-period word right after or in it
    ("العام الماضي")."""
    return _year_told(view, d) or any(
        p.payload.value.startswith("year,") and d.start <= p.start <= d.end for p in view.kind("period"))


def _year_told(view: SentenceMentions, d) -> bool:
    """Whether date span ``d`` is written with its year in four digits ("3 July 2016", not "Aug. 3")."""
    return any(len(t) == 4 and t.isdigit() for t in view.toks[d.start:d.end])


def _year_like(q: QuantitySpan) -> bool:
    """Whether a figure reads as a year (1900 to 2100): "the 2019 attacks" count nothing."""
    return 1900 <= (q.quantity.best or 0) <= 2100


def _vague_figure(view: SentenceMentions, q: QuantitySpan) -> bool:
    """Whether a quantity is told by a vague word ("several", "dozens", "عشرات"), no figure."""
    return any(q.start <= v.start < q.end for v in view.kind("vague"))


def _no_deed_after(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` (a clause opened by a break) hold no event word, no casualty word and no report
    verb (a source speaking there answers for the deed: "في حين أكدت قيادة الشرطة أنها التزمت بضبط النفس")."""
    return not any(lo <= t.start < hi for t in triggers) \
        and not any(lo <= m.start < hi for k in ("fatality", "injury", "report_verb") for m in view.kind(k))


def _other_deed_after(view: SentenceMentions, triggers: list[Match], entry: TriggerEntry, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` (a clause opened by a break) tell an event word of another sub-type than
    ``entry``'s, with no casualty word and no report verb in it (not "فيما تمكن الجنود من قتل ثلاثة من المهاجمين",
    the same fight's dead)."""
    return any(lo <= t.start < hi and t.payload.sub_event_type != entry.sub_event_type for t in triggers) \
        and not any(lo <= m.start < hi for k in ("fatality", "injury", "killing", "report_verb") for m in view.kind(k))


def _toll_then_wounded(view: SentenceMentions, triggers: list[Match], lo: int, cut: Match) -> bool:
    """Whether the words before clause break ``cut`` (فيما, بينما) from ``lo`` tell only a bare toll (plain killing
    words) and the clause it opens starts on a wounding word: "قتل شخصان فيما أصيب سبعة آخرون في انفجار عبوة" (the
    dead and the wounded of the one deed told after)."""
    if not view.has("injury") or not any(i.start == cut.end for i in view.kind("injury")):
        return False
    hurt = casualty_starts(view)
    before = [t for t in triggers if lo <= t.start < cut.start]
    return bool(before) and all(_plain_toll_word(t, hurt) for t in before)


def _plain_toll_word(m: Match, hurt: frozenset[int]) -> bool:
    """Whether an event word is a plain killing or casualty word that tells a toll (a weak "Attack" word, or a
    weakest word standing on a fatality or injury word, whose starts are ``hurt``)."""
    return m.payload.sub_event_type == "Attack" and m.payload.weight <= 2 or m.payload.weight == 1 and m.start in hurt


def _armed_dead(kind2: str | None, fatalities) -> bool:
    """Whether the side hit (of kind ``kind2``) is armed and its dead are counted, one or more: fighting."""
    return kind2 in _STATE_OR_ARMED and _toll_counts(fatalities)


def _counted_toll(fatalities, injured) -> bool:
    """Whether a figure counts the dead or the wounded (each ``(QuantitySpan, Match)`` or None)."""
    return _toll_counts(fatalities) or _toll_counts(injured)


def _toll_counts(toll) -> bool:
    """Whether a toll (``(QuantitySpan, Match)`` or None) counts one person or more (`counted`: a nil toll counts no
    one)."""
    return counted(toll and toll[0].quantity)


def _only_the_condition(view: SentenceMentions, triggers: list[Match], lo: int) -> bool:
    """Whether all the event words of an English clause stand in the condition of a threat the sentence told before it
    with a modal ("warned that his troops would storm positions ... if the armed group did not withdraw from
    checkpoints"): the condition is no event, and the threatened deed was told with no event word."""
    if not view.has("conditional") or not view.has("modal") or not view.toks[triggers[0].start].isascii():
        return False
    first = min((c.start for c in view.kind("conditional") if c.start >= lo), default=None)
    return first is not None and all(m.start > first for m in triggers) \
        and any(m.end <= first and view.toks[m.start] != "if" and m.payload.value != "warning" for m in view.kind("modal"))


def _unconditioned(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> list[Match]:
    """The event words of clause ``lo``..``hi`` that may stand for it: not those told in a condition (after
    `conditional`: إذا, في حال, if) when an event word stands before it ("قد تستهدف الفصائل المصالح الأمريكية إذا
    تكررت الضربات", "would resume strikes on U.S. bases if Washington continued its raids"): the condition is not the
    event threatened or planned."""
    if not view.has("conditional"):
        return triggers
    first = min((c.start for c in view.kind("conditional") if lo <= c.start < hi), default=None)
    if first is None:
        return triggers
    return [m for m in triggers if m.start < first] or triggers


def _flown(best: Match, triggers: list[Match], words: list[Match], view: SentenceMentions) -> Match:
    """An Arabic shelling verb whose subject is an aircraft told just before it ("أن طائرة تابعة له قصفت مجموعة من
    المسلحين كانوا يطلقون قذائف صاروخية", "طائرة من دون طيار قصفت"): the bombing is an air strike, told by that verb
    rather than by the rockets or bombs it names beside (the verb before the aircraft, "قصفت طائرة", is a trigger of
    its own). In English, a bombing, bomb or missile word an aircraft stands just before ("aircraft had bombed",
    "aircraft dropped a bomb", "a U.S. helicopter fired a missile")."""
    english = best.payload.lang != "ar"
    # (Arabic: the aircraft's owner may stand between, "أن طائرات القوة الجوية العراقية قصفت تجمعات", "طائرات التحالف
    # الدولي قصفت": an actor right after the aircraft word, ending at most a word before the verb)
    owners = view.kind("actor") if not english else ()

    def subject_gap(m: Match, start: int) -> bool:
        """Whether aircraft word ``m`` stands just before ``start``, or its owner does."""
        return 0 <= start - m.end <= AIRCRAFT_SUBJECT_GAP or any(
            a.start == m.end and 0 <= start - a.end <= 1 for a in owners)

    if best.payload.event_type != "Explosions/Remote violence":
        # "قالت مصادر إن طائرات تركية مقاتلة هاجمت معسكرات الحزب": an Arabic attack verb whose subject is an
        # aircraft told just before it is a strike from the air, not a ground fight
        if english or best.payload.sub_event_type != "Armed clash" or best.payload.voice != "active" or not any(
                m.payload.sub_event_type == "Air/drone strike" and m.payload.voice == "noun"
                and subject_gap(m, best.start) for m in words):
            return best
        return best._replace(payload=dataclasses.replace(best.payload, event_type="Explosions/Remote violence",
                                                         sub_event_type="Air/drone strike"))
    if not english and best.payload.sub_event_type == "Shelling/artillery/missile attack" \
            and best.payload.voice == "noun" and any(
                m.payload.sub_event_type == "Air/drone strike" and m.payload.voice == "noun"
                and 1 <= m.start - best.end <= AIRCRAFT_DOER_GAP for m in words):
        # "القصف الذي نفذته طائرة مسيرة تركية": a bombardment noun whose doer, told after it, is an aircraft is
        # an air strike
        return best._replace(payload=dataclasses.replace(best.payload, sub_event_type="Air/drone strike"))
    verb = next((v for v in triggers if _aircraft_deed(v, english) and any(
        m.payload.sub_event_type == "Air/drone strike" and m.payload.voice == "noun"
        and subject_gap(m, v.start) for m in words)), None)
    if verb is None:
        return best
    return verb._replace(payload=dataclasses.replace(verb.payload, event_type="Explosions/Remote violence",
                                                     sub_event_type="Air/drone strike"))


def _aircraft_deed(v: Match, english: bool) -> bool:
    """Whether event word ``v`` may tell what an aircraft told just before it did (see `_flown`)."""
    sub, voice = v.payload.sub_event_type, v.payload.voice
    if english:
        # the bombing or the bomb it dropped ("had bombed a PMF position", "dropped a bomb": no roadside bomb), or
        # the missile or rockets it fired ("fired two rockets": no ground-launched missile)
        return sub == "Remote explosive/landmine/IED" or sub == "Shelling/artillery/missile attack" and voice == "active"
    # the verb, or its noun with ب, what an aircraft is accused of: "اتهم ... مروحية بريطانية بقصف منزل"
    return sub == "Shelling/artillery/missile attack" and (
        voice == "active" or voice == "noun" and v.clitic.startswith("ب"))


# the weapons a ground assault may be fought with beside small arms; a mortar or artillery round stays a shelling
_ASSAULT_WEAPONS = {"Shelling/artillery/missile attack", "Grenade"}
# words between the two weapons: the weapon noun's adjective ("بالقذائف الصاروخية والأسلحة الرشاشة")
ASSAULT_WEAPON_GAP = 1


def _looted(view: SentenceMentions, m: Match) -> Match:
    """A seizing word of ground taken whose object is goods (`goods` up to `GOODS_REACH` words after it, no place
    or person between, as in "seized the men and 200 sheep", where the men taken lead: "استولوا على نحو ستين رأساً
    من الأغنام", "seized their cars"): livestock, cars or money carried off are looting, no territory taken; a weak
    word (weight 1) beside the killing or abduction told with it."""
    sub = m.payload.sub_event_type
    if sub not in ("Non-state actor overtakes territory", "Abduction/forced disappearance") \
            or m.payload.voice == "passive":
        return m
    # (a leading-away word's object is what was taken: "اقتادوا القطيع" led the flock off, no one abducted; the
    # goods must stand right after it, as "اقتادوا الرعاة وأغنامهم" took the men)
    reach = GOODS_REACH if sub == "Non-state actor overtakes territory" else ABDUCTED_GOODS_REACH
    goods = next((g for g in view.kind("goods") if m.end <= g.start <= m.end + reach), None)
    if goods is None or any(m.end <= p.start < goods.start for k in ("place", "person") for p in view.kind(k)):
        return m
    return m._replace(payload=dataclasses.replace(m.payload, event_type="Strategic developments",
                                                  sub_event_type="Looting/property destruction", weight=1))


def _small_arms_assault(view: SentenceMentions, best: Match) -> Match:
    """A rocket or grenade noun coordinated with small arms (`small_arms`: "هاجم مسلحون مركزاً للشرطة بالقذائف
    الصاروخية والأسلحة الرشاشة", "هاجمت النقطة بالأسلحة الخفيفة والقنابل اليدوية"): men who fire both at a post
    are at it, an armed clash as ACLED codes such an assault, not a shelling or a grenade thrown. The weapon noun
    stays the trigger, typed as the clash."""
    if best.payload.voice != "noun" or best.payload.sub_event_type not in _ASSAULT_WEAPONS \
            or not view.has("small_arms"):
        return best
    if not any(0 <= best.start - a.end <= ASSAULT_WEAPON_GAP or 0 <= a.start - best.end <= ASSAULT_WEAPON_GAP
               for a in view.kind("small_arms")):
        return best
    return best._replace(payload=dataclasses.replace(best.payload, event_type="Battles", sub_event_type="Armed clash"))


def _fight_of_raid(view: SentenceMentions, triggers: list[Match]) -> list[Match]:
    """Without the arrest words right after a cause word (`cause_link`) that follows a clash word of the clause:
    "اندلعت اشتباكات بين قوة من الشرطة ومسلحين إثر عملية دهم" (the raid set off the fight; the fight is the event,
    the raid its start, no arrest told)."""
    started = [m for m in triggers if m.payload.sub_event_type == "Arrests"
               and any(c.end == m.start for c in view.kind("cause_link"))
               and any(t.payload.sub_event_type == "Armed clash" and t.end <= m.start for t in triggers)]
    return [m for m in triggers if m not in started] if started else triggers


def _pluperfect_cue(view: SentenceMentions, best: Match) -> Match | None:
    """The Arabic pluperfect cue (`background` `pluperfect`: كان قد) right before event word ``best``."""
    return next((c for c in view.kind("background") if c.payload.value == "pluperfect" and c.end == best.start), None)


def _arrest_before_plan(view: SentenceMentions, triggers: list[Match], best: Match) -> Match | None:
    """The arrest word told before a plan word (`future`: تخطط، يخططون) that stands right before the clause's
    main event word ``best``: "اعتقال خلية ... كانت تخطط لتفجير عبوات" (the arrest, and the planned bombing)."""
    plans = _plan_words(view, best)
    return next((m for m in triggers if m.payload.sub_event_type == "Arrests"
                 and any(m.end <= f.start for f in plans)), None) if plans else None


def _concurrent_plan(view: SentenceMentions, triggers: list[Match], best: Match,
                     hi: int) -> tuple[int, int, Match, list[Match]] | None:
    """The clause part after a `concurrent_frame` cue that stands after event word ``best`` ("The attack came as
    the cleric urged his followers to join a march on Friday"), as a clause of its own with its strongest event
    word, when a call, modal or plan word (`modal`, `future`) stands between the cue and that word: the plan told
    beside the news. A deed told there with no such word ("came as protesters rallied") is left to the frame."""
    cue = next((c for c in view.kind("concurrent_frame") if best.end <= c.start < hi), None)
    if cue is None:
        return None
    later = [m for m in triggers if m.start >= cue.end]
    if not later:
        return None
    plan = max(later, key=_rank)
    if not any(cue.end <= w.start and w.end <= plan.start for k in ("modal", "future") for w in view.kind(k)):
        return None
    return cue.end, hi, plan, later


def _plan_words(view: SentenceMentions, best: Match) -> list[Match]:
    """The plan words (`future`) that stand right before event word ``best`` (one word may stand between)."""
    return [f for f in view.kind("future") if f.end <= best.start <= f.end + 1]


def _plotters(view: SentenceMentions, triggers: list[Match], best: Match) -> Match | None:
    """The party arrested before the plan word that tells event word ``best`` (`_arrest_before_plan`): the last
    actor between the arrest word and the plan word ("اعتقال خلية تابعة لتنظيم داعش مكونة من أربعة عناصر كانت
    تخطط لتفجير"), who planned the deed."""
    held = _arrest_before_plan(view, triggers, best)
    if held is None:
        return None
    plans = _plan_words(view, best)
    return next((a for a in reversed(view.kind("actor")) if held.end <= a.start and any(a.end <= f.start
                                                                                        for f in plans)), None)


def _seizure_of(view: SentenceMentions, weapon: Match, triggers: list[Match]) -> Match | None:
    """The seizing word that governs explosive weapon noun ``weapon`` (a seizing event word, or a `find_verb` read
    as a seizure, right before it within `SEIZED_REACH`), if any."""
    seizing = next((m for m in triggers if m.payload.sub_event_type == "Disrupted weapons use"
                    and m.payload.voice != "noun" and seizes_weapon(m, weapon)), None)
    if seizing is None and view.has("find_verb"):
        found = next((f for f in view.kind("find_verb") if seizes_weapon(f, weapon) and not finds_nothing(view, f)),
                     None)
        seizing = found_as_seizure(view, found) if found is not None else None
    return seizing


def _seized_before(view: SentenceMentions, told, all_triggers: list[Match]):
    """`_sentence_events`' told, with the weapon nouns a postposed English seizing verb (`seized_after`: "were
    seized", "was found") governs read as that seizure (`weapons_before` it)."""
    taken: set[int] = set()
    local = None
    for s in view.kind("seized_after"):
        weapons = weapons_before(all_triggers, s.start)
        if weapons:
            taken.update(w.start for w in weapons)
            local = local or found_as_seizure(view, s)
    if local is None:
        return told
    return [(t[0], t[1], local, t[3]) if t[2].start in taken else t for t in told]


def _grenade_fight(grenade: Match, triggers: list[Match], all_triggers: list[Match]) -> Match:
    """The clash a grenade word is the weapon of, else the grenade: "opened fire with rifles and threw a grenade"
    (a strong active clash verb of its clause); "هاجموا الموقع بالأسلحة الخفيفة والقنابل اليدوية، ودارت اشتباكات"
    (a sentence that also tells clashes by a noun: the first clash word of any weight tells the fight)."""
    verb = next((m for m in triggers if m.payload.sub_event_type == "Armed clash" and m.payload.weight >= 3
                 and m.payload.voice == "active"), None)
    if verb is not None:
        return verb
    # (an attack noun right before the grenade word is the grenade attack itself: "ارتفعت حصيلة الهجوم بقنبلة
    # يدوية", no fight the grenade was thrown in)
    clashes = [m for m in all_triggers if m.payload.sub_event_type == "Armed clash" and m.payload.weight >= 2
               and not (m.payload.voice == "noun" and m.end == grenade.start)]
    return clashes[0] if any(m.payload.voice == "noun" for m in clashes) else grenade


def _provided(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event noun ``m`` is what an agreement or law provides for (`provision` up to
    `PROVISION_REACH` words before it: "وتنص الاتفاقية على انسحاب القوات القتالية من المدن"): no event."""
    return view.has("provision") and m.payload.voice == "noun" and any(
        p.end <= m.start <= p.end + PROVISION_REACH for p in view.kind("provision"))


def _people_taken(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an English weak seizing word is followed (past "of" and a figure, with its bracketed digits: "capture
    of seven (7) terrorists") by people: a `person` or `hostile_noun` word (men, militants, terrorists)."""
    toks, i = view.toks, trigger.end
    if i < len(toks) and i in view.bare("of_word"):
        i += 1
    q = next((q for q in view.quantities() if q.start == i), None)
    if q is None:
        return False
    i = q.end
    if toks[i:i + 1] == ("(",) and toks[i + 2:i + 3] == (")",):
        i += 3
    return any(m.start == i for k in ("person", "hostile_noun") for m in view.kind(k))


def _held_with_arms(triggers: list[Match], best: Match) -> Match:
    """The arrest verb of a clause that also tells weapons seized ("تدخلت قوة أمنية واعتقلت خمسة من المتورطين
    وضبطت أسلحة متوسطة"): one raid, coded as the arrest (as `merge._find_and_arrest` keeps it), though the seizure's
    word weighs more. Else ``best``, the seizure."""
    return next((m for m in triggers if m.payload.sub_event_type == "Arrests" and m.payload.voice == "active"
                 and m.payload.weight >= 2 and m.start < best.start), best)


# the kinds of word that may carry a day a sentence hands on to the sentences after it (`_remember`; one C test of
# the sentence's kinds, asked of every sentence)
_DAY_WORDS = ("day_offset", "month", "weekday", "period", "ago_unit")
# the kinds of word that may open a date a clause is dated by (`_date`, asked for every event word)
_CLAUSE_DATE_WORDS = _DAY_WORDS + ("hijri_month", "year_word", "ordinal")


def _riot_met_with_force(triggers: list[Match], best: Match) -> Match:
    """The riot word of the clause over the force used on its crowd: "أطلقت قوات الأسايش النار لتفريق محتجين أضرموا
    النيران في مقرات الأحزاب", "fired on protesters who were setting fire to the building": force used on a crowd
    told as rioting in the clause is the violent demonstration (ACLED), as it is when told in its own clause
    (`merge._riots_met_with_force`); excessive force is force used on a peaceful crowd."""
    if best.payload.sub_event_type not in FORCE_ON_CROWD:
        return best
    # (a verb of the crowd's deed: "حاولوا اقتحام المبنى", an attempt told by a verbal noun, is not yet a riot)
    return next((m for m in triggers if m.start > best.start and m.payload.sub_event_type == "Violent demonstration"
                 and m.payload.voice == "active"), best)


def _spread_plural(view: SentenceMentions, m: Match, places: list[PlaceMention]) -> bool:
    """Whether Arabic event noun ``m`` is attacks in the plural (`attack_plural`) told over places of two
    governorates or more in its clause, with no day told there ("ردّت واشنطن بضربات دقيقة استهدفت قادة ميدانيين في
    بغداد وبابل والأنبار"): a summary of many deeds, no one event (one of them told after it is)."""
    if m.payload.voice != "noun" or not any(a.start <= m.start < a.end for a in view.kind("attack_plural")):
        return False
    lo, hi = _clause_of(view, m.start)
    codes = {p.entry.admin1_code for p in places if lo <= p.match.start < hi and p.entry.level != "country"}
    return len(codes) > 1 and not any(lo <= d.start < hi for d in view.dates())


def _defence_interceptions(view: SentenceMentions, told: list) -> list[Match]:
    """The words of shooting down or intercepting (`interception`) of a sentence that tells air defence doing it (an
    `interception` word of value defence: "أسقطت منظومة الدفاع الجوي طائرة مسيرة مفخخة كانت متجهة نحو مطار أربيل")
    and a drone, rocket or missile among the triggers of ``told``; else none (fighters who "shot down a helicopter"
    in a clash: no air defence, the clash stays)."""
    words = view.kind("interception")
    if not any(w.payload.value == "defence" for w in words) \
            or not any(m.payload.sub_event_type in TWO_WEAPONS for t in told for m in t[3]):
        return []
    return [w for w in words if w.payload.value != "defence"]


def _passive_defender(view: SentenceMentions, evidence, span) -> bool:
    """Whether the English actor told by ``evidence`` owns the air defence (`air_defence`), in a sentence telling an
    interception, that is the agent of a passive after "by": "brought down by air defences of the coalition", "shot down by
    coalition air defences"."""
    if evidence is None or not view.toks[0].isascii():
        return False
    actor = next((a for a in view.kind("actor") if span(view, a.start, a.end).start == evidence.start), None)
    if actor is None:
        return False
    if not view.has("interception"):
        return False
    for d in view.kind("air_defence"):
        if d.start > 0 and view.toks[d.start - 1] == "by" and d.end <= actor.start <= d.end + 3:
            return True
        if actor.start > 0 and view.toks[actor.start - 1] == "by" and actor.end == d.start:
            return True
    return False


def _intercepted_used(told: list, stops: set[int]) -> list:
    """``told`` less the words of air defence shooting down the weapon (Disrupted weapons use triggers starting at
    ``stops``, `_defence_interceptions`): the sentence tells the drone attack (the gold files code the attack, never
    the interception); the weapon is no weapon seized."""

    def stop(m: Match) -> bool:
        return m.start in stops and m.payload.sub_event_type == "Disrupted weapons use"

    return [(lo, hi, t, [m for m in ts if not stop(m)]) for lo, hi, t, ts in told if not stop(t)]


def _rank(m: Match) -> tuple[int, int]:
    """How telling a trigger is: its weight, then how specific its sub-event type is."""
    return m.payload.weight, SPECIFICITY.get(m.payload.sub_event_type, 3)


def _stable_id(prefix: str, article_id: str, offset: int, kind: str) -> str:
    """An id that is the same on every run: ``prefix`` and a hash of the article, the offset and the kind."""
    digest = hashlib.sha1(f"{article_id}|{offset}|{kind}".encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def _vague_range(view: SentenceMentions, toll) -> Quantity | None:
    """A toll told only by a vague word of tens or more ("عشرات القتلى", "killed dozens"): a range with no best
    figure (the text gives no number; the best of `vague` stays for tallies and crowds)."""
    if not toll:
        return None
    q = toll[0].quantity
    if q.high is not None and q.low is not None and q.high > q.low and q.low >= 20 and _vague_figure(view, toll[0]):
        return Quantity(q.low, None, q.high)
    return q


def _frame_subject(view: SentenceMentions, i: int) -> bool:
    """Whether the event noun at token ``i`` is the subject right after a frame verb opening the sentence
    (`background` of value frame or frame_after: "ويأتي الهجوم قبل أيام من الانتخابات", "ويصادف التفجير ذكرى
    ..."): the sentence sets the event just told against something else, whose day and status are not the
    event's; it points back like a demonstrative and tells no new one."""
    return i > 0 and view.has("background") and any(
        m.start == 0 and m.end == i and m.payload.value in ("frame", "frame_after") for m in view.kind("background"))


def _pronoun_ordinal(view: SentenceMentions, i: int) -> bool:
    """Whether the event noun at token ``i`` follows an ordinal or superlative (`definite_modifier`) right after
    هو/هي opening the sentence: "وهو أول هجوم من نوعه منذ ...", "وهي ثاني عملية خلال أسبوع" characterise the
    event just told, like a demonstrative ("هذا الهجوم"); they tell no new one."""
    return i > 1 and view.has("focus_pronoun") and view.has("definite_modifier") and any(
        d.end == i and any(p.start == 0 and p.end == d.start for p in view.kind("focus_pronoun"))
        for d in view.kind("definite_modifier"))


def _side_of_country(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic country ``m`` follows one word of where that itself follows "in" or carries ب ("في شمال
    العراق", "بجنوب تركيا"): a region of that country is where the clause's event happened, as "في العراق" is."""
    if not view.has("place_word"):
        return False
    w = next((w for w in view.kind("place_word") if w.end == m.start and w.end - w.start == 1), None)
    # (or a compass side, `side`, right after the name of a site the gazetteer lacks: "على معسكر زاركلي شمال العراق")
    return w is not None and (w.clitic.endswith("ب") or any(x.end == w.start for x in view.kind("locative"))
                              or w.payload.value == "side" and not any(x.end == w.start and x.payload.value == "side"
                                                                        for x in view.kind("place_word")))


def _whole_period(when: DateRange | None) -> bool:
    """Whether ``when`` is a whole week, month or year, no day (the summaries `_period_series`, `_plural_over_a_period`)."""
    return when is not None and when.precision in _WHOLE_PERIODS


def _period_series(view: SentenceMentions, trigger: Match, when: DateRange | None) -> bool:
    """An event noun right after a `series_noun` ("مجموعة هجمات", "a spate of attacks") dated only by a whole week,
    month or year ("شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية"): a summary of many events, none told."""
    return trigger.payload.voice == "noun" and _whole_period(when) \
        and view.has("series_noun") and any(s.end == trigger.start for s in view.kind("series_noun"))


def _share_taken(view: SentenceMentions, trigger: Match) -> bool:
    """A word of ground taken or regained with a share of an area right after it ("تمكنت قواتنا من تحرير 95 في
    المائة من الأراضي", "retook 80 percent of the province"): a campaign's running tally, no event of one day."""
    return trigger.payload.sub_event_type in TERRITORY_TYPES and view.has("percent") \
        and any(trigger.end < m.start <= trigger.end + 3 for m in view.kind("percent"))


def _plural_over_a_period(view: SentenceMentions, trigger: Match, when: DateRange | None) -> bool:
    """A plural event word (`attack_plural`: "شنت غارات", "هجمات") dated only by a whole week, month or year ("وشنت
    غارات بدورها على التنظيم هذا الأسبوع"): the raids of a period summed up, no one event (the caller asks that no
    town or district and no toll be told with it)."""
    return _whole_period(when) and view.has("attack_plural") \
        and any(trigger.start <= p.start < trigger.end for p in view.kind("attack_plural"))


def _seizes_people(view: SentenceMentions, trigger: Match) -> bool:
    """Whether a cell, a network or men wanted (`seized_people`) follow the Arabic seizing verb ``trigger`` within
    `SEIZED_REACH` words, no weapon noun nor comma between: the verb arrests them."""
    if not view.has("seized_people"):
        return False
    return any(trigger.end <= p.start <= trigger.end + SEIZED_REACH and "," not in view.toks[trigger.end:p.start]
               and not any(trigger.end <= w.start < p.start and weapon_noun(w) for w in view.kind("trigger"))
               for p in view.kind("seized_people"))


def _own_name_word(name_ar: str | None, tok: str) -> bool:
    """Whether folded token ``tok`` is a word of an actor's canonical Arabic name ``name_ar``."""
    return bool(name_ar) and tok in {fold_word(w) for w in name_ar.split()}


# how many words a protest word may stand before the ضد or على that names what the crowd is against ("تظاهر
# مئات الطلاب أمس في عمان ضد الغارات")
PROTEST_OBJECT_REACH = 8


def protested_against(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether Arabic violent event noun ``m`` is what a protest word before it is against: right after ضد or
    على, a protest or riot word up to eight words before, no other event word between."""
    if m.payload.voice != "noun" or m.payload.event_type not in VIOLENT_TYPES or m.clitic or m.start == 0 \
            or view.toks[m.start - 1] not in ("ضد", "على"):
        return False
    protests = [w for w in words if w.payload.event_type in ("Protests", "Riots") and w.end < m.start]
    return any(m.start - 1 - w.end <= PROTEST_OBJECT_REACH and not any(
        w.end <= o.start < m.start for o in words if o is not w) for w in protests)

