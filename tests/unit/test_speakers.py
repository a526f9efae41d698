"""Who speaks: a pronoun stands for the person last named as speaking, by a quote or by
reported speech, and keeps standing for them (with their title) in the paragraphs after."""

from __future__ import annotations

import sys
from typing import Any
from unittest import mock

import copydesk

_HEADLINE = "Council approves budget plan"
_QUOTE = "“We will keep working until the job is done,”"


def test_a_pronoun_after_reported_speech_stands_for_its_speaker() -> None:
    """``Jane Roe said the …`` then ``“…,” she said``: she is Jane Roe, not an earlier speaker."""
    text = (
        f"{_HEADLINE}\n\n{_QUOTE} Jane Doe said.\n\n"
        "Jane Roe said the city council approved the new budget on Tuesday.\n\n"
        f"{_QUOTE} she said."
    )
    speakers = [quote.speaker for quote in copydesk.parse(text).quotes]
    assert [speaker and speaker.name for speaker in speakers] == ["Jane Doe", "Jane Roe"]


def test_pronouns_keep_a_speaker_introduced_by_reported_speech() -> None:
    """Every ``she said`` after ``Defense Secretary Jane Doe said …`` is her, with her title."""
    text = f"{_HEADLINE}\n\nDefense Secretary Jane Doe said the council approved the budget."
    text += f"\n\n{_QUOTE} she said." * 4
    speakers = [quote.speaker for quote in copydesk.parse(text).quotes]
    assert [(s and s.name, s and s.title) for s in speakers] == [
        ("Jane Doe", "Defense Secretary")
    ] * 4


def test_a_one_word_mention_keeps_its_first_answer() -> None:
    """``Mayor Lee`` names Lee with her title; a later bare ``Lee`` keeps the answer it had
    the first time (itself, no title), while ``LEE``, read first after the mayor, is her."""
    text = (
        f"{_HEADLINE}\n\n“We will,” Mayor Lee said.\n\n“Not today,” Lee said.\n\n"
        "“Soon,” Lee said.\n\n“Maybe,” LEE said."
    )
    speakers = [quote.speaker for quote in copydesk.parse(text).quotes]
    assert [(s and s.name, s and s.title) for s in speakers] == [
        ("Lee", "Mayor"),
        ("Lee", None),
        ("Lee", None),
        ("Lee", "Mayor"),
    ]


def test_distinct_speakers_leave_no_memo_behind() -> None:
    """A text naming a new one-word speaker in every line keeps no answer per name: reading
    a name again gives the same answer, so only the few that would not are remembered."""
    speakers_module = sys.modules["copydesk.steps.quotes.speakers"]
    made: list[Any] = []

    class Kept(speakers_module.Resolver):  # type: ignore[misc,name-defined]
        def __attrs_post_init__(self) -> None:
            super().__attrs_post_init__()
            made.append(self)

    lines = [
        f"“Yes,” K{chr(97 + number // 26)}{chr(97 + number % 26)}x said." for number in range(300)
    ]
    with mock.patch.object(sys.modules["copydesk.steps.quotes"], "Resolver", Kept):
        article = copydesk.parse(f"{_HEADLINE}\n\n" + "\n\n".join(lines))
    assert len(article.quotes) == 300
    assert [len(resolver.first_answers) for resolver in made] == [0]
    assert len(made[0].by_surname) == 300
