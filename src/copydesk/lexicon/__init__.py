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

from copydesk.lexicon.agencies import AGENCIES
from copydesk.lexicon.boilerplate import (
    BOILERPLATE_CONTEXT_WEIGHTS,
    BOILERPLATE_INSIDE_THRESHOLD,
    BOILERPLATE_LENGTH_POWER,
    BOILERPLATE_REGION_BIAS,
    BOILERPLATE_WEIGHTS,
    KIND_CUES,
    LINK_CUES,
    NOT_HEADLINE,
    STOPWORDS,
)
from copydesk.lexicon.chrome import CHROME_PATTERNS
from copydesk.lexicon.credits import CREDIT_PATTERNS

__all__ = ["Agency", "ChromeRule", "Lexicon"]

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


@attrs.frozen
class Agency:
    """A news or photo agency."""

    code: str
    """The canonical short name models report, e.g. ``"AP"``."""
    name: str
    """The full name, e.g. ``"Associated Press"``."""
    aliases: tuple[str, ...] = ()
    """Other spellings that mean this agency (matched case-insensitively)."""


def _default_agencies() -> tuple[Agency, ...]:
    return tuple(Agency(code, name, aliases) for code, name, aliases in AGENCIES)


def _agency_index(lexicon: Lexicon) -> dict[str, str]:
    """Casefolded code, name and aliases -> code. Earlier agencies win a shared alias."""
    index: dict[str, str] = {}
    for agency in lexicon.agencies:
        for spelling in (agency.code, agency.name, *agency.aliases):
            index.setdefault(" ".join(spelling.split()).casefold(), agency.code)
    return index


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

    agencies: tuple[Agency, ...] = attrs.field(factory=_default_agencies)
    """Wire and photo agencies (see :mod:`copydesk.lexicon.agencies`); earlier entries win."""
    credit_patterns: tuple[str, ...] = CREDIT_PATTERNS
    """Patterns of photo credits that end a caption (see :mod:`copydesk.lexicon.credits`)."""
    stopwords: dict[str, tuple[str, ...]] = attrs.field(factory=lambda: dict(STOPWORDS))
    """Function words per language code (see :mod:`copydesk.lexicon.boilerplate`)."""
    link_cues: tuple[str, ...] = LINK_CUES
    """Patterns of link and widget wording ("Click to", "Read more") on whole pages."""
    kind_cues: tuple[tuple[str, str], ...] = KIND_CUES
    """``(kind, pattern)``: the chrome kind of a dropped page block, by its wording."""
    boilerplate_weights: tuple[tuple[str, float], ...] = BOILERPLATE_WEIGHTS
    """``(feature, weight)`` of the page-block classifier (``benchmarks/fit_boilerplate.py``)."""
    boilerplate_context_weights: tuple[tuple[str, float], ...] = BOILERPLATE_CONTEXT_WEIGHTS
    """``(feature, weight)`` of the classifier's second stage (neighbours' scores)."""
    boilerplate_length_power: float = BOILERPLATE_LENGTH_POWER
    """How strongly a block's length weighs when the article region is chosen."""
    boilerplate_inside_threshold: float = BOILERPLATE_INSIDE_THRESHOLD
    """Blocks inside the article region scoring below this are dropped all the same."""
    boilerplate_region_bias: float = BOILERPLATE_REGION_BIAS
    """Added to every block's log-odds when the article region is chosen (favours recall)."""
    not_headline: tuple[str, ...] = NOT_HEADLINE
    """Patterns of lines (bylines, stamps, menu rows) never taken for a page's headline."""

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

    def add_agency(self, code: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        """Register an agency; it takes precedence over built-in ones sharing a spelling.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_agency("NTV", "Nippon TV News", aliases=("NNN24",))
        >>> lexicon.agency("nnn24"), lexicon.agency("Associated Press"), lexicon.agency("Nobody")
        ('NTV', 'AP', None)
        """
        self.agencies = (Agency(code, name, tuple(aliases)), *self.agencies)
        self._cache.clear()

    def add_stopwords(self, language: str, words: tuple[str, ...] | list[str]) -> None:
        """Add function words of *language* (a new language or more words for a known one).

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_stopwords("da", ["og", "det", "er", "en", "til"])
        >>> "og" in lexicon.stopwords["da"]
        True
        """
        known = self.stopwords.get(language, ())
        new = tuple(word.casefold() for word in words if word.casefold() not in known)
        self.stopwords = {**self.stopwords, language: (*known, *new)}
        self._cache.clear()

    def agency(self, text: str) -> str | None:
        """The canonical code of the agency *text* names (any case), or ``None``."""
        index = self.cached("agencies.index", _agency_index)
        return index.get(" ".join(text.split()).casefold())

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
