"""The publication date on whole pages: where a stamp stands on a page (invented pages, long
enough for the page reader to read them as pages)."""

from __future__ import annotations

import copydesk

_SENTENCES = (
    "The council voted on Monday to build a new bridge over the river by {n}, officials said.",
    "Work on section {n} is due to start next spring and the old ferry will keep running.",
    "The bridge will carry two lanes of traffic and a cycle path, and part {n} will cost more.",
    "Residents of the east bank have asked for it for years, and {n} of them came to the vote.",
)
_MENU = "Home\nNews\nSport\nBusiness\nOpinion\nContact us"


def _paragraphs(count: int) -> str:
    return "\n\n".join(
        _SENTENCES[i % 4].format(n=i + 3) + " " + _SENTENCES[(i + 1) % 4].format(n=i + 7)
        for i in range(count)
    )


def test_a_stamp_with_a_link_to_the_comments_is_the_articles_not_a_comments() -> None:
    """``August 19, 2025 | 33 Comments`` under the byline: the page reader labels it as the
    comments' chrome, but above the text it is the article's stamp; the comments' own dates
    below are not read."""
    page = (
        f"{_MENU}\n\nCouncil backs new bridge\n\nBy Jane Roe, Staff Writer\n\n"
        f"August 19, 2025 | 33 Comments\n\n{_paragraphs(14)}\n\n33 Comments\n\n"
        "Ann Lee says\n\nAugust 20, 2025 at 3:53 pm\n\nGreat news for the town, finally.\n\n"
        "Reply\n\nTom Poe says\n\nAugust 21, 2025 at 9:12 am\n\nAbout time they did it.\n\nReply"
    )
    published = copydesk.parse(page).published
    assert published is not None
    assert published.text == "August 19, 2025"


def test_a_date_before_an_update_cue_at_the_foot_is_the_publication_date() -> None:
    """``December 3, 2025. Updated: December 7, 2025`` under the story, far from the
    headline: the first date is the original's."""
    page = (
        f"{_MENU}\n\nCouncil backs new bridge\n\n{_paragraphs(28)}\n\nInterview by Jane Roe\n\n"
        "December 3, 2025. Updated: December 7, 2025\n\nShare this article"
    )
    article = copydesk.parse(page)
    assert article.published is not None
    assert article.updated is not None
    assert (article.published.text, article.updated.text) == (
        "December 3, 2025",
        "December 7, 2025",
    )


def test_a_cue_on_its_own_line_above_a_date_at_the_foot_marks_it() -> None:
    """``Published on`` / ``Oct 31, 2025`` among the page's short lines under the story,
    far from the headline: the label line above the date is its cue (the next post's date
    is none)."""
    page = (
        f"{_MENU}\n\nCouncil backs new bridge\n\n{_paragraphs(28)}\n\n"
        "Blog\nHealthcare\nPublished on\nOct 31, 2025\nTable of contents\nShare this article\n"
        "Twitter\nFacebook\n\nNext post\nNov 4, 2025\nA walk along the river"
    )
    published = copydesk.parse(page).published
    assert published is not None
    assert published.text == "Oct 31, 2025"
