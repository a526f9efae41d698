"""Find the headline: at the top of a tidy article, just above the article on a whole page.

A tidy article opens with its headline: the first headline-shaped block is it (unless prose
comes first, in which case the text has none; a byline line over it, "By Jane Roe", is
passed over), unless it is short and menu entries stand under it: then it is the site's
name over a menu, and the line under the menu the headline.

A whole page (see :mod:`copydesk.reading.page` and :mod:`copydesk.steps.boilerplate`) starts
with the page title, ``Headline | Site``, then menus, and prints the real headline again just
above the byline, dateline and body, maybe with the site's name, a section or the article's
tools on its line (``Site.com | Sports | Headline``, ``Headline | Print | E-mail``): such
lines are split first, the heading a block of its own (``glued.py``). The headline is looked
for in the blocks above the article's first paragraph (``page.py``):

1. a block that repeats the title line or a part of it (the nearest to the article wins; a
   site part beside it in the title names the site, e.g. ``"| The Daily Planet"``, and is
   never the headline; the whole title line printed again far above the article gives way
   to a line by the byline or date that reads like it);
2. else a block that opens or ends with a part of the title (split off the rest, unless the
   rest of its line ends the same heading: the title shortened it);
3. else a block that shares most of its words with the title's headline part (or its first
   part, when that may be the headline: the site's name may be the longest part);
4. else the line just above a byline, date or reading-time line (else just below one, when
   no line above them may be a heading) that holds at least half of the words of a part of
   the title, anywhere above the article or a little below its start (``anchors.py``);
5. else the article's first line when a byline or date line is glued under it in its block;
   else the line above the byline, date and reading-time lines (or a writer's name in
   capitals just over the story) nearest the article, or the
   line above that when it is a deck or a short section line, or a line or two above when
   it stands right under the page's menu and the title line names no headline;
6. else the nearest headline-shaped line above the article that is not a byline, a date or
   a menu entry, and shares a word with the title or the article's opening (or the line
   just above it when that one reads more like the title: the line found is its deck);
7. else a line up to 250 blocks below the article's start, just above a byline, date or
   reading-time line, holding half of the words of a title part of four content words or
   more and mostly the title's words (the page reader started the article at a promo over
   the heading: ``far_titled_headline``);
8. else the title line's part about the article (sharing the most words with its opening),
   or its longest part, split off the rest; never the site's name at its far end (the
   first part is the heading then, however short, as when no part has two words: ``Pods |
   Acme``).

A line of step 5 that shares no word with the title's part about the article nor with the
article's opening is a promo, a menu or a box of the site's: steps 7 and 8 are used instead.
So is a line of step 6 that shares no word with the title's heading part, nor (on a news
page: a byline, date or dateline by the line) with the article's opening. And on a page
whose title line names it (its parts but the site's name hold two content words or more, and
one part two when there are more than two parts: a row of one-word parts is a menu), a line
found that shares fewer than two of them and has words of its own is a shop's or a service's
slogan or a box ("Ship freight smarter, sleep better" under the title "Harborline Freight
Tracking Software | Harborline"), unless a byline, date or dateline stands by it (a news
page's title is often only its site's name): steps 7 and 8 are used instead.

The title line, when it is not the headline, is chrome of kind ``title`` (``titles.py``); the
site's name is the title's part at the far end from the headline, never a part that reads as
a headline. The shape tests the steps share are in ``shapes.py``.
"""

from __future__ import annotations

from copydesk._models import Site
from copydesk._state import CHROME, Block, ParseState
from copydesk._step import step
from copydesk.reading.page import collapse, collapse_within, looks_like_page, opening_words
from copydesk.steps.headline.deck import mark_deck
from copydesk.steps.headline.page import page_headline
from copydesk.steps.headline.shapes import (
    WORD,
    headline_shaped,
    is_byline_line,
    is_menu_line,
    is_short,
    mark,
    may_be_headline,
    worded_line,
)
from copydesk.steps.headline.titles import (
    MIN_REPEAT_CHARS,
    headline_part,
    name_site,
    site_end_part,
    site_part,
    title_repeat_inside,
)

__all__ = ["headline"]

# A menu between the site's name and the headline has at most this many lines.
_MAX_MENU_LINES = 12


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
        # (The page reader's deck pass drops a deck of sentences: only a deck line with no
        # sentence end is left to this step.)
        mark_deck(state, sentences=False)
    else:
        _article_headline(state)
        mark_deck(state, sentences=True)


def _first_body_index(state: ParseState) -> int | None:
    return next((index for index, block in state.body_blocks()), None)


def _article_headline(state: ParseState) -> None:
    for index, block in state.body_blocks():
        text = state.block_text(block)
        if not headline_shaped(text):
            if WORD.search(text):
                return  # prose came first: this text has no headline
            continue
        if is_byline_line(state, text):
            continue  # a byline over the headline ("By Jane Roe" / "Storm hits the coast")
        under_menu = _headline_under_menu(state, index)
        if under_menu is not None:
            mark(state, state.blocks[under_menu])
            return
        chosen = _repeated_below(state, index) or block
        if chosen is not block:
            state.mark_chrome(block, "title")
        mark(state, chosen)
        return


def _headline_under_menu(state: ParseState, top: int) -> int | None:
    """The headline under the menu of a page the page reader did not take for one.

    An aggregator's page opens with the site's name and a menu ("Daily Wire Digest / Home
    / World / Business"), then the headline. A short first line (*top*) with menu entries
    under it is the site's name or a menu entry: the headline-shaped line under the menu is
    the headline. The site's name becomes branding chrome (and the site, when no step named
    one), the menu's entries navigation chrome. None when *top* is no such line.
    """
    if not is_short(state, top):
        return None
    menu: list[int] = []
    for index in range(top + 1, min(len(state.blocks), top + 1 + _MAX_MENU_LINES)):
        block = state.blocks[index]
        if is_menu_line(state, index):
            menu.append(index)
            continue
        if block.label == CHROME and not block.guessed:
            continue  # a lexicon rule's other chrome ("Subscribe")
        if not menu or not worded_line(state, index):
            return None
        if not may_be_headline(state, index, allow_body=True):
            return None
        _mark_site_and_menu(state, top, menu)
        return index
    return None


def _mark_site_and_menu(state: ParseState, top: int, menu: list[int]) -> None:
    for index in menu:
        if state.blocks[index].is_body:
            state.mark_chrome(state.blocks[index], "navigation", guessed=True)
    top_block = state.blocks[top]
    if is_menu_line(state, top):
        state.mark_chrome(top_block, "navigation", guessed=True)
        return
    state.mark_chrome(top_block, "branding", guessed=True)
    if state.site is None:
        state.site = Site(name=state.source_text(top_block).strip(), span=top_block.span)


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
