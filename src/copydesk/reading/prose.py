"""Is this prose? Tests of running text that every step shares.

A block of *prose* has enough words and a sentence end: a paragraph, not a menu line, a
label or a caption credit.
"""

from __future__ import annotations

import regex

__all__ = ["is_prose", "is_prose_by_length"]

_MIN_PROSE_WORDS = 10
# At least _MIN_PROSE_WORDS words, read from the start only (no list of every word).
_ENOUGH_WORDS = regex.compile(rf"\W*+(?:\w++\W*+){{{_MIN_PROSE_WORDS}}}")
# ... which take at least this many characters: a word each, and a separator between two.
_MIN_PROSE_CHARS = 2 * _MIN_PROSE_WORDS - 1
_SENTENCE = regex.compile(r"[.!?][\"”’')]*(?:\s|$)")


def is_prose(text: str) -> bool:
    """Whether *text* reads like running prose: enough words and a sentence end.

    >>> is_prose("The council met on Monday and voted to close the old bridge for good.")
    True
    >>> is_prose("Share this article")
    False
    """
    return (
        len(text) >= _MIN_PROSE_CHARS  # a short line is no prose: decided without a match
        and _ENOUGH_WORDS.match(text) is not None
        and _SENTENCE.search(text) is not None
    )


_LONG_PROSE_WORDS = 25
# At least _LONG_PROSE_WORDS words, read from the start only (no list of every word).
_ENOUGH_LONG_PROSE_WORDS = regex.compile(rf"\W*+(?:\w++\W*+){{{_LONG_PROSE_WORDS}}}")


def is_prose_by_length(text: str) -> bool:
    """Whether *text* is prose by its length alone: 25 words or more, with or without a
    sentence end.

    It differs from ``is_prose`` in asking for more words (25, not 10) and no sentence
    end, so a long paragraph cut short by a hard wrap or a page's markup still counts, and
    a short sentence does not. The dateline step counts the paragraphs of prose above a
    candidate with it.

    >>> sentence = "The council met on Monday and voted to close the old bridge for good."
    >>> is_prose(sentence), is_prose_by_length(sentence)
    (True, False)
    >>> unfinished = " ".join(["the council met on Monday and voted"] * 4)
    >>> is_prose(unfinished), is_prose_by_length(unfinished)
    (False, True)
    """
    # 25 words take more than 100 characters: skip counting on short lines.
    return len(text) > 100 and _ENOUGH_LONG_PROSE_WORDS.match(text) is not None
