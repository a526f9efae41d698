"""Foundation fixes found by the robustness work: spans, segmentation, freezing."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Span


@pytest.mark.parametrize(("start", "end"), [("1", 2), (0, 2.0), (None, 1)])
def test_span_offsets_must_be_ints(start: object, end: object) -> None:
    """A span of non-int offsets is a TypeError (one validator checks both fields)."""
    with pytest.raises(TypeError, match="Span offsets must be ints"):
        Span(start, end)  # type: ignore[arg-type]


def test_a_long_run_of_wordless_lines_is_one_paragraph() -> None:
    """A run of thousands of one-character lines is one paragraph with an exact span, so
    hostile input costs per run, not per line.

    The page classifier would rightly call such a text a menu, so it is off here: this is
    about segmentation and freezing.
    """
    text = "Headline\n\n" + "a\n" * 5_000 + " b b \n\n\n c"
    article = copydesk.Parser().disable("boilerplate").parse(text)
    assert [p.text[:4] for p in article.paragraphs] == ["a\na\n", "b b", "c"]
    assert all(p.span.slice(text) == p.text for p in article.paragraphs)
    assert article.paragraphs[0].text.count("a") == 5_000


def test_a_short_run_of_wordless_lines_keeps_a_block_per_line() -> None:
    """Separator lines ("--", "|") between a few menu items stay lines of their own."""
    text = "Headline\n\n" + "--\n|\n" * 10 + "\nThe storm hit the coast on Monday."
    article = copydesk.Parser().disable("boilerplate").parse(text)
    lines = [p.text for p in article.paragraphs][:-1] + [c.text for c in article.chrome]
    assert sorted(set(lines)) == ["--", "|"]
    assert len(lines) == 20
