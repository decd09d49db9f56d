"""Time told in a sentence: datelines, spans of time and their start, coming weekdays, clauses dated by the one before."""

from __future__ import annotations

from datetime import date, timedelta

from ..records import DateRange
from ..text.dates import days_ahead, month_range
from .mentions import SentenceMentions


def tells_day(view: SentenceMentions, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the sentence tells a day (a date of day precision), one starting from token ``lo`` (before ``hi``)."""
    return any(lo <= d.start and (hi is None or d.start < hi) and d.range.precision == "day" for d in view.dates())


def in_dateline(view: SentenceMentions, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` stand in a dateline: a place, a comma, the date, perhaps the agency,
    then a dash ("BAGHDAD, March 17 (Reuters) -")."""
    # (with no place before it, the agency's name in brackets after it: "Jan 22 (Reuters) -")
    return (0 < start <= 8 and view.toks[start - 1] == "," or start == 0 and view.toks[end:end + 1] == ("(",)) \
        and "-" in view.toks[end:end + 5]


def live_entry(view: SentenceMentions) -> bool:
    """Whether a sentence is an entry of a live report, opened by its clock time and a dash ("12:30 – محتجون يقتحمون
    مقر أحد الأحزاب"): it tells that day's news, in the present tense."""
    toks = view.toks
    if len(toks) <= 2 or ":" not in toks[0] or not toks[0].replace(":", "", 1).isdigit():
        return False
    # (an English entry's clock time may stand alone before its words: "08:20 Two rockets have hit the base"; not
    # "08:20 GMT", a `clock_tail`)
    return toks[1] == "-" or toks[1].isascii() and toks[1].isalpha() and 1 not in view.bare("clock_tail")


def next_weekday(when: DateRange, published: date) -> DateRange:
    """The first day after publication on the weekday of ``when``."""
    ahead = days_ahead(date.fromisoformat(when.start).weekday(), published)
    nxt = (published + timedelta(days=ahead)).isoformat()
    return DateRange(nxt, nxt, "day")


def duration_in(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi hold a span of time counted in years, months or weeks after "since", "over",
    "for" ("منذ أربع سنوات", "خلال 10 أشهر", "over three decades")."""
    if not view.has("duration_unit"):
        return False  # (no unit of time: most sentences, asked for every event word)
    units = [m.start for m in view.kind("duration_unit") if lo <= m.start < hi]
    return bool(units) and any(m.end <= u <= m.end + 3 for m in view.kind("duration_lead") for u in units)


def since_point(view: SentenceMentions, d, anchor: int) -> DateRange:
    """The range of date ``d``, or its first day, month or year when it is a span "since" a time and the
    event word follows in the clause that tells that time (`since_point`: "Tensions have run high since June,
    when five Peshmerga were killed", "منذ حزيران، حين قتل"): the event is the span's start, told again."""
    r = d.range
    if not view.has("since") or not view.has("since_point") or r.precision not in ("day", "month", "year") \
            or not any(m.start == d.start for m in view.kind("since")) \
            or not any(d.end <= p.start <= d.end + 1 and p.end <= anchor for p in view.kind("since_point")):
        return r
    start = date.fromisoformat(r.start)
    if r.precision == "day":
        end = r.start  # (a span "since Monday" runs to publication: its first day is the event's)
    elif r.precision == "year":
        end = date(start.year, 12, 31).isoformat()
    else:
        end = month_range(start.year, start.month).end
    return DateRange(r.start, end, r.precision)


def time_clause_of(view: SentenceMentions, lo: int, date_at: int) -> bool:
    """Whether Arabic clause ``lo`` opens on a word of time (`sequel`: حين، عندما، ثم) and the day ``date_at``
    is told in the clause right before it: "لكن مساء أمس الأحد جاء بما كانوا يخشونه، حين تبادل أبناء العشيرتين
    إطلاق النار" (the "when" clause is dated by the one it hangs on)."""
    if view.toks[lo].isascii() or not any(q.start == lo for q in view.kind("sequel")):
        return False
    before = max((c for c in view.clauses() if c[1] <= lo), default=None)
    return before is not None and before[0] <= date_at < before[1]
