"""The detectors' plain-text fixtures: ``tests/fixtures/<detector>.txt``, one test per case.

Each case is written the way markdown-it-py keeps its fixtures::

    A title saying what the case shows
    .
    The input text, as many lines as it needs.
    .
    dateline.location = WASHINGTON
    bylines.0.names = Jane Doe | John Roe
    quotes.# = 2
    .

The expected lines are ``path = value``. A path walks the :class:`~copydesk.Article` from the
top: attribute names and tuple indexes separated by dots; ``#`` is the length of a tuple.
A value is compared with the printed form of what the path reaches: ``-`` for ``None``, a
tuple of strings joined with `` | ``, anything else as ``str()`` gives it. The optional line
``parse.reference_date = YYYY-MM-DD`` passes a reference date to the parse. Blank lines
separate cases; everything else outside a case is a comment.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

import copydesk

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@attrs.frozen
class FixtureCase:
    """One case of a fixture file."""

    file: str
    line: int
    title: str
    text: str
    expected: tuple[tuple[str, str], ...]


def read_cases(path: Path) -> list[FixtureCase]:
    """The cases of one fixture file, in order."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[FixtureCase] = []
    index = 0
    while index + 1 < len(lines):
        if lines[index].strip() and lines[index + 1] == ".":
            title, start = lines[index].strip(), index
            text_end = lines.index(".", index + 2)
            expected_end = lines.index(".", text_end + 1)
            text = "\n".join(lines[index + 2 : text_end])
            expected = tuple(_expectation(line) for line in lines[text_end + 1 : expected_end])
            cases.append(FixtureCase(path.stem, start + 1, title, text, expected))
            index = expected_end + 1
        else:
            index += 1
    return cases


def _expectation(line: str) -> tuple[str, str]:
    path, equals, value = line.partition(" = ")
    if not equals:
        raise ValueError(f"an expected line is 'path = value', not {line!r}")
    return path.strip(), value


def resolve(article: copydesk.Article, path: str) -> Any:
    """What *path* (``bylines.0.names``, ``quotes.#``) reaches in *article*."""
    value: Any = article
    for part in path.split("."):
        if value is None:
            return None  # "dateline.location" of an article without a dateline
        if part == "#":
            value = len(value)
        elif part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        else:
            value = getattr(value, part)
    return value


def printed(value: Any) -> str:
    """The form a fixture writes *value* in."""
    if value is None:
        return "-"
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return " | ".join(value)
    return str(value)


CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case.file}:{case.line}:{case.title[:40]}" for case in CASES]
)
def test_fixture(case: FixtureCase) -> None:
    """The parse of the case's text has every expected part."""
    options = dict(case.expected)
    reference = options.pop("parse.reference_date", None)
    article = copydesk.parse(
        case.text, reference_date=dt.date.fromisoformat(reference) if reference else None
    )
    found = {path: printed(resolve(article, path)) for path in options}
    assert found == options, f"{case.file}.txt line {case.line}: {case.title}"


def test_every_detector_has_fixtures() -> None:
    """The four detectors named in the house issue each keep a fixture file with cases."""
    files = {case.file for case in CASES}
    assert {"datelines", "bylines", "captions", "quotes"} <= files


def test_the_reader_finds_each_part_of_a_case(tmp_path: Path) -> None:
    """A case's title, text and expected lines come back as written; blank lines separate."""
    fixture = tmp_path / "sample.txt"
    fixture.write_text(
        "A comment line\n\nFirst case\n.\nLine one\n\nLine two\n.\nheadline.text = Line one\n.\n"
        "\nSecond case\n.\nX\n.\nquotes.# = 0\n.\n",
        encoding="utf-8",
    )
    first, second = read_cases(fixture)
    assert (first.title, first.line, first.text) == ("First case", 3, "Line one\n\nLine two")
    assert first.expected == (("headline.text", "Line one"),)
    assert (second.title, second.text, second.expected) == (
        "Second case",
        "X",
        (("quotes.#", "0"),),
    )
