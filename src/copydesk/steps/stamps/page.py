"""What the ``published`` step's modules share: the lexicon's patterns, the page's date
cores, a candidate date, and the reading of the text before a date (its cue or label)."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs
import regex

from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.stamps import DateCores, DatePatterns, PrintedDate, date_patterns

__all__ = [
    "FOREIGN_CHROME",
    "MAX_LABEL_WORDS",
    "MAX_STAMP_CHARS",
    "OPENS_TEXT",
    "WORD",
    "Candidate",
    "Page",
    "StampPatterns",
    "block_at",
    "day_of",
    "text_before",
]

# A body block longer than this is prose, not a stamp line (a byline is read whole).
MAX_STAMP_CHARS = 200
# A line above a date is its label ("Last update:") when it holds at most this many words.
MAX_LABEL_WORDS = 3
# Chrome the page reader put after the article's end: other stories' dates.
FOREIGN_CHROME = frozenset({"comments", "related"})
WORD = regex.compile(r"\w+")
_TRAILING_SPACE = regex.compile(r"\s*", regex.REVERSE)
# A line ending so leads into the text after it (a dateline's separator), not a stamp.
OPENS_TEXT = (":", "-", "–", "—")


@attrs.frozen
class StampPatterns:
    """The lexicon's date patterns and cue words, compiled once per lexicon."""

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
    def build(cls, lexicon: Lexicon) -> StampPatterns:
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
class Page:
    """What the step's functions share in one parse: the lexicon's patterns, and where the
    text may print a date (searched once: the step tests many of its blocks and lines)."""

    patterns: StampPatterns
    date_cores: DateCores

    def may_hold_date(self, start: int, end: int) -> bool:
        """Whether ``state.text[start:end]`` may print a date (False: it prints none)."""
        return self.date_cores.may_hold(start, end)


@attrs.frozen
class Candidate:
    date: PrintedDate
    block: Block
    cost: float
    updated: bool


def day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def block_at(state: ParseState, position: int, starts: list[int]) -> Block | None:
    """The block that holds *position* of the text, if any (*starts*: the blocks' starts)."""
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and position < state.blocks[index].end:
        return state.blocks[index]
    return None


def text_before(state: ParseState, block: Block, date_start: int) -> str:
    """The text before the date at *date_start* on its line; when that holds no word, the
    line above too, if it is a short label of its own (``Last update:`` / ``July 16, 2025``)."""
    text = state.text
    line_start = text.rfind("\n", 0, date_start) + 1
    before = text[max(block.start, line_start) : date_start]
    if WORD.search(before) is not None or line_start == 0:
        return before
    blank = _TRAILING_SPACE.match(text, 0, line_start)  # a blank line may stand between them
    above_end = blank.start() if blank is not None else line_start
    if text.count("\n", above_end, line_start) > 2:
        return before
    above_start = text.rfind("\n", 0, above_end) + 1
    above = text[above_start:line_start]
    if len(WORD.findall(above)) <= MAX_LABEL_WORDS:
        return above + before
    return before
