"""Speakers with full names: a surname or a first name resolves to the earliest full name
in the article; ``he`` or ``she`` to the nearest person before it whose gender fits (the same
paragraph first, see ``antecedents``), else the last named speaker (or the last name printed
before it)."""

from __future__ import annotations

import attrs

from copydesk._models import Span, Speaker
from copydesk._state import ParseState
from copydesk.reading.name_runs import strip_possessive
from copydesk.steps.quotes.antecedents import Candidate, Gender, Genders, paragraph_candidate
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.full_names import FullNames, Person, name_key
from copydesk.steps.quotes.phrases import Attribution
from copydesk.steps.quotes.words import is_capitalised

# A pronoun looks back over this many named speakers at most ...
_RECENT_SPEAKERS = 30
# ... and over this many characters of its paragraph for a person named there.
_PARAGRAPH_WINDOW = 400
# How many resolved mentions the memo keeps before it starts afresh.
_MEMO_SIZE = 512


@attrs.define
class Resolver:
    """Turns attribution mentions into speakers with full names."""

    state: ParseState
    patterns: Patterns
    names: FullNames
    speakers: list[Speaker] = attrs.field(factory=list)
    by_surname: dict[str, Speaker] = attrs.field(factory=dict)
    """The first named speaker of each surname."""
    resolved: dict[str, tuple[str | None, str | None]] = attrs.field(factory=dict)
    """Names already resolved in this article, by mention: the last few hundred only (a
    memo of every name of a text naming a new person in every line held a tuple and an
    entry per name, about 2.5 bytes per character at the peak)."""
    first_answers: dict[str, tuple[str | None, str | None]] = attrs.field(factory=dict)
    """The few one-word mentions whose first answer a later reading would not give again
    (see :meth:`_keep_first_answer`), kept for good; every other mention reads again to
    the answer it had."""
    genders: Genders = attrs.field(init=False)
    """What the article shows of each speaker's gender."""
    _window: tuple[int, int] = (0, 0)
    """The text a pronoun of the current quote reads for a person: the paragraph before the
    quote, after any quote before it."""

    def __attrs_post_init__(self) -> None:
        self.genders = Genders(self.patterns)

    def speaker(self, attribution: Attribution, floor: int = 0, quote_start: int = 0) -> Speaker:
        """The speaker an attribution names, with the full name it stands for.

        *floor* is where the quote's paragraph starts (or the quote before it ends) and
        *quote_start* where the quote starts: a pronoun reads the text between for a person.
        """
        source = self.state.source
        mention = self.state.share(source[attribution.mention_start : attribution.mention_end])
        self._window = (floor, min(quote_start, attribution.mention_start))
        name, title_found = self._name(mention, attribution.mention_start)
        if name == mention:
            name = mention  # one string for both (a name printed in full: "Ann Lee")
        title = attribution.title or title_found
        if title is not None and name is not None:
            self.genders.learn_from_words(name, title)
        speaker = Speaker(
            name=name,
            mention=mention,
            title=None if title is None else self.state.share(title),
            span=Span(attribution.mention_start, attribution.mention_end),
        )
        if name is not None and mention.casefold() not in self.patterns.pronouns:
            self.speakers.append(speaker)
            self.by_surname.setdefault(name_key(name.split()[-1]), speaker)
            self._keep_first_answer(mention, (name, title_found))
        return speaker

    def _keep_first_answer(self, mention: str, answer: tuple[str | None, str | None]) -> None:
        """Remember *answer* for *mention* when reading the mention again would not give it.

        Only a one-word mention that no full name in the text answers can read differently
        later: the first time, no speaker of its surname came before, so it stood for
        itself; later :attr:`by_surname` holds one (perhaps the speaker just made, with the
        title of its attribution), and entries there never change. Every other answer is
        the text's (a full name looked up) or the mention's own, read again to the same
        value.
        """
        if len(mention.split()) != 1 or mention in self.first_answers:
            return
        earlier = self.by_surname.get(name_key(mention))
        if earlier is not None and (earlier.name, earlier.title) == answer:
            return  # (most names: the speaker just made answers as the mention did)
        if self.names.lookup(mention) is None:
            self.first_answers[mention] = answer

    def _name(self, mention: str, position: int) -> tuple[str | None, str | None]:
        folded = mention.casefold()
        if folded in self.patterns.pronouns:
            return self._antecedent(folded, position)
        if mention not in self.resolved:
            if len(self.resolved) >= _MEMO_SIZE:
                self.resolved.clear()  # (what a reading would not give again is kept apart)
            first = self.first_answers.get(mention)
            self.resolved[mention] = first if first is not None else self._full_name(mention)
        return self.resolved[mention]

    def _full_name(self, mention: str) -> tuple[str | None, str | None]:
        """The full name and title a name or noun-phrase mention stands for."""
        words = mention.split()
        if words[0].casefold() in self.patterns.determiners:
            rest = words[1:]
            proper = " ".join(rest) if rest and all(is_capitalised(w) for w in rest) else None
            return proper, None
        if not is_capitalised(mention) or words[-1].casefold() in self.patterns.crowd_nouns:
            return None, None  # ("Hundreds of striking nurses": a crowd, not a name)
        if len(words) == 1:
            person = self.names.lookup(words[0])
            if person is not None:
                return person.name, person.title
            earlier = self.by_surname.get(name_key(words[0]))
            if earlier is not None:
                return earlier.name, earlier.title
        return strip_possessive(" ".join(words)), None

    def _antecedent(self, pronoun: str, position: int) -> tuple[str | None, str | None]:
        """The most recent named speaker a pronoun can stand for, else the last full name.

        ``who`` stands for the name just before it (``Mike Lee, who declared``).
        """
        if pronoun == "who":
            person = self.names.last_before(position)
            if person is not None:
                return person.name, person.title
        gender = self.genders.of_pronoun(pronoun)
        candidate: Speaker | None = None
        for earlier in reversed(self.speakers[-_RECENT_SPEAKERS:]):
            is_person = " " in (earlier.name or "") or earlier.mention[:1].isupper()
            organisation = earlier.mention.split()[0].casefold() in self.patterns.determiners
            if pronoun in ("he", "she", "who", "i") and (organisation or not is_person):
                continue
            if pronoun == "it" and not organisation:
                continue
            if not self.genders.fits(earlier.name, gender):
                continue
            candidate = earlier
            break
        if gender is not None:
            # "Reyes said …. “…,” she said": the nearest person of the paragraph.
            local = self._paragraph_person(position, gender)
            if local is not None and (candidate is None or local.position > candidate.span.start):
                return self._learn(self._remember(local), gender)
        if pronoun in ("he", "she"):
            # "Jane Roe said the plan …" then "“…,” she said": a name reporting speech after
            # the last quoted speaker is the one the pronoun stands for.
            after = -1 if candidate is None else candidate.span.start
            reporter = self.names.last_reporter_before(position, after=after)
            if (
                reporter is not None
                and reporter.position > after
                and self.genders.fits(reporter.name, gender)  # (a name that speaks: a person)
            ):
                return self._learn(self._remember(reporter), gender)
        if candidate is not None:
            return self._learn((candidate.name, candidate.title), gender)
        if pronoun in ("he", "she", "i"):
            person = self.names.last_before(position)
            if person is not None and self.genders.fits_person(person.name, gender, person.title):
                return self._learn(self._remember(person), gender)
        return None, None

    def _paragraph_person(self, position: int, gender: Gender) -> Candidate | None:
        """The nearest subject of the quote's paragraph (before the quote) a pronoun of
        *gender* may stand for."""
        floor, stop = self._window
        if stop <= floor:
            return None  # (the quote opens its paragraph: nothing before it to read)
        floor = max(floor, self.names.paragraph_start(position), stop - _PARAGRAPH_WINDOW)
        if stop <= floor:
            return None
        text = self.state.text
        return paragraph_candidate(
            text, floor, stop, self.names, self.patterns, self.genders, gender
        )

    def _learn(
        self, resolved: tuple[str | None, str | None], gender: Gender | None
    ) -> tuple[str | None, str | None]:
        self.genders.learn(resolved[0], gender)
        return resolved

    def _remember(self, person: Person | Candidate) -> tuple[str, str | None]:
        """Keep *person*, found in the text for a pronoun, as the latest speaker: the pronouns
        after this one stand for them too, however many paragraphs follow."""
        span = Span(person.position, person.position)
        self.speakers.append(
            Speaker(name=person.name, mention=person.name, title=person.title, span=span)
        )
        return person.name, person.title
