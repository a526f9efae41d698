"""What the steps derive from a lexicon's tables (compiled patterns, indexes), kept per
version of the tables.

A lexicon may change while another thread parses with it. The race to avoid: a parse
builds a pattern from the old tables, a change lands, and the parse then stores its pattern
where every later parse finds it; the new entry is then ignored for good. So every change
gives the tables a new version, *after* the new table is in place, and each value is kept
with the version read *before* its build started. A value built from old tables carries an
old version and is never handed out once the version has moved on:

>>> derived = DerivedValues()
>>> tables = ["old"]
>>> def build_while_a_change_lands(tables):
...     value = tuple(tables)
...     tables.append("new")  # another thread adds an entry ...
...     derived.changed()  # ... and bumps the version once it is in place
...     return value
>>> derived.get("key", build_while_a_change_lands, tables)  # this parse keeps what it built
('old',)
>>> derived.get("key", tuple, tables)  # every later one sees the change
('old', 'new')
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")
_Source = TypeVar("_Source")

# One counter for every lexicon: taking a number from it is atomic, so two changes at once
# never give the same version, and a copy never shares one with its original.
_VERSIONS = itertools.count()


class DerivedValues:
    """Values built from a lexicon's tables, each with the version it was built from."""

    __slots__ = ("_values", "version")

    def __init__(self) -> None:
        self.version = next(_VERSIONS)
        self._values: dict[str, tuple[int, Any]] = {}

    def changed(self) -> None:
        """The tables changed (call this after the change is in place)."""
        self.version = next(_VERSIONS)

    def get(self, key: str, build: Callable[[_Source], _T], source: _Source) -> _T:
        """The value kept under *key* for the current version, or ``build(source)``."""
        version = self.version  # before the build reads a table: see the module's docstring
        kept = self._values.get(key)
        if kept is not None and kept[0] == version:
            return kept[1]  # type: ignore[no-any-return]
        value = build(source)
        if self.version == version:  # (a value stored late still carries its old version)
            self._values[key] = (version, value)
        return value
