"""Find the site's name and tagline in its branding lines.

Aggregator and CMS pages print the site's logo alt text (``Site icon Occasional Digest``)
and often a slogan line (``Occasional Digest - a story for you``). Both are chrome; the name
and tagline go to :attr:`Article.site`. Without a logo line, a name alone on a line at the top
of the page that the copyright line at its foot names as the owner (``Harbor Ledger`` over
``© 2026 Harbor Ledger. All rights reserved``) is the site's name. (The page-title line
``Headline | Site`` is read by the headline step.)
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
# A copyright line's owner follows its year: "© 2026 Harbor Ledger", "Copyright © 2026 ...".
_COPYRIGHT_YEAR = regex.compile(
    r"(?i)(?:©|\(c\)|copyright)[^\n\d]{0,16}\d{4}(?:[ ]?[-–][ ]?\d{4})?"
)
# Titles before a person's name, and the cue of a byline line above one.
_PERSONAL_TITLES = frozenset(("dr", "mr", "mrs", "ms", "prof", "sir", "dame"))
_BYLINE_CUE = regex.compile(r"(?i)(?:^|\s)(?:by|author|written by|posted by):?\s*$")
# A site's name printed alone at the top: a few words, a capital first.
_BRAND_LINE = regex.compile(r"\p{Lu}[\p{L}\d'’&.]*(?:[ ][\p{L}\d'’&.]+){0,4}")
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
        _name_from_brand_line(state)
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


def _name_from_brand_line(state: ParseState) -> None:
    """Name the site from a line at the top that the page's copyright line names as owner.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Harbor Ledger\\n\\nStorm hits\\n\\nThe storm hit the coast on Monday, and many "
    ...     "roads were closed.\\n\\n© 2026 Harbor Ledger. All rights reserved."
    ... )
    >>> article.site.name, article.chrome[0].kind
    ('Harbor Ledger', 'branding')
    """
    owners = _copyright_owners(state)
    if not owners:
        return
    top = _top_blocks(state)
    for index, block in enumerate(top):
        if not block.claimable or block.kind not in (None, "navigation"):
            continue
        line = state.block_text(block)
        if _BRAND_LINE.fullmatch(line) is None or _names_a_person(state, line):
            continue
        if index > 0 and _BYLINE_CUE.search(state.block_text(top[index - 1])):
            continue  # "Posted By" / "Loona Construction": the author, not the site
        folded = line.casefold()
        if any(_names_owner(owner, folded) for owner in owners):
            if any(_repeats(state, other, folded) for other in top if other is not block):
                return  # a title line "Headline | Site" too: the headline step reads both
            state.mark_chrome(block, "branding")
            state.site = Site(name=" ".join(state.source_text(block).split()), span=block.span)
            return


def _repeats(state: ParseState, block: Block, folded_name: str) -> bool:
    """Whether *block* is a title line with the (casefolded) name at one end: "Headline |
    Site", "Site - Headline"."""
    text = state.block_text(block).casefold()
    if text == folded_name or folded_name not in text:
        return False
    return _title_with_name(folded_name).fullmatch(text) is not None


@functools.lru_cache(maxsize=256)
def _title_with_name(folded_name: str) -> regex.Pattern[str]:
    name = regex.escape(folded_name)
    return regex.compile(
        rf"{name}{_TAGLINE_SEPARATOR}\S.*|.*\S{_TAGLINE_SEPARATOR}{name}", regex.DOTALL
    )


def _copyright_owners(state: ParseState) -> list[str]:
    """What follows the year on each copyright line (casefolded): its owner first."""
    owners: list[str] = []
    for block in state.blocks:
        if block.kind != "legal":
            continue
        text = state.block_text(block)
        for year in _COPYRIGHT_YEAR.finditer(text):
            owners.append(text[year.end() :].lstrip(" ,").casefold())
    return owners


def _names_owner(owner: str, name: str) -> bool:
    """Whether the copyright *owner* text opens with the whole *name* (both casefolded).

    A one-word name must be the whole owner ("Reuters." but not "Star Newspapers Ltd"):
    a menu word ("News") begins many an owner's name.
    """
    if not owner.startswith(name):
        return False
    following = owner[len(name) :]
    if " " not in name and following[:2].strip()[:1].isalnum():
        return False
    return not following[:1].isalnum()


def _names_a_person(state: ParseState, line: str) -> bool:
    """Whether *line* opens with a given name (after a title): a blog's author, whose name
    is often the copyright owner too."""
    words = [word.rstrip(".").casefold() for word in line.split()]
    if words and words[0] in _PERSONAL_TITLES:
        words = words[1:]
    return len(words) >= 2 and words[0] in _given_names(state)


def _given_names(state: ParseState) -> frozenset[str]:
    lexicon = state.lexicon
    return lexicon.cached(
        "site.given_names",
        lambda _: frozenset(
            name.casefold()
            for name in (
                *lexicon.given_names,
                *lexicon.feminine_given_names,
                *lexicon.masculine_given_names,
            )
        ),
    )
