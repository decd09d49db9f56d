"""The state `_event`'s steps share: one object per event word, with a fixed set of fields."""

import dataclasses

import pytest

from marsad.extract.reading import TriggerReading


def _reading() -> TriggerReading:
    return TriggerReading(trigger=None, triggers=[], lo=0, hi=5, places=[], whole=False, entry=None, english=True,
                          weak_seizing=False)


def test_later_fields_start_empty_until_a_step_fills_them():
    reading = _reading()
    assert reading.agent is None and reading.status == "" and reading.fatalities is None and not reading.placed


def test_a_misspelt_field_is_an_error_not_a_new_attribute():
    # the steps write many fields; slots make a typo ("reading.agnet = ...") fail at once instead of being lost
    reading = _reading()
    with pytest.raises(AttributeError):
        reading.agnet = None


def test_every_field_a_step_fills_has_a_default():
    given = {"trigger", "triggers", "lo", "hi", "places", "whole", "entry", "english", "weak_seizing"}
    for field in dataclasses.fields(TriggerReading):
        if field.name not in given:
            assert field.default is not dataclasses.MISSING, field.name
