"""Words of the job titles printed with a byline's names (``Staff Writer``, ``BBC Scotland
transport correspondent``), and the platform accounts that name no person (``admin``).

Split from :mod:`copydesk.lexicon.bylines` (which re-exports the job-title tables); the
byline step reads them through :class:`copydesk.Lexicon`. Every word is matched
case-insensitively.
"""

from __future__ import annotations

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
    "reviewer",
    # Job titles of the writers of company blogs and guides, printed in their author boxes
    # ("Jane Doe, Head of Content", "Jane Doe Founder & Lead Reviewer"). Not the plurals
    # "Columnists", "Contributors": they name a menu's sections as often.
    "head",
    "lead",
    "manager",
    "director",
    "strategist",
    "consultant",
    "researcher",
    "scientist",
    "engineer",
    "developer",
    "designer",
    "marketer",
    "dietitian",
    "nutritionist",
    "coach",
    "trainer",
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
    # Beats a job title names in lower case: "BBC Scotland transport correspondent".
    "transport",
    "transportation",
    "climate",
    "housing",
    "property",
    "motoring",
    "agriculture",
    "rural",
    "consumer",
    "community",
    "politics",
    "parliamentary",
    "economic",
    "investigations",
    "data",
    "state",
    "regional",
    "europe",
    "africa",
    "asia",
    "middle east",
    "and",
    "&",
    "of",
    "the",
    "for",
)


#: A blog platform's account names that name no person: ``Posted by admin on May 2, 2025``
#: is a byline line (it leaves the body) with no writer in ``names``; the handle is kept as
#: the byline's ``role``. Compared casefolded.
GENERIC_HANDLES: tuple[str, ...] = (
    "admin",
    "administrator",
    "siteadmin",
    "site admin",
    "webmaster",
    "editor",
    "editors",
    "editorial",
    "staff",
    "moderator",
    "guest",
    "anonymous",
    "user",
    "root",
    "author",
    "team",
    "newsroom",
)


#: Label lines printed over the name of someone who checked the story, not its writer:
#: ``Edited by`` / ``Jane Doe``, ``Fact Checked By`` / ``John Roe``. The name line under one
#: is a byline of kind ``editing``, the name in its ``editors``. Compared casefolded, without
#: a closing colon.
REVIEWER_LABELS: tuple[str, ...] = (
    "edited by",
    "editor",
    "editors",
    "fact checked by",
    "fact-checked by",
    "fact checker",
    "reviewed by",
    "reviewer",
    "medically reviewed by",
    "expert reviewed by",
    "clinically reviewed by",
    "legally reviewed by",
)


#: What a personal site calls itself after its owner's name: ``Jane Doe's blog``, ``Jane
#: Doe's Substack``. Such a masthead over the headline names the page's writer. Compared
#: casefolded.
PERSONAL_SITE_WORDS: tuple[str, ...] = (
    "blog",
    "weblog",
    "substack",
    "newsletter",
    "website",
    "homepage",
    "journal",
    "notebook",
)


#: Words that open a qualification printed after a writer's name (``Jane Doe, Certified Tea
#: Sommelier``): the writer's role, never an organisation.
QUALIFICATION_LEADS: tuple[str, ...] = (
    "licensed",
    "certified",
    "board-certified",
    "registered",
    "accredited",
)
