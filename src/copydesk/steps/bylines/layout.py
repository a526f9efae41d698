"""Where the story stands: the headline, the first and last paragraphs of prose.

Author bylines stand above the lede, trailers under the story's last paragraph: both
passes read positions with these tools.
"""

from __future__ import annotations

from copydesk._state import BODY, Block, ParseState
from copydesk.reading.prose import is_prose

__all__ = [
    "Prose",
    "first_body_index",
    "first_prose_index",
    "headline_index",
    "is_paragraph",
    "last_prose_index",
    "lede_index",
]

# The lede is prose with at least this many prose blocks in the next few blocks.
_LEDE_WINDOW = 4
_LEDE_FOLLOWERS = 2
# How many blocks back from the end the story's last paragraph is looked for.
_MAX_SIGN_OFF_SCAN = 200


def headline_index(state: ParseState) -> int | None:
    """Index of the headline block (None without one)."""
    for index, block in enumerate(state.blocks):
        if block.label == "headline":
            return index
    return None


class Prose:
    """Which body blocks read as prose, worked out lazily (long pages have many blocks).

    One reading serves every pass of the step: a block split or merged since it was read
    is a new block object at its index, read again; its label is checked at each call.
    """

    def __init__(self, state: ParseState) -> None:
        self._state = state
        # What is known of each block index: whether the block read there is prose (a byte
        # each: a dict of a page of many short lines cost ~70 bytes a block), and which
        # block was read (a reference each, no copy).
        self._prose = bytearray(len(state.blocks))
        self._read: list[Block | None] = [None] * len(state.blocks)

    def __call__(self, index: int) -> bool:
        block = self._state.blocks[index]
        if not block.is_body:
            return False
        read = self._read
        if index >= len(read):  # blocks split since: the new indices are not known yet
            read.extend([None] * (index + 1 - len(read)))
            self._prose.extend(bytes(index + 1 - len(self._prose)))
        if read[index] is not block:
            read[index] = block
            self._prose[index] = is_prose(self._state.block_text(block))
        return bool(self._prose[index])

    def first_from(self, start: int) -> int:
        """Index of the first prose block at or after *start* (or the block count)."""
        blocks, read, prose = self._state.blocks, self._read, self._prose
        count = len(blocks)
        for index in range(start, count):
            # What __call__ answers, without a call where the block was read already: a page
            # without prose has every block read here, in each pass.
            block = blocks[index]
            if block.label != BODY:
                continue
            if index < len(read) and read[index] is block:
                if prose[index]:
                    return index
            elif self(index):
                return index
        return count


def first_prose_index(state: ParseState, headline: int | None, prose: Prose) -> int:
    """Index of the first body block of prose below the headline (or the first anywhere)."""
    return prose.first_from(0 if headline is None else headline + 1)


def first_body_index(state: ParseState, headline: int | None) -> int:
    """Index of the first body block below the headline (or the first anywhere)."""
    start = 0 if headline is None else headline + 1
    count = len(state.blocks)
    return next((i for i in range(start, count) if state.blocks[i].is_body), count)


def lede_index(state: ParseState, prose: Prose) -> int:
    """Index of the story's first paragraph: prose that more prose follows closely.

    A teaser or a cookie notice above the story is prose too, but stands alone.
    """
    count = len(state.blocks)
    first = index = prose.first_from(0)
    while index < count:
        window = range(index + 1, min(count, index + _LEDE_WINDOW + 1))
        if sum(prose(later) for later in window) >= _LEDE_FOLLOWERS:
            return index
        index = prose.first_from(index + 1)
    return first


def is_paragraph(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a body paragraph of prose."""
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    return block.is_body and is_prose(state.block_text(block))


def last_prose_index(last_body: int, prose: Prose) -> int:
    """Index of the story's last paragraph of prose (-1 if none)."""
    for index in range(last_body, max(-1, last_body - _MAX_SIGN_OFF_SCAN), -1):
        if prose(index):
            return index
    return -1
