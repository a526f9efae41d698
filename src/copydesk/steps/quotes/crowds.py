"""Crowds that chant: ``about 200 protesters gathered outside, holding signs and chanting
"…"``. A chant is the crowd's, not the words of the name the sentence opens with (``Lee spoke
down the street, where about 50 strikers had gathered, chanting "…"``): its speaker is the
nearest crowd before the verb in the sentence."""

from __future__ import annotations

import regex

from copydesk.steps.quotes.cues import Patterns, Verb, cue
from copydesk.steps.quotes.phrases import Attribution
from copydesk.steps.quotes.words import NON_SPACE, WORD

# A crowd's phrase holds at most this many words before its noun ("at least 2,000 pro-union").
_MAX_COUNT_WORDS = 5
# ... of which at most this many lower-case words between the count and the noun.
_MAX_ADJECTIVES = 2


def crowd_before(text: str, start: int, verb: Verb, patterns: Patterns) -> Attribution | None:
    """The crowd that speaks a chant: the last crowd noun of ``text[start:verb.start]`` (the
    sentence before the verb) with the words that count it, when *verb* is a chant."""
    if verb.verb.split()[0].casefold() not in patterns.crowd_verbs:
        return None
    words = list(NON_SPACE.finditer(text, start, verb.start))
    for index in range(len(words) - 1, -1, -1):
        if words[index].group().casefold() in patterns.crowd_nouns:
            first = _phrase_start(words, index, patterns)
            return Attribution(cue(verb), words[first].start(), words[index].end(), None, False)
    return None


def is_chant(text: str, start: int, mark: int, patterns: Patterns) -> bool:
    """Whether a chant verb is the last word before the opening *mark* (``chanting "Dump
    Trump"``): the quote is speech, though its words read as a title."""
    words = WORD.findall(text, max(start, mark - 20), mark)
    return bool(words) and words[-1].casefold() in patterns.crowd_verbs


def is_chant_cue(cue: str | None, patterns: Patterns) -> bool:
    """Whether *cue* is a chant's (a crowd's words, which no later quote carries on)."""
    return cue.split(maxsplit=1)[0].casefold() in patterns.crowd_verbs if cue else False


def _phrase_start(words: list[regex.Match[str]], noun: int, patterns: Patterns) -> int:
    """The first word of the crowd's phrase whose noun is ``words[noun]``: back over the
    words that count it, digits, capitalised and hyphenated words, up to a comma; lower-case
    words (``striking``) only between such words and the noun."""
    first, adjectives = noun, 0
    for index in range(noun - 1, max(-1, noun - 1 - _MAX_COUNT_WORDS), -1):
        word = words[index].group()
        if _counts_crowd(word, patterns):
            first, adjectives = index, 0
        elif word.isalpha() and word.islower() and adjectives < _MAX_ADJECTIVES:
            adjectives += 1  # "hundreds of striking nurses": kept if a count comes first
        else:
            break
    if first > 0 and words[first].group() == "least" and words[first - 1].group() in ("at", "At"):
        first -= 1  # "at least 100 protesters"
    return first


def _counts_crowd(word: str, patterns: Patterns) -> bool:
    """Whether *word* may stand in a crowd's phrase before its noun (no punctuation after
    it: a comma ends the phrase before it)."""
    if not word[-1:].isalnum():
        return False
    folded = word.casefold()
    if folded in patterns.crowd_counts or word.replace(",", "").isdigit() or "-" in word:
        return True
    # "Labour activists"; never "In" or "Outside" ("In Leeds protesters").
    return word[:1].isupper() and folded not in patterns.not_names
