"""Normalisation and block segmentation.

``normalize`` makes :attr:`ParseState.text`: a copy of the source *of the same length* in
which every line break (``\\r\\n``, ``\\r``, U+2028 ...) is ``\\n`` and every other space
(tab, no-break space, zero-width space, BOM ...) is a plain space. Offsets therefore mean the
same in the source and in the normalised text, and spans stay exact. Dash and space entities
a scrape left in the text (``&mdash;``, ``&#8211;``, ``&nbsp;``) read as the dash or a space,
padded with spaces to the entity's length.

``segment`` cuts the text into blocks: each non-blank line is a block, except that the lines
of a hard-wrapped paragraph (a run of similar-length lines that don't end sentences) form
one block. So do lines filled greedily to the width the other paragraphs are wrapped at
(no line longer, and each line's first word too long for the line before), even where a
line ends a sentence. Two kinds of run that no article prints are one block each, so that
hostile input costs per run, not per line: 64 or more wordless lines (``a``, ``--``, quote
marks), and 1,000 or more blocks of at most ten characters (``News``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from copydesk._state import Block, ParseState
from copydesk._step import step

__all__ = ["LINE_BREAKS", "SPACES", "normalize", "segment"]

#: Characters that end a line (those ``str.splitlines`` splits on), apart from ``\n``.
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Characters read as a plain space: ``str.isspace`` ones that don't break lines, plus the
#: invisible zero-width space, word joiner and byte-order mark.
SPACES = (
    "\t\x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\u2060\ufeff"
)

_REPLACEMENTS = {**dict.fromkeys(LINE_BREAKS, "\n"), **dict.fromkeys(SPACES, " ")}
# The stdlib engine scans for a set of literal characters about three times faster than
# regex (the same set: both read them as literals); this scan covers the whole input.
_NEEDS_TRANSLATION = re.compile(f"[{re.escape(LINE_BREAKS + SPACES)}]")

# Entities of dashes and of the no-break space ("WASHINGTON (AP) &mdash; The ..."), by name or
# number; each reads as its character, padded with spaces to the entity's length.
_ENTITIES = re.compile(r"&(?:mdash|ndash|nbsp|#821[12]|#160|#x201[34]|#xa0);", re.IGNORECASE)
_ENTITY_CHARACTERS = {
    **dict.fromkeys(("mdash", "#8212", "#x2014"), "—"),
    **dict.fromkeys(("ndash", "#8211", "#x2013"), "–"),
    **dict.fromkeys(("nbsp", "#160", "#xa0"), " "),
}

# A hard-wrapped line is at least this long; shorter lines are menu items, table rows ...
_MIN_WRAPPED_LINE = 40
_MAX_WRAPPED_LINE = 100
# How much longer than the widest sure wrapped line another wrapped line may be (a word).
_WIDTH_SLACK = 12
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")
# A quote closed after a comma goes on with its attribution: "…," she said.
_QUOTE_GOES_ON = (',"', ",”", ",’", ",'")


@step(provides=("text",))
def normalize(state: ParseState) -> None:
    """Make the same-length normalised text the other steps read.

    >>> from copydesk import Lexicon, ParseState
    >>> state = ParseState("Storm\\u00a0hits\\r\\n\\r\\nThe\\tstorm hit.", Lexicon.default())
    >>> normalize(state)
    >>> state.text, len(state.text) == len(state.source)
    ('Storm hits \\n \\nThe storm hit.', True)
    """
    text = state.source
    found = _NEEDS_TRANSLATION.search(text)
    if found is not None:
        # "\r\n" becomes " \n": one line break, and the same length.
        text = text.replace("\r\n", " \n")
        # One str.replace per exotic character the text holds (a text holds few kinds): much
        # faster than str.translate, which steps through every character in Python.
        while found is not None:
            character = found.group()
            text = text.replace(character, _REPLACEMENTS[character])
            found = _NEEDS_TRANSLATION.search(text, found.start())
    if "&" in text:
        text = _ENTITIES.sub(_entity_read, text)
    state.text = text


def _entity_read(entity: re.Match[str]) -> str:
    """The character an entity stands for, padded with spaces to the entity's length."""
    character = _ENTITY_CHARACTERS[entity.group()[1:-1].lower()]
    return character.ljust(len(entity.group()))


@step(requires=("text",), provides=("blocks",))
def segment(state: ParseState) -> None:
    """Cut the normalised text into blocks (lines, or hard-wrapped paragraphs).

    >>> from copydesk import Lexicon, ParseState
    >>> text = (
    ...     "Storm hits\\n\\n"
    ...     "The storm hit the coast on Monday and it cut power\\n"
    ...     "to thousands of homes along the shore, and officials\\n"
    ...     "said it would take days to restore.\\n\\n"
    ...     "Home\\nWorld"
    ... )
    >>> state = ParseState(text, Lexicon.default())
    >>> normalize(state)
    >>> segment(state)
    >>> [state.block_text(block)[:20] for block in state.blocks]
    ['Storm hits', 'The storm hit the co', 'Home', 'World']
    """
    text = state.text
    # Two readings of the lines, each holding only the lines of a group that may be one
    # wrapped paragraph (a per-line list of a page of short lines cost ~110 bytes a
    # character): the first finds the width the sure paragraphs are wrapped at, which tells
    # the others (a line break right after a sentence end) apart from lines that are
    # paragraphs of their own; the second cuts the blocks.
    width = 0
    for lines in _wrap_candidates(text):
        if _is_hard_wrapped(text, lines) or _is_wrapped_at(text, lines, 0):
            width = max(width, max(end - start for start, end in lines[:-1]))
    blocks = _Blocks(text)
    for lines, candidate in _groups_in_pieces(text):
        # (A line alone is no wrapped paragraph: most groups of a page, spared the tests.)
        if (
            candidate
            and len(lines) > 1
            and (
                _is_hard_wrapped(text, lines)
                or _is_wrapped_at(text, lines, 0)
                or _is_wrapped_at(text, lines, width)
            )
        ):
            blocks.add(lines[0][0], lines[-1][1])
        else:
            for start, end in lines:
                blocks.add(start, end)
    state.blocks = blocks.finish()


# A non-blank line, trimmed of spaces (after normalisation the only whitespace is " " and
# "\n"). Backtracking is bounded by the line: the lazy part never crosses a line break.
_TRIMMED_LINE = re.compile(r"[^ \n](?:[^\n]*[^ \n])?")


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, opens_group)`` of every non-blank line, trimmed; a line opens a group
    when a blank line (or the start of the text) comes before it."""
    previous_end = -1
    count = text.count
    for match in _TRIMMED_LINE.finditer(text):
        start, end = match.span()
        # Two line breaks between lines (with only spaces around them) is a blank line.
        yield start, end, previous_end < 0 or count("\n", previous_end, start) > 1
        previous_end = end


def _line_groups(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, as lists of trimmed ``(start, end)`` offsets."""
    groups: list[list[tuple[int, int]]] = []
    for start, end, opens_group in _lines(text):
        if opens_group:
            groups.append([])
        groups[-1].append((start, end))
    return groups


def _groups_in_pieces(
    text: str, *, settled: bool = True
) -> Iterator[tuple[list[tuple[int, int]], bool]]:
    """Every line of *text*, in order, in pieces ``(lines, candidate)``: a candidate is a
    whole group that may be one wrapped paragraph; other pieces are lines that are blocks
    of their own (left out without *settled*).

    A group may be wrapped only while every line but its last is between
    ``_MIN_WRAPPED_LINE`` and ``_MAX_WRAPPED_LINE`` characters long (the tests below all
    require it): a line outside that range settles its group, whose lines then go out as
    they come, so that no list holds the lines of a page of short lines.
    """
    lines: list[tuple[int, int]] = []
    candidate = True
    for start, end, opens_group in _lines(text):
        if opens_group:
            if lines:
                yield lines, candidate
            lines, candidate = [], True
        if candidate and lines:
            previous_start, previous_end = lines[-1]
            if not _MIN_WRAPPED_LINE <= previous_end - previous_start <= _MAX_WRAPPED_LINE:
                if settled:
                    yield lines, False  # an inner line out of range: not a wrapped paragraph
                lines, candidate = [], False
        if not candidate:
            if settled:
                yield [(start, end)], False
            continue
        lines.append((start, end))
    if lines:
        yield lines, candidate


def _wrap_candidates(text: str) -> Iterator[list[tuple[int, int]]]:
    """The groups of at least two lines that may be one wrapped paragraph."""
    for lines, candidate in _groups_in_pieces(text, settled=False):
        if candidate and len(lines) > 1:
            yield lines


# A run of this many wordless lines ("a", "--", quote marks) is one block. No article prints
# such a run, and a block per line would make hostile input cost (and hold) per line.
_MIN_LITTER_RUN = 64
_MAX_LITTER_CHARS = 2
_WORD_CHARACTER = re.compile(r"[^\W_]")
# So is a run of this many blocks of at most _MAX_TINY_CHARS characters ("News", "Share"):
# no article prints a thousand lines too short for a sentence in a row. Menus, calendars and
# tag lists on the pages of the dev corpora run to 170 such lines at most.
_MIN_TINY_RUN = 1000
_MAX_TINY_CHARS = 10


class _Blocks:
    """The blocks of a text, added in order: a long run of litter lines, then a very long
    run of tiny blocks, is made one block as it comes (no block is made for its lines)."""

    def __init__(self, text: str) -> None:
        self._blocks: list[Block] = []
        tiny = _Runs(_is_tiny, _MIN_TINY_RUN, self._append)
        self._tiny = tiny

        def is_litter(start: int, end: int) -> bool:
            """Whether the block is at most two characters, or holds no letter or digit."""
            short = end - start <= _MAX_LITTER_CHARS
            return short or _WORD_CHARACTER.search(text, start, end) is None

        self._litter = _Runs(is_litter, _MIN_LITTER_RUN, tiny.add)

    def add(self, start: int, end: int) -> None:
        """Add the block ``start``-``end`` (after the blocks added so far)."""
        self._litter.add(start, end)

    def finish(self) -> list[Block]:
        """The blocks, in order."""
        self._litter.finish()
        self._tiny.finish()
        return self._blocks

    def _append(self, start: int, end: int) -> None:
        self._blocks.append(Block(start, end))


def _is_tiny(start: int, end: int) -> bool:
    return end - start <= _MAX_TINY_CHARS


class _Runs:
    """Spans added in order and passed on to *out*, except that each run of at least
    *min_run* spans that *joins* passes on as one span (held only as its two ends)."""

    def __init__(
        self, joins: Callable[[int, int], bool], min_run: int, out: Callable[[int, int], None]
    ) -> None:
        self._joins, self._min_run, self._out = joins, min_run, out
        self._run: list[tuple[int, int]] = []  # the spans of a run still short
        self._long_run: tuple[int, int] | None = None  # the span of a run long enough

    def add(self, start: int, end: int) -> None:
        if not self._joins(start, end):
            if self._run or self._long_run is not None:
                self.finish()
            self._out(start, end)
        elif self._long_run is not None:
            self._long_run = (self._long_run[0], end)
        else:
            self._run.append((start, end))
            if len(self._run) >= self._min_run:
                self._long_run = (self._run[0][0], end)
                self._run = []

    def finish(self) -> None:
        """Pass on the run in hand."""
        if self._long_run is not None:
            self._out(*self._long_run)
            self._long_run = None
        for start, end in self._run:
            self._out(start, end)
        self._run = []


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a run of lines is one paragraph wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    lengths = [end - start for start, end in inner]
    if min(lengths) < _MIN_WRAPPED_LINE or max(lengths) > _MAX_WRAPPED_LINE:
        return False
    if max(lengths) - min(lengths) > _MAX_WRAPPED_LINE // 3:
        return False
    ends_sentence = sum(_ends_sentence(text[start:end]) for start, end in inner)
    return ends_sentence * 2 < len(inner)


def _ends_sentence(line: str) -> bool:
    return line.endswith(_SENTENCE_END) and not line.endswith(_QUOTE_GOES_ON)


def _is_wrapped_at(text: str, lines: list[tuple[int, int]], width: int) -> bool:
    """Whether a run of lines was filled greedily to *width* columns: no line is longer, and
    the first word of each line would not have fitted on the line before.

    Without a *width* from the rest of the text, the widest line but the last sets it, when
    at least two lines come before the last and one of them does not end a sentence. A line
    may be a word longer than *width*: the widest line seen may fall short of the real width.
    """
    inner = lines[:-1]
    if not inner:
        return False
    if not width:
        if len(inner) < 2 or all(_ends_sentence(text[start:end]) for start, end in inner):
            return False
        width = max(end - start for start, end in inner)
    # The widest line seen may fall a word short of the width the text was wrapped at.
    longest = min(width + _WIDTH_SLACK, _MAX_WRAPPED_LINE)
    if lines[-1][1] - lines[-1][0] > longest:
        return False
    for (start, end), (next_start, next_end) in zip(inner, lines[1:], strict=True):
        following = text.find(" ", next_start, next_end)
        next_word = (following if following >= 0 else next_end) - next_start
        if not _MIN_WRAPPED_LINE <= end - start <= longest or end - start + 1 + next_word <= width:
            return False
    return True
