"""`marsad ingest`: read, extract and store articles, one transaction per article, resumable."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..pipeline import Pipeline
from ..store.db import Store
from ..store.write import record_failure, write_extraction
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


def ingest(store: Store, pipeline: Pipeline, items: Iterable[InputItem],
           progress: Callable[[InputItem], None] | None = None) -> IngestSummary:
    """Store every input: an article already stored changes nothing, a failed one is recorded and skipped."""
    summary = IngestSummary()
    kinds = {a.actor.id: a.actor.kind for a in pipeline.knowledge.actors.values()}
    for item in items:
        if item.error is not None:
            _fail(store, summary, item.source_id, str(item.error))
        else:
            try:
                result = pipeline.extract(item.article, source_id=item.source_id)
                with store.begin() as conn:
                    written = write_extraction(conn, result, item.source_id, kinds, store.dialect)
            except Exception as exc:  # one bad article must not stop the run; its error is recorded
                _fail(store, summary, item.source_id, f"{item.source_id}: {type(exc).__name__}: {exc}")
            else:
                if written.new:
                    summary.new += 1
                    summary.events += written.events
                    summary.claims += written.claims
                    summary.new_clusters += written.new_clusters
                    summary.near_duplicates += written.near_duplicate_of is not None
                else:
                    summary.known += 1
        if progress is not None:
            progress(item)
    return summary


def _fail(store: Store, summary: IngestSummary, source_id: str, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    with store.begin() as conn:
        record_failure(conn, source_id, message)
