"""Photo credits: what a credit names, once a step has found where it is.

The credit patterns of the lexicon (:mod:`copydesk.lexicon.credits`) only say *where* a
credit is; what it names is read from its parts, split at ``/``, ``,``, ``|``, `` - `` and
``via``: a known agency or a photo-agency word (``Getty Images``, ``Pool``) is the agency, a
person's name a photographer, ``File`` the file-photo flag (:func:`read_credit`).
"""

from __future__ import annotations

import attrs
import regex

from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Agency, Lexicon
from copydesk.reading.names import parse_names

__all__ = [
    "CreditParts",
    "CreditWords",
    "agency_code",
    "credit_pieces",
    "credit_words",
    "is_agency_only",
    "is_outlet",
    "known_agency",
    "read_credit",
    "read_parts",
    "without_label",
]

# A photo agency's name is a few words: "Video contains graphic images" is none.
_MAX_AGENCY_WORDS = 3
_FILE = regex.compile(r"(?i)\bfile(?:\s+photo)?\b|^FILE\s*[-–—]")
_LABEL = regex.compile(
    r"""(?ix)^[(\[]?\s*
    (?:
        (?:file\s+|staff\s+|ap\s+|upi\s+)?
        (?:photo(?:graph(?:er)?)?s?|pictures?|pics?|images?|foto)
        (?:\s+(?:credit|copyright)|\s+source\s*,)?   # the BBC's "Image source, Getty"
        \s*(?:by|courtesy(?:\s+of)?|credit)?\s*[:：]?
      | credit\s*[:：] | credit\.\.\. | courtesy(?:\s+of)?\s*:? | ©
      | (?:[\w.&'’-]+\s){1,3}(?:staff\s+)?photos?\s+by\b   # "Tribune photo by"
      | by\s                                              # "(By Jane Doe -- The Post)"
    )\s*"""
)
_AGENCY_LABEL = regex.compile(
    r"^\(?\s*(?P<agency>[\p{Lu}][\w.&-]*(?: [\p{Lu}][\w.&-]*){0,2}) (?:Photo|PHOTO|Pic|PIC)"
    r"\s*(?:/|\)$)"
)
# (A last "file" is a piece of its own: "Jane Doe / AP file".)
# ("Jane Doe for the Guardian": a photographer working for an outlet; not "Program for
# Fellows", "Getty Images for Acme": only before "the".)
_PIECES = regex.compile(
    r"\s*(?:/|\||,|;|\s[-–—]+\s|\s+via\s+|:\s|\)\s*\(|\s(?=(?:file|File|FILE)$)"
    r"|\s+for\s+(?=(?i:the)\s+\p{Lu}))\s*"
)
_HAS_DIGIT = regex.compile(r"\d")
# "Jane Doe Jr.", "Ann T.": the period belongs to the name.
_KEEPS_PERIOD = regex.compile(r"(?:\b\p{Lu}|\b(?i:jr|sr))\.$")
_WORD_PIECES = regex.compile(r"[\s/-]+")
# Credits repeat (a gallery prints "Photo by Jane Doe/Agency" under every picture), so each
# credit text is read once: the memo lives on the lexicon (dropped whenever it changes) and
# is emptied when it grows this large. Callers never change the parts they are given.
_MAX_REMEMBERED_CREDITS = 4096


@attrs.define
class CreditParts:
    """What one credit names."""

    names: list[str] = attrs.field(factory=list)
    """The photographers."""
    agency: str | None = None
    """The agency: a known agency's code, or the name as printed."""
    photo_agency: bool = False
    """Whether a part is a known agency or holds a photo-agency word."""
    photo_word: bool = False
    """Whether a part holds a photo-agency word such as ``Images``."""
    known_agency: bool = False
    """Whether :attr:`agency` is a known agency's code."""
    file_photo: bool = False
    """Whether the credit marks a file photo."""


@attrs.frozen
class CreditWords:
    """The lexicon's credit tables, built once per lexicon (see :func:`credit_words`)."""

    photo_words: frozenset[str]
    """Photo-agency words (``images``, ``pool``)."""
    outlet_words: frozenset[str]
    """Outlet words and photo-agency words: a credit's part holding one names an outlet."""
    agency_only: regex.Pattern[str]
    """A credit that is only a known agency (see :func:`is_agency_only`)."""
    skipped_parts: frozenset[str]
    """Parts of a credit naming neither a photographer nor the agency (``file``, ``pool``)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> CreditWords:
        """The tables of *lexicon* (use :func:`credit_words`, which builds them once)."""
        photo_words = frozenset(lexicon.photo_agency_words)
        return cls(
            photo_words=photo_words,
            outlet_words=frozenset(lexicon.outlet_words) | photo_words,
            agency_only=_agency_only_pattern(lexicon),
            skipped_parts=frozenset(lexicon.skipped_credit_parts),
        )


def _agency_only_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """``[EPA]``, ``(Photo/Xinhua)``, ``Getty Images``, ``Pool via AP``: a spelling of an
    agency whose name alone credits a photo, as the lexicon prints it or in capitals, maybe
    in brackets."""
    built_in = frozenset(Lexicon.default().agencies)
    photo_codes = frozenset(lexicon.photo_credit_agencies)
    spellings = {
        printed
        for agency in lexicon.agencies
        if _credits_photo_alone(agency, built_in, photo_codes)
        for spelling in (agency.code, agency.name, *agency.aliases)
        for printed in (spelling, spelling.upper())
    }
    # Longest first: "Getty Images" before "Getty".
    names = "|".join(
        regex.escape(spelling) for spelling in sorted(spellings, key=lambda s: (-len(s), s))
    )
    return regex.compile(rf"[(\[]?\s*(?:Photo\s*/\s*)?(?:{names}|Pool via \w+)\s*[)\]]?")


def _credits_photo_alone(
    agency: Agency, built_in: frozenset[Agency], photo_codes: frozenset[str]
) -> bool:
    """Whether *agency*'s name alone is a photo credit: an agency the user added, or a
    built-in one listed in :attr:`~copydesk.Lexicon.photo_credit_agencies` (*photo_codes*)."""
    return agency not in built_in or agency.code in photo_codes


def credit_words(lexicon: Lexicon) -> CreditWords:
    """The credit tables of *lexicon*, built once until it changes."""
    return lexicon.cached("credits.words", CreditWords.build)


def is_agency_only(lexicon: Lexicon, credit: str) -> bool:
    """Whether *credit* is only a known agency (``[EPA]``, ``Getty Images``, ``Pool via AP``).

    >>> lexicon = Lexicon.default()
    >>> is_agency_only(lexicon, "[EPA]"), is_agency_only(lexicon, "[CNN]")
    (True, False)
    >>> lexicon.add_agency("NTV", "Nippon TV News")
    >>> is_agency_only(lexicon, "[NTV]")
    True
    """
    return credit_words(lexicon).agency_only.fullmatch(credit) is not None


def read_credit(
    text: str, lexicon: Lexicon | None = None
) -> tuple[tuple[str, ...], str | None, bool]:
    """``(photographers, agency, file_photo)`` as a credit names them.

    >>> read_credit("(AP Photo/Manuel Balce Ceneta, File)")
    (('Manuel Balce Ceneta',), 'AP', True)
    >>> read_credit("Photo: Getty Images/ Bryan Bedder")
    (('Bryan Bedder',), 'Getty Images', False)
    """
    parts = read_parts(lexicon or Lexicon.default(), text)
    return tuple(parts.names), parts.agency, parts.file_photo


def read_parts(lexicon: Lexicon, text: str) -> CreditParts:
    """What the credit *text* names (read once per text and lexicon: do not change it).

    >>> parts = read_parts(Lexicon.default(), "Jane Doe/Getty Images")
    >>> parts.names, parts.agency, parts.photo_word
    (['Jane Doe'], 'Getty Images', True)
    """
    remembered: dict[str, CreditParts] = lexicon.cached("credits.parts", _empty_memo)
    parts = remembered.get(text)
    if parts is None:
        if len(remembered) >= _MAX_REMEMBERED_CREDITS:
            remembered.clear()
        parts = remembered[text] = _read_new_parts(lexicon, text)
    return parts


def _empty_memo(lexicon: Lexicon) -> dict[str, CreditParts]:
    return {}


def _read_new_parts(lexicon: Lexicon, text: str) -> CreditParts:
    parts = CreditParts(file_photo=_FILE.search(text) is not None)
    labelled_agency = _AGENCY_LABEL.match(text)
    if labelled_agency is not None:
        # "(AP Photo/X)": the agency is in the label.
        parts.agency = agency_code(lexicon, labelled_agency.group("agency"))
        parts.photo_agency = parts.known_agency = True
        text = text[labelled_agency.end() :]
    else:
        text = without_label(text)
    text = text.strip(" ()[]")
    unknown: list[str] = []
    skipped = credit_words(lexicon).skipped_parts
    for piece in _PIECES.split(text):
        piece = piece.strip(" ()[]")
        if piece.endswith(".") and not _KEEPS_PERIOD.search(piece):
            piece = piece.rstrip(". ")
        if not piece or piece.casefold() in skipped or _HAS_DIGIT.search(piece):
            continue
        if _take_agency(lexicon, parts, piece):
            continue
        names = parse_names(piece, lexicon)
        if len(names) == 1 and not is_outlet(lexicon, piece):
            if names[0] not in parts.names:
                parts.names.append(names[0])
        else:
            unknown.append(piece)
    if parts.agency is None and unknown:
        parts.agency = unknown[0]  # "Photo: US Air Force", "Merlin Archives"
    return parts


def _take_agency(lexicon: Lexicon, parts: CreditParts, piece: str) -> bool:
    """Record *piece* as the agency if it is one; True when it was."""
    known = known_agency(lexicon, piece)
    words = {word.strip(".,").casefold() for word in piece.split()}
    # "Getty Images", "China Photos"; not "Video contains graphic images".
    photo_words = credit_words(lexicon).photo_words
    is_photo_word = bool(words & photo_words) and len(words) <= _MAX_AGENCY_WORDS
    if known is None and not is_photo_word:
        return False
    if parts.agency is None or (known is not None and not parts.known_agency):
        # A known agency wins over a photo word: "(China Photos/Getty Images)".
        parts.agency = known or piece
        parts.known_agency = known is not None
    parts.photo_agency = True
    parts.photo_word = parts.photo_word or is_photo_word
    return True


def credit_pieces(credit: str) -> list[str]:
    """The pieces of *credit*, split at ``/``, ``|``, ``,``, ``;``, `` - ``, ``via`` ...

    >>> credit_pieces("Jane Doe/AFP via Getty Images")
    ['Jane Doe', 'AFP', 'Getty Images']
    """
    return _PIECES.split(credit)


def without_label(credit: str) -> str:
    """*credit* without its label (``Photo:``, ``Picture by``, ``©``).

    >>> without_label("Photo courtesy of City Hall")
    'City Hall'
    """
    return _LABEL.sub("", credit, count=1)


def known_agency(lexicon: Lexicon, printed: str, *, edges: str = " .,()") -> str | None:
    """The canonical code of a known agency (``"The Associated Press"`` -> ``"AP"``), the
    characters of *edges* stripped first; None when the lexicon knows no such agency.

    >>> lexicon = Lexicon.default()
    >>> known_agency(lexicon, "(The Associated Press)"), known_agency(lexicon, "City Hall")
    ('AP', None)
    """
    cleaned = printed.strip(edges)
    found = lexicon.agency(cleaned)
    if found is None and cleaned.casefold().startswith("the "):
        found = lexicon.agency(cleaned[4:])
    return found


def agency_code(lexicon: Lexicon, printed: str) -> str:
    """The canonical agency code, or the name as printed when it is not a known agency.

    >>> lexicon = Lexicon.default()
    >>> agency_code(lexicon, "Agence France-Presse"), agency_code(lexicon, "NASA")
    ('AFP', 'NASA')
    """
    return known_agency(lexicon, printed) or printed.strip(" .,()")


def is_outlet(lexicon: Lexicon, agency: str | None) -> bool:
    """Whether *agency* names an agency or outlet (``TORONTO STAR``), not a menu item.

    >>> is_outlet(Lexicon.default(), "TORONTO STAR"), is_outlet(Lexicon.default(), "Living Well")
    (True, False)
    """
    if agency is None:
        return False
    if known_agency(lexicon, agency) is not None or WEB_DOMAIN.search(agency):
        return True
    outlet_words = credit_words(lexicon).outlet_words
    return any(piece in outlet_words for piece in _WORD_PIECES.split(agency.casefold()))
