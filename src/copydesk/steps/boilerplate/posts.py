"""A pass that keeps every post of a page of posts: a forum thread, a question's answers.

A forum prints each post under the same header lines (the poster's rank ``Senior Member``,
``Location``, ``Author stats``), a question site each answer over the same line (``Improve
this answer``), and the posts read alike: the region the classifier finds is one of them,
the first or the longest. When the draft's first block stands right under such a header
(or its last block right over such a footer), and the line comes back again and again with
prose between, the page is a thread and each post is its content. An article's comment
thread is told apart by where the draft starts: an article opens under its headline and
byline, not under a post header; and a few teasers printed under the article's own section
label hold less prose than the article.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from copydesk._state import BODY, ParseState
from copydesk.reading.page import (
    ENDS_SENTENCE,
    MAX_SCAN_CHARS,
    LineMemo,
    collapse,
    word_count,
)
from copydesk.reading.prose import is_prose
from copydesk.steps.boilerplate.draft import Draft, first_kept, last_kept
from copydesk.steps.boilerplate.lines import DIGIT, MAX_STAMP_WORDS, is_widget_or_stamp_text

__all__ = ["join_thread_posts"]

# A post header line has at most this many words (and characters) ...
_MAX_HEADER_WORDS = 3
_MAX_HEADER_CHARS = 40
# ... and stands at least this many times on the page.
_MIN_POSTS = 3
# The draft opens at most this many blocks under a header (or ends over a footer), with no
# prose between them.
_HEADER_REACH = 8
# Two headers of one thread are at most this many blocks apart.
_MAX_POST_BLOCKS = 40


def join_thread_posts(draft: Draft) -> None:
    """On a page of posts under (or over) one repeated line, let every post join the article.

    The line is short (no figure, no sentence end, no widget wording or date: ``Senior
    Member``, ``Author stats``) and printed at least ``_MIN_POSTS`` times; the draft opens at
    most ``_HEADER_REACH`` blocks under one of them (or ends that near over one) with no
    prose between; its repeats form a chain, each at most ``_MAX_POST_BLOCKS`` blocks from
    the next with prose between; the other posts hold at least as much prose as the draft's.
    Every body block of the chain's posts joins, except the repeated lines, date stamps,
    widget lines (``Reply``, ``Quote``) and short lines scoring below the inside threshold.
    """
    state, keep = draft.state, draft.keep
    if not any(keep):
        return
    first, last = first_kept(keep), last_kept(keep)
    headers = _header_places(state)
    span = _thread_under_headers(draft, headers, first) or _thread_over_footers(
        draft, headers, first, last
    )
    if span is None:
        return
    header_lines = {place for places in headers.values() for place in places}
    threshold = state.lexicon.boilerplate_inside_threshold
    for index in range(*span):
        block = state.blocks[index]
        if block.label != BODY or index in header_lines:
            continue
        if draft.scores[index] < threshold and not _is_prose(state, index):
            continue  # the poster's rank, place and post count
        text = state.block_text(block)[:MAX_SCAN_CHARS]
        if draft.words(index) <= MAX_STAMP_WORDS and is_widget_or_stamp_text(state, text):
            continue
        keep[index] = True


def _thread_under_headers(
    draft: Draft, headers: dict[str, list[int]], first: int
) -> tuple[int, int] | None:
    """The blocks of a thread whose posts stand under their headers (``Senior Member``),
    the draft opening under one of them: ``(start, end)``, or None."""
    state = draft.state
    best: list[int] = []
    for places in headers.values():
        above = [place for place in places if place < first]
        if not above or first - above[-1] > _HEADER_REACH:
            continue
        if _prose_between(state, above[-1], first):
            continue
        chain = _thread_chain(state, places, above[-1])
        if len(chain) > len(best) and sum(1 for place in chain if place > first) >= 2:
            best = chain
    if len(best) < _MIN_POSTS:
        return None
    end = _thread_end(state, best)
    if not _replies_outweigh(draft, [*best, end], first):
        return None
    return best[0] + 1, end


def _thread_over_footers(
    draft: Draft, headers: dict[str, list[int]], first: int, last: int
) -> tuple[int, int] | None:
    """The blocks of a thread whose posts stand over a line printed under each of them
    (``Improve this answer``), the draft's post over one: ``(start, end)``, or None."""
    state = draft.state
    best: list[int] = []
    for places in headers.values():
        below = [place for place in places if place > last]
        if not below or below[0] - last > _HEADER_REACH:
            continue
        if _prose_between(state, last, below[0]):
            continue
        chain = _thread_chain(state, places, below[0])
        if len(chain) > len(best) and sum(1 for place in chain if place > last) >= _MIN_POSTS:
            best = chain
    if len(best) < _MIN_POSTS:
        return None
    start = min(first, best[0] + 1)
    if not _replies_outweigh(draft, [start - 1, *best], first):
        return None
    return start, best[-1]


def _replies_outweigh(draft: Draft, bounds: Sequence[int], first: int) -> bool:
    """Whether the thread's other posts (between the *bounds*) hold at least as many words
    of prose as the post the draft opens: an article's lede under a section label, with a
    few teasers under the same label below it, is one long post and some short ones."""
    opened, others = 0, 0
    for start, stop in itertools.pairwise(bounds):
        words = sum(
            draft.words(index) for index in range(start + 1, stop) if _is_prose(draft.state, index)
        )
        if start < first <= stop:
            opened += words
        else:
            others += words
    return others >= opened


def _header_places(state: ParseState) -> dict[str, list[int]]:
    """Short lines that could head a post, by their text, with where they stand."""
    places: dict[str, list[int]] = {}
    header_key = LineMemo(_header_key)
    for index, block in enumerate(state.blocks):
        if block.label != BODY or block.end - block.start > _MAX_HEADER_CHARS:
            continue
        key = header_key(state.block_text(block))
        if key is not None:
            places.setdefault(key, []).append(index)
    return {
        text: where
        for text, where in places.items()
        if len(where) >= _MIN_POSTS
        and not is_widget_or_stamp_text(state, state.block_text(state.blocks[where[0]]))
    }


def _header_key(text: str) -> str | None:
    """The collapsed text of a line that could head a post, else None (a text alone
    decides it: a page of short lines reads each once, see `LineMemo`)."""
    if not 1 <= word_count(text) <= _MAX_HEADER_WORDS:
        return None
    if ENDS_SENTENCE.search(text) or DIGIT.search(text):
        return None
    return collapse(text)


def _thread_chain(state: ParseState, places: Sequence[int], anchor: int) -> list[int]:
    """The lines of *places* chained both ways from the one at *anchor*: each at most
    ``_MAX_POST_BLOCKS`` blocks from the next, with prose between them."""
    start = places.index(anchor)
    after = [anchor]
    for place in places[start + 1 :]:
        if place - after[-1] > _MAX_POST_BLOCKS or not _prose_between(state, after[-1], place):
            break
        after.append(place)
    before = [anchor]  # built backwards, then turned (no insert at the front: linear)
    for place in reversed(places[:start]):
        if before[-1] - place > _MAX_POST_BLOCKS or not _prose_between(state, place, before[-1]):
            break
        before.append(place)
    return before[:0:-1] + after


def _thread_end(state: ParseState, chain: Sequence[int]) -> int:
    """Where the last post ends: no further from its header than the longest gap between
    two headers, and at the first chrome line under its text."""
    reach = max(later - earlier for earlier, later in itertools.pairwise(chain))
    end = chain[-1] + 1
    seen_text = False
    while end < len(state.blocks) and end - chain[-1] <= reach:
        block = state.blocks[end]
        if block.label != BODY and seen_text:
            break
        seen_text = seen_text or _is_prose(state, end)
        end += 1
    return end


def _prose_between(state: ParseState, earlier: int, later: int) -> bool:
    return any(_is_prose(state, index) for index in range(earlier + 1, later))


def _is_prose(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    return block.label == BODY and is_prose(state.block_text(block)[:MAX_SCAN_CHARS])
