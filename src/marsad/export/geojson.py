"""GeoJSON: one feature per real event; an event placed only to a governorate has no point (null geometry)."""

from __future__ import annotations

import json
from typing import BinaryIO

PROPERTIES = ("cluster_id", "event_type", "sub_event_type", "status", "date_start", "date_end", "date_precision",
              "country", "admin1_code", "admin1", "admin2", "place", "geo_precision", "actor1_id", "actor1",
              "actor2_id", "actor2", "fatalities_low", "fatalities_best", "fatalities_high", "sources", "review")


def feature(row: dict) -> dict:
    """A GeoJSON feature for one real event."""
    point = None
    if row.get("lat") is not None and row.get("lon") is not None:
        point = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    return {"type": "Feature", "id": row["cluster_id"], "geometry": point,
            "properties": {k: row.get(k) for k in PROPERTIES}}


def write_geojson(rows: list[dict], out: BinaryIO) -> None:
    """Write a FeatureCollection."""
    doc = {"type": "FeatureCollection", "features": [feature(r) for r in rows]}
    out.write(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
