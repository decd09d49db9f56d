"""The real 2015 corpus: ingesting twice adds nothing, and a run killed with SIGKILL then resumed ends in
the same database as an uninterrupted run."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ..conftest import shared_file

TABLES = {  # table -> columns that vary between runs and are left out of the comparison
    "articles": ("ingested_at",), "events": (), "clusters": (), "evidence": (), "claims": (), "sketches": (),
    "failures": ("at",),
}


def _ingest(db, corpus):
    return subprocess.run([sys.executable, "-m", "marsad.cli", "ingest", str(corpus), "--db", str(db), "--quiet"],
                          capture_output=True, text=True, timeout=600)


def _dump(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    out = {}
    for table, skip in TABLES.items():
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
        out[table] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    conn.close()
    return out


@pytest.fixture(scope="module")
def corpus():
    return shared_file("corpus/saudinewsnet-iraq-2015.jsonl")


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, corpus):
    db = tmp_path_factory.mktemp("full") / "full.db"
    first = _ingest(db, corpus)
    assert first.returncode == 0, first.stderr
    new, known = re.search(r"articles: (\d+) new, (\d+) already known, 0 failed", first.stdout).groups()
    assert int(new) + int(known) == 780  # the corpus repeats a few articles word for word
    return db, first.stdout


def test_ingesting_twice_adds_nothing(uninterrupted, corpus):
    db, first = uninterrupted
    before = _dump(db)
    second = _ingest(db, corpus)
    assert second.returncode == 0
    assert "0 new, 780 already known, 0 failed" in second.stdout
    assert _dump(db) == before
    # the real-event total printed at the end is the same both times
    assert first.rsplit("real events in the database:", 1)[1] == second.stdout.rsplit(
        "real events in the database:", 1)[1]


def test_sigkill_midway_then_resume_gives_the_same_database(uninterrupted, corpus, tmp_path):
    full, _ = uninterrupted
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", str(corpus), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 150:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 150 <= stored < 780
    resumed = _ingest(db, corpus)
    assert resumed.returncode == 0, resumed.stderr
    assert "already known" in resumed.stdout
    assert _dump(db) == _dump(full)
