"""The subject of a sentence that introduces a quote without a speaker beside the mark:
``Clinton seemed ready to riff, telling the crowd, "…"``, ``McConnell delivered a blunt
message to Trump: "…"``."""

from __future__ import annotations

from itertools import islice

import regex

from copydesk.reading.name_runs import strip_possessive
from copydesk.reading.titles import split_title
from copydesk.steps.quotes.cues import Patterns, Verb, cue, is_participle, strip_adverbs
from copydesk.steps.quotes.phrases import (
    COMPOUND_DESCRIPTOR,
    MAX_SPEAKER_WORDS,
    Attribution,
    Mention,
    attribution,
    ends_in_name,
)
from copydesk.steps.quotes.words import FIRST_WORD, NON_SPACE, is_capitalised, word_count

# A sentence may open with one of these before its subject ("But Trump said …", "Even a
# top strategist said …").
_CONJUNCTIONS = frozenset({"and", "but", "so", "yet", "or", "even", "only", "just"})
#: Where a clause breaks: a semicolon, a parenthesis, a spaced dash (or two hyphens: ``--``).
CLAUSE_BREAK = regex.compile(r"[;(]|\s(?:--|[-—–―])\s")
# An opening phrase before the subject holds at most this many commas
# ("In a wide-ranging, in-prison interview, …").
_MAX_OPENING_COMMAS = 3
# ... and at most this many words ("With leaders worried about a lack of passion for …, Obama").
_MAX_OPENING_WORDS = 2 * MAX_SPEAKER_WORDS
# Between a subject and its colon: a predicate of at most this many words ...
_MAX_PREDICATE_WORDS = 14
# ... printed as the cue when it is this short (else the cue is the colon).
_MAX_CUE_WORDS = 8
# A short apposition after the subject or aside before the colon has at most this many words.
_MAX_APPOSITION_WORDS = 5
# ... and an aside after the subject opening with a preposition at most this many.
_MAX_ASIDE_WORDS = 10
# The white space before the next word.
NEXT_WORD_START = regex.compile(r"\s+")
# A possessive ending inside a phrase ("Lee's Facebook post").
_POSSESSIVE_END = regex.compile(r"['’]s?(?=\s)")
# Lower-case words inside an organisation's name ("Department for Education").
_NAME_JOINS = frozenset({"of", "for"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# The source a quote is taken from (``From the campaign's website:``) has at most this many.
_MAX_SOURCE_WORDS = 6


def sentence_subject(
    text: str, window_start: int, verb: Verb, patterns: Patterns
) -> Attribution | None:
    """``Clinton seemed ready to riff, telling the crowd, "…"``: the sentence's subject speaks;
    ``footage of Hillary Clinton asking, "…"``: the name right before a participle does."""
    before = text[window_start : verb.start].rstrip()
    if is_participle(verb):
        # ("Carson privately saying": adverbs between the name and the participle.)
        named = _name_before(
            text, window_start, strip_adverbs(text, window_start, verb.start, patterns), patterns
        )
        if named is not None:
            return attribution(cue(verb), named, after=False)
    if not before.endswith((",", " by", " and", " then", " but")) and not (
        is_participle(verb) and verb.punct and not before.endswith(("’s", "'s"))
    ):
        return None
    subject = opening_subject(text, window_start, verb.start, patterns)
    if subject is None:
        return None
    return attribution(cue(verb), subject, after=False)


def opening_subject(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """The subject that opens the sentence at *start*: a pronoun, a name, or ``the campaign``."""
    first = FIRST_WORD.match(text, start, stop)
    if first is None:
        return None
    word = first.group(1).rstrip(",")  # ("Later," opens with an opening word)
    folded = word.casefold()
    if folded in _CONJUNCTIONS:
        return opening_subject(text, first.end(), stop, patterns)  # "But Trump deflected: …"
    if patterns.never_names(folded) and folded not in patterns.pronouns:
        # "Back in 1999, Mr. Trump expressed …": the subject follows the opening phrase,
        # which may hold commas of its own ("In a wide-ranging, in-prison interview, …").
        # (From the word's start: "Later," holds the comma itself.)
        comma = text.find(",", first.start(1), stop)
        for _ in range(_MAX_OPENING_COMMAS):
            if comma < 0 or text[start:comma].count(" ") > _MAX_OPENING_WORDS:
                return None
            subject = opening_subject(text, comma + 1, stop, patterns)
            if subject is not None:
                return subject
            comma = text.find(",", comma + 1, stop)
        return None
    if folded in patterns.pronouns:
        return Mention(first.start(1), first.end(1), None)
    if folded in patterns.determiners:
        # "The Clinton campaign, in a Q&A, worded it": words up to the head noun.
        # (Only the next five words are read, not the sentence's every word.)
        words = islice(NON_SPACE.finditer(text, first.start(1), stop), 1, 6)
        proper_end, unjoined_end = -1, stop
        described = False  # "The former Republican presidential candidate continued"
        for word_match in words:
            token = word_match.group().rstrip(",")
            if token in patterns.speaker_nouns:
                noun_end = word_match.start() + len(token)
                following = NON_SPACE.match(text, noun_end + 1, stop)
                if (
                    token == word_match.group()
                    and following is not None
                    and following.group().rstrip(",") in patterns.speaker_nouns
                ):
                    continue  # "a top party strategist": the last noun heads the phrase
                named = _name_after_noun(text, noun_end, stop, patterns)
                if named is not None:
                    # "The conservative writer David Frum": the name, described.
                    description = " ".join(text[first.end(1) : noun_end].split())
                    return Mention(named[0], named[1], description)
                return Mention(first.start(1), noun_end, None)
            if _describes(token, patterns) or _possessed_by_noun(token, patterns):
                # ("The campaign’s statement declares": the possessor describes the head.)
                described = True
                continue
            if token in _NAME_JOINS and proper_end > 0 and not described:
                following = NON_SPACE.match(text, word_match.end() + 1, stop)
                if following is not None and is_capitalised(following.group()):
                    # "A Department for Education spokesperson": inside a name, kept only
                    # when a speaker noun heads the phrase (else the name before "of").
                    unjoined_end = min(unjoined_end, proper_end)
                    continue
            if not is_capitalised(token):
                break
            if not described:
                proper_end = word_match.start() + len(token)
            if token != word_match.group():
                break
        # "The New York Times confirmed": a proper name after the article.
        proper_end = min(proper_end, unjoined_end)
        return Mention(first.start(1), proper_end, None) if proper_end > 0 else None
    run = patterns.name_run.match(text, first.start(1), stop)
    if run is None or run.group().split()[0].casefold() in patterns.not_names:
        return None
    following = FIRST_WORD.match(text, run.end(), stop)
    if " " not in run.group() and following is not None and following.group(1).islower():
        titled = _described_opening(text, run.start(), stop, patterns)
        if titled is not None:
            return titled  # "Energy spokesman David Davis said", "SIPTU organiser Jo Roe"
    if any(len(token) > 3 and token.isupper() and token.isalpha() for token in run.group().split()):
        return None  # a dateline or a shouted kicker, not a subject ("J.J." is initials)
    if (
        " " not in run.group()
        and run.group()[1:].islower()
        and run.group().endswith("ing")
        and (following is None or patterns.verb_at(text, following.start(1), stop) is None)
    ):
        # "Smiling broadly, Mrs. Clinton …": an opening participle ("Boreing said": a name).
        following = None
    if " " not in run.group() and (
        following is None
        or following.group(1) in patterns.adverbial_followers
        or text[run.end()] == ","
    ):
        # "Once in my early 20s, I laughed": an opening phrase, then the subject.
        comma = text.find(",", run.end(), stop)
        if comma < 0 or text[start:comma].count(" ") > MAX_SPEAKER_WORDS:
            return None
        return opening_subject(text, comma + 1, stop, patterns)
    mention_start, mention_end, title = split_title(text, run.start(), run.end(), patterns.titles)
    mention_end = mention_start + len(strip_possessive(text[mention_start:mention_end]))
    if mention_end <= mention_start:
        return None
    noun = run.group().split()[0]
    if title is None and (
        noun.casefold() in patterns.speaker_nouns or COMPOUND_DESCRIPTOR.fullmatch(noun)
    ):
        # "Owner June Hartwell said", "Father-of-two Dev Patel said": a speaker noun or a
        # descriptor opening the sentence describes the name.
        rest = NEXT_WORD_START.match(text, run.start() + len(noun), mention_end)
        if rest is not None and ends_in_name(patterns, text[rest.end() : mention_end]):
            return Mention(rest.end(), mention_end, noun)
    return Mention(mention_start, mention_end, title)


def _described_opening(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """``Opposition energy spokesman David Davis``, ``Union organiser Willie Noone``: a
    capitalised word opening the sentence, lower-case words ending in a title noun, then a
    full name: the name speaks, the words before it are its title."""
    words = list(islice(NON_SPACE.finditer(text, start, stop), _MAX_APPOSITION_WORDS))
    for word in words[1:]:
        token = word.group()
        folded = token.casefold()
        if not token.isalpha() or not token.islower():
            return None  # (a comma, a capital: no plain description before a name)
        if folded in patterns.not_in_speaker or folded in patterns.past_verbs:
            return None  # "Ministers warned …": a clause, not a description
        if folded in patterns.title_nouns:
            following = NON_SPACE.match(text, word.end() + 1, stop)
            if following is not None and following.group() in patterns.speaker_nouns:
                continue  # "Union organiser official …": the last noun heads the phrase
            named = _name_after_noun(text, word.end(), stop, patterns)
            if named is None:
                return None
            return Mention(named[0], named[1], " ".join(text[start : word.end()].split()))
    return None


def _name_after_noun(
    text: str, noun_end: int, stop: int, patterns: Patterns
) -> tuple[int, int] | None:
    """The full name right after a speaker noun (``writer David Frum``), as a span."""
    if text[noun_end : noun_end + 1] != " ":
        return None
    run = patterns.name_run.match(text, noun_end + 1, stop)
    if run is None or " " not in run.group() or run.group().split()[0] in patterns.not_names:
        return None
    return run.start(), run.start() + len(strip_possessive(run.group()))


def colon_subject(
    text: str, window_start: int, colon: int, patterns: Patterns
) -> Attribution | None:
    """``McConnell delivered a blunt message to Trump: "…"``: the subject of the sentence."""
    for match in CLAUSE_BREAK.finditer(text, window_start, colon):
        window_start = match.end()
    first = FIRST_WORD.match(text, window_start, colon)
    if first is not None and first.group(1) == "As":
        reported = _as_reported(text, first.end(), colon, patterns)
        if reported is not None:
            return reported
    subject = opening_subject(text, window_start, colon, patterns)
    if subject is None:
        return None
    predicate = _predicate(" ".join(text[subject.end : colon].split()), patterns)
    if (
        not predicate
        or "," in predicate
        or word_count(predicate) > _MAX_PREDICATE_WORDS
        or predicate.split()[0].casefold() in patterns.not_in_speaker
    ):
        return None
    printed = predicate if word_count(predicate) <= _MAX_CUE_WORDS else ":"
    return attribution(printed, subject, after=False)


def _as_reported(text: str, start: int, colon: int, patterns: Patterns) -> Attribution | None:
    """``As Joel Pollak reported after the raid: "…"``: the subject of the speech verb
    after ``As`` speaks (the cue is the verb)."""
    subject = opening_subject(text, start, colon, patterns)
    if subject is None or text[subject.start : subject.end].casefold() in patterns.pronouns:
        return None  # ("As he put it:": too often not the last person named)
    verb_start = NEXT_WORD_START.match(text, subject.end, colon)
    if verb_start is None:
        return None
    verb = patterns.verb_at(text, verb_start.end(), colon, with_object=False)
    if verb is None or is_participle(verb):
        return None
    if word_count(text[verb.end : colon]) > _MAX_PREDICATE_WORDS:
        return None
    return attribution(cue(verb), subject, after=False)


def source_lead(text: str, start: int, colon: int, patterns: Patterns) -> Attribution | None:
    """``From the report: "…"``, ``From Lee's Facebook post: "…"``: a sentence of just
    ``From`` and the source the quote is taken from; the source, or the name owning it,
    speaks (the cue is ``From``)."""
    first = FIRST_WORD.match(text, start, colon)
    if first is None or first.group(1) != "From":
        return None
    source_start, source_end = first.end(1) + 1, colon
    while source_end > source_start and text[source_end - 1].isspace():
        source_end -= 1
    if not 0 < word_count(text[source_start:source_end]) <= _MAX_SOURCE_WORDS:
        return None
    owner = _POSSESSIVE_END.search(text, source_start, source_end)
    if owner is not None:
        # "From Lee's Facebook post": the name owning the post.
        run = patterns.name_run.match(text, source_start, owner.start())
        if run is not None and run.end() == owner.start():
            return attribution("From", Mention(run.start(), run.end(), None), after=False)
    if text[source_start:source_end].split()[0].casefold() in _POSSESSIVE_PRONOUNS:
        return None  # ("From her blog post": whose, the pronoun does not say here)
    subject = opening_subject(text, source_start, source_end, patterns)
    if subject is None or subject.end != source_end:
        return None  # (the whole source, "the report", or no speaker)
    return attribution("From", subject, after=False)


def _predicate(rest: str, patterns: Patterns) -> str:
    """What a subject does before its colon, without a short apposition after the subject
    (``Mitch Roe, R-Ky., delivered a message``) or a short aside before the colon (``told
    the audience, to rowdy applause``)."""
    if rest.startswith(","):
        apposition, comma, after = rest[1:].partition(",")
        words = apposition.split()
        # (An aside opening with a preposition may run longer: "The campaign, in a Q&A on
        # the controversy, worded it carefully".)
        longest = (
            _MAX_ASIDE_WORDS
            if words and words[0].casefold() in patterns.aside_openers
            else _MAX_APPOSITION_WORDS
        )
        if comma and len(words) <= longest:
            rest = after
    rest = rest.strip(" ,")
    before, comma, aside = rest.rpartition(",")
    if comma and word_count(aside) <= _MAX_APPOSITION_WORDS:
        first = aside.split()[0].casefold() if aside.split() else ""
        if first in patterns.aside_openers or first in ("to", "with", "from"):
            rest = before.strip(" ,")
    return rest


def _describes(token: str, patterns: Patterns) -> bool:
    """Whether a lower-case word may describe the head noun after an article (``former``,
    ``presidential``): no verb, no clause word."""
    folded = token.casefold()
    return (
        token.islower()
        and token.isalpha()
        and folded not in patterns.not_in_speaker
        and folded not in patterns.past_verbs
        and folded not in patterns.not_names
    )


def _possessed_by_noun(token: str, patterns: Patterns) -> bool:
    """Whether *token* is a lower-case noun in the possessive (``campaign’s``): the words of a
    described speaker go on to the noun it possesses (``The campaign’s statement``)."""
    stem = strip_possessive(token)
    # (Any noun: "The county's chief medical officer", "The bank's governor Lina Moss".)
    return stem != token and stem.islower() and stem.isalpha()


def _name_before(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """A name or pronoun printed right before a participle (``with spokesman Glen Caplin
    saying``, ``has Podesta saying``): the one who says it."""
    end = start + len(text[start:stop].rstrip())
    words = text[start:end].split()
    if not words:
        return None
    last = words[-1]
    if last.casefold() in ("he", "she", "they", "i", "we"):
        return Mention(end - len(last), end, None)
    if not is_capitalised(last) or last.casefold() in patterns.not_names:
        return None
    for run in patterns.name_run.finditer(text, max(start, end - 80), end):
        before = text[max(start, run.start() - 8) : run.start()].split()
        if before and before[-1].casefold() in patterns.place_leads | {"via", "to"}:
            return None  # "responded on Facebook writing": a platform, not a speaker
        if run.end() == end:
            mention_start, mention_end, title = split_title(text, run.start(), end, patterns.titles)
            name = text[mention_start:mention_end]
            if name.split()[0].casefold() in patterns.not_names:
                return None
            return Mention(mention_start, mention_end, title)
    return None


# The preposition between a described speaker and its organisation (``for Dublin Bus``).
_ORGANISATION_OF = regex.compile(r" (?:for|at|of) (?=\p{Lu})")


def with_organisation(text: str, subject: Mention, end: int, patterns: Patterns) -> Mention:
    """``A spokeswoman for Dublin Bus``: a described speaker and the organisation named after
    it (``for``, ``at``, ``of`` and a capitalised name), as one mention."""
    words = text[subject.start : subject.end].split()
    if not words or words[0].casefold() not in patterns.determiners:
        return subject
    preposition = _ORGANISATION_OF.match(text, subject.end, end)
    if preposition is None:
        return subject
    run = patterns.name_run.match(text, preposition.end(), end)
    if run is None:
        return subject
    return Mention(subject.start, run.end(), subject.title)


def name_in_apposition(
    text: str, subject: Mention, stop: int, patterns: Patterns
) -> Mention | None:
    """``The environment secretary, Priya Nandra, said``: a described subject (an article or a
    possessive, a lower-case head) and a full name set off by commas up to *stop*: the name
    speaks, the description is its title."""
    words = text[subject.start : subject.end].split()
    if not words or is_capitalised(words[-1]):
        return None
    opener = words[0].casefold()
    possessive = opener in _POSSESSIVE_PRONOUNS or strip_possessive(opener) != opener
    if opener not in patterns.determiners and not possessive:
        return None
    if text[subject.end : subject.end + 1] != ",":
        return None
    start = NEXT_WORD_START.match(text, subject.end + 1, stop)
    name_start = subject.end + 1 if start is None else start.end()
    name_end = name_start + len(text[name_start:stop].rstrip().rstrip(",").rstrip())
    run = patterns.name_run.match(text, name_start, name_end)
    if run is None or run.end() != name_end or " " not in run.group():
        return None
    if run.group().split()[0].casefold() in patterns.not_names:
        return None
    mention_start, mention_end, _ = split_title(text, name_start, name_end, patterns.titles)
    return Mention(mention_start, mention_end, " ".join(words))
