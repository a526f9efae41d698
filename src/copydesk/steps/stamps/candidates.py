"""The dates that may be the article's: those of the stamps within reach of the headline,
else those after a cue anywhere on the page, else those of the page's metadata lines; each
with its cost (its distance from the headline) and whether a cue makes it an update."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk.reading.stamps import PrintedDate, find_dates
from copydesk.steps.stamps.lines import (
    alone_on_line,
    first_prose,
    is_stamp_block,
    is_stamp_line,
)
from copydesk.steps.stamps.page import (
    FOREIGN_CHROME,
    MAX_LABEL_WORDS,
    MAX_STAMP_CHARS,
    WORD,
    Candidate,
    Page,
    day_of,
    text_before,
)

__all__ = ["cued_candidates", "far_candidates", "find_anchor", "stamp_candidates"]

# How far from the headline's start a stamp may stand, in characters: a site's header above
# it, the byline and stamp lines (and a picture and its caption) below it.
_REACH_BEFORE = 3000
_REACH_AFTER = 4000
# A date above the headline costs this many times its distance.
_ABOVE_COST = 3
# A date in a byline costs this share of its distance: the byline is the article's own.
_BYLINE_COST = 0.5


def find_anchor(state: ParseState) -> int:
    """Where the article starts: the headline, else the text's start."""
    index = state.headline_index
    return state.blocks[index].start if index is not None else 0


def stamp_candidates(state: ParseState, page: Page, anchor: int) -> Iterator[Candidate]:
    """The dates of the stamps within reach of the headline."""
    text_starts = first_prose(state, page, anchor)
    for block in state.blocks:
        if block.end < anchor - _REACH_BEFORE:
            continue
        if block.start > anchor + _REACH_AFTER:
            break
        for start, end in _stamp_ranges(state, page, block, anchor, text_starts):
            yield from _dated(state, page, block, anchor, start, end)


def cued_candidates(state: ParseState, page: Page, anchor: int) -> Iterator[Candidate]:
    """When no stamp stands within reach of the headline (a page whose headline was found
    far from its stamps, or one that prints them at its foot): the dates after a publication
    or update cue, or before an update cue on their line, anywhere on the page but in its
    comments and related stories, read in its stamps (a sentence of the story, "a revised
    bill ... as of March 5", is none)."""
    everywhere = len(state.text)  # a stamp line of the body counts wherever it stands
    for block in state.blocks:
        if (
            block.end - block.start > MAX_STAMP_CHARS
            or not page.may_hold_date(block.start, block.end)
            or not _cued_block(state, page, block)
        ):
            continue
        for start, end in _stamp_ranges(state, page, block, everywhere, everywhere):
            for candidate in _dated(state, page, block, anchor, start, end):
                if page.patterns.any_cue.search(
                    text_before(state, block, candidate.date.start)
                ) or _before_update(state, page, candidate.date):
                    yield candidate


def _cued_block(state: ParseState, page: Page, block: Block) -> bool:
    """Whether *block* holds a publication or update cue, or the line right above it is a
    short label that does (``Published on`` / ``Oct 31, 2025``: see ``text_before``)."""
    text = state.text
    if page.patterns.any_cue.search(text, block.start, block.end) is not None:
        return True
    above = text[text.rfind("\n", 0, max(block.start - 1, 0)) + 1 : block.start]
    return (
        len(WORD.findall(above)) <= MAX_LABEL_WORDS
        and page.patterns.any_cue.search(above) is not None
    )


def _before_update(state: ParseState, page: Page, date: PrintedDate) -> bool:
    """Whether an update cue follows *date* on its line: ``December 3, 2025. Updated:
    December 7, 2025`` prints the first date as the original's."""
    line_end = state.text.find("\n", date.end)
    after = state.text[date.end : line_end if line_end >= 0 else len(state.text)]
    return page.patterns.update.search(after) is not None


def far_candidates(state: ParseState, page: Page, anchor: int) -> Iterator[Candidate]:
    """When no stamp stands within reach and none is cued: the dates of the lines the page
    reader labelled as the page's metadata (its date lines), wherever they stand, when they
    all print the same day or stand on one line (a theme's post line at the article's foot,
    ``Tom 2024-04-18T13:00:39+00:00 March 22nd, 2024 | Reviews``: the earlier is the
    publication date). Lines of several days are teasers' and posts' as often as the
    article's, and nothing tells which."""
    found = [
        candidate
        for block in state.blocks
        if block.kind == "metadata"
        and block.end - block.start <= MAX_STAMP_CHARS
        and page.may_hold_date(block.start, block.end)
        for candidate in _dated(state, page, block, anchor, block.start, block.end)
    ]
    days = {day_of(candidate.date.value) for candidate in found}
    lines = {id(candidate.block) for candidate in found}
    return iter(found if len(days) == 1 or len(lines) == 1 else ())


def _dated(
    state: ParseState, page: Page, block: Block, anchor: int, start: int, end: int
) -> Iterator[Candidate]:
    """The dates printed in ``state.text[start:end]`` (inside *block*), with their costs."""
    reference = state.reference_date
    for date in find_dates(
        state.text, page.patterns.dates, pos=start, endpos=end, reference=reference
    ):
        if reference is not None and date.value > _latest(reference, date):
            continue  # a date after the reference date is an event's, not the article's
        if date.short_year and not alone_on_line(state, page, date):
            continue  # "4/2/87   Prev Wk  4/3/87": a table's head, "Poll (10/01/07)": a title
        line_start = state.text.rfind("\n", 0, date.start) + 1
        if page.patterns.not_stamp.search(state.text, line_start, date.start) is not None:
            continue  # "Data as of Dec 20, 2025.": a figure's date, not the article's
        distance = date.start - anchor
        cost = float(distance if distance >= 0 else -_ABOVE_COST * distance)
        if block.finding is not None:
            cost *= _BYLINE_COST
        yield Candidate(date, block, cost, _is_update(state, page, block, date))


def _stamp_ranges(
    state: ParseState, page: Page, block: Block, anchor: int, text_starts: int
) -> Iterator[tuple[int, int]]:
    """Where *block* may print the article's stamps: all of a byline or of a chrome line of
    the article's own (a line with a link to the comments under the headline, above the
    text, is one); a stamp line of the body above the article's text (below it, a dated
    line is a table row, a post or a teaser's, unless a cue says it is a stamp:
    ``August 16, 2019 - Updated July 9, 2025`` under a deck); the stamp lines of a caption
    (the segmenter may join ``By Jane Roe Published: Jan 29, 2025`` to a picture's credit)."""
    start, end = block.start, block.end
    if not page.may_hold_date(start, end):
        return  # (each kind below needs a date in the block: the cheap test first)
    if block.label == "byline" or (
        block.label == CHROME
        and (block.kind not in FOREIGN_CHROME or _in_header(block, anchor, text_starts))
        and end - start <= MAX_STAMP_CHARS
    ):
        yield start, end
    elif block.label == BODY:
        if is_stamp_block(state, page, start, end) and (
            start < text_starts or page.patterns.any_cue.search(state.text, start, end) is not None
        ):
            yield start, end
    elif block.label == "caption":
        for line in regex.finditer(r"[^\n]+", state.text, pos=start, endpos=end):
            if is_stamp_line(state, page, line.start(), line.end()):
                yield line.start(), line.end()


def _in_header(block: Block, anchor: int, text_starts: int) -> bool:
    """Whether a line of comments chrome stands between the headline and the article's text:
    a stamp with a link to the comments (``August 19, 2025 | 33 Comments``, ``Posted by Jane
    Roe on ...``), not a comment."""
    return block.kind == "comments" and anchor <= block.start < text_starts


def _latest(reference: dt.date, date: PrintedDate) -> dt.date:
    """The latest value *date* may have to be the article's: the end of the reference day
    (compared as a date and time, and in the printed zone, when *date* has a time)."""
    if isinstance(date.value, dt.datetime):
        end = dt.datetime.combine(reference, dt.time(23, 59, 59))
        return end.replace(tzinfo=date.value.tzinfo)
    return reference


def _is_update(state: ParseState, page: Page, block: Block, date: PrintedDate) -> bool:
    """Whether the last cue before *date* (on its line, or on a label line above it) is an
    update cue."""
    before = text_before(state, block, date.start)
    updates = [match.end() for match in page.patterns.update.finditer(before)]
    if not updates:
        return False
    publishes = [match.end() for match in page.patterns.publish.finditer(before)]
    return not publishes or publishes[-1] < updates[-1]
