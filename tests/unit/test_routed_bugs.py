"""Bugs the robustness and property tests found in the steps.

A fixed bug keeps its test here as a regression test. A bug still open is
``xfail(strict=True)``: it fails today, and the day the step is fixed it passes, turns the
suite red, and the marker comes off.
"""

from __future__ import annotations

import tracemalloc

import pytest

import copydesk

BODY = "The storm hit the coast on Monday and many roads were closed for the day."


@pytest.mark.parametrize("site", ["Straße Zeitung", "İzmir News"])
def test_site_name_from_a_title_line_with_length_changing_case(site: str) -> None:
    """The site part of ``Site | Headline`` comes back as printed, whatever its letters."""
    text = f"{site} | Storm hits the coast\n\nStorm hits the coast\n\n{BODY}"
    article = copydesk.parse(text)
    assert article.site is not None
    assert article.site.name == site


_TOP = "\n\n".join(["Menu"] * 19)
_PAGE = (
    f"{_TOP}\n\nSite icon Harbor Ledger\n\nCouncil approves budget plan\n\n"
    f"Harbor Ledger - news that matters\n\n{BODY}"
)


def test_a_chrome_line_at_the_top_keeps_the_site() -> None:
    """Adding a known chrome line above the page changes neither site nor body."""
    added = "Skip to content\n\n"
    plain, padded = copydesk.parse(_PAGE), copydesk.parse(added + _PAGE)
    assert plain.site is not None
    assert padded.site is not None
    assert (padded.site.name, padded.site.tagline) == (plain.site.name, plain.site.tagline)
    assert [p.text for p in padded.paragraphs] == [p.text for p in plain.paragraphs]


def test_the_tagline_line_below_a_long_menu_is_chrome() -> None:
    """The ``Site - tagline`` line below twenty menu lines is chrome (the page step finds it)."""
    article = copydesk.parse(_PAGE)
    assert [p.text for p in article.paragraphs] == [BODY]


def test_a_long_line_of_short_words_needs_little_memory() -> None:
    """Parsing a 1 MB line of two-letter words peaks under 10 bytes per character."""
    text = "ab " * 333_333
    copydesk.parse("warm up the patterns")
    tracemalloc.start()
    try:
        copydesk.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / len(text) < 10


_HEADLINE = "Council approves budget plan"
_QUOTE = "“We will keep working until the job is done,”"


def test_a_pronoun_after_reported_speech_stands_for_its_speaker() -> None:
    """``Jane Roe said the …`` then ``“…,” she said``: she is Jane Roe, not an earlier speaker."""
    text = (
        f"{_HEADLINE}\n\n{_QUOTE} Jane Doe said.\n\n"
        "Jane Roe said the city council approved the new budget on Tuesday.\n\n"
        f"{_QUOTE} she said."
    )
    speakers = [quote.speaker for quote in copydesk.parse(text).quotes]
    assert [speaker and speaker.name for speaker in speakers] == ["Jane Doe", "Jane Roe"]


def test_pronouns_keep_a_speaker_introduced_by_reported_speech() -> None:
    """Every ``she said`` after ``Defense Secretary Jane Doe said …`` is her, with her title."""
    text = f"{_HEADLINE}\n\nDefense Secretary Jane Doe said the council approved the budget."
    text += f"\n\n{_QUOTE} she said." * 4
    speakers = [quote.speaker for quote in copydesk.parse(text).quotes]
    assert [(s and s.name, s and s.title) for s in speakers] == [
        ("Jane Doe", "Defense Secretary")
    ] * 4


_LEDE = "The city council approved the new budget on Tuesday."


def test_a_trailer_below_a_brief_of_short_paragraphs() -> None:
    """``Reporting by …`` is a trailer even when no paragraph above it is long prose."""
    text = f"{_HEADLINE}\n\n{_LEDE}\n\n{_LEDE}\n\nReporting by Jane Doe; Editing by Li Chen"
    article = copydesk.parse(text)
    assert [(b.kind, b.names, b.editors) for b in article.bylines] == [
        ("reporting", ("Jane Doe",), ("Li Chen",))
    ]
    assert [p.text for p in article.paragraphs] == [_LEDE, _LEDE]


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


def test_a_trailer_with_a_middle_initial_below_a_short_lede() -> None:
    """``(Additional reporting by John A. Roe in Paris)`` below a short lede is a trailer."""
    trailer = "(Additional reporting by Jane Doe and John A. Roe in Paris)"
    article = copydesk.parse(f"{_HEADLINE}\n\n{_LEDE}\n\n{trailer}")
    assert [(b.kind, b.names) for b in article.bylines] == [
        ("additional reporting", ("Jane Doe", "John A. Roe"))
    ]


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


def test_a_page_of_one_repeated_dateline_line_parses() -> None:
    """A page whose every line is ``WASHINGTON, N.Y. (AP)`` (adversarial benchmark) parses:
    the page step's cuts (teaser runs, decks) may leave no block of the article, and then
    it drops nothing instead of failing."""
    text = "WASHINGTON, N.Y. (AP)\n" * 2_000
    article = copydesk.parse(text)
    assert "".join(piece for _, piece in article.segments()) == text
    assert len(article.paragraphs) + len(article.chrome) + 1 >= 2_000


def test_splitting_a_guessed_block_keeps_both_halves_claimable() -> None:
    """``ParseState.split_block`` keeps a guessed chrome label a guess on both halves, so a
    detector with strong evidence may still take either back."""
    from copydesk import Lexicon, ParseState
    from copydesk.steps import normalize, segment

    state = ParseState("Most read\n\nBy Jane Doe | Updated 3:45 pm", Lexicon.default())
    normalize(state)
    segment(state)
    state.mark_chrome(state.blocks[1], "other", guessed=True)
    head, tail = state.split_block(1, state.text.index("|"))
    assert (head.guessed, tail.guessed) == (True, True)
    assert head.claimable
    assert tail.claimable
