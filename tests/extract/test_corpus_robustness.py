"""Every real article of the shared corpus goes through extraction, and every evidence span is true."""

from __future__ import annotations

import json

from marsad.ingest.files import iter_inputs

from ..conftest import shared_file


def test_the_2015_corpus_extracts_without_error(pipeline):
    path = shared_file("corpus/saudinewsnet-iraq-2015.jsonl")
    articles = records = 0
    for item in iter_inputs([str(path)]):
        assert item.error is None, item.error
        result = pipeline.extract(item.article, source_id=item.source_id)
        articles += 1
        for record in result.records():
            records += 1
            json.dumps(record.to_json(), ensure_ascii=False)
            for name in ("sentence", "trigger", "actor1", "actor2", "location", "date", "fatalities", "injured"):
                span = getattr(record.evidence, name)
                if span is not None:
                    assert item.article.text[span.start:span.end] == span.text, (item.source_id, name)
    assert articles == 780
    assert records > articles  # a security corpus yields records, not silence
