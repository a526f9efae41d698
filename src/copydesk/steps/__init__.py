"""The built-in steps, one module each, and the default pipeline order.

The whole default pipeline is :data:`DEFAULT_STEPS`: read it top to bottom to see what a
parse does.
"""

from __future__ import annotations

from copydesk._state import ParseState
from copydesk._step import Step
from copydesk.lexicon import Lexicon
from copydesk.steps.boilerplate import boilerplate, split_markup
from copydesk.steps.bylines import bylines
from copydesk.steps.captions import captions, uncredited_captions
from copydesk.steps.chrome import chrome
from copydesk.steps.dateline import dateline
from copydesk.steps.furniture import furniture
from copydesk.steps.headline import headline
from copydesk.steps.normalize import normalize, segment
from copydesk.steps.quotes import quotes
from copydesk.steps.site import site
from copydesk.steps.stamps import published

__all__ = [
    "DEFAULT_STEPS",
    "boilerplate",
    "bylines",
    "captions",
    "chrome",
    "dateline",
    "furniture",
    "headline",
    "normalize",
    "page_state",
    "published",
    "quotes",
    "segment",
    "site",
    "uncredited_captions",
]

#: ``(name, step)`` pairs in running order.
DEFAULT_STEPS: tuple[tuple[str, Step], ...] = (
    ("normalize", normalize),
    ("segment", segment),
    ("chrome", chrome),
    ("site", site),
    # Captions before the page classifier: a credit is surer evidence than its guess.
    ("captions", captions),
    ("boilerplate", boilerplate),
    ("headline", headline),
    # After the page reader and the headline (which asks again whether the text is a page):
    # a release's notices or a footer's links labelled here are no evidence either way.
    ("furniture", furniture),
    ("bylines", bylines),
    ("uncredited_captions", uncredited_captions),
    ("dateline", dateline),
    # After the dateline: a dated dateline on its own line is the dateline's, not a stamp.
    ("published", published),
    ("quotes", quotes),
)


def page_state(text: str, lexicon: Lexicon | None = None) -> ParseState:
    """The parse state of *text* as the page reader (the ``boilerplate`` step) scores it:
    segmented, chrome labelled, and blocks of leaked HTML cut at their tags.

    For inspecting features and scores (``copydesk.steps.boilerplate``); a parse runs the
    steps itself.

    >>> state = page_state("Home\\n\\nA line.")
    >>> [(state.block_text(block), block.label) for block in state.blocks]
    [('Home', 'chrome'), ('A line.', 'body')]
    """
    state = ParseState(source=text, lexicon=lexicon if lexicon is not None else Lexicon.default())
    for prepare in (normalize, segment, chrome, split_markup):
        prepare(state)
    return state
