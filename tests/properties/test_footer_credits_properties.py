"""Footer trailers and labelled captions built from known parts give those parts back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import copydesk

HEADLINE = "Council approves the new budget after a long debate"
LEDE = (
    "The city council approved the budget on Tuesday after a debate that lasted more "
    "than six hours, officials said."
)
SECOND = "The budget raises spending on schools and roads by a fifth, the mayor said."
THIRD = "Work on the first roads is to start in the spring, a spokesman for the city said."

_FIRST = st.sampled_from(["Jane", "Amelia", "Tom", "Sophie", "Ahmed", "Kwame", "Laura"])
_SURNAME = st.sampled_from(["Doe", "Lawless", "Thomson-Deveaux", "O'Neill", "Okafor"])
_OUTLET = st.sampled_from(["City Herald", "Harbour Citizen", "Valley News", "Metro Times"])


@given(first=_FIRST, surname=_SURNAME, outlet=_OUTLET, form=st.sampled_from(["files", "report"]))
def test_footer_trailer_parts_come_back(first: str, surname: str, outlet: str, form: str) -> None:
    """'Outlet with files from Name' / 'With a report from Outlet's Name': name and outlet."""
    name = f"{first} {surname}"
    line = (
        f"{outlet} with files from {name}"
        if form == "files"
        else f"With a report from {outlet}'s {name}"
    )
    article = copydesk.parse("\n\n".join([HEADLINE, LEDE, SECOND, THIRD, line]))
    (byline,) = article.bylines
    assert byline.text == line
    assert byline.names == (name,)
    assert byline.organization == outlet
    assert line not in article.body


_LABEL = st.sampled_from(["No go", "Wet work", "Fresh start", "Up and away", "On the spot"])
_ACTION = st.sampled_from(
    [
        "will stay at the harbour club this season",
        "clears the drain outside the town hall",
        "waits for the first bus of the morning",
    ]
)


@given(label=_LABEL, first=_FIRST, surname=_SURNAME, action=_ACTION)
def test_labelled_caption_parts_come_back(
    label: str, first: str, surname: str, action: str
) -> None:
    """'Label: Name does something' between paragraphs is one caption, the story intact."""
    line = f"{label}: {first} {surname} {action}"
    article = copydesk.parse("\n\n".join([HEADLINE, LEDE, line, SECOND, THIRD]))
    (caption,) = article.captions
    assert caption.text == line
    assert article.body == "\n\n".join([LEDE, SECOND, THIRD])
