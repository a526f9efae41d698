"""The page's one writer, read where the page reader put no byline window.

The authors pass reads bylines around the headline and the lede the page classifier chose.
On many pages that choice is off (a menu row taken for the headline, the story's top
guessed chrome), or the writer stands in an author box under the story (``Written by`` /
``Jane Doe`` / ``Jane has covered ...``). When the authors pass found no author byline, this
pass reads every line of the page that reads as a byline with a lead-in (``Written by Jane
Doe``, ``By Jane Doe | 8 min read``, ``Posted on May 2, 2024 by jroe``, a lone ``Author:``
line over a name line) and takes the writer only when **every such line names the same
persons**: a listing, a column of related stories or a comment thread names many, an
article one. Without any lead-in line, a name line with a page's date stamp right under it
(``Jane Doe`` / ``March 17, 2025``) above the story is read the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

from copydesk._state import CHROME, ParseState
from copydesk.reading.names import name_list, opens_with_given_name
from copydesk.steps.bylines.authors import label_author_at
from copydesk.steps.bylines.bare import (
    bare_name,
    opens_stamp_line,
    reads_as_phrase,
    stamp_under,
)
from copydesk.steps.bylines.layout import Prose, lede_index
from copydesk.steps.bylines.parts import (
    DATE_END,
    DATED_LEAD,
    MAX_BARE_BYLINE_CHARS,
    classify_extra,
    read_author,
)
from copydesk.steps.bylines.words import BylineWords

__all__ = ["find_author_elsewhere"]

# A block searched line by line for a byline is at most this long; a line at most this.
_MAX_BLOCK_CHARS = 400
_MAX_LINE_CHARS = 200
# Chrome labelled by a sure rule of one of these kinds may still hold the byline line: a
# stamp line ("By Jane Doe Last Updated: May 2"), a navigation row.
_SURE_CHROME_KINDS = frozenset({"metadata", "navigation", "other"})
# A page printing more byline lines than this is a listing, whoever they name.
_MAX_CANDIDATES = 6
# The page's title stands at most this many blocks above or under its writer's line.
_TITLE_ABOVE = 4
_TITLE_BELOW = 3
_WORDS = regex.compile(r"\w+")
# A page's writers: at most this many names of at most this many words.
_MAX_NAMES = 4
_MAX_NAME_WORDS = 4
# How a reader's comment opens under a story; an author box says "Written by", "Author".
_COMMENT_LEAD = regex.compile(r"(?i)(?:[^\n]{0,70}?\s)?(?:posted|submitted)\s+by\b")
# How many blocks above the lede a bare name with a date under it may stand.
_BARE_BEFORE_LEDE = 12


@attrs.frozen
class _Candidate:
    index: int
    """The block holding the line."""
    line_start: int
    line_end: int
    """The line's offsets in the block's text."""
    names: frozenset[str]


def find_author_elsewhere(state: ParseState, words: BylineWords, prose: Prose) -> None:
    """Label the page's one writer when the authors pass found none (see the module)."""
    if any(block.label == "byline" for block in state.blocks):
        return
    # One reading of where the story starts for both kinds of line: reading the lines
    # changes no block, so the lede stays where it is (one pass over every block less).
    lede = lede_index(state, prose)
    candidates = list(_lead_lines(state, words, prose, lede))
    if not candidates:
        candidates = list(_dated_names(state, words, lede))
        bare = True
    else:
        bare = False
    if not candidates or len(candidates) > _MAX_CANDIDATES:
        return
    if len({candidate.names for candidate in candidates}) != 1:
        return  # several writers: a listing, related stories, comments
    first = candidates[0]
    index = _cut_line(state, first)
    label_author_at(state, words, index, bare=bare)


def _may_hold(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    if block.end - block.start > _MAX_BLOCK_CHARS:
        return False
    return block.claimable or (block.label == CHROME and block.kind in _SURE_CHROME_KINDS)


def _lead_lines(
    state: ParseState, words: BylineWords, prose: Prose, lede: int
) -> Iterator[_Candidate]:
    """Every line of the page that reads as a byline with a lead-in and names a person
    (*lede*: the index of the story's first paragraph)."""
    for index, block in enumerate(state.blocks):
        if not _may_hold(state, index) or (index > lede and block.kind == "comments"):
            continue  # (under the story, what the page reader took for comments is one)
        if prose(index):
            continue  # a paragraph's line ("... on March 3, 1987 by the company")
        text = state.block_text(block)
        line_start = 0
        for line in text.split("\n"):
            line_end = line_start + len(line)
            names = _lead_names(
                state,
                words,
                index,
                line.strip(),
                alone=line_end == len(text),
                below_lede=index > lede,
                next_line=_next_line(state, index, text, line_end),
            )
            if names:
                yield _Candidate(index, line_start, line_end, names)
            line_start = line_end + 1


def _lead_names(
    state: ParseState,
    words: BylineWords,
    index: int,
    line: str,
    *,
    alone: bool,
    below_lede: bool,
    next_line: str,
) -> frozenset[str]:
    """The persons a byline line with a lead-in names (empty if it is none)."""
    if not line or len(line) > _MAX_LINE_CHARS:
        return frozenset()
    lead = words.leads.match(line)
    dated = DATED_LEAD.match(line) if lead is None else None
    if lead is None and (
        dated is None or not DATE_END.search(line, 0, dated.end()) or not opens_stamp_line(line)
    ):
        return frozenset()  # "Top Doctors by Northern Virginia Magazine": a title, no stamp
    if below_lede and _comment_lead(line):
        return frozenset()  # a reader's comment under the story: "Posted by: jim"
    if lead is not None and lead.end() == len(line):
        # A lone "Written by" / "Author:" label: the names stand in the next block.
        if not alone or index + 1 >= len(state.blocks):
            return frozenset()
        following = state.blocks[index + 1]
        if following.end - following.start > MAX_BARE_BYLINE_CHARS or not _may_hold(
            state, index + 1
        ):
            return frozenset()
        line = f"{line} {state.block_text(following)}"
        labelled = True
    else:
        labelled = False
    reading, end = (
        read_author(state, words, line[dated.end() :], dated_before=True)
        if dated
        else read_author(state, words, line)
    )
    if reading is None or not _plausible(state, words, reading.names):
        return frozenset()
    # Away from the story a line needs more than "By" and a name: a label line of its own
    # over the name (an author box), a job title or an outlet, or a date beside it.
    evidence = (
        labelled
        or dated is not None
        or reading.role is not None
        or reading.organization is not None
        or end < len(line)  # a date or stamp tail
        or stamp_under(state, index)
        or classify_extra(state.lexicon, words, next_line, after_separator=False) != (None, None)
    )
    return frozenset(name.casefold() for name in reading.names) if evidence else frozenset()


def _next_line(state: ParseState, index: int, text: str, line_end: int) -> str:
    """The line under the one ending at *line_end* of ``blocks[index]``'s *text*."""
    if line_end < len(text):
        return text[line_end + 1 :].split("\n", 1)[0]
    if index + 1 < len(state.blocks):
        return state.block_text(state.blocks[index + 1]).split("\n", 1)[0]
    return ""


def _plausible(state: ParseState, words: BylineWords, names: Sequence[str]) -> bool:
    """Whether *names* read as a page's writers: a few short names, none made of the page's
    common words (``By Use Case`` in a menu)."""
    return 0 < len(names) <= _MAX_NAMES and all(
        len(name.split()) <= _MAX_NAME_WORDS and not reads_as_phrase(state, words, name)
        for name in names
    )


def _comment_lead(line: str) -> bool:
    """Whether *line* opens as a reader's comment does (``Posted by``, ``Submitted by``)."""
    return _COMMENT_LEAD.match(line) is not None


def _dated_names(state: ParseState, words: BylineWords, lede: int) -> Iterator[_Candidate]:
    """Name lines over a page's date stamp, above the story (the lede at index *lede*; see
    ``bare.bare_name``)."""
    for index in range(max(0, lede - _BARE_BEFORE_LEDE), lede):
        block = state.blocks[index]
        if not block.claimable or block.end - block.start > MAX_BARE_BYLINE_CHARS:
            continue
        text = state.block_text(block)
        if not name_list(words.names, text):
            continue
        reading, _ = bare_name(state, words, index, text, dated_only=True)
        if (
            reading is not None
            and _plausible(state, words, reading.names)
            # Away from the headline a date is not enough: a menu row may stand over one.
            and all(opens_with_given_name(words.names, name) for name in reading.names)
        ):
            names = frozenset(name.casefold() for name in reading.names)
            yield _Candidate(index, 0, len(text), names)


def _beside_title(state: ParseState, index: int) -> bool:
    """Whether the headline, or a line repeating the page's title, stands right above or
    under ``blocks[index]``: where a page prints its writer, whichever block the page reader
    took for the headline."""
    title = next((b for b in state.blocks if b.label == CHROME and b.kind == "title"), None)
    title_words = set(_WORDS.findall(state.block_text(title).casefold())) if title else set()
    for near in range(
        max(0, index - _TITLE_ABOVE), min(len(state.blocks), index + _TITLE_BELOW + 1)
    ):
        block = state.blocks[near]
        if near == index or block.end - block.start > _MAX_LINE_CHARS:
            continue
        if block.label == "headline":
            return True
        found = _WORDS.findall(state.block_text(block).casefold())
        if len(found) >= 3 and sum(word in title_words for word in found) >= 0.8 * len(found):
            return True
    return False


def _cut_line(state: ParseState, candidate: _Candidate) -> int:
    """Cut the candidate's line out of its block; the index of the line's block."""
    index = candidate.index
    block = state.blocks[index]
    text = state.block_text(block)
    if text[candidate.line_end :].strip():
        state.split_block(index, block.start + candidate.line_end)
    if text[: candidate.line_start].strip():
        state.split_block(index, block.start + candidate.line_start)
        index += 1
    return index
