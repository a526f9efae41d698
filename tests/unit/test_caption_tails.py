"""Captions whose credit the tail patterns alone missed: BBC labels, slash and bare credits."""

from __future__ import annotations

import copydesk
from copydesk import Caption, Parser

HEADLINE = "Band manager steps down after long row"
LEDE = "The manager of the band said on Monday that he would step down at the end of the year."
SECOND = "The band has not said who will take his place, and its tour goes on as planned."
THIRD = "Tickets for the spring dates went on sale last week and sold out within hours."
FOURTH = "A spokeswoman for the label said the decision had been taken some months ago."


def parse_with(block: str, *, tail: tuple[str, ...] = (SECOND,)) -> copydesk.Article:
    """An article with *block* after the lede, the paragraphs of *tail* under it."""
    return copydesk.parse("\n\n".join([HEADLINE, LEDE, block, *tail]))


def only_caption(block: str, *, tail: tuple[str, ...] = (SECOND,)) -> Caption:
    """The one caption of such an article."""
    (caption,) = parse_with(block, tail=tail).captions
    return caption


def test_image_copyright_and_image_caption_lines_are_one_caption() -> None:
    """The BBC's copyright line and the caption line under it make one caption."""
    block = "Image copyright Getty Images\nImage caption Jane Doe has managed the band for years"
    caption = only_caption(block)
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == "Image copyright Getty Images"
    assert caption.credit.agency == "Getty Images"
    assert "managed the band" not in parse_with(block).body


def test_image_caption_line_alone_is_a_caption() -> None:
    """An ``Image caption`` line without a copyright line above is a caption too; its label
    is chrome, as when the label stands on a line of its own (feat/qa-10)."""
    article = parse_with("Image caption Jane Doe has managed the band for years", tail=(SECOND,))
    (caption,) = article.captions
    assert caption.text == "Jane Doe has managed the band for years"
    assert caption.credit is None
    assert ("navigation", "Image caption") in [(c.kind, c.text) for c in article.chrome]


def test_image_caption_words_inside_prose_stay_in_the_body() -> None:
    """A paragraph that only mentions an image caption is no caption."""
    block = "The image caption on the album sleeve was changed after complaints from fans."
    article = parse_with(block)
    assert article.captions == ()
    assert "album sleeve" in article.body


def test_spaced_slash_credit_with_file_suffix() -> None:
    """``... speaks at the Capitol. J. Scott Doe / AP file``: a caption, a file photo."""
    block = "Rep. Jane Doe, D-Minn., speaks at the Capitol on July 25, 2019. J. Scott Doe / AP file"
    caption = only_caption(block)
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == "J. Scott Doe / AP file"
    assert caption.credit.names == ("J. Scott Doe",)
    assert caption.credit.agency == "AP"
    assert caption.credit.file_photo


def test_spaced_slash_credit_with_agency_in_capitals() -> None:
    """``... on May 2. Ann DOE / AFP``: a photographer's name and the agency."""
    caption = only_caption("A man rides a horse near the town on May 2. Ann DOE / AFP")
    assert caption.credit is not None
    assert caption.credit.agency == "AFP"
    assert caption.credit.file_photo is False


def test_spaced_slash_between_words_of_prose_is_no_credit() -> None:
    """``Net income / revenue`` after a sentence names no outlet: the paragraph stays."""
    block = "Sales rose in the quarter. Net income / revenue rose as well."
    article = parse_with(block)
    assert article.captions == ()
    assert "Net income" in article.body


def test_bare_agency_after_the_last_sentence() -> None:
    """``A stock image of a coffee cup. Researchers looked at it. Getty``: a caption."""
    block = (
        "A stock image of a woman holding a coffee. Researchers have looked at the effect. Getty"
    )
    caption = only_caption(block)
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.text == "Getty"
    assert caption.credit.agency == "Getty Images"


def test_agency_named_in_prose_with_a_period_is_no_credit() -> None:
    """``... officials told AP.`` ends in a period: prose, not a bare credit."""
    article = parse_with("The fire was put out by noon, the officials told AP.")
    assert article.captions == ()


def test_bare_agency_ending_the_last_paragraph_is_a_sign_off() -> None:
    """A story's last paragraph ending in an agency's name stays in the story."""
    block = "The talks resume on Friday in Geneva. Reuters"
    article = parse_with(SECOND, tail=(block,))
    assert article.captions == ()
    assert "talks resume" in article.body


def test_long_paragraph_ending_in_an_agency_stays_in_the_body() -> None:
    """Four sentences and an agency's name: too long for a caption."""
    block = "It rained. The river rose. The bridge closed. Schools shut early. AFP"
    assert parse_with(block).captions == ()


def test_credit_line_glued_under_its_caption_line() -> None:
    """``Smoke drifts over the city.`` / ``Jane Doe/Daily Times/Getty Images`` in one
    block: the whole block is the caption."""
    block = "Smoke drifts over the city on Sunday.\nJane Doe/Daily Times/Getty Images"
    caption = only_caption(block)
    assert caption.text == block
    assert caption.credit is not None
    assert caption.credit.names == ("Jane Doe",)
    assert caption.credit.agency == "Getty Images"


def test_name_comma_agency_line_under_a_caption_sentence() -> None:
    """``Jane Doe, AP`` right under a sentence, down in the story: the caption's credit."""
    block = "Teachers wearing red carry signs at the Statehouse on Tuesday.\nJane Doe, AP"
    text = "\n\n".join([HEADLINE, LEDE, SECOND, THIRD, block, FOURTH])
    (caption,) = copydesk.parse(text).captions
    assert caption.text == block
    assert caption.credit is not None
    assert (caption.credit.names, caption.credit.agency) == (("Jane Doe",), "AP")


def test_name_comma_agency_line_at_the_top_is_a_byline() -> None:
    """``Jane Doe, AP`` under the lede, at the top of the story, is its byline."""
    text = "\n\n".join([HEADLINE, LEDE + "\nJane Doe, AP", SECOND, THIRD])
    article = copydesk.parse(text)
    assert article.captions == ()
    assert [byline.names for byline in article.bylines] == [("Jane Doe",)]


def test_getty_alone_on_a_line_is_a_credit() -> None:
    """A line holding only ``Getty`` is a credit-only caption."""
    article = parse_with("Getty")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.agency == "Getty Images"


def test_less_toggle_after_a_bracketed_credit() -> None:
    """``(AP Photo/Gene Doe) less``: a text box's toggle follows the credit."""
    caption = only_caption("A goal in overtime on Tuesday. (AP Photo/Gene Doe) less")
    assert caption.credit is not None
    assert caption.credit.text == "(AP Photo/Gene Doe)"
    assert caption.credit.names == ("Gene Doe",)


def test_a_parser_may_add_a_bare_caption_credit() -> None:
    """``add_bare_caption_credit`` teaches a parser another bare agency."""
    parser = Parser()
    parser.lexicon.add_bare_caption_credit("Keystone")
    text = "\n\n".join([HEADLINE, LEDE, "A lake at dawn in the hills. Keystone", SECOND])
    (caption,) = parser.parse(text).captions
    assert caption.credit is not None
    assert caption.credit.text == "Keystone"
    assert copydesk.parse(text).captions == ()


def test_byline_glued_above_a_credit_line_is_no_caption() -> None:
    """``Posted by Jane Doe on May 2`` / ``Getty Images``: the byline is not the caption."""
    article = parse_with("Posted by Jane Doe on May 2, 2019, 6:21 AM EST\nGetty Images")
    assert all("Posted by" not in caption.text for caption in article.captions)


def test_headline_ending_in_an_agency_is_no_caption() -> None:
    """The first line, where the headline stands, is never a bare-credit caption."""
    article = copydesk.parse(
        "\n\n".join(["The band splits up after twenty years on the road. AFP", LEDE, SECOND, THIRD])
    )
    assert article.captions == ()
