"""Is this prose? Tests of running text that every step shares.

A block of *prose* has enough words and a sentence end: a paragraph, not a menu line, a
label or a caption credit.
"""

from __future__ import annotations

import regex

__all__ = ["is_prose"]

_MIN_PROSE_WORDS = 10
# At least _MIN_PROSE_WORDS words, read from the start only (no list of every word).
_ENOUGH_WORDS = regex.compile(rf"\W*+(?:\w++\W*+){{{_MIN_PROSE_WORDS}}}")
_SENTENCE = regex.compile(r"[.!?][\"”’')]*(?:\s|$)")


def is_prose(text: str) -> bool:
    """Whether *text* reads like running prose: enough words and a sentence end.

    >>> is_prose("The council met on Monday and voted to close the old bridge for good.")
    True
    >>> is_prose("Share this article")
    False
    """
    return _ENOUGH_WORDS.match(text) is not None and _SENTENCE.search(text) is not None
