"""Batch parsing: parse_many / iter_parse in worker processes, parse_jsonl, the JSON schema."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import copydesk
from copydesk import Parser, ParseState, StepError, UnknownStepError, step
from copydesk import batch as batch_module
from copydesk.batch import BatchReport, Failure, iter_parse, parse_jsonl, parse_many
from copydesk.schema import article_schema, record_schema

TEXTS = [
    f"Headline number {n}\n\nThe council met on day {n} and agreed.\n\nLOUD CLOSING LINE"
    for n in range(40)
]


@step(requires=("blocks",), provides=("shouting",))
def shouting_is_chrome(state: ParseState) -> None:
    """Label all-caps body blocks as chrome (importable, so parsers using it pickle)."""
    for _, block in state.body_blocks():
        if state.block_text(block).isupper():
            state.mark_chrome(block, "shouting")


@step(requires=("blocks",))
def stamp_reference_date(state: ParseState) -> None:
    """Label the last body block as chrome whose kind names the reference date."""
    blocks = list(state.body_blocks())
    if blocks:
        state.mark_chrome(blocks[-1][1], f"ref-{state.reference_date}")


@step(requires=("blocks",))
def explode_on_boom(state: ParseState) -> None:
    """Fail on texts that contain BOOM, to test error reporting."""
    if "BOOM" in state.source:
        raise ValueError("boom in the text")


def adds_promo_chrome(parser: Parser, *, kind: str) -> None:
    """A plugin: treat 'Read more' lines as chrome of *kind*."""
    parser.lexicon.add_chrome("Read more", kind=kind)


def custom_parser() -> Parser:
    """A parser with a user step and a plugin."""
    parser = Parser().add("shouting", shouting_is_chrome, after="headline")
    return parser.use(adds_promo_chrome, kind="promo")


# --- parse_many / iter_parse -------------------------------------------------------------


def test_parse_many_matches_serial_parsing_in_order() -> None:
    """Two workers and small chunks give the same articles, in order, as a loop of parse."""
    assert parse_many(TEXTS, workers=2, chunksize=3) == [copydesk.parse(t) for t in TEXTS]


def test_parse_many_is_exported_from_the_package() -> None:
    """copydesk.parse_many is the batch function."""
    assert copydesk.parse_many is parse_many


def test_one_worker_parses_in_process() -> None:
    """workers=1 needs no pickling: even a lambda step works."""
    parser = Parser().add("noop", lambda state: None)
    assert parse_many(TEXTS[:3], workers=1, parser=parser) == [parser.parse(t) for t in TEXTS[:3]]


def test_custom_parser_with_step_and_plugin_works_in_workers() -> None:
    """A parser with a user step and a plugin parses the same in worker processes."""
    parser = custom_parser()
    texts = [*TEXTS[:10], "Title\n\nA calm sentence here.\n\nRead more"]
    articles = parse_many(texts, workers=2, chunksize=2, parser=parser)
    assert articles == [parser.parse(text) for text in texts]
    assert [c.kind for c in articles[0].chrome] == ["shouting"]
    assert [c.kind for c in articles[-1].chrome] == ["promo"]


def test_reference_date_reaches_the_workers() -> None:
    """The reference date is passed to every parse in every worker."""
    parser = Parser().add("stamp", stamp_reference_date, after="headline")
    day = dt.date(2024, 11, 2)
    articles = parse_many(TEXTS[:6], workers=2, chunksize=2, parser=parser, reference_date=day)
    assert all(article.chrome[-1].kind == "ref-2024-11-02" for article in articles)


def test_unpicklable_parser_is_a_clear_type_error() -> None:
    """A lambda step cannot reach worker processes: the error says what to do."""
    parser = Parser().add("noop", lambda state: None)
    with pytest.raises(TypeError, match="define custom steps and plugins at module level"):
        parse_many(TEXTS, workers=2, chunksize=5, parser=parser)


def test_a_failing_parse_raises_its_step_error() -> None:
    """A step that raises in a worker raises StepError, naming the step, in the caller."""
    parser = Parser().add("explode", explode_on_boom, after="headline")
    texts = [*TEXTS[:5], "Title\n\nBOOM goes the text."]
    with pytest.raises(StepError, match="step 'explode' failed: ValueError: boom in the text"):
        parse_many(texts, workers=2, chunksize=2, parser=parser)


def test_iter_parse_reads_only_a_few_chunks_ahead() -> None:
    """iter_parse pulls a bounded number of texts before yielding: constant memory."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield TEXTS[pulled % len(TEXTS)]

    articles = iter_parse(endless(), workers=2, chunksize=4)
    first = next(articles)
    articles.close()  # type: ignore[attr-defined]
    assert first.headline is not None
    assert pulled <= 4 * (2 * 4 + 2) + 1


def test_empty_input_gives_an_empty_list() -> None:
    """No texts, no articles (and no worker processes)."""
    assert parse_many([], workers=2) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [({"workers": 0}, "workers must be at least 1"), ({"chunksize": 0}, "chunksize must be")],
)
def test_bad_worker_and_chunk_counts(options: dict[str, int], message: str) -> None:
    """Zero workers or a zero chunk size is a ValueError."""
    with pytest.raises(ValueError, match=message):
        parse_many(TEXTS, **options)


def test_default_workers_is_the_cpu_count() -> None:
    """The default number of workers is at least one and at most the CPU count."""
    assert 1 <= batch_module.default_workers() <= (__import__("os").cpu_count() or 1)


def test_errors_pickle_so_they_cross_processes() -> None:
    """StepError and UnknownStepError survive a pickle round trip with their details."""
    error = pickle.loads(pickle.dumps(StepError("dateline", KeyError("x"))))
    assert (error.step, str(error)) == ("dateline", "step 'dateline' failed: KeyError: 'x'")
    unknown = pickle.loads(pickle.dumps(UnknownStepError("chrom", ["chrome"])))
    assert (unknown.name, unknown.valid) == ("chrom", ("chrome",))


# --- parse_jsonl -----------------------------------------------------------------------------


def jsonl(*records: object) -> list[bytes]:
    """Encode records (or raw bytes lines) as JSON Lines."""
    return [
        item if isinstance(item, bytes) else (json.dumps(item) + "\n").encode() for item in records
    ]


def run_jsonl(lines: list[bytes], **options: Any) -> tuple[list[dict[str, Any]], BatchReport]:
    """Run parse_jsonl on *lines*; return the output records and the report."""
    out = io.BytesIO()
    report = parse_jsonl(lines, out, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()], report


def test_jsonl_writes_one_record_per_input_line_in_order() -> None:
    """Each record comes back with its id (as a string), line number and article."""
    lines = jsonl(*({"id": n, "text": text} for n, text in enumerate(TEXTS[:5])))
    records, report = run_jsonl(lines)
    assert [r["id"] for r in records] == ["0", "1", "2", "3", "4"]
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5]
    assert all(r["error"] is None for r in records)
    assert copydesk.Article.from_dict(records[2]["article"]) == copydesk.parse(TEXTS[2])
    assert (report.records, report.failed, report.parsed) == (5, 0, 5)


def test_jsonl_two_workers_write_the_same_bytes_as_one() -> None:
    """Parallel output is byte for byte the serial output."""
    lines = jsonl(*({"id": f"a{n}", "text": text} for n, text in enumerate(TEXTS)))
    one, two = io.BytesIO(), io.BytesIO()
    parse_jsonl(lines, one, workers=1)
    parse_jsonl(lines, two, workers=2, chunksize=3)
    assert one.getvalue() == two.getvalue()


BAD_LINES = [
    (b"not json\n", None, "bad JSON: Expecting value at column 1"),
    (
        b'{"id": 1,, "text": "x"}\n',
        None,
        "bad JSON: Expecting property name enclosed in double quotes at column 10",
    ),
    (
        b'{"id": "q", "text": "x"\n',
        None,
        "bad JSON: Expecting ',' delimiter at the end of the line",
    ),
    (b"[1, 2]\n", None, "expected a JSON object, got an array"),
    (b'"just text"\n', None, "expected a JSON object, got a string"),
    (b'{"id": "m"}\n', "m", "no 'text' field"),
    (b'{"id": "n", "text": 5}\n', "n", "field 'text' is a number, not a string"),
    (b'{"id": "o", "text": null}\n', "o", "field 'text' is null, not a string"),
    (b'{"id": "p", "text": ["a"]}\n', "p", "field 'text' is an array, not a string"),
]


@pytest.mark.parametrize(("raw", "record_id", "message"), BAD_LINES)
def test_bad_records_are_written_with_an_error(
    raw: bytes, record_id: str | None, message: str
) -> None:
    """A bad line becomes a record with an error; the lines around it still parse."""
    lines = jsonl({"id": 1, "text": TEXTS[0]}, raw, {"id": 3, "text": TEXTS[1]})
    records, report = run_jsonl(lines)
    assert [r["error"] for r in records] == [None, message, None]
    assert records[1] == {"id": record_id, "line": 2, "article": None, "error": message}
    assert report.failures == [Failure(2, record_id, message)]
    assert (report.records, report.failed) == (3, 1)


def test_not_utf8_reports_the_byte_offset_in_the_file() -> None:
    """The offset counts from the start of the input, not of the line."""
    first = jsonl({"id": 1, "text": "Title\n\nBody."})[0]
    bad = b'{"text": "caf\xe9"}\n'
    records, report = run_jsonl([first, bad])
    offset = len(first) + bad.index(b"\xe9")
    assert records[1]["error"] == f"not UTF-8: byte 0xe9 at byte offset {offset}"
    assert str(report.failures[0]) == f"line 2: not UTF-8: byte 0xe9 at byte offset {offset}"


def test_blank_lines_are_skipped_but_counted_in_line_numbers() -> None:
    """Blank lines give no output record; the line numbers still match the input."""
    records, _ = run_jsonl([b"\n", *jsonl({"id": "a", "text": "T\n\nB."}), b"  \r\n"])
    assert [(r["id"], r["line"]) for r in records] == [("a", 2)]


def test_a_failing_step_is_recorded_and_the_run_goes_on() -> None:
    """An article whose parse raises gets the error; the others parse."""
    parser = Parser().add("explode", explode_on_boom, after="headline")
    lines = jsonl({"id": "ok", "text": TEXTS[0]}, {"id": "bad", "text": "T\n\nBOOM."})
    records, report = run_jsonl(lines, parser=parser)
    expected = "StepError: step 'explode' failed: ValueError: boom in the text"
    assert records[1]["error"] == expected
    assert str(report.failures[0]) == f"line 2 (id bad): {expected}"
    assert records[0]["article"] is not None


def test_other_text_and_id_fields() -> None:
    """--text-field and --id-field pick other field names; non-string ids become JSON."""
    lines = jsonl({"key": [1, "x"], "body": "Title\n\nText."})
    records, _ = run_jsonl(lines, text_field="body", id_field="key")
    assert records[0]["id"] == '[1, "x"]'
    assert records[0]["article"]["headline"]["text"] == "Title"


def test_lone_surrogates_are_kept_escaped() -> None:
    """Text with a lone surrogate escape still gives valid JSON that reads back the same."""
    lines = [b'{"id": "s", "text": "Title\\n\\nBad \\ud800 char."}\n']
    records, report = run_jsonl(lines)
    assert report.failed == 0
    assert records[0]["article"]["source"] == "Title\n\nBad \ud800 char."


def test_kept_failures_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the first failures are kept in the report; all are counted."""
    monkeypatch.setattr(batch_module, "MAX_KEPT_FAILURES", 3)
    records, report = run_jsonl([b"x\n"] * 10, chunksize=4)
    assert (len(records), report.failed, len(report.failures)) == (10, 10, 3)


def test_progress_is_reported_after_each_chunk() -> None:
    """on_progress sees the running totals; bytes_read reaches the input size."""
    lines = jsonl(*({"id": n, "text": text} for n, text in enumerate(TEXTS[:10])))
    seen: list[int] = []
    report = parse_jsonl(
        lines, io.BytesIO(), chunksize=4, on_progress=lambda r: seen.append(r.records)
    )
    assert seen == [4, 8, 10]
    assert report.bytes_read == sum(map(len, lines))


# --- JSON schema -------------------------------------------------------------------------------


def check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$") -> None:
    """A tiny JSON Schema checker for the keywords copydesk's schemas use."""
    if "$ref" in schema:
        check(value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], root, path)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                check(value, option, root, path)
                break
            except AssertionError as error:
                errors.append(str(error))
        else:
            raise AssertionError(f"{path}: matches no option: {errors}")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any(_is_type(value, name) for name in names), f"{path}: not {names}: {value!r}"
    if schema.get("format") == "date" and isinstance(value, str):
        dt.date.fromisoformat(value)
    if "minimum" in schema and isinstance(value, int):
        assert value >= schema["minimum"], path
    if "enum" in schema:
        assert value in schema["enum"], path
    if isinstance(value, dict) and "properties" in schema:
        missing = set(schema.get("required", ())) - set(value)
        assert not missing, f"{path}: missing {missing}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(schema["properties"])
            assert not extra, f"{path}: unexpected {extra}"
        for name, item in value.items():
            check(item, schema["properties"].get(name, {}), root, f"{path}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check(item, schema["items"], root, f"{path}[{index}]")


def _is_type(value: Any, name: str) -> bool:
    kinds = {"string": str, "object": dict, "array": list, "boolean": bool, "null": type(None)}
    if name in ("integer", "number"):
        wanted = int if name == "integer" else (int, float)
        return isinstance(value, wanted) and not isinstance(value, bool)
    return isinstance(value, kinds[name])


def test_batch_output_validates_against_the_record_schema(seed_text: str) -> None:
    """Parsed and failed records alike match record_schema()."""
    parser = custom_parser()
    lines = jsonl({"id": "seed", "text": seed_text}, *TEXTS[:3], b"oops\n")
    records, _ = run_jsonl(lines, parser=parser)
    schema = record_schema()
    for record in records:
        check(record, schema, schema)


def test_article_schema_validates_to_dict(seed_text: str) -> None:
    """Article.to_dict() of the seed matches article_schema()."""
    schema = article_schema()
    check(copydesk.parse(seed_text).to_dict(), schema, schema)


def test_checker_rejects_what_the_schema_forbids(seed_text: str) -> None:
    """The checker is not a rubber stamp: a wrong type or an extra field fails."""
    schema = article_schema()
    data = copydesk.parse(seed_text).to_dict()
    with pytest.raises(AssertionError, match=re.escape("$.headline")):
        check({**data, "headline": {"text": 5, "span": {"start": 0, "end": 1}}}, schema, schema)
    with pytest.raises(AssertionError, match="unexpected"):
        check({**data, "extra": 1}, schema, schema)


def test_schema_has_every_field_of_every_model() -> None:
    """The schema is derived from the models, so every attrs field is in it."""
    definitions = article_schema()["$defs"]
    for model in (copydesk.Article, copydesk.Dateline, copydesk.Quote, copydesk.Caption):
        names = [field.name for field in attrs.fields(model)]
        assert list(definitions[model.__name__]["properties"]) == names
    assert definitions["Dateline"]["properties"]["date"] == {
        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}],
        "description": definitions["Dateline"]["properties"]["date"]["description"],
    }
    assert definitions["Paragraph"]["properties"]["text"]["description"] == (
        "The paragraph as printed (hard line breaks kept)."
    )
