"""The page's one writer, read where the page reader put no byline window.

The authors pass reads bylines around the headline and the lede the page classifier chose.
On many pages that choice is off (a menu row taken for the headline, the story's top
guessed chrome), or the writer stands in an author box under the story (``Written by`` /
``Jane Doe`` / ``Jane has covered ...``). When the authors pass found no author byline, this
pass reads every line of the page that reads as a byline with a lead-in (``Written by Jane
Doe``, ``By Jane Doe | 8 min read``, ``Posted on May 2, 2024 by jroe``, a lone ``Author:``
line over a name line) and takes the writer only when **every such line names the same
persons**: a listing, a column of related stories or a comment thread names many, an
article one (the lines above the lede are weighed alone first). Failing that, a name line
with a page's date stamp right under it (``Jane Doe`` / ``March 17, 2025``) above the story
is read the same way (a one-word name only over a blog platform's whole post header, ``Ben``
/ ``2 days ago`` / ``6 min read``), failing that an author box under the story: a name line over the
writer's biography (``Jane Doe`` / ``Jane Doe is a reporter ...``), and failing that a
personal site's masthead: the page's first line a name, a few lines over the headline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import partial

import regex

from copydesk._models import Byline
from copydesk._state import CHROME, Block, ParseState
from copydesk.reading.names import name_list, opens_with_given_name
from copydesk.reading.page import LineMemo
from copydesk.steps.bylines.authors import avatar_over, label_author_at, label_names_at
from copydesk.steps.bylines.bare import (
    bare_name,
    name_after_date,
    one_word_writer,
    opens_stamp_line,
    stamp_over,
    stamp_under,
)
from copydesk.steps.bylines.boxes import author_boxes, biography_under, masthead_name
from copydesk.steps.bylines.candidates import Candidate, may_hold, plausible
from copydesk.steps.bylines.extras import classify_extra
from copydesk.steps.bylines.layout import Prose, lede_index
from copydesk.steps.bylines.notes import opens_note
from copydesk.steps.bylines.page_words import common_words
from copydesk.steps.bylines.parts import (
    DATE_END,
    DATED_LEAD,
    MAX_BARE_BYLINE_CHARS,
    TAIL,
    read_author,
)
from copydesk.steps.bylines.words import BylineWords

__all__ = ["find_author_elsewhere"]

# A line searched for a byline is at most this long.
_MAX_LINE_CHARS = 200
# A page printing more byline lines than this is a listing, whoever they name.
_MAX_CANDIDATES = 6
# The page's title stands at most this many blocks above or under its writer's line.
_TITLE_ABOVE = 4
_TITLE_BELOW = 3
_WORDS = regex.compile(r"\w+")
# How a reader's comment opens under a story; an author box says "Written by", "Author".
_COMMENT_LEAD = regex.compile(r"(?i)(?:[^\n]{0,70}?\s)?(?:posted|submitted)\s+by\b")
# How many times a page is searched for a name printed again (see `_Page`).
_MAX_ECHO_SEARCHES = 16
# What `_lead_names` returns for a line that names no writer.
_NONE: tuple[frozenset[str], bool] = (frozenset(), False)
# The kinds of byline that name the story's writers: with one found, this pass reads no more.
_WRITER_KINDS = frozenset({"author", "writing", "reporting"})
# How many blocks above the lede a bare name with a date under it may stand.
_BARE_BEFORE_LEDE = 30
# How many blocks above the story's first paragraph a one-word name over a post's header
# may stand (the name, the date, the reading time).
_POST_HEADER_ABOVE_PROSE = 3


def find_author_elsewhere(state: ParseState, words: BylineWords, prose: Prose) -> None:
    """Label the page's one writer when the passes before found none (see the module): a
    credit trailer that names no writer (``Jane Doe contributed to this report``) leaves
    the writer to find."""
    if any(
        isinstance(block.finding, Byline) and block.finding.kind in _WRITER_KINDS
        for block in state.blocks
    ):
        return
    # One reading of where the story starts for every kind of evidence: reading the lines
    # changes no block, so the lede stays where it is (one pass over every block less).
    lede = lede_index(state, prose)
    # The evidence, surest first: lines with a lead-in, names over a date, author boxes. A
    # kind of line that names several writers (a listing, related stories) says nothing.
    sources = (
        ("lead", _lead_lines),
        ("dated", _dated_names),
        ("box", author_boxes),
        ("masthead", masthead_name),
    )
    for kind, source in sources:
        candidates = list(source(state, words, prose, lede))
        # Above the story a page prints its writer; under it, related stories print theirs
        # too: the lines above the lede are weighed alone first.
        above = [candidate for candidate in candidates if not candidate.below_lede]
        agreed = _one_writer(state, above) or _one_writer(state, candidates)
        if agreed:
            _label_candidate(state, words, agreed[0], kind)
            return


def _label_candidate(state: ParseState, words: BylineWords, first: Candidate, kind: str) -> None:
    """Label the line of *first*, a candidate of the *kind* of evidence that agreed."""
    index = _cut_line(state, first)
    if kind in ("box", "masthead"):
        label_names_at(state, index, first.printed)
    else:
        label_author_at(state, words, index, bare=kind == "dated", one_word=first.one_word)


def _one_writer(state: ParseState, candidates: list[Candidate]) -> list[Candidate]:
    """*candidates* if they all name the same persons and are few, else none: a listing,
    related stories or a comment thread name many writers; a list of one writer's posts
    prints the writer under dates that differ (see `_dated_apart`)."""
    if not candidates or len(candidates) > _MAX_CANDIDATES:
        return []
    if len({candidate.names for candidate in candidates}) != 1:
        return []
    if _dated_apart(state, candidates):
        return []
    return candidates


def _dated_apart(state: ParseState, candidates: list[Candidate]) -> bool:
    """Whether two of *candidates* print their writer after different dates
    (``October 28, 2025 by Jane Doe | Community`` / ``September 30, 2025 by Jane Doe``):
    a story prints its writer with one date, a list of the writer's posts with one a post."""
    dates: set[str] = set()
    for candidate in candidates:
        text = state.block_text(state.blocks[candidate.index])
        line = text[candidate.line_start : candidate.line_end]
        dated = DATED_LEAD.match(line)
        if dated is not None and DATE_END.search(line, 0, dated.end()) is not None:
            dates.add(" ".join(line[: dated.end()].split()).casefold())
    return len(dates) > 1


def _lead_lines(
    state: ParseState, words: BylineWords, prose: Prose, lede: int
) -> Iterator[Candidate]:
    """Every line of the page that reads as a byline with a lead-in and names a person
    (*lede*: the index of the story's first paragraph)."""
    page = _Page(state)
    for index, block in enumerate(state.blocks):
        if not may_hold(state, index) or (index > lede and block.kind == "comments"):
            continue  # (under the story, what the page reader took for comments is one)
        text = state.block_text(block)
        if prose(index) and not opens_note(text):
            continue  # a paragraph's line ("... on March 3, 1987 by the company")
        line_start = 0
        for line in text.split("\n"):
            line_end = line_start + len(line)
            names, one_word = _lead_names(
                state,
                words,
                index,
                line.strip(),
                alone=line_end == len(text),
                below_lede=index > lede,
                next_line=partial(_next_line, state, index, text, line_end),
                page=page,
            )
            if names:
                yield Candidate(index, line_start, line_end, names, index > lede, one_word=one_word)
            line_start = line_end + 1


def _lead_names(
    state: ParseState,
    words: BylineWords,
    index: int,
    line: str,
    *,
    alone: bool,
    below_lede: bool,
    next_line: Callable[[], str],
    page: _Page,
) -> tuple[frozenset[str], bool]:
    """The persons a byline line with a lead-in names (empty if it is none), and whether it
    names them in one word (*next_line* gives the line under it, read only when needed)."""
    if not line or len(line) > _MAX_LINE_CHARS:
        return _NONE
    lead = words.leads.match(line)
    dated = DATED_LEAD.match(line) if lead is None else None
    if (
        lead is None
        and dated is None
        and not below_lede
        # (What the line says before where it stands: most lines hold no role word, and
        # the blocks around the title are then never read.)
        and _holds_role_head(words, line.casefold())
        and _beside_title(page, index)
    ):
        return _titled_writer(state, words, line)  # "Jane Doe, Staff Writer" by the title
    if lead is None and (
        dated is None or not DATE_END.search(line, 0, dated.end()) or not opens_stamp_line(line)
    ):
        return _NONE  # "Top Doctors by Northern Virginia Magazine": a title, no stamp
    if below_lede and _comment_lead(line):
        return _NONE  # a reader's comment under the story: "Posted by: jim"
    if lead is not None and lead.end() == len(line):
        # A lone "Written by" / "Author:" label: the names stand in the next block.
        if not alone or index + 1 >= len(state.blocks):
            return _NONE
        names_at = index + 2 if avatar_over(state, index + 1) else index + 1
        following = state.blocks[names_at]
        if following.end - following.start > MAX_BARE_BYLINE_CHARS or not may_hold(state, names_at):
            return _NONE
        line = f"{line} {state.block_text(following)}"
        labelled = True
    else:
        labelled = False
    reading, end = (
        read_author(state, words, line[dated.end() :], dated_before=True)
        if dated
        else read_author(state, words, line)
    )
    one_word = False
    if reading is None and lead is not None:
        # "Written by Kristin" / "May 2, 2025": the page may vouch for a one-word name.
        reading, end = read_author(state, words, line, one_word=True)
        one_word = True
        name_at = index + 1 if labelled else index
        if reading is not None and not (
            not reading.names
            or _stamp_by(state, index, labelled=labelled)
            # ("Posted by: jim | <date>" under a headline opens a comment as often.)
            or (
                not _plain(words, lead.group())
                and (
                    _under_headline(state, index)
                    or biography_under(state, words, name_at, reading.names[0])
                )
            )
        ):
            return _NONE
    if reading is None or not plausible(state, words, reading.names):
        return _NONE
    # Away from the story a line needs more than "By" and a name: a label line of its own
    # over the name (an author box), a job title or an outlet, or a date beside it.
    evidence = (
        labelled
        or dated is not None
        or (lead is not None and not _plain(words, lead.group()))
        or reading.role is not None
        or reading.organization is not None
        or end < len(line)  # a date or stamp tail
        or stamp_under(state, index)
        or stamp_over(state, index)
        or classify_extra(state.lexicon, words, next_line(), after_separator=False) != (None, None)
        or page.printed_again(index, reading.names)
    )
    if not evidence:
        return _NONE
    return frozenset(name.casefold() for name in reading.names), one_word


def _holds_role_head(words: BylineWords, folded: str) -> bool:
    """Whether a word of the casefolded line *folded* is a role head (``writer``)."""
    if words.role_head_mark.search(folded) is None:
        return False  # (the cheap test first: no role head anywhere in the line)
    return not words.role_heads.isdisjoint(_WORDS.findall(folded))


def _titled_writer(state: ParseState, words: BylineWords, line: str) -> tuple[frozenset[str], bool]:
    """The persons of a line without a lead-in beside the page's title that names them with
    a job title (``Jane Doe Staff Writer``, ``Jane Doe | Contributing Writer``)."""
    reading, _ = read_author(state, words, line)
    if (
        reading is None
        or reading.role is None
        or not plausible(state, words, reading.names)
        or common_words(state, reading.names)
    ):
        return _NONE
    return frozenset(name.casefold() for name in reading.names), False


def _plain(words: BylineWords, lead: str) -> bool:
    """Whether *lead* is a plain one (``By``, ``Posted by``), not ``Written by``."""
    return " ".join(lead.strip(" \t\n:").casefold().split()) in words.plain_leads


def _under_headline(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` stands right under the block taken for the headline."""
    return index > 0 and state.blocks[index - 1].label == "headline"


def _stamp_by(state: ParseState, index: int, *, labelled: bool) -> bool:
    """Whether a page's date stamp stands right above or under the byline line
    ``blocks[index]`` (under its name line, for a label line over one)."""
    return stamp_over(state, index) or stamp_under(state, index + 1 if labelled else index)


class _Page:
    """What the pass reads of the whole page, worked out once: where the blocks start, the
    words of the page's title, which blocks repeat it (`repeats_title`), and whether it
    prints a name again where it prints its writer (see `printed_again`, searched at most
    `_MAX_ECHO_SEARCHES` times a page: each search reads the whole text, and a listing of
    thousands of bylines is no article)."""

    def __init__(self, state: ParseState) -> None:
        self._state = state
        self._starts = [block.start for block in state.blocks]
        self._left = _MAX_ECHO_SEARCHES
        title = next((b for b in state.blocks if b.label == CHROME and b.kind == "title"), None)
        self.title_words = (
            frozenset(_WORDS.findall(state.block_text(title).casefold())) if title else frozenset()
        )
        # The short blocks that are the headline or repeat the title, by index, read once
        # when a line first asks (each line of a run of byline lines asks about the blocks
        # around it: a memo by block read them some seven times a line).
        self._title_blocks: list[int] | None = None
        self._repeats_title = LineMemo(self._text_repeats_title)

    def repeats_title(self, block: Block) -> bool:
        """Whether *block* repeats the page's title: three words or more, most of them the
        title's (each short text read once: a page of short lines repeats them)."""
        if not self.title_words:
            return False
        return self._repeats_title(self._state.block_text(block))

    def _text_repeats_title(self, text: str) -> bool:
        folded = text.casefold()
        if not any(word in folded for word in self.title_words):
            return False  # (the cheap test first: a line that shares no word repeats nothing)
        found = _WORDS.findall(folded)
        shared = sum(word in self.title_words for word in found)
        return len(found) >= 3 and shared >= 0.8 * len(found)

    def title_blocks(self) -> list[int]:
        """The indices, in order, of the blocks of at most `_MAX_LINE_CHARS` characters that
        the page reader took for the headline or that repeat the page's title."""
        if self._title_blocks is None:
            self._title_blocks = [
                index
                for index, block in enumerate(self._state.blocks)
                if block.end - block.start <= _MAX_LINE_CHARS
                and (block.label == "headline" or self.repeats_title(block))
            ]
        return self._title_blocks

    def printed_again(self, index: int, names: Sequence[str]) -> bool:
        """Whether every name is printed again, away from ``blocks[index]``, where a page
        prints its writer: opening a block (an author box's name line, a bio's ``Jane Doe
        is a reporter ...``) or closing one (``View all posts by Jane Doe``, ``About Jane
        Doe``)."""
        if self._left <= 0:
            return False
        self._left -= 1
        state = self._state
        for name in names:
            pattern = regex.compile(
                r"(?i)\b" + r"\s+".join(regex.escape(word) for word in name.split()) + r"\b"
            )
            found = pattern.finditer(state.text)
            if not any(_opens_or_closes(state, self._starts, index, match) for match in found):
                return False
        return True


def _opens_or_closes(
    state: ParseState, starts: list[int], index: int, found: regex.Match[str]
) -> bool:
    """Whether the name *found* opens or closes a block other than ``blocks[index]``."""
    at = bisect_right(starts, found.start()) - 1
    if at < 0 or at == index:
        return False
    block = state.blocks[at]
    if found.end() > block.end:
        return False
    after = state.text[found.end() : block.end]
    return found.start() == block.start or not after.strip(" .,;:|)(")


def _next_line(state: ParseState, index: int, text: str, line_end: int) -> str:
    """The line under the one ending at *line_end* of ``blocks[index]``'s *text*."""
    if line_end < len(text):
        return text[line_end + 1 :].split("\n", 1)[0]
    if index + 1 < len(state.blocks):
        return state.block_text(state.blocks[index + 1]).split("\n", 1)[0]
    return ""


def _comment_lead(line: str) -> bool:
    """Whether *line* opens as a reader's comment does (``Posted by``, ``Submitted by``)."""
    return _COMMENT_LEAD.match(line) is not None


def _dated_names(
    state: ParseState, words: BylineWords, prose: Prose, lede: int
) -> Iterator[Candidate]:
    """Name lines over a page's date stamp, or after the stamp that opens their line, above
    the story (the lede at index *lede*; see ``bare.bare_name`` and
    ``bare.name_after_date``)."""
    page = _Page(state)
    for index in range(max(0, lede - _BARE_BEFORE_LEDE), lede):
        block = state.blocks[index]
        if not may_hold(state, index) or block.end - block.start > MAX_BARE_BYLINE_CHARS:
            continue
        text = state.block_text(block)
        # "12 Comments | Jane Doe | Last Updated: May 2, 2025": the name after the stamp.
        found = name_after_date(state, words, index, text)[2]
        tail = TAIL.search(text)  # "Jane Doe October 14, 2025": the name before its date
        if not found and name_list(words.names, text[: tail.start()] if tail else text):
            reading, _ = bare_name(state, words, index, text, dated_only=True)
            found = reading.names if reading is not None else []
        one_word = False
        if not found and _prose_under(state, prose, index):
            # "Ben" / "2 days ago" / "6 min read": a blog platform's post header over the story.
            reading, _ = one_word_writer(state, words, index, text, post_header=True)
            found, one_word = (reading.names, True) if reading is not None else ([], False)
        if (
            found
            and plausible(state, words, found)
            # Away from the headline a date is not enough: a menu row may stand over one. A
            # known given name, or the name printed again in an author box, is.
            and (
                all(opens_with_given_name(words.names, name) for name in found)
                or page.printed_again(index, found)
            )
        ):
            names = frozenset(name.casefold() for name in found)
            yield Candidate(index, 0, len(text), names, one_word=one_word)


def _prose_under(state: ParseState, prose: Prose, index: int) -> bool:
    """Whether the first body block under ``blocks[index]`` but the post header's stamp
    lines (``3 days ago``, ``6 min read``), within `_POST_HEADER_ABOVE_PROSE` blocks, is a
    paragraph of prose: the story's first."""
    last = min(len(state.blocks), index + _POST_HEADER_ABOVE_PROSE + 2)
    for below in range(index + 1, last):
        block = state.blocks[below]
        if block.is_body and not opens_stamp_line(state.block_text(block)):
            return prose(below)
    return False


def _beside_title(page: _Page, index: int) -> bool:
    """Whether the headline, or a line repeating the page's title (see `_Page`), stands
    right above or under ``blocks[index]``: where a page prints its writer, whichever block
    the page reader took for the headline."""
    marks = page.title_blocks()
    # The first mark from _TITLE_ABOVE blocks above, and the one after it (one of the two
    # may be the block itself).
    at = bisect_left(marks, index - _TITLE_ABOVE)
    return any(near != index and near <= index + _TITLE_BELOW for near in marks[at : at + 2])


def _cut_line(state: ParseState, candidate: Candidate) -> int:
    """Cut the candidate's line out of its block; the index of the line's block."""
    index = candidate.index
    block = state.blocks[index]
    text = state.block_text(block)
    if text[candidate.line_end :].strip():
        state.split_block(index, block.start + candidate.line_end)
    if text[: candidate.line_start].strip():
        state.split_block(index, block.start + candidate.line_start)
        index += 1
    return index
