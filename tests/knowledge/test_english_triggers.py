"""English event vocabulary of wire copy and military press releases: forms that must match, with their type and voice."""

from __future__ import annotations

import pytest

from marsad.records import Article
from marsad.text.normalize import fold_word
from marsad.text.segment import tokens


def _triggers(knowledge, phrase):
    """The trigger entries indexed for exactly ``phrase``."""
    toks = tuple(tokens(fold_word(phrase)))
    return [m.payload for m in knowledge.index.scan(toks)
            if m.kind == "trigger" and m.start == 0 and m.end == len(toks)]


@pytest.mark.parametrize(("phrase", "sub_event_type", "voice"), [
    ("gunbattle", "Armed clash", "noun"),
    ("small-arms fire", "Armed clash", "noun"),
    ("came under mortar fire", "Shelling/artillery/missile attack", "passive"),
    ("mortared", "Shelling/artillery/missile attack", "active"),
    ("air-strike", "Air/drone strike", "noun"),
    ("dynamic strikes", "Air/drone strike", "noun"),
    ("bomb went off", "Remote explosive/landmine/IED", "active"),
    ("was detonated", "Remote explosive/landmine/IED", "passive"),
    ("detonated his explosives", "Suicide bomb", "active"),
    ("gun down", "Attack", "active"),
    ("taken captive", "Abduction/forced disappearance", "passive"),
    ("staged a demonstration", "Peaceful protest", "active"),
    ("rendered safe", "Disrupted weapons use", "active"),
    ("retakes", "Government regains territory", "active"),
    ("overruns", "Non-state actor overtakes territory", "active"),
])
def test_wire_form_matches_with_its_type_and_voice(knowledge, phrase, sub_event_type, voice):
    assert (sub_event_type, voice) in {(t.sub_event_type, t.voice) for t in _triggers(knowledge, phrase)}


def _events(pipeline, text):
    return pipeline.extract(Article(text=text, published="2016-05-10")).events


def test_headline_present_tense_retakes(pipeline):
    (event,) = _events(pipeline, "Iraqi forces retakes Rutba from Islamic State")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.id == "iraq-security-forces"


def test_mortared_station_is_shelling(pipeline):
    (event,) = _events(pipeline, "Insurgents mortared a police station in the Adhamiya district of Baghdad on "
                                 "Tuesday, wounding three policemen.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_one_word_gunbattle_is_a_clash(pipeline):
    (event,) = _events(pipeline, "A gunbattle between police and gunmen in Mosul left four dead on Friday.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_bomb_squad_rendered_safe(pipeline):
    (event,) = _events(pipeline, "A bomb squad rendered safe two roadside devices on the highway north of Samarra "
                                 "on Thursday.")
    assert event.sub_event_type == "Disrupted weapons use"
