"""Captions built from known parts with a slash, bare or BBC-labelled credit come back."""

from __future__ import annotations

from _checks import CAPTION_STORY_LEDE as LEDE
from _checks import CAPTION_STORY_SECOND as SECOND
from _checks import CAPTION_STORY_THIRD as THIRD
from _checks import caption_story as _story
from hypothesis import given
from hypothesis import strategies as st

from copydesk.testing import person_names
from copydesk.testing._captions import _picture_descriptions

_AGENCIES = st.sampled_from([("AP", "AP"), ("AFP", "AFP"), ("Reuters", "Reuters")])
_BARE = st.sampled_from(["Getty", "Getty Images", "AFP", "Reuters", "AP", "EPA"])


def _sentences() -> st.SearchStrategy[str]:
    """A caption's sentence: 'A worker waits outside the station on Monday.'."""
    return _picture_descriptions().map(lambda description: f"{description}.")


@given(sentence=_sentences(), name=person_names(), agency=_AGENCIES, file_photo=st.booleans())
def test_spaced_slash_credit_comes_back(
    sentence: str, name: str, agency: tuple[str, str], file_photo: bool
) -> None:
    """Sentence + 'Name / Agency [file]': the caption, the name, agency and flag come back."""
    printed, code = agency
    credit_text = f"{name} / {printed}" + (" file" if file_photo else "")
    article = _story(f"{sentence} {credit_text}")
    (caption,) = article.captions
    assert caption.text == f"{sentence} {credit_text}"
    assert caption.credit is not None
    assert caption.credit.text == credit_text
    assert caption.credit.names == (name,)
    assert caption.credit.agency == code
    assert caption.credit.file_photo is file_photo
    assert article.body.startswith(LEDE)
    assert article.body.endswith(THIRD)


@given(sentence=_sentences(), bare=_BARE)
def test_bare_agency_credit_comes_back(sentence: str, bare: str) -> None:
    """Sentence + a bare agency: the caption and its credit come back, the story stays."""
    article = _story(f"{sentence} {bare}")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.text == bare
    assert SECOND in article.body
    assert sentence not in article.body


@given(sentence=_sentences(), agency=st.sampled_from(["Getty Images", "AFP", "Reuters"]))
def test_image_copyright_and_caption_come_back_as_one(sentence: str, agency: str) -> None:
    """'Image copyright X' / 'Image caption <sentence>': one caption, credited to X."""
    block = f"Image copyright {agency}\nImage caption {sentence}"
    article = _story(block)
    (caption,) = article.captions
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == f"Image copyright {agency}"
    assert sentence not in article.body
