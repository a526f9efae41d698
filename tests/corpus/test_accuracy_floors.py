"""Accuracy floors on the dev corpora: each is a figure we measured, minus a small margin.

A floor only ever goes up. Raise it when a change measurably improves the figure (run
``python benchmarks/accuracy.py ../shared/corpus/*/dev.jsonl.gz``); never lower it to make a
run pass.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.corpus

#: (source, field, measure) -> floor.
FLOORS: dict[tuple[str, str, str], float] = {
    ("reuters21578", "headline", "accuracy"): 0.99,
    ("reuters21578", "body", "recall"): 0.99,
    ("reuters21578", "body", "f1"): 0.99,
    ("reuters21578", "dateline", "found_recall"): 0.99,
    ("reuters21578", "dateline", "found_precision"): 0.995,
    ("reuters21578", "dateline", "location_exact"): 0.995,
    ("reuters21578", "dateline", "date_text_exact"): 0.995,
    ("reuters21578", "bylines", "f1"): 0.995,
    ("l3s-gn1", "bylines", "precision"): 0.955,
    ("l3s-gn1", "bylines", "recall"): 0.945,
    ("l3s-gn1", "captions", "precision"): 0.92,
    ("l3s-gn1", "captions", "recall"): 0.775,
    ("l3s-gn1", "captions", "credit_precision"): 0.89,
    ("l3s-gn1", "captions", "credit_recall"): 0.925,
    ("l3s-gn1", "typed_dateline", "found_recall"): 0.935,
    ("l3s-gn1", "typed_dateline", "found_precision"): 0.985,
    ("l3s-gn1", "typed_dateline", "location_exact"): 0.99,
    ("polnear", "headline", "accuracy"): 0.99,
    ("polnear", "body", "recall"): 0.99,
    ("polnear", "quotes", "direct_piece_recall"): 0.99,
    ("polnear", "quotes", "attributed_precision"): 0.99,
    ("polnear", "quotes", "speaker_accuracy"): 0.989,
    ("polnear", "quotes", "speaker_accuracy_names"): 0.986,
    ("polnear", "quotes", "speaker_end_to_end"): 0.951,
    ("polnear", "quotes", "attributed_right_speaker"): 0.966,
    ("scrapinghub-aeb", "body", "f1"): 0.955,
    ("scrapinghub-aeb", "body", "recall"): 0.96,
    ("scrapinghub-aeb", "body", "precision"): 0.96,
    ("l3s-gn1", "body", "f1"): 0.95,
    ("l3s-gn1", "body", "precision"): 0.94,
    ("l3s-gn1", "body", "recall"): 0.97,
    ("l3s-gn1", "headline", "accuracy"): 0.805,
    # WCXB articles, publication date and authors on the same sample (186 pages with a gold
    # date: exact 0.640, exact or updated 0.731; authors P 0.884, R 0.514, F1 0.650, each
    # measured on its own branch; checked again on the merge). feat/captions-5: exact 0.731
    # (a page that prints only an update date gets it as its publication date too).
    ("wcxb/article", "published", "exact"): 0.725,
    ("wcxb/article", "published", "exact_or_updated"): 0.725,
    # feat/authors-5: authors P 0.904, R 0.543, F1 0.679 on this sample.
    ("wcxb/article", "bylines", "f1"): 0.675,
    ("wcxb/article", "bylines", "precision"): 0.90,
    ("wcxb/article", "bylines", "recall"): 0.54,
    # WCXB (a fixed sample of 400 dev pages, per page type) is out-of-sample by
    # construction: the page weights are fitted on scrapinghub-aeb and l3s-gn1 only, and
    # WCXB's sites are others. The cross-validation of the two fit corpora (5 folds by
    # site) is in docs/explanation/whole-pages.md; it is too slow for the suite.
    ("wcxb/article", "body", "f1"): 0.835,
    ("wcxb/article", "body", "precision"): 0.935,
    ("wcxb/article", "body", "recall"): 0.81,
    # feat/headline-5: 0.802 on this sample (the title's part about the article beats a
    # stray line; a heading longer than the title kept whole; the site part never chosen).
    ("wcxb/article", "headline", "accuracy"): 0.795,
    ("wcxb/article", "snippets", "with_found"): 0.71,
    ("wcxb/article", "snippets", "without_out"): 0.96,
    ("wcxb/service", "body", "f1"): 0.59,
    ("wcxb/listing", "body", "f1"): 0.39,
    ("wcxb/forum", "body", "f1"): 0.50,
    ("wcxb/product", "body", "f1"): 0.44,
    ("wcxb/documentation", "body", "f1"): 0.775,
    ("wcxb/collection", "body", "f1"): 0.46,
}


@pytest.mark.parametrize(("source", "field", "measure"), sorted(FLOORS))
def test_accuracy_floor(accuracy: dict[str, Any], source: str, field: str, measure: str) -> None:
    """The measured figure is at or above its floor."""
    if source not in accuracy:
        pytest.skip(f"{source} corpus not present")
    value = accuracy[source][field][measure]
    assert value is not None, f"{source} {field} {measure}: nothing was scored"
    assert value >= FLOORS[source, field, measure], f"{source} {field} {measure} = {value:.3f}"


def test_no_document_fails_to_parse(accuracy: dict[str, Any]) -> None:
    """No dev document makes the parser raise."""
    errors = {source: result["throughput"]["parse_errors"] for source, result in accuracy.items()}
    assert all(count == 0 for count in errors.values()), errors
