"""Parquet: the ACLED-style columns plus Marsad's own, typed, for data frames and Dask."""

from __future__ import annotations

from typing import BinaryIO

from .acled import acled_row, source_count


def write_parquet(rows: list[dict], out: BinaryIO) -> None:
    """Write a Parquet table of real events (needs pyarrow, installed with Marsad)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = []
    for row in rows:
        flat = acled_row(row)
        flat.update({"cluster_id": row["cluster_id"], "status": row.get("status"),
                     "date_end": row.get("date_end"), "admin1_code": row.get("admin1_code"),
                     "fatalities_low": row.get("fatalities_low"), "fatalities_high": row.get("fatalities_high"),
                     "sources_count": source_count(row), "review": row.get("review")})
        flat["latitude"] = row.get("lat")
        flat["longitude"] = row.get("lon")
        flat["timestamp"] = flat["timestamp"] or None
        records.append(flat)
    table = pa.Table.from_pylist(records) if records else pa.table({"cluster_id": pa.array([], pa.string())})
    pq.write_table(table, out)
