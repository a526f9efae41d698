"""The models: spans, immutability, JSON and pickle round trips."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Literal

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
    DateStamp,
    Headline,
    Paragraph,
    Quote,
    Site,
    Span,
    Speaker,
)
from copydesk._convert import converters_of
from copydesk._json import article_json
from copydesk.schema import _define, article_schema


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
        published=DateStamp(
            text="04/05/2025 10:02 ET",
            value=dt.datetime(2025, 4, 5, 10, 2, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
            day_first=False,
            ambiguous=True,
            span=span(25),
        ),
        updated=DateStamp(text="2025-05-06", value=dt.date(2025, 5, 6), span=span(28)),
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
                group=3,
            ),
            Quote(text="Other words", span=span(90)),
        ),
        paragraphs=(Paragraph(text="Body.", span=span(100)),),
        chrome=(Chrome(text="Share", kind="share", span=span(110)),),
    )


def _reference_dict(article: object) -> object:
    """attrs' own generic walk over the fields, dates as ISO strings, read back from JSON
    (so tuples are lists)."""

    def dates_as_text(instance: object, field: object, value: object) -> object:
        return value.isoformat() if isinstance(value, dt.date) else value

    return json.loads(json.dumps(attrs.asdict(article, value_serializer=dates_as_text)))


def test_to_dict_equals_attrs_asdict(seed_text: str) -> None:
    """The generated to_dict gives attrs.asdict's dict, keys in the same order."""
    for article in (_every_field_set(), copydesk.parse(seed_text), Article(source="")):
        generated, reference = article.to_dict(), _reference_dict(article)
        assert generated == reference
        assert json.dumps(generated) == json.dumps(reference)  # the same key order too


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

    tagged = Tagged(source="x", tag="mine")
    assert tagged.to_dict()["tag"] == "mine"
    assert json.loads(article_json(tagged))["tag"] == "mine"
    assert Tagged.from_dict(json.loads(article_json(tagged))) == tagged


def test_a_surrogate_pair_is_refused_before_any_step_runs() -> None:
    """Two surrogates that JSON would join into one character: a ValueError naming where.

    Written as two escapes, a high and a low surrogate come back from JSON as one character,
    so the source would shrink and the spans after it point at the wrong text.
    """
    text = "Storm hits coast\n\nAn emoji \ud83d\ude00 in two halves."
    steps_run = []
    parser = copydesk.Parser()
    parser.add("first", lambda state: steps_run.append("first"), before="normalize")
    with pytest.raises(ValueError, match=r"surrogate pair at position 27 \('\\ud83d\\ude00'\)"):
        parser.parse(text)
    assert steps_run == []
    joined = text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
    assert copydesk.parse(joined).paragraphs[0].text == "An emoji \U0001f600 in two halves."


# --- one description of the models: a new field takes one edit ------------------------------


@attrs.frozen(kw_only=True)
class _Everything:
    """A throwaway model with a field of every shape the converters know, as a model a
    contributor might add: nothing but its attrs fields."""

    text: str
    count: int
    ratio: float
    flag: bool
    day: dt.date | None
    kind: Literal["first", "second"]
    open_kind: Literal["built-in"] | str
    names: tuple[str, ...]
    days: tuple[dt.date, ...]
    spans: tuple[Span, ...]
    headline: Headline | None
    nested: tuple[tuple[Span, ...], ...] = ()
    note: str | None = None
    """A field documented like the models' fields."""


def test_a_new_model_goes_through_every_converter_and_the_schema() -> None:
    """A model of fields alone gets to_dict, JSON, from_dict and a schema: no other edit."""
    sample = _Everything(
        text='Caf\u00e9 "\ud800" \\',
        count=3,
        ratio=0.5,
        flag=True,
        day=dt.date(2024, 11, 2),
        kind="second",
        open_kind="a user's own kind",
        names=("A B", "C"),
        days=(dt.date(2024, 1, 1),),
        spans=(Span(0, 1), Span(2, 3)),
        headline=Headline(text="Head", span=Span(4, 8)),
        nested=((Span(1, 2),), ()),
    )
    converters = converters_of(_Everything)
    data = converters.to_dict(sample)
    assert data == _reference_dict(sample)
    assert json.dumps(data) == json.dumps(_reference_dict(sample))  # the same key order too
    assert converters.to_json(sample) == json.dumps(data, separators=(",", ":"))
    assert converters.from_dict(json.loads(converters.to_json(sample))) == sample
    definitions: dict[str, dict[str, object]] = {}
    _define(_Everything, definitions)
    properties = definitions["_Everything"]["properties"]
    assert isinstance(properties, dict)
    assert list(properties) == [field.name for field in attrs.fields(_Everything)]
    assert properties["kind"] == {"type": "string", "enum": ["first", "second"]}
    assert properties["note"]["description"] == "A field documented like the models' fields."


def test_every_field_of_every_model_is_converted_and_in_the_schema() -> None:
    """Each attrs field of each model is written by to_dict and the JSON writer, read back by
    from_dict, and described by the schema, in the order of the fields."""
    article = _every_field_set()
    data = article.to_dict()
    definitions = article_schema()["$defs"]
    examples = {
        Article: data,
        Site: data["site"],
        Headline: data["headline"],
        Dateline: data["dateline"],
        DateStamp: data["published"],
        Byline: data["bylines"][0],
        Caption: data["captions"][0],
        Credit: data["captions"][0]["credit"],
        Quote: data["quotes"][0],
        Speaker: data["quotes"][0]["speaker"],
        Paragraph: data["paragraphs"][0],
        Chrome: data["chrome"][0],
        Span: data["chrome"][0]["span"],
    }
    assert set(definitions) == {model.__name__ for model in examples}
    for model, example in examples.items():
        names = [field.name for field in attrs.fields(model)]
        assert list(example) == names, model
        assert list(definitions[model.__name__]["properties"]) == names, model
        assert all(value not in (None, [], ()) for value in example.values()), model
    assert json.loads(article_json(article)) == data
    assert Article.from_dict(json.loads(article_json(article))) == article


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
