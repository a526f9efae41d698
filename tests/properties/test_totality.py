"""Totality: every str parses, without an exception, into a lossless article; the one
refusal, a text holding a surrogate pair, is a ValueError naming where the pair stands.

The huge inputs are plain example tests (hypothesis would shrink them forever); they only
check that parsing finishes and stays lossless. How long they take is measured by
``benchmarks/adversarial.py``, not asserted here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _checks import (
    any_text,
    check_lossless,
    first_surrogate_pair,
    parse_and_check,
    text_with_a_surrogate_pair,
)
from hypothesis import given

import copydesk


@given(any_text)
def test_any_string_parses_with_a_reference_date(text: str) -> None:
    """A reference date never makes a parse fail."""
    check_lossless(copydesk.parse(text, reference_date=dt.date(2024, 11, 2)))


@given(text_with_a_surrogate_pair)
def test_a_surrogate_pair_is_refused_with_its_position(text: str) -> None:
    """A high surrogate right before a low one (JSON would join them) is a ValueError."""
    with pytest.raises(
        ValueError, match=f"surrogate pair at position {first_surrogate_pair(text)} "
    ):
        copydesk.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "\x00" * 1000,
        "\ud800",
        "\udc00\ud800",
        "Headline\n\n\ud83d alone\n\nBody text.",
        "\u202eenilwdaeH\u202c\n\nBody text.",
        "\u200f\u200e\u2066\u2069",
        "😀" * 10_000,
        "\x1b[31mRED\x1b[0m\n\nBody.",
        "\r" * 10_000,
        "\u2028\u2029\x85\x0b\x0c" * 1000,
        "\ufeff" * 1000 + "Headline",
        "ß" * 300 + " | " + "ß" * 3,
        "İ" * 50 + " | Site\n\n" + "İ" * 50,
    ],
    ids=repr,
)
def test_odd_strings_parse_losslessly(text: str) -> None:
    """NUL, lone surrogates, bidi marks, emoji, escape codes and odd line breaks parse."""
    parse_and_check(text)


# The marks the quote step pairs by context get a million each; the marks that only pair
# with their own partner, a quarter of that (the same code runs; the suite stays fast).
@pytest.mark.parametrize(
    ("mark", "count"),
    [
        ("“", 1_000_000),
        ("”", 1_000_000),
        ('"', 1_000_000),
        ("'", 250_000),
        ("«", 250_000),
        ("「", 250_000),
    ],
)
def test_a_million_quote_marks(mark: str, count: int) -> None:
    """A million quote marks on one line, or one per line, parse."""
    parse_and_check(mark * count)
    parse_and_check(f"{mark}\n" * 20_000)


@pytest.mark.parametrize(
    ("unit", "megabytes"),
    [
        ("The council met on Tuesday and agreed to the plan. ", 5),
        ("Photo by Jane Doe/", 5),
        ("WASHINGTON (AP) — ", 1),
        ("By ", 1),
        ("(AP Photo/", 1),
        ("(" * 50 + ")" * 50, 1),
    ],
)
def test_a_huge_single_line(unit: str, megabytes: int) -> None:
    """A line of megabytes without a line break parses losslessly into a part or two.

    (One part, or two when a detector splits a leading dateline or byline off the line.)
    """
    size = megabytes * 1_000_000
    text = (unit * (size // len(unit) + 1))[:size]
    article = copydesk.parse(text)
    check_lossless(article)
    assert 1 <= len(article.parts()) <= 2


def test_only_strings_are_parsed() -> None:
    """A str subclass is parsed; bytes and other types are a TypeError."""

    class Text(str):
        pass

    assert copydesk.parse(Text("Headline\n\nBody text.")).headline is not None
    with pytest.raises(TypeError):
        copydesk.parse(memoryview(b"Headline"))  # type: ignore[arg-type]
