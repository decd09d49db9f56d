"""Measuring extraction quality: gold files, detection corpora, ACLED and UCDP rows, annotators' agreement."""

from .agreement import as_extraction, evaluate_agreement
from .detection import DetectionReport, evaluate_detection, read_detection
from .gold import GoldArticle, GoldClaim, GoldEvent, read_gold
from .rows import RowReport, evaluate_acled, evaluate_ucdp, names_a_place
from .score import GoldReport, evaluate_gold

__all__ = [
    "as_extraction", "evaluate_agreement", "DetectionReport", "GoldArticle", "GoldClaim", "GoldEvent", "GoldReport",
    "evaluate_detection", "evaluate_gold", "read_detection", "read_gold", "RowReport", "evaluate_acled", "evaluate_ucdp", "names_a_place",
]
