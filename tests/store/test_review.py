"""Analyst review in the library: a missing event is the one NotFound error, as the CLI and web app show it."""

from __future__ import annotations

import pytest

from marsad.errors import MarsadError, NotFound
from marsad.store.review import review


def test_review_of_a_missing_event_is_not_found(store):
    with store.begin() as conn, pytest.raises(NotFound) as caught:
        review(conn, "k-0000000000000000", "confirm", "Layla")
    # a MarsadError like every user-facing error: the CLI prints it as one line
    assert isinstance(caught.value, MarsadError) and str(caught.value) == "no event k-0000000000000000"
