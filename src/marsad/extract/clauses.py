"""A sentence's clauses joined where a date or a place set off by commas belongs to the clause beside it."""

from __future__ import annotations

from collections.abc import Callable

from .mentions import SentenceMentions

_DAY_KINDS = ("day_offset", "weekday")


_INSERT_BLOCKERS = ("trigger", "actor", "place", "fatality", "injury")


def clauses_joined(clauses: list[tuple[int, int]], view: SentenceMentions) -> list[tuple[int, int]]:
    """Clauses with a date set off by commas joined to both neighbours: in "قصفت طائرات تركية، فجر اليوم
    الثلاثاء، مواقع ..." the verb, its date and its object are one clause."""
    return _joined(clauses, view) if len(clauses) > 1 else clauses  # (a lone clause makes no closure cells)


def _joined(clauses: list[tuple[int, int]], view: SentenceMentions) -> list[tuple[int, int]]:
    """Two or more clauses joined as `clauses_joined` tells."""
    if view.toks[0].isascii():
        clauses = _appositions_joined(clauses, view)
    if len(clauses) > 1 and view.has("subset") and view.toks[0].isascii():
        # "struck three facilities, including a headquarters at Jurf al-Sakhar in Babil province": the items listed,
        # with their place, are the objects of the clause before (a list that tells an event word of its own, ",
        # including the Jan. 20 rocket attack on Al-Asad", stays apart)
        leads = {m.start for m in view.kind("subset")}
        words = {m.start for m in view.kind("trigger")}
        flags = []
        # the list goes on past its own commas: "including a headquarters, storage and training location at Jurf
        # al-Sakhar"
        listing = False
        for n, (lo, hi) in enumerate(clauses):
            plain = not any(lo <= w < hi for w in words)
            listing = plain and n > 0 and (listing or lo in leads or lo + 1 in leads and view.toks[lo] == ",")
            flags.append(listing)
        clauses = _joined_back(clauses, flags)
    if len(clauses) > 1 and view.has("frame_lead"):
        # "ألقت قوة القبض على متهم، خلال عملية نفذتها فجر اليوم في ناحية سركران": the operation the deed was done
        # in, with its day and place, is part of the clause before
        leads = {m.start for m in view.kind("frame_lead")}
        clauses = _joined_back(clauses, [lo in leads for lo, _ in clauses])
    if len(clauses) > 1 and view.has("result_link") and not view.toks[0].isascii():
        # "نفذت مفارزه، أمس، عملية نوعية في حي الزهور، أسفرت عن القبض على المتهم": the arrest an operation resulted
        # in, told after a comma, is the operation's deed; the operation's day and place are the arrest's (only
        # after a clause whose event words are all weak, weight 1: a strike or a clash told there is its own deed)
        links = {m.start for m in view.kind("result_link")}
        words = view.kind("trigger")
        flags = [n > 0 and lo in links
                 and any(lo <= m.start < hi and m.payload.sub_event_type == "Arrests" for m in words)
                 and _weak_words_only(words, *clauses[n - 1])
                 for n, (lo, hi) in enumerate(clauses)]
        clauses = _joined_back(clauses, flags)
    if len(clauses) > 2 and view.has("background") and not view.toks[0].isascii():
        # "وكان الحي قد شهد، قبل أشهر، معارك عنيفة": a time cue set off by commas belongs to the verb before it
        # and its object after it, as a date does (below)
        cues = {m.start: m.end for m in view.kind("background")}
        clauses = _joined_across(clauses, lambda lo, hi, _: cues.get(lo) == hi)  # a clause that is only the cue
    if len(clauses) >= 3 and any(view.has(k) for k in _DAY_KINDS):
        days = {m.start for k in _DAY_KINDS for m in view.kind(k)}
        other = {t for k in _INSERT_BLOCKERS for m in view.kind(k) for t in range(m.start, m.end)}
        clauses = _joined_across(clauses, lambda lo, hi, after: any(lo <= t < hi for t in days)
                                 and not any(lo <= t < hi for t in other)
                                 and (hi - lo <= 6 or _date_clause(view, lo, hi, after)))
    if len(clauses) > 1 and view.has("search") and not view.toks[0].isascii():
        # "تمكنت مفارز القسم، وبعملية استخبارية دقيقة، من إلقاء القبض على مطلوب": the clause that opens on من
        # completes the verb before the inserted means (تمكن من); a clause whose only event word opens a search or
        # intelligence operation tells no deed that would part them
        searched = {t for m in view.kind("search") for t in range(m.start, m.end)}
        words = [m.start for m in view.kind("trigger") if m.start not in searched]
        opens_on_from = view.bare("from_word")  # من

        def means(lo: int, hi: int) -> bool:
            """Whether clause lo..hi names a search or intelligence operation and no other event word."""
            return any(lo <= t < hi for t in searched) and not any(lo <= w < hi for w in words)
        clauses = _joined_across(clauses, lambda lo, hi, after: after in opens_on_from and means(lo, hi))
        # (the means already joined to the doer and the day before it)
        clauses = _joined_back(clauses, [n > 0 and lo in opens_on_from and means(*clauses[n - 1])
                                         for n, (lo, _) in enumerate(clauses)])
    return clauses


def _weak_words_only(words, lo: int, hi: int) -> bool:
    """Whether clause lo..hi holds event words and all of them are weak (weight 1: "عملية نوعية")."""
    inside = [m for m in words if lo <= m.start < hi]
    return bool(inside) and all(m.payload.weight == 1 for m in inside)


def _joined_across(clauses: list[tuple[int, int]], inserted: Callable[[int, int, int], bool]) -> list[tuple[int, int]]:
    """Clauses with each one between two for which ``inserted(lo, hi, start of the next)`` holds joined to both
    neighbours: the clause before, the inserted one and the clause after are one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(clauses):
        lo, hi = clauses[i]
        if out and i + 1 < len(clauses) and inserted(lo, hi, clauses[i + 1][0]):
            out[-1] = (out[-1][0], clauses[i + 1][1])
            i += 2
            continue
        out.append((lo, hi))
        i += 1
    return out


def _appositions_joined(clauses: list[tuple[int, int]], view: SentenceMentions) -> list[tuple[int, int]]:
    """English clauses that are only a place's name ("in Haboubi Square, Nasiriyah, on 19 SEP") or only a date
    closing the sentence (", on 19 SEP.") joined to the clause before: they place or date its event."""
    named = {t for m in view.kind("place") for t in range(m.start, m.end)} if view.has("place") else set()
    dated = {t for d in view.dates() for t in range(d.start, d.end)}
    if not named and not dated:
        return clauses
    # (the words that link the places of a list or a span: "across Wasit, from Kut to Al-Suwaira and Al-Hai, next
    # Wednesday": the towns are the clause's own places)
    skipped = {",", ".", "on", "in"}.union(*(view.forms(k) for k in ("from_word", "to_word", "and_word")))
    flags = []
    for n, (lo, hi) in enumerate(clauses):
        toks = [t for t in range(lo, hi) if view.toks[t] not in skipped]
        place_only = bool(toks) and all(t in named for t in toks)
        date_only = n == len(clauses) - 1 and bool(toks) and all(t in dated for t in toks)
        flags.append(place_only or date_only)
    return _joined_back(clauses, flags)


def _joined_back(clauses: list[tuple[int, int]], flags: list[bool]) -> list[tuple[int, int]]:
    """Clauses with each one flagged (but the first) joined to the one before it."""
    out: list[tuple[int, int]] = []
    for (lo, hi), flag in zip(clauses, flags):
        if out and flag:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _date_clause(view: SentenceMentions, lo: int, hi: int, after: int) -> bool:
    """Whether a longer clause is all date but two words ("ظهر يوم الأحد العاشر من شوال 1444هـ") and the clause
    after it opens on the event word told ("شهدت المنطقة، <التاريخ>، نزاعاً عشائرياً"), or on one word governing
    it ("هدد القائد، <التاريخ>، باستئناف القصف")."""
    if not any(after <= m.start <= after + 1 for m in view.kind("trigger")):
        return False
    dated = {t for d in view.dates() for t in range(max(d.start, lo), min(d.end, hi))}
    return hi - lo - len(dated) <= 2
