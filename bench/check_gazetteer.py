"""Check the gazetteer (src/marsad/data/places.tsv) against Iraq's official boundaries.

Usage (from the repository root)::

    .venv/bin/python bench/check_gazetteer.py [--geo ../shared/geo] [--places PATH] [--exceptions PATH]

``--geo`` is the folder holding the CSO/OCHA 2019 governorate and district
polygons (``irq_admbnda_adm1_cso_20190603.geojson`` and
``irq_admbnda_adm2_cso_20190603.geojson``; by default ``$MARSAD_SHARED/geo``).
``--exceptions`` is the file of documented exceptions
(src/marsad/data/gazetteer_exceptions.tsv). The script reports

* structural problems (column count, duplicate ids, duplicate
  ``(level, name, admin1_code)``, bad coordinates, Arabic forms that start
  with a proclitic such as ``بال`` or ``وال``, an ``admin1_code`` that is not
  an ISO 3166-2 code of the row's country, an ``admin1`` name that is not the
  name of that code's admin1 row);
* how many Iraqi rows lie inside the governorate polygon of their
  ``admin1_code``;
* how many Iraqi place rows lie inside the polygon of their ``admin2``
  district (and, for information, how many district rows' main towns lie
  inside their own district);
* which of the official districts have no ``admin2`` row;

and lists every failure with the governorate and district the point really
falls in. A failure named in the exceptions file (a decision written in
docs/design.md) is listed as excused; an exception that excuses nothing fails.
The exit status is 1 when anything fails, else 0. ``gazetteer_failures`` is
the same check as a function (tests/knowledge/test_gazetteer.py runs it).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from shapely.geometry import Point, shape
from shapely.prepared import prep

from marsad.knowledge.lexicon import LEVELS, NEEDS_CONTEXT, PLACE_COLUMNS

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PLACES = REPO / "src" / "marsad" / "data" / "places.tsv"
DEFAULT_GEO = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared")) / "geo"
DEFAULT_EXCEPTIONS = REPO / "src" / "marsad" / "data" / "gazetteer_exceptions.tsv"
EXCEPTION_COLUMNS = ["id", "check", "point_in", "reason"]
EXCEPTION_CHECKS = ("admin1", "admin2")
ADM1_FILE = "irq_admbnda_adm1_cso_20190603.geojson"
ADM2_FILE = "irq_admbnda_adm2_cso_20190603.geojson"

COLUMNS = list(PLACE_COLUMNS)  # (the header as csv reads it: a list)
ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")

# Official (CSO/OCHA) governorate names -> ISO 3166-2 codes.
ADM1_TO_ISO = {
    "Al-Anbar": "IQ-AN", "Al-Basrah": "IQ-BA", "Al-Muthanna": "IQ-MU",
    "Al-Najaf": "IQ-NA", "Al-Qadissiya": "IQ-QA", "Al-Sulaymaniyah": "IQ-SU",
    "Babil": "IQ-BB", "Baghdad": "IQ-BG", "Duhok": "IQ-DA", "Diyala": "IQ-DI",
    "Erbil": "IQ-AR", "Kerbala": "IQ-KA", "Kirkuk": "IQ-KI", "Maysan": "IQ-MA",
    "Ninewa": "IQ-NI", "Salah Al-Din": "IQ-SD", "Thi Qar": "IQ-DQ", "Wassit": "IQ-WA",
}

# A proclitic (و ف ب ل ك) glued to the article: "بالموصل", "والأنبار", "للعراق".
PROCLITIC_RE = re.compile(r"^(?:[وفبك]ال|لل)")


def load_places(path: Path, columns: list[str] = COLUMNS) -> list[dict[str, str]]:
    """Rows of the TSV as dicts, with the file line number under ``_line``."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, ln.rstrip("\r\n")) for n, ln in enumerate(f, 1) if ln.strip() and not ln.startswith("#")]
    reader = csv.reader((ln for _, ln in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if header != columns:
        raise ValueError(f"{path}: header is {header}, expected {columns}")
    rows = []
    for (lineno, _), values in zip(lines[1:], reader):
        row = dict(zip(columns, values))
        row["_line"] = str(lineno)
        row["_ncols"] = str(len(values))
        rows.append(row)
    return rows


def load_polygons(geo: Path):
    """Governorate polygons by ISO code and district polygons by (ISO code, ADM2_EN)."""
    def features(name):
        with (geo / name).open(encoding="utf-8") as f:
            return json.load(f)["features"]

    govs = {ADM1_TO_ISO[ft["properties"]["ADM1_EN"]]: prep(shape(ft["geometry"]))
            for ft in features(ADM1_FILE)}
    dists = {}
    for ft in features(ADM2_FILE):
        p = ft["properties"]
        dists[(ADM1_TO_ISO[p["ADM1_EN"]], p["ADM2_EN"].strip())] = prep(shape(ft["geometry"]))
    return govs, dists


def structural_problems(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    ids = Counter(r["id"] for r in rows)
    keys = Counter((r["level"], r["name"], r["admin1_code"]) for r in rows)
    # a country row's id is its ISO 3166-1 alpha-2 code; an admin1 row's id is its ISO 3166-2 code
    alpha2 = {r["country"]: r["id"].upper() for r in rows if r["level"] == "country"}
    admin1_names = {r["admin1_code"]: r["name"] for r in rows if r["level"] == "admin1"}
    for r in rows:
        where = f"line {r['_line']} ({r['id']})"
        if r["_ncols"] != str(len(COLUMNS)):
            problems.append(f"{where}: {r['_ncols']} columns, expected {len(COLUMNS)}")
            continue
        if ids[r["id"]] > 1:
            problems.append(f"{where}: duplicate id")
        if keys[(r["level"], r["name"], r["admin1_code"])] > 1:
            problems.append(f"{where}: duplicate (level, name, admin1_code)")
        if r["level"] not in LEVELS:
            problems.append(f"{where}: unknown level {r['level']!r}")
        if r["needs_context"] not in NEEDS_CONTEXT:
            problems.append(f"{where}: needs_context must be yes, no or short")
        code = r["admin1_code"]
        if r["level"] != "country":
            if not ISO_3166_2.match(code) or code[:2] != alpha2.get(r["country"]):
                problems.append(f"{where}: admin1_code {code!r} is not an ISO 3166-2 code of {r['country']}")
            elif r["level"] == "admin1" and r["id"] != code.lower():
                problems.append(f"{where}: an admin1 row's id must be its code in lower case ({code.lower()})")
            elif r["level"] != "admin1" and admin1_names.get(code) != r["admin1"]:
                problems.append(f"{where}: admin1 {r['admin1']!r} is not the name of {code} "
                                f"({admin1_names.get(code, 'no admin1 row')})")
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except ValueError:
            problems.append(f"{where}: bad coordinates {r['lat']!r}, {r['lon']!r}")
        for col in ("aliases_ar", "aliases_en"):
            if r[col] and any(a != a.strip() or not a for a in r[col].split("|")):
                problems.append(f"{where}: empty or padded form in {col}")
        for form in [r["name_ar"], *filter(None, r["aliases_ar"].split("|"))]:
            if PROCLITIC_RE.match(form):
                problems.append(f"{where}: Arabic form {form!r} starts with a proclitic")
    return problems


def locate(pt: Point, polys: dict) -> str:
    """The key of the polygon containing ``pt`` (``-`` when none does)."""
    for key, poly in polys.items():
        if poly.contains(pt):
            return key if isinstance(key, str) else f"{key[0]} {key[1]}"
    return "-"


def failure_line(r: dict[str, str], expected: str, actual: str) -> str:
    """A row whose point lies outside the area ``expected``: its places.tsv line and where the point lies."""
    return f"line {r['_line']} {r['id']} ({r['name']}): {expected} expected, point in {actual}"


def load_exceptions(path: Path) -> list[dict[str, str]]:
    """The documented exceptions (gazetteer_exceptions.tsv); none when the file does not exist."""
    return load_places(path, EXCEPTION_COLUMNS) if path.exists() else []


def check(rows: list[dict[str, str]], govs: dict, dists: dict, exceptions: list[dict[str, str]]) -> dict:
    """Every finding of the check: lists of (row, where its point lies) and of messages, by kind."""
    iraq = [r for r in rows if r["country"] == "Iraq" and r["level"] != "country"]
    found: dict[str, list] = {"gov_fail": [], "place_fail": [], "district_off": [], "excused": []}
    waived = {(e["id"], e["check"], e["point_in"]): e for e in exceptions}
    used = set()

    def fail(kind, check_name, r, actual):
        key = (r["id"], check_name, actual)
        if key in waived:
            used.add(key)
            found["excused"].append((r, actual, waived[key]["reason"]))
        else:
            found[kind].append((r, actual))

    counts = Counter()
    for r in iraq:
        pt = Point(float(r["lon"]), float(r["lat"]))
        gov = govs.get(r["admin1_code"])
        if gov is None or not gov.contains(pt):
            fail("gov_fail", "admin1", r, locate(pt, govs))
        if r["level"] in ("admin2", "place"):
            dist = dists.get((r["admin1_code"], r["admin2"]))
            inside = dist is not None and dist.contains(pt)
            counts[r["level"]] += 1
            if not inside:
                if r["level"] == "place":
                    fail("place_fail", "admin2", r, locate(pt, dists))
                else:
                    found["district_off"].append((r, locate(pt, dists)))
    ids = {r["id"] for r in rows}
    found["bad_exceptions"] = [
        f"exceptions line {e['_line']} ({e['id']}): "
        + ("no such place id" if e["id"] not in ids else f"check must be one of {', '.join(EXCEPTION_CHECKS)}"
           if e["check"] not in EXCEPTION_CHECKS else "no reason given" if not e["reason"].strip()
           else f"excuses nothing: the {e['check']} check passes or the point no longer lies in {e['point_in']}")
        for e in exceptions if (e["id"], e["check"], e["point_in"]) not in used or not e["reason"].strip()]
    have = {(r["admin1_code"], r["admin2"]) for r in iraq if r["level"] == "admin2"}
    found["missing"] = sorted(set(dists) - have)
    found["unknown"] = sorted(have - set(dists))
    found["n_iraq"], found["n_places"], found["n_districts"] = len(iraq), counts["place"], counts["admin2"]
    return found


def gazetteer_failures(places: Path = DEFAULT_PLACES, geo: Path = DEFAULT_GEO,
                       exceptions: Path = DEFAULT_EXCEPTIONS) -> list[str]:
    """Every failure of the check as one line each, naming the places.tsv line of the row at fault."""
    rows = load_places(places)
    found = check(rows, *load_polygons(geo), load_exceptions(exceptions))
    out = structural_problems(rows)
    out += [failure_line(r, r["admin1_code"], actual) for r, actual in found["gov_fail"]]
    out += [failure_line(r, f"{r['admin1_code']} {r['admin2']}", actual) for r, actual in found["place_fail"]]
    out += found["bad_exceptions"]
    out += [f"missing admin2 row for the official district {code} {name}" for code, name in found["missing"]]
    out += [f"admin2 row not in the official list: {code} {name}" for code, name in found["unknown"]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--geo", type=Path, default=DEFAULT_GEO, help="folder with the Iraq GeoJSON files")
    ap.add_argument("--places", type=Path, default=DEFAULT_PLACES, help="the gazetteer TSV")
    ap.add_argument("--exceptions", type=Path, default=DEFAULT_EXCEPTIONS, help="the documented exceptions TSV")
    args = ap.parse_args(argv)

    rows = load_places(args.places)
    govs, dists = load_polygons(args.geo)
    failed = False

    counts = Counter((r["country"], r["level"]) for r in rows)
    print(f"{args.places}: {len(rows)} rows")
    for country in dict.fromkeys(r["country"] for r in rows):
        per = ", ".join(f"{lvl} {counts[(country, lvl)]}" for lvl in LEVELS if counts[(country, lvl)])
        print(f"  {country}: {per}")

    problems = structural_problems(rows)
    print(f"\nstructural problems: {len(problems)}")
    for p in problems:
        print("  " + p)
    failed |= bool(problems)

    found = check(rows, govs, dists, load_exceptions(args.exceptions))
    gov_fail, place_fail, district_off = found["gov_fail"], found["place_fail"], found["district_off"]
    n_iraq, n_places, n_districts = found["n_iraq"], found["n_places"], found["n_districts"]

    def show(failures, what):
        for r, actual in failures:
            print("  " + failure_line(r, what(r), actual))

    print(f"\nIraqi rows inside the governorate of their admin1_code: "
          f"{n_iraq - len(gov_fail)}/{n_iraq}")
    show(gov_fail, lambda r: r["admin1_code"])
    print(f"Iraqi place rows inside their admin2 district: {n_places - len(place_fail)}/{n_places}")
    show(place_fail, lambda r: f"{r['admin1_code']} {r['admin2']}")
    # A district row's point is its main town; a town can sit just outside its
    # district's polygon (the polygons are coarse), so this is only reported.
    print(f"Iraqi district rows whose main town lies in the district polygon: "
          f"{n_districts - len(district_off)}/{n_districts} (information only)")
    show(district_off, lambda r: f"{r['admin1_code']} {r['admin2']}")
    failed |= bool(gov_fail or place_fail)

    print(f"\ndocumented exceptions ({args.exceptions.name}): {len(found['excused'])} excused")
    for r, actual, reason in found["excused"]:
        print(f"  line {r['_line']} {r['id']} ({r['name']}): point in {actual}, excused: {reason}")
    for p in found["bad_exceptions"]:
        print("  " + p)
    failed |= bool(found["bad_exceptions"])

    missing, unknown = found["missing"], found["unknown"]
    print(f"\nofficial districts with an admin2 row: {len(dists) - len(missing)}/{len(dists)}")
    for code, name in missing:
        print(f"  missing: {code} {name}")
    for code, name in unknown:
        print(f"  admin2 row not in the official list: {code} {name}")
    failed |= bool(missing or unknown)

    print("\nRESULT:", "FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
