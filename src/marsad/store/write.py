"""Writing one article's extraction: the article, its events joined to clusters, evidence and claims.

Everything for one article happens in the caller's transaction, so a crash leaves
either all of the article or none of it, and writing an article already stored changes nothing.

This is the ingest's hot path: statements are plain SQL sent through the driver (placeholders
adapted to its style), which costs a fraction of building SQLAlchemy expressions for every row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache as memo

from sqlalchemy.engine import Connection

from .. import dedupe
from ..pipeline import Extraction
from ..records import Event
from ..text.normalize import fold
from ..text.segment import tokens

EVIDENCE_FIELDS = ("sentence", "trigger", "actor1", "actor2", "location", "date", "fatalities", "injured")
CLUSTER_COLUMNS = (
    "event_type", "sub_event_type", "status", "sources", "date_start", "date_end", "date_precision", "country",
    "admin1_code", "admin1", "admin2", "place", "lat", "lon", "geo_precision", "actor1_id", "actor1", "actor2_id",
    "actor2", "fatalities_low", "fatalities_best", "fatalities_high", "injured_best",
)
ARTICLE_COLUMNS = ("article_id", "source_id", "url", "title", "published", "lang", "source", "text", "text_norm",
                   "near_duplicate_of", "ingested_at")
EVENT_COLUMNS = ("event_id", "article_id", "cluster_id", "record", "status", "event_type", "sub_event_type",
                 "date_start", "date_end", "admin1_code", "admin2", "place", "actor1_id", "actor2_id",
                 "fatalities_best", "confidence")
CLAIM_COLUMNS = ("claim_id", "article_id", "record", "event_type", "actor1_id", "count_low", "count_high",
                 "date_start", "date_end", "admin1_codes")


@dataclass
class Written:
    """What writing one article did."""

    new: bool
    events: int = 0
    claims: int = 0
    new_clusters: int = 0
    near_duplicate_of: str | None = None


def now() -> str:
    """The current UTC time, ISO formatted."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def search_text(title: str | None, body: str, folded_body: str | None = None) -> str:
    """Folded title and text (hamza forms, taa marbuta, diacritics and digits unified) for search;
    the query side adds the proclitic forms of each word (see store.queries.query_words)."""
    return fold(title or "").text + "\n" + (folded_body if folded_body is not None else fold(body).text)


@memo
def _sql(statement: str, dialect: str) -> str:
    """A statement written with ``?`` placeholders, in the driver's placeholder style."""
    return statement if dialect == "sqlite" else statement.replace("?", "%s")


class _Rows:
    """The rows a driver cursor returned, read the way the callers need them."""

    def __init__(self, cursor) -> None:
        self._rows = cursor.fetchall() if cursor.description else []

    def all(self) -> list[tuple]:
        return self._rows

    def first(self):
        return self._rows[0] if self._rows else None

    def scalar_one(self):
        (row,) = self._rows
        return row[0]


def _run(conn: Connection, statement: str, params=()) -> _Rows:
    # the driver's own cursor, inside the connection's current transaction
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(_sql(statement, conn.dialect.name), params)
        return _Rows(cursor)
    finally:
        cursor.close()


def _insert(conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> int | None:
    """Insert rows; for a single row, the new row's rowid (SQLite) is returned."""
    if not rows:
        return None
    marks = ", ".join("?" for _ in columns)
    statement = _sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", conn.dialect.name)
    cursor = conn.connection.driver_connection.cursor()
    try:
        if len(rows) == 1:
            cursor.execute(statement, rows[0])
            return getattr(cursor, "lastrowid", None)  # pg8000 has none, and needs none
        cursor.executemany(statement, rows)
        return None
    finally:
        cursor.close()


class ArticleWriter:
    """Writes articles into one store; created once per ingest run (it keeps the actor classes and a
    cache of stored events, which never change, for refreshing their clusters). What differs between
    databases is read from the connection written to, as every statement here does."""

    def __init__(self, actor_kinds: dict[str, str], failed_before: set[str] | None = None) -> None:
        self.actor_kinds = actor_kinds
        self.failed_before = failed_before if failed_before is not None else set()
        self.cache = EventCache()

    def write(self, conn: Connection, result: Extraction, source_id: str) -> Written:
        """Store one article and what was extracted from it, unless the article is already stored."""
        art = result.article
        if _run(conn, "SELECT 1 FROM articles WHERE article_id = ?", (art.article_id,)).first():
            return Written(new=False)
        norm = search_text(art.title, art.text, result.folded_text)
        sk = dedupe.sketch(tokens(norm[:3000]))  # the sketch reads the opening words only
        original = _near_duplicate_of(conn, sk)
        # SQLite indexes the folded text in FTS5 and need not keep it; PostgreSQL derives its tsvector from it
        sqlite = conn.dialect.name == "sqlite"
        rowid = _insert(conn, "articles", ARTICLE_COLUMNS, [(
            art.article_id, source_id, art.url, art.title, art.published, art.lang, art.source, art.text,
            "" if sqlite else norm, original, now())])
        _insert(conn, "sketches", ("hash", "article_id"), [(h, art.article_id) for h in sk])
        if sqlite:
            _run(conn, "INSERT INTO articles_fts (rowid, body) VALUES (?, ?)", (rowid, norm))
        if source_id in self.failed_before:
            _run(conn, "DELETE FROM failures WHERE source_id = ?", (source_id,))
        written = Written(new=True, near_duplicate_of=original)
        touched: dict[str, bool] = {}  # cluster id -> created by this article
        for event in result.events:
            cluster_id, created = self._write_event(conn, event)
            touched[cluster_id] = touched.get(cluster_id, True) and created
            written.new_clusters += created
            written.events += 1
        for cluster_id, created in touched.items():
            if not created:
                refresh_cluster(conn, cluster_id, self.cache)
        _insert(conn, "claims", CLAIM_COLUMNS, [(
            c.claim_id, art.article_id, json.dumps(c.to_json(), ensure_ascii=False), c.event_type,
            c.actor1.id if c.actor1 else None, c.count.low, c.count.high, c.date.start if c.date else None,
            c.date.end if c.date else None,
            " ".join(sorted({loc.admin1_code for loc in c.locations if loc.admin1_code})),
        ) for c in result.claims])
        written.claims = len(result.claims)
        return written

    def _write_event(self, conn: Connection, event: Event) -> tuple[str, bool]:
        """Insert an event into its cluster (a new one if none fits): (cluster id, whether it was created)."""
        chosen = dedupe.best_cluster(event, _candidates(conn, event, self.actor_kinds))
        created = chosen is None
        cluster_id = "k-" + event.event_id[2:] if created else chosen.cluster_id
        if created:  # a new real event: its fields are its one source's
            values = _cluster_values(dedupe.reconcile([event]))
            _insert(conn, "clusters", ("cluster_id", "review", *CLUSTER_COLUMNS),
                    [(cluster_id, "machine", *(values[c] for c in CLUSTER_COLUMNS))])
        loc, d = event.location, event.date
        record = json.dumps(event.to_json(), ensure_ascii=False)
        self.cache.put(event.event_id, record, event)
        _insert(conn, "events", EVENT_COLUMNS, [(
            event.event_id, event.article_id, cluster_id, record,
            event.status, event.event_type, event.sub_event_type, d.start if d else None, d.end if d else None,
            loc.admin1_code if loc else None, loc.admin2 if loc else None, loc.place if loc else None,
            event.actor1.id if event.actor1 else None, event.actor2.id if event.actor2 else None,
            event.fatalities.best if event.fatalities else None, event.confidence)])
        _insert(conn, "evidence", ("event_id", "field", '"start"', '"end"', "text"),
                [(event.event_id, name, span.start, span.end, span.text)
                 for name in EVIDENCE_FIELDS if (span := getattr(event.evidence, name)) is not None])
        return cluster_id, created


def failed_sources(conn: Connection) -> set[str]:
    """The inputs an earlier run could not ingest."""
    return {r[0] for r in _run(conn, "SELECT source_id FROM failures").all()}


def record_failure(conn: Connection, source_id: str, error: str) -> None:
    """Remember an input that could not be ingested (replacing an earlier failure of the same input)."""
    _run(conn, "DELETE FROM failures WHERE source_id = ?", (source_id,))
    _insert(conn, "failures", ("source_id", "error", "at"), [(source_id, error, now())])


def _near_duplicate_of(conn: Connection, sk: list[int]) -> str | None:
    if not sk:
        return None
    marks = ", ".join("?" for _ in sk)
    rows = _run(conn, f"SELECT article_id, hash FROM sketches WHERE hash IN ({marks})", tuple(sk)).all()
    shared: dict[str, set[int]] = {}
    for article_id, h in rows:
        shared.setdefault(article_id, set()).add(h)
    return min((a for a, hs in shared.items() if dedupe.enough_shared(len(hs), len(sk))), default=None)


def _candidates(conn: Connection, event: Event, actor_kinds: dict[str, str]) -> list[dedupe.ClusterView]:
    loc, d = event.location, event.date
    if loc is None or loc.admin1_code is None or d is None:
        return []
    start, end = dedupe.widened(d.start, d.end)
    rows = _run(conn, "SELECT cluster_id, event_type, status, date_start, date_end, date_precision, admin1_code, "
                      "admin2, place, actor1_id FROM clusters WHERE event_type = ? AND admin1_code = ? "
                      "AND date_start <= ? AND date_end >= ?",
                (event.event_type, loc.admin1_code, end, start)).all()
    return [dedupe.ClusterView(*r, actor_kinds.get(r[9] or "")) for r in rows]


class EventCache:
    """Stored events by id, bounded (oldest out first); a record that differs is decoded again."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.events: dict[str, tuple[str, Event]] = {}

    def put(self, event_id: str, record: str, event: Event) -> None:
        """Remember an event and the JSON it was stored as."""
        if len(self.events) >= self.size:
            self.events.pop(next(iter(self.events)))
        self.events[event_id] = (record, event)

    def get(self, event_id: str, record: str) -> Event:
        """The event stored as ``record``, decoded at most once."""
        hit = self.events.get(event_id)
        if hit is not None and hit[0] == record:
            return hit[1]
        event = Event.from_json(json.loads(record))
        self.put(event_id, record, event)
        return event


def cluster_events(conn: Connection, cluster_id: str, cache: EventCache | None = None) -> list[Event]:
    """The events (one per source sentence group) of a cluster, in article order."""
    rows = _run(conn, "SELECT event_id, record FROM events WHERE cluster_id = ? ORDER BY article_id, event_id",
                (cluster_id,)).all()
    cache = cache or EventCache(size=len(rows) + 1)
    return [cache.get(event_id, record) for event_id, record in rows]


def refresh_cluster(conn: Connection, cluster_id: str, cache: EventCache | None = None) -> None:
    """Recompute a cluster's reconciled fields from all of its events (unless an analyst edited it)."""
    review = _run(conn, "SELECT review FROM clusters WHERE cluster_id = ?", (cluster_id,)).scalar_one()
    r = dedupe.reconcile(cluster_events(conn, cluster_id, cache))
    columns = CLUSTER_COLUMNS if review == "machine" else ("sources",)
    values = _cluster_values(r)
    sets = ", ".join(f"{c} = ?" for c in columns)
    _run(conn, f"UPDATE clusters SET {sets} WHERE cluster_id = ?", (*(values[c] for c in columns), cluster_id))


def _cluster_values(r: dedupe.Reconciled) -> dict:
    """A cluster row's reconciled columns."""
    loc = r.location or {}
    return dict(
        event_type=r.event_type, sub_event_type=r.sub_event_type, status=r.status, sources=r.sources,
        date_start=r.date[0] if r.date else None, date_end=r.date[1] if r.date else None,
        date_precision=r.date[2] if r.date else None, country=loc.get("country"),
        admin1_code=loc.get("admin1_code"), admin1=loc.get("admin1"), admin2=loc.get("admin2"),
        place=loc.get("place"), lat=loc.get("lat"), lon=loc.get("lon"), geo_precision=loc.get("precision"),
        actor1_id=r.actor1[0] if r.actor1 else None, actor1=r.actor1[1] if r.actor1 else None,
        actor2_id=r.actor2[0] if r.actor2 else None, actor2=r.actor2[1] if r.actor2 else None,
        fatalities_low=r.fatalities[0] if r.fatalities else None,
        fatalities_best=r.fatalities[1] if r.fatalities else None,
        fatalities_high=r.fatalities[2] if r.fatalities else None, injured_best=r.injured_best)
