"""Work done once per distinct line or phrase gives what the full computation gives."""

from __future__ import annotations

import random

import pytest
import regex

from copydesk import ParseState
from copydesk._state import CHROME
from copydesk.lexicon import Lexicon
from copydesk.reading import page
from copydesk.reading.page import ENDS_SENTENCE, collapse, find_words, word_count
from copydesk.steps import page_state
from copydesk.steps.boilerplate.lines import DIGIT
from copydesk.steps.boilerplate.lists import _marker_key
from copydesk.steps.boilerplate.posts import _header_key
from copydesk.steps.bylines.elsewhere import _Page
from copydesk.steps.captions import described
from copydesk.steps.captions.described import (
    Cues,
    PictureDescriptions,
    caption_cues,
    describes_picture,
)
from copydesk.steps.quotes.antecedents import Gender, Genders
from copydesk.steps.quotes.cues import patterns

# Titles in the styles of several outlets: some show a gender, most do not.
TITLES = [
    "Mayor",
    "spokeswoman for the city",
    "Sen.",
    "Ms.",
    "chairman of the board",
    "coach",
    "Mr., a former aide",
    None,
    "the bishop's spokesman",
    "Dr.",
]
NAMES = ["Ann Kxyz", "Bo Trell", "Cy Ovid", "Dee Marr", None]


@pytest.mark.parametrize("seed", range(20))
def test_memo_of_read_titles_learns_what_reading_each_time_learns(seed: int) -> None:
    """Many quotes of a few speakers, with and without titles: the genders learned are the
    ones a reading of every title gives, in the same order (the first gender is kept)."""
    rng = random.Random(seed)
    quotes = [(rng.choice(NAMES), rng.choice(TITLES)) for _ in range(300)]
    memo = Genders(patterns(Lexicon.default()))
    plain: dict[str, str] = {}
    for name, title in quotes:
        memo.learn_from_words(name, title)
        gender = memo.of_words(title)
        if name is not None and gender is not None:
            plain.setdefault(name, gender)
        assert memo.known == plain


class _CountingGenders(Genders):
    """:class:`Genders` that keeps every phrase it reads."""

    reads: list[tuple[str | None, ...]]

    def of_words(self, *phrases: str | None) -> Gender | None:
        self.reads.append(phrases)
        return super().of_words(*phrases)


def test_title_that_shows_no_gender_is_read_once() -> None:
    """``“Yes,” Mayor Ann Kxyz said.`` on every line reads ``Mayor`` once, not per quote."""
    genders = _CountingGenders(patterns(Lexicon.default()))
    genders.reads = []
    for _ in range(50):
        genders.learn_from_words("Ann Kxyz", "Mayor")
    assert genders.reads == [("Mayor",)]
    assert "Ann Kxyz" not in genders.known


# Short lines in the house styles of several outlets: names, roles, credits, post headers,
# captions, and lines a memo must not confuse with them.
LINES = [
    "Jane Doe",
    "AP Sports Writer",
    "Photo: Jane Doe",
    "Senior Member",
    "Reply",
    "Posted 3 hours ago",
    "Soldiers stand guard next to the palace gates",
    "Soldiers stand guard next to the palace gates.",
    "Fans celebrate in the streets of Lyon on Sunday",
    "Mayor Ann Kxyz speaks to reporters (left)",
    "The council voted to close the bridge.",
    "See it now: Amazon",
    "See it now: Best Buy",
    "Workers repair a road in this file photo",
    "Jane  Doe",
    "JANE DOE",
    "Dr. Bo Trell, chief of surgery",
    "“Yes,” Mayor Ann Kxyz said.",
    "A" * 99,
    "Workers repair the old stone road along the harbour front in this undated photo "
    "taken by a reader, who asked not to be named",
]


def _plain_header_key(text: str) -> str | None:
    if not 1 <= word_count(text) <= 3 or ENDS_SENTENCE.search(text) or DIGIT.search(text):
        return None
    return collapse(text)


def _plain_marker_key(text: str) -> str | None:
    words = find_words(text)
    if not 2 <= len(words) <= 8 or ENDS_SENTENCE.search(text):
        return None
    return " ".join(word.casefold() for word in words[:3])


@pytest.mark.parametrize("seed", range(5))
def test_remembered_line_keys_agree_with_reading_each_line(seed: int) -> None:
    """The post-header and part-marker keys of a line, asked many times in any order, are
    what reading the line gives."""
    rng = random.Random(seed)
    for text in rng.choices(LINES, k=200):
        if len(text) <= 40:
            assert _header_key(text) == _plain_header_key(text)
        assert _marker_key(text) == _plain_marker_key(text)


@pytest.mark.parametrize("seed", range(5))
def test_picture_descriptions_agree_with_describes_picture(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's memo answers as :func:`describes_picture` does, beside the headline and
    not, also after it was emptied for being full."""
    monkeypatch.setattr(page, "FEW_MEMO_TEXTS", 4)
    cues = caption_cues(Lexicon.default())
    describes = PictureDescriptions(cues)
    rng = random.Random(seed)
    for text in rng.choices(LINES, k=200):
        beside = rng.random() < 0.5
        expected = describes_picture(cues, text, beside_headline=beside)
        assert describes(text, beside_headline=beside) == expected


def test_repeated_line_is_described_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of one repeated line reads it once per place (beside the headline or not)."""
    calls: list[str] = []
    plain = described.describes_picture

    def counted(cues: Cues, text: str, *, beside_headline: bool) -> bool:
        calls.append(text)
        return plain(cues, text, beside_headline=beside_headline)

    monkeypatch.setattr(described, "describes_picture", counted)
    describes = PictureDescriptions(caption_cues(Lexicon.default()))
    for _ in range(100):
        describes("Photo: Jane Doe", beside_headline=False)
    describes("Photo: Jane Doe", beside_headline=True)
    assert calls == ["Photo: Jane Doe", "Photo: Jane Doe"]


def _title_page() -> ParseState:
    """A page whose first block is its title, then lines that repeat it or not, many times."""
    lines = [
        "Storm closes the harbour bridge",
        "Storm closes harbour bridge",
        "STORM CLOSES THE HARBOUR BRIDGE",
        "Jane Doe",
        "Storm Watch",
        "The harbour bridge closes as the storm nears the coast today",
        "Bridge closes",
    ]
    state = page_state("\n\n".join(lines * 20))
    state.blocks[0].label, state.blocks[0].kind = CHROME, "title"
    return state


def test_title_repeats_remembered_agree_with_reading_each_block() -> None:
    """Whether a block repeats the page's title, read once per text, is the reading of it."""
    state = _title_page()
    page = _Page(state)
    for block in state.blocks:
        folded = state.block_text(block).casefold()
        found = regex.findall(r"\w+", folded)
        shared = sum(word in page.title_words for word in found)
        expected = len(found) >= 3 and shared >= 0.8 * len(found)
        assert page.repeats_title(block) == expected


def test_title_repeat_reads_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of repeated lines reads each distinct line once for a repeat of its title."""
    reads: list[str] = []
    plain = _Page._text_repeats_title

    def counted(page: _Page, text: str) -> bool:
        reads.append(text)
        return plain(page, text)

    monkeypatch.setattr(_Page, "_text_repeats_title", counted)
    state = _title_page()
    page = _Page(state)
    for block in state.blocks:
        page.repeats_title(block)
    assert len(reads) == len(set(reads)) == 7
