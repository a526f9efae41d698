"""Month and weekday names as datelines print them (``"Nov."``, ``"Sept"``, ``"February"``).

Matching ignores case and a final period. A misspelt month (``"Narch"``, ``"Macrh"``) is
read as a month only when it is one edit away from the names of exactly one month.
"""

from __future__ import annotations

#: ``(month number, spellings)``: full name first, then abbreviations.
MONTHS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("January", "Jan")),
    (2, ("February", "Feb")),
    (3, ("March", "Mar")),
    (4, ("April", "Apr")),
    (5, ("May",)),
    (6, ("June", "Jun")),
    (7, ("July", "Jul")),
    (8, ("August", "Aug")),
    (9, ("September", "Sept", "Sep")),
    (10, ("October", "Oct")),
    (11, ("November", "Nov")),
    (12, ("December", "Dec")),
)

# fmt: off
#: Weekday names and abbreviations that may open a printed date (``"Monday, January 14"``).
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
)
# fmt: on

#: Full weekday names in lower case (``"monday"``), for word lists built from them.
WEEKDAY_NAMES: tuple[str, ...] = tuple(day.casefold() for day in WEEKDAYS[:7])
#: Full month names in lower case (``"january"``), for word lists built from them.
MONTH_NAMES: tuple[str, ...] = tuple(names[0].casefold() for _, names in MONTHS)
