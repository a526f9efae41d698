"""JSON Schema of copydesk's JSON output, derived from the ``attrs`` models.

The schema is built from the models' fields and type hints each time you ask for it, so it
can never drift from what :meth:`copydesk.Article.to_dict` and ``copydesk batch`` write.
Field descriptions come from the attribute docstrings of the models.

>>> from copydesk.schema import article_schema, record_schema
>>> schema = article_schema()
>>> schema["$defs"]["Span"]["required"]
['start', 'end']
>>> record_schema()["required"]
['id', 'line', 'article', 'error']
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import textwrap
import types
import typing
from typing import Any, Literal, Union

import attrs

from copydesk._models import Article

__all__ = ["DIALECT", "article_schema", "record_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect the schemas declare."""

_SCALAR_TYPES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}


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
        hints = typing.get_type_hints(cls)
        notes = _attribute_docstrings(cls)
        properties: dict[str, Any] = {}
        for field in attrs.fields(cls):
            schema = _schema_of(hints[field.name], definitions)
            if field.name in notes:
                schema = {**schema, "description": notes[field.name]}
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


def _schema_of(annotation: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    if annotation in _SCALAR_TYPES:
        return dict(_SCALAR_TYPES[annotation])
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (Union, types.UnionType):
        options = [_schema_of(argument, definitions) for argument in arguments]
        return {"anyOf": options}
    if origin is tuple or origin is list:
        return {"type": "array", "items": _schema_of(arguments[0], definitions)}
    if origin is Literal:
        return {"enum": list(arguments)}
    if annotation is type(None):
        return {"type": "null"}
    if isinstance(annotation, type) and attrs.has(annotation):
        return _define(annotation, definitions)
    return {}  # anything else: no constraint rather than a wrong one


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
    """Docstring text on one line, without reST literal markup."""
    return " ".join(text.replace("``", "").split())
