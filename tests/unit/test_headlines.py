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


def test_a_role_line_under_the_byline_is_never_the_headline() -> None:
    """A writer's role line ("Business reporter, Example News") is no headline, even when
    it is the nearest headline-shaped line above the article."""
    story = [
        "The storm hit the coast on Monday, officials said, and thousands of homes lost "
        "power across the region.",
        "Crews worked through the night to clear the roads and restore the lines, they said "
        "on Tuesday morning.",
        "Schools in the county will stay closed until Wednesday, the council announced in a "
        "short statement.",
        "Forecasters expect calmer weather by the weekend, although more rain is likely in "
        "the north of the county.",
    ]
    sections = "Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live"
    menu = "\n".join(sections.split())
    footer = "\n".join(["Terms of Use", "About us", "Privacy Policy", "Cookies", "Contact us"])
    for role in ("Business reporter, Example News", "Political editor"):
        text = "\n\n".join(["Skip to content", menu, "Jane Doe", role, *story, footer])
        article = copydesk.parse(text)
        assert article.headline is None or article.headline.text != role
