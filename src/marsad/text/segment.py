"""Sentences and tokens over folded text, and Arabic proclitic stripping for matching."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from ..records import fast_init

# A token is a run of letters, a number (with inner separators), or one symbol
# that matters for parsing (slash, parentheses, percent, hyphen, comma).
_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[/()%\-,]")
# A sentence ends at . ! ? ; or a line break, unless the full stop sits inside a
# number (3.5), closes a list item's number at a line's start ("1. 22/09 - Ninewa"), closes a one-letter abbreviation (U.S.), or closes a month or a
# title shortened before a name or a day ("Sept. 14", "Maj. Gen. Yahya Rasool").
_ABBREVIATIONS = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "sgt", "cpl", "spc", "pfc", "pvt",
                            "cmdr", "rep",
                            "sen", "approx"))
# The look-behinds follow the first mark, not precede it, and both ends (a mark, a line break) open on one
# character class: a pattern that opens on a class lets the regex engine skip ahead to the next candidate
# character instead of trying every position (a class per alternative does not: 2.5x fewer instructions).
# (an Arabic full stop with no space after it, between two words of two letters or more, ends a sentence too: pasted
# wire copy, "قوات الامن.وتأتي اعمال العنف"; initials such as "د.ب.أ" have one letter before the stop)
_SENTENCE_END_RE = re.compile(r"[.!?;\n](?:(?<=[.!?;])(?<!\b[a-z][.!?;])[.!?;]*(?=\s|$|[\"')\]])"
                              r"|(?<=[\u0621-\u064a]{2}\.)(?=[\u0621-\u064a]{2})"
                              r"|(?<=\n)\s*)")
_WORD_BEFORE_RE = re.compile(r"\b([a-z]{2,6})$")
# Arabic initials that stand for a withheld name, "الناشط (م. ك.)", "(ح. ع)": a lone letter's full stop followed
# by another initial (with or without its own stop before the bracket) or by the closing bracket ends no sentence
_INITIAL_NEXT_RE = re.compile(r"\s?[\u0621-\u064a][.)]|\)")


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of folded text: its folded span and its tokens (folded offsets)."""

    start: int
    end: int
    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def sentences(folded: str) -> list[Sentence]:
    """Split folded text into sentences with their tokens; empty sentences are dropped."""
    out: list[Sentence] = []
    # the text is tokenized in one pass and each sentence takes its slice: no token crosses a sentence end (an end
    # mark is followed by a space, a quote, a bracket or the end of the text, none of which a token holds, and a
    # full stop in a figure ends nothing), so the tokens are those of each sentence tokenized alone
    # split on the tokens, kept: [gap, token, gap, token, ..., gap]; the running sum of the parts' lengths gives each
    # token's start and end, all in C (no match object per token)
    parts = _TOKEN_SPLIT_RE.split(folded)
    offsets = tuple(accumulate(map(len, parts)))
    tokens = _Tokens(tuple(parts[1::2]), offsets[0:-1:2], offsets[1::2])
    first = 0  # the first token of the sentence being read
    for m in _SENTENCE_END_RE.finditer(folded):
        at = m.start()
        if at and m.group() == ".":  # (a lone full stop may end no sentence: told apart by the character before it)
            before = folded[at - 1]
            if "a" <= before <= "z":
                word = _WORD_BEFORE_RE.search(folded, max(0, at - 7), at)
                if word is not None and word.group(1) in _ABBREVIATIONS:
                    continue  # "Sept. 14", "Maj. Gen."
            elif "0" <= before <= "9":
                if _list_number(folded, at):
                    continue  # a list item's number, "1. 22/09 - Ninewa": the item is one sentence
            elif "\u0621" <= before <= "\u064a" and at > 1 and folded[at - 2] in " (" \
                    and _INITIAL_NEXT_RE.match(folded, m.end()):
                continue  # "(م. ك.)"
        elif at and folded[at] == "\n" and _runs_on(folded, at):
            continue  # "وفي محاولة لإيقاف زحف القوات ... فجر عناصر داعش أمس\nجسرين": a line broken inside its sentence
        first = _add_sentence(folded, tokens, first, m.end(), out)
    _add_sentence(folded, tokens, first, len(folded), out)
    return out


# the fewest words of a line with no mark at all, opening on "and", whose break runs on into the next line
RUN_ON_WORDS = 8


def _runs_on(folded: str, brk: int) -> bool:
    """Whether the line break at ``brk`` falls inside a sentence (a site that wraps its text): the line before it is
    prose that opens on "and" (و، ف), holds `RUN_ON_WORDS` words or more and no mark that ends a sentence, not even at
    its end (a comma may close it), and the next line opens on no "and", bullet or dash of its own (a heading, a
    dateline, a caption or a list item is short or opens otherwise)."""
    i = brk - 1
    while i >= 0 and folded[i] in " \t\xa0":
        i -= 1
    if i < 0 or folded[i] in ".!?;:\"')]*":
        return False
    line = folded[folded.rfind("\n", 0, brk) + 1:brk].split()
    if len(line) < RUN_ON_WORDS or line[0][:1] not in "وف" or any(w[-1:] in ".!?;:" for w in line):
        return False
    j = brk  # (the next line's first mark, read in place: no copy of the rest of the text per break)
    while j < len(folded) and folded[j].isspace():
        j += 1
    return j < len(folded) and folded[j] not in "*-وف"


def _list_number(folded: str, stop: int) -> bool:
    """Whether the figure before the full stop at ``stop`` opens its line (a numbered list item's number)."""
    i = stop - 1
    while i >= 0 and "0" <= folded[i] <= "9":
        i -= 1
    while i >= 0 and folded[i] in " \t":
        i -= 1
    return i < 0 or folded[i] == "\n"


# the tokens as the separators of a split, the same tokens as `_TOKEN_RE` read faster: the look-ahead turns away
# the gaps with one test, and a word's run of Arabic or lower-case Latin letters is read with a range test, not
# the slow Unicode category test of "a letter" that takes the rest of the word (a fifth fewer instructions)
_TOKEN_SPLIT_RE = re.compile(r"(?=[\w/()%\-,])([\u0621-\u064aa-z]+[^\W\d_]*|[^\W\d_]+|\d+(?:[.,:]\d+)*|[/()%\-,])")


class _Tokens(NamedTuple):
    """The tokens of a whole text and their folded offsets."""

    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def _add_sentence(folded: str, tokens: _Tokens, first: int, end: int, out: list[Sentence]) -> int:
    """Add the sentence of tokens ``first`` up to folded offset ``end`` (if it holds any); the token after it."""
    starts = tokens.starts
    after = bisect_left(starts, end, first)
    if after == first:
        return after
    # a list item's bullet opens no sentence: "- Near Mosul, four strikes engaged ..." (a press release's strike
    # list) reads as the sentence after it
    while tokens.tokens[first] == "-" and first + 1 < after:
        first += 1
    # trim the sentence span to its first and last visible character
    s, e = starts[first], end
    while e > s and folded[e - 1].isspace():
        e -= 1
    out.append(Sentence(s, e, tokens.tokens[first:after], starts[first:after], tokens.ends[first:after]))
    return after


def tokens(folded: str) -> list[str]:
    """The tokens of a folded string (used to turn lexicon phrases into token tuples)."""
    return _TOKEN_RE.findall(folded)


@lru_cache(maxsize=100_000)
def strip_proclitics(token: str) -> tuple[str, ...]:
    """Matching candidates for an Arabic token with its proclitics removed, longest first.

    ``وبالموصل`` gives ``بالموصل``, ``الموصل``; ``للانبار`` gives ``الانبار``
    (لل stands for ل + ال); ``وسيهاجم`` gives ``سيهاجم``, ``يهاجم``.
    """
    out: list[str] = []
    t = token
    if t[0] not in "وفبلكس":
        return ()
    if len(t) > 2 and t[0] in "وف":
        t = t[1:]
        out.append(t)
    if len(t) > 3 and t[0] == "ل" and t[1] == "ل":
        out.append("ا" + t[1:])
    if len(t) > 3 and t[0] in "بلكس":
        out.append(t[1:])
    return tuple(out)
