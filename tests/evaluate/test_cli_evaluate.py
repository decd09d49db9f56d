"""`marsad evaluate` end to end on a small gold file whose one event the extractor gets right."""

import json

from click.testing import CliRunner

from marsad.cli import main

ARTICLE = {
    "id": "one", "lang": "ar", "published": "2021-03-14",
    "text": "قتل ثلاثة جنود من الجيش العراقي بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى أمس.",
    "events": [{"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
                "status": "occurred", "date_start": "2021-03-13", "date_end": "2021-03-13", "actor1": None,
                "actor2": "iraq-army", "admin1_code": "IQ-DI", "admin2": "Al-Muqdadiya", "place": None,
                "fatalities": 3}],
    "claims": [],
}
EMPTY = {"id": "two", "lang": "ar", "published": "2021-03-14",
         "text": "سجل هجوم المنتخب العراقي هدفين في مرمى الضيوف خلال المباراة.", "events": [], "claims": []}


def test_evaluate_json_figures(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in (ARTICLE, EMPTY)), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)[str(path)]
    assert figures["articles"] == 2
    assert figures["events"]["tp"] == 1 and figures["events"]["fp"] == 0 and figures["events"]["fn"] == 0
    assert figures["event_fields"]["fatalities"] == 1.0
    assert figures["event_fields"]["admin2"] == 1.0


def test_evaluate_table_and_errors(tmp_path):
    path = tmp_path / "gold.jsonl"
    wrong = dict(ARTICLE, events=[dict(ARTICLE["events"][0], admin1_code="IQ-AN")])
    path.write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path), "--errors"], catch_exceptions=False)
    assert "FP event one" in result.stdout and "FN event one" in result.stdout


def test_evaluate_needs_something_to_score():
    result = CliRunner().invoke(main, ["evaluate"])
    assert result.exit_code == 2 and "give a gold file" in result.output


def test_evaluate_errors_keep_each_error_on_one_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    wrong = dict(ARTICLE, events=[dict(ARTICLE["events"][0], fatalities=4, admin2="Baladruz")])
    path.write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path), "--errors"], catch_exceptions=False)
    field_line = next(line for line in result.stdout.splitlines() if line.startswith("FIELD event one"))
    # the predicted and the gold summary are both on the error's own line, however long it is
    assert "killed=3" in field_line and "| gold" in field_line and "killed=4" in field_line


def test_evaluate_json_lists_errors_on_request(tmp_path):
    path = tmp_path / "gold.jsonl"
    wrong = dict(ARTICLE, events=[dict(ARTICLE["events"][0], admin1_code="IQ-AN")])
    path.write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")
    plain = json.loads(CliRunner().invoke(main, ["evaluate", str(path), "--json"]).stdout)[str(path)]
    listed = json.loads(CliRunner().invoke(main, ["evaluate", str(path), "--json", "--errors"]).stdout)[str(path)]
    assert "errors" not in plain
    assert sorted(e["kind"] for e in listed["errors"]) == ["FN", "FP"]
    assert all(e["article_id"] == "one" and e["sentence"] for e in listed["errors"])


def test_evaluate_detection_errors_show_the_label_in_brackets(tmp_path):
    path = tmp_path / "sentences.jsonl"
    lines = [{"id": "AAW_ARB_20070105.0001-1", "text": ARTICLE["text"], "label": "easy no"}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--detection", str(path), "--kind", "assault", "--errors"],
                                catch_exceptions=False)
    # "[easy no]" must be printed as text, not swallowed as a style tag
    assert "FP AAW_ARB_20070105.0001-1: [easy no]" in result.stdout
    listed = json.loads(CliRunner().invoke(main, ["evaluate", "--detection", str(path), "--kind", "assault",
                                                  "--json", "--errors"]).stdout)
    assert listed["errors"] == [{"kind": "FP", "id": "AAW_ARB_20070105.0001-1", "text": "[easy no] " + ARTICLE["text"]}]
