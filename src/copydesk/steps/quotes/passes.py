"""The passes of the quotes step, each a function of one paragraph's record.

The step runs them in the order of :data:`copydesk.steps.quotes.PASSES` on every body
paragraph that holds a quotation mark. The quotes of the paragraph stream through the passes
as :class:`Found` records: each pass reads what the passes before it filled in and adds its
own part. What one paragraph hands to the next (the speaker a quote opening the next
paragraph continues) lives in the :class:`Context`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain, pairwise
from typing import cast

import attrs

from copydesk._models import Quote, QuoteKind, Span, Speaker
from copydesk._state import ParseState
from copydesk.steps.quotes.after import WINDOW, attribution_after, sign_off_line
from copydesk.steps.quotes.before import attribution_before, reported_speech
from copydesk.steps.quotes.crowds import is_chant, is_chant_cue
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.fragments import after_quotation_noun
from copydesk.steps.quotes.kinds import is_title, kind_without_cue, opens_sentence, reads_as_speech
from copydesk.steps.quotes.marks import HouseStyle, Pair, pairs, words_end
from copydesk.steps.quotes.phrases import MAX_SPEAKER_WORDS, Attribution
from copydesk.steps.quotes.speakers import Resolver
from copydesk.steps.quotes.words import last_visible, word_count

# A quote resumes after the attribution that split it when the gap is at most this long.
_MAX_RESUME_GAP = 200
# Words that may join an attribution to the piece of the quote it resumes (", so “…”").
_RESUMING_JOINS = (", so", ", and", ", but")


@attrs.define
class Context:
    """What the passes share over the whole article."""

    state: ParseState
    patterns: Patterns
    resolver: Resolver
    carried: Quote | None = None
    """The last quote with a speaker in the paragraph before (a quote opening this one may
    continue it)."""
    style: HouseStyle = attrs.field(factory=HouseStyle)
    """Which marks open a quotation in this article."""
    quotations: int = 0
    """How many quotations the article has begun so far (the next one's group)."""
    running: Found | None = None
    """The last quote of the paragraph before, when it was left open at its end (a running
    quote, which a quote opening this paragraph continues)."""


# Not frozen: a frozen class sets each field through object.__setattr__, and the step makes
# one of these for every paragraph that holds a mark (no pass changes it).
@attrs.define
class Paragraph:
    """One body paragraph that holds a quotation mark."""

    start: int
    end: int
    lead_in: int
    """Where a cue before the first quote may begin: the previous paragraph's start when
    that paragraph ends with a colon (``Cruz continued:``), else :attr:`start`."""
    next_block: tuple[int, int] | None = None
    """The body block after this one: a sign-off line under a quote names its speaker
    (``-Jane Roe, tweeting after the speech``)."""
    previous_block: tuple[int, int] | None = None
    """The body block before this one: when it ends reporting someone's speech (``She said
    the process often fails.``), a quote opening this one without a cue is theirs."""


@attrs.define
class Found:
    """One quote on its way through the passes: each pass fills in its part."""

    pair: Pair
    title: bool = False
    attribution: Attribution | None = None
    """The quote's own cue and speaker phrase."""
    cue: Attribution | None = None
    """The cue the quote takes: its own, or the next quote's (``"A." "B," he said.``)."""
    speaker: Speaker | None = None
    group: int | None = None
    """The quotation the quote is a piece of (see :attr:`copydesk.Quote.group`)."""
    quote: Quote | None = None
    """The finished quote."""


#: A pass: takes the paragraph's quotes in text order, fills in its part of each and passes
#: them on (the first pass finds them). Quotes stream through the passes one by one, so a
#: paragraph of thousands of quotes never holds the work of all of them at once.
Pass = Callable[[Iterator[Found], Paragraph, Context], Iterator[Found]]


def _with_next(found: Iterator[Found]) -> Iterator[tuple[Found, Found | None]]:
    """Each quote with the one after it (``None`` after the last)."""
    # (Pairs made in C: a generator of ours cost a frame's resumption per quote and pass.
    # Only the last pair holds the None.)
    return cast("Iterator[tuple[Found, Found | None]]", pairwise(chain(found, (None,))))


def find_quote_spans(_: Iterator[Found], paragraph: Paragraph, context: Context) -> Iterator[Found]:
    """Pair the paragraph's quotation marks into quote spans."""
    for pair in pairs(context.state.text, paragraph.start, paragraph.end, context.style):
        yield Found(pair)


def find_titles(found: Iterator[Found], _: Paragraph, context: Context) -> Iterator[Found]:
    """Quoted titles (``"Face the Nation"``): never attributed."""
    text = context.state.text
    for quote in found:
        quote.title = is_title(
            text[quote.pair.text_start : quote.pair.text_end], context.patterns.title_small_words
        )
        yield quote


def read_cues(found: Iterator[Found], paragraph: Paragraph, context: Context) -> Iterator[Found]:
    """The cue and speaker phrase right after each quote, else right before it."""
    text, patterns = context.state.text, context.patterns
    previous_end = -1  # the end of the quote before, in this paragraph
    for quote, following in _with_next(found):
        pair = quote.pair
        limit = following.pair.start if following is not None else paragraph.end
        if quote.title and (
            _spoken_title(text, pair, limit, paragraph.start, patterns)
            or is_chant(text, paragraph.start, pair.start, patterns)
            or after_quotation_noun(text, paragraph.start, pair.start, patterns)
        ):
            # "“As President,” she said, “I will …”", chanting "…", the slogan "…": speech
            quote.title = False
        if not quote.title:
            if previous_end >= 0:
                floor = previous_end
            else:
                floor = paragraph.lead_in if pair.start == paragraph.start else paragraph.start
            if pair.closed:
                quote.attribution = attribution_after(text, pair, limit, patterns)
            if (
                quote.attribution is not None
                and following is not None
                and last_visible(text, pair.start) in (",", ":")
                and last_visible(text, following.pair.start) in (",", ":")
            ):
                # "When someone shouted, “Cruz,” Beck joked, “Amen!”": the verb before the
                # mark is this quote's; the one after it introduces the next quote.
                before = attribution_before(text, pair, floor, patterns, previous_sentence=False)
                quote.attribution = before or quote.attribution
            if quote.attribution is None and following is None and paragraph.next_block:
                quote.attribution = sign_off(text, pair, paragraph, patterns)
            if quote.attribution is None:
                # After an earlier quote of the paragraph, a sentence-opening quote
                # continues it instead.
                quote.attribution = attribution_before(
                    text,
                    pair,
                    floor,
                    patterns,
                    previous_sentence=previous_end < 0,
                    paragraph_start=paragraph.start,
                )
        previous_end = pair.end
        yield quote


def _spoken_title(text: str, pair: Pair, limit: int, start: int, patterns: Patterns) -> bool:
    """Whether words read as a title are the opening of speech: they open a sentence, end
    with a comma inside the marks and an attribution follows (``“As President,” she
    said``; ``on “Face the Nation,” Lee said`` opens no sentence)."""
    if not pair.closed or not text[pair.text_start : pair.text_end].rstrip().endswith(","):
        return False
    if last_visible(text, pair.start) in (",", ":"):
        # "Joe Biden, in an interview, blurted out, “Oh, God,” at the mention": a speech
        # verb introduces it.
        verb = patterns.verb_ending(text, max(start, pair.start - WINDOW), pair.start)
        return verb is not None and bool(verb.punct)
    if not opens_sentence(text, pair, start):
        return False
    return attribution_after(text, pair, limit, patterns) is not None


def share_cues(found: Iterator[Found], paragraph: Paragraph, context: Context) -> Iterator[Found]:
    """``"A." "B," he said.``: a quote without a cue takes the cue of the next one in its
    run of sentences."""
    text = context.state.text
    floor = paragraph.start  # the end of the quote before, in this paragraph
    for quote, following in _with_next(found):
        quote.cue = quote.attribution
        pair = quote.pair
        if (
            quote.cue is None
            and not quote.title
            and following is not None
            and following.attribution is not None
            and following.attribution.after
            and opens_sentence(text, pair, floor)
            and not text[pair.end : following.pair.start].strip()
            and text[pair.text_start : pair.text_end].rstrip()[-1:] in ".!?…"
        ):
            quote.cue = following.attribution
        floor = pair.end
        yield quote


def resolve_speakers(
    found: Iterator[Found], paragraph: Paragraph, context: Context
) -> Iterator[Found]:
    """Each cue's speaker, its pronoun or short name resolved to a full name (in text order:
    a pronoun stands for a speaker named before it)."""
    resolver = context.resolver
    floor = paragraph.start  # a pronoun reads the paragraph before its quote, after the last
    for quote in found:
        if quote.cue is not None:
            quote.speaker = resolver.speaker(quote.cue, floor, quote.pair.start)
        floor = quote.pair.end
        yield quote


def continue_speakers(
    found: Iterator[Found], paragraph: Paragraph, context: Context
) -> Iterator[Found]:
    """The finished quotes: a quote without a cue continues the speaker of the quote before
    it when it opens a sentence (``"X," he said. "Y."``), or of the previous paragraph's
    last quote when it opens the paragraph; else its kind says what it is."""
    spoken: Quote | None = None  # the last quote with a speaker so far
    for quote in found:
        pair = quote.pair
        if quote.title and not _continues_as_speech(context.state.text, pair, spoken, quote):
            quote.quote = _quote(context, quote, "title", None, None)
        elif quote.title and spoken is not None:
            # "“…,” the president added. “We're America.”": a sentence in Title Case
            # after a quote with a speaker continues it.
            quote.quote = _quote(context, quote, "direct", spoken.cue, spoken.speaker)
        elif quote.speaker is not None and quote.cue is not None:
            kind = _fragment_kind(context, quote, paragraph.start) if quote.cue.fragment else None
            quote.quote = _quote(context, quote, kind or "direct", quote.cue.cue, quote.speaker)
        else:
            previous = spoken
            if previous is None and pair.start == paragraph.start:
                previous = (
                    context.carried
                    or _reporter(context, quote, paragraph)
                    or _announced(context, quote, paragraph)
                )
            quote.quote = _continued(context, quote, previous, paragraph.start)
        if quote.quote.speaker is not None and not is_chant_cue(quote.quote.cue, context.patterns):
            spoken = quote.quote  # (a crowd's chant: the quote after it is still the speaker's)
        yield quote


def _reporter(context: Context, found: Found, paragraph: Paragraph) -> Quote | None:
    """The speech the paragraph before reports (``She said the process often fails.``), as
    a quote whose speaker a quote opening this paragraph continues."""
    if paragraph.previous_block is None:
        return None
    text = context.state.text
    reported = reported_speech(text, *paragraph.previous_block, context.patterns)
    if reported is None:
        return None
    start = paragraph.previous_block[0]
    speaker = context.resolver.speaker(reported, start, reported.mention_start)
    span = Span(reported.mention_start, reported.mention_start)
    return Quote(text="", kind="direct", cue=reported.cue, speaker=speaker, span=span)


def _announced(context: Context, found: Found, paragraph: Paragraph) -> Quote | None:
    """``“A.”`` / ``“B,” she said.``: a paragraph that is one quote, with no speaker before
    it, takes the attribution of the quote that opens the next paragraph."""
    text, pair, following = context.state.text, found.pair, paragraph.next_block
    if following is None or not pair.closed or text[pair.end : paragraph.end].strip(" .,\n"):
        return None  # the quote does not fill its paragraph
    first = next(pairs(text, following[0], following[1], context.style), None)
    if first is None or first.start != following[0] or not first.closed:
        return None
    announced = attribution_after(text, first, following[1], context.patterns)
    if announced is None:
        return None
    speaker = context.resolver.speaker(announced, following[0], first.start)
    span = Span(announced.mention_start, announced.mention_start)
    return Quote(text="", kind="direct", cue=announced.cue, speaker=speaker, span=span)


def _fragment_kind(context: Context, found: Found, start: int) -> QuoteKind:
    """The kind of a quote that is the object of its speaker's verb (``called the plan
    "…"``): direct when it reads as a sentence of speech, else partial (never a title or a
    scare quote: the verb says whose words they are)."""
    return "direct" if reads_as_speech(context.state.text, found.pair, start) else "partial"


def _continued(context: Context, found: Found, carried: Quote | None, start: int) -> Quote:
    """A quote with no cue of its own: it continues *carried* when it opens a sentence."""
    text, pair = context.state.text, found.pair
    floor = carried.span.end if carried is not None and carried.span.end > start else start
    kind = kind_without_cue(text, pair, floor, context.patterns)
    if carried is not None and _new_lead_in(text, floor, pair.start):
        carried = None
    if carried is not None and (kind == "direct" or _resumes(text, carried, pair)):
        return _quote(context, found, "direct", carried.cue, carried.speaker)
    return _quote(context, found, kind, None, None)


def _new_lead_in(text: str, floor: int, start: int) -> bool:
    """``… "fully back" the governor. From her post: "…"``: a sentence of its own, ending in
    a colon, introduces the quote (someone the cues could not name, not the last speaker)."""
    gap = text[floor:start].rstrip()
    return gap.endswith(":") and ". " in gap


def _resumes(text: str, carried: Quote, pair: Pair) -> bool:
    """``"She is too far behind," said an Iowa Democrat, "and Iowa …"``: the quote resumes
    right after the attribution that split it."""
    speaker = carried.speaker
    if speaker is None or not carried.span.end <= speaker.span.start < pair.start:
        return False
    if pair.start - carried.span.end > _MAX_RESUME_GAP:
        return False
    gap = text[carried.span.end : pair.start].rstrip()
    if gap.endswith(_RESUMING_JOINS):
        gap = gap[: gap.rindex(" ")]  # "“…,” she says, so “try to …”": a joining word
    # (The attribution may hold a long apposition: "said Raffa Pantucci, director of …,".)
    return gap.endswith((",", ":")) and word_count(gap) <= 2 * MAX_SPEAKER_WORDS


def _quote(
    context: Context, found: Found, kind: QuoteKind, cue: str | None, speaker: Speaker | None
) -> Quote:
    state, pair = context.state, found.pair
    end = words_end(state.text, pair, context.patterns.abbreviations)
    return Quote(
        text=state.share(state.source[pair.text_start : end]),
        kind=kind,
        cue=None if cue is None else state.share(cue),
        speaker=speaker,
        span=Span(pair.start, pair.end),
        group=found.group,
    )


def sign_off(text: str, pair: Pair, paragraph: Paragraph, patterns: Patterns) -> Attribution | None:
    """A quote that ends its paragraph, signed on the line below: ``-Jane Roe, tweeting``."""
    if paragraph.next_block is None:
        return None
    end = paragraph.end
    while end > pair.end and text[end - 1] in " .,\n":
        end -= 1
    if end > pair.end:
        return None  # the quote does not end its paragraph
    return sign_off_line(text, *paragraph.next_block, patterns)


def _continues_as_speech(text: str, pair: Pair, spoken: Quote | None, found: Found) -> bool:
    """Whether a quote read as a title is a sentence continuing the quote before it: it ends
    with a full stop and opens a sentence right after that quote's attribution."""
    if spoken is None or found.cue is not None:
        return False
    content = text[pair.text_start : pair.text_end].rstrip()
    return content[-1:] in ".!?" and opens_sentence(text, pair, spoken.span.end)
