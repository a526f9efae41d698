"""The small built-in vocabulary synthetic articles are written in.

Every word list here is chosen so that no combination reads as chrome, a credit, a
dateline or a byline by accident: no capitalised runs, no ``By`` openings, no colons, no
quotation marks in plain prose.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Jane",
    "John",
    "Maria",
    "Ahmed",
    "Li",
    "Olga",
    "Pedro",
    "Amara",
    "Kenji",
    "Sofia",
    "David",
    "Grace",
)
LAST_NAMES = (
    "Doe",
    "Roe",
    "Garcia",
    "Okafor",
    "Nakamura",
    "Petrov",
    "Brennan",
    "Haddad",
    "Lindqvist",
    "Mensah",
    "Walsh",
    "Chen",
)
MIDDLE_INITIALS = ("A.", "T.", "J.")
#: The pronoun a follow-up attribution uses for each first name.
PRONOUNS = {
    "Jane": "she",
    "John": "he",
    "Maria": "she",
    "Ahmed": "he",
    "Li": "she",
    "Olga": "she",
    "Pedro": "he",
    "Amara": "she",
    "Kenji": "he",
    "Sofia": "she",
    "David": "he",
    "Grace": "she",
}

SITE_FIRST = ("Occasional", "Morning", "Harbor", "Valley", "Northern", "Daily")
SITE_SECOND = ("Digest", "Ledger", "Courier", "Gazette", "Observer", "Dispatch")
TAGLINES = ("a story for you", "news that matters", "your town, every day", "since 1921")

# Headlines: subject, present-tense verb, object, optional tail.
HEADLINE_SUBJECTS = (
    "Council",
    "Lawmakers",
    "Officials",
    "Storm",
    "Court",
    "Union",
    "Ministers",
    "Farmers",
    "Regulators",
    "Voters",
)
HEADLINE_VERBS = ("approves", "rejects", "delays", "backs", "weighs", "blocks", "revives")
HEADLINE_OBJECTS = (
    "budget plan",
    "new bridge",
    "water deal",
    "rail project",
    "school reform",
    "tax cut",
    "port expansion",
    "energy bill",
)
HEADLINE_TAILS = ("", " after long debate", " in close vote", " amid protests", " for 2025")

# Body sentences: subject, past-tense verb, object, when.
SUBJECTS = (
    "The city council",
    "State officials",
    "The regional court",
    "A group of farmers",
    "The transport ministry",
    "Local residents",
    "The union leadership",
    "Several lawmakers",
)
VERBS = (
    "approved",
    "rejected",
    "discussed",
    "criticized",
    "delayed",
    "defended",
    "reviewed",
    "questioned",
)
OBJECTS = (
    "the new budget",
    "a plan to expand the harbor",
    "the proposal for a second bridge",
    "the rules for water use",
    "an agreement with the rail company",
    "the cost of the school program",
)
WHEN = (
    "on Tuesday",
    "last week",
    "after a long meeting",
    "earlier this month",
    "in a vote on Friday",
    "without much debate",
)

# Captions: present tense, a place and a day, as agencies write them.
CAPTION_SUBJECTS = ("A firefighter", "A worker", "The mayor", "A protester", "A farmer")
CAPTION_ACTIONS = (
    "walks past a damaged building",
    "waits outside the court",
    "inspects a flooded road",
    "waits in line to vote",
    "speaks to reporters",
    "clears debris from a street",
)
CAPTION_PLACES = ("in Dallas", "in Kyiv, Ukraine", "in Lagos, Nigeria", "in Manila", "in Ohio")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Datelines.
STANDALONE_CITIES = ("WASHINGTON", "NEW YORK", "CHICAGO", "LONDON", "ROME", "TOKYO", "SYDNEY")
#: (city, state as printed in a dateline, state spelled out)
US_CITIES = (
    ("SKANEATELES", "N.Y.", "New York"),
    ("LA CROSSE", "Wis.", "Wisconsin"),
    ("FRESNO", "Calif.", "California"),
    ("FORT WORTH", "Texas", "Texas"),
    ("ERIE", "Pa.", "Pennsylvania"),
)
#: (city, country)
FOREIGN_CITIES = (
    ("BEIRUT", "Lebanon"),
    ("SEOUL", "South Korea"),
    ("BUDAPEST", "Hungary"),
    ("SAN JUAN", "Puerto Rico"),
)
#: Cities as AFP prints them, in title case.
TITLE_CASE_CITIES = ("Paris", "Berlin", "Geneva", "Nairobi")
#: (AP-style abbreviation, Reuters-style abbreviation)
MONTHS = (
    ("Jan.", "Jan"),
    ("Feb.", "Feb"),
    ("Aug.", "Aug"),
    ("Sept.", "Sep"),
    ("Oct.", "Oct"),
    ("Nov.", "Nov"),
    ("Dec.", "Dec"),
    ("March", "March"),
    ("June", "June"),
)

# Quotes.
QUOTE_SENTENCES = (
    "We will keep working until the job is done",
    "This decision affects every family in the city",
    "Nobody expected the vote to be this close",
    "The plan is expensive but it is the right thing to do",
    "We need more time to study the details",
    "Every family in this town deserves clean water",
    "The numbers do not add up for the schools",
    "Our members are ready to go back to work",
    "This is a good day for the people of the valley",
    "It will take years to repair the damage",
    "Nobody here wants another long winter without heat",
    "The bridge has been closed for far too long",
    "We were promised a new road three years ago",
    "People are tired of waiting for the trains",
)
SPEAKER_TITLES = ("the mayor", "a council member", "the union's spokeswoman", "a local farmer")
#: Titles printed before a speaker's name at the first mention (all in the default lexicon).
PERSON_TITLES = (
    "Defense Secretary",
    "Treasury Secretary",
    "Foreign Minister",
    "Prime Minister",
    "Mayor",
    "Sen.",
    "Gov.",
    "Rep.",
)
#: Follow-up cues after a pronoun or a surname.
FOLLOW_UP_CUES = ("said", "added", "told reporters")

# Trailers.
TRAILER_PLACES = ("Paris", "Rio de Janeiro", "Washington", "Nairobi", "The Hague")
