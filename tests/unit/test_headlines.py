"""The headline: which line of a page is the story's title, and which is its first
paragraph."""

from __future__ import annotations

import copydesk

_HEADLINE = "Council approves budget plan"
_LEDE = "The city council approved the new budget on Tuesday."


def test_a_quote_paragraph_opening_a_page_is_not_its_headline() -> None:
    """On a page, a first paragraph ending ``.”`` is a sentence: the headline stays above it."""
    first = "Jane Roe said, “We will keep working until the job is done.”"
    body = [
        first,
        "“This decision affects every family in the city,” she said.",
        "“Nobody expected the vote to be this close,” she said.",
        "“The plan is expensive but it is the right thing to do,” she said.",
        _LEDE,
        "“We will keep working until the job is done,” Jane Garcia said.",
        "“This decision affects every family in the city,” she said. “Nobody expected the "
        "vote to be this close.",
        "“The plan is expensive but it is the right thing to do.",
        "“We need more time to study the details.”",
        "Jane Doe said the city council approved the new budget on Tuesday.",
        "“We need more time to study the details,” she said.",
        "“Every family in this town deserves clean water,” she said.",
        "“The plan is expensive but it is the right thing to do,” she added.",
    ]
    page = [
        "Site icon Occasional Digest",
        "Skip to content",
        _HEADLINE,
        "Occasional Digest - a story for you",
        "A firefighter walks past a damaged building in Dallas on Monday. Photo by Jane Doe/UPI",
        *body,
    ]
    article = copydesk.parse("\n\n".join(page))
    assert article.headline is not None
    assert article.headline.text == _HEADLINE
    assert article.paragraphs[0].text == first
