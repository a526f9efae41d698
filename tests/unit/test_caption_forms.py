"""Captions in page forms: 'Label: description' lines, and a caption glued above the story."""

from __future__ import annotations

import pytest

import copydesk

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
THIRD = "Forecasters expect the rain to ease by the end of the week, the weather service said."


def story_with(block: str) -> copydesk.Article:
    """An article with *block* between two paragraphs of the story."""
    return copydesk.parse("\n\n".join([HEADLINE, LEDE, block, SECOND, THIRD]))


@pytest.mark.parametrize(
    "block",
    [
        "No go: Jane Doe will stay at the harbour club",
        "Wet work: City Harbour's John Roe clears the drain outside the town hall",
    ],
)
def test_labelled_caption(block: str) -> None:
    """A 'Label: description' line naming someone, between paragraphs, is a caption."""
    (caption,) = story_with(block).captions
    assert caption.text == block
    assert caption.credit is None


@pytest.mark.parametrize(
    "block",
    [
        "True confession: I had to learn to swim the hard way",
        "Update: Jane Doe will stay at the harbour club.",
        'Jane Doe: "We will stay at the harbour club"',
        "Rates warning: Jane Doe tells savers to brace themselves, says bank",
        "Storm warning: Jane 'will stay' at the harbour club tonight",
    ],
)
def test_not_a_labelled_caption(block: str) -> None:
    """A subhead naming nobody, a sentence with a period, a quotation or speech stay body."""
    assert story_with(block).captions == ()


def test_labelled_line_in_a_list_of_links_is_no_caption() -> None:
    """Between link lines (not paragraphs of prose) a labelled line is a headline."""
    links = "Rates warning: Brace yourselves now\n\nNo go: Jane Doe will stay at the harbour club"
    text = "\n\n".join([HEADLINE, LEDE, SECOND, THIRD, "Also in News", links, "More links here"])
    assert copydesk.parse(text).captions == ()


def test_caption_line_glued_above_the_story() -> None:
    """'Troops patrol the town [EPA]' as a block's first line: the caption is that line."""
    block = "Troops patrol the flooded town on Monday [EPA]\n" + SECOND
    article = story_with(block)
    (caption,) = article.captions
    assert caption.text == "Troops patrol the flooded town on Monday [EPA]"
    assert caption.credit is not None
    assert caption.credit.agency == "EPA"
    assert SECOND in article.body


def test_caption_and_credit_lines_glued_above_the_story() -> None:
    """A caption line and a credit line above the story in one block make one caption."""
    block = "Troops patrol the flooded town.\nJane Doe/Getty Images\n" + SECOND
    article = story_with(block)
    (caption,) = article.captions
    assert caption.text == "Troops patrol the flooded town.\nJane Doe/Getty Images"
    assert caption.credit is not None
    assert caption.credit.names == ("Jane Doe",)
    assert SECOND in article.body


def test_verb_caption_glued_above_a_paragraph() -> None:
    """A picture-verb line glued above a paragraph in one block is cut off as a caption."""
    line = "Jane Doe delivers a speech to rescue workers in the old town, 18 Nov 2007"
    article = story_with(line + "\n" + SECOND)
    (caption,) = article.captions
    assert caption.text == line
    assert SECOND in article.body


def test_sentence_glued_above_a_paragraph_stays() -> None:
    """A line of the story ending in a period above the next line is no caption."""
    line = "Jane Doe delivers a speech to rescue workers in the old town on Monday."
    article = story_with(line + "\n" + SECOND)
    assert article.captions == ()
