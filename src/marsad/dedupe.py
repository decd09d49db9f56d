"""De-duplication: republished articles, and events from several articles that are one real event.

Two rules, stated here and in docs/design.md:

- **Near-duplicate articles.** Each article keeps the 8 smallest CRC-32 hashes of
  its word 4-shingles (a bottom-k sketch of its text). An article that shares at
  least 5 of them with an earlier article is a near-duplicate of it: the same
  wire story republished.
- **One real event.** An event joins an existing cluster when it has the same
  event type; compatible statuses (occurred and claimed join each other, others
  only their own kind); both dates precise to a day or a week, overlapping once
  each is widened by a day (reports disagree on "yesterday"); the same
  governorate, and the same district when both name one; and compatible agents
  (the same actor, one unknown, or "gunmen" for a named armed group). Among
  candidates the one with the same town, then the same district, then the
  nearest date wins; otherwise the event starts a new cluster.
"""

from __future__ import annotations

import heapq
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .knowledge.lexicon import SPECIFICITY
from .records import GEO_RANK, PRECISION_RANK, Event, Quantity, placeholder_joins, statuses_join

SKETCH_SIZE = 8
NEAR_DUPLICATE_SHARED = 5
_SHINGLE = 4


def sketch(tokens: Sequence[str]) -> list[int]:
    """The bottom-k sketch of a token sequence: the smallest hashes of its word shingles.

    The first 150 words are enough: a republished story keeps its opening."""
    words = [zlib.crc32(t.encode("utf-8")) for t in tokens[:150]]
    if not words:
        return []
    k = min(_SHINGLE, len(words))
    # a shingle's hash mixes its words' CRCs (tuples of ints hash the same in every run: no hash seed);
    # 32 signed bits keep it inside every database's INTEGER
    hashes = {(hash(tuple(words[i:i + k])) & 0xFFFFFFFF) - 2**31 for i in range(len(words) - k + 1)}
    return heapq.nsmallest(SKETCH_SIZE, hashes)


def is_near_duplicate(a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether two sketches share enough hashes to be the same text republished."""
    return enough_shared(len(set(a) & set(b)), len(a), len(b))


def enough_shared(shared: int, *sizes: int) -> bool:
    """Whether ``shared`` hashes make sketches of these sizes near-duplicates: NEAR_DUPLICATE_SHARED of
    them, or all of the shortest sketch's."""
    need = min(NEAR_DUPLICATE_SHARED, *sizes)
    return need > 0 and shared >= need


@dataclass(frozen=True, slots=True)
class ClusterView:
    """What the matching rule needs to know of a cluster."""

    cluster_id: str
    event_type: str
    status: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    admin1_code: str | None
    admin2: str | None
    place: str | None
    actor1_id: str | None
    actor1_kind: str | None = None


def widened(start: str, end: str) -> tuple[str, str]:
    """A date range widened by a day each side (reports disagree on "yesterday")."""
    return ((date.fromisoformat(start) - timedelta(days=1)).isoformat(),
            (date.fromisoformat(end) + timedelta(days=1)).isoformat())


def joins(event: Event, cluster: ClusterView) -> bool:
    """Whether ``event`` describes the real event of ``cluster`` (the rule in this module's docstring)."""
    if event.event_type != cluster.event_type:
        return False
    if not statuses_join(event.status, cluster.status):
        return False
    d = event.date
    if d is None or cluster.date_start is None or d.precision not in ("day", "week") \
            or cluster.date_precision not in ("day", "week"):
        return False
    s1, e1 = widened(d.start, d.end)
    if not (s1 <= (cluster.date_end or cluster.date_start) and cluster.date_start <= e1):
        return False
    loc = event.location
    if loc is None or loc.admin1_code is None or loc.admin1_code != cluster.admin1_code:
        return False
    if loc.admin2 and cluster.admin2 and loc.admin2 != cluster.admin2:
        return False
    a = event.actor1
    return a is None or cluster.actor1_id is None or a.id == cluster.actor1_id \
        or placeholder_joins(a.id, a.kind, cluster.actor1_id, cluster.actor1_kind)


def best_cluster(event: Event, candidates: Iterable[ClusterView]) -> ClusterView | None:
    """The cluster ``event`` joins, if any: same town first, then same district, then the nearest date."""
    fitting = [c for c in candidates if joins(event, c)]
    if not fitting:
        return None
    loc = event.location
    start = event.date.start if event.date else ""

    def rank(c: ClusterView):
        gap = abs((date.fromisoformat(c.date_start) - date.fromisoformat(start)).days) if start else 99
        return (loc is not None and loc.place is not None and c.place == loc.place,
                loc is not None and loc.admin2 is not None and c.admin2 == loc.admin2, -gap, c.cluster_id)

    return max(fitting, key=rank)


@dataclass(frozen=True, slots=True)
class Reconciled:
    """A cluster's fields reconciled over the events of all its sources."""

    event_type: str
    sub_event_type: str
    status: str
    date: tuple[str, str, str] | None
    location: dict | None
    actor1: tuple[str, str] | None
    actor2: tuple[str, str] | None
    fatalities: tuple[int, int, int] | None
    injured_best: int | None
    sources: int


def reconcile(events: Sequence[Event]) -> Reconciled:
    """Reconcile the sources of one real event: the most specific type, the most precise date and
    place (the most reported among equals), the most named actors, and fatalities as a range over
    sources whose best figure is the lowest (the conservative figure, as ACLED codes)."""
    # the most specific type, the first source among equals
    typed = max(enumerate(events), key=lambda ie: (SPECIFICITY.get(ie[1].sub_event_type, 3), -ie[0]))[1]
    status = "claimed" if any(e.status == "claimed" for e in events) else \
        Counter(e.status for e in events).most_common(1)[0][0]
    dated = [e.date for e in events if e.date is not None]
    when = None
    if dated:
        top = max(PRECISION_RANK[d.precision] for d in dated)
        common = Counter((d.start, d.end, d.precision) for d in dated if PRECISION_RANK[d.precision] == top)
        when = max(common.items(), key=lambda kv: (kv[1], -date.fromisoformat(kv[0][0]).toordinal()))[0]
    placed = [e.location for e in events if e.location is not None]
    location = None
    if placed:
        top = max(GEO_RANK[p.precision] for p in placed)
        best = Counter(p for p in placed if GEO_RANK[p.precision] == top).most_common(1)[0][0]
        location = best.to_json()
    actor1 = Counter((e.actor1.id, e.actor1.name) for e in events if e.actor1).most_common(1)
    actor2 = Counter((e.actor2.id, e.actor2.name) for e in events if e.actor2).most_common(1)
    # ("dozens killed" has no best figure: its least counts, as ACLED counts vague tolls low)
    figures = _counts(e.fatalities for e in events)
    injured = _counts(e.injured for e in events)
    return Reconciled(
        typed.event_type, typed.sub_event_type, status, when, location,
        actor1[0][0] if actor1 else None, actor2[0][0] if actor2 else None,
        (min(figures), min(figures), max(figures)) if figures else None,
        min(injured) if injured else None, len({e.article_id for e in events}),
    )


def _counts(tolls: Iterable[Quantity | None]) -> list[int]:
    """The figures of the tolls that give one (`Quantity.to_count`)."""
    return [n for n in (q.to_count for q in tolls if q is not None) if n is not None]
