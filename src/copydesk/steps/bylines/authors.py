"""Author bylines: the lines above the lede that say who wrote the story.

``By Jane Doe``, ``by JANE DOE, REUTERS``, ``Jane Doe, Associated Press``, ``Jane Doe |
Reuters``, ``Jane Doe Staff Writer``, a lone ``By`` line followed by the names, a name line
followed by an agency or job-title line (merged into one part). Position matters more than
wording: above the article a page prints menus whose rows look like ``Name, Outlet``.
"""

from __future__ import annotations

import attrs
import regex

from copydesk._models import Byline
from copydesk._state import Block, ParseState
from copydesk.reading.names import name_list, opens_with_given_name
from copydesk.steps.bylines.bare import (
    bare_name,
    name_after_date,
    named_in_headline,
    one_word_writer,
    opens_one_word_line,
    opens_stamp_line,
    opens_with_stamp,
    stamp_over,
    stamp_under,
    writers_a_line,
)
from copydesk.steps.bylines.extras import agency_named, classify_extra
from copydesk.steps.bylines.layout import Prose, first_prose_index, headline_index, lede_index
from copydesk.steps.bylines.listed import names_a_place
from copydesk.steps.bylines.page_words import printed_as_word, reads_as_phrase, reads_as_words
from copydesk.steps.bylines.parts import (
    DATE_END,
    DATED_LEAD,
    MAX_BARE_BYLINE_CHARS,
    has_lead,
    has_outlet_word,
    read_author,
)
from copydesk.steps.bylines.words import BylineWords, Reading, byline_words

__all__ = ["avatar_over", "find_authors", "label_author_at", "label_names_at", "split_tail"]

# A byline line is short; longer blocks are never read (this also bounds the matching cost).
_MAX_BYLINE_CHARS = 200
# A bare name line (see `bare_name`) stands up to this many blocks under the headline.
_BARE_NAME_AFTER = 6
# How many blocks past the first paragraph of prose an author byline may still stand.
_BLOCKS_AFTER_LEDE = 2
# Where a byline without "By" may stand, in blocks around the headline.
_NEAR_HEADLINE_BEFORE = 2
_NEAR_HEADLINE_AFTER = 6

# An agency or job-title line merged under a byline is at most this long.
_MAX_FOLLOW_LINE_CHARS = 80
# An article prints a handful of author bylines (no dev document has more than three). A
# page of hundreds of "Jan 14 2008 by Andy Howell" lines is a listing; reading on would
# split a block per line, and each split shifts the rest of the block list (quadratic).
_MAX_AUTHOR_BYLINES = 64

# Where a byline printed at the start of the lede paragraph may end.
_GLUED_SEPARATOR = regex.compile(r"\s+(?:--|[—–|])\s+")
# "... the floods. Then ...": a sentence ends inside (initials such as "J. " do not).
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?]\s")


def find_authors(state: ParseState, words: BylineWords, prose: Prose) -> None:
    """Bylines with a lead-in anywhere above the lede; bare ones only beside the headline.

    Above the article a page prints menus whose rows look like ``Name, Outlet``; only
    right under the headline (or right above the lede) is such a line a byline.
    """
    headline = headline_index(state)
    lede = lede_index(state, prose)
    if headline is not None and headline > lede:
        # The "lede" was a teaser above the story.
        lede = first_prose_index(state, headline, prose)
    last_index = lede + _BLOCKS_AFTER_LEDE
    near = set(range(lede - _NEAR_HEADLINE_AFTER, last_index + 1))
    bare: set[int] = set()
    if headline is not None:
        near |= set(range(headline - _NEAR_HEADLINE_BEFORE, headline + _NEAR_HEADLINE_AFTER + 1))
        # A name alone on its line is a byline only between the headline and the lede.
        bare = set(range(headline + 1, min(headline + _BARE_NAME_AFTER + 1, lede)))
    memo: dict[str, tuple[Reading | None, int]] = {}
    found = 0
    index = 0
    while index <= min(last_index, len(state.blocks) - 1) and found < _MAX_AUTHOR_BYLINES:
        block = state.blocks[index]
        if index not in near and not has_lead(words, state.block_text(block)):
            # Away from the headline and the lede only a lead-in opens a byline: skip the
            # tests below (a page without prose is all "above the lede").
            index += 1
            continue
        # Merging a lone "By" line with the next, or splitting a byline glued to the
        # lede, shifts the later indices by one.
        before = len(state.blocks)
        # A byline glued to the lede, or a byline line in a block of lines under the headline.
        if index in near and block.claimable and _split_reviewer_credit(state, words, index):
            index += 1  # the writer's credit after the reviewer's, now a block of its own
            block = state.blocks[index]
        glued = block.is_body and _split_glued_byline(state, words, index)
        if glued or (block.claimable and index in bare and _split_byline_line(state, words, index)):
            block = state.blocks[index]
        if (
            (block.is_body or (block.claimable and index in near))
            and block.end - block.start <= _MAX_BYLINE_CHARS
            and (
                _may_be_author(words, state.block_text(block))
                or (index in bare and opens_one_word_line(state.block_text(block)))
                or (index in bare and _names_agency(state, state.block_text(block)))
            )
        ):
            index = _try_author(
                state,
                words,
                index,
                lead_required=index not in near,
                bare=index in bare,
                memo=memo,
            )
            found += state.blocks[index].label == "byline"
        last_index -= before - len(state.blocks)
        index += 1


def label_author_at(
    state: ParseState, words: BylineWords, index: int, *, bare: bool, one_word: bool = False
) -> None:
    """Label ``blocks[index]`` as an author byline if it reads as one, wherever it stands
    (for the ``elsewhere`` pass, which has weighed the page's evidence already); with
    *bare*, a line that is only a name with a date beside it counts; with *one_word*, a
    one-word name after a lead-in (see `read_author`), or over a post's header (see
    `one_word_writer`)."""
    _try_author(state, words, index, lead_required=False, bare=bare, one_word=one_word)


def label_names_at(state: ParseState, index: int, names: tuple[str, ...]) -> None:
    """Label ``blocks[index]``, a line read as *names* (an author box's name line), as an
    author byline (for the ``elsewhere`` pass)."""
    _label(state, state.blocks[index], Reading(names=list(names)), "author")


def _split_glued_byline(state: ParseState, words: BylineWords, index: int) -> bool:
    """Cut ``By A, Title -- (Agency) - The story ...`` after the byline; True if cut."""
    text = state.block_text(state.blocks[index])
    if words.leads.match(text) is None:
        return False
    if len(text) <= _MAX_BYLINE_CHARS and read_author(state, words, text)[0] is not None:
        return False  # the whole block is the byline
    for separator in _GLUED_SEPARATOR.finditer(text, 0, _MAX_BYLINE_CHARS):
        # (The byline may end in its date: "By Jane Doe on March 12, 2026 | Comments ...".)
        reading, _ = read_author(state, words, text[: separator.start()])
        if reading is not None and reading.names:
            state.split_block(index, state.blocks[index].start + separator.start())
            return True
    return False


# Between a reviewer's credit and the writer's on one line: "Medically reviewed by John Doe,
# MD — Written by Jane Doe — Updated on May 2, 2025".
_CREDIT_SEPARATOR = regex.compile(r"\s+[—–|•·]\s+")


def _reviewer_before(words: BylineWords, head: str) -> bool:
    """Whether *head*, what stands before "by", makes a reviewer's label of it (``Reviewed
    by John Roe | May 2, 2025``: an editor, no writer; feat/authors-11)."""
    label = " ".join(f"{head} by".casefold().split())
    return any(label.endswith(known) for known in words.reviewer_labels)


def _split_reviewer_credit(state: ParseState, words: BylineWords, index: int) -> bool:
    """Cut a reviewer's credit that opens a line off the writer's byline after it, and label
    it a byline of kind ``editing``; True if cut (feat/authors-11)."""
    block = state.blocks[index]
    text = state.block_text(block)
    if len(text) > _MAX_BYLINE_CHARS or "\n" in text:
        return False
    low = " ".join(text.casefold().split())
    label = next((lb for lb in words.reviewer_labels if low.startswith(f"{lb} ")), None)
    if label is None or not label.endswith(" by"):
        return False
    for separator in _CREDIT_SEPARATOR.finditer(text):
        writer = text[separator.end() :]
        reading = read_author(state, words, writer)[0] if words.leads.match(writer) else None
        editors = name_list(words.names, text[len(label) : separator.start()])
        if reading is not None and reading.names and editors:
            head, _ = state.split_block(index, block.start + separator.end())
            credit = Byline(
                text=state.source_text(head),
                kind="editing",
                editors=state.share(tuple(editors)),
                span=head.span,
            )
            state.mark(head, "byline", credit)
            return True
    return False


# A block of a few lines is searched for a byline line; longer ones are never.
_MAX_LINES_BLOCK_CHARS = 400
# A line without a lead-in is cut out of such a block when it lists this many writers.
_MIN_LISTED_WRITERS = 2


def _split_byline_line(state: ParseState, words: BylineWords, index: int) -> bool:
    """Cut a byline line out of a block of a few lines; True if cut.

    A page reader may join the byline with the line above or below it (a standfirst, a
    tag list, a notice): ``By Jane Doe | March 3, 2025`` / ``Support us! ...``. The block
    is split at the line's edges (the byline line is the block at *index*, or the next).
    Only under the headline: in a comment thread every block holds a ``Posted by`` line.
    """
    block = state.blocks[index]
    text = state.block_text(block)
    if "\n" not in text or len(text) > _MAX_LINES_BLOCK_CHARS:
        return False
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if line.strip() and _reads_as_byline_line(state, words, line):
            if line_end < len(text.rstrip()):
                state.split_block(index, block.start + line_end)
            if text[:line_start].strip():
                state.split_block(index, block.start + line_start)
            return True
        line_start = line_end + 1
    return False


def _reads_as_byline_line(state: ParseState, words: BylineWords, line: str) -> bool:
    """Whether *line* of a block of lines is a byline: with a lead-in, or a list of writers
    without one (``Jane Doe 1; John Roe 2`` over the tabs of a journal's article page)."""
    line = line.strip()
    if has_lead(words, line):
        return _reads_with_lead(state, words, line)
    reading, _ = read_author(state, words, line)
    return reading is not None and len(reading.names) >= _MIN_LISTED_WRITERS


def _reads_with_lead(state: ParseState, words: BylineWords, line: str) -> bool:
    """Whether *line* reads as a byline naming a person, after any date before "by"."""
    line = line.strip()
    dated = DATED_LEAD.match(line) if words.leads.match(line) is None else None
    reading, _ = read_author(state, words, line[dated.end() :] if dated else line)
    return reading is not None and bool(reading.names)


def _may_be_author(words: BylineWords, text: str) -> bool:
    """A cheap first test: a lead-in, or two capitalised words to open the line."""
    if words.leads.match(text) or DATED_LEAD.match(text) or opens_with_stamp(text):
        return True
    if len(text) > MAX_BARE_BYLINE_CHARS or _SENTENCE_INSIDE.search(text):
        return False  # without "By", a byline is a short line, not a sentence
    first_words = text.split(None, 2)[:2]
    return len(first_words) == 2 and all(word[:1].isupper() for word in first_words)


def _try_author(
    state: ParseState,
    words: BylineWords,
    index: int,
    *,
    lead_required: bool,
    bare: bool = False,
    read: tuple[Reading | None, int] | None = None,
    memo: dict[str, tuple[Reading | None, int]] | None = None,
    one_word: bool = False,
) -> int:
    """Label ``blocks[index]`` (maybe merged with the next) as a byline; return its index.

    With *bare*, the block stands between the headline and the lede, where a line that is
    only a person's name (maybe with a date) is the byline. *read* is what `read_author`
    already said of the block's text: each byline is read once (a page of ``Jan 14 2008 by
    Andy Howell`` lines read every one twice), and *memo* keeps the readings of the
    names after a date, which a page prints on line after line.
    """
    block = state.blocks[index]
    text = state.block_text(block)
    lead = words.leads.match(text)
    if lead is None:
        dated = DATED_LEAD.match(text)
        if dated is not None and not _reviewer_before(words, text[: dated.end()]):
            after_date = _read_author_memo(
                state,
                words,
                text[dated.end() :],
                memo,
                dated_before=_ends_in_date(text[: dated.end()]),
            )
            if after_date[0] is not None:
                # "Jan 14 2008 by Andy Howell": the date before "by" is page metadata. The
                # split leaves exactly the text read (the date's match ends at "by").
                head, _ = state.split_block(index, block.start + dated.end())
                state.mark_chrome(head, "metadata")
                return _try_author(
                    state, words, index + 1, lead_required=True, read=after_date, memo=memo
                )
        if lead_required:
            return index
        name_at, name_end, names = (
            name_after_date(state, words, index, text) if bare else (0, 0, [])
        )
        if name_at:
            # "Dec 17, 2025 · Jane Doe": the date is page metadata, the name the byline (and
            # what follows it on the stamp line, "| 4 Comments", metadata too).
            if name_end < len(text):
                split_tail(state, index, block.start + name_end)
            head, _ = state.split_block(index, block.start + name_at)
            state.mark_chrome(head, "metadata")
            _label(state, state.blocks[index + 1], Reading(names=names), "author")
            return index + 1
    if lead is not None and lead.end() == len(text) and _next_is_body(state, index):
        listed = _names_listed_under(state, words, index, lead.group())
        if listed:
            # "Authors:" over a name a line: a paper's or a report's authors.
            block = state.merge_blocks(index, index + len(listed))
            _label(state, block, Reading(names=listed), "author")
            return index
        # A lone "By" line: the names stand on the next line (under an avatar's initials).
        names_at = index + 2 if avatar_over(state, index + 1) else index + 1
        following = state.blocks[names_at]
        merged_text = state.text[block.start : following.end]
        if names_at > index + 1:
            merged_text = f"{text} {state.block_text(following)}"
        read = read_author(state, words, merged_text, one_word=one_word)
        if read[0] is None or (names_at > index + 1 and read[1] < len(merged_text)):
            return index
        block = state.merge_blocks(index, names_at)
        text = merged_text = state.block_text(block)
        read = (read[0], len(text))
    reading, end = read if read is not None else read_author(state, words, text, one_word=one_word)
    if reading is None and lead is None:
        reading, end = _name_line(state, words, index, text)
    if reading is None and lead is None and bare:
        reading, end = bare_name(state, words, index, text)
        pair = writers_a_line(state, words, index) if reading is None else None
        if pair is not None:
            # "Jane Doe" / "John Roe" over the date: one byline of two writers.
            block = state.merge_blocks(index, index + 1)
            text = state.block_text(block)
            reading, end = Reading(names=pair), len(text)
        if reading is None:
            reading, end = one_word_writer(state, words, index, text, post_header=one_word)
        if reading is None:
            reading, end = _agency_line(state, index, text)
    if reading is None or (lead is None and names_a_place(state.lexicon, words, reading)):
        return index  # ("Queen Creek, AZ": a service area, no writer and outlet)
    if lead is None and named_in_headline(state, reading.names):
        return index  # "Jane Doe (AAP)" under "Doe wins ...": the story's subject, pictured
    if (lead_required or lead is None) and any(
        reads_as_phrase(state, words, name) for name in reading.names
    ):
        # "By Use Case" in a menu, "Canvas Student Help Desk" over a help page: words the
        # page prints in lower case (near the headline a "By" vouches for "Rich Miller").
        return index
    if any(len(name.split()) > 2 and reads_as_words(state, name) for name in reading.names):
        return index  # "By Wedding Checklists Just Engaged Wedding Planning": link texts
    if lead is None and _topic_after_names(state, words, reading):
        return index  # "Travel Notes, Food" under a post's date: its categories, no writer
    if end < len(text):
        split_tail(state, index, block.start + end)
        block = state.blocks[index]
    elif _follow_line(state, words, index, reading):
        block = state.merge_blocks(index, index + 1)
    _label(state, block, reading, "author")
    return index


def _topic_after_names(state: ParseState, words: BylineWords, reading: Reading) -> bool:
    """Whether the organisation after names that open with no known given name is one word
    the page prints in lower case: a topic (``Technology``, ``Food``), so the line is a
    post's row of categories (``Field Notes, Travel``), no ``Jane Doe, Reuters``. (A known
    given name keeps ``Jane Doe, Time``: an outlet may be named by a common word.)"""
    organization = reading.organization
    if organization is None or reading.role is not None or len(organization.split()) != 1:
        return False
    if any(opens_with_given_name(words.names, name) for name in reading.names):
        return False
    lowered = organization.casefold()
    return lowered != organization and printed_as_word(state.text, lowered, in_links=False)


# "Authors" label lines (not "By"), over a name a line.
_PLURAL_LEAD = regex.compile(r"(?i)\bauthors\b|\bauthor\(s\)")
# A paper or a report lists at most this many authors a line under such a label.
_MAX_LISTED_AUTHORS = 12


# An avatar's initials printed over the name line: two or three capitals.
_INITIALS_LINE = regex.compile(r"\p{Lu}{2,3}")


def avatar_over(state: ParseState, index: int) -> bool:
    """Whether ``blocks[index]`` is an avatar's initials over the name line under it
    (``PK`` / ``Pavlina Kostova``), which a page prints in an author box."""
    if index + 1 >= len(state.blocks) or not state.blocks[index + 1].claimable:
        return False
    initials = state.block_text(state.blocks[index]).strip()
    if _INITIALS_LINE.fullmatch(initials) is None:
        return False
    words = state.block_text(state.blocks[index + 1]).split()
    return "".join(word[:1] for word in words) == initials


def _names_listed_under(state: ParseState, words: BylineWords, index: int, lead: str) -> list[str]:
    """The names printed one a line under an ``Authors`` label ``blocks[index]`` (``John A.
    Alic`` / ``David C. Mowery``), when there are two or more; else none."""
    if _PLURAL_LEAD.search(lead) is None:
        return []
    names: list[str] = []
    for near in range(index + 1, min(len(state.blocks), index + _MAX_LISTED_AUTHORS + 1)):
        block = state.blocks[near]
        if not block.claimable or block.end - block.start > _MAX_FOLLOW_LINE_CHARS:
            break
        found = name_list(words.names, state.block_text(block))
        if not found or len(found) != 1 or reads_as_phrase(state, words, found[0]):
            break
        names.extend(found)
    return names if len(names) >= 2 else []


def _name_line(
    state: ParseState, words: BylineWords, index: int, text: str
) -> tuple[Reading | None, int]:
    """A bare name line that an agency or job-title line follows: ``Jeff Latzke`` /
    ``AP Sports Writer``."""
    names = name_list(words.names, text)
    if not names or has_outlet_word(words, names):
        return None, 0
    reading = Reading(names=names)
    if not _follow_line(state, words, index, reading):
        return None, 0
    following = state.block_text(state.blocks[index + 1])
    if reading.role is None and agency_named(state.lexicon, following) is None:
        return None, 0  # "Newcastle Star" / "The Herald": a menu, not a byline
    return reading, len(text)


# A dateline opening a block: a place in capitals, then a comma, a dash or a colon.
_OPENS_DATELINE = regex.compile(r"\p{Lu}{2}[\p{Lu} .'’-]*(?:,|:|\s*(?:—|–|--?)\s)")
# A wire agency's credit line alone ("Reuters") is a short line.
_MAX_AGENCY_LINE_CHARS = 40


def _agency_line(state: ParseState, index: int, text: str) -> tuple[Reading | None, int]:
    """A line that only names a wire agency (``Reuters``, ``(AP)``, ``The Canadian Press``)
    beside the page's date stamp under the headline, or right under the headline: the
    story's credit, naming no person."""
    if not _names_agency(state, text):
        return None, 0
    # Right under the headline, without a stamp beside it, only an agency's name printed
    # bare is its credit: "(AP)" there is the end of a dateline printed over two lines.
    # Over a dateline ("WASHINGTON —", "MUMBAI, Nov 2:") it is the dateline's agency.
    bare_under_headline = (
        index > 0
        and state.blocks[index - 1].label == "headline"
        and text[:1].isalnum()
        and not (
            index + 1 < len(state.blocks)
            and _OPENS_DATELINE.match(state.block_text(state.blocks[index + 1]))
        )
    )
    if not (stamp_over(state, index) or stamp_under(state, index) or bare_under_headline):
        return None, 0
    return Reading(organization=agency_named(state.lexicon, text)), len(text)


def _names_agency(state: ParseState, text: str) -> bool:
    """Whether *text* is a short line that only names a known wire agency (``AFP``)."""
    return (
        len(text) <= _MAX_AGENCY_LINE_CHARS
        and "\n" not in text
        and agency_named(state.lexicon, text) is not None
    )


def _ends_in_date(text: str) -> bool:
    """Whether *text* (what stands before "by") is a date stamp: ``Posted on July 1,
    2024``, ``May 2, 2024 at 9:12 am`` (not ``The shipment was made in August of 1985``)."""
    return DATE_END.search(text) is not None and opens_stamp_line(text)


def _next_is_body(state: ParseState, index: int) -> bool:
    return index + 1 < len(state.blocks) and state.blocks[index + 1].claimable


# How many readings the memo of `_read_author_memo` keeps before it starts afresh.
_MEMO_SIZE = 256


def _read_author_memo(
    state: ParseState,
    words: BylineWords,
    text: str,
    memo: dict[str, tuple[Reading | None, int]] | None,
    *,
    dated_before: bool = False,
) -> tuple[Reading | None, int]:
    """`read_author`, remembered in *memo* by text.

    A reading is changed after it is made (`_follow_line` adds an agency line's outlet), so
    the memo keeps a copy of its own and hands out fresh copies: no two bylines share one.
    """
    if memo is None:
        return read_author(state, words, text, dated_before=dated_before)
    key = f"{int(dated_before)}{text}"
    if key not in memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[key] = _copy_read(read_author(state, words, text, dated_before=dated_before))
    return _copy_read(memo[key])


def _copy_read(read: tuple[Reading | None, int]) -> tuple[Reading | None, int]:
    reading, end = read
    if reading is None:
        return read
    return attrs.evolve(reading, names=list(reading.names)), end


def split_tail(state: ParseState, index: int, at: int) -> None:
    """Cut the date or contact tail off a byline block; the tail is page metadata."""
    _, tail = state.split_block(index, at)
    state.mark_chrome(tail, "metadata")


def _follow_line(state: ParseState, words: BylineWords, index: int, reading: Reading) -> bool:
    """Whether the next block is an agency or job-title line that belongs to this byline."""
    if not _next_is_body(state, index):
        return False
    following = state.blocks[index + 1]
    text = state.block_text(following).strip("()- ")
    if not text or len(text) > _MAX_FOLLOW_LINE_CHARS or _looks_like_sentence(text):
        return False
    if "/" in text or "@" in text:
        return False  # a photo credit ("Jane Doe/AP") or an e-mail address
    if has_lead(words, text):
        return False  # a byline of its own ("By John Roe", "Jan 14 by John Roe")
    organization, role = _role_and_employer(state, words, text)
    if organization is None and role is None:
        organization, role = classify_extra(state.lexicon, words, text, after_separator=False)
    if organization is None and role is None:
        return False
    reading.organization = reading.organization or organization
    reading.role = reading.role or role
    return True


def _role_and_employer(
    state: ParseState, words: BylineWords, text: str
) -> tuple[str | None, str | None]:
    """``Staff Software Engineer, Harbour Labs``: a job title, a comma and the employer
    (both ``None`` unless the line reads so)."""
    role_text, comma, employer = text.partition(", ")
    if not comma or "," in employer:
        return None, None
    _, role = classify_extra(state.lexicon, words, role_text, after_separator=False)
    organization, _ = classify_extra(state.lexicon, words, employer, after_separator=True)
    if role is None or organization is None:
        return None, None
    return organization, role


def _looks_like_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?", ":")) and not text.endswith(("Jr.", "Sr.", "Inc."))


def _label(state: ParseState, block: Block, reading: Reading, kind: str) -> None:
    names, editors = tuple(reading.names), ()
    if kind == "author" and names and _under_reviewer_label(state, block):
        # "Edited by" / "Jane Doe": the story's editor, not its writer.
        names, editors, kind = (), names, "editing"
    byline = Byline(
        text=state.source_text(block),
        names=state.share(names),
        organization=reading.organization,
        role=reading.role,
        kind=kind,
        editors=state.share(editors),
        span=block.span,
    )
    state.mark(block, "byline", byline)


def _under_reviewer_label(state: ParseState, block: Block) -> bool:
    """Whether the line right above *block* is a label over an editor's or a fact-checker's
    name (``Edited by``, ``Fact Checked By``; the lexicon's ``reviewer_labels``)."""
    index = next((at for at, other in enumerate(state.blocks) if other is block), 0)
    if index == 0:
        return False
    above = state.block_text(state.blocks[index - 1]).strip().rstrip(":").strip()
    labels = byline_words(state.lexicon).reviewer_labels
    return " ".join(above.casefold().split()) in labels
