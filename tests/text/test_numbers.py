import pytest

from marsad.records import Quantity


def _quantities(mentions, text):
    view = mentions(text)
    return [q.quantity for q in view.quantities()]


@pytest.mark.parametrize("text,value", [
    ("قتل 12 شخصا", 12),
    ("قتل ١٥ شخصا", 15),
    ("قتل ثلاثة جنود", 3),
    ("قتل خمسة عشر مدنيا", 15),
    ("قتل خمسة وعشرون شخصا", 25),
    ("قتل ثلاثين شخصا", 30),
    ("اعتقلت القوات تسعاً وعشرين مطلوباً", 29),  # the accusative unit with its alif (tanween)
    ("سقط مئة وخمسون جريحا", 150),
    ("نزح ثلاثة آلاف شخص", 3000),
    ("نزح 3 آلاف شخص", 3000),
    ("twenty-five people were killed", 25),
    ("three soldiers were killed", 3),
])
def test_exact_figures(mentions, text, value):
    assert Quantity(value, value, value) in _quantities(mentions, text)


def test_more_than_has_no_upper_bound(mentions):
    assert _quantities(mentions, "نفذ أكثر من 20 هجوما") == [Quantity(21, 21, None)]


def test_at_least(mentions):
    assert _quantities(mentions, "قتل ما لا يقل عن سبعة أشخاص") == [Quantity(7, 7, None)]
    assert _quantities(mentions, "at least seven people died") == [Quantity(7, 7, None)]


def test_about_keeps_only_the_best_figure(mentions):
    assert _quantities(mentions, "قتل نحو 20 شخصا") == [Quantity(None, 20, None)]
    assert _quantities(mentions, "أصيب قرابة ثلاثين") == [Quantity(None, 30, None)]


def test_vague_amounts_are_ranges(mentions):
    assert _quantities(mentions, "سقط العشرات بين قتيل وجريح")[0] == Quantity(20, 20, 99)
    assert _quantities(mentions, "dozens were wounded")[0] == Quantity(24, 24, 99)


def test_model_designation_is_no_count(mentions):
    """"F-16" names a jet, it does not count anything."""
    assert [q.best for q in _quantities(mentions, "Iraqi F-16 jets killed five militants")] == [5]


def test_english_dozens_count_twelve(mentions):
    assert _quantities(mentions, "killed more than two dozen protesters") == [Quantity(25, 25, None)]
    assert Quantity(12, 12, 12) in _quantities(mentions, "a dozen soldiers were wounded")


def test_between_two_figures_is_one_range(mentions):
    # "between five and seven" is one count of five to seven, not five and seven added up
    assert _quantities(mentions, "قتل ما بين خمسة وسبعة مسلحين") == [Quantity(5, 5, 7)]
    assert _quantities(mentions, "شهدت بين 6 و 8 هجمات") == [Quantity(6, 6, 8)]
    assert _quantities(mentions, "between five and seven people were killed") == [Quantity(5, 5, 7)]
    # "to" joins them too: "ما بين سبع إلى تسع حالات"
    assert _quantities(mentions, "وثق ما بين سبع إلى تسع حالات") == [Quantity(7, 7, 9)]
    assert _quantities(mentions, "between five to seven people were killed") == [Quantity(5, 5, 7)]


def test_two_figures_joined_by_to_are_one_range(mentions):
    # without "between" too: "ثمانية إلى عشرة قتلى", "five to seven people" is a range, its lower figure the best
    assert _quantities(mentions, "قتل ثمانية إلى عشرة أشخاص") == [Quantity(8, 8, 10)]
    assert _quantities(mentions, "five to seven people were killed") == [Quantity(5, 5, 7)]
    assert _quantities(mentions, "killed 12 to 15 soldiers") == [Quantity(12, 12, 15)]


def test_from_one_figure_to_another_is_a_change_not_a_range(mentions):
    # "from eight to ten" tells a figure that rose: two figures, the second the new one
    assert _quantities(mentions, "ارتفع العدد من ثمانية إلى عشرة") == [Quantity(8, 8, 8), Quantity(10, 10, 10)]
    assert _quantities(mentions, "the toll rose from eight to ten") == [Quantity(8, 8, 8), Quantity(10, 10, 10)]
    # and a smaller figure after "to" is no range's top
    assert _quantities(mentions, "the vote was ten to two") == [Quantity(10, 10, 10), Quantity(2, 2, 2)]


def test_a_range_to_a_teen_in_words(mentions):
    # "بين عشرة واثني عشر": ten to twelve (a unit before عشر opens a teen of its own), not 10 + 2
    assert Quantity(10, 10, 12) in _quantities(mentions, "قتل ما بين عشرة واثني عشر مسلحا")
    assert Quantity(112, 112, 112) in _quantities(mentions, "قتل مئة واثنا عشر شخصا")


def test_a_unit_and_ten_joined_by_wa_are_two_figures_not_a_teen(mentions):
    # "ما بين ثمانية وعشرة": eight to ten; only عشر/عشرة right after the unit, with no "و", makes a teen
    assert _quantities(mentions, "قتل ما بين ثمانية وعشرة أشخاص") == [Quantity(8, 8, 10)]
    assert _quantities(mentions, "قتل ثمانية عشر شخصا") == [Quantity(18, 18, 18)]
    assert _quantities(mentions, "قتلت ثماني عشرة امرأة") == [Quantity(18, 18, 18)]


def test_a_feminine_ordinal_teen_is_no_count_of_ten(mentions):
    # "في الثالثة عشرة من عمرها": an age told by an ordinal; its عشرة counts nothing
    assert _quantities(mentions, "أصيبت فتاة في الثالثة عشرة من عمرها بشظايا") == []


def test_a_scale_joined_by_wa_multiplies_nothing(mentions):
    # "ومئة" after a figure opens a second figure (a range's upper end), it does not scale the first: not 20,000
    assert _quantities(mentions, "نزحت ما بين مئة ومئة وعشرين عائلة") == [Quantity(100, 100, 120)]
    assert _quantities(mentions, "أحرقوا ما بين ألف وألف وخمسمئة دونم") == [Quantity(1000, 1000, 1500)]


def test_under_an_article_is_a_place_not_a_bound(mentions):
    # "under a truck": no count below one; the article is the figure
    assert Quantity(0, 0, 0) not in _quantities(mentions, "a bomb placed under a truck killed the driver")
    assert _quantities(mentions, "under 20 people were hurt") == [Quantity(0, 19, 19)]


def test_an_article_before_a_series_noun_is_no_count(mentions):
    # "a string of killings": a series, not one
    assert Quantity(1, 1, 1) not in _quantities(mentions, "the blast set off a string of killings")


def test_a_hyphened_pair_of_figures_and_an_estimated_range_are_ranges(mentions):
    # "15-20 people", "an estimated 15 to 20": one range, its lowest figure the best (not the upper one)
    assert _quantities(mentions, "police said 30-40 people died in the fire") == [Quantity(30, 30, 40)]
    assert Quantity(6, 6, 9) in _quantities(mentions, "an estimated six to nine guards were shot")
    assert Quantity(11, 11, 13) in _quantities(mentions, "some 11-13 fighters were buried")
    # not a span of years
    assert Quantity(2014, 2014, 2015) not in _quantities(mentions, "the 2014-2015 fighting left ruins")
