"""Exports other tools read: ACLED-style CSV, GeoJSON, JSONL and Parquet, over real events (clusters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from ..errors import UsageError
from .acled import write_acled_csv
from .geojson import write_geojson
from .jsonl import write_jsonl
from .parquet import write_parquet

WRITERS: dict[str, Callable[[list[dict], BinaryIO], None]] = {
    "acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl, "parquet": write_parquet,
}
FORMATS = tuple(WRITERS)


def export(rows: list[dict], fmt: str, out: BinaryIO) -> None:
    """Write real events (rows with their ``sources``) in ``fmt`` to a binary stream."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}", "--format")
    writer(rows, out)
