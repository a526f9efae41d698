"""Property tests: texts that quote many distinct people, under many distinct titles, cost
work in proportion to their length (counted, not timed), and the index of full names gives
the answers that reading block by block gives."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from _many_names import SPEAKER_SHAPES, lines_text
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk import Lexicon, ParseState
from copydesk.reading.name_runs import name_run
from copydesk.steps.normalize import normalize, segment
from copydesk.steps.quotes.cues import patterns
from copydesk.steps.quotes.full_names import FullNames

QUOTES_STEP = sys.modules["copydesk.steps.quotes"]
# One line of each shape (beside the quote lines of _many_names).
SHAPES = (
    *SPEAKER_SHAPES,
    "According to {word}, “{saying}”",
    "{word} Ruiz said: “{saying}”",
    "“{saying}” she said.",
)


@st.composite
def many_speakers(draw: st.DrawFn) -> str:
    """A text of 60 to 240 quotes, nearly every one naming someone new."""
    count = draw(st.integers(min_value=60, max_value=240))
    stem = draw(st.text("bcdfghklmnprstvz", min_size=1, max_size=4))
    shapes = draw(st.lists(st.sampled_from(SHAPES), min_size=1, max_size=len(SHAPES)))
    separator = draw(st.sampled_from(("\n", "\n\n", " ")))
    return lines_text(shapes, stem, separator, count)


@contextmanager
def _counted() -> Iterator[list[FullNames]]:
    built: list[FullNames] = []

    class Counted(FullNames):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            built.append(self)

    original = QUOTES_STEP.FullNames
    QUOTES_STEP.FullNames = Counted
    try:
        yield built
    finally:
        QUOTES_STEP.FullNames = original


@given(many_speakers())
def test_lookup_work_per_character_stays_bounded(text: str) -> None:
    """However many distinct speakers and titles, the name lookups read at most about one
    unit (a block, a capital, a place of a word) per character of the text."""
    with _counted() as built:
        article = copydesk.parse(text)
    assert article.quotes
    work = sum(names.work for names in built)
    assert work <= len(text)


def _names(text: str, scan_budget: int) -> FullNames:
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    found = state.lexicon.cached("quotes.patterns", patterns)
    return FullNames(state, found, scan_budget=scan_budget)


NAME_PIECES = ("Ann", "Lee", "Leeds", "McLee", "Jo-Ann", "O’Lee", "Mayor", "Rep.", "U.S.", "Jr.")
NAME_PIECES += ("LEE", "Kofi", "Mensah", "of", "the", "said", ",", ".", "“Lee”", "Lee’s", "\n\n")


@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=60))
def test_the_index_answers_as_the_block_by_block_reading(pieces: list[str]) -> None:
    """For every capitalised word of a text of name pieces, and every start of one, the
    index gives the full name that reading the blocks one by one gives."""
    text = "Headline\n\n" + " ".join(pieces)
    scanned, indexed = _names(text, scan_budget=10**9), _names(text, scan_budget=0)
    words = {word for word in text.split() if word[:1].isupper()}
    starts = {word[:cut] for word in words for cut in range(1, len(word))}
    for asked in sorted(words | starts):
        assert indexed.lookup(asked) == scanned.lookup(asked), asked


def _read_forward(names: FullNames, text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The last full name in ``text[span]`` and the last followed by a speech verb, read
    front to back, every name run read (no shortcut)."""
    last, reporter = "", ""
    for run in name_run(Lexicon.default()).finditer(text, *span):
        if len(run.group().split()) < 2:
            continue
        person = names.person(text, run.start(), run.end())
        if person is None or " " not in person.name:
            continue
        last = person.name
        if names.reports(text, run.end(), span[1]):
            reporter = person.name
    return last, reporter


@given(st.lists(st.sampled_from((*NAME_PIECES, "he", "she", "said", "“Yes,”")), max_size=40))
def test_the_names_before_a_pronoun_are_read_as_every_run_would_give(pieces: list[str]) -> None:
    """The last full name and the last reporting one in any span are those that reading
    every name run front to back finds (the shortcuts skip only spans without a name)."""
    text = "Headline\n\n" + " ".join(pieces)
    names = _names(text, scan_budget=0)
    start = text.index("\n\n") + 2
    for cut in range(start, len(text) + 1):
        last, reporter = names.read_names((start, cut))
        expected = _read_forward(names, text, (start, cut))
        assert (last.name if last else "", reporter.name if reporter else "") == expected


@given(
    st.text(st.sampled_from(" \nAaBb.É“"), max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12),
)
def test_the_space_before_a_capital_is_found_as_its_search_finds_it(
    body: str, spans: list[tuple[int, int]]
) -> None:
    """Whether a span holds a space before a capital (no name runs to read without one) is
    answered as searching the span answers it, whatever spans were asked before: growing,
    shrinking, apart, or cutting a space from its capital."""
    from copydesk.steps.quotes.full_names import _TWO_WORDS

    text = "Headline\n\n" + body
    names = _names(text, scan_budget=0)
    for start, stop in spans:
        expected = _TWO_WORDS.search(text, start, stop) is not None
        assert names._holds_two_words(text, start, stop) == expected, (start, stop)
