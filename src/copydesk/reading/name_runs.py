"""Runs of capitalised words that may be a person's name: ``Rep. Hakeem Jeffries``,
``Lloyd J. Austin``, ``Ursula von der Leyen``, ``Martin Luther King Jr.``.

A run is read, not judged: whether it names a person is for the caller to decide.
"""

from __future__ import annotations

import regex

from copydesk.lexicon import Lexicon

__all__ = ["name_run", "strip_possessive"]


def name_run(lexicon: Lexicon) -> regex.Pattern[str]:
    """A run of name tokens (capitalised words, initials, abbreviated titles), joined by
    spaces or hyphens, with name particles (``de``, ``van``, ``bin``) and a ``Jr.``/``III``
    suffix; built once per lexicon (its :attr:`~copydesk.Lexicon.abbreviations` give the
    titles that keep their period: ``Rep. Hakeem Jeffries``).

    >>> name_run(Lexicon.default()).search("said Rep. Hakeem Jeffries, who").group()
    'Rep. Hakeem Jeffries'
    """
    return lexicon.cached("names.name_run", _build_name_run)


def _build_name_run(lexicon: Lexicon) -> regex.Pattern[str]:
    # Lower-case particles join the words of a name ("Lula da Silva", "bin Salman").
    particle = "|".join(
        regex.escape(word) for word in sorted(lexicon.name_particles, key=len, reverse=True)
    )
    # An abbreviated title keeps its period inside a name run ("Rep. Hakeem Jeffries").
    abbreviated_title = "|".join(
        word.capitalize() for word in lexicon.abbreviations if word.isalpha() and len(word) <= 4
    )
    name_token = (
        rf"(?:(?:{abbreviated_title})\."  # Rep.
        r"|\p{Lu}[\p{L}’'\-]*\p{L}"  # Hakeem, O’Regan, Thomson-DeVeaux
        r"|\p{Lu}\.(?:\p{Lu}\.)*"  # J. / U.S.
        r"|\p{Lu})"
    )
    # Every name token opens with a capital (the abbreviated titles are capitalised), so a
    # run can only start at one: the lookahead, tried first, spares the lookbehind and the
    # token's alternatives at every other position (about an eighth of the search).
    capital_first = (
        r"(?=\p{Lu})"
        if all(
            title[:1].isascii() and title[:1].isupper() for title in abbreviated_title.split("|")
        )
        else ""
    )
    return regex.compile(
        rf"{capital_first}(?<![\p{{L}}\p{{N}}.’'-]){name_token}"
        rf"(?:(?:\s+|-)(?:(?:(?:{particle})(?:\s+(?:{particle}))?|of|of\s+the|for)\s+)?{name_token})*"
        r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
    )


_POSSESSIVE = regex.compile(r"['’]s?$")


def strip_possessive(name: str) -> str:
    """*name* without a possessive ending.

    >>> strip_possessive("Zelensky’s"), strip_possessive("the Joneses'"), strip_possessive("Lee")
    ('Zelensky', 'the Joneses', 'Lee')
    """
    if "’" not in name and "'" not in name:
        return name  # (most names: no substitution to run, called several times a quote)
    return _POSSESSIVE.sub("", name)
