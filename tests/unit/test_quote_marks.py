"""Quotation marks in every house style, the quote's own words, and the pieces of one quotation."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import copydesk
from copydesk import Article, Lexicon, Parser, Quote, Span
from copydesk.steps.quotes.marks import house_style, single_marks

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


def _parse(*paragraphs: str) -> Article:
    return copydesk.parse("Headline of the story\n\n" + "\n\n".join(paragraphs))


def _texts(article: Article) -> list[str]:
    return [quote.text for quote in article.quotes]


# --- the house style ---------------------------------------------------------------------------


def _singles(text: str) -> bool:
    return house_style(text, 0, len(text), single_marks(Lexicon.default())).singles


def test_an_article_in_single_quotes_is_read_in_single_quotes() -> None:
    assert _singles("‘We will,’ she said. ‘Soon.’ He called it “a farce”.")
    assert _singles("'We will,' she said.")


def test_single_quotes_nested_in_double_ones_leave_the_article_in_double_quotes() -> None:
    assert not _singles("“She said ‘no’ and meant it,” he said. “We left.” “Fine.”")


def test_elisions_and_years_are_no_evidence_of_single_quotes() -> None:
    """Apostrophes of 'em, 'til, rock 'n' roll and the '90s never make an article single-quoted."""
    assert not _singles("We love 'em 'til the end: rock 'n' roll of the '90s and ’80s. Don't.")
    article = _parse("We love 'em 'til the end: rock 'n' roll of the '90s, and don't stop.")
    assert article.quotes == ()


def test_a_users_elision_reaches_the_parse() -> None:
    """``'ow`` (a dropped h) is no quotation once the lexicon lists it."""
    text = "Headline of the story\n\n'Ow do, lads,' he said. 'Ow are you?' I said."
    parser = Parser()
    assert [quote.text for quote in parser.parse(text).quotes] == ["Ow do, lads", "Ow are you?"]
    parser.lexicon.elisions = (*parser.lexicon.elisions, "ow")
    assert [quote.text for quote in parser.parse(text).quotes] == []


def test_a_single_quote_left_open_runs_on_only_from_a_sentence_or_clause() -> None:
    """An unclosed single mark after a word (``Ras 'Ali``, ``two 'planes``) is an apostrophe;
    after a sentence, a colon or a comma it opens a quotation running to the paragraph's end."""
    article = _parse("‘We left,’ Ann Lee said. Two 'planes landed at Ras 'Ali on Friday.")
    assert _texts(article) == ["We left"]
    article = _parse("‘We left,’ Ann Lee said. ‘Then the rain came.", "‘It stayed.’")
    assert _texts(article) == ["We left", "Then the rain came", "It stayed"]


def test_a_possessive_or_a_closing_mark_by_the_mark_that_follows() -> None:
    """``deaths' of`` closes when the next mark opens a quotation; ``victims' families``
    is a possessive when the next mark closes the open one."""
    article = _parse(
        "Ann Lee spoke. She called them 'tragic deaths' of men and offered "
        "'prayers for the victims' families.' 'We grieve,' she said."
    )
    assert _texts(article) == ["tragic deaths", "prayers for the victims' families", "We grieve"]


def test_blank_elisions_are_ignored() -> None:
    """A blank word in the table elides nothing (it would otherwise swallow closing marks)."""
    parser = Parser()
    parser.lexicon.elisions = ("", "  ", *parser.lexicon.elisions)
    text = "Headline of the story\n\n'We will,' she said. 'Yes.' And rock 'n' roll."
    assert [quote.text for quote in parser.parse(text).quotes] == ["We will", "Yes"]


def test_double_quotes_still_quote_in_a_single_quoted_article() -> None:
    article = _parse("‘We will,’ Ann Lee said.", "The “Big Plan” was late, ‘by years’, she said.")
    assert _texts(article) == ["We will", "Big Plan", "by years"]


def test_a_plural_possessive_closes_a_quotation_before_an_attribution() -> None:
    """``the Smiths' house`` is a possessive; ``… the Smiths' she said`` closes the quotation."""
    article = _parse("‘We met at the Smiths’ house and the Joneses’ barn’, Ann Lee said.")
    assert _texts(article) == ["We met at the Smiths’ house and the Joneses’ barn"]
    article = _parse("‘The land belongs to the Smiths’ she said. ‘We left.’")
    assert _texts(article) == ["The land belongs to the Smiths", "We left"]


def test_nested_single_quotes_inside_single_ones() -> None:
    """Double marks turned into single ones leave ``‘He said ‘no’.’``: the inner pair nests."""
    article = _parse("‘He told me ‘no’’, Ann Lee said. ‘He said ‘never’ twice,’ she added.")
    assert _texts(article) == ["He told me ‘no’", "He said ‘never’ twice"]


# --- the quote's own words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "words"),
    [
        ("“We are ready,” she said.", "We are ready"),
        ("She said: “We are ready.”", "We are ready"),
        ("“Are we ready?” she asked.", "Are we ready?"),
        ("“We are ready!” she said.", "We are ready!"),
        ("“We are ready...” she said.", "We are ready..."),
        ("“We are ready…” she said.", "We are ready…"),
        ("She said: “We moved to the U.S.”", "We moved to the U.S."),
        ("‘We are ready’, she said.", "We are ready"),
    ],
)
def test_the_text_leaves_out_the_sentences_comma_or_full_stop(printed: str, words: str) -> None:
    article = _parse("Ann Lee spoke on Monday.", printed)
    (quote,) = article.quotes
    assert quote.text == words
    inside = quote.span.slice(article.source)[1:-1]
    assert inside.startswith(words)
    assert inside[len(words) :] in ("", ",", ".")


# --- groups --------------------------------------------------------------------------------------


def test_a_sentence_split_around_its_attribution_is_one_quotation() -> None:
    article = _parse("“We will,” Ann Lee said, “and soon.” Then she left.")
    assert [quote.group for quote in article.quotes] == [0, 0]
    assert [[quote.text for quote in pieces] for pieces in article.quotations()] == [
        ["We will", "and soon"]
    ]


def test_two_sentences_around_an_attribution_are_two_quotations() -> None:
    article = _parse("“We will,” Ann Lee said. “Soon.”", "“We won!” she said, “and again.”")
    assert [quote.group for quote in article.quotes] == [0, 1, 2, 3]


def test_a_running_quote_is_one_quotation_over_its_paragraphs() -> None:
    article = _parse(
        "“Rain,” Ann Lee said, calling it “a curse”. “We waited for weeks.",
        "“Then it came.",
        "“And it stayed.”",
        "“Now it is dry,” she said.",
    )
    assert _texts(article) == [
        "Rain",
        "a curse",
        "We waited for weeks",
        "Then it came",
        "And it stayed",
        "Now it is dry",
    ]
    assert [quote.group for quote in article.quotes] == [0, 1, 2, 2, 2, 3]


def test_a_paragraph_without_quotes_ends_a_running_quote() -> None:
    article = _parse("“We waited for weeks,” Ann Lee said. “Then it came.", "It rained.", "“Yes.”")
    assert [quote.group for quote in article.quotes] == [0, 1, 2]


def test_json_without_groups_still_loads() -> None:
    """JSON written before ``group`` existed loads; each of its quotes stands alone."""
    article = _parse("“We will,” Ann Lee said, “and soon.”")
    data = article.to_dict()
    assert [quote["group"] for quote in data["quotes"]] == [0, 0]
    assert Article.from_dict(json.loads(json.dumps(data))) == article
    for quote in data["quotes"]:
        del quote["group"]
    older = Article.from_dict(data)
    assert [quote.group for quote in older.quotes] == [None, None]
    assert len(older.quotations()) == 2


def test_quotations_of_quotes_made_by_hand() -> None:
    """Quotes without a group stand alone; grouped pieces come together after their first."""
    quotes = (
        Quote(text="A", span=Span(0, 3), group=0),
        Quote(text="b", span=Span(4, 7)),
        Quote(text="c", span=Span(8, 11), group=0),
        Quote(text="d", span=Span(12, 15), group=1),
    )
    article = Article(source="x" * 20, quotes=quotes)
    assert [[q.text for q in pieces] for pieces in article.quotations()] == [
        ["A", "c"],
        ["b"],
        ["d"],
    ]


# --- the accuracy harness's single-quote style ----------------------------------------------------


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_accuracy_harness_marks", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_harness_turns_texts_and_gold_into_single_quotes(
    harness: ModuleType, tmp_path: Path
) -> None:
    """``--quote-style single`` turns every double mark into a single one, text and gold alike,
    one character for one: the gold spans still slice the gold pieces."""
    text = 'Storm\n\n“We will,” Ann Lee said. "Soon," she said.'
    record = {
        "id": "1",
        "text": text,
        "gold": {"quotes": [{"kind": "direct", "text": "We will,", "pieces": ["“We will,”"]}]},
        "meta": {"source": "invented"},
    }
    path = tmp_path / "dev.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    (doc,) = harness.load_docs(path, typed_path=None, quote_style="single")
    assert doc.text == "Storm\n\n‘We will,’ Ann Lee said. 'Soon,' she said."
    assert len(doc.text) == len(text)
    piece = doc.gold["quotes"][0]["pieces"][0]
    assert piece == "‘We will,’"
    assert doc.text[7 : 7 + len(piece)] == piece
    (same,) = harness.load_docs(path, typed_path=None)
    assert same.text == text
