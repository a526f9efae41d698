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


def test_many_short_lines_are_one_paragraph_each() -> None:
    """Each of many one-character lines is a paragraph with an exact span (fast path).

    The page classifier would rightly call such a text a menu, so it is off here: this is
    about segmentation and freezing.
    """
    text = "Headline\n\n" + "a\n" * 5_000 + " b \n\n\n c"
    article = copydesk.Parser().disable("boilerplate").parse(text)
    assert len(article.paragraphs) == 5_002
    assert all(p.span.slice(text) == p.text for p in article.paragraphs)
    assert [p.text for p in article.paragraphs[-2:]] == ["b", "c"]
