"""The records every part of Marsad shares: frozen, typed, with a lossless JSON form.

Field names are the JSON names of ``DESIGN.md``. ``to_json`` gives plain
dicts/lists (ready for ``json.dumps``) and ``from_json`` rebuilds the record.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["occurred", "claimed", "planned", "hypothetical", "denied"]
STATUSES: tuple[str, ...] = typing.get_args(Status)
Precision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["place", "admin2", "admin1", "country"]
# events reported as having happened: one claimed and one told as a fact may be the same event
REPORTED_STATUSES = ("occurred", "claimed")
# events told as not having happened (yet): a plan, or what may or would happen
UNREALISED_STATUSES = ("planned", "hypothetical")
# the actors a text names when it cannot say who did it: they agree with any armed side when events or sources join
PLACEHOLDERS = ("unidentified-gunmen", "unidentified-militia")
# how fine a date or a place is: the finer wins when sources are joined
PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
GEO_RANK = {"place": 3, "admin2": 2, "admin1": 1, "country": 0}


class _Record:
    """Mixin giving dataclass records their JSON round trip."""

    def to_json(self) -> dict[str, Any]:
        """The record as plain JSON-ready values."""
        return {name: _dump(getattr(self, name)) for name in _names(type(self))}

    @classmethod
    def from_json(cls, data: dict[str, Any]):
        """Rebuild a record from the dict ``to_json`` gave."""
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data and f.init:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _dump(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_json()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_load(args[0], v) for v in value)
    if isinstance(hint, type) and issubclass(hint, _Record):
        return hint.from_json(value)
    return value


def fast_init(cls: type) -> type:
    """Give a frozen, slotted dataclass a faster ``__init__`` of the same signature and effect.

    The one ``dataclass`` writes sets each field through ``object.__setattr__``, looked up on every call (the class's
    own ``__setattr__`` refuses); this one calls each field's slot setter, bound once. An article's extraction makes
    a few hundred such records (spans, sentences, quantities, events): 2.5% fewer instructions in all. Fields with a
    ``default_factory`` are not supported (no record has one)."""
    namespace: dict[str, Any] = {}
    params: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"fast_init: {cls.__name__}.{f.name} has a default_factory")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
        if not f.init:
            if f.default is not dataclasses.MISSING:  # (one with no default is left unset, as ``dataclass`` does)
                body.append(f"_set_{f.name}(self, _default_{f.name})")
            continue
        params.append(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}")
        body.append(f"_set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"
    exec(source, namespace)  # (as ``dataclass`` writes its own)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """A news article as received (after HTML-to-text)."""

    text: str
    article_id: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.article_id:
            object.__setattr__(self, "article_id", article_id_for(self.text))


def article_id_for(text: str) -> str:
    """Stable id of an article: a hash of its whitespace-folded text."""
    folded = " ".join(text.split())
    return "a-" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


@fast_init
@dataclass(frozen=True, slots=True)
class Span(_Record):
    """Character offsets into ``Article.text`` (the original text) and the text there."""

    start: int
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class DateRange(_Record):
    """An inclusive range of ISO dates and how precise it is."""

    start: str
    end: str
    precision: Precision = "day"


@fast_init
@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A canonical actor (see ``data/actors.tsv``)."""

    id: str
    name: str
    name_ar: str
    kind: str
    country: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Location(_Record):
    """Where an event happened, to the precision the text allows."""

    country: str
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = "country"


@fast_init
@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    """A count as a range: ``best`` is the figure to use, ``high`` None means unbounded."""

    low: int | None = None
    best: int | None = None
    high: int | None = None

    @property
    def to_count(self) -> int | None:
        """The figure a total should add: ``best``, else the least the text allows ("dozens": its ``low``)."""
        return self.best if self.best is not None else self.low


def statuses_join(a: str, b: str) -> bool:
    """Whether events of these statuses may be one: the same status, or one occurred and the other claimed."""
    return a == b or (a in REPORTED_STATUSES and b in REPORTED_STATUSES)


def placeholder_joins(a_id: str, a_kind: str | None, b_id: str, b_kind: str | None) -> bool:
    """Whether one of two actors is a placeholder (`PLACEHOLDERS`) and the other is no state force."""
    return (a_id in PLACEHOLDERS and b_kind != "State forces") or (b_id in PLACEHOLDERS and a_kind != "State forces")


def counted(q: Quantity | None) -> bool:
    """Whether a toll counts someone: "no one was hurt" counts no one (a nil toll is of an event told
    before, no fact of a new one)."""
    return q is not None and q.best != 0


@fast_init
@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """The sentence span and one span per filled field."""

    sentence: Span
    trigger: Span | None = None
    actor1: Span | None = None
    actor2: Span | None = None
    location: Span | None = None
    date: Span | None = None
    fatalities: Span | None = None
    injured: Span | None = None
    count: Span | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Event(_Record):
    """One thing that happened (or is claimed, planned, denied, hypothetical)."""

    event_id: str
    article_id: str
    status: Status
    event_type: str
    sub_event_type: str
    date: DateRange | None
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    fatalities: Quantity | None
    injured: Quantity | None
    evidence: Evidence
    confidence: float
    source_id: str | None = None
    record: str = field(default="event", init=False)


@fast_init
@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """A tally the text reports rather than one event."""

    claim_id: str
    article_id: str
    actor1: Actor | None
    actor2: Actor | None
    event_type: str
    count: Quantity
    date: DateRange | None
    locations: tuple[Location, ...]
    evidence: Evidence
    confidence: float
    source_id: str | None = None
    record: str = field(default="claim", init=False)


def record_from_json(data: dict[str, Any]) -> Event | Claim:
    """Rebuild an Event or Claim from JSON by its ``record`` key."""
    kind = data.get("record")
    if kind == "event":
        return Event.from_json(data)
    if kind == "claim":
        return Claim.from_json(data)
    raise ValueError(f"record must be 'event' or 'claim', got {kind!r}")
