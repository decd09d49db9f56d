"""The Arabic event vocabulary: inflected forms of the core verbs, nouns and fixed phrases are found with the
right type and voice (invented sentences)."""

from __future__ import annotations

import pytest

from marsad.knowledge.lexicon import load_knowledge
from marsad.text.normalize import fold_word
from marsad.text.segment import tokens


@pytest.fixture(scope="module")
def index():
    return load_knowledge().index


def _triggers(index, sentence: str):
    """The trigger matches of a sentence, as (matched words, sub-event type, voice)."""
    toks = tuple(tokens(fold_word(sentence)))
    return {(" ".join(toks[m.start:m.end]), m.payload.sub_event_type, m.payload.voice)
            for m in index.scan(toks) if m.kind == "trigger"}


@pytest.mark.parametrize("sentence,words,sub_type,voice", [
    # present tense and dual of fixed verb phrases
    ("قال شهود إن مسلحين يفتحون النار على سيارة مدنية", "يفتحون النار", "Armed clash", "active"),
    ("وكان الجنديان قد تعرضا لهجوم قرب السد", "تعرضا لهجوم", "Armed clash", "passive"),
    ("والخلايا تنصب كمينا للدوريات ليلا", "تنصب كمينا", "Armed clash", "active"),
    # dual construct and definite dual nouns
    ("سقطت قذيفتا هاون على سوق شعبي", "قذيفتا", "Shelling/artillery/missile attack", "noun"),
    ("وأسفر أحد التفجيرين عن أضرار", "التفجيرين", "Remote explosive/landmine/IED", "noun"),
    ("عثر على قنبلتين يدويتين في حقيبة", "قنبلتين يدويتين", "Grenade", "noun"),
    # plural objects of planting, the third-person plural of air strikes
    ("وذكر المصدر أنهم زرعوا عبوات على جانب الطريق", "زرعوا عبوات", "Remote explosive/landmine/IED", "active"),
    ("وقالت مصادر محلية إن طياري التحالف نفذوا غارات على القرية", "نفذوا غارات", "Air/drone strike", "active"),
    # the passive of a raid, the accusative of sniping
    ("دوهمت دار المتهم فجرا", "دوهمت", "Arrests", "passive"),
    ("قتل الرجل قنصا على الطريق", "قنصا", "Attack", "noun"),
    # organising a sit or a march names a protest, not a drone ("مسيرة")
    ("نظمت مسيرة تطالب بفرص العمل", "نظمت مسيرة", "Peaceful protest", "active"),
    ("نظموا وقفة قرب الجامعة", "نظموا وقفة", "Peaceful protest", "active"),
    ("أبطلوا مفعول جسم غريب قرب المدرسة", "أبطلوا مفعول", "Disrupted weapons use", "active"),
    ("تشاجروا في السوق بالعصي", "تشاجروا", "Mob violence", "active"),
])
def test_an_inflected_form_is_found_with_its_type_and_voice(index, sentence, words, sub_type, voice):
    assert (fold_word(words), sub_type, voice) in _triggers(index, sentence)
