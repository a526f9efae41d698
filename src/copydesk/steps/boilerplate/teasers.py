"""Passes that drop other stories from the article: teaser lists, links, boxes, tickers.

Sites print "Most read" lists, ``Related: <headline>`` links and boxes of the latest stories
between the article's paragraphs or right beside them, and the region takes them in. These
passes drop them; each dropped block goes to ``draft.related`` (chrome of kind ``related``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from copydesk._state import BODY, ParseState
from copydesk.reading.page import MAX_SCAN_CHARS, WORD, collapse, word_count
from copydesk.steps.boilerplate.draft import Draft
from copydesk.steps.boilerplate.lines import (
    DIGIT,
    MIN_TEASER_RUN,
    alternation_of,
    is_body_teaser,
    is_teaser_line,
)

__all__ = ["drop_repeated_edges", "drop_teaser_blocks", "drop_teaser_leads", "drop_teaser_runs"]

_teaser_lead_pattern = alternation_of("teaser_leads")

# A teaser list inside the article has at least MIN_TEASER_RUN teaser lines in a row, fewer
# at the article's first or last edge, where such lists begin and end it ...
_MIN_EDGE_TEASER_RUN = 2
# ... or is the first line (or lines) of the article under this many teaser lines outside it.
_MIN_LIST_ABOVE = 3


def drop_teaser_runs(draft: Draft) -> None:
    """Drop runs of headline-shaped lines inside the article: lists of other stories.

    Sites print "Most read" or "More on this" lists between the article's paragraphs,
    often with no header line, and the region runs through them. Three or more lines in a
    row that look like headlines (no sentence end, few digits, no link or price) are such
    a list; tables and product boxes have digits or prices and stay. At the article's
    first or last edge two such lines are enough. Lines of a list that already scored too
    low to stay inside the region count towards its length once a kept line has opened it
    (the ones left would otherwise be too few to make a run). A list under a lead-in
    (``This post will discuss the following:``) is the article's own, and so are runs
    between the article's paragraphs that repeat one pattern (see :func:`_parallel_runs`:
    a round-up's spec lines under each item). No run is read among the lines of a list or
    card that joined the article (``draft.listed``).
    """
    state, keep, listed = draft.state, draft.keep, draft.listed
    kept = [index for index, flag in enumerate(keep) if flag]
    if not kept:
        return
    edges = {kept[0], kept[-1]}
    # The tail of a long list above the article may have joined it (a headline and its
    # deck are two such lines: the list must be longer to tell).
    above = kept[0]
    while above > 0 and is_body_teaser(state, above - 1):
        above -= 1
    run: list[int] = []
    found: list[list[int]] = []
    for index in [*range(len(keep)), -1]:
        if index >= 0 and not keep[index]:
            if run and index < kept[-1] and is_body_teaser(state, index):
                run.append(index)  # dropped already, but part of the list
            continue
        if (
            index >= 0
            and index not in listed
            and is_teaser_line(state.block_text(state.blocks[index])[:MAX_SCAN_CHARS].strip())
        ):
            run.append(index)
            continue
        at_edge = bool(run) and (run[0] in edges or run[-1] in edges)
        at_end = bool(run) and run[-1] == kept[-1] and run[0] != kept[0]
        if run and _introduced(state, run[0]):
            pass  # the article's own list ("This post will discuss the following:")
        elif (
            at_end
            or len(run) >= (_MIN_EDGE_TEASER_RUN if at_edge else MIN_TEASER_RUN)
            or (run[:1] == kept[:1] and kept[0] - above >= _MIN_LIST_ABOVE)
        ):
            found.append(run)
        run = []
    own = _parallel_runs(state, [run for run in found if kept[0] < run[0] and run[-1] < kept[-1]])
    for run in found:
        if run[0] not in own:
            for teaser in run:
                keep[teaser] = False
            draft.related.update(run)


def _parallel_runs(state: ParseState, runs: list[list[int]]) -> set[int]:
    """The first indices of the *runs* (inside the article) that repeat a pattern with
    another of them: the same line right above both (``Pros Cons`` over a table's rows), or
    lines that open alike (``CEO:``, ``Product in focus:`` under every item of a round-up).
    A list of other stories is printed once, not under every part of the article.

    Runs are grouped by a key rather than compared pair by pair, so a page of many runs costs
    linear time: the line above is one key, and each two of a run's first
    ``_MAX_OPENINGS_COMPARED`` openings make another (two openings in common).
    """
    holders: dict[tuple[str, ...], list[int]] = {}
    for run in runs:
        lead = _lead_of(state, run[0])
        keys: list[tuple[str, ...]] = [("", lead)] if lead else []  # no opening is ""
        openings = sorted(_first_openings(state, run))
        keys.extend(
            (first, second)
            for place, first in enumerate(openings)
            for second in openings[place + 1 :]
        )
        for key in keys:
            holders.setdefault(key, []).append(run[0])
    return {first for group in holders.values() if len(group) > 1 for first in group}


_NUMBERING = regex.compile(r"^[\W\d_]+")

# A run's openings compared with other runs' (a round-up's spec lines are fewer); bounds
# the pairs made from one long run.
_MAX_OPENINGS_COMPARED = 16


def _first_openings(state: ParseState, run: list[int]) -> set[str]:
    """The distinct opening words of the first lines of *run* (at most
    ``_MAX_OPENINGS_COMPARED``)."""
    openings: set[str] = set()
    for index in run:
        opening = _opening(state, index)
        if opening:
            openings.add(opening)
            if len(openings) == _MAX_OPENINGS_COMPARED:
                break
    return openings


def _lead_of(state: ParseState, index: int) -> str:
    """The body line right above ``blocks[index]``, its digits and case folded ("" if none)."""
    above = index - 1
    while above >= 0 and state.blocks[above].label != BODY:
        above -= 1
    if above < 0:
        return ""
    return DIGIT.sub("#", collapse(state.block_text(state.blocks[above])[:MAX_SCAN_CHARS]))


def _opening(state: ParseState, index: int) -> str:
    """The first word of ``blocks[index]`` past any numbering, case folded."""
    text = _NUMBERING.sub("", state.block_text(state.blocks[index])[:MAX_SCAN_CHARS])
    words = WORD.findall(text[:_OPENING_CHARS])
    return words[0].casefold() if words else ""


# How far into a line its opening word is read.
_OPENING_CHARS = 40


def _introduced(state: ParseState, index: int) -> bool:
    """Whether the body block above *index* is a lead-in to a list (see :func:`_is_lead_in`)."""
    above = index - 1
    while above >= 0 and state.blocks[above].label != BODY:
        above -= 1
    return above >= 0 and _is_lead_in(state.block_text(state.blocks[above])[:MAX_SCAN_CHARS])


# A block repeated outside the article has at least this many words (short lines repeat by
# chance: "Share", a section name) ...
_MIN_REPEAT_WORDS = 8
_MIN_REPEAT_CHARS = 2 * _MIN_REPEAT_WORDS - 1
# ... and this many of them in a row at the article's edge are a box of the site's, printed twice.
_MIN_REPEAT_RUN = 2


def drop_repeated_edges(draft: Draft) -> None:
    """Drop runs of blocks at the article's edges that the page prints again outside it.

    A "Breaking News" ticker or a box of the latest stories, each a headline with its first
    sentence, reads like prose; printed right above or under the article, the region takes it
    in. Such boxes are often printed twice on a page (a ticker at the top and at the bottom),
    and an article's own paragraphs are not repeated outside the article. A run of two or
    more blocks at an edge is dropped when the page prints the whole run again, in the same
    order, outside the region (an article printed twice keeps both copies: they stand inside
    the region; a paragraph quoted once elsewhere is no run).
    """
    state, keep = draft.state, draft.keep
    kept = [index for index, flag in enumerate(keep) if flag]
    if len(kept) <= _MIN_REPEAT_RUN:
        return
    first, last = kept[0], kept[-1]
    # The page's body blocks outside the region, in order, as comparable texts.
    # (Blocks too short to hold _MIN_REPEAT_WORDS words stand for "" here: most of a page's
    # blocks outside the article are menu entries, not worth a collapse each.)
    outside = [
        collapse(state.block_text(block)[:MAX_SCAN_CHARS])
        if block.end - block.start >= _MIN_REPEAT_CHARS
        else ""
        for index, block in enumerate(state.blocks)
        if block.label == BODY and not first <= index <= last
    ]
    outside_texts = set(outside)
    for order in (kept, kept[::-1]):
        texts = []
        for index in order:
            text = collapse(state.block_text(state.blocks[index])[:MAX_SCAN_CHARS])
            if text not in outside_texts or word_count(text) < _MIN_REPEAT_WORDS:
                break
            texts.append(text)
        if not _MIN_REPEAT_RUN <= len(texts) < len(kept):
            continue
        if order is not kept:
            texts.reverse()  # the copy reads top to bottom, as the page prints it
        if _contains_run(outside, texts):
            for index in order[: len(texts)]:
                keep[index] = False
            draft.related.update(order[: len(texts)])


def _contains_run(items: Sequence[str], run: Sequence[str]) -> bool:
    """Whether *run* stands in *items* as consecutive items."""
    return any(
        list(items[start : start + len(run)]) == list(run)
        for start in range(len(items) - len(run) + 1)
        if items[start] == run[0]
    )


# A list the article introduces ("Here is what changes:") follows a line of this many words
# or more that ends in a colon or trails off.
_MIN_LEAD_IN_WORDS = 4
_LEAD_IN_END = regex.compile(r"(?::|\.\.\.|…)\s*$")


def _is_lead_in(text: str) -> bool:
    """A line that introduces a list under it: ``Here is what changes:``."""
    return _LEAD_IN_END.search(text) is not None and word_count(text) >= _MIN_LEAD_IN_WORDS


# A sentence that ends inside a line and another that starts after it: wrapped prose (a
# word of two lower-case letters or more before the stop: "St. Paul" is no sentence end).
_INNER_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{2})[.!?][\"”’')\]]*\s+[\"“‘(]?\p{Lu}")


def _is_listed_headline(line: str) -> bool:
    """A line of a block that reads as a headline in a list: headline-shaped, opening with a
    capital or a figure, and no sentence ending inside it (a hard-wrapped paragraph's lines
    end without a full stop too, but run on from one sentence into the next)."""
    return (
        is_teaser_line(line) and not line[:1].islower() and _INNER_SENTENCE_END.search(line) is None
    )


def _continues_a_sentence(line: str) -> bool:
    """A line that opens in lower case carries on the sentence of the line above it: that
    line was hard-wrapped prose, not a headline in a list."""
    return line[:1].islower()


def drop_teaser_blocks(draft: Draft) -> None:
    """Drop blocks that are lists of other stories' headlines, one per line.

    A teaser box often reaches the text as one block of lines (a list without blank lines
    between its items), long enough to read like a paragraph. When at least two of its
    lines, and at least half of them, are headline-shaped (see :func:`_is_listed_headline`), it
    is such a box, unless the line above introduces it (``Here is what changes:``): then
    it is the article's own list.
    """
    state, keep = draft.state, draft.keep
    previous: str | None = None
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:MAX_SCAN_CHARS]
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) < 2:
            previous = text
            continue  # a block of one line (most of an article's) is no list: not read
        teasers = sum(
            1
            for line, after in zip(lines, [*lines[1:], ""], strict=True)
            if _is_listed_headline(line) and not _continues_a_sentence(after)
        )
        introduced = previous is not None and _is_lead_in(previous)
        if teasers >= 2 and 2 * teasers >= len(lines) and not introduced:
            keep[index] = False
            draft.related.add(index)
        previous = text


# A line that opens with a teaser lead has at most this many words.
_MAX_TEASER_LEAD_WORDS = 30


def drop_teaser_leads(draft: Draft) -> None:
    """Drop links to other stories inside the article: ``Related: <headline>``, ``Read
    more: <headline>``, ``Also on example.com <headline>`` (``lexicon.teaser_leads``).

    A short line that opens with such a lead and goes on after it is another story's
    headline, however well it reads. A lead alone (``Related:``) is a heading, left to the
    other rules.
    """
    state, keep = draft.state, draft.keep
    pattern = state.lexicon.cached("boilerplate.teaser_leads", _teaser_lead_pattern)
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:MAX_SCAN_CHARS].strip()
        lead = pattern.match(text)
        if (
            lead is not None
            and WORD.search(text, lead.end()) is not None
            and word_count(text) <= _MAX_TEASER_LEAD_WORDS
        ):
            keep[index] = False
            draft.related.add(index)
