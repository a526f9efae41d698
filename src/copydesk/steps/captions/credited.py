"""The ``captions`` step's passes: find each body block's credit, then label its caption.

A block is a caption when it ends in a credit or is one (:mod:`.tails`), opens with one
(``STAFF PHOTO BY JANE DOE Fans wait outside.``), or holds a caption line glued above the
story; a few credit forms the tail patterns do not read are found here too (a credit line
glued under its caption, a bare agency after the last sentence, ``Jane Doe, AP`` under a
caption's sentence).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from copydesk._models import Caption, Credit, Span
from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import known_agency, read_parts
from copydesk.reading.names import parse_names
from copydesk.steps.captions.tails import (
    CreditPatterns,
    credit_patterns,
    may_hold_credit,
    standalone_credit,
    tail_credit,
)
from copydesk.steps.captions.widgets import picture_lines
from copydesk.steps.captions.wording import (
    BY,
    MAX_CAPTION_LINE_CHARS,
    STOP_INSIDE,
    PlacedCredit,
    one_sentence,
    sentence_abbreviations,
)

__all__ = ["Found", "find_credits", "label_captions"]

# Captions are short paragraphs; a longer block ending in a credit-like run is prose.
_MAX_CAPTION_CHARS = 1200

# "FILE PHOTO - Fans wait outside ...": a caption that opens by marking a file photo.
_CAPTION_FILE_PREFIX = regex.compile(r"(?:FILE|File)(?: PHOTO| Photo)?\s*[-–—:]")


def find_credits(state: ParseState, found: list[Found]) -> None:
    """Add to *found* the credit of every body block that has one, in block order.

    Each block is tried form by form: a credit at its end, a credit-only line (or one
    glued under its caption line), a bare agency after its last sentence, ``Jane Doe, AP``
    under a caption's sentence; then a labelled caption under the credit line just found,
    a credit that opens the block, a caption line glued above the story.
    """
    patterns = credit_patterns(state.lexicon)
    first_body = next((index for index, _ in state.body_blocks()), None)
    last_body = _last_body_index(state)
    for ordinal, (index, block) in enumerate(state.body_blocks()):
        if block.end - block.start > _MAX_CAPTION_CHARS:
            continue
        # Most blocks of a page hold no credit mark: then no credit pattern (at the end, on
        # a line of its own, at the end of a line) can match any part of them, and one test
        # of the block spares a test per form and per line.
        text = state.block_text(block)
        marked = may_hold_credit(text)
        credit = tail_credit(state, patterns, block) if marked else None
        if credit is None and marked and index != first_body:
            # The first line of a text is where its headline stands: "TALKING POINT/AMERICAN
            # EXPRESS" there is a headline, however much it looks like a credit-only line.
            credit = standalone_credit(state, patterns, block) or _last_line_credit(
                state, patterns, block
            )
        # Near the top of the story "By Jane Doe, AP" or "Associated Press" under the
        # standfirst's sentence is the story's byline: only further down a caption's credit.
        near_top = ordinal < _MIN_COMMA_CREDIT_ORDINAL
        if credit is None and index not in (first_body, last_body):
            credit = _bare_agency_credit(state, block, text, near_top=near_top)
        if credit is None and not near_top and index != last_body:
            # "Workers repair the road." / "ASSOCIATED PRESS": an agency alone under a
            # caption's sentence (alone elsewhere, it is a byline).
            credit = _agency_under_sentence(state, index, block, text)
        if (
            credit is None
            and ordinal >= _MIN_COMMA_CREDIT_ORDINAL
            # (The cheap test first: "Jane Doe, AP" holds one comma, as the pattern asks.)
            and text.count(",") == 1
            and _sentence_above(state, index)
        ):
            credit = _name_comma_agency(state, block)
        if credit is not None and credit.start == block.start and _lone_courtesy(state, index):
            credit = None  # "Courtesy of WXYZ-TV" alone: a video's or a chart's credit as often
        if credit is not None:
            found.append(Found.of(state, index, credit, credit.start == block.start, block))
            continue
        if found and _caption_under_credit_line(state, found[-1], index):
            # "Image copyright Getty Images" / "Image caption The band ...", "Getty Images"
            # / "Smoke drifts over the city.": one caption, its credit printed above.
            found[-1] = found[-1]._replace(
                block_index=index, credit_only=True, caption_end=block.end, joins_above=True
            )
            continue
        leading = _leading_credit(state, patterns, block, text) or (
            _line_credit(state, patterns, block) if marked else None
        )
        if leading is not None:
            credit, credit_only, caption_end = leading
            found.append(Found.of(state, index, credit, credit_only, block, caption_end))


def label_captions(state: ParseState, found: list[Found]) -> None:
    """Label the caption of every credit in *found* (emptied as it goes).

    Backwards, so that merging a credit line with the line above keeps indices valid. The
    blocks past the one at hand are set aside first: a merge or split then changes the end
    of the list, which costs nothing, where one in the middle moves every block after it
    (a text of thousands of credit lines took time quadratic in their number).
    """
    blocks = state.blocks
    set_aside: list[Block] = []
    while found:
        record = found.pop()  # each record goes once used
        index = record.block_index
        while len(blocks) > index + 1:
            set_aside.append(blocks.pop())
        if record.credit_only and (record.joins_above or _caption_line_above(state, index)):
            index -= 1
            state.merge_blocks(index, index + 1)
        if record.caption_end < state.blocks[index].end:
            state.split_block(index, record.caption_end)  # the story goes on under the caption
        block = state.blocks[index]
        if found and found[-1].block_index == index:
            # The next record's credit stands in this very block (a run of credit lines,
            # each merged with the line above): it merges, cuts or labels the block again,
            # so the caption made here would be dropped at once. Only the label stays.
            block.label, block.kind, block.finding, block.guessed = "caption", None, None, False
            continue
        file_photo = _CAPTION_FILE_PREFIX.match(state.block_text(block)) is not None
        caption = Caption(
            text=state.source_text(block), credit=record.credit(state, file_photo), span=block.span
        )
        state.mark(block, "caption", caption)
    blocks.extend(reversed(set_aside))


class Found(NamedTuple):
    """A credit found by the first pass of `captions`, kept until the backward pass labels
    its caption: the credit's parts and offsets, not the `Credit` itself. A text of credit
    lines held a model, its text and its span per line until the last was labelled (33
    bytes per character at the peak; the records, each dropped once used, 18).

    The finders return a `PlacedCredit`: the text is the source at the span.
    """

    block_index: int
    start: int
    end: int
    names: tuple[str, ...]
    agency: str | None
    file_photo: bool
    credit_only: bool
    """Whether the block is only the credit."""
    caption_end: int
    """Where the caption ends."""
    joins_above: bool = False
    """Whether the block is a caption under its credit-only line, the block above."""

    @classmethod
    def of(
        cls,
        state: ParseState,
        index: int,
        credit: PlacedCredit,
        credit_only: bool,
        block: Block,
        caption_end: int | None = None,
    ) -> Found:
        """The record of *credit*, found in *block*; the caption ends with the block unless
        *caption_end* says otherwise."""
        parts = credit.parts
        return cls(
            index,
            # The block's own offsets where they are the credit's (a credit-only line): a
            # record then holds no int objects of its own.
            block.start if credit.start == block.start else credit.start,
            block.end if credit.end == block.end else credit.end,
            # One tuple for the credits that name the same people (a page of photo credits).
            state.share(tuple(parts.names)),
            parts.agency,
            parts.file_photo,
            credit_only,
            block.end if caption_end is None else caption_end,
        )

    def credit(self, state: ParseState, file_photo: bool) -> Credit:
        """The `Credit` again; *file_photo* when the caption opens with ``FILE PHOTO -``."""
        return Credit(
            text=state.source[self.start : self.end],
            names=self.names,
            agency=self.agency,
            file_photo=self.file_photo or file_photo,
            span=Span(self.start, self.end),
        )


def _leading_credit(
    state: ParseState, patterns: CreditPatterns, block: Block, text: str
) -> tuple[PlacedCredit, bool, int] | None:
    """A credit that opens the caption (*text*, the block's): ``STAFF PHOTO BY JANE DOE
    Fans wait outside.``

    The caption is the first line; a paragraph glued under it stays in the story.
    """
    match = patterns.leading.match(text)
    if match is None:
        return None
    line_end = text.find("\n")
    caption_end = block.end if line_end < 0 else block.start + line_end
    start = block.start
    end = start + len(match.group().rstrip())
    parts = read_parts(state.lexicon, state.text[start:end])
    if not parts.names:
        return None
    return PlacedCredit(parts, start, end), False, caption_end


def _line_credit(
    state: ParseState, patterns: CreditPatterns, block: Block
) -> tuple[PlacedCredit, bool, int] | None:
    """A caption glued above the story in one block: ``Troops patrol the town [EPA]`` /
    ``The army said on Monday ...``: the lines down to the one ending in a credit.

    The caption ends at that line; the story under it stays in the body.
    """
    text = state.block_text(block)
    line_end = text.find("\n")
    while 0 <= line_end <= MAX_CAPTION_LINE_CHARS:
        line = Block(block.start, block.start + line_end)
        credit = tail_credit(state, patterns, line)
        if credit is not None:
            return credit, False, line.end
        line_end = text.find("\n", line_end + 1)
    return None


def _caption_line_above(state: ParseState, index: int) -> bool:
    """Whether the line right above a credit-only line (no blank line between) is its
    caption: ``Air pollution is surging in Delhi.`` / ``Jane Doe/Getty Images``."""
    if index == 0:
        return False
    above, credit = state.blocks[index - 1], state.blocks[index]
    if not above.is_body or above.end - above.start > MAX_CAPTION_LINE_CHARS:
        return False
    if state.text.count("\n", above.end, credit.start) != 1:
        return False
    # "Enlarge This Image" / "Jane Doe/Reuters" / the caption: a photo's button above the
    # credit line is no caption; the caption is the line under the credit.
    return not picture_lines(state.lexicon).is_above(state.block_text(above))


# ------------------------------------------------------------------ credits glued or bare

# A caption ending in a bare agency ("... its effect. Getty") is a few sentences at most.
_MAX_BARE_CREDIT_CAPTION_CHARS = 400
_MAX_BARE_CREDIT_CAPTION_STOPS = 2
_MIN_BARE_CREDIT_CAPTION_WORDS = 4
# ... and some of them in lower case: it describes something.
_MIN_BARE_CREDIT_LOWER_WORDS = 2
_LOWER_CASE_WORD = regex.compile(r"\b\p{Ll}+\b")


def _last_body_index(state: ParseState) -> int | None:
    """The index of the last block still labelled body (a walk back from the end)."""
    for index in range(len(state.blocks) - 1, -1, -1):
        if state.blocks[index].is_body:
            return index
    return None


# "By Jane Doe", "Posted by Jane Doe", "Story and photos by": a byline's lead.
_BYLINE_LEAD = regex.compile(r"(?:[\w&]+\s){0,3}(?i:by)\s")


def _last_line_credit(
    state: ParseState, patterns: CreditPatterns, block: Block
) -> PlacedCredit | None:
    """A caption line and its credit-only line in one block: ``Smoke drifts over the
    city.`` / ``Jane Doe/Daily Times/Getty Images`` (the credit line alone would be
    found; glued under its caption, no tail pattern reads it)."""
    text = state.block_text(block)
    line_start = text.rfind("\n") + 1
    if line_start == 0 or line_start > MAX_CAPTION_LINE_CHARS or "\n" in text[: line_start - 1]:
        return None
    if _BYLINE_LEAD.match(text):
        return None  # "Posted by Jane Doe on May 2" / "Getty Images": a byline, then a photo
    return standalone_credit(state, patterns, Block(block.start + line_start, block.end))


# "Courtesy of the city", "(Courtesy of Acme)": who lent something, no photo word.
_COURTESY = regex.compile(r"\(?(?:Courtesy|COURTESY)\b")


def _lone_courtesy(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a ``Courtesy of …`` line without a photo word and without
    a caption line glued above it: it may credit a video, a chart or a table as well, and
    only beside a caption's line is it a photo's credit."""
    return _COURTESY.match(state.block_text(state.blocks[index])) is not None and not (
        _caption_line_above(state, index)
    )


def _agency_under_sentence(
    state: ParseState, index: int, block: Block, text: str
) -> PlacedCredit | None:
    """An agency alone on the line under a caption's sentence: the line a block of its own
    (see :func:`_sentence_above`), or the last of a block of two lines (*text*, the
    block's)."""
    # Either way the agency's line is the block's last line, and no longer than a bare
    # agency's line may be: most blocks (a paragraph) are done with here, before the
    # blocks around them are read.
    if len(text) - text.rfind("\n") - 1 > _MAX_BARE_AGENCY_LINE_CHARS:
        return None
    if _sentence_above(state, index):
        return _bare_agency_line(state, block)
    first, newline, last = text.partition("\n")
    if not newline or "\n" in last or not _caption_sentence(state, first, min_words=True):
        return None
    return _bare_agency_line(state, Block(block.end - len(last), block.end))


def _bare_agency_line(state: ParseState, line: Block) -> PlacedCredit | None:
    """A line that is one of the lexicon's ``bare_caption_credits`` alone, in any case
    (``AP``, ``Associated Press``, ``The Associated Press``, ``REUTERS``); the caller has
    seen a caption's sentence right above it."""
    text = state.block_text(line)
    if len(text) > _MAX_BARE_AGENCY_LINE_CHARS:
        return None  # (the cheap test first)
    bare = state.lexicon.cached("captions.bare_credit_lines", _bare_credit_lines)
    if regex.sub(r"^(?i:the)\s+", "", text).casefold() not in bare:
        return None
    return PlacedCredit(read_parts(state.lexicon, text), line.start, line.end)


_MAX_BARE_AGENCY_LINE_CHARS = 40


def _bare_credit_lines(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(agency.casefold() for agency in lexicon.bare_caption_credits)


# "Jane Doe, AP" on its own line is a byline at the top of a story: only a line further
# down (this many body blocks from the first) may be a caption's credit.
_MIN_COMMA_CREDIT_ORDINAL = 4
_MIN_CAPTION_SENTENCE_WORDS = 6


def _sentence_above(state: ParseState, index: int) -> bool:
    """Whether right above ``blocks[index]`` (no blank line between) stands a caption's
    sentence: a short body line ending in a period."""
    if index == 0 or not _caption_line_above(state, index):
        return False
    above = state.block_text(state.blocks[index - 1])
    return (
        "\n" not in above
        and above.endswith(".")
        and len(above.split()) >= _MIN_CAPTION_SENTENCE_WORDS
    )


# "Jane Doe, AP": a photographer and a known agency, on the line under a caption.
_NAME_COMMA_AGENCY = regex.compile(r"(?P<name>[^,\n]{3,40}),\s(?P<agency>[^,\n]{2,30})")


def _name_comma_agency(state: ParseState, line: Block) -> PlacedCredit | None:
    """``Jane Doe, AP`` under a caption's sentence (a byline's shape too, so only under a
    sentence, glued to it, with an agency the lexicon knows)."""
    match = _NAME_COMMA_AGENCY.fullmatch(state.block_text(line))
    if match is None or known_agency(state.lexicon, match.group("agency")) is None:
        return None
    if BY.match(match.group("name")) or len(parse_names(match.group("name"), state.lexicon)) != 1:
        return None
    parts = read_parts(state.lexicon, state.block_text(line))
    return PlacedCredit(parts, line.start, line.end)


def _bare_agency_credit(
    state: ParseState, block: Block, text: str, *, near_top: bool
) -> PlacedCredit | None:
    """An agency printed bare after a short caption's last sentence: ``A stock image of a
    coffee cup. Researchers looked at its effect. Getty``, ``... on Monday (AFP)`` (not
    ``... said AP.``, which ends in a period; the caller skips the last body block, where a
    sign-off may stand)."""
    if block.end - block.start > _MAX_BARE_CREDIT_CAPTION_CHARS:
        return None
    if "\n" in text or not text[:1].isupper():
        return None
    if not text.endswith(state.lexicon.cached("captions.bare_credit_ends", _bare_credit_ends)):
        return None  # the pattern's own test, cheaper than its search over the whole line
    match = state.lexicon.cached("captions.bare_credit", _bare_credit_pattern).search(text)
    if match is None:
        return None
    sentences = text[: match.start()]
    if len(sentences.split()) < _MIN_BARE_CREDIT_CAPTION_WORDS:
        return None
    if len(_LOWER_CASE_WORD.findall(sentences)) < _MIN_BARE_CREDIT_LOWER_WORDS:
        return None  # "SEATTLE Jan 14, 2008 (AP)": a dateline describes nothing
    if len(STOP_INSIDE.findall(sentences)) > _MAX_BARE_CREDIT_CAPTION_STOPS:
        return None
    name = match.group("name")
    if name is not None and (near_top or len(parse_names(name, state.lexicon)) != 1):
        return None  # "... on Monday. Jane Doe, AP": one photographer, below the top
    start = block.start + match.start("credit")
    parts = read_parts(state.lexicon, state.text[start : block.end])
    return PlacedCredit(parts, start, block.end)


def _bare_credit_ends(lexicon: Lexicon) -> tuple[str, ...]:
    """How a block ending in a bare agency ends: ``Getty``, ``(Getty)``."""
    agencies = lexicon.bare_caption_credits
    return (*agencies, *(f"({agency})" for agency in agencies))


def _bare_credit_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    agencies = sorted(lexicon.bare_caption_credits, key=len, reverse=True)
    names = "|".join(regex.escape(agency) for agency in agencies)
    # "... its effect. Getty", or in brackets after the last word: "... on Monday (AFP)";
    # or with the photographer before a comma, maybe led by "By" ("... on Monday. By Jane
    # Doe, AP"). (Not past a dash: "... on Monday. -- Associated Press" signs a brief.)
    return regex.compile(
        rf"(?:(?<=[.!?][\"”’]?)\s+(?:(?:By|BY)\s+(?=[^\n,]+,\s))?"
        rf"(?P<credit>(?:(?P<name>\p{{Lu}}[^\n,.!?]{{2,40}}),\s)?(?:{names}))"
        rf"|\s+(?P<credit>\((?:{names})\)))$"
    )


# A caption printed under its credit line is one sentence of a few words (a story's first
# paragraph under a photo's credit is longer, or more than one sentence).
_MAX_CAPTION_UNDER_CREDIT_WORDS = 30


def _caption_under_credit_line(state: ParseState, credit_line: Found, index: int) -> bool:
    """Whether ``blocks[index]`` is the caption of the credit-only line found just before,
    printed above it: a labelled caption (``Image caption The band ...``, a blank line
    between them or none), or one sentence right under a credit line (no blank line
    between) that has no caption line of its own above."""
    above_index = credit_line.block_index
    if not credit_line.credit_only or above_index != index - 1 or credit_line.joins_above:
        return False
    above, block = state.blocks[above_index], state.blocks[index]
    text = state.block_text(block)
    if "\n" in text or block.end - block.start > MAX_CAPTION_LINE_CHARS:
        return False
    breaks = state.text.count("\n", above.end, block.start)
    if picture_lines(state.lexicon).label.match(text) is not None:
        return breaks <= 2
    return (
        breaks == 1
        and not _caption_line_above(state, above_index)
        and _caption_sentence(state, text)
    )


def _caption_sentence(state: ParseState, text: str, *, min_words: bool = False) -> bool:
    """Whether *text* reads as a caption's one sentence: capitalised, a few words, a stop
    at its end (a line without one under a credit is a teaser's title: ``Jane Doe/Reuters``
    / ``Mayor wins second term``), no second sentence or quotation (*min_words*: and
    :data:`_MIN_CAPTION_SENTENCE_WORDS` words at least)."""
    words = len(text.split())
    return (
        text[:1].isupper()
        and "\n" not in text
        and text.endswith((".", "!"))
        and words <= _MAX_CAPTION_UNDER_CREDIT_WORDS
        and (not min_words or words >= _MIN_CAPTION_SENTENCE_WORDS)
        and one_sentence(sentence_abbreviations(state.lexicon), text)
    )
