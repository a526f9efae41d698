"""The smaller word tables of :class:`~copydesk.Lexicon`: the words that steer how speaker
phrases, names, outlets and captions are read. Declared here, in a base class, so that the
class itself stays short; they are fields of every lexicon like the others.
"""

from __future__ import annotations

import attrs

from copydesk.lexicon import agencies as _agencies
from copydesk.lexicon import boilerplate as _boilerplate
from copydesk.lexicon import bylines as _bylines
from copydesk.lexicon import chrome as _chrome
from copydesk.lexicon import credits as _credits
from copydesk.lexicon import dates as _dates
from copydesk.lexicon import given_names as _given_names
from copydesk.lexicon import headlines as _headlines
from copydesk.lexicon import marks as _marks
from copydesk.lexicon import page_kinds as _page_kinds
from copydesk.lexicon import roles as _roles
from copydesk.lexicon import speakers as _speakers
from copydesk.lexicon import titles as _titles
from copydesk.lexicon import verbs as _verbs
from copydesk.lexicon._versions import VersionedTables


@attrs.define(eq=False, on_setattr=attrs.setters.NO_OP, getstate_setstate=False)
class ReadingTables(VersionedTables):
    """The base of :class:`~copydesk.Lexicon` that holds its smaller word tables."""

    determiners: tuple[str, ...] = _titles.DETERMINERS
    """Words that can open a speaker noun phrase (``the judge``, ``one official``; see
    :mod:`copydesk.lexicon.titles`)."""
    not_speaker_name_words: tuple[str, ...] = _titles.NOT_NAME_WORDS
    """Words capitalised at the start of a sentence but never the start of a speaker's name."""
    not_in_speaker: tuple[str, ...] = _titles.NOT_IN_SPEAKER
    """Words that show a phrase is a clause, not the noun phrase of a speaker."""
    abbreviations: tuple[str, ...] = _titles.ABBREVIATIONS
    """Abbreviations whose period does not end a sentence (lower case, without the period)."""
    title_modifiers: tuple[str, ...] = _titles.TITLE_MODIFIERS
    """Lower-case words that can open a speaker's description (``former Gov. Jeb Bush``)."""
    takes_to: tuple[str, ...] = _titles.TAKES_TO
    """Nouns that take ``to`` inside a speaker phrase (``a former aide to President Bush``)."""
    clause_openers: tuple[str, ...] = _titles.CLAUSE_OPENERS
    """Words that open a clause, never a speaker phrase (``posited that for a …``)."""
    aside_openers: tuple[str, ...] = _titles.ASIDE_OPENERS
    """Words that open an aside between a speaker and the verb (``Jo Kent, in a statement,
    said``)."""
    adverbial_followers: tuple[str, ...] = _titles.ADVERBIAL_FOLLOWERS
    """Words after a lone capitalised word that show an opening phrase (``Once in my 20s,
    …``), not a subject."""
    title_small_words: tuple[str, ...] = _titles.TITLE_SMALL_WORDS
    """Small words left in lower case inside a title (``Face the Nation``)."""
    time_words: tuple[str, ...] = _verbs.TIME_WORDS
    """Time words that may follow a speech verb (``said on Monday``; see
    :mod:`copydesk.lexicon.verbs`)."""
    outlet_small_words: tuple[str, ...] = _bylines.OUTLET_SMALL_WORDS
    """Lower-case words inside a capitalised outlet's name (``Voice of America``; see
    :mod:`copydesk.lexicon.bylines`)."""
    outlet_joiners: tuple[str, ...] = _bylines.OUTLET_JOINERS
    """Words that join outlet words in a byline naming no person (``staff and agencies``)."""
    credentials: tuple[str, ...] = _bylines.CREDENTIALS
    """Credentials printed after a name (``phd``, ``rd``): kept in a byline's text, not its
    names."""
    honorifics: tuple[str, ...] = _bylines.HONORIFICS
    """Titles before a name (``dr``, ``prof``): kept in a byline's text, not its names."""
    organization_heads: tuple[str, ...] = _bylines.ORGANIZATION_HEADS
    """Last words of an organisation's name (``authority``, ``team``): a byline of one is
    its ``organization``, not a person."""
    colon_byline_leads: tuple[str, ...] = _bylines.COLON_LEADS
    """Lead words of a byline that need a colon after them (``Writer:``, ``Words:``)."""
    place_prepositions: tuple[str, ...] = _bylines.PLACE_PREPOSITIONS
    """Prepositions that open the place after a name (``Tom Phillips in Rio``)."""
    place_particles: tuple[str, ...] = _bylines.PLACE_PARTICLES
    """Lower-case words inside a place's name (``in Rio de Janeiro``)."""
    caption_abbreviations: tuple[str, ...] = _credits.ABBREVIATIONS
    """Abbreviations whose period does not end a caption's sentence (see
    :mod:`copydesk.lexicon.credits`)."""
    form_answers: tuple[str, ...] = _credits.FORM_ANSWERS
    """Answers of a form field (``yes``, ``n/a``): never a caption's credit."""
    glued_caption_cues: tuple[str, ...] = _credits.GLUED_CAPTION_CUES
    """Patterns of picture language that mark the sentence before a repeated lede as a caption
    (``in action``)."""
    skipped_credit_parts: tuple[str, ...] = _credits.SKIPPED_CREDIT_PARTS
    """Parts of a photo credit (casefolded, whole part) that name neither a photographer nor the
    agency (``File``, ``Pool``, ``HO``)."""
    photo_credit_agencies: tuple[str, ...] = _agencies.PHOTO_CREDIT_AGENCIES
    """Codes of the built-in agencies whose name alone credits a photo (``[EPA]``; see
    :mod:`copydesk.lexicon.agencies`)."""

    # feat/quotes-marks: the single marks of the British house style ('...', he said).
    elisions: tuple[str, ...] = _marks.ELISIONS
    """Words printed with a leading apostrophe for their dropped letters (``'em``, ``'til``,
    ``rock 'n' roll``): the apostrophe before one never opens a single-quoted quotation (see
    :mod:`copydesk.lexicon.marks`)."""

    # --- feat/quotes-speakers: who can speak (see copydesk.lexicon.speakers) ---------------
    place_heads: tuple[str, ...] = _speakers.PLACE_HEADS
    """Last words of a place's name (``street``): a name ending in one is never a person."""
    place_leads: tuple[str, ...] = _speakers.PLACE_LEADS
    """Prepositions that make the name after them a place (``on Division Street``)."""
    feminine_words: tuple[str, ...] = _speakers.FEMININE_WORDS
    """Words that show a speaker is a woman (``ms``, ``she``): ``she`` may stand for her."""
    masculine_words: tuple[str, ...] = _speakers.MASCULINE_WORDS
    """Words that show a speaker is a man (``mr``, ``he``): ``he`` may stand for him."""
    not_adverbs: tuple[str, ...] = _speakers.NOT_ADVERBS
    """Nouns ending in ``-ly`` (``family``): never an adverb dropped before a speech verb."""
    speech_aside_words: tuple[str, ...] = _speakers.SPEECH_ASIDE_WORDS
    """Words that open a short aside after a speech verb (``called over her shoulder,``)."""
    sign_off_verbs: tuple[str, ...] = _speakers.SIGN_OFF_VERBS
    """Words after a sign-off name under a quote (``-Jane Roe, tweeting after the speech``)."""
    quantifiers: tuple[str, ...] = _speakers.QUANTIFIERS
    """Determiners that can speak on their own (``both said``, ``the two write``)."""
    speaker_phrase_cuts: tuple[str, ...] = _speakers.SPEAKER_PHRASE_CUTS
    """Words that end a described speaker (``another source| speaking to Fox News``)."""

    # --- feat/pages (issue #18) ---
    boilerplate_short_run_words: int = _boilerplate.BOILERPLATE_SHORT_RUN_WORDS
    """A run of blocks of at most this many words that lean against the article costs as
    one block when the article region is chosen (0: every block alone)."""

    # --- feat/quotes-3 (issue #20): who speaks a quote inside a sentence ---
    quoting_verbs: tuple[str, ...] = _speakers.QUOTING_VERBS
    """Verbs whose quoted object is the subject's words (``Lee called the plan "a total
    disaster"``), though no speech verbs; the forms of one verb per entry."""
    feminine_given_names: tuple[str, ...] = _given_names.FEMININE_GIVEN_NAMES
    """Given names borne by women (``hillary``): ``he`` never stands for a person so named."""
    masculine_given_names: tuple[str, ...] = _given_names.MASCULINE_GIVEN_NAMES
    """Given names borne by men (``george``): ``she`` never stands for a person so named."""
    speech_auxiliaries: tuple[str, ...] = _speakers.SPEECH_AUXILIARIES
    """Words between a speaker and the speech verb (``is quoted as saying``): dropped like
    adverbs."""
    quotation_nouns: tuple[str, ...] = _speakers.QUOTATION_NOUNS
    """Nouns that stand for someone's words (``the phrase "…"``, ``Romney's "…" comment``)."""
    # --- feat/authors-3 (issue #19) ---
    plain_byline_leads: tuple[str, ...] = _bylines.PLAIN_LEADS
    """Lead-ins that open a related story's or a comment's byline as often as the writer's
    (``by``, ``posted by``): away from the story such a line needs more evidence."""
    # --- feat/headline-3 (issue #18): the headline on a page -----------------------------
    headline_anchors: tuple[str, ...] = _headlines.HEADLINE_ANCHORS
    """Patterns of the byline, date and reading-time lines printed just under a page's
    headline (``By Jane Doe``, ``Published March 3, 2025``, ``6 min read``): the headline is
    the line above them (see :mod:`copydesk.lexicon.headlines`)."""
    headline_tool_lines: tuple[str, ...] = _headlines.HEADLINE_TOOL_LINES
    """Patterns of topic-tag and article-tool lines (``Category: Top Picks``, ``text size``)
    printed between a page's headline and its byline: never the headline."""
    # --- feat/quotes-5 (issue #20): crowds that chant ----------------------------------------
    crowd_verbs: tuple[str, ...] = _speakers.CROWD_VERBS
    """Verbs a crowd speaks with (``chanting``): the quote's speaker is the nearest crowd
    before the verb in its sentence."""
    crowd_nouns: tuple[str, ...] = _speakers.CROWD_NOUNS
    """Nouns for a crowd (``protesters``, ``the crowd``): the head of a chant's speaker."""
    crowd_counts: tuple[str, ...] = _speakers.CROWD_COUNTS
    """Words that count a crowd before its noun (``about 200``, ``hundreds of``)."""
    # --- feat/dates-7 (issue #19): dates that are no stamp, and stated first publication ---
    not_stamp_cues: tuple[str, ...] = _dates.NOT_STAMP_CUES
    """Patterns of the words right before a date that make it a figure's or an offer's
    date, not the article's (``as of``, ``valid until``)."""
    original_publication_cues: tuple[str, ...] = _dates.ORIGINAL_PUBLICATION_CUES
    """Patterns of the words before a date that state the article's first publication
    (``originally published on``): that date is its publication date."""
    # --- feat/quotes-7 (issue #20): positions put in the subject's words ---------------------
    position_verbs: tuple[str, ...] = _speakers.POSITION_VERBS
    """Verbs of a position or gesture (``supports``, ``offered``) whose quoted object of three
    words or more is the subject's words, as for ``quoting_verbs``."""
    # --- feat/authors-7 (issue #19) ---
    unit_role_heads: tuple[str, ...] = _bylines.UNIT_ROLE_HEADS
    """Role heads that name a unit of an outlet (``desk``, ``bureau``): the capitalised
    words printed straight before one are the outlet's name (``TOI Lifestyle Desk``), no
    person's."""
    # --- feat/authors-9 (issue #19) ---
    generic_handles: tuple[str, ...] = _roles.GENERIC_HANDLES
    """A blog platform's account names that are no person (``admin``, ``editor``): ``Posted
    by admin on <date>`` is a byline line, with no writer's name in it."""
    reviewer_labels: tuple[str, ...] = _roles.REVIEWER_LABELS
    """Label lines over the name of the story's editor or fact-checker (``Edited by`` /
    ``Jane Doe``): the name line under one names an editor, not a writer."""
    personal_site_words: tuple[str, ...] = _roles.PERSONAL_SITE_WORDS
    """What a personal site calls itself after its owner's name (``Jane Doe's blog``): the
    masthead names the page's writer."""

    # --- feat/pages-8 (issue #18): pages with no single article ---
    boilerplate_extra_region_share: float = _boilerplate.BOILERPLATE_EXTRA_REGION_SHARE
    """Besides the best article region, every other region whose total is at least this
    share of the best's is kept too (a thread's posts, a listing's items; 0: one region)."""

    # --- feat/qa-8: qualifications in a byline ---
    qualification_leads: tuple[str, ...] = _roles.QUALIFICATION_LEADS
    """Words that open a qualification after a writer's name (``Certified Tea Sommelier``,
    ``Certified Financial Planner``): the byline's role, never its organisation."""

    # --- feat/qa-10: page furniture under its heading ---
    chrome_sections: tuple[tuple[str, str, str, str], ...] = _chrome.CHROME_SECTIONS
    """``(kind, shape, where, pattern)``: a heading of page furniture (``Read more``, ``About
    Northwind Robotics``, ``Forward-Looking Statements``, ``Media contact:``) and the shape of
    the blocks under it that are chrome of *kind* too; ``where`` is ``any``, ``tidy`` (not
    on a whole web page) or ``release`` (in a tidy press release; see
    :mod:`copydesk.lexicon.chrome`)."""
    release_marks: tuple[str, ...] = _chrome.RELEASE_MARKS
    """Patterns of a press release's marks (``/PRNewswire/``, ``SOURCE Northwind``): a text
    holding one is a release, whose ``About <Company>`` section is boilerplate."""
    bio_roles: tuple[str, ...] = _bylines.BIO_ROLES
    """Job titles of a writer's bio line under the story (``Jane Roe is a reporter ...``)."""
    bio_verbs: tuple[str, ...] = _bylines.BIO_VERBS
    """Verbs of a writer's bio line under the story (``Jane Roe covers health ...``)."""
    bio_contact_leads: tuple[str, ...] = _bylines.BIO_CONTACT_LEADS
    """Patterns of the sentence after a bio line that says how to reach the writer."""
    author_box_headings: tuple[str, ...] = _bylines.AUTHOR_BOX_HEADINGS
    """Patterns of a writer's box heading under the story (``About the author``): the
    biography under it (``Jane Doe is a reporter ...``) names the page's writer."""

    # --- feat/pages-9 (issue #18): the page's kind, and how a page that is no article is read
    page_kind_cues: tuple[tuple[str, str], ...] = _page_kinds.PAGE_KIND_CUES
    """``(group, pattern)``: wording typical of one kind of page (a price, ``Reply``,
    ``Parameters``); the page-kind classifier counts the blocks with a cue of each group."""
    page_kind_weights: tuple[tuple[str, float], ...] = _page_kinds.PAGE_KIND_WEIGHTS
    """``(feature, weight)`` of the page-kind classifier: the log-odds that a page is no
    article (``benchmarks/fit_page_kinds.py``)."""
    page_kind_threshold: float = _page_kinds.PAGE_KIND_THRESHOLD
    """A page whose log-odds of being no article exceed this is read as no article."""
    other_page_weights: tuple[tuple[str, float], ...] = _page_kinds.OTHER_PAGE_WEIGHTS
    """The block classifier's first-stage weights on a page read as no article."""
    other_page_context_weights: tuple[tuple[str, float], ...] = (
        _page_kinds.OTHER_PAGE_CONTEXT_WEIGHTS
    )
    """The block classifier's second-stage weights on a page read as no article."""
    other_page_extra_region_share: float = _page_kinds.OTHER_PAGE_EXTRA_REGION_SHARE
    """On a page read as no article, the share of the best region's total at which another
    region is kept too (``boilerplate_extra_region_share`` for articles' pages)."""

    # --- feat/kindspeed-1 (issue #18): the page-kind classifier's cheap first tests
    page_kind_cue_guards: tuple[tuple[str, str], ...] = _page_kinds.PAGE_KIND_CUE_GUARDS
    """``(cue pattern, guard)``: a cheap pattern that every match of the cue pattern of
    ``page_kind_cues`` holds; a block without it is not searched for the cue."""
    page_kind_cue_words: tuple[tuple[str, str], ...] = _page_kinds.PAGE_KIND_CUE_WORDS
    """``(cue pattern, piece)``: every match of the cue pattern of ``page_kind_cues`` holds
    one of its pieces (case-insensitively); a block holding none is not searched for it."""

    # --- feat/captions-1 (issue #19): captions on pages nobody tuned on
    caption_date_ends: tuple[str, ...] = _credits.CAPTION_DATE_ENDS
    """Patterns of the date an agency's caption ends with (``..., Monday, Jan. 7, 2008.``):
    a one-sentence block ending so, with no speech and no auxiliary verb, is a caption."""
