"""The headline of a whole page: just above the article the page reader found."""

from __future__ import annotations

import regex

from copydesk._models import Site
from copydesk._state import CHROME, ParseState
from copydesk.reading.page import (
    collapse,
)
from copydesk.steps.headline.anchors import (
    anchored_headline,
    article_opening_words,
    content_words,
    far_titled_headline,
    news_shaped,
    shared_words,
    title_share,
    titled_anchored_headline,
    word_stems,
    writer_over_article,
)
from copydesk.steps.headline.glued import split_glued_headings
from copydesk.steps.headline.shapes import (
    WORD,
    fallback_shaped,
    is_short,
    mark,
    may_be_headline,
)
from copydesk.steps.headline.titles import (
    fuzzy_title_match,
    last_site_part,
    name_site,
    owner_named,
    site_beside,
    site_end_part,
    title_as_headline,
    title_is_headline,
    title_line_index,
    title_parts,
    title_repeat,
    title_repeat_inside,
)

__all__ = ["page_headline"]

# How far above the article's first paragraph the headline may stand (blocks).
_WINDOW_ABOVE = 15

# ... and how far below its start, when it repeats the title (a kicker may come first).
_WINDOW_BELOW = 3

# A deck stands at most this many blocks under its heading (a photo credit may come between).
_DECK_GAP = 2

# A run of this many headline-shaped lines over the article is a box of other stories, and
# the heading stands in it (or above it) when it shares this many words with the article.
_MIN_TEASER_RUN = 4
_MIN_OPENING_WORDS = 2

# A title part this long may stand in for a nearest line that has nothing to do with it.
_MIN_WORDS = 2

# A page's heading shares this many content words with a title line that names the page;
# a title of more parts than a page's name and its site's, each with fewer, is a menu's row.
_MIN_TIED_WORDS = 2
_MAX_NAME_PARTS = 2

# A title line with no lowercase letter is a wire story's headline in capitals, its dash no
# site's separator ("MARKETS - BONDS SLIP").
_LOWERCASE = regex.compile(r"\p{Ll}")


def page_headline(state: ParseState, first: int) -> None:
    """Label the headline of a page whose article starts at block *first* (the order of
    the package's docstring), mark the title line as chrome and name the site from it."""
    title_index = title_line_index(state)
    glued_from = max(title_index, first - _WINDOW_ABOVE - 1)
    first = split_glued_headings(state, glued_from, first, first + _WINDOW_BELOW)
    title_block = state.blocks[title_index]
    title = collapse(state.block_text(title_block))
    low = max(title_index + 1, first - _WINDOW_ABOVE)
    above = [
        index
        for index in range(first, low - 1, -1)
        if may_be_headline(state, index, allow_body=index == first, any_guessed=True)
    ]
    # The title's repeat may stand far above (the page printed more furniture in between),
    # and a repeat of the title is sure enough to take back a block of any guessed kind.
    repeat_above = [
        index
        for index in range(first, title_index, -1)
        if may_be_headline(state, index, allow_body=index == first, any_guessed=True)
    ]
    repeat_below = [
        index
        for index in range(first + 1, min(len(state.blocks), first + 1 + _WINDOW_BELOW))
        if may_be_headline(state, index, allow_body=True, any_guessed=True)
    ]
    chosen = title_repeat(state, repeat_above + repeat_below, title, near_from=low)
    titled = None
    if chosen is not None and chosen < low and _whole_title(state, chosen, title):
        # The whole title line, site's name and all, printed again far above the article is
        # the page's title once more, not its heading: a line by the byline or date near the
        # article that reads like the title is (the heading never carries the site's name).
        whole = " ".join(_heading_parts(title))
        titled = titled_anchored_headline(state, first, low - 1, [whole], near_from=low)
        chosen = titled if titled is not None else chosen
    about = _title_part_about_article(state, title_index, first)
    heading = about or _title_heading_part(state, title_index, title)
    if chosen is not None and is_short(state, chosen):
        # A title of three words or less is more often the site's name than the headline: a
        # headline-shaped line nearer the article wins over its repeat.
        nearer = [index for index in above if chosen < index < first]
        rest = _other_title_part(state, nearer, title, chosen)
        line = rest or _headline_above(state, nearer)
        if (
            line is not None
            and not _stray(state, line, about)
            and not _untied_to_title(state, line, title, first)
        ):
            if line == rest and state.site is None:
                short = state.blocks[chosen]  # the site's name, printed over the heading
                state.site = Site(name=state.source_text(short).strip(), span=short.span)
            chosen = line  # unless the line has nothing to do with the title
    if chosen is None:
        chosen = title_repeat_inside(state, range(first + _WINDOW_BELOW, low - 1, -1), title)
    if chosen is None:
        # Far above the article, only a line as long as a headline: a shorter one that
        # shares the title's words is the site's or section's name ("NY1: Top Stories").
        farther = [index for index in repeat_above if index < low and not is_short(state, index)]
        chosen = fuzzy_title_match(state, above, title) or fuzzy_title_match(state, farther, title)
    # A title line that names no headline (only the site's name) leaves it to the menu.
    menu_first = not title_is_headline(state, title_index)
    if chosen is None:
        parts = [part for part in title_parts(title) if part != site_end_part(title)]
        chosen = titled = titled_anchored_headline(state, first, title_index, parts, near_from=low)
    if chosen is None:
        chosen = anchored_headline(state, first, title_index, menu_first=menu_first)
        # A line above the byline about neither the title nor the article is stray, unless
        # the writer's name in capitals stands under it (a newspaper's page whose title line
        # is only the paper's name, "The Daily Sun").
        if (
            chosen is not None
            and _stray(state, chosen, about, first=first)
            and not writer_over_article(state, chosen + 1, first)
        ):
            chosen = None
    if chosen is None:
        # A line above the article's first paragraph before that paragraph itself: a short
        # first paragraph without a full stop is more often a summary than the headline.
        lines = _fallback_order(state, above, first)
        if not menu_first:
            lines = _tied_lines(state, lines, title, first)
        chosen = _headline_above(state, lines)
        # Only a news article's opening ties a line that shares no word with the title.
        opening = first if chosen is not None and news_shaped(state, chosen, first) else None
        if chosen is not None and opening is not None:
            chosen = _heading_over_teasers(state, chosen, first)
        if chosen is not None and _stray(state, chosen, heading, first=opening):
            chosen = None
        if chosen is not None:
            chosen = _heading_over_deck(state, chosen, lines, _heading_parts(title))
    if chosen is not None and _untied_to_title(state, chosen, title, first):
        chosen = None  # a shop's or a service's slogan: the title names the page
    if chosen is None:
        # The page reader may have started the article above its heading and byline.
        chosen = titled = far_titled_headline(state, first, _heading_parts(title))
    if chosen is None:
        # The title's part about the article, else its longest part.
        part, min_words = _fallback_title_part(state, title_index, title, heading)
        if part is None or not title_as_headline(state, part=part, min_words=min_words):
            title_as_headline(state)
        return
    mark(state, state.blocks[chosen])
    if title_block.claimable:
        state.mark_chrome(title_block, "title")
    chosen_text = collapse(state.block_text(state.blocks[chosen]))
    named = site_beside(title, chosen_text)
    site = site_end_part(title)
    if named is None and chosen == titled and site is not None:
        # The heading reads like the title's first part, printed differently: the title's
        # last part is still the site's name beside it ("Roof Repair Costs | ShingleWise").
        named = site, title_parts(title)[0]
    if named is not None:
        name_site(state, title_block, *named)


def _other_title_part(state: ParseState, lines: list[int], title: str, short: int) -> int | None:
    """The first of *lines* that is the rest of the title line beside the short repeat at
    line *short* (``Vibe Coding`` under ``davidbau.com``, title ``davidbau.com Vibe
    Coding``): the site's name and the heading, each printed on a line of its own."""
    printed = collapse(state.block_text(state.blocks[short]))
    for index in lines:
        text = collapse(state.block_text(state.blocks[index]))
        if len(WORD.findall(text)) < _MIN_WORDS or text in printed:
            continue
        if title in (f"{printed} {text}", f"{text} {printed}"):
            return index
    return None


def _whole_title(state: ParseState, index: int, title: str) -> bool:
    """Whether block *index* repeats the whole title line of more than one part."""
    text = collapse(state.block_text(state.blocks[index]))
    return text == title and len(title_parts(title)) > 1


def _heading_parts(title: str) -> list[str]:
    """The title's parts that may name the article: all but the site's name at its end."""
    return [part for part in title_parts(title) if part != site_end_part(title)]


def _heading_over_teasers(state: ParseState, chosen: int, first: int) -> int:
    """The line of the run of headline-shaped lines ending at line *chosen* that shares the
    most words with the article's opening, when the run is a box of other stories' headlines
    (``_MIN_TEASER_RUN`` lines or more) printed between a news article's heading and its
    byline or dateline, and the line shares more of them than *chosen* does, and two at
    least; else *chosen*."""
    run = [chosen]
    while run[-1] - 1 >= 0 and _teaser_shaped(state, run[-1] - 1):
        run.append(run[-1] - 1)
    if len(run) < _MIN_TEASER_RUN:
        return chosen
    opening = word_stems(article_opening_words(state, first))

    def shared(index: int) -> int:
        return len(_stems(state, state.block_text(state.blocks[index])) & opening)

    best = max(run, key=shared)  # the nearest to the article on a tie
    return best if shared(best) > max(shared(chosen), _MIN_OPENING_WORDS - 1) else chosen


def _teaser_shaped(state: ParseState, index: int) -> bool:
    return may_be_headline(state, index, allow_body=False, any_guessed=True) and fallback_shaped(
        state, state.block_text(state.blocks[index])
    )


def _heading_over_deck(state: ParseState, chosen: int, lines: list[int], parts: list[str]) -> int:
    """The line just above line *chosen* when it reads more like the title: *chosen* is the
    deck under the page's heading (``Prices will remain unaffordable, critics say`` under
    ``Employers drop coverage of weight loss drugs``), or *chosen*."""
    above = [
        index
        for index in lines
        if chosen - _DECK_GAP <= index < chosen
        and fallback_shaped(state, state.block_text(state.blocks[index]))
    ]
    if not above:
        return chosen
    best = max(above, key=lambda index: title_share(state, index, parts))
    return best if title_share(state, best, parts) > title_share(state, chosen, parts) else chosen


def _title_heading_part(state: ParseState, title_index: int, title: str) -> str | None:
    """The title line's longest part but its site's name, as printed, when the line is no
    chrome rule's and the part has two words or more (``OnePlus 13 | Phones | OnePlus``)."""
    block = state.blocks[title_index]
    if not block.claimable:
        return None
    site = site_end_part(title)
    printed = title_parts(state.block_text(block))
    parts = [part for part in printed if part.casefold() != site]
    longest = max(parts, key=len, default=None)
    if longest is None or len(WORD.findall(longest)) < _MIN_WORDS:
        return None
    return longest


def _fallback_title_part(
    state: ParseState, title_index: int, title: str, heading: str | None
) -> tuple[str | None, int]:
    """``(part, min_words)``: the title's part used as the headline when no line of the page
    is it, and how many words it needs.

    That is *heading* (two words or more), unless *heading* is the site's name at the title's
    far end (``Heading | Site``, the first part the longest, or ``last_site_part``): a site
    names itself in its own opening ("Every Acme Mat is made ..."), so its name may share
    the most words with it. The site's name is never the headline: the title's first part
    is, however short (``Introduction | Acme Docs``), and so it is when the page's copyright
    line names *heading* (``_unowned``). A title in capitals is a wire story's headline, its
    parts no site's name.
    """
    printed = state.block_text(state.blocks[title_index])
    if heading is None and len(title_parts(title)) > 1:
        return title_parts(printed)[0], 1  # one-word parts: the page's, then the site's
    if heading is None or collapse(heading) not in (site_end_part(title), last_site_part(title)):
        return _unowned(state, heading, printed)
    if not _LOWERCASE.search(printed):
        return heading, _MIN_WORDS  # a wire story's title in capitals ("MARKETS - BONDS SLIP")
    return title_parts(printed)[0], 1


def _unowned(state: ParseState, heading: str | None, printed: str) -> tuple[str | None, int]:
    """``(part, min_words)``: *heading*, unless the page's copyright line names it: then it
    is the site's name (``Kayaks | Fernhill Outfitters`` over ``© 2025 Fernhill
    Outfitters``; feat/headline-14), and the title's first other part is the page's, however
    short."""
    if heading is None or not owner_named(state, heading):
        return heading, _MIN_WORDS
    others = [part for part in title_parts(printed) if not owner_named(state, part)]
    return (others[0], 1) if others else (heading, _MIN_WORDS)


def _title_part_about_article(state: ParseState, title_index: int, first: int) -> str | None:
    """The part of the title line about the article: the one of two words or more sharing
    the most words with the article's opening; None when none shares any (a title that is
    only the site's name, "Home", "Please support local business!")."""
    opening = word_stems(article_opening_words(state, first))
    best, best_shared = None, 0
    for part in title_parts(state.block_text(state.blocks[title_index])):
        shared = len(_stems(state, part) & opening)
        if shared > best_shared and len(WORD.findall(part)) >= _MIN_WORDS:
            best, best_shared = part, shared
    return best


def _untied_to_title(state: ParseState, index: int, title: str, first: int) -> bool:
    """Whether line *index* is a slogan or a box rather than the heading of a page whose
    title line names it: the title's parts but the site's name hold ``_MIN_TIED_WORDS``
    content words or more (one part does when there are more than two: a row of one-word
    parts is a menu), the line shares fewer than that with them and has words of its own,
    and it stands over no news article (``news_shaped``: a news page's title line is often
    only its site's name, "The Daily Sun: Hockey").

    A shop's, a service's or a docs page prints a tagline or a box over its content
    ("Ship freight smarter, sleep better", "Pick up your lamp in our studio") while its
    title line names the page ("Harborline Freight Tracking Software | Harborline"); a
    heading about the page shares words with it.
    """
    parts = [_stems(state, part) for part in _heading_parts(title)]
    if len(parts) > _MAX_NAME_PARTS and all(len(stems) < _MIN_TIED_WORDS for stems in parts):
        return False  # a menu's row ("HOME • EVENTS • MEDIA KIT • HELP"), no page's name
    wanted = set().union(*parts)
    if len(wanted) < _MIN_TIED_WORDS:
        return False
    words = _stems(state, state.block_text(state.blocks[index]))
    shared = len(words & wanted)
    if shared >= _MIN_TIED_WORDS or shared == len(words):
        return False
    return not news_shaped(state, index, first)


def _stems(state: ParseState, text: str) -> set[str]:
    return word_stems(content_words(state, text))


def _stray(state: ParseState, index: int, about: str | None, *, first: int | None = None) -> bool:
    """Whether line *index*, found near the article, is no heading of it: the title line has
    a part *about* the article, and the line shares no word with it (nor, given *first*, with
    the article's opening).

    Such a line is a promo, a box of the site's, a form's label or a menu ("View our top 10
    posts", "Instagram YouTube LinkedIn"), and the page's heading is the title's part (``Book
    Reviews – The Writing Center``). A line that shares words with the article is kept where
    it was found below the title's repeat: a news site's title is often only its name and
    section (``National Hockey League - The Sports Network``), which may share a word with
    the article too.
    """
    if about is None:
        return False
    words = _stems(state, state.block_text(state.blocks[index]))
    if words & _stems(state, about):
        return False
    if first is None:
        return True
    # The opening below the line: the page reader may have taken the line for the article's.
    return not words & word_stems(article_opening_words(state, max(first, index + 1)))


def _tied_lines(state: ParseState, lines: list[int], title: str, first: int) -> list[int]:
    """The *lines* that share a word with the title line or the article's opening.

    A title line about the article beats a line about neither: that line is a promo, a box
    of the site's or a table of contents.
    """
    ties = content_words(state, title) | article_opening_words(state, first)
    return [
        index for index in lines if shared_words(state, state.block_text(state.blocks[index]), ties)
    ]


def _fallback_order(state: ParseState, above: list[int], first: int) -> list[int]:
    """The order in which lines above the article are tried as its headline.

    Lines above the article's first paragraph come before that paragraph itself (a short
    first paragraph without a full stop is more often a summary than the headline). Lines
    under a "Related articles" header (a lexicon rule's chrome) are that box's teasers: the
    lines above the header come first.
    """
    lines = [index for index in above if index != first]
    header = next(
        (
            index
            for index in range(first - 1, min(lines, default=first) - 1, -1)
            if state.blocks[index].label == CHROME
            and state.blocks[index].kind == "related"
            and not state.blocks[index].guessed
        ),
        None,
    )
    if header is not None:
        lines = [index for index in lines if index < header] + [
            index for index in lines if index > header
        ]
    return lines + [index for index in above if index == first]


def _headline_above(state: ParseState, above: list[int]) -> int | None:
    """The nearest headline-shaped line above the article that is no byline, date or link."""
    return next(
        (index for index in above if fallback_shaped(state, state.block_text(state.blocks[index]))),
        None,
    )
