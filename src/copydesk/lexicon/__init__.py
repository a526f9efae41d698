"""Data tables the steps read: chrome patterns and, as detectors land, agencies and verbs.

A :class:`Lexicon` belongs to one :class:`~copydesk.Parser`; extending it never affects
another parser. Patterns derived from the tables are compiled once, on first use, and
recompiled after a change.

>>> from copydesk import Parser
>>> parser = Parser()
>>> parser.lexicon.add_chrome("Download our app", kind="promotion")
>>> [c.kind for c in parser.parse("Headline\\n\\nA sentence.\\n\\nDownload our app").chrome]
['promotion']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

import attrs
import regex

from copydesk.lexicon.chrome import CHROME_PATTERNS
from copydesk.lexicon.credits import CREDIT_PATTERNS

__all__ = ["ChromeRule", "Lexicon"]

Position = Literal["any", "edge"]
_T = TypeVar("_T")


@attrs.frozen
class ChromeRule:
    """One chrome pattern: a block whose whole text matches is chrome of this kind."""

    pattern: str
    """A ``regex`` pattern, matched case-insensitively against a whole block."""
    kind: str
    """The :attr:`copydesk.Chrome.kind` given to a match."""
    position: Position = "any"
    """``"any"``, or ``"edge"`` to match only above or below the article's prose."""


def _default_chrome_rules() -> tuple[ChromeRule, ...]:
    return tuple(
        ChromeRule(pattern, kind, position)  # type: ignore[arg-type]
        for kind, position, pattern in CHROME_PATTERNS
    )


@attrs.define(eq=False)
class Lexicon:
    """The word lists and patterns one parser uses. Build it with :meth:`default`."""

    chrome_rules: tuple[ChromeRule, ...] = attrs.field(factory=_default_chrome_rules)
    """Chrome patterns, in order of precedence (the first match names the kind)."""

    credit_patterns: tuple[str, ...] = CREDIT_PATTERNS
    """Patterns of photo credits that end a caption (see :mod:`copydesk.lexicon.credits`)."""

    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def default(cls) -> Lexicon:
        """A fresh lexicon with copydesk's built-in tables."""
        return cls()

    def copy(self) -> Lexicon:
        """An independent copy (the tables are immutable tuples, so this is cheap)."""
        return attrs.evolve(self)

    def add_chrome(
        self,
        text: str,
        kind: str = "custom",
        *,
        position: Position = "any",
        is_regex: bool = False,
    ) -> None:
        """Treat blocks reading *text* (case-insensitive, whole block) as chrome of *kind*.

        Pass ``is_regex=True`` to give a ``regex`` pattern instead of literal text. New rules
        take precedence over the built-in ones.
        """
        pattern = text if is_regex else regex.escape(text.strip())
        regex.compile(pattern)  # fail here, not in the middle of a parse
        self.chrome_rules = (ChromeRule(pattern, kind, position), *self.chrome_rules)
        self._cache.clear()

    def cached(self, key: str, build: Callable[[Lexicon], _T]) -> _T:
        """Return ``build(self)``, computed once until the lexicon changes.

        Steps use this for patterns compiled from the tables.
        """
        try:
            return self._cache[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._cache[key] = build(self)
            return value

    def __getstate__(self) -> dict[str, Any]:
        return {
            field.name: getattr(self, field.name) for field in attrs.fields(Lexicon) if field.init
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_cache", {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    __hash__ = None  # type: ignore[assignment]
