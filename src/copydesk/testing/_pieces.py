"""Hypothesis strategies for the small pieces of an article: names, headlines, sentences,
paragraphs and chrome lines; and :func:`hard_wrap`, which breaks text as wire copy does."""

from __future__ import annotations

import functools
from typing import Literal

from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._expected import ExpectedChrome

__all__ = [
    "BOTTOM_CHROME",
    "TOP_CHROME",
    "chrome_lines",
    "hard_wrap",
    "headlines",
    "paragraphs",
    "person_names",
    "sentences",
    "site_names",
]

#: Chrome lines that stand above the headline, with the kind the default lexicon gives them.
TOP_CHROME: tuple[ExpectedChrome, ...] = tuple(
    ExpectedChrome(text=text, kind=kind)
    for text, kind in (
        ("Skip to content", "navigation"),
        ("Skip to main content", "navigation"),
        ("Menu", "navigation"),
        ("Search", "navigation"),
        ("Log In", "navigation"),
        ("Subscribe", "subscribe"),
        ("Share", "share"),
        ("Tweet", "share"),
        ("4 min read", "metadata"),
        ("Advertisement", "advertisement"),
    )
)
#: Chrome lines that stand below the body (WordPress/Jetpack, aggregator and footer lines).
BOTTOM_CHROME: tuple[ExpectedChrome, ...] = tuple(
    ExpectedChrome(text=text, kind=kind)
    for text, kind in (
        ("Share this:", "share"),
        ("Click to share on X (Opens in new window)", "share"),
        ("Like this:", "share"),
        ("Like Loading...", "share"),
        ("Related", "related"),
        ("Source link", "source"),
        ("Exit mobile version", "navigation"),
        ("Leave a Comment", "comments"),
        ("Post navigation", "navigation"),
        ("Privacy Policy", "legal"),
        ("Back to top", "navigation"),
        ("Proudly powered by WordPress", "footer"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "legal"),
    )
)


@functools.cache  # strategies are immutable; building them anew is slow
def person_names(*, initials: bool = True) -> st.SearchStrategy[str]:
    """Full names such as ``"Jane Doe"`` or, with *initials*, ``"Jane T. Doe"``.

    >>> from hypothesis import find
    >>> find(person_names(), lambda name: True)
    'Jane Doe'
    """
    middles: st.SearchStrategy[str] = st.just("")
    if initials:
        middles = st.just("") | st.sampled_from(words.MIDDLE_INITIALS).map(lambda i: f"{i} ")
    return st.builds(
        lambda first, middle, last: f"{first} {middle}{last}",
        st.sampled_from(words.FIRST_NAMES),
        middles,
        st.sampled_from(words.LAST_NAMES),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def site_names() -> st.SearchStrategy[str]:
    """Two-word site names such as ``"Occasional Digest"``.

    >>> from hypothesis import find
    >>> find(site_names(), lambda name: True)
    'Occasional Digest'
    """
    return st.builds(
        lambda first, second: f"{first} {second}",
        st.sampled_from(words.SITE_FIRST),
        st.sampled_from(words.SITE_SECOND),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def headlines() -> st.SearchStrategy[str]:
    """Short headlines without a final period, e.g. ``"Council approves budget plan"``.

    >>> from hypothesis import find
    >>> find(headlines(), lambda headline: True)
    'Council approves budget plan'
    """
    return st.builds(
        lambda subject, verb, obj, tail: f"{subject} {verb} {obj}{tail}",
        st.sampled_from(words.HEADLINE_SUBJECTS),
        st.sampled_from(words.HEADLINE_VERBS),
        st.sampled_from(words.HEADLINE_OBJECTS),
        st.sampled_from(words.HEADLINE_TAILS),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def sentences() -> st.SearchStrategy[str]:
    """One plain prose sentence, e.g. ``"The city council approved the new budget on Tuesday."``.

    >>> from hypothesis import find
    >>> find(sentences(), lambda sentence: True)
    'The city council approved the new budget on Tuesday.'
    """
    return st.builds(
        lambda subject, verb, obj, when: f"{subject} {verb} {obj} {when}.",
        st.sampled_from(words.SUBJECTS),
        st.sampled_from(words.VERBS),
        st.sampled_from(words.OBJECTS),
        st.sampled_from(words.WHEN),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def paragraphs(*, max_sentences: int = 3) -> st.SearchStrategy[str]:
    """A body paragraph of one to *max_sentences* plain sentences on one line.

    >>> from hypothesis import find
    >>> paragraph = find(paragraphs(max_sentences=2), lambda text: text.count(".") == 2)
    >>> paragraph.count("Tuesday."), "\\n" in paragraph
    (2, False)
    """
    return st.lists(sentences(), min_size=1, max_size=max_sentences).map(" ".join)


@functools.cache  # strategies are immutable; building them anew is slow
def chrome_lines(
    position: Literal["top", "bottom"] = "bottom",
) -> st.SearchStrategy[ExpectedChrome]:
    """One chrome line from :data:`TOP_CHROME` or :data:`BOTTOM_CHROME`, with its kind.

    >>> from hypothesis import find
    >>> find(chrome_lines("top"), lambda line: line.kind == "navigation")
    ExpectedChrome(text='Skip to content', kind='navigation')
    """
    return st.sampled_from(TOP_CHROME if position == "top" else BOTTOM_CHROME)


def hard_wrap(text: str, width: int = 70) -> str:
    """Break *text* into lines of at most *width* columns, as plain-text wire copy does.

    Only spaces become line breaks, so the result is as long as *text* and every offset still
    points at the same character; a word longer than *width* stays whole, and line breaks
    already in *text* are kept.

    >>> hard_wrap("The council approved the new budget on Tuesday.", width=20)
    'The council approved\\nthe new budget on\\nTuesday.'
    """
    characters = list(text)
    line_start, last_space = 0, -1
    for index, character in enumerate(text):
        if character == "\n":
            line_start, last_space = index + 1, -1
        elif character == " " and index - line_start >= width:
            characters[index] = "\n"
            line_start, last_space = index + 1, -1
        elif character == " ":
            last_space = index
        elif index - line_start >= width and last_space >= 0:
            characters[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(characters)
