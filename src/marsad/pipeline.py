"""The extraction pipeline: normalize -> mentions -> events/claims -> merge, with services passed in."""

from __future__ import annotations

import dataclasses
import functools
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from .extract.context import article_context, publication_shift
from .extract.events import ClauseExtractor
from .extract.mentions import scan
from .extract.merge import (
    anniversary_day,
    answered_denials,
    bare_claim,
    day_told_later,
    deadless_tolls,
    drawn_out,
    feud_arrests,
    forces_of_place,
    lone_battle_side,
    merge_events,
    militants_hit,
    named_bomber,
    named_militants,
    one_rebel_group,
    protest_arrests,
    recalled_attack,
    regained_from,
    tally_striker,
    tied_gunmen,
    unsourced_history,
    with_crowd_actor,
)
from .knowledge.lexicon import Knowledge, load_knowledge
from .records import Article, Claim, Event
from .text.dates import parse_published
from .text.normalize import fold
from .text.segment import sentences

# letters are counted by runs (words), not one by one: a few hundred matches per article, not thousands
_ARABIC_RUNS = re.compile(r"[\u0621-\u064a]+")
_LATIN_RUNS = re.compile(r"[A-Za-z]+")
# the commonest Arabic letters (ا ل ي م و ن, all inside the range above), counted by str.count in C: in Arabic news
# they alone make a third of the text, which settles the language without scanning for every run of letters
_COMMON_ARABIC = "\u0627\u0644\u064a\u0645\u0648\u0646"


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one article yields."""

    article: Article
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    source_id: str | None = None
    folded_text: str | None = None  # the article's text folded for matching, reused by the store

    def records(self) -> list[Event | Claim]:
        """Events then claims, as one list."""
        return [*self.events, *self.claims]


def detect_lang(text: str) -> str:
    """``ar`` when Arabic letters make up a fair share of the letters, else ``en``."""
    sample = text[:4000]
    if sum(map(sample.count, _COMMON_ARABIC)) * 3 >= len(sample) > 0:
        return "ar"  # (a lower bound of the Arabic letters counted below already passes the test there)
    arabic = sum(map(len, _ARABIC_RUNS.findall(sample)))
    if arabic == 0:
        return "en"
    latin = sum(map(len, _LATIN_RUNS.findall(sample)))
    return "ar" if arabic >= latin * 0.5 else "en"


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector for the length of one article, restoring its state after.

    An article's extraction makes a few hundred thousand short-lived tuples, lists and dicts (matches, spans,
    memos), all freed by reference counting when it ends; the collector, triggered by allocation counts, would
    otherwise stop a dozen times per article to walk them and, now and then, every object of the loaded knowledge
    (about a tenth of the extraction time). Any cycle made meanwhile is collected at the next collection after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Pipeline:
    """Extracts events and claims from articles with the knowledge it is given."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    @classmethod
    def from_data_dir(cls, data_dir: str | Path | None = None) -> "Pipeline":
        """A pipeline over the knowledge files of ``data_dir`` (the package's own by default)."""
        return cls(load_knowledge(Path(data_dir) if data_dir else None))

    def extract(self, article: Article, source_id: str | None = None) -> Extraction:
        """Events and claims of one article (its ``published`` anchors relative dates)."""
        with _collector_paused():
            return self._extract(article, source_id)

    def _extract(self, article: Article, source_id: str | None) -> Extraction:
        """`extract`'s work: sentence by sentence, then the article-wide merge and passes over the events."""
        lang = article.lang or detect_lang(article.text)
        if article.lang is None:
            article = dataclasses.replace(article, lang=lang)
        published = parse_published(article.published)
        folded = fold(article.text)
        views = [scan(s, self.knowledge.index, published, self.knowledge.actors, folded)
                 for s in sentences(folded.text)]
        shift = publication_shift(views, published)
        if shift and published is not None:
            # "أمس الأحد" in an article dated Tuesday: the article was written on Monday; its bare "أمس" is Sunday
            published = published + timedelta(days=shift)
            for view in views:
                view.published = published  # dates are parsed on first use, none yet
        context = article_context(self.knowledge, views, folded.text, article.title)
        extractor = ClauseExtractor(self.knowledge, folded, article.article_id, published, context)
        events: list[Event] = []
        claims: list[Claim] = []
        for view in views:
            e, c = extractor.sentence(view)
            events.extend(e)
            claims.extend(c)
        extractor.finish()
        if extractor.redated or extractor.denied_later or extractor.retolled:
            events = [extractor.redate(e) for e in events]
        told = events
        merged = merge_events(events, extractor.merge_hints())
        events = [with_crowd_actor(e, self.knowledge) for e in merged]
        events = feud_arrests(events)
        events = protest_arrests(events, folded.text)
        events = anniversary_day(events, told, views, published)
        events = deadless_tolls(events)
        events = unsourced_history(events, views, folded, published)
        events = recalled_attack(events, views, folded, published)
        events = drawn_out(events)
        events = answered_denials(events, extractor.separate)
        events = day_told_later(events, views, folded, published)
        events = bare_claim(events, views, self.knowledge, folded)
        # (the passes below call it only when some event could take the group)
        group = functools.cache(functools.partial(one_rebel_group, views, self.knowledge))
        events = named_bomber(events, group)
        events = regained_from(events, group)
        events = tally_striker(events, claims)
        events = named_militants(events, views, group, folded)
        events = militants_hit(events, views, group, folded)
        events = tied_gunmen(events, views, group)
        events = lone_battle_side(events, self.knowledge, views, folded)
        events = forces_of_place(events, self.knowledge, article.text)
        events = extractor.noted_retellings(events)
        if source_id is not None:
            events = [dataclasses.replace(e, source_id=source_id) for e in events]
            claims = [dataclasses.replace(c, source_id=source_id) for c in claims]
        return Extraction(article, tuple(events), tuple(claims), source_id, folded.text)
