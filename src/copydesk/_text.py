"""Small text patterns that more than one step needs (one place for each)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["WEB_DOMAIN", "holds_folded"]

#: A web address naming an outlet, e.g. "dailynews.co.uk" in "Photo: Jane Doe / dailynews.co.uk".
WEB_DOMAIN = regex.compile(r"(?i)[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|ca|in|au|info|tv)\b")


# How many characters holds_folded casefolds at a time.
_FOLD_PIECE = 1 << 16


def holds_folded(text: str, words: Sequence[str]) -> bool:
    """Whether ``text.casefold()`` holds any of *words* (given casefolded).

    The text is folded a piece at a time: casefolding a whole text that is not ASCII takes
    a buffer of 12 bytes per character, the peak of a parse's memory. Casefolding maps
    each character on its own, so the pieces, overlapping by the longest word, hold every
    word the whole text holds.

    >>> holds_folded("A view of the GALLERY", ("gallery", "zoom"))
    True
    >>> holds_folded("Straße", ("strasse",)), holds_folded("Storm hits", ("zoom",))
    (True, False)
    """
    overlap = max((len(word) for word in words), default=0)
    start = 0
    while True:
        folded = text[start : start + _FOLD_PIECE + overlap].casefold()
        if any(word in folded for word in words):
            return True
        start += _FOLD_PIECE
        if start + overlap >= len(text):
            return False
