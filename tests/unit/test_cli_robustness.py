"""The command line on hostile output streams: narrow encodings and closed pipes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import copydesk
from copydesk import Article
from copydesk.cli import main

TEXT = "Site icon Digest 😀\n\nStorm hits coast — again\n\n“We’re fine,” she said.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Feed *text* to the command's standard input (it reads bytes and decodes UTF-8)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def _narrow_stdout(monkeypatch: pytest.MonkeyPatch, encoding: str) -> io.BytesIO:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", write_through=True)
    monkeypatch.setattr(sys, "stdout", stream)
    return raw


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "utf-8"])
def test_text_output_survives_a_narrow_encoding(
    monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    """Regression: a cp1252 or ASCII stdout raised UnicodeEncodeError on emoji."""
    _stdin(monkeypatch, TEXT)
    raw = _narrow_stdout(monkeypatch, encoding)
    assert main(["parse", "-"]) == 0
    printed = raw.getvalue().decode(encoding)
    assert "Storm hits coast" in printed
    assert "\\U0001f600" in printed or "😀" in printed


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "utf-8"])
def test_json_output_survives_a_narrow_encoding_and_stays_json(
    monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    """Regression: JSON output to a narrow stdout crashed; now it is escaped, valid JSON."""
    _stdin(monkeypatch, TEXT)
    raw = _narrow_stdout(monkeypatch, encoding)
    assert main(["parse", "--format", "json", "-"]) == 0
    data = json.loads(raw.getvalue().decode(encoding))
    assert Article.from_dict(data["article"]) == copydesk.parse(TEXT)


def test_json_output_is_plain_utf8_when_it_can_be(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a UTF-8 stdout, non-ASCII text is printed as itself, not escaped."""
    _stdin(monkeypatch, "Storm hits coast — again\n\nIt rained.")
    raw = _narrow_stdout(monkeypatch, "utf-8")
    assert main(["parse", "--format", "json", "-"]) == 0
    assert "—" in raw.getvalue().decode("utf-8")


def test_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """Regression: ``copydesk parse big | head -1`` printed a BrokenPipeError traceback."""
    article = tmp_path / "article.txt"
    article.write_text("Headline\n\n" + "The council met on Tuesday. " * 5_000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "copydesk", "parse", *[str(article)] * 40],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0  # the reader chose to stop: not an error
    assert "Traceback" not in errors
