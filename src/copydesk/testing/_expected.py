"""What a generated article is known to contain: the truth the strategies build it from.

These classes need nothing but ``attrs``; the strategies that make them live in the other
modules of :mod:`copydesk.testing`, one subject each.
"""

from __future__ import annotations

import attrs

__all__ = [
    "ExpectedByline",
    "ExpectedCaption",
    "ExpectedChrome",
    "ExpectedCredit",
    "ExpectedDateline",
    "ExpectedParts",
    "ExpectedPerson",
    "ExpectedQuote",
    "GeneratedArticle",
    "QuotedParagraph",
    "QuotedPassage",
]


@attrs.frozen(kw_only=True)
class ExpectedChrome:
    """A chrome line and the :attr:`copydesk.Chrome.kind` the default lexicon gives it.

    >>> import copydesk
    >>> line = ExpectedChrome(text="Share this:", kind="share")
    >>> article = copydesk.parse(f"Storm hits coast\\n\\nThe storm hit.\\n\\n{line.text}")
    >>> [(chrome.text, chrome.kind) for chrome in article.chrome] == [(line.text, line.kind)]
    True
    """

    text: str
    """The line as printed."""
    kind: str
    """The expected kind, e.g. ``"share"`` or ``"navigation"``."""


@attrs.frozen(kw_only=True)
class ExpectedCredit:
    """A photo credit, as :class:`copydesk.Credit` should report it.

    >>> import copydesk
    >>> credit = ExpectedCredit(text="(AP Photo/Jane Doe, File)", names=("Jane Doe",),
    ...                         agency="AP", file_photo=True)
    >>> text = f"Storm hits coast\\n\\nThe storm hit.\\n\\nWaves on the pier. {credit.text}"
    >>> found = copydesk.parse(text).captions[0].credit
    >>> (found.names, found.agency, found.file_photo) == (credit.names, credit.agency, True)
    True
    """

    text: str
    """The credit as printed, e.g. ``"(AP Photo/Jane Doe, File)"``."""
    names: tuple[str, ...]
    """The photographers named."""
    agency: str
    """The canonical agency code, e.g. ``"AP"``."""
    file_photo: bool = False
    """Whether the credit marks a file photo."""


@attrs.frozen(kw_only=True)
class ExpectedCaption:
    """A photo caption ending in its credit.

    >>> credit = ExpectedCredit(text="REUTERS/Jane Doe", names=("Jane Doe",), agency="Reuters")
    >>> caption = ExpectedCaption(text=f"Waves hit the pier. {credit.text}", credit=credit)
    >>> caption.text.endswith(caption.credit.text)
    True
    """

    text: str
    """The whole caption, credit included."""
    credit: ExpectedCredit
    """The credit that ends it."""


@attrs.frozen(kw_only=True)
class ExpectedDateline:
    """A dateline that opens the first body paragraph, as :class:`copydesk.Dateline` reads it.

    >>> import copydesk
    >>> dateline = ExpectedDateline(text="ROME (AP) —", location="ROME", city="ROME", agency="AP")
    >>> found = copydesk.parse(f"Storm hits\\n\\n{dateline.text} It rained all day.").dateline
    >>> (found.text, found.city, found.agency) == (dateline.text, dateline.city, dateline.agency)
    True
    """

    text: str
    """The dateline as printed, separator included, e.g. ``"WASHINGTON (AP) —"``."""
    location: str | None = None
    """The place as printed, e.g. ``"LA CROSSE, Wis."``."""
    city: str | None = None
    """The city, e.g. ``"LA CROSSE"``."""
    region: str | None = None
    """State or country spelled out, e.g. ``"Wisconsin"``."""
    date_text: str | None = None
    """The date as printed, e.g. ``"Nov. 2"``."""
    agency: str | None = None
    """The canonical agency code, e.g. ``"AP"``."""


@attrs.frozen(kw_only=True)
class ExpectedByline:
    """An author byline or a credit trailer, as :class:`copydesk.Byline` reads it.

    >>> import copydesk
    >>> byline = ExpectedByline(text="By JANE DOE, Reuters", names=("Jane Doe",),
    ...                         organization="Reuters")
    >>> found = copydesk.parse(f"Storm hits\\n\\n{byline.text}\\n\\nIt rained all day.").bylines[0]
    >>> (found.names, found.organization) == (byline.names, byline.organization)
    True
    """

    text: str
    """The line as printed, e.g. ``"By Jane Doe and John Roe, Associated Press"``."""
    names: tuple[str, ...]
    """The authors in natural case, e.g. ``("Jane Doe", "John Roe")``."""
    organization: str | None = None
    """The agency's canonical code when one is printed, e.g. ``"AP"``."""
    kind: str = "author"
    """The :attr:`copydesk.Byline.kind`: ``"author"`` for a byline above the body, else the
    trailer's kind (``"reporting"``, ``"additional reporting"``, ``"contributor"``)."""
    editors: tuple[str, ...] = ()
    """The editors a ``Reporting by …; Editing by …`` trailer names."""


@attrs.frozen(kw_only=True)
class ExpectedPerson:
    """A person quoted in an article: full name, title and the pronoun that stands for them.

    >>> person = ExpectedPerson(name="Lloyd Austin", title="Defense Secretary", pronoun="he")
    >>> person.introduced, person.surname
    ('Defense Secretary Lloyd Austin', 'Austin')
    """

    name: str
    """The full name, e.g. ``"Lloyd Austin"``."""
    title: str | None = None
    """The title printed before the name at its first mention, e.g. ``"Defense Secretary"``."""
    pronoun: str = "they"
    """The pronoun a follow-up attribution uses, e.g. ``"he"``."""

    @property
    def introduced(self) -> str:
        """The first mention: title and full name.

        >>> ExpectedPerson(name="Lloyd Austin", title="Defense Secretary").introduced
        'Defense Secretary Lloyd Austin'
        >>> ExpectedPerson(name="Jane Doe").introduced
        'Jane Doe'
        """
        return self.name if self.title is None else f"{self.title} {self.name}"

    @property
    def surname(self) -> str:
        """The last word of the name, which later mentions use.

        >>> ExpectedPerson(name="Mara van Lind").surname
        'Lind'
        """
        return self.name.split()[-1]


@attrs.frozen(kw_only=True)
class ExpectedQuote:
    """An attributed direct quote, as :class:`copydesk.Quote` reads it.

    >>> import copydesk
    >>> quote = ExpectedQuote(text="We are ready", speaker="Jane Doe", cue="said")
    >>> found = copydesk.parse(f'Storm hits\\n\\n"{quote.text}" Jane Doe said.').quotes[0]
    >>> (found.text, found.speaker.name, found.cue) == (quote.text, quote.speaker, quote.cue)
    True
    """

    text: str
    """The words inside the quotation marks as :attr:`copydesk.Quote.text` gives them: as
    printed, without the comma or full stop that ends the sentence around them."""
    speaker: str
    """The speaker's full name."""
    cue: str
    """The speech verb or phrase as printed, e.g. ``"said"`` or ``"told reporters"``."""
    mention: str | None = None
    """The words naming the speaker at the attribution, as printed: ``"Lloyd Austin"``,
    ``"Austin"`` or ``"he"``; a continued piece has its quote's mention. ``None``: not known."""
    title: str | None = None
    """The speaker's title, as :attr:`copydesk.Speaker.title` gives it (follow-ups with a
    pronoun or surname carry the title of the first mention)."""
    continues: bool = False
    """Whether this piece continues the quotation of the piece before it: a sentence split
    around its attribution (``“We will,” she said, “and soon.”``), or a running quote (the
    previous paragraph ended with the quote still open). copydesk gives one
    :class:`copydesk.Quote` per piece, such a piece with the :attr:`~copydesk.Quote.group` of
    the piece before; :meth:`ExpectedParts.whole_quotes` joins the pieces as
    :meth:`copydesk.Article.quotations` groups them."""


@attrs.frozen(kw_only=True)
class QuotedParagraph:
    """A body paragraph that carries attributed quotes.

    >>> quote = ExpectedQuote(text="We are ready", speaker="Jane Doe", cue="said")
    >>> paragraph = QuotedParagraph(text=f'"{quote.text}" Jane Doe said.', quotes=(quote,))
    >>> paragraph.quotes[0].speaker
    'Jane Doe'
    """

    text: str
    """The paragraph as printed."""
    quotes: tuple[ExpectedQuote, ...]
    """The quotes in it, in order."""


@attrs.frozen(kw_only=True)
class QuotedPassage:
    """Consecutive body paragraphs about one speaker: an introduction and its follow-ups.

    >>> import copydesk
    >>> person = ExpectedPerson(name="Jane Doe", title="Mayor", pronoun="she")
    >>> passage = QuotedPassage(
    ...     paragraphs=(
    ...         '"We will rebuild," Mayor Jane Doe said.',
    ...         '"It will take time," she said.',
    ...     ),
    ...     quotes=(
    ...         ExpectedQuote(text="We will rebuild", speaker="Jane Doe", cue="said"),
    ...         ExpectedQuote(text="It will take time", speaker="Jane Doe", cue="said"),
    ...     ),
    ...     person=person,
    ... )
    >>> article = copydesk.parse("Storm hits\\n\\n" + "\\n\\n".join(passage.paragraphs))
    >>> [(q.text, q.speaker.name) for q in article.quotes] == [
    ...     (q.text, q.speaker) for q in passage.quotes
    ... ]
    True
    """

    paragraphs: tuple[str, ...]
    """The paragraphs as printed."""
    quotes: tuple[ExpectedQuote, ...]
    """The quote pieces in them, in order (one per paragraph piece)."""
    person: ExpectedPerson
    """Who speaks."""


@attrs.frozen(kw_only=True)
class ExpectedParts:
    """Everything an article was built from, field by field like :class:`copydesk.Article`.

    >>> import copydesk
    >>> parts = ExpectedParts(headline="Storm hits coast", paragraphs=("It rained.", "It blew."))
    >>> article = copydesk.parse("Storm hits coast\\n\\nIt rained.\\n\\nIt blew.")
    >>> article.headline.text == parts.headline
    True
    >>> tuple(paragraph.text for paragraph in article.paragraphs) == parts.paragraphs
    True
    """

    site: str | None = None
    """The site's name (from its ``Site icon`` line)."""
    tagline: str | None = None
    """The site's slogan, when a ``Name - slogan`` line was added."""
    headline: str | None = None
    """The headline."""
    dateline: ExpectedDateline | None = None
    """The dateline opening the first paragraph, if one was added."""
    bylines: tuple[ExpectedByline, ...] = ()
    """Author bylines and credit trailers, in order (:attr:`ExpectedByline.kind` tells them
    apart, as :attr:`copydesk.Byline.kind` does)."""
    captions: tuple[ExpectedCaption, ...] = ()
    """Photo captions, in order."""
    quotes: tuple[ExpectedQuote, ...] = ()
    """Attributed quotes, in order."""
    paragraphs: tuple[str, ...] = ()
    """The body paragraphs; the first one *without* its dateline (the dateline is a part of
    its own), so use :meth:`paragraphs_with_dateline` against a parser without a dateline
    step."""
    chrome: tuple[ExpectedChrome, ...] = ()
    """Chrome lines, top to bottom."""

    def whole_quotes(self) -> tuple[ExpectedQuote, ...]:
        """The quotes with the pieces of each quotation joined into one (texts joined by a
        space), as :meth:`copydesk.Article.quotations` groups them.

        >>> first = ExpectedQuote(text="We will stay", speaker="Jane Doe", cue="said")
        >>> second = attrs.evolve(first, text="we will win", continues=True)
        >>> [quote.text for quote in ExpectedParts(quotes=(first, second)).whole_quotes()]
        ['We will stay we will win']
        """
        whole: list[ExpectedQuote] = []
        for quote in self.quotes:
            if quote.continues and whole:
                whole[-1] = attrs.evolve(whole[-1], text=f"{whole[-1].text} {quote.text}")
            else:
                whole.append(attrs.evolve(quote, continues=False))
        return tuple(whole)

    def paragraphs_with_dateline(self) -> tuple[str, ...]:
        """The body paragraphs as a parser that does not detect datelines returns them.

        >>> parts = ExpectedParts(
        ...     dateline=ExpectedDateline(text="ROME (AP) —"), paragraphs=("It rained.",)
        ... )
        >>> parts.paragraphs_with_dateline()
        ('ROME (AP) — It rained.',)
        """
        if self.dateline is None or not self.paragraphs:
            return self.paragraphs
        first = f"{self.dateline.text} {self.paragraphs[0]}"
        return (first, *self.paragraphs[1:])


@attrs.frozen(kw_only=True)
class GeneratedArticle:
    """A synthetic article: its text and the parts it was built from.

    :func:`~copydesk.testing.articles` draws them; a test parses :attr:`text` and compares:

    >>> import copydesk
    >>> from hypothesis import find
    >>> from copydesk.testing import articles
    >>> generated = find(articles(chrome=False, site=False, captions=False), lambda g: True)
    >>> generated.text
    'Council approves budget plan\\n\\nThe city council approved the new budget on Tuesday.'
    >>> copydesk.parse(generated.text).headline.text == generated.expected.headline
    True
    """

    text: str
    """The article text to parse."""
    expected: ExpectedParts
    """What a parse should find in :attr:`text`."""
