"""Writing one article's extraction: the article, its events joined to clusters, evidence and claims.

Everything for one article happens in the caller's transaction, so a crash leaves either all of
the article or none of it, and writing an article already stored changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import and_, delete, insert, select, text, update
from sqlalchemy.engine import Connection

from .. import dedupe
from ..pipeline import Extraction
from ..records import Event
from ..text.normalize import fold
from ..text.segment import strip_proclitics, tokens
from .schema import articles, claims, clusters, events, evidence, failures, sketches

EVIDENCE_FIELDS = ("sentence", "trigger", "actor1", "actor2", "location", "date", "fatalities", "injured")


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


def search_text(title: str | None, body: str) -> str:
    """Folded title and text, each Arabic word followed by its proclitic-free stem (بالموصل → الموصل)."""
    words = tokens(fold(f"{title or ''}\n{body}").text)
    out: list[str] = []
    for w in words:
        out.append(w)
        if w[0] >= "\u0621":
            stems = strip_proclitics(w)
            if stems:
                out.append(stems[-1])
    return " ".join(out)


def write_extraction(conn: Connection, result: Extraction, source_id: str, actor_kinds: dict[str, str],
                     dialect: str) -> Written:
    """Store one article and what was extracted from it, unless the article is already stored."""
    art = result.article
    if conn.execute(select(articles.c.article_id).where(articles.c.article_id == art.article_id)).first():
        return Written(new=False)
    norm = search_text(art.title, art.text)
    sk = dedupe.sketch(norm.split())
    original = _near_duplicate_of(conn, sk)
    conn.execute(insert(articles).values(
        article_id=art.article_id, source_id=source_id, url=art.url, title=art.title, published=art.published,
        lang=art.lang, source=art.source, text=art.text, text_norm=norm, near_duplicate_of=original,
        ingested_at=now()))
    if sk:
        conn.execute(insert(sketches), [{"hash": h, "article_id": art.article_id} for h in sk])
    if dialect == "sqlite":
        conn.execute(text("INSERT INTO articles_fts (article_id, body) VALUES (:a, :b)"),
                     {"a": art.article_id, "b": norm})
    conn.execute(delete(failures).where(failures.c.source_id == source_id))
    written = Written(new=True, near_duplicate_of=original)
    for event in result.events:
        written.new_clusters += _write_event(conn, event, actor_kinds)
        written.events += 1
    for claim in result.claims:
        conn.execute(insert(claims).values(
            claim_id=claim.claim_id, article_id=art.article_id, record=json.dumps(claim.to_json(), ensure_ascii=False),
            event_type=claim.event_type, actor1_id=claim.actor1.id if claim.actor1 else None,
            count_low=claim.count.low, count_high=claim.count.high,
            date_start=claim.date.start if claim.date else None, date_end=claim.date.end if claim.date else None,
            admin1_codes=" ".join(sorted({loc.admin1_code for loc in claim.locations if loc.admin1_code}))))
        written.claims += 1
    return written


def record_failure(conn: Connection, source_id: str, error: str) -> None:
    """Remember an input that could not be ingested (replacing an earlier failure of the same input)."""
    conn.execute(delete(failures).where(failures.c.source_id == source_id))
    conn.execute(insert(failures).values(source_id=source_id, error=error, at=now()))


def _near_duplicate_of(conn: Connection, sk: list[int]) -> str | None:
    if not sk:
        return None
    rows = conn.execute(select(sketches.c.article_id, sketches.c.hash).where(sketches.c.hash.in_(sk))).all()
    shared: dict[str, set[int]] = {}
    for article_id, h in rows:
        shared.setdefault(article_id, set()).add(h)
    fitting = sorted(a for a, hs in shared.items() if len(hs) >= min(dedupe.NEAR_DUPLICATE_SHARED, len(sk)))
    return fitting[0] if fitting else None


def _candidates(conn: Connection, event: Event, actor_kinds: dict[str, str]) -> list[dedupe.ClusterView]:
    loc, d = event.location, event.date
    if loc is None or loc.admin1_code is None or d is None:
        return []
    rows = conn.execute(select(clusters).where(and_(
        clusters.c.event_type == event.event_type, clusters.c.admin1_code == loc.admin1_code,
        clusters.c.date_start <= _shift(d.end, 1), clusters.c.date_end >= _shift(d.start, -1)))).mappings()
    return [dedupe.ClusterView(r["cluster_id"], r["event_type"], r["status"], r["date_start"], r["date_end"],
                               r["date_precision"], r["admin1_code"], r["admin2"], r["place"], r["actor1_id"],
                               actor_kinds.get(r["actor1_id"] or "")) for r in rows]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _write_event(conn: Connection, event: Event, actor_kinds: dict[str, str]) -> int:
    """Insert an event into its cluster (a new one if none fits); 1 if a cluster was created."""
    chosen = dedupe.best_cluster(event, _candidates(conn, event, actor_kinds))
    created = chosen is None
    cluster_id = "k-" + event.event_id[2:] if created else chosen.cluster_id
    if created:
        conn.execute(insert(clusters).values(cluster_id=cluster_id, event_type=event.event_type,
                                             sub_event_type=event.sub_event_type, status=event.status, sources=1,
                                             review="machine"))
    loc, d = event.location, event.date
    conn.execute(insert(events).values(
        event_id=event.event_id, article_id=event.article_id, cluster_id=cluster_id,
        record=json.dumps(event.to_json(), ensure_ascii=False), status=event.status, event_type=event.event_type,
        sub_event_type=event.sub_event_type, date_start=d.start if d else None, date_end=d.end if d else None,
        admin1_code=loc.admin1_code if loc else None, admin2=loc.admin2 if loc else None,
        place=loc.place if loc else None, actor1_id=event.actor1.id if event.actor1 else None,
        actor2_id=event.actor2.id if event.actor2 else None,
        fatalities_best=event.fatalities.best if event.fatalities else None, confidence=event.confidence))
    rows = [{"event_id": event.event_id, "field": name, "start": span.start, "end": span.end, "text": span.text}
            for name in EVIDENCE_FIELDS if (span := getattr(event.evidence, name)) is not None]
    conn.execute(insert(evidence), rows)
    refresh_cluster(conn, cluster_id)
    return int(created)


def cluster_events(conn: Connection, cluster_id: str) -> list[Event]:
    """The events (one per source sentence group) of a cluster, in article order."""
    rows = conn.execute(select(events.c.record).where(events.c.cluster_id == cluster_id)
                        .order_by(events.c.article_id, events.c.event_id)).scalars()
    return [Event.from_json(json.loads(r)) for r in rows]


def refresh_cluster(conn: Connection, cluster_id: str) -> None:
    """Recompute a cluster's reconciled fields from all of its events (unless an analyst edited it)."""
    review = conn.execute(select(clusters.c.review).where(clusters.c.cluster_id == cluster_id)).scalar_one()
    members = cluster_events(conn, cluster_id)
    r = dedupe.reconcile(members)
    values = {"sources": r.sources}
    if review == "machine":
        loc = r.location or {}
        values.update(
            event_type=r.event_type, sub_event_type=r.sub_event_type, status=r.status,
            date_start=r.date[0] if r.date else None, date_end=r.date[1] if r.date else None,
            date_precision=r.date[2] if r.date else None, country=loc.get("country"),
            admin1_code=loc.get("admin1_code"), admin1=loc.get("admin1"), admin2=loc.get("admin2"),
            place=loc.get("place"), lat=loc.get("lat"), lon=loc.get("lon"), geo_precision=loc.get("precision"),
            actor1_id=r.actor1[0] if r.actor1 else None, actor1=r.actor1[1] if r.actor1 else None,
            actor2_id=r.actor2[0] if r.actor2 else None, actor2=r.actor2[1] if r.actor2 else None,
            fatalities_low=r.fatalities[0] if r.fatalities else None,
            fatalities_best=r.fatalities[1] if r.fatalities else None,
            fatalities_high=r.fatalities[2] if r.fatalities else None, injured_best=r.injured_best)
    conn.execute(update(clusters).where(clusters.c.cluster_id == cluster_id).values(**values))
