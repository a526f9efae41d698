"""A writer's bio line under the story: ``Jane Roe is a reporter covering health for the
Herald. Reach her at jroe@herald.example.``

Such a line is a byline of kind ``author`` (the ``once`` pass drops the name when the
byline above the story holds it already). A sentence of the story says the same of someone
else ("Tom Baird is a reporter for the Times who ..."), so the line must be among the
text's last body blocks, and either say how to reach the writer (the lexicon's
``bio_contact_leads``), name a writer a byline already names, or, as the text's last body
block, name the outlet the writer works for (``for the Herald``, ``at the Daily Record``)
in a short sentence with no clause of its own, about someone the story does not name.
"""

from __future__ import annotations

import regex

from copydesk._models import Byline
from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.names import clean_name
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.words import BylineWords

__all__ = ["find_bio_lines"]

# A bio line is a sentence or two; a longer block is the story's.
_MAX_BIO_CHARS = 400
# It stands among the text's last few body blocks (a share row or a footer may follow).
_LAST_BODY_BLOCKS = 2
# The outlet the writer works for, in the bio's sentence: "for the Herald", "at Northwind
# News".
_OUTLET = regex.compile(r"\b(?:for|at|with) (?:the )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)*")


# A bio's sentence without a way to reach the writer is short and has no clause of its own.
_MAX_OUTLET_BIO_WORDS = 20
_CLAUSE = regex.compile(r"(?i)\b(?:who|which|whose|when|after|before|until)\b|,")


def find_bio_lines(state: ParseState, words: BylineWords, _prose: Prose) -> None:
    """Label a writer's bio line among the text's last body blocks as an author byline.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Roe\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to homes, officials said.\\n\\n"
    ...     "Jane Roe is a reporter covering weather for the Herald. Reach her at jroe@x.example."
    ... )
    >>> [(b.kind, b.names) for b in article.bylines], len(article.paragraphs)
    ([('author', ('Jane Roe',)), ('author', ())], 1)
    """
    body = [index for index, _ in state.body_blocks()]
    if len(body) < 2:
        return
    bio = state.lexicon.cached("bylines.bio", _bio_pattern)
    writers = {
        name.casefold()
        for block in state.blocks
        if isinstance(block.finding, Byline)
        for name in block.finding.names
    }
    for index in body[-_LAST_BODY_BLOCKS:]:
        block = state.blocks[index]
        if index == body[0] or block.end - block.start > _MAX_BIO_CHARS:
            continue
        match = bio.match(state.block_text(block))
        name = clean_name(words.names, match.group("name")) if match is not None else None
        if match is None or name is None:
            continue
        if not (
            match.group("contact")
            or name.casefold() in writers
            or (index == body[-1] and _names_outlet_only(state, body, match, name))
        ):
            continue
        byline = Byline(
            text=state.source_text(block),
            names=state.share((name,)),
            kind="author",
            span=block.span,
        )
        state.mark(block, "byline", byline)


def _names_outlet_only(
    state: ParseState, body: list[int], match: regex.Match[str], name: str
) -> bool:
    """Whether a bio's sentence without a way to reach the writer still reads as one: short,
    no clause of its own ("... who broke the story"), an outlet named, and the person named
    nowhere in the story above (a story's subject is named there)."""
    sentence = match.group("sentence")
    if len(sentence.split()) > _MAX_OUTLET_BIO_WORDS or _CLAUSE.search(sentence):
        return False
    if _OUTLET.search(sentence) is None:
        return False
    surname = regex.compile(rf"(?<!\w){regex.escape(name.split()[-1])}(?!\w)")
    return not any(surname.search(state.block_text(state.blocks[index])) for index in body[:-1])


def _bio_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """``<Name> is a <title> ... . <how to reach the writer>``, or ``<Name> covers ...``."""
    roles = "|".join(regex.escape(role).replace(r"\ ", r"\s+") for role in lexicon.bio_roles)
    verbs = "|".join(regex.escape(verb).replace(r"\ ", r"\s+") for verb in lexicon.bio_verbs)
    contacts = "|".join(lexicon.bio_contact_leads)
    return regex.compile(
        r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+"
        rf"(?P<sentence>(?:(?:is|was)\s+[^\n]{{0,80}}?\b(?i:{roles})s?\b|(?i:{verbs})\b)"
        r"[^\n]{0,250}?[.!])"
        rf"(?:\s+(?P<contact>(?i:{contacts})[^\n]{{0,200}}))?\s*$"
    )
