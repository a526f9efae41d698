"""The page-kind classifier's cue groups, counted over a page's blocks.

Each group of the lexicon's ``page_kind_cues`` is counted as the number of blocks that hold
one of its cues (:class:`PageCues`). Most blocks hold none, and searching each block for
each group's alternation was most of the classifier's time, so a count is reached in two
steps, and a caller that needs only a bound (:func:`copydesk.steps.boilerplate.kinds.page_kind`)
stops after the first:

1. **Candidates.** Every match of a cue holds one of its group's pieces of text (the lexicon's
   ``page_kind_cue_words``, read case-insensitively) and a match of its guard pattern
   (``page_kind_cue_guards``). The pieces are found in the whole page's lower-cased text at
   once, a ``str.find`` per piece, not per piece and block: a block without one of a group's
   pieces is no candidate of that group.
2. **Count.** Only the candidates are searched for the group's alternation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from copydesk.lexicon import Lexicon

__all__ = ["CUE_GROUPS", "CueGroup", "PageCues", "cue_groups", "lowered"]

#: The cue groups of the lexicon's ``page_kind_cues`` that the classifier counts.
CUE_GROUPS: tuple[str, ...] = (
    "price",
    "product",
    "post",
    "docs",
    "code",
    "listing",
    "service",
    "article",
)

_NEVER = regex.compile(r"(?!)")
# The characters outside ASCII that a case-insensitive pattern matches to ASCII ones (the
# regex module's case tables: dotted and dotless i, long s, Kelvin sign; a unit test derives
# them from the engine). Lower-casing keeps every other character one character long.
_FOLDS_INTO_ASCII = regex.compile("[\u0130\u0131\u017f\u212a]")
# The page's lower-cased text is read in stretches of about this many characters (a
# bounded copy of a page of many megabytes).
_STRETCH_CHARS = 1 << 13


class CueGroup:
    """One group of :data:`CUE_GROUPS`: its patterns searched as one, and cheap first tests
    that every match passes (from the lexicon's ``page_kind_cue_guards`` and
    ``page_kind_cue_words``; a test is used only when every pattern of the group has one)."""

    __slots__ = ("guard", "pattern", "pieces", "whole_page")

    def __init__(self, patterns: Sequence[str], lexicon: Lexicon) -> None:
        self.pattern = (
            regex.compile("(?im)" + "|".join(f"(?:{p})" for p in patterns)) if patterns else _NEVER
        )
        # A text matches the group's alternation only where it matches one of its patterns:
        # the group's first test is the union of its patterns' tests.
        guards = dict(lexicon.page_kind_cue_guards)
        self.guard = (
            regex.compile("|".join(f"(?:{guards[p]})" for p in patterns))
            if patterns and all(p in guards for p in patterns)
            else None
        )
        pieces: dict[str, list[str]] = {}
        for pattern, piece in lexicon.page_kind_cue_words:
            pieces.setdefault(pattern, []).append(piece)
        self.pieces = (
            tuple(piece for p in patterns for piece in pieces[p])
            if patterns and all(p in pieces for p in patterns)
            else None
        )
        # A piece found in the page's text lies inside one block's text (read with a line
        # break before it) when it holds no line break past its first character.
        self.whole_page = self.pieces is not None and all(
            piece and "\n" not in piece[1:] for piece in self.pieces
        )

    def found_in(self, text: str, lowered: str | None) -> bool:
        """Whether *text* holds a cue of the group (*lowered*: see :func:`lowered`)."""
        if not self.may_hold(text, lowered):
            return False
        return self.pattern.search(text) is not None

    def may_hold(self, text: str, lowered: str | None) -> bool:
        """Whether *text* passes the group's first tests (false: it holds no cue)."""
        if self.guard is not None and self.guard.search(text) is None:
            return False
        return (
            self.pieces is None or lowered is None or any(piece in lowered for piece in self.pieces)
        )


def lowered(text: str) -> str | None:
    """*text* lower-cased after a line break, where a case-insensitive match of an ASCII
    piece is that piece in it (and a match at a line's start follows a line break: ``^``
    matches only after one, or at the start); None when *text* holds a character that
    matches an ASCII letter only case-insensitively."""
    if text.isascii() or _FOLDS_INTO_ASCII.search(text) is None:
        return "\n" + text.lower()
    return None


def cue_groups(lexicon: Lexicon) -> list[CueGroup]:
    """The lexicon's ``page_kind_cues``, one :class:`CueGroup` per group of
    :data:`CUE_GROUPS` (a group the lexicon has no pattern for never matches)."""
    grouped: dict[str, list[str]] = {group: [] for group in CUE_GROUPS}
    for group, pattern in lexicon.page_kind_cues:
        grouped.setdefault(group, []).append(pattern)
    return [CueGroup(grouped[group], lexicon) for group in CUE_GROUPS]


class PageCues:
    """The cue groups of one page's block texts: for each group, the blocks that may hold
    one of its cues (:meth:`candidates`) and the number that do (:meth:`count`)."""

    def __init__(self, texts: Sequence[str], groups: Sequence[CueGroup]) -> None:
        self.texts = texts
        self.groups = groups
        self._candidates: dict[int, list[int]] = {}
        self._counts: dict[int, int] = {}

    def candidates(self, group: int) -> list[int]:
        """The indices of the texts that pass the first tests of ``groups[group]``."""
        if group not in self._candidates:
            self.read_candidates([group])
        return self._candidates[group]

    def count(self, group: int) -> int:
        """How many texts hold a cue of ``groups[group]``."""
        found = self._counts.get(group)
        if found is None:
            pattern = self.groups[group].pattern
            found = sum(1 for index in self.candidates(group) if pattern.search(self.texts[index]))
            self._counts[group] = found
        return found

    def read_candidates(self, groups: Sequence[int]) -> None:
        """Find the :meth:`candidates` of the groups numbered *groups* (the pieces of all
        of them in one reading of the page's text)."""
        texts = self.texts
        whole_page = [group for group in groups if self.groups[group].whole_page]
        hits: dict[int, set[int]] = {group: set() for group in whole_page}
        if whole_page:
            for first, last in _stretches(texts):
                self._find_pieces(first, last, hits)
        for number in groups:
            group = self.groups[number]
            if number in hits:
                guard = group.guard
                self._candidates[number] = [
                    index
                    for index in sorted(hits[number])
                    if guard is None or guard.search(texts[index])
                ]
            else:  # each text tested on its own (no pieces, or pieces that span lines)
                self._candidates[number] = [
                    index
                    for index, text in enumerate(texts)
                    if group.may_hold(text, lowered(text) if group.pieces else None)
                ]

    def _find_pieces(self, first: int, last: int, hits: dict[int, set[int]]) -> None:
        """Add to *hits* the texts ``first`` to ``last - 1`` that hold a piece of a group
        (a text lower-cased only with a change of length counts as holding them all)."""
        parts, starts, position = [], [], 0
        for index in range(first, last):
            text = self.texts[index]
            if text.isascii() or _FOLDS_INTO_ASCII.search(text) is None:
                parts.append(text)
            else:
                parts.append("")
                for group_hits in hits.values():
                    group_hits.add(index)
            starts.append(position)
            position += 1 + len(parts[-1])
        # Each text with the line break before it, as :func:`lowered` reads it.
        page = ("\n" + "\n".join(parts)).lower()
        del parts
        count = len(starts)
        for number, group_hits in hits.items():
            for piece in self.groups[number].pieces or ():
                position = page.find(piece)
                while position >= 0:
                    block = bisect_right(starts, position) - 1
                    group_hits.add(first + block)
                    if block + 1 >= count:
                        break
                    position = page.find(piece, starts[block + 1])


def _stretches(texts: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, last)`` index ranges of *texts* of about ``_STRETCH_CHARS`` each."""
    stretches, first, size = [], 0, 0
    for index, text in enumerate(texts):
        size += len(text) + 1
        if size >= _STRETCH_CHARS:
            stretches.append((first, index + 1))
            first, size = index + 1, 0
    if first < len(texts):
        stretches.append((first, len(texts)))
    return stretches
