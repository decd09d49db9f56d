"""The day of the event a clause tells, and its redating by the sentences after it."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from ..knowledge.lexicon import TriggerEntry
from ..knowledge.matcher import Match
from ..records import DateRange, Event, UNREALISED_STATUSES, Span
from ..text.dates import day_offsets, shifted
from .clause_cues import (
    after_cue,
    crime_days,
    not_begun,
    not_between,
    onsets,
    after_comma,
    relative_after,
    tells_no_one,
    told_after,
    year_told,
    comparisons,
)
from .mentions import SentenceMentions
from .merge import _days_after
from .reaches import (
    CLAUSE_DATE_WORDS,
    CRIMES,
    RECALLED_SPANS,
    APPOSITION_REACH,
    CHARGED_DATE_REACH,
    COMPARISON_REACH,
    ONSET_DATE_REACH,
    POSSESSED_REACH,
    REDATE_DAYS,
    REFERENCE_REACH,
)
from .roles import tokens_of
from .speech import inside, speaker_spans
from .timing import in_dateline, since_point


class DatesMixin:
    """Methods of `ClauseExtractor` (mixed into it): the day of the event a clause tells, and its redating by the
    sentences after it. Expects of ClauseExtractor the attributes ``self.charged``, ``self.denied_later``,
    ``self.discourse``, ``self.discourse_at``, ``self.history``, ``self.last``, ``self.last_date``, ``self.lead_date``,
    ``self.new_item``, ``self.published``, ``self.redated``, ``self.report_dated``, ``self.reported_date``,
    ``self.retolled``, ``self.sentence_number``, ``self.tally_at``, ``self.today``, ``self.undated_items``. Calls the
    methods ``_token_at`` (ClauseExtractor), ``span`` (ClauseExtractor)."""

    def _named_day(self, view: SentenceMentions, event: Event) -> bool:
        """Whether ``event`` is dated by a weekday or month named in ``view`` (not by a span counted: "hours later")."""
        if event.evidence.date is None:
            return False
        at = self._token_at(view, event.evidence.date.start)
        return any(m.start <= at + 1 and at < m.end + 1 for k in ("weekday", "month") for m in view.kind(k))

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
        if len(days) > 1:
            # "it went off on Sunday evening, not Monday morning": the day after a contrasting "not" is set right
            days = [d for d in days if not _after_not(view, d.start)] or days
        if days and view.has("onset"):
            # "ويأتي الهجوم ضمن المرحلة الأولى من معركة الموصل التي بدأت الاثنين الماضي": the day a campaign began
            # is not the day of the event told within it
            days = not_begun(view, days)
        if not days:
            return False
        day = max(days, key=lambda d: d.range.start)
        self.redated.setdefault(last.event_id, (day.range, self.span(view, day.start, day.end), False))
        return True

    def _dated_before_last(self, view: SentenceMentions) -> bool:
        """Whether the sentence tells a day wholly before that of the event told last ("بعد هجوم صاروخي في شباط
        الماضي أدى إلى مقتل متعاقد" after a strike of April): its toll is that earlier event's, not the last one's."""
        last = self.last[0].date
        return last is not None and any(d.range.end < last.start for d in view.dates()
                                        if not in_dateline(view, d.start, d.end))

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
        dates = view.dates() if not view.by_kind.keys().isdisjoint(CLAUSE_DATE_WORDS) or view.figures() else []
        if before is not None and dates:
            dates = [d for d in dates if d.start < before]
        if dates and view.toks[anchor].isascii() and view.has("report_verb"):
            stated = statement_day(view, dates, anchor, hi)
            if stated is not None:
                return stated[0], self.span(view, stated[1].start, stated[1].end), True
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
            told = not_between(view, told, "modal", anchor)
        # (English: "Kataib Hezbollah vowed on Monday to retaliate after U.S. strikes killed 25 of its fighters on
        # Sunday": the day right after a word of threat is the threat's, when another day is told after the event
        # word)
        if len(told) > 1 and view.has("threaten") and view.toks[anchor].isascii() and any(d.start > anchor for d in told):
            told = [d for d in told if d.start > anchor or not any(
                w.end <= d.start <= w.end + 1 for w in view.kind("threaten"))]
        # "أدانت الوزارة، اليوم الثلاثاء، القصف المدفعي الذي نفذه الحرس الثوري أمس الاثنين": so too a day between a
        # condemnation and the event word, when the relative clause right after the event word tells another day
        if len(told) > 1 and view.has("reaction") and any(d.start > anchor for d in told) \
                and relative_after(view, anchor):
            told = not_between(view, told, "reaction", anchor)
        # "تبنت الجماعة، اليوم الثلاثاء، الهجوم الصاروخي الذي استهدف مساء أمس": a day between a claim verb and the
        # event word is the claim's when another day is told after the event word, in the clause describing it
        # (so too when the day told after the event word is earlier than the claim's: "تبنى التنظيم، اليوم الأربعاء،
        # هجوماً بعجلة مفخخة قال إنه استهدف أمس الثلاثاء تجمعاً": the attack was before its claim)
        if len(told) > 1 and view.has("claim") and any(d.start > anchor for d in told) and (
                relative_after(view, anchor) or any(
                d.start > anchor and all(d.range.end < e.range.start for e in told if e.end <= anchor) for d in told)):
            told = not_between(view, told, "claim", anchor)
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
        other = after_cue(view, dates, view.kind("later_clause"), anchor) if view.has("later_clause") else set()
        recalled = [d for d in dates if d.range.precision in RECALLED_SPANS]  # (past weeks and months)
        if dates and view.has("until"):
            # "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ظهر اليوم": a day after "until" is a limit, no event's day
            # (but "until October 2017, when federal forces retook the city": the day a "when" clause opens on
            # right after it is that clause's day)
            other |= {id(d) for d in dates for u in view.kind("until") if d.start == u.end
                      and view.toks[d.end:d.end + 2] != (",", "when")}
        # "fewer than the 26 recorded in February", "up from 12 in March": the date after a comparison (English
        # `comparison`) dates the figure compared with, not the event or tally told
        if dates and view.has("comparison"):
            other |= told_after(view, dates, comparisons(view), reach=COMPARISON_REACH)
        # a day told right after a charged event word ("متهمين بالمشاركة في نزاع اندلع مساء الجمعة") dates that
        # deed, not the arrest told beside it (not so after a reference: "عقب مقتل 15 جنديا الجمعة في هجوم")
        if dates and self.charged:
            # (English: anywhere in the charged deed's clause, "arrested four men suspected of killing a lawyer
            # outside his office in Amarah last Tuesday")
            reach = CHARGED_DATE_REACH if view.toks[anchor].isascii() else 3
            # (the arrest before the deed; an English event word after it, "convicting them of kidnapping a lecturer
            # in 2020 and holding him", goes on with the deed)
            other |= told_after(view, dates, [b for b in self.charged if b.start != anchor and (
                anchor < b.start or not view.toks[anchor].isascii())], reach=reach)
            if not view.toks[anchor].isascii():
                # (Arabic: a past week, month or year anywhere in the charged deed's clause, "متهماً بالمشاركة في
                # إحراق مبانٍ حكومية ومقار حزبية خلال أحداث الأسبوع الماضي", dates the deed; an arrest is told by
                # its day, before the charge)
                other |= told_after(view, recalled, [b for b in self.charged if b.start > anchor],
                                     reach=CHARGED_DATE_REACH)
        if dates and not view.toks[anchor].isascii() and any(
                m.start == anchor and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # "أعلنت الشرطة، اليوم الاثنين، تحرير صيدلاني اختُطف ليلة الخميس الماضي من أمام صيدليته، واعتقال ثلاثة من
            # المتورطين": a day right after the verb of a crime (the abduction, a killing, a bombing) dates that crime,
            # not the arrest told after it past a comma, which the report or its own telling dates (a fight's day,
            # "اشتبكت صباح أمس مع مسلحين ...، واعتقلت أربعة عشر", is the arrest's too: one operation)
            other |= {id(d) for d in dates if d.end < anchor and "," in view.toks[d.end:anchor] and any(
                0 <= d.start - m.end <= 1 and m.payload.voice != "noun" and m.payload.event_type in CRIMES
                for m in view.kind("trigger"))}
        if dates and view.has("relative") and not view.toks[anchor].isascii() and any(
                m.start == anchor and m.payload.sub_event_type == "Arrests" for m in view.kind("trigger")):
            # "أعلن الوزير اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف السوق يوم الجمعة", "تمكنت من توقيف
            # مشتبه بهم في الحادث الذي وقع، صباح أول من أمس، في القرية": a day told in a relative clause on the crime
            # named after the arrest word dates that crime, which came before the arrest, not the arrest
            other |= crime_days(view, dates, anchor)
        # (English) "..., the biggest victory yet over the militants who overran much of northern Iraq last June": a
        # day told in a clause on people ("who", English `relative`) past a comma after the event word dates what
        # they did there (not so right after the event's own words: "killed seven civilians who were collecting
        # truffles west of Rutba on Tuesday")
        # (Arabic, a past month or week only: "فجر نفسه في الرقة، ونصبت أسرته العزاء لابنها الذي التحق بالتنظيم في
        # مارس الماضي" dates his joining; a day there may be the event's own, "، الذي وقع مساء أمس")
        if dates and view.has("relative"):
            other |= after_cue(view, dates if view.toks[anchor].isascii() else recalled, view.kind("relative"), anchor,
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
            other |= after_cue(view, [d for d in dates if d.range.precision in RECALLED_SPANS or d.start in ago],
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
            other |= told_after(view, recalled, rels)
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
            other |= told_after(view, dates, onsets(view, anchor), reach=ONSET_DATE_REACH)
        if dates and self.tally_at is not None and self.tally_at[0] == anchor:
            # an arrest told before a tally's figure: the dates after the figure are the tally's
            other |= {id(d) for d in dates if d.start > self.tally_at[1]}
        if dates and view.toks[anchor].isascii() and len(dates) > 1:
            # "it went off on Sunday evening, not Monday morning", "on Sunday, not on Monday as first reported": a
            # day right after a contrasting "not" is the day set right, never the event's, when another is told
            other |= {id(d) for d in dates if _after_not(view, d.start)}
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
            years = [d for d in dates if year_told(view, d)]
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
            elif view.toks[anchor].isascii():
                if len(in_clause) > 1 and any(d.range.precision == "day" and d.start > anchor for d in in_clause):
                    # "This week the Islamic Resistance claimed a drone attack on Ain al-Asad on 29 October": a week
                    # framing the sentence before the event word yields to the day told after it, whichever is
                    # nearer ("kidnapped last week was released on Sunday", "who died this week": a week after the
                    # word is its)
                    in_clause = [d for d in in_clause if not (d.range.precision == "week" and d.end <= anchor)]
                if view.has("day_offset"):
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
        if self.discourse.date is not None and not (self.published is not None and _opens_apart(view)):
            return self.discourse.date[0], self.discourse.date[1], False
        if self.published is not None:
            return self.today, None, False
        return None, None, False

    def _dated_ahead(self, view: SentenceMentions, lo: int, hi: int) -> bool:
        """Whether clause ``lo``..``hi`` tells a date after today (a coming day or month)."""
        return self.today is not None and any(lo <= d.start < hi and d.range.start > self.today.start
                                              for d in view.dates())

    def _date_phrase_after(self, view: SentenceMentions, hi: int, date_at: int) -> bool:
        """Whether a day told at ``date_at`` opens the phrase right after the comma closing a clause at ``hi``, and
        that phrase, closed by a comma of its own, holds no event word, reporting verb or actor: "فجر انتحاري نفسه، أمس
        الخميس الموافق العشرين من صفر 1434 للهجرة، وسط جموع الزوار": a day set off by commas that goes on with the
        clause before (a long date phrase, not a clause of its own)."""
        i = after_comma(view, hi)
        if i != date_at or view.toks[i - 1] != ",":
            return False
        end = next((j for j in range(i, len(view.toks)) if view.toks[j] == ","), None)
        if end is None:
            return False  # (a day closing the sentence, "... على مدينة أم درمان، السبت الماضي": no phrase set off)
        return tells_no_one(view, i, end)


def statement_day(view: SentenceMentions, dates: list, anchor: int, hi: int) -> tuple[DateRange, Match] | None:
    """English: a day counted in a reported statement ("police said on Tuesday that a bomb had exploded yesterday",
    "the mayor said on Monday that gunmen had attacked the checkpoint the day before") counts from the day the
    statement was made (told right after or before its verb), not from publication: that day shifted, and the
    counting words."""
    for verb in view.kind("report_verb"):
        if verb.start >= anchor:
            break
        said = next((d for d in dates if d.range.precision == "day" and (
            d.end == verb.start or verb.end <= d.start <= verb.end + 1)), None)
        if said is None:
            continue
        # (a counted day after the verb and its day, in the event's clause; "today" counts nothing)
        counted = [o for o in view.kind("day_offset") + view.kind("relative_day")
                   if max(verb.end, said.end) <= o.start < hi and o.payload.value not in ("0", "-1,0", "")]
        if not counted:
            continue
        word = min(counted, key=lambda o: o.start)
        days = day_offsets(word.payload.value)[0] if word.kind == "day_offset" else int(word.payload.value or 0)
        return shifted(said.range, days), word
    return None


def _opens_apart(view: SentenceMentions) -> bool:
    """Whether an Arabic sentence opens on a word of another matter ("من جهة أخرى، ذكرت الوكالة ..."): what it tells
    is no part of the story an earlier sentence dated."""
    return any(m.start == 0 and not view.toks[0].isascii() for m in view.kind("separate"))


def _after_not(view: SentenceMentions, start: int) -> bool:
    """Whether the date at token ``start`` follows a contrasting ", not" ("on Sunday, not Monday", ", not on Monday")."""
    toks = view.toks[max(0, start - 3):start]
    if toks[-1:] == ("on",):
        toks = toks[:-1]
    return toks[-2:] == (",", "not")
