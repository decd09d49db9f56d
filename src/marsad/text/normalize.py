"""Folding text for matching, with a map from folded offsets back to the original.

Folding is one character to one character or a deletion (never an expansion),
so the map back is a sorted list of deletion points: ``to_original`` is a
bisect, and text without diacritics or tatweel maps to itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from operator import pos

_DELETED = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # Arabic diacritics and Quranic marks
    "\u0640"  # tatweel
    "\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"  # zero-width and bidi controls
)
_DELETED_RE = re.compile(f"[{_DELETED}]")

_FOLD_PAIRS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    # Kurdish (Sorani) letters, which Kurdish outlets' Arabic services keep in names ("كۆیە", "زرگوێز")
    "ۆ": "و", "ۇ": "و", "ۋ": "و", "ۉ": "و", "ە": "ه", "ێ": "ي", "ڕ": "ر", "ڵ": "ل",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-",
}
_FOLD_PAIRS.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD_PAIRS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
_FOLD_PAIRS.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

_TABLE = str.maketrans(_FOLD_PAIRS)
# no folded form is folded again (tests/text/test_normalize.py checks it), so replacing the characters one
# after another folds as translate does
_FOLDED_CHARS = frozenset(_FOLD_PAIRS)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and the folded positions at which original characters were deleted."""

    original: str
    text: str
    _deleted_at: tuple[int, ...]
    # the maps back, `to_original` and `to_original_end` as functions of the offset (every span of every event word
    # is mapped back): bound once, C callables when nothing was deleted (most texts: the offsets are the original's)
    to_original: Callable[[int], int] = field(init=False, repr=False, compare=False)
    to_original_end: Callable[[int], int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._deleted_at:
            object.__setattr__(self, "to_original", partial(to_original, self._deleted_at))
            object.__setattr__(self, "to_original_end", partial(to_original_end, self._deleted_at))
        else:
            object.__setattr__(self, "to_original", pos)  # (+offset: the offset itself)
            object.__setattr__(self, "to_original_end", partial(max, 0))  # (the end itself, 0 for none)


def to_original(deleted_at: tuple[int, ...], offset: int) -> int:
    """The original offset of the character at folded ``offset``, given the folded positions of the deletions."""
    return offset + bisect_right(deleted_at, offset)


def to_original_end(deleted_at: tuple[int, ...], end: int) -> int:
    """The original offset just past the folded character before ``end``, given the positions of the deletions."""
    if end <= 0:
        return 0
    return to_original(deleted_at, end - 1) + 1


def strip_marks(text: str) -> str:
    """``text`` without its Arabic diacritics, tatweel and invisible controls (nothing else changed)."""
    return _DELETED_RE.sub("", text)


def fold_word(word: str) -> str:
    """Fold a single word or phrase the way article text is folded (no offsets kept)."""
    return _DELETED_RE.sub("", word).translate(_TABLE)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching: diacritics and tatweel removed, letter forms,
    digits and ASCII case unified; keeps the map back to ``text``."""
    deleted: list[int] = []
    if _DELETED_RE.search(text):
        for k, m in enumerate(_DELETED_RE.finditer(text)):
            deleted.append(m.start() - k)
        stripped = _DELETED_RE.sub("", text)
    else:
        stripped = text
    return Folded(text, _fold_chars(stripped), tuple(deleted))


def _fold_chars(text: str) -> str:
    """``text.translate(_TABLE)``, faster on Arabic: translate looks every non-ASCII character up in a
    dictionary, while an article holds only a handful of distinct characters to fold, each replaced in C.
    (Each character is sought with ``in``, a search in C: the set of the text's characters would make a
    string of every Arabic letter of it, four times slower.)"""
    for c in _FOLDED_CHARS:
        if c in text:
            text = text.replace(c, _FOLD_PAIRS[c])
    return text
