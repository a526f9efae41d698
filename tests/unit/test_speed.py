"""The shortcuts of the speed work give the same answers as the plain computations."""

from __future__ import annotations

import subprocess
import sys

import regex

import copydesk
from copydesk import Parser, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import collapse, collapse_within
from copydesk.reading.prose import is_prose
from copydesk.steps import page_state
from copydesk.steps.boilerplate import (
    FEATURES,
    block_features,
    block_scores,
    context_features,
)
from copydesk.steps.boilerplate.scores import classifier_weights
from copydesk.steps.chrome import _Matchers, _opening_characters
from copydesk.steps.normalize import LINE_BREAKS, SPACES, normalize


def _one_alternation_kind(lexicon: Lexicon, text: str, *, middle: bool) -> str | None:
    """The chrome kind as one alternation of every rule reads it (the old way)."""
    rules = [
        (index, rule)
        for index, rule in enumerate(lexicon.chrome_rules)
        if not (middle and rule.position == "edge")
    ]
    alternatives = "|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in rules)
    match = regex.compile(rf"(?i:{alternatives})\s*").fullmatch(text)
    if match is None or match.lastgroup is None:
        return None
    return lexicon.chrome_rules[int(match.lastgroup[1:])].kind


LINES = [
    "Share this:",
    "share this article",
    "© 2024 Daily Planet",
    "Daily Planet. All rights reserved.",
    "12 comments",
    "5 min read",
    "« Previous",
    "[ad_1]",
    "Advertisement",
    "Facebook | Twitter | Email",
    "(c) 2019 Someone",
    "Home",
    "Contact us",
    "Über uns",
    "ſhare",
    "KELVIN",
    "\u212aontakt",
    "Follow us on Twitter",
    "This site uses cookies to improve your experience.",
    "The council met on Monday and voted to close the old bridge for good.",
    "Read more: The storm that hit the coast",
    "Sign up for our newsletter today",
    "Click to share on Facebook (Opens in new window)",
]


def test_opening_characters_reads_plain_openings() -> None:
    """Literals, escaped symbols, \\d and (?:...) groups give their first characters."""
    assert _opening_characters(r"share|(?:tweet|copy) link|\[?ad") == frozenset("[astc")
    assert _opening_characters(r"\d+ comments?") == frozenset("0123456789")
    assert _opening_characters(r"(?:a|b)?c") == frozenset("abc")
    assert _opening_characters(r"x\|y") == frozenset("x")


def test_opening_characters_gives_none_when_unsure() -> None:
    """Openings that may match anything, or nothing, give None (the rule is always tried)."""
    for pattern in (
        r".{0,200}all rights reserved",
        r"a|",
        r"(a)b",
        r"(?:ab)*c",
        r"\w+",
        r"[]|]x|y",
    ):
        assert _opening_characters(pattern) is None, pattern


def test_chrome_rules_by_first_character_match_like_one_alternation() -> None:
    """Rules tried by first character name the same kind as one alternation of all rules."""
    lexicon = Lexicon.default()
    lexicon.add_chrome(r"(?:ü|u)ber uns", kind="about", is_regex=True)
    lexicon.add_chrome("Kontakt", kind="contact", position="edge")
    matchers = _Matchers.build(lexicon)
    for text in [*LINES, "Kontakt", "über uns"]:
        for middle in (False, True):
            rule = matchers.rule_for(text, middle=middle)
            expected = _one_alternation_kind(lexicon, text, middle=middle)
            assert (rule.kind if rule else None) == expected, (text, middle)


def test_is_prose_counts_enough_words_only() -> None:
    """Ten words and a sentence end make prose; nine words do not."""
    assert is_prose("one two three four five six seven eight nine ten.")
    assert not is_prose("one two three four five six seven eight nine.")
    assert not is_prose("one two three four five six seven eight nine ten eleven")


def test_normalize_matches_translate() -> None:
    """Replacing each exotic character in turn equals one str.translate of them all."""
    table = str.maketrans({**dict.fromkeys(LINE_BREAKS, "\n"), **dict.fromkeys(SPACES, " ")})
    text = "a\r\nb\u2028c\xa0d\te\u200bf\r\ng\x85h\ufeff" * 3
    state = ParseState(source=text, lexicon=Lexicon.default())
    normalize(state)
    assert state.text == text.replace("\r\n", " \n").translate(table)


def test_block_scores_agree_with_the_list_functions() -> None:
    """Scoring rows one by one gives the scores of block_features and context_features."""
    menu = "World\nPolitics\nBusiness\nScience\nHealth\nCulture\nTravel\nWeather\n\n"
    state = page_state(menu * 2 + "Storm hits\n\nThe storm hit the coast on Monday, they said.")
    first, second = classifier_weights(state.lexicon)
    vectors = block_features(state)
    scores = [sum(w * x for w, x in zip(first, v, strict=True)) for v in vectors]
    rows = context_features(vectors, scores)
    expected = [sum(w * x for w, x in zip(second, row, strict=True)) for row in rows]
    assert block_scores(state) == expected
    assert all(len(vector) == len(FEATURES) for vector in vectors)


def test_repeated_short_lines_are_labelled_like_single_ones() -> None:
    """Menu lines repeated many times are all chrome, as a single one is."""
    text = "Share this:\n\nThe storm hit the coast on Monday and flooded the old town.\n\n"
    article = Parser().parse(text * 30)
    assert [chrome.kind for chrome in article.chrome].count("share") == 30


def test_import_leaves_multiprocessing_and_regex_for_later() -> None:
    """import copydesk loads neither multiprocessing nor regex; parse_many still works."""
    code = (
        "import sys, copydesk; "
        "print('multiprocessing' in sys.modules, 'regex' in sys.modules, "
        "callable(copydesk.parse_many))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False", "True"]
    assert copydesk.parse_many is copydesk.batch.parse_many


def test_pipeline_is_checked_again_after_a_change() -> None:
    """The requires/provides check is cached per pipeline state, never past a change."""
    parser = Parser()
    assert parser.parse("Storm hits\n\nThe storm hit.").headline is not None
    parser.disable("quotes")
    assert parser.parse("“Yes,” she said.").quotes == ()
    parser.enable("quotes")
    parser.replace("headline", lambda state: None)
    assert parser.parse("Storm hits\n\nThe storm hit.").headline is None


def test_collapse_within_matchescollapse() -> None:
    """The bounded collapse gives the plain collapse when it fits, else None."""
    for text in ("Storm  hits\nthe coast", "STRASSE ß", "İstanbul  news", "", "  a  "):
        collapsed = collapse(text)
        assert collapse_within(text, len(collapsed)) == collapsed
        assert collapse_within(text, 10_000) == collapsed
        if collapsed:
            assert collapse_within(text, 0) is None


def test_is_title_matches_the_counting_rule() -> None:
    """The one-pass title test agrees with counting capitals and testing every word."""
    from copydesk.steps.quotes.kinds import is_title

    small_words = frozenset(Lexicon.default().title_small_words)

    def counted(content: str) -> bool:
        content = content.strip().rstrip(",")
        words = content.split()
        if not 2 <= len(words) <= 10 or content[-1:] in "!?…" or "." in content[:-1]:
            return False
        capitalised = sum(word[:1].isupper() for word in words)
        return (
            words[0][:1].isupper()
            and capitalised >= 2
            and all(
                word[:1].isupper() or word in small_words or not word[:1].isalpha()
                for word in words
            )
        )

    for content in (
        "Face the Nation,",
        "Good Morning America",
        "we are ready",
        "The Storm",
        "The storm hit",
        "A 2020 Review",
        "One",
        "Meet the Press!",
        "St. Louis Blues",
        "",
    ):
        assert is_title(content, small_words) == counted(content), content


def test_the_byline_passes_read_each_block_as_prose_once() -> None:
    """The three byline passes share one reading of which blocks are prose: a page of many
    short lines (where each pass looks for the lede down to the last block) reads each
    block once, not once per pass (four times before)."""
    from unittest import mock

    from copydesk.steps import bylines, normalize, segment
    from copydesk.steps.bylines import layout

    lines = [f"“Yes, we will,” K{number:04d} said." for number in range(200)]
    state = ParseState("\n".join(["Council meets", *lines]), Lexicon.default())
    normalize(state)
    segment(state)
    with mock.patch.object(layout, "is_prose", wraps=layout.is_prose) as counted:
        bylines(state)
    assert not any(block.label == "byline" for block in state.blocks)
    assert 0 < counted.call_count <= len(state.blocks)


def test_the_shared_prose_reading_reads_split_and_relabelled_blocks_again() -> None:
    """A block split after it was read is read again at its index; a block labelled since
    is no prose any more."""
    from copydesk.steps import normalize, segment
    from copydesk.steps.bylines.layout import Prose

    sentence = "The storm hit the coast on Monday and cut power to thousands of homes."
    state = ParseState(f"Storm hits\n\nBy Jane Doe {sentence}\n\n{sentence}", Lexicon.default())
    normalize(state)
    segment(state)
    prose = Prose(state)
    assert [prose(index) for index in range(3)] == [False, True, True]
    state.split_block(1, state.text.index("The storm"))
    assert [prose(index) for index in range(4)] == [False, False, True, True]
    state.mark_chrome(state.blocks[3], "other")
    assert prose(3) is False


def test_the_captions_pass_makes_one_credit_model_per_caption() -> None:
    """The first captions pass records each credit's parts and place; the models are made
    once, for the captions labelled: a run of credit lines makes one (a model per line
    before, each taken apart at once)."""
    from unittest import mock

    from copydesk import Credit
    from copydesk.steps.captions import credited, wording

    with (
        mock.patch.object(wording, "Credit", wraps=Credit) as made_by_finders,
        mock.patch.object(credited, "Credit", wraps=Credit) as made_for_captions,
    ):
        article = copydesk.parse("Photo: Jane Doe\n" * 50)
    credits = [caption.credit for caption in article.captions if caption.credit is not None]
    assert credits
    assert made_by_finders.call_count + made_for_captions.call_count == len(credits)


def test_the_elsewhere_pass_reads_a_block_beside_a_byline_line_once() -> None:
    """Whether a block repeats the page's title is read once per block, not once for each
    byline line near it: on pairs of a name line and a role line, the pass reads the words
    of a line about twice in all (some four and a half times before)."""
    from unittest import mock

    from copydesk.steps.bylines import elsewhere

    lines = 2 * 200
    with mock.patch.object(elsewhere, "_WORDS", wraps=elsewhere._WORDS) as words:
        copydesk.parse("Jane Doe\nAP Sports Writer\n\n" * (lines // 2))
    assert 0 < words.findall.call_count <= 2.2 * lines


def test_the_elsewhere_pass_asks_once_per_block_whether_it_repeats_the_title() -> None:
    """Which blocks stand beside the title is read once per page: on pairs of a name line
    and a role line, each line's block is asked once whether it repeats the title (each role
    line asked about the seven blocks around it before, seven times a pair)."""
    from unittest import mock

    from copydesk.steps.bylines import elsewhere

    pairs = 200
    text = "Jane Doe\nAP Sports Writer\n\n" * pairs
    with mock.patch.object(
        elsewhere._Page, "repeats_title", autospec=True, side_effect=elsewhere._Page.repeats_title
    ) as asked:
        copydesk.parse(text)
    assert 0 < asked.call_count <= 2 * pairs


def test_a_quote_opening_or_closing_its_paragraph_shares_the_paragraphs_offsets() -> None:
    """The span of a quote that opens (or closes) its paragraph holds the paragraph's own
    int objects, not equal copies (a text of one quote a line held two more per line)."""
    filler = "The council met on Monday to talk about the storm and the roads. " * 5
    article = copydesk.parse(f"Council meets\n\n{filler}\n\n“Yes, we will,” Kxyz said.")
    opening = article.quotes[-1]
    paragraph = next(p for p in article.paragraphs if p.span.start == opening.span.start)
    assert opening.span.start > 256  # (smaller ints are shared by Python itself)
    assert opening.span.start is paragraph.span.start
    closing = copydesk.parse(f"Council meets\n\n{filler}\n\nKxyz said, “Yes, we will.”")
    last = closing.quotes[-1]
    assert last.span.end is closing.paragraphs[-1].span.end


def test_a_wire_lede_under_the_headline_is_not_read_as_a_one_word_writer() -> None:
    """The first test for a writer named in one word over a date lets in only lines that
    hold one capitalised word before their date: a wire story's lede under its headline is
    not read as a byline candidate (any line opening with a capital was, a quarter more of
    the byline step's work on wire copy)."""
    from copydesk.steps.bylines.bare import opens_one_word_line

    assert opens_one_word_line("Mazi")
    assert opens_one_word_line("Yucy 3/4/2025")
    assert opens_one_word_line("Mazi | December 19, 2025")
    assert not opens_one_word_line("Brazil's coffee exports rose 12 pct in March, traders said.")
    assert not opens_one_word_line("Sunday")  # a weekday, not a writer
    assert not opens_one_word_line("BOSTON")  # capitals open a dateline
