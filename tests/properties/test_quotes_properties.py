"""Property tests: paragraphs built from quotes, names, titles, verbs and marks come back apart."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk.lexicon import Lexicon

_LEXICON = Lexicon()
FIRST_NAMES = ("Ana", "Tom", "Olena", "Omar", "Dana", "Lloyd", "Mara", "Kofi")
LAST_NAMES = ("Ruiz", "Berg", "Kovalenko", "Haddad", "Frey", "Austin", "Lind", "Mensah")
TITLES = ("Mayor", "Senator", "Defense Minister", "U.S. Secretary of Defense", "Gov.", "")
VERBS = ("said", "added", "told reporters", "wrote in a post on Telegram", "said in a statement")
WORDS = ("we", "will", "keep", "working", "on", "this", "plan", "every", "day", "people", "need")
WORDS += ("help", "now", "and", "more", "roads", "schools", "for", "the", "city", "soon")
MARKS = (("“", "”"), ('"', '"'), ("''", "''"), ("«", "»"))


@attrs.frozen
class Person:
    first: str
    last: str
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def introduced(self) -> str:
        return f"{self.title} {self.name}".strip()


people = st.builds(
    Person, st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES), st.sampled_from(TITLES)
)
sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(
    lambda words: " ".join(words).capitalize()
)


@attrs.frozen
class Built:
    """A paragraph with its known quote text (without the sentence's comma or full stop),
    speaker mention and cue."""

    paragraph: str
    content: str
    mention: str
    cue: str


@st.composite
def attributed(draw: st.DrawFn, person: Person, *, first_time: bool) -> Built:
    """One attributed quote in one of the common orders."""
    opening, closing = draw(st.sampled_from(MARKS))
    sentence = draw(sentences)
    verb = draw(st.sampled_from(VERBS))
    mention = person.introduced if first_time else person.last
    order = draw(st.sampled_from(("after", "inverted", "colon")))
    # The quote's text leaves out the comma or full stop of the sentence around it.
    if order == "after":
        paragraph = f"{opening}{sentence},{closing} {mention} {verb}."
    elif order == "inverted" and " " not in verb:
        paragraph = f"{opening}{sentence},{closing} {verb} {mention}."
    else:
        paragraph = f"{mention} {verb}: {opening}{sentence}.{closing}"
    shown = person.name if first_time else person.last
    return Built(paragraph, sentence, shown, verb)


@given(person=people, data=st.data())
def test_attributed_quote_comes_back(person: Person, data: st.DataObject) -> None:
    """Text, cue, speaker name and title of a generated attribution are recovered."""
    built = data.draw(attributed(person, first_time=True))
    article = copydesk.parse("A headline for the story\n\n" + built.paragraph)
    (quote,) = article.quotes
    assert quote.text == built.content
    assert quote.kind == "direct"
    assert quote.cue == built.cue
    assert quote.speaker is not None
    assert quote.speaker.mention == built.mention
    assert quote.speaker.name == person.name
    assert quote.speaker.title == (person.title or None)
    assert quote.speaker.span.slice(article.source) == quote.speaker.mention


def _pronouns_for(first_name: str) -> tuple[str, ...]:
    """The pronouns that may stand for a person so named: the one the given name shows, if
    the lexicon's gendered given names hold it, else either."""
    folded = first_name.casefold()
    if folded in _LEXICON.feminine_given_names:
        return ("she",)
    if folded in _LEXICON.masculine_given_names:
        return ("he",)
    return ("he", "she")


@given(person=people, other=people, data=st.data())
def test_surname_pronoun_and_continuation(
    person: Person, other: Person, data: st.DataObject
) -> None:
    """A later surname resolves to the full name; continuations and pronouns keep the speaker."""
    first = data.draw(attributed(person, first_time=True))
    later = data.draw(attributed(person, first_time=False))
    opening, closing = data.draw(st.sampled_from(MARKS))
    continued = data.draw(sentences)
    pronoun = data.draw(st.sampled_from(_pronouns_for(person.first)))
    tail = data.draw(sentences)
    paragraphs = [
        first.paragraph,
        f"{opening}{continued}.{closing}",
        later.paragraph,
        f"{opening}{tail},{closing} {pronoun} said.",
    ]
    article = copydesk.parse("A headline for the story\n\n" + "\n\n".join(paragraphs))
    assert [quote.text for quote in article.quotes] == [
        first.content,
        continued,
        later.content,
        tail,
    ]
    speakers = [quote.speaker for quote in article.quotes]
    assert all(speaker is not None for speaker in speakers)
    assert [speaker.name for speaker in speakers if speaker] == [person.name] * 4
    assert speakers[1] == speakers[0]
    assert speakers[3] is not None
    assert speakers[3].mention == pronoun


@given(person=people, data=st.data())
def test_split_quote_has_one_speaker(person: Person, data: st.DataObject) -> None:
    """``"X," Name said. "Y."`` gives two quotes with the same speaker."""
    opening, closing = data.draw(st.sampled_from(MARKS))
    first, second = data.draw(sentences), data.draw(sentences)
    paragraph = f"{opening}{first},{closing} {person.introduced} said. {opening}{second}.{closing}"
    article = copydesk.parse("A headline for the story\n\n" + paragraph)
    assert [quote.text for quote in article.quotes] == [first, second]
    one, two = article.quotes
    assert one.speaker is not None
    assert one.speaker == two.speaker
    assert one.speaker.name == person.name


@given(st.text(alphabet=st.sampled_from("ab .,\n“”\"'‘’«»:—Ms"), max_size=80))
def test_any_marks_parse_with_exact_spans(text: str) -> None:
    """Random runs of marks and words never crash, and every span slices its text."""
    article = copydesk.parse(text)
    for quote in article.quotes:
        printed = quote.span.slice(article.source)
        assert quote.text in printed
        if quote.speaker is not None:
            assert quote.speaker.span.slice(article.source) == quote.speaker.mention
