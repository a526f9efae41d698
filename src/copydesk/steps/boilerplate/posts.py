"""A pass that keeps every post of a page of posts: a forum thread, a question's answers.

A forum prints each post under the same header lines (the poster's rank ``Senior Member``,
``Location``, ``Author stats``), and the posts read alike: the region the classifier finds
is one of them, the first or the longest. When the draft's first block stands right under
such a header, and the header comes back again and again with text between, the page is a
thread and each post is its content. An article's comment thread is told apart by where the
draft starts: an article opens under its headline and byline, not under a post header.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from copydesk._state import BODY, ParseState
from copydesk.reading.page import ENDS_SENTENCE, MAX_SCAN_CHARS, WORD, collapse
from copydesk.reading.prose import is_prose
from copydesk.steps.boilerplate.draft import Draft, first_kept
from copydesk.steps.boilerplate.lines import DIGIT, MAX_STAMP_WORDS, is_widget_or_stamp_text

__all__ = ["join_thread_posts"]

# A post header line has at most this many words (and characters) ...
_MAX_HEADER_WORDS = 3
_MAX_HEADER_CHARS = 40
# ... and stands at least this many times on the page, the draft's first block among them.
_MIN_POSTS = 3
# The draft opens at most this many blocks under a header, with no prose between them.
_HEADER_REACH = 8
# Two headers of one thread are at most this many blocks apart.
_MAX_POST_BLOCKS = 40


def join_thread_posts(draft: Draft) -> None:
    """On a page of posts under one repeated header, let every post join the article.

    The header is a short line (no figure, no sentence end, no widget wording or date:
    ``Senior Member``, ``Author stats``) printed at least ``_MIN_POSTS`` times; the draft
    opens at most ``_HEADER_REACH`` blocks under one of them with no prose between; its
    repeats form a chain, each at most ``_MAX_POST_BLOCKS`` blocks from the next with prose
    between. Every body block of the chain's posts joins, except the header lines, date
    stamps and widget lines (``Reply``, ``Quote``).
    """
    state, keep = draft.state, draft.keep
    if not any(keep):
        return
    first = first_kept(keep)
    headers = _header_places(state)
    best: list[int] = []
    for places in headers.values():
        chain = _thread_chain(state, places, first)
        if len(chain) > len(best) and sum(1 for place in chain if place > first) >= 2:
            best = chain
    if len(best) < _MIN_POSTS:
        return
    end = _thread_end(state, best)
    if not _replies_outweigh(draft, best, first, end):
        return
    header_lines = {place for places in headers.values() for place in places}
    threshold = state.lexicon.boilerplate_inside_threshold
    for index in range(best[0] + 1, end):
        block = state.blocks[index]
        if block.label != BODY or index in header_lines:
            continue
        if draft.scores[index] < threshold and not _is_prose(state, index):
            continue  # the poster's rank, place and post count
        text = state.block_text(block)[:MAX_SCAN_CHARS]
        if draft.words(index) <= MAX_STAMP_WORDS and is_widget_or_stamp_text(state, text):
            continue
        keep[index] = True


def _replies_outweigh(draft: Draft, chain: Sequence[int], first: int, end: int) -> bool:
    """Whether the thread's other posts hold at least as many words of prose as the post
    the draft opens: an article's lede under a section label, with a few teasers under the
    same label below it, is one long post and some short ones."""
    bounds = [*chain, end]
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
    for index, block in enumerate(state.blocks):
        if block.label != BODY or block.end - block.start > _MAX_HEADER_CHARS:
            continue
        text = state.block_text(block)
        if not 1 <= len(WORD.findall(text)) <= _MAX_HEADER_WORDS:
            continue
        if ENDS_SENTENCE.search(text) or DIGIT.search(text):
            continue
        places.setdefault(collapse(text), []).append(index)
    return {
        text: where
        for text, where in places.items()
        if len(where) >= _MIN_POSTS
        and not is_widget_or_stamp_text(state, state.block_text(state.blocks[where[0]]))
    }


def _thread_chain(state: ParseState, places: Sequence[int], first: int) -> list[int]:
    """The headers of *places* chained around the one right above the draft's *first*
    block (empty when none stands there)."""
    above = [place for place in places if place < first]
    if not above or first - above[-1] > _HEADER_REACH:
        return []
    if any(_is_prose(state, index) for index in range(above[-1] + 1, first)):
        return []
    start = places.index(above[-1])
    chain = [places[start]]
    for place in places[start + 1 :]:
        if place - chain[-1] > _MAX_POST_BLOCKS or not _prose_between(state, chain[-1], place):
            break
        chain.append(place)
    for place in reversed(places[:start]):
        if chain[0] - place > _MAX_POST_BLOCKS or not _prose_between(state, place, chain[0]):
            break
        chain.insert(0, place)
    return chain


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
