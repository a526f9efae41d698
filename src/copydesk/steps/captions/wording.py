"""Tests of a caption's wording that several passes share, and the credit model maker."""

from __future__ import annotations

from typing import NamedTuple

import regex

from copydesk._models import Credit, Span
from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import CreditParts

__all__ = [
    "BY",
    "MAX_CAPTION_LINE_CHARS",
    "MAX_CREDIT_LINE_CHARS",
    "QUOTE_MARKS",
    "STOP_INSIDE",
    "TOKEN",
    "WEB_MARKS",
    "PlacedCredit",
    "credit_at",
    "one_sentence",
]

# A caption line merged with the credit line under it is at most this long.
MAX_CAPTION_LINE_CHARS = 400
# A credit line of a name (and an agency) is short.
MAX_CREDIT_LINE_CHARS = 80

# "By Jane Doe": a byline's lead-in, never a caption's start.
BY = regex.compile(r"(?i)by\b")
# Where a sentence may end inside a block: "... the floods. Then ..."; the word before the
# stop tells an abbreviation ("Const. Dave", "Dec. 31") from a sentence's end.
STOP_INSIDE = regex.compile(r"(?P<word>[\w'’-]{1,20})[.!?](?:\s+\p{Lu}|\p{Lu}\p{Ll})")
QUOTE_MARKS = regex.compile(r"[\"“”«»]")
TOKEN = regex.compile(r"[\w'’-]+")
# A web address or a handle: a link or a menu row, not a caption.
WEB_MARKS = regex.compile(r"https?:|www\.|@\w|\.com\b")


def sentence_abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's :attr:`~copydesk.Lexicon.caption_abbreviations`, as a set built once."""
    return lexicon.cached("captions.abbreviations", _abbreviation_set)


def _abbreviation_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.caption_abbreviations)


def one_sentence(abbreviations: frozenset[str], text: str) -> bool:
    """Whether *text* holds one sentence at most, and no quotation; a stop after one of
    *abbreviations* (see :func:`sentence_abbreviations`) ends none."""
    if QUOTE_MARKS.search(text):
        return False
    for stop in STOP_INSIDE.finditer(text):
        word = stop.group("word")
        if (
            len(word) >= 2
            and (word[-1].isdigit() or word[-2:].islower())
            and word.casefold() not in abbreviations
        ):
            return False
    return True


def credit_at(state: ParseState, parts: CreditParts, start: int, end: int) -> Credit:
    """The :class:`~copydesk.Credit` of *parts*, printed at ``start:end`` of the source."""
    return Credit(
        text=state.source[start:end],
        # One tuple for the credits that name the same people (a page of photo credits).
        names=state.share(tuple(parts.names)),
        agency=parts.agency,
        file_photo=parts.file_photo,
        span=Span(start, end),
    )


class PlacedCredit(NamedTuple):
    """What a credit names and where it is printed: the makings of a `Credit` (see
    :func:`credit_at`). The finders of the first captions pass return these: that pass
    records the parts, not the model, so a model made there was taken apart at once (on a
    text of credit lines, a model, its text and its span per line)."""

    parts: CreditParts
    start: int
    end: int
