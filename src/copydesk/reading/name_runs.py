"""Runs of capitalised words that may be a person's name: ``Rep. Hakeem Jeffries``,
``Lloyd J. Austin``, ``Ursula von der Leyen``, ``Martin Luther King Jr.``.

A run is read, not judged: whether it names a person is for the caller to decide.
"""

from __future__ import annotations

import regex

from copydesk.lexicon.titles import ABBREVIATIONS

__all__ = ["NAME_RUN", "strip_possessive"]

# An abbreviated title keeps its period inside a name run ("Rep. Hakeem Jeffries").
_ABBREVIATED_TITLE = "|".join(
    word.capitalize() for word in ABBREVIATIONS if word.isalpha() and len(word) <= 4
)
_NAME_TOKEN = (
    rf"(?:(?:{_ABBREVIATED_TITLE})\."  # Rep.
    r"|\p{Lu}[\p{L}’'\-]*\p{L}"  # Hakeem, O’Regan, Thomson-DeVeaux
    r"|\p{Lu}\.(?:\p{Lu}\.)*"  # J. / U.S.
    r"|\p{Lu})"
)
_PARTICLE = r"(?:de|del|della|van|von|der|den|da|di|du|la|le|al|el|bin|ibn|ben|dos|das|ter)"
# Every name token opens with a capital (the abbreviated titles are capitalised), so a run
# can only start at one: the lookahead, tried first, spares the lookbehind and the token's
# alternatives at every other position (about an eighth of the search).
_CAPITAL_FIRST = (
    r"(?=\p{Lu})"
    if all(title[:1].isascii() and title[:1].isupper() for title in _ABBREVIATED_TITLE.split("|"))
    else ""
)

#: A run of name tokens (capitalised words, initials, abbreviated titles), joined by spaces
#: or hyphens, with name particles (``de``, ``van``, ``bin``) and a ``Jr.``/``III`` suffix.
NAME_RUN = regex.compile(
    rf"{_CAPITAL_FIRST}(?<![\p{{L}}\p{{N}}.’'-]){_NAME_TOKEN}"
    rf"(?:(?:\s+|-)(?:(?:{_PARTICLE}|of|of\s+the|for)\s+)?{_NAME_TOKEN})*"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
)

_POSSESSIVE = regex.compile(r"['’]s?$")


def strip_possessive(name: str) -> str:
    """*name* without a possessive ending.

    >>> strip_possessive("Zelensky’s"), strip_possessive("the Joneses'"), strip_possessive("Lee")
    ('Zelensky', 'the Joneses', 'Lee')
    """
    return _POSSESSIVE.sub("", name)
