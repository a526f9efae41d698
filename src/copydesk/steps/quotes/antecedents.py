"""Who ``he`` or ``she`` stands for: the nearest person before it in reading order whose
gender fits, the same paragraph first.

``Reyes said the plan would work. "It's what I do," she said.`` gives Reyes, even when the
quote before the paragraph was someone else's. Gender comes from what the article prints:
an honorific (``Mr.``, ``Ms.``), a gendered title (``spokeswoman``), or a pronoun already
resolved to that person. A place (``on Division Street``) is never a candidate.

Only a short window of the paragraph before the quote is read (never the text of an earlier
quote), so the cost of a pronoun does not grow with the length of the article.
"""

from __future__ import annotations

from typing import Literal

import attrs

from copydesk.reading.name_runs import strip_possessive
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.full_names import FullNames, name_key
from copydesk.steps.quotes.words import NEXT_WORD

Gender = Literal["f", "m"]

# How many phrases Genders._read keeps (emptied when full: the article's titles are few).
_MAX_READ_PHRASES = 256


@attrs.define
class Candidate:
    """A person named in the paragraph before a pronoun."""

    name: str
    title: str | None
    position: int
    by_surname: bool = False
    """Whether the text names them by a surname that reports speech or stands as a subject
    (``Reyes said``): a person, whatever their given name."""


@attrs.define
class Genders:
    """What the article shows of each person's gender, by full name."""

    patterns: Patterns
    known: dict[str, Gender] = attrs.field(factory=dict)
    _read: dict[tuple[str | None, ...], Gender | None] = attrs.field(factory=dict, init=False)
    """What :meth:`of_words` gave for the phrases :meth:`learn_from_words` read: a title
    that shows no gender (``Mayor``) leaves its speaker unknown, and would be read again at
    each of the speaker's quotes (bounded; the words' gender depends on them alone)."""

    def of_pronoun(self, pronoun: str) -> Gender | None:
        if pronoun in self.patterns.feminine_words:
            return "f"
        if pronoun in self.patterns.masculine_words:
            return "m"
        return None

    def of_words(self, *phrases: str | None) -> Gender | None:
        """The gender the words of a title or mention show (``Ms.``, ``spokeswoman``)."""
        for phrase in phrases:
            for word in (phrase or "").replace(",", " ").split():
                folded = word.rstrip(".").casefold()
                if folded in self.patterns.feminine_words:
                    return "f"
                if folded in self.patterns.masculine_words:
                    return "m"
        return None

    def learn_from_words(self, name: str | None, *phrases: str | None) -> None:
        """Keep the gender the words of *phrases* show for *name*, as :meth:`learn` does (the
        words are read only for a name whose gender is not known yet: the first one seen is
        the one kept, so a later reading would change nothing)."""
        if name is None or name in self.known:
            return
        if phrases in self._read:
            gender = self._read[phrases]
        else:
            gender = self.of_words(*phrases)
            if len(self._read) >= _MAX_READ_PHRASES:
                self._read.clear()
            self._read[phrases] = gender
        self.learn(name, gender)

    def learn(self, name: str | None, gender: Gender | None) -> None:
        """Keep the first gender seen for *name* (a later guess never overrides it)."""
        if name is not None and gender is not None:
            self.known.setdefault(name, gender)

    def fits(self, name: str | None, gender: Gender | None) -> bool:
        """Whether *name* may be the person a pronoun of *gender* stands for: the given name
        says it first (``Hillary``), else what the article showed of the person."""
        if name is None or gender is None:
            return True
        shown = self.of_given_name(name) or self.known.get(name)
        return shown is None or shown == gender

    def fits_person(self, name: str, gender: Gender | None, title: str | None = None) -> bool:
        """Whether a name found in the text (not yet a speaker) may be the person a pronoun
        of *gender* stands for: it fits, and a name of several words has a title, opens with
        a given name or shows its gender (``he`` is never ``New Zealand`` or ``Gold Star``)."""
        if not self.fits(name, gender):
            return False
        first, _, rest = name.partition(" ")
        if gender is None or not rest or title is not None or name in self.known:
            return True
        folded = first.casefold()
        return folded in self.patterns.given_names or self.of_given_name(name) is not None

    def of_given_name(self, name: str) -> Gender | None:
        """The gender a full name's given name shows (``Hillary Clinton``), if any."""
        first, _, rest = name.partition(" ")
        if not rest:
            return None  # a surname alone ("Clinton") shows nothing
        folded = first.casefold()
        if folded in self.patterns.feminine_given_names:
            return "f"
        if folded in self.patterns.masculine_given_names:
            return "m"
        return None


def paragraph_candidate(
    text: str,
    start: int,
    stop: int,
    names: FullNames,
    patterns: Patterns,
    genders: Genders,
    gender: Gender | None,
) -> Candidate | None:
    """The nearest person named as a subject in ``text[start:stop]`` whose gender fits.

    A subject is a name followed by a verb or an apposition (``Reyes said``, ``Reyes, 41,
    …``), not an object (``attacked Trump.``); a single word counts only as a surname of a
    full name printed in the article, or before a speech verb.
    """
    # The nearest first: the runs are read from the end, and the first that fits is taken.
    for run in reversed(list(patterns.name_run.finditer(text, start, stop))):
        candidate = _candidate(text, run.start(), run.end(), stop, names, patterns)
        if candidate is None:
            continue
        genders.learn_from_words(candidate.name, candidate.title)
        if genders.fits(candidate.name, gender) and (
            candidate.by_surname or genders.fits_person(candidate.name, gender, candidate.title)
        ):
            return candidate
    return None


def _candidate(
    text: str, start: int, end: int, stop: int, names: FullNames, patterns: Patterns
) -> Candidate | None:
    if not _is_subject(text, end, stop, patterns) or names.is_place(text, start, end):
        return None
    words = text[start:end].split()
    if len(words) >= 2:
        person = names.person(text, start, end)
        if person is None:
            return None
        if " " not in person.name:
            return None
        return Candidate(person.name, person.title, start)
    word = strip_possessive(words[0])
    if word.casefold() in patterns.not_names or word.casefold() in patterns.pronouns:
        return None
    person = names.lookup(word)
    if person is not None and name_key(person.name.split()[-1]) == name_key(word):
        return Candidate(person.name, person.title, start, by_surname=True)
    if names.reports(text, end, stop):
        return Candidate(word, None, start, by_surname=True)  # "Reyes said …": a surname
    return None


def _is_subject(text: str, end: int, stop: int, patterns: Patterns) -> bool:
    """Whether the name ending at *end* stands as a subject: a comma (an apposition) or a
    lower-case word that is no preposition or article follows it."""
    rest = text[end : min(stop, end + 2)]
    if rest.startswith(",") or rest == " (":
        return True  # "Reyes, 41, …", "Claire Roe (D-Mo.) scolded"
    following = NEXT_WORD.match(text, end, stop)
    if following is None:
        return False
    word = following.group(1)
    return word.islower() and word not in patterns.not_names and word not in patterns.determiners
