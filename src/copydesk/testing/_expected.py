"""What a generated article is known to contain: the truth the strategies build it from.

These classes need nothing but ``attrs``; the strategies that make them live in
:mod:`copydesk.testing._strategies`.
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
    "ExpectedQuote",
    "GeneratedArticle",
    "QuotedParagraph",
]


@attrs.frozen(kw_only=True)
class ExpectedChrome:
    """A chrome line and the :attr:`copydesk.Chrome.kind` the default lexicon gives it."""

    text: str
    """The line as printed."""
    kind: str
    """The expected kind, e.g. ``"share"`` or ``"navigation"``."""


@attrs.frozen(kw_only=True)
class ExpectedCredit:
    """A photo credit, as :class:`copydesk.Credit` should report it."""

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
    """A photo caption ending in its credit."""

    text: str
    """The whole caption, credit included."""
    credit: ExpectedCredit
    """The credit that ends it."""


@attrs.frozen(kw_only=True)
class ExpectedDateline:
    """A dateline that opens the first body paragraph, as :class:`copydesk.Dateline` reads it."""

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
    """An author byline, as :class:`copydesk.Byline` reads it."""

    text: str
    """The line as printed, e.g. ``"By Jane Doe and John Roe, Associated Press"``."""
    names: tuple[str, ...]
    """The authors in natural case, e.g. ``("Jane Doe", "John Roe")``."""
    organization: str | None = None
    """The agency's canonical code when one is printed, e.g. ``"AP"``."""


@attrs.frozen(kw_only=True)
class ExpectedQuote:
    """An attributed direct quote, as :class:`copydesk.Quote` reads it."""

    text: str
    """The words inside the quotation marks, exactly as printed (a closing comma included)."""
    speaker: str
    """The speaker's full name."""
    cue: str
    """The speech verb as printed, e.g. ``"said"``."""


@attrs.frozen(kw_only=True)
class QuotedParagraph:
    """A body paragraph that carries attributed quotes."""

    text: str
    """The paragraph as printed."""
    quotes: tuple[ExpectedQuote, ...]
    """The quotes in it, in order."""


@attrs.frozen(kw_only=True)
class ExpectedParts:
    """Everything an article was built from, field by field like :class:`copydesk.Article`."""

    site: str | None = None
    """The site's name (from its ``Site icon`` line)."""
    tagline: str | None = None
    """The site's slogan, when a ``Name - slogan`` line was added."""
    headline: str | None = None
    """The headline."""
    dateline: ExpectedDateline | None = None
    """The dateline opening the first paragraph, if one was added."""
    bylines: tuple[ExpectedByline, ...] = ()
    """Author bylines, in order."""
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
    """A synthetic article: its text and the parts it was built from."""

    text: str
    """The article text to parse."""
    expected: ExpectedParts
    """What a parse should find in :attr:`text`."""
