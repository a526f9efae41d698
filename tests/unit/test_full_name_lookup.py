"""Looking up the full name of a surname or first name: the same answers from the index as
from reading block by block, and work that grows with the text, not with its square."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import copydesk
from copydesk import Lexicon, ParseState
from copydesk.steps.normalize import normalize, segment
from copydesk.steps.quotes.cues import patterns
from copydesk.steps.quotes.full_names import FullNames

QUOTES_STEP = sys.modules["copydesk.steps.quotes"]


def invented_word(number: int) -> str:
    """A made-up capitalised word for *number*: Kaaaa, Kaaab, ..."""
    letters = []
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("a") + digit))
    return "K" + "".join(reversed(letters))


def distinct_speakers(count: int) -> str:
    """A text quoting *count* people, each named once by one word."""
    lines = [f"“Yes, we will,” {invented_word(number)} said." for number in range(count)]
    return "Council meets\n\n" + "\n\n".join(lines)


@contextmanager
def counted_lookups() -> Iterator[list[FullNames]]:
    """The name tables the quotes step builds while inside, to read their work counts."""
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


def lookup_work(text: str) -> int:
    with counted_lookups() as built:
        copydesk.parse(text)
    return sum(names.work for names in built)


def test_lookup_work_grows_linearly_with_distinct_one_word_speakers() -> None:
    """Quadrupling the number of distinct one-word speakers about quadruples the work (it
    grew sixteenfold when every new name read every block, twice)."""
    small, large = lookup_work(distinct_speakers(300)), lookup_work(distinct_speakers(1200))
    assert small > 0
    assert large <= 5 * small
    assert large <= len(distinct_speakers(1200))


def test_each_distinct_speaker_keeps_its_own_name() -> None:
    """The speakers stay as printed: no full name stands for any of them."""
    article = copydesk.parse(distinct_speakers(50))
    assert [quote.speaker.name for quote in article.quotes if quote.speaker] == [
        invented_word(number) for number in range(50)
    ]


def names_for(text: str, *, scan_budget: int) -> FullNames:
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    return FullNames(
        state, state.lexicon.cached("quotes.patterns", patterns), scan_budget=scan_budget
    )


TRICKY_TEXT = "\n\n".join(
    [
        "Storm hits",
        "Mayor Ann Leeds spoke. Defense Secretary Lloyd Austin visited the base.",
        "“We stand,” Austin said. Lee and Ann McLee met Jo-Ann Lee on Monday.",
        "Kofi Mensah Jr. and U.S. Rep. Dana Frey spoke with ANNA BERG and Olena O’Brien.",
        "“Fine,” Lee said. “Sure,” Frey said. “No,” Kofi said. Then Dana left.",
        "Omar Haddad’s plan: Haddad, Leed, Lee’s and Anna all spoke, as did Ann Lee.",
    ]
)


def test_the_index_finds_what_the_block_by_block_reading_finds() -> None:
    """Every capitalised word (and every prefix of one) gets the same full name, or none,
    from the index as from reading the blocks one by one."""
    scanned = names_for(TRICKY_TEXT, scan_budget=10**9)
    indexed = names_for(TRICKY_TEXT, scan_budget=0)
    words = {word.strip(",.:“”") for word in TRICKY_TEXT.split()}
    words |= {word[:length] for word in words for length in range(1, len(word))}
    asked = sorted(word for word in words if word[:1].isupper())
    assert len(asked) > 50
    for word in asked:
        assert indexed.lookup(word) == scanned.lookup(word), word
    assert indexed.lookup("Austin") is not None
    assert indexed.lookup("Austin").name == "Lloyd Austin"  # type: ignore[union-attr]
