"""Tolls and tallies: counts over a period, running totals, tolls told apart from their event, their claims."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from ..knowledge.lexicon import VIOLENT_TYPES
from ..knowledge.matcher import Match
from ..records import Claim, DateRange, Event, Evidence, Location, Quantity, Span, counted
from ..resolve.places import PlaceMention, location_of
from ..text.dates import shifted
from ..text.numbers import QuantitySpan
from .clause_cues import (
    bare_span_before,
    dated_here,
    describes_next,
    finder,
    firm_count,
    found_dead,
    within_a_day,
    opening_since,
    stable_id,
    subject_count,
    toll_counts,
    vague_figure,
    war_sized,
    war_toll,
    year_like,
    year_range_end,
    comparisons,
)
from .mentions import SentenceMentions
from .reaches import (AIMED_FEW, IMPLAUSIBLE_TOLL, LATER_DEATH_REACH, LATER_DEATH_SENTENCES,
                      LATER_DEATH_SUBJECT, LEFT_OUT_REACH,
                      SOURCE_TOLL_REACH)
from .roles import (
    assign_roles,
    attach_casualties,
    casualty_cues,
    casualty_starts,
    date_tokens,
    plus,
    dead_side,
    tokens_of,
)
from .status import BACKGROUND, status_of
from .timing import duration_in


# the events a toll update may raise: the violent types and crowds (lethal force on a protest)
_UPDATED_TYPES = frozenset(VIOLENT_TYPES) | {"Protests", "Riots"}
# the crowd events whose dead a source's bare toll told after them may be ("opened fire on protesters; at least 15
# people have been killed, medics said"): lethal force used on a crowd (not a riot or a crowd only dispersed: the
# dead a source counts after "police fired tear gas" may be of the riot, an event kept apart)
_CROWD_MET_BY_FORCE = frozenset({"Excessive force against protesters"})


def _counts_at(view: SentenceMentions, kind: str) -> dict[int, int]:
    """The position -> the number of each one-word form of ``kind`` in the sentence (`series_rank`: "fifth" is 5;
    `span_count`: "four" is 4)."""
    return {m.start: int(m.payload.value) for m in view.kind(kind)}


def _series_spans(view: SentenceMentions, start: int, hi: int) -> Iterator[tuple[int | None, str]]:
    """Each span told in tokens ``start``..``hi`` after a series noun, "in N days" (N a `span_count`, then days,
    weeks or months, a `span_unit`) or "in the past ...": (N, or None after "the"; the word after it)."""
    toks, counts, units = view.toks, _counts_at(view, "span_count"), view.forms("span_unit")
    for j in range(start, min(hi, len(toks)) - 2):
        if toks[j] == "in" and (j + 1 in counts or toks[j + 1] == "the") and toks[j + 2] in units:
            yield counts.get(j + 1), toks[j + 2]


class TalliesMixin:
    """Methods of `ClauseExtractor` (mixed into it): tolls and tallies: counts over a period, running totals, tolls told
    apart from their event, their claims. Expects of ClauseExtractor the attributes ``self.article_id``,
    ``self.blocked``, ``self.bomber_added``, ``self.cumulative_sentence``, ``self.k``, ``self.last``,
    ``self.last_toll``, ``self.period``, ``self.published``, ``self.report``, ``self.retolled``,
    ``self.sentence_number``, ``self.separate``, ``self.source_toll``, ``self.today``, ``self.told``,
    ``self.toll_side``. Calls the methods ``_after_blocked`` (HistoryMixin), ``_date`` (DatesMixin), ``sentence_span``
    (ClauseExtractor), ``span`` (ClauseExtractor)."""

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
        if dated_here(event):
            return event  # a day of its own: maybe another event
        toll = event.evidence.fatalities
        if not any(toll.start <= self.span(view, a.start, a.end).start < toll.end for a in view.kind("toll_addition")):
            return event
        total = plus(last.fatalities, event.fatalities)
        self.toll_side[event.event_id] = "both"  # the summed toll counts both sides: the merge adds nothing more
        return dataclasses.replace(event, fatalities=total)

    @staticmethod
    def _without_toll(event: Event) -> Event:
        """``event`` without its dead and wounded (a second place's, or a list's told of no town alone)."""
        return dataclasses.replace(event, fatalities=None, injured=None, evidence=dataclasses.replace(
            event.evidence, fatalities=None, injured=None))

    def _source_toll(self, view: SentenceMentions, words: list[Match], places: list[PlaceMention]) -> bool:
        """Whether an English sentence only tells a source's toll of the violent event told just before: a
        reporting verb, plain passive casualty words ("were killed", "were wounded", an Attack word of weight 2 or
        less) as its only event words, a figure, and no day, place or actor of its own as agent ("The PMF said four
        of its members were killed and six wounded", after the strike that killed them)."""
        if not words or not self._told_by_source(view, places):
            return False
        return all(m.payload.sub_event_type == "Attack" and m.payload.weight <= 2 and m.payload.voice == "passive"
                   for m in words)

    def _bare_source_toll(self, view: SentenceMentions, places: list[PlaceMention]) -> bool:
        """Whether an English sentence with no event word at all tells a source's toll of the violent event told
        just before, in casualty words alone ("Two soldiers died and three were hurt, a security source said"):
        `_source_toll`'s conditions, with "died", "hurt", "injured" standing for its passive event words."""
        if view.has("trigger") or not (view.has("fatality") or view.has("injury")) or self.last is None \
                or self.last[0].status not in ("occurred", "claimed") or "initially" in view.toks:
            return False  # (a denied deed's toll is of no event; "Police initially said" is an account revised)
        # ("a shopkeeper who lives a few hundred metres away": "lives" alone is no toll)
        if not view.has("injury") and all(view.toks[m.start] == "lives" for m in view.kind("fatality")):
            return False
        return self._told_by_source(view, places)

    def _told_by_source(self, view: SentenceMentions, places: list[PlaceMention]) -> bool:
        """`_source_toll`'s frame: an English sentence soon after a violent event told, with a reporting verb, a
        figure, and no day, place of its own, claim, alternative, denial, negation or modal (a claimant's toll,
        "killed or wounded", a denial are no sure dead of the event)."""
        return bool(self.told) and self.last is not None \
            and self.sentence_number - self.last[1] <= SOURCE_TOLL_REACH \
            and (self.last[0].event_type in VIOLENT_TYPES or self.last[0].sub_event_type in _CROWD_MET_BY_FORCE) \
            and view.toks[0].isascii() and view.has("report_verb") and bool(view.quantities()) and not view.dates() \
            and all(p.entry.level == "country" or self._event_town(p) for p in places) \
            and not any(view.has(k) for k in ("claim", "alternative", "denial", "negation", "modal"))

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

    def _later_dead(self, view: SentenceMentions) -> tuple[int, bool, Match] | None:
        """(English) Who died after the event, told before a `later_death` cue ("died of his wounds"): (count, added,
        cue). "a second policeman ..." is the dead in all (2, not added); "another soldier", "two more", "one of the
        wounded" are dead added to those told (1, 1, 2 added)."""
        cue = next((c for c in view.kind("later_death") if view.toks[c.start].isascii()), None)
        if cue is None:
            return None
        lo = max(0, cue.start - LATER_DEATH_REACH)
        # (the subject may run long: "A second policeman wounded in Saturday night's gun attack on a checkpoint at
        # the western entrance of Baquba died of his wounds"; not "a second bomb", which counts blasts)
        deeds = {m.start for k in ("trigger", "attack_noun") for m in view.kind(k)}
        for o in view.kind("toll_ordinal"):
            if max(0, cue.start - LATER_DEATH_SUBJECT) <= o.start < cue.start and o.start > 0 \
                    and view.toks[o.start - 1] in ("a", "the") \
                    and not any(t in deeds for t in range(o.end, o.end + 3)):
                return int(o.payload.value), False, cue
        quantities = view.quantities()
        for m in view.kind("toll_more"):
            if lo <= m.start < cue.start:
                if m.payload.value:
                    return int(m.payload.value), True, cue
                q = next((q for q in quantities if q.end == m.start), None)
                if q is not None and q.quantity.best:
                    return int(q.quantity.best), True, cue
        of = view.bare("of_word")
        q = next((q for q in quantities if lo <= q.start < cue.start and q.end in of and q.quantity.best), None)
        return (int(q.quantity.best), True, cue) if q is not None else None

    def _with_later_dead(self, view: SentenceMentions, events: list[Event]) -> list[Event]:
        """A death told after the event raises its toll, never a new event: "A second soldier died of his wounds on
        Sunday" (two dead in all) sets the toll of the sentence's own event, or with no event of its own, of the
        violent event told in the last few sentences (one whose wounded or dead were counted): a copy with the
        higher toll, which the merge keeps. "One of the wounded later died" adds one to that event's dead."""
        told = self._later_dead(view)
        if told is None:
            return events
        n, added, cue = told

        def toll(total: int) -> tuple[QuantitySpan, Match]:
            """The toll of ``total`` dead, told at the cue of the later death."""
            return QuantitySpan(cue.start, cue.end, Quantity(total, total, total), total), cue

        if events:
            if added:
                return events
            return [dataclasses.replace(e, fatalities=Quantity(n, n, n), evidence=dataclasses.replace(
                e.evidence, fatalities=self._toll_span(view, toll(n))))
                if e.status == "occurred" and e.event_type in VIOLENT_TYPES
                and (e.fatalities is None or (e.fatalities.best or 0) < n) else e for e in events]
        hosts = [h for h in (self.last, self.last_toll) if h is not None
                 and self.sentence_number - h[1] <= LATER_DEATH_SENTENCES and h[0].event_type in VIOLENT_TYPES
                 and h[0].status in ("occurred", "claimed") and (counted(h[0].fatalities) or counted(h[0].injured))]
        if not hosts or self._dated_before_last(view):
            return events
        host = hosts[0][0]
        total = (host.fatalities.best or 0) + n if added and host.fatalities is not None else n
        if host.fatalities is not None and total <= (host.fatalities.best or 0):
            return events
        return self._with_toll(view, host, toll(total), None)

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

    def _updated_host(self, places: Sequence[PlaceMention]) -> tuple[Event, int]:
        """The event a toll update raises: the last one told, unless the update names a district of its own (no
        dateline, institution or reference) that a violent event told earlier took place in while the last did not
        ("The toll in Nasiriyah has risen to 25" after an entry on Najaf): that event."""
        districts = {(p.entry.admin1_code, p.entry.admin2) for p in places if p.entry.level != "country"
                     and p.entry.admin2 and not (p.dateline or p.reference or p.institution)}
        last = self.last[0].location
        if not districts or last is not None and (last.admin1_code, last.admin2) in districts:
            return self.last
        return next((told for told in reversed(self.recent) if told[0].event_type in _UPDATED_TYPES
                     and told[0].location is not None
                     and (told[0].location.admin1_code, told[0].location.admin2) in districts), self.last)

    def _nil_toll_of_last(self, view: SentenceMentions, places: Sequence[PlaceMention] = ()) -> list[Event]:
        """The nil toll of a sentence that tells no event ("ولم تسجل أي إصابات", "من دون تسجيل حالات وفاة"), with
        any figures beside it, completes the event told just before: a copy of it with the figures it lacked,
        which the merge folds into it. A toll update completes the event of the district it names (`_updated_host`)."""
        update = view.has("toll_update")  # "لترتفع حصيلة الشهداء إلى اثنين": a higher toll replaces the first
        last, number = self._updated_host(places) if update and places else self.last
        # (a toll that rose names the event it updates however far back: a live report's later entry)
        if self.sentence_number - number > (5 if update else SOURCE_TOLL_REACH if self.source_toll else 2) or (
                last.fatalities is not None and last.injured is not None and not update):
            return []
        if not update and view.has("summed"):
            return []  # "نفذ 14 طلعة جوية أسفرت بمجملها عن قتل 29": a toll summed over many deeds completes none
        fatalities, injured = attach_casualties(view, 0, len(view.toks))
        if not update and war_sized(fatalities, dated=False):
            # "أن الدواعش أعدموا نحو ألفي مواطن" (`war_toll`): a war's toll completes no event told before
            fatalities = None
        # "No one was killed": the killing word inside the nil phrase counts no one
        for kinds, toll in ((("no_casualties", "no_fatalities"), fatalities), (("no_casualties",), injured)):
            zero = toll and next((z for k in kinds for z in view.kind(k) if z.start <= toll[1].start < z.end), None)
            if zero:
                nil = (QuantitySpan(zero.start, zero.end, Quantity(0, 0, 0), 0), zero)
                fatalities, injured = (nil, injured) if toll is fatalities else (fatalities, nil)
        higher = lambda toll, had: update and toll is not None and (toll[0].quantity.best or 0) > (had.best or 0)
        if toll_counts(fatalities) and not update and counted(last.fatalities) \
                and not view.has("result_link") and self._dead_without_event(view) \
                and {self.toll_side.get(last.event_id), dead_side(view, fatalities[0], None)} == {"agent", "target"}:
            # "قتلوا ثلاثة منهم" then "وقد ارتقى اثنان من أبطالنا شهيدين": the other side's dead are added
            self.toll_side[last.event_id] = "both"
            return self._with_toll(view, last, (dataclasses.replace(
                fatalities[0], quantity=plus(last.fatalities, fatalities[0].quantity)), fatalities[1]),
                injured if last.injured is None else None)
        if update and last.fatalities is not None and toll_counts(fatalities) \
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

    def _counted_back(self, view: SentenceMentions, q: QuantitySpan) -> bool:
        """Whether English figure ``q`` counts events the article told before, with no day of its own ("The two
        attacks fit a pattern", "Both bombings", "these three strikes"): those events, named again, no tally."""
        toks = view.toks
        if not toks[q.start].isascii() or view.dates() or not self.told or (q.quantity.best or 0) > self.told:
            return False
        return toks[q.start] == "both" or q.start - 1 in view.bare("back_determiner")

    def _tally(self, view: SentenceMentions, lo: int, hi: int, after_tally: bool = False
               ) -> tuple[QuantitySpan, Match] | None:
        """A figure right before a tally noun ("أكثر من 20 هجوما", "12 attacks") makes a claim, not an event.
        ``after_tally``: an earlier clause of the sentence told a tally."""
        # ("three attack drones": a noun that describes the one after it counts that one, no attacks)
        # (a noun valued "span", "برجاً", counts attacks only over a span of time: "12 برجاً خلال تموز")
        nouns = [noun for noun in view.kind("tally_noun") if lo <= noun.start < hi
                 and not describes_next(view, noun)
                 and not (noun.payload.value == "span" and within_a_day(view, lo, hi))] \
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
        one_day = bool(doers or nouns and view.has("target_marker")) and within_a_day(view, lo, hi)
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
        # (English) so does an actor's name right after the figure ("27 ISIS attacks", "12 PKK attacks")
        owners = {m.start: m.end for m in view.kind("actor")} if nouns and view.toks[lo].isascii() else {}
        # "نفذت قوة من اللواء 57 عملية دهم": a figure right after a unit noun (`numbered_unit`) is the unit's number
        numbered = {u.end for u in view.kind("numbered_unit")} if nouns and view.has("numbered_unit") else ()
        # (the figures that may count: sorted out once, not for every noun)
        counts = [q for q in view.quantities() if q.start not in paired and q.start not in compared
                  and q.start not in numbered and not self._counted_back(view, q)
                  and not (heard and any(q.start - e in (0, 1, 2, 3) for e in heard))
                  and not (dated and (q.start in dated or year_like(q)))
                  # (nor a year right after another, "خلال احتجاجات 2019 و2020 حوادث خطف": two years, no count)
                  and not (year_like(q) and any(year_like(p) and 0 <= q.start - p.end <= 1
                                                 for p in view.quantities()))
                  # (nor the end of a year range written short, "the 1980-88 war")
                  and not year_range_end(view, q)] if nouns else ()
        for noun in nouns:
            if heard_after and any(0 <= s - noun.end <= 2 for s in heard_after):
                continue
            for q in counts:
                # "12 attacks", "12 roadside bomb attacks": only event words may stand between
                first = q.end + 1 if q.end in national and view.toks[q.end].isascii() else owners.get(q.end, q.end)
                # (English: a vague figure counts through "of": "dozens of drone attacks", "scores of raids")
                if first in of_words and view.toks[first].isascii() and vague_figure(view, q):
                    first += 1
                between = range(first, noun.start)
                if aircraft and any(t in aircraft for t in between):
                    continue
                # a noun valued "counted" ("times") makes a tally only after a figure told: "46 times",
                # not "hit several times"
                if first <= noun.start and len(between) <= 3 and all(
                        t in in_trigger or t in modifiers or self._coordinated(view, t, q.end, noun) for t in between) \
                        and (q.quantity.best or 0) >= 2 and not (noun.payload.value == "counted" and vague_figure(view, q)) \
                        and not (noun.start in aimed and q.quantity.high is not None and q.quantity.high <= AIMED_FEW
                                 and not vague_figure(view, q)):
                    return q, noun
        if view.has("scattered") and view.has("find_verb") and view.has("fatality"):
            # "police had found at least 50 bodies across the capital in the previous 24 hours": the dead of many
            # finds over an area (a count of bodies a `find_verb` found, a `scattered` word right after them), for
            # its clause and those after it ("most of them shot" tells how the counted died)
            for b in view.kind("fatality"):
                if b.start < hi and any(b.end <= s.start <= b.end + 1 for s in view.kind("scattered")) \
                        and any(found_dead(f, b) for f in view.kind("find_verb")):
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
                        if (m.end <= q.start <= m.end + 2 or subject_count(view, q, m)) and firm_count(view, q, 10):
                            return q, m
        if not view.dates():  # (the rules below count over a period told, and most sentences tell none)
            return None
        # and event nouns counted over a month or a year: "زرع أكثر من عشرين عبوة ناسفة خلال شهر آذار" (many bombs
        # of a month are many attacks, not one)
        counted = [m for m in view.kind("trigger") if lo <= m.start < hi and m.payload.voice == "noun"
                   and m not in arrests
                   # ("killed 1,700 air force cadets": a noun that describes the one after it counts that one)
                   and not describes_next(view, m)]
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
        # "Since Oct. 17, the group has sent more than 100 car bombs against the troops", `opening_since`)
        told = [d for d in view.dates() if lo <= d.start < hi or d.start < lo and opening_since(view, d.start, lo)] \
            if arrests or counted or kills else ()
        if arrests and after_tally and not told:
            told = [d for d in view.dates() if d.start < lo]
        since_at = {s.start for s in view.kind("since")} if told else ()
        # a count "until" a day ("حتى الأول من آب قتل أكثر من 260 مسلحا", "وحتى نهاية الشهر الماضي قتل ...") runs
        # from an untold start up to that day: a tally, whatever the day's precision
        until_end = {u.end for u in view.kind("until")} if told and view.has("until") else ()

        def long_span(d) -> bool:
            """Whether date ``d`` is a month, a year or a span "since", over a week long, or the end of a span
            "until"."""
            if d.start in until_end:
                return True
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
                            and (q.quantity.best or 0) >= 5 and not year_like(q):
                        # (not the year of the period: "خلال عام 2021 وشملت القبض على 312 مطلوباً")
                        return q, m
            # (words of a counted noun: "in attacks across the north in 2017")
            tallied = tokens_of(view, ("tally_noun", "tally_ref")) if kills else ()
            # (the wounded counted with the killed are the same tally, not a later deed the period is of: "قتل
            # أكثر من 260 مسلحا وأصيب أكثر من 400 حتى الأول من آب")
            wounded = {i.start for i in view.kind("injury")} if kills and view.has("injury") else ()
            for m in kills:
                # (the period is the killing's, not that of another deed told after it: "killed about 1,700
                # cadets after capturing them in June 2014", "were killed in an ambush in November" are one deed
                # each; but "since protests began in October 2019" names what the span runs from, and "in attacks
                # across the north in 2017" are many)
                if not any(long_span(d) and not any(
                        m.end <= t.start < d.start and t.start not in wounded
                        and not (t.payload.voice == "noun" and (d.start in since_at or t.start in tallied))
                        for t in view.kind("trigger")) for d in told):
                    continue
                # (or the first deed of a clause an opening span "since" dates: "..., ومنذ اندلاع المعارك في 20 تموز،
                # قتل 13 جنديا")
                first = not any(t.start < m.start for t in view.kind("trigger")) \
                    or not any(lo <= t.start < m.start for t in view.kind("trigger")) \
                    and any(d.start < lo and opening_since(view, d.start, lo) for d in told)
                for q in view.quantities():
                    # the figure right after the verb, the first deed of its sentence ("security forces killed more
                    # than 40 militants"; not a toll after another deed, "attacked a checkpoint, killing 13 policemen
                    # in one of the deadliest assaults this year") or, the victims between (and in English a passive's
                    # "were"/"have been"; no comma: "Umm Ahmed, 61, whose husband was killed"), before it
                    # ("30 activists have been killed"; not "40 policemen killed by militants", a grave's dead)
                    after = m.end <= q.start <= m.end + 1 and first
                    before = subject_count(view, q, m)
                    if (after or before) and firm_count(view, q, 5):
                        return q, m
            # (not a year before the noun: "the 2019 protests", "احتجاجات 2019")
            dated = date_tokens(view) if counted else ()
            for m in counted:
                for q in view.quantities():
                    if q.end == m.start and (q.quantity.best or 0) >= 5 and q.start not in dated and q.start not in compared \
                            and not year_like(q) and not year_range_end(view, q):
                        return q, m
        return None

    def _series_tally(self, view: SentenceMentions, lo: int, hi: int) -> tuple[QuantitySpan, Match] | None:
        """(English) An event noun numbered third or later in a series over a span ("It was the fifth attack on the
        base since January", "the group's 168th operation since October 17", "the third bombing in the capital in
        four days"): the ordinal is a running count, a tally of that many. Not "the third such strike" (a
        comparison the gold leaves uncounted), nor "second" (a pair is no tally)."""
        if not view.toks[lo].isascii() or not view.has("trigger"):
            return None
        toks, suffix = view.toks, view.bare("ordinal_suffix")  # (tokens are folded: lower case)
        ranks = _counts_at(view, "series_rank")
        for i in range(lo, hi):
            n, end = ranks.get(i), i + 1
            if n is None and i + 1 < hi and i + 1 in suffix and toks[i].isdigit():
                n, end = int(toks[i]), i + 2  # "168th", "22nd": the figure and its suffix are two tokens
            # (after "the", or a possessive: "the group's 168th operation", "its fifth attack")
            if n is None or n < 3 or i == 0 or toks[i - 1] not in ("the", "s", "its", "their") \
                    or end < len(toks) and toks[end] == "such":
                continue
            noun = next((m for m in view.kind("trigger") if m.payload.voice == "noun" and end <= m.start <= end + 3
                         and m.start < hi), None)
            if noun is None or any(t in (",", "that", "which", "who") for t in toks[end:noun.start]):
                continue
            after = toks[noun.end:hi]
            spans = any(a == "since" for a in after) or any(
                a == "this" and b in ("week", "month", "year") for a, b in zip(after, after[1:])) or any(
                _series_spans(view, noun.end, hi))
            if spans:
                return QuantitySpan(i, end, Quantity(low=n, best=n, high=n), n), noun
        return None

    def series_days(self, view: SentenceMentions, noun: Match, hi: int) -> DateRange | None:
        """The span "in N days/weeks" told after a series noun (`_series_tally`), up to the day of publication:
        "the third bombing in four days" counts over the four days before the report."""
        if self.published is None:
            return None
        for n, unit in _series_spans(view, noun.end, hi):
            if n is not None and unit in ("days", "weeks"):
                back = n * (7 if unit == "weeks" else 1)
                return DateRange((self.published - timedelta(days=back)).isoformat(), self.published.isoformat(),
                                 "day")
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
                            and q.end <= m.start <= q.end + 1) and firm_count(view, q, 5):
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

    # -- records -------------------------------------------------------------
    def _cumulative_drop(self, view: SentenceMentions, trigger: Match, lo: int, hi: int, a_lo: int, a_hi: int,
                         when: DateRange | None) -> None:
        """The end of `_event` for an Arabic event word (not an arrest) that `_cumulative` drops, told before its
        parties are sought: the sentence counts as one of a long-period toll (`cumulative_sentence`) only if `_event`
        would have come to that test, that is if neither a war's toll near the word nor an old date (`BACKGROUND`)
        dropped it first. (English and arrest words have more drops on the way: they take the long road.)"""
        fatalities, _ = attach_casualties(view, a_lo, a_hi)
        if not war_toll(trigger, fatalities) and status_of(view, trigger, lo, hi, when, self.published) != BACKGROUND:
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
        if view.has("cumulative") and view.toks[0].isascii() and any(
                m.end < lo and view.toks[m.end] == "," and view.toks[m.end + 1] == "with"
                for m in view.kind("cumulative")):
            # "Anbar was the worst-affected province, with 29 civilians killed(, followed by Diyala with 17)": the
            # tolls in the "with" clause and after it are shares of the period's tally the clause before ranks
            return True
        if lo > 1 and view.toks[lo - 1] == "," and view.has("cumulative") and not view.toks[0].isascii() \
                and bare_span_before(view, lo - 1):
            # "...، في نفس الفترة أيضاً، وألقت فرق الأمن القبض على 1500 مشتبه به": a clause telling nothing but a
            # span, between two tallies, counts the clause after it over that span too
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
        # (so is a toll told after a result link, "، أسفرت عن مقتل 90 مسلحا،": its death noun tells no deed)
        if view.has("result_link") and view.has("casualty_noun"):
            links = {m.end for m in view.kind("result_link")}
            wounded |= {m.start for m in view.kind("casualty_noun") if m.start in links
                        or m.start - 1 in links and view.toks[m.start - 1] in ("عن", "الي", "إلى", "الى")}
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
            # (a toll told through a result link right after an event noun only referred to and its day, "بعد تفجير
            # في بلدة سروج الأسبوع الماضي ما أسفر عن مقتل 32": the recalled deed's, even in the news's own clause)
            return view.has("result_link") and any(r.end == toll.start - 1 or r.end == toll.start
                                                   for r in view.kind("result_link")) \
                and self._after_blocked(view, lo, toll.start)
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

    def _rising_toll_lead(self, view: SentenceMentions, m: Match) -> bool:
        """Whether event word ``m`` is in a relative clause after a rising toll that opens the article ("أفادت
        مصادر طبية بارتفاع عدد المتظاهرين الذين قضوا برصاص القوات الأمنية مساء السبت إلى خمسة"): with no event
        told before, the deed of those counted is the news."""
        return not self.told and view.has("toll_update") and not view.toks[m.start].isascii() and any(
            u.end <= r.start < m.start for u in view.kind("toll_update") for r in view.kind("relative"))

    def _toll_span(self, view: SentenceMentions, toll: tuple[QuantitySpan, Match]) -> Span:
        """The text of a toll: its figure and its casualty word, whichever comes first."""
        return self.span(view, min(toll[0].start, toll[1].start), max(toll[0].end, toll[1].end))

    def _claim(self, view: SentenceMentions, trigger: Match, q: QuantitySpan, places: list[PlaceMention]) -> Claim:
        """The tally of ``q`` events of ``trigger``'s type told in the sentence: its parties, period and places."""
        agent, target = assign_roles(view, trigger, 0, len(view.toks), self.k, trigger.payload.voice)
        if view.toks[trigger.start].isascii() and finder(view, agent, trigger):
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
                    d.start < trigger.start and d.range == when and opening_since(view, d.start, trigger.start)
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
            claim_id=stable_id("c", self.article_id, evidence.count.start, trigger.payload.event_type),
            article_id=self.article_id,
            actor1=self.k.actors[agent.payload].actor if agent else None,
            actor2=self.k.actors[target.payload].actor if target else None,
            event_type=trigger.payload.event_type, count=q.quantity, date=when, locations=tuple(locations),
            evidence=evidence, confidence=0.7 if agent else 0.5,
        )
