"""Sentence-level detection corpora (the Arabic GSR format): does a sentence report an event of a class?"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, UsageError
from ..ingest.jsonl import read_json_lines
from ..knowledge.lexicon import DEMONSTRATION_TYPES, VIOLENT_TYPES
from ..pipeline import Extraction
from ..records import REPORTED_STATUSES
from .score import PRF

KINDS: dict[str, tuple[str, ...]] = {
    "assault": VIOLENT_TYPES,
    "protest": DEMONSTRATION_TYPES,
}
_DATE_IN_ID = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """A sentence with its annotators' verdict: yes, easy no, difficult no or ambiguous."""

    id: str
    text: str
    label: str
    published: str | None


@dataclass
class DetectionReport:
    """Detection figures for ``yes`` against ``easy no``, and against all ``no``."""

    kind: str
    counts: dict[str, int] = field(default_factory=dict)
    easy: PRF = field(default_factory=PRF)
    all_no: PRF = field(default_factory=PRF)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (FP/FN, id, text)

    def to_json(self, errors: bool = False) -> dict:
        """The figures as plain data; with ``errors``, every missed and wrongly detected sentence too."""
        figures = {"kind": self.kind, "counts": self.counts, "yes_vs_easy_no": self.easy.to_json(),
                   "yes_vs_all_no": self.all_no.to_json()}
        if errors:
            figures["errors"] = [{"kind": k, "id": sid, "text": text} for k, sid, text in self.errors]
        return figures


def published_from_id(sentence_id: str) -> str | None:
    """The publication date encoded in a GSR id (``AAW_ARB_20071026.0026-2`` → 2007-10-26)."""
    m = _DATE_IN_ID.search(sentence_id)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def read_detection(path: Path) -> Iterator[LabelledSentence]:
    """The labelled sentences of a detection file; a bad line raises an InputError naming it."""
    for where, obj in read_json_lines(path, "detection file"):
        if "text" not in obj or "label" not in obj:
            raise InputError('each line needs "id", "text" and "label"', where)
        yield LabelledSentence(str(obj.get("id", where)), obj["text"], obj["label"],
                               published_from_id(str(obj.get("id", ""))))


def detects(result: Extraction, kind: str) -> bool:
    """Whether an extraction reports an occurred or claimed event of the class ``kind``."""
    types = KINDS[kind]
    return any(e.status in REPORTED_STATUSES and e.event_type in types for e in result.events)


def evaluate_detection(sentences: Iterator[LabelledSentence], kind: str,
                       extract: Callable[[LabelledSentence], Extraction]) -> DetectionReport:
    """Score detection of ``kind`` (assault or protest); ``ambiguous`` sentences are left out."""
    if kind not in KINDS:
        raise UsageError(f"--kind must be one of {', '.join(KINDS)}", "--kind")
    report = DetectionReport(kind)
    for s in sentences:
        report.counts[s.label] = report.counts.get(s.label, 0) + 1
        if s.label == "ambiguous":
            continue
        found = detects(extract(s), kind)
        if s.label == "yes":
            for prf in (report.easy, report.all_no):
                if found:
                    prf.tp += 1
                else:
                    prf.fn += 1
            if not found:
                report.errors.append(("FN", s.id, s.text))
        elif found:
            report.all_no.fp += 1
            if s.label == "easy no":
                report.easy.fp += 1
            report.errors.append(("FP", s.id, f"[{s.label}] {s.text}"))
    return report
