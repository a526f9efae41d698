"""JSON Schema of copydesk's JSON output, derived from the ``attrs`` models.

The schema is built from the models' fields and type hints each time you ask for it, read
as the same shapes that generate :meth:`copydesk.Article.to_dict` and the ``copydesk batch``
writer, so it can never drift from what they write. Field descriptions are the attribute
docstrings of the models in plain text (their Sphinx roles and literals unwrapped).

A kind typed as a closed ``Literal`` (:data:`copydesk.QuoteKind`) is an ``enum``. Chrome and
byline kinds are open, since a parser's own rules add kinds (``Lexicon.add_chrome(...,
kind="promotion")``): their schema is ``anyOf`` the ``enum`` of built-in kinds and any
string, so a validator accepts a user's kind while the built-in list stays documented.

>>> from copydesk.schema import article_schema, record_schema
>>> schema = article_schema()
>>> schema["$defs"]["Span"]["required"]
['start', 'end']
>>> record_schema()["required"]
['id', 'line', 'article', 'error']
>>> schema["$defs"]["Quote"]["properties"]["kind"]["enum"]
['direct', 'partial', 'scare', 'title']
>>> chrome_kind = schema["$defs"]["Chrome"]["properties"]["kind"]
>>> chrome_kind["anyOf"][0]["enum"][:3], chrome_kind["anyOf"][1]
(['branding', 'navigation', 'share'], {'type': 'string'})
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from typing import Any

import regex

from copydesk._convert import Shape, fields_of
from copydesk._models import Article

__all__ = ["DIALECT", "article_schema", "record_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect the schemas declare."""


def article_schema() -> dict[str, Any]:
    """The schema of one :meth:`Article.to_dict() <copydesk.Article.to_dict>` object.

    One definition per model, with the field descriptions of this reference:

    >>> schema = article_schema()
    >>> schema["$ref"], sorted(schema["$defs"])[:4]
    ('#/$defs/Article', ['Article', 'Byline', 'Caption', 'Chrome'])
    >>> headline = schema["$defs"]["Headline"]
    >>> headline["required"], headline["properties"]["text"]
    (['text', 'span'], {'type': 'string', 'description': 'The headline as printed.'})
    """
    definitions: dict[str, Any] = {}
    _define(Article, definitions)
    return {
        "$schema": DIALECT,
        "title": "copydesk article",
        "$ref": "#/$defs/Article",
        "$defs": definitions,
    }


def record_schema() -> dict[str, Any]:
    """The schema of one line that ``copydesk batch`` writes.

    Each line holds the input record's ``id`` (as a string), its 1-based ``line`` number in
    the input, and either the parsed ``article`` (``error`` is null) or an ``error`` message
    (``article`` is null).

    >>> schema = record_schema()
    >>> schema["required"], schema["properties"]["line"]["minimum"]
    (['id', 'line', 'article', 'error'], 1)
    """
    definitions: dict[str, Any] = {}
    _define(Article, definitions)
    return {
        "$schema": DIALECT,
        "title": "copydesk batch record",
        "type": "object",
        "properties": {
            "id": {
                "type": ["string", "null"],
                "description": "The input record's id field, as a string; null when absent.",
            },
            "line": {
                "type": "integer",
                "minimum": 1,
                "description": "The record's line number in the input file (from 1).",
            },
            "article": {
                "anyOf": [{"$ref": "#/$defs/Article"}, {"type": "null"}],
                "description": "The parsed article; null when the record failed.",
            },
            "error": {
                "type": ["string", "null"],
                "description": "Why the record failed (bad JSON, missing text ...); else null.",
            },
        },
        "required": ["id", "line", "article", "error"],
        "additionalProperties": False,
        "$defs": definitions,
    }


def _define(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    """Add the object schema of attrs class *cls* (and the classes it uses); return a $ref."""
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # placeholder: a model may (indirectly) refer to itself
        notes = _attribute_docstrings(cls)
        properties: dict[str, Any] = {}
        for field in fields_of(cls):
            schema = _schema_of(field.shape, definitions)
            note = " ".join(filter(None, [notes.get(field.name), _open_note(field.shape)]))
            if note:
                schema = {**schema, "description": note}
            properties[field.name] = schema
        definitions[name] = {
            "type": "object",
            "description": _first_line(cls.__doc__),
            "properties": properties,
            # to_dict() writes every field, defaults included.
            "required": list(properties),
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _schema_of(shape: Shape, definitions: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of *shape*: the shapes the converters write (copydesk._convert)."""
    if shape.kind == "string" and shape.choices:
        if not shape.open:
            return {"type": "string", "enum": list(shape.choices)}
        # Built-in values, listed for readers and tools, or any string a user registered.
        return {"anyOf": [{"enum": list(shape.choices)}, {"type": "string"}]}
    if shape.kind == "date":
        return {"type": "string", "format": "date"}
    if shape.kind == "moment":
        return {"type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}]}
    if shape.kind == "model":
        assert shape.model is not None
        return _define(shape.model, definitions)
    if shape.kind in ("optional", "array"):
        assert shape.inner is not None
        inner = _schema_of(shape.inner, definitions)
        if shape.kind == "array":
            return {"type": "array", "items": inner}
        return {"anyOf": [inner, {"type": "null"}]}
    return {"type": shape.kind}


def _open_note(shape: Shape) -> str:
    if shape.kind == "string" and shape.choices and shape.open:
        return (
            "The enum lists the built-in values; any other string is valid too"
            " (a kind the user registered)."
        )
    return ""


def _attribute_docstrings(cls: type) -> dict[str, str]:
    """The docstring under each annotated attribute in *cls*'s source, on one line."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    (node,) = ast.parse(source).body
    assert isinstance(node, ast.ClassDef)
    notes: dict[str, str] = {}
    for statement, following in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            notes[statement.target.id] = _plain(following.value.value)
    return notes


def _first_line(doc: str | None) -> str:
    return _plain(doc.strip().splitlines()[0]) if doc else ""


def _plain(text: str) -> str:
    """Docstring text on one line, without reST markup: ``literal`` and Sphinx roles.

    >>> _plain("The text of :attr:`source`, see :meth:`to_dict <copydesk.Article.to_dict>`.")
    'The text of source, see to_dict.'
    >>> _plain("A :class:`~copydesk.Span`; ``None`` when absent.")
    'A Span; None when absent.'
    """
    text = _ROLE.sub(_role_text, text)
    return " ".join(text.replace("``", "").split())


# A Sphinx role: :attr:`source`, :py:meth:`title <target>`, :class:`~copydesk.Span`.
_ROLE = regex.compile(r":(?:[\w-]+:)+`(?P<body>[^`]+)`")


def _role_text(role: regex.Match[str]) -> str:
    """What a reader sees of a role: its title, or its target (the last name after ``~``)."""
    body = role["body"]
    titled = regex.fullmatch(r"(?s)(?P<title>.*?)\s*<[^<>]+>", body)
    if titled is not None:
        return titled["title"]
    body = body.lstrip("!")
    return body.rsplit(".", 1)[-1] if body.startswith("~") else body
