"""Row-by-row scoring of coded datasets, on small CSV files written for the test."""

import csv

from marsad.evaluate import evaluate_acled, evaluate_ucdp, names_a_place
from marsad.evaluate.rows import fold_name, load_admin1_names, load_admin2_names

ACLED_COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "admin1", "admin2", "notes",
                 "fatalities"]


def _write(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def test_acled_rows(tmp_path, pipeline):
    path = tmp_path / "acled.csv"
    _write(path, ACLED_COLUMNS, [
        {"event_id_cnty": "T1", "event_date": "2024-02-03", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "admin1": "Duhok", "admin2": "Al Amadiya", "fatalities": "2",
         "notes": "On 3 February 2024, a Turkish drone strike hit a vehicle near Amadiya in Duhok, killing two PKK "
                  "fighters."},
        {"event_id_cnty": "T2", "event_date": "2024-02-04", "event_type": "Protests",
         "sub_event_type": "Peaceful protest", "admin1": "Thi Qar", "admin2": "Al Nassriya", "fatalities": "0",
         "notes": "On 4 February 2024, dozens of teachers protested in front of the education directorate in "
                  "Nasiriyah, Thi Qar, demanding overdue salaries."},
        {"event_id_cnty": "T3", "event_date": "2024-02-05", "event_type": "Battles", "sub_event_type": "Armed clash",
         "admin1": "Al Basrah", "admin2": "Al Basrah", "fatalities": "0", "notes": ""},
    ])
    report = evaluate_acled(path, pipeline.extract)
    assert report.rows == 2  # a row without notes is not scored
    assert report.detected == 2
    assert report.all_rows["event_type"].value == 1.0
    assert report.all_rows["admin1"].value == 1.0
    assert report.all_rows["fatalities"].correct == 2


UCDP_COLUMNS = ["source_headline", "date_start", "date_end", "adm_1", "adm_2", "best"]


def test_ucdp_rows(tmp_path, pipeline):
    path = tmp_path / "ucdp.csv"
    _write(path, UCDP_COLUMNS, [
        {"source_headline": "Roadside bomb kills three soldiers near Mosul", "date_start": "2016-05-02",
         "date_end": "2016-05-02", "adm_1": "Nīnawá province", "adm_2": "", "best": "3"},
        {"source_headline": "Security developments in Iraq", "date_start": "2016-05-02", "date_end": "2016-05-02",
         "adm_1": "Baghdād province", "adm_2": "", "best": "1"},
    ])
    everything, placed = evaluate_ucdp(path, pipeline.extract, lambda t: names_a_place(pipeline.knowledge, t))
    assert everything.rows == 2 and placed.rows == 1
    assert placed.all_rows["admin1"].value == 1.0
    assert placed.all_rows["fatalities"].value == 1.0


def test_dataset_governorate_names_map_to_iso_codes():
    assert load_admin1_names("acled")[fold_name("Salah Al Din")] == "IQ-SD"
    assert load_admin1_names("ucdp")[fold_name("Şalāḩ ad Dīn province")] == "IQ-SD"
    assert len(set(load_admin1_names("acled").values())) == 18


def test_ucdp_district_names_map_to_gazetteer_districts(pipeline):
    districts = load_admin2_names("ucdp")
    assert districts[fold_name("Qaḑā’ al Mawşil")] == "Al-Mosul"
    assert districts[fold_name("Tooz district")] == "Tooz Khurmato"
    known = {p.admin2 for p in pipeline.knowledge.places.values() if p.level == "admin2"}
    assert set(districts.values()) <= known


def test_ucdp_rows_score_the_district_under_its_ucdp_spelling(tmp_path, pipeline):
    path = tmp_path / "ucdp.csv"
    _write(path, UCDP_COLUMNS, [
        {"source_headline": "Car bomb kills four in Mosul market", "date_start": "2016-03-09",
         "date_end": "2016-03-09", "adm_1": "Nīnawá province", "adm_2": "Qaḑā’ al Mawşil", "best": "4"},
    ])
    everything, _ = evaluate_ucdp(path, pipeline.extract)
    assert everything.all_rows["admin2"].value == 1.0
