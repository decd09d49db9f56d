"""Queries shared by the CLI and the web app: real events (clusters), claims, article search, statistics."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, literal_column, or_, select, text, true
from sqlalchemy.engine import Connection

from ..errors import UsageError
from ..text.normalize import fold
from ..text.segment import strip_proclitics, tokens
from .schema import articles, claims, clusters, events, evidence

PERIODS = ("month", "week", "year")
GROUPS = ("admin1", "actor", "event_type")


@dataclass(frozen=True)
class Filters:
    """What an analyst narrows a query to; every field is optional."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    text: str | None = None
    include_rejected: bool = False
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise UsageError(f"{value!r} is not a date; write it as YYYY-MM-DD", f"--{name}") from None


_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def query_words(q: str) -> list[list[str]]:
    """For each word of a query, the folded forms it may take in a text: bare and with proclitics
    ("الموصل" is found in "بالموصل", "والموصل", "للموصل"). A query with no words is a UsageError."""
    out = []
    for w in tokens(fold(q).text):
        if w in (",", "-", "/", "(", ")", "%"):
            continue
        stems = strip_proclitics(w) if w[0] >= "\u0621" else ()
        base = stems[-1] if stems and len(stems[-1]) >= 3 else w
        forms = [base]
        if base[0] >= "\u0621":
            forms += [c + base for c in _CLITICS]
            if base.startswith("ال"):
                forms += ["لل" + base[2:], "ولل" + base[2:]]
        out.append(forms)
    if not out:
        raise UsageError("the search text has no words", "--text")
    return out


def _fts_query(words: list[list[str]]) -> str:
    """An FTS5 query: every word required, in any of its forms."""
    return " AND ".join("(" + " OR ".join('"' + f.replace('"', "") + '"' for f in forms) + ")" for forms in words)


def matching_articles(dialect: str, words: list[list[str]]):
    """A select of article ids whose text holds every word of ``words`` (``query_words``) in one of its forms
    (FTS5 on SQLite, tsvector on PostgreSQL)."""
    if dialect == "sqlite":
        return text("SELECT article_id FROM articles WHERE rowid IN "
                    "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)").bindparams(q=_fts_query(words))
    tsquery = " & ".join("(" + " | ".join(f.replace("'", "") for f in forms) + ")" for forms in words)
    return select(articles.c.article_id).where(text("search @@ to_tsquery('simple', :q)").bindparams(q=tsquery))


def period_overlap(c, f: Filters) -> list:
    """Rows whose period (date_start..date_end) overlaps ``f.since``..``f.until``."""
    conds = []
    if f.since:
        conds.append(c.date_end >= f.since)
    if f.until:
        conds.append(c.date_start <= f.until)
    return conds


def _cluster_conditions(f: Filters, dialect: str) -> list:
    c = clusters.c
    conds = [] if f.include_rejected else [c.review != "rejected"]
    conds += period_overlap(c, f)
    if f.country:
        conds.append(func.lower(c.country) == f.country.lower())
    if f.admin1:
        conds.append(or_(c.admin1_code == f.admin1.upper(), func.lower(c.admin1) == f.admin1.lower()))
    if f.actor:
        like = f"%{f.actor.lower()}%"
        conds.append(or_(c.actor1_id == f.actor, c.actor2_id == f.actor, func.lower(c.actor1).like(like),
                         func.lower(c.actor2).like(like)))
    if f.type:
        conds.append(or_(c.event_type == f.type, c.sub_event_type == f.type))
    if f.status:
        conds.append(c.status == f.status)
    if f.text:
        ids = matching_articles(dialect, query_words(f.text))
        in_articles = select(events.c.cluster_id).where(events.c.article_id.in_(ids))
        conds.append(c.cluster_id.in_(in_articles))
    return conds


SORTS = {"date": "date_start", "type": "event_type", "admin1": "admin1", "fatalities": "fatalities_best",
         "sources": "sources"}


def query_events(conn: Connection, f: Filters, dialect: str, sort: str = "date", descending: bool = True) -> list[dict]:
    """Real events (clusters) matching ``f``, newest first (or by ``sort``: date, type, admin1, fatalities,
    sources); unknown values come last."""
    column = clusters.c[SORTS[sort]]
    order = column.desc() if descending else column.asc()
    stmt = select(clusters).where(and_(true(), *_cluster_conditions(f, dialect))) \
        .order_by(column.is_(None), order, clusters.c.cluster_id).offset(f.offset)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def counts_by(conn: Connection, f: Filters, dialect: str, field: str, top: int | None = None) -> list[tuple]:
    """(value, events) of one cluster column over the real events matching ``f``, most first."""
    column = clusters.c[field]
    n = func.count().label("n")
    stmt = select(column, n).where(and_(true(), column.is_not(None), *_cluster_conditions(f, dialect))) \
        .group_by(column).order_by(n.desc(), column)
    if top is not None:
        stmt = stmt.limit(top)
    return [tuple(r) for r in conn.execute(stmt)]


def count_events(conn: Connection, f: Filters, dialect: str) -> int:
    """How many real events match ``f``."""
    stmt = select(func.count()).select_from(clusters).where(and_(true(), *_cluster_conditions(f, dialect)))
    return conn.execute(stmt).scalar_one()


def event_sources(conn: Connection, cluster_id: str) -> list[dict]:
    """Every source of one real event: the article, the event extracted from it, and its evidence."""
    return sources_by_event(conn, [cluster_id]).get(cluster_id, [])


def attach_sources(conn: Connection, rows: list[dict]) -> list[dict]:
    """Give each real-event row (from :func:`query_events`) its ``sources``, fetched in a few batched queries."""
    found = sources_by_event(conn, [row["cluster_id"] for row in rows])
    for row in rows:
        row["sources"] = found.get(row["cluster_id"], [])
    return rows


_BATCH = 500  # ids per IN (...) list: well under every database's limit on bound parameters


def sources_by_event(conn: Connection, cluster_ids: list[str]) -> dict[str, list[dict]]:
    """The sources of many real events, by cluster id; two queries per batch of ids rather than one per event."""
    out: dict[str, list[dict]] = {}
    for i in range(0, len(cluster_ids), _BATCH):
        batch = cluster_ids[i:i + _BATCH]
        rows = conn.execute(
            select(events.c.cluster_id, events.c.event_id, events.c.record, articles.c.article_id,
                   articles.c.source_id, articles.c.title, articles.c.url, articles.c.published, articles.c.source,
                   articles.c.near_duplicate_of)
            .join(articles, articles.c.article_id == events.c.article_id)
            .where(events.c.cluster_id.in_(batch))
            .order_by(events.c.cluster_id, articles.c.published, events.c.event_id)).mappings().all()
        spans: dict[str, dict] = {}
        for s in conn.execute(select(evidence).join(events, events.c.event_id == evidence.c.event_id)
                              .where(events.c.cluster_id.in_(batch))).mappings():
            spans.setdefault(s["event_id"], {})[s["field"]] = {"start": s["start"], "end": s["end"], "text": s["text"]}
        for r in rows:
            out.setdefault(r["cluster_id"], []).append(
                {**{k: r[k] for k in r.keys() if k not in ("record", "cluster_id")}, "event": json.loads(r["record"]),
                 "evidence": spans.get(r["event_id"], {})})
    return out


def query_claims(conn: Connection, f: Filters, dialect: str) -> list[dict]:
    """Claims (tallies) matching ``f``: period overlap, actor, type, governorate, article text."""
    c = claims.c
    conds = period_overlap(c, f)
    if f.actor:
        conds.append(c.actor1_id == f.actor)
    if f.type:
        conds.append(c.event_type == f.type)
    if f.admin1:
        conds.append(c.admin1_codes.like(f"%{f.admin1.upper()}%"))
    if f.text:
        conds.append(c.article_id.in_(matching_articles(dialect, query_words(f.text))))
    stmt = select(claims, articles.c.title, articles.c.published).join(articles, articles.c.article_id == c.article_id) \
        .where(and_(true(), *conds)).order_by(c.date_start.desc(), c.claim_id).offset(f.offset)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return [{**{k: v for k, v in dict(r).items() if k != "record"}, "claim": json.loads(r["record"])}
            for r in conn.execute(stmt).mappings()]


def search_articles(conn: Connection, q: str, dialect: str, limit: int = 20) -> list[dict]:
    """Articles whose text matches ``q`` (Arabic folded: أ/ا, ة/ه and proclitics do not matter)."""
    words = query_words(q)
    stmt = select(articles.c.article_id, articles.c.source_id, articles.c.title, articles.c.published,
                  articles.c.source, articles.c.text).where(articles.c.article_id.in_(matching_articles(dialect, words))) \
        .order_by(articles.c.published.desc(), articles.c.article_id).limit(limit)
    forms = [f for word in words for f in word]
    return [{k: r[k] for k in r.keys() if k != "text"} | {"snippet": _snippet(r["text"], forms)}
            for r in conn.execute(stmt).mappings()]


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    """About ``width`` characters of the original text around the first matching word."""
    folded = fold(body).text
    at = min((i for w in words if (i := folded.find(w)) >= 0), default=0)
    start = max(0, at - width // 3)
    return " ".join(body[start:start + width].split())


def stats(conn: Connection, f: Filters, dialect: str, period: str = "month",
          by: tuple[str, ...] = GROUPS) -> list[dict]:
    """Counts of real events (and their fatalities) by period and the chosen dimensions."""
    if period not in PERIODS:
        raise UsageError(f"period must be one of {', '.join(PERIODS)}", "--by-period")
    unknown = [g for g in by if g not in GROUPS]
    if unknown:
        raise UsageError(f"cannot group by {', '.join(unknown)}; use {', '.join(GROUPS)}", "--group")
    counts: Counter = Counter()
    killed: Counter = Counter()
    c = clusters.c
    columns = [{"admin1": c.admin1, "actor": c.actor1, "event_type": c.event_type}[g] for g in by]
    # months and years are prefixes of the ISO date: the database groups them; for weeks it groups
    # days, folded into ISO weeks here (a week is not a prefix, and SQL has no portable ISO week)
    size = {"year": "4", "month": "7"}.get(period)
    # inline numbers, so that the grouped expression is the selected one on every database
    day = func.substr(c.date_start, literal_column("1"), literal_column(size)) if size else c.date_start
    stmt = select(day.label("day"), func.count(), func.coalesce(func.sum(c.fatalities_best), 0), *columns) \
        .where(and_(true(), *_cluster_conditions(f, dialect))).group_by(day, *columns)
    for when, n, dead, *dims in conn.execute(stmt):
        key = (_iso_week(when) if period == "week" else when, *dims)
        counts[key] += n
        killed[key] += dead
    return [{"period": k[0], **dict(zip(by, k[1:])), "events": n, "fatalities": killed[k]}
            for k, n in sorted(counts.items(), key=lambda kv: tuple(str(x) for x in kv[0]))]


def _iso_week(day: str | None) -> str | None:
    """The ISO week of an ISO date: 2024-03-14 → 2024-W11."""
    if day is None:
        return None
    y, w, _ = date.fromisoformat(day).isocalendar()
    return f"{y}-W{w:02d}"