"""The groups pass: link the pieces of one quotation (:attr:`copydesk.Quote.group`).

A quotation is printed in several pieces in two ways, and each later piece takes the group of
the piece before it:

- **split around its attribution**: ``“We will,” she said, “and soon.”`` (or, in British
  style, ``‘We will’, she said, ‘and soon.’``). The first piece does not end its sentence, its
  own attribution follows it, a comma ends that attribution, and the next piece has no other
  attribution.
- **running over paragraphs**: a paragraph's last quote is left open (no closing mark) and the
  next paragraph opens with a mark again.

Every other quote begins a quotation of its own; quotations are numbered from 0 in reading
order of their first pieces.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.steps.quotes.passes import Context, Found, Paragraph
from copydesk.steps.quotes.phrases import MAX_SPEAKER_WORDS
from copydesk.steps.quotes.words import word_count

# The attribution between two pieces of one sentence is short: at most this many characters.
_MAX_SPLIT_GAP = 200
# Characters that end a sentence inside a quote (the piece is whole, not split).
_SENTENCE_ENDS = ".!?…"
# Closing marks of a quotation nested at the end of a piece (read past for its punctuation).
_NESTED_CLOSERS = "'’\"”»› "


def link_pieces(found: Iterator[Found], paragraph: Paragraph, context: Context) -> Iterator[Found]:
    """Give each quote its group: the group of the piece it continues, or a new one."""
    text = context.state.text
    before: Found | None = None  # the quote before, in this paragraph
    for quote in found:
        continued: Found | None = None
        if quote.title:
            pass
        elif before is None:
            running = context.running  # the open quote of the paragraph before
            if running is not None and quote.pair.start == paragraph.start and not running.title:
                continued = running
        elif _resumes_after_attribution(text, before, quote):
            continued = before
        if continued is not None and continued.group is not None:
            quote.group = continued.group
        else:
            quote.group = context.quotations
            context.quotations += 1
        before = quote
        yield quote
    context.running = before if before is not None and not before.pair.closed else None


def _resumes_after_attribution(text: str, before: Found, quote: Found) -> bool:
    """``“We will,” she said, “and soon.”``: *quote* resumes the sentence of *before* right
    after the attribution that split it."""
    cue, speaker, own = before.cue, before.speaker, quote.attribution
    if before.title or cue is None or not cue.after:
        return False
    if own is not None and (own.after or own.mention_start != cue.mention_start):
        return False  # an attribution of its own, not the one that split the sentence
    if speaker is None or not before.pair.end <= speaker.span.start < quote.pair.start:
        return False
    if quote.pair.start - before.pair.end > _MAX_SPLIT_GAP:
        return False
    gap = text[before.pair.end : quote.pair.start].rstrip()
    if not gap.endswith(",") or word_count(gap) > 2 * MAX_SPEAKER_WORDS + 2:
        return False
    words = text[before.pair.text_start : before.pair.text_end].rstrip(_NESTED_CLOSERS)
    return words[-1:] not in _SENTENCE_ENDS
