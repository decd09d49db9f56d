"""The pipeline's own helpers."""

import re

from marsad.pipeline import detect_lang


def _counted(text: str) -> str:
    """The rule detect_lang follows, counted in full: Arabic when Arabic letters are at least half the Latin."""
    arabic = sum(map(len, re.findall(r"[\u0621-\u064a]+", text[:4000])))
    latin = sum(map(len, re.findall(r"[A-Za-z]+", text[:4000])))
    return "ar" if arabic >= latin * 0.5 and arabic > 0 else "en"


def test_language_is_told_by_the_letters_whatever_shortcut_is_taken():
    texts = ["قتل ثلاثة في بغداد", "Three were killed in Baghdad", "", "2024 - 15", "داعش ISIS",
             "قال Reuters إن", "ab " + "ع" * 5, "abcd " + "ع" * 2 + " 12345", "ع" * 10 + " " * 20,
             "ع" * 10 + " " * 21, "ع" * 10 + "x" * 21, "ع" * 10 + "x" * 20, "x" * 3990 + "ع" * 20,
             # the commonest letters alone a third of the text, or just short of it
             "ملون" + " " * 8, "ملون" + "x" * 9, "ملون" + "x" * 8, "والي" * 1000 + "x" * 10]
    for text in texts:
        assert detect_lang(text) == _counted(text), text


def test_extraction_pauses_the_collector_and_restores_its_state(pipeline):
    # the cyclic collector is paused for an article only: left on if it was on, left off if the caller turned it off
    import gc

    from marsad.records import Article

    article = Article(text="قتل مسلحون ثلاثة مدنيين في الموصل أمس.", published="2015-03-02", lang="ar")
    assert gc.isenabled()
    assert pipeline.extract(article).events
    assert gc.isenabled()
    gc.disable()
    try:
        assert pipeline.extract(article).events
        assert not gc.isenabled()
    finally:
        gc.enable()
