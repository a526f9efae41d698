"""Credit trailers and sign-offs in the forms the footer of a web page prints them."""

from __future__ import annotations

import copydesk

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
THIRD = "Forecasters expect the rain to ease by the end of the week, the weather service said."


def parse_story(end: str, *, last: str = THIRD) -> copydesk.Article:
    """An article whose last paragraph is *last*, with *end* under it."""
    return copydesk.parse("\n\n".join(part for part in (HEADLINE, LEDE, SECOND, last, end) if part))


def test_outlet_with_files_from() -> None:
    """'City Herald with files from Jane Doe' names the writer and the outlet."""
    (byline,) = parse_story("City Herald with files from Jane Doe").bylines
    assert byline.names == ("Jane Doe",)
    assert byline.organization == "City Herald"
    assert byline.kind == "contributor"


def test_with_a_report_from_possessive() -> None:
    """'With a report from Channel 5's Jane Doe': the outlet apart from the person."""
    (byline,) = parse_story("With a report from Channel 5's Jane Doe").bylines
    assert byline.names == ("Jane Doe",)
    assert byline.organization == "Channel 5"


def test_with_name_sign_off() -> None:
    """'With John Roe' right under the story credits a colleague."""
    (byline,) = parse_story("With John Roe").bylines
    assert byline.names == ("John Roe",)
    assert byline.kind == "contributor"


def test_with_phrase_is_no_sign_off() -> None:
    """'With Love From Paris' under the story names no person."""
    assert parse_story("With Love From Paris").bylines == ()


def test_trailer_after_source_line() -> None:
    """A trailer on the 'Source:' line under the last paragraph is cut off as a trailer."""
    last = (
        THIRD + "\nSource: Relief Wire (www.example.org) (Reporting by Ann Lee; Editing by Dan Fox)"
    )
    article = parse_story("", last=last)
    (byline,) = article.bylines
    assert byline.text == "(Reporting by Ann Lee; Editing by Dan Fox)"
    assert byline.names == ("Ann Lee",)
    assert byline.editors == ("Dan Fox",)
    assert "Reporting by" not in article.body
    assert "Source: Relief Wire" in article.body


def test_trailer_in_the_sentence_line_stays() -> None:
    """'... said. (Reporting by Ann Lee)' on the sentence's own line stays in the paragraph."""
    article = parse_story("", last=THIRD + " (Reporting by Ann Lee)")
    assert article.bylines == ()
    assert "(Reporting by Ann Lee)" in article.body


def test_dashed_sign_off_glued_to_last_paragraph() -> None:
    """'... below. -- Jane Doe' at the end of the last paragraph is the writer's sign-off."""
    article = parse_story("", last=THIRD + " -- Jane Doe")
    (byline,) = article.bylines
    assert byline.text == "-- Jane Doe"
    assert byline.names == ("Jane Doe",)
    assert article.body.endswith("the weather service said.")


def test_dashed_phrase_glued_to_last_paragraph_stays() -> None:
    """'... said -- Monday Night Football' is no sign-off (no given name)."""
    article = parse_story("", last=THIRD + " -- Monday Night Football")
    assert article.bylines == ()


def test_sign_off_line_with_date_then_more_lines() -> None:
    """'By Jane Doe | January 14, 2008' opening a block under the story is its sign-off."""
    end = "By Jane Doe | January 14, 2008; 4:38 PM\nPrevious: Older post | Next: Newer post"
    (byline,) = parse_story(end).bylines
    assert byline.text == "By Jane Doe"
    assert byline.names == ("Jane Doe",)


def test_posted_by_at_date() -> None:
    """'Posted by Jane Doe at December 29, 2007 12:03 PM' gives the name without 'at'."""
    (byline,) = parse_story("Posted by Jane Doe at December 29, 2007 12:03 PM").bylines
    assert byline.names == ("Jane Doe",)


def parse_top(top: str) -> copydesk.Article:
    """An article with *top* between the headline and the lede."""
    return copydesk.parse("\n\n".join((HEADLINE, top, LEDE, SECOND, THIRD)))


def test_handle_after_by() -> None:
    """'By JDOE27' under a blog post's headline gives the handle as printed."""
    (byline,) = parse_top("Jan 09 2008 07:48 PM PST By JDOE27").bylines
    assert byline.names == ("JDOE27",)


def test_handle_needs_plain_by() -> None:
    """'Posted By: jdoe27' is how a comment thread prints its readers: no byline."""
    assert parse_top("Posted By: jdoe27").bylines == ()


def test_by_a_number_is_no_handle() -> None:
    """'By 2030' and 'By H1N1' name nobody."""
    assert parse_top("By 2030").bylines == ()
    assert parse_top("By H1N1").bylines == ()


def test_name_in_stamp_line() -> None:
    """'By Jane Doe | Updated 3:45 pm': the stamp is cut off, the name kept."""
    (byline,) = parse_top("By Jane Doe | Updated 3:45 pm").bylines
    assert byline.text == "By Jane Doe"
    assert byline.names == ("Jane Doe",)


def test_only_the_first_dated_sign_off_of_a_thread() -> None:
    """A second 'Posted by X on <date>' line under the first is a reader's, not a byline."""
    end = "\n\n".join(
        [
            "Posted by Jane Doe at December 29, 2007 12:03 PM",
            "Posted by John Roe on December 30, 2007 01:59 PM",
        ]
    )
    (byline,) = parse_story(end).bylines
    assert byline.names == ("Jane Doe",)
