"""Agreement between two annotators: a second labelling of a gold file's articles, scored like predictions.

Two people coding the same articles disagree too (what counts as one event, whether a recalled attack is
news, null or 0 dead). Their agreement, measured with the very scorer that measures Marsad, is the ceiling a
coder can be expected to reach on that writing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import InputError
from ..knowledge.lexicon import ActorEntry
from ..pipeline import Extraction
from ..records import (
    Actor,
    Article,
    Claim,
    DateRange,
    Event,
    Evidence,
    Location,
    Quantity,
    Span,
)
from .gold import GoldArticle, GoldClaim, GoldEvent, read_gold
from .score import GoldReport, evaluate_gold


def _actor(actor_id: str | None, actors: dict[str, ActorEntry], where: str) -> Actor | None:
    if actor_id is None:
        return None
    if actor_id not in actors:
        raise InputError(f"actor {actor_id!r} is not an id of actors.tsv", where)
    return actors[actor_id].actor


def _dates(start: str | None, end: str | None) -> DateRange | None:
    """A gold date range (`read_gold` gives it an end whenever it has a start) at the precision its length tells."""
    if not start:
        return None
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    return DateRange(start, end, "day" if days == 0 else "week" if days < 7 else "month" if days < 31 else "year")


def _count(figure: int | None) -> Quantity | None:
    return Quantity(figure, figure, figure) if figure is not None else None


def _as_event(article: GoldArticle, k: int, e: GoldEvent, actors: dict[str, ActorEntry], evidence: Evidence,
              where: str) -> Event:
    location = Location("Iraq", None, e.admin1_code, e.admin2, e.place) if e.admin1_code else None
    return Event(event_id=f"{article.id}#{k}", article_id=article.id, status=e.status, event_type=e.event_type,
                 sub_event_type=e.sub_event_type or "", date=_dates(e.date_start, e.date_end),
                 actor1=_actor(e.actor1, actors, where), actor2=_actor(e.actor2, actors, where), location=location,
                 fatalities=_count(e.fatalities), injured=None, evidence=evidence, confidence=1.0)


def _as_claim(article: GoldArticle, k: int, c: GoldClaim, actors: dict[str, ActorEntry], evidence: Evidence,
              where: str) -> Claim:
    return Claim(claim_id=f"{article.id}#c{k}", article_id=article.id, actor1=_actor(c.actor1, actors, where),
                 actor2=None, event_type=c.event_type or "", count=Quantity(c.count_low, c.count_low, c.count_high),
                 date=_dates(c.date_start, c.date_end),
                 locations=tuple(Location("Iraq", None, code) for code in c.admin1_codes),
                 evidence=evidence, confidence=1.0)


def as_extraction(article: GoldArticle, actors: dict[str, ActorEntry], where: str = "") -> Extraction:
    """One annotator's labels of an article as the records an extractor would have returned."""
    evidence = Evidence(Span(0, len(article.text), article.text))
    return Extraction(
        Article(text=article.text, article_id=article.id, published=article.published, lang=article.lang),
        tuple(_as_event(article, k, e, actors, evidence, where) for k, e in enumerate(article.events)),
        tuple(_as_claim(article, k, c, actors, evidence, where) for k, c in enumerate(article.claims)))


def evaluate_agreement(gold: Path, second: Path, actors: dict[str, ActorEntry]) -> GoldReport:
    """Score a second annotator's file against a gold file, article by article (matched by id).

    Every article of the gold file must be in the second file; an extra or missing one is an InputError.
    """
    other = {a.id: a for a in read_gold(second)}
    articles = list(read_gold(gold))
    missing = [a.id for a in articles if a.id not in other]
    if missing:
        raise InputError(f"article(s) {', '.join(missing[:5])} of {gold} are not labelled in this file; "
                         "label every article of the gold file", str(second))
    extra = sorted(other.keys() - {a.id for a in articles})
    if extra:
        raise InputError(f"article(s) {', '.join(extra[:5])} are not in {gold}; remove them", str(second))
    return evaluate_gold(articles, lambda g: as_extraction(other[g.id], actors, f"{second}: {g.id}"), actors)
