"""Pure tests over a sentence's mentions (a SentenceMentions view) that the clause extractor asks."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from datetime import date

from ..knowledge.lexicon import DEMONSTRATION_TYPES, FORCE_ON_CROWD, NON_STATE_ARMED, SPECIFICITY, TERRITORY_TYPES, VIOLENT_TYPES, TriggerEntry
from ..knowledge.matcher import Match
from ..text.segment import strip_proclitics
from ..records import DateRange, Event, Quantity, counted
from ..resolve.places import PlaceMention
from ..text.dates import DateSpan
from ..text.normalize import fold_word
from ..text.numbers import QuantitySpan
from .mentions import SentenceMentions
from .merge import TWO_WEAPONS
from .reaches import (
    FOUND_OR_HELD,
    OPENING_CHARS,
    STATE_OR_ARMED,
    WHOLE_PERIODS,
    IMPLAUSIBLE_TOLL,
    ONSET_DATE_REACH,
    REFERENCE_REACH,
)
from .references import linked, opens_relative
from .roles import APPOSITIVE, casualty_starts, tokens_of
from .seizures import SEIZED_REACH, finds_nothing, found_as_seizure, seizes_weapon, weapon_noun, weapons_before
from .speech import says_that
from .status import CLAUSE_OPENERS, _arabic_modal_qad, opens_prior
from .verbs import _present


# how far after a passive verb its doer may be named ("اغتيل القيادي في الحركة برصاص مجهولين")
_PASSIVE_DOER_REACH = 6
# how many words (an adjective, "من غزة") may stand between a verb's subject and its object event noun
_SUBJECT_TAIL = 3
# how far after a bare "attack" a target came under a word of fire, a blast, a weapon or an armed doer makes it armed
_ARMED_CUE_REACH = 4
# so is a figure this large told with no day in its sentence ("أعدموا نحو ألفي مواطن من أبناء المحافظة": the dead of
# a year of rule, not of one deed)
UNDATED_WAR_TOLL = 1000
# how near after its event word a war's toll makes the word tell that war ("قتل الجيش أكثر من عشرين ألف مدني")
WAR_TOLL_REACH = 4
# how many words (the victims' noun, a place) may stand between such an undated toll told first and its event word
WAR_TOLL_LEAD = 5
# how far after a verb of providing ("تنص الاتفاقية على") the event noun it provides for may stand
PROVISION_REACH = 3
# how many words after a seizing word the goods it carries off may come ("استولوا على نحو ستين رأساً من الأغنام")
GOODS_REACH = 5
# words between an abduction verb and the goods it took as its object ("اقتادوا قطيع الأغنام", "اقتادوا القطيع")
ABDUCTED_GOODS_REACH = 1
# how many words before a retaking noun with a pronoun ("عند استعادتها") the money or goods it points back to may end
RETAKEN_GOODS_REACH = 5
# an aircraft told as the subject of a shelling verb stands this many tokens at most before it ("طائرة تابعة له قصفت")
AIRCRAFT_SUBJECT_GAP = 2
# an aircraft told as the doer after an Arabic bombardment noun stands this many tokens at most after it, past a
# relative and its verb of doing ("القصف الذي نفذته طائرة مسيرة")
AIRCRAFT_DOER_GAP = 2


def execution_of_kin(entry: TriggerEntry, target: Match | None) -> bool:
    """Whether an Arabic execution word's victims are told only as a clan's sons (clan-militia by their alias)."""
    # (the target first: almost no event's is a clan militia, and the form is folded only then)
    return target is not None and target.payload == "clan-militia" and entry.lang == "ar" and execution_word(entry)


def execution_word(entry: TriggerEntry) -> bool:
    """Whether an Attack trigger is a word of putting captives to death (أعدم, إعدام; executed, beheaded)."""
    if entry.sub_event_type != "Attack":
        return False
    if entry.lang == "ar":
        return any(w in fold_word(entry.form) for w in ("اعدم", "اعدام"))
    return any(w in entry.form.lower() for w in ("execut", "behead"))


def executed_by_blast(best: Match, triggers: list[Match]) -> Match:
    """An explosive word told after an execution word of its clause ("أعدم التنظيم عشرة مدنيين بتفجير عبوات ناسفة
    وضعت تحتهم", "executed five men by blowing them up") is the means of the execution: the execution tells the
    event (violence against civilians), not a bombing."""
    # (so is a shooting: "أعدمهم بشكل جماعي بعد أن أطلق النار عليهم", the captives shot, no clash)
    if best.payload.sub_event_type not in ("Remote explosive/landmine/IED", "Grenade", "Armed clash"):
        return best
    return next((m for m in triggers if m.start < best.start and execution_word(m.payload)), best)


# how far after a bare Arabic targeting the weapon named as its means may stand (past the target and an aside on
# the occasion: "استهداف الزائرين المتوجهين إلى المدينة لإحياء زيارة الأربعين، التي تصادف ...، بواسطة انتحاريين")
MEANS_WEAPON_REACH = 22
# how far after an English modal of a warning ("warned that militants could try to ambush convoys") its event word may
# stand, and how far after the warning word the modal
WARNED_DEED_REACH = 2
# ... and how far in all, counting the words of setting about it (`deed_lead`: "try to stage large car bombings")
WARNED_DEED_SPAN = 6
WARNED_MODAL_REACH = 12
# a protest's crowd counted before its verb: at least this many people, at most this many words before it
CROWD_FLOOR, CROWD_SUBJECT_REACH = 10, 8
# how far after a finding word the bodies it found may stand ("found at least 50 bodies")
_FOUND_COUNT_REACH = 4


def arabic_clause_elsewhere(view: SentenceMentions, primary: Match | None, trigger: Match, lo: int, start: int,
                             hi: int, places: list[PlaceMention], first: Event) -> bool:
    """Whether an Arabic clause opened by a `clause_break` word (فيما, بينما) at ``lo``, before event word
    ``trigger`` (and after ``primary``, when given), names from token ``start`` on a district other than that of
    ``first``, the sentence's main event: a second deed of a round-up, told elsewhere."""
    if first.location is None or not first.location.admin2 or not view.has("clause_break"):
        return False
    return break_opens(view, primary, trigger, lo) and any(
        start <= p.match.start < hi and other_district(p, first) for p in places)


def break_opens(view: SentenceMentions, primary: Match | None, trigger: Match, lo: int) -> bool:
    """Whether a `clause_break` word (فيما, بينما) opens the clause at ``lo`` before event word ``trigger`` (and
    after ``primary``, when given)."""
    return any(lo <= c.start <= lo + 1 and c.end <= trigger.start and (primary is None or primary.end <= c.start)
               for c in view.kind("clause_break"))


def clauses_of(view: SentenceMentions, mentions: list[Match]) -> set[int]:
    """The token positions of the clauses that hold one of ``mentions``."""
    return {i for lo, hi in view.clauses() if any(lo <= n.start < hi for n in mentions) for i in range(lo, hi)}


def opening_speaker(view: SentenceMentions, reach: int) -> Match | None:
    """The actor named right after the first report verb among the sentence's first ``reach`` words ("أعلنت كتائب
    حزب الله")."""
    verb = next((r for r in view.kind("report_verb") if r.start <= reach), None)
    return None if verb is None else next((m for m in view.longest("actor") if m.start == verb.end), None)


def after_comma(view: SentenceMentions, hi: int) -> int:
    """The token after the comma at ``hi`` that closes a clause (``hi`` itself when no comma stands there)."""
    return hi + 1 if hi < len(view.toks) and view.toks[hi] == "," else hi


def tells_no_one(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi hold no event word, reporting verb or actor: a phrase going on with the clause before."""
    return not any(lo <= m.start < hi for k in ("trigger", "report_verb", "actor") for m in view.kind(k))


def other_district(p: PlaceMention, first: Event) -> bool:
    """Whether place ``p``, told as where something happened (no dateline, landmark or office), lies in a district
    other than that of ``first``."""
    return not (p.dateline or p.reference or p.institution) and bool(p.entry.admin2) \
        and p.entry.admin2 != first.location.admin2


def deed_before_break(view: SentenceMentions, primary: Match, trigger: Match, hi: int) -> bool:
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


def firm_count(view: SentenceMentions, q: QuantitySpan, least: int) -> bool:
    """Whether figure ``q`` counts ``least`` or more, told as a figure: no year ("2019"), no vague word ("dozens")."""
    return (q.quantity.best or 0) >= least and not year_like(q) and not vague_figure(view, q)


def told_before_denial(view: SentenceMentions, trigger: Match) -> bool:
    """Whether event word ``trigger`` is told in a clause of its own before every denial word of the sentence, a
    comma between: "اتهمت الوزارة الحزب بمهاجمة نقطة ..., ما أدى إلى مقتل أحد عناصرها، فيما نفى الحزب مسؤوليته"
    tells the attack, and the denial of a role that follows denies who did it, not that it happened."""
    first = min(d.start for d in view.kind("denial"))
    return trigger.end <= first and "," in view.toks[trigger.end:first]


def told_in_its_clause(view: SentenceMentions, trigger: Match) -> bool:
    """Whether event word ``trigger`` is, or comes after, an event noun followed by its own relative clause that
    tells the day: "نفت الكتائب أي صلة لها بالهجوم الذي استهدف فجر اليوم قاعدة" tells
    the attack itself in the lead, and the denial is only of who did it."""
    if not view.has("relative"):
        return False
    last_day = max((d.start for d in view.dates()), default=-1)
    relatives = [r for r in view.kind("relative") if r.start < last_day]  # (a day told after the relative)
    return bool(relatives) and any(r.start > n.start and r.start - n.end <= 1 for n in view.kind("trigger")
                                   if n.start <= trigger.start for r in relatives)


def countries_swept(places: Sequence[PlaceMention], trigger: Match, hi: int) -> bool:
    """Whether the places told after a seizure word to the clause's end are two countries or more and nothing
    finer ("seized large parts of Syria and Iraq"): the sweep of a war told as background, no one seizure."""
    after = [p for p in places if trigger.end <= p.match.start < hi]
    return len({p.entry.country for p in after}) >= 2 and all(p.entry.level == "country" for p in after)


def subject_count(view: SentenceMentions, q: QuantitySpan, m: Match) -> bool:
    """Whether figure ``q`` counts the people a passive event verb ``m`` tells of, told before it with the people
    (and in English a passive's "were"/"have been") between and no comma: "30 activists have been killed", "أكثر من
    ثلاثين ناشطاً اغتيلوا" (not "Umm Ahmed, 61, whose husband was killed"; not "40 policemen killed by militants", a
    reduced relative)."""
    return q.end < m.start <= q.end + 4 and "," not in view.toks[q.end:m.start] and (
        not view.toks[m.start].isascii() or not view.bare("passive_aux").isdisjoint(range(q.end, m.start)))


def second_one(view: SentenceMentions, primary: Match, trigger: Match, places: Sequence[PlaceMention],
                first: Event | None, hi: int) -> bool:
    """Whether Arabic event word ``trigger``, after the sentence's main one, is called a second one (`second_one`
    right after it, or after the noun it governs: "فيما استهدفت غارة ثانية موقعاً", "سيارة ثانية انفجرت"): another
    event of the kind, not the first told again. English: `second_one` right before it ("and another bomb went off",
    "a second bomb") with a place in another district than ``first``'s told after it in its clause (ending at
    ``hi``): a second bombing elsewhere (twin blasts at one spot stay one event)."""
    if trigger.start < primary.end:
        return False
    if not view.toks[trigger.start].isascii():
        return called_second(view, trigger)
    return trigger.start - 1 in view.bare("second_one") and first is not None and first.location is not None \
        and any(trigger.end <= p.match.start < hi and other_district(p, first) for p in places)


# the words that, after a comma, join an English clause with a subject of its own ("..., and a bomb wounded ...")
_CLAUSE_JOINS = frozenset({"and", "while", "whereas"})


def joined_elsewhere(view: SentenceMentions, primary: Match, trigger: Match,
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
    if earlier and any(p.match.start >= cut + 2 and (
            p.entry.admin2 and districts and p.entry.admin2 not in districts or p.entry.admin1_code not in governorates)
            for p in told):
        return cut
    # (or, for another kind of deed, a later town of the same district none of the earlier names: "a sticky bomb
    # wounded a driver in Baquba, and a mortar round killed a woman in Kanaan")
    own = {p.entry.id for p in earlier}
    if earlier and primary.payload.sub_event_type != trigger.payload.sub_event_type and any(
            p.match.start >= cut + 2 and p.entry.level == "place" and p.entry.id not in own for p in told):
        return cut
    return None


def called_second(view: SentenceMentions, m: Match) -> bool:
    """Whether `second_one` stands right after event word ``m`` or after the noun it governs ("غارة ثانية")."""
    second = view.bare("second_one")
    return m.end in second or m.end + 1 in second


def crowd_counted(view: SentenceMentions, trigger: Match, lo: int) -> bool:
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


def crowd_after_verb(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> bool:
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


def speaker_that(view: SentenceMentions, end: int) -> bool:
    """Whether an Arabic "that" opening reported speech stands within three words after token ``end`` (a speaker's
    end), not one of a time clause ("قبل أن", "بعد أن")."""
    that_at = view.bare("that_word")
    at = next((t for t in range(end, min(end + 3, len(view.toks))) if t in that_at), None)
    return at is not None and (at == 0 or view.toks[at - 1] not in _TIME_BEFORE_THAT)


# the words that make a following أن part of a time clause, not reported speech
_TIME_BEFORE_THAT = frozenset({"قبل", "بعد", "وقبل", "وبعد", "منذ", "الى", "حتى"})


def past_speaker_place(view: SentenceMentions, fine: list[PlaceMention], chosen: PlaceMention, lo: int,
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


def first_past(view: SentenceMentions, kinds: tuple[str, ...], at: int) -> int:
    """Where the first mention of ``kinds`` after token ``at`` starts; the sentence's end when none does."""
    return min((m.start for k in kinds for m in view.kind(k) if m.start > at), default=len(view.toks))


def tolls_upto(cut: int, *tolls):
    """``tolls`` (each a figure and its casualty word, or None) with those whose word stands past token ``cut`` made
    None: they count another deed's dead or hurt."""
    return tuple(t if t is None or t[1].start <= cut else None for t in tolls)


def town_lists(view: SentenceMentions, places: list[PlaceMention]) -> list[list[PlaceMention]]:
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
    others = view.kind("distributive_other") if view.has("distributive_other") else ()
    for p in named:
        if chains:
            q = chains[-1][-1]
            gap = range(q.match.end, p.match.start)
            if others and _one_and_other(view, q, p, others):
                chains[-1].append(p)
                anded.add(p.match.start)
                continue
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


# how many words may stand between "one" and the first place, and between "the other" and the second
# ("one on the highway near Diwaniyah and the other on the outskirts of Samawah")
DISTRIBUTIVE_REACH = 5


def _one_and_other(view: SentenceMentions, q: PlaceMention, p: PlaceMention, others: list[Match]) -> bool:
    """Whether places ``q`` and ``p`` are the two of a pair told one by one ("two convoys were hit, one near
    Diwaniyah and the other on the outskirts of Samawah"): "one" (after a comma) up to `DISTRIBUTIVE_REACH` words
    before ``q``, a `distributive_other` right after ``q`` (a comma may stand between) and ``p`` within reach after
    it, no event word between."""
    toks = view.toks
    o = next((m for m in others if q.match.end <= m.start <= q.match.end + 1
              and all(toks[i] == "," for i in range(q.match.end, m.start))), None)
    if o is None or not 0 <= p.match.start - o.end <= DISTRIBUTIVE_REACH:
        return False
    articles = view.bare("article")
    one = sorted(m.start for m in view.kind("number") if m.payload.value == "1" and m.start not in articles
                 and q.match.start - DISTRIBUTIVE_REACH <= m.start < q.match.start)
    if not one or one[0] == 0 or toks[one[0] - 1] != ",":
        return False
    return not any(one[0] <= t.start < p.match.start for t in view.kind("trigger"))


def war_sized(fatalities, dated: bool = True) -> bool:
    """Whether the first dead counted are a war's many: `IMPLAUSIBLE_TOLL` or more, `UNDATED_WAR_TOLL` if no day told."""
    return bool(fatalities) and (fatalities[0].quantity.best or 0) >= (IMPLAUSIBLE_TOLL if dated else UNDATED_WAR_TOLL)


def war_toll(trigger: Match, fatalities, dated: bool = True) -> bool:
    """Whether the dead counted (`attach_casualties`) are a war's toll: thousands upon thousands told within
    WAR_TOLL_REACH words after the event word, no single event's ("تم قتل أكثر من 200 ألف بريء"); with no day told
    in the sentence (not ``dated``), a thousand or more ("أعدموا نحو ألفي مواطن", `UNDATED_WAR_TOLL`)."""
    if not war_sized(fatalities, dated):
        return False
    if trigger.end <= fatalities[0].start <= trigger.end + WAR_TOLL_REACH:
        return True
    # (or, with no day told, the subject right before it: "أن أكثر من ألفي مدني بمحافظة نينوى أعدموا على أيدي التنظيم")
    return not dated and fatalities[0].end <= trigger.start <= fatalities[0].end + WAR_TOLL_LEAD \
        and fatalities[1].start >= trigger.start


def after_cue(view: SentenceMentions, dates: list, cues: list[Match], anchor: int, past_comma: bool = False,
               gap: int = 0) -> set[int]:
    """The ids of the ``dates`` told after one of ``cues`` standing after the event word at ``anchor`` (with
    ``past_comma``, past a comma after it), no comma between cue and date, at least ``gap`` tokens past the cue."""
    toks = view.toks
    return told_after(view, dates, [c for c in cues if anchor < c.start and (
        not past_comma or "," in toks[anchor:c.start])], gap)


# how many words may stand between the "as" of a verb of describing and the event noun it names ("as a very serious
# attack"), and between the verb and that "as" ("described the escape of prisoners from the jail in Kandahar as")
NAMED_AS_LEAD, DESCRIBED_REACH = 4, 14
# words right after a naming verb that are no object named ("called for a strike", "called on a crowd")
NAMING_NOT_OBJECT = ("for", "on", "off", "in", "out", "up", "a", "an")


def named_as(view: SentenceMentions, m: Match) -> bool:
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
    # "calling the vote a massacre of the poor", "branded the raid an act of terrorism": a naming verb, its object,
    # then the noun after "a"/"an" (at least one word between the verb and the article, so "called a strike" and
    # "called for a strike" still tell one)
    return any(a.payload.value == "name" and m.start >= 2 and view.toks[m.start - 1] in ("a", "an")
               and a.end < m.start - 1 and m.start - a.end <= NAMED_AS_LEAD + 1
               and view.toks[a.end] not in NAMING_NOT_OBJECT
               and "," not in view.toks[a.end:m.start] for a in marks)


def told_in_full(blockers: list, words: list[Match], full: Callable[[Match], bool]) -> list:
    """``blockers`` less the reference words that name, up to two words after them, an event word told in full
    (``full``): the news itself, not a mention of an event told elsewhere."""
    return [p for p in blockers if not (p.kind == "reference" and any(
        p.end <= m.start <= p.end + 2 and full(m) for m in words))]


def later_deed(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event verb ``m`` stands right after a span's unit (`later_unit`: ساعات, ساعتين, دقائق, أيام),
    or event noun ``m`` right after a verb of occurring that does ("وبعد ساعة وقع تفجير"): "وبعد نحو أربع ساعات قصفت
    مسيرة ثانية" tells a deed that much later, after a reference word that names no event."""
    if view.toks[m.start].isascii():
        return False
    if m.payload.voice == "active":
        return any(u.end == m.start for u in view.kind("later_unit"))
    # (or an indefinite event noun, subject of a verb of occurring that stands right after the unit: "وبعد ساعة وقع
    # تفجير مماثل في ناحية أخرى" is a second blast, no reference to the first)
    return m.payload.voice == "noun" and not view.toks[m.start].startswith("ال") and any(
        v.end == m.start and any(u.end == v.start for u in view.kind("later_unit"))
        for v in view.kind("occurrence_verb"))


# the verbal noun of detonating (folded, proclitics و ب stripped) that makes a count of bombs after it a clearing
_DETONATING = ("تفجير",)
# so many bombs detonated in one go are cleared whatever else the sentence tells (no attack sets off ten at once)
_CLEARED_COUNT = 10


def bombs_counted_detonated(view: SentenceMentions, trigger: Match) -> bool:
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


def describes_next(view: SentenceMentions, m: Match) -> bool:
    """Whether English noun ``m`` describes the noun right after it (`described_noun`: "attack drones", "air force
    cadets"): what is counted is that one."""
    return view.has("described_noun") and view.toks[m.start].isascii() \
        and any(h.start == m.end for h in view.kind("described_noun"))


def operation_yield(view: SentenceMentions, trigger: Match, entry: TriggerEntry) -> bool:
    """Whether a find or arrest word stands right after a result link that names the operation ("أسفرت العملية
    عن ضبط", a link of more than the verb and its preposition): what the operation yielded."""
    return entry.sub_event_type in FOUND_OR_HELD and view.has("result_link") and any(
        r.end == trigger.start and r.end - r.start > 2 for r in view.kind("result_link"))


def relative_after(view: SentenceMentions, anchor: int) -> bool:
    """Whether a relative word opens a clause up to three words after the event word at ``anchor`` ("الذي نفذه";
    English "that", "which": "condemned on Thursday a drone strike that hit a vehicle on Wednesday"). The words are
    counted from the end of an event phrase of several words ("عملية اغتيال الناشط المدني التي وقعت مساء أمس")."""
    end = max((m.end for m in view.kind("trigger") if m.start == anchor), default=anchor + 1)
    if any(anchor < r.start <= end + 2 for r in view.kind("relative")):
        return True
    return view.toks[anchor].isascii() and any(opens_relative(view, i)
                                               for i in range(anchor + 1, min(anchor + 4, len(view.toks))))


def not_between(view: SentenceMentions, told: list[DateSpan], kind: str, anchor: int) -> list[DateSpan]:
    """The dates of ``told`` that stand not between a ``kind`` word (a call, condemnation, claim) and the event word
    at ``anchor``: those between are that word's day."""
    cues = view.kind(kind)
    return [d for d in told if not any(c.end <= d.start and d.end <= anchor for c in cues)]


def opening_since(view: SentenceMentions, at: int, lo: int) -> bool:
    """Whether token ``at`` stands in a span "since" told before clause ``lo`` with no event word between the two
    ("Since Oct. 17, Islamic State has launched more than 100 suicide car bombs"): the clause's own span (an event
    noun the phrase runs from may stand in it: "Since the offensive began on Oct. 17, ..."). Only a phrase that opens
    the sentence, or its text past a dateline's dash: "Tensions have run high since June, when five Peshmerga were
    killed" tells one event of June (`since_point`). An Arabic "ومنذ" right after a comma opens a clause of its own
    the same way ("..., ومنذ اندلاع المعارك في 20 تموز، قتل 13 جنديا")."""
    return any(s.start <= at < lo and (s.start == 0 or view.toks[s.start - 1] == "-"
                                       or view.toks[s.start - 1] == "," and s.clitic == "و"
                                       and not view.toks[s.start].isascii())
               and not any(s.end <= m.start < lo and m.payload.voice != "noun" for m in view.kind("trigger"))
               for s in view.kind("since"))


def within_a_day(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether clause ``lo``..``hi`` tells no span of time ("since") and no date coarser than a day (a span told in
    an opening phrase before it, `opening_since`, counts as its own)."""
    return not any(lo <= s.start < hi or s.start < lo and opening_since(view, s.start, lo)
                   for s in view.kind("since")) \
        and all(d.range.precision == "day" for d in view.dates() if lo <= d.start < hi)


def self_after_report(view: SentenceMentions) -> list[Match]:
    """The group's own "it" (`self_that`) right after a reporting verb, or after its "that": "said it", "said that it"."""
    that = view.forms("that_word")
    return [w for w in view.kind("self_that") if any(r.end == w.start or r.end == w.start - 1 and view.toks[r.end] in that
                                                     for r in view.kind("report_verb"))]


# how many words an English event noun may stand past a `day_after` cue ("a day after a roadside bomb"), and how
# many more its clause's own verb past it ("an ambush near the town killed")
DEED_NOUN_REACH = 3
DEED_VERB_REACH = 5
_DEFINITE_LEADS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})
# how many days back a `day_after` cue after "came"/"comes" may count for the deed its clause tells to be news of its
# own ("came a day after", "comes three days after"); from a week on ("The attack came a week after the group struck
# a funeral") the files leave it as the news's background; and how many words may stand between ("came less than")
NEWS_DAYS_BACK = 4
_FRAME_REACH = 3


def counts_recent_days(view: SentenceMentions, c: Match) -> bool:
    """Whether `day_after` cue ``c`` may date a deed of its own: not one of a week or more right after "came" or
    "comes" ("It comes a week after the group killed three soldiers": the news set against an earlier deed)."""
    return -int(c.payload.value or 0) <= NEWS_DAYS_BACK or view.bare("frame_verb").isdisjoint(
        range(max(0, c.start - _FRAME_REACH), c.start))


def deed_after_day_cue(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether English event noun ``m`` is the subject of a clause told with its own past verb right after a count of
    days (`day_after`: "two days after an ambush near Baquba killed four policemen", "a day after a roadside bomb
    struck a patrol"): a deed of that many days before, news of its own as "a day after gunmen shot ..." is; not a
    definite noun ("a day after the bombing killed ...": one told before) nor one with no verb ("a week after the
    attack"); nor in a sentence telling a call, a plan or what could be before the cue ("renewed calls on Friday for
    ..., a day after a US strike killed ...", "could move to clean up the camp, two days after a drone strike"):
    there the days are not counted from the deed's (`_day_after`), and what it recalls is the call's grievance."""
    toks = view.toks
    cue = next((c for c in view.kind("day_after") if c.end <= m.start <= c.end + DEED_NOUN_REACH
                and counts_recent_days(view, c)), None)
    if cue is None or m.payload.voice != "noun" or toks[cue.end] in _DEFINITE_LEADS or "," in toks[cue.end:m.start] \
            or any(k.start < cue.start for kind in ("call", "future", "modal") for k in view.kind(kind)):
        return False
    return any(w.payload.voice == "active" and m.end <= w.start <= m.end + DEED_VERB_REACH
               and not any(t in (",", ";") for t in toks[m.end:w.start])
               and not any(m.end <= o.start < w.start and o.payload.voice != "noun" for o in words)
               for w in words)


def news_after(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
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


def crime_days(view: SentenceMentions, dates: list, anchor: int) -> set[int]:
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


def told_after(view: SentenceMentions, dates: list, cues: list[Match], gap: int = 0,
                reach: int | None = None) -> set[int]:
    """The ids of the ``dates`` told at least ``gap`` (and at most ``reach``) tokens past the end of one of ``cues``,
    no comma between: the days of what the cue opens, not of the event word."""
    toks = view.toks
    return {id(d) for c in cues for d in dates if c.end + gap <= d.start
            and (reach is None or d.start <= c.end + reach) and "," not in toks[c.end:d.start]}


# how many words a verb of beginning may stand after the reference or cause word whose clause it tells ("بعد عملية
# عسكرية انطلقت", "after an offensive that began")
ONSET_LEAD_REACH = 4


def onsets(view: SentenceMentions, anchor: int | None = None) -> list[Match]:
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


def not_begun(view: SentenceMentions, dates: list) -> list:
    """``dates`` without the days told right after a verb of beginning (`onsets`): when something else began."""
    begun = told_after(view, dates, onsets(view), reach=ONSET_DATE_REACH)
    return [d for d in dates if id(d) not in begun]


def warned_deed(view: SentenceMentions, trigger: Match) -> bool:
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


def means_weapon(view: SentenceMentions, trigger: Match) -> Match | None:
    """The explosive weapon noun named as the means of the event word at ``trigger`` (its instrument ب, or right
    after an `agent_marker` such as بواسطة), up to `MEANS_WEAPON_REACH` words after it with no firmer event word
    between: "استهداف الزائرين المتوجهين إلى المدينة ...، بواسطة انتحاريين"."""
    markers = {a.end for a in view.kind("agent_marker")}
    words = view.kind("trigger")
    return next((m for m in words if trigger.end <= m.start <= trigger.end + MEANS_WEAPON_REACH
                 and m.payload.event_type == "Explosions/Remote violence" and m.payload.weight >= 2
                 and m.payload.voice == "noun" and (m.clitic.endswith("ب") or m.start in markers)
                 and not any(trigger.end <= o.start < m.start and o.payload.weight >= 2 for o in words)), None)


def dated_between(view: SentenceMentions, start: int, end: int) -> int:
    """How many tokens between ``start`` and ``end`` a date takes ("، اليوم الأربعاء الموافق الرابع عشر من صفر 1445،"
    set off between a verb and what it governs)."""
    return sum(min(d.end, end) - max(d.start, start) for d in view.dates() if d.start < end and d.end > start)


def threatened_with(view: SentenceMentions, warning: Match, trigger: Match) -> bool:
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


def modal_between(view: SentenceMentions, doer: Match, trigger: Match, kinds: tuple[str, ...] = ("modal",)) -> bool:
    """Whether a modal (or another of ``kinds``: a future word) stands between a doer and its event word after it:
    "Turkey could launch", "it would resume"."""
    return any(doer.end <= m.start and m.end <= trigger.start for k in kinds for m in view.kind(k))


def year_on(r: DateRange, published: date) -> DateRange:
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


def coming_date(view: SentenceMentions, span, published: date) -> DateRange:
    """The date of ``span`` for a planned event: a month's day told without its year that the date parser put in
    the past year ("will march on Aug. 3" told on July 30) is the coming one; a date told with its year stays."""
    r = span.range
    if year_told(view, span):
        return r
    day = DateRange(r.start, r.start, "day")
    coming = year_on(day, published)
    return r if coming is day else coming


def dated_here(event: Event) -> bool:
    """Whether an event's day is told in its own sentence, not carried from one before."""
    ev = event.evidence
    return ev.date is not None and ev.sentence.start <= ev.date.start < ev.sentence.end


# the kinds of earlier deed an "after" word names whose place is its own (`recalled_deed_at`)
RECALLED_DEED_TYPES = ("Explosions/Remote violence", "Battles")


def _recallable(m: Match) -> bool:
    """Whether event word ``m`` may be an earlier deed an "after" or "since" word names: a blast, a fight or an
    attack, told with no clitic (not the victims' abduction, "أعدمهم بعد اختطافهم من الموصل", nor a movement)."""
    return not m.clitic and (m.payload.event_type in RECALLED_DEED_TYPES or m.payload.sub_event_type == "Attack")


def violent_word_at(view: SentenceMentions, anchor: int) -> bool:
    """Whether an event word of a violent type stands at token ``anchor`` (a release told "after the abduction in
    the town" happened where the abduction did)."""
    return any(m.start == anchor and m.payload.event_type in VIOLENT_TYPES for m in view.kind("trigger"))


def recalled_deed_at(view: SentenceMentions, anchor: int) -> int:
    """Where the first deed an "after" word (`recall_lead`: بعد، عقب، إثر) names past token ``anchor`` begins, right
    after it or through a span of time ("بعد أربعة أيام على تفجير"), told with no day nor figure past it; the
    sentence's end if none."""
    deeds = [m for m in view.kind("trigger") if m.start > anchor and _recallable(m)]
    at, lead = min(((m.start, r.payload.value) for r in view.kind("recall_lead") if r.start > anchor for m in deeds
                    if m.start == r.end or r.payload.value != "since" and linked(view, r, m)),
                   default=(len(view.toks), None))
    if lead == "since":
        # "منذ الاعتداء الانتحاري في سوروتش الذي أودى بحياة 32": what "since" names right after it is history, its
        # toll and day too ("بدأت منذ الليلة الماضية في قصف" names a time, not a deed)
        return at
    if any(x.start > at for x in view.dates()) or any(x.start > at for x in view.quantities()):
        # "بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلا في سروج الإثنين الماضي": the deed told with its
        # toll or day is the one the mention takes them from (its place too, which keeps it apart)
        return len(view.toks)
    return at


def since_deed_at(view: SentenceMentions) -> int:
    """Where the first deed "since" (`recall_lead` valued since) names right after it begins ("منذ الاعتداء
    الانتحاري في سوروتش"); the sentence's end if none. What follows is that earlier deed's, its place too."""
    return min((m.start for r in view.kind("recall_lead") if r.payload.value == "since" for m in view.kind("trigger")
                if m.start == r.end and _recallable(m)),
               default=len(view.toks))


# how many words past an earlier deed's noun a relative pronoun may stand and still describe it ("إثر الهجوم
# الانتحاري في سروج قبل أسبوع الذي ..."), in `recalled_clause_at`
RECALLED_RELATIVE_REACH = 8
# how many words a span of time may take between an "after" word and its من/على ("بعد ثلاثة أسابيع من")
RECALLED_SPAN_REACH = 3
_SPAN_UNITS = ("ago_unit", "duration_unit", "later_unit")
_SPAN_LINKS = frozenset(fold_word(w) for w in ("من", "على"))
_COMMAS = (",", "،")


def _time_lead(view: SentenceMentions, r) -> bool:
    """Whether "after" word ``r`` tells a time apart from an earlier deed: "غداة" (the day after), or "بعد"/"عقب" past
    a span of time and من/على ("بعد أسابيع من", "بعد ثلاثة أيام على")."""
    toks = view.toks
    if r.payload.value == "day_after":
        return True
    units = [u.end for k in _SPAN_UNITS for u in view.kind(k) if r.end <= u.start < r.end + RECALLED_SPAN_REACH]
    return any(u < len(toks) and toks[u] in _SPAN_LINKS for u in units)


def recalled_clause_at(view: SentenceMentions, after: int, hi: int) -> int:
    """Where, past token ``after`` and before ``hi``, a clause recalling an earlier deed begins; ``hi`` if none. It
    opens on a `recall_lead`: "since" naming a violent deed right after it ("منذ الاعتداء في سوروتش الذي أودى بحياة
    32"); or, in the sentence's last clause (no comma past it), an "after" word of a time apart ("غداة تعرض المنطقة
    لتفجيرين تبناهما التنظيم", "بعد أسابيع من إطلاق حملة ضد ..."), or one naming a violent deed that a relative
    clause then describes ("إثر الهجوم الذي نفذه مسلحون"). Its parties, place and toll are that deed's, not the
    event's told before it."""
    toks = view.toks
    deeds = [m for m in view.kind("trigger") if after <= m.start < hi and _recallable(m)]
    rels = [r.start for r in view.kind("relative")]

    def described(m) -> bool:
        return any(m.end <= x <= m.end + RECALLED_RELATIVE_REACH and not any(c in toks[m.end:x] for c in _COMMAS)
                   for x in rels)

    def recalls(r) -> bool:
        if r.payload.value == "since":
            return any(m.start == r.end for m in deeds)
        if any(c in toks[r.end:hi] for c in _COMMAS):
            return False  # a clause after it tells more of the event ("غداة اشتباك على الحدود، وأسفر القصف عن")
        return _time_lead(view, r) or any((m.start == r.end or linked(view, r, m)) and described(m) for m in deeds)

    return min((r.start for r in view.kind("recall_lead") if after <= r.start < hi and recalls(r)), default=hi)


def placed_at_opening(event: Event) -> bool:
    """Whether an event's place is a town named at the opening of its own sentence (within `OPENING_CHARS`)."""
    ev, where = event.evidence, event.location
    return where is not None and where.place is not None and ev.location is not None \
        and 0 <= ev.location.start - ev.sentence.start <= OPENING_CHARS


def opens_on_place(view: SentenceMentions) -> bool:
    """Whether the sentence opens on a place word ("Near Ramadi, ...", "In Kirkuk, ...")."""
    return any(w.start == 0 for w in view.kind("place_word"))


def aside_before(toks: tuple[str, ...], i: int) -> int | None:
    """The comma opening an aside set off by commas (up to `APPOSITIVE` tokens) that closes right before token
    ``i``: "Kataib Hezbollah, which last week announced a truce, warned"."""
    if i == 0 or toks[i - 1] != ",":
        return None
    return max((j for j in range(max(0, i - 1 - APPOSITIVE), i - 1) if toks[j] == ","), default=None)


def participle_compound(toks: tuple[str, ...], i: int) -> bool:
    """Whether tokens ``i``, ``i + 1`` are the hyphen and participle of a party's compound ("U.S.-led",
    "Iran-backed")."""
    return toks[i] == "-" and toks[i + 1].endswith("ed")


def finder(view: SentenceMentions, agent: Match | None, trigger: Match) -> bool:
    """Whether an English agent is who found the dead, not who killed them: named before a `find_verb` (found,
    recovered, discovered) whose object is a `fatality` word ("Police found the bodies of two men, bound and shot
    in the head"), before the event word. (Unlike `roles._finder`, which keeps an Arabic finder out of the
    candidates, it drops only the chosen agent: a finder left a candidate may still be read as the target.)"""
    return agent is not None and view.has("find_verb") and view.has("fatality") and any(
        agent.end <= f.start < trigger.start and any(found_dead(f, b) for b in view.kind("fatality"))
        for f in view.kind("find_verb"))


def found_dead(f: Match, b: Match) -> bool:
    """Whether fatality word ``b`` is what finding word ``f`` found: at most `_FOUND_COUNT_REACH` words after it."""
    return f.end <= b.start <= f.end + _FOUND_COUNT_REACH


def reduced_passive(view: SentenceMentions, trigger: Match) -> bool:
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


def homograph_verb(view: SentenceMentions, trigger: Match) -> Match | None:
    """The subject, when an Arabic event word listed as a verbal noun that is spelled like its past verb
    (`verb_homograph`: خطف, قصف, توغل) is that verb: it opens its clause (first word, after و or ف, a comma or dash, قد or a
    `clause_break`: "فيما خطف") and an actor stands right after it as its subject ("وخطف مسلحون خمسة موظفين",
    "وقصف الطيران مواقع للمسلحين"), or members "of" it ("وضرب عناصر من الشرطة سائقا"). Governed by a word before
    it ("بعد خطف الموظفين", "أن قصف الطيران أدى"), or carrying بـ or لـ, it is the noun."""
    if trigger.clitic not in ("", "و", "ف") \
            or view.toks[trigger.start][len(trigger.clitic):] not in view.forms("verb_homograph") \
            or not _opens_clause(view, trigger.start):
        return None
    opens = {trigger.end} | {p.end + 1 for p in view.kind("person")
                             if p.start == trigger.end and p.end < len(view.toks) and view.toks[p.end] == "من"}
    return next((a for a in view.kind("actor") if a.start in opens), None)


def split_object(view: SentenceMentions, trigger: Match) -> Match | None:
    """The subject, when an Arabic event noun is the object of the past verb of a two-word phrase (`split_verb`:
    شن هجوما, فجر عبوة, زرع عبوة), the verb opening its clause and an actor right after it as its subject, the noun
    at most `_SUBJECT_TAIL` words past the actor ("وأطلق مسلحون من غزة صاروخين"), no comma between: "وشن مسلحون هجوما على نقطة تفتيش", "فجر مجهولون عبوة ناسفة
    لدى مرور الموكب". The verb's doer is the event's, as in "مسلحين شنوا هجوما" (a present verb, "يشن", tells a
    habit)."""
    toks = view.toks
    tok = toks[trigger.start]
    if tok.startswith("ال") and of_series(view, trigger.start):
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


def of_series(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` is the noun after the "من" a series word is followed by, at most a word between ("سلسلة
    جديدة من الغارات", "موجة من الضربات"): the deeds of the series."""
    return i > 1 and view.toks[i - 1] == "من" and view.has("series_noun") \
        and any(s.end < i <= s.end + 2 for s in view.kind("series_noun"))


def _subject_gap(view: SentenceMentions, lo: int, hi: int) -> int:
    """How many words from ``lo`` to ``hi`` (between a verb's subject and its object event noun) are more than a
    day told, a series word with the two words after it ("سلسلة جديدة من", "موجة من") or an aircraft's type ("من
    طراز اف - 16"): the words `split_object` weighs against `_SUBJECT_TAIL`."""
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


def doer_named_after(view: SentenceMentions, trigger: Match, agent: Match) -> bool:
    """Whether ``agent`` is named after the passive ``trigger`` by a word of agency right before it: an
    `agent_marker` (على يد, من قبل) or the fire or bullets it used, with بـ ("برصاص مجهولين", "بنيران القوات"), at most
    `_PASSIVE_DOER_REACH` words past the verb, no comma between; not in a relative clause on a person."""
    if not trigger.end <= agent.start <= trigger.end + _PASSIVE_DOER_REACH or "," in view.toks[trigger.end:agent.start]:
        return False
    if view.has("relative") and any(r.end <= trigger.start <= r.end + 3 for r in view.kind("relative")):
        return False  # "فولي الذي تعرض للإعدام ذبحا على يد التنظيم": what befell a man the news names, recalled
    return any(w.end == agent.start for w in view.kind("agent_marker")) or any(
        m.end == agent.start and m.clitic.endswith("ب") for m in view.kind("trigger"))


def bare_exposure(view: SentenceMentions, trigger: Match, armed: Callable[[Match], bool]) -> bool:
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


def came_under(view: SentenceMentions, trigger: Match, armed: Callable[[Match], bool]) -> bool:
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
        or i == 2 and span_lead(view)


# "وقبل ساعات": a span of time opening the sentence, before the news just told ("وبعد ساعات على التفجير" refers to
# an event and is left to `references`)
_SPAN_LEADS = frozenset({"قبل", "وقبل"})


def span_lead(view: SentenceMentions) -> bool:
    """Whether the sentence opens on a span of time told before or after the news ("وقبل ساعات شنت طائرات تركية
    غارات"): the verb right after it opens its clause as the first word would."""
    return len(view.toks) > 2 and view.toks[0] in _SPAN_LEADS and view.toks[1] in _LEAD_SPAN_WORDS \
        and view.toks[2] not in ("علي", "من", ",")


_LEAD_SPAN_WORDS = frozenset({"ساعات", "ساعه", "ساعتين", "دقايق", "دقيقه"})


def opens_statement(view: SentenceMentions, i: int) -> bool:
    """Whether token ``i`` opens the sentence or the statement a source reports ("said (that) the strike
    hit ...", "أكد أن الهجوم ..."): a definite event noun there is the subject the rest tells of."""
    if i <= 2:
        return True
    j = i - 1 if view.toks[i - 1] == "the" else i
    return j - 1 in view.bare("that_word") or any(r.end == j for r in view.kind("report_verb"))


def comparisons(view: SentenceMentions) -> list[Match]:
    """The sentence's `comparison` words that compare: every English one; an Arabic one only right before a figure
    ("مقابل أحد عشر هجوماً في شباط"), since "مقابل" is also "in exchange for" and "opposite" ("مقابل فدية")."""
    starts = {q.start for q in view.quantities()}
    return [c for c in view.kind("comparison") if view.toks[c.start].isascii() or c.end in starts]


def prior_spans(view: SentenceMentions) -> list[tuple[int, int]]:
    """Where the earlier events opened by English `prior` background cues ("days after", "since a") are told:
    from each cue's end to its clause's end."""
    return rest_of_clause(view, [c for c in view.kind("background") if opens_prior(view, c)])


def retaken_goods(view: SentenceMentions, m: Match) -> bool:
    """Whether retaking noun ``m`` carries a pronoun ("استعادتها") pointing back to money or goods (`goods`) ending
    at most `RETAKEN_GOODS_REACH` words before it in its clause, with no place between."""
    if not view.toks[m.end - 1].endswith(("ها", "ه", "هم")):
        return False
    lo = _clause_of(view, m.start)[0]
    return any(lo <= g.start and m.start - RETAKEN_GOODS_REACH <= g.end <= m.start
               and not any(g.end <= p.start < m.start for p in view.kind("place")) for g in view.kind("goods"))


def rest_of_clause(view: SentenceMentions, cues: list[Match]) -> list[tuple[int, int]]:
    """From each of ``cues``' end to the end of its clause."""
    return [(c.end, _clause_of(view, c.start)[1]) for c in cues]


def _clause_of(view: SentenceMentions, i: int) -> tuple[int, int]:
    """The clause (`SentenceMentions.clauses`) token ``i`` stands in; the whole sentence if none."""
    return next(((lo, hi) for lo, hi in view.clauses() if lo <= i < hi), (0, len(view.toks)))


def year_named(view: SentenceMentions, d) -> bool:
    """Whether date span ``d`` names its year: in four digits or by a year-period word right after or in it
    ("العام الماضي")."""
    return year_told(view, d) or any(
        p.payload.value.startswith("year,") and d.start <= p.start <= d.end for p in view.kind("period"))


def year_told(view: SentenceMentions, d) -> bool:
    """Whether date span ``d`` is written with its year in four digits ("3 July 2016", not "Aug. 3")."""
    return any(len(t) == 4 and t.isdigit() for t in view.toks[d.start:d.end])


def year_like(q: QuantitySpan) -> bool:
    """Whether a figure reads as a year (1900 to 2100): "the 2019 attacks" count nothing."""
    return 1900 <= (q.quantity.best or 0) <= 2100


# the marks of a year range written short ("1980-88", "1980 to 88"): punctuation of a written range, no vocabulary, so
# kept here (tokens are folded: the en and em dashes are "-")
_RANGE_MARKS = frozenset({"-", "to"})


def year_range_end(view: SentenceMentions, q: QuantitySpan) -> bool:
    """Whether a figure of two digits closes a year range written short right after a year ("the 1980-88 war", "the
    2014–17 war"): a year, no count."""
    return 0 < (q.quantity.best or 0) < 100 and q.start >= 2 and view.toks[q.start - 1] in _RANGE_MARKS and any(
        p.end == q.start - 1 and year_like(p) for p in view.quantities())


def vague_figure(view: SentenceMentions, q: QuantitySpan) -> bool:
    """Whether a quantity is told by a vague word ("several", "dozens", "عشرات"), no figure."""
    return any(q.start <= v.start < q.end for v in view.kind("vague"))


def no_deed_after(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` (a clause opened by a break) hold no event word, no casualty word and no report
    verb (a source speaking there answers for the deed: "في حين أكدت قيادة الشرطة أنها التزمت بضبط النفس")."""
    return not any(lo <= t.start < hi for t in triggers) \
        and not any(lo <= m.start < hi for k in ("fatality", "injury", "report_verb") for m in view.kind(k))


def other_deed_after(view: SentenceMentions, triggers: list[Match], entry: TriggerEntry, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` (a clause opened by a break) tell an event word of another sub-type than
    ``entry``'s, with no casualty word and no report verb in it (not "فيما تمكن الجنود من قتل ثلاثة من المهاجمين",
    the same fight's dead)."""
    return any(lo <= t.start < hi and t.payload.sub_event_type != entry.sub_event_type for t in triggers) \
        and not any(lo <= m.start < hi for k in ("fatality", "injury", "killing", "report_verb") for m in view.kind(k))


def toll_then_wounded(view: SentenceMentions, triggers: list[Match], lo: int, cut: Match) -> bool:
    """Whether the words before clause break ``cut`` (فيما, بينما) from ``lo`` tell only a bare toll (plain killing
    words) and the clause it opens starts on a wounding word: "قتل شخصان فيما أصيب سبعة آخرون في انفجار عبوة" (the
    dead and the wounded of the one deed told after)."""
    if not view.has("injury") or not any(i.start == cut.end for i in view.kind("injury")):
        return False
    hurt = casualty_starts(view)
    before = [t for t in triggers if lo <= t.start < cut.start]
    return bool(before) and all(plain_toll_word(t, hurt) for t in before)


def plain_toll_word(m: Match, hurt: frozenset[int]) -> bool:
    """Whether an event word is a plain killing or casualty word that tells a toll (a weak "Attack" word, or a
    weakest word standing on a fatality or injury word, whose starts are ``hurt``)."""
    return m.payload.sub_event_type == "Attack" and m.payload.weight <= 2 or m.payload.weight == 1 and m.start in hurt


def armed_dead(kind2: str | None, fatalities) -> bool:
    """Whether the side hit (of kind ``kind2``) is armed and its dead are counted, one or more: fighting."""
    return kind2 in STATE_OR_ARMED and toll_counts(fatalities)


def counted_toll(fatalities, injured) -> bool:
    """Whether a figure counts the dead or the wounded (each ``(QuantitySpan, Match)`` or None)."""
    return toll_counts(fatalities) or toll_counts(injured)


def toll_counts(toll) -> bool:
    """Whether a toll (``(QuantitySpan, Match)`` or None) counts one person or more (`counted`: a nil toll counts no
    one)."""
    return counted(toll and toll[0].quantity)


def only_the_condition(view: SentenceMentions, triggers: list[Match], lo: int) -> bool:
    """Whether all the event words of an English clause stand in the condition of a threat the sentence told before it
    with a modal ("warned that his troops would storm positions ... if the armed group did not withdraw from
    checkpoints"): the condition is no event, and the threatened deed was told with no event word."""
    if not view.has("conditional") or not view.has("modal") or not view.toks[triggers[0].start].isascii():
        return False
    first = min((c.start for c in view.kind("conditional") if c.start >= lo), default=None)
    return first is not None and all(m.start > first for m in triggers) \
        and any(m.end <= first and view.toks[m.start] != "if" and m.payload.value != "warning" for m in view.kind("modal"))


def unconditioned(view: SentenceMentions, triggers: list[Match], lo: int, hi: int) -> list[Match]:
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


def flown(best: Match, triggers: list[Match], words: list[Match], view: SentenceMentions) -> Match:
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
    """Whether event word ``v`` may tell what an aircraft told just before it did (see `flown`)."""
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


def _trade_of(view: SentenceMentions, g: Match) -> bool:
    """Whether English goods word ``g`` is the first half of a person's trade ("abducted a money changer"): a person,
    not goods carried off (a `trade_noun` right after it: "changer", "dealer")."""
    return g.end in view.bare("trade_noun")


def looted(view: SentenceMentions, m: Match) -> Match:
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
    goods = next((g for g in view.kind("goods") if m.end <= g.start <= m.end + reach and not _trade_of(view, g)), None)
    if goods is None or any(m.end <= p.start < goods.start for k in ("place", "person") for p in view.kind(k)):
        return m
    return m._replace(payload=dataclasses.replace(m.payload, event_type="Strategic developments",
                                                  sub_event_type="Looting/property destruction", weight=1))


def small_arms_assault(view: SentenceMentions, best: Match) -> Match:
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


def fight_of_raid(view: SentenceMentions, triggers: list[Match]) -> list[Match]:
    """Without the arrest words right after a cause word (`cause_link`) that follows a clash word of the clause:
    "اندلعت اشتباكات بين قوة من الشرطة ومسلحين إثر عملية دهم" (the raid set off the fight; the fight is the event,
    the raid its start, no arrest told)."""
    started = [m for m in triggers if m.payload.sub_event_type == "Arrests"
               and any(c.end == m.start for c in view.kind("cause_link"))
               and any(t.payload.sub_event_type == "Armed clash" and t.end <= m.start for t in triggers)]
    return [m for m in triggers if m not in started] if started else triggers


def pluperfect_cue(view: SentenceMentions, best: Match) -> Match | None:
    """The Arabic pluperfect cue (`background` `pluperfect`: كان قد) right before event word ``best``."""
    return next((c for c in view.kind("background") if c.payload.value == "pluperfect" and c.end == best.start), None)


def arrest_before_plan(view: SentenceMentions, triggers: list[Match], best: Match) -> Match | None:
    """The arrest word told before a plan word (`future`: تخطط، يخططون) that stands right before the clause's
    main event word ``best``: "اعتقال خلية ... كانت تخطط لتفجير عبوات" (the arrest, and the planned bombing)."""
    plans = _plan_words(view, best)
    return next((m for m in triggers if m.payload.sub_event_type == "Arrests"
                 and any(m.end <= f.start for f in plans)), None) if plans else None


def concurrent_plan(view: SentenceMentions, triggers: list[Match], best: Match,
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
    plan = max(later, key=rank)
    if not any(cue.end <= w.start and w.end <= plan.start for k in ("modal", "future") for w in view.kind(k)):
        return None
    return cue.end, hi, plan, later


def _plan_words(view: SentenceMentions, best: Match) -> list[Match]:
    """The plan words (`future`) that stand right before event word ``best`` (one word may stand between)."""
    return [f for f in view.kind("future") if f.end <= best.start <= f.end + 1]


def arrested_plotters(view: SentenceMentions, triggers: list[Match], best: Match) -> Match | None:
    """The party arrested before the plan word that tells event word ``best`` (`arrest_before_plan`): the last
    actor between the arrest word and the plan word ("اعتقال خلية تابعة لتنظيم داعش مكونة من أربعة عناصر كانت
    تخطط لتفجير"), who planned the deed."""
    held = arrest_before_plan(view, triggers, best)
    if held is None:
        return None
    plans = _plan_words(view, best)
    return next((a for a in reversed(view.kind("actor")) if held.end <= a.start and any(a.end <= f.start
                                                                                        for f in plans)), None)


def seizure_of(view: SentenceMentions, weapon: Match, triggers: list[Match]) -> Match | None:
    """The seizing word that governs explosive weapon noun ``weapon`` (a seizing event word, or a `find_verb` read
    as a seizure, right before it within `SEIZED_REACH`), if any."""
    seizing = next((m for m in triggers if m.payload.sub_event_type == "Disrupted weapons use"
                    and m.payload.voice != "noun" and seizes_weapon(m, weapon)), None)
    if seizing is None and view.has("find_verb"):
        found = next((f for f in view.kind("find_verb") if seizes_weapon(f, weapon) and not finds_nothing(view, f)),
                     None)
        seizing = found_as_seizure(view, found) if found is not None else None
    return seizing


def seized_before(view: SentenceMentions, told, all_triggers: list[Match]):
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


def grenade_fight(grenade: Match, triggers: list[Match], all_triggers: list[Match]) -> Match:
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


def provided(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic event noun ``m`` is what an agreement or law provides for (`provision` up to
    `PROVISION_REACH` words before it: "وتنص الاتفاقية على انسحاب القوات القتالية من المدن"): no event."""
    return view.has("provision") and m.payload.voice == "noun" and any(
        p.end <= m.start <= p.end + PROVISION_REACH for p in view.kind("provision"))


def people_taken(view: SentenceMentions, trigger: Match) -> bool:
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


def held_with_arms(triggers: list[Match], best: Match) -> Match:
    """The arrest verb of a clause that also tells weapons seized ("تدخلت قوة أمنية واعتقلت خمسة من المتورطين
    وضبطت أسلحة متوسطة"): one raid, coded as the arrest (as `merge._find_and_arrest` keeps it), though the seizure's
    word weighs more. Else ``best``, the seizure."""
    return next((m for m in triggers if m.payload.sub_event_type == "Arrests" and m.payload.voice == "active"
                 and m.payload.weight >= 2 and m.start < best.start), best)


def riot_met_with_force(triggers: list[Match], best: Match) -> Match:
    """The riot word of the clause over the force used on its crowd: "أطلقت قوات الأسايش النار لتفريق محتجين أضرموا
    النيران في مقرات الأحزاب", "fired on protesters who were setting fire to the building": force used on a crowd
    told as rioting in the clause is the violent demonstration (ACLED), as it is when told in its own clause
    (`merge._riots_met_with_force`); excessive force is force used on a peaceful crowd."""
    if best.payload.sub_event_type not in FORCE_ON_CROWD:
        return best
    # (a verb of the crowd's deed: "حاولوا اقتحام المبنى", an attempt told by a verbal noun, is not yet a riot)
    return next((m for m in triggers if m.start > best.start and m.payload.sub_event_type == "Violent demonstration"
                 and m.payload.voice == "active"), best)


def spread_plural(view: SentenceMentions, m: Match, places: list[PlaceMention]) -> bool:
    """Whether Arabic event noun ``m`` is attacks in the plural (`attack_plural`) told over places of two
    governorates or more in its clause, with no day told there ("ردّت واشنطن بضربات دقيقة استهدفت قادة ميدانيين في
    بغداد وبابل والأنبار"): a summary of many deeds, no one event (one of them told after it is)."""
    if m.payload.voice != "noun" or not any(a.start <= m.start < a.end for a in view.kind("attack_plural")):
        return False
    lo, hi = _clause_of(view, m.start)
    codes = {p.entry.admin1_code for p in places if lo <= p.match.start < hi and p.entry.level != "country"}
    # (attacks counted by a figure right before them, "نفذ التنظيم سبع هجمات في صلاح الدين وكركوك", are a tally
    # whose period may stand in an opening phrase before the clause: left to the tally rules, not dropped)
    return len(codes) > 1 and not any(lo <= d.start < hi for d in view.dates()) \
        and not any(q.end == m.start for q in view.quantities())


def defence_interceptions(view: SentenceMentions, told: list) -> list[Match]:
    """The words of shooting down or intercepting (`interception`) of a sentence that tells air defence doing it (an
    `interception` word of value defence: "أسقطت منظومة الدفاع الجوي طائرة مسيرة مفخخة كانت متجهة نحو مطار أربيل")
    and a drone, rocket or missile among the triggers of ``told``; else none (fighters who "shot down a helicopter"
    in a clash: no air defence, the clash stays)."""
    words = view.kind("interception")
    if not any(w.payload.value == "defence" for w in words) \
            or not any(m.payload.sub_event_type in TWO_WEAPONS for t in told for m in t[3]):
        return []
    return [w for w in words if w.payload.value != "defence"]


_BOMB_VEHICLE = ("مفخخ", "انتحاري", "انغماسي", "car bomb", "truck bomb", "vbied", "suicide")


def fire_on_bomb(view: SentenceMentions, told: list, kind: Callable[[Match], str]) -> set[int]:
    """The starts of shooting words (an Armed clash or Attack trigger) whose fire is aimed at a car bomb or suicide
    bomber the sentence tells (`fire_on_bomb` within a few words of the trigger: "ففتح الجنود النار عليها لكنها انفجرت",
    "troops fired on the suicide car bomb before it reached the gate"): the gold files code the bombing, the guards'
    fire is how it was met, no clash of its own (as air defence shooting down a drone). A pronoun ("عليها", "at it")
    needs the bomb told before the shooting; a clash with gunmen, aimed at no bomb, stays, and so does the fire of an
    armed group (``kind`` of an actor match) named between the shooting word and its aim ("انفجرت سيارة مفخخة قرب
    دورية، ثم فتح مسلحون النار عليها": the gunmen's fire is aimed at the patrol, a deed of their own)."""
    bombs = [m for t in told for m in t[3] if m.payload.event_type == "Explosions/Remote violence"
             and any(b in " ".join(view.toks[m.start:m.end]) for b in _BOMB_VEHICLE)]
    if not bombs:
        return set()
    stops = set()
    for m in (m for t in told for m in t[3]):
        if m.payload.sub_event_type not in ("Armed clash", "Attack"):
            continue
        for f in view.kind("fire_on_bomb"):
            if m.start <= f.start <= m.end + 3 and (f.payload.value != "pronoun"
                                                    or any(b.end <= m.start for b in bombs)) \
                    and not any(m.start <= a.start < f.start and kind(a) in NON_STATE_ARMED
                                for a in view.kind("actor")):
                stops.add(m.start)
    return stops


def passive_defender(view: SentenceMentions, evidence, span) -> bool:
    """Whether the English actor told by ``evidence`` owns the air defence (`air_defence`), in a sentence telling an
    interception, that is the agent of a passive after "by": "brought down by air defences of the coalition", "shot down by
    coalition air defences"."""
    if evidence is None or not view.toks[0].isascii() or not view.has("interception"):
        return False
    actor = next((a for a in view.kind("actor") if span(view, a.start, a.end).start == evidence.start), None)
    if actor is None:
        return False
    for d in view.kind("air_defence"):
        if d.start > 0 and view.toks[d.start - 1] == "by" and d.end <= actor.start <= d.end + 3:
            return True
        if actor.start > 0 and view.toks[actor.start - 1] == "by" and actor.end == d.start:
            return True
    return False


def without_words(told: list, dropped: Callable[[Match], bool]) -> list:
    """``told`` (clause bounds, head word, event words) less the event words ``dropped`` says tell no event of their
    own; a clause whose head word is dropped goes with it (air defence shooting down a weapon,
    `defence_interceptions`; guards' fire at a car bomb, `fire_on_bomb`)."""
    return [(lo, hi, t, [m for m in ts if not dropped(m)]) for lo, hi, t, ts in told if not dropped(t)]


def rank(m: Match) -> tuple[int, int]:
    """How telling a trigger is: its weight, then how specific its sub-event type is."""
    return m.payload.weight, SPECIFICITY.get(m.payload.sub_event_type, 3)


def stable_id(prefix: str, article_id: str, offset: int, kind: str) -> str:
    """An id that is the same on every run: ``prefix`` and a hash of the article, the offset and the kind."""
    digest = hashlib.sha1(f"{article_id}|{offset}|{kind}".encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def vague_range(view: SentenceMentions, toll) -> Quantity | None:
    """A toll told only by a vague word of tens or more ("عشرات القتلى", "killed dozens"): a range with no best
    figure (the text gives no number; the best of `vague` stays for tallies and crowds)."""
    if not toll:
        return None
    q = toll[0].quantity
    if q.high is not None and q.low is not None and q.high > q.low and q.low >= 20 and vague_figure(view, toll[0]):
        return Quantity(q.low, None, q.high)
    return q


def frame_subject(view: SentenceMentions, i: int) -> bool:
    """Whether the event noun at token ``i`` is the subject right after a frame verb opening the sentence
    (`background` of value frame or frame_after: "ويأتي الهجوم قبل أيام من الانتخابات", "ويصادف التفجير ذكرى
    ..."): the sentence sets the event just told against something else, whose day and status are not the
    event's; it points back like a demonstrative and tells no new one."""
    return i > 0 and view.has("background") and any(
        m.start == 0 and m.end == i and m.payload.value in ("frame", "frame_after") for m in view.kind("background"))


def pronoun_ordinal(view: SentenceMentions, i: int) -> bool:
    """Whether the event noun at token ``i`` follows an ordinal or superlative (`definite_modifier`) right after
    هو/هي opening the sentence: "وهو أول هجوم من نوعه منذ ...", "وهي ثاني عملية خلال أسبوع" characterise the
    event just told, like a demonstrative ("هذا الهجوم"); they tell no new one."""
    return i > 1 and view.has("focus_pronoun") and view.has("definite_modifier") and any(
        d.end == i and any(p.start == 0 and p.end == d.start for p in view.kind("focus_pronoun"))
        for d in view.kind("definite_modifier"))


def side_of_country(view: SentenceMentions, m: Match) -> bool:
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
    """Whether ``when`` is a whole week, month or year, no day (the summaries `period_series`, `plural_over_a_period`)."""
    return when is not None and when.precision in WHOLE_PERIODS


def period_series(view: SentenceMentions, trigger: Match, when: DateRange | None) -> bool:
    """An event noun right after a `series_noun` ("مجموعة هجمات", "a spate of attacks") dated only by a whole week,
    month or year ("شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية"): a summary of many events, none told."""
    return trigger.payload.voice == "noun" and _whole_period(when) \
        and view.has("series_noun") and any(s.end == trigger.start for s in view.kind("series_noun"))


def share_taken(view: SentenceMentions, trigger: Match) -> bool:
    """A word of ground taken or regained with a share of an area right after it ("تمكنت قواتنا من تحرير 95 في
    المائة من الأراضي", "retook 80 percent of the province"): a campaign's running tally, no event of one day."""
    return trigger.payload.sub_event_type in TERRITORY_TYPES and view.has("percent") \
        and any(trigger.end < m.start <= trigger.end + 3 for m in view.kind("percent"))


def share_of_counted(view: SentenceMentions, trigger: Match) -> bool:
    """(English) A plural event word (`attack_plural`) right after a share of a set ("most of the attacks hit
    checkpoints", "many of those bombings"): the deeds a tally counted, described, no one event."""
    t = trigger.start
    return t >= 3 and view.toks[t].isascii() and view.has("attack_plural") \
        and any(t <= p.start < trigger.end for p in view.kind("attack_plural")) \
        and t - 3 in view.bare("share_word") and view.toks[t - 2] == "of" and t - 1 in view.bare("back_determiner")


def plural_over_a_period(view: SentenceMentions, trigger: Match, when: DateRange | None) -> bool:
    """A plural event word (`attack_plural`: "شنت غارات", "هجمات") dated only by a whole week, month or year ("وشنت
    غارات بدورها على التنظيم هذا الأسبوع"): the raids of a period summed up, no one event (the caller asks that no
    town or district and no toll be told with it)."""
    return _whole_period(when) and view.has("attack_plural") \
        and any(trigger.start <= p.start < trigger.end for p in view.kind("attack_plural"))


def seizes_people(view: SentenceMentions, trigger: Match) -> bool:
    """Whether a cell, a network or men wanted (`seized_people`) follow the Arabic seizing verb ``trigger`` within
    `SEIZED_REACH` words, no weapon noun nor comma between: the verb arrests them."""
    if not view.has("seized_people"):
        return False
    return any(trigger.end <= p.start <= trigger.end + SEIZED_REACH and "," not in view.toks[trigger.end:p.start]
               and not any(trigger.end <= w.start < p.start and weapon_noun(w) for w in view.kind("trigger"))
               for p in view.kind("seized_people"))


def own_name_word(name_ar: str | None, tok: str) -> bool:
    """Whether folded token ``tok`` is a word of an actor's canonical Arabic name ``name_ar``."""
    return bool(name_ar) and tok in {fold_word(w) for w in name_ar.split()}


# how many words a protest word may stand before the ضد or على that names what the crowd is against ("تظاهر
# مئات الطلاب أمس في عمان ضد الغارات")
PROTEST_OBJECT_REACH = 8



def protested_against(view: SentenceMentions, m: Match, words: list[Match]) -> bool:
    """Whether violent event noun ``m`` is what a protest word before it is against: right after ضد or على (in
    English after a `protested_object_lead`, "against", "over", "denounce", maybe with an `object_determiner`
    between), a protest or riot word up to eight words before, no other event word between."""
    if m.payload.event_type not in VIOLENT_TYPES or m.start == 0:
        return False
    if view.toks[m.start].isascii():
        at, determiners = m.start - 1, view.bare("object_determiner")
        while at > 0 and at in determiners and at > m.start - 3:
            at -= 1
        # (an "-ing" word right after "over" or "against" is a deed told, "clashed with police over, killing ...";
        # after a determiner it is a noun, "against the killing of")
        if at not in view.bare("protested_object_lead") or m.payload.voice == "active" and at == m.start - 1:
            return False
    elif m.payload.voice != "noun" or m.clitic or view.toks[m.start - 1] not in ("ضد", "على"):
        return False
    protests = [w for w in words if w.payload.event_type in DEMONSTRATION_TYPES and w.end < m.start]
    return any(m.start - 1 - w.end <= PROTEST_OBJECT_REACH and not any(
        w.end <= o.start < m.start for o in words if o is not w) for w in protests)


def bare_span_before(view: SentenceMentions, comma: int) -> bool:
    """Whether the clause ending at the comma at token ``comma`` holds nothing but a `cumulative` span, maybe with
    a word of addition after it: "، في نفس الفترة أيضاً،"."""
    clause = next((c for c in view.clauses() if c[1] == comma), None)
    if clause is None:
        return False
    span = next((m for m in view.kind("cumulative") if m.start == clause[0]), None)
    if span is None:
        return False
    adds = {m.start for m in view.kind("toll_addition")}
    return all(t in adds for t in range(span.end, comma))


# how far after an English protest verb its own "in a statement" may stand
_WRITTEN_PROTEST_REACH = 14


def protested_in_words(view: SentenceMentions, m: Match) -> bool:
    """Whether English protest verb ``m`` is made in words: "in a/its (written) statement" (or letter, tweet) up to
    fourteen words after it in its clause, with no verb of saying between ("…, police said in a statement" reports
    a protest held)."""
    if m.payload.voice != "active" or m.payload.event_type != "Protests":
        return False
    toks = view.toks
    said = {r.start for r in view.kind("report_verb")}
    determiners, adjectives = view.forms("channel_determiner"), view.forms("channel_adjective")
    for i in range(m.end, min(len(toks) - 2, m.end + _WRITTEN_PROTEST_REACH)):
        if i in said or toks[i] in (".", ";"):
            return False
        if toks[i] == "in" and toks[i + 1] in determiners:
            nxt = toks[i + 2] if toks[i + 2] not in adjectives or i + 3 >= len(toks) else toks[i + 3]
            if nxt in view.forms("written_channel"):
                return True
    return False
