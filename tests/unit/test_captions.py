"""Photo captions and their credits."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Caption, Parser
from copydesk.reading.credits import read_credit

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
CAPTION = "Residents wade through a flooded street in Miami on Monday."


def article_with(block: str, *, after_lede: bool = False) -> copydesk.Article:
    """An article with *block* right under the headline (or after the lede)."""
    parts = [HEADLINE, LEDE, block, SECOND] if after_lede else [HEADLINE, block, LEDE, SECOND]
    return copydesk.parse("\n\n".join(parts))


def only_caption(block: str, *, after_lede: bool = False) -> Caption:
    """The one caption of such an article."""
    (caption,) = article_with(block, after_lede=after_lede).captions
    return caption


@pytest.mark.parametrize(
    ("credit", "names", "agency", "file_photo"),
    [
        ("File Photo by Al Drago/UPI | License Photo", ("Al Drago",), "UPI", True),
        ("(AP Photo/Jeffrey T. Barnes)", ("Jeffrey T. Barnes",), "AP", False),
        ("(AP Photo/Manuel Balce Ceneta, File)", ("Manuel Balce Ceneta",), "AP", True),
        ("Photo: John Locher, AP", ("John Locher",), "AP", False),
        ("(Photo by Jane Doe/Getty Images)", ("Jane Doe",), "Getty Images", False),
        ("Jane Doe/AFP via Getty Images", ("Jane Doe",), "AFP", False),
        ("REUTERS/Kevin Lamarque/File Photo", ("Kevin Lamarque",), "Reuters", True),
        ("Photograph: Eva Manez/Reuters", ("Eva Manez",), "Reuters", False),
        ("Credit: Getty Images", (), "Getty Images", False),
        ("Image: Getty", (), "Getty Images", False),
        ("(Picture: PA)", (), "PA", False),
        ("Pool via AP", (), "AP", False),
        ("(AFP PHOTO / ADRIAN DENNIS)", ("Adrian Dennis",), "AFP", False),
        ("(UPI Photo/Ann Lee/POOL)", ("Ann Lee",), "UPI", False),
        ("(China Photos/Getty Images)", (), "Getty Images", False),
        ("[EPA]", (), "EPA", False),
        ("(ANN LEE, Sun Media)", ("Ann Lee",), "Sun Media", False),
        ("(Ann Lee/ FOX / March 8, 2007)", ("Ann Lee",), "FOX", False),
        ("(AP Photo/Ann Lee) (Ann Lee - AP)", ("Ann Lee",), "AP", False),
    ],
)
def test_caption_ending_in_credit(
    credit: str, names: tuple[str, ...], agency: str, file_photo: bool
) -> None:
    """A caption ending in each credit form gives the credit's parts."""
    caption = only_caption(f"{CAPTION} {credit}")
    assert caption.text == f"{CAPTION} {credit}"
    assert caption.credit is not None
    assert caption.credit.text == credit
    assert caption.credit.names == names
    assert caption.credit.agency == agency
    assert caption.credit.file_photo is file_photo


def test_file_prefix() -> None:
    """A caption opening 'FILE - ' is a file photo."""
    caption = only_caption(f"FILE - {CAPTION} (AP Photo/Ann Lee)")
    assert caption.credit is not None
    assert caption.credit.file_photo is True


@pytest.mark.parametrize(
    ("line", "names", "agency"),
    [
        ("Ann Lee/Associated Press", ("Ann Lee",), "AP"),
        ("ANN LEE/TORONTO STAR", ("Ann Lee",), "TORONTO STAR"),
        ("Ann Lee | Getty Images", ("Ann Lee",), "Getty Images"),
        ("Getty Images", (), "Getty Images"),
        ("Photo: Ann Lee, AP", ("Ann Lee",), "AP"),
    ],
)
def test_credit_only_line(line: str, names: tuple[str, ...], agency: str) -> None:
    """A credit on its own line is a caption whose text is the credit."""
    caption = only_caption(line)
    assert caption.credit is not None
    assert caption.text == caption.credit.text == line
    assert caption.credit.names == names
    assert caption.credit.agency == agency


def test_caption_in_the_middle_of_the_body() -> None:
    """A caption between body paragraphs leaves the body."""
    article = article_with(f"{CAPTION} (AP Photo/Ann Lee)", after_lede=True)
    assert len(article.captions) == 1
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, SECOND]


def test_caption_span_is_exact() -> None:
    """The caption's and the credit's spans slice the source to their text."""
    article = article_with(f"{CAPTION} (AP Photo/Ann Lee)")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.span.slice(article.source) == caption.text
    assert caption.credit.span.slice(article.source) == caption.credit.text
    assert caption.span.contains(caption.credit.span)


@pytest.mark.parametrize(
    "block",
    [
        "The report was first published by the AP reported.",
        "Officials said the storm was the worst in decades, the AP reported.",
        "He took a photo by the lake before the storm arrived, his sister said.",
        "News | Sports | Weather | Traffic",
        "Nation/World",
        "Business/Tech",
        "Photos: Sunday's best",
        "© 2008 Guardian News and Media Limited",
        "Jane Doe | Reuters",
        "Planning the trip and/or the return (both/either)",
        "The officer fired twice. (WARNING: Video contains graphic images.)",
        "The bill was sponsored by a first-term member (Rep. Ann Lee, R-NY)",
    ],
)
def test_not_a_caption(block: str) -> None:
    """Sentences that mention an agency, menus and copyright lines are no captions."""
    assert article_with(block, after_lede=True).captions == ()


def test_byline_with_agency_is_not_a_caption() -> None:
    """'By Jane Doe (AP)' stays a byline."""
    article = article_with("By Jane Doe (AP)")
    assert article.captions == ()
    assert article.bylines[0].names == ("Jane Doe",)


def test_read_credit() -> None:
    """read_credit() splits a credit into its parts."""
    assert read_credit("Photo: Getty Images/ Bryan Bedder") == (
        ("Bryan Bedder",),
        "Getty Images",
        False,
    )


def test_added_credit_pattern() -> None:
    """A credit pattern added to the lexicon finds its captions."""
    parser = Parser()
    parser.lexicon.add_credit_pattern(r"(?P<label>Bild:)\s*[^\n]{1,60}")
    article = parser.parse(f"{HEADLINE}\n\n{CAPTION} Bild: Ann Lee/dpa\n\n{LEDE}")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.names == ("Ann Lee",)


def test_caption_line_above_credit_line() -> None:
    """A credit line printed right under its caption line (no blank line) joins it."""
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{CAPTION}\nPhoto: Ann Lee, AP\n\n{SECOND}")
    (caption,) = article.captions
    assert caption.text == f"{CAPTION}\nPhoto: Ann Lee, AP"
    assert caption.credit is not None
    assert caption.credit.text == "Photo: Ann Lee, AP"
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, SECOND]


def test_credit_line_after_blank_line_stands_alone() -> None:
    """After a blank line the credit line is a caption on its own; the text above stays."""
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{CAPTION}\n\nPhoto: Ann Lee, AP\n\n{SECOND}")
    (caption,) = article.captions
    assert caption.text == "Photo: Ann Lee, AP"


# ------------------------------------------------------------- captions without a credit

THIRD = "Forecasters expect the rain to ease by the end of the week, the weather service said."


def story_with(block: str) -> copydesk.Article:
    """An article with *block* between two paragraphs of the story."""
    return copydesk.parse("\n\n".join([HEADLINE, LEDE, block, SECOND, THIRD]))


@pytest.mark.parametrize(
    "block",
    [
        "Soldiers stand guard next to a flooded school in the old town",
        "The mayor arriving at the flooded town hall with his wife",
        "Jane Doe (left) talks to rescue workers in Miami.",
        "Jane Doe, left, and John Roe at the flooded harbour on Monday.",
        "Rescue workers, second from right, at the harbour.",
        "The harbour in this undated file photo.",
        "Jane Doe (file photo)",
        "Jane Doe and John Roe shake hands at the town hall.",
    ],
)
def test_caption_without_credit(block: str) -> None:
    """Picture language, or a picture's present-tense verb without a period, is a caption."""
    article = story_with(block)
    assert [caption.text for caption in article.captions] == [block]
    assert article.captions[0].credit is None
    assert block not in article.body


@pytest.mark.parametrize(
    "block",
    [
        "Annual festival celebrates the town",  # a headline: too short
        "Rescuers stand by the flooded school in the old town.",  # ends in a period
        "What the rescue workers have been told",  # no picture verb
        "Rookie gets start | Team Notebook stands",  # a menu row
        "Chase Manhattan Bank posts higher profit in the first quarter",  # a name, no verb
        "The party stands far right on most questions, the poll shows.",  # politics
        "Watch the video of the flood (above) and read more at www.example.com",
        "Products by Acme(R) and Roadstar(C) stand out in the flood tests.",
        "He said rescuers stand guard next to the flooded school in town",
    ],
)
def test_not_a_caption_without_credit(block: str) -> None:
    """Headlines, sentences of the story and menus stay in the body."""
    article = story_with(block)
    assert article.captions == ()
    assert block in article.body


def test_subject_line_by_the_headline() -> None:
    """A line naming the story's subject right by the headline is its photo's caption."""
    text = "\n\n".join(["Doe to quit as coach", "Pat Doe", LEDE, SECOND, THIRD])
    (caption,) = copydesk.parse(text).captions
    assert caption.text == "Pat Doe"
    assert caption.credit is None


def test_subject_line_with_agency() -> None:
    """``Jane Doe (AAP)`` under a headline about Doe: a caption with its credit."""
    text = "\n\n".join(["Doe wins the final in Sydney", "Jane Doe (AAP)", LEDE, SECOND])
    article = copydesk.parse(text)
    assert article.bylines == ()
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.agency == "AAP"
    assert caption.credit.text == "(AAP)"


def test_subject_dash_line() -> None:
    """``Doebert - Rovers coach.`` by a headline about Doebert is a caption."""
    text = "\n\n".join(["DOEBERT BEGINS COACHING TALKS", "Doebert - Rovers coach.", LEDE, SECOND])
    assert [caption.text for caption in copydesk.parse(text).captions] == [
        "Doebert - Rovers coach."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "North Korea",  # a place, no given name
        "Jane Roe",  # not the story's subject (and so a byline-like name)
        "RATINGS - None listed",  # a wire table line in capitals
    ],
)
def test_not_a_subject_line(line: str) -> None:
    """Lines by the headline that do not name its person stay out of the captions."""
    text = "\n\n".join(["North Korea and Doe in talks", line, LEDE, SECOND, THIRD])
    assert copydesk.parse(text).captions == ()


def test_added_caption_verb() -> None:
    """A parser may learn more picture verbs."""
    block = "Volunteers paddle down the flooded main street of the old town"
    assert story_with(block).captions == ()
    parser = Parser()
    parser.lexicon.add_caption_verb("paddle")
    text = "\n\n".join([HEADLINE, LEDE, block, SECOND, THIRD])
    assert [caption.text for caption in parser.parse(text).captions] == [block]


def test_uncredited_captions_step_can_be_disabled() -> None:
    """Without the step, a caption without credit stays in the body."""
    block = "Soldiers stand guard next to a flooded school in the old town"
    parser = Parser().disable("uncredited_captions")
    text = "\n\n".join([HEADLINE, LEDE, block, SECOND, THIRD])
    assert block in parser.parse(text).body


def test_leading_credit() -> None:
    """``STAFF PHOTO BY JANE DOE`` opening a caption; a paragraph glued under it stays."""
    block = "STAFF PHOTO BY ANNA DeVRIES Jane Roe and her son outside their home"
    glued = "The family moved to the town in 2004, she said on Monday at the school."
    article = article_with(f"{block}\n{glued}", after_lede=True)
    (caption,) = article.captions
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == "STAFF PHOTO BY ANNA DeVRIES"
    assert caption.credit.names == ("Anna DeVries",)  # natural case, as printed in the text
    assert glued in article.body


def test_leading_label_without_name_is_no_credit() -> None:
    """``PHOTO BY`` followed by words in mixed case names nobody: no caption."""
    block = "PHOTO BY the river: the town after the flood has gone down again."
    assert article_with(block, after_lede=True).captions == ()


def test_a_remembered_credit_reads_like_a_new_one_and_follows_lexicon_changes() -> None:
    """Credit texts are read once per lexicon: a repeat gives the same credit, and a lexicon
    change (a new agency) is seen by the next parse."""
    parser = copydesk.Parser()
    text = "Storm hits\n\nA flooded street in the old town. Photo by Jane Doe/NTV\n\nIt rained."
    first, again = parser.parse(text), parser.parse(text)
    assert first.captions == again.captions
    assert first.captions[0].credit is not None
    assert first.captions[0].credit.agency == "NTV"
    parser.lexicon.add_agency("Nippon TV", "NTV")
    changed = parser.parse(text).captions[0].credit
    assert changed is not None
    assert changed.agency == "Nippon TV"


def test_an_added_agency_alone_in_brackets_credits_the_photo() -> None:
    """``[NTV]`` ends a caption once the parser's lexicon knows the agency: the agencies
    that may stand alone as a credit come from the lexicon, not from a list in the step."""
    block = f"{CAPTION} [NTV]"
    parser = Parser()
    assert parser.parse("\n\n".join([HEADLINE, LEDE, block, SECOND])).captions == ()
    parser.lexicon.add_agency("NTV", "Nippon TV News")
    (caption,) = parser.parse("\n\n".join([HEADLINE, LEDE, block, SECOND])).captions
    assert caption.credit is not None
    assert (caption.credit.text, caption.credit.agency, caption.credit.names) == (
        "[NTV]",
        "NTV",
        (),
    )
    assert caption.text == block


def test_an_added_agency_on_a_credit_only_line_credits_the_photo() -> None:
    """A credit-only line ``Photo/NTV`` names the added agency too."""
    parser = Parser()
    parser.lexicon.add_agency("NTV", "Nippon TV News")
    article = parser.parse("\n\n".join([HEADLINE, LEDE, CAPTION, "Photo/NTV", SECOND]))
    assert [(c.text, c.credit.agency if c.credit else None) for c in article.captions] == [
        ("Photo/NTV", "NTV")
    ]


def test_a_built_in_agency_cited_as_a_source_in_brackets_is_no_credit() -> None:
    """``[CNN]`` after a newsletter's item cites its source: CNN is no photo agency."""
    assert article_with(f"{CAPTION} [CNN]", after_lede=True).captions == ()


@pytest.mark.parametrize(("package", "other"), [("captions", "bylines"), ("bylines", "captions")])
def test_the_caption_and_byline_steps_share_tools_only_through_the_reading_layer(
    package: str, other: str
) -> None:
    """No module of one step's package imports the other step: names and credits are read
    by ``copydesk.reading``."""
    import ast
    from pathlib import Path

    import copydesk.steps

    root = Path(copydesk.steps.__file__).parent / package
    imported = {
        node.module
        for path in root.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert any(module.startswith("copydesk.reading.") for module in imported)
    assert not any(module.startswith(f"copydesk.steps.{other}") for module in imported)


def test_agency_under_sentence_skips_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """A block whose last line is longer than a bare agency's line holds no agency under a
    caption's sentence: the lines around it are not read."""
    from copydesk.steps import page_state
    from copydesk.steps.captions import credited

    def unread(*_: object) -> bool:
        raise AssertionError("the block above was read")

    state = page_state(
        "Storm hits\n\nFans wait outside the stadium before the final.\n"
        "The club said the gates would open at noon, two hours before kick-off."
    )
    monkeypatch.setattr(credited, "_sentence_above", unread)
    index = len(state.blocks) - 1
    block = state.blocks[index]
    assert credited._agency_under_sentence(state, index, block, state.block_text(block)) is None
