"""Property tests: the work of a parse grows in step with the text (issue #21), counted, not
timed. Texts of many lines of one shape (quotes of many distinct speakers, under many
distinct titles, photo credit lines, name / "AP Sports Writer" byline pairs, lines quoting
a person by name and colon) are parsed
at two lengths: twice the lines must cost at most about twice the function calls. And the
picture-mark test, which folds a text a piece at a time to spare a copy of it, finds what
folding the whole text finds."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any
from unittest import mock

from _many_names import SPEAKER_SHAPES, lines_text
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk import Parser
from copydesk._text import holds_folded
from copydesk.steps.quotes.full_names import FullNames

QUOTES_STEP = sys.modules["copydesk.steps.quotes"]
# One line of each shape (beside the quote lines of _many_names).
SHAPES = (
    *SPEAKER_SHAPES,
    "“{saying}” he said.",
    "Photo: Jane {word}",
    "Photo: Jane Doe",
    "(AP Photo/Ann {word})",
    "Jane {word}\nAP Sports Writer\n",
    "Jane Doe\nAP Sports Writer\n",
    'Jane Doe: "We worked through the {word} night and slept at dawn."',
)
# Twice the lines may cost this many times the calls (1.0 more than linear would be a
# cost quadratic in the lines; the fixed cost of a parse keeps the ratio under 2).
MAX_DOUBLING_RATIO = 2.3


@st.composite
def shaped_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A text of 100 to 160 lines of a few shapes, and the same with twice the lines. (At
    100 lines even a text on one line is a block longer than any caption: a shorter one
    read as one caption made no quotes, and half the work of twice its lines.)"""
    count = draw(st.integers(min_value=100, max_value=160))
    stem = draw(st.text("bcdfghklmnprstvz", min_size=1, max_size=4))
    shapes = draw(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3, unique=True))
    separator = draw(st.sampled_from(("\n", "\n\n", " ")))
    return lines_text(shapes, stem, separator, count), lines_text(
        shapes, stem, separator, 2 * count
    )


def _calls(parser: Parser, text: str) -> int:
    """How many function calls (Python and built-in) parsing *text* makes."""
    count = 0

    def counter(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    parser.parse(text)  # the memos of the lexicon warm, as for every text after the first
    sys.setprofile(counter)
    try:
        parser.parse(text)
    finally:
        sys.setprofile(None)
    return count


def _doubling_ratio(texts: tuple[str, str]) -> float:
    parser = Parser()
    single, double = texts
    return _calls(parser, double) / _calls(parser, single)


@settings(max_examples=15)
@given(shaped_texts())
def test_twice_the_lines_cost_about_twice_the_calls(texts: tuple[str, str]) -> None:
    """However many distinct speakers, titles, photographers and bylines a text names, the
    calls of its parse grow no faster than its lines."""
    assert _doubling_ratio(texts) <= MAX_DOUBLING_RATIO


def _always_scanning() -> Callable[..., FullNames]:
    return functools.partial(FullNames, scan_budget=10**9)


def test_the_count_sees_work_quadratic_in_the_lines() -> None:
    """The check can fail: full names looked up by reading every block for each speaker
    (as before the index, issue #21 item 1) cost calls quadratic in the lines."""
    texts = lines_text(SHAPES[:1], "k", "\n", 100), lines_text(SHAPES[:1], "k", "\n", 200)
    assert _doubling_ratio(texts) <= MAX_DOUBLING_RATIO
    with mock.patch.object(QUOTES_STEP, "FullNames", _always_scanning()):
        assert _doubling_ratio(texts) > MAX_DOUBLING_RATIO


FOLDING = "aBcSsß İıΣσςẞ\u0130ﬁ zoomGALLERY-"


@given(
    st.text(FOLDING, max_size=60),
    st.lists(st.text(FOLDING, min_size=1, max_size=4).map(str.casefold), min_size=1, max_size=4),
    st.integers(min_value=1, max_value=8),
)
def test_folding_a_piece_at_a_time_finds_what_folding_the_whole_finds(
    text: str, words: list[str], piece: int
) -> None:
    """``holds_folded`` (which spares a casefolded copy of a long text) answers as a search
    of the whole casefolded text, wherever the pieces are cut."""
    with mock.patch("copydesk._text._FOLD_PIECE", piece):
        assert holds_folded(text, words) == any(word in text.casefold() for word in words)
