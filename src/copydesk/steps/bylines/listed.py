"""Lines that read as a page's byline but name someone else (feat/authors-12).

A page that is no single story prints names where an article prints its writer's:

* a **listing** prints a byline under each story it lists (``Story one`` / ``By Jane Doe`` /
  ``A teaser ...`` / ``Story two`` / ``By John Roe`` ...): when the authors pass read three
  or more author lines apart from each other naming different writers, they are the listed
  stories' bylines, not the page's (pass ``listed``). The first of them stays the page's
  byline only right under the headline, where a story prints its writer (a book review's
  ``by Amanda`` over the book's ``Author: Jane Doe`` and ``by Tor Books``);
* a **testimonial** is signed with its customer's name and job title under the quotation
  (``“It saved us hours a week.”`` / ``Jane Doe`` / ``CEO at Harbour Labs``): a name line
  without a lead-in under a paragraph, with another such line a few blocks away, is one of
  a page's testimonials (or a team's list), no byline (pass ``listed``);
* a **place** after a name-shaped phrase (``Queen Creek, AZ``, ``Park City, Utah``: a
  service area, a forum member's home) is no outlet: without a lead-in such a line is no
  byline (see :func:`names_a_place`).
"""

from __future__ import annotations

import regex

from copydesk._models import Byline
from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.lexicon.places import region_key
from copydesk.reading.names import name_list, opens_with_given_name
from copydesk.steps.bylines.layout import Prose, headline_index
from copydesk.steps.bylines.parts import DATED_LEAD, MAX_BARE_BYLINE_CHARS, read_author
from copydesk.steps.bylines.words import BylineWords, Reading

__all__ = ["drop_listed_bylines", "names_a_place"]

# A listing prints at least this many bylines, apart, naming different writers.
_MIN_LISTED_BYLINES = 3
# The first of them is the page's own byline when it stands this close under the headline.
_OWN_BYLINE_UNDER_HEADLINE = 2
# A testimonial's signature has another within this many blocks.
_SIGNATURES_APART = 4
# The quotation a testimonial's signature stands under: a paragraph ending a sentence.
_MIN_QUOTATION_CHARS = 60
_ENDS_QUOTATION = regex.compile(r"[.!?…][\"”’)]?\s*$|[\"”]\s*$")


def drop_listed_bylines(state: ParseState, words: BylineWords, _prose: Prose) -> None:
    """Give the bylines of a listing's stories and the signatures of testimonials back to
    the body (see the module).

    >>> import copydesk
    >>> stories = [("Storm hits coast", "Jane Doe"), ("Bridge vote delayed", "John Roe"),
    ...            ("Schools stay shut", "Ann Lee"), ("Ferry timetable cut", "Sam Roe")]
    >>> page = "Latest news\\n\\nOur reporters on the week\\n\\n" + "\\n\\n".join(
    ...     f"{title}\\n\\nBy {name}\\n\\nRead the story" for title, name in stories
    ... )
    >>> copydesk.parse(page).bylines
    ()
    """
    _drop_signatures(state, words)
    groups = _author_line_groups(state)
    named = [group for group in groups if any(_names(block) for block in group)]
    distinct = {frozenset(name for block in group for name in _names(block)) for group in named}
    if len(named) < _MIN_LISTED_BYLINES or len(distinct) < _MIN_LISTED_BYLINES:
        return
    headline = headline_index(state)
    first = state.blocks.index(named[0][0])
    keep_first = headline is not None and 0 < first - headline <= _OWN_BYLINE_UNDER_HEADLINE
    for group in named[1:] if keep_first else named:
        for block in group:
            state.mark_body(block)


def _drop_signatures(state: ParseState, words: BylineWords) -> None:
    """Give back the author lines without a lead-in that sign a testimonial (see
    `_signature_at`)."""
    for index, block in enumerate(state.blocks):
        finding = block.finding
        if (
            isinstance(finding, Byline)
            and finding.kind == "author"
            and finding.names
            and _signature_at(state, words, index, labelled=True)
            and any(
                _signature_at(state, words, near, labelled=False)
                for near in range(index - _SIGNATURES_APART, index + _SIGNATURES_APART + 1)
                if near != index and 0 < near < len(state.blocks)
            )
        ):
            state.mark_body(block)


def _signature_at(state: ParseState, words: BylineWords, index: int, *, labelled: bool) -> bool:
    """Whether ``blocks[index]`` is a name line without a lead-in right under a quotation (a
    paragraph that ends a sentence, not the headline); *labelled*: the line was read as a
    byline already, else it is read here."""
    block, above = state.blocks[index], state.blocks[index - 1]
    text = state.block_text(block)
    if above.label == "headline" or words.leads.match(text) or DATED_LEAD.match(text):
        return False
    quotation = state.block_text(above)
    if len(quotation) < _MIN_QUOTATION_CHARS or _ENDS_QUOTATION.search(quotation) is None:
        return False
    if labelled:
        return True
    if not (block.claimable or isinstance(block.finding, Byline)):
        return False
    if len(text) > MAX_BARE_BYLINE_CHARS:
        return False
    reading, end = read_author(state, words, text)
    if reading is not None and reading.names and end == len(text):
        return True  # "Jane Doe, CEO at Harbour Labs"
    return len(name_list(words.names, text) or ()) == 1  # "Jane Doe" over her job title


def _author_line_groups(state: ParseState) -> list[list[Block]]:
    """The author bylines of the page, in runs of adjacent blocks (``Jane Doe`` / ``John
    Roe`` a line each is one byline, read line by line)."""
    groups: list[list[Block]] = []
    last = -2
    for index, block in enumerate(state.blocks):
        finding = block.finding
        if not isinstance(finding, Byline) or finding.kind != "author":
            continue
        if index == last + 1:
            groups[-1].append(block)
        else:
            groups.append([block])
        last = index
    return groups


def _names(block: Block) -> tuple[str, ...]:
    finding = block.finding
    if not isinstance(finding, Byline):
        return ()
    return tuple(name.casefold() for name in finding.names)


def names_a_place(lexicon: Lexicon, words: BylineWords, reading: Reading) -> bool:
    """Whether *reading*'s "organisation" is a US state or a Canadian province and its names
    open with no known given name (``Queen Creek, AZ``): the line names a place, not a
    writer and an outlet (``Roland Parry, Washington`` is a writer and where he files from).

    >>> from copydesk.lexicon import Lexicon
    >>> from copydesk.steps.bylines.words import byline_words
    >>> lexicon = Lexicon.default()
    >>> place = Reading(names=["Park City"], organization="Utah")
    >>> names_a_place(lexicon, byline_words(lexicon), place)
    True
    >>> writer = Reading(names=["Jane Doe"], organization="Washington")
    >>> names_a_place(lexicon, byline_words(lexicon), writer)
    False
    """
    if reading.organization is None or reading.role is not None or not reading.names:
        return False  # ("Press Association" alone: the agency PA, no place)
    if any(opens_with_given_name(words.names, name) for name in reading.names):
        return False
    regions = lexicon.cached("bylines.regions", _region_keys)
    return region_key(reading.organization) in regions


def _region_keys(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(region_key(spelling) for spelling, _ in lexicon.region_names)
