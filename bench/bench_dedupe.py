"""Cross-article de-duplication measured on bench/dedupe/articles.jsonl, where the true clusters are known.

    python bench/bench_dedupe.py

Every article is ingested into a fresh SQLite store. Each gold event (an article's event with its `cluster`
key) is paired with the stored event of the same article that has the same event type, a date within a day
and the same governorate; its predicted cluster is that event's cluster (or none, if Marsad missed it).
Pairwise precision: of the pairs of gold events Marsad put in one cluster, how many truly are one event;
recall: of the pairs that truly are one event, how many Marsad put together (a missed event loses its pairs).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from itertools import combinations
from pathlib import Path

from sqlalchemy import select

from marsad.evaluate.score import PRF
from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.pipeline import Pipeline
from marsad.records import Article
from marsad.store import open_store
from marsad.store.schema import articles, events

HERE = Path(__file__).resolve().parent


def _near(a: str | None, b: str) -> bool:
    return a is not None and abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1


def main() -> int:
    rows = [json.loads(line) for line in (HERE / "dedupe" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    pipeline = Pipeline.from_data_dir()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "dedupe.db"))
        items = [InputItem(r["id"], article=Article(text=r["title"] + "\n" + r["text"], published=r["published"],
                                                    lang=r["lang"], source=r["source"], title=None)) for r in rows]
        summary = ingest(store, pipeline, items)
        with store.connect() as conn:
            stored = conn.execute(select(articles.c.source_id, events.c.event_type, events.c.date_start,
                                         events.c.admin1_code, events.c.cluster_id)
                                  .join(events, events.c.article_id == articles.c.article_id)).all()
        store.close()
    by_article: dict[str, list] = {}
    for source_id, event_type, day, code, cluster in stored:
        by_article.setdefault(source_id, []).append((event_type, day, code, cluster))
    gold: list[tuple[str, str | None]] = []  # (true key, predicted cluster)
    for r in rows:
        used: set[int] = set()
        for e in r["events"]:
            found = None
            for k, (event_type, day, code, cluster) in enumerate(by_article.get(r["id"], [])):
                if k not in used and event_type == e["event_type"] and _near(day, e["date"]) \
                        and code == e["admin1_code"]:
                    found = cluster
                    used.add(k)
                    break
            gold.append((e["cluster"], found))
    tp = fp = fn = 0
    for (k1, p1), (k2, p2) in combinations(gold, 2):
        same_true, same_pred = k1 == k2, p1 is not None and p1 == p2
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    pairs = PRF(tp, fp, fn)
    found = sum(p is not None for _, p in gold)
    print(f"articles: {len(rows)} ({summary.near_duplicates} recognised as republished); gold events: {len(gold)} "
          f"in {len({k for k, _ in gold})} real events; matched to a stored event: {found}")
    print(f"pairwise precision {pairs.precision:.2f}, recall {pairs.recall:.2f}, F1 {pairs.f1:.2f} "
          f"(true pairs {tp + fn}, predicted pairs {tp + fp})")
    found_pairs = [(a, b) for a, b in combinations(gold, 2) if a[1] is not None and b[1] is not None]
    tp2 = sum(a[0] == b[0] and a[1] == b[1] for a, b in found_pairs)
    fn2 = sum(a[0] == b[0] and a[1] != b[1] for a, b in found_pairs)
    print(f"among events Marsad extracted: pairwise recall {tp2 / (tp2 + fn2) if tp2 + fn2 else 0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
