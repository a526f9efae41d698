"""The ``uncredited_captions`` step's passes: captions that carry no credit.

Where a line stands (in the story, right by the headline, beside a photo's button) is half
the evidence, so the step runs after the headline and the bylines. :class:`Surroundings`
holds what its passes share: the compiled tables, the headline and its words.
"""

from __future__ import annotations

import attrs

from copydesk._models import Caption
from copydesk._state import BODY, CHROME, ParseState
from copydesk.reading.prose import is_prose
from copydesk.steps.captions.credit_lines import credit_lines_above
from copydesk.steps.captions.described import (
    MAX_BARE_CAPTION_CHARS,
    Cues,
    PictureDescriptions,
    StorySearches,
    between_captions,
    caption_cues,
    glued_before_repeat,
    labelled_caption,
    names_someone_in_a_picture,
    repeats_quote_of_story,
    split_before_repeated_lede,
    split_glued_caption,
)
from copydesk.steps.captions.subjects import (
    bracketed_credit,
    headline_words,
    names_subject,
    names_titled_person,
    subject_with_agency,
)
from copydesk.steps.captions.widgets import (
    PictureLines,
    by_picture,
    near_picture_mark,
    picture_lines,
    split_glued_widget,
    take_with_credit_below,
    widgets_beside_captions,
)

__all__ = [
    "Surroundings",
    "find_between_captions",
    "find_credit_lines_above",
    "find_described",
    "find_photo_widgets",
]

# Lines this close to the headline may hold the lead photo's caption.
_NEAR_HEADLINE = 4
# A line naming the story's subject ("Pat Doe") is a caption only right by the headline.
_SUBJECT_NEAR_HEADLINE = 2
# A teaser's title is a short line: at most this many words.
_MAX_TEASER_TITLE_WORDS = 16


@attrs.frozen
class Surroundings:
    """What the passes of ``uncredited_captions`` share, worked out once per parse."""

    cues: Cues
    pictures: PictureLines
    photos: bool
    """Whether the text may hold a photo's button, gallery link or caption label at all."""
    mark_starts: tuple[int, ...] | None
    """Where the text holds a word every button, link and label holds (see
    :meth:`~.widgets.PictureLines.mark_starts`)."""
    headline: int | None
    """The index of the headline block (as the step starts)."""
    subject_words: frozenset[str]
    """The casefolded words of the headline."""

    @classmethod
    def of(cls, state: ParseState) -> Surroundings:
        """What *state* shows as the step starts."""
        headline = next(
            (index for index, block in enumerate(state.blocks) if block.label == "headline"),
            None,
        )
        pictures = picture_lines(state.lexicon)
        return cls(
            cues=caption_cues(state.lexicon),
            pictures=pictures,
            photos=pictures.may_hold(state.text),
            mark_starts=pictures.mark_starts(state.text),
            headline=headline,
            subject_words=headline_words(state, headline),
        )


def find_described(state: ParseState, around: Surroundings) -> None:
    """Label, block by block, the lines a photo's widgets point at, labelled captions,
    lines that name the story's subject by the headline, and lines that describe a picture
    (cutting a caption line off the paragraph it was glued to)."""
    cues, pictures, headline = around.cues, around.pictures, around.headline
    subject_words = around.subject_words
    searches = StorySearches(state)
    describes = PictureDescriptions(cues)

    def opens_story(index: int) -> bool:
        """Whether ``blocks[index]`` is the first paragraph of prose under the headline."""
        if headline is None or not 0 < index - headline <= _NEAR_HEADLINE:
            return False
        between = state.blocks[headline + 1 : index]
        return not any(block.is_body and is_prose(state.block_text(block)) for block in between)

    for index, block in enumerate(state.blocks):
        # What the tests below ask of the block, read once (a text of many short lines
        # asks it of hundreds of thousands of blocks).
        label = block.label
        is_body = label == BODY
        claimable = is_body or (label == CHROME and block.guessed)
        if around.photos and claimable and near_picture_mark(state, around.mark_starts, index):
            if split_glued_widget(state, pictures, index):
                block = state.blocks[index]  # (the first line: the button, or the caption)
            if by_picture(state, pictures, index, subject_words):
                take_with_credit_below(state, index)
                continue
        distance = abs(index - headline) if headline is not None else len(state.blocks)
        # A guessed chrome line by the headline may be its photo's caption, but not a line
        # of a list of other stories ("related").
        beside_headline = (
            claimable and not is_body and block.kind != "related" and distance <= _NEAR_HEADLINE
        )
        # The page classifier may have guessed a whole story chrome: a labelled caption
        # between its paragraphs of prose is still one.
        guessed_story_line = label == CHROME and claimable and block.kind != "related"
        if guessed_story_line and labelled_caption(
            state, index, state.block_text(block), guessed=True
        ):
            state.mark(block, "caption", Caption(text=state.source_text(block), span=block.span))
            continue
        if not (is_body or beside_headline):
            continue
        if index == 0 or block.end - block.start > MAX_BARE_CAPTION_CHARS:
            continue  # the first line of a text is its headline
        text = state.block_text(block)
        if is_body and (
            split_glued_caption(state, cues, index, text)
            or (opens_story(index) and split_before_repeated_lede(state, index, text))
        ):
            block, text = state.blocks[index], state.block_text(state.blocks[index])
            is_body = block.label == BODY
            if glued_before_repeat(state, index):
                state.mark(
                    block, "caption", Caption(text=state.source_text(block), span=block.span)
                )
                continue
        credit = None
        # By the headline: right under it, or in the lines between it and the story (a
        # byline, a date, the page's tools) where the lead photo stands.
        near = distance <= _SUBJECT_NEAR_HEADLINE
        if (
            (near and names_subject(state, index, text, subject_words))
            or (is_body and subject_with_agency(state, index, text, subject_words))
            # Further down the lines between the headline and the story (a byline, a date,
            # the page's tools), a person with a title: "Coun Kris Doe".
            or (not near and opens_story(index) and names_titled_person(state, index, text))
        ):
            credit = bracketed_credit(state, block, text)
        elif not (
            describes(text, beside_headline=beside_headline)
            or (is_body and labelled_caption(state, index, text))
            or (is_body and repeats_quote_of_story(state, index, text, searches))
            or (
                is_body
                and names_someone_in_a_picture(cues, text)
                and _stands_alone(state, index)
                and not opens_story(index)
            )
        ):
            continue
        # (A list in the story the page reader kept may be a gallery's captions.)
        in_list = not is_body and _in_list_of_lines(state, index)
        if credit is None and (in_list or _in_teaser_list(state, index)):
            continue
        caption = Caption(text=state.source_text(block), credit=credit, span=block.span)
        state.mark(block, "caption", caption)


def _in_teaser_list(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is the title of one teaser in a list of other stories the
    page reader left in the body: a summary of prose under it, and on each side another
    title with its summary (``Kenyan police chase protesters from streets`` / ``Police
    fired tear gas ...`` between two such pairs). A title in the present tense reads like
    a picture's description; a caption stands between paragraphs of the story, or other
    captions, not between short lines that each head a paragraph."""
    blocks = state.blocks
    if not 2 <= index < len(blocks) - 3:
        return False
    summaries = (index - 1, index + 1, index + 3)
    titles = (index - 2, index + 2)
    return all(
        blocks[at].is_body and is_prose(state.block_text(blocks[at])) for at in summaries
    ) and all(blocks[at].is_body and _teaser_title(state.block_text(blocks[at])) for at in titles)


# A list of summaries by the headline ("Story highlights"): this many lines glued in a run,
# each of a few words at least.
_MIN_LIST_LINES = 3
_MIN_LIST_LINE_WORDS = 5


def _in_list_of_lines(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is one line of a list printed line under line (no blank
    line between): the story's highlights under its headline (``Jane Doe admits she was
    there`` / ``Circulating photos show Doe at the party`` / ...), where a photo's caption
    is a line of its own. (Paragraphs of prose printed line under line are no list.)"""

    def list_line(at: int) -> bool:
        text = state.block_text(state.blocks[at])
        return "\n" not in text and len(text.split()) >= _MIN_LIST_LINE_WORDS and not is_prose(text)

    def glued(upper: int) -> bool:
        above, below = state.blocks[upper], state.blocks[upper + 1]
        return state.text.count("\n", above.end, below.start) == 1

    if not list_line(index):
        return False
    first = last = index
    while first > 0 and glued(first - 1) and list_line(first - 1):
        first -= 1
    while last + 1 < len(state.blocks) and glued(last) and list_line(last + 1):
        last += 1
    return last - first + 1 >= _MIN_LIST_LINES


def _teaser_title(text: str) -> bool:
    """Whether *text* may be a teaser's title: one short line, capitalised, no sentence."""
    words = text.split()
    return (
        "\n" not in text
        and text[:1].isupper()
        and 0 < len(words) <= _MAX_TEASER_TITLE_WORDS
        and not is_prose(text)
    )


def _stands_alone(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is a paragraph of its own: a blank line on each side (a
    sentence glued above the next line is the story's)."""
    blocks, text = state.blocks, state.text
    before = text.count("\n", blocks[index - 1].end, blocks[index].start) if index else 2
    after = (
        text.count("\n", blocks[index].end, blocks[index + 1].start)
        if index + 1 < len(blocks)
        else 2
    )
    return before >= 2 and after >= 2


def find_between_captions(state: ParseState, around: Surroundings) -> None:
    """Label a line of a gallery, between two captions, that describes a picture."""
    between_captions(state, around.cues)


def find_credit_lines_above(state: ParseState, around: Surroundings) -> None:
    """Join a credit printed on the line above a caption to it."""
    credit_lines_above(state)


def find_photo_widgets(state: ParseState, around: Surroundings) -> None:
    """Label a photo's button or gallery link beside a caption as chrome."""
    if around.photos:
        widgets_beside_captions(state, around.pictures)
