"""Label site chrome: whole blocks that match a chrome pattern of the lexicon.

Rules with position ``"any"`` apply everywhere; ``"edge"`` rules only above the first or
below the last block of prose, so that a word like "Contact" opens no real paragraph by
mistake. Every labelled block is kept in :attr:`Article.chrome`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from copydesk._state import ParseState
from copydesk._step import step
from copydesk.lexicon import ChromeRule, Lexicon
from copydesk.reading.patterns import syntax_characters, top_level_alternatives
from copydesk.reading.prose import is_prose

__all__ = ["chrome"]

# Longer blocks are never chrome lines; bounding the input bounds the matching cost.
_MAX_CHROME_CHARS = 400
# Blocks up to this long are remembered within a parse (longer ones rarely repeat), this
# many at once: the memo starts afresh when full (a text of many different short lines
# held a key per line, the step's memory peak).
_MEMO_CHARS = 100
_MEMO_TEXTS = 4096
# Openings beyond ASCII ("“Y", "«N") are remembered too, up to this many per lexicon: ASCII
# pairs are a bounded set, other characters are not.
_MAX_OTHER_OPENINGS = 4096

# Pattern syntax that may follow an atom and let it match nothing (or repeat it oddly).
_OPTIONAL_AFTER = ("?", "*", "{")
_SPECIAL = frozenset(".^$()[]{}|?*+#")


@step(requires=("blocks",), provides=("chrome",))
def chrome(state: ParseState) -> None:
    """Label every block that is site chrome.

    A block is chrome when its whole text matches a rule of
    :attr:`Lexicon.chrome_rules <copydesk.Lexicon.chrome_rules>` (the first match names the
    kind); ``edge`` rules match only above or below the article's prose.

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> text = "Skip to content\\n\\nStorm hits\\n\\nThe storm hit.\\n\\nShare this article"
    >>> state = ParseState(text, Lexicon.default())
    >>> for run in (normalize, segment, chrome):
    ...     run(state)
    >>> for block in state.blocks:
    ...     print(block.label, block.kind, state.block_text(block), sep=" | ")
    chrome | navigation | Skip to content
    body | None | Storm hits
    body | None | The storm hit.
    chrome | share | Share this article
    """
    matchers = state.lexicon.cached("chrome.matchers", _Matchers.build)
    first_prose, last_prose = _prose_bounds(state)
    text = state.text
    # Short lines repeat (menus, share rows): match each (text, place) once per parse.
    known: dict[tuple[str, bool], ChromeRule | None] = {}
    for index, block in enumerate(state.blocks):
        if not block.is_body or block.end - block.start > _MAX_CHROME_CHARS:
            continue
        key = (text[block.start : block.end], first_prose <= index <= last_prose)
        if key in known:
            rule = known[key]
        else:
            rule = matchers.rule_for(key[0], middle=key[1])
            if block.end - block.start <= _MEMO_CHARS:
                if len(known) >= _MEMO_TEXTS:
                    known.clear()
                known[key] = rule
        if rule is not None:
            state.mark_chrome(block, rule.kind)


def _prose_bounds(state: ParseState) -> tuple[int, int]:
    """Indices of the first and last prose blocks (an empty range when there is none)."""
    text, blocks = state.text, state.blocks
    first = next(
        (index for index, block in enumerate(blocks) if is_prose(text[block.start : block.end])),
        None,
    )
    if first is None:
        return len(blocks), -1
    last = next(
        index
        for index in range(len(blocks) - 1, first - 1, -1)
        if is_prose(text[blocks[index].start : blocks[index].end])
    )
    return first, last


# --- matching ------------------------------------------------------------------------------
#
# One alternation of all the rules is slow: the regex engine tries every rule at the start of
# every block, and rules that open with ``.{0,200}`` lose the engine's literal-prefix search.
# Instead each rule is compiled on its own, and a block is tried only against the rules that
# can begin with its first character (worked out from each pattern's opening; rules whose
# opening is not plain enough to read are tried on every block), and then, where the block
# opens with two ASCII characters, only against those that a partial match says can open
# with both (remembered per pair: "Sa" rules out every rule but those that scan). The first
# rule that matches in lexicon order wins, exactly as in one big alternation.


@attrs.frozen
class _Matchers:
    """The lexicon's chrome rules, compiled one by one and indexed by first character."""

    rules: tuple[ChromeRule, ...]
    patterns: tuple[regex.Pattern[str], ...]
    openings: tuple[frozenset[str] | None, ...]
    """Per rule, the (lower-cased) characters a match can begin with; None: any."""
    opened: frozenset[str]
    """Every character some rule's opening names."""
    required: tuple[str | None, ...]
    """Per rule tried on every block (no opening known), a casefolded piece of text every
    match holds (see :func:`_required_literal`); None: none known, or not needed."""
    by_character: dict[tuple[str, bool], tuple[int, ...]] = attrs.field(factory=dict)
    """Memo: (first character, amid the prose) -> indices of the rules to try, in order."""
    by_opening: dict[tuple[str, bool], tuple[int, ...]] = attrs.field(factory=dict)
    """Memo: (first two characters, in ASCII, amid the prose) -> indices of the rules that
    can match a text opening with them."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Matchers:
        rules = lexicon.chrome_rules
        openings = tuple(_opening_characters(rule.pattern) for rule in rules)
        return cls(
            rules=rules,
            patterns=tuple(regex.compile(rf"(?i:{rule.pattern})\s*") for rule in rules),
            openings=openings,
            opened=frozenset().union(*(opening for opening in openings if opening is not None)),
            required=tuple(
                _required_literal(rule.pattern) if opening is None else None
                for rule, opening in zip(rules, openings, strict=True)
            ),
        )

    def rule_for(self, text: str, *, middle: bool) -> ChromeRule | None:
        """The first rule whose pattern matches all of *text* (edge rules unless *middle*)."""
        folded: str | None = None
        for index in self._candidates(text, middle):
            literal = self.required[index]
            if literal is not None:
                # A rule such as ".{0,120}uses cookies" scans to refuse a block; an "in"
                # test of the text it requires is cheaper.
                if folded is None:
                    folded = _fold_for_literals(text)
                if folded and literal not in folded:
                    continue
            if self.patterns[index].fullmatch(text) is not None:
                return self.rules[index]
        return None

    def _candidates(self, text: str, middle: bool) -> Sequence[int]:
        """The rules that can match *text*, by its first two characters (most lines of prose
        open with a word no rule opens with, and a quotation with a mark and a capital), else
        by its first."""
        opening = text[:2]
        candidates = self.by_opening.get((opening, middle))
        if candidates is not None:
            return candidates
        by_first = self._by_first_character(text[0], middle)
        if len(opening) < 2 or not (
            opening.isascii() or len(self.by_opening) < _MAX_OTHER_OPENINGS
        ):
            return by_first
        # A partial match asks whether some text opening with these two characters can match
        # the whole rule. (A bounded memo: two ASCII characters, as printed, and a few
        # thousand other openings.)
        candidates = self.by_opening[opening, middle] = tuple(
            index
            for index in by_first
            if self.patterns[index].fullmatch(opening, partial=True) is not None
        )
        return candidates

    def _by_first_character(self, first: str, middle: bool) -> Sequence[int]:
        if first.isascii():
            key = first.lower()
        elif first.isdecimal():
            key = _ANY  # "\d" matches every script's digits ("٣ comments"): try all
        elif first.lower() == first == first.upper():
            key = first  # no case: it matches only itself
        else:
            key = _ANY  # a cased letter beyond ASCII may fold to another script's: try all
        if key not in self.opened and key != _ANY:
            key = _NONE  # characters no rule opens with share one entry (a bounded memo)
        candidates = self.by_character.get((key, middle))
        if candidates is None:
            candidates = self.by_character[key, middle] = tuple(
                index
                for index, (rule, opening) in enumerate(zip(self.rules, self.openings, strict=True))
                if not (middle and rule.position == "edge")
                if key == _ANY or opening is None or key in opening
            )
        return candidates


# Memo keys of _Matchers._candidates: try every rule; try only the rules that open with anything.
_ANY = "any"
_NONE = "none"


def _opening_characters(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters a match of *pattern* must begin with, or None if unsure.

    Only plain openings are read: a literal, an escaped symbol, ``\\d``, a ``(?:...)`` group
    of such alternatives, each possibly optional (``?``). Anything else gives None.

    >>> sorted(_opening_characters(r"share|(?:tweet|copy) link|\\[?ad"))
    ['[', 'a', 'c', 's', 't']
    >>> _opening_characters(r".{0,200}all rights reserved") is None
    True
    """
    alternatives = _split_alternatives(pattern)
    if alternatives is None:
        return None
    found: set[str] = set()
    for alternative in alternatives:
        opening = _opening_of_sequence(alternative)
        if opening is None:
            return None
        found |= opening
    return frozenset(found)


def _opening_of_sequence(pattern: str) -> frozenset[str] | None:
    """Opening characters of one alternative: its first atom's, plus the next atom's while
    the atoms before are optional."""
    found: set[str] = set()
    while pattern:
        atom = _first_atom(pattern)
        if atom is None:
            return None
        characters, length = atom
        found |= characters
        quantifier = pattern[length : length + 1]
        if quantifier == "?":
            pattern = pattern[length + 1 :].removeprefix("?")  # a lazy "??" too
            continue
        if quantifier in _OPTIONAL_AFTER:
            return None  # "*" or "{m,n}": may match nothing, or more than we read here
        return frozenset(found)
    return None  # the alternative can match the empty string


def _first_atom(pattern: str) -> tuple[frozenset[str], int] | None:
    """(opening characters, length) of the atom *pattern* opens with, or None."""
    first = pattern[0]
    if pattern.startswith("(?:"):
        end = _group_end(pattern)
        inner = None if end is None else _opening_characters(pattern[3:end])
        return None if end is None or inner is None else (inner, end + 1)
    if first == "\\":
        escaped = pattern[1:2]
        if escaped == "d":
            return frozenset("0123456789"), 2
        if escaped.isascii() and escaped in _SPECIAL | {"\\", "-", "/", "&", "~", ":"}:
            return frozenset(escaped), 2
        return None
    if first in _SPECIAL or first.isspace():
        return None
    if first.isascii():
        return frozenset(first.lower()), 1
    if first.lower() == first == first.upper():
        return frozenset(first), 1
    return None


def _split_alternatives(pattern: str) -> list[str] | None:
    """*pattern* cut at its top-level ``|`` (None if a bracket is unbalanced)."""
    depth = 0
    for _, char in syntax_characters(pattern):
        depth += (char == "(") - (char == ")")
    return top_level_alternatives(pattern) if depth == 0 else None


def _group_end(pattern: str) -> int | None:
    """Index of the ``)`` that closes the group *pattern* opens with."""
    depth = 0
    for index, char in syntax_characters(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


# --- required literals ---------------------------------------------------------------------
#
# The rules whose opening cannot be read (``.{0,200}all rights reserved``) are tried on every
# block, and each try scans. Most of them require a plain piece of text somewhere (``all
# rights reserved``): an ``in`` test on the casefolded block refuses them far more cheaply.
# The test is sound because, in a case-insensitive pattern, a character matches an ASCII
# letter only when it casefolds to that letter; the one exception, the dotted capital I
# (which casefolds to two characters), turns the test off for the block.

# A required piece shorter than this is not worth a test.
_MIN_LITERAL = 3
# Inline flags that change what a plain character means (verbose mode ignores spaces; V1 sets
# and full case folding are left alone too).
_LITERAL_UNSAFE_FLAGS = regex.compile(r"\(\?[a-zA-Z-]*[xXVf]")
# Escapes of one character class or zero-width test (\d, \b ...): not a literal, two characters.
_CLASS_ESCAPES = frozenset("bBdDsSwW")


def _fold_for_literals(text: str) -> str:
    """*text* casefolded for the required-literal tests, or "" when they cannot be trusted."""
    if text.isascii():
        return text.lower()  # the same in ASCII, and much faster
    return "" if "\u0130" in text else text.casefold()


def _required_literal(pattern: str) -> str | None:
    """A casefolded piece of plain text that every match of *pattern* holds, or None.

    Only a pattern without a top-level ``|`` is read, atom by atom: the longest run of plain
    characters, none of them quantified, outside every group and class. Anything the reader
    is unsure of gives None (the rule is then always tried).

    >>> _required_literal(r".{0,200}\\ball rights reserved\\.?")
    'all rights reserved'
    >>> _required_literal(r".{0,60}\\(opens? in (?:a )?new (?:window|tab)\\)")
    '(open'
    >>> _required_literal(r"share|tweet") is None, _required_literal(r"\\p{L}+ news") is None
    (True, True)
    """
    if _LITERAL_UNSAFE_FLAGS.search(pattern):
        return None
    alternatives = _split_alternatives(pattern)
    if alternatives is None or len(alternatives) != 1:
        return None
    runs = [""]
    rest = pattern
    while rest:
        atom = _literal_atom(rest)
        if atom is None:
            return None
        character, length = atom
        quantifier = _quantifier_length(rest[length:])
        if quantifier is None:
            return None
        if character is None or quantifier:
            runs.append("")
        else:
            runs[-1] += character
        rest = rest[length + quantifier :]
    longest = max(runs, key=len)
    if len(longest) < _MIN_LITERAL or not longest.isascii():
        return None
    return longest.casefold()


def _literal_atom(pattern: str) -> tuple[str | None, int] | None:
    """(the plain character, or None for any other atom; the atom's length) of the atom
    *pattern* opens with; None if unsure."""
    first = pattern[0]
    if first == "\\":
        escaped = pattern[1:2]
        if escaped in _CLASS_ESCAPES:
            return None, 2
        if escaped.isascii() and not escaped.isalnum() and escaped != "":
            return escaped, 2  # an escaped symbol or space: "\(", "\.", "\ "
        return None  # \p{..}, \x41, \1 ...: unsure of the length or the meaning
    if first == "(":
        end = _group_end(pattern)
        return None if end is None else (None, end + 1)
    if first == "[":
        end = _class_end(pattern)
        return None if end is None else (None, end + 1)
    if first in ".^$":
        return None, 1
    if first in "|)]{}?*+#":
        return None
    return first, 1


def _class_end(pattern: str) -> int | None:
    """Index of the ``]`` that closes the class *pattern* opens with."""
    index = 1
    index += pattern[index : index + 1] == "^"
    index += pattern[index : index + 1] == "]"  # a "]" right after "[" is a literal
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
        elif pattern[index] == "]":
            return index
        else:
            index += 1
    return None


def _quantifier_length(pattern: str) -> int | None:
    """Length of the quantifier *pattern* opens with (0: none; None: unsure)."""
    first = pattern[:1]
    if first in ("?", "*", "+"):
        length = 1
    elif first == "{":
        close = pattern.find("}")
        if close < 0:
            return None
        length = close + 1
    else:
        return 0
    return length + (pattern[length : length + 1] in ("?", "+"))
