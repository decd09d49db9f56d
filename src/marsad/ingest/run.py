"""`marsad ingest`: read, extract and store articles, one transaction per article, resumable."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from ..pipeline import Extraction, Pipeline
from ..store.db import Store
from ..store.write import ArticleWriter, failed_sources, record_failure
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


COMMIT_EVERY = 50  # articles
COMMIT_SECONDS = 1.0


def ingest(store: Store, pipeline: Pipeline, items: Iterable[InputItem],
           progress: Callable[[InputItem], None] | None = None) -> IngestSummary:
    """Store every input: an article already stored changes nothing, a failed one is recorded and skipped.

    Articles are committed in groups of up to 50 or one second's work, so a crash loses at most the last
    uncommitted group, which the next run simply ingests again. If writing one article fails, its group is
    rolled back and written again without it: each article is stored whole or not at all."""
    summary = IngestSummary()
    kinds = {a.actor.id: a.actor.kind for a in pipeline.knowledge.actors.values()}
    with store.connect() as conn:
        writer = ArticleWriter(kinds, failed_sources(conn))
        batch = _Batch(conn, writer, summary)
        for item in items:
            if item.error is not None:
                batch.fail(item.source_id, str(item.error))
            else:
                try:
                    result = pipeline.extract(item.article, source_id=item.source_id)
                except Exception as exc:  # a bug in one article must not stop the run; its error is recorded
                    batch.fail(item.source_id, f"{item.source_id}: {type(exc).__name__}: {exc}")
                else:
                    batch.write(item.source_id, result)
            batch.maybe_commit()
            if progress is not None:
                progress(item)
        batch.commit()
    return summary


class _Batch:
    """The articles written since the last commit, kept so that a failed write can be replayed without it."""

    def __init__(self, conn: Connection, writer: ArticleWriter, summary: IngestSummary) -> None:
        self.conn, self.writer, self.summary = conn, writer, summary
        self.done: list[tuple[str, Extraction | None, str | None]] = []  # (source, result or None, error)
        self.transaction = conn.begin()
        self.since = time.monotonic()

    def write(self, source_id: str, result: Extraction) -> None:
        try:
            written = self.writer.write(self.conn, result, source_id)
        except Exception as exc:  # roll back the group, write it again without this article
            self.transaction.rollback()
            self.transaction = self.conn.begin()
            for sid, earlier, error in self.done:
                if earlier is not None:
                    self.writer.write(self.conn, earlier, sid)
                else:
                    record_failure(self.conn, sid, error)
            self.fail(source_id, f"{source_id}: {type(exc).__name__}: {exc}")
            return
        self.done.append((source_id, result, None))
        s = self.summary
        if written.new:
            s.new += 1
            s.events += written.events
            s.claims += written.claims
            s.new_clusters += written.new_clusters
            s.near_duplicates += written.near_duplicate_of is not None
        else:
            s.known += 1

    def fail(self, source_id: str, message: str) -> None:
        self.summary.failed += 1
        self.summary.errors.append(message)
        record_failure(self.conn, source_id, message)
        self.done.append((source_id, None, message))

    def maybe_commit(self) -> None:
        if len(self.done) >= COMMIT_EVERY or time.monotonic() - self.since >= COMMIT_SECONDS:
            self.commit()
            self.transaction = self.conn.begin()

    def commit(self) -> None:
        self.transaction.commit()
        self.done.clear()
        self.since = time.monotonic()
