"""Quantities in a sentence: digits in any script (already folded to ASCII), number
words with compounds (خمسة وعشرون، مئة وخمسون، twenty-five), vague amounts
(العشرات، dozens) and bounds (نحو، أكثر من، ما لا يقل عن، at least) as ``{low, best, high}``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from ..knowledge.matcher import Match
from ..records import Quantity, fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class QuantitySpan:
    """Tokens ``start``..``end`` (exclusive) of a sentence express ``quantity``."""

    start: int
    end: int
    quantity: Quantity
    value: int  # the figure as written, before bounds


def bound(value: int, approx: str | None) -> Quantity:
    """Apply a bound word to a figure: "more than 20" is low 21 and no high."""
    if approx == "more_than":
        return Quantity(low=value + 1, best=value + 1, high=None)
    if approx == "at_least":
        return Quantity(low=value, best=value, high=None)
    if approx == "less_than":
        return Quantity(low=0, best=max(value - 1, 0), high=max(value - 1, 0))
    if approx == "at_most":
        return Quantity(low=0, best=value, high=value)
    if approx == "about":
        return Quantity(low=None, best=value, high=None)
    return Quantity(low=value, best=value, high=value)


def _digits(token: str) -> int | None:
    if not token[0].isdigit():
        return None
    cleaned = token.replace(",", "")
    if not cleaned.isdigit() or len(cleaned) > 7:
        return None
    return int(cleaned)


# the function words of figures, tested where they stand as written (no proclitic): the letters after a figure
# that make it an ordinal ("20th", "1st"), the word before a figure that opens a range of two ("بين خمسة وسبعة"),
# the words that join the parts of one figure ("مئة وخمسة", "twenty-five", with a hyphen) and those that join a
# range's two figures (the same, and إلى, to), and the word before a figure that starts from it (من, from)
_FIGURE_WORDS = ("ordinal_suffix", "between_word", "and_word", "to_word", "from_word")
_NO_WORDS = ((),) * len(_FIGURE_WORDS)  # what a kind the lexicon does not hold gives
# the kinds of match `find_quantities` reads; a match's kind, a token's first character
_READ_KINDS = frozenset(("scale", "teen", "ordinal", "number", "approx", "vague", "series_noun"))
_kind_of, _first_char = itemgetter(2), itemgetter(0)


def find_quantities(toks: Sequence[str], matches: Sequence[Match],
                    function_words: Mapping[str, Collection[str]]) -> list[QuantitySpan]:
    """Every quantity expression in a sentence, left to right, not overlapping; ``function_words`` are the
    lexicon's one-word forms by kind (`PhraseIndex.words`), of which it reads `_FIGURE_WORDS`."""
    words: dict[int, Match] = {}
    scales: dict[int, Match] = {}
    approx_at: dict[int, Match] = {}
    vague_at: dict[int, Match] = {}
    longest_at = {"number": words, "approx": approx_at, "vague": vague_at}  # the longest match at each start
    ordinal, opens, joins, to, since = map(function_words.get, _FIGURE_WORDS, _NO_WORDS)  # no generator: in C
    ranked: set[int] = set()  # tokens inside an ordinal word past its first ("التاسعة عشرة": nineteenth, no ten)
    series: set[int] = set()  # where a `series_noun` starts ("wave of", "string of")
    # (the matches of the kinds read here picked in C, in their order: a sentence holds many others)
    for m in compress(matches, map(_READ_KINDS.__contains__, map(_kind_of, matches))):
        if m.kind in ("scale", "teen"):
            scales[m.start] = m
            continue
        if m.kind == "series_noun":
            series.add(m.start)
            continue
        if m.kind == "ordinal" and m.end - m.start > 1:
            ranked.update(range(m.start + 1, m.end))
            continue
        at = longest_at.get(m.kind)
        if at is not None:
            prev = at.get(m.start)
            if prev is None or m.end > prev.end:
                at[m.start] = m
    out: list[QuantitySpan] = []
    n = len(toks)
    # a figure can start only at a digit or at a number, vague or approximation word: only there is it tried
    digits = compress(range(n), map(str.isdigit, map(_first_char, toks)))  # (picked in C)
    starts = sorted(set(digits).union(words, vague_at, approx_at) - ranked)
    done = 0  # tokens before this one are taken by a figure already read
    for start in starts:
        if start < done:
            continue
        i = start
        approx = None
        a = approx_at.get(i)
        if a is not None and a.end < n:
            approx, i = a.payload.value, a.end
        parsed = _parse_at(toks, i, words, scales, vague_at, joins)
        if parsed is None:
            continue
        end, value, vague = parsed
        if value == 1 and vague is None and not toks[i][0].isdigit():  # a word of one, an article ("a", "an")
            if end in series:
                done = end  # "a wave of sectarian killing", "a string of attacks": a series, no count of one
                continue
            if approx == "less_than":
                # "under a car", "below a bridge": a place under something, not a bound on a count (no count is
                # below one); the article alone is the figure
                approx, start = None, i
        if start >= 2 and toks[start - 1] == "-" and toks[start - 2].isalpha() and len(toks[start - 2]) <= 3 \
                and toks[start][0].isdigit():
            done = end  # a model, not a count: "F-16", "MiG-29", "C-4", "BM-21"
            continue
        if end < n and toks[end] in ordinal and toks[end - 1][0].isdigit():
            done = end + 1  # a rank, not a count: "the 20th division", "the 1st brigade"
            continue
        if vague is not None:
            quantity = vague if approx is None else bound(vague.best or 0, approx)
        else:
            quantity = bound(value, approx)
            before = toks[start - 1] if start > 0 else ""
            if approx is None and before in opens and end < n:
                # "ما بين خمسة وسبعة", "between five and seven": one range, the lower figure its best
                # (also "ما بين سبع إلى تسع", "between five to seven")
                j = end + 1 if _joins(toks[end], joins) or toks[end] in to else end
                w = words.get(j)
                second = _parse_at(toks, j, words, scales, vague_at, joins) \
                    if j > end or w is not None and w.clitic == "و" else None
            elif approx in (None, "about") and end + 1 < n and before not in since and (
                    toks[end] in to or toks[end] == "-" and toks[end - 1].isdigit() and toks[end + 1].isdigit()
                    and value < 1000):  # (not years: "2016-2017")
                # "ثمانية إلى عشرة قتلى", "five to seven people": a range too; not "من ثمانية إلى عشرة", "from
                # eight to ten", which tell a figure that changed. So are two figures in digits joined by a hyphen
                # ("15-20 people") and a range after a word of about ("an estimated 15 to 20", "some 15-20")
                second = _parse_at(toks, end + 1, words, scales, vague_at, joins)
                second = second if second is None or toks[end] != "-" or second[0] == end + 2 else None
            else:
                second = None
            if second is not None and second[2] is None and second[1] > value:
                quantity, end = Quantity(low=value, best=value, high=second[1]), second[0]
        out.append(QuantitySpan(start, end, quantity, value))
        done = end
    return out


def _joins(tok: str, joins: Collection[str]) -> bool:
    """Whether ``tok`` joins the parts of a figure: a word of ``joins`` or a hyphen ("twenty-five")."""
    return tok == "-" or tok in joins


def _parse_at(toks, i, words, scales, vague_at, joins) -> tuple[int, int, Quantity | None] | None:
    """Parse a figure starting at token ``i``: (end, value, vague quantity or None); ``joins`` are the words
    that join its parts."""
    n = len(toks)
    if i >= n:
        return None
    v = vague_at.get(i)
    if v is not None:
        low, best, high = (int(x) if x else None for x in v.payload.value.split(","))
        return v.end, best or 0, Quantity(low, best, high)
    d = _digits(toks[i])
    if d is not None:
        end = i + 1
        scale = scales.get(end)
        if scale is not None and scale.kind == "scale":
            return scale.end, d * int(scale.payload.value), None
        return end, d, None
    w = words.get(i)  # (``words`` holds number words only)
    if w is None:
        return None
    total, end = int(w.payload.value), w.end
    # unit + عشر (teens), unit + scale (ثلاثة آلاف), then "و" + more number words
    while end < n:
        nxt = words.get(end)
        scale = scales.get(end)
        # (not joined by "و": "ما بين ثمانية وعشرة" is eight and ten, "ثماني عشرة" is eighteen)
        if scale is not None and scale.kind == "teen" and total < 10 and scale.clitic != "و":
            total, end = total + 10, scale.end
            continue
        # (nor a scale joined by "و": "ما بين مئة ومئة وخمسين" is a hundred and a hundred and fifty, not 10,050)
        if scale is not None and scale.kind == "scale" and 1 < total < 1000 and scale.clitic != "و":
            total, end = total * int(scale.payload.value), scale.end
            continue
        # conjunction: Arabic "و" as its own token or as a clitic on the next word; English "and" / hyphen
        joiner = _joins(toks[end], joins)
        j = end + 1 if joiner else end
        cand = words.get(j)
        # a unit before عشر is a teen: "مئة واثنا عشر" is 112; below a hundred it opens a figure of its own
        # ("بين عشرة واثني عشر" is ten and twelve, not 12)
        teen = scales.get(cand.end) if cand is not None else None
        teen = teen if teen is not None and teen.kind == "teen" and int(cand.payload.value) < 10 else None
        if cand is not None and (joiner or cand.clitic == "و") and not (teen and total < 100):
            add = int(cand.payload.value) + (10 if teen else 0)
            if add < total or (total < 10 and add >= 20):
                total, end = total + add, (teen.end if teen else cand.end)
                continue
        if nxt is not None and toks[i].isascii():
            add = int(nxt.payload.value)
            if total >= 20 and add < 10 or total >= 100 and add < 100:
                total, end = total + add, nxt.end
                continue
        break
    return end, total, None
