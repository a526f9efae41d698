"""Credit trailers and sign-offs: the lines under the story that credit its reporters.

``(Reporting by A and B; Editing by C)``, ``(Additional reporting by A in Paris)``, ``A
contributed to this report.``, ``Contributing: A``, and a writer signing off under the
last paragraph (``— Jane Doe``, ``Posted by Jane Doe at <date>``). Editors go to
:attr:`~copydesk.Byline.editors`, never to ``names``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk._models import Byline
from copydesk._state import BODY, CHROME, ParseState
from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Lexicon
from copydesk.reading.names import (
    LIST_AND,
    LIST_COMMA,
    TRAILING_PUNCTUATION,
    clean_name,
    name_list,
    opens_with_given_name,
    place_pattern,
    trimmed_end,
)
from copydesk.steps.bylines.authors import split_tail
from copydesk.steps.bylines.bare import opens_stamp_line, reads_as_writer
from copydesk.steps.bylines.extras import (
    agency_named,
    classify_extra,
    is_capitalised,
    is_outlet,
    organization_in_role,
)
from copydesk.steps.bylines.layout import (
    Prose,
    first_body_index,
    first_prose_index,
    headline_index,
    is_paragraph,
    last_prose_index,
)
from copydesk.steps.bylines.parts import (
    MAX_BARE_BYLINE_CHARS,
    read_author,
    read_name_part,
)
from copydesk.steps.bylines.words import BylineWords, Reading

__all__ = ["find_trailers", "may_hold_trailer_lead", "trailer_leads"]

# A trailer is at most this long (longer blocks are never read).
_MAX_TRAILER_CHARS = 400
# How far below the last body paragraph a trailer may stand (a share row may come between).
_TRAILER_BLOCKS_BELOW = 4
# A writer's name signing off the story stands right under its last paragraph.
_SIGN_OFF_BLOCKS_BELOW = 2
# "— Jane Doe", ". . . Jane Doe", and "With Jane Doe" (a colleague who helped, under the
# writer's trailer).
_SIGN_OFF_DASH = regex.compile(r"^(?:--?\s*|[–—]\s*|(?:\.\s?){3}\s*|…\s*|(?i:with)\s+(?=\p{Lu}))")

# What stands between a footer's names and its date: "Jane Doe on 2025-12-18", "| May 2".
_BEFORE_DATE = regex.compile(r"(?i)^[\s,|•·–—-]*(?:(?:on|at)\s+)?")
# "... said. (Reporting by Jane Doe; Editing by John Roe)": a trailer in the paragraph's end.
_GLUED_TRAILER_OPEN = regex.compile(r"(?<=\s)\((?=[^()]{5,400}\)\s*$)")
# What may stand before a glued trailer on its line: nothing, or the story's source
# ("Source: Relief Wire (www.example.org) (Reporting by ...)").
_LINE_BEFORE_TRAILER = regex.compile(r"(?i)\s*|source\s*:[^\n]{0,120}")
# "... click below. -- Jane Doe": a writer's dashed sign-off at a paragraph's end.
_GLUED_SIGN_OFF = regex.compile(r"(?<=[.!?\"”])\s+(?:--|[–—])\s*(?=[^\n.!?]{5,60}$)")
# A cited work's title closes the sentence before "– Jane Doe" with this many capitalised
# words in a row (its small words aside): "... is Why Isn't Functional Programming the Norm?".
_MIN_CITED_TITLE_WORDS = 4
_MAX_CITED_TITLE_CHARS = 120
_TITLE_WORD = regex.compile(r"[\w'’-]+")
# "Associated Press writer A in Paris contributed to this report."
_CONTRIBUTED = regex.compile(
    r"""(?ix)
    ^[\s(—–-]*(?P<who>.{3,300}?)\s+contributed
    (?:\s+(?:reporting|research|to\s+th(?:is|e)\s+(?:report|story|article)))*
    (?:\s+(?:from|in)\s+[^.]{1,80})?\s*[.)]*\s*$"""
)


def find_trailers(state: ParseState, words: BylineWords, prose: Prose) -> None:
    """Label the credit trailers and sign-offs under the story's first paragraph."""
    headline = headline_index(state)
    # Trailers stand below the lede. In a brief of short paragraphs the lede may not read as
    # prose (while a trailer with an initial, "John A. Roe", may): the first body paragraph
    # under the headline counts then.
    first_prose = min(first_prose_index(state, headline, prose), first_body_index(state, headline))
    last_body = max((index for index, _ in state.body_blocks()), default=-1)
    last_prose = last_prose_index(last_body, prose)
    if last_prose > first_prose and _dated_footer(state, words, last_prose):
        # "Posted by Jane Doe on 2025-12-18 in civic.": a post's footer that reads as a
        # sentence is no paragraph of the story, but its sign-off (feat/authors-11).
        last_prose = last_prose_index(last_prose - 1, prose)
    index = first_prose
    # A comment thread repeats "Posted by X on <date>" under each comment: only the first
    # dated sign-off under a paragraph is the story's.
    dated_sign_off_seen = False
    while index + 1 < len(state.blocks):
        index += 1
        block = state.blocks[index]
        # (The label read once: a text of many short lines has this asked of every line.)
        is_body = block.label == BODY
        claimable = is_body or (block.label == CHROME and block.guessed)
        # Just below the article, a line the page classifier guessed was footer may be the
        # story's "(Reporting by ...)" trailer: its wording is surer evidence than the guess.
        below_article = claimable and index <= last_body + _TRAILER_BLOCKS_BELOW
        # A blog post's "Posted by Jane Doe at <date>" right under a paragraph of the story,
        # in a line the classifier guessed was part of the comments below.
        under_paragraph = claimable and not is_body and is_paragraph(state, index - 1)
        if not (is_body or below_article or under_paragraph):
            continue
        sign_off_zone = last_prose < index <= last_prose + _SIGN_OFF_BLOCKS_BELOW
        cut = _split_glued_trailer(
            state,
            words,
            index,
            last_prose=last_prose,
            sign_off=(sign_off_zone or under_paragraph) and not dated_sign_off_seen,
        )
        if cut:
            dated_sign_off_seen |= cut == "sign-off"
            last_body += 1
            last_prose += index < last_prose
            index -= 1  # read what is left of the block again
            continue
        if block.end - block.start > _MAX_TRAILER_CHARS:
            continue
        text = state.block_text(block)
        found = _read_trailer(state.lexicon, words, text)
        if found is None and (sign_off_zone or (under_paragraph and words.leads.match(text))):
            found = _read_sign_off(state, words, text)
        if found is None:
            continue
        reading, editors, kind = found
        if not (reading.names or editors or reading.organization or reading.role):
            continue  # a lone "Written by" label: the names stand on the next line
        byline = Byline(
            text=state.source_text(block),
            names=state.share(tuple(reading.names)),
            organization=reading.organization,
            role=reading.role,
            kind=kind,
            editors=tuple(editors),
            span=block.span,
        )
        state.mark(block, "byline", byline)


def _dated_footer(state: ParseState, words: BylineWords, index: int) -> bool:
    """Whether ``blocks[index]`` is one short line with a lead-in, names and then a date
    (``Posted by Jane Doe on 2025-12-18 in civic.``)."""
    text = state.block_text(state.blocks[index])
    if len(text) > MAX_BARE_BYLINE_CHARS or "\n" in text or words.leads.match(text) is None:
        return False
    reading, end = read_author(state, words, text)
    if reading is None or not reading.names or end >= len(text):
        return False
    return opens_stamp_line(_BEFORE_DATE.sub("", text[end:], count=1))


def _split_glued_trailer(
    state: ParseState, words: BylineWords, index: int, *, last_prose: int, sign_off: bool
) -> str:
    """Cut a trailer or sign-off off the block it was glued to; what was cut ("" if nothing).

    * ``... said. (Reporting by A; Editing by B)``: a bracketed trailer that ends the block;
    * ``... click below. -- Jane Doe``: a dashed sign-off that ends the story's last paragraph;
    * under the story, ``By Jane Doe | January 14, 2008`` as the first line of a block that
      runs on (``Previous: ...``): the byline line is cut off, its date too.
    """
    block = state.blocks[index]
    text = state.block_text(block)
    window = max(0, len(text) - _MAX_TRAILER_CHARS)
    # (Most blocks hold no bracket at all: a find is far cheaper than the search.)
    has_bracket = text.find("(", window) >= 0
    openings = _GLUED_TRAILER_OPEN.finditer(text, window) if has_bracket else ()
    for opening in openings:
        line_start = text.rfind("\n", 0, opening.start()) + 1
        if not _LINE_BEFORE_TRAILER.fullmatch(text, line_start, opening.start()):
            continue  # "... said. (Reporting by A)" in the sentence's line: the paragraph's
        if _read_role_trailer(state.lexicon, words, text[opening.start() :]) is not None:
            state.split_block(index, block.start + opening.start())
            return "trailer"
    if index == last_prose:
        dash = _GLUED_SIGN_OFF.search(text, max(0, len(text) - 70))
        if dash is not None:
            names = name_list(words.names, text[dash.end() :])
            if (
                names
                and all(reads_as_writer(words, name) for name in names)
                and not _cites_work(state.lexicon, text[: dash.start()])
            ):
                state.split_block(index, block.start + dash.start())
                return "dash"
    if not sign_off:
        return ""
    first_line, newline, _ = text.partition("\n")
    if words.leads.match(first_line) is None:
        return ""
    reading, end = read_author(state, words, first_line)
    if reading is None or not reading.names or not (newline or end < len(first_line)):
        return ""
    if newline:
        state.split_block(index, block.start + len(first_line))
    if end < len(first_line):
        split_tail(state, index, block.start + end)
    # Labelled as read: read again without its date, "Posted by jroe" would name no one.
    line = state.blocks[index]
    byline = Byline(
        text=state.source_text(line),
        names=state.share(tuple(reading.names)),
        organization=reading.organization,
        role=reading.role,
        span=line.span,
    )
    state.mark(line, "byline", byline)
    return "sign-off"


def _cites_work(lexicon: Lexicon, before: str) -> bool:
    """Whether the sentence before a glued dash ends with a work's title in title case
    (``Good video on this is Why Isn't Functional Programming the Norm?``): the name after
    the dash is the work's author (a talk, a book, a song), not the story's writer signing
    off, whose last sentence ends in ordinary words (``... see you next week. — Jane``)."""
    small = frozenset(lexicon.title_small_words)
    capitalised = 0
    for word in reversed(_TITLE_WORD.findall(before[-_MAX_CITED_TITLE_CHARS:])):
        if word[:1].isupper():
            capitalised += 1
        elif word not in small:
            break
    return capitalised >= _MIN_CITED_TITLE_WORDS


def _read_sign_off(
    state: ParseState, words: BylineWords, text: str
) -> tuple[Reading, list[str], str] | None:
    """A writer signing off under the story: ``— Jane Doe``, ``Jane Doe, Sportsdesk.com``,
    ``Submitted by Jane Doe``.

    Without a dash or a lead-in the line must name an outlet too, a web address or a known
    agency (``Jane Doe, Sportsdesk.com``): a bare name under a story is as often the first
    item of a list of related links or comments, and a name with a job title (``Jane Doe,
    Head of Design``) the customer under a testimonial's quotation (feat/authors-12).
    """
    dash = _SIGN_OFF_DASH.match(text)
    if len(text) > MAX_BARE_BYLINE_CHARS or text.startswith("(") or "/" in text:
        return None  # a photo credit, or a bracketed source sign-off
    if dash is not None and dash.end() < len(text):
        reading = _dashed_names(state, words, text[dash.end() :])
        if reading is not None:
            kind = "contributor" if dash.group().strip().casefold() == "with" else "author"
            return reading, [], kind
        return None
    reading, end = read_author(state, words, text)
    if reading is None or end != len(text) or not reading.names:
        return None
    if not (words.leads.match(text) or _names_outlet(state.lexicon, reading)):
        return None  # "Submitted by Jane Doe" signs off; a bare "Jane Doe" may not
    return reading, [], "author"


def _names_outlet(lexicon: Lexicon, reading: Reading) -> bool:
    """Whether the organisation a sign-off names is an outlet: a web address or a known
    agency, printed without a job title."""
    organization = reading.organization
    if organization is None or reading.role is not None:
        return False
    if WEB_DOMAIN.search(organization) is not None:
        return True
    return agency_named(lexicon, organization) is not None


def _dashed_names(state: ParseState, words: BylineWords, signed: str) -> Reading | None:
    """The writers after a sign-off's dash: ``Jane Doe``, ``Jane Doe, Associated Press``
    (the outlet or job title noted); every name opens with a given name."""
    names = name_list(words.names, signed)
    reading: Reading | None = Reading(names=names) if names else None
    if reading is None:
        reading, end = read_author(state, words, signed)
        if end != len(signed):
            return None
    if reading is None or not reading.names:
        return None
    return reading if all(reads_as_writer(words, name) for name in reading.names) else None


def _read_trailer(
    lexicon: Lexicon, words: BylineWords, text: str
) -> tuple[Reading, list[str], str] | None:
    """(reading, editors, kind) of a credit trailer, or None."""
    found = _read_role_trailer(lexicon, words, text)
    if found is not None:
        return found
    return _read_contributed(lexicon, words, text)


_SPACE = regex.compile(r"\s")


def trailer_leads(words: BylineWords, text: str, end: int) -> Iterator[regex.Match[str]]:
    """The trailer leads (``Reporting by``) in ``text[:end]``, left to right, each at the
    start or after a space or one of ``(;,`` (``re-edited by`` holds none)."""
    if not may_hold_trailer_lead(words, text, end):
        return  # most blocks hold no lead's word at all
    position = 0
    while (lead := words.trailer.search(text, position, end)) is not None:
        start = lead.start()
        if start == 0 or text[start - 1] in "(;," or _SPACE.match(text, start - 1):
            yield lead
            position = lead.end()
        else:
            position = start + 1  # a lead may still start inside the one refused


def may_hold_trailer_lead(words: BylineWords, text: str, end: int) -> bool:
    """A cheap first test before the search for trailer leads in ``text[:end]``: whether
    one of the leads' key words is there, in any case (an ``in`` test per word is several
    times faster than the case-insensitive alternation of the leads).

    The case-insensitive search takes a character for an ASCII letter only when it
    casefolds to that letter, except the dotted capital I (``İ``, which casefolds to two
    characters): a text holding it is searched without this test.
    """
    if words.trailer_words is None or "\u0130" in text:
        return True
    folded = text[:end].casefold()
    # A plain loop: any() over a generator cost twice the tests, on every block of a page.
    for word in words.trailer_words:  # noqa: SIM110 - see above
        if word in folded:
            return True
    return False


def _read_role_trailer(
    lexicon: Lexicon, words: BylineWords, text: str
) -> tuple[Reading, list[str], str] | None:
    """``(Reporting by A and B in Beirut; Writing by C; Editing by D)``."""
    inner = text.strip().strip("()[]").strip()
    if next(trailer_leads(words, inner, _MAX_TRAILER_OUTLET_CHARS + 40), None) is None:
        return None
    inner = inner[: trimmed_end(inner, len(inner))]
    leads = list(trailer_leads(words, inner, len(inner)))
    if not leads:
        return None
    reading = Reading()
    if leads[0].start() != 0:
        # "City Herald with files from Jane Doe": the outlet that ran the story opens it.
        outlet = _trailer_outlet(lexicon, words, inner[: leads[0].start()])
        if outlet is None:
            return None
        reading.organization = outlet
    editors: list[str] = []
    kinds: list[str] = []
    for position, lead in enumerate(leads):
        end = leads[position + 1].start() if position + 1 < len(leads) else len(inner)
        listed = inner[lead.end() : end]
        listed = listed[: trimmed_end(listed, len(listed))].strip()
        kind = words.trailer_kinds[" ".join(lead.group().rstrip(": ").split()).casefold()]
        # "With a report from Channel 5's Jane Doe": the outlet, then the person.
        names = _possessive_names(lexicon, words, listed, reading)
        if names is None:
            listed = _outlet_in_capitals(lexicon, listed, reading)
            names = name_list(words.names, listed)
        if names is None:
            # "Contributing: Ann Lee, Medill News Service": names, then an outlet.
            mixed = read_name_part(lexicon, words, listed, has_lead=True)
            if mixed is not None and mixed.names:
                names = mixed.names
                reading.organization = reading.organization or mixed.organization
        if names is None and " " not in listed and opens_with_given_name(words.names, listed):
            names = [listed]  # "Written by Melissa": a writer signing with a given name
        if names is None:
            # "With files from the Canadian Press": an organisation, not persons.
            organization = agency_named(lexicon, listed)
            if organization is None and not is_capitalised(words, listed.split()[1:]):
                return None
            reading.organization = reading.organization or organization or listed
            names = []
        if kind == "editing":
            editors.extend(names)
        else:
            reading.names.extend(names)
        kinds.append(kind)
    return reading, editors, kinds[0]


# An outlet printed before a trailer's lead-in ("City Herald with files from ...").
_MAX_TRAILER_OUTLET_CHARS = 60
_POSSESSIVE = regex.compile(r"^(?P<outlet>[^'’]{2,60}?)['’]s\s+(?P<who>\S.*)$")


def _outlet_in_capitals(lexicon: Lexicon, listed: str, reading: Reading) -> str:
    """``Jane Doe and John Roe, USA TODAY``: the last item, in capitals after names in
    mixed case, is the outlet (noted in *reading*); return the list without it."""
    head, comma, last = listed.rpartition(",")
    last = last.strip()
    if not comma or not last.isupper() or head.isupper() or not head.strip():
        return listed
    reading.organization = reading.organization or agency_named(lexicon, last) or last
    return head


def _trailer_outlet(lexicon: Lexicon, words: BylineWords, prefix: str) -> str | None:
    """The outlet in *prefix*, the text before a trailer's first lead-in (None if none)."""
    prefix = prefix.strip(TRAILING_PUNCTUATION + "()")
    if not prefix or len(prefix) > _MAX_TRAILER_OUTLET_CHARS:
        return None
    organization, role = classify_extra(lexicon, words, prefix, after_separator=False)
    return organization if role is None else None


def _possessive_names(
    lexicon: Lexicon, words: BylineWords, listed: str, reading: Reading
) -> list[str] | None:
    """``CTV Toronto's Jane Doe`` -> ``["Jane Doe"]``, the outlet noted (None if no name)."""
    match = _POSSESSIVE.match(listed)
    if match is None:
        return None
    names = name_list(words.names, match.group("who").strip())
    outlet = match.group("outlet").strip()
    if not names or not is_capitalised(words, outlet.split()):
        return None
    reading.organization = reading.organization or agency_named(lexicon, outlet) or outlet
    return names


def _read_contributed(
    lexicon: Lexicon, words: BylineWords, text: str
) -> tuple[Reading, list[str], str] | None:
    """``Associated Press writer A in Paris contributed to this report.``"""
    match = _CONTRIBUTED.match(text) if "ontribut" in text else None
    if match is None:
        return None
    who = match.group("who")
    reading = Reading()
    organization = agency_named(lexicon, who)
    if organization is not None:
        reading.organization = organization
        return reading, [], "contributor"
    # "CNN's Mark Tan contributed ...": the outlet, then the person.
    names = _possessive_names(lexicon, words, who, reading)
    if names is not None:
        reading.names.extend(names)
        return reading, [], "contributor"
    if not _contributor_names(lexicon, words, who, reading):
        if not is_outlet(words, who.split(), who.casefold().split()):
            return None
        reading.organization = who
    return reading, [], "contributor"


def _contributor_names(lexicon: Lexicon, words: BylineWords, who: str, reading: Reading) -> bool:
    """Fill ``reading.names`` from ``AP writers A in X and B``; False if an item is no name."""
    place = place_pattern(lexicon)
    after_place = False  # the piece before named a place: "A in Trenton", "N.J."
    for item in LIST_COMMA.split(who):
        for piece in LIST_AND.split(item):
            piece = piece.strip()
            if not piece:
                continue
            bare = place.sub("", piece)
            name = _name_after_role(lexicon, words, bare, reading)
            if name is None:
                if reading.names and ((after_place and piece[0].isupper()) or place.search(who)):
                    continue  # the tail of a place: "in Johnstown, Pennsylvania"
                reading.names.clear()
                return False
            after_place = bare != piece
            reading.names.append(name)
    return bool(reading.names)


def _name_after_role(
    lexicon: Lexicon, words: BylineWords, piece: str, reading: Reading
) -> str | None:
    """``Associated Press writer Jane Doe`` -> ``Jane Doe`` (the organisation noted)."""
    name = clean_name(words.names, piece)
    if name is not None:
        return name
    tokens = piece.split()
    for cut in range(1, len(tokens) - 1):
        if tokens[cut - 1].casefold() not in words.role_heads:
            continue
        name = clean_name(words.names, " ".join(tokens[cut:]))
        if name is not None:
            organization = organization_in_role(lexicon, words, tokens[:cut])
            reading.organization = reading.organization or organization
            return name
    return None
