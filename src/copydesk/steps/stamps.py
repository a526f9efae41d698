"""Read when the article was published and updated, as the page prints it.

A page prints the article's dates near its headline or in its byline: ``Published Dec. 4,
2025``, ``By Jane Roe | March 3, 2025 4:15 PM``, ``Updated 10:02 a.m. ET Dec. 4, 2025``,
``2025-12-04``, ``05/05/2025 - 14:32``, ``3 hours ago``. The step reads every date printed in
a *stamp*: a byline, a short line that is no prose, or a line the page reader labelled as
page furniture, within reach of the headline. Of these, the one nearest the headline (a date
above it counts three times its distance: the site's header prints other dates) is the
publication date; one after an update cue (``Updated``, ``Last modified``, or ``Last update:``
alone on the line above) is the update date, and the publication date too when the page
prints no other (most such pages first published the article that day). When no stamp
stands within reach, the dates after a cue anywhere on the page are read, else the page's
metadata lines when they all print the same day; never its comments or related stories.

Dates in digits are read in the page's own order when one of them shows it (``17/04/2025``
is day first, or the same day printed with its month name), else as the page's dates with
month names hint (``4 December 2025``: day first) or by :attr:`Lexicon.numeric_dates_day_first
<copydesk.Lexicon.numeric_dates_day_first>`, and marked ambiguous. A stamp line left in the
body (a line holding a date and little else) becomes chrome of kind ``metadata``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator

import attrs
import regex

from copydesk._models import DateStamp, Span
from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.reading.prose import is_prose
from copydesk.reading.stamps import (
    DateCores,
    DatePatterns,
    PrintedDate,
    date_patterns,
    find_dates,
    numeric_order,
    page_order,
)

__all__ = ["published"]

# How far from the headline's start a stamp may stand, in characters: a site's header above
# it, the byline and stamp lines (and a picture and its caption) below it.
_REACH_BEFORE = 3000
_REACH_AFTER = 4000
# A body block longer than this is prose, not a stamp line (a byline is read whole).
_MAX_STAMP_CHARS = 200
# A stamp line holds its date and at most this many other words ("Published on", a name).
_MAX_STAMP_WORDS = 6
# A deck's stamp stands at most this many blocks under it (a byline between).
_DECK_TO_STAMP = 2
# A time stamp line holds its date and time and at most this many words that are no stamp
# words ("Posted by: jim").
_MAX_TIME_STAMP_OTHER_WORDS = 3
# A line above a date is its label ("Last update:") when it holds at most this many words.
_MAX_LABEL_WORDS = 3
# A date above the headline costs this many times its distance.
_ABOVE_COST = 3
# A date in a byline costs this share of its distance: the byline is the article's own.
_BYLINE_COST = 0.5
# Chrome the page reader put after the article's end: other stories' dates.
_FOREIGN_CHROME = frozenset({"comments", "related"})
_WORD = regex.compile(r"\w+")
_TRAILING_SPACE = regex.compile(r"\s*", regex.REVERSE)
# Another date in digits beside a date with a two-digit year ("4/2/87  Prev Wk  4/3/87").
_OTHER_NUMERIC_DATE = regex.compile(r"\d[/.]\d")
# A line ending so leads into the text after it (a dateline's separator), not a stamp.
_OPENS_TEXT = (":", "-", "–", "—")


@attrs.frozen
class _Patterns:
    dates: DatePatterns
    update: regex.Pattern[str]
    publish: regex.Pattern[str]
    any_cue: regex.Pattern[str]
    stamp_words: frozenset[str]
    not_stamp: regex.Pattern[str]
    """The words right before a figure's or an offer's date, at the end of the text searched."""
    original: regex.Pattern[str]
    """A statement of the first publication, up to where its date starts."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Patterns:
        update = "|".join(lexicon.update_cues)
        publish = "|".join(lexicon.publish_cues)
        return cls(
            date_patterns(lexicon),
            regex.compile(rf"\b(?:{update})\b", regex.IGNORECASE),
            regex.compile(rf"\b(?:{publish})\b", regex.IGNORECASE),
            regex.compile(rf"\b(?:{update}|{publish})\b", regex.IGNORECASE),
            frozenset(word.casefold() for word in lexicon.stamp_words),
            regex.compile(rf"\b(?:{'|'.join(lexicon.not_stamp_cues)})\s*+$", regex.IGNORECASE),
            regex.compile(
                rf"\b(?:{'|'.join(lexicon.original_publication_cues)})\s++"
                rf"(?:(?:{'|'.join(map(regex.escape, lexicon.weekdays))}),?\s++)?(?:the\s++)?",
                regex.IGNORECASE,
            ),
        )


@attrs.frozen
class _Page:
    """What the step's functions share in one parse: the lexicon's patterns, and where the
    text may print a date (searched once: the step tests many of its blocks and lines)."""

    patterns: _Patterns
    date_cores: DateCores

    def may_hold_date(self, start: int, end: int) -> bool:
        """Whether ``state.text[start:end]`` may print a date (False: it prints none)."""
        return self.date_cores.may_hold(start, end)


@attrs.frozen
class _Candidate:
    date: PrintedDate
    block: Block
    cost: float
    updated: bool


@step(
    requires=("blocks",),
    uses=("chrome", "page", "headline", "bylines", "dateline"),
    provides=("published",),
)
def published(state: ParseState) -> None:
    """Set ``state.published`` and ``state.updated`` from the dates the page prints.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe | March 3, 2025 4:15 PM\\n\\n"
    ...     "Updated: 05/03/2025\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to thousands of homes."
    ... )
    >>> str(article.published.value), str(article.updated.value), article.updated.ambiguous
    ('2025-03-03 16:15:00', '2025-05-03', True)
    >>> [chrome.text for chrome in article.chrome if chrome.kind == "metadata"]
    ['| March 3, 2025 4:15 PM', 'Updated: 05/03/2025']
    """
    patterns = state.lexicon.cached("stamps.patterns", _Patterns.build)
    page = _Page(patterns, patterns.dates.cores(state.text, reference=state.reference_date))
    if not page.date_cores.starts:
        return  # the text prints no date (most wire copy): no stamp to read or label
    anchor = _anchor(state)
    candidates = list(_candidates(state, page, anchor))
    if not candidates:
        candidates = list(_cued_candidates(state, page, anchor))
    if not candidates:
        candidates = list(_far_candidates(state, page, anchor))
    if candidates:
        _read_stamps(state, page, candidates)
    _read_stated_original(state, page)
    _label_other_stamps(state, page, _first_prose(state, page, anchor))


def _read_stamps(state: ParseState, page: _Page, candidates: list[_Candidate]) -> None:
    """Set the publication and update dates from *candidates*, and label their lines."""
    for updated in (False, True):
        chosen = [candidate for candidate in candidates if candidate.updated is updated]
        if chosen:
            best = min(chosen, key=lambda candidate: candidate.cost)
            if not updated:
                best = _earliest_on_line(state, chosen, best)
            stamp = _stamp(state, page, candidates, best.date)
            if updated:
                state.updated = stamp
            else:
                state.published = stamp
    if state.published is None:
        # A page that prints only an update date ("Updated Dec. 4, 2025") most often first
        # published the article that day too (read on both halves of the dev sites).
        state.published = state.updated
    stamp_blocks = {id(candidate.block) for candidate in candidates}
    for index, block in enumerate(state.blocks):
        if id(block) in stamp_blocks and block.label == BODY and block.finding is None:
            state.mark_chrome(block, "metadata")  # a stamp line (see _stamp_ranges)
        if id(block) in stamp_blocks and index and _is_label(state, page, index - 1, block):
            state.mark_chrome(state.blocks[index - 1], "metadata")  # "Published" / its date


def _is_label(state: ParseState, page: _Page, index: int, stamp: Block) -> bool:
    """Whether block *index* is cue words alone (``Published``) right above *stamp*."""
    label, text = state.blocks[index], state.text
    words = _WORD.findall(text, label.start, label.end)
    return (
        (label.label, label.finding) == (BODY, None)
        and text.count("\n", label.end, stamp.start) <= 2  # a blank line between at most
        and 0 < len(words) <= _MAX_LABEL_WORDS
        and all(word.casefold() in page.patterns.stamp_words for word in words)
        and page.patterns.any_cue.search(text, label.start, label.end) is not None
    )


def _read_stated_original(state: ParseState, page: _Page) -> None:
    """Read a sentence of the article's own that states when it was first published
    (``This article was originally published on 26 Sep 2019 at 4:12pm but has been
    regularly updated``): that date is the publication date when it is earlier than the
    stamp's, and the stamp's the update date when the page printed none. A stamp the page
    labels itself (``Posted on April 13, 2023``) stands: a republished post's."""
    text, original = state.text, page.patterns.original
    starts = [block.start for block in state.blocks]  # once: a page may state it many times
    for cue in original.finditer(text):
        block = _block_at(state, cue.start(), starts)
        if block is None or (block.label == CHROME and block.kind in _FOREIGN_CHROME):
            continue  # another story's or a comment's statement
        dates = find_dates(text, page.patterns.dates, pos=cue.end(), endpos=block.end)
        if not dates or dates[0].start != cue.end():
            continue
        stamped = state.published
        if stamped is not None and (
            _day(stamped.value) <= _day(dates[0].value) or _labelled_published(state, page)
        ):
            return
        state.published = _stamp(state, page, [], dates[0])
        if state.updated is None and stamped is not None:
            state.updated = stamped
        return


def _labelled_published(state: ParseState, page: _Page) -> bool:
    """Whether a publication cue labels the publication date read from a stamp."""
    assert state.published is not None
    start = state.published.span.start
    block = _block_at(state, start, [block.start for block in state.blocks])
    before = _text_before(state, block, start) if block is not None else ""
    return page.patterns.publish.search(before) is not None


def _block_at(state: ParseState, position: int, starts: list[int]) -> Block | None:
    """The block that holds *position* of the text, if any (*starts*: the blocks' starts)."""
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and position < state.blocks[index].end:
        return state.blocks[index]
    return None


def _label_other_stamps(state: ParseState, page: _Page, text_starts: int) -> None:
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
            or block.end - block.start > _MAX_STAMP_CHARS
            or not page.may_hold_date(block.start, block.end)
        ):
            continue
        if _is_stamp_line(state, page, block.start, block.end) or _is_time_stamp(
            state, page, block
        ):
            state.mark_chrome(block, "comments")


def _is_time_stamp(state: ParseState, page: _Page, block: Block) -> bool:
    """Whether *block* is one line printing a date with a clock time and, beside it, stamp
    words or at most a few others (a user's name: ``Posted by: jim |``), no sentence."""
    text = state.text[block.start : block.end]
    if "\n" in text or text.endswith((".", *_OPENS_TEXT)):
        return False  # a sentence, or "On 8/26/2024 at 5:29 PM, jim said:"
    dates = find_dates(text, page.patterns.dates)
    if not any(isinstance(date.value, dt.datetime) for date in dates):
        return False
    if _is_stamp_line(state, page, block.start, block.end):
        return True
    rest = text
    for date in reversed(dates):
        rest = rest[: date.start] + " " + rest[date.end :]
    return len(_WORD.findall(rest)) <= _MAX_TIME_STAMP_OTHER_WORDS


def _earliest_on_line(state: ParseState, chosen: list[_Candidate], best: _Candidate) -> _Candidate:
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
    return min(same_line, key=lambda candidate: (_day(candidate.date.value), candidate.cost))


def _anchor(state: ParseState) -> int:
    """Where the article starts: the headline, else the text's start."""
    index = state.headline_index
    return state.blocks[index].start if index is not None else 0


def _candidates(state: ParseState, page: _Page, anchor: int) -> Iterator[_Candidate]:
    """The dates of the stamps within reach of the headline."""
    text_starts = _first_prose(state, page, anchor)
    for block in state.blocks:
        if block.end < anchor - _REACH_BEFORE:
            continue
        if block.start > anchor + _REACH_AFTER:
            break
        for start, end in _stamp_ranges(state, page, block, anchor, text_starts):
            yield from _dated(state, page, block, anchor, start, end)


def _cued_candidates(state: ParseState, page: _Page, anchor: int) -> Iterator[_Candidate]:
    """When no stamp stands within reach of the headline (a page whose headline was found
    far from its stamps, or one that prints them at its foot): the dates after a publication
    or update cue, or before an update cue on their line, anywhere on the page but in its
    comments and related stories, read in its stamps (a sentence of the story, "a revised
    bill ... as of March 5", is none)."""
    everywhere = len(state.text)  # a stamp line of the body counts wherever it stands
    for block in state.blocks:
        if (
            block.end - block.start > _MAX_STAMP_CHARS
            or not page.may_hold_date(block.start, block.end)
            or not _cued_block(state, page, block)
        ):
            continue
        for start, end in _stamp_ranges(state, page, block, everywhere, everywhere):
            for candidate in _dated(state, page, block, anchor, start, end):
                if page.patterns.any_cue.search(
                    _text_before(state, block, candidate.date.start)
                ) or _before_update(state, page, candidate.date):
                    yield candidate


def _cued_block(state: ParseState, page: _Page, block: Block) -> bool:
    """Whether *block* holds a publication or update cue, or the line right above it is a
    short label that does (``Published on`` / ``Oct 31, 2025``: see ``_text_before``)."""
    text = state.text
    if page.patterns.any_cue.search(text, block.start, block.end) is not None:
        return True
    above = text[text.rfind("\n", 0, max(block.start - 1, 0)) + 1 : block.start]
    return (
        len(_WORD.findall(above)) <= _MAX_LABEL_WORDS
        and page.patterns.any_cue.search(above) is not None
    )


def _before_update(state: ParseState, page: _Page, date: PrintedDate) -> bool:
    """Whether an update cue follows *date* on its line: ``December 3, 2025. Updated:
    December 7, 2025`` prints the first date as the original's."""
    line_end = state.text.find("\n", date.end)
    after = state.text[date.end : line_end if line_end >= 0 else len(state.text)]
    return page.patterns.update.search(after) is not None


def _far_candidates(state: ParseState, page: _Page, anchor: int) -> Iterator[_Candidate]:
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
        and block.end - block.start <= _MAX_STAMP_CHARS
        and page.may_hold_date(block.start, block.end)
        for candidate in _dated(state, page, block, anchor, block.start, block.end)
    ]
    days = {_day(candidate.date.value) for candidate in found}
    lines = {id(candidate.block) for candidate in found}
    return iter(found if len(days) == 1 or len(lines) == 1 else ())


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _dated(
    state: ParseState, page: _Page, block: Block, anchor: int, start: int, end: int
) -> Iterator[_Candidate]:
    """The dates printed in ``state.text[start:end]`` (inside *block*), with their costs."""
    reference = state.reference_date
    for date in find_dates(
        state.text, page.patterns.dates, pos=start, endpos=end, reference=reference
    ):
        if reference is not None and date.value > _latest(reference, date):
            continue  # a date after the reference date is an event's, not the article's
        if date.short_year and not _alone_on_line(state, page, date):
            continue  # "4/2/87   Prev Wk  4/3/87": a table's head, "Poll (10/01/07)": a title
        line_start = state.text.rfind("\n", 0, date.start) + 1
        if page.patterns.not_stamp.search(state.text, line_start, date.start) is not None:
            continue  # "Data as of Dec 20, 2025.": a figure's date, not the article's
        distance = date.start - anchor
        cost = float(distance if distance >= 0 else -_ABOVE_COST * distance)
        if block.finding is not None:
            cost *= _BYLINE_COST
        yield _Candidate(date, block, cost, _is_update(state, page, block, date))


def _alone_on_line(state: ParseState, page: _Page, date: PrintedDate) -> bool:
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
        for word in _WORD.findall(line)
    )


def _first_prose(state: ParseState, page: _Page, anchor: int) -> int:
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
            and not _is_stamp_block(state, page, block.start, block.end)
            and not _stamp_under(state, page, index)
        ):
            return block.start
    return len(state.text)


def _stamp_under(state: ParseState, page: _Page, index: int) -> bool:
    """Whether a stamp line of the body stands right under ``blocks[index]``, or under the
    one line under it."""
    for below in state.blocks[index + 1 : index + 1 + _DECK_TO_STAMP]:
        if below.label == BODY and _is_stamp_block(state, page, below.start, below.end):
            return True
    return False


def _stamp_ranges(
    state: ParseState, page: _Page, block: Block, anchor: int, text_starts: int
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
        and (block.kind not in _FOREIGN_CHROME or _in_header(block, anchor, text_starts))
        and end - start <= _MAX_STAMP_CHARS
    ):
        yield start, end
    elif block.label == BODY:
        if _is_stamp_block(state, page, start, end) and (
            start < text_starts or page.patterns.any_cue.search(state.text, start, end) is not None
        ):
            yield start, end
    elif block.label == "caption":
        for line in regex.finditer(r"[^\n]+", state.text, pos=start, endpos=end):
            if _is_stamp_line(state, page, line.start(), line.end()):
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


def _text_before(state: ParseState, block: Block, date_start: int) -> str:
    """The text before the date at *date_start* on its line; when that holds no word, the
    line above too, if it is a short label of its own (``Last update:`` / ``July 16, 2025``)."""
    text = state.text
    line_start = text.rfind("\n", 0, date_start) + 1
    before = text[max(block.start, line_start) : date_start]
    if _WORD.search(before) is not None or line_start == 0:
        return before
    blank = _TRAILING_SPACE.match(text, 0, line_start)  # a blank line may stand between them
    above_end = blank.start() if blank is not None else line_start
    if text.count("\n", above_end, line_start) > 2:
        return before
    above_start = text.rfind("\n", 0, above_end) + 1
    above = text[above_start:line_start]
    if len(_WORD.findall(above)) <= _MAX_LABEL_WORDS:
        return above + before
    return before


def _is_update(state: ParseState, page: _Page, block: Block, date: PrintedDate) -> bool:
    """Whether the last cue before *date* (on its line, or on a label line above it) is an
    update cue."""
    before = _text_before(state, block, date.start)
    updates = [match.end() for match in page.patterns.update.finditer(before)]
    if not updates:
        return False
    publishes = [match.end() for match in page.patterns.publish.finditer(before)]
    return not publishes or publishes[-1] < updates[-1]


def _is_stamp_block(state: ParseState, page: _Page, start: int, end: int) -> bool:
    """A stamp line, or a block whose every line is one (``Last modified on …`` /
    ``First published on …``)."""
    if _is_stamp_line(state, page, start, end):
        return True
    if end - start > 2 * _MAX_STAMP_CHARS or "\n" not in state.text[start:end]:
        return False
    lines = regex.finditer(r"[^\n]+", state.text, pos=start, endpos=end)
    return all(_is_stamp_line(state, page, line.start(), line.end()) for line in lines)


def _is_stamp_line(state: ParseState, page: _Page, start: int, end: int) -> bool:
    """A short stretch of text holding a date and, beside it, only a few names, numbers and
    stamp words (``Published on``, ``5 min read``): no sentence ("effective April 1, 1987.")."""
    if end - start > _MAX_STAMP_CHARS:
        return False
    text = state.text[start:end].rstrip()
    if text.endswith(_OPENS_TEXT) or not page.may_hold_date(start, end):
        return False  # "Monday, January 14, 2008 (Mumbai):" opens the story: a dateline
    dates = find_dates(text, page.patterns.dates, reference=state.reference_date)
    if not dates:
        return False
    rest = text
    for date in reversed(dates):
        rest = rest[: date.start] + " " + rest[date.end :]
    words = _WORD.findall(rest)
    return len(words) <= _MAX_STAMP_WORDS and all(
        word[0].isupper() or word.isdigit() or word in page.patterns.stamp_words for word in words
    )


def _stamp(
    state: ParseState, page: _Page, candidates: list[_Candidate], date: PrintedDate
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
    state: ParseState, page: _Page, candidates: list[_Candidate], date: PrintedDate
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
