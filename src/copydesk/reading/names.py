"""Person names: a list of names, the shape of one name, and its natural case.

Bylines, credit trailers and photo credits name people the same way, so they read names
with the same tools: :func:`name_list` splits ``A, B and C`` and drops places (``Tom
Phillips in Rio``), :func:`clean_name` says whether a few words are a person's name and
gives it back in natural case. The word tables come from the lexicon
(:class:`NameWords`, built once per lexicon by :func:`name_words`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from copydesk.lexicon import Lexicon

__all__ = [
    "LIST_AND",
    "LIST_COMMA",
    "MAX_NAME_TOKENS",
    "TRAILING_PUNCTUATION",
    "NameWords",
    "clean_name",
    "is_credential",
    "name_list",
    "name_words",
    "natural_case",
    "opens_with_given_name",
    "parse_names",
    "trimmed_end",
    "without_affiliations",
]

#: A name is at most this many tokens ("Mohammed bin Abdulrahman bin Jassim Al Thani").
MAX_NAME_TOKENS = 6

#: What separates the names of a list: "and", "&" (and a comma before them).
LIST_AND = regex.compile(r"(?i)\s*,?\s*\b(?:and|&)\b\s*,?\s*|\s*&\s*")
#: A comma between the items of a list.
LIST_COMMA = regex.compile(r"\s*,\s*")
#: What may trail a name or a credit's part and is no part of it.
TRAILING_PUNCTUATION = " \t\n.,;:-–—|?"

_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}|(?:(?![AEIOUY])\p{Lu}){2}")
_NAME_WORD = regex.compile(r"(?:[dlo]['’])?\p{Lu}[\p{L}\p{M}'’.-]*")
_GLUED_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}\p{Lu}\p{Ll}+")
_CASE_PIECES = regex.compile(r"([-'’.])")
# "McMANUS", "MacDONALD", "DeVRIES", "d'AFFLISIO": a prefix in natural case before the
# rest of a surname printed in capitals.
_PREFIX_CAPITALS = regex.compile(r"(\p{Lu}\p{Ll}{1,2}|[dlo]['’])(\p{Lu}{2}[\p{Lu}'’-]*)")
# The affiliation marks after each name of a paper's author list: "Jane Doe 1,2;", "John
# Roe1*,", "Ann Lee†" (a letter before, a list's separator or the end after; "May 2, 2024"
# is a date).
_NO_MARK_AFTER = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
_AFFILIATION = regex.compile(
    rf"(?i)(?<=\p{{L}}\.?)(?<!\b{_NO_MARK_AFTER}[a-z]*\.?)"
    r"\s?(?:\d{1,2}(?:\s?,\s?\d{1,2}(?![\p{L}\d]))*[*†‡]?|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"(?=\s*(?:[,;]|\band\b|&|$))"
)
_MIN_AFFILIATION_MARKS = 2
# (Lexicon fields to come; read from the tables until then.)


@attrs.frozen
class NameWords:
    """The lexicon's name tables as casefolded sets (see :func:`name_words`)."""

    particles: frozenset[str]
    """Lower-case particles inside a name (``von``, ``bin``)."""
    suffixes: frozenset[str]
    """Suffixes that end a name (``jr.``)."""
    not_names: frozenset[str]
    """Capitalised words that are never part of a name (``the``, ``monday``)."""
    agency_codes: frozenset[str]
    """``ap``, ``afp``: capitalised like a part of a name, but never one."""
    given_names: frozenset[str]
    """Common given names (``jane``)."""
    place: regex.Pattern[str]
    """A place ending a list's item (see :func:`place_pattern`)."""
    credentials: frozenset[str]
    """Credentials after a name (``phd``), compared without dots."""
    honorifics: frozenset[str]
    """Titles before a name (``dr``)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> NameWords:
        """The tables of *lexicon* (use :func:`name_words`, which builds them once)."""
        return cls(
            particles=frozenset(lexicon.name_particles),
            suffixes=frozenset(lexicon.name_suffixes),
            not_names=frozenset(lexicon.not_name_words),
            agency_codes=frozenset(
                spelling.casefold()
                for agency in lexicon.agencies
                for spelling in (agency.code, *agency.aliases)
                if spelling.isupper() and " " not in spelling
            ),
            given_names=frozenset(name.casefold() for name in lexicon.given_names),
            place=_build_place_pattern(lexicon),
            credentials=frozenset(word.casefold() for word in lexicon.credentials),
            honorifics=frozenset(word.casefold() for word in lexicon.honorifics),
        )


def name_words(lexicon: Lexicon) -> NameWords:
    """The name tables of *lexicon*, built once until it changes.

    >>> words = name_words(Lexicon.default())
    >>> "von" in words.particles, "ap" in words.agency_codes
    (True, True)
    """
    return lexicon.cached("names.words", NameWords.build)


def place_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """``in Rio de Janeiro``, ``at Villa Park``: a capitalised place that ends a list's item
    (from the lexicon's place prepositions and particles, built once until it changes).

    >>> place_pattern(Lexicon.default()).sub("", "Tom Phillips in Rio de Janeiro")
    'Tom Phillips'
    """
    return name_words(lexicon).place


def _build_place_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    prepositions = "|".join(lexicon.place_prepositions)
    particles = "|".join(lexicon.place_particles)
    return regex.compile(
        rf"\s+(?:{prepositions})\s+(?:the\s+)?\p{{Lu}}[\p{{L}}.'’-]*"
        rf"(?:\s+(?:\p{{Lu}}[\p{{L}}.'’-]*|{particles}))*+\s*$"
    )


def parse_names(text: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The persons in a list such as ``"A, B and C"``, in natural case, places dropped.

    Returns ``()`` unless every item is a name.

    >>> parse_names("URSULA VON DER LEYEN and Tom Phillips in Rio de Janeiro")
    ('Ursula von der Leyen', 'Tom Phillips')
    >>> parse_names("The council and Jane Doe")
    ()
    """
    names = name_list(name_words(lexicon or Lexicon.default()), text)
    return tuple(names) if names else ()


def name_list(words: NameWords, text: str) -> list[str] | None:
    """Every name in ``A, B and C`` (``in Place`` dropped), or None if an item is no name.

    >>> words = name_words(Lexicon.default())
    >>> name_list(words, "Ann Lee in Paris and Dan Fox")
    ['Ann Lee', 'Dan Fox']
    >>> name_list(words, "Ann Lee in Johnstown, Pennsylvania")  # the place ran on
    ['Ann Lee']
    >>> name_list(words, "Ann Lee, MS, RD and Dan Fox, PhD")  # credentials are no names
    ['Ann Lee', 'Dan Fox']
    """
    names: list[str] = []
    previous_had_place = False
    for item in LIST_COMMA.split(text[: trimmed_end(text, len(text))].strip()):
        for piece in LIST_AND.split(item):
            piece = piece.strip()
            if not piece or (names and is_credential(words, piece)):
                continue  # "Jane Doe, MS, RD": credentials, not names
            had_place = words.place.search(piece) is not None
            if previous_had_place and not had_place and piece == item.strip():
                continue  # "in Johnstown, Pennsylvania": the place ran on after a comma
            name = clean_name(words, words.place.sub("", piece))
            if name is None:
                return None
            names.append(name)
            previous_had_place = had_place
    return names


def clean_name(words: NameWords, text: str) -> str | None:
    """*text* as a clean person's name in natural case, or None if it is not one.

    >>> words = name_words(Lexicon.default())
    >>> clean_name(words, "JEAN-PAUL DE LA ROCHE"), clean_name(words, "The Monday Club")
    ('Jean-Paul de la Roche', None)
    >>> clean_name(words, "Dr. Jane Doe"), clean_name(words, "Jane Doe Jane Doe")
    ('Jane Doe', 'Jane Doe')
    """
    tokens = text[: trimmed_end(text, len(text))].strip().split()
    if len(tokens) > 2 and tokens[0].casefold().rstrip(".") in words.honorifics:
        tokens = tokens[1:]  # "Dr Jane Doe": the title stays in the byline's text only
    half = len(tokens) // 2
    if len(tokens) >= 4 and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Jane Doe Jane Doe": an avatar's text, then the name
    if len(tokens) == 1 and _GLUED_INITIALS.fullmatch(tokens[0]):
        return tokens[0]  # "M.A.Qudoos"
    if not 2 <= len(tokens) <= MAX_NAME_TOKENS:
        return None
    lowered = [token.casefold() for token in tokens]
    all_capitals = not any(char.islower() for char in text)
    if lowered[0] in words.particles and not tokens[0][:1].isupper():
        return None
    if lowered[-1] in words.particles and not tokens[-1][:1].isupper():
        return None  # "Ursula von der": a name does not end in a particle ("DAS" may)
    surname_seen = False
    for position, (token, low) in enumerate(zip(tokens, lowered, strict=True)):
        if _is_initial(token, position):
            continue
        if (low in words.not_names or low.rstrip(".") in words.not_names) and not (
            position == 0 and low in words.given_names
        ):
            return None  # (a given name that is a month's too, "Jan Kowalski", opens one)
        if low in words.agency_codes and token.isupper() and not all_capitals:
            return None
        if low in words.suffixes and position == len(tokens) - 1 and position >= 2:
            continue
        if low in words.particles and position > 0:
            continue
        if _is_particle_compound(words, token):
            surname_seen = True
            continue
        if not _NAME_WORD.fullmatch(token):
            return None
        surname_seen = True
    if not surname_seen:
        return None
    return natural_case(" ".join(tokens), words.particles)


def is_credential(words: NameWords, text: str) -> bool:
    """Whether *text* is a credential printed after a name (``PhD``, ``M.S.``, ``RD``).

    >>> words = name_words(Lexicon.default())
    >>> is_credential(words, "Ph.D."), is_credential(words, "Reuters")
    (True, False)
    """
    return text.strip(TRAILING_PUNCTUATION).replace(".", "").casefold() in words.credentials


def opens_with_given_name(words: NameWords, name: str) -> bool:
    """Whether *name* opens with a given name of the lexicon.

    >>> words = name_words(Lexicon.default())
    >>> opens_with_given_name(words, "Jane Doe"), opens_with_given_name(words, "Story Tools")
    (True, False)
    """
    return name.split()[0].casefold() in words.given_names


def trimmed_end(text: str, end: int) -> int:
    """*end* moved back over trailing separators; the period of ``Jr.`` or ``J.`` stays.

    >>> text = "By Ricky Doe Jr. | "
    >>> text[: trimmed_end(text, len(text))]
    'By Ricky Doe Jr.'
    """
    kept = text[:end].rstrip(TRAILING_PUNCTUATION)
    if end > len(kept) and text[len(kept) : len(kept) + 1] == ".":
        last_word = kept.rsplit(None, 1)[-1] if kept.split() else ""
        if last_word.casefold() in ("jr", "sr") or len(last_word.strip(".")) == 1:
            return len(kept) + 1
    return len(kept)


def _is_initial(token: str, position: int) -> bool:
    """``J.``, ``M.A.``, ``SM``; a bare capital (``C``) only inside a name, never first."""
    if len(token) == 1:
        return position > 0 and token.isupper()
    return _INITIALS.fullmatch(token) is not None


def _is_particle_compound(words: NameWords, token: str) -> bool:
    """``al-Sharaa``, ``bin-Laden``: a particle glued to a capitalised name."""
    head, dash, tail = token.partition("-")
    return bool(dash) and head.casefold() in words.particles and tail[:1].isupper()


def natural_case(name: str, particles: frozenset[str] | Sequence[str] = ()) -> str:
    """*name* with every word printed in capitals put in natural case; other words unchanged.

    One rule wherever a name is read (bylines, trailers, photo credits): ``names`` hold the
    natural case, the part's ``text`` keeps the printed form. Initials (``J.``, ``JR``) stay.

    >>> natural_case("TED D'AFFLISIO")
    "Ted D'Afflisio"
    >>> natural_case("MOHAMMED BIN SALMAN", {"bin"})
    'Mohammed bin Salman'
    >>> natural_case("Eugenia LOGIURATTO"), natural_case("PATRICK McMANUS")
    ('Eugenia Logiuratto', 'Patrick McManus')
    >>> natural_case("ANNA DeVRIES"), natural_case("TED d'AFFLISIO")
    ('Anna DeVries', "Ted d'Afflisio")
    >>> natural_case("Ricky Stenhouse Jr.")
    'Ricky Stenhouse Jr.'
    """
    small = {particle.casefold() for particle in particles}
    printed = name.split()
    words = []
    for position, word in enumerate(printed):
        mc = _PREFIX_CAPITALS.fullmatch(word)
        if mc is not None:
            words.append(mc.group(1) + _capitalise(mc.group(2)))
        elif not word.isupper():
            words.append(word)  # printed in natural case already (or no letters)
        elif 0 < position < len(printed) - 1 and word.casefold() in small:
            # A particle inside the name is lower case; last, it is a surname ("DAS").
            words.append(word.casefold())
        elif word.casefold().rstrip(".") in ("jr", "sr"):
            words.append(word.capitalize())
        elif _INITIALS.fullmatch(word) or word.casefold() in ("ii", "iii", "iv"):
            words.append(word)
        else:
            words.append(_capitalise(word))
    return " ".join(words)


def _capitalise(word: str) -> str:
    """``D'AFFLISIO`` -> ``D'Afflisio``, ``THOMSON-DEVEAUX`` -> ``Thomson-Deveaux``."""
    pieces = _CASE_PIECES.split(word)
    out = []
    for piece in pieces:
        if piece.isalpha():
            piece = piece[:1].upper() + piece[1:].lower()
            if piece.startswith("Mc") and len(piece) > 3:
                piece = "Mc" + piece[2:].capitalize()
        out.append(piece)
    return "".join(out)


def without_affiliations(text: str) -> str:
    """*text* with the affiliation marks of a paper's author list blanked out, a space for
    each character so that offsets stay, when it holds two or more; its semicolons then
    part names as commas do.

    >>> without_affiliations("Jane Doe 1,2; John Roe 3")
    'Jane Doe    , John Roe  '
    >>> without_affiliations("By Jane Doe, May 2, 2024")
    'By Jane Doe, May 2, 2024'
    """
    marks = list(_AFFILIATION.finditer(text))
    if len(marks) < _MIN_AFFILIATION_MARKS:
        return text
    for mark in marks:
        text = text[: mark.start()] + " " * (mark.end() - mark.start()) + text[mark.end() :]
    return text.replace(";", ",")
