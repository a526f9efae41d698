"""What ties a line to the article: the byline and date lines under a page's headline, and
the words a line shares with the title and the article's opening.
"""

from __future__ import annotations

import regex

from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.patterns import AnyPattern
from copydesk.reading.prose import is_prose
from copydesk.steps.headline.shapes import (
    THE,
    WORD,
    headline_shaped,
    is_menu_line,
    is_short,
    may_be_headline,
    not_headline_pattern,
    undated_not_headline_pattern,
    under_menu,
    without_stamps,
    worded_line,
)

__all__ = [
    "anchored_headline",
    "article_opening_words",
    "content_words",
    "far_titled_headline",
    "is_tool_line",
    "news_shaped",
    "shared_words",
    "title_share",
    "titled_anchored_headline",
    "word_stems",
    "writer_over_article",
]

# A word this long shared with the title line ties a line to it (shorter ones are "the").
_MIN_SHARED_CHARS = 4

# Words sharing their first letters share a stem ("meditation", "meditate"; "fund", "funds").
_STEM_CHARS = 5

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

# A title-like heading stands at most this many blocks above its byline or date line, and at
# most this many blocks below the start of the article the page reader found.
_ANCHOR_GAP = 2
_TITLED_BELOW = 20

# ... or, when no line near the article is its heading, this far below its start (blocks):
# the page reader may have started the article at a promo over the page's real heading.
_FAR_TITLED_BELOW = 250

# ... where the title's part reads as a story's headline (four content words or more: not a
# product's or a category's name, "Bramble Desk Lamp", "Chargers & Cables", which a review
# or a product card far down the page names too) and most of the line's own words are in it
# (not a review's header or a blurb that names the product among words of its own).
_MIN_FAR_TITLE_WORDS = 4
_MIN_FAR_PRECISION = 0.5

# ... and holds at least this share of the content words of a part of the title, and two.
_MIN_TITLED_SHARE = 0.5
_MIN_TITLED_WORDS = 2

# How far below a line a byline or date line marks it as a news article's heading (blocks),
# and how long that line may be (a news site's date line often carries its ticker too:
# "Jan 15, 2008 On Metro Now: Weather: Late Day Snow Showers. High 42").
_NEWS_GAP = 8
_MAX_NEWS_STAMP_WORDS = 25

# A dateline: a place, maybe an agency, and a dash or colon, on a line of its own or opening
# the article ("New Delhi (PTI):", "LAS VEGAS--First, ...", "New York, NY (Sports Network) -").
_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}.' ]{1,40}(?:,[\p{L}.' ]{1,30})?\s*(?:\([^()\n]{1,40}\))?\s*"
    r"(?:--|[-–—:](?=\s|$))"
)

# A sentence's end and the next one's start inside a line ("Great service.Bought pieces"), and
# how many a heading may hold ("What Tutoring is not. Defining a Good Tutor").
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s*\p{Lu}")
_MAX_SENTENCE_BREAKS = 1

# A block this long is an article's paragraphs, not a heading glued to its byline lines.
_MAX_GLUED_CHARS = 600

# A deck between the headline and the byline is at least this long, with a comma.
_MIN_DECK_WORDS = 10

# The writer's name on a line of its own: two or three capitalised words, nothing else.
_NAME_LINE = regex.compile(r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}")

# ... in capitals, as a newspaper prints it between its heading and the story ("RANDY ROE").
_CAPITALS_NAME_LINE = regex.compile(r"\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,2}")


def anchored_headline(
    state: ParseState, first: int, title_index: int, *, menu_first: bool
) -> int | None:
    """The line just above the byline and date lines nearest the article, if any.

    A page prints its headline, maybe a deck, then the writer's name, the date or the
    reading time (``lexicon.headline_anchors``), and the article region may start well
    below them (under a table of contents, share buttons, a "Key takeaways" box). Going up
    from the article, each run of such lines (with the writer's name on a line of its own)
    is tried in turn: the line above the run is the headline when it may be one, or the
    line above that when it is the deck, the writer's name or a kicker under the headline.
    With *menu_first* (the title line names no headline: only the site's name), a line
    right under the page's menu, a line or two above, is the headline before them.
    """
    glued = _heading_glued_to_byline(state, first)
    if glued is not None:
        return glued
    low = max(title_index + 1, first - _ANCHOR_WINDOW)
    index = first
    while index >= low:
        if not (is_anchor(state, index) or writer_over_article(state, index, first)):
            index -= 1
            continue
        while index >= low and _under_headline(state, index):
            index -= 1
        if index >= low and _anchored_candidate(state, index):
            under_menu_line = _under_menu_above(state, index, low, first) if menu_first else None
            if under_menu_line is not None:
                return under_menu_line
            above = index - 1
            if above >= low and _anchored_candidate(state, above) and not is_short(state, above):
                # A deck, or a short line (a name, a kicker) under the headline.
                text = state.block_text(state.blocks[index])
                if _is_deck(text) or is_short(state, index):
                    return above
            return index
    return None


def writer_over_article(state: ParseState, index: int, first: int) -> bool:
    """Whether block *index* is the writer's name in capitals, alone on its line, just over
    the article's first paragraph (or that paragraph as the page reader found it): a
    newspaper's byline without its "By" (``RANDY ROE`` under the heading)."""
    if index not in (first - 1, first) or index + 1 >= len(state.blocks):
        return False
    text = state.block_text(state.blocks[index]).strip()
    if _CAPITALS_NAME_LINE.fullmatch(text) is None:
        return False
    # The story starts under it: a product's label in capitals stands over a list or a blurb.
    return is_prose(state.block_text(state.blocks[index + 1]))


def _under_menu_above(state: ParseState, index: int, low: int, first: int) -> int | None:
    """The line right under the page's menu, a line or two above line *index* (which is
    above the byline): the headline, and the lines below it its deck, a kicker or a "News
    provided by" line, whatever their shape. None when a menu entry comes first, or when
    the line shares no word with the article's opening (a promo or a box of the site's)."""
    for above in range(index - 1, max(low, index - _ANCHOR_GAP) - 1, -1):
        if is_menu_line(state, above) or not _anchored_candidate(state, above):
            return None
        if worded_line(state, above) and under_menu(state, above, low):
            text = state.block_text(state.blocks[above])
            opening = word_stems(article_opening_words(state, first))
            return above if word_stems(content_words(state, text)) & opening else None
    return None


def _heading_glued_to_byline(state: ParseState, first: int) -> int | None:
    """The article's first block split at its first line, when that line may be a heading
    and a byline, date or reading-time line follows it in the same block (a dump glued
    "Headline / by Jane Roe / Friday, 28 December 2007" into one block); None otherwise."""
    block = state.blocks[first]
    text = state.block_text(block)
    head, newline, rest = text.partition("\n")
    if not newline or not rest.strip() or len(text) > _MAX_GLUED_CHARS:
        return None
    lines = rest.split("\n")[: _ANCHOR_GAP + 1]
    pattern = state.lexicon.cached("headline.anchors", _anchor_pattern)
    if not any(len(line) <= _MAX_ANCHOR_CHARS and pattern.search(line) for line in lines):
        return None
    if not _glued_heading_shaped(state, head):
        return None
    state.split_block(first, block.start + len(head))
    return first


def _glued_heading_shaped(state: ParseState, line: str) -> bool:
    """The tests of ``_anchored_candidate`` for a line not yet a block of its own."""
    if not headline_shaped(line) or line.rstrip().endswith((".", ":", ",")):
        return False
    if len(WORD.findall(line)) < _MIN_ANCHORED_WORDS:
        return False
    if state.lexicon.cached("headline.not", not_headline_pattern).search(line):
        return False
    return state.lexicon.agency(THE.sub("", line.strip(" -–—"))) is None


def titled_anchored_headline(
    state: ParseState, first: int, title_index: int, title_parts: list[str], *, near_from: int
) -> int | None:
    """The line beside a byline or date line that reads most like the title line, if any.

    The page prints its heading a little differently from its title line ("Plumbing Pricing
    Guide 2025: Learn Average Rates" under the title "2025 Plumbing Price Guide: Average
    Rates"), and the page reader may have started the article well below the heading (a
    promo box, a "Key takeaways" list, a product card first) or above it. Anywhere between
    the title line and a little below the article's start, a line that holds at least half
    of the content words of one of the title's *title_parts* and stands just above the
    byline, date or reading-time lines (``is_anchor``) is the heading; else such a line
    just below them (many blogs print the date above the heading, and a subhead or deck
    stands below the byline too). The line holding the largest share wins, the nearest to
    the article on a tie. Far above the article (above *near_from*), a line of three words
    or less is the site's or a section's name under its date ("News Update Service").
    """
    wanted = [stems for stems in (_part_stems(state, part) for part in title_parts) if stems]
    if not wanted:
        return None
    low, end = title_index + 1, min(len(state.blocks), first + _TITLED_BELOW)
    # Each line is a neighbour of several candidates: it is read as an anchor once.
    anchors = {index for index in range(low, end) if is_anchor(state, index)}
    ranked = []
    for index in range(low, end):
        place = _anchor_place(state, index, low, end, anchors)
        if place is None or not _titled_candidate(state, index, near_from):
            continue
        shares = _title_share(state, index, wanted)
        if shares is not None:
            ranked.append((place, *shares, -abs(index - first), index))
    return max(ranked)[-1] if ranked else None


def far_titled_headline(state: ParseState, first: int, title_parts: list[str]) -> int | None:
    """The line well below the article's start that reads like the title and stands just
    above a byline, date or reading-time line, if any (the one holding the largest share of
    a title part's words, the nearest on a tie).

    The page reader may start the article at a box over the page's real heading (a "Get the
    newsletter" promo, a row of category blurbs): the heading, its byline and date stand
    further down ("10 Best Drills for Tradespeople in 2025" over "Acme Tools", "May 3,
    2025", under the title "10 Best Drills for Tradespeople (2025)"). Only a line just above
    such lines counts: a line under them is a subhead or a teaser's.
    """
    wanted = [
        stems
        for stems in (_part_stems(state, part) for part in title_parts)
        if len(stems) >= _MIN_FAR_TITLE_WORDS
    ]
    if not wanted:
        return None
    low = min(len(state.blocks), first + _TITLED_BELOW)
    end = min(len(state.blocks), first + _FAR_TITLED_BELOW)
    # Each line is a neighbour of several candidates: it is read as an anchor once.
    anchors = {index for index in range(low, end) if is_anchor(state, index)}
    ranked = []
    for index in range(low, end - 1):
        if anchors.isdisjoint(range(index + 1, index + 2 + _ANCHOR_GAP)):
            continue
        if not _titled_candidate(state, index, low):
            continue
        shares = _title_share(state, index, wanted)
        if shares is not None and shares[1] >= _MIN_FAR_PRECISION:
            ranked.append((*shares, -index, index))
    return max(ranked)[-1] if ranked else None


def _titled_candidate(state: ParseState, index: int, near_from: int) -> bool:
    # A line with a date or time may be the heading here when it stands right over the
    # byline or date lines ("Weekly Wrap-Up 12/19/2025" / "Jane Roe"): its other words are
    # weighed against the title's (``_title_share``), and a bare stamp leaves none. Over
    # another line, it is a section's or the site's stamp ("Premier League Friday, Jan 11,
    # 2008" over the heading).
    if not _anchored_candidate(state, index, dated=True):
        return False
    if not _anchored_candidate(state, index) and not _over_byline(state, index):
        return False
    if index < near_from and is_short(state, index):
        return False
    # A reader's review or a lede under the heading is sentences.
    breaks = _SENTENCE_BREAK.findall(state.block_text(state.blocks[index]))
    return len(breaks) <= _MAX_SENTENCE_BREAKS


def _over_byline(state: ParseState, index: int) -> bool:
    """Whether the line under block *index* is a byline, date or reading-time line, the
    writer's name or a topic tag (``_under_headline``)."""
    return index + 1 < len(state.blocks) and _under_headline(state, index + 1)


def _title_share(
    state: ParseState, index: int, wanted: list[set[str]]
) -> tuple[float, float] | None:
    """``(share, precision)``: the largest share of a title part's content words that line
    *index* holds, when at least ``_MIN_TITLED_SHARE`` and two words, and the share of the
    line's own words in that part.

    The precision breaks a tie: a deck under the heading often shares as many of the title's
    words ("These houseplants thrive indoors" under "14 Houseplants That Thrive Indoors"),
    among more words of its own.
    """
    text = without_stamps(state, state.block_text(state.blocks[index]))
    words = word_stems(content_words(state, text))
    shares = [
        (len(words & stems) / len(stems), len(words & stems) / len(words))
        for stems in wanted
        if len(words & stems) >= _MIN_TITLED_WORDS
    ]
    best = max(shares, default=(0.0, 0.0))
    return best if best[0] >= _MIN_TITLED_SHARE else None


def title_share(state: ParseState, index: int, title_parts: list[str]) -> tuple[float, float]:
    """``(share, precision)`` of line *index* against the title's *title_parts* (see
    ``_title_share``), ``(0.0, 0.0)`` when it holds too few of their words."""
    wanted = [stems for stems in (_part_stems(state, part) for part in title_parts) if stems]
    return _title_share(state, index, wanted) or (0.0, 0.0)


def _part_stems(state: ParseState, part: str) -> set[str]:
    return word_stems(content_words(state, part))


def _anchor_place(
    state: ParseState, index: int, low: int, end: int, anchors: set[int]
) -> int | None:
    """1 when block *index* stands just above a byline, date or reading-time line (a deck
    or a short line, such as a kicker or the writer's name, may come between), 0 when just
    below such lines and no line above them may be a heading (else it is the heading's deck
    or a subhead), None otherwise. *anchors* are the lines from *low* to *end* (excluded)
    that are such lines (``is_anchor``)."""
    if any(near in anchors for near in range(index + 1, min(end, index + 2 + _ANCHOR_GAP))):
        return 1
    anchor = next(
        (
            near
            for near in range(index - 1, max(low, index - _ANCHOR_GAP) - 1, -1)
            if near in anchors
        ),
        None,
    )
    if anchor is None:
        return None
    while anchor - 1 >= low and _under_headline(state, anchor - 1):
        anchor -= 1
    if anchor - 1 >= low and _anchored_candidate(state, anchor - 1):
        return None
    return 0


def news_shaped(state: ParseState, index: int, first: int) -> bool:
    """Whether line *index* stands over a news article: a byline, date or reading-time line
    (or a news agency's name) just above it or between it and the article's start, or a
    dateline on a line of its own or opening the article ("LONDON (AP) -").

    A news page's title line is often only its site's or section's name ("NY1: Top
    Stories"), sharing no word with the heading; a shop's or a service's title names the
    page itself ("OnePlus 13"), and the lines near its first paragraph are its slogans.
    """
    low, high = max(0, index - _ANCHOR_GAP), min(len(state.blocks), max(first, index) + 2)
    for near in range(low, high):
        if near == index or not near < index + _NEWS_GAP:
            continue
        if is_anchor(state, near, max_words=_MAX_NEWS_STAMP_WORDS) or _is_agency(state, near):
            return True
        dateline = _DATELINE.match(state.block_text(state.blocks[near]))
        if dateline is not None and (near >= first or dateline.end() == len(dateline.string)):
            return True
    return False


def _is_agency(state: ParseState, index: int) -> bool:
    """Whether block *index* is a news agency's name alone ("Press Trust of India")."""
    text = state.block_text(state.blocks[index]).strip(" -–—")
    return len(text) <= _MAX_ANCHOR_CHARS and state.lexicon.agency(THE.sub("", text)) is not None


def is_anchor(state: ParseState, index: int, *, max_words: int = _MAX_ANCHOR_WORDS) -> bool:
    """Whether block *index* is a short byline, date or reading-time line
    (``lexicon.headline_anchors``)."""
    text = state.block_text(state.blocks[index])
    if len(text) > _MAX_ANCHOR_CHARS or len(WORD.findall(text)) > max_words:
        return False
    return state.lexicon.cached("headline.anchors", _anchor_pattern).search(text) is not None


def _under_headline(state: ParseState, index: int) -> bool:
    """Whether block *index* is one of the lines a page prints between its headline and
    the article: a byline or date line, the writer's name or role, a topic tag or an article
    tool."""
    if is_anchor(state, index):
        return True
    text = state.block_text(state.blocks[index]).strip()
    if len(text) > _MAX_ANCHOR_CHARS:
        return False
    if _NAME_LINE.fullmatch(text) is not None or is_tool_line(state, text):
        return True
    # A writer's role line, a "Print | Email" row: lines that are never a page's headline.
    return state.lexicon.cached("headline.not", not_headline_pattern).search(text) is not None


def is_tool_line(state: ParseState, text: str, *, whole: bool = False) -> bool:
    """Whether *text* opens with an article tool or a topic tag (``lexicon.headline_tool_lines``:
    "Print", "E-mail this", "Tags: coffee"); with *whole*, whether it is all one."""
    found = state.lexicon.cached("headline.tools", _tool_pattern).match(text.strip())
    return found is not None and (not whole or found.end() == len(text.strip()))


def _anchor_pattern(lexicon: Lexicon) -> AnyPattern:
    return AnyPattern(lexicon.headline_anchors)


def _tool_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    return regex.compile(
        "(?i)" + "|".join(f"(?:{pattern})" for pattern in lexicon.headline_tool_lines)
    )


def _anchored_candidate(state: ParseState, index: int, *, dated: bool = False) -> bool:
    """Whether block *index* may be a heading by a byline or date line: no byline, stamp,
    role line or link wording (with *dated*, a date or time in it is left to the caller)."""
    if not may_be_headline(state, index, allow_body=True, any_guessed=True):
        return False
    text = state.block_text(state.blocks[index])
    if len(WORD.findall(text)) < _MIN_ANCHORED_WORDS:
        return False
    if dated:
        never = state.lexicon.cached("headline.not_undated", undated_not_headline_pattern)
    else:
        never = state.lexicon.cached("headline.not", not_headline_pattern)
    if never.search(text):
        return False
    return state.lexicon.agency(THE.sub("", text.strip(" -–—"))) is None


def _is_deck(text: str) -> bool:
    """A standfirst under the headline: a long line that reads as a sentence or a list."""
    return len(WORD.findall(text)) >= _MIN_DECK_WORDS and "," in text


def content_words(state: ParseState, text: str) -> set[str]:
    """The words of *text* of four letters or more that are no stopwords, casefolded."""
    stopwords = state.lexicon.cached("headline.stopwords", _all_stopwords)
    return {
        word
        for word in WORD.findall(text.casefold())
        if len(word) >= _MIN_SHARED_CHARS and word not in stopwords
    }


def _all_stopwords(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for words in lexicon.stopwords.values() for word in words)


def shared_words(state: ParseState, text: str, words: set[str]) -> int:
    """How many of the content words of *text* are among *words*."""
    return len(content_words(state, text) & words)


def word_stems(words: set[str]) -> set[str]:
    """The stems of content *words*: their first letters, so that a line and the title
    share a word in another form ("Index Funds" and "picking a fund")."""
    return {word[:_STEM_CHARS] for word in words}


def article_opening_words(state: ParseState, first: int) -> set[str]:
    """The content words of the article's first paragraphs."""
    texts = [
        state.block_text(block)[:_OPENING_CHARS]
        for block in state.blocks[first : first + _OPENING_BLOCKS]
        if block.is_body
    ]
    return content_words(state, " ".join(texts))
