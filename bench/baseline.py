"""The naive keyword coder every figure is reported beside.

A sentence with an event word (a trigger of weight 2 or 3) is an event of that
word's type; its place is the first gazetteer name in the sentence, its actor
the first actor name, its date the publication date, its status `occurred`. No
claims, no casualties, no merging. It shares Marsad's matcher and knowledge
files, so the difference it shows is the extraction logic alone.
"""

from __future__ import annotations

import hashlib
from datetime import date

from marsad.knowledge.lexicon import Knowledge
from marsad.pipeline import Extraction, detect_lang
from marsad.records import Article, DateRange, Event, Evidence, Span
from marsad.resolve.places import location_of
from marsad.text.normalize import fold
from marsad.text.segment import sentences


class KeywordCoder:
    """Codes every sentence that holds an event word."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def extract(self, article: Article) -> Extraction:
        """One event per sentence with an event word."""
        folded = fold(article.text)
        when = None
        if article.published:
            day = date.fromisoformat(article.published[:10]).isoformat()
            when = DateRange(day, day, "day")
        events = []
        for s in sentences(folded.text):
            matches = self.knowledge.index.scan(s.tokens)
            trigger = next((m for m in matches if m.kind == "trigger" and m.payload.weight >= 2), None)
            if trigger is None:
                continue
            place = next((self.knowledge.places[m.payload] for m in matches if m.kind == "place"), None)
            actor = next((self.knowledge.actors[m.payload].actor for m in matches if m.kind == "actor"), None)
            start, end = folded.to_original(s.start), folded.to_original_end(s.end)
            sentence = Span(start, end, article.text[start:end])
            event_id = "b-" + hashlib.sha1(f"{article.article_id}|{start}".encode()).hexdigest()[:16]
            events.append(Event(
                event_id=event_id, article_id=article.article_id, status="occurred",
                event_type=trigger.payload.event_type, sub_event_type=trigger.payload.sub_event_type,
                date=when, actor1=actor, actor2=None, location=location_of(place) if place else None,
                fatalities=None, injured=None, evidence=Evidence(sentence=sentence), confidence=0.5))
        lang = article.lang or detect_lang(article.text)
        return Extraction(Article(text=article.text, published=article.published, lang=lang), tuple(events), ())
