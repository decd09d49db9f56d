"""A phrase index over folded tokens: every knowledge entry is found in one pass.

Phrases are keyed by their first token; the first token of a text phrase may
carry Arabic proclitics (و ف ب ل ك س, لل for ل + ال): the token is looked up
as it stands and with each proclitic stripped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..text.normalize import fold_word
from ..text.segment import strip_proclitics, tokens


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) of a sentence matched ``payload``.

    ``clitic`` is the proclitic stripped from the first token ('' if none)."""

    start: int
    end: int
    kind: str
    payload: Any
    clitic: str


class PhraseIndex:
    """Maps folded token sequences to payloads tagged with a kind."""

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], list[tuple[str, Any]]]]] = defaultdict(list)

    def add(self, phrase: str, kind: str, payload: Any) -> None:
        """Index ``phrase`` (any spelling; it is folded here) as ``kind`` with ``payload``."""
        toks = tokens(fold_word(phrase))
        if not toks:
            return
        first, rest = toks[0], tuple(toks[1:])
        bucket = self._index[first]
        for existing_rest, payloads in bucket:
            if existing_rest == rest:
                if (kind, payload) not in payloads:
                    payloads.append((kind, payload))
                return
        bucket.append((rest, [(kind, payload)]))
        bucket.sort(key=lambda item: -len(item[0]))

    def add_all(self, phrases: Iterable[str], kind: str, payload: Any) -> None:
        """Index every phrase of ``phrases`` with the same kind and payload."""
        for p in phrases:
            self.add(p, kind, payload)

    def scan(self, toks: Sequence[str]) -> list[Match]:
        """Every indexed phrase in ``toks``, overlapping matches included."""
        index = self._index
        out: list[Match] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            for stem, clitic in _candidates(tok):
                bucket = index.get(stem)
                if bucket is None:
                    continue
                for rest, payloads in bucket:
                    k = len(rest)
                    if k and (i + 1 + k > n or tuple(toks[i + 1 : i + 1 + k]) != rest):
                        continue
                    for kind, payload in payloads:
                        out.append(Match(i, i + 1 + k, kind, payload, clitic))
        return out


@lru_cache(maxsize=100_000)
def _candidates(tok: str) -> tuple[tuple[str, str], ...]:
    """The lookups for one token: itself, then each proclitic-stripped stem, with the clitic stripped."""
    out = [(tok, "")]
    if tok[0] >= "\u0621":
        for stem in strip_proclitics(tok):
            out.append((stem, tok[: len(tok) - len(stem)] if tok.endswith(stem) else "لل"))
    return tuple(out)
