"""Datelines: the place, date and agency that open a story (``"LONDON, Nov 2 (Reuters) -"``).

The step looks at the first body blocks below the headline (captions, chrome and bylines are
not body, so they are passed over) and reads a dateline at the very start of a block, part by
part::

    [(AGENCY) SEP]  PLACE [, REGION | (REGION) | [REGION]]{0,2}  [, DATE]
                    or DATE alone                      then  [(AGENCY) | /AGENCY/]  [SEP | line end]

Each part is a small anchored pattern, so nothing backtracks over the whole text. A
candidate is accepted only when its parts are strong enough for its separator (``_accepted``):
an agency tag or a date makes it certain; a place with a dash needs a lede after it; a bare
``PLACE:`` needs a known city, because kickers share that shape. The reasons are spelled out
in ``docs/explanation/datelines.md``.

The dateline is split off its block (:meth:`ParseState.split_block`) and labelled
``dateline``, so the first body paragraph starts with the lede.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
import regex

from copydesk._models import Dateline, Span
from copydesk._state import BODY, Block, ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.lexicon.places import region_key

__all__ = ["dateline", "resolve_date"]

# Where a dateline can be: among the first body blocks under the headline, before the body
# proper has run for long. Bounds keep the scan short on whole web pages.
_MAX_BLOCKS_SCANNED = 400
_MAX_CHARS_SCANNED = 20_000
# The dateline usually opens the first paragraph of prose, but a deck, a caption without a
# credit or teasers of other stories may come first: after them only strong forms count.
_MAX_PROSE_BLOCKS = 6
_PROSE_WORDS = 25
# A dateline is short: only this much of a block is read.
_WINDOW = 160
# A lede after a bare place is at least this long, or the next paragraph is prose.
_SHORT_LEDE_WORDS = 8
_MAX_PLACE_WORDS = 5
# Lines after the first of a block that may open with a dateline.
_MAX_LATER_LINES = 3

_WORD_RE = regex.compile(r"\w+")

# --- the parts ---------------------------------------------------------------------------

# A capitalised place word: "FORT", "Worth", "N.Y.", "SAN'A", "Winston-Salem", "St."; a
# hyphen only between letters, so "WASHINGTON-" leaves the hyphen to the separator.
_CAP_WORD = r"\p{Lu}(?:[\p{L}\p{M}'’.&]|-(?=\p{L}))*"
# Lower-case words inside place names: "Rio de Janeiro", "Isle of Man".
_PARTICLE = r"(?:de|del|della|da|do|dos|das|di|du|la|le|les|el|al|of|the|upon|sur|am|an|der)"
# A word followed by a number is a month ("OKLAHOMA CITY, Okla. March 11"), not a place word.
_NOT_BEFORE_NUMBER = r"(?!\p{L}+\.?[ ]?\d)"
_NAME = (
    rf"{_CAP_WORD}(?:[ ]{_NOT_BEFORE_NUMBER}(?:{_CAP_WORD}|{_PARTICLE}(?=[ ]\p{{Lu}})))"
    rf"{{0,{_MAX_PLACE_WORDS - 1}}}"
)

_REGION_NAME = (
    rf"{_CAP_WORD}(?:[ ]{_NOT_BEFORE_NUMBER}(?:{_CAP_WORD}|{_PARTICLE}(?=[ ]\p{{Lu}}))){{0,2}}"
)
_PLACE = regex.compile(rf"(?P<place>{_NAME}(?:[ ]?/[ ]?{_NAME}){{0,3}})")
# Wire copy in any case ("New york, March 2 -", "omaha, march 5 -"): trusted only before a date.
# Possessive: a shorter word, or fewer words, leaves a letter or a space before a letter,
# where the comma is looked for; giving them back only cost a failed try per character of
# a lede's first words.
_LOOSE_PLACE = regex.compile(
    r"(?P<place>\p{L}[\p{L}'’.-]*+(?:[ ]\p{L}[\p{L}'’.-]*+){0,3}+)(?=[ ]?,)"
)
# ", Calif." / ", the Netherlands" / " (Ukraine)" / " [India]"
_REGION = regex.compile(
    rf"(?:[ ]?,[ \n]?(?P<region>(?:the[ ])?{_REGION_NAME})"
    rf"|[ ]?\((?P<region>{_NAME})\)"
    rf"|[ ]?\[(?P<region>{_NAME})\])"
)
# "Nov. 2", "Feb 26", "March 11, 1987", "Monday, January 14, 2008", "2 March", "JAN 17".
_DATE = regex.compile(
    r"(?P<date>(?:(?P<weekday>\p{L}{3,9}),[ ])?"
    r"(?:(?P<month>\p{L}{3,9})\.?[ ]?(?P<day>\d{1,3})(?:st|nd|rd|th)?"
    r"|(?P<day>\d{1,2})[ ](?P<month>\p{L}{3,9})\.?)"
    r"(?:,?[ ](?P<year>(?:19|20)\d\d))?)(?![\d\p{L}])"
)
# "(AP)", "( Reuters )", "(Reuters Life!)", "/TASS/", "/PRNewswire/", "--(Business Wire)--"
_AGENCY_NAME = r"[\p{L}][\p{L}\d.!&'’-]*(?:[ /][\p{L}\d][\p{L}\d.!&'’-]*){0,3}"
_TAG = regex.compile(
    rf"(?:\([ ]?(?P<agency>{_AGENCY_NAME})[ ]?\)"
    rf"|\.?[ ]?/(?P<agency>{_AGENCY_NAME})/"
    rf"|[ ]?--[ ]?\((?P<agency>{_AGENCY_NAME})\)[ ]?--(?P<dashes>))"
)
# ", Reuter -" (1987) and "Wellington, PTI:": a known agency after a comma, without brackets.
_BARE_AGENCY = regex.compile(rf",[ ](?P<agency>{_AGENCY_NAME})(?=[ ]?[-—–:])")
_SEPARATOR = regex.compile(
    r",?(?:[ ]?(?P<sep>—|–|―|--+|:|\.-)|[ ](?P<sep>[-_])|(?<=[\d\p{L}.)])(?P<sep>-)|(?P<sep>\.))"
    r"(?=[ \n]|$|(?<=[—–―]|--)[\p{L}\d\"“‘'])"
)
_LINE_END = regex.compile(r"[ ]*$")
_DASHES = ("—", "–", "―", "--", "---", "-", "_")
_LEADING_DASH = regex.compile(r"[-–—][ ](?=\()")
_DATELINE_MARK = regex.compile(r"[—–―\-_:(/,\[\d]")
_TIME_AFTER = regex.compile(
    r"[ ,]{0,3}(?:at[ ])?\d{1,2}[:.]\d\d|[ ,]{0,3}\d{1,2}[ ]?[ap]\.?m\b", regex.I
)
_GETTY_CAPTION_DATE = regex.compile(r"[ \n]*\p{Lu}{3,9}\.?[ ]\d{1,2}(?:,[ ]\d{4})?:")
_ANY_LEDE_START = regex.compile(r"[ \n]*[\w\"“‘'(\[«<$]")
_LEDE_START = regex.compile(r"[ \n]*[\p{Lu}\d\"“‘'(\[«<$]")


@attrs.define
class _Candidate:
    """The parts read at the start of a block (offsets into the text)."""

    start: int
    end: int = 0
    place: regex.Match[str] | None = None
    regions: list[regex.Match[str]] = attrs.field(factory=list)
    date: regex.Match[str] | None = None
    agency: str | None = None
    agency_known: bool = False
    separator: str | None = None
    # Offset just past the last place/region part, for the printed location.
    location_end: int = 0


# --- the step ----------------------------------------------------------------------------


@step(
    requires=("blocks",),
    uses=("chrome", "captions", "page", "headline", "bylines", "uncredited_captions"),
    provides=("dateline",),
)
def dateline(state: ParseState) -> None:
    """Find the dateline that opens the story and split it off its paragraph.

    >>> import copydesk
    >>> article = copydesk.parse("Markets\\n\\nLONDON, Nov 2 (Reuters) - Shares fell on Monday.")
    >>> article.dateline.text, article.dateline.agency, article.paragraphs[0].text
    ('LONDON, Nov 2 (Reuters) -', 'Reuters', 'Shares fell on Monday.')
    """
    if _headline_is_a_lede(state):
        return
    for index, block, after_prose in _candidate_blocks(state):
        found = _read_block(state, index, block, after_prose=after_prose)
        if found is None:
            continue
        index, block, candidate = found
        _label(state, index, block, candidate)
        return


def _headline_is_a_lede(state: ParseState) -> bool:
    """A text without a headline line: its first paragraph, a short lede, was taken for the
    headline. A paragraph opening with a dated or tagged dateline and running on as a sentence
    is never a headline, so it goes back to the body, without its dateline."""
    for index, block in enumerate(state.blocks):
        if block.label == "chrome":
            continue
        if block.label != "headline":
            return False
        candidate = _read(state, block.start, block.end)
        if candidate is None or candidate.separator is None:
            return False
        strong = candidate.date is not None or (
            candidate.agency is not None and state.lexicon.agency(candidate.agency) is not None
        )
        lede = state.text[candidate.end : block.end]
        if not strong or len(_WORD_RE.findall(lede)) < _SHORT_LEDE_WORDS:
            return False
        if not _LEDE_START.match(lede) or not _well_formed(state, candidate, after_prose=False):
            return False
        block.label, block.finding = BODY, None
        _label(state, index, block, candidate)
        return True
    return False


def _candidate_blocks(state: ParseState) -> Iterator[tuple[int, Block, bool]]:
    """Body blocks below the headline, then (a headline may be found too low) above it.

    Each comes with whether paragraphs of prose (a deck, teasers) came before it.
    """
    headline = next(
        (index for index, block in enumerate(state.blocks) if block.label == "headline"), None
    )
    if headline is None:
        yield from _blocks_from(state, 0, len(state.blocks))
        return
    yield from _blocks_from(state, headline + 1, len(state.blocks), header_zone=True)
    yield from _blocks_from(state, 0, headline)


def _blocks_from(
    state: ParseState, start: int, stop: int, *, header_zone: bool = False
) -> Iterator[tuple[int, Block, bool]]:
    """Body blocks from *start*, until the body proper has run for a while.

    With *header_zone*, blocks the page classifier guessed to be chrome count too until the
    first body block: a dateline line between headline and article is often such a guess.
    """
    prose_seen = 0
    scanned = 0
    first_offset: int | None = None
    body_seen = False
    for index in range(start, stop):
        block = state.blocks[index]
        in_header = header_zone and not body_seen and block.claimable
        body_seen = body_seen or block.is_body
        if not block.is_body and not in_header:
            continue
        first_offset = block.start if first_offset is None else first_offset
        if scanned >= _MAX_BLOCKS_SCANNED or block.start - first_offset > _MAX_CHARS_SCANNED:
            return
        scanned += 1
        yield index, block, prose_seen > 0
        if _is_prose(state.block_text(block)):
            prose_seen += 1
            if prose_seen >= _MAX_PROSE_BLOCKS:
                return


def _is_prose(text: str) -> bool:
    # 25 words take more than 100 characters: skip counting on short lines.
    return len(text) > 100 and _ENOUGH_PROSE_WORDS.match(text) is not None


# At least _PROSE_WORDS words, read from the start only (no list of every word).
_ENOUGH_PROSE_WORDS = regex.compile(rf"\W*+(?:\w++\W*+){{{_PROSE_WORDS}}}")


def _read_block(
    state: ParseState, index: int, block: Block, *, after_prose: bool
) -> tuple[int, Block, _Candidate] | None:
    """A dateline at the start of *block* (or of one of its first lines), or None."""
    if _may_open_dateline(state, block.start, block.end):
        candidate = _read(state, block.start, block.end)
        if candidate is not None and _accepted(state, index, block, candidate, after_prose):
            return index, block, candidate
        joined = _read_hard_wrapped(state, index, block, after_prose=after_prose)
        if joined is not None:
            return joined
    return _read_later_line(state, index, block)


def _read_later_line(
    state: ParseState, index: int, block: Block
) -> tuple[int, Block, _Candidate] | None:
    """A strong dateline opening a later line of the block (the segmenter may have joined a
    time stamp line to the lede: "Article Launched: 01/06/2008 ..." / "WASHINGTON -- ...")."""
    text = state.text
    line_start = block.start
    for _ in range(_MAX_LATER_LINES):
        line_start = text.find("\n", line_start, min(block.end, block.start + _WINDOW * 2)) + 1
        if line_start <= 0:
            return None
        if not _may_open_dateline(state, line_start, block.end):
            continue
        tail = Block(line_start, block.end)
        candidate = _read(state, line_start, block.end)
        # Only strong forms count here, as after a deck.
        if candidate is not None and _accepted(state, index, tail, candidate, after_prose=True):
            _, tail = state.split_block(index, line_start)
            return index + 1, tail, candidate
    return None


def _read_hard_wrapped(
    state: ParseState, index: int, block: Block, *, after_prose: bool
) -> tuple[int, Block, _Candidate] | None:
    """A dateline cut by a hard wrap: "KATHMANDU," / "April 25 (Reuters) - ..."."""
    text = state.block_text(block)
    if index + 1 >= len(state.blocks) or not text.endswith(",") or len(text) > _WINDOW // 2:
        return None
    following = state.blocks[index + 1]
    if not following.is_body:
        return None
    joined = _read(state, block.start, following.end)
    if joined is None or joined.end <= following.start:
        return None
    merged = Block(block.start, following.end)
    if not _accepted(state, index, merged, joined, after_prose):
        return None
    return index, state.merge_blocks(index, index + 1), joined


def _may_open_dateline(state: ParseState, start: int, end: int) -> bool:
    """A cheap first look, to skip menu lines: a capital or a bracket first, then a mark that
    ends a dateline part (a dash, colon, bracket, comma or digit), unless the whole line is a
    known city ("Pittsburgh" above the lede). Wire copy in lower case needs a comma and a date.
    """
    text = state.text
    first = text[start]
    head = text[start : min(end, start + _WINDOW)]
    if _LEADING_DASH.match(text, start, end):
        return True
    if not (first.isupper() or first in "(["):
        return first.isalpha() and "," in head[:60] and any(char.isdigit() for char in head[:60])
    if _DATELINE_MARK.search(head):
        return True
    cities = _lower_set(state.lexicon, "dateline_cities", state.lexicon.dateline_cities)
    return " ".join(head.split()).casefold() in cities


def _next_body_block(state: ParseState, index: int) -> Block | None:
    # By position, not over a slice: a slice copies every later block, for each candidate.
    blocks = state.blocks
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.is_body:
            return block
        if block.label not in ("chrome", "caption"):
            return None
    return None


# --- reading the parts -------------------------------------------------------------------


def _read(state: ParseState, start: int, end: int) -> _Candidate | None:
    """Read the dateline parts at *start*; None when the block does not open with one."""
    text = state.text
    limit = min(end, start + _WINDOW)
    # Old CNN copy opens with a dash: "- (CNN) - ...".
    lead_start = start + 2 if _LEADING_DASH.match(text, start, limit) else start
    lead = _TAG.match(text, lead_start, limit)
    if lead is None or lead.group("dashes") is not None:
        candidate = _Candidate(start=start)
        return candidate if _read_rest(state, candidate, start, limit, agency=True) else None
    # Tag first: "(ANSA) - Rome, September 10 -", "(PressMediaWire) NEW YORK, Jan. 7 --".
    separator = _SEPARATOR.match(text, lead.end(), limit)
    after_tag = separator.end() if separator is not None else lead.end()
    candidate = _Candidate(start=start, agency=lead.group("agency"))
    place_start = _skip_spaces(text, after_tag, limit)
    if _read_rest(state, candidate, place_start, limit, agency=False) and candidate.separator:
        return candidate
    if separator is None:
        return None
    # Tag only: "(Bloomberg) --".
    return _Candidate(
        start=start, end=after_tag, agency=lead.group("agency"), separator=separator.group("sep")
    )


def _read_rest(
    state: ParseState, candidate: _Candidate, position: int, limit: int, *, agency: bool
) -> bool:
    """Read place/date, then (if *agency*) a tag, then a separator, into *candidate*."""
    after = _read_place_and_date(state, candidate, position, limit)
    if after is None:
        return False
    if agency:
        after = _read_agency(state, candidate, after, limit)
    separator = _SEPARATOR.match(state.text, after, limit)
    if separator is not None and not _stray_period(state.text, separator):
        candidate.separator = separator.group("sep")
        after = separator.end()
        if agency and candidate.agency is None:
            after = _tag_between_separators(state, candidate, after, limit)
    candidate.end = after
    return True


def _tag_between_separators(
    state: ParseState, candidate: _Candidate, position: int, limit: int
) -> int:
    """Reprints such as ``"PUTRAJAYA, Malaysia — (AP) —"`` repeat the separator after the tag."""
    start = _skip_spaces(state.text, position, limit)
    tag = _TAG.match(state.text, start, limit)
    if tag is None or tag.group("dashes") is not None:
        return position
    separator = _SEPARATOR.match(state.text, tag.end(), limit)
    if separator is None or separator.group("sep") not in _DASHES:
        return position
    candidate.agency = tag.group("agency")
    return separator.end()


def _stray_period(text: str, separator: regex.Match[str]) -> bool:
    """A lone ``.`` separates only after a slashed tag (``/TASS/.``)."""
    return separator.group("sep") == "." and text[separator.start() - 1 : separator.start()] != "/"


def _skip_spaces(text: str, position: int, limit: int) -> int:
    while position < limit and text[position] in " \n":
        position += 1
    return position


def _read_place_and_date(
    state: ParseState, candidate: _Candidate, position: int, limit: int
) -> int | None:
    """Read PLACE [REGION]* [DATE], or a DATE alone; return the offset after them."""
    text = state.text
    date = _date_at(state.lexicon, text, position, limit)
    if date is not None:
        candidate.date = date
        return date.end()
    place = _PLACE.match(text, position, limit)
    if place is None or not _date_after_loose_place(state, place.end(), limit):
        loose = _LOOSE_PLACE.match(text, position, limit)
        if loose is not None and _date_after_loose_place(state, loose.end(), limit):
            place = loose
    if place is None:
        return None
    candidate.place = place
    position = candidate.location_end = place.end()
    for _ in range(2):
        if _date_at(state.lexicon, text, _after_comma(text, position, limit), limit) is not None:
            break
        region = _REGION.match(text, position, limit)
        if region is None or not _is_region(state, region, limit):
            break
        candidate.regions.append(region)
        position = candidate.location_end = region.end()
    date = _date_at(state.lexicon, text, _after_comma(text, position, limit), limit)
    if date is not None:
        candidate.date = date
        position = date.end()
    return position


def _date_after_loose_place(state: ParseState, position: int, limit: int) -> bool:
    """Whether ``", DATE"`` follows *position*."""
    text = state.text
    if not text.startswith((",", " ,"), position):
        return False
    return _date_at(state.lexicon, text, _after_comma(text, position, limit), limit) is not None


def _is_region(state: ParseState, region: regex.Match[str], limit: int) -> bool:
    """Whether a part read as a region is one, not a month, an agency or a bracketed tag."""
    name = region.group("region")
    if _is_month(state.lexicon, name):
        return False
    if state.lexicon.agency(name) is not None and region_key(name) not in _regions(state.lexicon):
        return False  # "Wellington, PTI:"; but "ALLENTOWN, PA, March 11" names a state
    if region.group(0).lstrip().startswith("("):
        # "Kyiv (Ukraine) (AFP)", "GOLD COAST (Australia), Dec 30": a region in brackets is
        # followed by the tag or the date; a last bracket is the agency ("(Sports Network)").
        following = state.text[region.end() : min(limit, region.end() + 2)]
        return following.startswith((",", " (", "("))
    return True


def _after_comma(text: str, position: int, limit: int) -> int:
    """Skip ``", "``, ``" , "``, ``","`` or ``" "`` between two parts."""
    if text.startswith(" ,", position):
        position += 1
    if position < limit and text[position] == ",":
        position += 1
    return _skip_spaces(text, position, limit)


def _date_at(lexicon: Lexicon, text: str, position: int, limit: int) -> regex.Match[str] | None:
    match = _DATE.match(text, position, limit)
    if match is None or _month_number(lexicon, match.group("month")) is None:
        return None
    weekday = match.group("weekday")
    if weekday is not None and weekday.casefold() not in _weekdays(lexicon):
        return None
    return match


def _read_agency(state: ParseState, candidate: _Candidate, position: int, limit: int) -> int:
    """Read ``(AGENCY)``, ``/AGENCY/`` or ``, Reuter`` after the place/date."""
    text = state.text
    start = _after_comma(text, position, limit) if text.startswith(",", position) else position
    if start < limit and text[start] == " ":
        start += 1
    tag = _TAG.match(text, start, limit)
    if tag is None and text.startswith(", ", position):
        tag = _BARE_AGENCY.match(text, position, limit)
        if tag is not None and state.lexicon.agency(tag.group("agency")) is None:
            tag = None
    if tag is None:
        return position
    if candidate.place is None and _city_in_brackets(state, candidate, tag):
        return tag.end()
    candidate.agency = tag.group("agency")
    if tag.groupdict().get("dashes") is not None:
        # "--(Business Wire)--" holds the separator itself; the lede follows.
        candidate.separator = "--"
    return tag.end()


def _city_in_brackets(state: ParseState, candidate: _Candidate, tag: regex.Match[str]) -> bool:
    """Indian pages print the city after the date: "Monday, January 14, 2008 (Mumbai):"."""
    name = tag.group("agency")
    cities = _lower_set(state.lexicon, "dateline_cities", state.lexicon.dateline_cities)
    if state.lexicon.agency(name) is not None or " ".join(name.split()).casefold() not in cities:
        return False
    candidate.place = _PLACE.match(state.text, tag.start("agency"), tag.end("agency"))
    candidate.location_end = tag.end("agency")
    return candidate.place is not None


# --- deciding ----------------------------------------------------------------------------


def _accepted(
    state: ParseState, index: int, block: Block, candidate: _Candidate, after_prose: bool
) -> bool:
    """Whether the parts read make a dateline, given what follows them."""
    if not _well_formed(state, candidate, after_prose):
        return False
    own_line = _LINE_END.fullmatch(state.text, candidate.end, block.end) is not None
    if not _lede_follows(state, index, candidate, block, own_line):
        return False
    return _strong_enough(state, index, candidate, own_line)


def _well_formed(state: ParseState, candidate: _Candidate, after_prose: bool) -> bool:
    """Short; no label word in the place; a date that is not a time stamp; a likely agency."""
    lexicon = state.lexicon
    if candidate.end <= candidate.start or candidate.end - candidate.start > _WINDOW:
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
    return candidate.agency_known or (_plausible_agency(agency) and candidate.separator in _DASHES)


def _strong_enough(state: ParseState, index: int, candidate: _Candidate, own_line: bool) -> bool:
    """Whether the parts are enough for the separator printed after them."""
    lexicon = state.lexicon
    separator = candidate.separator
    has_place = candidate.place is not None
    if candidate.date is not None and (has_place or candidate.agency is not None):
        return True
    if candidate.agency is not None:
        # Without a separator ("TORONTO (AP) Raptors"), only a known agency and a sure place.
        return separator is not None or (
            candidate.agency_known and has_place and _strong_place(lexicon, candidate)
        )
    if candidate.date is not None:  # a date alone, no agency: the 1987 "APRIL 7 -" wire
        return (
            separator in ("-", "--")
            and not candidate.date.group("year")
            and _just_below_headline(state, index)
        )
    if not has_place:
        return False
    if separator in _DASHES:
        # "Colombo -" is a dateline, "Mehmet Oz — Ivy League-trained surgeon" is not.
        return _strong_place(lexicon, candidate)
    if separator == ":":
        return _known_city(lexicon, candidate) or _known_region(lexicon, candidate)
    if separator is None and own_line:
        return _known_city(lexicon, candidate) or _all_caps_with_region(candidate)
    return False


def _strong_after_deck(candidate: _Candidate) -> bool:
    """Below prose only a dated or tagged dateline, or an all-caps one with a separator or a
    region, is trusted."""
    if candidate.date is not None or candidate.agency is not None:
        return True
    if candidate.separator is None:
        return _all_caps_with_region(candidate)  # "BAAR, SWITZERLAND" on its own line
    return (
        candidate.place is not None
        and candidate.place.group("place").isupper()
        and candidate.separator in (*_DASHES, ":")
    )


def _lede_follows(
    state: ParseState, index: int, candidate: _Candidate, block: Block, own_line: bool
) -> bool:
    """The story goes on after the dateline: in the same block, or in the next one."""
    if own_line:
        following = _next_body_block(state, index)
        if following is None:
            return False
        return candidate.date is not None or _is_prose(state.block_text(following))
    strong = candidate.date is not None or candidate.agency_known
    # Wire copy may start the lede in lower case ("WASHINGTON, March 3 - the U.S. ...").
    lede_start = _ANY_LEDE_START if strong and candidate.separator else _LEDE_START
    if lede_start.match(state.text, candidate.end, block.end) is None:
        return False
    if not strong and not _lede_reads_as_story(state, index, candidate, block):
        return False
    if _GETTY_CAPTION_DATE.match(state.text, candidate.end, block.end):
        return False  # "WASHINGTON, DC - NOVEMBER 19: Former ..." opens a Getty caption
    # Without a separator the lede must start a new word right after a space.
    return candidate.separator is not None or state.text[candidate.end : candidate.end + 1] == " "


def _lede_reads_as_story(
    state: ParseState, index: int, candidate: _Candidate, block: Block
) -> bool:
    """After a bare place, running prose, not a teaser line ("MIAMI: Orangutan dies")."""
    lede = state.text[candidate.end : block.end].strip()
    if lede.endswith(("...", "…")):
        return False
    words = [word for word in _WORD_RE.findall(lede[:300]) if not word.isdigit()]
    lower = sum(word.islower() for word in words)
    if lower * 3 < len(words):
        return False  # a row of names or menu words
    if len(words) >= _SHORT_LEDE_WORDS:
        return True
    if candidate.separator in _DASHES and _just_below_headline(state, index):
        return True  # wire tables: "CALGARY, Alberta - Qtr ends Dec 31"
    following = _next_body_block(state, index)
    return len(words) >= 3 and following is not None and _is_prose(state.block_text(following))


def _has_non_place_word(lexicon: Lexicon, candidate: _Candidate) -> bool:
    """A label word, a weekday or a month in the place: "Published", "Wednesday", "Nov."."""
    assert candidate.place is not None
    not_places = _lower_set(lexicon, "not_places", lexicon.not_places)
    weekdays = _weekdays(lexicon)
    for word in candidate.place.group("place").split():
        folded = word.casefold()
        if folded in not_places or folded in weekdays or _is_month(lexicon, word):
            return True
    return False


def _date_fits_dateline(state: ParseState, candidate: _Candidate) -> bool:
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


def _strong_place(lexicon: Lexicon, candidate: _Candidate) -> bool:
    """An all-caps city, a city with a region, or a known city."""
    if candidate.place is None:
        return False
    return (
        candidate.place.group("place").isupper()
        or bool(candidate.regions)
        or _known_city(lexicon, candidate)
    )


def _known_region(lexicon: Lexicon, candidate: _Candidate) -> bool:
    """A region from the table, or any region in brackets ("Amritsar (Punjab):")."""
    if not candidate.regions:
        return False
    region = candidate.regions[-1]
    if region.group(0).lstrip().startswith(("(", "[")):
        return True
    return region_key(region.group("region")) in _regions(lexicon)


def _all_caps_with_region(candidate: _Candidate) -> bool:
    """A place in capitals with a region after a comma: "BAAR, SWITZERLAND", "AUBURN, Wash."."""
    return (
        candidate.place is not None
        and candidate.place.group("place").isupper()
        and bool(candidate.regions)
        and candidate.regions[0].group(0).lstrip().startswith(",")
    )


def _known_city(lexicon: Lexicon, candidate: _Candidate) -> bool:
    if candidate.place is None:
        return False
    cities = _lower_set(lexicon, "dateline_cities", lexicon.dateline_cities)
    return " ".join(candidate.place.group("place").split()).casefold() in cities


def _just_below_headline(state: ParseState, index: int) -> bool:
    return index > 0 and state.blocks[index - 1].label == "headline"


# --- labelling ---------------------------------------------------------------------------


def _label(state: ParseState, index: int, block: Block, candidate: _Candidate) -> None:
    end = candidate.end
    # Trailing spaces of the separator are not part of the dateline.
    while end > candidate.start and state.text[end - 1] in " \n":
        end -= 1
    if _LINE_END.fullmatch(state.text, end, block.end) is None:
        head, rest = state.split_block(index, end)
        if not rest.is_body:
            state.mark_body(rest)  # the lede of a block the page classifier guessed was chrome
    else:
        head = _with_agency_line(state, index, block, candidate)
    state.mark(head, "dateline", _model(state, candidate, Span(head.start, head.end)))


def _with_agency_line(state: ParseState, index: int, block: Block, candidate: _Candidate) -> Block:
    """A dateline on its own line may have its agency on the next: "VENTURA, Calif." / "(AP)"."""
    if candidate.agency is not None or index + 1 >= len(state.blocks):
        return block
    following = state.blocks[index + 1]
    tag = _TAG.fullmatch(state.text, following.start, following.end)
    if not following.is_body or tag is None or tag.group("dashes") is not None:
        return block
    if state.lexicon.agency(tag.group("agency")) is None:
        return block
    candidate.agency = tag.group("agency")
    return state.merge_blocks(index, index + 1)


def _model(state: ParseState, candidate: _Candidate, span: Span) -> Dateline:
    source = state.source
    lexicon = state.lexicon
    location = city = region = None
    if candidate.place is not None:
        location = _clean(source[candidate.place.start() : candidate.location_end])
        city = _clean(candidate.place.group("place"))
        if candidate.regions:
            region = _spelled_out(lexicon, _clean(candidate.regions[-1].group("region")))
    date_text = date = None
    if candidate.date is not None:
        date_text = _clean(candidate.date.group("date"))
        date = _resolve(state, candidate.date)
    agency = None
    if candidate.agency is not None:
        printed = " ".join(candidate.agency.split())
        agency = lexicon.agency(printed) or printed
    return Dateline(
        text=span.slice(source),
        location=location,
        city=city,
        region=region,
        date_text=date_text,
        date=date,
        agency=agency,
        span=span,
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


def _spelled_out(lexicon: Lexicon, region: str) -> str:
    return _regions(lexicon).get(region_key(region), region)


def _regions(lexicon: Lexicon) -> dict[str, str]:
    return lexicon.cached("dateline.regions", _region_index)


def _region_index(lexicon: Lexicon) -> dict[str, str]:
    index: dict[str, str] = {}
    for spelling, name in lexicon.region_names:
        index.setdefault(region_key(spelling), name)
    return index


# --- dates -------------------------------------------------------------------------------


def _resolve(state: ParseState, match: regex.Match[str]) -> dt.date | None:
    month = _month_number(state.lexicon, match.group("month"))
    day = int(match.group("day"))
    year = match.group("year")
    if month is None or month == 0:
        return None
    return resolve_date(
        month, day, year=int(year) if year else None, reference=state.reference_date
    )


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


def _month_number(lexicon: Lexicon, word: str) -> int | None:
    """The month a printed word names; 0 for a typo close to two months; None for no month."""
    key = word.casefold().rstrip(".")
    exact, spellings = lexicon.cached("dateline.months", _month_index)
    if key in exact:
        return exact[key]
    if len(key) < 4:  # "Bay 18" is not "May 18"
        return None
    close = {month for spelling, month in spellings if _one_edit_apart(key, spelling)}
    if len(close) == 1:
        return close.pop()
    return 0 if close else None


def _is_month(lexicon: Lexicon, word: str) -> bool:
    return word.casefold().rstrip(".") in lexicon.cached("dateline.months", _month_index)[0]


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


def _weekdays(lexicon: Lexicon) -> frozenset[str]:
    return _lower_set(lexicon, "weekdays", lexicon.weekdays)


def _lower_set(lexicon: Lexicon, key: str, words: tuple[str, ...]) -> frozenset[str]:
    return lexicon.cached(
        f"dateline.{key}", lambda _: frozenset(" ".join(w.split()).casefold() for w in words)
    )
