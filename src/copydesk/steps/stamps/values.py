"""The stamp of a chosen date (a date in digits read in the page's order), the earliest of a
line of two dates, and a first publication the article's own text states."""

from __future__ import annotations

from copydesk._models import DateStamp, Span
from copydesk._state import CHROME, ParseState
from copydesk.reading.stamps import PrintedDate, find_dates, numeric_order, page_order
from copydesk.steps.stamps.page import (
    FOREIGN_CHROME,
    Candidate,
    Page,
    block_at,
    day_of,
    text_before,
)

__all__ = ["earliest_on_line", "read_stated_original", "to_stamp"]


def earliest_on_line(state: ParseState, chosen: list[Candidate], best: Candidate) -> Candidate:
    """The earliest of the dates printed on *best*'s line with no cue between them: a line
    of two dates (``May 21, 2025 April 24, 2025 by Jane Roe``, a theme that shows its
    publication and update dates by icons alone) prints the publication date as the earlier,
    as an article is updated after it is published."""
    line_start = state.text.rfind("\n", 0, best.date.start) + 1
    line_end = state.text.find("\n", best.date.end)
    line_end = len(state.text) if line_end < 0 else line_end
    same_line = [
        candidate
        for candidate in chosen
        if candidate.block is best.block and line_start <= candidate.date.start < line_end
    ]
    return min(same_line, key=lambda candidate: (day_of(candidate.date.value), candidate.cost))


def to_stamp(
    state: ParseState, page: Page, candidates: list[Candidate], date: PrintedDate
) -> DateStamp:
    """The stamp of *date*; a numeric date is read in the order the page shows."""
    value = date.value
    day_first: bool | None = None
    ambiguous = False
    if date.numeric:
        day_first, decided = _numeric_order(state, page, candidates, date)
        ambiguous = date.ambiguous and not decided
        if date.ambiguous and day_first:
            value = value.replace(month=value.day, day=value.month)
        elif not date.ambiguous:
            assert date.numbers is not None
            first, second = date.numbers
            day_first = first > 12 or (first == second and day_first)
    return DateStamp(
        text=state.source[date.start : date.end],
        value=value,
        day_first=day_first,
        ambiguous=ambiguous,
        span=Span(date.start, date.end),
    )


def _numeric_order(
    state: ParseState, page: Page, candidates: list[Candidate], date: PrintedDate
) -> tuple[bool, bool]:
    """``(day_first, decided)`` for a numeric *date*: the stamps' own order when one shows
    it, else the whole page's (:func:`~copydesk.reading.stamps.page_order`, read only for an
    ambiguous date), else the lexicon's default, undecided."""
    order = numeric_order([candidate.date for candidate in candidates])
    if order is not None:
        return order, True
    if date.ambiguous:
        page_dates = find_dates(state.text, page.patterns.dates)
        page_day_first, decided = page_order(page_dates, date)
        if page_day_first is not None:
            return page_day_first, decided
    return state.lexicon.numeric_dates_day_first, False


def read_stated_original(state: ParseState, page: Page) -> None:
    """Read a sentence of the article's own that states when it was first published
    (``This article was originally published on 26 Sep 2019 at 4:12pm but has been
    regularly updated``): that date is the publication date when it is earlier than the
    stamp's, and the stamp's the update date when the page printed none. A stamp the page
    labels itself (``Posted on April 13, 2023``) stands: a republished post's."""
    text, original = state.text, page.patterns.original
    starts = [block.start for block in state.blocks]  # once: a page may state it many times
    for cue in original.finditer(text):
        block = block_at(state, cue.start(), starts)
        if block is None or (block.label == CHROME and block.kind in FOREIGN_CHROME):
            continue  # another story's or a comment's statement
        dates = find_dates(text, page.patterns.dates, pos=cue.end(), endpos=block.end)
        if not dates or dates[0].start != cue.end():
            continue
        stamped = state.published
        if stamped is not None and (
            day_of(stamped.value) <= day_of(dates[0].value) or _labelled_published(state, page)
        ):
            return
        state.published = to_stamp(state, page, [], dates[0])
        if state.updated is None and stamped is not None:
            state.updated = stamped
        return


def _labelled_published(state: ParseState, page: Page) -> bool:
    """Whether a publication cue labels the publication date read from a stamp."""
    assert state.published is not None
    start = state.published.span.start
    block = block_at(state, start, [block.start for block in state.blocks])
    before = text_before(state, block, start) if block is not None else ""
    return page.patterns.publish.search(before) is not None
