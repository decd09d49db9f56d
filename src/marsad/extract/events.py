"""Events and claims assembled clause by clause from a sentence's mentions."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..knowledge.lexicon import (
    CROWD_KINDS,
    DEMONSTRATION_TYPES,
    FORCE_ON_CROWD,
    NON_STATE_ARMED,
    STATE_SIDE,
    TERRITORY_TYPES,
    VIOLENT_TYPES,
    Knowledge,
    TriggerEntry,
)
from ..knowledge.matcher import Match
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
)
from ..resolve.places import HEADLINE_LABEL, PlaceMention, dateline_line, governorate_seat, location_of, places_in
from ..text.dates import DateSpan
from ..text.normalize import Folded, fold_word
from ..text.numbers import QuantitySpan
from .clause_actors import ActorsMixin
from .clause_cues import (
    armed_dead,
    arrest_before_plan,
    aside_before,
    bare_exposure,
    bombs_counted_detonated,
    called_second,
    came_under,
    clauses_of,
    recalled_clause_at,
    coming_date,
    concurrent_plan,
    counted_toll,
    countries_swept,
    counts_recent_days,
    crowd_after_verb,
    crowd_counted,
    dated_between,
    deed_before_break,
    defence_interceptions,
    fire_on_bomb,
    doer_named_after,
    execution_of_kin,
    execution_word,
    executed_by_blast,
    fight_of_raid,
    finder,
    firm_count,
    first_past,
    flown,
    frame_subject,
    grenade_fight,
    held_with_arms,
    homograph_verb,
    joined_elsewhere,
    later_deed,
    looted,
    means_weapon,
    modal_between,
    named_as,
    news_after,
    deed_after_day_cue,
    no_deed_after,
    only_the_condition,
    opens_on_place,
    operation_yield,
    other_deed_after,
    own_name_word,
    participle_compound,
    passive_defender,
    people_taken,
    period_series,
    placed_at_opening,
    plain_toll_word,
    arrested_plotters,
    pluperfect_cue,
    plural_over_a_period,
    prior_spans,
    protested_in_words,
    pronoun_ordinal,
    provided,
    rank,
    reduced_passive,
    rest_of_clause,
    retaken_goods,
    riot_met_with_force,
    second_one,
    seized_before,
    seizes_people,
    seizure_of,
    share_of_counted,
    share_taken,
    small_arms_assault,
    span_lead,
    speaker_that,
    split_object,
    spread_plural,
    stable_id,
    threatened_with,
    told_after,
    told_before_denial,
    told_in_full,
    told_in_its_clause,
    toll_counts,
    toll_then_wounded,
    tolls_upto,
    town_lists,
    unconditioned,
    vague_figure,
    vague_range,
    war_toll,
    warned_deed,
    without_words,
    year_like,
    year_on,
    year_told,
    comparisons,
    protested_against,
)
from .clause_dates import DatesMixin
from .clause_history import HistoryMixin
from .clause_places import PlacesMixin
from .clause_speakers import SpeakersMixin
from .clause_tallies import TalliesMixin
from .clauses import clauses_joined
from .context import ArticleContext, government_positions
from .mentions import GOVERNMENT, SentenceMentions, longest
from .merge import STATE_UMBRELLAS, TWO_WEAPONS, MergeHints, as_side_hit, is_definite
from .objects import class_after, clause_after, objects_of_doing, victim_after
from .reading import TriggerReading
from .reaches import (
    AR_CAME_AS,
    BACKGROUND_GAP,
    DRILL_FIRE,
    DRILL_SCENE,
    FIGHTING_TYPES,
    FIRED_REACH,
    FOUND_OR_HELD,
    GOVERNMENT_KINDS,
    OPENING_PLACE,
    PLUPERFECT_QAD,
    POSTURE,
    RESPONSE_REACH,
    SOUND_REACH,
    STATE_OR_ARMED,
    STREET_BLASTS,
    WHOLE_PERIODS,
    ACCIDENT_SUBJECT_REACH,
    AIR_FIRE_REACH,
    ARSENAL_REACH,
    BREAKDOWN_TOLL,
    CASUALTY_NOUN_REACH,
    CELEBRATION_REACH,
    CITE_REACH,
    CIVIL_RELEASE_REACH,
    COMPARISON_REACH,
    CONTRAST_REPORT_REACH,
    DISPOSAL_CLAUSE_REACH,
    DISPOSAL_REACH,
    SEIZED_THING_REACH,
    EXECUTED_REACH,
    FOILED_MEANS_REACH,
    FRESH_DAYS,
    GLOSS_REACH,
    HABIT_REACH,
    HOSTILE_OBJECT_REACH,
    INTERCEPTED_GOODS_REACH,
    INTERCEPTED_REACH,
    LANDMARK_REACH,
    LAUNCHED_SUBJECT_REACH,
    MEANS_REACH,
    NEGATED_REACH,
    PARTICIPATION_REACH,
    PREPARED_REACH,
    REPEAT_REACH,
    RESPONSIBLE_REACH,
    RESULT_REACH,
    RIOT_OVERRUN_SENTENCES,
    RUMOUR_DENIED_REACH,
    TALLY_ITEMS,
    THREAT_REACH,
    TREND_REACH,
    TRUCE_END_REACH,
    UNDER_FIRE_REACH,
    WEAR_REACH,
    WHERE_REACH,
)
from .references import (
    accused_deed,
    bare_plural,
    blamed_for,
    charged,
    charged_with,
    consented_to,
    continued,
    dated_after_indefinite,
    dated_in_relative,
    free_relatives,
    freed_captive_participle,
    generic,
    in_relative_clause,
    instrument,
    joined_to_blocked,
    listed_under_blocked,
    linked,
    modifier,
    month_name,
    reacted_to,
    confirmed_told,
    reaction_told,
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
    STATE_ACTIONS,
    assign_roles,
    attach_casualties,
    blamed,
    casualty_cues,
    casualty_starts,
    fired_on_people,
    goods_lost,
    victim_of_other_deed,
    carried_out,
    dead_side,
    spared_after,
    state_subject,
)
from .seizures import (
    as_seizure,
    contained_weapons,
    counted_find,
    dated_reach,
    finds_nothing,
    found_as_seizure,
    found_passive,
    person_seized,
    seized_someone,
    seizes_weapon,
    weapon_after,
    weapon_right_after,
    weapon_noun,
)
from .speech import says_that, speaking_bodies
from .status import BACKGROUND, _age, _arabic_modal_qad, _role_denied, opens_prior, stale, status_of
from .timing import live_entry, next_weekday, time_clause_of
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


# how far after a verb of saying the day of the saying may stand: "وقال المدعي العام الاثنين إن"
TELLING_DAY_REACH = 4
# how many events of earlier sentences the extractor keeps (`recent`) for toll updates to find theirs
RECENT_KEPT = 8


def _telling_day(view: SentenceMentions, d: DateSpan) -> bool:
    """Whether Arabic date ``d`` is the day a report was made: right after its verb of saying, a few words on,
    and before the first event word ("وقال المدعي العام الاثنين إن ..."), no day of a deed."""
    return not view.toks[d.start].isascii() and view.has("report_verb") and any(
        r.end <= d.start <= r.end + TELLING_DAY_REACH for r in view.kind("report_verb")) and not any(
        t.start < d.start for t in view.kind("trigger"))

# how far after a rape word an abstract noun may stand and make it figurative: "اغتصاب آخر حصن من حصون الديمقراطية"
ABSTRACT_OBJECT_REACH = 6
# how far after an English word of putting to death a plan, an order or a phase may stand as its object and make it
# the carrying out of that: "executed the second phase", "execute a new plan"
TASK_REACH = 3

def _beating_word(form: str) -> bool:
    """Whether a mob-violence trigger form is a beating word (ضرب، انهالوا بالضرب، اعتدوا بالضرب، السحل), not a brawl."""
    return any(stem in form for stem in ("ضرب", "انهال", "اعتد", "سحل"))


# the event types whose blasts or fire may set fields and houses burning (a passive "were set on fire" beside them)
_STRIKE_TYPES = ("Explosions/Remote violence", "Battles")


# the past verbs of launching or carrying out an operation, and how many words before the purposed noun they stand
LAUNCH_VERBS = frozenset(("نفذت", "نفذ", "بدات", "بدا", "اطلقت", "اطلق", "شنت", "شن", "انطلقت", "باشرت"))
LAUNCH_REACH = 12


def _list_end(view: SentenceMentions, at: int) -> int:
    """Where a list of weapons told from ``at`` ends: its first comma within `ARSENAL_REACH` words, else that reach
    (what is held, "تمتلك قاذفات وقذائف هاون", or moved, "بنقل العديد من الأسلحة والعتاد")."""
    return next((i for i in range(at, min(at + ARSENAL_REACH, len(view.toks))) if view.toks[i] == ","),
                at + ARSENAL_REACH)


def _launched(view: SentenceMentions, at: int) -> bool:
    """Whether a past verb of launching or carrying out an operation ("نفذت", "شنت") stands shortly before ``at``."""
    return any(fold_word(t).lstrip("و") in LAUNCH_VERBS for t in view.toks[max(0, at - LAUNCH_REACH):at])


# the English words for whoever may do a thing, the subject of a rule's threat ("anyone caught leaving would be shot")
ANYONE_WORDS = frozenset(("anyone", "anybody", "whoever", "everyone"))
# how many words before a passive event word such a subject and its "would be" may stand
ANYONE_REACH = 8


def _anyone_would_be(toks: Sequence[str], at: int) -> bool:
    """Whether the English event word at ``at`` follows "would be"/"will be" whose subject is whoever may do a
    thing ("anyone caught leaving would be shot", "whoever collaborates will be killed"), no comma between."""
    if at < 2 or toks[at - 1] != "be" or toks[at - 2] not in ("would", "will", "could", "might"):
        return False
    for i in range(at - 3, max(at - 3 - ANYONE_REACH, -1), -1):
        if toks[i] in (",", ".", ";"):
            return False
        if toks[i] in ANYONE_WORDS:
            return True
    return False


# Arabic words of a moment (folded) after which a definite event word names the deed as a known one: "فجر يوم
# التفجير", "ليلة الهجوم", "لحظة الانفجار" (the day or hour of the bombing, told as a time, no deed told again)
_MOMENT_WORDS = frozenset({"يوم", "ليله", "ساعه", "لحظه", "وقت", "صبيحه", "عشيه"})


def _moment_of(view: SentenceMentions, trigger: Match) -> bool:
    """Whether definite Arabic event word ``trigger`` (no proclitic) is the second term after a moment word, "يوم
    التفجير": the time of a known deed."""
    if trigger.start == 0 or trigger.clitic or not view.toks[trigger.start].startswith("ال"):
        return False
    before = view.toks[trigger.start - 1]
    return before in _MOMENT_WORDS or before[:1] in ("و", "ف", "ب", "ل") and before[1:] in _MOMENT_WORDS


# how many words after a strewn word ("مليئة بالعبوات الناسفة والسيارات الملغومة") the bombs it holds may reach
_STREWN_REACH = 5

# "تفجير مماثل", "هجوماً مماثلاً": a deed "like" the one told before (its folded letters, any ending)
_LIKE = "مماثل"
# the vowel marks and tatweel a trigger's span may leave behind it ("تفجيرٍ مماثلٍ")
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


def _strewn(view: SentenceMentions, trigger: Match) -> bool:
    """Whether Arabic blast word ``trigger`` is what ground or buildings are full of or sown with: right after a
    strewn word with its بـ ("مزروعة بالعبوات"), or joined by و to such a word's bombs with no comma between."""
    for q in view.kind("equipped"):
        if q.payload.value != "strewn" or not q.end <= trigger.start <= q.end + _STREWN_REACH:
            continue
        if q.end == trigger.start and trigger.clitic.endswith("ب"):
            return True
        if q.end < trigger.start and trigger.clitic.startswith("و") and view.toks[q.end].startswith("ب") \
                and not any(t in (",", "،") for t in view.toks[q.end:trigger.start]):
            return True
    return False


# the English demand words of the protest triggers: after a capital standing for its government, diplomacy
DEMAND_FORMS = frozenset(("demanded", "demands", "demanding", "demand"))


# the English burning words of the riot triggers: told after an armed attack, part of that attack
ARSON_FORMS = frozenset(("set fire to", "torched", "set ablaze", "burned", "burnt", "set on fire", "burned down",
                         "torching", "setting fire to"))


# the English names of a hideout among the seizure nouns: a place raided, no weapons taken by naming it
HIDEOUT_FORMS = frozenset(("hideout", "hideouts", "hide-out", "safe house", "safehouse", "den", "dens"))
# the English words of finding or taking that make a raid's haul a seizure of its own ("found explosive belts")
_HAUL_WORDS = frozenset(("found", "seized", "confiscated", "discovered", "recovered", "uncovered", "unearthed",
                         "destroyed", "dismantled", "captured", "cache", "caches", "weapons", "explosives"))


# how many words after a word of destruction the force's vehicles it destroyed may stand ("destroyed several Iraqi
# vehicles", "destroyed two of the army's Humvees")
WAR_VEHICLE_REACH = 4


def _passed_law(view: SentenceMentions, trigger: Match) -> bool:
    """Whether English event word ``trigger`` names a law ("emergency law") a legislature votes through: "passed an
    emergency law" (a `law_vote` up to three words before it)."""
    return view.toks[trigger.end - 1] in ("law", "laws") and not view.bare("law_vote").isdisjoint(
        range(max(0, trigger.start - 3), trigger.start))


# how many words before an English agreement word an `effort_word` ("trying", "efforts") makes it one sought, not reached
EFFORT_REACH = 4


def repelled_attacker(view: SentenceMentions, trigger: Match, target: Match) -> bool:
    """Whether English ``target`` names the attackers of an attack ``trigger`` (a one-word `repel_verb`) repelled:
    "repelled a Houthi attack", "repulsed an attack by Islamic State militants" (a `repelled_attack` noun right after
    the side, or "by" the side right after one, within four words of the verb)."""
    if trigger.end - trigger.start != 1 or trigger.start not in view.bare("repel_verb") \
            or not 0 <= target.start - trigger.end <= 4:
        return False
    attacks = view.bare("repelled_attack")
    return target.end in attacks or view.toks[target.start - 1] == "by" and target.start - 2 in attacks


@dataclass
class Discourse:
    """What earlier sentences established: the last explicit date and place."""

    date: tuple[DateRange, Span] | None = None
    place: tuple[PlaceMention, Span] | None = None


# a speech or address, whose audience a gathering right after it is ("خطاب وسط تجمع", "كلمة أمام تجمع")
_ADDRESSES = frozenset(fold_word(w) for w in ("خطاب", "خطابه", "خطابها", "خطابا", "كلمة", "كلمته", "كلمتها"))
# how far after a taking-back aim ("لتحرير جامعة الأنبار من سيطرة") the hold it aims to end may stand
_AIM_HOLD_REACH = 5
# the verbal nouns of taking ground back that the lam of purpose makes an aim ("لاستعادة", "لتحرير", "لتطهير")
_RETAKING = frozenset(fold_word(w) for w in ("استعادة", "تحرير", "تطهير", "استرجاع", "استرداد"))


def _retaking_noun(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic trigger ``m`` is a verbal noun of taking ground back (`_RETAKING`), read past its proclitics."""
    return m.payload.voice == "noun" and m.payload.sub_event_type == "Government regains territory" \
        and view.toks[m.start][len(m.clitic):].removeprefix("ال") in _RETAKING
# the Arabic words of holding talks (folded, as written with their proclitics) whose partners may stand between
# them and the topic: "للبحث مع مسؤولين في ..."
_TALK_WORDS = frozenset({"لبحث", "للبحث", "وللبحث", "ولبحث", "لمناقشه", "ولمناقشه", "مناقشه"})
# how many words the partners of talks ("مع مسؤولين سياسيين وعسكريين") may take
_PARTNERS_REACH = 5


def _past_partners(toks: tuple[str, ...], end: int, at: int) -> bool:
    """Whether event word ``at`` follows the talk word ending at ``end`` past its partners: "مع" and up to
    `_PARTNERS_REACH` words, no comma, then في/حول/بشأن right before the event word."""
    return end < at and toks[end] == "مع" and at - end - 2 <= _PARTNERS_REACH \
        and toks[at - 1] in ("في", "حول", "بشان") and "," not in toks[end:at]


def _day_of(event: Event, other: Event) -> Event:
    """``event`` given the day (and its evidence) of ``other``, a deed told beside it in the same sentence."""
    return dataclasses.replace(event, date=other.date, evidence=dataclasses.replace(event.evidence,
                                                                                   date=other.evidence.date))


class ClauseExtractor(DatesMixin, TalliesMixin, PlacesMixin, SpeakersMixin, ActorsMixin, HistoryMixin):
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
        # those characterised as the event just told ("وهو أول هجوم من نوعه", "ويأتي الهجوم بعد"): they join none after
        self.characterised: set[str] = set()
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
        # events told by a plural event noun with a toll, a sum over several deeds (`merge.merge_events`)
        self.sums: set[str] = set()
        # events told only from what unverified posts or videos showed (`hearsay`), held back: a denial told in the
        # next sentences makes them denied events; else they are no news (`rumour`)
        self.rumours: set[str] = set()
        self.rumour: tuple[list[Event], int] | None = None
        self.denied_later: set[str] = set()  # events a bare denial in the next sentence denies ("نفى ذلك")
        self.denials: set[str] = set()  # events told by a definite noun that a denial word denies ("نفت ... الأنباء عن")
        self.sentence_number = -1
        # the lead's sentence number: past the heading lines an English article may open on ("Live updates")
        self.lead_at = 0
        self.filed_line = False  # whether the article opened on a line that is only its dateline (`_filed_only`)
        # a correction note's paragraph being read ("Correction: An earlier version of this story said ..."), the
        # number of its sentences read so far (None outside one), and where the sentence before ended (folded)
        self.correcting: int | None = None
        self.end_before = 0
        self.note_spans: list[Span] = []  # the note's sentences (`noted_retellings` drops what they alone told)
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
        # the last events of earlier sentences, with their sentence numbers (a live report's toll update that names
        # its town raises the toll of the event told there, not of the last one: `_updated_host`)
        self.recent: list[tuple[Event, int]] = []
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

    def _filed_only(self) -> bool:
        """Whether the place the article goes on from is only its dateline told on a line of its own ("عين اليوم –
        أنقرة"): where the report was filed, no place a sentence told."""
        return self.filed_line and self.discourse.place is not None and self.discourse.place[0].dateline

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
    def noted_retellings(self, events: list[Event]) -> list[Event]:
        """The events without those told only in a correction note when the body tells one of its own ("Correction:
        An earlier version of this story said the blast was on Tuesday. It took place on Monday." before the story):
        the note retells the body's event with its right or wrong facts. A note the story does not retell is the
        event's only telling, kept."""
        if not self.note_spans:
            return events
        noted = [any(n.start <= e.evidence.sentence.start < n.end for n in self.note_spans) for e in events]
        if all(noted):
            return events
        return [e for e, inside in zip(events, noted) if not inside]

    def _correction_note(self, view: SentenceMentions) -> bool:
        """Whether the sentence is of an English correction note's paragraph (see `noted_retellings`): it opens
        the paragraph on its cue and runs to the paragraph's end, three sentences at most."""
        opens_paragraph = "\n" in self.folded.text[self.end_before:view.sentence.start]
        self.end_before = view.sentence.end
        if opens_paragraph or self.sentence_number == 0 or self.correcting is not None and self.correcting >= 3:
            self.correcting = None
        if self.correcting is None and view.has("correction_note") and view.kind("correction_note")[0].start == 0 \
                and (opens_paragraph or self.sentence_number == 0):
            self.correcting = 0
        if self.correcting is None:
            return False
        self.correcting += 1
        return True

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
        if self.sentence_number == 0 and places and all(p.dateline for p in places) \
                and dateline_line(view, self.folded.text):
            self.filed_line = True  # the article opens on its dateline alone, a line of its own
        self.new_item = self.sentence_number > 0 and bool(places) and places[0].dateline \
            and places[0].match.start <= 1 and view.toks[0].isascii()
        # where an English sentence tells the earlier event its news follows (see `prior_spans`)
        prior = prior_spans(view) if view.has("background") and view.toks[0].isascii() else []
        if places and prior:
            # "weeks after a U.S. drone strike at Baghdad airport killed ...": the earlier event's place is not
            # the news's, nor the place the article goes on from
            places = [p for p in places if not any(a <= p.match.start < b for a, b in prior)]
        # sports talk ("the striker's attack", "هجوم الفريق"): two sports words, since one alone is often
        # a rank or a ministry ("الفريق الركن", "Ministry of Defense")
        # in a sports report, every sentence is, its "killing off the game" too ("the visitors bombarded the goal")
        sports = view.has("sports") and len(longest(view.kind("sports"))) >= 2 and not view.has("fatality")
        # so is stock-market talk ("شهدت البورصة «مجزرة» إذ هوت أسعار الأسهم"): two market words, no one killed
        sports = sports or view.has("market") and len(longest(view.kind("market"))) >= 2 \
            and not view.has("fatality")
        # a site's link line repeats a headline ("رابط الخبر بصحيفة ...: مقتل 15 ...", "اقرأ أيضا: ..."): no news
        boilerplate = view.has("boilerplate") and view.kind("boilerplate")[0].start == 0
        if self._correction_note(view):
            self.note_spans.append(self.sentence_span(view))
        if self.sentence_number == self.lead_at and not view.has("trigger") and self._heading_line(view):
            self.lead_at += 1  # "Live updates - Sinjar" over the first entry: the lead is the sentence after it
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
        if view.has("later_death"):
            events = self._with_later_dead(view, events)
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
            compared = told_after(view, view.dates(), comparisons(view), reach=COMPARISON_REACH) \
                if view.has("comparison") else set()
            periods = [d.range for d in view.dates() if d.range.precision in WHOLE_PERIODS
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
            # (the last event is the newest of `recent`: one tuple, which `_updated_host` returns as is)
            self.recent = (self.recent + [(e, self.sentence_number) for e in events])[-RECENT_KEPT:]
            self.last = self.recent[-1]
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
                view.has("no_casualties") or view.has("no_fatalities") or self.source_toll
                or self._bare_source_toll(view, places) or (
                    (view.has("result_link") or view.has("toll_update"))
                    and (view.has("fatality") or view.has("injury")) and (
                        self.last[0].event_type in VIOLENT_TYPES
                        # a toll that rose raises any toll told ("قتل متظاهران" by force on a crowd, then "ارتفع عدد
                        # القتلى إلى خمسة")
                        or view.has("toll_update") and self.last[0].fatalities is not None
                        and bool(self.last[0].fatalities.best)
                        # (or names the district of an earlier event: "The toll in Nasiriyah has risen to 25")
                        or view.has("toll_update") and self._updated_host(places) is not self.last))
                    or self._dead_without_event(view)) \
                and not self._dated_before_last(view):
            # a nil toll, or "واستخدمت في النزاع الأسلحة الخفيفة، ما أسفر عن مقتل شخص": the toll of the event before
            events = self._nil_toll_of_last(view, places)
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
        habits, blockers, words = self._blockers(view, english, cause, in_name)
        blocked = self._blocked_by_blockers(view, words, blockers, english)
        blocked = self._blocked_by_wording(view, words, blocked, habits, english, cause)
        blocked = self._blocked_by_description(view, words, blocked, english)
        words, blocked, figurative = self._blocked_as_general(view, words, blocked, places, english)
        words, blocked = self._blocked_by_setting(view, words, blocked, places, prior, english, cause, figurative)
        report, kept = self._clause_triggers(view, words, blocked, in_name, in_place, place_heads, told, claims, places)
        return self._told_events(view, told, kept, report, claims, places, english)

    def _blockers(self, view: SentenceMentions, english: bool, cause: bool,
                  in_name: set[int] | tuple) -> tuple[list[Match], list[Match], list[Match]]:
        """Which purpose, reference, habit and verdict words block event words; with the habits and the event words."""
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
        if view.has("reference") and span_lead(view):
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
        # (an event exploited or politicised, `exploit`: "استغلال هجوم سروج" names the attack argued about, the
        # event noun right after it only, `_blocked_by_blockers`)
        # a reference word inside a claim phrase is the claim's ("X said it was behind the attack"): the deed it names
        # is claimed, not merely mentioned
        claimed_at = {i for c in view.kind("claim") for i in range(c.start, c.end)} if view.has("claim") else ()
        blockers = [p for p in view.kind("purpose") + view.kind("reference") + view.kind("continuing") + habits
                    + verdicts + view.kind("exploit")
                    if p.start not in in_name and not (p.kind == "reference" and p.start in claimed_at)
                    and (p.start not in done or p.kind == "verdict") and not (ahead and p.kind == "purpose" and p.payload.value == "decision"
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
        if not english and not view.has("future") and not view.has("modal"):
            # a taking-back noun carrying the lam of purpose names an operation's aim, no ground yet regained:
            # "تنفذ القوات عمليات لاستعادة السيطرة على المناطق", "تمهيدا لتحرير المدينة" (an operation told as
            # coming, "تستعد لإطلاق عملية لتطهير الوادي", is still the planned one)
            # (the siege it aims to break, "لكسر الحصار", is left as it is read)
            # (nor is the hold it aims to end a seizure: "لتحرير الجامعة من سيطرة التنظيم"); an operation launched
            # or carried out ("نفذت أمس عملية لتطهير") is left to `_event`, which codes the fighting
            aims = [m.end for m in words if m.clitic.lstrip("وف") in ("ل", "لل") and _retaking_noun(view, m)
                    and not _launched(view, m.start)]
            words = [m for m in words if not (m.end in aims or m.payload.voice == "noun" and any(
                e <= m.start <= e + _AIM_HOLD_REACH for e in aims)
                and m.payload.sub_event_type == "Non-state actor overtakes territory")] if aims else words
        if not english and any(m.payload.event_type == "Protests" for m in words):
            # a gathering a speech was made to is its audience, no protest: "في خطاب وسط تجمع للمجتمع المدني",
            # "ألقى كلمة أمام تجمع لأنصاره" (a statement read at a sit-in, "بيان خلال تجمع", still tells the sit-in)
            heard = {i + 1 for i, t in enumerate(view.toks) if t in _ADDRESSES or t[1:] in _ADDRESSES and t[0] in "وبف"}
            words = [m for m in words if not (m.payload.event_type == "Protests" and m.payload.weight == 1
                                              and m.payload.voice == "noun"
                                              and any(e <= m.start <= e + 3 and not any(
                                                  t in ("،", ",", ".") for t in view.toks[e:m.start]) for e in heard))]
        if view.has("actor") and not english:
            # a weak word (weight 1) that opens an actor's name of two words or more and belongs to that actor's
            # own name is the name, no deed: "قاطع عمليات الأنبار" (of the Anbar Operations Command) tells no
            # operation, nor does a deed told after it join it ("... وإزالة العبوات"); a deed that stands for its
            # doer ("العدوان الأمريكي", not the US forces' name) still tells the deed
            words = [m for m in words if not (m.payload.weight == 1 and any(
                a.start == m.start and m.end < a.end and own_name_word(self.k.actors[a.payload].actor.name_ar,
                                                                          view.toks[m.start])
                for a in view.kind("actor")))]
        if view.has("relative") and not english:
            # "مدينة أريحا التي تسيطر عليها فصائل المعارضة": a control verb in the present right after a relative
            # pronoun tells who holds the place named, no taking of it
            rel = {r.end for r in view.kind("relative")}
            words = [m for m in words if not (m.start in rel and m.payload.voice == "active" and m.end - m.start == 1
                                              and m.payload.sub_event_type == "Non-state actor overtakes territory"
                                              and view.toks[m.start][0] in "تي")]
        if view.has("place") and not english:
            # "متوعدة بضرب السفارة الأمريكية": a weak beating word (ضرب) whose object is a place or site strikes
            # that place, no crowd beating anyone
            words = [m for m in words if not (m.payload.weight == 1 and m.payload.sub_event_type == "Mob violence"
                                              and any(p.start == m.end for p in view.kind("place")))]
        # an anniversary names a deed a year old at least, never the news told in full: "will gather on Friday to
        # mark the anniversary of the bombing that killed 20 people" tells no bombing, whatever follows its noun
        lasting = [p for p in blockers if p.kind == "reference" and any(
            c.start == p.start and c.payload.value == "anniversary" for c in view.kind("commemoration"))] \
            if blockers and view.has("commemoration") else []
        if blockers and view.has("told_participle") and english:
            # "The United States strongly condemns the rocket attack carried out on August 5 against the base":
            # an event noun the reference word names, told on with a participle of doing, is the statement's
            # news told in full, not a mention of an event told elsewhere (one word may close the noun:
            # "the ballistic missile attack carried out")
            described = {t.start for t in view.kind("told_participle")}
            blockers = told_in_full(blockers, words, lambda m: m.payload.voice == "noun" and (
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
            blockers = told_in_full(blockers, words, lambda m: dated_today(view, m))
        if blockers and english and view.has("reference") and cause:
            # "condemned Friday's bombing of a mosque in Baquba, which killed 41 worshippers": an event noun the
            # reference word names, its toll told in a relative clause after it, is told in full (`told_with_toll`)
            blockers = told_in_full(blockers, words, lambda m: told_with_toll(view, m))
        occurs, relates = view.has("occurrence_verb"), view.has("relative")
        if blockers and not english and (occurs or relates):
            # an indefinite event noun the reference word names, told on by a verb of occurrence with its day
            # (`dated_after_indefinite`: "عقد هدنة بين عشيرتين بعد نزاع مسلح اندلع أول من أمس"): the news itself;
            # so an Arabic event noun the reference word names, its day told in the relative clause right after
            # it (`dated_in_relative`: "تابع المحافظ تداعيات النزاع العشائري الذي اندلع عصر أمس الأحد بين
            # عشيرتين"); not past a condemnation, `reaction`: "ندد بالتفجير الذي ضرب سوقا أمس" names a bombing
            # told elsewhere (`reacted_to` has its own test)
            reactions = {r.start for r in view.kind("reaction")}
            blockers = [p for p in blockers if p.start in reactions] + told_in_full(
                [p for p in blockers if p.start not in reactions], words,
                lambda m: occurs and dated_after_indefinite(view, m) or relates and dated_in_relative(view, m))
        if lasting:
            blockers = blockers + [p for p in lasting if p not in blockers]
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
        return habits, blockers, words

    def _blocked_by_blockers(self, view: SentenceMentions, words: list[Match], blockers: list[Match],
                             english: bool) -> list[Match]:
        """Which event words the blockers block: right after one, inside one, linked to one, or joined by "or"."""
        # ("to protest what it called a violation": the event word may close the purpose phrase itself)
        # a comma closes the phrase: "وبعد ساعات، انفجرت عبوة" (hours later, a bomb went off) tells the blast
        # (English: past a compound of a party and a participle, up to two words before its hyphen, "after
        # U.S.-led air strikes", "following Iran-backed attacks"; not "anti-government demonstrations")
        led = {m.start: m.start - 4 for m in words if m.start >= 4 and participle_compound(view.toks, m.start - 2)} \
            if blockers and english and "-" in view.toks else {}
        if blockers and english and view.has("place"):
            # (English: past a place name of two words or more that names the event, "after the Camp Speicher
            # massacre", as past a one-word one, "after the Karrada bombing"; not an event told in full with its
            # toll, "After the Camp Speicher attack on Sunday night, which killed four soldiers")
            named = {p.end: p.start for p in view.kind("place") if p.end - p.start >= 2}
            led = {**led, **{m.start: min(led.get(m.start, m.start), named[m.start])
                             for m in words if m.start in named and not told_with_toll(view, m)}}
        if blockers and not english and view.has("reference"):
            # (Arabic: past the partners of talks, "للبحث مع مسؤولين سياسيين وعسكريين في المواجهة ضد داعش": the
            # event word after في/حول/بشأن is still the talks' topic)
            talks = [p.end for p in blockers if p.kind == "reference" and view.toks[p.end - 1] in _TALK_WORDS]
            led = {**led, **{m.start: e for m in words for e in talks if _past_partners(view.toks, e, m.start)}}
        # (English: a demand told right after a crowd that is the subject, "Protesters demanding jobs stormed the
        # building", is what the crowd wants; the active verb after it is what the crowd did)
        demanders = {p.start for p in blockers if p.kind == "purpose" and view.toks[p.start].isascii() and any(
            a.end == p.start and self._kind(a) in CROWD_KINDS for a in view.kind("actor"))} \
            if blockers and view.has("actor") else ()
        # (English: "halted after a bomb ruptured the line ... on Sunday night": an indefinite event dated after
        # it is told as news, not referred to, `news_after`)
        fresh = {m.start for m in words if news_after(view, m, words)} \
            if blockers and english and view.has("reference") else ()
        # (Arabic: an active verb right after a span of hours or days told after بعد, "وبعد نحو أربع ساعات قصفت
        # مسيرة ثانية مبنى", is the news told that much later, no earlier event referred to, `later_deed`)
        later = {m.start for m in words if later_deed(view, m)} if blockers and view.has("later_unit") else ()
        # (English: the "after" of "a day after" (`day_after`) opening a clause told with its own verb, "was buried
        # on Monday, a day after he was shot dead outside his home", dates a deed of the day before: news, not one
        # referred to; "a day after the bombing" still refers, and so does the clause after an event noun, "The
        # killings came a day after protesters set fire to the consulate": the news's context; and a captive freed
        # "two days after gunmen seized him": a release story, whose abduction the files leave as its background)
        day_refs = {p.start for p in blockers if p.kind == "reference" and any(
            c.start <= p.start < c.end and counts_recent_days(view, c)
            and not any(w.end <= c.start and w.payload.voice == "noun" for w in words)
            for c in view.kind("day_after"))} \
            if blockers and view.has("day_after") and english and not view.has("freeing") else ()
        # (a verb is tried against the blockers but the references `day_refs` holds: sorted out once, not per pair)
        kept_blockers = [p for p in blockers if p.start not in day_refs] if day_refs else blockers
        # (and so is an indefinite event noun opening such a clause with its own verb, "two days after an ambush near
        # Baquba killed four policemen", `deed_after_day_cue`: the deed of that day, as "after gunmen shot" is)
        deed_nouns = {m.start for m in words if deed_after_day_cue(view, m, words)} if day_refs else ()
        blocked = [m for m in words if any((led.get(m.start, m.start) - 2 <= p.end <= m.start
                                            and "," not in view.toks[p.end:m.start]
                                            and not (p.kind == "exploit" and p.end != m.start)
                                            and not (m.start in later and p.kind == "reference")
                                            and not (p.start in demanders and m.payload.voice == "active")
                                            and not (m.start in fresh and p.kind == "reference"
                                                     and p.end == m.start - 1))
                                           or p.start < m.start < p.end
                                           or linked(view, p, m) or continued(view, p, m)
                                           for p in (blockers if m.payload.voice == "noun"
                                                     and m.start not in deed_nouns else kept_blockers))] \
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
        return blocked

    def _blocked_by_wording(self, view: SentenceMentions, words: list[Match], blocked: list[Match],
                            habits: list[Match], english: bool, cause: bool) -> list[Match]:
        """Which event words the words around them make no event (a name given, a reaction, a court, a habit)."""
        if view.has("describe_as") and english and any(
                v.payload.value in ("verb", "name") for v in view.kind("describe_as")):  # ("as" alone is common)
            # "The minister described the escape of prisoners as a very serious attack": the event noun after the
            # "as" of a verb of describing is the name given to a deed told elsewhere
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and named_as(view, m)]
        if english and view.has("civil_matter"):
            # "Rival blocs fought over the budget", "lawmakers clashed over the oil law", "a battle over the electoral
            # law": a fighting word over a civil matter (money, a law, seats) is a political quarrel, no fight
            matters = {c.start for c in view.kind("civil_matter")}
            blocked += [m for m in words if m not in blocked and m.payload.event_type == "Battles"
                        and m.payload.weight <= 2 and m.end < len(view.toks) and view.toks[m.end] == "over"
                        and any(m.end + 1 <= c <= m.end + 3 for c in matters)]
        if english and view.has("report_verb"):
            # "A coalition spokesman confirmed the attack on the base on Tuesday": a deed told before, confirmed
            blocked += [m for m in words if m not in blocked and confirmed_told(view, m)]
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
        if english and any(w.payload.event_type == "Protests" and w.payload.voice == "active" for w in words):
            # "The union protested the decision in a statement": a protest made in words (its own "in a statement",
            # no verb of saying between), no crowd gathered
            blocked += [m for m in words if m not in blocked and protested_in_words(view, m)]
        if not english and view.has("actor") and any(
                m.payload.sub_event_type == "Non-state actor overtakes territory" for m in words):
            # "اجتاح حشد المتظاهرين شوارع المدينة": a crowd of protesters sweeping the streets (its subject, up to
            # two words after the verb) takes no ground
            crowd = {a.start for a in view.kind("actor") if a.payload in ("protesters", "rioters")}
            blocked += [m for m in words if m not in blocked and m.payload.voice == "active"
                        and m.payload.sub_event_type == "Non-state actor overtakes territory"
                        and any(m.end <= c <= m.end + 1 for c in crowd)]
        if any(w.payload.event_type in ("Protests", "Riots") for w in words):
            # "تظاهر مئات الطلاب أمس في عمان ضد الغارات على جنوب لبنان", "protested against the killing of
            # activists": the violent deed a protest word before it is against (its noun right after ضد or على,
            # "against", "over", "to denounce") is what the crowd protests, told elsewhere
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
                     for c, (lo, hi) in zip(confessions, rest_of_clause(view, confessions))]
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
            if blocked and view.has("attack_plural"):
                blocked += self._roundup_retold(view, words, blocked)
        if view.has("interception") and cause:
            # "ووقع التفجير يوم الجمعة وأسقط 27 قتيلا و227 جريحا": felling dead (a toll right after the verb, no
            # comma between) is how a deed's toll is told, no shooting down of a drone or a rocket
            tolls = casualty_cues(view)
            stops = {i.start for i in view.kind("interception")}
            blocked += [m for m in words if m not in blocked and m.start in stops
                        and m.payload.sub_event_type == "Disrupted weapons use"
                        and any(0 <= t.start - m.end <= 3 and "," not in view.toks[m.end:t.start] for t in tolls)]
        return blocked

    def _blocked_by_description(self, view: SentenceMentions, words: list[Match], blocked: list[Match],
                                english: bool) -> list[Match]:
        """Which event words only describe people, things or deeds (relative clauses, drills, goods, arsenals)."""
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
        if not english:
            # "عمن قتلتهم تفجيرات لندن": those whom the bombings killed, a free relative that recalls
            recalled = free_relatives(view, words)
            blocked += [m for m in words if m not in blocked and m in recalled]
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
                m.payload.sub_event_type in DRILL_FIRE or m.payload.sub_event_type in DRILL_SCENE
                or m.payload.voice == "noun" and m.payload.event_type in FIGHTING_TYPES)]
            # so are attacks and blasts it names in the plural, in general ("دورة تدريبية حول إسعاف ضحايا
            # التفجيرات"): deeds of no place or day of their own
            plural = {a.start for a in view.kind("attack_plural")}
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start in plural]
        if view.has("honour"):
            # "منح الرئيس أوسمة لعشرين شرطيا تقديرا لشجاعتهم في التصدي لهجوم طالبان على السجن": an attack named by a
            # noun after a medal or tribute is what it honours, told before (a verb after it still tells a deed)
            first = view.kind("honour")[0].end
            blocked += [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start >= first]
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
                        and m.payload.voice == "noun" and retaken_goods(view, m)]
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
                            and not any(m.end <= w.start < end for _, end in rest_of_clause(view, [m])
                                        for w in words if w is not m)]
        if view.has("disposal"):
            # "تفجير مسيطر عليه لمواد منتهية الصلاحية", "a controlled detonation of old munitions": old stocks or
            # war remnants destroyed are disposal, no weapon of a side taken out of use (a found bomb detonated,
            # "تفجير مسيطر عليه لعبوة عثر عليها", still is)
            # (nor the bare blast word the phrase opens with, "تفجير", nor the remnants' own word, "مخلفات حربية")
            # (the stocks told first and the disposal word after them, "detonating old munitions in a controlled
            # explosion", are the same)
            # (so is a blast verb whose object they are, "engineers blew up old ordnance")
            olds = [d for d in view.kind("disposal") if any(
                m.payload.sub_event_type == "Disrupted weapons use" and (
                    0 <= d.start - m.end <= DISPOSAL_REACH and "," not in view.toks[m.end:d.start]
                    or 0 <= m.start - d.end <= DISPOSAL_REACH and "," not in view.toks[d.end:m.start])
                or disposal_verb(m) and 0 <= d.start - m.end <= DISPOSAL_REACH
                and "," not in view.toks[m.end:d.start] for m in words)]
            spent = [m for m in words if (m.payload.sub_event_type == "Disrupted weapons use" or any(
                0 <= d.start - m.end <= DISPOSAL_REACH for d in olds) and disposal_verb(m)) and any(
                0 <= d.start - m.end <= DISPOSAL_REACH or 0 <= m.start - d.end <= DISPOSAL_REACH for d in olds)]
            # "detonated old rockets, mortar shells and artillery rounds": the weapon nouns listed right after the
            # old stock (joined by commas and "and") are old stock too; and a controlled detonation or cache word
            # told in the list's clause ("... in a controlled explosion") is the same disposal
            listed = disposal_list(view, words, olds)
            spent += [m for m in words if m.payload.sub_event_type == "Disrupted weapons use" and any(
                0 <= m.start - s.end <= DISPOSAL_CLAUSE_REACH and "," not in view.toks[s.end:m.start]
                or 0 <= s.start - m.end <= DISPOSAL_CLAUSE_REACH and "," not in view.toks[m.end:s.start]
                for s in olds + listed)]
            blocked += [t for t in view.kind("trigger") if t not in blocked and any(
                s.start <= t.start < s.end for s in spent + olds + listed)]
            # "an unexploded war-era rocket found by children": a noun inside an old stock's name names the
            # stock, no use of it, whatever is told of it (a blast verb told of it still tells one: "an old shell
            # exploded")
            blocked += [t for t in words if t not in blocked and t.payload.voice == "noun" and any(
                d.start <= t.start and t.end <= d.end for d in view.kind("disposal"))]
        if view.has("seized_thing") or view.has("contraband"):
            # "unlawful land seizures", "confiscated the equipment of two journalists", "seized 2 million captagon
            # pills": a seizing word governing a thing that is no weapon (no weapon noun in its reach) seized no
            # weapons and took no ground; drugs and smuggled goods are no looting either
            # (a side that takes land or property by force still takes it: only the weapons seizure is dropped
            # for those)
            # (drugs and smuggled goods seized are a seizure of their own: `_event_kind` codes it Strategic
            # developments / Other, as ACLED codes drug busts)
            blocked += [m for m in words if m not in blocked and m.payload.weight <= 2
                        and m.payload.sub_event_type == "Disrupted weapons use"
                        and any(governs_thing(view, m, t, words) for t in view.kind("seized_thing"))]
        if view.has("air_fire"):
            # "أطلقوا النار في الهواء لتفريق المارة", "fired into the air": shots fired in the air (to warn, to
            # scatter a crowd, at a wedding) hit no one: no clash or attack told by the firing word (whose last word
            # may open the air's: "fired into" and "into the air")
            airs = view.kind("air_fire")
            blocked += [m for m in words if m not in blocked and m.payload.event_type in FIGHTING_TYPES
                        and m.payload.weight <= 2 and any(
                            m.start < a.start and a.start - m.end <= AIR_FIRE_REACH
                            and "," not in view.toks[m.end:a.start]
                            for a in airs)]
        if view.has("possession"):
            # "باتت بعض العشائر تمتلك قاذفات وقذائف هاون", "militias that possess drones": weapons held, a list
            # of them up to the next comma, tell an arsenal, no use of it
            for p in view.kind("possession"):
                upto = _list_end(view, p.end)
                arsenal = [m for m in words if m not in blocked and m.payload.voice == "noun"
                           and p.end <= m.start < upto]
                blocked += arsenal
                # "Tribal leaders handed over 300 heavy weapons to police": what is handed over is the arsenal,
                # so the handover word itself is no transfer of ground either
                if arsenal:
                    blocked += [m for m in words if m not in blocked and m.start == p.start
                                and m.payload.sub_event_type == "Non-violent transfer of territory"]
        if view.has("carrying") and not english:
            # "وقاموا بنقل العديد من الأسلحة والعتاد إلى ناحية القيارة": weapons a side moves, a list of them up to
            # the next comma, are supplies on the way, no seizure, unless a seizing verb is told ("ضبطت شاحنة تنقل
            # أسلحة"); a bare نقل/نقلت is a verb of reporting, so only the verbal noun after بـ carries
            seized = any(m.payload.sub_event_type == "Disrupted weapons use" and m.payload.voice != "noun"
                         for m in words)
            for c in view.kind("carrying") if not seized else ():
                if view.toks[c.start] in ("نقل", "نقلت") and "ب" not in (c.clitic or ""):
                    continue
                upto = _list_end(view, c.end)
                blocked += [m for m in words if m not in blocked and m.payload.voice == "noun"
                            and m.payload.sub_event_type == "Disrupted weapons use" and c.end <= m.start < upto]
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
        return blocked

    def _blocked_as_general(self, view: SentenceMentions, words: list[Match], blocked: list[Match],
                            places: list[PlaceMention], english: bool) -> tuple[list[Match], list[Match], list[Match]]:
        """Which event words are a deed allowed, deeds in general or figurative; words inside a name are dropped."""
        consent = [p.end for p in view.kind("purpose") if p.payload.value == "consent"] if not english else ()
        if consent:
            # "وافقت تركيا على مشاركة الولايات المتحدة في توجيه ضربات جوية": the deed allowed or agreed to (only
            # after a word of permitting or agreeing, `consented_to`)
            allowed = [m for m in words if m not in blocked and consented_to(view, m)]
            # (and a weak word between, the aircraft allowed: "مشاركة طائرات فرنسية في تنفيذ غارات")
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
            blocked += [m for m in words if m not in blocked and spread_plural(view, m, places)]
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
        if english and view.has("execution"):
            # "Troops execute plan to retake Mosul", "the army executed the second phase of the operation": a
            # word of putting to death with a plan, an order or a phase as its object puts that into effect
            tasks, verbs = view.bare("task_object"), {x.start for x in view.kind("execution")}
            figurative += [m for m in words if m not in blocked and m not in figurative and m.start in verbs
                           and not tasks.isdisjoint(range(m.end, m.end + TASK_REACH + 1))]
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
            # a rape word whose object is a place or office of an idea, an abstract noun a few words on with no
            # person before it: "اغتصاب آخر حصن من حصون الديمقراطية" is usurping, no sexual violence
            if any(m.payload.sub_event_type == "Sexual violence" for m in words):
                people = [p.start for p in view.kind("person")]
                figurative += [m for m in words if m not in blocked and m not in figurative
                               and m.payload.sub_event_type == "Sexual violence" and not view.toks[m.start].isascii()
                               and any(m.end < a <= m.end + ABSTRACT_OBJECT_REACH
                                       and not any(m.end <= q < a for q in people)
                                       for a in ends)]
        # a name or a document holding an event word ("the Long War Journal", "a statement released on
        # Sunday", value `name`) holds no event word at all: nothing told after it is its toll or its sequel
        names = [f for f in view.kind("figurative") if f.payload.value == "name"] if figurative else ()
        if names:
            named = [m for m in figurative if any(f.start <= m.start < f.end for f in names)]
            words = [m for m in words if m not in named]
            figurative = [m for m in figurative if m not in named]
        blocked += figurative
        return words, blocked, figurative

    def _blocked_by_setting(self, view: SentenceMentions, words: list[Match], blocked: list[Match],
                            places: list[PlaceMention], prior: list[tuple[int, int]], english: bool, cause: bool,
                            figurative: list[Match]) -> tuple[list[Match], list[Match]]:
        """Which event words their setting makes no event (accidents, tolls, habits, charges); sets `self.blocked`."""
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
                        and m.payload.sub_event_type in FOUND_OR_HELD and armed <= m.start < state
                        and m.end <= first]
        if english and any(t in ANYONE_WORDS for t in view.toks):
            # "warned residents that anyone caught leaving would be shot", "whoever helps the army will be killed": a
            # rule laid down for whoever may break it, no deed done or planned against anyone in particular
            blocked += [m for m in words if m not in blocked and _anyone_would_be(view.toks, m.start)]
        if english and view.has("capital") and any(m.payload.form in DEMAND_FORMS for m in words):
            # "Baghdad demands that Peshmerga withdraw", "Erbil demanded that federal forces pull back": a capital
            # standing for its government right before a demand word is diplomacy, no protest
            ruling = government_positions(view)
            caps = {c.end for c in view.kind("capital") if c.start in ruling}
            blocked += [m for m in words if m not in blocked and m.payload.form in DEMAND_FORMS and m.start in caps]
        if english and any(m.payload.event_type == "Riots" and m.payload.form in ARSON_FORMS for m in words):
            # "gunmen shot the two men in front of their family and set fire to a car before fleeing", "shot dead a
            # mukhtar, then torched his car": a burning after a killing or shooting, no crowd named, is part of that
            # attack, no riot or destruction of its own (the words first, the sentence's actors only when one is told)
            first = min((m.start for m in words if m.payload.voice == "active"
                         and m.payload.event_type in ("Violence against civilians", "Battles")), default=None)
            if first is not None and not any(self._kind(a) in CROWD_KINDS for a in view.kind("actor")):
                blocked += [m for m in words if m not in blocked and m.start > first and m.payload.event_type == "Riots"
                            and m.payload.form in ARSON_FORMS]
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
        if english and any(m.payload.form in HIDEOUT_FORMS for m in words) \
                and any(m.payload.event_type == "Battles" for m in words) \
                and _HAUL_WORDS.isdisjoint(view.toks):
            # "raided a hideout in the Hamrin mountains, killing three militants in a gunfight": the hideout is where
            # the raid fought, one clash; only weapons found or seized there make a seizure of their own
            blocked += [m for m in words if m not in blocked and m.payload.form in HIDEOUT_FORMS]
        if view.has("practice_head") and all(_telling_day(view, d) for d in view.dates()):
            # "عمليات الخطف والقتل على الهوية", "حملات الاغتيال": a kind of deed, told as a practice, not one event
            kinds = [m for m in words if m not in blocked and m.payload.event_type in VIOLENT_TYPES
                     and not m.clitic and any(h.end == m.start and (
                         view.toks[m.start].startswith("ال") or h.payload.value == "indefinite"
                         # (cases counted are a tally: "أربع حالات اختطاف")
                         and h.start - 1 not in view.figures() and not any(
                             n.end == h.start for k in ("number", "vague") for n in view.kind(k)))
                         for h in view.kind("practice_head"))]
            heads = {h.start for h in view.kind("practice_head") if any(h.end == m.start for m in kinds)}
            # and the deeds joined to the first by و ("أعمال قتل واغتصاب وتهجير"): one list of kinds
            joined = {m.end for m in kinds}
            for m in sorted(words, key=lambda w: w.start):
                if m not in blocked and m not in kinds and m.start in joined and m.clitic == "و" \
                        and m.payload.voice == "noun" and m.payload.event_type in VIOLENT_TYPES:
                    kinds.append(m)
                    joined.add(m.end)
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
                # (nor an armed drone: "an explosive-laden drone crashed near the base" is an attack that failed)
                or view.toks[m.start].isascii() and any(
                    m.end <= a.start <= m.end + 1 and not set(view.toks[m.end:a.start]) & {",", "and", "or"}
                    and view.toks[a.end:a.end + 1] != ("into",) for a in accidents)
                and not (view.has("attack_drone") and any(m.start <= d.start < m.end
                                                          for d in view.kind("attack_drone")))
                # "Fireworks set off by guests at a wedding set alight the hall": an English verb whose subject,
                # opening its clause, is the accident word
                or view.toks[m.start].isascii() and m.payload.voice == "active" and any(
                    accident_subject(view, a, m, words) for a in accidents)
                or plain_toll_word(m, hurt)
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
                and any(a.end <= m.start for a in accidents)
                # and a weak noun told shortly before it in its clause is the accident ("a fire sparked by a heater")
                or view.toks[m.start].isascii() and m.payload.weight <= 1 and m.payload.voice == "noun"
                and any(0 <= a.start - m.end <= ACCIDENT_SUBJECT_REACH and "," not in view.toks[m.end:a.start]
                        for a in accidents))]
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
            blocked += [m for m in words if m not in blocked and plain_toll_word(m, hurt)]
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
            habitual = clauses_of(view, habits_told)
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
        return words, blocked

    def _clause_triggers(self, view: SentenceMentions, words: list[Match], blocked: list[Match],
                         in_name: set[int] | tuple, in_place: set[int] | tuple,
                         place_heads: set[tuple[int, int]] | tuple, told: list[tuple[int, int, Match, list[Match]]],
                         claims: list[Claim], places: list[PlaceMention]) -> tuple[tuple[int, list] | None, set[int]]:
        """Per clause, the best event word told (into `told`) or the tally counted (into `claims`)."""
        report = self._report_period(view)
        kept: set[int] = set()  # arrest words told beside a tally in their clause
        for lo, hi in clauses_joined(view.clauses(), view):
            triggers = [m for m in words if lo <= m.start < hi
                        and not (blocked and (m in blocked or tells_blocked(view, m, blocked)))
                        and (m.start not in in_name or m.payload.event_type == "Explosions/Remote violence")
                        and m.start not in in_place and not instrument(view, m) and not modifier(view, m)
                        and not reaction_told(view, m)
                        and not provided(view, m)
                        and not month_name(view, m)
                        and not (place_heads and any(a == m.start and m.end < b for a, b in place_heads))
                        and not verbal_attack(view, m)]
            if not triggers:
                continue
            if told and view.has("conditional") and any(lo <= c.start <= lo + 1 for c in view.kind("conditional")):
                # "هدد ... بشن هجمات على مقرات الأحزاب، إذا لم تلتزم بغداد بنزع سلاحها": a clause that opens on
                # a condition after an event word told before it is the threat's condition, no event of its
                # own (as a condition's word within the clause is not, `unconditioned`)
                continue
            series = None
            tally = self._tally(view, lo, hi, bool(claims)) or self._reported(view, lo, hi, report)
            if tally is None:
                tally = series = self._series_tally(view, lo, hi)
            if tally is not None:
                quantity, noun = tally
                # the event word right before the noun says what was counted: "12 IED attacks" are bombings
                trigger = min(triggers, key=lambda m: -1 if m.end == noun.start else abs(m.start - noun.start))
                if weapon_noun(trigger):
                    # "army engineers defused 45 IEDs this month", "teams found 30 IEDs": the weapons counted are
                    # those seized, a tally of seizures, not of blasts
                    trigger = seizure_of(view, trigger, triggers) or trigger
                claim = self._claim(view, trigger, quantity, places)
                span = self.series_days(view, noun, hi) if series is not None else None
                if span is not None:
                    claim = dataclasses.replace(claim, date=span)  # "the third bombing in four days"
                if report is not None and report[0] == 0 and not view.dates():
                    # (a clause going on with the last sentence's report: the report's period dates it)
                    claim = dataclasses.replace(claim, date=report[1][0].range)
                # ("dozens of attacks": many told with no figure are no event, and too vague a count to claim)
                # (so in Arabic, the vague word right before the noun: "سجلت عدة حالات خطف", "عشرات الهجمات")
                if not ((quantity.end in view.bare("of_word") and view.toks[quantity.end].isascii()
                         or not view.toks[quantity.start].isascii()) and vague_figure(view, quantity)) \
                        and not any(c.evidence.count == claim.evidence.count for c in claims):
                    # (one figure counted once: "recovered 34 bodies across Baghdad, ... shot" is one tally)
                    claims.append(claim)
                # "detained four suspects believed responsible for more than 30 roadside-bomb attacks": an
                # arrest verb before the figure is news of its own; only the attacks are counted (not when the
                # arrests are what is counted: "arrested more than 300 suspects during 2025")
                held = [m for m in triggers if m.payload.sub_event_type == "Arrests"
                        and m.payload.voice != "noun" and m.end <= quantity.start]
                if held and trigger.payload.sub_event_type != "Arrests":
                    arrest = max(held, key=rank)
                    told.append((lo, hi, arrest, held))
                    kept.add(arrest.start)
                    self.tally_at = (arrest.start, quantity.start)
            else:
                if view.has("goods"):
                    triggers = [looted(view, m) for m in triggers]
                if only_the_condition(view, triggers, lo):
                    continue
                if view.has("cause_link") and len(triggers) > 1:
                    triggers = fight_of_raid(view, triggers)
                best = flown(max(unconditioned(view, triggers, lo, hi), key=rank), triggers, words, view)
                if best.payload.sub_event_type == "Air/drone strike" and best.payload.voice == "noun" \
                        and view.has("agent_marker") and not view.toks[best.start].isascii():
                    # "طائرات إف-16 التابعة للقوة الجوية نفذت الضربات": the aircraft are the subject of the verb
                    # of doing; the strikes, its object, tell the event (and the doer named before the verb)
                    best = next((m for m in triggers if m.start > best.end and m.payload.voice == "noun"
                                 and m.payload.sub_event_type == "Air/drone strike" and any(
                                     best.end <= w.start and w.end == m.start for w in view.kind("agent_marker"))),
                                best)
                best = executed_by_blast(small_arms_assault(view, best), triggers)
                if best.payload.sub_event_type == "Disrupted weapons use":
                    best = held_with_arms(triggers, best)
                    if best.payload.sub_event_type == "Disrupted weapons use" and not view.has("find_verb"):
                        best = struck_site(triggers, best)
                best = riot_met_with_force(triggers, best)
                told.append((lo, hi, best, triggers))
                if best.payload.sub_event_type != "Arrests" and view.has("future"):
                    # "اعتقال خلية تابعة لداعش كانت تخطط لتفجير عبوات": the arrest of those who planned the
                    # attack is news of its own beside the plan the clause's stronger word tells
                    held = arrest_before_plan(view, triggers, best)
                    if held is not None:
                        told.append((lo, hi, held, [held]))
                if view.has("concurrent_frame"):
                    # "The attack came as the cleric urged his followers to join a march on Friday": what is
                    # called or planned after a frame that sets the news beside something else is news of its
                    # own beside the event retold before the frame
                    plan = concurrent_plan(view, triggers, best, hi)
                    if plan is not None:
                        told.append(plan)
        return report, kept

    def _told_events(self, view: SentenceMentions, told: list[tuple[int, int, Match, list[Match]]], kept: set[int],
                     report: tuple[int, list] | None, claims: list[Claim], places: list[PlaceMention],
                     english: bool) -> list[Event]:
        """The events of the words told (unless they elaborate a tally), with second targets, towns and fronts."""
        events: list[Event] = []
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
            lists = town_lists(view, places) if len(places) > 1 and english else ()
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
        if events and opens_on_place(view):
            self.items.update((e.event_id, e.location.place) for e in events if placed_at_opening(e))
        if events and view.has("separate"):
            self.separate.update(e.event_id for e in events)
        if events and view.has("attack_plural"):
            # "قتل 14 شخصا في تفجيرات ضربت بغداد": the toll told with a plural event noun sums several deeds (not
            # "operations" alone, "مقتل 17 ضمن عمليات شرقي الفلوجة": one campaign's toll, the event itself)
            plural = [self.span(view, p.start, p.end) for p in view.kind("attack_plural")
                      if not (p.end - p.start == 1 and view.toks[p.start].endswith(("عمليات", "operations")))]
            self.sums.update(e.event_id for e in events if e.fatalities is not None and e.evidence.trigger is not None
                             and any(s.start <= e.evidence.trigger.start < s.end for s in plural))
        if events and self.last is not None and not english:
            events = [self._like_the_last(e) for e in events]
        if events and view.has("later_opening") and view.kind("later_opening")[0].start == 0:
            self.later.update(e.event_id for e in events)
            if any(t.start - 1 in view.bare("second_one") for t in view.kind("trigger")):
                # "An hour later, a second drone struck a pickup": another deed of the kind, no retelling of one
                # told before (as "in a separate attack"); "Hours later, a bomb ... went off" may retell the lead's
                self.separate.update(e.event_id for e in events)
        elif events and self.last is not None:
            events = [self._state_doer_of_last(e) for e in events]
        return events

    def _like_the_last(self, event: Event) -> Event:
        """Arabic: "وقع تفجير مماثل في ناحية كنعان" right after a suicide car bomb told before: the deed "like" the
        last one is of its kind (a suicide bomb stays one), not the plain blast its bare noun reads as."""
        last = self.last[0]
        trigger = event.evidence.trigger
        if trigger is None or last.event_type != event.event_type or last.sub_event_type == event.sub_event_type \
                or self.sentence_number - self.last[1] > 2:
            return event
        sentence = event.evidence.sentence
        after = sentence.text[trigger.end - sentence.start:].lstrip(_MARKS).split(maxsplit=1)
        if not after or not after[0].startswith(_LIKE):
            return event
        return dataclasses.replace(event, sub_event_type=last.sub_event_type)

    def _passive_threat(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """English: "Kataib Hezbollah said that American interests would be targeted", "warned that US bases will
        be hit": the side before a passive "would/will be" + event word is the one threatened (actor2), and the
        speaker named before the verb of saying or warning, before it, the one threatening (actor1)."""
        toks, at = view.toks, rd.trigger.start
        if at < 2 or toks[at - 1] != "be" or at - 2 not in view.bare("passive_modal") or rd.agent.end > at:
            return
        said = min((v.start for k in ("report_verb", "threaten") for v in view.kind(k) if v.end <= rd.agent.start),
                   default=None)
        if said is None:
            return
        if rd.target is not None and rd.target.end > said:
            return  # (a side hit told after the verb of saying: the reading stands)
        speaker = next((m for m in view.longest("actor") if m.end <= said and m.payload != rd.agent.payload
                        and self._kind(m) in NON_STATE_ARMED + ("State forces", "External/Other forces")), None)
        if speaker is not None:
            rd.agent, rd.target = speaker, rd.agent

    @staticmethod
    def _roundup_retold(view: SentenceMentions, words: list[Match], blocked: list[Match]) -> list[Match]:
        """Plural attack nouns after a round-up toll that name the same deeds again ("قتل 30 في سلسلة تفجيرات
        ...، بحسب مصادر، في هجمات تبنى بعضها التنظيم"): a noun of the plural kind (`attack_plural`) after "في" or
        "ب", later than a blocked round-up word, with no own toll; the same total's cause, no event of its own."""
        last = max(m.start for m in blocked)
        plural = view.kind("attack_plural")
        return [m for m in words if m not in blocked and m.payload.voice == "noun" and m.start > last
                and any(p.start <= m.start < p.end for p in plural)
                and (view.toks[m.start - 1] == "في" or view.toks[m.start].startswith("ب"))]

    def _sentence_events(self, view: SentenceMentions, told, places: list[PlaceMention]) -> list[Event]:
        """One event for the sentence's most telling trigger, its arguments sought in the whole sentence;
        another only for a clause that tells a different, specific kind of event."""
        intercepts = defence_interceptions(view, told) if view.has("interception") else []
        if intercepts:
            # the sentence tells the drone attack (the gold files code the attack, never the interception); the
            # weapon is no weapon seized
            stops = {w.start for w in intercepts}
            told = without_words(told, lambda m: m.start in stops
                                 and m.payload.sub_event_type == "Disrupted weapons use")
        if view.has("fire_on_bomb"):
            # "ففتح الجنود النار عليها لكنها انفجرت": soldiers shooting at the car bomb that then blew up, the bombing
            # is the event (no clash beside it)
            aimed = fire_on_bomb(view, told, self._kind)
            if aimed:  # (most such sentences aim at no bomb told: no rebuilding of the clauses)
                told = without_words(told, lambda m: m.start in aimed)
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
            told = seized_before(view, told, all_triggers)
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
        told = [(lo, hi, grenade_fight(t, ts, all_triggers), ts) if t.payload.sub_event_type == "Grenade"
                else (lo, hi, t, ts) for lo, hi, t, ts in told]
        if "Abduction/forced disappearance" in kinds:
            # "أُطلق سراح ناشط مساء أمس بعد أربعة أيام من اختطافه": the release of a captive whose abduction the
            # sentence names is how that abduction ended, no event of its own
            told = [t for t in told if not (t[2].payload.sub_event_type == "Other" and t[2].payload.weight == 1)]
        out: list[Event | None] = []
        primary = None
        own_clause = (0, 0, [])  # the main event word's clause and its event words
        for lo, hi, trigger, ts in sorted(told, key=lambda t: rank(t[2]), reverse=True):
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
                and passive_defender(view, out[0].evidence.actor1, self.span):
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
                         and t[2].payload.event_type in FIGHTING_TYPES), None)
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
            cut = joined_elsewhere(view, primary, trigger, places) if len(out) == 1 and out[0] is not None \
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
                        first = _day_of(first, event)
                    elif first.evidence.date is not None and (event.evidence.date is None or trigger.start > cut
                                                               and event.date == self.today
                                                               and not self._named_day(view, event)):
                        # ("..., and hours later a bomb exploded in Dora", no day of its own: the first deed's day)
                        event = _day_of(event, first)
                    out[0] = first
                    used.add(trigger.start)
                    self.separate.add(event.event_id)
                    out.append(event)
                    continue
            if generic(entry):
                if not (self._killing_elsewhere(view, primary, trigger, lo, hi, places, out[0])
                        or deed_before_break(view, primary, trigger, hi)):
                    continue
                if len(out) == 1 and primary.end <= lo:
                    # the main event's parties and toll are told before the second deed's clause, not in it
                    own = self._event(view, primary, all_triggers, lo, hi, places, whole=True, upto=lo)
                    if own is not None:
                        out[0] = own
            second = second_one(view, primary, trigger, places, out[0] if out else None, hi)
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
                and pluperfect_cue(view, primary) is not None
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
                        event = _day_of(event, out[0])
            out.append(event)
        return [e for e in out if e is not None]

    def _also_recalled(self, view: SentenceMentions) -> bool:
        """Whether an Arabic sentence opening on كما ("also") with no day follows one that opens on the pluperfect
        (وكان/وكانت, قد within a few words) and tells no day either: it adds to the history recalled."""
        before = self.view_before
        if not view.toks or view.toks[0] != "كما" or before is None or not before.toks \
                or before.toks[0] not in ("وكان", "وكانت", "كان", "كانت") or "قد" not in before.toks[1:PLUPERFECT_QAD]:
            return False
        return not any(d.range.precision == "day" for v in (view, before) for d in v.dates())

    def merge_hints(self) -> MergeHints:
        """What the sentences told of the article's event mentions, for `merge.merge_events`."""
        return MergeHints(anaphoric=self.anaphoric, pointed=self.pointed, separate=self.separate, sides=self.toll_side,
                          near=self.near, bare=self.bare_blasts, reported_before=self.reported_before, items=self.items,
                          gunmen_told=self.gunmen_told, denials=self.denials, later=self.later,
                          unplaced=self.unplaced, characterised=self.characterised, sums=self.sums)

    def finish(self) -> None:
        """After the last sentence: a roundup whose lead and items tell no day at all ("Compiled by our Baghdad
        bureau." then "MOSUL - Gunmen shot dead a municipal employee in the afternoon"): its items are of the day
        before publication, the day the roundup was compiled (the same roundup dates its items by the weekday one of
        them tells, the day before publication)."""
        if self.undated_items and self.lead_dayless and self.lead_date is None and self.published is not None:
            eve = (self.published - timedelta(days=1)).isoformat()
            self._date_items(DateRange(eve, eve, "day"))

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
            subject = homograph_verb(view, trigger) or view.has("split_verb") and split_object(view, trigger)
            if subject and self._fighting_force(subject):
                return "active"
        if voice == "noun" and not arabic and trigger.start - 1 in view.bare("to_word"):
            return "active"  # "continued to attack ISIS positions": after "to" the noun is the verb, its object after it
        if voice == "active" and view.toks[trigger.start].endswith("ing") \
                and trigger.start - 1 in view.bare("gerund_determiner"):
            return "noun"  # "the killing", "the mukhtar's killing": a gerund after a determiner names the event
        if voice == "active" and not arabic and reduced_passive(view, trigger):
            return "passive"  # "one PMF fighter killed, three wounded": a log's passive without its "was"
        if voice == "active" and arabic:
            first = self.folded.to_original(view.sentence.starts[trigger.start] + len(trigger.clitic))
            if self.folded.original[first + 1:first + 2] == "\u064f":
                return "passive"
        return voice

    @staticmethod
    def _as_shelling(entry: TriggerEntry) -> TriggerEntry:
        """``entry`` as a shelling or missile attack: a militia's threat to hit foreign forces (rockets, drones)."""
        return dataclasses.replace(entry, event_type="Explosions/Remote violence",
                                   sub_event_type="Shelling/artillery/missile attack")

    def _ground_fighters_strike(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether English verb "strike" at ``trigger`` follows a modal ("could", "may try to") whose subject right
        before is armed men on the ground: a hostile noun ("insurgents", "gunmen") or a non-state armed actor."""
        verb = trigger.end - 1  # (the trigger may hold the modal: "could strike")
        # (back over the modal chain: `modal_verb` and `modal_chain` words, "may try to", "could once again")
        i, modals, chain = verb, view.bare("modal_verb"), view.bare("modal_chain")
        while i > 0 and (i - 1 in chain or i - 1 in modals):
            i -= 1
        if i == verb or view.toks[verb - 1] != "to" and verb - 1 not in modals:
            return False
        return any(h.end == i for h in view.kind("hostile_noun")) or any(
            a.end == i and self._kind(a) in NON_STATE_ARMED for a in view.longest("actor"))

    def _event(self, view: SentenceMentions, trigger: Match, triggers: list[Match], lo: int, hi: int,
               places: list[PlaceMention], whole: bool, upto: int | None = None) -> Event | None:
        """The event told by ``trigger`` in clause ``lo``..``hi``; with ``whole``, arguments come
        from anywhere in the sentence (before token ``upto`` when given: a later clause tells a deed of its own)."""
        entry: TriggerEntry = trigger.payload
        english = view.toks[trigger.start].isascii()
        # an English weak seizing word ("seized", "took"): ground taken, or people (an abduction, an arrest)
        weak_seizing = english and entry.sub_event_type == "Non-state actor overtakes territory" and entry.weight == 1
        rd = TriggerReading(trigger=trigger, triggers=triggers, lo=lo, hi=hi, places=places, whole=whole, upto=upto,
                            entry=entry, english=english, weak_seizing=weak_seizing)
        if self._told_no_event(view, rd):
            return None
        for step in self._STEPS:
            if step(self, view, rd) is False:
                return None
        return self._record(view, rd)

    def _told_no_event(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """Whether the word tells no event whatever its parties (a denial, a charge, a posture, a tally, a handover)."""
        if view.has("denial") and view.has("denial_of_role") and not told_before_denial(view, rd.trigger) \
                and not (self.sentence_number == 0 and (told_in_its_clause(view, rd.trigger) or rd.english and any(
                    d.start > rd.trigger.end for d in view.dates()))):
            return True  # "X denied any involvement in the attack": the attack is told elsewhere
        if view.has("accusation") and (charged(view, rd.trigger) or charged_with(view, rd.trigger)):
            return True  # "accused of kidnappings": a charge, not an event
        if view.has("populated") and view.has("denial") and self.last is not None \
                and rd.entry.event_type in VIOLENT_TYPES and any(
                    rd.trigger.end <= p.start <= rd.trigger.end + 2 for p in view.kind("populated")):
            # "لكن الجيش نفى أن يكون استهدف منطقة مأهولة": after an event told, a denial that populated areas were
            # hit denies harm to civilians of that strike, no event of its own (not a bare negation, "إنها لم تقصف
            # أي مناطق سكنية، مضيفة أنها قصفت مخزنا": its deed told beside it then loses its host)
            return True
        if not rd.english and bare_exposure(view, rd.trigger, self._fighting_force):
            return True  # "أعلنت الأنواء الجوية تعرض البلاد إلى منخفض جوي": exposed to weather, no attack
        if view.has("equipped") and rd.trigger.clitic.endswith("ب") and rd.entry.event_type == "Explosions/Remote violence" \
                and any(q.end == rd.trigger.start for q in view.kind("equipped")) and any(
                    m.start != rd.trigger.start and m.payload.weight >= 2 for m in rd.triggers):
            # "دمرت مخبأ بداخله سيارات مجهزة بعبوات ناسفة": what a thing is rigged or loaded with, beside another
            # event word that tells the deed, is no blast of its own
            return True
        if not rd.english and rd.entry.event_type in VIOLENT_TYPES and _moment_of(view, rd.trigger):
            # "استقبل الانتحاري فجر يوم التفجير": the day of the bombing, a known deed, is a time told
            return True
        if view.has("equipped") and rd.entry.event_type == "Explosions/Remote violence" and _strewn(view, rd.trigger):
            # "كانت المسافة مليئة بالعبوات الناسفة والسيارات الملغومة": ground or buildings full of or sown with
            # bombs; they lie there, none went off (no other event word needed)
            return True
        if rd.english and rd.entry.sub_event_type == "Peaceful protest" and rd.entry.weight == 1 and view.has("commemoration") \
                and not view.has("purpose") and self._commemorated(view, rd.trigger):
            # "gathered at the monument to mark the anniversary of the attack": a commemoration. Only a bare gathering
            # word: "staged a demonstration to commemorate the massacre" is a protest (ACLED codes it so)
            return True
        if rd.entry.sub_event_type == "Peaceful protest" and rd.entry.weight < 3 and view.has("celebration") and any(
                rd.trigger.end <= c.start <= rd.trigger.end + CELEBRATION_REACH and not any(
                    rd.trigger.end <= w.start < c.start for k in ("purpose", "reaction") for w in view.kind(k))
                for c in view.kind("celebration")):
            # "وخرج آلاف المواطنين إلى شوارع بغداد احتفالاً بالفوز": a crowd out to celebrate is no protest (one
            # told demanding or protesting first still is; so is a word that names a protest, weight 3)
            return True
        if not rd.english and rd.entry.sub_event_type == "Protest with intervention" and rd.trigger.end - rd.trigger.start == 1 \
                and not self._crowd_told(view, rd.trigger):
            # "وفي الموصل، يواصل التنظيم عمليات القتل والقمع": a bare word of repressing with no crowd in the sentence
            # (protesters, a protest word) nor a protest told just before is oppression in general, no protest
            return True
        if not rd.english and view.has("period_report") and any(r.start <= 1 for r in view.kind("period_report")) \
                and any(firm_count(view, q, 5) for q in view.quantities()):
            # "وبحسب الحصيلة، فإن 5800 شخص خطفوا من قبل التنظيم": a sentence sourced to a tally or statistics, with a
            # figure of five or more, tells that tally's share, no deed of the day
            return True
        if not rd.english and rd.entry.sub_event_type == "Remote explosive/landmine/IED" and rd.entry.voice == "noun" \
                and bombs_counted_detonated(view, rd.trigger):
            # "وتمكنت القوات من تدمير أربعة منازل وتفجير 199 عبوة ناسفة": so many bombs detonated at once is the
            # forces' clearing of them (a blast word over a count of bombs), no bomb that went off on anyone
            return True
        if (view.has("no_fatalities") or view.has("no_casualties")) and any(
                m.start <= rd.trigger.start < m.end for k in ("no_fatalities", "no_casualties") for m in view.kind(k)):
            return True  # "no one was killed": the toll of an event told elsewhere, and nil
        if rd.entry.weight == 1 and rd.entry.sub_event_type in POSTURE and (self.told or any(
                m.end <= rd.trigger.start and m.payload.weight >= 2 and m.payload.event_type in VIOLENT_TYPES
                for m in view.kind("trigger"))):
            # "police deployed in the area" after a clash: the response to it, not an event (so too after one told
            # earlier in the sentence: "نزاع عشائري ... أسفر عن مقتل شخص، وقد انتشرت قوة أمنية في المنطقة")
            return True
        if self.told and view.has("subsided") and rd.entry.weight < 3 and any(
                rd.trigger.end <= w.start <= rd.trigger.end + 1 or w.end == rd.trigger.start for w in view.kind("subsided")):
            # "By 5 p.m. the shooting had died down and both sides had pulled back", "هدأت الاشتباكات": the end of
            # the fight told before, no event of its own
            return True
        if rd.entry.sub_event_type == "Agreement" and view.has("truce_end") and any(
                rd.trigger.end <= w.start <= rd.trigger.end + TRUCE_END_REACH or rd.trigger.start - 2 <= w.end <= rd.trigger.start
                for w in view.kind("truce_end")):
            # "قال الحزب إن الهدنة مع الحكومة لم يعد لها معنى", "انهيار الهدنة", "the ceasefire collapsed": a truce
            # ended, no agreement reached
            return True
        if rd.entry.sub_event_type == "Other" and (rd.entry.weight == 1 or _passed_law(view, rd.trigger)) \
                and view.has("civil_matter") and any(
                rd.trigger.start - CIVIL_RELEASE_REACH <= c.start and c.end <= rd.trigger.end + CIVIL_RELEASE_REACH
                and "," not in view.toks[min(c.end, rd.trigger.end):max(c.start, rd.trigger.start)]
                for c in view.kind("civil_matter")):
            # "said salaries for September would be released within days", "released the budget funds": money
            # released is no release of captives; "parliament passed an emergency law to fund food imports and
            # electricity": a law voted on money is legislation, no state of emergency
            return True
        if rd.english and rd.entry.sub_event_type == "Change to group/activity" and rd.entry.voice == "active" \
                and (rd.trigger.start - 1 in view.bare("that_word") or any(
                    r.end == rd.trigger.start for r in view.kind("relative_pronoun"))):
            # "Iran-backed cells that broke away from the Mahdi Army", "a faction which split from the PMF": how a
            # group came to be, told to describe it, is no change of the day ("that" right before the verb is its
            # subject: a relative pronoun, no "said that")
            return True
        if rd.english and rd.entry.event_type == "Protests" and rd.entry.voice == "noun" and any(
                m.start == rd.trigger.end for k in ("person", "civilian_noun", "described_noun") for m in view.kind(k)):
            # "the killing of a prominent protest activist", "protest organisers said", "the protest movement": a
            # protest word naming the kind of a person or body is no protest told
            return True
        if rd.english and view.has("subset") and view.has("tally_noun") and not view.dates() and any(
                s.end <= rd.trigger.start <= s.end + 1 and any(t.end <= s.start for t in view.kind("tally_noun"))
                for s in view.kind("subset")):
            # "has recorded a string of incidents targeting campaigns, including torched offices": the deeds listed
            # after "including" a plural of incidents or attacks told before, with no day, are kinds of that series,
            # no event each ("including one on Tuesday in which a missile was fired" names its day: an event)
            return True
        if not rd.english and view.has("kinds_range") and view.has("tally_noun") and any(
                s.end <= rd.trigger.start and any(t.end <= s.start for t in view.kind("tally_noun"))
                for s in view.kind("kinds_range")):
            # "نفذت أربعة تنظيمات نحو 32 عملية، تراوحت ما بين اغتيال وتفجيرات انتحارية": the deeds listed after
            # "ranged between" a tally told before are kinds of the series counted, no event each
            return True
        if rd.english and rd.entry.weight == 1 and rd.entry.sub_event_type in ("Looting/property destruction",
                                                                      "Violent demonstration") \
                and self.told and self._last_type(2) in ("Explosions/Remote violence", "Battles") \
                and rd.trigger.start - 1 in view.bare("passive_aux") and not view.dates() \
                and not any(a.start >= rd.trigger.end for a in view.kind("agent_marker")):
            # "... and that several houses near the road were destroyed" right after the missile strike told: the
            # damage the strike or fight did, told passive with no doer and no day of its own, is no event of its own
            return True
        if rd.entry.weight == 1 and rd.entry.sub_event_type == "Agreement" and rd.entry.voice == "active" and self.told \
                and self._last_type(2) in DEMONSTRATION_TYPES:
            # "Police negotiated with them and traffic resumed" right after a road blocked by protesters: talks
            # with the crowd are how its protest ended, no agreement of its own (a verb of talks held: a dialogue
            # set for next week, "حوار مع ممثلي المتظاهرين مقرر الأسبوع المقبل", is news of its own)
            return True
        if rd.entry.weight == 1 and rd.entry.sub_event_type == "Other" and self.told and self.last is not None \
                and self.last[0].event_type in VIOLENT_TYPES and view.has("flight") \
                and any(f.start == rd.trigger.start for f in view.kind("flight")):
            # "The militants fled toward the Tigris and left their dead behind" after the town was retaken: the
            # losers' flight is part of the fight told, no event of its own; so is the doers' flight after a bombing
            # or a killing ("the attackers fled on a motorcycle" after a grenade thrown at a house)
            return True
        if rd.entry.sub_event_type == "Headquarters or base established" and any(
                m.start < rd.trigger.start < m.end for m in view.kind("target_marker")):
            return True  # "على مطار أربيل، حيث تتمركز قوات التحالف": where the side hit is stationed, no new base
        if (self.told or self.tallied or rd.english) and rd.entry.event_type == "Strategic developments" and any(
                r.start < rd.trigger.end and rd.trigger.start < r.end for r in view.kind("response")):
            # "وفرضت حظراً للتجوال", "استقدمت تعزيزات" after a clash: the response to it (after violence counted too:
            # "Two explosions brought down the minarets ... A curfew was declared in Baghdad"); in English a curfew
            # or reinforcements are never an event of their own, told first or not ("In Kirkuk, a curfew was imposed
            # after disputes over the vote count": a precaution, which the development golds never code)
            return True
        if rd.entry.weight == 1 and rd.entry.sub_event_type == "Non-violent transfer of territory":
            # (or after a fight told before it in the same English sentence: "Islamic State fighters seized the
            # government compound in Ramadi after a wave of suicide car bombs, and security forces withdrew")
            if (self.told and (rd.english or self.last is not None and self.last[0].event_type == "Battles")
                    or rd.english and any(t.end <= rd.trigger.start and t.payload.event_type == "Battles"
                                       for t in view.kind("trigger"))) \
                    and not any(f.end <= rd.trigger.start <= f.end + 2 for f in view.kind("future")):
                # (a handover told as a plan, "The coalition plans to hand over further sites", is news of its own)
                # "security forces withdrew toward a base" after the city fell, "وإن من تبقى من مسلحي التنظيم انسحبوا
                # باتجاه حي الصوفية" after the compound was retaken: the retreat is part of the fight
                return True
            if any(rd.trigger.end <= u.start <= rd.trigger.end + UNDER_FIRE_REACH for u in view.kind("under_fire")):
                return True  # "انسحبت القوة من موقعها تحت النار", "pulled out under heavy fire": a retreat in a fight
            if view.has("quit_body") and self._quits_no_ground(view, rd.trigger):
                return True  # "انسحبت بعض الفصائل من برنامج التدريب", "withdrew from the talks": no ground left
        if rd.entry.sub_event_type in TERRITORY_TYPES and not (rd.weak_seizing and rd.entry.voice == "active") and any(
                m.start == rd.trigger.end or m.start == rd.trigger.end + 1 and rd.trigger.end in view.bare("article")
                for k in ("civilian_noun", "person") for m in view.kind(k)):
            # "تحرير مهندس", "تحرير المختطفين", "the liberation of a young man who was kidnapped": a captive freed,
            # not ground retaken (an English weak seizing verb, "gunmen seized a journalist", took the man: an
            # abduction, `person_seized`)
            return True
        if rd.entry.sub_event_type == "Disrupted weapons use" and rd.entry.weight == 1 and rd.entry.voice == "active" \
                and self._person_object(view, rd.trigger):
            # "اعترضوا التاجر قرب محله", "اعترض مسلحون مجهولون الطبيب": gunmen stopping a man intercepted no weapon
            return True
        if self._handed_over_people(view, rd.trigger, rd.entry, rd.english):
            return True  # "سلم التنظيم 11 جثة للطب العدلي", "وقد سلمت إلى وزارة الداخلية": people or bodies, not ground
        return False

    def _argument_span(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """Where the event's parties may be read (a clause break, an earlier event referred to, a reference cut)."""
        rd.a_lo, rd.a_hi = (0, len(view.toks) if rd.upto is None else rd.upto) if rd.whole else (rd.lo, rd.hi)
        if rd.whole and not rd.english and view.has("clause_break"):
            # "تبادل مسلحون إطلاق النار مع الشرطة، فيما استهدفت سيارة مفخخة مركزاً للجيش": a clause opened by
            # فيما/بينما after another deed's verb tells news of its own; its event takes no party from before it
            # (unless a source speaks in it: "فيما أكد المنظمون أن القوات أطلقت النار" answers what was told before)
            # (not after a bare toll whose wounded the break goes on counting: "قتل شخصان فيما أصيب سبعة آخرون في
            # انفجار عبوة ناسفة" tells the blast's dead and wounded, `toll_then_wounded`)
            rd.a_lo = max([c.end for c in view.kind("clause_break") if rd.a_lo < c.start and c.end <= rd.trigger.start
                        and any(t.start < c.start and t.payload.voice == "active" for t in rd.triggers)
                        and not any(c.end <= r.start < rd.trigger.start for r in view.kind("report_verb"))
                        and not toll_then_wounded(view, rd.triggers, rd.a_lo, c)],
                       default=rd.a_lo)
            # "انفجرت عبوة ناسفة قرب سوق شعبي، فيما تواصل القوات الأمنية عمليات التفتيش": a clause opened by فيما/بينما
            # after the event word that tells no deed and no casualty of its own (the forces searching, a government
            # reassuring people) names no party of it, unless a source speaks in it
            # (a blast's: the doers of a shooting go on in such a clause, "وأحرقوا سيارتهم، فيما تمكن رابع من الفرار")
            if rd.entry.event_type == "Explosions/Remote violence":
                rd.a_hi = min([c.start for c in view.kind("clause_break") if rd.trigger.end <= c.start < rd.a_hi
                            and no_deed_after(view, rd.triggers, c.end, rd.a_hi)], default=rd.a_hi)
            # "قتل خمسة مدنيين في قصف بقذائف الهاون على القرية، فيما شن طيران التحالف غارات على مواقع التنظيم": a
            # clause opened by فيما/بينما after the event word that tells a deed of another kind, with no source
            # speaking in it, is that deed's news; its parties are not this event's
            rd.a_hi = min([c.start for c in view.kind("clause_break") if rd.trigger.end <= c.start < rd.a_hi
                        and other_deed_after(view, rd.triggers, rd.entry, c.end, rd.a_hi)], default=rd.a_hi)
        if rd.upto is not None:
            rd.places = [p for p in rd.places if p.match.start < rd.upto]
        if rd.english and rd.trigger.start > 0 and view.toks[rd.trigger.start - 1] == "the" \
                and rd.trigger.start in view.bare("victim_adjective"):
            return False  # "funeral prayers for the slain official": an adjective of a victim told before, no deed
        refers = rd.whole and rd.entry.voice == "noun" and view.has("reference") and rd.english
        rd.anaphoric = self._anaphoric(view, rd.trigger, rd.whole) if refers else None
        if rd.anaphoric:  # (asked of a referring English noun only)
            # "The attack came a week after a rocket barrage on Camp Taji killed two soldiers": an event told
            # before takes nothing from the earlier one the sentence refers to (its day neither: "the strikes hit
            # depots ..., in response to attacks including Friday's rocket barrage")
            rd.a_hi = min([r.start for r in view.kind("reference") if rd.trigger.end <= r.start < rd.a_hi], default=rd.a_hi)
            rd.places = [p for p in rd.places if p.match.start < rd.a_hi]
            rd.cut_at = rd.a_hi
        elif rd.whole and rd.english and view.has("reference"):
            # "the strikes targeted depots near al-Qaim, in response to repeated attacks on bases ..., including
            # Friday's rocket barrage": a reference phrase set off by a comma after the event word opens the
            # earlier events it answers; their day, place, parties and toll are not this event's
            cut = min([r.start for r in view.kind("reference") if rd.trigger.end < r.start < rd.a_hi
                       and view.toks[r.start - 1] == ","], default=rd.a_hi)
            rd.cut_arguments(cut)
        elif not rd.english and rd.entry.voice == "noun" and view.has("reference") \
                and is_definite(view.toks[rd.trigger.start]):
            # "وقال إن الغارة كانت ردا على مواجهات الخميس الماضي": a day told past a word of response right after a
            # definite event noun (the deed told before, said to answer another) is the earlier deed's, not this
            # one's (not "ردا على أنباء عن قصف ليل أمس": the reports are of this deed)
            # (told as what the deed was or came as, "كانت", "جاءت": not "تتواصل الهجمات ردا على الغارات", a run of
            # deeds of their own)
            between = [t for t in view.toks[rd.trigger.end:rd.trigger.end + RESPONSE_REACH] if t not in ('"', ")")]
            if between[:1] and between[0] in AR_CAME_AS:
                rd.cut_at = min((r.start for r in view.kind("reference") if r.payload.value == "response"
                              and rd.trigger.end < r.start <= rd.trigger.end + RESPONSE_REACH
                              and not any(n.start == r.end for n in view.kind("report_noun"))), default=None)
        if rd.whole and not rd.english and view.has("recall_lead") and rd.entry.event_type in VIOLENT_TYPES:
            # "قصف مواقع الحزب ليتواصل مسلسل العنف منذ الاعتداء الانتحاري في سوروتش الذي أودى بحياة 32 شابا",
            # "قتل جنديان بانفجار ... إثر الهجوم الذي نفذه مسلحون": past the clause recalling an earlier deed, its
            # parties, place and toll are that deed's, not the event's told before it
            rd.cut_arguments(recalled_clause_at(view, rd.trigger.end, rd.a_hi))
        # the date reads nothing the parties and toll below set: worked out first, so that an Arabic event word over
        # a long period, which `_cumulative` drops whatever its parties, costs no search for them
        if rd.english and rd.cut_at is None and view.has("place_relative") and view.has("past_aux"):
            # "drove the vehicles into a barracks where troops had taken up positions after advancing last week":
            # a "where" clause after the event word told in the pluperfect ("had") describes the place by what was
            # done there before; its day is not the event's
            rd.cut_at = min((w.start for w in view.kind("place_relative") if rd.trigger.end <= w.start < rd.a_hi and any(
                w.end <= x.start <= w.end + WHERE_REACH for x in view.kind("past_aux"))), default=None)
        return True

    def _event_date(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """The event's date and whether it was told; an Arabic word in a long-period tally is dropped here."""
        rd.when, rd.date_span, rd.date_explicit = self._date(view, rd.a_lo, rd.a_hi, rd.trigger.start, before=rd.cut_at)
        rd.report_day = self.reported_date  # the day told is only a report's (`_date`)
        if rd.entry.sub_event_type == "Arrests" and rd.trigger.payload.voice == "noun" and not rd.english \
                and self.published is not None and (view.has("day_offset") or view.has("weekday")) \
                and (not rd.date_explicit or rd.date_span is not None and self._token_at(view, rd.date_span.start) < rd.a_lo) \
                and self._state_announcer(view, rd.trigger):
            # "وأعلنت قيادة شرطة ميسان، مساء اليوم الاثنين، اعتقال شخص يشتبه بتورطه في الجريمة": a state body
            # announcing its own arrest today, with no other day told, made it by today; the day of the killing told
            # before is the crime's, not the arrest's (so is a day told in an earlier clause, the crime's: "أعلنت
            # ...، اليوم الاثنين، تحرير تاجر اختطفه مسلحون قبل ثلاثة أيام في الهندية، واعتقال اثنين")
            today = self.today.start
            told_today = next((d for d in view.dates() if d.range.start == today and d.range.precision == "day"), None)
            if told_today is not None and rd.when is not None and rd.when.start != today:
                rd.when, rd.date_span = told_today.range, self.span(view, told_today.start, told_today.end)
        rd.date_at = self._token_at(view, rd.date_span.start) if rd.date_span is not None else -1
        rd.own_day = rd.when if rd.date_explicit else None  # (the later changes of `when` are all to an implicit day)
        # (the later test of the same, for the other words, gives the same answer: not asked twice)
        rd.long_told = not rd.english and rd.entry.sub_event_type != "Arrests"
        # (a deed dated to a coming day or month is no tally of the past: "معلنين عزمهم تنظيم اعتصام ... يوم الأحد
        # المقبل" after "إنها الرابعة منذ مطلع العام", "ستسلم القاعدة خلال الشهر المقبل")
        if rd.long_told and not self._dated_ahead(view, rd.lo, rd.hi) and self._cumulative(view, rd.lo, rd.hi, rd.own_day, rd.date_at, rd.trigger.start) \
                and not (view.has("future") and rd.entry.event_type in VIOLENT_TYPES
                         and status_of(view, rd.trigger, rd.lo, rd.hi, rd.own_day, self.published) == "planned"):
            # (a plan of violence counts nothing done: "كانوا يخططون لتنفيذ تفجيرات ... خلال الأيام العشرة الأخيرة
            # من شهر رمضان" tells when the bombings were to be, no tally of ten days; an agreement said to be coming,
            # "قال في بداية هذا العام إنه سيتم التوصل إلى اتفاق", stays out)
            self._cumulative_drop(view, rd.trigger, rd.lo, rd.hi, rd.a_lo, rd.a_hi, rd.own_day)
            return False
        return True

    def _agent_and_target(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """The doer and the side hit as the sentence names them, none past a reaction or a reference."""
        rd.voice = self._voice(view, rd.trigger)
        rd.role_trigger, rd.role_voice = rd.trigger, rd.voice
        if rd.voice == "noun":
            # "SDF forces killed an IS commander during a night raid": the verb tells who did it to whom
            verbs = [m for m in rd.triggers if m.payload.voice == "active" and rd.lo <= m.start < rd.trigger.start
                     and m.payload.event_type != "Protests" and view.toks[m.start].isascii()]
            if verbs:
                # the surer verb, then the nearer: "killed two militants and captured a third during a raid"
                rd.role_trigger = min(verbs, key=lambda m: (-m.payload.weight, abs(m.start - rd.trigger.start)))
                rd.role_voice = self._voice(view, rd.role_trigger)
        rd.agent, rd.target = assign_roles(view, rd.role_trigger, rd.a_lo, rd.a_hi, self.k, rd.role_voice)
        if not rd.english and rd.voice == "noun" and rd.agent is not None and rd.agent.end <= rd.trigger.start and self.told \
                and rd.entry.event_type in VIOLENT_TYPES and speaker_that(view, rd.agent.end) \
                and any(r.end <= rd.agent.start <= r.end + 2 for r in view.kind("report_verb")) \
                and self._anaphoric(view, rd.trigger):
            # "وأوضح بيان لجهاز مكافحة الإرهاب أن الضربة التي وقعت صباح الخميس أدت إلى مقتل اثنين": the body named
            # right after the verb of saying, before its "that", tells of the deed a definite noun refers back to
            # (told before, with its own doer): it is the source, not the doer
            rd.agent = None
        if rd.english and rd.role_voice == "active" and rd.agent is not None and rd.agent.end <= rd.role_trigger.start:
            aside = aside_before(view.toks, rd.role_trigger.start)
            if aside is not None and aside < rd.agent.start:
                # "The strike, conducted on intelligence provided by the Counter-Terrorism Service, destroyed a
                # cave complex": a party named inside an aside set off by commas right before the verb is the
                # aside's, not the verb's subject, which stands before the aside
                rd.agent = next((m for m in view.longest("actor") if m.end == aside), None)
                if rd.agent is not None and rd.target is not None and rd.target.payload == rd.agent.payload:
                    rd.target = None  # (the subject was read as the side hit when the aside's party was the doer)
        if rd.agent is None and rd.english and rd.role_voice == "active" \
                and rd.role_trigger.start == 1 and view.has("back_pronoun") and view.kind("back_pronoun")[0].start == 0:
            # "two men with rifles knocked on the gate ... They shot him and his eldest son in the courtyard": a
            # plural pronoun opening the sentence, right before the deed, is the armed men the sentence before named
            armed = self._armed_before()
            if armed is not None:
                rd.agent = Match(0, 1, "actor", armed.payload, "")
        # "أضرم محتجون النار ... احتجاجاً على مقتل متظاهر برصاص مجهولين": those named past "in protest at" are
        # the parties of what was protested, not of this event
        rd.reacted = min((r.start for r in view.kind("reaction") if r.start >= rd.trigger.end), default=len(view.toks)) \
            if view.has("reaction") else len(view.toks)
        if rd.english and view.has("reference") and view.has("report_verb"):
            # "killing at least 11 people, police said, a week after U.S. and Iraqi troops launched a crackdown":
            # a reference word just past the source told after the event opens the wire's background, whose
            # parties are not this event's
            rd.reacted = min([rd.reacted] + [f.start for r in view.kind("report_verb") if r.start >= rd.trigger.end
                                       for f in view.kind("reference") if r.end <= f.start <= r.end + BACKGROUND_GAP
                                       and "," in view.toks[r.end:f.start]])
        if rd.english and view.has("since"):
            # "shot dead a shop owner ..., the latest killing since Iraqi forces took control of the city": a clause
            # opened by "since" after the event word tells the time or state it is measured from, not a side of it
            rd.reacted = min([rd.reacted] + [s.start for s in view.kind("since") if s.start >= rd.trigger.end])
        rd.agent = None if rd.agent is not None and rd.agent.start > rd.reacted else rd.agent
        rd.target = None if rd.target is not None and rd.target.start > rd.reacted else rd.target
        if rd.target is not None and rd.target.end <= HEADLINE_LABEL < len(view.toks) \
                and self._kind(rd.target) not in STATE_OR_ARMED and any(
                rd.target.end <= i <= rd.trigger.start and self._headline_item(view, i) for i in range(1, HEADLINE_LABEL + 1)):
            # "مسؤول محلي في دهوك: قصف مدفعي تركي طال أطراف قرى ...": the short source label before a bulletin's
            # colon is who tells the news, not the side hit (an armed body's label may tell its own men's fight)
            rd.target = None
        if rd.english and finder(view, rd.agent, rd.trigger):
            rd.agent = None  # "Police found the bodies of two men, bound and shot in the head": not who killed them

    def _unnamed_agent(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """The doer when the sentence names none: our men, the state, a unit or institution referred to, the issuer."""
        if rd.agent is None and self.issuer is not None and view.has("our_men"):
            # "استهدف مجاهدونا قاعدة الاحتلال", "ألقت مفارزنا القبض على شخصين": the issuer's own men did it
            # (the men as the subject: right after a verb, "استهدف مجاهدونا", "ألقت مفارزنا القبض", or right before
            # an active event verb, "مقاتلونا اشتبكوا"; "استشهد أحد مجاهدينا" names a victim)
            verbs = {m.end for k in ("trigger", "target_marker", "light_verb", "find_verb") for m in view.kind(k)
                     if k != "trigger" or m.payload.voice == "active"}
            ours = next((w for w in view.kind("our_men") if rd.a_lo <= w.start < rd.a_hi and (w.start in verbs or any(
                t.start == w.end and t.payload.voice == "active" for t in view.kind("trigger")))), None)
            if ours is not None:
                rd.agent = Match(ours.start, ours.end, "actor", self.issuer, "")
                rd.ours_told = True
        if rd.agent is None and not rd.ours_told and not rd.english and rd.entry.event_type == "Riots" and view.has("our_men") \
                and any(rd.a_lo <= w.start < rd.trigger.start for w in view.kind("our_men")):
            # "قال العميد إن «قواتنا تمكنت فجر اليوم من اقتحام المبنى»": an officer's "our forces" storming a
            # place is his forces' assault, no crowd's riot
            return False
        if rd.target is None and self.issuer is not None and view.has("our_sites") and not rd.english \
                and rd.entry.event_type in VIOLENT_TYPES and (rd.agent is None or rd.agent.payload != self.issuer) \
                and not view.has("report_verb") and "«" not in view.toks:
            # "صد تعرّض نفذته فلول داعش على إحدى نقاطنا", "ارتقى شهيدان من مقاتلينا": the statement's own posts or
            # men told after the event word, not as its subject, were hit: the issuer its heading names (not in the
            # words of another speaker the statement quotes: "قال ناطق باسم القوات إنه لم يسجل أي هجوم على دورياتنا")
            mine = next((w for w in view.kind("our_sites") if rd.trigger.end <= w.start < rd.a_hi), None)
            if mine is not None:
                rd.target = Match(mine.start, mine.end, "actor", self.issuer, "")
        rd.state = state_subject(view, rd.role_trigger, rd.role_voice, rd.a_lo, rd.a_hi) \
            if view.has("state_agent") and rd.entry.event_type in VIOLENT_TYPES else None
        if rd.state is not None and (rd.agent is None or self._kind(rd.agent) not in STATE_SIDE
                                  or self.k.actors[rd.agent.payload].actor.country
                                  != self.k.actors[rd.state.payload].actor.country):
            # "وبدأت تركيا قصف معسكرات لحزب العمال": the country that did it is its forces, no place of the event;
            # the party after the word that had been taken for the agent is the one hit. The name only fills the
            # side: it is not the agent that makes a verb news (below)
            if rd.target is None and rd.agent is not None and rd.agent.start > rd.trigger.start and not any(
                    rd.trigger.start < b.end <= rd.agent.start and rd.agent.end <= rd.state.start for b in view.kind("blame")):
                rd.target = rd.agent  # (not the accuser: "a strike attributed by local officials to Turkey")
            rd.agent = rd.state
            rd.places = [p for p in rd.places if not p.match.start <= rd.state.start < p.match.end]
        if rd.entry.sub_event_type == "Arrests" and rd.agent is None and (last_type := self._last_type(2)) is not None and (
                    last_type == "Protests" and any(
                        self._kind(m) in CROWD_KINDS for m in view.kind("actor")
                        if m.start < rd.trigger.start or rd.target is not None and m.start == rd.target.start)
                    or rd.english and last_type in DEMONSTRATION_TYPES and any(
                        m.end <= rd.trigger.start and m.payload.sub_event_type == "Protest with intervention"
                        for m in view.kind("trigger"))):
            # "Local media reported four protesters injured and three briefly detained": the protesters held when
            # the protest told just before was broken up are part of that intervention, no arrest of their own; so
            # are those held when the crowd of a protest or riot told just before was dispersed ("Police used water
            # cannon to disperse hundreds of people, and several were arrested")
            return False
        if rd.agent is None and view.has("institution_ref"):
            rd.agent = self._institution(view, rd.trigger, rd.lo, rd.hi)
        if rd.agent is None and view.has("group_ref"):
            rd.agent = self._group_ref(view, rd.trigger, rd.lo, rd.hi)
        if not rd.english and (rd.agent is not None and rd.agent.payload == "unidentified-gunmen"
                            or rd.target is not None and rd.target.payload == "unidentified-gunmen"):
            rd.agent, rd.target = self._gunmen_named_before(view, rd.agent, rd.target)
        if rd.agent is None and view.has("other_unit"):
            rd.agent = self._other_unit(view, rd.trigger, rd.lo, rd.hi)
        if rd.agent is None and view.has("unit_ref") and rd.entry.sub_event_type in STATE_ACTIONS and not rd.english:
            rd.agent = self._unit_ref(view, rd.trigger, rd.lo, rd.hi)
        if rd.agent is None and self.issuer is not None and not rd.english and rd.entry.sub_event_type in STATE_ACTIONS \
                and self.k.actors[self.issuer].actor.kind == "State forces":
            # "بيان ... قيادة شرطة محافظة ذي قار:" then "نفذت القوات عمليات دهم أسفرت عن إلقاء القبض على سبعة
            # متهمين": a state force's statement telling an arrest or seizure with no doer named tells its own
            rd.agent = Match(rd.trigger.start, rd.trigger.end, "actor", self.issuer, "")
        # what an operation yielded ("وأسفرت العملية عن ضبط وكر"): read once, for its doer and its support below
        rd.yielded = not rd.english and operation_yield(view, rd.trigger, rd.entry)
        if rd.agent is None and rd.yielded and self.view_before is not None and self.view_before.has("actor"):
            # "نفذت قطعات قيادة عمليات بغداد عملية تفتيش ... وأسفرت العملية عن ضبط وكر": the yield of the operation
            # the sentence before told is the find of the state force that carried it out, the last one named there
            rd.agent = next((Match(rd.trigger.start, rd.trigger.end, "actor", m.payload, "")
                          for m in reversed(self.view_before.longest("actor"))
                          if self.k.actors[m.payload].actor.kind == "State forces"), None)
        if rd.agent is None and not rd.english and rd.entry.sub_event_type == "Air/drone strike" \
                and rd.trigger.payload.voice == "active" and (rd.target is None or self._kind(rd.target) not in STATE_SIDE):
            # "أعلن الجيش الأميركي في بيان أن طائرة تابعة له قصفت مسلحين": an aircraft's bombing of armed men no one
            # is named flying, told by a state's or a foreign force's statement, is that force's own (not a drone
            # that "targeted" a base: "أعلنت وزارة الداخلية أن طائرة مسيرة استهدفت قاعدة للتحالف")
            rd.agent = self._flying_announcer(view, rd.trigger)
        return True

    def _casualties(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """The dead and wounded of the event (not a charge's, a war's or another clause's), and whether implied."""
        rd.fatalities, rd.injured = attach_casualties(view, rd.a_lo, rd.a_hi)
        # (Arabic too: "اعتقال متهمين بالضلوع في تفجير العبوة التي أودت بحياة ضابط")
        deed = min((b.start for b in self.charged if b.start > rd.trigger.start), default=None) \
            if self.charged and (rd.english or rd.entry.sub_event_type == "Arrests") else None
        if deed is not None:
            # "arrested four men suspected of killing a lawyer": the victim and the dead of the deed charged are
            # not the arrest's
            rd.fatalities = None if rd.fatalities and rd.fatalities[1].start >= deed else rd.fatalities
            rd.injured = None if rd.injured and rd.injured[1].start >= deed else rd.injured
            rd.target = None if rd.target is not None and rd.target.start > deed else rd.target
            if not rd.english and rd.agent is not None and rd.agent.start > deed:
                # (nor is a force named in the deed the arrester: "أودت بحياة ضابط في جهاز مكافحة الإرهاب"; the state
                # body announcing the arrest made it)
                rd.agent = next((a for a in speaking_bodies(view, rd.trigger.start) if self._kind(a) == "State forces"
                              and a.start < rd.trigger.start), None)
        if not rd.english and rd.entry.sub_event_type == "Arrests" and view.has("reference") and (rd.fatalities or rd.injured) \
                and not any(m.payload.sub_event_type == "Armed clash" for m in rd.triggers):
            # "ألقت الشرطة القبض على خلية ... بعد أسابيع من تفجير كنيسة أودى بحياة 15 شخصا": a toll told past a
            # reference word after the arrest word is the earlier deed's, not the arrest's (a raid that turned into
            # an exchange of fire keeps its dead: it is a clash)
            rd.fatalities, rd.injured = tolls_upto(first_past(view, ("reference",), rd.trigger.start), rd.fatalities, rd.injured)
        if not rd.english and rd.entry.sub_event_type == "Arrests" and (rd.fatalities or rd.injured):
            # "شنت غارات ...، أسفرت عن مقتل 260 مسلحاً، ... وألقت فرق الأمن القبض على 1500": a toll told in an
            # earlier clause, after a violent event word of its own, is that deed's, not the arrest's
            told = min(t[1].start for t in (rd.fatalities, rd.injured) if t)
            if told < rd.trigger.start and "," in view.toks[told:rd.trigger.start] and any(
                    m.start < told and m.payload.event_type in VIOLENT_TYPES for m in rd.triggers) \
                    and not any(m.payload.sub_event_type == "Armed clash" for m in rd.triggers):
                # (a raid's exchange of fire ending in arrests keeps its dead: it is a clash)
                rd.fatalities = rd.injured = None
        if rd.english and rd.fatalities and rd.trigger.start < rd.fatalities[1].start and view.has("reference") \
                and view.has("killing") and any(
                    0 <= rd.fatalities[1].start - r.end <= 1 for r in view.kind("reference") if r.start > rd.trigger.start):
            # "fired rockets ..., in retaliation for the killing of two of their commanders": the dead of a killing
            # a reference word names after the event word are that killing's, not the news's
            rd.fatalities = None
        if war_toll(rd.trigger, rd.fatalities, rd.date_span is not None):
            return False  # "تم قتل أكثر من 200 ألف بريء": a war's toll, no single event
        # a toll told in another clause over years ("تمرد أودى بحياة 40 ألف شخص منذ 1984") is not this event's
        rd.fatalities = None if rd.fatalities and self._toll_elsewhere(view, rd.fatalities[0], rd.lo, rd.hi) else rd.fatalities
        rd.injured = None if rd.injured and self._toll_elsewhere(view, rd.injured[0], rd.lo, rd.hi) else rd.injured
        if view.has("background") and view.toks[0].isascii():
            # "wounded three soldiers, weeks after a similar blast killed a police officer": a toll told after a
            # `prior` cue that stands after the event word is the earlier event's
            prior = [c.end for c in view.kind("background") if opens_prior(view, c) and c.start > rd.trigger.start]
            rd.fatalities = None if rd.fatalities and any(p <= rd.fatalities[0].start for p in prior) else rd.fatalities
            rd.injured = None if rd.injured and any(p <= rd.injured[0].start for p in prior) else rd.injured
        if rd.english and rd.fatalities and view.has("contrast") and view.has("negation") and view.has("report_verb") \
                and any(rd.trigger.start - NEGATED_REACH <= n.start < rd.trigger.start for n in view.kind("negation")):
            # "Turkey's defence ministry did not comment on the Sinjar strike directly, but said in a weekly briefing
            # that its forces had neutralised 14 militants over the past seven days": the event word is what the
            # speaker left unsaid; the figures it went on to give past "but" and its report verb are of other deeds
            said = min((r.start for c in view.kind("contrast") if c.start >= rd.trigger.end
                        for r in view.kind("report_verb") if c.end <= r.start <= c.end + CONTRAST_REPORT_REACH),
                       default=len(view.toks))
            rd.fatalities, rd.injured = tolls_upto(said, rd.fatalities, rd.injured)
        # a crowd right by a word of destruction riots ("أضرم محتجون النار"): its event is a crowd's too
        rd.crowd_by = next((m for m in view.kind("actor") if abs(m.start - rd.trigger.end) <= 2
                         and self._kind(m) in CROWD_KINDS), None) \
            if rd.entry.sub_event_type == "Looting/property destruction" else None
        crowd = rd.entry.event_type in DEMONSTRATION_TYPES or rd.agent is not None and \
            self._kind(rd.agent) in CROWD_KINDS or rd.crowd_by is not None
        if crowd and (view.has("reference") or view.has("reaction")):
            # "held a march to mark the anniversary of the attacks in which 3 were killed", "called for a march
            # after the killing of a general": the dead told after a reference word are not the crowd's, nor
            # those it protests ("أضرم محتجون النار في مقر حزب احتجاجاً على مقتل متظاهر")
            kinds = ("reference", "reaction") if rd.entry.event_type == "Protests" else ("reaction",)
            rd.fatalities, rd.injured = tolls_upto(first_past(view, kinds, rd.trigger.start), rd.fatalities, rd.injured)
        # "16 militants were killed or injured": the figure counts the dead with the wounded, no sure dead
        # ("killed, wounded, or captured"; "nobody was killed or hurt" keeps its zero)
        if toll_counts(rd.fatalities) and view.has("alternative") and view.has("injury") and any(
                rd.fatalities[1].end <= o.start <= rd.fatalities[1].end + 4
                and any(rd.fatalities[1].end <= c.start <= o.end for c in view.kind("injury"))
                for o in view.kind("alternative")):
            rd.fatalities = None
        if rd.fatalities is None:
            # (inside the event words too: "was shot dead")
            killing = next((m for m in view.kind("killing") if m.start <= rd.trigger.start < m.end
                            or rd.trigger.start < m.start < rd.trigger.end), None) if view.has("killing") else None
            # "killed, captured or wounded 3 militants": any of them may have died, none surely did
            if killing is not None and view.has("alternative") and any(
                    killing.end <= o.start <= killing.end + 3 for o in view.kind("alternative")):
                killing = None
            # "نجا من محاولة اغتيال", "an assassination attempt": an attempt on a life, no sure dead
            if killing is not None and view.has("attempt") and any(
                    a.end <= killing.start <= a.end + 1 or a.start == killing.end for a in view.kind("attempt")):
                killing = None
            if killing is not None:  # "اغتال مسلحون ناشطا": a killing with no figure has at least one dead
                rd.fatalities = (QuantitySpan(killing.start, killing.end, Quantity(1, 1, None), 1), killing)
                rd.implied = True
        return True

    def _event_place(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """The event's place, sought in its clause first (Arabic) or in its span (English)."""
        # Arabic: a place in the event word's own clause first ("واعتقال اثنين ... في قرية تابعة لقضاء الدبس"),
        # then the nearest in the sentence. (In English it lifts ACLED admin2 0.60 -> 0.65 but costs one admin1 row.)
        p_lo, p_hi = (rd.a_lo, rd.a_hi) if rd.english else (rd.lo, rd.hi)
        if rd.voice != "noun" and view.has("relative") and not rd.english:
            # "تنعى غرفة محامي ميسان الزميل الذي اغتاله مسلحان ... وسط مدينة العمارة": the places before the
            # relative pronoun describe the one the clause tells of, not where the deed was done
            p_lo = max([p_lo] + [r.end for r in view.kind("relative")
                                 if p_lo <= r.start and r.end <= rd.trigger.start <= r.end + 2])
        if rd.voice == "noun" and rd.entry.sub_event_type == "Disrupted weapons use" and not rd.english \
                and rd.agent is not None and rd.agent.start > rd.trigger.end and self._kind(rd.agent) not in STATE_SIDE \
                and view.has("report_verb"):
            # "أعلنت وزارة الداخلية البحرينية عن إحباط عملية تهريب متفجرات كان ينوي الإرهابيون إدخالها": the state
            # force announcing a foiling did it; the group named after the word is the one foiled (a state's
            # government or a foreign one named speaking is no doer of it; only the speaker of the sentence's first
            # reporting verb is: "أعلنت الوزارة أنها بالتزامن مع إعلان المرشد الإيراني ... عن إحباط")
            first = min(r.end for r in view.kind("report_verb"))
            body = next((a for a in speaking_bodies(view, rd.trigger.start)
                         if self._kind(a) == "State forces" and 0 <= a.start - first <= 1), None)
            if body is not None:
                rd.agent, rd.target = body, rd.agent
        rd.where, rd.place_span, rd.place_explicit = self._place(view, rd.places, p_lo, p_hi, rd.trigger.start)
        if rd.where is not None and rd.where.precision == "admin1" and rd.where.admin1_code and view.has("generic_name") \
                and not rd.english:
            # "كربلاء – ... قرب ساحة التربية وسط المدينة": "the city" where only the governorate is known (a dateline
            # or a police command's name shared by the governorate and its seat) is the governorate's seat
            seat = governorate_seat(self.k.places, rd.where.admin1_code)
            if seat is not None:
                rd.where = location_of(seat)

    def _event_status(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """The event's status (occurred, planned, hypothetical, ...), with the roles a speaker's own side changes."""
        rd.status = status_of(view, rd.trigger, rd.lo, rd.hi, rd.own_day, self.published)
        if rd.status == "occurred" and rd.english and rd.agent is not None and view.has("denial_of_role") and any(
                rd.agent.end <= d.start and _role_denied(view, d, rd.trigger.start) for d in view.kind("denial")):
            rd.agent = None  # "The PKK denied it was behind a roadside bomb that killed ...": the denier did not do it
        if rd.status == "occurred" and rd.ours_told and self._kind(rd.agent) in NON_STATE_ARMED:
            rd.status = "claimed"  # an armed group's statement of what its men did is its claim
        if rd.status == "occurred" and not rd.english:
            claimant = self._self_claimant(view, rd.trigger)
            if claimant is not None:
                # "وقالت الجماعة في بيان إنها خطفتهما", "وقال جيش أنصار السنة إنه أعدمهم": an armed group saying it did
                # the deed claims it (the group named is its agent)
                rd.status = "claimed"
                if claimant is not True:
                    # (a party taken for the doer is the one it hit: "إنه فجر عبوة ناسفة بدورية أمريكية")
                    if rd.target is None and rd.agent is not None and rd.agent.payload != claimant.payload:
                        rd.target = rd.agent
                    rd.target = None if rd.target is not None and rd.target.payload == claimant.payload else rd.target
                    rd.agent = claimant
        if rd.status == "occurred" and rd.agent is not None and not rd.english \
                and (view.has("own_forces") or view.has("self_that")) \
                and rd.entry.event_type in ("Battles", "Explosions/Remote violence") \
                and self._own_account(view, rd.agent, (rd.trigger, rd.role_trigger), rd.a_lo, rd.voice):
            # "أعلنت وزارة الدفاع التركية أن قواتها الجوية حيدت ستة من عناصر الحزب", "أعلنت قوات الدفاع الشعبي أن
            # مقاتليها هاجموا": a foreign force's or an armed group's own account of its men's strike is its claim
            # (an Iraqi body's report of its forces' operation stays a fact, as the announcer rule has it)
            rd.status = "claimed"
        if rd.status in REPORTED_STATUSES and (self._question(view) or rd.voice == "noun" and view.has("modal_adjective")
                                                  and any(rd.trigger.end <= a.start <= rd.trigger.end + 1
                                                          for a in view.kind("modal_adjective"))):
            # a question asserts nothing: "فمن الذي قصف المخيم أمس؟"; nor does "هجمات محتملة" (possible attacks)
            rd.status = "hypothetical"
        if rd.status == "occurred" and rd.english and rd.voice == "noun" and view.has("modal_adjective") and any(
                a.payload.value == "predicate" and rd.trigger.end <= a.start < rd.hi
                and not any(rd.trigger.end <= w.start < a.start for w in view.kind("trigger"))
                for a in view.kind("modal_adjective")):
            # "a US strike on their leaders in Baghdad is likely": an English event noun whose clause goes on to
            # call it likely or possible is a forecast
            rd.status = "hypothetical"
        # "أعلن الجيش الأميركي في بيان مقتل اثنين من جنوده بانفجار عبوة ناسفة": a force announcing its own men's
        # dead tells the attack it suffered, no claim; it is the side hit
        own_hit = self._own_dead_speaker(view, rd.trigger) if not rd.english and view.has("own_forces") \
            and view.has("report_verb") and rd.entry.event_type in VIOLENT_TYPES else None
        if own_hit is not None:
            rd.agent = None if rd.agent is not None and rd.agent.payload == own_hit.payload else rd.agent
            rd.target = own_hit
        if rd.status == "occurred" and rd.voice == "noun" and view.has("report_verb") and (
                rd.agent is None or self._kind(rd.agent) not in NON_STATE_ARMED) \
                and rd.entry.event_type in ("Explosions/Remote violence", "Battles") \
                and not rd.english:
            announcer = None if own_hit else self._announcer(view, rd.trigger)
            if announcer is not None:  # "أعلنت المقاومة الإسلامية استهداف قاعدة ...": an armed group's claim
                rd.target = rd.target or rd.agent  # the one the words around the attack named is the one it hit
                rd.agent, rd.status = announcer, "claimed"
        if rd.status == "occurred" and rd.voice == "noun" and rd.entry.sub_event_type == "Government regains territory" \
                and rd.agent is not None and rd.agent.start > rd.trigger.end and view.has("report_verb") and not rd.english:
            # "أعلنت هيئة الحشد الشعبي استعادة السيطرة على مدينة بيجي ...، وشاركت فيها قطعات من الجيش": the PMF
            # announcing ground regained took it; the army units named after the word took part (not a government
            # or a command announcing its forces' victory: "أعلنت قيادة العمليات المشتركة تحرير مركز قضاء الحويجة
            # ... بعد تقدم قطعات الجيش", "أعلن رئيس الوزراء استعادة السيطرة على القائم ... في عملية شاركت فيها
            # قطعات الجيش" were the army's)
            body = next((a for a in speaking_bodies(view, rd.trigger.start) if self._pmf(a.payload)), None)
            if body is not None:
                rd.agent = body
        if rd.status == "occurred" and (view.has("own_forces") or view.has("self_that")) and rd.english:
            group = self._own_men_speaker(view, rd.trigger)
            if group is not None:  # "Islamic State said its fighters attacked an army post": its claim
                if rd.target is not None and rd.target.payload == group.payload:
                    rd.target = None  # the group is not also the side it hit
                rd.agent, rd.status = group, "claimed"
        # an English warning of what could be done (see `warned_deed`): undated by a past week or month, and news
        # (an Arabic one too, "حذر مسؤول أمني من احتمال أن يحاول تكفيريون استهداف قوافل الزائرين بعبوات ناسفة", but not
        # of a bare "targeting", weight 1: "حذر من أن الفصائل قد تستهدف المصالح الأمريكية" names no kind of attack)
        # a bare Arabic targeting threatened or planned with the weapon it would be done with named after it
        # ("قد يحاول استهداف الزائرين المتوجهين إلى المدينة ...، بواسطة انتحاريين", "يخطط لاستهداف الزوار ...، بسيارات
        # مفخخة"): the means names the kind of attack, which the event is, and is one unit of its support
        rd.means = means_weapon(view, rd.trigger) if not rd.english and rd.entry.weight == 1 \
            and rd.entry.sub_event_type == "Armed clash" and rd.status in UNREALISED_STATUSES else None
        if rd.means is not None:
            rd.entry = dataclasses.replace(rd.entry, event_type=rd.means.payload.event_type,
                                        sub_event_type=rd.means.payload.sub_event_type)
        rd.warned = rd.status == "hypothetical" and (rd.english or rd.entry.weight >= 2) and warned_deed(view, rd.trigger)
        # (a past period told in a later clause, past the threat's, is not its date: "warned that if clashes ...
        # resumed in Sinjar district, thousands could flee again, reversing the progress made over the past year")
        later_period = rd.status == "hypothetical" and rd.english and rd.when is not None and rd.when.precision != "day" \
            and rd.date_span is not None and self._token_at(view, rd.date_span.start) >= rd.hi
        past = rd.when is not None and self.published is not None and rd.when.end < self.today.start
        if later_period and past:
            rd.own_day = None
        if rd.status in UNREALISED_STATUSES and past \
                and (not rd.date_explicit or rd.warned and rd.when.precision != "day"
                     or rd.status == "hypothetical" and not rd.english and rd.when.precision in ("week", "month")
                     or later_period
                     # (the past day a plan was told on is not the plan's: "Gordon Brown told MPs yesterday that
                     # Basra province would be transferred to Iraqi security control within two months")
                     or rd.status == "planned" and rd.report_day):
            # a threat or plan with no day of its own is not dated by a past day told before ("warned that the
            # groups could hit U.S. forces in response"): it is told on the day of publication; nor is a warned
            # threat dated by a past week or month it is compared with ("warned that a push could set off battles
            # bloodier than those of the past month"; a weekday is the coming one, below); nor an Arabic threat by
            # the past week or month its sentence recalls ("على خلفية مقتل شاب الشهر الماضي ... قد يفجر نزاعاً")
            rd.when, rd.date_span, rd.date_at = self.today, None, -1

    def _dropped_as_unreal_or_old(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """Whether the word is no event by its status or age: abroad, an unreal agreement, background, a stale day."""
        if rd.english and self._abroad(view, rd.places, rd.trigger):
            return False
        if rd.english and rd.status == "occurred" and view.has("hearsay") and view.has("denial") and any(
                h.start < d.start and rd.trigger.start < d.start for h in view.kind("hearsay") for d in view.kind("denial")) \
                and not view.has("denial_of_role"):
            # "Rocket fire at Victory base reported by faction-linked channels; the command denied any attack": the
            # rumour and its denial in one sentence, the denial in a clause of its own after it, is a denied event
            rd.status, rd.agent = "denied", None
        if rd.english and rd.status == "occurred" and view.has("hearsay") and not view.has("denial"):
            # "Videos shared on social media purported to show smoke rising over the prison, with posts claiming
            # that prisoners had clashed with guards": what unverified posts showed is the rumour an official
            # answers, no event told as news (the denial of it is one: "denied reports circulating on social
            # media"; a group's claim "in a statement circulated online" is its claim); told after that denial, it
            # is the denied event told again, with its day
            if self.last is None or self.last[0].status != "denied":
                # (told before the denial, "Videos shared on social media appeared to show men in uniform pushing
                # protesters ... The governor's office denied this": held as the rumour a denial may answer)
                rd.rumour = True
            rd.status, rd.agent = "denied", None  # (whom the posts blamed is the rumour's, not the denial's doer)
        if rd.entry.sub_event_type == "Other" and rd.entry.weight == 1 and rd.status in UNREALISED_STATUSES:
            # "warned that up to a million civilians could be displaced", "the plan to close the displacement camps":
            # a weak word of some other development, still to come, is a warning or a policy, not an event
            return False
        if rd.entry.sub_event_type == "Agreement" and rd.english and not view.bare("effort_word").isdisjoint(
                range(max(0, rd.trigger.start - EFFORT_REACH), rd.trigger.start)):
            # "tribal elders were trying to arrange a truce", "efforts to reach a ceasefire": an agreement sought, not
            # reached (ACLED codes those reached; "elders brokered a truce" still tells one)
            return False
        if rd.entry.sub_event_type == "Agreement" and rd.status == "hypothetical":
            # "Community leaders appealed for talks to avert a repeat", "urged a truce": a call for an agreement or
            # one in a condition is no agreement (ACLED codes those reached)
            return False
        if rd.entry.sub_event_type == "Agreement" and view.has("civil_matter") and (not any(
                self._kind(a) in NON_STATE_ARMED for a in view.kind("actor"))
                or any(c.end == rd.trigger.start for c in view.kind("civil_matter"))):
            # (a civil matter naming the accord itself, "the new oil export agreement", whoever argues over it)
            # "the regional government and the finance ministry agreed on a mechanism to pay salaries", "انتهى
            # الاجتماع من دون التوصل إلى اتفاق على مرشح لرئاسة الحكومة": an agreement of governments and parties on
            # money, trade or office, no armed group a party to it, settles no conflict (ACLED's agreements are
            # truces, peace and security deals, exchanges between armed sides)
            return False
        if rd.entry.sub_event_type == "Agreement" and rd.status in REPORTED_STATUSES and not view.has("truce_word") and (
                rd.entry.weight == 1 if rd.agent is None and rd.target is None
                else all(x is None or self._kind(x) in GOVERNMENT_KINDS for x in (rd.agent, rd.target))):
            # with no truce told: "The regional government and the federal government agreed to form a joint
            # committee": governments and their forces agreeing to work together settle no fighting between them (a
            # truce or ceasefire between two forces still does; a dialogue planned between two capitals is still
            # told); "وكان الجانبان قد اتفقا على استخدام القاعدة": a bare verb of agreeing, no side named, is a deal
            # of any kind (a base's use, oil exports), no settlement between armed sides
            return False
        if rd.status == "planned" and rd.date_explicit and rd.when is not None and rd.when.precision in ("month", "day") \
                and self.published is not None and rd.when.end < self.today.start:
            # "the base at Kut is scheduled to be handed to the Iraqi Army in September" told in July, "on 15
            # December" told in October: a plan's month or month's day told without its year is the coming one, not
            # the one the date parser put in the past year (a weekday is moved on below)
            span = next((d for d in view.dates() if d.start == rd.date_at), None)
            # (only a date told by its month's name: not one counted from publication, "أمس", "قبل يومين", "last month")
            if span is not None and view.has("month") and not year_told(view, span) and any(
                    span.start <= w.start < span.end for w in view.kind("month")) and not (
                    view.has("weekday") and any(span.start <= w.start < span.end for w in view.kind("weekday"))):
                rd.when = year_on(rd.when, self.published) if rd.when.precision == "month" \
                    else coming_date(view, span, self.published)
                rd.own_day = rd.when
        if rd.english and not rd.date_explicit and rd.voice == "active" and rd.entry.sub_event_type in TERRITORY_TYPES \
                and rd.trigger.end in view.bare("of_word") and any(
                    m.end == rd.trigger.start for k in ("person", "hostile_noun") for m in view.kind(k)):
            # "Diyala has become one of Iraq's most violent provinces as militants pushed out of Baghdad by a
            # U.S.-led crackdown moved north": men named right before a word of driving out with "of" after it are
            # described by it (a reduced passive), with no day of its own: background, not news
            return False
        if rd.english and not rd.date_explicit and rd.when is not None and self.published is not None and rd.status == "occurred" \
                and _age(rd.when, self.published) > FRESH_DAYS:
            # "The city has been tense since a market bombing on Oct. 2. After that, residents torched two party
            # offices" told on the 16th: an English deed with no day of its own that carries a day over `FRESH_DAYS`
            # back is the background the wire recalls (fresh news is dated; a recalled day is not yet `stale`)
            return False
        if rd.status == "occurred" and not rd.english and rd.own_day is None and self._also_recalled(view):
            # "وكان التنظيم قد هدم مواقع أثرية في البلاد. كما دمر مسلحوه تماثيل في متحف المدينة": "also" with no day
            # of its own right after a sentence that opens on the pluperfect goes on telling that history
            rd.status = BACKGROUND
        if rd.status == BACKGROUND or rd.english and (stale(rd.when, self.published) or self._yeared_stale(view, rd.when, rd.date_at)):
            # an English event dated over a month back, even by the sentence before ("Days later, supporters of
            # the militia stormed the embassy" after "In late December, ..."), goes on telling that history
            if rd.english and self._history(rd.when):
                self.stale_at = self.sentence_number
            return False
        if rd.entry.weight == 1 and rd.entry.sub_event_type in POSTURE and rd.status in UNREALISED_STATUSES:
            # "more than 30,000 troops would be deployed along the roads", "A military parade is planned for Sunday":
            # a weak posture word for a coming deployment or parade is a security plan, no event
            return False
        if rd.status == "denied" and (rd.fatalities is not None or rd.injured is not None):
            # "dismissed as baseless reports that militants had attacked an outpost and killed five soldiers": the
            # toll is part of what is denied; a denied event counts no one
            rd.fatalities, rd.injured, rd.implied = None, None, False
        return True

    def _dropped_as_tally_or_recalled(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """Whether the word is a tally, a running total, an event recalled or an opinion's, with the threat marks."""
        # (a plan for a coming day, or for a weekday, which a plan's is the coming one of, counts nothing done:
        # "Teachers said they would gather again on Wednesday and would continue their boycott until salaries for
        # the last three months are paid")
        coming = not rd.long_told and rd.status == "planned" and (self._dated_ahead(view, rd.lo, rd.hi) or view.has("weekday")
                                                             and any(rd.lo <= w.start < rd.hi for w in view.kind("weekday")))
        if not rd.long_told and not coming and self._cumulative(view, rd.lo, rd.hi, rd.own_day, rd.date_at, rd.trigger.start) \
                or self._running_total(view, rd.trigger, rd.own_day, rd.date_at, rd.fatalities, rd.implied) \
                or self._series_count(view, rd.trigger, rd.date_at) or period_series(view, rd.trigger, rd.when) \
                or share_taken(view, rd.trigger) or share_of_counted(view, rd.trigger) \
                or not rd.english and rd.status in REPORTED_STATUSES \
                and (rd.where is None or rd.where.precision == "country" or not rd.place_explicit) \
                and not rd.fatalities and not rd.injured \
                and plural_over_a_period(view, rd.trigger, rd.when):
            self.cumulative_sentence = self.sentence_number
            return False
        if not rd.english and not rd.date_explicit and self.cumulative_sentence == self.sentence_number - 1 \
                and rd.fatalities is not None and (rd.fatalities[0].quantity.low or 0) >= BREAKDOWN_TOLL:
            # "قتل 900 عراقي خلال شهر آذار" then "وسجلت بغداد سقوط 300 قتيل تلتها ديالى ...": a toll of hundreds with
            # no day of its own right after a long period's toll is that toll broken down, no event
            self.cumulative_sentence = self.sentence_number
            return False
        if rd.status not in UNREALISED_STATUSES and self._recalled_reference(view, rd.when, rd.trigger, rd.voice):
            # (a plan or a threat is no earlier event referred to, whatever day the sentence carries: "فإن قاعدة
            # فكتوريا ستكون هدفاً مشروعاً لطائراتنا، في إشارة إلى الضربة التي استهدفت مقراً مطلع الشهر")
            return False
        if rd.entry.event_type == "Protests" and not rd.date_explicit and self.last is not None \
                and self.last[0].event_type not in DEMONSTRATION_TYPES and view.has("participation") \
                and any(p.end <= rd.trigger.start <= p.end + PARTICIPATION_REACH for p in view.kind("participation")):
            # "The activist had taken part in the city's protest sit-ins", "threatened after helping to organize
            # sit-ins", "كان من المشاركين البارزين في اعتصام ساحة التحرير" after his abduction told: what the victim did,
            # no protest of the day
            return False
        if self.context.opinion and not self._fresh(view, rd.when, rd.date_span, rd.date_explicit) \
                and not self._fresh_sequel(rd.entry, rd.date_explicit, rd.fatalities or rd.injured):
            # an opinion column, an analysis or an interview mentions killings and attacks to argue; it tells news
            # only with a recent day of its own ("أمس فجر انتحاري نفسه في مسجد ...")
            return False

        # (a day told in another clause is not the toll's: "marked the anniversary on Sunday ..., the battle, which
        # killed thousands of civilians"; a sentence's opening date clause still dates it: "On Sunday, hundreds ...")
        if rd.fatalities is not None and (not rd.date_explicit or not rd.lo <= rd.date_at < rd.hi and rd.date_at > 2) \
                and (rd.fatalities[0].quantity.low or 0) >= 200 \
                and vague_figure(view, rd.fatalities[0]) \
                and not (rd.entry.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")
                         and any(rd.trigger.start <= w.start < rd.trigger.end for w in view.kind("weapon_object"))):
            # "hundreds of protesters were killed during the uprising", undated: a period's toll; not the toll of
            # bombs named as such ("أن أربع شاحنات مفخخة انفجرت في قريتين قرب سنجار، وخلفت مئات القتلى"): a car
            # or truck bomb does its killing on one day
            return False
        # a named side's own threat against a named side (`_own_word`): no speculation, so it needs no place or day
        rd.own_word = rd.status in UNREALISED_STATUSES and rd.entry.event_type in VIOLENT_TYPES and rd.target is not None \
            and rd.agent is not None and view.has("threaten") and not self.context.opinion \
            and self._own_word(view, rd.agent, rd.trigger, rd.english)
        if rd.own_word and rd.entry.event_type == "Battles" and self._kind(rd.agent) == "Political militia" \
                and self._kind(rd.target) == "External/Other forces":
            # a militia's threat to "attack" or "target" foreign forces ("threatened to escalate its attacks on US
            # forces", "هددت الكتائب باستهداف القوات الأمريكية"): their attacks are rockets and drones, remote violence
            rd.entry = self._as_shelling(rd.entry)
        # more strikes or shelling of a kind the article told as done, planned or threatened ("more air strikes on
        # the hideouts were planned", "further strikes would be carried out if ..."): the campaign told goes on, no
        # attacks in general ("expect more attacks like this one" names no side's campaign)
        rd.sequel = rd.english and rd.status in UNREALISED_STATUSES and rd.trigger.start - 1 in view.bare("more_word") \
            and rd.entry.event_type == "Explosions/Remote violence" and rd.entry.sub_event_type in self.told_kinds
        # a plan told with its near time (`soon` below: "would launch a major offensive in the coming days")
        rd.soon = rd.status == "planned" and view.has("soon") and any(rd.lo <= m.start < rd.hi for m in view.kind("soon"))
        if not rd.date_explicit and rd.fatalities is None and rd.injured is None and not rd.own_word and not rd.sequel \
                and rd.english and bare_plural(view, rd.trigger, rd.places, rd.lo, rd.hi) and not rd.soon:
            # (a plan told with its near time is no talk in general: "Washington was preparing strikes against
            # Kataib Hezbollah targets in the coming days")
            return False  # "ISIS's ability to plan and conduct attacks": attacks in general, no event
        # (a day after "since" opens a span: "the fifth attack on the IZ since 1 Aug" is not dated by it)
        if rd.english and rd.status == "occurred" and self.sentence_number > self.lead_at \
                and (not rd.date_explicit or any(m.start <= rd.date_at <= m.end + 1 for m in view.kind("since"))) \
                and not told_in_past(view, rd.trigger.start) \
                and not ((rd.voice != "noun" or perfect_told(view)) and live_entry(view)):
            # (a live report's entry, "16:45 - Security forces have detained two journalists", tells the day's news
            # by its verb; an event noun in it is still named: "23:10 - The office condemns what it calls an attack",
            # unless a verb in the perfect tells the news: "02:30 - Missiles have also struck near Erbil airport")
            # an English sentence told wholly in the present, with no day of its own, tells how things are, not
            # what happened: "Attacks remain concentrated in the Hamrin mountains", "The airport hosts troops of the
            # coalition fighting Islamic State", "This is the fifth attack on the IZ since 1 Aug" (news is told in
            # the past; a headline's present is the first sentence's, or the lead's after a heading line)
            return False
        if rd.anaphoric is None:
            rd.anaphoric = self._anaphoric(view, rd.trigger, rd.whole)
        if rd.english and rd.whole and not rd.date_explicit and self.stale_at >= 0 \
                and (rd.anaphoric or view.has("place_relative") and any(
                    w.end <= rd.trigger.start <= w.end + WHERE_REACH for w in view.kind("place_relative"))) \
                and (self.last is None or self.last[1] < self.stale_at
                     or self.last[1] == self.stale_at and self.last[0].event_type != rd.entry.event_type):
            # "sentenced a man for the truck bombing of the market in July 2016 ... The attack killed more than 300
            # people": a definite noun with no day of its own, after history told and no news of its kind since, is
            # that history; so is a deed told of a place in a clause "where" ("laid wreaths by the river where the
            # cadets were shot")
            return False
        if rd.anaphoric and rd.whole and rd.voice == "noun" and not rd.date_explicit and self.tally_sentence == self.sentence_number - 1 \
                and view.toks[rd.trigger.end - 1].endswith("s") and rd.english:
            return False  # "12 bomb attacks last month ... The report said the bombings killed nine": the tally's
        if rd.english and not rd.date_explicit and self.tally_sentence == self.sentence_number - 1 \
                and rd.entry.sub_event_type in STATE_ACTIONS and any(
                    (q.quantity.best or 0) >= TALLY_ITEMS and not year_like(q) for q in view.quantities()):
            # "killed 95 terrorists during operations in May ... The cell said forces destroyed 210 hideouts and
            # seized 48 explosive belts": a state action counting many items right after a tally, with no day of its
            # own, goes on telling the tally
            return False
        if rd.english and rd.voice == "noun" and not rd.date_explicit and rd.trigger.start >= 3 \
                and view.toks[rd.trigger.start - 3] in ("most", "much", "many") \
                and view.toks[rd.trigger.start - 2:rd.trigger.start] == ("of", "the"):
            # "Most of the fighting occurred in rural districts", "much of the fighting took place east of Baquba":
            # a share of the fighting a report sums up, no one event
            return False
        if rd.whole and rd.voice == "noun" and not rd.date_explicit \
                and self.sentence_number - 1 in (self.tally_sentence, self.cumulative_sentence) \
                and not rd.english and rd.trigger.clitic in ("", "ب", "في", "و") \
                and any(r.start == rd.trigger.start for r in view.kind("tally_ref")):
            return False  # "قتل 390 مقاتلا خلال أسبوعين من الغارات ... وقالت إن أربعة من قادته قتلوا في الغارات": the tally's
        if rd.whole and rd.voice != "noun" and not rd.date_explicit and not rd.english \
                and self.sentence_number - 1 in (self.tally_sentence, self.cumulative_sentence) \
                and view.has("tally_ref") and any(r.end < rd.trigger.start <= r.end + 1 for r in view.kind("tally_ref")):
            # "استخدم التنظيم أكثر من ثلاثمئة عجلة مفخخة ... وأضاف أن أغلب تلك العجلات دمرت قبل وصولها": the verb
            # whose subject names what the tally before counted tells of the counted, no event of its own
            return False
        return True

    def _support_facts(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """Whether place and date are the clause's own, the threats and plans named, and an aftermath told again."""
        # place and date count only when told in the trigger's own clause
        first_clause = not any(m.start < rd.lo for m in view.kind("trigger"))  # (no event word told before it)
        # a day that opens the sentence ("On 3 January, militants clashed ...") supports every clause
        # as does a date clause opening the sentence before the first clause with an event word ("مساء الجمعة،
        # الثاني من فبراير، شنت ..."); a long opening is no date clause (stock reports "خلال جلسة يوم امس")
        rd.in_clause = rd.lo <= rd.date_at < rd.hi or 0 <= rd.date_at <= 2 or \
            (0 <= rd.date_at < rd.lo <= 14 and first_clause) or \
            (0 <= rd.date_at < rd.lo and view.has("sequel") and time_clause_of(view, rd.lo, rd.date_at)) or \
            (not rd.english and rd.date_at >= rd.hi and self._date_phrase_after(view, rd.hi, rd.date_at))
        rd.classed = rd.voice == "active" and not rd.date_explicit and not view.has("number") \
            and (view.has("civilian_noun") or view.has("person") or view.has("actor")) and class_after(view, rd.trigger)
        # a place in an office's title ("محافظ الأنبار", "سفير بغداد") names whose official speaks, not where the
        # violence was (the talks a governor announces are his province's: "قال محافظ البصرة إن حوارا مقرر")
        rd.place_at = self._token_at(view, rd.place_span.start) if rd.place_span is not None else -1
        rd.place_here = rd.place_explicit and rd.place_span is not None and (rd.lo <= rd.place_at < rd.hi or rd.english and (
            # (English) a place phrase opening the sentence and set off by a comma ("Near Ramadi, three airstrikes
            # struck ...", "In Kirkuk, gunmen ..."): the round-up's and the press release's item place, as an opening
            # day dates, every clause after it
            0 <= rd.place_at <= OPENING_PLACE and rd.place_at < rd.lo and opens_on_place(view)
            and "," in view.toks[rd.place_at:rd.lo] and first_clause)
            # (English) a landmark set off by a comma just past the clause ("a bomb ruptured the line near Ain
            # al-Jahash, south of Mosul"): the clause's place told in apposition, no clause of its own
            or rd.english and self.landmark and rd.hi <= rd.place_at <= rd.hi + LANDMARK_REACH and "," in view.toks[rd.hi - 1:rd.hi + 1]
            and not any(rd.hi <= m.start < rd.place_at for m in view.kind("trigger"))
            or not rd.english and (
            # (Arabic) the same opening "وفي الكوت، قال مصدر إن ثمانية، بينهم ثلاثة شرطيين، قتلوا في مواجهات": the
            # paragraph's place, set off by a comma, supports every clause after it
            rd.place_at == 1 and rd.place_at < rd.lo and any(m.start == 0 for m in view.kind("locative"))
            and "," in view.toks[rd.place_at + 1:rd.place_at + 3] and first_clause
            # (Arabic) a place phrase after a comma that goes on with the clause before, no event word or verb of
            # its own: "انفجرت عبوة وسط سوق شعبي، قرب مرآب في بعقوبة", "وسط جموع الزوار، قرب موكب على الطريق ..."
            or rd.hi <= rd.place_at <= rd.hi + LANDMARK_REACH and self._place_phrase_after(view, rd.hi, rd.place_at)))
        if rd.english and not (rd.in_clause and rd.place_here) and view.has("fatality"):
            # (English) a death told before the clause of its cause, "Sgt. X, 27, of Macon, Georgia, died March 8 in
            # Nineveh Province, Iraq, from wounds sustained when an IED detonated near his vehicle": the day and place
            # told with "died" are the deed's, no other event word between them
            died = next((f.start for f in view.kind("fatality") if f.start < rd.lo and view.toks[f.start] == "died"
                         and not any(f.start < m.start < rd.trigger.start and not any(
                             d.start <= m.start < d.end for d in view.dates()) for m in view.kind("trigger"))), None)
            if died is not None:
                rd.in_clause = rd.in_clause or died < rd.date_at < rd.lo
                rd.place_here = rd.place_here or rd.place_explicit and rd.place_span is not None and died < rd.place_at < rd.lo
        rd.titled = rd.place_span is not None and view.has("title") and rd.entry.event_type in VIOLENT_TYPES and any(
            t.end == rd.place_at for t in view.kind("title"))
        if rd.status == "hypothetical" and rd.agent is None and view.has("state_agent") and view.has("modal"):
            # a country told as who would do it, the modal between ("they fear Turkey could launch new air strikes
            # on the camp"): its forces are the side of the threatened event (and, below, its named agent)
            threat = next((s for s in view.kind("state_agent") if rd.lo <= s.start and s.end <= rd.trigger.start <= s.end + 6
                           and modal_between(view, s, rd.trigger)), None)
            if threat is not None:
                rd.agent = Match(threat.start, threat.end, "actor", threat.payload.value, threat.clitic)
        if rd.agent is not None and rd.status in UNREALISED_STATUSES and view.has("conditional") \
                and any(rd.trigger.start < c.start < rd.agent.start for c in view.kind("conditional")):
            rd.agent = None  # "ستستهدف القواعد إذا لم تنسحب القوات التركية": the condition's subject is not the doer
        if rd.status == "planned" and not rd.english and view.has("future"):
            rd.plotters = arrested_plotters(view, rd.triggers, rd.trigger)
            if rd.plotters is not None:
                # "اعتقال خلية تابعة لداعش كانت تخطط لتفجير عبوات": the men arrested are who planned the bombing,
                # not the side it would hit; the force that arrested them is no side of the plan
                rd.agent = rd.plotters
                rd.target = None if rd.target is not None and (rd.target.payload == rd.plotters.payload
                                                         or rd.target.start < rd.plotters.start) else rd.target
        # the side preparing the deed, named as the subject of the plan word right before it ("Washington was
        # preparing strikes against ...", "Iraqi forces are preparing an offensive on ..."): its doer, named
        if rd.english and rd.status == "planned" and view.has("purpose"):
            rd.preparer = next((m for p in view.kind("purpose") if p.payload.value == "plan"
                             and p.end <= rd.trigger.start <= p.end + PREPARED_REACH
                             for m in (self._preparer(view, p.start),) if m is not None), None)
            if rd.preparer is not None and rd.agent is None:
                rd.agent = rd.preparer
                if rd.target is not None and rd.target.payload == rd.agent.payload:
                    rd.target = None
        if rd.english and rd.status in UNREALISED_STATUSES and rd.agent is not None:
            self._passive_threat(view, rd)
        if rd.english and rd.status in UNREALISED_STATUSES and view.has("self_ref") \
                and (rd.agent is None or rd.agent.end <= rd.trigger.start):
            # "Kataib Hezbollah warned that it would resume strikes": a group or state that says it would do the deed
            # is its doer, and its word is its threat (also when the speaker was already read as the doer, too far
            # from the deed to count as a named threat: "A senior commander of Iran's Islamic Revolutionary Guard
            # Corps warned on Sunday that the Guards would carry out new drone and missile strikes")
            own = self._own_threat(view, rd.trigger, rd.lo)
            if own is not None and (rd.agent is None or own.payload == rd.agent.payload):
                rd.own_threat = rd.agent = own
            if rd.own_threat is not None:
                if rd.target is not None and rd.target.payload == rd.own_threat.payload:
                    rd.target = None  # the speaker is not also the side it would hit
                if rd.when is not None and self.published is not None and rd.when.end < self.today.start:
                    # a past day in the sentence ("which last week announced a truce") is not the threat's: it is
                    # told on the day of publication
                    rd.when, rd.date_span, rd.date_at = self.today, None, -1
        heard = view.has("sound") and any(rd.trigger.start - 2 <= m.end and m.start <= rd.trigger.start
                                                 for m in view.kind("sound"))
        # the launch pad found after a rocket attack is where that attack was fired from, wherever it lies
        launch_pad = view.has("launch_pad") and self.last is not None \
            and self.last[0].sub_event_type == "Shelling/artillery/missile attack"
        # a place no finer than the last event's own ("أفاد مصدر أمني في الأنبار بأن منظومة الدفاع الجوي تصدت للمسيرة"
        # after a drone attack on a base in Anbar) places nothing new
        found_here = rd.place_here and not (
            self.last is not None and rd.where is not None and self.last[0].location is not None
            and rd.where.admin1_code == self.last[0].location.admin1_code
            and rd.where.admin2 in (None, self.last[0].location.admin2) and rd.where.precision in ("admin1", "admin2"))
        # (after a find told before, "أعلنت القيادة إحباط محاولة إرهابية", the find told again in detail is that
        # find, kept to join it with its day: "تمكنت، في السابع من محرم، من ضبط عجلة")
        aftermath = rd.entry.sub_event_type == "Disrupted weapons use" and (not found_here or launch_pad) and not (
            self.last is not None and self.last[0].sub_event_type == "Disrupted weapons use" and rd.date_at >= 0)
        if (aftermath or heard) and self.told and not (rd.date_explicit and not self.reported_date) and not rd.english:
            # after an attack already told, the launch pad found, the rockets intercepted, the weapons found at the
            # site of a strike, with no place or day of their own, are the attack's aftermath, not a new event;
            # so are blasts a witness heard ("سمع دوي انفجارين"), wherever the witness lives. (Arabic only: in English,
            # "Hours later, a bomb squad dismantled a second sticky bomb" is a find of its own, en-dev7-015.)
            return False
        if aftermath and rd.english and self.told and not rd.date_explicit and self.last is not None \
                and self.last[0].sub_event_type == "Arrests" and self.last[1] == self.sentence_number - 1:
            # "Forces also found weapons at the site" right after an arrest told, with no place or day of its own:
            # what the raid turned up, the arrest's (a find with a place or day of its own stays an event)
            return False
        if self.told and rd.english and rd.voice == "noun" and view.has("sound") and (heard or any(
                rd.trigger.end <= m.start <= rd.trigger.end + 2
                or m.end <= rd.trigger.start <= m.end + SOUND_REACH and "," not in view.toks[m.end:rd.trigger.start]
                for m in view.kind("sound"))):
            # "a loud explosion was heard near the base early on Thursday", "residents heard two explosions", after
            # the strike told: the blasts heard are that strike's, even with a time of their own; and the blast a
            # sound heard is said to have come from ("the sound residents heard came from a controlled detonation")
            # is told to explain that sound, not as news of its own
            return False
        if rd.entry.sub_event_type == "Disrupted weapons use" and self._shared_subject(view, rd.lo):
            return False  # "The strike killed five militants, and destroyed a weapons cache": the strike's result
        return True

    def _support_marks(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """Which marks of news the word has: a present verb, a named threat, its own place and day, a feared fight."""
        # A trigger needs support from the facts around it; analysis prose mentions attacks in general.
        # A verb with its agent named states a fact, so it counts twice.
        rd.present = present_verb(view, rd.trigger)  # an Arabic present-tense verb: a habit, unless told live
        # a threat names who would do it: "حذر من أن داعش قد يشن هجمات انتحارية في بغداد", "warned that
        # Islamic State could attack forces in al-Qaim" (worth one: with a place or a day it is a record)
        # (the modal between them: a question's "لماذا هؤلاء يفجرون مسجدا" threatens nothing)
        # (Arabic verb-subject order: the warning before "أن" and the verb, then the doer, "حذر من أن يشن تنظيم
        # داعش هجمات", "حذر من احتمال أن يقدم التنظيم على إحراق الحقول")
        rd.threat_named = rd.status == "hypothetical" and rd.agent is not None and rd.agent is not rd.state and not rd.classed \
            and rd.agent.end <= rd.trigger.start <= rd.agent.end + 10 + dated_between(view, rd.agent.end, rd.trigger.start) \
            and (modal_between(view, rd.agent, rd.trigger) or not rd.english and any(
                m.end < rd.agent.start <= m.end + THREAT_REACH and ("ان" in view.toks[m.end:rd.agent.start]
                                                                 or threatened_with(view, m, rd.trigger)
                                                                 # "قد يدفع فصائل مسلحة إلى استئناف قصف القاعدة":
                                                                 # قد, its present verb, then the doer (not a
                                                                 # past one: "وقد نفذت مقاتلات تركية غارات" did)
                                                                 or rd.agent.start == m.end + 1
                                                                 and m.payload.value == "auxiliary"
                                                                 and _arabic_modal_qad(view, m)
                                                                 and _present(view.toks[m.end]))
                for m in view.kind("modal")))
        # an English plan that names its doer, an armed group or a state's forces, as the subject of "would" or
        # "will" before the deed ("the minister said Turkish troops would launch a ground operation against PKK
        # positions in Sinjar"): a named side's intent as a named threat is (worth one: with a place it is a record;
        # "would" or "will" only: "Iraqi forces are preparing an offensive ..., expected after the battle for Tal Afar"
        # names the preparer, whose place may be another)
        rd.plan_named = rd.english and rd.status == "planned" and rd.entry.event_type in VIOLENT_TYPES and rd.agent is not None \
            and rd.agent is not rd.state and not rd.classed and self._fighting_force(rd.agent) \
            and rd.agent.end <= rd.trigger.start <= rd.agent.end + 10 \
            and any(t in ("would", "will") for t in view.toks[rd.agent.end:rd.trigger.start])
        rd.placed = rd.place_here and not rd.titled
        # the day a source spoke ("قالت الشرطة أمس") dates the event but does not make it news
        rd.dated = rd.in_clause and rd.date_explicit and not self.reported_date and rd.when is not None \
            and rd.when.precision in ("day", "week")
        rd.second_of_last = not rd.english and self.last is not None \
            and self.last[0].sub_event_type == rd.entry.sub_event_type \
            and (rd.trigger.start - 1 in view.bare("second_one") or called_second(view, rd.trigger))
        # a fight feared between two sides both named after its word ("warned that if clashes between the Iraqi army
        # and the Sinjar Resistance Units (YBS) resumed in Sinjar district, thousands could be forced to flee"): a
        # specific fight, no talk of fighting in general, even when told only as a condition (a fight: no fall of a
        # town, and told in a condition, not "the one truly to blame for the fall of Mosul" nor an order to bring
        # tribesmen into "battles to free their towns from ISIS")
        rd.two_sides_feared = rd.status == "hypothetical" and rd.voice == "noun" and rd.entry.sub_event_type == "Armed clash" \
            and rd.agent is not None and rd.target is not None and rd.agent is not rd.state and rd.agent.payload != rd.target.payload \
            and rd.agent.start > rd.trigger.start and rd.target.start > rd.trigger.start \
            and any(rd.lo <= c.start < rd.trigger.start for c in view.kind("conditional"))
        # a warned deed whose doer is unnamed, or (Arabic) stands too far from it to count as named
        rd.warned_unnamed = rd.warned and (rd.agent is None or not rd.english and not rd.threat_named)
        if (rd.own_threat is not None or rd.threat_named) and not rd.own_word and rd.entry.event_type == "Battles" \
                and self._kind(rd.agent) == "Political militia" and (
                    rd.target is not None and self._kind(rd.target) == "External/Other forces"
                    or view.has("nationality") and any(
                        n.start == rd.trigger.end and n.payload.value in self.k.actors
                        and self.k.actors[n.payload.value].actor.kind == "External/Other forces"
                        for n in view.kind("nationality"))):
            # a militia's own or named threat to hit foreign forces or their bases ("Kataib Hezbollah said that it
            # would hit American bases in Iraq if the strikes were repeated"): rockets and drones, as its threat in
            # its own word is (`own_word` above)
            rd.entry = self._as_shelling(rd.entry)
        # people as the object of a weak English seizing word whose taker is no state force (read once: the
        # support below and the retyping to an abduction ask it; neither side changes between for such a word)
        # (not a passive's: "Ramadi was seized by ISIS fighters" names the takers after it, `seized_someone` reads it;
        # nor a falling's: "Ramadi falls to IS fighters" names them after its "to" as well)
        rd.people_seized = rd.weak_seizing and rd.voice == "active" and (rd.agent is None or self._kind(rd.agent) not in STATE_SIDE) \
            and rd.trigger.start - 1 not in view.bare("passive_aux") and view.toks[rd.trigger.end - 1] != "to" \
            and person_seized(view, rd.trigger, rd.target, self._kind(rd.target) if rd.target is not None else None)

    def _support(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """How many facts support the word; too few, or a condition's, a headline's or a sequel's, drop it."""
        parts = (
            rd.placed,
            # the dead a killing noun implies do not make it news: "بعد اغتيال الحريري" recalls one
            # a nil toll ("ولم يصب أحد") is news only of "the blast" it names, an event told before, not of
            # another event word near it ("أسقطت إحدى الطائرتين")
            # nor does a killing verb with no victim named after it: "قتلت كل بصيص ضوء", "أنه قتل على أيدي"
            # nor the killing of a whole class, undated and uncounted ("قالت إن إسرائيل قتلت الأطفال والنساء"): an
            # accusation, not a report
            # (an Arabic passive of killing, "اغتيل", "اغتيلت", has the one killed as its subject whoever is named
            # after it: "اغتيل وزير الصناعة في هجوم بالرصاص")
            (rd.fatalities is not None and not (rd.implied and (
                rd.voice == "noun" or not (rd.voice == "passive" and not rd.english or victim_after(view, rd.trigger)) or rd.classed))
             or rd.injured is not None)
            and (rd.anaphoric or counted_toll(rd.fatalities, rd.injured)),
            rd.dated,
            # or, of an event told before ("العبوة"), its agent is named as the one blamed:
            # "حملت الحكومة خلايا داعش مسؤولية زرع العبوة"
            # or the subject of a verb of doing that governs it: "إن عناصر من داعش زرعوا العبوة"
            # (a country named as the subject only fills the side: "اغتالت إسرائيل مغنية" in an analysis is no news)
            # (an Arabic future verb, سـ, with its doer named and its own day, week or month told states a plan as a
            # past verb states a deed: "إن القوات الأمريكية ستسلّم قاعدة التاجي خلال الشهر المقبل")
            2 * (rd.agent is not None and rd.agent is not rd.state and (rd.voice == "active" and not rd.classed and (
                not rd.present or rd.status == "planned" and rd.trigger.clitic.endswith("س") and rd.own_day is not None
                and rd.own_day.precision in ("day", "week", "month"))
                                        or rd.anaphoric and (
                blamed(view, rd.agent) or carried_out(view, rd.agent, rd.trigger)))),
            # an Arabic past passive of killing, assassinating or abducting whose doer is named right after it by a
            # word of agency ("اغتيل القيادي برصاص مجهولين", "قتل على يد مسلحين"): the same fact as the active verb
            # with its subject, worth one (with a toll or a place it is a record)
            not rd.english and rd.voice == "passive" and rd.status == "occurred" and not rd.present
            and rd.entry.event_type in ("Violence against civilians", "Battles") and rd.agent is not None
            and rd.agent is not rd.state and self._fighting_force(rd.agent) and doer_named_after(view, rd.trigger, rd.agent),
            # an unambiguous weapon word in an article already placed by earlier sentences, or by its dateline
            # ("MOSUL, Iraq, July 2 - ... sets off an explosive vest": the dateline's place stands outside the clause)
            # (not by a dateline line of its own alone, "عين اليوم – أنقرة": the town the report was filed from is
            # no place an earlier sentence told, as the same dateline opening the lead lends an Arabic word none)
            rd.entry.weight == 3 and rd.place_span is not None and (not rd.place_explicit and not self._filed_only()
                                                              or rd.english and rd.place_at == 0 and any(
                p.dateline and p.match.start == 0 for p in rd.places)),
            # a live report's entry, opened by its clock time ("12:30 – محتجون يقتحمون مقر أحد الأحزاب"), tells the
            # day's news: its present-tense verb is no habit
            rd.status == "occurred" and rd.present and live_entry(view),
            2 * (rd.status == "claimed"),  # a claim of responsibility is about a real attack
            # a denial of a report of ground taken that names who took it ("نفت القيادة الأنباء عن سيطرة التنظيم على
            # ناحية الصينية"): a specific report answered, no talk of such gains in general
            rd.status == "denied" and rd.entry.sub_event_type in TERRITORY_TYPES and rd.agent is not None
            and rd.agent is not rd.state and not rd.classed,
            # a definite mention of the kind of event just told, placed in its own clause ("US air strikes hit three
            # bases ... The Pentagon said the strikes targeted depots near al-Qaim"): that event told again with its
            # place, which the merge joins to it (one that refers to nothing is dropped there)
            bool(rd.anaphoric) and rd.english and rd.place_here and self.last is not None
            and self.last[1] >= self.sentence_number - 1 and self.last[0].sub_event_type == rd.entry.sub_event_type,
            # a group or state saying it would do the deed ("Kataib Hezbollah warned that it would resume strikes on
            # U.S. bases") states its own intent: no speculation, worth two as a named doer's deed is
            2 * (rd.own_threat is not None),
            # a named side that threatens, in its own word, a named side (`_own_word`: "Kataib Hezbollah threatened
            # to target US forces", "توعدت الفصائل باستهداف القواعد التركية"): worth two, as its own threat is
            2 * rd.own_word,
            # an English warning of what someone unnamed could do ("officials warned that the militants could respond
            # by shelling camps near Habbaniya", "warned that the shelling could reach villages"): a threat as the
            # named doer's is (worth one: with a place it is a record); a fear or analysis with no warning word is not
            # (an Arabic threat whose doer stands too far from the deed to count as named, "حذر من أن التنظيم قد يلجأ
            # إلى تفجير أبراج الطاقة في الشرقاط بالعبوات الناسفة", is worth the same one)
            rd.warned_unnamed,
            # an unnamed doer's warned deed in an article placed by its dateline or an earlier sentence ("The
            # commander warned that the militants could send suicide car bombs against the advancing columns" after
            # the strikes on Tal Afar): the place is the deed's, as a named doer's threat takes it below. Not a noun
            # the auxiliary follows ("warned that the battle could displace up to a million people": the warning is
            # of what the battle does, not of the battle)
            rd.warned_unnamed and not rd.place_here
            and rd.place_span is not None and not (rd.voice == "noun" and view.has("modal") and any(
                m.start == rd.trigger.end and m.payload.value == "auxiliary" for m in view.kind("modal"))),
            # a threat that names who would do it (`threat_named`)
            rd.threat_named,
            # a plan that names who would do it (`plan_named`)
            rd.plan_named,
            # the weapon a threatened targeting would use (`means_weapon`)
            rd.means is not None,
            # the side that is preparing it (`_preparer`)
            rd.preparer is not None,
            # a fight feared between two sides both named after its word (`two_sides_feared`)
            rd.two_sides_feared,
            # a plot whose plotters were arrested ("القبض على ثلاثة عناصر من داعش ... قالت إنهم كانوا يخططون لتنفيذ
            # تفجيرات"): a deed planned by men named and held, no speculation, worth two as a named doer's deed is
            2 * (rd.plotters is not None),
            # more of a deed the article told as done, planned or threatened (`more_word` right before the event word:
            # "more air strikes on the hideouts were planned", "further strikes would be carried out if the attacks
            # did not stop"): the campaign told goes on, no speculation in general; worth two as a named doer's deed
            2 * rd.sequel,
            # a plan told with its near time (`soon`: "would launch a major offensive in the coming days", "ستقتحم
            # مركز الناحية خلال الأيام القليلة المقبلة"): dated as a day or week ahead is
            rd.soon,
            # a plan told with its near time in an article placed by its dateline or an earlier sentence ("A senior
            # commander said the ground offensive would begin within days" after the strikes on Tal Afar): the
            # place is the plan's, as a named doer's threat takes it below
            rd.soon and not rd.place_here and rd.place_span is not None,
            # a named doer's threat in an article placed by its dateline or an earlier sentence ("كربلاء – حذر قائد
            # الشرطة من أن التنظيم قد يحاول استهداف الزائرين المتوجهين إلى المدينة"): the place is the threat's
            rd.threat_named and not rd.place_here and rd.place_span is not None,
            # a state body announcing its own arrest, seizure or recapture: "أعلنت قيادة عمليات كربلاء إلقاء القبض
            # على متهم", "أعلنت قيادة العمليات المشتركة، أمس الخميس، تحرير مركز القضاء"
            2 * (rd.voice == "noun" and rd.entry.sub_event_type in STATE_ACTIONS and rd.status == "occurred"
                 and not rd.english and self._state_announcer(view, rd.trigger)),
            # an armed group announcing a change of its own activity: "أعلنت كتائب حزب الله، مساء أمس، تعليق
            # عملياتها العسكرية" (its own word on its own conduct, as a state body announcing its own arrest)
            2 * (rd.voice == "noun" and rd.entry.sub_event_type == "Change to group/activity" and rd.status == "occurred"
                 and not rd.english and self._own_announcement(view, rd.trigger)),
            # a weapon word and a past verb told together: "انفجرت خمس قذائف هاون", "سيارة مفخخة فجرت حافلة"
            weapon_and_verb(view, rd.triggers),
            # (English) a vehicle as the subject of a blast verb ("a car parked outside the shops had blown up"): a
            # car bomb told as gone off, no talk of bombs
            rd.english and rd.entry.sub_event_type == "Remote explosive/landmine/IED" and rd.entry.weight == 2
            and rd.status == "occurred" and _vehicle_blew_up(view, rd.trigger),
            # (English) a weak noun of gunfire as the object of a verb of firing whose doer is named ("two men on a
            # motorcycle fired at least seven shots through the window"): the doer's deed told by its verb, worth
            # two as an active event word with its agent named
            2 * (rd.english and rd.voice == "noun" and rd.entry.weight == 1 and rd.entry.event_type in FIGHTING_TYPES
                 and rd.agent is not None and rd.agent is not rd.state and rd.agent.end <= rd.trigger.start
                 and (rd.target is None or self._kind(rd.target) == "Civilians") and view.has("weapon_use") and any(
                     rd.agent.end <= u.start and rd.trigger.start - FIRED_REACH <= u.start < rd.trigger.start
                     for u in view.kind("weapon_use"))),
            # (English) the weak noun of the event just told, definite, as the object of a verb of doing with its doer
            # named ("A drone struck a car ... The Pentagon said U.S. forces carried out the strike"): who did that
            # event, told in full (the merge joins it to the event)
            2 * (rd.english and rd.voice == "noun" and rd.entry.weight == 1 and rd.agent is not None
                 and rd.agent.end <= rd.trigger.start and self.last is not None
                 and self.last[0].event_type == rd.entry.event_type and self.sentence_number - self.last[1] <= 2
                 and rd.trigger.start - 1 in view.bare("definite_lead")
                 and any(p.end == rd.trigger.start - 1 for p in view.kind("told_participle"))),
            # someone named that came under an armed attack or blast ("وقال الجيش إن دورية تعرضت لهجوم", "وتعرض موكب
            # الوزير لهجوم مسلح"): a report of that attack on that target, no talk of attacks in general
            not rd.english and rd.status == "occurred" and rd.entry.event_type in ("Battles", "Explosions/Remote violence")
            and came_under(view, rd.trigger, self._fighting_force),
            # the cause of an event of its kind told before it in the sentence ("هزت انفجارات عنيفة موقعاً في جرف
            # النصر، إثر ضربة جوية"): what the blasts were, told in a clause of its own with no place or day
            view.has("cause_link") and rd.entry.event_type == "Explosions/Remote violence"
            and any(c.end == rd.trigger.start for c in view.kind("cause_link")) and any(
                m.start < rd.trigger.start and m.payload.event_type == rd.entry.event_type for m in view.kind("trigger")),
            # people as the object of a weak English seizing word ("gunmen seized 18 Turkish workers"): no ground
            # taken, an abduction told in full (as `person_seized` retypes it below)
            # (not "was seized by militants": the men after "by" are the takers, `seized_someone` reads the passive)
            rd.people_seized,
            # a second one of the kind just told ("وقال مدير الشرطة إن سيارة ثانية انفجرت بعد دقائق في سوق قريبة"
            # after a truck bomb told): the series the article tells, not talk of bombs
            rd.second_of_last,
            # a protest's crowd counted as its subject ("Approx. 150 contract workers from the electricity
            # directorate protested outside the governorate building"): told as a gathering seen, no talk of protest
            rd.entry.event_type == "Protests" and rd.status == "occurred" and rd.voice == "active" and crowd_counted(
                view, rd.trigger, rd.lo),
            # or counted in the phrase of a past protest verb of its clause, verb first ("ونزل آلاف المتظاهرين إلى
            # شوارع العاصمة في مسيرات احتجاجية", "وتجمع مئات من الأهالي"): the same crowd seen gathering
            rd.entry.event_type == "Protests" and rd.status == "occurred" and not rd.english
            and crowd_after_verb(view, rd.triggers, rd.lo, rd.hi),
            # the abducted counted right after the verb: "واختطف 9 عراقيين", "خطفوا ثلاثة مهندسين"
            # or by the clause's abduction verb: "واقتادت خمسة شبان إلى جهة مجهولة" (a range too: "واقتادوا ما بين
            # مئة ومئة وخمسين موظفاً")
            # (a bare "خطف" opening its clause is the passive verb, "وخطف ثلاثة أطباء"; a person word that counts,
            # a dual or a singular, counts them too: "كما خطف طبيبان", "واختطف مهندس")
            rd.entry.sub_event_type == "Abduction/forced disappearance" and any(
                not present_verb(view, v) and (any((v.end <= q.start <= v.end + 1 or q.start == v.end + 2
                                                     and view.toks[q.start - 1] in view.forms("between_word"))
                                                    and (q.quantity.best or 0) >= 1 for q in view.quantities())
                                               or not rd.english and counted_person_at(view, v.end))
                for v in ((rd.trigger,) if rd.voice != "noun" or not rd.english and verb_opening(view, rd.trigger, rd.lo) else [
                    m for m in rd.triggers if m.payload.voice == "active" and rd.lo <= m.start < rd.hi
                    and m.payload.sub_event_type == "Abduction/forced disappearance"])),
            # the one it was aimed at lived through it (`survived_deed`: "ونجا محافظ ديالى من محاولة اغتيال"): the
            # deed is told as done
            not rd.english and view.has("survived") and rd.status == "occurred" and survived_deed(view, rd.trigger),
            # the weapons a find or seizure took, counted (`counted_find`): "وعُثر داخل الكهف على خمس عبوات ناسفة",
            # "أفضت إلى ضبط ثلاث عبوات معدة للتفجير": so many bombs taken is a deed told in full, no talk of finds
            not rd.english and rd.entry.sub_event_type == "Disrupted weapons use"
            and counted_find(view, rd.trigger),
            # what an operation yielded, told by a result link that names it ("وأسفرت العملية عن ضبط وكر"): a find
            # or an arrest told as done, no talk of finds (worth two: "ضبط" alone is a weak word)
            2 * rd.yielded,
        )
        rd.support = sum(parts)
        if rd.support == 1 and (rd.placed or rd.dated) and rd.entry.weight <= 2 and any(
                w.start == rd.trigger.start for w in view.kind("weapon_object")) and not rd.trigger.clitic.endswith("ب") \
                and not any(abs(u.start - rd.trigger.start) <= 3 for u in view.kind("weapon_use")):
            # a weapon named as a thing (`weapon_object`: rockets, shells, a car bomb, a drone) with only a place
            # or only a day beside it tells no use of it: "يظهر الفيديو مقاتلين يطلقون صواريخ من جنوب لبنان",
            # "سفينة على متنها قاذفات صواريخ استولي عليها في 25 سبتمبر"; a verb of use, a toll or a doer does, and
            # so does the instrument's ب ("ضربت القاعدة بصواريخ": the deed is told by its verb) and a verb of
            # firing, falling or hitting beside it (`weapon_use`: "القذائف أطلقت من البساتين"). The weapon of an
            # attack told ("شن التنظيم هجوما بعربات مفخخة") is that attack's, no event of its own.
            rd.support = 0
        if rd.support < (2 if rd.entry.weight == 1 or rd.status == "hypothetical" else 1):
            self._redate_last(rd.entry, rd.status, rd.when, rd.date_span, rd.date_explicit and not rd.report_day)
            return False  # speculation needs more than a word to be worth a record
        if rd.english and rd.status in UNREALISED_STATUSES and rd.entry.sub_event_type == "Air/drone strike" \
                and view.toks[rd.trigger.end - 1] == "strike" and self._ground_fighters_strike(view, rd.trigger):
            # "insurgents could strike during the pilgrimage", "militants may try to strike returnees": the bare verb
            # "strike" said of fighters on the ground is a vague threat of some attack, no air strike
            return False
        if rd.status == "planned" and rd.entry.event_type in VIOLENT_TYPES and view.has("conditional"):
            # "ستشن ضربات جوية على مقار الفصائل إذا تعرضت قواتها لهجوم", "if they fire on our people, we will strike
            # them": violence told as what will be done if something happens is a threat, not a plan (a protest
            # called for a day, condition or not, stays planned); its support is the plan's
            rd.status = "hypothetical"
        elif rd.status == "planned" and rd.english and not rd.date_explicit and view.has("conditional") and any(
                rd.trigger.end <= c.start < rd.hi for c in view.kind("conditional")):
            # "Women's groups said they would organise protests in Baghdad if the bill passes": a protest with no
            # day, told as what will be done if something happens, is a threat, not a plan
            rd.status = "hypothetical"
        if rd.status in UNREALISED_STATUSES and view.has("conditional"):
            cond = min((c.start for c in view.kind("conditional") if rd.lo <= c.start < rd.trigger.start), default=None)
            if cond is not None and not any(rd.lo <= m.start < cond for m in rd.triggers) and not rd.two_sides_feared:
                # "said its forces would defend the region with all their strength if attacked further": an event
                # word told only in the condition is what may provoke the threat, not the deed threatened
                return False
        if self.sentence_number == 0 and rd.trigger.start == 0 and view.has("partitive") and any(
                q is not None and any(p.start == q[0].end and not any(
                    rd.trigger.end <= m.start < q[0].start for kind in ("actor", "civilian_noun") for m in view.kind(kind))
                    for p in view.kind("partitive")) for q in (rd.fatalities, rd.injured)):
            # a text opening on a toll of people it has not told of (`partitive`: "وقتل ثلاثة منهم", three of them
            # were killed) is a fragment of a report told elsewhere: no event. After an earlier sentence it is
            # read as any toll (it joins the attack told there). People named between the word and the toll are
            # the ones it counts ("هاجم مسلحون مزارعين ... ما أدى إلى إصابة ثلاثة منهم"): the sentence told of them.
            return False
        if not rd.date_explicit and rd.present and rd.status == "occurred" \
                and says_that(view, 0, rd.trigger.start):
            # "ويؤكد التقرير أن الميليشيات تخطف المواطنين على الهوية في أحياء بغداد": a present verb told with no
            # day in what someone says tells what others do, a habit or a charge, not what happened (a bulletin's
            # headline present, "عناصر من داعش يهاجمون نقطة للشرطة", is news)
            return False
        if self.sentence_number == 0 and not rd.date_explicit and view.has("sequel") \
                and any(q.start == 0 and q.clitic in ("", "و", "ف") for q in view.kind("sequel")):
            # a text opening on "then" or "when" (`sequel`: "ثم وقعت الكارثة عندما حاول إرهابيون اغتيالها فقتلوا
            # 140") goes on with a story told elsewhere, an opinion column's narrative: with no day of its own it
            # tells no event. After an earlier sentence it is read as any sentence.
            return False
        if rd.date_span is not None and rd.when is not None and self.published is not None and rd.when.precision == "day" \
                and view.has("weekday") and (rd.status == "planned" and rd.when.start <= self.today.start or (
                    rd.status == "hypothetical" and rd.when.start < self.today.start and any(
                        m.payload.value == "warning" and m.end <= rd.trigger.start for m in view.kind("modal")))):
            # "will hold a sit-in on Wednesday", "warned that any attempt to block roads during Sunday's march
            # would be dispersed" (a warning or threat is of what is to come; a day that is today's is the
            # warning's): the coming one. Only a weekday that dates the event itself: not a day counted from
            # publication ("مساء أمس الاثنين": yesterday stays yesterday), nor a month's day ("on Aug. 3" in a
            # sentence whose weekday is the report's: the coming Aug. 3, see `coming_date`)
            span = next((d for d in view.dates() if d.start == rd.date_at), None)
            counted = span is not None and any(span.start <= o.start < span.end for o in view.kind("day_offset"))
            if span is None or any(span.start <= w.start < span.end for w in view.kind("weekday")):
                rd.when = rd.when if counted else next_weekday(rd.when, self.published)
            elif not counted and rd.status == "planned":
                rd.when = coming_date(view, span, self.published)
        return True

    def _threat_place(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """The place of an English threat or plan against a whole class of targets: none unless its clause names one."""
        if rd.status in ("planned", "hypothetical") and rd.english and view.has("generic_target") \
                and any(rd.lo <= g.start < rd.hi for g in view.kind("generic_target")) \
                and not any(rd.lo <= p.match.start < rd.hi and not p.dateline and p.entry.level != "country" for p in rd.places):
            # a threat or plan against a whole class of targets with no place told ("would keep targeting U.S.
            # bases and American interests across the region", "American interests anywhere would be targeted"):
            # it has no place, whatever the dateline or the place told before
            rd.where, rd.place_span = None, None

    def _event_kind(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """The event's type and sub-event type, refined from the word by its parties, toll and neighbours."""
        rd.told = rd.triggers
        if rd.entry.event_type == "Protests" and (view.has("purpose") or view.has("reaction") or view.has("modal")
                                               or not rd.english and view.has("accusation")):
            # "تجمع المئات ... مطالبين بمحاسبة المسؤولين عن إطلاق النار": what a crowd demands or protests, from the
            # demand after its word to the next comma, is no force used on it ("مطالبين بفرص عمل، فاستخدمت قوات
            # مكافحة الشغب خراطيم المياه لتفريقهم" goes on to what was done to it)
            # (so after a verb of demanding, `modal` "demand": "رفعنا مذكرة طالبنا فيها بالإسراع في تحرير القرى")
            # (and, in Arabic, after a word of accusing: "اعتصم المئات ... لمعاقبة رجل يتهمونه بقتل ضابط" tells the
            # deed the crowd blames on someone, no force used on it)
            about = min([m.start for k in ("purpose", "reaction") + (() if rd.english else ("accusation",))
                         for m in view.kind(k) if m.start >= rd.trigger.end]
                        + [m.start for m in view.kind("modal") if m.payload.value == "demand" and m.start >= rd.trigger.end],
                        default=len(view.toks))
            upto = next((i for i in range(about, len(view.toks)) if view.toks[i] == ","), len(view.toks))
            rd.told = [m for m in rd.triggers if not about <= m.start < upto]
            if rd.fatalities is not None and about <= rd.fatalities[0].start < upto:
                # (the toll told there is that deed's: "مطالبين بمحاسبة المسؤولين عن قتل شاب" kills no one at the
                # gathering)
                rd.fatalities = None
        if rd.entry.event_type == "Protests" and view.has("commemoration") and not rd.english:
            # "أحيا العشرات الذكرى السنوية لاجتياح التنظيم للقضاء في وقفة احتجاجية": the deed an anniversary
            # recalls (right after its word, or past one or two adjectives: السنوية الأولى) is no force used on the crowd
            ends = [c.end for c in view.kind("commemoration")]
            rd.told = [m for m in rd.told if not any(0 <= m.start - e <= 2 for e in ends)]
        if rd.entry.event_type == "Protests" and not rd.english and (view.has("cumulative") or view.has("since")):
            # "في حين تجمع العشرات في وقفة احتجاجية ...، كشف مسؤول أن التنظيم قتل منذ سيطرته على المدينة وحتى الآن
            # 300 شخص": a killing word after the gathering's, in a clause that tells a long span, is a tally told
            # beside the crowd, no force used on it
            spans = clauses_of(view, [*view.kind("cumulative"), *view.kind("since")])
            rd.told = [m for m in rd.told if not (m.start >= rd.trigger.end and m.start in spans)]
        if rd.agent is not None and rd.agent.start < rd.trigger.start and not rd.english and view.has("background"):
            cue = pluperfect_cue(view, rd.trigger)
            if cue is not None and rd.agent.end <= cue.start:
                # "تمكنت قوة من الشرطة من تحرير طفل كان قد اختطف مساء الأحد": the force named before the captive
                # freed him; the deed told of him in the pluperfect is someone else's
                rd.agent = None
        rd.event_type, rd.sub_type = self._refine(rd.entry, rd.agent, rd.target, rd.told, rd.fatalities, view.kind("trigger"),
                                            view.has("calm"), rd.trigger.start,
                                            [b.start for b in view.kind("clause_break")]
                                            if rd.entry.event_type == "Protests" and view.has("clause_break") else ())
        if rd.sub_type in ("Attack", "Violent demonstration") and rd.agent is not None \
                and self._kind(rd.agent) == "Rioters" and (rd.sub_type == "Attack" or rd.english and not view.bare(
                    "beating").isdisjoint(range(len(view.toks)))):
            # a crowd's violence on people is ACLED's mob violence: "a mob killed a teenager it accused of shooting at
            # protesters" (no attack by an armed group); "a crowd of angry residents stormed the house of a man
            # accused of killing a child, beating two of his relatives" (no demonstrators: no riot)
            rd.event_type, rd.sub_type = "Riots", "Mob violence"
        if rd.sub_type == "Looting/property destruction" and rd.entry.event_type == "Riots" and not rd.english \
                and (rd.target is None or self._kind(rd.target) == "Civilians") \
                and _burnt_people(view, rd.trigger, rd.target, rd.agent):
            # "قامت الميليشيا بحرق عدد من المواطنين أحياء", "أحرق عناصر التنظيم شابين": people burnt, the word's
            # object right after it (past a count or the doer), are killed or maimed, an attack on civilians, not
            # property destroyed ("أحرقوا منازل المواطنين" keeps the houses between the word and the people)
            rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        if rd.sub_type == "Arrests" and rd.english and rd.agent is None and rd.trigger.payload.voice == "active" \
                and _armed_subject_before(view, rd.trigger.start):
            # "fighters rounded up families", "militants detained 30 men": the state arrests; unnamed armed men
            # right before the word holding people abduct them
            rd.event_type, rd.sub_type = "Violence against civilians", "Abduction/forced disappearance"
        if rd.sub_type == "Looting/property destruction" and rd.english and rd.agent is not None \
                and self._kind(rd.agent) in STATE_OR_ARMED and view.has("war_vehicle") and any(
                    rd.trigger.end <= m.start <= rd.trigger.end + WAR_VEHICLE_REACH for m in view.kind("war_vehicle")):
            # "its fighters destroyed several Iraqi vehicles", "IS fighters destroyed two army Humvees": an armed
            # side destroying a force's vehicles or tanks is fighting that force, no damage to property
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
        if rd.sub_type == "Attack" and rd.entry.sub_event_type == "Armed clash" and view.has("return_fire"):
            # "The drivers opened fire and the guards shot back, killing one smuggler": fire returned (`return_fire`)
            # tells two armed sides, a clash, whoever the side hit is read as (smugglers, drivers)
            rd.event_type, rd.sub_type = rd.entry.event_type, rd.entry.sub_event_type
        if rd.sub_type == "Attack" and rd.target is None and rd.english and rd.agent is not None and rd.entry.voice == "active" \
                and view.has("hostile_noun") and self._kind(rd.agent) in STATE_OR_ARMED and any(
                    rd.trigger.end <= h.start <= rd.trigger.end + HOSTILE_OBJECT_REACH and not h.payload.value
                    for h in view.kind("hostile_noun")):
            # "Iraqi troops killed eight militants": forces killing men named only as the armed side fought them
            # (the bare plural is no actor of the lexicon, so the dead were read as civilians)
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
        if rd.agent is not None and rd.target is not None and rd.agent.start == rd.trigger.start \
                and self._kind(rd.agent) == "Identity militia" and (
                    rd.sub_type == "Attack" and rd.entry.sub_event_type == "Armed clash" and rd.entry.weight == 3
                    and self._kind(rd.target) == "Civilians"
                    or rd.sub_type == "Armed clash" and not rd.english and self._kind(rd.target) == "State forces"
                    and rd.target.start > rd.trigger.end and "," in view.toks[rd.trigger.end:rd.target.start]):
            # the word of a clan fight names its sides (clan against clan): a child or a passer-by killed in it was
            # caught in the fighting, which stays a clash between the clans ("قتل شخصان، بينهما طفل، في نزاع
            # عشائري"); a force told past a comma came to end it or seal the area, no side of the fight ("نزاع عشائري
            # ... أدى إلى إصابة شخصين، فيما فرضت القوات الأمنية حظراً للتجوال")
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
            rd.target = rd.agent
        if rd.sub_type == "Excessive force against protesters" and rd.entry.event_type == "Protests" and rd.target is None \
                and not rd.english and any(m.payload.sub_event_type == "Armed clash" for m in rd.told) \
                and any(m.payload.event_type == "Riots" for m in rd.told) \
                and not any(self._kind(m) in STATE_OR_ARMED for m in view.longest("actor")):
            # "تحولت احتجاجات متقابلة إلى مواجهات بالحجارة قتل فيها ثلاثة": deaths in clashes fought with the crowd's
            # own weapons (stones), no force or armed side named in the sentence, are the crowds' violence (a riot),
            # not force used on them (bare "مواجهات دامية" of a protest movement stay force used on it)
            rd.event_type, rd.sub_type = "Riots", "Violent demonstration"
        if rd.english and rd.entry.sub_event_type == "Disrupted weapons use" and rd.entry.form in _BARE_INTERCEPT \
                and not weapon_after(rd.trigger, view.kind("trigger")) and not _armament_after(view, rd.trigger):
            # "a patrol intercepted a group of smugglers ... with sacks of crystal methamphetamine", "intercepted a
            # truck carrying hashish": people or goods stopped, no weapon; no weapons use was disrupted
            return False
        if rd.event_type == "Riots" and rd.agent is None and rd.english and view.has("hostile_noun") \
                and any(h.end == rd.trigger.start for h in view.kind("hostile_noun")):
            # "In Falluja, militants set fire to police stations", "militants set fire to fields near Tel Ali": armed
            # men named only as such (no actor of the lexicon) do not riot, as the armed actors `_refine` reads do
            # not: they destroy property
            rd.event_type, rd.sub_type = "Strategic developments", "Looting/property destruction"
        if rd.event_type == "Riots" and rd.agent is None and rd.english and rd.trigger.start > 0 \
                and view.toks[rd.trigger.start - 1] in view.forms("passive_aux") \
                and not any(m.payload.event_type in ("Protests", "Riots") for m in rd.triggers if m is not rd.trigger) \
                and (any(m.payload.event_type in _STRIKE_TYPES for m in rd.triggers)
                     or self._last_type(1) in _STRIKE_TYPES):
            # "A shepherd was wounded in the strikes, and several orchards were set on fire": fields or houses
            # that "were set on fire" with no doer named, beside a strike or a clash and no crowd, burned in it
            return False
        if rd.entry.event_type == "Riots" and rd.sub_type == "Looting/property destruction" and view.has("storm_word") \
                and any(w.start == rd.trigger.start for w in view.kind("storm_word")):
            # "التنظيم قد يقتحم قضاء حديثة خلال أيام", "gunmen stormed a village": armed men storming a place assault
            # it (a clash, or an attack on the people inside), they destroy no property by it
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
            if rd.english and rd.target is not None and self._kind(rd.target) == "Civilians":
                # "IS fighters stormed the home of a village mukhtar and shot him dead": armed men storming the home
                # of unarmed people (a mukhtar, a sheikh, a family) attack them, no side fights back
                rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        if rd.sub_type == "Armed clash" and rd.entry.sub_event_type == "Armed clash" and rd.entry.weight == 1 \
                and rd.agent is not None and self._kind(rd.agent) == "External/Other forces" and view.has("remote_hit") \
                and any(h.start == rd.trigger.start and h.end == rd.trigger.end for h in view.kind("remote_hit")) \
                and not any(m.payload.event_type == "Battles" and m.payload.weight > 1 for m in rd.told):
            # "U.S. forces struck three facilities used by the militia", "العدوان الأمريكي الذي استهدف مقر اللواء":
            # a foreign state's forces hitting a target, with no weapon and no fighting told, strike from the air
            # (a raid, a gunfight or an exchange of fire told in the clause stays a clash)
            rd.event_type, rd.sub_type = "Explosions/Remote violence", "Air/drone strike"
        if rd.sub_type == "Armed clash" and view.has("off_duty") and rd.target is not None \
                and not (rd.entry.sub_event_type == "Armed clash" and rd.entry.weight == 3) \
                and self._kind(rd.target) == "State forces" and (rd.agent is None or self._kind(rd.agent) != "State forces"):
            # "Gunmen shot dead a police major as he left his home", "اغتال مسلحون مقدماً في الشرطة قرب منزله": a
            # member of the forces killed off duty, at home, on his way to work or from a passing car, fights no one:
            # a one-sided attack, not a clash with a post or patrol (a word that names a two-sided fight, "an exchange
            # of fire when police tried to arrest him at his home", stays a clash)
            rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        if rd.sub_type == "Armed clash" and view.has("raid") and rd.english \
                and self._quiet_raid(view, rd.trigger, rd.agent, rd.target, rd.fatalities, rd.injured):
            # "a SWAT unit raided the farm early on Monday", no fight told: a state search or arrest raid, as the
            # Arabic داهمت is (a raid that turns into a gunfight stays a clash)
            rd.event_type, rd.sub_type = "Strategic developments", "Arrests"
        if rd.sub_type == "Disrupted weapons use" and view.has("interception") and rd.agent is not None \
                and rd.agent.end <= rd.trigger.start and self._kind(rd.agent) in GOVERNMENT_KINDS \
                and any(i.start == rd.trigger.start for i in view.kind("interception")):
            # "Coalition air defences shot down a drone approaching Erbil airport": the state's defences stopping a
            # drone or rocket sent at them tell that attack, its side hit the defenders named before the verb
            # (militants who shoot down "a Turkish army drone" disrupt its use)
            # (Arabic: the day may stand between them set off by commas, "أسقطت، فجر اليوم الخميس، طائرة مسيرة")
            hit = next((m.payload for m in view.kind("trigger") if m.start >= rd.trigger.end
                        and m.start - rd.trigger.end <= INTERCEPTED_REACH + (
                            0 if rd.english else dated_between(view, rd.trigger.end, m.start) + 2)
                        and m.payload.event_type == "Explosions/Remote violence"), None)
            if hit is not None:
                rd.event_type, rd.sub_type = hit.event_type, hit.sub_event_type
                rd.agent, rd.target = None, rd.agent
        if rd.sub_type == "Armed clash" and view.has("ambush") \
                and self._arrest_ambush(view, rd.trigger, rd.agent, rd.fatalities, rd.injured):
            # "نصبت مفرزة من الاستخبارات كميناً محكماً للمتهم": an ambush laid for a suspect or a wanted man, no fight
            # told, is the way he was arrested
            rd.event_type, rd.sub_type = "Strategic developments", "Arrests"
            if rd.agent is not None and rd.target is not None and rd.target.start < rd.trigger.start < rd.agent.start:
                rd.agent, rd.target = rd.target, rd.agent  # the force named before laid it; the group named after is his
            elif rd.agent is None and rd.target is not None and rd.target.start < rd.trigger.start \
                    and self._kind(rd.target) in STATE_SIDE:
                rd.agent, rd.target = rd.target, None  # "نصبت قوة من الشرطة كميناً ...، وأوقفت سيارة": the force laid it
        if rd.sub_type == "Government regains territory" and rd.english and rd.entry.weight == 1 and rd.status == "occurred" \
                and view.has("campaign_noun") and rd.trigger.start - 1 in view.bare("to_word") \
                and any(c.end == rd.trigger.start - 1 for c in view.kind("campaign_noun")):
            # "launched operations to retake Anah": the aim of the offensive told, not ground taken; the offensive
            # launched is the fighting for it
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
        if rd.english and rd.sub_type in CONTRABAND_READINGS and view.has("contraband") and rd.entry.event_type != "Riots" \
                and any(governs_thing(view, rd.trigger, t, rd.triggers) for t in view.kind("contraband")):
            # "seized half a million captagon pills": drugs or smuggled goods seized, no weapons, ground or loot
            # (not a burning word: "set fire to a liquor shop" destroys property, it seizes nothing)
            rd.event_type, rd.sub_type = "Strategic developments", "Other"
        return True

    def _retyped_by_outcome(self, view: SentenceMentions, rd: TriggerReading) -> None:
        """The type by what came of the deed: ground changing hands unopposed, people seized, property destroyed."""
        if rd.sub_type in TERRITORY_TYPES and rd.status == "occurred" and not toll_counts(rd.fatalities) and (
                rd.sub_type == "Government regains territory" and rd.agent is not None and rd.target is not None
                and rd.target.start > rd.trigger.end and rd.agent.payload != rd.target.payload
                and all(self._kind(m) == "State forces" or self._pmf(m.payload) for m in (rd.agent, rd.target))
                or rd.event_type == "Battles" and view.has("unopposed")
                and any(u.start > rd.trigger.end for u in view.kind("unopposed"))) \
                and not any(m.payload.event_type == "Battles" and m.payload.sub_event_type == "Armed clash"
                            and m.payload.weight > 1 for m in rd.told):
            # ground taken with no fight and no dead told changes hands without violence (ACLED: territory acquired
            # without armed confrontation), when
            # - one state force (or the PMF) takes it from another, "Peshmerga fighters took full control of Kirkuk
            #   after Iraqi army units abandoned their bases": the government regains nothing from its own forces (an
            #   operation to come names the forces taking part in it, "بمشاركة الجيش والشرطة الاتحادية", no side it is
            #   taken from; the side left is named after the word: "Iraqi troops and PMF fighters took control" names
            #   partners);
            # - the sentence says so after the word (`unopposed`): "federal forces took control of the K1 base ...
            #   after the Peshmerga withdrew without fighting", "seized the town without resistance"
            rd.event_type, rd.sub_type = "Strategic developments", "Non-violent transfer of territory"
        if rd.sub_type == "Non-state actor overtakes territory" and rd.entry.weight == 1 and seized_someone(view, rd.trigger):
            rd.event_type, rd.sub_type = "Violence against civilians", "Abduction/forced disappearance"
        elif rd.people_seized:
            # "unidentified armed men seized a 29-year-old organizer outside his home": men took a person, not ground
            rd.event_type, rd.sub_type = "Violence against civilians", "Abduction/forced disappearance"
        elif rd.weak_seizing and rd.agent is not None and people_taken(view, rd.trigger):
            # "police captured seven terrorists", "resulting in the capture of seven (7) terrorists": a state's
            # force seizing men, counted right after the weak seizing word, holds them: an arrest, no ground taken
            # (the group the men belong to, named after the word, is whom they were taken from, the force before it
            # the one that took them)
            if rd.agent.start > rd.trigger.start and rd.target is not None and rd.target.start < rd.trigger.start \
                    and self._kind(rd.target) in STATE_SIDE:
                rd.agent, rd.target = rd.target, rd.agent
            if self._kind(rd.agent) in STATE_SIDE:
                rd.event_type, rd.sub_type = "Strategic developments", "Arrests"
        elif rd.english and rd.role_trigger is not rd.trigger and rd.sub_type == "Armed clash" and rd.entry.voice == "noun" \
                and rd.role_trigger.payload.sub_event_type == "Non-state actor overtakes territory" \
                and rd.role_trigger.payload.weight == 1 and rd.agent is not None and rd.target is not None \
                and not counted_toll(rd.fatalities, rd.injured) \
                and (self._kind(rd.agent) in STATE_SIDE or rd.target.start < rd.role_trigger.start < rd.agent.start
                     and self._kind(rd.target) in STATE_SIDE):
            # "Counter-Terrorism Service forces captured a senior Islamic State financier in a night raid": a state
            # force's raid told by a weak seizing verb, with no one killed or hurt, took a man, not ground: an arrest
            # (the group named after the verb is the man's, the force before it the taker)
            if self._kind(rd.agent) not in STATE_SIDE:
                rd.agent, rd.target = rd.target, rd.agent
            rd.event_type, rd.sub_type = "Strategic developments", "Arrests"
        if rd.sub_type == "Looting/property destruction":
            rioters = next((m for m in (rd.agent, rd.target) if m is not None
                            and self._kind(m) in CROWD_KINDS), None) or rd.crowd_by
            if rioters is not None:  # "أضرم محتجون النار في مقر": protesters who destroy property riot
                rd.event_type, rd.sub_type = "Riots", "Violent demonstration"
                rd.agent, rd.target = rioters, (rd.agent if rd.target is rioters else rd.target)
            # "أضرم محتجون النار في مقر حزب، بعد أيام من مقتل متظاهرين برصاص مجهولين", "نهب مسلحون المنازل، عقب
            # انسحاب قوات البيشمركة من القضاء": one named past a reference to another event is that event's party,
            # not the target of the destruction
            if rd.target is not None and self._past_reference(view, rd.trigger, rd.target):
                rd.target = None
            if rd.sub_type == "Looting/property destruction" and toll_counts(rd.fatalities) and (
                    rd.target is None or self._kind(rd.target) not in NON_STATE_ARMED and self._kind(rd.target) not in STATE_SIDE):
                # "أحرق مسلحون ثلاثة شبان حتى الموت": burning that kills people is violence against them, not
                # damage to property
                rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        elif rd.sub_type == "Armed clash" and rd.entry.sub_event_type == "Armed clash" and rd.target is not None \
                and self._kind(rd.target) == "Protesters" and "rioters" in self.k.actors \
                and (rd.agent is None or self._kind(rd.agent) in CROWD_KINDS) \
                and (rd.english or self._two_crowds(view, rd.a_lo, rd.a_hi)) \
                and not (rd.agent is None and self._unnamed_shooters(view, rd.role_trigger)):
            # "Kurdish demonstrators clashed with Arab protesters", "Supporters of a cleric clashed with protesters":
            # a crowd fighting a crowd, no force named, is ACLED's mob violence between rioters, not force used on
            # a protest
            rd.event_type, rd.sub_type = "Riots", "Mob violence"
            rd.agent = rd.target = None
            rd.crowd_clash = True
        elif rd.sub_type == "Armed clash" and rd.agent is not None and rd.target is not None \
                and self._kind(rd.agent) == "Protesters" and self._kind(rd.target) == "State forces":
            # "المواجهات بين المتظاهرين والقوات الأمنية", "protesters clashed with police": a crowd fights no battle;
            # a state's force meeting it is force used on protesters, the protesters named first still actor1
            rd.event_type, rd.sub_type = "Protests", "Excessive force against protesters"
        elif rd.event_type in ("Battles", "Violence against civilians", "Protests") and rd.target is not None \
                and self._kind(rd.target) == "Protesters":
            # "فتحت قوات الأمن النار على المحتجين", "snipers killed eight protesters": force used on a crowd
            # is ACLED's excessive force against protesters, coded with the protesters as actor1
            if rd.event_type != "Protests":
                rd.event_type, rd.sub_type = "Protests", "Excessive force against protesters"
            rd.agent, rd.target = rd.target, rd.agent
        elif rd.sub_type == "Suicide bomb" and rd.agent is not None and self._kind(rd.agent) == "State forces":
            # "وأن المنتسبين اشتبهوا به وحاولوا إيقافه قبل أن يفجر نفسه": a state's men blow no one up; those named
            # with a suicide bombing are the ones it struck
            rd.agent, rd.target = None, rd.target or rd.agent
        elif rd.entry.sub_event_type in FORCE_ON_CROWD and rd.agent is not None and self._kind(rd.agent) in STATE_SIDE \
                and (rd.target is None or self._kind(rd.target) not in STATE_OR_ARMED):
            # "Riot police fired tear gas in Tahrir Square", "police used batons to disperse 200 farmers": the force
            # that used it is the protest's actor2; the people it dispersed are the protesters (actor1)
            rd.agent, rd.target = None, rd.agent
        if rd.target is not None and rd.target.payload in STATE_UMBRELLAS and rd.target.end - rd.target.start == 1 \
                and not view.toks[rd.target.start].isascii():
            # "تعرضت نقطة تفتيش تابعة لقيادة شرطة بابل ... إلى إطلاق نار ...، ما أسفر عن إصابة أحد المنتسبين": the
            # members hit are the men of the force the sentence names before them, not the forces at large
            named = next((m for m in reversed(view.longest("actor")) if m.end <= rd.target.start
                          and m.payload not in STATE_UMBRELLAS and (rd.agent is None or m.payload != rd.agent.payload)
                          and self._kind(m) == "State forces" and m.payload != GOVERNMENT), None)
            if named is not None:
                rd.target = rd.target._replace(payload=named.payload)

    def _event_actors(self, view: SentenceMentions, rd: TriggerReading) -> bool:
        """The actors, with civilians as the side hit where the sentence tells them; drops a sweep or riot overrun."""
        rd.actor1 = self._national(view, rd.agent, rd.where)
        rd.actor2 = self._national(view, rd.target, rd.where)
        if rd.english and rd.target is not None and repelled_attacker(view, rd.trigger, rd.target):
            # "government forces repelled a Houthi attack on their positions", "repulsed an attack by IS militants":
            # the attackers opened the fight (actor1), the side that repelled them is the side attacked
            rd.actor1, rd.actor2 = rd.actor2, rd.actor1
            rd.agent, rd.target = rd.target, rd.agent
        if rd.sub_type == "Attack" and execution_of_kin(rd.entry, rd.target) and "civilians" in self.k.actors:
            rd.actor2 = self.k.actors["civilians"].actor  # the clan's executed sons (`execution_of_kin`)
        if rd.crowd_clash:
            rd.actor1 = rd.actor2 = self.k.actors["rioters"].actor
        # (not people told fleeing: "ما دفع نحو عشرين عائلة إلى النزوح", "نزحت عشرات العائلات" were driven off, not hit)
        fled = {t for f in view.kind("flight") for t in range(f.start - 3, f.end + 3)} if view.has("flight") else ()
        # (nor an English source: "according to local journalists", "a local journalist told the desk" speaks: a
        # civilian noun right before a reporting verb, or up to two words after it)
        sources = {m.start for m in view.kind("civilian_noun") if any(
            r.start == m.end or r.end <= m.start <= r.end + 2 for r in view.kind("report_verb"))} \
            if rd.english and rd.actor2 is None and view.has("civilian_noun") and view.has("report_verb") else ()
        if not rd.english and rd.actor2 is None and view.has("sound") and view.has("civilian_noun"):
            # (nor Arabic hearers: "الانفجار الذي سمعه سكان الأحياء الغربية", "سمع الأهالي دوي انفجار": the people
            # right after a verb of hearing heard the blast, no one it hit)
            heard_by = {m.start for m in view.kind("civilian_noun")
                        if any(s.end <= m.start <= s.end + 1 for s in view.kind("sound"))}
            sources = set(sources) | heard_by if heard_by else sources
        # (nor the captive an arrest's force freed, described by the deed done to him: "freed a child kidnapped ...
        # and arrested three of the kidnappers", `freed_captive_participle`)
        captives = {t.start for t in view.kind("trigger") if freed_captive_participle(view, t)} \
            if rd.english and rd.actor2 is None and view.has("freeing") else ()
        # (nor civilians past "but" in a clause that counts no one: "caused no casualties, but farmers lost crops")
        spared = spared_after(view, rd.trigger) if rd.actor2 is None and view.has("contrast") else None
        hit_hi = min(rd.a_hi, rd.reacted)  # (the side hit is named before `reacted`: what was protested, the background)
        force_hit = self._force_listed_with_civilians(view, rd.agent, rd.a_lo, hit_hi) \
            if rd.english and (rd.actor2 is None or rd.actor2.kind == "Civilians") and rd.entry.event_type != "Protests" \
            and view.has("civilian_noun") and (view.has("fatality") or view.has("injury")) else None
        if force_hit is not None:
            # "Three Peshmerga fighters and a civilian were killed when IS attacked a village": a force listed with
            # the civilians among those hit is the side fought; the civilians died in the fight (ACLED's battle)
            rd.actor2 = self._national(view, force_hit, rd.where)
            if (rd.event_type, rd.sub_type) == ("Violence against civilians", "Attack"):
                rd.event_type, rd.sub_type = "Battles", "Armed clash"
        elif rd.actor2 is None and "civilians" in self.k.actors and rd.entry.event_type != "Protests" and \
                view.has("civilian_noun") and any(rd.a_lo <= m.start < min(hit_hi, spared or rd.a_hi) and m.start > rd.trigger.start - 6
                    and m.start not in fled
                    and m.start not in sources and not (rd.sub_type == "Arrests" and (victim_of_other_deed(view, m.start)
                                                                  or m.end in captives))
                    for m in view.kind("civilian_noun")):
            rd.actor2 = self.k.actors["civilians"].actor  # "مقتل سائقها", "killed a driver": civilians were hit
            if (rd.event_type, rd.sub_type) == ("Battles", "Armed clash"):
                # "هاجم مسلحون صاحب محل": fire at civilians is violence against civilians, as a named civilian
                # target makes it (`_refine`)
                rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        elif rd.actor2 is None and "civilians" in self.k.actors and rd.event_type == "Explosions/Remote violence" \
                and view.has("civilian_noun") and self._civilian_casualty(view, rd.a_lo, hit_hi):
            # "أصيب سائق سيارة أجرة بجروح ..., إثر انفجار عبوة لاصقة": the wounded or dead told as civilians, however
            # far from the blast word, are whom it hit
            rd.actor2 = self.k.actors["civilians"].actor
        elif rd.actor2 is None and "civilians" in self.k.actors and view.has("generic_people") \
                and rd.entry.sub_event_type in STREET_BLASTS and any(
                    rd.a_lo <= m.start < hit_hi and (any(
                        c.end <= m.start <= c.end + CASUALTY_NOUN_REACH or m.end <= c.start <= m.end + 2
                        for c in casualty_cues(view)) or any(
                        toll is not None and toll[0].end == m.start for toll in (rd.fatalities, rd.injured)))
                    for m in view.kind("generic_people")):
            # "a car bomb tore through a commercial street, killing 14 people", "two men were wounded when a bomb
            # attached to their car exploded": a bomb's dead told as people, no armed side named, were civilians
            # (Arabic too, the people word also right after the toll's figure: "قتل ما بين خمسة عشر وعشرين شخصاً")
            rd.actor2 = self.k.actors["civilians"].actor
        elif rd.english and rd.actor2 is None and (rd.event_type, rd.sub_type) == ("Battles", "Armed clash") \
                and "civilians" in self.k.actors and view.has("generic_people") and fired_on_people(view, rd.trigger):
            # "IS fighters opened fire on a group of about 30 people", "fired on people fleeing the town": the people
            # fired on, no side named, are civilians; the fire is an attack on them
            rd.actor2 = self.k.actors["civilians"].actor
            rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
        if not rd.english and rd.status == "occurred" and rd.sub_type == "Government regains territory" \
                and rd.trigger.clitic == "ل" and _retaking_noun(view, rd.trigger):
            # "تنفذ القوات عمليات عسكرية لتطهير المحافظة", "تشكيل أفواج ... لتطهير مدنهم": a recapture noun with
            # the purpose lam, told as no plan, is what the forces set out to do, no ground told regained; an
            # operation launched or carried out (a past verb of doing before it: "نفذت أمس عملية لتطهير") is the
            # fighting, as a planned one is
            if not _launched(view, rd.trigger.start):
                return False
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
        if rd.status in UNREALISED_STATUSES and view.has("clearing") \
                and rd.sub_type in ("Government regains territory", "Disrupted weapons use"):
            # "ستبدأ القطعات عملية لتطهير وادي حوران من بقايا داعش", "will launch an operation to clear Islamic State
            # hideouts": an operation still to come that will sweep an area of cells, not retake a town the group
            # holds nor seize weapons, is coded as the fighting it plans
            rd.event_type, rd.sub_type = "Battles", "Armed clash"
        if not rd.english and rd.status in UNREALISED_STATUSES and rd.event_type == "Riots" \
                and "قتحام" in fold_word(rd.entry.form) and not any(
                    a is not None and a.kind in CROWD_KINDS for a in (rd.actor1, rd.actor2)):
            # "أكملت القطعات العسكرية استعداداتها لاقتحام قضاء عنه خلال الأيام المقبلة": a storming still to come
            # with no crowd named is the forces' assault on a town the group holds, no riot (no file codes a planned
            # riot); the force named on either side takes it
            rd.event_type, rd.sub_type = "Battles", "Government regains territory"
            force = next((a for a in (rd.actor1, rd.actor2) if a is not None and a.kind == "State forces"), None)
            rd.actor1, rd.actor2 = force, None
        if not rd.english and rd.sub_type == "Disrupted weapons use" and rd.voice == "active" \
                and rd.trigger.end - rd.trigger.start == 1 and seizes_people(view, rd.trigger):
            # "ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تضم خمسة متهمين": the bare seizing verb's object, past its
            # subject, is a cell or men wanted: an arrest
            rd.event_type, rd.sub_type = "Strategic developments", "Arrests"
        if (rd.event_type, rd.sub_type) == ("Battles", "Armed clash") and rd.actor2 is None and rd.target is None \
                and "civilians" in self.k.actors and view.has("village_target") \
                and (rd.agent is None or self._kind(rd.agent) in NON_STATE_ARMED) \
                and self._on_village(view, rd.trigger, rd.agent):
            # "هجوم شنه مسلحو داعش ليلة أمس على قرية في ناحية الرياض", "the cells could attack the villages of the
            # basin": an armed group's attack on a village, no armed side named as hit, falls on its people
            rd.event_type, rd.sub_type = "Violence against civilians", "Attack"
            rd.actor2 = self.k.actors["civilians"].actor
        if rd.actor1 is not None and rd.actor2 is not None and rd.actor1.id == rd.actor2.id \
                and rd.event_type in ("Explosions/Remote violence", "Violence against civilians"):
            # "أعلنت وزارة الدفاع الأمريكية مقتل زعيم جماعة في غارة أمريكية": one side named twice (the speaker, the
            # strike's maker) is no side hit by itself (fighting, a group's infighting, and mob violence pit one on both)
            rd.actor2, rd.target = None, None
        if rd.sub_type == "Non-state actor overtakes territory" and countries_swept(rd.places, rd.trigger, rd.hi):
            return False  # "وسيطر تنظيم داعش على مساحات كبيرة من سورية والعراق": a war's sweep, no one seizure
        if rd.sub_type == "Non-state actor overtakes territory" and rd.actor1 is None and rd.actor2 is None \
                and self._last_type(RIOT_OVERRUN_SENTENCES) == "Riots":
            # "Protesters stormed and set fire to the consulate ... Diplomats had left the building before it was
            # overrun": a place overrun by no armed side named, with a mob's riot the last news (up to
            # `RIOT_OVERRUN_SENTENCES` back), is the mob's riot
            return False
        return True

    def _record(self, view: SentenceMentions, rd: TriggerReading) -> Event | None:
        """The event record with its evidence, confidence and the marks of how it was told."""
        evidence = Evidence(
            sentence=self.sentence_span(view),
            trigger=self.span(view, rd.trigger.start, rd.trigger.end),
            actor1=self.span(view, rd.agent.start, rd.agent.end) if rd.agent else None,
            actor2=self.span(view, rd.target.start, rd.target.end) if rd.target else None,
            location=rd.place_span,
            # "the toll rose to six on Tuesday": the day told is the update's, so the event's own day, told
            # in another sentence, wins the merge
            date=None if view.has("toll_update") else rd.date_span,
            fatalities=self._toll_span(view, rd.fatalities) if rd.fatalities else None,
            injured=self._toll_span(view, rd.injured) if rd.injured else None,
        )
        confidence = min(0.95, 0.4 + 0.1 * rd.support + 0.05 * rd.entry.weight)
        event_id = stable_id("e", self.article_id, evidence.trigger.start, rd.sub_type)
        if rd.rumour:
            self.rumours.add(event_id)
        if rd.report_day and rd.when is not None and rd.when == self.today and rd.status == "occurred":
            self.report_dated.add(event_id)
        if rd.sub_type == "Remote explosive/landmine/IED" and view.has("accident_blast") and any(
                b.start <= rd.trigger.start and rd.trigger.end <= b.end for b in view.kind("accident_blast")):
            # (a blast word with its weapon, "انفجار سيارة مفخخة", names the weapon: no bare blast)
            self.bare_blasts.add(event_id)
        elif rd.sub_type == "Air/drone strike" and view.has("bare_strike") and any(
                b.start == rd.trigger.start and b.end == rd.trigger.end for b in view.kind("bare_strike")):
            self.bare_blasts.add(event_id)  # "the strikes", "الضربة": a hit told with no weapon named
        if not rd.implied and toll_counts(rd.fatalities):
            self.toll_side[event_id] = "update" if view.has("toll_update") else dead_side(view, rd.fatalities[0], rd.agent)
        if self.landmark:
            self.near.add(event_id)
        if rd.where is not None and rd.where.precision == "country" and rd.where.admin1_code is None \
                and not any(p.entry.level == "country" for p in rd.places):
            # "وذكر مكتب أردوغان أن ثلاث مقاتلات قصفت مقرين للتنظيم": the country is only the article's, not told
            self.unplaced.add(event_id)
        if view.has("past_aux") and view.has("report_verb") and view.toks[rd.trigger.start].isascii() and any(
                a.end == r.start and r.end <= rd.trigger.start
                for a in view.kind("past_aux") for r in view.kind("report_verb")):
            # "PKK-affiliated media had said on Sunday that two of its fighters were killed": the report, older
            # than the article's news, that a denial answered
            self.reported_before.add(event_id)
        if rd.warned and rd.anaphoric:
            # a deed warned of ("حذر من أن التنظيم قد يلجأ إلى تفجير الأبراج بالعبوات الناسفة") is what may come: its
            # definite noun names a kind of attack, no attack told before that the merge would join it to
            rd.anaphoric = False
        if not rd.anaphoric and view.has("repeat") and any(rd.trigger.end <= r.start <= rd.trigger.end + REPEAT_REACH
                                                        and r.start < rd.hi for r in view.kind("repeat")):
            # "U.S. troops came under attack twice on Wednesday": a lead that counts the attacks told one by one
            # after it joins one of them as a mention does; told alone, it is the news
            rd.anaphoric = True
        if rd.anaphoric and rd.status == "denied" and view.has("denial"):
            self.denials.add(event_id)  # (a denial word's: the merge keeps it alone when it refers to nothing)
        if rd.second_of_last:
            self.separate.add(event_id)  # (a second one of the kind: not the first told again)
        if not rd.anaphoric and self.told and self._gunmen_told_before(view, rd.agent, rd.trigger):
            self.gunmen_told.add(event_id)
        if rd.anaphoric:
            self.anaphoric[event_id] = self.sentence_number
            # (not one picked out of the series by a superlative before the demonstrative: "أن آخر تلك الضربات نفذت
            # مساء أمس على كهف": the latest of the strikes a tally counted is one of its own, told with its day)
            characterised = pronoun_ordinal(view, rd.trigger.start) or frame_subject(view, rd.trigger.start)
            if characterised:
                self.characterised.add(event_id)
            if characterised or any(d.end == rd.trigger.start and not (view.has("definite_modifier") and any(
                    s.end == d.start for s in view.kind("definite_modifier"))) for d in view.kind("demonstrative")):
                self.pointed.add(event_id)
        return Event(
            event_id=event_id,
            article_id=self.article_id, status=rd.status, event_type=rd.event_type, sub_event_type=rd.sub_type,
            date=rd.when, actor1=rd.actor1, actor2=rd.actor2, location=rd.where,
            fatalities=vague_range(view, rd.fatalities),
            injured=rd.injured[0].quantity if rd.injured else None,
            evidence=evidence, confidence=round(confidence, 2),
        )

    def _crowd_told(self, view: SentenceMentions, trigger: Match) -> bool:
        """Whether a crowd is told for ``trigger`` to act on: protesters or rioters named in the sentence, another
        protest or riot word in it, or a protest or riot told within the two sentences before."""
        return any(self._kind(m) in CROWD_KINDS for m in view.kind("actor")) or any(
            m.start != trigger.start and m.payload.event_type in ("Protests", "Riots") for m in view.kind("trigger")) \
            or self._last_type(2) in ("Protests", "Riots")

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
        if entry.event_type == "Riots" and kind1 == "State forces" and kind2 not in STATE_OR_ARMED and any(
                m.payload.sub_event_type in TERRITORY_TYPES for m in sentence_triggers):
            # "اقتحمت قوات جهاز مكافحة الإرهاب حي عدن، وتمكنت من السيطرة عليه": forces storming ground they took
            return "Battles", "Government regains territory"
        if entry.event_type == "Riots" and kind1 in STATE_OR_ARMED:
            # armed men do not riot: storming an outpost is a clash, burning fields is destruction of property,
            # a brawl of clansmen ("تشاجر أفراد من عشيرتين", "شجار بين عشيرتين") is a tribal clash
            if entry.sub_event_type == "Mob violence" and kind2 in (None, "Civilians") and _beating_word(entry.form):
                # "ضرب جنود مزارعين", "انهال عناصر الميليشيا بالضرب على صاحب متجر": soldiers or an armed group
                # beating people no armed side is named for is violence against them (a brawl word keeps the clash)
                return "Violence against civilians", "Attack"
            if kind2 in STATE_OR_ARMED or entry.sub_event_type == "Mob violence":
                return "Battles", "Armed clash"
            return "Strategic developments", "Looting/property destruction"
        if entry.sub_event_type == "Looting/property destruction" and armed_dead(kind2, fatalities) \
                and entry.lang == "ar" and kind1 not in CROWD_KINDS \
                and not any(m.payload.event_type in DEMONSTRATION_TYPES for m in triggers):
            # (not a crowd's burning: "أضرم محتجون النار ... بعد أيام من مقتل متظاهر", the dead are another deed's)
            # "أكد مقتل 30 عنصرا من داعش وتدمير خمسة مستودعات بعمليات عسكرية": armed men killed with their depots
            # destroyed is fighting, not destruction of property alone (which kills no one)
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Arrests" and toll_counts(fatalities) and \
                any(m.payload.sub_event_type == "Armed clash" for m in triggers):
            # "داهمت قوة منزلا ... فبادر أفراد العصابة إلى إطلاق النار، وقتل أحد المطلوبين": a raid that turned
            # into a deadly exchange of fire is a clash
            return "Battles", "Armed clash"
        if execution_of_kin(entry, target):
            # "أقدم تنظيم داعش على إعدام 25 شخصاً من أبناء عشيرة البو نمر": men put to death as a clan's sons were
            # captives, not fighters: the execution is violence against civilians, no clash with a clan militia
            return "Violence against civilians", "Attack"
        if execution_word(entry) and kind2 in STATE_OR_ARMED:
            # "أعدم التنظيم 22 عنصرا من الجيش", "executed 22 soldiers": men put to death were captives who could no
            # longer fight, so their killing is violence against civilians (as ACLED codes executions), no clash
            return "Violence against civilians", "Attack"
        if entry.sub_event_type == "Attack" and kind2 in STATE_OR_ARMED:
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Disrupted weapons use" and armed_dead(kind2, fatalities):
            # "foiled an attempt by Daesh to infiltrate ..., killing three of them": an attack foiled by
            # fighting that killed the attackers is a clash; disrupting weapons kills no one
            return "Battles", "Armed clash"
        if entry.sub_event_type == "Disrupted weapons use" and entry.voice == "active" and entry.lang == "ar" \
                and kind2 in STATE_OR_ARMED \
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
        if entry.event_type == "Protests" and toll_counts(fatalities) and any(
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
            if toll_counts(fatalities):
                return "Protests", "Excessive force against protesters"
            if violent and not calm:
                # (not "وانتهت من دون تسجيل احتكاكات", "a peaceful sit-in": the violence words of a sentence that tells
                # the gathering calm, the killings of those whose pictures it held, are no force used on it)
                return "Protests", "Protest with intervention"
        return entry.event_type, entry.sub_event_type

    # `_event`'s steps after `_told_no_event`, in order: each reads what the ones before it filled in the reading; one
    # that returns False drops the word (the others return nothing). (The functions, not bound methods: none is made
    # per event word.)
    _STEPS = (_argument_span, _event_date, _agent_and_target, _unnamed_agent, _casualties, _event_place, _event_status,
              _dropped_as_unreal_or_old, _dropped_as_tally_or_recalled, _support_facts, _support_marks, _support,
              _threat_place, _event_kind, _retyped_by_outcome, _event_actors)


_BURNT_COUNT = frozenset(fold_word(w) for w in ("عدد", "من", "غير", "محدد", "عشرات", "العشرات", "مئات", "المئات"))


_VEHICLES = frozenset({"car", "vehicle", "truck", "lorry", "minibus", "bus", "van", "motorcycle", "motorbike",
                       "tanker", "pickup"})
_BLAST_VERBS = frozenset({"blew up", "blown up", "exploded", "went off"})


def _vehicle_blew_up(view: SentenceMentions, trigger: Match) -> bool:
    """Whether the English blast verb at ``trigger`` ("blew up", "exploded") has a vehicle as its subject: "a car"
    (or "the truck") at most twelve words before it, with no comma, event word or other verb of blasting between."""
    toks = view.toks
    if " ".join(toks[trigger.start:trigger.end]) not in _BLAST_VERBS:
        return False
    # (a token is folded, so in lower case; the nearest vehicle decides: a comma, "and" or an event word between
    # a vehicle and the verb stands between any vehicle before it and the verb too)
    between = [m.start for m in view.kind("trigger") if m.start < trigger.start]
    for i in range(trigger.start - 1, max(0, trigger.start - 13), -1):
        if toks[i] in _VEHICLES and toks[i - 1] in ("a", "an", "the"):
            return True
        if toks[i] in (",", ";", "and") or i in between:
            return False
    return False


_ARMED_PEOPLE = ("fighters", "armed men", "masked men", "masked gunmen")


def _armed_subject_before(view: SentenceMentions, at: int) -> bool:
    """Whether unnamed armed men (a `hostile_noun` such as "militants", or "fighters", "armed men") end right
    before token ``at``, the subject of the word there."""
    if any(h.end == at for h in view.kind("hostile_noun")):
        return True
    return any(" ".join(view.toks[at - len(w.split()):at]) == w for w in _ARMED_PEOPLE
               if at >= len(w.split()))


def _burnt_people(view: SentenceMentions, trigger: Match, target: Match | None, agent: Match | None) -> bool:
    """Whether the first word after a burning word, past a count of people or the doer, names people."""
    figures = view.figures()
    numbers = view.kind("number")
    i = trigger.end
    while i < min(len(view.toks), trigger.end + 6):
        if agent is not None and agent.start <= i < agent.end or i in figures \
                or any(q.start <= i < q.end for q in numbers) or fold_word(view.toks[i]) in _BURNT_COUNT:
            i += 1
            continue
        if target is not None:
            return target.start == i
        return any(m.start == i for kind in ("person", "civilian_noun") for m in view.kind(kind))
    return False


# the bare English intercepting words, which tell disrupted weapons use only of a weapon ("intercepted a drone" has
# rows of its own)
_BARE_INTERCEPT = frozenset({"intercepted", "intercepts"})
# how far after an intercepting word the arms it stopped may stand ("intercepted a truck loaded with rifles")
_ARMAMENT_REACH = 8
_ARMAMENT = frozenset({"weapons", "arms", "ammunition", "rifles", "guns", "munitions", "explosives", "grenades",
                       "mines", "bombs", "shells", "weapon", "drone", "drones", "rocket", "rockets", "missile",
                       "missiles", "launcher", "launchers", "bomber", "bombers"})


def _armament_after(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an arms word ("weapons", "rifles", "rockets") stands within a few words after an intercepting word."""
    return any(t.lower() in _ARMAMENT for t in view.toks[trigger.end:trigger.end + _ARMAMENT_REACH])


def disposal_verb(m: Match) -> bool:
    """Whether event word ``m`` is an active verb that may destroy old stock: a blast verb ("detonated", "blew up")
    or a plain verb of destroying ("destroyed")."""
    return m.payload.voice == "active" and (
        m.payload.event_type == "Explosions/Remote violence"
        or m.payload.sub_event_type == "Looting/property destruction" and m.payload.weight <= 1)


def disposal_list(view: SentenceMentions, words: list[Match], olds: list[Match]) -> list[Match]:
    """The weapon nouns listed right after an old stock destroyed, joined by commas and "and"/"or" ("old rockets,
    mortar shells and artillery rounds"): old stock too."""
    listed: list[Match] = []
    for d in olds:
        at = d.end
        while True:
            skip = at
            while skip < len(view.toks) and view.toks[skip] in (",", "and", "or"):
                skip += 1
            nxt = [m for m in words if m.start == skip and weapon_noun(m)] if skip > at else []
            if not nxt:
                break
            listed += nxt
            at = max(m.end for m in nxt)
    return listed


def accident_subject(view: SentenceMentions, a: Match, m: Match, words: list[Match]) -> bool:
    """Whether accident word ``a`` is the subject of English verb ``m``: it opens the clause (a determiner at most
    before it) and stands before the verb within `ACCIDENT_SUBJECT_REACH` words, no comma and no event word between."""
    if not 0 <= m.start - a.end <= ACCIDENT_SUBJECT_REACH or "," in view.toks[a.end:m.start]:
        return False
    opens = a.start == 0 or view.toks[a.start - 1] == "," or (
        view.toks[a.start - 1] in ("the", "a", "an") and (a.start == 1 or view.toks[a.start - 2] == ","))
    return opens and not any(a.end <= t.start < m.start for t in words)


# the readings a seizing word governing drugs or smuggled goods is given otherwise
CONTRABAND_READINGS = ("Disrupted weapons use", "Non-state actor overtakes territory", "Looting/property destruction")


def governs_thing(view: SentenceMentions, m: Match, t: Match, words: list[Match]) -> bool:
    """Whether English seizing word ``m`` governs non-weapon thing ``t``: ``t`` right before it ("land seizures",
    one word between at most) or up to `SEIZED_THING_REACH` words after it, with no comma and no weapon noun or other
    event word between or right after the thing ("seized 40 kilograms of crystal meth", not "seized fuel and rockets");
    a weapon word (`seized_weapon`) in its reach ("confiscated weapons and equipment") means weapons were seized."""
    if not view.toks[m.start].isascii() or any(
            m.end <= w.start < max(m.end, t.end) + SEIZED_THING_REACH for w in view.kind("seized_weapon")):
        return False
    if 0 <= m.start - t.end <= 1:
        return True
    if not 0 <= t.start - m.end <= SEIZED_THING_REACH or "," in view.toks[m.end:t.start]:
        return False
    return not any(x is not m and m.end <= x.start < t.end + SEIZED_THING_REACH and (
        weapon_noun(x) or m.end <= x.start < t.start) and x.payload.sub_event_type != "Peaceful protest"
        for x in words)


def verb_opening(view: SentenceMentions, trigger: Match, lo: int) -> bool:
    """Whether an Arabic bare one-word event word opens its clause (alone or after "كما", "فيما"): read as a verb."""
    at = trigger.start
    if trigger.end - at != 1 or view.toks[at].startswith(("ال", "وال")):
        return False
    return at == lo or at == lo + 1 and lo in view.bare("verb_opener")


def counted_person_at(view: SentenceMentions, at: int) -> bool:
    """Whether a person word that counts (a dual, a singular: "طبيبان", "مهندس") starts at token ``at``."""
    return any(p.start == at and str(p.payload.value).isdigit() and int(p.payload.value) >= 1
               for p in view.kind("person"))


def survived_deed(view: SentenceMentions, trigger: Match) -> bool:
    """Whether a verb of living through (`survived`) stands up to four words before the event word, with "من" right
    before it: "ونجا محافظ ديالى من محاولة اغتيال", "نجت من انفجار"."""
    at = trigger.start
    return at >= 2 and view.toks[at - 1] == "من" and any(
        at - 6 <= s.start <= at - 2 for s in view.kind("survived"))


# how many words may stand between a strike or attack word and the site it hit ("أغارت على موقع لإطلاق الصواريخ")
STRUCK_SITE_REACH = 3
# the kinds whose noun names a strike on a site ("غارة", "قصف")
STRIKE_NOUN_TYPES = ("Air/drone strike", "Shelling/artillery/missile attack")


def struck_site(triggers: list[Match], best: Match) -> Match:
    """The strike or attack word right before a site of weapons (a noun of the kind "Disrupted weapons use": "موقع
    لإطلاق الصواريخ", "منصة لإطلاق") in a sentence that tells no find: the site is what was hit, the strike the event
    ("أغارت الطائرات على موقع لإطلاق الصواريخ"); else ``best``."""
    if best.payload.voice != "noun":
        return best
    # (a verb of striking or attacking, or a strike's noun: not a weapon named, "مفارز معالجة المتفجرات إبطال")
    hit = [m for m in triggers if m.payload.event_type in _STRIKE_TYPES
           and (m.payload.voice == "active" or m.payload.sub_event_type in STRIKE_NOUN_TYPES) and not weapon_noun(m)
           and m.end <= best.start <= m.end + STRUCK_SITE_REACH]
    # (a strike's own word before a bare verb of targeting: "استهدفت غارة إسرائيلية موقعاً" is an air strike)
    return max(hit, key=lambda m: (m.payload.sub_event_type in STRIKE_NOUN_TYPES, rank(m))) if hit else best

