"""A phrase index over folded tokens: every knowledge entry is found in one pass.

Phrases are keyed by their first token; the first token of a text phrase may
carry Arabic proclitics (و ف ب ل ك س, لل for ل + ال): the token is looked up
as it stands and with each proclitic stripped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ..text.normalize import fold_word
from ..text.segment import strip_proclitics, tokens


class Match(NamedTuple):
    """Tokens ``start``..``end`` (exclusive) of a sentence matched ``payload``.

    ``clitic`` is the proclitic stripped from the first token ('' if none). A named tuple, not a frozen
    dataclass: a sentence makes hundreds of these and a tuple is built in C, several times faster."""

    start: int
    end: int
    kind: str
    payload: Any
    clitic: str


class PhraseIndex:
    """Maps folded token sequences to payloads tagged with a kind."""

    def __init__(self) -> None:
        # first token -> [(length of the rest, {rest: [(kind, payload)]})], longest rest first: a scan makes
        # one dictionary lookup per length, however many phrases share a first token ("في", "in")
        self._index: dict[str, list[tuple[int, dict[tuple[str, ...], list[tuple[str, Any]]]]]] = defaultdict(list)
        # token -> what the token and its proclitic-stripped stems open (see `_opener`): most tokens open
        # nothing, and a text repeats its tokens; stem -> its `_Opens`. Both emptied when a phrase is added.
        self._openers: dict[str, tuple[tuple, ...]] = {}
        self._stems: dict[str, _Opens] = {}
        # kind -> the folded one-word forms a rule tests a token against as written (`add_word`)
        self.words: dict[str, set[str]] = defaultdict(set)

    def add(self, phrase: str, kind: str, payload: Any) -> None:
        """Index ``phrase`` (any spelling; it is folded here) as ``kind`` with ``payload``."""
        toks = tokens(fold_word(phrase))
        if not toks:
            return
        first, rest = toks[0], tuple(toks[1:])
        if self._openers:
            self._openers.clear()
            self._stems.clear()
        bucket = self._index[first]
        by_rest = next((d for k, d in bucket if k == len(rest)), None)
        if by_rest is None:
            by_rest = {}
            bucket.append((len(rest), by_rest))
            bucket.sort(key=lambda item: -item[0])
        payloads = by_rest.setdefault(rest, [])
        if (kind, payload) not in payloads:
            payloads.append((kind, payload))

    def add_word(self, word: str, kind: str) -> None:
        """Keep one-word ``word`` (folded here) as a ``kind`` a rule tests a token against as written: a function
        word too common to report as a match of every sentence ("the", "و", "من")."""
        self.words[kind].update(tokens(fold_word(word)))

    def add_all(self, phrases: Iterable[str], kind: str, payload: Any) -> None:
        """Index every phrase of ``phrases`` with the same kind and payload."""
        for p in phrases:
            self.add(p, kind, payload)

    def scan(self, toks: Sequence[str]) -> list[Match]:
        """Every indexed phrase in ``toks``, overlapping matches included."""
        return self.scan_by_kind(toks)[0]

    def scan_by_kind(self, toks: Sequence[str]) -> tuple[list[Match], dict[str, list[Match]]]:
        """`scan`'s matches, and the same matches grouped by kind (each kind's in text order): grouped as they are
        found, since every sentence's mentions are read by kind (no second pass over hundreds of matches)."""
        openers = self._openers
        new, match_type = _new_tuple, Match  # (locals: read for every match)
        out: list[Match] = []
        append = out.append
        by_kind: dict[str, list[Match]] = {}
        group = by_kind.setdefault
        toks = tuple(toks)  # a slice of a tuple is the tuple key itself, no copy to make
        nexts = toks[1:] + (None,)  # the token after each token (None after the last)
        for i, tok in enumerate(toks):
            found = openers.get(tok)
            if found is None:
                found = self._opener(tok)
            if not found:
                continue  # (a third of the tokens open nothing)
            after = nexts[i]
            for clitic, seconds, longer, alone in found:
                # a phrase of several tokens only where the next token may be its second
                if after in seconds:
                    for k, by_rest in longer:
                        end = i + 1 + k
                        # (past the sentence's end the slice is shorter than every rest of length k: no match)
                        payloads = by_rest.get(toks[i + 1 : end])
                        if payloads is not None:
                            for kind, payload in payloads:
                                # tuple.__new__ skips the named tuple's Python-level __new__: a sentence makes
                                # hundreds of matches, most of them function words
                                m = new(match_type, (i, end, kind, payload, clitic))
                                append(m)
                                group(kind, []).append(m)
                if alone is not None:
                    # (the match made and grouped as above, written out again on purpose: one helper call per match
                    # for both cost +0.5% of all extraction instructions, measured with callgrind at stop 13)
                    end = i + 1
                    for kind, payload in alone:
                        m = new(match_type, (i, end, kind, payload, clitic))
                        append(m)
                        group(kind, []).append(m)
        return out, by_kind

    def _opener(self, tok: str) -> tuple[tuple, ...]:
        """What ``tok`` opens, as itself or with a proclitic stripped (see `_candidates`): the clitic
        stripped followed by the stem's `_Opens` fields, in the order of the candidates."""
        index = self._index
        # (asked once per new token: `_openers` keeps the answer)
        found = [(clitic, *self._opens(stem)) for stem, clitic in _candidates(tok) if stem in index]
        if len(self._openers) >= _OPENERS_KEPT:
            self._openers.clear()  # a long run over many texts: start again rather than grow without bound
            self._stems.clear()
        found = self._openers[tok] = tuple(found)
        return found

    def _opens(self, stem: str) -> _Opens:
        """The `_Opens` of an indexed first token, made once."""
        opens = self._stems.get(stem)
        if opens is None:
            bucket = self._index[stem]  # longest rest first, the one-token phrase last
            longer = tuple((k, by_rest) for k, by_rest in bucket if k > 0)
            alone = next((by_rest.get(()) for k, by_rest in bucket if k == 0), None)
            opens = self._stems[stem] = _Opens(frozenset(rest[0] for _, by_rest in longer for rest in by_rest),
                                               longer, alone)
        return opens


class _Opens(NamedTuple):
    """The phrases a first token opens: the second tokens of the longer ones, those by the length of their
    rest (longest first), and the payloads of the token alone (None if it is no phrase by itself)."""

    seconds: frozenset[str]
    longer: tuple[tuple[int, dict[tuple[str, ...], list[tuple[str, Any]]]], ...]
    alone: list[tuple[str, Any]] | None


# how many tokens' openers a phrase index keeps (a few megabytes)
_OPENERS_KEPT = 200_000
_new_tuple = tuple.__new__


# the letters an Arabic proclitic starts with (see `strip_proclitics`)
_PROCLITICS = frozenset("وفبلكس")


def _candidates(tok: str) -> list[tuple[str, str]]:
    """The lookups for one token: itself, then each proclitic-stripped stem, with the clitic stripped."""
    out = [(tok, "")]
    if tok[0] in _PROCLITICS:  # (most tokens carry none: no call for them)
        for stem in strip_proclitics(tok):
            out.append((stem, tok[: len(tok) - len(stem)] if tok.endswith(stem) else "لل"))
    return out
