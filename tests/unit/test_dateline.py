"""Datelines: every wire and newspaper form, the separators, and what is not a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

import copydesk
from copydesk import Parser
from copydesk.steps.dateline import resolve_date

LEDE = "The minister said on Monday that the talks would go on until the end of the week."
REFERENCE = dt.date(2024, 11, 5)


def parse(opening: str, *, reference: dt.date | None = REFERENCE) -> copydesk.Article:
    """Parse a headline, then *opening* as the first paragraph."""
    return copydesk.parse(f"A headline for the story\n\n{opening}", reference_date=reference)


def fields(dateline: copydesk.Dateline | None) -> tuple[object, ...] | None:
    if dateline is None:
        return None
    return (dateline.text, dateline.location, dateline.date_text, dateline.agency)


# (opening, dateline text, location, date_text, agency)
FORMS = [
    # AP
    (
        "SKANEATELES, N.Y. (AP) — Farmer",
        "SKANEATELES, N.Y. (AP) —",
        "SKANEATELES, N.Y.",
        None,
        "AP",
    ),
    ("WASHINGTON (AP) — The", "WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
    (
        "SAN JUAN, Puerto Rico (AP) — The",
        "SAN JUAN, Puerto Rico (AP) —",
        "SAN JUAN, Puerto Rico",
        None,
        "AP",
    ),
    ("ATLANTA — The", "ATLANTA —", "ATLANTA", None, None),
    ("CHARLESTON, W.Va. — The", "CHARLESTON, W.Va. —", "CHARLESTON, W.Va.", None, None),
    ("MEXICO CITY – The", "MEXICO CITY –", "MEXICO CITY", None, None),
    (
        "PUTRAJAYA, Malaysia — (AP) — The",
        "PUTRAJAYA, Malaysia — (AP) —",
        "PUTRAJAYA, Malaysia",
        None,
        "AP",
    ),
    (
        "BEIRUT, Lebanon, June 2 — The",
        "BEIRUT, Lebanon, June 2 —",
        "BEIRUT, Lebanon",
        "June 2",
        None,
    ),
    # date-only and tag-only
    ("Nov. 2 (UPI) — The", "Nov. 2 (UPI) —", None, "Nov. 2", "UPI"),
    ("April 25 (Reuters) - The", "April 25 (Reuters) -", None, "April 25", "Reuters"),
    ("(Bloomberg) -- The", "(Bloomberg) --", None, None, "Bloomberg"),
    ("(CNN) — The", "(CNN) —", None, None, "CNN"),
    ("- (CNN) - The", "- (CNN) -", None, None, "CNN"),
    ("Jan. 5 (Bloomberg) -- The", "Jan. 5 (Bloomberg) --", None, "Jan. 5", "Bloomberg"),
    # Reuters, modern and 1987
    ("LONDON, Nov 2 (Reuters) - The", "LONDON, Nov 2 (Reuters) -", "LONDON", "Nov 2", "Reuters"),
    ("SALVADOR, Feb 26 - The", "SALVADOR, Feb 26 -", "SALVADOR", "Feb 26", None),
    (
        "FORT WORTH, Texas, March 18 - The",
        "FORT WORTH, Texas, March 18 -",
        "FORT WORTH, Texas",
        "March 18",
        None,
    ),
    (
        "BEIRUT/THE HAGUE, March 7 (Reuters) - The",
        "BEIRUT/THE HAGUE, March 7 (Reuters) -",
        "BEIRUT/THE HAGUE",
        "March 7",
        "Reuters",
    ),
    (
        "WASHINGTON, March 12, Reuter - The",
        "WASHINGTON, March 12, Reuter -",
        "WASHINGTON",
        "March 12",
        "Reuters",
    ),
    (
        "SEOUL, September 27 (Reuters): The",
        "SEOUL, September 27 (Reuters):",
        "SEOUL",
        "September 27",
        "Reuters",
    ),
    # AFP, Xinhua, PTI, IANS, ANI, TASS, ANSA, EFE, Yonhap, Anadolu, dpa
    ("Paris (AFP) – The", "Paris (AFP) –", "Paris", None, "AFP"),
    ("Kyiv (Ukraine) (AFP) – The", "Kyiv (Ukraine) (AFP) –", "Kyiv (Ukraine)", None, "AFP"),
    (
        "BEIJING, June 18 (Xinhua) -- The",
        "BEIJING, June 18 (Xinhua) --",
        "BEIJING",
        "June 18",
        "Xinhua",
    ),
    ("Mumbai, Dec 9 (PTI) The", "Mumbai, Dec 9 (PTI)", "Mumbai", "Dec 9", "PTI"),
    ("New Delhi, July 26 (IANS) The", "New Delhi, July 26 (IANS)", "New Delhi", "July 26", "IANS"),
    (
        "New Delhi [India], September 24 (ANI): The",
        "New Delhi [India], September 24 (ANI):",
        "New Delhi [India]",
        "September 24",
        "ANI",
    ),
    (
        "Amritsar (Punjab), Apr 13 (ANI): The",
        "Amritsar (Punjab), Apr 13 (ANI):",
        "Amritsar (Punjab)",
        "Apr 13",
        "ANI",
    ),
    ("Mumbai (ANI): The", "Mumbai (ANI):", "Mumbai", None, "ANI"),
    (
        "KAZAN, February 21. /TASS/. The",
        "KAZAN, February 21. /TASS/.",
        "KAZAN",
        "February 21",
        "TASS",
    ),
    (
        "MOSCOW, February 22. /TASS/: The",
        "MOSCOW, February 22. /TASS/:",
        "MOSCOW",
        "February 22",
        "TASS",
    ),
    (
        "(ANSA) - Rome, September 10 - The",
        "(ANSA) - Rome, September 10 -",
        "Rome",
        "September 10",
        "ANSA",
    ),
    ("Havana, Feb 1 (EFE).- The", "Havana, Feb 1 (EFE).-", "Havana", "Feb 1", "EFE"),
    (
        "SEOUL, Jul 11 (NNN-YONHAP) – The",
        "SEOUL, Jul 11 (NNN-YONHAP) –",
        "SEOUL",
        "Jul 11",
        "Yonhap",
    ),
    ("ANKARA (AA) – The", "ANKARA (AA) –", "ANKARA", None, "AA"),
    ("Wien (dpa) – The", "Wien (dpa) –", "Wien", None, "dpa"),
    ("Hong Kong (CNN Business) The", "Hong Kong (CNN Business)", "Hong Kong", None, "CNN"),
    # newspapers and press-release wires
    ("NEW DELHI: The", "NEW DELHI:", "NEW DELHI", None, None),
    ("PATNA, Aug 31: The", "PATNA, Aug 31:", "PATNA", "Aug 31", None),
    ("KATHMANDU, June 24: The", "KATHMANDU, June 24:", "KATHMANDU", "June 24", None),
    ("Wellington, PTI: The", "Wellington, PTI:", "Wellington", None, "PTI"),
    (
        "LAS VEGAS--(BUSINESS WIRE)-- The",
        "LAS VEGAS--(BUSINESS WIRE)--",
        "LAS VEGAS",
        None,
        "BUSINESS WIRE",
    ),
    (
        "LAS VEGAS, Jan. 8 /PRNewswire/ -- The",
        "LAS VEGAS, Jan. 8 /PRNewswire/ --",
        "LAS VEGAS",
        "Jan. 8",
        "PRNewswire",
    ),
    (
        "Montreal, QC (Sports Network) - The",
        "Montreal, QC (Sports Network) -",
        "Montreal, QC",
        None,
        "Sports Network",
    ),
    ("Fairfield (AP) _ The", "Fairfield (AP) _", "Fairfield", None, "AP"),
    ("TORONTO (AP) The", "TORONTO (AP)", "TORONTO", None, "AP"),
    (
        "OAKLAND, Calif., Dec. 29 The",
        "OAKLAND, Calif., Dec. 29",
        "OAKLAND, Calif.",
        "Dec. 29",
        None,
    ),
]


@pytest.mark.parametrize(("opening", "text", "location", "date_text", "agency"), FORMS)
def test_form(
    opening: str, text: str, location: str | None, date_text: str | None, agency: str | None
) -> None:
    """Each printed form gives back its text, location, date and canonical agency."""
    article = parse(f"{opening} {LEDE[4:]}")
    assert fields(article.dateline) == (text, location, date_text, agency)
    assert article.dateline is not None
    assert article.dateline.span.slice(article.source) == text
    assert not article.paragraphs[0].text.startswith(text)


@pytest.mark.parametrize(
    ("separator", "printed"),
    [(" — ", "—"), (" – ", "–"), (" -- ", "--"), (" - ", "-"), (": ", ":"), (" _ ", "_")],
)
def test_every_separator(separator: str, printed: str) -> None:
    """Em dash, en dash, double hyphen, hyphen, colon and underscore all end a dateline."""
    article = parse(f"LONDON, Nov. 2 (Reuters){separator}{LEDE}")
    assert article.dateline is not None
    assert article.dateline.text == f"LONDON, Nov. 2 (Reuters) {printed}".replace(" :", ":")
    assert article.paragraphs[0].text == LEDE


def test_glued_em_dash() -> None:
    """An em dash glued to both words still separates (``LONDON—The``)."""
    article = parse(f"LONDON—{LEDE}")
    assert fields(article.dateline) == ("LONDON—", "LONDON", None, None)
    assert article.paragraphs[0].text == LEDE


def test_no_separator_pti() -> None:
    """PTI prints no dash: the lede starts right after the tag."""
    article = parse(f"Mumbai, Dec 9 (PTI) {LEDE}")
    assert article.paragraphs[0].text == LEDE


def test_dateline_on_its_own_line() -> None:
    """A dateline may stand on a line of its own above the lede (VOA, Tribune)."""
    article = parse(f"AUBURN, Wash. —\n\n{LEDE} {LEDE}")
    assert fields(article.dateline) == ("AUBURN, Wash. —", "AUBURN, Wash.", None, None)
    assert article.paragraphs[0].text.startswith("The minister")


def test_dateline_with_date_on_its_own_line() -> None:
    """A Tribune-style ``City, Month DD`` line opens the story."""
    article = parse(f"New Delhi, October 20\n\n{LEDE} {LEDE}")
    assert fields(article.dateline) == ("New Delhi, October 20", "New Delhi", "October 20", None)


def test_hard_wrapped_dateline() -> None:
    """A hard wrap inside the dateline joins the two lines again."""
    article = parse(f"KATHMANDU,\nApril 25 (Reuters) - {LEDE}")
    assert article.dateline is not None
    assert article.dateline.text == "KATHMANDU,\nApril 25 (Reuters) -"
    assert (article.dateline.location, article.dateline.date_text) == ("KATHMANDU", "April 25")
    assert article.paragraphs[0].text == LEDE


def test_dateline_after_byline_and_caption() -> None:
    """Bylines and captions above the dateline are passed over."""
    text = (
        "Headline\n\nBy Jane Doe\n\n"
        "A man walks past the building. File Photo by Al Drago/UPI | License Photo\n\n"
        f"WASHINGTON, Dec. 8 (UPI) — {LEDE}"
    )
    article = copydesk.parse(text)
    assert fields(article.dateline) == ("WASHINGTON, Dec. 8 (UPI) —", "WASHINGTON", "Dec. 8", "UPI")


def test_dateline_after_a_deck() -> None:
    """A dateline may open the second paragraph, under a deck."""
    deck = (
        "The talks that began in spring are set to run into the summer, officials from both "
        "sides said on Friday after a long day of meetings in the capital city."
    )
    article = parse(f"{deck}\n\nBERLIN (AP) — {LEDE}")
    assert fields(article.dateline) == ("BERLIN (AP) —", "BERLIN", None, "AP")
    assert article.paragraphs[0].text == deck


def test_lower_case_wire_lede() -> None:
    """1987 wire copy may start the lede in lower case after a dated dateline."""
    article = parse("WASHINGTON, March 3 - the U.S. Agriculture Department said it would act.")
    assert fields(article.dateline) == ("WASHINGTON, March 3 -", "WASHINGTON", "March 3", None)


def test_region_spelled_out() -> None:
    """AP state abbreviations, postal codes and provinces are spelled out."""
    cases = {
        "SKANEATELES, N.Y. (AP) —": "New York",
        "CHARLESTON, W.Va. —": "West Virginia",
        "SAN JOSE, Calif., Oct 20 -": "California",
        "St. Louis, MO (Sports Network) -": "Missouri",
        "CALGARY, Alberta (AP) -": "Alberta",
        "BEIRUT, Lebanon, June 2 —": "Lebanon",
    }
    for opening, region in cases.items():
        dateline = parse(f"{opening} {LEDE}").dateline
        assert dateline is not None, opening
        assert dateline.region == region, opening


def test_city() -> None:
    """The city is the first place, as printed."""
    dateline = parse(f"FORT WORTH, Texas, March 18 - {LEDE}").dateline
    assert dateline is not None
    assert (dateline.city, dateline.region) == ("FORT WORTH", "Texas")


def test_date_resolves_to_latest_before_reference() -> None:
    """A date without a year is the latest such day on or before the reference date."""
    dateline = parse(f"LONDON, Dec 30 (Reuters) - {LEDE}", reference=dt.date(2025, 1, 3)).dateline
    assert dateline is not None
    assert dateline.date == dt.date(2024, 12, 30)


def test_printed_year_wins() -> None:
    """A year printed in the dateline wins over the reference date."""
    dateline = parse(f"SEATTLE Jan 14, 2008 (AP) {LEDE}").dateline
    assert dateline is not None
    assert (dateline.date_text, dateline.date) == ("Jan 14, 2008", dt.date(2008, 1, 14))


def test_no_reference_no_date() -> None:
    """Without a reference date or a printed year, the date is None."""
    dateline = parse(f"LONDON, Nov 2 (Reuters) - {LEDE}", reference=None).dateline
    assert dateline is not None
    assert (dateline.date_text, dateline.date) == ("Nov 2", None)


@pytest.mark.parametrize(
    ("printed", "resolved"),
    [
        ("Narch 2", dt.date(2024, 3, 2)),
        ("Macrh 31", dt.date(2024, 3, 31)),
        ("March 119", None),
        ("2 March", dt.date(2024, 3, 2)),
        ("Feb 30", None),
    ],
)
def test_typos_in_dates(printed: str, resolved: dt.date | None) -> None:
    """Misspelt months resolve when only one month is one edit away; impossible days do not."""
    dateline = parse(f"FORT WORTH, Texas, {printed} - {LEDE}").dateline
    assert dateline is not None
    assert (dateline.date_text, dateline.date) == (printed, resolved)


def test_resolve_date_leap_day() -> None:
    """February 29 resolves to the last leap year on or before the reference."""
    assert resolve_date(2, 29, reference=dt.date(2023, 6, 1)) == dt.date(2020, 2, 29)


@pytest.mark.parametrize(
    "opening",
    [
        "CHINESE AGGRESSION: Manila accused Beijing’s ‘maritime militia’ of swarming the reef.",
        "RESILIENCE: Taiwan has built up its defences over many years of careful planning.",
        "MORE: Manila accused Beijing of swarming the reef on Monday and again on Tuesday.",
        "WATCH: Manila accused Beijing of swarming the reef on Monday and again on Tuesday.",
        "RELATED: Manila accused Beijing of swarming the reef on Monday and again on Tuesday.",
        "READ MORE: Manila accused Beijing of swarming the reef on Monday and again on Tuesday.",
        "EDITOR'S NOTE: This story contains language that some readers may find offensive.",
        "FILE - In this Sunday, March 11, 2017 photo, a man walks down the street in town.",
        "Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan said on Monday that he would go.",
        "Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan said on Monday he would go.",
        "Agence France-Presse (AFP) photographer Joe Smith was hurt on Monday in the city.",
        "A HUNTER who killed and ate a wild rabbit in China has been hit by the plague.",
        "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.",
        "9:34 p.m. — Donald Trump said on Monday that he would go ahead with the rally.",
        "Thursday, January 17, 2008; 8:43 AM",
        "Reuters November 18, 2019 11:03 PM",
        "Published November 20th, 2019 - 07:29 GMT",
        "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been criticised.",
        "MIAMI: World’s oldest orangutan dies",
        "DOWNTOWN VANCOUVER - Funeral plans, not wedding plans, are being made by a bride...",
        "Astronaut (NR): Jaden Siemans 7 saves.",
        "JETSETTER TO CONVICT",
        "WHY IT MATTERS — The ruling decides who may vote in the state in the next election.",
        "TOP STORIES — The council said on Monday that the bridge would open next spring.",
        "UPDATE 2 - The council said on Monday that the bridge would open next spring.",
    ],
)
def test_not_a_dateline(opening: str) -> None:
    """Kickers, labels, promos, party acronyms, time stamps and caps subheads are not datelines."""
    article = parse(opening)
    assert article.dateline is None
    assert opening in [text for label, text in article.segments() if label != "whitespace"]


def test_headline_in_capitals_is_not_a_dateline() -> None:
    """A headline in capitals stays the headline."""
    article = copydesk.parse(f"WASHINGTON - CONGRESS ACTS\n\n{LEDE}")
    assert article.dateline is None
    assert article.headline is not None


def test_dateline_mid_paragraph_is_ignored() -> None:
    """Only the start of a paragraph can hold a dateline."""
    article = parse(f"He said so. LONDON (Reuters) - {LEDE}")
    assert article.dateline is None


def test_user_agency() -> None:
    """A registered agency is reported by its code."""
    parser = Parser()
    parser.lexicon.add_agency("NTV", "Nippon TV News", aliases=("NNN24",))
    article = parser.parse(f"Headline\n\nTOKYO (NNN24) — {LEDE}")
    assert article.dateline is not None
    assert article.dateline.agency == "NTV"


def test_user_city() -> None:
    """A registered city is accepted in the bare ``CITY:`` form."""
    parser = Parser()
    assert parser.parse(f"Headline\n\nKOTTAYAM: {LEDE}").dateline is None
    parser.lexicon.add_dateline_city("Kottayam")
    dateline = parser.parse(f"Headline\n\nKOTTAYAM: {LEDE}").dateline
    assert dateline is not None
    assert dateline.location == "KOTTAYAM"


def test_user_region() -> None:
    """A registered region abbreviation is spelled out."""
    parser = Parser()
    parser.lexicon.add_region("Qld", "Queensland")
    dateline = parser.parse(f"Headline\n\nBRISBANE, Qld (AAP) - {LEDE}").dateline
    assert dateline is not None
    assert dateline.region == "Queensland"


def test_disabled_step_leaves_the_paragraph() -> None:
    """With the step disabled the dateline stays in the first paragraph."""
    parser = Parser().disable("dateline")
    article = parser.parse(f"Headline\n\nLONDON (Reuters) - {LEDE}")
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith("LONDON (Reuters) -")


def test_round_trip() -> None:
    """A dateline survives to_dict/from_dict, date included."""
    article = parse(f"LONDON, Nov 2 (Reuters) - {LEDE}")
    assert copydesk.Article.from_dict(article.to_dict()) == article


def test_agency_on_the_next_line() -> None:
    """An agency tag alone on the line under the dateline belongs to it."""
    article = parse(f"VENTURA, Calif., Jan. 15, 2008\n(AP)\n{LEDE}")
    assert article.dateline is not None
    assert article.dateline.text == "VENTURA, Calif., Jan. 15, 2008\n(AP)"
    assert (article.dateline.agency, article.dateline.date) == ("AP", dt.date(2008, 1, 15))


def test_dateline_on_a_later_line_of_a_block() -> None:
    """A strong dateline opening the second line of a block is split off with the line above,
    which is the page's time stamp: labelled, and read as the publication date."""
    article = parse(f"Article Launched: 01/06/2008 03:15:25 AM PST\nWASHINGTON -- {LEDE}")
    assert fields(article.dateline) == ("WASHINGTON --", "WASHINGTON", None, None)
    assert [(c.kind, c.text) for c in article.chrome] == [
        ("metadata", "Article Launched: 01/06/2008 03:15:25 AM PST")
    ]
    assert article.published is not None
    assert str(article.published.value) == "2008-01-06 03:15:25-08:00"
    assert article.paragraphs[0].text == LEDE


def test_own_line_place_with_region_after_a_deck() -> None:
    """A press-release place line (``BAAR, SWITZERLAND``) under a deck opens the story."""
    deck = (
        "The company and its partner will sell the new monitoring system across Europe from "
        "next year, the two firms said in a joint statement issued on Thursday morning."
    )
    article = parse(f"{deck}\n\nBAAR, SWITZERLAND\n\n{LEDE} {LEDE}")
    assert article.dateline is not None
    assert (article.dateline.city, article.dateline.region) == ("BAAR", "SWITZERLAND")


def test_getty_caption_is_not_a_dateline() -> None:
    """A Getty caption opens like a dateline but goes on with an all-caps date and a colon."""
    caption = "WASHINGTON, DC - NOVEMBER 19: An official testifies before the committee on Tuesday."
    assert parse(caption).dateline is None


def test_two_agencies() -> None:
    """``(AFP/Reuters)`` is kept as printed."""
    dateline = parse(f"LONDON (AFP/Reuters) - {LEDE}").dateline
    assert dateline is not None
    assert dateline.agency == "AFP/Reuters"


def test_text_without_a_headline_line() -> None:
    """A bare wire paragraph is not taken for a headline: its dateline is split off."""
    article = copydesk.parse(f"WASHINGTON (AP) — {LEDE}")
    assert article.headline is None
    assert fields(article.dateline) == ("WASHINGTON (AP) —", "WASHINGTON", None, "AP")
    assert article.paragraphs[0].text == LEDE


def test_capitals_headline_with_dash_stays_headline() -> None:
    """A wire headline such as ``HONG KONG EXCHS NOON - APR 7`` stays the headline."""
    article = copydesk.parse(f"HONG KONG EXCHS NOON - APR 7\n\n{LEDE}")
    assert article.headline is not None
    assert article.dateline is None
