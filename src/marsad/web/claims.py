"""Claims held against recorded events: "the article says more than 20 ISIS attacks in April in these
five provinces; Marsad has N"."""

from __future__ import annotations

import heapq

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from ..knowledge.lexicon import VIOLENT_TYPES
from ..records import REPORTED_STATUSES
from ..store.queries import Filters, period_overlap, query_claims
from ..store.schema import clusters

FIRST_IDS = 20  # the ids of the first recorded events shown with each claim


def _types(claim: dict) -> tuple[str, ...]:
    """The event types a claim counts: attacks are counted across the violent event types, since a tally of
    "attacks" covers them all."""
    return VIOLENT_TYPES if claim["event_type"] in VIOLENT_TYPES else (claim["event_type"],)


def _counts_for(claim: dict, event) -> bool:
    """Whether a recorded event counts for a claim: its types, actor, governorates and period."""
    codes = (claim.get("admin1_codes") or "").split()
    return event.event_type in _types(claim) \
        and (not claim.get("actor1_id") or event.actor1_id == claim["actor1_id"]) \
        and (not codes or event.admin1_code in codes) \
        and (not claim.get("date_start") or (event.date_end is not None and event.date_end >= claim["date_start"])) \
        and (not claim.get("date_end") or (event.date_start is not None and event.date_start <= claim["date_end"]))


def _candidates(conn: Connection, claims: list[dict]) -> list:
    """The real events any of ``claims`` may count, oldest first (ties by id, the same order on every database), in one query: those reported, not
    rejected, of the claims' types, and within their actors, governorates and periods when every claim
    names them."""
    c = clusters.c
    conds = [c.review != "rejected", c.status.in_(REPORTED_STATUSES),
             c.event_type.in_(sorted({t for claim in claims for t in _types(claim)}))]
    if all(claim.get("actor1_id") for claim in claims):
        conds.append(c.actor1_id.in_(sorted({claim["actor1_id"] for claim in claims})))
    if all((claim.get("admin1_codes") or "").split() for claim in claims):
        conds.append(c.admin1_code.in_(sorted({code for claim in claims for code in claim["admin1_codes"].split()})))
    since = [claim.get("date_start") for claim in claims]
    until = [claim.get("date_end") for claim in claims]
    conds += period_overlap(c, Filters(since=min(since) if all(since) else None,
                                       until=max(until) if all(until) else None))
    return conn.execute(select(c.cluster_id, c.event_type, c.actor1_id, c.admin1_code, c.date_start, c.date_end)
                        .where(and_(*conds)).order_by(c.date_start, c.cluster_id)).all()


def claims_with_recorded(conn: Connection, filters: Filters, dialect: str) -> list[dict]:
    """The claims ``filters`` selects, each with the real events recorded for its actor, governorates and
    period (under ``recorded``: their number and first ids), in a fixed number of queries."""
    rows = query_claims(conn, filters, dialect)
    events = _candidates(conn, rows) if rows else []
    by_type: dict[str, list[int]] = {}
    by_actor: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(events):
        by_type.setdefault(e.event_type, []).append(i)
        by_actor.setdefault((e.event_type, e.actor1_id), []).append(i)
    for row in rows:
        # only the events of the claim's types (and actor, when it names one) are looked at, in their order
        actor = row.get("actor1_id")
        buckets = [by_actor.get((t, actor), []) if actor else by_type.get(t, []) for t in _types(row)]
        ids = [events[i].cluster_id for i in heapq.merge(*buckets) if _counts_for(row, events[i])]
        row["recorded"] = {"count": len(ids), "event_ids": ids[:FIRST_IDS]}
    return rows
