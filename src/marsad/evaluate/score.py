"""Scoring predicted events and claims against gold: one-to-one matching, P/R/F1, field accuracy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from ..knowledge.lexicon import ActorEntry
from ..pipeline import Extraction
from ..records import Claim, Event
from ..text.normalize import fold_word
from .gold import GoldArticle, GoldClaim, GoldEvent

# "fatalities" is scored as ACLED records it, where no figure and 0 are one value (the gold writers split
# almost evenly on null or 0 for an attack that only wounded); "fatalities_strict" keeps them apart.
EVENT_FIELDS = ("sub_event_type", "status", "actor1", "actor2", "admin1", "admin2", "date", "fatalities",
                "fatalities_strict")
CLAIM_FIELDS = ("actor1", "event_type", "count_low", "count_high", "admin1_codes")
NONE = "(none)"


@dataclass
class PRF:
    """True positives, false positives, false negatives and what follows from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    """How many matched pairs agree on a field, out of those where the field is scored."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool | None) -> None:
        if ok is None:
            return
        self.total += 1
        self.correct += bool(ok)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class ErrorItem:
    """A false positive or false negative, with what a person needs to see why."""

    kind: str  # "FP", "FN", or "FIELD" (a matched pair that disagrees on some fields)
    record: str  # "event" or "claim"
    article_id: str
    summary: str
    sentence: str


@dataclass
class GoldReport:
    """Everything ``marsad evaluate`` says about one gold file."""

    articles: int = 0
    events: PRF = field(default_factory=PRF)
    claims: PRF = field(default_factory=PRF)
    event_fields: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in EVENT_FIELDS})
    claim_fields: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in CLAIM_FIELDS})
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type) -> count
    errors: list[ErrorItem] = field(default_factory=list)

    def to_json(self, errors: bool = False) -> dict:
        """The figures as plain data; with ``errors``, every false positive, false negative and field error too."""
        figures = {
            "articles": self.articles,
            "events": self.events.to_json(),
            "event_fields": {k: round(v.value, 4) for k, v in self.event_fields.items()},
            "event_field_counts": {k: [v.correct, v.total] for k, v in self.event_fields.items()},
            "claims": self.claims.to_json(),
            "claim_fields": {k: round(v.value, 4) for k, v in self.claim_fields.items()},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
        }
        if errors:
            figures["errors"] = [asdict(e) for e in self.errors]
        return figures


# -- field agreement -----------------------------------------------------------

def _ancestors(actor_id: str, actors: dict[str, ActorEntry]) -> list[str]:
    chain = [actor_id]
    while actors.get(chain[-1]) is not None and actors[chain[-1]].parent and len(chain) < 10:
        chain.append(actors[chain[-1]].parent)
    return chain


def _same_actor(pred, gold_id: str | None, actors: dict[str, ActorEntry]) -> bool:
    """Same actor, or one is a unit of the other in actors.tsv (a brigade of the army, the army of the ISF)."""
    if pred is None or gold_id is None:
        return pred is None and gold_id is None
    return gold_id in _ancestors(pred.id, actors) or pred.id in _ancestors(gold_id, actors)


def _same_name(a: str | None, b: str | None) -> bool:
    def norm(x: str) -> str:
        x = fold_word(x).replace("-", " ").replace("'", "")
        return " ".join(w for w in x.split() if w not in ("al", "el", "ad", "as", "an", "ar", "ash", "az"))
    if a is None or b is None:
        return a is None and b is None
    return norm(a) == norm(b)


def _overlap(a_start, a_end, b_start, b_end) -> bool:
    if a_start is None or b_start is None:
        return True
    return a_start <= (b_end or b_start) and b_start <= (a_end or a_start)


def killed(event: Event | None) -> int:
    """The best fatality count of an event as ACLED codes it: 0 when there is no event or no figure."""
    return (event.fatalities.best or 0) if event and event.fatalities else 0


def event_agreement(pred: Event, gold: GoldEvent, actors: dict[str, ActorEntry]) -> dict[str, bool | None]:
    """Field by field: does the prediction agree with gold? None where the field is not scored."""
    loc = pred.location
    date_ok = None
    if gold.date_start is not None:
        date_ok = pred.date is not None and gold.date_start <= pred.date.start <= (gold.date_end or gold.date_start)
    return {
        "sub_event_type": None if gold.sub_event_type is None else pred.sub_event_type == gold.sub_event_type,
        "status": pred.status == gold.status,
        "actor1": _same_actor(pred.actor1, gold.actor1, actors),
        "actor2": _same_actor(pred.actor2, gold.actor2, actors),
        "admin1": (loc.admin1_code if loc else None) == gold.admin1_code,
        "admin2": _same_name(loc.admin2 if loc else None, gold.admin2),
        "date": date_ok,
        "fatalities": killed(pred) == (gold.fatalities or 0),
        "fatalities_strict": (pred.fatalities.best if pred.fatalities else None) == gold.fatalities,
    }


def claim_agreement(pred: Claim, gold: GoldClaim, actors: dict[str, ActorEntry]) -> dict[str, bool | None]:
    """Field by field agreement of a predicted and a gold claim."""
    codes = {loc.admin1_code for loc in pred.locations if loc.admin1_code}
    return {
        "actor1": _same_actor(pred.actor1, gold.actor1, actors),
        "event_type": None if gold.event_type is None else pred.event_type == gold.event_type,
        "count_low": pred.count.low == gold.count_low,
        "count_high": pred.count.high == gold.count_high,
        "admin1_codes": codes == set(gold.admin1_codes),
    }


# -- matching ------------------------------------------------------------------

def _can_match_event(pred: Event, gold: GoldEvent, same_type: bool = True) -> bool:
    if same_type and pred.event_type != gold.event_type:
        return False
    if pred.date is not None and not _overlap(pred.date.start, pred.date.end, gold.date_start, gold.date_end):
        return False
    code = pred.location.admin1_code if pred.location else None
    return code is None or gold.admin1_code is None or code == gold.admin1_code


def _greedy(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching, best score first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in sorted(pairs, key=lambda t: -t[0]):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _agree_count(agreement: dict[str, bool | None]) -> int:
    return sum(1 for v in agreement.values() if v)


def match_events(preds: list[Event], golds: list[GoldEvent], actors: dict[str, ActorEntry]
                 ) -> tuple[dict[tuple[int, int], dict[str, bool | None]], list[tuple[int, int]]]:
    """The one-to-one matching of predicted to gold events (same type, overlapping dates, same governorate when
    both have one; best field agreement first): the field agreement of every pair that may match, and the
    matched (prediction, gold) index pairs."""
    agreements = {(i, j): event_agreement(p, g, actors) for i, p in enumerate(preds) for j, g in enumerate(golds)
                  if _can_match_event(p, g)}
    return agreements, _greedy((_agree_count(a), i, j) for (i, j), a in agreements.items())


def score_article(report: GoldReport, gold: GoldArticle, result: Extraction, actors: dict[str, ActorEntry]) -> None:
    """Add one article's matches and errors to ``report``."""
    report.articles += 1
    preds, golds = list(result.events), list(gold.events)
    agreements, matches = match_events(preds, golds, actors)
    for i, j in matches:
        for name, ok in agreements[(i, j)].items():
            report.event_fields[name].add(ok)
        wrong = [name for name, ok in agreements[(i, j)].items() if ok is False]
        if wrong:
            report.errors.append(ErrorItem("FIELD", "event", gold.id, f"{', '.join(wrong)}: predicted "
                                           f"{_event_summary(preds[i])} | gold {_gold_summary(golds[j])}",
                                           preds[i].evidence.sentence.text))
    report.events.tp += len(matches)
    report.events.fp += len(preds) - len(matches)
    report.events.fn += len(golds) - len(matches)
    matched_p = {i for i, _ in matches}
    matched_g = {j for _, j in matches}
    for i, p in enumerate(preds):
        if i not in matched_p:
            report.errors.append(ErrorItem("FP", "event", gold.id, _event_summary(p), p.evidence.sentence.text))
    for j, g in enumerate(golds):
        if j not in matched_g:
            report.errors.append(ErrorItem("FN", "event", gold.id, _gold_summary(g), gold.text[:160]))
    _confusion(report, preds, golds, actors)
    _score_claims(report, gold, list(result.claims), actors)


def _confusion(report: GoldReport, preds: list[Event], golds: list[GoldEvent], actors) -> None:
    pairs = ((_agree_count(event_agreement(p, g, actors)) + 10 * (p.event_type == g.event_type), i, j)
             for i, p in enumerate(preds) for j, g in enumerate(golds) if _can_match_event(p, g, same_type=False))
    matches = _greedy(pairs)
    for i, j in matches:
        report.confusion[(golds[j].event_type, preds[i].event_type)] += 1
    for i in set(range(len(preds))) - {i for i, _ in matches}:
        report.confusion[(NONE, preds[i].event_type)] += 1
    for j in set(range(len(golds))) - {j for _, j in matches}:
        report.confusion[(golds[j].event_type, NONE)] += 1


def _score_claims(report: GoldReport, gold: GoldArticle, preds: list[Claim], actors) -> None:
    golds = list(gold.claims)
    agreements = {(i, j): claim_agreement(p, g, actors) for i, p in enumerate(preds) for j, g in enumerate(golds)
                  if p.date is None or _overlap(p.date.start, p.date.end, g.date_start, g.date_end)}
    matches = _greedy((_agree_count(a), i, j) for (i, j), a in agreements.items())
    for i, j in matches:
        for name, ok in agreements[(i, j)].items():
            report.claim_fields[name].add(ok)
    report.claims.tp += len(matches)
    report.claims.fp += len(preds) - len(matches)
    report.claims.fn += len(golds) - len(matches)
    for i in set(range(len(preds))) - {i for i, _ in matches}:
        c = preds[i]
        report.errors.append(ErrorItem("FP", "claim", gold.id, f"count {c.count.low}-{c.count.high} "
                                       f"{c.actor1.id if c.actor1 else None}", c.evidence.sentence.text))
    for j in set(range(len(golds))) - {j for _, j in matches}:
        g = golds[j]
        report.errors.append(ErrorItem("FN", "claim", gold.id, f"count {g.count_low}-{g.count_high} {g.actor1} "
                                       f"{g.date_start}..{g.date_end} {list(g.admin1_codes)}", gold.text[:160]))


def _event_summary(e: Event) -> str:
    loc = e.location
    return (f"{e.status} {e.sub_event_type} {e.date.start if e.date else None} "
            f"{e.actor1.id if e.actor1 else None}->{e.actor2.id if e.actor2 else None} "
            f"{loc.admin1_code if loc else None}/{loc.admin2 if loc else None} "
            f"killed={e.fatalities.best if e.fatalities else None}")


def _gold_summary(g: GoldEvent) -> str:
    return (f"{g.status} {g.sub_event_type} {g.date_start} {g.actor1}->{g.actor2} {g.admin1_code}/{g.admin2} "
            f"killed={g.fatalities}")


def evaluate_gold(articles: Iterable[GoldArticle], extract: Callable[[GoldArticle], Extraction],
                  actors: dict[str, ActorEntry]) -> GoldReport:
    """Score ``extract`` on every article of a gold file."""
    report = GoldReport()
    for gold in articles:
        score_article(report, gold, extract(gold), actors)
    return report
