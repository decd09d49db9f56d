"""The JSON API under /api/: the same query functions as the CLI; review actions need a token."""

from __future__ import annotations

import dataclasses
import io
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from ..errors import NotFound
from ..export import FORMATS, export
from ..records import STATUSES
from ..store.queries import (
    GROUPS,
    PERIODS,
    Filters,
    attach_sources,
    count_events,
    event_sources,
    query_events,
    search_articles,
    stats,
)
from ..store.review import ACTIONS, history, review, reviewer
from ..store.schema import articles, clusters, events
from .claims import claims_with_recorded

router = APIRouter(prefix="/api", tags=["api"])
MAX_PAGE = 500
ID = Annotated[str, Path(pattern=r"^[a-z]-[0-9a-f]{16}$", description="an id as Marsad gives it")]
DAY = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


def filters(since: DAY = None, until: DAY = None, country: str | None = None,
            admin1: Annotated[str | None, Query(description="ISO code (IQ-DI) or name")] = None,
            actor: Annotated[str | None, Query(description="actor id or part of a name")] = None,
            type: Annotated[str | None, Query(description="ACLED event or sub-event type")] = None,
            status: Literal[STATUSES] | None = None,  # type: ignore[valid-type]
            text: Annotated[str | None, Query(max_length=200)] = None,
            limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
            offset: Annotated[int, Query(ge=0)] = 0) -> Filters:
    """The filters every listing shares (the CLI's, as query parameters)."""
    return Filters(since=since, until=until, country=country, admin1=admin1, actor=actor, type=type,
                   status=status, text=text, limit=limit, offset=offset)


def _store(request: Request):
    return request.app.state.store


@router.get("/events", summary="Real events (each reported event once), newest first")
def list_events(request: Request, f: Filters = Depends(filters)) -> dict:
    store = _store(request)
    with store.connect() as conn:
        return {"total": count_events(conn, f, store.dialect), "limit": f.limit, "offset": f.offset,
                "events": query_events(conn, f, store.dialect)}


@router.get("/events/{event_id}", summary="One real event with every source, its evidence and the audit trail")
def get_event(request: Request, event_id: ID) -> dict:
    store = _store(request)
    with store.connect() as conn:
        row = conn.execute(select(clusters).where(clusters.c.cluster_id == event_id)).mappings().first()
        if row is None:
            raise NotFound(f"no event {event_id}")
        return {**dict(row), "sources": event_sources(conn, event_id), "history": history(conn, event_id)}


@router.get("/clusters/{event_id}", summary="The per-article reports a real event was built from")
def get_cluster(request: Request, event_id: ID) -> dict:
    store = _store(request)
    with store.connect() as conn:
        records = conn.execute(select(events.c.record).where(events.c.cluster_id == event_id)
                               .order_by(events.c.event_id)).scalars().all()
    if not records:
        raise NotFound(f"no event {event_id}")
    return {"cluster_id": event_id, "reports": [json.loads(r) for r in records]}


@router.get("/claims", summary="Tallies articles report, each beside the events recorded for it")
def list_claims(request: Request, f: Filters = Depends(filters)) -> dict:
    store = _store(request)
    with store.connect() as conn:
        return {"claims": claims_with_recorded(conn, f, store.dialect)}


@router.get("/articles", summary="Search articles (Arabic folded: hamza, taa marbuta and proclitics do not matter)")
def list_articles(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
                  limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20) -> dict:
    store = _store(request)
    with store.connect() as conn:
        return {"articles": search_articles(conn, q, store.dialect, limit)}


@router.get("/articles/{article_id}", summary="One stored article with the events extracted from it")
def get_article(request: Request, article_id: ID) -> dict:
    store = _store(request)
    with store.connect() as conn:
        row = conn.execute(select(articles.c.article_id, articles.c.source_id, articles.c.url, articles.c.title,
                                  articles.c.published, articles.c.lang, articles.c.source, articles.c.text,
                                  articles.c.near_duplicate_of)
                           .where(articles.c.article_id == article_id)).mappings().first()
        if row is None:
            raise NotFound(f"no article {article_id}")
        found = conn.execute(select(events.c.cluster_id, events.c.record).where(events.c.article_id == article_id)
                             ).all()
    return {**dict(row), "events": [{"event_id": c, **json.loads(r)} for c, r in found]}


@router.get("/stats", summary="Counts of real events by period and dimensions (as `marsad stats`)")
def get_stats(request: Request, f: Filters = Depends(filters),
              period: Literal[PERIODS] = "month",  # type: ignore[valid-type]
              group: Annotated[list[Literal[GROUPS]] | None, Query()] = None) -> dict:  # type: ignore[valid-type]
    store = _store(request)
    with store.connect() as conn:
        return {"period": period, "rows": stats(conn, f, store.dialect, period,
                                                tuple(group or GROUPS))}


MEDIA = {"acled-csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
         "jsonl": ("application/x-ndjson", "jsonl"), "parquet": ("application/vnd.apache.parquet", "parquet")}


@router.get("/export", summary="Export real events: ACLED-style CSV, GeoJSON, JSONL or Parquet")
def get_export(request: Request, format: Literal[FORMATS], f: Filters = Depends(filters)) -> Response:  # type: ignore[valid-type]
    store = _store(request)
    with store.connect() as conn:
        rows = attach_sources(conn, query_events(conn, dataclasses.replace(f, limit=None, offset=0), store.dialect))
    buffer = io.BytesIO()
    export(rows, format, buffer)
    media_type, suffix = MEDIA[format]
    return Response(buffer.getvalue(), media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="marsad-events.{suffix}"'})


class ReviewRequest(BaseModel):
    """A review action; `changes` (for edit) maps editable fields to their new values."""

    action: Literal[ACTIONS]  # type: ignore[valid-type]
    changes: dict[str, str | int | None] = Field(default_factory=dict)


def token_from(authorization: Annotated[str | None, Header()] = None) -> str | None:
    """The bearer token of the request, if any."""
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


@router.post("/events/{event_id}/review", summary="Confirm, reject or edit a real event (needs a reviewer token)")
def post_review(request: Request, event_id: ID, body: ReviewRequest,
                token: Annotated[str | None, Depends(token_from)]) -> dict:
    store = _store(request)
    with store.begin() as conn:
        who = reviewer(conn, token)
        if who is None:
            raise HTTPException(401, "a reviewer token is needed: send Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        after = review(conn, event_id, body.action, who, body.changes, request.app.state.knowledge)
    return {"event": after}
