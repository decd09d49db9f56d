"""JSONL: one real event a line, with every source and its evidence."""

from __future__ import annotations

import json
from typing import BinaryIO


def write_jsonl(rows: list[dict], out: BinaryIO) -> None:
    """Write one JSON object a line."""
    for row in rows:
        out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
