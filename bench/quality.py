"""Every quality figure of bench/RESULTS.md, for Marsad and the keyword baseline side by side.

    python bench/quality.py                    # own gold files and the shared real corpora
    python bench/quality.py --shared ../shared

Prints a Markdown table; paste it into bench/RESULTS.md with the date and commit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from baseline import KeywordCoder

from marsad.evaluate import (
    evaluate_acled, evaluate_agreement, evaluate_detection, evaluate_gold, evaluate_ucdp, names_a_place,
    read_detection, read_gold,
)
from marsad.pipeline import Pipeline
from marsad.records import Article

HERE = Path(__file__).resolve().parent
# every gold file: the development files dev, dev2 .. dev67 (and English dev68 .. dev73) and the test file,
# Arabic then English
GOLD = [f"{lang}-{name}" for lang in ("ar", "en")
        for name in [f"dev{n}" for n in ("", *range(2, 68))] + (["dev68", "dev69", "dev70", "dev71", "dev72", "dev73"] if lang == "en" else []) + ["test"]]


def rate(accuracy) -> str:
    """An accuracy to two decimals, or a dash when no pair was scored on the field (nothing to judge)."""
    return f"{accuracy.value:.2f}" if accuracy.total else "–"


def gold_rows(name: str, coders: dict, actors) -> list[str]:
    """One table row per coder on a gold file, and one for a second annotator where `gold/agreement/` has one."""
    gold = HERE / "gold" / f"{name}.jsonl"
    second = HERE / "gold" / "agreement" / f"{name}.b.jsonl"
    reports = [(coder_name, evaluate_gold(
        read_gold(gold), lambda g: extract(g.article()), actors))
        for coder_name, extract in coders.items()]
    if second.exists():
        reports.append(("second annotator", evaluate_agreement(gold, second, actors)))
    rows = []
    for coder_name, r in reports:
        f = {k: rate(v) for k, v in r.event_fields.items()}
        rows.append(f"| {name} | {coder_name} | {r.events.precision:.2f} | {r.events.recall:.2f} | "
                    f"{r.events.f1:.2f} | {f['admin1']} | {f['actor1']} | {f['date']} | "
                    f"{f['fatalities']} | {f['fatalities_strict']} | {f['status']} | {r.claims.f1:.2f} |")
    return rows


# the assault file's parts by line: even lines were read while improving the extractor; of the odd lines, held out
# until stop 17, those ≡ 1 mod 4 were released for development at stop 18 and those ≡ 3 mod 4 are still held out
PARTS = {"all": None, "even half (read)": (2, 0), "odd half": (2, 1), "lines ≡ 1 mod 4 (released at stop 18)": (4, 1),
         "lines ≡ 3 mod 4 (held out)": (4, 3)}


def detection_rows(path: Path, kind: str, coders: dict, parts: bool = False) -> list[str]:
    """Markdown rows of detection P/R/F1 per coder: the whole file and, with `parts`, each part by line."""
    rows = []
    sentences = list(read_detection(path))
    for half, parity in (PARTS.items() if parts else [("all", None)]):
        part = [s for i, s in enumerate(sentences) if parity is None or i % parity[0] == parity[1]]
        label = path.name if parity is None else f"{path.name}, {half}"
        for coder_name, extract in coders.items():
            r = evaluate_detection(part, kind,
                                   lambda s: extract(Article(text=s.text, published=s.published, lang="ar")))
            rows.append(f"| {label} | {coder_name} | {r.easy.precision:.2f} | {r.easy.recall:.2f} | "
                        f"{r.easy.f1:.2f} | {r.all_no.precision:.2f} | {r.all_no.recall:.2f} | {r.all_no.f1:.2f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args(argv)
    pipeline = Pipeline.from_data_dir()
    baseline = KeywordCoder(pipeline.knowledge)
    coders = {"marsad": pipeline.extract, "baseline": baseline.extract}
    print("| gold | coder | event P | event R | event F1 | admin1 | actor1 | date | fatalities | fatalities (strict) "
          "| status | claims F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in GOLD:
        print("\n".join(gold_rows(name, coders, pipeline.knowledge.actors)))
    print()
    print("| detection | coder | P (yes vs easy no) | R | F1 | P (yes vs all no) | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for kind in ("assault", "protest"):
        path = args.shared / "eval" / f"arabic-gsr-{kind}-dev.jsonl"
        if path.exists():
            print("\n".join(detection_rows(path, kind, coders, parts=kind == "assault")))
    print()
    print("| dataset | coder | rows | with an event | event_type | admin1 | date | fatalities (exact) |")
    print("|---|---|---|---|---|---|---|---|")
    acled = args.shared / "eval" / "acled-iraq-2024.csv"
    ucdp = args.shared / "eval" / "ucdp-ged-iraq-1989-2017.csv"
    for coder_name, extract in coders.items():
        reports = []
        if acled.exists():
            reports.append(evaluate_acled(acled, extract))
        if ucdp.exists():
            reports.extend(evaluate_ucdp(ucdp, extract, lambda t: names_a_place(pipeline.knowledge, t)))
        for r in reports:
            f = {k: rate(v) for k, v in r.all_rows.items()}
            print(f"| {r.name} | {coder_name} | {r.rows} | {r.detected} | {f['event_type']} | {f['admin1']} | "
                  f"{f['date']} | {f['fatalities']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
