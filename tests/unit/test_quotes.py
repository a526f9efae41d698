"""Quotes: marks, attribution patterns, continuation, resolution and kinds."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Article, Parser, Quote


def _parse(*paragraphs: str) -> Article:
    return copydesk.parse("Headline of the story\n\n" + "\n\n".join(paragraphs))


def _only(article: Article) -> Quote:
    (quote,) = article.quotes
    return quote


def _speaker_of(quote: Quote) -> tuple[str | None, str | None, str | None]:
    assert quote.speaker is not None
    return quote.speaker.mention, quote.speaker.name, quote.speaker.title


# --- marks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("“", "”"),
        ('"', '"'),
        ("''", "''"),
        ("«", "»"),
        ("„", "“"),
        ("‹", "›"),
        ("「", "」"),
    ],
)
def test_marks_of_every_style(opening: str, closing: str) -> None:
    """Curly, straight, doubled-apostrophe, guillemet, German and CJK marks all pair up."""
    article = _parse(f"{opening}The bridge will open in May,{closing} Ana Ruiz said.")
    quote = _only(article)
    assert quote.text == "The bridge will open in May"
    assert quote.span.slice(article.source).startswith(opening)
    assert quote.span.slice(article.source).endswith(closing)
    assert _speaker_of(quote)[0] == "Ana Ruiz"


def test_apostrophes_are_not_marks() -> None:
    """Apostrophes in don't, Zelensky's and '90s never open or close a quote."""
    article = _parse("Zelensky's aides don't recall the '90s, and they won't say so.")
    assert article.quotes == ()


def test_marks_around_no_word_quote_nothing() -> None:
    """Marks around no letter or digit ("/", an empty pair, a run of marks) are no quote."""
    text = 'Storm\n\nThe mayor said "/" and "" in a note, then "We will rebuild," she said.'
    quotes = copydesk.parse(text).quotes
    assert [quote.text for quote in quotes] == ["We will rebuild"]
    assert not copydesk.parse("Storm\n\n" + '“"“"”\n' * 100).quotes


def test_single_quotes_nested_inside_double_stay_in_the_text() -> None:
    """A 'nested' quote stays part of the double-quoted passage."""
    quote = _only(_parse("“He told me, ‘Go home,’ and I did,” Mara Lind said."))
    assert quote.text == "He told me, ‘Go home,’ and I did"
    assert _speaker_of(quote)[0] == "Mara Lind"


def test_misprinted_closing_mark() -> None:
    """A closing quote printed as an opening one (“…,“ said X) still closes."""
    quote = _only(_parse("“It is unusual,“ said Larry Nobel, a lawyer."))
    assert quote.text == "It is unusual"
    assert _speaker_of(quote) == ("Larry Nobel", "Larry Nobel", "a lawyer")


def test_quote_spans_slice_the_source() -> None:
    """Quote spans include the marks; speaker spans slice to the mention."""
    article = _parse("“We will rebuild,” the mayor, Jo Kent, said on Monday.")
    quote = _only(article)
    assert quote.span.slice(article.source) == "“We will rebuild,”"
    assert quote.speaker is not None
    assert quote.speaker.span.slice(article.source) == quote.speaker.mention == "Jo Kent"
    assert quote.speaker.title == "the mayor"


# --- attribution patterns ---------------------------------------------------------------------


def test_name_then_verb_after_the_quote() -> None:
    """``"…," X said``."""
    quote = _only(_parse("“Prices will fall,” Tom Berg said."))
    assert (quote.kind, quote.cue) == ("direct", "said")
    assert _speaker_of(quote) == ("Tom Berg", "Tom Berg", None)


def test_blank_space_before_the_closing_mark_ends_no_sentence() -> None:
    """Regression: a quotation whose last characters before its closing mark were all spaces
    read as one that ended its sentence (an empty string is "in" any string), so the
    attribution after it was lost."""
    plain = _only(_parse("“We will rebuild the bridge” He said the plan was late."))
    padded = _only(_parse("“We will rebuild the bridge          ” He said the plan was late."))
    assert (padded.cue, _speaker_of(padded)) == (plain.cue, _speaker_of(plain))
    assert padded.cue == "said"


def test_verb_then_name_after_the_quote() -> None:
    """``"…," said X, the director of Y``: the description becomes the title."""
    quote = _only(_parse("“Prices will fall,” said Tom Berg, the director of the bank."))
    assert _speaker_of(quote) == ("Tom Berg", "Tom Berg", "the director of the bank")


def test_apposition_between_name_and_verb() -> None:
    """``"…," X, the director of Y, said``."""
    quote = _only(_parse("“Prices will fall,” Tom Berg, the director of the bank, said."))
    assert _speaker_of(quote) == ("Tom Berg", "Tom Berg", "the director of the bank")


def test_title_before_the_name_is_stripped() -> None:
    """``U.S. Secretary of Defense Lloyd Austin said`` keeps the title apart."""
    quote = _only(_parse("“We are ready,” U.S. Secretary of Defense Lloyd Austin said."))
    assert _speaker_of(quote) == ("Lloyd Austin", "Lloyd Austin", "U.S. Secretary of Defense")


def test_told_reporters_is_part_of_the_cue() -> None:
    """``"…," X told reporters``: the audience is printed in the cue."""
    quote = _only(_parse("“No comment,” Dana Frey told reporters on Friday."))
    assert quote.cue == "told reporters"
    assert _speaker_of(quote)[0] == "Dana Frey"


def test_channel_is_part_of_the_cue() -> None:
    """``X wrote in a post on Telegram``."""
    quote = _only(_parse("“Stay inside,” Olena Kovalenko wrote in a post on Telegram."))
    assert quote.cue == "wrote in a post on Telegram"


def test_speaker_and_verb_before_a_colon() -> None:
    """``X said: "…"``."""
    quote = _only(_parse("Mayor Jo Kent said: “We will rebuild every school.”"))
    assert quote.cue == "said"
    assert _speaker_of(quote) == ("Jo Kent", "Jo Kent", "Mayor")


def test_speaker_and_verb_before_a_comma() -> None:
    """``X added, "…"``."""
    quote = _only(_parse("Jo Kent added, “We will rebuild every school.”"))
    assert (quote.cue, _speaker_of(quote)[0]) == ("added", "Jo Kent")


def test_according_to() -> None:
    """``according to X, "…"``."""
    quote = _only(_parse("According to the Pentagon, “the strike hit its target.”"))
    assert quote.cue == "According to"
    assert _speaker_of(quote) == ("the Pentagon", "Pentagon", None)


def test_colon_after_a_named_speaker() -> None:
    """``Philip Bump: "…"``."""
    quote = _only(_parse("Philip Bump: “The map has changed a great deal.”"))
    assert (quote.cue, _speaker_of(quote)[0]) == (":", "Philip Bump")


def test_dash_after_the_quote_names_the_speaker() -> None:
    """``"…" ― Name`` at the end of a line."""
    quote = _only(_parse("“We are proud of this town.” ― Sonya Herr"))
    assert _speaker_of(quote)[0] == "Sonya Herr"


def test_organisation_as_speaker() -> None:
    """``"…," the Pentagon said``."""
    quote = _only(_parse("“The strike hit its target,” the Pentagon said."))
    assert _speaker_of(quote) == ("the Pentagon", "Pentagon", None)


def test_participle_takes_the_sentence_subject() -> None:
    """``Clinton riffed on it, telling the crowd, "…"``."""
    quote = _only(
        _parse("Rosa Diaz riffed on it, telling the crowd, “Some people get carried away.”")
    )
    assert _speaker_of(quote)[0] == "Rosa Diaz"


def test_colon_ending_the_previous_paragraph() -> None:
    """``Cruz continued:`` then the quote in the next paragraph."""
    quote = _only(
        _parse("Ted Marsh continued:", "“You look at the questions and you see the bias.”")
    )
    assert (quote.cue, _speaker_of(quote)[0]) == ("continued", "Ted Marsh")


def test_speaker_verb_sentence_before_the_quote() -> None:
    """``Dianne Bystrom agreed. "…"``."""
    quote = _only(_parse("Dianne Bystrom agreed. “Time is running out for them.”"))
    assert _speaker_of(quote)[0] == "Dianne Bystrom"


# --- continuation and resolution ----------------------------------------------------------------


def test_split_quote_keeps_the_speaker() -> None:
    """``"X," he said. "Y."`` gives two quotes by the same speaker."""
    article = _parse("Ana Ruiz runs the port.", "“We are open,” she said. “Ships are coming.”")
    first, second = article.quotes
    assert first.speaker == second.speaker
    assert _speaker_of(second) == ("she", "Ana Ruiz", None)
    assert second.text == "Ships are coming"


def test_quote_resumed_after_the_attribution() -> None:
    """``"X," said Y, "and Z."``: the second part has the same speaker."""
    article = _parse("“She is far behind,” said an Iowa voter, “and the gap is wide.”")
    first, second = article.quotes
    assert second.kind == "direct"
    assert second.speaker == first.speaker


def test_next_paragraph_continues_the_speaker() -> None:
    """A paragraph that opens with a quote and has no attribution keeps the last speaker."""
    article = _parse("“We will stay,” Ana Ruiz said.", "“Nothing will move us from here.”")
    assert [_speaker_of(quote)[1] for quote in article.quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_running_quote_over_paragraphs() -> None:
    """An unclosed paragraph quote is one piece; the next paragraph continues the speaker."""
    article = _parse(
        "Ana Ruiz said: “We will stay until the work is done.",
        "“Nothing will move us from here.”",
    )
    first, second = article.quotes
    assert first.text == "We will stay until the work is done"
    assert second.speaker == first.speaker


def test_continuation_stops_at_a_paragraph_without_quotes() -> None:
    """A plain paragraph between them breaks the continuation."""
    article = _parse(
        "“We will stay,” Ana Ruiz said.",
        "The port reopened last week.",
        "“Nothing will move us from here.”",
    )
    assert article.quotes[1].speaker is None


def test_surname_resolves_to_the_earliest_full_name_and_title() -> None:
    """``Austin`` resolves to ``U.S. Secretary of Defense Lloyd Austin`` printed earlier."""
    article = _parse(
        "U.S. Secretary of Defense Lloyd Austin spoke on Thursday.",
        "“Russia intends to use these troops,” Austin said.",
    )
    assert _speaker_of(_only(article)) == ("Austin", "Lloyd Austin", "U.S. Secretary of Defense")


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    """``he`` is the most recent named speaker."""
    article = _parse(
        "“The vote is close,” said Omar Haddad.",
        "“We need every ballot,” he said.",
    )
    assert _speaker_of(article.quotes[1]) == ("he", "Omar Haddad", None)


# --- kinds ----------------------------------------------------------------------------------------


def test_scare_quote() -> None:
    """Short quoted words in a sentence without speech are scare quotes."""
    quote = _only(_parse("The so-called “reform” changed nothing in the end."))
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_title_in_quotes() -> None:
    """Title Case words in quotes are a title, never attributed."""
    quote = _only(_parse("Tom Berg told ABC’s “Good Morning America” about it."))
    assert (quote.kind, quote.speaker) == ("title", None)


def test_partial_quote() -> None:
    """A quoted fragment inside a sentence is partial."""
    quote = _only(
        _parse("The minister called the plan “a betrayal of everything we stood for” today.")
    )
    assert quote.kind == "partial"


# --- lexicon and robustness -----------------------------------------------------------------------


def test_added_speech_verb_and_title() -> None:
    """Lexicon.add_speech_verb and add_title extend one parser only."""
    parser = Parser()
    parser.lexicon.add_speech_verb("harrumph", "harrumphs", "harrumphed")
    parser.lexicon.add_title("Grand Vizier")
    text = "Headline\n\n“Never,” harrumphed Grand Vizier Jafar Quill."
    quote = _only(parser.parse(text))
    assert (quote.cue, _speaker_of(quote)) == (
        "harrumphed",
        ("Jafar Quill", "Jafar Quill", "Grand Vizier"),
    )
    assert _only(copydesk.parse(text)).speaker is None


@pytest.mark.parametrize(
    "text",
    ["", '"', "“", "”", "''", "Title\n\n“", "Title\n\n” ” “ “", "«»", "Title\n\n“”", "a\n\n' ''"],
)
def test_stray_marks_never_crash(text: str) -> None:
    """Lone or empty marks parse without error and keep spans inside the text."""
    article = copydesk.parse(text)
    for quote in article.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)


def test_quotes_round_trip_through_json() -> None:
    """Articles with quotes and speakers survive to_dict / from_dict."""
    article = _parse("“We will stay,” Ana Ruiz said.", "“Nothing will move us.”")
    assert Article.from_dict(article.to_dict()) == article
