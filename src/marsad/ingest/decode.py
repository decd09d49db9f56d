"""Bytes to text: UTF-8, UTF-16/32 with or without BOM, and legacy Arabic code pages (Windows-1256)."""

from __future__ import annotations

import codecs

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
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even < odd // 8:
            return data.decode("utf-16-le", errors="replace")
        if even > len(sample) // 4 and odd < even // 8:
            return data.decode("utf-16-be", errors="replace")
        raise InputError("looks like a binary file, not text; give a .txt, .html, .json or .jsonl article", where)
    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp1252", "utf_8"]).best()
    if best is None:
        raise InputError("cannot tell the text encoding; save the file as UTF-8", where)
    return data.decode(best.encoding, errors="replace")
