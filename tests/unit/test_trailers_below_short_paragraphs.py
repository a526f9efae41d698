"""Credit trailers (``Reporting by …``, ``(Additional reporting by …)``) under a story whose
paragraphs are all short: a brief has no paragraph long enough to read as prose."""

from __future__ import annotations

import copydesk

_HEADLINE = "Council approves budget plan"
_LEDE = "The city council approved the new budget on Tuesday."


def test_a_trailer_below_a_brief_of_short_paragraphs() -> None:
    """``Reporting by …`` is a trailer even when no paragraph above it is long prose."""
    text = f"{_HEADLINE}\n\n{_LEDE}\n\n{_LEDE}\n\nReporting by Jane Doe; Editing by Li Chen"
    article = copydesk.parse(text)
    assert [(b.kind, b.names, b.editors) for b in article.bylines] == [
        ("reporting", ("Jane Doe",), ("Li Chen",))
    ]
    assert [p.text for p in article.paragraphs] == [_LEDE, _LEDE]


def test_a_trailer_with_a_middle_initial_below_a_short_lede() -> None:
    """``(Additional reporting by John A. Roe in Paris)`` below a short lede is a trailer."""
    trailer = "(Additional reporting by Jane Doe and John A. Roe in Paris)"
    article = copydesk.parse(f"{_HEADLINE}\n\n{_LEDE}\n\n{trailer}")
    assert [(b.kind, b.names) for b in article.bylines] == [
        ("additional reporting", ("Jane Doe", "John A. Roe"))
    ]
