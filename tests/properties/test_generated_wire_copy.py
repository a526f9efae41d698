"""Wire copy built from known parts comes back: speakers, running quotes, trailers, wrapping.

The articles here use every part the strategies make: titled speakers followed up by pronoun
or surname, split and running quotes, credit trailers, and hard-wrapped paragraphs.
"""

from __future__ import annotations

from _checks import check_lossless, signature
from hypothesis import assume, given
from hypothesis import strategies as st

import copydesk
from copydesk import Article
from copydesk.testing import (
    BOTTOM_CHROME,
    TOP_CHROME,
    ExpectedParts,
    GeneratedArticle,
    articles,
    hard_wrap,
)

#: Articles with every kind of part, on one line per paragraph or hard-wrapped.
wire_copy = articles(
    datelines=True, bylines=True, quotes=True, passages=True, trailers=True, max_paragraphs=4
)
wrapped_wire_copy = articles(
    datelines=True,
    bylines=True,
    quotes=True,
    passages=True,
    trailers=True,
    wrap=True,
    max_paragraphs=4,
)


def _collapse(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _direct_quotes(article: Article, expected: ExpectedParts) -> list[tuple[object, ...]]:
    """Text, speaker's name, mention (where the expected one is known) and cue of each quote."""
    mentions = [quote.mention is not None for quote in expected.quotes]
    mentions += [True] * len(article.quotes)
    return [
        (
            _collapse(quote.text),
            quote.speaker and quote.speaker.name,
            quote.speaker and _collapse(quote.speaker.mention) if known else None,
            quote.cue,
        )
        for quote, known in zip(
            (quote for quote in article.quotes if quote.kind == "direct"), mentions, strict=False
        )
    ]


def _expected_quotes(expected: ExpectedParts) -> list[tuple[object, ...]]:
    return [
        (_collapse(quote.text), quote.speaker, quote.mention, quote.cue)
        for quote in expected.quotes
    ]


def _whole_quotes(article: Article) -> list[tuple[str, str | None]]:
    """The direct quotations, the pieces of each joined into one (:meth:`Article.quotations`).

    Each piece of a quotation has the speaker of its first piece.
    """
    whole: list[tuple[str, str | None]] = []
    for pieces in article.quotations():
        if pieces[0].kind != "direct":
            continue
        names = {quote.speaker and quote.speaker.name for quote in pieces}
        assert len(names) == 1, pieces
        whole.append((" ".join(_collapse(quote.text) or "" for quote in pieces), names.pop()))
    return whole


def _check_parts(article: Article, expected: ExpectedParts) -> None:
    """Every generated part comes back (texts compared with whitespace collapsed)."""
    assert article.headline is not None
    assert article.headline.text == expected.headline
    assert expected.dateline is not None
    assert article.dateline is not None
    assert _collapse(article.dateline.text) == expected.dateline.text
    assert (article.dateline.city, article.dateline.agency, article.dateline.date_text) == (
        expected.dateline.city,
        expected.dateline.agency,
        expected.dateline.date_text,
    )
    assert [(_collapse(b.text), b.kind, b.names, b.editors) for b in article.bylines] == [
        (b.text, b.kind, b.names, b.editors) for b in expected.bylines
    ]
    assert [c.credit and (c.credit.names, c.credit.agency) for c in article.captions] == [
        (c.credit.names, c.credit.agency) for c in expected.captions
    ]
    assert _direct_quotes(article, expected) == _expected_quotes(expected)
    assert [_collapse(p.text) for p in article.paragraphs] == list(expected.paragraphs)


@given(articles(passages=True, max_paragraphs=4))
def test_speakers_come_back_with_full_names(generated: GeneratedArticle) -> None:
    """Quotes come back with their speakers: a pronoun or a surname resolves to the full name."""
    article = copydesk.parse(generated.text)
    assert _direct_quotes(article, generated.expected) == _expected_quotes(generated.expected)


@given(articles(passages=True, max_paragraphs=4))
def test_speakers_keep_the_title_of_their_first_mention(generated: GeneratedArticle) -> None:
    """The title printed at the first mention (``Defense Secretary``) stays with the speaker."""
    article = copydesk.parse(generated.text)
    found = [quote.speaker and quote.speaker.title for quote in article.quotes]
    assert found == [quote.title for quote in generated.expected.quotes]


@given(articles(passages=True, max_paragraphs=4))
def test_running_quotes_come_back_whole(generated: GeneratedArticle) -> None:
    """A quote split around its attribution or running over several paragraphs comes back as
    one quotation (its pieces share a group), with one speaker."""
    article = copydesk.parse(generated.text)
    whole = [(quote.text, quote.speaker) for quote in generated.expected.whole_quotes()]
    assert _whole_quotes(article) == whole


@given(articles(bylines=True, trailers=True, max_paragraphs=3))
def test_trailers_come_back(generated: GeneratedArticle) -> None:
    """Credit trailers come back with their kind, reporters and editors; the body is intact."""
    article = copydesk.parse(generated.text)
    assert [(b.text, b.kind, b.names, b.editors) for b in article.bylines] == [
        (b.text, b.kind, b.names, b.editors) for b in generated.expected.bylines
    ]
    assert tuple(p.text for p in article.paragraphs) == generated.expected.paragraphs


@given(wire_copy)
def test_wire_copy_comes_back(generated: GeneratedArticle) -> None:
    """With every kind of part at once, each comes back, and the parse is lossless."""
    article = copydesk.parse(generated.text)
    check_lossless(article)
    _check_parts(article, generated.expected)


_SENTENCE_END = (".", "!", "?", ".”", '."', "?”", '?"')


def _unambiguous(text: str) -> bool:
    """Whether the wrapping of *text* can be told from the text alone.

    Known limit: lines each cut right after a sentence end read as one-line paragraphs when
    no paragraph of the article shows the width the text is wrapped at (a line cut inside a
    sentence).
    """
    blocks = [block.strip().split("\n") for block in text.split("\n\n")]
    shows_width = any(
        not all(line.endswith(_SENTENCE_END) for line in lines[:-1])
        for lines in blocks
        if len(lines) > 1
    )
    cut_after_sentences = any(
        all(line.endswith(_SENTENCE_END) for line in lines[:-1])
        for lines in blocks
        if len(lines) > 1
    )
    return shows_width or not cut_after_sentences


@given(wrapped_wire_copy)
def test_hard_wrapped_wire_copy_comes_back(generated: GeneratedArticle) -> None:
    """Hard-wrapped wire copy gives back the same parts, and the parse is lossless."""
    assume(_unambiguous(generated.text))
    article = copydesk.parse(generated.text)
    check_lossless(article)
    _check_parts(article, generated.expected)


def _wrap_paragraphs(generated: GeneratedArticle, width: int) -> str:
    """The article with its body paragraphs and trailers hard-wrapped at *width*."""
    keep = {caption.text for caption in generated.expected.captions}
    keep.update(b.text for b in generated.expected.bylines if b.kind == "author")
    blocks = generated.text.split("\n\n")
    return "\n\n".join(block if block in keep else hard_wrap(block, width) for block in blocks)


@given(wire_copy, st.integers(min_value=60, max_value=80))
def test_hard_wrapping_changes_no_part(generated: GeneratedArticle, width: int) -> None:
    """Paragraphs wrapped with single newlines parse to the same parts as unwrapped ones."""
    wrapped = _wrap_paragraphs(generated, width)
    assume(_unambiguous(wrapped))
    assert signature(copydesk.parse(wrapped)) == signature(copydesk.parse(generated.text))


@given(wire_copy, st.data())
def test_chrome_at_the_edges_leaves_wire_copy_alone(
    generated: GeneratedArticle, data: st.DataObject
) -> None:
    """Known chrome lines above and below change no part of a full article."""
    top = data.draw(st.lists(st.sampled_from(TOP_CHROME), min_size=1, max_size=2, unique=True))
    bottom = data.draw(st.lists(st.sampled_from(BOTTOM_CHROME), max_size=2, unique=True))
    text = "\n\n".join([*(c.text for c in top), generated.text, *(c.text for c in bottom)])
    before, after = signature(copydesk.parse(generated.text)), signature(copydesk.parse(text))
    parts_before, chrome_before, *rest_before = before
    parts_after, chrome_after, *rest_after = after
    assert [part for part in parts_after if part[0] != "Chrome"] == [
        part for part in parts_before if part[0] != "Chrome"
    ]
    assert rest_after == rest_before
    added = [(c.text, c.kind) for c in top], [(c.text, c.kind) for c in bottom]
    assert list(chrome_after) == [*added[0], *chrome_before, *added[1]]
