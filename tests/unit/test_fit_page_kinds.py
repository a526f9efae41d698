"""The page-kind fit script's threshold (benchmarks/fit_page_kinds.py), on invented readings."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

pytest.importorskip("numpy")  # the fit script's own dependency (a development tool)

FITTER = Path(__file__).resolve().parents[2] / "benchmarks" / "fit_page_kinds.py"


@pytest.fixture(scope="module")
def fitter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_fit_page_kinds_unit", FITTER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page(identifier: str, source: str, page_type: str | None = None) -> SimpleNamespace:
    meta = {"page_type": page_type} if page_type else {}
    return SimpleNamespace(id=identifier, source=source, doc={"meta": meta})


PAGES = [
    page("forum", "wcxb", "forum"),
    page("shop", "wcxb", "product"),
    page("news", "l3s-gn1"),
    page("blog", "wcxb", "article"),
]


def test_the_threshold_gains_most_while_no_article_corpus_loses(fitter: ModuleType) -> None:
    # (classifier score, body F1 read as an article, read as no article)
    readings = {
        "forum": (3.0, 0.5, 0.9),
        "shop": (1.0, 0.4, 0.8),
        "news": (2.0, 0.9, 0.5),  # an article that reads worse as no article
        "blog": (0.0, 0.8, 0.8),
    }
    threshold = fitter.choose_threshold(PAGES, readings)
    # Below 2.0 the l3s-gn1 article would be read as no article and lose: only the forum.
    assert 2.0 <= threshold < 3.0


def test_with_no_gain_every_page_stays_an_article(fitter: ModuleType) -> None:
    readings = dict.fromkeys(("forum", "shop", "news", "blog"), (1.0, 0.8, 0.7))
    threshold = fitter.choose_threshold(PAGES, readings)
    assert threshold > 1.0


def test_the_gold_kind_is_the_page_type_else_an_article(fitter: ModuleType) -> None:
    assert fitter.group_of(PAGES[0]) == "wcxb/forum"
    assert fitter.group_of(PAGES[2]) == "l3s-gn1"
    assert fitter.page_type(PAGES[2].doc) == "article"


def test_a_page_type_is_learned_only_when_its_gain_stands_clear_of_its_noise(
    fitter: ModuleType,
) -> None:
    pages = [page(f"forum{i}", "wcxb", "forum") for i in range(4)]
    pages += [page(f"grid{i}", "wcxb", "collection") for i in range(4)]
    readings = {
        # every thread gains about 0.1 read as no article
        "forum0": (0.0, 0.5, 0.6),
        "forum1": (0.0, 0.5, 0.62),
        "forum2": (0.0, 0.5, 0.58),
        "forum3": (0.0, 0.5, 0.61),
        # the grids gain as much on average, but one page's gain is another's loss
        "grid0": (0.0, 0.5, 1.0),
        "grid1": (0.0, 0.9, 0.4),
        "grid2": (0.0, 0.2, 0.6),
        "grid3": (0.0, 0.5, 0.5),
    }
    assert fitter.read_types(pages, readings) == {"forum"}


def test_a_page_type_the_classifier_does_not_learn_may_not_lose(
    fitter: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fitter, "READ_TYPES", frozenset({"forum"}))
    readings = {
        "forum": (3.0, 0.5, 0.9),
        "shop": (2.0, 0.8, 0.7),  # a product page, not learned, that loses read so
        "news": (0.0, 0.9, 0.5),
        "blog": (1.0, 0.7, 0.9),
    }
    threshold = fitter.choose_threshold(PAGES, readings)
    # Below 2.0 the product page would be read as no article and lose (the blog's gain
    # would outweigh it): only the forum.
    assert 2.0 <= threshold < 3.0


def test_the_article_reading_reads_no_page_as_another_kind(fitter: ModuleType) -> None:
    import copydesk

    lexicon = copydesk.Lexicon.default()
    lexicon.page_kind_weights = (("bias", 100.0),)  # every page would be no article
    assert fitter.articles_only(lexicon).page_kind_weights == ()
