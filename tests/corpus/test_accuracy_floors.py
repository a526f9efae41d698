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
    # feat/authors-12: P 0.970 (0.960 before: a publisher's "Name, Publisher" under the
    # story is no sign-off).
    ("l3s-gn1", "bylines", "precision"): 0.965,
    ("l3s-gn1", "bylines", "recall"): 0.945,
    # feat/pages-6: 0.891 / 0.757 (0.923 / 0.776 before): the page weights fitted with
    # WCXB's articles keep more short lines by a photo inside the article, and four l3s-gn1
    # pages lose or gain a caption. A real loss, taken for the page gains (issue #18).
    # feat/dates-7: 0.923 / 0.776 again: a leaked caption tag's text is cut out before the
    # page reader and the headline run, and a teaser's title in a list left in the body is
    # no caption (issue #19).
    # feat/captions-8: 0.934 / 0.785 (half A 0.919 / 0.903, half B held out 0.966 / 0.622,
    # as before): slashed credits after the last sentence, a credit line above its caption,
    # a titled person by the headline, a quoted caption, no highlights taken (issue #19).
    ("l3s-gn1", "captions", "precision"): 0.93,
    ("l3s-gn1", "captions", "recall"): 0.78,
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
    # The page corpora's body floors stand on the out-of-fold figures (issue #18: 5 folds by
    # site, `accuracy.py <scrapinghub-aeb, l3s-gn1, wcxb dev> --split-by page_type --cv 5`,
    # docs/explanation/whole-pages.md, "Tenth pass"), a small margin below; the suite
    # measures in-sample, which since feat/pages-6 is within 0.002 of out-of-fold.
    # scrapinghub-aeb F1 0.951 / 0.950 out-of-fold (0.959 / 0.946 before: the old in-sample
    # floor of 0.955 stood on an overfitted figure), precision 0.948 / 0.947 (0.966 / 0.953
    # before: a real loss of 0.006 out-of-fold), recall 0.965 / 0.965.
    ("scrapinghub-aeb", "body", "f1"): 0.945,
    # feat/pages-7 (thread posts, kept end headings): recall 0.971 / 0.971.
    ("scrapinghub-aeb", "body", "recall"): 0.965,
    ("scrapinghub-aeb", "body", "precision"): 0.94,
    # l3s-gn1: F1 0.955 / 0.954, precision 0.943 / 0.941, recall 0.981 / 0.982.
    ("l3s-gn1", "body", "f1"): 0.95,
    ("l3s-gn1", "body", "precision"): 0.94,
    ("l3s-gn1", "body", "recall"): 0.975,
    # feat/headline-9: 0.817 (0.810 before: headings printed with the site's name or tools
    # on their line, a box of other stories' headlines over the dateline).
    ("l3s-gn1", "headline", "accuracy"): 0.81,
    # WCXB articles, publication date and authors on the same sample (186 pages with a gold
    # date: exact 0.640, exact or updated 0.731; authors P 0.884, R 0.514, F1 0.650, each
    # measured on its own branch; checked again on the merge). feat/captions-5: exact 0.731
    # (a page that prints only an update date gets it as its publication date too).
    # On the merge of feat/authors-5, feat/headline-5 and feat/pages-6: exact 0.747; authors
    # P 0.890, R 0.543, F1 0.675 (authors-5 alone: P 0.904; the weights of pages-6 keep more
    # of the page as the article, an author bio now and then: a real loss of precision).
    # feat/dates-7: exact 0.758 on this sample (figures' dates are no stamps, a stated first
    # publication, a foot post line of two dates, ISO dates with bullets).
    ("wcxb/article", "published", "exact"): 0.75,
    ("wcxb/article", "published", "exact_or_updated"): 0.75,
    # feat/authors-7: authors P 0.897, R 0.543, F1 0.677 on this sample. feat/authors-8:
    # P 0.904, R 0.543, F1 0.679 (a section about a person inside the story is no box).
    # feat/authors-9: P 0.914, R 0.562, F1 0.696 (editors' labels, writers listed a line
    # each, author boxes of several writers, names printed twice, more lead-ins).
    # feat/authors-12: P 0.937, R 0.572, F1 0.710 (a listing's bylines, testimonials'
    # signatures, place lines and job titles under the story are no bylines).
    ("wcxb/article", "bylines", "f1"): 0.70,
    ("wcxb/article", "bylines", "precision"): 0.93,
    ("wcxb/article", "bylines", "recall"): 0.56,
    # WCXB (a fixed sample of 400 dev pages, per page type) is no longer out-of-sample by
    # construction: since feat/pages-6 the page weights are fitted on WCXB's 793 dev article
    # pages too (at a tenth of a page's weight), so these floors stand a small margin below
    # the out-of-fold figures (5 folds by site, the whole dev split; docs/explanation/
    # whole-pages.md, "Tenth pass") and below this sample's own figure, where lower. The
    # cross-validation is too slow for the suite; in-sample and out-of-fold differ by 0.005
    # at most on every page type. Body F1 out-of-fold (before -> after): article 0.856 ->
    # 0.910 (sample 0.900), service 0.610 -> 0.746 (0.737), listing 0.402 -> 0.503
    # (0.515), forum 0.524 -> 0.608 (0.626), product 0.514 -> 0.525 (0.503), documentation
    # 0.751 -> 0.862 (0.883), collection 0.472 -> 0.482 (0.504). Article precision 0.949 ->
    # 0.935 (sample 0.928) and `without` snippets kept out 0.969 -> 0.951 (sample 0.942)
    # are real losses: the reader keeps more of the page, some of it the site's.
    ("wcxb/article", "body", "f1"): 0.895,
    ("wcxb/article", "body", "precision"): 0.92,
    ("wcxb/article", "body", "recall"): 0.905,
    # feat/headline-5 with the weights of feat/pages-6: 0.820 on this sample (headline-5
    # alone 0.802, pages-6 alone 0.783); feat/headline-7: 0.843; feat/headline-9: 0.853;
    # feat/headline-12: 0.857.
    ("wcxb/article", "headline", "accuracy"): 0.855,
    # feat/headline-11: the site's part of the title is never the fallback headline. On
    # this sample: service 0.435 -> 0.457, collection 0.303 -> 0.333; whole dev (in-sample)
    # service 0.370 -> 0.388, collection 0.342 -> 0.368, product 0.487 -> 0.496,
    # documentation 0.429 -> 0.440, forum 0.752 -> 0.761.
    # feat/headline-12: a slogan or box sharing under two words with a title that names the
    # page gives way to the title's part. On this sample: service 0.522, collection 0.364,
    # listing 0.565, documentation 0.542; whole dev (in-sample) service 0.376 -> 0.448,
    # listing 0.475 -> 0.515, product 0.496 -> 0.529, documentation 0.451 -> 0.538,
    # collection 0.368 -> 0.402.
    # feat/headline-14: a title part the copyright line names is the site's, never the
    # headline (steps 2 and 8); the last of three title parts is the site's in step 1. On
    # this sample: service 0.522 -> 0.543, forum 0.710 -> 0.742 (no floor before), the rest
    # unchanged; whole dev (in-sample) article 0.823 -> 0.827, service 0.448 -> 0.455,
    # forum 0.761 -> 0.770, product 0.529 -> 0.538, collection 0.402 -> 0.410.
    ("wcxb/service", "headline", "accuracy"): 0.54,
    ("wcxb/forum", "headline", "accuracy"): 0.74,
    ("wcxb/collection", "headline", "accuracy"): 0.36,
    ("wcxb/listing", "headline", "accuracy"): 0.56,
    ("wcxb/documentation", "headline", "accuracy"): 0.54,
    ("wcxb/article", "snippets", "with_found"): 0.80,
    ("wcxb/article", "snippets", "without_out"): 0.935,
    # feat/pages-7 (thread posts, kept end headings), out-of-fold (sample): listing 0.517
    # (0.525), forum 0.671 (0.695), documentation 0.872 (0.890), collection 0.489 (0.504).
    # feat/pages-8 (several content regions), out-of-fold (sample): service 0.751 (0.741),
    # listing 0.518 (0.524), forum 0.685 (0.720), product 0.533 (0.522), documentation
    # 0.874 (0.890), collection 0.513 (0.506).
    # feat/pages-10 (the page's kind: service, listing, forum and documentation pages read
    # with their own weights when the classifier says so), out-of-fold (sample): listing
    # 0.520 -> 0.529 (0.566), documentation 0.874 -> 0.886 (0.904); the other types within 0.001.
    ("wcxb/service", "body", "f1"): 0.735,
    ("wcxb/listing", "body", "f1"): 0.52,
    ("wcxb/forum", "body", "f1"): 0.675,
    ("wcxb/product", "body", "f1"): 0.51,
    ("wcxb/documentation", "body", "f1"): 0.88,
    ("wcxb/collection", "body", "f1"): 0.495,
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
