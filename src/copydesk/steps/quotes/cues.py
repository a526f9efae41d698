"""The speech verbs and cue words of the lexicon, compiled once per lexicon into
:class:`Patterns`: where a verb stands, what object and extension it takes (``told reporters``,
``said in a post on Telegram``), and the cue as printed."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from copydesk.lexicon import Lexicon
from copydesk.reading.name_runs import name_run
from copydesk.reading.titles import TitleTable
from copydesk.steps.quotes.words import NEXT_WORD, WORD

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
)
_TIME = (
    rf"(?:on\s+)?(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:in|on|last|this|early|late)\s+(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|(?:last|this|earlier\s+this|later\s+that|that)\s+(?:week|month|year|morning|afternoon|"
    r"evening|night|weekend|spring|summer|fall|autumn|winter)"
    r"|in\s+\d{4}|at\s+the\s+time|yesterday|today|tonight|earlier|later|recently|previously"
    r"|afterwards?|again|also|then|once|simply|flatly|repeatedly|quietly|bluntly|sarcastically"
)
_TRAILING_TIME = regex.compile(rf"(?:\s+(?:{_TIME}))+$")
_ADVERB_WORDS = (
    r"also|later|then|once|previously|recently|earlier|further|simply|just|again|"
    r"finally|quickly|flatly|reportedly|repeatedly|often|now|still|even|already|"
    r"has|have|had|would|will|could|"
    # the weekdays by name last: a surname may end in "day" too ("Ann Kaaday said")
    r"might|may|once|later|last\s+\w+|on\s+\p{Lu}\w+|" + _DAYS
)
_EXTENSION_STARTS = (
    "in|during|at|on|via|through|with|to|this|that|last|early|late|earlier|later|yesterday|"
    "today|tonight|recently|previously|afterwards?|again|also|then|once|simply|flatly|"
    "repeatedly|quietly|bluntly|sarcastically"
)
_PROPER = r"\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}.’'&-]*){0,4}"
# Verbs whose object belongs to the cue ("told reporters", "assured the council").
_OBJECT_VERBS = ("tell", "ask", "inform", "assure", "advise", "urge", "warn", "remind", "beg")
# A cue extension is short: the verb that ends a window stands within its last characters ...
_VERB_REACH = 100
# ... and the verb after a speaker phrase among its first words (even with an apposition).
_VERB_SEARCH_WORDS = 40
# Adverbs between a subject and its verb are read within this many characters of the verb.
_ADVERB_REACH = 80


# A relative clause and a spaced dash (or ``--``), each opening with white space.
_RELATIVE_CUT = r"\s(?:who|whom|whose|which|that)\s"
_DASH_CUT = r"\s(?:--|[-–—―])\s"
#: Where a speaker phrase stops: a relative clause, a parenthesis, a spaced dash (or ``--``).
CUT_RELATIVE_SOURCE = rf"{_RELATIVE_CUT}|\s*\(|{_DASH_CUT}"
# The same cuts but the parenthesis: each opens with white space, which a search skips to
# (``\s*\(`` may start anywhere, so the whole alternation is tried at every character).
_SPACED_CUT_SOURCE = rf"{_RELATIVE_CUT}|{_DASH_CUT}"


def _alternation(phrases: list[str], *, flexible_space: bool = True) -> str:
    escaped = [regex.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True)]
    if flexible_space:
        escaped = [phrase.replace(r"\ ", r"\s+") for phrase in escaped]
    return "|".join(escaped)


def _cue_extension(lexicon: Lexicon) -> str:
    channels = _alternation(list(lexicon.cue_channels))
    platforms = _alternation(list(lexicon.cue_platforms))
    channel = (
        r"(?:in|during|at|on|via|through|with|to)\s+"
        r"(?:(?:a|an|the|his|her|their|its|one|this|that|a\s+series\s+of)\s+)?"
        rf"(?:[\p{{L}}\p{{N}},’'-]+\s+){{0,3}}?(?:{channels})s?\b"
        r"(?:\s+(?:of|to|with|on|for|posted\s+on|from)\s+"
        rf"(?:(?:{platforms})\b|(?:(?:the|his|her|their|its)\s+)?[\p{{L}}’'-]+\b(?:\s+{_PROPER})?))?"
    )
    platform = rf"on\s+(?:{platforms})\b"
    audiences = _alternation(list(lexicon.cue_audiences))
    audience = rf"to\s+(?:{audiences})\b"
    place = r"in\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?(?=[\s,:;.])"
    # Every extension starts with one of these words: a cheap look-ahead spares the engine
    # the alternatives below at every other word.
    guard = rf"(?=(?:{_EXTENSION_STARTS}|{_DAYS})\b)"
    return rf"(?:\s+{guard}(?:{channel}|{platform}|{audience}|{place}|this|(?:{_TIME})\b))*"


def _verb_forms(lexicon: Lexicon) -> list[str]:
    return [form.replace("_", " ") for entry in lexicon.speech_verbs for form in entry.split()]


def _tell_forms(lexicon: Lexicon) -> list[str]:
    return [
        form.replace("_", " ")
        for entry in lexicon.speech_verbs
        if entry.split()[0] in _OBJECT_VERBS
        for form in entry.split()
    ]


# Not frozen: a frozen class sets each field through object.__setattr__, and the step makes
# one of these for every speech verb it reads (nothing changes one: attrs.evolve copies).
@attrs.define
class Verb:
    """A speech verb found in the text, with its cue extension."""

    start: int
    end: int
    """Just after the extension."""
    verb: str
    """The verb as printed, with its object for ``tell``-like verbs (``told reporters``)."""
    extension: str
    """Channel, platform, place and time words after it (``in a post on Telegram``)."""
    punct: str = ""
    """A comma or colon after it, when it introduces a quote."""


@attrs.frozen
class Patterns:
    """The word sets and regexes the step compiles from one lexicon."""

    single_verbs: frozenset[str]
    """One-word verb forms, lower case."""
    verb_phrases: frozenset[str]
    """Two-word verb forms (``went on``, ``pointed out``), lower case."""
    object_verbs: frozenset[str]
    """Forms of verbs whose object belongs to the cue (``told reporters``)."""
    verb_object: regex.Pattern[str]
    """The object of such a verb: an audience or a capitalised name."""
    extension: regex.Pattern[str]
    """A cue extension: channel, platform, audience, place and time words."""
    source_cue_at_start: regex.Pattern[str]
    """``according to`` right after a closing mark."""
    source_cue_at_end: regex.Pattern[str]
    """``according to NP`` at the end of a window."""
    titles: TitleTable
    """The lexicon's titles, to strip from a name."""
    speaker_nouns: frozenset[str]
    title_nouns: frozenset[str]
    """The speaker nouns and the one-word lower-case titles (``psychologist``), casefolded:
    the words that may describe a surname after them (``psychologist Alvord``)."""
    pronouns: frozenset[str]
    source_cue_words: tuple[str, ...]
    """The source cues in lower case, to skip the ``according to`` search cheaply."""
    verb_words: frozenset[str]
    """The first word of every verb form, lower case: where a verb can start."""
    cue_last_words: frozenset[str]
    """Words a cue extension can end with (``statement``, ``reporters``, ``Thursday``)."""
    # The lexicon's speaker words as sets (see copydesk.lexicon.titles), lower case:
    determiners: frozenset[str]
    not_names: frozenset[str]
    """Capitalised at the start of a sentence, never the start of a name."""
    not_in_speaker: frozenset[str]
    title_modifiers: frozenset[str]
    clause_openers: frozenset[str]
    takes_to: frozenset[str]
    aside_openers: frozenset[str]
    adverbial_followers: frozenset[str]
    title_small_words: frozenset[str]
    abbreviations: frozenset[str]
    """Abbreviations whose period ends no sentence (``gov``)."""
    name_run: regex.Pattern[str]
    """A run of capitalised name words (see :func:`copydesk.reading.name_runs.name_run`)."""
    adverbs: regex.Pattern[str]
    """Adverbs and time words that end a subject before its verb (``jokingly``)."""
    agency: Callable[[str], str | None]
    """The lexicon's agency lookup (``Reuters`` -> ``REUTERS``): an agency credits a story."""
    sign_off_verbs: frozenset[str]
    """Words after the name of a sign-off line (``tweeting``), lower case."""
    past_verbs: frozenset[str]
    """Past and present forms of the speech verbs (``said``, ``says``, ``wrote``): never
    inside a speaker phrase."""
    aside: regex.Pattern[str]
    """A short aside between a speech verb and the comma or colon before a quote."""
    quantifiers: frozenset[str]
    """Determiners that can speak on their own (``both said``)."""
    particles: frozenset[str]
    """Lower-case words inside a name or a place (``da``, ``do``, ``von``)."""
    speaker_cut: regex.Pattern[str]
    """Where a speaker phrase ends: a relative clause, a parenthesis, a spaced dash
    (:data:`CUT_RELATIVE_SOURCE`), or a word that ends a described speaker (``another
    source| speaking to Fox News``)."""
    place_heads: frozenset[str]
    """Last words of a place's name (``street``), lower case."""
    place_leads: frozenset[str]
    """Prepositions that make the name after them a place (``on``)."""
    feminine_words: frozenset[str]
    masculine_words: frozenset[str]
    quoting_verbs: frozenset[str]
    """Forms of the verbs whose quoted object is the subject's words (``called``), lower
    case."""
    given_names: frozenset[str]
    """Given names of either gender (the lexicon's byline table), lower case."""
    feminine_given_names: frozenset[str]
    masculine_given_names: frozenset[str]
    quotation_nouns: frozenset[str]
    """Nouns that stand for someone's words (``phrase``, ``comment``), lower case."""
    auxiliaries: regex.Pattern[str]
    """Words between a speaker and the speech verb at the end of a subject (``is quoted
    as``)."""
    crowd_verbs: frozenset[str] = frozenset()
    """Verbs a crowd speaks with (``chanting``), lower case."""
    crowd_nouns: frozenset[str] = frozenset()
    """Nouns for a crowd (``protesters``), lower case."""
    crowd_counts: frozenset[str] = frozenset()
    """Words that count a crowd before its noun (``about``, ``hundreds``), lower case."""
    quoting_participles: frozenset[str] = frozenset()
    """The ``-ing`` forms of the quoting verbs (``calling``, ``dubbing``), lower case: their
    subject stands right before them (``with Lee calling the plan "…"``)."""
    position_verbs: frozenset[str] = frozenset()
    """The forms of the position verbs (``supports``, ``offering``), lower case: quoting
    verbs whose object must be a phrase, not a term of a word or two."""
    speaker_cut_spaced: regex.Pattern[str] | None = None
    """The cuts of :attr:`speaker_cut` that open with white space (all but the
    parenthesis), searched faster (see :func:`~copydesk.steps.quotes.phrases.cut_start`)."""
    adverbs_reversed: regex.Pattern[str] | None = None
    """:attr:`adverbs` searched backwards from the end: it finds a run exactly when
    :attr:`adverbs` does, in less time (see :func:`strip_adverbs`)."""
    region_abbreviations: frozenset[str] = frozenset()
    """Abbreviated states and provinces (``N.J.``, ``Calif.``), without their last period:
    a place after a city, never a speaker's name (``In Woodbridge, N.J., Mayor …``)."""

    def never_names(self, folded: str) -> bool:
        """Whether the lower-case word *folded* never opens a name and is no determiner
        (``back``, not ``the``): asked per quote, so without building the sets' difference."""
        return folded in self.not_names and folded not in self.determiners

    def verb_at(
        self, text: str, position: int, stop: int, *, with_object: bool = True
    ) -> Verb | None:
        """The speech verb starting at *position*, with its object and extension."""
        word = WORD.match(text, position, stop)
        if word is None:
            return None
        return self.verb_of_word(text, word, word.group().casefold(), stop, with_object=with_object)

    def verb_of_word(
        self, text: str, word: regex.Match[str], folded: str, stop: int, *, with_object: bool
    ) -> Verb | None:
        """:meth:`verb_at` for a word already read (*folded*: the word in lower case)."""
        if folded not in self.verb_words:
            return None  # (every verb form opens with one: most words end the test here)
        return self._verb_from(text, word, folded, stop, with_object)

    def _verb_from(
        self, text: str, word: regex.Match[str], folded: str, stop: int, with_object: bool
    ) -> Verb | None:
        """The speech verb opening with *word* (*folded*, one of :attr:`verb_words`)."""
        position = word.start()
        follower = NEXT_WORD.match(text, word.end(), stop)
        if follower is not None and f"{folded} {follower.group(1).casefold()}" in (
            self.verb_phrases
        ):
            end = follower.end()
        elif folded in self.single_verbs:
            end = word.end()
        else:
            return None
        if with_object and folded in self.object_verbs:
            audience = self.verb_object.match(text, end, stop)
            if audience is not None:
                end = audience.end()
        extension = self.extension.match(text, end, stop)
        extension_end = extension.end() if extension is not None else end
        return Verb(position, extension_end, text[position:end], text[end:extension_end])

    def find_verb(self, text: str, start: int, stop: int) -> Verb | None:
        """The first speech verb in ``text[start:stop]`` (among its first words only: a
        speaker phrase, even with an apposition, is short)."""
        for count, word in enumerate(WORD.finditer(text, start, stop)):
            if count > _VERB_SEARCH_WORDS:
                break
            folded = word.group().casefold()
            if folded in self.verb_words and self._may_be_verb(text, word, start):
                verb = self._verb_from(text, word, folded, stop, True)
                if verb is not None:
                    return verb
        return None

    def verb_ending(self, text: str, start: int, stop: int) -> Verb | None:
        """A speech verb (and its cue extension) that ends ``text[start:stop]``, perhaps
        followed by a comma or colon."""
        words = WORD.findall(text, max(start, stop - _VERB_REACH), stop)
        if self.verb_words.isdisjoint(map(str.casefold, words)):
            return None  # (most windows hold no verb: not read word by word)
        for word in reversed(list(WORD.finditer(text, max(start, stop - _VERB_REACH), stop))):
            folded = word.group().casefold()
            if folded not in self.verb_words or not self._may_be_verb(text, word, start):
                continue
            verb = self._verb_from(text, word, folded, stop, True)
            if verb is None:
                continue
            rest = text[verb.end : stop].strip()
            if rest in ("", ",", ":"):
                # (A new Verb rather than attrs.evolve, which costs several times more.)
                return Verb(verb.start, verb.end, verb.verb, verb.extension, rest)
            aside = self.aside.match(text, verb.end, stop)
            if aside is not None:
                # "called over her shoulder,", "said of the senator:": a short aside, then
                # the quote.
                extension = text[verb.end - len(verb.extension) : aside.end("aside")]
                return attrs.evolve(verb, end=aside.end(), extension=extension, punct=rest[-1])
        return None

    def _may_be_verb(self, text: str, word: regex.Match[str], start: int) -> bool:
        """Skip nouns: a capitalised word inside a window (``State``), or a word after a
        determiner (``the report``)."""
        if (
            word.group()[0].isupper()
            and word.start() > start
            and text[start : word.start()].strip(" \n\"”’'")
        ):
            return False  # (a capital opening the window, after a closing mark, may be one)
        following = NEXT_WORD.match(text, word.end())
        if following is not None and following.group(1) in ("said", "says", "stated", "wrote"):
            return False  # "the congressional report said": a noun before the verb
        before = text[max(start, word.start() - 8) : word.start()].split()
        if not before:
            return True
        folded = before[-1].casefold()
        if folded.endswith(("’s", "'s")):
            return False  # "Ginsburg’s comments": a noun after a possessive
        if folded in ("that", "which") and word.group().casefold() in self.past_verbs:
            return True  # "a video that said,": a relative clause, not "that report"
        # "the report" is a noun; "the two write", "a mother of three replied" are verbs.
        return folded not in self.determiners or folded in self.quantifiers


def _cue_last_words(lexicon: Lexicon, forms: list[str]) -> frozenset[str]:
    """The last word of every verb form and extension phrase, lower case (plurals too)."""
    phrases = [*forms, *lexicon.cue_channels, *lexicon.cue_platforms, *lexicon.cue_audiences]
    last = {phrase.split()[-1].casefold() for phrase in phrases if phrase.split()}
    last |= {word + "s" for word in last}
    times = frozenset(lexicon.time_words) | {day.casefold() for day in _DAYS.split("|")}
    return frozenset(last | times | {"this", "it"})


def patterns(lexicon: Lexicon) -> Patterns:
    """The step's patterns for *lexicon* (kept with ``lexicon.cached("quotes.patterns", …)``)."""
    forms = [form.casefold() for form in _verb_forms(lexicon)]
    audiences = _alternation(list(lexicon.cue_audiences))
    sources = _alternation(list(lexicon.source_cues))
    adverbs = _adverbs(lexicon)
    cut_words = rf"\s(?:{_alternation(list(lexicon.speaker_phrase_cuts) or ['(?!)'])})\s"
    return Patterns(
        single_verbs=frozenset(form for form in forms if " " not in form),
        verb_phrases=frozenset(form for form in forms if form.count(" ") == 1),
        object_verbs=frozenset(form.casefold() for form in _tell_forms(lexicon)),
        verb_object=regex.compile(
            rf"\s+(?:(?:(?:his|her|their|its|our)\s+)?(?:{audiences})\b"
            # "telling one aide:": a determiner and a noun, right before the quote, perhaps
            # with a relative clause ("told the mayors who gathered in Indianapolis, "…"");
            # "asked the Cleveland crowd "…"": a name may describe the noun.
            r"|(?:one|an?|the|his|her|their|its|our)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}"
            r"\p{Ll}[\p{L}-]*(?:\s+(?:who|that)\s+[^,:;\"“”\n]{1,100}?)?(?=\s*[,:]|\s*$)"
            rf"|(?:the\s+)?{_PROPER})"
        ),
        extension=regex.compile(_cue_extension(lexicon)),
        source_cue_at_start=regex.compile(rf"(?i:{sources})\b"),
        source_cue_at_end=regex.compile(
            rf"(?:^|(?<=[\s,;(—–]))(?P<verb>(?i:{sources}))\s+(?P<np>[^,:;]{{1,120}}?)\s*[,:]?\s*$"
        ),
        titles=TitleTable.build(
            lexicon.titles,
            determiners=lexicon.determiners,
            not_names=lexicon.not_speaker_name_words,
            particles=lexicon.name_particles,
            given_names=lexicon.given_names,
        ),
        speaker_nouns=frozenset(noun.casefold() for noun in lexicon.speaker_nouns),
        title_nouns=frozenset(noun.casefold() for noun in lexicon.speaker_nouns)
        | frozenset(
            title.casefold() for title in lexicon.titles if " " not in title and title.islower()
        ),
        pronouns=frozenset(pronoun.casefold() for pronoun in lexicon.speaker_pronouns),
        source_cue_words=tuple(cue.casefold() for cue in lexicon.source_cues),
        verb_words=frozenset(form.split()[0] for form in forms),
        cue_last_words=_cue_last_words(lexicon, forms),
        determiners=frozenset(lexicon.determiners),
        not_names=frozenset(lexicon.not_speaker_name_words),
        not_in_speaker=frozenset(lexicon.not_in_speaker),
        title_modifiers=frozenset(lexicon.title_modifiers),
        clause_openers=frozenset(lexicon.clause_openers),
        takes_to=frozenset(lexicon.takes_to),
        aside_openers=frozenset(lexicon.aside_openers),
        adverbial_followers=frozenset(lexicon.adverbial_followers),
        title_small_words=frozenset(lexicon.title_small_words),
        abbreviations=frozenset(lexicon.abbreviations),
        name_run=name_run(lexicon),
        adverbs=adverbs,
        adverbs_reversed=regex.compile(adverbs.pattern, adverbs.flags | regex.REVERSE),
        aside=_aside(lexicon),
        past_verbs=_past_verbs(lexicon),
        sign_off_verbs=frozenset(word.casefold() for word in lexicon.sign_off_verbs),
        agency=lexicon.agency,
        quantifiers=frozenset(word.casefold() for word in lexicon.quantifiers),
        particles=frozenset(lexicon.name_particles) | frozenset(lexicon.place_particles),
        speaker_cut=regex.compile(rf"{CUT_RELATIVE_SOURCE}|{cut_words}"),
        speaker_cut_spaced=regex.compile(rf"{_SPACED_CUT_SOURCE}|{cut_words}"),
        place_heads=frozenset(word.casefold() for word in lexicon.place_heads),
        place_leads=frozenset(word.casefold() for word in lexicon.place_leads),
        feminine_words=frozenset(word.casefold() for word in lexicon.feminine_words),
        masculine_words=frozenset(word.casefold() for word in lexicon.masculine_words),
        quoting_verbs=frozenset(
            form.casefold()
            for entry in (*lexicon.quoting_verbs, *lexicon.position_verbs)
            for form in entry.split()
        ),
        given_names=frozenset(name.casefold() for name in lexicon.given_names),
        feminine_given_names=frozenset(name.casefold() for name in lexicon.feminine_given_names),
        masculine_given_names=frozenset(name.casefold() for name in lexicon.masculine_given_names),
        quotation_nouns=frozenset(noun.casefold() for noun in lexicon.quotation_nouns),
        # (Searched in reverse: the words end the subject, so the search starts there.)
        auxiliaries=regex.compile(
            rf"(?r)\s+(?i:{_alternation(list(lexicon.speech_auxiliaries) or ['(?!)'])})$"
        ),
        crowd_verbs=frozenset(verb.casefold() for verb in lexicon.crowd_verbs),
        crowd_nouns=frozenset(noun.casefold() for noun in lexicon.crowd_nouns),
        crowd_counts=frozenset(word.casefold() for word in lexicon.crowd_counts),
        quoting_participles=_participles((*lexicon.quoting_verbs, *lexicon.position_verbs)),
        region_abbreviations=frozenset(
            printed.rstrip(".") for printed, _ in lexicon.region_names if printed.endswith(".")
        ),
        position_verbs=frozenset(
            form.casefold() for entry in lexicon.position_verbs for form in entry.split()
        )
        | _participles(lexicon.position_verbs),
    )


def _participles(entries: tuple[str, ...]) -> frozenset[str]:
    """The ``-ing`` forms of the verbs whose base form opens each entry: the spellings an
    English participle may take (``calling``, ``citing``, ``dubbing``; a spelling no verb
    has is never read)."""
    forms: set[str] = set()
    for entry in entries:
        base = entry.split()[0].casefold() if entry.split() else ""
        if not base:
            continue
        forms |= {base + "ing", base + base[-1] + "ing"}
        if base.endswith("e") and not base.endswith("ee"):
            forms.add(base[:-1] + "ing")
    return frozenset(forms)


def cue(verb: Verb) -> str:
    """The cue as printed: the verb and its channel, without trailing time words."""
    printed = verb.verb + verb.extension
    # Trailing time words can only be cut from an extension that has a space in it.
    trailing = _TRAILING_TIME.search(printed) if verb.extension.strip() else None
    if trailing is not None and trailing.start() >= len(verb.verb):
        printed = printed[: trailing.start()]
    return " ".join(printed.split())


def is_participle(verb: Verb) -> bool:
    return verb.verb.split()[0].casefold().endswith("ing")


def _past_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The third-person and past forms of the one-word speech verbs (the second and third
    form of each entry: ``says``, ``said``; ``post`` or ``report`` alone may be nouns)."""
    forms: set[str] = set()
    for entry in lexicon.speech_verbs:
        words = entry.casefold().split()
        forms.update(word for word in words[1:3] if "_" not in word)
    return frozenset(forms)


def _aside(lexicon: Lexicon) -> regex.Pattern[str]:
    """A short aside after a speech verb, ending at a comma or colon before a quote: an aside
    word or an ``-ly`` adverb, then up to five more words (``over her shoulder``)."""
    words = _alternation(list(lexicon.speech_aside_words) or ["(?!)"])
    return regex.compile(
        rf"[\s,]+(?P<aside>(?:{words}|(?:(?:so|very|quite|rather|most)\s+)?\p{{Ll}}{{2,}}ly)\b"
        r"(?:[\s,]+[\p{L}\p{N}.’'-]+){0,5}?)"
        r"\s*[,:]\s*$",
        regex.IGNORECASE,
    )


def _adverbs(lexicon: Lexicon) -> regex.Pattern[str]:
    """Adverbs and time words between a subject and its verb (``Trump jokingly said``): the
    listed ones, and any word in ``-ly`` but the lexicon's ``not_adverbs`` (``family``)."""
    nouns = _alternation(list(lexicon.not_adverbs))
    any_ly = rf"(?!(?:{nouns})\b)\p{{Ll}}{{2,}}ly" if nouns else r"\p{Ll}{2,}ly"
    return regex.compile(rf"(?:\s+(?:{_ADVERB_WORDS}|{any_ly}\b))+$")


def strip_adverbs(text: str, start: int, end: int, patterns: Patterns) -> int:
    """Move *end* back over adverbs and time words between a subject and its verb."""
    subject = text[start:end].rstrip()
    if not any(map(str.isspace, subject)):
        return start + len(subject)  # ("he": both patterns open with white space)
    probe = patterns.adverbs_reversed
    end = _strip_run(patterns.adverbs, text, start, start + len(subject), probe)
    # "Jo Kent is quoted as saying", "Lee was later prompted to say".
    stripped = _strip_run(patterns.auxiliaries, text, start, end)
    return end if stripped == end else _strip_run(patterns.adverbs, text, start, stripped, probe)


def _strip_run(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    probe: regex.Pattern[str] | None = None,
) -> int:
    """Move *end* back over a run of *pattern* that ends there (not to *start*).

    *probe*, the same pattern searched backwards, tells first whether there is a run at
    all: the forward search tries every position of the window against a pattern anchored
    at its end, the backward one starts at that end (most subjects end in no adverb). The
    forward search still places the run: its match starts leftmost, while the backward one
    may stop at a shorter run (``last also``: ``also``, not ``last also``).
    """
    # (A run of adverbs is short: only the end of the subject is searched.)
    window = max(start, end - _ADVERB_REACH)
    if probe is not None and probe.search(text, window, end) is None:
        return end
    match = pattern.search(text, window, end)
    return match.start() if match is not None and match.start() > start else end
