"""Headings printed with the site's name, a section or the article's tools on their line.

A page often prints its heading the way its title line reads, with the site's name or a
section beside it (``TheStar.com | Sports | Expos' first president``, ``How meditation
rewires brains | Opinion``), or with the article's tools after it (``Heavy losses in the
north | Print | E-mail``). Such a line is split at its separators: the part that is none of
those is the heading, a block of its own, and the rest chrome. A part is the site's when the
title line holds it beside its headline part, or when it is the site's name; a part is a
tool when ``lexicon.headline_tool_lines`` matches all of it.
"""

from __future__ import annotations

import attrs
import regex

from copydesk._state import ParseState
from copydesk.reading.page import collapse
from copydesk.steps.headline.anchors import is_tool_line
from copydesk.steps.headline.shapes import MAX_HEADLINE_CHARS, WORD
from copydesk.steps.headline.titles import (
    headline_part,
    title_line_index,
    title_part_spans,
    title_parts,
)

__all__ = ["split_glued_headings"]

# The heading left after the split has at least this many words ("Battery power").
_MIN_HEADING_WORDS = 2

# A site's or section's part of the title line is at most this long.
_MAX_SITE_PART_CHARS = 60

# A domain name ("thestar.com", "example.co.uk").
_DOMAIN = regex.compile(r"\w\.\p{L}{2,6}$")


def split_glued_headings(state: ParseState, above: int, first: int, last: int) -> int:
    """Split the lines below block *above* (the title line or a line under it) down to
    block *last* that hold a heading beside the site's name or the article's tools; the
    index of the article's first block (*first* before the splits) after them."""
    beside = _title_beside(state, title_line_index(state))
    for index in range(min(last, len(state.blocks) - 1), above, -1):
        split_at = _heading_split(state, index, beside)
        if split_at is None:
            continue
        at, heading_first = split_at
        head, tail = state.split_block(index, at)
        state.mark_chrome(tail if heading_first else head, "title", guessed=True)
        if index < first or (index == first and not heading_first):
            first += 1  # the article's first paragraph moved down one block, or is the heading
    return first


@attrs.frozen
class _Beside:
    """What a title line holds beside its headline part, casefolded."""

    site_after: frozenset[str]
    """The site's name, printed after a heading: the title's part at its far end from the
    headline part, and the name a step found."""
    site_before: frozenset[str]
    """... printed before a heading: a domain name at the title's far end, and that name."""
    sections: frozenset[str]
    """The title's other parts (sections), split off only beside the site's name."""


def _title_beside(state: ParseState, title_index: int) -> _Beside:
    title = collapse(state.block_text(state.blocks[title_index]))
    heading = headline_part(title).strip()
    parts = [part for part in title_parts(title) if len(part) <= _MAX_SITE_PART_CHARS]
    named = {collapse(state.site.name)} if state.site is not None else set()
    far_end = ""
    if parts and heading in parts and not _DOMAIN.search(heading):  # not "www.site.com | Head"
        far_end = parts[0] if parts.index(heading) == len(parts) - 1 else parts[-1]
    far_end = "" if far_end == heading else far_end
    domain = {far_end} if _DOMAIN.search(far_end) else set()
    return _Beside(
        site_after=frozenset(named | {far_end} - {""}),
        site_before=frozenset(named | domain),
        sections=frozenset(parts) - {heading, far_end},
    )


def _heading_split(state: ParseState, index: int, beside: _Beside) -> tuple[int, bool] | None:
    """``(offset, heading_first)``: where block *index* splits between its heading and the
    site's name or tools beside it, and whether the heading comes first; None when the
    block is no such line."""
    block = state.blocks[index]
    if not block.claimable:
        return None
    text = state.block_text(block)
    if "\n" in text or len(text) > MAX_HEADLINE_CHARS:
        return None
    spans = title_part_spans(text)
    if len(spans) < 2:
        return None
    parts = [collapse(text[start:end]) for start, end in spans]
    for heading, heading_first in ((0, True), (len(parts) - 1, False)):
        rest = parts[1:] if heading_first else parts[:-1]
        names = beside.site_after if heading_first else beside.site_before
        if _site_or_tools(state, rest, names, beside.sections):
            start, end = spans[heading]
            if len(WORD.findall(text[start:end])) < _MIN_HEADING_WORDS:
                return None
            return block.start + (end if heading_first else start), heading_first
    return None


def _site_or_tools(
    state: ParseState, parts: list[str], names: frozenset[str], sections: frozenset[str]
) -> bool:
    """Whether *parts* are the site's name (with sections beside it) or article tools."""
    tools = [part for part in parts if is_tool_line(state, part, whole=True)]
    if tools and len(tools) == len(parts):
        return True
    if not any(part in names for part in parts):
        return False
    return all(part in names or part in sections for part in parts)
