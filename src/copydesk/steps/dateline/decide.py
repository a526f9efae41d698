"""Deciding whether the parts read make a dateline, given what follows them.

A candidate is accepted only when its parts are strong enough for its separator: an agency
tag or a date makes it certain; a place with a dash needs a lede after it; a bare
``PLACE:`` needs a known city, because kickers share that shape. The table of these rules is
in ``docs/explanation/datelines.md``.
"""

from __future__ import annotations

import regex

from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.lexicon.places import region_key
from copydesk.reading.dates import is_month, weekdays
from copydesk.reading.prose import is_prose_by_length
from copydesk.steps.dateline.parts import (
    DASHES,
    LINE_END,
    WINDOW,
    Candidate,
    agency_lines,
    glued_to_word,
)
from copydesk.steps.dateline.words import is_known_city_name, not_places, regions

__all__ = ["LEDE_START", "SHORT_LEDE_WORDS", "WORDS", "accepted", "well_formed"]

# A lede after a bare place is at least this long, or the next paragraph is prose.
SHORT_LEDE_WORDS = 8

WORDS = regex.compile(r"\w+")
_SPACE = regex.compile(r"\s*")
_TIME_AFTER = regex.compile(
    r"[ ,]{0,3}(?:at[ ])?\d{1,2}[:.]\d\d|[ ,]{0,3}\d{1,2}[ ]?[ap]\.?m\b", regex.I
)
_GETTY_CAPTION_DATE = regex.compile(r"[ \n]*\p{Lu}{3,9}\.?[ ]\d{1,2}(?:,[ ]\d{4})?:")
_ANY_LEDE_START = regex.compile(r"[ \n]*[\w\"“‘'(\[«<$]")
LEDE_START = regex.compile(r"[ \n]*[\p{Lu}\d\"“‘'(\[«<$]")


def accepted(
    state: ParseState, index: int, block: Block, candidate: Candidate, after_prose: bool
) -> bool:
    """Whether the parts read make a dateline, given what follows them."""
    if not well_formed(state, candidate, after_prose):
        return False
    own_line = LINE_END.fullmatch(state.text, candidate.end, block.end) is not None
    tag_lines = agency_lines(state, index) if own_line and candidate.agency is None else None
    if tag_lines is not None:
        # "VENTURA, Calif." / "(AP) —" / the lede, or "Manila, Philippines" / "CNN" / "—" /
        # the lede: the tag lines join the dateline (label.py).
        return _strong_place(state.lexicon, candidate) and _reads_as_lede(
            state, _next_body_block(state, tag_lines[1])
        )
    if not _lede_follows(state, index, candidate, block, own_line):
        return False
    return _strong_enough(state, index, candidate, own_line)


def _reads_as_lede(state: ParseState, block: Block | None) -> bool:
    """A paragraph that may open a story: a capital first, and a sentence's length."""
    if block is None or LEDE_START.match(state.text, block.start, block.end) is None:
        return False
    return len(WORDS.findall(state.block_text(block))) >= SHORT_LEDE_WORDS


def _glued(state: ParseState, candidate: Candidate) -> bool:
    """A known agency's tag glued to the lede's first word: ``(Reuters)Three``."""
    return (
        candidate.agency_known
        and candidate.separator is None
        and glued_to_word(state.text, candidate.end)
    )


def _tag_then_lede(state: ParseState, candidate: Candidate) -> bool:
    """A known agency's tag alone, its dash dropped by the scrape, glued to the lede, a
    space before it, or on its own line above it: ``(Reuters)Three weeks``, ``(Reuters)
    Three weeks``, ``(Reuters)`` / ``Three weeks``."""
    if candidate.place is not None or candidate.date is not None:
        return False
    text = state.text
    after = text[candidate.end : candidate.end + 1]
    spaced = after == " " and text[candidate.end + 1 : candidate.end + 2].isupper()
    if not (candidate.agency_known and candidate.separator is None):
        return False
    on_own_line = after in ("\n", "") and _opens_paragraph(text, candidate.start)
    if not (spaced or on_own_line or _glued(state, candidate)):
        return False  # (under a line of its paragraph, "Sunday 30th December, 2007": a source)
    # A sentence follows, not a stamp ("(AFP) Saturday 12 January 2008" is a source line).
    lede = _SPACE.match(text, candidate.end)
    lede_start = lede.end() if lede is not None else candidate.end
    line_end = text.find("\n", lede_start)
    line = text[lede_start : line_end if line_end >= 0 else len(text)]
    return len(WORDS.findall(line)) >= SHORT_LEDE_WORDS


def _opens_paragraph(text: str, position: int) -> bool:
    """Whether *position* starts the text or a paragraph (a blank line above it)."""
    newlines = 0
    index = position - 1
    while index >= 0 and text[index].isspace():
        newlines += text[index] == "\n"
        index -= 1
    return index < 0 or newlines >= 2


def well_formed(state: ParseState, candidate: Candidate, after_prose: bool) -> bool:
    """Short; no label word in the place; a date that is not a time stamp; a likely agency."""
    lexicon = state.lexicon
    if candidate.end <= candidate.start or candidate.end - candidate.start > WINDOW:
        return False
    if after_prose and not _strong_after_deck(candidate):
        return False
    if candidate.place is not None and _has_non_place_word(lexicon, candidate):
        return False
    if candidate.date is not None and not _date_fits_dateline(state, candidate):
        return False
    agency = candidate.agency
    if agency is None:
        return True
    candidate.agency_known = lexicon.agency(agency) is not None
    # An unknown tag is an agency in "(Sports Network) -", "/PRNewswire/ --", but not in
    # "Astronaut (NR): 7 saves".
    return candidate.agency_known or (_plausible_agency(agency) and candidate.separator in DASHES)


def _strong_enough(state: ParseState, index: int, candidate: Candidate, own_line: bool) -> bool:
    """Whether the parts are enough for the separator printed after them."""
    lexicon = state.lexicon
    separator = candidate.separator
    has_place = candidate.place is not None
    if candidate.date is not None and (has_place or candidate.agency is not None):
        return True
    if candidate.agency is not None:
        # Without a separator ("TORONTO (AP) Raptors"), only a known agency and a sure place,
        # or a known agency's tag alone before the lede ("(Reuters)Three weeks after ...").
        if separator is not None or _tag_then_lede(state, candidate):
            return True
        return candidate.agency_known and has_place and _strong_place(lexicon, candidate)
    if candidate.date is not None:  # a date alone, no agency: the 1987 "APRIL 7 -" wire
        return (
            separator in ("-", "--")
            and not candidate.date.group("year")
            and _just_below_headline(state, index)
        )
    if not has_place:
        return False
    if separator in DASHES:
        # "Colombo -" is a dateline, "Mehmet Oz — Ivy League-trained surgeon" is not.
        return _strong_place(lexicon, candidate)
    if separator == ":":
        return _known_city(lexicon, candidate) or _known_region(lexicon, candidate)
    if separator is None and own_line:
        return _known_city(lexicon, candidate) or _all_caps_with_region(candidate)
    return False


def _strong_after_deck(candidate: Candidate) -> bool:
    """Below prose only a dated or tagged dateline, or an all-caps one with a separator or a
    region, is trusted."""
    if candidate.date is not None or candidate.agency is not None:
        return True
    if candidate.separator is None:
        return _all_caps_with_region(candidate)  # "BAAR, SWITZERLAND" on its own line
    return (
        candidate.place is not None
        and candidate.place.group("place").isupper()
        and candidate.separator in (*DASHES, ":")
    )


def _lede_follows(
    state: ParseState, index: int, candidate: Candidate, block: Block, own_line: bool
) -> bool:
    """The story goes on after the dateline: in the same block, or in the next one."""
    if own_line:
        following = _next_body_block(state, index)
        if following is None:
            return False
        return (
            candidate.date is not None
            or is_prose_by_length(state.block_text(following))
            or (candidate.agency_known and _reads_as_lede(state, following))
        )
    strong = candidate.date is not None or candidate.agency_known
    # Wire copy may start the lede in lower case ("WASHINGTON, March 3 - the U.S. ...").
    lede_start = _ANY_LEDE_START if strong and candidate.separator else LEDE_START
    if lede_start.match(state.text, candidate.end, block.end) is None:
        return False
    if not strong and not _lede_reads_as_story(state, index, candidate, block):
        return False
    if _GETTY_CAPTION_DATE.match(state.text, candidate.end, block.end):
        return False  # "WASHINGTON, DC - NOVEMBER 19: Former ..." opens a Getty caption
    # Without a separator the lede must start a new word right after a space, or after a
    # line break or glued to the tag when the tag is a known agency's.
    after = state.text[candidate.end : candidate.end + 1]
    return (
        candidate.separator is not None
        or after == " "
        or (after == "\n" and candidate.agency_known)
        or _glued(state, candidate)
    )


def _lede_reads_as_story(state: ParseState, index: int, candidate: Candidate, block: Block) -> bool:
    """After a bare place, running prose, not a teaser line ("MIAMI: Orangutan dies")."""
    lede = state.text[candidate.end : block.end].strip()
    if lede.endswith(("...", "…")):
        return False
    words = [word for word in WORDS.findall(lede[:300]) if not word.isdigit()]
    lower = sum(word.islower() for word in words)
    if lower * 3 < len(words):
        return False  # a row of names or menu words
    if len(words) >= SHORT_LEDE_WORDS:
        return True
    if candidate.separator in DASHES and _just_below_headline(state, index):
        return True  # wire tables: "CALGARY, Alberta - Qtr ends Dec 31"
    following = _next_body_block(state, index)
    return (
        len(words) >= 3
        and following is not None
        and is_prose_by_length(state.block_text(following))
    )


def _next_body_block(state: ParseState, index: int) -> Block | None:
    """The body block after *index*, over chrome and captions; None when another part or the
    end of the text comes first."""
    # By position, not over a slice: a slice copies every later block, for each candidate.
    blocks = state.blocks
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.is_body:
            return block
        if block.label not in ("chrome", "caption"):
            return None
    return None


def _has_non_place_word(lexicon: Lexicon, candidate: Candidate) -> bool:
    """A label word, a weekday or a month in the place: "Published", "Wednesday", "Nov."."""
    assert candidate.place is not None
    labels = not_places(lexicon)
    days = weekdays(lexicon)
    for word in candidate.place.group("place").split():
        folded = word.casefold()
        if folded in labels or folded in days or is_month(lexicon, word):
            return True
    return False


def _date_fits_dateline(state: ParseState, candidate: Candidate) -> bool:
    """Tell a dateline's date from a page's time stamp ("Reuters November 18, 2019 11:03 PM").

    A time after the date, or a printed year without an agency tag unless the place is in
    capitals, marks a time stamp; so does a place run into the date without a comma, unless
    the place is in capitals or has a region ("SEATTLE Jan 14", "OKLA. March 11").
    """
    date = candidate.date
    assert date is not None
    if _TIME_AFTER.match(state.text, date.end(), date.end() + 12):
        return False
    caps = candidate.place is not None and candidate.place.group("place").isupper()
    between = state.text[candidate.location_end : date.start()]
    if candidate.place is not None and candidate.place.start() > date.start():
        return True  # "Monday, January 14, 2008 (Mumbai):"
    if candidate.place is not None and not between:
        return False  # "JHOHL27 Jan": a handle run into a date
    if date.group("year") and candidate.agency is None and not caps:
        # "Kolkata, January 13, 2008" (PTI pages), not "Reuters November 18, 2019".
        return "," in between and _known_city(state.lexicon, candidate)
    if candidate.place is None or caps or candidate.regions:
        return True
    return "," in between


def _plausible_agency(name: str) -> bool:
    """An unknown tag may be an agency ("(Sports Network)") if it is short and capitalised."""
    words = name.split()
    return len(words) <= 3 and all(
        word[:1].isupper() or any(char.isupper() for char in word) for word in words
    )


def _strong_place(lexicon: Lexicon, candidate: Candidate) -> bool:
    """An all-caps city, a city with a region, or a known city."""
    if candidate.place is None:
        return False
    return (
        candidate.place.group("place").isupper()
        or bool(candidate.regions)
        or _known_city(lexicon, candidate)
    )


def _known_region(lexicon: Lexicon, candidate: Candidate) -> bool:
    """A region from the table, or any region in brackets ("Amritsar (Punjab):")."""
    if not candidate.regions:
        return False
    region = candidate.regions[-1]
    if region.group(0).lstrip().startswith(("(", "[")):
        return True
    return region_key(region.group("region")) in regions(lexicon)


def _all_caps_with_region(candidate: Candidate) -> bool:
    """A place in capitals with a region after a comma: "BAAR, SWITZERLAND", "AUBURN, Wash."."""
    return (
        candidate.place is not None
        and candidate.place.group("place").isupper()
        and bool(candidate.regions)
        and candidate.regions[0].group(0).lstrip().startswith(",")
    )


def _known_city(lexicon: Lexicon, candidate: Candidate) -> bool:
    return candidate.place is not None and is_known_city_name(
        lexicon, candidate.place.group("place")
    )


def _just_below_headline(state: ParseState, index: int) -> bool:
    return index > 0 and state.blocks[index - 1].label == "headline"
