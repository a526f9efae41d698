"""Every public class, function, method and property has a docstring with a ``>>>`` example.

The docs promise it (issue #9: "every public class, function and hook has a docstring with a
short example"); pytest runs those examples with ``--doctest-modules``. This test walks the
public names and lists the ones without an example, so a new public name without one fails.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import copydesk
import copydesk.batch
import copydesk.cli
import copydesk.errors
import copydesk.lexicon
import copydesk.schema
import copydesk.steps
import copydesk.testing


def _dask_module() -> ModuleType | None:
    try:
        return importlib.import_module("copydesk.dask")
    except ImportError:  # the optional dask extra is not installed
        return None


def _is_documentable(value: Any) -> bool:
    """Classes and functions carry their own docstring; data (constants, tuples) does not."""
    return inspect.isclass(value) or inspect.isroutine(value)


def _module_names(module: ModuleType, names: list[str] | None = None) -> Iterator[tuple[str, Any]]:
    for name in names if names is not None else module.__all__:
        value = getattr(module, name)
        if _is_documentable(value):
            yield f"{module.__name__}.{name}", value


def _defined_in_copydesk(value: Any) -> bool:
    return (getattr(value, "__module__", None) or "").startswith("copydesk")


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties that *cls* (or a copydesk base class) defines itself."""
    for klass in cls.__mro__:
        if not _defined_in_copydesk(klass):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_"):
                continue
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            is_method = inspect.isfunction(value) and _defined_in_copydesk(value)
            if is_method or isinstance(value, property):
                yield name, value


def public_names() -> dict[str, Any]:
    """Every public name the check covers, by dotted name."""
    found: dict[str, Any] = {}
    modules: list[tuple[ModuleType, list[str] | None]] = [
        (copydesk, None),
        (copydesk.testing, None),
        (copydesk.batch, None),
        (copydesk.cli, None),
        (copydesk.schema, None),
        (copydesk.errors, None),
        (copydesk.lexicon, ["Lexicon"]),
        (copydesk.steps, [name for name in copydesk.steps.__all__ if name != "DEFAULT_STEPS"]),
    ]
    dask_module = _dask_module()
    if dask_module is not None:
        modules.append((dask_module, None))
    seen_objects: set[int] = set()
    for module, names in modules:
        for dotted, value in _module_names(module, names):
            if id(value) not in seen_objects:  # re-exports are listed once, first name wins
                seen_objects.add(id(value))
                found[dotted] = value
    for dotted, value in list(found.items()):
        if inspect.isclass(value) and _defined_in_copydesk(value):
            seen: set[str] = set()
            for name, member in _members(value):
                if name not in seen:  # the most derived definition wins
                    seen.add(name)
                    found.setdefault(f"{dotted}.{name}", member)
    return found


def _has_example(value: Any) -> bool:
    # The object's own docstring: inspect.getdoc would lend it one from a base class.
    doc = value.__doc__
    return isinstance(doc, str) and ">>>" in doc


def test_walk_covers_the_main_names() -> None:
    """The walk reaches the top-level API, model members, steps and the testing strategies."""
    names = public_names()
    for expected in (
        "copydesk.parse",
        "copydesk.Parser.parse",
        "copydesk.Pipeline.add",
        "copydesk.Article.to_dict",
        "copydesk.ParseState.mark",
        "copydesk.Lexicon.add_chrome",
        "copydesk.steps.headline",
        "copydesk.testing.articles",
        "copydesk.cli.main",
        "copydesk.UnknownStepError",
    ):
        assert expected in names
    assert not any(name.rsplit(".", 1)[-1].startswith("_") for name in names)


def test_every_public_name_has_a_docstring_example() -> None:
    """Each public class, function, method and property shows a ``>>>`` example."""
    missing = sorted(name for name, value in public_names().items() if not _has_example(value))
    if missing:
        pytest.fail(
            f"{len(missing)} public names have no '>>>' example in their docstring:\n  "
            + "\n  ".join(missing)
        )
