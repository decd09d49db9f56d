"""Scoring coded datasets row by row: ACLED rows (their notes) and UCDP GED rows (their headlines).

Each row is one real event and the text that reports it; Marsad extracts from
the text and its best event is held against the row's coded fields.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import InputError
from ..knowledge.lexicon import DATA_DIR
from ..knowledge.tsv import read_tsv, require
from ..pipeline import Extraction
from ..records import REPORTED_STATUSES, Article, Event
from .score import Accuracy, killed

ROW_FIELDS = ("event_type", "sub_event_type", "admin1", "admin2", "date", "fatalities")


def fold_name(name: str) -> str:
    """A place name without accents, in lower case, without a trailing ' province'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").lower().strip()
    text = text.removesuffix(" province").strip()
    return " ".join(text.split())


def load_admin1_names(source: str, path: Path | None = None) -> dict[str, str]:
    """Folded governorate names of one dataset (``acled`` or ``ucdp``) → ISO 3166-2 codes."""
    return _load_names(source, path or DATA_DIR / "admin1_names.tsv", "admin1_code",
                       lambda code: len(code) >= 4 and code[2] == "-",
                       "admin1_code {!r} must be an ISO 3166-2 code like IQ-AN")


def load_admin2_names(source: str, path: Path | None = None) -> dict[str, str]:
    """Folded district names of one dataset (``ucdp``) → the gazetteer's district names."""
    return _load_names(source, path or DATA_DIR / "admin2_names.tsv", "admin2", lambda name: bool(name.strip()),
                       "admin2 must name a district of places.tsv")


def _load_names(source: str, path: Path, column: str, valid: Callable[[str], bool], problem: str) -> dict[str, str]:
    """Folded names of one dataset → the ``column`` value of their rows (each checked by ``valid``, else ``problem``
    with the value)."""
    out: dict[str, str] = {}
    for line, row in read_tsv(path, ("source", "name", column)):
        require(valid(row[column]), problem.format(row[column]), path, line)
        if row["source"] == source:
            out[fold_name(row["name"])] = row[column]
    return out


@dataclass
class RowReport:
    """Per-field accuracy over all rows, and over the rows where Marsad found an event."""

    name: str
    rows: int = 0
    detected: int = 0
    all_rows: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in ROW_FIELDS})
    found_rows: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in ROW_FIELDS})
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, agreement: dict[str, bool | None], found: bool) -> None:
        self.rows += 1
        self.detected += found
        for name, ok in agreement.items():
            self.all_rows[name].add(ok)
            if found:
                self.found_rows[name].add(ok)

    def to_json(self, errors: bool = False) -> dict:
        """The figures as plain data; with ``errors``, every row that was missed or disagreed too."""
        figures = {"rows": self.rows, "detected": self.detected,
                   "accuracy_all_rows": {k: round(v.value, 4) for k, v in self.all_rows.items() if v.total},
                   "accuracy_detected_rows": {k: round(v.value, 4) for k, v in self.found_rows.items() if v.total}}
        if errors:
            figures["errors"] = [{"id": rid, "summary": summary, "text": text} for rid, summary, text in self.errors]
        return figures


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read the CSV file ({exc})", str(path)) from None


def _need(row: dict, columns: tuple[str, ...], where: str) -> None:
    missing = [c for c in columns if c not in row]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", where)


def best_event(result: Extraction) -> Event | None:
    """The event a short report leads with: the first occurred or claimed one (else the first at all)."""
    events = [e for e in result.events if e.status in REPORTED_STATUSES] or list(result.events)
    return min(events, key=lambda e: e.evidence.sentence.start, default=None)


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold_name(a).replace("-", " ").removeprefix("al ") == \
        fold_name(b).replace("-", " ").removeprefix("al ")


def evaluate_acled(path: Path, extract: Callable[[Article], Extraction]) -> RowReport:
    """Score ACLED rows: each row's notes is the text, its event_date the publication date."""
    names = load_admin1_names("acled")
    report = RowReport("acled")
    for k, row in enumerate(_read_csv(path), start=2):
        _need(row, ("event_date", "event_type", "sub_event_type", "admin1", "admin2", "notes", "fatalities"),
              f"{path}:{k}")
        if not row["notes"].strip():
            continue
        event = best_event(extract(Article(text=row["notes"], published=row["event_date"], lang="en")))
        loc = event.location if event else None
        gold_code = names.get(fold_name(row["admin1"]))
        agreement = {
            "event_type": event is not None and event.event_type == row["event_type"],
            "sub_event_type": event is not None and event.sub_event_type == row["sub_event_type"],
            "admin1": None if gold_code is None else (loc is not None and loc.admin1_code == gold_code),
            "admin2": loc is not None and _same(loc.admin2, row["admin2"]),
            "date": event is not None and event.date is not None and event.date.start <= row["event_date"]
            <= event.date.end,
            "fatalities": killed(event) == int(row["fatalities"] or 0),
        }
        report.add(agreement, event is not None)
        if not agreement["event_type"] or agreement["admin1"] is False:
            report.errors.append((row.get("event_id_cnty", str(k)),
                                  f"gold {row['event_type']} / {row['admin1']}; predicted "
                                  f"{event.event_type if event else None} / {loc.admin1 if loc else None}",
                                  row["notes"]))
    return report


def evaluate_ucdp(path: Path, extract: Callable[[Article], Extraction],
                  names_place: Callable[[str], bool] | None = None) -> tuple[RowReport, RowReport]:
    """Score UCDP GED rows on their headlines: (all rows with a headline, rows whose headline names a place)."""
    names, districts = load_admin1_names("ucdp"), load_admin2_names("ucdp")
    everything, placed = RowReport("ucdp"), RowReport("ucdp, headline names a place")
    for k, row in enumerate(_read_csv(path), start=2):
        _need(row, ("source_headline", "date_start", "date_end", "adm_1", "adm_2", "best"), f"{path}:{k}")
        text = row["source_headline"].strip()
        if not text or not row["date_start"][:4].isdigit():
            continue
        text = "\n".join(h.strip() for h in text.split(";") if h.strip())
        start, end = date.fromisoformat(row["date_start"][:10]), date.fromisoformat(row["date_end"][:10])
        event = best_event(extract(Article(text=text, published=row["date_end"][:10], lang="en")))
        loc = event.location if event else None
        gold_code = names.get(fold_name(row["adm_1"])) if row["adm_1"] else None
        gold_district = districts.get(fold_name(row["adm_2"]), row["adm_2"].split(" district")[0])
        agreement = {
            "admin1": None if gold_code is None else (loc is not None and loc.admin1_code == gold_code),
            "admin2": None if not row["adm_2"] else (loc is not None and _same(loc.admin2, gold_district)),
            "date": event is not None and event.date is not None
            and (start - timedelta(days=1)).isoformat() <= event.date.start <= end.isoformat(),
            "fatalities": killed(event) == int(row["best"] or 0),
        }
        everything.add(agreement, event is not None)
        if names_place is not None and names_place(text):
            placed.add(agreement, event is not None)
    return everything, placed


def names_a_place(knowledge, text: str) -> bool:
    """Whether a text names a place of the gazetteer below country level (as the extractor would accept it)."""
    from ..extract.context import ArticleContext
    from ..extract.mentions import scan
    from ..resolve.places import places_in
    from ..text.normalize import fold
    from ..text.segment import sentences

    folded = fold(text)
    context = ArticleContext(frozenset(), "Iraq")
    for sentence in sentences(folded.text):
        view = scan(sentence, knowledge.index, None)
        if any(p.entry.level != "country" for p in places_in(view, knowledge, context, folded)):
            return True
    return False
