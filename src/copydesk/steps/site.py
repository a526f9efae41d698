"""Find the site's name and tagline in its branding lines.

Aggregator and CMS pages print the site's logo alt text (``Site icon Occasional Digest``)
and often a slogan line (``Occasional Digest - a story for you``). Both are chrome; the name
and tagline go to :attr:`Article.site`. (The page-title line ``Headline | Site`` is read by
the headline step, and so is an aggregator's first line over its menu.)
"""

from __future__ import annotations

import functools

import regex

from copydesk._models import Site, Span
from copydesk._state import Block, ParseState
from copydesk._step import step

__all__ = ["site"]

_SITE_ICON = regex.compile(r"(?i)site (?:icon|logo)\s+(?P<name>\S.{0,79})")
_TAGLINE_SEPARATOR = r"\s*(?:[-–—|:·•]+)\s*"
# Branding sits at the top of the page: within this many blocks that are not plain chrome
# lines (a long menu or a row of share links above the logo must not push it out of reach).
_TOP_BLOCKS = 20


def _top_blocks(state: ParseState) -> list[Block]:
    """The blocks at the top of the page, chrome lines not counted towards the window."""
    top: list[Block] = []
    counted = 0
    for block in state.blocks:
        if counted >= _TOP_BLOCKS:
            break
        top.append(block)
        if block.label != "chrome" or block.kind == "branding":
            counted += 1
    return top


@step(requires=("blocks",), uses=("chrome",), provides=("site",))
def site(state: ParseState) -> None:
    """Set ``state.site`` from a logo line, and label the site's tagline line as chrome.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Site icon Daily Planet\\n\\nStorm hits\\n\\nDaily Planet - news that matters\\n\\n"
    ...     "The storm hit the coast."
    ... )
    >>> article.site.name, article.site.tagline
    ('Daily Planet', 'news that matters')
    >>> [(chrome.kind, chrome.text) for chrome in article.chrome]
    [('branding', 'Site icon Daily Planet'), ('branding', 'Daily Planet - news that matters')]
    """
    name, span = _name_from_logo(state)
    if name is None or span is None:
        return
    tagline_line = _tagline_line(name)
    tagline = None
    for block in _top_blocks(state):
        if block.label not in ("body", "chrome") or block.kind not in (None, "branding"):
            continue
        match = tagline_line.fullmatch(state.block_text(block))
        if match is None:
            continue
        state.mark_chrome(block, "branding")
        if match.group("tagline") and tagline is None:
            tagline = state.source[match.start("tagline") + block.start : block.end].strip()
            span = block.span
    state.site = Site(name=name, tagline=tagline, span=span)


# Articles of one site repeat its name: keep the compiled patterns of the last few hundred
# names (regex's own compile cache costs about as much as the rest of this step).
@functools.lru_cache(maxsize=256)
def _tagline_line(name: str) -> regex.Pattern[str]:
    """The site's name alone on a line, or followed by a separator and a tagline."""
    return regex.compile(
        rf"(?i){regex.escape(name)}(?:{_TAGLINE_SEPARATOR}(?P<tagline>\S.{{0,99}}))?"
    )


def _name_from_logo(state: ParseState) -> tuple[str | None, Span | None]:
    for block in _top_blocks(state):
        if block.kind != "branding":
            continue
        match = _SITE_ICON.fullmatch(state.block_text(block))
        if match is not None:
            start = block.start + match.start("name")
            return state.source[start : block.end].strip(), block.span
    return None, None
