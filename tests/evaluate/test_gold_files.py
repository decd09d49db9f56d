"""The project's gold files speak the knowledge's language: every actor id, type, code and district exists.

A renamed actor or district would otherwise turn gold labels into silent misses; this names the line to mend.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluate import read_gold
from marsad.knowledge.lexicon import EVENT_TYPES

GOLD_DIR = Path(__file__).resolve().parents[2] / "bench" / "gold"
# the gold files, and second annotators' labellings of some of them (bench/gold/agreement/)
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl")) + sorted((GOLD_DIR / "agreement").glob("*.jsonl"))


def label_problems(path: Path, knowledge) -> list[str]:
    """Each label of a gold file that the knowledge files do not know, as 'file: id: field value'."""
    admin1_codes = {p.admin1_code for p in knowledge.places.values() if p.admin1_code}
    districts = {p.admin2 for p in knowledge.places.values() if p.admin2}
    problems = []
    for article in read_gold(path):
        where = f"{path.name}: {article.id}"
        for event in article.events:
            checks = (
                ("actor1", event.actor1, event.actor1 is None or event.actor1 in knowledge.actors),
                ("actor2", event.actor2, event.actor2 is None or event.actor2 in knowledge.actors),
                ("sub_event_type", event.sub_event_type, event.sub_event_type in EVENT_TYPES[event.event_type]),
                ("admin1_code", event.admin1_code, event.admin1_code is None or event.admin1_code in admin1_codes),
                ("admin2", event.admin2, event.admin2 is None or event.admin2 in districts),
                ("date_end", event.date_end, (event.date_start or "") <= (event.date_end or "9999")),
            )
            problems += [f"{where}: {field} {value!r}" for field, value, ok in checks if not ok]
        for claim in article.claims:
            if claim.actor1 is not None and claim.actor1 not in knowledge.actors:
                problems.append(f"{where}: claim actor1 {claim.actor1!r}")
            problems += [f"{where}: claim admin1 {code!r}" for code in claim.admin1_codes if code not in admin1_codes]
    return problems


def test_the_gold_folder_has_files():
    assert len(GOLD_FILES) >= 4


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_label_is_known_to_the_knowledge_files(path, knowledge):
    assert label_problems(path, knowledge) == []


def test_an_unknown_actor_or_district_is_named(tmp_path, knowledge):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x-1", "text": "t", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",'
        ' "status": "occurred", "actor1": "no-such-actor", "admin1_code": "IQ-BG", "admin2": "Atlantis"}]}\n',
        encoding="utf-8",
    )
    assert label_problems(bad, knowledge) == ["bad.jsonl: x-1: actor1 'no-such-actor'", "bad.jsonl: x-1: admin2 'Atlantis'"]
