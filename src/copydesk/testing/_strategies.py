"""Hypothesis strategies that build synthetic news articles from parts with known truth."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Literal

import attrs
from hypothesis import strategies as st

from copydesk.testing import _vocabulary as words
from copydesk.testing._expected import (
    ExpectedByline,
    ExpectedCaption,
    ExpectedChrome,
    ExpectedCredit,
    ExpectedDateline,
    ExpectedParts,
    ExpectedPerson,
    ExpectedQuote,
    GeneratedArticle,
    QuotedParagraph,
    QuotedPassage,
)

__all__ = [
    "BOTTOM_CHROME",
    "TOP_CHROME",
    "articles",
    "bylines",
    "captions",
    "chrome_lines",
    "credits",
    "datelines",
    "hard_wrap",
    "headlines",
    "paragraphs",
    "people",
    "person_names",
    "quoted_paragraphs",
    "quoted_passages",
    "sentences",
    "site_names",
    "trailers",
]

#: Chrome lines that stand above the headline, with the kind the default lexicon gives them.
TOP_CHROME: tuple[ExpectedChrome, ...] = tuple(
    ExpectedChrome(text=text, kind=kind)
    for text, kind in (
        ("Skip to content", "navigation"),
        ("Skip to main content", "navigation"),
        ("Menu", "navigation"),
        ("Search", "navigation"),
        ("Log In", "navigation"),
        ("Subscribe", "subscribe"),
        ("Share", "share"),
        ("Tweet", "share"),
        ("4 min read", "metadata"),
        ("Advertisement", "advertisement"),
    )
)
#: Chrome lines that stand below the body (WordPress/Jetpack, aggregator and footer lines).
BOTTOM_CHROME: tuple[ExpectedChrome, ...] = tuple(
    ExpectedChrome(text=text, kind=kind)
    for text, kind in (
        ("Share this:", "share"),
        ("Click to share on X (Opens in new window)", "share"),
        ("Like this:", "share"),
        ("Like Loading...", "share"),
        ("Related", "related"),
        ("Source link", "source"),
        ("Exit mobile version", "navigation"),
        ("Leave a Comment", "comments"),
        ("Post navigation", "navigation"),
        ("Privacy Policy", "legal"),
        ("Back to top", "navigation"),
        ("Proudly powered by WordPress", "footer"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "legal"),
    )
)

_QUOTE_MARKS = (("“", "”"), ('"', '"'))


# --- small pieces ----------------------------------------------------------------------------


@functools.cache  # strategies are immutable; building them anew is slow
def person_names(*, initials: bool = True) -> st.SearchStrategy[str]:
    """Full names such as ``"Jane Doe"`` or, with *initials*, ``"Jane T. Doe"``.

    >>> from hypothesis import find
    >>> find(person_names(), lambda name: True)
    'Jane Doe'
    """
    middles: st.SearchStrategy[str] = st.just("")
    if initials:
        middles = st.just("") | st.sampled_from(words.MIDDLE_INITIALS).map(lambda i: f"{i} ")
    return st.builds(
        lambda first, middle, last: f"{first} {middle}{last}",
        st.sampled_from(words.FIRST_NAMES),
        middles,
        st.sampled_from(words.LAST_NAMES),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def site_names() -> st.SearchStrategy[str]:
    """Two-word site names such as ``"Occasional Digest"``.

    >>> from hypothesis import find
    >>> find(site_names(), lambda name: True)
    'Occasional Digest'
    """
    return st.builds(
        lambda first, second: f"{first} {second}",
        st.sampled_from(words.SITE_FIRST),
        st.sampled_from(words.SITE_SECOND),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def headlines() -> st.SearchStrategy[str]:
    """Short headlines without a final period, e.g. ``"Council approves budget plan"``.

    >>> from hypothesis import find
    >>> find(headlines(), lambda headline: True)
    'Council approves budget plan'
    """
    return st.builds(
        lambda subject, verb, obj, tail: f"{subject} {verb} {obj}{tail}",
        st.sampled_from(words.HEADLINE_SUBJECTS),
        st.sampled_from(words.HEADLINE_VERBS),
        st.sampled_from(words.HEADLINE_OBJECTS),
        st.sampled_from(words.HEADLINE_TAILS),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def sentences() -> st.SearchStrategy[str]:
    """One plain prose sentence, e.g. ``"The city council approved the new budget on Tuesday."``.

    >>> from hypothesis import find
    >>> find(sentences(), lambda sentence: True)
    'The city council approved the new budget on Tuesday.'
    """
    return st.builds(
        lambda subject, verb, obj, when: f"{subject} {verb} {obj} {when}.",
        st.sampled_from(words.SUBJECTS),
        st.sampled_from(words.VERBS),
        st.sampled_from(words.OBJECTS),
        st.sampled_from(words.WHEN),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def paragraphs(*, max_sentences: int = 3) -> st.SearchStrategy[str]:
    """A body paragraph of one to *max_sentences* plain sentences on one line.

    >>> from hypothesis import find
    >>> paragraph = find(paragraphs(max_sentences=2), lambda text: text.count(".") == 2)
    >>> paragraph.count("Tuesday."), "\\n" in paragraph
    (2, False)
    """
    return st.lists(sentences(), min_size=1, max_size=max_sentences).map(" ".join)


@functools.cache  # strategies are immutable; building them anew is slow
def chrome_lines(
    position: Literal["top", "bottom"] = "bottom",
) -> st.SearchStrategy[ExpectedChrome]:
    """One chrome line from :data:`TOP_CHROME` or :data:`BOTTOM_CHROME`, with its kind.

    >>> from hypothesis import find
    >>> find(chrome_lines("top"), lambda line: line.kind == "navigation")
    ExpectedChrome(text='Skip to content', kind='navigation')
    """
    return st.sampled_from(TOP_CHROME if position == "top" else BOTTOM_CHROME)


# --- captions and credits -----------------------------------------------------------------


@st.composite
def _credits(draw: st.DrawFn) -> ExpectedCredit:
    name = draw(person_names())
    file_photo = draw(st.booleans())
    form = draw(st.sampled_from(("UPI", "AP", "AFP", "Reuters")))
    if form == "UPI":
        license_tail = draw(st.sampled_from(("", " | License Photo")))
        text = f"{'File ' if file_photo else ''}Photo by {name}/UPI{license_tail}"
    elif form in ("AP", "AFP"):
        text = f"({form} Photo/{name}{', File' if file_photo else ''})"
    else:
        text = f"REUTERS/{name}{'/File Photo' if file_photo else ''}"
    return ExpectedCredit(text=text, names=(name,), agency=form, file_photo=file_photo)


@functools.cache  # strategies are immutable; building them anew is slow
def credits() -> st.SearchStrategy[ExpectedCredit]:
    """Photo credits in the UPI, AP, AFP and Reuters forms the default lexicon reads.

    ``Photo by Jane Doe/UPI | License Photo``, ``(AP Photo/Jane Doe, File)``,
    ``(AFP Photo/Jane Doe)``, ``REUTERS/Jane Doe/File Photo`` ...

    >>> from hypothesis import find
    >>> credit = find(credits(), lambda credit: credit.agency == "AP" and credit.file_photo)
    >>> credit.text, credit.names
    ('(AP Photo/Jane Doe, File)', ('Jane Doe',))
    """
    return _credits()


@st.composite
def _picture_descriptions(draw: st.DrawFn) -> str:
    """What a caption says its picture shows, without a final period: ``A worker waits
    outside the station on Monday``."""
    return (
        f"{draw(st.sampled_from(words.CAPTION_SUBJECTS))} "
        f"{draw(st.sampled_from(words.CAPTION_ACTIONS))} "
        f"{draw(st.sampled_from(words.CAPTION_PLACES))} on "
        f"{draw(st.sampled_from(words.WEEKDAYS))}"
    )


@st.composite
def _captions(draw: st.DrawFn) -> ExpectedCaption:
    credit = draw(credits())
    description = draw(_picture_descriptions())
    return ExpectedCaption(text=f"{description}. {credit.text}", credit=credit)


@functools.cache  # strategies are immutable; building them anew is slow
def captions() -> st.SearchStrategy[ExpectedCaption]:
    """One-line photo captions in the agencies' present-tense style, ending in a credit.

    A property test: a caption below a paragraph leaves the body, its credit read.

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(captions())
    ... def test_caption_comes_back(caption):
    ...     text = f"Storm hits coast\\n\\nThe storm hit the coast.\\n\\n{caption.text}"
    ...     (found,) = copydesk.parse(text).captions
    ...     assert found.text == caption.text
    ...     assert found.credit.names == caption.credit.names
    >>> test_caption_comes_back()
    """
    return _captions()


# --- datelines, bylines, quotes (for the detectors as they land) ---------------------------


@st.composite
def _datelines(draw: st.DrawFn) -> ExpectedDateline:
    form = draw(st.sampled_from(("standalone", "us", "foreign", "upi", "reuters", "afp")))
    if form == "standalone":
        city = draw(st.sampled_from(words.STANDALONE_CITIES))
        agency = draw(st.sampled_from(("AP", "Reuters")))
        separator = "—" if agency == "AP" else "-"
        return ExpectedDateline(
            text=f"{city} ({agency}) {separator}", location=city, city=city, agency=agency
        )
    if form in ("us", "foreign"):
        if form == "us":
            city, printed, region = draw(st.sampled_from(words.US_CITIES))
        else:
            city, region = draw(st.sampled_from(words.FOREIGN_CITIES))
            printed = region
        location = f"{city}, {printed}"
        return ExpectedDateline(
            text=f"{location} (AP) —", location=location, city=city, region=region, agency="AP"
        )
    day = draw(st.integers(min_value=1, max_value=28))
    month_ap, month_reuters = draw(st.sampled_from(words.MONTHS))
    if form == "upi":
        separator = draw(st.sampled_from(("—", "--")))
        date_text = f"{month_ap} {day}"
        return ExpectedDateline(
            text=f"{date_text} (UPI) {separator}", date_text=date_text, agency="UPI"
        )
    if form == "reuters":
        city = draw(st.sampled_from(words.STANDALONE_CITIES))
        date_text = f"{month_reuters} {day}"
        return ExpectedDateline(
            text=f"{city}, {date_text} (Reuters) -",
            location=city,
            city=city,
            date_text=date_text,
            agency="Reuters",
        )
    city = draw(st.sampled_from(words.TITLE_CASE_CITIES))
    return ExpectedDateline(text=f"{city} (AFP) –", location=city, city=city, agency="AFP")


@functools.cache  # strategies are immutable; building them anew is slow
def datelines() -> st.SearchStrategy[ExpectedDateline]:
    """Datelines in the AP, Reuters, UPI and AFP forms, with their parts.

    ``WASHINGTON (AP) —``, ``LA CROSSE, Wis. (AP) —``, ``BEIRUT, Lebanon (AP) —``,
    ``Nov. 2 (UPI) —``, ``HOUSTON, Jan 27 (Reuters) -``, ``Paris (AFP) –`` ...
    The lede follows after one space.

    >>> from hypothesis import find
    >>> dateline = find(datelines(), lambda dateline: dateline.date_text is not None)
    >>> dateline.text, dateline.date_text, dateline.agency, dateline.city
    ('Jan. 1 (UPI) —', 'Jan. 1', 'UPI', None)
    """
    return _datelines()


_BYLINE_ORGANIZATIONS = (
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Reuters", "Reuters"),
)


@st.composite
def _bylines(draw: st.DrawFn) -> ExpectedByline:
    shouting = draw(st.booleans())
    names = tuple(
        draw(st.lists(person_names(initials=not shouting), min_size=1, max_size=3, unique=True))
    )
    printed = [name.upper() for name in names] if shouting else list(names)
    joined = printed[-1] if len(printed) == 1 else f"{', '.join(printed[:-1])} and {printed[-1]}"
    organization = None
    if draw(st.booleans()):
        printed_organization, organization = draw(st.sampled_from(_BYLINE_ORGANIZATIONS))
        joined = f"{joined}, {printed_organization}"
    return ExpectedByline(text=f"By {joined}", names=names, organization=organization)


@functools.cache  # strategies are immutable; building them anew is slow
def bylines() -> st.SearchStrategy[ExpectedByline]:
    """Author bylines: ``By Jane Doe``, ``By JANE DOE and JOHN ROE``,
    ``By Jane Doe, John Roe and Li Chen, Associated Press`` ...

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(bylines())
    ... def test_byline_comes_back(byline):
    ...     text = f"Storm hits coast\\n\\n{byline.text}\\n\\nThe storm hit the coast."
    ...     (found,) = copydesk.parse(text).bylines
    ...     assert (found.names, found.organization) == (byline.names, byline.organization)
    >>> test_byline_comes_back()
    """
    return _bylines()


@st.composite
def _quoted_paragraphs(draw: st.DrawFn) -> QuotedParagraph:
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    speaker = draw(person_names(initials=False))
    said, more = draw(
        st.lists(st.sampled_from(words.QUOTE_SENTENCES), min_size=2, max_size=2, unique=True)
    )
    form = draw(
        st.sampled_from(("quote first", "speaker first", "inverted", "told", "split", "follow-up"))
    )

    def quote(text: str, cue: str, mention: str = speaker) -> ExpectedQuote:
        return ExpectedQuote(text=text, speaker=speaker, cue=cue, mention=mention)

    if form == "speaker first":
        text = f"{speaker} said, {opening}{said}.{closing}"
        return QuotedParagraph(text=text, quotes=(quote(f"{said}.", "said"),))
    title = None
    if form == "quote first":
        tail, cue = f"{speaker} said.", "said"
    elif form == "inverted":
        title = draw(st.sampled_from(words.SPEAKER_TITLES))
        tail, cue = f"said {speaker}, {title}.", "said"
    elif form == "told":
        tail, cue = f"{speaker} told reporters.", "told reporters"
    elif form == "split":
        # One quote broken by its attribution: two quoted pieces, one speaker.
        text = f"{opening}{said},{closing} {speaker} said. {opening}{more}.{closing}"
        return QuotedParagraph(
            text=text, quotes=(quote(f"{said},", "said"), quote(f"{more}.", "said"))
        )
    else:
        # A second quote attributed with a pronoun that stands for the named speaker.
        pronoun = words.PRONOUNS[speaker.split()[0]]
        text = (
            f"{opening}{said},{closing} {speaker} said. {opening}{more},{closing} {pronoun} added."
        )
        return QuotedParagraph(
            text=text,
            quotes=(quote(f"{said},", "said"), quote(f"{more},", "added", pronoun)),
        )
    return QuotedParagraph(
        text=f"{opening}{said},{closing} {tail}",
        quotes=(attrs.evolve(quote(f"{said},", cue), title=title),),
    )


@functools.cache  # strategies are immutable; building them anew is slow
def quoted_paragraphs() -> st.SearchStrategy[QuotedParagraph]:
    """Paragraphs with attributed quotes, in curly or straight marks.

    ``“We need more time,” Jane Doe said.``, ``Jane Doe said, "We need more time."``,
    ``“We need more time,” said Jane Doe, the mayor.``, ``“…,” Jane Doe told reporters.``;
    a quote split by its attribution, ``“…,” Jane Doe said. “…”``; and a pronoun follow-up,
    ``“…,” Jane Doe said. “…,” she added.``, whose speaker is the named one.

    >>> import copydesk
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, derandomize=True, database=None, deadline=None)
    ... @given(quoted_paragraphs())
    ... def test_quotes_come_back(paragraph):
    ...     quotes = copydesk.parse(f"Storm hits coast\\n\\n{paragraph.text}").quotes
    ...     found = [(quote.text, quote.speaker.name) for quote in quotes]
    ...     assert found == [(quote.text, quote.speaker) for quote in paragraph.quotes]
    >>> test_quotes_come_back()
    """
    return _quoted_paragraphs()


# --- speakers followed through a passage -----------------------------------------------------


@functools.cache  # strategies are immutable; building them anew is slow
def people(*, titles: bool = True) -> st.SearchStrategy[ExpectedPerson]:
    """People to quote: a full name, its pronoun and, with *titles*, sometimes a title.

    The titles (``Defense Secretary``, ``Mayor``, ``Sen.`` ...) are all in the default lexicon.

    >>> from hypothesis import find
    >>> find(people(), lambda person: person.title is not None).introduced
    'Defense Secretary Jane Doe'
    """
    title_choices: st.SearchStrategy[str | None] = st.none()
    if titles:
        title_choices = st.none() | st.sampled_from(words.PERSON_TITLES)
    return st.builds(
        lambda first, last, title: ExpectedPerson(
            name=f"{first} {last}", title=title, pronoun=words.PRONOUNS[first]
        ),
        st.sampled_from(words.FIRST_NAMES),
        st.sampled_from(words.LAST_NAMES),
        title_choices,
    )


def _split_sentence(draw: st.DrawFn, sentence: str) -> tuple[str, str]:
    """``"We will keep working,"`` and ``"until the job is done."``: one sentence in two."""
    sentence_words = sentence.split()
    cut = draw(st.integers(2, len(sentence_words) - 2))
    return " ".join(sentence_words[:cut]) + ",", " ".join(sentence_words[cut:]) + "."


@st.composite
def _passage(draw: st.DrawFn, person: ExpectedPerson, max_follow_ups: int) -> QuotedPassage:
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    paragraphs: list[str] = []
    quotes: list[ExpectedQuote] = []
    # Each sentence once per passage (as many as a passage can use): repeated lines are a
    # mark of page furniture, not of an article.
    pool = itertools.cycle(draw(st.permutations(words.QUOTE_SENTENCES)))

    def said() -> str:
        return next(pool)

    def quote(text: str, mention: str, cue: str, *, continues: bool = False) -> ExpectedQuote:
        return ExpectedQuote(
            text=text,
            speaker=person.name,
            cue=cue,
            mention=mention,
            title=person.title,
            continues=continues,
        )

    # The first mention: title and full name, with a quote or with reported speech.
    intro = draw(st.sampled_from(("reported", "quote first", "inverted", "speaker first")))
    first = said()
    if intro == "reported":
        reported = draw(sentences())
        paragraphs.append(f"{person.introduced} said {reported[0].lower()}{reported[1:]}")
    elif intro == "quote first":
        paragraphs.append(f"{opening}{first},{closing} {person.introduced} said.")
        quotes.append(quote(f"{first},", person.name, "said"))
    elif intro == "inverted":
        paragraphs.append(f"{opening}{first},{closing} said {person.introduced}.")
        quotes.append(quote(f"{first},", person.name, "said"))
    else:
        paragraphs.append(f"{person.introduced} said, {opening}{first}.{closing}")
        quotes.append(quote(f"{first}.", person.name, "said"))

    # Follow-ups name the speaker by pronoun or surname only.
    least = 1 if intro == "reported" else 0
    for _ in range(draw(st.integers(least, max_follow_ups))):
        who = draw(st.sampled_from((person.pronoun, person.surname)))
        form = draw(st.sampled_from(("attributed", "inverted", "split", "running")))
        text = said()
        if form == "inverted" and who == person.surname:
            paragraphs.append(f"{opening}{text},{closing} said {who}.")
            quotes.append(quote(f"{text},", who, "said"))
        elif form == "split":
            # "…," he said, "…": one sentence broken by its attribution.
            head, tail = _split_sentence(draw, text)
            paragraphs.append(f"{opening}{head}{closing} {who} said, {opening}{tail}{closing}")
            quotes.extend((quote(head, who, "said"), quote(tail, who, "said")))
        elif form == "running":
            # A quote left open at the paragraph's end runs on: each following paragraph
            # opens with a mark again, and only the last one closes.
            paragraphs.append(f"{opening}{text},{closing} {who} said. {opening}{said()}.")
            running = [paragraphs[-1].rsplit(opening, 1)[1]]
            quotes.append(quote(f"{text},", who, "said"))
            quotes.append(quote(running[0], who, "said"))
            more = draw(st.integers(1, 2))
            for index in range(more):
                last = index == more - 1
                paragraphs.append(f"{opening}{said()}.{closing if last else ''}")
                piece = paragraphs[-1][len(opening) :]
                piece = piece[: -len(closing)] if last else piece
                quotes.append(quote(piece, who, "said", continues=True))
        else:
            cue = draw(st.sampled_from(words.FOLLOW_UP_CUES))
            paragraphs.append(f"{opening}{text},{closing} {who} {cue}.")
            quotes.append(quote(f"{text},", who, cue))
    return QuotedPassage(paragraphs=tuple(paragraphs), quotes=tuple(quotes), person=person)


@st.composite
def _quoted_passages(draw: st.DrawFn, max_follow_ups: int) -> QuotedPassage:
    return draw(_passage(draw(people()), max_follow_ups))


@functools.cache  # strategies are immutable; building them anew is slow
def quoted_passages(*, max_follow_ups: int = 3) -> st.SearchStrategy[QuotedPassage]:
    """Consecutive paragraphs that introduce a speaker, then quote them again and again.

    The first mention gives the title and full name, with a quote or with reported speech
    (``Defense Secretary Jane Doe said the council …``). Up to *max_follow_ups* paragraphs
    follow, each naming the speaker by pronoun or surname only (``“…,” she said.``,
    ``“…,” said Doe.``), some with a split quote (``“We will keep working,” she said, “until
    the job is done.”``) or a running quote over several paragraphs (each opening with a mark,
    only the last closing). Every expected quote's speaker is the full name.

    >>> from hypothesis import find
    >>> passage = find(quoted_passages(), lambda p: any(q.continues for q in p.quotes))
    >>> passage.quotes[-1].speaker == passage.person.name
    True
    """
    return _quoted_passages(max_follow_ups)


# --- credit trailers ----------------------------------------------------------------------------


def _joined(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


@st.composite
def _trailers(draw: st.DrawFn) -> ExpectedByline:
    names = tuple(draw(st.lists(person_names(), min_size=1, max_size=3, unique=True)))
    form = draw(st.sampled_from(("reporting", "additional reporting", "contributor")))
    if form == "contributor":
        dash = draw(st.sampled_from(("", "— ")))
        text = f"{dash}{_joined(names)} contributed to this report."
        return ExpectedByline(text=text, names=names, kind="contributor")
    places = [
        draw(st.sampled_from(("", *(f" in {place}" for place in words.TRAILER_PLACES))))
        for _ in names
    ]
    reporters = _joined([name + place for name, place in zip(names, places, strict=True)])
    if form == "additional reporting":
        text = f"(Additional reporting by {reporters})"
        return ExpectedByline(text=text, names=names, kind="additional reporting")
    editors = tuple(
        draw(
            st.lists(person_names(initials=False), max_size=2, unique=True).filter(
                lambda drawn: not set(drawn) & set(names)
            )
        )
    )
    text = f"Reporting by {reporters}"
    if editors:
        text += f"; Editing by {_joined(editors)}"
    if draw(st.booleans()):
        text = f"({text})"
    return ExpectedByline(text=text, names=names, kind="reporting", editors=editors)


@functools.cache  # strategies are immutable; building them anew is slow
def trailers() -> st.SearchStrategy[ExpectedByline]:
    """Credit trailers that end wire copy, with their kind, names and editors.

    ``Reporting by Jane Doe in Paris and John Roe; Editing by Li Chen`` (sometimes in
    parentheses), ``(Additional reporting by Jane Doe in Nairobi)``,
    ``— Jane Doe contributed to this report.`` ...

    >>> from hypothesis import find
    >>> trailer = find(trailers(), lambda trailer: trailer.editors)
    >>> trailer.kind, trailer.text.startswith("Reporting by"), "; Editing by " in trailer.text
    ('reporting', True, True)
    """
    return _trailers()


# --- hard-wrapped text --------------------------------------------------------------------------


def hard_wrap(text: str, width: int = 70) -> str:
    """Break *text* into lines of at most *width* columns, as plain-text wire copy does.

    Only spaces become line breaks, so the result is as long as *text* and every offset still
    points at the same character; a word longer than *width* stays whole, and line breaks
    already in *text* are kept.

    >>> hard_wrap("The council approved the new budget on Tuesday.", width=20)
    'The council approved\\nthe new budget on\\nTuesday.'
    """
    characters = list(text)
    line_start, last_space = 0, -1
    for index, character in enumerate(text):
        if character == "\n":
            line_start, last_space = index + 1, -1
        elif character == " " and index - line_start >= width:
            characters[index] = "\n"
            line_start, last_space = index + 1, -1
        elif character == " ":
            last_space = index
        elif index - line_start >= width and last_space >= 0:
            characters[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(characters)


# --- whole articles -----------------------------------------------------------------------


@functools.cache  # strategies are immutable; building them anew is slow
def _unique_lines(
    position: Literal["top", "bottom"], most: int
) -> st.SearchStrategy[list[ExpectedChrome]]:
    return st.lists(chrome_lines(position), max_size=most, unique=True)


@st.composite
def _articles(
    draw: st.DrawFn,
    *,
    with_chrome: bool,
    with_site: bool,
    with_captions: bool,
    with_datelines: bool,
    with_bylines: bool,
    with_quotes: bool,
    with_passages: bool,
    with_trailers: bool,
    wrap: bool,
    max_paragraphs: int,
) -> GeneratedArticle:
    blocks: list[str] = []
    chrome: list[ExpectedChrome] = []
    width = draw(st.integers(60, 76)) if wrap else 0

    def add_chrome(lines: Sequence[ExpectedChrome]) -> None:
        blocks.extend(line.text for line in lines)
        chrome.extend(lines)

    def wrapped(text: str) -> str:
        return hard_wrap(text, width) if wrap else text

    headline = draw(headlines())
    site = tagline = None
    top = draw(_unique_lines("top", 2)) if with_chrome else []
    if with_site and draw(st.booleans()):
        site = draw(site_names())
        top.insert(
            draw(st.integers(0, len(top))),
            ExpectedChrome(text=f"Site icon {site}", kind="branding"),
        )
    add_chrome(top)
    if site is not None and draw(st.booleans()):
        # The page title, "Headline | Site", printed above the headline itself.
        add_chrome([ExpectedChrome(text=f"{headline} | {site}", kind="title")])
    blocks.append(headline)
    if site is not None and draw(st.booleans()):
        tagline = draw(st.sampled_from(words.TAGLINES))
        add_chrome([ExpectedChrome(text=f"{site} - {tagline}", kind="branding")])

    byline_list = [draw(bylines())] if with_bylines else []
    blocks.extend(byline.text for byline in byline_list)

    # Units of the body: a paragraph, a passage of paragraphs about one speaker, a caption.
    body: list[str | QuotedPassage | ExpectedCaption] = []
    quotes: list[ExpectedQuote] = []
    surnames: set[str] = set()  # one person per surname, so "Doe said" has one answer
    used: set[str] = set()  # no paragraph twice: repeated lines read as page furniture

    def new_speaker(speaker: str) -> bool:
        return speaker.split()[-1] not in surnames

    for _ in range(draw(st.integers(1, max_paragraphs))):
        if with_passages and draw(st.booleans()):
            person = draw(people().filter(lambda drawn: new_speaker(drawn.name)))
            passage = draw(_passage(person, 3).filter(lambda p: used.isdisjoint(p.paragraphs)))
            surnames.add(person.surname)
            used.update(passage.paragraphs)
            body.append(passage)
            quotes.extend(passage.quotes)
        elif with_quotes and draw(st.booleans()):
            quoted = draw(
                quoted_paragraphs().filter(
                    lambda q: new_speaker(q.quotes[0].speaker) and q.text not in used
                )
            )
            surnames.add(quoted.quotes[0].speaker.split()[-1])
            used.add(quoted.text)
            body.append(quoted.text)
            quotes.extend(quoted.quotes)
        else:
            paragraph = draw(paragraphs().filter(lambda p: p not in used))
            used.add(paragraph)
            body.append(paragraph)
    caption_list = draw(st.lists(captions(), max_size=2)) if with_captions else []
    for caption in caption_list:
        # Captions stand above the body or between paragraphs, never inside one.
        body.insert(draw(st.integers(0, len(body))), caption)

    dateline = draw(datelines()) if with_datelines else None
    paragraph_texts: list[str] = []
    for item in body:
        if isinstance(item, ExpectedCaption):
            blocks.append(item.text)
            continue
        for paragraph in item.paragraphs if isinstance(item, QuotedPassage) else (item,):
            if dateline is not None and not paragraph_texts:
                blocks.append(wrapped(f"{dateline.text} {paragraph}"))
            else:
                blocks.append(wrapped(paragraph))
            paragraph_texts.append(paragraph)

    trailer_list: list[ExpectedByline] = []
    if with_trailers:
        trailer_list = draw(st.lists(trailers(), min_size=1, max_size=2, unique_by=_kind))
        blocks.extend(wrapped(trailer.text) for trailer in trailer_list)
    if with_chrome:
        add_chrome(draw(_unique_lines("bottom", 3)))
    text = "\n\n".join(blocks) + draw(st.sampled_from(("", "\n")))
    expected = ExpectedParts(
        site=site,
        tagline=tagline,
        headline=headline,
        dateline=dateline,
        bylines=(*byline_list, *trailer_list),
        captions=tuple(item for item in body if isinstance(item, ExpectedCaption)),
        quotes=tuple(quotes),
        paragraphs=tuple(paragraph_texts),
        chrome=tuple(chrome),
    )
    return GeneratedArticle(text=text, expected=expected)


def _kind(byline: ExpectedByline) -> str:
    return byline.kind


@functools.cache  # strategies are immutable; building them anew is slow
def articles(
    *,
    chrome: bool = True,
    site: bool = True,
    captions: bool = True,
    datelines: bool = False,
    bylines: bool = False,
    quotes: bool = False,
    max_paragraphs: int = 5,
    passages: bool = False,
    trailers: bool = False,
    wrap: bool = False,
) -> st.SearchStrategy[GeneratedArticle]:
    """Whole articles and the parts they were built from.

    Top to bottom: chrome lines and the ``Site icon`` line, the page title
    ``Headline | Site`` (sometimes), the headline, the site's ``Site - tagline`` line
    (sometimes), a byline, body paragraphs (the first opening with a dateline) with captions
    above or between them, credit trailers, and chrome lines again. Blocks are separated by
    blank lines.

    Each flag turns a kind of part on or off. Datelines, bylines, quotes, passages and
    trailers are off by default: turn them on when your parser has a step that detects them.

    - *quotes*: paragraphs with attributed quotes (:func:`quoted_paragraphs`).
    - *passages*: runs of paragraphs about one speaker (:func:`quoted_passages`): a title and
      full name at the first mention, then pronoun and surname follow-ups, split quotes and
      running quotes over several paragraphs. Every expected quote's speaker is the full name.
    - *trailers*: one or two credit trailers after the body (:func:`trailers`), listed in
      :attr:`ExpectedParts.bylines` after the author byline.
    - *wrap*: hard-wrap the body paragraphs and trailers at 60 to 76 columns with single
      newlines (:func:`hard_wrap`), as plain-text wire copy is. The expected texts keep single
      spaces where the article breaks lines, so compare them with whitespace collapsed
      (``" ".join(text.split())``).
    - *max_paragraphs*: at most this many body units (a passage counts as one).

    >>> from hypothesis import find
    >>> article = find(articles(), lambda generated: generated.expected.captions)
    >>> article.expected.captions[0].credit.agency in ("UPI", "AP", "AFP", "Reuters")
    True
    >>> wrapped = find(
    ...     articles(wrap=True, captions=False), lambda g: len(g.text) > 300
    ... )
    >>> max(len(line) for line in wrapped.text.splitlines()) <= 76
    True
    """
    return _articles(
        with_chrome=chrome,
        with_site=site,
        with_captions=captions,
        with_datelines=datelines,
        with_bylines=bylines,
        with_quotes=quotes,
        with_passages=passages,
        with_trailers=trailers,
        wrap=wrap,
        max_paragraphs=max_paragraphs,
    )
