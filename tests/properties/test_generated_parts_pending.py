"""Generated datelines, bylines and quotes parse back: these tests turn on by themselves.

Each test skips until its detector's step is in the default pipeline
(``copydesk.Parser().names()``), so they start to run when the step is merged into main.
"""

from __future__ import annotations

import pytest
from hypothesis import given

import copydesk
from copydesk.testing import GeneratedArticle, articles

_STEPS = set(copydesk.Parser().names())


def _needs(*names: str) -> pytest.MarkDecorator:
    """Skip until one of the step *names* is in the default pipeline."""
    present = any(name in _STEPS for name in names)
    return pytest.mark.skipif(
        not present, reason=f"{' / '.join(names)} step not in the default pipeline yet"
    )


needs_dateline = _needs("dateline", "datelines")
needs_byline = _needs("byline", "bylines")
needs_quotes = _needs("quotes", "quote")

if not (_STEPS & {"dateline", "datelines", "byline", "bylines", "quotes", "quote"}):
    pytest.skip(
        "dateline, byline and quotes steps not in the default pipeline yet",
        allow_module_level=True,
    )


def _collapse(text: str) -> str:
    return " ".join(text.split())


@needs_dateline
@given(articles(datelines=True))
def test_dateline_comes_back(generated: GeneratedArticle) -> None:
    """The dateline is found with its text, agency, place and date as printed."""
    article = copydesk.parse(generated.text)
    expected = generated.expected.dateline
    assert expected is not None
    assert article.dateline is not None
    dateline = article.dateline
    assert _collapse(dateline.text) == expected.text
    assert dateline.agency == expected.agency
    assert dateline.date_text == expected.date_text
    assert dateline.city == expected.city
    if expected.region is not None:
        assert dateline.region == expected.region


@needs_dateline
@given(articles(datelines=True))
def test_dateline_leaves_the_lede_in_the_body(generated: GeneratedArticle) -> None:
    """The body starts with the lede, without the dateline; nothing else moves."""
    article = copydesk.parse(generated.text)
    assert tuple(p.text for p in article.paragraphs) == generated.expected.paragraphs


@needs_dateline
@given(articles())
def test_no_dateline_in_plain_prose(generated: GeneratedArticle) -> None:
    """Articles without a dateline get none."""
    assert copydesk.parse(generated.text).dateline is None


@needs_byline
@given(articles(bylines=True))
def test_bylines_come_back(generated: GeneratedArticle) -> None:
    """Author bylines are found with their names in natural case and their agency."""
    article = copydesk.parse(generated.text)
    authors = [byline for byline in article.bylines if byline.kind == "author"]
    assert [b.text for b in authors] == [b.text for b in generated.expected.bylines]
    for byline, expected in zip(authors, generated.expected.bylines, strict=True):
        assert byline.names == expected.names
        if expected.organization is not None:
            assert byline.organization == expected.organization
    assert tuple(p.text for p in article.paragraphs) == generated.expected.paragraphs


@needs_byline
@given(articles())
def test_no_byline_in_plain_prose(generated: GeneratedArticle) -> None:
    """Articles without a byline get none."""
    assert copydesk.parse(generated.text).bylines == ()


@needs_quotes
@given(articles(quotes=True))
def test_quotes_and_speakers_come_back(generated: GeneratedArticle) -> None:
    """Every attributed quote is found with its words and its speaker's name."""
    article = copydesk.parse(generated.text)
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    found = [(quote.text.rstrip(",. "), quote.speaker and quote.speaker.name) for quote in direct]
    expected = [(quote.text.rstrip(",. "), quote.speaker) for quote in generated.expected.quotes]
    assert found == expected


@needs_quotes
@given(articles())
def test_no_quotes_in_plain_prose(generated: GeneratedArticle) -> None:
    """Articles without quotation marks get no quotes."""
    assert copydesk.parse(generated.text).quotes == ()


@needs_dateline
@needs_byline
@needs_quotes
@given(articles(datelines=True, bylines=True, quotes=True))
def test_everything_at_once(generated: GeneratedArticle) -> None:
    """With every kind of part present, each still comes back and the body is intact."""
    article = copydesk.parse(generated.text)
    expected = generated.expected
    assert article.headline is not None
    assert article.headline.text == expected.headline
    assert article.dateline is not None
    assert _collapse(article.dateline.text) == expected.dateline.text  # type: ignore[union-attr]
    assert [b.names for b in article.bylines if b.kind == "author"] == [
        b.names for b in expected.bylines
    ]
    assert [c.text for c in article.captions] == [c.text for c in expected.captions]
    assert tuple(p.text for p in article.paragraphs) == expected.paragraphs
