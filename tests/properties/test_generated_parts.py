"""Generated articles parse back to the parts they were built from (what main detects now)."""

from __future__ import annotations

from hypothesis import given

import copydesk
from copydesk.testing import GeneratedArticle, articles


@given(articles())
def test_headline_comes_back(generated: GeneratedArticle) -> None:
    """The headline is found, whatever chrome, title line or captions surround it."""
    article = copydesk.parse(generated.text)
    assert article.headline is not None
    assert article.headline.text == generated.expected.headline


@given(articles())
def test_site_name_and_tagline_come_back(generated: GeneratedArticle) -> None:
    """The ``Site icon`` line names the site; the ``Site - tagline`` line gives its slogan."""
    article = copydesk.parse(generated.text)
    expected = generated.expected
    if expected.site is None:
        assert article.site is None
        return
    assert article.site is not None
    assert (article.site.name, article.site.tagline) == (expected.site, expected.tagline)


@given(articles())
def test_chrome_lines_come_back_with_their_kinds(generated: GeneratedArticle) -> None:
    """Every chrome line, top and bottom, is labelled with its kind; nothing else is chrome."""
    article = copydesk.parse(generated.text)
    found = [(chrome.text, chrome.kind) for chrome in article.chrome]
    assert found == [(chrome.text, chrome.kind) for chrome in generated.expected.chrome]


@given(articles())
def test_captions_and_credits_come_back(generated: GeneratedArticle) -> None:
    """Every caption is found with its credit's text, photographer, agency and file flag."""
    article = copydesk.parse(generated.text)
    assert [caption.text for caption in article.captions] == [
        caption.text for caption in generated.expected.captions
    ]
    for caption, expected in zip(article.captions, generated.expected.captions, strict=True):
        assert caption.credit is not None
        credit = caption.credit
        assert (credit.text, credit.names, credit.agency, credit.file_photo) == (
            expected.credit.text,
            expected.credit.names,
            expected.credit.agency,
            expected.credit.file_photo,
        )


@given(articles())
def test_body_paragraphs_come_back(generated: GeneratedArticle) -> None:
    """The body is exactly the generated paragraphs: no chrome, caption or headline in it."""
    article = copydesk.parse(generated.text)
    assert tuple(p.text for p in article.paragraphs) == generated.expected.paragraphs


@given(articles(chrome=False, site=False, captions=False))
def test_bare_articles_are_headline_and_body(generated: GeneratedArticle) -> None:
    """Without chrome or captions, an article is its headline and its paragraphs."""
    article = copydesk.parse(generated.text)
    assert article.chrome == ()
    assert article.captions == ()
    assert article.headline is not None
    assert article.body == "\n\n".join(generated.expected.paragraphs)
