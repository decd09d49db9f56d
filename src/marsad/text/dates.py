"""Date expressions in a sentence, resolved against the publication date.

Handles day + month (+ year) in both Arabic month-name systems and combined
forms (أبريل/نيسان، مايو (أيار)), Hijri dates, weekdays, relative days
(أمس، فجر اليوم) and periods (الأسبوع الماضي، الشهر المنصرم), parts of a month
(مطلع، منتصف، أواخر), "since" ranges, and bare years. Ranges are inclusive.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress

from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

from ..errors import InputError
from ..knowledge.matcher import Match
from ..records import DateRange, fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class DateSpan:
    """Tokens ``start``..``end`` (exclusive) of a sentence express ``range``."""

    start: int
    end: int
    range: DateRange
    explicit_past: bool = False


def _day_range(d: date) -> DateRange:
    return DateRange(d.isoformat(), d.isoformat(), "day")


def _day_span(start: int, end: int, year: int, month: int, day: int) -> DateSpan | None:
    """Tokens ``start``..``end`` naming one day in figures or words, or None if the calendar has no such day."""
    try:
        return DateSpan(start, end, _day_range(date(year, month, day)))
    except ValueError:
        return None


def shifted(r: DateRange, days: int) -> DateRange:
    """``r`` moved by ``days`` (negative: back), its precision kept."""
    step = timedelta(days=days)
    return DateRange((date.fromisoformat(r.start) + step).isoformat(), (date.fromisoformat(r.end) + step).isoformat(),
                     r.precision)


def month_range(year: int, month: int) -> DateRange:
    """The whole of a calendar month."""
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month")


def nearest_shift(weekday: int, day: date) -> int:
    """Days (-3..3) from ``day`` to the nearest day on ``weekday`` (0 = Monday): a weekday the writer names
    beside a day counted from a publication date that is a day or two off."""
    shift = (weekday - day.weekday()) % 7
    return shift - 7 if shift > 3 else shift


def days_ahead(weekday: int, day: date) -> int:
    """Days (1..7) from ``day`` to the next day on ``weekday``, strictly after it."""
    return (weekday - day.weekday()) % 7 or 7


def day_offsets(value: str) -> tuple[int, int]:
    """The days counted from publication a `day_offset` value names: one ("-1") or the first and last of a span
    ("-1,0": "overnight", the night from the day before publication into it)."""
    first, _, last = value.partition(",")
    return int(first), int(last or first)


def weekday_position(toks: Sequence[str], end: int) -> int:
    """Where the weekday that names a relative day ending at token ``end`` stands: right after it, or inside a
    bracket opened there ("اليوم (الخميس)")."""
    return end + 1 if end < len(toks) and toks[end] == "(" else end


# the whole of a year, its first, middle and last third ("early 2019", "mid-2019", "late 2019") and its seasons
# ("صيف 2014", "summer 2017"; winter is the year's first months): their first and last days
_YEAR_PARTS = {"whole": ("01-01", "12-31"), "start": ("01-01", "04-30"), "mid": ("05-01", "08-31"),
               "end": ("09-01", "12-31"), "winter": ("01-01", "02-28"), "spring": ("03-01", "05-31"),
               "summer": ("06-01", "08-31"), "autumn": ("09-01", "11-30")}
# the parts that divide a month too (مطلع، منتصف، أواخر)
_MONTH_PARTS = frozenset(("start", "mid", "end"))


def _year_part(year: int, part: str = "whole") -> DateRange:
    """The whole, a third or a season of ``year`` (`_YEAR_PARTS`), told at the year's precision."""
    lo, hi = _YEAR_PARTS[part]
    return DateRange(f"{year:04d}-{lo}", f"{year:04d}-{hi}", "year")


def _part_of(r: DateRange, part: str) -> DateRange:
    """The first, middle or last third of a month (مطلع، منتصف، أواخر)."""
    start = date.fromisoformat(r.start)
    last = date.fromisoformat(r.end).day
    lo, hi = {"start": (1, 10), "mid": (11, 20), "end": (21, last)}[part]
    return DateRange(start.replace(day=lo).isoformat(), start.replace(day=hi).isoformat(), "week")


def _year(tok: str) -> int | None:
    if tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2100:
        return int(tok)
    return None


def _hijri_year(tok: str) -> int | None:
    if tok.isdigit() and len(tok) == 4 and 1300 <= int(tok) <= 1500:
        return int(tok)
    return None


def _early_hijri_year(tok: str) -> int | None:
    """The year ``tok`` counts if it is a Hijri year before 1300 (an old one: 1 to 1299), else None."""
    if tok.isdigit() and 1 <= int(tok) < 1300:
        return int(tok)
    return None


def _day(tok: str) -> int | None:
    if tok.isdigit() and 1 <= int(tok) <= 31 and len(tok) <= 2:
        return int(tok)
    return None


_NO_MATCHES: dict[int, Match] = {}


class _Finder:
    """One sentence's date expressions; ``published`` may be None (relative ones are then dropped)."""

    def __init__(self, toks: Sequence[str], at: dict[str, dict[int, Match]], published: date | None,
                 function_words: Mapping[str, Collection[str]]) -> None:
        self.toks = toks
        self.pub = published
        self.function_words = function_words
        # kind -> the longest match of that kind at each start (a kind the sentence does not hold: no entry)
        self.at = at
        # whether the sentence holds a word that may give a day its month (a month, a Hijri month, "this month")
        self.months = "month" in at or "hijri_month" in at or "period" in at
        # the openers this sentence holds, in their order: parse_at tries these only
        self.openers = [(self.at[kind], parse) for kind, parse in self._OPENERS if kind in self.at]

    def get(self, kind: str, i: int) -> Match | None:
        return self.at.get(kind, _NO_MATCHES).get(i)

    def bare(self, kind: str, i: int) -> bool:
        """Whether token ``i`` is, as written, one of the lexicon's function words of ``kind``."""
        return 0 <= i < len(self.toks) and self.toks[i] in self.function_words.get(kind, ())

    def _month_of_event(self, lead: int, end: int) -> bool:
        """Whether an English homograph month between an article and an event noun names the event's month: "a
        March strike", "the May bombing" (a protest march or the modal stands before no event noun so)."""
        after = self.get("trigger", end)
        return after is not None and after.payload.voice == "noun" and self.bare("article", lead)

    def skip_joiner(self, i: int) -> int:
        """Skip a second month name joined by '/' or in parentheses (أبريل/نيسان، مايو (أيار))."""
        toks = self.toks
        if i < len(toks) and toks[i] in ("/", "("):
            m = self.get("month", i + 1)
            if m is not None:
                i = m.end
                if i < len(toks) and toks[i] == ")":
                    i += 1
        return i

    def year_after(self, i: int) -> tuple[int | None, int]:
        toks = self.toks
        if self.get("preposition", i) is not None and i + 1 < len(toks):
            # "فبراير (شباط) من العام الماضي", "في يوليو من عام 2005": the year of the month
            period = self.get("period", i + 1)
            if period is not None and self.pub is not None and period.payload.value.startswith("year,"):
                return self.pub.year + int(period.payload.value.split(",")[1]), period.end
            if self.get("year_word", i + 1) is not None:
                year, end = self.year_after(i + 1)
                if year is not None:
                    return year, end
        period = self.get("period", i)
        if period is not None and self.pub is not None and period.payload.value.startswith("year,"):
            # "في الثالث من أغسطس (آب) العام الماضي", "in August last year": the year named right after the month
            return self.pub.year + int(period.payload.value.split(",")[1]), period.end
        j = i + 1 if i < len(toks) and toks[i] == "," else i  # "April 13, 2021"
        if j < len(toks) and self.get("year_word", j) is not None:
            j = self.get("year_word", j).end
        if j < len(toks):
            y = _year(toks[j])
            if y is not None:
                return y, j + 1
        return None, i

    def past_after(self, i: int) -> tuple[bool, int]:
        m = self.get("past", i)
        return (True, m.end) if m is not None else (False, i)

    def month_year_default(self, month: int, past: bool) -> int | None:
        """The year of a month named without one: the latest such month not after publication."""
        if self.pub is None:
            return None
        year = self.pub.year
        if month > self.pub.month or (past and month == self.pub.month):
            year -= 1
        return year

    def find(self) -> list[DateSpan]:
        # only positions where a date word or a number stands can open a date expression
        at = self.at
        # (the figures' positions picked in C: the sentence's every token is tested)
        starts = sorted({i for kind, _ in self._OPENERS for i in at.get(kind, _NO_MATCHES)}
                        .union(compress(range(len(self.toks)), map(str.isdigit, self.toks))))
        out: list[DateSpan] = []
        end = 0
        for i in starts:
            if i < end:
                continue
            try:
                span = self.parse_at(i)
            except (ValueError, OverflowError):  # a date counted from publication off the calendar: none
                span = None
            if span is not None:
                out.append(span)
                end = span.end
        return out

    def parse_at(self, i: int) -> DateSpan | None:
        toks = self.toks
        if i >= len(toks):
            return None
        for at, parse in self.openers:
            m = at.get(i)
            if m is not None:
                span = parse(self, i, m)
                if span is not None:
                    return span
        if toks[i].isdigit():
            return self.numeric_day(i)
        return None

    # -- the forms ---------------------------------------------------------
    def since(self, i: int, m: Match) -> DateSpan | None:
        inner = self.parse_at(m.end)
        if inner is None or self.pub is None:
            return None
        return DateSpan(i, inner.end, DateRange(inner.range.start, self.pub.isoformat(), inner.range.precision))

    def part(self, i: int, m: Match) -> DateSpan | None:
        j = m.end + 1 if m.end < len(self.toks) and self.toks[m.end] == "-" else m.end  # "mid-May"
        inner = self.parse_at(j)
        year = _year(self.toks[j]) if inner is None and j < len(self.toks) else None
        if year is not None:  # "in late 2019": a third of the year, told at the year's precision
            return DateSpan(i, j + 1, _year_part(year, m.payload.value))
        if inner is not None and m.payload.value not in _MONTH_PARTS and inner.range.precision == "year" \
                and inner.range.start.endswith("-01-01") and inner.range.end.endswith("-12-31"):
            # "في خريف عام 2017": the season of the year told
            return DateSpan(i, inner.end, _year_part(int(inner.range.start[:4]), m.payload.value))
        if inner is None or inner.range.precision != "month" or m.payload.value not in _MONTH_PARTS:
            return None
        return DateSpan(i, inner.end, _part_of(inner.range, m.payload.value), inner.explicit_past)

    def day_offset(self, i: int, m: Match) -> DateSpan | None:
        if self.pub is None:
            return None
        end = m.end
        if m.payload.value == "0" and self.get("ordinal", end) is not None:
            return None  # "لليوم الرابع على التوالي": the fourth day of something, a count, not today
        if m.payload.value == "-1" and self.bare("need_noun", end):
            return None  # "في أمس الحاجة": the elative أمسّ ("most pressing"), no yesterday
        if m.payload.value == "0" and end + 2 < len(self.toks) and self.toks[end] == "(":
            told = self.get("day_offset", end + 1)
            if told is not None and told.payload.value != "0" and told.end < len(self.toks) \
                    and self.toks[told.end] == ")":
                # "ظهر اليوم (أمس)": a quote's "today" that the paper restates in brackets as its own day (the quote
                # was given the day before publication); one expression, the day in brackets
                m, end = told, told.end + 1
        first, last = day_offsets(m.payload.value)
        day = self.pub + timedelta(days=first)
        at = weekday_position(self.toks, end)
        weekday = self.get("weekday", at)
        if weekday is None and last != first:
            # "overnight": the night from the day before publication into it, both days (a bomb "overnight" is
            # dated by one writer to the evening before, by another to the small hours of publication's day)
            return DateSpan(i, end, DateRange(day.isoformat(), (self.pub + timedelta(days=last)).isoformat(), "day"),
                            True)
        if weekday is not None:  # "أمس الأحد", "اليوم (الأربعاء)": one expression
            end = weekday.end + (1 if at > end and weekday.end < len(self.toks) and self.toks[weekday.end] == ")" else 0)
            # the weekday named is the writer's own: when it disagrees with the day counted from publication
            # (a feed's date a day late), the nearest day bearing that name is meant
            day += timedelta(days=nearest_shift(int(weekday.payload.value), day))
        hijri = self.hijri_apposition(end)
        if hijri is not None and abs((date.fromisoformat(hijri.range.start) - day).days) <= 1:
            # "ليلة أمس الأحد الموافق 12 رمضان 1434": the Hijri day told beside it is the same day, which a computed
            # calendar may put a day off; the day counted from publication stands
            end = hijri.end
        return DateSpan(i, end, _day_range(day), first < 0)

    def hijri_apposition(self, at: int) -> DateSpan | None:
        """The Hijri day told after "الموافق" (`date_apposition`) at token ``at``, if any; or told right at ``at``
        (after a comma or none: "فجر اليوم الثلاثاء الخامس عشر من صفر 1446 للهجرة"), the same apposition unsaid."""
        if "hijri_month" not in self.at:
            return None  # (the cheap test first: a sentence with no Hijri month tells no Hijri day to parse)
        if not self.bare("date_apposition", at):
            if at >= len(self.toks) or self.toks[at] == "," and at + 1 >= len(self.toks):
                return None
            at -= self.toks[at] != ","  # (the token before the Hijri day, as الموافق would be)
        named = self.parse_at(at + 1)
        return named if self._hijri_day(named, at) else None

    def _hijri_day(self, named: DateSpan | None, at: int) -> bool:
        """Whether ``named``, parsed right after the "الموافق" at token ``at``, is a day of a Hijri month."""
        return named is not None and named.range.precision == "day" \
            and any(self.get("hijri_month", j) is not None for j in range(at + 1, named.end))

    def ago(self, i: int, m: Match) -> DateSpan | None:
        """A span of time counted back from publication: "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع" (Arabic, the
        word before), "two days ago", "a week ago" (English, "ago" after; the span then starts before ``i``)."""
        if self.pub is None:
            return None
        if m.payload.value == "after":  # English "ago": the unit ends right before it, the count before the unit
            unit = next((u for u in self.at.get("ago_unit", _NO_MATCHES).values() if u.end == i), None)
            if unit is None:
                return None
            start, end = unit.start, i + 1
            count = self.count_at(unit.start - 1) if unit.start > 0 else None
            if count is not None:
                start -= 1
            # "a year ago this week": the current period told right after is the one counted back, no date of its own
            now = self.get("period", end)
            if now is not None and now.payload.value.endswith(",0"):
                end = now.end
        else:
            count = self.count_at(i + 1)
            at = i + 2 if count is not None else i + 1
            unit = self.get("ago_unit", at)
            # "قبل يومين من الانتخابات": two days before something else, not before publication (not "من" telling
            # where, value place: "اختطفوه قبل أسبوع من أمام منزل ذويه" is a week before publication)
            anchor = self.get("ago_anchor", unit.end) if unit is not None else None
            if unit is None or anchor is not None and anchor.payload.value != "place":
                return None
            start, end = i, unit.end
        value = unit.payload.value
        per_unit = value.startswith("x")  # a plural (أيام, days) is counted; a singular or dual counts itself
        if per_unit and count is None or not per_unit and count not in (None, 1):
            return None  # "قبل أيام", "days ago": how many is untold
        days = int(value.lstrip("x")) * (count or 1)
        day = self.pub - timedelta(days=days)
        if days < 7:
            return DateSpan(start, end, _day_range(day), True)
        if days >= 365:  # years back ("قبل ثلاثة أعوام", "two years ago"): the year it fell in
            return DateSpan(start, end, _year_part(day.year), True)
        # weeks back: the week around that day
        return DateSpan(start, end, DateRange((day - timedelta(days=3)).isoformat(),
                                              (day + timedelta(days=3)).isoformat(), "week"), True)

    def count_at(self, j: int) -> int | None:
        """The small count told at token ``j``: digits, a number word, or English "a"/"an"."""
        if j >= len(self.toks):
            return None
        tok = self.toks[j]
        if tok.isdigit() and len(tok) <= 3:
            return int(tok)
        if self.bare("indefinite_article", j):
            return 1
        number = self.get("number", j)
        if number is not None and number.end == j + 1 and number.payload.value.isdigit():
            return int(number.payload.value)
        return None

    def period(self, i: int, m: Match) -> DateSpan | None:
        if self.pub is None:
            return None
        unit, offset = m.payload.value.split(",")
        k = int(offset)
        if unit == "day" and k > 0:  # "in the coming days", "within days": from publication to a week after
            r = DateRange(self.pub.isoformat(), (self.pub + timedelta(days=k)).isoformat(), "week")
        elif unit == "day":  # "خلال اليومين الماضيين": the days counted back, up to the day before publication
            r = DateRange((self.pub + timedelta(days=k)).isoformat(), (self.pub - timedelta(days=1)).isoformat(), "week")
        elif unit == "weekend":
            # "over the weekend": the Saturday and Sunday just past (this one, told on a Saturday or Sunday);
            # "last weekend": the Saturday and Sunday of the week before publication's
            saturday = self.pub - timedelta(days=self.pub.weekday()) + timedelta(days=5)
            if k < 0 or saturday > self.pub:
                saturday -= timedelta(weeks=1)
            r = DateRange(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), "week")
        elif unit == "week":
            monday = self.pub - timedelta(days=self.pub.weekday()) + timedelta(weeks=k)
            r = DateRange(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week")
        elif unit == "month":
            d = self.pub + relativedelta(months=k)
            r = month_range(d.year, d.month)
        else:
            y = self.pub.year + k
            r = DateRange(date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat(), "year")  # (past 9999: none)
        return DateSpan(i, m.end, r, k < 0)

    def weekday(self, i: int, m: Match) -> DateSpan | None:
        if self.pub is None:
            return None
        if m.payload.value == "0" and self.bare("other_ones", m.end) and not self.toks[m.start].isascii():
            return None  # "والقبض على الاثنين الآخرين": "the other two", no Monday
        past, end = self.past_after(m.end)
        nxt = self.get("next", end)
        if nxt is not None and nxt.end < len(self.toks) and self.toks[nxt.end] == "to":
            nxt = None  # "exploded on Monday next to a convoy": beside, not the coming Monday
        week = self.get("period", end + 1) if end + 1 < len(self.toks) and self.toks[end] == "of" else None
        if week is None and self.toks[m.start].isascii():
            week = self.get("period", m.end)  # "on Friday next week", "on Tuesday last week"
        if week is not None and week.payload.value.startswith("week,"):
            # "on Monday of last week": that day of the week counted from publication's
            monday = self.pub - timedelta(days=self.pub.weekday()) + timedelta(weeks=int(week.payload.value.split(",")[1]))
            return DateSpan(i, week.end, _day_range(monday + timedelta(days=int(m.payload.value))), True)
        # "يوم الخميس الموافق 13 كانون الأول", "الأحد المقبل الموافق التاسع من آذار": the date a weekday is said to
        # fall on names its day, coming or past
        at = nxt.end if nxt is not None else end
        if self.bare("date_apposition", at):
            named = self.parse_at(at + 1)
            if named is not None and named.range.precision == "day":
                if self._hijri_day(named, at):  # (the day already parsed: not again)
                    # "يوم الأحد الموافق 12 رمضان 1434": a computed Hijri calendar may put the day one off; the
                    # day bearing the weekday's name next to it is meant
                    shift = nearest_shift(int(m.payload.value), date.fromisoformat(named.range.start))
                    if abs(shift) == 1:
                        return DateSpan(i, named.end, shifted(named.range, shift), named.explicit_past)
                return DateSpan(i, named.end, named.range, named.explicit_past)
        before = self.toks[i - 1] if i > 0 else ""
        if nxt is not None or before.isascii() and _bare(self.get("next", i - 1)):  # الخميس المقبل، next Thursday
            ahead = days_ahead(int(m.payload.value), self.pub)
            return DateSpan(i, nxt.end if nxt is not None else m.end, _day_range(self.pub + timedelta(days=ahead)))
        past = past or before == "last"
        back = (self.pub.weekday() - int(m.payload.value)) % 7
        if past and back == 0:
            back = 7
        elif back == 0 and self.bare("eve_word", i - 1):
            # "ليلة الجمعة" in a Friday's report: the eve of that day, the night just past (it opens the day before)
            back = 1
        # "يوم السبت" before a day number is a weekday naming a date: let the date win
        day = self.numeric_day(end) if end < len(self.toks) and self.toks[end].isdigit() else None
        if day is None and end + 1 < len(self.toks) and self.bare("day_word", end) and self.toks[end + 1].isdigit():
            # "بعد صلاة الجمعة يوم 21 يوليو 1905": the weekday is that date's, not the latest Friday
            day = self.numeric_day(end + 1)
        # (the day may be written as an ordinal: "يوم الجمعة الخامس والعشرين من شباط")
        ordinal = self.get("ordinal", end) if day is None else None
        if ordinal is not None:
            day = self.ordinal_day(end, ordinal)
            day = day if day is not None and day.range.precision == "day" else None
        if day is not None:
            return DateSpan(i, day.end, day.range, day.explicit_past)
        night = self.night_through(i, end, int(m.payload.value))
        if night is not None:
            # "ليل الجمعة - السبت": the night from that day into the next, both days (the strikes of that night
            # are dated to either by the writers, and told again with the second's name alone)
            first = self.pub - timedelta(days=back)
            if self.bare("after_midnight", i - 3) and self.bare("midnight_word", i - 2):
                # "بعد منتصف ليل الخميس - الجمعة": past midnight, the second day only
                return DateSpan(i, night, _day_range(first + timedelta(days=1)), True)
            return DateSpan(i, night, DateRange(first.isoformat(), (first + timedelta(days=1)).isoformat(), "day"),
                            True)
        if back > 0 and self.bare("after_midnight", i - 3) and self.bare("midnight_word", i - 2) \
                and self.bare("night_word", i - 1):
            # "بعد منتصف ليل الخميس": past the midnight that closes that day's night, the day after it
            return DateSpan(i, end, _day_range(self.pub - timedelta(days=back - 1)), True)
        return DateSpan(i, end, _day_range(self.pub - timedelta(days=back)), True)

    def night_through(self, i: int, end: int, weekday: int) -> int | None:
        """Where a night told by its two days ends ("ليل الجمعة - السبت", "ليلة الخميس على الجمعة"): after the next
        day's name, joined to the weekday at ``i``..``end`` after a night word; else None."""
        if not self.bare("night_word", i - 1):
            return None
        at = end + 1 if self.bare("night_joiner", end) else end
        nxt = self.get("weekday", at)
        if nxt is None or int(nxt.payload.value) != (weekday + 1) % 7 or self.get("next", nxt.end) is not None:
            return None
        return nxt.end

    def month_word(self, i: int, m: Match) -> DateSpan | None:
        inner = self.parse_at(m.end)
        if inner is None or self.get("month", m.end) is None and self.get("hijri_month", m.end) is None:
            return None
        return DateSpan(i, inner.end, inner.range, inner.explicit_past)

    def month(self, i: int, m: Match, day: int | None = None, start: int | None = None) -> DateSpan | None:
        month = int(m.payload.value)
        end = self.skip_joiner(m.end)
        if day is None and end < len(self.toks) and self.toks[i].isascii() and _day(self.toks[end]) is not None:
            day, end = _day(self.toks[end]), end + 1  # English "April 13"
        year, end = self.year_after(end)
        past, end2 = self.past_after(end)
        lead = i - 2 if i >= 2 and self.toks[i - 1] == "-" else i - 1  # the word before "mid-May"'s month
        if year is None:
            if self.toks[i] == "اب" and day is None and self.get("month_word", i - 1) is None and not (
                    past or self.get("next", end2) is not None
                    or any(self.get(k, lead) for k in ("since", "part", "month_lead"))):
                # آب is also "father": only with a day, شهر, "last"/"next" after it ("خلال آب الماضي") or a word
                # of time before it ("منذ آب", "مطلع آب")
                return None
            if self.get("homograph", i) and day is None and not past \
                    and not any(self.get(k, lead) for k in ("year_word", "since", "part", "month_lead")) \
                    and not self._month_of_event(lead, end):
                # English "may" (a modal), "march" (a protest march) are months only when a day, "last" or
                # "in"/"since"/"early"... mark them
                return None
            year = self.month_year_default(month, past)
            if year is None:
                return None
            end = end2
            ahead = None if past or self.toks[i].isascii() else self.get("next", end)
            if ahead is not None:  # "أيلول المقبل": the first such month after publication
                year, end = (self.pub.year if month > self.pub.month else self.pub.year + 1), ahead.end
        start = i if start is None else start
        if day is not None:
            return _day_span(start, end, year, month, day)
        return DateSpan(start, end, month_range(year, month), past)

    def hijri_month(self, i: int, m: Match, day: int | None = None, start: int | None = None) -> DateSpan | None:
        month = int(m.payload.value)
        end = m.end
        epithet = self.get("hijri_epithet", end)  # "محرم الحرام", "رمضان المبارك": the month's honorific is part of it
        if epithet is not None:
            end = epithet.end
        year = None
        j = end + 1 if end < len(self.toks) and self.get("year_word", end) else end
        if j < len(self.toks) and _hijri_year(self.toks[j]) is not None:
            year, end = _hijri_year(self.toks[j]), j + 1
            if self.bare("hijri_suffix", end):
                end += 1
        if year is None:
            if self.pub is None or (day is None and self.bare("hijri_homograph", i)):
                return None  # صفر is also "zero": only with a day or a year
            h = Gregorian.fromdate(self.pub).to_hijri()
            year = h.year if month <= h.month else h.year - 1
        start = i if start is None else start
        try:
            if day is not None:
                g = Hijri(year, month, day).to_gregorian()
                return DateSpan(start, end, _day_range(date(g.year, g.month, g.day)))
            first = Hijri(year, month, 1)
            g1 = first.to_gregorian()
            g2 = Hijri(year, month, first.month_length()).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return DateSpan(start, end, DateRange(date(g1.year, g1.month, g1.day).isoformat(),
                                              date(g2.year, g2.month, g2.day).isoformat(), "month"))

    def ordinal_day(self, i: int, m: Match) -> DateSpan | None:
        j = m.end
        if self.bare("of_word", j):
            j += 1
        return self.dated_month(j, int(m.payload.value), i)

    def numeric_day(self, i: int) -> DateSpan | None:
        toks = self.toks
        if self.bare("hijri_suffix", i + 1) and (hijri := _early_hijri_year(toks[i])) is not None:
            # "سنة 40 هجرية", "عام 61 للهجرة": a year of the early Hijri calendar, the Gregorian years it spans
            # (history; the Hijri years of today are read with their months, `hijri_month`)
            first = int(621.57 + hijri * 0.970224)
            return DateSpan(i, i + 2, DateRange(date(first, 1, 1).isoformat(), date(first + 1, 12, 31).isoformat(),
                                                "year"))
        # (callers pass a figure: ``toks[i].isdigit()``; the sentence's tokens are folded, so lower case)
        # a year of old history, the whole of it, told as a year by the words beside it: after "the year" ("killed
        # at Karbala in the year 680", a year before 1900), or with its era after it ("in 680 AD", "in 1258 CE",
        # "around 700 BC": a year before Christ is told as the year 1)
        if i >= 2 and toks[i - 1] == "year" and toks[i - 2] == "the" and 1 <= int(toks[i]) < 1900 \
                and len(toks[i]) <= 4:
            return DateSpan(i - 2, i + 1, _year_part(int(toks[i])))
        if self.bare("era_suffix", i + 1) and 1 <= int(toks[i]) <= 2100:
            return DateSpan(i, i + 2, _year_part(1 if toks[i + 1] in ("bc", "bce") else int(toks[i])))
        year = _year(toks[i])
        if year is not None:
            prev = self.get("year_word", i - 1) if i > 0 else None
            if prev is not None or self.bare("year_lead", i - 1) \
                    or (i == 0 and len(toks) > 1 and toks[1] in ("-", ":")) \
                    or self.bare("year_when", i + 1 + (i + 1 < len(toks) and toks[i + 1] == ",")):
                # (a chronology: "1994 - مواجهات ..."; the time a "when" clause describes: "remember 2006, when")
                return DateSpan(i, i + 1, _year_part(year))
            last = _year(toks[i + 2]) if i > 0 and i + 2 < len(toks) and self.bare("day_joiner", i + 1) else None
            if last is not None and year < last and (self.bare("between_word", i - 1) or toks[i - 1] == "from"):
                # "between 2014 and 2017", "from 2014 to 2017": the years from the first to the last
                return DateSpan(i, i + 3, DateRange(f"{year}-01-01", f"{last}-12-31", "year"))
            return None
        day = _day(toks[i])
        if day is None:
            return None
        if len(toks) > i + 4 and toks[i + 1] == toks[i + 3] and toks[i + 1] in ("-", "/"):
            figures = self.figures_day(day, i)
            if figures is not None:
                return figures
        if (i == 0 or i == 1 and toks[0].isdigit()) and len(toks) > i + 3 and toks[i + 1] == "/":
            return self.log_day(day, i)
        if 0 < i <= 3 and len(toks) > i + 4 and toks[i + 1] == toks[i + 3] == "/" \
                and all(not t.isdigit() for t in toks[:i]):
            return self.field_day(day, i)
        if not self.months:
            # (a toll's figure: no month to date a day by, so `dated_month` below finds none)
            return self.month_less_day(day, i)
        j = i + 1
        if self.bare("ordinal_suffix", j) and self.bare("of_word", j + 1):
            j += 1  # "the 10th of July": the figure's rank letters before "of" (split off as a token of their own)
        if self.bare("of_word", j):
            j += 1
        if j == i + 1 and j + 2 < len(toks) and self.bare("day_joiner", j) and toks[j + 1].isdigit():
            # "on 2 and 3 May", "from 2 to 4 June": two days of one month name the days from the first to the last
            last = self.numeric_day(j + 1)
            if last is not None and last.range.precision == "day" and last.range.start == last.range.end \
                    and (last.end - j - 1) == 2:
                end = date.fromisoformat(last.range.end)
                if day < end.day:
                    return DateSpan(i, last.end, DateRange(end.replace(day=day).isoformat(), last.range.end, "day"),
                                    last.explicit_past)
        return self.dated_month(j, day, i)

    _CLOSERS = frozenset((",", ".", ";", ":", "-", ")", "–", "—"))

    def month_less_day(self, day: int, at: int) -> DateSpan | None:
        """A day of the month told by its rank alone, "on the 14th," / "On the 16th.": the last such day up to
        publication (this month, or the one before when the day is still to come). Only after "on the" and before a
        stop: "the 14th brigade", "the 40th day" are ranks."""
        toks = self.toks
        if self.pub is None or at < 2 or toks[at - 1] != "the" or toks[at - 2] != "on" \
                or not self.bare("ordinal_suffix", at + 1) or at + 2 < len(toks) and toks[at + 2] not in self._CLOSERS:
            return None
        pub = self.pub
        year, month = (pub.year, pub.month) if day <= pub.day else \
            ((pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12))
        return _day_span(at, at + 2, year, month, day)

    def field_day(self, day: int, at: int) -> DateSpan | None:
        """A labelled field of an incident report or advisory that gives a whole date in figures, day first
        ("Date: 17/01/2023", "Date/Time: 03/09/2024, approx. 19:30"): right after a label of at most three words
        opening the line, with its four-figure year, the figures are a date, not a score or a reference number."""
        toks = self.toks
        month, year = _day(toks[at + 2]), _year(toks[at + 4])
        if month is None or month > 12 or year is None:
            return None
        return _day_span(at, at + 5, year, month, day)

    def figures_day(self, day: int, at: int) -> DateSpan | None:
        """A whole Hijri date in figures, day first, its parts joined by one dash or slash and its year marked by هـ
        (`hijri_suffix`): "في 19 - 8 - 1427هـ", "بتاريخ 4/10/1427 هـ". (Gregorian figures with a slash are left to
        `field_day` and `log_day`: elsewhere they are as often a score or a reference number.)"""
        toks = self.toks
        month = _day(toks[at + 2])
        if month is None or month > 12:
            return None
        hijri = _hijri_year(toks[at + 4])
        if hijri is not None and self.bare("hijri_suffix", at + 5):
            try:
                g = Hijri(hijri, month, day).to_gregorian()
            except (ValueError, OverflowError):
                return None
            return DateSpan(at, at + 6, _day_range(date(g.year, g.month, g.day)))
        return None

    def log_day(self, day: int, at: int) -> DateSpan | None:
        """A log entry opened by its day and month in figures, day first ("14/03 - Basra: ...", "14/03/2022 -"),
        as a chronology opens on its year: read only there, the dash after it (a figure with a slash elsewhere is
        a score, a ratio or a reference number). A numbered item may open on it too, a comma after it ("2. 29/11,
        Ninewa, Mosul district.")."""
        toks = self.toks
        month = _day(toks[at + 2])  # a day's figure of at most 12
        if month is None or month > 12:
            return None
        year = _year(toks[at + 4]) if len(toks) > at + 5 and toks[at + 3] == "/" else None
        end = at + 3 if year is None else at + 5
        if end >= len(toks) or toks[end] != "-" and not (at and toks[end] == ","):
            return None
        year = year if year is not None else self.month_year_default(month, False)
        if year is None:
            return None
        return _day_span(at, end, year, month, day)

    def dated_month(self, j: int, day: int, start: int) -> DateSpan | None:
        if not self.months:
            return None  # (most figures: the sentence names no month to date the day by)
        w = self.get("month_word", j)  # "الرابع والعشرين من شهر رمضان": the word "month" before its name
        if w is not None and (self.get("month", w.end) is not None or self.get("hijri_month", w.end) is not None):
            j = w.end
        m = self.get("month", j)
        if m is not None:
            return self.month(j, m, day=day, start=start)
        h = self.get("hijri_month", j)
        if h is not None:
            return self.hijri_month(j, h, day=day, start=start)
        p = self.get("period", j)  # "السادس من الشهر الحالي", "the 6th of last month"
        if p is not None and p.payload.value.startswith("month") and self.pub is not None:
            month = self.period(j, p).range
            try:
                return DateSpan(start, p.end, _day_range(date.fromisoformat(month.start).replace(day=day)))
            except ValueError:
                return None
        return None

    def bare_year(self, i: int, m: Match) -> DateSpan | None:
        j = m.end
        if j < len(self.toks) and _year(self.toks[j]) is not None:
            y = _year(self.toks[j])
            return DateSpan(i, j + 1, _year_part(y))
        return None

    # the words that can open a date expression, tried in this order, and the parse each opens
    _OPENERS = (
        ("since", since), ("part", part), ("day_offset", day_offset), ("period", period), ("weekday", weekday),
        ("ago", ago),
        ("month_word", month_word), ("month", month), ("hijri_month", hijri_month), ("ordinal", ordinal_day),
        ("year_word", bare_year),
    )
    # the match kinds a date reads: the openers, and "past"/"next" after a month or a weekday
    _KINDS = frozenset(kind for kind, _ in _OPENERS) | {"past", "next", "homograph", "month_lead", "preposition",
                                                         "hijri_epithet", "ago_unit", "ago_anchor", "number",
                                                         "trigger"}


# the match kinds the date parser reads (a caller may pass only these)
DATE_KINDS = _Finder._KINDS
# the kinds that may open a date: a sentence with none of these and no figure tells no date (`_Finder.find`)
DATE_OPENERS = tuple(kind for kind, _ in _Finder._OPENERS)


def find_dates_by_kind(toks: Sequence[str], by_kind: Mapping[str, Sequence[Match]], published: date | None,
                       function_words: Mapping[str, Collection[str]]) -> list[DateSpan]:
    """Every date expression of a sentence, left to right, resolved against ``published``, from the sentence's
    matches grouped by kind (each kind's in text order), as `SentenceMentions` holds them: only the date kinds are
    read. ``function_words`` are the lexicon's one-word forms by kind (`PhraseIndex.words`: the year's lead words,
    من before a month)."""
    at: dict[str, dict[int, Match]] = {}
    for kind in by_kind.keys() & DATE_KINDS:  # (the date kinds the sentence holds, picked in C; their order no matter)
        matches = by_kind[kind]
        if matches:
            at[kind] = _longest_at(matches)
    return _Finder(toks, at, published, function_words).find()


def _longest_at(matches: Sequence[Match]) -> dict[int, Match]:
    """The longest of ``matches`` (of one kind) at each start, the first of equal length."""
    by_start: dict[int, Match] = {}
    for m in matches:
        prev = by_start.get(m.start)
        if prev is None or m.end > prev.end:
            by_start[m.start] = m
    return by_start


def _bare(m: Match | None) -> bool:
    """Whether ``m`` is a one-word match of a token as written (no proclitic stripped)."""
    return m is not None and not m.clitic and m.end == m.start + 1


def parse_published(value: str | date | None, where: str = "published") -> date | None:
    """A publication date from ISO text (a time part is ignored); a clear error otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{value!r} is not an ISO date; write it as YYYY-MM-DD", where) from None
