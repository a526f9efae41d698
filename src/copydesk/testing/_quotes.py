"""Hypothesis strategies for quotes: paragraphs with attributed quotes, the people quoted,
and passages that follow one speaker through several paragraphs."""

from __future__ import annotations

import functools
import itertools

import attrs
from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._expected import (
    ExpectedPerson,
    ExpectedQuote,
    QuotedParagraph,
    QuotedPassage,
)
from copydesk.testing._pieces import person_names, sentences

__all__ = [
    "passage_about",
    "people",
    "quoted_paragraphs",
    "quoted_passages",
]

_QUOTE_MARKS = (("“", "”"), ('"', '"'))


@st.composite
def _quoted_paragraphs(draw: st.DrawFn) -> QuotedParagraph:
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    speaker = draw(person_names(initials=False))
    said, more = draw(
        st.lists(st.sampled_from(words.QUOTE_SENTENCES), min_size=2, max_size=2, unique=True)
    )
    form = draw(
        st.sampled_from(("quote first", "speaker first", "inverted", "told", "split", "follow-up"))
    )

    def quote(text: str, cue: str, mention: str = speaker) -> ExpectedQuote:
        return ExpectedQuote(text=text, speaker=speaker, cue=cue, mention=mention)

    if form == "speaker first":
        text = f"{speaker} said, {opening}{said}.{closing}"
        return QuotedParagraph(text=text, quotes=(quote(said, "said"),))
    title = None
    if form == "quote first":
        tail, cue = f"{speaker} said.", "said"
    elif form == "inverted":
        title = draw(st.sampled_from(words.SPEAKER_TITLES))
        tail, cue = f"said {speaker}, {title}.", "said"
    elif form == "told":
        tail, cue = f"{speaker} told reporters.", "told reporters"
    elif form == "split":
        # Two sentences around one attribution: two quotations, one speaker.
        text = f"{opening}{said},{closing} {speaker} said. {opening}{more}.{closing}"
        return QuotedParagraph(text=text, quotes=(quote(said, "said"), quote(more, "said")))
    else:
        # A second quote attributed with a pronoun that stands for the named speaker.
        pronoun = words.PRONOUNS[speaker.split()[0]]
        text = (
            f"{opening}{said},{closing} {speaker} said. {opening}{more},{closing} {pronoun} added."
        )
        return QuotedParagraph(
            text=text, quotes=(quote(said, "said"), quote(more, "added", pronoun))
        )
    return QuotedParagraph(
        text=f"{opening}{said},{closing} {tail}",
        quotes=(attrs.evolve(quote(said, cue), title=title),),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def quoted_paragraphs() -> st.SearchStrategy[QuotedParagraph]:
    """Paragraphs with attributed quotes, in curly or straight marks.

    ``“We need more time,” Jane Doe said.``, ``Jane Doe said, "We need more time."``,
    ``“We need more time,” said Jane Doe, the mayor.``, ``“…,” Jane Doe told reporters.``;
    two sentences around one attribution, ``“…,” Jane Doe said. “…”``; and a pronoun follow-up,
    ``“…,” Jane Doe said. “…,” she added.``, whose speaker is the named one.

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(quoted_paragraphs())
    ... def test_quotes_come_back(paragraph):
    ...     quotes = copydesk.parse(f"Storm hits coast\\n\\n{paragraph.text}").quotes
    ...     found = [(quote.text, quote.speaker.name) for quote in quotes]
    ...     assert found == [(quote.text, quote.speaker) for quote in paragraph.quotes]
    >>> test_quotes_come_back()
    """
    return _quoted_paragraphs()


@functools.cache  # strategies are immutable; building them anew is slow
def people(*, titles: bool = True) -> st.SearchStrategy[ExpectedPerson]:
    """People to quote: a full name, its pronoun and, with *titles*, sometimes a title.

    The titles (``Defense Secretary``, ``Mayor``, ``Sen.`` ...) are all in the default lexicon.

    >>> from hypothesis import find
    >>> find(people(), lambda person: person.title is not None).introduced
    'Defense Secretary Jane Doe'
    """
    title_choices: st.SearchStrategy[str | None] = st.none()
    if titles:
        title_choices = st.none() | st.sampled_from(words.PERSON_TITLES)
    return st.builds(
        lambda first, last, title: ExpectedPerson(
            name=f"{first} {last}", title=title, pronoun=words.PRONOUNS[first]
        ),
        st.sampled_from(words.FIRST_NAMES),
        st.sampled_from(words.LAST_NAMES),
        title_choices,
    )


def _split_sentence(draw: st.DrawFn, sentence: str) -> tuple[str, str]:
    """``"We will keep working"`` and ``"until the job is done"``: one sentence in two."""
    sentence_words = sentence.split()
    cut = draw(st.integers(2, len(sentence_words) - 2))
    return " ".join(sentence_words[:cut]), " ".join(sentence_words[cut:])


@st.composite
def passage_about(draw: st.DrawFn, person: ExpectedPerson, max_follow_ups: int) -> QuotedPassage:
    """A passage about *person*: a first mention, then up to *max_follow_ups* follow-ups
    (see :func:`quoted_passages`)."""
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    paragraphs: list[str] = []
    quotes: list[ExpectedQuote] = []
    # Each sentence once per passage (as many as a passage can use): repeated lines are a
    # mark of page furniture, not of an article.
    pool = itertools.cycle(draw(st.permutations(words.QUOTE_SENTENCES)))

    def said() -> str:
        return next(pool)

    def quote(text: str, mention: str, cue: str, *, continues: bool = False) -> ExpectedQuote:
        return ExpectedQuote(
            text=text,
            speaker=person.name,
            cue=cue,
            mention=mention,
            title=person.title,
            continues=continues,
        )

    # The first mention: title and full name, with a quote or with reported speech.
    intro = draw(st.sampled_from(("reported", "quote first", "inverted", "speaker first")))
    first = said()
    if intro == "reported":
        reported = draw(sentences())
        paragraphs.append(f"{person.introduced} said {reported[0].lower()}{reported[1:]}")
    elif intro == "quote first":
        paragraphs.append(f"{opening}{first},{closing} {person.introduced} said.")
        quotes.append(quote(first, person.name, "said"))
    elif intro == "inverted":
        paragraphs.append(f"{opening}{first},{closing} said {person.introduced}.")
        quotes.append(quote(first, person.name, "said"))
    else:
        paragraphs.append(f"{person.introduced} said, {opening}{first}.{closing}")
        quotes.append(quote(first, person.name, "said"))

    # Follow-ups name the speaker by pronoun or surname only.
    least = 1 if intro == "reported" else 0
    for _ in range(draw(st.integers(least, max_follow_ups))):
        who = draw(st.sampled_from((person.pronoun, person.surname)))
        form = draw(st.sampled_from(("attributed", "inverted", "split", "running")))
        text = said()
        if form == "inverted" and who == person.surname:
            paragraphs.append(f"{opening}{text},{closing} said {who}.")
            quotes.append(quote(text, who, "said"))
        elif form == "split":
            # "…," he said, "…": one sentence broken by its attribution.
            head, tail = _split_sentence(draw, text)
            paragraphs.append(f"{opening}{head},{closing} {who} said, {opening}{tail}.{closing}")
            quotes.extend((quote(head, who, "said"), quote(tail, who, "said", continues=True)))
        elif form == "running":
            # A quote left open at the paragraph's end runs on: each following paragraph
            # opens with a mark again, and only the last one closes.
            running = said()
            paragraphs.append(f"{opening}{text},{closing} {who} said. {opening}{running}.")
            quotes.append(quote(text, who, "said"))
            quotes.append(quote(running, who, "said"))
            more = draw(st.integers(1, 2))
            for index in range(more):
                piece = said()
                paragraphs.append(f"{opening}{piece}.{closing if index == more - 1 else ''}")
                quotes.append(quote(piece, who, "said", continues=True))
        else:
            cue = draw(st.sampled_from(words.FOLLOW_UP_CUES))
            paragraphs.append(f"{opening}{text},{closing} {who} {cue}.")
            quotes.append(quote(text, who, cue))
    return QuotedPassage(paragraphs=tuple(paragraphs), quotes=tuple(quotes), person=person)


@st.composite
def _quoted_passages(draw: st.DrawFn, max_follow_ups: int) -> QuotedPassage:
    return draw(passage_about(draw(people()), max_follow_ups))


@functools.cache  # strategies are immutable; building them anew is slow
def quoted_passages(*, max_follow_ups: int = 3) -> st.SearchStrategy[QuotedPassage]:
    """Consecutive paragraphs that introduce a speaker, then quote them again and again.

    The first mention gives the title and full name, with a quote or with reported speech
    (``Defense Secretary Jane Doe said the council …``). Up to *max_follow_ups* paragraphs
    follow, each naming the speaker by pronoun or surname only (``“…,” she said.``,
    ``“…,” said Doe.``), some with a quote split by its attribution (``“We will keep working,”
    she said, “until the job is done.”``) or a running quote over several paragraphs (each
    opening with a mark, only the last closing). Every expected quote's speaker is the full
    name; a piece that continues the quotation before it has ``continues=True``.

    >>> from hypothesis import find
    >>> passage = find(quoted_passages(), lambda p: any(q.continues for q in p.quotes))
    >>> passage.quotes[-1].speaker == passage.person.name
    True
    """
    return _quoted_passages(max_follow_ups)
