"""Where the article ends on a web page: its last paragraph stays in the body above the
footer, and a page the page step cannot read still parses without losing text."""

from __future__ import annotations

import pytest

import copydesk

_HEADLINE = "Council approves budget plan"
_LEDE = "The city council approved the new budget on Tuesday."

_PAGE_WITH_PHOTOS = "\n\n".join(
    [
        "Site icon Occasional Digest",
        f"{_HEADLINE} | Occasional Digest",
        _HEADLINE,
        "Occasional Digest - a story for you",
        "By JANE DOE",
        _LEDE,
        f"{_LEDE} {_LEDE} The city council approved the new budget after a long meeting.",
        "The city council approved the new budget last week.",
        "A firefighter walks past a damaged building in Dallas on Monday. Photo by Jane Doe/UPI",
        "A firefighter walks past a damaged building in Dallas on Monday. (AP Photo/Jane Doe)",
        "State officials approved the new budget on Tuesday.",
        "Related",
    ]
)

_QUOTES_PAGE = "\n\n".join(
    [
        "Site icon Occasional Digest",
        f"{_HEADLINE} | Occasional Digest",
        _HEADLINE,
        "Occasional Digest - a story for you",
        "Jane Doe said the city council approved the new budget on Tuesday.",
        "“This decision affects every family in the city,” she said.",
        "“Nobody expected the vote to be this close,” she said.",
        "“The plan is expensive but it is the right thing to do,” she said. “We need more "
        "time to study the details.",
        "“Every family in this town deserves clean water.",
        "“Nobody here wants another long winter without heat.”",
        "Related",
        "Share this:",
    ]
)


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (_PAGE_WITH_PHOTOS, "State officials approved the new budget on Tuesday."),
        (_QUOTES_PAGE, "“Nobody here wants another long winter without heat.”"),
    ],
    ids=["after photos", "end of a running quote"],
)
def test_a_short_last_paragraph_on_a_page_stays_in_the_body(page: str, last: str) -> None:
    """The short paragraph between the article's end and ``Related`` is body, not footer."""
    assert copydesk.parse(page).paragraphs[-1].text == last


def test_a_page_of_one_repeated_dateline_line_parses() -> None:
    """A page whose every line is ``WASHINGTON, N.Y. (AP)`` (adversarial benchmark) parses:
    the page step's cuts (teaser runs, decks) may leave no block of the article, and then
    it drops nothing instead of failing."""
    text = "WASHINGTON, N.Y. (AP)\n" * 2_000
    article = copydesk.parse(text)
    assert "".join(piece for _, piece in article.segments()) == text
    assert len(article.paragraphs) + len(article.chrome) + 1 >= 2_000
