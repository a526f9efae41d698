"""Printed dates: the month word, a date as datelines print it, and the day it means.

The month and weekday names come from the :class:`~copydesk.Lexicon` (``lexicon.months``,
``lexicon.weekdays``; the defaults are in :mod:`copydesk.lexicon.dates`), so a parser with
added names reads them too. Nothing here changes the parse state.

:func:`month_word` is the month as a pattern fragment, for time stamps and page metadata:

>>> month = month_word(Lexicon.default())
>>> stamp = regex.compile(rf"{month}[ ][0-9]{{1,2}},[ ][0-9]{{4}}", regex.IGNORECASE)
>>> [bool(stamp.fullmatch(text)) for text in ("Sept. 18, 2019", "NOV 2, 2024", "Noon 2, 2024")]
[True, True, False]
"""

from __future__ import annotations

import datetime as dt

import regex

from copydesk.lexicon import Lexicon

__all__ = [
    "PRINTED_DATE",
    "date_at",
    "is_month",
    "month_number",
    "month_spellings",
    "month_word",
    "resolve_date",
    "resolved",
    "weekdays",
]


#: A date as a dateline prints it: ``Nov. 2``, ``Feb 26``, ``March 11, 1987``,
#: ``Monday, January 14, 2008``, ``2 March``, ``JAN 17``. The groups are ``date`` (all of
#: it), ``weekday``, ``month``, ``day`` and ``year``. The month is any word of three to nine
#: letters: :func:`date_at` checks it names a month.
PRINTED_DATE = regex.compile(
    r"(?P<date>(?:(?P<weekday>\p{L}{3,9}),[ ])?"
    r"(?:(?P<month>\p{L}{3,9})\.?[ ]?(?P<day>\d{1,3})(?:st|nd|rd|th)?"
    r"|(?P<day>\d{1,2})[ ](?P<month>\p{L}{3,9})\.?)"
    r"(?:,?[ ](?P<year>(?:19|20)\d\d))?)(?![\d\p{L}])"
)


def month_word(lexicon: Lexicon) -> str:
    """A month word as page stamps print it, for patterns compiled to ignore case: the first
    three letters of a month name of *lexicon*, any letters after them and a period
    (``Nov``, ``Sept.``, ``January``)."""
    return lexicon.cached("dates.month_word", _build_month_word)


def _build_month_word(lexicon: Lexicon) -> str:
    openings = dict.fromkeys(spelling[:3] for spelling in month_spellings(lexicon))
    return "(?:" + "|".join(openings) + r")[a-z]*\.?"


def month_spellings(lexicon: Lexicon) -> dict[str, int]:
    """Every month name of *lexicon*, casefolded, with its number: the one map from a
    printed month to its number, for datelines and page stamps alike.

    >>> spellings = month_spellings(Lexicon.default())
    >>> spellings["sept"], spellings["december"]
    (9, 12)
    """
    return lexicon.cached("dates.months", _month_index)[0]


def date_at(lexicon: Lexicon, text: str, position: int, limit: int) -> regex.Match[str] | None:
    """The :data:`PRINTED_DATE` at *position* of *text* (read up to *limit*), or None when
    there is none or its month or weekday is no such name.

    >>> lexicon = Lexicon.default()
    >>> date_at(lexicon, "LONDON, Nov 2 (Reuters)", 8, 23).group("date")
    'Nov 2'
    >>> date_at(lexicon, "Bay 18", 0, 6) is None, date_at(lexicon, "Funday, May 2", 0, 13) is None
    (True, True)
    """
    match = PRINTED_DATE.match(text, position, limit)
    if match is None or month_number(lexicon, match.group("month")) is None:
        return None
    weekday = match.group("weekday")
    if weekday is not None and weekday.casefold() not in weekdays(lexicon):
        return None
    return match


def resolved(
    lexicon: Lexicon, match: regex.Match[str], reference: dt.date | None
) -> dt.date | None:
    """The day a :data:`PRINTED_DATE` match means (see :func:`resolve_date`), or None.

    >>> lexicon = Lexicon.default()
    >>> date = date_at(lexicon, "Dec. 30", 0, 7)
    >>> resolved(lexicon, date, dt.date(2025, 1, 3)), resolved(lexicon, date, None)
    (datetime.date(2024, 12, 30), None)
    """
    month = month_number(lexicon, match.group("month"))
    day = int(match.group("day"))
    year = match.group("year")
    if month is None or month == 0:
        return None
    return resolve_date(month, day, year=int(year) if year else None, reference=reference)


def resolve_date(
    month: int, day: int, *, year: int | None = None, reference: dt.date | None = None
) -> dt.date | None:
    """The date a dateline means: the printed year, else the latest on or before *reference*.

    Returns None when neither is given or the day does not exist.

    >>> import datetime as dt
    >>> resolve_date(11, 2, reference=dt.date(2024, 11, 5))
    datetime.date(2024, 11, 2)
    >>> resolve_date(12, 30, reference=dt.date(2025, 1, 3))
    datetime.date(2024, 12, 30)
    >>> resolve_date(3, 7, year=1987, reference=dt.date(2024, 1, 1))
    datetime.date(1987, 3, 7)
    >>> resolve_date(3, 7) is None, resolve_date(2, 30, year=2024) is None
    (True, True)
    """
    if year is not None:
        return _valid_date(year, month, day)
    if reference is None:
        return None
    # Feb 29 may lie up to eight years back (1896 -> 1904); other days at most one.
    for back in range(9):
        candidate = _valid_date(reference.year - back, month, day)
        if candidate is not None and candidate <= reference:
            return candidate
    return None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(lexicon: Lexicon, word: str) -> int | None:
    """The month a printed word names; 0 for a typo close to two months; None for no month.

    Case and a final period do not count; a word of four letters or more one edit away from
    the names of exactly one month is read as that month.

    >>> lexicon = Lexicon.default()
    >>> month_number(lexicon, "Sept."), month_number(lexicon, "Macrh")
    (9, 3)
    >>> month_number(lexicon, "Bay"), month_number(lexicon, "Jane")
    (None, 0)
    """
    key = word.casefold().rstrip(".")
    exact, spellings = lexicon.cached("dates.months", _month_index)
    if key in exact:
        return exact[key]
    if len(key) < 4:  # "Bay 18" is not "May 18"
        return None
    close = {month for spelling, month in spellings if _one_edit_apart(key, spelling)}
    if len(close) == 1:
        return close.pop()
    return 0 if close else None


def is_month(lexicon: Lexicon, word: str) -> bool:
    """Whether *word* is a month's name as printed (no typos: ``Nov.`` yes, ``Nvo`` no).

    >>> lexicon = Lexicon.default()
    >>> is_month(lexicon, "NOV."), is_month(lexicon, "Macrh")
    (True, False)
    """
    return word.casefold().rstrip(".") in month_spellings(lexicon)


def _month_index(lexicon: Lexicon) -> tuple[dict[str, int], list[tuple[str, int]]]:
    exact = {
        spelling.casefold(): month for month, spellings in lexicon.months for spelling in spellings
    }
    return exact, sorted(exact.items())


def _one_edit_apart(word: str, target: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours (``Macrh`` -> ``March``)."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        first, second = [*diffs, 0, 0][:2]
        return (
            len(diffs) == 2
            and second == first + 1
            and word[first] == target[second]
            and word[second] == target[first]
        )
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def weekdays(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's weekday names, casefolded.

    >>> "thurs" in weekdays(Lexicon.default())
    True
    """
    return lexicon.cached(
        "dates.weekdays",
        lambda lexicon: frozenset(" ".join(day.split()).casefold() for day in lexicon.weekdays),
    )
