"""Hypothesis strategies for testing copydesk and the steps you add to it.

The strategies build synthetic news articles from parts whose truth is known: each draws a
:class:`GeneratedArticle`, the text together with the :class:`ExpectedParts` it was made
of, so a test can parse the text and compare.

>>> from hypothesis import HealthCheck, given, settings
>>> import copydesk
>>> from copydesk.testing import articles
>>> @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
... @given(articles())
... def test_headline_comes_back(generated):
...     assert copydesk.parse(generated.text).headline.text == generated.expected.headline
>>> test_headline_comes_back()

This module needs `hypothesis <https://hypothesis.readthedocs.io>`_, a development
dependency (``pip install 'copydesk[dev]'``); import it from tests only. ``import copydesk``
never imports it.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "copydesk.testing needs hypothesis, which is a development dependency of copydesk: "
        "install it with `pip install hypothesis` (or `pip install 'copydesk[dev]'`), and "
        "import copydesk.testing from tests only"
    ) from error

from copydesk.testing._articles import articles
from copydesk.testing._bylines import bylines, trailers
from copydesk.testing._captions import captions, credits
from copydesk.testing._datelines import datelines
from copydesk.testing._expected import (
    ExpectedByline,
    ExpectedCaption,
    ExpectedChrome,
    ExpectedCredit,
    ExpectedDateline,
    ExpectedParts,
    ExpectedPerson,
    ExpectedQuote,
    GeneratedArticle,
    QuotedParagraph,
    QuotedPassage,
)
from copydesk.testing._pieces import (
    BOTTOM_CHROME,
    TOP_CHROME,
    chrome_lines,
    hard_wrap,
    headlines,
    paragraphs,
    person_names,
    sentences,
    site_names,
)
from copydesk.testing._quotes import people, quoted_paragraphs, quoted_passages

__all__ = [
    "BOTTOM_CHROME",
    "TOP_CHROME",
    "ExpectedByline",
    "ExpectedCaption",
    "ExpectedChrome",
    "ExpectedCredit",
    "ExpectedDateline",
    "ExpectedParts",
    "ExpectedPerson",
    "ExpectedQuote",
    "GeneratedArticle",
    "QuotedParagraph",
    "QuotedPassage",
    "articles",
    "bylines",
    "captions",
    "chrome_lines",
    "credits",
    "datelines",
    "hard_wrap",
    "headlines",
    "paragraphs",
    "people",
    "person_names",
    "quoted_paragraphs",
    "quoted_passages",
    "sentences",
    "site_names",
    "trailers",
]
