"""JSON Lines: one JSON object a line, each bad line reported with its file and line number."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError


def json_lines(lines: Iterable[str], where: str) -> Iterator[tuple[str, dict | None, InputError | None]]:
    """``(file:line, object, None)`` for each JSON object, ``(file:line, None, error)`` for a bad line;
    blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield at, None, InputError(f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line",
                                       at)
            continue
        if not isinstance(obj, dict):
            yield at, None, InputError("each line must be a JSON object", at)
            continue
        yield at, obj, None


def read_json_lines(path: Path | str, what: str) -> Iterator[tuple[str, dict]]:
    """Every object of a JSONL file, raising an InputError at the first bad line (for labelled data)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the {what} ({exc})", str(path)) from None
    for at, obj, error in json_lines(lines, str(path)):
        if error is not None:
            raise error
        yield at, obj
