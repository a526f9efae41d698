"""Lexicon.add_*: every argument is checked at the call, and a refused call changes nothing."""

from __future__ import annotations

import typing
from typing import Any

import pytest

import copydesk
from copydesk import Lexicon
from copydesk.lexicon import BylineTable

BODY = "The council voted on Tuesday to approve the new budget, officials said in a statement."

# (method, args, kwargs, error, argument named in the message)
Refusal = tuple[str, tuple[Any, ...], dict[str, Any], type[Exception], str]

# Patterns refused by every method that takes one.
_BAD_PATTERNS: list[tuple[Any, type[Exception]]] = [
    ("(unclosed", ValueError),  # does not compile
    ("(?x)word#", ValueError),  # compiles alone, not inside the group a step wraps it in
    ("", ValueError),
    ("   ", ValueError),
    ("(?:Photo: )?", ValueError),  # can match empty text ...
    ("x*", ValueError),
    ("^", ValueError),
    (r"\b", ValueError),
    ("(?=Photo)", ValueError),
    ("Photo|", ValueError),  # ... through an empty alternative
    (5, TypeError),
    (None, TypeError),
]
_PATTERN_METHODS = [
    "add_credit_pattern",
    "add_caption_cue",
    "add_picture_line",
    "add_comment_header",
    "add_article_end_cue",
    "add_article_end_line",
    "add_markup_line",
    "add_teaser_lead",
    "add_not_closing_line",
    "add_embedded_post_signature",
    "add_article_card_heading",
]
_PATTERN_REFUSALS: list[Refusal] = [
    (method, (pattern,), {}, error, "pattern")
    for method in _PATTERN_METHODS
    for pattern, error in _BAD_PATTERNS
]

_REFUSALS: list[Refusal] = [
    # add_chrome
    ("add_chrome", ("Get the app",), {"position": "bottom"}, ValueError, "position"),
    ("add_chrome", ("Get the app",), {"position": None}, TypeError, "position"),
    ("add_chrome", ("",), {}, ValueError, "text"),
    ("add_chrome", (" \n ",), {}, ValueError, "text"),
    ("add_chrome", (5,), {}, TypeError, "text"),
    ("add_chrome", ("Get the app", ""), {}, ValueError, "kind"),
    ("add_chrome", ("Get the app", None), {}, TypeError, "kind"),
    ("add_chrome", ("Get the app",), {"is_regex": "yes"}, TypeError, "is_regex"),
    *[
        ("add_chrome", (pattern,), {"is_regex": True}, error, "text")
        for pattern, error in _BAD_PATTERNS
    ],
    # add_agency
    ("add_agency", ("NWire", "Nordic Wire", "XYZ"), {}, TypeError, "aliases"),
    ("add_agency", ("NWire", "Nordic Wire"), {"aliases": 5}, TypeError, "aliases"),
    ("add_agency", ("NWire", "Nordic Wire", ("NWS", "")), {}, ValueError, "aliases[1]"),
    ("add_agency", ("NWire", "Nordic Wire", ("NWS", 7)), {}, TypeError, "aliases[1]"),
    ("add_agency", ("", "Nordic Wire"), {}, ValueError, "code"),
    ("add_agency", (None, "Nordic Wire"), {}, TypeError, "code"),
    ("add_agency", ("NWire", " "), {}, ValueError, "name"),
    # add_region
    ("add_region", ("", "Queensland"), {}, ValueError, "spelling"),
    ("add_region", (". .", "Queensland"), {}, ValueError, "spelling"),
    ("add_region", (4, "Queensland"), {}, TypeError, "spelling"),
    ("add_region", ("Qld", ""), {}, ValueError, "name"),
    # add_dateline_city
    ("add_dateline_city", ("",), {}, ValueError, "name"),
    ("add_dateline_city", (["Kottayam"],), {}, TypeError, "name"),
    # add_byline_words
    ("add_byline_words", ("agencies", "Nordic Wire"), {}, ValueError, "table"),
    ("add_byline_words", ("byline_lead", "reportage de"), {}, ValueError, "table"),
    ("add_byline_words", (None, "reportage de"), {}, TypeError, "table"),
    ("add_byline_words", ("byline_leads",), {}, ValueError, "words"),
    ("add_byline_words", ("given_names", "Ann", ""), {}, ValueError, "words[1]"),
    ("add_byline_words", ("given_names", ("Ann",)), {}, TypeError, "words[0]"),
    ("add_byline_words", ("byline_leads", "reportage de:"), {}, ValueError, "words[0]"),
    # add_trailer_role
    ("add_trailer_role", ("", "research"), {}, ValueError, "lead"),
    ("add_trailer_role", ("  ", "research"), {}, ValueError, "lead"),
    ("add_trailer_role", ("Photos:", "photography"), {}, ValueError, "lead"),
    ("add_trailer_role", ("(Photos by", "photography"), {}, ValueError, "lead"),
    ("add_trailer_role", (None, "research"), {}, TypeError, "lead"),
    ("add_trailer_role", ("Research by", ""), {}, ValueError, "kind"),
    # add_picture_line's other argument
    ("add_picture_line", ("Bild vergrößern",), {"above": "no"}, TypeError, "above"),
    # the methods taking words
    ("add_caption_verb", (), {}, ValueError, "verbs"),
    ("add_caption_verb", ("paddle", ""), {}, ValueError, "verbs[1]"),
    ("add_caption_verb", (5,), {}, TypeError, "verbs[0]"),
    ("add_speech_verb", (), {}, ValueError, "forms"),
    ("add_speech_verb", ("harrumph", " "), {}, ValueError, "forms[1]"),
    ("add_speech_verb", (["harrumph"],), {}, TypeError, "forms[0]"),
    ("add_speech_verb", ("harrumph", "_"), {}, ValueError, "forms[1]"),  # the quotes step failed
    ("add_title", ("",), {}, ValueError, "title"),
    ("add_title", (None,), {}, TypeError, "title"),
    ("add_cue_channel", (" ",), {}, ValueError, "channel"),
    ("add_cue_channel", (3,), {}, TypeError, "channel"),
    ("add_bare_caption_credit", (), {}, ValueError, "agencies"),
    ("add_bare_caption_credit", ("",), {}, ValueError, "agencies[0]"),
    ("add_bare_caption_credit", (("Keystone",),), {}, TypeError, "agencies[0]"),
    # add_stopwords
    ("add_stopwords", ("da", "og"), {}, TypeError, "words"),
    ("add_stopwords", ("da", []), {}, ValueError, "words"),
    ("add_stopwords", ("da", ["og", ""]), {}, ValueError, "words[1]"),
    ("add_stopwords", ("da", 5), {}, TypeError, "words"),
    ("add_stopwords", ("", ["og"]), {}, ValueError, "language"),
    ("add_stopwords", (None, ["og"]), {}, TypeError, "language"),
    *_PATTERN_REFUSALS,
]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error", "argument"),
    _REFUSALS,
    ids=[f"{method}{args!r}{kwargs or ''}" for method, args, kwargs, _, _ in _REFUSALS],
)
def test_a_bad_argument_is_refused_by_name_and_changes_nothing(
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    argument: str,
) -> None:
    """Each add_* raises TypeError or ValueError naming the argument, before any change."""
    lexicon = Lexicon.default()
    with pytest.raises(error) as raised:
        getattr(lexicon, method)(*args, **kwargs)
    assert str(raised.value).split()[0].rstrip(":") == argument
    assert lexicon == Lexicon.default()


def test_every_add_method_has_its_refusals_tested() -> None:
    """A new add_* method must come with its refusals in the table above."""
    methods = {name for name in dir(Lexicon) if name.startswith("add_")}
    assert methods == {method for method, *_ in _REFUSALS}


def test_an_unknown_position_lists_the_valid_ones() -> None:
    """add_chrome(position="bottom") used to be accepted silently."""
    with pytest.raises(ValueError, match="position must be one of 'any', 'edge', not 'bottom'"):
        Lexicon.default().add_chrome("Get the app", position="bottom")  # type: ignore[arg-type]


def test_an_unknown_byline_table_lists_the_tables() -> None:
    """add_byline_words("agencies", ...) used to be accepted; every later parse raised."""
    parser = copydesk.Parser()
    with pytest.raises(ValueError, match="table must be one of") as raised:
        parser.lexicon.add_byline_words("agencies", "Nordic Wire")  # type: ignore[arg-type]
    for table in ("byline_leads", "role_heads", "given_names", "not_name_words"):
        assert repr(table) in str(raised.value)
    assert parser.parse(f"Headline\n\nBy Jane Doe\n\n{BODY}").bylines[0].names == ("Jane Doe",)


def test_aliases_must_be_a_collection_not_a_bare_string() -> None:
    """aliases="XYZ" used to make the one-letter aliases X, Y and Z; a list is fine."""
    lexicon = Lexicon.default()
    with pytest.raises(TypeError, match=r"write \('XYZ',\) for one"):
        lexicon.add_agency("NWire", "Nordic Wire", aliases="XYZ")
    assert lexicon.agency("X") is None
    lexicon.add_agency("NWire", "Nordic Wire", aliases=["XYZ", "NWS"])
    assert lexicon.agencies[0].aliases == ("XYZ", "NWS")
    assert lexicon.agency("xyz") == lexicon.agency("nws") == "NWire"


def test_an_empty_trailer_lead_is_refused_so_no_parse_loops() -> None:
    """add_trailer_role("") made the next parse loop forever (an empty match never moves)."""
    parser = copydesk.Parser()
    with pytest.raises(ValueError, match="lead must not be empty"):
        parser.lexicon.add_trailer_role("", "research")
    article = parser.parse(f"Headline\n\n{BODY}\n\n(Reporting by Jane Doe; Editing by Ann Roe)")
    assert [byline.kind for byline in article.bylines] == ["reporting"]


def test_a_trailer_lead_ending_in_a_colon_is_refused() -> None:
    """add_trailer_role("Photos:") made the byline step fail on "(Photos:Jane Doe)"."""
    parser = copydesk.Parser()
    with pytest.raises(ValueError, match="lead must begin and end with a letter or digit"):
        parser.lexicon.add_trailer_role("Photos:", "photography")
    parser.lexicon.add_trailer_role("Photos", "photography")
    article = parser.parse(f"Headline\n\n{BODY}\n\n(Photos:Jane Doe)")
    assert article.source.startswith("Headline")  # parsed without an error


def test_an_empty_byline_lead_is_refused() -> None:
    """An empty lead-in would make every capitalised line near the top a byline."""
    with pytest.raises(ValueError, match=r"words\[0\] must not be empty"):
        Lexicon.default().add_byline_words("byline_leads", "")


def test_a_regex_error_names_the_argument_and_keeps_the_cause() -> None:
    """The message says which argument; the regex module's error is chained."""
    with pytest.raises(ValueError, match="text is not a valid regex pattern") as raised:
        Lexicon.default().add_chrome("(unclosed", is_regex=True)
    assert raised.value.__cause__ is not None


def test_the_built_in_entries_pass_the_checks_of_their_add_methods() -> None:
    """The checks refuse no entry of the kind copydesk ships (they are not too strict)."""
    default = Lexicon.default()
    lexicon = Lexicon.default()
    for rule in default.chrome_rules:
        lexicon.add_chrome(rule.pattern, rule.kind, position=rule.position, is_regex=True)
    for agency in default.agencies:
        lexicon.add_agency(agency.code, agency.name, agency.aliases)
    for spelling, name in default.region_names:
        lexicon.add_region(spelling, name)
    for lead, kind in default.trailer_roles:
        lexicon.add_trailer_role(lead, kind)
    for language, words in default.stopwords.items():
        lexicon.add_stopwords(language, words)
    for verb in default.speech_verbs:
        lexicon.add_speech_verb(*verb.split())
    for table in typing.get_args(BylineTable):
        lexicon.add_byline_words(table, *getattr(default, table))
    lexicon.add_caption_verb(*default.caption_verbs)
    lexicon.add_bare_caption_credit(*default.bare_caption_credits)
    for city in default.dateline_cities:
        lexicon.add_dateline_city(city)
    for title in default.titles:
        lexicon.add_title(title)
    for channel in default.cue_channels:
        lexicon.add_cue_channel(channel)
    for method, table in [
        ("add_credit_pattern", "credit_patterns"),
        ("add_caption_cue", "caption_cues"),
        ("add_picture_line", "picture_above_lines"),
        ("add_comment_header", "comment_headers"),
        ("add_article_end_cue", "article_end_cues"),
        ("add_article_end_line", "article_end_lines"),
        ("add_markup_line", "markup_lines"),
        ("add_teaser_lead", "teaser_leads"),
        ("add_not_closing_line", "not_closing_lines"),
        ("add_embedded_post_signature", "embedded_post_signatures"),
        ("add_article_card_heading", "article_card_headings"),
    ]:
        for pattern in getattr(default, table):
            getattr(lexicon, method)(pattern)
    assert len(lexicon.chrome_rules) == 2 * len(default.chrome_rules)
