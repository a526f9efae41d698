"""Bare-name bylines: a line that is only a writer's name, between the headline and the lede.

Under a headline two capitalised words are as often a menu row, an outlet, a cast list or
the label of the lead photo, so a bare name is a byline only where the evidence adds up
(see :func:`bare_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.links import without_links
from copydesk.reading.names import name_list, opens_with_given_name, trimmed_end
from copydesk.steps.bylines.page_words import common_words
from copydesk.steps.bylines.parts import (
    MAX_BARE_BYLINE_CHARS,
    MAX_TAIL_CHARS,
    TAIL,
    has_lead,
    has_outlet_word,
)
from copydesk.steps.bylines.words import BylineWords, Reading

__all__ = [
    "bare_name",
    "name_after_date",
    "named_in_headline",
    "one_word_writer",
    "opens_one_word_line",
    "opens_stamp_line",
    "opens_with_stamp",
    "reads_as_writer",
    "stamp_over",
    "stamp_under",
    "writers_a_line",
]

# A bare name line holds up to this many names and name tokens.
_MAX_BARE_NAMES = 2
_MAX_BARE_NAME_TOKENS = 4
# How many body blocks after a bare name line are searched for the name.
_NAMED_NEARBY_BLOCKS = 6

# A page's time stamp (not "March 3 -", which ends a dateline's place, nor the prices of a
# table row, "W COAST  4.50-4.55").
_STAMP = regex.compile(
    r"(?i)(?:published|posted|updated)\b|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d(?!\d)"
)

_WORD_TOKEN = regex.compile(r"\w+")

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A stamp counted back from the day the page was seen: "2 days ago", "5 hours ago".
_AGO = r"\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
# A date or a page's stamp on a line of its own, beside a bare name: "April 10, 2025",
# "29th August, 2023", "27/05/2024", "Published: ...", "8 min read".
_STAMP_LINE = regex.compile(
    rf"""(?ix)
    \b{_MONTH}\s+\d | \b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}
  | \b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b
  | \b(?:published|updated|posted)\b | \bmin(?:ute)?s?(?:\s+read)?\b | \b{_AGO}
  | \b\d{{1,3}}\s*min(?:ute)?s?\.?\s+read\b"""
)
# A post's reading time: "11 min read", "6 minute read".
_READING_TIME = regex.compile(r"(?i)\b\d{1,3}\s*min(?:ute)?s?\.?\s+read\b")
# A stamp line that opens with its date or its word: "| November 3, 2025", "Updated Oct 8,
# 2025", "Last Updated Nov 6, 2025", "12.12.2025", "• 4 mins read"; the time of day may
# come first ("Updated 10:32 AM, March 4, 2025", "9:05 am GMT 4 March 2025").
_OPENS_STAMP = regex.compile(
    rf"""(?ix)[\s|•·⋅,.–—-]*
    (?:(?:last\s+)?(?:published|updated|posted|modified)\b[\s:]*(?:on\s+)?)?
    (?:(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?(?:\s*(?-i:[A-Z]{{2,4}})\b)?[\s,|•·–—-]*(?:on\s+)?)?
    (?:{_MONTH}\s+\d | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH} | \d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}
      | \d+\s*min(?:ute)?s?\b | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s | {_AGO})"""
)
# What makes a short dated line a page's stamp, not a row of a table ("MAR  5.20  5.30"):
# a year, or a stamp's word.
_STAMP_EVIDENCE = regex.compile(
    rf"(?i)\b(?:19|20)\d\d\b|\b(?:published|updated|posted|min)|\b{_AGO}"
)
# A stamp that opens a line before the writer's name: "Dec 17, 2025 Jane Doe", "12/19/2025
# • Jane Doe", "December 15, 2025 · 30 min · 6279 words · Jane Doe".
_DATED = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
    r"|\d+\s*min(?:ute)?s?(?:\s+read)?|\d[\d,]*\s+(?:words|comments?))"
)
_STAMP_FIRST = regex.compile(
    rf"(?i){_DATED}(?:\s*[|•·⋅●▪–—-]?\s*{_DATED})*\s*[|•·⋅●▪–—-]?\s*(?=\p{{Lu}})"
)
# What may follow the writer's name on a stamp line: the story's section or team ("Dec 26,
# 2025 • Jane Doe in Project Management", "... Jane Doe on behalf of the Docs team").
_SECTION_TAIL = regex.compile(r"\s+(?:in|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu}[^\n]*$")
# The separator before the next part of a stamp line, after the writer's name.
_STAMP_PART = regex.compile(r"\s*[|•·⋅●▪]")
# A stamp line is short; it stands at most this many blocks from the name.
# A date with its year, the whole rest of a line: "04/03/2025", "3 April 2025", "Mar. 4,
# 2025", maybe with the time ("04/03/2025 at 10:32").
_DATE_WITH_YEAR = regex.compile(
    rf"""(?ix)(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d
      | \d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d | (?:19|20)\d\d-\d\d-\d\d)
    (?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?)?\s*$"""
)
_MAX_STAMP_LINE_CHARS = 60
_STAMP_AFTER = 2
_DASHES = ("-", "–", "—")
# A writer named in one word right under the headline, over a date ("Mazi" / "December 19,
# 2025", "Yucy 3/4/2025"): a capitalised word, maybe with digits or "_" ("JDoe27").
_ONE_WORD_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}_]{2,29}")
# The date that vouches for it: a day of a month or a numeric date, on a short line.
_DATE_LINE = regex.compile(
    rf"""(?ix)[\s|•·⋅,–—-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
    (?:{_MONTH}\s+\d{{1,2}}\b | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}
      | \d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}} | {_AGO})"""
)
_MAX_DATE_LINE_CHARS = 40
# A day's or a month's name, printed over the date as a name would be ("Thu"). Whole words
# only: "Maria", "Julia", "Monica" open as a month or a day does (see `_CALENDAR_OPENING`).
_CALENDAR = regex.compile(
    r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"|(?:published|posted|updated|released|modified|created|dated?)"  # a stamp's label
)
# A word opening as a month or a day does: a writer's name only when it is a known given name
# ("Julia"), else as often a section's ("Marketing", "Wedding").
_CALENDAR_OPENING = regex.compile(rf"(?i)(?:mon|tue|wed|thu|fri|sat|sun|{_MONTH})")
# How many blocks under a one-word name are searched for a byline with a lead-in (``Learn``
# / ``May 28`` / ``Written By Jane Doe``: the writer is named there).
_LEAD_BYLINE_AFTER = 3
# How many blocks above the one-word name the headline stands (a kicker between).
_ONE_WORD_UNDER_HEADLINE = 2
# Words of running text in any language the page reader knows ("also", "more", "the"): no
# part of a name a date vouches for ("ALSO READ" over a date). (A Lexicon field to come.)


def bare_name(
    state: ParseState, words: BylineWords, index: int, text: str, *, dated_only: bool = False
) -> tuple[Reading | None, int]:
    """A line that is only a writer's name, maybe with a date: ``Jane Doe``,
    ``JANE DOE 31/12/2007``, ``Jane Doe and John Roe``.

    Under a headline such a line may as well be a photo caption naming the story's subject
    (``Jane Roe`` under ``Roe denies the rumours``), a cast list or a menu row (``Story
    Tools``). So every name must open with a known given name, the surname must not turn
    up in the headline or the next paragraphs (a writer is rarely in the story), and the
    lines around it must not be names too. With *dated_only*, only a name with a date
    beside it is read (a known given name is no evidence then).
    """
    tail = TAIL.search(text)
    end = trimmed_end(text, tail.start() if tail is not None else len(text))
    if end == 0 or len(text) - end > MAX_TAIL_CHARS:
        return None, 0
    names = _names_a_line(words, text[:end])
    if not names or len(names) > _MAX_BARE_NAMES:
        return None, 0
    if has_outlet_word(words, names):
        # "EDB Team" over the date: the outlet's team wrote it, no person.
        unit = _unit_over_date(state, words, index, names)
        return (Reading(organization=text[:end].strip()), end) if unit else (None, 0)
    # A name in capitals beside a date stamp ("JANE DOE Published: Jan 14, 2008") is
    # printed like a byline, whatever the given name.
    stamped = (
        tail is not None and text[:end].isupper() and _STAMP.match(text, tail.end()) is not None
    )
    if tail is not None and (
        (
            text[tail.start() : tail.end()].strip() == ","
            and not _writer_and_date(state.lexicon, words, names, text, tail.end())
        )
        or text.rstrip().endswith(_DASHES)
    ):
        return None, 0  # a place and a date: a dateline ("SAN FRANCISCO, Feb 26 -")
    # A date after the name ("Jane Doe • May 2, 2024"), or on a line by it, is printed like
    # a byline too.
    dated = (
        tail is not None
        and _STAMP_LINE.match(text, tail.end()) is not None
        and _STAMP_EVIDENCE.search(text, tail.end()) is not None
    )
    stamped = (
        stamped
        or (
            # (A line in capitals over a dated line is as often a table's header.)
            (
                dated
                or (
                    not text[:end].isupper()
                    and _stamp_beside(state, index, over_headline=not dated_only)
                )
                # "Jane Doe" / "Jane Doe": an author widget's avatar text, then the name.
                or (not dated_only and _printed_twice(state, index, text))
            )
            and not text[end:].lstrip().startswith(":")  # "Article Launched: 01/14/2008"
            and not common_words(state, names)
        )
    )
    if not stamped and (dated_only or not all(reads_as_writer(words, name) for name in names)):
        return None, 0
    if any(_is_name_line(state, words, near, names) for near in (index - 1, index + 1)):
        return None, 0  # a list of names: a cast, a menu of columnists
    if _named_nearby(state, index, names):
        return None, 0
    return Reading(names=names), end


def _writer_and_date(
    lexicon: Lexicon, words: BylineWords, names: Sequence[str], text: str, date_start: int
) -> bool:
    """Whether a comma parts a writer's name from the page's date (``Jane Doe, 04/03/2025``,
    ``JANE DOE, 3 April 2025``), not a dateline's place from its day (``LONDON, 04/03/2025``,
    ``SAN FRANCISCO, Feb 26 -``): every name opens with a known given name and is no
    dateline city (``Santa Rosa``) nor ends as a place does (``Elizabeth City``, ``Victoria
    Falls``), and the date is a stamp's, with its year (a dateline prints the day alone, and
    ends in a dash)."""
    return (
        _DATE_WITH_YEAR.match(text, date_start) is not None
        and all(reads_as_writer(words, name) for name in names)
        and not any(_names_a_town(lexicon, name) for name in names)
    )


def _names_a_town(lexicon: Lexicon, name: str) -> bool:
    """Whether *name* is a dateline's city or ends as a place's name does (``City``)."""
    return name.casefold() in _labels(lexicon) or name.split()[-1].casefold() in lexicon.place_heads


def _names_a_line(words: BylineWords, text: str) -> list[str] | None:
    """The names of a bare name line, or of each of its lines: a page printing its writers a
    line each (``Jane Doe`` / ``John Roe``) names two persons, not ``Jane Doe John Roe``."""
    found: list[str] = []
    for line in text.split("\n"):
        names = name_list(words.names, line) if line.strip() else []
        if names is None:
            return None
        found += names
    return found


def writers_a_line(state: ParseState, words: BylineWords, index: int) -> list[str] | None:
    """The two writers a page prints a line each right over its date stamp (``Jane Doe`` /
    ``John Roe`` / ``March 4, 2025``): the names of ``blocks[index]`` and of the block under
    it, or None. Each line is one name opening with a known given name, and no name line
    stands above them (a column of names is a list of columnists or a cast).
    """
    if index + 2 >= len(state.blocks):
        return None
    names: list[str] = []
    for near in (index, index + 1):
        block = state.blocks[near]
        if not block.claimable or block.end - block.start > MAX_BARE_BYLINE_CHARS:
            return None
        found = name_list(words.names, state.block_text(block))
        if not found or len(found) != 1 or not reads_as_writer(words, found[0]):
            return None
        names += found
    if (
        names[0] == names[1]
        or not stamp_under(state, index + 1)
        or _is_name_line(state, words, index - 1, names[:1])
        or common_words(state, names)
        or _named_nearby(state, index + 1, names)  # (under the second name line)
    ):
        return None
    return names


def _unit_over_date(
    state: ParseState, words: BylineWords, index: int, names: Sequence[str]
) -> bool:
    """Whether *names* is one outlet's unit (``EDB Team``, ``Metro Desk``) right under the
    headline, the page's date stamp under it: the byline of a story no person signs."""
    return (
        len(names) == 1
        and names[0].split()[-1].casefold() in words.unit_role_heads
        and _right_under_headline(state, index)
        and _stamp_beside(state, index)
    )


def opens_one_word_line(text: str) -> bool:
    """A first test for `one_word_writer`, without the page: *text* holds one capitalised
    word (no weekday, month or stamp label) before its date, if any. (A capitalised word
    opening the line let nearly every line under a wire headline into the byline reading.)"""
    return _ONE_WORD_NAME.match(text) is not None and _lone_word(text) is not None


def _lone_word(text: str) -> tuple[str, int, regex.Match[str] | None] | None:
    """The one capitalised word *text* holds before its tail (a date), where it ends, and
    the tail; ``None`` when the words before the tail are not one such word."""
    tail = TAIL.search(text)
    end = trimmed_end(text, tail.start() if tail is not None else len(text))
    word = text[:end].strip()
    if _ONE_WORD_NAME.fullmatch(word) is None or word.isupper() or _CALENDAR.fullmatch(word):
        return None  # (a word in capitals over a date opens a dateline: "BOSTON")
    return word, end, tail


def one_word_writer(
    state: ParseState, words: BylineWords, index: int, text: str, *, post_header: bool = False
) -> tuple[Reading | None, int]:
    """A line right under the headline that names its writer in one word over a date, or
    with one: ``Mazi`` / ``December 19, 2025``, ``Yucy 3/4/2025``.

    Under a headline one capitalised word is as often a section (``Sustainability`` over
    ``6 minute read``), so the date must be a day's date, and the word no word of the page's
    sentences, the headline's or a known outlet, job title or organisation word. With
    *post_header*, the line may stand anywhere, but a blog platform's whole post header
    must vouch for it: ``Ben`` / ``2 days ago`` / ``6 min read`` (feat/authors-11).
    """
    if not (
        _reading_time_under(state, index) if post_header else _right_under_headline(state, index)
    ):
        return None, 0
    lone = _lone_word(text)
    if lone is None:
        return None, 0
    word, end, tail = lone
    if tail is not None:
        dated = (
            len(text) - tail.end() <= _MAX_DATE_LINE_CHARS
            and ":" not in text[end : tail.end()]  # "Release: 01/10/2008", a label's value
            and _DATE_LINE.match(text, tail.end()) is not None
        )
    else:
        dated = _date_under(state, index)
    if not dated or _common_word(state, words, word):
        return None, 0
    if _CALENDAR_OPENING.match(word) and not opens_with_given_name(words.names, word):
        return None, 0  # (feat/authors-11: "Julia" is read, "Marketing" is not)
    if (
        not opens_with_given_name(words.names, word)
        and not _opens_a_line_again(state, index, word)
        and not _reading_time_under(state, index)
    ):
        # An unknown word: the page must name its writer again (an author box), or print
        # the post's header whole (a blog platform's name / date / "11 min read").
        return None, 0
    if named_in_headline(state, [word]) or _named_nearby(state, index, [word]):
        return None, 0
    if any(
        has_lead(words, state.block_text(state.blocks[near]))
        for near in range(index + 1, min(len(state.blocks), index + _LEAD_BYLINE_AFTER + 1))
    ):
        return None, 0
    return Reading(names=[word]), end


def _reading_time_under(state: ParseState, index: int) -> bool:
    """Whether a reading time (``11 min read``) stands on a line of its own right under the
    date under ``blocks[index]``, or on that date's line."""
    for below in (index + 1, index + 2):
        if below < len(state.blocks):
            block = state.blocks[below]
            if block.end - block.start <= _MAX_DATE_LINE_CHARS and _READING_TIME.search(
                state.block_text(block)
            ):
                return True
    return False


def _opens_a_line_again(state: ParseState, index: int, word: str) -> bool:
    """Whether *word* opens a line of the page away from ``blocks[index]`` (an author box's
    ``Mazi`` / ``Mazi writes about ...``)."""
    block = state.blocks[index]
    pattern = regex.compile(rf"(?m)^[ \t]*{regex.escape(word)}\b")
    return any(
        not block.start <= found.start() < block.end for found in pattern.finditer(state.text)
    )


def _right_under_headline(state: ParseState, index: int) -> bool:
    """Whether the headline stands right above ``blocks[index]``, or above one short line
    of chrome (a kicker, a section) that stands above it."""
    for near in range(index - 1, max(-1, index - _ONE_WORD_UNDER_HEADLINE - 1), -1):
        block = state.blocks[near]
        if block.label == "headline":
            return True
        if block.is_body or block.end - block.start > _MAX_STAMP_LINE_CHARS:
            return False
    return False


def _date_under(state: ParseState, index: int) -> bool:
    """Whether the line right under ``blocks[index]`` is a day's date and little more."""
    if index + 1 >= len(state.blocks):
        return False
    block = state.blocks[index + 1]
    if block.end - block.start > _MAX_DATE_LINE_CHARS:
        return False
    text = state.block_text(block)
    # (": 01/10/2008" under "Release" is a label's value.)
    return not text.startswith(":") and _DATE_LINE.match(text) is not None


def _common_word(state: ParseState, words: BylineWords, word: str) -> bool:
    """Whether *word* is a word of the page's sentences or of the byline tables (an outlet,
    a job title, an organisation, a word never in a name) rather than a writer's name."""
    low = word.casefold()
    return (
        low in words.names.not_names
        or low in words.outlet_words
        or low in words.role_heads
        or low in words.organization_heads
        or low in _labels(state.lexicon)
        # ("Eurosport", "Newsdesk": an outlet's word closing a brand printed in one word)
        or any(low.endswith(outlet) for outlet in words.outlet_words if len(outlet) >= 4)
        or common_words(state, [word])
    )


def opens_with_stamp(text: str) -> bool:
    """Whether *text* opens with a page's date stamp before a capital (``Dec 17, 2025 J``)."""
    return _STAMP_FIRST.match(text) is not None


def name_after_date(
    state: ParseState, words: BylineWords, index: int, text: str
) -> tuple[int, int, list[str]]:
    """Where the writer's name starts and ends after the date that opens a stamp line
    (``Dec 17, 2025 Jane Doe``), and the names; ``(0, 0, [])`` when it names none. The date
    vouches for the name as a stamp under it does (see :func:`bare_name`)."""
    stamp = _STAMP_FIRST.match(text)
    if stamp is None:
        return 0, 0, []
    after = text[stamp.end() :]
    # The name ends at the story's section or at the stamp's next part ("Jane Doe | Last
    # Updated: May 2, 2024", "Jane Doe • 4 Comments"), kept in the byline's text.
    section = _SECTION_TAIL.search(after)
    end = section.start() if section else len(after)
    tail = TAIL.search(after, 0, end)
    if tail is not None and _STAMP_PART.match(after, tail.start()):
        end = trimmed_end(after, tail.start())
    names = name_list(words.names, after[:end])
    if not names or len(names) > _MAX_BARE_NAMES or has_outlet_word(words, names):
        return 0, 0, []
    if common_words(state, names) or _named_nearby(state, index, names):
        return 0, 0, []
    return stamp.end(), stamp.end() + end, names


def _stamp_beside(state: ParseState, index: int, *, over_headline: bool = True) -> bool:
    """Whether a date or page stamp stands on its own line right under ``blocks[index]``.

    Under a headline a page prints its writer's name over the date whatever the site's
    layout: the stamp is the evidence that a name no given-name list knows (``Pavlina
    Petkova``) is the byline. A date *above* the line is no evidence: under a headline's
    date stand the page's tools too (``Print Save``, ``Article Tools``). Without
    *over_headline* the stamp must stand above any headline under the line (a menu row
    over the headline, the date under it, is no byline).
    """
    for near in range(index + 1, index + _STAMP_AFTER + 1):
        if not 0 <= near < len(state.blocks):
            continue
        block = state.blocks[near]
        if block.label == "headline" and not over_headline:
            return False
        if block.label == "headline" or block.end - block.start > _MAX_STAMP_LINE_CHARS:
            continue
        text = state.block_text(block)
        if over_headline and (
            block.kind == "metadata"
            or (_STAMP_LINE.search(text) is not None and _STAMP_EVIDENCE.search(text) is not None)
        ):
            return True
        if not over_headline:
            # Right under the name, the line opens with the date or the stamp's word
            # ("Since 1st March, 1999" under a menu's "Archives Web" does not).
            if _OPENS_STAMP.match(text) and _STAMP_EVIDENCE.search(text) is not None:
                return True
            if any(char.isalnum() for char in text):
                return False  # only a separator ("•") may stand between
    return False


def opens_stamp_line(text: str) -> bool:
    """Whether *text* opens with a page's date stamp (``Posted on July 1, 2024``, ``May 2``,
    ``03/01/2017``; not ``The shipment was made in August of 1985``)."""
    return _OPENS_STAMP.match(text) is not None


def stamp_under(state: ParseState, index: int) -> bool:
    """Whether a page's date stamp opens the line right under ``blocks[index]`` (no
    headline between)."""
    return _stamp_beside(state, index, over_headline=False)


def stamp_over(state: ParseState, index: int) -> bool:
    """Whether the line right above ``blocks[index]`` is a page's date stamp and nothing
    more (``Last Updated: April 1, 2025`` over ``By Jane Doe``)."""
    if index < 1:
        return False
    block = state.blocks[index - 1]
    if block.label == "headline" or block.end - block.start > _MAX_STAMP_LINE_CHARS:
        return False
    text = state.block_text(block)
    return _OPENS_STAMP.match(text) is not None and _STAMP_EVIDENCE.search(text) is not None


def _printed_twice(state: ParseState, index: int, text: str) -> bool:
    """Whether the line right under or above ``blocks[index]`` prints *text* again."""
    line = " ".join(text.split()).casefold()
    return any(
        0 <= near < len(state.blocks)
        and " ".join(state.block_text(state.blocks[near]).split()).casefold() == line
        for near in (index - 1, index + 1)
    )


def reads_as_writer(words: BylineWords, name: str) -> bool:
    """Whether *name* reads as a writer's on its own: a known given name first, and short."""
    return opens_with_given_name(words.names, name) and len(name.split()) <= _MAX_BARE_NAME_TOKENS


def _is_name_line(
    state: ParseState, words: BylineWords, index: int, printed: Sequence[str]
) -> bool:
    """Whether ``blocks[index]`` is a line of other names than *printed* (a page prints a
    writer's name twice over the date: an avatar's text, then the name)."""
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    if block.label == "headline" or block.end - block.start > MAX_BARE_BYLINE_CHARS:
        return False
    names = name_list(words.names, state.block_text(block)) or []
    if names == list(printed):
        return False
    return bool(names) and all(reads_as_writer(words, name) for name in names)


def named_in_headline(state: ParseState, names: Sequence[str]) -> bool:
    """Whether a surname of *names* is a word of the headline."""
    surnames = {name.split()[-1].casefold() for name in names}
    for block in state.blocks:
        if block.label == "headline":
            found = {word.casefold() for word in _WORD_TOKEN.findall(state.block_text(block))}
            return bool(surnames & found)
    return False


# A writer introducing themself in the story: "I'm Kev", "my name is Jane Doe".
_SELF_INTRODUCTION = regex.compile(
    r"(?i:\bi['’]m|\bi\s+am|\bmy\s+name\s+is)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
)


def _named_nearby(state: ParseState, index: int, names: Sequence[str]) -> bool:
    """Whether a surname turns up in the headline or the next body paragraphs."""
    surnames = {name.split()[-1].casefold() for name in names}
    seen = 0
    for position, block in enumerate(state.blocks):
        if block.label == "headline" or (position > index and block.is_body):
            # (A writer who introduces themself, "Hey, I'm Kev, a coffee nerd", is no
            # person the story is about; nor is one whose address the page prints.)
            text = without_links(_SELF_INTRODUCTION.sub(" ", state.block_text(block)))
            found = {word.casefold() for word in _WORD_TOKEN.findall(text)}
            if surnames & found:
                return True
            seen += position > index
            if seen >= _NAMED_NEARBY_BLOCKS:
                break
    return False


def _labels(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's kickers, labels, section names (``Politics``) and dateline cities
    (``Toronto``), casefolded."""
    return lexicon.cached(
        "bylines.labels",
        lambda tables: frozenset(
            word.casefold() for word in (*tables.not_places, *tables.dateline_cities)
        ),
    )
