"""Credits printed on the line above a caption: ``Andrea Doe`` / the caption, ``ELAINE DOE
Associated Press`` / its sentence."""

from __future__ import annotations

import regex

from copydesk._models import Caption
from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import (
    CreditParts,
    agency_code,
    credit_words,
    known_agency,
    read_parts,
)
from copydesk.reading.names import parse_names
from copydesk.steps.captions.wording import (
    BY,
    MAX_CREDIT_LINE_CHARS,
    credit_at,
    one_sentence,
    sentence_abbreviations,
)

__all__ = ["credit_lines_above"]

# "Kevork Doe, file" / "Andrea Doe": a photographer's name, maybe marked a file photo.
_FILE_TAIL = regex.compile(r",?\s*(?i:file(?: photo)?)$")
_MAX_CREDIT_NAME_WORDS = 4
# "ELAINE DOE Associated Press": a name in capitals, then the agency in mixed case.
_CAPITAL_NAME_AND_AGENCY = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*){1,3}),?\s"
    r"(?P<agency>\p{Lu}[\p{L}.&-]*\p{Ll}[\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3})"
)
_MAX_CAPTION_UNDER_CREDIT_WORDS = 40


def credit_lines_above(state: ParseState) -> None:
    """Join a credit printed on the line above a caption to it: a photographer's name
    (``Andrea Doe``, ``Kevork Doe, file``) above a caption found without credit, or a name
    in capitals with an agency (``ELAINE DOE Associated Press``) above a sentence.

    A writer's byline is taken by the bylines step before this runs; a bare name left
    right above a caption is the photographer's.
    """
    index = len(state.blocks) - 1
    while index >= 1:
        block, above = state.blocks[index], state.blocks[index - 1]
        caption = block.finding if isinstance(block.finding, Caption) else None
        uncredited = caption is not None and caption.credit is None
        # Under most lines of a page stands neither a caption nor the body: tested first.
        short = above.end - above.start <= MAX_CREDIT_LINE_CHARS
        if (uncredited or block.is_body) and short and above.claimable:
            credit_line = state.block_text(above)
            if "\n" not in credit_line and (
                (uncredited and _names_photographer(state.lexicon, credit_line))
                or (block.is_body and _credits_agency_photographer(state, credit_line, block))
            ):
                _join_credit_above(state, index)
        index -= 1


def _names_photographer(lexicon: Lexicon, text: str) -> bool:
    """Whether *text* is one person's name, maybe marked a file photo: ``Kevork Doe, file``."""
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    name = _FILE_TAIL.sub("", text)
    words = name.split()
    if not 2 <= len(words) <= _MAX_CREDIT_NAME_WORDS or BY.match(text):
        return False
    photo_words = credit_words(lexicon).photo_words
    if any(word.casefold() in photo_words for word in words):
        return False  # "View Larger Image": the photo's button
    return len(parse_names(name, lexicon)) == 1


def _credits_agency_photographer(state: ParseState, text: str, block: Block) -> bool:
    """Whether *text* is ``ELAINE DOE Associated Press`` (a known agency) and *block* a
    caption's one sentence under it."""
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    match = _CAPITAL_NAME_AND_AGENCY.fullmatch(text)
    if match is None or known_agency(state.lexicon, match.group("agency")) is None:
        return False
    if len(parse_names(match.group("name"), state.lexicon)) != 1:
        return False
    sentence = state.block_text(block)
    words = sentence.split()
    return (
        "\n" not in sentence
        and len(words) <= _MAX_CAPTION_UNDER_CREDIT_WORDS
        and one_sentence(sentence_abbreviations(state.lexicon), sentence)
    )


def _join_credit_above(state: ParseState, index: int) -> None:
    """Merge the credit line ``blocks[index - 1]`` with the caption under it."""
    above = state.blocks[index - 1]
    text = state.block_text(above)
    capitals = _CAPITAL_NAME_AND_AGENCY.fullmatch(text)
    if capitals is not None:
        # "ELAINE DOE Associated Press": no mark splits the name from the agency.
        parts = CreditParts(
            names=list(parse_names(capitals.group("name"), state.lexicon)),
            agency=agency_code(state.lexicon, capitals.group("agency")),
        )
    else:
        parts = read_parts(state.lexicon, text)
    credit = credit_at(state, parts, above.start, above.end)
    merged = state.merge_blocks(index - 1, index)
    caption = Caption(text=state.source_text(merged), credit=credit, span=merged.span)
    state.mark(merged, "caption", caption)
