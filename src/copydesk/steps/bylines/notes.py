"""A writer's note in a sentence: ``This post was written by Jane Doe, a nurse in Leeds.``

A page may name its writer in a sentence of its own, over the story or under it, and go on
to say who the writer is. Only the names before the first comma are read; what follows is
the writer's description, kept in the byline's text and as its ``role``.
"""

from __future__ import annotations

import regex

__all__ = ["described_writer", "opens_note"]

# A lead-in that opens a sentence ("This post was written by"), not a byline's label.
_LEAD = r"this\s+(?:[\w-]+\s+){1,2}was\s+(?:written|authored)\s+by\b"
_SENTENCE_LEAD = regex.compile(rf"(?i){_LEAD}\s*$")
_OPENS_NOTE = regex.compile(rf"(?i)\s*{_LEAD}")
# The description after the names: ", a freelance writer based in Lagos." (a short clause).
_DESCRIPTION = regex.compile(r",\s*(?P<description>[^\n]{2,120}?)[\s.]*$")


def described_writer(lead: str, credit: str) -> tuple[str, str] | None:
    """The names and the description of a writer's note: *credit* is what follows *lead*
    (``This post was written by``); None when the lead opens no such sentence or no
    description follows the names.

    >>> described_writer("This post was written by ", "Jane Doe, a nurse in Leeds.")
    ('Jane Doe', 'a nurse in Leeds')
    >>> described_writer("By ", "Jane Doe, a nurse in Leeds.") is None
    True
    """
    if _SENTENCE_LEAD.search(lead) is None:
        return None
    comma = credit.find(",")
    if comma <= 0:
        return None
    found = _DESCRIPTION.match(credit, comma)
    if found is None:
        return None
    return credit[:comma].strip(), found.group("description")


def opens_note(text: str) -> bool:
    """Whether *text* opens with a writer's note (``This article was written by``): a
    sentence, but a byline all the same.

    >>> opens_note("This article was written by Jane Doe."), opens_note("This was written.")
    (True, False)
    """
    return _OPENS_NOTE.match(text) is not None
