"""Bylines: who wrote the story, and the credit lines that close it.

Two kinds of block become :class:`~copydesk.Byline` parts:

* **author bylines** near the top of the article (before the first paragraphs of prose):
  ``By Jane Doe``, ``by JANE DOE, REUTERS``, ``Jane Doe, Associated Press``,
  ``Jane Doe | Reuters``, ``Jane Doe Staff Writer``, a lone ``By`` line followed by the
  names, a name line followed by an agency or job-title line (merged into one part);
* **credit trailers** after the first paragraph of prose: ``(Reporting by A and B; Editing
  by C)``, ``(Additional reporting by A in Paris)``, ``A contributed to this report.``,
  ``Contributing: A``.

A block is a byline only when *all* of it reads as one (names, agency, job title, place,
date), so ordinary sentences that open with "By" ("By 2030, ...", "By the way ...") never
are. Names come back in natural case, without places (``Tom Phillips in Rio`` gives
``"Tom Phillips"``); editors go to :attr:`~copydesk.Byline.editors`, never to ``names``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from copydesk._models import Byline
from copydesk._state import Block, ParseState
from copydesk._step import step
from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Lexicon
from copydesk.reading.prose import is_prose

__all__ = ["bylines", "natural_case", "parse_names"]

# A byline line is short; longer blocks are never read (this also bounds the matching cost).
_MAX_BYLINE_CHARS = 200
_MAX_TRAILER_CHARS = 400
_MAX_BARE_BYLINE_CHARS = 100
# A bare name line: up to this many blocks under the headline, names and name tokens.
_BARE_NAME_AFTER = 6
_MAX_BARE_NAMES = 2
_MAX_BARE_NAME_TOKENS = 4
# How many body blocks after a bare name line are searched for the name.
_NAMED_NEARBY_BLOCKS = 6
# A date, time stamp or contact tail after the names is at most this long.
_MAX_TAIL_CHARS = 90
# How many blocks past the first paragraph of prose an author byline may still stand.
_BLOCKS_AFTER_LEDE = 2
# Where a byline without "By" may stand, in blocks around the headline.
_NEAR_HEADLINE_BEFORE = 2
_NEAR_HEADLINE_AFTER = 6
# The lede is prose with at least this many prose blocks in the next few blocks.
_LEDE_WINDOW = 4
_LEDE_FOLLOWERS = 2
_MAX_NAME_TOKENS = 6
_MAX_ORG_WORDS = 8
# An outlet known by no outlet word ("Burnaby Now") is a few capitalised words.
_MAX_LOOSE_OUTLET_WORDS = 4
# An agency or job-title line merged under a byline is at most this long.
_MAX_FOLLOW_LINE_CHARS = 80
# An article prints a handful of author bylines (no dev document has more than three). A
# page of hundreds of "Jan 14 2008 by Andy Howell" lines is a listing; reading on would
# split a block per line, and each split shifts the rest of the block list (quadratic).
_MAX_AUTHOR_BYLINES = 64

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# Where a date, time stamp or contact detail starts after the names.
_TAIL = regex.compile(
    rf"""(?ix)
    (?:\s*(?:[|•·,/]|--?|[–—])\s*|\s+|(?<=[a-z])(?=[A-Z0-9]))
    (?=
        (?:(?:on|at)\s+)?(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d
      | (?:on\s+)?{_WEEKDAY}\s*[,|]?\s*(?:{_MONTH}\s+)?\d
      | \(?(?:contact|e-?mail)\b
      | more\s+(?:by|from)\s+this\s+(?:author|writer|reporter)\b
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s|,|$)
      | \d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}
      | (?:last\s+)?(?:updated|published|posted|modified)\b
      | \d+\s+comments?\b
      | \d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b(?:,?\s*\d+\s+\w+)?\s+ago\b
      | @\w
      | [\w.+-]+@[\w-]+\.\w
      | \(?\d{{3}}\)?[\s.-]\d{{3}}[\s.-]\d{{4}}
    )"""
)
# Page metadata before "by": "| By X", "Jan 14 2008 by X", "Posted: January 6, 2008 by X".
_DATED_LEAD = regex.compile(
    r"(?i)(?:[|•·–—-]\s*|(?=[^\n]{0,70}?\d)[^\n]{1,70}?[\s,|]\s*)(?=(?:posted\s+)?by\s)"
)
# A page's time stamp (not "March 3 -", which ends a dateline's place, nor the prices of a
# table row, "W COAST  4.50-4.55").
_STAMP = regex.compile(
    r"(?i)(?:published|posted|updated)\b|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d(?!\d)"
)
# Where a byline printed at the start of the lede paragraph may end.
_GLUED_SEPARATOR = regex.compile(r"\s+(?:--|[—–|])\s+")
# "... the floods. Then ...": a sentence ends inside (initials such as "J. " do not).
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?]\s")
_DATELINE_SHAPE = regex.compile(r"\p{Lu}[\p{Lu} .,'’—–-]*+\(")
# Separators between the parts of a byline: names | organisation | role.
_PART_SEPARATOR = regex.compile(r"\s*(?:[|•·;]|\s[-–—]+\s|--|\n|\((?=\s*\w)|\))\s*")
_LIST_AND = regex.compile(r"(?i)\s*,?\s*\b(?:and|&)\b\s*,?\s*|\s*&\s*")
_COMMA = regex.compile(r"\s*,\s*")
# "in Rio de Janeiro", "at Villa Park": a capitalised place that ends the item.
_PLACE = regex.compile(
    r"\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*"
    r"(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|do|du|of|the|la|el|al))*+\s*$"
)
# A user's handle after "By": letters with digits or an underscore ("JDOE27", "jane_doe").
_HANDLE = regex.compile(r"(?=[A-Za-z]{3})(?=\w*[\d_])[A-Za-z][A-Za-z0-9_]{3,19}")
_WORD = regex.compile(r"\S+")
_WORD_TOKEN = regex.compile(r"\w+")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}|(?:(?![AEIOUY])\p{Lu}){2}")
_NAME_WORD = regex.compile(r"(?:[dlo]['’])?\p{Lu}[\p{L}\p{M}'’.-]*")
_AFTER_PREPOSITION = regex.compile(r"(?i)\b(?:to|for)\s+(.+)$")
_CASE_PIECES = regex.compile(r"([-'’.])")
_WORD_PIECES = regex.compile(r"[-/]")
_GLUED_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}\p{Lu}\p{Ll}+")
_TRAILING_PUNCTUATION = " \t\n.,;:-–—|?"
_CONTRIBUTED = regex.compile(
    r"""(?ix)
    ^[\s(—–-]*(?P<who>.{3,300}?)\s+contributed
    (?:\s+(?:reporting|research|to\s+th(?:is|e)\s+(?:report|story|article)))*
    (?:\s+(?:from|in)\s+[^.]{1,80})?\s*[.)]*\s*$"""
)


@attrs.frozen
class _Words:
    """The lexicon's byline tables as casefolded sets, built once per lexicon."""

    leads: regex.Pattern[str]
    role_heads: frozenset[str]
    role_words: frozenset[str]
    outlet_words: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    not_names: frozenset[str]
    trailer: regex.Pattern[str]
    trailer_kinds: dict[str, str]
    trailer_words: tuple[str, ...] | None
    """Casefolded words one of which every trailer lead holds (see :func:`_key_words`)."""
    agency_codes: frozenset[str]
    given_names: frozenset[str]

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Words:
        leads = sorted(lexicon.byline_leads, key=len, reverse=True)
        lead_pattern = "|".join(regex.escape(lead).replace(r"\ ", r"\s+") for lead in leads)
        trailer_leads = sorted((lead for lead, _ in lexicon.trailer_roles), key=len, reverse=True)
        trailer_pattern = "|".join(
            regex.escape(lead).replace(r"\ ", r"\s+") for lead in trailer_leads
        )
        return cls(
            leads=regex.compile(rf"(?i)^(?:by\s*)?(?:{lead_pattern})\b\s*:?\s*"),
            role_heads=frozenset(lexicon.role_heads),
            role_words=frozenset(lexicon.role_words),
            outlet_words=frozenset(lexicon.outlet_words),
            particles=frozenset(lexicon.name_particles),
            suffixes=frozenset(lexicon.name_suffixes),
            not_names=frozenset(lexicon.not_name_words),
            # A lead must follow the start, a space or one of "(;," (checked in
            # `_trailer_leads`: a lookbehind before the alternation made every search slow).
            trailer=regex.compile(rf"(?i)\b(?:{trailer_pattern})\b\s*:?"),
            trailer_kinds=dict(lexicon.trailer_roles),
            trailer_words=_key_words(lead.split() for lead, _ in lexicon.trailer_roles),
            # "AP", "AFP": capitalised like a name part, but never one.
            agency_codes=frozenset(
                spelling.casefold()
                for agency in lexicon.agencies
                for spelling in (agency.code, *agency.aliases)
                if spelling.isupper() and " " not in spelling
            ),
            given_names=frozenset(name.casefold() for name in lexicon.given_names),
        )


def _key_words(phrases: Iterable[list[str]]) -> tuple[str, ...] | None:
    """The casefolded longest word of every phrase, without a word holding another one
    (``reported`` goes where ``report`` is): a phrase is only where one of them is. None
    when a word goes beyond ASCII (see :func:`_may_hold_trailer_lead`).

    >>> _key_words([["reporting", "by"], ["reported", "by"], ["with", "files", "from"]])
    ('files', 'reported', 'reporting')
    >>> _key_words([["report", "by"], ["reported", "by"]])
    ('report',)
    """
    longest = {max(words, key=len).casefold() for words in phrases if words}
    if not all(word.isascii() for word in longest):
        return None
    kept = (word for word in longest if not any(o != word and o in word for o in longest))
    return tuple(sorted(kept))


@attrs.define
class _Reading:
    """What a byline says: names, organisation, role (all optional)."""

    names: list[str] = attrs.field(factory=list)
    organization: str | None = None
    role: str | None = None
    place: bool = False


# --------------------------------------------------------------------------- the step


@step(requires=("blocks",), uses=("chrome", "page", "headline"), provides=("bylines",))
def bylines(state: ParseState) -> None:
    """Label author bylines near the top and credit trailers after the lede.

    >>> import copydesk
    >>> article = copydesk.parse("Headline\\n\\nBY TED D'AFFLISIO, REUTERS\\n\\nThe text.")
    >>> article.bylines[0].names, article.bylines[0].organization
    (("Ted D'Afflisio",), 'Reuters')
    """
    words = state.lexicon.cached("bylines.words", _Words.build)
    _find_authors(state, words)
    prose = _Prose(state)
    headline = _headline_index(state)
    # Trailers stand below the lede. In a brief of short paragraphs the lede may not read as
    # prose (while a trailer with an initial, "John A. Roe", may): the first body paragraph
    # under the headline counts then.
    first_prose = _first_prose_index(state, headline, prose)
    _find_trailers(state, words, min(first_prose, _first_body_index(state, headline)))


def _headline_index(state: ParseState) -> int | None:
    for index, block in enumerate(state.blocks):
        if block.label == "headline":
            return index
    return None


class _Prose:
    """Which body blocks read as prose, worked out lazily (long pages have many blocks)."""

    # What is known of each block index: a byte each (a dict of a page of many short lines
    # cost ~70 bytes a block).
    _UNKNOWN, _NOT_PROSE, _PROSE = 0, 1, 2

    def __init__(self, state: ParseState) -> None:
        self._state = state
        self._known = bytearray(len(state.blocks))

    def __call__(self, index: int) -> bool:
        known = self._known
        if index >= len(known):  # blocks split since: the new indices are not known yet
            known.extend(bytes(index + 1 - len(known)))
        if known[index] == self._UNKNOWN:
            block = self._state.blocks[index]
            prose = block.is_body and is_prose(self._state.block_text(block))
            known[index] = self._PROSE if prose else self._NOT_PROSE
        return known[index] == self._PROSE

    def first_from(self, start: int) -> int:
        """Index of the first prose block at or after *start* (or the block count)."""
        count = len(self._state.blocks)
        return next((index for index in range(start, count) if self(index)), count)


def _first_prose_index(state: ParseState, headline: int | None, prose: _Prose) -> int:
    """Index of the first body block of prose below the headline (or the first anywhere)."""
    return prose.first_from(0 if headline is None else headline + 1)


def _first_body_index(state: ParseState, headline: int | None) -> int:
    """Index of the first body block below the headline (or the first anywhere)."""
    start = 0 if headline is None else headline + 1
    count = len(state.blocks)
    return next((i for i in range(start, count) if state.blocks[i].is_body), count)


def _lede_index(state: ParseState, prose: _Prose) -> int:
    """Index of the story's first paragraph: prose that more prose follows closely.

    A teaser or a cookie notice above the story is prose too, but stands alone.
    """
    count = len(state.blocks)
    first = index = prose.first_from(0)
    while index < count:
        window = range(index + 1, min(count, index + _LEDE_WINDOW + 1))
        if sum(prose(later) for later in window) >= _LEDE_FOLLOWERS:
            return index
        index = prose.first_from(index + 1)
    return first


def _find_authors(state: ParseState, words: _Words) -> None:
    """Bylines with a lead-in anywhere above the lede; bare ones only beside the headline.

    Above the article a page prints menus whose rows look like ``Name, Outlet``; only
    right under the headline (or right above the lede) is such a line a byline.
    """
    headline = _headline_index(state)
    prose = _Prose(state)
    lede = _lede_index(state, prose)
    if headline is not None and headline > lede:
        # The "lede" was a teaser above the story.
        lede = _first_prose_index(state, headline, prose)
    last_index = lede + _BLOCKS_AFTER_LEDE
    near = set(range(lede - _NEAR_HEADLINE_AFTER, last_index + 1))
    bare: set[int] = set()
    if headline is not None:
        near |= set(range(headline - _NEAR_HEADLINE_BEFORE, headline + _NEAR_HEADLINE_AFTER + 1))
        # A name alone on its line is a byline only between the headline and the lede.
        bare = set(range(headline + 1, min(headline + _BARE_NAME_AFTER + 1, lede)))
    memo: dict[str, tuple[_Reading | None, int]] = {}
    found = 0
    index = 0
    while index <= min(last_index, len(state.blocks) - 1) and found < _MAX_AUTHOR_BYLINES:
        block = state.blocks[index]
        if index not in near and not _has_lead(words, state.block_text(block)):
            # Away from the headline and the lede only a lead-in opens a byline: skip the
            # tests below (a page without prose is all "above the lede").
            index += 1
            continue
        # Merging a lone "By" line with the next, or splitting a byline glued to the
        # lede, shifts the later indices by one.
        before = len(state.blocks)
        if block.is_body and _split_glued_byline(state, words, index):
            block = state.blocks[index]
        if (
            (block.is_body or (block.claimable and index in near))
            and block.end - block.start <= _MAX_BYLINE_CHARS
            and _may_be_author(words, state.block_text(block))
        ):
            index = _try_author(
                state,
                words,
                index,
                lead_required=index not in near,
                bare=index in bare,
                memo=memo,
            )
            found += state.blocks[index].label == "byline"
        last_index -= before - len(state.blocks)
        index += 1


def _split_glued_byline(state: ParseState, words: _Words, index: int) -> bool:
    """Cut ``By A, Title -- (Agency) - The story ...`` after the byline; True if cut."""
    text = state.block_text(state.blocks[index])
    if words.leads.match(text) is None:
        return False
    if len(text) <= _MAX_BYLINE_CHARS and _read_author(state, words, text)[0] is not None:
        return False  # the whole block is the byline
    for separator in _GLUED_SEPARATOR.finditer(text, 0, _MAX_BYLINE_CHARS):
        reading, end = _read_author(state, words, text[: separator.start()])
        if reading is not None and end == separator.start() and reading.names:
            state.split_block(index, state.blocks[index].start + separator.start())
            return True
    return False


def _has_lead(words: _Words, text: str) -> bool:
    """Whether *text* opens with a lead-in (``By``), maybe after a date (``Jan 14 by``)."""
    return words.leads.match(text) is not None or _DATED_LEAD.match(text) is not None


def _may_be_author(words: _Words, text: str) -> bool:
    """A cheap first test: a lead-in, or two capitalised words to open the line."""
    if words.leads.match(text) or _DATED_LEAD.match(text):
        return True
    if len(text) > _MAX_BARE_BYLINE_CHARS or _SENTENCE_INSIDE.search(text):
        return False  # without "By", a byline is a short line, not a sentence
    first_words = text.split(None, 2)[:2]
    return len(first_words) == 2 and all(word[:1].isupper() for word in first_words)


def _try_author(
    state: ParseState,
    words: _Words,
    index: int,
    *,
    lead_required: bool,
    bare: bool = False,
    read: tuple[_Reading | None, int] | None = None,
    memo: dict[str, tuple[_Reading | None, int]] | None = None,
) -> int:
    """Label ``blocks[index]`` (maybe merged with the next) as a byline; return its index.

    With *bare*, the block stands between the headline and the lede, where a line that is
    only a person's name (maybe with a date) is the byline. *read* is what `_read_author`
    already said of the block's text: each byline is read once (a page of ``Jan 14 2008 by
    Andy Howell`` lines read every one twice), and *memo* keeps the readings of the
    names after a date, which a page prints on line after line.
    """
    block = state.blocks[index]
    text = state.block_text(block)
    lead = words.leads.match(text)
    if lead is None:
        dated = _DATED_LEAD.match(text)
        if dated is not None:
            after_date = _read_author_memo(state, words, text[dated.end() :], memo)
            if after_date[0] is not None:
                # "Jan 14 2008 by Andy Howell": the date before "by" is page metadata. The
                # split leaves exactly the text read (the date's match ends at "by").
                head, _ = state.split_block(index, block.start + dated.end())
                state.mark_chrome(head, "metadata")
                return _try_author(
                    state, words, index + 1, lead_required=True, read=after_date, memo=memo
                )
        if lead_required:
            return index
    if lead is not None and lead.end() == len(text) and _next_is_body(state, index):
        # A lone "By" line: the names stand on the next line.
        following = state.blocks[index + 1]
        merged_text = state.text[block.start : following.end]
        read = _read_author(state, words, merged_text)
        if read[0] is None:
            return index
        block = state.merge_blocks(index, index + 1)
        text = merged_text
    reading, end = read if read is not None else _read_author(state, words, text)
    if reading is None and lead is None:
        reading, end = _name_line(state, words, index, text)
    if reading is None and lead is None and bare:
        reading, end = _bare_name(state, words, index, text)
    if reading is None:
        return index
    if lead is None and _named_in_headline(state, reading.names):
        return index  # "Jane Doe (AAP)" under "Doe wins ...": the story's subject, pictured
    if end < len(text):
        _split_tail(state, index, block.start + end)
        block = state.blocks[index]
    elif _follow_line(state, words, index, reading):
        block = state.merge_blocks(index, index + 1)
    _label(state, block, reading, "author")
    return index


def _name_line(
    state: ParseState, words: _Words, index: int, text: str
) -> tuple[_Reading | None, int]:
    """A bare name line that an agency or job-title line follows: ``Jeff Latzke`` /
    ``AP Sports Writer``."""
    names = _name_list(words, text)
    if not names or _has_outlet_word(words, names):
        return None, 0
    reading = _Reading(names=names)
    if not _follow_line(state, words, index, reading):
        return None, 0
    following = state.block_text(state.blocks[index + 1])
    if reading.role is None and _agency(state.lexicon, following) is None:
        return None, 0  # "Newcastle Star" / "The Herald": a menu, not a byline
    return reading, len(text)


def _bare_name(
    state: ParseState, words: _Words, index: int, text: str
) -> tuple[_Reading | None, int]:
    """A line that is only a writer's name, maybe with a date: ``Jane Doe``,
    ``JANE DOE 31/12/2007``, ``Jane Doe and John Roe``.

    Under a headline such a line may as well be a photo caption naming the story's subject
    (``Jane Roe`` under ``Roe denies the rumours``), a cast list or a menu row (``Story
    Tools``). So every name must open with a known given name, the surname must not turn
    up in the headline or the next paragraphs (a writer is rarely in the story), and the
    lines around it must not be names too.
    """
    tail = _TAIL.search(text)
    end = _trimmed_end(text, tail.start() if tail is not None else len(text))
    if end == 0 or len(text) - end > _MAX_TAIL_CHARS:
        return None, 0
    names = _name_list(words, text[:end])
    if not names or len(names) > _MAX_BARE_NAMES or _has_outlet_word(words, names):
        return None, 0
    # A name in capitals beside a date stamp ("JANE DOE Published: Jan 14, 2008") is
    # printed like a byline, whatever the given name.
    stamped = (
        tail is not None
        and text[:end].isupper()
        and _STAMP.match(text, tail.end()) is not None
        and not text.rstrip().endswith(("-", "–", "—"))
    )
    if not stamped and not all(_opens_with_given_name(words, name) for name in names):
        return None, 0
    if any(_is_name_line(state, words, near) for near in (index - 1, index + 1)):
        return None, 0  # a list of names: a cast, a menu of columnists
    if _named_nearby(state, index, names):
        return None, 0
    return _Reading(names=names), end


def _opens_with_given_name(words: _Words, name: str) -> bool:
    first = name.split()[0].casefold()
    return first in words.given_names and len(name.split()) <= _MAX_BARE_NAME_TOKENS


def _is_name_line(state: ParseState, words: _Words, index: int) -> bool:
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    if block.label == "headline" or block.end - block.start > _MAX_BARE_BYLINE_CHARS:
        return False
    names = _name_list(words, state.block_text(block)) or []
    return bool(names) and all(_opens_with_given_name(words, name) for name in names)


def _named_in_headline(state: ParseState, names: Sequence[str]) -> bool:
    """Whether a surname of *names* is a word of the headline."""
    surnames = {name.split()[-1].casefold() for name in names}
    for block in state.blocks:
        if block.label == "headline":
            found = {word.casefold() for word in _WORD_TOKEN.findall(state.block_text(block))}
            return bool(surnames & found)
    return False


def _named_nearby(state: ParseState, index: int, names: Sequence[str]) -> bool:
    """Whether a surname turns up in the headline or the next body paragraphs."""
    surnames = {name.split()[-1].casefold() for name in names}
    seen = 0
    for position, block in enumerate(state.blocks):
        if block.label == "headline" or (position > index and block.is_body):
            found = {word.casefold() for word in _WORD_TOKEN.findall(state.block_text(block))}
            if surnames & found:
                return True
            seen += position > index
            if seen >= _NAMED_NEARBY_BLOCKS:
                break
    return False


def _has_outlet_word(words: _Words, names: Sequence[str]) -> bool:
    """Whether a "name" holds a word such as "Sports" or "Herald" (menus, sections)."""
    return any(
        piece in words.outlet_words or piece in words.role_heads
        for name in names
        for piece in name.casefold().split()
    )


def _next_is_body(state: ParseState, index: int) -> bool:
    return index + 1 < len(state.blocks) and state.blocks[index + 1].claimable


def _read_author(state: ParseState, words: _Words, text: str) -> tuple[_Reading | None, int]:
    """Read *text* as an author byline: (reading, where the byline ends) or (None, 0)."""
    lead = words.leads.match(text)
    body_start = lead.end() if lead is not None else 0
    # Only a byline with a lead-in may carry a date: without one, "SAN MATEO, Calif.,
    # March 2 -" is a dateline. A long run after a date is a sentence.
    tail = _TAIL.search(text, body_start) if lead is not None else None
    if tail is not None and len(text) - tail.start() > _MAX_TAIL_CHARS:
        return None, 0
    end = _trimmed_end(text, tail.start() if tail is not None else len(text))
    if end <= body_start:
        return None, 0
    credit = text[body_start:end]
    plain_by = lead is not None and lead.group().strip(" \t\n:").casefold() == "by"
    reading = _read_credit(state.lexicon, words, credit, has_lead=lead is not None, handle=plain_by)
    if reading is None:
        return None, 0
    if lead is None and not (reading.organization or reading.role or reading.place):
        return None, 0  # a bare name line is as likely a caption or a headline
    if lead is None and (_has_outlet_word(words, reading.names) or _DATELINE_SHAPE.match(text)):
        return None, 0  # "LAS VEGAS--(BUSINESS WIRE)" opens a press release
    return reading, end


# How many readings the memo of `_read_author_memo` keeps before it starts afresh.
_MEMO_SIZE = 256


def _read_author_memo(
    state: ParseState,
    words: _Words,
    text: str,
    memo: dict[str, tuple[_Reading | None, int]] | None,
) -> tuple[_Reading | None, int]:
    """`_read_author`, remembered in *memo* by text.

    A reading is changed after it is made (`_follow_line` adds an agency line's outlet), so
    the memo keeps a copy of its own and hands out fresh copies: no two bylines share one.
    """
    if memo is None:
        return _read_author(state, words, text)
    if text not in memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[text] = _copy_read(_read_author(state, words, text))
    return _copy_read(memo[text])


def _copy_read(read: tuple[_Reading | None, int]) -> tuple[_Reading | None, int]:
    reading, end = read
    if reading is None:
        return read
    return attrs.evolve(reading, names=list(reading.names)), end


def _trimmed_end(text: str, end: int) -> int:
    """*end* moved back over trailing separators; the period of ``Jr.`` or ``J.`` stays."""
    kept = text[:end].rstrip(_TRAILING_PUNCTUATION)
    if end > len(kept) and text[len(kept) : len(kept) + 1] == ".":
        last_word = kept.rsplit(None, 1)[-1] if kept.split() else ""
        if last_word.casefold() in ("jr", "sr") or len(last_word.strip(".")) == 1:
            return len(kept) + 1
    return len(kept)


def _split_tail(state: ParseState, index: int, at: int) -> None:
    """Cut the date or contact tail off a byline block; the tail is page metadata."""
    _, tail = state.split_block(index, at)
    state.mark_chrome(tail, "metadata")


def _follow_line(state: ParseState, words: _Words, index: int, reading: _Reading) -> bool:
    """Whether the next block is an agency or job-title line that belongs to this byline."""
    if not _next_is_body(state, index):
        return False
    following = state.blocks[index + 1]
    text = state.block_text(following).strip("()- ")
    if not text or len(text) > _MAX_FOLLOW_LINE_CHARS or _looks_like_sentence(text):
        return False
    if "/" in text or "@" in text:
        return False  # a photo credit ("Jane Doe/AP") or an e-mail address
    if _has_lead(words, text):
        return False  # a byline of its own ("By John Roe", "Jan 14 by John Roe")
    organization, role = _classify_extra(state.lexicon, words, text, after_separator=False)
    if organization is None and role is None:
        return False
    reading.organization = reading.organization or organization
    reading.role = reading.role or role
    return True


def _looks_like_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?", ":")) and not text.endswith(("Jr.", "Sr.", "Inc."))


def _label(state: ParseState, block: Block, reading: _Reading, kind: str) -> None:
    byline = Byline(
        text=state.source_text(block),
        names=state.share(tuple(reading.names)),
        organization=reading.organization,
        role=reading.role,
        kind=kind,
        span=block.span,
    )
    state.mark(block, "byline", byline)


# ------------------------------------------------------------------------ author lines


def _read_credit(
    lexicon: Lexicon, words: _Words, credit: str, *, has_lead: bool, handle: bool = False
) -> _Reading | None:
    """Read ``names [sep organisation] [sep role]`` (the part after any "By")."""
    parts = [part for part in _PART_SEPARATOR.split(credit) if part and part.strip()]
    if not parts:
        return None
    if handle and _HANDLE.fullmatch(parts[0].strip()):
        # "By JDOE27": a blogger's handle, kept as printed (a commenter's is "Posted by").
        reading: _Reading | None = _Reading(names=[parts[0].strip()])
    else:
        reading = _read_name_part(lexicon, words, parts[0], has_lead=has_lead)
    if reading is None:
        return None
    for part in parts[1:]:
        # After a lead-in or a known outlet, any capitalised part names an outlet too:
        # "Tim Shufelt, Canwest News Service; Ottawa Citizen".
        loose = has_lead or reading.organization is not None
        if not _absorb_extra(lexicon, words, reading, part, after_separator=loose):
            return None
    if not reading.names and not reading.organization and not reading.role:
        return None
    return reading


def _read_name_part(
    lexicon: Lexicon, words: _Words, part: str, *, has_lead: bool
) -> _Reading | None:
    """Read the first part: a list of names, maybe followed by ``, organisation``."""
    part = part[: _trimmed_end(part, len(part))].strip()
    items = _COMMA.split(part)
    has_and = _LIST_AND.search(part) is not None
    reading = _Reading()
    # "A, B and C": every comma item up to the "and" is a name. "A, Reuters" and "A and
    # B, Reuters": what follows is an organisation or role (only an outlet, agency or
    # role: "SANTA CRUZ, Calif." opens a dateline). "By A, B" lists names when B is no
    # outlet.
    list_ended = False
    for position, item in enumerate(items):
        if not item:
            continue
        if (
            position > 0
            and (list_ended or not has_and or _agency(lexicon, item) is not None)
            and not reading.organization
            and _absorb_extra(lexicon, words, reading, item, after_separator=_mixed_case(items[0]))
        ):
            continue
        list_ended = list_ended or _LIST_AND.search(item) is not None
        names = _names_with_extra(lexicon, words, item, reading, has_lead=has_lead)
        if names and any(name.split()[-1].casefold() in words.outlet_words for name in names):
            names = None  # "By Sports Network": an outlet, not a person
        if names is None:
            if position == 0 or not _absorb_extra(
                lexicon, words, reading, item, after_separator=has_lead
            ):
                if position == 0 and has_lead:
                    return _organization_only(lexicon, words, part)
                return None
            continue
        reading.names.extend(names)
    return reading


def _mixed_case(text: str) -> bool:
    """Whether *text* is printed in mixed case ("Erin Hitchcock", not "SANTA CRUZ")."""
    return any(char.islower() for char in text) and any(char.isupper() for char in text)


def _organization_only(lexicon: Lexicon, words: _Words, part: str) -> _Reading | None:
    """``By Associated Press``, ``By Staff Writers``: a byline naming no person."""
    organization, role = _classify_extra(lexicon, words, part, after_separator=False)
    if organization is None and role is None:
        return None
    return _Reading(organization=organization, role=role)


def _names_with_extra(
    lexicon: Lexicon, words: _Words, item: str, reading: _Reading, *, has_lead: bool
) -> list[str] | None:
    """Names in *item* (``A and B``), the last maybe followed by a role or organisation."""
    pieces = [piece for piece in _LIST_AND.split(item) if piece]
    names: list[str] = []
    for position, piece in enumerate(pieces):
        piece, places = _PLACE.subn("", piece.strip())
        reading.place = reading.place or places > 0
        name = None
        if position == len(pieces) - 1:
            name = _name_then_extra(lexicon, words, piece, reading, role_only=not has_lead)
        name = name or _clean_name(words, piece)
        if name is None:
            if position > 0 and _absorb_extra(
                lexicon, words, reading, piece, after_separator=False
            ):
                continue  # "By Laura Clout and agencies"
            return None
        names.append(name)
    return names


def _name_then_extra(
    lexicon: Lexicon, words: _Words, piece: str, reading: _Reading, *, role_only: bool
) -> str | None:
    """``JESSICA MINTZ AP Technology Writer``, glued ``Tim HanlonNews Reporter``.

    With *role_only* (no "By" before), what follows the name must be a job title: a bare
    agency could be the sign-off glued to a paragraph (``... Ltd Reuter``).
    """
    tokens = _WORD.findall(_unglue(words, piece))
    for cut in range(2, min(len(tokens), _MAX_NAME_TOKENS + 1)):
        name = _clean_name(words, " ".join(tokens[:cut]))
        if name is None:
            continue
        rest = " ".join(tokens[cut:])
        organization, role = _classify_extra(lexicon, words, rest, after_separator=False)
        if role is not None or (organization is not None and not role_only):
            reading.organization = reading.organization or organization
            reading.role = reading.role or role
            return name
    return None


def _unglue(words: _Words, piece: str) -> str:
    """Put back the space a scraper dropped between a name and a job title."""
    for match in _CAMEL.finditer(piece):
        rest = piece[match.start() :].split()
        if rest and rest[-1].casefold().strip(".,") in words.role_heads:
            return piece[: match.start()] + " " + piece[match.start() :]
    return piece


def _absorb_extra(
    lexicon: Lexicon,
    words: _Words,
    reading: _Reading,
    part: str,
    *,
    after_separator: bool = True,
) -> bool:
    """Take *part* as the organisation, role or place of the byline; False if it is none."""
    part = part.strip(_TRAILING_PUNCTUATION + "()")
    if not part:
        return True
    if part.casefold().startswith(("in ", "at ", "from ")):
        return True  # a place: "By Julian Linden, in Sydney"
    organization, role = _classify_extra(lexicon, words, part, after_separator=after_separator)
    if organization is None and role is None:
        return False
    reading.organization = reading.organization or organization
    reading.role = reading.role or role
    return True


def _classify_extra(
    lexicon: Lexicon, words: _Words, text: str, *, after_separator: bool
) -> tuple[str | None, str | None]:
    """(organisation, role) of a byline part such as ``Associated Press Writer``."""
    text = " ".join(text.split()).strip(_TRAILING_PUNCTUATION + "()")
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_ORG_WORDS:
        return None, None
    lowered = [token.casefold().strip(",.()") for token in tokens]
    if lowered[0] in ("special", "for") and len(tokens) > 1:
        # "Special to the Pioneer Press", "For The Associated Press"
        outlet = _outlet_after_preposition(lexicon, words, text)
        return (outlet, text) if outlet is not None else (None, None)
    if lowered == ["staff"]:
        return None, text
    if lowered[-1] in words.role_heads:
        if not _is_role(words, tokens, lowered):
            return None, None
        return _organization_in_role(lexicon, words, tokens), text
    agency = _agency(lexicon, text)
    if agency is not None:
        return agency, None
    if _is_outlet(words, tokens, lowered) or (after_separator and _loose_outlet(words, tokens)):
        return text, None
    return None, None


def _is_role(words: _Words, tokens: Sequence[str], lowered: Sequence[str]) -> bool:
    """A job title: capitalised words and role words only ("EMail Write to Editor" is no
    title, "By staff writers" is a byline of its own)."""
    if lowered[0] == "by":
        return False
    return all(
        token[:1].isupper() or low in words.role_words or low in words.role_heads
        for token, low in zip(tokens, lowered, strict=True)
    )


def _outlet_after_preposition(lexicon: Lexicon, words: _Words, text: str) -> str | None:
    """``Special to the Pioneer Press`` -> ``the Pioneer Press`` (None if no outlet)."""
    match = _AFTER_PREPOSITION.search(text)
    if match is None:
        return None
    outlet = match.group(1)
    agency = _agency(lexicon, outlet)
    if agency is not None:
        return agency
    tokens = outlet.split()
    return outlet if _is_outlet(words, tokens, [t.casefold() for t in tokens]) else None


def _organization_in_role(lexicon: Lexicon, words: _Words, tokens: Sequence[str]) -> str | None:
    """The outlet that opens a job title: ``AP Sports Writer`` -> ``AP``."""
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1].casefold() in words.role_words | words.role_heads:
        cut -= 1
    if cut == 0:
        return None
    prefix = " ".join(tokens[:cut])
    agency = _agency(lexicon, prefix) or _agency(lexicon, tokens[0])
    if agency is not None:
        return agency
    return prefix if _is_outlet(words, tokens[:cut], [t.casefold() for t in tokens[:cut]]) else None


def _is_outlet(words: _Words, tokens: Sequence[str], lowered: Sequence[str]) -> bool:
    if WEB_DOMAIN.search(" ".join(tokens)):
        return True
    parts = {piece for token in lowered for piece in _WORD_PIECES.split(token)}
    if not _is_capitalised(tokens):
        # "agencies", "staff and agencies", "wire services"
        return parts <= words.outlet_words | {"and", "&", "other", "our"}
    return bool(parts & words.outlet_words)


def _loose_outlet(words: _Words, tokens: Sequence[str]) -> bool:
    """A few capitalised words with no date in them: ``Burnaby Now``, ``Computerworld``."""
    if len(tokens) > _MAX_LOOSE_OUTLET_WORDS or not _is_capitalised(tokens):
        return False
    return not any(
        token[:1].isdigit() or token.casefold().strip(".,") in words.not_names for token in tokens
    )


def _is_capitalised(tokens: Sequence[str]) -> bool:
    small = {"of", "the", "and", "for", "to", "&", "de", "la"}
    return all(token[:1].isupper() or token in small or token[:1].isdigit() for token in tokens)


def _agency(lexicon: Lexicon, text: str) -> str | None:
    cleaned = text.strip(" ()[]-–—.,")
    found = lexicon.agency(cleaned)
    if found is None and cleaned.casefold().startswith("the "):
        found = lexicon.agency(cleaned[4:])
    return found


# ------------------------------------------------------------------------------ names


def parse_names(text: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The persons in a list such as ``"A, B and C"``, in natural case, places dropped.

    Returns ``()`` unless every item is a name.

    >>> parse_names("URSULA VON DER LEYEN and Tom Phillips in Rio de Janeiro")
    ('Ursula von der Leyen', 'Tom Phillips')
    """
    lexicon = lexicon or Lexicon.default()
    words = lexicon.cached("bylines.words", _Words.build)
    names = _name_list(words, text)
    return tuple(names) if names else ()


def _name_list(words: _Words, text: str) -> list[str] | None:
    """Every name in ``A, B and C`` (``in Place`` dropped), or None if an item is no name."""
    names: list[str] = []
    previous_had_place = False
    for item in _COMMA.split(text[: _trimmed_end(text, len(text))].strip()):
        for piece in _LIST_AND.split(item):
            piece = piece.strip()
            if not piece:
                continue
            had_place = _PLACE.search(piece) is not None
            if previous_had_place and not had_place and piece == item.strip():
                continue  # "in Johnstown, Pennsylvania": the place ran on after a comma
            name = _clean_name(words, _PLACE.sub("", piece))
            if name is None:
                return None
            names.append(name)
            previous_had_place = had_place
    return names


def _clean_name(words: _Words, text: str) -> str | None:
    """*text* as a clean person's name in natural case, or None if it is not one."""
    tokens = text[: _trimmed_end(text, len(text))].strip().split()
    if len(tokens) == 1 and _GLUED_INITIALS.fullmatch(tokens[0]):
        return tokens[0]  # "M.A.Qudoos"
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS:
        return None
    lowered = [token.casefold() for token in tokens]
    all_capitals = not any(char.islower() for char in text)
    if lowered[0] in words.particles and not tokens[0][:1].isupper():
        return None
    if lowered[-1] in words.particles and not tokens[-1][:1].isupper():
        return None  # "Ursula von der": a name does not end in a particle ("DAS" may)
    surname_seen = False
    for position, (token, low) in enumerate(zip(tokens, lowered, strict=True)):
        if _is_initial(token, position):
            continue
        if low in words.not_names or low.rstrip(".") in words.not_names:
            return None
        if low in words.agency_codes and token.isupper() and not all_capitals:
            return None
        if low in words.suffixes and position == len(tokens) - 1 and position >= 2:
            continue
        if low in words.particles and position > 0:
            continue
        if _is_particle_compound(words, token):
            surname_seen = True
            continue
        if not _NAME_WORD.fullmatch(token):
            return None
        surname_seen = True
    if not surname_seen:
        return None
    return natural_case(" ".join(tokens), words.particles)


def _is_initial(token: str, position: int) -> bool:
    """``J.``, ``M.A.``, ``SM``; a bare capital (``C``) only inside a name, never first."""
    if len(token) == 1:
        return position > 0 and token.isupper()
    return _INITIALS.fullmatch(token) is not None


def _is_particle_compound(words: _Words, token: str) -> bool:
    """``al-Sharaa``, ``bin-Laden``: a particle glued to a capitalised name."""
    head, dash, tail = token.partition("-")
    return bool(dash) and head.casefold() in words.particles and tail[:1].isupper()


def natural_case(name: str, particles: frozenset[str] | Sequence[str] = ()) -> str:
    """*name* in natural case when it is printed in capitals; otherwise unchanged.

    >>> natural_case("TED D'AFFLISIO")
    "Ted D'Afflisio"
    >>> natural_case("MOHAMMED BIN SALMAN", {"bin"})
    'Mohammed bin Salman'
    >>> natural_case("Ricky Stenhouse Jr.")
    'Ricky Stenhouse Jr.'
    """
    letters = [char for char in name if char.isalpha()]
    if not letters or any(char.islower() for char in letters):
        return name
    small = {particle.casefold() for particle in particles}
    words = []
    printed = name.split()
    for position, word in enumerate(printed):
        # A particle inside the name is lower case; last, it is a surname ("DAS").
        if 0 < position < len(printed) - 1 and word.casefold() in small:
            words.append(word.casefold())
        elif word.casefold().rstrip(".") in ("jr", "sr"):
            words.append(word.capitalize())
        elif _INITIALS.fullmatch(word) or word.casefold() in ("ii", "iii", "iv"):
            words.append(word)
        else:
            words.append(_capitalise(word))
    return " ".join(words)


def _capitalise(word: str) -> str:
    """``D'AFFLISIO`` -> ``D'Afflisio``, ``THOMSON-DEVEAUX`` -> ``Thomson-Deveaux``."""
    pieces = _CASE_PIECES.split(word)
    out = []
    for piece in pieces:
        if piece.isalpha():
            piece = piece[:1].upper() + piece[1:].lower()
            if piece.startswith("Mc") and len(piece) > 3:
                piece = "Mc" + piece[2:].capitalize()
        out.append(piece)
    return "".join(out)


# ---------------------------------------------------------------------------- trailers


def _find_trailers(state: ParseState, words: _Words, first_prose: int) -> None:
    last_body = max((index for index, _ in state.body_blocks()), default=-1)
    last_prose = _last_prose_index(state, last_body)
    index = first_prose
    # A comment thread repeats "Posted by X on <date>" under each comment: only the first
    # dated sign-off under a paragraph is the story's.
    dated_sign_off_seen = False
    while index + 1 < len(state.blocks):
        index += 1
        block = state.blocks[index]
        # Just below the article, a line the page classifier guessed was footer may be the
        # story's "(Reporting by ...)" trailer: its wording is surer evidence than the guess.
        below_article = block.claimable and index <= last_body + _TRAILER_BLOCKS_BELOW
        # A blog post's "Posted by Jane Doe at <date>" right under a paragraph of the story,
        # in a line the classifier guessed was part of the comments below.
        under_paragraph = block.claimable and not block.is_body and _is_paragraph(state, index - 1)
        if not (block.is_body or below_article or under_paragraph):
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


# How far below the last body paragraph a trailer may stand (a share row may come between).
_TRAILER_BLOCKS_BELOW = 4
# A writer's name signing off the story stands right under its last paragraph.
_SIGN_OFF_BLOCKS_BELOW = 2
# How many blocks back from the end the story's last paragraph is looked for.
_MAX_SIGN_OFF_SCAN = 200
# "— Jane Doe", and "With Jane Doe" (a colleague who helped, under the writer's trailer).
_SIGN_OFF_DASH = regex.compile(r"^(?:--?\s*|[–—]\s*|(?i:with)\s+(?=\p{Lu}))")


# "... said. (Reporting by Jane Doe; Editing by John Roe)": a trailer in the paragraph's end.
_GLUED_TRAILER_OPEN = regex.compile(r"(?<=\s)\((?=[^()]{5,400}\)\s*$)")
# What may stand before a glued trailer on its line: nothing, or the story's source
# ("Source: Relief Wire (www.example.org) (Reporting by ...)").
_LINE_BEFORE_TRAILER = regex.compile(r"(?i)\s*|source\s*:[^\n]{0,120}")
# "... click below. -- Jane Doe": a writer's dashed sign-off at a paragraph's end.
_GLUED_SIGN_OFF = regex.compile(r"(?<=[.!?\"”])\s+(?:--|[–—])\s*(?=[^\n.!?]{5,60}$)")


def _is_paragraph(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a body paragraph of prose."""
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    return block.is_body and is_prose(state.block_text(block))


def _split_glued_trailer(
    state: ParseState, words: _Words, index: int, *, last_prose: int, sign_off: bool
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
            names = _name_list(words, text[dash.end() :])
            if names and all(_opens_with_given_name(words, name) for name in names):
                state.split_block(index, block.start + dash.start())
                return "dash"
    if not sign_off:
        return ""
    first_line, newline, _ = text.partition("\n")
    if words.leads.match(first_line) is None:
        return ""
    reading, end = _read_author(state, words, first_line)
    if reading is None or not reading.names or not (newline or end < len(first_line)):
        return ""
    if newline:
        state.split_block(index, block.start + len(first_line))
    if end < len(first_line):
        _split_tail(state, index, block.start + end)
    return "sign-off"


def _last_prose_index(state: ParseState, last_body: int) -> int:
    """Index of the story's last paragraph of prose (-1 if none)."""
    for index in range(last_body, max(-1, last_body - _MAX_SIGN_OFF_SCAN), -1):
        block = state.blocks[index]
        if block.is_body and is_prose(state.block_text(block)):
            return index
    return -1


def _read_sign_off(
    state: ParseState, words: _Words, text: str
) -> tuple[_Reading, list[str], str] | None:
    """A writer signing off under the story: ``— Jane Doe``, ``Jane Doe, Sportsdesk.com``,
    ``Submitted by Jane Doe``.

    Without a dash the line must name an outlet or a job title too: a bare name under a
    story is as often the first item of a list of related links or comments.
    """
    dash = _SIGN_OFF_DASH.match(text)
    if len(text) > _MAX_BARE_BYLINE_CHARS or text.startswith("(") or "/" in text:
        return None  # a photo credit, or a bracketed source sign-off
    if dash is not None and dash.end() < len(text):
        names = _name_list(words, text[dash.end() :])
        if names and all(_opens_with_given_name(words, name) for name in names):
            kind = "contributor" if dash.group().strip().casefold() == "with" else "author"
            return _Reading(names=names), [], kind
        return None
    reading, end = _read_author(state, words, text)
    if reading is None or end != len(text) or not reading.names:
        return None
    if not (reading.organization or reading.role or words.leads.match(text)):
        return None  # "Submitted by Jane Doe" signs off; a bare "Jane Doe" may not
    return reading, [], "author"


def _read_trailer(
    lexicon: Lexicon, words: _Words, text: str
) -> tuple[_Reading, list[str], str] | None:
    """(reading, editors, kind) of a credit trailer, or None."""
    found = _read_role_trailer(lexicon, words, text)
    if found is not None:
        return found
    return _read_contributed(lexicon, words, text)


_SPACE = regex.compile(r"\s")


def _trailer_leads(words: _Words, text: str, end: int) -> Iterator[regex.Match[str]]:
    """The trailer leads (``Reporting by``) in ``text[:end]``, left to right, each at the
    start or after a space or one of ``(;,`` (``re-edited by`` holds none)."""
    if not _may_hold_trailer_lead(words, text, end):
        return  # most blocks hold no lead's word at all
    position = 0
    while (lead := words.trailer.search(text, position, end)) is not None:
        start = lead.start()
        if start == 0 or text[start - 1] in "(;," or _SPACE.match(text, start - 1):
            yield lead
            position = lead.end()
        else:
            position = start + 1  # a lead may still start inside the one refused


def _may_hold_trailer_lead(words: _Words, text: str, end: int) -> bool:
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
    return any(word in folded for word in words.trailer_words)


def _read_role_trailer(
    lexicon: Lexicon, words: _Words, text: str
) -> tuple[_Reading, list[str], str] | None:
    """``(Reporting by A and B in Beirut; Writing by C; Editing by D)``."""
    inner = text.strip().strip("()[]").strip()
    if next(_trailer_leads(words, inner, _MAX_TRAILER_OUTLET_CHARS + 40), None) is None:
        return None
    inner = inner[: _trimmed_end(inner, len(inner))]
    leads = list(_trailer_leads(words, inner, len(inner)))
    if not leads:
        return None
    reading = _Reading()
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
        listed = listed[: _trimmed_end(listed, len(listed))].strip()
        kind = words.trailer_kinds[" ".join(lead.group().rstrip(": ").split()).casefold()]
        # "With a report from Channel 5's Jane Doe": the outlet, then the person.
        names = _possessive_names(lexicon, words, listed, reading)
        if names is None:
            names = _name_list(words, listed)
        if names is None:
            # "Contributing: Ann Lee, Medill News Service": names, then an outlet.
            mixed = _read_name_part(lexicon, words, listed, has_lead=True)
            if mixed is not None and mixed.names:
                names = mixed.names
                reading.organization = reading.organization or mixed.organization
        if names is None:
            # "With files from the Canadian Press": an organisation, not persons.
            organization = _agency(lexicon, listed)
            if organization is None and not _is_capitalised(listed.split()[1:]):
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


def _trailer_outlet(lexicon: Lexicon, words: _Words, prefix: str) -> str | None:
    """The outlet in *prefix*, the text before a trailer's first lead-in (None if none)."""
    prefix = prefix.strip(_TRAILING_PUNCTUATION + "()")
    if not prefix or len(prefix) > _MAX_TRAILER_OUTLET_CHARS:
        return None
    organization, role = _classify_extra(lexicon, words, prefix, after_separator=False)
    return organization if role is None else None


def _possessive_names(
    lexicon: Lexicon, words: _Words, listed: str, reading: _Reading
) -> list[str] | None:
    """``CTV Toronto's Jane Doe`` -> ``["Jane Doe"]``, the outlet noted (None if no name)."""
    match = _POSSESSIVE.match(listed)
    if match is None:
        return None
    names = _name_list(words, match.group("who").strip())
    outlet = match.group("outlet").strip()
    if not names or not _is_capitalised(outlet.split()):
        return None
    reading.organization = reading.organization or _agency(lexicon, outlet) or outlet
    return names


def _read_contributed(
    lexicon: Lexicon, words: _Words, text: str
) -> tuple[_Reading, list[str], str] | None:
    """``Associated Press writer A in Paris contributed to this report.``"""
    match = _CONTRIBUTED.match(text) if "ontribut" in text else None
    if match is None:
        return None
    who = match.group("who")
    reading = _Reading()
    organization = _agency(lexicon, who)
    if organization is not None:
        reading.organization = organization
        return reading, [], "contributor"
    if not _contributor_names(lexicon, words, who, reading):
        if not _is_outlet(words, who.split(), who.casefold().split()):
            return None
        reading.organization = who
    return reading, [], "contributor"


def _contributor_names(lexicon: Lexicon, words: _Words, who: str, reading: _Reading) -> bool:
    """Fill ``reading.names`` from ``AP writers A in X and B``; False if an item is no name."""
    for item in _COMMA.split(who):
        for piece in _LIST_AND.split(item):
            piece = piece.strip()
            if not piece:
                continue
            name = _name_after_role(lexicon, words, _PLACE.sub("", piece), reading)
            if name is None:
                if reading.names and _PLACE.search(who):
                    continue  # the tail of a place: "in Johnstown, Pennsylvania"
                reading.names.clear()
                return False
            reading.names.append(name)
    return bool(reading.names)


def _name_after_role(lexicon: Lexicon, words: _Words, piece: str, reading: _Reading) -> str | None:
    """``Associated Press writer Jane Doe`` -> ``Jane Doe`` (the organisation noted)."""
    name = _clean_name(words, piece)
    if name is not None:
        return name
    tokens = piece.split()
    for cut in range(1, len(tokens) - 1):
        if tokens[cut - 1].casefold() not in words.role_heads:
            continue
        name = _clean_name(words, " ".join(tokens[cut:]))
        if name is not None:
            organization = _organization_in_role(lexicon, words, tokens[:cut])
            reading.organization = reading.organization or organization
            return name
    return None
