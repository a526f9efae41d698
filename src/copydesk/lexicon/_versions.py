"""Tables that know when they change, and what the steps derive from them (compiled
patterns, indexes), kept per version of the tables: the machinery under
:class:`~copydesk.Lexicon`.

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
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

_T = TypeVar("_T")
_Source = TypeVar("_Source")

# One counter for every lexicon: taking a number from it is atomic, so two changes at once
# never give the same version, and a copy never shares one with its original.
_VERSIONS = itertools.count()

# Changes to a table (read, then replaced with more entries) are made one at a time, so two
# threads adding at once both get their entries in.
_CHANGING = threading.Lock()


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


@attrs.define(eq=False, on_setattr=attrs.setters.NO_OP)
class VersionedTables:
    """The base of :class:`~copydesk.Lexicon`, whose public attributes are its tables.

    * Setting a table makes a new version, once the new table is in place.
    * A table is immutable: a mapping is kept as a read-only copy (tuples already are), so a
      copy of the tables shares nothing that could change, and every change is a setting.
    * Pickles and equality hold the tables, never the values derived from them.
    """

    # First, so that it exists when __init__ sets the tables (see __setattr__).
    _derived: DerivedValues = attrs.field(factory=DerivedValues, init=False, repr=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, Mapping):
            value = MappingProxyType(dict(value))
        object.__setattr__(self, name, value)
        if not name.startswith("_"):
            self._derived.changed()  # after the new table is in place: see above

    def _prepend(self, table: str, *entries: object) -> None:
        """Put *entries* first in *table*, so that they win over the entries there."""
        self._change(table, lambda old: (*entries, *old))

    def _append(self, table: str, *entries: object) -> None:
        """Put *entries* last in *table* (where order does not decide between entries)."""
        self._change(table, lambda old: (*old, *entries))

    def _change(self, table: str, change: Callable[[Any], Any]) -> None:
        """Replace *table* with ``change(table)``, one change at a time."""
        with _CHANGING:
            setattr(self, table, change(getattr(self, table)))

    def __getstate__(self) -> dict[str, Any]:
        tables = (field.name for field in attrs.fields(type(self)) if field.init)
        # (a read-only mapping does not pickle: a plain copy does)
        return {name: _plain(getattr(self, name)) for name in tables}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "_derived", DerivedValues())
        for name, value in state.items():
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    __hash__ = None  # type: ignore[assignment]


def _plain(value: object) -> object:
    return dict(value) if isinstance(value, Mapping) else value
