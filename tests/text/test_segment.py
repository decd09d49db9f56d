from marsad.text.normalize import fold, fold_word
from marsad.text.segment import sentences, strip_proclitics, tokens


def test_sentences_split_on_arabic_and_latin_marks():
    text = fold_word("قتل جندي في الموصل. وأصيب آخرون؟ نعم\nسطر جديد")
    got = [s.tokens for s in sentences(text)]
    assert got == [("قتل", "جندي", "في", "الموصل"), ("واصيب", "اخرون"), ("نعم",), ("سطر", "جديد")]


def test_decimal_points_and_initials_do_not_end_a_sentence():
    text = "the u.s. embassy said 3.5 tons were seized. next"
    assert len(sentences(text)) == 2


def test_sentence_offsets_point_into_the_text():
    text = fold_word("انفجار في بغداد، وقتل اثنان")
    s = sentences(text)[0]
    assert [text[a:b] for a, b in zip(s.starts, s.ends)] == list(s.tokens)
    assert "," in s.tokens


def test_tokens_keep_numbers_whole():
    assert tokens("اكثر من 1,200 شخص و3.5 طن") == ["اكثر", "من", "1,200", "شخص", "و", "3.5", "طن"]


def test_proclitics_are_stripped_for_matching():
    assert "الموصل" in strip_proclitics("بالموصل")
    assert "الموصل" in strip_proclitics("وبالموصل")
    assert "الانبار" in strip_proclitics("للانبار")
    assert "يهاجم" in strip_proclitics("سيهاجم")
    assert "قد" in strip_proclitics("وقد")
    assert strip_proclitics("بغداد")[0] == "غداد"  # candidates only: the index decides


def test_arabic_initials_of_a_withheld_name_do_not_end_a_sentence():
    text = "اغتال مسلحون الناشط (م. ك.) قرب منزله في العمارة. وفر الجناة."
    assert len(sentences(text)) == 2
    # a lone letter at a sentence's end still ends it: "عام 2020 م. وقال"
    assert len(sentences("وقع ذلك عام 2020 م. وقال المصدر")) == 2
    # the last initial may go without its full stop before the bracket: "(ح. ع)"
    assert len(sentences("اغتال مسلحون الناشط (ح. ع) قرب منزله في العمارة. وفر الجناة.")) == 2


def test_approx_does_not_end_a_sentence():
    # "approx." before a time is an abbreviation, as "Sept." before a day
    text = "two rockets impacted inside the zone at approx. 2215hrs on 23 august. no casualties"
    assert len(sentences(text)) == 2


def test_a_list_bullet_opens_no_sentence():
    # a press release's list item reads as the sentence after its bullet
    text = "the ministry listed its raids:\n- in hit, two raids hit a depot.\n-- near baiji, a raid hit a truck."
    got = [s.tokens[0] for s in sentences(text)]
    assert got == ["the", "in", "near"]
    # a hyphen inside the sentence stays
    assert "-" in sentences("a car-bomb - the third - went off.")[0].tokens


def test_enlisted_ranks_do_not_end_a_sentence():
    # "Spc.", "Pfc.", "Pvt." before a soldier's name are abbreviations, as "Sgt." is
    text = "the blast wounded pfc. dana ruiz and killed pvt. omar lee near the gate. a second blast followed"
    assert len(sentences(text)) == 2


def test_a_full_stop_after_a_figure_ends_a_sentence():
    # "wounding 12. An hour later, ..." is two sentences (b15, en-dev37: a second car bomb read as the first's)
    text = "a mortar round killed two and wounded 12. an hour later, a bomb hit a bus in hilla."
    assert [s.tokens[0] for s in sentences(text)] == ["a", "an"]
    # a list item's number at a line's start ends nothing: "1. 12/03 - basra"
    text = "incidents:\n1. 12/03 - basra, a bomb hit a patrol.\n2. 14/03 - kut, gunmen killed a guard."
    assert [s.tokens[0] for s in sentences(text)] == ["incidents", "1", "2"]


def test_an_arabic_full_stop_with_no_space_after_it_ends_a_sentence():
    # pasted wire copy runs sentences together ("قوات الامن.وتأتي"): a full stop between two Arabic words of two
    # letters or more ends the sentence; initials ("د.ب.أ") and figures (3.5) do not
    text = fold("قتل ثلاثة من عناصر الشرطة.وتأتي الهجمات في وقت حساس. وقال لوكالة (د.ب.أ) إن النسبة 3.5 بالمئة.").text
    assert len(sentences(text)) == 3


def test_a_line_of_prose_broken_before_its_object_runs_on():
    # a site that wraps a sentence: the line opens on "and", holds eight words or more and no mark at all, so its
    # break is inside the sentence ("... فجر المسلحون ليلة أمس \n عبارتين على النهر")
    text = fold_word("وفي محاولة لعرقلة تقدم القطعات نحو مركز القضاء فجر المسلحون ليلة أمس\nعبارتين على النهر.")
    assert len(sentences(text)) == 1
    # a heading, a dateline or a short line still ends at its break
    for text in ("مقتل جنديين في كمين\nقتل جنديان في كمين قرب الحدود.", "عين اليوم – الموصل\nقتل جنديان.",
                 "وفي بغداد\nقتل جنديان.", "قتل جنديان في كمين قرب الحدود.\nوفي بغداد أصيب شرطي."):
        assert len(sentences(fold_word(text))) == 2, text
