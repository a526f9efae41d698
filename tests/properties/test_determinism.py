"""Determinism and thread safety: the same text always gives the same article."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from _checks import any_text
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk
from copydesk import Parser
from copydesk.testing import articles

THREADS = 8


@given(st.lists(any_text | articles().map(lambda g: g.text), min_size=2, max_size=4))
def test_results_do_not_depend_on_history(texts: list[str]) -> None:
    """A parser that parsed other texts first gives what a fresh parser gives."""
    used = Parser()
    for text in reversed(texts):
        used.parse(text)
    for text in texts:
        assert used.parse(text) == Parser().parse(text) == copydesk.parse(text)


@settings(max_examples=10)
@given(
    st.lists(
        articles(datelines=True, bylines=True, quotes=True).map(lambda g: g.text) | any_text,
        min_size=THREADS,
        max_size=3 * THREADS,
    )
)
def test_threads_sharing_one_parser_match_serial_results(texts: list[str]) -> None:
    """8 threads sharing one fresh parser (cold pattern caches) give the serial results."""
    expected = [Parser().parse(text) for text in texts]
    shared = Parser()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        for _ in range(3):
            assert list(pool.map(shared.parse, texts * 2)) == expected * 2
