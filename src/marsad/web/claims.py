"""Claims held against recorded events: "the article says more than 20 ISIS attacks in April in these
five provinces; Marsad has N"."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from ..knowledge.lexicon import VIOLENT_TYPES
from ..records import REPORTED_STATUSES
from ..store.queries import Filters, period_overlap, query_claims
from ..store.schema import clusters


def recorded_for_claim(conn: Connection, claim: dict, dialect: str) -> dict:
    """The real events recorded for a claim's actor, governorates and period: their number and first ids.

    Attacks are counted across the violent event types, since a tally of "attacks" covers them all."""
    c = clusters.c
    conds = [c.review != "rejected", c.status.in_(REPORTED_STATUSES)]
    types = VIOLENT_TYPES if claim["event_type"] in VIOLENT_TYPES else (claim["event_type"],)
    conds.append(c.event_type.in_(types))
    if claim.get("actor1_id"):
        conds.append(c.actor1_id == claim["actor1_id"])
    codes = (claim.get("admin1_codes") or "").split()
    if codes:
        conds.append(c.admin1_code.in_(codes))
    conds += period_overlap(c, Filters(since=claim.get("date_start"), until=claim.get("date_end")))
    where = and_(*conds)
    total = conn.execute(select(func.count()).select_from(clusters).where(where)).scalar_one()
    ids = conn.execute(select(c.cluster_id).where(where).order_by(c.date_start).limit(20)).scalars().all()
    return {"count": total, "event_ids": list(ids)}


def claims_with_recorded(conn: Connection, filters: Filters, dialect: str) -> list[dict]:
    """The claims ``filters`` selects, each with what is recorded for it (under ``recorded``)."""
    rows = query_claims(conn, filters, dialect)
    for row in rows:
        row["recorded"] = recorded_for_claim(conn, row, dialect)
    return rows
