"""Chrome: whole lines only, kept and labelled, edge rules only at the edges."""

from __future__ import annotations

import pytest

import copydesk

BODY = "The council voted on Tuesday to approve the new budget, officials said in a statement."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip to content", "navigation"),
        ("Exit mobile version", "navigation"),
        ("Share this:", "share"),
        ("Click to share on Facebook (Opens in new window)", "share"),
        ("Like this:", "share"),
        ("Related", "related"),
        ("Advertisement", "advertisement"),
        ("Continue reading...", "feed"),
        ("Source link", "source"),
        ("Sign up for our daily newsletter", "subscribe"),
        ("This site uses cookies to improve your experience.", "legal"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "legal"),
        ("© 2020 CBS Interactive Inc.", "legal"),
        ("Follow Pam Key on Twitter @pamkeyNEN.", "social"),
        ("Leave a Comment", "comments"),
        ("4 min read", "metadata"),
        ("Published 10:02 AM EST Nov 19, 2019", "metadata"),
        ("Updated: Monday, June 3, 2019 at 5:00 p.m.", "metadata"),
        ("Terms of Service Privacy Notice", "legal"),
        ("Learn More", "feed"),
    ],
)
def test_chrome_line_in_the_middle_of_the_body(line: str, kind: str) -> None:
    """A chrome line amid prose is labelled with its kind and kept in Article.chrome."""
    article = copydesk.parse(f"Headline\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.kind) for c in article.chrome] == [(line, kind)]
    assert len(article.paragraphs) == 2


def test_a_sentence_containing_chrome_words_stays() -> None:
    """Sentences that merely mention "related" or "share" are body text."""
    related = "Officials said the two attacks were related and shared a common source."
    article = copydesk.parse(f"Headline\n\n{BODY}\n\n{related}")
    assert article.chrome == ()
    assert article.paragraphs[-1].text == related


@pytest.mark.parametrize(
    "line",
    [
        "Published in 2019 by the county council, the report found no fault.",
        "Updated figures for 2019 show a fall in crime across the county.",
        "Learn more about the plan at the town hall on Monday.",
    ],
)
def test_sentences_opening_like_a_time_stamp_or_link_stay(line: str) -> None:
    """A sentence that opens with "Published", "Updated" or "Learn more" is body text."""
    article = copydesk.parse(f"Headline\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert article.chrome == ()
    assert line in [p.text for p in article.paragraphs]


def test_edge_rules_apply_only_at_the_edges() -> None:
    """'Contact' is chrome below the prose, body text (a one-word line) amid it."""
    article = copydesk.parse(f"Home\n\nHeadline\n\n{BODY}\n\nContact\n\n{BODY}\n\nContact")
    assert [(c.text, c.kind) for c in article.chrome] == [
        ("Home", "navigation"),
        ("Contact", "footer"),
    ]
    assert article.chrome[-1].span.start > article.paragraphs[-1].span.start
    assert [p.text for p in article.paragraphs] == [BODY, "Contact", BODY]


def test_user_rules_take_precedence() -> None:
    """A user-added rule wins over a built-in one for the same line."""
    parser = copydesk.Parser()
    parser.lexicon.add_chrome("Source link", kind="aggregator")
    article = parser.parse(f"Headline\n\n{BODY}\n\nSource link")
    assert [c.kind for c in article.chrome] == ["aggregator"]


def test_title_line_repeating_the_headline_names_the_site() -> None:
    """A page title 'Headline | Site' above the real headline is chrome; the site is named."""
    text = "Storm hits the coast | The Daily Planet\n\nMenu\n\nStorm hits the coast\n\n" + BODY
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Storm hits the coast"
    assert article.site is not None
    assert article.site.name == "The Daily Planet"
    assert ("Storm hits the coast | The Daily Planet", "title") in [
        (c.text, c.kind) for c in article.chrome
    ]


def test_a_rule_opening_with_a_digit_matches_digits_of_any_script() -> None:
    """``\\d`` matches Arabic-Indic digits too, so ``٣ comments`` is chrome like ``3 comments``
    (the first-character shortcut must not skip the rule)."""
    body = "The storm hit the coast on Monday, and thousands of people had to leave their homes."
    for count in ("3", "٣", "३"):
        article = copydesk.parse(f"Storm hits\n\n{body}\n\n{count} comments")
        assert [(chrome.text, chrome.kind) for chrome in article.chrome] == [
            (f"{count} comments", "comments")
        ]
