"""A list of writers printed one link a line: ``By Jane Doe`` / ``,`` / ``John Roe`` /
``, and`` / ``The Rankings Team``.

A page that prints each writer as a link may leave the commas and the "and" between them
on lines of their own, so the byline found over the first name names only the first
writer. This pass reads the lines under an author byline while they alternate a joiner
line (``,``, ``and``, ``, and``, ``&``) and a short line, and takes them into the byline
when the whole list reads as one (see :func:`~.parts.read_author`).
"""

from __future__ import annotations

import attrs
import regex

from copydesk._models import Byline
from copydesk._state import ParseState
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.parts import read_author
from copydesk.steps.bylines.words import BylineWords

__all__ = ["join_listed_writers"]

# A line that only joins two items of a list.
_JOINER = regex.compile(r"(?i),|,?\s*(?:and|&)")
# A listed writer's line is short; a list holds at most this many more writers.
_MAX_ITEM_CHARS = 60
_MAX_MORE_WRITERS = 6


def join_listed_writers(state: ParseState, words: BylineWords, _prose: Prose) -> None:
    """Take the writers listed a line each under an author byline into it."""
    index = 0
    while index < len(state.blocks):
        finding = state.blocks[index].finding
        if isinstance(finding, Byline) and finding.kind == "author" and finding.names:
            _join_under(state, words, index, finding)
        index += 1


def _join_under(state: ParseState, words: BylineWords, index: int, finding: Byline) -> None:
    """Merge the joiner and item lines under ``blocks[index]`` (its *finding*) into it when
    the list reads as a byline naming more writers."""
    text = " ".join(state.block_text(state.blocks[index]).split())
    last = index
    best: tuple[int, str] | None = None
    for _ in range(_MAX_MORE_WRITERS):
        if last + 2 >= len(state.blocks):
            break
        joiner, item = state.blocks[last + 1], state.blocks[last + 2]
        joiner_text = state.block_text(joiner).strip()
        item_text = " ".join(state.block_text(item).split())
        if (
            not (joiner.claimable and item.claimable)
            or _JOINER.fullmatch(joiner_text) is None
            or not item_text
            or len(item_text) > _MAX_ITEM_CHARS
        ):
            break
        text = f"{text}{'' if joiner_text.startswith(',') else ' '}{joiner_text} {item_text}"
        last += 2
        best = (last, text)
    if best is None:
        return
    last, text = best
    reading, end = read_author(state, words, text)
    if reading is None or end < len(text) or len(reading.names) <= len(finding.names):
        return
    block = state.merge_blocks(index, last)
    organization = reading.organization
    if organization is not None:
        organization = regex.sub(r"(?i)^(?:and|&)\s+", "", organization)
    state.mark(
        block,
        "byline",
        attrs.evolve(
            finding,
            text=state.source_text(block),
            names=state.share(tuple(reading.names)),
            organization=finding.organization or organization,
            role=finding.role or reading.role,
            span=block.span,
        ),
    )
