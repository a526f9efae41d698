"""Memory (issue #8): sharing repeated texts and letting blocks go while freezing change
nothing in what a parse returns."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from _checks import any_text, check_lossless
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk import Article, Lexicon, Parser, ParseState
from copydesk._state import _MAX_SHARED_CHARS
from copydesk.testing import GeneratedArticle, QuotedParagraph, articles, quoted_paragraphs


@contextmanager
def _no_sharing() -> Iterator[None]:
    """Parse as before sharing: a table of no entries shares nothing."""
    with mock.patch("copydesk._state._MAX_SHARED_TEXTS", 0):
        yield


def _parse_unshared(text: str) -> Article:
    with _no_sharing():
        return Parser().parse(text)


def _repeated(generated: GeneratedArticle, times: int) -> str:
    """The article with each of its lines printed *times* times in a row."""
    blocks = generated.text.split("\n\n")
    return "\n\n".join(block for block in blocks for _ in range(times))


@given(
    articles(datelines=True, bylines=True, quotes=True, passages=True, trailers=True),
    st.integers(min_value=1, max_value=3),
)
def test_sharing_changes_no_part(generated: GeneratedArticle, times: int) -> None:
    """An article, and the same article with every block repeated, parse to the same parts
    with and without shared texts, to the same dict, and losslessly."""
    text = _repeated(generated, times)
    article = copydesk.parse(text)
    assert article == _parse_unshared(text)
    assert article.to_dict() == _parse_unshared(text).to_dict()
    check_lossless(article)


@given(quoted_paragraphs(), st.integers(min_value=2, max_value=6))
def test_repeated_quoted_paragraphs_come_back_each_time(
    paragraph: QuotedParagraph, times: int
) -> None:
    """A quoted paragraph printed several times gives its quotes back each time, with the
    expected texts, cues and speakers; each repeated text is held once."""
    text = "Council approves budget plan\n\n" + "\n\n".join([paragraph.text] * times)
    quotes = copydesk.parse(text).quotes
    expected = [(quote.text, quote.cue, quote.speaker) for quote in paragraph.quotes] * times
    found = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes]
    assert found == expected
    short = [quote.text for quote in quotes if len(quote.text) <= _MAX_SHARED_CHARS]
    assert len({id(text) for text in short}) == len(set(short))


@given(st.lists(any_text, max_size=12))
def test_share_returns_an_equal_value_and_one_object_per_value(texts: list[str]) -> None:
    """``share`` never changes a text, and hands out one object per distinct short text."""
    state = ParseState("", Lexicon.default())
    handed = [state.share("".join(list(text))) for text in texts]
    assert handed == texts
    for text, shared in zip(texts, handed, strict=True):
        again = state.share("".join(list(text)))
        assert again == text
        if len(text) <= _MAX_SHARED_CHARS:
            assert again is shared


@given(any_text | articles(datelines=True, bylines=True, quotes=True).map(lambda g: g.text))
def test_freezing_with_release_gives_the_same_article(text: str) -> None:
    """Letting each block go while freezing gives the article a kept state gives."""
    state = ParseState(text, Lexicon.default())
    Parser().pipeline.run(state)
    kept = state.freeze()
    assert state.freeze(release_blocks=True) == kept == copydesk.parse(text)
