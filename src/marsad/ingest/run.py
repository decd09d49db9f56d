"""`marsad ingest`: read, extract and store articles, one transaction per article, resumable."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from ..pipeline import Pipeline
from ..store.db import Store
from ..store.write import ArticleWriter, failed_sources, record_failure, release, savepoint
from .files import InputItem


@dataclass
class IngestSummary:
    """Counts of one ingest run."""

    new: int = 0
    known: int = 0
    failed: int = 0
    near_duplicates: int = 0
    events: int = 0
    claims: int = 0
    new_clusters: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "errors"} | {"errors": self.errors[:100]}


COMMIT_EVERY = 50  # articles
COMMIT_SECONDS = 1.0


def ingest(store: Store, pipeline: Pipeline, items: Iterable[InputItem],
           progress: Callable[[InputItem], None] | None = None) -> IngestSummary:
    """Store every input: an article already stored changes nothing, a failed one is recorded and skipped.

    Each article is written atomically (in a savepoint); commits are grouped by up to 50 articles or one
    second, so a crash loses at most the last uncommitted group, which the next run simply ingests again."""
    summary = IngestSummary()
    kinds = {a.actor.id: a.actor.kind for a in pipeline.knowledge.actors.values()}
    with store.connect() as conn:
        writer = ArticleWriter(kinds, store.dialect, failed_sources(conn))
        outer = conn.begin()
        pending, since = 0, time.monotonic()
        for item in items:
            if item.error is not None:
                _fail(conn, summary, item.source_id, str(item.error))
            else:
                _one(conn, pipeline, writer, item, summary)
            pending += 1
            if pending >= COMMIT_EVERY or time.monotonic() - since >= COMMIT_SECONDS:
                outer.commit()
                outer = conn.begin()
                pending, since = 0, time.monotonic()
            if progress is not None:
                progress(item)
        outer.commit()
    return summary


def _one(conn: Connection, pipeline: Pipeline, writer: ArticleWriter, item: InputItem,
         summary: IngestSummary) -> None:
    try:
        result = pipeline.extract(item.article, source_id=item.source_id)
        savepoint(conn, "article")
        try:
            written = writer.write(conn, result, item.source_id)
        except Exception:
            release(conn, "article", keep=False)
            raise
        release(conn, "article", keep=True)
    except Exception as exc:  # one bad article must not stop the run; its error is recorded
        _fail(conn, summary, item.source_id, f"{item.source_id}: {type(exc).__name__}: {exc}")
        return
    if written.new:
        summary.new += 1
        summary.events += written.events
        summary.claims += written.claims
        summary.new_clusters += written.new_clusters
        summary.near_duplicates += written.near_duplicate_of is not None
    else:
        summary.known += 1


def _fail(conn: Connection, summary: IngestSummary, source_id: str, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    savepoint(conn, "failure")
    record_failure(conn, source_id, message)
    release(conn, "failure", keep=True)
