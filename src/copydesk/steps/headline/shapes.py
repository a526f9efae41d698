"""What a headline looks like: the shape tests every way of finding it shares."""

from __future__ import annotations

import regex

from copydesk._models import Headline
from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.names import name_list, name_words, opens_with_given_name
from copydesk.reading.page import (
    DATELINE_OPENING,
    find_words,
)
from copydesk.reading.patterns import AnyPattern

__all__ = [
    "MAX_HEADLINE_CHARS",
    "MIN_FALLBACK_WORDS",
    "THE",
    "WORD",
    "fallback_shaped",
    "headline_shaped",
    "is_byline_line",
    "is_menu_line",
    "is_short",
    "mark",
    "may_be_headline",
    "not_headline_pattern",
    "undated_not_headline_pattern",
    "under_menu",
    "without_stamps",
    "worded_line",
]

# A headline has at most this many words and characters.
_MAX_HEADLINE_WORDS = 40
MAX_HEADLINE_CHARS = 300

# A block of running prose this long is a lede, not a headline.
_MAX_PROSE_HEADLINE_WORDS = 25

# A nearest-line fallback must have at least this many words (menus have one or two).
MIN_FALLBACK_WORDS = 4

# A menu's entries have one or two words ("Sport", "Climate crisis", "Business & Money"), and a
# run of at least this many of them stands over a page's headline.
_MAX_MENU_WORDS = 2
_MIN_MENU_RUN = 2

# The boilerplate step drops the headline with the page top as ``navigation`` (or ``related``
# when it reads like a teaser); chrome of other kinds (branding, share ...) is never the headline.
_HEADLINE_MAY_BE = frozenset({"navigation", "related", "other", "title"})

WORD = regex.compile(r"\w+")
# (A call's "()" is found first, then the word character before it: an alternative that opens
# with \w would be tried at every letter of the line.)
_CODE_LIKE = regex.compile(r"[{}<>]|/\*|-->|@import|(?<=\w)\(\)")
THE = regex.compile(r"(?i)^the\s+")
# "By Jane Roe" / "By Jane Roe and John Doe, Associated Press": a byline line, its names
# after the lead, an agency maybe after a comma.
_BY_LEAD = regex.compile(r"(?i)^\s*by\s+")
_MAX_BYLINE_LINE_CHARS = 120
_LETTER_WORD = regex.compile(r"(?<!\w)\p{L}+(?!\w)")
_INITIALISM_END = regex.compile(r"(?<!\w)(?:\p{Lu}\.){2,}$")


def may_be_headline(
    state: ParseState, index: int, *, allow_body: bool, any_guessed: bool = False
) -> bool:
    """Whether block *index* may be the headline (a body block only where allowed; chrome the
    page classifier guessed, of a kind the headline may have been given, or of any kind)."""
    block = state.blocks[index]
    if block.label == BODY and not allow_body:
        return False
    if block.label not in (BODY, CHROME) or block.finding is not None:
        return False
    if block.label == CHROME and not (
        block.guessed and (any_guessed or block.kind in _HEADLINE_MAY_BE)
    ):
        return False  # a lexicon rule's chrome is sure; the page classifier's may be wrong
    text = state.block_text(block)
    if _CODE_LIKE.search(text):
        return False  # a style sheet or script line of a page dumped with its markup
    if block.label == BODY and DATELINE_OPENING.match(text):
        return False  # the article's first paragraph, opening with its dateline
    return headline_shaped(text) and not _ends_clause(text)


def _ends_clause(text: str) -> bool:
    """Whether *text* ends as a sentence or a lead-in does (a period, colon or comma), not
    after an initialism (``... Markets in the U.S.``), which a headline may end with.

    A sentence end inside closing quote marks ('… is done.”') ends a sentence too.
    """
    end = text.rstrip().rstrip("”’\"'")
    return end.endswith((".", ":", ",")) and _INITIALISM_END.search(end) is None


def is_menu_line(state: ParseState, index: int) -> bool:
    """Whether block *index* is a menu's entry: a line of one or two words that ends no
    sentence, or a lexicon rule's navigation line ("Menu", "Skip to navigation")."""
    block = state.blocks[index]
    if block.label == CHROME and not block.guessed:
        return block.kind == "navigation"
    if block.label not in (BODY, CHROME) or block.finding is not None:
        return False
    text = state.block_text(block).strip()
    if not text[:1].isalpha():
        return False  # a rank, a rating or a year in a listing ("#24", "2026 1h 47m")
    words = len(WORD.findall(text))
    return words <= _MAX_MENU_WORDS and "\n" not in text and not _ends_clause(text)


def worded_line(state: ParseState, index: int) -> bool:
    """Whether block *index* has a headline's words: four or more of letters only (not
    "2026 1h 47m TV-MA", a film's year, length and rating)."""
    text = state.block_text(state.blocks[index])
    return len(_LETTER_WORD.findall(text)) >= MIN_FALLBACK_WORDS


def under_menu(state: ParseState, index: int, low: int) -> bool:
    """Whether block *index* stands right under a run of menu lines, none above *low*.

    A page prints its menu, then the headline: a line of a headline's length there is no
    menu entry (the page classifier often takes it for one), and the line under it is its
    deck or a kicker. A lexicon rule's chrome of another kind may stand between ("This
    article is more than 1 month old").
    """
    run = 0
    for above in range(index - 1, low - 1, -1):
        if is_menu_line(state, above):
            run += 1
            if run >= _MIN_MENU_RUN:
                return True
        elif not (state.blocks[above].label == CHROME and not state.blocks[above].guessed):
            return False
    return False


def is_short(state: ParseState, index: int) -> bool:
    return len(WORD.findall(state.block_text(state.blocks[index]))) < MIN_FALLBACK_WORDS


def fallback_shaped(state: ParseState, text: str) -> bool:
    """Whether a line near the article may be its headline: no byline, date, agency or link."""
    if len(WORD.findall(text)) < MIN_FALLBACK_WORDS:
        return False
    if state.lexicon.cached("headline.not", not_headline_pattern).search(text):
        return False
    return state.lexicon.agency(THE.sub("", text.strip(" -–—"))) is None


def not_headline_pattern(lexicon: Lexicon) -> AnyPattern:
    """Lines that are never a page's headline: ``lexicon.not_headline``, and link lines.

    A link's wording (``lexicon.link_cues``) marks a line when it opens it ("Share this",
    "Print", "Video: watch the storm", "Comments (3)"): inside a line, the same word is often
    a headline's ("The Best Video Editing Software", "How to Share Photos"). A cue of symbols
    (``»``) marks a line wherever it stands.
    """
    return AnyPattern((*_undated_not_headline(lexicon), *lexicon.headline_stamps))


def undated_not_headline_pattern(lexicon: Lexicon) -> AnyPattern:
    """``not_headline_pattern`` but the dates and times (``lexicon.headline_stamps``): for a
    line whose other words are weighed against the title line's (``without_stamps``)."""
    return AnyPattern(_undated_not_headline(lexicon))


def _undated_not_headline(lexicon: Lexicon) -> tuple[str, ...]:
    cues = (
        rf"^\W*(?:{cue})" if cue.startswith(_WORD_CUE_START) else cue for cue in lexicon.link_cues
    )
    return (*lexicon.not_headline, *cues)


def without_stamps(state: ParseState, text: str) -> str:
    """*text* with its dates and times (``lexicon.headline_stamps``) cut out.

    A heading may carry its date ("Weekly Wrap-Up 12/19/2025", "Release notes 4.2 –
    03.11.2025"): what is left is weighed against the title line, and a bare stamp ("Friday,
    December 19, 2025 at 10:00") leaves no word to weigh.
    """
    return state.lexicon.cached("headline.stamps", _stamp_pattern).sub(" ", text)


def _stamp_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    return regex.compile("(?i)" + "|".join(f"(?:{pattern})" for pattern in lexicon.headline_stamps))


# A link cue that opens with a word boundary is a cue word (``\bshare\b``), not a symbol.
_WORD_CUE_START = r"\b"


def mark(state: ParseState, block: Block) -> None:
    state.mark(block, "headline", Headline(text=state.source_text(block), span=block.span))


def headline_shaped(text: str) -> bool:
    if len(text) > MAX_HEADLINE_CHARS:
        return False  # first: listing the words of a long block costs memory and time
    words = len(find_words(text))
    if words == 0 or words > _MAX_HEADLINE_WORDS:
        return False
    return not (words > _MAX_PROSE_HEADLINE_WORDS and text.rstrip().endswith("."))


def is_byline_line(state: ParseState, text: str) -> bool:
    """Whether *text* is a byline line ("By Jane Roe", "By Jane Roe and John Doe, AP"): the
    lead, then persons whose names open with a known given name, an agency maybe after them.
    A headline that opens with "By" names no person ("By the Numbers", "By Land and Sea").

    >>> from copydesk import Lexicon
    >>> state = ParseState("", Lexicon.default())
    >>> is_byline_line(state, "By Jane Roe, Associated Press")
    True
    >>> is_byline_line(state, "By Land and Sea"), is_byline_line(state, "By the Numbers")
    (False, False)
    """
    lead = _BY_LEAD.match(text)
    if lead is None or len(text) > _MAX_BYLINE_LINE_CHARS:
        return False
    names_text = text[lead.end() :].strip()
    head, comma, tail = names_text.rpartition(",")
    if comma and state.lexicon.agency(tail.strip(" .")) is not None:
        names_text = head  # "..., Associated Press"
    words = name_words(state.lexicon)
    names = name_list(words, names_text)
    return bool(names) and all(opens_with_given_name(words, name) for name in names or ())
