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
from copydesk.lexicon.chrome import CHROME_PATTERNS
from copydesk.lexicon.credits import CREDIT_PATTERNS
from copydesk.lexicon.titles import SPEAKER_NOUNS, TITLES
from copydesk.lexicon.verbs import (
    AUDIENCES,
    CHANNELS,
    PLATFORMS,
    PRONOUNS,
    SOURCE_CUES,
    SPEECH_VERBS,
)

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
    speech_verbs: tuple[str, ...] = SPEECH_VERBS
    """Speech verbs, each entry the forms of one verb (see :mod:`copydesk.lexicon.verbs`)."""
    source_cues: tuple[str, ...] = SOURCE_CUES
    """Cue phrases followed by the source: ``according to``."""
    cue_audiences: tuple[str, ...] = AUDIENCES
    """Who a speaker ``told``, printed as part of the cue (``told reporters``)."""
    cue_channels: tuple[str, ...] = CHANNELS
    """What a statement was made in (``said in a statement``)."""
    cue_platforms: tuple[str, ...] = PLATFORMS
    """Where a statement was published (``wrote on Facebook``)."""
    speaker_pronouns: tuple[str, ...] = PRONOUNS
    """Pronouns that can stand for a speaker."""
    titles: tuple[str, ...] = TITLES
    """Titles and descriptors printed before a name (see :mod:`copydesk.lexicon.titles`)."""
    speaker_nouns: tuple[str, ...] = SPEAKER_NOUNS
    """Common nouns that can head a speaker without a name (``the judge``)."""

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

    def add_speech_verb(self, *forms: str) -> None:
        """Register a speech verb by its forms (a multi-word verb as ``"weigh in"``).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_speech_verb("harrumph", "harrumphs", "harrumphed")
        >>> quote, = parser.parse("Title\\n\\n\u201cNever,\u201d Smith harrumphed.").quotes
        >>> quote.cue, quote.speaker.mention
        ('harrumphed', 'Smith')
        """
        entry = " ".join("_".join(form.split()) for form in forms if form.strip())
        if not entry:
            raise ValueError("give at least one form of the verb")
        self.speech_verbs = (*self.speech_verbs, entry)
        self._cache.clear()

    def add_title(self, title: str) -> None:
        """Register a title or descriptor printed before names (``"Grand Vizier"``).

        A capitalised title matches only as printed; a lower-case one in any case.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_title("Grand Vizier")
        >>> text = "Title\\n\\n\u201cNo,\u201d said Grand Vizier Jafar Smith."
        >>> speaker = parser.parse(text).quotes[0].speaker
        >>> speaker.title, speaker.mention
        ('Grand Vizier', 'Jafar Smith')
        """
        if not title.strip():
            raise ValueError("a title must not be empty")
        self.titles = (*self.titles, " ".join(title.split()))
        self._cache.clear()

    def add_cue_channel(self, channel: str) -> None:
        """Register what a statement can be made in (``"livestream"``: ``said in a livestream``)."""
        if not channel.strip():
            raise ValueError("a channel must not be empty")
        self.cue_channels = (*self.cue_channels, " ".join(channel.split()))
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
