"""Labelling an accepted dateline: split it off its block and build the :class:`Dateline`.

The dateline is split off its block (:meth:`ParseState.split_block`) and labelled
``dateline``, so the first body paragraph starts with the lede.
"""

from __future__ import annotations

from copydesk._models import Dateline, Span
from copydesk._state import Block, ParseState
from copydesk.reading.dates import resolved
from copydesk.steps.dateline.parts import LINE_END, Candidate, agency_line
from copydesk.steps.dateline.words import spelled_out

__all__ = ["label"]


def label(state: ParseState, index: int, block: Block, candidate: Candidate) -> None:
    """Label the dateline *candidate* read at the start of *block* (at *index*)."""
    end = candidate.end
    # Trailing spaces of the separator are not part of the dateline.
    while end > candidate.start and state.text[end - 1] in " \n":
        end -= 1
    if LINE_END.fullmatch(state.text, end, block.end) is None:
        head, rest = state.split_block(index, end)
        if not rest.is_body:
            state.mark_body(rest)  # the lede of a block the page classifier guessed was chrome
    else:
        head = _with_agency_line(state, index, block, candidate)
    state.mark(head, "dateline", _model(state, candidate, Span(head.start, head.end)))


def _with_agency_line(state: ParseState, index: int, block: Block, candidate: Candidate) -> Block:
    """A dateline on its own line may have its agency on the next: "VENTURA, Calif." / "(AP)",
    or "(AP) —"."""
    if candidate.agency is not None or index + 1 >= len(state.blocks):
        return block
    following = state.blocks[index + 1]
    if not following.is_body:
        return block
    tag = agency_line(state, following.start, following.end)
    if tag is None:
        return block
    candidate.agency = tag.group("agency")
    return state.merge_blocks(index, index + 1)


def _model(state: ParseState, candidate: Candidate, span: Span) -> Dateline:
    source = state.source
    lexicon = state.lexicon
    location = city = region = None
    if candidate.place is not None:
        location = _clean(source[candidate.place.start() : candidate.location_end])
        city = _clean(candidate.place.group("place"))
        if candidate.regions:
            region = spelled_out(lexicon, _clean(candidate.regions[-1].group("region")))
    date_text = date = None
    if candidate.date is not None:
        date_text = _clean(candidate.date.group("date"))
        date = resolved(lexicon, candidate.date, state.reference_date)
    agency = None
    if candidate.agency is not None:
        printed = " ".join(candidate.agency.split())
        agency = lexicon.agency(printed) or printed
    return Dateline(
        text=span.slice(source),
        location=location,
        city=city,
        region=region,
        date_text=date_text,
        date=date,
        agency=agency,
        span=span,
    )


def _clean(text: str) -> str:
    return " ".join(text.split())
