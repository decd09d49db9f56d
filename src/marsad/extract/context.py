"""What a whole article says before its sentences are read one by one: where it is, and what it is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ..knowledge.lexicon import Knowledge
from ..text.dates import day_offsets, nearest_shift, weekday_position
from .mentions import SentenceMentions, longest
from .reaches import FRESH_DAYS
from .timing import in_dateline


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """The governorates the article names, the country in focus, and whether it is a sports report (its
    attacks and strikes are on goal). ``every_code`` also counts the governorates of ambiguous names."""

    admin1_codes: frozenset[str]
    country: str | None
    sports: bool = False
    every_code: frozenset[str] = frozenset()
    # governorates (place ids) the article names only as a quarter or street, and districts or towns it names as a
    # quarter of a town in another governorate
    quarters: frozenset[str] = frozenset()
    opinion: bool = False  # an opinion column, analysis or interview rather than a news report (see `is_opinion`)
    # (governorate, Arabic name) for each governorate among ``admin1_codes`` that only that name (of one or more
    # same-named places) names
    lone: frozenset[tuple[str, str]] = frozenset()
    signed: bool = False  # an opinion piece signed by its writer's tagline (see `_signed`)


# a sports report names its game again and again: this many sports words over this many sentences
SPORTS_WORDS, SPORTS_SENTENCES = 5, 2
# an opinion column argues in the first person and asks questions: this many such cues in an article that names
# no day of news
OPINION_CUES = 2
# ... or that names a day of news only in passing: in at most one sentence of this many (an interview of eighty
# sentences, an analysis of forty that name a weekday once are still commentary; a short report built around a
# question "what happened on Sunday?" is news)
OPINION_DAYS_IN_PASSING = 20
# an essay quotes few sources: under this share of its sentences has a reporting verb (قال, أعلن, أفاد), over
# this many sentences, with no day told in its first two (an analysis quoting sources, as the seed article does in
# 4 sentences of 14, is a report)
ESSAY_REPORTED, ESSAY_SENTENCES = 1 / 5, 5
# ... and is written in sentences: a list of headlines (a wire's titles pasted one a line, no full stop, each at most
# `HEADLINE_WORDS` words long) in at least this share of its lines is a digest of news, not an essay
HEADLINE_WORDS, HEADLINE_SHARE = 20, 4 / 5
# a feature or a chronology is long and names no day of news in any of its sentences: over this many sentences,
# quoting sources in under `FEATURE_REPORTED` of them, with no "today" in its lead (a news report of this length
# tells its day somewhere, or is carried by its sources' words in most of its lines)
FEATURE_SENTENCES, FEATURE_REPORTED = 25, 1 / 2
# a chronology ("تاريخ استهداف ...", a ministry's record of twelve years) dates its events by calendar days older
# than `FRESH_DAYS`: in at least this many sentences, and this many times as many as the sentences naming a day of
# news (a report with a background paragraph or two of dated history tells its own days more often)
CHRONOLOGY_SENTENCES, CHRONOLOGY_SHARE = 6, 3
# a report tells its day in its lead, these first sentences; a column that names one day of news only further
# down, argues in the first person or asks in more than `OPINION_CUES` sentences and quotes few sources (under
# `ESSAY_REPORTED` of its sentences) names that day in passing ("عملياتهم تكون أمس في عسير، وقبله في الكويت")
LEAD_SENTENCES = 3
# a column may tell the day of the news it answers in its lead ("خيّم الحزن علينا بعد تفجير الخميس ..."): one that
# names a day of news in one sentence only, argues or asks in more than `OPINION_CUES` sentences and in at least one
# of every this many of its sentences is a column still (Arabic: an English report quoting "we" in half its lines
# is a statement's news, en-dev lost an event)
ARGUED_SHARE = 2


# a column signs off with its writer's e-mail address as its last word, within this many characters of the end (a
# news report gives an address for tips, if any, before its last sentence)
SIGNATURE = re.compile(r"[\w.-]+@[\w-]+(\.[\w-]+)+\W*$")
SIGNATURE_TAIL = 80


# how many days before publication a calendar day told ("in western Mosul, Jan. 24") is a day of news
RECENT_DAY_SPAN = 7


def _recent_day(view: SentenceMentions) -> bool:
    """Whether the sentence names a calendar day (a month and its day) within `RECENT_DAY_SPAN` days before
    publication: a press release that dates its incident "Jan. 24" tells news, however many "we" its quotes hold."""
    if not view.has("month") or view.published is None or not view.toks or not view.toks[0].isascii():
        return False  # (English: an Arabic column cites the month's days as readily as news does)
    return any(d.range.precision == "day"
               and 0 <= (view.published - date.fromisoformat(d.range.start)).days <= RECENT_DAY_SPAN
               for d in view.dates())


def _day_of_news(view: SentenceMentions) -> bool:
    """Whether the sentence names a day of news: a weekday, a part of today, a relative day other than a bare
    "today" (nor the elative of "في أمسّ الحاجة", most in need, which folds to "yesterday"), or a recent calendar
    day."""
    need = view.bare("need_noun") if view.has("day_offset") else ()
    return view.has("weekday") or view.has("time_of_day") \
        or any(o.payload.value != "0" and not (o.payload.value == "-1" and o.end in need)
               for o in view.kind("day_offset")) \
        or _recent_day(view)


def _newsroom_only(view: SentenceMentions) -> bool:
    """Whether every first-person word of the sentence is an outlet's "our" before its own staff (`newsroom`, one
    word between at most: "our correspondent", "our Baghdad bureau"): the outlet filing news, no one arguing."""
    staff = view.bare("newsroom")
    return all(m.end - m.start == 1 and view.toks[m.start] == "our"
               and (m.end in staff or m.end + 1 in staff) for m in view.kind("first_person"))


def _signed(views: Sequence[SentenceMentions], text: str | None = None) -> bool:
    """Whether the article carries a columnist's tagline or a travel advisory's advice (`first_person` tagline:
    "The writer is ...", a column's footer "مقالات أخرى للكاتب"), or ends on its writer's e-mail address (``text``)."""
    if text is not None and SIGNATURE.search(text[-SIGNATURE_TAIL:]):
        return True
    return any(m.payload.value == "tagline" for view in views for m in view.kind("first_person"))


def _asks_or_exclaims(line: str | None) -> bool:
    """Whether a sentence or a title ends on a question or an exclamation mark ("من أين يستمد الأردن أهميته؟",
    "..!"): a columnist's question to the reader or his outcry; a report states."""
    return bool(line) and line.rstrip()[-1:] in ("?", "؟", "!")


def _feature(views: Sequence[SentenceMentions], reported: int) -> bool:
    """Whether an article that names no day of news is a long feature, a chronology or an analysis ("عام من
    ...", "تاريخ استهداف ..."): over `FEATURE_SENTENCES` sentences, a reporting verb in under `FEATURE_REPORTED` of
    them, no "today" in its lead and no breaking-news label; the attacks it recalls are history, not news."""
    return len(views) >= FEATURE_SENTENCES and reported < FEATURE_REPORTED * len(views) \
        and not any(v.has("day_offset") for v in views[:LEAD_SENTENCES]) and not any(v.has("breaking") for v in views)


def _chronology(views: Sequence[SentenceMentions]) -> bool:
    """Whether the article is a chronology: at least `CHRONOLOGY_SENTENCES` of its sentences name a calendar day
    over `FRESH_DAYS` before publication, `CHRONOLOGY_SHARE` times as many as name a day of news; the attacks it
    lists are history, not news."""
    published = views[0].published if views else None
    if published is None:
        return False
    old = sum(any(d.range.precision == "day" and (published - date.fromisoformat(d.range.start)).days > FRESH_DAYS
                  for d in view.dates()) for view in views)
    return old >= CHRONOLOGY_SENTENCES and old >= CHRONOLOGY_SHARE * sum(map(_day_of_news, views))


def _headline_list(views: Sequence[SentenceMentions], text: str | None) -> bool:
    """Whether the text is a list of headlines, one a line: in at least `HEADLINE_SHARE` of its sentences a short
    line (at most `HEADLINE_WORDS` words) that ends on no full stop ("Car bomb kills 12 in Baquba market")."""
    if text is None or not views:
        return False
    lines = sum(len(v.toks) <= HEADLINE_WORDS and text[v.sentence.start:v.sentence.end].rstrip()[-1:] not in
                (".", "!", "?", "؟", "…", ":", "،", ",")
                and text[v.sentence.end:v.sentence.end + 1] in ("\n", "") for v in views)
    return lines >= HEADLINE_SHARE * len(views)


def is_opinion(views: Sequence[SentenceMentions], text: str | None = None, title: str | None = None) -> bool:
    """Whether the article reads as an opinion column, an analysis or an interview rather than a news report: it
    names no day of news (no weekday, no "yesterday" or "the day before": a bare "today" is also the columnist's
    "nowadays") and argues in the first person (`first_person`: نحن، بلادنا، أعتقد، we), weighs (`stance`: لا شك،
    ينبغي، لعل) or asks or exclaims (a sentence ending on "?" or "!" in ``text``, the folded text the
    sentences index) in at least `OPINION_CUES` sentences, a ``title`` that asks or exclaims counting as one:
    a piece carried by opinions quoted, with no day of news, is commentary too (a news report may quote one
    sentence of "إننا"). (A column signed by its writer's tagline is one whatever it reads: `article_context` asks
    `_signed` first.)"""
    if _chronology(views):
        return True
    cues = int(_asks_or_exclaims(title))
    reported = 0
    for view in views:
        if view.has("boilerplate") and view.kind("boilerplate")[0].start == 0:
            continue  # a site's link line ("رابط المقال: ..."): "the article" there is the page's, no writer's
        if view.has("first_person") and not _newsroom_only(view) or view.has("stance") \
                or text is not None and _asks_or_exclaims(text[view.sentence.start:view.sentence.end]):
            cues += 1
        reported += view.has("report_verb")
    # a dateline's day ("MOSUL, Iraq, July 2 - We are standing at a checkpoint ...") files a news report, whatever
    # "we" the reporter writes
    dateline = bool(views) and views[0].toks[0].isascii() and views[0].has("month") and any(
        d.range.precision == "day" and in_dateline(views[0], d.start, d.end) for d in views[0].dates())
    if cues >= OPINION_CUES:
        news = list(map(_day_of_news, views))  # whether each sentence names a day of news
        days = dateline + sum(news)
        if days * OPINION_DAYS_IN_PASSING <= len(views):
            return True
        if days == 1 and cues >= OPINION_CUES + 1 and reported <= ESSAY_REPORTED * len(views) \
                and not any(news[:LEAD_SENTENCES]):
            return True
        if days == 1 and not views[0].toks[0].isascii() and cues >= OPINION_CUES + 1 \
                and cues * ARGUED_SHARE >= len(views):
            return True  # (a piece that argues in half its sentences is a column, whatever day its lead tells)
        if days:
            return False
    elif dateline or any(map(_day_of_news, views)):
        return False  # (too few cues for an opinion: a day of news makes it a report, how many days no matter)
    if _feature(views, reported):
        return True
    # an essay, not a report: it tells no day at all (no date of a day anywhere, no "اليوم" in its lead), quotes
    # few sources, and is no breaking-news feed ("عاجل", "قبل قليل")
    return len(views) >= ESSAY_SENTENCES and reported < ESSAY_REPORTED * len(views) \
        and not any(v.has("day_offset") for v in views[:2]) and not any(v.has("breaking") for v in views) \
        and not any(d.range.precision == "day" for v in views for d in v.dates()) and not _headline_list(views, text)


def article_context(knowledge: Knowledge, views: Iterable[SentenceMentions], text: str | None = None,
                    title: str | None = None) -> ArticleContext:
    """Governorates named unambiguously anywhere in the article, the most-named country, whether the
    article is a sports report, and whether it is an opinion piece (``text``: the folded text, for its
    question marks; ``title``: the article's title, a question in it one cue of a column)."""
    codes: set[str] = set()
    every: set[str] = set()
    namers: dict[str, set[str]] = {}  # governorate -> the names of the places that name it
    countries: Counter[str] = Counter()
    sports_words = sports_sentences = 0
    quartered: set[str] = set()
    provinces: set[str] = set()
    views = list(views)
    for view in views:
        at = quarter_positions(view)
        if at:
            for m in view.kind("place"):
                if knowledge.places[m.payload].level in ("admin1", "country") and named_as_quarter(view, m, at):
                    quartered.add(m.payload)  # "the al-Muthanna neighbourhood": not the governorate
                elif knowledge.places[m.payload].level in ("admin2", "place") and view.toks[m.start].isascii() \
                        and named_as_quarter(view, m, at) and _elsewhere(knowledge, view, m):
                    # "the al-Shamiya neighbourhood of Nasiriyah": not Qadisiyah's town (English only: the Arabic "في حي
                    # الرفاعي" of a Mosul story, right as it is, moved a later toll onto another event)
                    quartered.add(m.payload)
    if quartered:  # unless the article names the governorate as such too ("Muthanna province")
        provinces = {m.payload for view in views for m in view.kind("place") if m.payload in quartered
                     and any(w.start == m.end or w.end == m.start for w in view.kind("admin_word")
                             if not any(q.start == w.start for q in view.kind("quarter")))}
    # named as a quarter once, the name is the quarter wherever the article tells it again ("in al-Muthanna")
    quarters = frozenset(quartered - provinces)
    for view in views:
        if view.has("sports"):
            sports_words += len(longest(view.kind("sports")))
            sports_sentences += 1
        if not view.has("place"):
            continue
        measured = measured_positions(view)
        governments = government_positions(view)
        # (a crowd's target, or two capitals paired as governments: "بين واشنطن وطهران" places nothing in Tehran)
        opposed = party_positions(view, knowledge) | idiom_positions(view)
        for m in view.kind("place"):
            if m.payload in quarters or m.start in opposed:
                continue
            entry = knowledge.places[m.payload]
            if m.start in governments and entry.country != "Iraq" and entry.level != "country":
                continue  # "a militia Tehran backs": the government, no place the article tells
            if entry.admin1_code and m.start not in measured:  # "60 كم شمال بغداد" places nothing in Baghdad
                every.add(entry.admin1_code)
            if entry.needs_context_for(m.end - m.start):
                continue
            countries[entry.country] += 1
            if entry.admin1_code:
                codes.add(entry.admin1_code)
                namers.setdefault(entry.admin1_code, set()).add(entry.name_ar)
    country = countries.most_common(1)[0][0] if countries else None
    # a columnist's tagline ("The writer is a former diplomat.", "The views expressed are the author's own") marks
    # the genre whatever days the column names (found once: `is_opinion` is not asked then)
    signed = _signed(views, text)
    return ArticleContext(frozenset(codes), country,
                        sports_words >= SPORTS_WORDS and sports_sentences >= SPORTS_SENTENCES, frozenset(every),
                        quarters, signed or is_opinion(views, text, title),
                        frozenset((c, *names) for c, names in namers.items() if len(names) == 1),
                        signed)


def publication_shift(views: Sequence[SentenceMentions], published: date | None) -> int:
    """Days to move a publication date that the article's own weekdays contradict: every relative day named with
    its weekday ("أمس الأحد", "اليوم (الخميس)") agrees on the same shift (a feed that dates its articles a day
    late). 0 when none is named, they agree with the date, or they disagree among themselves."""
    if published is None:
        return 0
    shifts: set[int] = set()
    for view in views:
        if not (view.has("day_offset") and view.has("weekday")):
            continue
        weekdays = {w.start: w for w in view.kind("weekday")}
        for o in view.kind("day_offset"):
            w = weekdays.get(weekday_position(view.toks, o.end))
            if w is not None:
                shifts.add(nearest_shift(int(w.payload.value), published + timedelta(days=day_offsets(o.payload.value)[0])))
    return shifts.pop() if len(shifts) == 1 else 0


# how many tokens after a distance unit ("كم", "km") the landmark measured from may stand
_MEASURED_REACH = 6


def _elsewhere(knowledge: Knowledge, view: SentenceMentions, m) -> bool:
    """Whether the sentence names, besides district or town ``m``, a place of another governorate (the city a quarter
    named like a district lies in: "the al-Shamiya neighbourhood of Nasiriyah")."""
    code = knowledge.places[m.payload].admin1_code
    return any(o.payload != m.payload and knowledge.places[o.payload].admin1_code not in (None, code)
               for o in view.kind("place"))


def measured_positions(view: SentenceMentions) -> set[int]:
    """Where a landmark measured from may stand: a few tokens after a distance unit ("60 كم شمال بغداد")."""
    if not view.has("distance_unit"):  # (asked of every sentence; few measure a distance)
        return set()
    return {t for u in view.kind("distance_unit") for t in range(u.end, u.end + _MEASURED_REACH)}


def quarter_positions(view: SentenceMentions) -> frozenset[int]:
    """Where a name stands that a `quarter` word makes a quarter or street: the word follows an English name
    ("the al-Muthanna neighbourhood"), precedes an Arabic one ("شارع بغداد")."""
    if not view.has("quarter"):
        return frozenset()
    at = {q.start if view.toks[q.start].isascii() else q.end for q in view.kind("quarter")}
    # (an Arabic dual names two: "على شارعي الثورة وبغداد في دمشق", the second name the first after "و")
    for q in view.kind("quarter"):
        if q.payload.value == "dual" and not view.toks[q.start].isascii():
            at.update(t for t in range(q.end + 1, min(q.end + _DUAL_REACH, len(view.toks)))
                      if view.toks[t].startswith("و") and not any(view.toks[u].startswith("و")
                                                                  for u in range(q.end + 1, t)))
    return frozenset(at)


# how far after an Arabic dual quarter word ("شارعي") its second name may start
_DUAL_REACH = 4


def named_as_quarter(view: SentenceMentions, m, at: frozenset[int]) -> bool:
    """Whether place match ``m`` names a quarter or street (see ``quarter_positions``). An Arabic name with the
    preposition ب on it is where the quarter or market lies, not its name ("في سوق ببغداد")."""
    if not view.toks[m.start].isascii() and m.clitic.endswith("ب"):
        return False
    return (m.end if view.toks[m.start].isascii() else m.start) in at


# how far after a crowd's "against" the capital it is aimed at may stand ("chanted against both the KRG and Baghdad")
OPPOSED_REACH = 5


def opposed_positions(view: SentenceMentions) -> frozenset[int]:
    """Where a capital is the government a crowd's anger is aimed at: "chanted against both the KRG and Baghdad",
    "slogans against both Erbil and Baghdad" (a `protest_against` phrase up to five words before it, no comma
    between): no place, not even in Iraq."""
    if not (view.has("protest_against") and view.has("capital")):
        return frozenset()
    return frozenset(c.start for w in view.kind("protest_against") for c in view.kind("capital")
                     if w.end <= c.start <= w.end + OPPOSED_REACH and "," not in view.toks[w.end:c.start])


def paired_positions(view: SentenceMentions, knowledge: Knowledge) -> frozenset[int]:
    """Where two English capitals joined by "and", one of them foreign, stand for their two governments: "the
    security agreement between Washington and Baghdad" (no place, Baghdad included: it is a party beside
    Washington, not where anything happened). Arabic only for two foreign capitals ("العلاقة بين واشنطن وطهران": no
    event in Tehran): "حوار شامل بين بغداد وواشنطن" in the seed analysis is a dialogue held in Baghdad, and its place
    is all that supports it."""
    caps = view.kind("capital")  # (`party_positions`, its one caller, has seen a capital)
    if len(caps) < 2:
        return frozenset()
    english = view.toks[0].isascii()
    out: set[int] = set()
    for a, b in pairwise(caps):  # (Iraq's own governments, Baghdad and Erbil, are no foreign pair)
        if english:
            joined = b.start == a.end + 1 and view.toks[a.end] == "and"
            foreign = not all(knowledge.actors[c.payload.value].actor.country == "Iraq" for c in (a, b))
        else:
            joined = b.start == a.end and b.clitic == "و"
            foreign = not any(knowledge.actors[c.payload.value].actor.country == "Iraq" for c in (a, b))
        if joined and foreign:
            out.update((a.start, b.start))
    return frozenset(out)


def party_positions(view: SentenceMentions, knowledge: Knowledge) -> frozenset[int]:
    """Where a capital names a government as a party, no place: opposed by a crowd (`opposed_positions`) or paired
    with a foreign one (`paired_positions`)."""
    if not view.has("capital"):
        return frozenset()  # (both need a capital: most sentences)
    # (asked of each sentence twice, by the context and the places: made once)
    return view.memoized("party_positions", _party_positions, knowledge)


def _party_positions(view: SentenceMentions, knowledge: Knowledge) -> frozenset[int]:
    """`party_positions` of a sentence that names a capital."""
    return opposed_positions(view) | paired_positions(view, knowledge)


def idiom_positions(view: SentenceMentions) -> frozenset[int]:
    """Where a place name opens a common phrase (`place_idiom`: "مسقط رأس", a birthplace, not Muscat): no place."""
    return frozenset(w.start for w in view.kind("place_idiom")) if view.has("place_idiom") else frozenset()


def government_positions(view: SentenceMentions) -> frozenset[int]:
    """Where an English capital stands for its government rather than for a place: followed by a word ("a force
    Ankara considers an offshoot of the PKK", "Washington has struck back"), not after "in", "near" or a place
    word; an Arabic one with no preposition on or before it ("أنقرة ستبدأ"). Only names of places outside Iraq are
    dropped for this (Baghdad and Erbil are where much happens)."""
    # (asked of each sentence twice, by the context and the places: made once)
    if not (view.has("capital") or view.has("state_agent")):
        return frozenset()
    return view.memoized("government_positions", _government_positions)


def _government_positions(view: SentenceMentions) -> frozenset[int]:
    """`government_positions` of a sentence that names a capital (apart: its closure cells are made per call)."""
    introduced = {w.end for k in ("place_word", "admin_word") for w in view.kind(k)}
    lead = view.bare("place_lead")
    # Arabic: a capital with no preposition on it (بـ، لـ) and after none (في، من), followed by a word: "أنقرة
    # ستبدأ", "حضّ الاتحاد أنقرة على الرد" (not the dateline "أنقرة - ", nor "في أنقرة", "بأنقرة", "من أنقرة")
    among = view.bare("among_word")
    # (an Arabic one may end the sentence as the subject of the verb before it: "وهو ما نفته أنقرة")
    # (the costlier `_closing_subject` asked last, of a capital the cheap tests let through)
    loose = frozenset(c.start for c in view.kind("capital")
                      if c.start not in introduced
                      and c.start - 1 not in lead
                      and (view.toks[c.start].isascii()
                           or c.clitic in ("", "و") and c.start - 1 not in among)
                      and (c.end < len(view.toks) and view.toks[c.end].isalpha() or _closing_subject(view, c)))
    if view.toks[0].isascii() or not view.has("state_agent"):
        return loose
    # any Arabic capital a state is named by (`state_agent`: دمشق، الرياض، موسكو) read as its government from its
    # context alone: "بالتنسيق مع دمشق", "أهم حليف لدمشق", "قدرة دمشق على", "رفضت دمشق", "دمشق ترى" (not one told
    # as "the capital", "في العاصمة السورية دمشق": the city itself)
    named_capital = _after_capital_word(view)
    return loose | frozenset(c.start for c in view.kind("state_agent")
                             if c.start not in introduced and c.start not in named_capital
                             and _governing_context(view, c))


def _after_capital_word(view: SentenceMentions) -> set[int]:
    """The Arabic positions right after "العاصمة" and the adjective of its country ("في العاصمة التركية أنقرة",
    "العاصمة دمشق"): a city told as a capital is the place."""
    if view.toks[0].isascii() or not view.has("capital_word"):
        return set()
    out: set[int] = set()
    for w in view.kind("capital_word"):
        out.add(w.end)
        if w.end < len(view.toks) and view.toks[w.end].startswith("ال"):
            out.add(w.end + 1)  # (its country's adjective between: "العاصمة السورية")
    return out


def _governing_context(view: SentenceMentions, c) -> bool:
    """Whether Arabic capital ``c`` stands for its government by the words around it: after a word that governs
    a state (`government_head`: "مع"، "قدرة"، "بطلب من"; `government_for` with لـ on the name: "حليف لدمشق"), as
    the subject of a verb of speech or policy right before it ("رفضت دمشق") or right after it ("دمشق ترى",
    "فأنقرة تستخدم"), or paired with a force after "بين" ("التصعيد بين أنقرة والمتمردين")."""
    toks = view.toks
    heads = ("government_head",) if c.clitic in ("", "و") else ("government_for",) if c.clitic in ("ل", "ول") else ()
    if any(view.has(k) and any(w.end == c.start for w in view.kind(k)) for k in heads):
        return True
    if c.clitic not in ("", "و", "ف"):
        return False
    verbs = [k for k in ("report_verb", "denial", "blame", "government_verb") if view.has(k)]
    if not c.clitic and c.start and toks[c.start - 1] != "بين" \
            and any(w.end == c.start for k in verbs for w in view.kind(k)):
        return True
    # (a capital after the verb: only one that opens its clause, "، فأنقرة تستخدم", "أن دمشق ترى"; not the object
    # of a verb before it, "لزيارة دمشق ونقل رسائل")
    opens = c.clitic or c.start == 0 or toks[c.start - 1] in (",", "،", ":", "(", "«", '"') \
        or c.start - 1 in view.bare("that_word")
    if opens and c.end < len(toks) and any(w.start == c.end for k in verbs for w in view.kind(k)):
        return True
    # (not the side of an event told right before "بين": "مفاوضات بين أنقرة وحزب العمال" keeps the capital as the
    # place that supports the talks, as `paired_positions` leaves an Arabic pair with Baghdad)
    return not c.clitic and c.start > 1 and toks[c.start - 1] == "بين" and view.has("actor") \
        and any(a.start == c.end and a.clitic == "و" for a in view.kind("actor")) \
        and not (view.has("trigger") and any(t.end == c.start - 1 for t in view.kind("trigger")))


def _closing_subject(view: SentenceMentions, c) -> bool:
    """Whether Arabic capital ``c`` closes its sentence as the subject of the word right before it ("وهو ما نفته
    أنقرة", "كما أكدته واشنطن"): the government speaks (not after a `preposition`, "وصل الوفد إلى أنقرة", nor a
    place word, which `government_positions` leaves out). Asked only of a capital no word follows."""
    return not view.toks[c.start].isascii() and c.start > 0 and not c.clitic and view.toks[c.start - 1].isalpha() \
        and not any(p.end == c.start for p in view.kind("preposition"))
