"""Reading one byline line: ``names [sep organisation] [sep role]``, after any lead-in.

A block is a byline only when *all* of it reads as one (names, agency, job title, place,
date), so ordinary sentences that open with "By" ("By 2030, ...", "By the way ...") never
are. :func:`read_author` says what a line names and where the byline ends (a date or
contact tail may follow).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from copydesk._state import ParseState
from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import known_agency
from copydesk.reading.names import (
    LIST_AND,
    LIST_COMMA,
    MAX_NAME_TOKENS,
    TRAILING_PUNCTUATION,
    clean_name,
    is_credential,
    opens_with_given_name,
    place_pattern,
    trimmed_end,
    without_affiliations,
)
from copydesk.steps.bylines.words import BylineWords, Reading

__all__ = [
    "DATED_LEAD",
    "DATE_END",
    "MAX_BARE_BYLINE_CHARS",
    "MAX_TAIL_CHARS",
    "TAIL",
    "agency_named",
    "classify_extra",
    "has_lead",
    "has_outlet_word",
    "is_capitalised",
    "is_outlet",
    "organization_in_role",
    "read_author",
    "read_name_part",
]

# A byline without a lead-in, or a sign-off, is a short line.
MAX_BARE_BYLINE_CHARS = 100
# A date, time stamp or contact tail after the names is at most this long.
MAX_TAIL_CHARS = 90
# An organisation or job title is at most this many words.
_MAX_ORG_WORDS = 8
# An outlet known by no outlet word ("Burnaby Now") is a few capitalised words.
_MAX_LOOSE_OUTLET_WORDS = 4

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# Where a date, time stamp or contact detail starts after the names.
TAIL = regex.compile(
    rf"""(?ix)
    (?:\s*(?:[|•·⋅●▪,/]|--?|[–—])\s*|\s+|(?-i:(?<=[a-z])(?=[A-Z0-9])))
    (?=
        (?:(?:on|at)\s+)?(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d
      | (?:on\s+)?{_WEEKDAY}\s*[,|]?\s*(?:{_MONTH}\s+)?\d
      | \(?(?:contact|e-?mail)\b
      | more\s+(?:by|from)\s+this\s+(?:author|writer|reporter)\b
      | (?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s|,|$)
      | (?:on\s+)?\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}
      | (?:last\s+)?(?:updated|published|posted|modified)\b
      | (?-i:In)(?::|\s+\p{{Lu}}|\s*$)
      | (?:\d+|no)\s+comments?\b
      | \d+(?:\s*[–-]\s*\d+)?\s*(?:min(?:ute)?s?|hrs?)\b\.?(?:\s+read\b)?
      | \d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b(?:,?\s*\d+\s+\w+)?\s+ago\b
      | @\w
      | (?:at|@)\s*\d{{1,2}}(?:[:.]\d\d\b\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)
      | [\w.+-]+@[\w-]+\.\w
      | \(?\d{{3}}\)?[\s.-]\d{{3}}[\s.-]\d{{4}}
    )"""
)
# Page metadata before "by": "| By X", "Jan 14 2008 by X", "Posted: January 6, 2008 by X".
DATED_LEAD = regex.compile(
    r"(?i)(?:[|•·–—-]\s*|(?=[^\n]{0,70}?\d)[^\n]{1,70}?[\s,|]\s*)(?=(?:posted\s+)?by\s)"
)
# What stands before "by" ends with a number or a time: "Posted on July 1, 2024 by", "May 2,
# 2024 at 9:12 am by" (not "Top Doctors by Northern Virginia Magazine").
DATE_END = regex.compile(r"(?i)(?:\d|\b[ap]\.?m\.?)[\s,|•·–—-]*$")
# "LAS VEGAS--(BUSINESS WIRE)": a dateline opening a press release.
_DATELINE_SHAPE = regex.compile(r"\p{Lu}[\p{Lu} .,'’—–-]*+\(")
# Separators between the parts of a byline: names | organisation | role.
_PART_SEPARATOR = regex.compile(r"\s*(?:[|•·⋅●▪;]|\s[-–—/]+\s|--|\n|\((?=\s*\w)|\))\s*")

# A user's handle after "By": letters with digits or an underscore ("JDOE27", "jane_doe").
_HANDLE = regex.compile(r"(?=[A-Za-z]{3})(?=\w*[\d_])[A-Za-z][A-Za-z0-9_]{3,19}")
_WORD = regex.compile(r"\S+")
# The separator before a date or stamp that may end a byline without a lead-in.
_STAMP_SEPARATOR = regex.compile(r"\s*[|•·⋅●▪]")
# A one-word name or handle: letters first, then letters, digits, "_", "." or "-".
_ONE_WORD = regex.compile(r"\p{L}[\p{L}\p{N}_.-]{1,29}")
# A tail that is a date: the evidence that a one-word "By" line is a byline.
_DATE_TAIL = regex.compile(
    rf"(?i)(?:(?:on|at)\s+)?(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:at|@)\s*\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b))"
)
# A line of only names lists a paper's or a report's writers when it names this many: one
# or two names alone are as often a caption's or a headline's.
_MIN_LISTED_WRITERS = 3
# Where a scraper glued a job title to a name: "Tim HanlonNews Reporter".
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# "Founder at Oakywood", "CEO of CaseBasix": where a job title names its organisation.
_ROLE_AT = regex.compile(r"\s+(?:of|at)\s+")
_AFTER_PREPOSITION = regex.compile(r"(?i)\b(?:to|for)\s+(.+)$")
_WORD_PIECES = regex.compile(r"[-/]")


def has_lead(words: BylineWords, text: str) -> bool:
    """Whether *text* opens with a lead-in (``By``), maybe after a date (``Jan 14 by``)."""
    return words.leads.match(text) is not None or DATED_LEAD.match(text) is not None


def has_outlet_word(words: BylineWords, names: Sequence[str]) -> bool:
    """Whether a "name" holds a word such as "Sports" or "Herald" (menus, sections)."""
    return any(
        piece in words.outlet_words or piece in words.role_heads
        for name in names
        for piece in name.casefold().split()
    )


def read_author(
    state: ParseState,
    words: BylineWords,
    text: str,
    *,
    dated_before: bool = False,
    one_word: bool = False,
) -> tuple[Reading | None, int]:
    """Read *text* as an author byline: (reading, where the byline ends) or (None, 0).

    *dated_before*: a date stood before the lead-in (``Posted on July 1, 2024 by jroe``),
    which vouches for a one-word name as a date after it does. *one_word*: the page
    vouches for the line (a date stamp beside it), so a one-word name after any lead-in
    is read (``Written by Kristin``).
    """
    text = without_affiliations(text)
    lead = words.leads.match(text)
    body_start = lead.end() if lead is not None else 0
    # Only a byline with a lead-in may carry a date: without one, "SAN MATEO, Calif.,
    # March 2 -" is a dateline; but "Jane Doe · BBC News · 3 min read" parts it with a
    # separator no dateline prints. A long run after a date is a sentence.
    tail = TAIL.search(text, body_start)
    if lead is None and tail is not None and _STAMP_SEPARATOR.match(text, tail.start()) is None:
        tail = None
    if tail is not None and len(text) - tail.start() > MAX_TAIL_CHARS:
        return None, 0
    end = trimmed_end(text, tail.start() if tail is not None else len(text))
    if end <= body_start:
        return None, 0
    credit = text[body_start:end]
    lead_words = lead.group().strip(" \t\n:").casefold().split() if lead is not None else []
    dated = dated_before or (tail is not None and _DATE_TAIL.match(text, tail.end()) is not None)
    reading = _read_parts(
        state.lexicon,
        words,
        credit,
        has_lead=lead is not None,
        handle=lead_words == ["by"],
        # (A comment thread prints "Posted by: jim | January 14, 2008" under the story: the
        # passes read such lines only above it.)
        one_word=(dated and _vouched_lead(words, lead_words, lead))
        or (one_word and lead is not None),
    )
    if reading is None:
        return None, 0
    if lead is None and not (
        reading.organization
        or reading.role
        or _writer_in(words, reading)
        or _listed_writers(state, reading.names)
    ):
        return None, 0  # a bare name line is as likely a caption or a headline
    if lead is None and (has_outlet_word(words, reading.names) or _DATELINE_SHAPE.match(text)):
        return None, 0  # "LAS VEGAS--(BUSINESS WIRE)" opens a press release
    return reading, end


def _listed_writers(state: ParseState, names: Sequence[str]) -> bool:
    """Whether *names*, a line of names alone, list a paper's or a report's writers: three
    or more, none holding a word the page prints in lower case (a menu's "Cameras &
    Lenses, Tripods & Filters" does)."""
    if len(names) < _MIN_LISTED_WRITERS:
        return False
    return not any(
        regex.search(rf"\b{regex.escape(word.casefold())}\b", state.text)
        for name in names
        for word in name.split()
        if word.casefold() != word
    )


def _vouched_lead(words: BylineWords, lead_words: list[str], lead: regex.Match[str] | None) -> bool:
    """Whether a date after the name vouches for a one-word name after *lead*: after
    ``By``, and after ``Posted by`` without a colon (``Posted by jroe on May 2, 2024``; a
    forum prints ``Posted by: jim | May 2, 2024`` over each reader's comment)."""
    if lead_words == ["by"]:
        return True
    return (
        lead is not None and ":" not in lead.group() and " ".join(lead_words) in words.plain_leads
    )


def _writer_in(words: BylineWords, reading: Reading) -> bool:
    """Whether a place after the names (``Jane Doe in Paris``) shows a writer: only when
    every name opens with a known given name (``Sowing Seeds in the Garden`` is a title)."""
    return reading.place and all(opens_with_given_name(words.names, name) for name in reading.names)


def _read_parts(
    lexicon: Lexicon,
    words: BylineWords,
    credit: str,
    *,
    has_lead: bool,
    handle: bool = False,
    one_word: bool = False,
) -> Reading | None:
    """Read ``names [sep organisation] [sep role]`` (the part after any "By").

    With *handle* (a plain "By") a blogger's handle (``JDOE27``) is a name; with
    *one_word* (a date follows) so is any one word: ``By jroe March 3, 2025``, ``By
    Anthony on May 2, 2024``.
    """
    parts = [part for part in _PART_SEPARATOR.split(credit) if part and part.strip()]
    if not parts:
        return None
    first = parts[0].strip()
    if (handle and _HANDLE.fullmatch(first)) or (one_word and _single_name(words, first)):
        # "By JDOE27": a blogger's handle, kept as printed.
        reading: Reading | None = Reading(names=[first])
    else:
        reading = read_name_part(lexicon, words, parts[0], has_lead=has_lead)
    if reading is None:
        return None
    for part in parts[1:]:
        # After a lead-in or a known outlet, any capitalised part names an outlet too:
        # "Tim Shufelt, Canwest News Service; Ottawa Citizen".
        loose = has_lead or reading.organization is not None
        if _absorb_extra(lexicon, words, reading, part, after_separator=loose):
            continue
        # "Political reporter, BBC News": a role and an outlet in one part.
        pieces = LIST_COMMA.split(part)
        if len(pieces) == 1 or not all(
            _absorb_extra(lexicon, words, reading, piece, after_separator=loose) for piece in pieces
        ):
            return None
    if not reading.names and not reading.organization and not reading.role:
        return None
    return reading


def _single_name(words: BylineWords, word: str) -> bool:
    """Whether *word* may be a writer's one-word name or handle (``Anthony``, ``jroe``)."""
    low = word.casefold()
    return (
        _ONE_WORD.fullmatch(word) is not None
        and low not in words.names.not_names
        and low not in words.outlet_words
        and low not in words.role_heads
        and low not in words.organization_heads
    )


def read_name_part(
    lexicon: Lexicon, words: BylineWords, part: str, *, has_lead: bool
) -> Reading | None:
    """Read the first part: a list of names, maybe followed by ``, organisation``."""
    part = part[: trimmed_end(part, len(part))].strip()
    items = LIST_COMMA.split(part)
    has_and = LIST_AND.search(part) is not None
    reading = Reading()
    # "A, B and C": every comma item up to the "and" is a name. "A, Reuters" and "A and
    # B, Reuters": what follows is an organisation or role (only an outlet, agency or
    # role: "SANTA CRUZ, Calif." opens a dateline). "By A, B" lists names when B is no
    # outlet.
    list_ended = False
    for position, item in enumerate(items):
        if not item or (reading.names and _credential_or_suffix(words, item)):
            continue  # "Jane Doe, PhD", "Jane Doe, Jr.": kept in the text only
        if (
            position > 0
            and (list_ended or not has_and or agency_named(lexicon, item) is not None)
            and not reading.organization
            and not (
                not list_ended and _listed_name(lexicon, words, items, position, len(reading.names))
            )
            and _absorb_extra(lexicon, words, reading, item, after_separator=_mixed_case(items[0]))
        ):
            continue
        list_ended = list_ended or LIST_AND.search(item) is not None
        names = _names_with_extra(lexicon, words, item, reading, has_lead=has_lead)
        if names and any(_organization_word(words, name.split()[-1]) for name in names):
            names = None  # "By Sports Network", "By Regional Water Authority": no person
        if names is None:
            if position == 0 or not _absorb_extra(
                lexicon, words, reading, item, after_separator=has_lead
            ):
                if position == 0 and has_lead:
                    return _organization_only(lexicon, words, part)
                return None
            continue
        reading.names.extend(names)
    return reading


def _credential_or_suffix(words: BylineWords, item: str) -> bool:
    """Whether *item* is a credential (``PhD``) or a name's suffix (``Jr.``) after a comma."""
    suffix = item.strip(TRAILING_PUNCTUATION).casefold()
    return (
        is_credential(words.names, item)
        or suffix in words.names.suffixes
        or (f"{suffix}." in words.names.suffixes)
    )


def _listed_name(
    lexicon: Lexicon, words: BylineWords, items: Sequence[str], position: int, named: int
) -> bool:
    """Whether ``items[position]`` is the next name of a list printed without "and" (``By
    Jane Doe, Mark Smith, Ann Lee``), not an outlet: it reads as a person's name, only its
    capitals make it an outlet (no outlet word, agency or job title), and it opens with a
    known given name, another name follows it, or two names stand before it (``Jane Doe,
    Burnaby Now`` keeps its outlet; *named*: how many names were read before it)."""
    item = items[position]
    if clean_name(words.names, item) is None:
        return False
    if classify_extra(lexicon, words, item, after_separator=False) != (None, None):
        return False
    following = items[position + 1] if position + 1 < len(items) else ""
    return (
        named >= 2
        or opens_with_given_name(words.names, item)
        or (
            clean_name(words.names, following.strip(TRAILING_PUNCTUATION)) is not None
            and not is_credential(words.names, following)
        )
    )


def _organization_word(words: BylineWords, word: str) -> bool:
    """Whether *word* ends an outlet's or organisation's name (``News``, ``Authority``)."""
    low = word.casefold()
    return low in words.outlet_words or low in words.organization_heads


def _mixed_case(text: str) -> bool:
    """Whether *text* is printed in mixed case ("Erin Hitchcock", not "SANTA CRUZ")."""
    return any(char.islower() for char in text) and any(char.isupper() for char in text)


def _organization_only(lexicon: Lexicon, words: BylineWords, part: str) -> Reading | None:
    """``By Associated Press``, ``By Staff Writers``: a byline naming no person."""
    organization, role = classify_extra(lexicon, words, part, after_separator=False)
    if organization is None and role is None:
        tokens = part.split()
        if not (
            len(tokens) >= 2
            and is_capitalised(words, tokens)
            and _organization_word(words, tokens[-1])
        ):
            return None
        organization = part  # "By Regional Water Authority", "By the Upwork Team"
    return Reading(organization=organization, role=role)


def _names_with_extra(
    lexicon: Lexicon, words: BylineWords, item: str, reading: Reading, *, has_lead: bool
) -> list[str] | None:
    """Names in *item* (``A and B``), the last maybe followed by a role or organisation."""
    pieces = _name_pieces(lexicon, words, item)
    names: list[str] = []
    for position, piece in enumerate(pieces):
        piece, places = place_pattern(lexicon).subn("", piece.strip())
        reading.place = reading.place or places > 0
        if (names or reading.names) and is_credential(words.names, piece):
            continue  # "Jane Doe, DVM & John Roe": the credential after the first name
        name = None
        if position == len(pieces) - 1:
            name = _name_then_extra(lexicon, words, piece, reading, role_only=not has_lead)
        name = name or clean_name(words.names, piece)
        if name is None:
            if position > 0 and _absorb_extra(
                lexicon, words, reading, piece, after_separator=False
            ):
                continue  # "By Laura Clout and agencies"
            return None
        names.append(name)
    return names


def _name_pieces(lexicon: Lexicon, words: BylineWords, item: str) -> list[str]:
    """*item* split on "and" / "&", but a job title that holds one stays whole with the name
    before it: ``Jane Doe Founder & Lead Reviewer`` is one piece, ``Jane Doe and John Roe``
    two, ``Jane Doe and Staff`` two."""
    pieces = [piece for piece in LIST_AND.split(item) if piece]
    joints = list(LIST_AND.finditer(item))
    if len(pieces) < 2 or len(joints) != len(pieces) - 1:
        return pieces  # (a list opening or closing on "and": read as it is split)
    before, after = pieces[-2].split(), pieces[-1]
    if (
        len(before) > 2
        and before[-1].casefold() in words.role_heads | words.role_words
        and classify_extra(lexicon, words, after, after_separator=False)[1] is not None
    ):
        # The job title's first half ends the piece before: join the two again as printed.
        pieces[-2:] = [item[item.rindex(pieces[-2], 0, joints[-1].start() + 1) :]]
    return pieces


def _name_then_extra(
    lexicon: Lexicon, words: BylineWords, piece: str, reading: Reading, *, role_only: bool
) -> str | None:
    """``JESSICA MINTZ AP Technology Writer``, glued ``Tim HanlonNews Reporter``.

    With *role_only* (no "By" before), what follows the name must be a job title: a bare
    agency could be the sign-off glued to a paragraph (``... Ltd Reuter``).
    """
    tokens = _WORD.findall(_unglue(words, piece))
    for cut in range(2, min(len(tokens), MAX_NAME_TOKENS + 1)):
        name = clean_name(words.names, " ".join(tokens[:cut]))
        if name is None:
            continue
        rest = " ".join(tokens[cut:])
        organization, role = classify_extra(lexicon, words, rest, after_separator=False)
        if role is not None or (organization is not None and not role_only):
            reading.organization = reading.organization or organization
            reading.role = reading.role or role
            return name
    return None


def _unglue(words: BylineWords, piece: str) -> str:
    """Put back the space a scraper dropped between a name and a job title."""
    for match in _CAMEL.finditer(piece):
        if " " not in piece[: match.start()].strip():
            continue  # "EcoCult Staff": a name printed in one word, not a glued title
        rest = piece[match.start() :].split()
        if rest and rest[-1].casefold().strip(".,") in words.role_heads:
            return piece[: match.start()] + " " + piece[match.start() :]
    return piece


def _absorb_extra(
    lexicon: Lexicon,
    words: BylineWords,
    reading: Reading,
    part: str,
    *,
    after_separator: bool = True,
) -> bool:
    """Take *part* as the organisation, role or place of the byline; False if it is none."""
    part = part.strip(TRAILING_PUNCTUATION + "()")
    if not part:
        return True
    if part.casefold().startswith(words.place_openers):
        return True  # a place: "By Julian Linden, in Sydney"
    organization, role = classify_extra(lexicon, words, part, after_separator=after_separator)
    if organization is None and role is None:
        return False
    reading.organization = reading.organization or organization
    reading.role = reading.role or role
    return True


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
        if _is_role(words, role_tokens, [t.casefold() for t in role_tokens]) and is_capitalised(
            words, organization.split()
        ):
            return agency_named(lexicon, organization) or organization, text
    agency = agency_named(lexicon, text)
    if agency is not None:
        return agency, None
    if is_outlet(words, tokens, lowered) or (after_separator and _loose_outlet(words, tokens)):
        return text, None
    return None, None


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
    return prefix if is_outlet(words, tokens[:cut], [t.casefold() for t in tokens[:cut]]) else None


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
