"""Many lexicon patterns as one alternation the ``regex`` engine searches quickly.

A table of cue patterns (``\\bshare\\b``, ``\\bprint\\b``, ``^related\\s*:`` ...) is searched as
one alternation. The engine tries every alternative at every position of the text, and most
of them open with a word boundary or a start anchor that fails at most positions: written
once in front of the alternatives that share it, the anchor is tested once per position
instead of once per alternative (a search of the link cues in a page's short lines took a
third of the time so).

The rewrite keeps the alternatives in their order and only gathers *consecutive* ones under
their shared opening, so every search, match and ``findall`` gives exactly what the plain
alternation gives: at each position the alternatives are still tried in the same order, and
when the shared anchor fails, each of them would have failed on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

__all__ = [
    "AnyPattern",
    "CaselessWording",
    "alternation",
    "holds_inline_flags",
    "syntax_characters",
    "top_level_alternatives",
]

# The zero-width openings worth sharing: a word boundary, the start of the text.
_SHARED_OPENINGS = ("^", r"\b")
# Inline flags for the rest of the pattern (``(?i)``), or verbose syntax in a group.
_UNSAFE_FLAGS = regex.compile(r"\(\?[a-zA-Z^-]*(?:\)|x[a-zA-Z^-]*:)")


def top_level_alternatives(pattern: str) -> list[str]:
    """*pattern* cut at its top-level ``|`` (outside groups, sets and escapes).

    >>> top_level_alternatives(r"\\bshare\\b|(?:a|b)|[|]|\\||x")
    ['\\\\bshare\\\\b', '(?:a|b)', '[|]', '\\\\|', 'x']
    """
    alternatives: list[str] = []
    depth = start = 0
    for index, character in syntax_characters(pattern):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
    alternatives.append(pattern[start:])
    return alternatives


def syntax_characters(pattern: str) -> Iterator[tuple[int, str]]:
    """``(index, character)`` of the pattern's syntax characters: escapes and the insides of
    ``[...]`` sets skipped.

    >>> [character for _, character in syntax_characters(r"a[]|(]\\(|(b)")]
    ['a', '|', '(', 'b', ')']
    """
    index, in_set = 0, False
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2  # an escape: the next character is literal here
            continue
        if in_set:
            in_set = character != "]"
        elif character == "[":
            in_set = True
            # A "]" first in a set (after an optional "^") is a member, not its end.
            index += 2 if pattern[index + 1 : index + 2] == "^" else 1
            index += pattern[index : index + 1] == "]"
            continue
        else:
            yield index, character
        index += 1


def alternation(patterns: Iterable[str], *, ordered: bool = True) -> str:
    """One pattern matching what any of *patterns* matches, exactly as
    ``"|".join(f"(?:{p})" for p in patterns)`` does, with each run of consecutive
    alternatives that open with ``\\b`` (or ``^``) written after one shared ``\\b`` (``^``).

    >>> alternation([r"\\bshare\\b", r"\\bprint\\b|©", r"^related:", r"^see also:"])
    '\\\\b(?:(?:share\\\\b)|(?:print\\\\b))|(?:©)|^(?:(?:related:)|(?:see also:))'

    With ``ordered=False`` the alternatives that share an opening are gathered wherever they
    stand (those opening with ``^`` first, then ``\\b``, then the rest): the pattern then
    finds a match wherever the plain alternation finds one, but maybe another match there,
    so it serves only to ask *whether* a text holds one.

    >>> alternation([r"\\bshare\\b", "©", r"\\bprint\\b"], ordered=False)
    '\\\\b(?:(?:share\\\\b)|(?:print\\\\b))|(?:©)'

    Patterns with inline flags (``(?i)`` at their start) or verbose syntax are kept whole.
    """
    pieces = [
        piece
        for pattern in patterns
        for piece in (top_level_alternatives(pattern) if _splittable(pattern) else [pattern])
    ]
    if not ordered:
        pieces.sort(key=_opening_rank)
    runs: list[tuple[str, list[str]]] = []
    for piece in pieces:
        opening = next((shared for shared in _SHARED_OPENINGS if piece.startswith(shared)), "")
        rest = piece[len(opening) :]
        if runs and opening and runs[-1][0] == opening:
            runs[-1][1].append(rest)
        else:
            runs.append((opening, [rest]))
    return "|".join(
        f"{opening}(?:{'|'.join(f'(?:{rest})' for rest in rests)})"
        if opening
        else f"(?:{rests[0]})"
        for opening, rests in runs
    )


class AnyPattern:
    """Whether a text holds a match of any of *patterns*, asked as two searches: one of the
    alternatives that open with ``^`` and one of the others (each an unordered
    :func:`alternation`, compiled with *flags*).

    One alternation of both kinds is searched slowly: an alternative anchored at the start
    keeps the ``regex`` engine from skipping ahead to where the others may match, so it
    tries every alternative at every position (the markup lines searched in a page's
    paragraphs took ten times as long so). A text holds a match of the alternation exactly
    when it holds one of either part. Patterns that cannot be cut into alternatives (inline
    flags) are searched as one alternation, as before.

    >>> cues = AnyPattern([r"^related:", r"\\bshare\\b|^see also:"])
    >>> bool(cues.search("Share this")), bool(cues.search("We see also: this")), cues.search("")
    (True, False, None)
    """

    def __init__(self, patterns: Iterable[str], flags: str = "(?i)") -> None:
        patterns = list(patterns)
        if not all(_splittable(pattern) for pattern in patterns):
            self._parts = [regex.compile(flags + alternation(patterns, ordered=False))]
            return
        pieces = [piece for pattern in patterns for piece in top_level_alternatives(pattern)]
        anchored = [piece for piece in pieces if piece.startswith("^")]
        others = [piece for piece in pieces if not piece.startswith("^")]
        self._parts = [
            regex.compile(flags + alternation(part, ordered=False))
            for part in (anchored, others)
            if part
        ]

    def search(self, text: str) -> regex.Match[str] | None:
        """A match of one of the patterns in *text* (which one, and where, is not said)."""
        for part in self._parts:
            found = part.search(text)
            if found is not None:
                return found
        return None


class CaselessWording:
    """A table of wording searched case-insensitively as one :func:`alternation`
    (:attr:`pattern`), and for the built-in table a faster search of ASCII texts.

    A built-in table of wording (lower-case ASCII words, spaces and punctuation, word
    boundaries, groups and optional parts; some marks beyond ASCII) matches an ASCII text
    case-insensitively where it matches the lower-cased text case-sensitively, and the
    standard library's engine searches that in about two thirds of the time (``\\b`` and
    the literals mean the same to both engines on ASCII text; unit tests compare them on
    every ASCII character beside a cue). A table a lexicon changed may ask for
    ``regex``'s syntax or case rules: then every text is searched as the pattern is.

    >>> cues = CaselessWording([r"\\bshare\\b", r"\\bread more\\b"], built_in=True)
    >>> cues.count("SHARE | Read More | shared"), cues.found_in("Café: share")
    (2, True)
    """

    __slots__ = ("lowered", "pattern")

    def __init__(self, patterns: Iterable[str], *, built_in: bool, ordered: bool = True) -> None:
        source = alternation(patterns, ordered=ordered)
        self.pattern = regex.compile("(?i)" + source)
        self.lowered = re.compile(source) if built_in and _plain_wording(source) else None

    def count(self, text: str) -> int:
        """How many matches *text* holds (``len(self.pattern.findall(text))``)."""
        if self.lowered is not None and text.isascii():
            return len(self.lowered.findall(text.lower()))
        return len(self.pattern.findall(text))

    def found_in(self, text: str) -> bool:
        """Whether *text* holds a match (``self.pattern.search(text) is not None``)."""
        if self.lowered is not None and text.isascii():
            return self.lowered.search(text.lower()) is not None
        return self.pattern.search(text) is not None


# An escape of a class whose members the two engines may not agree on in ASCII text
# (``\\s``: the standard library's holds four control characters more), or of a property;
# an inline flag, or a lookaround (only ``(?:`` is plain).
_ENGINE_SYNTAX = regex.compile(r"\\[a-zA-Z0-9](?<!\\b)|\(\?(?!:)")


def _plain_wording(source: str) -> bool:
    """Whether the ``(?i)`` search of *source* in an ASCII text finds what the standard
    library's case-sensitive search of it finds in the lower-cased text: no capital (it
    would match only a capital, which a lowered text lacks) and no syntax beyond words,
    escaped marks, ``\\b``, sets, groups and repeats.

    >>> _plain_wording(r"\\bread (?:more|full)\\b|\\bdel\\.icio\\.us"), _plain_wording(r"\\bRSS")
    (True, False)
    >>> _plain_wording(r"\\bshare\\s+this"), _plain_wording(r"(?-i:by)")
    (False, False)
    """
    return source == source.lower() and _ENGINE_SYNTAX.search(source) is None


def _opening_rank(piece: str) -> int:
    """Where an alternative goes in an unordered alternation: by its shared opening."""
    for rank, opening in enumerate(_SHARED_OPENINGS):
        if piece.startswith(opening):
            return rank
    return len(_SHARED_OPENINGS)


def _splittable(pattern: str) -> bool:
    """Whether *pattern* may be cut into alternatives (see :func:`holds_inline_flags`)."""
    return not holds_inline_flags(pattern)


def holds_inline_flags(pattern: str) -> bool:
    """Whether *pattern* holds global inline flags (which, in an alternation with others,
    would hold for them too) or verbose syntax (whose ``#`` comments may hide a ``|``).

    >>> holds_inline_flags(r"(?i)share"), holds_inline_flags(r"(?:a|b)(?=c)(?i:d)")
    (True, False)
    """
    return _UNSAFE_FLAGS.search(pattern) is not None
