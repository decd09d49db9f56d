"""places.tsv against Iraq's official boundaries: bench/check_gazetteer.py run as a test."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from tests.conftest import REPO, shared_file


_spec = importlib.util.spec_from_file_location("check_gazetteer", REPO / "bench" / "check_gazetteer.py")
check_gazetteer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gazetteer)

PLACES = check_gazetteer.DEFAULT_PLACES
EXCEPTIONS = check_gazetteer.DEFAULT_EXCEPTIONS


@pytest.fixture(scope="module")
def geo():
    shared_file("geo/" + check_gazetteer.ADM2_FILE)
    return shared_file("geo")


def _line_of(path, row_id):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(row_id + "\t"):
            return n
    raise AssertionError(f"{row_id} not in {path}")


def _edit_row(path, row_id, column, value):
    lines = path.read_text(encoding="utf-8").splitlines()
    n = _line_of(path, row_id)
    cells = lines[n - 1].split("\t")
    cells[check_gazetteer.COLUMNS.index(column)] = value
    lines[n - 1] = "\t".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def test_the_gazetteer_agrees_with_the_official_boundaries(geo):
    failures = check_gazetteer.gazetteer_failures(PLACES, geo, EXCEPTIONS)
    assert not failures, "places.tsv fails bench/check_gazetteer.py:\n" + "\n".join(failures)


def test_a_point_outside_its_district_is_reported_with_its_line(geo, tmp_path):
    places = tmp_path / "places.tsv"
    shutil.copy(PLACES, places)
    # Qairawan (Sinjar district) moved south onto the Al-Baaj side of the line
    n = _edit_row(places, "iq-ni-p-qairawan", "lat", "36.0500")
    _edit_row(places, "iq-ni-p-qairawan", "lon", "41.9900")
    failures = check_gazetteer.gazetteer_failures(places, geo, EXCEPTIONS)
    assert failures == [f"line {n} iq-ni-p-qairawan (Qairawan): IQ-NI Sinjar expected, point in IQ-NI Al-Baaj"]


def test_one_place_written_twice_is_a_structural_duplicate(geo, tmp_path):
    places = tmp_path / "places.tsv"
    row = next(line for line in PLACES.read_text(encoding="utf-8").splitlines()
               if line.startswith("iq-bg-p-green-zone\t"))
    places.write_text(PLACES.read_text(encoding="utf-8") + row.replace("iq-bg-p-green-zone\t", "iq-bg-p-gz2\t", 1)
                      + "\n", encoding="utf-8")
    failures = check_gazetteer.gazetteer_failures(places, geo, EXCEPTIONS)
    assert any(f.startswith("line ") and "(iq-bg-p-gz2): duplicate (level, name, admin1_code)" in f
               for f in failures), failures


def test_an_admin1_code_of_another_country_is_reported(geo, tmp_path):
    places = tmp_path / "places.tsv"
    shutil.copy(PLACES, places)
    n = _edit_row(places, "sy-di", "country", "Lebanon")
    failures = check_gazetteer.gazetteer_failures(places, geo, EXCEPTIONS)
    assert any(f.startswith(f"line {n} (sy-di): admin1_code 'SY-DI' is not an ISO 3166-2 code of Lebanon")
               for f in failures), failures


def test_an_exception_excuses_only_the_point_it_names(geo, tmp_path):
    # without its documented exception Akashat (filed under Al-Qaim, point in the official Al-Rutba) fails
    empty = tmp_path / "exceptions.tsv"
    empty.write_text("id\tcheck\tpoint_in\treason\n", encoding="utf-8")
    n = _line_of(PLACES, "iq-an-p-akashat")
    assert check_gazetteer.gazetteer_failures(PLACES, geo, empty) == [
        f"line {n} iq-an-p-akashat (Akashat): IQ-AN Al-Kaim expected, point in IQ-AN Al-Rutba"]
    # an exception that no longer matches where the point lies excuses nothing and is itself reported
    places = tmp_path / "places.tsv"
    shutil.copy(PLACES, places)
    _edit_row(places, "iq-an-p-akashat", "lat", "34.3800")
    _edit_row(places, "iq-an-p-akashat", "lon", "41.0200")
    failures = check_gazetteer.gazetteer_failures(places, geo, EXCEPTIONS)
    assert any(f.startswith("exceptions line ") and "(iq-an-p-akashat): excuses nothing" in f
               for f in failures), failures
