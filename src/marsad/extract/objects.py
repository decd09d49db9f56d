"""What an event verb acts on: its victim, a class of people, the object of a verb of doing, a clause "after" opens."""

from __future__ import annotations

from ..knowledge.lexicon import VIOLENT_TYPES
from ..knowledge.matcher import Match
from .mentions import SentenceMentions
from .references import VICTIM_KINDS

# how far after a killing verb its victim is named: "اغتال مسلحون مجهولون ناشطا", "قام ... بقتل الجندي الأميركي"
VICTIM_REACH = 3


def clause_after(view: SentenceMentions, p: Match) -> bool:
    """Whether English "after" opens a clause whose subject is an actor and whose verb an active event word
    ("died in hospital hours after gunmen shot him"): in a sentence with dead or wounded it tells how they
    died, the event itself, as Arabic بعد أن does ("after the attack", a noun, still refers to one)."""
    if not view.toks[p.start].isascii() or not view.has("actor"):
        return False
    actor = next((a for a in view.longest("actor") if a.start == p.end), None)
    return actor is not None and any(t.start == actor.end and t.payload.voice == "active"
                                     for t in view.kind("trigger"))


def victim_after(view: SentenceMentions, trigger: Match) -> bool:
    """Whether a person, a civilian or an actor is named just after killing verb ``trigger``: the one killed.
    English verbs are verbs; only an Arabic form may be a verbal noun naming killing in general."""
    return view.toks[trigger.start].isascii() or any(trigger.end <= m.start <= trigger.end + VICTIM_REACH
                                                     for k in VICTIM_KINDS for m in view.kind(k))


def class_after(view: SentenceMentions, trigger: Match) -> bool:
    """Whether Arabic event verb ``trigger`` has classes of people as its object, a list with the article and
    no count in the sentence: "قتلت الأطفال والنساء" (not "قتل الجندي الأميركي", nor "قتل الجنود الثلاثة")."""
    nxt = trigger.end
    if nxt + 1 >= len(view.toks) or not view.toks[nxt].startswith("ال") \
            or not view.toks[nxt + 1].startswith("وال"):
        return False
    return any(c.start == nxt for k in VICTIM_KINDS for c in view.kind(k))


def objects_of_doing(view: SentenceMentions) -> set[int]:
    """Where the object of an Arabic verb of doing (an `agent_marker` valued `doing`: نفذت، شنوا) starts: the word right after
    the verb, after its subject (an actor) or after an aside set off by commas."""
    toks = view.toks
    actors = {a.start: a.end for a in view.longest("actor")} if view.has("actor") else {}
    out: set[int] = set()
    for v in view.kind("agent_marker"):
        if v.payload.value != "doing" or v.end >= len(toks):
            continue
        i = actors.get(v.end, v.end)
        if i < len(toks) and toks[i] == ",":
            close = next((j for j in range(i + 1, min(len(toks), i + 16)) if toks[j] == ","), None)
            i = close + 1 if close is not None else i
        out.add(i)
        series = series_after_subject(view, v.end)
        if series is not None:
            out.add(series)
    return out


# how far a series word ("سلسلة", "موجة") may stand after a verb of doing whose subject, count, aircraft type or
# day come between: "شنت نحو ثلاثين مقاتلة تركية من طراز اف-16 اليوم الخميس سلسلة جديدة من الغارات"
SERIES_REACH = 14


def series_after_subject(view: SentenceMentions, start: int) -> int | None:
    """Where a series word that a verb of doing (ending at ``start``) governs starts, past the verb's subject, its
    count, the aircraft's type and a day, with an event word within three words after it; None when a comma,
    another event word (not a bare aircraft noun, the subject) or another reference comes first."""
    if not view.has("series_noun"):
        return None
    series = {s.start for s in view.kind("series_noun")}
    refs = {r.start for r in view.kind("reference")}
    plain_aircraft = {t.start for t in view.kind("trigger") if t.payload.weight <= 1
                      and t.payload.sub_event_type == "Air/drone strike" and t.payload.voice == "noun"}
    triggers = {t.start: t for t in view.kind("trigger")}
    for i in range(start, min(len(view.toks), start + SERIES_REACH)):
        tok = view.toks[i]
        if tok in {",", "،", ".", ";", "؛"}:
            return None
        if i in refs:
            if i in series and any(t in triggers and triggers[t].payload.event_type in VIOLENT_TYPES
                                   for t in range(i + 1, i + 4)):
                return i
            return None
        if i in triggers and i not in plain_aircraft:
            return None
    return None
