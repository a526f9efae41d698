"""The passes of the quotes step, each a function of one paragraph's record.

The step runs them in the order of :data:`copydesk.steps.quotes.PASSES` on every body
paragraph that holds a quotation mark; each pass reads what the passes before it wrote in the
:class:`Paragraph` and adds its own part. What one paragraph hands to the next (the speaker
a quote opening the next paragraph continues) lives in the :class:`Context`.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from copydesk._models import Quote, Span, Speaker
from copydesk._state import ParseState
from copydesk.steps.quotes.after import attribution_after
from copydesk.steps.quotes.before import attribution_before
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.kinds import is_title, kind_without_cue, opens_sentence
from copydesk.steps.quotes.marks import Pair, pairs
from copydesk.steps.quotes.phrases import MAX_SPEAKER_WORDS, Attribution
from copydesk.steps.quotes.speakers import Resolver
from copydesk.steps.quotes.words import word_count

# A quote resumes after the attribution that split it when the gap is at most this long.
_MAX_RESUME_GAP = 200


@attrs.define
class Context:
    """What the passes share over the whole article."""

    state: ParseState
    patterns: Patterns
    resolver: Resolver
    carried: Quote | None = None
    """The last quote with a speaker in the paragraph before (a quote opening this one may
    continue it)."""


@attrs.define
class Paragraph:
    """One body paragraph and what the passes found in it, one entry per quote."""

    start: int
    end: int
    lead_in: int
    """Where a cue before the first quote may begin: the previous paragraph's start when
    that paragraph ends with a colon (``Cruz continued:``), else :attr:`start`."""
    pairs: list[Pair] = attrs.field(factory=list)
    titles: list[bool] = attrs.field(factory=list)
    attributions: list[Attribution | None] = attrs.field(factory=list)
    """Each quote's own cue and speaker phrase."""
    cues: list[Attribution | None] = attrs.field(factory=list)
    """The cue each quote takes: its own, or the next quote's (``"A." "B," he said.``)."""
    speakers: list[Speaker | None] = attrs.field(factory=list)
    quotes: list[Quote] = attrs.field(factory=list)


#: A pass: reads and adds to one paragraph's record.
Pass = Callable[[Paragraph, Context], None]


def find_quote_spans(paragraph: Paragraph, context: Context) -> None:
    """Pair the paragraph's quotation marks into quote spans."""
    paragraph.pairs = pairs(context.state.text, paragraph.start, paragraph.end)


def find_titles(paragraph: Paragraph, context: Context) -> None:
    """Quoted titles (``"Face the Nation"``): never attributed."""
    text = context.state.text
    paragraph.titles = [is_title(text[pair.text_start : pair.text_end]) for pair in paragraph.pairs]


def read_cues(paragraph: Paragraph, context: Context) -> None:
    """The cue and speaker phrase right after each quote, else right before it."""
    text, patterns, found = context.state.text, context.patterns, paragraph.pairs
    for index, pair in enumerate(found):
        if paragraph.titles[index]:
            paragraph.attributions.append(None)
            continue
        limit = found[index + 1].start if index + 1 < len(found) else paragraph.end
        if index:
            floor = found[index - 1].end
        else:
            floor = paragraph.lead_in if pair.start == paragraph.start else paragraph.start
        attribution = attribution_after(text, pair, limit, patterns) if pair.closed else None
        if attribution is None:
            # After an earlier quote of the paragraph, a sentence-opening quote continues
            # it instead.
            attribution = attribution_before(
                text, pair, floor, patterns, previous_sentence=index == 0
            )
        paragraph.attributions.append(attribution)


def share_cues(paragraph: Paragraph, context: Context) -> None:
    """``"A." "B," he said.``: a quote without a cue takes the cue of the next one in its
    run of sentences."""
    text, found, own = context.state.text, paragraph.pairs, paragraph.attributions
    paragraph.cues = list(own)
    for index, pair in enumerate(found[:-1]):
        if own[index] is not None or paragraph.titles[index]:
            continue
        following, next_pair = own[index + 1], found[index + 1]
        floor = found[index - 1].end if index else paragraph.start
        if following is None or not following.after or not opens_sentence(text, pair, floor):
            continue
        content = text[pair.text_start : pair.text_end].rstrip()
        if text[pair.end : next_pair.start].strip() or content[-1:] not in ".!?…":
            continue
        paragraph.cues[index] = following


def resolve_speakers(paragraph: Paragraph, context: Context) -> None:
    """Each cue's speaker, its pronoun or short name resolved to a full name (in text order:
    a pronoun stands for a speaker named before it)."""
    resolver = context.resolver
    paragraph.speakers = [None if cue is None else resolver.speaker(cue) for cue in paragraph.cues]


def continue_speakers(paragraph: Paragraph, context: Context) -> None:
    """The paragraph's quotes: a quote without a cue continues the speaker of the quote
    before it when it opens a sentence (``"X," he said. "Y."``), or of the previous
    paragraph's last quote when it opens the paragraph; else its kind says what it is."""
    state = context.state
    spoken: Quote | None = None  # the last quote with a speaker so far
    for index, pair in enumerate(paragraph.pairs):
        speaker, cue = paragraph.speakers[index], paragraph.cues[index]
        if paragraph.titles[index]:
            quote = _quote(state, pair, "title", None, None)
        elif speaker is not None and cue is not None:
            quote = _quote(state, pair, "direct", cue.cue, speaker)
        else:
            previous = (
                spoken if spoken else context.carried if pair.start == paragraph.start else None
            )
            quote = _continued(state, pair, previous, paragraph.start, context.patterns)
        paragraph.quotes.append(quote)
        if quote.speaker is not None:
            spoken = quote


def _continued(
    state: ParseState, pair: Pair, carried: Quote | None, start: int, patterns: Patterns
) -> Quote:
    """A quote with no cue of its own: it continues *carried* when it opens a sentence."""
    text = state.text
    floor = carried.span.end if carried is not None and carried.span.end > start else start
    kind = kind_without_cue(text, pair, floor, patterns)
    if carried is not None and (kind == "direct" or _resumes(text, carried, pair)):
        return _quote(state, pair, "direct", carried.cue, carried.speaker)
    return _quote(state, pair, kind, None, None)


def _resumes(text: str, carried: Quote, pair: Pair) -> bool:
    """``"She is too far behind," said an Iowa Democrat, "and Iowa …"``: the quote resumes
    right after the attribution that split it."""
    speaker = carried.speaker
    if speaker is None or not carried.span.end <= speaker.span.start < pair.start:
        return False
    if pair.start - carried.span.end > _MAX_RESUME_GAP:
        return False
    gap = text[carried.span.end : pair.start].rstrip()
    return gap.endswith((",", ":")) and word_count(gap) <= MAX_SPEAKER_WORDS


def _quote(
    state: ParseState, pair: Pair, kind: str, cue: str | None, speaker: Speaker | None
) -> Quote:
    return Quote(
        text=state.share(state.source[pair.text_start : pair.text_end]),
        kind=kind,
        cue=None if cue is None else state.share(cue),
        speaker=speaker,
        span=Span(pair.start, pair.end),
    )
