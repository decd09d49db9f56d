"""The database schema (SQLAlchemy Core tables) shared by SQLite and PostgreSQL, and its migrations."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("article_id", String(32), primary_key=True),
    Column("source_id", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("lang", String(2)),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("text_norm", Text, nullable=False),  # folded text with proclitic-free stems, for search
    Column("near_duplicate_of", String(32)),  # the article this one republishes, if any
    Column("ingested_at", String(32), nullable=False),
)

# the smallest hashes of an article's word shingles: articles sharing most of them are near-duplicates
sketches = Table(
    "sketches", metadata,
    Column("hash", Integer, primary_key=True, autoincrement=False),
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
)

clusters = Table(
    "clusters", metadata,
    Column("cluster_id", String(32), primary_key=True),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(8)),
    Column("country", Text),
    Column("admin1_code", String(8)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(8)),
    Column("actor1_id", Text),
    Column("actor1", Text),
    Column("actor2_id", Text),
    Column("actor2", Text),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("injured_best", Integer),
    Column("sources", Integer, nullable=False),
    Column("review", String(16), nullable=False, default="machine"),  # machine, confirmed, rejected, edited
)
Index("clusters_lookup", clusters.c.event_type, clusters.c.admin1_code, clusters.c.date_start)
Index("clusters_date", clusters.c.date_start)

events = Table(
    "events", metadata,
    Column("event_id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), nullable=False),
    Column("cluster_id", String(32), ForeignKey("clusters.cluster_id"), nullable=False),
    Column("record", Text, nullable=False),  # the Event's lossless JSON
    Column("status", String(16), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("admin1_code", String(8)),
    Column("admin2", Text),
    Column("place", Text),
    Column("actor1_id", Text),
    Column("actor2_id", Text),
    Column("fatalities_best", Integer),
    Column("confidence", Float, nullable=False),
)
Index("events_article", events.c.article_id)
Index("events_cluster", events.c.cluster_id)

evidence = Table(
    "evidence", metadata,
    Column("event_id", String(32), ForeignKey("events.event_id"), primary_key=True),
    Column("field", String(16), primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), nullable=False),
    Column("record", Text, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("actor1_id", Text),
    Column("count_low", Integer),
    Column("count_high", Integer),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("admin1_codes", Text, nullable=False),  # space-separated ISO codes
)
Index("claims_article", claims.c.article_id)

failures = Table(
    "failures", metadata,
    Column("source_id", Text, primary_key=True),
    Column("error", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("who", Text, nullable=False),
    Column("action", String(16), nullable=False),
    Column("object_type", String(16), nullable=False),
    Column("object_id", String(32), nullable=False),
    Column("before", Text),
    Column("after", Text),
)
Index("audit_object", audit.c.object_type, audit.c.object_id)

# API tokens for reviewers (schema 2): only a hash of each token is kept
tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)
