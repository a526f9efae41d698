"""What follows the names of a byline: the organisation or the job title of a part such as
``Associated Press Writer``, ``Special to the Pioneer Press`` or ``CEO of CaseBasix`` (see
:func:`classify_extra`), and the known agency a part names."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import known_agency
from copydesk.reading.names import TRAILING_PUNCTUATION
from copydesk.steps.bylines.words import BylineWords

__all__ = [
    "agency_named",
    "classify_extra",
    "is_capitalised",
    "is_outlet",
    "organization_in_role",
]

# An organisation or job title is at most this many words.
_MAX_ORG_WORDS = 8
# An outlet known by no outlet word ("Burnaby Now") is a few capitalised words.
_MAX_LOOSE_OUTLET_WORDS = 4
# "Founder at Oakywood", "CEO of CaseBasix": where a job title names its organisation.
_ROLE_AT = regex.compile(r"\s+(?:of|at)\s+")
_EMPLOYER_AT = regex.compile(r"\s+at\s+")
_AFTER_PREPOSITION = regex.compile(r"(?i)\b(?:to|for)\s+(.+)$")
_WORD_PIECES = regex.compile(r"[-/]")
# An outlet's initials: "BBC", "CNN", "NPR".
_INITIALS = regex.compile(r"\p{Lu}{2,6}")


def classify_extra(
    lexicon: Lexicon, words: BylineWords, text: str, *, after_separator: bool
) -> tuple[str | None, str | None]:
    """(organisation, role) of a byline part such as ``Associated Press Writer``."""
    text = " ".join(text.split()).strip(TRAILING_PUNCTUATION + "()")
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_ORG_WORDS:
        return None, None
    lowered = [token.casefold().strip(",.()") for token in tokens]
    if lowered[0] in ("special", "for") and len(tokens) > 1:
        # "Special to the Pioneer Press", "For The Associated Press"
        outlet = _outlet_after_preposition(lexicon, words, text)
        return (outlet, text) if outlet is not None else (None, None)
    if lowered == ["staff"]:
        return None, text
    if lowered[0] in words.qualification_leads and len(tokens) > 1:
        return None, text  # "Certified Tea Sommelier": the writer's qualification
    if lowered[-1] in words.role_heads:
        if not _is_role(words, tokens, lowered):
            return None, None
        return organization_in_role(lexicon, words, tokens), _role_case(words, tokens)
    at = _ROLE_AT.search(text)
    if (
        at is not None
        and at.start() > 0
        and text[: at.start()].split()[-1].casefold() in (words.role_heads)
    ):
        # "CEO of CaseBasix", "Founder at Oakywood": a job title, then its organisation.
        role_tokens = text[: at.start()].split()
        organization = text[at.end() :]
        employer = _EMPLOYER_AT.search(organization)
        if at.group().strip() == "of" and employer is not None:
            # "Head of Growth at Acme Labs": the title runs to "at" (feat/authors-11).
            role_tokens = [token for token in role_tokens if token.casefold() != "of"]
            role_tokens += organization[: employer.start()].split()
            organization = organization[employer.end() :]
        if _is_role(words, role_tokens, [t.casefold() for t in role_tokens]) and is_capitalised(
            words, organization.split()
        ):
            return agency_named(lexicon, organization) or organization, text
    agency = agency_named(lexicon, text)
    if agency is not None:
        return agency, None
    if is_outlet(words, tokens, lowered) or (
        after_separator and (_loose_outlet(words, tokens) or _institution(words, tokens, lowered))
    ):
        return text, None
    return None, None


def _institution(words: BylineWords, tokens: Sequence[str], lowered: Sequence[str]) -> bool:
    """A capitalised phrase naming an institution by its head word, last or before "of":
    ``Clemson University``, ``University of Leeds``, ``Harbour Health Authority`` (the
    writer's employer after the name: ``Jane Doe, Clemson University``)."""
    if len(tokens) < 2 or not is_capitalised(words, tokens):
        return False
    return lowered[-1] in words.organization_heads or any(
        low in words.organization_heads and following == "of"
        for low, following in pairwise(lowered)
    )


def _role_case(words: BylineWords, tokens: Sequence[str]) -> str:
    """A job title printed in capitals in natural case (``CHIEF REPORTER`` -> ``Chief
    Reporter``); an agency's code stays (``AP Sports Writer``)."""
    text = " ".join(tokens)
    if not text.isupper():
        return text
    return " ".join(
        token
        if token.casefold() in words.names.agency_codes
        else token.casefold()
        if token.casefold() in words.outlet_small_words
        else token.capitalize()
        for token in tokens
    )


def _is_role(words: BylineWords, tokens: Sequence[str], lowered: Sequence[str]) -> bool:
    """A job title: capitalised words and role words only ("EMail Write to Editor" is no
    title, "By staff writers" is a byline of its own)."""
    if lowered[0] == "by":
        return False
    return all(
        token[:1].isupper() or low in words.role_words or low in words.role_heads
        for token, low in zip(tokens, lowered, strict=True)
    )


def _outlet_after_preposition(lexicon: Lexicon, words: BylineWords, text: str) -> str | None:
    """``Special to the Pioneer Press`` -> ``the Pioneer Press`` (None if no outlet)."""
    match = _AFTER_PREPOSITION.search(text)
    if match is None:
        return None
    outlet = match.group(1)
    agency = agency_named(lexicon, outlet)
    if agency is not None:
        return agency
    tokens = outlet.split()
    return outlet if is_outlet(words, tokens, [t.casefold() for t in tokens]) else None


def organization_in_role(lexicon: Lexicon, words: BylineWords, tokens: Sequence[str]) -> str | None:
    """The outlet that opens a job title: ``AP Sports Writer`` -> ``AP``."""
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1].casefold() in words.role_words | words.role_heads:
        cut -= 1
    if cut == 0:
        return None
    prefix = " ".join(tokens[:cut])
    agency = agency_named(lexicon, prefix) or agency_named(lexicon, tokens[0])
    if agency is not None:
        return agency
    if is_outlet(words, tokens[:cut], [t.casefold() for t in tokens[:cut]]):
        return prefix
    # "BBC Scotland transport correspondent": an outlet's initials open the prefix (a place
    # alone does not: "Paris correspondent").
    return (
        prefix if _INITIALS.fullmatch(tokens[0]) and is_capitalised(words, tokens[:cut]) else None
    )


def is_outlet(words: BylineWords, tokens: Sequence[str], lowered: Sequence[str]) -> bool:
    if WEB_DOMAIN.search(" ".join(tokens)):
        return True
    parts = {piece for token in lowered for piece in _WORD_PIECES.split(token)}
    if not is_capitalised(words, tokens):
        # "agencies", "staff and agencies", "wire services"
        return parts <= words.outlet_words | words.outlet_joiners
    return bool(parts & words.outlet_words)


def _loose_outlet(words: BylineWords, tokens: Sequence[str]) -> bool:
    """A few capitalised words with no date in them: ``Burnaby Now``, ``Computerworld``."""
    if len(tokens) > _MAX_LOOSE_OUTLET_WORDS or not is_capitalised(words, tokens):
        return False
    return not any(
        token[:1].isdigit() or token.casefold().strip(".,") in words.names.not_names
        for token in tokens
    )


def is_capitalised(words: BylineWords, tokens: Sequence[str]) -> bool:
    """Whether *tokens* are printed like a name: capitalised, a number or a small word."""
    return all(
        token[:1].isupper() or token in words.outlet_small_words or token[:1].isdigit()
        for token in tokens
    )


def agency_named(lexicon: Lexicon, text: str) -> str | None:
    """The code of the known agency *text* names (``(The Associated Press)``), or None."""
    return known_agency(lexicon, text, edges=" ()[]-–—.,")
