"""The deck (standfirst) under a tidy article's headline.

A story pasted from a browser often keeps the summary printed between its headline and its
byline or date line: ``Locals blast 'killjoy' chiefs over safety ruling`` above ``By Jo
Roe``. It is no paragraph of the article (the page reader drops it from a whole page; see
``boilerplate.trims.drop_deck``); here the same lines on a tidy article become chrome of
kind ``title``, beside the headline they go with.
"""

from __future__ import annotations

from copydesk._state import ParseState
from copydesk.reading.page import ENDS_SENTENCE
from copydesk.reading.prose import is_prose
from copydesk.steps.headline.anchors import is_anchor
from copydesk.steps.headline.shapes import WORD

# Under a headline of fewer words, the "deck" is more often the real headline.
_MIN_HEADLINE_WORDS = 4
# A deck has at most this many blocks ...
_MAX_DECK_BLOCKS = 2
# ... of at least this many words each (a shorter line is an agency's or a writer's name) ...
_MIN_DECK_WORDS = 5
# ... and at most this many words in all.
_MAX_DECK_WORDS = 45
# The article's first paragraph is at most this many blocks below the byline or date line.
_MAX_LINES_BEFORE_ARTICLE = 5


def mark_deck(state: ParseState, *, sentences: bool) -> None:
    """Make chrome of the deck right under the headline block: one or two short single-line
    blocks, then a byline or date line that is no sentence, then the article. Without
    *sentences*, only a deck whose lines end in no full stop (a page's: the page reader
    drops a deck of sentences, unless its deck pass is switched off)."""
    headline_index = next(
        (index for index, block in enumerate(state.blocks) if block.label == "headline"), None
    )
    if headline_index is None:
        return
    headline_words = len(WORD.findall(state.block_text(state.blocks[headline_index])))
    if headline_words < _MIN_HEADLINE_WORDS:
        return  # "Local News", "Sky News": a section's or site's name taken for the headline
    deck: list[int] = []
    words = 0
    for index in range(headline_index + 1, len(state.blocks)):
        block = state.blocks[index]
        if not block.is_body:
            return  # (a caption, a chrome line: no plain deck layout)
        text = state.block_text(block).strip()
        if deck and is_anchor(state, index) and not is_prose(text):
            if _article_follows(state, index):
                for deck_index in deck:
                    state.mark_chrome(state.blocks[deck_index], "title", guessed=True)
            return
        count = len(WORD.findall(text))
        words += count
        if (
            len(deck) == _MAX_DECK_BLOCKS
            or "\n" in text
            or count < _MIN_DECK_WORDS
            or words > _MAX_DECK_WORDS
            or is_anchor(state, index)
            or (not sentences and ENDS_SENTENCE.search(text) is not None)
        ):
            return
        deck.append(index)


def _article_follows(state: ParseState, anchor: int) -> bool:
    """Whether a paragraph of prose follows the byline or date line at *anchor*, past a few
    more such lines (a date under the byline, a topic tag)."""
    return any(
        block.is_body and is_prose(state.block_text(block))
        for block in state.blocks[anchor + 1 : anchor + 1 + _MAX_LINES_BEFORE_ARTICLE]
    )
