"""The one mutable object that flows through the pipeline.

Steps read :attr:`ParseState.text` (a same-length, normalised copy of the source, so offsets
are the same in both), and record what they find by labelling :class:`Block` objects and
attaching models to them. :meth:`ParseState.freeze` turns the result into an
:class:`~copydesk.Article`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from copydesk._models import (
    Article,
    Byline,
    Caption,
    Chrome,
    Dateline,
    DateStamp,
    Headline,
    Paragraph,
    Quote,
    Site,
    Span,
)
from copydesk.lexicon import Lexicon

__all__ = ["BODY", "CHROME", "Block", "ParseState"]

#: Label of a block that is (so far) part of the article body.
BODY = "body"
#: Label of a block that is site chrome.
CHROME = "chrome"

Finding = Headline | Dateline | Byline | Caption

# ParseState.share keeps one object for equal texts up to this long (a line, a name, a
# verb: what a page repeats), and at most this many of them (the table stays small).
_MAX_SHARED_CHARS = 100
_MAX_SHARED_TEXTS = 4096
# What ParseState.share takes: a model's text, or its tuple of names.
_Shareable = TypeVar("_Shareable", str, tuple[str, ...])


# No weak reference slot: a text of many short lines holds a block per line.
@attrs.define(eq=False, weakref_slot=False)
class Block:
    """A top-level piece of the text: a paragraph, a line, or a run of lines.

    ``start``/``end`` exclude surrounding whitespace. A block is ``body`` until a step labels it.

    >>> block = Block(0, 16)
    >>> block.label, block.is_body, block.span
    ('body', True, Span(start=0, end=16))
    """

    start: int
    """Offset of the first non-whitespace character."""
    end: int
    """Offset just past the last non-whitespace character."""
    label: str = BODY
    """``body``, ``chrome``, or the finding's kind (``headline``, ``caption`` ...)."""
    kind: str | None = None
    """For chrome, what kind (``share``, ``navigation`` ...)."""
    finding: Finding | None = None
    """The model a step made of this block (a headline, caption ...), if any."""
    guessed: bool = False
    """Whether the chrome label is a statistical guess (the page classifier's) rather than
    a sure match of a lexicon rule; later steps may take a guessed block back."""

    @property
    def span(self) -> Span:
        """The block's span.

        >>> Block(18, 32, label="chrome", kind="share").span
        Span(start=18, end=32)
        """
        return Span(self.start, self.end)

    @property
    def is_body(self) -> bool:
        """Whether no step has claimed the block.

        >>> Block(0, 16).is_body, Block(0, 16, label="headline").is_body
        (True, False)
        """
        return self.label == BODY

    @property
    def claimable(self) -> bool:
        """Whether a detector with strong evidence may take the block: body, or chrome that
        the page classifier only guessed (a byline line outside the region it chose).

        >>> Block(0, 9, label="chrome", guessed=True).claimable
        True
        >>> Block(0, 9, label="chrome").claimable, Block(0, 9, label="headline").claimable
        (False, False)
        """
        return self.label == BODY or (self.label == CHROME and self.guessed)


@attrs.define(eq=False)
class ParseState:
    """Everything the steps know about one text while it is being parsed.

    A step receives the state, reads :attr:`text` and :attr:`blocks`, and labels blocks; the
    parser :meth:`freezes <freeze>` it into an :class:`~copydesk.Article` at the end. To try
    steps by hand, make a state and run the first two built-in steps on it:

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
    >>> normalize(state); segment(state)
    >>> [(block.start, block.end, block.label) for block in state.blocks]
    [(0, 16, 'body'), (18, 32, 'body')]
    """

    source: str
    """The original text."""
    lexicon: Lexicon
    """The parser's lexicon (read-only for steps)."""
    reference_date: dt.date | None = None
    """The date relative dates resolve against (``None``: don't guess)."""
    text: str = ""
    """The source with line ends and exotic spaces normalised; same length as the source."""
    blocks: list[Block] = attrs.field(factory=list)
    """The top-level blocks, in source order, never overlapping."""
    site: Site | None = None
    """The site, once a step has found it."""
    published: DateStamp | None = None
    """When the article was published, once a step has read it."""
    updated: DateStamp | None = None
    """When the article was updated, once a step has read it."""
    quotes: list[Quote] = attrs.field(factory=list)
    """Quotes found so far, in source order."""
    page_kind: str | None = None
    """What kind of page the page reader read the text as: ``"article"`` (one article among
    menus and teasers) or ``"other"`` (a forum thread, product, listing, service or
    documentation page, read more broadly); ``None`` when the text is no page."""
    provided: set[str] = attrs.field(factory=set)
    """What the steps that ran so far provide (``"blocks"``, ``"chrome"`` ...)."""
    _shared: dict[Any, Any] = attrs.field(factory=dict, init=False, repr=False)
    """What :meth:`share` handed out, each its own key."""

    def __attrs_post_init__(self) -> None:
        if not self.text:
            self.text = self.source

    # --- reading -------------------------------------------------------------------------

    def block_text(self, block: Block) -> str:
        """The normalised text of *block*.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm\\u00a0hits\\r\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> [state.block_text(block) for block in state.blocks]  # plain spaces
        ['Storm hits', 'The storm hit.']
        """
        return self.text[block.start : block.end]

    def source_text(self, span: Span | Block) -> str:
        """The original text under *span* (what models store).

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm\\u00a0hits\\r\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> state.source_text(state.blocks[0])  # as printed, no-break space kept
        'Storm\\xa0hits'
        """
        return self.share(self.source[span.start : span.end])

    def share(self, value: _Shareable) -> _Shareable:
        """*value* (a text, or a tuple of names), or the equal one this parse handed out
        before, so that the models of a page that repeats a line (a share row, a credit, a
        byline, a pronoun, ``said``) hold one object for it, not one per time. Steps pass a
        model's short texts through it; :meth:`source_text` does.

        >>> from copydesk import Lexicon, ParseState
        >>> state = ParseState("He said. He said.", Lexicon.default())
        >>> first, second = state.source[0:8], state.source[9:17]
        >>> first == second, first is second
        (True, False)
        >>> state.share(first) is state.share(second) is first
        True
        """
        if len(value) > _MAX_SHARED_CHARS:
            return value  # long texts seldom repeat: not worth a table entry
        shared = self._shared
        known: _Shareable | None = shared.get(value)
        if known is not None:
            return known
        if len(shared) < _MAX_SHARED_TEXTS:
            shared[value] = value
        return value

    def body_blocks(self) -> Iterator[tuple[int, Block]]:
        """``(index, block)`` for every block still labelled body.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> state.mark_chrome(state.blocks[0], "navigation")
        >>> [(index, state.block_text(block)) for index, block in state.body_blocks()]
        [(1, 'The storm hit.')]
        """
        # The label compared here, not through `is_body`: every step reads the body this way,
        # and a text of many short lines holds hundreds of thousands of blocks.
        return ((index, block) for index, block in enumerate(self.blocks) if block.label == BODY)

    @property
    def headline_index(self) -> int | None:
        """Where the headline stands: the index in :attr:`blocks` of the first block labelled
        ``headline``, or ``None`` before the headline step (or when it found none).

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import chrome, headline, normalize, segment
        >>> text = "Skip to content\\n\\nStorm hits\\n\\nThe storm hit."
        >>> state = ParseState(text, Lexicon.default())
        >>> normalize(state); segment(state); chrome(state)
        >>> state.headline_index is None
        True
        >>> headline(state)
        >>> state.headline_index
        1
        """
        for index, block in enumerate(self.blocks):
            if block.label == "headline":
                return index
        return None

    @property
    def headline(self) -> Headline | None:
        """The headline finding, if a step has set one.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> state.headline is None
        True
        >>> from copydesk.steps import headline
        >>> headline(state)
        >>> state.headline
        Headline(text='Storm hits coast', span=Span(start=0, end=16))
        """
        for block in self.blocks:
            if isinstance(block.finding, Headline):
                return block.finding
        return None

    # --- writing -------------------------------------------------------------------------

    def mark_chrome(self, block: Block, kind: str, *, guessed: bool = False) -> None:
        """Label *block* as chrome of *kind* (``guessed``: by a classifier, not a rule).

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> state.mark_chrome(state.blocks[0], "navigation")
        >>> [(chrome.kind, chrome.text) for chrome in state.freeze().chrome]
        [('navigation', 'Storm hits coast')]
        """
        block.label, block.kind, block.finding, block.guessed = CHROME, kind, None, guessed

    def mark_body(self, block: Block) -> None:
        """Give *block* back to the body (e.g. a lede the page classifier took for chrome).

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> block = state.blocks[1]
        >>> state.mark_chrome(block, "footer", guessed=True)
        >>> state.mark_body(block)
        >>> block.label, block.kind, block.guessed
        ('body', None, False)
        """
        block.label, block.kind, block.finding, block.guessed = BODY, None, None, False

    def mark(self, block: Block, label: str, finding: Finding) -> None:
        """Label *block* and attach the model a step made of it.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> from copydesk import Headline
        >>> block = state.blocks[0]
        >>> state.mark(block, "headline", Headline(text=state.source_text(block), span=block.span))
        >>> state.freeze().headline.text
        'Storm hits coast'
        """
        block.label, block.kind, block.finding, block.guessed = label, None, finding, False

    def split_block(self, index: int, at: int) -> tuple[Block, Block]:
        """Split ``blocks[index]`` at offset *at*; each half is trimmed of whitespace.

        Returns the two new blocks (both labelled like the original, and as claimable: a
        guessed label stays a guess). The offset must fall strictly inside the block with
        non-whitespace on both sides.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("MIAMI — The storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> head, tail = state.split_block(0, 7)
        >>> state.block_text(head), state.block_text(tail)
        ('MIAMI —', 'The storm hit.')
        """
        block = self.blocks[index]
        head_end = block.start + len(self.text[block.start : at].rstrip())
        tail_start = at + (len(self.text[at : block.end]) - len(self.text[at : block.end].lstrip()))
        if not block.start < head_end <= tail_start < block.end:
            raise ValueError(f"cannot split block {block.start}-{block.end} at {at}")
        head = Block(block.start, head_end, block.label, block.kind, guessed=block.guessed)
        tail = Block(tail_start, block.end, block.label, block.kind, guessed=block.guessed)
        self.blocks[index : index + 1] = [head, tail]
        return head, tail

    def merge_blocks(self, first: int, last: int) -> Block:
        """Merge ``blocks[first..last]`` (inclusive) into one body block and return it.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> merged = state.merge_blocks(0, 1)
        >>> len(state.blocks), merged.span
        (1, Span(start=0, end=32))
        """
        merged = Block(self.blocks[first].start, self.blocks[last].end)
        self.blocks[first : last + 1] = [merged]
        return merged

    # --- result --------------------------------------------------------------------------

    def _blocks_to_freeze(self, release: bool) -> Iterator[Block]:
        return _released(self.blocks) if release else iter(self.blocks)

    def freeze(self, *, release_blocks: bool = False) -> Article:
        """The immutable :class:`~copydesk.Article` for what the steps found.

        Blocks still labelled body become paragraphs; chrome blocks become
        :class:`~copydesk.Chrome`; the models steps attached become the other parts. With
        *release_blocks*, each block (and then each quote) is let go once read, and
        :attr:`blocks` and :attr:`quotes` are left empty: the parser does so, so that a text
        of many lines never holds its blocks, or the list of its quotes, and its parts at once.

        >>> from copydesk import Lexicon, ParseState
        >>> from copydesk.steps import normalize, segment
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> normalize(state); segment(state)
        >>> article = state.freeze()
        >>> article.headline is None, [paragraph.text for paragraph in article.paragraphs]
        (True, ['Storm hits coast', 'The storm hit.'])
        >>> state.freeze(release_blocks=True) == article, state.blocks, state.quotes
        (True, [], [])
        """
        others = _OtherParts()
        # The quotes' tuple first, taken from the state's list as it shrinks when releasing;
        # then the paragraphs, straight into their tuple as the blocks go (a text of many
        # short lines makes hundreds of thousands): the freeze holds no list of pointers
        # beside the article's tuples.
        quotes = _in_span_order(self.quotes, release_blocks)
        paragraphs = tuple(self._paragraphs(release_blocks, others))
        return Article(
            source=self.source,
            site=self.site,
            headline=others.headline,
            dateline=others.dateline,
            published=self.published,
            updated=self.updated,
            bylines=tuple(others.bylines),
            captions=tuple(others.captions),
            quotes=quotes,
            paragraphs=paragraphs,
            chrome=tuple(others.chrome),
        )

    def _paragraphs(self, release_blocks: bool, others: _OtherParts) -> Iterator[Paragraph]:
        """The paragraphs of the blocks, in order; every other part goes to *others*."""
        source, share = self.source, self.share
        for block in self._blocks_to_freeze(release_blocks):
            finding = block.finding
            if finding is None and block.label == BODY:
                # The common case first, without detours: inputs of many short lines make
                # hundreds of thousands of paragraphs.
                start, end = block.start, block.end
                text = source[start:end]
                if end - start <= _MAX_SHARED_CHARS:
                    text = share(text)
                yield Paragraph(text=text, span=Span(start, end))
            elif block.label == CHROME:
                others.chrome.append(
                    Chrome(
                        text=self.source_text(block), kind=block.kind or "other", span=block.span
                    )
                )
            elif isinstance(finding, Headline) and others.headline is None:
                others.headline = finding
            elif isinstance(finding, Dateline) and others.dateline is None:
                others.dateline = finding
            elif isinstance(finding, Byline):
                others.bylines.append(finding)
            elif isinstance(finding, Caption):
                others.captions.append(finding)
            else:
                yield Paragraph(text=self.source_text(block), span=block.span)


@attrs.define
class _OtherParts:
    """The top-level parts of a freeze other than paragraphs, collected as the blocks are
    read."""

    chrome: list[Chrome] = attrs.field(factory=list)
    bylines: list[Byline] = attrs.field(factory=list)
    captions: list[Caption] = attrs.field(factory=list)
    headline: Headline | None = None
    dateline: Dateline | None = None


_Item = TypeVar("_Item")


def _released(items: list[_Item]) -> Iterator[_Item]:
    """The items in order, each dropped from *items* as it is handed out (the list gives its
    memory back as it shrinks)."""
    items.reverse()
    while items:
        yield items.pop()


def _in_span_order(quotes: list[Quote], release: bool) -> tuple[Quote, ...]:
    """The quotes sorted by span, and with *release* taken out of the list. Steps find them in
    order, and sorting a copy of a long list holds a key tuple per quote: the list is sorted
    in place, only when out of order."""
    previous = (-1, -1)
    for quote in quotes:
        key = (quote.span.start, quote.span.end)
        if key < previous:
            quotes.sort(key=_span_order)  # stable, as sorted() was
            break
        previous = key
    return tuple(_released(quotes)) if release else tuple(quotes)


def _span_order(quote: Quote) -> tuple[int, int]:
    """The sort key of a quote: its span as a plain tuple (the order of :class:`Span`, without
    the slower comparison methods attrs generates)."""
    return quote.span.start, quote.span.end
