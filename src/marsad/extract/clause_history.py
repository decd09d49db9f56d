"""Fresh news or background: history, recalled and referred-back events, what the discourse remembers."""

from __future__ import annotations

from datetime import date, timedelta

from ..knowledge.lexicon import TriggerEntry
from ..knowledge.matcher import Match
from ..records import DateRange, Span
from ..resolve.places import HEADLINE_LABEL, PlaceMention, best_place
from .clause_cues import not_begun, of_series, opens_statement, pronoun_ordinal, since_deed_at, year_named, year_told
from .mentions import SentenceMentions
from .reaches import (
    DAY_WORDS,
    HEADING_WORDS,
    PLUPERFECT_DAY_REACH,
    FRESH_DAYS,
    RECENT_RELATIVE_DAYS,
    REFERENCE_REACH,
    RELATIVE_DATE_REACH,
    SUBHEADING_WORDS,
)
from .references import charged
from .speech import inside, speaker_spans
from .status import STALE_ENGLISH_DAYS, _age, stale
from .timing import in_dateline


class HistoryMixin:
    """Methods of `ClauseExtractor` (mixed into it): fresh news or background: history, recalled and referred-back
    events, what the discourse remembers. Expects of ClauseExtractor the attributes ``self.blocked``, ``self.context``,
    ``self.discourse``, ``self.discourse_at``, ``self.folded``, ``self.history``, ``self.last``, ``self.month_before``,
    ``self.published``, ``self.recalled``, ``self.reported_date``, ``self.sentence_number``, ``self.today``,
    ``self.year_before``. Calls the methods ``_qad_after`` (DatesMixin), ``_relative_day`` (DatesMixin), ``_token_at``
    (ClauseExtractor), ``sentence_span`` (ClauseExtractor), ``span`` (ClauseExtractor)."""

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

    def _tells_history(self, view: SentenceMentions) -> bool:
        """Whether an English sentence tells a day, month or year that is history (`_history`)."""
        return view.toks[0].isascii() and any(self._history(d.range) for d in view.dates())

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
            elif told and all(d.range.end < self.month_before and year_named(view, d) for d in told):
                # an Arabic sentence of history with its year ("وفي الثالث من أغسطس العام الماضي اجتاح المسلحون
                # القضاء") dates the undated sentence right after it too ("ونفذ التنظيم مذابح بحق السكان")
                self.history = (told[0].range, self.span(view, told[0].start, told[0].end))
        if not view.by_kind.keys().isdisjoint(DAY_WORDS) or view.toks and view.toks[0].isdigit() \
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
            if dated and any(c.payload.value == "correction" for c in view.kind("background")):
                # nor the days of a correction notice ("A story published on Monday, Aug. 12, about a roadside bomb
                # gave the wrong day"): they are the wrong story's, and the corrected telling gives its own
                dated = []
            if dated and view.has("onset"):
                # nor the day something else began ("بعد عملية عسكرية انطلقت فجر الجمعة", `onsets`)
                dated = not_begun(view, dated)
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
                    self._qad_after(view, a) and a.end < d.start <= a.end + PLUPERFECT_DAY_REACH
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
        if places and view.has("recall_lead"):
            # "... منذ الاعتداء الانتحاري في سوروتش": the earlier deed's place is no place the next sentences tell of
            since = since_deed_at(view)
            places = [p for p in places if p.match.start < since]
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
                    m is trigger and view.toks[m.start].isascii() and (
                        view.has("demonstrative") and any(d.end == m.start for d in view.kind("demonstrative"))
                        or self._gerund_after_the(view, m))):
                # (an English word read as a verb, "attacks", is a noun after "the", "these": "claimed most of these
                # attacks" names the attacks counted before, "responsibility for the killing" the killing told)
                continue
            if m is not trigger and (not whole or not opens_statement(view, m.start) or m in self.blocked
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
            if of_series(view, m.start):
                # "سلسلة جديدة من الغارات", "موجة من الضربات": the strikes of a series, not strikes told before
                continue
            # English possessives make the noun definite too: "the mukhtar's killing" (the folded "'s" is "s")
            if word.startswith("ال") or m.clitic == "لل" or m.payload.possessed or \
                    m.start - 1 in view.bare("definite_lead") and not self._complement_that(view, m.start - 1):
                return True
            if m.start > 1 and view.toks[m.start - 2] == "the" and view.has("definite_modifier") and any(
                    d.end == m.start for d in view.kind("definite_modifier")):
                return True  # "the first bomb", "the earlier attack": one of those told before
            if pronoun_ordinal(view, m.start):
                return True  # "وهو أول هجوم من نوعه": the pronoun opening the sentence is the attack just told
        return False

    @staticmethod
    def _gerund_after_the(view: SentenceMentions, m: Match) -> bool:
        """Whether English trigger ``m`` is a one-word "-ing" form right after "the" ("claimed responsibility for
        the killing"): a noun naming a deed told before, though the word is listed as a verb ("killing two"). Not
        "the fighting", which names a battle at large ("no U.S. personnel had been involved in the fighting")."""
        word = view.toks[m.start]
        return m.end - m.start == 1 and m.start > 0 and word.isascii() and word.endswith("ing") \
            and view.toks[m.start - 1] == "the" and m.payload.event_type != "Battles"

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

    def _subheading(self, view: SentenceMentions) -> bool:
        """Whether the sentence is a short Arabic line standing alone inside the article ("قتال في حلب"), a
        subheading whose news the paragraph under it tells."""
        return len(view.toks) <= SUBHEADING_WORDS and not view.toks[0].isascii() \
            and self._line_alone(view, (".", "!", "?", "؟", ":", "،", ","), last=False)

    def _heading_line(self, view: SentenceMentions) -> bool:
        """Whether the sentence is an English line of its own with no closing stop (\"Live updates - Sinjar\"), a
        heading over the article rather than a sentence of it."""
        return view.toks[0].isascii() and len(view.toks) <= HEADING_WORDS \
            and self._line_alone(view, (".", "!", "?", ":", ","), last=True)

    def _line_alone(self, view: SentenceMentions, stops: tuple[str, ...], last: bool) -> bool:
        """Whether the sentence stands on a line of its own (the article's last line too if ``last``) and ends on
        none of ``stops``: a heading or subheading (`_subheading`, `_heading_line`)."""
        span = self.sentence_span(view)
        text = self.folded.original
        before = text[:span.start].rstrip(" \t\u00a0")
        after = text[span.end:].lstrip(" \t\u00a0")
        return (not before or before.endswith("\n")) and (after.startswith("\n") or last and not after) \
            and not span.text.rstrip().endswith(stops)

    def _headline_item(self, view: SentenceMentions, i: int) -> bool:
        """Whether token ``i`` opens a headline's news after a short source label and a colon, as a news
        ticker or bulletin writes it ("مصدر أمني: انفجار عبوة", "الحشد الشعبي: العثور على مضافة")."""
        return 0 < i <= HEADLINE_LABEL and ":" in self.folded.text[view.sentence.ends[i - 1]:view.sentence.starts[i]]

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
        if self.last_date is None and self.discourse.date is None \
                and any(r.start == at for r in view.kind("relative_day")):
            # "في نفس اليوم الذي جرى فيه هجوم سوسة" with no day told before: the day of publication is only the
            # fallback of a day told relative to another event (`_relative_day`), no day of news
            return False
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
        return span is not None and year_told(view, span)

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

    def _last_type(self, reach: int) -> str | None:
        """The event type of the event told last, when told within ``reach`` sentences before this one."""
        if self.last is None or self.sentence_number - self.last[1] > reach:
            return None
        return self.last[0].event_type
