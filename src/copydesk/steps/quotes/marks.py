"""Pass 1, the quote spans: pair the quotation marks of a paragraph.

Curly and straight double quotes pair with each other, as do the ``''two apostrophes''`` of
some archives and ``„…“``; ``«…»``, ``‹…›``, ``「…」`` and ``『…』`` pair only with their own
partner. A straight or misprinted mark opens or closes by what stands on either side of it, so
an apostrophe (``don't``, ``Zelensky's``, ``'90s``) is never a mark and single quotes nested
inside a double-quoted passage stay part of its text. A mark left open at the end of a
paragraph runs to the paragraph's end (the running-quote convention: one quote per paragraph).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from copydesk.steps.quotes.words import visible_end

# The English double family: these pair with each other, direction read from context.
_DOUBLE = frozenset({'"', "“", "”", "„", "''", "‘‘", "’’"})
# Marks that pair only with their own partner (opening -> closing).
_STRICT_PAIRS = {"«": "»", "‹": "›", "「": "」", "『": "』"}
_STRICT_CLOSERS = frozenset(_STRICT_PAIRS.values())
#: Any quotation mark: a paragraph without one holds no quote.
MARK = regex.compile(r"''|‘‘|’’|[\"“”„«»‹›「」『』]")
# Characters that may stand just before an opening mark / just after a closing one.
_BEFORE_OPEN = (
    set(" \n([{—–-―/:,.") | set("“‘„«‹「『") | set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
)
_AFTER_CLOSE = set(" \n)]}—–-―.,;:!?…*") | set("”’»›」』")
# A letter or digit: marks around no word (“”, “/”, a run of quote marks) quote nothing.
_WORD_CHARACTER = regex.compile(r"[^\W_]")


@attrs.define
class Pair:
    """A quoted passage in one paragraph (offsets into the text)."""

    start: int
    """The opening mark."""
    text_start: int
    """Just after the opening mark."""
    text_end: int
    """Just before the closing mark (the paragraph end when unclosed)."""
    end: int
    """Just after the closing mark."""
    closed: bool
    """Whether a closing mark ends it (else it runs to the paragraph's end)."""


def _can_open(text: str, index: int, length: int, floor: int, ceiling: int) -> bool:
    before = text[index - 1] if index > floor else " "
    after = text[index + length] if index + length < ceiling else " "
    if after.isspace():
        # "“ … they are so not like him”": an ellipsis may open a quote after a space.
        after_space = text[index + length : index + length + 5].lstrip(" ")
        if not after_space.startswith(("…", "...")):
            return False
    return before in _BEFORE_OPEN or before.isspace()


def _can_close(text: str, index: int, length: int, floor: int, ceiling: int) -> bool:
    before = text[index - 1] if index > floor else " "
    after = text[index + length] if index + length < ceiling else " "
    if before in ".,!?…" and after.isupper():
        return True  # "…most surprising.”Clinton said": a missing space
    return not before.isspace() and (after in _AFTER_CLOSE or after.isspace())


def pairs(text: str, start: int, end: int) -> Iterator[Pair]:
    """The pairs of quotation marks of one paragraph ``text[start:end]``, in order; pairs
    around no word are dropped."""
    open_at = -1
    open_mark = ""
    depth = 0
    for match in MARK.finditer(text, start, end):
        mark, index = match.group(), match.start()
        length = len(mark)
        if open_at < 0:
            if mark in _STRICT_CLOSERS or not _can_open(text, index, length, start, end):
                continue
            open_at, open_mark, depth = index, mark, 0
            continue
        if open_mark in _STRICT_PAIRS:
            if mark == open_mark:
                depth += 1
            elif mark == _STRICT_PAIRS[open_mark]:
                if depth:
                    depth -= 1
                else:
                    pair = Pair(open_at, open_at + len(open_mark), index, index + 1, True)
                    if _quotes_a_word(text, pair):
                        yield pair
                    open_at = -1
            continue
        if mark not in _DOUBLE:
            continue
        closes = _can_close(text, index, length, start, end)
        opens = _can_open(text, index, length, start, end)
        if opens and not closes and mark not in ("”", "’’"):
            depth += 1  # a nested double quote
        elif closes or not opens:
            if depth:
                depth -= 1
                continue
            pair = Pair(open_at, open_at + len(open_mark), index, index + length, True)
            if _quotes_a_word(text, pair):
                yield pair
            open_at = -1
    if open_at >= 0:
        text_start = open_at + len(open_mark)
        text_end = visible_end(text, text_start, end)
        if text_end > text_start:
            pair = Pair(open_at, text_start, text_end, text_end, False)
            if _quotes_a_word(text, pair):
                yield pair


def _quotes_a_word(text: str, pair: Pair) -> bool:
    """Whether *pair* quotes at least one word."""
    return _WORD_CHARACTER.search(text, pair.text_start, pair.text_end) is not None
