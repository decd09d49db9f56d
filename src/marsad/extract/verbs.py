"""The form of an event word: past or present, verb or verbal noun, after a light verb or beside its weapon."""

from __future__ import annotations

from ..knowledge.lexicon import VIOLENT_TYPES
from ..knowledge.matcher import Match
from .mentions import SentenceMentions

# how near a past event verb stands to the weapon word it tells of
WEAPON_VERB_REACH = 3


_PRESENT_PREFIXES = ("ي", "ت", "ن")


def weapon_and_verb(view: SentenceMentions, triggers: list[Match]) -> bool:
    """Whether an Arabic weapon word (an explosion or shelling noun) has a past event verb right beside it:
    "انفجرت خمس قذائف هاون", "سيارة مفخخة فجرت حافلة", "انتحاري يقود شاحنة مفخخة فجر نفسه" state that the
    weapon was used; a present verb ("المتفجرات التي تنفجر يوميا") speaks of habits, a verbal noun of anything."""
    nouns = [n for n in triggers if n.payload.voice == "noun" and n.payload.event_type in _PAIRED_NOUN_TYPES
             and not view.toks[n.start].isascii()]
    if not nouns:
        return False
    verbs = [v for v in triggers if v.payload.voice != "noun" and v.payload.event_type in VIOLENT_TYPES
             and not view.toks[v.start].isascii()
             and not verbal_noun(view, v) and not _present(view.toks[v.start][len(v.clitic):])]
    return any(0 <= (v.start - n.end if v.start >= n.end else n.start - v.end) < WEAPON_VERB_REACH
               for n in nouns for v in verbs)


_PAIRED_NOUN_TYPES = ("Explosions/Remote violence",)


def told_in_past(view: SentenceMentions, at: int) -> bool:
    """Whether an English sentence tells anything in the past: a past form (`past_form`: was, struck; `past_aux`:
    had) or a word in -ed, not a reporting verb ("said" frames what is said in any tense), not a participle after
    a present auxiliary within three words (`present_aux`: "have been killed or abducted", "are still
    unaccounted for") nor after a hyphen ("U.S.-led", "Iran-backed"), and not inside a relative clause (after a
    `relative_pronoun` up to the next comma: "Kidnapping, which peaked after 2003, has become less common")
    unless the word at ``at`` is in it too."""
    toks = view.toks
    if view.has("past_aux"):
        return True
    reported = {m.start for m in view.kind("report_verb")} | {m.start for m in view.kind("adjective_ed")}
    aux = [m.start for m in view.kind("present_aux")]
    aside: list[tuple[int, int]] = []
    for r in view.kind("relative_pronoun"):
        end = next((i for i in range(r.end, len(toks)) if toks[i] in (",", "-")), len(toks))
        if not r.start <= at < end:
            aside.append((r.start, end))

    def past(i: int) -> bool:
        return i not in reported and not any(i - 3 <= a < i for a in aux) and not any(lo <= i < hi for lo, hi in aside)

    if any(past(m.start) for m in view.kind("past_form")):
        return True
    return any(len(t) > 4 and t.endswith("ed") and not (i and toks[i - 1] == "-") and past(i) for i, t in enumerate(toks))


def perfect_told(view: SentenceMentions) -> bool:
    """Whether an English sentence holds a verb in the present perfect or progressive ("have also struck", "has been
    hit", "are firing"): "has" or "have" (`present_aux`) with a past form or a word in -ed up to three words after
    it, or "is" or "are" with a word in -ing right after it."""
    toks = view.toks
    past = {m.start for m in view.kind("past_form")}
    aux = [(a.end, toks[a.start]) for a in view.kind("present_aux")]
    return any(i < len(toks) and (i in past or len(toks[i]) > 4 and toks[i].endswith("ed"))
               for end, word in aux if word in ("has", "have") for i in range(end, end + 3)) \
        or any(end < len(toks) and len(toks[end]) > 4 and toks[end].endswith("ing")
               for end, word in aux if word in ("is", "are"))


def present_verb(view: SentenceMentions, trigger: Match) -> bool:
    """Whether ``trigger`` is an Arabic present-tense verb form ("تغتصب", "يقتلون"): what someone does, not did."""
    tok = view.toks[trigger.start]
    if trigger.payload.voice == "noun" or tok.isascii() or not _present(tok[len(trigger.clitic):]):
        return False
    # a ت form right before a masculine plural subject ("تجمع المتظاهرون", "تجمهر محتجون") is a past verb of the
    # تفعّل/تفاعل forms: a present verb before a masculine subject takes ي ("يتجمع المتظاهرون")
    return not (tok[len(trigger.clitic):].startswith("ت") and _masculine_plural_subject(view, trigger.start + 1))


def _masculine_plural_subject(view: SentenceMentions, i: int) -> bool:
    """Whether the word at ``i`` is a sound masculine plural in the nominative that begins a named actor or a
    person word ("المتظاهرون", "محتجون"): a subject no ت verb before it agrees with in the present."""
    if i >= len(view.toks) or not view.toks[i].endswith("ون") or len(view.toks[i]) < 5:
        return False
    return any(m.start == i for k in ("actor", "person", "civilian_noun") for m in view.kind(k))


def _present(word: str) -> bool:
    """Whether an Arabic verb form is present tense: a present prefix (يفجر، تنفجر) without a past ending
    (تعرضت، نفذوا)."""
    return word.startswith(_PRESENT_PREFIXES) and not word.endswith(("ت", "وا"))


# how far before its verbal noun with بـ a light verb (قام) may stand, past its subject: "قامت دبابة إسرائيلية بقصف"
LIGHT_VERB_REACH = 12


def light_verb_before(view: SentenceMentions, trigger: Match) -> bool:
    """Whether a light verb (`light_verb`: قام, تمكن, أقدم) governs the verbal noun ``trigger`` carrying بـ or
    right after a preposition ("قام مسلحون باغتيال", "تمكنت العشائر من قتل الوالي", "أقدم مجرم على قتل والده"):
    together they are the verb, and its subject the agent. Another event word between governs it instead."""
    if not view.has("light_verb") or not (trigger.clitic in ("ب", "وب") or any(
            p.end == trigger.start for p in view.kind("preposition"))):
        return False
    # a date set off between them is not counted in the reach: "تمكنت القوات الأمنية في كربلاء، في السابع من شهر
    # محرم الحرام لسنة 1446 للهجرة، من ضبط عجلة"
    dated = [(d.start, d.end) for d in view.dates()] if view.toks[trigger.start - 1] == "," \
        or "," in view.toks[max(trigger.start - 3, 0):trigger.start] else ()
    return any(0 <= trigger.start - lv.end - sum(max(0, min(b, trigger.start) - max(a, lv.end)) for a, b in dated)
               <= LIGHT_VERB_REACH and not any(lv.end <= m.start < trigger.start for m in view.kind("trigger"))
               for lv in view.kind("light_verb"))


def verbal_noun(view: SentenceMentions, trigger: Match) -> bool:
    """Whether an Arabic verb-form trigger is read as its verbal noun: it carries ل ("لقتل", "ولدحر": no
    past verb takes it) or follows a preposition ("عن قتل", "حول قتل"). A form with the article ("من العثور
    على") is a verbal noun listed as active on purpose: its agent is the one who did it."""
    if view.toks[trigger.start][len(trigger.clitic):].startswith("ال") or trigger.clitic.endswith("لل"):
        return False
    return trigger.clitic.endswith("ل") or any(p.end == trigger.start for p in view.kind("preposition"))


def waged_campaign(view: SentenceMentions, m: Match) -> bool:
    """Whether plural event noun ``m`` is described by a relative clause whose verb of doing is in the present
    (`habitual`: "الغارات التي تشنها أنقرة على معاقل الحزب", "الهجمات التي ينفذها التنظيم"): the raids someone is
    waging, a campaign going on, not one event (the past "الغارات التي شنتها" tells raids that were carried out)."""
    return any(p.start == m.start for p in view.kind("attack_plural")) \
        and any(r.start == m.end for r in view.kind("relative")) \
        and any(h.start == m.end + 1 for h in view.kind("habitual"))
