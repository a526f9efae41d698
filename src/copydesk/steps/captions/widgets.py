"""Captions by what a page prints around a photo: its buttons, gallery links, labels.

On whole pages the photo itself is gone, but ``View larger image`` above a line, ``More
photos:`` below it, a ``Caption:`` label or a leaked ``<figcaption>`` tag still say where
its caption is.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import attrs
import regex

from copydesk._models import Caption
from copydesk._state import Block, ParseState
from copydesk._text import holds_folded
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import credit_words, known_agency, read_parts
from copydesk.steps.captions.wording import (
    BY,
    MAX_CREDIT_LINE_CHARS,
    STOP_INSIDE,
    WEB_MARKS,
    credit_at,
)

if TYPE_CHECKING:
    from copydesk.steps.captions.credited import Found  # (credited imports this module)

__all__ = [
    "PictureLines",
    "by_picture",
    "near_picture_mark",
    "picture_lines",
    "tagged_captions",
    "take_with_credit_below",
    "widgets_beside_captions",
]

# A caption under a photo's button is at most a few sentences.
_MAX_PICTURE_CAPTION_CHARS = 600
_MAX_PICTURE_CAPTION_STOPS = 2
# "Lohan", "Jane Doe": under a photo's button, a name alone is its caption.
_MAX_LABEL_CAPTION_WORDS = 3
_MIN_PICTURE_SENTENCE_WORDS = 4
_MENU_BAR = regex.compile(r"\s\|\s")
# Every built-in button, gallery link and caption label holds one of these.
_PICTURE_MARKS = (
    *("enlarge", "larger", "zoom", "reprint", "gallery", "caption", "slide"),
    *("photo", "pic", "image"),
)
_LONGEST_PICTURE_MARK = max(len(mark) for mark in _PICTURE_MARKS)
# PictureLines.mark_starts lowers a text this many characters at a time, and gives up (every
# line is tried) past this many marks: a page prints a few dozen.
_LOWER_PIECE = 1 << 16
_MAX_MARK_STARTS = 4096
# Letters the tables' case-insensitive patterns match to a mark's letter that lower() does
# not turn into it: "ſ" (an "s"), "İ" (an "i"; lower() makes it two characters).
_UNLOWERED_MARK_LETTERS = ("ſ", "İ")
# A photo's button or gallery link is a short line.
_MAX_WIDGET_CHARS = 80
# The opening tag of a caption is the last thing in its markup block.
_MARKUP_TAIL = 300
# A credit line under a caption: "AP", "Merlin Archives".
_MAX_BARE_CREDIT_WORDS = 4


@attrs.frozen
class PictureLines:
    """The lexicon's photo buttons, gallery links, caption labels and caption tags,
    compiled once per lexicon (see :func:`picture_lines`)."""

    above: regex.Pattern[str]
    below: regex.Pattern[str]
    label: regex.Pattern[str]
    markup: regex.Pattern[str]
    """A leaked HTML tag opening a caption, at the end of a markup block."""
    tagged: regex.Pattern[str]
    """A leaked HTML tag opening a caption, the caption's text and the tag closing it, in a
    line of leaked HTML (group ``caption``)."""
    marks: tuple[str, ...] | None
    """Words one of which every built-in button, link, label and leaked tag holds (None:
    tables were extended, try every block)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> PictureLines:
        def alternation(patterns: tuple[str, ...]) -> regex.Pattern[str]:
            joined = "|".join(f"(?:{pattern})" for pattern in patterns)
            return regex.compile(rf"(?i:{joined})")

        default = Lexicon.default()
        built_in = (
            lexicon.picture_above_lines == default.picture_above_lines
            and lexicon.picture_below_lines == default.picture_below_lines
            and lexicon.caption_labels == default.caption_labels
        )
        return cls(
            above=alternation(lexicon.picture_above_lines),
            below=alternation(lexicon.picture_below_lines),
            marks=_PICTURE_MARKS if built_in else None,
            label=regex.compile("|".join(f"(?:{pattern})" for pattern in lexicon.caption_labels)),
            markup=regex.compile(
                "(?i:" + "|".join(f"(?:{p})" for p in lexicon.markup_caption_openers) + r")\s*$"
            ),
            tagged=regex.compile(
                "(?i:" + "|".join(f"(?:{p})" for p in lexicon.markup_caption_openers) + ")"
                rf"\s*+(?P<caption>[^<>\n]{{1,{_MAX_PICTURE_CAPTION_CHARS}}}?)\s*</"
            ),
        )

    def may_hold(self, text: str) -> bool:
        """Whether *text* may hold a photo's button, a gallery link, a caption label or a
        leaked tag (a cheap test on the whole text: most pages hold none)."""
        if self.marks is None or "<" in text:
            return True
        return holds_folded(text, self.marks)

    def mark_starts(self, text: str) -> tuple[int, ...] | None:
        """Every offset where a mark of the built-in tables starts in *text*, found once per
        page (``None``: the tables were extended, the page leaked HTML or holds very many
        marks; try every block).
        """
        if self.marks is None or "<" in text:
            return None
        if any(letter in text for letter in _UNLOWERED_MARK_LETTERS):
            return None
        starts: list[int] = []
        # Lowered a piece at a time (a copy of a whole long text would double the peak of a
        # parse's memory); the pieces overlap by a mark's length, and a piece keeps the
        # marks that start before the next piece does.
        for piece_start in range(0, len(text), _LOWER_PIECE):
            piece = text[piece_start : piece_start + _LOWER_PIECE + _LONGEST_PICTURE_MARK]
            lowered = piece.lower()
            # (Where lower() keeps the length, each character stays one: the offsets hold.)
            if len(lowered) != len(piece):
                return None
            # A find() loop per mark (each occurrence, overlapping ones too): cheaper than a
            # pattern's search for any of them, case-insensitive or in the lowered text.
            for mark in _PICTURE_MARKS:
                at = lowered.find(mark)
                while 0 <= at < _LOWER_PIECE:
                    starts.append(piece_start + at)
                    at = lowered.find(mark, at + 1)
            if len(starts) > _MAX_MARK_STARTS:
                return None
        return tuple(sorted(starts))

    def opens_caption(self, markup: str) -> bool:
        """Whether a block of leaked HTML ends in a tag opening a caption."""
        return self.markup.search(markup[-_MARKUP_TAIL:]) is not None

    def is_widget(self, text: str) -> bool:
        """Whether *text* is a photo's button or a gallery link itself."""
        return self.is_above(text) or self.is_below(text)

    def is_above(self, text: str) -> bool:
        """Whether *text* is a photo's button (printed above the caption)."""
        return len(text) <= _MAX_WIDGET_CHARS and self.above.fullmatch(text) is not None

    def is_below(self, text: str) -> bool:
        """Whether *text* is a gallery link (printed below the caption)."""
        return len(text) <= _MAX_WIDGET_CHARS and self.below.fullmatch(text) is not None


def picture_lines(lexicon: Lexicon) -> PictureLines:
    """The photo buttons, gallery links and caption labels of *lexicon*, compiled once."""
    return lexicon.cached("captions.picture_lines", PictureLines.build)


def by_picture(
    state: ParseState, pictures: PictureLines, index: int, subject_words: frozenset[str]
) -> bool:
    """Whether ``blocks[index]`` is a caption by what the page prints around a photo.

    A label opens it (``Caption: The band signed …``); or the photo's button stands right
    above it (``View larger image`` / ``Click photo to enlarge``), or a gallery link right
    below it (``More photos:``) and it ends without a period (a paragraph of the story
    above ``See more photos:`` ends with one). It is a short line: at most three
    sentences, or a name alone that the headline names too (``Lohan`` under ``Woman says
    Lohan cost her thousands``; not a menu's ``Jumble``).
    """
    block = state.blocks[index]
    if block.end - block.start > _MAX_PICTURE_CAPTION_CHARS:
        return False
    text = state.block_text(block)
    if "\n" in text:
        return False
    if pictures.label.match(text):
        return True
    if index == 0:
        return False
    before = state.blocks[index - 1]
    if before.kind == "markup" and pictures.opens_caption(state.block_text(before)):
        return True  # '<div class="cap">' / the caption
    # The neighbours first: most short lines of a page stand by no photo's button.
    above = pictures.is_above(state.block_text(_block_above_credit(state, index)))
    below = index + 1 < len(state.blocks) and pictures.is_below(
        state.block_text(state.blocks[index + 1])
    )
    if not (above or (below and not text.endswith("."))) or pictures.is_widget(text):
        return False
    if not (text[:1].isupper() or text[:1] in '("“') or BY.match(text):
        return False
    if WEB_MARKS.search(text) or _MENU_BAR.search(text):
        return False  # a link or a menu row: "Home | News | Sport"
    words = text.split()
    if len(words) < _MIN_PICTURE_SENTENCE_WORDS:
        return (
            len(words) <= _MAX_LABEL_CAPTION_WORDS
            and all(word[:1].isupper() and word.isalpha() for word in words)
            and words[-1].casefold() in subject_words
        )
    return len(STOP_INSIDE.findall(text)) <= _MAX_PICTURE_CAPTION_STOPS


def split_glued_widget(state: ParseState, pictures: PictureLines, index: int) -> bool:
    """Cut a photo's button or a gallery link off the line it was glued to; True if cut.

    ``Click photo to enlarge`` / the caption, the caption / ``View Photo Gallery`` in one
    block of two lines: the button and the caption are each a line of their own, so
    :func:`by_picture` reads them as it reads them apart.
    """
    block = state.blocks[index]
    if block.end - block.start > _MAX_PICTURE_CAPTION_CHARS + _MAX_WIDGET_CHARS:
        return False
    text = state.block_text(block)
    if text.count("\n") != 1:
        return False
    first, _, last = text.partition("\n")
    if pictures.is_below(last) and not pictures.is_widget(first):
        state.split_block(index, block.start + len(first))
        return True
    if pictures.is_above(first) and not pictures.is_widget(last):
        state.split_block(index, block.start + len(first))
        return True
    return False


def near_picture_mark(state: ParseState, starts: tuple[int, ...] | None, index: int) -> bool:
    """Whether :func:`by_picture` may take ``blocks[index]``: a picture mark (see
    :meth:`PictureLines.mark_starts`) starts in one of the lines it reads (the line, the
    two above it, the one below), or a block of leaked HTML stands above it. A cheap test
    per block: most lines of a page stand by no photo's button or label."""
    blocks = state.blocks
    if starts is None or (index and blocks[index - 1].kind == "markup"):
        return True
    low = blocks[max(index - 2, 0)].start
    high = blocks[min(index + 1, len(blocks) - 1)].end
    at = bisect_left(starts, low)
    return at < len(starts) and starts[at] < high


def tagged_captions(state: ParseState, found: list[Found]) -> None:
    """Label the text between a leaked caption tag and its end tag, in a body block of
    leaked HTML (``<div class="cap">Jane Doe at the rally</div>``), as a caption: cut out of
    the block before the page reader reads it, so the headline step never takes it. A
    caption is a short line of words: a capital letter or a quotation mark opens it."""
    del found  # (a pass of the ``captions`` step: the credits found are not needed here)
    if "<" not in state.text:
        return
    pictures = picture_lines(state.lexicon)
    index = 0
    while index < len(state.blocks):
        block = state.blocks[index]
        if not block.is_body or "<" not in state.block_text(block):
            index += 1
            continue
        match = next(
            (
                match
                for match in pictures.tagged.finditer(state.text, block.start, block.end)
                if _tagged_caption(match.group("caption"))
            ),
            None,
        )
        if match is None:
            index += 1
            continue
        start, end = match.span("caption")
        if start > block.start:
            state.split_block(index, start)
            index += 1
        if end < state.blocks[index].end:
            state.split_block(index, end)
        caption = state.blocks[index]
        state.mark(caption, "caption", Caption(text=state.source_text(caption), span=caption.span))
        index += 1


def _tagged_caption(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= _MIN_PICTURE_SENTENCE_WORDS
        and (text[:1].isupper() or text[:1] in '"“')
        and WEB_MARKS.search(text) is None
    )


def widgets_beside_captions(state: ParseState, pictures: PictureLines) -> None:
    """Label a photo's button right above a caption, or a gallery link right below one,
    as chrome (``navigation``) where no step labelled it yet."""
    for index, block in enumerate(state.blocks):
        if not block.is_body or not pictures.is_widget(state.block_text(block)):
            continue
        beside = state.blocks[index + 1 : index + 2] + state.blocks[max(index - 1, 0) : index]
        if any(isinstance(other.finding, Caption) for other in beside):
            state.mark_chrome(block, "navigation")


def _block_above_credit(state: ParseState, index: int) -> Block:
    """The block above ``blocks[index]``, looking past a credit-only caption between (``Enlarge
    this image`` / ``Jane Doe/Associated Press`` / the caption)."""
    above = state.blocks[index - 1]
    finding = above.finding
    if (
        index >= 2
        and isinstance(finding, Caption)
        and finding.credit is not None
        and finding.credit.span == above.span
    ):
        return state.blocks[index - 2]
    return above


def take_with_credit_below(state: ParseState, index: int) -> None:
    """Label ``blocks[index]`` a caption, with the bare credit line under it if there is
    one (``AP``, ``Merlin Archives``)."""
    credit = None
    if index + 1 < len(state.blocks):
        below = state.blocks[index + 1]
        if below.claimable and _is_bare_credit(state.lexicon, state.block_text(below)):
            parts = read_parts(state.lexicon, state.block_text(below))
            credit = credit_at(state, parts, below.start, below.end)
            state.merge_blocks(index, index + 1)
    block = state.blocks[index]
    state.mark(
        block, "caption", Caption(text=state.source_text(block), credit=credit, span=block.span)
    )


def _is_bare_credit(lexicon: Lexicon, text: str) -> bool:
    """Whether *text* is a credit without a label: a known agency alone (``AP``), or a few
    capitalised words ending in a photo-agency word (``Merlin Archives``)."""
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    words = text.split()
    if not 1 <= len(words) <= _MAX_BARE_CREDIT_WORDS or "\n" in text:
        return False
    if known_agency(lexicon, text) is not None:
        return True
    photo_words = credit_words(lexicon).photo_words
    return all(word[:1].isupper() for word in words) and words[-1].casefold() in photo_words
