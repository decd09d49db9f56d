"""Ingest throughput into SQLite, beside extraction alone on the same articles, and database size.

    python bench/bench_ingest.py                               # the shared 2015 corpus (780 articles)
    python bench/bench_ingest.py --generated 10000             # generated 600-word articles

Both timings exclude start-up (loading the knowledge); the ingest includes reading nothing from disk
twice: the articles are read once into memory, then extracted (timed), then ingested into a fresh
database (timed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import generate

from marsad.ingest.files import InputItem, iter_inputs
from marsad.ingest.run import ingest
from marsad.pipeline import Pipeline
from marsad.store import open_store

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus" /
                        "saudinewsnet-iraq-2015.jsonl")
    parser.add_argument("--generated", type=int, default=0, help="use this many generated articles instead")
    args = parser.parse_args(argv)
    pipeline = Pipeline.from_data_dir()
    if args.generated:
        items = [InputItem(f"g{i}", article=a) for i, a in enumerate(generate(args.generated, 600, 7))]
        name = f"{args.generated} generated 600-word articles"
    else:
        items = [i for i in iter_inputs([str(args.corpus)]) if i.article is not None]
        name = f"{args.corpus.name} ({len(items)} articles)"
    t0 = time.perf_counter()
    for item in items:
        pipeline.extract(item.article, source_id=item.source_id)
    extract_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(str(db))
        t0 = time.perf_counter()
        summary = ingest(store, pipeline, items)
        ingest_s = time.perf_counter() - t0
        store.close()
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    n = len(items)
    print(f"corpus: {name}")
    print(f"extract only: {extract_s:.2f} s, {n / extract_s:.0f} articles/s")
    print(f"ingest (extract + store): {ingest_s:.2f} s, {n / ingest_s:.0f} articles/s "
          f"= {extract_s / ingest_s:.0%} of extraction speed")
    print(f"stored: {summary.new} new articles, {summary.events} events, {summary.new_clusters} real events")
    print(f"database: {size / 1e6:.1f} MB, {size / 1e6 / max(summary.new, 1) * 1000:.1f} MB per 1,000 articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
