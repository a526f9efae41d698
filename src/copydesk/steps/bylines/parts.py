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
from copydesk.lexicon import Lexicon
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
from copydesk.steps.bylines.extras import agency_named, classify_extra, is_capitalised
from copydesk.steps.bylines.notes import described_writer
from copydesk.steps.bylines.words import HOLDS_BY, BylineWords, GuardedPattern, Reading

__all__ = [
    "DATED_LEAD",
    "DATE_END",
    "MAX_BARE_BYLINE_CHARS",
    "MAX_TAIL_CHARS",
    "TAIL",
    "has_lead",
    "has_outlet_word",
    "read_author",
    "read_name_part",
]

# A byline without a lead-in, or a sign-off, is a short line.
MAX_BARE_BYLINE_CHARS = 100
# A date, time stamp or contact tail after the names is at most this long.
MAX_TAIL_CHARS = 90

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
      | (?-i:View|See|Read)\s+(?:in|all|full|more|the|profile|bio)\b | (?-i:Follow)\b
      | (?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s|,|$)
      | (?:on\s+)?\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}
      | (?:last\s+)?(?:updated|published|posted|modified)\b
      | (?-i:In)(?::|\s+\p{{Lu}}|\s*$)
      | (?:\d+|no)\s+comments?\b
      | \d+(?:\s*[–-]\s*\d+)?\s*(?:min(?:ute)?s?|hrs?)\b\.?(?:\s+read\b)?
      | \d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b(?:,?\s*\d+\s+\w+)?\s+ago\b
      | \(?@\w
      | (?:at|@)\s*\d{{1,2}}(?:[:.]\d\d\b\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)
      | \d{{1,2}}[:.]\d\d\s*[ap]\.?m\b\.?
      | [\w.+-]+@[\w-]+\.\w
      | \(?\d{{3}}\)?[\s.-]\d{{3}}[\s.-]\d{{4}}
    )"""
)
# Page metadata before "by": "| By X", "Jan 14 2008 by X", "Posted: January 6, 2008 by X".
DATED_LEAD = GuardedPattern(
    regex.compile(
        r"(?i)(?:[|•·–—-]\s*|(?=[^\n]{0,70}?\d)[^\n]{1,70}?[\s,|]\s*"
        # A post's category before "by" (feat/authors-11): "Posted in Recipes by Jane Doe".
        r"|posted\s+in\s+[^\n]{1,50}?\s)(?=(?:posted\s+)?by\s)"
    ),
    HOLDS_BY.search,
)
# What stands before "by" ends with a number or a time: "Posted on July 1, 2024 by", "May 2,
# 2024 at 9:12 am by" (not "Top Doctors by Northern Virginia Magazine").
DATE_END = regex.compile(r"(?i)(?:\d|\b[ap]\.?m\.?)[\s,|•·–—-]*$")
# "LAS VEGAS--(BUSINESS WIRE)": a dateline opening a press release.
_DATELINE_SHAPE = regex.compile(r"\p{Lu}[\p{Lu} .,'’—–-]*+\(")
# Separators between the parts of a byline: names | organisation | role.
_PART_SEPARATOR = regex.compile(r"\s*(?:[|•·⋅●▪;]|\s[-–—/]+\s|--|\n|\((?=\s*\w)|\))\s*")

# A contact detail after a byline's names (an e-mail address, a phone number), and what
# parts it from an outlet after it: "By Jane Doe | jdoe@example.com | City Herald".
_CONTACT = regex.compile(
    r"(?i)(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}"
)
_CONTACT_SEPARATOR = regex.compile(r"\s*[|•·⋅●▪]\s*|\s+[-–—]\s+")

# A user's handle after "By": letters with digits or an underscore ("JDOE27", "jane_doe").
_HANDLE = regex.compile(r"(?=[A-Za-z]{3})(?=\w*[\d_])[A-Za-z][A-Za-z0-9_]{3,19}")
_WORD = regex.compile(r"\S+")
# The separator before a date or stamp that may end a byline without a lead-in.
_STAMP_SEPARATOR = regex.compile(r"\s*[|•·⋅●▪]")
# The separator before a writer's tagline: a stamp's, or a spaced dash ("Jane Doe, Staff
# Writer - 10+ Years on the Courts Beat").
_TAGLINE_SEPARATOR = regex.compile(r"\s*[|•·⋅●▪]|\s+[-–—]\s+")
_DASHES = frozenset("-–—")
# A writer's tagline after the job title is short, and no sentence.
_MAX_TAGLINE_CHARS = 80
_SENTENCE_MARK = regex.compile(r"[.!?]")
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
# An outlet's initials in a line printed in mixed case ("TOI", "CNBC"), not a given name.
_ACRONYM = regex.compile(r"\p{Lu}{3,}")
# A surname's prefix printed with a capital after it: "McAllister", "MacLeod", "DeWitt".
_CAMEL_PREFIX = regex.compile(r"(?<=\s|^)(?:Mc|Mac|De|Di|Da|Du|La|Le)$")


def has_lead(words: BylineWords, text: str) -> bool:
    """Whether *text* opens with a lead-in (``By``), maybe after a date (``Jan 14 by``)."""
    return words.leads.match(text) is not None or DATED_LEAD.match(text) is not None


def has_outlet_word(words: BylineWords, names: Sequence[str]) -> bool:
    """Whether a "name" holds a word such as "Sports" or "Herald" (menus, sections), or
    one that ends an organisation's name ("Everfit Team", "Metro Desk")."""
    return any(
        piece in words.outlet_words
        or piece in words.role_heads
        or piece in words.organization_heads
        or piece in words.unit_role_heads
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
    # ("This post was written by Jane Doe, a nurse": a note's names end at its first comma.)
    described = _described(state.lexicon, words, lead.group(), credit) if lead else None
    reading = described or _read_parts(
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
        reading, end = _titled_before_tagline(state.lexicon, words, text, body_start, end)
    if reading is None:
        return None, 0
    if end < len(text):
        end = _outlet_after_contact(state.lexicon, words, reading, text, end)
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


def _described(lexicon: Lexicon, words: BylineWords, lead: str, credit: str) -> Reading | None:
    """A writer's note: ``This post was written by Jane Doe, a nurse in Leeds.``"""
    note = described_writer(lead, credit)
    reading = note and _read_parts(lexicon, words, note[0], has_lead=True)
    if not reading or not reading.names or note is None:
        return None
    reading.role = reading.role or note[1]
    return reading


def _outlet_after_contact(
    lexicon: Lexicon, words: BylineWords, reading: Reading, text: str, end: int
) -> int:
    """Where the byline ends when an outlet follows its contact tail: ``By Jane Doe |
    jdoe@example.com | City Herald`` keeps the whole line, the outlet noted in *reading*;
    else *end* (a date or a stamp after the names stays a tail of its own)."""
    pieces = [piece.strip() for piece in _CONTACT_SEPARATOR.split(text[end:]) if piece.strip()]
    if len(pieces) < 2 or not _CONTACT.fullmatch(pieces[0]):
        return end
    organization = None
    for piece in pieces[1:]:
        if _CONTACT.fullmatch(piece):
            continue
        found, role = classify_extra(lexicon, words, piece, after_separator=True)
        if found is None or role is not None or organization is not None:
            return end
        organization = found
    if organization is None:
        return end
    reading.organization = reading.organization or organization
    return len(text)


def _titled_before_tagline(
    lexicon: Lexicon, words: BylineWords, text: str, start: int, end: int
) -> tuple[Reading | None, int]:
    """``Jane Doe Contributing Writer | Courts, crime and city hall``: the names and the job
    title before the first separator, the writer's tagline after it (kept in the text, as a
    date tail is). Only a job title vouches for such a line: a name alone before a separator
    is a menu row as often."""
    separator = _TAGLINE_SEPARATOR.search(text, start, end)
    if separator is None or separator.start() <= start:
        return None, 0
    tagline = text[separator.end() : end]
    if separator.group().strip() in _DASHES:
        tagline = text[separator.end() :]  # (a sentence's closing period counts after a dash)
    if len(tagline) > _MAX_TAGLINE_CHARS or _SENTENCE_MARK.search(tagline):
        return None, 0  # "By Jane Doe, Editor -- The storm hit ...": the lede, glued on
    reading = read_name_part(lexicon, words, text[start : separator.start()], has_lead=False)
    if reading is None or not reading.names or reading.role is None:
        return None, 0
    return reading, trimmed_end(text, separator.start())


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
    if has_lead and " ".join(first.casefold().split()) in words.generic_handles:
        # "Posted by admin": a byline line naming no person; the account kept as the role.
        reading: Reading | None = Reading(role=first)
    elif (handle and _HANDLE.fullmatch(first)) or (one_word and _single_name(words, first)):
        # "By JDOE27": a blogger's handle, kept as printed.
        reading = Reading(names=[first])
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
        if _shared_role(lexicon, words, reading, part):
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


def _shared_role(lexicon: Lexicon, words: BylineWords, reading: Reading, part: str) -> bool:
    """Take *part* as the job title several writers share, in the plural: ``Jane Doe and
    John Roe | Guest Columnists``. (Alone, "Columnists" names a menu's section as often.)"""
    part = part.strip(TRAILING_PUNCTUATION)
    if len(reading.names) < 2 or reading.role is not None or not part.endswith("s"):
        return False
    _, role = classify_extra(lexicon, words, part[:-1], after_separator=False)
    if role is None:
        return False
    reading.role = part
    return True


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
        if (
            reading.role is not None
            and not opens_with_given_name(words.names, item.strip())
            and _absorb_extra(lexicon, words, reading, item, after_separator=True)
        ):
            continue  # "Jane Doe, Director of Operations, Harbour Van Lines": the employer
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
    # (A unit's last word too, "Desk", "Bureau": "By TOI Business Desk" names no person.)
    return (
        low in words.outlet_words or low in words.organization_heads or low in words.unit_role_heads
    )


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
    if tokens and tokens[0].casefold() in words.role_words | words.role_heads:
        return None  # "Senior QA Engineer": a job title alone, no name before it
    if len(tokens) > 1 and _ACRONYM.fullmatch(tokens[0]) and not tokens[1].isupper():
        return None  # "TOI Lifestyle Desk": an outlet's initials open its desk's name
    for cut in range(2, min(len(tokens), MAX_NAME_TOKENS + 1)):
        name = clean_name(words.names, " ".join(tokens[:cut]))
        if name is None:
            continue
        rest = " ".join(tokens[cut:])
        organization, role = classify_extra(lexicon, words, rest, after_separator=False)
        if (
            role is not None
            and tokens[-1].casefold() in words.unit_role_heads
            and (role_only or tokens[0].casefold() not in words.names.given_names)
        ):
            # "TOI Lifestyle Desk": an outlet's desk, no person's job; after "By", a known
            # given name opens a person's name, the desk they write for after it ("By Jane
            # Doe Metro Desk").
            return None
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
        if _CAMEL_PREFIX.search(piece, 0, match.start()):
            continue  # "Harriet McAllister Political Correspondent"
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
