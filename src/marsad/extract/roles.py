"""Who did it to whom: agent (actor1) and target (actor2) among a clause's actor mentions,
and casualty figures attached to their cue words."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from operator import attrgetter

from ..knowledge.lexicon import (
    ARMED_KINDS,
    CROWD_KINDS,
    DEMONSTRATION_TYPES,
    FORCE_ON_CROWD,
    NON_STATE_ARMED,
    STATE_SIDE,
    TERRITORY_TYPES,
    Knowledge,
    TriggerEntry,
)
from ..knowledge.matcher import Match
from ..records import PLACEHOLDERS, Quantity
from ..text.numbers import QuantitySpan, bound
from .mentions import SentenceMentions, longest
from .references import freed_captive_participle, modifier
from .seizures import person_seized
from .speech import _event_words, inside, said_by, speaker_spans
from .status import since_clause

_VICTIMS = ("Civilians", "Protesters")
# bombings only armed groups set off: a state's statement of their dead does not make the state their agent
_BOMBINGS = ("Suicide bomb", "Remote explosive/landmine/IED")
# armed groups that fight beside the state's forces (the Awakening): a state source announcing their dead does not
# tell of its forces fighting them
_STATE_ALLIES = ("tribal-mobilization",)
# how far after an Arabic word of fighting or talks "بين" may stand (past the quarters it was fought in: "في أحياء
# الحيانية والقبلة وسوق خمسة ميل بالبصرة بين ..."), and an English "between"
BETWEEN_REACH = 12
BETWEEN_REACH_EN = 16
_UNIT_LINKS = ("ب", "ل", "لل")  # proclitics that join a unit to its force: "الفرقة السابعة بالجيش"
# what state forces do to others: the state actor is the agent
STATE_ACTIONS = ("Arrests", "Government regains territory", "Disrupted weapons use",
                 "Headquarters or base established")


_DATE_WORDS = ("weekday", "month", "day_offset", "period")


def opens_on_rank(toks: Sequence[str], words: Mapping[str, Collection[str]]) -> bool:
    """Whether a sentence's (folded) tokens open on the first word of a military rank (`rank_title`), as a defence
    department release names its dead ("Sgt. Jane Roe, 24, of Dayton, Ohio, died ..."): one dead, a soldier
    (`_ranked_serviceman`; `merge._ranked_dead`)."""
    return bool(toks) and toks[0] in words.get("rank_title", ())


def _subject_links(view: SentenceMentions) -> Collection[int]:
    """The tokens of the sentence's `subject_link` words (قد, يكون: what may stand between a subject and its verb),
    found once per sentence. Read-only."""
    if not view.has("subject_link"):
        return ()
    return view.memoized("subject_links", lambda v: {t for m in v.kind("subject_link") for t in range(m.start, m.end)})


def casualty_cues(view: SentenceMentions) -> list[Match]:
    """The sentence's casualty words: its `fatality` matches, then its `injury` matches. Read-only."""
    return view.memoized("casualty_cues", _casualty_cues)


def _casualty_cues(view: SentenceMentions) -> list[Match]:
    """`casualty_cues`' work, done once per sentence."""
    return view.kind("fatality") + view.kind("injury")


def _active_at(view: SentenceMentions, i: int) -> bool:
    """Whether an active event word (a verb, not its noun) starts at token ``i``; the starts are found once per
    sentence."""
    return i in view.memoized("active_starts", _active_starts)


def _active_starts(view: SentenceMentions) -> frozenset[int]:
    """`_active_at`'s work, done once per sentence."""
    return frozenset(t.start for t in view.kind("trigger") if t.payload.voice == "active")


def _cue_at(view: SentenceMentions, i: int) -> bool:
    """Whether a casualty word (`casualty_cues`) starts at token ``i``; the starts are found once per sentence."""
    return i in casualty_starts(view)


def casualty_starts(view: SentenceMentions) -> frozenset[int]:
    """Where the sentence's casualty words (`casualty_cues`) start, found once per sentence."""
    return view.memoized("cue_starts", _cue_starts)


def _cue_starts(view: SentenceMentions) -> frozenset[int]:
    """`casualty_starts`' work, done once per sentence."""
    return frozenset(c.start for c in casualty_cues(view))


def spared_after(view: SentenceMentions, trigger: Match) -> int | None:
    """Where a `contrast` word after event word ``trigger`` opens a clause that counts no dead or wounded: civilians
    named past it suffered another loss, not the event's blow ("the shelling caused no casualties, but farmers lost
    much of their crops", "لكن عدداً من العائلات نزحت")."""
    if not view.has("contrast"):
        return None
    cut = next((c.start for c in view.kind("contrast") if c.start > trigger.end), None)
    if cut is None or any(w.start > cut for w in casualty_cues(view)):
        return None
    return cut


def _toll_cues(view: SentenceMentions) -> list[Match]:
    """`casualty_cues` that count someone: "died of his injuries" has no wounded, the injury word inside a longer
    death phrase being the cause of death."""
    return view.memoized("toll_cues", _toll_cues_made)


def _toll_cues_made(view: SentenceMentions) -> list[Match]:
    """`_toll_cues`'s work, done once per sentence."""
    if not view.has("injury"):
        return casualty_cues(view)
    deaths = [(m.start, m.end) for m in view.kind("fatality") if m.end - m.start > 2]
    return view.kind("fatality") + [m for m in view.kind("injury")
                                     if not any(a <= m.start and m.end <= b for a, b in deaths)]


def _markers(view: SentenceMentions, kind: str) -> list[Match]:
    """The `target_marker` or `agent_marker` matches (``kind``) that are not part of a longer marker of the other
    role: in "مصدره مواقع الحرس" (its source, the positions of the Guards) the positions fired, they were not hit."""
    return view.memoized(("markers", kind), _own_markers, kind)


def _own_markers(view: SentenceMentions, kind: str) -> list[Match]:
    """`_markers`' work, done once per sentence and kind."""
    other = view.kind("agent_marker" if kind == "target_marker" else "target_marker")
    # (an English target marker right after an agent marker is the doer's: "abducted by members of Kataib
    # Hezbollah" names the abductors, not those taken)
    led = {o.end for o in other if view.toks[o.start].isascii()} if kind == "target_marker" else set()
    return [w for w in view.kind(kind) if w.start not in led and not any(
        o.start <= w.start and w.end <= o.end and o.end - o.start > w.end - w.start for o in other)]


def _marker_before(view: SentenceMentions, kind: str, m: Match, reach: int = 3) -> bool:
    """Whether a marker of ``kind`` (see `_markers`) ends within ``reach`` words before actor ``m``, not on a date;
    not a marker of vicinity past a comma: "Near Baquba, Coalition forces detained 11 suspects" opens on where, and
    the force after the comma is the subject, not a party near which it happened."""
    if not view.has(kind):
        return False  # (no marker of the kind at all: asked of every actor, twice)
    near = [w for w in _markers(view, kind) if m.start - reach <= w.end <= m.start]
    if not near:
        return False  # (most actors: no marker right before them; the tests below are not made)
    # (an Arabic "that" between opens a clause of its own: "على مواقع التواصل من أن أبناء العشائر اشتبكوا" names
    # the sites a rumour ran on, not the tribesmen's)
    that = view.bare("that_word")
    # (English: a marker of the other role nearer the actor is the actor's: in "was shot dead at home by gunmen"
    # the "by" right before them makes them the killers, not the "at" or "home" of where it happened; not a "by"
    # after a participle, "a checkpoint guarded by the PMF", whose site they hold)
    toks = view.toks
    other = [o for o in _markers(view, "agent_marker" if kind == "target_marker" else "target_marker")
             if o.end <= m.start and toks[o.start].isascii() and not (
                 o.start > 0 and len(toks[o.start - 1]) > 4 and toks[o.start - 1].endswith("ed"))] \
        if toks[m.start].isascii() else ()
    return any(not _dates_at(view, w.end)
               and not (w.payload.value == "vicinity" and "," in view.toks[w.end:m.start])
               and not (w.end < m.start and not view.toks[w.end].isascii()
                        and any(t in that for t in range(w.end, m.start)))
               and not any(w.end <= o.start for o in other)
               for w in near)


def _by_of_other_participle(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether the English "by" right before actor ``m`` follows the word before it, not the event word
    (``trigger`` ends before that word): "destroyed a cache of weapons hidden by Islamic State militants" names
    who hid the cache, not who destroyed it."""
    return any(w.end == m.start and w.end - w.start == 1 and w.start - 1 >= trigger.end
               and not _day_between(view, trigger.end, w.start)
               for w in _markers(view, "agent_marker"))


def _day_between(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` tell a day and at most `DAY_WORDS_AROUND` words more, no comma
    ("on", "late", "evening"): "was seized on Friday evening by gunmen", "late on Friday by gunmen" — the "by" past
    the day still follows the event word."""
    told = {t for d in view.dates() if lo <= d.start and d.end <= hi for t in range(d.start, d.end)}
    return bool(told) and "," not in view.toks[lo:hi] and sum(t not in told for t in range(lo, hi)) <= DAY_WORDS_AROUND


# words beside a day between an English event word and its "by" ("on Friday evening", "late on Friday")
DAY_WORDS_AROUND = 2


def tokens_of(view: SentenceMentions, kinds: tuple[str, ...]) -> set[int]:
    """The tokens of the sentence's matches of ``kinds`` (those that may stand between an actor and its cue, the
    event words' ...), found once per sentence. Read-only."""
    return view.memoized(("fillers", kinds), _tokens_of, kinds)


def _tokens_of(view: SentenceMentions, kinds: tuple[str, ...]) -> set[int]:
    """`tokens_of`' work, done once per sentence and kinds."""
    return {t for k in kinds for p in view.kind(k) for t in range(p.start, p.end)}


def _weapons(view: SentenceMentions) -> list[Match]:
    """The sentence's event words of kind Explosions/Remote violence (weapons that name who fired them)."""
    return view.memoized("weapons", lambda v: [t for t in v.kind("trigger")
                                             if t.payload.event_type == "Explosions/Remote violence"])


def _dates_at(view: SentenceMentions, i: int) -> bool:
    """Whether a date word starts at token ``i``: "on Sunday", "في يوم", "On 17 SEP" (a date opening on its day's
    number) mark a date, not a target."""
    return i in view.memoized("date_starts", _date_starts)


def _date_starts(view: SentenceMentions) -> set[int]:
    """`_dates_at`' work, done once per sentence: where the date words and dates start."""
    return {d.start for k in _DATE_WORDS for d in view.kind(k)} | {d.start for d in view.dates()}


def date_tokens(view: SentenceMentions) -> set[int]:
    """The tokens inside the sentence's dates, found once (each event word asks). Read-only."""
    return view.memoized("date_tokens", lambda v: {t for d in v.dates() for t in range(d.start, d.end)})


def _counterpart(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether ``m`` is named within a few words after an Arabic "مع" (`counterpart`) that follows the clash verb
    ``trigger``, not the "with" of a joint operation (`joint`: "بالتنسيق مع")."""
    joint = view.kind("joint")
    return any(trigger.start <= w.start and m.start - 3 <= w.end <= m.start
               and not any(j.start <= w.start < j.end for j in joint) for w in view.kind("counterpart"))


# an English support phrase names its backers up to its comma, within this many words
SUPPORT_REACH = 10
# an Arabic backer joined by "و" to the one right after the support phrase stands this many words after it at most
SUPPORT_JOINED = 6
# the people men hid among stand this many words at most after the word of hiding ("متخفين بين العائدين")
HIDING_REACH = 2


def _describing_asides(view: SentenceMentions, trigger: Match) -> list[tuple[int, int]]:
    """The token ranges of the Arabic asides that open on "وهو", "وهي", "وهم" (a `focus_pronoun` with و) right after a
    comma past ``trigger``, up to the next comma: a description of the one just named ("، وهو من عائلة مقربة من فيلق
    بدر،"). Not one that tells a deed or a toll ("، وهو ما أدى إلى مقتل ثلاثة من الشرطة")."""
    toks = view.toks
    asides = []
    for f in view.kind("focus_pronoun"):
        if f.clitic != "و" or f.start < trigger.end or toks[f.start - 1] != ",":
            continue
        end = next((i for i in range(f.end, len(toks)) if toks[i] == ","), len(toks))
        if not any(f.end <= w.start < end for k in ("trigger", "fatality", "injury", "killing") for w in view.kind(k)):
            asides.append((f.start, end))
    return asides


def _place_relative_actors(view: SentenceMentions, trigger: Match) -> set[int]:
    """Starts of actors named in an Arabic relative clause that describes a place told after the event word
    ("على أحياء سكنية في ناحية القيارة، التي استعادتها القوات العراقية الشهر الماضي"): the clause tells the place's
    story (who took it, who holds it), and the force in it is no side of the event."""
    places = {m.end for m in view.kind("place")}
    out = set()
    for r in view.kind("relative"):
        if r.start <= trigger.end or not (r.start in places or view.toks[r.start - 1] == "," and r.start - 1 in places):
            continue
        out.update(m.start for m in view.longest("actor") if r.end <= m.start <= r.end + 2
                   and "," not in view.toks[r.end:m.start])
    return out


def _gunmen_counted_dead(view: SentenceMentions, knowledge: Knowledge) -> set[int]:
    """Starts of bare indefinite "مسلحين" counted among the dead or wounded ("ما أسفر عن مقتل بضعة مسلحين") after
    a rebel group the sentence named before them: that group's men, told again by their casualties, no unknown
    gunmen and no side of their own."""
    out = set()
    for m in view.longest("actor"):
        if m.payload != "unidentified-gunmen" or m.end - m.start != 1 or view.toks[m.start].startswith("ال"):
            continue
        if not any(c.end <= m.start <= c.end + 2 for c in view.kind("casualty_noun")):
            continue
        if any(g.end <= m.start and g.payload in knowledge.actors
               and knowledge.actors[g.payload].actor.kind == "Rebel group" for g in view.longest("actor")):
            out.add(m.start)
    return out


def _supporting(view: SentenceMentions, m: Match) -> bool:
    """Whether an actor is named right after "backed by", "with support from", "بإسناد من" (`support`): it
    supports the event's sides ("the raid, carried out with support from coalition helicopters") and is
    neither of them."""
    if m.clitic.startswith("و") and view.has("instrument") and any(
            u.end < m.start <= u.end + SUPPORT_JOINED and "مشارك" in view.toks[u.start]
            and "," not in view.toks[u.end:m.start] for u in view.kind("instrument")):
        # "لإطلاق عمليات تحرير الحويجة بمشاركة الجيش والشرطة الاتحادية والحشد الشعبي": the forces listed after
        # "بمشاركة" all take part on one side; the ones joined by "و" after the first are partners, no side fought
        return True
    if not view.has("support"):
        return False
    # (English: anywhere in the phrase up to its comma, "carried out in coordination with the Syrian government
    # and the U.S.-led coalition, destroyed ...")
    # (Arabic: also a second backer joined by "و", "بإسناد من الجيش العراقي وطيران الجيش")
    return any(u.end <= m.start <= u.end + 1
               or (view.toks[u.start].isascii() and u.end <= m.start <= u.end + SUPPORT_REACH
                   or m.clitic.startswith("و") and u.end <= m.start <= u.end + SUPPORT_JOINED)
               and "," not in view.toks[u.end:m.start] for u in view.kind("support"))


# how many words after a `collaboration` charge the last side it names may start ("بتهمة التخابر مع القوات الأمنية
# والحشد الشعبي")
SERVED_REACH = 4


def _served(view: SentenceMentions, m: Match) -> bool:
    """Whether actor ``m`` is the side a charge of collaboration names: `collaboration` right before it or one word
    before it ("spying for the army"), or before the sides joined to it, up to `SERVED_REACH` words on with no comma
    between ("التخابر مع القوات الأمنية والحشد الشعبي")."""
    return any(c.end <= m.start <= c.end + SERVED_REACH and "," not in view.toks[c.end:m.start]
               and (m.start <= c.end + 1 or any(a.end == m.start or a.end + 1 == m.start for a in view.kind("actor")
                                            if c.end <= a.start))
               for c in view.kind("collaboration"))


# how many words after a `flight` word its `heading` word may stand ("escaping Saqlawiyah towards")
FLED_TO_REACH = 4


def _fled_to(view: SentenceMentions, m: Match) -> bool:
    """Whether actor ``m`` is named as where people fled: a `heading` word ending right before it (or one word
    before it, "towards the army lines") that stands up to `FLED_TO_REACH` words after a `flight` word (not the bare
    "إلى" of "بنقل الأموال إلى خلايا التنظيم": money carried to the group's cells)."""
    return any(m.start - 1 <= t.end <= m.start and any(f.end <= t.start <= f.end + FLED_TO_REACH
                                                        for f in view.kind("flight"))
               for t in view.kind("heading"))


def _of_pmf(knowledge: Knowledge, m: Match) -> bool:
    """Whether actor ``m`` is the PMF or one of its brigades, which arrest and seize as the state's forces do."""
    return "pmf" in (m.payload, knowledge.actors[m.payload].parent)


def _parent_group(knowledge: Knowledge, m: Match, link: int, actors: list[Match]) -> bool:
    """Whether a named armed group of two words or more has a non-state group right after its "التابعة لـ"."""
    return m.end - m.start > 1 and knowledge.actors[m.payload].actor.kind in NON_STATE_ARMED and any(
        link <= g.start <= link + 1 and g.payload not in PLACEHOLDERS and g.payload != m.payload
        and knowledge.actors[g.payload].actor.kind in NON_STATE_ARMED for g in actors)


def _joint_forces(view: SentenceMentions, actors: list[Match], knowledge: Knowledge) -> list[Match]:
    """``actors`` without a state force joined by "و" right after another of the same country ("الجيش والشرطة"),
    or told after "من" as what a force named before is made of ("قوة مشتركة من الاستخبارات")."""
    out = [actors[0]]
    made_of = view.bare("from_word")  # من
    # each against the one named before it, kept or not: "قوة مشتركة من الاستخبارات والشرطة" joins all three
    for prev, m in zip(actors, actors[1:]):
        joined = m.payload != prev.payload and (m.start == prev.end and m.clitic.startswith("و")
                                                or m.start == prev.end + 1 and prev.end in made_of)
        a, b = knowledge.actors[prev.payload].actor, knowledge.actors[m.payload].actor
        # (the PMF fights beside the Iraqi state's forces: "قطعات الجيش العراقي وفصائل الحشد الشعبي" are one side)
        allied = a.kind == b.kind == "State forces" or _of_pmf(knowledge, prev) and b.kind == "State forces" \
            or _of_pmf(knowledge, m) and a.kind == "State forces"
        if not (joined and allied and a.country == b.country):
            out.append(m)
    return out


def assign_roles(view: SentenceMentions, trigger: Match, lo: int, hi: int,
                 knowledge: Knowledge, voice: str) -> tuple[Match | None, Match | None]:
    """(agent, target) actor matches for ``trigger`` (used in ``voice``) within tokens ``lo``..``hi``."""
    entry: TriggerEntry = trigger.payload
    if entry.sub_event_type == "Agreement" or entry.event_type == "Battles":
        # "اشتباكات بين الجيش ومسلحي داعش": the side named first is actor1, as in a deal's parties
        parties = _between(view, trigger)
        if parties:
            return parties
        if entry.event_type == "Battles" and view.has("two_sides"):
            # "نزاع عشائري بين عشيرتين": one actor named in the dual is both sides of the fight
            sides = view.kind("two_sides")
            pair = next((m for m in view.longest("actor") if lo <= m.start < hi
                         and any(w.start == m.start and w.end == m.end for w in sides)), None)
            if pair is not None:
                return pair, pair
    if not view.has("claim") and not view.has("self_that") and not view.has("own_forces") \
            and entry.sub_event_type not in STATE_ACTIONS and not any(lo <= m.start < hi for m in view.longest("actor")):
        return None, None  # no actor in the range (a third of the asks): the tests below would keep none (see the end)
    speakers = speaker_spans(view, trigger.start)
    # the one blamed is named within the accuser's words: "واتهم المصدر ذاته خلايا تابعة لداعش بزرع العبوة"
    # a command named right after a place word is a sector of the map: "ضمن قاطع عمليات ديالى"
    # so is one right after a quarter or street word: "في حي العمال", "شارع الشرطة" name a neighbourhood, a street
    sector = view.memoized("sector", lambda v: {w.end for k in ("place_word", "quarter") for w in v.kind(k)
                                              if not v.toks[w.start].isascii()})
    # "اقتادوهم إلى جهة مجهولة": an unknown destination, not an unknown party
    # people described by an earlier deed ("a lawyer for families of killed protesters") are no party
    described = view.memoized("described", lambda v: {
        t.end - 1 if t.end - 1 > t.start else t.end for t in v.kind("trigger")
        if t.payload.voice != "noun" and v.toks[t.start].isascii() and modifier(v, t)}) \
        if view.has("attributive_lead") else ()
    # "police freed a merchant abducted by gunmen and arrested two": the captive right before the participle that
    # describes him (`freed_captive_participle`) and the captors named after it are no party to the freeing
    # force's deed (kept as token positions: the captive's last word + 1, the captors' first)
    captured = view.memoized("captured", lambda v: [t for t in v.kind("trigger") if freed_captive_participle(v, t)]) \
        if view.has("freeing") else ()
    captors = {a.end for t in captured for a in view.kind("agent_marker") if a.start == t.end} if captured else ()
    captives = {t.start for t in captured}
    english = view.toks[trigger.start].isascii()
    # "The Kurdistan Regional Government strongly condemns the drone attack carried out against the field": the one
    # who condemns an attack told in full (`told_participle`) right after the word is its judge, no party to it
    judges = [r for r in view.kind("reference") if r.end <= trigger.start <= r.end + 2 and any(
        t.start in (trigger.end, trigger.end + 1) for t in view.kind("told_participle"))] \
        if view.has("told_participle") and view.has("reference") and english else ()
    # "دعا النائب الحكومة إلى فتح تحقيق في الضربة الجوية": whoever is named between a call and the inquiry into the
    # deed calls or is called upon, no side of it (the spans between, found once, not per actor)
    called = [(c.end, r.start) for c in view.kind("modal") if c.payload.value == "demand"
              for r in view.kind("reference") if r.end <= trigger.start] \
        if not english and view.has("modal") and view.has("reference") else ()
    counted = _gunmen_counted_dead(view, knowledge) if not english and view.has("casualty_noun") else ()
    described_place = _place_relative_actors(view, trigger) if not english and view.has("relative") else ()
    actors = [m for m in view.longest("actor") if lo <= m.start < hi and m.start not in sector
              and m.start not in counted and m.start not in described_place
              and not (judges and any(m.end <= r.start <= m.end + 2 for r in judges))
              and m.start not in described and m.start not in captors and m.end not in captives
              and not (english and (_speaker_of_other_subject(view, m, trigger)
                                    or _witnesses(view, m, trigger, knowledge) or (
                  (entry.sub_event_type != "Air/drone strike" or _attack_drone(view, trigger))
                  and knowledge.actors[m.payload].actor.kind in STATE_SIDE
                  and _source_of_event_noun(view, m, trigger))))
              and (not (speakers and inside(speakers, m.start, m.end)) or blamed(view, m) or _doer_named(view, m))
              and not ((view.has("support") or view.has("instrument")) and _supporting(view, m))
              and not any(a <= m.start and m.end <= b for a, b in called)
              # "not authorized to talk to reporters": the source's audience (`audience`) is no side
              and not (view.has("audience") and any(u.start <= m.start < u.end for u in view.kind("audience")))
              and not (m.start and view.toks[m.start - 1] == "الي" and m.payload in PLACEHOLDERS)
              and not (view.has("find_verb") and _finder(view, m, trigger))
              # "Police deployed extra units to the town after a man was found shot dead": the subject of the main
              # clause is no side of a passive event word in the clause "after", "when" opens
              and not (view.has("subordinator") and voice == "passive" and entry.voice == "passive"
                       and m.end <= trigger.start and english
                       and any(m.end <= w.start < trigger.start for w in view.kind("subordinator")))
              and not _hyphen_modifier(view, m)
              and not _opening_since_clause(view, m, trigger)
              # "مسلحون يرتدون زي مغاوير الشرطة": the force whose uniform the men wore is no party
              and not (view.has("disguise") and any(d.end == m.start for d in view.kind("disguise")))
              # "وعد ابنه بدر بالسفر": a name right after a kinship noun is a person's, not the group's that bears it
              and not (view.has("kin_word") and any(d.end == m.start for d in view.kind("kin_word")))
              # "فككت مفارز الهندسة عبوة ناسفة كانت معدة لاستهداف دورية للشرطة": the side a disrupted weapon was meant
              # for, named after the purpose word, was not hit
              and not (entry.sub_event_type == "Disrupted weapons use" and view.has("purpose")
                       and any(trigger.end <= p.start < m.start for p in view.kind("purpose")))
              # "killing a senior ISIS official responsible for planning attacks against Iraqi forces": those the
              # deeds a person planned were aimed at, named after "planning"/"plotting" past the event word, were
              # not hit by this one
              and not (english and view.has("purpose") and any(
                  trigger.end <= p.start < m.start and view.toks[p.start] in ("planning", "plotting")
                  for p in view.kind("purpose")))
              # "أضرموا النار في آبار نفطية، لإعاقة الرؤية أمام طائرات التحالف": those a fire or a riot was meant
              # to hinder, named after the purpose word, were not its target
              # (not a purpose word inside a name: "جهاز مكافحة الإرهاب")
              and not ((entry.event_type == "Riots" or entry.sub_event_type == "Looting/property destruction")
                       and view.has("purpose") and any(trigger.end <= p.start < m.start
                                                       and p.start not in tokens_of(view, ("actor",))
                                                       for p in view.kind("purpose")))
              # "دخلت قوات الجيش القرية مدعومة بغارات من التحالف": the strikes backed the force named before them
              and not (view.has("backed") and any(b.end == trigger.start and m.end <= b.start
                                                  for b in view.kind("backed")))
              # "shops were looted after Hashd al-Shaabi fighters took over the town": the subject of a verb of its own
              # told after a passive event word did that deed, it was not hit
              and not (m.start >= trigger.end and english
                       and (voice == "passive" or trigger.start - 1 in view.bare("passive_aux"))
                       and _subject_of_own_verb(view, m))
              # "مطلوبين كانوا متخفين بين العائدين": those the wanted men hid among are no party
              and not (view.has("hiding")
                       and any(d.end < m.start <= d.end + HIDING_REACH for d in view.kind("hiding")))
              # "أعدم التنظيم أربعة شبان بتهمة التخابر مع القوات الأمنية": the side the victims were said to serve
              # (`collaboration` right before it, or the sides joined to it by "و": "مع القوات الأمنية والحشد") is no
              # party to the deed
              and not (view.has("collaboration") and _served(view, m))
              # "families escaping the town towards the army lines came under fire": the side people fled towards
              # (`heading` right before it, or one word before, after a `flight` word) is where they headed, no party
              and not (view.has("heading") and view.has("flight") and _fled_to(view, m))
              # "the cells could attack the villages again if the army does not reinforce its posts", "هددت الكتائب
              # باستهداف السفارة إذا لم تنسحب القوات الأمريكية": a side named in the condition told after a threatened
              # deed is whom the condition is on, no party to the deed
              and not (view.has("conditional") and m.start > trigger.end
                       and any(trigger.end <= c.start < m.start for c in view.kind("conditional")))
              # "وسط غياب شبه تام لقوات مكافحة الشغب": a force told absent is no party
              and not (view.has("absence")
                       and any(d.end <= m.start <= d.end + HIDING_REACH for d in view.kind("absence")))]
    if view.has("focus_pronoun") and actors and not english:
        # "اغتيال قائد استخبارات الشرطة في ميسان، وهو من عائلة مقربة من فيلق بدر، قبل أيام": an aside opening on
        # "وهو" after a comma past the event word describes the person just named; a group named in it is no side
        asides = _describing_asides(view, trigger)
        if asides:
            actors = [m for m in actors if not any(a_lo <= m.start < a_hi for a_lo, a_hi in asides)]
    if actors and view.has("report_verb") and not english \
            and entry.sub_event_type not in TERRITORY_TYPES:
        # "قتل سبعة عشر مسلحاً في المواجهات، مشيراً إلى أن التنظيم يستخدم المدنيين دروعاً بشرية": a further statement
        # opened by a participle past a comma after a word of fighting or a blast, telling no event word of its own,
        # speaks of other things; those it names are no sides (unless blamed for the deed). (Not after an arrest or
        # ground held: "مشيرة إلى أنه كان يشغل منصب مفتي في داعش" tells whom they caught, "مؤكدة أن المنطقة تحت
        # سيطرة القوات الأمنية" who holds it)
        # (nor one about "him", "مبيناً أنه كان يعمل لدى عصابات داعش": it tells who the man taken or hit was)
        further = next((r.start for r in view.kind("report_verb") if r.start > trigger.end
                        and view.toks[r.start - 1] == "," and r.clitic == ""
                        and not any(r.end <= t.start <= r.end + 1 for t in view.kind("self_that"))), None)
        if further is not None and not any(w > further for w in _event_words(view)):
            actors = [m for m in actors if m.start < further or blamed(view, m) or _doer_named(view, m)]
    cut = spared_after(view, trigger) if actors else None
    if cut is not None:
        actors = [m for m in actors if m.start < cut or knowledge.actors[m.payload].actor.kind not in _VICTIMS]
    if actors and not english and view.has("no_casualties"):
        # "القصف لم يسفر عن إصابات في صفوف المدنيين", "لم يقتل أو يصب أحد من السكان": civilians named right after a
        # word of no casualties, past the event word, were spared, not hit
        spared = [n.end for n in view.kind("no_casualties") if n.start >= trigger.end]
        if spared:
            actors = [m for m in actors if knowledge.actors[m.payload].actor.kind not in _VICTIMS
                      or not any(e <= m.start <= e + SPARED_REACH for e in spared)]
    if view.has("claimed_toll") and actors:
        # "تبنى التنظيم إحراق حقول القمح، زاعماً أن المزارع تعود لعناصر من الحشد والبيشمركة": what a claimant
        # alleges after the event word, with no dead, wounded or deed told there, justifies the deed; those it names
        # are no side of it ("زاعماً مقتل خمسة من الجنود" counts its targets and keeps them)
        alleged = [c.end for c in view.kind("claimed_toll") if c.start > trigger.end and not any(
            w.start >= c.end for k in ("fatality", "injury", "killing", "trigger") for w in view.kind(k))]
        if alleged:
            actors = [m for m in actors if m.start < alleged[0]]
    if "(" in view.toks:
        # "مقر الحزب الديمقراطي الكردستاني الإيراني (حدكا)": the abbreviation in brackets names the party again
        actors = [m for m in actors if not (m.start >= 2 and view.toks[m.start - 1] == "(" and any(a.end == m.start - 1 and a.payload == m.payload for a in actors))]
    if view.has("person") and len(actors) > 1:
        # "أصيب ثلاثة من منتسبي الحشد الشعبي", "منتسبي القوة الجوية": a one-word member noun of the state's forces
        # right before a named force is that force's men, named as the force
        members = {p.start for p in view.kind("person") if p.end - p.start == 1}
        absorbed_by: dict[int, Match] = {}
        for m in actors:
            if m.end - m.start == 1 and m.start in members \
                    and knowledge.actors[m.payload].actor.kind == "State forces":
                owner = next((g for g in actors if g.start == m.end and g.payload != m.payload
                              and g.payload not in PLACEHOLDERS
                              and (knowledge.actors[g.payload].actor.kind == "State forces"
                                   or _of_pmf(knowledge, g))), None)
                if owner is not None:
                    absorbed_by[m.start] = owner
        if absorbed_by:
            gone = {o.start for o in absorbed_by.values()}
            actors = [m._replace(payload=absorbed_by[m.start].payload) if m.start in absorbed_by else m
                      for m in actors if m.start not in gone]
    owners: set[int] = set()
    if view.has("membership"):
        # "مسلحون ينتمون إلى تنظيم داعش": the gunmen are the group's men, one party with it, never its target;
        # so is a militia that belongs to one ("ميليشيا تابعة للحشد الشعبي"), whose owner "تابعة" marks no target
        links = view.memoized("membership_links", lambda v: {w.start: w.end for w in v.kind("membership")})
        kept = []
        absorbed: set[int] = set()
        for m in actors:
            link = links.get(m.end)
            # (a state force's one-word man "in" a force: "منتسب في الحشد الشعبي", "منتسب في شرطة ميسان")
            member = link is not None and m.end - m.start == 1 and view.toks[m.end] == "في" \
                and knowledge.actors[m.payload].actor.kind == "State forces"
            if link is not None and not member and view.toks[m.end] == "في":
                link = None  # "في" links only such a man ("هجوم لداعش في الحشد" is no membership)
            owner = next((g for g in actors if link <= g.start <= link + 1 and g.payload not in PLACEHOLDERS
                          and g.payload != m.payload and (knowledge.actors[g.payload].actor.kind in ARMED_KINDS
                                                          or member and g.start == link)), None) \
                if link is not None and (m.payload in PLACEHOLDERS or member or knowledge.actors[m.payload].actor.kind
                                         in ARMED_KINDS and m.end - m.start == 1
                                         or _parent_group(knowledge, m, link, actors)) else None
            # (a link still standing after "في" is a member's: `not member` is a link by "تابعة" or "لـ")
            if owner is None and link is not None and not member \
                    and knowledge.actors[m.payload].actor.kind == "State forces":
                # "قوة أمنية تابعة لقيادة عمليات دجلة": a state unit that belongs to a command of its own state is
                # that command's, one side with it, never its target
                force = knowledge.actors[m.payload].actor
                owner = next((g for g in actors if g.start == link and g.payload != m.payload
                              and knowledge.actors[g.payload].actor.kind == "State forces"
                              and knowledge.actors[g.payload].actor.country == force.country), None)
                if owner is not None:
                    member = True
            if owner is None:
                kept.append(m)
            elif m.end - m.start > 1 and m.payload not in PLACEHOLDERS and not member:
                # "جبهة النصرة التابعة لتنظيم القاعدة": a named group's parent, told after "التابعة لـ", is
                # the same side, no second one
                kept.append(m)
                absorbed.add(owner.start)
            elif member:
                # the man stands for his force where he stands (the subject of "استشهد"), named as the force
                kept.append(m._replace(payload=owner.payload))
                absorbed.add(owner.start)
            else:
                owners.add(owner.start)
        actors = [m for m in kept if m.start not in absorbed]
    if english and actors and view.has("relative_clause"):
        # "Hisham al-Hashimi, a security analyst who advised the government on Islamic State, was shot dead": a group
        # named in a relative clause that describes the victim, closed by a comma before the event word and telling
        # no event word of its own, is what the person is known for, no side of the deed
        actors = [m for m in actors if not _in_describing_clause(view, m, trigger)]
    if len(actors) > 1 and not view.toks[0].isascii():
        # "قوة مشتركة من الاستخبارات والشرطة ضبطت ...", "قوة من الجيش والشرطة": two state forces of one country joined
        # by "و" are one side, the joint force, never each other's target
        actors = _joint_forces(view, actors, knowledge)
    if not actors and not view.has("claim") and not view.has("self_that") and not view.has("own_forces") \
            and entry.sub_event_type not in STATE_ACTIONS:
        return None, None  # "أعلن داعش مسؤوليته عن الهجوم": only the claimant is named
    agent: Match | None = None
    target: Match | None = None
    protest = entry.event_type in DEMONSTRATION_TYPES
    # "إحباط محاولة تسلل": the side that foiled it did it, as in an arrest
    foiled = view.has("foil") and any(f.start == trigger.start for f in view.kind("foil"))
    # a state's action (an arrest, a seizure, a plot foiled) is done by the unit named before its word
    acting = foiled or entry.sub_event_type in STATE_ACTIONS
    scored: list[tuple[float, Match]] = []
    clash = not english and voice == "active" and entry.event_type == "Battles" and view.has("counterpart")
    # "خاضت قوات الجيش اشتباكات مع مسلحي داعش": a clash noun with its other side after مع (`counterpart`)
    fought_with = not english and voice == "noun" and entry.sub_event_type == "Armed clash" \
        and view.has("counterpart") and any(w.start == trigger.end for w in view.kind("counterpart"))
    territory = not english and voice == "active" and entry.sub_event_type in TERRITORY_TYPES
    # (English: the subject right before an active verb of taking ground, "Kurdish Peshmerga fighters took control")
    taker = english and voice == "active" and entry.voice == "active" and entry.sub_event_type in TERRITORY_TYPES
    # "Kataib Hezbollah said it would strike U.S. forces": an English verb of striking after a modal or "to" tells a
    # deed to come, whose subject before it strikes and the side after it is hit (not after a condition, "If the
    # militia fires on our people, we will strike them")
    threatened_strike = english and voice == "active" and entry.sub_event_type == "Air/drone strike" \
        and (trigger.start in view.bare("modal_verb") or trigger.start > 0 and view.toks[trigger.start - 1] == "to") \
        and not any(c.start < trigger.start for c in view.kind("conditional"))
    for m in actors:
        kind = knowledge.actors[m.payload].actor.kind
        score = 0.0  # > 0 leans agent, < 0 leans target
        if _claimant(view, m, trigger) or blamed(view, m) or _doer_named(view, m) \
                or english and _english_claimant(view, m, trigger) \
                or view.has("planted_by") and trigger.payload.event_type == "Explosions/Remote violence" \
                and planted(view, m) \
                or not english and _subject_after_verb(view, m, kind):
            # "تبنت جماعة تطلق على نفسها اسم X قصف ...": who claims the attack did it; "انفجار عبوة ناسفة زرعها
            # عناصر من داعش": who planted the bomb set it off
            score += 3
        elif _marker_before(view, "target_marker", m) and m.start not in owners and not _weapon_named(view, m) \
                and not _cell_owner(view, m, kind) \
                and not (m.end <= trigger.start and (acting and _unit_owner(view, m) or not english
                                                     and voice == "active" and _unit_owner(view, m, force=True))) \
                and not (acting and voice == "active" and _unit_after_verb(view, m, trigger)) \
                or _among_casualties(view, m, kind) \
                or not english and _killed_by_deed(view, m, trigger) \
                or not english and hit_before_deed(view, m) \
                or not english and _subject_of_objectless_kill(view, m, trigger) \
                or english and (m.start >= trigger.end or entry.voice == "passive" and m.end <= trigger.start) \
                and _site_owner(view, m) \
                and not _marker_before(view, "agent_marker", m):
            score -= 3  # على، ضد، استهدف، نقطة تفتيش لـ...، "قتيلان من منتسبي"; "... a YBS checkpoint"
        elif english and not protest and (_subject_of_passive(view, m) or voice == "passive"
                                          and trigger.payload.voice == "active" and 0 <= trigger.start - m.end <= 2):
            score -= 3  # "two Peshmerga fighters were martyred in the fighting": those hit
        elif not english and _joined_victim(view, m, kind):
            score -= 2.5  # "مقتل جنديين أميركيين وجندي بريطاني": hit too (the first named stays the target)
        elif _marker_before(view, "agent_marker", m) and not (english and voice == "active" and entry.voice == "active"
                                                               and _by_of_other_participle(view, m, trigger)) \
                or _weapon_owner(view, m) \
                or m.clitic.endswith("ل") and m.start == trigger.end and (
                entry.sub_event_type not in STATE_ACTIONS or kind in STATE_SIDE):
            # من قبل، على يد، نفذه، "هجوم لداعش"; but in a state's action ("ضبط وكر لعصابات داعش") an armed
            # group's ل marks whose hideout or cache was seized, not who seized it
            score += 3
        if protest and (entry.event_type == "Protests" or kind in CROWD_KINDS):
            if entry.sub_event_type in FORCE_ON_CROWD:
                # "police fired rubber bullets and tear gas at protesters": with a word of force used on a crowd the
                # force named used it and the crowd was hit (the event then makes the force actor2, the crowd actor1)
                score += -2 if kind == "Protesters" else 2 if kind in CROWD_KINDS else 1 if kind in STATE_SIDE else -1
            else:
                score += 2 if kind in CROWD_KINDS else -1
        elif entry.sub_event_type == "Looting/property destruction" and kind in CROWD_KINDS and not english \
                and voice == "active" and m.start > trigger.start:
            # "أضرمت مجموعة من الشبان الغاضبين النار في مقر حزب": the crowd named after the verb set the fire (and
            # riots), it was not hit
            score += 2
        elif kind in _VICTIMS:
            score -= 2
        elif territory and (0 <= m.start - trigger.end <= 1 and trigger.end - 1 not in view.bare("holder_on")
                            and entry.sub_event_type == "Non-state actor overtakes territory"
                            or m.end == trigger.start or _perfect_between(view, m, trigger)):
            # "سيطرت قوات الجيش على قرية", "تنظيم داعش استعاد السيطرة على الحي": the subject next to a verb of
            # taking ground took it, whoever it is (the event's type follows its agent). Only a verb of seizing
            # takes its subject after it: after a verb of freeing or expelling ("طرد داعش") comes its object
            score += 2
        elif taker and (m.end == trigger.start or _perfect_between(view, m, trigger) or m.end + 1 == trigger.start and any(
                p.start == m.end and p.end == trigger.start for p in view.kind("person"))):
            # "Kurdish Peshmerga fighters took full control of Kirkuk after army units abandoned their bases": the
            # subject took the ground, whoever it is (the type follows its agent); those named after it did not
            # (the subject itself, or its men right after it: not "Gunmen dressed in police uniforms seized")
            score += 2
        elif acting:
            # a state's forces abroad arrest and set up checkpoints too ("Turkish forces set up checkpoints")
            score += 1.5 if kind in STATE_SIDE or _of_pmf(knowledge, m) else -1.5
        elif entry.sub_event_type in ("Non-state actor overtakes territory", "Suicide bomb"):
            # rebels take ground; bombers belong to armed groups, not to those they hit (unknown gunmen take ground
            # too: "gunmen overran the main police station" were not the police)
            # (a word that takes only ground, not "seized", which takes people too)
            # (unknown gunmen before a weak English seizing verb whose object is a person took that person:
            # "Gunmen dressed in police uniforms seized a journalist", an abduction `person_seized` retypes)
            score += 1.5 if kind == "Rebel group" or m.payload == "unidentified-gunmen" and (
                entry.weight > 1 or m.end <= trigger.start and entry.voice == "active" and view.toks[m.start].isascii()
                and person_seized(view, trigger, None, None)) and \
                entry.sub_event_type == "Non-state actor overtakes territory" else -1.5
        elif entry.sub_event_type == "Air/drone strike" and not (threatened_strike and kind == "Political militia"):
            # aircraft belong to states and foreign forces (but the militias that fly drones at foreign forces keep
            # the word order of a strike threatened or planned, `threatened_strike`; insurgents on the ground who
            # "might strike villages" make no air strike)
            score += 1.5 if kind in STATE_SIDE else -1
        elif (kind in ARMED_KINDS or m.payload == "unidentified-gunmen") and (english or score > -3) and (
                english or entry.event_type != "Strategic developments"):
            # armed men lean to the agent of violence; an Arabic handover ("تسلمت قطعات الجيش ... من ألوية
            # الحشد") has no violent side, its subject is actor1 (English word order already tells the subject)
            score += 1
        if english and voice == "noun" and m.end < trigger.start and _launched(view, m, trigger):
            score += 2  # "Iraqi troops launched an attack against IS fighters": the subject of the verb of doing did it
        if english and voice == "noun" and m.start > trigger.end:
            verb = next((t for t in view.kind("trigger") if trigger.end <= t.start and t.end <= m.start
                         and t.payload.voice == "active"), None)
            if verb is not None:
                # "a roadside bomb struck a convoy ... for the coalition": the noun is the subject, this the object;
                # the more so with the verb right after the noun ("a drone had attacked an army post": even a state
                # force, the usual owner of aircraft, is what it hit)
                score -= 2 if verb.start <= trigger.end + 1 else 1
        if fought_with and m.end <= trigger.start and score >= 0:
            score += 1.5  # ... the side named before the noun (the subject of its verb of doing) fought the other
        if clash and _counterpart(view, m, trigger):
            score -= 1.5  # "اشتبكت قوة من الجيش مع عناصر من داعش": the subject is actor1, the party after مع the other
        if voice == "passive" and m.start > trigger.start and score <= 0:
            score -= 1  # after a passive verb comes the victim
        if english and voice == "passive" and score < 3 and m.end < trigger.start \
                and not (acting and kind in STATE_SIDE) and any(
                m.end <= r.start <= m.end + 2 and r.end <= trigger.start for r in view.kind("report_verb")):
            # "Kataib Hezbollah said two of its members were killed": the speaker, not the killer (but "A police
            # spokesman said the suspect was detained": a state body tells its own arrests)
            score -= 1.5
        if voice == "active":
            if english:  # subject-verb-object: the agent comes before the verb
                score += 1 if m.start < trigger.start else -1
            elif score == 0:  # verb-subject-object, or a subject put first
                score += 0.5 if m.start < trigger.start or m.start - trigger.end <= 2 else -0.5
                if m.start == trigger.end and kind == "State forces":
                    # "اقتحمت قوات جهاز مكافحة الإرهاب حي النعيمية": a state's force right after the verb is its
                    # subject, ahead of an armed group further on (what armed men lean to)
                    score += 1
        if not english and m.end < trigger.start and score > -3 and carried_out(view, m, trigger):
            score += 2  # "طائرات القوة الجوية نفذت ضربة جوية": the subject of "carried out" did it
        elif not english and score > -3 and view.has("light_verb") and _light_subject(view, m, trigger):
            # "تنظيم داعش قام باحتجاز عشرين شخصاً", "قام تنظيم داعش باحتجاز": the subject of the light verb
            # whose verbal noun is the event word did it, whatever the word's usual doer (an arrest's is the state)
            score += 2
        score -= abs(m.start - trigger.start) / 100  # nearer wins ties
        scored.append((score, m))
    scored.sort(key=lambda s: -s[0])
    if scored and scored[0][0] > 0:
        agent = scored[0][1]
        if agent.payload in PLACEHOLDERS:
            # "مسلحون من تنظيم داعش", "gunmen from Islamic State": the group the gunmen belong to
            group = next((m for m in actors if agent.end in view.bare("of_word") and (
                agent.end < m.start <= agent.end + 2 or _group_of_men(view, agent.end, m))
                          and m.payload not in PLACEHOLDERS and knowledge.actors[m.payload].actor.kind in ARMED_KINDS), None)
            # "ISIS gunmen", "Islamic State militants": the group named right before them
            group = group or next((m for m in actors if m.end == agent.start and m.payload not in PLACEHOLDERS
                                   and knowledge.actors[m.payload].actor.kind in ARMED_KINDS), None)
            agent = group or agent
    own = _own_forces_speaker(view, trigger, speakers, lo, voice) or _speaker_claimant(view, trigger, speakers, lo) \
        or self_speaker(view, trigger, lo, voice, knowledge)
    if own is not None and (agent is None or scored[0][0] < 3):
        agent = own  # "أعلنت خلية الصقور أن مفارزها اعتقلت": the speaker's own men did it
    partners: set[int] = set()
    if english and voice == "active" and agent is not None and agent.end <= trigger.start \
            and entry.event_type == "Battles" and scored[0][0] < 3:
        # "Iraqi soldiers and YBS fighters clashed", "American tanks and Mahdi Army militiamen fought": the two sides
        # joined by "and" before the verb are named in order, the first actor1 and the second actor2
        other = next((m for m in actors if m.end <= trigger.start and m.payload != agent.payload
                      and _joined_by_and(view.toks, *((m.end, agent.start) if m.end <= agent.start
                                                      else (agent.end, m.start)))), None)
        # (not when a side follows the verb in its clause: "soldiers and tribal fighters clashed with IS militants",
        # "troops and police began the operation, fighting Mahdi Army militiamen" are one side)
        # (nor two state forces: "Iraqi soldiers and police battled militiamen" are one side)
        if other is not None and not (knowledge.actors[agent.payload].actor.kind in STATE_SIDE
                                      and knowledge.actors[other.payload].actor.kind in STATE_SIDE) \
                and not any(m.start >= trigger.end and "," not in view.toks[trigger.end:m.start] for m in actors):
            first, second = sorted((agent, other), key=lambda m: m.start)
            return first, second
        if other is not None and other.start < agent.start:
            # "Iraqi soldiers and tribal fighters clashed with IS militants": one side, the first named its actor1
            agent = other
    if english and voice == "active" and agent is not None and agent.end <= trigger.start \
            and entry.event_type != "Battles":
        # "Police and army units arrested six suspects": subjects joined by "and" before the verb are one side; the
        # first named is actor1, the others are not its target (in a battle, "PMF units and Peshmerga exchanged
        # fire", they are its two sides)
        joint = [m for m in actors if m.end <= trigger.start and m is not agent and (
            m.end < len(view.toks) and view.toks[m.end] == "and" and m.end + 1 == agent.start
            or view.toks[agent.end:agent.end + 1] == ("and",) and m.start == agent.end + 1)]
        if joint:
            partners = {m.start for m in joint} | {agent.start}
            agent = min([agent] + joint, key=lambda m: m.start)
    rest = [(s, m) for s, m in scored if m.payload != (agent.payload if agent else None) and m.start not in partners]
    if english and agent is not None and rest and view.has("claim") and _english_claimant(view, agent, trigger):
        # "The Islamic Resistance in Iraq, an umbrella name used by several Iran-backed militias, claimed ...": the
        # parties named in the claimant's appositive describe it; they were not hit
        said = min((c.start for c in view.kind("claim") if c.start > agent.end), default=agent.end)
        rest = [(s, m) for s, m in rest if not agent.end < m.start < said]
    if rest and view.has("withdrawal") and any(w.start <= trigger.start < w.end for w in view.kind("withdrawal")):
        # a withdrawal names no one who took the ground over ("انسحبت قوات التحالف من 5 معسكرات ... تنشط فيها
        # خلايا التنظيم"): a party is its other side only when a marker ties it to the event
        rest = [(s, m) for s, m in rest if _marker_before(view, "target_marker", m)]
    if len(rest) > 1 and (english or entry.event_type != "Battles") and view.has("injury") and view.has("fatality"):
        # "killing two policemen and wounding five civilians", "مقتل أربعة من أفراد الشرطة وإصابة سبعة مدنيين": those
        # killed are the ones hit, not the wounded (Arabic too, but for a fight, whose wounded may be the other side:
        # ar-dev35-001)
        hurt = [(s, m) for s, m in rest if any(0 <= m.start - i.end <= 3 for i in view.kind("injury"))]
        if hurt and len(hurt) < len(rest) and any(0 <= m.start - f.end <= 3 for s, m in rest
                                                  for f in view.kind("fatality")):
            rest = [sm for sm in rest if sm not in hurt]
    if rest and (entry.sub_event_type == "Disrupted weapons use" or foiled):
        # "إحباط محاولة إرهابية كانت تستهدف الزائرين": those a foiled plot or a seized bomb was meant for were not
        # hit; only an armed side (the group whose weapons were seized) is the other party
        rest = [(s, m) for s, m in rest if knowledge.actors[m.payload].actor.kind not in _VICTIMS]
    if rest and entry.sub_event_type == "Arrests":
        # "اعتقال أربعة مطلوبين، بينهم متهم بالمشاركة في هجوم استهدف المزارعين": the victims of the deed they are
        # held for were not arrested
        hit = {m.start for _, m in rest if victim_of_other_deed(view, m.start)}
        rest = [(s, m) for s, m in rest if not (m.start in hit and knowledge.actors[m.payload].actor.kind in _VICTIMS)]
        # "لانتمائه إلى داعش ومشاركته في عمليات استهدفت القوات الأمنية": nor are the forces the deed hit, when the
        # sentence names another party (the group he belongs to)
        held = [(s, m) for s, m in rest if m.start not in hit]
        rest = held or rest
    if rest and agent is not None:
        # "Gunmen from the Islamic State group killed nine people": the gunmen are the agent's own men, not the side
        # it hit (the Arabic "مسلحون من تنظيم داعش" is the group already, above)
        # (nor "Islamic State gunmen attacked the village": the placeholder right after the group's name is its men)
        rest = [(s, m) for s, m in rest if not (
            m.payload in PLACEHOLDERS and (m.end < agent.start <= m.end + 2 and m.end in view.bare("of_word")
                                           or m.start == agent.end and english))]
    if len(rest) > 1 and not english and entry.sub_event_type == "Armed clash" and agent is not None \
            and knowledge.actors[agent.payload].actor.kind == "State forces" \
            and any(knowledge.actors[m.payload].actor.kind == "Rebel group" for _, m in rest):
        # "خاضت قطعات الشرطة الاتحادية اشتباكات مع عناصر داعش ... فيما أصيب ستة من منتسبي الشرطة": in a state's
        # fight with an insurgent group the state's own men hit are its losses; the group is the other side
        rest = [(s, m) for s, m in rest if knowledge.actors[m.payload].actor.kind != "State forces"]
    if rest:
        target = min(rest, key=lambda sm: sm[0])[1]
    if agent is None and (acting or view.has("claim")):
        # "أعلن جهاز مكافحة الإرهاب اعتقال ..." / "CENTCOM claimed the strikes": the speaker did it
        speaker = next((m for m in view.longest("actor") if lo <= m.start < hi
                        and inside(speakers, m.start, m.end) and m.payload != (target.payload if target else None)
                        and (view.has("claim") or knowledge.actors[m.payload].actor.kind == "State forces"
                             # the PMF's brigades arrest and seize as the state's forces do ("أعلنت قيادة اللواء
                             # الثلاثين في الحشد الشعبي اعتقال ثلاثة مطلوبين"), as the agent scoring above has it
                             or entry.sub_event_type in STATE_ACTIONS
                             and _of_pmf(knowledge, m))), None)
        agent = speaker
    elif not english and (entry.event_type in ("Battles", "Explosions/Remote violence")
                             # (a bare killing word too, the one event word told: "أعلنت قيادة قوات الحدود مقتل
                             # اثنين من عناصر داعش"; not the toll of a strike told with it, "الضربات أسفرت عن قتل")
                             or entry.sub_event_type == "Attack" and len(view.kind("trigger")) == 1) \
            and entry.sub_event_type not in _BOMBINGS and (agent is None) != (target is None) and view.has("fatality"):
        # "أعلنت قيادة قوات الحدود مقتل اثنين من عناصر داعش حاولا التسلل", "أعلنت وزارة الدفاع التركية تحييد
        # أربعة من مسلحي الحزب بغارات": a state's force announcing an armed group's men killed fought or struck
        # them; its men are the agent, the dead men's group the other side (not a suicide or roadside bombing, no
        # state's deed: "قال مصدر في الشرطة إن انتحارياً فجر نفسه ..., ما أدى إلى مقتل خمسة من عناصر الصحوة")
        lone = agent or target
        # (not a group the event word itself names, "بنزاع عشائري": a clan fight's sides are the clans, and the
        # security source announcing its dead ("أعلن مصدر أمني عن مقتل شخص ... بنزاع عشائري") fought no one)
        if knowledge.actors[lone.payload].actor.kind in NON_STATE_ARMED \
                and not (trigger.start <= lone.start and lone.end <= trigger.end) \
                and not (lone.payload in _STATE_ALLIES or _of_pmf(knowledge, lone)) \
                and (any(f.end < lone.start <= f.end + 4 for f in view.kind("fatality"))
                     or _counted_dead_after(view, lone)):
            speaker = next((m for m in view.longest("actor") if lo <= m.start < lone.start
                            and inside(speakers, m.start, m.end)
                            and knowledge.actors[m.payload].actor.kind in STATE_SIDE), None)
            if speaker is None and view.has("security_source"):
                # "أعلن مصدر أمني عن مقتل 12 مسلحاً من داعش": an unnamed source of the security forces speaks for
                # them as a named body does (`security_source`, valued with the forces' actor id)
                source = next((s for s in view.kind("security_source") if lo <= s.start < lone.start
                               and inside(speakers, s.start, s.end) and s.payload.value in knowledge.actors), None)
                if source is not None:
                    speaker = Match(source.start, source.end, "actor", source.payload.value, "")
            if speaker is not None:
                agent, target = speaker, lone
    elif english and agent is None and entry.event_type == "Battles" and len(scored) > 1:
        # "Two federal police officers and three Islamic State militants were killed in an attack on a police post":
        # with no doer named and both sides among those hit, the one armed group's men attacked the state's
        # (the state's men named first, joined by "and" to the group's: "X officers and three IS militants were killed")
        groups = [m for _, m in scored if _subject_of_passive(view, m)
                  and knowledge.actors[m.payload].actor.kind in NON_STATE_ARMED]
        states = [m for _, m in scored if knowledge.actors[m.payload].actor.kind in STATE_SIDE and groups
                  and m.end < groups[0].start <= m.end + 4 and "and" in view.toks[m.end:groups[0].start]]
        if len({g.payload for g in groups}) == 1 and len(states) == 1:
            agent, target = groups[0], states[0]
    return agent, target


def _counted_dead_after(view: SentenceMentions, lone: Match) -> bool:
    """Whether the armed group ``lone`` names men counted just before it and told dead by a fatality word right after
    it ("20 عنصراً من داعش قتلوا", "لقي 22 مسلحاً من تنظيم داعش مصرعهم"): its men are the dead, not the doers."""
    counted = any(lone.start - 4 <= q.start and q.end <= lone.start for q in view.quantities())
    return counted and any(lone.end <= f.start <= lone.end + 1 for f in view.kind("fatality"))


# how many words after an Arabic word of no casualties the civilians it spared may be named ("لم يسفر عن إصابات في
# صفوف المدنيين", "لم يسفر عن أي إصابات بشرية لأن الأهالي")
SPARED_REACH = 6

# how many words an earlier deed's word may stand before the victim it names
OTHER_DEED_REACH = 4


def victim_of_other_deed(view: SentenceMentions, at: int) -> bool:
    """Whether the word at ``at`` names the victim of a deed other than an arrest: the nearest event word before it
    (at most `OTHER_DEED_REACH` words back) is not an arrest's ("اعتقلت متهمين بجريمة اغتيال مختار", "تحرير تاجر
    مختطف واعتقال خاطفيه", "arrested four men suspected of killing a lawyer": the one killed or freed is no one
    arrested)."""
    near = max((t for t in view.kind("trigger") if t.end <= at), key=lambda t: (t.end, t.start), default=None)
    return near is not None and at - near.end < OTHER_DEED_REACH and near.payload.sub_event_type != "Arrests"


def _hyphen_modifier(view: SentenceMentions, m: Match) -> bool:
    """Whether an English actor is the second half of a hyphened modifier ("the anti-ISIS coalition", "the
    Defeat-ISIS mission", "pro-Iran factions"): it names what a mission or side is for or against, no party."""
    toks, sent = view.toks, view.sentence
    # (the hyphen written tight between the two words: "KIRKUK - Gunmen ..." is a dateline)
    return m.start >= 2 and toks[m.start - 1] == "-" and toks[m.start - 2].isascii() and toks[m.start - 2].isalpha() \
        and sent.ends[m.start - 2] == sent.starts[m.start - 1] and sent.ends[m.start - 1] == sent.starts[m.start] \
        and not any(a.end == m.start - 1 for a in view.kind("actor"))


def _finder(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether actor ``m`` is the subject of a verb of finding or recovering (`find_verb`) right before it, ahead
    of a body word ("انتشلت دوريات الشرطة تسع جثث", "عثرت الشرطة على خمس جثث"): who found a killing is no party to
    it. Only for a passive word of violence against civilians, the body found (a weapon found is seized by the
    finder)."""
    if not view.has("find_verb") or trigger.payload.event_type != "Violence against civilians" \
            or trigger.payload.voice != "passive" or m.end > trigger.start:
        return False
    if any(f.end <= m.start <= f.end + 1 for f in view.kind("find_verb")):
        return True
    # "عثرت دورية من الشرطة على سبع جثث", "انتشلت قوة من الجيش": the force whose unit found them, the unit (one
    # word) and "من" between; or a unit word (`target_marker`) alone ("عثرت دورية للشرطة")
    # (or named right before the verb: "إن الشرطة عثرت على أربع جثث", "إن دورية من الشرطة عثرت")
    # (English: the subject a few words before the verb, "Police in Baghdad also found the bodies of 20 men")
    english = view.toks[m.start].isascii()
    return any(m.start == f.end + 2 and view.toks[f.end + 1] == "من" or m.end == f.start
               or english and m.end < f.start <= m.end + 4 and f.end <= trigger.start for f in view.kind("find_verb")) \
        or view.has("target_marker") and any(w.start == f.end and w.end == m.start for f in view.kind("find_verb")
                                            for w in view.kind("target_marker"))


def _subject_after_verb(view: SentenceMentions, m: Match, kind: str) -> bool:
    """Whether an armed non-state group named right after an Arabic active verb of attack, itself a target word
    ("استهدفت كتائب حزب الله قاعدة حرير", "هاجم تنظيم داعش نقطة للجيش"), is its subject (verb-subject-object):
    another object follows the group at once, a place or a target word (a base, a post) or another party. An
    object named first would leave nothing right after it: "استهدف القصف مواقع داعش قرب القرية". Not a verb read
    inside a longer event phrase that takes in the group's first word ("ضبط خلية" in "عن ضبط خلية إرهابية تضم
    أربعة"): that phrase is a noun, the group its object."""
    if kind not in NON_STATE_ARMED or m.end >= len(view.toks) or not any(
            v.end == m.start and v.payload.voice == "active" for v in view.kind("trigger")):
        return False
    if any(t.start < m.start < t.end for t in view.kind("trigger")):
        return False
    return any(w.start == m.end for k in ("place", "target_marker", "actor", "admin_word") for w in view.kind(k))


def _witnesses(view: SentenceMentions, m: Match, trigger: Match, knowledge: Knowledge) -> bool:
    """Whether English civilians ``m`` are the subject of a verb of telling right after them, before the event word
    ("Residents report heavy gunfire in Sinuni between the army and the YBS"): witnesses, no side of what they tell."""
    if not (m.end < trigger.start and knowledge.actors[m.payload].actor.kind == "Civilians"):
        return False
    toks = view.toks
    telling = view.bare("witness_verb")  # (verbs by which civilians tell what they saw: "report", "said")
    if m.end in telling:
        return True
    # (or past a place phrase of theirs, "Villagers near Sidakan say ...", "Residents in the area told Rudaw ...")
    if m.end not in view.bare("witness_where"):  # (the prepositions that open where they live: "near", "in")
        return False
    return any(j in telling and not any(t in (",", ";") for t in toks[m.end:j])
               for j in range(m.end + 2, min(trigger.start, m.end + 1 + _WITNESS_PLACE_REACH)))


# how many words the place phrase of witnesses (`witness_where`: "near Sidakan") may take before the verb
_WITNESS_PLACE_REACH = 5


def _speaker_of_other_subject(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English actor ``m`` is the subject of a reporting verb whose reported clause names a subject of
    its own before the event verb: "Police said two men on a motorcycle fired at him" (the police speak, the
    two men shot). Not when the people are the speaker's own ("said its members attacked")."""
    if trigger.payload.voice != "active" or m.end >= trigger.start:  # (the caller asks only of English words)
        return False
    verb = next((r for r in view.kind("report_verb") if (m.end <= r.start <= m.end + 2 or _described_speaker(
        view, m, r)) and r.end <= trigger.start), None)
    if verb is None:
        return False
    # (or a weapon named as the subject of the event verb, "said one of the drones struck near a hangar", in a
    # clause that names nothing of the speaker's own: "said its jets struck", "said two of its fighters were
    # wounded when an aircraft struck")
    possessive = view.bare("possessive")
    return any(verb.end <= p.start and p.end <= trigger.start and p.start - 1 not in possessive
               for p in view.kind("person")) or any(
        # (or an armed band the knowledge does not name, "said that a terrorist group attacked an army post"; not
        # one of the speaker's own, "its own cells", nor the band just named, "warned that the groups could hit")
        j in view.bare("band_noun") and j - 1 not in possessive and view.toks[j - 1] != "own"
        and view.bare("back_determiner").isdisjoint(range(max(verb.end, j - 2), j))
        for j in range(verb.end, trigger.start)) or any(
        verb.end <= w.start and w.end < trigger.end and w.payload.voice == "noun" for w in _weapons(view)
    ) and possessive.isdisjoint(range(verb.end, trigger.end))


# how far after a reporting verb an event noun may stand and still open the reported clause ("said a roadside
# bomb planted under a car")
_REPORTED_NOUN_REACH = 4


def _told_time(view: SentenceMentions, lo: int, hi: int) -> int:
    """How many of tokens ``lo``..``hi`` tell a time (a clock time, its words and its day) or open the reported
    clause ("that"), when they hold a clock figure and no actor: else 0."""
    if any(lo <= a.start < hi for a in view.kind("actor")):
        return 0
    toks = view.toks
    clock = {j for j in range(lo, hi) if ":" in toks[j] and toks[j].replace(":", "").isdigit()}
    if not clock:
        return 0
    # (the day's words by kind, not `view.dates()`, which parses once and must wait for all the sentence's matches)
    dated = {t for k in ("weekday", "day_offset") for d in view.kind(k) for t in range(d.start, d.end)}
    # (the words of a clock time and its day, `clock_word`: "at approximately 2:30 a.m. local time", "late on
    # Sunday"; and the commas around them, which are no word)
    that, words = view.bare("that_word"), view.bare("clock_word")
    return sum(1 for j in range(lo, hi) if j in dated or j in clock or j in that or j in words or toks[j] == ",")


def _source_of_event_noun(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English actor ``m`` is the subject of a reporting verb right before it whose reported clause opens
    with the event noun ``trigger``: "Police in Kirkuk said a bomb hidden in a parked motorcycle wounded six" (the
    police tell of the blast; the caller keeps this to state forces, the usual sources, and to weapons other than
    aircraft: "The Pentagon said the strikes targeted depots" tells its own). Not when the clause
    names the speaker's own ("said a bomb hit their patrol")."""
    if trigger.payload.voice != "noun" or m.end >= trigger.start:
        return False
    # (past the speaker's acronym in brackets: "The Kurdistan Region Security Council (KRSC) said")
    end = _past_acronym(view, m.end)
    # (a time told between the verb and the noun does not count: "said that at approximately 10:45 p.m. on Saturday
    # an explosive-laden drone targeted the base" — a statement's stock clock time opens the reported clause)
    verb = next((r for r in view.kind("report_verb") if end <= r.start <= end + 2
                 and r.end <= trigger.start <= r.end + _REPORTED_NOUN_REACH + _told_time(view, r.end, trigger.start)),
                None)
    if verb is None or any(t.start < m.start for t in view.kind("trigger")):
        return False
    possessive = view.bare("possessive")
    return possessive.isdisjoint(range(verb.end, len(view.toks)))


def _past_acronym(view: SentenceMentions, i: int) -> int:
    """The position past a short bracketed acronym that opens at token ``i`` ("(KRSC)"), or ``i`` itself."""
    toks = view.toks
    if i + 2 < len(toks) and toks[i] == "(" and toks[i + 2] == ")" and toks[i + 1].isalpha():
        return i + 3
    return i


def _attack_drone(view: SentenceMentions, trigger: Match) -> bool:
    """Whether English event noun ``trigger`` names a drone loaded to blow up on its target (`attack_drone`:
    "an explosive-laden drone", "a kamikaze drone"): the attackers' weapon, not the state's own air strike, so a
    state body that reports it ("The security council said an explosive-laden drone struck the gas field") is its
    source, not its doer."""
    return view.has("attack_drone") and any(
        trigger.start <= w.start < trigger.end for w in view.kind("attack_drone"))


def _in_describing_clause(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English actor ``m``, right after a word naming a topic or an opponent (`topic_lead`: on, about,
    against), stands in a "who"/"which"/"whose" clause opened before it, with no comma between, that a comma closes
    before the event word ``trigger`` and that holds no event word of its own ("a security analyst who advised the
    government on Islamic State, was shot dead"; not a membership, "a man who had joined Islamic State, was
    arrested", which names his side)."""
    if m.end > trigger.start or "," not in view.toks[m.end:trigger.start] or m.start - 1 not in view.bare("topic_lead"):
        return False
    return any(r.end <= m.start and "," not in view.toks[r.end:m.start]
               and not any(r.end <= t.start < trigger.start for t in view.kind("trigger"))
               for r in view.kind("relative_clause") if r.start < m.start)


# how long a relative clause may describe a speaker before its reporting verb ("Tribal fighters who help defend
# the town said ...")
_SPEAKER_CLAUSE = 8


def _described_speaker(view: SentenceMentions, m: Match, verb: Match) -> bool:
    """Whether English actor ``m`` is described by a relative clause that runs to ``verb``, its reporting verb
    ("Tribal fighters who help defend Haditha said"): "who" or "which" right after it, then no comma and no event
    word up to the verb."""
    if not m.end < verb.start <= m.end + _SPEAKER_CLAUSE or not any(
            c.start == m.end for c in view.kind("relative_clause")):
        return False
    return "," not in view.toks[m.end:verb.start] and not any(
        m.end <= t.start < verb.start for t in view.kind("trigger"))


def _own_forces_speaker(view: SentenceMentions, trigger: Match, speakers: list[tuple[int, int]], lo: int,
                        voice: str) -> Match | None:
    """The speaker whose own men (`own_forces`: مفارزها، مقاتليها، قواتها) are the subject of an active event
    verb right next to them ("أعلنت الوزارة أن قواتها حيدت", "أن مجاهديها استهدفوا"): the speaker did it."""
    # a weak verb (تصدوا repelled, استهدفوا) often tells the defence or the response, not the news
    if voice != "active" or trigger.payload.weight < 2 or not view.has("own_forces") or \
            view.toks[trigger.start].isascii():
        return None
    # (a particle may stand between the men and their verb: "أن يكون مقاتلوها قد أطلقوا النار")
    links = _subject_links(view)
    if not any(trigger.end == w.start or _linked_before(links, w, trigger.start) for w in view.kind("own_forces")):
        return None
    return next((m for m in view.longest("actor") if lo <= m.start < trigger.start
                 and inside(speakers, m.start, m.end)), None)


def _linked_before(links: Collection[int], w: Match, at: int) -> bool:
    """Whether word ``w`` ends right before token ``at`` or with only `subject_link` tokens (``links``) between."""
    return w.end <= at and all(t in links for t in range(w.end, at))


def self_speaker(view: SentenceMentions, trigger: Match, lo: int, voice: str, knowledge: Knowledge) -> Match | None:
    """The armed group (or a state's force) that says it did the event itself: "قالت المقاومة الإسلامية في العراق
    إنها استهدفت قاعدة حرير", "أعلن التنظيم أنه هاجم": a "that" bearing the speaker's pronoun (`self_that`) right
    before an active event verb (any weight: the group's own "targeted" is its attack, not a defence), or with only
    `subject_link` words between ("أنها نفذت هجوماً"). Only an armed or state speaker: "قال مصدر إنه قتل" is the
    impersonal "it was" of a source."""
    if not (view.has("self_that") or view.has("own_forces")) or view.toks[trigger.start].isascii():
        return None
    verb = trigger
    if voice == "noun":
        # "إنها استهدفت بطائرتين مسيرتين قاعدة حرير": the weapon noun tells the deed of the verb before it in the
        # same report (no reporting verb or other "that" between)
        verb = max((m for m in view.kind("trigger") if m.end <= trigger.start and m.payload.voice == "active"
                    and not any(m.end <= r.start < trigger.start for k in ("report_verb", "self_that")
                                for r in view.kind(k))), key=lambda m: m.start, default=None)
    elif voice != "active":
        return None
    if verb is None:
        return None
    links = _subject_links(view)
    # (or its own men, "أن مجاهديها استهدفوا ... بطائرتين مسيرتين", when an armed non-state group speaks: its men's
    # "targeted" is its attack, where a state body's men's may be their response)
    word = next((w for k in ("self_that", "own_forces") for w in view.kind(k) if _linked_before(links, w, verb.start)),
                None)
    if word is None:
        return None
    armed = NON_STATE_ARMED if word.kind == "own_forces" else ARMED_KINDS + ("State forces",)
    speaker = said_by(view, word, trigger.start, lo)
    if speaker is None or knowledge.actors[speaker.payload].actor.kind not in armed:
        return None
    return speaker


def _speaker_claimant(view: SentenceMentions, trigger: Match, speakers: list[tuple[int, int]], lo: int) -> Match | None:
    """The speaker who claims the event: "أعلنت جماعة أصحاب الكهف ... مسؤوليتها عن تفجير عبوة" (the claim word
    right before the event word, the speaker before the claim word)."""
    if not view.has("claim"):
        return None  # (no claim word: most sentences)
    claim = next((c for c in view.kind("claim") if 0 <= trigger.start - c.end <= 1
                  and not view.toks[c.start].isascii()), None)
    if claim is None:
        return None
    return next((m for m in reversed(view.longest("actor")) if lo <= m.start and m.end <= claim.start
                 and inside(speakers, m.start, m.end)), None)


def _between(view: SentenceMentions, trigger: Match) -> tuple[Match, Match] | None:
    """The two sides of talks or a deal, "حوار بين بغداد وواشنطن", "a truce between X and Y", as
    (first, second) actor matches; a capital named there stands for its government."""
    between_forms = view.forms("between_word")
    if not any(map(between_forms.__contains__, view.toks[trigger.end:])):
        return None  # no "between" after the event word (most fights)
    sides = view.memoized("between_sides", lambda v: longest(v.kind("actor") + [
        Match(m.start, m.end, "actor", m.payload.value, m.clitic) for m in v.kind("capital")]))
    toks = view.toks
    english = toks[trigger.start].isascii()
    # English tells where and when before the sides: "clashes broke out in Sinuni sub-district, Sinjar, on 2
    # and 3 May between X and Y" (no other actor or event word on the way)
    reach = BETWEEN_REACH_EN if english else BETWEEN_REACH
    of, and_word = view.bare("of_word"), view.bare("and_word")
    # where a party or an event word starts (the trigger itself starts before any token looked at)
    stops = view.memoized("between_stops", lambda v: {m.start for m in sides} | {t.start for t in v.kind("trigger")})
    # (Arabic: a day told between commas on the way does not count, "في الاشتباكات التي اندلعت أمس الثلاثاء، الخامس
    # عشر من شعبان 1428هـ، بين مسلحين من جيش المهدي ...")
    dated = () if english else date_tokens(view)
    plain = 0
    for b in range(trigger.end, len(toks)):
        if b in dated or dated and toks[b] == ",":
            continue
        plain += 1
        if plain > reach:
            break
        if toks[b] not in between_forms:  # (b is inside the sentence: the token itself, no `bare` test per word)
            if toks[b].isascii() and b in stops:
                return None  # another party or event word comes first: the "between" is not this event's
            continue
        # the first side may follow one plain noun: "بين قوات الجيش العراقي" (الجيش names the army), or a noun and
        # "of": "between members of X", "بين قوة من الجيش العراقي"
        first = next((m for m in sides if m.start == b + 1), None) or \
            next((m for m in sides if m.start == b + 2 and b + 1 not in and_word), None) or \
            next((m for m in sides if m.start == b + 3 and b + 2 in of), None) or \
            next((m for m in sides if english and m.start == b + 3 and b + 1 not in and_word and b + 2 not in and_word
                  and toks[b + 1].isalpha() and toks[b + 2].isalpha()), None)  # "between Shi'ite gunmen and police"
        if first is None:
            return None
        first = _their_group(sides, view, first)
        # a unit named with the force it belongs to: "بين قوة من الفرقة السابعة بالجيش ومجموعة من داعش" (the
        # division, then "in the army": one side, the second opens after the force's name)
        first = next((m for m in sides if m.start == first.end and m.payload == first.payload
                      and m.clitic in _UNIT_LINKS), first)
        # "وداعش", "و داعش", or a noun carrying "و" before the name: "ومسلحي وحدات مقاومة سنجار"
        # or "وفصائل من الحشد الشعبي", "and fighters of X": a plain noun and "of" before the second name
        second = next((m for m in sides if (m.start == first.end and m.clitic.startswith("و"))
                       or (m.start == first.end + 1 and (toks[first.end] == "and"
                                                         or toks[first.end].startswith("و")))
                       or (m.start == first.end + 2 and toks[first.end].startswith("و")
                           and first.end + 1 in of)
                       # English "and the X", "Iraqi Army units and (the) X": a plain noun after the first side
                       or (first.end < m.start and toks[first.end].isascii()
                           and _and_the(toks, first.end, m.start))), None)
        if second is None and not toks[b].isascii():
            second = _second_side_ar(view, sides, first)
        second = second and _their_group(sides, view, second)
        return (first, second) if second and second.payload != first.payload else None
    return None


# how far past the first side of an Arabic "between" a second side joined by "و" may stand, past an unnamed side
# joined the same way ("بين مسلحين من جيش المهدي وقوات حماية المرقدين والشرطة المحلية")
SECOND_SIDE_REACH = 4


def _second_side_ar(view: SentenceMentions, sides: list[Match], first: Match) -> Match | None:
    """The second side of an Arabic "between" that the plain forms miss: the first actor joined by "و" past an
    unnamed side that opens with "و" too ("بين مسلحين من جيش المهدي وقوات حماية المرقدين والشرطة المحلية"), or the
    side told after "من جهة" and a comma ("بين قوات من الجيش العراقي مدعومة بقوات أمريكية من جهة، ومسلحين ...")."""
    toks = view.toks
    if first.end < len(toks) and toks[first.end].startswith("و"):
        side = next((m for m in sides if first.end < m.start <= first.end + SECOND_SIDE_REACH
                     and m.clitic.startswith("و") and "," not in toks[first.end:m.start]), None)
        if side is not None:
            return side
    if not view.has("one_hand"):
        return None
    # "من جهة ،" closes the first side: the second opens with "و" right after the comma
    for h in view.kind("one_hand"):
        if h.start >= first.end and h.end < len(toks) and toks[h.end] == ",":
            return next((m for m in sides if m.start == h.end + 1 and m.clitic.startswith("و")), None)
    return None


def _and_the(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether English tokens i..j are "and", "and the", or one plain noun then one of these ("units and the")."""
    gap = list(toks[i:j])
    if gap and gap[0] not in ("and", ",") and gap[0].isalpha() and gap[0].islower():
        gap = gap[1:]
    return gap in (["and"], ["and", "the"])


def _joined_by_and(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether English tokens i..j join two named sides: "and", with at most one plain word before it and three
    after it ("troops and", "and fighters of the", "and the")."""
    gap = toks[i:j]
    if "and" not in gap:
        return False
    k = gap.index("and")
    return k <= 1 and len(gap) - k - 1 <= 3 and all(w.isalpha() and w.islower() for w in gap)


def _their_group(sides: list[Match], view: SentenceMentions, m: Match) -> Match:
    """The group gunmen are named as men of: "بين مسلحين من سرايا السلام" names Saraya al-Salam."""
    if m.payload not in PLACEHOLDERS or m.end not in view.bare("of_word"):
        return m
    return next((g for g in sides if _group_of_men(view, m.end, g) and g.payload not in PLACEHOLDERS), m)


# how far past an English "of"/"from" a group may stand behind its leader's possessive name ("gunmen from Moqtada
# al-Sadr's Saraya al-Salam": the apostrophe is dropped, "s" stays a token)
POSSESSOR_REACH = 7


def _group_of_men(view: SentenceMentions, of: int, g: Match) -> bool:
    """Whether group ``g`` is the one named right after the "of"/"من" at token ``of`` ("gunmen from Islamic
    State", "مسلحين من سرايا السلام"), or after a leader's possessive there ("gunmen from Moqtada al-Sadr's
    Saraya al-Salam")."""
    if g.start == of + 1:
        return True
    return view.toks[of].isascii() and of + 2 < g.start <= of + POSSESSOR_REACH and view.toks[g.start - 1] == "s" \
        and not any(of < a.start < g.start for a in view.kind("actor"))


# how far a claim word reaches the event it claims past the claimant and the statement's channel: "تبنت جماعة
# تطلق على نفسها اسم ... في بيان نشرته عبر قناتها على تلغرام ظهر اليوم، استهداف قاعدة ... بطائرتين مسيرتين"
CLAIMED_EVENT_REACH = 35
# how long an English appositive set off by commas between a claimant and its claim word may be
APPOSITIVE = 14


def _claimant(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether actor ``m`` stands between a claim word and the event it claims ("تبنت جماعة X قصف",
    "X claimed the attack" is not this: there the claim word follows): the group that claims it. Only the first
    party named after the claim word: one after it is the claimed deed's object ("تبنت كتائب حزب الله الهجوم، وقالت
    إنها استهدفت القوات الأميركية بطائرة مسيرة": the American forces were hit)."""
    return view.has("claim") and any(c.end <= m.start and m.end <= trigger.start and trigger.start - c.end <= CLAIMED_EVENT_REACH
                                     and not any(c.end <= a.start and a.end <= m.start for a in view.kind("actor"))
                                     for c in view.kind("claim"))


def _english_claimant(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English actor ``m`` is the subject of a claim word that comes before the event word ("The Islamic
    Resistance in Iraq claimed a one-way drone attack on US forces", "Kataib Hezbollah has claimed the strike"): the
    group that claims it did it. No other party named between the claim word and the event word ("officials
    claimed ISIS carried out the attack": ISIS is the one said to have done it)."""
    if trigger.payload.voice != "noun":
        return False  # "HPG claimed one Turkish soldier was killed": a toll asserted, not an attack claimed
    toks = view.toks
    return any((c.start == m.end or c.start == m.end + 1 and toks[m.end] != ","
                # "The Islamic Resistance in Iraq, an umbrella name used by several militias, claimed the attack"
                or m.end + 1 < c.start <= m.end + APPOSITIVE and toks[m.end] == ","
                and (toks[c.start - 1] == "," and "," not in toks[m.end + 1:c.start - 1]
                     # "X, an alliance of armed factions, said in a statement it carried out the attack"
                     or _said_in(view, c.start) and c.start - 4 > m.end and toks[c.start - 4] == ","
                     and "," not in toks[m.end + 1:c.start - 4]))
               and c.end <= trigger.start <= c.end + CLAIMED_EVENT_REACH
               and not any(c.end <= a.start < trigger.start for a in view.kind("actor"))
               for c in view.kind("claim"))


def _said_in(view: SentenceMentions, at: int) -> bool:
    """Whether the three tokens before token ``at`` are "said in a"/"said in its" (a `said_in_verb`: "stated",
    "announced" too): the saying whose channel a claim form ("statement it carried out") goes on."""
    return at >= 4 and at - 3 in view.bare("said_in_verb") and view.toks[at - 2] == "in" \
        and view.toks[at - 1] in ("a", "its", "an")


def planted(view: SentenceMentions, m: Match, reach: int = 4) -> bool:
    """Whether actor ``m`` is named right after a verb of planting said of the weapon ("العبوة زرعها عناصر
    من داعش"): the one who planted it."""
    return any(p.end <= m.start <= p.end + reach for p in view.kind("planted_by"))


def blamed(view: SentenceMentions, m: Match, reach: int = 6) -> bool:
    """Whether actor ``m`` is named right after a word of blame ("اتهم المصدر خلايا تابعة لداعش بزرع العبوة",
    "blamed Islamic State for"): the one said to have done it."""
    # Arabic puts the accuser first ("حملت الحكومة ... داعش"): one named right after the verb is the accuser
    # a participle ("محملا الحرس الثوري المسؤولية", value "direct") has its accuser before it: the blamed follows
    # (value "adjacent": a participle that is also a noun, "متهماً خلايا داعش" but "اعتقلت متهماً بالانتماء لداعش",
    # blames only the party named right after it)
    blame = view.kind("blame")
    if not blame:
        return False  # (no word of blame: most sentences, asked of every actor)
    if view.has("mutual_blame"):
        # "تبادل الطرفان الاتهامات بشأن مصدر القذائف، إذ حمّل قيادي في الحشد البيشمركة المسؤولية", "the two sides
        # traded accusations": one side's word against the other's names no doer
        return False
    # the accuser's own body, named with "في" right after the accuser's noun ("وحمّل قياديون في الحشد إسرائيل
    # مسؤولية الهجوم"), is no one blamed
    if m.start >= 2 and any(w.end == m.start for w in view.kind("membership")) and any(
            b.end == m.start - 2 and not view.toks[b.start].isascii() and b.payload.value not in ("direct", "adjacent")
            for b in blame):
        return False
    # (value "subject": a plural verb carrying its accuser, told before it, "مسؤولون اتهموا داعش": the blamed follows)
    # (nor when the accuser stands right before the verb, the verb describing it: "وفق بيان لوزارة البيشمركة حمّل
    # حزب العمال الكردستاني مسؤولية الهجوم")
    # "ونسبت هيئة الأركان الهجوم إلى حزب العمال": an Arabic verb of attributing blames the one after إلى, not the
    # accuser after the verb
    if any(_arabic_attributing(view, b) and _attributed_to(view, b, m.start) for b in blame):
        return True
    if any(b.end + (0 if view.toks[b.start].isascii() or b.payload.value in ("direct", "adjacent", "subject")
                    or _accuser_before(view, b) else 1)
           <= m.start <= b.end + (0 if b.payload.value == "adjacent" else reach)
           for b in blame if not _arabic_attributing(view, b)):
        return True
    # past a longer accuser ("اتهم مسؤول في مكتب الشهيد الصدر بالبصرة أمس مروحية بريطانية بقصف منزل"): the one
    # named right before the deed's noun with ب, the charge, is the one blamed
    return not view.toks[m.start].isascii() \
        and any(t.start == m.end and t.payload.voice == "noun" and t.clitic.startswith("ب")
                for t in view.kind("trigger")) \
        and any(b.end < m.start <= b.end + BLAME_CHARGE_REACH and b.payload.value not in ("direct", "adjacent")
                for b in blame)


def _accuser_before(view: SentenceMentions, b: Match) -> bool:
    """Whether an Arabic verb of blame ``b`` follows its accuser, an actor named right before it (a body's statement
    that blames: "بيان لوزارة البيشمركة حمّل ..."), so the one blamed is named right after the verb."""
    return b.start > 0 and any(a.end == b.start for a in view.kind("actor"))


# how far after "attributed" (`blame` valued `to`) the "to" naming the one blamed may stand, past the accuser
BLAME_TO_REACH = 6


def _arabic_attributing(view: SentenceMentions, b: Match) -> bool:
    """Whether blame word ``b`` is an Arabic verb of attributing (valued `to`, "نسب"): it blames the one after إلى."""
    return b.payload.value == "to" and not view.toks[b.start].isascii()


def _attributed_to(view: SentenceMentions, b: Match, start: int) -> bool:
    """Whether the one named at token ``start`` is whom blame word ``b`` valued `to` puts the deed down to: right
    after its "to" (Arabic إلى), within `BLAME_TO_REACH` words after it ("attributed by local officials to Turkey")."""
    return b.payload.value == "to" and b.end < start <= b.end + BLAME_TO_REACH \
        and view.toks[start - 1] == ("to" if view.toks[b.start].isascii() else "الي")

# how far after an Arabic verb of blame the one blamed may stand when the charge (a deed's noun with ب) follows him
BLAME_CHARGE_REACH = 12


def _weapon_named(view: SentenceMentions, m: Match) -> bool:
    """Whether actor ``m`` is named by its weapon ("طائرة مسيرة تركية", "Turkish drone"): the one who fired
    it, even right after a verb of targeting ("استهدفت طائرة مسيرة تركية سيارة": the drone is the subject)."""
    weapons = _weapons(view)
    if any(m.start <= t.start and t.end <= m.end for t in weapons):
        return True
    return _weapon_owner(view, m)


def _owner_after(view: SentenceMentions, w: Match, m: Match) -> bool:
    """Whether actor ``m`` follows the marker ``w`` right away, or (English) past an article: "belonging to the
    Turkish army"."""
    return w.end == m.start or w.end + 1 == m.start and view.toks[w.end] == "the"


def _weapon_owner(view: SentenceMentions, m: Match) -> bool:
    """Whether actor ``m`` follows "تابعة" right after a weapon noun ("طائرة مسيرة تابعة للجيش التركي",
    "بقنبلة ألقتها طائرة مسيرة تابعة لتنظيم داعش"): the weapon belongs to the actor, who fired it."""
    if view.has("blame") and view.toks[m.start].isascii() and any(b.start == m.start for b in view.kind("blame")) \
            and any(t.end == m.start and t.payload.voice == "noun" for t in _weapons(view)):
        # (English: "a drone believed to be Turkish hit a building": the likely owner told right after the weapon,
        # the actor's name opening on the word of likelihood, fired it)
        return True
    if not view.has("target_marker"):
        return False
    weapons = _weapons(view)
    return any(_owner_after(view, w, m) and w.payload.value == "belongs"
               and any(t.end == w.start and t.payload.voice == "noun" for t in weapons)
               for w in view.kind("target_marker"))


def _site_owner(view: SentenceMentions, m: Match) -> bool:
    """Whether English actor ``m`` modifies a site or unit noun (a `target_marker`) right after it: "a YBS
    checkpoint", "a PKK base". Named after the event word (and not after "by"), it owns what was hit or passed,
    it did not strike ("the truck was hit by a missile as it left a YBS checkpoint"); not the likely owner of the
    weapon named right before it, "a drone believed to be Turkish hit a building" (`_weapon_owner`)."""
    return any(w.start == m.end for w in _markers(view, "target_marker")) and not _weapon_owner(view, m)


def _doer_named(view: SentenceMentions, m: Match) -> bool:
    """Whether actor ``m`` follows "قيام" (`agent_marker` valued `subject`) right away: "نفت الشركة ما تداولته
    الصفحات عن قيام مسلحين مجهولين باختطاف مهندسين" names the doer of the deed reported, within the report."""
    # (also the force whose men are named right after it: "عن قيام مقاتلين من الحشد بإحراق منازل")
    return view.has("agent_marker") and any((w.end == m.start or m.start - w.end == 2 and view.toks[m.start - 1] == "من")
                                            and w.payload.value == "subject" for w in view.kind("agent_marker"))


def _cell_owner(view: SentenceMentions, m: Match, kind: str) -> bool:
    """Whether armed group ``m`` follows "تابعة" right after a word for a band of fighters (`armed_cell`: خلية،
    مجموعة، عصابة): "هاجمت خلية تابعة لتنظيم داعش نقطة للجيش", "في اشتباك مع خلية تابعة لداعش" name the group's
    own men, who fought, not a thing of the group that was hit."""
    if kind not in ARMED_KINDS:
        return False
    cells = view.bare("armed_cell")
    return any(w.end == m.start and w.payload.value == "belongs" and w.start - 1 in cells
               for w in view.kind("target_marker"))


def _unit_owner(view: SentenceMentions, m: Match, force: bool = False) -> bool:
    """Whether actor ``m`` follows "تابعة" (`target_marker` valued `belongs`) right away: the owner of the unit or
    thing named before it ("مفرزة هندسية تابعة للجيش العراقي"). Before a state's action word the unit did it.
    With ``force``, only a force's unit (a `unit_noun`, one describing word between at most): "قوة أمنية تابعة
    لقيادة عمليات الأنبار قتلت ...": before an active verb the unit is its subject, its owner the doer of any deed
    (a checkpoint or a post "تابعة للجيش" stays the one hit)."""
    units = view.bare("unit_noun") if force else None
    return any(w.end == m.start and w.payload.value == "belongs"
               and (units is None or w.start - 1 in units or w.start - 2 in units)
               for w in view.kind("target_marker"))


def _unit_after_verb(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether actor ``m`` owns the unit named right after the active verb of a state's action (a `target_marker`
    word, "عثرت دورية للشرطة على عبوة", "ضبطت دورية من الجيش"): the unit is the verb's subject, its owner did it
    (after a verb of attack the same words name those hit: "استهدفت عبوة دورية للشرطة")."""
    return any(w.start == trigger.end and w.end <= m.start <= w.end + 1 for w in _markers(view, "target_marker"))


def carried_out(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether actor ``m`` is the subject of a verb of doing ("نفذت", "شنت") whose object is ``trigger``:
    the verb follows the name and no other event word stands between it and the trigger."""
    for w in view.kind("agent_marker"):
        if m.end <= w.start <= m.end + 1 and w.end <= trigger.start:
            return not any(w.end <= t.start < trigger.start for t in view.kind("trigger"))
    return False


def _light_subject(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether Arabic actor ``m`` is the subject of a `light_verb` (قام، أقدم، تمكن) whose verbal noun is event
    word ``trigger`` (right after it, or past one preposition: "أقدم مسلحون على قتل"): named right before the
    verb ("داعش قام باحتجاز", one word between at most) or between the verb and the noun ("قام تنظيم داعش
    باحتجاز")."""
    for w in view.kind("light_verb"):
        if w.end <= trigger.start <= w.end + 1 and m.end <= w.start <= m.end + 1:
            return True
        if w.end == m.start and 0 <= trigger.start - m.end <= 1:
            return True
    return False


def _launched(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """English: whether actor ``m`` is the subject of a verb of doing (`subject_link`: launched, carried out,
    conducted) whose object is the event noun ``trigger``, with only articles and `deed_lead` words ("a new", "a
    major") between ("Peshmerga forces launched an offensive", "the army carried out a raid")."""
    if not view.has("subject_link") or trigger.start - m.end > 6:
        return False
    links = {t for w in view.kind("subject_link") if w.payload.value != "lead" and m.end <= w.start
             for t in range(w.start, w.end)}
    if not links:
        return False
    articles, leads = view.bare("article"), view.bare("deed_lead")
    # (the actor's men named right after it: "Peshmerga fighters launched")
    men = {t for p in view.kind("person") if p.start == m.end for t in range(p.start, p.end)}
    return all(t in links or t in articles or t in leads or t in men for t in range(m.end, trigger.start))


def state_subject(view: SentenceMentions, trigger: Match, voice: str, lo: int, hi: int) -> Match | None:
    """A country or its capital (`state_agent`) standing as the subject of event word ``trigger``: right after an
    Arabic verb ("وقصفت تركيا مواقع للحزب"), or before the word with only `subject_link` words (قد, بدأت, نفذت,
    launched) between, opening its clause or following one ("أنقرة نفذت غارات", "وكانت تركيا قد هاجمت", "بدأت
    تركيا قصف معسكرات", "أن تركيا شنت"); or, in English, named right after a word of blame told after the event
    word ("... killed three, officials said, blaming Turkey"). An event noun needs a verb of doing beside the name.
    The match returned is an actor match of the state's forces."""
    if not view.has("state_agent"):
        return None
    links = view.memoized("state_links", _state_links)
    english = view.toks[trigger.start].isascii()
    # (an Arabic state stands at most two link words before its verb: no count is skipped there)
    counted = _counted(view) if english else frozenset()
    for s in view.kind("state_agent"):
        if not lo <= s.start < hi or s.clitic not in ("", "و"):
            continue
        found = False
        if not english and voice == "active" and s.start == trigger.end:
            found = True  # verb-subject-object
        elif english and s.start > trigger.end and any(
                b.end == s.start or _attributed_to(view, b, s.start) for b in view.kind("blame")):
            # "..., the camp's administration said, blaming Turkey": the one blamed did it; so did the one a strike
            # is put down to ("a drone strike attributed by local officials to Turkey")
            found = True
        elif s.end <= trigger.start and (trigger.start - s.end - len(
                loose := _day_set_off(view, s.end, trigger.start)) <= 2 or english and s.end in links) \
                and all(links.get(t) == "" or t in counted or t in loose for t in range(s.end, trigger.start)) \
                and trigger.start - s.end - len(loose) - sum(t in counted for t in range(s.end, trigger.start)) <= 2:
            # (Arabic: a day set off by commas between does not count, "وشنت تركيا، أمس السبت، غارات جوية")
            # (English: the count of what was fired between, "Iran launched more than a dozen ballistic missiles")
            # (a dateline's dash opens the clause too: "BAGHDAD (Reuters) - Iran launched ...")
            before = links.get(s.start - 1) if s.start > lo and view.toks[s.start - 1] != "-" else "lead"
            verb_between = s.end < trigger.start
            if before is not None and (voice == "active" or verb_between or before == ""):
                found = True
        if found:
            return Match(s.start, s.end, "actor", s.payload.value, s.clitic)
    return None


def _day_set_off(view: SentenceMentions, start: int, end: int) -> frozenset[int]:
    """Arabic: the tokens of [start, end) when they are only a day set off by commas (", أمس السبت ,"), else none."""
    if end - start < 3 or view.toks[start - 1].isascii() or view.toks[start] != "," or view.toks[end - 1] != ",":
        return frozenset()
    days = tokens_of(view, ("day_offset", "weekday"))
    inner = range(start + 1, end - 1)
    return frozenset(range(start, end)) if inner and all(t in days for t in inner) else frozenset()


def _counted(view: SentenceMentions) -> frozenset[int]:
    """The tokens of the sentence's quantities, their bounds and articles ("more than a dozen", "two", "a"): a
    count of what was fired, between a state's name and its verb's weapon noun."""
    def make(view: SentenceMentions) -> frozenset[int]:
        spans = [(q.start, q.end) for q in view.quantities()] + [(a.start, a.end) for a in view.kind("approx")]
        arts = view.bare("article")
        return frozenset({t for a, b in spans for t in range(a, b)} | {t for t in range(len(view.toks)) if t in arts})
    return view.memoized("state_counted", make)


def _state_links(view: SentenceMentions) -> dict[int, str]:
    """The tokens that may stand between a state and its event word (`state_subject`), by the link's value."""
    links = {t: m.payload.value for m in view.kind("subject_link") for t in range(m.start, m.end)}
    for k in ("agent_marker", "light_verb", "past_aux", "day_offset", "weekday"):
        for m in view.kind(k):
            for t in range(m.start, m.end):
                links.setdefault(t, "")
    return links


def _among_casualties(view: SentenceMentions, m: Match, kind: str) -> bool:
    """An actor named as those hit: "قتيلان وثلاثة جرحى من منتسبي ...", "two of the soldiers were killed" (``kind``:
    the actor's kind)."""
    if not (view.has("fatality") or view.has("injury")):
        return False  # no casualty word (`casualty_cues`) to name those hit: most actors of most sentences
    start = m.start - 1 if m.start > 1 and view.toks[m.start - 1] == "the" else m.start
    if not view.toks[m.start].isascii() and _named_after_casualty_noun(view, m, kind):
        return True
    # past a noun of men after a casualty noun: "مقتل اثنين من عناصر وحدات مقاومة سنجار" (not after a verb,
    # whose men may be a fighting side: "قتل ثلاثة من عناصر داعش في اشتباك مع الجيش")
    among = view.bare("among_word")
    men = next((p for p in view.kind("person") if p.end == start), None) \
        if start > 2 and start - 1 not in among and view.has("person") else None
    if men is not None and men.start - 1 in among and not view.toks[men.start - 1].isascii() and any(
            men.start - 5 <= t.end < men.start and t.payload.voice == "noun"
            and _cue_at(view, t.start)
            for t in view.kind("trigger")):
        start = men.start
    if m.end < len(view.toks) and not view.toks[m.start].isascii() and _cue_at(view, m.end):
        # "أربعة من أبطال الصحوة ارتقوا", "ثلاثة من الشرطة قتلوا": a count of the group's men (a word for them at
        # most between) told as the subject of the casualty word right after
        counted = tokens_of(view, ("number", "teen"))
        if any(j - 1 in counted and j in among for j in (start - 1, start - 2) if j > 0):
            return True
    if start - 1 not in among and view.has("person") and _member_hit(view, m):
        return True
    if start - 1 not in among or _weapon_named(view, m):
        return False
    if start >= 2 and start - 3 not in among and not view.toks[start].isascii() \
            and start - 2 in view.bare("unit_noun"):
        # "قتلت قوة من الجيش خمسة من مسلحي داعش": a unit of the force, the verb's subject, is no count of its men hit
        # (but "مقتل ثلاثة من قوة من الجيش" counts the unit's men)
        return False
    # "قتل شخصان بضربة من طائرة تركية": an event word between the dead and "من" tells what hit them
    return any(start - 5 <= c.end < start and not any(c.end <= t.start < start for t in view.kind("trigger"))
               for c in casualty_cues(view))


def _member_hit(view: SentenceMentions, m: Match) -> bool:
    """Arabic actor ``m`` named as the group of a man hit, the verb's object: the man's noun right before it, perhaps
    past "في" ("قيادي في داعش", "قياديا داعشيا"), and either "في" between and the noun right after the casualty
    word ("تمكنت العشائر من قتل قيادي في داعش", "مقتل مسؤول في الحزب") or another actor, the verb's subject,
    between the active casualty verb and the noun ("قتل الجيش قياديا في داعش") or right before the verb ("الشرطة
    قتلت قيادياً داعشياً"): the group lost the man, it did not kill."""
    toks = view.toks
    of = m.start >= 2 and toks[m.start - 1] == "في"
    at = m.start - 1 if of else m.start
    # (past one describing word before "في": "قيادي بارز في داعش")
    man = next((p for p in view.kind("person") if p.end == at or of and p.end == at - 1
                and toks[at - 1].isalpha() and not any(t.start <= at - 1 < t.end for t in view.kind("trigger"))), None)
    if man is None or toks[man.start].isascii():
        return False
    fillers = tokens_of(view, ("number", "teen"))
    for c in casualty_cues(view):
        if c.end > man.start or man.start - c.end > 6:
            continue
        if of and all(t in fillers for t in range(c.end, man.start)) and man.start - c.end <= 2:
            return True
        if not _active_at(view, c.start):
            continue
        # the subject between the verb and the man ("قتل الجيش قيادياً"), or right before the verb with the man
        # right after it ("الشرطة قتلت قيادياً داعشياً")
        if any(s.payload != m.payload and (s.start == c.end and s.end <= man.start <= s.end + 1
                                           or s.end == c.start and man.start - c.end <= 2
                                           and all(t in fillers for t in range(c.end, man.start))
                                           or s.end == c.start and _count_of_men(view, c.end, man.start, fillers))
               for s in view.kind("actor")):
            return True
    return False


def _count_of_men(view: SentenceMentions, start: int, stop: int, fillers: set[int]) -> bool:
    """Whether tokens ``start``..``stop`` are a count of men and "من" ("الشرطة قتلت (نحو) 10 من عناصر تنظيم داعش"):
    the object of the verb, so the group named after the men lost them."""
    count = start + (stop - start == 3)
    return 2 <= stop - start <= 3 and stop - 1 in view.bare("among_word") \
        and (count in fillers or view.toks[count].isdigit()) \
        and (stop - start == 2 or any(a.start == start for a in view.kind("approx")))


def _killed_by_deed(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether Arabic actor ``m`` is the subject of a casualty verb told with no object, the deed that hit it
    following with بـ ("قيادي في مجلس صحوة الناحية قتل مع نجله بانفجار عبوة", "منتسب في الشرطة أصيب بنيران
    قناص"): the verb is the passive (قُتل، أُصيب), its subject the one hit. Not when the verb takes an object
    first ("مسلحون قتلوا رجلاً برصاص", "قتلوا ثلاثة بهجوم"), the subject then the doer."""
    if not trigger.clitic.endswith("ب") or trigger.start <= m.end:
        return False
    fillers = tokens_of(view, ("person", "number", "actor"))
    for c in casualty_cues(view):
        if not (m.end <= c.start <= m.end + _KILLED_SUBJECT_REACH and c.end <= trigger.start):
            continue
        if any(m.end <= t.start < c.start for t in view.kind("trigger")):
            continue  # another deed between the actor and the verb is the actor's
        # the verb's object slot: the first word after it that is no date or comma
        obj = _object_slot(view, c.end, trigger.start)
        # (a bare ordinal there, "وأصيب ثالث بجروح بانفجار", is the passive's subject, one more man hit)
        if obj not in fillers or obj in view.bare("ordinal_man"):
            return True
    return False


def hit_before_deed(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic actor ``m`` stands right after a casualty verb (past a count of its men: "قتل ثلاثة عناصر من")
    and right before the deed that hit it, told with بـ ("قتل جندي تركي بنيران قناص", "أصيب شرطيان برصاص مجهولين"):
    with nothing killed after it the verb is the passive (قُتل، أُصيب), its subject the one hit, whoever fired. Not
    when a victim stands between the actor and the deed ("قتل الجيش مسلحا برصاص": the subject is the doer), nor
    when one follows the deed ("اغتال مسلحون بالرصاص ضابطا")."""
    fillers = tokens_of(view, ("person", "number"))
    of = view.bare("of_word")
    cue = next((c for c in casualty_cues(view) if c.end <= m.start <= c.end + 3
                and all(i in fillers or i in of for i in range(c.end, m.start))), None)
    if cue is None:
        return False
    actors = tokens_of(view, ("actor",))
    at, n = m.end, len(view.toks)
    while at < n and at - m.end < 6:
        hurt = next((c.end for c in view.kind("injury") if c.start == at and c.clitic.endswith("ب")), None)
        unit = next((a.end for k in ("actor", "numbered_unit") for a in view.kind(k) if a.start == at + 1), None) \
            if at in of else None
        if unit is not None and view.has("series_ordinal"):  # "من الفوج الثالث": the unit's number with it
            unit = next((o.end for o in view.kind("series_ordinal") if o.start == unit), unit)
        if at not in actors and _nisba(view.toks[at]):
            at += 1  # the actor's own adjective of origin ("جندي تركي"), not an object of the verb ("شرطيا")
        elif unit is not None:
            at = unit  # the man's unit ("جندي من الفرقة العاشرة", "شرطي من الفوج الثالث")
        elif hurt is not None:
            # how he was hurt ("بجروح خطيرة"), with its one adjective
            at = hurt + (hurt < n and hurt not in actors and hurt not in fillers and not _cue_at(view, hurt)
                         and not any(t.start == hurt for t in view.kind("trigger")))
        else:
            break
    words = [t for t in view.kind("trigger") if t.start == at]
    if not any(t.clitic.endswith("ب") for t in words):
        return False  # no deed told with بـ there
    after = max(t.end for t in words)
    return after >= len(view.toks) or after not in tokens_of(view, ("person", "number", "actor"))


def _nisba(tok: str) -> bool:
    """Whether Arabic token ``tok`` ends as an adjective of origin agreeing with a nominative noun ("تركي", "عراقيان",
    "عراقيون"), not as an accusative object ("شرطيا")."""
    return len(tok) > 3 and tok.endswith(("ي", "يان", "يون", "يين"))


def _subject_of_objectless_kill(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether Arabic actor ``m`` is the subject put before a casualty verb that is the event word itself and takes
    no object ("أن 9 عناصر من تنظيم داعش قتلوا في قرية ..."): unvowelled, the verb told after its subject with nothing
    killed after it is the passive (قُتلوا), its subject the one hit. Not when a victim follows ("مسلحون قتلوا
    ثلاثة مدنيين"), the subject then the doer."""
    if trigger.payload.voice != "active" or not 0 <= trigger.start - m.end <= 3:
        return _subject_of_objectless_kill_before(view, m, trigger)
    between = tokens_of(view, ("actor", "person", "of_word"))
    if any(i not in between and (view.toks[i].isalnum() or view.toks[i] == ",") for i in range(m.end, trigger.start)):
        return False  # only the men's group (or a quote mark, a slash) may stand between ("مسلحين من داعش قتلوا")
    if not any(c.start == trigger.start and c.end == trigger.end for c in casualty_cues(view)):
        return False
    obj = _object_slot(view, trigger.end, len(view.toks))
    # nothing killed after it: the sentence ends, a place opens (في), or the wounded follow (وأصيب ثلاثة منهم); an
    # adverb between the verb and its object ("أعدموا قبل انسحابهم عائلة") is no sign of the passive
    return obj >= len(view.toks) or view.toks[obj] == "." or any(w.start == obj for w in view.kind("locative")) \
        or _cue_at(view, obj)


def _subject_of_objectless_kill_before(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether Arabic actor ``m`` is the subject put before a casualty verb with no object that comes before event word
    ``trigger``, the verb followed by a clause of time or cause ("جنديان تركيان قتلا عندما فجر مقاتلون لغماً",
    "ثلاثة جنود قتلوا وجرح اثنان إثر انفجار عبوة"): the passive (قُتلا), its subject the one hit, not the doer."""
    if trigger.start <= m.end or not view.has("fatality"):
        return False
    between = tokens_of(view, ("actor", "person", "of_word"))
    for c in view.kind("fatality"):
        if not (m.end <= c.start <= m.end + 3 and c.end <= trigger.start and _active_at(view, c.start)):
            continue
        # only the men's group, or more men joined by "و", may stand between ("جنديان وحارس قرية قتلوا")
        joined = next((i for i in range(m.end, c.start) if view.toks[i].startswith("و")), c.start)
        if "," in view.toks[m.end:c.start] or any(i not in between and view.toks[i].isalnum()
                                                  for i in range(m.end, joined)):
            continue
        obj = _object_slot(view, c.end, len(view.toks))
        if obj >= len(view.toks) or view.toks[obj] == "." or _cue_at(view, obj) \
                or any(w.start == obj for k in ("verb_lead", "sequel", "cause_link") for w in view.kind(k)):
            return True
    return False


def _object_slot(view: SentenceMentions, start: int, stop: int) -> int:
    """The first word from ``start`` before ``stop`` that is no date or comma (a verb's object slot), else ``stop``."""
    dates = date_tokens(view)
    return next((i for i in range(start, stop) if i not in dates and view.toks[i] != ","), stop)


# how many words (a place told with the actor: "مجلس صحوة ناحية اللطيفية جنوبي بغداد قتل") may stand between an
# Arabic actor and the casualty verb it is the subject of
_KILLED_SUBJECT_REACH = 5


def _subject_of_own_verb(view: SentenceMentions, m: Match) -> bool:
    """Whether English actor ``m`` is followed, past one person word ("fighters"), by a past verb or an active event
    word: the subject of a clause of its own ("after Hashd al-Shaabi fighters took over the town")."""
    at = m.end
    if any(p.start == at and p.end == at + 1 for p in view.kind("person")):
        at += 1
    return any(t.start == at for t in view.kind("past_form")) \
        or _active_at(view, at)


def _opening_since_clause(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English actor ``m`` stands in a clause "Since" opens at the sentence's start (`since_clause`) and event
    word ``trigger`` past that clause's comma ("Since the army launched its offensive on 3 May, dozens of families
    have fled"): the history's doer is no side of the news."""
    if not view.has("since") or not view.toks[trigger.start].isascii():
        return False
    clause = since_clause(view)
    return clause.start <= m.start and m.end <= clause.stop < trigger.start


def _perfect_between(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether only an English perfect auxiliary, and at most one word after it, stands between subject ``m`` and
    the event word ("Peshmerga forces had also taken control", "troops have taken control"): the subject is next
    to its verb as in "took control"."""
    return view.toks[m.start].isascii() and m.end in view.bare("perfect_aux") and 1 <= trigger.start - m.end <= 2 \
        and all(view.toks[i].isalpha() for i in range(m.end, trigger.start))


def _subject_of_passive(view: SentenceMentions, m: Match) -> bool:
    """An English actor that is the subject of a passive event verb ("two Peshmerga fighters were martyred in
    the fighting", "ISIS members killed in an air strike"): those hit, whatever event word the clause is
    coded from. A person word or a figure may stand between, and one auxiliary ("were")."""
    fillers = tokens_of(view, ("person", "number"))
    toks = view.toks
    start = m.end
    if start < len(toks) and toks[start] == ",":
        # "A policeman, who was off duty, was killed": an aside between commas stands between subject and verb
        start = next((i + 1 for i in range(start + 1, min(start + _ASIDE_REACH, len(toks))) if toks[i] == ","), start)
    start = _past_home(view, start)
    if any(t.payload.voice == "passive" and start <= t.start <= start + 4
           and sum(i not in fillers and toks[i] != "," for i in range(start, t.start)) <= 1
           for t in view.kind("trigger")):
        return True
    # an active-voice event word made passive by "had been", "has been" ("reports that a police officer had been
    # kidnapped in Maysan"): its subject too was hit
    been, perfect = view.bare("passive_aux"), view.bare("perfect_aux")
    if toks[m.start].isascii() and any(
            start + 2 <= t.start <= start + 4 and t.payload.voice == "active" and t.start - 1 in been
            and t.start - 2 in perfect
            and sum(i not in fillers and toks[i] != "," for i in range(start, t.start - 2)) == 0
            for t in view.kind("trigger")):
        return True
    # the first of a list of those hit joined by "and": "Two American soldiers and one British soldier were killed"
    # (another force's men, a figure, a person word after each "and"; no event word between)
    if start >= len(toks) or toks[start] != "and" or not view.toks[m.start].isascii():
        return False
    listed = tokens_of(view, ("person", "number", "actor"))  # (made once: `_killed_by_deed` asks for it too)
    return any(t.payload.voice == "passive" and start < t.start <= start + _LISTED_REACH
               and sum(i not in listed and toks[i] != "," and not (toks[i] == "and" and i + 1 in listed)
                       for i in range(start, t.start)) <= 1
               and not any(start <= w.start < t.start for w in view.kind("trigger"))
               for t in view.kind("trigger"))


def _past_home(view: SentenceMentions, start: int) -> int:
    """Past an English "from" and the home town or unit it names, when a passive auxiliary follows ("A Marine from
    Gainesville was killed", "a soldier from the 1st Cavalry Division was wounded"): where the passive's verb is
    looked for. ``start`` itself otherwise."""
    toks = view.toks
    if start >= len(toks) or toks[start] != "from":
        return start
    aux = view.bare("passive_aux")
    for i in range(start + 1, min(start + _HOME_REACH, len(toks))):
        if i in aux:
            return i if i > start + 1 else start
        if toks[i] in (",", "who", "that", "which", "and") or any(t.start == i for t in view.kind("trigger")):
            return start
    return start


# how many words a home town or unit after "from" may hold, its passive auxiliary included
_HOME_REACH = 7


# how far after the first of a list of those hit joined by "and" their passive event word may stand
_LISTED_REACH = 8


# how many words an aside between commas may hold between an English subject and its passive verb
_ASIDE_REACH = 10


def _joined_victim(view: SentenceMentions, m: Match, kind: str) -> bool:
    """Whether Arabic actor ``m`` is joined by "و" right after an actor named after a casualty noun ("مقتل جنديين
    أميركيين وجندي بريطاني"): one more of those hit, not the one who hit them. ``kind`` is ``m``'s own kind, on
    purpose: a gunman joined to a policeman after an active "قتل" ("قتل شرطي ومسلح في تبادل لإطلاق النار") is the
    other side of the clash, so only a state's man joined to the dead is read as one more of them. The man joined
    may be a person noun carrying "و" with his force after "من" ("مقتل أربعة عناصر من الشرطة وجندي من الجيش")."""
    if not m.start:
        return False
    start = m.start
    if not m.clitic.startswith("و"):
        man = next((p for p in view.kind("person") if p.end == m.start - 1 and p.clitic.startswith("و")), None) \
            if m.start >= 2 and m.start - 1 in view.bare("of_word") else None
        if man is None:
            return False
        start = man.start
    before = next((a for a in view.longest("actor") if a.end == start), None)
    if before is None or before.clitic.startswith("و"):
        return False
    # (a first force counted as "N of" it after the casualty noun, "مقتل أربعة عناصر من الشرطة", is hit too)
    return _named_after_casualty_noun(view, before, kind) \
        or start != m.start and _among_casualties(view, before, kind)


def _named_after_casualty_noun(view: SentenceMentions, m: Match, kind: str) -> bool:
    """An actor right after a casualty noun, perhaps past a figure or a victim noun: "مقتل جنديين تركيين",
    "مقتل قائد فيلق القدس", "إصابة ثلاثة جنود" name those hit. Not after an active verb ("قتل مسلحو داعش")."""
    # (a bound before the figure stands between too: "مقتل أكثر من ثلاثة جنود أتراك")
    bound = tokens_of(view, ("approx",)) if view.has("approx") else ()
    near = [c for c in casualty_cues(view) if c.end <= m.start <= c.end + 2
            or bound and c.end in bound and c.end <= m.start <= c.end + 2 + sum(1 for t in bound if t >= c.end)]
    if not near:
        return _counted_after_subject(view, m)  # (most actors: no casualty noun right before them)
    fillers = tokens_of(view, ("person", "number", "teen", "approx"))
    counted = tokens_of(view, ("number", "teen"))
    for c in near:
        if any(t not in fillers and not view.toks[t].isdigit() for t in range(c.end, m.start)):
            continue
        # (the costlier test, asked only of an actor right after a casualty noun)
        if _weapon_named(view, m):  # "ضحايا القصف الإيراني": the victims of the one who shelled
            return False
        if not _active_at(view, c.start):
            return True
        if m.payload not in PLACEHOLDERS and (
                any(view.toks[t].isdigit() or t in counted for t in range(c.end, m.start))
                or kind in STATE_SIDE and any(p.start == m.start and p.payload.value for p in view.kind("person"))):
            # "قتل جنديان أمريكيان بانفجار عبوة", "قتل شرطي في هجوم": a state's soldier or policeman counted by his
            # own noun (a dual, a singular) right after "قتل" is its dead, the verb's passive subject; its
            # killer would be told with no count ("قتل الجيش ثلاثة مسلحين"); and a group counted by a figure right
            # after "قتل" is its dead whatever its side ("أسفرت الضربات عن قتل أربعة إرهابيين")
            return True
    return _counted_after_subject(view, m)


# how many words (the verb's subject, a day) may stand between an Arabic casualty verb and the figure of its dead
_COUNTED_OBJECT_REACH = 3


def _counted_after_subject(view: SentenceMentions, m: Match) -> bool:
    """Whether Arabic actor ``m``, counted by a figure right before it, is the object of an active casualty verb told
    a few words before, its subject between ("وقتلت الفصائل 4 جنود", "قتل المسلحون أمس 3 من رجال الشرطة" is not
    this: "من" is `_among_casualties`'): the verb's dead, not its doer."""
    if m.payload in PLACEHOLDERS or m.start < 3:
        return False
    counted = tokens_of(view, ("number", "teen"))
    figure = m.start - 1
    if not (view.toks[figure].isdigit() or figure in counted):
        return False
    while figure - 1 in counted:
        figure -= 1
    return any(c.end < figure <= c.end + _COUNTED_OBJECT_REACH and _active_at(view, c.start)
               and not any(c.end <= t.start < figure for t in view.kind("trigger"))
               and not any(c.end <= t.start < figure for t in casualty_cues(view))
               and "," not in view.toks[c.end:figure]
               for c in casualty_cues(view))


def attach_casualties(view: SentenceMentions, lo: int, hi: int
                      ) -> tuple[tuple[QuantitySpan, Match] | None, tuple[QuantitySpan, Match] | None]:
    """(fatalities, injured) of a clause: each cue word takes its nearest unclaimed figure. Worked out once per
    sentence and range (every event word tried over the whole sentence asks again)."""
    if not (view.has("fatality") or view.has("injury") or view.has("no_fatalities") or view.has("no_casualties")):
        return None, None  # no casualty word at all (most sentences with an event word): nothing to attach
    return view.memoized(("casualties", lo, hi), _attach_casualties, lo, hi)


def _casualty_frame(view: SentenceMentions):
    """The facts `_attach_casualties` needs whatever the clause, worked out once per sentence (every event word
    asks for its own range): the covered tokens, the casualty words' tokens, the clause breaks, where units of
    time start, where subsets end, where ages start, where event nouns and ordinals start, the nil phrases' tokens,
    the figures that may be years. Read-only."""
    return view.memoized("casualty_frame", _casualty_frame_made)


def _casualty_frame_made(view: SentenceMentions):
    """`_casualty_frame`'s work, done once per sentence."""
    # words that may stand between a figure and its cue: who the victims were, auxiliaries, "of"
    # ("Two of the attackers were also killed": "also" stands between too)
    # ("24 شخصا على الأقل قتلوا": a bound told after the figure's noun stands between too)
    covered = {t for k in ("person", "actor", "toll_addition", "approx") for m in view.kind(k)
               for t in range(m.start, m.end)}
    if "(" in view.toks:
        covered |= _bracketed_names(view.toks, covered)
    if "," in view.toks:
        covered |= _dates_between_commas(view)
        if view.has("subset"):
            covered |= _subset_asides(view)
    cue_tokens = {t for m in casualty_cues(view) for t in range(m.start, m.end)}
    breaks = {m.start for m in view.kind("clause_break")} if view.has("clause_break") else ()
    # a figure right before a unit of time is an age or a span ("يبلغ من العمر 22 عاما", "for 3 years"), no toll
    # (so before days or weeks counted back, an English `ago_unit`: "Her death came five days after ...")
    units = {m.start for k in ("duration_unit", "ago_unit") if view.has(k) for m in view.kind(k)}
    # a figure right after "among them" counts a part of the victims already counted ("Three residents, among
    # them a woman, were killed"), not the toll
    parts = {m.end for m in view.kind("subset")}
    # (an Arabic part joined by "و" to a one-word part before it is a part too: "بينهم انتحاري وثلاثة قناصين")
    if parts:
        parts |= {m.end + 1 for m in view.kind("subset") if m.end + 1 < len(view.toks)
                  and view.toks[m.end + 1].startswith("و") and not view.toks[m.end].isascii()}
    ages = _ages(view) if view.has("age_lead") else ()
    if view.toks[0].isascii() and view.figures() and "," in view.toks:
        # "Pvt. Ali Hassan, 19, was killed": a figure of two digits at most set off by commas right after a
        # word is an age in apposition, no toll (not after a place, nor before a part of it: "In Baquba, 12,
        # including four children, were killed")
        toks = view.toks
        after_place = {m.end for m in view.kind("place")}
        part = {m.start for m in view.kind("subset")}
        told = {i for i in view.figures() if 1 < i < len(toks) - 1 and toks[i - 1] == toks[i + 1] == ","
                and len(toks[i]) <= 2 and toks[i - 2].isalpha() and i - 1 not in after_place
                and i + 2 not in part}
        if told:
            ages = set(ages) | told
    # "in a clash", "in an attack": a lone one right before an event word counts the event, not the dead
    events_at = {m.start for m in view.kind("trigger") if m.payload.voice == "noun"}
    # "and a third lost a leg": "a" before an ordinal names one more person, it counts no one
    events_at |= {m.start for k in ("ordinal", "series_ordinal") for m in view.kind(k)}
    # "though no one was killed": the one of a nil phrase counts no one, and its killing word is the nil's
    nil = {t for k in ("no_fatalities", "no_casualties") for m in view.kind(k) for t in range(m.start, m.end)}
    # the figures that may be a year (four digits): a clause holding none has no year to keep from its tolls
    years = [i for i in view.figures() if len(view.toks[i]) == 4]
    return covered, cue_tokens, breaks, units, parts, ages, events_at, nil, years


# how far after animals or goods a casualty word is theirs ("sheep were also killed")
GOODS_TOLL_REACH = 2


def goods_lost(view: SentenceMentions, i: int) -> bool:
    """Whether the (English, passive) casualty or killing word at token ``i`` has animals or goods for its subject:
    `goods` right before a passive auxiliary that stands up to `GOODS_TOLL_REACH` words before it ("Several sheep
    were also killed"): their loss, no toll of people and no attack on them."""
    aux = view.bare("passive_aux")
    return any(g.end in aux and g.end < i <= g.end + GOODS_TOLL_REACH for g in view.kind("goods"))

# how far after a word of mourning (`mourned`) the death of the one mourned may be told: "تشييع متظاهر توفي"
MOURNED_REACH = 3

# the date words beside which a figure may be the day of a month ("12 آذار", "March 12", "يوم الأحد 12")
_DAY_NAMERS = ("month", "hijri_month", "weekday")


def _attach_casualties(view: SentenceMentions, lo: int, hi: int
                       ) -> tuple[tuple[QuantitySpan, Match] | None, tuple[QuantitySpan, Match] | None]:
    """`attach_casualties` worked out."""
    covered, cue_tokens, breaks, units, parts, ages, events_at, nil, years = _casualty_frame(view)
    filler, one = view.forms("toll_filler"), view.forms("one_word")
    scene = view.forms("scene_preposition") if view.toks[0].isascii() else ()
    used: set[int] = set()
    found: dict[str, tuple[QuantitySpan, Match]] = {}
    cues = sorted((m for m in _toll_cues(view) if lo <= m.start < hi and m.start not in nil), key=attrgetter("start"))
    if view.has("mourned"):
        # "بعد ساعات من تشييع متظاهر توفي متأثراً بجروحه", "after the funeral of a protester killed last week": the
        # death of the one mourned was told before, no toll of this clause
        mourned = view.kind("mourned")
        cues = [c for c in cues if not any(w.end <= c.start <= w.end + MOURNED_REACH
                                           and "," not in view.toks[w.end:c.start] for w in mourned)]
    if view.has("goods"):
        cues = [c for c in cues if not goods_lost(view, c.start)]
    named_by = _nouns_after_figures(view)
    if view.has("claimed_toll"):
        # "زاعماً مقتل ثلاثة من عناصرها", "claiming to have killed five": the claimant's toll, which ACLED does
        # not take; casualty words after the claim word count no one
        claimed_from = min(m.start for m in view.kind("claimed_toll"))
        cues = [c for c in cues if c.start < claimed_from]
    # "من عائلة واحدة" (of one family): واحد after a noun that names no victims is an adjective, not a toll
    # (after a casualty word it is the count: "وقتل واحد من المهاجمين")
    # a year or a day of the month is no toll ("في كانون الثاني 2015، قتل ...", "قتل، يوم الأحد 12 آذار، ثلاثة
    # مدنيين"): figures inside a date do not count, nor bare years
    dated = years and any(lo <= i < hi for i in years) or not view.by_kind.keys().isdisjoint(_DAY_NAMERS)
    in_date = _undated(view, years, cue_tokens) if dated else ()
    # "Several sheep were also killed": a figure counting animals or goods (`goods` right after it) is no toll
    goods_at = {g.start for g in view.kind("goods")} if view.has("goods") else ()
    quantities = [q for q in view.quantities() if lo <= q.start < hi and q.start not in in_date and q.start not in nil
                  and q.end not in goods_at
                  and not (q.value == 1 and q.end - q.start == 1 and q.end in events_at)
                  and q.end not in units and q.start not in parts and q.start not in ages
                  and not (q.end - q.start == 1 and view.toks[q.start] in one and q.start > 0
                           and q.start - 1 not in covered and q.start - 1 not in cue_tokens
                           and view.toks[q.start - 1] not in filler)
                  # "found shot dead in an orchard", "wounded by a sniper": an English article after a preposition
                  # names a place or a means, no count of one, unless a victim noun follows it ("fired on a policeman")
                  and not (scene and q.value == 1 and q.end - q.start == 1 and q.start > 0
                           and view.toks[q.start - 1] in scene and q.end not in covered
                           and not view.toks[q.start][0].isdigit())]
    # a dual or singular victim noun carries its own count: "مقتل شخصين" (2), "اغتيال ناشط" (1)
    taken = {t for q in quantities for t in range(q.start, q.end)}
    for m in view.kind("person"):
        if m.payload.value and lo <= m.start < hi and m.start not in taken and m.start not in parts \
                and m.start - 1 not in parts and not _speaking_person(view, m):
            quantities.append(_own_count(m))
    if view.has("lone_other"):
        quantities += _lone_others(view, cues, taken, lo, hi)
    quantities.sort(key=attrgetter("start"))
    # an Arabic place told between the victims and their casualty verb does not part them ("ثلاثة مدنيين في قضاء
    # تلعفر قتلوا"): its words (and the "في" before it) count no distance before the verb
    placed = _places_between(view) if view.has("place") and not view.toks[0].isascii() else ()
    for cue in cues:
        if cue.kind in found:
            continue
        if cue.payload.value:  # a dual such as قتيلان carries its own count
            found[cue.kind] = (_own_count(cue), cue)
            continue
        best, best_dist = None, 99
        toks_en = view.toks[cue.start].isascii()
        if toks_en and cue.end < len(view.toks) and (
                view.toks[cue.start - 1] in (",", "and")
                or _active_at(view, cue.start)):
            # "and a soldier and wounding ten others": an English casualty word opening a clause of its own counts
            # the figure right after it, not the group of the clause before; so does an English active verb ("A
            # gunman killed three soldiers"): its object is the dead, the singular doer before it counts no one
            best = next((q for q in quantities if q.start == cue.end and id(q) not in used), None)
        # a verb joined by "و" opens a clause of its own, whose subject follows it: a figure before "وأصيب" counts
        # the clause before ("قتل حلاق وأحد زبائنه وأصيب صبي": the one is the second dead, not the wounded)
        # (so does a verbal noun of casualty, "مقتل جنديين وجندي ثالث وإصابة آخرين": its count follows it)
        opens_clause = cue.clitic == "و" and (any(t.start == cue.start and t.payload.voice != "noun"
                                                  for t in view.kind("trigger"))
                                              or any(n.start == cue.start for n in view.kind("casualty_noun")))
        # (a verbal noun's count follows it: "صرح ضابط في الأنبار عن مقتل 45" counts no officer)
        noun_cue = bool(placed) and any(n.start == cue.start for n in view.kind("casualty_noun"))
        for q in quantities if best is None else ():
            if id(q) in used:
                continue
            if q.end <= cue.start:
                if opens_clause:
                    continue
                if cue.kind == "injury" and q.start - 1 in cue_tokens and _heads_figure(view, q, quantities):
                    continue  # "فيما قتل ثلاثة جنود وأصيب سبعة آخرون": right after a killing word, it is that word's
                between = range(q.end, cue.start)
                dist, limit = 0.0, 2
            elif q.start >= cue.end:
                between = range(cue.end, q.start)
                dist, limit = 0.5, 3
                if breaks and not breaks.isdisjoint(between):
                    continue  # "were killed when a mine exploded": the figure opens another clause
                if named_by.get(q.end, cue.kind) != cue.kind:
                    continue  # "قتيل وعشرين جريحاً", "killed and 23 wounded": the figure counts its own noun
                if _own_cue_after(view, q, cue_tokens, covered):
                    continue  # "killed, and three PMF members were wounded": the figure is the wounded's
            else:
                continue
            if not cue_tokens.isdisjoint(between):
                continue  # another casualty word stands between: the figure is its own
            if between:  # (most figures stand right by their cue)
                # a date told between a casualty word and the figure after it does not part them: "قتل مسلحون في 28
                # آذار ثلاثة مدنيين" (a figure before the word is another matter: "في قطاع 44 مساء أمس، فأردياه قتيلاً")
                dist += sum(1 for t in between if view.toks[t] not in filler and t not in covered
                            and not (q.start >= cue.end and t in in_date)
                            and not (q.end <= cue.start and t in placed and not noun_cue))
            # (before the word, a tie goes to the nearer figure: "Five civilians and a policeman were killed",
            # whose "a" the victim noun covers, counts the policeman first and `_dead_before_and` the civilians)
            if dist <= limit and (dist < best_dist or dist == best_dist and best is not None
                                  and q.end <= cue.start and best.end <= q.start and toks_en):
                best, best_dist = q, dist
        if best is None:
            best = _passive_subject(view, cue, quantities, used, covered, cue_tokens)
        if best is None and cue.kind == "fatality" and toks_en and opens_on_rank(view.toks, view.words):
            best = _ranked_serviceman(view, cue, ages, cue_tokens)
        if best is None and cue.kind == "fatality" and view.has("dual_death"):
            # "أن مقاتلَين من الحشد قُتلا": a dual death verb with no figure of its own counts its two dead (the
            # noun before it, "مقاتلين", is dual or plural alike once its vowels are gone)
            best = next((_own_count(d) for d in view.kind("dual_death") if d.start == cue.start), None)
        if best is not None:
            used.add(id(best))
            found[cue.kind] = (best, cue)
    for kind, toll in _updated_tolls(view, quantities, lo, hi):
        found[kind] = toll  # the figure a toll rose to is the latest, whatever nearer cue it stands by
    if "fatality" in found:
        _add_other_dead(view, found, quantities, used, covered, cue_tokens, lo, hi)
    if "fatality" not in found:
        zero = next((m for m in view.kind("no_fatalities") if lo <= m.start < hi), None)
        if zero is not None:  # "من دون خسائر بالأرواح"
            found["fatality"] = (QuantitySpan(zero.start, zero.end, bound(0, None), 0), zero)
    none = next((m for m in view.kind("no_casualties")), None)
    if none is not None:  # "causing no casualties": zero killed and zero injured, unless a figure says otherwise
        zero = QuantitySpan(none.start, none.end, bound(0, None), 0)
        found.setdefault("fatality", (zero, none))
        found.setdefault("injury", (zero, none))
    return found.get("fatality"), found.get("injury")


def _speaking_person(view: SentenceMentions, m: Match) -> bool:
    """Whether the Arabic person noun ``m`` names who speaks, the subject of a reporting verb before the casualty
    words ("وقال ضابط في الشرطة: «استشهد 16 شخصاً»"): the officer reports the toll, he is not one of it."""
    if not view.has("report_verb") or view.toks[m.start].isascii():
        return False
    if not any(r.end <= m.start for r in view.kind("report_verb")):
        return False
    at = min((w for w in _event_words(view) if w >= m.end), default=None)  # (the first event word after it)
    return at is not None and inside(speaker_spans(view, at), m.start, m.end)


def _places_between(view: SentenceMentions) -> set[int]:
    """The tokens of the sentence's places, with a bare "في" right before each (`_attach_casualties`)."""
    out = set()
    for m in view.kind("place"):
        out.update(range(m.start, m.end))
        if m.start > 0 and view.toks[m.start - 1] == "في":
            out.add(m.start - 1)
    return out


def _add_other_dead(view: SentenceMentions, found: dict[str, tuple[QuantitySpan, Match]],
                    quantities: list[QuantitySpan], used: set[int], covered: set[int], cue_tokens: set[int],
                    lo: int, hi: int) -> None:
    """Add to ``found``'s toll the dead of the other groups told with it (each finder below gives one figure, or
    None), taking their figures. ``quantities`` are the clause's figures, all inside lo..hi already."""
    def add(extra: QuantitySpan | None) -> None:
        """The toll with ``extra``'s dead added, its figure taken."""
        if extra is not None:
            used.add(id(extra))
            found["fatality"] = _summed(found["fatality"], extra)

    def free() -> list[QuantitySpan]:
        """The clause's figures no toll has taken yet."""
        return [q for q in quantities if id(q) not in used]

    def add_listed(finder: Callable[[], QuantitySpan | None]) -> None:
        """Add the groups of a list ``finder`` gives one at a time, up to `_LISTED_GROUPS` of them."""
        for _ in range(_LISTED_GROUPS):
            extra = finder()
            if extra is None:
                return
            add(extra)

    cue = found["fatality"][1]
    # (a word that carries its own count, "قتيلان", is joined by no figure; with every figure taken, none is left)
    if not cue.payload.value and free():
        # a list of groups, each joined to the one before: "قتل شرطيان وجندي وثلاثة مدنيين" (2, 1 and 3)
        add_listed(lambda: _more_dead(view, found["fatality"][0], free(), cue_tokens, covered))
        if view.toks[cue.start].isascii():  # (English joins only; the helpers below leave the language to this test)
            add_listed(lambda: _listed_dead(view, found["fatality"][0], cue, free(), covered, cue_tokens))
            add(_dead_after_and(view, found["fatality"][0], cue, free(), covered, cue_tokens))
            add(_dead_before_and(view, found["fatality"][0], cue, free(), covered))
            add_listed(lambda: _listed_before(view, found["fatality"][0], cue, free(), covered, cue_tokens))
            add(_second_passive_dead(view, found["fatality"], free(), covered, cue_tokens, hi))
    if view.has("toll_addition"):
        add(_also_dead(view, found["fatality"], quantities, used, lo, hi))
    if len(view.kind("fatality")) > 1:
        add(_joined_dead(view, found["fatality"], quantities, used, hi))
    if view.has("toll_plus") and view.has("hostile_noun"):
        add(_attackers_too(view, found["fatality"], quantities, used, hi))
    if view.has("self_and"):
        add(_self_too(view, found["fatality"]))
    if view.has("hostile_noun") and len(view.kind("fatality")) > 1:
        add(_attackers_dead_later(view, found["fatality"], quantities, used, hi))


def _undated(view: SentenceMentions, years: list[int], cue_tokens) -> set[int]:
    """The figures of the sentence that tell a date, no toll: the tokens of its dates, its bare years (`_bare_year`:
    "خلال موسم حصاد 2019، وبقتل مزارعين", which the date parser does not read as a date) and the years right after
    a date (`_year_after_date`), found once."""
    return view.memoized("undated", lambda v: date_tokens(v).union(
        i for i in years if _bare_year(v, i, cue_tokens) or _year_after_date(v, i)))


def _year_after_date(view: SentenceMentions, i: int) -> bool:
    """Whether figure token ``i`` is a year right after a date the parser read without it ("في 16 تموز الماضي 2015
    بقتل خاله": the year after "الماضي"): four digits from 1950 to 2035 next to the date's last token."""
    return i - 1 in date_tokens(view) and _recent_year(view.toks[i])


def _recent_year(tok: str) -> bool:
    """Whether token ``tok`` is a figure from 1950 to 2035, a year of the reports' times (`_bare_year`,
    `_year_after_date`; narrower than the date parser's 1900 to 2100)."""
    return tok.isdigit() and 1950 <= int(tok) <= 2035


def _bare_year(view: SentenceMentions, i: int, cue_tokens) -> bool:
    """Whether figure token ``i`` is a year told bare: four digits from 1950 to 2035 with a punctuation mark or the
    sentence's end after it and no casualty word before it ("خلال موسم حصاد 2019،")."""
    toks = view.toks
    return _recent_year(toks[i]) and (i + 1 >= len(toks) or not toks[i + 1].isalnum()) \
        and i > 0 and toks[i - 1].isalpha() and i - 1 not in cue_tokens


def _nouns_after_figures(view: SentenceMentions) -> dict[int, str]:
    """The kind ("fatality", "injury") of each casualty noun that stands right after a figure with no "و" of its
    own, by its token: "عشرين جريحاً", "23 wounded". Such a figure counts that noun, not a casualty word before
    it. Worked out once per sentence."""
    return view.memoized("nouns_after_figures", _nouns_after_figures_made)


def _nouns_after_figures_made(view: SentenceMentions) -> dict[int, str]:
    """`_nouns_after_figures`'s work, done once per sentence."""
    ends = {q.end for q in view.quantities()}
    return {c.start: c.kind for c in _toll_cues(view) if c.start in ends and not c.clitic}


# the longest bracketed abbreviation after a name: "Islamic State (IS) militants", "(PKK)"
_BRACKET_REACH = 4


def _bracketed_names(toks: list[str], covered: set[int]) -> set[int]:
    """The tokens of a short bracketed abbreviation right after a victim or actor name ("four Islamic State (IS)
    militants were killed"): they stand between a figure and its casualty word as the name itself does."""
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok != "(" or i - 1 not in covered:
            continue
        close = next((j for j in range(i + 1, min(i + _BRACKET_REACH, len(toks))) if toks[j] == ")"), None)
        if close is not None:
            out.update(range(i, close + 1))
    return out


# how many words a day set off by commas may have beside its date ("عصر أمس الأحد": the time of day)
_DAY_ASIDE_REACH = 2


def _dates_between_commas(view: SentenceMentions) -> set[int]:
    """The tokens of a day set off by commas, the commas too: "أعدم مسلحو داعش، عصر أمس الأحد، خمسة مدنيين". They
    stand between a killing word and its figure as a victim's name does (an aside, no clause of its own)."""
    toks = view.toks
    out: set[int] = set()
    for d in view.dates():
        left = next((t for t in range(d.start - 1, max(d.start - 2 - _DAY_ASIDE_REACH, -1), -1)
                     if toks[t] == ","), None)
        right = next((t for t in range(d.end, min(d.end + 1 + _DAY_ASIDE_REACH, len(toks)))
                      if toks[t] == ","), None)
        if left is not None and right is not None:
            out.update(range(left, right + 1))
    return out


# how many words an aside opened by "among them" may hold before its closing comma
_SUBSET_ASIDE_REACH = 7


def _subset_asides(view: SentenceMentions) -> set[int]:
    """The tokens of a part of the dead set off by commas, the commas too: "ثمانية أشخاص، بينهم ثلاثة من عناصر
    الشرطة، قتلوا". They stand between the figure and its casualty word as a victim's name does (the aside's own
    figure counts a part, no toll)."""
    toks = view.toks
    out: set[int] = set()
    for m in view.kind("subset"):
        if m.start == 0 or toks[m.start - 1] != ",":
            continue
        close = next((t for t in range(m.end, min(m.end + _SUBSET_ASIDE_REACH + 1, len(toks)))
                      if toks[t] == ","), None)
        if close is not None:
            out.update(range(m.start - 1, close + 1))
    return out


def _ages(view: SentenceMentions) -> set[int]:
    """Where the figures that are ages start: right after an `age_lead` ("two boys aged 11 and 13 were
    killed"), and the figures joined to them."""
    starts = {q.start: q.end for q in view.quantities()}
    out: set[int] = set()
    joins = view.bare("age_join")
    for m in view.kind("age_lead"):
        t = m.end
        while t < len(view.toks):
            if t in starts:
                out.add(t)
                t = starts[t]
            elif (view.toks[t] == "," or t in joins) and (t + 1 in starts or view.toks[t] == "between"):
                t += 1
            else:
                break
    return out


# modifiers an English victim noun may carry between its figure and "and" ("a senior army officer and ...")
_MODIFIER_REACH = 2
# how many words describing a group may stand between "of" and its name ("of the Iran-backed group")
_GROUP_WORDS = 5


# how many groups of dead a list may join after the first ("killing two policemen, a soldier and three civilians")
_LISTED_GROUPS = 4


def _counts_victims(q: QuantitySpan, covered: set[int]) -> bool:
    """Whether figure ``q`` is told with victims (``covered``): a victim noun right after it or as its own last word."""
    return q.end in covered or q.end - 1 in covered


def _group_words(view: SentenceMentions, between: range, covered: set[int], cue_tokens: set[int]) -> bool:
    """Whether tokens ``between`` may be the words of one listed group of dead (`_listed_dead`, `_listed_before`):
    no comma, "and" or casualty word, and at most `_MODIFIER_REACH` words that are neither victims nor fillers."""
    toks, filler = view.toks, view.forms("toll_filler")
    return sum(1 for t in between if t not in covered and toks[t] not in filler) <= _MODIFIER_REACH and not any(
        toks[t] in (",", "and") or t in cue_tokens for t in between)


def _listed_dead(view: SentenceMentions, first: QuantitySpan, cue: Match, free: list[QuantitySpan],
                 covered: set[int], cue_tokens: set[int]) -> QuantitySpan | None:
    """A group of dead listed after a comma after the figure an English killing word governs, in a list that
    "and" closes with another group: "killing two policemen, a soldier and three civilians" (2, 1, then 3 by
    `_dead_after_and`). Not "killing two policemen, a police source said": no group closes the list."""
    toks = view.toks
    if first.start < cue.end:
        return None
    q = min((q for q in free if q.start > first.end and (toks[q.start - 1] == "," or toks[q.start - 1] == "and"
                                                          and toks[q.start - 2] == ",")), key=lambda q: q.start,
            default=None)
    if q is None:
        return None
    closing = toks[q.start - 1] == "and"
    # ", and three civilians": the list's last group, unless a casualty word makes it the wounded
    if closing and (any(t in cue_tokens for t in range(q.end, min(q.end + 3, len(toks))))
                    or not _counts_victims(q, covered)):
        return None
    if not _group_words(view, range(first.end, q.start - 2 if closing else q.start - 1), covered, cue_tokens):
        return None
    if closing:
        return q
    filler, articles = view.forms("toll_filler"), view.bare("article")
    # the list goes on: the group's own words, then "and" (or ", and") and the next group's figure
    starts = {p.start for p in free if p is not q}
    for t in range(q.end, min(q.end + _MODIFIER_REACH + 2, len(toks))):
        if t in cue_tokens:
            return None
        if toks[t] == "and":
            return q if t + 1 in starts else None
        if toks[t] == ",":
            if t + 1 < len(toks) and toks[t + 1] == "and":
                continue
            return q if t + 1 in starts else None
        if t not in covered and toks[t] not in filler and t not in articles:
            return None
    return None


def _listed_before(view: SentenceMentions, first: QuantitySpan, cue: Match, free: list[QuantitySpan],
                   covered: set[int], cue_tokens: set[int]) -> QuantitySpan | None:
    """A group of dead listed before the subject of an English passive, set off by a comma: "three soldiers, two
    YBS members and one civilian were killed" (3, after 2 and 1). The group is its figure and the victims named
    right after it, the comma right before the groups already counted."""
    toks = view.toks
    if first.end > cue.start or first.start < 2 or toks[first.start - 1] != ",":
        return None
    q = max((q for q in free if q.end < first.start), key=lambda q: q.start, default=None)
    if q is None or not _counts_victims(q, covered):
        return None
    between = range(q.end, first.start - 1)
    if not _group_words(view, between, covered, cue_tokens):
        return None
    return q


def _dead_after_and(view: SentenceMentions, first: QuantitySpan, cue: Match, free: list[QuantitySpan],
                    covered: set[int], cue_tokens: set[int]) -> QuantitySpan | None:
    """A second group of dead joined by "and" to the figure an English killing word governs: "killing two
    soldiers and a civilian" (2 and 1), "killing a senior commander and five of his men" (1 and 5). Not
    "killing three and wounding two": the figure must follow "and" directly (or "and" and a `possessive`: "a woman
    and her two children"), with no casualty word after."""
    toks = view.toks
    if first.start < cue.end:
        return None
    # (the first figure after "and": an article inside the first victim's description, "of a Yazidi group", is
    # no second group)
    # (or after "and" and a possessive, the first victim's kin: "killing a woman and her two children")
    possessive = view.bare("possessive")
    q = min((q for q in free if q.start > first.end and (toks[q.start - 1] == "and" or q.start - 1 in possessive
                                                          and toks[q.start - 2] == "and")),
            key=lambda q: q.start, default=None)
    if q is None:
        return None
    joint = q.start - 1 if toks[q.start - 1] == "and" else q.start - 2
    if joint <= first.end:
        return None
    between = range(first.end, joint)
    # "of" and the auxiliaries are free: "killed a commander of the Nujaba group and a companion"
    filler = view.forms("toll_filler")
    # a named group after "of" is the first victim's: the words describing the group up to "and" are free too
    # ("a senior commander of the Iran-backed group Kataib Hezbollah and two other people", "a commander of a
    # Yazidi armed group and his driver")
    of = next((t for t in between if toks[t] == "of"), None)
    if of is not None and any(of < m.start and m.end < q.start for m in view.kind("actor")):
        group = range(of + 1, joint)
        if sum(1 for t in group if t not in covered) <= _GROUP_WORDS \
                and not any(toks[t] in (",", "and") or t in cue_tokens for t in group):
            between = range(first.end, of + 1)
    if sum(1 for t in between if t not in covered and toks[t] not in filler) > _MODIFIER_REACH or any(
            toks[t] in (",", "and") or t in cue_tokens for t in between):
        return None
    for t in range(q.end, min(q.end + 3, len(toks))):
        if toks[t] in (",", "and"):
            break  # "and a soldier and wounding ten": the wounded are the next clause's, this group died
        if t in cue_tokens:
            return None  # "and two were wounded": the wounded
    return q


def _second_passive_dead(view: SentenceMentions, toll: tuple[QuantitySpan, Match], free: list[QuantitySpan],
                         covered: set[int], cue_tokens: set[int], hi: int) -> QuantitySpan | None:
    """The dead of the other side told in a second English passive joined by "and": "one soldier was killed and
    four militants died" (1 and 4). The figure follows "and" right after the first casualty word and is the
    subject of a killing word (not "and four others were wounded"), past only victim nouns and auxiliaries."""
    first, cue = toll
    toks = view.toks
    if first.end > cue.start or cue.end >= len(toks) or toks[cue.end] != "and":
        return None
    q = next((q for q in free if q.start == cue.end + 1), None)
    if q is None:
        return None
    second = next((c for c in view.kind("fatality") if q.end <= c.start < hi and c.start - q.end <= 4), None)
    if second is None or second.payload.value or any(t in cue_tokens for t in range(q.end, second.start)):
        return None
    filler = view.forms("toll_filler")
    if any(t not in covered and toks[t] not in filler for t in range(q.end, second.start)):
        return None
    return q


def _dead_before_and(view: SentenceMentions, first: QuantitySpan, cue: Match, free: list[QuantitySpan],
                     covered: set[int]) -> QuantitySpan | None:
    """The first group of an English passive's subject joined by "and" to the figure ``first``: "An Iraqi
    border guard and two Islamic State militants were killed" (1 and 2). Only victim or actor nouns stand
    between the first figure and "and"."""
    toks = view.toks
    if cue.start - 1 not in view.bare("passive_aux") \
            or first.end > cue.start or first.start < 2 or toks[first.start - 1] != "and":
        return None
    q = max((q for q in free if q.end < first.start - 1), key=lambda q: q.start, default=None)
    if q is None or q.end == first.start - 1:
        return None
    return q if all(t in covered for t in range(q.end, first.start - 1)) else None


def _own_cue_after(view: SentenceMentions, q: QuantitySpan, cue_tokens: set[int], covered: set[int]) -> bool:
    """Whether an English figure is the subject of a casualty word right after it ("three PMF members were
    wounded"), past only victim nouns and auxiliaries."""
    toks = view.toks
    if not toks[q.start].isascii():
        return False
    filler = view.forms("toll_filler")
    # (an aside set off by commas that opens on a `subset` word is passed over: "five other people, including a US
    # service member, were injured")
    asides = {s.start - 1: s for s in view.kind("subset")} if view.has("subset") else {}
    t, reach, unit = q.end, q.end + 5, False
    while t < min(reach, len(toks)):
        if t in cue_tokens:
            # (or with its auxiliary left out after "and": "two were killed and three others wounded")
            # (an adverb of degree may stand between: "another was badly wounded", "two were seriously injured")
            aux = t - 2 if _ly_adverb(toks, t - 1) else t - 1
            return aux in view.bare("passive_aux") or q.start > 0 and toks[q.start - 1] == "and"
        if toks[t] == "," and t in asides:
            close = next((i for i in range(asides[t].end, len(toks)) if toks[i] == ","), None)
            if close is None:
                return False
            t, reach = close + 1, close + 1 + (reach - t)
            continue
        if toks[t] in ("and", ","):
            return False
        if toks[t] == "of" and t > q.end and t - 1 in covered and not unit:
            # "two members of the Kurdistan Region's security forces were wounded": the victims' unit after "of"
            # may be a long name; the passive casualty word still follows it, before any comma or "and"
            reach, unit = t + _OF_UNIT_REACH, True
        elif t not in covered and toks[t] not in filler and not unit \
                and not (_ly_adverb(toks, t) and t + 1 in cue_tokens):
            return False
        t += 1
    return False


def _ly_adverb(toks, t: int) -> bool:
    """Whether English token ``t`` is an adverb in -ly ("badly", "seriously", "critically", "lightly")."""
    return t >= 0 and len(toks[t]) > 4 and toks[t].endswith("ly") and toks[t].isalpha()


# how far past "of" an English victim noun's unit may run before its passive casualty word
_OF_UNIT_REACH = 12


# how far before an English passive casualty word its counted subject may stand ("Three residents of the
# Makhmour refugee camp, among them a woman, were killed"; "A Yazidi farmer who had returned to his village north of
# Sinjar only weeks ago was killed")
_SUBJECT_REACH = 16


def _passive_subject(view: SentenceMentions, cue: Match, quantities: list[QuantitySpan], used: set[int],
                     covered: set[int], cue_tokens: set[int]) -> QuantitySpan | None:
    """The figure of an English passive's subject told further back than a figure's usual reach: a figure
    right before a victim noun ("Three residents", "Two soldiers"), then the noun's modifiers ("of the
    camp", "from the 20th division"), then "were killed", with no other figure, casualty or event word
    between. The passive may be a killing phrase whose casualty word is its last ("were shot dead"); a figure set
    off after the subject ("Four people, two from each side, were killed") and one told inside a relative clause
    are passed over for the figure of a victim noun (or a singular victim noun, "A farmer who had returned to his
    village north of Sinjar only weeks ago was killed")."""
    aux, passive = cue.start - 1, view.bare("passive_aux")
    if aux not in passive:
        aux = min((m.start for m in view.kind("killing") if m.start < cue.start < m.end), default=cue.start) - 1
        if aux < 0 or aux not in passive:
            return None
    q = max((q for q in quantities if q.end < aux and cue.start - q.end <= _SUBJECT_REACH
             and _counts_victims(q, covered)), key=lambda q: q.start, default=None)
    if q is None or id(q) in used:
        return None
    between = range(q.end, aux)
    if not cue_tokens.isdisjoint(between) or any(
            m.start in between for k in ("trigger", "report_verb") for m in view.kind(k)):
        return None
    return q


# how far after the update words ("the death toll from ... rose to") the new figure may stand
_UPDATE_REACH = 28
# how far before the update words the casualty word may stand: "The death toll from an Islamic State attack on
# a post in the desert east of Samarra rose to 11"
_CUE_REACH = 24


def _updated_tolls(view: SentenceMentions, quantities: list[QuantitySpan], lo: int, hi: int):
    """(kind, (figure, cue)) of each toll update in lo..hi: "the death toll from the attack rose to 11",
    "ارتفعت حصيلة قتلى الهجوم إلى ثلاثة عشر". The figure right after "to"/"إلى" is the new count of the
    casualty word nearest before it: the dead of "death toll", "قتلى", the wounded of "جرحى"."""
    if not view.has("toll_update"):
        return []  # (most sentences: no update words to look past)
    cues = _toll_cues(view)
    to, toll_to = view.bare("to_word"), view.bare("toll_to")
    out = []
    for u in view.kind("toll_update"):
        if not lo <= u.start < hi:
            continue
        q = next((q for q in quantities if u.start < q.start <= u.end + _UPDATE_REACH
                  and (q.start - 1 in to or q.start - 1 in toll_to)), None)
        if q is None:
            continue
        # the casualty noun right after the new figure says what it counts ("لترتفع حصيلة الانفجار إلى أربعة
        # قتلى" after "بوفاة اثنين من المصابين متأثرين بجراحهما"), else the nearest before it
        cue = next((c for c in cues if c.start == q.end and not c.clitic and not c.payload.value), None) or \
            max((c for c in cues if c.end <= q.start and c.start >= u.start - _CUE_REACH),
                key=lambda c: c.start, default=None)
        if cue is None or cue.payload.value:
            continue
        out.append((cue.kind, (q, cue)))
    return out


def _summed(toll: tuple[QuantitySpan, Match], extra: QuantitySpan) -> tuple[QuantitySpan, Match]:
    """``toll`` with the ``extra`` dead added (the span reaches over both), for the same cue word."""
    first, cue = toll
    return QuantitySpan(min(first.start, extra.start), max(first.end, extra.end), plus(first.quantity, extra.quantity),
                        first.value + extra.value), cue


def _lone_others(view: SentenceMentions, cues: list[Match], taken: set[int], lo: int, hi: int
                 ) -> list[QuantitySpan]:
    """The counts of bare `lone_other` words ("آخر" 1, "آخران" 2) standing right after a casualty word of the
    clause, with no noun of their own: "قتل شرطي وأصيب آخر" (one injured), "مقتل جندي وجرح آخران" (two)."""
    ends = {c.end for c in cues}
    return [_own_count(m) for m in view.kind("lone_other")
            if lo <= m.start < hi and m.start not in taken
            and (m.start in ends or view.toks[m.start].isascii() and _english_other(view, m.end))]


def _english_other(view: SentenceMentions, end: int) -> bool:
    """Whether an English "another" ending at token ``end`` counts one person, standing where a figure could (before
    its casualty word or after an active one): not before a figure of its own ("another three") nor before an event
    noun ("another attack", "another bomb"), which count something else."""
    if any(q.start == end for q in view.quantities()):
        return False
    return not any(t.start == end for k in ("trigger", "attack_noun") for t in view.kind(k))


def _ranked_serviceman(view: SentenceMentions, cue: Match, ages: Collection[int],
                       cue_tokens: set[int]) -> QuantitySpan | None:
    """English: a serviceman named with his rank and age, who opens the sentence before its casualty word ("Sgt.
    Jane Roe, 24, of Dayton, Ohio, died May 8 ... of wounds sustained when ..."), is one dead: the defence
    department's release style, whose only figure is the age."""
    if not any(0 < a < cue.start for a in ages) or not cue_tokens.isdisjoint(range(1, cue.start)):
        return None
    return QuantitySpan(0, 1, bound(1, None), 1)


def _own_count(m: Match) -> QuantitySpan:
    """The count a word carries in its value ("قتيلان" 2, "شخصين" 2, "الانتحاري" 1) as a figure over the word."""
    return QuantitySpan(m.start, m.end, bound(int(m.payload.value), None), int(m.payload.value))


def _also_dead(view: SentenceMentions, toll: tuple[QuantitySpan, Match], quantities: list[QuantitySpan],
               used: set[int], lo: int, hi: int) -> QuantitySpan | None:
    """The dead of another side told with "also" beside ``toll``: "مقتل أحد منتسبيها ... وأسفر الاشتباك أيضاً
    عن مقتل اثنين من أفراد العصابة" (1 and 2), "two gang members were also killed"."""
    first, cue = toll
    for also in view.kind("toll_addition"):
        other = next((c for c in view.kind("fatality") if c is not cue and lo <= c.start < hi
                      and (also.end <= c.start <= also.end + 2 or c.end <= also.start <= c.end + 1)), None)
        if other is None or other.start < first.end:
            continue
        if other.payload.value:  # "قتيلان أيضاً"
            extra = _own_count(other)
        else:  # the figure right after the killing word, or right before "were also killed"
            extra = next((q for q in quantities if id(q) not in used and q.start > first.end
                          and (other.end <= q.start <= other.end + 1 or q.end <= also.start - 1 <= q.end + 2)), None)
        if extra is not None:
            return extra
    return None


def _attackers_too(view: SentenceMentions, toll: tuple[QuantitySpan, Match], quantities: list[QuantitySpan],
                   used: set[int], hi: int) -> QuantitySpan | None:
    """The attackers counted right after ``toll`` with "besides": "مقتل أربعة منهم فضلاً عن منفذ الهجوم"
    (4 and the bomber), "إضافة إلى ثلاثة من المهاجمين" (and three attackers). ACLED counts everyone killed."""
    first, cue = toll
    end = max(first.end, cue.end)
    for plus_word in view.kind("toll_plus"):
        if not end <= plus_word.start < hi:
            continue
        at = plus_word.end
        # "ما أسفر عن مقتل أربعة ... وإصابة ستة آخرين، فضلاً عن مقتل الانتحاري": the attacker's own killing word
        # after "besides" adds him across the wounded told between
        killed = next((f.end for f in view.kind("fatality") if f.start == at and not f.payload.value), None)
        if killed is not None:
            at = killed
        noun = next((h for h in view.kind("hostile_noun") if h.start == at and h.payload.value), None)
        if noun is not None and (plus_word.start <= end + 3 or killed is not None
                                 or _no_casualty_between(view, end, plus_word.start)):
            # "مقتل أربعة من الشرطة كانوا يتولون التفتيش عند المدخل، إضافة إلى الانتحاري نفسه": a clause that
            # describes the dead may stand between when the one added is a lone attacker carrying his own count
            # (no other killing or casualty word between, whose group the addition would join)
            return _own_count(noun)
        if plus_word.start > end + 3:
            continue
        extra = next((q for q in quantities if id(q) not in used and q.start == at
                      and _group_side(view, q.end, None) == "agent"), None)
        if extra is not None:
            return extra
    return None


def _self_too(view: SentenceMentions, toll: tuple[QuantitySpan, Match]) -> QuantitySpan | None:
    """The attacker told dead between the killing word and the toll's figure (`self_and`): "killing herself and
    four guards" counts her too (ACLED counts everyone killed)."""
    first, cue = toll
    return next((_own_count(m) for m in view.kind("self_and") if m.start == cue.end and m.end == first.start), None)


def _heads_figure(view: SentenceMentions, q: QuantitySpan, quantities: list[QuantitySpan]) -> bool:
    """Whether a killing word stands right before figure ``q`` with no figure of its own right before it ("قتل
    ثلاثة", not "عشرين قتيلاً وأربعين", whose second figure opens the next group)."""
    return any(m.end == q.start and not m.payload.value and not any(o.end == m.start for o in quantities)
               for m in view.kind("fatality"))


def _no_casualty_between(view: SentenceMentions, start: int, end: int) -> bool:
    """Whether no killing or casualty word stands between tokens ``start`` and ``end``."""
    return not any(start <= m.start < end for m in casualty_cues(view))


def _attackers_dead_later(view: SentenceMentions, toll: tuple[QuantitySpan, Match], quantities: list[QuantitySpan],
                          used: set[int], hi: int) -> QuantitySpan | None:
    """The attackers' dead told by a later killing word of the toll's own sentence, with its figure right after it
    and the attacking side named right after that: "ما أسفر عن استشهاد جنديين، فيما تمكن الجنود من قتل ثلاثة من
    المهاجمين" (2 and 3), a toll that rose "إلى ثلاثة شهداء، مضيفاً أن المقاتلين قتلوا اثنين من المهاجمين" (3 and
    2). Not when the toll itself counts the attackers (then the later word tells more of the same side)."""
    if _group_side(view, _past_of(view, toll[0].end), None, toll[0]) == "agent":
        return None
    # (a vague figure, "مقتل عدد من الإرهابيين", is no sure count of the attackers' dead)
    return next((extra for _, extra in _later_figures(view, toll, quantities, used, hi)
                 if _group_side(view, _past_of(view, extra.end), None) == "agent"
                 and not any(v.start == extra.start for v in view.kind("vague"))), None)


def _later_figures(view: SentenceMentions, toll: tuple[QuantitySpan, Match], quantities: list[QuantitySpan],
                   used: set[int], hi: int):
    """(killing word, figure) for each killing word after ``toll`` in the clause that carries no count of its own
    and has a figure no toll took right after it."""
    first, cue = toll
    for other in view.kind("fatality"):
        if other.start < max(first.end, cue.end) or other.start >= hi or other.payload.value:
            continue
        extra = next((q for q in quantities if id(q) not in used and other.end <= q.start <= other.end + 1), None)
        if extra is not None:
            yield other, extra


def _joined_dead(view: SentenceMentions, toll: tuple[QuantitySpan, Match], quantities: list[QuantitySpan],
                 used: set[int], hi: int) -> QuantitySpan | None:
    """The dead of a second killing noun joined to it by "و", with its own figure right after:
    "أسفر الاشتباك عن استشهاد مقاتل ومقتل اثنين من المهاجمين" (1 and 2; not "وقتيلان", counted by itself)."""
    return next((extra for other, extra in _later_figures(view, toll, quantities, used, hi)
                 if other.clitic.startswith("و")), None)


def _more_dead(view: SentenceMentions, first: QuantitySpan, free: list[QuantitySpan], cue_tokens: set[int],
               covered: set[int]) -> QuantitySpan | None:
    """A second group of dead joined by "and" to the figure ``first`` of a killing word:
    "مقتل سبعة عشر مسلحا وشرطيين اثنين" (17 and 2), "قتل قيادي واثنان من مرافقيه" (1 and 2).
    Not a figure that a casualty word stands before or right after ("مقتل ثلاثة وإصابة خمسة",
    "قتل ثلاثة وخمسة جرحى"): that one is the wounded."""
    toks = view.toks
    for q in free:
        # the reach counts the words that name no one: "قتل قيادي في وحدات مقاومة سنجار (اليبشة) ومرافقه" (the
        # first victim's unit and its bracketed short name stand between)
        if q.start < first.end or sum(1 for t in range(first.end, q.start) if t not in covered) > 4:
            continue
        if toks[first.start].isdigit() and q.start in covered:
            if q.start == first.end and not toks[q.start].startswith("و"):
                continue  # the first figure's own noun of people ("28 جنديا"), which counts one on its own
            if q.start == first.end + 1 and first.end in covered:
                return None  # a noun joined to its noun shares its figure: "13 جنديا وشرطيا" are thirteen in all
        # "و" opens the second group, on the figure itself or on its noun just before it ("وشرطيين اثنين")
        # "واحد" is "one" itself, unless a definite noun or a noun of people follows: "وأحد المهاجمين", "وأحد
        # عناصر الصحوة" (and one of the attackers, of the Sahwa's men; folded, وأحد is spelled واحد)
        # a "و" word before the figure must name the victims: "وتدمير ثلاث مضافات", "واعتقال ثلاثة" count
        # what else the clash did, not more dead
        # (a figure in digits stands apart from its "و": "مقتل 28 جنديا و18 مسلحا" and "قتل ضابط و3 جنود" tokenize
        # "و" on its own)
        join = next((t for t in (q.start - 1, q.start) if t >= first.end and toks[t].startswith("و")
                     and (t == q.start or t in covered or toks[t] == "و")
                     and (t not in view.bare("one_word")
                          or t == q.start and t + 1 < len(toks)
                          and (toks[t + 1].startswith("ال") or t + 1 in covered))), None)
        if join is None:
            return None
        between = range(first.end, join)
        filler = view.forms("toll_filler")
        # the first victim's unit told with "في" ("قتل قيادي بارز في ميليشيا كتائب حزب الله واثنان من مرافقيه"):
        # the preposition right before the unit's name stands between as the name does
        units = {m.start for m in view.kind("membership")}
        if sum(1 for t in between if t not in covered and toks[t] not in filler
               and not (t in units and t + 1 in covered)) > 1:
            return None
        # a casualty word right after the figure makes it the wounded, unless a comma closes the
        # group first: "مقتل أربعة من عناصره وجنديين، وإصابة ثلاثة" is 4 and 2 dead, or the figure's own noun
        # of people stands between: "قتل حلاق وأحد زبائنه وأصيب صبي" (1 and 1 dead; the wounded's clause follows)
        after = range(q.end, min(q.end + 2, len(toks)))
        after = after[:next((i for i, t in enumerate(after) if toks[t] == "," or t in covered), len(after))]
        # (a verbal noun of casualty joined by "و" takes the figure after it: "مقتل امرأة وطفلها وإصابة ستة
        # مدنيين" is 1 and 1 dead)
        opening = {n.start for n in view.kind("casualty_noun") if n.clitic == "و"} if after else ()
        if any(t in cue_tokens for t in range(first.end, q.end)) or any(
                t in cue_tokens and t not in opening for t in after):
            return None
        return q
    return None


def plus(a: Quantity, b: Quantity) -> Quantity:
    """The sum of two counts; a bound unknown on either side is unknown."""
    def add(x, y):
        return None if x is None or y is None else x + y
    return Quantity(add(a.low, b.low), add(a.best, b.best), add(a.high, b.high))


def dead_side(view: SentenceMentions, toll: QuantitySpan, agent: Match | None) -> str:
    """"agent" when the dead counted are named right after the figure as the attacking or wanted side
    ("مقتل أحد المتهمين", "ثلاثة من الإرهابيين") or as the event's agent ("اثنين من عناصر داعش" who
    attacked), else "target". A toll "including" the attackers ("خمسة بينهم الانتحاري") counts "both"
    sides already. A toll counted "one of them" (`one_of_them`: "وقتلت أحدهم") names its group only before it:
    its side is left unknown, so a toll of another sentence is not added to it as the other side's (the lead's
    "killed one of them" and the body's "مقتل أحد الإرهابيين" are one man), unless a plural `hostile_noun` stands
    right before ("تصدوا للمهاجمين وقتلوا أحدهم": one of the attackers)."""
    if view.has("one_of_them") and any(m.start == toll.start for m in view.kind("one_of_them")):
        # (unless the attackers are named right before: "تصدوا للمهاجمين وقتلوا أحدهم" is one of the attackers)
        if any(toll.start - 3 <= h.end <= toll.start - 1 and not h.payload.value
               for h in view.kind("hostile_noun")):
            return "agent"
        return "unknown"
    within = next((m for m in view.kind("subset") if m.start == toll.end), None) if view.has("subset") else None
    if within is not None and (
            any(within.end <= m.start <= within.end + 1 for m in view.kind("hostile_noun"))
            or agent is not None and any(within.end <= m.start <= within.end + 1 and m.payload == agent.payload
                                         for m in view.kind("actor"))):
        return "both"
    side = _group_side(view, _past_of(view, toll.end), agent, toll)
    if side == "agent":
        # a toll summed from a first figure of the other side and the attackers told after it ("استشهاد جنديين،
        # فيما تمكن الجنود من قتل ثلاثة من المهاجمين"): the group named after the last figure is not all of it
        # (the first figure may be a victim noun carrying its count: "جنديين")
        head = next((q.end for q in view.quantities() if q.start == toll.start and q.end < toll.end - 1), None) or \
            next((m.end for m in view.kind("person") if m.start == toll.start and m.payload.value
                  and m.end < toll.end - 1), None)
        if head is not None and _group_side(view, _past_of(view, head), agent) == "target":
            return "both"
    # a toll summed from two groups ("قُتل مقاتلان من الحشد وثلاثة من مسلحي داعش"): the first group, named
    # after "من" inside the span, on the other side makes the toll count both sides already
    # as does an English first group named right after its figure ("Two Peshmerga fighters and four IS militants")
    inside = range(toll.start + 1, toll.end - 1)
    of = view.bare("of_word") if inside else ()  # (a figure of one or two words has no group inside)
    for t in inside:
        if t in of and _group_side(view, t + 1, agent) != side \
                and _named_group(view, t + 1):
            return "both"
        if view.toks[t].isascii() and view.toks[t - 1] != "and" and any(m.start == t for m in view.kind("actor")) \
                and _group_side(view, t, agent) != side:
            return "both"
    return side


def _past_of(view: SentenceMentions, i: int) -> int:
    """Where the group counted by a figure ending at token ``i`` is named: past an "of" ("من") there."""
    return i + 1 if i in view.bare("of_word") else i


def _named_group(view: SentenceMentions, at: int) -> bool:
    """Whether a group of people is named at token ``at`` (or the one after it): an actor or a hostile noun."""
    return any(at <= m.start <= at + 1 for m in view.kind("hostile_noun")) \
        or any(at <= m.start <= at + 1 for m in view.kind("actor"))


def _group_side(view: SentenceMentions, at: int, agent: Match | None, toll: QuantitySpan | None = None) -> str:
    """"agent" when the group named at token ``at`` is the attacking side (a hostile noun, or the agent's actor).
    A singular hostile noun counted by itself, at the toll's own start ("The bomber was also killed", "قتل
    الانتحاري"), is the agent's dead too."""
    if view.has("hostile_noun") and any(at <= m.start <= at + 1 or toll is not None and m.start == toll.start
                                        and m.payload.value for m in view.kind("hostile_noun")):
        return "agent"
    return "agent" if agent is not None and any(at <= m.start <= at + 1 and m.payload == agent.payload
                                                for m in view.kind("actor")) else "target"


def fired_on_people(view: SentenceMentions, trigger: Match) -> bool:
    """Whether plain people are what English event word ``trigger`` fired on: "opened fire on a group of about 30
    people", "fired on people fleeing", "shot at a crowd of men" (a people word, past only a group word, a figure or
    "about", up to `_PEOPLE_FIRED_REACH` words after the word)."""
    toks = view.toks
    numbers = tokens_of(view, ("number",))
    for m in view.kind("generic_people"):
        if not trigger.end <= m.start <= trigger.end + _PEOPLE_FIRED_REACH:
            continue
        between = range(trigger.end, m.start)
        if any(toks[i] in ("on", "at") for i in range(trigger.end - 1, m.start)) and all(
                i in numbers or toks[i] in _PEOPLE_FILLERS or toks[i].isdigit() for i in between):
            return True
    return False


# what may stand between a firing word and the plain people it fired on
_PEOPLE_FILLERS = frozenset(("on", "at", "a", "group", "groups", "of", "about", "around", "some", "nearly", "almost",
                             "more", "than", "least", "crowd", "dozens", "scores", "hundreds", "several", "unarmed"))
# how many words past a firing word the people it fired on may stand
_PEOPLE_FIRED_REACH = 8
