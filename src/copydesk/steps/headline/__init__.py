"""Find the headline: at the top of a tidy article, just above the article on a whole page.

A tidy article opens with its headline: the first headline-shaped block is it (unless prose
comes first, in which case the text has none).

A whole page (see :mod:`copydesk.reading.page` and :mod:`copydesk.steps.boilerplate`) starts
with the page title, ``Headline | Site``, then menus, and prints the real headline again just
above the byline, dateline and body. The headline is looked for in the blocks above the
article's first paragraph (``page.py``):

1. a block that repeats the title line or a part of it (the nearest to the article wins; a
   site part beside it in the title names the site, e.g. ``"| The Daily Planet"``, and is
   never the headline);
2. else a block that opens or ends with a part of the title (split off the rest, unless the
   rest of its line ends the same heading: the title shortened it);
3. else a block that shares most of its words with the title line;
4. else the line just above a byline, date or reading-time line (else just below one, when
   no line above them may be a heading) that holds at least half of the words of a part of
   the title, anywhere above the article or a little below its start (``anchors.py``);
5. else the article's first line when a byline or date line is glued under it in its block;
   else the line above the byline, date and reading-time lines nearest the article, or the
   line above that when it is a deck or a short section line;
6. else the nearest headline-shaped line above the article that is not a byline, a date or
   a menu entry, and shares a word with the title or the article's opening;
7. else the title line's part about the article (sharing the most words with its opening),
   or its longest part, split off the rest.

A line of step 5 that shares no word with the title's part about the article nor with the
article's opening is a promo, a menu or a box of the site's: step 7 is used instead. So is
a line of step 6 that shares no word with the title's heading part, nor (on a news page:
a byline, date or dateline by the line) with the article's opening.

The title line, when it is not the headline, is chrome of kind ``title`` (``titles.py``); the
site's name is the title's part at the far end from the headline, never a part that reads as
a headline. The shape tests the steps share are in ``shapes.py``.
"""

from __future__ import annotations

from copydesk._state import Block, ParseState
from copydesk._step import step
from copydesk.reading.page import collapse, collapse_within, looks_like_page, opening_words
from copydesk.steps.headline.page import page_headline
from copydesk.steps.headline.shapes import WORD, headline_shaped, mark
from copydesk.steps.headline.titles import (
    MIN_REPEAT_CHARS,
    headline_part,
    name_site,
    site_end_part,
    site_part,
    title_repeat_inside,
)

__all__ = ["headline"]


@step(requires=("blocks",), uses=("chrome", "site", "page"), provides=("headline",))
def headline(state: ParseState) -> None:
    """Label the headline block.

    The first block of the article that is shaped like a headline (short, no final
    period); on a whole page, the block the page's title line repeats.

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import chrome, normalize, segment
    >>> state = ParseState("Skip to content\\n\\nStorm hits\\n\\nThe storm hit.", Lexicon.default())
    >>> for run in (normalize, segment, chrome, headline):
    ...     run(state)
    >>> [block.label for block in state.blocks], state.headline.text
    (['chrome', 'headline', 'body'], 'Storm hits')
    """
    first = _first_body_index(state)
    if first is None:
        return
    if first > 0 and "page" in state.provided and looks_like_page(state):
        page_headline(state, first)
    else:
        _article_headline(state)


def _first_body_index(state: ParseState) -> int | None:
    return next((index for index, block in state.body_blocks()), None)


def _article_headline(state: ParseState) -> None:
    for index, block in state.body_blocks():
        text = state.block_text(block)
        if not headline_shaped(text):
            if WORD.search(text):
                return  # prose came first: this text has no headline
            continue
        chosen = _repeated_below(state, index) or block
        if chosen is not block:
            state.mark_chrome(block, "title")
        mark(state, chosen)
        return


def _repeated_below(state: ParseState, title_index: int) -> Block | None:
    """The block below the title line that repeats its headline part, if any."""
    title_block = state.blocks[title_index]
    title = collapse(state.block_text(title_block))
    for block in state.blocks[title_index + 1 : title_index + 1 + 120]:
        if not block.is_body:
            continue
        text = state.block_text(block)
        if opening_words(text) not in title:
            continue  # the cheap test first: a block in the title opens with its words
        candidate = collapse_within(text, len(title))
        if candidate is None or len(candidate) < MIN_REPEAT_CHARS or candidate not in title:
            continue
        if candidate == site_end_part(title):
            continue  # the site's name printed under the title, not its headline
        if candidate == title:
            return block
        site_name = site_part(title, candidate)
        if site_name is not None:
            name_site(state, title_block, site_name, candidate)
            return block
    if headline_part(title) == title:
        return None  # no site part: the title line is the headline itself
    # The headline may open the next block, glued to a stamp line ("Head\nwww.site 2007-11-24").
    index = title_repeat_inside(state, range(title_index + 1, title_index + 2), title)
    if index is None:
        return None
    repeat = collapse(state.block_text(state.blocks[index]))
    site_name = site_part(title, repeat)
    if site_name is not None:
        name_site(state, title_block, site_name, repeat)
    return state.blocks[index]
