"""Reading the knowledge TSV files, with errors that name the file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import KnowledgeError


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each entry of a knowledge TSV file.

    The first non-comment line must be the header ``columns``; every entry must
    have exactly that many TAB-separated fields.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read knowledge file ({exc}); restore it from the repository", str(path)) from exc
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(f.strip() for f in fields) != columns:
                raise KnowledgeError(
                    f"header must be {'<TAB>'.join(columns)}, found {'<TAB>'.join(fields)}", f"{path}:{number}"
                )
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise KnowledgeError(
                f"expected {len(columns)} TAB-separated fields ({', '.join(columns)}), found {len(fields)}; "
                "check for a missing or extra TAB",
                f"{path}:{number}",
            )
        yield number, {c: f.strip() for c, f in zip(columns, fields)}
    if not header_seen:
        raise KnowledgeError(f"no header line; the first line must be {'<TAB>'.join(columns)}", str(path))


def split_list(value: str) -> list[str]:
    """The items of a ``|``-separated list column (empty items dropped)."""
    return [v.strip() for v in value.split("|") if v.strip()]


def require(cond: bool, message: str, path: Path, line: int) -> None:
    """Raise a KnowledgeError at ``path:line`` unless ``cond`` holds."""
    if not cond:
        raise KnowledgeError(message, f"{path}:{line}")
