from marsad.text.normalize import fold, fold_word


def test_folds_letter_forms_and_digits():
    assert fold_word("أإآٱ") == "اااا"
    assert fold_word("مدرسة") == "مدرسه"
    assert fold_word("مستشفى") == "مستشفي"
    assert fold_word("مسؤول") == "مسوول"
    assert fold_word("٢٠٢٠") == "2020"
    assert fold_word("۱۲") == "12"
    assert fold_word("ISIS") == "isis"


def test_removes_diacritics_and_tatweel():
    assert fold_word("هُجُومًا") == "هجوما"
    assert fold_word("الـمـوصـل") == "الموصل"


def test_offsets_map_back_to_the_original():
    original = "سُجِّل أكثر من ٢٠ هجومًا في الـموصل"
    f = fold(original)
    start = f.text.index("الموصل")
    end = start + len("الموصل")
    assert original[f.to_original(start):f.to_original_end(end)] == "الـموصل"
    h = f.text.index("هجوما")
    assert original[f.to_original(h):f.to_original_end(h + len("هجوما"))] == "هجومًا"


def test_text_without_deletions_maps_to_itself():
    f = fold("قتل ثلاثة جنود")
    assert [f.to_original(i) for i in range(5)] == [0, 1, 2, 3, 4]


def test_folding_character_by_character_equals_one_translation():
    # fold replaces each distinct character in turn: right only while no folded form is folded again
    from marsad.text import normalize
    assert not normalize._FOLDED_CHARS.intersection(normalize._FOLD_PAIRS.values())
    text = "أعلنت إدارة آمرلي: ١٢ قتيلاً في «الهجوم» على قرية ABC ۳"
    assert normalize._fold_chars(text) == text.translate(normalize._TABLE)


def test_folds_kurdish_letters_to_their_arabic_forms():
    # Kurdish outlets' Arabic services keep Sorani letters in names: كۆیە is كويه (Koya), ڕانیە is رانيه
    assert fold_word("كۆیە") == "كويه"
    assert fold_word("ڕانیە") == "رانيه"
    assert fold_word("زرگوێز") == "زركويز"
