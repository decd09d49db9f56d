"""An event's status from the words around its trigger: occurred, claimed, planned,
hypothetical, denied, or background history (not coded at all)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..knowledge.lexicon import TERRITORY_TYPES
from ..knowledge.matcher import Match
from ..records import DateRange
from ..text.normalize import fold_word
from .mentions import SentenceMentions
from .references import told_with_toll
from .speech import says_that
from .timing import tells_day
from .verbs import _PRESENT_PREFIXES, _present, verbal_noun

BACKGROUND = "background"
# an Arabic event dated by a day or week more than this many days before publication is recalled, "past" told or not
STALE_ARABIC_DAYS = 120
STALE_ENGLISH_DAYS = 24
# present prefixes that no past verb opens with (a past verb of form V or VI opens with ت: "كيف تسلل المهاجمون")
_HOW_PRESENT = ("ي", "ن")


# how far after a reporting verb a "would" told in the clause its "that" opens is the report's future
_REPORTED_REACH = 9
# the longest aside set off by two commas that may stand inside that clause
_ASIDE_REACH = 14


def _reported_clause(between: Sequence[str]) -> bool:
    """Whether the words between a reporting verb and a "would" stay in one clause, up to `_REPORTED_REACH` words:
    no comma, or only asides closed by a second comma, which do not count ("said that Iraqi army units, backed by
    the PMF and coalition air cover, would begin an operation")."""
    commas = [i for i, t in enumerate(between) if t == ","]
    if not commas:
        return len(between) <= _REPORTED_REACH
    if len(commas) != 2 or commas[1] - commas[0] > _ASIDE_REACH:
        return False
    return len(between) - (commas[1] - commas[0] + 1) <= _REPORTED_REACH


# how many words (the subject: "وكان مئات المتظاهرين قد تجمعوا") may stand between كان and the قد of its pluperfect
_QAD_SUBJECT_GAP = 4


def _arabic_modal_qad(view: SentenceMentions, m: Match) -> bool:
    """قد before a present-tense verb is "may"; before a past verb it only stresses a fact."""
    if view.toks[m.start][len(m.clitic):] != "قد":
        return True
    nxt = view.toks[m.end] if m.end < len(view.toks) else ""
    # a past verb may also open with ت or ن (تبنى، نفذ), hardly with ي: "قد يشن" is "may launch"
    if not (nxt.startswith(_PRESENT_PREFIXES) and (len(nxt) > 3 or nxt.startswith("ي")) and nxt[1] != "م"):
        return False
    if nxt.startswith("ي"):
        return True
    # nor does a past ending on a ت or ن form: "وقد نفذت مقاتلات تركية غارات", "وقد تمكنوا من" did
    if not _present(nxt):
        return False
    # "وكان مئات المتظاهرين قد تجمعوا": كان and its subject before قد make the verb after it a pluperfect, "had
    # gathered", whatever letter it opens with (a past verb of form V or VI opens with ت)
    return not (view.has("past_aux") and any(
        0 < m.start - a.end <= _QAD_SUBJECT_GAP and "," not in view.toks[a.end:m.start] for a in view.kind("past_aux")))


# how many words may stand between "after"/"following" and the event word it governs ("إثر سلسلة الغارات")
_CAUSE_REACH = 2


def _threat_cause(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether the event word at ``t``, after the warning word ``m``, is governed by a `reference` or `cause_link`
    word (بعد، إثر، عقب, after) told past the warning: what the threat answers, a deed done ("هدد حزب العمال بقطع
    الهدنة إثر الضربات الجوية التي شنها الجيش الجمعة"), not the deed threatened."""
    return any(m.end <= r.start and r.end <= t <= r.end + _CAUSE_REACH
               for k in ("reference", "cause_link") for r in view.kind(k))


def _month_may(view: SentenceMentions, m: Match) -> bool:
    """A modal the date parser reads as a month ("in May", "mid-May", "May 3") is the month: one rule
    (`homograph` in text/dates.py) decides."""
    return view.has("homograph") and any(d.start <= m.start < d.end for d in view.dates())


def _not_yet(view: SentenceMentions, trigger: Match) -> bool:
    """Whether event verb ``trigger``, negated just before it, is told as not done yet (`not_yet`): Arabic بعد right
    after it and ending its clause ("لم تُطهّر بعد،"; not "after" a noun: "لم تتوقف الاشتباكات بعد انسحاب"),
    English "yet" between the negation and it ("have not yet been arrested")."""
    if trigger.payload.voice == "noun":
        return False
    t = trigger.start
    negs = [m for m in view.kind("negation") if m.start < t and t - m.end <= 2]
    if not negs:
        return False
    for y in view.kind("not_yet"):
        if view.toks[y.start].isascii():
            if any(n.end <= y.start < t for n in negs):
                return True
        elif y.start == trigger.end and (y.end >= len(view.toks) or not view.toks[y.end].isalpha()):
            return True
    return False


# how far after a modal word of calling an Arabic negation may stand and still be what is called for
_CALLED_REACH = 8


def _called_not_to(view: SentenceMentions, negation: Match) -> bool:
    """Whether an Arabic negation follows a modal word of calling a few words before it ("دعا خطيب الجمعة أمس
    المواطنين إلى عدم المشاركة في التظاهرات"): a call not to do it, what may or may not be done (the modal below),
    no report denied."""
    return view.has("modal") and not view.toks[negation.start].isascii() and any(
        0 <= negation.start - c.end <= _CALLED_REACH for c in view.kind("modal"))


def _exceptive_after(view: SentenceMentions, t: int) -> bool:
    """"لم يكن التفجير ... سوى رسالة", "لم ينفجر الصاروخ إلا بعد ساعة": a negation closed by an exceptive (سوى, إلا)
    after the event word restricts what is said of the event ("was nothing but", "only after"); it denies nothing.
    (not the إلا of "إلا أن", however, a `contrast`)"""
    if not view.has("exceptive"):
        return False
    contrasts = view.kind("contrast")
    return any(e.start > t and not any(c.start <= e.start < c.end for c in contrasts) for e in view.kind("exceptive"))


def _denied_future(view: SentenceMentions, t: int) -> bool:
    """Whether an English "would" or "will" stands between a denial word before event word ``t`` and it, no comma
    between ("denied media reports that US troops would withdraw from Ain al-Asad"): what is denied is a plan or a
    forecast, no report of a deed done."""
    if not view.toks[t].isascii():
        return False
    # (the auxiliaries found once, not per denial word)
    aux = [m.start for k in ("modal", "future") for m in view.kind(k)
           if m.start < t and view.toks[m.start] in ("would", "will")]
    return bool(aux) and any(d.end <= a and "," not in view.toks[d.end:t] for d in view.kind("denial") for a in aux)


# the words before "يتمكن" that make it an aim ("حتى يتمكنوا من", "كي تتمكن من")
_AIM_LEADS = frozenset(fold_word(w) for w in ("حتى", "كي", "لكي"))


# the verbs after "likely that" which name who was behind a deed ("من المرجح أن يكون التنظيم وراء الهجوم")
_BEING = frozenset(fold_word(w) for w in ("يكون", "تكون", "يكونوا"))
_THAT = fold_word("أن")


def _likely_doer(view: SentenceMentions, m: Match) -> bool:
    """Whether the "likely" modal ``m`` is followed (past an "أن") by a verb of being: a likely doer named, not a
    deed forecast. (The tokens are folded already.)"""
    toks = view.toks
    at = m.end + (1 if m.end < len(toks) and toks[m.end] == _THAT else 0)
    return at < len(toks) and toks[at] in _BEING


def _no_before_pair(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether English "no" at ``m`` opens a noun phrase whose head is the event noun ``trigger`` past two paired
    modifiers ("no U.S. or coalition strikes", "no Turkish and Iranian shelling")."""
    between = view.toks[m.end:trigger.start]
    return trigger.payload.voice == "noun" and view.toks[m.start] == "no" and 3 <= len(between) <= 4 \
        and any(w in ("or", "and") for w in between) and not any(w in (",", ";", ".") for w in between)


def status_of(view: SentenceMentions, trigger: Match, lo: int, hi: int, when: DateRange | None,
              published: date | None) -> str:
    """Status of the event whose trigger is ``trigger`` in clause tokens ``lo``..``hi``."""
    t = trigger.start
    if trigger.payload.sub_event_type in TERRITORY_TYPES and _expelled_before(view, t):
        return BACKGROUND
    # (each kind's test first: most sentences have none, and the scans below are asked for every event word)
    if view.has("denial") and any((lo <= m.start < hi or m.start < t or m.payload.value == "later")
                                  and not _second_verb_denial(view, m, t) and not _denial_past_break(view, m, t)
                                  and not _role_denied(view, m, t)
                                  for m in view.kind("denial")):
        if (view.has("modal") or view.has("future")) and _denied_future(view, t):
            return BACKGROUND  # "denied reports that US troops would withdraw from the base": a plan denied, no deed
        return "denied"  # a report shown false afterwards ("قبل أن يتبين أن الصور تعود لحادث سير") in any later clause
    if view.has("no_one") and trigger.payload.voice != "noun" and any(0 <= t - m.end <= 2
                                                                       for m in view.kind("no_one")):
        return BACKGROUND  # "No one has been arrested": nothing was done, and no report of it is denied
    if view.has("negation") and trigger.payload.voice != "noun" and _no_subject(view, t):
        return BACKGROUND  # "No foreign worker has been abducted": the subject is "no" someone, as "no one" above
    # (English "no" right before the word makes it a noun whatever its form: "no attacks were recorded")
    if view.has("negation") and not view.has("denial") and any(
            m.payload.value == "absence"
            and (trigger.payload.voice == "noun" or m.end == t and view.toks[t].isascii())
            and (m.end == t or view.has("any") and any(a.start == m.end and a.end == t for a in view.kind("any")))
            for m in view.kind("negation")):
        # "searched the area but made no arrests": an event noun after "no" is an absence, no report (so past "any":
        # "من دون أن تحدث أي مواجهات مسلحة")
        return BACKGROUND
    if view.has("without") and not view.has("denial") and any(m.end == t for m in view.kind("without")):
        # a verbal noun right after a bare "without" ("مشطت المنطقة دون العثور على المنفذين": without finding them,
        # its find read as active) is an absence too
        return BACKGROUND
    if view.has("negation") and view.has("not_yet") and _not_yet(view, trigger):
        return BACKGROUND  # "أحياء لم تُطهّر بعد", "the killers have not yet been arrested": not done, no report denied
    # (a `nominal` negation, "without", negates the noun or gerund after it: a finite verb of doing a word beyond it
    # is not negated, "two gunmen in a car without plates opened fire"; "without being attacked" is)
    if view.has("record_verb") and view.has("any") and view.has("negation") and any(
            r.end == a.start and a.end == t for r in view.kind("record_verb") for a in view.kind("any")):
        # "police had not recorded any attack in the village": a log with nothing in it is a quiet spell, as one over
        # a period is below, whatever its day (a denial word in the sentence still denies, above)
        return BACKGROUND
    if view.has("negation") and any(m.start < t and (t - m.end <= 2 or _no_before_pair(view, m, trigger)) and not (
            m.payload.value == "nominal" and t > m.end and trigger.payload.voice == "active"
            and m.end not in view.bare("passive_aux")) and not _called_not_to(view, m)
            # (nor the negation inside "not ruled out", "من غير المستبعد أن تقصف": a forecast, below)
            and not any(k.payload.value == "likely" and k.start <= m.start < k.end for k in view.kind("modal"))
            for m in view.kind("negation")) \
            and not _exceptive_after(view, t):
        return "denied"
    if view.has("any") and view.has("negation") and any(lo <= n.start < t for n in view.kind("negation")):
        # "any" right before the event word, or before a head noun of it ("لم تسجل أي حادثة اختطاف")
        heads = {h.start for h in view.kind("attack_noun") if h.end == t}
        if any(a.end == t or a.end in heads for a in view.kind("any")):
            if when is not None and when.precision in ("week", "month", "year"):
                # "لم تسجل القواطع أي خرق أمني خلال الأسبوع الماضي": no event over a period is a quiet spell, no
                # report of one denied
                return BACKGROUND
            return "denied"  # "لم تتعرض أي من سيطراتنا في جلولاء لأي هجوم", "did not come under any attack"
    if view.has("any") and trigger.payload.voice == "noun" and not any(n.start < t for n in view.kind("negation")):
        # (so past a head noun: "أية عملية اقتحام للمخيم ستكلف الجيش غاليا")
        heads = {h.start for h in view.kind("attack_noun") if h.end == t}
        if any(a.end == t or a.end in heads for a in view.kind("any")):
            return "hypothetical"  # "أي هجوم على مدينة الصدر سيقابل بموقف حازم": any attack that may come, none told
    if view.has("content_clause") and trigger.payload.voice == "active" and any(
            c.end == t for c in view.kind("content_clause")) \
            and view.toks[t][len(trigger.clitic):].startswith(_HOW_PRESENT):
        return BACKGROUND  # "يتعلم المجند كيف يذبح الأسرى": "how" before a present verb tells a skill, no deed
    if _old(when, published):
        return BACKGROUND  # dated over a year before publication: history, even in a warning ("كما فعل قبل حزيران 2014")
    if trigger.payload.voice == "noun" and view.has("relative") and any(
            r.start == trigger.end and any(n.start == r.end for n in view.kind("negation"))
            for r in view.kind("relative")):
        return "denied"  # "السيارات المفخخة التي لم تنفجر": the bombs that did not go off
    ahead = when is not None and published is not None and date.fromisoformat(when.start) > published
    reported_future = False
    noun, english = trigger.payload.voice == "noun", view.toks[t].isascii()
    # (a modal inside a phrase of calm is no warning: "خيم هدوء حذر على الناحية بعد اشتباكات", a cautious calm)
    calm = view.kind("calm")
    for m in view.kind("modal"):
        if calm and any(c.start <= m.start < c.end for c in calm):
            continue
        # an event noun as the subject of a modal after it: Arabic a few words before ("الهجوم على جيليب يفترض أن
        # ينتهي"), English right before a modal verb of what would be done ("its drones would hit the base day and
        # night"; not a condition or a call after it: "strikes if", "attacks urged")
        after = noun and (m.start == trigger.end and m.end < len(view.toks) and view.toks[m.end].isalpha()
                          and not any(c.start == m.start for k in ("conditional", "call") for c in view.kind(k))
                          if english else trigger.end <= m.start <= trigger.end + 3)
        if not (lo <= m.start < t or m.start == t or after):
            continue  # (a modal elsewhere governs another word: tested before the scans below)
        if m.payload.value == "enabling" and not (m.clitic.endswith("ل") or m.start > 0 and fold_word(
                view.toks[m.start - 1]) in _AIM_LEADS):
            continue  # "تتمكن القوات من قتل": a headline's present; "ليتمكنوا من شن هجوم" is an aim
        if m.payload.value == "likely" and _likely_doer(view, m):
            continue  # "ومن المرجح أن يكون التنظيم وراء التفجير": the likely doer of a deed told, no forecast
        if m.payload.value == "readiness" and not m.end <= t <= m.end + 1:
            continue  # "fighters ready to die clashed with ...": readiness governs only the verb right after it
        if not english and not noun and any(m.end <= r.start and r.end <= t for r in view.kind("relative")):
            continue  # "ناشدت العائلة ... الكشف عن مصير ابنها الذي اختطفه مسلحون": the appeal is not the deed's
        if noun and any(m.end <= r.start and r.end <= t for r in view.kind("reference")) \
                and (not english or told_with_toll(view, trigger)):
            # "دعا النائب إلى فتح تحقيق في الضربة الجوية التي استهدفت قرية قبل يومين": what is called for is the
            # inquiry the reference word opens; the deed it names is told as done. English only with the deed's
            # toll told: "vowed to punish those behind Sunday's bombing, which killed 292" is the deed answered
            continue
        if m.start == t and trigger.payload.event_type == "Protests" and not english:
            continue  # "وطالبوا الحكومة بتطبيق القانون", of a crowd: the demand is the protest's own act, no call
        if after and m.payload.value == "demand" and trigger.payload.event_type == "Protests":
            continue  # "خرجت أمس تظاهرات تطالب بالإصلاح": a demand right after the protest noun is the crowd's own
        if m.payload.value == "warning" and m.end <= t and _threat_cause(view, m, t):
            continue  # "هدد الحزب بقطع الهدنة إثر الغارات التي شنها الجيش": what the threat answers, told as done
        if _arabic_modal_qad(view, m) and not _month_may(view, m):
            if view.toks[m.start] == "would" and any(
                    m.start - 4 <= r.end <= m.start
                    # (or the reported clause after "that": "told MPs yesterday that Basra province would be
                    # transferred to Iraqi security control within two months")
                    or not view.bare("that_word").isdisjoint(range(r.end, m.start))
                    and _reported_clause(view.toks[r.end:m.start])
                    for r in view.kind("report_verb")):
                reported_future = True  # "they said they would return": the future of a report
                continue
            if trigger.payload.event_type == "Protests" and ahead:
                return "planned"  # "دعت التنسيقيات إلى تظاهرة يوم الجمعة المقبل": a call to protest on a coming day
            if trigger.payload.event_type == "Protests" and any(c.start == m.start for c in view.kind("call")):
                reported_future = True  # "called on his followers to stage a sit-in": a protest called is planned
                continue
            return "hypothetical"
    # a future cue in a relative clause after the event word tells of someone else's plans ("انفجرت قذائف قرب
    # مقر الرئيس الذي من المقرر أن يجتمع")
    # an English one after the event word that governs another event word ("were killed after they were spotted
    # preparing an attack") tells of that one
    # an Arabic one after كان/كانوا (a past progressive, "قصفت مسلحين كانوا يستعدون لإطلاق صواريخ") after the event
    # word tells what its targets were doing when it struck, no plan of its own
    future = reported_future or trigger.clitic.endswith("س") or view.has("future") and any(
        lo <= m.start < hi and (not any(t <= r.start < m.start for r in view.kind("relative"))
                                or _planned_in_own_relative(view, m, trigger))
        and not (m.start > t and view.toks[t].isascii()
                 and any(m.end <= w.start <= m.end + 2 for w in view.kind("trigger")))
        and not _past_progressive(view, m, t) and not _relative_future(view, m, t)
        # (a try made past by كان/كانوا before it, "كان المحتجون يحاولون منع إزالة خيام الاعتصام", tells what was
        # under way, no plan, wherever the event word stands)
        # and a try governs only the event word at most `TRY_REACH` words after it ("يحاول فيه العراق استعادة
        # السيطرة على الرمادي"), not one elsewhere in its clause ("يهدد بالقتل كل من يحاول الخروج")
        and not (m.payload.value == "try" and (_after_past_aux(view, m) or not 0 <= t - m.end <= TRY_REACH))
        # (a forecast after the event word is of something else: "ومن المتوقع أن ترتفع حصيلة الضحايا"; one negated
        # tells a surprise, what came to pass: "لم يكن الرجل يتوقع أن تتحول السهرة إلى ليلة دامية")
        and not (m.payload.value == "forecast" and (m.start > t or view.has("negation") and any(
            0 <= m.start - n.end <= FORECAST_NEGATION for n in view.kind("negation"))))
        and (m.payload.value != "verb" or _future_verb_governs(view, m, trigger))
        for m in view.kind("future"))
    if future and not ahead and view.has("background") and any(
            m.payload.value == "recurring" and lo <= m.start < hi for m in view.kind("background")):
        return BACKGROUND  # "the army will keep fighting the same battle every spring": a habit to come, no plan
    if future or ahead or view.has("provided_that") and _provided_that(view, lo, t):
        return "planned"
    # (a date over a year old has returned history above)
    # (a pluperfect with a recent day of its own is news: "كان قد اختطفه مسلحون مساء السبت الماضي")
    recent_day = when is not None and when.precision == "day" and _recent(when, published)
    if view.has("background") and any(_background(view, m, lo, hi, trigger, when) for m in view.kind("background")
                                      if not (recent_day and m.payload.value == "pluperfect" and _day_after(view, m))) \
            or (not recent_day and _pluperfect(view, t, trigger.payload.voice != "noun", lo)) \
            or (not recent_day and lo > 0 and _goes_on_pluperfect(view, trigger)) \
            or _had_done(view, lo, t, when) or _recalled_participle(view, lo, t) \
            or (_past_month(when, published) and (view.toks[t].isascii() or not _recent(when, published))) \
            or (view.toks[t].isascii() and (stale(when, published) or _past_month_part(when, published))) \
            or _stale_day(view, t, when, published) or _since_point(view, t, when) or _held_since(view, trigger) \
            or (view.toks[t].isascii() and t in since_clause(view)):
        return BACKGROUND
    negations = view.kind("negation")
    claims = view.kind("claim")
    if claims:
        # the claim that governs the event word is the nearest before it ("أظهر البيان أن قياديا تبنى العملية، وهذا
        # يذكرنا بتبني أبو عدس لعملية اغتيال الحريري": the assassination is governed by the claim mentioned), else
        # the first after it ("الهجوم الذي تبنته القاعدة")
        before = [c for c in claims if c.start < t]
        # (of two claim words opening on one token the longer: "تبنى فيه" over the bare تبنى, which may be a noun)
        c = max(before, key=lambda m: (m.start, m.end)) if before else claims[0]
        if not any(c.start - 5 <= n.start < c.start for n in negations) and not claim_mentioned(view, c):
            return "claimed"  # unless negated: "no group has claimed it"
    return "occurred"


def _role_denied(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether denial ``m`` denies a role (`denial_of_role`) told between it and the event word at ``t``: "نفت
    الكتائب أي صلة لها بالهجوم الذي استهدف القاعدة" denies who did the attack, not that it happened."""
    return view.has("denial_of_role") and any(m.end <= r.start and r.end <= t for r in view.kind("denial_of_role"))


def _second_verb_denial(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether English denial ``m`` after the event word at ``t`` is the speaker's second verb, joined by "and" and
    opening what was denied with "that" ("said its forces had targeted shelters in the region and denied that any
    civilians had been harmed"): it denies what follows it, not the deed the speaker told before it."""
    return t < m.start and m.start > 0 and view.toks[m.start - 1] == "and" and m.end in view.bare("that_word")


def _denial_past_break(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether Arabic denial ``m`` stands after the event word at ``t`` past a clause break (`clause_break`: فيما,
    في وقت) opened after it ("تجمع مئات المتظاهرين ... في وقت نفى فيه المسلحون مسؤوليتهم عن الهجوم"): a new piece of
    news with its own subject, which denies something else, not the deed told before the break."""
    return t < m.start and view.has("clause_break") and any(t < b.start and b.end <= m.start
                                                             for b in view.kind("clause_break"))


# how many words may stand between a negation and the forecast it negates ("لم يكن أبو حيدر، 46 عاماً، يتوقع أن")
FORECAST_NEGATION = 8


def _provided_that(view: SentenceMentions, lo: int, t: int) -> bool:
    """Whether "على أن" (`provided_that`) opens, after a comma and right before a present verb, the clause of the event
    word at ``t`` ("توقفت الاشتباكات مساء أمس، على أن تُستأنف المواجهات بعد انتهاء المهلة"): what is to follow, a plan."""
    toks = view.toks
    return any(lo <= m.start and m.end < t and m.start > 0 and toks[m.start - 1] == ","
               and toks[m.end][:1] in ("ت", "ي") and len(toks[m.end]) >= 4 and "," not in toks[m.end:t]
               for m in view.kind("provided_that"))


def _no_subject(view: SentenceMentions, t: int) -> bool:
    """Whether the passive verb at ``t`` (its auxiliary at ``t`` or right before) has a subject opened by an
    `absence` negation a few plain words before the auxiliary ("No foreign worker has been abducted")."""
    passive = view.bare("passive_aux")
    aux = t if t in passive else t - 1  # (the trigger may hold its auxiliary: "were abducted")
    if aux not in passive:
        return False
    # (the words between are the subject's own: no clause joined by "and", "but"; an "or" joins nouns of the one
    # subject, "No American or Iraqi personnel were killed", when the subject opens the sentence)
    joins = view.bare("coordinator")
    turns = {c.start for c in view.kind("contrast")}
    return any(
        m.payload.value == "absence" and 1 <= aux - m.end <= 4
        and all(view.toks[i].isalpha() and (i not in joins or m.start == 0 and view.toks[i] == "or")
                and i not in turns for i in range(m.end, aux))
        for m in view.kind("negation"))


def _day_after(view: SentenceMentions, m: Match) -> bool:
    """Whether a day is told after cue ``m`` in its clause, before any comma: "كان قد اختطفه مسلحون مساء السبت
    الماضي" dates the pluperfect deed itself (a day before the cue is the report's or the news's)."""
    stop = next((i for i in range(m.end, len(view.toks)) if view.toks[i] == ","), len(view.toks))
    return tells_day(view, m.end, stop)


def _relative_future(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether English future cue ``m`` opens a relative clause after the event word at ``t`` ("conducted strikes
    against five facilities that will degrade the group's ability to attack"): what the strikes are to achieve, no
    plan of the strikes."""
    return m.start > t + 1 and view.toks[t].isascii() and (
        m.start - 1 in view.bare("that_word") or any(r.end == m.start for r in view.kind("relative_clause")))


# how many words (adjectives: "العمليات التفجيرية التي") may stand between an event noun and its relative pronoun
_OWN_RELATIVE_GAP = 1


def _planned_in_own_relative(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether Arabic plan verb ``m`` (يخطط، ينوي، يعتزم) opens the relative clause of event noun ``trigger``
    itself and takes it back by a pronoun right after ("الهجمات التي يخطط لتنفيذها", "العمليات التي تنوي شنها"):
    the deeds planned, no deed told."""
    if trigger.payload.voice != "noun" or view.toks[trigger.start].isascii() \
            or m.payload.value not in ("", None, "plan", "intent"):
        return False
    return m.end < len(view.toks) and view.toks[m.end].endswith(("ها", "ه", "هم")) and any(
        0 <= r.start - trigger.end <= _OWN_RELATIVE_GAP and r.end == m.start for r in view.kind("relative"))


def _future_verb_governs(view: SentenceMentions, m: Match, trigger: Match) -> bool:
    """Whether a future verb read from its letters (`future_verbs`: "ستقوم", "سيشارك") governs event word
    ``trigger``: it stands before it, the event word is no past verb ("ستباشر إعمار منازل دمرها داعش": the
    destruction was done), and no relative, reference or cause word between tells a deed the plan answers
    ("ستحاسب الذين نفذوا الهجوم", "سنرد على الهجوم"); or it stands right after a weapon noun, its subject
    ("سيارات مفخخة ستدخل المدينة")."""
    t = trigger.start
    if m.start == trigger.end and trigger.payload.voice == "noun" and view.has("weapon_object") and any(
            w.start < trigger.end <= w.end for w in view.kind("weapon_object")):
        return True  # "عشر سيارات مفخخة ستدخل المدينة": a weapon the subject of a future verb is still to be used
    if m.start >= t:
        return False
    word = view.toks[t][len(trigger.clitic):]
    if trigger.payload.voice != "noun" and not _present(word) and not verbal_noun(view, trigger):
        return False
    return not any(m.end <= r.start < t for k in ("relative", "reference", "cause_link", "response")
                   for r in view.kind(k))


# how many words (a subject: "كانت القوات الأمنية تستعد") may stand between كان and the present verb it makes past
_PROGRESSIVE_GAP = 2


def _past_progressive(view: SentenceMentions, m: Match, t: int) -> bool:
    """Whether Arabic future cue ``m`` is a present verb made past by كان/كانت/كانوا a few words before it, all after
    the event word at ``t`` ("قصفت طائرة مسلحين كانوا يستعدون لإطلاق صواريخ"): what was under way when it happened."""
    return view.has("past_aux") and not view.toks[t].isascii() and _after_past_aux(view, m, t)


# how far before the event word a verb of trying (`future`, value `try`: يحاول, تسعى) makes it an attempt under way
TRY_REACH = 3


def _after_past_aux(view: SentenceMentions, m: Match, after: int = -1) -> bool:
    """Whether Arabic cue ``m`` follows كان/كانت/كانوا (one starting after token ``after``, if given) within
    `_PROGRESSIVE_GAP` words, only words between."""
    return view.has("past_aux") and any(
        after < a.start and a.end <= m.start <= a.end + _PROGRESSIVE_GAP
        and all(view.toks[c].isalpha() for c in range(a.end, m.start))
        for a in view.kind("past_aux"))


# punctuation after which a word opens its clause: a comma, a dateline's dash or colon (folded text has one dash,
# one comma: `fold`)
CLAUSE_OPENERS = (",", "-", ":")
# how far before a claim noun the verb that announces it may stand: "أعلن الفرع اليمني لتنظيم القاعدة في بيان على
# الإنترنت تبنيه الاعتداءين"
ANNOUNCED_CLAIM_REACH = 16


def claim_mentioned(view: SentenceMentions, c: Match) -> bool:
    """Whether claim word ``c`` is a claim mentioned, not made: a verbal noun (`claim` valued `noun`: تبني,
    مسؤوليته عن) that no announcing verb governs ("شكك المحللون في صحة تبني القاعدة لتفجيرات لندن", "يرى خبراء أن
    إعلان التنظيم مسؤوليته عن التفجير محاولة"). Commentary names claims with nouns; a claim is made with a verb
    ("تبنت القاعدة الهجوم") or announced ("أعلن التنظيم تبنيه الهجوم", "أعلنت الجماعة ... مسؤوليتها عن"). A "that"
    between the verb and the noun puts the claim in what is said about it."""
    if c.payload.value not in ("noun", "either") or c.payload.value == "either" and _verb_position(view, c):
        return False
    # (the distance first: most verbs stand far from the noun)
    return not any(0 <= c.start - r.end <= ANNOUNCED_CLAIM_REACH
                   # "حملت الحكومة حماس مسؤوليتها عن خطف الجندي": blaming is no claim
                   and not any(b.start == r.start for b in view.kind("blame"))
                   and not says_that(view, r.end, c.start)
                   for r in view.kind("report_verb") + [v for v in view.kind("claim") if v.payload.value == ""])


def _verb_position(view: SentenceMentions, c: Match) -> bool:
    """Whether a claim word that folds to both a verb and its noun (`claim` valued `either`: تبنى/تبني) stands
    where the verb does: opening its clause (first word, after و or ف, a comma, a dateline's dash or قد) or right
    after the claimant's name ("تبنى تنظيم داعش الهجوم", "وتبنى", "أن القاعدة تبنى"); the noun is governed by a preposition
    or a word before it ("يذكرنا بتبني", "صحة تبني", "أن تبني القاعدة للتفجيرات")."""
    if c.clitic not in ("", "و", "ف"):
        return False
    i = c.start
    # (a dateline's dash or colon opens the clause too: "بعقوبة – تبنى تنظيم ... التفجير")
    # (so does a word opening a new piece of news, `clause_break`: "فيما تبنى تنظيم داعش الهجوم")
    return i == 0 or view.toks[i - 1] in CLAUSE_OPENERS or i - 1 in view.bare("verb_particle") \
        or any(a.end == i for a in view.kind("actor")) \
        or view.has("clause_break") and any(b.end == i for b in view.kind("clause_break"))


def _age(when: DateRange, published: date) -> int:
    """Days from the end of ``when`` to publication (negative when it ends after)."""
    return (published - date.fromisoformat(when.end)).days


def _recent(when: DateRange | None, published: date | None) -> bool:
    """A date told within a month before publication: "كان قد اعتقل يوم الأحد الماضي" is news, not history (a
    pluperfect keeps it only for a day: "مطلع الشهر الجاري" alone recalls background, see `status_of`)."""
    if when is None or published is None:
        return False
    return _age(when, published) <= 31


def _past_month(when: DateRange | None, published: date | None) -> bool:
    """An event dated only by a month that ended before publication ("In December, a rocket attack ...",
    "signed an agreement in March") is recalled; news tells the day. Arabic only past a month ("في مارس
    الماضي" in July): the Arabic GSR sentences count last month's attacks as assaults."""
    return when is not None and published is not None and when.precision == "month" \
        and when.end < published.isoformat()


def _past_month_part(when: DateRange | None, published: date | None) -> bool:
    """An English event dated only by a third of a month before the month of publication ("erupted in the district
    late last month", "in early March" told in April): recalled, as a month is (`_past_month`). A third runs from
    the 1st, 11th or 21st for eight days or more, which no week does."""
    if when is None or published is None or when.precision != "week":
        return False
    start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
    return start.day in (1, 11, 21) and (end - start).days >= 7 and (end.year, end.month) < (published.year, published.month)


def stale(when: DateRange | None, published: date | None) -> bool:
    """An English event dated wholly over `STALE_ENGLISH_DAYS` (24) days before publication, whatever the precision
    ("In late December", "on Jan. 3" told in March, "first erupted on 1 October" told on the 26th) is recalled:
    English news of an event is told within days of it, and the gold files code no event older than three weeks
    (a month's digest published on the 1st still tells the 8th of the month before). Not past eleven months: an unyeared day just after publication
    ("between 29 November - 1 December" on 30 November) is read into the year before and lands there; over a
    year, `_old` decides. The very same calendar day a year before publication ("July 3, 2016" told on 3 July
    2017, an anniversary piece) is recalled too: an unyeared day read into the year before never lands on it."""
    if when is None or published is None:
        return False
    age = _age(when, published)
    if STALE_ENGLISH_DAYS < age <= 335:
        return True
    end = date.fromisoformat(when.end)
    return when.precision == "day" and (end.month, end.day, end.year + 1) == \
        (published.month, published.day, published.year)


def _stale_day(view: SentenceMentions, t: int, when: DateRange | None, published: date | None) -> bool:
    """An Arabic event dated by a day of a month called past, over a month before publication ("قتل في 22 أبريل
    الماضي" in late July, "في 6 أغسطس من عام 2014 الماضي"), is recalled: news of it was told at the time. (A day
    with no "past" word may be a chronology's entry or a date read into the year before.)"""
    if when is None or published is None or when.precision not in ("day", "week") or _recent(when, published) \
            or when.end >= published.isoformat() or view.toks[t].isascii():
        return False
    if _age(when, published) > STALE_ARABIC_DAYS:
        return True  # "ووقعت في الثاني من آب 2014 معارك" in July 2015, "في 6 أبريل" in late July: recalled
    if any(a.start == 0 and a.end <= t for a in view.kind("past_aux")):
        # "وكان التفجير الثالث في مسجد ... يوم 26 يونيو": a sentence opening on كان recalls what it dates
        return any(d.range == when for d in view.dates())
    return view.has("past") and any(d.range == when and any(d.start <= p.start <= d.end for p in view.kind("past"))
                                    for d in view.dates())


def _old(when: DateRange | None, published: date | None) -> bool:
    """An event dated more than a year before publication is history the article recalls."""
    if when is None or published is None:
        return False
    return _age(when, published) > 366


def _had_done(view: SentenceMentions, lo: int, t: int, when: DateRange | None) -> bool:
    """English "had" just before the event word ("the men had opened fire", "had organised sit-ins") recalls
    an earlier happening, unless the sentence dates it ("its forces had arrested ... last week")."""
    if not view.toks[t].isascii():
        return False
    if view.toks[t].endswith("ing"):  # ", killing four": a participle tells more of the verb before it
        return when is None and lo > 0 and any(aux.start < lo for aux in view.kind("past_aux"))
    if when is not None:
        return _had_in_relative(view, t)
    return any(lo <= aux.start < t and _governs(view, aux.end, t) and not _backshifted(view, aux.start)
               for aux in view.kind("past_aux"))


# how many words a relative clause's subject may take between "that"/"which" and its "had"
_RELATIVE_SUBJECT = 4


def _had_in_relative(view: SentenceMentions, t: int) -> bool:
    """English "had" + the event word in a relative clause after an event word the sentence dates ("recaptured on
    Wednesday the ancient city of Hatra, ... that Islamic State militants had vandalised"): the day is the news's;
    the deed in the clause, with no day of its own, is history the clause recalls."""
    if not view.has("past_aux"):
        return False
    that, which = view.bare("that_word"), view.bare("relative_pronoun")
    for aux in view.kind("past_aux"):
        if not (aux.start < t and _governs(view, aux.end, t)) or _backshifted(view, aux.start):
            continue
        opener = next((i for i in range(aux.start - 1, max(aux.start - _RELATIVE_SUBJECT, 0) - 1, -1)
                       if i in that or i in which), None)
        if opener is None or not any(w.end <= opener for w in view.kind("trigger")):
            continue
        if not any(opener <= d.start for d in view.dates()):
            return True
    return False


# how far before an English "had" the report verb may stand whose speech it backshifts ("said on Monday they had")
_BACKSHIFT_REACH = 6


def _backshifted(view: SentenceMentions, at: int) -> bool:
    """Whether an English "had" at ``at`` is the tense of reported speech: a report verb shortly before it told with
    its day, with no event word between ("Police said on Monday they had arrested three suspects"). Indirect speech
    moves the verb back a tense; the deed is the news of the report's day, not an earlier happening. (Without the
    day, "Police said they had set up checkpoints" or "The IRGC said it had targeted ..." are as often a retelling or
    an earlier step, so they stay as they were.)"""
    if not view.toks[at].isascii() or not view.has("report_verb"):
        return False
    days = [d.start for d in view.dates() if d.range.precision == "day" and d.start < at]
    if not days and view.has("find_verb") and any(f.start == at + 1 for f in view.kind("find_verb")):
        # "police said they had found the bodies of four people": a find the report tells is its news, told in
        # the reporting tense (what was found is seldom a retelling), with or without the day
        return any(r.end <= at <= r.end + _BACKSHIFT_REACH and "," not in view.toks[r.end:at]
                   and not any(r.end <= w.start < at for w in view.kind("trigger")) for r in view.kind("report_verb"))
    # (the statement the words were said in may stand between, told at length: "said in a statement posted on an
    # Islamist website on Friday that it had killed": then the day is near the "had", the statement word near the verb)
    stated = [m.start for m in view.kind("meeting")] if view.has("meeting") else []
    return bool(days) and any(r.end <= at and "," not in view.toks[r.end:at]
                              and not any(r.end <= w.start < at for w in view.kind("trigger"))
                              and any(r.end <= d < at and (at - r.end <= _BACKSHIFT_REACH or at - d <= _BACKSHIFT_REACH
                                                           and any(r.end <= m <= r.end + 2 for m in stated))
                                      for d in days)
                              for r in view.kind("report_verb"))


def _recalled_participle(view: SentenceMentions, lo: int, t: int) -> bool:
    """An English participle opening its clause (", killing men") tells more of the clause before it:
    after "ten years since fighters overran the town" it is history too."""
    return 0 < lo == t and view.toks[t].isascii() and view.toks[t].endswith("ing") \
        and any(m.start < lo and view.toks[m.start] != "had" for m in view.kind("background"))


def _governs(view: SentenceMentions, end: int, t: int) -> bool:
    """Whether an auxiliary ending at ``end`` belongs to the word at ``t``: "had been killed",
    "had already fired"; not "whose contracts had been terminated protested", where another
    participle stands between."""
    return 0 <= t - end <= 2 and not any(w != "been" and w.endswith(("ed", "en")) for w in view.toks[end:t])


def opens_prior(view: SentenceMentions, m: Match) -> bool:
    """Whether `prior` background cue ``m`` ("since", "days after") opens an earlier event: not when it ends a longer
    background phrase ("to mark one year since the demonstrations": a span counted to an anniversary, told of the
    news, not "since" opening the earlier event a state of things has followed); nor when a count of days opens it,
    "two days after" (`day_after`): the days are counted, the deed dated from the day told before it (`_day_after`
    in events.py), news of its own."""
    if m.payload.value == "prior_told" and not any(
            w.end <= m.start and w.payload.voice != "noun" and w.payload.event_type != "Strategic developments"
            and w.start - 1 not in view.bare("not_told")  # (not "families of killed protesters")
            for w in view.kind("trigger")):
        # "Security forces killed 25 protesters in Nasiriya, hours after demonstrators stormed the consulate in
        # Najaf": "hours after" opens an earlier deed only when the sentence tells a violent deed of its own before it
        # ("sent reinforcements ..., hours after gunmen attacked a checkpoint" tells the attack);
        # "died in hospital on Wednesday, hours after gunmen shot him" tells the shooting as the news
        return False
    return m.payload.value in _PRIOR and not any(c.start < m.start and c.end >= m.end
                                                  for k in ("background", "day_after") for c in view.kind(k))


# the values of a background cue that opens an earlier event ("days after"; "hours after" only past a deed told)
_PRIOR = frozenset(("prior", "prior_told"))


# how many words the subject of a past frame verb may take before the word that names the earlier event
_FRAME_SUBJECT = 2


# how many words after the event word an aside saying an earlier issue told it may open ("the IED attack on a
# contractor convoy, covered in last week's summary")
RETOLD_REACH = 12
# the marks that open such an aside
_ASIDE_OPENERS = frozenset({",", "("})


def _background(view: SentenceMentions, m: Match, lo: int, hi: int, trigger: Match, when: DateRange | None) -> bool:
    """Whether background cue ``m`` marks the event of ``trigger`` as history: any cue of the clause,
    except that an English "had ..." cue counts only for the verb it belongs to, and not when a day told
    after it dates that verb ("said its aircraft had killed four militants in a strike on Sunday"); a
    day before it is the report's ("On 3 March, villagers said their farms had been shelled"); nor does an Arabic
    pluperfect opening a relative clause on a noun told after the event word ("أطلقوا النار على سيارة اقتربت من
    الدورية التي كانت قد تعرضت لهجوم": the patrol's history; "الهجوم الذي كان قد" is the event's own)."""
    t = trigger.start
    if m.payload.value == "frame":
        # "وتأتي هذه التطورات ضمن العمليات التي انطلقت مطلع الشهر ...", "ويأتي الهجوم بعد غارة ... منتصف الشهر
        # الماضي": a sentence opening on the frame verb sets the news against a campaign or earlier happenings; what
        # it names is context unless the sentence tells its day ("عقب مقتل 15 جنديا الجمعة" is news of its own)
        return m.start == 0 and not tells_day(view)
    if m.payload.value == "frame_after":
        # "وجاء القصف بعد أسبوعين من الضربة التي استهدفت ...": the past frame verb, its subject (one or two words)
        # and a `reference` word of time (بعد، عقب) with weeks or more (`duration_unit`, maybe after a figure) set
        # the news after an earlier happening, told as context ("وجاءت الضربة بعد ساعات من سقوط صواريخ" is news)
        return m.start == 0 and view.has("duration_unit") and any(
            m.end + 1 <= r.start <= m.end + _FRAME_SUBJECT
            and any(r.end <= u.start <= r.end + 1 for u in view.kind("duration_unit"))
            for r in view.kind("reference")) and not tells_day(view)
    # (`standing_relative`: the pronouns right before "remains the deadliest" that make it say what the news itself
    # is, "in what remains")
    relative = view.bare("standing_relative")
    if m.payload.value == "standing" and (m.start - 1 in relative or not lo <= m.start < hi):
        # "the 2 May attack on PMF positions, which killed ten fighters, remains the deadliest of the year": the
        # event told as the subject of "remains the deadliest" is weighed as history, past a relative clause set
        # off by commas; not "in what remains the deadliest attack" nor "..., which remains" (the news itself)
        return t < m.start and m.start - 1 not in relative and ";" not in view.toks[t:m.start]
    if m.payload.value == "retold" and trigger.end <= m.start <= trigger.end + RETOLD_REACH \
            and view.toks[m.start - 1] in _ASIDE_OPENERS:
        # "the IED attack on a contractor convoy, covered in last week's summary, has claimed a second life": an aside
        # on the event noun saying an earlier issue told it, past the comma that closes the noun's clause
        return True
    if not lo <= m.start < hi and not (m.start == 0 and view.toks[m.end:m.end + 1] == (",",)):
        # (a cue opening the sentence, set off by a comma, dates every clause of it: "Earlier in the summer,
        # demonstrators burned the offices of several parties")
        return False
    if m.payload.value == "undated":
        # "Iran retaliated days later with a missile barrage": a deed dated only from an earlier one the article
        # recalls is history too; with a day of its own it is news ("Two days later, on Tuesday, a bomb hit ...")
        return not tells_day(view)
    if m.payload.value == "attributive" and any(p.end == m.start and p.payload.value == "1" for p in view.kind("person")):
        # "اغتال مسلحون عضوا سابقا في مجلس المحافظة": a former member (the adjective agrees with a singular
        # noun; "مسلحون سابقا" is "gunmen previously"), no history
        return False
    if m.payload.value in _PRIOR and not opens_prior(view, m):
        return False
    if m.start > trigger.end and m.payload.value == "pluperfect" and view.has("relative") and any(
            trigger.end < r.start and r.end == m.start for r in view.kind("relative")):
        return False
    if m.start > t and m.payload.value in _PRIOR:
        # "came days after militants killed four", "since a drone strike killed": the cue opens the earlier event
        # the news follows; an event word before it is the news
        return False
    if m.start > t and any(r.start <= m.start and m.end <= r.end for r in view.kind("reference")):
        # "marched to mark the anniversary of the attacks": the attacks are the past, not the march; a cue
        # longer than the reference word it opens with ("قبل سنوات", years ago) is a time told, not a reference
        return False
    if m.start > t and (view.has("purpose") or view.has("reaction")) \
            and any(t < p.start < m.start for k in ("purpose", "reaction") for p in view.kind(k)):
        # "تظاهرة للمطالبة بصرف رواتبهم المتأخرة منذ أشهر": the cue dates the demand, not the protest; so after a
        # grievance ("احتجاجاً على عدم توفير الكتب منذ بداية العام الدراسي")
        return False
    if m.start > t and view.has("accusation") and any(
            t < a.start and a.end <= m.start and "," not in view.toks[a.end:m.start] for a in view.kind("accusation")):
        # "اعتقال متهم مطلوب بجريمة قتل وقعت قبل عامين": a cue told after a charge word, past the event word, dates
        # the crime charged, not the arrest
        return False
    if view.toks[m.start] != "had":
        return True
    if _backshifted(view, m.start):
        return False  # "said on Monday they had killed": reported speech
    if when is not None and tells_day(view, m.end):
        return False
    return m.start <= t < m.end or _governs(view, m.end, t)


def _goes_on_pluperfect(view: SentenceMentions, trigger: Match) -> bool:
    """Whether Arabic event verb ``trigger``, joined by و in a later clause, goes on telling the history of a
    sentence that opens on the pluperfect ("وكان مسلحو التنظيم قد فجروا الجسر خلال سيطرتهم على المدينة، ونهبوا
    محتويات المستشفى"): history too (a pluperfect inside the sentence, "حررت طفلاً كان قد اختطف مساء الأحد،
    واعتقلت ثلاثة من الخاطفين", leaves the later clause its news)."""
    return trigger.payload.voice != "noun" and trigger.clitic.startswith("و") and view.has("past_aux") \
        and any(aux.start == 0 for aux in view.kind("past_aux")) and _pluperfect(view, trigger.start, True, 0)


def _pluperfect(view: SentenceMentions, t: int, verb: bool = False, lo: int = 0) -> bool:
    """كان ... قد + past verb before the trigger ("وكان التنظيم قد سيطر"): history the article recalls. Arabic
    often drops قد: كان with at most a one-word subject right before an event verb ("وكانت إسرائيل اغتالت")
    is the same pluperfect (not an event noun: "كان من أبرزها هجوم انتحاري" tells the event). Only in the
    event word's clause from ``lo``: "كان قد اختطف مساء الأحد ...، واعتقلت ثلاثة من الخاطفين" tells the arrest."""
    for aux in view.kind("past_aux"):
        if aux.start < lo:
            continue
        if verb and aux.start < t and aux.end <= t <= aux.end + 2 and not view.toks[t].isascii():
            return True
        if aux.start < t and not verb and view.has("record_verb") and any(
                aux.end + 1 <= r.start <= aux.end + 2 and r.end < t <= r.end + _QAD_OBJECT
                and "," not in view.toks[aux.end:t] for r in view.kind("record_verb")):
            # "وكانت البلاد شهدت في الأشهر الماضية هجمات مماثلة": كان, a one-word subject and a witnessing verb
            # with its قد dropped, before the event noun it governs, recall it as "قد شهدت" does (below)
            return True
        if aux.start < t:
            # (the event noun may be the subject itself, "وكانت الاحتجاجات قد انطلقت أواخر كانون الأول", "وكان
            # الهجوم قد أسفر عن", when the verb after قد is no event word: "وكان الطيران التركي قد قصف" tells the
            # strike by its verb)
            for m in view.kind("modal"):
                # (a longer subject when قد stands right before the verb with no comma between: "وكان عدد كبير من
                # شبان القرية قد قتلوا")
                near = aux.end <= m.start <= aux.end + 3
                # (or قد + a verb whose object is the event noun: "وكانت مناطق في محيط كويه قد شهدت الأسبوع الماضي
                # قصفاً", up to two words between)
                if not near and not ((m.end == t or not verb and m.end < t <= m.end + _QAD_OBJECT)
                                     and aux.end <= m.start <= aux.end + _LONG_SUBJECT
                                     and "," not in view.toks[aux.end:m.start]):
                    continue
                if (m.start < t or not verb and aux.end <= t < m.start and not any(
                        w.start == m.end for w in view.kind("trigger"))) and not _arabic_modal_qad(view, m):
                    return True
    return False


# how many words a subject may hold between كان and a قد right before its past verb
_LONG_SUBJECT = 8
# how far after قد the event noun its verb governs may stand (the verb and a time: "قد شهدت الأسبوع الماضي قصفاً")
_QAD_OBJECT = 4


def since_clause(view: SentenceMentions) -> range:
    """The tokens of the English clause "Since" opens at the sentence's start, up to its comma ("Since military
    operations to retake Mosul began on 17 October, 54,000 people have been displaced"): the point the news runs
    from. Empty when there is none. Made once per sentence."""
    return view.memoized("since_clause", _since_clause)


def _since_clause(view: SentenceMentions) -> range:
    """`since_clause`'s work."""
    if not view.has("since"):
        return range(0)
    first = 1 if view.toks[0].isdigit() else 0  # (a list item's number may stand before it: "1. Since ...")
    since = next((s for s in view.kind("since") if s.start == first), None)
    if since is None:
        return range(0)
    comma = next((i for i in range(since.end, len(view.toks)) if view.toks[i] == ","), since.end)
    return range(since.end, comma)


def _held_since(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an Arabic present arrest verb made past by كان/كانت/كانوا right before it runs on to "since" (`since`) in
    its clause ("سلمت القوات قياديا كانت تعتقله منذ مارس الماضي"): a detention held from an earlier arrest, no arrest."""
    t = trigger.start
    if trigger.payload.sub_event_type != "Arrests" or trigger.payload.voice != "active" or view.toks[t].isascii() \
            or not view.has("past_aux") or not view.has("since") or view.toks[t][:1] not in ("ت", "ي"):
        return False
    return any(a.end <= t <= a.end + _PROGRESSIVE_GAP for a in view.kind("past_aux")) and any(
        trigger.end <= s.start <= trigger.end + _HELD_SINCE_REACH and "," not in view.toks[trigger.end:s.start]
        for s in view.kind("since"))


# how far after a held-detention verb "since" may stand: "كانت تعتقلها القوات الأميركية منذ مايو"
_HELD_SINCE_REACH = 5


def _since_point(view: SentenceMentions, t: int, when: DateRange | None) -> bool:
    """Whether an Arabic event word dated by a day told right after "since" (`since`) and before it ("تعيش المدينة
    منذ السادس عشر من الشهر الماضي، حين انسحبت القوات، أجواء من التوتر") is the point a state has run from: a
    recalled event, not news. (A day, not a month: "نفذت الميليشيات 30 هجوماً منذ أكتوبر 2019، فقد انسحبت قوات
    التحالف" dates the tally before the comma, the withdrawal is news.)"""
    if when is None or when.precision != "day" or not view.has("since") or view.toks[t].isascii():
        return False
    starts = {i for s in view.kind("since") for i in (s.start, s.end)}  # (the date may hold the word itself)
    return any(d.start in starts and d.end <= t and d.range.start == when.start for d in view.dates())


# the English subjects a "before ... was driven out" clause names the side expelled by ("before it was driven out",
# "before the group was expelled")
_EXPELLED_SUBJECTS = frozenset({"it", "they", "the group", "the militants", "the jihadists", "the fighters"})


def _expelled_before(view: SentenceMentions, t: int) -> bool:
    """Whether an English word of ground taken is the passive of a "before" clause told of the side expelled ("the
    mines the group laid before it was driven out", "shells left before the militants were pushed out"): the
    expulsion dates the deed recalled, itself history, no news of ground taken."""
    toks = view.toks[max(0, t - 5):t]
    if not toks or toks[-1] not in ("was", "were") or "before" not in toks:
        return False
    subject = " ".join(toks[toks.index("before") + 1:-1])
    # (one with a day of its own is news: "shelled the town for a week before they were driven out on Sunday")
    return subject in _EXPELLED_SUBJECTS and not tells_day(view, t)
