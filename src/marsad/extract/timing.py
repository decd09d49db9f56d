"""Where a sentence tells time rather than an event: a dateline, a span of years or months, a weekday still to come."""

from __future__ import annotations

from datetime import date, timedelta

from ..records import DateRange
from .mentions import SentenceMentions


def in_dateline(view: SentenceMentions, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` stand in a dateline: a place, a comma, the date, perhaps the agency,
    then a dash ("BAGHDAD, March 17 (Reuters) -")."""
    return 0 < start <= 8 and view.toks[start - 1] == "," and "-" in view.toks[end:end + 5]


def next_weekday(when: DateRange, published: date) -> DateRange:
    """The first day after publication on the weekday of ``when``."""
    day = date.fromisoformat(when.start)
    ahead = (day.weekday() - published.weekday()) % 7 or 7
    nxt = (published + timedelta(days=ahead)).isoformat()
    return DateRange(nxt, nxt, "day")


def duration_in(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi hold a span of time counted in years, months or weeks after "since", "over",
    "for" ("منذ أربع سنوات", "خلال 10 أشهر", "over three decades")."""
    units = [m.start for m in view.kind("duration_unit") if lo <= m.start < hi]
    return bool(units) and any(m.end <= u <= m.end + 3 for m in view.kind("duration_lead") for u in units)
