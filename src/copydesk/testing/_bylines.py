"""Hypothesis strategies for author bylines above the story and credit trailers below it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._expected import ExpectedByline
from copydesk.testing._pieces import person_names

__all__ = [
    "bylines",
    "trailers",
]

_BYLINE_ORGANIZATIONS = (
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Reuters", "Reuters"),
)


@st.composite
def _bylines(draw: st.DrawFn) -> ExpectedByline:
    shouting = draw(st.booleans())
    names = tuple(
        draw(st.lists(person_names(initials=not shouting), min_size=1, max_size=3, unique=True))
    )
    printed = [name.upper() for name in names] if shouting else list(names)
    joined = printed[-1] if len(printed) == 1 else f"{', '.join(printed[:-1])} and {printed[-1]}"
    organization = None
    if draw(st.booleans()):
        printed_organization, organization = draw(st.sampled_from(_BYLINE_ORGANIZATIONS))
        joined = f"{joined}, {printed_organization}"
    return ExpectedByline(text=f"By {joined}", names=names, organization=organization)


@functools.cache  # strategies are immutable; building them anew is slow
def bylines() -> st.SearchStrategy[ExpectedByline]:
    """Author bylines: ``By Jane Doe``, ``By JANE DOE and JOHN ROE``,
    ``By Jane Doe, John Roe and Li Chen, Associated Press`` ...

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(bylines())
    ... def test_byline_comes_back(byline):
    ...     text = f"Storm hits coast\\n\\n{byline.text}\\n\\nThe storm hit the coast."
    ...     (found,) = copydesk.parse(text).bylines
    ...     assert (found.names, found.organization) == (byline.names, byline.organization)
    >>> test_byline_comes_back()
    """
    return _bylines()


def _joined(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


@st.composite
def _trailers(draw: st.DrawFn) -> ExpectedByline:
    names = tuple(draw(st.lists(person_names(), min_size=1, max_size=3, unique=True)))
    form = draw(st.sampled_from(("reporting", "additional reporting", "contributor")))
    if form == "contributor":
        dash = draw(st.sampled_from(("", "— ")))
        text = f"{dash}{_joined(names)} contributed to this report."
        return ExpectedByline(text=text, names=names, kind="contributor")
    places = [
        draw(st.sampled_from(("", *(f" in {place}" for place in words.TRAILER_PLACES))))
        for _ in names
    ]
    reporters = _joined([name + place for name, place in zip(names, places, strict=True)])
    if form == "additional reporting":
        text = f"(Additional reporting by {reporters})"
        return ExpectedByline(text=text, names=names, kind="additional reporting")
    editors = tuple(
        draw(
            st.lists(person_names(initials=False), max_size=2, unique=True).filter(
                lambda drawn: not set(drawn) & set(names)
            )
        )
    )
    text = f"Reporting by {reporters}"
    if editors:
        text += f"; Editing by {_joined(editors)}"
    if draw(st.booleans()):
        text = f"({text})"
    return ExpectedByline(text=text, names=names, kind="reporting", editors=editors)


@functools.cache  # strategies are immutable; building them anew is slow
def trailers() -> st.SearchStrategy[ExpectedByline]:
    """Credit trailers that end wire copy, with their kind, names and editors.

    ``Reporting by Jane Doe in Paris and John Roe; Editing by Li Chen`` (sometimes in
    parentheses), ``(Additional reporting by Jane Doe in Nairobi)``,
    ``— Jane Doe contributed to this report.`` ...

    >>> from hypothesis import find
    >>> trailer = find(trailers(), lambda trailer: trailer.editors)
    >>> trailer.kind, trailer.text.startswith("Reporting by"), "; Editing by " in trailer.text
    ('reporting', True, True)
    """
    return _trailers()
