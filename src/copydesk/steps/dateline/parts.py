"""Reading a dateline's parts at the start of a block: place, regions, date, agency, separator.

Each part is a small anchored pattern read after the one before, so nothing backtracks over
the whole text and at most :data:`WINDOW` characters are read. :func:`read` returns what it
found as a :class:`Candidate`; whether the parts make a dateline is decided in
:mod:`~copydesk.steps.dateline.decide`.
"""

from __future__ import annotations

import attrs
import regex

from copydesk._state import ParseState
from copydesk.lexicon.places import region_key
from copydesk.reading.dates import date_at, is_month
from copydesk.steps.dateline.words import is_known_city_name, regions

__all__ = [
    "DASHES",
    "LEADING_DASH",
    "LINE_END",
    "MAX_BARE_AGENCY_CHARS",
    "TAG",
    "WINDOW",
    "Candidate",
    "agency_line",
    "agency_lines",
    "glued_to_word",
    "read",
    "skip_spaces",
]

# A dateline is short: only this much of a block is read.
WINDOW = 160
_MAX_PLACE_WORDS = 5
# A bare agency name on its own line ("CNN") is short.
MAX_BARE_AGENCY_CHARS = 40

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
# "(AP)", "( Reuters )", "(Reuters Life!)", "/TASS/", "/PRNewswire/", "--(Business Wire)--"
_AGENCY_NAME = r"[\p{L}][\p{L}\d.!&'’-]*(?:[ /][\p{L}\d][\p{L}\d.!&'’-]*){0,3}"
TAG = regex.compile(
    rf"(?:\([ ]?(?P<agency>{_AGENCY_NAME})[ ]?\)"
    rf"|\.?[ ]?/(?P<agency>{_AGENCY_NAME})/"
    rf"|[ ]?--[ ]?\((?P<agency>{_AGENCY_NAME})\)[ ]?--(?P<dashes>))"
)
# ", Reuter -" (1987) and "Wellington, PTI:": a known agency after a comma, without brackets.
_BARE_AGENCY = regex.compile(rf",[ ](?P<agency>{_AGENCY_NAME})(?=[ ]?[-—–:])")
# "SYDNEY, Nov 2 AAP - ": a known agency right after the date, without a comma or brackets.
_BARE_AGENCY_AFTER_DATE = regex.compile(rf"[ ](?P<agency>{_AGENCY_NAME})(?=[ ]?[-—–:])")
_SEPARATOR = regex.compile(
    r",?(?:[ ]?(?P<sep>—|–|―|--+|:|\.-)|[ ](?P<sep>[-_])|(?<=[\d\p{L}.)])(?P<sep>-)|(?P<sep>\.))"
    r"(?=[ \n]|$|(?<=[—–―]|--)[\p{L}\d\"“‘'])"
)
LINE_END = regex.compile(r"[ ]*$")
DASHES = ("—", "–", "―", "--", "---", "-", "_")
# Old CNN copy opens with a dash: "- (CNN) - ...".
LEADING_DASH = regex.compile(r"[-–—][ ](?=\()")


@attrs.define
class Candidate:
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


def read(state: ParseState, start: int, end: int) -> Candidate | None:
    """Read the dateline parts at *start*; None when the block does not open with one."""
    text = state.text
    limit = min(end, start + WINDOW)
    lead_start = start + 2 if LEADING_DASH.match(text, start, limit) else start
    lead = TAG.match(text, lead_start, limit)
    if lead is None or lead.group("dashes") is not None:
        candidate = Candidate(start=start)
        return candidate if _read_rest(state, candidate, start, limit, agency=True) else None
    # Tag first: "(ANSA) - Rome, September 10 -", "(PressMediaWire) NEW YORK, Jan. 7 --".
    separator = _SEPARATOR.match(text, lead.end(), limit)
    after_tag = separator.end() if separator is not None else lead.end()
    candidate = Candidate(start=start, agency=lead.group("agency"))
    place_start = skip_spaces(text, after_tag, limit)
    if _read_rest(state, candidate, place_start, limit, agency=False) and candidate.separator:
        return candidate
    if separator is None:
        if glued_to_word(text, lead.end()) or text[lead.end() : lead.end() + 1] in (" ", "\n", ""):
            # The scrape dropped the dash, or the space too, or put the tag on a line of its
            # own: "(Reuters)Three weeks after ...", "(Reuters)" / "Three weeks after ...";
            # decide.py trusts it only for a known agency before a sentence.
            return Candidate(start=start, end=lead.end(), agency=lead.group("agency"))
        return None
    # Tag only: "(Bloomberg) --".
    return Candidate(
        start=start, end=after_tag, agency=lead.group("agency"), separator=separator.group("sep")
    )


def _read_rest(
    state: ParseState, candidate: Candidate, position: int, limit: int, *, agency: bool
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
    state: ParseState, candidate: Candidate, position: int, limit: int
) -> int:
    """Reprints such as ``"PUTRAJAYA, Malaysia — (AP) —"`` repeat the separator after the tag."""
    start = skip_spaces(state.text, position, limit)
    tag = TAG.match(state.text, start, limit)
    if tag is None or tag.group("dashes") is not None:
        return position
    separator = _SEPARATOR.match(state.text, tag.end(), limit)
    if separator is None or separator.group("sep") not in DASHES:
        return position
    candidate.agency = tag.group("agency")
    return separator.end()


def _stray_period(text: str, separator: regex.Match[str]) -> bool:
    """A lone ``.`` separates only after a slashed tag (``/TASS/.``)."""
    return separator.group("sep") == "." and text[separator.start() - 1 : separator.start()] != "/"


def glued_to_word(text: str, position: int) -> bool:
    """Whether a capitalised word starts right at *position*, after a closing bracket: an
    agency tag the scrape glued to the lede's first word (``(AP)The``)."""
    return text[position - 1 : position] == ")" and text[position : position + 1].isupper()


def skip_spaces(text: str, position: int, limit: int) -> int:
    """The first offset from *position* (up to *limit*) that is not a space or line break."""
    while position < limit and text[position] in " \n":
        position += 1
    return position


def _read_place_and_date(
    state: ParseState, candidate: Candidate, position: int, limit: int
) -> int | None:
    """Read PLACE [REGION]* [DATE], or a DATE alone; return the offset after them."""
    text = state.text
    lexicon = state.lexicon
    date = date_at(lexicon, text, position, limit)
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
        if date_at(lexicon, text, _after_comma(text, position, limit), limit) is not None:
            break
        region = _REGION.match(text, position, limit)
        if region is None or not _is_region(state, region, limit):
            break
        candidate.regions.append(region)
        position = candidate.location_end = region.end()
    date = date_at(lexicon, text, _after_comma(text, position, limit), limit)
    if date is not None:
        candidate.date = date
        position = date.end()
    return position


def _date_after_loose_place(state: ParseState, position: int, limit: int) -> bool:
    """Whether ``", DATE"`` follows *position*."""
    text = state.text
    if not text.startswith((",", " ,"), position):
        return False
    return date_at(state.lexicon, text, _after_comma(text, position, limit), limit) is not None


def _is_region(state: ParseState, region: regex.Match[str], limit: int) -> bool:
    """Whether a part read as a region is one, not a month, an agency or a bracketed tag."""
    name = region.group("region")
    if is_month(state.lexicon, name):
        return False
    if state.lexicon.agency(name) is not None and region_key(name) not in regions(state.lexicon):
        return False  # "Wellington, PTI:"; but "ALLENTOWN, PA, March 11" names a state
    if region.group(0).lstrip().startswith("("):
        # "Kyiv (Ukraine) (AFP)", "GOLD COAST (Australia), Dec 30": a region in brackets is
        # followed by the tag or the date; a last bracket is the agency ("(Sports Network)").
        following = state.text[region.end() : min(limit, region.end() + 2)]
        if following.startswith(":"):
            # "Amritsar (Punjab): ...", but "Astronaut (NR): 7 saves" holds no region.
            return not name.isupper()
        return following.startswith((",", " (", "("))
    return True


def agency_line(state: ParseState, start: int, end: int) -> regex.Match[str] | None:
    """A known agency's tag alone on its line, a dash after it or not: ``(AP)``, ``(AP) —``
    under a dateline that stands on a line of its own."""
    tag = TAG.match(state.text, start, end)
    if tag is None or tag.group("dashes") is not None:
        return None
    if state.lexicon.agency(tag.group("agency")) is None:
        return None
    rest = state.text[tag.end() : end].strip()
    return tag if not rest or rest in DASHES else None


def agency_lines(state: ParseState, index: int) -> tuple[str, int] | None:
    """The agency printed on the line(s) under a dateline that stands alone in the block at
    *index*: a known agency's tag (``(AP)``, ``(AP) —``), or, as broadcasters' pages print
    it, the bare name and its dash on lines of their own (``CNN`` / ``—``).

    Returns the agency as printed and the index of the last block it takes.
    """
    blocks = state.blocks
    if index + 1 >= len(blocks) or not blocks[index + 1].claimable:
        return None
    following = blocks[index + 1]
    tag = agency_line(state, following.start, following.end)
    if tag is not None:
        return tag.group("agency"), index + 1
    # The bare name is trusted only with its dash alone on the next line: a known agency's
    # name alone under a place may be a credit or a site's name.
    name = state.block_text(following).strip()
    if len(name) > MAX_BARE_AGENCY_CHARS or state.lexicon.agency(name) is None:
        return None
    if index + 2 >= len(blocks) or not blocks[index + 2].claimable:
        return None
    if state.block_text(blocks[index + 2]).strip() not in DASHES:
        return None
    return name, index + 2


def _after_comma(text: str, position: int, limit: int) -> int:
    """Skip ``", "``, ``" , "``, ``","`` or ``" "`` between two parts."""
    if text.startswith(" ,", position):
        position += 1
    if position < limit and text[position] == ",":
        position += 1
    return skip_spaces(text, position, limit)


def _read_agency(state: ParseState, candidate: Candidate, position: int, limit: int) -> int:
    """Read ``(AGENCY)``, ``/AGENCY/`` or ``, Reuter`` after the place/date."""
    text = state.text
    start = _after_comma(text, position, limit) if text.startswith(",", position) else position
    if start < limit and text[start] == " ":
        start += 1
    tag = TAG.match(text, start, limit)
    if tag is None and text.startswith("\n", start):
        # "VENTURA, Calif." / "(AP) — ...": a known agency's tag on a line below.
        tag = TAG.match(text, skip_spaces(text, start, limit), limit)
        if tag is not None and state.lexicon.agency(tag.group("agency")) is None:
            tag = None
    if tag is None and text.startswith(", ", position):
        tag = _BARE_AGENCY.match(text, position, limit)
        if tag is not None and state.lexicon.agency(tag.group("agency")) is None:
            tag = None
    if tag is None and candidate.date is not None and position == candidate.date.end():
        tag = _BARE_AGENCY_AFTER_DATE.match(text, position, limit)
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


def _city_in_brackets(state: ParseState, candidate: Candidate, tag: regex.Match[str]) -> bool:
    """Indian pages print the city after the date: "Monday, January 14, 2008 (Mumbai):"."""
    name = tag.group("agency")
    if state.lexicon.agency(name) is not None or not is_known_city_name(state.lexicon, name):
        return False
    candidate.place = _PLACE.match(state.text, tag.start("agency"), tag.end("agency"))
    candidate.location_end = tag.end("agency")
    return candidate.place is not None
