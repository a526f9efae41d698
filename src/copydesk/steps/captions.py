"""Photo captions: blocks that end in a photo credit, and credits printed on their own line.

A caption moves out of the body into :attr:`Article.captions`; its credit is parsed into a
:class:`~copydesk.Credit` (photographers, agency, file-photo flag). The credit patterns of
the lexicon (:mod:`copydesk.lexicon.credits`) only say *where* a credit is; what it names is
read from its parts, split at ``/``, ``,``, ``|``, `` - `` and ``via``: a known agency or a
photo-agency word (``Getty Images``, ``Pool``) is the agency, a person's name a
photographer, ``File`` the file-photo flag.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs
import regex

from copydesk._models import Caption, Credit, Span
from copydesk._state import Block, ParseState
from copydesk._step import step
from copydesk._text import WEB_DOMAIN
from copydesk.lexicon import Lexicon
from copydesk.lexicon.credits import (
    ABBREVIATIONS,
    CAPTION_CUES,
    CAPTION_LABELS,
    FORM_ANSWERS,
    GLUED_CAPTION_CUES,
    PICTURE_ABOVE_LINES,
    PICTURE_BELOW_LINES,
)
from copydesk.reading.prose import is_prose
from copydesk.steps.bylines import parse_names

__all__ = ["captions", "read_credit", "uncredited_captions"]

# A credit is short and sits at the end: only the tail of a block is searched.
_CREDIT_WINDOW = 160
# Captions are short paragraphs; a longer block ending in a credit-like run is prose.
_MAX_CAPTION_CHARS = 1200
_MAX_STANDALONE_CHARS = 120
_MAX_STANDALONE_PIECES = 3
# A caption line merged with the credit line under it is at most this long.
_MAX_CAPTION_LINE_CHARS = 400
_MAX_AGENCY_WORDS = 3
_BY = regex.compile(r"(?i)by\b")
# "Photo: US Air Force", "(Photo courtesy of The Weinstein Company)": a labelled credit
# of a few words names its source even when no agency is known.
_MAX_SHORT_CREDIT_WORDS = 5

_FILE = regex.compile(r"(?i)\bfile(?:\s+photo)?\b|^FILE\s*[-–—]")
_CAPTION_FILE_PREFIX = regex.compile(r"(?:FILE|File)(?: PHOTO| Photo)?\s*[-–—:]")
_LABEL = regex.compile(
    r"""(?ix)^[(\[]?\s*
    (?:
        (?:file\s+|staff\s+|ap\s+|upi\s+)?
        (?:photo(?:graph)?s?|pictures?|pics?|images?)
        (?:\s+(?:credit|copyright))?
        \s*(?:by|courtesy(?:\s+of)?|credit)?\s*[:：]?
      | credit\s*[:：] | credit\.\.\. | courtesy(?:\s+of)?\s*:? | ©
    )\s*"""
)
_AGENCY_LABEL = regex.compile(
    r"^\(?\s*(?P<agency>[\p{Lu}][\w.&-]*(?: [\p{Lu}][\w.&-]*){0,2}) (?:Photo|PHOTO|Pic|PIC)"
    r"\s*(?:/|\)$)"
)
# (A last "file" is a piece of its own: "Jane Doe / AP file".)
_PIECES = regex.compile(
    r"\s*(?:/|\||,|;|\s[-–—]+\s|\s+via\s+|:\s|\)\s*\(|\s(?=(?:file|File|FILE)$))\s*"
)
_SKIP_PIECES = frozenset(
    {"file", "file photo", "pool", "license photo", "staff", "stf", "ho", "handout", "dpa"}
)
_HAS_DIGIT = regex.compile(r"\d")
_FORM_ANSWERS = frozenset(FORM_ANSWERS)
# (Or a text box's "less" / "more" toggle: "(AP Photo/Jane Doe) less".)
_GALLERY_LINK_TAIL = regex.compile(
    r"(?<=[)\]])\s+(?:(?i:(?:see )?more (?:pics|photos|pictures|images))\W*|less|more)$"
)
# Every credit holds one of these (see :mod:`copydesk.lexicon.credits`).
_CREDIT_MARKS = (
    ":",
    "/",
    ")",
    "]",
    "©",
    "|",
    " via ",
    "Photo",
    "PHOTO",
    "Getty",
    "Shutterstock",
    "Alamy",
    "Image copyright",
)
# "Jane Doe Jr.", "Ann T.": the period belongs to the name.
_KEEPS_PERIOD = regex.compile(r"(?:\b\p{Lu}|\b(?i:jr|sr))\.$")
_WORD_PIECES = regex.compile(r"[\s/-]+")
# A credit that is only an agency: "[EPA]", "(Picture: PA)", "Getty Images".
_AGENCY_ONLY = regex.compile(
    r"[(\[]?\s*(?:Photo\s*/\s*)?(?:Getty Images|Getty|AP|AFP|EPA|Reuters|REUTERS|PA|AAP|Xinhua|"
    r"Shutterstock|Alamy|Pool via \w+)\s*[)\]]?"
)


@attrs.frozen
class _Patterns:
    tail: tuple[regex.Pattern[str], ...]
    """One pattern per credit form, searched one by one (see :func:`_search_tail`)."""
    standalone: regex.Pattern[str]
    leading: regex.Pattern[str]
    photo_words: frozenset[str]

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Patterns:
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
            photo_words=frozenset(lexicon.photo_agency_words),
        )


@attrs.define
class _CreditParts:
    names: list[str] = attrs.field(factory=list)
    agency: str | None = None
    photo_agency: bool = False
    """Whether a part is a known agency or holds a photo-agency word."""
    photo_word: bool = False
    """Whether a part holds a photo-agency word such as ``Images``."""
    known_agency: bool = False
    """Whether :attr:`agency` is a known agency's code."""
    file_photo: bool = False


@step(requires=("blocks",), uses=("chrome",), provides=("captions",))
def captions(state: ParseState) -> None:
    """Label every body block that ends in a photo credit, or is one, as a caption.

    >>> import copydesk
    >>> text = "Headline\\n\\nA flooded street. (AP Photo/Ann Lee, File)\\n\\nThe text."
    >>> credit = copydesk.parse(text).captions[0].credit
    >>> credit.names, credit.agency, credit.file_photo
    (('Ann Lee',), 'AP', True)
    """
    patterns = state.lexicon.cached("captions.patterns", _Patterns.build)
    found: list[_Found] = []
    first_body = next((index for index, _ in state.body_blocks()), None)
    last_body = _last_body_index(state)
    for ordinal, (index, block) in enumerate(state.body_blocks()):
        if block.end - block.start > _MAX_CAPTION_CHARS:
            continue
        credit = _tail_credit(state, patterns, block)
        if credit is None and index != first_body:
            # The first line of a text is where its headline stands: "TALKING POINT/AMERICAN
            # EXPRESS" there is a headline, however much it looks like a credit-only line.
            credit = _standalone_credit(state, patterns, block) or _last_line_credit(
                state, patterns, block
            )
        if credit is None and index not in (first_body, last_body):
            credit = _bare_agency_credit(state, patterns, block)
        if (
            credit is None
            and ordinal >= _MIN_COMMA_CREDIT_ORDINAL
            and _sentence_above(state, index)
        ):
            credit = _name_comma_agency(state, patterns, block)
        if credit is not None:
            found.append(_Found.of(index, credit, credit.span.start == block.start, block))
            continue
        if found and _labelled_caption_under(state, found[-1], index):
            # "Image copyright Getty Images" / "Image caption The band ...": one caption.
            found[-1] = found[-1]._replace(
                block_index=index, credit_only=True, caption_end=block.end
            )
            continue
        leading = _leading_credit(state, patterns, block) or _line_credit(state, patterns, block)
        if leading is not None:
            credit, credit_only, caption_end = leading
            found.append(_Found.of(index, credit, credit_only, block, caption_end))
    # Backwards, so that merging a credit line with the line above keeps indices valid. The
    # blocks past the one at hand are set aside first: a merge or split then changes the end
    # of the list, which costs nothing, where one in the middle moves every block after it
    # (a text of thousands of credit lines took time quadratic in their number).
    blocks = state.blocks
    set_aside: list[Block] = []
    while found:
        record = found.pop()  # each record goes once used
        index = record.block_index
        while len(blocks) > index + 1:
            set_aside.append(blocks.pop())
        if record.credit_only and _caption_line_above(state, index):
            index -= 1
            state.merge_blocks(index, index + 1)
        if record.caption_end < state.blocks[index].end:
            state.split_block(index, record.caption_end)  # the story goes on under the caption
        block = state.blocks[index]
        file_photo = _CAPTION_FILE_PREFIX.match(state.block_text(block)) is not None
        caption = Caption(
            text=state.source_text(block), credit=record.credit(state, file_photo), span=block.span
        )
        state.mark(block, "caption", caption)
    blocks.extend(reversed(set_aside))


class _Found(NamedTuple):
    """A credit found by the first pass of `captions`, kept until the backward pass labels
    its caption: the credit's parts and offsets, not the `Credit` itself. A text of credit
    lines held a model, its text and its span per line until the last was labelled (33
    bytes per character at the peak; the records, each dropped once used, 18).

    The finders make their credits with `_credit`: the text is the source at the span.
    """

    block_index: int
    start: int
    end: int
    names: tuple[str, ...]
    agency: str | None
    file_photo: bool
    credit_only: bool
    """Whether the block is only the credit."""
    caption_end: int
    """Where the caption ends."""

    @classmethod
    def of(
        cls,
        index: int,
        credit: Credit,
        credit_only: bool,
        block: Block,
        caption_end: int | None = None,
    ) -> _Found:
        """The record of *credit*, found in *block*; the caption ends with the block unless
        *caption_end* says otherwise."""
        span = credit.span
        return cls(
            index,
            # The block's own offsets where they are the credit's (a credit-only line): a
            # record then holds no int objects of its own.
            block.start if span.start == block.start else span.start,
            block.end if span.end == block.end else span.end,
            credit.names,
            credit.agency,
            credit.file_photo,
            credit_only,
            block.end if caption_end is None else caption_end,
        )

    def credit(self, state: ParseState, file_photo: bool) -> Credit:
        """The `Credit` again; *file_photo* when the caption opens with ``FILE PHOTO -``."""
        return Credit(
            text=state.source[self.start : self.end],
            names=self.names,
            agency=self.agency,
            file_photo=self.file_photo or file_photo,
            span=Span(self.start, self.end),
        )


def _leading_credit(
    state: ParseState, patterns: _Patterns, block: Block
) -> tuple[Credit, bool, int] | None:
    """A credit that opens the caption: ``STAFF PHOTO BY JANE DOE Fans wait outside.``

    The caption is the first line; a paragraph glued under it stays in the story.
    """
    text = state.block_text(block)
    match = patterns.leading.match(text)
    if match is None:
        return None
    line_end = text.find("\n")
    caption_end = block.end if line_end < 0 else block.start + line_end
    start = block.start
    end = start + len(match.group().rstrip())
    parts = _read_parts(state.lexicon, patterns, state.text[start:end])
    if not parts.names:
        return None
    return _credit(state, parts, start, end), False, caption_end


def _line_credit(
    state: ParseState, patterns: _Patterns, block: Block
) -> tuple[Credit, bool, int] | None:
    """A caption glued above the story in one block: ``Troops patrol the town [EPA]`` /
    ``The army said on Monday ...``: the lines down to the one ending in a credit.

    The caption ends at that line; the story under it stays in the body.
    """
    text = state.block_text(block)
    line_end = text.find("\n")
    while 0 <= line_end <= _MAX_CAPTION_LINE_CHARS:
        line = Block(block.start, block.start + line_end)
        credit = _tail_credit(state, patterns, line)
        if credit is not None:
            return credit, False, line.end
        line_end = text.find("\n", line_end + 1)
    return None


def _caption_line_above(state: ParseState, index: int) -> bool:
    """Whether the line right above a credit-only line (no blank line between) is its
    caption: ``Air pollution is surging in Delhi.`` / ``Jane Doe/Getty Images``."""
    if index == 0:
        return False
    above, credit = state.blocks[index - 1], state.blocks[index]
    if not above.is_body or above.end - above.start > _MAX_CAPTION_LINE_CHARS:
        return False
    return state.text.count("\n", above.end, credit.start) == 1


def _tail_credit(state: ParseState, patterns: _Patterns, block: Block) -> Credit | None:
    window_start = max(block.start, block.end - _CREDIT_WINDOW)
    if not _may_hold_credit(state.text[window_start : block.end]):
        return None
    # "Salman with Katrina (TOI Photo) More pics": a gallery link may follow the credit.
    link = _GALLERY_LINK_TAIL.search(state.text, window_start, block.end)
    end = link.start() if link is not None else block.end
    match = _search_tail(patterns, state.text, window_start, end)
    if match is None:
        return None
    start = match.start()
    end = start + len(state.text[start : match.end()].rstrip())
    parts = _read_parts(state.lexicon, patterns, state.text[start:end])
    labels = match.captures("label") if "label" in match.re.groupindex else []
    labelled = bool(labels) and labels[-1] != "©"
    if labels and labels[-1] == "©" and not parts.photo_agency:
        return None  # "© Capital Newspapers": a copyright line
    credit_text = match.group().strip()
    if labelled:
        if not parts.names and not parts.photo_agency and not _is_short(credit_text):
            return None  # "Pictures: Image of the Day gallery"
        if not parts.names and not parts.photo_agency and _answers_form(credit_text):
            return None  # "Picture: Yes": a form's field, not a credit
    elif not (
        parts.photo_word
        or (parts.names and _names_outlet(state.lexicon, parts.agency, credit_text))
        or (parts.photo_agency and (parts.names or _AGENCY_ONLY.fullmatch(credit_text)))
    ):
        # "(China Photos/Getty Images)", "[EPA]": a known or photo agency, and a person
        # unless the agency stands alone in brackets; "N.Y. / Region" names neither.
        return None
    return _credit(state, parts, start, end)


def _search_tail(patterns: _Patterns, text: str, start: int, end: int) -> regex.Match[str] | None:
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


def _standalone_credit(state: ParseState, patterns: _Patterns, block: Block) -> Credit | None:
    """A credit-only line: ``John McConnico/Associated Press``, ``Alex Wong | Getty Images``."""
    if block.end - block.start > _MAX_STANDALONE_CHARS:
        return None
    text = state.block_text(block)
    if not _may_hold_credit(text) or _BY.match(text):
        return None
    if patterns.standalone.fullmatch(text) is None:
        return None
    if len(_PIECES.split(text)) > _MAX_STANDALONE_PIECES:
        return None  # "Home | News | Sports | ...": a menu
    parts = _read_parts(state.lexicon, patterns, text)
    if (
        parts.names
        and "/" in text
        and _is_outlet(state.lexicon, parts.agency)
        and _reads_as_person(state.lexicon, text, parts.names[0])
    ):
        return _credit(state, parts, block.start, block.end)  # "STEVE RUSSELL/TORONTO STAR"
    if not parts.photo_agency or not (parts.names or _AGENCY_ONLY.fullmatch(text)):
        return None
    # "Jane Doe | Reuters" is a byline; a slash, or a photo word, makes it a credit.
    if "/" not in text and not parts.photo_word:
        return None
    return _credit(state, parts, block.start, block.end)


def _reads_as_person(lexicon: Lexicon, text: str, name: str) -> bool:
    """Whether the name of a credit-only line is a person's: printed in capitals (``STEVE
    DOE/TORONTO STAR``) or opening with a given name (not ``Living Well/Health News``)."""
    given = lexicon.cached("captions.given_names", _given_names)
    return text.split("/")[0].isupper() or name.split()[0].casefold() in given


def _is_outlet(lexicon: Lexicon, agency: str | None) -> bool:
    """Whether *agency* names an agency or outlet (``TORONTO STAR``), not a menu item."""
    if agency is None:
        return False
    if _known_agency(lexicon, agency) is not None or WEB_DOMAIN.search(agency):
        return True
    outlet_words = lexicon.cached("captions.outlet_words", _outlet_words)
    return any(piece in outlet_words for piece in _WORD_PIECES.split(agency.casefold()))


def _names_outlet(lexicon: Lexicon, agency: str | None, credit: str) -> bool:
    """Whether a credit naming a photographer also names an outlet: ``X/TORONTO STAR``,
    ``(X, Sun Media)``, or any name in capitals in brackets (``(X/ FOX)``)."""
    bracketed = credit.startswith("(")
    if agency is None or ("/" not in credit and not bracketed):
        return False
    capitals = bracketed and "/" in credit and agency.isupper() and len(agency) >= 2
    return capitals or _is_outlet(lexicon, agency)


def _outlet_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.outlet_words) | frozenset(lexicon.photo_agency_words)


def _is_short(credit: str) -> bool:
    return len(_LABEL.sub("", credit, count=1).split()) <= _MAX_SHORT_CREDIT_WORDS


def _answers_form(credit: str) -> bool:
    """Whether a labelled "credit" is a form's answer (``Picture: Yes``), no source."""
    return _LABEL.sub("", credit, count=1).strip(" ()[].").casefold() in _FORM_ANSWERS


def _may_hold_credit(text: str) -> bool:
    """A cheap first test: every credit form holds one of these marks or words."""
    return _CREDIT_MARK.search(text) is not None


# One search for any of the marks: cheaper than a test per mark on every body block. The
# stdlib engine scans for an alternation of literals more than twice as fast as regex (the
# same literals, so the same answer).
_CREDIT_MARK = re.compile("|".join(re.escape(mark) for mark in _CREDIT_MARKS))


def _credit(state: ParseState, parts: _CreditParts, start: int, end: int) -> Credit:
    return Credit(
        text=state.source[start:end],
        names=tuple(parts.names),
        agency=parts.agency,
        file_photo=parts.file_photo,
        span=Span(start, end),
    )


def read_credit(
    text: str, lexicon: Lexicon | None = None
) -> tuple[tuple[str, ...], str | None, bool]:
    """``(photographers, agency, file_photo)`` as a credit names them.

    >>> read_credit("(AP Photo/Manuel Balce Ceneta, File)")
    (('Manuel Balce Ceneta',), 'AP', True)
    >>> read_credit("Photo: Getty Images/ Bryan Bedder")
    (('Bryan Bedder',), 'Getty Images', False)
    """
    lexicon = lexicon or Lexicon.default()
    patterns = lexicon.cached("captions.patterns", _Patterns.build)
    parts = _read_parts(lexicon, patterns, text)
    return tuple(parts.names), parts.agency, parts.file_photo


# Credits repeat (a gallery prints "Photo by Jane Doe/Agency" under every picture), so each
# credit text is read once: the memo lives on the lexicon (dropped whenever it changes) and
# is emptied when it grows this large. Callers never change the parts they are given.
_MAX_REMEMBERED_CREDITS = 4096


def _read_parts(lexicon: Lexicon, patterns: _Patterns, text: str) -> _CreditParts:
    remembered: dict[str, _CreditParts] = lexicon.cached("captions.credit_parts", _empty_memo)
    parts = remembered.get(text)
    if parts is None:
        if len(remembered) >= _MAX_REMEMBERED_CREDITS:
            remembered.clear()
        parts = remembered[text] = _read_new_parts(lexicon, patterns, text)
    return parts


def _empty_memo(lexicon: Lexicon) -> dict[str, _CreditParts]:
    return {}


def _read_new_parts(lexicon: Lexicon, patterns: _Patterns, text: str) -> _CreditParts:
    parts = _CreditParts(file_photo=_FILE.search(text) is not None)
    labelled_agency = _AGENCY_LABEL.match(text)
    if labelled_agency is not None:
        # "(AP Photo/X)": the agency is in the label.
        parts.agency = _agency(lexicon, labelled_agency.group("agency"))
        parts.photo_agency = parts.known_agency = True
        text = text[labelled_agency.end() :]
    else:
        text = _LABEL.sub("", text, count=1)
    text = text.strip(" ()[]")
    unknown: list[str] = []
    for piece in _PIECES.split(text):
        piece = piece.strip(" ()[]")
        if piece.endswith(".") and not _KEEPS_PERIOD.search(piece):
            piece = piece.rstrip(". ")
        if not piece or piece.casefold() in _SKIP_PIECES or _HAS_DIGIT.search(piece):
            continue
        if _take_agency(lexicon, patterns, parts, piece):
            continue
        names = parse_names(piece, lexicon)
        if len(names) == 1 and not _is_outlet(lexicon, piece):
            if names[0] not in parts.names:
                parts.names.append(names[0])
        else:
            unknown.append(piece)
    if parts.agency is None and unknown:
        parts.agency = unknown[0]  # "Photo: US Air Force", "Merlin Archives"
    return parts


def _take_agency(lexicon: Lexicon, patterns: _Patterns, parts: _CreditParts, piece: str) -> bool:
    """Record *piece* as the agency if it is one; True when it was."""
    known = _known_agency(lexicon, piece)
    words = {word.strip(".,").casefold() for word in piece.split()}
    # "Getty Images", "China Photos"; not "Video contains graphic images".
    is_photo_word = bool(words & patterns.photo_words) and len(words) <= _MAX_AGENCY_WORDS
    if known is None and not is_photo_word:
        return False
    if parts.agency is None or (known is not None and not parts.known_agency):
        # A known agency wins over a photo word: "(China Photos/Getty Images)".
        parts.agency = known or piece
        parts.known_agency = known is not None
    parts.photo_agency = True
    parts.photo_word = parts.photo_word or is_photo_word
    return True


def _known_agency(lexicon: Lexicon, printed: str) -> str | None:
    """The canonical code of a known agency (``"The Associated Press"`` -> ``"AP"``)."""
    cleaned = printed.strip(" .,()")
    found = lexicon.agency(cleaned)
    if found is None and cleaned.casefold().startswith("the "):
        found = lexicon.agency(cleaned[4:])
    return found


def _agency(lexicon: Lexicon, printed: str) -> str:
    """The canonical agency code, or the name as printed when it is not a known agency."""
    return _known_agency(lexicon, printed) or printed.strip(" .,()")


# ------------------------------------------------------------------ captions without credit

# A caption without a credit is one short line: a sentence at most.
_MAX_BARE_CAPTION_CHARS = 400
_MIN_BARE_CAPTION_WORDS = 3
_MAX_BARE_CAPTION_WORDS = 60
# A block ending without a period is a caption by its verb only when it is this long: a
# shorter one reads as a headline ("Annual festival celebrates the town").
_MIN_VERB_CAPTION_WORDS = 7
_MAX_VERB_CAPTION_WORDS = 30
# Most words of a caption sentence are lower case; a related-story link is in title case.
_MAX_CAPITALISED_SHARE = 0.5
# Lines this close to the headline may hold the lead photo's caption.
_NEAR_HEADLINE = 4
# A line naming the story's subject ("Pat Doe") is a caption only right by the headline.
_SUBJECT_NEAR_HEADLINE = 2
_MAX_SUBJECT_WORDS = 8
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "'", "’", ")")
# A sentence ends inside a block: "... the floods. Then ..." (not "Const. Dave", "Dec. 31").
# Where a sentence may end inside a block: "... the floods. Then ..."; the word before the
# stop tells an abbreviation ("Const. Dave", "Dec. 31") from a sentence's end.
_STOP_INSIDE = regex.compile(r"(?P<word>[\w'’-]{1,20})[.!?](?:\s+\p{Lu}|\p{Lu}\p{Ll})")
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_QUOTE_MARKS = regex.compile(r"[\"“”«»]")
_SPEECH = regex.compile(r"(?i)\b(?:said|says|told|asked)\b")
_TOKEN = regex.compile(r"[\w'’-]+")
# Marks of a headline or a menu row: "Rookie gets start | Team Notebook", "We will stand - Doe".
_WEB_MARKS = regex.compile(r"https?:|www\.|@\w|\.com\b")
# Emoji and the like after a sentence's end: "... on KLOOK! 🙂".
# Searched backwards from the end (REVERSE): a forward search would try every position.
_TRAILING_SYMBOLS = regex.compile(r"[\s\p{So}\p{Sk}\uFE0F]*+\Z", regex.REVERSE)
_HEADLINE_MARKS = regex.compile(r"\s\|\s|;|\s[-–—]\s\p{Lu}[\w'’.-]*$")
# "Doebert - Rovers coach.": the subject, a dash, a few words on who it is.
# (In mixed case: "RATINGS - None listed" opens a wire table.)
_SUBJECT_DASH = regex.compile(
    r"(?P<subject>\p{Lu}\p{Ll}[\w'’.-]*(?:\s\p{Lu}[\w'’.-]+){0,2})\s[-–—]\s"
    r"\p{L}[^\n]{2,40}"
)
# "No go: Jane Doe will stay at home": a label of a few words, a colon, a description.
_LABELLED = regex.compile(
    r"(?P<label>\p{Lu}[\w'’,!-]*+(?:\s[\w'’,!-]++){0,4}):\s(?P<description>\p{Lu}[^\n:]+)"
)
_MIN_LABELLED_WORDS = 6
# The names of the people pictured may make most of a labelled caption's words.
_MAX_LABELLED_CAPITALISED = 0.6
_SINGLE_QUOTE = regex.compile(r"(?:^|\s)['‘]\w")
# Two capitalised words in a row, the first maybe possessive: a person's name.
_TWO_NAME_WORDS = regex.compile(r"\b\p{Lu}\p{Ll}+(?:['’]s)?\s\p{Lu}[\p{L}'’-]*?\p{Ll}\b")
# "Jane Doe (AAP)"; not a video's running time "(4:08)".
_BRACKET_TAIL = regex.compile(r"\s*\((?P<inside>(?=[^()\n]*\p{L})[^()\n]{1,30})\)\s*$")


# Every built-in picture cue holds one of these (a cheap test before the pattern runs).
_CUE_MARKS = ("(", "left", "right", "centre", "center", "ground", "photo", "picture", "image")
_CUE_MARKS_EXTRA = ("handout", "hands", "combined")


@attrs.frozen
class _Cues:
    cues: tuple[regex.Pattern[str], ...]
    """The cues as one alternation, or (the built-in ones) each on its own."""
    verbs: frozenset[str]
    marks: tuple[str, ...] | None
    """Words one of which every cue holds (None: cues were added, try them all)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Cues:
        built_in = lexicon.caption_cues == CAPTION_CUES
        if built_in:
            # Each cue searched on its own keeps the literal it requires, which the engine
            # looks for first: about three times faster than the alternation, which tried
            # every cue at every position. (An added cue may hold an inline flag, which in
            # the alternation applies to all of them: those keep the alternation.)
            cues = tuple(regex.compile(pattern) for pattern in lexicon.caption_cues)
        else:
            alternation = "|".join(f"(?:{pattern})" for pattern in lexicon.caption_cues)
            cues = (regex.compile(alternation),)
        return cls(
            cues=cues,
            verbs=frozenset(verb.casefold() for verb in lexicon.caption_verbs),
            marks=_CUE_MARKS + _CUE_MARKS_EXTRA if built_in else None,
        )

    def search(self, text: str) -> bool:
        """Whether *text* holds picture language."""
        if self.marks is not None:
            folded = text.casefold()
            if not any(mark in folded for mark in self.marks):
                return False
        return any(cue.search(text) is not None for cue in self.cues)


@step(
    requires=("blocks",),
    uses=("chrome", "captions", "page", "headline", "bylines"),
    provides=("uncredited_captions",),
)
def uncredited_captions(state: ParseState) -> None:
    """Label short blocks that describe a picture as captions, though no credit ends them.

    Runs after the headline step: where a line stands (in the story, right by the headline)
    is part of the evidence.

    >>> import copydesk
    >>> text = (
    ...     "Storm hits the coast\\n\\n"
    ...     "The storm hit the coast on Monday, forcing thousands of people to leave.\\n\\n"
    ...     "Soldiers stand guard next to a flooded school\\n\\n"
    ...     "Power was cut to more than 40,000 homes and schools stayed closed on Tuesday."
    ... )
    >>> [caption.text for caption in copydesk.parse(text).captions]
    ['Soldiers stand guard next to a flooded school']
    """
    cues = state.lexicon.cached("captions.cues", _Cues.build)
    headline = next(
        (index for index, block in enumerate(state.blocks) if block.label == "headline"), None
    )
    subject_words = _headline_words(state, headline)
    pictures = state.lexicon.cached("captions.picture_lines", _PictureLines.build)

    def opens_story(index: int) -> bool:
        """Whether ``blocks[index]`` is the first paragraph of prose under the headline."""
        if headline is None or not 0 < index - headline <= _NEAR_HEADLINE:
            return False
        between = state.blocks[headline + 1 : index]
        return not any(block.is_body and is_prose(state.block_text(block)) for block in between)

    photos = pictures.may_hold(state.text)
    for index, block in enumerate(state.blocks):
        if photos and block.claimable and _by_picture(state, pictures, index, subject_words):
            _take_with_credit_below(state, index)
            continue
        distance = abs(index - headline) if headline is not None else len(state.blocks)
        # A guessed chrome line by the headline may be its photo's caption, but not a line
        # of a list of other stories ("related").
        beside_headline = (
            block.claimable
            and not block.is_body
            and block.kind != "related"
            and distance <= _NEAR_HEADLINE
        )
        # The page classifier may have guessed a whole story chrome: a labelled caption
        # between its paragraphs of prose is still one.
        guessed_story_line = block.label == "chrome" and block.claimable and block.kind != "related"
        if guessed_story_line and _labelled_caption(
            state, index, state.block_text(block), guessed=True
        ):
            state.mark(block, "caption", Caption(text=state.source_text(block), span=block.span))
            continue
        if not (block.is_body or beside_headline):
            continue
        if index == 0 or block.end - block.start > _MAX_BARE_CAPTION_CHARS:
            continue  # the first line of a text is its headline
        text = state.block_text(block)
        if block.is_body and (
            _split_glued_caption(state, cues, index, text)
            or (opens_story(index) and _split_before_repeated_lede(state, index, text))
        ):
            block, text = state.blocks[index], state.block_text(state.blocks[index])
            if _glued_before_repeat(state, index):
                state.mark(
                    block, "caption", Caption(text=state.source_text(block), span=block.span)
                )
                continue
        credit = None
        near = distance <= _SUBJECT_NEAR_HEADLINE
        if (near and _names_subject(state, text, subject_words)) or (
            block.is_body and _subject_with_agency(state, index, text, subject_words)
        ):
            credit = _bracketed_credit(state, block, text)
        elif not (
            _describes_picture(cues, text, beside_headline=beside_headline)
            or (block.is_body and _labelled_caption(state, index, text))
        ):
            continue
        caption = Caption(text=state.source_text(block), credit=credit, span=block.span)
        state.mark(block, "caption", caption)
    _between_captions(state, cues)
    _credit_lines_above(state)
    if photos:
        _widgets_beside_captions(state, pictures)


def _headline_words(state: ParseState, headline: int | None) -> frozenset[str]:
    """The casefolded words of the headline (empty without one)."""
    if headline is None:
        return frozenset()
    text = state.block_text(state.blocks[headline])
    return frozenset(word.casefold().strip("'’") for word in _TOKEN.findall(text))


def _short_line(text: str) -> list[str] | None:
    """The words of *text* if it is one short line that may be a caption (cheap tests)."""
    if "\n" in text or text.endswith("?"):
        return None
    if not (text[:1].isupper() or text[:1] == "(") or _BY.match(text):
        return None  # "By Jane Doe (left)" is a byline
    words = text.split()
    if not _MIN_BARE_CAPTION_WORDS <= len(words) <= _MAX_BARE_CAPTION_WORDS:
        return None
    return words


def _holds_quote_mark(text: str) -> bool:
    """Whether *text* holds a mark of :data:`_QUOTE_MARKS` (an ``in`` test per mark: many
    times cheaper than the search, before the costlier tests of a picture's description;
    a quarter of the lines tried hold one)."""
    return '"' in text or "“" in text or "”" in text or "«" in text or "»" in text


def _one_sentence(text: str) -> bool:
    """Whether *text* holds one sentence at most, and no quotation."""
    if _QUOTE_MARKS.search(text):
        return False
    for stop in _STOP_INSIDE.finditer(text):
        word = stop.group("word")
        if (
            len(word) >= 2
            and (word[-1].isdigit() or word[-2:].islower())
            and word.casefold() not in _ABBREVIATIONS
        ):
            return False
    return True


def _describes_picture(cues: _Cues, text: str, *, beside_headline: bool) -> bool:
    """Whether a one-sentence block describes a picture: picture language anywhere
    (``(left)``, ``in this file photo``), or a present-tense verb of a picture in a short
    sentence that ends without a period (``Soldiers stand guard next to ...``).

    Beside the headline, outside the story the page classifier chose, the sentence may
    end in a period: no paragraph of the story is at stake there.
    """
    words = _short_line(text)
    if words is None or _holds_quote_mark(text):
        return False  # (either way, _one_sentence refuses a quotation at the end)
    if cues.search(text):
        return _one_sentence(text) and not _SPEECH.search(text)
    # The cheap tests first: most blocks are paragraphs that end in a period.
    if not _MIN_VERB_CAPTION_WORDS <= len(words) <= _MAX_VERB_CAPTION_WORDS:
        return False
    if _ends_sentence(text) and not beside_headline:
        return False
    capitalised = sum(word[:1].isupper() for word in words) / len(words)
    if capitalised > _MAX_CAPITALISED_SHARE:
        return False
    # A verb in lower case: "Chase" opens a bank's name.
    if not any(word in cues.verbs for word in _TOKEN.findall(text)):
        return False
    if _HEADLINE_MARKS.search(text) or _WEB_MARKS.search(text) or _SPEECH.search(text):
        return False
    return _one_sentence(text)


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends a sentence, emoji and other symbols after the stop aside."""
    symbols = _TRAILING_SYMBOLS.search(text)  # always matches: the run may be empty
    end = symbols.start() if symbols is not None else len(text)
    return text[:end].endswith(_SENTENCE_END)


def _split_glued_caption(state: ParseState, cues: _Cues, index: int, text: str) -> bool:
    """Cut a caption line off the paragraph it was glued above; True if cut.

    ``Jane Doe delivers a speech in the old town, 18 Nov 2007`` / ``Doe, the former ...``:
    the first line describes a picture (as :func:`_describes_picture` reads it, in the
    story: no period at its end) and the rest of the block is a paragraph of prose.
    """
    first_line, newline, rest = text.partition("\n")
    if not newline or len(first_line) > _MAX_BARE_CAPTION_CHARS:
        return False
    if not _describes_picture(cues, first_line, beside_headline=False) or not is_prose(rest):
        return False
    block = state.blocks[index]
    state.split_block(index, block.start + len(first_line))
    return True


# "… in action in 2007. African Nations Cup holders Egypt …": the first sentence ends.
_FIRST_STOP = regex.compile(r"(?<=[\w)][.!])\s+(?=\p{Lu})")
_MAX_GLUED_CAPTION_WORDS = 25
_GLUED_CAPTION_CUE = regex.compile("|".join(f"(?:{cue})" for cue in GLUED_CAPTION_CUES))
# The repeated lede is matched by its first characters.
_REPEAT_KEY_CHARS = 60
_REPEAT_WITHIN_BLOCKS = 3


def _split_before_repeated_lede(state: ParseState, index: int, text: str) -> bool:
    """Cut a caption sentence off a teaser that repeats the story's lede; True if cut.

    ``Jane Doe in action in 2007. The holders won again …`` where ``The holders won again
    …`` opens one of the next blocks too: the page printed the photo's caption, then a
    summary (the lede, again). The sentence before the repeat is the caption.
    """
    stop = _FIRST_STOP.search(text, 0, _MAX_BARE_CAPTION_CHARS)
    if stop is None:
        return False
    first, rest = text[: stop.start()], text[stop.end() :]
    if len(rest) < _REPEAT_KEY_CHARS or len(first.split()) > _MAX_GLUED_CAPTION_WORDS:
        return False
    if _QUOTE_MARKS.search(first) or _SPEECH.search(first) or not first[:1].isupper():
        return False
    cues = state.lexicon.cached("captions.cues", _Cues.build)
    if not (
        cues.search(first)
        or _GLUED_CAPTION_CUE.search(first)
        or any(word in cues.verbs for word in _TOKEN.findall(first))
    ):
        return False  # the teaser's own first sentence: no picture in it
    key = rest[:_REPEAT_KEY_CHARS]
    following = state.blocks[index + 1 : index + 1 + _REPEAT_WITHIN_BLOCKS]
    if not any(key in state.block_text(block) for block in following if block.is_body):
        return False
    block = state.blocks[index]
    state.split_block(index, block.start + stop.start())
    state.blocks[index].kind = _GLUED_BEFORE_REPEAT
    return True


# Marks a caption cut off a repeated lede until it is labelled (never left on a block).
_GLUED_BEFORE_REPEAT = "caption-before-repeat"


def _glued_before_repeat(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    if block.kind != _GLUED_BEFORE_REPEAT:
        return False
    block.kind = None
    return True


def _between_captions(state: ParseState, cues: _Cues) -> None:
    """Take a line standing between two captions (a gallery) that describes a picture but
    names so many people that most of its words are capitalised: ``OPP Const. Jane Doe
    speaks with CTV Toronto.``"""
    blocks = state.blocks
    for index in range(1, len(blocks) - 1):
        if blocks[index - 1].label != "caption" or blocks[index + 1].label != "caption":
            continue
        block = blocks[index]
        if not block.claimable:
            continue
        text = state.block_text(block)
        words = _short_line(text)
        if words is None or _SPEECH.search(text) or not _one_sentence(text):
            continue
        if cues.search(text) or any(word in cues.verbs for word in _TOKEN.findall(text)):
            state.mark(block, "caption", Caption(text=state.source_text(block), span=block.span))


def _labelled_caption(state: ParseState, index: int, text: str, *, guessed: bool = False) -> bool:
    """Whether a line between two paragraphs of the story is a ``Label: description``
    caption: ``No go: Jane Doe will stay at home``.

    A few words, a colon, then a description in sentence case that ends without a period.
    Between paragraphs of prose, not in a list of links, where such lines are headlines
    (``Rates warning: Brace yourselves``); it names someone (a subhead such as ``True
    confession: I had to learn the hard way`` names nobody); no quotation or speech
    (``Doe: "We won."``).
    """
    if ":" not in text:
        return False  # the cheap test first: most lines hold no label
    match = _LABELLED.fullmatch(text)
    if match is None or _QUOTE_MARKS.search(text) or _SINGLE_QUOTE.search(text):
        return False
    if _TWO_NAME_WORDS.search(match.group("description")) is None:
        return False  # a picture shows someone: "Jane Doe", "Toshiba's Jane Doe"
    if _ends_sentence(text):
        return False
    words = match.group("description").split()
    if not _MIN_LABELLED_WORDS <= len(words) <= _MAX_VERB_CAPTION_WORDS:
        return False
    if sum(word[:1].isupper() for word in words) / len(words) > _MAX_LABELLED_CAPITALISED:
        return False
    if _HEADLINE_MARKS.search(text) or _WEB_MARKS.search(text) or _SPEECH.search(text):
        return False
    return _is_paragraph(state, index - 1, guessed=guessed) and _is_paragraph(
        state, index + 1, guessed=guessed
    )


def _is_paragraph(state: ParseState, index: int, *, guessed: bool = False) -> bool:
    """Whether ``blocks[index]`` is a body paragraph of prose (*guessed*: or prose the page
    classifier guessed was chrome)."""
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    taken = block.claimable and block.label == "chrome" and guessed
    return (block.is_body or taken) and is_prose(state.block_text(block))


def _names_subject(state: ParseState, text: str, subject_words: frozenset[str]) -> bool:
    """Whether a line by the headline only names the story's subject: ``Pat Doe`` under
    ``Doe to quit as coach``, ``Jane Doe (AAP)``, ``Doebert - Rovers coach.``."""
    if not subject_words or len(text.split()) > _MAX_SUBJECT_WORDS or "\n" in text:
        return False
    if _BY.match(text):
        return False
    dashed = _SUBJECT_DASH.fullmatch(text)
    if dashed is not None:
        return dashed.group("subject").split()[-1].casefold() in subject_words
    bracket = _BRACKET_TAIL.search(text)
    names = parse_names(text[: bracket.start()] if bracket else text, state.lexicon)
    if not names or len(names) > 2:
        return False
    if not any(name.split()[-1].casefold() in subject_words for name in names):
        return False
    # "North Korea" under "North Korea to ...": a person, by a given name or a bracket.
    given = state.lexicon.cached("captions.given_names", _given_names)
    return bracket is not None or any(name.split()[0].casefold() in given for name in names)


def _subject_with_agency(
    state: ParseState, index: int, text: str, subject_words: frozenset[str]
) -> bool:
    """Whether a line in the story is the photo of its subject with an agency's credit:
    ``Jane Doe (AAP)``, the surname in the headline or the paragraph under the line (a
    writer's byline names someone the story does not)."""
    bracket = _BRACKET_TAIL.search(text)
    if (
        bracket is None
        or "\n" in text
        or _known_agency(state.lexicon, bracket.group("inside")) is None
    ):
        return False
    names = parse_names(text[: bracket.start()], state.lexicon)
    if len(names) != 1 or _BY.match(text):
        return False
    surname = names[0].split()[-1].casefold()
    if surname in subject_words:
        return True
    if index + 1 >= len(state.blocks):
        return False
    below = state.block_text(state.blocks[index + 1])
    return surname in {word.casefold() for word in _TOKEN.findall(below)}


def _given_names(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(name.casefold() for name in lexicon.given_names)


def _bracketed_credit(state: ParseState, block: Block, text: str) -> Credit | None:
    """The ``(AAP)`` that ends a subject line, as a credit, if it names an agency."""
    bracket = _BRACKET_TAIL.search(text)
    if bracket is None or _known_agency(state.lexicon, bracket.group("inside")) is None:
        return None
    patterns = state.lexicon.cached("captions.patterns", _Patterns.build)
    start = block.start + bracket.start() + (len(bracket.group()) - len(bracket.group().lstrip()))
    parts = _read_parts(state.lexicon, patterns, state.text[start : block.end])
    return _credit(state, parts, start, block.end)


# ------------------------------------------------------------------ captions by a photo's widgets

# A caption under a photo's button is at most a few sentences.
_MAX_PICTURE_CAPTION_CHARS = 600
_MAX_PICTURE_CAPTION_STOPS = 2
# "Lohan", "Jane Doe": under a photo's button, a name alone is its caption.
_MAX_LABEL_CAPTION_WORDS = 3
_MIN_PICTURE_SENTENCE_WORDS = 4
_MENU_BAR = regex.compile(r"\s\|\s")
# Every built-in button, gallery link and caption label holds one of these.
_PICTURE_MARKS = (
    *("enlarge", "larger", "zoom", "reprint", "gallery", "caption"),
    *("more photo", "more pic", "more image"),
)
# A photo's button or gallery link is a short line.
_MAX_WIDGET_CHARS = 80
# The opening tag of a caption is the last thing in its markup block.
_MARKUP_TAIL = 300
# A credit line under a caption: "AP", "Merlin Archives".
_MAX_BARE_CREDIT_WORDS = 4


@attrs.frozen
class _PictureLines:
    above: regex.Pattern[str]
    below: regex.Pattern[str]
    label: regex.Pattern[str]
    markup: regex.Pattern[str]
    """A leaked HTML tag opening a caption, at the end of a markup block."""
    marks: tuple[str, ...] | None
    """Words one of which every built-in button, link, label and leaked tag holds (None:
    tables were extended, try every block)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> _PictureLines:
        def alternation(patterns: tuple[str, ...]) -> regex.Pattern[str]:
            joined = "|".join(f"(?:{pattern})" for pattern in patterns)
            return regex.compile(rf"(?i:{joined})")

        built_in = (
            lexicon.picture_above_lines == PICTURE_ABOVE_LINES
            and lexicon.picture_below_lines == PICTURE_BELOW_LINES
            and lexicon.caption_labels == CAPTION_LABELS
        )
        return cls(
            above=alternation(lexicon.picture_above_lines),
            below=alternation(lexicon.picture_below_lines),
            marks=_PICTURE_MARKS if built_in else None,
            label=regex.compile("|".join(f"(?:{pattern})" for pattern in lexicon.caption_labels)),
            markup=regex.compile(
                "(?i:" + "|".join(f"(?:{p})" for p in lexicon.markup_caption_openers) + r")\s*$"
            ),
        )

    def may_hold(self, text: str) -> bool:
        """Whether *text* may hold a photo's button, a gallery link, a caption label or a
        leaked tag (a cheap test on the whole text: most pages hold none)."""
        if self.marks is None or "<" in text:
            return True
        folded = text.casefold()
        return any(mark in folded for mark in self.marks)

    def opens_caption(self, markup: str) -> bool:
        """Whether a block of leaked HTML ends in a tag opening a caption."""
        return self.markup.search(markup[-_MARKUP_TAIL:]) is not None

    def is_widget(self, text: str) -> bool:
        """Whether *text* is a photo's button or a gallery link itself."""
        return self.is_above(text) or self.is_below(text)

    def is_above(self, text: str) -> bool:
        """Whether *text* is a photo's button (printed above the caption)."""
        return len(text) <= _MAX_WIDGET_CHARS and self.above.fullmatch(text) is not None

    def is_below(self, text: str) -> bool:
        """Whether *text* is a gallery link (printed below the caption)."""
        return len(text) <= _MAX_WIDGET_CHARS and self.below.fullmatch(text) is not None


def _by_picture(
    state: ParseState, pictures: _PictureLines, index: int, subject_words: frozenset[str]
) -> bool:
    """Whether ``blocks[index]`` is a caption by what the page prints around a photo.

    A label opens it (``Caption: The band signed …``); or the photo's button stands right
    above it (``View larger image`` / ``Click photo to enlarge``), or a gallery link right
    below it (``More photos:``) and it ends without a period (a paragraph of the story
    above ``See more photos:`` ends with one). It is a short line: at most three
    sentences, or a name alone that the headline names too (``Lohan`` under ``Woman says
    Lohan cost her thousands``; not a menu's ``Jumble``).
    """
    block = state.blocks[index]
    if block.end - block.start > _MAX_PICTURE_CAPTION_CHARS:
        return False
    text = state.block_text(block)
    if "\n" in text:
        return False
    if pictures.label.match(text):
        return True
    if index == 0:
        return False
    before = state.blocks[index - 1]
    if before.kind == "markup" and pictures.opens_caption(state.block_text(before)):
        return True  # '<div class="cap">' / the caption
    # The neighbours first: most short lines of a page stand by no photo's button.
    above = pictures.is_above(state.block_text(_block_above_credit(state, index)))
    below = index + 1 < len(state.blocks) and pictures.is_below(
        state.block_text(state.blocks[index + 1])
    )
    if not (above or (below and not text.endswith("."))) or pictures.is_widget(text):
        return False
    if not (text[:1].isupper() or text[:1] in '("“') or _BY.match(text):
        return False
    if _WEB_MARKS.search(text) or _MENU_BAR.search(text):
        return False  # a link or a menu row: "Home | News | Sport"
    words = text.split()
    if len(words) < _MIN_PICTURE_SENTENCE_WORDS:
        return (
            len(words) <= _MAX_LABEL_CAPTION_WORDS
            and all(word[:1].isupper() and word.isalpha() for word in words)
            and words[-1].casefold() in subject_words
        )
    return len(_STOP_INSIDE.findall(text)) <= _MAX_PICTURE_CAPTION_STOPS


def _widgets_beside_captions(state: ParseState, pictures: _PictureLines) -> None:
    """Label a photo's button right above a caption, or a gallery link right below one,
    as chrome (``navigation``) where no step labelled it yet."""
    for index, block in enumerate(state.blocks):
        if not block.is_body or not pictures.is_widget(state.block_text(block)):
            continue
        beside = state.blocks[index + 1 : index + 2] + state.blocks[max(index - 1, 0) : index]
        if any(isinstance(other.finding, Caption) for other in beside):
            state.mark_chrome(block, "navigation")


def _block_above_credit(state: ParseState, index: int) -> Block:
    """The block above ``blocks[index]``, looking past a credit-only caption between (``Enlarge
    this image`` / ``Jane Doe/Associated Press`` / the caption)."""
    above = state.blocks[index - 1]
    finding = above.finding
    if (
        index >= 2
        and isinstance(finding, Caption)
        and finding.credit is not None
        and finding.credit.span == above.span
    ):
        return state.blocks[index - 2]
    return above


def _take_with_credit_below(state: ParseState, index: int) -> None:
    """Label ``blocks[index]`` a caption, with the bare credit line under it if there is
    one (``AP``, ``Merlin Archives``)."""
    credit = None
    if index + 1 < len(state.blocks):
        below = state.blocks[index + 1]
        if below.claimable and _is_bare_credit(state.lexicon, state.block_text(below)):
            patterns = state.lexicon.cached("captions.patterns", _Patterns.build)
            parts = _read_parts(state.lexicon, patterns, state.block_text(below))
            credit = _credit(state, parts, below.start, below.end)
            state.merge_blocks(index, index + 1)
    block = state.blocks[index]
    state.mark(
        block, "caption", Caption(text=state.source_text(block), credit=credit, span=block.span)
    )


def _is_bare_credit(lexicon: Lexicon, text: str) -> bool:
    """Whether *text* is a credit without a label: a known agency alone (``AP``), or a few
    capitalised words ending in a photo-agency word (``Merlin Archives``)."""
    if len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    words = text.split()
    if not 1 <= len(words) <= _MAX_BARE_CREDIT_WORDS or "\n" in text:
        return False
    if _known_agency(lexicon, text) is not None:
        return True
    photo_words = lexicon.cached("captions.patterns", _Patterns.build).photo_words
    return all(word[:1].isupper() for word in words) and words[-1].casefold() in photo_words


# ------------------------------------------------------------------ credits printed above

# "Kevork Doe, file" / "Andrea Doe": a photographer's name, maybe marked a file photo.
_FILE_TAIL = regex.compile(r",?\s*(?i:file(?: photo)?)$")
_MAX_CREDIT_NAME_WORDS = 4
# "ELAINE DOE Associated Press": a name in capitals, then the agency in mixed case.
_CAPITAL_NAME_AND_AGENCY = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*){1,3}),?\s"
    r"(?P<agency>\p{Lu}[\p{L}.&-]*\p{Ll}[\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3})"
)
_MAX_CAPTION_UNDER_CREDIT_WORDS = 40
# A credit line of a name (and an agency) is short.
_MAX_CREDIT_LINE_CHARS = 80


def _credit_lines_above(state: ParseState) -> None:
    """Join a credit printed on the line above a caption to it: a photographer's name
    (``Andrea Doe``, ``Kevork Doe, file``) above a caption found without credit, or a name
    in capitals with an agency (``ELAINE DOE Associated Press``) above a sentence.

    A writer's byline is taken by the bylines step before this runs; a bare name left
    right above a caption is the photographer's.
    """
    index = len(state.blocks) - 1
    while index >= 1:
        block, above = state.blocks[index], state.blocks[index - 1]
        short = above.end - above.start <= _MAX_CREDIT_LINE_CHARS
        if short and above.claimable and "\n" not in state.block_text(above):
            credit_line = state.block_text(above)
            caption = block.finding if isinstance(block.finding, Caption) else None
            uncredited = caption is not None and caption.credit is None
            if (uncredited and _names_photographer(state.lexicon, credit_line)) or (
                block.is_body and _credits_agency_photographer(state, credit_line, block)
            ):
                _join_credit_above(state, index)
        index -= 1


def _names_photographer(lexicon: Lexicon, text: str) -> bool:
    """Whether *text* is one person's name, maybe marked a file photo: ``Kevork Doe, file``."""
    if len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    name = _FILE_TAIL.sub("", text)
    words = name.split()
    if not 2 <= len(words) <= _MAX_CREDIT_NAME_WORDS or _BY.match(text):
        return False
    photo_words = lexicon.cached("captions.patterns", _Patterns.build).photo_words
    if any(word.casefold() in photo_words for word in words):
        return False  # "View Larger Image": the photo's button
    return len(parse_names(name, lexicon)) == 1


def _credits_agency_photographer(state: ParseState, text: str, block: Block) -> bool:
    """Whether *text* is ``ELAINE DOE Associated Press`` (a known agency) and *block* a
    caption's one sentence under it."""
    if len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    match = _CAPITAL_NAME_AND_AGENCY.fullmatch(text)
    if match is None or _known_agency(state.lexicon, match.group("agency")) is None:
        return False
    if len(parse_names(match.group("name"), state.lexicon)) != 1:
        return False
    sentence = state.block_text(block)
    words = sentence.split()
    return (
        "\n" not in sentence
        and len(words) <= _MAX_CAPTION_UNDER_CREDIT_WORDS
        and _one_sentence(sentence)
    )


def _join_credit_above(state: ParseState, index: int) -> None:
    """Merge the credit line ``blocks[index - 1]`` with the caption under it."""
    above = state.blocks[index - 1]
    text = state.block_text(above)
    capitals = _CAPITAL_NAME_AND_AGENCY.fullmatch(text)
    if capitals is not None:
        # "ELAINE DOE Associated Press": no mark splits the name from the agency.
        parts = _CreditParts(
            names=list(parse_names(capitals.group("name"), state.lexicon)),
            agency=_agency(state.lexicon, capitals.group("agency")),
        )
    else:
        patterns = state.lexicon.cached("captions.patterns", _Patterns.build)
        parts = _read_parts(state.lexicon, patterns, text)
    credit = _credit(state, parts, above.start, above.end)
    merged = state.merge_blocks(index - 1, index)
    caption = Caption(text=state.source_text(merged), credit=credit, span=merged.span)
    state.mark(merged, "caption", caption)


# ------------------------------------------------------------------ credits glued or bare

# A caption ending in a bare agency ("... its effect. Getty") is a few sentences at most.
_MAX_BARE_CREDIT_CAPTION_CHARS = 400
_MAX_BARE_CREDIT_CAPTION_STOPS = 2
_MIN_BARE_CREDIT_CAPTION_WORDS = 4


def _last_body_index(state: ParseState) -> int | None:
    """The index of the last block still labelled body (a walk back from the end)."""
    for index in range(len(state.blocks) - 1, -1, -1):
        if state.blocks[index].is_body:
            return index
    return None


# "By Jane Doe", "Posted by Jane Doe", "Story and photos by": a byline's lead.
_BYLINE_LEAD = regex.compile(r"(?:[\w&]+\s){0,3}(?i:by)\s")


def _last_line_credit(state: ParseState, patterns: _Patterns, block: Block) -> Credit | None:
    """A caption line and its credit-only line in one block: ``Smoke drifts over the
    city.`` / ``Jane Doe/Daily Times/Getty Images`` (the credit line alone would be
    found; glued under its caption, no tail pattern reads it)."""
    text = state.block_text(block)
    line_start = text.rfind("\n") + 1
    if line_start == 0 or line_start > _MAX_CAPTION_LINE_CHARS or "\n" in text[: line_start - 1]:
        return None
    if _BYLINE_LEAD.match(text):
        return None  # "Posted by Jane Doe on May 2" / "Getty Images": a byline, then a photo
    return _standalone_credit(state, patterns, Block(block.start + line_start, block.end))


# "Jane Doe, AP" on its own line is a byline at the top of a story: only a line further
# down (this many body blocks from the first) may be a caption's credit.
_MIN_COMMA_CREDIT_ORDINAL = 4
_MIN_CAPTION_SENTENCE_WORDS = 6


def _sentence_above(state: ParseState, index: int) -> bool:
    """Whether right above ``blocks[index]`` (no blank line between) stands a caption's
    sentence: a short body line ending in a period."""
    if index == 0 or not _caption_line_above(state, index):
        return False
    above = state.block_text(state.blocks[index - 1])
    return (
        "\n" not in above
        and above.endswith(".")
        and len(above.split()) >= _MIN_CAPTION_SENTENCE_WORDS
    )


# "Jane Doe, AP": a photographer and a known agency, on the line under a caption.
_NAME_COMMA_AGENCY = regex.compile(r"(?P<name>[^,\n]{3,40}),\s(?P<agency>[^,\n]{2,30})")


def _name_comma_agency(state: ParseState, patterns: _Patterns, line: Block) -> Credit | None:
    """``Jane Doe, AP`` under a caption's sentence (a byline's shape too, so only under a
    sentence, glued to it, with an agency the lexicon knows)."""
    match = _NAME_COMMA_AGENCY.fullmatch(state.block_text(line))
    if match is None or _known_agency(state.lexicon, match.group("agency")) is None:
        return None
    if _BY.match(match.group("name")) or len(parse_names(match.group("name"), state.lexicon)) != 1:
        return None
    parts = _read_parts(state.lexicon, patterns, state.block_text(line))
    return _credit(state, parts, line.start, line.end)


def _bare_agency_credit(state: ParseState, patterns: _Patterns, block: Block) -> Credit | None:
    """An agency printed bare after a short caption's last sentence: ``A stock image of a
    coffee cup. Researchers looked at its effect. Getty`` (not ``... said AP.``, which ends
    in a period; the caller skips the last body block, where a sign-off may stand)."""
    if block.end - block.start > _MAX_BARE_CREDIT_CAPTION_CHARS:
        return None
    text = state.block_text(block)
    if "\n" in text or not text[:1].isupper():
        return None
    if not text.endswith(tuple(state.lexicon.bare_caption_credits)):
        return None  # the pattern's own test, cheaper than its search over the whole line
    match = state.lexicon.cached("captions.bare_credit", _bare_credit_pattern).search(text)
    if match is None:
        return None
    sentences = text[: match.start()]
    if len(sentences.split()) < _MIN_BARE_CREDIT_CAPTION_WORDS:
        return None
    if len(_STOP_INSIDE.findall(sentences)) > _MAX_BARE_CREDIT_CAPTION_STOPS:
        return None
    start = block.start + match.start("credit")
    parts = _read_parts(state.lexicon, patterns, state.text[start : block.end])
    return _credit(state, parts, start, block.end)


def _bare_credit_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    agencies = sorted(lexicon.bare_caption_credits, key=len, reverse=True)
    names = "|".join(regex.escape(agency) for agency in agencies)
    return regex.compile(rf"(?<=[.!?][\"”’]?)\s+(?P<credit>{names})$")


def _labelled_caption_under(state: ParseState, credit_line: _Found, index: int) -> bool:
    """Whether ``blocks[index]`` is a labelled caption (``Image caption The band ...``)
    right under a credit-only line found just before (no blank line between)."""
    above_index = credit_line.block_index
    if not credit_line.credit_only or above_index != index - 1:
        return False
    above, block = state.blocks[above_index], state.blocks[index]
    if state.text.count("\n", above.end, block.start) != 1:
        return False
    text = state.block_text(block)
    if "\n" in text or block.end - block.start > _MAX_CAPTION_LINE_CHARS:
        return False
    pictures = state.lexicon.cached("captions.picture_lines", _PictureLines.build)
    return pictures.label.match(text) is not None
