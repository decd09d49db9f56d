"""The command line as a user meets it: files, folders, stdin, the three formats, errors."""

import json

from click.testing import CliRunner

from marsad.cli import main

from .conftest import REPO

EXAMPLES = REPO / "examples"


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_jsonl_output_has_record_keys_and_source_ids():
    result = _run("extract", str(EXAMPLES / "ar-diyala-ied.txt"), "--published", "2021-03-14", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["record"] in ("event", "claim") for r in records)
    assert all(r["source_id"] == str(EXAMPLES / "ar-diyala-ied.txt") for r in records)


def test_jsonl_input_ids_become_source_ids():
    result = _run("extract", str(EXAMPLES / "articles.jsonl"), "--format", "jsonl")
    assert result.exit_code == 0
    ids = {json.loads(line)["source_id"] for line in result.stdout.splitlines()}
    given = {json.loads(line)["id"] for line in (EXAMPLES / "articles.jsonl").read_text().splitlines()}
    assert ids and ids <= given


def test_json_output_is_one_document():
    result = _run("extract", str(EXAMPLES / "en-kirkuk-rockets.txt"), "--published", "2021-04-21", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc[0]["article"]["lang"] == "en" and doc[0]["events"]


def test_table_shows_arabic_as_written():
    result = _run("extract", str(EXAMPLES / "ar-diyala-ied.txt"), "--published", "2021-03-14")
    assert result.exit_code == 0
    assert "عبوة" in result.stdout and "\\u" not in result.stdout


def test_stdin():
    result = _run("extract", "-", "--published", "2020-05-10", "--format", "jsonl",
                  input="قتل ثلاثة جنود بانفجار عبوة ناسفة في الموصل أمس".encode())
    assert json.loads(result.stdout.splitlines()[0])["source_id"] == "<stdin>"


def test_a_folder_with_a_bad_file_processes_the_rest_and_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text("قتل ثلاثة جنود بانفجار عبوة ناسفة في الموصل", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = _run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert "bad.txt: looks like a binary file" in result.stderr
    assert "Traceback" not in result.stderr
    assert any(json.loads(line)["source_id"].endswith("good.txt") for line in result.stdout.splitlines())


def test_a_bad_date_option_is_one_line():
    result = _run("extract", str(EXAMPLES / "ar-diyala-ied.txt"), "--published", "14/03/2021")
    assert result.exit_code == 1
    assert "is not an ISO date; write it as YYYY-MM-DD" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2
