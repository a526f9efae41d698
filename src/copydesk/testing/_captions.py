"""Hypothesis strategies for photo captions and their credits."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._expected import ExpectedCaption, ExpectedCredit
from copydesk.testing._pieces import person_names

__all__ = [
    "captions",
    "credits",
]


@st.composite
def _credits(draw: st.DrawFn) -> ExpectedCredit:
    name = draw(person_names())
    file_photo = draw(st.booleans())
    form = draw(st.sampled_from(("UPI", "AP", "AFP", "Reuters")))
    if form == "UPI":
        license_tail = draw(st.sampled_from(("", " | License Photo")))
        text = f"{'File ' if file_photo else ''}Photo by {name}/UPI{license_tail}"
    elif form in ("AP", "AFP"):
        text = f"({form} Photo/{name}{', File' if file_photo else ''})"
    else:
        text = f"REUTERS/{name}{'/File Photo' if file_photo else ''}"
    return ExpectedCredit(text=text, names=(name,), agency=form, file_photo=file_photo)


@functools.cache  # strategies are immutable; building them anew is slow
def credits() -> st.SearchStrategy[ExpectedCredit]:
    """Photo credits in the UPI, AP, AFP and Reuters forms the default lexicon reads.

    ``Photo by Jane Doe/UPI | License Photo``, ``(AP Photo/Jane Doe, File)``,
    ``(AFP Photo/Jane Doe)``, ``REUTERS/Jane Doe/File Photo`` ...

    >>> from hypothesis import find
    >>> credit = find(credits(), lambda credit: credit.agency == "AP" and credit.file_photo)
    >>> credit.text, credit.names
    ('(AP Photo/Jane Doe, File)', ('Jane Doe',))
    """
    return _credits()


@st.composite
def _picture_descriptions(draw: st.DrawFn) -> str:
    """What a caption says its picture shows, without a final period: ``A worker waits
    outside the station on Monday``."""
    return (
        f"{draw(st.sampled_from(words.CAPTION_SUBJECTS))} "
        f"{draw(st.sampled_from(words.CAPTION_ACTIONS))} "
        f"{draw(st.sampled_from(words.CAPTION_PLACES))} on "
        f"{draw(st.sampled_from(words.WEEKDAYS))}"
    )


@st.composite
def _captions(draw: st.DrawFn) -> ExpectedCaption:
    credit = draw(credits())
    description = draw(_picture_descriptions())
    return ExpectedCaption(text=f"{description}. {credit.text}", credit=credit)


@functools.cache  # strategies are immutable; building them anew is slow
def captions() -> st.SearchStrategy[ExpectedCaption]:
    """One-line photo captions in the agencies' present-tense style, ending in a credit.

    A property test: a caption below a paragraph leaves the body, its credit read.

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(captions())
    ... def test_caption_comes_back(caption):
    ...     text = f"Storm hits coast\\n\\nThe storm hit the coast.\\n\\n{caption.text}"
    ...     (found,) = copydesk.parse(text).captions
    ...     assert found.text == caption.text
    ...     assert found.credit.names == caption.credit.names
    >>> test_caption_comes_back()
    """
    return _captions()
