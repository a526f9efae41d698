"""Very long lines: a megabyte on one line parses within a small memory budget."""

from __future__ import annotations

import tracemalloc

import copydesk


def test_a_long_line_of_short_words_needs_little_memory() -> None:
    """Parsing a 1 MB line of two-letter words peaks under 10 bytes per character."""
    text = "ab " * 333_333
    copydesk.parse("warm up the patterns")
    tracemalloc.start()
    try:
        copydesk.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / len(text) < 10
