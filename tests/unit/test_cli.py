"""The command line: parse, batch and schema; every exit code and every error message."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import copydesk
from copydesk import Parser, ParseState, step
from copydesk import _batch_command as batch_command
from copydesk import cli as cli_module
from copydesk.cli import main
from copydesk.schema import article_schema, record_schema

ARTICLE = "Storm hits coast\n\nThe storm hit the coast on Monday.\n\nIt rained all day."
SRC = str(Path(copydesk.__file__).resolve().parent.parent)


@step(requires=("blocks",))
def explode(state: ParseState) -> None:
    """A step that always fails."""
    raise RuntimeError("step bug")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run main(argv); return the exit code, stdout and stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_jsonl(path: Path, records: list[Any], *, compress: bool = False) -> Path:
    """Write records (dicts, or raw bytes lines) as JSON Lines, gzipped if asked."""
    data = b"".join(r if isinstance(r, bytes) else (json.dumps(r) + "\n").encode() for r in records)
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read JSON Lines output, gzipped or not."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.splitlines()]


def stdin_with(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make sys.stdin read *data*."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- copydesk parse ------------------------------------------------------------------------


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """A UTF-8 article file."""
    path = tmp_path / "storm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_parse_prints_a_readable_summary(
    capsys: pytest.CaptureFixture[str], article_file: Path
) -> None:
    """The text format labels the parts, then prints the body."""
    code, out, err = run(capsys, "parse", str(article_file))
    assert code == 0
    assert err == ""
    assert out.splitlines()[:2] == [f"== {article_file}", "headline   Storm hits coast"]
    assert "The storm hit the coast on Monday." in out


def test_parse_summary_lists_site_captions_and_chrome(
    capsys: pytest.CaptureFixture[str], seed_text: str, tmp_path: Path
) -> None:
    """The seed's site, caption with credit, and chrome appear in the summary."""
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(tmp_path / "seed.txt"))
    assert code == 0
    assert "site       Occasional Digest — a story for you" in out
    assert "  credit   Al Drago / UPI (file photo)" in out
    assert "chrome     navigation: Exit mobile version" in out


def test_parse_json_names_each_file(
    capsys: pytest.CaptureFixture[str], article_file: Path, tmp_path: Path
) -> None:
    """--format json prints one line per file: its name and Article.to_dict().

    Regression: with several files, nothing said which object came from which file.
    """
    other = tmp_path / "calm.txt"
    other.write_text("Calm day\n\nIt did not rain.", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(article_file), str(other), "--format", "json")
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == {"file": str(article_file), "article": copydesk.parse(ARTICLE).to_dict()}
    assert second["file"] == str(other)
    assert second["article"]["headline"]["text"] == "Calm day"


def test_parse_json_from_stdin_has_no_file_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input has no name: its "file" is null."""
    stdin_with(monkeypatch, ARTICLE.encode())
    code, out, _ = run(capsys, "parse", "--format", "json", "-")
    assert code == 0
    assert json.loads(out)["file"] is None


def test_parse_markdown(capsys: pytest.CaptureFixture[str], seed_text: str, tmp_path: Path) -> None:
    """--format markdown gives a headline, a list of parts, and the body."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path), "--format", "markdown")
    assert code == 0
    assert out.startswith(f"<!-- {path} -->\n\n# Zelensky wants Ukraine to attack")
    assert "- **Site:** Occasional Digest — a story for you" in out
    assert "- **Caption:**" in out


def test_markdown_escapes_markup() -> None:
    """Characters Markdown would read as markup are escaped."""
    out = cli_module.format_markdown(copydesk.parse("Title\n\nA *bold* [link] # here."))
    assert "A \\*bold\\* \\[link\\] \\# here." in out


def test_parse_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """- reads the article from standard input; no title line is printed."""
    stdin_with(monkeypatch, ARTICLE.encode())
    code, out, _ = run(capsys, "parse", "-")
    assert code == 0
    assert out.startswith("headline   Storm hits coast")


def test_parse_missing_file_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], article_file: Path, tmp_path: Path
) -> None:
    """A missing file is reported on one line; the other files are still parsed."""
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "parse", str(missing), str(article_file))
    assert code == 2
    assert err == f"copydesk: cannot read {missing}: No such file or directory\n"
    assert "Storm hits coast" in out


def test_parse_directory_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory is not a file to read."""
    code, _, err = run(capsys, "parse", str(tmp_path))
    assert code == 2
    assert err == f"copydesk: cannot read {tmp_path}: Is a directory\n"


def test_parse_not_utf8_gives_the_byte_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file that is not UTF-8 is named with the offending byte and its offset."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait".encode("latin-1"))
    code, out, err = run(capsys, "parse", str(path))
    assert (code, out) == (2, "")
    assert err == f"copydesk: {path} is not UTF-8: byte 0xe9 at byte offset 3\n"


def test_parse_not_utf8_on_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input is named as such."""
    stdin_with(monkeypatch, b"ok \xff")
    code, _, err = run(capsys, "parse", "-")
    assert code == 2
    assert err == "copydesk: standard input is not UTF-8: byte 0xff at byte offset 3\n"


def test_parse_failure_is_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article_file: Path
) -> None:
    """A step that raises is reported on one line with the file name; exit code 1."""
    monkeypatch.setattr(cli_module, "Parser", lambda: Parser().add("explode", explode))
    code, out, err = run(capsys, "parse", str(article_file))
    assert (code, out) == (1, "")
    assert err == (
        f"copydesk: cannot parse {article_file}: StepError: step 'explode' failed: "
        "RuntimeError: step bug\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "x", "--reference-date", "2024-13-01"], "expected YYYY-MM-DD, got '2024-13-01'"),
        (["parse"], "the following arguments are required: FILE"),
        (["parse", "x", "--format", "xml"], "invalid choice: 'xml'"),
        (["batch", "in.jsonl"], "the following arguments are required: -o/--output"),
        (["batch", "in", "-o", "out", "--workers", "0"], "expected a whole number of at least 1"),
        (["batch", "in", "-o", "out", "--workers", "two"], "got 'two'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_are_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Usage mistakes print the usage and one error line; exit code 2."""
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("usage: copydesk")
    assert message in err.splitlines()[-1]


def test_help_is_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints the commands and exits 0."""
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "parse" in out
    assert "batch" in out
    assert "schema" in out


# --- copydesk batch ------------------------------------------------------------------------


def records(count: int) -> list[dict[str, Any]]:
    """*count* small article records."""
    return [
        {"id": f"r{n}", "text": f"Headline {n}\n\nThe council met on day {n}."}
        for n in range(count)
    ]


def test_batch_all_parsed_is_exit_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Every record parsed: exit 0, a one-line summary, one output line per input."""
    source = write_jsonl(tmp_path / "in.jsonl", records(5))
    output = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "batch", str(source), "-o", str(output), "--workers", "1")
    assert (code, out) == (0, "")
    assert err == f"copydesk: parsed 5 records, written to {output}\n"
    assert [r["id"] for r in read_jsonl(output)] == ["r0", "r1", "r2", "r3", "r4"]


def test_batch_gzip_in_and_out_with_two_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Gzipped input is detected by its bytes; a .gz output is compressed; order is kept."""
    source = write_jsonl(tmp_path / "in.data", records(50), compress=True)
    output = tmp_path / "out.jsonl.gz"
    argv = ["batch", str(source), "-o", str(output), "--workers", "2", "--chunksize", "4"]
    code, _, _ = run(capsys, *argv)
    assert code == 0
    assert output.read_bytes()[:2] == b"\x1f\x8b"
    assert [r["line"] for r in read_jsonl(output)] == list(range(1, 51))


def test_batch_compresslevel_changes_size_not_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--compresslevel 9 writes a smaller .gz than the default level 1, with the same records."""
    source = write_jsonl(tmp_path / "in.jsonl", records(50))
    outputs = {level: tmp_path / f"out{level}.jsonl.gz" for level in ("1", "9")}
    for level, output in outputs.items():
        assert (
            run(capsys, "batch", str(source), "-o", str(output), "--compresslevel", level)[0] == 0
        )
    assert read_jsonl(outputs["1"]) == read_jsonl(outputs["9"])
    assert outputs["9"].stat().st_size < outputs["1"].stat().st_size
    code, _, err = run(
        capsys, "batch", str(source), "-o", str(outputs["1"]), "--compresslevel", "0"
    )
    assert code == 2
    assert "invalid choice" in err


def test_batch_output_is_ascii_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Batch output escapes non-ASCII text (\\uXXXX), and reads back to the same article."""
    text = "Caf\u00e9 opens \u2014 again\n\nIt opened on Monday."
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": text}])
    output = tmp_path / "out.jsonl"
    assert run(capsys, "batch", str(source), "-o", str(output))[0] == 0
    assert output.read_bytes().isascii()
    assert read_jsonl(output)[0]["article"] == copydesk.parse(text).to_dict()


def test_batch_failures_are_listed_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Bad records are written with an error, listed with line and id; exit code 1."""
    lines = [*records(2), b"{oops\n", {"id": "t", "text": 3}, b'{"text": "\xff"}\n']
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    output = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "batch", str(source), "-o", str(output))
    assert code == 1
    offset = source.read_bytes().index(b"\xff")
    assert err.splitlines() == [
        f"copydesk: 3 of 5 records failed, written to {output}:",
        "  line 3: bad JSON: Expecting property name enclosed in double quotes at column 2",
        "  line 4 (id t): field 'text' is a number, not a string",
        f"  line 5: not UTF-8: byte 0xff at byte offset {offset}",
    ]
    assert [r["error"] is None for r in read_jsonl(output)] == [True, True, False, False, False]


def test_batch_lists_at_most_twenty_failures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Past 20 failures the list ends with a count of the rest."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1}] * 25)
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1 + 20 + 1
    assert lines[1] == "  line 1 (id 1): no 'text' field"
    assert lines[-1] == "  ... and 5 more (their output records have an error field)"


def test_batch_stdin_to_stdout(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """- reads records from stdin and writes them to stdout."""
    data = b"".join((json.dumps(r) + "\n").encode() for r in records(3))
    stdin_with(monkeypatch, data)
    stdout = io.TextIOWrapper(io.BytesIO())
    monkeypatch.setattr(sys, "stdout", stdout)
    code = main(["batch", "-", "-o", "-"])
    assert code == 0
    written = stdout.buffer.getvalue().splitlines()  # type: ignore[attr-defined]
    assert [json.loads(line)["id"] for line in written] == ["r0", "r1", "r2"]
    assert capsys.readouterr().err == "copydesk: parsed 3 records\n"


def test_batch_missing_input_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing input file is one line, exit 2, and no output file is created."""
    output = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "batch", str(tmp_path / "nope.jsonl"), "-o", str(output))
    assert code == 2
    assert err == f"copydesk: cannot read {tmp_path / 'nope.jsonl'}: No such file or directory\n"
    assert not output.exists()


def test_batch_unwritable_output_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An output in a missing directory is one line, exit 2."""
    source = write_jsonl(tmp_path / "in.jsonl", records(1))
    output = tmp_path / "no" / "out.jsonl"
    code, _, err = run(capsys, "batch", str(source), "-o", str(output))
    assert code == 2
    assert err == f"copydesk: cannot write {output}: No such file or directory\n"


def test_batch_refuses_to_overwrite_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The output may not be the input file."""
    source = write_jsonl(tmp_path / "in.jsonl", records(1))
    code, _, err = run(capsys, "batch", str(source), "-o", str(source))
    assert code == 2
    assert err == f"copydesk: the output {source} would overwrite the input\n"
    assert read_jsonl(source) == records(1)


def test_batch_truncated_gzip_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A truncated .gz stops with one line naming the input; what was parsed is kept."""
    whole = gzip.compress(b"".join((json.dumps(r) + "\n").encode() for r in records(400)))
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2
    assert err.startswith(f"copydesk: cannot read {source}: Compressed file ended before")
    assert err.endswith(f" records; they are written to {tmp_path / 'out.jsonl'})\n")


def test_batch_corrupt_gzip_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Bytes that start like gzip but are not: one line, exit 2."""
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2
    assert err == (
        f"copydesk: cannot read {source}: Unknown compression method "
        f"(after 0 records; they are written to {tmp_path / 'out.jsonl'})\n"
    )


def test_batch_write_error_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An error writing the output (here: a full device) is one line, exit 2."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full to simulate a full disk")
    source = write_jsonl(tmp_path / "in.jsonl", records(300))
    code, _, err = run(capsys, "batch", str(source), "-o", "/dev/full")
    assert code == 2
    assert err.startswith("copydesk: I/O error after ")
    assert err.endswith(" records: No space left on device\n")


def test_batch_error_closing_the_output_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Output too small to fill a buffer fails only when closed: still one line, exit 2."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full to simulate a full disk")
    source = write_jsonl(tmp_path / "in.jsonl", records(1))
    code, _, err = run(capsys, "batch", str(source), "-o", "/dev/full")
    assert code == 2
    assert err.splitlines()[-1] == "copydesk: I/O error: No space left on device"


def test_batch_worker_death_is_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A worker process that dies is reported on one line, exit 2."""
    from concurrent.futures.process import BrokenProcessPool

    def broken(*args: Any, **kwargs: Any) -> None:
        raise BrokenProcessPool("gone")

    monkeypatch.setattr(batch_command, "parse_jsonl", broken)
    source = write_jsonl(tmp_path / "in.jsonl", records(1))
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2
    assert err == (
        "copydesk: a worker process died after 0 records (out of memory?); try fewer --workers\n"
    )


def test_batch_interrupt_keeps_what_was_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl-C after the first chunk: exit 130, a valid .gz holding the records written."""
    real = batch_command.parse_jsonl

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        def stop(report: Any) -> None:
            raise KeyboardInterrupt

        return real(*args, **{**kwargs, "on_progress": stop})

    monkeypatch.setattr(batch_command, "parse_jsonl", interrupted)
    source = write_jsonl(tmp_path / "in.jsonl", records(10))
    output = tmp_path / "out.jsonl.gz"
    code, _, err = run(capsys, "batch", str(source), "-o", str(output), "--chunksize", "4")
    assert code == 130
    assert err == f"copydesk: interrupted: 4 records written to {output}\n"
    assert [r["id"] for r in read_jsonl(output)] == ["r0", "r1", "r2", "r3"]


def test_progress_shows_rate_percent_and_eta(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--progress draws records, rate, percent done and ETA, then a final line."""
    source = write_jsonl(tmp_path / "in.jsonl", records(12))
    argv = ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--progress", "--chunksize", "4"]
    code, _, err = run(capsys, *argv)
    assert code == 0
    assert re.search(r"\r\x1b\[K4 records, [\d,]+/s, \d+%, ETA \d:\d\d:\d\d", err)
    assert "12 records, " in err
    assert "/s, in 0:00:00\n" in err


def test_no_progress_off_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Without a terminal (and without --progress) only the summary is printed."""
    source = write_jsonl(tmp_path / "in.jsonl", records(3))
    _, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "o.jsonl"))
    assert "\r" not in err


def test_batch_reference_date_and_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--text-field and --id-field name the fields to read."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"key": 9, "body": ARTICLE}])
    output = tmp_path / "out.jsonl"
    argv = ["batch", str(source), "-o", str(output), "--text-field", "body", "--id-field", "key"]
    code, _, _ = run(capsys, *argv, "--reference-date", "2024-11-02")
    assert code == 0
    (record,) = read_jsonl(output)
    assert record["id"] == "9"
    assert record["article"]["headline"]["text"] == "Storm hits coast"


# --- copydesk schema -----------------------------------------------------------------------


def test_schema_prints_the_record_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """copydesk schema prints record_schema() as JSON; --article the article schema."""
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == record_schema()
    code, out, _ = run(capsys, "schema", "--article")
    assert json.loads(out) == article_schema()


# --- as a program ----------------------------------------------------------------------------


def program(*argv: str, **options: Any) -> subprocess.Popen[str]:
    """Start ``python -m copydesk`` with this checkout's sources first on the path."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "copydesk", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,
    )


def test_python_dash_m_runs_the_command_line(article_file: Path) -> None:
    """python -m copydesk parse works and exits 0; a missing file exits 2, no traceback."""
    process = program("parse", str(article_file), "--format", "json")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert json.loads(out)["article"]["headline"]["text"] == "Storm hits coast"
    process = program("parse", str(article_file.with_name("gone.txt")))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1
