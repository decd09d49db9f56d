"""The web app's words in English and Arabic, from messages.tsv."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..knowledge.tsv import read_tsv

LANGS = ("en", "ar")
MESSAGES = Path(__file__).resolve().parent / "messages.tsv"


@cache
def messages(path: Path = MESSAGES) -> dict[str, dict[str, str]]:
    """language -> key -> text; a missing translation is a KnowledgeError naming the line."""
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for line, row in read_tsv(path, ("key", *LANGS)):
        for lang in LANGS:
            if not row[lang]:
                from ..errors import KnowledgeError
                raise KnowledgeError(f"no {lang} text for {row['key']!r}", f"{path}:{line}")
            out[lang][row["key"]] = row[lang]
    return out


def translator(lang: str):
    """A function ``t(key)`` giving the text of ``key`` in ``lang`` (the key itself if unknown)."""
    table = messages()[lang if lang in LANGS else "en"]
    return lambda key: table.get(key, key)
