"""Author boxes and mastheads: where a page names its writer away from any byline line.

An author box under the story: a name line (maybe a job-title line) over the writer's
biography (``Jane Doe`` / ``Jane Doe is a reporter ...``). A personal site's masthead: the
page's first line a person's name, a few lines over the headline. Both are kinds of evidence
the ``elsewhere`` pass weighs (see :mod:`.elsewhere`).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.names import name_list, opens_with_given_name
from copydesk.steps.bylines.bare import reads_as_writer
from copydesk.steps.bylines.candidates import Candidate, may_hold, plausible
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.page_words import common_words
from copydesk.steps.bylines.words import BylineWords

__all__ = ["author_boxes", "biography_under", "labelled_bios", "masthead_name"]

# An author box under the story: a name line, maybe a job-title line, then the writer's
# biography, which opens with the name ("Jane Doe is a reporter ..."), the given name
# ("Jane has covered ...") or in the first person ("Hi, I'm Jane", "I'm the founder ...").
_MAX_BOX_NAME_CHARS = 60
_MAX_BOX_ROLE_CHARS = 80
_MIN_BIO_CHARS = 40
# How many blocks around an author box's name line are searched for a comment thread's.
_BOX_COMMENT_WINDOW = 2
# A biography names its writer in its first sentence, within this many characters.
_MAX_BIO_OPENING_CHARS = 200
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
# How a biography goes on after the name it opens with: a word in lower case, a possessive
# or a comma ("Jane Doe is ...", "Jane Doe's work ...", "Jane Doe, a reporter, ..."), maybe
# after an aside ("Jane Doe (aka The Runner) is ..."); not a heading's next capital
# ("Community Development Block Grant") or a menu's "Middle East (English) ...".
_BIO_GOES_ON = regex.compile(r"['’]s\b|,|(?:\s*\([^()\n]{1,40}\))?\s+\p{Ll}")
_FIRST_PERSON_BIO = regex.compile(
    r"(?i)(?:(?:hi|hello|hey)\b[^.!?\n]{0,30}?[,.!][^\w\n]{0,12})?"  # ("Hi there! 👋 I'm")
    r"(?:i['’]m|i\s+am|my\s+name\s+is)\b"
)


def author_boxes(
    state: ParseState, words: BylineWords, prose: Prose, lede: int
) -> Iterator[Candidate]:
    """Name lines under the story with the writer's biography right under them (the lede at
    index *lede*)."""
    for index in range(lede + 1, len(state.blocks)):
        block = state.blocks[index]
        if block.end - block.start > _MAX_BOX_NAME_CHARS or not may_hold(state, index):
            continue
        text = state.block_text(block)
        names = name_list(words.names, text)
        if not names or len(names) > 1 or not plausible(state, words, names):
            continue
        # (A heading over its section, "Community Development" / "Community development
        # is ...", prints its words in lower case elsewhere; a surname hardly ever.)
        if (
            not common_words(state, names)
            and not _among_comments(state, index)
            and not _inside_story(state, prose, index)
            and biography_under(state, words, index, names[0])
        ):
            yield Candidate(
                index, 0, len(text), frozenset({names[0].casefold()}), True, (names[0],)
            )
    yield from labelled_bios(state, words, lede)


# The name a biography under a writer's box heading opens with: two to four capitalised
# words ("Jane Doe is a reporter ...", "Sarah O'Brien has covered ...").
_BIO_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}")


def labelled_bios(state: ParseState, words: BylineWords, lede: int) -> Iterator[Candidate]:
    """Biographies under a writer's box heading below the story (``About the author`` /
    ``Jane Doe is a reporter covering ...``, or ``About the writer: Jane Doe is ...`` on
    one line): the heading vouches for the name the biography opens with, no name line
    over it needed (feat/authors-14)."""
    heading = state.lexicon.cached("bylines.box_headings", _heading_pattern)
    for index in range(lede + 1, len(state.blocks)):
        block = state.blocks[index]
        if block.end - block.start > _MAX_BIO_OPENING_CHARS:
            continue  # (a heading, or a heading and the biography's first words, is short)
        text = state.block_text(block)
        match = heading.match(text)
        if match is None:
            continue
        # The biography: the rest of the heading's line, or the block under it.
        bio, start = (index, match.end()) if match.end() < len(text) else (index + 1, 0)
        candidate = _bio_candidate(state, words, bio, start)
        if candidate is not None:
            yield candidate


def _bio_candidate(
    state: ParseState, words: BylineWords, index: int, start: int
) -> Candidate | None:
    """The writer a biography in ``blocks[index]`` (from *start*) opens with, as a candidate
    whose line is the biography; None if it opens with no one writer's name."""
    if index >= len(state.blocks) or not may_hold(state, index):
        return None
    text = state.block_text(state.blocks[index])
    opening = _BIO_NAME.match(text, start)
    if opening is None or _BIO_GOES_ON.match(text, opening.end()) is None:
        return None
    names = name_list(words.names, opening.group())
    if not names or len(names) > 1 or not plausible(state, words, names):
        return None
    # ("Climate Change is the subject ...": a known given name first, as a bare name line.)
    if not reads_as_writer(words, names[0]) or common_words(state, names):
        return None
    line_end = text.find("\n", start)
    end = len(text) if line_end < 0 else line_end
    return Candidate(index, start, end, frozenset({names[0].casefold()}), True, (names[0],))


def _heading_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """A writer's box heading: the whole line, or its opening before a colon."""
    headings = "|".join(f"(?:{heading})" for heading in lexicon.author_box_headings)
    return regex.compile(rf"(?i)[ \t]*(?:{headings})[ \t]*(?::[ \t]*|$)")


# A personal site prints its writer's name as its masthead: the page's first line (after
# the title), a few lines over the headline.
_MASTHEAD_OVER_HEADLINE = 4
# A line of the site's menu under its masthead name holds at most this many words.
_MAX_MENU_WORDS = 2


def masthead_name(
    state: ParseState, words: BylineWords, prose: Prose, lede: int
) -> Iterator[Candidate]:
    """The page's first line, when it is only a person's name (a known given name first)
    or the name's site (``Jane Doe's blog``) and the headline stands a few lines under it: a
    personal site's masthead (``Jane Doe`` / ``Posts Projects Talks`` / ``Notes on
    parsers``)."""
    index = next(
        (at for at, block in enumerate(state.blocks) if block.kind != "title"), len(state.blocks)
    )
    window = state.blocks[index + 1 : index + _MASTHEAD_OVER_HEADLINE + 1]
    if index >= len(state.blocks) or not any(block.label == "headline" for block in window):
        return
    block = state.blocks[index]
    if not may_hold(state, index):
        return
    # The name may share its block with the site's menu under it: "Jane Doe" / "Posts" /
    # "Projects", a line of a word or two each.
    text, *menu = state.block_text(block).split("\n")
    if len(text) > _MAX_BOX_NAME_CHARS or any(len(line.split()) > _MAX_MENU_WORDS for line in menu):
        return
    owner = words.site_owner.fullmatch(text.strip())  # "Jane Doe's blog"
    names = name_list(words.names, owner.group(1) if owner else text)
    if (
        names
        and len(names) == 1
        and opens_with_given_name(words.names, names[0])
        and plausible(state, words, names)
        and not common_words(state, names)
    ):
        yield Candidate(index, 0, len(text), frozenset({names[0].casefold()}), False, (names[0],))


def _inside_story(state: ParseState, prose: Prose, index: int) -> bool:
    """Whether ``blocks[index]`` stands between paragraphs of the story: a paragraph right
    above it and the two blocks after the one under it. There a name line over a paragraph
    that opens with the name is a section about that person (``Jane Roe`` / ``Jane Roe is
    a painter who ...`` / more paragraphs), no author box: a box closes the story."""
    if index == 0 or index + 3 >= len(state.blocks):
        return False
    return prose(index - 1) and prose(index + 2) and prose(index + 3)


def _among_comments(state: ParseState, index: int) -> bool:
    """Whether the page reader put a comment thread's line right around ``blocks[index]``:
    there a name over a first-person paragraph is a reader's comment."""
    # (Under the box, past its biography, a page opens its comment thread: "0 Comments".)
    window = range(max(0, index - _BOX_COMMENT_WINDOW), index + 2)
    return any(
        near < len(state.blocks) and state.blocks[near].kind == "comments" for near in window
    )


def biography_under(state: ParseState, words: BylineWords, index: int, name: str) -> bool:
    """Whether the writer's biography stands right under the name line ``blocks[index]``
    (after at most one short line: a job title, or the name again). Only a biography
    that opens with the whole name vouches for a name no given-name list knows; a known
    one may stand later in the first sentence ("Award-winning chef Jane Roe has ...")."""
    given = name.split()[0]
    known = opens_with_given_name(words.names, name)
    for near in range(index + 1, min(len(state.blocks), index + 3)):
        block = state.blocks[near]
        text = state.block_text(block)
        if len(text) >= _MIN_BIO_CHARS and (
            (_opens_with(text, name) and _BIO_GOES_ON.match(text, len(name)) is not None)
            or (known and regex.match(rf"{regex.escape(given)}\s+\p{{Ll}}", text) is not None)
            or (known and _FIRST_PERSON_BIO.match(text) is not None)
            or (known and _in_first_sentence(text, name))
        ):
            return True
        if len(text) > _MAX_BOX_ROLE_CHARS or text.rstrip().endswith((".", "!", "?")):
            return False
    return False


def _in_first_sentence(text: str, name: str) -> bool:
    """Whether *text*'s first sentence prints the whole *name* (as printed, whole words)."""
    end = _SENTENCE_END.search(text, 0, _MAX_BIO_OPENING_CHARS)
    opening = text[: end.start() if end is not None else _MAX_BIO_OPENING_CHARS]
    return regex.search(rf"(?<!\w){regex.escape(name)}(?!\w)", opening) is not None


def _opens_with(text: str, name: str) -> bool:
    """Whether *text* opens with *name*, in any case, as a whole word."""
    head = text[: len(name) + 1]
    return head[: len(name)].casefold() == name.casefold() and not head[len(name) :].isalnum()
