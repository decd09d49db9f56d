"""The reading of one event word: the state `ClauseExtractor._event`'s steps fill in, one step after another.

Each step reads the fields the steps before it filled and fills (or corrects) its own; a step that finds the word
tells no event returns False. Fields a later step fills hold a placeholder until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..knowledge.lexicon import TriggerEntry
    from ..knowledge.matcher import Match
    from ..records import Actor, DateRange, Location, Span
    from ..resolve.places import PlaceMention
    from ..text.numbers import QuantitySpan


@dataclass(slots=True)
class TriggerReading:
    """One event word (`trigger`) read in its clause `lo`..`hi` of a sentence: its parties, date, place, toll and
    status as far as the steps have read them. The steps call it `rd`."""

    # given
    trigger: Match
    triggers: list[Match]
    lo: int
    hi: int
    places: list[PlaceMention]
    whole: bool
    entry: TriggerEntry
    english: bool
    weak_seizing: bool
    upto: int | None = None
    rumour: bool = False
    crowd_clash: bool = False
    # filled by _argument_span
    a_lo: int = 0
    a_hi: int = 0
    anaphoric: bool | None = None
    cut_at: int | None = None
    # filled by _event_date
    when: DateRange | None = None
    date_span: Span | None = None
    date_explicit: bool = False
    report_day: bool = False
    date_at: int = 0
    own_day: DateRange | None = None
    long_told: bool = False
    # filled by _agent_and_target
    voice: str = ""
    role_trigger: Match | None = None
    role_voice: str = ""
    agent: Match | None = None
    target: Match | None = None
    reacted: int = 0
    # filled by _unnamed_agent
    ours_told: bool = False  # whether the agent is the statement's issuer, told as "our men"
    state: Match | None = None
    yielded: bool = False
    # filled by _casualties
    fatalities: tuple[QuantitySpan, Match] | None = None
    injured: tuple[QuantitySpan, Match] | None = None
    crowd_by: Match | None = None
    implied: bool = False
    # filled by _event_place
    where: Location | None = None
    place_span: Span | None = None
    place_explicit: bool = False
    # filled by _event_status
    status: str = ""
    means: Match | None = None
    warned: bool = False
    # filled by _dropped_as_tally_or_recalled
    own_word: bool = False
    sequel: bool = False
    soon: bool = False
    # filled by _support_facts
    in_clause: bool = False
    classed: bool = False
    place_at: int = 0
    place_here: bool = False
    titled: bool = False
    plotters: Match | None = None
    preparer: Match | None = None
    own_threat: Match | None = None
    # filled by _support_marks
    present: bool = False
    threat_named: bool = False
    plan_named: bool = False
    placed: bool = False
    dated: bool = False
    second_of_last: bool = False
    two_sides_feared: bool = False
    warned_unnamed: bool = False
    people_seized: bool = False
    # filled by _support
    support: int = 0
    # filled by _event_kind
    told: list[Match] | None = None
    event_type: str = ""
    sub_type: str = ""
    # filled by _event_actors
    actor1: Actor | None = None
    actor2: Actor | None = None

    def cut_arguments(self, at: int) -> None:
        """End the span the parties are read in (`a_hi`) at token ``at`` when that is earlier, and drop the places
        told past it: what follows tells another deed."""
        if at < self.a_hi:
            self.a_hi = at
            self.places = [p for p in self.places if p.match.start < at]
