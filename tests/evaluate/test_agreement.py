"""A second annotator's labels scored against the gold file: the annotators' agreement."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import InputError
from marsad.evaluate import evaluate_agreement

BOMB = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
        "status": "occurred", "date_start": "2021-03-13", "date_end": "2021-03-13", "actor1": None,
        "actor2": "iraq-army", "admin1_code": "IQ-DI", "admin2": "Al-Muqdadiya", "place": None, "fatalities": 3}
RAID = {"event_type": "Strategic developments", "sub_event_type": "Arrests", "status": "occurred",
        "date_start": "2021-03-12", "date_end": "2021-03-12", "actor1": "iraq-police", "actor2": None,
        "admin1_code": "IQ-BG", "admin2": None, "place": None, "fatalities": None}
TALLY = {"actor1": "isis", "event_type": "Battles", "count_low": 21, "count_high": None,
         "date_start": "2020-04-01", "date_end": "2020-04-30", "admin1_codes": ["IQ-AN", "IQ-NI"]}


def _article(ident, events, claims=()):
    return {"id": ident, "lang": "ar", "published": "2021-03-14", "text": f"نص المقال {ident}",
            "events": list(events), "claims": list(claims)}


def _write(path, articles):
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles), encoding="utf-8")
    return path


def test_the_same_labels_agree_on_everything(tmp_path, knowledge):
    articles = [_article("a", [BOMB, RAID], [TALLY]), _article("b", [])]
    report = evaluate_agreement(_write(tmp_path / "a.jsonl", articles), _write(tmp_path / "b.jsonl", articles),
                                knowledge.actors)
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 0, 0)
    assert (report.claims.tp, report.claims.fp, report.claims.fn) == (1, 0, 0)
    assert all(acc.value == 1.0 for acc in report.event_fields.values() if acc.total)
    assert report.claim_fields["admin1_codes"].value == 1.0


def test_a_second_annotator_who_skips_an_event_and_counts_otherwise(tmp_path, knowledge):
    gold = _write(tmp_path / "gold.jsonl", [_article("a", [BOMB, RAID]), _article("b", [])])
    second = _write(tmp_path / "second.jsonl", [_article("a", [dict(BOMB, fatalities=4)]),
                                                _article("b", [dict(RAID, date_start="2021-03-14",
                                                                    date_end="2021-03-14")])])
    report = evaluate_agreement(gold, second, knowledge.actors)
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 1)
    assert report.events.f1 == pytest.approx(0.5)
    assert (report.event_fields["fatalities"].correct, report.event_fields["fatalities"].total) == (0, 1)
    assert report.event_fields["admin2"].value == 1.0


def test_every_article_must_be_labelled_by_both(tmp_path, knowledge):
    gold = _write(tmp_path / "gold.jsonl", [_article("a", [BOMB]), _article("b", [])])
    second = _write(tmp_path / "second.jsonl", [_article("a", [BOMB])])
    with pytest.raises(InputError, match=r"second.jsonl.*article\(s\) b of .*gold.jsonl are not labelled"):
        evaluate_agreement(gold, second, knowledge.actors)


def test_an_unknown_actor_of_the_second_file_is_named(tmp_path, knowledge):
    gold = _write(tmp_path / "gold.jsonl", [_article("a", [BOMB])])
    second = _write(tmp_path / "second.jsonl", [_article("a", [dict(BOMB, actor1="the-bombers")])])
    with pytest.raises(InputError, match=r"second.jsonl: a.*actor 'the-bombers' is not an id of actors.tsv"):
        evaluate_agreement(gold, second, knowledge.actors)


def test_cli_scores_the_second_annotator_in_marsads_place(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [_article("a", [BOMB, RAID])])
    second = _write(tmp_path / "second.jsonl", [_article("a", [BOMB])])
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--against", str(second), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)[str(gold)]
    assert (figures["events"]["tp"], figures["events"]["fp"], figures["events"]["fn"]) == (1, 0, 1)


def test_cli_against_needs_exactly_one_gold_file(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [_article("a", [BOMB])])
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(gold), "--against", str(gold)])
    assert result.exit_code == 2 and "exactly one gold file" in result.output
