"""The command line as a new user meets it: version, help, hints for the wrong command, what
a quote without speaker and several JSON files look like, and text that could drive the
terminal."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import copydesk
from copydesk import _formats
from copydesk.cli import format_text, main

ARTICLE = "Storm hits coast\n\nThe storm hit the coast on Monday.\n\nIt rained all day."
UNSPOKEN = (
    "Storm hits coast\n\n“We will rebuild this town, whatever it takes, and we will not stop.”"
    "\n\nIt rained all day on Monday in the town."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def flat(text: str) -> str:
    """*text* with every run of whitespace as one space (help output is wrapped)."""
    return " ".join(text.split())


# --- version and help ----------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: there was no ``copydesk --version``."""
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"copydesk {copydesk.__version__}\n")


def test_parse_help_explains_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: --format had no help text."""
    code, out, _ = run(capsys, "parse", "--help")
    assert code == 0
    help_text = flat(out)
    for name, choice in _formats.FORMATS.items():
        assert f"{name}: {flat(choice.help)}" in help_text
    assert "(default: text)" in help_text


def test_batch_help_shows_every_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: batch --help hid the defaults of --text-field and --id-field."""
    code, out, _ = run(capsys, "batch", "--help")
    assert code == 0
    help_text = flat(out)
    for option, default in [
        ("--text-field NAME the field holding the article text", "(default: text)"),
        ("--id-field NAME the field copied to the output's id", "(default: id)"),
        ("--workers N worker processes", "(default: one per CPU, here"),
        ("--compresslevel 1-9 gzip level of a .gz output", "(default: 1, fastest; 9: smallest)"),
        ("--progress, --no-progress show progress on stderr", "(default: when stderr is a"),
        ("--reference-date YYYY-MM-DD resolve printed dates", "(default: none)"),
        ("-o OUT, --output OUT output file", "(required)"),
    ]:
        assert option in help_text
        assert default in help_text.split(option, 1)[1][:140], option


# --- the wrong command for the input -------------------------------------------------------


def test_batch_on_plain_text_says_it_wants_json_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: `copydesk batch notes.txt` failed every line with "bad JSON" and no hint."""
    notes = tmp_path / "notes.txt"
    notes.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "batch", str(notes), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    last = err.splitlines()[-1]
    assert last.startswith(f"copydesk: {notes} does not look like JSON Lines: ")
    assert "one JSON object per line" in last
    assert f"use `copydesk parse {notes}`" in last


def test_batch_with_some_bad_json_gives_no_hint(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON Lines file with a bad line among good ones is JSON Lines: no hint."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n{oops\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    assert "does not look like JSON Lines" not in err


def test_parse_on_json_lines_points_to_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Regression: `copydesk parse crawl.jsonl` parsed the JSON as an article, silently."""
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "parse", str(crawl))
    assert code == 0  # still parsed, as asked
    assert out
    assert err == (
        f"copydesk: {crawl} looks like JSON Lines; `copydesk parse` reads a file as the text "
        "of one article: to parse one article per record, use "
        f"`copydesk batch {crawl} -o OUT.jsonl`\n"
    )


def test_parse_on_an_article_gives_no_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An article that opens with braces is not taken for JSON Lines."""
    article = tmp_path / "a.txt"
    article.write_text("{Draft} Storm hits coast\n\nIt rained.", encoding="utf-8")
    assert run(capsys, "parse", str(article))[2] == ""


# --- what is printed -----------------------------------------------------------------------


def test_a_quote_without_speaker_says_so() -> None:
    """Regression: a quote with no speaker printed as `? [-]`."""
    article = copydesk.parse(UNSPOKEN)
    assert article.quotes[0].speaker is None
    summary = format_text(article)
    assert "quote      (no speaker): We will rebuild this town" in summary
    assert "?" not in summary
    assert "[-]" not in summary
    assert "> — (no speaker)" in _formats.format_markdown(article)


def test_a_quote_with_speaker_and_cue() -> None:
    """A quote shows its speaker and, in brackets, its cue."""
    article = copydesk.parse("Storm hits coast\n\n“We will rebuild,” Mayor Ann Smith said.")
    assert "quote      Ann Smith [said]: We will rebuild\n" in format_text(article)


HOSTILE = (
    "Storm \x1b]0;owned\x07hits coast\x1b[2J\n\n"
    "The storm hit\x9b2J the coast\x7f on Monday.\x1b[31m\n\nIt rained all day."
)
CONTROLS = [chr(code) for code in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]


@pytest.mark.parametrize("output_format", ["text", "markdown", "json"])
def test_no_control_character_reaches_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    """Regression: scraped escape sequences (retitle, clear screen) were printed as they are."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HOSTILE.encode())))
    code, out, _ = run(capsys, "parse", "--format", output_format, "-")
    assert code == 0
    assert [c for c in out if c in CONTROLS] == []
    if output_format == "json":
        assert json.loads(out)["article"] == copydesk.parse(HOSTILE).to_dict()
    else:
        assert "\\x1b" in out  # shown, as an escape
        assert "\\x07hits coast" in out
        assert "\\x9b2J" in out


def test_a_long_token_is_cut_into_full_lines() -> None:
    """A body of one unbroken token is printed in lines of the full width (in time linear in
    its length: benchmarks/cli_formats.py measures it)."""
    article = copydesk.parse("Storm hits coast\n\nSee: " + "x" * 1050 + " end.")
    body = format_text(article).split("\n\n", 1)[1].splitlines()
    assert body[0] == "See:"
    assert body[1:11] == ["x" * 100] * 10
    assert body[11] == "x" * 50 + " end."


# --- reading a gzipped pipe ------------------------------------------------------------------


class OneByteAtATime(io.RawIOBase):
    """A pipe whose every read returns a single byte."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self.data:
            return 0
        buffer[0], self.data = self.data[0], self.data[1:]
        return 1


def test_a_gzip_pipe_that_gives_one_byte_at_a_time_is_read_as_gzip(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Regression: gzip was told from one peek(2), which a pipe can answer with one byte."""
    data = gzip.compress((json.dumps({"id": 1, "text": ARTICLE}) + "\n").encode())
    stdin = io.TextIOWrapper(io.BufferedReader(OneByteAtATime(data)))
    monkeypatch.setattr(sys, "stdin", stdin)
    output = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "batch", "-", "-o", str(output))
    assert code == 0, err
    (written,) = [json.loads(line) for line in output.read_text().splitlines()]
    assert written["article"]["headline"]["text"] == "Storm hits coast"


# --- the batch output, written beside and renamed ----------------------------------------------


def batch_into(capsys: pytest.CaptureFixture[str], tmp_path: Path, output: Path) -> int:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    return run(capsys, "batch", str(source), "-o", str(output))[0]


def test_a_replaced_output_keeps_its_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The temporary file takes the old output's mode, so the rename changes no permission."""
    output = tmp_path / "out.jsonl"
    output.write_text("old\n")
    output.chmod(0o640)
    assert batch_into(capsys, tmp_path, output) == 0
    assert output.stat().st_mode & 0o777 == 0o640
    assert json.loads(output.read_text())["id"] == "1"


def test_a_new_output_gets_the_usual_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A new output gets what open() would give it (0666 less the umask), not 0600."""
    usual = tmp_path / "usual"
    usual.touch()
    output = tmp_path / "out.jsonl"
    assert batch_into(capsys, tmp_path, output) == 0
    assert output.stat().st_mode & 0o777 == usual.stat().st_mode & 0o777


def test_an_output_through_a_symbolic_link_replaces_the_file_it_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-o LINK writes the file the link names, and the link stays a link."""
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert batch_into(capsys, tmp_path, link) == 0
    assert link.is_symlink()
    assert json.loads(real.read_text())["id"] == "1"


def test_record_ids_in_the_failure_list_cannot_drive_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A record id is input too: its control characters are escaped on stderr."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "\x1b]0;owned\x07"}) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    assert "  line 1 (id \\x1b]0;owned\\x07): no 'text' field" in err.splitlines()
    assert [c for c in err if c in CONTROLS] == []
