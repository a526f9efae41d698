"""Speakers of quoted words that no speech verb introduces, where a noun says whose words they
are: ``Lee has used the phrase "…"`` (the subject's), ``Romney's "47 percent" comment`` (the
possessor's). The quote is a fragment of the sentence: partial, unless it reads as speech."""

from __future__ import annotations

from copydesk.steps.quotes.cues import Patterns, strip_adverbs
from copydesk.steps.quotes.marks import Pair
from copydesk.steps.quotes.phrases import Attribution, Mention, attribution, speaker_phrase
from copydesk.steps.quotes.subjects import opening_subject
from copydesk.steps.quotes.words import (
    FIRST_WORD,
    NON_SPACE,
    WORD,
    has_double_mark,
    trim,
    visible_end,
)

# A subordinate clause may open the sentence before the subject ("When Lee used the words").
_SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "once", "since", "if"})
# A possessive right before the mark names at most this many words ("Mitt Romney's").
_POSSESSOR_REACH = 60
# A quoting verb stands within this many characters before the mark.
_VERB_REACH = 100
# A described speaker before the verb has at most this many words ("the former president") ...
_MAX_DESCRIBED_WORDS = 5
# ... and stands after one of these (or a comma, or at the start of the sentence).
_BOUNDARY_WORDS = frozenset({"what", "whom", "that", "as", "when", "and", "but", "after"})
# Words that open another clause between a verb and the mark.
_CLAUSE_WORDS = frozenset({"and", "but", "while", "which", "who", "that", "because", "or"})


def quotation_noun_subject(
    text: str, start: int, end: int, patterns: Patterns
) -> Attribution | None:
    """``Lee has used the phrase "…"``, ``Lee ran on the slogan "…"``, ``with a simple
    message: "…"``: a noun for someone's words ends ``text[start:end]`` (right before the
    mark); the sentence's subject speaks the quote."""
    words = WORD.findall(text, max(start, end - 40), end)
    if not words or words[-1].casefold() not in patterns.quotation_nouns:
        return None
    if has_double_mark(text, start, end):
        return None  # an earlier quote in the sentence has its own speaker
    subject = opening_subject(text, start, end, patterns)
    first = FIRST_WORD.match(text, start, end)
    if subject is None and first is not None and first.group(1).casefold() in _SUBORDINATORS:
        subject = opening_subject(text, first.end(), end, patterns)  # "When Lee used …"
    if subject is None:
        return None
    return attribution(words[-1], subject, after=False, fragment=True)


def after_quotation_noun(text: str, start: int, mark: int, patterns: Patterns) -> bool:
    """Whether a noun for someone's words is the last word before the opening *mark* (``ran
    on the slogan "Experience Counts"``): the quote is those words, though they read as a
    title."""
    words = WORD.findall(text, max(start, mark - 20), mark)
    return bool(words) and words[-1].casefold() in patterns.quotation_nouns


def quoting_verb_subject(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``It is strange that Trump would denounce "…"``, ``in what one conservative has
    dubbed "…"``: the nearest verb of the ``quoting_verbs`` before the mark (no other verb
    between) and the name or pronoun right before it (past auxiliaries and adverbs)."""
    reach = max(start, end - _VERB_REACH)
    words = WORD.findall(text, reach, end)
    for index in range(len(words) - 1, -1, -1):
        folded = words[index].casefold()
        if (
            folded in patterns.position_verbs
            and index
            and _after_determiner(words[index - 1], patterns)
        ):
            continue  # "the offer is based on "…"", "its support": a noun, no verb
        if folded in patterns.quoting_participles:
            # "with the secretary calling the move "…"": the participle's own subject, right
            # before it (never the verb of a clause before the participle).
            word = list(WORD.finditer(text, reach, end))[index]
            if has_double_mark(text, word.end(), end):
                return None
            return _participle_subject(text, start, word.start(), word.group(), patterns)
        if folded not in patterns.quoting_verbs:
            if folded in patterns.verb_words or folded in _CLAUSE_WORDS:
                return None  # another verb or clause between: not this quote's verb
            continue
        # (Where the words stand is read only for the rare verb found.)
        word = list(WORD.finditer(text, reach, end))[index]
        if has_double_mark(text, word.end(), end):
            return None
        subject_end = strip_adverbs(text, start, word.start(), patterns)
        return _subject_ending(text, start, subject_end, word.group(), patterns)
    return None


def _after_determiner(word: str, patterns: Patterns) -> bool:
    """Whether *word* makes the word after it a noun (``the``, ``its``; the ``s`` of
    ``Lee's``, which :data:`WORD` reads apart)."""
    folded = word.casefold()
    return folded in patterns.determiners or folded == "s"


def _participle_subject(
    text: str, start: int, end: int, cue: str, patterns: Patterns
) -> Attribution | None:
    """The subject of a quoting participle ending at *end*: a name or pronoun right before it
    (``Carson privately calling``), or the phrase after ``with`` (``with the former
    secretary of state calling``)."""
    subject_end = strip_adverbs(text, start, end, patterns)
    with_at = text.rfind(" with ", max(start, subject_end - _POSSESSOR_REACH), subject_end)
    if with_at >= 0:
        mention = speaker_phrase(text, with_at + len(" with "), subject_end, patterns)
        if mention is not None and mention.end == trim(text, start, subject_end)[1]:
            return attribution(cue, mention, after=False, fragment=True)
    words = WORD.findall(text, max(start, subject_end - 30), subject_end)
    if words and (words[-1].casefold() in patterns.pronouns or words[-1][:1].isupper()):
        return _subject_ending(text, start, subject_end, cue, patterns)
    return None


def _subject_ending(
    text: str, start: int, end: int, cue: str, patterns: Patterns
) -> Attribution | None:
    """The pronoun or name that ends ``text[start:end]``, as the speaker of *cue*."""
    words = WORD.findall(text, max(start, end - 30), end)
    if not words:
        return None
    if words[-1].casefold() in patterns.pronouns and words[-1].casefold() != "it":
        pronoun = Mention(end - len(words[-1]), end, None)  # "whom he called"
        return attribution(cue, pronoun, after=False, fragment=True)
    run_start = end
    for run in patterns.name_run.finditer(text, max(start, end - _POSSESSOR_REACH), end):
        if run.end() == end:
            run_start = run.start()
    if run_start < end:
        mention = speaker_phrase(text, run_start, end, patterns)
        return None if mention is None else attribution(cue, mention, after=False, fragment=True)
    # "what the president has called": a described speaker after a clause boundary.
    spans = list(NON_SPACE.finditer(text, max(start, end - _POSSESSOR_REACH), end))
    for first in range(max(0, len(spans) - _MAX_DESCRIBED_WORDS), len(spans)):
        before = spans[first - 1].group().casefold() if first else ""
        if first and before not in _BOUNDARY_WORDS and not before.endswith(","):
            continue
        mention = speaker_phrase(text, spans[first].start(), end, patterns)
        if mention is not None and text[mention.start : mention.end].casefold() != "it":
            return attribution(cue, mention, after=False, fragment=True)
    return None


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
