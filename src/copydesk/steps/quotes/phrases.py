"""Speaker phrases: the noun phrase beside a speech verb, read into the mention (the name as
printed) and the title printed with it.

Handles a pronoun, a name with titles before it, an appositive on either side
(``X, the director of Y`` / ``her adviser, Jake Sullivan``) and a common-noun source
(``the Pentagon``, ``a spokeswoman for the campaign``).
"""

from __future__ import annotations

import attrs
import regex

from copydesk.reading.titles import split_title
from copydesk.steps.quotes.cues import CUT_RELATIVE_SOURCE, Patterns
from copydesk.steps.quotes.words import is_capitalised, trim, word_count

#: A speaker phrase has at most this many words (an apposition may have three times more).
MAX_SPEAKER_WORDS = 14
# "undecided Republican voter Stephanie Hooton": a short description, then a name.
_MAX_DESCRIBED_NAME = 8

_BLANK_LINE = regex.compile(r"\n *\n")
_AGE = regex.compile(r"^\d{1,3}(?:,\s*|$)")
# "Jason Gilbert of Cheyenne": a full name, then where the person is from.
_NAME_OF_PLACE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+)\s+(?P<place>(?:of|from)\s+\S.*)"
)
#: A hyphenated descriptor printed before a name like a title: ``Mum-of-three Kerry Holt``,
#: ``father-of-two``, ``grandmother-of-five``.
COMPOUND_DESCRIPTOR = regex.compile(r"\p{L}+(?:-\p{L}+)*-of-\p{Ll}+")
_QUOTE_CHARS = regex.compile(r"[\"“”„«»!?]")
# The white space that ends where a match stops (read backwards: it always matches).
_SPACE_BEFORE = regex.compile(r"\s*", regex.REVERSE)
#: Where a speaker phrase stops: a relative clause, a parenthesis, a spaced dash ...
CUT_RELATIVE = regex.compile(CUT_RELATIVE_SOURCE)
# ... and, after the verb or the closing mark, a subordinate clause ("said Sanders as he left").
_CUT_SUBORDINATE = regex.compile(
    r"\s(?:(?<!known\s)as|when|while|after|before|because|since|until|during|amid|following)\s"
)


@attrs.frozen
class Rules:
    """How freely a speaker phrase is read, by where it stands."""

    any_head: bool
    """Accept any noun as the head (``"…," the moderator said``), not only known ones."""
    cut_subordinate: bool
    """Stop the phrase at ``as``, ``when`` … (safe once the verb is behind us)."""
    described: bool
    """Accept a lower-case description before a name (``said undecided voter Jo Kent``)."""


#: Before a verb that introduces a quote: the phrase competes with the rest of the clause.
BEFORE = Rules(any_head=False, cut_subordinate=False, described=False)
#: Between a closing mark and its verb: the position makes the phrase the speaker.
AFTER = Rules(any_head=True, cut_subordinate=True, described=True)
#: After an inverted verb (``"…," said X``): the position makes the phrase the speaker
#: (``said the 46-year-old``).
INVERTED = Rules(any_head=True, cut_subordinate=True, described=True)
#: Before a verb that ends right at the opening mark (``the executive says, "…"``): the
#: phrase that opens the clause is the speaker, whatever its head.
INTRODUCING = Rules(any_head=True, cut_subordinate=False, described=True)


@attrs.define
class Mention:
    """A speaker phrase read from the text: the mention's span and the title beside it."""

    start: int
    end: int
    title: str | None


@attrs.define
class Attribution:
    """Who a quote's attribution names, before it is resolved into a speaker."""

    cue: str
    """The verb or phrase as printed."""
    mention_start: int
    mention_end: int
    title: str | None
    """A title or description printed with the mention."""
    after: bool
    """Whether the attribution follows the quote."""
    fragment: bool = False
    """Whether the quote is the object of the verb (``called the plan "…"``): the speaker's
    words, but a fragment of the sentence, so the quote stays partial."""


def attribution(cue: str, mention: Mention, *, after: bool, fragment: bool = False) -> Attribution:
    return Attribution(cue, mention.start, mention.end, mention.title, after, fragment)


def speaker_phrase(
    text: str, start: int, end: int, patterns: Patterns, rules: Rules = BEFORE
) -> Mention | None:
    """Read a speaker noun phrase occupying ``text[start:end]``, or ``None``.

    *rules* say how freely, by where the phrase stands.
    """
    start, end = trim(text, start, end)
    phrase = text[start:end]
    if phrase.casefold() in patterns.pronouns and len(phrase.split()) == 1 and "(" not in phrase:
        return Mention(start, end, None)  # ("he": every cut holds a space or a parenthesis)
    cut = cut_start(text, start, end, patterns)
    if cut >= 0:
        end = trim(text, start, cut)[1]
    if rules.cut_subordinate:
        subordinate = _CUT_SUBORDINATE.search(text, start, end)
        if subordinate is not None:
            end = trim(text, start, subordinate.start())[1]
    if start >= end:
        return None
    phrase = text[start:end]
    if phrase.casefold() in patterns.pronouns:
        return Mention(start, end, None)
    if ("\n" in phrase and _BLANK_LINE.search(phrase)) or _QUOTE_CHARS.search(phrase):
        return None  # (a single line break is a hard wrap: "Jane\nDoe said")
    if "," in phrase:
        return _appositive(text, start, end, patterns, rules)
    if word_count(phrase) > MAX_SPEAKER_WORDS or not _noun_phrase_words(patterns, phrase):
        return None
    if all(word.casefold() in patterns.title_modifiers for word in phrase.split()):
        return None  # "former" before "state health minister …": no head, no speaker
    first = phrase.split()[0]
    folded = first.casefold()
    if not (
        is_capitalised(first)
        or folded in patterns.determiners
        or folded in patterns.speaker_nouns
        or first.endswith(("’s", "'s"))
        or folded in patterns.title_modifiers
        or (rules.described and _described_name(patterns, phrase))
    ):
        return None
    if folded in patterns.clause_openers:
        return None  # a clause, never a speaker ("posited that for a …")
    if patterns.never_names(folded):
        return None
    if not rules.any_head and not _has_head(phrase, patterns):
        return None
    place = (
        _NAME_OF_PLACE.search(text, start, end) if " of " in phrase or " from " in phrase else None
    )
    if (
        place is not None
        and place.end() == end
        and is_capitalised(first)
        and folded not in patterns.determiners
        and not _title_ends_at(patterns, text, start, place.end("name"))
    ):
        # The name before "of Cheyenne" is the speaker; the place is said of them.
        end = place.end("name")
        mention_start, mention_end, title = split_title(text, start, end, patterns.titles)
        printed = " ".join(place.group("place").split())
        return Mention(mention_start, mention_end, f"{title}, {printed}" if title else printed)
    mention_start, mention_end, title = split_title(text, start, end, patterns.titles)
    if (
        title is None
        and mention_start == start
        and (folded in patterns.speaker_nouns or COMPOUND_DESCRIPTOR.fullmatch(first))
    ):
        # "Neighbour Kofi Mensah", "Mum-of-three Kerry Holt": a speaker noun or a
        # descriptor printed before a name is its title.
        rest = trim(text, start + len(first), end)[0]
        if rest < end and ends_in_name(patterns, text[rest:end]):
            return Mention(rest, end, first)
    if folded in patterns.determiners and (
        mention_start == start or not is_capitalised(text[mention_start:mention_end])
    ):
        # "the economist Jared Bernstein" keeps its name; "the Pentagon" stays whole.
        return Mention(start, end, None)
    return Mention(mention_start, mention_end, title)


def cut_start(text: str, start: int, end: int, patterns: Patterns) -> int:
    """Where the first match of :attr:`~copydesk.steps.quotes.cues.Patterns.speaker_cut` in
    ``text[start:end]`` starts (-1 if none), found in less time than by searching it.

    The pattern's parenthesis (``\\s*\\(``) may start at any character, so its search tries
    every alternative at every one; here the parenthesis is found with ``str.find`` and
    moved back over the white space before it, and the other cuts, which open with white
    space, are searched apart. The first to start is the search's match.

    >>> from copydesk import Lexicon
    >>> from copydesk.steps.quotes.cues import patterns
    >>> compiled = Lexicon.default().cached("quotes.patterns", patterns)
    >>> text = "Jo Roe  (R-Ohio), who"
    >>> cut_start(text, 0, len(text), compiled), cut_start(text, 0, 6, compiled)
    (6, -1)
    """
    spaced = patterns.speaker_cut_spaced
    if spaced is None:
        whole = patterns.speaker_cut.search(text, start, end)
        return -1 if whole is None else whole.start()
    found = spaced.search(text, start, end)
    first = -1 if found is None else found.start()
    parenthesis = text.find("(", start, end)
    if parenthesis < 0:
        return first
    # (The white space before it, as the pattern's \s reads it, opens that match.)
    run = _SPACE_BEFORE.match(text, start, parenthesis)
    opening = parenthesis if run is None else run.start()
    return opening if first < 0 else min(first, opening)


def _title_ends_at(patterns: Patterns, text: str, start: int, end: int) -> bool:
    """Whether a title ends ``text[start:end]`` (``Prime Minister`` before ``of Canada``: the
    ``of`` phrase belongs to the title; ``Mayor Jo Roe`` before ``of Rahway`` is a name)."""
    return any(span_end == end for _, span_end in patterns.titles.spans_in(text, start, end))


def _described_name(patterns: Patterns, phrase: str) -> bool:
    """``undecided Republican voter Stephanie Hooton``, ``psychologist Alvord``: a short
    description, then a name (no article inside, which would make it a verb and its object:
    ``features a …``)."""
    words = phrase.split()
    titled_surname = (
        len(words) >= 2
        and is_capitalised(words[-1])
        and words[-2].casefold() in patterns.title_nouns
    )
    return (
        len(words) <= _MAX_DESCRIBED_NAME
        and (ends_in_name(patterns, phrase) or titled_surname)
        and not any(word.casefold() in patterns.determiners for word in words[1:])
    )


def ends_in_name(patterns: Patterns, phrase: str) -> bool:
    """Whether *phrase* ends in two capitalised words, particles between them allowed
    (``harbour master Pieter van der Berg``)."""
    words = [word for word in phrase.split() if word not in patterns.particles]
    return len(words) >= 2 and is_capitalised(words[-1]) and is_capitalised(words[-2])


def _noun_phrase_words(patterns: Patterns, phrase: str) -> bool:
    """Whether no word of *phrase* shows it is a clause (``seemed to``, ``didn't``)."""
    previous, previous_capitalised = "", False
    words = phrase.split()
    for index, word in enumerate(words):
        folded = word.casefold().strip(",.")
        if folded == "to" and previous in patterns.takes_to:
            previous = folded
            continue  # "a former aide to President Bush"
        if folded in patterns.particles and previous_capitalised:
            previous = folded  # "Rio Grande do Sul", "Lula da Silva": inside a name
            continue
        if (folded in patterns.determiners and previous in ("", "of", "for")) or (
            len(word) > 1 and word.isupper()
        ):
            # "this source", "one of these candidates", "the US daily": a determiner
            # opening a phrase, an acronym.
            previous, previous_capitalised = folded, False
            continue
        if folded in patterns.not_in_speaker and _opens_name(words, index, patterns):
            previous, previous_capitalised = folded, True
            continue  # "Will Estrada", "May Lee": a given name spelt like a verb
        if folded in patterns.not_in_speaker or "n’t" in folded or "n't" in folded:
            return False
        if previous and word.islower() and folded in patterns.past_verbs:
            return False  # "Officials said that …": a clause, not a speaker
        if folded.endswith("ed") and word.islower() and previous_capitalised:
            return False  # "Jerry Brown criticized Bill Clinton": a name, then its verb
        # "A flabbergasted Noah": a capitalised article is no name before a verb.
        previous = folded
        previous_capitalised = is_capitalised(word) and folded not in patterns.determiners
    return True


def _opens_name(words: list[str], index: int, patterns: Patterns) -> bool:
    """Whether ``words[index]``, capitalised, opens a name with the capitalised surname
    after it (``Will Estrada``, not ``Will Republicans``' clause words)."""
    word = words[index]
    if index + 1 >= len(words) or not word[:1].isupper() or not word[1:].islower():
        return False
    following = words[index + 1].strip(",.")
    folded = following.casefold()
    return (
        following[:1].isupper()
        and not following.isupper()
        and folded not in patterns.not_in_speaker
        and folded not in patterns.not_names
        and folded not in patterns.speaker_nouns
    )


def _has_head(phrase: str, patterns: Patterns) -> bool:
    """Whether a phrase ends in something that can speak: a name or a speaker noun."""
    words = phrase.replace("’s", "").replace("'s", "").split()
    last = words[-1].strip(".,")
    if is_capitalised(last) or last.casefold() in patterns.speaker_nouns:
        return True
    # "a spokeswoman for the campaign": the head comes before the preposition.
    for index, word in enumerate(words[:-1]):
        if word in ("for", "of", "at", "from", "with") and index:
            head = words[index - 1].casefold()
            if head in patterns.speaker_nouns or is_capitalised(words[index - 1]):
                return True
    return False


def _appositive(
    text: str, start: int, end: int, patterns: Patterns, rules: Rules
) -> Mention | None:
    """``X, the director of Y`` or ``her senior adviser, Jake Sullivan``."""
    comma = text.index(",", start, end)
    head_start, head_end = trim(text, start, comma)
    tail_start, tail_end = trim(text, comma + 1, end)
    if head_start >= head_end or tail_start >= tail_end:
        return None
    head, tail = text[head_start:head_end], text[tail_start:tail_end]
    if head.casefold() in patterns.pronouns or word_count(tail) > 3 * MAX_SPEAKER_WORDS:
        return None
    if head in patterns.region_abbreviations and text[head_end : head_end + 1] == ".":
        # "N.J., Mayor Jo Roe" (after "In Woodbridge,"): the state ends a place; the speaker
        # follows it.
        return speaker_phrase(text, tail_start, tail_end, patterns, rules)
    if not rules.cut_subordinate:
        # "Contrasting her with Trump, Garin said", "In remarks at Robbins, Gellar, Rudman
        # & Dowd in San Diego, Hillary Clinton said": before a verb, a bare name after the
        # last comma is the subject; what comes before it is an opening phrase.
        last_start = trim(text, text.rindex(",", start, end) + 1, end)[0]
        last = text[last_start:tail_end]
        if (
            looks_like_name(patterns, last)
            and all(is_capitalised(word) for word in last.split())
            and (word_count(last) >= 2 or "," not in tail)
            and word_count(last) <= 3
            and not patterns.titles.spans_in(text, last_start, tail_end)
        ):
            return speaker_phrase(text, last_start, tail_end, patterns, rules)
    # "the economist Jared Bernstein, a former adviser": a described name, then more.
    head_words = head.split()
    described = (
        len(head_words) > 2
        and head_words[0].casefold() in patterns.determiners
        and head_words[1].islower()
        and ends_in_name(patterns, head)
    )
    if looks_like_name(patterns, head) or described:
        mention = speaker_phrase(text, head_start, head_end, patterns, rules)
        if mention is None:
            return None
        # "Kofi Mensah, 52, a retired teacher": the age is no title.
        title = _AGE.sub("", " ".join(tail.split()))
        if not title:
            return mention
        if mention.title:
            title = f"{mention.title}, {title}"
        return Mention(mention.start, mention.end, title)
    # "her senior policy adviser, Jake Sullivan", "Ryan’s spokeswoman, AshLee Strong":
    # a description, then the name.
    if is_capitalised(head.split()[-1]) or "," in tail or not looks_like_name(patterns, tail):
        return None
    mention = speaker_phrase(text, tail_start, tail_end, patterns, rules)
    if mention is None:
        return None
    return Mention(mention.start, mention.end, mention.title or " ".join(head.split()))


def looks_like_name(patterns: Patterns, phrase: str) -> bool:
    """Whether *phrase* reads as a name: up to six words, capitalised at both ends."""
    words = phrase.split()
    return (
        bool(words)
        and len(words) <= 6
        and is_capitalised(words[0])
        and is_capitalised(words[-1])
        and words[0].casefold() not in patterns.determiners
        and words[0].casefold() not in patterns.not_names
    )
