"""Marsad: Arabic-first conflict event extraction.

>>> import marsad
>>> result = marsad.extract("قتل ثلاثة جنود بانفجار عبوة ناسفة في المقدادية أمس", published="2021-03-14")
>>> [e.sub_event_type for e in result.events]
['Remote explosive/landmine/IED']
"""

from __future__ import annotations

from functools import lru_cache

from .errors import MarsadError
from .pipeline import Extraction, Pipeline
from .records import (
    Actor,
    Article,
    Claim,
    DateRange,
    Event,
    Evidence,
    Location,
    Quantity,
    Span,
)

__version__ = "0.1.0"
__all__ = [
    "Actor", "Article", "Claim", "DateRange", "Event", "Evidence", "Extraction", "Location", "MarsadError",
    "Pipeline", "Quantity", "Span", "default_pipeline", "extract",
]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline over the package's own knowledge files, loaded on first use."""
    from .settings import load_settings

    return Pipeline.from_data_dir(load_settings().data_dir)


def extract(text: str, published: str | None = None, lang: str | None = None) -> Extraction:
    """Events and claims of one article's text; ``published`` (YYYY-MM-DD) anchors relative dates."""
    return default_pipeline().extract(Article(text=text, published=published, lang=lang))
