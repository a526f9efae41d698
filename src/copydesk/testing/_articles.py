"""The Hypothesis strategy for whole articles, built from the parts of the other modules."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._bylines import bylines, trailers
from copydesk.testing._captions import captions
from copydesk.testing._datelines import datelines
from copydesk.testing._expected import (
    ExpectedByline,
    ExpectedCaption,
    ExpectedChrome,
    ExpectedParts,
    ExpectedQuote,
    GeneratedArticle,
    QuotedPassage,
)
from copydesk.testing._pieces import chrome_lines, hard_wrap, headlines, paragraphs, site_names
from copydesk.testing._quotes import passage_about, people, quoted_paragraphs

__all__ = [
    "articles",
]


@functools.cache  # strategies are immutable; building them anew is slow
def _unique_lines(
    position: Literal["top", "bottom"], most: int
) -> st.SearchStrategy[list[ExpectedChrome]]:
    return st.lists(chrome_lines(position), max_size=most, unique=True)


@st.composite
def _articles(
    draw: st.DrawFn,
    *,
    with_chrome: bool,
    with_site: bool,
    with_captions: bool,
    with_datelines: bool,
    with_bylines: bool,
    with_quotes: bool,
    with_passages: bool,
    with_trailers: bool,
    wrap: bool,
    max_paragraphs: int,
) -> GeneratedArticle:
    blocks: list[str] = []
    chrome: list[ExpectedChrome] = []
    width = draw(st.integers(60, 76)) if wrap else 0

    def add_chrome(lines: Sequence[ExpectedChrome]) -> None:
        blocks.extend(line.text for line in lines)
        chrome.extend(lines)

    def wrapped(text: str) -> str:
        return hard_wrap(text, width) if wrap else text

    headline = draw(headlines())
    site = tagline = None
    top = draw(_unique_lines("top", 2)) if with_chrome else []
    if with_site and draw(st.booleans()):
        site = draw(site_names())
        top.insert(
            draw(st.integers(0, len(top))),
            ExpectedChrome(text=f"Site icon {site}", kind="branding"),
        )
    add_chrome(top)
    if site is not None and draw(st.booleans()):
        # The page title, "Headline | Site", printed above the headline itself.
        add_chrome([ExpectedChrome(text=f"{headline} | {site}", kind="title")])
    blocks.append(headline)
    if site is not None and draw(st.booleans()):
        tagline = draw(st.sampled_from(words.TAGLINES))
        add_chrome([ExpectedChrome(text=f"{site} - {tagline}", kind="branding")])

    byline_list = [draw(bylines())] if with_bylines else []
    blocks.extend(byline.text for byline in byline_list)

    # Units of the body: a paragraph, a passage of paragraphs about one speaker, a caption.
    body: list[str | QuotedPassage | ExpectedCaption] = []
    quotes: list[ExpectedQuote] = []
    surnames: set[str] = set()  # one person per surname, so "Doe said" has one answer
    used: set[str] = set()  # no paragraph twice: repeated lines read as page furniture

    def new_speaker(speaker: str) -> bool:
        return speaker.split()[-1] not in surnames

    for _ in range(draw(st.integers(1, max_paragraphs))):
        if with_passages and draw(st.booleans()):
            person = draw(people().filter(lambda drawn: new_speaker(drawn.name)))
            passage = draw(passage_about(person, 3).filter(lambda p: used.isdisjoint(p.paragraphs)))
            surnames.add(person.surname)
            used.update(passage.paragraphs)
            body.append(passage)
            quotes.extend(passage.quotes)
        elif with_quotes and draw(st.booleans()):
            quoted = draw(
                quoted_paragraphs().filter(
                    lambda q: new_speaker(q.quotes[0].speaker) and q.text not in used
                )
            )
            surnames.add(quoted.quotes[0].speaker.split()[-1])
            used.add(quoted.text)
            body.append(quoted.text)
            quotes.extend(quoted.quotes)
        else:
            paragraph = draw(paragraphs().filter(lambda p: p not in used))
            used.add(paragraph)
            body.append(paragraph)
    caption_list = draw(st.lists(captions(), max_size=2)) if with_captions else []
    for caption in caption_list:
        # Captions stand above the body or between paragraphs, never inside one.
        body.insert(draw(st.integers(0, len(body))), caption)

    dateline = draw(datelines()) if with_datelines else None
    paragraph_texts: list[str] = []
    for item in body:
        if isinstance(item, ExpectedCaption):
            blocks.append(item.text)
            continue
        for paragraph in item.paragraphs if isinstance(item, QuotedPassage) else (item,):
            if dateline is not None and not paragraph_texts:
                blocks.append(wrapped(f"{dateline.text} {paragraph}"))
            else:
                blocks.append(wrapped(paragraph))
            paragraph_texts.append(paragraph)

    trailer_list: list[ExpectedByline] = []
    if with_trailers:
        trailer_list = draw(st.lists(trailers(), min_size=1, max_size=2, unique_by=_kind))
        blocks.extend(wrapped(trailer.text) for trailer in trailer_list)
    if with_chrome:
        add_chrome(draw(_unique_lines("bottom", 3)))
    text = "\n\n".join(blocks) + draw(st.sampled_from(("", "\n")))
    expected = ExpectedParts(
        site=site,
        tagline=tagline,
        headline=headline,
        dateline=dateline,
        bylines=(*byline_list, *trailer_list),
        captions=tuple(item for item in body if isinstance(item, ExpectedCaption)),
        quotes=tuple(quotes),
        paragraphs=tuple(paragraph_texts),
        chrome=tuple(chrome),
    )
    return GeneratedArticle(text=text, expected=expected)


def _kind(byline: ExpectedByline) -> str:
    return byline.kind


@functools.cache  # strategies are immutable; building them anew is slow
def articles(
    *,
    chrome: bool = True,
    site: bool = True,
    captions: bool = True,
    datelines: bool = False,
    bylines: bool = False,
    quotes: bool = False,
    max_paragraphs: int = 5,
    passages: bool = False,
    trailers: bool = False,
    wrap: bool = False,
) -> st.SearchStrategy[GeneratedArticle]:
    """Whole articles and the parts they were built from.

    Top to bottom: chrome lines and the ``Site icon`` line, the page title
    ``Headline | Site`` (sometimes), the headline, the site's ``Site - tagline`` line
    (sometimes), a byline, body paragraphs (the first opening with a dateline) with captions
    above or between them, credit trailers, and chrome lines again. Blocks are separated by
    blank lines.

    Each flag turns a kind of part on or off. Datelines, bylines, quotes, passages and
    trailers are off by default: turn them on when your parser has a step that detects them.

    - *quotes*: paragraphs with attributed quotes (:func:`quoted_paragraphs`).
    - *passages*: runs of paragraphs about one speaker (:func:`quoted_passages`): a title and
      full name at the first mention, then pronoun and surname follow-ups, split quotes and
      running quotes over several paragraphs. Every expected quote's speaker is the full name.
    - *trailers*: one or two credit trailers after the body (:func:`trailers`), listed in
      :attr:`ExpectedParts.bylines` after the author byline.
    - *wrap*: hard-wrap the body paragraphs and trailers at 60 to 76 columns with single
      newlines (:func:`hard_wrap`), as plain-text wire copy is. The expected texts keep single
      spaces where the article breaks lines, so compare them with whitespace collapsed
      (``" ".join(text.split())``).
    - *max_paragraphs*: at most this many body units (a passage counts as one).

    >>> from hypothesis import find
    >>> article = find(articles(), lambda generated: generated.expected.captions)
    >>> article.expected.captions[0].credit.agency in ("UPI", "AP", "AFP", "Reuters")
    True
    >>> wrapped = find(
    ...     articles(wrap=True, captions=False), lambda g: len(g.text) > 300
    ... )
    >>> max(len(line) for line in wrapped.text.splitlines()) <= 76
    True
    """
    return _articles(
        with_chrome=chrome,
        with_site=site,
        with_captions=captions,
        with_datelines=datelines,
        with_bylines=bylines,
        with_quotes=quotes,
        with_passages=passages,
        with_trailers=trailers,
        wrap=wrap,
        max_paragraphs=max_paragraphs,
    )
