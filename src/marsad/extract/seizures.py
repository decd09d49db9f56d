"""Seizing, defusing and finding weapons: the weapon a seizing word governs and the seizure it tells."""

from __future__ import annotations

import dataclasses

from ..knowledge.lexicon import TriggerEntry
from ..knowledge.matcher import Match
from .mentions import SentenceMentions

# how far after a seizing or finding word the weapon it governs may stand: "تفكيك قوة من مكافحة المتفجرات لعشرين منزلا
# مفخخا", "عثرت الشرطة أمس على عبوة ناسفة"
SEIZED_REACH = 6
# how far after an English seizing word the person seized may stand ("seized a 29-year-old organizer")
SEIZED_PERSON_REACH = 3
# how far after a bare Arabic finding verb ("عثرت") its object's preposition (`find_object`: على) may stand, the
# subject and the search told between ("عثرت قوة من اللواء 28 أثناء تفتيش المنطقة ... على مضافة")
FIND_OBJECT_REACH = 14


def weapon_after(m: Match, triggers: list[Match]) -> bool:
    """Whether an explosive weapon noun follows ``m`` closely: what is seized, defused or found."""
    return any(seizes_weapon(m, w) for w in triggers)


def weapon_right_after(view: SentenceMentions, m: Match, triggers: list[Match]) -> bool:
    """`weapon_after`, with no other event word of the sentence between the two: in "دمرت السيارات صباح أمس في
    انفجار عبوات ناسفة" the bombs come with the blast that did the destroying, they are not what was destroyed."""
    # (nor one that heads another weapon noun: "انفجار" in "انفجار عبوات ناسفة" is the blast)
    words = view.kind("trigger")
    # (a date told between the verb and its object does not count towards the reach: "عثرت قوة من الجيش في وقت سابق
    # من صباح اليوم على عبوة ناسفة")
    dated = dated_reach(view, m)
    return any(seizes_weapon(m, w, dated) and not any(m.end <= t.start < w.start for t in words)
               and not any(x.start == w.end and weapon_noun(x) and not x.clitic for x in words) for w in triggers)


def contained_weapons(view: SentenceMentions, f: Match, triggers: list[Match]) -> list[Match]:
    """The explosive weapon nouns a finding word governs through what held them: in "عثرت القوة على مخزن مهجور يضم
    أربع قذائف هاون" (`contains_word`: يضم, تحتوي على) the shells stand after the store's word, beyond the find
    word's own reach; the holding word must follow the find word closely too, with no event word of another kind between."""
    words = view.kind("trigger")
    # (the store may be an event word of the seizing kind itself: "مضافة", "مخبأ")
    held = [w for c in view.kind("contains_word")
            if f.end <= c.start <= f.end + 2 * SEIZED_REACH
            and not any(f.end <= t.start < c.start and t.payload.sub_event_type != "Disrupted weapons use" for t in words)
            for w in triggers if seizes_weapon(c, w) and not any(c.end <= t.start < w.start for t in words)]
    if held:
        # the list goes on with weapons joined by "و" ("يحتوي على أربعة صواريخ محلية الصنع وعبوتين ناسفتين وحزام
        # ناسف", "وثلاث عبوات ناسفة"): each one after a weapon held, with at most two words of description between,
        # is held too (the "و" on the weapon or on its figure)
        joined = {q.end for q in view.quantities() if view.toks[q.start].startswith("و")}
        for w in sorted(triggers, key=lambda t: t.start):
            if w not in held and weapon_noun(w) and (w.clitic.startswith("و") or w.start in joined) \
                    and any(h.end <= w.start <= h.end + 3 for h in held):
                held.append(w)
    return held


def dated_reach(view: SentenceMentions, m: Match) -> int:
    """The tokens of the days told after word ``m`` (a day between a finding word and what it found)."""
    if not (view.has("day_offset") or view.has("weekday") or view.has("period")):
        return 0
    return sum(d.end - d.start for d in view.dates() if m.end <= d.start)


def seizes_weapon(m: Match, w: Match, dated: int = 0) -> bool:
    """Whether weapon noun ``w`` is what seizing or finding word ``m`` governs, right after it (``dated``: the tokens of
    dates told after ``m``, which stretch the reach)."""
    # (one with the instrument's ب, "تدمير عجلة للجيش بعبوة ناسفة", is what something was destroyed with)
    return m.end <= w.start <= m.end + SEIZED_REACH + dated and weapon_noun(w) and not w.clitic.endswith("ب")


def weapon_noun(w: Match) -> bool:
    """Whether event word ``w`` is an explosive weapon noun ("عبوة ناسفة", "IEDs", "mortar rounds")."""
    return w.payload.voice == "noun" and w.payload.event_type == "Explosions/Remote violence"


def finds_nothing(view: SentenceMentions, f: Match) -> bool:
    """Whether finding word ``f`` is negated: a negation right after it ("found no sign of a blast", "found no
    explosives") or right before it, one word apart at most ("did not find", "لم تعثر على"): nothing was found.
    Nor is anything found when "that" follows it: "the court found that the men had moved the rocket launcher" is
    what the court concluded."""
    if f.end in view.bare("that_word"):
        return True
    return view.has("negation") and any(n.start == f.end or f.start - 2 <= n.end - 1 < f.start
                                        for n in view.kind("negation"))


def found_as_seizure(view: SentenceMentions, f: Match) -> Match:
    """A finding word (`find_verb`: عثرت على) read as the seizure of the weapons it found."""
    entry = TriggerEntry("en" if view.toks[f.start].isascii() else "ar", " ".join(view.toks[f.start:f.end]),
                         "Strategic developments", "Disrupted weapons use", "active", 2)
    return f._replace(kind="trigger", payload=entry)


def found_passive(view: SentenceMentions, f: Match, triggers: list[Match]) -> list[Match]:
    """The explosive weapon nouns an English passive finding word tells as found: "explosive belts and detonators were
    found in a house used by the cell" (`passive_aux` right before ``f``, the weapons `weapons_before` it that start
    within `SEIZED_REACH` words of it): weapons found, not used."""
    if not view.toks[f.start].isascii() or f.start - 1 not in view.bare("passive_aux"):
        return []
    aux = f.start - 1
    return [w for w in weapons_before(triggers, aux) if aux - SEIZED_REACH <= w.start]


def weapons_before(triggers: list[Match], at: int) -> list[Match]:
    """The explosive weapon nouns of ``triggers`` told right before token ``at``, in order: the last within
    `SEIZED_REACH` words of it, each one before within reach of the next, no other event word between."""
    taken: list[Match] = []
    end = at
    for w in sorted((m for m in triggers if m.end <= at), key=lambda m: m.start, reverse=True):
        if not weapon_noun(w) or end - w.end > SEIZED_REACH:
            break
        taken.append(w)
        end = w.start
    return taken[::-1]


def as_seizure(m: Match) -> Match:
    """A seizing verb read as the seizure of weapons."""
    entry = dataclasses.replace(m.payload, event_type="Strategic developments",
                                sub_event_type="Disrupted weapons use", weight=2)
    return m._replace(payload=entry)


def seized_someone(view: SentenceMentions, m: Match) -> bool:
    """Whether a bare English "seized" is said of a person: passive ("the man ... was seized by four armed
    men") with no place or place word before it ("the town was seized" is ground taken)."""
    i = m.start
    if not view.toks[i].isascii() or i - 1 not in view.bare("passive_aux"):
        return False
    if view.has("relative") and any(r.start == i - 2 and view.toks[r.start].isascii() for r in view.kind("relative")):
        return True  # "the activist who was seized": "who" is said of people only
    # a place told in a relative clause set off by commas describes the subject ("The man, who works in camps for
    # the displaced, was seized by gunmen"): it is not the subject
    described = [(lo, hi) for lo, hi in view.clauses() if any(r.start == lo for r in view.kind("relative_clause"))] \
        if view.has("relative_clause") else []
    # so does an aside set off by commas right before the verb ("The merchant, a textile trader in his fifties, was
    # seized by gunmen")
    if i >= 3 and view.toks[i - 2] == ",":
        opened = next((j for j in range(i - 3, max(-1, i - 12), -1) if view.toks[j] == ","), None)
        if opened is not None:
            described.append((opened, i - 2))
    # nor does one told one word after a person ("a protest organiser from Nasiriyah was seized", "a man in Basra"):
    # where the one seized is from or lives
    people = {w.end + 1 for k in ("person", "civilian_noun", "actor") for w in view.kind(k) if w.end < i}
    return not any(i - 10 <= p.start < i and not any(lo <= p.start < hi for lo, hi in described)
                   and not (k == "place" and p.start in people)
                   for k in ("place", "place_word", "admin_word") for p in view.kind(k))


def person_seized(view: SentenceMentions, trigger: Match, target: Match | None, kind: str | None) -> bool:
    """Whether the object of an English active weak seizing word ("seized") is a person: civilians named as the
    target after it, or a `person` or `civilian_noun` word within three words after it, with no place between."""
    if target is not None and target.start >= trigger.end and kind == "Civilians":
        return True
    near = min((p.start for k in ("person", "civilian_noun") for p in view.kind(k)
                if trigger.end <= p.start <= trigger.end + SEIZED_PERSON_REACH), default=None)
    return near is not None and not any(trigger.end <= w.start < near
                                        for k in ("place", "place_word", "admin_word") for w in view.kind(k))


def find_object(view: SentenceMentions, f: Match) -> Match | None:
    """The preposition that opens the object of a bare Arabic finding verb told with its subject and more between
    ("عثرت قطعات الفرقة الرابعة خلال تفتيش جزيرة سامراء على اثنتي عشرة عبوة ناسفة"): the first `find_object` word
    (على) within `FIND_OBJECT_REACH` words after it, no comma between; ``None`` if there is none (or the verb holds
    its على already)."""
    toks = view.toks
    if toks[f.start].isascii() or f.end - f.start > 1:
        return None
    objects = view.bare("find_object")
    for j in range(f.end, min(len(toks), f.end + FIND_OBJECT_REACH)):
        if toks[j] == ",":
            return None
        if j in objects:
            return f._replace(start=j, end=j + 1)
    return None


def counted_find(view: SentenceMentions, f: Match) -> bool:
    """Whether Arabic finding or seizing word ``f`` governs explosive weapons told with their count: right after it
    ("عُثر داخل الكهف على خمس عبوات ناسفة", "ضبط ثلاث عبوات معدة للتفجير", a date between stretching the reach) or
    through what held them ("عثرت على مخبأ يضم ثلاثة أحزمة ناسفة"), the count right before the weapon noun or the
    noun itself a dual ("عبوتين ناسفتين"), told as a figure (no "عشرات"). So many bombs taken is a find told in
    full."""
    quantities = view.quantities()
    if not quantities:
        return False  # (no figure in the sentence: the weapon scans below cannot find a count)
    dated = dated_reach(view, f)
    words = view.kind("trigger")
    found = [w for w in words if seizes_weapon(f, w, dated) and not any(f.end <= t.start < w.start for t in words
                                                                       if not weapon_noun(t))]
    if not found and view.has("contains_word"):
        found = contained_weapons(view, f, words)
    if not found:
        return False
    starts = {w.start for w in found}
    # (a figure, not a vague word: "فككت عشرات العبوات" in a year's round-up counts no find of the day)
    vague = view.kind("vague")
    return any((q.end in starts or q.start in starts) and (q.quantity.best or 0) >= 1
               and not any(q.start <= v.start < q.end for v in vague) for q in quantities)
