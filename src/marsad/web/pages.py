"""The pages: overview (map and time series), events, an event with its evidence, claims, search, review."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from ..errors import MarsadError, NotFound
from ..knowledge.lexicon import EVENT_TYPES, Knowledge
from ..records import STATUSES
from ..store.queries import (
    Filters,
    count_events,
    counts_by,
    event_sources,
    query_events,
    search_articles,
    stats,
)
from ..store.review import EDITABLE, history, review, reviewer
from ..store.schema import articles, clusters
from .api import ID, MAX_PAGE
from .charts import TYPE_CLASSES, governorate_map, time_series
from .claims import claims_with_recorded
from .highlight import highlight
from .i18n import LANGS, translator

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
TOKEN_COOKIE = "marsad_token"


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "en"
    return lang if lang in LANGS else "en"


@dataclass(frozen=True)
class Lookups:
    """What the pages derive from the knowledge files, built once with the app rather than on every request."""

    admin1_names: dict[str, dict[str, str]]  # lang -> governorate code -> name
    governorates: list[dict]  # Iraq's (the country in focus), with their seats' coordinates
    actors: list[tuple[str, str]]  # (id, name) for the review form
    places: list[tuple[str, str]]  # (id, "place, district, governorate") for the review form

    @classmethod
    def of(cls, knowledge: Knowledge) -> Lookups:
        """The lookups of ``knowledge``."""
        places = knowledge.places.values()
        return cls(
            {"en": {p.admin1_code: p.name for p in places if p.level == "admin1"},
             "ar": {p.admin1_code: p.name_ar for p in places if p.level == "admin1"}},
            sorted(({"code": p.admin1_code, "name": p.name, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon}
                    for p in places if p.level == "admin1" and p.country == "Iraq" and p.lat is not None),
                   key=lambda g: g["name"]),
            sorted((e.actor.id, e.actor.name) for e in knowledge.actors.values()),
            sorted((p.id, ", ".join(n for n in (p.name, p.admin2 if p.level == "place" else None, p.admin1) if n))
                   for p in places if p.level in ("place", "admin2")))


def _lookups(request: Request) -> Lookups:
    return request.app.state.lookups


def _page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    lang = _lang(request)
    store = request.app.state.store
    with store.connect() as conn:
        user = reviewer(conn, request.cookies.get(TOKEN_COOKIE))
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    knowledge = request.app.state.knowledge
    lookups = _lookups(request)
    admin1_ar = lookups.admin1_names["ar"]

    def actor_name(actor_id: str | None, fallback: str | None) -> str:
        entry = knowledge.actors.get(actor_id or "")
        return (entry.actor.name_ar if lang == "ar" else entry.actor.name) if entry else (fallback or "")

    def admin1_name(code: str | None, fallback: str | None) -> str:
        return (admin1_ar.get(code or "") if lang == "ar" else None) or fallback or ""

    return templates.TemplateResponse(request, name, {
        "actor_name": actor_name, "admin1_name": admin1_name,
        "t": translator(lang), "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "user": user,
        "here": here, "event_types": EVENT_TYPES, "statuses": STATUSES, "type_classes": TYPE_CLASSES,
        "governorates": lookups.governorates, **context}, status_code=status)


def _filters(since, until, admin1, actor, type_, status, limit=None, offset=0) -> Filters:
    """The page's filters; an empty form field means no filter, a bad date is a 400 saying which field."""
    try:
        return Filters(since=since or None, until=until or None, admin1=admin1 or None, actor=actor or None,
                       type=type_ or None, status=status or None, limit=limit, offset=offset)
    except MarsadError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, since: str | None = None, until: str | None = None, admin1: str | None = None,
             actor: str | None = None, type: str | None = None, status: str | None = None) -> HTMLResponse:
    store = request.app.state.store
    f = _filters(since, until, admin1, actor, type, status)
    with store.connect() as conn:
        total = count_events(conn, f, store.dialect)
        rows = query_events(conn, _filters(since, until, admin1, actor, type, status, limit=15), store.dialect)
        monthly = stats(conn, f, store.dialect, "month", ("event_type",))
        counts = Counter(dict(counts_by(conn, f, store.dialect, "admin1_code")))
        actors = counts_by(conn, f, store.dialect, "actor1_id", top=8)
    lang, lookups = _lang(request), _lookups(request)
    iraq = [{**g, "name": g["name_ar"]} if lang == "ar" else g for g in lookups.governorates]
    names = lookups.admin1_names[lang]
    top_admin1 = [(names.get(code, code), code, n) for code, n in counts.most_common(8)]
    if not (since or until):  # unfiltered: the latest three years that have events
        periods = sorted({r["period"] for r in monthly if r["period"]})[-36:]
        kept = set(periods)
        monthly = [r for r in monthly if r["period"] in kept]
    query = {k: v for k, v in {"since": since, "until": until, "actor": actor, "type": type,
                               "status": status}.items() if v}
    link = "/?" + urlencode({**query, "admin1": "CODE"}).replace("CODE", "{code}")
    return _page(request, "overview.html", rows=rows, total=total, filters=f,
                 map_svg=governorate_map(iraq, counts, link), series_svg=time_series(monthly),
                 actors=actors, top_admin1=top_admin1)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, since: str | None = None, until: str | None = None, admin1: str | None = None,
                actor: str | None = None, type: str | None = None, status: str | None = None,
                sort: Annotated[str, Query(pattern="^(date|type|admin1|fatalities|sources)$")] = "date",
                order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
                page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                size: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50) -> HTMLResponse:
    store = request.app.state.store
    f = _filters(since, until, admin1, actor, type, status)
    page_f = _filters(since, until, admin1, actor, type, status, limit=size, offset=(page - 1) * size)
    with store.connect() as conn:
        shown = query_events(conn, page_f, store.dialect, sort, order == "desc")
        total = count_events(conn, f, store.dialect)
    base = {k: v for k, v in {"since": since, "until": until, "admin1": admin1, "actor": actor, "type": type,
                              "status": status}.items() if v}
    return _page(request, "events.html", rows=shown, total=total, filters=f, sort=sort, order=order, page=page,
                 size=size, base=base, urlencode=urlencode)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: ID, error: str | None = None) -> HTMLResponse:
    store = request.app.state.store
    with store.connect() as conn:
        row = conn.execute(select(clusters).where(clusters.c.cluster_id == event_id)).mappings().first()
        if row is None:
            raise NotFound("no such event")
        sources = event_sources(conn, event_id)
        trail = history(conn, event_id)
        texts = dict(conn.execute(select(articles.c.article_id, articles.c.text).where(
            articles.c.article_id.in_({s["article_id"] for s in sources}))).all())
    for s in sources:
        s["html"] = highlight(texts[s["article_id"]], s["evidence"])
    lookups = _lookups(request)
    return _page(request, "event.html", event=dict(row), sources=sources, history=trail, editable=EDITABLE,
                 error=error, actors=lookups.actors, places=lookups.places)


@router.post("/events/{event_id}/review")
def review_form(request: Request, event_id: ID, action: Annotated[str, Form(pattern="^(confirm|reject|edit)$")],
                event_type: Annotated[str | None, Form(max_length=60)] = None,
                sub_event_type: Annotated[str | None, Form(max_length=60)] = None,
                status: Annotated[str | None, Form(max_length=20)] = None,
                date_start: Annotated[str | None, Form(max_length=10)] = None,
                date_end: Annotated[str | None, Form(max_length=10)] = None,
                fatalities_best: Annotated[str | None, Form(max_length=7)] = None,
                admin1_code: Annotated[str | None, Form(max_length=8)] = None,
                actor1_id: Annotated[str | None, Form(max_length=60)] = None,
                actor2_id: Annotated[str | None, Form(max_length=60)] = None,
                place_id: Annotated[str | None, Form(max_length=80)] = None) -> Response:
    store = request.app.state.store
    changes = {k: v for k, v in {"event_type": event_type, "sub_event_type": sub_event_type, "status": status,
                                 "date_start": date_start, "date_end": date_end,
                                 "fatalities_best": fatalities_best, "admin1_code": admin1_code,
                                 "actor1_id": actor1_id, "actor2_id": actor2_id, "place_id": place_id}.items()
               if v not in (None, "")}
    try:
        with store.begin() as conn:
            who = reviewer(conn, request.cookies.get(TOKEN_COOKIE))
            if who is None:
                raise HTTPException(401, "sign in with a reviewer token to review")
            current = conn.execute(select(clusters).where(clusters.c.cluster_id == event_id)).mappings().first()
            if current is None:
                raise HTTPException(404, "no such event")
            changes = {k: v for k, v in changes.items() if k not in current or str(current[k]) != v}
            review(conn, event_id, action, who, changes if action == "edit" else None,
                   request.app.state.knowledge)
    except MarsadError as exc:
        return RedirectResponse(f"/events/{event_id}?" + urlencode({"error": str(exc)}), status_code=303)
    return RedirectResponse(f"/events/{event_id}", status_code=303)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, actor: str | None = None, admin1: str | None = None) -> HTMLResponse:
    store = request.app.state.store
    with store.connect() as conn:
        rows = claims_with_recorded(conn, Filters(actor=actor or None, admin1=admin1 or None, limit=200),
                                    store.dialect)
    return _page(request, "claims.html", rows=rows)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    store = request.app.state.store
    results = []
    if q.strip():
        with store.connect() as conn:
            try:
                results = search_articles(conn, q, store.dialect, 50)
            except MarsadError:
                results = []
    return _page(request, "search.html", q=q, results=results)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, error: str | None = None) -> HTMLResponse:
    return _page(request, "login.html", error=error)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(min_length=1, max_length=200)],
          next: Annotated[str, Form(max_length=500)] = "/") -> Response:
    store = request.app.state.store
    with store.connect() as conn:
        if reviewer(conn, token) is None:
            return RedirectResponse("/login?error=bad_token", status_code=303)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE)
    return response


@router.get("/lang/{code}")
def set_language(code: str, next: str = "/") -> Response:
    if code not in LANGS:
        raise HTTPException(404, "no such language")
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie("lang", code, samesite="lax")
    return response


def _local(path: str) -> str:
    """Only a path on this site: never redirect elsewhere."""
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/"
