"""Shared fixtures: the package's knowledge loaded once per test session."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from marsad.extract.mentions import SentenceMentions, scan
from marsad.knowledge.lexicon import Knowledge, load_knowledge
from marsad.pipeline import Pipeline
from marsad.settings import load_settings
from marsad.text.normalize import fold
from marsad.text.segment import sentences

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(load_settings().data_dir)


@pytest.fixture(scope="session")
def pipeline(knowledge) -> Pipeline:
    return Pipeline(knowledge)


@pytest.fixture(scope="session")
def mentions(knowledge):
    """Mentions of the first sentence of a text: ``mentions("...", date(2020, 5, 10))``."""

    def _mentions(text: str, published: date | None = None) -> SentenceMentions:
        return scan(sentences(fold(text).text)[0], knowledge.index, published)

    return _mentions


def shared_file(relative: str) -> Path:
    """A file of the shared reference data; in CI its absence is a failure, not a skip."""
    path = SHARED / relative
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have the shared reference data beside the checkout")
        pytest.skip(f"{path} is not on this machine (set MARSAD_SHARED to the shared data folder)")
    return path
