"""Extraction speed and peak memory on a generated corpus of ~600-word Arabic articles.

    python bench/bench_extract.py                 # 1,000 and 10,000 articles
    python bench/bench_extract.py --sizes 100000  # the long run

Articles are generated on the fly from the knowledge files (actors, places,
triggers) and filler sentences written here, so the corpus is streamed: peak
memory must not grow with the number of articles. One process, one core.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta

from marsad.knowledge.lexicon import DATA_DIR, load_actors, load_places, load_triggers
from marsad.pipeline import Pipeline
from marsad.records import Article

FILLER = [
    "وقال مصدر أمني في تصريح صحفي إن القوات الأمنية فرضت طوقا حول المنطقة وباشرت التحقيق في ملابسات الحادث",
    "وأضاف المصدر الذي طلب عدم الكشف عن اسمه أن فرق الدفاع المدني وصلت إلى المكان بعد وقت قصير",
    "وتشهد المحافظة بين حين وآخر خروقات أمنية متفرقة رغم الإجراءات المشددة التي تتخذها الأجهزة المختصة",
    "ويرى مراقبون أن الوضع الأمني يحتاج إلى تنسيق أكبر بين الأجهزة الاستخبارية والقطعات الماسكة للأرض",
    "من جهتها دعت الحكومة المحلية المواطنين إلى التعاون مع القوات الأمنية والإبلاغ عن أي تحركات مشبوهة",
    "وأشار إلى أن الجرحى نقلوا إلى المستشفى القريب لتلقي العلاج وأن حالة بعضهم مستقرة",
    "ولم تعلن أي جهة حتى الآن مسؤوليتها عن الحادث الذي أثار موجة من الاستنكار في الأوساط المحلية",
    "وتأتي هذه التطورات في وقت تشهد فيه البلاد نقاشات سياسية حول مستقبل الملف الأمني وإعادة الإعمار",
]
TEMPLATES = [
    "{when} {trigger} {actor} في {place} مما أسفر عن مقتل {n} أشخاص وإصابة {m} آخرين",
    "أعلنت مصادر أمنية أن {actor} {trigger} {when} في {place} وأن الحصيلة بلغت {n} قتلى",
    "{trigger} في {place} {when} أدى إلى سقوط {n} قتلى و{m} جرحى بحسب مصدر طبي",
]
WHEN = ["أمس", "فجر اليوم", "يوم الخميس", "الليلة الماضية", "الأسبوع الماضي", "مساء الثلاثاء"]


def generate(count: int, words: int, seed: int) -> Iterator[Article]:
    """``count`` synthetic Arabic articles of about ``words`` words, one at a time."""
    rng = random.Random(seed)
    actors = [a.actor.name_ar for a in load_actors(DATA_DIR / "actors.tsv").values()]
    places = [p.name_ar for p in load_places(DATA_DIR / "places.tsv").values() if p.country == "Iraq"]
    triggers = [t.form for t in load_triggers(DATA_DIR / "triggers.tsv") if t.lang == "ar"]
    start = date(2015, 1, 1)
    for i in range(count):
        parts: list[str] = []
        n_words = 0
        while n_words < words:
            if rng.random() < 0.35:
                s = rng.choice(TEMPLATES).format(
                    when=rng.choice(WHEN), trigger=rng.choice(triggers), actor=rng.choice(actors),
                    place=rng.choice(places), n=rng.randint(1, 30), m=rng.randint(1, 40))
            else:
                s = rng.choice(FILLER)
            parts.append(s + ".")
            n_words += s.count(" ") + 1
        published = (start + timedelta(days=i % 3000)).isoformat()
        yield Article(text=" ".join(parts), published=published, lang="ar")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(pipeline: Pipeline, count: int, words: int, seed: int) -> dict[str, float]:
    """Extract ``count`` generated articles; time only the extraction."""
    spent = 0.0
    n_words = events = 0
    for article in generate(count, words, seed):
        t0 = time.perf_counter()
        result = pipeline.extract(article)
        spent += time.perf_counter() - t0
        n_words += article.text.count(" ") + 1
        events += len(result.events) + len(result.claims)
    return {"articles": count, "seconds": spent, "articles_per_s": count / spent,
            "words_per_article": n_words / count, "records": events, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    pipeline = Pipeline.from_data_dir()
    print(f"knowledge loaded in {time.perf_counter() - t0:.2f} s; peak RSS {peak_rss_mb():.0f} MiB")
    print(f"{'articles':>9} {'words/art':>9} {'seconds':>8} {'art/s':>8} {'records':>8} {'peak MiB':>9}")
    for size in args.sizes:
        r = run(pipeline, size, args.words, args.seed)
        print(f"{size:>9} {r['words_per_article']:>9.0f} {r['seconds']:>8.2f} {r['articles_per_s']:>8.0f} "
              f"{r['records']:>8} {r['peak_rss_mb']:>9.0f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
