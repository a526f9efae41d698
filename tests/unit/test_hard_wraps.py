"""Hard-wrapped text: lines a wrap cut apart join into one paragraph, and lines that are
paragraphs of their own stay apart."""

from __future__ import annotations

import copydesk

_HEADLINE = "Council approves budget plan"


def test_a_wrapped_line_that_ends_a_sentence_stays_in_its_paragraph() -> None:
    """A hard wrap right after a sentence end doesn't cut the paragraph in two."""
    wrapped = (
        "WASHINGTON (AP) — The city council approved the new budget after a\n"
        "long meeting. The city council approved the new budget on Tuesday.\n"
        "The council will meet again next week to discuss the school plan."
    )
    article = copydesk.parse(f"{_HEADLINE}\n\n{wrapped}")
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].text.endswith("school plan.")


def test_a_two_line_paragraph_wrapped_like_the_others_is_one_block() -> None:
    """Two lines cut after a sentence end join when the article's width says they wrap."""
    sure = (
        "The city council approved the new budget after a long meeting that\n"
        "lasted well into the night, and several members said they were\n"
        "tired of waiting."
    )
    two_lines = (
        "Several lawmakers questioned the cost of the new school plan.\n"
        "State officials defended it."
    )
    article = copydesk.parse(f"{_HEADLINE}\n\n{sure}\n\n{two_lines}")
    assert [" ".join(p.text.split()) for p in article.paragraphs] == [
        " ".join(sure.split()),
        " ".join(two_lines.split()),
    ]


def test_lines_that_are_paragraphs_stay_apart() -> None:
    """One-line paragraphs of varied length are not mistaken for a wrapped paragraph."""
    lines = [
        "The city council approved the new budget on Tuesday after a debate.",
        "State officials said the plan was expensive.",
        "A group of farmers criticized the rules for water use last week.",
    ]
    article = copydesk.parse(f"{_HEADLINE}\n\n" + "\n".join(lines))
    assert [p.text for p in article.paragraphs] == lines


def test_a_wrapped_line_ending_in_a_quote_and_comma_goes_on() -> None:
    """A line ending ``…,”`` does not end a sentence: the attribution on the next line joins it."""
    wrapped = "WASHINGTON (AP) — “We will keep working until the job is done,”\nJane Doe said."
    article = copydesk.parse(f"{_HEADLINE}\n\n{wrapped}")
    assert len(article.paragraphs) == 1
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Doe"
