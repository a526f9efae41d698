"""Labelling an accepted dateline: split it off its block and build the :class:`Dateline`.

The dateline is split off its block (:meth:`ParseState.split_block`) and labelled
``dateline``, so the first body paragraph starts with the lede.
"""

from __future__ import annotations

from copydesk._models import Dateline, Span
from copydesk._state import Block, ParseState
from copydesk.reading.dates import resolved
from copydesk.steps.dateline.parts import (
    LINE_END,
    MAX_BARE_AGENCY_CHARS,
    Candidate,
    agency_lines,
)
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
        if state.source[end - 1] == "&" and state.text[end - 1] != "&":
            # A dash printed as an entity ("&mdash;") is read as the dash padded with spaces
            # (normalize): the dateline ends with the whole entity.
            head.end = state.source.index(";", end) + 1
    else:
        head = _with_agency_line(state, index, block, candidate)
    head = _with_agency_name_above(state, index, head, candidate)
    state.mark(head, "dateline", _model(state, candidate, Span(head.start, head.end)))


def _with_agency_line(state: ParseState, index: int, block: Block, candidate: Candidate) -> Block:
    """A dateline on its own line may have its agency on the next: "VENTURA, Calif." / "(AP)",
    or "(AP) —"; or on the next two, the bare name and its dash: "CNN" / "—"."""
    if candidate.agency is not None:
        return block
    tag_lines = agency_lines(state, index)
    if tag_lines is None:
        return block
    candidate.agency, last = tag_lines
    return state.merge_blocks(index, last)


def _with_agency_name_above(
    state: ParseState, index: int, head: Block, candidate: Candidate
) -> Block:
    """Papers print the wire's name alone on the line above a dateline without a tag: "PTI" /
    "MUMBAI, Nov 2: ...", "The Associated Press" / "WASHINGTON — ...". A known agency's name
    there (a body paragraph: a photo agency's line is a credit) joins the dateline."""
    if candidate.agency is not None or index == 0:
        return head
    above = state.blocks[index - 1]
    if not above.is_body:
        return head
    name = state.block_text(above).strip()
    if len(name) > MAX_BARE_AGENCY_CHARS or state.lexicon.agency(name) is None:
        return head
    candidate.agency = name
    return state.merge_blocks(index - 1, index)


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
