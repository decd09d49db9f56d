"""Every knowledge file loads, and a bad entry is reported with its file and line."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from marsad.errors import KnowledgeError
from marsad.knowledge.lexicon import (
    DATA_DIR, EVENT_TYPES, load_actors, load_knowledge, load_places, load_triggers, load_words,
)

CORE_ACTORS = [line.split("\t")[0] for line in (DATA_DIR.parent.parent.parent / "docs" / "actor-ids.txt")
               .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_actors_cover_the_core_ids_and_the_minimum():
    actors = load_actors(DATA_DIR / "actors.tsv")
    assert len(actors) >= 80
    assert set(CORE_ACTORS) <= set(actors)
    assert actors["isis"].actor.kind == "Rebel group"


def test_triggers_cover_every_conflict_sub_event_type_in_both_languages():
    triggers = load_triggers(DATA_DIR / "triggers.tsv")
    for lang in ("ar", "en"):
        covered = {(t.event_type, t.sub_event_type) for t in triggers if t.lang == lang}
        for event_type, subs in EVENT_TYPES.items():
            for sub in subs:
                if sub in ("Chemical weapon", "Sexual violence", "Other"):
                    continue
                assert (event_type, sub) in covered, f"{lang}: no trigger for {event_type} / {sub}"


def test_places_cover_iraq_in_depth():
    places = load_places(DATA_DIR / "places.tsv")
    iraq = [p for p in places.values() if p.country == "Iraq"]
    levels = Counter(p.level for p in iraq)
    assert len({p.admin1_code for p in iraq if p.level == "admin1"}) == 18
    assert levels["admin2"] >= 100
    assert levels["place"] >= 250
    for country in ("Syria", "Iran", "Turkey", "Jordan", "Saudi Arabia", "Kuwait"):
        assert any(p.country == country and p.level == "admin1" for p in places.values()), country


def test_words_load():
    words = load_words(DATA_DIR / "words.tsv")
    assert {w.category for w in words} >= {"number", "month", "hijri_month", "day_offset", "negation", "claim"}


def test_everything_loads_into_one_index():
    assert load_knowledge().index.scan(("داعش",))[0].payload == "isis"


@pytest.fixture
def data_copy(tmp_path):
    for f in DATA_DIR.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


def _corrupt(path, line_number, new_line):
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line_number - 1] = new_line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _first_entry_line(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [i for i, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    return data[1]  # data[0] is the header


@pytest.mark.parametrize("name,bad,message", [
    ("actors.tsv", "x\tX\tس\tWarlords\tIraq\t\t\t", "kind 'Warlords'"),
    ("actors.tsv", "only\ttwo", "expected 8 TAB-separated fields"),
    ("triggers.tsv", "ar\tهجوم\tBattles\tSuicide bomb\tnoun\t2", "sub_event_type 'Suicide bomb'"),
    ("triggers.tsv", "ar\tهجوم\tBattles\tArmed clash\tnoun\t5", "weight '5'"),
    ("places.tsv", "zz\tplace\tX\tس\tIraq\tIQ-AN\tAl Anbar\t\t133.0\t43.0\t\t\tno\t", "lat '133.0'"),
    ("places.tsv", "zz\ttown\tX\tس\tIraq\tIQ-AN\tAl Anbar\t\t33.0\t43.0\t\t\tno\t", "level 'town'"),
    ("words.tsv", "ar\tcolour\tأحمر\t", "category 'colour'"),
    ("words.tsv", "ar\tcapital\tبغداد\tbaghdad-government", "actor 'baghdad-government'"),
    ("presumed_targets.tsv", "turkey-military\tExplosions/Remote violence\tIQ-ZZ\tpkk", "admin1_code 'IQ-ZZ'"),
    ("presumed_targets.tsv", "turkey-military\tExplosions/Remote violence\t\tno-such-group", "actor2 'no-such-group'"),
    ("hosted_sites.tsv", "no-such-place\tcoalition", "place_id 'no-such-place'"),
    ("hosted_sites.tsv", "iq-ar-p-harir\tno-such-force", "actor2 'no-such-force'"),
    ("presumed_strikers.tsv", "kdpi\tExplosions/Remote violence\tno-such-force", "actor1 'no-such-force'"),
    ("presumed_strikers.tsv", "kdpi\tAirstrikes\tiran-military", "event_type 'Airstrikes'"),
])
def test_a_bad_entry_names_its_file_and_line(data_copy, name, bad, message):
    path = data_copy / name
    line = _first_entry_line(path)
    _corrupt(path, line, bad)
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(data_copy)
    assert f"{path}:{line}" in str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize("name,message", [
    ("actors.tsv", "duplicate actor id"),
    ("words.tsv", "duplicate row: .* is already on line {first}"),  # reported at the second line, naming the first
    ("triggers.tsv", "duplicate row: .* is already on line {first}"),
])
def test_an_entry_written_twice_is_reported(data_copy, name, message):
    path = data_copy / name
    first = _first_entry_line(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [lines[first - 1]]) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"{name}:{len(lines) + 1}: " + message.format(first=first)):
        load_knowledge(data_copy)


def test_a_spelling_that_folds_to_a_listed_row_is_a_duplicate(data_copy):
    # "مئه" folds as "مئة" does: the index would hold the word twice and match it twice
    path = data_copy / "words.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "ar\tnumber\tمئه\t100\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="duplicate row"):
        load_knowledge(data_copy)


def test_a_wrong_header_is_reported(data_copy):
    path = data_copy / "triggers.tsv"
    text = path.read_text(encoding="utf-8").replace("\tsub_event_type\t", "\tsubtype\t", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="header must be"):
        load_knowledge(data_copy)


def test_the_same_word_with_another_value_is_a_contradiction(data_copy):
    # "شخص" counts one person in the file; a second row giving it no count would leave the value to chance
    path = data_copy / "words.tsv"
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text == "ar\tperson\tشخص\t1")
    path.write_text(path.read_text(encoding="utf-8") + "ar\tperson\tشخص\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"duplicate row: ar person 'شخص' is already on line {line}"):
        load_knowledge(data_copy)


def test_a_place_whose_short_form_alone_needs_context():
    # needs_context "short": one row holds the Green Zone; its one-word form الخضراء ("green") needs context,
    # the full name المنطقة الخضراء does not
    zone = load_places(DATA_DIR / "places.tsv")["iq-bg-p-green-zone"]
    assert "الخضراء" in zone.aliases
    assert zone.needs_context_for(1) and not zone.needs_context_for(2)
    dora = load_places(DATA_DIR / "places.tsv")["iq-bg-p-dora"]  # a plain "yes": every form needs context
    assert dora.needs_context_for(1) and dora.needs_context_for(2)
@pytest.mark.parametrize("bad,message", [
    ("en\tseries_rank\tfiftieth\tL", "series_rank 'fiftieth' must be one word with a whole number as its value"),
    ("en\tspan_count\ta few\t3", "span_count 'a few' must be one word with a whole number as its value"),
    ("en\tshare_word\tmost of\t", "share_word 'most of' must be one word"),
])
def test_a_bad_word_kind_row_names_its_line(data_copy, bad, message):
    # the kinds moved out of the rules' code: a count must be a whole number, a token kind one word
    path = data_copy / "words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [bad]) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"words.tsv:{len(lines) + 1}: " + message):
        load_knowledge(data_copy)
