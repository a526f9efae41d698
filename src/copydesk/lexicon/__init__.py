"""The word lists and patterns the steps read, gathered in one :class:`Lexicon` per parser.

A :class:`Lexicon` belongs to one :class:`~copydesk.Parser`; extending it never affects
another parser. Patterns derived from the tables are compiled once, on first use, and
recompiled after a change. The tables themselves are in the submodules (``agencies``,
``bylines``, ``chrome``, ``credits``, ...); private modules hold what the class stands on:
``_entries`` (:class:`ChromeRule`, :class:`Agency` and their defaults), ``_checks`` (the
arguments of the ``add_*`` methods), ``_fields`` (the smaller word tables, as a base class)
and ``_versions`` (changes, and the caches that follow them).

>>> from copydesk import Parser
>>> parser = Parser()
>>> parser.lexicon.add_chrome("Download our app", kind="promotion")
>>> [c.kind for c in parser.parse("Headline\\n\\nA sentence.\\n\\nDownload our app").chrome]
['promotion']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import attrs

from copydesk.lexicon import _checks as check
from copydesk.lexicon import boilerplate as _boilerplate
from copydesk.lexicon import bylines as _bylines
from copydesk.lexicon import credits as _credits
from copydesk.lexicon import dates as _dates
from copydesk.lexicon import places as _places
from copydesk.lexicon import titles as _titles
from copydesk.lexicon import verbs as _verbs
from copydesk.lexicon._entries import (
    BYLINE_TABLES,
    POSITIONS,
    Agency,
    BylineTable,
    ChromeRule,
    Position,
    agency_index,
    default_agencies,
    default_chrome_rules,
)
from copydesk.lexicon._fields import ReadingTables

__all__ = ["Agency", "BylineTable", "ChromeRule", "Lexicon"]

# Defined in a private module, public here: pickles and the docs name this path.
ChromeRule.__module__ = Agency.__module__ = __name__

_T = TypeVar("_T")


# (equality, pickling and every setting of a table are VersionedTables', under ReadingTables)
@attrs.define(eq=False, on_setattr=attrs.setters.NO_OP, getstate_setstate=False)
class Lexicon(ReadingTables):
    """The word lists and patterns one parser uses. Build it with :meth:`default`.

    Each :class:`~copydesk.Parser` has its own (:attr:`Parser.lexicon
    <copydesk.Parser.lexicon>`); the ``add_*`` methods extend it, and the new entries win
    over the built-in ones. The tables themselves are immutable: tuples, and a read-only
    mapping for :attr:`stopwords`.

    Every ``add_*`` method checks all its arguments before it changes anything: a value of
    the wrong type raises :class:`TypeError`, an empty or blank text, a pattern that does not
    compile or can match empty text, or an unknown table or position raises
    :class:`ValueError`; each error names the argument.

    >>> lexicon = Lexicon.default()
    >>> lexicon.agency("Reuters"), "said" in lexicon.speech_verbs[0].split()
    ('Reuters', True)
    >>> len(lexicon.chrome_rules) > 10
    True
    >>> lexicon.add_chrome("Share", position="bottom")
    Traceback (most recent call last):
    ValueError: position must be one of 'any', 'edge', not 'bottom'
    """

    chrome_rules: tuple[ChromeRule, ...] = attrs.field(factory=default_chrome_rules)
    """Chrome patterns, in order of precedence (the first match names the kind)."""

    agencies: tuple[Agency, ...] = attrs.field(factory=default_agencies)
    """Wire and photo agencies (see :mod:`copydesk.lexicon.agencies`); earlier entries win."""
    credit_patterns: tuple[str, ...] = _credits.CREDIT_PATTERNS
    """Patterns of photo credits that end a caption (see :mod:`copydesk.lexicon.credits`)."""
    region_names: tuple[tuple[str, str], ...] = _places.REGION_NAMES
    """``(printed, full name)`` of states and provinces in datelines (``("Calif.", "California")``;
    see :mod:`copydesk.lexicon.places`)."""
    dateline_cities: tuple[str, ...] = _places.DATELINE_CITIES
    """Cities that may stand alone in a dateline without date or agency (``"NEW DELHI:"``)."""
    not_places: tuple[str, ...] = _places.NOT_PLACES
    """Words that open kickers and labels (``FILE``, ``MORE``), never a dateline's place."""
    months: tuple[tuple[int, tuple[str, ...]], ...] = _dates.MONTHS
    """Month numbers and their printed names (see :mod:`copydesk.lexicon.dates`)."""
    weekdays: tuple[str, ...] = _dates.WEEKDAYS
    """Weekday names that may open a printed date."""
    time_zones: tuple[tuple[str, str], ...] = _dates.TIME_ZONES
    """``(abbreviation, IANA zone)`` of the zones a time stamp prints (``("ET", ...)``)."""
    update_cues: tuple[str, ...] = _dates.UPDATE_CUES
    """Patterns of the words that make a printed date an update date (``updated``)."""
    publish_cues: tuple[str, ...] = _dates.PUBLISH_CUES
    """Patterns of the words that make a printed date a publication date (``published``)."""
    stamp_words: tuple[str, ...] = _dates.STAMP_WORDS
    """Lower-case words a stamp line may hold beside its date (``on``, ``min read``)."""
    numeric_dates_day_first: bool = False
    """How to read a date in digits (``04/05/2025``) when the page's other dates do not tell:
    month first (``False``, US style) or day first (``True``, most other countries)."""

    byline_leads: tuple[str, ...] = _bylines.BYLINE_LEADS
    """Lead-ins of an author byline, e.g. ``"by"``, ``"written by"``
    (see :mod:`copydesk.lexicon.bylines`)."""
    role_heads: tuple[str, ...] = _bylines.ROLE_HEADS
    """Words that end a job title in a byline, e.g. ``"writer"``, ``"correspondent"``."""
    role_words: tuple[str, ...] = _bylines.ROLE_WORDS
    """Words that may stand before a role head, e.g. ``"staff"``, ``"political"``."""
    outlet_words: tuple[str, ...] = _bylines.OUTLET_WORDS
    """Words of outlet names, e.g. ``"times"``: a byline part holding one is no person."""
    name_particles: tuple[str, ...] = _bylines.NAME_PARTICLES
    """Lower-case particles inside personal names, e.g. ``"von"``, ``"bin"``."""
    name_suffixes: tuple[str, ...] = _bylines.NAME_SUFFIXES
    """Suffixes that end personal names, e.g. ``"jr."``."""
    not_name_words: tuple[str, ...] = _bylines.NOT_NAME_WORDS
    """Capitalised words that are never part of a person's name, e.g. ``"the"``."""
    trailer_roles: tuple[tuple[str, str], ...] = _bylines.TRAILER_ROLES
    """Credit-trailer lead-ins and the byline kind they give, e.g.
    ``("reporting by", "reporting")``."""
    standalone_credit_patterns: tuple[str, ...] = _credits.STANDALONE_CREDIT_PATTERNS
    """Whole-line patterns of a photo credit printed on its own line."""
    photo_agency_words: tuple[str, ...] = _credits.PHOTO_AGENCY_WORDS
    """Words that make a credit part an agency, e.g. ``"images"`` in ``Getty Images``."""
    speech_verbs: tuple[str, ...] = _verbs.SPEECH_VERBS
    """Speech verbs, each entry the forms of one verb (see :mod:`copydesk.lexicon.verbs`)."""
    source_cues: tuple[str, ...] = _verbs.SOURCE_CUES
    """Cue phrases followed by the source: ``according to``."""
    cue_audiences: tuple[str, ...] = _verbs.AUDIENCES
    """Who a speaker ``told``, printed as part of the cue (``told reporters``)."""
    cue_channels: tuple[str, ...] = _verbs.CHANNELS
    """What a statement was made in (``said in a statement``)."""
    cue_platforms: tuple[str, ...] = _verbs.PLATFORMS
    """Where a statement was published (``wrote on Facebook``)."""
    speaker_pronouns: tuple[str, ...] = _verbs.PRONOUNS
    """Pronouns that can stand for a speaker."""
    titles: tuple[str, ...] = _titles.TITLES
    """Titles and descriptors printed before a name (see :mod:`copydesk.lexicon.titles`)."""
    speaker_nouns: tuple[str, ...] = _titles.SPEAKER_NOUNS
    """Common nouns that can head a speaker without a name (``the judge``)."""
    # (kept as a read-only copy: see VersionedTables)
    stopwords: Mapping[str, tuple[str, ...]] = _boilerplate.STOPWORDS
    """Function words per language code (see :mod:`copydesk.lexicon.boilerplate`), read-only:
    extend them with :meth:`~copydesk.Lexicon.add_stopwords`."""
    link_cues: tuple[str, ...] = _boilerplate.LINK_CUES
    """Patterns of link and widget wording ("Click to", "Read more") on whole pages."""
    kind_cues: tuple[tuple[str, str], ...] = _boilerplate.KIND_CUES
    """``(kind, pattern)``: the chrome kind of a dropped page block, by its wording."""
    boilerplate_weights: tuple[tuple[str, float], ...] = _boilerplate.BOILERPLATE_WEIGHTS
    """``(feature, weight)`` of the page-block classifier (``benchmarks/fit_boilerplate.py``)."""
    boilerplate_context_weights: tuple[tuple[str, float], ...] = (
        _boilerplate.BOILERPLATE_CONTEXT_WEIGHTS
    )
    """``(feature, weight)`` of the classifier's second stage (neighbours' scores)."""
    boilerplate_length_power: float = _boilerplate.BOILERPLATE_LENGTH_POWER
    """How strongly a block's length weighs when the article region is chosen."""
    boilerplate_inside_threshold: float = _boilerplate.BOILERPLATE_INSIDE_THRESHOLD
    """Blocks inside the article region scoring below this are dropped all the same."""
    boilerplate_region_bias: float = _boilerplate.BOILERPLATE_REGION_BIAS
    """Added to every block's log-odds when the article region is chosen (favours recall)."""
    not_headline: tuple[str, ...] = _boilerplate.NOT_HEADLINE
    """Patterns of lines (bylines, stamps, menu rows) never taken for a page's headline."""
    headline_stamps: tuple[str, ...] = _boilerplate.HEADLINE_STAMPS
    """Patterns of a date or time in a line: a stamp, never a page's headline, unless the
    line's other words read like the title line."""
    comment_headers: tuple[str, ...] = _boilerplate.COMMENT_HEADERS
    """Patterns of a reader comment's header line (``jdoe on May 2, 2019 at 4:47 pm said:``)."""
    article_end_cues: tuple[str, ...] = _boilerplate.ARTICLE_END_CUES
    """Patterns of a heading that closes a page's article ("About the author")."""
    given_names: tuple[str, ...] = _bylines.GIVEN_NAMES
    """Given names that let a line holding only a name (``Jane Doe``) count as a byline."""
    caption_cues: tuple[str, ...] = _credits.CAPTION_CUES
    """Patterns of picture language (``pictured``, ``(left)``) that mark a caption without
    a credit."""
    caption_verbs: tuple[str, ...] = _credits.CAPTION_VERBS
    """Present-tense verbs of a picture (``stands``, ``arrives``) that mark a short block
    ending without a period as a caption."""
    leading_credit_patterns: tuple[str, ...] = _credits.LEADING_CREDIT_PATTERNS
    """Patterns of a photo credit that opens a caption (``STAFF PHOTO BY JANE DOE ...``)."""
    markup_lines: tuple[str, ...] = _boilerplate.MARKUP_LINES
    """Patterns of a line of leaked HTML or script (``<a href=...``) on a page: chrome."""
    article_end_lines: tuple[str, ...] = _boilerplate.ARTICLE_END_LINES
    """Patterns of a line that closes a page's article (a contact line, a disclaimer)."""
    picture_above_lines: tuple[str, ...] = _credits.PICTURE_ABOVE_LINES
    """Patterns (whole line, any case) of a photo's button printed right above its caption
    (``View larger image``): the block under one is a caption."""
    picture_below_lines: tuple[str, ...] = _credits.PICTURE_BELOW_LINES
    """Patterns (whole line, any case) of a gallery link printed right below a caption
    (``More photos:``): the block above one is a caption."""
    caption_labels: tuple[str, ...] = _credits.CAPTION_LABELS
    """Patterns of a label opening a caption (``Caption:``)."""
    markup_caption_openers: tuple[str, ...] = _credits.MARKUP_CAPTION_OPENERS
    """Patterns (any case) of a leaked HTML tag that opens a caption (``<div class="cap">``)."""
    teaser_leads: tuple[str, ...] = _boilerplate.TEASER_LEADS
    """Patterns of the lead of a link to another story (``Related:``, ``Read more:``)."""
    not_closing_lines: tuple[str, ...] = _boilerplate.NOT_CLOSING_LINES
    """Patterns of a sentence under a page's article that is the site's (``... you ...``)."""
    embedded_post_signatures: tuple[str, ...] = _boilerplate.EMBEDDED_POST_SIGNATURES
    """Patterns of the signature line of an embedded post (``— Jane Doe (@jd) May 2, 2019``)."""
    bare_caption_credits: tuple[str, ...] = _credits.BARE_CAPTION_CREDITS
    """Agencies printed bare after a caption's last sentence (``... its effect. Getty``)."""
    article_card_headings: tuple[str, ...] = _boilerplate.ARTICLE_CARD_HEADINGS
    """Patterns of the heading of a card under a page's article that is the article's own
    (a recipe's ``Ingredients``)."""

    @classmethod
    def default(cls) -> Lexicon:
        """A fresh lexicon with copydesk's built-in tables.

        >>> from copydesk import Parser
        >>> Lexicon.default() == Parser().lexicon
        True
        >>> Lexicon.default() is Lexicon.default()  # a new one each time
        False
        """
        return cls()

    def copy(self) -> Lexicon:
        """An independent copy (the tables are immutable, so this is cheap).

        >>> lexicon = Lexicon.default()
        >>> mine = lexicon.copy()
        >>> mine.add_agency("NTV", "Nippon TV News")
        >>> mine.agency("Nippon TV News"), lexicon.agency("Nippon TV News")
        ('NTV', None)
        """
        return attrs.evolve(self)

    def add_chrome(
        self,
        text: str,
        kind: str = "custom",
        *,
        position: Position = "any",
        is_regex: bool = False,
    ) -> None:
        """Treat blocks reading *text* (case-insensitive, whole block) as chrome of *kind*.

        Pass ``is_regex=True`` to give a ``regex`` pattern instead of literal text. New rules
        take precedence over the built-in ones. ``position="edge"`` matches only above or
        below the article's prose, never between its paragraphs; no other position exists.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_chrome(r"Listen to this story \\(\\d+ min\\)", "audio", is_regex=True)
        >>> text = "Storm hits coast\\n\\nListen to this story (3 min)\\n\\nThe storm hit."
        >>> [(chrome.kind, chrome.text) for chrome in parser.parse(text).chrome]
        [('audio', 'Listen to this story (3 min)')]
        """
        import regex  # here: "import copydesk" stays light (the steps import it anyway)

        check.text("text", text)
        check.text("kind", kind)
        check.choice("position", position, POSITIONS)
        if check.flag("is_regex", is_regex):
            pattern = check.pattern("text", text)
        else:
            pattern = regex.escape(text.strip())
        self._prepend("chrome_rules", ChromeRule(pattern, kind, position))

    def add_agency(self, code: str, name: str, aliases: Iterable[str] = ()) -> None:
        """Register an agency; it takes precedence over built-in ones sharing a spelling.

        *aliases* is a tuple or list of spellings; a bare string is refused (its letters
        would each become an alias).

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_agency("NTV", "Nippon TV News", aliases=("NNN24",))
        >>> lexicon.agency("nnn24"), lexicon.agency("Associated Press"), lexicon.agency("Nobody")
        ('NTV', 'AP', None)
        """
        check.text("code", code)
        check.text("name", name)
        spellings = check.strings("aliases", aliases, allow_empty=True)
        self._prepend("agencies", Agency(code, name, spellings))

    def add_region(self, spelling: str, name: str) -> None:
        """Spell out *spelling* as *name* in dateline regions (case and spaces ignored).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_region("Qld", "Queensland")
        >>> text = "Floods\\n\\nBRISBANE, Qld (AAP) - Rain fell all day on the city."
        >>> parser.parse(text).dateline.region
        'Queensland'
        """
        check.text("spelling", spelling)
        check.text("name", name)
        if not _places.region_key(spelling):
            raise ValueError(f"spelling must hold more than spaces and periods, not {spelling!r}")
        self._prepend("region_names", (spelling, name))

    def add_dateline_city(self, name: str) -> None:
        """Accept *name* as a dateline on its own, as in ``"KOTTAYAM: The rain ..."``.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_dateline_city("Kottayam")
        >>> text = "Floods\\n\\nKOTTAYAM: The rain fell all day on the town and its farms."
        >>> parser.parse(text).dateline.city
        'KOTTAYAM'
        """
        self._prepend("dateline_cities", check.text("name", name))

    def add_byline_words(self, table: BylineTable, *words: str) -> None:
        """Add words (any case) to one of the byline tables, e.g. a new lead-in.

        *table* is one of ``byline_leads``, ``role_heads``, ``role_words``, ``outlet_words``,
        ``name_particles``, ``name_suffixes``, ``not_name_words`` and ``given_names``; a
        lead-in must begin and end with a letter or digit (it is matched as whole words).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_byline_words("byline_leads", "reportage de")
        >>> parser.parse("Headline\\n\\nReportage de Jean Dupont\\n\\nThe text.").bylines[0].names
        ('Jean Dupont',)
        """
        check.choice("table", table, BYLINE_TABLES)
        check.texts("words", words)
        if table == "byline_leads":
            for index, word in enumerate(words):
                check.whole_words(f"words[{index}]", word)
        self._prepend(table, *(" ".join(word.split()).casefold() for word in words))

    def add_trailer_role(self, lead: str, kind: str) -> None:
        """Read credit lines opening with *lead* (e.g. ``"photos by"``) as trailers of *kind*.

        The lead must begin and end with a letter or digit (it is matched as whole words).

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_trailer_role("Research by", "research")
        >>> lexicon.trailer_roles[0]
        ('research by', 'research')
        """
        check.whole_words("lead", lead)
        check.text("kind", kind)
        self._prepend("trailer_roles", (" ".join(lead.split()).casefold(), kind))

    def add_credit_pattern(self, pattern: str) -> None:
        """Add a photo-credit pattern (``regex`` syntax, groups as in
        :mod:`copydesk.lexicon.credits`); it takes precedence over the built-in ones.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_credit_pattern("(?P<label>Bild:) ?[A-Za-z /]{1,60}")
        >>> text = "Headline\\n\\nA lake at dawn. Bild: Ann Lee/dpa\\n\\nThe text."
        >>> parser.parse(text).captions[0].credit.names
        ('Ann Lee',)
        """
        self._prepend("credit_patterns", check.pattern("pattern", pattern))

    def add_caption_verb(self, *verbs: str) -> None:
        """Read a short block without a period that holds one of *verbs* (any case, as
        printed: ``"paddle"``, ``"paddles"``) as a photo caption.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_caption_verb("paddle")
        >>> text = (
        ...     "Floods\\n\\nThe river rose overnight and flooded the town, officials said.\\n\\n"
        ...     "Volunteers paddle down the flooded main street of the town\\n\\n"
        ...     "Schools stayed closed on Tuesday as the water receded slowly."
        ... )
        >>> [caption.text for caption in parser.parse(text).captions]
        ['Volunteers paddle down the flooded main street of the town']
        """
        check.texts("verbs", verbs)
        self._prepend("caption_verbs", *(verb.strip().casefold() for verb in verbs))

    def add_caption_cue(self, pattern: str) -> None:
        """Read a one-sentence block matching *pattern* (``regex`` syntax), such as picture
        language in another language, as a photo caption.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_caption_cue(r"\\(links\\)")
        >>> text = (
        ...     "Floods\\n\\nThe river rose overnight and flooded the town, officials said.\\n\\n"
        ...     "Jane Doe (links) im Rathaus.\\n\\n"
        ...     "Schools stayed closed on Tuesday as the water receded slowly."
        ... )
        >>> [caption.text for caption in parser.parse(text).captions]
        ['Jane Doe (links) im Rathaus.']
        """
        self._prepend("caption_cues", check.pattern("pattern", pattern))

    def add_picture_line(self, pattern: str, *, above: bool = True) -> None:
        """Read the block under a line matching *pattern* (``regex``, whole line, any case)
        as a photo caption; with ``above=False``, the block above it (a gallery link printed
        under its caption).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_picture_line("Bild vergrößern")
        >>> text = (
        ...     "Floods\\n\\nThe river rose overnight and flooded the town, officials said.\\n\\n"
        ...     "Bild vergrößern\\n\\nHelfer tragen Sandsäcke zum Deich\\n\\n"
        ...     "Schools stayed closed on Tuesday as the water receded slowly."
        ... )
        >>> [caption.text for caption in parser.parse(text).captions]
        ['Helfer tragen Sandsäcke zum Deich']
        """
        check.pattern("pattern", pattern)
        table = "picture_above_lines" if check.flag("above", above) else "picture_below_lines"
        self._prepend(table, pattern)

    def add_speech_verb(self, *forms: str) -> None:
        """Register a speech verb by its forms (a multi-word verb as ``"weigh in"``). Each
        form must begin and end with a letter or digit (it is matched as whole words).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_speech_verb("harrumph", "harrumphs", "harrumphed")
        >>> quote, = parser.parse("Title\\n\\n\u201cNever,\u201d Smith harrumphed.").quotes
        >>> quote.cue, quote.speaker.mention
        ('harrumphed', 'Smith')
        """
        check.texts("forms", forms)
        for index, form in enumerate(forms):
            check.whole_words(f"forms[{index}]", form)
        self._append("speech_verbs", " ".join("_".join(form.split()) for form in forms))

    def add_title(self, title: str) -> None:
        """Register a title or descriptor printed before names (``"Grand Vizier"``).

        A capitalised title matches only as printed; a lower-case one in any case.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_title("Grand Vizier")
        >>> text = "Title\\n\\n\u201cNo,\u201d said Grand Vizier Jafar Smith."
        >>> speaker = parser.parse(text).quotes[0].speaker
        >>> speaker.title, speaker.mention
        ('Grand Vizier', 'Jafar Smith')
        """
        self._append("titles", " ".join(check.text("title", title).split()))

    def add_cue_channel(self, channel: str) -> None:
        """Register what a statement can be made in (``"livestream"``: ``said in a livestream``).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_cue_channel("livestream")
        >>> text = 'Title\\n\\n"No," Mayor Ann Lee said in a livestream on Monday.'
        >>> parser.parse(text).quotes[0].cue
        'said in a livestream'
        """
        self._append("cue_channels", " ".join(check.text("channel", channel).split()))

    def add_stopwords(self, language: str, words: Iterable[str]) -> None:
        """Add function words of *language* (a new language or more words for a known one).

        *words* is a tuple or list of words; a bare string is refused.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_stopwords("da", ["og", "det", "er", "en", "til"])
        >>> "og" in lexicon.stopwords["da"]
        True
        """
        check.text("language", language)
        folded = [word.casefold() for word in check.strings("words", words)]

        def with_words(stopwords: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            known = stopwords.get(language, ())
            new = tuple(word for word in dict.fromkeys(folded) if word not in known)
            return {**stopwords, language: (*known, *new)}

        self._change("stopwords", with_words)

    def add_comment_header(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive, searched in a short dated line) of a
        reader comment's header; two such lines after a page's article start its thread.

        >>> Lexicon.default().add_comment_header("schrieb:$")
        """
        self._prepend("comment_headers", check.pattern("pattern", pattern))

    def add_article_end_cue(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a short heading that closes a page's
        article, such as the heading of an author box.

        >>> Lexicon.default().add_article_end_cue("^om forfatteren$")
        """
        self._prepend("article_end_cues", check.pattern("pattern", pattern))

    def add_article_end_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a line that closes a page's article,
        such as a contact line or a disclaimer; that line and what follows are dropped.

        >>> Lexicon.default().add_article_end_line("kan kontaktes på")
        """
        self._prepend("article_end_lines", check.pattern("pattern", pattern))

    def add_markup_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a line of leaked markup or script
        that is chrome of kind ``markup`` inside a page's article.

        >>> Lexicon.default().add_markup_line("^<video ")
        """
        self._prepend("markup_lines", check.pattern("pattern", pattern))

    def add_teaser_lead(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the lead of a link to another story;
        a short line inside a page's article that opens with it is dropped as ``related``.

        >>> Lexicon.default().add_teaser_lead("^læs også:")
        """
        self._prepend("teaser_leads", check.pattern("pattern", pattern))

    def add_not_closing_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a sentence under a page's article
        that is the site's own (it does not join the article as its last paragraph).

        >>> Lexicon.default().add_not_closing_line("^del artiklen")
        """
        self._prepend("not_closing_lines", check.pattern("pattern", pattern))

    def add_embedded_post_signature(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the signature line that closes a
        social-media post embedded in a page's article; the post stays in the article.

        >>> Lexicon.default().add_embedded_post_signature("^shared on mastodon by ")
        """
        self._prepend("embedded_post_signatures", check.pattern("pattern", pattern))

    def add_article_card_heading(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the heading of a card under a page's
        article that is the article's own (a recipe's ingredients); the card joins it.

        >>> Lexicon.default().add_article_card_heading("^ingredienser$")
        """
        self._prepend("article_card_headings", check.pattern("pattern", pattern))

    def add_bare_caption_credit(self, *agencies: str) -> None:
        """Add agencies that may end a short caption bare, after its last sentence.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_bare_caption_credit("Keystone")
        >>> text = "Headline\\n\\nA lake at dawn. Keystone\\n\\nThe text goes on here."
        >>> parser.parse(text).captions[0].credit.agency
        'Keystone'
        """
        self._prepend("bare_caption_credits", *check.texts("agencies", agencies))

    def agency(self, text: str) -> str | None:
        """The canonical code of the agency *text* names (any case), or ``None``.

        >>> lexicon = Lexicon.default()
        >>> lexicon.agency("ASSOCIATED  PRESS"), lexicon.agency("AP"), lexicon.agency("Bob")
        ('AP', 'AP', None)
        """
        index = self.cached("agencies.index", agency_index)
        return index.get(" ".join(text.split()).casefold())

    def cached(self, key: str, build: Callable[[Lexicon], _T]) -> _T:
        """Return ``build(self)``, computed once until the lexicon changes.

        Steps use this for patterns compiled from the tables. Name keys after your step
        (``"mystep.pattern"``) so they never clash with the built-in ones. A value is kept
        with the version of the tables it was built from, and any change of a table (an
        ``add_*`` call or an assignment) makes a new version; a value built while another
        thread changed the lexicon is therefore never handed out after that change.

        >>> import regex
        >>> def build(lexicon):
        ...     print("compiling")
        ...     return regex.compile("|".join(lexicon.weekdays), regex.IGNORECASE)
        >>> lexicon = Lexicon.default()
        >>> pattern = lexicon.cached("mystep.weekdays", build)
        compiling
        >>> lexicon.cached("mystep.weekdays", build) is pattern  # built once
        True
        >>> lexicon.add_agency("NTV", "Nippon TV News")  # a change makes a new version
        >>> pattern = lexicon.cached("mystep.weekdays", build)
        compiling
        """
        return self._derived.get(key, build, self)
