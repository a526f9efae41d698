"""Small readings of the words and sentences around a quote, shared by the passes."""

from __future__ import annotations

import regex

_SENTENCE_END = regex.compile(r"[.!?…]+(?=[\"”’')\]]*(?:\s|$))|;")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}")
# How far back the word before a period is read ("Sept.", "U.S.").
_ABBREVIATION_REACH = 12
# The letters and periods right before a position (matched backwards from it).
_TOKEN_BEFORE = regex.compile(r"[\p{L}.]*", regex.REVERSE)

#: A word of letters, perhaps hyphenated (``Thomson-DeVeaux``).
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
#: The word after white space, as group 1.
NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
#: The first word after white space, as group 1.
FIRST_WORD = regex.compile(r"\s*(\S+)")
NON_SPACE = regex.compile(r"\S+")
_DOUBLE_MARK = regex.compile(r"[\"“”]")


def word_count(text: str) -> int:
    return len(text.split())


def has_double_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a double quotation mark (searched without a slice)."""
    return _DOUBLE_MARK.search(text, start, end) is not None


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inside spaces, commas and closing punctuation."""
    while start < end and text[start] in " \n,":
        start += 1
    while end > start and text[end - 1] in " \n,.;:":
        end -= 1
    return start, end


def visible_end(text: str, floor: int, position: int) -> int:
    """*position* moved back over white space (not below *floor*)."""
    while position > floor and text[position - 1].isspace():
        position -= 1
    return position


def last_visible(text: str, position: int) -> str:
    """The last non-space character before *position* ("" if none)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return text[position - 1] if position > 0 else ""


def _period_ends_sentence(abbreviations: frozenset[str], text: str, position: int) -> bool:
    """Whether the lone period at *position* ends a sentence (any other end mark does: the
    callers test the match for ``"."`` first, which spares a call per ``!``, ``?`` or ``;``)."""
    if text[position + 1 : position + 2] == ")":
        return False  # "Rep. John Mica (R-Fla.) said"
    return not ends_abbreviation(abbreviations, text, position)


def ends_abbreviation(abbreviations: frozenset[str], text: str, position: int) -> bool:
    """Whether the period at *position* ends one of *abbreviations*, an initial or a dotted
    abbreviation (``Sept.``, ``Lloyd J.``, ``U.S.``) rather than only a sentence.

    >>> abbreviations = frozenset({"sept"})
    >>> [ends_abbreviation(abbreviations, text, len(text) - 1) for text in ("Sept.", "U.S.", "us.")]
    [True, True, False]
    """
    floor = max(0, position - _ABBREVIATION_REACH)
    before = _TOKEN_BEFORE.match(text, floor, position)
    token = before.group() if before is not None else ""
    if not token:
        return False
    if len(token) == 1 and token.isupper():
        return True  # an initial: "Lloyd J. Austin"
    return token.casefold() in abbreviations or (
        "." in token and _DOTTED.fullmatch(token) is not None
    )


def first_sentence_end(abbreviations: frozenset[str], text: str, start: int, stop: int) -> int:
    """Where the first sentence of ``text[start:stop]`` ends (*stop* if it runs on); a
    period after one of *abbreviations* ends none."""
    for match in _SENTENCE_END.finditer(text, start, stop):
        if match.group() != "." or _period_ends_sentence(abbreviations, text, match.start()):
            return match.start()
    return stop


def last_sentence_start(abbreviations: frozenset[str], text: str, start: int, stop: int) -> int:
    """Where the last sentence of ``text[start:stop]`` starts (*start* if it has one); a
    period after one of *abbreviations* ends none."""
    # From the last mark back: the marks before the last sentence end need no reading.
    for match in reversed(list(_SENTENCE_END.finditer(text, start, stop))):
        if match.group() != "." or _period_ends_sentence(abbreviations, text, match.start()):
            return match.end()
    return start
