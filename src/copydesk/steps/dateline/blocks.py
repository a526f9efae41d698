"""Where a dateline is looked for: the first body blocks under the headline.

Captions, chrome and bylines are not body, so they are passed over. The scan stops after a
few paragraphs of prose, and is bounded on whole web pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk._state import Block, ParseState
from copydesk.reading.prose import is_prose_by_length

__all__ = ["candidate_blocks"]

# Bounds that keep the scan short on whole web pages.
_MAX_BLOCKS_SCANNED = 400
_MAX_CHARS_SCANNED = 20_000
# The dateline usually opens the first paragraph of prose, but a deck, a caption without a
# credit or teasers of other stories may come first: after them only strong forms count.
_MAX_PROSE_BLOCKS = 6


def candidate_blocks(state: ParseState) -> Iterator[tuple[int, Block, bool]]:
    """Body blocks below the headline, then (a headline may be found too low) above it.

    Each comes with its index and whether paragraphs of prose (a deck, teasers) came before it.
    """
    headline = next(
        (index for index, block in enumerate(state.blocks) if block.label == "headline"), None
    )
    if headline is None:
        yield from _blocks_from(state, 0, len(state.blocks))
        return
    yield from _blocks_from(state, headline + 1, len(state.blocks), header_zone=True)
    yield from _blocks_from(state, 0, headline)


def _blocks_from(
    state: ParseState, start: int, stop: int, *, header_zone: bool = False
) -> Iterator[tuple[int, Block, bool]]:
    """Body blocks from *start*, until the body proper has run for a while.

    With *header_zone*, blocks the page classifier guessed to be chrome count too until the
    first body block: a dateline line between headline and article is often such a guess.
    """
    prose_seen = 0
    scanned = 0
    first_offset: int | None = None
    body_seen = False
    for index in range(start, stop):
        block = state.blocks[index]
        in_header = header_zone and not body_seen and block.claimable
        body_seen = body_seen or block.is_body
        if not block.is_body and not in_header:
            continue
        first_offset = block.start if first_offset is None else first_offset
        if scanned >= _MAX_BLOCKS_SCANNED or block.start - first_offset > _MAX_CHARS_SCANNED:
            return
        scanned += 1
        yield index, block, prose_seen > 0
        if is_prose_by_length(state.block_text(block)):
            prose_seen += 1
            if prose_seen >= _MAX_PROSE_BLOCKS:
                return
