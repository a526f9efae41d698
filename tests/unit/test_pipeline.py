"""The pipeline: adding, replacing, ordering and disabling steps; plugins; pickling."""

from __future__ import annotations

import pickle

import pytest

import copydesk
from copydesk import Parser, ParseState, PipelineError, StepError, UnknownStepError, step


@step(requires=("blocks",), provides=("shouting",))
def drop_shouting(state: ParseState) -> None:
    """Label all-caps body blocks as chrome (a test step, importable so it pickles)."""
    for _, block in state.body_blocks():
        text = state.block_text(block)
        if text.isupper():
            state.mark_chrome(block, "shouting")


def test_default_step_names() -> None:
    """The default pipeline lists its steps in order."""
    names = Parser().names()
    assert names[:7] == [
        "normalize",
        "segment",
        "chrome",
        "site",
        "captions",
        "boilerplate",
        "headline",
    ]


def test_add_after_and_before() -> None:
    """add() places a step after or before a named one."""
    parser = Parser().add("shouting", drop_shouting, after="headline")
    assert parser.names().index("shouting") == parser.names().index("headline") + 1
    other = Parser().add("shouting", drop_shouting, before="captions")
    assert other.names().index("shouting") == other.names().index("captions") - 1
    article = parser.parse("Headline\n\nA calm line.\n\nBUY NOW")
    assert [(c.text, c.kind) for c in article.chrome] == [("BUY NOW", "shouting")]


def test_unknown_name_lists_valid_names() -> None:
    """An unknown step name is a KeyError that lists the valid names."""
    with pytest.raises(KeyError) as caught:
        Parser().disable("chrom")
    assert isinstance(caught.value, UnknownStepError)
    assert "no step named 'chrom'" in str(caught.value)
    assert "chrome" in str(caught.value)
    assert "headline" in str(caught.value)


def test_add_rejects_duplicates_and_two_positions() -> None:
    """Duplicate names and both before= and after= are errors."""
    parser = Parser()
    with pytest.raises(PipelineError, match="already a step named 'chrome'"):
        parser.add("chrome", drop_shouting)
    with pytest.raises(PipelineError, match="at most one"):
        parser.add("x", drop_shouting, before="chrome", after="headline")


def test_requirements_are_checked_when_added() -> None:
    """A step placed before what it requires is refused, and the pipeline is unchanged."""
    parser = Parser()
    before = parser.names()
    with pytest.raises(PipelineError, match="requires blocks"):
        parser.add("shouting", drop_shouting, before="segment")
    assert parser.names() == before


def test_disabling_a_provider_is_refused_and_names_it() -> None:
    """Disabling a step others need is refused at once, naming the provider; nothing changes."""
    parser = Parser().add("shouting", drop_shouting)
    with pytest.raises(PipelineError, match="'chrome' requires blocks, which step 'segment'"):
        parser.disable("segment")
    assert parser.pipeline.is_enabled("segment")
    assert parser.parse("Storm hits\n\nThe storm hit.").headline is not None


def test_an_order_that_loses_what_a_step_uses_is_refused() -> None:
    """Moving the headline after the bylines would silently change them: refused, undone."""
    parser = Parser()
    before = parser.names()
    with pytest.raises(PipelineError, match="'bylines' uses headline, which step 'headline'"):
        parser.move("headline", after="quotes")
    assert parser.names() == before


def test_breaking_edits_are_undone() -> None:
    """replace(), remove() and move() that break a requirement leave the pipeline as it was."""
    parser = Parser()
    before = (parser.names(), parser.pipeline["chrome"])

    @step(requires=("nothing_provides_this",))
    def needy(state: ParseState) -> None:
        pass

    with pytest.raises(PipelineError, match="which no step provides"):
        parser.replace("chrome", needy)
    with pytest.raises(PipelineError, match="requires text"):
        parser.remove("normalize")
    with pytest.raises(PipelineError, match="requires blocks"):
        parser.move("segment", after="quotes")
    assert (parser.names(), parser.pipeline["chrome"]) == before


def test_step_refuses_a_bare_string_of_names() -> None:
    """requires="blocks" would be six one-letter names: a TypeError instead."""
    with pytest.raises(TypeError, match="requires= takes a tuple"):
        step(requires="blocks")
    with pytest.raises(TypeError, match="provides= holds"):
        step(provides=("",))


def test_disabled_context_manager_restores() -> None:
    """disabled() turns steps off inside the block only."""
    parser = Parser()
    text = "Headline\n\nBody text here.\n\nSource link"
    with parser.disabled("chrome", "site"):
        assert parser.parse(text).chrome == ()
        assert not parser.pipeline.is_enabled("chrome")
    assert parser.pipeline.is_enabled("chrome")
    assert [c.text for c in parser.parse(text).chrome] == ["Source link"]


def test_replace_and_remove() -> None:
    """replace() swaps a step in place; remove() takes it out."""
    parser = Parser()
    calls: list[int] = []
    parser.replace("captions", lambda state: calls.append(len(state.blocks)))
    parser.parse("Headline\n\nBody.")
    assert calls == [2]
    parser.remove("captions")
    assert "captions" not in parser.names()


def test_move() -> None:
    """move() changes a step's place and keeps it disabled if it was."""
    parser = Parser().disable("site")
    parser.move("site", after="captions")
    assert parser.names().index("site") == parser.names().index("captions") + 1
    assert not parser.pipeline.is_enabled("site")
    with pytest.raises(PipelineError):
        parser.move("headline", before="segment")
    assert parser.names().index("headline") > parser.names().index("chrome")


def test_step_errors_name_the_step() -> None:
    """An exception inside a step is wrapped in StepError naming the step."""

    def broken(state: ParseState) -> None:
        raise RuntimeError("boom")

    parser = Parser().add("broken", broken)
    with pytest.raises(StepError, match="step 'broken' failed: RuntimeError: boom") as caught:
        parser.parse("x")
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_non_callable_step_is_rejected() -> None:
    """A step must be callable."""
    with pytest.raises(TypeError, match="must be callable"):
        Parser().add("x", "not a function")  # type: ignore[arg-type]


def test_use_applies_plugins_and_chains() -> None:
    """use() calls the plugin with options and returns the parser."""

    def house_style(parser: Parser, *, phrase: str) -> None:
        parser.lexicon.add_chrome(phrase, kind="promotion")

    parser = Parser().use(house_style, phrase="Get the app").use(house_style, phrase="Donate")
    article = parser.parse("Headline\n\nBody text.\n\nGet the app\n\ndonate")
    assert [(c.text, c.kind) for c in article.chrome] == [
        ("Get the app", "promotion"),
        ("donate", "promotion"),
    ]


def test_parsers_do_not_share_settings() -> None:
    """Changing one parser's lexicon or steps leaves others and the default alone."""
    text = "Headline\n\nBody text.\n\nGet the app"
    custom = Parser()
    custom.lexicon.add_chrome("Get the app")
    copy = custom.copy()
    copy.disable("chrome")
    assert [c.text for c in custom.parse(text).chrome] == ["Get the app"]
    assert copy.parse(text).chrome == ()
    assert copydesk.parse(text).chrome == ()
    assert Parser().parse(text).chrome == ()


def test_parsers_pickle_with_custom_steps_and_lexicon() -> None:
    """A configured parser pickles and parses the same afterwards."""
    parser = Parser().add("shouting", drop_shouting)
    parser.lexicon.add_chrome("Get the app", kind="promotion")
    parser.disable("site")
    text = "Headline\n\nBody text.\n\nGet the app\n\nBUY NOW"
    clone = pickle.loads(pickle.dumps(parser))
    assert clone == parser
    assert clone.names() == parser.names()
    assert clone.parse(text) == parser.parse(text)


def test_bad_chrome_regex_fails_early() -> None:
    """An invalid pattern is refused when it is added, not in the middle of a parse."""
    with pytest.raises(Exception, match="missing"):
        Parser().lexicon.add_chrome("(unclosed", is_regex=True)
