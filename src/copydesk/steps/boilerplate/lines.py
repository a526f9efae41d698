"""Line tests and patterns that several parts of the page reader share.

What a date stamp, a teaser line (another story's headline) or a widget line looks like,
and the lexicon's cue tables compiled for the reader (each compiled once per lexicon, through
:meth:`~copydesk.lexicon.Lexicon.cached`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from copydesk._state import BODY, Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import (
    ENDS_SENTENCE,
    MAX_SCAN_CHARS,
    MEMO_CHARS,
    MEMO_TEXTS,
    find_words,
    word_count,
)
from copydesk.reading.patterns import AnyPattern, CaselessWording, alternation

__all__ = [
    "DATE",
    "DATELINE_END",
    "DIGIT",
    "LIST_LINE_END",
    "MAX_END_HEADING_WORDS",
    "MAX_STAMP_WORDS",
    "MIN_TEASER_RUN",
    "SEPARATORS",
    "GuardedPattern",
    "alternation_of",
    "any_of",
    "has_kind_cue",
    "is_body_teaser",
    "is_stamp",
    "is_teaser_line",
    "is_widget_line",
    "kind_of",
    "kind_patterns",
    "named_kind",
]

DIGIT = regex.compile(r"\d")


class GuardedPattern:
    """A pattern each of whose matches holds a character of *guard*: a text without one is
    not searched. Most lines of a page hold no digit and no separator, and a scan for one
    character class costs a fraction of a scan for case-insensitive month names."""

    def __init__(self, pattern: str, guard: str) -> None:
        self.pattern = regex.compile(pattern)
        self.guard = regex.compile(guard)

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match in *text*, as ``regex.search`` gives it."""
        if self.guard.search(text) is None:
            return None
        return self.pattern.search(text)


#: A date or a time of day: ``Nov 19``, ``19 November``, ``2019-11-19``, ``10:02``
#: (each holds a digit).
DATE = GuardedPattern(
    # (Every alternative opens with a word boundary, tested once for them all.)
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{1,2}:\d{2}\b)",
    guard=r"\d",
)
#: Menu separators: ``News | Sport``, ``Home » World``.
SEPARATORS = GuardedPattern(r"\s[|•·]\s|\s[|•·]$|^[|•·]\s|»|›", guard=r"[|•·»›]")
#: A sentence's end at the end of a line (no colon: a lead-in is no sentence).
LIST_LINE_END = regex.compile(r"[.!?。！？][\"”’')\]]*\s*$")
#: The end of a dateline on its own line: ``LONDON --``, ``MIAMI:``.
DATELINE_END = regex.compile(r"(?:--|[-–—:])\s*$")
#: A date or time stamp line has at most this many words.
MAX_STAMP_WORDS = 12
#: A heading that closes the article or opens a card under it has at most this many words.
MAX_END_HEADING_WORDS = 6

# A teaser line (another story's headline) has this many words and no sentence end ...
_MIN_TEASER_WORDS = 3
_MAX_TEASER_WORDS = 20
# ... at most this share of its words hold digits (table rows and prices have more) ...
_MAX_TEASER_DIGIT_SHARE = 0.15
_NO_TEASER = regex.compile(r"https?:|www\.|@|[$€£¥]\s?\d")
# (Matches the opening of a text of more than _MAX_TEASER_WORDS words.)
_MORE_THAN_TEASER_WORDS = regex.compile(rf"\W*+(?:\w++\W*+){{{_MAX_TEASER_WORDS + 1}}}")
#: ... and this many of them in a row inside the article are a teaser list, not its text.
MIN_TEASER_RUN = 3


def alternation_of(table: str) -> Callable[[Lexicon], regex.Pattern[str]]:
    """A builder for :meth:`Lexicon.cached`: the patterns of the lexicon's *table* as one
    case-insensitive alternation (see :func:`copydesk.reading.patterns.alternation`)."""

    def build(lexicon: Lexicon) -> regex.Pattern[str]:
        patterns: tuple[str, ...] = getattr(lexicon, table)
        return regex.compile("(?i)" + alternation(patterns))

    return build


def any_of(table: str) -> Callable[[Lexicon], AnyPattern]:
    """A builder for :meth:`Lexicon.cached`: the patterns of the lexicon's *table* as an
    :class:`~copydesk.reading.patterns.AnyPattern` (case-insensitive), for a table only
    asked *whether* a text holds a match."""

    def build(lexicon: Lexicon) -> AnyPattern:
        patterns: tuple[str, ...] = getattr(lexicon, table)
        return AnyPattern(patterns)

    return build


def kind_patterns(lexicon: Lexicon) -> list[tuple[str, regex.Pattern[str]]]:
    """The lexicon's ``kind_cues``, compiled: the wording that names a widget's kind."""
    return [
        (kind, regex.compile("(?i)" + alternation([pattern])))
        for kind, pattern in lexicon.kind_cues
    ]


def kind_of(state: ParseState, block: Block, default: str) -> str:
    """The chrome kind *block*'s wording names (``comments``, ``share`` ...), else *default*."""
    return named_kind(state, state.block_text(block)[:MAX_SCAN_CHARS]) or default


def named_kind(state: ParseState, text: str) -> str | None:
    """The chrome kind the wording of *text* names (the first of ``lexicon.kind_cues`` that
    matches), or ``None``."""
    # One search of them all first: most lines name no kind, and a search per kind costs more.
    if not has_kind_cue(state, text):
        return None
    for kind, pattern in state.lexicon.cached("boilerplate.kinds", kind_patterns):
        if pattern.search(text):
            return kind
    return None


def is_teaser_line(text: str) -> bool:
    """A line shaped like another story's headline: a few words, no sentence end.

    >>> is_teaser_line("Mayor opens the new harbour walk"), is_teaser_line("Home")
    (True, False)
    """
    if len(text) > MEMO_CHARS:
        return _has_teaser_shape(text)
    return _remembered_teaser_shape(text)


def _has_teaser_shape(text: str) -> bool:
    if _MORE_THAN_TEASER_WORDS.match(text):
        return False  # a paragraph: its words are not all listed to learn there are too many
    words = find_words(text)
    if not _MIN_TEASER_WORDS <= len(words) <= _MAX_TEASER_WORDS:
        return False
    if ENDS_SENTENCE.search(text) or _NO_TEASER.search(text):
        return False
    with_digits = sum(1 for word in words if DIGIT.search(word))
    return with_digits <= _MAX_TEASER_DIGIT_SHARE * len(words)


_remembered_teaser_shape = functools.lru_cache(maxsize=MEMO_TEXTS)(_has_teaser_shape)


def is_body_teaser(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a body block shaped like a teaser line."""
    block = state.blocks[index]
    return block.label == BODY and is_teaser_line(state.block_text(block)[:MAX_SCAN_CHARS].strip())


def is_widget_line(state: ParseState, index: int) -> bool:
    """A short body line whose wording names a widget (``lexicon.kind_cues``)."""
    text = state.block_text(state.blocks[index])[:MAX_SCAN_CHARS]
    return word_count(text) <= MAX_STAMP_WORDS and has_kind_cue(state, text)


def _any_kind_cue(lexicon: Lexicon) -> CaselessWording:
    """The lexicon's ``kind_cues`` as one case-insensitive alternation."""
    patterns = [pattern for _, pattern in lexicon.kind_cues]
    built_in = lexicon.kind_cues == Lexicon.default().kind_cues
    return CaselessWording(patterns, built_in=built_in, ordered=False)


def is_widget_or_stamp_text(state: ParseState, text: str) -> bool:
    """Whether a short line (at most ``MAX_STAMP_WORDS`` words: the caller counted them)
    names a widget (:func:`is_widget_line`) or is a date stamp (:func:`is_stamp`)."""
    if DATE.search(text) is not None:
        return True
    return has_kind_cue(state, text)


def has_kind_cue(state: ParseState, text: str) -> bool:
    """Whether *text* holds the wording of any of ``lexicon.kind_cues``."""
    cues = state.lexicon.cached("boilerplate.any_kind_cue", _any_kind_cue)
    if len(text) > MEMO_CHARS:
        return cues.found_in(text)
    # Short lines are remembered: the classifier asks about a short line before the reader
    # names the kind of the dropped ones, and menus and share rows repeat across a site.
    return _short_text_matches(cues, text)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _short_text_matches(cues: CaselessWording, text: str) -> bool:
    return cues.found_in(text)


def is_stamp(state: ParseState, block: Block) -> bool:
    """Whether *block* is a date or time stamp line (``March 3, 2024 10:15 am``)."""
    text = state.block_text(block)[:MAX_SCAN_CHARS]
    return word_count(text) <= MAX_STAMP_WORDS and DATE.search(text) is not None
