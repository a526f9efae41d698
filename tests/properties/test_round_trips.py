"""Round trips: articles through JSON and pickle, parsers through pickle and copy."""

from __future__ import annotations

import datetime as dt
import json
import pickle

from _checks import any_text
from hypothesis import given

import copydesk
from copydesk import Article, Parser, ParseState
from copydesk._json import article_json
from copydesk.testing import GeneratedArticle, articles


@given(any_text)
def test_json_round_trip_of_any_article(text: str) -> None:
    """``Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a`` for any text parse
    takes, lone surrogates included: they survive JSON as ``\\uXXXX`` escapes. (A high one
    right before a low one would come back as one character: parse refuses that text.)"""
    article = copydesk.parse(text, reference_date=dt.date(2024, 11, 2))
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@given(articles(datelines=True, bylines=True, quotes=True))
def test_json_round_trip_of_generated_articles(generated: GeneratedArticle) -> None:
    """Articles with every kind of part survive JSON, non-ASCII output included."""
    article = copydesk.parse(generated.text, reference_date=dt.date(2024, 11, 2))
    dumped = json.dumps(article.to_dict(), ensure_ascii=False)
    assert Article.from_dict(json.loads(dumped)) == article


@given(any_text)
def test_pickle_round_trip_of_articles(text: str) -> None:
    """Articles pickle and unpickle to an equal article."""
    article = copydesk.parse(text)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(article, protocol=protocol)) == article


def shout_step(state: ParseState) -> None:
    """An importable extension step (so parsers that use it can be pickled)."""


@given(articles())
def test_pickled_parsers_parse_the_same(generated: GeneratedArticle) -> None:
    """A parser (extended or not) unpickles to an equal parser that parses the same."""
    parser = Parser()
    parser.lexicon.add_chrome("Download our app", kind="promotion")
    parser.add("shout", shout_step, after="headline")
    parser.parse(generated.text)  # fill the lexicon's pattern cache before pickling
    clone = pickle.loads(pickle.dumps(parser))
    assert clone == parser
    assert clone.names() == parser.names()
    text = generated.text + "\n\nDownload our app"
    assert clone.parse(text) == parser.parse(text)
    assert parser.copy().parse(text) == parser.parse(text)


def test_lone_surrogates_survive_json_exactly() -> None:
    """Lone surrogates, and a low one before a high one, come back from JSON unchanged."""
    for text in ("\ud800", "Head\n\nA \udc00\ud800 B \udfff.", "Head\n\n\ud83d alone"):
        article = copydesk.parse(text)
        for dumped in (json.dumps(article.to_dict()), article_json(article)):
            assert Article.from_dict(json.loads(dumped)) == article


@given(articles(datelines=True, bylines=True, quotes=True))
def test_batch_json_is_the_json_of_to_dict(generated: GeneratedArticle) -> None:
    """The batch output's JSON writer gives json.dumps(to_dict()) to the character."""
    article = copydesk.parse(generated.text, reference_date=dt.date(2024, 11, 2))
    assert article_json(article) == json.dumps(article.to_dict(), separators=(",", ":"))


@given(any_text)
def test_batch_json_of_any_text_is_the_json_of_to_dict(text: str) -> None:
    """The batch output's JSON writer matches json.dumps(to_dict()) on any text."""
    article = copydesk.parse(text)
    assert article_json(article) == json.dumps(article.to_dict(), separators=(",", ":"))
