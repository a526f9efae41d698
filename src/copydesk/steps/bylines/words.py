"""The lexicon's byline tables, and what a byline says once read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs
import regex

from copydesk.lexicon import Lexicon
from copydesk.reading.names import NameWords, name_words

__all__ = ["HOLDS_BY", "BylineWords", "GuardedPattern", "Reading", "byline_words", "key_words"]


class GuardedPattern:
    """*pattern*, matched at the start of a text only where the cheap test *may_match* says
    the text may hold a match: every block of a page is tried for a lead-in several times,
    and a failed ``regex`` match of a long case-insensitive alternation costs several times
    a search of the stdlib engine for what every match opens with or holds. *may_match*
    (true or a match) must pass every text the pattern matches.
    """

    __slots__ = ("_may_match", "pattern")

    def __init__(self, pattern: regex.Pattern[str], may_match: Callable[[str], object]) -> None:
        self.pattern = pattern
        self._may_match = may_match

    def match(self, text: str) -> regex.Match[str] | None:
        """``pattern.match(text)``, or None at once where *may_match* fails."""
        return self.pattern.match(text) if self._may_match(text) else None


# "by" in any case: what a dated lead-in ("Jan 14 2008 by") always holds. The stdlib engine
# finds two literal classes fast; (?i) matches only these four spellings of the two letters.
HOLDS_BY = re.compile("[Bb][Yy]")


# The ASCII letters that open a lead (see `_opened_by`).
_OPENING_LETTERS = re.compile("[A-Za-z]*")


def _opened_by(leads: Iterable[str]) -> Callable[[str], object]:
    """A test passing every text that a lead-in pattern of *leads* may match at its start.

    In the pattern every lead (``written by``, ``author``) opens with ASCII letters and is
    followed by no further letter (a space, ``(s)``, ``:``, the end of the word): a text it
    matches opens with those letters and no letter after them, or with ``by`` (``By Jane``,
    ``ByJane``, ``by written by``). The test is one search of the stdlib engine, whose
    case-insensitive ASCII letters match every letter that the ``regex`` engine's do (and
    the dotless ``ı`` too). Where a lead opens otherwise, every text passes.
    """
    heads = {_OPENING_LETTERS.match(lead)[0].lower() for lead in leads}  # type: ignore[index]
    if "" in heads:
        return lambda text: True
    alternatives = "|".join(re.escape(head) for head in sorted(heads, key=len, reverse=True))
    opening = re.compile(rf"(?i)by|(?:{alternatives})(?![A-Za-z])")
    return opening.match


@attrs.frozen
class BylineWords:
    """The lexicon's byline tables as casefolded sets and patterns, built once per lexicon
    (see :func:`byline_words`)."""

    leads: GuardedPattern
    """A lead-in (``By``, ``Written by``) at the start of a line."""
    role_heads: frozenset[str]
    role_words: frozenset[str]
    outlet_words: frozenset[str]
    outlet_small_words: frozenset[str]
    organization_heads: frozenset[str]
    outlet_joiners: frozenset[str]
    plain_leads: frozenset[str]
    """Lead-ins (casefolded, one space) that say least of the line: ``by``, ``posted by``."""
    place_openers: tuple[str, ...]
    """``in ``, ``at ``: a part opening with one is a place (``By Julian Linden, in Sydney``)."""
    trailer: regex.Pattern[str]
    """Any trailer lead (``Reporting by``), searched (see ``trailers.trailer_leads``)."""
    trailer_kinds: dict[str, str]
    trailer_words: tuple[str, ...] | None
    """Casefolded words one of which every trailer lead holds (see :func:`key_words`)."""
    names: NameWords
    """The name tables (particles, given names ...)."""
    unit_role_heads: frozenset[str]
    """Role heads naming an outlet's unit (``desk``), casefolded."""
    generic_handles: frozenset[str]
    """Account names that are no person (``admin``), casefolded, one space."""
    reviewer_labels: frozenset[str]
    """Label lines over an editor's name (``Edited by``), casefolded, one space."""
    site_owner: regex.Pattern[str]
    """A personal site's masthead, ``Jane Doe's blog``: the owner's name in group 1."""
    qualification_leads: frozenset[str] = frozenset()
    """Words opening a qualification (``licensed``), casefolded: a role, no organisation."""
    role_head_mark: re.Pattern[str] = re.compile("")
    """Any role head, searched in a casefolded line: a line whose words hold a role head
    holds this (a cheap first test; the stdlib engine finds literals fast)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> BylineWords:
        """The tables of *lexicon* (use :func:`byline_words`, which builds them once)."""
        leads = sorted(lexicon.byline_leads, key=len, reverse=True)
        lead_pattern = "|".join(regex.escape(lead).replace(r"\ ", r"\s+") for lead in leads)
        # (A Lexicon field to come; read from the table until then.)
        colon_pattern = "|".join(regex.escape(lead) for lead in lexicon.colon_byline_leads)
        trailer_leads = sorted((lead for lead, _ in lexicon.trailer_roles), key=len, reverse=True)
        trailer_pattern = "|".join(
            regex.escape(lead).replace(r"\ ", r"\s+") for lead in trailer_leads
        )
        # ("Author(s):": any lead-in may close with a plural's "(s)".)
        return cls(
            # ("ByJulia Reinstein": a page's "By" glued to the name it opens.)
            leads=GuardedPattern(
                regex.compile(
                    rf"(?i)^(?:(?-i:By(?=\p{{Lu}}\p{{Ll}}))|(?:by\s*)?(?:{lead_pattern})(?:\(s\))?"
                    rf"(?!\w)\s*:?|(?:{colon_pattern})\s*:)\s*"
                ),
                _opened_by((*leads, *lexicon.colon_byline_leads)),
            ),
            role_heads=frozenset(lexicon.role_heads),
            role_words=frozenset(lexicon.role_words),
            outlet_words=frozenset(lexicon.outlet_words),
            outlet_small_words=frozenset(lexicon.outlet_small_words),
            organization_heads=frozenset(word.casefold() for word in lexicon.organization_heads),
            outlet_joiners=frozenset(lexicon.outlet_joiners),
            plain_leads=frozenset(
                " ".join(lead.casefold().split()) for lead in lexicon.plain_byline_leads
            ),
            place_openers=tuple(f"{preposition} " for preposition in lexicon.place_prepositions),
            # A lead must follow the start, a space or one of "(;," (checked in
            # `trailer_leads`: a lookbehind before the alternation made every search slow).
            trailer=regex.compile(rf"(?i)\b(?:{trailer_pattern})\b\s*:?"),
            trailer_kinds=dict(lexicon.trailer_roles),
            trailer_words=key_words(lead.split() for lead, _ in lexicon.trailer_roles),
            names=name_words(lexicon),
            unit_role_heads=frozenset(word.casefold() for word in lexicon.unit_role_heads),
            generic_handles=frozenset(
                " ".join(handle.casefold().split()) for handle in lexicon.generic_handles
            ),
            reviewer_labels=frozenset(
                " ".join(label.casefold().split()) for label in lexicon.reviewer_labels
            ),
            site_owner=regex.compile(
                r"(?i)(.{3,60}?)['’]s\s+(?:"
                + "|".join(regex.escape(word) for word in lexicon.personal_site_words)
                + r")"
            ),
            qualification_leads=frozenset(word.casefold() for word in lexicon.qualification_leads),
            role_head_mark=re.compile(
                "|".join(re.escape(head) for head in sorted(lexicon.role_heads, reverse=True))
            ),
        )


def byline_words(lexicon: Lexicon) -> BylineWords:
    """The byline tables of *lexicon*, built once until it changes."""
    return lexicon.cached("bylines.words", BylineWords.build)


def key_words(phrases: Iterable[list[str]]) -> tuple[str, ...] | None:
    """The casefolded longest word of every phrase, without a word holding another one
    (``reported`` goes where ``report`` is): a phrase is only where one of them is. None
    when a word goes beyond ASCII (see ``trailers.may_hold_trailer_lead``).

    >>> key_words([["reporting", "by"], ["reported", "by"], ["with", "files", "from"]])
    ('files', 'reported', 'reporting')
    >>> key_words([["report", "by"], ["reported", "by"]])
    ('report',)
    """
    longest = {max(words, key=len).casefold() for words in phrases if words}
    if not all(word.isascii() for word in longest):
        return None
    kept = (word for word in longest if not any(o != word and o in word for o in longest))
    return tuple(sorted(kept))


@attrs.define
class Reading:
    """What a byline says: names, organisation, role (all optional)."""

    names: list[str] = attrs.field(factory=list)
    organization: str | None = None
    role: str | None = None
    place: bool = False
    """Whether a place followed a name (``Tom Phillips in Rio``)."""
