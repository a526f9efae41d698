"""Data tables the steps read: chrome patterns and, as detectors land, agencies and verbs.

A :class:`Lexicon` belongs to one :class:`~copydesk.Parser`; extending it never affects
another parser. Patterns derived from the tables are compiled once, on first use, and
recompiled after a change.

>>> from copydesk import Parser
>>> parser = Parser()
>>> parser.lexicon.add_chrome("Download our app", kind="promotion")
>>> [c.kind for c in parser.parse("Headline\\n\\nA sentence.\\n\\nDownload our app").chrome]
['promotion']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

import attrs

from copydesk.lexicon import bylines as _bylines
from copydesk.lexicon.agencies import AGENCIES
from copydesk.lexicon.boilerplate import (
    ARTICLE_CARD_HEADINGS,
    ARTICLE_END_CUES,
    ARTICLE_END_LINES,
    BOILERPLATE_CONTEXT_WEIGHTS,
    BOILERPLATE_INSIDE_THRESHOLD,
    BOILERPLATE_LENGTH_POWER,
    BOILERPLATE_REGION_BIAS,
    BOILERPLATE_WEIGHTS,
    COMMENT_HEADERS,
    EMBEDDED_POST_SIGNATURES,
    KIND_CUES,
    LINK_CUES,
    MARKUP_LINES,
    NOT_CLOSING_LINES,
    NOT_HEADLINE,
    STOPWORDS,
    TEASER_LEADS,
)
from copydesk.lexicon.chrome import CHROME_PATTERNS
from copydesk.lexicon.credits import (
    BARE_CAPTION_CREDITS,
    CAPTION_CUES,
    CAPTION_LABELS,
    CAPTION_VERBS,
    CREDIT_PATTERNS,
    LEADING_CREDIT_PATTERNS,
    MARKUP_CAPTION_OPENERS,
    PHOTO_AGENCY_WORDS,
    PICTURE_ABOVE_LINES,
    PICTURE_BELOW_LINES,
    STANDALONE_CREDIT_PATTERNS,
)
from copydesk.lexicon.dates import MONTHS, WEEKDAYS
from copydesk.lexicon.places import DATELINE_CITIES, NOT_PLACES, REGION_NAMES
from copydesk.lexicon.titles import SPEAKER_NOUNS, TITLES
from copydesk.lexicon.verbs import (
    AUDIENCES,
    CHANNELS,
    PLATFORMS,
    PRONOUNS,
    SOURCE_CUES,
    SPEECH_VERBS,
)

__all__ = ["Agency", "BylineTable", "ChromeRule", "Lexicon"]

Position = Literal["any", "edge"]
#: The byline word tables :meth:`Lexicon.add_byline_words` extends.
BylineTable = Literal[
    "byline_leads",
    "role_heads",
    "role_words",
    "outlet_words",
    "name_particles",
    "name_suffixes",
    "not_name_words",
    "given_names",
]
_T = TypeVar("_T")


@attrs.frozen
class ChromeRule:
    """One chrome pattern: a block whose whole text matches is chrome of this kind.

    :meth:`Lexicon.add_chrome` makes one and puts it first:

    >>> lexicon = Lexicon.default()
    >>> lexicon.add_chrome("Download our app", kind="promotion")
    >>> rule = lexicon.chrome_rules[0]
    >>> print(rule.pattern, "|", rule.kind, "|", rule.position)
    Download\\ our\\ app | promotion | any
    """

    pattern: str
    """A ``regex`` pattern, matched case-insensitively against a whole block."""
    kind: str
    """The :attr:`copydesk.Chrome.kind` given to a match."""
    position: Position = "any"
    """``"any"``, or ``"edge"`` to match only above or below the article's prose."""


@attrs.frozen
class Agency:
    """A news or photo agency.

    >>> lexicon = Lexicon.default()
    >>> ap = next(agency for agency in lexicon.agencies if agency.code == "AP")
    >>> ap.name, lexicon.agency("associated press")
    ('Associated Press', 'AP')
    """

    code: str
    """The canonical short name models report, e.g. ``"AP"``."""
    name: str
    """The full name, e.g. ``"Associated Press"``."""
    aliases: tuple[str, ...] = ()
    """Other spellings that mean this agency (matched case-insensitively)."""


def _default_agencies() -> tuple[Agency, ...]:
    return tuple(Agency(code, name, aliases) for code, name, aliases in AGENCIES)


def _agency_index(lexicon: Lexicon) -> dict[str, str]:
    """Casefolded code, name and aliases -> code. Earlier agencies win a shared alias."""
    index: dict[str, str] = {}
    for agency in lexicon.agencies:
        for spelling in (agency.code, agency.name, *agency.aliases):
            index.setdefault(" ".join(spelling.split()).casefold(), agency.code)
    return index


def _default_chrome_rules() -> tuple[ChromeRule, ...]:
    return tuple(
        ChromeRule(pattern, kind, position)  # type: ignore[arg-type]
        for kind, position, pattern in CHROME_PATTERNS
    )


def _check_pattern(pattern: str) -> None:
    """Compile ``pattern`` so a bad one fails where it is added, not in the middle of a parse."""
    import regex  # here: "import copydesk" stays light (the steps import it anyway)

    regex.compile(pattern)


@attrs.define(eq=False)
class Lexicon:
    """The word lists and patterns one parser uses. Build it with :meth:`default`.

    Each :class:`~copydesk.Parser` has its own (:attr:`Parser.lexicon
    <copydesk.Parser.lexicon>`); the ``add_*`` methods extend it, and the new entries win
    over the built-in ones. The tables themselves are immutable tuples.

    >>> lexicon = Lexicon.default()
    >>> lexicon.agency("Reuters"), "said" in lexicon.speech_verbs[0].split()
    ('Reuters', True)
    >>> len(lexicon.chrome_rules) > 10
    True
    """

    chrome_rules: tuple[ChromeRule, ...] = attrs.field(factory=_default_chrome_rules)
    """Chrome patterns, in order of precedence (the first match names the kind)."""

    agencies: tuple[Agency, ...] = attrs.field(factory=_default_agencies)
    """Wire and photo agencies (see :mod:`copydesk.lexicon.agencies`); earlier entries win."""
    credit_patterns: tuple[str, ...] = CREDIT_PATTERNS
    """Patterns of photo credits that end a caption (see :mod:`copydesk.lexicon.credits`)."""
    region_names: tuple[tuple[str, str], ...] = REGION_NAMES
    """``(printed, full name)`` of states and provinces in datelines (``("Calif.", "California")``;
    see :mod:`copydesk.lexicon.places`)."""
    dateline_cities: tuple[str, ...] = DATELINE_CITIES
    """Cities that may stand alone in a dateline without date or agency (``"NEW DELHI:"``)."""
    not_places: tuple[str, ...] = NOT_PLACES
    """Words that open kickers and labels (``FILE``, ``MORE``), never a dateline's place."""
    months: tuple[tuple[int, tuple[str, ...]], ...] = MONTHS
    """Month numbers and their printed names (see :mod:`copydesk.lexicon.dates`)."""
    weekdays: tuple[str, ...] = WEEKDAYS
    """Weekday names that may open a printed date."""

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
    standalone_credit_patterns: tuple[str, ...] = STANDALONE_CREDIT_PATTERNS
    """Whole-line patterns of a photo credit printed on its own line."""
    photo_agency_words: tuple[str, ...] = PHOTO_AGENCY_WORDS
    """Words that make a credit part an agency, e.g. ``"images"`` in ``Getty Images``."""
    speech_verbs: tuple[str, ...] = SPEECH_VERBS
    """Speech verbs, each entry the forms of one verb (see :mod:`copydesk.lexicon.verbs`)."""
    source_cues: tuple[str, ...] = SOURCE_CUES
    """Cue phrases followed by the source: ``according to``."""
    cue_audiences: tuple[str, ...] = AUDIENCES
    """Who a speaker ``told``, printed as part of the cue (``told reporters``)."""
    cue_channels: tuple[str, ...] = CHANNELS
    """What a statement was made in (``said in a statement``)."""
    cue_platforms: tuple[str, ...] = PLATFORMS
    """Where a statement was published (``wrote on Facebook``)."""
    speaker_pronouns: tuple[str, ...] = PRONOUNS
    """Pronouns that can stand for a speaker."""
    titles: tuple[str, ...] = TITLES
    """Titles and descriptors printed before a name (see :mod:`copydesk.lexicon.titles`)."""
    speaker_nouns: tuple[str, ...] = SPEAKER_NOUNS
    """Common nouns that can head a speaker without a name (``the judge``)."""
    stopwords: dict[str, tuple[str, ...]] = attrs.field(factory=lambda: dict(STOPWORDS))
    """Function words per language code (see :mod:`copydesk.lexicon.boilerplate`)."""
    link_cues: tuple[str, ...] = LINK_CUES
    """Patterns of link and widget wording ("Click to", "Read more") on whole pages."""
    kind_cues: tuple[tuple[str, str], ...] = KIND_CUES
    """``(kind, pattern)``: the chrome kind of a dropped page block, by its wording."""
    boilerplate_weights: tuple[tuple[str, float], ...] = BOILERPLATE_WEIGHTS
    """``(feature, weight)`` of the page-block classifier (``benchmarks/fit_boilerplate.py``)."""
    boilerplate_context_weights: tuple[tuple[str, float], ...] = BOILERPLATE_CONTEXT_WEIGHTS
    """``(feature, weight)`` of the classifier's second stage (neighbours' scores)."""
    boilerplate_length_power: float = BOILERPLATE_LENGTH_POWER
    """How strongly a block's length weighs when the article region is chosen."""
    boilerplate_inside_threshold: float = BOILERPLATE_INSIDE_THRESHOLD
    """Blocks inside the article region scoring below this are dropped all the same."""
    boilerplate_region_bias: float = BOILERPLATE_REGION_BIAS
    """Added to every block's log-odds when the article region is chosen (favours recall)."""
    not_headline: tuple[str, ...] = NOT_HEADLINE
    """Patterns of lines (bylines, stamps, menu rows) never taken for a page's headline."""
    comment_headers: tuple[str, ...] = COMMENT_HEADERS
    """Patterns of a reader comment's header line (``jdoe on May 2, 2019 at 4:47 pm said:``)."""
    article_end_cues: tuple[str, ...] = ARTICLE_END_CUES
    """Patterns of a heading that closes a page's article ("About the author")."""
    given_names: tuple[str, ...] = _bylines.GIVEN_NAMES
    """Given names that let a line holding only a name (``Jane Doe``) count as a byline."""
    caption_cues: tuple[str, ...] = CAPTION_CUES
    """Patterns of picture language (``pictured``, ``(left)``) that mark a caption without
    a credit."""
    caption_verbs: tuple[str, ...] = CAPTION_VERBS
    """Present-tense verbs of a picture (``stands``, ``arrives``) that mark a short block
    ending without a period as a caption."""
    leading_credit_patterns: tuple[str, ...] = LEADING_CREDIT_PATTERNS
    """Patterns of a photo credit that opens a caption (``STAFF PHOTO BY JANE DOE ...``)."""
    markup_lines: tuple[str, ...] = MARKUP_LINES
    """Patterns of a line of leaked HTML or script (``<a href=...``) on a page: chrome."""
    article_end_lines: tuple[str, ...] = ARTICLE_END_LINES
    """Patterns of a line that closes a page's article (a contact line, a disclaimer)."""
    picture_above_lines: tuple[str, ...] = PICTURE_ABOVE_LINES
    """Patterns (whole line, any case) of a photo's button printed right above its caption
    (``View larger image``): the block under one is a caption."""
    picture_below_lines: tuple[str, ...] = PICTURE_BELOW_LINES
    """Patterns (whole line, any case) of a gallery link printed right below a caption
    (``More photos:``): the block above one is a caption."""
    caption_labels: tuple[str, ...] = CAPTION_LABELS
    """Patterns of a label opening a caption (``Caption:``)."""
    markup_caption_openers: tuple[str, ...] = MARKUP_CAPTION_OPENERS
    """Patterns (any case) of a leaked HTML tag that opens a caption (``<div class="cap">``)."""
    teaser_leads: tuple[str, ...] = TEASER_LEADS
    """Patterns of the lead of a link to another story (``Related:``, ``Read more:``)."""
    not_closing_lines: tuple[str, ...] = NOT_CLOSING_LINES
    """Patterns of a sentence under a page's article that is the site's (``... you ...``)."""
    embedded_post_signatures: tuple[str, ...] = EMBEDDED_POST_SIGNATURES
    """Patterns of the signature line of an embedded post (``— Jane Doe (@jd) May 2, 2019``)."""
    bare_caption_credits: tuple[str, ...] = BARE_CAPTION_CREDITS
    """Agencies printed bare after a caption's last sentence (``... its effect. Getty``)."""
    article_card_headings: tuple[str, ...] = ARTICLE_CARD_HEADINGS
    """Patterns of the heading of a card under a page's article that is the article's own
    (a recipe's ``Ingredients``)."""

    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

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
        """An independent copy (the tables are immutable tuples, so this is cheap).

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
        below the article's prose, never between its paragraphs.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_chrome(r"Listen to this story \\(\\d+ min\\)", "audio", is_regex=True)
        >>> text = "Storm hits coast\\n\\nListen to this story (3 min)\\n\\nThe storm hit."
        >>> [(chrome.kind, chrome.text) for chrome in parser.parse(text).chrome]
        [('audio', 'Listen to this story (3 min)')]
        """
        import regex  # here: "import copydesk" stays light (the steps import it anyway)

        pattern = text if is_regex else regex.escape(text.strip())
        _check_pattern(pattern)
        self._prepend("chrome_rules", ChromeRule(pattern, kind, position))

    def add_agency(self, code: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        """Register an agency; it takes precedence over built-in ones sharing a spelling.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_agency("NTV", "Nippon TV News", aliases=("NNN24",))
        >>> lexicon.agency("nnn24"), lexicon.agency("Associated Press"), lexicon.agency("Nobody")
        ('NTV', 'AP', None)
        """
        self._prepend("agencies", Agency(code, name, tuple(aliases)))

    def add_region(self, spelling: str, name: str) -> None:
        """Spell out *spelling* as *name* in dateline regions (case and spaces ignored).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_region("Qld", "Queensland")
        >>> text = "Floods\\n\\nBRISBANE, Qld (AAP) - Rain fell all day on the city."
        >>> parser.parse(text).dateline.region
        'Queensland'
        """
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
        self._prepend("dateline_cities", name)

    def add_byline_words(self, table: BylineTable, *words: str) -> None:
        """Add words (any case) to one of the byline tables, e.g. a new lead-in.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_byline_words("byline_leads", "reportage de")
        >>> parser.parse("Headline\\n\\nReportage de Jean Dupont\\n\\nThe text.").bylines[0].names
        ('Jean Dupont',)
        """
        self._prepend(table, *(" ".join(word.split()).casefold() for word in words))

    def add_trailer_role(self, lead: str, kind: str) -> None:
        """Read credit lines opening with *lead* (e.g. ``"photos by"``) as trailers of *kind*.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_trailer_role("Research by", "research")
        >>> lexicon.trailer_roles[0]
        ('research by', 'research')
        """
        lead = " ".join(lead.split()).casefold()
        self._prepend("trailer_roles", (lead, kind))

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
        _check_pattern(pattern)
        self._prepend("credit_patterns", pattern)

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
        _check_pattern(pattern)
        self._prepend("caption_cues", pattern)

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
        _check_pattern(pattern)
        self._prepend("picture_above_lines" if above else "picture_below_lines", pattern)

    def _prepend(self, table: str, *entries: object) -> None:
        """Put *entries* first in *table* (so they win) and drop patterns compiled from it."""
        setattr(self, table, (*entries, *getattr(self, table)))
        self._cache.clear()

    def add_speech_verb(self, *forms: str) -> None:
        """Register a speech verb by its forms (a multi-word verb as ``"weigh in"``).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_speech_verb("harrumph", "harrumphs", "harrumphed")
        >>> quote, = parser.parse("Title\\n\\n\u201cNever,\u201d Smith harrumphed.").quotes
        >>> quote.cue, quote.speaker.mention
        ('harrumphed', 'Smith')
        """
        entry = " ".join("_".join(form.split()) for form in forms if form.strip())
        if not entry:
            raise ValueError("give at least one form of the verb")
        self.speech_verbs = (*self.speech_verbs, entry)
        self._cache.clear()

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
        if not title.strip():
            raise ValueError("a title must not be empty")
        self.titles = (*self.titles, " ".join(title.split()))
        self._cache.clear()

    def add_cue_channel(self, channel: str) -> None:
        """Register what a statement can be made in (``"livestream"``: ``said in a livestream``).

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_cue_channel("livestream")
        >>> text = 'Title\\n\\n"No," Mayor Ann Lee said in a livestream on Monday.'
        >>> parser.parse(text).quotes[0].cue
        'said in a livestream'
        """
        if not channel.strip():
            raise ValueError("a channel must not be empty")
        self.cue_channels = (*self.cue_channels, " ".join(channel.split()))
        self._cache.clear()

    def add_stopwords(self, language: str, words: tuple[str, ...] | list[str]) -> None:
        """Add function words of *language* (a new language or more words for a known one).

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_stopwords("da", ["og", "det", "er", "en", "til"])
        >>> "og" in lexicon.stopwords["da"]
        True
        """
        known = self.stopwords.get(language, ())
        new = tuple(word.casefold() for word in words if word.casefold() not in known)
        self.stopwords = {**self.stopwords, language: (*known, *new)}
        self._cache.clear()

    def add_comment_header(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive, searched in a short dated line) of a
        reader comment's header; two such lines after a page's article start its thread.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_comment_header("schrieb:$")
        >>> lexicon.comment_headers[0]
        'schrieb:$'
        """
        _check_pattern(pattern)
        self._prepend("comment_headers", pattern)

    def add_article_end_cue(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a short heading that closes a page's
        article, such as the heading of an author box.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_article_end_cue(r"^om forfatteren$")
        >>> lexicon.article_end_cues[0]
        '^om forfatteren$'
        """
        _check_pattern(pattern)
        self._prepend("article_end_cues", pattern)

    def add_article_end_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a line that closes a page's article,
        such as a contact line or a disclaimer; that line and what follows are dropped.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_article_end_line("kan kontaktes på")
        >>> lexicon.article_end_lines[0]
        'kan kontaktes på'
        """
        _check_pattern(pattern)
        self._prepend("article_end_lines", pattern)

    def add_markup_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a line of leaked markup or script
        that is chrome of kind ``markup`` inside a page's article.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_markup_line("^<video ")
        >>> lexicon.markup_lines[0]
        '^<video '
        """
        _check_pattern(pattern)
        self._prepend("markup_lines", pattern)

    def add_teaser_lead(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the lead of a link to another story;
        a short line inside a page's article that opens with it is dropped as ``related``.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_teaser_lead("^læs også:")
        >>> lexicon.teaser_leads[0]
        '^læs også:'
        """
        _check_pattern(pattern)
        self._prepend("teaser_leads", pattern)

    def add_not_closing_line(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of a sentence under a page's article
        that is the site's own (it does not join the article as its last paragraph).

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_not_closing_line("^del artiklen")
        >>> lexicon.not_closing_lines[0]
        '^del artiklen'
        """
        _check_pattern(pattern)
        self._prepend("not_closing_lines", pattern)

    def add_embedded_post_signature(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the signature line that closes a
        social-media post embedded in a page's article; the post stays in the article.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_embedded_post_signature("^shared on mastodon by ")
        >>> lexicon.embedded_post_signatures[0]
        '^shared on mastodon by '
        """
        _check_pattern(pattern)
        self._prepend("embedded_post_signatures", pattern)

    def add_article_card_heading(self, pattern: str) -> None:
        """Add a pattern (``regex``, case-insensitive) of the heading of a card under a page's
        article that is the article's own; the card joins the article.

        >>> lexicon = Lexicon.default()
        >>> lexicon.add_article_card_heading("^ingredienser$")
        >>> lexicon.article_card_headings[0]
        '^ingredienser$'
        """
        _check_pattern(pattern)
        self._prepend("article_card_headings", pattern)

    def add_bare_caption_credit(self, *agencies: str) -> None:
        """Add agencies that may end a short caption bare, after its last sentence.

        >>> from copydesk import Parser
        >>> parser = Parser()
        >>> parser.lexicon.add_bare_caption_credit("Keystone")
        >>> text = "Headline\\n\\nA lake at dawn. Keystone\\n\\nThe text goes on here."
        >>> parser.parse(text).captions[0].credit.agency
        'Keystone'
        """
        self._prepend("bare_caption_credits", *agencies)

    def agency(self, text: str) -> str | None:
        """The canonical code of the agency *text* names (any case), or ``None``.

        >>> lexicon = Lexicon.default()
        >>> lexicon.agency("ASSOCIATED  PRESS"), lexicon.agency("AP"), lexicon.agency("Bob")
        ('AP', 'AP', None)
        """
        index = self.cached("agencies.index", _agency_index)
        return index.get(" ".join(text.split()).casefold())

    def cached(self, key: str, build: Callable[[Lexicon], _T]) -> _T:
        """Return ``build(self)``, computed once until the lexicon changes.

        Steps use this for patterns compiled from the tables. Name keys after your step
        (``"mystep.pattern"``) so they never clash with the built-in ones.

        >>> import regex
        >>> def build(lexicon):
        ...     print("compiling")
        ...     return regex.compile("|".join(lexicon.weekdays), regex.IGNORECASE)
        >>> lexicon = Lexicon.default()
        >>> pattern = lexicon.cached("mystep.weekdays", build)
        compiling
        >>> lexicon.cached("mystep.weekdays", build) is pattern  # built once
        True
        >>> lexicon.add_agency("NTV", "Nippon TV News")  # a change drops the cache
        >>> pattern = lexicon.cached("mystep.weekdays", build)
        compiling
        """
        try:
            return self._cache[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._cache[key] = build(self)
            return value

    def __getstate__(self) -> dict[str, Any]:
        return {
            field.name: getattr(self, field.name) for field in attrs.fields(Lexicon) if field.init
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_cache", {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    __hash__ = None  # type: ignore[assignment]
