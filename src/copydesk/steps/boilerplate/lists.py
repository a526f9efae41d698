"""Passes that let a list, a card or a round-up's repeated parts under the article join it.

Ingredients, results, standings, a recipe card and the items of a round-up are runs of short
similar lines, which the classifier reads as a widget. Printed under the article (or
running on past it), they are the article's own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from copydesk._state import BODY, CHROME, ParseState
from copydesk.reading.page import (
    ENDS_SENTENCE,
    MAX_SCAN_CHARS,
    LineMemo,
    collapse,
    find_words,
    word_count,
)
from copydesk.reading.prose import is_prose
from copydesk.steps.boilerplate.draft import Draft, last_kept
from copydesk.steps.boilerplate.lines import (
    DATE,
    DIGIT,
    LIST_LINE_END,
    MAX_END_HEADING_WORDS,
    SEPARATORS,
    any_of,
    has_kind_cue,
    is_widget_line,
)

__all__ = ["join_card_below", "join_list_below", "join_repeated_parts"]

_card_heading_pattern = any_of("article_card_headings")

# A list under the article (ingredients, results, a table) has lines of at most this many
# words, at least this many of them, and at most this many are read.
_MAX_LIST_LINE_WORDS = 25
_MIN_LIST_LINES = 5
_MAX_LIST_LINES = 60
# ... and at least this share of its lines hold a figure or share their punctuation.
_MIN_LIST_SHARE = 0.6
# A shared punctuation shape counts when it has this many marks (one colon is too common).
_MIN_LIST_SHAPE = 2
_LIST_NUMBER = regex.compile(r"^\W*\d{1,2}[.)]\s")
_PUNCTUATION = regex.compile(r"[^\w\s]")


def _list_line_shape(text: str) -> str:
    """A list line's punctuation, in order (``England (Group A): 10th`` -> ``():``)."""
    return "".join(_PUNCTUATION.findall(text))


def join_list_below(draft: Draft) -> None:
    """Let a list right under the article join it, up to the next widget line.

    Ingredients, results and standings are runs of short similar lines, which the
    classifier reads as a widget. Under the article, a run of at least five short lines
    with no date in them, most of which hold a figure or share one punctuation shape
    (``Spain (Group F): 11th appearance``), ending at a chrome line or a line whose wording
    names a widget, is the article's list; it ends at its last line that holds a figure, has
    that shape or ends a sentence. Teaser lists and comment headers carry dates, menus
    separators (``News |``) and repeated lines. The list's lines go to ``draft.listed`` (no
    teaser run is read among them: a line without a figure, ``Finland (Group J): Zero
    appearances``, is headline-shaped).
    """
    state, keep = draft.state, draft.keep
    last = last_kept(keep)

    def list_line(index: int) -> str | None:
        block = state.blocks[index]
        if block.label != BODY:
            return None
        text = state.block_text(block)[:MAX_SCAN_CHARS].strip()
        if word_count(text) > _MAX_LIST_LINE_WORDS or DATE.search(text):
            return None
        if SEPARATORS.search(text) or has_kind_cue(state, text):
            return None
        return text

    # the list's first lines may already have joined the region (at most as many as a list
    # is read for: a walk back over all of a long kept region read every line twice)
    start = last
    while (
        start > max(0, last - _MAX_LIST_LINES)
        and keep[start]
        and LIST_LINE_END.search(state.block_text(state.blocks[start])) is None
        and list_line(start) is not None
    ):
        start -= 1
    texts: list[str] = []
    for index in range(start + 1, min(len(keep), last + 1 + _MAX_LIST_LINES)):
        text = list_line(index)
        if text is None:
            break
        texts.append(text)
    if len(texts) < _MIN_LIST_LINES or len(set(texts)) < _MIN_LIST_SHARE * len(texts):
        return
    figures = sum(1 for text in texts if DIGIT.search(_LIST_NUMBER.sub("", text)))
    shapes = Counter(_list_line_shape(text) for text in texts)
    shape, same = shapes.most_common(1)[0]
    similar = len(shape) >= _MIN_LIST_SHAPE and same >= _MIN_LIST_SHARE * len(texts)
    if figures < _MIN_LIST_SHARE * len(texts) and not similar:
        return

    def fits(text: str) -> bool:
        return bool(DIGIT.search(_LIST_NUMBER.sub("", text))) or (
            similar and _list_line_shape(text) == shape
        )

    # The list ends at its last line that fits it or ends a sentence (the article's closing
    # words): the short lines after that (a writer's name and job over a widget) were only
    # read up to the widget.
    while not fits(texts[-1]) and not LIST_LINE_END.search(texts[-1]):
        texts.pop()
    listed = set(range(start + 1, start + 1 + len(texts)))
    for index in listed:
        keep[index] = True
    draft.listed.update(listed)


# A card's heading stands among the first this many body blocks under the article.
_CARD_HEADING_REACH = 3


def join_card_below(draft: Draft) -> None:
    """Let a card under the article whose parts are the article's join it (a recipe).

    A food blog prints the recipe under the post as a card: its title, ``Ingredients`` and a
    list of short lines, ``Instructions`` and the steps. The lines read as a widget to the
    classifier. A heading of ``lexicon.article_card_headings`` among the first few body
    blocks under the article opens such a card; from the article's end to the next chrome
    line or widget line under the heading (at most ``_MAX_LIST_LINES`` blocks), the body
    blocks join. Their indices go to ``draft.listed`` (no teaser run is read among them).
    """
    state, keep = draft.state, draft.keep
    pattern = state.lexicon.cached("boilerplate.card_headings", _card_heading_pattern)
    last = last_kept(keep)
    heading, seen = None, 0
    for index in range(last + 1, len(keep)):
        if state.blocks[index].label != BODY:
            continue  # a "Print" button between the title and the card
        text = state.block_text(state.blocks[index])[:MAX_SCAN_CHARS].strip()
        if word_count(text) <= MAX_END_HEADING_WORDS and pattern.search(text):
            heading = index
            break
        seen += 1
        if seen == _CARD_HEADING_REACH:
            return
    if heading is None:
        return
    joined = set()
    for index in range(last + 1, min(len(keep), heading + _MAX_LIST_LINES)):
        label = state.blocks[index].label
        if index > heading and (label == CHROME or is_widget_line(state, index)):
            break
        if label == BODY:
            keep[index] = True
            joined.add(index)
    draft.listed.update(joined)


# A part of the article that repeats (a product of a round-up: its name and price, a
# "See it now: Amazon" line, a paragraph) has a marker line of at most this many words that
# opens with the same words (this many are compared) in every part ...
_MAX_PART_MARKER_WORDS = 8
_MAX_PART_MARKER_CHARS = 120
_PART_MARKER_WORDS = 3
# ... at most this many blocks apart, at least this many of them inside the article.
_MAX_PART_BLOCKS = 6
_MIN_PARTS_INSIDE = 2


def join_repeated_parts(draft: Draft) -> None:
    """Let the article's repeated parts join it, the ones under the region too.

    A round-up ("best gadgets of the year") prints each item the same way: its name and
    price, a line such as ``See it now: Amazon``, then a paragraph. The short lines score as
    widgets and the region may stop halfway through the list. When lines that open with the
    same words (see ``_PART_MARKER_WORDS``) come back at least ``_MIN_PARTS_INSIDE`` times
    inside the article, each time after a paragraph of prose, the parts they open are the
    article's: every body block from the first part to the prose of the last part joins,
    the parts under the region included. Marker lines with widget wording (``Reply``,
    ``Report abuse``: ``lexicon.kind_cues``) open no part, so a comment thread is not
    taken for one, nor does one line printed the same under every item (a share row: the
    markers of a round-up name different shops).
    """
    state, keep = draft.state, draft.keep
    kept = [index for index, flag in enumerate(keep) if flag]
    first, last = kept[0], kept[-1]
    markers: dict[str, list[int]] = {}
    marker_key = LineMemo(_marker_key)
    for index in range(first, min(len(keep), last + 1 + _MAX_LIST_LINES)):
        block = state.blocks[index]
        if block.label != BODY:
            continue
        if block.end - block.start > _MAX_PART_MARKER_CHARS:
            continue  # a paragraph, not a marker line: no need to count its words
        key = marker_key(state.block_text(block))
        if key is not None:
            markers.setdefault(key, []).append(index)
    for places in markers.values():
        if len(places) <= _MIN_PARTS_INSIDE:
            continue  # too few to go on past the region (most keys: one line each)
        places = [
            place
            for place in places
            if not has_kind_cue(state, state.block_text(state.blocks[place]))
        ]
        if not places:
            continue
        parts = _chained_parts(state, places)
        if sum(1 for place in parts if place < last) < _MIN_PARTS_INSIDE or parts[-1] < last:
            continue
        if len({collapse(state.block_text(state.blocks[place])) for place in parts}) == 1:
            continue  # one line printed under every post (a share row) opens no parts
        end = parts[-1] + 1
        while end < len(keep) and _is_prose_block(state, end):
            end += 1
        start = parts[0]
        while start > first and not keep[start - 1]:
            start -= 1  # the first item's name and price, above its marker
        for index in range(start, end):
            if state.blocks[index].label == BODY:
                keep[index] = True


def _marker_key(text: str) -> str | None:
    """The opening words of a line that may mark a part, casefolded, else None (a text
    alone decides it: a page of short lines reads each once, see `LineMemo`)."""
    words = find_words(text)
    if not 2 <= len(words) <= _MAX_PART_MARKER_WORDS or ENDS_SENTENCE.search(text):
        return None
    return " ".join(word.casefold() for word in words[:_PART_MARKER_WORDS])


def _chained_parts(state: ParseState, places: Sequence[int]) -> list[int]:
    """The longest run of *places* in which each is at most ``_MAX_PART_BLOCKS`` blocks
    after the one before, with a paragraph of prose between them."""
    best: list[int] = []
    chain: list[int] = []
    for place in places:
        if chain and (
            place - chain[-1] > _MAX_PART_BLOCKS
            or not any(_is_prose_block(state, index) for index in range(chain[-1] + 1, place))
        ):
            chain = []
        chain.append(place)
        if len(chain) > len(best):
            best = list(chain)
    return best


def _is_prose_block(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a body block of running prose."""
    block = state.blocks[index]
    return block.label == BODY and is_prose(state.block_text(block)[:MAX_SCAN_CHARS])
