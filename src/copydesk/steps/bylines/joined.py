"""Writers printed one a line under the byline that names the first of them.

* A page that prints each writer as a link may leave the commas and the "and" between them
  on lines of their own: ``By Jane Doe`` / ``,`` / ``John Roe`` / ``, and`` / ``The
  Rankings Team``. The lines under an author byline are read while they alternate a joiner
  line (``,``, ``and``, ``, and``, ``&``) and a short line, and taken into the byline when
  the whole list reads as one (see :func:`~.parts.read_author`).
* An author box of several writers repeats its entry: an avatar's initials, the name and
  the job title (``JR`` / ``Jane Roe`` / ``Staff Engineer, Harbor Labs`` / ``JD`` / ``John
  Doe`` / ``Director of Engineering, Harbor Labs``); the entries under the first writer's
  byline are taken into it.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from copydesk._models import Byline
from copydesk._state import Block, ParseState
from copydesk.reading.names import name_list
from copydesk.steps.bylines.authors import avatar_over
from copydesk.steps.bylines.extras import classify_extra
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.parts import read_author
from copydesk.steps.bylines.words import BylineWords

__all__ = ["join_listed_writers"]

# A line that only joins two items of a list.
_JOINER = regex.compile(r"(?i),|,?\s*(?:and|&)")
# A listed writer's line is short; a list holds at most this many more writers.
_MAX_ITEM_CHARS = 60
_MAX_MORE_WRITERS = 6
# An author box's job-title line is at most this long.
_MAX_ROLE_LINE_CHARS = 80


def join_listed_writers(state: ParseState, words: BylineWords, _prose: Prose) -> None:
    """Take the writers listed a line each under an author byline into it."""
    index = 0
    while index < len(state.blocks):
        finding = state.blocks[index].finding
        if isinstance(finding, Byline) and finding.kind == "author" and finding.names:
            _join_under(state, words, index, finding)
            _join_box_entries(state, words, index)
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
    _mark_merged(
        state,
        block,
        finding,
        names=state.share(tuple(reading.names)),
        organization=finding.organization or organization,
        role=finding.role or reading.role,
    )


def _join_box_entries(state: ParseState, words: BylineWords, index: int) -> None:
    """Take the author box's next entries (initials, name, job title) under
    ``blocks[index]``, an author byline, into it."""
    last = index
    names: list[str] = []
    for _ in range(_MAX_MORE_WRITERS):
        if last + 3 >= len(state.blocks) or not avatar_over(state, last + 1):
            break
        found = name_list(words.names, state.block_text(state.blocks[last + 2]))
        role_line = state.blocks[last + 3]
        if (
            found is None
            or len(found) != 1
            or not role_line.claimable
            or not _reads_as_role(state, words, state.block_text(role_line))
        ):
            break
        names.extend(found)
        last += 3
    finding = state.blocks[index].finding
    if not names or not isinstance(finding, Byline):
        return
    block = state.merge_blocks(index, last)
    _mark_merged(state, block, finding, names=state.share((*finding.names, *names)))


def _mark_merged(state: ParseState, block: Block, finding: Byline, **changes: Any) -> None:
    """Label *block*, merged from a byline's lines, with the byline *finding* changed by
    *changes*, its text and span those of the whole block."""
    state.mark(
        block,
        "byline",
        attrs.evolve(finding, text=state.source_text(block), span=block.span, **changes),
    )


def _reads_as_role(state: ParseState, words: BylineWords, text: str) -> bool:
    """Whether *text*, a line under an author box's name, is a job title (``Director of
    Engineering, Harbor Labs``, ``Staff Engineer, Harbor Labs``)."""
    if len(text) > _MAX_ROLE_LINE_CHARS:
        return False
    head = text.split(",", 1)[0]
    return any(
        classify_extra(state.lexicon, words, part, after_separator=False)[1] is not None
        for part in (text, head)
    )
