"""Bylines and photo credits built from known parts give those parts back."""

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
CAPTION = "Council members vote on the budget at City Hall on Tuesday."

_FIRST = st.sampled_from(["Jane", "Amelia", "Tom", "Sophie", "Ahmed", "Kwame", "Lolita"])
_INITIAL = st.sampled_from(["", "C. ", "J. ", "T. "])
_PARTICLE = st.sampled_from(["", "von der ", "bin ", "de ", "van "])
_SURNAME = st.sampled_from(
    ["Doe", "Lawless", "Thomson-Deveaux", "O'Neill", "Baldor", "Okafor", "Leyen", "Nakamura"]
)
_SUFFIX = st.sampled_from(["", " Jr.", " III"])


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """A person's name in natural case, from first name, initial, particle, surname, suffix."""
    name = draw(_FIRST) + " " + draw(_INITIAL) + draw(_PARTICLE) + draw(_SURNAME)
    return name + draw(_SUFFIX)


# How an agency is printed, and the code it must come back as.
_AGENCIES = st.sampled_from(
    [
        ("Reuters", "Reuters"),
        ("REUTERS", "Reuters"),
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("AFP", "AFP"),
        ("Agence France-Presse", "AFP"),
        ("United Press International", "UPI"),
    ]
)


def join_names(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@given(
    names=st.lists(person_names(), min_size=1, max_size=3, unique=True),
    lead=st.sampled_from(["By ", "by ", "BY ", "Written by ", "By: "]),
    agency=st.none() | _AGENCIES,
    separator=st.sampled_from([", ", " | ", " - ", "\n"]),
    upper=st.booleans(),
)
def test_author_byline_parts_come_back(
    names: list[str],
    lead: str,
    agency: tuple[str, str] | None,
    separator: str,
    upper: bool,
) -> None:
    """Names (in natural case) and the agency's code come back from a built byline."""
    listed = join_names(names)
    if upper:
        listed = listed.upper().replace(" AND ", " and ")
    line = lead + listed + (separator + agency[0] if agency else "")
    article = copydesk.parse(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{SECOND}")
    (byline,) = article.bylines
    assert byline.names == tuple(names)
    assert byline.organization == (agency[1] if agency else None)
    assert byline.text == line
    assert byline.span.slice(article.source) == line


@given(
    reporters=st.lists(person_names(), min_size=1, max_size=3, unique=True),
    editors=st.lists(person_names(), min_size=0, max_size=2, unique=True),
    place=st.sampled_from(["", " in Paris", " in Rio de Janeiro", " in The Hague"]),
    parenthesised=st.booleans(),
)
def test_reuters_trailer_parts_come_back(
    reporters: list[str], editors: list[str], place: str, parenthesised: bool
) -> None:
    """Reporters come back as names, editors as editors, places dropped."""
    trailer = "Reporting by " + join_names([name + place for name in reporters])
    if editors:
        trailer += "; Editing by " + join_names(editors)
    if parenthesised:
        trailer = f"({trailer})"
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n{trailer}")
    (byline,) = article.bylines
    assert byline.kind == "reporting"
    assert byline.names == tuple(reporters)
    assert byline.editors == tuple(editors)
    assert byline.text == trailer


@given(
    names=st.lists(person_names(), min_size=1, max_size=3, unique=True),
    form=st.sampled_from(
        [
            "{names} contributed to this report.",
            "— Associated Press writers {names} contributed to this report.",
            "Associated Press writer {names} contributed reporting.",
            "Contributing: {names}",
        ]
    ),
)
def test_contributor_trailer_parts_come_back(names: list[str], form: str) -> None:
    """Contributors come back as names, with role words dropped."""
    trailer = form.format(names=join_names(names))
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n{trailer}")
    (byline,) = article.bylines
    assert byline.kind == "contributor"
    assert byline.names == tuple(names)


# (credit format, agency code); "{name}" is the photographer.
_CREDIT_FORMS = st.sampled_from(
    [
        ("(AP Photo/{name})", "AP"),
        ("(AP Photo/{name}, File)", "AP"),
        ("(AFP PHOTO / {name})", "AFP"),
        ("Photo: {name}, AP", "AP"),
        ("Photo by {name}/UPI", "UPI"),
        ("File Photo by {name}/UPI | License Photo", "UPI"),
        ("(Photo by {name}/Getty Images)", "Getty Images"),
        ("{name}/AFP via Getty Images", "AFP"),
        ("REUTERS/{name}", "Reuters"),
        ("REUTERS/{name}/File Photo", "Reuters"),
        ("Photograph: {name}/Reuters", "Reuters"),
        ("Photograph: {name}/EPA", "EPA"),
    ]
)


@given(form=_CREDIT_FORMS, name=person_names(), upper=st.booleans())
def test_credit_parts_come_back(form: tuple[str, str], name: str, upper: bool) -> None:
    """Photographer, agency and file flag come back from a built credit."""
    template, agency = form
    credit = template.format(name=name.upper() if upper else name)
    article = copydesk.parse(f"{HEADLINE}\n\n{CAPTION} {credit}\n\n{LEDE}\n\n{SECOND}")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.text == credit
    assert caption.credit.names == (name,)
    assert caption.credit.agency == agency
    assert caption.credit.file_photo is ("File" in template)
    assert caption.credit.span.slice(article.source) == credit
