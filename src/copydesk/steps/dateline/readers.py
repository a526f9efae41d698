"""How a dateline is read off a block: at its start, across a hard wrap, on a later line;
and off a first paragraph the headline step took for the headline.

A reader returns the block the dateline opens (with its index) and the parts read, or None.
Only a reader that finds a dateline changes the blocks (joining or splitting them).
"""

from __future__ import annotations

from typing import Protocol

import regex

from copydesk._state import BODY, Block, ParseState
from copydesk.steps.dateline.decide import (
    LEDE_START,
    SHORT_LEDE_WORDS,
    WORDS,
    accepted,
    well_formed,
)
from copydesk.steps.dateline.label import label
from copydesk.steps.dateline.parts import LEADING_DASH, WINDOW, Candidate, read
from copydesk.steps.dateline.words import is_known_city_name

__all__ = [
    "BlockReader",
    "Found",
    "across_hard_wrap",
    "at_block_start",
    "lede_taken_for_headline",
    "on_a_later_line",
]

#: A dateline found: the index of the block it opens, the block, and the parts read.
Found = tuple[int, Block, Candidate]

# Lines after the first of a block that may open with a dateline.
_MAX_LATER_LINES = 3
# A mark that ends a dateline part: a dash, colon, bracket, comma or digit.
_DATELINE_MARK = regex.compile(r"[—–―\-_:(/,\[\d]")


class BlockReader(Protocol):
    """Reads a dateline off the block at *index*; *after_prose* tells whether paragraphs of
    prose came before it, after which only strong forms count."""

    def __call__(
        self, state: ParseState, index: int, block: Block, *, after_prose: bool
    ) -> Found | None: ...


def at_block_start(
    state: ParseState, index: int, block: Block, *, after_prose: bool
) -> Found | None:
    """A dateline opening the block: ``"LONDON, Nov 2 (Reuters) - Shares fell ..."``."""
    if not _may_open_dateline(state, block.start, block.end):
        return None
    candidate = read(state, block.start, block.end)
    if candidate is None or not accepted(state, index, block, candidate, after_prose):
        return None
    if candidate.place is None and candidate.date is None:
        return _with_place_line_above(state, index, block, after_prose) or (
            index,
            block,
            candidate,
        )
    return index, block, candidate


def _with_place_line_above(
    state: ParseState, index: int, block: Block, after_prose: bool
) -> Found | None:
    """A tag opening the block may finish a place on the line above: ``VENTURA, Calif.`` /
    ``(AP) — The town ...``. The two blocks are joined when they read as one dateline."""
    if index == 0 or not state.blocks[index - 1].is_body:
        return None
    above = state.blocks[index - 1]
    joined = read(state, above.start, block.end)
    if joined is None or joined.place is None or joined.end <= block.start:
        return None
    if not accepted(state, index - 1, Block(above.start, block.end), joined, after_prose):
        return None
    return index - 1, state.merge_blocks(index - 1, index), joined


def across_hard_wrap(
    state: ParseState, index: int, block: Block, *, after_prose: bool
) -> Found | None:
    """A dateline cut by a hard wrap: ``"KATHMANDU,"`` / ``"April 25 (Reuters) - ..."``.

    The two blocks are joined into one when the dateline is accepted.
    """
    text = state.block_text(block)
    if index + 1 >= len(state.blocks) or not text.endswith(",") or len(text) > WINDOW // 2:
        return None
    following = state.blocks[index + 1]
    if not following.is_body or not _may_open_dateline(state, block.start, block.end):
        return None
    joined = read(state, block.start, following.end)
    if joined is None or joined.end <= following.start:
        return None
    merged = Block(block.start, following.end)
    if not accepted(state, index, merged, joined, after_prose):
        return None
    return index, state.merge_blocks(index, index + 1), joined


def on_a_later_line(
    state: ParseState, index: int, block: Block, *, after_prose: bool
) -> Found | None:
    """A strong dateline opening a later line of the block (the segmenter may have joined a
    time stamp line to the lede: "Article Launched: 01/06/2008 ..." / "WASHINGTON -- ...").

    Only strong forms count here, as after a deck, whatever *after_prose* says. The block is
    split above the dateline's line when it is accepted.
    """
    text = state.text
    line_start = block.start
    for _ in range(_MAX_LATER_LINES):
        line_start = text.find("\n", line_start, min(block.end, block.start + WINDOW * 2)) + 1
        if line_start <= 0:
            return None
        if not _may_open_dateline(state, line_start, block.end):
            continue
        tail = Block(line_start, block.end)
        candidate = read(state, line_start, block.end)
        if candidate is not None and accepted(state, index, tail, candidate, after_prose=True):
            _, tail = state.split_block(index, line_start)
            return index + 1, tail, candidate
    return None


def _may_open_dateline(state: ParseState, start: int, end: int) -> bool:
    """A cheap first look, to skip menu lines: a capital or a bracket first, then a mark that
    ends a dateline part (a dash, colon, bracket, comma or digit), unless the whole line is a
    known city ("Pittsburgh" above the lede). Wire copy in lower case needs a comma and a date.
    """
    text = state.text
    first = text[start]
    head = text[start : min(end, start + WINDOW)]
    if LEADING_DASH.match(text, start, end):
        return True
    if not (first.isupper() or first in "(["):
        return first.isalpha() and "," in head[:60] and any(char.isdigit() for char in head[:60])
    if _DATELINE_MARK.search(head):
        return True
    return is_known_city_name(state.lexicon, head)


def lede_taken_for_headline(state: ParseState) -> bool:
    """A text without a headline line: its first paragraph, a short lede, was taken for the
    headline. A paragraph opening with a dated or tagged dateline and running on as a sentence
    is never a headline, so it goes back to the body, without its dateline (labelled here).

    Returns whether it did.
    """
    for index, block in enumerate(state.blocks):
        if block.label == "chrome":
            continue
        if block.label != "headline":
            return False
        candidate = read(state, block.start, block.end)
        if candidate is None or candidate.separator is None:
            return False
        strong = candidate.date is not None or (
            candidate.agency is not None and state.lexicon.agency(candidate.agency) is not None
        )
        lede = state.text[candidate.end : block.end]
        if not strong or len(WORDS.findall(lede)) < SHORT_LEDE_WORDS:
            return False
        if not LEDE_START.match(lede) or not well_formed(state, candidate, after_prose=False):
            return False
        block.label, block.finding = BODY, None
        label(state, index, block, candidate)
        return True
    return False
