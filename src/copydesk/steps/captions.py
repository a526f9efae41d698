"""Photo captions: blocks that end in a photo credit.

A caption moves out of the body into :attr:`Article.captions`; its credit is parsed into a
:class:`~copydesk.Credit` (photographers, agency, file-photo flag).
"""

from __future__ import annotations

import regex

from copydesk._models import Caption, Credit, Span
from copydesk._pipeline import step
from copydesk._state import ParseState
from copydesk.lexicon import Lexicon

__all__ = ["captions"]

# A credit is short and sits at the end: only the tail of a block is searched.
_CREDIT_WINDOW = 160


def _credit_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    alternatives = "|".join(f"(?:{pattern})" for pattern in lexicon.credit_patterns)
    return regex.compile(rf"(?:^|(?<=[\s.,;:]))(?:{alternatives})\s*$")


@step(requires=("blocks",), provides=("captions",))
def captions(state: ParseState) -> None:
    """Label every body block that ends in a photo credit as a caption."""
    pattern = state.lexicon.cached("captions.credit", _credit_pattern)
    for _, block in state.body_blocks():
        window_start = max(block.start, block.end - _CREDIT_WINDOW)
        match = pattern.search(state.text, window_start, block.end)
        if match is None:
            continue
        credit = _credit(state, match)
        caption = Caption(text=state.source_text(block), credit=credit, span=block.span)
        state.mark(block, "caption", caption)


def _credit(state: ParseState, match: regex.Match[str]) -> Credit:
    start, end = match.span()
    names = match.group("names")
    return Credit(
        text=state.source[start:end].rstrip(),
        names=(" ".join(names.split()),) if names else (),
        agency=_agency(state, match.group("agency")),
        file_photo=match.group("file") is not None,
        span=Span(start, start + len(state.source[start:end].rstrip())),
    )


def _agency(state: ParseState, printed: str | None) -> str | None:
    """The canonical agency code, or the name as printed when it is not a known agency."""
    if not printed:
        return None
    return state.lexicon.agency(printed) or printed
