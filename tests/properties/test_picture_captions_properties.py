"""Captions built from known parts around a photo's widgets and credit lines come back."""

from __future__ import annotations

from _checks import CAPTION_STORY_LEDE as LEDE
from _checks import CAPTION_STORY_SECOND as SECOND
from _checks import CAPTION_STORY_THIRD as THIRD
from _checks import caption_story as _story
from hypothesis import given
from hypothesis import strategies as st

from copydesk.testing import person_names
from copydesk.testing._captions import _picture_descriptions

_BUTTONS = st.sampled_from(
    [
        "View larger image",
        "View Larger Image",
        "Click photo to enlarge",
        "click to enlarge",
        "Enlarge This Image",
        "Zoom",
        "Buy Daily Star photo reprints",
    ]
)
_GALLERY_LINKS = st.sampled_from(
    ["More photos:", "More Photos...", "See more pictures", "Photo Gallery>>>"]
)
_BARE_CREDITS = st.sampled_from(["", "AP", "AFP", "Reuters", "Merlin Archives", "Getty Images"])


@given(button=_BUTTONS, description=_picture_descriptions(), credit=_BARE_CREDITS)
def test_caption_under_a_photo_button_comes_back(
    button: str, description: str, credit: str
) -> None:
    """Button / caption [/ bare credit]: the caption and its credit come back, the story stays."""
    caption_text = description + "." + (f"\n{credit}" if credit else "")
    article = _story(button, caption_text)
    (caption,) = article.captions
    assert caption.text == caption_text
    if credit:
        assert caption.credit is not None
        assert caption.credit.text == credit
    else:
        assert caption.credit is None
    assert [p.text for p in article.paragraphs] == [LEDE, SECOND, THIRD]


@given(link=_GALLERY_LINKS, description=_picture_descriptions())
def test_caption_above_a_gallery_link_comes_back(link: str, description: str) -> None:
    """Caption without a period / gallery link: the caption comes back."""
    (caption,) = _story(description, link).captions
    assert caption.text == description


@given(
    photographer=person_names(initials=False),
    file_photo=st.booleans(),
    description=_picture_descriptions(),
)
def test_photographer_line_above_a_caption_comes_back(
    photographer: str, file_photo: bool, description: str
) -> None:
    """'Jane Doe[, file]' above a caption with picture language: the photographer's credit."""
    credit_line = photographer + (", file" if file_photo else "")
    subject, _, rest = description.partition(" ")
    caption_text = f"{subject} {rest.split(' ', 1)[0]}, left, {rest.split(' ', 1)[1]}."
    (caption,) = _story(f"{credit_line}\n{caption_text}").captions
    assert caption.credit is not None
    assert caption.credit.text == credit_line
    assert caption.credit.names == (photographer,)
    assert caption.credit.file_photo == file_photo


@given(
    agency=st.sampled_from(["TOI", "HT", "PTI", "AP", "AFP"]), description=_picture_descriptions()
)
def test_agency_photo_credit_comes_back(agency: str, description: str) -> None:
    """'… (TOI Photo)': the agency comes back, with no photographer."""
    (caption,) = _story(f"{description} ({agency} Photo)").captions
    assert caption.credit is not None
    assert caption.credit.text == f"({agency} Photo)"
    assert caption.credit.names == ()
    assert caption.credit.agency == agency
