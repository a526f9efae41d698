"""Shared pieces of the work-bound property tests: texts of many lines of one shape, each
line naming someone (or a title word) that no line before it named."""

from __future__ import annotations

from collections.abc import Sequence

SAYINGS = ("Yes, we will,", "We are ready.", "Not today,", "It is done,")
# Quote lines: {word} is a name (or title word) no line before used, {saying} a short
# quotation.
SPEAKER_SHAPES = (
    "“{saying}” {word} said.",
    "“{saying}” Mayor Ann {word} said.",
    "“{saying}” {word} Minister Ann Lee said.",
    "“{saying}” said {word}, a spokeswoman for the council.",
)
# Every text opens with a headline, so the lines are the article's body.
HEADLINE = "Council meets\n\n"


def invented_word(stem: str, number: int) -> str:
    """A capitalised invented word, distinct for each *number* below 26 ** 3."""
    letters = []
    for _ in range(3):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("a") + digit))
    return stem.capitalize() + "".join(letters)


def lines_text(
    shapes: Sequence[str], stem: str, separator: str, count: int, first_word: int = 0
) -> str:
    """A headline over *count* lines that take the *shapes* in turn, joined by *separator*;
    the line at position *n* names invented word number ``first_word + n`` (texts given
    ranges that do not overlap name no one in common)."""
    lines = [
        shapes[number % len(shapes)].format(
            saying=SAYINGS[number % len(SAYINGS)], word=invented_word(stem, first_word + number)
        )
        for number in range(count)
    ]
    return HEADLINE + separator.join(lines)
