"""Property tests: the work of a parse grows in step with the text (issue #21), counted, not
timed. Texts of many lines of one shape (quotes of many distinct speakers, under many
distinct titles, photo credit lines, name / "AP Sports Writer" byline pairs, lines quoting
a person by name and colon) are parsed at three lengths, each twice the one before: the
work the second doubling adds must be about twice what the first added. And the
picture-mark test, which folds a text a piece at a time to spare a copy of it, finds what
folding the whole text finds."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any, NamedTuple
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
# A text of n lines costs C(n) calls. Doubling n to 2n adds D1 = C(2n) - C(n), doubling again
# adds D2 = C(4n) - C(2n). A cost linear in the lines makes D2 = 2 D1 whatever the fixed cost
# of a parse (it cancels); a quadratic part (c n^2 beside b n) makes D2 / D1 =
# (2b + 12cn) / (b + 3cn), up to 4. Texts of the same shapes measure 1.8 to 2.1; at most
# 2.5 allows a quadratic part of at most a ninth of the linear one at 4n lines (the ratio
# C(2n) / C(n) <= 2.3 checked before allowed about a sixth, and more with a fixed cost).
MAX_INCREMENT_GROWTH = 2.5


class ShapedText(NamedTuple):
    """How to write texts of one kind at any length: lines of *shapes* in turn."""

    shapes: Sequence[str]
    stem: str
    separator: str
    count: int
    """The lines of the shortest text: a whole number of rounds of the shapes, so that the
    texts of every length end as they do (one that ended on a byline pair where the other
    ended on a credit line cost a third more work, or less)."""

    def text(self, lines: int, first_word: int) -> str:
        return lines_text(self.shapes, self.stem, self.separator, lines, first_word)


@st.composite
def shaped_texts(draw: st.DrawFn) -> ShapedText:
    """Texts of 100 to 160 lines of a few shapes (and two and four times as many). (At 100
    lines even a text on one line is a block longer than any caption: a shorter one read as
    one caption made no quotes, and half the work of twice its lines.)"""
    count = draw(st.integers(min_value=100, max_value=160))
    stem = draw(st.text("bcdfghklmnprstvz", min_size=1, max_size=4))
    shapes = draw(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3, unique=True))
    separator = draw(st.sampled_from(("\n", "\n\n", " ")))
    return ShapedText(shapes, stem, separator, count + -count % len(shapes))


def _calls(parser: Parser, text: str) -> int:
    """How many function calls (Python and built-in) parsing *text* makes."""
    count = 0

    def counter(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counter)
    try:
        parser.parse(text)
    finally:
        sys.setprofile(None)
    return count


def _increment_growth(shaped: ShapedText) -> tuple[int, int]:
    """The calls that doubling the lines adds, then doubling them again: ``(D1, D2)``.

    Every text names words no other one names (each its own range of invented words): the
    memos of names then help no text more than another, and a memo that overflows at one
    length and not at the other (a text parsed twice hit its whole memo of 256 title
    splits, one of 320 titled lines none) changes no count. One parse of the longest
    length, in other words, first builds the lexicon's tables and patterns every text needs.
    """
    parser = Parser()
    lengths = (shaped.count, 2 * shaped.count, 4 * shaped.count)
    parser.parse(shaped.text(lengths[-1], first_word=sum(lengths)))
    calls = []
    first_word = 0
    for lines in lengths:
        calls.append(_calls(parser, shaped.text(lines, first_word)))
        first_word += lines
    return calls[1] - calls[0], calls[2] - calls[1]


@settings(max_examples=15)
@given(shaped_texts())
def test_doubling_the_lines_again_adds_twice_the_calls(shaped: ShapedText) -> None:
    """However many distinct speakers, titles, photographers and bylines a text names, the
    calls of its parse grow no faster than its lines."""
    first, second = _increment_growth(shaped)
    assert second <= MAX_INCREMENT_GROWTH * first


def _always_scanning() -> Callable[..., FullNames]:
    return functools.partial(FullNames, scan_budget=10**9)


def test_the_count_sees_work_quadratic_in_the_lines() -> None:
    """The check can fail: full names looked up by reading every block for each speaker
    (as before the index, issue #21 item 1) cost calls quadratic in the lines."""
    shaped = ShapedText(SHAPES[:1], "k", "\n", 100)
    first, second = _increment_growth(shaped)
    assert second <= MAX_INCREMENT_GROWTH * first
    with mock.patch.object(QUOTES_STEP, "FullNames", _always_scanning()):
        first, second = _increment_growth(shaped)
    assert second > MAX_INCREMENT_GROWTH * first


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
