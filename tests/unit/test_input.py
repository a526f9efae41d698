"""Bad and odd input: clear errors for non-strings, a result for every string."""

from __future__ import annotations

import datetime as dt

import pytest

import copydesk
from copydesk import Article


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), None, 42, ["a list"]])
def test_non_strings_raise_type_error(value: object) -> None:
    """Anything but a str is a TypeError that says what to pass."""
    with pytest.raises(TypeError, match="takes the article text as a str"):
        copydesk.parse(value)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode() -> None:
    """The bytes error tells the user to decode."""
    with pytest.raises(TypeError, match=r"decode\('utf-8'\)"):
        copydesk.parse(b"Headline")  # type: ignore[arg-type]


def test_reference_date_must_be_a_date() -> None:
    """A reference date given as a string is a TypeError."""
    with pytest.raises(TypeError, match=r"reference_date must be a datetime\.date"):
        copydesk.parse("x", reference_date="2024-11-02")  # type: ignore[arg-type]
    assert copydesk.parse("x", reference_date=dt.datetime(2024, 11, 2, 9)).source == "x"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n\t \u00a0\u200b\ufeff"])
def test_blank_text_gives_an_empty_article(text: str) -> None:
    """Empty or blank text gives an article with nothing in it but the source."""
    assert copydesk.parse(text) == Article(source=text)


def test_crlf_and_cr_line_ends_give_the_same_parts() -> None:
    """Windows and old-Mac line ends segment like Unix ones; spans index the original."""
    unix = "Headline\n\nFirst paragraph here.\n\nSecond one."
    for text in (unix.replace("\n", "\r\n"), unix.replace("\n", "\r")):
        article = copydesk.parse(text)
        assert [p.text for p in article.paragraphs] == ["First paragraph here.", "Second one."]
        for paragraph in article.paragraphs:
            assert paragraph.span.slice(text) == paragraph.text


def test_hard_wrapped_paragraphs_are_one_block() -> None:
    """Lines wrapped at a fixed width join into one paragraph; short lines don't."""
    wrapped = (
        "Headline\n\n"
        "The committee met on Tuesday to discuss the budget and\n"
        "agreed after a long debate that the proposal should go\n"
        "to a vote next week.\n\n"
        "Menu\nHome\nWorld"
    )
    article = copydesk.parse(wrapped)
    assert article.paragraphs[0].text.startswith("The committee met")
    assert article.paragraphs[0].text.endswith("next week.")
    assert "\n" in article.paragraphs[0].text
