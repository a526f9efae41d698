"""Find the headline: the first headline-shaped block at the top of the article.

A whole page often starts with the page title, ``Headline | Site``, and prints the real
headline again lower down. When a later block repeats the title without the site part, that
block is the headline, the title line is chrome of kind ``title``, and the site part names
the site (if nothing else has).
"""

from __future__ import annotations

import regex

from copydesk._models import Headline, Site
from copydesk._pipeline import step
from copydesk._state import Block, ParseState

__all__ = ["headline"]

_MAX_HEADLINE_WORDS = 40
_MAX_HEADLINE_CHARS = 300
# A block of running prose this long is a lede, not a headline.
_MAX_PROSE_HEADLINE_WORDS = 25
# How far below the title line the repeated headline may stand.
_REPEAT_WINDOW = 120
_MAX_SITE_CHARS = 60
_WORD = regex.compile(r"\w+")
_SITE_AFTER = regex.compile(r"\s*(?:[-–—|:_»·•~]+|::)\s*(?P<site>\S.*)", regex.DOTALL)
_SITE_BEFORE = regex.compile(r"(?P<site>.*\S)\s*(?:[-–—|:_»·•~]+|::)\s*", regex.DOTALL)


@step(requires=("blocks",), provides=("headline",))
def headline(state: ParseState) -> None:
    """Label the headline block."""
    for index, block in state.body_blocks():
        text = state.block_text(block)
        if not _headline_shaped(text):
            if _WORD.search(text):
                return  # prose came first: this text has no headline
            continue
        chosen = _repeated_below(state, index) or block
        if chosen is not block:
            state.mark_chrome(block, "title")
        state.mark(chosen, "headline", Headline(text=state.source_text(chosen), span=chosen.span))
        return


def _headline_shaped(text: str) -> bool:
    words = len(_WORD.findall(text))
    if words == 0 or words > _MAX_HEADLINE_WORDS or len(text) > _MAX_HEADLINE_CHARS:
        return False
    return not (words > _MAX_PROSE_HEADLINE_WORDS and text.rstrip().endswith("."))


def _collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


def _repeated_below(state: ParseState, title_index: int) -> Block | None:
    """The block below the title line that repeats its headline part, if any."""
    title_block = state.blocks[title_index]
    title = _collapse(state.block_text(title_block))
    for block in state.blocks[title_index + 1 : title_index + 1 + _REPEAT_WINDOW]:
        if not block.is_body:
            continue
        candidate = _collapse(state.block_text(block))
        if len(candidate) < 8 or candidate not in title:
            continue
        if candidate == title:
            return block
        site_name = _site_part(title, candidate)
        if site_name is not None:
            if state.site is None:
                state.site = Site(
                    name=_site_as_printed(state, title_block, site_name), span=title_block.span
                )
            return block
    return None


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


def _site_as_printed(state: ParseState, block: Block, collapsed_name: str) -> str:
    """Find *collapsed_name* in the title block again, to return it in its printed case."""
    printed = " ".join(state.source_text(block).split())
    position = printed.casefold().find(collapsed_name)
    return printed[position : position + len(collapsed_name)] if position >= 0 else collapsed_name
