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

#: ``(printed abbreviation, IANA zone name)``: the zones a time stamp may print after a time
#: (``10:02 a.m. ET``, ``14:11, UK``). The offset comes from the zone's rules on that date
#: (python-dateutil), so ``ET`` is UTC-5 in December and UTC-4 in July.
TIME_ZONES: tuple[tuple[str, str], ...] = (
    ("ET", "America/New_York"),
    ("EST", "America/New_York"),
    ("EDT", "America/New_York"),
    ("CT", "America/Chicago"),
    ("CST", "America/Chicago"),
    ("CDT", "America/Chicago"),
    ("MT", "America/Denver"),
    ("MST", "America/Denver"),
    ("MDT", "America/Denver"),
    ("PT", "America/Los_Angeles"),
    ("PST", "America/Los_Angeles"),
    ("PDT", "America/Los_Angeles"),
    ("GMT", "UTC"),
    ("UTC", "UTC"),
    ("BST", "Europe/London"),
    ("UK", "Europe/London"),  # a broadcaster's "14:11, UK": the time where it is printed
    ("CET", "Europe/Paris"),
    ("CEST", "Europe/Paris"),
    ("IST", "Asia/Kolkata"),
    ("AEST", "Australia/Sydney"),
    ("AEDT", "Australia/Sydney"),
    ("JST", "Asia/Tokyo"),
    ("HKT", "Asia/Hong_Kong"),
    ("SGT", "Asia/Singapore"),
)

#: Patterns (any case) of the words before a date that make it the article's *update* date,
#: not its publication date: ``Updated 10:02 a.m.``, ``Last modified on``, ``Last update:``
#: (on the date's line, or alone on the line above it).
UPDATE_CUES: tuple[str, ...] = (
    r"updated?",
    r"modified",
    r"revised",
    r"edited",
    r"refreshed",
)

#: Patterns (any case) of the words before a date that make it the publication date again
#: after an update cue on the same line (``Updated May 2, first published May 1``).
PUBLISH_CUES: tuple[str, ...] = (
    r"published",
    r"posted",
    r"created",
    r"first\s+appeared",
)

#: Patterns (any case) of the words right before a date that make it no stamp of the
#: article but the date of a figure or an offer printed near it: ``Data as of Dec 20, 2025``,
#: ``Prices valid until May 2, 2025``, or a forum member's ``Registered: 2024-01-27``.
NOT_STAMP_CUES: tuple[str, ...] = (
    r"as\s+of",
    r"valid\s+(?:until|through|thru|till)",
    r"expires?(?:\s+on)?",
    r"deadline:?",
    # A member's profile beside a forum post: when the poster joined, not when they posted.
    r"registered:?",
    r"joined:?",
    r"member\s+since:?",
)

#: Patterns (any case) of the words of a sentence that states when the article was first
#: published, right before the date (a weekday and ``the`` may stand between): ``This article
#: was originally published on 26 Sep 2019``, ``First posted November 12, 2024``.
ORIGINAL_PUBLICATION_CUES: tuple[str, ...] = (
    r"(?:originally|first)\s+(?:published|posted)(?:\s+(?:on|in))?",
)

#: Lower-case words a stamp line may hold beside its date (``Published on``, ``Last updated
#: at``, ``5 min read``): a line with any other lower-case word is a sentence, not a stamp.
#: Capitalised words (names, ``Updated``) and numbers are allowed anyway.
STAMP_WORDS: tuple[str, ...] = (
    "published", "posted", "updated", "update", "modified", "revised", "edited", "created", "first",
    "last", "on", "at", "by", "in", "from", "and", "date", "time", "am", "pm", "a", "p", "m",
    "min", "mins", "minute", "minutes", "read", "reading", "hour", "hours", "ago", "of",
    "the", "et", "est", "edt", "gmt", "utc", "pt", "pst", "ct", "bst",
)  # fmt: skip
