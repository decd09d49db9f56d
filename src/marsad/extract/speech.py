"""Who is speaking and when they spoke: the source of a report is not a party to the event.

"أفاد مصدر في قيادة عمليات سامراء، اليوم الاثنين، بمقتل ..." — the command is the
source and "today" the day of the report; "Iraqi officials said" likewise.
"""

from __future__ import annotations

from ..knowledge.matcher import Match
from .mentions import SentenceMentions

# how far back before an English reporting verb after the event a comma may open its source
_SOURCE_REACH = 12


def says_that(view: SentenceMentions, lo: int, hi: int) -> bool:
    """Whether a "that" opening reported speech (`that_word`: أن, بأن, that) stands in tokens ``lo``..``hi``."""
    return not view.bare("that_word").isdisjoint(range(lo, hi))


def speaker_spans(view: SentenceMentions, trigger_start: int) -> list[tuple[int, int]]:
    """Token ranges that name the speaker of a report (and the reporting date), not the event."""
    if not (view.has("report_verb") or view.has("denial")):
        return []  # (no verb of saying: most sentences, and `_speaker_spans` makes closure cells)
    return view.memoized(("speakers", trigger_start), _speaker_spans, trigger_start)


def _speaker_spans(view: SentenceMentions, trigger_start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    toks = view.toks
    verbs = view.kind("report_verb") + view.kind("denial")  # (some: `speaker_spans` asks only then)
    event_words = _event_words(view)
    that = view.forms("that_word")
    for verb in verbs:
        if toks[verb.start].isascii():
            # English: ", police said on Tuesday" after the event — the subject stands just before the verb, or
            # up to eight words after it ("according to a statement from the Security Media Cell")
            if verb.start > trigger_start:
                # a longer source set off by a comma ("..., a police official and a company employee said")
                # runs back to that comma
                start = max(trigger_start + 1, verb.start - 4)
                comma = next((j for j in range(verb.start - 1, max(trigger_start, verb.start - _SOURCE_REACH), -1)
                              if toks[j] == ","), None)
                if comma is not None and comma + 1 < start and not any(
                        comma < w < start for w in event_words):  # no event word of its own
                    start = comma + 1
                elif comma is not None and comma + 1 > start:
                    start = comma + 1  # "on Wednesday evening, police said": the day before the comma is the event's
                if verb.start - 1 in view.bare("and_word") \
                        and not any(b.start == verb.start for b in view.kind("blame")):
                    # "drove a car bomb into a position on Saturday and claimed to have killed dozens": a verb joined
                    # by "and" shares the subject of the verb before it; the words before "and" are the deed's (not
                    # a blame, "reported explosions late Friday and blamed Israel", which the blame rules read)
                    start = verb.start
                end = min(len(toks), verb.end + 8)
                # "..., said the official, who is a member of Haditha's local council": a relative clause set off
                # after the speaker describes him, up to its comma
                who = next((j for j in range(verb.end + 1, end) if toks[j - 1] == "," and toks[j] == "who"), None)
                if who is not None:
                    end = next((j for j in range(who + 1, len(toks)) if toks[j] == ","), len(toks))
                spans.append((start, end))
            else:
                # "said on Tuesday its forces ...": the day after the verb is the report's; an actor there is the
                # subject of what is reported ("Police said gunmen opened fire on a farmer")
                end = min([len(toks), verb.end + 3] + [a.start for a in view.kind("actor")
                                                       if verb.end <= a.start < verb.end + 3])
                spans.append((verb.end, end))
                # "A source in Basra Police Command said that ...", "A police source said": a subject named with a
                # `speaker` word (source, official, spokesman), back to the sentence start or a comma, is who reports,
                # not a side of the event (one that warns speaks of what its own men would do: "an Asayish official
                # warned that any march would be dispersed")
                if view.has("speaker") and not any(m.start == verb.start and m.payload.value == "warning"
                                                   for m in view.kind("modal")):
                    first = _clause_start(toks, verb.start, _SOURCE_REACH)
                    if any(first <= m.start < verb.start for m in view.kind("speaker")) \
                            and not any(first <= w < verb.start for w in event_words):
                        spans.append((first, verb.start))
                # "A statement from the Joint Operations Command said the strike ... killed dozens": the body whose
                # statement speaks is its source, not a side of the event
                stated = [m.end for m in view.kind("meeting") if verb.start - _SOURCE_REACH <= m.end < verb.start
                          and toks[m.start].isascii() and m.end in view.bare("source_lead")]
                if stated:
                    spans.append((stated[-1], verb.start))
                # "the command denied reports that an aircraft had struck": who denies a report is its
                # speaker, not a side of the event (who denies doing it, "the group denied attacking", is, and
                # so is one whose own men the report names: "denied reports that its forces had fought")
                if view.has("report_noun") and any(verb.end <= r.start <= verb.end + 3
                                                   for r in view.kind("report_noun")) \
                        and not any(verb.end <= o.start < trigger_start for o in view.kind("own_forces")):
                    # two bodies denying together make a long subject ("Babil police and the media directorate
                    # of the Popular Mobilization Forces on Monday denied"): through "and", back to the clause's
                    # comma or the sentence start (a single body's longer name may be its own men's, a side)
                    start = max(0, verb.start - 8)
                    wide = _clause_start(toks, verb.start, 2 * _SOURCE_REACH)
                    if any(toks[j] == "and" for j in range(wide, start)):
                        start = wide
                    # a long name the eight words cut is the denier's whole name ("Kurdistan Region's
                    # counter-terrorism service on Monday denied")
                    start = min([start] + [a.start for a in view.kind("actor") if a.start < start < a.end])
                    spans.append((start, verb.start))
            continue
        # the speaker runs from the verb to "that", or to the first word of the event itself; after the
        # event ("... بحسب ما أفاد مصدر في شرطة المحافظة") to the end of its clause
        after = verb.start >= trigger_start
        opens = toks[verb.start - 1] == "," or verb.clitic[:1] in ("و", "ف")
        if after and not opens:
            continue  # after the event, a source opens its own clause: "اشتباكات بين ..." is no "بيّن"
        if not opens and toks[verb.start] in view.forms("between_word") \
                and (any(w < verb.start for w in event_words)
                     or verb.end < len(toks) and (toks[verb.end].isdigit()
                                                  or any(n.start == verb.end for n in view.kind("number")))):
            # nor is it when the speakers are sought for the whole sentence (the day it carries on): "قتل سبعة في
            # اشتباكات بين الشرطة ومسلحين أمس" names the sides, and its day dates the sentences after it; nor before
            # a figure, a range: "واقتادوا ما بين مئة ومئة وخمسين موظفاً إلى جهة مجهولة"
            continue
        if not opens and toks[verb.start] in view.forms("between_word") and view.bare("that_word").isdisjoint(
                range(verb.end, min(len(toks), verb.end + 8))):
            # nor, inside a clause, when no "that" follows it: "وتفشي البطالة بين الشباب، اقتحم مئات المحتجين" is
            # "among"; the verb بيّن reports what follows أن ("كما بين المصدر أن ...")
            continue
        if after:
            end = reach = min(len(toks), verb.end + 8)
        else:
            end, reach = trigger_start, min(len(toks), verb.end + 24, trigger_start)
        # "وسبق التقدم، بحسب بيان لوزارة الدفاع الأميركية، تنفيذ طائرات أميركية ثلاث غارات": a source set off by
        # commas before the event word (no "و" opening a sentence of its own) ends at its comma
        aside = after or toks[verb.start - 1] == "," and verb.clitic not in ("و", "ف")
        # (so does "according to" — بحسب, وفق, نقلاً عن, valued `according` — wherever it stands: "وبحسب إحصائية لمركز
        # بحثي، نفذ التنظيم ..." names its source up to the comma; the group after it is the deed's)
        aside = aside or verb.payload.value == "according"
        for j in range(verb.end, reach):  # (reach is inside the sentence: the token itself is tested)
            if toks[j] in that or j in event_words or (aside and toks[j] == ","):
                end = j
                break
        spans.append((verb.end, end))
    return spans


def _clause_start(toks: tuple[str, ...], at: int, reach: int) -> int:
    """The token after the last comma before token ``at``, at most ``reach`` words back; else that far back (or
    the sentence start)."""
    first = max(0, at - reach)
    return next((j + 1 for j in range(at - 1, first - 1, -1) if toks[j] == ","), first)


def _event_words(view: SentenceMentions) -> set[int]:
    """Where the sentence's event and casualty words start, outside actors' names (where a speaker stops);
    the same whatever event word the speakers are sought for, so found once per sentence."""
    return view.memoized("event_words", _find_event_words)


def _find_event_words(view: SentenceMentions) -> set[int]:
    """`_event_words`, made."""
    in_actor = {t for a in view.kind("actor") for t in range(a.start, a.end)}
    # (Arabic: nor the object of a purpose word right before it, the aim in a body's name or description: "قالت
    # منظمة محلية لإزالة الألغام في بيان اليوم ..." goes on naming the speaker and its day)
    aims = {p.end for p in view.kind("purpose") if not view.toks[p.start].isascii()} if view.has("purpose") else ()
    return {m.start for k in ("trigger", "fatality", "injury") for m in view.kind(k)
            if m.start not in in_actor and (k != "trigger" or m.payload.weight > 1 and m.start not in aims)}


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` lie within one of ``spans``."""
    for lo, hi in spans:
        if lo <= start and end <= hi:
            return True
    return False


def speaking_bodies(view: SentenceMentions, at: int) -> list[Match]:
    """The actors that speak of the event word at token ``at`` as the subject of a reporting verb before it: named
    right after the verb (a title word at most between: "أعلنت قيادة شرطة المحافظة"), in the speaker's words (not
    a source in one, "قال مصدر في شرطة ديالى"). Found once per event word (several rules ask). Read-only."""
    return view.memoized(("speaking", at), _speaking_bodies, at)


def _speaking_bodies(view: SentenceMentions, at: int) -> list[Match]:
    """`speaking_bodies`, made."""
    speakers = speaker_spans(view, at)
    return [a for a in view.longest("actor") if a.end <= at
            and any(0 <= a.start - r.end <= 1 for r in view.kind("report_verb")) and inside(speakers, a.start, a.end)]


def said_by(view: SentenceMentions, word: Match, at: int, lo: int) -> Match | None:
    """The speaker of ``word``, a "that" bearing its own pronoun (`self_that`: إنها) before the event word at ``at``:
    the last actor speaking (see `speaking_bodies`) from token ``lo`` up to it (not a party named further on in the
    report, "قالت الجماعة إنهم يعملون لحساب القوات الأمريكية وإنها خطفتهم", nor one a statement is quoted from,
    "نقلت وكالة عن بيان للحرس الثوري أنها ...")."""
    return next((m for m in reversed(speaking_bodies(view, at)) if lo <= m.start and m.end <= word.start), None)
