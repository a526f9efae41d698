"""Bylines: author lines at the top, credit trailers at the end."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Byline, Parser
from copydesk.reading.names import natural_case, parse_names

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
THIRD = "Forecasters expect the rain to ease by the end of the week, the weather service said."


def article_with(top: str = "", end: str = "") -> copydesk.Article:
    """An article with *top* under the headline and *end* after the body."""
    parts = [HEADLINE, top, LEDE, SECOND, THIRD, end]
    return copydesk.parse("\n\n".join(part for part in parts if part))


def only_byline(top: str = "", end: str = "") -> Byline:
    """The one byline of such an article."""
    (byline,) = article_with(top, end).bylines
    return byline


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Jane Doe", ("Jane Doe",), None),
        ("by JANE DOE, REUTERS", ("Jane Doe",), "Reuters"),
        ("BY TED D'AFFLISIO, REUTERS", ("Ted D'Afflisio",), "Reuters"),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By Ann Lee, Bob Stone and Carl Diaz", ("Ann Lee", "Bob Stone", "Carl Diaz"), None),
        ("Jane Doe, Associated Press", ("Jane Doe",), "AP"),
        ("By Jane Doe | Reuters", ("Jane Doe",), "Reuters"),
        ("Written by Jane Doe", ("Jane Doe",), None),
        ("By: Jane Doe", ("Jane Doe",), None),
        ("Posted by Jane Doe", ("Jane Doe",), None),
        ("By Jane Doe, The Canadian Press", ("Jane Doe",), "CP"),
        ("Jane Doe, Burnaby Now", ("Jane Doe",), "Burnaby Now"),
        ("Jane Doe, Sportsdesk.com", ("Jane Doe",), "Sportsdesk.com"),
    ],
)
def test_author_forms(line: str, names: tuple[str, ...], organization: str | None) -> None:
    """Each printed byline form gives its names and organisation."""
    byline = only_byline(line)
    assert byline.names == names
    assert byline.organization == organization
    assert byline.kind == "author"
    assert byline.text == line


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Ursula von der Leyen", "Ursula von der Leyen"),
        ("By Martin Luther King Jr.", "Martin Luther King Jr."),
        ("By Mohammed bin Salman", "Mohammed bin Salman"),
        ("By SM Najmus Sakib", "SM Najmus Sakib"),
        ("By Lolita C. Baldor", "Lolita C. Baldor"),
        ("By AMELIA THOMSON-DEVEAUX", "Amelia Thomson-Deveaux"),
        ("By Ahmad al-Sharaa", "Ahmad al-Sharaa"),
        ("By Patrick O’Regan", "Patrick O’Regan"),
        ("By ANDREW DAS", "Andrew Das"),
    ],
)
def test_name_shapes(line: str, name: str) -> None:
    """Particles, suffixes, initials, hyphens and apostrophes stay in the name."""
    assert only_byline(line).names == (name,)


def test_role_after_name() -> None:
    """A job title after the name is the role, not part of the name."""
    byline = only_byline("Jane Doe Staff Writer")
    assert byline.names == ("Jane Doe",)
    assert byline.role == "Staff Writer"


def test_glued_role() -> None:
    """A scraper that glued the title to the name is undone."""
    byline = only_byline("Tim HanlonNews Reporter")
    assert byline.names == ("Tim Hanlon",)
    assert byline.role == "News Reporter"


def test_special_to() -> None:
    """'Special to the X' is a role naming the outlet."""
    byline = only_byline("By Bill Hope | Special to the Pioneer Press")
    assert byline.names == ("Bill Hope",)
    assert byline.role == "Special to the Pioneer Press"
    assert byline.organization == "the Pioneer Press"


def test_agency_role() -> None:
    """An agency opening the job title is the organisation."""
    byline = only_byline("By JANE DOE, AP Sports Writer")
    assert byline.names == ("Jane Doe",)
    assert byline.organization == "AP"
    assert byline.role == "AP Sports Writer"


def test_lone_by_line() -> None:
    """A lone 'By' line joins the names on the next line."""
    byline = only_byline("By\nANN LEE, BOB STONE and CARL DIAZ")
    assert byline.names == ("Ann Lee", "Bob Stone", "Carl Diaz")
    assert byline.text == "By\nANN LEE, BOB STONE and CARL DIAZ"


def test_agency_line_joins_byline() -> None:
    """An agency line under the byline is one byline item spanning both lines."""
    article = article_with("By JILL DOE\nThe Associated Press")
    (byline,) = article.bylines
    assert byline.text == "By JILL DOE\nThe Associated Press"
    assert byline.names == ("Jill Doe",)
    assert byline.organization == "AP"
    assert byline.span.slice(article.source) == byline.text


def test_name_then_role_line() -> None:
    """A name line followed by a job-title line is a byline without 'By'."""
    byline = only_byline("JANE DOE\nAP Sports Writer")
    assert byline.names == ("Jane Doe",)
    assert byline.organization == "AP"


@pytest.mark.parametrize(
    ("top", "names"),
    [
        ("Fleur Doe", ("Fleur Doe",)),
        ("Fleur Doe\n\nJanuary 19, 2008 12:00am", ("Fleur Doe",)),
        ("KEVIN ROE and GERRY DOE", ("Kevin Roe", "Gerry Doe")),
        ("STAN DOE 31/12/2007", ("Stan Doe",)),
        ("Rob Doe — 1/17/2008 10:58 am", ("Rob Doe",)),
        ("MPUMELELO DOE Published: Jan 14, 2008", ("Mpumelelo Doe",)),
    ],
)
def test_bare_name_line(top: str, names: tuple[str, ...]) -> None:
    """A line that is only a writer's name (maybe with a date) under the headline."""
    assert only_byline(top).names == names


@pytest.mark.parametrize(
    "top",
    [
        "Story Tools",  # a menu row: no given name
        "Harbour Sun\n\nSunday 30th December, 2007",  # an outlet
        "Tom Doe\n\nJane Roe",  # a cast list
    ],
)
def test_bare_line_that_is_no_byline(top: str) -> None:
    """Capitalised pairs under a headline that are no writer stay out."""
    assert article_with(top).bylines == ()


def test_bare_name_of_the_story_subject_is_no_byline() -> None:
    """A name that the story itself is about (a photo label) is no byline."""
    text = "\n\n".join(
        [
            "Fox denies the rumours",
            "Mark Fox",
            "Producer Mark Fox has denied the reports about his new album, his agent said.",
            SECOND,
            THIRD,
        ]
    )
    assert copydesk.parse(text).bylines == ()


def test_bare_name_below_the_lede_is_no_byline() -> None:
    """A name line among the paragraphs is no byline."""
    assert article_with(end="Fleur Doe\n\nMore text follows here.").bylines == ()


def test_date_and_contact_tails() -> None:
    """Weekday rows, '(Contact)' and 'More by this author' are cut off the byline."""
    assert only_byline("By Jane Doe | Monday | 07/01/2008").text == "By Jane Doe"
    assert only_byline("By Jane Doe (Contact)").text == "By Jane Doe"
    assert only_byline("By Jane Doe? More by this author").text == "By Jane Doe"


@pytest.mark.parametrize(
    ("end", "names", "organization"),
    [
        ("- Shaun Doe", ("Shaun Doe",), None),
        ("-- Aaron Roe", ("Aaron Roe",), None),
        ("Mark Doe, Sportsdesk.com", ("Mark Doe",), "Sportsdesk.com"),
        ("Submitted by Ann Roe", ("Ann Roe",), None),
    ],
)
def test_sign_off_under_the_story(
    end: str, names: tuple[str, ...], organization: str | None
) -> None:
    """A writer's name signing off right under the last paragraph."""
    byline = only_byline(end=end)
    assert byline.names == names
    assert byline.organization == organization


def test_bare_name_under_the_story_is_no_sign_off() -> None:
    """Without a dash or an outlet, a name under the story is no byline."""
    assert article_with(end="Fleur Doe").bylines == ()


def test_added_given_name() -> None:
    """A parser may learn given names for bare-name bylines."""
    parser = Parser()
    parser.lexicon.add_byline_words("given_names", "Mpumelelo")
    text = "\n\n".join([HEADLINE, "MPUMELELO DOE", LEDE, SECOND, THIRD])
    assert parser.parse(text).bylines[0].names == ("Mpumelelo Doe",)
    assert copydesk.parse(text).bylines == ()


def test_byline_then_date_line() -> None:
    """A date line under the byline stays out of the byline."""
    article = article_with("By Jane Doe\n\nNov. 5, 2019 10:15 am")
    (byline,) = article.bylines
    assert byline.text == "By Jane Doe"
    assert "Nov" not in " ".join(byline.names)


def test_date_on_the_byline_line() -> None:
    """A date after the names on the same line is cut off as page metadata."""
    article = article_with("By Jane Doe | 5 November 2024")
    (byline,) = article.bylines
    assert byline.text == "By Jane Doe"
    assert [chrome.text for chrome in article.chrome] == ["| 5 November 2024"]


def test_date_before_by() -> None:
    """A date printed before 'by' is page metadata, the rest the byline."""
    article = article_with("Jan 14 2008 by Jane Doe, Western Mail")
    (byline,) = article.bylines
    assert byline.text == "by Jane Doe, Western Mail"
    assert byline.organization == "Western Mail"


def test_place_after_name_is_dropped() -> None:
    """'in Rio de Janeiro' is where the writer is, not part of the name."""
    assert only_byline("Tom Phillips in Rio de Janeiro").names == ("Tom Phillips",)


def test_agency_as_author() -> None:
    """'By Associated Press' names no person."""
    byline = only_byline("By Associated Press")
    assert byline.names == ()
    assert byline.organization == "AP"


@pytest.mark.parametrize(
    "line",
    [
        "By the way, the storm is not over yet.",
        "By 2030, the coast could lose a third of its beaches.",
        "By contrast",
        "By then",
        "By Monday, the water had receded.",
        "By signing up you agree to our terms.",
        "By Any Means Necessary",
        "SANTA CRUZ, Calif., March 3 -",
        "Oklahoma City, March 3",
        "Continental Grain, Westwego 1 5",
        "LAS VEGAS--(BUSINESS WIRE)",
        "Home | News | Sports",
        "SAN MATEO, Feb 26 -\n\nRecord March 9, 2025",
        "ALSO READ\n\nJanuary 11, 2025",
        "Article Launched: 01/14/2025 02:57:26 AM PST",
        "MONTHS LAST DIFFERENCE\n\nMarch 2025 5.20 5.30",
        "By Tuesday March 3, 2025",
        "Writer Jane Doe says the plan works.",
    ],
)
def test_not_a_byline(line: str) -> None:
    """Sentences and lines that open with 'By' or look like names are no bylines."""
    assert article_with(line).bylines == ()


def test_stamp_over_a_bare_name_is_no_evidence() -> None:
    """Under a headline's date stand the page's tools: a date *above* a name line that no
    given name vouches for is no byline evidence, a date under it is."""
    assert article_with("March 3, 2025\n\nRadoslava Kestrel").bylines == ()
    assert only_byline("Radoslava Kestrel\n\nMarch 3, 2025").names == ("Radoslava Kestrel",)


def test_comment_posted_by_one_word_is_no_byline() -> None:
    """'Posted by: jim | <date>' is a comment thread's reader, not the story's writer."""
    assert article_with("Posted by: jim | January 14, 2025 07:20 PM").bylines == ()


def test_follow_prompt_is_chrome() -> None:
    """'Follow Jane Doe on Twitter' is a social chrome line."""
    article = article_with(end="Follow Jane Doe on Twitter @jdoe")
    assert article.bylines == ()
    assert [chrome.kind for chrome in article.chrome] == ["social"]


def test_reuters_trailer() -> None:
    """One trailer item: reporters in names, editors apart."""
    byline = only_byline(
        end="(Reporting by Ann Lee in Paris and Bob Stone in London; "
        "Writing by Carl Diaz; Editing by Dan Fox)"
    )
    assert byline.kind == "reporting"
    assert byline.names == ("Ann Lee", "Bob Stone", "Carl Diaz")
    assert byline.editors == ("Dan Fox",)


def test_editing_only_trailer() -> None:
    """An editing-only trailer names no author."""
    byline = only_byline(end="(Editing by Dan Fox)")
    assert byline.kind == "editing"
    assert byline.names == ()
    assert byline.editors == ("Dan Fox",)


def test_additional_reporting() -> None:
    """'(Additional reporting by A in Paris)' drops the place."""
    byline = only_byline(end="(Additional reporting by Ann Lee in Paris)")
    assert byline.kind == "additional reporting"
    assert byline.names == ("Ann Lee",)


def test_contributed_to_this_report() -> None:
    """The AP trailer names the contributors, drops roles and places."""
    byline = only_byline(
        end="— Associated Press writers Ann Lee in Johnstown, Pennsylvania, and "
        "Bob Stone in Atlanta contributed to this report."
    )
    assert byline.kind == "contributor"
    assert byline.names == ("Ann Lee", "Bob Stone")
    assert byline.organization == "AP"


def test_agency_contributed() -> None:
    """'The Associated Press contributed to this report.' names the agency only."""
    byline = only_byline(end="The Associated Press contributed to this report.")
    assert byline.names == ()
    assert byline.organization == "AP"


def test_contributing_colon() -> None:
    """USA Today's 'Contributing: A, B'."""
    byline = only_byline(end="Contributing: Ann Lee, Bob Stone")
    assert byline.kind == "contributor"
    assert byline.names == ("Ann Lee", "Bob Stone")


def test_contributing_with_outlet() -> None:
    """'Contributing: A, Outlet' gives the name and the outlet."""
    byline = only_byline(end="Contributing: Ann Lee, Medill News Service.")
    assert byline.names == ("Ann Lee",)
    assert byline.organization == "Medill News Service"


def test_place_after_comma_is_no_name() -> None:
    """'in Salvo, North Carolina': the state after the comma is part of the place."""
    byline = only_byline(end="(Writing by Ann Lee in Salvo, North Carolina; Editing by Dan Fox)")
    assert byline.names == ("Ann Lee",)


def test_byline_glued_to_the_lede() -> None:
    """A byline printed at the start of the first paragraph is cut off it."""
    article = copydesk.parse(f"{HEADLINE}\n\nBy Ann Lee, Associate Editor -- {LEDE}\n\n{SECOND}")
    (byline,) = article.bylines
    assert byline.text == "By Ann Lee, Associate Editor"
    assert article.paragraphs[0].text == f"-- {LEDE}"


def test_trailer_before_the_lede_is_not_read() -> None:
    """Credit trailers are read only after the first paragraph of prose."""
    article = copydesk.parse(f"{HEADLINE}\n\n(Editing by Dan Fox)\n\n{LEDE}")
    assert article.bylines == ()


def test_byline_leaves_the_body() -> None:
    """A byline is not a body paragraph; spans stay exact."""
    article = article_with("By Jane Doe", "(Reporting by Ann Lee; Editing by Dan Fox)")
    assert "Jane Doe" not in article.body
    assert "Reporting" not in article.body
    for byline in article.bylines:
        assert byline.span.slice(article.source) == byline.text
    assert "".join(text for _, text in article.segments()) == article.source


def test_bylines_step_can_be_disabled() -> None:
    """Without the step there are no bylines."""
    parser = Parser().disable("bylines")
    assert parser.parse(f"{HEADLINE}\n\nBy Jane Doe\n\n{LEDE}").bylines == ()


def test_added_lead() -> None:
    """A lead-in added to the lexicon is read like "By"."""
    parser = Parser()
    parser.lexicon.add_byline_words("byline_leads", "reportage de")
    (byline,) = parser.parse(f"{HEADLINE}\n\nReportage de Jean Dupont\n\n{LEDE}").bylines
    assert byline.names == ("Jean Dupont",)


def test_added_trailer_role() -> None:
    """A trailer lead-in added to the lexicon gives its kind."""
    parser = Parser()
    parser.lexicon.add_trailer_role("research by", "research")
    article = parser.parse(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\nResearch by Ann Lee")
    (byline,) = article.bylines
    assert (byline.kind, byline.names) == ("research", ("Ann Lee",))


def test_parse_names_rejects_non_names() -> None:
    """parse_names() returns nothing unless every item is a name."""
    assert parse_names("Ann Lee and the weather") == ()
    assert parse_names("Ann Lee, Bob Stone and Carl Diaz") == ("Ann Lee", "Bob Stone", "Carl Diaz")


def test_natural_case() -> None:
    """Capitals become natural case; mixed case is kept as printed."""
    assert natural_case("JOHN MCDONALD") == "John McDonald"
    assert natural_case("Van Der Fort") == "Van Der Fort"
    assert natural_case("MARTIN LUTHER KING III") == "Martin Luther King III"


def test_lower_case_word_after_by_is_no_organisation() -> None:
    """'by company' in a table's note names no organisation; 'By the Upwork Team' does."""
    assert article_with("NOTE: figures by company").bylines == ()
    assert only_byline("By the Upwork Team").organization == "the Upwork Team"
