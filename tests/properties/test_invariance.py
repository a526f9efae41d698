"""Invariance: line ends, trailing spaces, blank lines and edge chrome don't change the parts.

Offsets shift when the text changes, so parses are compared by :func:`_checks.signature`:
the parts' texts with whitespace collapsed, their kinds, credits, site and quotes.
"""

from __future__ import annotations

from _checks import hostile_text, parse_and_check, signature
from hypothesis import assume, given
from hypothesis import strategies as st

from copydesk.testing import BOTTOM_CHROME, TOP_CHROME, GeneratedArticle, articles

# Texts the transformations below are meaningful on: generated articles (plain, wire copy
# with every part, hard-wrapped wire copy), and news-like mixtures without carriage returns
# (adding "\r" before a "\r" would make a blank line).
texts = (
    articles().map(lambda generated: generated.text)
    | articles(
        datelines=True, bylines=True, quotes=True, passages=True, trailers=True, max_paragraphs=4
    ).map(lambda generated: generated.text)
    | articles(datelines=True, passages=True, trailers=True, wrap=True, max_paragraphs=4).map(
        lambda generated: generated.text
    )
    | hostile_text.filter(lambda text: "\r" not in text)
)


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _trailing_spaces(text: str) -> str:
    return text.replace("\n", " \t\n") + "  "


def _extra_blank_lines(text: str) -> str:
    return "\n\n" + text.replace("\n\n", "\n\n\n \n") + "\n\n\n"


@given(texts)
def test_crlf_line_ends_change_nothing(text: str) -> None:
    """Windows line ends give the same parts as Unix ones."""
    assert signature(parse_and_check(_crlf(text))) == signature(parse_and_check(text))


@given(texts)
def test_old_mac_line_ends_change_nothing(text: str) -> None:
    """Old-Mac line ends (``\\r``) give the same parts as Unix ones."""
    assert signature(parse_and_check(text.replace("\n", "\r"))) == signature(parse_and_check(text))


@given(texts)
def test_trailing_spaces_change_nothing(text: str) -> None:
    """Spaces and tabs at the ends of lines give the same parts."""
    assert signature(parse_and_check(_trailing_spaces(text))) == signature(parse_and_check(text))


@given(texts)
def test_extra_blank_lines_change_nothing(text: str) -> None:
    """More blank lines between blocks, and around the text, give the same parts."""
    assert signature(parse_and_check(_extra_blank_lines(text))) == signature(parse_and_check(text))


@given(articles(), st.data())
def test_chrome_at_the_edges_leaves_the_article_alone(
    generated: GeneratedArticle, data: st.DataObject
) -> None:
    """Known chrome lines added at the top or bottom change neither headline nor body."""
    top = data.draw(st.lists(st.sampled_from(TOP_CHROME), max_size=3, unique=True))
    bottom = data.draw(st.lists(st.sampled_from(BOTTOM_CHROME), max_size=3, unique=True))
    assume(top or bottom)
    text = "\n\n".join([*(c.text for c in top), generated.text, *(c.text for c in bottom)])
    before, after = parse_and_check(generated.text), parse_and_check(text)
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    assert after.headline is not None
    assert before.headline is not None
    assert after.headline.text == before.headline.text
    assert [c.text for c in after.captions] == [c.text for c in before.captions]
    added = [(c.text, c.kind) for c in (*top, *before.chrome, *bottom)]
    assert [(c.text, c.kind) for c in after.chrome] == added


@given(hostile_text, st.data())
def test_chrome_at_the_edges_leaves_any_body_alone(text: str, data: st.DataObject) -> None:
    """On any text, chrome lines added above and below leave the body paragraphs alone."""
    top = data.draw(st.lists(st.sampled_from(TOP_CHROME), max_size=2, unique=True))
    bottom = data.draw(st.lists(st.sampled_from(BOTTOM_CHROME), max_size=2, unique=True))
    padded = "\n\n".join([*(c.text for c in top), text, *(c.text for c in bottom)])
    before, after = parse_and_check(text), parse_and_check(padded)
    assert [" ".join(p.text.split()) for p in after.paragraphs] == [
        " ".join(p.text.split()) for p in before.paragraphs
    ]
