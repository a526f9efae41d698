"""An article as compact JSON text, written straight from the models (``copydesk batch``).

:func:`article_json` gives exactly the text of ``json.dumps(article.to_dict(),
separators=(",", ":"))`` (ASCII, ``\\uXXXX`` escapes) in about half the time: it skips the
intermediate dicts, and the JSON encoder's walk over them, which was the largest cost of
batch output after the parse itself. The strings go through the json module's own C escaper,
so escaping is the same. A new model field must be added here as in ``Article.to_dict``;
the tests compare the two on every model.

>>> import copydesk, json
>>> article = copydesk.parse("Storm hits coast\\n\\nIt rained.")
>>> article_json(article) == json.dumps(article.to_dict(), separators=(",", ":"))
True
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring_ascii as _string  # C: quotes and escapes a str

from copydesk._models import (
    Article,
    Byline,
    Caption,
    Chrome,
    Credit,
    Dateline,
    Headline,
    Paragraph,
    Quote,
    Site,
    Span,
    Speaker,
)

__all__ = ["article_json"]


def article_json(article: Article) -> str:
    """*article* as compact ASCII JSON: the text of ``json.dumps`` of its ``to_dict()``."""
    if type(article) is not Article:  # a subclass may have fields written nowhere here
        import json

        return json.dumps(article.to_dict(), separators=(",", ":"))
    site, headline, dateline = article.site, article.headline, article.dateline
    return (
        f'{{"source":{_string(article.source)}'
        f',"site":{"null" if site is None else _site(site)}'
        f',"headline":{"null" if headline is None else _headline(headline)}'
        f',"dateline":{"null" if dateline is None else _dateline(dateline)}'
        f',"bylines":[{",".join(map(_byline, article.bylines))}]'
        f',"captions":[{",".join(map(_caption, article.captions))}]'
        f',"quotes":[{",".join(map(_quote, article.quotes))}]'
        f',"paragraphs":[{",".join(map(_paragraph, article.paragraphs))}]'
        f',"chrome":[{",".join(map(_chrome, article.chrome))}]}}'
    )


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


def _strings(texts: Iterable[str]) -> str:
    return f"[{','.join(map(_string, texts))}]"


def _span(span: Span) -> str:
    return f'{{"start":{span.start},"end":{span.end}}}'


def _site(site: Site) -> str:
    return (
        f'{{"name":{_string(site.name)},"tagline":{_optional(site.tagline)}'
        f',"span":{_span(site.span)}}}'
    )


def _headline(headline: Headline) -> str:
    return f'{{"text":{_string(headline.text)},"span":{_span(headline.span)}}}'


def _dateline(dateline: Dateline) -> str:
    date = dateline.date
    return (
        f'{{"text":{_string(dateline.text)},"location":{_optional(dateline.location)}'
        f',"city":{_optional(dateline.city)},"region":{_optional(dateline.region)}'
        f',"date_text":{_optional(dateline.date_text)}'
        f',"date":{"null" if date is None else _string(date.isoformat())}'
        f',"agency":{_optional(dateline.agency)},"span":{_span(dateline.span)}}}'
    )


def _byline(byline: Byline) -> str:
    return (
        f'{{"text":{_string(byline.text)},"names":{_strings(byline.names)}'
        f',"organization":{_optional(byline.organization)},"role":{_optional(byline.role)}'
        f',"kind":{_string(byline.kind)},"editors":{_strings(byline.editors)}'
        f',"span":{_span(byline.span)}}}'
    )


def _credit(credit: Credit) -> str:
    return (
        f'{{"text":{_string(credit.text)},"names":{_strings(credit.names)}'
        f',"agency":{_optional(credit.agency)}'
        f',"file_photo":{"true" if credit.file_photo else "false"},"span":{_span(credit.span)}}}'
    )


def _caption(caption: Caption) -> str:
    credit = caption.credit
    return (
        f'{{"text":{_string(caption.text)}'
        f',"credit":{"null" if credit is None else _credit(credit)},"span":{_span(caption.span)}}}'
    )


def _speaker(speaker: Speaker) -> str:
    return (
        f'{{"name":{_optional(speaker.name)},"mention":{_string(speaker.mention)}'
        f',"title":{_optional(speaker.title)},"span":{_span(speaker.span)}}}'
    )


def _quote(quote: Quote) -> str:
    speaker = quote.speaker
    return (
        f'{{"text":{_string(quote.text)},"kind":{_string(quote.kind)},"cue":{_optional(quote.cue)}'
        f',"speaker":{"null" if speaker is None else _speaker(speaker)}'
        f',"span":{_span(quote.span)}}}'
    )


def _paragraph(paragraph: Paragraph) -> str:
    span = paragraph.span  # the most numerous part: the span is written inline
    return f'{{"text":{_string(paragraph.text)},"span":{{"start":{span.start},"end":{span.end}}}}}'


def _chrome(chrome: Chrome) -> str:
    span = chrome.span
    return (
        f'{{"text":{_string(chrome.text)},"kind":{_string(chrome.kind)}'
        f',"span":{{"start":{span.start},"end":{span.end}}}}}'
    )
