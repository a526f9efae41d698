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
