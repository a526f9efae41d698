"""Cues after a quote: right after the closing mark (``"…," Zelensky said``, ``"…," said
Lloyd Austin, the defense secretary``, ``"…" according to the Pentagon``, ``"…" ― Name``)."""

from __future__ import annotations

import regex

from copydesk.steps.quotes.cues import Patterns, cue, is_participle, strip_adverbs
from copydesk.steps.quotes.marks import Pair
from copydesk.steps.quotes.phrases import (
    AFTER,
    CUT_RELATIVE,
    INVERTED,
    MAX_SPEAKER_WORDS,
    Attribution,
    Mention,
    attribution,
    ends_in_name,
    looks_like_name,
    speaker_phrase,
)
from copydesk.steps.quotes.words import (
    NEXT_WORD,
    WORD,
    first_sentence_end,
    is_capitalised,
    trim,
    word_count,
)

#: Attribution is always close to its quote: the window read beside a quote, in characters.
WINDOW = 220
# A lower-case title before a name after the closing mark has at most this many words.
_MAX_TITLE_WORDS = 4
# After a quote that ends its sentence, "Lee said as she left" is still its attribution.
# (A new sentence goes on with an object or a clause: "He said the plan …".)
_SUBORDINATE_TAIL = regex.compile(
    r"[\s,]*(?:(?:as|while|when|after|before|amid|following|during|then|\p{Ll}+ing)\s"
    r"(?!much\b|well\b|such\b|that\b)|to\s+\p{L}+(?:\s+\p{L}+)?\s*$)"
)


def attribution_after(text: str, pair: Pair, limit: int, patterns: Patterns) -> Attribution | None:
    """An attribution right after the closing mark: ``"…," X said`` / ``said X``."""
    position = pair.end
    stop = first_sentence_end(patterns.abbreviations, text, position, min(limit, position + WINDOW))
    while position < stop and text[position] in " ,\n":  # a hard wrap is a space
        position += 1
    if position >= stop:
        return None
    ending = text[max(pair.text_start, pair.text_end - 8) : pair.text_end].rstrip()[-1:]
    ended_sentence = ending != "" and ending in ".…" and text[pair.end : pair.end + 1] != ","
    if ending != "" and ending in "!?" and _capitalised_pronoun(text, position, stop, patterns):
        ended_sentence = True  # "“…!” She replied to him that …": a sentence of its own
    if text[position] in "—–―-":
        return _dash_attribution(text, position, stop, limit, patterns)
    source = patterns.source_cue_at_start.match(text, position, stop)
    if source is not None:
        # "“…” according to Judicial Watch."
        mention = speaker_phrase(text, source.end(), stop, patterns)
        if mention is None:
            return None
        return attribution(" ".join(source.group().split()), mention, after=True)
    # (The first word is read once here, for both tests below and the title.)
    word = WORD.match(text, position, stop)
    folded = "" if word is None else word.group().casefold()
    if word is None or not _may_start_attribution(text, word, folded, stop, patterns):
        return None  # "“…” and the rest": no speaker or verb can follow
    verb = patterns.verb_of_word(text, word, folded, stop, with_object=False)
    if verb is not None:
        # Inverted: "said Jim Clyburn, a Democratic congressman".
        if is_participle(verb):
            return None  # "…," adding that …: the subject is elsewhere
        mention = inverted_speaker(text, verb.end, stop, patterns)
        if mention is not None:
            return attribution(cue(verb), mention, after=True)
        if not is_capitalised(verb.verb) and not _title_before_name(text, word, stop, patterns):
            return None
        # "State spokesman Mark Toner said", "state agriculture minister Jo Roe said": a
        # noun that can be a verb opens the subject.
    verb = patterns.find_verb(text, position, stop)
    while verb is not None:
        subject_end = strip_adverbs(text, position, verb.start, patterns)
        mention = speaker_phrase(text, position, subject_end, patterns, AFTER)
        if mention is not None:
            if ended_sentence and not _ends_attribution(text, verb.end, stop):
                return None  # "…." He said because …: a new sentence, not an attribution
            return attribution(cue(verb), mention, after=True)
        verb = patterns.find_verb(text, verb.end, stop)
        if verb is not None and word_count(text[position : verb.start]) > MAX_SPEAKER_WORDS:
            break
    return None


def _capitalised_pronoun(text: str, position: int, stop: int, patterns: Patterns) -> bool:
    """Whether a capitalised pronoun stands at *position* (``She``, not ``she``)."""
    word = WORD.match(text, position, stop)
    return (
        word is not None
        and word.group()[:1].isupper()
        and word.group().casefold() in patterns.pronouns
    )


def inverted_speaker(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """``said Jim Clyburn, a Democratic congressman``: a name up to the first comma, then
    perhaps its description (``said her adviser, Jake Sullivan`` names the adviser)."""
    comma = text.find(",", start, stop)
    mention = speaker_phrase(text, start, stop if comma < 0 else comma, patterns, INVERTED)
    if mention is None or comma < 0:
        return mention
    rest_start, rest_end = trim(text, comma + 1, stop)
    cut = CUT_RELATIVE.search(text, rest_start, rest_end)
    if cut is not None:
        rest_end = trim(text, rest_start, cut.start())[1]
    rest = " ".join(text[rest_start:rest_end].split())
    if not rest:
        return mention
    first = rest.split()[0]
    head = text[mention.start : mention.end]
    # "said her adviser, Jake Sullivan", "exhorted Clinton's introducer, actress Jamie Lee
    # Curtis": a description (lower-case at its end), then the name.
    described = not is_capitalised(head) or not is_capitalised(head.split()[-1])
    if described and ends_in_name(patterns, rest) and "," not in rest:
        named = speaker_phrase(text, rest_start, rest_end, patterns, INVERTED)
        if named is not None:
            return Mention(named.start, named.end, named.title or " ".join(head.split()))
    if first.casefold().endswith("ing") or patterns.never_names(first.casefold()):
        return mention  # "said Murphy, using a term …": no description
    title = f"{mention.title}, {rest}" if mention.title else rest
    return Mention(mention.start, mention.end, title)


def _may_start_attribution(
    text: str, word: regex.Match[str], folded: str, stop: int, patterns: Patterns
) -> bool:
    """Whether the first word after a closing mark (*folded*: in lower case) can open an
    attribution."""
    return (
        word.group()[0].isupper()
        or folded in patterns.verb_words
        or folded in patterns.pronouns
        or folded in patterns.determiners
        or folded in patterns.title_modifiers
        or folded in patterns.speaker_nouns
        or "’" in folded
        or "'" in folded
        or _title_before_name(text, word, stop, patterns)
    )


def _title_before_name(text: str, word: regex.Match[str], stop: int, patterns: Patterns) -> bool:
    """``psychotherapist Fran Sherman says``, ``vice presidential candidate Mike Pence
    said``: a few lower-case words of a title, then a capitalised name."""
    folded, end = word.group().casefold(), word.end()
    for _ in range(_MAX_TITLE_WORDS):
        if folded in patterns.not_names or folded in patterns.not_in_speaker:
            return False
        following = NEXT_WORD.match(text, end, stop)
        if following is None:
            return False
        if is_capitalised(following.group(1)):
            return True
        folded, end = following.group(1).casefold(), following.end()
    return False


def _dash_attribution(
    text: str, position: int, stop: int, limit: int, patterns: Patterns
) -> Attribution | None:
    """``"…" ― Sonya Smith`` at the end of a line: the dash names the speaker."""
    dash_end = position + 1
    while dash_end < stop and text[dash_end] in "—–―-":
        dash_end += 1
    line_end = text.find("\n", dash_end, limit)
    line_end = limit if line_end < 0 else line_end
    name_start, name_end = trim(text, dash_end, line_end)
    name = text[name_start:name_end]
    if not name or word_count(name) > 5 or not looks_like_name(patterns, name):
        return None
    if not all(is_capitalised(word) for word in name.split()):
        return None
    return Attribution(text[position:dash_end], name_start, name_end, None, True)


def _ends_attribution(text: str, position: int, stop: int) -> bool:
    """Whether what follows a verb after a quote that ended its sentence still belongs to the
    attribution: nothing, or a subordinate clause (``"…!" Lee said as she left``), not the
    rest of a new sentence (``"…." He said because …``)."""
    if not text[position:stop].strip(" ,\n"):
        return True
    return _SUBORDINATE_TAIL.match(text, position, stop) is not None


#: A sign-off line is short: a dash, a name and a few words about it.
_MAX_SIGN_OFF = 160


def sign_off_line(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``-President Obama, tweeting after the speech`` or ``― Jo Kent, Philadelphia``: a
    line of its own under a quote, a dash, then the name (and what they were doing, or
    where they are from)."""
    if text[start : start + 1] not in "—–―- ":
        return None  # (most next paragraphs: no dash)
    start, end = trim(text, start, end)
    if end - start > _MAX_SIGN_OFF or text[start : start + 1] not in "—–―-":
        return None
    dash_end = start + 1
    while dash_end < end and text[dash_end] in "—–―- ":
        dash_end += 1
    comma = text.find(",", dash_end, end)
    name_end = trim(text, dash_end, end if comma < 0 else comma)[1]
    name = text[dash_end:name_end]
    if not name or word_count(name) > 6 or not looks_like_name(patterns, name):
        return None
    rest = text[comma + 1 : end].split() if comma >= 0 else []
    # "-Jane Roe, tweeting after …" or "-Jane Roe, Philadelphia."
    if rest and not (
        rest[0].casefold().strip(".,") in patterns.sign_off_verbs or is_capitalised(rest[0])
    ):
        return None
    if patterns.agency(name) is not None:
        return None  # "- Reuters" under the last paragraph credits the story, not the quote
    mention = speaker_phrase(text, dash_end, name_end, patterns, INVERTED)
    if mention is None:
        return None
    return Attribution(
        text[start:dash_end].strip(), mention.start, mention.end, mention.title, True
    )
