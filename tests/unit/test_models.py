"""The models: spans, immutability, JSON and pickle round trips."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import pytest

import copydesk
from copydesk import (
    Article,
    Byline,
    Caption,
    Chrome,
    Credit,
    Dateline,
    Headline,
    Paragraph,
    Quote,
    Site,
    Span,
    Speaker,
)
from copydesk._json import article_json
from copydesk._models import _unstructure


def test_span_rejects_bad_ranges() -> None:
    """A span cannot start before 0 or end before it starts."""
    with pytest.raises(ValueError, match="must be >= 0"):
        Span(-1, 2)
    with pytest.raises(ValueError, match="must not be before its start"):
        Span(5, 4)


def test_span_helpers() -> None:
    """slice, len, overlaps and contains agree with the offsets."""
    span = Span(2, 5)
    assert span.slice("abcdefg") == "cde"
    assert len(span) == 3
    assert span.overlaps(Span(4, 9))
    assert not span.overlaps(Span(5, 9))
    assert span.contains(Span(3, 5))
    assert not span.contains(Span(1, 3))


def test_models_are_frozen_and_slotted() -> None:
    """Assigning to a model raises, and models have no __dict__."""
    article = copydesk.parse("Headline\n\nBody.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.source = "x"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert not hasattr(Span(0, 1), "__dict__")


def test_json_round_trip_keeps_dates(seed_text: str) -> None:
    """to_dict/from_dict round-trip through json, dates included."""
    article = copydesk.parse(seed_text)
    dateline = Dateline(text="Nov. 2 (UPI) —", date=dt.date(2024, 11, 2), span=Span(0, 14))
    article = attrs.evolve(article, dateline=dateline)
    data = json.loads(json.dumps(article.to_dict()))
    assert data["dateline"]["date"] == "2024-11-02"
    assert Article.from_dict(data) == article


def _every_field_set() -> Article:
    """An article in which every model appears with every field given a value."""
    source = "x" * 200

    def span(start: int) -> Span:
        return Span(start, start + 5)

    return Article(
        source=source,
        site=Site(name="Site", tagline="a tagline", span=span(0)),
        headline=Headline(text="Head", span=span(10)),
        dateline=Dateline(
            text="PARIS, Nov. 2 (AP) —",
            location="PARIS",
            city="PARIS",
            region="France",
            date_text="Nov. 2",
            date=dt.date(2024, 11, 2),
            agency="AP",
            span=span(20),
        ),
        bylines=(
            Byline(
                text="By A B",
                names=("A B", "C D"),
                organization="AP",
                role="Staff Writer",
                kind="reporting",
                editors=("E F",),
                span=span(30),
            ),
        ),
        captions=(
            Caption(
                text="A photo. Photo by G H/AP",
                credit=Credit(
                    text="Photo by G H/AP",
                    names=("G H",),
                    agency="AP",
                    file_photo=True,
                    span=span(50),
                ),
                span=span(40),
            ),
            Caption(text="No credit", span=span(60)),
        ),
        quotes=(
            Quote(
                text="Words",
                kind="partial",
                cue="said",
                speaker=Speaker(name="I J", mention="he", title="Mayor", span=span(80)),
                span=span(70),
            ),
            Quote(text="Other words", span=span(90)),
        ),
        paragraphs=(Paragraph(text="Body.", span=span(100)),),
        chrome=(Chrome(text="Share", kind="share", span=span(110)),),
    )


def test_to_dict_equals_the_generic_serializer(seed_text: str) -> None:
    """The hand-written to_dict gives the generic serializer's dict, keys in the same order."""
    for article in (_every_field_set(), copydesk.parse(seed_text), Article(source="")):
        fast, generic = article.to_dict(), _unstructure(article)
        assert fast == generic
        assert json.dumps(fast) == json.dumps(generic)  # the same key order too


def test_article_json_is_the_json_of_to_dict(seed_text: str) -> None:
    """The batch output's JSON writer gives json.dumps(to_dict()) to the character."""
    texts = ['Caf\u00e9 \u2014 \ud800 "q" \\ \x01\n\nBody.', ""]
    for article in (_every_field_set(), copydesk.parse(seed_text), *map(copydesk.parse, texts)):
        assert article_json(article) == json.dumps(article.to_dict(), separators=(",", ":"))


def test_to_dict_of_a_subclass_keeps_its_fields() -> None:
    """An Article subclass with a field of its own is serialized by its fields."""

    @attrs.frozen(kw_only=True)
    class Tagged(Article):
        tag: str = "t"

    assert Tagged(source="x").to_dict()["tag"] == "t"
    assert json.loads(article_json(Tagged(source="x")))["tag"] == "t"


def test_from_dict_rejects_wrong_shape() -> None:
    """A nested model given as a non-dict is a TypeError, not a silent wrong value."""
    data = copydesk.parse("Headline\n\nBody.").to_dict()
    data["headline"] = "Headline"
    with pytest.raises(TypeError, match="expected a dict for Headline"):
        Article.from_dict(data)


def test_articles_pickle(seed_text: str) -> None:
    """Articles survive pickling."""
    article = copydesk.parse(seed_text)
    assert pickle.loads(pickle.dumps(article)) == article


def test_segments_rebuild_the_source(seed_text: str) -> None:
    """The labelled segments concatenate back to the source."""
    article = copydesk.parse(seed_text)
    assert "".join(text for _, text in article.segments()) == seed_text
    labels = {label for label, _ in article.segments()}
    assert {"chrome", "headline", "caption", "paragraph", "whitespace"} <= labels
