from marsad.records import Article, record_from_json


def test_records_round_trip_through_json(pipeline):
    result = pipeline.extract(Article(
        text="قتل ثلاثة جنود وأصيب خمسة بانفجار عبوة ناسفة في قضاء المقدادية أمس. "
             "وسجلت المحافظة أكثر من 20 هجوما خلال الشهر الماضي في ديالى وكركوك.",
        published="2021-03-14"))
    assert result.events and result.claims
    for record in result.records():
        assert record_from_json(record.to_json()) == record


def test_article_id_is_stable_over_whitespace():
    assert Article(text="نص  المقال\n").article_id == Article(text="نص المقال").article_id
