"""copydesk.testing: public strategies that only tests import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import find

import copydesk
from copydesk.testing import (
    BOTTOM_CHROME,
    TOP_CHROME,
    articles,
    bylines,
    datelines,
    quoted_paragraphs,
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_importing_copydesk_does_not_import_hypothesis() -> None:
    """``import copydesk`` (and a parse) never loads hypothesis or copydesk.testing."""
    result = _run(
        "import sys, copydesk; copydesk.parse('Headline\\n\\nBody.');"
        "print('hypothesis' in sys.modules, 'copydesk.testing' in sys.modules)"
    )
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_missing_hypothesis_is_a_clear_import_error() -> None:
    """Without hypothesis, importing copydesk.testing says what to install."""
    result = _run("import sys; sys.modules['hypothesis'] = None; import copydesk.testing")
    assert result.returncode != 0
    assert "ImportError: copydesk.testing needs hypothesis" in result.stderr
    assert "pip install hypothesis" in result.stderr


@pytest.mark.parametrize("line", TOP_CHROME + BOTTOM_CHROME, ids=lambda line: line.text)
def test_every_chrome_line_has_the_kind_the_lexicon_gives(line: object) -> None:
    """The expected kinds of the chrome tables are what the default parser says."""
    text = f"{line.text}\n\nHeadline here\n\nThe council met on Tuesday.\n\n{line.text}"  # type: ignore[attr-defined]
    kinds = [chrome.kind for chrome in copydesk.parse(text).chrome]
    assert kinds == [line.kind, line.kind]  # type: ignore[attr-defined]


def test_dateline_is_the_prefix_of_the_first_paragraph() -> None:
    """With datelines on, the first paragraph as printed is the dateline, a space, the lede."""
    generated = find(articles(datelines=True, captions=False), lambda g: True)
    expected = generated.expected
    assert expected.dateline is not None
    assert f"\n\n{expected.dateline.text} {expected.paragraphs[0]}" in generated.text


def test_part_strategies_cover_every_form() -> None:
    """Each form the fact sheet lists can be drawn."""
    assert find(datelines(), lambda d: d.date_text is not None and d.agency == "Reuters")
    assert find(datelines(), lambda d: d.region == "Wisconsin").text == "LA CROSSE, Wis. (AP) —"
    shouted = find(bylines(), lambda b: b.text[3:7] == "JANE" and len(b.names) == 2)
    assert shouted.text == "By JANE DOE and JANE ROE"
    assert shouted.names == ("Jane Doe", "Jane Roe")
    quoted = find(quoted_paragraphs(), lambda q: q.text.startswith("“"))
    assert quoted.text == "“We will keep working until the job is done,” Jane Doe said."
    assert quoted.quotes[0].speaker == "Jane Doe"
