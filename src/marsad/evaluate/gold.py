"""Gold files: articles labelled by hand with their events and claims (format in bench/gold/README.md)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest.jsonl import read_json_lines
from ..knowledge.lexicon import EVENT_TYPES
from ..records import STATUSES, Article


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event."""

    event_type: str
    sub_event_type: str | None
    status: str
    date_start: str | None
    date_end: str | None
    actor1: str | None
    actor2: str | None
    admin1_code: str | None
    admin2: str | None
    place: str | None
    fatalities: int | None


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One hand-coded tally."""

    actor1: str | None
    event_type: str | None
    count_low: int | None
    count_high: int | None
    date_start: str | None
    date_end: str | None
    admin1_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article of a gold file."""

    id: str
    lang: str | None
    published: str | None
    text: str
    events: tuple[GoldEvent, ...]
    claims: tuple[GoldClaim, ...]

    def article(self) -> Article:
        """The article a coder extracts from: the text, its publication date and language."""
        return Article(text=self.text, published=self.published, lang=self.lang)


def _event(obj: dict, where: str) -> GoldEvent:
    if obj.get("event_type") not in EVENT_TYPES:
        raise InputError(f"event_type {obj.get('event_type')!r} is not an ACLED event type", where)
    if obj.get("status") not in STATUSES:
        raise InputError(f"status {obj.get('status')!r} must be one of {', '.join(STATUSES)}", where)
    return GoldEvent(obj["event_type"], obj.get("sub_event_type"), obj["status"], obj.get("date_start"),
                     obj.get("date_end") or obj.get("date_start"), obj.get("actor1"), obj.get("actor2"),
                     obj.get("admin1_code"), obj.get("admin2"), obj.get("place"), obj.get("fatalities"))


def _claim(obj: dict) -> GoldClaim:
    return GoldClaim(obj.get("actor1"), obj.get("event_type"), obj.get("count_low"), obj.get("count_high"),
                     obj.get("date_start"), obj.get("date_end") or obj.get("date_start"),
                     tuple(obj.get("admin1_codes") or ()))


def read_gold(path: Path) -> Iterator[GoldArticle]:
    """The articles of a gold JSONL file; a bad line raises an InputError naming it."""
    for where, obj in read_json_lines(path, "gold file"):
        if not isinstance(obj.get("text"), str) or "id" not in obj:
            raise InputError("a gold line needs an \"id\" and a \"text\"", where)
        yield GoldArticle(
            str(obj["id"]), obj.get("lang"), obj.get("published"), obj["text"],
            tuple(_event(e, f"{where}: events[{k}]") for k, e in enumerate(obj.get("events") or [])),
            tuple(_claim(c) for c in obj.get("claims") or []),
        )
