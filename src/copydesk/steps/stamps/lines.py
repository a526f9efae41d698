"""Which lines of a page are stamps: a date beside a few names, numbers and stamp words
(no sentence), where the article's text starts after them, and the stamp lines of the readers'
comments under it."""

from __future__ import annotations

import datetime as dt

import regex

from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk.reading.prose import is_prose
from copydesk.reading.stamps import PrintedDate, find_dates
from copydesk.steps.stamps.page import MAX_STAMP_CHARS, OPENS_TEXT, WORD, Page

__all__ = ["alone_on_line", "first_prose", "is_stamp_block", "is_stamp_line", "label_other_stamps"]

# A stamp line holds its date and at most this many other words ("Published on", a name).
_MAX_STAMP_WORDS = 6
# A deck's stamp stands at most this many blocks under it (a byline between).
_DECK_TO_STAMP = 2
# A time stamp line holds its date and time and at most this many words that are no stamp
# words ("Posted by: jim").
_MAX_TIME_STAMP_OTHER_WORDS = 3
# Another date in digits beside a date with a two-digit year ("4/2/87  Prev Wk  4/3/87").
_OTHER_NUMERIC_DATE = regex.compile(r"\d[/.]\d")


def is_stamp_block(state: ParseState, page: Page, start: int, end: int) -> bool:
    """A stamp line, or a block whose every line is one (``Last modified on …`` /
    ``First published on …``)."""
    if is_stamp_line(state, page, start, end):
        return True
    if end - start > 2 * MAX_STAMP_CHARS or "\n" not in state.text[start:end]:
        return False
    lines = regex.finditer(r"[^\n]+", state.text, pos=start, endpos=end)
    return all(is_stamp_line(state, page, line.start(), line.end()) for line in lines)


def is_stamp_line(state: ParseState, page: Page, start: int, end: int) -> bool:
    """A short stretch of text holding a date and, beside it, only a few names, numbers and
    stamp words (``Published on``, ``5 min read``): no sentence ("effective April 1, 1987.")."""
    if end - start > MAX_STAMP_CHARS:
        return False
    text = state.text[start:end].rstrip()
    if text.endswith(OPENS_TEXT) or not page.may_hold_date(start, end):
        return False  # "Monday, January 14, 2008 (Mumbai):" opens the story: a dateline
    dates = find_dates(text, page.patterns.dates, reference=state.reference_date)
    if not dates:
        return False
    rest = text
    for date in reversed(dates):
        rest = rest[: date.start] + " " + rest[date.end :]
    words = WORD.findall(rest)
    return len(words) <= _MAX_STAMP_WORDS and all(
        word[0].isupper() or word.isdigit() or word in page.patterns.stamp_words for word in words
    )


def alone_on_line(state: ParseState, page: Page, date: PrintedDate) -> bool:
    """Whether *date* stands on its line with stamp words only (``Last updated at 8:37 AM
    on 18/01/08``): the test a date with a two-digit year, a form tables and titles print
    too, must pass to be a stamp."""
    text = state.text
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    line = (
        text[line_start : date.start] + " " + text[date.end : line_end if line_end >= 0 else None]
    )
    if _OTHER_NUMERIC_DATE.search(line):
        return False  # "04/09/87 03/09/87 04/09/87": a table's head of dates
    return all(
        word.casefold() in page.patterns.stamp_words or word.isdigit()
        for word in WORD.findall(line)
    )


def first_prose(state: ParseState, page: Page, anchor: int) -> int:
    """Where the article's text starts: its first paragraph of prose after *anchor* (a long
    stamp line, "Published Nov. 2, 2024 | Updated 10:02 a.m. ET Nov. 3", may read as prose),
    but for a deck: a paragraph with a stamp line right under it, or under the byline or
    name under it (``Summary ...`` / ``Jane Roe`` / ``Dec 18, 2025 · 2 min read``)."""
    blocks = state.blocks
    for index, block in enumerate(blocks):
        if (
            block.start >= anchor
            and block.label == BODY
            and is_prose(state.block_text(block))
            and not is_stamp_block(state, page, block.start, block.end)
            and not _stamp_under(state, page, index)
        ):
            return block.start
    return len(state.text)


def _stamp_under(state: ParseState, page: Page, index: int) -> bool:
    """Whether a stamp line of the body stands right under ``blocks[index]``, or under the
    one line under it."""
    for below in state.blocks[index + 1 : index + 1 + _DECK_TO_STAMP]:
        if below.label == BODY and is_stamp_block(state, page, below.start, below.end):
            return True
    return False


def label_other_stamps(state: ParseState, page: Page, text_starts: int) -> None:
    """Label the stamp lines left in the body under the comments' heading after the
    article's text: a reader's comment's (``July 3, 2021``, ``Posted by: jim | January 14,
    2024 10:43 PM``), not the story's text. (A link to the comments under the headline heads
    none; a forum's posts, whose stamps are its text, print no such heading.)"""
    comments = False
    for block in state.blocks:
        if block.label == CHROME and block.kind == "comments" and block.start > text_starts:
            comments = True
            continue
        if (
            not comments
            or block.label != BODY
            or block.finding is not None
            or block.end - block.start > MAX_STAMP_CHARS
            or not page.may_hold_date(block.start, block.end)
        ):
            continue
        if is_stamp_line(state, page, block.start, block.end) or _is_time_stamp(state, page, block):
            state.mark_chrome(block, "comments")


def _is_time_stamp(state: ParseState, page: Page, block: Block) -> bool:
    """Whether *block* is one line printing a date with a clock time and, beside it, stamp
    words or at most a few others (a user's name: ``Posted by: jim |``), no sentence."""
    text = state.text[block.start : block.end]
    if "\n" in text or text.endswith((".", *OPENS_TEXT)):
        return False  # a sentence, or "On 8/26/2024 at 5:29 PM, jim said:"
    dates = find_dates(text, page.patterns.dates)
    if not any(isinstance(date.value, dt.datetime) for date in dates):
        return False
    if is_stamp_line(state, page, block.start, block.end):
        return True
    rest = text
    for date in reversed(dates):
        rest = rest[: date.start] + " " + rest[date.end :]
    return len(WORD.findall(rest)) <= _MAX_TIME_STAMP_OTHER_WORDS
