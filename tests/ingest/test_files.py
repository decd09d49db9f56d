import json

from marsad.ingest.files import MAX_ARTICLE_CHARS, iter_inputs
from marsad.ingest.html import html_to_article_fields

PAGE = """<!doctype html><html><head><title>T</title>
<meta property="article:published_time" content="2021-03-14T10:00:00Z">
<script>alert('x')</script><style>p{}</style></head>
<body><p>الفقرة الأولى.</p><p>الفقرة الثانية<br>سطر</p><script>document.write('bad')</script></body></html>"""


def test_html_keeps_paragraphs_and_drops_scripts():
    fields = html_to_article_fields(PAGE)
    assert "alert" not in fields["text"] and "document.write" not in fields["text"]
    assert "الفقرة الأولى.\n\nالفقرة الثانية\nسطر" in fields["text"]
    assert fields["published"] == "2021-03-14"
    assert fields["title"] == "T"


def test_a_folder_goes_on_past_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("قتل جندي في الموصل", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "d.html").write_text(PAGE, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    ok = {i.source_id for i in items if i.article}
    bad = {i.source_id: str(i.error) for i in items if i.error}
    assert ok == {str(tmp_path / "a.txt"), str(tmp_path / "d.html")}
    assert "empty" in bad[str(tmp_path / "b.txt")]
    assert "binary" in bad[str(tmp_path / "c.txt")]


def test_jsonl_reports_a_malformed_line_and_reads_the_rest(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": "نص", "published": "2020-01-02", "lang": "ar"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "three", "content": "text", "published": "yesterday"}),
        json.dumps({"id": "four", "title": "no text"}),
        json.dumps({"id": "five", "text": "x", "pub_date": "2019-05-06 10:00"}),
    ]), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert items[0].article.published == "2020-01-02" and items[0].source_id == "one"
    assert str(items[1].error).startswith(f"{path}:2: not valid JSON")
    assert "'yesterday' is not an ISO date" in str(items[2].error)
    assert 'no article text: give a "text" field' in str(items[3].error)
    assert items[4].article.published == "2019-05-06"


def test_published_option_overrides_the_file():
    import io
    data = json.dumps({"id": "x", "text": "نص", "published": "2001-01-01"}).encode()
    (item,) = iter_inputs(["-"], published="2020-05-10", stdin=io.BytesIO(data))
    assert item.article.published == "2020-05-10"


def test_an_oversized_article_is_refused_not_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("كلمة " * (MAX_ARTICLE_CHARS // 4), encoding="utf-8")
    (item,) = iter_inputs([str(path)])
    assert "over the" in str(item.error) and "split it" in str(item.error)


def test_a_missing_path_is_an_error_item():
    (item,) = iter_inputs(["/no/such/file.txt"])
    assert "no such file" in str(item.error)
