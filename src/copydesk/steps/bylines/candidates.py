"""A line the ``elsewhere`` pass weighs as the page's writer, and the tests every kind of
such line shares (which blocks may hold one, which names read as a page's writers)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from copydesk._state import CHROME, ParseState
from copydesk.steps.bylines.page_words import reads_as_phrase
from copydesk.steps.bylines.words import BylineWords

__all__ = ["Candidate", "may_hold", "plausible"]

# A block searched line by line for a byline is at most this long.
_MAX_BLOCK_CHARS = 400
# Chrome labelled by a sure rule of one of these kinds may still hold the byline line: a
# stamp line ("By Jane Doe Last Updated: May 2"), a navigation row.
_SURE_CHROME_KINDS = frozenset({"metadata", "navigation", "other"})
# A page's writers: at most this many names of at most this many words.
_MAX_NAMES = 4
_MAX_NAME_WORDS = 4


@attrs.frozen
class Candidate:
    """A line naming the page's writer, as one kind of evidence reads it."""

    index: int
    """The block holding the line."""
    line_start: int
    line_end: int
    """The line's offsets in the block's text."""
    names: frozenset[str]
    below_lede: bool = False
    """Whether the line stands under the story's first paragraph (a related story's byline
    as often as the writer's)."""
    printed: tuple[str, ...] = ()
    """The names as read (natural case), for a line labelled as it is read."""
    one_word: bool = False
    """Whether the line names its writer in one word (``Written by Kristin``)."""


def may_hold(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` may hold the writer's line: short, and in the body or in
    chrome a sure rule labelled of a kind that holds one."""
    block = state.blocks[index]
    if block.end - block.start > _MAX_BLOCK_CHARS:
        return False
    return block.claimable or (block.label == CHROME and block.kind in _SURE_CHROME_KINDS)


def plausible(state: ParseState, words: BylineWords, names: Sequence[str]) -> bool:
    """Whether *names* read as a page's writers: a few short names, none made of the page's
    common words (``By Use Case`` in a menu)."""
    return 0 < len(names) <= _MAX_NAMES and all(
        len(name.split()) <= _MAX_NAME_WORDS and not reads_as_phrase(state, words, name)
        for name in names
    )
