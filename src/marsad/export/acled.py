"""ACLED-style CSV: ACLED's column names and conventions, so analysts' existing scripts read it."""

from __future__ import annotations

import calendar
import csv
import io
from datetime import date
from functools import lru_cache
from typing import BinaryIO

from ..knowledge.lexicon import DATA_DIR
from ..knowledge.tsv import read_tsv

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str, str]]:
    """Country name → (ISO alpha-2, ISO numeric, ACLED region), from data/countries.tsv."""
    return {row["name"]: (row["iso2"], row["iso_numeric"], row["region"])
            for _, row in read_tsv(DATA_DIR / "countries.tsv", ("name", "iso2", "iso_numeric", "region"))}


def source_count(row: dict) -> int:
    """How many articles reported a real event: the length of its ``sources`` records when the rows
    carry them (as every export does), else the stored count."""
    sources = row.get("sources")
    return len(sources) if isinstance(sources, list) else int(sources or 0)


def acled_row(row: dict) -> dict:
    """One real event as an ACLED row; fatalities is the conservative (lowest) figure over sources."""
    iso2, numeric, region = countries().get(row.get("country") or "", ("", "", ""))
    sources = row.get("sources") or []
    events = [s["event"] for s in sources]
    kind1 = next((e["actor1"]["kind"] for e in events if e.get("actor1")), "")
    kind2 = next((e["actor2"]["kind"] for e in events if e.get("actor2")), "")
    notes = " | ".join(s["evidence"]["sentence"]["text"] for s in sources if "sentence" in s.get("evidence", {}))
    outlets = sorted({s.get("source") or s.get("source_id") or "" for s in sources})
    day = row.get("date_start")
    return {
        "event_id_cnty": f"{iso2}{row['cluster_id'][2:]}" if iso2 else row["cluster_id"],
        "event_date": day or "", "year": day[:4] if day else "",
        "time_precision": TIME_PRECISION.get(row.get("date_precision") or "", 3),
        "disorder_type": DISORDER.get(row["event_type"], ""), "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"], "actor1": row.get("actor1") or "", "assoc_actor_1": "",
        "inter1": kind1, "actor2": row.get("actor2") or "", "assoc_actor_2": "", "inter2": kind2,
        "interaction": "-".join(k for k in sorted((kind1, kind2)) if k),
        "civilian_targeting": "Civilian targeting" if kind2 == "Civilians" else "",
        "iso": numeric, "region": region, "country": row.get("country") or "", "admin1": row.get("admin1") or "",
        "admin2": row.get("admin2") or "", "admin3": "",
        "location": row.get("place") or row.get("admin2") or row.get("admin1") or row.get("country") or "",
        "latitude": row.get("lat") if row.get("lat") is not None else "",
        "longitude": row.get("lon") if row.get("lon") is not None else "",
        "geo_precision": GEO_PRECISION.get(row.get("geo_precision") or "", 3),
        "source": "; ".join(o for o in outlets if o), "source_scale": "", "notes": notes,
        "fatalities": row.get("fatalities_best") or 0, "tags": f"sources={source_count(row)}",
        "timestamp": calendar.timegm(date.fromisoformat(day).timetuple()) if day else "",
    }


def write_acled_csv(rows: list[dict], out: BinaryIO) -> None:
    """Write real events as an ACLED-style CSV (UTF-8, header line first)."""
    buffer = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(acled_row(row))
    buffer.detach()
