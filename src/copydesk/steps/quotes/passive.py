"""A passive speech verb before a quote: ``Sanders was asked by host Bill Maher, "…"`` —
the agent after ``by`` speaks, not the sentence's subject."""

from __future__ import annotations

import regex

from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.phrases import INTRODUCING, Attribution, attribution, speaker_phrase
from copydesk.steps.quotes.words import has_double_mark

# "was asked by", "had been told by", "is being urged by": a form of "be", the participle,
# "by". The participle must also be a speech verb (checked with the patterns).
_PASSIVE = regex.compile(r"\b(?:was|were|is|are|been|being|be)\s+(\p{Ll}+)\s+by\s+")
# Between the agent and the mark, at most an aside ("who backs her rival,"), as long as the
# apposition or relative clause of a subject may be.
_MAX_ASIDE = 160


def passive_agent(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """The agent of a passive speech verb that ends ``text[start:end]`` with a comma or a
    colon (right before the mark): ``was asked by moderator Jo Ruiz, who …, "…"``."""
    if text[end - 1 : end] not in (",", ":") or text.find("by", start, end) < 0:
        return None  # (most sentences end otherwise, or hold no "by": not searched)
    passives = list(_PASSIVE.finditer(text, start, end))
    if not passives:
        return None
    passive = passives[-1]  # (the nearest to the mark)
    if patterns.verb_at(text, passive.start(1), end) is None:
        return None
    agent_end = text.find(",", passive.end(), end - 1)
    if agent_end < 0:
        agent_end = end - 1
    if end - agent_end > _MAX_ASIDE or has_double_mark(text, passive.end(), end):
        return None
    mention = speaker_phrase(text, passive.end(), agent_end, patterns, INTRODUCING)
    if mention is None:
        return None
    return attribution(passive.group(1), mention, after=False)
