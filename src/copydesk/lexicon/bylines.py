"""Words that make up bylines and credit trailers.

The byline step reads these tables through :class:`copydesk.Lexicon`; extend them per parser
with :meth:`~copydesk.Lexicon.add_byline_words`. Every word is matched case-insensitively.
"""

from __future__ import annotations

from copydesk.lexicon.dates import MONTH_NAMES, WEEKDAY_NAMES
from copydesk.lexicon.given_names import GIVEN_NAMES as GIVEN_NAMES  # (one table, re-exported)
from copydesk.lexicon.roles import ROLE_HEADS as ROLE_HEADS  # (re-exported)
from copydesk.lexicon.roles import ROLE_WORDS as ROLE_WORDS

#: Lead-ins that open an author byline: ``By Jane Doe``, ``Written by Jane Doe``.
BYLINE_LEADS: tuple[str, ...] = (
    "by",
    "written by",
    "words by",
    "story by",
    "text by",
    "posted by",
    "submitted by",
    "report by",
    "reported by",
    "author",
    "authors",
    "byline",
    "article by",
    "article written by",
    "recipe by",
    "this post was written by",
    "this article was written by",
    "this story was written by",
    "this blog post was written by",
    "this post was authored by",
    "this article was authored by",
    "this blog post was authored by",
    "published by",
    "guest post by",
    "guest author",
    "interview by",
    "words and photos by",
    "words and pictures by",
    "text and photos by",
    "photos and text by",
    "story and photos by",
    "words and images",
    "words & images",
    # More of a magazine's or a travel blog's credits for words and pictures
    # (feat/authors-11): "Words and photos: Jane Doe", "Words and photography by Jane Doe".
    "words and photos",
    "words & photos",
    "words and pictures",
    "words & pictures",
    "text and photos",
    "text & photos",
    "words and photography",
    "words & photography",
    "words and photography by",
    "words and photographs by",
    "text and photography by",
    "story and photography by",
    "photos and words by",
    "written and photographed by",
    # A column's or a blog's kind before "by" (feat/authors-11): "Opinion by Jane Doe".
    "blog post by",
    "column by",
    "opinion by",
    "analysis by",
    "commentary by",
    "essay by",
)

#: Lead-ins that open the byline of a related story or a reader's comment as often as the
#: writer's (``by``, ``Posted by``): away from the story, a line opening with one needs more
#: evidence than a line opening with ``Written by`` or ``Author:``.
PLAIN_LEADS: tuple[str, ...] = ("by", "posted by", "submitted by", "published by")

#: Role heads that name a unit of an outlet, not a person's job: a "name" printed straight
#: before one is the outlet's (``TOI Lifestyle Desk``, ``Canvas Student Help Desk``), while
#: ``Jane Doe, Metro Desk`` keeps its comma.
UNIT_ROLE_HEADS: tuple[str, ...] = ("desk", "bureau", "team", "newsroom")

#: Lead-ins that open an author byline only with a colon: ``Writer: Jane Doe``, ``Words:
#: Jane Doe`` (without it, "Writer Jane Doe says ..." opens a sentence).
COLON_LEADS: tuple[str, ...] = (
    "writer",
    "writers",
    "words",
    "reporter",
    "text",
    "contributor",
    "contributors",
)


#: Words in an outlet's name: a byline part holding one is an organisation, not a person.
OUTLET_WORDS: tuple[str, ...] = (
    "news",
    "press",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "daily",
    "gazette",
    "star",
    "telegraph",
    "guardian",
    "observer",
    "independent",
    "media",
    "service",
    "services",
    "network",
    "wire",
    "wires",
    "agency",
    "agencies",
    "chronicle",
    "today",
    "magazine",
    "bureau",
    "newspaper",
    "newspapers",
    "radio",
    "television",
    "tv",
    "sport",
    "sports",
    "online",
    "review",
    "record",
    "examiner",
    "enterprise",
    "ledger",
    "courier",
    "mail",
    "express",
    "mirror",
    "sun",
    "standard",
    "report",
    "reports",
    "staff",
    "inquirer",
    "dispatch",
    "bulletin",
    "digest",
    "weekly",
    "group",
    "world",
    "business",
    "insider",
    "newswire",
    "blog",
    "blogs",
    "citizen",
    "newsroom",
    "newsdesk",
)

#: Lower-case name particles kept inside a name: ``Ursula von der Leyen``.
NAME_PARTICLES: tuple[str, ...] = (
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "des",
    "di",
    "da",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "ben",
    "bint",
    "ter",
    "ten",
    "y",
    "st.",
)

#: Name suffixes: ``Martin Luther King Jr.``.
NAME_SUFFIXES: tuple[str, ...] = ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v")

#: Capitalised words that never stand in a person's name (they open ordinary sentences
#: and headlines such as "By The Way" or name days, months and outlets).
NOT_NAME_WORDS: tuple[str, ...] = (
    "dear",  # a letter's greeting: "Dear Mr. President," (feat/authors-10)
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "then",
    "way",
    "contrast",
    "comparison",
    "far",
    "all",
    "any",
    "our",
    "my",
    "your",
    "his",
    "her",
    "their",
    "its",
    "it",
    "we",
    "us",
    "they",
    "he",
    "she",
    "you",
    "i",
    "one",
    "two",
    "means",
    "accident",
    "design",
    "default",
    "chance",
    "hand",
    "law",
    "name",
    "type",
    "subject",
    "topic",
    "date",
    "author",
    "category",
    "tag",
    "tags",
    "staff",
    "admin",
    "administrator",
    "editor",
    "editors",
    "agencies",
    "agency",
    "reporter",
    "reporters",
    "correspondent",
    "writer",
    "writers",
    *WEEKDAY_NAMES,
    # April, May, June and August are given names too.
    *(month for month in MONTH_NAMES if month not in ("april", "may", "june", "august")),
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "updated",
    "published",
    "posted",
    "photo",
    "photos",
    "video",
    "comments",
    "comment",
    "share",
    "follow",
    "email",
    "twitter",
    "facebook",
    "contact",
    "more",
    "news",
    "press",
    "associated",
    "reuters",
    "and",
    "or",
    "with",
    "for",
    "from",
    "in",
    "on",
    "at",
    "of",
    "to",
    "is",
    "was",
    "not",
    "no",
    "how",
    "what",
    "when",
    "where",
    "why",
    "who",
    "pay",
    "record",
    "home",
    "poll",
    "search",
    "wire",
    "services",
    "weather",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    # company words: "Laidlaw Transportation Ltd", "Home Federal Savings"
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "corp",
    "corp.",
    "co",
    "co.",
    "llc",
    "plc",
    "group",
    "fund",
    "bank",
    "association",
    "savings",
    "federal",
    "national",
    "international",
    "company",
    "corporation",
    "holdings",
    "industries",
    "university",
    "council",
    "committee",
    "department",
    "ministry",
    "government",
    "police",
    "court",
    "blog",
    "blogs",
    "current",
    "location",
    "view",
)

#: Credit-trailer lead-ins (``Reporting by``) and the :attr:`copydesk.Byline.kind` each
#: part gets. Editors are kept apart from authors (:attr:`copydesk.Byline.editors`).
TRAILER_ROLES: tuple[tuple[str, str], ...] = (
    ("additional reporting by", "additional reporting"),
    ("additional reporting from", "additional reporting"),
    ("additional writing by", "writing"),
    ("with reporting by", "reporting"),
    ("with additional reporting by", "additional reporting"),
    ("reporting by", "reporting"),
    ("reported by", "reporting"),
    ("writing by", "writing"),
    ("written by", "writing"),
    ("compiled by", "writing"),
    ("editing by", "editing"),
    ("edited by", "editing"),
    ("contributing", "contributor"),
    ("with files from", "contributor"),
    ("with a report from", "contributor"),
    ("with reports from", "contributor"),
    ("with a report by", "contributor"),
)

#: Lower-case words that may stand inside a capitalised outlet's name (``Voice of
#: America``, ``Bank of the West``, ``Corriere de la Sera``).
OUTLET_SMALL_WORDS: tuple[str, ...] = ("of", "the", "and", "for", "to", "&", "de", "la")

#: Words that join outlet words in a byline naming no person (``staff and agencies``,
#: ``other agencies``, ``our correspondents``).
OUTLET_JOINERS: tuple[str, ...] = ("and", "&", "other", "our")

#: Prepositions that open the place after a name (``Tom Phillips in Rio``): the place is
#: dropped from the name.
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "at", "from")

#: Lower-case words inside a place's name (``in Rio de Janeiro``, ``at Bay of Plenty``).
PLACE_PARTICLES: tuple[str, ...] = ("de", "da", "do", "du", "of", "the", "la", "el", "al")

#: Credentials printed after a person's name (``Jane Doe, PhD``, ``Jane Doe, MS, RD``):
#: dropped from the name, kept in the byline's text. Compared casefolded, without dots.
CREDENTIALS: tuple[str, ...] = (
    "phd",
    "md",
    "ms",
    "msc",
    "mba",
    "mph",
    "rd",
    "rdn",
    "ld",
    "ldn",
    "cdn",
    "cde",
    "cdces",
    "fand",
    "rn",
    "bsn",
    "msn",
    "np",
    "cpa",
    "cfa",
    "cfp",
    "esq",
    "jd",
    "dds",
    "dmd",
    "dvm",
    "vmd",
    "dacvb",
    "lvt",
    "llm",
    "mfa",
    "edd",
    "psyd",
    "pharmd",
    "lcsw",
    "lmft",
    "cscs",
    "facs",
    "facp",
    "frcp",
    "mrcp",
    "mbbs",
    "dpt",
)

#: Titles printed before a person's name (``Dr Jane Doe``, ``Prof. John Roe``): dropped
#: from the name, kept in the byline's text. Compared casefolded, without the dot.
HONORIFICS: tuple[str, ...] = ("dr", "prof", "professor", "rev")

#: Last words of an organisation's name (``By Regional Water Authority``, ``By the Upwork
#: Team``): such a byline names an organisation, not a person.
ORGANIZATION_HEADS: tuple[str, ...] = (
    "authority",
    "agency",
    "council",
    "department",
    "ministry",
    "institute",
    "university",
    "college",
    "association",
    "foundation",
    "commission",
    "society",
    "team",
    "group",
    "company",
    "trust",
    "coalition",
    "alliance",
    "clinic",
    "hospital",
    "office",
    "board",
    "newsroom",
    "newsdesk",
)

# feat/qa-10: a reporter's bio line under the story ("Jane Roe is a reporter covering health
# for the Herald. Reach her at jroe@herald.example.").
BIO_ROLES: tuple[str, ...] = (
    "reporter", "writer", "correspondent", "columnist", "editor", "journalist", "contributor",
    "critic", "photographer", "photojournalist", "producer", "intern", "reporting fellow",
    "corps member", "bureau chief", "stringer", "freelancer",
)  # fmt: skip
"""Job titles that make ``<Name> is a <title> ...`` under the story a writer's bio line."""

BIO_VERBS: tuple[str, ...] = (
    "covers", "writes about", "writes for", "reports on", "reports for", "has covered",
    "has written",
)  # fmt: skip
"""Verbs that open a writer's bio line after the name (``Jane Roe covers health for the
Herald.``)."""

BIO_CONTACT_LEADS: tuple[str, ...] = (
    r"(?:you can )?(?:reach|contact|e-?mail|follow|message) (?:her|him|them|me)\b",
    r"(?:she|he|they) can be reached\b",
    r"(?:e-?mail|twitter|x|phone|tel)\s*:",
    r"follow (?:her|him|them|me) on\b",
)
"""Patterns (case-insensitive) of the sentence that follows a writer's bio line with the
way to reach the writer (``Reach her at ...``)."""

# feat/authors-14 (issue #19): the heading of a writer's box under the story, over a
# biography that opens with the writer's name ("About the author" / "Jane Doe is a reporter
# covering ..."), maybe on the biography's line ("About the writer: Jane Doe is ...").
AUTHOR_BOX_HEADINGS: tuple[str, ...] = (
    r"about\s+the\s+(?:author|writer|reporter|columnist|contributor)s?",
    r"meet\s+the\s+(?:author|writer|reporter|columnist)s?",
    r"(?:the\s+)?(?:author|writer)(?:['’]s)?\s+bio(?:graphy)?",
)
"""Patterns (case-insensitive) of a writer's box heading, the whole line or the line's
opening before a colon; the biography under it names the page's writer when no byline
above the story does."""
