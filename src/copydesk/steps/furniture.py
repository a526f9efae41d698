"""Label page furniture under its heading: the blocks a chrome heading stands over.

A line of its own such as ``Read more``, ``Forward-Looking Statements``, ``About Northwind
Robotics`` or ``Media contact:`` heads blocks that are furniture too, though none of them
reads as chrome alone: the headlines of other stories, a press release's legal notice or
boilerplate, a contact's name and number. :attr:`Lexicon.chrome_sections
<copydesk.Lexicon.chrome_sections>` names each heading, its kind and the *shape* of the
blocks it heads (``teasers``, ``closing teasers``, ``lines``, ``line``, ``paragraphs`` or
none; see :mod:`copydesk.lexicon.chrome`). Headings are read only below the story's first
paragraph of prose (but "News provided by", over its one line, and a footer's row of links):
above it, a menu's "Contact" stands over the headline. On a whole web page (its title line
repeated as the headline) only the entries marked ``any`` are read: there the page reader
has decided where the article ends; an entry marked ``release`` is read only in a press
release. A line printed more than once ("Read more" under every card of a list) is a
button, no heading.

The step runs after the page reader and the headline: the chrome it labels is no evidence
either should weigh (a tidy press release is no web page for its notices).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from copydesk._state import BODY, CHROME, ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.reading.page import MAX_SCAN_CHARS, TITLE_WINDOW, collapse, title_repeat_index
from copydesk.reading.patterns import holds_inline_flags
from copydesk.reading.prose import is_prose

__all__ = ["furniture"]

# A heading is a short line; longer blocks are never read as one.
_MAX_HEADING_CHARS = 120
# A teaser is one headline on one line; a line of a contact block is shorter.
_MAX_TEASER_CHARS = 160
_MAX_LINE_CHARS = 100
# A teaser's headline has a few words at least.
_MIN_TEASER_WORDS = 3
# How many blocks a teaser list or a contact block runs to at most.
_MAX_LISTED = 12
# A list of teasers inside the story holds at least this many (one teaser under a "Related"
# heading must close the text's prose).
_MIN_TEASERS_INSIDE = 2
_TEASER_SHAPES = frozenset({"teasers", "closing teasers"})
# A page's headline repeats at least half of its title line ("Storm hits | Daily Planet").
_TITLE_REPEAT_SHARE = 2
# Shapes whose heading may stand above the story's first paragraph (a release's issuer).
_ABOVE_THE_STORY = frozenset({"line", "alone"})
# Shapes that head a fixed number of blocks at most.
_MOST_UNDER = {"line": 1, "alone": 0}
# How far into the first paragraph under "About <Name>" the name must appear.
_NAME_WITHIN_CHARS = 300
# A headline ends without a sentence's stop (a question or a shout may end it).
_SENTENCE_STOP = (".", ",", ";", ":")


@attrs.frozen
class _Section:
    kind: str
    shape: str
    where: str
    """``any``, ``tidy`` (not on a whole web page) or ``release`` (in a tidy release)."""
    heading: regex.Pattern[str]


def _build_sections(lexicon: Lexicon) -> tuple[_Section, ...]:
    return tuple(
        _Section(kind, shape, where, regex.compile(_heading_pattern(pattern)))
        for kind, shape, where, pattern in lexicon.chrome_sections
    )


def _heading_pattern(pattern: str) -> str:
    return rf"(?i:{pattern})\s*"


def _any_heading(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """All the sections' headings as one alternation: a line it does not match whole is no
    heading of any of them (most lines, each asked once instead of once per section). None
    when a pattern holds flags that would hold for the others too."""
    patterns = [pattern for _, _, _, pattern in lexicon.chrome_sections]
    if any(holds_inline_flags(pattern) for pattern in patterns):
        return None
    return regex.compile("|".join(f"(?:{_heading_pattern(pattern)})" for pattern in patterns))


@step(requires=("blocks",), uses=("chrome", "page"), provides=("furniture",))
def furniture(state: ParseState) -> None:
    """Label as chrome each heading of furniture and the blocks it heads.

    >>> import copydesk
    >>> text = (
    ...     "Bus fares rise\\n\\nFares will rise by 5% in March, the city said on Monday.\\n\\n"
    ...     "Read more\\n\\nNew tram line opens\\n\\nRoadworks close the bridge"
    ... )
    >>> [(chrome.kind, chrome.text) for chrome in copydesk.parse(text).chrome][1:]
    [('related', 'New tram line opens'), ('related', 'Roadworks close the bridge')]
    """
    sections = state.lexicon.cached("furniture.sections", _build_sections)
    if _page_dump(state):
        sections = tuple(section for section in sections if section.where == "any")
    page = _Page(state, sections)
    blocks = state.blocks
    first_prose = next(
        (
            index
            for index, block in enumerate(blocks)
            if block.is_body and is_prose(state.block_text(block))
        ),
        len(blocks),
    )
    repeated = _repeated_lines(state)
    index = 0
    while index < len(blocks):
        block, text = blocks[index], state.block_text(blocks[index])
        found = None
        if (
            block.label in (CHROME, BODY)
            and _first_line_fits(text)  # (first: no paragraph is casefolded whole)
            and text.casefold() not in repeated
        ):
            found = page.heading(text)
        if found is None or (index <= first_prose and found[0].shape not in _ABOVE_THE_STORY):
            index += 1
        else:
            index = _label_section(state, page, index, *found)


def _label_section(
    state: ParseState,
    page: _Page,
    index: int,
    section: _Section,
    match: regex.Match[str],
    rest: list[str],
) -> int:
    """Label the heading at *index* and the blocks it heads, if it heads any (or heads
    none by its shape); the index of the block to read next."""
    block, text = state.blocks[index], state.block_text(state.blocks[index])
    fits = _SHAPES[section.shape]
    if section.shape == "line" and len(rest) > 1 and fits(rest[0]):
        # "News provided by" / "Helios Solar Inc." / "Nov 5, 2026": the date is no part
        state.split_block(index, block.start + text.index("\n", text.index("\n") + 1))
        rest = rest[:1]
    most = _MOST_UNDER.get(section.shape, len(rest))
    if rest and not (all(fits(line) for line in rest) and len(rest) <= most):
        return index + 1  # "Related" over a line of the story: not a heading
    under = (
        []
        if rest and section.shape == "line"
        else _blocks_under(state, page, index, fits, section.shape)
    )
    name = match.group("name") if "name" in section.heading.groupindex else None
    first_under = rest[0] if rest else state.block_text(state.blocks[under[0]]) if under else ""
    if name is not None and not _names(name, first_under):
        return index + 1  # "About Time" over a paragraph about something else
    if not (under or rest or section.shape == "alone"):
        return index + 1  # a heading alone: the chrome rules decide it
    for listed in (index, *under):
        if state.blocks[listed].is_body:  # (the page reader's own kinds stay)
            state.mark_chrome(state.blocks[listed], section.kind)
    return (under[-1] if under else index) + 1


class _Page:
    """What the step asks of the whole text, each answered once and only when first asked:
    most texts hold no heading of furniture, and these questions read the whole text."""

    def __init__(self, state: ParseState, sections: tuple[_Section, ...]) -> None:
        self._state = state
        self._sections = sections
        self._any_heading = state.lexicon.cached("furniture.any_heading", _any_heading)
        self._outside_releases = tuple(s for s in sections if s.where != "release")
        self._release: bool | None = None
        self._last_prose: int | None = None

    def heading(self, text: str) -> tuple[_Section, regex.Match[str], list[str]] | None:
        """The section *text* opens with a heading of (see :func:`_heading`); a release's
        sections count only in a press release, which is asked only when one matches."""
        if self._any_heading is not None and not self._any_heading.fullmatch(
            text.partition("\n")[0]
        ):
            return None  # (most lines: one question, not one per section)
        found = _heading(self._sections, text)
        if found is None or found[0].where != "release" or self.is_release():
            return found
        return _heading(self._outside_releases, text)

    def is_release(self) -> bool:
        if self._release is None:
            self._release = _release(self._state)
        return self._release

    def last_prose(self) -> int:
        """Where the story's last paragraph starts (-1 if none). Found once: asking per
        list whether prose follows it would read every later block again for each list
        (quadratic on a page of many lists); offsets, unlike indices, survive splits."""
        if self._last_prose is None:
            state = self._state
            self._last_prose = max(
                (
                    block.start
                    for block in state.blocks
                    if block.is_body and is_prose(state.block_text(block))
                ),
                default=-1,
            )
        return self._last_prose


def _page_dump(state: ParseState) -> bool:
    """Whether the text is a whole web page as a browser or a scraper renders it: its first
    line, the page's title, repeated below as the headline (most of the title: a release's
    title names its company, and the company's name stands alone in its contact block)."""
    texts = [state.block_text(block)[:MAX_SCAN_CHARS] for block in state.blocks[:TITLE_WINDOW]]
    index = title_repeat_index(texts)
    if index is None:
        return False
    title = collapse(texts[0])
    return len(collapse(texts[index])) * _TITLE_REPEAT_SHARE >= len(title)


def _release(state: ParseState) -> bool:
    """Whether the text is a press release (it holds one of the lexicon's release marks)."""
    marks = state.lexicon.cached(
        "furniture.release_marks",
        lambda lexicon: regex.compile("|".join(f"(?:{mark})" for mark in lexicon.release_marks)),
    )
    return marks.search(state.text) is not None


def _repeated_lines(state: ParseState) -> set[str]:
    """The short lines (casefolded) printed more than once: a "Read more" under every card
    of a list is a button, no heading over the list."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in state.blocks:
        if block.end - block.start <= _MAX_HEADING_CHARS:
            line = state.block_text(block).casefold()
            (repeated if line in seen else seen).add(line)
    return repeated


def _first_line_fits(text: str) -> bool:
    """Whether the first line of *text* is short enough to be a heading."""
    end = text.find("\n")
    return (end if end >= 0 else len(text)) <= _MAX_HEADING_CHARS


def _heading(
    sections: tuple[_Section, ...], text: str
) -> tuple[_Section, regex.Match[str], list[str]] | None:
    """The section *text* opens with a heading of, the heading's match and the lines after
    it in the block (None if its first line is no heading)."""
    if not _first_line_fits(text):
        return None
    first, *rest = text.split("\n")
    for section in sections:
        match = section.heading.fullmatch(first)
        if match is not None:
            return section, match, [line for line in rest if line.strip()]
    return None


def _blocks_under(
    state: ParseState,
    page: _Page,
    index: int,
    fits: Callable[[str], bool],
    shape: str,
) -> list[int]:
    """Indices of the body blocks under the heading at *index* that belong to it."""
    under: list[int] = []
    limit = len(state.blocks) if shape == "paragraphs" else index + 1 + _MAX_LISTED
    for below in range(index + 1, min(limit, len(state.blocks))):
        if len(under) >= _MOST_UNDER.get(shape, len(state.blocks)):
            break
        block = state.blocks[below]
        if block.label == CHROME and not block.guessed and shape != "paragraphs":
            continue  # "Contact:" / "Jane Roe" / "jroe@example.com" / "+1 555 0100"
        if not block.claimable:
            break  # (a block the page reader only guessed is chrome may be the section's)
        text = state.block_text(block)
        if page.heading(text) is not None:
            break  # the next section
        if not all(fits(line) for line in text.split("\n") if line.strip()):
            break
        if shape in _TEASER_SHAPES and under and not _spaced_alike(state, under, below):
            break  # a list of lines, then a blank line and the story's next subhead
        under.append(below)
    if shape in _TEASER_SHAPES and under:
        ends_body = page.last_prose() < state.blocks[under[-1]].end
        teasers = sum(state.block_text(state.blocks[listed]).count("\n") + 1 for listed in under)
        if not ends_body and (shape == "closing teasers" or teasers < _MIN_TEASERS_INSIDE):
            return []  # "Read more" under a paragraph, over the page's next section
    return under


def _spaced_alike(state: ParseState, under: list[int], below: int) -> bool:
    """Whether ``blocks[below]`` stands as far from the list's last item as the list's items
    stand apart (a line each, or a blank line between): the list's first item, a block of
    several lines, sets lines (``Also read:`` / three teasers / a blank line / ``Trend 5:
    Exercises``, a subhead)."""
    first = state.blocks[under[0]]
    if "\n" in state.block_text(first):
        tight = True
    else:
        tight = _tight(state, under[0], under[1] if len(under) > 1 else below)
    return _tight(state, under[-1], below) == tight


def _tight(state: ParseState, above: int, below: int) -> bool:
    """Whether no blank line stands between ``blocks[above]`` and ``blocks[below]``."""
    return state.text.count("\n", state.blocks[above].end, state.blocks[below].start) < 2


def _is_teaser(line: str) -> bool:
    """A headline on its line: capitalised, a few words (not a widget's "Recently viewed"),
    short, no sentence's stop at its end."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TEASER_CHARS
        and len(line.split()) >= _MIN_TEASER_WORDS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and not line.endswith(_SENTENCE_STOP)
        and not is_prose(line)
    )


def _is_short_line(line: str) -> bool:
    """A contact's line: a name, a title, an address, a number (no sentence)."""
    line = line.strip()
    return 0 < len(line) <= _MAX_LINE_CHARS and not is_prose(line)


def _is_block(_line: str) -> bool:
    return True


_SHAPES: dict[str, Callable[[str], bool]] = {
    "teasers": _is_teaser,
    "closing teasers": _is_teaser,
    "lines": _is_short_line,
    "line": _is_short_line,
    "paragraphs": _is_block,
    "alone": _is_block,
}


def _names(name: str, text: str) -> bool:
    """Whether *text* names *name* near its start (its first word will do: "Northwind
    Robotics" is "Northwind Robotics Inc." or "Northwind" in the paragraph)."""
    first = regex.escape(name.split()[0].rstrip(".,"))
    return regex.search(rf"(?<!\w){first}(?!\w)", text[:_NAME_WITHIN_CHARS]) is not None
