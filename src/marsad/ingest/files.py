"""Reading articles from files, folders and stdin, in text, HTML, JSON or JSONL.

Each input yields an ``InputItem``: an article with its ``source_id`` (the JSONL
``id`` or the file path), or the error that stopped it. A bad item never stops
the items after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, MarsadError
from ..records import Article
from ..text.dates import parse_published
from .decode import decode
from .html import html_to_article_fields, looks_like_html
from .jsonl import json_lines

MAX_ARTICLE_CHARS = 2_000_000
INPUT_FORMATS = ("auto", "text", "html", "json", "jsonl")
_SUFFIX_FORMAT = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
                  ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
TEXT_FIELDS = ("text", "content", "body", "article", "story")
DATE_FIELDS = ("published", "date", "pub_date", "publication_date", "date_published", "date_extracted")


@dataclass(frozen=True, slots=True)
class InputItem:
    """An article read from ``source_id``, or the error met there."""

    source_id: str
    article: Article | None = None
    error: MarsadError | None = None


def iter_inputs(paths: Iterable[str], input_format: str = "auto", published: str | None = None,
                lang: str | None = None, stdin: BinaryIO | None = None,
                field_map: dict[str, str] | None = None) -> Iterator[InputItem]:
    """Articles from every path (``-`` is stdin; folders are walked in name order).

    ``field_map`` renames JSON fields: ``{"text": "content"}`` reads the text from ``content``."""
    fm = dict(field_map or {})
    for raw in paths:
        if raw == "-":
            if stdin is None:
                raise InputError("no standard input to read", "-")
            yield from _read_bytes(stdin.read(), "<stdin>", input_format, published, lang, fm)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIX_FORMAT)
            if not files:
                yield InputItem(str(path), error=InputError(
                    f"folder has no article files ({', '.join(sorted(_SUFFIX_FORMAT))})", str(path)))
            for f in files:
                yield from _read_file(f, input_format, published, lang, fm)
        elif path.exists():
            yield from _read_file(path, input_format, published, lang, fm)
        else:
            yield InputItem(raw, error=InputError("no such file or folder; check the path", raw))


def _read_file(path: Path, input_format: str, published: str | None, lang: str | None,
               fm: dict[str, str]) -> Iterator[InputItem]:
    fmt = input_format if input_format != "auto" else _SUFFIX_FORMAT.get(path.suffix.lower(), "auto")
    if fmt == "jsonl":
        yield from _read_jsonl_file(path, published, lang, fm)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputItem(str(path), error=InputError(f"cannot read ({exc.strerror}); check permissions", str(path)))
        return
    yield from _read_bytes(data, str(path), fmt, published, lang, fm)


def _read_bytes(data: bytes, where: str, fmt: str, published: str | None, lang: str | None,
                fm: dict[str, str]) -> Iterator[InputItem]:
    try:
        text = decode(data, where)
    except InputError as exc:
        yield InputItem(where, error=exc)
        return
    if fmt == "auto":
        stripped = text.lstrip()
        fmt = "html" if looks_like_html(text) else "jsonl" if stripped.startswith("{") else "text"
    if fmt == "jsonl":
        yield from _jsonl_lines(text.splitlines(), where, published, lang, fm)
    elif fmt == "json":
        yield from _read_json(text, where, published, lang, fm)
    else:
        yield _item(where, {"text": text} if fmt == "text" else html_to_article_fields(text), where, published, lang)


def _read_jsonl_file(path: Path, published: str | None, lang: str | None,
                     fm: dict[str, str]) -> Iterator[InputItem]:
    """Stream a JSONL file line by line, so a large file never sits in memory whole."""
    try:
        with path.open("rb") as fh:
            lines = (decode(raw, str(path)) for raw in fh)
            yield from _jsonl_lines(lines, str(path), published, lang, fm)
    except OSError as exc:
        yield InputItem(str(path), error=InputError(f"cannot read ({exc.strerror}); check permissions", str(path)))


def _jsonl_lines(lines: Iterable[str], where: str, published: str | None, lang: str | None,
                 fm: dict[str, str]) -> Iterator[InputItem]:
    for at, obj, error in json_lines(lines, where):
        if error is not None:
            yield InputItem(at, error=error)
            continue
        yield _object_item(obj, at, published, lang, fm)


def _renamed(obj: dict, fm: dict[str, str]) -> dict:
    """A JSON object with fields renamed by ``--field`` (canonical name → the name in the file)."""
    if not fm:
        return obj
    out = dict(obj)
    for canonical, found in fm.items():
        if found in obj:
            out[canonical] = obj[found]
    return out


def _object_item(obj: dict, at: str, published: str | None, lang: str | None, fm: dict[str, str]) -> InputItem:
    """An InputItem from one JSON object, its fields renamed by ``--field``; its ``id`` names it, else ``at``."""
    obj = _renamed(obj, fm)
    return _item(str(obj.get("id") or at), obj, at, published, lang)


def _read_json(text: str, where: str, published: str | None, lang: str | None,
               fm: dict[str, str]) -> Iterator[InputItem]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputItem(where, error=InputError(f"not valid JSON ({exc.msg} at line {exc.lineno}); fix the file",
                                                where))
        return
    objs = obj if isinstance(obj, list) else [obj]
    for k, o in enumerate(objs):
        at = where if len(objs) == 1 else f"{where}[{k}]"
        if not isinstance(o, dict):
            yield InputItem(at, error=InputError("expected a JSON object with a \"text\" field", at))
            continue
        yield _object_item(o, at, published, lang, fm)


def _item(source_id: str, fields: dict, where: str, published: str | None, lang: str | None) -> InputItem:
    """An InputItem from a dict of article fields, checked."""
    text = next((fields[k] for k in TEXT_FIELDS if isinstance(fields.get(k), str)), None)
    if text is None:
        return InputItem(source_id, error=InputError(
            f"no article text: give a \"text\" field (or one of {', '.join(TEXT_FIELDS[1:])})", where))
    if not text.strip():
        return InputItem(source_id, error=InputError("the article is empty; nothing to extract", where))
    if len(text) > MAX_ARTICLE_CHARS:
        return InputItem(source_id, error=InputError(
            f"the article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article; "
            "split it into articles (one a line in JSONL)", where))
    if looks_like_html(text):  # an HTML page inside a JSON field: its metadata fills what the JSON lacks
        page = html_to_article_fields(text)
        text = page["text"]
        fields = {**{k: v for k, v in page.items() if v}, **{k: v for k, v in fields.items() if k not in TEXT_FIELDS}}
    date_value = published or next((str(fields[k]) for k in DATE_FIELDS if fields.get(k)), None)
    item_lang = lang or fields.get("lang") or None
    if item_lang not in (None, "ar", "en"):
        return InputItem(source_id, error=InputError(f"lang {item_lang!r} must be ar or en", where))
    try:
        day = parse_published(date_value, f"{where}: published")
    except InputError as exc:
        return InputItem(source_id, error=exc)
    article = Article(text=text, url=fields.get("url"), title=fields.get("title"),
                      published=day.isoformat() if day else None, lang=item_lang, source=fields.get("source"))
    return InputItem(source_id, article=article)
