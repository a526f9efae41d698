"""Credits at the end of a block, and credit-only lines: where the lexicon's credit
patterns find a credit, and whether what it names makes it one.

``... a flooded street. (AP Photo/Ann Lee, File)``, ``Jane Doe/Getty Images`` on its own
line. The patterns (:mod:`copydesk.lexicon.credits`) only say *where* a credit is; what it
names is read by :mod:`copydesk.reading.credits`.
"""

from __future__ import annotations

import re

import attrs
import regex

from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import (
    credit_pieces,
    credit_words,
    is_agency_only,
    is_outlet,
    read_parts,
    without_label,
)
from copydesk.reading.names import name_words
from copydesk.steps.captions.wording import BY, PlacedCredit

__all__ = [
    "CREDIT_MARKS",
    "CreditPatterns",
    "credit_patterns",
    "may_hold_credit",
    "search_tail",
    "standalone_credit",
    "tail_credit",
]

# A credit is short and sits at the end: only the tail of a block is searched.
_CREDIT_WINDOW = 160
# A credit-only line is short, and a few pieces at most (not a menu's "Home | News | ...").
_MAX_STANDALONE_CHARS = 120
_MAX_STANDALONE_PIECES = 3
# "Photo: US Air Force", "(Photo courtesy of The Weinstein Company)": a labelled credit
# of a few words names its source even when no agency is known.
_MAX_SHORT_CREDIT_WORDS = 5
# A gallery link after the credit ("(TOI Photo) More pics"), or a text box's "less" /
# "more" toggle ("(AP Photo/Jane Doe) less").
_GALLERY_LINK_TAIL = regex.compile(
    r"(?<=[)\]])\s+(?:(?i:(?:see )?more (?:pics|photos|pictures|images))\W*|less|more)$"
)
# "Jane Doe/Staff", "(Jane Doe | Staff photographer)": the paper's own photographer (a
# writer's byline says "Staff Writer").
_STAFF_END = regex.compile(r"[/|]\s*(?i:staff)(?:\s+(?i:photographer))?[)\]]?$")
# A sentence's end inside a line: "... on Monday. Photo / Jane Doe" (not "Jane Q. Doe",
# "Jr. Doe": a word of two lower-case letters at least before the stop).
_SENTENCE_STOP = regex.compile(r"(?<=\p{Ll}{2})[.!?]\s")
# Every credit holds one of these (see :mod:`copydesk.lexicon.credits`).
CREDIT_MARKS = (
    ":",
    "/",
    ")",
    "]",
    "©",
    "|",
    " via ",
    "Photo",
    "PHOTO",
    " photo",
    " image",
    " picture",
    "Getty",
    "Shutterstock",
    "Alamy",
    "Image copyright",
    "Image source",
    "Courtesy",
    "COURTESY",
    " courtesy",
)


@attrs.frozen
class CreditPatterns:
    """The lexicon's credit patterns, compiled once per lexicon (see :func:`credit_patterns`)."""

    tail: tuple[regex.Pattern[str], ...]
    """One pattern per credit form, searched one by one (see :func:`search_tail`)."""
    standalone: regex.Pattern[str]
    leading: regex.Pattern[str]
    form_answers: frozenset[str]
    """A form's answers (``yes``, ``n/a``): a labelled "credit" reading one names no source."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> CreditPatterns:
        standalone = "|".join(f"(?:{pattern})" for pattern in lexicon.standalone_credit_patterns)
        return cls(
            tail=tuple(
                regex.compile(rf"(?:^|(?<=[\s.,;:!?\"”]))(?:{pattern})\s*$")
                for pattern in lexicon.credit_patterns
            ),
            standalone=regex.compile(rf"(?:{standalone})"),
            leading=regex.compile(
                "|".join(f"(?:{pattern})" for pattern in lexicon.leading_credit_patterns)
            ),
            form_answers=frozenset(lexicon.form_answers),
        )


def credit_patterns(lexicon: Lexicon) -> CreditPatterns:
    """The credit patterns of *lexicon*, compiled once until it changes."""
    return lexicon.cached("captions.patterns", CreditPatterns.build)


def tail_credit(state: ParseState, patterns: CreditPatterns, block: Block) -> PlacedCredit | None:
    window_start = max(block.start, block.end - _CREDIT_WINDOW)
    if not may_hold_credit(state.text[window_start : block.end]):
        return None
    # "Salman with Katrina (TOI Photo) More pics": a gallery link may follow the credit.
    link = _GALLERY_LINK_TAIL.search(state.text, window_start, block.end)
    end = link.start() if link is not None else block.end
    match = search_tail(patterns, state.text, window_start, end)
    if match is None:
        return None
    start = match.start()
    end = start + len(state.text[start : match.end()].rstrip())
    parts = read_parts(state.lexicon, state.text[start:end])
    labels = match.captures("label") if "label" in match.re.groupindex else []
    labelled = bool(labels) and labels[-1] != "©"
    if labels and labels[-1] == "©" and not parts.photo_agency:
        return None  # "© Capital Newspapers": a copyright line
    credit_text = match.group().strip()
    if labelled:
        if not parts.names and not parts.photo_agency and not _is_short(credit_text):
            return None  # "Pictures: Image of the Day gallery"
        if not parts.names and not parts.photo_agency and _answers_form(patterns, credit_text):
            return None  # "Picture: Yes": a form's field, not a credit
    elif not (
        parts.photo_word
        or (parts.names and _names_outlet(state.lexicon, parts.agency, credit_text))
        or (parts.names and _STAFF_END.search(credit_text) is not None)
        or (
            parts.photo_agency
            and (parts.names or parts.file_photo or is_agency_only(state.lexicon, credit_text))
        )
    ):
        # "(China Photos/Getty Images)", "[EPA]", "AFP/File": a known or photo agency, and
        # a person or the file-photo mark unless the agency stands alone in brackets;
        # "N.Y. / Region" names neither.
        return None
    return PlacedCredit(parts, start, end)


def search_tail(
    patterns: CreditPatterns, text: str, start: int, end: int
) -> regex.Match[str] | None:
    """The leftmost credit ending at *end*; at one start, the first pattern's.

    This is what one alternation of the patterns would find, but each pattern on its own
    keeps the literal it requires (``via``, ``[``, ``©`` ...), which the engine looks for
    first: the alternation lost that, and tried every pattern at every position.
    """
    best: regex.Match[str] | None = None
    for pattern in patterns.tail:
        match = pattern.search(text, start, end)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
            if best.start() == start:
                break  # no later pattern can start further left
    return best


def standalone_credit(
    state: ParseState, patterns: CreditPatterns, block: Block
) -> PlacedCredit | None:
    """A credit-only line: ``John McConnico/Associated Press``, ``Alex Wong | Getty Images``."""
    if block.end - block.start > _MAX_STANDALONE_CHARS:
        return None
    text = state.block_text(block)
    if not may_hold_credit(text) or BY.match(text):
        return None
    if patterns.standalone.fullmatch(text) is None:
        return None
    if len(credit_pieces(text)) > _MAX_STANDALONE_PIECES:
        return None  # "Home | News | Sports | ...": a menu
    if _SENTENCE_STOP.search(text) is not None:
        return None  # "Workers repair a road. Photo / Jane Doe": a caption, then its credit
    parts = read_parts(state.lexicon, text)
    if _job_title(state.lexicon, text, parts.agency):
        return None  # "Jane Roe / Business reporter, BBC News": a writer's byline
    if (
        parts.names
        and "/" in text
        and is_outlet(state.lexicon, parts.agency)
        and _reads_as_person(state.lexicon, text, parts.names[0])
    ):
        return PlacedCredit(parts, block.start, block.end)  # "STEVE RUSSELL/TORONTO STAR"
    if not parts.photo_agency or not (parts.names or is_agency_only(state.lexicon, text)):
        return None
    # "Jane Doe | Reuters" is a byline; a slash, or a photo word, makes it a credit.
    if "/" not in text and not parts.photo_word:
        return None
    return PlacedCredit(parts, block.start, block.end)


def _job_title(lexicon: Lexicon, text: str, agency: str | None) -> bool:
    """Whether the "agency" after a name's slash is the writer's job title (``Jane Roe /
    Business reporter, BBC News``, ``Tom Baker / Staff Writer``): it ends in a job title's
    word, and names no photo agency (``Jane Doe/Staff Photographer``). A word a credit
    prints too (``Jane Doe/Globe Staff``: the paper's photographer), or a line in capitals
    (the photo desk's style), keeps the credit."""
    if agency is None or text.isupper():
        return False
    words = agency.casefold().split()
    tables = credit_words(lexicon)
    return (
        bool(words)
        and words[-1] in lexicon.role_heads
        and words[-1] not in tables.skipped_parts
        and not any(word in tables.photo_words for word in words)
    )


def _reads_as_person(lexicon: Lexicon, text: str, name: str) -> bool:
    """Whether the name of a credit-only line is a person's: printed in capitals (``STEVE
    DOE/TORONTO STAR``) or opening with a given name (not ``Living Well/Health News``)."""
    given = name_words(lexicon).given_names
    return text.split("/")[0].isupper() or name.split()[0].casefold() in given


def _names_outlet(lexicon: Lexicon, agency: str | None, credit: str) -> bool:
    """Whether a credit naming a photographer also names an outlet: ``X/TORONTO STAR``,
    ``(X, Sun Media)``, or any name in capitals in brackets (``(X/ FOX)``)."""
    bracketed = credit.startswith("(")
    if agency is None or ("/" not in credit and not bracketed):
        return False
    capitals = bracketed and "/" in credit and agency.isupper() and len(agency) >= 2
    return capitals or is_outlet(lexicon, agency)


def _is_short(credit: str) -> bool:
    return len(without_label(credit).split()) <= _MAX_SHORT_CREDIT_WORDS


def _answers_form(patterns: CreditPatterns, credit: str) -> bool:
    """Whether a labelled "credit" is a form's answer (``Picture: Yes``), no source."""
    return without_label(credit).strip(" ()[].").casefold() in patterns.form_answers


def may_hold_credit(text: str) -> bool:
    """A cheap first test: every credit form holds one of these marks or words."""
    return _CREDIT_MARK.search(text) is not None


# One search for any of the marks: cheaper than a test per mark on every body block. The
# stdlib engine scans for an alternation of literals more than twice as fast as regex (the
# same literals, so the same answer).
_CREDIT_MARK = re.compile("|".join(re.escape(mark) for mark in CREDIT_MARKS))
