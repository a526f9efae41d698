"""The JSON Schema: plain-text descriptions, and the kinds as enums of their built-in values."""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import copydesk
from copydesk import BylineKind, ChromeKind, Lexicon, QuoteKind
from copydesk.schema import _plain, article_schema, record_schema


def _descriptions(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "description":
                yield value
            else:
                yield from _descriptions(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _descriptions(item)


def test_descriptions_are_plain_text() -> None:
    """No Sphinx role (:attr:`source`) nor reST literal (``None``) reaches the schema."""
    descriptions = list(_descriptions(record_schema()))
    assert len(descriptions) > 40
    for description in descriptions:
        assert "`" not in description, description
        assert ":attr:" not in description, description
    article = article_schema()["$defs"]["Article"]
    assert article["description"] == (
        "The result of a parse: every part of a news article, with spans into source."
    )


@pytest.mark.parametrize(
    ("reST", "plain"),
    [
        (":attr:`source`", "source"),
        (":attr:`Article.source`", "Article.source"),
        (":class:`~copydesk.Span`", "Span"),
        (":meth:`to_dict <copydesk.Article.to_dict>`", "to_dict"),
        (":py:func:`copydesk.parse`", "copydesk.parse"),
        ("``None`` or\n    a :data:`!QuoteKind`", "None or a QuoteKind"),
    ],
)
def test_roles_become_what_a_reader_sees(reST: str, plain: str) -> None:
    """A role turns into its title, its target, or the last name of a ``~`` target."""
    assert _plain(reST) == plain


def _kind(model: str) -> dict[str, Any]:
    kind: dict[str, Any] = article_schema()["$defs"][model]["properties"]["kind"]
    return kind


def test_quote_kind_is_a_closed_enum() -> None:
    """Quote kinds are a closed set: an enum in the schema, a Literal in the model."""
    kind = _kind("Quote")
    assert kind["type"] == "string"
    assert kind["enum"] == ["direct", "partial", "scare", "title"]
    assert kind["enum"] == list(typing.get_args(QuoteKind))


@pytest.mark.parametrize(("model", "builtins"), [("Chrome", ChromeKind), ("Byline", BylineKind)])
def test_open_kinds_list_their_built_in_values_and_allow_any_string(
    model: str, builtins: Any
) -> None:
    """Chrome and byline kinds are open (users add their own): anyOf the enum and a string."""
    kind = _kind(model)
    assert kind["anyOf"] == [{"enum": list(typing.get_args(builtins))}, {"type": "string"}]
    assert "any other string is valid" in kind["description"]


@pytest.mark.parametrize(
    ("model", "builtins"),
    [(copydesk.Quote, QuoteKind), (copydesk.Chrome, ChromeKind), (copydesk.Byline, BylineKind)],
)
def test_each_kind_docstring_names_exactly_its_built_in_values(model: type, builtins: Any) -> None:
    """The field's docstring (the reference and schema text) lists the Literal's values."""
    docstring = regex.search(r'(?s)\n    kind: [^\n]*\n    """(.*?)"""', inspect.getsource(model))
    assert docstring is not None
    assert set(regex.findall(r"``([^`]+)``", docstring[1])) == set(typing.get_args(builtins))


def test_the_default_lexicon_gives_only_built_in_kinds() -> None:
    """Every kind the built-in word lists give is in the built-in Literal."""
    lexicon = Lexicon.default()
    chrome_kinds = {rule.kind for rule in lexicon.chrome_rules} | {k for k, _ in lexicon.kind_cues}
    assert chrome_kinds <= set(typing.get_args(ChromeKind))
    assert {kind for _, kind in lexicon.trailer_roles} <= set(typing.get_args(BylineKind))
    default_kind = inspect.signature(Lexicon.add_chrome).parameters["kind"].default
    assert default_kind in typing.get_args(ChromeKind)


def test_a_users_chrome_kind_is_valid_output(seed_text: str) -> None:
    """A kind from the user's own chrome rule is in the output, and the schema allows it."""
    parser = copydesk.Parser()
    parser.lexicon.add_chrome("Download our app", kind="promotion")
    article = parser.parse(seed_text + "\n\nDownload our app")
    data = json.loads(json.dumps(article.to_dict()))
    assert {"kind": "promotion"}.items() <= data["chrome"][-1].items()
    kind = _kind("Chrome")
    assert "promotion" not in kind["anyOf"][0]["enum"]
    assert kind["anyOf"][1] == {"type": "string"}
