"""A broadcaster's screen-reader labels around a photo: ``Image source,`` and ``Image
caption,`` printed before the credit and the caption (the BBC's pages, copied).

Copied from the page, each label stands either on the line of what it labels (``Image
source, Getty Images``, ``Image caption, Volunteers fill sandbags``) or on a line of its
own above it (``Image source,`` / ``Getty Images``). The two passes here make both forms
read alike: the credit label on its own line joins the source under it into one credit
line, and a caption label that opens a caption's block is cut off it as chrome
(``navigation``), as the label on its own line is (see
:data:`copydesk.lexicon.credits.PICTURE_ABOVE_LINES`).
"""

from __future__ import annotations

import attrs
import regex

from copydesk._models import Caption
from copydesk._state import ParseState
from copydesk.steps.captions.credited import Found
from copydesk.steps.captions.uncredited import Surroundings

__all__ = ["join_split_credit_lines", "split_caption_labels"]

# "Image source," / "Image copyright": a credit label with its source on the next line.
_CREDIT_LABEL_LINE = regex.compile(r"(?i:image (?:source|copyright)),?")
# The source under it is a short line: "Getty Images", "Jane Doe/Reuters".
_MAX_SOURCE_CHARS = 80


def join_split_credit_lines(state: ParseState, _found: list[Found]) -> None:
    """Join a credit label on its own line to the source on the line under it
    (``Image source,`` / ``Getty Images``): one credit line, as printed on one line.

    >>> import copydesk
    >>> text = (
    ...     "Storm hits\\n\\nThe storm hit the coast on Monday, cutting power to homes.\\n\\n"
    ...     "Image source,\\nGetty Images\\nImage caption,\\nVolunteers fill sandbags\\n\\n"
    ...     "More rain is due."
    ... )
    >>> caption = copydesk.parse(text).captions[0]
    >>> caption.credit.text, caption.credit.agency
    ('Image source,\\nGetty Images', 'Getty Images')
    """
    if "mage " not in state.text:
        return  # most texts hold no such label: no walk over their blocks
    index = 0
    while index + 1 < len(state.blocks):
        label, source = state.blocks[index], state.blocks[index + 1]
        if (
            label.is_body
            and source.is_body
            and _CREDIT_LABEL_LINE.fullmatch(state.block_text(label))
            and state.text.count("\n", label.end, source.start) == 1
            and source.end - source.start <= _MAX_SOURCE_CHARS
            and "\n" not in state.block_text(source)
            and state.block_text(source)[:1].isupper()
        ):
            state.merge_blocks(index, index + 1)
        index += 1


def split_caption_labels(state: ParseState, around: Surroundings) -> None:
    """Cut a caption label that opens a caption's block off it, as chrome: the caption of
    ``Image caption, Volunteers fill sandbags`` is ``Volunteers fill sandbags``, as under a
    label printed on its own line."""
    if not around.photos:
        return
    pictures = around.pictures
    index = 0
    while index < len(state.blocks):
        block = state.blocks[index]
        caption = block.finding
        if not isinstance(caption, Caption):
            index += 1
            continue
        text = state.block_text(block)
        label = pictures.label.match(text)
        # Only a label the page prints on its own line too ("Image caption,"; not
        # "Caption:", which is part of what a paper prints).
        if label is None or not pictures.is_above(text[: label.end()].strip()):
            index += 1
            continue
        if caption.credit is not None and caption.credit.span.start < block.start + label.end():
            index += 1
            continue  # the credit stands before the label: the caption holds both
        head, tail = state.split_block(index, block.start + label.end())
        state.mark_chrome(head, "navigation")
        state.mark(
            tail,
            "caption",
            attrs.evolve(caption, text=state.source_text(tail), span=tail.span),
        )
        index += 2
