"""Lines by the headline that name the story's subject: the caption of its lead photo.

``Pat Doe`` under ``Doe to quit as coach``, ``Jane Doe (AAP)``, ``Doebert - Rovers
coach.``: a writer's byline names someone the story does not; a photo shows its subject.
"""

from __future__ import annotations

import regex

from copydesk._models import Credit
from copydesk._state import BODY, Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.credits import known_agency, read_parts
from copydesk.reading.names import name_words, parse_names
from copydesk.reading.prose import is_prose
from copydesk.reading.titles import TitleTable, split_title
from copydesk.steps.captions.wording import BY, TOKEN, credit_at

__all__ = [
    "bracketed_credit",
    "headline_words",
    "names_subject",
    "names_titled_person",
    "subject_with_agency",
]

# A line naming the story's subject ("Pat Doe") is a few words.
_MAX_SUBJECT_WORDS = 8

# "Doebert - Rovers coach.": the subject, a dash, a few words on who it is.
# (In mixed case: "RATINGS - None listed" opens a wire table.)
_SUBJECT_DASH = regex.compile(
    r"(?P<subject>\p{Lu}\p{Ll}[\w'’.-]*(?:\s\p{Lu}[\w'’.-]+){0,2})\s[-–—]\s"
    r"\p{L}[^\n]{2,40}"
)

# "Jane Doe (AAP)"; not a video's running time "(4:08)".
_BRACKET_TAIL = regex.compile(r"\s*\((?P<inside>(?=[^()\n]*\p{L})[^()\n]{1,30})\)\s*$")


def names_subject(state: ParseState, index: int, text: str, subject_words: frozenset[str]) -> bool:
    """Whether a line by the headline only names the story's subject: ``Pat Doe`` under
    ``Doe to quit as coach``, ``Jane Doe (AAP)``, ``Doebert - Rovers coach.``, or a person
    with a title whom the story names (``Former President Jane Doe``, ``Club coach Pat Roe``
    above a story that quotes Roe: a writer's byline names someone the story does not)."""
    if not subject_words or len(text.split()) > _MAX_SUBJECT_WORDS or "\n" in text:
        return False
    if BY.match(text):
        return False
    dashed = _SUBJECT_DASH.fullmatch(text)
    if dashed is not None:
        return dashed.group("subject").split()[-1].casefold() in subject_words
    bracket = _BRACKET_TAIL.search(text)
    if bracket is None:
        surname = text.split()[-1]
        # The cheap tests first: a capitalised last word, a name; then whether the story
        # names it (a search of every paragraph under the line).
        if (
            surname[:1].isupper()
            and surname.isalpha()
            and _titled_name(state, text) is not None
            and _named_in_story(state, index, surname)
        ):
            return True
    names = parse_names(text[: bracket.start()] if bracket else text, state.lexicon)
    if not names or len(names) > 2:
        return False
    if not any(name.split()[-1].casefold() in subject_words for name in names):
        return False
    # "North Korea" under "North Korea to ...": a person, by a given name or a bracket.
    given = name_words(state.lexicon).given_names
    return bracket is not None or any(name.split()[0].casefold() in given for name in names)


def names_titled_person(state: ParseState, index: int, text: str) -> bool:
    """Whether a line between the headline and the story is only a person with a title whom
    the story names: ``Coun Kris Doe``, ``Former President Jane Doe`` (a title, not a given
    name alone: a writer's byline is a bare name)."""
    if len(text.split()) > _MAX_SUBJECT_WORDS or "\n" in text or BY.match(text):
        return False
    surname = text.split()[-1]
    return (
        surname[:1].isupper()
        and surname.isalpha()
        and _titled_name(state, text, title_only=True) is not None
        and _named_in_story(state, index, surname)  # (the costly test last)
    )


def _titled_name(state: ParseState, text: str, *, title_only: bool = False) -> str | None:
    """The person's name in *text* when it is a person's name after a title of the lexicon
    (``Former President Jane Doe``, ``Club coach Pat Roe``), or (unless *title_only*) one
    that opens with a given name (``Kris Doe``)."""
    table = state.lexicon.cached("captions.titles", _title_table)
    start, end, title = split_title(text, 0, len(text), table)
    person = text[start:end]
    one_word = " " not in person and person[:1].isupper() and person.isalpha()
    if not one_word and parse_names(person, state.lexicon) != (person,):
        return None
    # A title of the lexicon right before the name (not any lower-case lead-in: "First
    # Test, day four, Port Elizabeth" names a place).
    titled = title is not None and any(
        not text[title_end:start].strip(" ,") for _, title_end in table.spans_in(text, 0, start)
    )
    if one_word:
        return person if titled else None  # "Former President Suharto"
    if titled or title_only:
        return person if titled else None
    given = name_words(state.lexicon).given_names
    return person if person.split()[0].casefold() in given else None


def _title_table(lexicon: Lexicon) -> TitleTable:
    return TitleTable.build(
        lexicon.titles,
        determiners=lexicon.determiners,
        not_names=lexicon.not_speaker_name_words,
        particles=lexicon.name_particles,
        given_names=lexicon.given_names,
    )


def _named_in_story(state: ParseState, index: int, surname: str) -> bool:
    """Whether a paragraph of prose of the story under ``blocks[index]`` names *surname*."""
    blocks = state.blocks
    if index + 1 >= len(blocks) or state.text.find(surname, blocks[index + 1].start) < 0:
        return False  # (one search of the text first: most lines name nobody in it)
    word = regex.compile(rf"\b{regex.escape(surname)}\b")
    for block in blocks[index + 1 :]:
        if block.label != BODY:
            continue
        text = state.block_text(block)
        if word.search(text) is not None and is_prose(text):
            return True
    return False


def subject_with_agency(
    state: ParseState, index: int, text: str, subject_words: frozenset[str]
) -> bool:
    """Whether a line in the story is the photo of its subject with an agency's credit:
    ``Jane Doe (AAP)``, the surname in the headline or the paragraph under the line (a
    writer's byline names someone the story does not)."""
    bracket = _BRACKET_TAIL.search(text)
    if (
        bracket is None
        or "\n" in text
        or known_agency(state.lexicon, bracket.group("inside")) is None
    ):
        return False
    names = parse_names(text[: bracket.start()], state.lexicon)
    if len(names) != 1 or BY.match(text):
        return False
    surname = names[0].split()[-1].casefold()
    if surname in subject_words:
        return True
    if index + 1 >= len(state.blocks):
        return False
    below = state.block_text(state.blocks[index + 1])
    return surname in {word.casefold() for word in TOKEN.findall(below)}


def bracketed_credit(state: ParseState, block: Block, text: str) -> Credit | None:
    """The ``(AAP)`` that ends a subject line, as a credit, if it names an agency."""
    bracket = _BRACKET_TAIL.search(text)
    if bracket is None or known_agency(state.lexicon, bracket.group("inside")) is None:
        return None
    start = block.start + bracket.start() + (len(bracket.group()) - len(bracket.group().lstrip()))
    parts = read_parts(state.lexicon, state.text[start : block.end])
    return credit_at(state, parts, start, block.end)


def headline_words(state: ParseState, headline: int | None) -> frozenset[str]:
    """The casefolded words of the headline (empty without one)."""
    if headline is None:
        return frozenset()
    text = state.block_text(state.blocks[headline])
    return frozenset(word.casefold().strip("'’") for word in TOKEN.findall(text))
