"""Printed dates and times: "Dec. 4, 2025", "4 December 2025", "2025-12-04", "04/12/2025 - 14:32".

:func:`find_dates` reads every date a stretch of text prints, with its time and time zone
when they are printed next to it, as a :class:`PrintedDate`: where it is, what it says, and
how sure the reading is (a numeric date such as ``04/05/2025`` may be read day first or
month first; :func:`numeric_order` decides from the other dates of the same page).
Relative dates ("3 hours ago", "yesterday") are read only against a reference date.

The word lists (month names, time-zone abbreviations) come from the lexicon; this module
changes no parse state. python-dateutil does the calendar arithmetic (``relativedelta``) and
the time-zone rules (``gettz``), so "ET" in December is five hours behind UTC and four in July.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Sequence

import attrs
import regex
from dateutil import tz
from dateutil.relativedelta import relativedelta

from copydesk.lexicon import Lexicon
from copydesk.reading.dates import month_spellings

__all__ = [
    "DateCores",
    "DatePatterns",
    "PrintedDate",
    "date_patterns",
    "find_dates",
    "numeric_order",
    "page_order",
]

# Years a page may print for its own date; a four-digit number outside is no year.
_FIRST_YEAR, _LAST_YEAR = 1900, 2100

# A clock time: "10:02 a.m.", "9.30am", "4 PM", "14:32", "9:12:05". Group names get a prefix
# per use. A time with a dot and no "am"/"pm" ("10.02 GMT", as British papers print it) is
# read only with a zone after it (see _compile): "2025 1.25 million" holds no time.
_TIME = (
    r"(?:(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
    r"\s?(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)"
)
_DOT_TIME = r"(?P<hour>[012]?\d)\.(?P<minute>[0-5]\d)"
# An offset after a time: "+05:30", "-0400", or after UTC or GMT an hour alone ("GMT+8").
_OFFSET = r"(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?(?!\d)|[+-]\d{2}:?\d{2}"
_OFFSET_PARTS = regex.compile(r"(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$")
_RELATIVE_UNITS = {
    "minute": relativedelta(minutes=1),
    "hour": relativedelta(hours=1),
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}


@attrs.frozen
class PrintedDate:
    """One date printed in a text, read into a value."""

    start: int
    """Where the printed date (with its time and zone) starts in the text searched."""
    end: int
    """Where it ends."""
    value: dt.date | dt.datetime
    """A :class:`datetime.date`, or a :class:`datetime.datetime` when a time is printed
    (aware when a zone or offset is printed too)."""
    numeric: bool = False
    """Written in digits with ``/``, ``.`` or ``-`` between day and month (``04/05/2025``)."""
    ambiguous: bool = False
    """A numeric date whose day and month could be swapped (both 12 or less)."""
    relative: bool = False
    """Read against the reference date ("3 hours ago", "yesterday")."""
    numbers: tuple[int, int] | None = None
    """The first two numbers of a date in digits, as printed (``17/04/2025``: 17, 4)."""
    day_before_month: bool | None = None
    """For a date with a month name: whether the day is printed before the month
    (``4 December 2025``: True; ``December 4, 2025``: False)."""
    short_year: bool = False
    """A date in digits with a two-digit year (``14.11.24``), read in this century."""


@attrs.frozen
class DatePatterns:
    """The compiled patterns for one lexicon's month names and time zones."""

    pattern: regex.Pattern[str]
    months: dict[str, int]
    zones: dict[str, str]
    cores_pattern: regex.Pattern[str]
    """What every date the full ``pattern`` finds holds: a day and a year with at most a
    month and ``of`` between them, digits between separators (a cheap search, every
    alternative starting with a digit)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> DatePatterns:
        """Compile the patterns for the month names
        (:func:`~copydesk.reading.dates.month_spellings`) and time zones
        (``lexicon.time_zones``: abbreviation, IANA name) of *lexicon*; steps get them
        through :func:`date_patterns`, built once per lexicon."""
        spellings = month_spellings(lexicon)
        month = "|".join(sorted(map(regex.escape, spellings), key=len, reverse=True))
        zone_names = {name.casefold(): target for name, target in lexicon.time_zones}
        zone = "|".join(sorted(map(regex.escape, zone_names), key=len, reverse=True)) or "(?!)"
        month_words = max((len(spelling.split()) for spelling in spellings), default=1)
        weekday = "|".join(sorted(map(regex.escape, lexicon.weekdays), key=len, reverse=True))
        return cls(
            _compile(month, zone, weekday or "(?!)"),
            spellings,
            zone_names,
            _compile_cores(month_words),
        )

    def may_hold(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        reference: dt.date | None = None,
    ) -> bool:
        """Whether ``text[pos:endpos]`` may print a date: False only where :func:`find_dates`
        (with the same *reference*) finds none. A cheap search: the full pattern costs
        20 to 40 times more per line. Relative dates count only with a *reference*, as
        :func:`find_dates` reads them only then ("said today" is no date without one)."""
        end = len(text) if endpos is None else endpos
        if self.cores_pattern.search(text, pos, end) is not None:
            return True
        return reference is not None and _RELATIVE_CORES.search(text, pos, end) is not None

    def cores(self, text: str, *, reference: dt.date | None = None) -> DateCores:
        """Where *text* may print a date, found in one search (see :class:`DateCores`)."""
        starts = [match.start() for match in self.cores_pattern.finditer(text, overlapped=True)]
        if reference is not None:
            starts += (match.start() for match in _RELATIVE_CORES.finditer(text))
        return DateCores(tuple(sorted(starts)))


@attrs.frozen
class DateCores:
    """Where a text may print a date: every position where the part a date must hold starts
    (:meth:`DatePatterns.may_hold`'s test, searched once over the whole text with
    overlapping matches). A stretch of the text holds a date only if one of these starts
    in it, as the part holds no lookaround: a step that tests many blocks and lines of one
    text searches it once, not once per stretch."""

    starts: tuple[int, ...]

    def may_hold(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may print a date (False: it prints none)."""
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


def date_patterns(lexicon: Lexicon) -> DatePatterns:
    """The :class:`DatePatterns` of *lexicon*, compiled once until it changes."""
    return lexicon.cached("stamps.date_patterns", DatePatterns.build)


def _prefixed(pattern: str, prefix: str) -> str:
    """*pattern* with every group name prefixed, to use it twice in one pattern."""
    return pattern.replace("(?P<", f"(?P<{prefix}")


@functools.lru_cache(maxsize=8)
def _compile(month: str, zone: str, weekday: str) -> regex.Pattern[str]:
    # A zone or an offset is only read after a clock time, so "2025-12-04" never reads
    # "-04" as an offset. A broadcaster may print the zone after a comma ("14:11, UK").
    zoned_time = (
        rf"(?:{_TIME}(?:(?:,\s?|\s?)(?P<zone>{zone})\b(?![+-]\d)|\s?(?P<offset>{_OFFSET}))?"
        rf"|{_DOT_TIME}\s?(?P<zone>{zone})\b)"
    )
    time_before = _prefixed(zoned_time, "b")
    after = r"(?:\s?(?:,|at|@|\||/|-|–|—)?\s?" + _prefixed(zoned_time, "a") + ")?"
    ordinal = r"(?:st|nd|rd|th)?"
    named = (
        rf"(?:(?P<month>{month})\.?\s(?P<day>[0-3]?\d){ordinal},?\s(?P<year>\d{{4}})"
        rf"|(?P<day>[0-3]?\d){ordinal}\s(?:of\s)?(?P<month>{month})\.?,?\s(?P<year>\d{{4}}))"
    )
    # ISO order with dashes, slashes, dots or a theme's bullets ("2025•01•08").
    iso = (
        r"(?P<iyear>\d{4})(?P<isep>[-/.•·])(?P<imonth>[01]?\d)(?P=isep)(?P<iday>[0-3]?\d)"
        r"(?:[T ](?P<ihour>[012]\d):(?P<iminute>[0-5]\d)(?::(?P<isecond>[0-5]\d))?(?:\.\d{1,6})?"
        r"(?P<ioffset>Z|[+-]\d{2}:?\d{2})?)?"
    )
    # Day and month in digits with a four-digit year, or a two-digit one after "/" or "."
    # ("14.11.24", "12/5/24"; "3-1-25" is more often a score than a date).
    numeric = (
        r"(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
        r"(?:(?P<nyear>\d{4})|(?<=[/.])(?P<nyear>\d\d))"
    )
    # "3 hours ago", "an hour ago", and the short forms of feeds and apps: "2h ago",
    # "5 mins ago", "3d ago".
    relative = (
        r"(?:(?P<count>an?|one)\s|(?P<count>\d{1,3})\s?)"
        r"(?P<unit>min(?:ute)?|h(?:ou)?r|day|week|month|year|[hmdw](?=\sago))s?\sago"
        r"|(?P<yesterday>yesterday)|(?P<today>today)"
    )
    # A weekday may stand between a time and its date: "7:41 AM EST, Mon November 2, 2026".
    between = rf"(?:\s?[,/|]\s?|\s)(?:(?:{weekday})\.?,?\s)?"
    return regex.compile(
        rf"(?<![\w/.-])(?:{time_before}{between})?"
        rf"(?:{named}|(?P<iso>{iso})|(?P<numeric>{numeric})){after}(?![\w/])"
        rf"|(?<!\w)(?:{relative})\b",
        regex.IGNORECASE,
    )


@functools.lru_cache(maxsize=8)
def _compile_cores(month_words: int) -> regex.Pattern[str]:
    """The part every absolute date of ``_compile``'s pattern holds, with no word list:
    a year and a month and day in digits (ISO), a day and a month in digits between
    separators, or a day (maybe ordinal) and a year with an ``of`` and a month of at most
    *month_words* words between them (``4th, 2025`` of ``Dec. 4th, 2025``; ``4 of Dec.
    2025``). (A time is read only beside a date.) Every alternative starts with a digit,
    which keeps the search cheap."""
    return regex.compile(
        r"\d(?:\d{3}[-/.•·]\d\d?[-/.•·]\d|[/.-]\d\d?[/.-]\d\d"
        rf"|(?i:st|nd|rd|th)?,?\s(?i:of\s)?(?:\S++\s){{0,{month_words}}}\d{{4}})"
    )


# The words every relative date holds ("3 hours ago", "yesterday").
_RELATIVE_CORES = regex.compile(r"ago|yesterday|today", regex.IGNORECASE)


def find_dates(
    text: str,
    patterns: DatePatterns,
    *,
    pos: int = 0,
    endpos: int | None = None,
    day_first: bool | None = None,
    reference: dt.date | None = None,
) -> list[PrintedDate]:
    """Every date printed in ``text[pos:endpos]``, in order.

    *day_first* says how to read numeric dates whose order the numbers do not show
    (``None``: month first, marked ambiguous). Relative dates need *reference*.

    >>> from copydesk import Lexicon
    >>> patterns = date_patterns(Lexicon.default())
    >>> [d.value for d in find_dates("Published Dec. 4, 2025 | 4 June 2024", patterns)]
    [datetime.date(2025, 12, 4), datetime.date(2024, 6, 4)]
    >>> str(find_dates("Updated 10:02 a.m. ET Dec. 4, 2025", patterns)[0].value)
    '2025-12-04 10:02:00-05:00'
    >>> found = find_dates("Posted 05/04/2025 - 14:32", patterns)[0]
    >>> str(found.value), found.numeric, found.ambiguous
    ('2025-05-04 14:32:00', True, True)
    >>> str(find_dates("UPDATED 16:47 ET / DECEMBER 19 2025", patterns)[0].value)
    '2025-12-19 16:47:00-05:00'
    >>> str(find_dates("Updated 7:41 AM EST, Mon November 2, 2026", patterns)[0].value)
    '2026-11-02 07:41:00-05:00'
    >>> [str(d.value) for d in find_dates("Dec. 4, 2025, 9:12 a.m. GMT+8", patterns)]
    ['2025-12-04 09:12:00+08:00']
    >>> broadcast = "5 November 2026 14:11, UK | 5 July 2026 14:11, UK"
    >>> [str(d.value) for d in find_dates(broadcast, patterns)]
    ['2026-11-05 14:11:00+00:00', '2026-07-05 14:11:00+01:00']
    >>> [str(d.value) for d in find_dates("2025-01-08 | 2025/01/09 | 2025•01•10", patterns)]
    ['2025-01-08', '2025-01-09', '2025-01-10']
    >>> find_dates("3 hours ago", patterns, reference=dt.date(2025, 1, 2))[0].value
    datetime.datetime(2025, 1, 1, 21, 0)
    >>> short = find_dates("2h ago | 5 mins ago", patterns, reference=dt.date(2025, 1, 2))
    >>> [date.value for date in short]
    [datetime.datetime(2025, 1, 1, 22, 0), datetime.datetime(2025, 1, 1, 23, 55)]
    """
    found: list[PrintedDate] = []
    end = len(text) if endpos is None else endpos
    if not patterns.may_hold(text, pos, end, reference=reference):
        return found  # most lines: the full pattern is costly at every word's start
    for match in patterns.pattern.finditer(text, pos, end):
        date = _read(match, patterns, day_first, reference)
        if date is not None:
            found.append(date)
    return found


def numeric_order(dates: Sequence[PrintedDate]) -> bool | None:
    """Whether a page writes numeric dates day first (True), month first (False), or
    does not show it (None): a number over 12 in first or second place decides.

    >>> from copydesk import Lexicon
    >>> patterns = date_patterns(Lexicon.default())
    >>> numeric_order(find_dates("Posted 05/04/2025 ... comment of 17/04/2025", patterns))
    True
    """
    for date in dates:
        if date.numbers is None:
            continue
        first, second = date.numbers
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return None


def page_order(dates: Sequence[PrintedDate], date: PrintedDate) -> tuple[bool | None, bool]:
    """How the page of *dates* writes the numeric *date* (read month first, as
    :func:`find_dates` reads it without *day_first*): ``(day_first, decided)``.

    The page decides it when one of its numeric dates has a number over 12
    (:func:`numeric_order`), or when it prints the same day with a month name in only one
    of the two readings (``02-12-2025`` beside ``December 02, 2025``). Otherwise the order of
    its dates with month names hints at its style (``4 December 2025`` is written day first
    where ``04/12/2025`` is), and the date stays ambiguous; with no hint, ``(None, False)``.

    >>> from copydesk import Lexicon
    >>> patterns = date_patterns(Lexicon.default())
    >>> dates = find_dates("Posted 02-12-2025 ... Reply: December 02, 2025", patterns)
    >>> page_order(dates, dates[0])
    (True, True)
    >>> dates = find_dates("Posted 05/04/2025 ... 3 March 2025 ... 9 March 2025", patterns)
    >>> page_order(dates, dates[0])
    (True, False)
    """
    order = numeric_order(dates)
    if order is not None:
        return order, True
    month_first = _day(date.value)
    named = {_day(other.value) for other in dates if other.day_before_month is not None}
    swapped = month_first.replace(month=month_first.day, day=month_first.month)
    if (month_first in named) != (swapped in named):
        return swapped in named, True
    styles = [other.day_before_month for other in dates if other.day_before_month is not None]
    if styles and styles.count(True) != styles.count(False):
        return styles.count(True) > styles.count(False), False
    return None, False


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _read(
    match: regex.Match[str],
    patterns: DatePatterns,
    day_first: bool | None,
    reference: dt.date | None,
) -> PrintedDate | None:
    if match.group("count") or match.group("yesterday") or match.group("today"):
        return _relative(match, reference)
    numeric = match.group("numeric") is not None
    ambiguous = False
    short_year = False
    day_before_month: bool | None = None
    numbers: tuple[int, int] | None = None
    if match.group("iso"):
        year, month, day = (int(match.group(g)) for g in ("iyear", "imonth", "iday"))
    elif numeric:
        first, second = int(match.group("first")), int(match.group("second"))
        numbers = (first, second)
        year = int(match.group("nyear"))
        short_year = year < 100
        year += 2000 if short_year else 0  # "14.11.24": this century
        ambiguous = first <= 12 and second <= 12 and first != second
        if first > 12 or (ambiguous and day_first):
            day, month = first, second
        else:
            month, day = first, second
    else:
        year, day = int(match.group("year")), int(match.group("day"))
        month = patterns.months[match.group("month").casefold()]
        day_before_month = match.start("day") < match.start("month")
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        value: dt.date | dt.datetime = dt.date(year, month, day)
        value = _with_time(value, match, patterns)
    except ValueError:
        return None  # "February 30": not a date
    return PrintedDate(
        match.start(),
        match.end(),
        value,
        numeric=numeric,
        ambiguous=ambiguous,
        numbers=numbers,
        day_before_month=day_before_month,
        short_year=short_year,
    )


def _with_time(
    day: dt.date, match: regex.Match[str], patterns: DatePatterns
) -> dt.date | dt.datetime:
    """*day* with the time printed before or after it, if any."""
    if match.group("ihour"):
        value = dt.datetime.combine(day, dt.time(*_ints(match, "ihour", "iminute", "isecond")))
        return _zoned(value, None, match.group("ioffset"), patterns)
    for prefix in ("b", "a"):
        if match.group(f"{prefix}hour") is None:
            continue
        hour, minute, second = _ints(match, f"{prefix}hour", f"{prefix}minute", f"{prefix}second")
        ampm = (match.group(f"{prefix}ampm") or "").casefold()
        if ampm and not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
        if hour > 23:
            return day
        value = dt.datetime.combine(day, dt.time(hour, minute, second))
        return _zoned(value, match.group(f"{prefix}zone"), match.group(f"{prefix}offset"), patterns)
    return day


def _ints(match: regex.Match[str], *groups: str) -> tuple[int, int, int]:
    hour, minute, second = (int(match.group(group) or 0) for group in groups)
    return hour, minute, second


def _zoned(
    value: dt.datetime, zone: str | None, offset: str | None, patterns: DatePatterns
) -> dt.datetime:
    """*value* with the printed zone or offset as a fixed offset (exact in JSON)."""
    if offset:
        if offset.upper() == "Z":
            return value.replace(tzinfo=dt.timezone.utc)
        parts = _OFFSET_PARTS.search(offset)
        if parts is None:
            return value
        minutes = int(parts.group("hours")) * 60 + int(parts.group("minutes") or 0)
        if minutes >= 24 * 60:
            return value  # "GMT+99": no offset
        sign = -1 if parts.group("sign") == "-" else 1
        return value.replace(tzinfo=dt.timezone(dt.timedelta(minutes=sign * minutes)))
    if zone:
        rules = tz.gettz(patterns.zones[zone.casefold()])
        if rules is not None:
            shift = value.replace(tzinfo=rules).utcoffset()
            if shift is not None:
                return value.replace(tzinfo=dt.timezone(shift))
    return value


def _relative(match: regex.Match[str], reference: dt.date | None) -> PrintedDate | None:
    if reference is None:
        return None
    start = dt.datetime.combine(reference, dt.time())
    if match.group("yesterday"):
        value: dt.date | dt.datetime = reference - dt.timedelta(days=1)
    elif match.group("today"):
        value = reference
    else:
        count_text = match.group("count").casefold()
        count = 1 if count_text in ("a", "an", "one") else int(count_text)
        unit = _unit(match.group("unit").casefold())
        moved = start - _RELATIVE_UNITS[unit] * count
        value = moved.date() if unit in ("day", "week", "month", "year") else moved
    return PrintedDate(match.start(), match.end(), value, relative=True)


def _unit(printed: str) -> str:
    """The unit key of a printed unit: "min", "m" and "minute"; "hr", "h" and "hour"."""
    short = {"min": "minute", "m": "minute", "hr": "hour", "h": "hour", "d": "day", "w": "week"}
    return short.get(printed, printed)
