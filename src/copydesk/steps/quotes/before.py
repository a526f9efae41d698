"""Cues before a quote: right before the opening mark (``Austin said: "…"``, ``according to
the Pentagon, "…"``, ``Trump: "…"``, ``Said Dorothy Poynter, who grew up with Ali, "…"``), or
in the short sentence before it (``Dianne Bystrom agreed. "…"``)."""

from __future__ import annotations

import regex

from copydesk.reading.titles import split_title
from copydesk.steps.quotes.after import WINDOW, inverted_speaker
from copydesk.steps.quotes.crowds import crowd_before
from copydesk.steps.quotes.cues import Patterns, Verb, cue, is_participle, strip_adverbs
from copydesk.steps.quotes.fragments import (
    possessor,
    quotation_noun_subject,
    quoting_verb_subject,
)
from copydesk.steps.quotes.marks import Pair
from copydesk.steps.quotes.passive import passive_agent
from copydesk.steps.quotes.phrases import (
    AFTER,
    BEFORE,
    INTRODUCING,
    MAX_SPEAKER_WORDS,
    Attribution,
    Mention,
    attribution,
    looks_like_name,
    speaker_phrase,
)
from copydesk.steps.quotes.subjects import (
    CLAUSE_BREAK,
    colon_subject,
    name_in_apposition,
    opening_subject,
    sentence_subject,
    source_lead,
    with_organisation,
)
from copydesk.steps.quotes.words import (
    FIRST_WORD,
    NON_SPACE,
    WORD,
    has_double_mark,
    is_capitalised,
    last_sentence_start,
    trim,
    visible_end,
    word_count,
)

# A colon after a whole clause introduces speech only when what follows reads as speech.
_MIN_SPEECH_WORDS = 3
# The quoted object of a position verb is someone's words when it has this many words.
_MIN_POSITION_WORDS = 3
# A sentence of just a speaker and a verb ("Dianne Bystrom agreed.") is short.
_SHORT_SENTENCE = 120
# How far back the subject that opens a sentence is read, past an apposition.
_OPENING_REACH = 2 * WINDOW
_COLON_CLAUSE_BREAK = regex.compile(r"[,;(]|\s(?:--|[-—–―])\s")
# Where a subject may start after the clause start: after a comma or one of these words.
_SUBJECT_AFTER = frozenset(
    {"and", "but", "when", "while", "as", "where", "because", "since", "after", "before"}
    | {"then", "so", "though", "although", "once", "that"}
)

# Words that open a subordinate clause before the main one ("When Lee was asked, he said").
_SUBORDINATE = frozenset({"when", "while", "as", "after", "before", "because", "since", "once"})
# Words that join a participle to the sentence whose subject says it ("while adding,").
_PARTICIPLE_JOINS = (" while", " before", " after", " when", " by")
# A reported clause that another one follows: the quote after it may be someone else's.
_OTHER_CLAUSE = frozenset({"but", "while", "whereas", "although", "though", "however"})
# A relative clause after a name, whose verb may report the name's speech.
_RELATIVE = ", who "
# Between a subject and its verb, at most this many auxiliaries and adverbs ("has also").
_MAX_AUXILIARIES = 2


def attribution_before(
    text: str,
    pair: Pair,
    floor: int,
    patterns: Patterns,
    *,
    previous_sentence: bool = True,
    paragraph_start: int | None = None,
) -> Attribution | None:
    """An attribution right before the opening mark: ``X said: "…"``, ``according to X, "…"``.

    *paragraph_start* lets a verb whose subject opens the sentence, before an apposition or
    an earlier quote, find it (``Mitt Romney, the 2012 nominee, tweeted: "…"``).
    """
    window_start = last_sentence_start(
        patterns.abbreviations, text, max(floor, pair.start - WINDOW), pair.start
    )
    end = visible_end(text, window_start, pair.start)
    if end <= window_start:
        return (
            _previous_sentence(text, floor, window_start, patterns) if previous_sentence else None
        )
    verb = None
    if text[end - 1] in ",:" or _may_end_cue(text, window_start, end, patterns):
        verb = patterns.verb_ending(text, window_start, end)
    crowd = None if verb is None else crowd_before(text, window_start, verb, patterns)
    if crowd is not None:
        return crowd  # "about 200 protesters gathered outside, chanting "…"": the crowd's
    if verb is not None and (verb.punct or is_participle(verb)):
        # "Melanne Verveer, a close friend of …, said, "…"": the name that opens the
        # sentence before an apposition, ahead of any phrase inside it; "Carson shared a
        # syllabus, writing "…"": the subject of the sentence.
        start = floor if paragraph_start is None else paragraph_start
        found = _opening_subject(text, verb, start, patterns)
        if found is not None:
            return found
    found = _attribution_before(text, pair, window_start, end, patterns, verb)
    if found is not None or text[end - 1] in ".!?":
        return found
    # The quote inside a sentence whose subject speaks it: read from the sentence's start,
    # which may lie before the window ("With leaders worried about …, Obama is rolling out a
    # new message: "…"").
    sentence_start = window_start
    if window_start == max(floor, pair.start - WINDOW) and window_start > floor:
        reach = max(floor, pair.start - _OPENING_REACH)
        sentence_start = last_sentence_start(patterns.abbreviations, text, reach, pair.start)
    # "X was asked by host Y, "…"", "Lind says the mayor has "…"", "Lee has used the phrase
    # "…"", "Romney's "…" comment".
    found = (
        passive_agent(text, sentence_start, end, patterns)
        or _reporting_subject(text, sentence_start, end, patterns)
        or _relative_reporter(text, sentence_start, end, patterns)
        or quotation_noun_subject(text, sentence_start, end, patterns)
        or quoting_verb_subject(text, sentence_start, end, patterns)
        or possessor(text, pair, window_start, patterns)
    )
    if (
        found is not None
        and found.cue.casefold() in patterns.position_verbs
        and word_count(text[pair.text_start : pair.text_end]) < _MIN_POSITION_WORDS
    ):
        return None  # "Unicode supports "surrogate pairs"": a term, not someone's words
    return found


def _reporting_subject(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``Spokeswoman Maria Lind says the mayor has "…"``: a quote inside the sentence
    whose subject opens it with a speech verb speaks for that subject."""
    if has_double_mark(text, start, end):
        return None  # an earlier quote in the sentence has its own attribution
    subject = opening_subject(text, start, end, patterns)
    if subject is None or text[subject.end : subject.end + 1] in ("’", "'"):
        return None
    if text[subject.start : subject.end].casefold() in patterns.pronouns:
        return None  # "He said that …": too often not the last person named
    subject = with_organisation(text, subject, end, patterns)
    verb = None
    for position in _verb_positions(text, subject.end, end):
        verb = _reporting_verb(text, position, end, patterns)
        if verb is not None:
            break
    if verb is None:
        return None
    printed, verb_end = verb
    if ";" in text[verb_end:end] or _other_clause(text, verb_end, end, patterns):
        return None  # "Lind insisted … while the auditors found it "…"": another clause
    subject = name_in_apposition(text, subject, position, patterns) or subject
    # The quote inside the clause after the verb is a fragment unless it reads as speech.
    return attribution(printed, subject, after=False, fragment=True)


def _relative_reporter(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``backed by Ann Lee, who told reporters that "…"``: a relative clause reports the
    speech of the name before it (the mention ``who``, resolved to that name)."""
    comma = text.rfind(_RELATIVE, start, end)
    if comma < 0 or has_double_mark(text, comma, end):
        return None
    who = comma + 2
    verb = _reporting_verb(text, who + 3, end, patterns)
    if verb is None:
        return None
    printed, verb_end = verb
    if ";" in text[verb_end:end] or _other_clause(text, verb_end, end, patterns):
        return None  # "…, who said …, while the auditors found it "…"": another clause
    fragment = printed.casefold() in patterns.quoting_verbs
    return Attribution(printed, who, who + 3, None, False, fragment)


def _verb_positions(text: str, position: int, end: int) -> list[int]:
    """Where the verb after a subject ending at *position* may stand: right after it, or
    after an apposition set off by commas (``Jeb Bush, the former governor, who has …,
    called``: after each of the next three commas)."""
    if text[position : position + 1] != ",":
        return [position]
    positions = []
    comma = position
    for _ in range(3):
        comma = text.find(",", comma + 1, end)
        if comma < 0:
            break
        positions.append(comma + 1)
    return positions


def _other_clause(text: str, start: int, end: int, patterns: Patterns) -> bool:
    """Whether ``text[start:end]`` opens another clause: a conjunction, or a speech verb
    that is no noun after an article (``the reports`` is one)."""
    previous = ""
    for word in WORD.finditer(text, start, end):
        folded = word.group().casefold()
        if folded in _OTHER_CLAUSE:
            return True
        if folded in patterns.quoting_participles and not _after_comma(
            text, start, word.start(), patterns
        ):
            return True  # "…, with Lee calling the move "…"": a participle with its own subject
        if (
            folded in patterns.verb_words
            and previous not in patterns.determiners
            and patterns.verb_at(text, word.start(), end, with_object=False) is not None
        ):
            return True
        previous = folded
    return False


def _after_comma(text: str, start: int, position: int, patterns: Patterns) -> bool:
    """Whether a comma stands before *position*, perhaps with adverbs between (``, privately
    calling``): a participle there shares the sentence's subject."""
    return text[start : strip_adverbs(text, start, position, patterns)].rstrip().endswith(",")


def reported_speech(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``Lee said the plan would fail.``: the last sentence of ``text[start:end]`` (a
    paragraph before a quote) reports its subject's speech; the subject and verb as the
    quote's cue."""
    end = visible_end(text, start, end)
    if end <= start or text[end - 1] not in ".!":
        return None
    sentence_start = last_sentence_start(
        patterns.abbreviations, text, max(start, end - WINDOW), end - 1
    )
    subject = opening_subject(text, sentence_start, end, patterns)
    if subject is None or text[subject.end : subject.end + 1] in (",", "’", "'"):
        return None
    verb = _reporting_verb(text, subject.end, end, patterns)
    if verb is None or verb[0].casefold() in patterns.quoting_verbs:
        return None
    return attribution(verb[0], subject, after=False)


def _reporting_verb(text: str, start: int, end: int, patterns: Patterns) -> tuple[str, int] | None:
    """The verb right after a subject ending at *start*, perhaps after an auxiliary or an
    adverb (``has denied``, ``later called``): a speech verb, or a verb whose quoted object
    is the subject's words (``called the plan "…"``). Its cue as printed and its end."""
    for count, word in enumerate(WORD.finditer(text, start, end)):
        if count > _MAX_AUXILIARIES:
            return None
        verb = patterns.verb_at(text, word.start(), end, with_object=False)
        if verb is not None:
            if is_participle(verb) or not text[verb.end : verb.end + 1].isspace():
                return None
            return verb.verb, verb.end
        if word.group().casefold() in patterns.quoting_verbs:
            return (word.group(), word.end()) if text[word.end() : word.end() + 1] == " " else None
        # "Mr. Hull has denied": an auxiliary or an adverb may stand before the verb.
        if patterns.adverbs.fullmatch(text, start, word.end()) is None:
            return None
    return None


def _attribution_before(
    text: str, pair: Pair, window_start: int, end: int, patterns: Patterns, verb: Verb | None
) -> Attribution | None:
    """The attribution in the sentence before the mark (``window_start`` to ``end``), with
    the verb that ends it (if any)."""
    if text[end - 1] in ",:":
        inverted = _inverted_lead(text, window_start, end - 1, patterns)
        if inverted is not None:
            return inverted
    source = None
    window = text[window_start:end].casefold()
    if any(word in window for word in patterns.source_cue_words):
        source = patterns.source_cue_at_end.search(text, window_start, end)
    if source is not None:
        # "according to the fire service": the cue makes any noun phrase the source.
        mention = speaker_phrase(text, source.start("np"), source.end("np"), patterns, INTRODUCING)
        if mention is not None:
            return attribution(" ".join(source.group("verb").split()), mention, after=False)
    if verb is not None:
        found = _subject_before(text, window_start, verb, patterns)
        if found is not None or verb.punct == ",":
            return found
    if text[end - 1] == ":":
        found = _colon_speaker(text, window_start, end - 1, patterns)
        speech = word_count(text[pair.text_start : pair.text_end]) >= _MIN_SPEECH_WORDS
        if found is None and speech:
            found = colon_subject(text, window_start, end - 1, patterns)
        return found or source_lead(text, window_start, end - 1, patterns)
    return None


def _may_end_cue(text: str, start: int, end: int, patterns: Patterns) -> bool:
    """Whether the last word before an opening mark can end a cue (``says``, ``on Facebook``)."""
    words = WORD.findall(text, max(start, end - 30), end)
    if not words:
        return False
    last = words[-1]
    folded = last.casefold()
    return last[0].isupper() or folded in patterns.verb_words or folded in patterns.cue_last_words


def _previous_sentence(text: str, floor: int, stop: int, patterns: Patterns) -> Attribution | None:
    """``Dianne Bystrom agreed. "…"``: a sentence of just a speaker and a verb."""
    period = visible_end(text, floor, stop)
    if period <= floor or text[period - 1] != ".":
        return None
    start = last_sentence_start(
        patterns.abbreviations, text, max(floor, period - _SHORT_SENTENCE), period - 1
    )
    verb = patterns.verb_ending(text, start, period - 1)
    if verb is None or verb.punct or is_participle(verb):
        return None
    mention = speaker_phrase(
        text, start, strip_adverbs(text, start, verb.start, patterns), patterns, AFTER
    )
    if mention is None:
        return None
    return attribution(cue(verb), mention, after=False)


def _inverted_lead(text: str, start: int, end: int, patterns: Patterns) -> Attribution | None:
    """``Said Dorothy Poynter, who grew up with Ali, "…"``: the verb opens the sentence."""
    first = FIRST_WORD.match(text, start, end)
    if first is None or not is_capitalised(first.group(1)):
        return None
    verb = patterns.verb_at(text, first.start(1), end)
    if verb is None or is_participle(verb):
        return None
    mention = inverted_speaker(text, verb.end, end, patterns)
    if mention is None:
        return None
    return attribution(cue(verb), mention, after=False)


def _subject_before(
    text: str, window_start: int, verb: Verb, patterns: Patterns
) -> Attribution | None:
    """The subject of a verb that introduces a quote: ``Mike Lee, who declared, "…"``."""
    if is_participle(verb) and not text[window_start : verb.start].strip(" \n\"”’'"):
        return _previous_subject(text, window_start, verb, patterns)  # "… good." Adding, "…"
    if is_participle(verb) or _after_conjunction(text, window_start, verb.start):
        return _clause_subject(text, window_start, verb, patterns) or sentence_subject(
            text, window_start, verb, patterns
        )
    breaks = [window_start]  # where each clause starts, and where each break begins
    for match in CLAUSE_BREAK.finditer(text[window_start : verb.start]):
        breaks += [window_start + match.start(), window_start + match.end()]
    clause_start, verb_start = breaks[-1], verb.start
    if len(breaks) >= 5 and not text[clause_start:verb_start].strip():
        # "John Dickey, the chief of Ora -- the company that owns it -- told me": an aside
        # set off by dashes between the subject and its verb.
        clause_start, verb_start = breaks[-5], breaks[-4]
    subject_end = strip_adverbs(text, clause_start, verb_start, patterns)
    subject_start, subject_end = trim(text, clause_start, subject_end)
    if text[subject_start:subject_end].endswith(")"):
        # "Rep. John Mica (R-Fla.) said": the party and state are not the name.
        opening = text.rfind("(", subject_start, subject_end)
        subject_end = trim(text, subject_start, max(subject_start, opening))[1]
    words = list(NON_SPACE.finditer(text[subject_start:subject_end]))
    if not words:
        # "…," asked Smith? Not before a quote; but "Said Smith: …" has its subject after.
        return None
    last = words[-1].group().casefold()
    if last in ("that", "which"):
        # "Kukura placed a sign that read, "…"": the person who put it up, when the sentence
        # opens with a name; "A sign that read, "…"" has no speaker.
        return _maker(text, window_start, verb, patterns)
    if last in patterns.pronouns:
        begin = subject_start + words[-1].start()
        return Attribution(cue(verb), begin, begin + len(words[-1].group()), None, False)
    # Take the longest suffix of the clause that reads as a speaker phrase; right before the
    # mark (``the executive says, "…"``) any noun may head it.
    rules = INTRODUCING if verb.punct else BEFORE
    for first in range(max(0, len(words) - MAX_SPEAKER_WORDS), len(words)):
        begin = subject_start + words[first].start()
        previous = words[first - 1].group() if first else ""
        if _inside_name(patterns, previous, words[first].group()):
            continue
        mention = speaker_phrase(text, begin, subject_end, patterns, rules)
        if mention is not None and _clause_boundary(text, subject_start, begin):
            return attribution(cue(verb), mention, after=False)
    return _subject_before_aside(text, subject_start, subject_end, verb, patterns)


def _clause_subject(text: str, start: int, verb: Verb, patterns: Patterns) -> Attribution | None:
    """``When Mook was asked …, he laughed and said, "…"``: in a sentence that opens with a
    subordinate clause, the subject that opens the last clause (after a comma) of verbs
    joined by ``and`` (``Lee noted …, markets fell and added`` keeps the sentence's)."""
    first = FIRST_WORD.match(text, start, verb.start)
    if is_participle(verb) or first is None or first.group(1).casefold() not in _SUBORDINATE:
        return None
    comma = text.rfind(",", start, verb.start)
    if comma < 0:
        return None  # (the clause is the sentence)
    clause_start = trim(text, comma + 1, verb.start)[0]
    subject = opening_subject(text, clause_start, verb.start, patterns)
    if subject is None or (subject.start != clause_start and subject.title is None):
        return None  # (only a subject that opens the clause)
    return attribution(cue(verb), subject, after=False)


def _previous_subject(text: str, start: int, verb: Verb, patterns: Patterns) -> Attribution | None:
    """``Maher said the report "wasn't good." Adding, "…"``: a participle opening its
    sentence goes on with the subject of the sentence before, in the same paragraph."""
    end = visible_end(text, max(0, start - WINDOW), start)
    while end > 0 and text[end - 1] in "\"”'’":
        end -= 1  # (the closing mark of a quote ending the sentence before)
    if end <= 0 or text[end - 1] != ".":
        return None
    # (Within the paragraph: from its last line break.)
    floor = text.rfind("\n", max(0, end - WINDOW), end) + 1 or max(0, end - WINDOW)
    previous = last_sentence_start(patterns.abbreviations, text, floor, end - 1)
    subject = opening_subject(text, previous, end, patterns)
    if subject is None:
        return None
    return attribution(cue(verb), subject, after=False)


def _maker(text: str, start: int, verb: Verb, patterns: Patterns) -> Attribution | None:
    """The name that opens the sentence of ``… a video that said, "…"``: whoever made it."""
    subject = opening_subject(text, start, verb.start, patterns)
    if subject is None or not is_capitalised(text[subject.start : subject.end]):
        return None
    if text[subject.start : subject.end].split()[0].casefold() in patterns.determiners:
        return None
    return attribution(cue(verb), subject, after=False, fragment=True)


def _subject_before_aside(
    text: str, start: int, end: int, verb: Verb, patterns: Patterns
) -> Attribution | None:
    """``Margaret Sullivan, in an attempt to …, wrote, "…"``: a name, an aside, the verb."""
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    aside = text[comma + 1 : end].split()
    if not aside or aside[0].casefold() not in patterns.aside_openers:
        return None
    if not looks_like_name(patterns, text[start:comma]):
        return None
    mention = speaker_phrase(text, start, comma, patterns)
    if mention is None:
        return None
    return attribution(cue(verb), mention, after=False)


def _after_conjunction(text: str, start: int, verb_start: int) -> bool:
    """``He adopted a fake accent and joked, "…"``: the verb shares the sentence's subject."""
    before = text[start:verb_start].split()
    return len(before) >= 3 and before[-1] in ("and", "then", "but")


def _inside_name(patterns: Patterns, previous: str, word: str) -> bool:
    """Whether *word* continues a name begun by *previous* (``Lloyd`` ``Austin``)."""
    return (
        bool(previous)
        and not previous.endswith(",")
        and is_capitalised(word)
        and is_capitalised(previous)
        and previous.casefold() not in patterns.not_names
    )


def _clause_boundary(text: str, clause_start: int, begin: int) -> bool:
    """Whether a subject may start at *begin*: the clause start or after a comma/conjunction."""
    before = text[clause_start:begin].rstrip()
    if not before:
        return True
    return before.endswith(",") or before.split()[-1].casefold() in _SUBJECT_AFTER


def _colon_speaker(
    text: str, window_start: int, colon: int, patterns: Patterns
) -> Attribution | None:
    """A named speaker, then a colon: ``Philip Bump: "…"``."""
    clause_start = window_start
    for match in _COLON_CLAUSE_BREAK.finditer(text[window_start:colon]):
        clause_start = window_start + match.end()
    start, end = trim(text, clause_start, colon)
    name = text[start:end]
    if not name or not looks_like_name(patterns, name) or word_count(name) > 6:
        return None
    if not all(is_capitalised(word) or word in ("of", "the") for word in name.split()):
        return None
    mention_start, mention_end, title = split_title(text, start, end, patterns.titles)
    return Attribution(":", mention_start, mention_end, title, False)


def _opening_subject(
    text: str, verb: Verb, paragraph_start: int, patterns: Patterns
) -> Attribution | None:
    """``Mitt Romney, the 2012 nominee, tweeted in response: "…"``, ``Perry, who wore a cape
    with the words "…", shouted, "…"``: a verb right before the mark, and the subject that
    opens the sentence, set off by a comma (an apposition or a relative clause between)."""
    reach = max(paragraph_start, verb.start - _OPENING_REACH)
    before = text[max(reach, verb.start - 8) : verb.start]
    infinitive = before.rstrip().endswith(" to")  # "went on to say,"
    # "Gore insisted it was "premature" … while adding on climate change, "…"".
    joined = is_participle(verb) and before.rstrip().endswith(_PARTICIPLE_JOINS)
    if not infinitive and not joined and not _ends_with_comma(before):
        return None
    # (Only now, with a verb set off by a comma, is the sentence's start read.)
    sentence_start = last_sentence_start(patterns.abbreviations, text, reach, verb.start)
    if is_participle(verb) or infinitive:
        # "Ryan and Trump will meet, Spicer said, adding, "…"": the subject of the verb
        # just before; "Trump told Newsmax that Romney "…," adding, "…"": the sentence's.
        subject = _reporting_clause(text, sentence_start, verb.start, patterns)
        if subject is None:
            subject = opening_subject(text, sentence_start, verb.start, patterns)
    else:
        subject = _name_before_comma(text, sentence_start, verb.start, patterns)
    if subject is None:
        return None
    return attribution(cue(verb), subject, after=False)


def _name_before_comma(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """The subject opening ``text[start:stop]``, set off by a comma: ``Perry, who …,``."""
    first = FIRST_WORD.match(text, start, stop)
    if first is not None and first.group(1).casefold() in _SUBJECT_AFTER:
        start = first.end()  # "And Perry, who …"
    subject = opening_subject(text, start, stop, patterns)
    if subject is None or text[subject.end : subject.end + 1] != ",":
        run = patterns.name_run.match(text, trim(text, start, stop)[0], stop)
        if run is None or text[run.end() : run.end() + 1] != ",":
            return None
        if run.group().split()[0].casefold() in patterns.not_names:
            return None
        subject = speaker_phrase(text, run.start(), run.end(), patterns)
        if subject is None:
            return None
    if subject.title is None:
        # "Neighbour Kofi Mensah": a speaker noun before the name is its title.
        subject = speaker_phrase(text, subject.start, subject.end, patterns) or subject
    # "Nelson Reyes, a former aide to the senator, said": the apposition is the title (an
    # age, "Kofi Mensah, 52, said", is none).
    aside = " ".join(text[subject.end + 1 : stop].split()).rstrip(",")
    if aside and not aside.isdigit() and subject.title is None and _is_apposition(aside, patterns):
        named = name_in_apposition(text, subject, stop, patterns)  # "The secretary, Jo Roe,"
        subject = named or Mention(subject.start, subject.end, aside)
    return subject


def _is_apposition(aside: str, patterns: Patterns) -> bool:
    """Whether the words between a subject and its verb describe it (``a former aide to
    the senator``), not a clause (``who …``, ``noting that …``) or a quote."""
    first = aside.split()[0].casefold()
    return (
        word_count(aside) <= MAX_SPEAKER_WORDS
        and first not in patterns.clause_openers
        and first not in ("who", "whom", "whose", "which")
        and not first.endswith("ing")
        and not any(mark in aside for mark in '"“”‘’')
    )


def _ends_with_comma(text: str) -> bool:
    """Whether *text* ends with a comma, perhaps inside a closing mark (``"I'm with her,"``)."""
    text = text.rstrip()
    return text.endswith(",") or (text[-1:] in "\"”’'" and text[:-1].endswith(","))


def _reporting_clause(text: str, start: int, stop: int, patterns: Patterns) -> Mention | None:
    """The speaker of a reporting clause that ends right before a participle: ``…, Spicer
    said, adding``, ``“…,” Garner wrote, adding``."""
    end = visible_end(text, start, stop)
    if end <= start or text[end - 1] != ",":
        return None
    verb = patterns.verb_ending(text, start, end - 1)
    if verb is None or is_participle(verb):
        return None
    clause_start = max(text.rfind(",", start, verb.start), text.rfind("”", start, verb.start))
    clause_start = max(clause_start + 1, start)
    return speaker_phrase(
        text, clause_start, strip_adverbs(text, clause_start, verb.start, patterns), patterns
    )
