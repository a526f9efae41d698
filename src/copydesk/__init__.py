"""copydesk: turn the raw text of a scraped news article into typed, lossless models.

>>> import copydesk
>>> article = copydesk.parse("Storm hits coast\\n\\nThe storm hit the coast on Monday.")
>>> article.headline.text
'Storm hits coast'
>>> article.body
'The storm hit the coast on Monday.'
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from copydesk._models import (
    Article,
    Byline,
    BylineKind,
    Caption,
    Chrome,
    ChromeKind,
    Credit,
    Dateline,
    DateStamp,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Site,
    Span,
    Speaker,
)
from copydesk._pipeline import Parser, Pipeline
from copydesk._state import Block, ParseState
from copydesk._step import Step, step
from copydesk.errors import CopydeskError, PipelineError, StepError, UnknownStepError
from copydesk.lexicon import Agency, ChromeRule, Lexicon

if TYPE_CHECKING:
    from copydesk.batch import parse_many
    from copydesk.rendering import render

__all__ = [
    "Agency",
    "Article",
    "Block",
    "Byline",
    "BylineKind",
    "Caption",
    "Chrome",
    "ChromeKind",
    "ChromeRule",
    "CopydeskError",
    "Credit",
    "DateStamp",
    "Dateline",
    "Headline",
    "Lexicon",
    "Paragraph",
    "ParseState",
    "Parser",
    "Pipeline",
    "PipelineError",
    "Quote",
    "QuoteKind",
    "Site",
    "Span",
    "Speaker",
    "Step",
    "StepError",
    "UnknownStepError",
    "__version__",
    "parse",
    "parse_many",
    "render",
    "step",
]

__version__ = "0.1.0.dev0"

_default_parser: Parser | None = None


def parse(text: str, *, reference_date: dt.date | None = None) -> Article:
    """Parse *text* with the default parser (see :meth:`Parser.parse`).

    The default parser is built on first use and never changed; configure your own
    :class:`Parser` to extend or reorder steps.

    >>> article = parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe\\n\\n"
    ...     'MIAMI (AP) — The storm hit the coast. "We are ready," Mayor Ann Lee said.'
    ... )
    >>> article.headline.text, article.bylines[0].names, article.dateline.agency
    ('Storm hits coast', ('Jane Doe',), 'AP')
    >>> article.quotes[0].text, article.quotes[0].speaker.name
    ('We are ready', 'Ann Lee')
    >>> article.body
    'The storm hit the coast. "We are ready," Mayor Ann Lee said.'
    """
    global _default_parser
    if _default_parser is None:
        _default_parser = Parser()
    return _default_parser.parse(text, reference_date=reference_date)


def __getattr__(name: str) -> Any:
    # copydesk.batch needs multiprocessing and concurrent.futures, a quarter of the import
    # time: it is loaded on the first use of parse_many.
    if name == "parse_many":
        from copydesk.batch import parse_many

        return parse_many
    if name == "render":  # the HTML view: only notebooks and `parse --format html` need it
        from copydesk.rendering import render

        return render
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
