"""Bytes to text: UTF-8, UTF-16/32 with or without BOM, and legacy Arabic code pages (Windows-1256)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, where: str) -> str:
    """Decode ``data`` read from ``where``; binary data raises an InputError saying so."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        text = data.decode("utf-8")
        if _readable(text):
            return text
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # UTF-16 Arabic or Latin text has a high byte of 0x00 or 0x06 in nearly every code unit
        if len(high) > 8 and sum(b in (0, 6) for b in high) > 0.8 * len(high):
            text = data.decode(encoding, errors="replace")
            if _readable(text):
                return text
    if b"\x00" in sample:
        raise InputError(_BINARY, where)
    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp1252", "utf_8"]).best()
    if best is None:
        raise InputError("cannot tell the text encoding; save the file as UTF-8", where)
    text = data.decode(best.encoding, errors="replace")
    if not _readable(text):
        raise InputError(_BINARY, where)
    return text


_BINARY = "looks like a binary file, not text; give a .txt, .html, .json or .jsonl article"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _readable(text: str) -> bool:
    """Whether nearly all of the first characters are text, not control codes or replacement marks."""
    head = text[:4000]
    return len(_CONTROL.findall(head)) <= 0.05 * len(head)
