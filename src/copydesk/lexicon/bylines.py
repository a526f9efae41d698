"""Words that make up bylines and credit trailers.

The byline step reads these tables through :class:`copydesk.Lexicon`; extend them per parser
with :meth:`~copydesk.Lexicon.add_byline_words`. Every word is matched case-insensitively.
"""

from __future__ import annotations

from copydesk.lexicon.dates import MONTH_NAMES, WEEKDAY_NAMES

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
)

#: Lead-ins that open an author byline only with a colon: ``Writer: Jane Doe``, ``Words:
#: Jane Doe`` (without it, "Writer Jane Doe says ..." opens a sentence).
COLON_LEADS: tuple[str, ...] = ("writer", "writers", "words", "reporter", "text")

#: Job-title words that end a role: ``Staff Writer``, ``Chief Political Correspondent``.
ROLE_HEADS: tuple[str, ...] = (
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "columnist",
    "contributor",
    "critic",
    "analyst",
    "producer",
    "journalist",
    "blogger",
    "commentator",
    "staff",
    "chief",
    "bureau",
    "desk",
    "intern",
    "stringer",
    "expert",
    "specialist",
    "founder",
    "co-founder",
    "ceo",
)

#: Words that may precede a role head inside a job title (besides outlet names).
ROLE_WORDS: tuple[str, ...] = (
    "staff",
    "senior",
    "chief",
    "deputy",
    "associate",
    "assistant",
    "managing",
    "executive",
    "special",
    "contributing",
    "political",
    "news",
    "sports",
    "sport",
    "business",
    "technology",
    "tech",
    "science",
    "health",
    "travel",
    "music",
    "film",
    "arts",
    "culture",
    "entertainment",
    "fashion",
    "food",
    "medical",
    "legal",
    "diplomatic",
    "economics",
    "economy",
    "finance",
    "financial",
    "markets",
    "energy",
    "environment",
    "education",
    "investigative",
    "foreign",
    "national",
    "international",
    "world",
    "local",
    "metro",
    "city",
    "white house",
    "washington",
    "defence",
    "defense",
    "security",
    "crime",
    "courts",
    "home",
    "affairs",
    "digital",
    "global",
    "opinion",
    "features",
    "feature",
    "general",
    "online",
    "web",
    "auto",
    "tv",
    "radio",
    "media",
    "weather",
    "religion",
    "social",
    "breaking",
    "trending",
    "and",
    "of",
    "the",
    "for",
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

# The given names, written as a block of words (one table, easy to read and extend).
_GIVEN_NAMES_TEXT = """
    aaron abby abdul abdullah abigail adam adrian ahmed ahmad aidan aiden alan alastair albert
    alex alexander alexandra alexis alfred ali alice alicia alison allan allison alyssa amanda
    amber amelia amit amy ana andre andrea andreas andrew andy angela angelo angus anil anita
    ann anna anne annie anthony antonio april arjun arthur ashley audrey austin barbara barry
    ben benjamin bernard beth betty bill billy blake bob bobby bonnie brad bradley brandon
    brenda brendan brent brett brian bridget bruce bryan caitlin calvin cameron carl carla
    carlos carol caroline carolyn carrie catherine cathy charles charlie charlotte chris
    christian christina christine christopher chuck claire clare clark claudia colin connie
    conor craig cynthia dale dan dana daniel danielle danny darren dave david dean deborah
    debbie debra denis dennis derek diana diane dina dominic don donald donna doug douglas
    duncan dylan ed eddie edward eileen elaine eleanor elena elizabeth ellen emily emma eric
    erica erik erin ethan eugene eva evan fiona fleur frances francesca francis frank fred
    gabriel gareth gary gavin gemma geoff geoffrey george gerald gerry gil gillian gina glen
    glenn gordon grace graham grant greg gregory hannah harold harry hassan heather helen
    henry holly howard hugh ian isaac isabel jack jackie jacob jacqueline jake james jamie
    jan jane janet janice jason jay jean jeff jeffrey jen jennifer jenny jeremy jerry jess
    jessica jill jim jimmy jo joan joanna joe joel john johnny jon jonathan jonny jordan jose
    joseph josh joshua joy joyce juan judith judy julia julian julie justin karen kate
    katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kirsty kris
    kristen kumar kurt kyle larry laura lauren laurence lee leo leon lewis liam linda lindsay
    lisa liz lois lorna louis louise lucy luis luke lydia lynn maggie malcolm manuel marc
    marcus margaret maria marie marilyn mario mark martha martin mary matt matthew maureen
    max megan melanie melissa michael michelle mike miles mitchell mohammed mohammad molly
    monica nancy naomi natalie nathan neil nick nicholas nicola nicole nigel nina noah norma
    oliver olivia oscar owen pamela patricia patrick paul paula pauline peter phil philip
    phillip priya rachel rahul raj rajesh ralph ravi ray raymond rebecca richard rick rita
    rob robert robin roger ron ronald rose ross roy ruth ryan sally sam samantha samuel sandra
    sara sarah scott sean shane shannon sharon shaun sheila simon sophie stan stanley stella
    stephanie stephen steve steven stuart sue sunil susan suzanne tanya ted teresa terry
    theresa thomas tim timothy tina toby todd tom tommy tony tracy trevor valerie vanessa
    veronica vicky victor victoria vijay vincent vipul virginia walter wayne wendy william
    willie yvonne zoe hans igor ivan lars marco marcos olga omar pablo pat patti pedro pierre
    sergio sven yusuf
"""
#: Common given names. A line that is only a name (``Jane Doe`` under the headline) is read
#: as a byline only when every name opens with one of these: under a headline, two
#: capitalised words are as often a menu row (``Story Tools``), an outlet (``Harbour Sun``)
#: or a team as a writer. Extend with ``add_byline_words("given_names", ...)``.
GIVEN_NAMES: tuple[str, ...] = tuple(_GIVEN_NAMES_TEXT.split())

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
