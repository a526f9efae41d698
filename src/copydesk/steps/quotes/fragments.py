"""Speakers of quoted words that no speech verb introduces, where a noun says whose words they
are: ``Lee has used the phrase "…"`` (the subject's), ``Romney's "47 percent" comment`` (the
possessor's). The quote is a fragment of the sentence: partial, unless it reads as speech."""

from __future__ import annotations

from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.marks import Pair
from copydesk.steps.quotes.phrases import Attribution, attribution, speaker_phrase
from copydesk.steps.quotes.subjects import opening_subject
from copydesk.steps.quotes.words import FIRST_WORD, WORD, trim, visible_end

# A subordinate clause may open the sentence before the subject ("When Lee used the words").
_SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "once", "since", "if"})
# A possessive right before the mark names at most this many words ("Mitt Romney's").
_POSSESSOR_REACH = 60


def quotation_noun_subject(
    text: str, start: int, end: int, patterns: Patterns
) -> Attribution | None:
    """``Lee has used the phrase "…"``, ``Lee ran on the slogan "…"``, ``with a simple
    message: "…"``: a noun for someone's words ends ``text[start:end]`` (right before the
    mark); the sentence's subject speaks the quote."""
    words = WORD.findall(text, max(start, end - 40), end)
    if not words or words[-1].casefold() not in patterns.quotation_nouns:
        return None
    if any(mark in text[start:end] for mark in '"“”'):
        return None  # an earlier quote in the sentence has its own speaker
    subject = opening_subject(text, start, end, patterns)
    first = FIRST_WORD.match(text, start, end)
    if subject is None and first is not None and first.group(1).casefold() in _SUBORDINATORS:
        subject = opening_subject(text, first.end(), end, patterns)  # "When Lee used …"
    if subject is None:
        return None
    return attribution(words[-1], subject, after=False, fragment=True)


def possessor(text: str, pair: Pair, start: int, patterns: Patterns) -> Attribution | None:
    """``Mitt Romney's "47 percent" comment``: a possessive right before the mark and a noun
    for someone's words right after it."""
    following = WORD.match(text, pair.end + 1, pair.end + 40) if pair.closed else None
    if following is None or text[pair.end : pair.end + 1] != " ":
        return None
    if following.group().casefold() not in patterns.quotation_nouns:
        return None
    end = visible_end(text, start, pair.start)
    suffix = next((s for s in ("’s", "'s", "’", "'") if text.endswith(s, start, end)), None)
    if suffix is None:
        return None
    name_end = end - len(suffix)
    run_start = name_end
    for run in patterns.name_run.finditer(text, max(start, name_end - _POSSESSOR_REACH), name_end):
        if run.end() == name_end:
            run_start = run.start()
    if run_start >= name_end:
        return None
    run_start, name_end = trim(text, run_start, name_end)
    mention = speaker_phrase(text, run_start, name_end, patterns)
    if mention is None:
        return None
    return attribution(following.group(), mention, after=False, fragment=True)
