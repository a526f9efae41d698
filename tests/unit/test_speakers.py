"""Who speaks: a pronoun stands for the person last named as speaking, by a quote or by
reported speech, and keeps standing for them (with their title) in the paragraphs after."""

from __future__ import annotations

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
