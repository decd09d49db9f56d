"""The phrase index: what a scan finds, in its order, whatever it remembers between scans."""

from __future__ import annotations

from marsad.knowledge.matcher import Match, PhraseIndex, _candidates


def _plain_scan(index: PhraseIndex, toks: tuple[str, ...]) -> list[Match]:
    """Every phrase tried at every token, every length: what `PhraseIndex.scan` must find, in the same order."""
    out = []
    for i, tok in enumerate(toks):
        for stem, clitic in _candidates(tok):
            for k, by_rest in index._index.get(stem, ()):
                if i + 1 + k <= len(toks):
                    for kind, payload in by_rest.get(toks[i + 1:i + 1 + k], ()):
                        out.append(Match(i, i + 1 + k, kind, payload, clitic))
    return out


def _index() -> PhraseIndex:
    index = PhraseIndex()
    for phrase, kind, payload in (("في", "preposition", "in"), ("في وقت سابق", "past", "earlier"),
                                  ("في وقت", "period", "at a time"), ("قوات الامن", "actor", "security"),
                                  ("قوات", "actor", "forces"), ("الموصل", "place", "mosul"),
                                  ("bomb", "trigger", "bomb"), ("car bomb", "trigger", "car bomb"),
                                  ("car", "vehicle", "car")):
        index.add(phrase, kind, payload)
    return index


def test_scan_finds_every_phrase_in_order_with_its_clitic():
    index = _index()
    toks = ("وفي", "وقت", "سابق", "دخلت", "قوات", "الامن", "بالموصل", "في", "car", "bomb", "car")
    found = index.scan(toks)
    assert found == _plain_scan(index, toks)
    assert Match(0, 3, "past", "earlier", "و") in found
    assert Match(6, 7, "place", "mosul", "ب") in found
    assert index.scan(toks) == found  # the second scan, from what the index remembers, is the same


def test_a_phrase_added_after_a_scan_is_found():
    index = _index()
    toks = ("في", "وقت", "لاحق", "قوات", "التحالف")
    index.scan(toks)
    index.add("في وقت لاحق", "future", "later")
    index.add("التحالف", "actor", "coalition")
    found = index.scan(toks)
    assert found == _plain_scan(index, toks)
    assert Match(0, 3, "future", "later", "") in found
    assert Match(4, 5, "actor", "coalition", "") in found


def test_future_verbs_are_read_from_a_known_verb_after_the_prefix():
    # سـ + a present prefix + a verb the lexicon knows is a future verb; a noun with the same opening letters is not
    from marsad.extract.mentions import future_verbs
    toks = ("وسيتوجهون", "الى", "سيارة", "قرب", "سيطرة", "سيناء", "ستمدد", "سياسيون")
    found = future_verbs({}, toks, {"توجه", "مدد"})
    assert [m.start for m in found] == [0, 6]
    assert found[0].clitic == "وس"
