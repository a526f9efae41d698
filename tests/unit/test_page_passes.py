"""The page reader's passes are named, listed in running order and switchable per parser."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import attrs
import pytest

import copydesk
from copydesk import Parser
from copydesk.steps import DEFAULT_STEPS, boilerplate
from copydesk.steps.boilerplate import PASSES, PageReader

MENU = "Home\nNews\nSport\nWeather\nContact"
STORY = [
    "The storm hit the coast on Monday, officials said, and thousands of homes lost power.",
    "Crews worked through the night to clear the roads and restore the lines, they said.",
    "Schools in the county will stay closed until Wednesday, the council announced.",
]
DECK = "The county braces for a week of repairs."
TEASERS = [
    "Mayor opens the new harbour walk after two years of work",
    "Police close the main road for the spring cycle race",
    "Local bakery wins a national prize for its rye bread",
]
FOOTER = "Privacy Policy\nTerms of Use\n© 2024 Example Media"
PAGE = "\n\n".join(
    [
        "Storm hits the coast | The Courier",
        MENU,
        "Storm hits the coast",
        DECK,
        "By Jane Doe",
        STORY[0],
        *TEASERS,
        *STORY[1:],
        FOOTER,
    ]
)


def _spans(article: copydesk.Article) -> list[copydesk.Span]:
    """The spans of every part of *article* that covers whole blocks, in text order."""
    parts = [*article.paragraphs, *article.captions, *article.chrome, *article.bylines]
    parts += [part for part in (article.headline, article.dateline) if part is not None]
    return sorted(part.span for part in parts)


def _paragraphs(parser: Parser) -> list[str]:
    """The article's text: its paragraphs and the lines read as captions, in text order."""
    article = parser.parse(PAGE)
    parts = sorted((part.span, part.text) for part in (*article.paragraphs, *article.captions))
    return [text for _, text in parts]


def test_the_passes_are_listed_in_running_order() -> None:
    """The step lists the names of PASSES, in order, all enabled by default."""
    assert dict(DEFAULT_STEPS)["boilerplate"] is boilerplate
    assert boilerplate.names() == [name for name, _ in PASSES]
    assert boilerplate.names(enabled_only=True) == boilerplate.names()
    assert boilerplate.names()[0] == "nearby_prose"
    assert boilerplate.names()[-1] == "edge_stamps"


def test_a_disabled_pass_changes_that_parser_only() -> None:
    """Without the deck and teaser-run passes the deck and the teasers stay article text;
    the default parser still drops them."""
    assert _paragraphs(Parser()) == STORY
    lenient = Parser().disable("boilerplate.deck", "boilerplate.teaser_runs")
    assert _paragraphs(lenient) == [DECK, STORY[0], *TEASERS, *STORY[1:]]
    assert [paragraph.text for paragraph in copydesk.parse(PAGE).paragraphs] == STORY
    assert copydesk.parse(PAGE).captions == ()
    assert _paragraphs(Parser()) == STORY
    lenient.enable("boilerplate.teaser_runs")
    assert _paragraphs(lenient) == [DECK, *STORY]


def test_disabling_a_pass_swaps_in_a_copy_of_the_step() -> None:
    """The step object is never changed: the pipeline holds a copy without the pass."""
    parser = Parser().disable("boilerplate.deck")
    step = parser.pipeline["boilerplate"]
    assert isinstance(step, PageReader)
    assert step is not boilerplate
    assert step.disabled == frozenset({"deck"})
    assert boilerplate.disabled == frozenset()
    assert parser.pipeline.is_enabled("boilerplate.deck") is False
    assert parser.pipeline.is_enabled("boilerplate") is True
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        step.disabled = frozenset()  # type: ignore[misc]


def test_enabling_an_enabled_pass_keeps_the_shared_step() -> None:
    """Enabling a pass that runs already leaves the default step in place."""
    parser = Parser().enable("boilerplate.deck")
    assert parser.pipeline["boilerplate"] is boilerplate


def test_a_pass_of_a_disabled_step_does_not_run() -> None:
    """is_enabled of a pass is whether it will run: its step must run too."""
    parser = Parser().disable("boilerplate")
    assert parser.pipeline.is_enabled("boilerplate.deck") is False
    parser.enable("boilerplate")
    assert parser.pipeline.is_enabled("boilerplate.deck") is True


def test_an_unknown_pass_is_a_key_error_listing_the_passes() -> None:
    """A typo names the valid passes, and the pipeline stays as it was."""
    parser = Parser()
    with pytest.raises(copydesk.UnknownStepError) as caught:
        parser.disable("boilerplate.teaser_run", "quotes")
    assert isinstance(caught.value, KeyError)
    assert "no pass named 'boilerplate.teaser_run'" in str(caught.value)
    assert "boilerplate.teaser_runs" in str(caught.value)
    assert parser.pipeline.is_enabled("quotes")
    with pytest.raises(copydesk.UnknownStepError, match=r"the passes are: boilerplate\.nearby"):
        parser.disable("quotes.speakers")
    with pytest.raises(copydesk.UnknownStepError, match="no step named 'boilerplat'"):
        parser.disable("boilerplat.deck")
    with pytest.raises(KeyError, match="no pass named 'dek'"):
        boilerplate.with_disabled("dek")


def test_a_step_named_with_a_dot_is_still_a_step() -> None:
    """A custom step whose name holds a dot is switched by its whole name."""

    def shout(state: copydesk.ParseState) -> None:
        pass

    parser = Parser().add("house.shout", shout)
    parser.disable("house.shout")
    assert not parser.pipeline.is_enabled("house.shout")


def test_the_context_manager_restores_the_passes() -> None:
    """Passes disabled for a ``with`` block come back; one disabled before stays off."""
    parser = Parser().disable("boilerplate.deck")
    with parser.disabled("boilerplate.deck", "boilerplate.teaser_runs"):
        assert _paragraphs(parser) == [DECK, STORY[0], *TEASERS, *STORY[1:]]
    assert not parser.pipeline.is_enabled("boilerplate.deck")
    assert parser.pipeline.is_enabled("boilerplate.teaser_runs")
    assert _paragraphs(parser) == [DECK, *STORY]


def test_a_parser_with_a_pass_disabled_copies_and_pickles() -> None:
    """Copies and pickles keep the switched-off pass and parse the same."""
    parser = Parser().disable("boilerplate.deck")
    for other in (parser.copy(), pickle.loads(pickle.dumps(parser))):
        assert other == parser
        assert other != Parser()
        assert _paragraphs(other) == _paragraphs(parser)


@pytest.mark.parametrize("name", [name for name, _ in PASSES])
def test_each_pass_can_be_switched_off_alone(name: str) -> None:
    """The passes need no other pass: a page parses with any one of them off, losslessly."""
    spans = _spans(Parser().disable(f"boilerplate.{name}").parse(PAGE))
    assert "".join(PAGE[span.start : span.end] for span in spans).replace("\n", "") == (
        PAGE.replace("\n", "")
    )


def test_every_pass_off_leaves_the_classifier_s_region() -> None:
    """With every pass off the step still runs: the region alone, still a page's article."""
    parser = Parser().disable(*(f"boilerplate.{name}" for name, _ in PASSES))
    assert parser.pipeline["boilerplate"].names(enabled_only=True) == []
    paragraphs = _paragraphs(parser)
    assert set(STORY) <= set(paragraphs)
    assert MENU.split("\n")[0] not in paragraphs


_STEPS = Path(copydesk.__file__).parent / "steps"


@pytest.mark.parametrize(
    "path",
    [*sorted((_STEPS / "boilerplate").glob("*.py")), *sorted((_STEPS / "headline").glob("*.py"))],
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_the_page_reader_and_the_headline_step_import_no_other_step(path: Path) -> None:
    """Page reading imports the reading layer, never another step (nor the pipeline)."""
    imported = {
        node.module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    own = f"copydesk.steps.{path.parent.name}"  # a step's package imports its own modules
    foreign = {
        module
        for module in imported
        if module.startswith("copydesk.steps") and not module.startswith(own)
    }
    assert foreign == set()
    assert "copydesk._pipeline" not in imported
