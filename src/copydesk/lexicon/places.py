"""Places in datelines: region abbreviations, stand-alone cities, words that are not places.

AP datelines abbreviate US states (``"Calif."``, ``"W.Va."``) and scraped copy also uses
postal codes (``"NY"``, ``"QC"``); :data:`REGION_NAMES` spells them out. Matching ignores case,
spaces and a final period, so ``"W. Va."``, ``"W.VA"`` and ``"w.va."`` are one key.

:data:`DATELINE_CITIES` are cities that print alone in datelines (AP's lists, Indian and other
cities newspapers print as ``CITY:``). A bare ``WORD:`` opener is a dateline only when the word
is one of these, because kickers (``CHINESE AGGRESSION:``) share the shape.

:data:`NOT_PLACES` are words that open kickers, labels and promos (``FILE -``, ``MORE:``,
``EDITOR'S NOTE:``): a dateline whose place contains one is rejected.
"""

from __future__ import annotations

# fmt: off
_STATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # full name, AP abbreviation(s) and postal code (and a few old or odd spellings)
    ("Alabama", ("Ala.", "AL")),
    ("Alaska", ("AK",)),
    ("Arizona", ("Ariz.", "AZ")),
    ("Arkansas", ("Ark.", "AR")),
    ("California", ("Calif.", "Cal.", "Claif.", "CA")),
    ("Colorado", ("Colo.", "CO")),
    ("Connecticut", ("Conn.", "CT")),
    ("Delaware", ("Del.", "DE")),
    ("District of Columbia", ("D.C.", "DC")),
    ("Florida", ("Fla.", "FL")),
    ("Georgia", ("Ga.", "GA")),
    ("Hawaii", ("HI",)),
    ("Idaho", ("ID",)),
    ("Illinois", ("Ill.", "Il.", "IL")),
    ("Indiana", ("Ind.", "IN")),
    ("Iowa", ("Ia.", "IA")),
    ("Kansas", ("Kan.", "Kans.", "Ka.", "KS")),
    ("Kentucky", ("Ky.", "Ken.", "KY")),
    ("Louisiana", ("La.", "LA")),
    ("Maine", ("Me.", "ME")),
    ("Maryland", ("Md.", "MD")),
    ("Massachusetts", ("Mass.", "MA")),
    ("Michigan", ("Mich.", "MI")),
    ("Minnesota", ("Minn.", "MN")),
    ("Mississippi", ("Miss.", "MS")),
    ("Missouri", ("Mo.", "MO")),
    ("Montana", ("Mont.", "MT")),
    ("Nebraska", ("Neb.", "Nebr.", "NE")),
    ("Nevada", ("Nev.", "NV")),
    ("New Hampshire", ("N.H.", "NH")),
    ("New Jersey", ("N.J.", "NJ")),
    ("New Mexico", ("N.M.", "N.Mex.", "NM")),
    ("New York", ("N.Y.", "NY")),
    ("North Carolina", ("N.C.", "NC")),
    ("North Dakota", ("N.D.", "N.Dak.", "ND")),
    ("Ohio", ("OH",)),
    ("Oklahoma", ("Okla.", "OK")),
    ("Oregon", ("Ore.", "Oreg.", "OR")),
    ("Pennsylvania", ("Pa.", "Penn.", "Penna.", "PA")),
    ("Puerto Rico", ("P.R.", "PR")),
    ("Rhode Island", ("R.I.", "RI")),
    ("South Carolina", ("S.C.", "SC")),
    ("South Dakota", ("S.D.", "S.Dak.", "SD")),
    ("Tennessee", ("Tenn.", "TN")),
    ("Texas", ("Tex.", "TX")),
    ("Utah", ("UT",)),
    ("Vermont", ("Vt.", "VT")),
    ("Virginia", ("Va.", "V.A.", "VA")),
    ("Washington", ("Wash.", "WA")),
    ("West Virginia", ("W.Va.", "W.V.", "WV")),
    ("Wisconsin", ("Wis.", "Wisc.", "WI")),
    ("Wyoming", ("Wyo.", "WY")),
    # Canadian provinces and territories
    ("Alberta", ("Alta.", "AB")),
    ("British Columbia", ("B.C.", "BC")),
    ("Manitoba", ("Man.", "MB")),
    ("New Brunswick", ("N.B.", "NB")),
    ("Newfoundland and Labrador", ("Nfld.", "NL")),
    ("Nova Scotia", ("N.S.", "NS")),
    ("Ontario", ("Ont.", "ON")),
    ("Prince Edward Island", ("P.E.I.", "PE")),
    ("Quebec", ("Que.", "QC", "PQ")),
    ("Saskatchewan", ("Sask.", "SK")),
    ("Northwest Territories", ("N.W.T.", "NT")),
    ("Nunavut", ("NU",)),
    ("Yukon", ("YT",)),
)
# fmt: on

#: ``(printed form, full name)``: every abbreviation and full name of a US state or Canadian
#: province. Keys are compared after :func:`region_key`.
REGION_NAMES: tuple[tuple[str, str], ...] = tuple(
    (spelling, name) for name, spellings in _STATES for spelling in (name, *spellings)
)


def region_key(text: str) -> str:
    """How a region is looked up: casefolded, without spaces and without a final period.

    >>> region_key("W. Va."), region_key("CALIF"), region_key("New York")
    ('w.va', 'calif', 'newyork')
    """
    return "".join(text.split()).casefold().rstrip(".")


# fmt: off
#: Cities that print alone in datelines (AP's US and foreign lists, and cities newspapers
#: print as ``CITY:``). Any case matches.
DATELINE_CITIES: tuple[str, ...] = (
    # AP stand-alone US cities
    "Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati", "Cleveland", "Dallas",
    "Denver", "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas", "Los Angeles",
    "Miami", "Milwaukee", "Minneapolis", "New Orleans", "New York", "Oklahoma City",
    "Philadelphia", "Phoenix", "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio",
    "San Diego", "San Francisco", "Seattle", "Washington",
    # AP stand-alone foreign cities
    "Amsterdam", "Baghdad", "Bangkok", "Beijing", "Beirut", "Berlin", "Brussels", "Cairo",
    "Djibouti", "Dublin", "Geneva", "Gibraltar", "Guatemala City", "Havana", "Helsinki",
    "Hong Kong", "Islamabad", "Istanbul", "Jerusalem", "Johannesburg", "Kuwait City",
    "London", "Luxembourg", "Macau", "Madrid", "Mexico City", "Milan", "Monaco", "Montreal",
    "Moscow", "New Delhi", "Ottawa", "Panama City", "Paris", "Prague", "Quebec City",
    "Rio de Janeiro", "Rome", "San Marino", "Sao Paulo", "Shanghai", "Singapore",
    "Stockholm", "Sydney", "Tokyo", "Toronto", "Vatican City", "Vienna", "Zurich",
    # other capitals and wire cities
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Ankara", "Athens", "Brasilia",
    "Bucharest", "Budapest", "Buenos Aires", "Canberra", "Caracas", "Colombo", "Copenhagen",
    "Dakar", "Damascus", "Dhaka", "Doha", "Dubai", "Frankfurt", "Hanoi", "Harare",
    "Jakarta", "Kabul", "Kampala", "Karachi", "Kathmandu", "Khartoum", "Kiev", "Kinshasa",
    "Kuala Lumpur", "Kyiv", "Lagos", "Lahore", "Lima", "Lisbon", "Manila", "Melbourne",
    "Minsk", "Mogadishu", "Munich", "Nairobi", "Oslo", "Ramallah", "Riyadh", "Santiago", "Seoul",
    "Taipei", "Tehran", "Tel Aviv", "The Hague", "Tripoli", "Tunis", "Ulaanbaatar",
    "Warsaw", "Wellington", "Yangon",
    # Indian, Pakistani and East African cities that papers print as "CITY:"
    "Agra", "Ahmedabad", "Allahabad", "Amritsar", "Bangalore", "Bengaluru", "Bhopal",
    "Bhubaneswar", "Chandigarh", "Chennai", "Coimbatore", "Dehradun", "Gandhinagar",
    "Guwahati", "Gurgaon", "Gurugram", "Hyderabad", "Indore", "Jaipur", "Jammu", "Kanpur",
    "Kochi", "Kolkata", "Kollam", "Kozhikode", "Lucknow", "Ludhiana", "Madurai",
    "Mangaluru", "Mumbai", "Mysuru", "Nagpur", "Noida", "Panaji", "Patna", "Pune",
    "Raipur", "Ranchi", "Shimla", "Srinagar", "Surat", "Thane",
    "Thiruvananthapuram", "Vadodara", "Varanasi", "Visakhapatnam", "Peshawar", "Quetta",
    "Rawalpindi", "Dar es Salaam", "Dodoma", "Mombasa", "Kigali", "Lindi",
)

#: Words that open kickers, labels and promos, never a dateline's place (any case).
NOT_PLACES: tuple[str, ...] = (
    # labels, kickers and promos
    "Abby", "Advertisement", "Alert", "Also", "Analysis", "Breaking", "Brief", "Briefs",
    "Caption", "Check", "Clarification", "Click", "Column", "Commentary", "Correction",
    "Corrected", "Credit", "Dear", "Disclaimer", "Editor's", "Editor’s", "Editors",
    "Exclusive", "Explainer", "Factbox", "Fact", "Feature", "File", "Gallery", "Highlights",
    "Interview", "Listen", "Live", "More", "Note", "Notice", "Obituary", "Opinion", "Photo",
    "Photos", "Plus", "Podcast", "Poll", "Preview", "Profile", "Q", "Quote", "Read", "Refile",
    "Related", "Review", "Rpt", "See", "Snapshot", "Source", "Sponsored", "Spoiler",
    "Spoilers", "Story", "Subscribe", "Summary", "Timeline", "Transcript", "Trending",
    "Update", "Video", "Warning", "Watch", "Wrapup",
    # time stamps and bylines
    "By", "Last", "Latest", "Modified", "Posted", "Published", "Updated",
    # section names
    "Business", "Entertainment", "Health", "Lifestyle", "Politics", "Science", "Sports",
    "Technology", "Weather",
    # AP and web kickers in capitals ("WHY IT MATTERS —", "TOP STORIES —", "THE BOTTOM LINE —")
    "Bottom", "Headlines", "Line", "Matters", "Picture", "Stories", "Takeaways", "Today",
    "Tonight", "Top",
    # pronouns, question words and conjunctions open sentences and kickers, never places
    "But", "He", "How", "I", "It", "It's", "My", "Our", "She", "That", "They", "This", "We",
    "What", "What's", "When", "Who", "Why", "You",
)
# fmt: on
