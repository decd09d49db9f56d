"""The library's front door: the example in marsad's docstring holds."""

import doctest

import marsad


def test_docstring_example():
    failures, tried = doctest.testmod(marsad)
    assert tried > 0 and failures == 0
