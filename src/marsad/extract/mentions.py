"""Mentions of one sentence: the phrase matches grouped by kind, with quantities and dates."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress

from ..knowledge.lexicon import VIOLENT_TYPES, ActorEntry, TriggerEntry, WordEntry
from ..knowledge.matcher import Match, PhraseIndex
from ..text.dates import DATE_KINDS, DATE_OPENERS, DateSpan, find_dates_by_kind
from ..text.normalize import Folded, strip_marks
from ..text.numbers import QuantitySpan, find_quantities
from ..text.segment import Sentence


class _NoMatches(list):
    """The matches of a kind a sentence does not mention: one shared empty list, which no one may fill."""

    __slots__ = ()

    def _read_only(self, *args, **kwargs):
        raise TypeError("the shared empty match list is read-only: copy it first")

    append = extend = insert = remove = pop = clear = sort = reverse = _read_only
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _read_only


NO_MATCHES: list[Match] = _NoMatches()


def _longest_first(m: Match) -> tuple[int, int]:
    """Sort key of `longest`: the longer match first, then the earlier."""
    return (m.start - m.end, m.start)


def _start(m: Match) -> int:
    """Sort key: a match's first token."""
    return m.start


def longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first, returned in text order."""
    if len(matches) < 2:
        return list(matches)
    chosen: list[Match] = []
    taken: set[int] = set()
    # (module-level sort keys: asked for several kinds of every sentence, no new function each time)
    for m in sorted(matches, key=_longest_first):
        if not taken.isdisjoint(range(m.start, m.end)):
            continue
        chosen.append(m)
        taken.update(range(m.start, m.end))
    chosen.sort(key=_start)
    return chosen


def clauses(toks: tuple[str, ...]) -> list[tuple[int, int]]:
    """Token ranges between commas that stand outside parentheses."""
    if "(" not in toks:  # (most sentences: the commas are found in C)
        return _split_at(compress(range(len(toks)), map(",".__eq__, toks)), len(toks))
    return _split_at(_commas_outside_parentheses(toks), len(toks))


def _commas_outside_parentheses(toks: tuple[str, ...]):
    """The positions of the commas of ``toks`` that stand outside parentheses."""
    depth = 0
    for i, t in enumerate(toks):
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(depth - 1, 0)
        elif t == "," and depth == 0:
            yield i


def _split_at(cuts, n: int) -> list[tuple[int, int]]:
    """The non-empty token ranges of a sentence of ``n`` tokens between the positions ``cuts`` (in order)."""
    out, lo = [], 0
    for i in cuts:
        if i > lo:
            out.append((lo, i))
        lo = i + 1
    if lo < n:
        out.append((lo, n))
    return out


class WordsAt:
    """The positions of a sentence's tokens that are one of ``forms``, as written; ``i in`` tests one (a position
    outside the sentence is none)."""

    __slots__ = ("forms", "toks")

    def __init__(self, toks: tuple[str, ...], forms: Collection[str]) -> None:
        self.toks, self.forms = toks, forms

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i] in self.forms

    def isdisjoint(self, positions: Iterable[int]) -> bool:
        """Whether none of ``positions`` is one of the words."""
        return not any(i in self for i in positions)


@dataclass
class SentenceMentions:
    """What one sentence mentions; quantities and dates are parsed on first use."""

    sentence: Sentence
    matches: list[Match]
    published: date | None
    by_kind: dict[str, list[Match]] = field(default_factory=dict)
    _quantities: list[QuantitySpan] | None = None
    _dates: list[DateSpan] | None = None
    _figures: tuple[int, ...] | None = None
    # work asked for several times per sentence (who speaks, seen from an event word): done once
    memo: dict = field(default_factory=dict)
    # kind -> the one-word function words of the lexicon a rule tests a token against (`PhraseIndex.words`)
    words: Mapping[str, Collection[str]] = field(default_factory=dict)

    toks: tuple[str, ...] = field(init=False, repr=False)
    # whether the sentence mentions anything of a kind: ``by_kind``'s own test, bound in `__post_init__`
    has: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_kind = self.by_kind
        if not by_kind:  # (`scan` hands them over grouped as the phrase scan found them)
            for m in self.matches:
                found = by_kind.get(m[2])
                if found is None:
                    by_kind[m[2]] = [m]
                else:
                    found.append(m)
        if "split_verb" in by_kind:  # a verb whose fixed object may come after its subject (few sentences)
            self._add_matches(verb_before_subject(by_kind, self.sentence.tokens), "trigger")
        if "split_death" in by_kind:  # a death verb whose fixed object comes after its subject (few sentences)
            self._add_matches(death_before_subject(by_kind, self.sentence.tokens), "fatality")
        if "body_noun" in by_kind and "find_verb" in by_kind:  # bodies found, told with the finders between
            self._add_matches(bodies_found(by_kind, self.sentence.tokens, self.words.get("passive_aux", ()),
                                           self.words.get("of_word", ())), "trigger")
        if "future_stem" in self.words:  # a سـ before a present verb the lexicon knows: "سيتوجهون", "ستستهدف"
            self._add_matches(future_verbs(by_kind, self.sentence.tokens, self.words["future_stem"]), "future")
        if "modal" in by_kind and "civilian_noun" in by_kind:
            self._drop_victim_modals()
        # the rules ask for the tokens and whether a kind is there over a million times in a thousand articles:
        # a plain attribute and the dictionary's own test, no Python call
        self.toks = self.sentence.tokens
        self.has = by_kind.__contains__

    def _drop_victim_modals(self) -> None:
        """Drop a modal that is also a victim noun told right after a casualty or event word or a figure ("لقي
        طالب سوداني مصرعه", "أصيب طالب": the student, no "demanded")."""
        by_kind, toks = self.by_kind, self.sentence.tokens
        nouns = {m.start for m in by_kind["civilian_noun"] if m.end == m.start + 1}
        before = {m.end for k in ("trigger", "fatality", "injury", "split_death") for m in by_kind.get(k, ())}
        victims = [m for m in by_kind["modal"] if m.start in nouns and m.start > 0 and (
            m.start in before or toks[m.start - 1].isdigit())]
        if victims:
            by_kind["modal"] = [m for m in by_kind["modal"] if m not in victims]
            if not by_kind["modal"]:
                del by_kind["modal"]
            self.matches = [m for m in self.matches if m not in victims]

    def _add_matches(self, extra: list[Match], kind: str) -> None:
        """Add matches of ``kind`` read across words to the sentence's matches, in text order."""
        if extra:
            self.matches = sorted(self.matches + extra, key=_start)
            self.by_kind[kind] = sorted(self.by_kind.get(kind, []) + extra, key=_start)

    def kind(self, kind: str) -> list[Match]:
        """Matches of one kind, in text order (overlaps included); the shared `NO_MATCHES` when there are none
        (two asks in three: no new list each time)."""
        return self.by_kind.get(kind, NO_MATCHES)

    def forms(self, kind: str) -> Collection[str]:
        """The lexicon's one-word forms of ``kind`` (folded), to test this sentence's tokens against."""
        return self.words.get(kind, ())

    def bare(self, kind: str) -> WordsAt:
        """The positions (tested with ``in``) of the tokens that are, as written (no proclitic stripped), a
        one-word form of ``kind``: the function words (articles, auxiliaries) a rule tests a token against."""
        return WordsAt(self.toks, self.words.get(kind, ()))

    def figures(self) -> tuple[int, ...]:
        """Positions of the tokens written in digits only ("2015", "15"; not "3.5"), found once: several
        rules ask whether a clause holds one, and most sentences hold none."""
        if self._figures is None:
            # (the positions picked in C: asked of every sentence, whose tokens are hundreds of words)
            self._figures = tuple(compress(range(len(self.toks)), map(str.isdigit, self.toks)))
        return self._figures

    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's token ranges between commas that stand outside parentheses (see `clauses`), split
        once: the rules ask for them again for every event word. Read-only."""
        found = self.memo.get("clauses")
        if found is None:
            found = self.memo["clauses"] = clauses(self.toks)
        return found

    def longest(self, kind: str) -> list[Match]:
        """The non-overlapping matches of one kind (see :func:`longest`), worked out once per sentence: the
        actors alone are asked for by several rules for every event word."""
        key = ("longest", kind)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = longest(self.kind(kind))
        return found

    def memoized(self, key, make: Callable[..., object], *args):
        """A fact of the sentence that the rules ask for again and again, made once (``make(self, *args)``: a module
        function with its arguments where it is asked for every cue and actor, no lambda made per call) and kept in
        ``memo`` under ``key``."""
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = make(self, *args)
        return found

    def quantities(self) -> list[QuantitySpan]:
        """The sentence's quantities (parsed once)."""
        if self._quantities is None:
            self._quantities = find_quantities(self.toks, self.matches, self.words)
        return self._quantities

    def dates(self) -> list[DateSpan]:
        """The sentence's date expressions, resolved against the publication date (parsed once)."""
        if self._dates is None:
            if not self.figures() and self.by_kind.keys().isdisjoint(DATE_OPENERS):
                self._dates = []  # nothing to open a date: most sentences, which the rules ask all the same
            else:
                self._dates = self._find_dates()
        return self._dates

    def _find_dates(self) -> list[DateSpan]:
        """The sentence's date expressions, parsed and filtered (apart from `dates`, asked for again and again, so
        that its calls make no closure cells)."""
        # (the date words read by kind: not the sentence's hundreds of other matches)
        dates = find_dates_by_kind(self.toks, self.by_kind, self.published, self.words)
        heads = self.by_kind.get("date_name_head")
        if heads and dates:
            # "حي واحد حزيران", "ساحة 17 تموز": a date right after a street or quarter word names the place
            # (a day number the date did not take may stand between: "واحد حزيران")
            # (only a number: "في حي العامرية صباح أمس" names the quarter, then the day)
            ends = {h.end for h in heads}
            numbers = {m.start for m in self.by_kind.get("number", ())}
            dates = [d for d in dates if d.start not in ends
                     and not (d.start - 1 in ends and d.start - 1 in numbers)]
        habits = self.by_kind.get("now_and_then")
        if habits and dates:
            # "every Thursday": a weekday told as a habit (`now_and_then`) is no day of the sentence
            dates = [d for d in dates if not any(h.start <= d.start < h.end for h in habits)]
        epithets = self.by_kind.get("date_epithet")
        if epithets and dates:
            # "تفجيرات الأحد الدامي" (Bloody Sunday): a day with an epithet right after it names a historic
            # day, it dates nothing
            starts = {e.start for e in epithets}
            dates = [d for d in dates if d.end not in starts]
        return dates


def scan(sentence: Sentence, index: PhraseIndex, published: date | None,
         actors: Mapping[str, ActorEntry] | None = None, folded: Folded | None = None) -> SentenceMentions:
    """All mentions of one sentence. With ``actors``, an Iraqi actor named by a generic word followed by another
    country's adjective ("وزارة الداخلية الكويتية", "الشرطة الإيطالية") is not that actor (see `foreign_named`).
    With ``folded`` (the article's folded text), a trigger the text writes with a hamza its form has not is none
    (see `hamza_homographs`)."""
    matches, by_kind = index.scan_by_kind(sentence.tokens)
    named = matches
    if folded is not None and "trigger" in by_kind \
            and "ئ" in folded.original[folded.to_original(sentence.start):folded.to_original_end(sentence.end)]:
        named = hamza_homographs(named, sentence, folded)
    if actors is not None:
        if "nationality" in by_kind:  # (most name none)
            named = foreign_named(named, actors)
        if len(by_kind.get("actor", ())) > 1:  # (most sentences name at most one actor)
            named = named_after_generic(named, actors)
        if "actor" in by_kind:
            named = verbs_after_what(named, sentence.tokens)
    if "day_offset" in by_kind and "reference" in by_kind:
        named = words_of_a_day(named, by_kind["day_offset"])
    if "claim" in by_kind:
        named = lives_claimed(named, sentence.tokens, index.words.get("life_word", ()))
    if named is not matches:
        matches, by_kind = named, {}  # grouped again by `SentenceMentions`
    return SentenceMentions(sentence, matches, published, by_kind, words=index.words)


def hamza_homographs(matches: list[Match], sentence: Sentence, folded: Folded) -> list[Match]:
    """Drop the Arabic triggers whose word the text writes with ئ where the trigger's form has a plain ي: folded
    alike, they are other words ("بائع" a seller, "البائعين" the sellers, is not "بايع" pledged allegiance)."""
    # (most sentences write no ئ at all: nothing to compare word by word)
    if not sentence.starts or "ئ" not in folded.original[folded.to_original(sentence.starts[0]):
                                                         folded.to_original_end(sentence.ends[-1])]:
        return matches
    return [m for m in matches if m.kind != "trigger" or not _hamza_differs(m, sentence, folded)]


def _hamza_differs(m: Match, sentence: Sentence, folded: Folded) -> bool:
    """Whether the text writes ئ where the form of trigger ``m`` has ي, in any word of the match."""
    entry = m.payload
    if not isinstance(entry, TriggerEntry) or entry.lang != "ar" or "ي" not in entry.form:
        return False
    words = strip_marks(entry.form).split()
    for k, word in enumerate(words):
        i = m.start + k
        if i >= m.end:
            break
        s = folded.to_original(sentence.starts[i] + (len(m.clitic) if k == 0 else 0))
        written = strip_marks(folded.original[s:folded.to_original_end(sentence.ends[i])])
        if any(a == "ي" and b == "ئ" for a, b in zip(word, written)):
            return True
    return False


# how many words after "claimed" may stand before "life"/"lives" ("claimed the lives", "has claimed a second life")
LIVES_REACH = 3


def lives_claimed(matches: list[Match], tokens: Sequence[str], lives_words: Collection[str]) -> list[Match]:
    """Matches without an English claim word whose object is a life (a `life_word`: "the blast claimed the lives of
    five", "has claimed a second life"): deaths an attack caused, no one claiming it."""
    def lives(m: Match) -> bool:
        return m.kind == "claim" and m.end - m.start == 1 and tokens[m.start].isascii() \
            and any(t.lower() in lives_words for t in tokens[m.end:m.end + LIVES_REACH])
    kept = [m for m in matches if not lives(m)]
    return matches if len(kept) == len(matches) else kept


# the kinds a word inside a relative day's phrase is not: "قبل" of "الليلة قبل الماضية" (the night before last)
_INSIDE_A_DAY = frozenset({"reference", "ago"})


def words_of_a_day(matches: list[Match], days: list[Match]) -> list[Match]:
    """Matches without a `reference` or `ago` word that lies inside a relative day's phrase ("قبل" of "الليلة قبل
    الماضية"): the phrase tells a day, no deed "before" another."""
    def inside(m: Match) -> bool:
        return m.kind in _INSIDE_A_DAY and any(d.start <= m.start and m.end <= d.end and d.end - d.start > m.end - m.start
                                               for d in days)
    kept = [m for m in matches if not inside(m)]
    return matches if len(kept) == len(matches) else kept


# the relative "what" before which a one-word name is a verb: "اعتذر عما بدر منه" (what came from him)
_WHAT = frozenset({"ما", "عما", "مما"})


def verbs_after_what(matches: list[Match], tokens: Sequence[str]) -> list[Match]:
    """A one-word actor name with no proclitic right after ما, عما or مما is a verb the relative governs ("اعتذر
    عما بدر منه": what came from him, not the Badr Organization), no actor."""
    if _WHAT.isdisjoint(tokens):
        return matches  # (most sentences: no "what" at all, one C-level test instead of a pass over every match)
    out = [m for m in matches if not (m.kind == "actor" and m.end - m.start == 1 and not m.clitic
                                      and m.start > 0 and tokens[m.start - 1] in _WHAT)]
    return out if len(out) < len(matches) else matches


def named_after_generic(matches: list[Match], actors: Mapping[str, ActorEntry]) -> list[Match]:
    """A one-word actor right before an actor of the same kind named in more words ("ميليشيا كتائب حزب الله",
    "لميليشيا عصائب أهل الحق") is the named group's head noun: one match of the named group over both, carrying
    the first word's proclitic (not one joined by و: "قطعات الجيش وجهاز مكافحة الإرهاب" are two)."""
    acts = [m for m in matches if m.kind == "actor"]
    if len(acts) < 2:  # (most sentences name at most one actor)
        return matches
    starts: dict[int, Match] = {}
    for m in acts:  # (the longest of the matches that start at one word)
        if m.start not in starts or m.end > starts[m.start].end:
            starts[m.start] = m
    drop: set[int] = set()
    merged: dict[int, Match] = {}
    for m in acts:
        n = starts.get(m.end)
        if n is None or n.clitic or m.end - m.start != 1 or n.end - n.start < 2 or m.payload == n.payload \
                or actors[m.payload].actor.kind != actors[n.payload].actor.kind:
            continue
        drop.add(id(m))
        merged[id(n)] = Match(m.start, n.end, "actor", n.payload, m.clitic)
    if not drop:
        return matches
    # (a shorter match inside the named group's words, "عصائب" of "عصائب أهل الحق", stays as the matcher left it)
    return [merged.get(id(m), m) for m in matches if id(m) not in drop]


# the longest subject let stand between a verb and its fixed object, in tokens
SUBJECT_REACH = 5
# the furthest the object of a split phrase may stand after a `subject_detail` word right after the subject
# ("أطلق مسلحون مجهولون يستقلون دراجة نارية النار": what the subject rode), in tokens
DETAIL_REACH = 3
# the words of a day that may stand between a verb and its fixed object
_SPLIT_DAY_KINDS = ("day_offset", "weekday")


def verb_before_subject(by_kind: Mapping[str, list[Match]], toks: tuple[str, ...]) -> list[Match]:
    """A verb of a two-word active trigger phrase with its subject between it and its object ("أطلق مسلحون
    مجهولون النار على", "نظم العشرات وقفة", "أطلقت قوة من حرس الحدود النار"): Arabic news puts the subject right
    after the verb, so the phrase is rarely written as one piece. The verb becomes the phrase's trigger (its span the
    verb alone, so the subject after it stays the agent) when the object follows one word later, or right after an
    actor named within `SUBJECT_REACH` words, no comma between. A verb already a trigger at that place keeps what it
    is; an object that is an event word by itself ("شن مسلحون هجوما", "دفعت الشرطة بتعزيزات") already tells the
    event its own way; a phrase of weight 1 ("عثرت القوات لاحقا على") is too loose to join across words (no
    `split_verb` is loaded for it).
    Returns the new trigger matches."""
    # most verbs have no object within reach (a verb common in the news, "أعلنت", wants one of several): the sets
    # below are made only for a sentence where one has (a verb's payload: its objects, and its (object, phrase) pairs)
    # (a subject described by what it rode or wore, `subject_detail` right after it: the object may stand past the
    # description, "أطلق مسلحون مجهولون يستقلون دراجة نارية النار على")
    details = by_kind.get("subject_detail", ())
    reach = SUBJECT_REACH + DETAIL_REACH + 1 if details else SUBJECT_REACH
    verbs = [m for m in by_kind["split_verb"]
             if not m.payload[0].isdisjoint(toks[m.end + 1 : m.end + 1 + reach])]
    if not verbs:
        return []
    triggers = by_kind.get("trigger", ())
    taken = {m.start for m in triggers}
    told = {m.start for m in triggers if m.payload.weight >= 2}
    # (but an object that is a weaker noun of the phrase's own kind is the phrase's: "ألقت مفارز مركز الشرطة القبض
    # على": the arrest told by its verb, not by the bare noun; not a violent phrase, "شن النائب هجوماً على الوزارة")
    nouns = {m.start: m.payload for m in triggers if m.payload.voice == "noun"}
    # a time word (or a preposition) is no subject: "فجر اليوم نفسه" is dawn of the same day, not a man who blew
    # himself up
    timed = {m.start for kind in DATE_KINDS for m in by_kind.get(kind, ())}
    actor_ends = {m.end for m in by_kind.get("actor", ())}
    # an object that opens a `response` phrase is that response, no phrase object: "أعلنت الشرطة تشكيل فريق تحقيق"
    # forms a team to look into an event, not a new group
    told |= {m.start for m in by_kind.get("response", ())}
    # so is one that opens a `figurative` phrase: "وفرضت القوات الأمنية سيطرتها على الطرق" holds roads, takes no ground
    told |= {m.start for m in by_kind.get("figurative", ())}
    # a day told between ("أطلقوا فجر اليوم الأربعاء النار", "أطلق مسلحون صباح اليوم النار"): the verb's object
    # follows the day, the subject (if any) before it
    days = {t for kind in _SPLIT_DAY_KINDS for d in by_kind.get(kind, ()) for t in range(d.start, d.end)}
    # "one of" before the subject's noun ("أطلق أحد المتهمين النار"): the subject is the two words; so is a noun and
    # its genitive before the object of a violent phrase ("أطلق حراس المقر النار", "فتح أفراد العصابة النار")
    ones = {m.start for m in by_kind.get("number", ()) if m.end == m.start + 1 and m.payload.value == "1"}
    # (a sequel word is no subject, nor does a plural verb stand before its subject: "فتحوا بعد ذلك النار" is the
    # fighters named before opening fire afterwards, no new deed)
    sequel = {t for q in by_kind.get("sequel", ()) for t in range(q.start, q.end)}
    # (a unit named by its town, "مفارز مركز شرطة عين التمر": the subject ends after the town)
    actor_ends |= {p.end for p in by_kind.get("place", ()) if p.start in actor_ends}
    actor_ends |= {t for d in details if d.start in actor_ends for t in range(d.end + 1, d.end + 1 + DETAIL_REACH)}
    extra: list[Match] = []
    for m in verbs:
        for obj, trig in m.payload[1]:
            if m.start in taken:
                break
            for j in range(m.end + 1, min(len(toks), m.end + 1 + reach)):
                if toks[j - 1] == ",":  # (folded: "،" is ",")
                    break
                if toks[j] != obj or j in told and not (
                        j in nouns and nouns[j].sub_event_type == trig.sub_event_type and nouns[j].weight < trig.weight
                        and trig.event_type not in VIOLENT_TYPES):
                    continue
                k = j
                # (not when the verb opens the day itself: "فجر اليوم نفسه" is dawn of the same day)
                while k - 1 >= m.end and k - 1 in days and m.start not in days:
                    k -= 1
                if k in actor_ends or k == m.end + 1 and m.end not in timed or k == m.end < j \
                        or k == m.end + 2 and (m.end in ones or m.end not in timed and m.end + 1 not in timed
                                               and trig.event_type in VIOLENT_TYPES and m.end not in sequel
                                               and not toks[m.end - 1].endswith("وا")):
                    extra.append(Match(m.start, m.end, "trigger", trig, m.clitic))
                    taken.add(m.start)
                    break
    return extra


# the furthest the object of a death phrase may stand after its verb, the subject between ("فارق متظاهر في
# العشرينات من عمره الحياة"), in tokens
DEATH_OBJECT_REACH = 10


def death_before_subject(by_kind: Mapping[str, list[Match]], toks: tuple[str, ...]) -> list[Match]:
    """A verb of a two-word death phrase (`split_death`: "فارق الحياة") with its subject between it and its object
    ("فارق متظاهر في العشرينات من عمره الحياة", "فارقت سيدة مسنة الحياة"): the verb becomes the phrase's `fatality`
    word (its span the verb alone, so the subject after it is the one counted, as after "توفي") when the object
    stands at most `DEATH_OBJECT_REACH` words after it, no comma between. A verb already a fatality word there (the
    phrase in one piece) keeps it. Returns the new fatality matches."""
    told = {m.start for m in by_kind.get("fatality", ())}
    extra: list[Match] = []
    for m in by_kind["split_death"]:
        obj, entry = m.payload
        if m.start in told:
            continue
        for j in range(m.end, min(len(toks), m.end + 1 + DEATH_OBJECT_REACH)):
            if toks[j] == ",":  # (folded: "،" is ",")
                break
            if toks[j] == obj and j > m.end:
                extra.append(Match(m.start, m.end, "fatality", entry, m.clitic))
                break
    return extra


# the furthest a body noun may stand after the verb that found it ("عثرت دورية للشرطة صباح أمس على جثث"), in tokens
BODY_REACH = 8
# a body found is a killing told by its victims, as the trigger rows "عثرت على جثث", "جثث مجهولة الهوية" are
_BODY_FOUND = TriggerEntry("ar", "عثر على جثث", "Violence against civilians", "Attack", "passive", 2)
_BODY_FOUND_EN = TriggerEntry("en", "bodies found", "Violence against civilians", "Attack", "passive", 2)


def bodies_found(by_kind: Mapping[str, list[Match]], toks: tuple[str, ...],
                 aux: Collection[str], of: Collection[str]) -> list[Match]:
    """A body noun (`body_noun`) that a `find_verb` found, with the finders and the time told between them ("عثرت
    الشرطة صباح أمس على جثتين", "انتشلت دوريات النهر عصر أمس جثث ثلاثة مواطنين"): the trigger rows write the
    phrase in one piece ("عثرت على جثث"), which Arabic news rarely keeps. The body noun becomes a killing's trigger
    (passive: the dead are its victims) when a find verb stands at most `BODY_REACH` words before it, no comma and
    no event word between; an English one also when a find verb after a passive auxiliary (`passive_aux`) stands
    at most `BODY_REACH` words after it ("The bodies of 11 men were pulled from the Tigris"; "of" right after the
    noun, no actor or `hostile_noun` between). Returns the new
    trigger matches."""
    triggers = by_kind.get("trigger", ())
    extra: list[Match] = []
    for b in by_kind["body_noun"]:
        if any(t.start <= b.start < t.end or b.start <= t.start < b.end for t in triggers):
            continue  # a trigger row already tells it ("عثرت على جثث", "جثة مجهولة الهوية")
        f = next((f for f in by_kind["find_verb"] if f.end <= b.start <= f.end + BODY_REACH), None)
        if f is None and toks[b.start].isascii():
            # English passive, the bodies first: "The bodies of 11 men were pulled from the Tigris" (whose bodies
            # told, none of an armed side: "the bodies of two attackers were recovered", "the five bodies were
            # recovered from the cave" are the dead of a fight told before)
            if b.end >= len(toks) or toks[b.end] not in of:
                continue
            f = next((f for f in by_kind["find_verb"] if b.end < f.start <= b.end + BODY_REACH
                      and toks[f.start - 1] in aux
                      and not any(b.end <= a.start < f.start for k in ("actor", "hostile_noun")
                                  for a in by_kind.get(k, ()))
                      and "," not in toks[b.end:f.start]
                      and not any(b.end <= t.start < f.start for t in triggers)), None)
            if f is not None:
                extra.append(Match(b.start, b.end, "trigger", _BODY_FOUND_EN, b.clitic))
            continue
        # (a comma right before the verb's "على" parts the finders from it, not the find from the bodies:
        # "عثرت الشرطة العراقية، على جثة رجل")
        if f is None or any(toks[i] == "," and toks[i + 1] != "علي" for i in range(f.end, b.start)) \
                or any(f.end <= t.start < b.start for t in triggers):
            continue
        extra.append(Match(b.start, b.end, "trigger", _BODY_FOUND_EN if toks[b.start].isascii() else _BODY_FOUND,
                           b.clitic))
    return extra


GOVERNMENT = "iraq-government"


def foreign_named(matches: list[Match], actors: Mapping[str, ActorEntry]) -> list[Match]:
    """An Iraqi actor named by a generic word right before a `nationality` word of another country
    ("وزارة الداخلية الكويتية", "قوات الأمن التركية", "جنود إيرانيين") is that country's: the generic words
    (وزارة الداخلية، قوات الأمن، الشرطة) belong to Iraq only when nothing says otherwise. The match becomes the
    country's forces named by the word's value (`foreign-forces` when the files hold none), over both words; a
    foreign government, which the Iraqi government's words would name, is dropped."""
    foreign = {m.start: m for m in matches if m.kind == "nationality" and m.payload.value != "iraq"}
    if not foreign:
        return matches
    out: list[Match] = []
    changed = False
    for m in matches:
        nat = foreign.get(m.end) if m.kind == "actor" else None
        actor = actors[m.payload].actor if nat is not None else None
        if actor is None or actor.country != "Iraq" or actor.kind != "State forces":  # citizens stay civilians
            out.append(m)
            continue
        changed = True
        if m.payload != GOVERNMENT:  # "الحكومة الإسرائيلية" is no armed force: dropped
            out.append(Match(m.start, nat.end, "actor", nat.payload.value, m.clitic))
    # (the same list when no actor is another country's: most such sentences; `scan` then keeps its grouping)
    return out if changed else matches


# the present prefixes a future سـ stands before (أ folded: "سأرد")
_FUTURE_PREFIXES = ("ي", "ت", "ن", "ا")
# what a future verb opens with, bare or after و/ف ("سي", "وست", ...)
_FUTURE_OPENINGS = tuple(c + "س" + p for c in ("", "و", "ف") for p in _FUTURE_PREFIXES)
# the endings of a present verb's plural and dual ("سيتوجهون", "ستشنان")
_PRESENT_ENDINGS = ("ون", "ان", "ين")


def future_verbs(by_kind: Mapping[str, list[Match]], toks: tuple[str, ...], stems: Collection[str]) -> list[Match]:
    """The Arabic words that are سـ, a present prefix and a verb the lexicon knows (`future_stem`): "سيتوجهون"،
    "ستمدد"، "سنشن" tell what will be done, not what was. A noun that opens with the same letters (سيارة، سيطرة،
    سياسيون، سيناء) has no known verb after them. Words already found as `future` are left to that match."""
    # (the few words that open as a future verb can, picked out in one C-level pass before the letters are read)
    opening = [i for i, tok in enumerate(toks) if tok.startswith(_FUTURE_OPENINGS)]
    if not opening:
        return []
    listed = {m.start for m in by_kind.get("future", ())}
    out = []
    for i in opening:
        tok = toks[i]
        word = tok[1:] if tok[:2] in ("وس", "فس") else tok
        if len(word) < 4 or word[0] != "س" or word[1] not in _FUTURE_PREFIXES or i in listed:
            continue
        rest = word[2:]
        bare = next((rest[:-2] for e in _PRESENT_ENDINGS if rest.endswith(e) and len(rest) > 3), rest)
        if any(f in stems for f in (rest, bare, "ا" + rest, "ا" + bare)):
            out.append(Match(i, i + 1, "future", _FUTURE_VERB, tok[:len(tok) - len(word) + 1]))
    return out


# the payload of a future verb read from its letters (`future_verbs`)
_FUTURE_VERB = WordEntry("ar", "future", "", "verb")

