"""Load test of the web app on a database of about 10,000 real events, against 127.0.0.1 only.

    python bench/bench_web.py                  # builds the database, serves it, measures, stops
    python bench/bench_web.py --requests 1000 --concurrency 8

Requests are bounded in number and in time (60 s per endpoint); the server runs as `marsad serve` in a
child process on a free local port and is stopped at the end.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from bench_extract import generate

from marsad.ingest.files import InputItem
from marsad.ingest.run import ingest
from marsad.pipeline import Pipeline
from marsad.store import open_store
from marsad.store.queries import Filters, count_events

ENDPOINTS = ["/api/events", "/api/events?admin1=IQ-DI&limit=100", "/api/stats?period=month&group=admin1", "/",
             "/events"]


def build(db: Path, target: int) -> int:
    """Ingest generated articles until the database holds at least ``target`` real events."""
    pipeline = Pipeline.from_data_dir()
    store = open_store(str(db))
    batch, seed = 400, 11
    while True:
        with store.connect() as conn:
            total = count_events(conn, Filters(), store.dialect)
        if total >= target:
            store.close()
            return total
        items = [InputItem(f"g{seed}-{i}", article=a) for i, a in enumerate(generate(batch, 600, seed))]
        ingest(store, pipeline, items)
        seed += 1


def measure(base: str, path: str, requests: int, concurrency: int, seconds: float = 60.0) -> dict:
    latencies: list[float] = []
    failures = 0
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=base, timeout=30) as client:
        def one(_):
            if time.monotonic() > deadline:
                return None
            t0 = time.perf_counter()
            r = client.get(path)
            return time.perf_counter() - t0, r.status_code
        start = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            for result in pool.map(one, range(requests)):
                if result is None:
                    continue
                latencies.append(result[0])
                failures += result[1] != 200
        wall = time.perf_counter() - start
    latencies.sort()
    return {"path": path, "requests": len(latencies), "failures": failures, "rps": len(latencies) / wall,
            "p50_ms": 1000 * statistics.median(latencies), "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--db", type=Path, help="an existing database to serve instead of building one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web.db"
        total = build(db, args.events) if args.db is None else None
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--host",
                                   "127.0.0.1", "--port", str(port)], stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/api/events?limit=1", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            with httpx.Client(base_url=base) as c:
                total = total or c.get("/api/events?limit=1").json()["total"]
            print(f"database: {total} real events; {args.requests} requests per endpoint, "
                  f"{args.concurrency} at a time, 127.0.0.1")
            print(f"{'endpoint':45} {'requests':>8} {'failed':>6} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}")
            for path in ENDPOINTS:
                r = measure(base, path, args.requests, args.concurrency)
                print(f"{r['path']:45} {r['requests']:>8} {r['failures']:>6} {r['rps']:>7.1f} {r['p50_ms']:>7.1f} "
                      f"{r['p95_ms']:>7.1f}")
        finally:
            server.terminate()
            server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
