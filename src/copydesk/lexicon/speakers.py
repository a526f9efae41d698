"""Words that steer who a quote's speaker can be: places that never speak, the gender cues a
pronoun is matched with, described speakers and the cue words outside the verb list.

Each table is a field of :class:`~copydesk.Lexicon` (see ``lexicon/_fields.py``), so a user
extends it on a parser's lexicon::

    parser.lexicon.place_heads = (*parser.lexicon.place_heads, "wharf")
"""

from __future__ import annotations

PLACE_HEADS: tuple[str, ...] = (
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "square",
    "place",
    "plaza",
    "terrace",
    "crescent",
    "court",
    "highway",
    "freeway",
    "motorway",
    "parkway",
    "bridge",
    "park",
    "county",
    "district",
    "province",
    "river",
    "valley",
    "mountain",
    "mountains",
    "island",
    "islands",
    "beach",
    "bay",
    "lake",
    "creek",
    "falls",
    "springs",
    "heights",
    "harbor",
    "harbour",
    "city",
    "town",
    "village",
    "airport",
    "station",
    "hall",
    "stadium",
    "arena",
    "center",
    "centre",
)
"""Last words of a place's name (lower case): a name run ending in one (``Southeast Division
Street``, ``Lincoln Park``) is a place, never a speaker a pronoun stands for, nor a writer
before a date (``Elizabeth City, 04/03/2025``)."""

PLACE_LEADS: tuple[str, ...] = ("in", "on", "at", "near", "along", "across", "outside")
"""Prepositions that put the name after them in a place (``on Division Street``): such a
name is never the person a pronoun stands for."""

FEMININE_WORDS: tuple[str, ...] = (
    "she",
    "her",
    "hers",
    "herself",
    "ms",
    "mrs",
    "miss",
    "madam",
    "dame",
    "lady",
    "woman",
    "mother",
    "wife",
    "daughter",
    "sister",
    "grandmother",
    "girl",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "queen",
    "princess",
    "duchess",
)
"""Words that show a person is a woman (honorifics without their period, pronouns, nouns):
``she`` then stands for her, ``he`` for someone else."""

MASCULINE_WORDS: tuple[str, ...] = (
    "he",
    "him",
    "his",
    "himself",
    "mr",
    "sir",
    "lord",
    "man",
    "father",
    "husband",
    "son",
    "brother",
    "grandfather",
    "boy",
    "congressman",
    "spokesman",
    "chairman",
    "businessman",
    "king",
    "prince",
    "duke",
)
"""Words that show a person is a man: ``he`` then stands for him, ``she`` for someone else."""

NOT_ADVERBS: tuple[str, ...] = (
    "family",
    "ally",
    "rally",
    "assembly",
    "supply",
    "reply",
    "belly",
    "bully",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "elderly",
    "monopoly",
    "anomaly",
    "homily",
    "lily",
    "jelly",
    "fly",
)
"""Words ending in ``-ly`` that are nouns, not adverbs between a speaker and the verb
(``the family said``; ``Trump jokingly said`` drops ``jokingly``)."""

SPEECH_ASIDE_WORDS: tuple[str, ...] = (
    "over",
    "of",
    "about",
    "back",
    "out",
    "up",
    "again",
    "only",
    "simply",
    "once",
    "from",
    "across",
    "into",
    "toward",
    "towards",
    "at",
    "to",
    "in",
    "on",
    "with",
    "before",
    "and",
)
"""Words that open a short aside between a speech verb and the comma or colon before the
quote (``called over her shoulder,``, ``said of the senator:``)."""

SIGN_OFF_VERBS: tuple[str, ...] = (
    "tweeting",
    "writing",
    "posting",
    "speaking",
    "commenting",
    "responding",
    "replying",
    "quoted",
    "via",
)
"""Words after a sign-off name under a quote (``-Jane Roe, tweeting after the speech``)."""

QUANTIFIERS: tuple[str, ...] = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "several",
    "many",
    "both",
    "each",
    "some",
    "others",
    "another",
)
"""Determiners that can be a speaker on their own (``both said``, ``the two write``, ``a
mother of three replied``): a speech verb after one is a verb, not a noun (``the report``)."""

SPEAKER_PHRASE_CUTS: tuple[str, ...] = ("speaking", "talking", "writing")
"""Words that end a described speaker and open what they were doing (``another source
speaking to Fox News``): the mention stops before. (``a source familiar with the talks``
keeps its description: it is what tells the source apart.)"""

QUOTING_VERBS: tuple[str, ...] = (
    "call calls called",
    "dub dubs dubbed",
    "brand brands branded",
    "label labels labeled labelled",
    "term terms termed",
    "condemn condemns condemned",
    "denounce denounces denounced",
    "decry decries decried",
    "deride derides derided",
    "dismiss dismisses dismissed",
    "slam slams slammed",
    "hail hails hailed",
    "praise praises praised",
    "attack attacks attacked",
    "criticize criticizes criticized",
    "criticise criticises criticised",
    "mock mocks mocked",
    "ridicule ridicules ridiculed",
    "lambaste lambastes lambasted",
    "assail assails assailed",
    "laud lauds lauded",
    "applaud applauds applauded",
    "deem deems deemed",
    "cite cites cited",
    "coin coins coined",
)
"""Verbs whose quoted object is the subject's own words, though they are no speech verbs
(``Lee called the plan "a total disaster"``): the subject that opens the sentence speaks the
quote. Each entry lists the forms of one verb; a participle is never read this way (its
subject is elsewhere)."""

POSITION_VERBS: tuple[str, ...] = (
    "support supports supported",
    "oppose opposes opposed",
    "offer offers offered",
    "propose proposes proposed",
)
"""Verbs of a position or a gesture whose quoted object is the subject's words when it is a
phrase (``Lee supports "appropriate pay raises"``, ``He offered "my thoughts and prayers"``),
as :data:`QUOTING_VERBS`; a quoted name of one or two words is a term, not words (``supports
"dark mode"``). The forms of one verb per entry, base form first (feat/quotes-7)."""

SPEECH_AUXILIARIES: tuple[str, ...] = (
    "is quoted as",
    "was quoted as",
    "were quoted as",
    "can be heard",
    "could be heard",
    "is heard",
    "was heard",
    "was overheard",
    "can be seen",
    "is seen",
    "was seen",
    "went on to",
    "goes on to",
    "would go on to",
    "was prompted to",
    "felt compelled to",
    "was quick to",
    "were quick to",
    "took to",
    "decided to",
    "chose to",
)
"""Words between a speaker and the speech verb (``Jo Kent is quoted as saying``, ``a reporter
can be heard asking``, ``Lee was prompted to say``): dropped like adverbs, the speaker is the
phrase before them."""

QUOTATION_NOUNS: tuple[str, ...] = (
    "phrase",
    "words",
    "term",
    "slogan",
    "line",
    "motto",
    "mantra",
    "refrain",
    "catchphrase",
    "message",
    "comment",
    "comments",
    "remark",
    "remarks",
    "quip",
    "claim",
    "pledge",
    "promise",
    "question",
)
"""Nouns that stand for someone's words: a quote right after one is the subject's (``Lee has
used the phrase "…"``, ``Lee ran on the slogan "…"``, ``with a simple message: "…"``), and a
quote between a possessive and one is the possessor's (``Romney's "47 percent" comment``)."""

CROWD_VERBS: tuple[str, ...] = ("chant", "chants", "chanted", "chanting")
"""Verbs a crowd speaks with: the quote after one is the nearest crowd's before it in the
sentence (``about 200 protesters gathered outside, chanting "…"``), not the name the sentence
opens with."""

CROWD_NOUNS: tuple[str, ...] = (
    "crowd",
    "crowds",
    "audience",
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "supporters",
    "fans",
    "activists",
    "students",
    "workers",
    "strikers",
    "delegates",
    "voters",
    "residents",
    "people",
    "rioters",
    "mourners",
    "onlookers",
    "spectators",
    "nurses",
    "drivers",
    "teachers",
    "farmers",
    "members",
)
"""Nouns for a crowd, lower case: the head of the speaker of a chant (``the crowd``,
``hundreds of striking nurses``)."""

CROWD_COUNTS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "some",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "more",
    "than",
    "least",
    "several",
    "many",
    "few",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "tens",
    "scores",
    "handful",
    "group",
    "of",
)
"""Words that count or gather a crowd before its noun (``about 200``, ``hundreds of``, ``a
handful of``): a crowd's phrase reaches back over them, digits, capitalised and hyphenated
words (``Labour activists``, ``pro-union marchers``)."""
