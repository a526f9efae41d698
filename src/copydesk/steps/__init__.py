"""The built-in steps, one module each, and the default pipeline order.

The whole default pipeline is :data:`DEFAULT_STEPS`: read it top to bottom to see what a
parse does.
"""

from __future__ import annotations

from copydesk._step import Step
from copydesk.steps.boilerplate import boilerplate
from copydesk.steps.bylines import bylines
from copydesk.steps.captions import captions, uncredited_captions
from copydesk.steps.chrome import chrome
from copydesk.steps.dateline import dateline
from copydesk.steps.headline import headline
from copydesk.steps.normalize import normalize, segment
from copydesk.steps.quotes import quotes
from copydesk.steps.site import site

__all__ = [
    "DEFAULT_STEPS",
    "boilerplate",
    "bylines",
    "captions",
    "chrome",
    "dateline",
    "headline",
    "normalize",
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
    ("bylines", bylines),
    ("uncredited_captions", uncredited_captions),
    ("dateline", dateline),
    ("quotes", quotes),
)
