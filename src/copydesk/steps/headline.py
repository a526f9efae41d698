"""Find the headline: at the top of a tidy article, just above the article on a whole page.

A tidy article opens with its headline: the first headline-shaped block is it (unless prose
comes first, in which case the text has none).

A whole page (see :mod:`copydesk.reading.page` and :mod:`copydesk.steps.boilerplate`) starts
with the page title, ``Headline | Site``, then menus, and prints the real headline again just
above the byline, dateline and body. The headline is looked for in the blocks just above the
article's first paragraph:

1. a block that repeats the title line or a part of it (the nearest to the article wins; a
   site part beside it in the title names the site, e.g. ``"| The Daily Planet"``);
2. else a block that shares most of its words with the title line;
3. else the nearest headline-shaped line above the article that is not a byline, a date or
   a menu entry;
4. else the headline part of the title line itself, split off its site part.

The title line, when it is not the headline, is chrome of kind ``title``.
"""

from __future__ import annotations

import regex

from copydesk._models import Headline, Site
from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.reading.page import (
    DATELINE_OPENING,
    collapse,
    collapse_within,
    looks_like_page,
    opening_words,
)

__all__ = ["headline"]

_MAX_HEADLINE_WORDS = 40
_MAX_HEADLINE_CHARS = 300
# A block of running prose this long is a lede, not a headline.
_MAX_PROSE_HEADLINE_WORDS = 25
# How far above the article's first paragraph the headline may stand (blocks).
_WINDOW_ABOVE = 15
# ... and how far below its start, when it repeats the title (a kicker may come first).
_WINDOW_BELOW = 3
_MIN_REPEAT_CHARS = 8
# A repeat must be at least this share of the title's longest part (its headline part).
_MIN_TITLE_SHARE = 0.5
# ... or at least this long (a headline beside a longer site part in the title).
_ENOUGH_REPEAT_CHARS = 20
# A first line whose longest part has fewer words is a section or site name, not a title.
_MIN_TITLE_WORDS = 3
# Share of a candidate's words found in the title for a fuzzy match, and the share of the
# title's headline words it must cover.
_FUZZY_PRECISION = 0.8
_FUZZY_RECALL = 0.6
# A nearest-line fallback must have at least this many words (menus have one or two).
_MIN_FALLBACK_WORDS = 4
_MAX_SITE_CHARS = 60
# A word this long shared with the title line ties a line to it (shorter ones are "the").
_MIN_SHARED_CHARS = 4
# The article's opening: its first blocks, read this far.
_OPENING_BLOCKS = 3
_OPENING_CHARS = 600
# How far above the article's first paragraph a byline or date line may anchor the
# headline (blocks), and how long such a line may be.
_ANCHOR_WINDOW = 40
_MAX_ANCHOR_WORDS = 15
_MAX_ANCHOR_CHARS = 150
# A line above a byline has at least this many words to be the headline ("Vibe coding").
_MIN_ANCHORED_WORDS = 2
# A deck between the headline and the byline is at least this long, with a comma.
_MIN_DECK_WORDS = 10
_NAME_LINE = regex.compile(r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}")
# The boilerplate step drops the headline with the page top as ``navigation`` (or ``related``
# when it reads like a teaser); chrome of other kinds (branding, share ...) is never the headline.
_HEADLINE_MAY_BE = frozenset({"navigation", "related", "other", "title"})
_WORD = regex.compile(r"\w+")
_CODE_LIKE = regex.compile(r"[{}<>]|/\*|-->|@import|\w\(\)")
_THE = regex.compile(r"(?i)^the\s+")
# Title parts are split at spaced dashes, bars, colons and breadcrumb arrows, at bars and
# bullets even unspaced, at a dash glued to the word before (``Airport- Travel``) and at an
# underscore between words (``typhoon_English_Xinhua``): no headline writes those.
_SEPARATOR = r"(?:\s+[-–—|:_»·•~>]+\s+|\s*[|»·•]\s*|\s*::\s*|(?<=\w)[-–—]\s+|(?<=\w)_(?=\p{L}))"
_SITE_AFTER = regex.compile(r"\s*(?:[-–—|:_»·•~>]+|::)\s*(?P<site>\S.*)", regex.DOTALL)
_SITE_BEFORE = regex.compile(r"(?P<site>.*\S)\s*(?:[-–—|:_»·•~>]+|::)\s*", regex.DOTALL)
_TITLE_PARTS = regex.compile(_SEPARATOR)


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
        _page_headline(state, first)
    else:
        _article_headline(state)


def _first_body_index(state: ParseState) -> int | None:
    return next((index for index, block in state.body_blocks()), None)


# --- tidy articles ----------------------------------------------------------------------


def _article_headline(state: ParseState) -> None:
    for index, block in state.body_blocks():
        text = state.block_text(block)
        if not _headline_shaped(text):
            if _WORD.search(text):
                return  # prose came first: this text has no headline
            continue
        chosen = _repeated_below(state, index) or block
        if chosen is not block:
            state.mark_chrome(block, "title")
        _mark(state, chosen)
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
        if candidate is None or len(candidate) < _MIN_REPEAT_CHARS or candidate not in title:
            continue
        if candidate == title:
            return block
        site_name = _site_part(title, candidate)
        if site_name is not None:
            _name_site(state, title_block, site_name)
            return block
    if _headline_part(title) == title:
        return None  # no site part: the title line is the headline itself
    # The headline may open the next block, glued to a stamp line ("Head\nwww.site 2007-11-24").
    index = _title_repeat_inside(state, range(title_index + 1, title_index + 2), title)
    if index is None:
        return None
    site_name = _site_part(title, collapse(state.block_text(state.blocks[index])))
    if site_name is not None:
        _name_site(state, title_block, site_name)
    return state.blocks[index]


# --- whole pages ------------------------------------------------------------------------


def _title_index(state: ParseState) -> int:
    """Where the page title line stands: the first block no chrome rule claimed.

    The title line is the page's ``<title>``, first in a text dump, but a logo line or a
    "Skip to content" link may come before it.
    """
    return next((index for index, block in enumerate(state.blocks) if block.claimable), 0)


def _page_headline(state: ParseState, first: int) -> None:
    title_index = _title_index(state)
    title_block = state.blocks[title_index]
    title = collapse(state.block_text(title_block))
    low = max(title_index + 1, first - _WINDOW_ABOVE)
    above = [
        index
        for index in range(first, low - 1, -1)
        if _candidate(state, index, allow_body=index == first, any_guessed=True)
    ]
    # The title's repeat may stand far above (the page printed more furniture in between),
    # and a repeat of the title is sure enough to take back a block of any guessed kind.
    repeat_above = [
        index
        for index in range(first, title_index, -1)
        if _candidate(state, index, allow_body=index == first, any_guessed=True)
    ]
    repeat_below = [
        index
        for index in range(first + 1, min(len(state.blocks), first + 1 + _WINDOW_BELOW))
        if _candidate(state, index, allow_body=True, any_guessed=True)
    ]
    chosen = _title_repeat(state, repeat_above + repeat_below, title, near_from=low)
    if chosen is not None and _is_short(state, chosen):
        # A title of three words or less is more often the site's name than the headline: a
        # headline-shaped line nearer the article wins over its repeat.
        nearer = [index for index in above if chosen < index < first]
        chosen = _headline_above(state, nearer) or chosen
    if chosen is None:
        chosen = _title_repeat_inside(state, range(first + _WINDOW_BELOW, low - 1, -1), title)
    if chosen is None:
        # Far above the article, only a line as long as a headline: a shorter one that
        # shares the title's words is the site's or section's name ("NY1: Top Stories").
        farther = [index for index in repeat_above if index < low and not _is_short(state, index)]
        chosen = _fuzzy_title_match(state, above, title) or _fuzzy_title_match(
            state, farther, title
        )
    if chosen is None:
        chosen = _anchored_headline(state, first, title_index)
    if chosen is None:
        # A line above the article's first paragraph before that paragraph itself: a short
        # first paragraph without a full stop is more often a summary than the headline.
        lines = _fallback_order(state, above, first)
        opening = _opening_words(state, first)
        if _title_is_headline(state, title_index):
            # A title line about the article beats a line about neither the article nor the
            # title: that line is a promo, a box of the site's or a table of contents.
            ties = _content_words(state, title) | opening
            lines = [
                index
                for index in lines
                if _shared(state, state.block_text(state.blocks[index]), ties)
            ]
        chosen = _headline_above(state, lines)
    if chosen is None:
        _title_as_headline(state)
        return
    _mark(state, state.blocks[chosen])
    if title_block.claimable:
        state.mark_chrome(title_block, "title")
    site_name = _site_part(title, collapse(state.block_text(state.blocks[chosen])))
    if site_name is not None:
        _name_site(state, title_block, site_name)


def _candidate(
    state: ParseState, index: int, *, allow_body: bool, any_guessed: bool = False
) -> bool:
    """Whether block *index* may be the headline (a body block only where allowed; chrome the
    page classifier guessed, of a kind the headline may have been given, or of any kind)."""
    block = state.blocks[index]
    if block.label == BODY and not allow_body:
        return False
    if block.label not in (BODY, CHROME) or block.finding is not None:
        return False
    if block.label == CHROME and not (
        block.guessed and (any_guessed or block.kind in _HEADLINE_MAY_BE)
    ):
        return False  # a lexicon rule's chrome is sure; the page classifier's may be wrong
    text = state.block_text(block)
    if _CODE_LIKE.search(text):
        return False  # a style sheet or script line of a page dumped with its markup
    if block.label == BODY and DATELINE_OPENING.match(text):
        return False  # the article's first paragraph, opening with its dateline
    # A sentence end inside closing quote marks ('… is done.”') ends a sentence too.
    return _headline_shaped(text) and not text.rstrip().rstrip("”’\"'").endswith((".", ":", ","))


def _title_repeat(
    state: ParseState, candidates: list[int], title: str, *, near_from: int
) -> int | None:
    """The candidate that repeats the title's headline part, else the longest partial repeat.

    The title line may hold the site's name or section too (``Headline | Guardian
    Unlimited``), and those are printed on the page as well. A block that holds the title's
    longest part (its headline part) wins, the nearest to the article first; else the
    longest repeat of some other part, only near the article (``Site | Headline`` titles
    whose site part is the longer): far above, such a repeat is a site or section name.
    """
    part = _headline_part(title)
    if len(_WORD.findall(part)) < _MIN_TITLE_WORDS:
        return None  # a section or site name stands first ("Sport"), not a page title
    # A short repeat of a short part of the title is its site or section name.
    shortest = max(_MIN_REPEAT_CHARS, min(_ENOUGH_REPEAT_CHARS, int(len(part) * _MIN_TITLE_SHARE)))
    repeats = []
    for index in candidates:
        text = collapse_within(state.block_text(state.blocks[index]), len(title))
        if text is not None and len(text) >= shortest and text in title:
            if part in text:
                return index
            repeats.append((index, text))
    best, best_length = None, 0
    for index, text in repeats:
        if index >= near_from and len(text) > best_length:
            best, best_length = index, len(text)
    return best


def _is_short(state: ParseState, index: int) -> bool:
    return len(_WORD.findall(state.block_text(state.blocks[index]))) < _MIN_FALLBACK_WORDS


def _title_repeat_inside(state: ParseState, indices: range, title: str) -> int | None:
    """A block that opens or ends with a part of the title, split off the rest.

    A page dump can glue the headline to the line before or after it (``Wednesday, 09
    January 2008 Headline``, ``Headline Ahead of tonight's game ...``, ``Headline`` above its
    date stamp in one block). The nearest such block to the article is split at the
    headline, which becomes a block of its own. The title's longest part may be glued inside
    a line; another part (the site part may be the longest) must be a whole line.
    """
    parts = sorted(
        (
            part
            for part in _TITLE_PARTS.split(title)
            if len(_WORD.findall(part)) >= _MIN_TITLE_WORDS
        ),
        key=len,
        reverse=True,
    )
    for rank, part in enumerate(parts):
        found = _glued_repeat(state, indices, part, whole_line=rank > 0)
        if found is not None:
            index, start, end = found
            return _split_around(state, index, start, end)
    return None


def _glued_repeat(
    state: ParseState, indices: range, part: str, *, whole_line: bool
) -> tuple[int, int, int] | None:
    """``(index, start, end)`` of the nearest block opening or ending with *part*."""
    words = [regex.escape(word) for word in part.split()]
    edge = r"(?:^|(?<=\n))" if whole_line else ""
    after = r"(?=\n|$)" if whole_line else r"(?!\w)"
    pattern = regex.compile(r"(?i)" + edge + r"\s+".join(words) + after)
    for index in indices:
        if not 0 <= index < len(state.blocks):
            continue
        block = state.blocks[index]
        if block.finding is not None or not block.claimable:
            continue
        text = state.block_text(block)
        found = pattern.search(text, 0, _MAX_HEADLINE_CHARS + len(part))
        if found is None:
            found = pattern.search(text, max(0, len(text) - len(part) - 1))
        if found is None or (found.start() > 0 and found.end() < len(text)):
            continue
        return index, block.start + found.start(), block.start + found.end()
    return None


def _split_around(state: ParseState, index: int, start: int, end: int) -> int:
    """Split block *index* so that ``[start, end)`` is a block of its own; its new index."""
    block = state.blocks[index]
    guessed = block.guessed
    if start > block.start:
        _, block = state.split_block(index, start)
        index += 1
    if end < block.end:
        block, rest = state.split_block(index, end)
        rest.guessed = guessed
    block.guessed = guessed
    return index


def _fuzzy_title_match(state: ParseState, candidates: list[int], title: str) -> int | None:
    title_words = set(_WORD.findall(_headline_part(title)))
    if len(title_words) < _MIN_TITLE_WORDS:
        return None
    for index in candidates:
        words = set(_WORD.findall(collapse(state.block_text(state.blocks[index]))))
        if not words:
            continue
        shared = len(words & title_words)
        if shared / len(words) >= _FUZZY_PRECISION and shared / len(title_words) >= _FUZZY_RECALL:
            return index
    return None


def _anchored_headline(state: ParseState, first: int, title_index: int) -> int | None:
    """The line just above the byline and date lines nearest the article, if any.

    A page prints its headline, maybe a deck, then the writer's name, the date or the
    reading time (``lexicon.headline_anchors``), and the article region may start well
    below them (under a table of contents, share buttons, a "Key takeaways" box). Going up
    from the article, each run of such lines (with the writer's name on a line of its own)
    is tried in turn: the line above the run is the headline when it may be one, or the
    line above that when it is the deck, the writer's name or a kicker under the headline.
    """
    low = max(title_index + 1, first - _ANCHOR_WINDOW)
    index = first
    while index >= low:
        if not _is_anchor(state, index):
            index -= 1
            continue
        while index >= low and _under_headline(state, index):
            index -= 1
        if index >= low and _anchored_candidate(state, index):
            above = index - 1
            if above >= low and _anchored_candidate(state, above) and not _is_short(state, above):
                # A deck, or a short line (a name, a kicker) under the headline.
                text = state.block_text(state.blocks[index])
                if _is_deck(text) or _is_short(state, index):
                    return above
            return index
    return None


def _is_anchor(state: ParseState, index: int) -> bool:
    text = state.block_text(state.blocks[index])
    if len(text) > _MAX_ANCHOR_CHARS or len(_WORD.findall(text)) > _MAX_ANCHOR_WORDS:
        return False
    return state.lexicon.cached("headline.anchors", _anchor_pattern).search(text) is not None


def _under_headline(state: ParseState, index: int) -> bool:
    """Whether block *index* is one of the lines a page prints between its headline and
    the article: a byline or date line, the writer's name, a topic tag or an article tool."""
    if _is_anchor(state, index):
        return True
    text = state.block_text(state.blocks[index]).strip()
    if len(text) > _MAX_ANCHOR_CHARS:
        return False
    tools = state.lexicon.cached("headline.tools", _tool_pattern)
    return _NAME_LINE.fullmatch(text) is not None or tools.match(text) is not None


def _anchor_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    return regex.compile(
        "(?i)" + "|".join(f"(?:{pattern})" for pattern in lexicon.headline_anchors)
    )


def _tool_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    return regex.compile(
        "(?i)" + "|".join(f"(?:{pattern})" for pattern in lexicon.headline_tool_lines)
    )


def _anchored_candidate(state: ParseState, index: int) -> bool:
    if not _candidate(state, index, allow_body=True, any_guessed=True):
        return False
    text = state.block_text(state.blocks[index])
    if len(_WORD.findall(text)) < _MIN_ANCHORED_WORDS:
        return False
    if state.lexicon.cached("headline.not", _not_headline_pattern).search(text):
        return False
    return state.lexicon.agency(_THE.sub("", text.strip(" -–—"))) is None


def _is_deck(text: str) -> bool:
    """A standfirst under the headline: a long line that reads as a sentence or a list."""
    return len(_WORD.findall(text)) >= _MIN_DECK_WORDS and "," in text


def _fallback_shaped(state: ParseState, text: str) -> bool:
    """Whether a line near the article may be its headline: no byline, date, agency or link."""
    if len(_WORD.findall(text)) < _MIN_FALLBACK_WORDS:
        return False
    if state.lexicon.cached("headline.not", _not_headline_pattern).search(text):
        return False
    return state.lexicon.agency(_THE.sub("", text.strip(" -–—"))) is None


def _not_headline_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    patterns = (*lexicon.not_headline, *lexicon.link_cues)
    return regex.compile("(?i)" + "|".join(f"(?:{pattern})" for pattern in patterns))


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
        (
            index
            for index in above
            if _fallback_shaped(state, state.block_text(state.blocks[index]))
        ),
        None,
    )


def _title_is_headline(state: ParseState, title_index: int) -> bool:
    """Whether the title line's headline part reads as a headline (four words or more)."""
    block = state.blocks[title_index]
    text = state.block_text(block)
    if not block.claimable or not _headline_shaped(text):
        return False
    return len(_WORD.findall(_headline_part(text))) >= _MIN_FALLBACK_WORDS


def _content_words(state: ParseState, text: str) -> set[str]:
    """The words of *text* of four letters or more that are no stopwords, casefolded."""
    stopwords = state.lexicon.cached("headline.stopwords", _all_stopwords)
    return {
        word
        for word in _WORD.findall(text.casefold())
        if len(word) >= _MIN_SHARED_CHARS and word not in stopwords
    }


def _all_stopwords(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for words in lexicon.stopwords.values() for word in words)


def _shared(state: ParseState, text: str, words: set[str]) -> int:
    """How many of the content words of *text* are among *words*."""
    return len(_content_words(state, text) & words)


def _opening_words(state: ParseState, first: int) -> set[str]:
    """The content words of the article's first paragraphs."""
    texts = [
        state.block_text(block)[:_OPENING_CHARS]
        for block in state.blocks[first : first + _OPENING_BLOCKS]
        if block.is_body
    ]
    return _content_words(state, " ".join(texts))


def _headline_part(title: str) -> str:
    """The longest part of a title line split at its separators."""
    parts = [part for part in _TITLE_PARTS.split(title) if part.strip()]
    return max(parts, key=len) if parts else title


def _title_as_headline(state: ParseState) -> None:
    """Use the title line's headline part when nothing below repeats it."""
    index = _title_index(state)
    block = state.blocks[index]
    text = state.block_text(block)
    if not block.claimable or not _headline_shaped(text):
        return  # a line a chrome rule matched ("Skip to content") is never the title
    part = _headline_part(text).strip()
    start = text.find(part)
    if start < 0 or len(_WORD.findall(part)) < _MIN_FALLBACK_WORDS:
        return
    head_at, tail_at = block.start + start, block.start + start + len(part)
    if not block.start <= head_at < tail_at <= block.end:
        return
    if head_at > block.start:
        before, block = state.split_block(index, head_at)
        state.mark_chrome(before, "title")
        index += 1
    if tail_at < block.end:
        block, rest = state.split_block(index, tail_at)
        state.mark_chrome(rest, "title")
        site = state.source_text(rest).lstrip(" -–—|:_»·•~").strip()
        if site and len(site) <= _MAX_SITE_CHARS and state.site is None:
            state.site = Site(name=site, span=rest.span)
    _mark(state, block)


# --- helpers ----------------------------------------------------------------------------


def _mark(state: ParseState, block: Block) -> None:
    state.mark(block, "headline", Headline(text=state.source_text(block), span=block.span))


def _headline_shaped(text: str) -> bool:
    if len(text) > _MAX_HEADLINE_CHARS:
        return False  # first: listing the words of a long block costs memory and time
    words = len(_WORD.findall(text))
    if words == 0 or words > _MAX_HEADLINE_WORDS:
        return False
    return not (words > _MAX_PROSE_HEADLINE_WORDS and text.rstrip().endswith("."))


def _site_part(title: str, headline: str) -> str | None:
    """The site name when *title* is *headline* plus a separator and a short site part."""
    if title.startswith(headline):
        match = _SITE_AFTER.fullmatch(title[len(headline) :])
    elif title.endswith(headline):
        match = _SITE_BEFORE.fullmatch(title[: -len(headline)])
    else:
        return None
    if match is None or len(match.group("site")) > _MAX_SITE_CHARS:
        return None
    return match.group("site")


def _name_site(state: ParseState, title_block: Block, collapsed_name: str) -> None:
    """Name the site from the title line (in its printed case), unless a step already has."""
    if state.site is not None:
        return
    printed = " ".join(state.source_text(title_block).split())
    found = _find_casefolded(printed, collapsed_name)
    name = printed[found[0] : found[1]] if found is not None else collapsed_name
    state.site = Site(name=name, span=title_block.span)


def _find_casefolded(text: str, folded: str) -> tuple[int, int] | None:
    """Where casefolded *folded* stands in *text*, as offsets into *text* itself.

    Casefolding can change lengths ("ß" becomes "ss", "İ" two characters), so offsets in the
    folded text are mapped back character by character.
    """
    pieces = [character.casefold() for character in text]
    origin = [index for index, piece in enumerate(pieces) for _ in piece]
    position = "".join(pieces).find(folded)
    if position < 0 or not folded:
        return None
    return origin[position], origin[position + len(folded) - 1] + 1
