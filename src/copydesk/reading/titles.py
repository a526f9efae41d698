"""Titles printed before a name: ``U.S. Secretary of Defense Lloyd Austin``,
``Millikin assistant athletic director Bryan Marshall``.

A :class:`TitleTable` is built once from the lexicon's titles (``state.lexicon.titles``,
with its ``determiners`` and ``not_speaker_name_words``);
:func:`split_title` reads where the title ends and the name begins.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

__all__ = ["TitleTable", "split_title"]

_NON_SPACE = regex.compile(r"\S+")
# How many phrases a table remembers the split of before it starts afresh.
_SPLIT_MEMO_SIZE = 256


@attrs.frozen
class TitleTable:
    """The lexicon's titles as word tuples, ready to be matched among the words of a phrase."""

    as_printed: frozenset[tuple[str, ...]]
    """Capitalised titles, matched as printed (``("Secretary", "of", "State")``)."""
    any_case: frozenset[tuple[str, ...]]
    """Lower-case titles, as casefolded word tuples matched in any case."""
    most_words: int
    """The most words in a title."""
    prefixes: frozenset[tuple[str, ...]]
    """Every leading run of words of a title (as printed, and casefolded), to stop early."""
    determiners: frozenset[str] = frozenset()
    """Casefolded words that open a noun phrase (``the``): never a title on their own."""
    not_names: frozenset[str] = frozenset()
    """Casefolded words that never open a name (a title is no title before one)."""
    particles: frozenset[str] = frozenset()
    """Lower-case words inside a name (``da`` in ``Lula da Silva``): never a title's end."""
    openers: frozenset[str] = frozenset()
    """The first word of every title, as printed and casefolded (a cheap first test)."""
    given_names: frozenset[str] = frozenset()
    """Casefolded given names: where a name starts after a portfolio (``Minister for Health
    Stephen Donnelly``)."""
    splits: dict[str, tuple[int, int, str | None]] = attrs.field(
        factory=dict, init=False, eq=False, hash=False, repr=False
    )
    """What :func:`split_title` read of each phrase lately, offsets from the phrase's start
    (the answer is the phrase's alone: a name printed again is not read again)."""

    @classmethod
    def build(
        cls,
        titles: Iterable[str],
        *,
        determiners: Iterable[str] = (),
        not_names: Iterable[str] = (),
        particles: Iterable[str] = (),
        given_names: Iterable[str] = (),
    ) -> TitleTable:
        """The table of *titles*: a capitalised entry matches only as printed (``President``),
        a lower-case one in any case (``spokeswoman``, ``Spokeswoman``); *determiners* and
        *not_names* are casefolded words (the lexicon's ``determiners`` and
        ``not_speaker_name_words``)."""
        titles = list(titles)
        as_printed = {tuple(t.split()) for t in titles if not t[:1].islower()}
        any_case = {tuple(t.casefold().split()) for t in titles if t[:1].islower()}
        both = as_printed | any_case
        return cls(
            as_printed=frozenset(as_printed),
            any_case=frozenset(any_case),
            most_words=max((len(title) for title in both), default=0),
            prefixes=frozenset(
                title[:length] for title in both for length in range(1, len(title) + 1)
            ),
            determiners=frozenset(determiners),
            not_names=frozenset(not_names),
            particles=frozenset(particles),
            openers=frozenset(title[0] for title in both if title),
            given_names=frozenset(name.casefold() for name in given_names),
        )

    def spans_in(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the titles among the words of ``text[start:end]``, in order of end.

        >>> table = TitleTable.build(["Secretary", "Secretary of Defense", "spokeswoman"])
        >>> text = "U.S. Secretary of Defense Lloyd Austin"
        >>> [text[start:end] for start, end in table.spans_in(text, 0, len(text))]
        ['Secretary', 'Secretary of Defense']
        """
        matches = list(_NON_SPACE.finditer(text, start, end))
        prefixes, openers = self.prefixes, self.openers
        found: list[tuple[int, int]] = []
        for first, match in enumerate(matches):
            # Most words open no title: skip them before reading the words after them.
            opening = match.group().rstrip(",;:")
            if opening not in openers and opening.casefold() not in openers:
                continue
            first_start = match.start()
            printed: tuple[str, ...] = ()
            folded: tuple[str, ...] = ()
            for _, word_end, word in map(_title_word, matches[first : first + self.most_words]):
                printed, folded = (*printed, word), (*folded, word.casefold())
                if printed not in prefixes and folded not in prefixes:
                    break
                if printed in self.as_printed or folded in self.any_case:
                    found.append((first_start, word_end))
        found.sort(key=lambda span: span[1])
        return found


def _title_word(match: regex.Match[str]) -> tuple[int, int, str]:
    """A word of a speaker phrase as ``(start, end, word)``, without trailing ``,;:``."""
    word = match.group().rstrip(",;:")
    return match.start(), match.start() + len(word), word


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _inside_name(words: list[regex.Match[str]], index: int, table: TitleTable) -> bool:
    """Whether the lower-case word at *index* is a particle between two capitalised words
    (``Lula da Silva``, ``Ursula von der Leyen``)."""
    if words[index].group() not in table.particles or index == 0:
        return False
    following = index + 1
    while following < len(words) and words[following].group() in table.particles:
        following += 1
    return following < len(words) and _is_capitalised(words[following].group())


# A title's portfolio follows one of these (``Minister for Health``, ``Secretary of State``).
_PORTFOLIO_PREPOSITIONS = frozenset({"for", "of"})
# The name after a portfolio has at least this many words (``Stephen Donnelly``).
_MIN_NAME_WORDS = 2


def _portfolio_end(words: list[regex.Match[str]], preposition: int, table: TitleTable) -> int:
    """The index of the portfolio's last word after the *preposition* at that index (``for``
    in ``Minister for Health Stephen Donnelly``): the words before the first given name, else
    all but the last two; the preposition itself when no word is left to the portfolio."""
    first, last_name_start = preposition + 1, len(words) - _MIN_NAME_WORDS
    if first < len(words) and words[first].group().casefold() in table.given_names:
        return preposition  # "Statement of Mark David Chapman": the name follows at once
    for index in range(first + 1, last_name_start + 1):
        if words[index].group().casefold() in table.given_names:
            return index - 1
    return last_name_start - 1 if last_name_start > first else preposition


def split_title(text: str, start: int, end: int, table: TitleTable) -> tuple[int, int, str | None]:
    """Strip a title printed before a name: ``(name start, name end, title or None)``.

    The title is the last one of *table* followed by a capitalised word; failing that, a
    lower-case lead-in before the last capitalised words (``assistant athletic director``).

    >>> table = TitleTable.build(["Secretary of Defense", "director"])
    >>> text = "U.S. Secretary of Defense Lloyd Austin"
    >>> name_start, name_end, title = split_title(text, 0, len(text), table)
    >>> text[name_start:name_end], title
    ('Lloyd Austin', 'U.S. Secretary of Defense')
    """
    phrase = text[start:end]
    split = table.splits.get(phrase)
    if split is None:
        if len(table.splits) >= _SPLIT_MEMO_SIZE:
            table.splits.clear()
        split = table.splits[phrase] = _split_title(phrase, 0, len(phrase), table)
    name_start, name_end, title = split
    return start + name_start, start + name_end, title


def _split_title(text: str, start: int, end: int, table: TitleTable) -> tuple[int, int, str | None]:
    if " " not in text[start:end].strip():
        return start, end, None  # one word: nothing to strip
    best: tuple[int, int] | None = None
    for title_start, title_end in table.spans_in(text, start, end):
        rest = text[title_end:end].lstrip(" ,\n")
        if rest and _is_capitalised(rest) and rest.split()[0].casefold() not in table.not_names:
            best = (title_start, title_end)
    if best is None:
        # "Millikin assistant athletic director Bryan Marshall": a lower-case lead-in.
        words = list(_NON_SPACE.finditer(text[start:end]))
        last_lower = -1
        for index, word in enumerate(words):
            if not _is_capitalised(word.group()) and not _inside_name(words, index, table):
                last_lower = index
        if (
            0 <= last_lower < len(words) - 1
            and words[0].group().casefold() not in table.determiners
        ):
            lead = [word.group() for word in words[max(0, last_lower - 1) : last_lower + 1]]
            if lead[-1] in _PORTFOLIO_PREPOSITIONS or (
                lead[0] in _PORTFOLIO_PREPOSITIONS and lead[-1] in table.determiners
            ):
                # "Minister for Health Stephen Donnelly", "director of the Hong Kong
                # Observatory Chan Pak-wai": the portfolio's capitalised words go to the title.
                last_lower = _portfolio_end(words, last_lower, table)
            cut = start + words[last_lower + 1].start()
            return cut, end, " ".join(text[start:cut].split()).rstrip(",") or None
        return start, end, None
    mention_start = best[1]
    while mention_start < end and text[mention_start] in " ,\n":
        mention_start += 1
    title = " ".join(text[start : best[1]].split()).rstrip(",")
    if title.casefold() in table.determiners:
        title = ""
    return mention_start, end, title or None
