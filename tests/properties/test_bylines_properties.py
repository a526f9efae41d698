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


# Given names the lexicon knows (a bare name line needs one), and a date after the name.
_KNOWN_FIRST = st.sampled_from(["Jane", "Tom", "Sophie", "Fleur", "Kevin", "Priya", "Stan"])
_BARE_DATE = st.sampled_from(["", " 31/12/2007", " — 1/17/2008 10:58 am", " | Monday | 07/01/2008"])
_DATE_LINE = st.sampled_from(["", "January 19, 2008 12:00am", "Tuesday 8 January 2008"])


@given(
    first=st.lists(_KNOWN_FIRST, min_size=1, max_size=2, unique=True),
    surname=st.lists(_SURNAME, min_size=2, max_size=2, unique=True),
    upper=st.booleans(),
    date=_BARE_DATE,
    date_line=_DATE_LINE,
)
def test_bare_name_byline_parts_come_back(
    first: list[str], surname: list[str], upper: bool, date: str, date_line: str
) -> None:
    """A line holding only writers' names (maybe a date) under the headline gives them back."""
    names = [f"{given} {family}" for given, family in zip(first, surname, strict=False)]
    listed = join_names(names)
    if upper:
        listed = listed.upper().replace(" AND ", " and ")
    lines = [HEADLINE, listed + date, date_line, LEDE, SECOND]
    article = copydesk.parse("\n\n".join(line for line in lines if line))
    (byline,) = article.bylines
    assert byline.names == tuple(names)
    assert byline.text == listed
    assert listed not in article.body


@given(
    first=_KNOWN_FIRST,
    initial=_INITIAL,
    surname=_SURNAME,
    dash=st.sampled_from(["- ", "-- ", "— ", "–"]),
)
def test_dash_sign_off_comes_back(first: str, initial: str, surname: str, dash: str) -> None:
    """``— Jane Doe`` under the last paragraph is the writer's sign-off."""
    name = f"{first} {initial}{surname}"
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n{dash}{name}")
    (byline,) = article.bylines
    assert byline.names == (name,)
    assert byline.span.slice(article.source) == dash + name


_SUBJECT = st.sampled_from(["Soldiers", "Council members", "Jane Doe and Tom Roe", "Fans"])
_VERB = st.sampled_from(["stand guard", "walk past", "celebrate", "wave to supporters", "arrive"])
_SCENE = st.sampled_from(
    ["outside City Hall in the old town", "next to the new school on Main Street"]
)
_POSITION = st.sampled_from(["", " (left)", ", left,"])
THIRD = "The vote was the first of its kind in the council in more than twenty years, he said."


@given(subject=_SUBJECT, verb=_VERB, scene=_SCENE, position=_POSITION)
def test_caption_without_credit_comes_back(
    subject: str, verb: str, scene: str, position: str
) -> None:
    """A picture's one-line description between paragraphs comes back as a caption."""
    line = f"{subject}{position} {verb} {scene}"
    article = copydesk.parse("\n\n".join([HEADLINE, LEDE, line, SECOND, THIRD]))
    (caption,) = article.captions
    assert caption.text == line
    assert caption.credit is None
    assert caption.span.slice(article.source) == line
    assert line not in article.body
