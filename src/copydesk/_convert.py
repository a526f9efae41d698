"""Converters between the models and JSON, generated once per model class from its fields.

One description of the models drives every conversion: the ``attrs`` fields of each class
and their type hints. :func:`shape_of` reads a type hint as a :class:`Shape` (text, number,
date, model, optional, array); from the shapes of a class's fields this module writes, once
per class, the Python source of three functions, the way ``attrs`` writes ``__init__``:

* ``to_dict``: the JSON-safe dict of :meth:`copydesk.Article.to_dict`;
* ``to_json``: the text of ``json.dumps(to_dict(obj), separators=(",", ":"))`` (ASCII,
  ``\\uXXXX`` escapes), built without the intermediate dicts: the batch output's writer;
* ``from_dict``: the instance back from such a dict.

The generated code is what one would write by hand for speed (no per-value type dispatch,
no ``getattr`` by name), so batch output stays fast; :mod:`copydesk.schema` reads the same
shapes. Adding a field to a model therefore takes one edit: the field itself.

>>> from copydesk._models import Headline, Span
>>> converters = converters_of(Headline)
>>> headline = Headline(text="Storm hits coast", span=Span(0, 16))
>>> converters.to_dict(headline)
{'text': 'Storm hits coast', 'span': {'start': 0, 'end': 16}}
>>> converters.to_json(headline)
'{"text":"Storm hits coast","span":{"start":0,"end":16}}'
>>> converters.from_dict(converters.to_dict(headline)) == headline
True
>>> print(converters.source["to_dict"])
def to_dict(obj):
    v_span = obj.span
    return {
        'text': obj.text,
        'span': {'start': v_span.start, 'end': v_span.end},
    }
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import linecache
import types
import typing
from collections.abc import Callable
from json.encoder import encode_basestring_ascii
from typing import Any, Literal, Union

import attrs

__all__ = ["Converters", "Shape", "converters_of", "fields_of", "shape_of"]

#: The kinds of value a field can hold, as far as conversion is concerned.
ShapeKind = Literal[
    "string", "integer", "number", "boolean", "date", "moment", "model", "optional", "array"
]

_SCALARS: dict[Any, ShapeKind] = {str: "string", int: "integer", float: "number", bool: "boolean"}


@attrs.frozen
class Shape:
    """What a type hint means for conversion.

    >>> shape_of(tuple[str, ...]).kind, shape_of(tuple[str, ...]).inner
    ('array', Shape(kind='string', inner=None, model=None, choices=(), open=True))
    >>> shape = shape_of(Literal["direct", "partial"])
    >>> shape.kind, shape.choices, shape.open
    ('string', ('direct', 'partial'), False)
    """

    kind: ShapeKind
    inner: Shape | None = None
    """The item shape of an array, the present shape of an optional."""
    model: type | None = None
    """The attrs class of a model shape."""
    choices: tuple[str, ...] = ()
    """The strings a ``Literal`` names (any string is allowed too when :attr:`open`)."""
    open: bool = True
    """False for a closed ``Literal``: only :attr:`choices` are valid."""


def shape_of(hint: Any) -> Shape:
    """The :class:`Shape` of a field's type hint; a ``TypeError`` for a hint it cannot convert.

    ``Literal["a", "b"]`` is a closed set of strings; ``Literal["a", "b"] | str`` documents
    built-in values while allowing any string (a kind a user registers).

    >>> shape_of(int | None).kind, shape_of(int | None).inner.kind
    ('optional', 'integer')
    >>> open_kind = shape_of(Literal["share", "footer"] | str)
    >>> open_kind.kind, open_kind.choices, open_kind.open
    ('string', ('share', 'footer'), True)
    """
    if hint in _SCALARS:
        return Shape(_SCALARS[hint])
    if hint is dt.date:
        return Shape("date")
    if isinstance(hint, type) and attrs.has(hint):
        return Shape("model", model=hint)
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal and all(isinstance(argument, str) for argument in arguments):
        return Shape("string", choices=arguments, open=False)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return Shape("array", inner=shape_of(arguments[0]))
    if origin in (Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        if len(present) == len(arguments) and set(present) == {dt.date, dt.datetime}:
            return Shape("moment")  # a date, or a date and time: as precise as printed
        if len(present) < len(arguments):  # X | None
            inner = present[0] if len(present) == 1 else Union[tuple(present)]  # noqa: UP007
            return Shape("optional", inner=shape_of(inner))
        strings = [shape_of(argument) for argument in present]
        if all(shape.kind == "string" for shape in strings):  # Literal[...] | str
            choices = tuple(itertools.chain.from_iterable(shape.choices for shape in strings))
            return Shape("string", choices=choices, open=any(shape.open for shape in strings))
    raise TypeError(f"no JSON conversion for the type {hint!r}")


def _moment(text: str) -> dt.date | dt.datetime:
    """A date, or a date and time, from its ISO form (``2025-12-04``, ``2025-12-04T10:02:00``)."""
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


@attrs.frozen
class FieldShape:
    """One attrs field of a model: its name, its ``__init__`` argument and its shape."""

    name: str
    alias: str
    shape: Shape
    init: bool


def fields_of(cls: type) -> tuple[FieldShape, ...]:
    """The fields of attrs class *cls*, in order, with their shapes.

    >>> from copydesk._models import Span
    >>> [(field.name, field.shape.kind) for field in fields_of(Span)]
    [('start', 'integer'), ('end', 'integer')]
    """
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _FIELDS[cls] = tuple(
            FieldShape(field.name, field.alias, _field_shape(cls, field.name, hints), field.init)
            for field in attrs.fields(cls)
        )
    return found


def _field_shape(cls: type, name: str, hints: dict[str, Any]) -> Shape:
    try:
        return shape_of(hints[name])
    except TypeError as error:
        raise TypeError(f"{cls.__qualname__}.{name}: {error}") from None


_FIELDS: dict[type, tuple[FieldShape, ...]] = {}


@attrs.frozen
class Converters:
    """The three generated functions of one model class, with their source."""

    to_dict: Callable[[Any], dict[str, Any]]
    to_json: Callable[[Any], str]
    from_dict: Callable[[Any], Any]
    source: dict[str, str]
    """The generated source of each function, by name (also shown in tracebacks)."""


_CONVERTERS: dict[type, Converters] = {}


def converters_of(cls: type) -> Converters:
    """The converters of attrs class *cls*, generated on first use and kept."""
    found = _CONVERTERS.get(cls)
    if found is None:
        found = _CONVERTERS[cls] = _generate(cls)
    return found


# --- code generation --------------------------------------------------------------------------
# Each function is written as source text and compiled once. A nested model is converted by
# its own generated function (a global of the generated code), except a "flat" one such as
# Span (integers and strings only), whose dict is written inline as the hand-written code did.


def _generate(cls: type) -> Converters:
    fields = fields_of(cls)
    namespace: dict[str, Any] = {
        "_cls": cls,
        "_string": encode_basestring_ascii,  # the json module's C escaper
        "_number": json.dumps,
        "_date": dt.date.fromisoformat,
        "_moment": _moment,
    }
    for model in _nested_models(fields):
        if model is not cls:  # a model that refers to itself: see _compile
            nested = converters_of(model)
            namespace[_global("to_dict", model)] = nested.to_dict
            namespace[_global("to_json", model)] = nested.to_json
            namespace[_global("from_dict", model)] = nested.from_dict
    source = {
        "to_dict": _to_dict_source(fields),
        "to_json": _to_json_source(fields),
        "from_dict": _from_dict_source(cls, fields),
    }
    functions = {name: _compile(cls, name, text, namespace) for name, text in source.items()}
    return Converters(source=source, **functions)


def _compile(cls: type, name: str, source: str, namespace: dict[str, Any]) -> Any:
    filename = f"<copydesk converters {cls.__module__}.{cls.__qualname__}.{name}>"
    # Registered so that a traceback through generated code shows its lines.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    function = namespace.pop(name)
    # The global through which a model that refers to itself calls its own function.
    namespace[_global(name, cls)] = function
    return function


def _nested_models(fields: tuple[FieldShape, ...]) -> list[type]:
    models: list[type] = []
    for field in fields:
        shape: Shape | None = field.shape
        while shape is not None:
            if shape.model is not None and shape.model not in models:
                models.append(shape.model)
            shape = shape.inner
    return models


def _global(function: str, model: type) -> str:
    """The name under which generated code calls *model*'s converter *function*."""
    return f"_{function}_{model.__name__}_{id(model):x}"


def _model(shape: Shape) -> type:
    assert shape.model is not None
    return shape.model


def _inner(shape: Shape) -> Shape:
    assert shape.inner is not None
    return shape.inner


def _flat(model: type) -> tuple[FieldShape, ...] | None:
    """The fields of a model of strings and integers only (such as Span), else None."""
    fields = fields_of(model)
    plain = all(field.shape.kind in ("string", "integer") for field in fields)
    return fields if fields and plain else None


def _read_twice(shape: Shape, *, in_json: bool) -> bool:
    """Whether converting a value reads it twice (so it is first bound to a local name)."""
    if shape.kind == "optional":
        return in_json or _dict_value(_inner(shape), "v") != "v"  # not when kept as it is
    return shape.kind == "model" and _flat(_model(shape)) is not None


def _bindings(fields: tuple[FieldShape, ...], *, in_json: bool) -> list[str]:
    return [
        f"    v_{field.name} = obj.{field.name}"
        for field in fields
        if _read_twice(field.shape, in_json=in_json)
    ]


def _value(field: FieldShape, *, in_json: bool) -> str:
    return f"v_{field.name}" if _read_twice(field.shape, in_json=in_json) else f"obj.{field.name}"


_PLAIN = ("string", "integer", "number", "boolean")


# --- to_dict ---


def _to_dict_source(fields: tuple[FieldShape, ...]) -> str:
    items = [
        f"        {field.name!r}: {_dict_value(field.shape, _value(field, in_json=False))},"
        for field in fields
    ]
    bindings = _bindings(fields, in_json=False)
    return "\n".join(["def to_dict(obj):", *bindings, "    return {", *items, "    }"])


def _dict_value(shape: Shape, value: str, depth: int = 0) -> str:
    """The expression of *value*'s JSON-safe form (*value* is a name when read twice)."""
    if shape.kind in _PLAIN:
        return value
    if shape.kind in ("date", "moment"):
        return f"{value}.isoformat()"
    if shape.kind == "model":
        flat = _flat(_model(shape))
        if flat is not None:
            return "{" + ", ".join(f"{f.name!r}: {value}.{f.name}" for f in flat) + "}"
        return f"{_global('to_dict', _model(shape))}({value})"
    inner = shape.inner
    assert inner is not None
    if shape.kind == "optional":
        present = _dict_value(inner, value, depth)
        return value if present == value else f"None if {value} is None else {present}"
    if inner.kind in _PLAIN:
        return f"list({value})"
    item = f"item{depth}"
    return f"[{_dict_value(inner, item, depth + 1)} for {item} in {value}]"


# --- to_json ---
# One f-string per field, which Python joins into one: the fastest way to build the text.


def _to_json_source(fields: tuple[FieldShape, ...]) -> str:
    if not fields:
        return "def to_json(obj):\n    return '{}'"
    pieces = [
        f"        f'{_key(field.name, first=number == 0)}"
        f"{_json_value(field.shape, _value(field, in_json=True))}'"
        for number, field in enumerate(fields)
    ]
    body = ["    return (", *pieces, "        '}'", "    )"]
    return "\n".join(["def to_json(obj):", *_bindings(fields, in_json=True), *body])


def _key(name: str, *, first: bool) -> str:
    """``{"name":`` or ``,"name":`` as literal text of a single-quoted f-string."""
    text = ("{" if first else ",") + encode_basestring_ascii(name) + ":"
    assert "'" not in text, text
    assert "\\" not in text, text
    return text.replace("{", "{{")


def _json_value(shape: Shape, value: str) -> str:
    """f-string content writing *value* as JSON (*value* is a name when read twice)."""
    if shape.kind == "integer":
        return "{" + value + "}"  # an int formats as json writes it
    if shape.kind == "model":
        flat = _flat(_model(shape))
        if flat is not None:  # written inline: {"start":1,"end":2}
            members = [
                _key(f.name, first=number == 0) + _json_value(f.shape, f"{value}.{f.name}")
                for number, f in enumerate(flat)
            ]
            return "".join(members) + "}}"
    if shape.kind == "array":  # the brackets as literal text: [...]
        return "[{" + _json_items(_inner(shape), value) + "}]"
    return "{" + _json_expression(shape, value) + "}"


def _json_expression(shape: Shape, value: str) -> str:
    """An expression giving *value*'s JSON text (no backslash: f-string syntax before 3.12)."""
    kind = shape.kind
    if kind == "string":
        return f"_string({value})"
    if kind == "integer":
        return f"int.__repr__({value})"
    if kind == "number":
        return f"_number({value})"
    if kind == "boolean":
        return f'"true" if {value} else "false"'
    if kind in ("date", "moment"):
        return f"_string({value}.isoformat())"
    if kind == "model":
        return f"{_global('to_json', _model(shape))}({value})"
    if kind == "optional":
        return f'"null" if {value} is None else {_json_expression(_inner(shape), value)}'
    return f'"[" + {_json_items(_inner(shape), value)} + "]"'


def _json_items(inner: Shape, value: str) -> str:
    """An expression giving the JSON texts of the items of array *value*, comma-separated."""
    if inner.kind == "string":
        return f'",".join(map(_string, {value}))'
    if inner.kind == "model":
        return f'",".join(map({_global("to_json", _model(inner))}, {value}))'
    return f'",".join([{_json_expression(inner, "item")} for item in {value}])'


# --- from_dict ---


def _from_dict_source(cls: type, fields: tuple[FieldShape, ...]) -> str:
    message = f"expected a dict for {cls.__name__}, got "
    lines = [
        "def from_dict(data):",
        "    if not isinstance(data, dict):",
        f"        raise TypeError({message!r} + type(data).__name__)",
        "    arguments = {}",
    ]
    for field in fields:
        if field.init:
            lines += [
                f"    if {field.name!r} in data:",
                f"        value = data[{field.name!r}]",
                f"        arguments[{field.alias!r}] = {_structure(field.shape, 'value')}",
            ]
    return "\n".join([*lines, "    return _cls(**arguments)"])


def _structure(shape: Shape, value: str, depth: int = 0) -> str:
    """The expression rebuilding a field's value from its JSON-safe *value* (a name)."""
    kind = shape.kind
    if kind in _PLAIN:
        return value
    if kind == "date":
        return f"_date({value})"
    if kind == "moment":
        return f"_moment({value})"
    if kind == "model":
        return f"{_global('from_dict', _model(shape))}({value})"
    inner = shape.inner
    assert inner is not None
    if kind == "optional":
        return f"None if {value} is None else {_structure(inner, value, depth)}"
    if inner.kind in _PLAIN:
        return f"tuple({value})"
    item = f"item{depth}"
    return f"tuple([{_structure(inner, item, depth + 1)} for {item} in {value}])"
