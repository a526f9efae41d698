"""Hypothesis strategies that build synthetic news articles from parts with known truth."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

from hypothesis import strategies as st

from copydesk.testing import _vocabulary as words
from copydesk.testing._expected import (
    ExpectedByline,
    ExpectedCaption,
    ExpectedChrome,
    ExpectedCredit,
    ExpectedDateline,
    ExpectedParts,
    ExpectedQuote,
    GeneratedArticle,
    QuotedParagraph,
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
    "headlines",
    "paragraphs",
    "person_names",
    "quoted_paragraphs",
    "sentences",
    "site_names",
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
def _captions(draw: st.DrawFn) -> ExpectedCaption:
    credit = draw(credits())
    description = (
        f"{draw(st.sampled_from(words.CAPTION_SUBJECTS))} "
        f"{draw(st.sampled_from(words.CAPTION_ACTIONS))} "
        f"{draw(st.sampled_from(words.CAPTION_PLACES))} on "
        f"{draw(st.sampled_from(words.WEEKDAYS))}."
    )
    return ExpectedCaption(text=f"{description} {credit.text}", credit=credit)


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

    def quote(text: str, cue: str) -> ExpectedQuote:
        return ExpectedQuote(text=text, speaker=speaker, cue=cue)

    if form == "speaker first":
        text = f"{speaker} said, {opening}{said}.{closing}"
        return QuotedParagraph(text=text, quotes=(quote(f"{said}.", "said"),))
    if form == "quote first":
        tail, cue = f"{speaker} said.", "said"
    elif form == "inverted":
        tail, cue = f"said {speaker}, {draw(st.sampled_from(words.SPEAKER_TITLES))}.", "said"
    elif form == "told":
        tail, cue = f"{speaker} told reporters.", "told"
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
            text=text, quotes=(quote(f"{said},", "said"), quote(f"{more},", "added"))
        )
    return QuotedParagraph(
        text=f"{opening}{said},{closing} {tail}", quotes=(quote(f"{said},", cue),)
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
    max_paragraphs: int,
) -> GeneratedArticle:
    blocks: list[str] = []
    chrome: list[ExpectedChrome] = []

    def add_chrome(lines: Sequence[ExpectedChrome]) -> None:
        blocks.extend(line.text for line in lines)
        chrome.extend(lines)

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

    body: list[str | ExpectedCaption] = []
    quotes: list[ExpectedQuote] = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        if with_quotes and draw(st.booleans()):
            quoted = draw(quoted_paragraphs())
            body.append(quoted.text)
            quotes.extend(quoted.quotes)
        else:
            body.append(draw(paragraphs()))
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
        if dateline is not None and not paragraph_texts:
            blocks.append(f"{dateline.text} {item}")
        else:
            blocks.append(item)
        paragraph_texts.append(item)

    if with_chrome:
        add_chrome(draw(_unique_lines("bottom", 3)))
    text = "\n\n".join(blocks) + draw(st.sampled_from(("", "\n")))
    expected = ExpectedParts(
        site=site,
        tagline=tagline,
        headline=headline,
        dateline=dateline,
        bylines=tuple(byline_list),
        captions=tuple(item for item in body if isinstance(item, ExpectedCaption)),
        quotes=tuple(quotes),
        paragraphs=tuple(paragraph_texts),
        chrome=tuple(chrome),
    )
    return GeneratedArticle(text=text, expected=expected)


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
) -> st.SearchStrategy[GeneratedArticle]:
    """Whole articles and the parts they were built from.

    Top to bottom: chrome lines and the ``Site icon`` line, the page title
    ``Headline | Site`` (sometimes), the headline, the site's ``Site - tagline`` line
    (sometimes), a byline, body paragraphs (the first opening with a dateline) with captions
    above or between them, and chrome lines again. Blocks are separated by blank lines.

    Each flag turns a kind of part on or off. Datelines, bylines and quotes are off by
    default: turn them on when your parser has a step that detects them.

    >>> from hypothesis import find
    >>> article = find(articles(), lambda generated: generated.expected.captions)
    >>> article.expected.captions[0].credit.agency in ("UPI", "AP", "AFP", "Reuters")
    True
    """
    return _articles(
        with_chrome=chrome,
        with_site=site,
        with_captions=captions,
        with_datelines=datelines,
        with_bylines=bylines,
        with_quotes=quotes,
        max_paragraphs=max_paragraphs,
    )
