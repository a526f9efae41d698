"""The typed, frozen models that a parse returns.

Every model read from the text carries a :class:`Span` into the original string, so
``article.source[span.start:span.end]`` gives back exactly what was read. The *top-level*
parts of an article (site chrome, headline, dateline, bylines, captions and body paragraphs)
never overlap, and together with whitespace they cover the whole source; quotes and speakers
point inside them.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator
from typing import Any, ClassVar, TypeVar, Union

import attrs

__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Chrome",
    "Credit",
    "Dateline",
    "Headline",
    "Paragraph",
    "Quote",
    "Site",
    "Span",
    "Speaker",
]

_ModelT = TypeVar("_ModelT")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into :attr:`Article.source`.

    >>> span = Span(6, 11)
    >>> span.slice("Hello world")
    'world'
    >>> len(span)
    5
    """

    start: int
    """Offset of the first character."""
    end: int = attrs.field()
    """Offset just past the last character."""

    # One validator for both fields: a parse makes a span per part, so this is hot.
    @end.validator
    def _valid_range(self, attribute: attrs.Attribute[int], end: int) -> None:
        start = self.start
        if not (isinstance(start, int) and isinstance(end, int)):
            raise TypeError(
                f"Span offsets must be ints, got {type(start).__name__} and {type(end).__name__}"
            )
        if start < 0:
            raise ValueError(f"start must be >= 0, got {start}")
        if end < start:
            raise ValueError(f"Span end ({end}) must not be before its start ({start})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Chrome:
    """A piece of site furniture (menu, share row, footer ...) kept out of the body."""

    text: str
    """The line(s) as printed."""
    kind: str
    """What it is: ``branding``, ``navigation``, ``share``, ``subscribe``, ``advertisement``,
    ``related``, ``comments``, ``footer``, ``legal``, ``social``, ``source``, ``feed``,
    ``metadata``, ``title`` or a kind registered by the user."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Site:
    """The publication the page comes from, as the page names itself.

    The site is read from chrome lines (``Site icon X``, ``X - a story for you``, a title
    line ``Headline | X``), so its span points inside a :class:`Chrome` part.
    """

    name: str
    """The site's name, e.g. ``"Occasional Digest"``."""
    tagline: str | None = None
    """Its slogan when printed beside the name, e.g. ``"a story for you"``."""
    span: Span
    """The line the name was read from."""


@attrs.frozen(kw_only=True)
class Headline:
    """The article's headline."""

    text: str
    """The headline as printed."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of the article body."""

    text: str
    """The paragraph as printed (hard line breaks kept)."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Dateline:
    """The place/date/agency line that opens a story, e.g. ``"Nov. 2 (UPI) —"``."""

    text: str
    """The dateline as printed, separator included."""
    location: str | None = None
    """The place as printed, e.g. ``"FORT WORTH, Texas"``."""
    city: str | None = None
    """The city part of the location, e.g. ``"FORT WORTH"``."""
    region: str | None = None
    """State, province or country, spelled out (``"Calif."`` becomes ``"California"``)."""
    date_text: str | None = None
    """The date as printed, e.g. ``"Nov. 2"``."""
    date: dt.date | None = None
    """The date resolved against the reference date or a printed year, else ``None``."""
    agency: str | None = None
    """The wire agency's canonical short name, e.g. ``"AP"``, ``"Reuters"``, ``"UPI"``."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Byline:
    """A credit line naming who wrote or reported the story."""

    text: str
    """The line as printed."""
    names: tuple[str, ...] = ()
    """The persons named, each as a clean ``"First Last"`` string in natural case."""
    organization: str | None = None
    """The agency or outlet, canonical when it is a known wire agency."""
    role: str | None = None
    """A job title printed with the name, e.g. ``"Staff Writer"``."""
    kind: str = "author"
    """``author`` for the story's byline; ``reporting``, ``writing``, ``editing``,
    ``contributor`` or ``additional reporting`` for credit lines."""
    editors: tuple[str, ...] = ()
    """Editors a credit trailer names (``Editing by C``); they are never in :attr:`names`."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Credit:
    """The credit of a photo, e.g. ``"File Photo by Al Drago/UPI | License Photo"``."""

    text: str
    """The credit as printed."""
    names: tuple[str, ...] = ()
    """The photographers named."""
    agency: str | None = None
    """The agency or outlet credited, canonical where known."""
    file_photo: bool = False
    """Whether the credit marks a file (archive) photo."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption, with its credit when one is printed."""

    text: str
    """The whole caption as printed, credit included."""
    credit: Credit | None = None
    """The credit, when printed."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a quote is attributed to."""

    name: str | None = None
    """The resolved full name, e.g. ``"Lloyd Austin"`` for a mention ``"Austin"`` or ``"he"``."""
    mention: str
    """The words at the attribution as written: ``"Austin"``, ``"he"``, ``"the Pentagon"``."""
    title: str | None = None
    """A title or descriptor printed with the name, e.g. ``"U.S. Secretary of Defense"``."""
    span: Span
    """Where the mention stands in the source."""


@attrs.frozen(kw_only=True)
class Quote:
    """A passage in quotation marks."""

    text: str
    """The words inside the marks."""
    kind: str = "direct"
    """``direct`` (attributed speech), ``partial`` (a quoted fragment inside a sentence),
    ``scare`` or ``title`` (quoted words that are not speech)."""
    cue: str | None = None
    """The attribution verb or phrase as printed, e.g. ``"said in a post on Telegram"``."""
    speaker: Speaker | None = None
    """Who said it, when the text says."""
    span: Span
    """Where it stands in the source, quotation marks included."""


#: The top-level part types, in the order Article lists its fields.
TopLevelPart = Chrome | Headline | Dateline | Byline | Caption | Paragraph


@attrs.frozen(kw_only=True)
class Article:
    """The result of a parse: every part of a news article, with spans into :attr:`source`."""

    source: str
    """The text that was parsed, unchanged."""
    site: Site | None = None
    """The publication, when the page names it."""
    headline: Headline | None = None
    """The headline, when one was found."""
    dateline: Dateline | None = None
    """The dateline that opens the story, when there is one."""
    bylines: tuple[Byline, ...] = ()
    """Author bylines and credit trailers."""
    captions: tuple[Caption, ...] = ()
    """Photo captions and stand-alone credits."""
    quotes: tuple[Quote, ...] = ()
    """Passages in quotation marks, with their speakers."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs, in order."""
    chrome: tuple[Chrome, ...] = ()
    """Site furniture that is not part of the article, labelled and kept."""

    _JSON_VERSION: ClassVar[int] = 1

    @property
    def body(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def parts(self) -> tuple[TopLevelPart, ...]:
        """All top-level parts in source order (they never overlap)."""
        found: list[TopLevelPart] = [*self.chrome, *self.bylines, *self.captions]
        found.extend(self.paragraphs)
        if self.headline is not None:
            found.append(self.headline)
        if self.dateline is not None:
            found.append(self.dateline)
        return tuple(sorted(found, key=lambda part: part.span))

    def segments(self) -> Iterator[tuple[str, str]]:
        """Yield ``(label, text)`` pieces that concatenate back to :attr:`source`.

        Labels are the part's class name in lower case (``"paragraph"``, ``"chrome"`` ...)
        and ``"whitespace"`` for the gaps between parts.

        >>> import copydesk
        >>> article = copydesk.parse("Headline\\n\\nBody text.")
        >>> "".join(text for _, text in article.segments()) == article.source
        True
        """
        position = 0
        for part in self.parts():
            if part.span.start > position:
                yield "whitespace", self.source[position : part.span.start]
            yield type(part).__name__.lower(), part.span.slice(self.source)
            position = part.span.end
        if position < len(self.source):
            yield "whitespace", self.source[position:]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe dict (dates as ISO strings, tuples as lists).

        >>> import copydesk, json
        >>> article = copydesk.parse("Headline\\n\\nBody text.")
        >>> Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
        True
        """
        data = _unstructure(self)
        assert isinstance(data, dict)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from the output of :meth:`to_dict`."""
        article: Article = _structure(cls, data)
        return article


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, bool, float, type(None))


def _unstructure(value: object) -> object:
    # Batch output serializes every part of every article, so this is a hot path: look the
    # common types up by exact class and cache each model's field names.
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is Span:
        assert isinstance(value, Span)
        return {"start": value.start, "end": value.end}
    if cls is tuple:
        assert isinstance(value, tuple)
        return [_unstructure(item) for item in value]
    names = _FIELD_NAMES.get(cls)
    if names is None and attrs.has(cls):
        names = _FIELD_NAMES[cls] = tuple(field.name for field in attrs.fields(cls))
    if names is not None:
        return {name: _unstructure(getattr(value, name)) for name in names}
    if isinstance(value, tuple):
        return [_unstructure(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _field_types(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _structure(annotation: Any, value: Any) -> Any:
    """Turn JSON-safe *value* back into an instance of *annotation*."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        (inner,) = (arg for arg in typing.get_args(annotation) if arg is not type(None))
        return _structure(inner, value)
    if origin is tuple:
        item_type = typing.get_args(annotation)[0]
        return tuple(_structure(item_type, item) for item in value)
    if annotation is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(annotation, type) and attrs.has(annotation):
        if not isinstance(value, dict):
            raise TypeError(
                f"expected a dict for {annotation.__name__}, got {type(value).__name__}"
            )
        hints = _field_types(annotation)
        kwargs = {
            field.name: _structure(hints[field.name], value[field.name])
            for field in attrs.fields(annotation)
            if field.name in value
        }
        if annotation is Span:
            return Span(kwargs["start"], kwargs["end"])
        return annotation(**kwargs)
    return value
