"""The typed, frozen models that a parse returns.

Every model read from the text carries a :class:`Span` into the original string, so
``article.source[span.start:span.end]`` gives back exactly what was read. The *top-level*
parts of an article (site chrome, headline, dateline, bylines, captions and body paragraphs)
never overlap, and together with whitespace they cover the whole source; quotes and speakers
point inside them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import attrs

if TYPE_CHECKING:
    import regex

from copydesk._convert import converters_of

__all__ = [
    "Article",
    "Byline",
    "BylineKind",
    "Caption",
    "Chrome",
    "ChromeKind",
    "Credit",
    "DateStamp",
    "Dateline",
    "Headline",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Site",
    "Span",
    "Speaker",
]

QuoteKind = Literal["direct", "partial", "scare", "title"]
"""What a quote is (:attr:`Quote.kind`): a closed set."""

# An open kind is typed ``BylineKind | str``: the same as ``str`` to a type checker, but the
# JSON Schema lists the built-in values (``anyOf`` an ``enum`` and any string), so tools and
# readers see them while a kind registered by the user stays valid.
BylineKind = Literal[
    "author", "reporting", "writing", "editing", "contributor", "additional reporting"
]
"""The built-in kinds of :attr:`Byline.kind`; ``Lexicon.add_trailer_role`` adds others."""

ChromeKind = Literal[
    "branding",
    "navigation",
    "share",
    "subscribe",
    "advertisement",
    "related",
    "comments",
    "footer",
    "legal",
    "social",
    "source",
    "feed",
    "metadata",
    "title",
    "markup",
    "other",
    "custom",
]
"""The built-in kinds of :attr:`Chrome.kind`; ``Lexicon.add_chrome`` adds others."""


@functools.cache
def _surrogate_pair() -> regex.Pattern[str]:
    """A high surrogate followed by a low one: JSON writes them as two \\uXXXX escapes, which
    every JSON reader joins back into one character, so such a str cannot survive JSON."""
    import regex  # compiled on first use: ``import copydesk`` leaves regex for later

    return regex.compile("[\ud800-\udbff][\udc00-\udfff]")


def check_source(text: str) -> None:
    """Refuse a text that JSON could not carry exactly: a ``ValueError`` naming the position.

    ``Parser.parse`` calls it before any step runs.

    Such a text holds a *pair of surrogate code points*, a high one then a low one, as two
    characters (UTF-8 decoding never makes them; ``'\\ud83d\\ude00'`` in Python source does).
    JSON writes them as two ``\\uXXXX`` escapes, which read back as one character (😀): the
    source would shrink and every span after it would point at the wrong text. A lone
    surrogate, or a low one before a high one, is accepted and survives JSON as it is.

    >>> check_source("Bad \\ud800 char.")  # a lone surrogate: accepted
    >>> check_source("An emoji \\ud83d\\ude00 in two halves")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: the text holds a surrogate pair at position 9 ('\\ud83d\\ude00'), which JSON ...
    """
    if text.isascii():  # most news text: no need to scan it (isascii is a flag lookup)
        return
    found = _surrogate_pair().search(text)
    if found is not None:
        raise ValueError(
            f"the text holds a surrogate pair at position {found.start()} ({found.group()!r}),"
            " which JSON reads back as one character; join such pairs first:"
            " text.encode('utf-16', 'surrogatepass').decode('utf-16', 'surrogatepass')"
        )


# Every model is frozen and slotted, without a weak-reference slot: an article of many short
# quoted lines holds five model objects a quote, and the slot cost 8 bytes each (about
# 1.2 bytes per character of such text at the peak; tests/unit/test_memory.py).
@attrs.frozen(order=True, weakref_slot=False)
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
        """Return the part of *text* this span covers.

        >>> Span(0, 5).slice("Hello world")
        'Hello'
        """
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 8)), Span(0, 5).overlaps(Span(5, 8))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether *other* lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 5)), Span(0, 10).contains(Span(8, 12))
        (True, False)
        """
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True, weakref_slot=False)
class Chrome:
    """A piece of site furniture (menu, share row, footer ...) kept out of the body.

    >>> import copydesk
    >>> article = copydesk.parse("Storm hits coast\\n\\nThe storm hit.\\n\\nShare this article")
    >>> article.chrome
    (Chrome(text='Share this article', kind='share', span=Span(start=34, end=52)),)
    """

    text: str
    """The line(s) as printed."""
    kind: ChromeKind | str
    """What it is: ``branding``, ``navigation``, ``share``, ``subscribe``, ``advertisement``,
    ``related``, ``comments``, ``footer``, ``legal``, ``social``, ``source``, ``feed``,
    ``metadata``, ``title``, ``markup`` (leaked HTML or script), ``other`` (furniture of no
    known kind), ``custom`` (a rule added without a kind), or the kind of a rule added with
    :meth:`Lexicon.add_chrome <copydesk.Lexicon.add_chrome>`."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Site:
    """The publication the page comes from, as the page names itself.

    The site is read from chrome lines (``Site icon X``, ``X - a story for you``, a title
    line ``Headline | X``), so its span points inside a :class:`Chrome` part.

    >>> import copydesk
    >>> article = copydesk.parse("Site icon Daily Planet\\n\\nStorm hits coast\\n\\nThe storm hit.")
    >>> article.site
    Site(name='Daily Planet', tagline=None, span=Span(start=0, end=22))
    >>> article.chrome[0].span == article.site.span
    True
    """

    name: str
    """The site's name, e.g. ``"Occasional Digest"``."""
    tagline: str | None = None
    """Its slogan when printed beside the name, e.g. ``"a story for you"``."""
    span: Span
    """The line the name was read from."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Headline:
    """The article's headline.

    >>> import copydesk
    >>> copydesk.parse("Storm hits coast\\n\\nThe storm hit the coast.").headline
    Headline(text='Storm hits coast', span=Span(start=0, end=16))
    """

    text: str
    """The headline as printed."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """One paragraph of the article body.

    >>> import copydesk
    >>> article = copydesk.parse("Storm hits coast\\n\\nThe storm hit.\\n\\nIt rained.")
    >>> article.paragraphs[1]
    Paragraph(text='It rained.', span=Span(start=34, end=44))
    >>> [paragraph.text for paragraph in article.paragraphs]
    ['The storm hit.', 'It rained.']
    """

    text: str
    """The paragraph as printed (hard line breaks kept)."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Dateline:
    """The place/date/agency line that opens a story, e.g. ``"Nov. 2 (UPI) —"``.

    >>> import copydesk, datetime
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nMIAMI, Fla., Nov. 2 (Reuters) - The storm hit the coast.",
    ...     reference_date=datetime.date(2024, 11, 5),
    ... )
    >>> dateline = article.dateline
    >>> dateline.text, dateline.city, dateline.region, dateline.agency
    ('MIAMI, Fla., Nov. 2 (Reuters) -', 'MIAMI', 'Florida', 'Reuters')
    >>> dateline.date_text, dateline.date
    ('Nov. 2', datetime.date(2024, 11, 2))
    """

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


@attrs.frozen(kw_only=True, weakref_slot=False)
class DateStamp:
    """A date the page prints for the article itself: when it was published or updated.

    The value is as precise as the print: a :class:`datetime.date`, or a
    :class:`datetime.datetime` when a time is printed (with a fixed UTC offset when a zone or
    offset is printed too). The dateline's date is another thing (:attr:`Dateline.date`).

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe\\n\\nPublished 10:02 a.m. ET Dec. 4, 2025\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to thousands of homes."
    ... )
    >>> article.published.text, str(article.published.value)
    ('10:02 a.m. ET Dec. 4, 2025', '2025-12-04 10:02:00-05:00')
    """

    text: str
    """The date (and time) as printed."""
    value: dt.date | dt.datetime
    """The date, or the date and time when a time is printed."""
    day_first: bool | None = None
    """How a date written in digits (``04/05/2025``) was read: day first (``True``) or month
    first (``False``); ``None`` for a date with a month name or in ISO form."""
    ambiguous: bool = False
    """A date in digits whose day and month could be swapped, which the page's other dates did
    not decide: read month first (``day_first`` False) unless the lexicon says otherwise."""
    span: Span
    """Where the printed date is in :attr:`Article.source` (inside a byline or stamp line)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Byline:
    """A credit line naming who wrote or reported the story.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe, Associated Press\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to homes, officials said.\\n\\n"
    ...     "(Reporting by Ann Lee; Editing by Tom Kerr)"
    ... )
    >>> [(b.kind, b.names, b.organization, b.editors) for b in article.bylines]
    [('author', ('Jane Doe',), 'AP', ()), ('reporting', ('Ann Lee',), None, ('Tom Kerr',))]
    """

    text: str
    """The line as printed."""
    names: tuple[str, ...] = ()
    """The persons named, each as a clean ``"First Last"`` string in natural case."""
    organization: str | None = None
    """The agency or outlet, canonical when it is a known wire agency."""
    role: str | None = None
    """A job title printed with the name, e.g. ``"Staff Writer"``."""
    kind: BylineKind | str = "author"
    """``author`` for the story's byline; ``reporting``, ``writing``, ``editing``,
    ``contributor`` or ``additional reporting`` for credit lines, or the kind of a trailer
    lead added with :meth:`Lexicon.add_trailer_role <copydesk.Lexicon.add_trailer_role>`."""
    editors: tuple[str, ...] = ()
    """Editors a credit trailer names (``Editing by C``); they are never in :attr:`names`."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Credit:
    """The credit of a photo, e.g. ``"File Photo by Al Drago/UPI | License Photo"``.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nThe storm hit the coast.\\n\\n"
    ...     "Waves on the pier. File Photo by John Roe/UPI | License Photo"
    ... )
    >>> credit = article.captions[0].credit
    >>> credit.text, credit.names, credit.agency, credit.file_photo
    ('File Photo by John Roe/UPI | License Photo', ('John Roe',), 'UPI', True)
    """

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


@attrs.frozen(kw_only=True, weakref_slot=False)
class Caption:
    """A photo caption, with its credit when one is printed.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nThe storm hit the coast.\\n\\n"
    ...     "Residents leave on Monday. Photo by John Roe/AP"
    ... )
    >>> caption = article.captions[0]
    >>> caption.text, caption.credit.names
    ('Residents leave on Monday. Photo by John Roe/AP', ('John Roe',))
    >>> [p.text for p in article.paragraphs]  # the caption left the body
    ['The storm hit the coast.']
    """

    text: str
    """The whole caption as printed, credit included."""
    credit: Credit | None = None
    """The credit, when printed."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Speaker:
    """Who a quote is attributed to.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nMayor Ann Lee spoke on Monday.\\n\\n"
    ...     '"We are ready," Lee said.'
    ... )
    >>> speaker = article.quotes[0].speaker
    >>> speaker.mention, speaker.name, speaker.title
    ('Lee', 'Ann Lee', 'Mayor')
    """

    name: str | None = None
    """The resolved full name, e.g. ``"Lloyd Austin"`` for a mention ``"Austin"`` or ``"he"``;
    ``None`` for a speaker the text describes rather than names (``"a spokesman for the
    campaign"``), or a pronoun with no person before it."""
    mention: str
    """The words at the attribution as written: ``"Austin"``, ``"he"``, ``"the Pentagon"``,
    ``"another intelligence source"``."""
    title: str | None = None
    """A title or descriptor printed with the name, e.g. ``"U.S. Secretary of Defense"``."""
    span: Span
    """Where the mention stands in the source."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Quote:
    """A passage in quotation marks.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     'Storm hits coast\\n\\n"We are ready," Mayor Ann Lee said on Monday.'
    ... )
    >>> quote = article.quotes[0]
    >>> quote.text, quote.kind, quote.cue, quote.speaker.name
    ('We are ready', 'direct', 'said', 'Ann Lee')
    >>> article.source[quote.span.start : quote.span.end]
    '"We are ready,"'
    """

    text: str
    """The words inside the marks."""
    kind: QuoteKind = "direct"
    """``direct`` (attributed speech), ``partial`` (a quoted fragment inside a sentence),
    ``scare`` or ``title`` (quoted words that are not speech)."""
    cue: str | None = None
    """The attribution verb or phrase as printed, e.g. ``"said in a post on Telegram"``."""
    speaker: Speaker | None = None
    """Who said it, when the text says."""
    span: Span
    """Where it stands in the source, quotation marks included."""
    group: int | None = None
    """The quotation this quote is a piece of: pieces of one quotation share the number
    (a quote split around its attribution, ``“We will,” she said, “and soon.”``, or left open
    at a paragraph's end and opened again in the next). Quotations are numbered from 0 in
    reading order; :meth:`Article.quotations` rejoins them. ``None`` for a quote the parser
    did not make (JSON written before this field, or a quote built by hand)."""


#: The top-level part types, in the order Article lists its fields.
TopLevelPart = Chrome | Headline | Dateline | Byline | Caption | Paragraph


@attrs.frozen(kw_only=True, weakref_slot=False)
class Article:
    """The result of a parse: every part of a news article, with spans into :attr:`source`.

    >>> import copydesk
    >>> article = copydesk.parse("Storm hits coast\\n\\nThe storm hit.\\n\\nShare this article")
    >>> article.headline.text, article.body, [c.kind for c in article.chrome]
    ('Storm hits coast', 'The storm hit.', ['share'])
    >>> article.dateline is None, article.bylines, article.quotes
    (True, (), ())
    """

    source: str
    """The text that was parsed, unchanged. ``parse`` refuses a text holding a surrogate pair
    (two code points that JSON would join into one character, see
    :meth:`Parser.parse <copydesk.Parser.parse>`), so a parsed article survives JSON
    exactly."""
    site: Site | None = None
    """The publication, when the page names it."""
    headline: Headline | None = None
    """The headline, when one was found."""
    dateline: Dateline | None = None
    """The dateline that opens the story, when there is one."""
    published: DateStamp | None = None
    """When the article was published, as the page prints it near the headline or byline
    (``Published Dec. 4, 2025``, ``By Jane Doe | March 3, 2025``, ``2025-12-04``)."""
    updated: DateStamp | None = None
    """When the article was last updated, as printed (``Updated 10:02 a.m. ET Dec. 4``)."""
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
        """The body paragraphs joined by a blank line.

        >>> import copydesk
        >>> copydesk.parse("Storm hits coast\\n\\nThe storm hit.\\n\\nIt rained.").body
        'The storm hit.\\n\\nIt rained.'
        """
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def parts(self) -> tuple[TopLevelPart, ...]:
        """All top-level parts in source order (they never overlap).

        >>> import copydesk
        >>> article = copydesk.parse("Storm hits coast\\n\\nThe storm hit.\\n\\nShare this article")
        >>> [type(part).__name__ for part in article.parts()]
        ['Headline', 'Paragraph', 'Chrome']
        """
        found: list[TopLevelPart] = [*self.chrome, *self.bylines, *self.captions]
        found.extend(self.paragraphs)
        if self.headline is not None:
            found.append(self.headline)
        if self.dateline is not None:
            found.append(self.dateline)
        return tuple(sorted(found, key=lambda part: part.span))

    def quotations(self) -> tuple[tuple[Quote, ...], ...]:
        """The quotes with the pieces of each quotation together (see :attr:`Quote.group`),
        in reading order of their first pieces; a quote without a group stands alone.

        >>> import copydesk
        >>> text = "Storm hits\\n\\n“We will,” she said, “and soon.” Lee called it “big”."
        >>> [[piece.text for piece in quotation] for quotation in copydesk.parse(text).quotations()]
        [['We will', 'and soon'], ['big']]
        """
        pieces: dict[tuple[bool, int], list[Quote]] = {}
        for index, quote in enumerate(self.quotes):
            key = (False, index) if quote.group is None else (True, quote.group)
            pieces.setdefault(key, []).append(quote)
        return tuple(tuple(quotation) for quotation in pieces.values())

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

    def _repr_html_(self) -> str:
        """The source with its parts marked, as a notebook shows it: :func:`copydesk.render`."""
        from copydesk.rendering import render

        return render(self)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe dict (dates as ISO strings, tuples as lists).

        >>> import copydesk, json
        >>> article = copydesk.parse("Headline\\n\\nBody text.")
        >>> Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
        True
        """
        return converters_of(type(self)).to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from the output of :meth:`to_dict`.

        >>> import copydesk
        >>> data = copydesk.parse("Storm hits coast\\n\\nThe storm hit.").to_dict()
        >>> data["headline"]
        {'text': 'Storm hits coast', 'span': {'start': 0, 'end': 16}}
        >>> Article.from_dict(data).headline.text
        'Storm hits coast'
        """
        article: Article = converters_of(cls).from_dict(data)
        return article
