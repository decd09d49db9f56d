from datetime import date

import pytest

PUB = date(2020, 5, 10)  # a Sunday


def _dates(mentions, text, published=PUB):
    return [(d.range.start, d.range.end, d.range.precision) for d in mentions(text, published).dates()]


@pytest.mark.parametrize("text,expected", [
    ("خلال شهر أبريل/نيسان المنصرم", ("2020-04-01", "2020-04-30", "month")),
    ("في مايو (أيار) الماضي", ("2019-05-01", "2019-05-31", "month")),
    ("في 13 آذار 2021", ("2021-03-13", "2021-03-13", "day")),
    ("في 13 مارس 2021", ("2021-03-13", "2021-03-13", "day")),
    ("في كانون الثاني 2019", ("2019-01-01", "2019-01-31", "month")),
    ("في الثالث من تشرين الأول 2019", ("2019-10-03", "2019-10-03", "day")),
    ("منذ أكتوبر 2019", ("2019-10-01", "2020-05-10", "month")),
    ("في منتصف يونيو 2020", ("2020-06-11", "2020-06-20", "week")),
    ("في أواخر شباط", ("2020-02-21", "2020-02-29", "week")),
    ("هجوم أمس", ("2020-05-09", "2020-05-09", "day")),
    ("فجر اليوم", ("2020-05-10", "2020-05-10", "day")),
    ("الليلة الماضية", ("2020-05-09", "2020-05-09", "day")),
    ("أول أمس", ("2020-05-08", "2020-05-08", "day")),
    ("يوم الخميس", ("2020-05-07", "2020-05-07", "day")),
    ("الخميس الماضي", ("2020-05-07", "2020-05-07", "day")),
    ("الأسبوع الماضي", ("2020-04-27", "2020-05-03", "week")),
    ("الشهر المنصرم", ("2020-04-01", "2020-04-30", "month")),
    ("العام الماضي", ("2019-01-01", "2019-12-31", "year")),
    ("في العاشر من محرم 1442", ("2020-08-29", "2020-08-29", "day")),
    ("خلال شهر رمضان", ("2020-04-24", "2020-05-23", "month")),
    ("مساء الخامس عشر من شهر رمضان", ("2020-05-08", "2020-05-08", "day")),
    ("في 12 من شهر نيسان", ("2020-04-12", "2020-04-12", "day")),
    ("في عام 2014", ("2014-01-01", "2014-12-31", "year")),
    ("في السادس من الشهر الحالي", ("2020-05-06", "2020-05-06", "day")),
    ("في 3 من الشهر الماضي", ("2020-04-03", "2020-04-03", "day")),
    ("في فبراير (شباط) من العام الماضي", ("2019-02-01", "2019-02-28", "month")),
    ("في يوليو من عام 2005", ("2005-07-01", "2005-07-31", "month")),
    ("وفي 1994 قتل", ("1994-01-01", "1994-12-31", "year")),
    ("1994 - مواجهات في المنطقة", ("1994-01-01", "1994-12-31", "year")),
    ("on April 13, 2021", ("2021-04-13", "2021-04-13", "day")),
    ("yesterday", ("2020-05-09", "2020-05-09", "day")),
    ("last week", ("2020-04-27", "2020-05-03", "week")),
    ("on Thursday", ("2020-05-07", "2020-05-07", "day")),
])
def test_dates_resolve_against_publication(mentions, text, expected):
    assert expected in _dates(mentions, text)


@pytest.mark.parametrize("text,expected", [
    # a month named "next" (المقبل) without a year is the first such month after publication
    ("قبل الخامس من أيلول المقبل", ("2020-09-05", "2020-09-05", "day")),
    ("في آذار المقبل", ("2021-03-01", "2021-03-31", "month")),
])
def test_a_next_month_is_ahead_of_publication(mentions, text, expected):
    assert expected in _dates(mentions, text)


def test_relative_dates_need_a_publication_date(mentions):
    assert _dates(mentions, "هجوم أمس", published=None) == []


def test_ab_is_august_only_as_a_date(mentions):
    assert _dates(mentions, "قال الأب إن ابنه") == []
    assert ("2019-08-05", "2019-08-05", "day") in _dates(mentions, "في 5 آب 2019")


def test_english_may_is_a_month_only_with_a_day(mentions):
    assert _dates(mentions, "militants may attack") == []
    assert ("2020-05-03", "2020-05-03", "day") in _dates(mentions, "on May 3")


def test_english_march_is_a_month_only_when_a_date_word_leads(mentions):
    # "a protest march", "the march" are no month; "in March", "March 3" are
    assert _dates(mentions, "workers organised a protest march to the ministry") == []
    assert _dates(mentions, "they said the march would start at noon") == []
    assert ("2020-03-01", "2020-03-31", "month") in _dates(mentions, "in March")
    assert ("2020-03-03", "2020-03-03", "day") in _dates(mentions, "on March 3")


def test_english_homograph_month_before_an_event_noun_is_the_month(mentions):
    # "a March bombing", "the May attack": an article, the month, an event noun
    assert ("2020-03-01", "2020-03-31", "month") in _dates(mentions, "victims of a March bombing in Hilla")
    assert ("2020-05-01", "2020-05-31", "month") in _dates(mentions, "after the May attack on the base")
    # still no month: the modal before a verb, a march with no article before it
    assert _dates(mentions, "gunmen may attack the convoy") == []
    assert _dates(mentions, "students march towards the square") == []


def test_english_weekday_of_a_week_and_next_to(mentions):
    # PUB is a Sunday: Monday of last week is 27 April; "Monday next to a convoy" is last Monday, not the coming one
    assert ("2020-04-27", "2020-04-27", "day") in _dates(mentions, "on Monday of last week")
    assert ("2020-05-04", "2020-05-04", "day") in _dates(mentions, "on Monday next to a convoy")


def test_english_part_of_a_month_with_a_hyphen(mentions):
    assert ("2020-05-11", "2020-05-20", "week") in _dates(mentions, "in mid-May")


@pytest.mark.parametrize("text", ["الشهر المقبل", "العام المقبل", "الخميس المقبل", "في شباط من العام المقبل",
                                  "next month", "next year"])


def test_a_day_past_the_calendar_is_no_date(mentions, text):
    # a publication date on the calendar's last day: a date counted past it does not exist, and is dropped
    # rather than raising (or giving a year no date can be read from)
    assert _dates(mentions, text, date(9999, 12, 31)) == []


def test_a_tally_published_on_the_last_day_is_read(pipeline):
    # a tally ("more than 45 held ... next month") reads the sentence's dates: none past the calendar
    from marsad.records import Article

    for text in ("اعتقلت القوات الأمنية أكثر من 45 مطلوبا خلال الشهر المقبل في ديالى.",
                 "Police arrested 45 suspects next month in Diyala."):
        result = pipeline.extract(Article(text=text, published="9999-12-31"))
        assert all(e.date is None or e.date.start <= "9999-12-31" for e in result.events)


def test_the_fourth_day_of_a_sit_in_is_no_date(mentions):
    # "لليوم الرابع على التوالي": a count of days, not today; "أمس الأحد" in the same sentence still dates
    spans = _dates(mentions, "واصل المعتصمون لليوم الرابع على التوالي اعتصامهم بعدما تجمعوا أمس السبت")
    assert spans == [("2020-05-09", "2020-05-09", "day")]


def test_most_pressing_need_is_no_yesterday(mentions):
    # "بأمس الحاجة": the elative أمسّ (most pressing), no date; a yesterday in the same sentence still dates
    assert _dates(mentions, "النازحون بأمس الحاجة إلى الدواء والماء") == []
    assert _dates(mentions, "وصلت أمس قافلة إلى النازحين الذين هم في أمس الحاجة إليها") == [
        ("2020-05-09", "2020-05-09", "day")]


def test_a_weekday_then_day_word_and_a_date_names_that_date(mentions):
    # "خطبة الجمعة يوم 3 آذار 1989": the Friday of that date, not the latest Friday before publication
    assert _dates(mentions, "ألقى الخطيب خطبة الجمعة يوم 3 آذار 1989 في المسجد الكبير") == [
        ("1989-03-03", "1989-03-03", "day")]


def test_a_weekday_named_with_a_relative_day_wins_when_they_disagree(mentions):
    # a feed dated a day late (PUB is a Sunday): "أمس الجمعة" is Friday, not Saturday; "اليوم (السبت)" Saturday
    assert _dates(mentions, "انفجرت عبوة أمس الجمعة قرب السوق") == [("2020-05-08", "2020-05-08", "day")]
    assert _dates(mentions, "أعلنت الوزارة اليوم (السبت) اعتقال خلية") == [("2020-05-09", "2020-05-09", "day")]
    # when they agree nothing moves
    assert _dates(mentions, "انفجرت عبوة أمس السبت قرب السوق") == [("2020-05-09", "2020-05-09", "day")]


def test_english_part_of_a_year(mentions):
    # "in late 2019": the last third of the year, at the year's precision
    assert ("2019-09-01", "2019-12-31", "year") in _dates(mentions, "the unrest that swept the south in late 2019")
    assert ("2018-01-01", "2018-04-30", "year") in _dates(mentions, "in early 2018")


@pytest.mark.parametrize("text,expected", [
    ("قبل يومين", [("2020-05-08", "2020-05-08", "day")]),
    ("قبل ثلاثة أيام", [("2020-05-07", "2020-05-07", "day")]),
    ("قبل 4 أيام", [("2020-05-06", "2020-05-06", "day")]),
    ("قبل أسبوع", [("2020-04-30", "2020-05-06", "week")]),
    ("two days ago", [("2020-05-08", "2020-05-08", "day")]),
    ("a week ago", [("2020-04-30", "2020-05-06", "week")]),
    ("قبل أيام", []),  # how many days is untold
    ("days ago", []),
    ("قبل يومين من الانتخابات", []),  # two days before the election, not before publication
    ("خطفوه قبل أسبوع من أمام منزله", [("2020-04-30", "2020-05-06", "week")]),  # "from in front of": where, no anchor
    ("قبل خمس سنوات", [("2015-01-01", "2015-12-31", "year")]),  # years back: the year it fell in
    ("قبل عامين", [("2018-01-01", "2018-12-31", "year")]),
    ("four years ago", [("2016-01-01", "2016-12-31", "year")]),
    ("a year ago", [("2019-01-01", "2019-12-31", "year")]),  # a single year or month (s19 p4)
    ("three months ago", [("2020-02-07", "2020-02-13", "week")]),
    # "this week" right after is the week counted back, no date of its own (s19 p4)
    ("one year ago this week", [("2019-01-01", "2019-12-31", "year")]),
])
def test_a_span_counted_back_from_publication_is_a_date(mentions, text, expected):
    assert _dates(mentions, text) == expected


def test_english_weekday_then_a_week(mentions):
    # PUB is a Sunday (10 May): "on Friday next week" is 15 May, "on Tuesday last week" 28 April; told on a Thursday
    # (7 May), "on Friday next week" is 15 May, not the next day
    assert ("2020-05-15", "2020-05-15", "day") in _dates(mentions, "a rally on Friday next week")
    assert ("2020-04-28", "2020-04-28", "day") in _dates(mentions, "on Tuesday last week")
    assert ("2020-05-15", "2020-05-15", "day") in _dates(mentions, "a rally on Friday next week", date(2020, 5, 7))


def test_a_season_of_a_year(mentions):
    # "في صيف 2014", "in summer 2017": the season's months, at the year's precision; a season alone is no date
    assert ("2014-06-01", "2014-08-31", "year") in _dates(mentions, "اجتاح المسلحون البلدة في صيف 2014")
    assert ("2017-09-01", "2017-11-30", "year") in _dates(mentions, "وانسحبت القوات في خريف عام 2017")
    assert ("2017-06-01", "2017-08-31", "year") in _dates(mentions, "the town fell in summer 2017")
    assert _dates(mentions, "تشتد المعارك في الصيف") == []


def test_a_log_entry_opened_by_day_and_month_in_figures(mentions):
    # "14/03 - Basra: ...": an incident log's entry opens on its day and month, day first
    assert ("2020-03-14", "2020-03-14", "day") in _dates(mentions, "14/03 - Basra: a grenade was thrown at a house.")
    assert ("2019-03-14", "2019-03-14", "day") in _dates(mentions, "14/03/2019 - Basra: a grenade was thrown.")
    # a month still to come this year is last year's
    assert ("2019-11-02", "2019-11-02", "day") in _dates(mentions, "02/11 - Kirkuk: a clash was reported.")
    # figures with a slash elsewhere are no date: a score, a ratio, a reference number
    assert not _dates(mentions, "The council voted 14/03 - a clear majority.")
    assert not _dates(mentions, "14/03 of the members voted against.")
    # a numbered item of a digest opens on it too, with a comma or a dash after it
    assert ("2020-04-07", "2020-04-07", "day") in _dates(mentions, "3. 07/04, Anbar, Rutba district.")
    assert ("2020-04-07", "2020-04-07", "day") in _dates(mentions, "3. 07/04 - Anbar / Rutba district.")


def test_a_weekday_said_to_fall_on_a_date_is_that_date(mentions):
    # "يوم الخميس الموافق 14 أيار": the coming Thursday the date names, not the Thursday just past
    assert _dates(mentions, "تظاهرة يوم الخميس الموافق 14 أيار") == [("2020-05-14", "2020-05-14", "day")]
    assert _dates(mentions, "وقفة يوم الثلاثاء المقبل المصادف الثاني عشر من أيار") == [
        ("2020-05-12", "2020-05-12", "day")]
    # the date told as an ordinal right after the weekday, with no "الموافق" (ar-dev41-010 read the Friday just past)
    assert _dates(mentions, "اعتصام مساء السبت السادس عشر من أيار") == [("2020-05-16", "2020-05-16", "day")]


@pytest.mark.parametrize("text,expected", [
    ("قبل العاشر من حزيران المقبل", ("2020-06-10", "2020-06-10", "day")),
    ("في 20 أيلول المقبل", ("2020-09-20", "2020-09-20", "day")),
    ("في شباط المقبل", ("2021-02-01", "2021-02-28", "month")),
])
def test_a_month_named_as_coming_is_ahead_of_publication(mentions, text, expected):
    # "المقبل" after a month without a year: the coming such month, not the latest one before publication
    assert expected in _dates(mentions, text)


@pytest.mark.parametrize("text,expected", [
    # the computed Hijri calendar puts 17 Ramadan 1441 on Sunday 10 May; the writer's Saturday is meant
    ("هجوم أمس السبت الموافق 17 رمضان 1441", ("2020-05-09", "2020-05-09", "day")),
    ("هجوم يوم الخميس الموافق 13 رمضان 1441", ("2020-05-07", "2020-05-07", "day")),
])
def test_a_hijri_day_one_off_the_weekday_told_beside_it_gives_way_to_the_weekday(mentions, text, expected):
    assert _dates(mentions, text) == [expected]


def test_a_year_before_a_when_clause_is_a_year_told(mentions):
    # "back to 2014, when ...": the year a "when" clause describes; a bare figure elsewhere is no year
    assert ("2014-01-01", "2014-12-31", "year") in _dates(mentions, "shopkeepers think back to 2014, when the "
                                                                     "militants held the market")
    assert ("2009-01-01", "2009-12-31", "year") in _dates(mentions, "it was 2009 when the bridge was bombed")
    assert _dates(mentions, "the fund paid 2014 families last month") == [("2020-04-01", "2020-04-30", "month")]


def test_english_weekend(mentions):
    # told on a Tuesday (12 May 2020), "over the weekend" is the Saturday and Sunday just past (9-10 May), "last
    # weekend" the same; told on the Sunday itself (PUB, 10 May), "at the weekend" is this one and "last weekend"
    # the one before
    tuesday = date(2020, 5, 12)
    assert ("2020-05-09", "2020-05-10", "week") in _dates(mentions, "clashes over the weekend", tuesday)
    assert ("2020-05-09", "2020-05-10", "week") in _dates(mentions, "clashes last weekend", tuesday)
    assert ("2020-05-09", "2020-05-10", "week") in _dates(mentions, "a blast at the weekend")
    assert ("2020-05-02", "2020-05-03", "week") in _dates(mentions, "a blast last weekend")


def test_two_days_of_one_month_name_the_days_between(mentions):
    # "on 4 and 5 April", "from 2 to 6 April": the first day to the last, not the last alone
    assert _dates(mentions, "the roads were closed on 4 and 5 April") == [("2020-04-04", "2020-04-05", "day")]
    assert _dates(mentions, "patrols ran from 2 to 6 April") == [("2020-04-02", "2020-04-06", "day")]
    assert _dates(mentions, "killed 3 and wounded 7 on 5 April")[-1] == ("2020-04-05", "2020-04-05", "day")

def test_a_weekday_then_in_and_a_date_names_that_date(mentions):
    # "خلال صلاة الجمعة في 17 نيسان": the Friday told is that date, not the latest Friday
    found = _dates(mentions, "انفجرت العبوة خلال صلاة الجمعة في 17 نيسان الماضي")
    assert ("2020-04-17", "2020-04-17", "day") in found
    assert ("2020-05-08", "2020-05-08", "day") not in found


def test_overnight_is_the_night_into_publication_day(mentions):
    # "overnight": the night from the day before publication into its small hours, both days
    assert ("2020-05-09", "2020-05-10", "day") in _dates(mentions, "A pipeline was blown up overnight near the port.")
    # with its weekday named ("overnight Friday") the day named stands alone
    assert ("2020-05-08", "2020-05-08", "day") in _dates(mentions, "Gunmen raided a farm overnight Friday.")


def test_after_midnight_last_night_is_the_next_day(mentions):
    # "بعد منتصف ليل أمس": past the midnight that ends yesterday, the small hours of publication's day
    found = _dates(mentions, "سقطت قذائف على السوق بعد منتصف ليل أمس")
    assert ("2020-05-10", "2020-05-10", "day") in found
    assert ("2020-05-09", "2020-05-09", "day") not in found
    # of the day before yesterday: yesterday's small hours
    assert ("2020-05-09", "2020-05-09", "day") in _dates(mentions, "قصفت الطائرات الجسر بعد منتصف ليل أول من أمس")
    # "ليل أمس" alone stays yesterday
    assert ("2020-05-09", "2020-05-09", "day") in _dates(mentions, "قصفت الطائرات الجسر ليل أمس")


def test_the_night_of_the_publications_weekday_is_the_night_just_past(mentions):
    # published on a Sunday: "ليلة الأحد" opens on Saturday evening, the night just past, not later that Sunday
    assert _dates(mentions, "انفجرت عبوة ناسفة ليلة الأحد قرب سوق شعبي") == [("2020-05-09", "2020-05-09", "day")]
    # another weekday's night is that weekday, and a plain weekday is unchanged
    assert _dates(mentions, "انفجرت عبوة ناسفة ليلة الجمعة قرب سوق شعبي") == [("2020-05-08", "2020-05-08", "day")]
    assert _dates(mentions, "انفجرت عبوة ناسفة صباح الأحد قرب سوق شعبي") == [("2020-05-10", "2020-05-10", "day")]


def test_a_weekday_told_as_a_habit_is_no_date(mentions):
    # s19 p4: "every Friday" tells what is done week after week, no day
    assert _dates(mentions, "the families rally at the court house every Friday") == []
    assert ("2020-05-08", "2020-05-08", "day") in _dates(mentions, "the families rallied at the court house on Friday")


def test_a_span_of_years(mentions):
    # s19 p4: "between 2015 and 2018", "from 2015 to 2018" are the years from the first to the last
    assert _dates(mentions, "the families of those abducted between 2015 and 2018") == [("2015-01-01", "2018-12-31", "year")]
    assert _dates(mentions, "those abducted from 2015 to 2018") == [("2015-01-01", "2018-12-31", "year")]


def test_today_restated_in_brackets_as_yesterday_is_yesterday(mentions):
    # "ظهر اليوم (أمس)": the quote's "today", which the paper restates in brackets as its own day: one expression,
    # the day in brackets (the event told after it in the quote, "أعدم ... ظهر اليوم (أمس)", is yesterday's)
    assert _dates(mentions, "قال الضابط إن المسلحين هاجموا القرية ظهر اليوم (أمس) بالهاونات") == [
        ("2020-05-09", "2020-05-09", "day")]
    assert _dates(mentions, "وقال إن القوة داهمت المنزل صباح اليوم (أول من أمس)") == [
        ("2020-05-08", "2020-05-08", "day")]


def test_bare_ab_is_august_with_last_or_a_word_of_time(mentions):
    # s19 h66a: آب (August) without شهر or a day is a month when "last"/"next" follows it or a word of time leads it;
    # alone it stays "father"
    assert ("2019-08-01", "2019-08-31", "month") in _dates(mentions, "خلال آب الماضي")
    assert not _dates(mentions, "قال أب الضحية")


def test_a_year_period_right_after_the_month_is_the_dates_year(mentions):
    # r12 (2015 corpus): "العام الماضي" / "last year" written straight after a day and month, with no "من" before it,
    # gives that date its year; the day alone had been read as this year's
    assert _dates(mentions, "وفي الرابع من مايو (أيار) العام الماضي اقتحم المسلحون البلدة") == [
        ("2019-05-04", "2019-05-04", "day")]
    assert _dates(mentions, "Gunmen stormed the town on May 4 last year") == [("2019-05-04", "2019-05-04", "day")]


@pytest.mark.parametrize("text,day", [
    ("the convoy was hit on the 3rd of March near Baiji", "2021-03-03"),
    ("protesters gathered again on the 22nd of February", "2021-02-22"),
])
def test_english_ordinal_figure_of_month_is_the_day(mentions, text, day):
    # "the 3rd of March": the rank letters split off the figure do not leave only the month
    assert (day, day, "day") in _dates(mentions, text, date(2021, 3, 20))


def test_a_date_written_in_figures_with_a_hijri_year_is_that_day(mentions):
    # s21 r5: Gulf papers write a past day all in figures, the Hijri year marked by هـ ("في 7 - 3 - 1428هـ"): that
    # day, not the weekday told beside it ("يوم الاثنين الموافق 7 - 3 - 1428هـ")
    assert _dates(mentions, "وفي 7 - 3 - 1428هـ أعلنت الوزارة توقيف خلية في المدينة") == [
        ("2007-03-26", "2007-03-26", "day")]
    assert _dates(mentions, "وقع ذلك يوم الاثنين الموافق 7 - 3 - 1428هـ في أطراف البلدة") == [
        ("2007-03-26", "2007-03-26", "day")]
    assert _dates(mentions, "بتاريخ 9/3/1428 هـ أعلنت الوزارة توقيف خلية في المدينة") == [
        ("2007-03-28", "2007-03-28", "day")]
    assert ("2020-05-09", "2020-05-09", "day") in _dates(mentions, "قتل 3 - 2 من المسلحين أمس")


def test_a_night_told_by_its_two_days_spans_both(mentions):
    # s23 dupes: "ليل الجمعة - السبت", the night from Friday into Saturday, is dated by writers to either day (and told
    # again with "السبت" alone): both days
    assert _dates(mentions, "قصفت المقاتلات مخابئ في الجبال ليل الجمعة - السبت") == [
        ("2020-05-08", "2020-05-09", "day")]
    assert _dates(mentions, "تسللت مجموعة مسلحة إلى القرية ليلة الخميس على الجمعة") == [
        ("2020-05-07", "2020-05-08", "day")]
    # one night's day alone, or two days that are not a night's, stay single days
    assert _dates(mentions, "قصفت المقاتلات مخابئ في الجبال ليل الجمعة") == [("2020-05-08", "2020-05-08", "day")]
    assert ("2020-05-08", "2020-05-09", "day") not in _dates(mentions, "قصفت المقاتلات مخابئ ليل الجمعة - الأحد")
    # past the midnight of such a night: the second day
    assert _dates(mentions, "قصفت المدفعية البلدة بعد منتصف ليل الخميس - الجمعة") == [("2020-05-08", "2020-05-08", "day")]
def test_the_night_from_one_weekday_into_the_next_spans_both_days(mentions):
    # "ليل الجمعة السبت", "ليلة الجمعة إلى السبت": the night from Friday into Saturday, both days (a strike told
    # so and again as "Saturday" is one strike)
    assert _dates(mentions, "قصفت الطائرات ليل الجمعة السبت مواقع قرب الحدود") == [("2020-05-08", "2020-05-09", "day")]
    assert _dates(mentions, "قصفت الطائرات ليلة الجمعة إلى السبت مواقع قرب الحدود") == [
        ("2020-05-08", "2020-05-09", "day")]
    # two weekdays that do not follow each other are no night
    assert ("2020-05-08", "2020-05-09", "day") not in _dates(mentions, "قصفت الطائرات ليل الجمعة الأحد مواقع")


def test_the_night_before_last_is_two_days_back(mentions):
    # "الليلة قبل الماضية": the night before last, from two days before publication into the day before (not the
    # publication day), as a night named by its two days spans both
    assert _dates(mentions, "صدت القوات هجوما على قرية في ساعة متأخرة من الليلة قبل الماضية") == [
        ("2020-05-08", "2020-05-09", "day")]


def test_an_early_hijri_year_is_a_year_of_history(mentions):
    # "سنة 40 هجرية", "عام 61 للهجرة": a Hijri year before 1300 with its era word is the Gregorian years
    # it spans, so a killing told with it is history, not news of the publication day
    assert _dates(mentions, "اغتال الخوارج الخليفة في مسجد الكوفة سنة 40 هجرية") == [("0660-01-01", "0661-12-31", "year")]
    assert _dates(mentions, "سقط الحسين وأصحابه في كربلاء عام 61 للهجرة") == [("0680-01-01", "0681-12-31", "year")]
    # a bare small figure stays no date
    assert _dates(mentions, "قتل 40 مسلحا في اشتباك قرب المدينة") == []


def test_an_english_old_year_after_the_year_is_history(mentions):
    # "in the year 680": a year before 1900 told after "the year" is old history, the whole year
    assert _dates(mentions, "The imam was killed in battle at Karbala in the year 680") == [
        ("0680-01-01", "0680-12-31", "year")]
    # a bare small figure stays no date
    assert _dates(mentions, "The army said 680 militants were killed in the battle") == []
def test_an_english_year_told_with_its_era_is_a_year_of_history(mentions):
    # "in 661 AD", "in 1258 CE", "61 AH": a year with its era word is that year (history), its figure no toll
    assert _dates(mentions, "The caliph was struck down at the mosque of Kufa in 661 AD.") == [
        ("0661-01-01", "0661-12-31", "year")]
    assert _dates(mentions, "Hulagu's army sacked the city in 1258 CE.") == [("1258-01-01", "1258-12-31", "year")]
    assert _dates(mentions, "The imam fell at Karbala in the year 61 AH.") == [("0680-01-01", "0681-12-31", "year")]
    # a bare small figure stays no date
    assert _dates(mentions, "Militants killed 61 soldiers near the city.") == []


@pytest.mark.parametrize("text", [
    "The militia said it would hit the base again in the coming days.",
    "Officials expect the offensive to begin within days.",
    "The union said its members would march in the next few days.",
])
def test_the_coming_days_run_from_publication_to_a_week_after(mentions, text):
    # a near time ahead: from the publication day (2020-05-10) to a week after it
    assert _dates(mentions, text) == [("2020-05-10", "2020-05-17", "week")]


def test_a_day_told_by_its_rank_alone_is_the_last_such_day_up_to_publication(mentions):
    # "on the 7th," with no month: this month's 7th (published 2020-05-10); a day still to come is last month's
    assert _dates(mentions, "On the 7th, gunmen shot a shopkeeper dead in Kut.") == [
        ("2020-05-07", "2020-05-07", "day")]
    assert _dates(mentions, "A mortar round hit a farm near Balad on the 23rd.") == [
        ("2020-04-23", "2020-04-23", "day")]
    # a rank before a noun is no day
    assert _dates(mentions, "Soldiers of the 7th brigade searched the orchards on the 7th brigade's orders.") == []


def test_past_the_midnight_of_a_named_night_is_the_day_after_it(mentions):
    # "بعد منتصف ليل الخميس" in a Sunday's report (2020-05-10): the small hours after Thursday, Friday 05-08
    assert _dates(mentions, "تهدم الجسر جراء غارات جوية بعد منتصف ليل الخميس") == [("2020-05-08", "2020-05-08", "day")]
    # the bare weekday, or its night with no midnight told, stays that day
    assert _dates(mentions, "تهدم الجسر جراء غارات جوية ليل الخميس") == [("2020-05-07", "2020-05-07", "day")]
