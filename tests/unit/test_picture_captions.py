"""Captions found by what a page prints around a photo, and credits without a slash."""

from __future__ import annotations

import sys

import pytest
import regex

import copydesk
from copydesk import Lexicon, ParseState
from copydesk.reading.credits import read_credit
from copydesk.steps import normalize, segment, uncredited_captions
from copydesk.steps.captions.widgets import (
    _PICTURE_MARKS,
    _UNLOWERED_MARK_LETTERS,
    near_picture_mark,
    picture_lines,
)

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
THIRD = "Forecasters expect the rain to ease by the end of the week, the weather service said."


def story_with(*blocks: str) -> copydesk.Article:
    """An article with *blocks* between the lede and two more paragraphs of the story."""
    return copydesk.parse("\n\n".join([HEADLINE, LEDE, *blocks, SECOND, THIRD]))


@pytest.mark.parametrize(
    "button",
    [
        "View larger image",
        "Click photo to enlarge",
        "Enlarge this image",
        "Zoom",
        "ZOOM",
        "Tap to zoom",
    ],
)
def test_block_under_a_photo_button_is_a_caption(button: str) -> None:
    """The sentence under a photo's button ('View larger image') is its caption."""
    caption_text = "Volunteers carry sandbags to the river bank in the old town on Monday."
    (caption,) = story_with(button, caption_text).captions
    assert caption.text == caption_text
    assert caption.credit is None


def test_name_under_a_zoom_button_is_a_caption() -> None:
    """A name alone under a photo's button, named by the headline, is the photo's caption."""
    text = "\n\n".join(["Doe cost her thousands, woman says", LEDE, "Zoom", "Doe", SECOND])
    (caption,) = copydesk.parse(text).captions
    assert caption.text == "Doe"


def test_menu_word_under_a_photo_button_is_no_caption() -> None:
    """A word the headline does not name, under a photo's button, is a menu item."""
    assert story_with("Buy photo reprints", "Jumble").captions == ()


def test_sentence_under_a_reprints_button_is_a_caption() -> None:
    """The sentence under 'Buy … photo reprints' is the photo's caption."""
    sentence = "Reaching the tournament was among the goals the coach set for the team."
    (caption,) = story_with("Buy Daily Star photo reprints", sentence).captions
    assert caption.text == sentence


def test_line_above_a_gallery_link_is_a_caption() -> None:
    """A line without a period above 'More photos:' is the photo's caption."""
    caption_text = "Rescue workers search the flooded harbour for missing boats"
    (caption,) = story_with(caption_text, "More photos:").captions
    assert caption.text == caption_text


def test_paragraph_above_a_gallery_link_stays_in_the_story() -> None:
    """A paragraph ending with a period above 'See more photos:' is the story's."""
    paragraph = "She wore a coat in the colours of the flag. The town welcomed her back."
    article = story_with(paragraph, "See more photos:")
    assert article.captions == ()
    assert paragraph in article.body


def test_bare_credit_line_under_a_caption_joins_it() -> None:
    """A bare agency or archive line under a button's caption is its credit."""
    caption_text = "Volunteers carry sandbags to the river bank in the old town."
    (caption,) = story_with("View larger image", caption_text + "\nMerlin Archives").captions
    assert caption.text == caption_text + "\nMerlin Archives"
    assert caption.credit is not None
    assert caption.credit.text == "Merlin Archives"


def test_caption_label() -> None:
    """A block opening with 'Caption:' is a caption."""
    block = "Caption: The band signed a new deal with a record label on Monday"
    (caption,) = story_with(block).captions
    assert caption.text == block


def test_photo_button_without_caption_under_it_takes_no_menu() -> None:
    """A menu row under a photo's button is no caption."""
    assert story_with("View larger image", "Home | News | Sport").captions == ()


@pytest.mark.parametrize(
    ("credit", "agency"), [("(TOI Photo)", "TOI"), ("(HT Photo)", "HT"), ("(AP Photo)", "AP")]
)
def test_agency_photo_credit_without_a_name(credit: str, agency: str) -> None:
    """'(TOI Photo)' ends a caption: the agency's photo, no photographer."""
    block = f"Jane Doe with her award at the ceremony {credit}"
    (caption,) = story_with(block).captions
    assert caption.credit is not None
    assert caption.credit.text == credit
    assert read_credit(credit) == ((), agency, False)


def test_gallery_link_after_the_credit() -> None:
    """'… (TOI Photo) More pics': the gallery link does not hide the credit."""
    block = "Jane Doe with her award at the ceremony (TOI Photo) More pics"
    (caption,) = story_with(block).captions
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == "(TOI Photo)"


def deep_in_the_story(*blocks: str) -> copydesk.Article:
    """An article with *blocks* below four paragraphs (out of the byline's reach)."""
    more = "Officials said the damage would take weeks to assess, and roads stayed shut."
    return copydesk.parse("\n\n".join([HEADLINE, LEDE, SECOND, THIRD, more, *blocks, LEDE]))


def test_subject_with_an_agency_bracket_in_the_story() -> None:
    """'Jane Doe (AAP)' above a paragraph about Doe is Doe's photo, credited to AAP."""
    paragraph = "Doe said she would appeal against the ruling, her lawyer told reporters."
    article = deep_in_the_story("Jane Doe (AAP)", paragraph)
    (caption,) = article.captions
    assert caption.text == "Jane Doe (AAP)"
    assert caption.credit is not None
    assert caption.credit.agency == "AAP"


def test_writer_with_an_agency_bracket_is_no_caption() -> None:
    """'Jane Doe (AAP)' naming someone the story does not is no caption."""
    assert deep_in_the_story("Jane Roe (AAP)", SECOND).captions == ()


def test_running_time_is_no_credit() -> None:
    """'(4:08)' after a video's title is no agency bracket."""
    text = "\n\n".join(["Doe wins the final", "Jane Doe (4:08)", LEDE, SECOND, THIRD])
    assert copydesk.parse(text).captions == ()


@pytest.mark.parametrize("line", ["Picture: Yes", "Photo: No"])
def test_form_answer_is_no_credit(line: str) -> None:
    """'Picture: Yes' (a form's field) is no credit."""
    assert story_with(line).captions == ()


def test_menu_pair_with_a_slash_is_no_credit() -> None:
    """'Living Well/Health News' names no person: a menu item, not a credit."""
    assert story_with("Living Well/Health News").captions == ()


def test_photographer_and_outlet_with_a_slash_is_a_credit() -> None:
    """'Christopher Doe/TRIBUNE-REVIEW' (a given name) is a credit-only caption."""
    (caption,) = story_with("Christopher Doe/TRIBUNE-REVIEW").captions
    assert caption.credit is not None
    assert caption.credit.names == ("Christopher Doe",)


def test_photographer_line_above_a_caption_is_its_credit() -> None:
    """'Andrea Doe' right above a caption found without credit is the photographer."""
    caption_text = "Jane Roe, second from right, leaves the court in the old town on Monday."
    (caption,) = story_with("Andrea Doe\n" + caption_text).captions
    assert caption.text == "Andrea Doe\n" + caption_text
    assert caption.credit is not None
    assert caption.credit.names == ("Andrea Doe",)


def test_file_photographer_line_above_a_caption() -> None:
    """'Kevin Doe, file' above a caption: the photographer of a file photo."""
    caption_text = "Jane Roe arrives at the awards in the old town, in this file photo."
    (caption,) = story_with("Kevin Doe, file", caption_text).captions
    assert caption.credit is not None
    assert caption.credit.text == "Kevin Doe, file"
    assert caption.credit.names == ("Kevin Doe",)
    assert caption.credit.file_photo


def test_capital_name_and_agency_above_a_sentence() -> None:
    """'ELAINE DOE Associated Press' above a sentence: the credit and its caption."""
    sentence = "The quarterback is eager to return to the scene of his famous guarantee."
    (caption,) = story_with("ELAINE DOE Associated Press\n" + sentence).captions
    assert caption.text.endswith(sentence)
    assert caption.credit is not None
    assert caption.credit.names == ("Elaine Doe",)
    assert caption.credit.agency == "AP"


def test_text_after_a_leaked_caption_tag_is_a_caption() -> None:
    """Text right after a block of leaked HTML ending in '<div class="cap">' is a caption."""
    markup = '<img src="x.jpg" width="203" alt="Jane Doe"> <div class="cap">'
    caption_text = "Jane Doe has been defended by her captain"
    text = "\n\n".join([HEADLINE, LEDE, markup, caption_text, "</div> </td>", SECOND, THIRD])
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    state.mark_chrome(state.blocks[2], "markup", guessed=True)
    state.mark_chrome(state.blocks[4], "markup", guessed=True)
    uncredited_captions(state)
    assert [caption.text for caption in state.freeze().captions] == [caption_text]


def test_caption_glued_before_a_repeated_lede() -> None:
    """'Jane Doe in action in 2007. <lede>' above the lede: the first sentence is a caption."""
    text = "\n\n".join([HEADLINE, "Jane Doe in action in 2007. " + LEDE, LEDE, SECOND, THIRD])
    article = copydesk.parse(text)
    assert [caption.text for caption in article.captions] == ["Jane Doe in action in 2007."]
    assert article.body.count(LEDE) == 2


def test_repeated_sentence_without_picture_stays_in_the_story() -> None:
    """A paragraph whose second sentence repeats the next paragraph is no caption."""
    first = "The council announced a new budget for the year."
    text = "\n\n".join([HEADLINE, first + " " + LEDE, LEDE, SECOND, THIRD])
    assert copydesk.parse(text).captions == ()


def test_line_between_two_captions_naming_people() -> None:
    """A gallery line between two captions, with a picture's verb, is a caption."""
    first = "A police officer stops a car at a checkpoint in this undated file photo."
    middle = "OPP Const. Jane Doe speaks with CTV Toronto."
    last = "Commissioner John Roe (left) speaks at a checkpoint on Monday, Dec. 31, 2007."
    captions = story_with(first, middle, last).captions
    assert [caption.text for caption in captions] == [first, middle, last]


def test_labelled_caption_in_a_story_guessed_chrome() -> None:
    """'No go: Jane Doe will stay …' between paragraphs the page classifier guessed were
    chrome is still a caption."""
    label = "No go: Jane Doe will stay at the harbour club"
    text = "\n\n".join([HEADLINE, LEDE, label, SECOND, THIRD])
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    for block in state.blocks[1:]:
        state.mark_chrome(block, "navigation", guessed=True)
    uncredited_captions(state)
    assert [caption.text for caption in state.freeze().captions] == [label]


def test_line_in_a_guessed_menu_is_no_labelled_caption() -> None:
    """Between guessed-chrome link lines (no prose), a labelled line stays chrome."""
    label = "No go: Jane Doe will stay at the harbour club"
    text = "\n\n".join([HEADLINE, "Rates warning: Brace yourselves", label, "Latest news"])
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    for block in state.blocks[1:]:
        state.mark_chrome(block, "navigation", guessed=True)
    uncredited_captions(state)
    assert state.freeze().captions == ()


def test_every_letter_the_tables_match_lowers_to_a_mark_letter() -> None:
    """The pre-filter of photo buttons searches the lower-cased page for the marks: every
    character a case-insensitive pattern matches to a mark's letter must lower to it, or be
    one the pre-filter gives up on."""
    letters = "".join(sorted(set("".join(_PICTURE_MARKS))))
    every_character = "".join(chr(point) for point in range(sys.maxunicode + 1))
    matched = regex.findall(f"(?i:[{letters}])", every_character)
    assert {"Z", "z", "ſ"} <= set(matched)
    strays = [c for c in matched if c.lower() not in letters and c not in _UNLOWERED_MARK_LETTERS]
    assert strays == []


def _page_state(text: str) -> ParseState:
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    return state


def test_picture_mark_pre_filter() -> None:
    """Only lines by a mark ('Zoom' two lines above, 'More photos' below) are tried."""
    state = _page_state("Home\n\nNews\n\nZOOM\n\nBy the sea\n\nSport\n\nWeather\n\nMore photos")
    starts = picture_lines(state.lexicon).mark_starts(state.text)
    assert starts is not None
    assert [state.text[start : start + 4] for start in starts] == ["ZOOM", "phot"]
    near = [near_picture_mark(state, starts, index) for index in range(len(state.blocks))]
    assert near == [False, True, True, True, True, True, True]
    state = _page_state("Home\n\nNews\n\nSport\n\nWeather\n\nTravel\n\nMore photos")
    starts = picture_lines(state.lexicon).mark_starts(state.text)
    near = [near_picture_mark(state, starts, index) for index in range(len(state.blocks))]
    assert near == [False, False, False, False, True, True]
    # A letter lower() leaves as it is ("ſ"), or leaked HTML: every line is tried.
    assert picture_lines(state.lexicon).mark_starts("Zoom\n\nThe ſtorm") is None
    assert picture_lines(state.lexicon).mark_starts("<div>Zoom</div>") is None


def test_picture_marks_of_a_long_text() -> None:
    """A long text is lowered a piece at a time: a mark across the pieces' seam is found
    once; past a few thousand marks, every line is tried."""
    pictures = picture_lines(Lexicon.default())
    text = "a" * 65534 + " Zoom " + "b" * 70000 + " Gallery"
    assert pictures.mark_starts(text) == (65535, text.index("Gallery"))
    assert pictures.mark_starts("Zoom in. " * 5000) is None
