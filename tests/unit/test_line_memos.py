"""Work done once per distinct line or phrase gives what the full computation gives."""

from __future__ import annotations

import random

import pytest

from copydesk.lexicon import Lexicon
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
