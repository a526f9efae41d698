"""The accuracy harness's own measures (benchmarks/accuracy.py), on invented records."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_accuracy_harness_unit", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_author_lines_split_into_names_without_credentials(harness: ModuleType) -> None:
    """Commas, "and" and "&" separate names; "By" and credentials such as RD are dropped."""
    assert harness.author_names("By Dylan Bailey, MS, RD, FAND and Jane Roe") == [
        "Dylan Bailey",
        "Jane Roe",
    ]
    assert harness.author_names("Ann Lee & Bo Chan; Ph.D.") == ["Ann Lee", "Bo Chan"]
    assert harness.author_names("") == []


def test_sites_come_from_the_domain_or_the_url_host(harness: ModuleType) -> None:
    """A site keeps all its pages in one fold; www. does not make another site."""
    assert harness.site_of({"domain": "Example.org"}, "a") == "example.org"
    assert harness.site_of({"url": "http://www.example.org/x"}, "b") == "example.org"
    assert harness.site_of({}, "c") == "c"
    folds = {harness.fold_of_site(f"site{number}.com", 5) for number in range(50)}
    assert folds == set(range(5))


def test_site_halves_split_sites_never_pages_of_one_site(harness: ModuleType) -> None:
    """Every record is in exactly one half, and all pages of a site are in the same one."""
    records = [
        {"id": f"{n}", "meta": {"url": f"https://www.site{n % 20}.com/page{n}"}} for n in range(60)
    ]
    in_a = {r["id"] for r in records if harness.in_site_half(r, "A")}
    in_b = {r["id"] for r in records if harness.in_site_half(r, "B")}
    assert in_a.isdisjoint(in_b)
    assert in_a | in_b == {r["id"] for r in records}
    assert in_a
    assert in_b
    half_of_site = {}
    for record in records:
        site = harness.site_of(record["meta"], record["id"])
        half = "A" if record["id"] in in_a else "B"
        assert half_of_site.setdefault(site, half) == half


def _doc(harness: ModuleType, gold: dict[str, object]) -> object:
    return harness.Doc(id="x", text="", gold=gold, meta={}, typed=None, source="wcxb")


def test_snippets_count_what_the_body_keeps_and_leaves_out(harness: ModuleType) -> None:
    """A `with` snippet must be in the body, a `without` snippet must not."""
    doc = _doc(harness, {"with": ["The storm  hit", "never printed"], "without": ["Home", "Menu"]})
    parsed = harness.ParsedView(body="The storm hit the coast.\n\nHome")
    score = harness.score_snippets(doc, parsed)
    assert score.counts == {
        "docs": 1,
        "with": 2,
        "with_found": 1,
        "with_in_text": 0,
        "without": 2,
        "without_out": 1,
    }


def test_snippets_in_the_page_text_bound_what_the_body_can_find(harness: ModuleType) -> None:
    """A `with` snippet the page's text does not hold (printed otherwise in the HTML the
    snippets came from) counts as found by no body: `with_in_text` is the ceiling."""
    doc = harness.Doc(
        id="x",
        text="Menu\n\nThe storm’s path  hit the coast.",
        gold={"with": ["the storm’s path hit", "The storm's path hit"]},
        meta={},
        typed=None,
        source="wcxb",
    )
    score = harness.score_snippets(doc, harness.ParsedView(body="The storm’s path hit the coast."))
    assert (score.counts["with_found"], score.counts["with_in_text"]) == (1, 1)


def test_publication_dates_compare_by_day(harness: ModuleType) -> None:
    """The gold date's day is compared with the parsed date's; no parsed date is a miss."""
    doc = _doc(harness, {"published": "2025-09-04T10:00:00"})
    right = harness.score_published(doc, harness.ParsedView(published="2025-09-04"))
    missing = harness.score_published(doc, harness.ParsedView())
    assert right.counts["correct"] == 1.0
    assert (missing.counts["correct"], missing.counts["found"]) == (0.0, 0.0)


def test_gold_captions_are_found_on_their_own_line_first(harness: ModuleType) -> None:
    """A caption's words printed first inside a body sentence do not hide the caption line;
    with no such line the first occurrence stands, and a repeated caption takes the next."""
    text = "Officials said Ann Lee left.\nAnn Lee left\nMore text.\nAnn Lee left"
    first_line = text.index("\nAnn Lee left\n") + 1
    last_line = text.rindex("Ann Lee left")
    assert harness.locate_items(text, ["Ann Lee left"], whole_lines_first=True) == [
        (first_line, first_line + 12)
    ]
    in_sentence = text.index("Ann Lee left")
    assert harness.locate_items(text, ["Ann Lee left"]) == [(in_sentence, in_sentence + 12)]
    assert harness.locate_items(text, ["Ann Lee left", "Ann Lee left"], whole_lines_first=True) == [
        (first_line, first_line + 12),
        (last_line, last_line + 12),
    ]
    assert harness.locate_items("He said Bo Chan ran.", ["Bo Chan"], whole_lines_first=True) == [
        (8, 15)
    ]
    assert harness.locate_items("No caption here.", ["Bo Chan"], whole_lines_first=True) == [None]


def test_folded_headline_accuracy_forgives_only_quote_marks_and_dashes(
    harness: ModuleType,
) -> None:
    """A heading printed with curly marks matches gold written with straight ones in
    ``accuracy_folded`` only; another word is a miss in both."""
    gold = {"headline": "We've Won -- Again"}
    doc = harness.Doc(id="1", text="", gold=gold, meta={}, typed=None, source="s")
    printed = harness.score_headline(doc, harness.view_article(_Parsed("We’ve Won — Again")))
    assert printed.counts["correct"] == 0.0
    assert printed.counts["folded"] == 1.0
    other = harness.score_headline(doc, harness.view_article(_Parsed("We’ve Lost — Again")))
    assert other.counts["folded"] == 0.0


class _Headline:
    def __init__(self, text: str) -> None:
        self.text = text


class _Parsed:
    def __init__(self, headline: str) -> None:
        self.headline = _Headline(headline)
