"""Analyst review: confirm, reject or edit a real event, with an audit trail; reviewer tokens.

Every change writes one audit row (who, when, action, the event before and after). A reviewed event
keeps its reviewed fields: later sources still join it, but do not overwrite what an analyst decided.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from ..errors import NotFound, UsageError
from ..knowledge.lexicon import EVENT_TYPES
from ..records import STATUSES
from ..resolve.places import location_of
from .schema import audit, clusters, tokens
from .write import now

ACTIONS = ("confirm", "reject", "edit")
EDITABLE = ("event_type", "sub_event_type", "status", "date_start", "date_end", "admin1_code", "admin1", "admin2",
            "place", "actor1_id", "actor1", "actor2_id", "actor2", "fatalities_low", "fatalities_best",
            "fatalities_high", "place_id")
_STATE = {"confirm": "confirmed", "reject": "rejected", "edit": "edited"}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(conn: Connection, name: str) -> str:
    """A new reviewer token for ``name``; only its hash is stored, so it is shown once."""
    if not name.strip():
        raise UsageError("a token needs the reviewer's name", "NAME")
    token = "msd_" + secrets.token_urlsafe(24)
    conn.execute(insert(tokens).values(token_hash=_hash(token), name=name.strip(), created_at=now()))
    return token


def reviewer(conn: Connection, token: str | None) -> str | None:
    """The reviewer a token belongs to, or None."""
    if not token:
        return None
    return conn.execute(select(tokens.c.name).where(tokens.c.token_hash == _hash(token))).scalar_one_or_none()


def _check(changes: dict, current: dict) -> dict:
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise UsageError(f"cannot edit {', '.join(unknown)}; editable fields: {', '.join(EDITABLE)}", "changes")
    merged = {**current, **changes}
    subs = EVENT_TYPES.get(merged["event_type"])
    if subs is None:
        raise UsageError(f"event_type {merged['event_type']!r} is not an ACLED event type", "event_type")
    if merged["sub_event_type"] not in subs:
        raise UsageError(f"sub_event_type {merged['sub_event_type']!r} does not belong to {merged['event_type']}",
                         "sub_event_type")
    if merged["status"] not in STATUSES:
        raise UsageError(f"status must be one of {', '.join(STATUSES)}", "status")
    for name in ("date_start", "date_end"):
        if merged.get(name):
            try:
                date.fromisoformat(merged[name])
            except (TypeError, ValueError):
                raise UsageError(f"{merged[name]!r} is not a date; write it as YYYY-MM-DD", name) from None
    if merged.get("date_start") and merged.get("date_end") and merged["date_start"] > merged["date_end"]:
        raise UsageError("date_start is after date_end", "date_start")
    out = dict(changes)
    for name in ("fatalities_low", "fatalities_best", "fatalities_high"):
        if name in out and out[name] not in (None, ""):
            try:
                out[name] = int(out[name])
            except (TypeError, ValueError):
                raise UsageError(f"{name} must be a whole number", name) from None
            if out[name] < 0:
                raise UsageError(f"{name} cannot be negative", name)
        elif name in out:
            out[name] = None
    return out


def _resolve_names(changes: dict, knowledge) -> dict:
    """Fill the names that go with edited ids: actor names from actors.tsv, the governorate's name from
    places.tsv (a new governorate clears the district, town and point, which no longer fit), and a
    town's or district's whole location from its places.tsv id (it wins over a governorate edited with it)."""
    out = dict(changes)
    for side in ("actor1", "actor2"):
        key = f"{side}_id"
        if key in out:
            if out[key] in (None, ""):
                out[key], out[side] = None, None
            elif knowledge is not None:
                entry = knowledge.actors.get(out[key])
                if entry is None:
                    raise UsageError(f"{out[key]!r} is not an actor id of actors.tsv", key)
                out[side] = entry.actor.name
    if "admin1_code" in out and knowledge is not None:
        code = (out["admin1_code"] or "").upper()
        match = next((p for p in knowledge.places.values() if p.level == "admin1" and p.admin1_code == code), None)
        if match is None:
            raise UsageError(f"{out['admin1_code']!r} is not a governorate code (ISO 3166-2, e.g. IQ-DI)",
                             "admin1_code")
        out.update(admin1_code=code, admin1=match.name, country=match.country, admin2=None, place=None,
                   lat=None, lon=None, geo_precision="admin1")
    place_id = out.pop("place_id", None)
    if place_id:  # a town or district of the gazetteer sets the whole location
        entry = knowledge.places.get(place_id) if knowledge is not None else None
        if entry is None or entry.level not in ("place", "admin2"):
            raise UsageError(f"{place_id!r} is not a town or district id of places.tsv", "place_id")
        loc = location_of(entry)
        out.update(country=loc.country, admin1_code=loc.admin1_code, admin1=loc.admin1, admin2=loc.admin2,
                   place=loc.place, lat=loc.lat, lon=loc.lon, geo_precision=loc.precision)
    return out


def review(conn: Connection, cluster_id: str, action: str, who: str, changes: dict | None = None,
           knowledge=None) -> dict:
    """Confirm, reject or edit a real event; returns the event as it now stands. With ``knowledge``,
    edited actor ids and governorate codes are checked and their names filled in. A missing event is
    a NotFound."""
    if action not in ACTIONS:
        raise UsageError(f"action must be one of {', '.join(ACTIONS)}", "action")
    row = conn.execute(select(clusters).where(clusters.c.cluster_id == cluster_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {cluster_id}")
    before = dict(row)
    values = {"review": _STATE[action]}
    if action == "edit":
        if not changes:
            raise UsageError("an edit needs at least one changed field", "changes")
        values.update(_resolve_names(_check(changes, before), knowledge))
    conn.execute(update(clusters).where(clusters.c.cluster_id == cluster_id).values(**values))
    after = dict(conn.execute(select(clusters).where(clusters.c.cluster_id == cluster_id)).mappings().one())
    conn.execute(insert(audit).values(at=now(), who=who, action=action, object_type="event", object_id=cluster_id,
                                      before=json.dumps(before, ensure_ascii=False, default=str),
                                      after=json.dumps(after, ensure_ascii=False, default=str)))
    return after


def history(conn: Connection, cluster_id: str) -> list[dict]:
    """The audit trail of one real event, oldest first, with the fields each change touched."""
    rows = conn.execute(select(audit).where(audit.c.object_type == "event", audit.c.object_id == cluster_id)
                        .order_by(audit.c.id)).mappings()
    out = []
    for r in rows:
        before, after = json.loads(r["before"] or "{}"), json.loads(r["after"] or "{}")
        changed = {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}
        out.append({"at": r["at"], "who": r["who"], "action": r["action"], "changed": changed})
    return out
