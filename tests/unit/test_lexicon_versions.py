"""Lexicon caches follow every change, even one made while another thread parses; a copy of a
lexicon never changes its original."""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import copydesk
from copydesk import Agency, ChromeRule, Lexicon

BODY = "The council voted on Tuesday to approve the new budget, officials said in a statement."


def _kinds(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(rule.kind for rule in lexicon.chrome_rules)


def test_a_value_built_while_the_lexicon_changes_is_not_kept() -> None:
    """The race of a parse and a change, made deterministic: the build reads the old
    tables, a rule is added before the build stores its value. The next lookup must see
    the new rule (it used to get the old value, for good)."""
    lexicon = Lexicon.default()

    def build_during_a_change(lexicon: Lexicon) -> tuple[str, ...]:
        kinds = _kinds(lexicon)  # what a parse read before the change ...
        lexicon.add_chrome("Get the Daily Planet app", kind="promotion")  # ... another thread
        return kinds

    first = lexicon.cached("test.kinds", build_during_a_change)
    assert "promotion" not in first  # the parse that raced the change keeps what it read
    assert lexicon.cached("test.kinds", _kinds)[0] == "promotion"


def test_a_rule_added_while_another_thread_parses_is_used_by_every_later_parse() -> None:
    """Adding a chrome rule while another thread parsed left it ignored for good in 4 of 15
    trials. However the threads interleave, once both are done the rule is used."""
    line = "Get the Daily Planet app"
    text = f"Headline\n\n{BODY}\n\n{line}"
    for _ in range(5):
        parser = copydesk.Parser()
        started = threading.Event()

        def parse_often(
            parser: copydesk.Parser = parser, started: threading.Event = started
        ) -> None:
            for index in range(60):
                parser.parse(f"Headline {index}\n\n{BODY}")
                started.set()

        reader = threading.Thread(target=parse_often)
        reader.start()
        started.wait()
        parser.lexicon.add_chrome(line, kind="promotion")
        reader.join()
        assert [(c.kind, c.text) for c in parser.parse(text).chrome] == [("promotion", line)]


def test_assigning_a_table_is_a_change_too() -> None:
    """Not only add_*: any new table makes a new version."""
    lexicon = Lexicon.default()
    assert lexicon.cached("test.weekdays", lambda lexicon: lexicon.weekdays)[0] == "Monday"
    lexicon.weekdays = ("Lundi",)
    assert lexicon.cached("test.weekdays", lambda lexicon: lexicon.weekdays) == ("Lundi",)


def test_a_value_is_built_once_per_version() -> None:
    """Between changes a key is built once, however often it is asked for."""
    lexicon = Lexicon.default()
    builds: list[int] = []

    def build(lexicon: Lexicon) -> int:
        builds.append(1)
        return len(lexicon.agencies)

    assert {lexicon.cached("test.count", build) for _ in range(3)} == {len(lexicon.agencies)}
    lexicon.add_agency("NWire", "Nordic Wire")
    assert lexicon.cached("test.count", build) == len(Lexicon.default().agencies) + 1
    assert lexicon.cached("test.count", build) == len(Lexicon.default().agencies) + 1
    assert len(builds) == 2


def test_threads_adding_at_once_lose_no_entry() -> None:
    """Each add_* reads a table and writes it back longer, one change at a time."""
    lexicon = Lexicon.default()

    def add(thread: int) -> None:
        for index in range(100):
            lexicon.add_agency(f"A{thread}x{index}", f"Agency {thread} {index}")

    threads = [threading.Thread(target=add, args=(thread,)) for thread in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(lexicon.agencies) == len(Lexicon.default().agencies) + 400


# --- copies ------------------------------------------------------------------------------

# One valid call of every add_* method.
_CHANGES: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("add_chrome", ("Get the app",), {"kind": "promotion", "position": "edge"}),
    ("add_agency", ("NWire", "Nordic Wire", ("NWS",)), {}),
    ("add_region", ("Qld", "Queensland"), {}),
    ("add_dateline_city", ("Kottayam",), {}),
    ("add_byline_words", ("byline_leads", "reportage de"), {}),
    ("add_trailer_role", ("Research by", "research"), {}),
    ("add_credit_pattern", ("(?P<label>Bild:) ?[A-Za-z /]{1,60}",), {}),
    ("add_caption_verb", ("paddle",), {}),
    ("add_caption_cue", (r"\(links\)",), {}),
    ("add_picture_line", ("More photos:",), {"above": False}),
    ("add_speech_verb", ("harrumph", "harrumphed"), {}),
    ("add_title", ("Grand Vizier",), {}),
    ("add_cue_channel", ("livestream",), {}),
    ("add_stopwords", ("da", ["og", "det"]), {}),
    ("add_comment_header", ("schrieb:$",), {}),
    ("add_article_end_cue", ("^om forfatteren$",), {}),
    ("add_article_end_line", ("kan kontaktes på",), {}),
    ("add_markup_line", ("^<video ",), {}),
    ("add_teaser_lead", ("^læs også:",), {}),
    ("add_not_closing_line", ("^del artiklen",), {}),
    ("add_embedded_post_signature", ("^shared on mastodon by ",), {}),
    ("add_article_card_heading", ("^ingredienser$",), {}),
    ("add_bare_caption_credit", ("Keystone",), {}),
]


def test_every_add_method_is_tried_on_a_copy() -> None:
    assert {name for name in dir(Lexicon) if name.startswith("add_")} == {
        method for method, _, _ in _CHANGES
    }


@pytest.mark.parametrize(("method", "args", "kwargs"), _CHANGES, ids=[c[0] for c in _CHANGES])
def test_changing_a_copy_never_changes_the_original(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Both ways: the copy changes, the original stays as it was (and its caches too)."""
    original = Lexicon.default()
    before = original.cached("test.state", Lexicon.__getstate__)
    mine = original.copy()
    getattr(mine, method)(*args, **kwargs)
    assert mine != original
    assert original == Lexicon.default()
    assert original.cached("test.state", Lexicon.__getstate__) is before
    # and a change of the original leaves the copy alone
    mine_before = mine.__getstate__()
    getattr(original, method)(*args, **kwargs)
    assert mine.__getstate__() == mine_before


def _immutable(value: object) -> bool:
    """Whether *value* is immutable all the way down."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return True
    if isinstance(value, tuple):
        return all(_immutable(item) for item in value)
    if isinstance(value, MappingProxyType):
        return all(_immutable(key) and _immutable(item) for key, item in value.items())
    if isinstance(value, (ChromeRule, Agency)):
        return all(_immutable(getattr(value, field.name)) for field in attrs.fields(type(value)))
    return False


@pytest.mark.parametrize("field", [field.name for field in attrs.fields(Lexicon) if field.init])
def test_every_table_is_immutable_so_a_copy_shares_nothing_it_could_change(field: str) -> None:
    """Copies share their tables (cheap); none of them can change in place."""
    lexicon = Lexicon.default()
    assert _immutable(getattr(lexicon, field))
    assert _immutable(getattr(lexicon.copy(), field))


def test_the_stopwords_of_a_copy_are_its_own() -> None:
    """Lexicon.copy() shared its stopwords dict: changing the copy changed the original."""
    original = Lexicon.default()
    mine = original.copy()
    with pytest.raises(TypeError):
        mine.stopwords["xx"] = ("zork",)  # type: ignore[index]
    mine.add_stopwords("de", ["zork"])
    assert "zork" not in original.stopwords["de"]
    mine.stopwords = {"xx": ("zork",)}
    assert "xx" not in original.stopwords
    with pytest.raises(TypeError):
        mine.stopwords["yy"] = ("blip",)  # type: ignore[index]


def test_a_pickled_lexicon_is_equal_and_read_only_and_follows_changes() -> None:
    lexicon = Lexicon.default()
    lexicon.add_stopwords("xx", ["zork"])
    lexicon.cached("test.kinds", _kinds)
    clone = pickle.loads(pickle.dumps(lexicon))
    assert clone == lexicon
    assert isinstance(clone.stopwords, MappingProxyType)
    clone.add_chrome("Get the app", kind="promotion")
    assert clone.cached("test.kinds", _kinds)[0] == "promotion"
    assert lexicon.cached("test.kinds", _kinds)[0] != "promotion"


def test_public_import_paths_stay() -> None:
    """The entry classes live in a private module; their public names are unchanged."""
    from copydesk.lexicon import Agency as LexiconAgency
    from copydesk.lexicon import ChromeRule as LexiconChromeRule

    assert (LexiconAgency, LexiconChromeRule) == (Agency, ChromeRule)
    assert ChromeRule.__module__ == Agency.__module__ == "copydesk.lexicon"
    rule: Callable[..., ChromeRule] = ChromeRule
    assert pickle.loads(pickle.dumps(rule("x", "custom"))) == ChromeRule("x", "custom")
