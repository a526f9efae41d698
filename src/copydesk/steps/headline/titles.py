"""The page's title line (``Headline | Site``): its parts, its repeats lower down, and the
site's name beside the headline in it."""

from __future__ import annotations

import regex

from copydesk._models import Site
from copydesk._state import CHROME, Block, ParseState
from copydesk.reading.page import (
    collapse,
    collapse_within,
)
from copydesk.steps.headline.shapes import (
    MAX_HEADLINE_CHARS,
    MIN_FALLBACK_WORDS,
    WORD,
    headline_shaped,
    mark,
    undated_not_headline_pattern,
    without_stamps,
)

__all__ = [
    "MIN_REPEAT_CHARS",
    "fuzzy_title_match",
    "headline_part",
    "last_site_part",
    "name_site",
    "owner_named",
    "site_beside",
    "site_end_part",
    "site_part",
    "title_as_headline",
    "title_is_headline",
    "title_line_index",
    "title_part_spans",
    "title_parts",
    "title_repeat",
    "title_repeat_inside",
]

# A repeat of the title holds at least this many characters.
MIN_REPEAT_CHARS = 8

# A repeat must be at least this share of the title's longest part (its headline part).
_MIN_TITLE_SHARE = 0.5

# ... or at least this long (a headline beside a longer site part in the title).
_ENOUGH_REPEAT_CHARS = 20

# A first line whose longest part has fewer words is a section or site name, not a title.
_MIN_TITLE_WORDS = 3

# A copyright line naming the site is at most this long (a longer block is a page of terms).
_MAX_OWNER_LINE_CHARS = 300

# A title of this many parts or more whose last part is not the longest ends with the site.
_MIN_SITE_LAST_PARTS = 3

# A title part at least this share of the longest one's length may be its headline part.
_RIVAL_PART_SHARE = 0.8

# ... and a first part this long when the longest part is the last (the site's name).
_MIN_RIVAL_WORDS = 2

# Share of a candidate's words found in the title for a fuzzy match, and the share of the
# title's headline words it must cover.
_FUZZY_PRECISION = 0.8
_FUZZY_RECALL = 0.6

# A heading printed longer than its part in the title goes on for at most this many words.
_MAX_CONTINUATION_WORDS = 10

# ... and goes on with a word, a comma, a colon, a question or exclamation mark, or a plus.
_CONTINUATION = regex.compile(r"(?:\s+\w|[,:?!]|\s+\+\s)")

# A site's name beside the headline in the title line is at most this long.
_MAX_SITE_CHARS = 60

# Title parts are split at spaced dashes, bars, colons and breadcrumb arrows, at bars and
# bullets even unspaced, at a double colon spaced on one side (not a program's name,
# ``std::result``), at a dash glued to the word before (``Airport- Travel``) and at an
# underscore before a word, after another or a space (``typhoon_English_Xinhua``, ``typhoon
# _English_Xinhua``): no headline writes those.
_SEPARATOR = (
    r"(?:\s+[-–—|:_»·•~>]+\s+|\s*[|»·•]\s*|\s+::\s*|\s*::\s+|(?<=\w)[-–—]\s+"
    r"|(?:(?<=\w)|\s+)_(?=\p{L}))"
)
# A script's line of a page dumped with its markup ("= 11) document.write('"); a title may
# name a function ("useState()", "<select>"), but never opens with an operator.
_SCRIPT_LINE = regex.compile(r"[{}]|/\*|-->|\bdocument\.\w|^\s*[=;)]")

_SITE_AFTER = regex.compile(r"\s*(?:[-–—|:_»·•~>]+|::)\s*(?P<site>\S.*)", regex.DOTALL)
_SITE_BEFORE = regex.compile(r"(?P<site>.*\S)\s*(?:[-–—|:_»·•~>]+|::)\s*", regex.DOTALL)
_TITLE_PARTS = regex.compile(_SEPARATOR)


def title_line_index(state: ParseState) -> int:
    """Where the page title line stands: the first block no chrome rule claimed.

    The title line is the page's ``<title>``, first in a text dump, but a logo line or a
    "Skip to content" link may come before it.
    """
    return next((index for index, block in enumerate(state.blocks) if block.claimable), 0)


def title_repeat(
    state: ParseState, candidates: list[int], title: str, *, near_from: int
) -> int | None:
    """The candidate that repeats the title's headline part, else the longest partial repeat.

    The title line may hold the site's name or section too (``Headline | Guardian
    Unlimited``), and those are printed on the page as well. A block that holds the title's
    longest part (its headline part) wins, the nearest to the article first; else the
    longest repeat of some other part, only near the article (``Site | Headline`` titles
    whose site part is the longer): far above, such a repeat is a site or section name.
    """
    part = headline_part(title)
    if len(WORD.findall(part)) < _MIN_TITLE_WORDS:
        return None  # a section or site name stands first ("Sport"), not a page title
    parts = [part]
    split = title_parts(title)
    rival = _rival_part(split, part.strip())
    if rival is not None:
        parts.append(rival)
    # The site's name printed on the page is never the headline (feat/headline-14: nor the
    # last of three parts when another is the longest, ``Heading | Forum | Site``).
    sites = {site_end_part(title), last_site_part(title)}
    # A short repeat of a short part of the title is its site or section name.
    shortest = max(MIN_REPEAT_CHARS, min(_ENOUGH_REPEAT_CHARS, int(len(part) * _MIN_TITLE_SHARE)))
    repeats = []
    for index in candidates:
        text = collapse_within(state.block_text(state.blocks[index]), len(title))
        if text is not None and len(text) >= shortest and text in title:
            if any(other in text for other in parts):
                return index
            if text not in sites:
                repeats.append((index, text))
    best, best_length = None, 0
    for index, text in repeats:
        if index >= near_from and len(text) > best_length:
            best, best_length = index, len(text)
    return best


def site_end_part(title: str) -> str | None:
    """The title's last part when its first is the longest (``Headline | Site``): the site's
    name, never the headline, however often the page prints it."""
    parts = title_parts(title)
    if len(parts) > 1 and parts[0] == headline_part(title).strip():
        return parts[-1]
    return None


def last_site_part(title: str) -> str | None:
    """The last of three parts or more when another is the longest: the site's name after
    the page's name and its section or slogan (``Black Edition | Meal Replacement Shakes |
    Acme US``, ``My take on pricing - Value Investing Board - Acme Community``); a title
    whose last part is the longest names the site first (``Site | Section | Headline``)."""
    parts = title_parts(title)
    if len(parts) < _MIN_SITE_LAST_PARTS or parts[-1] == headline_part(title).strip():
        return None
    return parts[-1]


def _rival_part(parts: list[str], longest: str) -> str | None:
    """The title's first part when it may be the headline rather than its *longest* part;
    the one repeated nearest the article wins.

    It may when about as long as the longest (``Gardening in a Warming World | Cornell
    Garden-Based Learning``), or when the longest part is the last, the site's name
    (``Book Reviews – The Writing Center``), however short the first part.
    """
    if len(parts) < 2 or parts[0] == longest:
        return None
    words = len(WORD.findall(parts[0]))
    if parts[-1] == longest:
        return parts[0] if words >= _MIN_RIVAL_WORDS else None
    if words >= _MIN_TITLE_WORDS and len(parts[0]) >= len(longest) * _RIVAL_PART_SHARE:
        return parts[0]
    return None


def title_repeat_inside(state: ParseState, indices: range, title: str) -> int | None:
    """A block that opens or ends with a part of the title, split off the rest.

    A page dump can glue the headline to the line before or after it (``Wednesday, 09
    January 2008 Headline``, ``Headline Ahead of tonight's game ...``, ``Headline`` above its
    date stamp in one block). The nearest such block to the article is split at the
    headline, which becomes a block of its own. The title's longest part may be glued inside
    a line; another part (the site part may be the longest) must be a whole line.
    """
    parts = sorted(
        (part for part in _TITLE_PARTS.split(title) if len(WORD.findall(part)) >= _MIN_TITLE_WORDS),
        key=len,
        reverse=True,
    )
    # The site's name opening the article ("Acme University extension agents answer ...") is
    # no heading: the page's copyright line names it (feat/headline-14).
    parts = [part for part in parts if not owner_named(state, part)]
    for rank, part in enumerate(parts):
        found = _glued_repeat(state, indices, part, whole_line=rank > 0)
        if found is not None:
            index, start, end = found
            block = state.blocks[index]
            if _continues_headline(state.source[end : block.end]):
                end = block.end  # the page's heading is longer than the title's part
            return _split_around(state, index, start, end)
    return None


def owner_named(state: ParseState, part: str) -> bool:
    """Whether a copyright line of the page (a lexicon rule's ``legal`` chrome) names the
    title's *part*, as whole words: the site's name, never the headline."""
    wanted = regex.compile(rf"(?<!\w){regex.escape(collapse(part))}(?!\w)")
    return any(
        block.label == CHROME
        and block.kind == "legal"
        and not block.guessed
        and block.end - block.start <= _MAX_OWNER_LINE_CHARS
        and wanted.search(collapse(state.block_text(block))) is not None
        for block in state.blocks
    )


def _continues_headline(rest: str) -> bool:
    """Whether *rest*, glued after a part of the title on its line, is the end of the same
    heading: the title shortened the page's heading (``Price Guide & Hourly Rate``, printed
    ``Price Guide & Hourly Rate Comparison``; ``..., Reviewed by a Student``; ``?``).

    A new line, a separator or a stamp (``/ Dec 2025``, ``¶``), or a run of words as long as
    a lede is no part of the heading.
    """
    if "\n" in rest or not rest.strip() or _CONTINUATION.match(rest) is None:
        return False
    return len(WORD.findall(rest)) <= _MAX_CONTINUATION_WORDS and not rest.rstrip().endswith(".")


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
        found = pattern.search(text, 0, MAX_HEADLINE_CHARS + len(part))
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


def fuzzy_title_match(state: ParseState, candidates: list[int], title: str) -> int | None:
    """The first candidate worded nearly as the title's headline part, or as its first part
    when that may be the headline (``_rival_part``: the site's name may be the longest part,
    ``Guide to renewing your passport in 2024 | Office of Consular Travel Documents and
    Visa Services``)."""
    part = headline_part(title)
    rival = _rival_part(title_parts(title), part.strip())
    wanted = [
        words
        for words in (set(WORD.findall(text)) for text in (part, rival or ""))
        if len(words) >= _MIN_TITLE_WORDS
    ]
    if not wanted:
        return None
    # A date or time in the line is weighed out: its other words must match the title's.
    not_headline = state.lexicon.cached("headline.not_undated", undated_not_headline_pattern)
    for index in candidates:
        text = state.block_text(state.blocks[index])
        words = set(WORD.findall(collapse(without_stamps(state, text))))
        if not words or not_headline.search(text):
            continue  # a breadcrumb ending with the heading ("Home » Headline"), a stamp
        if any(_fuzzy_match(words, title_words) for title_words in wanted):
            return index
    return None


def _fuzzy_match(words: set[str], title_words: set[str]) -> bool:
    shared = len(words & title_words)
    return shared / len(words) >= _FUZZY_PRECISION and shared / len(title_words) >= _FUZZY_RECALL


def title_is_headline(state: ParseState, title_index: int) -> bool:
    """Whether the title line's headline part reads as a headline (four words or more)."""
    block = state.blocks[title_index]
    text = state.block_text(block)
    if not block.claimable or not headline_shaped(text):
        return False
    return len(WORD.findall(headline_part(text))) >= MIN_FALLBACK_WORDS


def headline_part(title: str) -> str:
    """The longest part of a title line split at its separators."""
    parts = [part for part in _TITLE_PARTS.split(title) if part.strip()]
    return max(parts, key=len) if parts else title


def title_parts(title: str) -> list[str]:
    """The parts of a title line split at its separators (``Headline | Section | Site``)."""
    return [part.strip() for part in _TITLE_PARTS.split(title) if part.strip()]


def title_part_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each part of *text* split at the title line's separators, its
    spacing trimmed (``Headline | Print | E-mail``)."""
    spans, start = [], 0
    for separator in [*_TITLE_PARTS.finditer(text), None]:
        end = separator.start() if separator is not None else len(text)
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, start + len(piece.rstrip())))
        if separator is not None:
            start = separator.end()
    return spans


def title_as_headline(
    state: ParseState, *, part: str | None = None, min_words: int = MIN_FALLBACK_WORDS
) -> bool:
    """Use the title line's headline *part* (by default its longest, of *min_words* or more)
    when nothing below repeats it; whether it was used."""
    index = title_line_index(state)
    block = state.blocks[index]
    text = state.block_text(block)
    if not block.claimable or not headline_shaped(text):
        return False  # a line a chrome rule matched ("Skip to content") is never the title
    if _SCRIPT_LINE.search(text):
        return False  # a script's line stands first, not the page's title
    part = (part or headline_part(text)).strip()
    start = text.find(part)
    if start < 0 or len(WORD.findall(part)) < min_words:
        return False
    head_at, tail_at = block.start + start, block.start + start + len(part)
    if not block.start <= head_at < tail_at <= block.end:
        return False
    if head_at > block.start:
        before, block = state.split_block(index, head_at)
        state.mark_chrome(before, "title")
        index += 1
    if tail_at < block.end:
        block, rest = state.split_block(index, tail_at)
        state.mark_chrome(rest, "title")
        parts = [part.strip() for part in _TITLE_PARTS.split(state.source_text(rest))]
        site = next((part for part in reversed(parts) if part.strip(" -–—|:_»·•~")), "")
        site = site.strip(" -–—|:_»·•~")
        if site and len(site) <= _MAX_SITE_CHARS and state.site is None:
            state.site = Site(name=site, span=rest.span)
    mark(state, block)
    return True


def site_part(title: str, headline: str) -> str | None:
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


def site_beside(title: str, headline: str) -> tuple[str, str] | None:
    """``(site, part)``: the site's name beside the title's *part* that the (collapsed)
    *headline* is or opens with (the page may print the heading longer than the title)."""
    site = site_part(title, headline)
    if site is not None:
        return site, headline
    for part in title_parts(title):
        site = site_part(title, part) if headline.startswith(part) else None
        if site is not None:
            return site, part
    return None


def name_site(state: ParseState, title_block: Block, title_rest: str, headline: str) -> None:
    """Name the site from the title line (in its printed case), unless a step already has.

    *title_rest* is what the title line holds beside the (collapsed) *headline*: the site's
    name, maybe with a section (``Science | The Daily Planet``). The part at the title's far
    end from the headline is the name. A part with more words than the headline and four or
    more is no name: the headline chosen is more likely the site's own name printed on the
    page, and the title's rest the real headline; no name is made up from it.
    """
    if state.site is not None:
        return
    parts = [part.strip() for part in _TITLE_PARTS.split(title_rest) if part.strip()]
    if not parts:
        return
    title = collapse(state.block_text(title_block))
    name = parts[-1] if title.startswith(headline) else parts[0]
    words = len(WORD.findall(name))
    if words >= MIN_FALLBACK_WORDS and words > len(WORD.findall(headline)):
        return
    printed = " ".join(state.source_text(title_block).split())
    found = _find_casefolded(printed, name)
    shown = printed[found[0] : found[1]] if found is not None else name
    state.site = Site(name=shown, span=title_block.span)


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
